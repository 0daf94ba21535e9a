#include "db_check.h"

#include <string.h>

#include "db_audit.h"
#include "db_stmt.h"
#include "i18n.h"

static long run_integrity(struct itadb *db, FILE *out, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, "PRAGMA integrity_check", _("checking integrity"), err);
    if (!st) return -1;
    long problems = 0;
    int r;
    while ((r = db_row(db, st, _("checking integrity"), err)) > 0) {
        const char *line = (const char *)sqlite3_column_text(st, 0);
        if (line && strcmp(line, "ok") == 0) continue;
        fprintf(out, _("integrity: %s\n"), line ? line : "?");
        problems++;
    }
    sqlite3_finalize(st);
    if (r < 0) return -1;
    return problems;
}

static long run_foreign_keys(struct itadb *db, FILE *out, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, "PRAGMA foreign_key_check", _("checking references"), err);
    if (!st) return -1;
    long problems = 0;
    int r;
    while ((r = db_row(db, st, _("checking references"), err)) > 0) {
        fprintf(out, _("reference: row %lld of %s points to a missing row of %s\n"),
                (long long)sqlite3_column_int64(st, 1), sqlite3_column_text(st, 0),
                sqlite3_column_text(st, 2));
        problems++;
    }
    sqlite3_finalize(st);
    if (r < 0) return -1;
    return problems;
}

long db_check(struct itadb *db, FILE *out, struct db_error *err)
{
    long a = run_integrity(db, out, err);
    if (a < 0) return -1;
    long b = run_foreign_keys(db, out, err);
    if (b < 0) return -1;
    long c = db_audit_verify(db, out, err);
    return c < 0 ? -1 : a + b + c;
}
