/* Saving findings (and their links) and constraint notes: version check, audit rows, one
 * transaction each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_role.h"
#include "db_finding.h"
#include "db_finding_internal.h"
#include "db_plan.h"
#include "db_stmt.h"
#include "field_limits.h"
#include "i18n.h"
#include "xalloc.h"
#include "text/tt_digits.h"
#include "timefmt.h"

#define LIST_MAX 1024 /* bytes of a normalised link list */

static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Joins the rows of a one-column query on ?1 = id with ';'. Malloc'd, NULL on failure. */
static char *joined(struct itadb *db, const char *sql, long id, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, sql, _("reading a finding's links"), err);
    if (!st) return NULL;
    sqlite3_bind_int64(st, 1, id);
    char buf[LIST_MAX] = "";
    size_t used = 0;
    int r;
    while ((r = db_row(db, st, _("reading a finding's links"), err)) > 0) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        int w = used < sizeof buf
                    ? snprintf(buf + used, sizeof buf - used, "%s%s", used ? ";" : "", v ? v : "")
                    : 0;
        if (w > 0) used += (size_t)w;
    }
    sqlite3_finalize(st);
    return r < 0 ? NULL : xstrdup(buf);
}

char *db_finding_questions(struct itadb *db, long finding_id, struct db_error *err)
{
    return joined(db,
                  "SELECT code FROM finding_question WHERE finding_id = ?1"
                  " ORDER BY substr(code, 1, 1) DESC, CAST(substr(code, 2) AS INTEGER)",
                  finding_id, err);
}

int db_finding_links(struct itadb *db, long finding_id, char **indicators, char **oit_codes,
                     struct db_error *err)
{
    *indicators = *oit_codes = NULL;
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    *indicators = joined(db,
                         "SELECT indicator_no FROM finding_link WHERE finding_id = ?1"
                         " AND indicator_no IS NOT NULL ORDER BY indicator_no",
                         finding_id, err);
    *oit_codes = joined(db,
                        "SELECT oit_code FROM finding_link WHERE finding_id = ?1"
                        " AND oit_code IS NOT NULL"
                        " ORDER BY CAST(substr(oit_code, 2) AS INTEGER), oit_code",
                        finding_id, err);
    db_read_end(db, began);
    if (*indicators && *oit_codes) return 0;
    free(*indicators);
    free(*oit_codes);
    *indicators = *oit_codes = NULL;
    return -1;
}

/* 1 when the year's catalog has the code; sql selects from one catalog table with ?1 the
 * year and ?2 the code. A catalog that cannot be read has nothing to link to. */
static int catalog_has(struct itadb *db, const char *sql, int year, const char *code)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK) return 0;
    sqlite3_bind_int(st, 1, year);
    sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC);
    int found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
}

/* One typed token as a normalised link ("5", "O12"), or -1 with err. */
static int link_token(struct itadb *db, int year, int oit, char *tok, char *out, size_t outsz,
                      struct db_error *err)
{
    char *end;
    if (oit == LINK_QUESTION) {
        char c = (char)(*tok == 'I' ? 'i' : *tok == 'E' ? 'e' : *tok);
        long n = (c == 'i' || c == 'e') ? strtol(tok + 1, &end, 10) : -1;
        snprintf(out, outsz, "%c%ld", c, n);
        if (n < 1 || *end ||
            !catalog_has(db, "SELECT 1 FROM question WHERE year = ?1 AND code = ?2", year, out)) {
            db_error_printf(err, _("questions: %d has no question '%s'"), year, tok);
            return -1;
        }
        return 0;
    }
    if (oit) {
        if (*tok == 'o') *tok = 'O';
        long n = *tok == 'O' ? strtol(tok + 1, &end, 10) : strtol(tok, &end, 10);
        snprintf(out, outsz, "O%ld", n);
        if (*end || n < 1 ||
            !catalog_has(db, "SELECT 1 FROM oit_item WHERE year = ?1 AND code = ?2", year, out)) {
            db_error_printf(err, _("OIT items: %d has no item '%s'"), year, tok);
            return -1;
        }
        return 0;
    }
    long n = strtol(tok, &end, 10);
    if (*end || n < 1 || n > 10) {
        db_error_printf(err, _("indicators: '%s' is not an indicator number from 1 to 10"), tok);
        return -1;
    }
    snprintf(out, outsz, "%ld", n);
    return 0;
}

