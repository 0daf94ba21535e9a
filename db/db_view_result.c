#include "db_view_result.h"

#include <stdlib.h>
#include <string.h>

#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

static char *text_or_null(sqlite3_stmt *st, int col)
{
    const unsigned char *s = sqlite3_column_text(st, col);
    return s && *s ? xstrdup((const char *)s) : NULL;
}

int db_view_oit_groups(struct itadb *db, long agency_id, int year, struct db_view_oit_group **out,
                       size_t *n, struct db_error *err)
{
    *out = NULL;
    *n = 0;
    const char *doing = _("reading the OIT checklist");
    sqlite3_stmt *st = db_prepare(
        db,
        "SELECT o.group_key, max(o.group_title), min(o.indicator_no), count(*),"
        " sum(s.state = 'in-progress'), sum(s.state = 'done'), count(s.score), avg(s.score)"
        " FROM oit_item o LEFT JOIN oit_status s"
        " ON s.agency_id = ?1 AND s.year = o.year AND s.code = o.code"
        " WHERE o.year = ?2 GROUP BY o.group_key ORDER BY min(o.seq)",
        doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct db_view_oit_group *g = db_grow((void **)out, n, sizeof *g);
        g->key = text_or_null(st, 0);
        g->title = text_or_null(st, 1);
        g->indicator_no = sqlite3_column_int(st, 2);
        g->total = sqlite3_column_int(st, 3);
        g->state[ITA_IN_PROGRESS] = sqlite3_column_int(st, 4);
        g->state[ITA_DONE] = sqlite3_column_int(st, 5);
        g->state[ITA_NOT_DONE] = g->total - g->state[ITA_IN_PROGRESS] - g->state[ITA_DONE];
        g->scored = sqlite3_column_int(st, 6);
        g->mean = sqlite3_column_double(st, 7);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        db_view_oit_groups_free(*out, *n);
        *out = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

void db_view_oit_groups_free(struct db_view_oit_group *g, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(g[i].key);
        free(g[i].title);
    }
    free(g);
}

int db_view_measure_counts(struct itadb *db, long agency_id, int plan_year,
                           int counts[ITA_STATE_COUNT], struct db_error *err)
{
    const char *doing = _("reading the measures");
    memset(counts, 0, ITA_STATE_COUNT * sizeof *counts);
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT status, count(*) FROM measure"
                                  " WHERE agency_id = ?1 AND plan_year = ?2 GROUP BY status",
                                  doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, plan_year);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        int state = ita_state_parse((const char *)sqlite3_column_text(st, 0));
        if (state >= 0) counts[state] += sqlite3_column_int(st, 1);
    }
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

/* Scored questions first-class, then the catalog's questions nobody scored; ?3 = 0 picks
 * the questions linked to no indicator. */
static const char questions_sql[] =
    "SELECT q.code, coalesce(q.text_th, c.text_th), q.issue_no, q.score,"
    " coalesce(c.seq, 1000000), length(q.code) FROM assessment a"
    " JOIN question_score q ON q.assessment_id = a.id"
    " LEFT JOIN question c ON c.year = a.year AND c.code = q.code"
    " WHERE a.agency_id = ?1 AND a.year = ?2 AND q.tool = ?4"
    " AND coalesce(q.indicator_no, c.indicator_no, 0) = ?3"
    " UNION ALL SELECT c.code, c.text_th, 0, NULL, c.seq, length(c.code) FROM question c"
    " WHERE c.year = ?2 AND c.tool = ?4 AND coalesce(c.indicator_no, 0) = ?3"
    " AND NOT EXISTS (SELECT 1 FROM assessment a JOIN question_score q"
    "   ON q.assessment_id = a.id WHERE a.agency_id = ?1 AND a.year = ?2 AND q.code = c.code)"
    " ORDER BY 5, 6, 1, 3";

int db_view_questions(struct itadb *db, long agency_id, int year, int indicator_no,
                      enum ita_tool tool, struct db_view_question **out, size_t *n,
                      struct db_error *err)
{
    *out = NULL;
    *n = 0;
    const char *doing = _("reading the questions");
    sqlite3_stmt *st = db_prepare(db, questions_sql, doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, indicator_no);
    sqlite3_bind_text(st, 4, ita_tool_name(tool), -1, SQLITE_STATIC);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct db_view_question *q = db_grow((void **)out, n, sizeof *q);
        q->code = text_or_null(st, 0);
        q->text = text_or_null(st, 1);
        q->issue_no = sqlite3_column_int(st, 2);
        q->score_set = sqlite3_column_type(st, 3) != SQLITE_NULL;
        q->score = sqlite3_column_double(st, 3);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        db_view_questions_free(*out, *n);
        *out = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

void db_view_questions_free(struct db_view_question *q, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(q[i].code);
        free(q[i].text);
    }
    free(q);
}

int db_view_oit_items(struct itadb *db, long agency_id, int year, int indicator_no,
                      struct db_view_oit_item **out, size_t *n, struct db_error *err)
{
    *out = NULL;
    *n = 0;
    const char *doing = _("reading the OIT checklist");
    sqlite3_stmt *st = db_prepare(
        db,
        "SELECT o.code, o.group_key, o.group_title, CASE WHEN o.known THEN o.title_th END,"
        " s.state, s.score FROM oit_item o LEFT JOIN oit_status s"
        " ON s.agency_id = ?1 AND s.year = o.year AND s.code = o.code"
        " WHERE o.year = ?2 AND o.indicator_no = ?3 ORDER BY o.seq",
        doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, indicator_no);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct db_view_oit_item *it = db_grow((void **)out, n, sizeof *it);
        it->code = text_or_null(st, 0);
        it->group_key = text_or_null(st, 1);
        it->group_title = text_or_null(st, 2);
        it->title = text_or_null(st, 3);
        int state = ita_state_parse((const char *)sqlite3_column_text(st, 4));
        it->state = state < 0 ? ITA_NOT_DONE : state;
        it->score_set = sqlite3_column_type(st, 5) != SQLITE_NULL;
        it->score = sqlite3_column_double(st, 5);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        db_view_oit_items_free(*out, *n);
        *out = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

void db_view_oit_items_free(struct db_view_oit_item *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(items[i].code);
        free(items[i].group_key);
        free(items[i].group_title);
        free(items[i].title);
    }
    free(items);
}
