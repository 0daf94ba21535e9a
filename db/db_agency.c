#include "db_agency.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_simple.h"
#include "db_role.h"
#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"
#include "text/tt.h"

long db_agency_add(struct itadb *db, const struct agency *typed, struct db_error *err)
{
    struct agency clean, *a = &clean;
    char why[256];
    if (agency_normalise(typed, &clean, why, sizeof why)) {
        db_error_printf(err, "%s", why);
        return -1;
    }
    long id = -1;
    if (!a->name) {
        db_error_printf(err, _("agency name: must not be empty"));
        agency_clear(&clean);
        return -1;
    }
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) {
        agency_clear(&clean);
        return -1;
    }
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO agency (name, kind, district, province, signer_name,"
                                  " signer_position, preparer_name, preparer_position,"
                                  " preparer_phone, sort_key)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, thai_sort_key(?1))",
                                  _("adding an agency"), err);
    if (!st) {
        db_rollback(db);
        agency_clear(&clean);
        return -1;
    }
    for (int i = 0; i < AGENCY_NFIELDS; i++)
        db_bind_text_or_null(st, i + 1, *agency_field(a, i));
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        id = (long)sqlite3_last_insert_rowid(db->sql);
    else if (sqlite3_extended_errcode(db->sql) == SQLITE_CONSTRAINT_UNIQUE)
        db_error_printf(err, _("an agency named '%s' already exists"), a->name);
    else
        db_error_set(err, db, _("adding an agency"));
    sqlite3_finalize(st);
    char key[24];
    snprintf(key, sizeof key, "%ld", id);
    int ok = id >= 0;
    for (int i = 0; ok && i < AGENCY_NFIELDS; i++) {
        const char *v = *agency_field(a, i);
        if (v && *v) ok = db_audit_add(db, "agency", key, agency_field_name(i), NULL, v, err) == 0;
    }
    agency_clear(&clean);
    return db_simple_end(db, ok, err) ? -1 : id;
}

static void agency_from_row(sqlite3_stmt *st, struct agency *a)
{
    *a = (struct agency){0}; /* the list's slots come from realloc */
    a->id = (long)sqlite3_column_int64(st, 0);
    a->name = db_column_strdup(st, 1);
    a->kind = db_column_strdup(st, 2);
    a->district = db_column_strdup(st, 3);
    a->province = db_column_strdup(st, 4);
    if (sqlite3_column_count(st) < AGENCY_NFIELDS + 1) return;
    for (int i = 4; i < AGENCY_NFIELDS; i++)
        *agency_field(a, i) = db_column_strdup(st, i + 1);
}

int db_agency_list(struct itadb *db, struct agency **out, size_t *n, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT id, name, kind, district, province FROM agency"
                                  " ORDER BY province COLLATE THAI, name COLLATE THAI, id",
                                  _("listing agencies"), err);
    if (!st) return -1;
    struct agency *list = NULL;
    size_t count = 0, cap = 0;
    int r;
    while ((r = db_row(db, st, _("listing agencies"), err)) > 0) {
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            list = xreallocarray(list, cap, sizeof *list);
        }
        agency_from_row(st, &list[count++]);
    }
    if (r < 0) {
        agency_list_free(list, count);
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    *out = list;
    *n = count;
    return 0;
}

static long id_from_text(const char *text)
{
    char *ascii = tt_digits_to_ascii(text);
    long id = -1;
    if (ascii && *ascii) {
        char *end;
        long v = strtol(ascii, &end, 10);
        if (*end == '\0' && isdigit((unsigned char)ascii[0])) id = v;
    }
    free(ascii);
    return id;
}

