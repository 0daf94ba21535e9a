#include "db_review.h"

#include <stdio.h>
#include <stdlib.h>

#include "db_audit.h"
#include "db_oit.h"
#include "db_role.h"
#include "db_stmt.h"
#include "field_limits.h"
#include "i18n.h"

static int check_verdict(enum review_verdict v, const char *comment, struct db_error *err)
{
    if (v != REVIEW_CHECKED && v != REVIEW_RETURNED) {
        db_error_printf(err, "%s", _("verdict: checked or returned"));
        return -1;
    }
    if (v == REVIEW_RETURNED && (!comment || !*comment)) {
        db_error_printf(err, "%s", _("comment: say what to fix when returning work"));
        return -1;
    }
    return limit_check(_("comment"), comment, LIMIT_TEXT, err->msg, sizeof err->msg);
}

/* Runs one prepared statement to the end; 1 if it changed a row, 0 if not, -1. */
static int run(struct itadb *db, sqlite3_stmt *st, const char *doing, struct db_error *err)
{
    int rc = sqlite3_step(st);
    int changed = sqlite3_changes(db->sql) > 0;
    return db_finish(db, st, rc, doing, err) ? -1 : changed;
}

/* The verdict and comment as two audit rows (the comment only when there is one). */
static int audit_verdict(struct itadb *db, const char *entity, const char *key, const char *field,
                         const char *old_word, enum review_verdict v, const char *comment,
                         struct db_error *err)
{
    if (db_audit_add(db, entity, key, field, old_word, review_verdict_word(v), err)) return -1;
    if (!comment || !*comment) return 0;
    char cfield[48];
    snprintf(cfield, sizeof cfield, "%s_comment", field);
    return db_audit_add(db, entity, key, cfield, NULL, comment, err);
}

static int oit_review_in_txn(struct itadb *db, long agency_id, int year, const char *code,
                             enum review_verdict v, const char *comment, struct db_error *err)
{
    struct oit_row row;
    if (db_oit_get(db, agency_id, year, code, &row, err)) return -1;
    int rc = -1;
    if (row.state != ITA_DONE) {
        db_error_printf(err, _("%s is not marked done: only done work is checked or returned"),
                        row.code);
        goto out;
    }
    sqlite3_stmt *st =
        db_prepare(db,
                   "INSERT INTO oit_review (agency_id, year, code, verdict, comment, reviewed_by,"
                   " reviewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO UPDATE SET"
                   " verdict = excluded.verdict, comment = excluded.comment,"
                   " reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at",
                   _("recording the review"), err);
    if (!st) goto out;
    char now[32], key[64];
    db_now(now);
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_text(st, 3, row.code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, review_verdict_word(v), -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 5, comment);
    sqlite3_bind_text(st, 6, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, now, -1, SQLITE_TRANSIENT);
    snprintf(key, sizeof key, "%ld/%d/%s", agency_id, year, row.code);
    if (run(db, st, _("recording the review"), err) < 0 ||
        audit_verdict(db, "oit_status", key, "review", review_verdict_word(row.review), v, comment,
                      err))
        goto out;
    rc = 0;
out:
    oit_row_clear(&row);
    return rc;
}

