/* Small helpers around prepared statements, shared by the db_*.c files. */
#ifndef ITADESK_DB_STMT_H
#define ITADESK_DB_STMT_H

#include <sqlite3.h>

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

/* Binds text, or NULL for a NULL or empty string. */
int db_bind_text_or_null(sqlite3_stmt *st, int index, const char *text);

/* A malloc'd copy of a text column (NULL stays NULL). */
char *db_column_strdup(sqlite3_stmt *st, int col);

#endif
