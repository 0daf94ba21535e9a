#include "db_scores.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db_audit.h"
#include "db_simple.h"
#include "db_stmt.h"
#include "i18n.h"
#include "text/tt_name.h"
#include "xalloc.h"

/* What one kind of item needs: a catalog check, how to read the old value, how to
 * write the new one. Parameters: ?1 agency, ?2 year, ?3 item, ?4 score, ?5 login, ?6 now; a
 * statement uses a prefix of them. */
struct item_sql {
    const char *exists;
    const char *old;
    const char *store;
    const char *entity;
};

#define ASSESSMENT "(SELECT id FROM assessment WHERE agency_id = ?1 AND year = ?2)"
static const struct item_sql item_sqls[] = {
    [SCORE_INDICATOR] = {"SELECT 1 FROM indicator WHERE year = ?2 AND no = ?3 AND ?1 IS NOT NULL",
                         "SELECT score FROM indicator_score WHERE assessment_id = " ASSESSMENT
                         " AND indicator_no = ?3",
                         "INSERT INTO indicator_score (assessment_id, indicator_no, score)"
                         " VALUES (" ASSESSMENT
                         ", ?3, ?4) ON CONFLICT DO UPDATE SET score = excluded.score",
                         "indicator_score"},
    [SCORE_QUESTION] =
        {"SELECT 1 FROM question WHERE year = ?2 AND code = ?3 AND ?1 IS NOT NULL",
         "SELECT score FROM question_score WHERE assessment_id = " ASSESSMENT
         " AND code = ?3 AND issue_no = 0",
         "INSERT INTO question_score (assessment_id, tool, code, issue_no, indicator_no, text_th,"
         " score) SELECT " ASSESSMENT ", tool, code, 0, indicator_no, text_th, ?4 FROM question"
         " WHERE year = ?2 AND code = ?3 ON CONFLICT DO UPDATE SET score = excluded.score",
         "question_score"},
    [SCORE_OIT] =
        {"SELECT 1 FROM oit_item WHERE year = ?2 AND code = ?3 AND ?1 IS NOT NULL",
         "SELECT score FROM oit_status WHERE agency_id = ?1 AND year = ?2 AND code = ?3",
         "INSERT INTO oit_status (agency_id, year, code, score, updated_by, updated_at)"
         " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET score = excluded.score,"
         " updated_by = excluded.updated_by, updated_at = excluded.updated_at,"
         " version = version + 1",
         "oit_status"},
    [SCORE_TOTAL] = {"SELECT 1 FROM framework WHERE year = ?2 AND ?1 IS NOT NULL",
                     "SELECT total_entered FROM assessment WHERE agency_id = ?1 AND year = ?2",
                     "UPDATE assessment SET total_entered = ?4 WHERE agency_id = ?1"
                     " AND year = ?2 AND ?3 IS NOT NULL",
                     "assessment"},
    [SCORE_LEVEL] = {"SELECT 1 FROM framework WHERE year = ?2 AND ?1 IS NOT NULL",
                     "SELECT level_entered FROM assessment WHERE agency_id = ?1 AND year = ?2",
                     "UPDATE assessment SET level_entered = ?4 WHERE agency_id = ?1"
                     " AND year = ?2 AND ?3 IS NOT NULL",
                     "assessment"},
};

/* Clearing: ?1 agency, ?2 year, ?3 item. */
static const char *const clear_sqls[] = {
    [SCORE_INDICATOR] =
        "DELETE FROM indicator_score WHERE assessment_id = " ASSESSMENT " AND indicator_no = ?3",
    [SCORE_QUESTION] =
        "DELETE FROM question_score WHERE assessment_id = " ASSESSMENT " AND code = ?3",
    [SCORE_OIT] = "UPDATE oit_status SET score = NULL, version = version + 1"
                  " WHERE agency_id = ?1 AND year = ?2 AND code = ?3 AND score IS NOT NULL",
    [SCORE_TOTAL] = "UPDATE assessment SET total_entered = NULL WHERE agency_id = ?1"
                    " AND year = ?2 AND ?3 IS NOT NULL AND total_entered IS NOT NULL",
    [SCORE_LEVEL] = "UPDATE assessment SET level_entered = NULL WHERE agency_id = ?1"
                    " AND year = ?2 AND ?3 IS NOT NULL AND level_entered IS NOT NULL",
};

