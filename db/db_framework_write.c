/* Writing framework catalogs: a copy of a year, an imported file, one edited record.
 * All three store the difference between the catalog as stored and as wanted, row by
 * row, each changed field audited, each written row marked edited (edited_at). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_framework.h"
#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

/* The cell the audit quotes for a record added or removed: its Thai title (fw_columns). */
enum { C_TITLE_TH_CELL = 2 };

/* Per record kind (its table is fw_record_entity, the audit's entity): how to write it, how to
 * remove it. The named parameters are the catalog file's columns (fw_columns), :year and :now. */
static const struct kind_sql {
    const char *upsert, *remove;
} kinds[FW_REC_COUNT] = {
    [FW_REC_FRAMEWORK] = {"INSERT INTO framework (year, grading, pass_mark, status, note,"
                          " national_average, edited_at) VALUES (:year, :grading, :pass_mark,"
                          " :status, :note, :national_average, :now) ON CONFLICT (year) DO UPDATE"
                          " SET grading = excluded.grading, pass_mark = excluded.pass_mark,"
                          " status = excluded.status, note = excluded.note, national_average ="
                          " excluded.national_average, edited_at = excluded.edited_at",
                          NULL},
    [FW_REC_BAND] = {"INSERT INTO grade_band (year, rank, label_th, label_en, min_total,"
                     " min_each_tool, passed, certain, edited_at) VALUES (:year, :code, :title_th,"
                     " :title_en, :min_total, :min_each_tool, :passed, :certain, :now)"
                     " ON CONFLICT (year, rank) DO UPDATE SET label_th = excluded.label_th,"
                     " label_en = excluded.label_en, min_total = excluded.min_total,"
                     " min_each_tool = excluded.min_each_tool, passed = excluded.passed,"
                     " certain = excluded.certain, edited_at = excluded.edited_at",
                     "DELETE FROM grade_band WHERE year = :year AND rank = :code"},
    [FW_REC_INDICATOR] = {"INSERT INTO indicator (year, no, name_th, name_en, tool, weight,"
                          " edited_at) VALUES (:year, :code, :title_th, :title_en, :tool, :weight,"
                          " :now) ON CONFLICT (year, no) DO UPDATE SET name_th = excluded.name_th,"
                          " name_en = excluded.name_en, tool = excluded.tool, weight ="
                          " excluded.weight, edited_at = excluded.edited_at",
                          "DELETE FROM indicator WHERE year = :year AND no = :code"},
    [FW_REC_QUESTION] = {"INSERT INTO question (year, code, tool, indicator_no, text_th, seq,"
                         " edited_at) VALUES (:year, :code, :tool, :indicator_no, :title_th, :seq,"
                         " :now) ON CONFLICT (year, code) DO UPDATE SET tool = excluded.tool,"
                         " indicator_no = excluded.indicator_no, text_th = excluded.text_th,"
                         " seq = excluded.seq, edited_at = excluded.edited_at",
                         "DELETE FROM question WHERE year = :year AND code = :code"},
    [FW_REC_ITEM] = {"INSERT INTO oit_item (year, code, seq, group_key, group_title, indicator_no,"
                     " title_th, components_th, known, confidence, edited_at) VALUES (:year,"
                     " :code, :seq, coalesce(:group_key, ''), coalesce(:group_title, ''),"
                     " :indicator_no, coalesce(:title_th, ''), coalesce(:components_th, ''),"
                     " :known, :confidence, :now) ON CONFLICT (year, code) DO UPDATE SET"
                     " seq = excluded.seq, group_key = excluded.group_key, group_title ="
                     " excluded.group_title, indicator_no = excluded.indicator_no, title_th ="
                     " excluded.title_th, components_th = excluded.components_th, known ="
                     " excluded.known, confidence = excluded.confidence, edited_at ="
                     " excluded.edited_at",
                     "DELETE FROM oit_item WHERE year = :year AND code = :code"},
};

struct writer {
    struct itadb *db;
    int year;
    char now[32];
    struct db_error *err;
};

