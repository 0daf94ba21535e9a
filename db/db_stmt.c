#include "db_stmt.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

sqlite3_stmt *db_prepare(struct itadb *db, const char *sql, const char *doing, struct db_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK) return st;
    db_error_set(err, db, doing);
    return NULL;
}

sqlite3_stmt *db_prepare_cached(struct itadb *db, const char *sql, const char *doing,
                                struct db_error *err)
{
    int free_slot = -1;
    for (int i = 0; i < DB_STMT_CACHE; i++) {
        if (db->cached_sql[i] == sql) return db->cached[i];
        if (!db->cached_sql[i] && free_slot < 0) free_slot = i;
    }
    sqlite3_stmt *st = db_prepare(db, sql, doing, err);
    if (st && free_slot >= 0) {
        db->cached_sql[free_slot] = sql;
        db->cached[free_slot] = st;
    }
    return st;
}

void db_release(struct itadb *db, sqlite3_stmt *st)
{
    for (int i = 0; st && i < DB_STMT_CACHE; i++)
        if (db->cached[i] == st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            return;
        }
    sqlite3_finalize(st); /* it did not fit in the cache */
}

void db_cache_clear(struct itadb *db)
{
    for (int i = 0; i < DB_STMT_CACHE; i++) {
        sqlite3_finalize(db->cached[i]);
        db->cached[i] = NULL;
        db->cached_sql[i] = NULL;
    }
}

void *db_grow(void **v, size_t *n, size_t elem)
{
    char *bigger = xreallocarray(*v, *n + 1, elem);
    *v = bigger;
    memset(bigger + *n * elem, 0, elem);
    return bigger + (*n)++ * elem;
}

int db_row(struct itadb *db, sqlite3_stmt *st, const char *doing, struct db_error *err)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) return 0;
    db_error_set(err, db, doing);
    return -1;
}

int db_finish(struct itadb *db, sqlite3_stmt *st, int rc, const char *doing, struct db_error *err)
{
    if (rc != SQLITE_DONE) db_error_set(err, db, doing);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int db_bind_text_or_null(sqlite3_stmt *st, int index, const char *text)
{
    if (!text || !*text) return sqlite3_bind_null(st, index);
    return sqlite3_bind_text(st, index, text, -1, SQLITE_TRANSIENT);
}

char *db_column_strdup(sqlite3_stmt *st, int col)
{
    const unsigned char *s = sqlite3_column_text(st, col);
    return s ? xstrdup((const char *)s) : NULL;
}
