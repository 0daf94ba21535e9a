#include "db_stmt.h"

#include <stdlib.h>
#include <string.h>

sqlite3_stmt *db_prepare(struct itadb *db, const char *sql, const char *doing, struct db_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK) return st;
    db_error_set(err, db, doing);
    return NULL;
}

int db_bind_text_or_null(sqlite3_stmt *st, int index, const char *text)
{
    if (!text || !*text) return sqlite3_bind_null(st, index);
    return sqlite3_bind_text(st, index, text, -1, SQLITE_TRANSIENT);
}

char *db_column_strdup(sqlite3_stmt *st, int col)
{
    const unsigned char *s = sqlite3_column_text(st, col);
    return s ? strdup((const char *)s) : NULL;
}