/* Normalises a typed list into out ("1;5"), or -1 with err. */
int db_finding_parse_list(struct itadb *db, int year, int oit, const char *text, char *out,
                          size_t outsz, struct db_error *err)
{
    char *ascii = tt_digits_to_ascii(text ? text : "");
    size_t used = 0;
    int rc = 0;
    out[0] = '\0';
    char *save = NULL;
    for (char *tok = strtok_r(ascii, ",;/ \t\n", &save); tok && !rc;
         tok = strtok_r(NULL, ",;/ \t\n", &save)) {
        char one[32];
        rc = link_token(db, year, oit, tok, one, sizeof one, err);
        if (!rc && used + strlen(one) + 2 < outsz)
            used += (size_t)snprintf(out + used, outsz - used, "%s%s", used ? ";" : "", one);
    }
    free(ascii);
    return rc;
}

static const char *const insert_sql[] = {
    "INSERT INTO finding_link (finding_id, indicator_no) VALUES (?1, CAST(?2 AS INTEGER))",
    "INSERT INTO finding_link (finding_id, oit_code) VALUES (?1, ?2)",
    "INSERT OR IGNORE INTO finding_question (finding_id, code) VALUES (?1, ?2)",
};
static const char *const delete_sql[] = {
    "DELETE FROM finding_link WHERE finding_id = ?1 AND indicator_no IS NOT NULL",
    "DELETE FROM finding_link WHERE finding_id = ?1 AND oit_code IS NOT NULL",
    "DELETE FROM finding_question WHERE finding_id = ?1",
};
static const char *const link_field[] = {"indicators", "oit_items", "questions"};

int db_finding_insert_links(struct itadb *db, long id, const char *list, int oit,
                            struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, insert_sql[oit], _("saving a finding's links"), err);
    if (!st) return -1;
    int ok = 1;
    char buf[LIST_MAX];
    snprintf(buf, sizeof buf, "%s", list);
    char *save = NULL;
    for (char *tok = strtok_r(buf, ";", &save); tok && ok; tok = strtok_r(NULL, ";", &save)) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_text(st, 2, tok, -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    if (!ok) db_error_set(err, db, _("saving a finding's links"));
    sqlite3_finalize(st);
    return ok ? 0 : -1;
}

