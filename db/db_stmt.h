/* Small helpers around prepared statements, shared by the db_*.c files. */
#ifndef ITADESK_DB_STMT_H
#define ITADESK_DB_STMT_H

#include <sqlite3.h>
#include <stddef.h>

#include "db.h"

/* Prepares sql or fills err (naming `doing`) and returns NULL. */
sqlite3_stmt *db_prepare(struct itadb *db, const char *sql, const char *doing,
                         struct db_error *err);

/* Like db_prepare for a query run again and again (a list a screen refreshes, a
 * report over a province): the statement stays prepared on the connection. sql must be
 * a string that lives as long as the program (a literal). Give it back with
 * db_release, never sqlite3_finalize. */
sqlite3_stmt *db_prepare_cached(struct itadb *db, const char *sql, const char *doing,
                                struct db_error *err);
void db_release(struct itadb *db, sqlite3_stmt *st);

/* Finalizes the cached statements (db_close does). */
void db_cache_clear(struct itadb *db);

/* Grows *v (of elem bytes each) by one zeroed slot and returns it. For lists read row by
 * row. */
void *db_grow(void **v, size_t *n, size_t elem);

/* The one row reader of db/: steps st and returns 1 while a row is ready, 0 when the
 * statement is done, and -1 when a step failed (err filled, naming `doing`). Every read
 * loop goes through it, so an I/O error or a busy database never passes for the end of
 * a shorter list:
 *     int r;
 *     while ((r = db_row(db, st, doing, err)) > 0) { ...read the columns... }
 *     sqlite3_finalize(st);
 *     if (r < 0) { ...free what was read...; return -1; } */
int db_row(struct itadb *db, sqlite3_stmt *st, const char *doing, struct db_error *err);

/* Ends a statement run: finalizes st and, unless rc is SQLITE_DONE, fills err naming
 * `doing`. Returns 0 or -1. */
int db_finish(struct itadb *db, sqlite3_stmt *st, int rc, const char *doing, struct db_error *err);

/* Binds text, or NULL for a NULL or empty string. */
int db_bind_text_or_null(sqlite3_stmt *st, int index, const char *text);

/* A malloc'd copy of a text column (NULL stays NULL). */
char *db_column_strdup(sqlite3_stmt *st, int col);

#endif
