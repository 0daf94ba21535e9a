#include "db_oit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_review.h"
#include "db_stmt.h"
#include "db_unit.h"
#include "field_limits.h"
#include "i18n.h"
#include "text/tt_name.h"
#include "xalloc.h"
#include "timefmt.h"

static const char list_sql[] =
    "SELECT i.code, i.seq, i.group_key, i.group_title, coalesce(i.indicator_no, 0), i.title_th,"
    " i.components_th, i.known, coalesce(s.state, 'not-done'), coalesce(s.unit_id, 0), u.name,"
    " s.evidence_url, s.note, s.score, s.updated_by, s.updated_at, coalesce(s.version, 0),"
    " r.verdict, r.comment, r.reviewed_by, coalesce(s.evidence_recheck, 0)"
    " FROM oit_item i"
    " LEFT JOIN oit_status s ON s.agency_id = ?1 AND s.year = i.year AND s.code = i.code"
    " LEFT JOIN oit_review r ON r.agency_id = ?1 AND r.year = i.year AND r.code = i.code"
    " LEFT JOIN unit u ON u.id = s.unit_id"
    " WHERE i.year = ?2 AND (?3 IS NULL OR i.code = ?3) ORDER BY i.seq";

static void row_from(sqlite3_stmt *st, struct oit_row *r)
{
    *r = (struct oit_row){0};
    snprintf(r->code, sizeof r->code, "%s", (const char *)sqlite3_column_text(st, 0));
    r->seq = sqlite3_column_int(st, 1);
    r->group_key = db_column_strdup(st, 2);
    r->group_title = db_column_strdup(st, 3);
    r->indicator_no = sqlite3_column_int(st, 4);
    r->title_th = db_column_strdup(st, 5);
    r->components_th = db_column_strdup(st, 6);
    r->known = sqlite3_column_int(st, 7);
    int state = ita_state_parse((const char *)sqlite3_column_text(st, 8));
    r->state = state < 0 ? ITA_NOT_DONE : (enum ita_state)state;
    r->unit_id = (long)sqlite3_column_int64(st, 9);
    r->unit_name = db_column_strdup(st, 10);
    r->evidence_url = db_column_strdup(st, 11);
    r->note = db_column_strdup(st, 12);
    if (sqlite3_column_type(st, 13) != SQLITE_NULL)
        r->score = (struct opt_score){true, sqlite3_column_double(st, 13)};
    r->updated_by = db_column_strdup(st, 14);
    r->updated_at = db_column_strdup(st, 15);
    r->version = (long)sqlite3_column_int64(st, 16);
    int verdict = review_verdict_parse((const char *)sqlite3_column_text(st, 17));
    r->review = verdict < 0 ? REVIEW_NONE : (enum review_verdict)verdict;
    r->review_comment = db_column_strdup(st, 18);
    r->reviewed_by = db_column_strdup(st, 19);
    r->recheck = sqlite3_column_int(st, 20);
}

static int query_rows(struct itadb *db, long agency_id, int year, const char *code,
                      struct oit_row **rows, size_t *n, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare_cached(db, list_sql, _("reading the OIT checklist"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    db_bind_text_or_null(st, 3, code);
    struct oit_row *list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("reading the OIT checklist"), err)) > 0)
        row_from(st, db_grow((void **)&list, &count, sizeof *list));
    db_release(db, st);
    if (r < 0) {
        oit_rows_free(list, count);
        return -1;
    }
    *rows = list;
    *n = count;
    return 0;
}

int db_oit_list(struct itadb *db, long agency_id, int year, struct oit_row **rows, size_t *n,
                struct db_error *err)
{
    return query_rows(db, agency_id, year, NULL, rows, n, err);
}

int db_oit_get(struct itadb *db, long agency_id, int year, const char *code, struct oit_row *row,
               struct db_error *err)
{
    struct oit_row *rows = NULL;
    size_t n = 0;
    if (query_rows(db, agency_id, year, code, &rows, &n, err)) return -1;
    if (n == 0) {
        db_error_printf(err, _("no item %s in the %d catalog"), code, year);
        free(rows);
        return -1;
    }
    *row = rows[0];
    free(rows);
    return 0;
}

/* The row as it will be after the change, and the audit of what differs. */
struct oit_values {
    const char *state, *unit, *url, *note, *recheck; /* recheck: "1" or NULL */
    char score[16];
};

static void values_of(const struct oit_row *r, struct oit_values *v)
{
    v->state = ita_state_word(r->state);
    v->unit = r->unit_name;
    v->url = r->evidence_url;
    v->note = r->note;
    v->recheck = r->recheck ? "1" : NULL;
    v->score[0] = '\0';
    if (r->score.set) snprintf(v->score, sizeof v->score, "%g", r->score.v);
}

static const char *empty_as_null(const char *s)
{
    return s && *s ? s : NULL;
}

