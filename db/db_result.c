#include "db_result.h"

#include <stdlib.h>
#include <string.h>

#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

static struct opt_score opt_column(sqlite3_stmt *st, int col)
{
    if (sqlite3_column_type(st, col) == SQLITE_NULL) return (struct opt_score){0};
    return (struct opt_score){.set = true, .v = sqlite3_column_double(st, col)};
}

/* Runs a statement bound to (agency, year) and hands each row to `row`. */
static int each_row(struct itadb *db, const char *sql, long agency_id, int year,
                    int (*row)(sqlite3_stmt *, struct ita_result *), struct ita_result *r,
                    struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, sql, _("reading scores"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    int rc;
    while ((rc = db_row(db, st, _("reading scores"), err)) > 0)
        row(st, r);
    sqlite3_finalize(st);
    return rc < 0 ? -1 : 0;
}

static int head_row(sqlite3_stmt *st, struct ita_result *r)
{
    r->agency_name = db_column_strdup(st, 0);
    r->framework_status = db_column_strdup(st, 1);
    r->rule.kind = grade_kind_parse((const char *)sqlite3_column_text(st, 2));
    r->total_entered = opt_column(st, 3);
    r->level_entered = db_column_strdup(st, 4);
    r->national_average = opt_column(st, 5);
    return 0;
}

static int band_row(sqlite3_stmt *st, struct ita_result *r)
{
    struct grade_band *bands = xreallocarray((void *)r->rule.bands, r->rule.n + 1, sizeof *bands);
    r->rule.bands = bands;
    bands[r->rule.n++] = (struct grade_band){
        .label_th = db_column_strdup(st, 0),
        .label_en = db_column_strdup(st, 1),
        .min_total = sqlite3_column_double(st, 2),
        .min_each_tool = opt_column(st, 3),
        .passed = sqlite3_column_int(st, 4),
        .certain = sqlite3_column_int(st, 5),
    };
    return 0;
}

static int indicator_row(sqlite3_stmt *st, struct ita_result *r)
{
    if (r->n_ind == RESULT_MAX_INDICATORS) return 0;
    struct result_indicator *ind = &r->ind[r->n_ind++];
    ind->s.no = sqlite3_column_int(st, 0);
    ind->name_th = db_column_strdup(st, 1);
    ind->name_en = db_column_strdup(st, 2);
    int tool = ita_tool_parse((const char *)sqlite3_column_text(st, 3));
    ind->s.tool = tool < 0 ? ITA_OIT : (enum ita_tool)tool;
    ind->s.weight = sqlite3_column_double(st, 4);
    ind->s.entered = opt_column(st, 5);
    return 0;
}

static int question_row(sqlite3_stmt *st, struct ita_result *r)
{
    struct score_question *qs = xreallocarray(r->questions, r->n_questions + 1, sizeof *qs);
    r->questions = qs;
    qs[r->n_questions++] =
        (struct score_question){sqlite3_column_int(st, 0), sqlite3_column_double(st, 1)};
    return 0;
}

static int item_row(sqlite3_stmt *st, struct ita_result *r)
{
    struct score_item *items = xreallocarray(r->items, r->n_items + 1, sizeof *items);
    r->items = items;
    items[r->n_items++] = (struct score_item){db_column_strdup(st, 0), sqlite3_column_int(st, 1),
                                              sqlite3_column_double(st, 2)};
    return 0;
}

static const char head_sql[] =
    "SELECT g.name, f.status, f.grading, a.total_entered, a.level_entered, f.national_average"
    " FROM agency g JOIN framework f ON f.year = ?2"
    " LEFT JOIN assessment a ON a.agency_id = g.id AND a.year = f.year WHERE g.id = ?1";
static const char band_sql[] =
    "SELECT label_th, label_en, min_total, min_each_tool, passed, certain FROM grade_band"
    " WHERE ?1 IS NOT NULL AND year = ?2 ORDER BY rank";
static const char indicator_sql[] =
    "SELECT i.no, i.name_th, i.name_en, i.tool, i.weight, s.score FROM indicator i"
    " LEFT JOIN assessment a ON a.agency_id = ?1 AND a.year = i.year"
    " LEFT JOIN indicator_score s ON s.assessment_id = a.id AND s.indicator_no = i.no"
    " WHERE i.year = ?2 ORDER BY i.no";
/* A question scores its indicator as recorded with the score, else as the catalog says. */
static const char question_sql[] =
    "SELECT coalesce(q.indicator_no, c.indicator_no) AS ind, q.score FROM assessment a"
    " JOIN question_score q ON q.assessment_id = a.id"
    " LEFT JOIN question c ON c.year = a.year AND c.code = q.code"
    " WHERE a.agency_id = ?1 AND a.year = ?2 AND ind IS NOT NULL";
static const char item_sql[] = "SELECT o.group_key, o.indicator_no, s.score FROM oit_status s"
                               " JOIN oit_item o ON o.year = s.year AND o.code = s.code"
                               " WHERE s.agency_id = ?1 AND s.year = ?2 AND s.score IS NOT NULL"
                               " AND o.indicator_no IS NOT NULL ORDER BY o.seq";

static int load_result(struct itadb *db, long agency_id, int year, struct ita_result *r,
                       struct db_error *err)
{
    *r = (struct ita_result){.agency_id = agency_id, .year = year};
    if (each_row(db, head_sql, agency_id, year, head_row, r, err)) return -1;
    if (!r->agency_name) {
        db_error_printf(
            err, _("no agency %ld, or no framework catalog for the year %d (run 'itadesk init')"),
            agency_id, year);
        return -1;
    }
    if (each_row(db, band_sql, agency_id, year, band_row, r, err) ||
        each_row(db, indicator_sql, agency_id, year, indicator_row, r, err) ||
        each_row(db, question_sql, agency_id, year, question_row, r, err) ||
        each_row(db, item_sql, agency_id, year, item_row, r, err)) {
        result_free(r);
        return -1;
    }
    result_compute(r);
    return 0;
}

int db_result_load(struct itadb *db, long agency_id, int year, struct ita_result *r,
                   struct db_error *err)
{
    *r = (struct ita_result){.agency_id = agency_id, .year = year};
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = load_result(db, agency_id, year, r, err);
    db_read_end(db, began);
    return rc;
}
