/* gen_national: writes a national-scale itadesk database (by default 8,000
 * agencies in 77 provinces × fiscal years 2564–2568) for the benchmarks.
 *
 *   gen_national OUT.db [--agencies N] [--years A-B] [--seed S]
 *
 * The file is created by itadesk's own db_open() and catalog loader, so it has the
 * real schema, migrations and catalogs; the rows go in through prepared statements
 * in large transactions. Output is deterministic for given arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db_audit.h"
#include "db_data.h"
#include "gen_national.h"

#define GEN_MAX_YEARS 16
#define AGENCIES_PER_COMMIT 250

struct gen_opts {
    const char *out;
    long agencies;
    int first_year, last_year;
    uint64_t seed;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int usage(void)
{
    fputs("usage: gen_national OUT.db [--agencies N] [--years A-B] [--seed S]\n"
          "  defaults: 8000 agencies, years 2564-2568; OUT.db must not exist yet\n",
          stderr);
    return 2;
}

static int parse_args(int argc, char **argv, struct gen_opts *o)
{
    *o = (struct gen_opts){NULL, 8000, 2564, 2568, 25670501};
    for (int i = 1; i < argc; i++) {
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--agencies") == 0 && next) {
            o->agencies = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--years") == 0 && next) {
            if (sscanf(argv[++i], "%d-%d", &o->first_year, &o->last_year) != 2) return -1;
        } else if (strcmp(argv[i], "--seed") == 0 && next) {
            o->seed = strtoull(argv[++i], NULL, 10);
        } else if (argv[i][0] != '-' && !o->out) {
            o->out = argv[i];
        } else {
            return -1;
        }
    }
    int years = o->last_year - o->first_year + 1;
    if (!o->out || o->agencies < 1 || o->agencies > 1000000 || years < 1 || years > GEN_MAX_YEARS ||
        o->first_year < 2500)
        return -1;
    return 0;
}

static int exec_sql(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
    fprintf(stderr, "gen_national: %s: %s\n", sql, msg ? msg : "?");
    sqlite3_free(msg);
    return -1;
}

/* Creates the file the way `itadesk init` does: migrations, then the catalogs. */
static struct itadb *create_db(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) == 0) {
        fprintf(stderr, "gen_national: %s exists; remove it first\n", path);
        return NULL;
    }
    struct db_error err = {{0}};
    struct itadb *db = db_open(path, "gen_national", DB_OPEN_CREATE, &err);
    if (!db || db_catalog_load(db, db_data_dir(), &err) < 0) {
        fprintf(stderr, "gen_national: %s\n", err.msg);
        db_close(db);
        return NULL;
    }
    /* A generator can afford to lose the file on a crash: no fsync, a big cache.
     * Foreign keys stay ON so a generator bug fails here, not in `itadesk check`. */
    if (exec_sql(db->sql, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;"
                          " PRAGMA temp_store = MEMORY")) {
        db_close(db);
        return NULL;
    }
    /* A bulk load of made-up rows, not a user's change: its raw BEGIN/COMMIT would be
     * rolled back by the hook that refuses writes not made through db_begin. */
    sqlite3_commit_hook(db->sql, NULL, NULL);
    return db;
}

static int load_years(sqlite3 *db, const struct gen_opts *o, struct gen_year *years)
{
    for (int y = o->first_year; y <= o->last_year; y++)
        if (gen_year_load(db, y, &years[y - o->first_year])) return -1;
    return 0;
}

/* Agencies are spread evenly over the provinces, each province's in one run of
 * ids (about 104 each at 8,000), its first being the province's own. */
static int write_agencies(struct gen_ctx *c, struct gen_names *names, long n)
{
    long id = 0;
    if (exec_sql(c->w.db, "BEGIN")) return -1;
    for (int p = 0; p < GEN_PROVINCES; p++) {
        long count = (long)(p + 1) * n / GEN_PROVINCES - (long)p * n / GEN_PROVINCES;
        for (long k = 0; k < count; k++) {
            struct gen_agency a;
            if (gen_agency_make(&c->rng, names, p, (int)k, &a)) {
                fprintf(stderr, "gen_national: no unique agency name left\n");
                return -1;
            }
            if (gen_agency_write(c, ++id, &a)) return -1;
            if (id % AGENCIES_PER_COMMIT == 0) {
                if (exec_sql(c->w.db, "COMMIT; BEGIN")) return -1;
                if (c->show_progress) fprintf(stderr, "\r%ld/%ld agencies", id, n);
            }
        }
    }
    if (c->show_progress) fputc('\n', stderr);
    return exec_sql(c->w.db, "COMMIT");
}

static long long count_rows(sqlite3 *db, const char *table)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
    sqlite3_stmt *st;
    long long n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void print_summary(sqlite3 *db, const char *path, double seconds)
{
    static const char *const extra[] = {"framework", "indicator", "question", "oit_item"};
    long long total = 0;
    printf("%-16s %12s\n", "table", "rows");
    for (int i = 0; i < ST_COUNT; i++) {
        long long n = count_rows(db, gen_stmt_table((enum gen_stmt)i));
        total += n;
        printf("%-16s %12lld\n", gen_stmt_table((enum gen_stmt)i), n);
    }
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        printf("%-16s %12lld  (catalog)\n", extra[i], count_rows(db, extra[i]));
    printf("%-16s %12lld\n", "generated rows", total);
    struct stat sb;
    if (stat(path, &sb) == 0)
        printf("file: %s  %.1f MB (%lld bytes)\n", path, sb.st_size / 1048576.0,
               (long long)sb.st_size);
    printf("generation took %.1f s\n", seconds);
}

static int seal_audit(struct itadb *db)
{
    struct db_error err = {{0}};
    if (exec_sql(db->sql, "BEGIN")) return 1;
    if (db_audit_seal(db, &err)) {
        fprintf(stderr, "gen_national: %s\n", err.msg);
        exec_sql(db->sql, "ROLLBACK");
        return 1;
    }
    return exec_sql(db->sql, "COMMIT") ? 1 : 0;
}

int main(int argc, char **argv)
{
    struct gen_opts o;
    if (parse_args(argc, argv, &o)) return usage();
    double t0 = now_s();
    struct itadb *db = create_db(o.out);
    if (!db) return 1;
    static struct gen_year years[GEN_MAX_YEARS];
    struct gen_ctx c = {.rng = {o.seed},
                        .years = years,
                        .n_years = o.last_year - o.first_year + 1,
                        .show_progress = isatty(STDERR_FILENO)};
    struct gen_names *names = gen_names_new((size_t)o.agencies);
    int rc = 1;
    if (names && load_years(db->sql, &o, years) == 0 && gen_writer_open(&c.w, db->sql) == 0) {
        if (write_agencies(&c, names, o.agencies) == 0)
            rc = 0;
        else
            exec_sql(db->sql, "ROLLBACK");
        gen_writer_close(&c.w);
    }
    /* The history's audit rows chained as itadesk writes them, so that `itadesk check` on a
     * generated file reports real problems only (not one per unsealed row). */
    if (rc == 0) rc = seal_audit(db);
    /* Leave a plain file behind: the WAL folded in, as after a normal close. */
    if (rc == 0) rc = exec_sql(db->sql, "PRAGMA wal_checkpoint(TRUNCATE)") ? 1 : 0;
    if (rc == 0) print_summary(db->sql, o.out, now_s() - t0);
    gen_names_free(names);
    db_close(db);
    if (rc) fputs("gen_national: failed; the file is incomplete\n", stderr);
    return rc;
}
