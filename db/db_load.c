#include "db_load.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "fileio.h"
#include "i18n.h"
#include "xalloc.h"

struct loader {
    const char *path;
    sqlite3_stmt **stmts;
    size_t n;
    int *columns; /* per statement, per parameter: header column, or -1 */
    int max_params;
};

static int map_parameters(struct loader *ld, const struct csv_record *header, struct db_error *err)
{
    for (size_t s = 0; s < ld->n; s++) {
        int np = sqlite3_bind_parameter_count(ld->stmts[s]);
        for (int p = 1; p <= np; p++) {
            const char *name = sqlite3_bind_parameter_name(ld->stmts[s], p);
            int col = name ? csv_column(header, name + 1) : -1;
            if (col < 0) {
                db_error_printf(err, _("%s:1: the header has no column '%s'"), ld->path,
                                name ? name + 1 : "?");
                return -1;
            }
            ld->columns[s * ld->max_params + p - 1] = col;
        }
    }
    return 0;
}

static int load_row(struct itadb *db, struct loader *ld, const struct csv_record *rec,
                    struct db_error *err)
{
    for (size_t s = 0; s < ld->n; s++) {
        sqlite3_stmt *st = ld->stmts[s];
        int np = sqlite3_bind_parameter_count(st);
        for (int p = 1; p <= np; p++) {
            int col = ld->columns[s * ld->max_params + p - 1];
            const char *cell = (size_t)col < rec->n ? rec->fields[col] : "";
            if (*cell)
                sqlite3_bind_text(st, p, cell, -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(st, p);
        }
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            db_error_printf(err, "%s:%ld: %s", ld->path, rec->line, sqlite3_errmsg(db->sql));
            return -1;
        }
    }
    return 0;
}

static long load_rows(struct itadb *db, struct loader *ld, const char *buf, size_t len,
                      struct db_error *err)
{
    struct csv_reader rd;
    struct csv_record header = {0}, rec = {0};
    char why[160];
    long rows = -1;
    csv_reader_init(&rd, buf, len);
    if (csv_next(&rd, &header, why, sizeof why) != CSV_RECORD) {
        db_error_printf(err, _("%s:1: no header row"), ld->path);
        goto out;
    }
    if (map_parameters(ld, &header, err)) goto out;
    long count = 0;
    enum csv_status st;
    while ((st = csv_next(&rd, &rec, why, sizeof why)) == CSV_RECORD) {
        if (rec.n == 1 && rec.fields[0][0] == '\0') continue; /* blank line */
        if (load_row(db, ld, &rec, err)) goto out;
        count++;
    }
    if (st == CSV_ERROR) {
        db_error_printf(err, "%s:%ld: %s", ld->path, rec.line, why);
        goto out;
    }
    rows = count;
out:
    csv_record_free(&header);
    csv_record_free(&rec);
    return rows;
}

long db_load_csv(struct itadb *db, const char *path, const char *const *sql, size_t n_sql,
                 struct db_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    if (file_read_all(path, &buf, &len)) {
        db_error_printf(err, _("%s: cannot read: %s"), path, strerror(errno));
        return -1;
    }
    struct loader ld = {.path = path, .n = n_sql, .max_params = 32};
    ld.stmts = xcalloc(n_sql, sizeof *ld.stmts);
    ld.columns = xcalloc(n_sql * (size_t)ld.max_params, sizeof *ld.columns);
    long rows = -1;
    for (size_t s = 0; s < n_sql; s++) {
        if (sqlite3_prepare_v2(db->sql, sql[s], -1, &ld.stmts[s], NULL) != SQLITE_OK ||
            sqlite3_bind_parameter_count(ld.stmts[s]) > ld.max_params) {
            db_error_printf(err, "%s: %s", path, sqlite3_errmsg(db->sql));
            goto out;
        }
    }
    rows = load_rows(db, &ld, buf, len, err);
out:
    for (size_t s = 0; ld.stmts && s < n_sql; s++)
        sqlite3_finalize(ld.stmts[s]);
    free(ld.stmts);
    free(ld.columns);
    free(buf);
    return rows;
}
