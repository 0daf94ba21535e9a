/* In-session figures of the screens at national scale (bench/scale.sh runs it): the
 * picker's first frame, one filter key, End and PgDn, the overview's first frame, and the
 * memory a session holds, and a change of year on a dashboard opened over the picker. Each figure is the median and the 99th percentile of many
 * timings, in CPU time (what the session costs the shared server) and wall-clock time.
 * Prints one line per figure: NAME cpu_median cpu_p99 wall_median wall_p99 (ms), then
 * "memory KiB". Usage: bench_scale DB AGENCY YEAR [RUNS]   (AGENCY: one of the province) */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_stats.h"
#include "db.h"
#include "ui.h"

struct samples {
    double cpu[4096], wall[4096];
    size_t n;
};

static void report(const char *name, struct samples *s)
{
    double cm = bench_median(s->cpu, s->n), wm = bench_median(s->wall, s->n);
    printf("%s %.2f %.2f %.2f %.2f %zu\n", name, cm, bench_p99(s->cpu, s->n), wm,
           bench_p99(s->wall, s->n), s->n);
    s->n = 0;
}

static double t_cpu, t_wall;
static void start_clock(void)
{
    t_cpu = bench_ms(CLOCK_PROCESS_CPUTIME_ID);
    t_wall = bench_ms(CLOCK_MONOTONIC);
}
static void stop_clock(struct samples *s)
{
    if (s->n == sizeof s->cpu / sizeof s->cpu[0]) return;
    s->cpu[s->n] = bench_ms(CLOCK_PROCESS_CPUTIME_ID) - t_cpu;
    s->wall[s->n++] = bench_ms(CLOCK_MONOTONIC) - t_wall;
}

static struct itadb *open_db(const char *path)
{
    struct db_error err;
    struct itadb *db = db_open(path, "bench", DB_OPEN_READONLY, &err);
    if (!db) {
        fprintf(stderr, "bench_scale: %s\n", err.msg);
        exit(1);
    }
    return db;
}

static struct ui_session *session(struct itadb *db, long agency, int year, const char *screen)
{
    struct ui_options o = {.agency_id = agency,
                           .year = year,
                           .screen = screen,
                           .headless = 1,
                           .rows = 24,
                           .cols = 80,
                           .forget = 1};
    char why[256];
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    if (!s) {
        fprintf(stderr, "bench_scale: %s\n", why);
        exit(1);
    }
    return s;
}

static void keys(struct ui_session *s, const char *script)
{
    if (ui_session_keys(s, script)) {
        fprintf(stderr, "bench_scale: bad keys %s\n", script);
        exit(1);
    }
}

/* From nothing to the picker on the screen: opening the file, reading the agencies. */
static void picker_first_frame(const char *path, int runs, struct samples *s)
{
    for (int i = 0; i <= runs; i++) {
        start_clock();
        struct itadb *db = open_db(path);
        struct ui_session *ss = session(db, -1, 0, "picker");
        keys(ss, "");
        if (i) stop_clock(s); /* the first run warms the page cache */
        ui_session_end(ss);
        db_close(db);
    }
}

/* Typing Thai words into the picker's filter, one key at a time, and clearing it. */
static void filter_keys(struct ui_session *ss, int runs, struct samples *s)
{
    static const char *const words[] = {"เทศบาล", "องค์การ", "ศรีสะเกษ", "บ้านนา", "สมุทร", "หนองบัว"};
    for (int r = 0; r < runs; r++) {
        const char *w = words[r % 6];
        for (size_t at = 0; w[at];) {
            size_t len = 1;
            while (((unsigned char)w[at + len] & 0xC0) == 0x80)
                len++;
            char script[32];
            snprintf(script, sizeof script, "text:%.*s", (int)len, w + at);
            start_clock();
            keys(ss, script);
            stop_clock(s);
            at += len;
        }
        keys(ss, "Esc");
    }
}

static void moves(struct ui_session *ss, const char *key, const char *reset, int runs,
                  struct samples *s)
{
    for (int r = 0; r < runs; r++) {
        start_clock();
        keys(ss, key);
        stop_clock(s);
        if (reset) keys(ss, reset);
    }
}

static size_t heap_bytes(void)
{
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fputs("usage: bench_scale DB AGENCY YEAR [RUNS]\n", stderr);
        return 2;
    }
    const char *path = argv[1];
    long agency = atol(argv[2]);
    int year = atoi(argv[3]), runs = argc > 4 ? atoi(argv[4]) : 30;
    setenv("TERM", "xterm-256color", 1);
    setenv("XDG_STATE_HOME", "/nonexistent/itadesk-bench", 1);
    static struct samples s;

    picker_first_frame(path, runs, &s);
    report("picker_first_frame", &s);

    size_t heap0 = heap_bytes();
    struct itadb *db = open_db(path);
    struct ui_session *ss = session(db, -1, 0, "picker");
    keys(ss, "End Home text:เทศ Esc");
    size_t heap_picker = heap_bytes() - heap0;
    filter_keys(ss, runs, &s);
    report("filter_key", &s);
    moves(ss, "End", "Home", runs, &s);
    report("end_key", &s);
    for (int r = 0; r < runs; r++) {
        keys(ss, "Home");
        moves(ss, "PgDn", NULL, 10, &s);
    }
    report("pgdn_key", &s);
    /* The agency's dashboard over the picker, then the year changed back and forth: only the
     * dashboard reads the database; the picker under it is marked stale. */
    keys(ss, "Home Enter Enter d"); /* the year's main menu, then its dashboard */
    for (int r = 0; r <= runs; r++) {
        start_clock();
        keys(ss, r % 2 ? "]" : "[");
        if (r) stop_clock(&s);
    }
    report("year_switch", &s);
    ui_session_end(ss);

    ss = session(db, agency, year, "dashboard");
    keys(ss, "");
    for (int r = 0; r <= runs; r++) {
        start_clock();
        keys(ss, "v");
        if (r) stop_clock(&s);
        keys(ss, "Esc");
    }
    report("overview_first_frame", &s);
    keys(ss, "v");
    size_t heap_overview = heap_bytes() - heap0;
    ui_session_end(ss);
    db_close(db);
    printf("memory_picker_kib %zu\n", heap_picker / 1024);
    printf("memory_overview_kib %zu\n", heap_overview / 1024);
    return 0;
}