static void bind_named(sqlite3_stmt *st, const char *name, const char *value)
{
    int idx = sqlite3_bind_parameter_index(st, name);
    if (idx > 0) db_bind_text_or_null(st, idx, value);
}

/* Runs sql with the record's cells bound by column name. */
static int run(struct writer *w, const char *sql, char *const *cells, const char *doing)
{
    sqlite3_stmt *st = db_prepare(w->db, sql, doing, w->err);
    if (!st) return -1;
    char year[16], name[64];
    snprintf(year, sizeof year, "%d", w->year);
    bind_named(st, ":year", year);
    bind_named(st, ":now", w->now);
    for (size_t k = 0; k < fw_column_count; k++) {
        snprintf(name, sizeof name, ":%s", fw_columns[k]);
        bind_named(st, name, cells[k]);
    }
    return db_finish(w->db, st, sqlite3_step(st), doing, w->err);
}

/* The record of old with the same key as record i of new, or -1. */
static long find_same(const struct fw_catalog *old, const struct fw_catalog *new, enum fw_record r,
                      size_t i)
{
    if (r == FW_REC_FRAMEWORK) return old->grading ? 0 : -1;
    char *key = fw_record_key(new, r, i);
    long found = -1;
    for (size_t j = 0; found < 0 && j < fw_record_count(old, r); j++) {
        char *k = fw_record_key(old, r, j);
        if (strcmp(k, key) == 0) found = (long)j;
        free(k);
    }
    free(key);
    return found;
}

static int audit(struct writer *w, enum fw_record r, const char *key, const char *field,
                 const char *old_value, const char *new_value)
{
    return db_audit_add(w->db, fw_record_entity(r), key, field, old_value, new_value, w->err);
}

/* One audit row for a whole year created by a copy or an import (how), from where. */
static int audit_created(struct writer *w, enum fw_audit_event how, const char *from)
{
    char key[16];
    snprintf(key, sizeof key, "%d", w->year);
    return audit(w, FW_REC_FRAMEWORK, key, fw_audit_field(how), NULL, from);
}

/* Writes record i of new when it differs from its stored version (or is not stored),
 * auditing each changed field; a record of a whole new year is audited once, by the
 * caller. */
static int write_record(struct writer *w, const struct fw_catalog *old,
                        const struct fw_catalog *new, enum fw_record r, size_t i, int new_year)
{
    long j = new_year ? -1 : find_same(old, new, r, i);
    char **cells = fw_record_cells(new, r, i);
    char **before = j >= 0 ? fw_record_cells(old, r, (size_t)j) : NULL;
    char *key = fw_record_key(new, r, i);
    int changed = !before, rc = 0;
    for (size_t k = 1; before && !rc && k < fw_column_count; k++)
        if (strcmp(before[k], cells[k]) != 0) {
            changed = 1;
            rc = audit(w, r, key, fw_columns[k], before[k], cells[k]);
        }
    if (!rc && changed && !before && !new_year)
        rc = audit(w, r, key, fw_audit_field(FW_AUDIT_CREATED), NULL, cells[C_TITLE_TH_CELL]);
    if (!rc && changed) rc = run(w, kinds[r].upsert, cells, _("saving the framework"));
    free(key);
    fw_cells_free(before);
    fw_cells_free(cells);
    return rc;
}

/* Removes record j of old when new has no record with its key. */
static int remove_record(struct writer *w, const struct fw_catalog *old,
                         const struct fw_catalog *new, enum fw_record r, size_t j)
{
    if (find_same(new, old, r, j) >= 0) return 0;
    char **cells = fw_record_cells(old, r, j);
    char *key = fw_record_key(old, r, j);
    int rc = audit(w, r, key, fw_audit_field(FW_AUDIT_DELETED), cells[C_TITLE_TH_CELL], NULL);
    if (!rc && run(w, kinds[r].remove, cells, _("removing from the framework"))) {
        if (r == FW_REC_ITEM)
            db_error_printf(w->err,
                            _("OIT item %s of %d is on agencies' checklists: keep it in the "
                              "catalog (rename it instead); nothing was changed"),
                            old->items[j].code, w->year);
        rc = -1;
    }
    free(key);
    fw_cells_free(cells);
    return rc;
}