/* Replaces one kind of link when the list changed; counts the audit rows in *changed. */
static int save_links(struct itadb *db, long id, const char *old, const char *new_list, int oit,
                      int *changed, struct db_error *err)
{
    if (same(old, new_list)) return 0;
    char key[32];
    snprintf(key, sizeof key, "%ld", id);
    sqlite3_stmt *st = db_prepare(db, delete_sql[oit], _("saving a finding's links"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok) {
        db_error_set(err, db, _("saving a finding's links"));
        return -1;
    }
    if (db_finding_insert_links(db, id, new_list, oit, err) ||
        db_audit_add(db, "finding", key, link_field[oit], old, new_list, err))
        return -1;
    (*changed)++;
    return 0;
}

/* The stored finding's texts, version and last change. */
struct stored {
    char *text[4];
    long version, year;
    char *by, *at;
};

static void stored_free(struct stored *s)
{
    for (int i = 0; i < 4; i++)
        free(s->text[i]);
    free(s->by);
    free(s->at);
}

static int read_finding(struct itadb *db, long id, struct stored *s, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT issue_title, weakness, to_develop, keep_level, version,"
                                  " year, updated_by, updated_at FROM finding WHERE id = ?1",
                                  _("reading a finding"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        for (int i = 0; i < 4; i++)
            s->text[i] = db_column_strdup(st, i);
        s->version = (long)sqlite3_column_int64(st, 4);
        s->year = (long)sqlite3_column_int64(st, 5);
        s->by = db_column_strdup(st, 6);
        s->at = db_column_strdup(st, 7);
    } else {
        db_error_printf(err, _("no finding with the id %ld"), id);
    }
    sqlite3_finalize(st);
    return found ? 0 : -1;
}

static void conflict(struct db_error *err, const char *what, const char *by, const char *at)
{
    char when[32];
    db_error_printf(err,
                    _("%s was changed by %s at %s; your text was not saved and is still here "
                      "to merge by hand"),
                    what, by ? by : "?", timefmt_local(at, when, sizeof when));
}

static int update_texts(struct itadb *db, const struct finding *f, const struct stored *s,
                        int *changed, struct db_error *err)
{
    static const char *const names[4] = {"issue_title", "weakness", "to_develop", "keep_level"};
    const char *now_t[4] = {f->issue_title, f->weakness, f->to_develop, f->keep_level};
    char key[32];
    snprintf(key, sizeof key, "%ld", f->id);
    for (int i = 0; i < 4; i++)
        if (!same(s->text[i], now_t[i])) {
            if (db_audit_add(db, "finding", key, names[i], s->text[i], now_t[i], err)) return -1;
            (*changed)++;
        }
    return 0;
}

static int bump_finding(struct itadb *db, const struct finding *f, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "UPDATE finding SET issue_title = ?2, weakness = ?3,"
                                  " to_develop = ?4, keep_level = ?5, updated_by = ?6,"
                                  " updated_at = ?7, version = version + 1 WHERE id = ?1",
                                  _("saving a finding"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, f->id);
    db_bind_text_or_null(st, 2, f->issue_title);
    db_bind_text_or_null(st, 3, f->weakness);
    db_bind_text_or_null(st, 4, f->to_develop);
    db_bind_text_or_null(st, 5, f->keep_level);
    sqlite3_bind_text(st, 6, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, now, -1, SQLITE_TRANSIENT);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    if (!ok) db_error_set(err, db, _("saving a finding"));
    sqlite3_finalize(st);
    return ok ? 0 : -1;
}

/* Inside the transaction: checks, writes, audits. */
static enum db_save finding_in_txn(struct itadb *db, const struct finding *f, const char *ind,
                                   const char *oit, const char *qs, struct db_error *err)
{
    char qs_new[LIST_MAX], *qs_old = NULL;
    struct stored s = {0};
    if (read_finding(db, f->id, &s, err)) return DB_SAVE_FAILED;
    enum db_save r = DB_SAVE_FAILED;
    char ind_new[LIST_MAX], oit_new[LIST_MAX], *ind_old = NULL, *oit_old = NULL;
    int changed = 0;
    if (s.version != f->version) {
        char what[64];
        snprintf(what, sizeof what, _("finding %ld"), f->id);
        conflict(err, what, s.by, s.at);
        r = DB_CONFLICT;
    } else if ((ind &&
                db_finding_parse_list(db, (int)s.year, 0, ind, ind_new, sizeof ind_new, err)) ||
               (oit &&
                db_finding_parse_list(db, (int)s.year, 1, oit, oit_new, sizeof oit_new, err)) ||
               (qs && db_finding_parse_list(db, (int)s.year, LINK_QUESTION, qs, qs_new,
                                            sizeof qs_new, err)) ||
               db_finding_links(db, f->id, &ind_old, &oit_old, err) ||
               !(qs_old = db_finding_questions(db, f->id, err)) ||
               update_texts(db, f, &s, &changed, err) ||
               (ind && save_links(db, f->id, ind_old, ind_new, 0, &changed, err)) ||
               (oit && save_links(db, f->id, oit_old, oit_new, 1, &changed, err)) ||
               (qs && save_links(db, f->id, qs_old, qs_new, LINK_QUESTION, &changed, err))) {
        r = DB_SAVE_FAILED;
    } else if (!changed) {
        r = DB_UNCHANGED;
    } else {
        r = bump_finding(db, f, err) ? DB_SAVE_FAILED : DB_SAVED;
    }
    free(ind_old);
    free(oit_old);
    free(qs_old);
    stored_free(&s);
    return r;
}

/* The limits of db_finding_add (field_limits.h), for every way a finding is changed. */
static int finding_limits(const struct finding *f, struct db_error *err)
{
    const char *texts[] = {f->weakness, f->to_develop, f->keep_level, f->strength,
                           f->assessment_point};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (limit_check(_("text"), texts[i], LIMIT_TEXT, err->msg, sizeof err->msg)) return -1;
    return limit_check(_("issue"), f->issue_title, LIMIT_NAME, err->msg, sizeof err->msg);
}

enum db_save db_finding_save(struct itadb *db, const struct finding *f, const char *indicators,
                             const char *oit_codes, const char *questions, struct db_error *err)
{
    if (finding_limits(f, err)) return DB_SAVE_FAILED;
    if (db_begin(db, db_finding_agency(db, f->id), DB_CAP_EDIT, err)) return DB_SAVE_FAILED;
    enum db_save r = finding_in_txn(db, f, indicators, oit_codes, questions, err);
    if (r != DB_SAVED) {
        db_rollback(db);
        return r;
    }
    return db_commit(db, err) ? DB_SAVE_FAILED : DB_SAVED;
}

/* The stored note of a heading: 1 found, 0 none, -1 error. */
static int read_constraint(struct itadb *db, long agency_id, int year, int heading,
                           struct stored *s, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT text, version, updated_by, updated_at FROM"
                                  " constraint_note WHERE agency_id = ?1 AND year = ?2"
                                  " AND heading_no = ?3",
                                  _("reading constraints"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, heading);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        s->text[0] = db_column_strdup(st, 0);
        s->version = (long)sqlite3_column_int64(st, 1);
        s->by = db_column_strdup(st, 2);
        s->at = db_column_strdup(st, 3);
    }
    sqlite3_finalize(st);
    return found;
}

