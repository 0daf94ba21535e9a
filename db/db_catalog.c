#include <stdio.h>

#include "db_data.h"
#include "db_load.h"

/* Loading again refreshes a year in place (upserts), so ids and the agencies'
 * checklists that point at items stay valid. A row an admin edited (edited_at set by the
 * administration screen or `framework import`) is the admin's: the shipped file never
 * overwrites it. */
static const char *const framework_sql[] = {
    "INSERT INTO framework (year, grading, pass_mark, status, note, national_average)"
    " VALUES (:year, :grading, :pass_mark, :status, :note, :national_average)"
    " ON CONFLICT (year) DO UPDATE SET grading = excluded.grading,"
    " pass_mark = excluded.pass_mark, status = excluded.status, note = excluded.note,"
    " national_average = excluded.national_average WHERE framework.edited_at IS NULL"};

static const char *const band_sql[] = {
    "INSERT INTO grade_band (year, rank, label_th, label_en, min_total, min_each_tool, passed, "
    "certain)"
    " VALUES (:year, :rank, :label_th, :label_en, :min_total, :min_each_tool, :passed, :certain)"
    " ON CONFLICT (year, rank) DO UPDATE SET label_th = excluded.label_th,"
    " label_en = excluded.label_en, min_total = excluded.min_total,"
    " min_each_tool = excluded.min_each_tool, passed = excluded.passed, certain = "
    "excluded.certain WHERE grade_band.edited_at IS NULL"};

static const char *const indicator_sql[] = {
    "INSERT INTO indicator (year, no, name_th, name_en, tool, weight)"
    " VALUES (:year, :no, :name_th, :name_en, :tool, :weight)"
    " ON CONFLICT (year, no) DO UPDATE SET name_th = excluded.name_th,"
    " name_en = excluded.name_en, tool = excluded.tool, weight = excluded.weight"
    " WHERE indicator.edited_at IS NULL"};

static const char *const question_sql[] = {
    "INSERT INTO question (year, code, tool, indicator_no, text_th, seq)"
    " VALUES (:year, :code, :tool, :indicator_no, :text_th, :seq)"
    " ON CONFLICT (year, code) DO UPDATE SET tool = excluded.tool,"
    " indicator_no = excluded.indicator_no, text_th = excluded.text_th, seq = excluded.seq"
    " WHERE question.edited_at IS NULL"};

static const char *const oit_item_sql[] = {
    "INSERT INTO oit_item (year, code, seq, group_key, group_title, indicator_no, title_th,"
    " components_th, known, confidence)"
    " VALUES (:year, :code, (SELECT count(*) + 1 FROM oit_item WHERE year = :year),"
    " coalesce(:group_key, ''), coalesce(:group_title, ''), :indicator_no,"
    " coalesce(:title_th, ''), coalesce(:components_th, ''), :known, coalesce(:confidence, 'sure'))"
    " ON CONFLICT (year, code) DO UPDATE SET group_key = excluded.group_key,"
    " group_title = excluded.group_title, indicator_no = excluded.indicator_no,"
    " title_th = excluded.title_th, components_th = excluded.components_th,"
    " known = excluded.known, confidence = excluded.confidence WHERE oit_item.edited_at IS NULL"};

struct catalog_file {
    const char *name;
    const char *const *sql;
    size_t n;
};

#define CATALOG(name, sql)                                                                         \
    {                                                                                              \
        name, sql, sizeof sql / sizeof sql[0]                                                      \
    }
static const struct catalog_file catalog_files[] = {
    CATALOG("frameworks.csv", framework_sql), CATALOG("grade-bands.csv", band_sql),
    CATALOG("indicators.csv", indicator_sql), CATALOG("questions.csv", question_sql),
    CATALOG("oit-items.csv", oit_item_sql),
};

int db_catalog_load(struct itadb *db, const char *dir, struct db_error *err)
{
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) return -1;
    long years = 0;
    for (size_t i = 0; i < sizeof catalog_files / sizeof catalog_files[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/catalogs/%s", dir, catalog_files[i].name);
        long rows = db_load_csv(db, path, catalog_files[i].sql, catalog_files[i].n, err);
        if (rows < 0) {
            db_rollback(db);
            return -1;
        }
        if (i == 0) years = rows;
    }
    return db_commit(db, err) ? -1 : (int)years;
}