static int check_change(const struct oit_change *c, struct db_error *err)
{
    const char *why;
    char msg[256];
    if (((c->fields & OIT_SET_UNIT) &&
         limit_check(_("unit"), c->unit, LIMIT_NAME, msg, sizeof msg)) ||
        ((c->fields & OIT_SET_NOTE) &&
         limit_check(_("note"), c->note, LIMIT_TEXT, msg, sizeof msg)) ||
        ((c->fields & OIT_SET_URL) && limit_check("url", c->url, LIMIT_URL, msg, sizeof msg))) {
        db_error_printf(err, "%s", msg);
        return -1;
    }
    if ((c->fields & OIT_SET_URL) && c->url && *c->url && (why = oit_check_url(c->url))) {
        db_error_printf(err, "url: %s", why);
        return -1;
    }
    if ((c->fields & OIT_SET_SCORE) && c->score.set && !oit_score_valid(c->score.v)) {
        db_error_printf(err, _("score: an OIT item scores 0, 50 or 100, not %g"), c->score.v);
        return -1;
    }
    return 0;
}

/* unit is the change's unit name in canonical form (tt_name_normalize), owned by the
 * caller: the same unit whatever invisible characters or spaces it was typed with. */
static void apply_change(const struct oit_change *c, const char *unit, struct oit_values *v)
{
    if (c->fields & OIT_SET_STATE) v->state = ita_state_word(c->state);
    if (c->fields & OIT_SET_UNIT) v->unit = empty_as_null(unit);
    /* Saving the link, even unchanged, is someone confirming it: no more re-check. */
    if (c->fields & OIT_SET_URL) v->url = empty_as_null(c->url), v->recheck = NULL;
    if (c->fields & OIT_SET_RECHECK) v->recheck = c->recheck && v->url ? "1" : NULL;
    if (c->fields & OIT_SET_NOTE) v->note = empty_as_null(c->note);
    if (c->fields & OIT_SET_SCORE) {
        v->score[0] = '\0';
        if (c->score.set) snprintf(v->score, sizeof v->score, "%g", c->score.v);
    }
}

static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Writes an audit row per field that differs; returns how many, or -1. */
static int audit_diff(struct itadb *db, const char *key, const struct oit_values *o,
                      const struct oit_values *n, struct db_error *err)
{
    const char *fields[] = {"state", "unit", "evidence_url", "note", "score", "evidence_recheck"};
    const char *olds[] = {o->state, o->unit, o->url, o->note, empty_as_null(o->score), o->recheck};
    const char *news[] = {n->state, n->unit, n->url, n->note, empty_as_null(n->score), n->recheck};
    int changed = 0;
    for (int i = 0; i < 6; i++) {
        if (same(olds[i], news[i])) continue;
        if (db_audit_add(db, "oit_status", key, fields[i], olds[i], news[i], err)) return -1;
        changed++;
    }
    return changed;
}

static int write_row(struct itadb *db, long agency_id, int year, const char *code,
                     const struct oit_values *v, struct db_error *err)
{
    long unit_id = v->unit ? db_unit_ensure(db, agency_id, v->unit, err) : 0;
    if (unit_id < 0) return -1;
    sqlite3_stmt *st = db_prepare(
        db,
        "INSERT INTO oit_status (agency_id, year, code, state, unit_id, evidence_url, note, score,"
        " updated_by, updated_at, version, evidence_recheck)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11)"
        " ON CONFLICT DO UPDATE SET state = excluded.state, unit_id = excluded.unit_id,"
        " evidence_url = excluded.evidence_url, note = excluded.note, score = excluded.score,"
        " evidence_recheck = excluded.evidence_recheck,"
        " updated_by = excluded.updated_by, updated_at = excluded.updated_at,"
        " version = version + 1",
        _("saving the OIT item"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_text(st, 3, code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, v->state, -1, SQLITE_STATIC);
    if (unit_id) sqlite3_bind_int64(st, 5, unit_id);
    db_bind_text_or_null(st, 6, v->url);
    db_bind_text_or_null(st, 7, v->note);
    if (v->score[0]) sqlite3_bind_double(st, 8, atof(v->score));
    sqlite3_bind_text(st, 9, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 11, v->recheck != NULL);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) return 0;
    db_error_set(err, db, _("saving the OIT item"));
    return -1;
}

static void conflict_message(const struct oit_row *r, struct db_error *err)
{
    char when[32];
    db_error_printf(err,
                    _("%s was changed by %s at %s; your change was not saved and the item was "
                      "reloaded"),
                    r->code, r->updated_by ? r->updated_by : "?",
                    timefmt_local(r->updated_at, when, sizeof when));
}

enum db_save db_oit_save_in_txn(struct itadb *db, long agency_id, int year, const char *code,
                                long expected_version, const struct oit_change *change,
                                struct db_error *err)
{
    struct oit_row row;
    if (check_change(change, err) || db_oit_get(db, agency_id, year, code, &row, err))
        return DB_SAVE_FAILED;
    enum db_save result = DB_SAVE_FAILED;
    char *unit = NULL;
    if (expected_version != OIT_ANY_VERSION && row.version != expected_version) {
        conflict_message(&row, err);
        result = DB_CONFLICT;
        goto out;
    }
    struct oit_values old, new_values;
    values_of(&row, &old);
    new_values = old;
    unit = tt_name_normalize(change->unit);
    apply_change(change, unit, &new_values);
    char key[64];
    snprintf(key, sizeof key, "%ld/%d/%s", agency_id, year, row.code);
    int changed = audit_diff(db, key, &old, &new_values, err);
    if (changed < 0) goto out;
    if (changed == 0) {
        result = DB_UNCHANGED;
        goto out;
    }
    result = write_row(db, agency_id, year, row.code, &new_values, err) ||
                     db_oit_review_clear(db, agency_id, year, row.code, err)
                 ? DB_SAVE_FAILED
                 : DB_SAVED;
out:
    free(unit);
    oit_row_clear(&row);
    return result;
}

enum db_save db_oit_save(struct itadb *db, long agency_id, int year, const char *code,
                         long expected_version, const struct oit_change *change,
                         struct db_error *err)
{
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) return DB_SAVE_FAILED;
    enum db_save r = db_oit_save_in_txn(db, agency_id, year, code, expected_version, change, err);
    if (r != DB_SAVED) {
        db_rollback(db);
        return r;
    }
    return db_commit(db, err) ? DB_SAVE_FAILED : DB_SAVED;
}

