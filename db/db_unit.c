#include "db_unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_simple.h"
#include "db_role.h"
#include "db_stmt.h"
#include "field_limits.h"
#include "i18n.h"
#include "text/tt.h"
#include "text/tt_name.h"
#include "xalloc.h"

#define USES                                                                                       \
    "((SELECT count(*) FROM oit_status s WHERE s.unit_id = u.id)"                                  \
    " + (SELECT count(*) FROM measure m WHERE m.agency_id = u.agency_id"                           \
    " AND m.responsible = u.name))"

int db_units(struct itadb *db, long agency_id, struct db_unit **out, size_t *n,
             struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT u.id, u.name, " USES " FROM unit u WHERE u.agency_id = ?1"
                                  " ORDER BY u.name COLLATE THAI, u.id",
                                  _("listing units"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    struct db_unit *list = NULL, *u;
    size_t count = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW &&
           (u = db_grow((void **)&list, &count, sizeof *u))) {
        u->id = (long)sqlite3_column_int64(st, 0);
        u->name = db_column_strdup(st, 1);
        u->uses = (long)sqlite3_column_int64(st, 2);
    }
    if (db_finish(db, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, _("listing units"), err)) {
        db_units_free(list, count);
        return -1;
    }
    *out = list;
    *n = count;
    return 0;
}

void db_units_free(struct db_unit *u, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(u[i].name);
    free(u);
}

