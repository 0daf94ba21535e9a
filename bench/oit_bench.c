/* Figures for the OIT checklist screen on a (national-scale) database: the time of one tick
 * from the screen action (Space) to the committed row, and, for comparison, the same save
 * without the screen, and the time to pick up another user's change. Each tick is checked
 * afterwards through a second connection (the row's version went up), outside the timing.
 * Prints figures only; never passes or fails.
 * Usage: bench_oit DB AGENCY YEAR [TICKS]   (run by bench/bench_oit.sh on a copy) */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>

#include "db.h"
#include "db_oit.h"
#include "ui.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *what, double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp);
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += t[i];
    int p99 = (99 * n + 99) / 100 - 1; /* nearest rank */
    printf("%-46s median %6.2f ms, p99 %6.2f, mean %6.2f, max %6.2f (n = %d)\n", what,
           n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2, t[p99 < 0 ? 0 : p99], sum / n,
           t[n - 1], n);
}

/* Every connection is the user who made the database (its admin): since roles are
 * enforced, a login with no role would have each save refused at once and time nothing. */
static struct itadb *open_db(const char *path)
{
    const struct passwd *pw = getpwuid(getuid());
    const char *login = pw ? pw->pw_name : "root";
    struct db_error err;
    struct itadb *db = db_open(path, login, 0, &err);
    if (!db) {
        fprintf(stderr, "bench_oit: %s\n", err.msg);
        exit(1);
    }
    return db;
}

static long version_of(struct itadb *db, long agency, int year, const char *code)
{
    struct oit_row r;
    struct db_error err;
    if (db_oit_get(db, agency, year, code, &r, &err)) {
        fprintf(stderr, "bench_oit: %s\n", err.msg);
        exit(1);
    }
    long v = r.version;
    oit_row_clear(&r);
    return v;
}

/* Space on the checklist's first item, n times; each one checked from another connection. */
static int bench_screen_ticks(const char *path, long agency, int year, double *t, int n)
{
    struct itadb *db = open_db(path), *check = open_db(path);
    struct ui_options o = {.agency_id = agency,
                           .year = year,
                           .screen = "oit",
                           .headless = 1,
                           .rows = 24,
                           .cols = 80,
                           .forget = 1};
    char why[256];
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    if (!s) {
        fprintf(stderr, "bench_oit: %s\n", why);
        exit(1);
    }
    ui_session_keys(s, "1 Enter"); /* O1 selected */
    long v = version_of(check, agency, year, "O1");
    int bad = 0;
    for (int i = 0; i < n; i++) {
        double t0 = now_ms();
        ui_session_action(s, UI_ACT_TICK); /* saves, reloads the row, redraws */
        t[i] = now_ms() - t0;
        long after = version_of(check, agency, year, "O1");
        bad += after != v + 1;
        v = after;
    }
    ui_session_end(s);
    db_close(check);
    db_close(db);
    return bad;
}

/* db_oit_save alone (what a tick costs without the screen). */
static void bench_bare_saves(const char *path, long agency, int year, double *t, int n)
{
    struct itadb *db = open_db(path);
    for (int i = 0; i < n; i++) {
        long v = version_of(db, agency, year, "O2");
        struct oit_change c = {.fields = OIT_SET_STATE, .state = i % 2 ? ITA_DONE : ITA_NOT_DONE};
        struct db_error err;
        double t0 = now_ms();
        enum db_save r = db_oit_save(db, agency, year, "O2", v, &c, &err);
        t[i] = now_ms() - t0;
        if (r == DB_SAVE_FAILED) fprintf(stderr, "bench_oit: %s\n", err.msg);
    }
    db_close(db);
}

/* Another connection saves; the screen, waiting for a key, picks it up (an "idle" tick). */
static void bench_pick_up(const char *path, long agency, int year, double *t, int n)
{
    struct itadb *db = open_db(path), *other = open_db(path);
    struct ui_options o = {.agency_id = agency,
                           .year = year,
                           .screen = "oit",
                           .headless = 1,
                           .rows = 24,
                           .cols = 80,
                           .forget = 1};
    char why[256];
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    for (int i = 0; s && i < n; i++) {
        struct oit_change c = {.fields = OIT_SET_STATE, .state = i % 2 ? ITA_DONE : ITA_NOT_DONE};
        struct db_error err;
        db_oit_save(other, agency, year, "O3", OIT_ANY_VERSION, &c, &err);
        double t0 = now_ms();
        ui_session_keys(s, "idle");
        t[i] = now_ms() - t0;
    }
    if (s) ui_session_end(s);
    db_close(other);
    db_close(db);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: bench_oit DB AGENCY YEAR [TICKS]\n");
        return 2;
    }
    long agency = atol(argv[2]);
    int year = atoi(argv[3]);
    int n = argc > 4 ? atoi(argv[4]) : 200;
    if (n < 2) n = 2;
    setenv("TERM", "xterm-256color", 1);
    setenv("XDG_STATE_HOME", "/nonexistent/itadesk-bench", 1);
    double *t = calloc((size_t)n, sizeof *t);
    int bad = bench_screen_ticks(argv[1], agency, year, t, n);
    printf("agency %ld, year %d, item O1, %d ticks, synchronous=FULL, WAL\n", agency, year, n);
    report("tick: screen action -> committed row", t, n);
    printf("%-46s %d of %d (0 expected)\n", "ticks not seen committed by a 2nd connection", bad, n);
    bench_bare_saves(argv[1], agency, year, t, n);
    report("db_oit_save alone (same transaction)", t, n);
    bench_pick_up(argv[1], agency, year, t, n / 4 > 2 ? n / 4 : 2);
    report("pick up another user's change (idle)", t, n / 4 > 2 ? n / 4 : 2);
    free(t);
    return 0;
}