static int bind_and_step(sqlite3_stmt *st, struct itadb *db, long agency_id, int year,
                         const struct score_row *row, const char *now)
{
    sqlite3_reset(st);
    int np = sqlite3_bind_parameter_count(st);
    sqlite3_bind_int64(st, 1, agency_id);
    if (np >= 2) sqlite3_bind_int(st, 2, year);
    if (np >= 3) {
        if (row->kind == SCORE_INDICATOR)
            sqlite3_bind_int(st, 3, row->indicator_no);
        else
            sqlite3_bind_text(st, 3, row->item, -1, SQLITE_STATIC);
    }
    if (np >= 4 && row->kind == SCORE_LEVEL)
        sqlite3_bind_text(st, 4, row->text, -1, SQLITE_STATIC);
    else if (np >= 4)
        sqlite3_bind_double(st, 4, row->score);
    if (np >= 5) sqlite3_bind_text(st, 5, db->login, -1, SQLITE_STATIC);
    if (np >= 6) sqlite3_bind_text(st, 6, now, -1, SQLITE_STATIC);
    return sqlite3_step(st);
}

/* Whether typed (a normalised name) names an indicator: its Thai name, or its English one
 * in any case. */
static int same_name(const char *typed, const char *th, const char *en)
{
    if (tt_name_equal(typed, th)) return 1;
    char *e = tt_name_normalize(en);
    int same = *e && strcasecmp(typed, e) == 0;
    free(e);
    return same;
}

int db_score_resolve(struct itadb *db, int year, const char *file, struct score_row *row,
                     struct db_error *err)
{
    if (row->kind != SCORE_INDICATOR || row->indicator_no) return 0;
    const char *doing = _("checking the catalog");
    sqlite3_stmt *st =
        db_prepare(db, "SELECT no, name_th, name_en FROM indicator WHERE year = ?1", doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0 && !row->indicator_no)
        if (same_name(row->text, (const char *)sqlite3_column_text(st, 1),
                      (const char *)sqlite3_column_text(st, 2)))
            row->indicator_no = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (r < 0) return -1;
    if (!row->indicator_no) {
        char where[1100] = "";
        if (file) snprintf(where, sizeof where, "%s:%ld: ", file, row->line);
        db_error_printf(err,
                        _("%sitem: '%s' is not an indicator number or name of %d, a question code "
                          "or an OIT code"),
                        where, row->text, year);
        return -1;
    }
    snprintf(row->item, sizeof row->item, "%d", row->indicator_no);
    row->text[0] = '\0';
    return 0;
}

static int check_row(struct itadb *db, long agency_id, int year, const char *file,
                     const struct score_row *row, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, item_sqls[row->kind].exists, _("checking the catalog"), err);
    if (!st) return -1;
    int known = bind_and_step(st, db, agency_id, year, row, "") == SQLITE_ROW;
    sqlite3_finalize(st);
    char where[1100] = "";
    if (file) snprintf(where, sizeof where, "%s:%ld: ", file, row->line);
    if (!known) {
        db_error_printf(err, _("%sitem: %s is not in the %d catalog"), where, row->item, year);
        return -1;
    }
    if (row->kind == SCORE_OIT && row->score != 0 && row->score != 50 && row->score != 100) {
        db_error_printf(err, _("%sscore: an OIT item scores 0, 50 or 100, not %g"), where,
                        row->score);
        return -1;
    }
    return 0;
}

static int store_row(struct itadb *db, long agency_id, int year, const struct score_row *row,
                     struct db_error *err)
{
    const struct item_sql *q = &item_sqls[row->kind];
    char now[32], old[160] = "", new_value[160], key[64];
    db_now(now);
    sqlite3_stmt *st = db_prepare(db, q->old, _("storing scores"), err);
    if (!st) return -1;
    int had = bind_and_step(st, db, agency_id, year, row, now) == SQLITE_ROW &&
              sqlite3_column_type(st, 0) != SQLITE_NULL;
    if (had && row->kind == SCORE_LEVEL)
        snprintf(old, sizeof old, "%s", (const char *)sqlite3_column_text(st, 0));
    else if (had)
        snprintf(old, sizeof old, "%g", sqlite3_column_double(st, 0));
    sqlite3_finalize(st);
    if (row->kind == SCORE_LEVEL)
        snprintf(new_value, sizeof new_value, "%s", row->text);
    else
        snprintf(new_value, sizeof new_value, "%g", row->score);
    if (had && strcmp(old, new_value) == 0) return 0;

    if (!(st = db_prepare(db, q->store, _("storing scores"), err))) return -1;
    int rc = bind_and_step(st, db, agency_id, year, row, now);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        db_error_set(err, db, _("storing scores"));
        return -1;
    }
    snprintf(key, sizeof key, "%ld/%d/%s", agency_id, year, row->item);
    const char *field = row->kind == SCORE_TOTAL   ? "total_entered"
                        : row->kind == SCORE_LEVEL ? "level_entered"
                                                   : "score";
    return db_audit_add(db, q->entity, key, field, had ? old : NULL, new_value, err);
}