static int write_constraint(struct itadb *db, long agency_id, int year,
                            const struct constraint_note *c, int exists, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(
        db,
        exists ? "UPDATE constraint_note SET text = ?4, updated_by = ?5, updated_at = ?6,"
                 " version = version + 1 WHERE agency_id = ?1 AND year = ?2 AND heading_no = ?3"
               : "INSERT INTO constraint_note (agency_id, year, heading_no, text, updated_by,"
                 " updated_at, heading) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        _("saving a constraint"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, c->heading_no);
    sqlite3_bind_text(st, 4, c->text ? c->text : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
    if (!exists)
        sqlite3_bind_text(st, 7, plan_constraint_heading(c->heading_no), -1, SQLITE_STATIC);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    if (!ok) db_error_set(err, db, _("saving a constraint"));
    sqlite3_finalize(st);
    return ok ? 0 : -1;
}

static enum db_save constraint_in_txn(struct itadb *db, long agency_id, int year,
                                      const struct constraint_note *c, struct db_error *err)
{
    struct stored s = {0};
    int exists = read_constraint(db, agency_id, year, c->heading_no, &s, err);
    enum db_save r = DB_SAVE_FAILED;
    char key[48];
    snprintf(key, sizeof key, "%ld:%d:%d", agency_id, year, c->heading_no);
    if (exists < 0) {
        r = DB_SAVE_FAILED;
    } else if ((exists ? s.version : 0) != c->version) {
        char what[128];
        snprintf(what, sizeof what, _("constraint '%s'"), plan_constraint_heading(c->heading_no));
        conflict(err, what, s.by, s.at);
        r = DB_CONFLICT;
    } else if (exists && same(s.text[0], c->text)) {
        r = DB_UNCHANGED;
    } else if (db_audit_add(db, "constraint", key, "text", s.text[0], c->text, err) == 0 &&
               write_constraint(db, agency_id, year, c, exists, err) == 0) {
        r = DB_SAVED;
    }
    stored_free(&s);
    return r;
}

enum db_save db_constraint_save(struct itadb *db, long agency_id, int year,
                                const struct constraint_note *c, struct db_error *err)
{
    if (!plan_constraint_heading(c->heading_no)) {
        db_error_printf(err, "%s", _("constraint: the heading is 1 to 5"));
        return DB_SAVE_FAILED;
    }
    if (limit_check(_("text"), c->text, LIMIT_TEXT, err->msg, sizeof err->msg))
        return DB_SAVE_FAILED;
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) return DB_SAVE_FAILED;
    enum db_save r = constraint_in_txn(db, agency_id, year, c, err);
    if (r != DB_SAVED) {
        db_rollback(db);
        return r;
    }
    return db_commit(db, err) ? DB_SAVE_FAILED : DB_SAVED;
}

int db_finding_get(struct itadb *db, long id, struct finding *f, long *agency_id, int *year,
                   struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, "SELECT agency_id, year FROM finding WHERE id = ?1",
                                  _("reading a finding"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *agency_id = (long)sqlite3_column_int64(st, 0);
        *year = sqlite3_column_int(st, 1);
    }
    sqlite3_finalize(st);
    if (!found) {
        db_error_printf(err, _("no finding with the id %ld"), id);
        return -1;
    }
    struct finding *list;
    size_t n;
    if (db_findings_list(db, *agency_id, *year, &list, &n, err)) return -1;
    int rc = -1;
    for (size_t i = 0; i < n; i++)
        if (list[i].id == id) {
            *f = list[i];
            list[i] = (struct finding){0};
            rc = 0;
        }
    findings_free(list, n);
    return rc;
}
