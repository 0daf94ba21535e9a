/* Storage reads never hide an error: a step that fails partway through a list (an I/O
 * error, an interrupt) fails the whole read instead of returning the rows read so far as
 * if they were all; and a load of several statements sees one snapshot even when another
 * user saves in the middle of it. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_finding.h"
#include "db_oit.h"
#include "db_plan.h"
#include "db_result.h"
#include "db_view_agency.h"
#include "helper_db.h"
#include "plan.h"

/* Each reader returns how many rows it read, or -1. */
typedef long (*reader)(struct itadb *db, struct db_error *err);

static long read_findings(struct itadb *db, struct db_error *err)
{
    struct finding *v;
    size_t n;
    if (db_findings_list(db, 1, 2567, &v, &n, err)) return -1;
    findings_free(v, n);
    return (long)n;
}

static long read_constraints(struct itadb *db, struct db_error *err)
{
    struct constraint_note *v;
    size_t n;
    if (db_constraints_list(db, 1, 2567, &v, &n, err)) return -1;
    constraints_free(v, n);
    return (long)n;
}

static long read_measures(struct itadb *db, struct db_error *err)
{
    struct measure *v;
    size_t n;
    if (db_measures_list(db, 1, 2568, &v, &n, err)) return -1;
    long rounds = 0;
    for (size_t i = 0; i < n; i++)
        rounds += (long)v[i].n_progress;
    measures_free(v, n);
    return (long)n * 1000 + rounds;
}

static long read_progress_rounds(struct itadb *db, struct db_error *err)
{
    struct measure *v;
    size_t n;
    if (db_measures_list(db, 3, 2563, &v, &n, err)) return -1;
    long rounds = 0;
    for (size_t i = 0; i < n; i++)
        rounds += (long)v[i].n_progress;
    measures_free(v, n);
    return (long)n * 1000 + rounds;
}

static long read_units(struct itadb *db, struct db_error *err)
{
    char **v;
    size_t n;
    if (db_unit_list(db, 2, &v, &n, err)) return -1;
    db_unit_names_free(v, n);
    return (long)n;
}

static long read_drafts(struct itadb *db, struct db_error *err)
{
    struct db_draft_info *v;
    size_t n;
    if (db_drafts_list(db, &v, &n, err)) return -1;
    db_drafts_free(v, n);
    return (long)n;
}

static long link_id; /* a finding with several indicators linked */

static void find_link(struct itadb *db)
{
    link_id = th_query_int(db, "SELECT finding_id FROM finding_link GROUP BY finding_id"
                               " ORDER BY count(*) DESC LIMIT 1");
}

static long read_links(struct itadb *db, struct db_error *err)
{
    char *ind, *oit;
    if (db_finding_links(db, link_id, &ind, &oit, err)) return -1;
    long n = (long)(strlen(ind) * 1000 + strlen(oit));
    free(ind);
    free(oit);
    return n;
}

static long read_oit(struct itadb *db, struct db_error *err)
{
    struct oit_row *v;
    size_t n;
    if (db_oit_list(db, 1, 2567, &v, &n, err)) return -1;
    oit_rows_free(v, n);
    return (long)n;
}

static long read_agencies(struct itadb *db, struct db_error *err)
{
    struct agency *v;
    size_t n;
    if (db_agency_list(db, &v, &n, err)) return -1;
    agency_list_free(v, n);
    return (long)n;
}

static long read_years(struct itadb *db, struct db_error *err)
{
    struct db_view_year *v;
    size_t n;
    if (db_view_agency_years(db, 1, &v, &n, err)) return -1;
    free(v);
    return (long)n;
}

static long read_result(struct itadb *db, struct db_error *err)
{
    struct ita_result r;
    if (db_result_load(db, 1, 2567, &r, err)) return -1;
    long n = (long)(r.n_ind * 100000 + r.n_questions * 100 + r.n_items + r.rule.n * 10000000);
    result_free(&r);
    return n;
}

/* The progress handler fails the statement after `limit` virtual-machine steps, as an
 * I/O error would at that point. */
struct budget {
    long used, limit;
};

static int spend(void *arg)
{
    struct budget *b = arg;
    return ++b->used > b->limit;
}