long db_oit_save_many(struct itadb *db, long agency_id, int year, const char *const *codes,
                      size_t n, const struct oit_change *change, struct db_error *err)
{
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) return -1;
    long changed = 0;
    for (size_t i = 0; i < n; i++) {
        enum db_save r =
            db_oit_save_in_txn(db, agency_id, year, codes[i], OIT_ANY_VERSION, change, err);
        if (r == DB_SAVE_FAILED) {
            db_rollback(db);
            return -1;
        }
        changed += r == DB_SAVED;
    }
    return db_commit(db, err) ? -1 : changed;
}

long db_oit_import(struct itadb *db, long agency_id, int year, const char *file,
                   const struct oit_import_row *rows, size_t n, struct db_error *err)
{
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) return -1;
    long changed = 0;
    for (size_t i = 0; i < n; i++) {
        enum db_save r = db_oit_save_in_txn(db, agency_id, year, rows[i].code, OIT_ANY_VERSION,
                                            &rows[i].change, err);
        if (r == DB_SAVE_FAILED) {
            char why[sizeof err->msg];
            snprintf(why, sizeof why, "%s", err->msg);
            db_error_printf(err, "%s:%ld: %s", file, rows[i].line, why);
            db_rollback(db);
            return -1;
        }
        changed += r == DB_SAVED;
    }
    return db_commit(db, err) ? -1 : changed;
}

int db_oit_history(struct itadb *db, long agency_id, int year, const char *code,
                   struct audit_entry **out, size_t *n, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT at, login, field, old, new FROM audit"
                                  " WHERE entity = 'oit_status' AND key = ?1 ORDER BY id",
                                  _("reading the history"), err);
    if (!st) return -1;
    char key[64];
    snprintf(key, sizeof key, "%ld/%d/%s", agency_id, year, code);
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    struct audit_entry *list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("reading the history"), err)) > 0)
        *(struct audit_entry *)db_grow((void **)&list, &count, sizeof *list) = (struct audit_entry){
            db_column_strdup(st, 0), db_column_strdup(st, 1), db_column_strdup(st, 2),
            db_column_strdup(st, 3), db_column_strdup(st, 4)};
    sqlite3_finalize(st);
    if (r < 0) {
        audit_entries_free(list, count);
        return -1;
    }
    *out = list;
    *n = count;
    return 0;
}

void audit_entries_free(struct audit_entry *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(e[i].at);
        free(e[i].login);
        free(e[i].field);
        free(e[i].old_value);
        free(e[i].new_value);
    }
    free(e);
}

int db_unit_list(struct itadb *db, long agency_id, char ***names, size_t *n, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT name FROM unit WHERE agency_id = ?1"
                                  " ORDER BY name COLLATE THAI",
                                  _("listing units"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    char **list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("listing units"), err)) > 0)
        *(char **)db_grow((void **)&list, &count, sizeof *list) = db_column_strdup(st, 0);
    sqlite3_finalize(st);
    if (r < 0) {
        db_unit_names_free(list, count);
        return -1;
    }
    *names = list;
    *n = count;
    return 0;
}

void db_unit_names_free(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}
