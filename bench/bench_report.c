/* Figures for reports: the time to load, build, render and write the analysis document of
 * one agency, and the OIT checklist CSV of a list of agencies into one file (one database
 * connection, as a provincial office would export its province). Figures only.
 * Usage: bench_report DB YEAR ANALYSIS-AGENCY OUT-DIR AGENCY...   (run by bench_report.sh) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>
#include <time.h>

#include "db.h"
#include "db_report.h"
#include "report_out.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Loads and renders one report; appends it to out (or writes it to path). */
static int one(struct itadb *db, enum report_kind kind, long agency, int year,
               const struct report_job *job, FILE *out, const char *path)
{
    struct report_input in;
    struct db_error err;
    if (db_report_load(db, kind, agency, year, &in, &err)) {
        fprintf(stderr, "bench_report: agency %ld: %s\n", agency, err.msg);
        return -1;
    }
    char *buf, why[512];
    size_t len;
    int rc = report_produce(&in, job, &buf, &len, why, sizeof why);
    report_input_free(&in);
    if (rc) {
        fprintf(stderr, "bench_report: %s\n", why);
        return -1;
    }
    if (out)
        rc = fwrite(buf, 1, len, out) == len ? 0 : -1;
    else
        rc = report_write_file(path, buf, len, 1, why, sizeof why) == REPORT_WRITTEN ? 0 : -1;
    free(buf);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: bench_report DB YEAR ANALYSIS-AGENCY OUT-DIR AGENCY...\n");
        return 2;
    }
    int year = atoi(argv[2]);
    long analysis_agency = atol(argv[3]);
    struct db_error err;
    double t0 = now_ms();
    struct itadb *db = db_open(argv[1], "bench", DB_OPEN_READONLY, &err);
    if (!db) {
        fprintf(stderr, "bench_report: %s\n", err.msg);
        return 1;
    }
    double open_ms = now_ms() - t0;
    ThBrk *brk = th_brk_new(NULL);
    char path[4096];
    snprintf(path, sizeof path, "%s/analysis.html", argv[4]);
    struct report_job html = {.format = REPORT_HTML, .brk = brk};
    struct report_job text = {.format = REPORT_TEXT, .brk = brk};
    double runs[21];
    for (int i = 0; i < 21; i++) {
        t0 = now_ms();
        if (one(db, REPORT_ANALYSIS, analysis_agency, year, i % 2 ? &text : &html, NULL, path))
            return 1;
        runs[i] = now_ms() - t0;
    }
    qsort(runs, 21, sizeof runs[0], cmp_double);
    printf("analysis of agency %ld (%d): median %.2f ms, max %.2f ms over 21 runs "
           "(html and text; open %.2f ms; target <= 100 ms)\n",
           analysis_agency, year, runs[10], runs[20], open_ms);

    snprintf(path, sizeof path, "%s/province-oit.csv", argv[4]);
    struct report_job csv = {.format = REPORT_CSV, .brk = brk};
    int n = argc - 5;
    double csv_runs[5];
    for (int r = 0; r < 5; r++) {
        t0 = now_ms();
        FILE *out = fopen(path, "w");
        for (int i = 0; out && i < n; i++)
            if (one(db, REPORT_OIT, atol(argv[5 + i]), year, &csv, out, NULL)) return 1;
        if (!out || fclose(out)) return 1;
        csv_runs[r] = now_ms() - t0;
    }
    qsort(csv_runs, 5, sizeof csv_runs[0], cmp_double);
    printf("oit CSV of %d agencies (%d) into one file: median %.1f ms, min %.1f ms of 5\n", n,
           year, csv_runs[2], csv_runs[0]);
    if (brk) th_brk_delete(brk);
    db_close(db);
    return 0;
}
