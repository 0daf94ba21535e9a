/* Adding, deleting and ordering findings; adding and deleting constraint notes; the
 * proposed findings drafted from the scores. One transaction each, audited. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_finding.h"
#include "db_finding_internal.h"
#include "db_plan.h"
#include "db_result.h"
#include "db_simple.h"
#include "db_role.h"
#include "db_stmt.h"
#include "field_limits.h"
#include "finding_propose.h"
#include "i18n.h"
#include "xalloc.h"

#define LIST_MAX 1024

static int audit_key(struct itadb *db, const char *entity, long id, const char *field,
                     const char *old, const char *now, struct db_error *err)
{
    char key[24];
    snprintf(key, sizeof key, "%ld", id);
    return db_audit_add(db, entity, key, field, old, now, err);
}

/* The checked link lists of a new finding; 0 or -1 with err. */
static int parse_links(struct itadb *db, const struct finding_input *in, char lists[3][LIST_MAX],
                       struct db_error *err)
{
    const char *typed[3] = {in->indicators, in->oit, in->questions};
    for (int k = 0; k < 3; k++)
        if (db_finding_parse_list(db, in->year, k, typed[k] ? typed[k] : "", lists[k], LIST_MAX,
                                  err))
            return -1;
    return 0;
}

static long insert_finding(struct itadb *db, const struct finding_input *in, const char *issue,
                           int indicator, struct db_error *err)
{
    static const char *const cols[FINDING_KINDS] = {"weakness", "to_develop", "keep_level"};
    char sql[1024];
    snprintf(sql, sizeof sql,
             "INSERT INTO finding (agency_id, year, issue_no, issue_title, indicator_no, tool, %s,"
             " updated_by, updated_at, seq) VALUES (?1, ?2, ?3,"
             " coalesce(?4, (SELECT name_th FROM indicator WHERE year = ?2 AND no = ?5)), ?5,"
             " (SELECT tool FROM indicator WHERE year = ?2 AND no = ?5), ?6, ?7, ?8,"
             " (SELECT coalesce(max(seq), 0) + 1 FROM finding WHERE agency_id = ?1 AND year = ?2))",
             cols[in->kind]);
    sqlite3_stmt *st = db_prepare(db, sql, _("adding a finding"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, in->agency_id);
    sqlite3_bind_int(st, 2, in->year);
    sqlite3_bind_text(st, 3, issue, -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 4, in->issue_title);
    if (indicator) sqlite3_bind_int(st, 5, indicator);
    sqlite3_bind_text(st, 6, in->text, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, now, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (db_finish(db, st, rc, _("adding a finding"), err)) return -1;
    return (long)sqlite3_last_insert_rowid(db->sql);
}

/* The issue of a new finding: as typed, else its first indicator, else the next number. */
static void issue_of(struct itadb *db, const struct finding_input *in, const char *inds, char *out,
                     size_t n)
{
    if (in->issue_no && *in->issue_no) {
        snprintf(out, n, "%s", in->issue_no);
    } else if (*inds) {
        snprintf(out, n, "%d", atoi(inds));
    } else {
        struct db_error ignored;
        long next = db_simple_long(db,
                                   "SELECT coalesce(max(CAST(issue_no AS INTEGER)), 0) + 1 FROM"
                                   " finding WHERE agency_id = ?1 AND year = ?2",
                                   in->agency_id, in->year, _("adding a finding"), &ignored);
        snprintf(out, n, "%ld", next > 0 ? next : 1);
    }
}

static long add_in_txn(struct itadb *db, const struct finding_input *in, struct db_error *err)
{
    char lists[3][LIST_MAX], issue[64];
    if (parse_links(db, in, lists, err)) return -1;
    issue_of(db, in, lists[0], issue, sizeof issue);
    long id = insert_finding(db, in, issue, atoi(lists[0]), err);
    if (id < 0) return -1;
    static const char *const fields[3] = {"indicators", "oit_items", "questions"};
    if (audit_key(db, "finding", id, finding_kind_word(in->kind), NULL, in->text, err)) return -1;
    for (int k = 0; k < 3; k++)
        if (lists[k][0] && (db_finding_insert_links(db, id, lists[k], k, err) ||
                            audit_key(db, "finding", id, fields[k], NULL, lists[k], err)))
            return -1;
    return id;
}

long db_finding_add(struct itadb *db, const struct finding_input *in, struct db_error *err)
{
    if (in->kind < 0 || in->kind >= FINDING_KINDS) {
        db_error_printf(err, "%s", _("kind: weakness, develop or keep"));
        return -1;
    }
    if (!in->text || !*in->text) {
        db_error_printf(err, "%s", _("text: a finding needs a text"));
        return -1;
    }
    if (limit_check(_("text"), in->text, LIMIT_TEXT, err->msg, sizeof err->msg) ||
        limit_check(_("issue"), in->issue_title, LIMIT_NAME, err->msg, sizeof err->msg) ||
        limit_check(_("issue"), in->issue_no, 20, err->msg, sizeof err->msg))
        return -1;
    if (db_begin(db, in->agency_id, DB_CAP_EDIT, err)) return -1;
    long id = add_in_txn(db, in, err);
    return db_simple_end(db, id >= 0, err) ? -1 : id;
}

int db_finding_delete(struct itadb *db, long id, struct db_error *err)
{
    struct finding f = {0};
    long agency;
    int year;
    if (db_finding_get(db, id, &f, &agency, &year, err)) return -1;
    if (db_begin(db, agency, DB_CAP_EDIT, err)) {
        finding_clear(&f);
        return -1;
    }
    int kind = finding_kind_of(&f);
    const char *text = kind >= 0 ? *finding_kind_text(&f, kind) : f.issue_title;
    int ok = audit_key(db, "finding", id, "deleted", text, NULL, err) == 0 &&
             db_simple_exec(db, "DELETE FROM finding WHERE id = ?1", id, 0, _("deleting a finding"),
                            err) == 1;
    finding_clear(&f);
    return db_simple_end(db, ok, err);
}

int db_finding_move(struct itadb *db, long id, int dir, struct db_error *err)
{
    struct finding f = {0}, *list = NULL;
    size_t n = 0;
    long agency;
    int year;
    if (db_finding_get(db, id, &f, &agency, &year, err)) return -1;
    finding_clear(&f);
    if (db_begin(db, agency, DB_CAP_EDIT, err)) return -1;
    int ok = db_findings_list(db, agency, year, &list, &n, err) == 0, moved = 0;
    size_t at = n;
    for (size_t i = 0; i < n; i++)
        if (list[i].id == id) at = i;
    size_t to = dir < 0 ? at - 1 : at + 1;
    if (ok && at < n && to < n) { /* (at - 1 wraps past n at the top) */
        long tmp = list[at].id;
        list[at].id = list[to].id;
        list[to].id = tmp;
        for (size_t i = 0; ok && i < n; i++)
            ok = db_simple_exec(db, "UPDATE finding SET seq = ?2 WHERE id = ?1", list[i].id,
                                (long)i + 1, _("ordering findings"), err) >= 0;
        char from[24], now[24];
        snprintf(from, sizeof from, "%zu", at + 1);
        snprintf(now, sizeof now, "%zu", to + 1);
        ok = ok && audit_key(db, "finding", id, "order", from, now, err) == 0;
        moved = 1;
    }
    findings_free(list, n);
    if (db_simple_end(db, ok, err)) return -1;
    return moved;
}

/* The question and item scores of the year, for the proposals. */
static int load_scores(struct itadb *db, long agency_id, int year, struct propose_question **q,
                       size_t *nq, struct propose_item **it, size_t *ni, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT s.code, coalesce(s.indicator_no, 0), min(s.score), 0,"
                                  " CAST(substr(s.code, 2) AS INTEGER)"
                                  " FROM question_score s JOIN assessment a ON a.id ="
                                  " s.assessment_id WHERE a.agency_id = ?1 AND a.year = ?2"
                                  " GROUP BY s.code UNION ALL"
                                  " SELECT s.code, coalesce(i.indicator_no, 0), s.score, 1,"
                                  " CAST(substr(s.code, 2) AS INTEGER) FROM"
                                  " oit_status s JOIN oit_item i ON i.year = s.year AND i.code ="
                                  " s.code WHERE s.agency_id = ?1 AND s.year = ?2 AND s.score"
                                  " IS NOT NULL ORDER BY 4, 2, 5, 1",
                                  _("reading scores"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *code = xstrdup((const char *)sqlite3_column_text(st, 0));
        int no = sqlite3_column_int(st, 1);
        double score = sqlite3_column_double(st, 2);
        if (sqlite3_column_int(st, 3)) {
            *it = xreallocarray(*it, *ni + 1, sizeof **it);
            (*it)[(*ni)++] = (struct propose_item){code, no, score};
        } else {
            *q = xreallocarray(*q, *nq + 1, sizeof **q);
            (*q)[(*nq)++] = (struct propose_question){code, no, score};
        }
    }
    return db_finish(db, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, _("reading scores"), err);
}

int db_finding_proposals(struct itadb *db, long agency_id, int year, struct finding_proposal **out,
                         size_t *n, struct db_error *err)
{
    struct ita_result r;
    if (db_result_load(db, agency_id, year, &r, err)) return -1;
    struct propose_question *q = NULL;
    struct propose_item *it = NULL;
    size_t nq = 0, ni = 0;
    int rc = load_scores(db, agency_id, year, &q, &nq, &it, &ni, err);
    if (!rc) *n = finding_propose(&r, q, nq, it, ni, PROPOSE_THRESHOLD, out);
    for (size_t i = 0; i < nq; i++)
        free((char *)q[i].code);
    for (size_t i = 0; i < ni; i++)
        free((char *)it[i].code);
    free(q);
    free(it);
    result_free(&r);
    return rc;
}

int db_constraint_get(struct itadb *db, long id, long *agency_id, int *year,
                      struct constraint_note *c, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT agency_id, year, heading_no, heading, text, version"
                                  " FROM constraint_note WHERE id = ?1",
                                  _("reading constraints"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *agency_id = (long)sqlite3_column_int64(st, 0);
        *year = sqlite3_column_int(st, 1);
        *c = (struct constraint_note){.id = id,
                                      .heading_no = sqlite3_column_int(st, 2),
                                      .heading = db_column_strdup(st, 3),
                                      .text = db_column_strdup(st, 4),
                                      .version = (long)sqlite3_column_int64(st, 5)};
    } else {
        db_error_printf(err, _("no constraint with the id %ld"), id);
    }
    sqlite3_finalize(st);
    return found ? 0 : -1;
}

long db_constraint_add(struct itadb *db, long agency_id, int year, int heading, const char *text,
                       struct db_error *err)
{
    if (!plan_constraint_heading(heading)) {
        db_error_printf(err, "%s", _("area: staff, budget, technology, area or economy"));
        return -1;
    }
    if (!text || !*text) {
        db_error_printf(err, "%s", _("text: a constraint needs a text"));
        return -1;
    }
    if (limit_check(_("text"), text, LIMIT_TEXT, err->msg, sizeof err->msg)) return -1;
    struct constraint_note *list = NULL;
    size_t n = 0;
    if (db_constraints_list(db, agency_id, year, &list, &n, err)) return -1;
    long taken = 0;
    for (size_t i = 0; i < n; i++)
        if (list[i].heading_no == heading && list[i].text && *list[i].text) taken = list[i].id;
    long existing = 0;
    for (size_t i = 0; i < n; i++)
        if (list[i].heading_no == heading) existing = list[i].version;
    constraints_free(list, n);
    if (taken) {
        db_error_printf(err,
                        _("area: '%s' already has a constraint (id %ld): change it with "
                          "'constraint set %ld'"),
                        plan_constraint_heading(heading), taken, taken);
        return -1;
    }
    struct constraint_note c = {.heading_no = heading, .text = (char *)text, .version = existing};
    if (db_constraint_save(db, agency_id, year, &c, err) != DB_SAVED) return -1;
    char id_sql[] = "SELECT id FROM constraint_note WHERE agency_id = ?1 AND year = ?2"
                    " AND heading_no = ";
    char sql[160];
    snprintf(sql, sizeof sql, "%s%d", id_sql, heading);
    return db_simple_long(db, sql, agency_id, year, _("reading constraints"), err);
}

int db_constraint_delete(struct itadb *db, long id, struct db_error *err)
{
    struct constraint_note c;
    long agency;
    int year;
    if (db_constraint_get(db, id, &agency, &year, &c, err)) return -1;
    char key[48];
    snprintf(key, sizeof key, "%ld:%d:%d", agency, year, c.heading_no);
    int ok = db_begin(db, agency, DB_CAP_EDIT, err) == 0;
    if (ok) {
        ok = db_audit_add(db, "constraint", key, "text", c.text, NULL, err) == 0 &&
             db_simple_exec(db, "DELETE FROM constraint_note WHERE id = ?1", id, 0,
                            _("deleting a constraint"), err) == 1;
        ok = db_simple_end(db, ok, err) == 0;
    }
    free(c.heading);
    free(c.text);
    return ok ? 0 : -1;
}