long db_unit_find(struct itadb *db, long agency_id, const char *id_or_name, struct db_error *err)
{
    char *ascii = tt_digits_to_ascii(id_or_name ? id_or_name : "");
    char *end = NULL;
    long as_id = ascii && *ascii ? strtol(ascii, &end, 10) : -1;
    if (!end || *end) as_id = -1;
    free(ascii);
    sqlite3_stmt *st =
        db_prepare(db,
                   "SELECT id FROM unit WHERE agency_id = ?1 AND (id = ?2 OR name = ?3)"
                   " ORDER BY id = ?2 DESC LIMIT 1",
                   _("finding a unit"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int64(st, 2, as_id);
    char *name = tt_name_normalize(id_or_name ? id_or_name : ""); /* as stored */
    sqlite3_bind_text(st, 3, name, -1, SQLITE_STATIC);
    long id = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : -1;
    free(name);
    sqlite3_finalize(st);
    if (id < 0)
        db_error_printf(err, _("the agency has no unit with the id or name '%s'"),
                        id_or_name ? id_or_name : "");
    return id;
}

/* The unit's agency and name (malloc'd), or -1 with err. */
static long unit_read(struct itadb *db, long id, char **name, struct db_error *err)
{
    sqlite3_stmt *st =
        db_prepare(db, "SELECT agency_id, name FROM unit WHERE id = ?1", _("reading a unit"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    long agency = -1;
    if (sqlite3_step(st) == SQLITE_ROW) {
        agency = (long)sqlite3_column_int64(st, 0);
        *name = db_column_strdup(st, 1);
    } else {
        db_error_printf(err, _("no unit with the id %ld"), id);
    }
    sqlite3_finalize(st);
    return agency;
}

static int audit_unit(struct itadb *db, long id, const char *field, const char *old,
                      const char *now, struct db_error *err)
{
    char key[24];
    snprintf(key, sizeof key, "%ld", id);
    return db_audit_add(db, "unit", key, field, old, now, err);
}

/* Runs a statement binding ?1 id-like integer, ?2 and ?3 texts; changes or -1. */
static long exec_texts(struct itadb *db, const char *sql, long a, const char *t2, const char *t3,
                       const char *doing, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, sql, doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_text(st, 2, t2, -1, SQLITE_STATIC);
    if (t3) sqlite3_bind_text(st, 3, t3, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && sqlite3_extended_errcode(db->sql) == SQLITE_CONSTRAINT_UNIQUE) {
        db_error_printf(err, _("the agency already has a unit named '%s'"), t2);
        sqlite3_finalize(st);
        return -1;
    }
    if (db_finish(db, st, rc, doing, err)) return -1;
    return (long)sqlite3_changes(db->sql);
}

/* The name in its canonical form (as the checklist stores units), or NULL with err. */
static char *clean_name(const char *typed, struct db_error *err)
{
    char *name = tt_name_normalize(typed ? typed : "");
    if (!*name) {
        db_error_printf(err, "%s", _("unit name: must not be empty"));
    } else if (!limit_check(_("unit"), name, LIMIT_NAME, err->msg, sizeof err->msg)) {
        return name;
    }
    free(name);
    return NULL;
}

long db_unit_ensure(struct itadb *db, long agency_id, const char *name, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO unit (agency_id, name) VALUES (?1, ?2)"
                                  " ON CONFLICT DO NOTHING",
                                  _("adding a unit"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (db_finish(db, st, rc, _("adding a unit"), err)) return -1;
    if (sqlite3_changes(db->sql) == 1) {
        long id = (long)sqlite3_last_insert_rowid(db->sql);
        return audit_unit(db, id, "name", NULL, name, err) ? -1 : id;
    }
    sqlite3_stmt *q = db_prepare(db, "SELECT id FROM unit WHERE agency_id = ?1 AND name = ?2",
                                 _("adding a unit"), err);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, agency_id);
    sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
    long id = sqlite3_step(q) == SQLITE_ROW ? (long)sqlite3_column_int64(q, 0) : -1;
    if (id < 0) db_error_set(err, db, _("adding a unit"));
    sqlite3_finalize(q);
    return id;
}

long db_unit_add(struct itadb *db, long agency_id, const char *typed, struct db_error *err)
{
    char *name = clean_name(typed, err);
    if (!name || db_begin(db, agency_id, DB_CAP_EDIT, err)) {
        free(name);
        return -1;
    }
    int ok = exec_texts(db, "INSERT INTO unit (agency_id, name) VALUES (?1, ?2)", agency_id, name,
                        NULL, _("adding a unit"), err) == 1;
    long id = ok ? (long)sqlite3_last_insert_rowid(db->sql) : -1;
    if (ok) ok = audit_unit(db, id, "name", NULL, name, err) == 0;
    free(name);
    return db_simple_end(db, ok, err) ? -1 : id;
}

int db_unit_rename(struct itadb *db, long id, const char *typed, struct db_error *err)
{
    char *name = clean_name(typed, err);
    if (!name || db_begin(db, db_unit_agency(db, id), DB_CAP_EDIT, err)) {
        free(name);
        return -1;
    }
    char *old = NULL;
    long agency = unit_read(db, id, &old, err);
    int ok = agency >= 0 &&
             exec_texts(db, "UPDATE unit SET name = ?2 WHERE id = ?1", id, name, NULL,
                        _("renaming a unit"), err) >= 0 &&
             exec_texts(db,
                        "UPDATE measure SET responsible = ?2, version = version + 1"
                        " WHERE agency_id = ?1 AND responsible = ?3",
                        agency, name, old, _("renaming a unit"), err) >= 0 &&
             audit_unit(db, id, "name", old, name, err) == 0;
    free(old);
    free(name);
    return db_simple_end(db, ok, err);
}

long db_unit_merge(struct itadb *db, long from, long into, struct db_error *err)
{
    if (from == into) {
        db_error_printf(err, "%s", _("a unit cannot be merged into itself"));
        return -1;
    }
    if (db_begin(db, db_unit_agency(db, from), DB_CAP_EDIT, err)) return -1;
    char *from_name = NULL, *into_name = NULL;
    long a = unit_read(db, from, &from_name, err);
    long b = a >= 0 ? unit_read(db, into, &into_name, err) : -1;
    int ok = a >= 0 && b >= 0;
    if (ok && a != b) {
        db_error_printf(err, "%s", _("the two units belong to different agencies"));
        ok = 0;
    }
    long moved = 0, n;
    if (ok) {
        n = db_simple_exec(db, "UPDATE oit_status SET unit_id = ?2 WHERE unit_id = ?1", from, into,
                           _("merging units"), err);
        ok = n >= 0;
        moved += n;
    }
    if (ok) {
        n = exec_texts(db,
                       "UPDATE measure SET responsible = ?2, version = version + 1"
                       " WHERE agency_id = ?1 AND responsible = ?3",
                       a, into_name, from_name, _("merging units"), err);
        ok = n >= 0;
        moved += n;
    }
    char why[64];
    snprintf(why, sizeof why, "%ld", into);
    ok =
        ok && audit_unit(db, from, "merged_into", from_name, why, err) == 0 &&
        db_simple_exec(db, "DELETE FROM unit WHERE id = ?1", from, 0, _("merging units"), err) == 1;
    free(from_name);
    free(into_name);
    return db_simple_end(db, ok, err) ? -1 : moved;
}

int db_unit_delete(struct itadb *db, long id, struct db_error *err)
{
    if (db_begin(db, db_unit_agency(db, id), DB_CAP_EDIT, err)) return -1;
    char *name = NULL;
    int ok = unit_read(db, id, &name, err) >= 0;
    long uses = ok ? db_simple_long(db, "SELECT " USES " FROM unit u WHERE u.id = ?1", id, 0,
                                    _("deleting a unit"), err)
                   : -1;
    if (uses < 0) ok = 0;
    if (ok && uses > 0) {
        db_error_printf(err,
                        _("unit '%s' is still named by %ld items and measures: not deleted "
                          "(merge it into another unit instead)"),
                        name, uses);
        ok = 0;
    }
    ok =
        ok && audit_unit(db, id, "deleted", name, NULL, err) == 0 &&
        db_simple_exec(db, "DELETE FROM unit WHERE id = ?1", id, 0, _("deleting a unit"), err) == 1;
    free(name);
    return db_simple_end(db, ok, err);
}
