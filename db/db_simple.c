#include "db_simple.h"

#include "db_stmt.h"

static void bind_ids(sqlite3_stmt *st, long a, long b)
{
    int np = sqlite3_bind_parameter_count(st);
    if (np >= 1) sqlite3_bind_int64(st, 1, a);
    if (np >= 2) sqlite3_bind_int64(st, 2, b);
}

long db_simple_exec(struct itadb *db, const char *sql, long a, long b, const char *doing,
                    struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, sql, doing, err);
    if (!st) return -1;
    bind_ids(st, a, b);
    int rc = sqlite3_step(st);
    if (db_finish(db, st, rc, doing, err)) return -1;
    return (long)sqlite3_changes(db->sql);
}

long db_simple_long(struct itadb *db, const char *sql, long a, long b, const char *doing,
                    struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, sql, doing, err);
    if (!st) return -1;
    bind_ids(st, a, b);
    int rc = sqlite3_step(st);
    long v = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
    if (db_finish(db, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, doing, err)) return -1;
    return v;
}

int db_simple_end(struct itadb *db, int ok, struct db_error *err)
{
    if (!ok) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : 0;
}