int db_oit_review(struct itadb *db, long agency_id, int year, const char *code,
                  enum review_verdict v, const char *comment, struct db_error *err)
{
    if (check_verdict(v, comment, err)) return -1;
    if (db_begin(db, agency_id, DB_CAP_REVIEW, err)) return -1;
    if (oit_review_in_txn(db, agency_id, year, code, v, comment, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

int db_oit_review_clear(struct itadb *db, long agency_id, int year, const char *code,
                        struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "DELETE FROM oit_review WHERE agency_id = ?1 AND year = ?2"
                                  " AND code = ?3 RETURNING verdict",
                                  _("clearing the review"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_text(st, 3, code, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    char *old = rc == SQLITE_ROW ? db_column_strdup(st, 0) : NULL;
    if (rc == SQLITE_ROW) rc = sqlite3_step(st);
    if (db_finish(db, st, rc, _("clearing the review"), err)) {
        free(old);
        return -1;
    }
    char key[64];
    snprintf(key, sizeof key, "%ld/%d/%s", agency_id, year, code);
    int r = old ? db_audit_add(db, "oit_status", key, "review", old, NULL, err) : 0;
    free(old);
    return r;
}

/* The round's report: 1 reported (a text or a state past not-done), 0 not, -1. */
static int round_reported(struct itadb *db, long measure_id, int months, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT 1 FROM progress WHERE measure_id = ?1 AND"
                                  " round_months = ?2 AND (coalesce(text, '') <> ''"
                                  " OR state <> 'not-done')",
                                  _("recording the review"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, measure_id);
    sqlite3_bind_int(st, 2, months);
    int found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
}

static int round_review_in_txn(struct itadb *db, long measure_id, int months, enum review_verdict v,
                               const char *comment, struct db_error *err)
{
    int reported = round_reported(db, measure_id, months, err);
    if (reported <= 0) {
        if (reported == 0)
            db_error_printf(err,
                            _("measure %ld has no report for the %d-month round: nothing to "
                              "check or return"),
                            measure_id, months);
        return -1;
    }
    enum review_verdict before = db_round_review_get(db, measure_id, months, NULL);
    sqlite3_stmt *st = db_prepare(
        db,
        "INSERT INTO round_review (measure_id, round_months, verdict, comment, reviewed_by,"
        " reviewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET"
        " verdict = excluded.verdict, comment = excluded.comment,"
        " reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at",
        _("recording the review"), err);
    if (!st) return -1;
    char now[32], key[32], field[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, measure_id);
    sqlite3_bind_int(st, 2, months);
    sqlite3_bind_text(st, 3, v == REVIEW_CHECKED ? "accepted" : "returned", -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 4, comment);
    sqlite3_bind_text(st, 5, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
    snprintf(key, sizeof key, "%ld", measure_id);
    snprintf(field, sizeof field, "round_%d_review", months);
    if (run(db, st, _("recording the review"), err) < 0) return -1;
    return audit_verdict(db, "measure", key, field, review_verdict_word(before), v, comment, err);
}

int db_round_review(struct itadb *db, long measure_id, int months, enum review_verdict v,
                    const char *comment, struct db_error *err)
{
    if (check_verdict(v, comment, err)) return -1;
    if (db_begin(db, db_measure_agency(db, measure_id), DB_CAP_REVIEW, err)) return -1;
    if (round_review_in_txn(db, measure_id, months, v, comment, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

enum review_verdict db_round_review_get(struct itadb *db, long measure_id, int months,
                                        char **comment)
{
    if (comment) *comment = NULL;
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT verdict, comment FROM round_review"
                                  " WHERE measure_id = ?1 AND round_months = ?2",
                                  _("reading the review"), NULL);
    if (!st) return REVIEW_NONE;
    sqlite3_bind_int64(st, 1, measure_id);
    sqlite3_bind_int(st, 2, months);
    enum review_verdict v = REVIEW_NONE;
    if (sqlite3_step(st) == SQLITE_ROW) {
        int p = review_verdict_parse((const char *)sqlite3_column_text(st, 0));
        v = p < 0 ? REVIEW_NONE : (enum review_verdict)p;
        if (comment) *comment = db_column_strdup(st, 1);
    }
    sqlite3_finalize(st);
    return v;
}

int db_round_review_clear(struct itadb *db, long measure_id, int months, struct db_error *err)
{
    enum review_verdict before = db_round_review_get(db, measure_id, months, NULL);
    if (before == REVIEW_NONE) return 0;
    sqlite3_stmt *st = db_prepare(db,
                                  "DELETE FROM round_review WHERE measure_id = ?1"
                                  " AND round_months = ?2",
                                  _("clearing the review"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, measure_id);
    sqlite3_bind_int(st, 2, months);
    if (run(db, st, _("clearing the review"), err) < 0) return -1;
    char key[32], field[32];
    snprintf(key, sizeof key, "%ld", measure_id);
    snprintf(field, sizeof field, "round_%d_review", months);
    return db_audit_add(db, "measure", key, field, review_verdict_word(before), NULL, err);
}

long db_oit_returned_count(struct itadb *db, long agency_id, int year, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT count(*) FROM oit_review WHERE agency_id = ?1"
                                  " AND year = ?2 AND verdict = 'returned'",
                                  _("counting returned items"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    long n = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : -1;
    if (n < 0) db_error_set(err, db, _("counting returned items"));
    sqlite3_finalize(st);
    return n;
}