/* The stored value of an item as text ("" when none): the audit's old value. */
static void old_text(struct itadb *db, long agency_id, int year, const struct score_row *row,
                     char *out, size_t n)
{
    out[0] = '\0';
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql, item_sqls[row->kind].old, -1, &st, NULL) != SQLITE_OK) return;
    if (bind_and_step(st, db, agency_id, year, row, "") == SQLITE_ROW &&
        sqlite3_column_type(st, 0) != SQLITE_NULL)
        snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

/* Inside the transaction: removes the item's value with an audit row; 1 removed, 0 there
 * was none, -1. */
static int clear_in_txn(struct itadb *db, long agency_id, int year, const struct score_row *row,
                        struct db_error *err)
{
    char old[160];
    old_text(db, agency_id, year, row, old, sizeof old);
    sqlite3_stmt *st = db_prepare(db, clear_sqls[row->kind], _("clearing a score"), err);
    int rc = st ? bind_and_step(st, db, agency_id, year, row, "") : SQLITE_ERROR;
    if (!st || db_finish(db, st, rc, _("clearing a score"), err)) return -1;
    if (sqlite3_changes(db->sql) == 0) return 0;
    char key[64];
    snprintf(key, sizeof key, "%ld/%d/%s", agency_id, year, row->item);
    const char *field = row->kind == SCORE_TOTAL   ? "total_entered"
                        : row->kind == SCORE_LEVEL ? "level_entered"
                                                   : "score";
    return db_audit_add(db, item_sqls[row->kind].entity, key, field, old[0] ? old : NULL, NULL, err)
               ? -1
               : 1;
}

/* A copy of the rows with every indicator named by its name given its number; an
 * indicator given twice (by number and by name) is refused like any item given twice.
 * NULL with err. */
static struct score_row *resolved_rows(struct itadb *db, int year, const char *file,
                                       const struct score_rows *rows, struct db_error *err)
{
    struct score_row *out = xcalloc(rows->n ? rows->n : 1, sizeof *out);
    for (size_t i = 0; i < rows->n; i++) {
        out[i] = rows->rows[i];
        if (db_score_resolve(db, year, file, &out[i], err)) goto bad;
        for (size_t j = 0; out[i].kind == SCORE_INDICATOR && j < i; j++) {
            if (out[j].kind != SCORE_INDICATOR || out[j].indicator_no != out[i].indicator_no)
                continue;
            db_error_printf(err, _("%s:%ld: item: %s appears twice (first on line %ld)"),
                            file ? file : "", out[i].line, out[i].item, out[j].line);
            goto bad;
        }
    }
    return out;
bad:
    free(out);
    return NULL;
}

static long import_resolved(struct itadb *db, long agency_id, int year, const char *file,
                            const struct score_rows *rows, struct db_error *err);

long db_scores_import(struct itadb *db, long agency_id, int year, const char *file,
                      const struct score_rows *rows, struct db_error *err)
{
    struct score_rows r = {resolved_rows(db, year, file, rows, err), rows->n};
    if (!r.rows) return -1;
    long n = import_resolved(db, agency_id, year, file, &r, err);
    free(r.rows);
    return n;
}

static long import_resolved(struct itadb *db, long agency_id, int year, const char *file,
                            const struct score_rows *rows, struct db_error *err)
{
    for (size_t i = 0; i < rows->n; i++)
        if (check_row(db, agency_id, year, file, &rows->rows[i], err)) return -1;
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) return -1;
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO assessment (agency_id, year) VALUES (?1, ?2)"
                                  " ON CONFLICT DO NOTHING",
                                  _("storing scores"), err);
    int ok = st && bind_and_step(st, db, agency_id, year, rows->rows, "") == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok && st) db_error_set(err, db, _("storing scores"));
    for (size_t i = 0; ok && i < rows->n; i++)
        ok = rows->rows[i].clear ? clear_in_txn(db, agency_id, year, &rows->rows[i], err) >= 0
                                 : store_row(db, agency_id, year, &rows->rows[i], err) == 0;
    if (!ok) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : (long)rows->n;
}

long db_score_set(struct itadb *db, long agency_id, int year, struct score_row *row,
                  struct db_error *err)
{
    struct score_rows rows = {row, 1};
    if (db_score_resolve(db, year, NULL, row, err)) return -1;
    return import_resolved(db, agency_id, year, NULL, &rows, err);
}

int db_score_clear(struct itadb *db, long agency_id, int year, struct score_row *row,
                   struct db_error *err)
{
    if (db_score_resolve(db, year, NULL, row, err)) return -1;
    struct score_row probe = *row;
    probe.score = 0; /* only the item is checked */
    if (check_row(db, agency_id, year, NULL, &probe, err) ||
        db_begin(db, agency_id, DB_CAP_EDIT, err))
        return -1;
    int cleared = clear_in_txn(db, agency_id, year, row, err);
    if (db_simple_end(db, cleared >= 0, err)) return -1;
    return cleared;
}