/* For every point at which a step can fail, the reader fails or returns everything. */
static void never_partial_after(const char *name, reader read, void (*setup)(struct itadb *))
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    if (setup) setup(db);
    struct db_error err;
    struct budget b = {0, 1L << 40};
    sqlite3_progress_handler(db->sql, 1, spend, &b);
    long full = read(db, &err);
    cr_assert_geq(full, 1, "%s: the demo data has rows to read (%s)", name, err.msg);
    long ops = b.used;
    long stride = ops / 400 + 1;
    long failed = 0;
    for (long k = 0; k < ops; k += stride) {
        b = (struct budget){0, k};
        err.msg[0] = '\0';
        long got = read(db, &err);
        if (got < 0) {
            failed++;
            cr_expect(err.msg[0] != '\0', "%s: failed without saying why", name);
        } else {
            cr_expect_eq(got, full, "%s: a step failing after %ld steps returned %ld, not %ld",
                         name, k, got, full);
            if (got != full) break; /* one report per reader */
        }
    }
    cr_expect_gt(failed, 0, "%s: no failure was injected", name);
    sqlite3_progress_handler(db->sql, 0, NULL, NULL);
    db_close(db);
    free(path);
}

static void never_partial(const char *name, reader read)
{
    never_partial_after(name, read, NULL);
}

Test(db_reads, a_failed_step_is_an_error_not_a_shorter_list)
{
    never_partial("findings", read_findings);
    never_partial("constraints", read_constraints);
    never_partial("measures", read_measures);
    never_partial("monitoring rounds", read_progress_rounds);
    never_partial("units", read_units);
    never_partial_after("links", read_links, find_link);
    never_partial("oit", read_oit);
    never_partial("agencies", read_agencies);
    never_partial("years", read_years);
    never_partial("result", read_result);
}

static void put_drafts(struct itadb *db)
{
    struct db_error err;
    for (int i = 0; i < 30; i++) {
        char key[32];
        snprintf(key, sizeof key, "%d", i + 1);
        cr_assert_eq(db_draft_put(db, "measure", key, 1, "title=x\n", &err), 0, "%s", err.msg);
    }
}

Test(db_reads, drafts_list_fails_instead_of_cutting)
{
    never_partial_after("drafts", read_drafts, put_drafts);
}

/* Another user's save committed while the result is half read. */
struct saver {
    struct itadb *other;
    int done;
};

/* Saves when the reader starts on the grade bands, after it read the result's head. */
static int on_statement(unsigned type, void *ctx, void *p, void *x)
{
    struct saver *s = ctx;
    const char *sql = sqlite3_sql(p);
    if (s->done || !sql || !strstr(sql, "FROM grade_band")) return 0;
    s->done = 1;
    char *msg = NULL;
    struct db_error err = {{0}};
    cr_assert_eq(db_begin(s->other, 1, DB_CAP_EDIT, &err), 0, "%s", err.msg);
    int rc = sqlite3_exec(s->other->sql,
                          "UPDATE indicator_score SET score = 1 WHERE assessment_id IN"
                          " (SELECT id FROM assessment WHERE agency_id = 1 AND year = 2567);"
                          "UPDATE question_score SET score = 1 WHERE assessment_id IN"
                          " (SELECT id FROM assessment WHERE agency_id = 1 AND year = 2567);"
                          "UPDATE oit_status SET score = 0 WHERE agency_id = 1 AND year = 2567",
                          NULL, NULL, &msg);
    cr_assert_eq(rc, SQLITE_OK, "%s", msg ? msg : "");
    cr_assert_eq(db_commit(s->other, &err), 0, "%s", err.msg);
    return 0;
}

Test(db_reads, result_is_read_from_one_snapshot)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err;
    struct ita_result before;
    cr_assert_eq(db_result_load(db, 1, 2567, &before, &err), 0, "%s", err.msg);
    struct saver s = {.other = th_open_as(path, "somchai", "officer")};
    cr_assert_not_null(s.other, "%s", err.msg);
    sqlite3_trace_v2(db->sql, SQLITE_TRACE_STMT, on_statement, &s);
    struct ita_result during;
    cr_assert_eq(db_result_load(db, 1, 2567, &during, &err), 0, "%s", err.msg);
    sqlite3_trace_v2(db->sql, 0, NULL, NULL);
    cr_assert(s.done, "the other user's save ran while the result was read");
    cr_expect(before.summary.total.set && during.summary.total.set);
    cr_expect_eq(during.summary.total.v, before.summary.total.v,
                 "a save in the middle changed half of what was read (%.2f, then %.2f)",
                 before.summary.total.v, during.summary.total.v);
    struct ita_result after;
    cr_assert_eq(db_result_load(db, 1, 2567, &after, &err), 0, "%s", err.msg);
    cr_expect_neq(after.summary.total.v, before.summary.total.v, "the save is seen afterwards");
    result_free(&before);
    result_free(&during);
    result_free(&after);
    db_close(s.other);
    db_close(db);
    free(path);
}
