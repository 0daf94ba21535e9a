#include "db_view_oit.h"

#include "db_stmt.h"
#include "i18n.h"

int db_view_oit_data_version(struct itadb *db, long *version, struct db_error *err)
{
    sqlite3_stmt *st =
        db_prepare(db, "PRAGMA data_version", _("looking for other users' changes"), err);
    if (!st) return -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *version = (long)sqlite3_column_int64(st, 0);
    else
        db_error_set(err, db, _("looking for other users' changes"));
    sqlite3_finalize(st); /* no statement (and so no read snapshot) stays open */
    return rc == SQLITE_ROW ? 0 : -1;
}
