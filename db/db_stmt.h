/* Small helpers around prepared statements, shared by the db_*.c files. */
#ifndef ITADESK_DB_STMT_H
#define ITADESK_DB_STMT_H

#include <sqlite3.h>

#include "db.h"

/* Prepares sql or fills err (naming `doing`) and returns NULL. */
sqlite3_stmt *db_prepare(struct itadb *db, const char *sql, const char *doing,
                         struct db_error *err);

/* Binds text, or NULL for a NULL or empty string. */
int db_bind_text_or_null(sqlite3_stmt *st, int index, const char *text);

/* A malloc'd copy of a text column (NULL stays NULL). */
char *db_column_strdup(sqlite3_stmt *st, int col);

#endif
