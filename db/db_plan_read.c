#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "db_stmt.h"
#include "i18n.h"
#include "oit.h"

static const char finding_sql[] =
    "SELECT id, issue_no, issue_title, coalesce(indicator_no, 0), tool, weakness, to_develop,"
    " keep_level, strength, assessment_point, version, seq FROM finding"
    " WHERE agency_id = ?1 AND year = ?2 ORDER BY seq, CAST(issue_no AS REAL), issue_no, id";

int db_findings_list(struct itadb *db, long agency_id, int year, struct finding **out, size_t *n,
                     struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, finding_sql, _("reading findings"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    struct finding *list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("reading findings"), err)) > 0) {
        struct finding *f = db_grow((void **)&list, &count, sizeof *f);
        f->id = (long)sqlite3_column_int64(st, 0);
        f->issue_no = db_column_strdup(st, 1);
        f->issue_title = db_column_strdup(st, 2);
        f->indicator_no = sqlite3_column_int(st, 3);
        f->tool = db_column_strdup(st, 4);
        f->weakness = db_column_strdup(st, 5);
        f->to_develop = db_column_strdup(st, 6);
        f->keep_level = db_column_strdup(st, 7);
        f->strength = db_column_strdup(st, 8);
        f->assessment_point = db_column_strdup(st, 9);
        f->version = (long)sqlite3_column_int64(st, 10);
        f->seq = sqlite3_column_int(st, 11);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        findings_free(list, count);
        return -1;
    }
    *out = list;
    *n = count;
    return 0;
}

int db_constraints_list(struct itadb *db, long agency_id, int year, struct constraint_note **out,
                        size_t *n, struct db_error *err)
{
    sqlite3_stmt *st =
        db_prepare(db,
                   "SELECT heading_no, heading, text, version, id FROM constraint_note"
                   " WHERE agency_id = ?1 AND year = ?2 ORDER BY heading_no",
                   _("reading constraints"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    struct constraint_note *list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("reading constraints"), err)) > 0) {
        struct constraint_note *c = db_grow((void **)&list, &count, sizeof *c);
        c->heading_no = sqlite3_column_int(st, 0);
        c->heading = db_column_strdup(st, 1);
        c->text = db_column_strdup(st, 2);
        c->version = (long)sqlite3_column_int64(st, 3);
        c->id = (long)sqlite3_column_int64(st, 4);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        constraints_free(list, count);
        return -1;
    }
    *out = list;
    *n = count;
    return 0;
}

#define MEASURE_COLUMNS                                                                            \
    "id, agency_id, plan_year, seq, coalesce(finding_id, 0), issue_no, coalesce(indicator_no, 0)," \
    " issue_label, title, approach, steps, responsible, start_date, end_date, period_text, "       \
    "budget,"                                                                                      \
    " monitoring, rounds, status, result, outcome, updated_by, updated_at, version"

static void measure_from(sqlite3_stmt *st, struct measure *m)
{
    m->id = (long)sqlite3_column_int64(st, 0);
    m->agency_id = (long)sqlite3_column_int64(st, 1);
    m->plan_year = sqlite3_column_int(st, 2);
    m->seq = sqlite3_column_int(st, 3);
    m->finding_id = (long)sqlite3_column_int64(st, 4);
    m->issue_no = db_column_strdup(st, 5);
    m->indicator_no = sqlite3_column_int(st, 6);
    char **texts[] = {&m->issue_label, &m->title,      &m->approach, &m->steps,
                      &m->responsible, &m->start_date, &m->end_date, &m->period_text};
    for (int i = 0; i < 8; i++)
        *texts[i] = db_column_strdup(st, 7 + i);
    if (sqlite3_column_type(st, 15) != SQLITE_NULL)
        m->budget = (struct opt_score){true, sqlite3_column_double(st, 15)};
    m->monitoring = db_column_strdup(st, 16);
    m->rounds = db_column_strdup(st, 17);
    int s = ita_state_parse((const char *)sqlite3_column_text(st, 18));
    m->status = s < 0 ? ITA_NOT_DONE : (enum ita_state)s;
    m->result = db_column_strdup(st, 19);
    m->outcome = db_column_strdup(st, 20);
    m->updated_by = db_column_strdup(st, 21);
    m->updated_at = db_column_strdup(st, 22);
    m->version = (long)sqlite3_column_int64(st, 23);
}

static int load_rounds(struct itadb *db, struct measure *m, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT p.round_months, p.reported_on, p.state, p.text,"
                                  " p.reported_by, r.verdict, r.comment FROM progress p"
                                  " LEFT JOIN round_review r ON r.measure_id = p.measure_id"
                                  " AND r.round_months = p.round_months"
                                  " WHERE p.measure_id = ?1 ORDER BY p.round_months",
                                  _("reading monitoring rounds"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, m->id);
    int r;
    while ((r = db_row(db, st, _("reading monitoring rounds"), err)) > 0) {
        struct progress_round *p = db_grow((void **)&m->progress, &m->n_progress, sizeof *p);
        p->months = sqlite3_column_int(st, 0);
        p->reported_on = db_column_strdup(st, 1);
        int s = ita_state_parse((const char *)sqlite3_column_text(st, 2));
        p->state = s < 0 ? ITA_NOT_DONE : (enum ita_state)s;
        p->text = db_column_strdup(st, 3);
        p->reported_by = db_column_strdup(st, 4);
        int v = review_verdict_parse((const char *)sqlite3_column_text(st, 5));
        p->review = v < 0 ? 0 : v;
        p->review_comment = db_column_strdup(st, 6);
    }
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

static int read_measures(struct itadb *db, const char *where, long a, long b, struct measure **out,
                         size_t *n, struct db_error *err)
{
    char sql[1024];
    snprintf(sql, sizeof sql, "SELECT " MEASURE_COLUMNS " FROM measure WHERE %s ORDER BY seq, id",
             where);
    sqlite3_stmt *st = db_prepare(db, sql, _("reading measures"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    struct measure *list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("reading measures"), err)) > 0)
        measure_from(st, db_grow((void **)&list, &count, sizeof *list));
    sqlite3_finalize(st);
    if (r < 0) {
        measures_free(list, count);
        return -1;
    }
    for (size_t i = 0; i < count; i++)
        if (load_rounds(db, &list[i], err)) {
            measures_free(list, count);
            return -1;
        }
    *out = list;
    *n = count;
    return 0;
}

/* The measures and their rounds, from one snapshot. */
static int query_measures(struct itadb *db, const char *where, long a, long b, struct measure **out,
                          size_t *n, struct db_error *err)
{
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = read_measures(db, where, a, b, out, n, err);
    db_read_end(db, began);
    return rc;
}

int db_measures_list(struct itadb *db, long agency_id, int plan_year, struct measure **out,
                     size_t *n, struct db_error *err)
{
    return query_measures(db, "agency_id = ?1 AND plan_year = ?2", agency_id, plan_year, out, n,
                          err);
}

int db_measure_get(struct itadb *db, long id, struct measure *m, struct db_error *err)
{
    struct measure *list = NULL;
    size_t n = 0;
    if (query_measures(db, "id = ?1 AND ?2 = 0", id, 0, &list, &n, err)) return -1;
    if (n == 0) {
        db_error_printf(err, _("no measure with the id %ld"), id);
        free(list);
        return -1;
    }
    *m = list[0];
    free(list);
    return 0;
}
