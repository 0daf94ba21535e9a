#include <stdlib.h>

#include "db_plan.h"
#include "db_stmt.h"
#include "i18n.h"

/* Drafts are per login: one user's unsaved text never shows up in another's editor. */
/* Drafts are the user's own text, not the agency's data: any role that may change
 * something keeps them (DB_CAP_DRAFT); each write is its own short transaction. */
static int draft_done(struct itadb *db, int rc, const char *doing, struct db_error *err)
{
    if (rc != SQLITE_DONE) {
        db_error_set(err, db, doing);
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

int db_draft_put(struct itadb *db, const char *entity, const char *key, long base_version,
                 const char *body, struct db_error *err)
{
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_DRAFT, err)) return -1;
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO draft (login, entity, key, base_version, body,"
                                  " saved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                  " ON CONFLICT DO UPDATE SET base_version = excluded.base_version,"
                                  " body = excluded.body, saved_at = excluded.saved_at",
                                  _("keeping a draft"), err);
    if (!st) {
        db_rollback(db);
        return -1;
    }
    char now[32];
    db_now(now);
    sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, entity, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, base_version);
    sqlite3_bind_text(st, 5, body, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return draft_done(db, rc, _("keeping a draft"), err);
}

int db_draft_get(struct itadb *db, const char *entity, const char *key, char **body,
                 long *base_version, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT body, base_version FROM draft"
                                  " WHERE login = ?1 AND entity = ?2 AND key = ?3",
                                  _("reading a draft"), err);
    if (!st) return -1;
    sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, entity, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *body = db_column_strdup(st, 0);
        if (base_version) *base_version = (long)sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return found;
}

int db_draft_drop(struct itadb *db, const char *entity, const char *key, struct db_error *err)
{
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_DRAFT, err)) return -1;
    sqlite3_stmt *st =
        db_prepare(db, "DELETE FROM draft WHERE login = ?1 AND entity = ?2 AND key = ?3",
                   _("removing a draft"), err);
    if (!st) {
        db_rollback(db);
        return -1;
    }
    sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, entity, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return draft_done(db, rc, _("removing a draft"), err);
}
