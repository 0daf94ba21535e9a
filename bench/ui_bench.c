/* Figures for the screens on a (national-scale) database: time to first frame, bytes
 * written to the terminal for one cursor move, time to scroll the agency picker, and the
 * peak memory of a session. Prints figures only; never passes or fails.
 * Usage: bench_ui DB [AGENCY YEAR]   (run by bench/bench_ui.sh) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "ui.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long written(FILE *out)
{
    fflush(out);
    struct stat st;
    return fstat(fileno(out), &st) == 0 ? (long)st.st_size : -1;
}

struct run {
    FILE *out;
    struct itadb *db;
    struct ui_session *s;
};

/* Opens the database and the screens, and draws the first frame: what a user waits for. */
static double start(struct run *r, const char *path, const struct ui_options *o)
{
    double t0 = now_ms();
    struct db_error err;
    r->db = db_open(path, "bench", DB_OPEN_READONLY, &err);
    if (!r->db) {
        fprintf(stderr, "bench_ui: %s\n", err.msg);
        exit(1);
    }
    char why[256];
    r->s = ui_session_start(r->db, o, why, sizeof why);
    if (!r->s) {
        fprintf(stderr, "bench_ui: %s\n", why);
        exit(1);
    }
    ui_session_keys(r->s, ""); /* the first frame */
    written(r->out);
    return now_ms() - t0;
}

static void stop(struct run *r)
{
    ui_session_end(r->s);
    db_close(r->db);
}

static long bytes_for(struct run *r, const char *keys)
{
    long before = written(r->out);
    ui_session_keys(r->s, keys);
    return written(r->out) - before;
}

static double ms_for(struct run *r, const char *keys)
{
    double t0 = now_ms();
    ui_session_keys(r->s, keys);
    return now_ms() - t0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_ui DB [AGENCY YEAR]\n");
        return 2;
    }
    long agency = argc > 2 ? atol(argv[2]) : 1;
    int year = argc > 3 ? atoi(argv[3]) : 2567;
    setenv("TERM", "xterm-256color", 1);
    setenv("XDG_STATE_HOME", "/nonexistent/itadesk-bench", 1);
    FILE *out = tmpfile();
    struct run r = {out, NULL, NULL};
    struct ui_options o = {
        .agency_id = -1, .headless = 1, .rows = 24, .cols = 80, .out = out, .forget = 1};

    double picker_ms = start(&r, argv[1], &o);
    double end_ms = ms_for(&r, "End");
    double pgdn_ms = ms_for(&r, "Home PgDn PgDn PgDn PgDn PgDn PgDn PgDn PgDn PgDn PgDn") / 11;
    long picker_move = bytes_for(&r, "j");
    double filter_ms = ms_for(&r, "text:เทศบาล");
    stop(&r);

    o.agency_id = agency;
    o.year = year;
    o.screen = "indicators";
    double ind_ms = start(&r, argv[1], &o);
    long move = bytes_for(&r, "j");
    long move2 = bytes_for(&r, "j");
    ui_session_keys(r.s, "t Enter Esc d i End Enter");
    stop(&r);

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("database: %s\n", argv[1]);
    printf("time to first frame, agency picker:        %7.1f ms (target <= 50)\n", picker_ms);
    printf("time to first frame, indicators (%ld/%d): %7.1f ms (target <= 50)\n", agency, year,
           ind_ms);
    printf("bytes written for one cursor move, indicators: %ld then %ld (target <= 200)\n", move,
           move2);
    printf("bytes written for one cursor move, picker:     %ld\n", picker_move);
    printf("picker: End %.1f ms, PgDn %.1f ms each, typing a 6-letter Thai filter %.1f ms\n",
           end_ms, pgdn_ms, filter_ms);
    printf("peak memory of the process (both sessions): %ld KiB (target <= 16384)\n", ru.ru_maxrss);
    fclose(out);
    return 0;
}