/* Stores new over old (old empty: a new year). Inside the caller's transaction. */
static int store_diff(struct writer *w, const struct fw_catalog *old, const struct fw_catalog *new)
{
    int new_year = old->grading == NULL;
    for (int r = 0; r < FW_REC_COUNT; r++)
        for (size_t i = 0; i < fw_record_count(new, (enum fw_record)r); i++)
            if (write_record(w, old, new, (enum fw_record)r, i, new_year)) return -1;
    for (int r = FW_REC_COUNT - 1; r > FW_REC_FRAMEWORK && !new_year; r--)
        for (size_t j = 0; j < fw_record_count(old, (enum fw_record)r); j++)
            if (remove_record(w, old, new, (enum fw_record)r, j)) return -1;
    return 0;
}

static int begin(struct writer *w, struct itadb *db, int year, struct db_error *err)
{
    *w = (struct writer){.db = db, .year = year, .err = err};
    db_now(w->now);
    return db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err);
}

static int end(struct writer *w, int rc)
{
    if (rc) {
        db_rollback(w->db);
        return -1;
    }
    return db_commit(w->db, w->err);
}

static int check(const struct fw_catalog *c, struct db_error *err)
{
    char why[sizeof err->msg - 64];
    if (!fw_validate(c, why, sizeof why)) return 0;
    db_error_printf(err, _("%s; nothing was changed"), why);
    return -1;
}

int db_framework_copy(struct itadb *db, int from, int to, struct db_error *err)
{
    struct writer w;
    if (begin(&w, db, to, err)) return -1;
    struct fw_catalog src = {0}, none = {0};
    int rc = db_framework_load(db, to, &none, err);
    if (rc == 0) {
        db_error_printf(err, _("fiscal year %d already has a framework; nothing was copied"), to);
        rc = -1;
    } else if (rc == 1) {
        rc = db_framework_load(db, from, &src, err) ? -1 : 0;
    }
    if (!rc) {
        /* Copied rows are not an admin's edits yet: a later catalog shipped for that year
         * may still fill them; an edit marks each row it changes. */
        w.now[0] = '\0';
        fw_catalog_start_year(&src, to);
        char year[16];
        snprintf(year, sizeof year, "%d", from);
        rc = store_diff(&w, &none, &src) || audit_created(&w, FW_AUDIT_COPIED_FROM, year);
    }
    fw_catalog_free(&src);
    fw_catalog_free(&none);
    return end(&w, rc);
}

int db_framework_import(struct itadb *db, const struct fw_catalog *c, const char *source,
                        struct db_error *err)
{
    if (check(c, err)) return -1;
    struct writer w;
    if (begin(&w, db, c->year, err)) return -1;
    struct fw_catalog old = {0};
    int rc = db_framework_load(db, c->year, &old, err);
    if (rc == 1) rc = audit_created(&w, FW_AUDIT_IMPORTED_FROM, source);
    if (!rc) rc = store_diff(&w, &old, c);
    fw_catalog_free(&old);
    return end(&w, rc);
}

int db_framework_put(struct itadb *db, const struct fw_catalog *edited, enum fw_record r, size_t i,
                     struct db_error *err)
{
    struct writer w;
    if (begin(&w, db, edited->year, err)) return -1;
    struct fw_catalog now = {0}, want = {0};
    int rc = db_framework_load(db, edited->year, &now, err) ? -1 : 0;
    if (!rc) {
        fw_catalog_copy(&want, &now);
        fw_put_record(&want, edited, r, i);
        if (r == FW_REC_ITEM)
            fw_name_group(&want, edited->items[i].group_key, edited->items[i].group_title);
        rc = check(&want, err) || store_diff(&w, &now, &want);
    }
    fw_catalog_free(&now);
    fw_catalog_free(&want);
    return end(&w, rc);
}
