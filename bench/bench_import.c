/* Import parsing at scale (issue 11, item 8): 100,000-row CSV files through the parsers of
 * `import scores` and `import oit`, reading the file (textfile_read_utf8: regular-file
 * check, size limit, UTF-8 validation) and parsing it, to the error at its last row (a
 * repeated item, found in one pass). Before: 13.7 s for 100,000 rows. Target: well under a
 * second. Prints figures (median of 5); never pass/fail. Also prints a whole `itadesk import
 * scores` of that file when given the binary: bench_import [ITADESK]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "oit_csv.h"
#include "score_csv.h"
#include "textfile.h"

#define ROWS 100000
#define RUNS 5

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *t)
{
    qsort(t, RUNS, sizeof *t, by_value);
    return t[RUNS / 2];
}

/* ROWS distinct rows then a repeat of the 7th, written to path. */
static void write_file(const char *path, int oit)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    fputs(oit ? "id,responsible_unit,status,progress_note\n" : "item,score\n", f);
    for (int i = 1; i <= ROWS; i++)
        if (oit)
            fprintf(f, "O%d,กองคลัง,done,\"ติดตาม, รายงาน\"\n", i);
        else
            fprintf(f, "i%d,%d.5\n", i, i % 100);
    fputs(oit ? "O7,กองช่าง,done,\n" : "i7,60\n", f);
    fclose(f);
}

static double time_parse(const char *path, int oit, char *msg, size_t msgsz)
{
    double t0 = now();
    char *text = NULL;
    size_t len = 0;
    if (textfile_read_utf8(path, NULL, 0, &text, &len, msg, msgsz) == 0) {
        if (oit) {
            struct oit_csv csv;
            if (oit_csv_parse(path, text, len, 2567, NULL, &csv, msg, msgsz) == 0)
                oit_csv_free(&csv);
        } else {
            struct score_rows rows;
            if (score_csv_parse(path, text, len, &rows, msg, msgsz) == 0) score_rows_free(&rows);
        }
    }
    free(text);
    return now() - t0;
}

/* One whole `itadesk import scores` run (fork + exec, open, parse, refuse). */
static double time_cli(const char *itadesk, const char *db, const char *path)
{
    double t0 = now();
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stderr)) _exit(127);
        execl(itadesk, itadesk, "--db", db, "import", "scores", path, "--agency", "1", "--year",
              "2567", (char *)NULL);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return now() - t0;
}

int main(int argc, char **argv)
{
    char dir[] = "/tmp/itadesk-bench-import-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char scores[128], oit[128], db[128];
    snprintf(scores, sizeof scores, "%s/scores.csv", dir);
    snprintf(oit, sizeof oit, "%s/oit.csv", dir);
    snprintf(db, sizeof db, "%s/bench.db", dir);
    write_file(scores, 0);
    write_file(oit, 1);
    const char *names[] = {"import scores", "import oit"};
    const char *paths[] = {scores, oit};
    for (int k = 0; k < 2; k++) {
        double t[RUNS];
        char msg[512] = "";
        for (int r = 0; r < RUNS; r++)
            t[r] = time_parse(paths[k], k, msg, sizeof msg);
        printf("%-13s %d rows: read + parse to the error at the last row %7.1f ms  (%s)\n",
               names[k], ROWS + 1, median(t) * 1e3, strrchr(msg, ':') ? msg : "no error?");
    }
    if (argc > 1) {
        char cmd[512];
        snprintf(cmd, sizeof cmd, "'%s' --db '%s' init --demo >/dev/null", argv[1], db);
        if (system(cmd) == 0) {
            double t[RUNS];
            for (int r = 0; r < RUNS; r++)
                t[r] = time_cli(argv[1], db, scores);
            printf("itadesk import scores, the whole command (catalog error at line 17): %7.1f "
                   "ms\n",
                   median(t) * 1e3);
        }
    }
    unlink(scores);
    unlink(oit);
    unlink(db);
    char wal[160];
    snprintf(wal, sizeof wal, "%s-wal", db);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", db);
    unlink(wal);
    rmdir(dir);
    return 0;
}
