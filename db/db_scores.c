#include "db_scores.h"

#include <stdio.h>
#include <string.h>

#include "db_audit.h"
#include "db_stmt.h"
#include "i18n.h"

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
    if (np >= 4) sqlite3_bind_double(st, 4, row->score);
    if (np >= 5) sqlite3_bind_text(st, 5, db->login, -1, SQLITE_STATIC);
    if (np >= 6) sqlite3_bind_text(st, 6, now, -1, SQLITE_STATIC);
    return sqlite3_step(st);
}

static int check_row(struct itadb *db, long agency_id, int year, const char *file,
                     const struct score_row *row, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, item_sqls[row->kind].exists, _("checking the catalog"), err);
    if (!st) return -1;
    int known = bind_and_step(st, db, agency_id, year, row, "") == SQLITE_ROW;
    sqlite3_finalize(st);
    if (!known) {
        db_error_printf(err, _("%s:%ld: item: %s is not in the %d catalog"), file, row->line,
                        row->item, year);
        return -1;
    }
    if (row->kind == SCORE_OIT && row->score != 0 && row->score != 50 && row->score != 100) {
        db_error_printf(err, _("%s:%ld: score: an OIT item scores 0, 50 or 100, not %g"), file,
                        row->line, row->score);
        return -1;
    }
    return 0;
}

static int store_row(struct itadb *db, long agency_id, int year, const struct score_row *row,
                     struct db_error *err)
{
    const struct item_sql *q = &item_sqls[row->kind];
    char now[32], old[32] = "", new_value[32], key[64];
    db_now(now);
    sqlite3_stmt *st = db_prepare(db, q->old, _("storing scores"), err);
    if (!st) return -1;
    int had = bind_and_step(st, db, agency_id, year, row, now) == SQLITE_ROW &&
              sqlite3_column_type(st, 0) != SQLITE_NULL;
    if (had) snprintf(old, sizeof old, "%g", sqlite3_column_double(st, 0));
    sqlite3_finalize(st);
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
    return db_audit_add(db, q->entity, key, "score", had ? old : NULL, new_value, err);
}

long db_scores_import(struct itadb *db, long agency_id, int year, const char *file,
                      const struct score_rows *rows, struct db_error *err)
{
    for (size_t i = 0; i < rows->n; i++)
        if (check_row(db, agency_id, year, file, &rows->rows[i], err)) return -1;
    if (db_begin(db, err)) return -1;
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO assessment (agency_id, year) VALUES (?1, ?2)"
                                  " ON CONFLICT DO NOTHING",
                                  _("storing scores"), err);
    int ok = st && bind_and_step(st, db, agency_id, year, rows->rows, "") == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok && st) db_error_set(err, db, _("storing scores"));
    for (size_t i = 0; ok && i < rows->n; i++)
        ok = store_row(db, agency_id, year, &rows->rows[i], err) == 0;
    if (!ok) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : (long)rows->n;
}
