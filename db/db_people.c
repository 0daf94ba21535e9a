#include "db_people.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_stmt.h"
#include "i18n.h"

int db_login_valid(const char *login)
{
    size_t n = login ? strlen(login) : 0;
    if (n == 0 || n > 32) return 0;
    if (!((login[0] >= 'a' && login[0] <= 'z') || login[0] == '_')) return 0;
    for (size_t i = 1; i < n; i++) {
        char c = login[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return 0;
    }
    return 1;
}

int db_people_list(struct itadb *db, struct person_role **rows, size_t *n, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT r.login, coalesce(r.agency_id, -1), a.name, r.role"
                                  " FROM user_role r LEFT JOIN agency a ON a.id = r.agency_id"
                                  " ORDER BY r.login, coalesce(r.agency_id, -1)",
                                  _("listing people"), err);
    if (!st) return -1;
    struct person_role *list = NULL;
    size_t count = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct person_role *p = db_grow((void **)&list, &count, sizeof *list);
        if (!p) break;
        p->login = db_column_strdup(st, 0);
        p->agency_id = (long)sqlite3_column_int64(st, 1);
        p->agency_name = db_column_strdup(st, 2);
        int role = db_role_parse((const char *)sqlite3_column_text(st, 3));
        p->role = role < 0 ? DB_ROLE_NONE : (enum db_role)role;
    }
    if (db_finish(db, st, rc, _("listing people"), err)) {
        person_roles_free(list, count);
        return -1;
    }
    *rows = list;
    *n = count;
    return 0;
}

void person_roles_free(struct person_role *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].login);
        free(rows[i].agency_name);
    }
    free(rows);
}

/* The role the login holds for exactly that agency (not the one over every agency). */
static enum db_role role_held(struct itadb *db, const char *login, long agency_id)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT role FROM user_role WHERE login = ?1"
                                  " AND coalesce(agency_id, -1) = ?2",
                                  _("reading people"), NULL);
    if (!st) return DB_ROLE_NONE;
    sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, agency_id);
    int r = sqlite3_step(st) == SQLITE_ROW ? db_role_parse((const char *)sqlite3_column_text(st, 0))
                                           : -1;
    sqlite3_finalize(st);
    return r < 0 ? DB_ROLE_NONE : (enum db_role)r;
}

static int admins_left(struct itadb *db)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT count(*) FROM user_role WHERE role = 'admin'"
                                  " AND agency_id IS NULL",
                                  _("reading people"), NULL);
    if (!st) return 0;
    int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return n;
}

static int exec_role(struct itadb *db, const char *sql, const char *login, long agency_id,
                     enum db_role role, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, sql, _("changing people"), err);
    if (!st) return -1;
    sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
    if (agency_id >= 0) sqlite3_bind_int64(st, 2, agency_id);
    if (role != DB_ROLE_NONE) sqlite3_bind_text(st, 3, db_role_word(role), -1, SQLITE_STATIC);
    return db_finish(db, st, sqlite3_step(st), _("changing people"), err);
}

static int audit_role(struct itadb *db, const char *login, long agency_id, enum db_role before,
                      enum db_role after, struct db_error *err)
{
    char field[48];
    if (agency_id >= 0)
        snprintf(field, sizeof field, "role:%ld", agency_id);
    else
        snprintf(field, sizeof field, "role:*");
    return db_audit_add(db, "user", login, field, db_role_word(before), db_role_word(after), err);
}

/* Refuses a change that would leave no admin over every agency; 0 or -1. */
static int keep_an_admin(struct itadb *db, struct db_error *err)
{
    if (admins_left(db) > 0) return 0;
    db_error_printf(err, "%s",
                    _("at least one admin for every agency must remain; nothing was changed"));
    return -1;
}

static int put_in_txn(struct itadb *db, enum people_op op, const char *login, long agency_id,
                      enum db_role role, struct db_error *err)
{
    enum db_role before = role_held(db, login, agency_id);
    if (op == PEOPLE_ADD && before != DB_ROLE_NONE) {
        db_error_printf(err, _("%s is already %s there: use 'itadesk user set'"), login,
                        db_role_label(before));
        return -1;
    }
    if (op == PEOPLE_SET && before == DB_ROLE_NONE) {
        db_error_printf(err, _("%s holds no role there: use 'itadesk user add'"), login);
        return -1;
    }
    if (before == role) return 0;
    const char *sql = before == DB_ROLE_NONE
                          ? "INSERT INTO user_role (login, agency_id, role) VALUES (?1, ?2, ?3)"
                          : "UPDATE user_role SET role = ?3 WHERE login = ?1"
                            " AND coalesce(agency_id, -1) = coalesce(?2, -1)";
    if (exec_role(db, sql, login, agency_id, role, err) ||
        audit_role(db, login, agency_id, before, role, err))
        return -1;
    return keep_an_admin(db, err);
}

int db_people_put(struct itadb *db, enum people_op op, const char *login, long agency_id,
                  enum db_role role, struct db_error *err)
{
    if (!db_login_valid(login)) {
        db_error_printf(err, _("login: '%s' is not a Unix login name"), login ? login : "");
        return -1;
    }
    if (!db_role_word(role)) {
        db_error_printf(err, "%s", _("role: admin, officer, reviewer or viewer"));
        return -1;
    }
    if (db_begin(db, agency_id, DB_CAP_ADMIN, err)) return -1;
    if (put_in_txn(db, op, login, agency_id, role, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

int db_people_remove(struct itadb *db, const char *login, long agency_id, struct db_error *err)
{
    if (db_begin(db, agency_id, DB_CAP_ADMIN, err)) return -1;
    enum db_role before = role_held(db, login, agency_id);
    if (before == DB_ROLE_NONE) {
        db_error_printf(err, _("%s holds no role there; nothing was changed"), login);
        db_rollback(db);
        return -1;
    }
    if (exec_role(db,
                  "DELETE FROM user_role WHERE login = ?1"
                  " AND coalesce(agency_id, -1) = coalesce(?2, -1)",
                  login, agency_id, DB_ROLE_NONE, err) ||
        audit_role(db, login, agency_id, before, DB_ROLE_NONE, err) || keep_an_admin(db, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}
