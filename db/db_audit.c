#include "db_audit.h"

#include "db_stmt.h"
#include "i18n.h"

int db_audit_add(struct itadb *db, const char *entity, const char *key, const char *field,
                 const char *old_value, const char *new_value, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO audit (at, login, entity, key, field, old, new)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                  _("recording the change"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, entity, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, field, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, old_value, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, new_value, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) return 0;
    db_error_set(err, db, _("recording the change"));
    return -1;
}
