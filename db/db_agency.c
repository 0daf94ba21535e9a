#include "db_agency.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

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
        goto out;
    }
    sqlite3_stmt *st = db_prepare(
        db, "INSERT INTO agency (name, kind, district, province) VALUES (?1, ?2, ?3, ?4)",
        _("adding an agency"), err);
    if (!st) goto out;
    db_bind_text_or_null(st, 1, a->name);
    db_bind_text_or_null(st, 2, a->kind);
    db_bind_text_or_null(st, 3, a->district);
    db_bind_text_or_null(st, 4, a->province);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        id = (long)sqlite3_last_insert_rowid(db->sql);
    else if (sqlite3_extended_errcode(db->sql) == SQLITE_CONSTRAINT_UNIQUE)
        db_error_printf(err, _("an agency named '%s' already exists"), a->name);
    else
        db_error_set(err, db, _("adding an agency"));
    sqlite3_finalize(st);
out:
    agency_clear(&clean);
    return id;
}

static void agency_from_row(sqlite3_stmt *st, struct agency *a)
{
    a->id = (long)sqlite3_column_int64(st, 0);
    a->name = db_column_strdup(st, 1);
    a->kind = db_column_strdup(st, 2);
    a->district = db_column_strdup(st, 3);
    a->province = db_column_strdup(st, 4);
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
        db_prepare(db, "SELECT id, name, kind, district, province FROM agency WHERE id = ?1",
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
