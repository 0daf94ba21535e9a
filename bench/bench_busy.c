/* Ticks under write load (issue 11): while other processes write (bench_busy.sh runs 8
 * `itadesk oit set` loops), this process ticks items as the OIT screen does and prints how
 * long each tick took, waiting for the write lock included: p50, p99 and the worst, and
 * how many would have gone "pending" on the screen (over UI_SAVE_WAIT_MS). Run once with
 * itadesk's busy handler (short jittered sleeps) and once with SQLite's own back-off
 * (sleeps growing to 100 ms, what itadesk used before) for comparison. Figures only.
 * Usage: bench_busy DB AGENCY YEAR [TICKS=300] */
#include <pwd.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "db_busy.h"
#include "db_oit.h"

#define UI_SAVE_WAIT_MS 250 /* as ui/ui_retry.h */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static struct itadb *open_db(const char *path, const char *login, int sqlite_backoff)
{
    struct db_error err;
    struct itadb *db = db_open(path, login, 0, &err);
    if (!db) {
        fprintf(stderr, "bench_busy: %s\n", err.msg);
        exit(1);
    }
    db_set_wait(db, 30000);
    if (sqlite_backoff) sqlite3_busy_timeout(db->sql, 30000);
    return db;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void run(const char *path, long agency, int year, int ticks, int sqlite_backoff,
                const char *label)
{
    /* The ticker is the user who made the database (its admin): a login with no role would
     * have every tick refused at once and time nothing. */
    const struct passwd *pw = getpwuid(getuid());
    struct itadb *db = open_db(path, pw ? pw->pw_name : "root", sqlite_backoff);
    double *t = calloc((size_t)ticks, sizeof *t);
    struct timespec pause = {0, 20 * 1000000L}; /* a person ticks now and then */
    nanosleep(&pause, NULL);
    int failed = 0, pending = 0;
    char since[32];
    db_now(since);
    double start = now_ms();
    for (int i = 0; i < ticks; i++) {
        char code[8];
        snprintf(code, sizeof code, "O%d", i % 35 + 1);
        struct oit_change c = {.fields = OIT_SET_STATE, .state = i % 2 ? ITA_DONE : ITA_NOT_DONE};
        struct db_error err;
        double t0 = now_ms();
        if (db_oit_save(db, agency, year, code, OIT_ANY_VERSION, &c, &err) == DB_SAVE_FAILED)
            failed++;
        t[i] = now_ms() - t0;
        if (t[i] > UI_SAVE_WAIT_MS) pending++;
        nanosleep(&pause, NULL);
    }
    double secs = (now_ms() - start) / 1e3;
    qsort(t, (size_t)ticks, sizeof *t, by_value);
    long writes = 0; /* the writers change notes, the ticker only states */
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM audit WHERE field = 'note' AND at >= ?1",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) writes = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    printf("%-40s tick p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  over %d ms: %d  failed: %d"
           "  (writers: %.0f changes/s)\n",
           label, t[ticks / 2], t[(ticks * 99) / 100], t[ticks - 1], UI_SAVE_WAIT_MS, pending,
           failed, writes / secs);
    free(t);
    db_close(db);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: bench_busy DB AGENCY YEAR [TICKS]\n");
        return 2;
    }
    long agency = atol(argv[2]);
    int year = atoi(argv[3]);
    int ticks = argc > 4 ? atoi(argv[4]) : 300;
    if (ticks < 1) ticks = 1;
    if (argc > 5 && strcmp(argv[5], "alone") == 0) {
        run(argv[1], agency, year, ticks, 0, "no other writer (the cost of a commit):");
        return 0;
    }
    printf("%d ticks, one every 20 ms, while the writers run\n", ticks);
    run(argv[1], agency, year, ticks, 0, "itadesk, jittered, oldest first (now):");
    run(argv[1], agency, year, ticks, 1, "SQLite back-off up to 100 ms (before):");
    return 0;
}