long db_agency_find(struct itadb *db, const char *id_or_name, struct db_error *err)
{
    long as_id = id_from_text(id_or_name);
    sqlite3_stmt *st = db_prepare(
        db, "SELECT id FROM agency WHERE id = ?1 OR name = ?2 ORDER BY id = ?1 DESC LIMIT 1",
        _("finding an agency"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, as_id);
    char *name = tt_name_normalize(id_or_name); /* names are stored in this form */
    sqlite3_bind_text(st, 2, name, -1, free);
    long id = -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        id = (long)sqlite3_column_int64(st, 0);
    else
        db_error_printf(err, _("no agency with the id or name '%s' (see 'itadesk agency list')"),
                        id_or_name);
    sqlite3_finalize(st);
    return id;
}

int db_agency_get(struct itadb *db, long id, struct agency *a, struct db_error *err)
{
    sqlite3_stmt *st =
        db_prepare(db,
                   "SELECT id, name, kind, district, province, signer_name, signer_position,"
                   " preparer_name, preparer_position, preparer_phone FROM agency WHERE id = ?1",
                   _("reading an agency"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found)
        agency_from_row(st, a);
    else
        db_error_printf(err, _("no agency with the id %ld"), id);
    sqlite3_finalize(st);
    return found ? 0 : -1;
}

static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Inside the transaction: one UPDATE and one audit row per field that changed. */
static enum db_save update_in_txn(struct itadb *db, struct agency *now, struct agency *old,
                                  struct db_error *err)
{
    char key[24];
    snprintf(key, sizeof key, "%ld", now->id);
    int changed = 0;
    for (int i = 0; i < AGENCY_NFIELDS; i++) {
        const char *o = *agency_field(old, i), *n = *agency_field(now, i);
        if (same(o, n)) continue;
        if (db_audit_add(db, "agency", key, agency_field_name(i), o, n, err)) return DB_SAVE_FAILED;
        changed++;
    }
    if (!changed) return DB_UNCHANGED;
    sqlite3_stmt *st = db_prepare(db,
                                  "UPDATE agency SET name = ?1, kind = ?2, district = ?3,"
                                  " province = ?4, signer_name = ?5, signer_position = ?6,"
                                  " preparer_name = ?7, preparer_position = ?8,"
                                  " preparer_phone = ?9, sort_key = thai_sort_key(?1) WHERE id = ?10",
                                  _("saving an agency"), err);
    if (!st) return DB_SAVE_FAILED;
    for (int i = 0; i < AGENCY_NFIELDS; i++)
        db_bind_text_or_null(st, i + 1, *agency_field(now, i));
    sqlite3_bind_int64(st, 10, now->id);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && sqlite3_extended_errcode(db->sql) == SQLITE_CONSTRAINT_UNIQUE) {
        db_error_printf(err, _("an agency named '%s' already exists"), now->name);
        sqlite3_finalize(st);
        return DB_SAVE_FAILED;
    }
    return db_finish(db, st, rc, _("saving an agency"), err) ? DB_SAVE_FAILED : DB_SAVED;
}

enum db_save db_agency_update(struct itadb *db, const struct agency *typed, struct db_error *err)
{
    struct agency now, old = {0};
    char why[256];
    if (agency_normalise(typed, &now, why, sizeof why)) {
        db_error_printf(err, "%s", why);
        return DB_SAVE_FAILED;
    }
    if (!now.name) {
        db_error_printf(err, _("agency name: must not be empty"));
        agency_clear(&now);
        return DB_SAVE_FAILED;
    }
    if (db_begin(db, now.id, DB_CAP_ADMIN, err)) {
        agency_clear(&now);
        return DB_SAVE_FAILED;
    }
    enum db_save r = DB_SAVE_FAILED;
    if (db_agency_get(db, now.id, &old, err) == 0) r = update_in_txn(db, &now, &old, err);
    agency_clear(&old);
    agency_clear(&now);
    if (r != DB_SAVED) {
        db_rollback(db);
        return r;
    }
    return db_commit(db, err) ? DB_SAVE_FAILED : DB_SAVED;
}

/* Everything an agency owns besides its own row, counted. */
static const char data_sql[] = "SELECT (SELECT count(*) FROM assessment WHERE agency_id = ?1)"
                               " + (SELECT count(*) FROM oit_status WHERE agency_id = ?1)"
                               " + (SELECT count(*) FROM finding WHERE agency_id = ?1)"
                               " + (SELECT count(*) FROM constraint_note WHERE agency_id = ?1)"
                               " + (SELECT count(*) FROM measure WHERE agency_id = ?1)"
                               " + (SELECT count(*) FROM unit WHERE agency_id = ?1)";

long db_agency_data_count(struct itadb *db, long id, struct db_error *err)
{
    return db_simple_long(db, data_sql, id, 0, _("counting an agency's data"), err);
}

int db_agency_delete(struct itadb *db, long id, int force, struct db_error *err)
{
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) return -1;
    struct agency old = {0};
    int ok = db_agency_get(db, id, &old, err) == 0;
    long n = ok ? db_agency_data_count(db, id, err) : -1;
    if (n < 0) ok = 0;
    if (ok && n > 0 && !force) {
        db_error_printf(err,
                        _("agency %ld '%s' has %ld records (results, checklist, analysis, "
                          "measures, units): not deleted; delete them first, or force it"),
                        id, old.name, n);
        ok = 0;
    }
    char key[24], count[24];
    snprintf(key, sizeof key, "%ld", id);
    snprintf(count, sizeof count, "%ld", n);
    if (ok)
        ok = db_audit_add(db, "agency", key, "deleted", old.name, force && n ? count : NULL, err) ==
                 0 &&
             db_simple_exec(db, "DELETE FROM agency WHERE id = ?1", id, 0, _("deleting an agency"),
                            err) == 1;
    agency_clear(&old);
    return db_simple_end(db, ok, err);
}

int db_agency_in_scope(struct itadb *db, const struct agency_scope *scope, long **ids, size_t *n,
                       struct db_error *err)
{
    *ids = NULL;
    *n = 0;
    const char *doing = _("listing agencies");
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT id FROM agency WHERE province = ?1"
                                  " AND (?2 IS NULL OR district = ?2) AND (?3 IS NULL OR kind = ?3)"
                                  " ORDER BY sort_key, id",
                                  doing, err);
    if (!st) return -1;
    db_bind_text_or_null(st, 1, scope->province);
    db_bind_text_or_null(st, 2, scope->district);
    db_bind_text_or_null(st, 3, scope->kind);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long *slot = db_grow((void **)ids, n, sizeof *slot);
        if (!slot) {
            rc = SQLITE_NOMEM;
            break;
        }
        *slot = (long)sqlite3_column_int64(st, 0);
    }
    if (db_finish(db, st, rc, doing, err)) {
        free(*ids);
        *ids = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}
