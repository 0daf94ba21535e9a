/* The reviewer's overview: golden screens (Thai and English, 80x24 and 120x40) of a province
 * of six agencies, sorting by a column and back, filtering by typing, and drilling into an
 * agency and back to the same place. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"
#include "ui_app.h"

/* The demo database with five more agencies in agency 3's province (สกลนคร), with totals,
 * checklist rows, overdue and finished measures and findings, changed on fixed dates. */
static struct itadb *province_db(char **path)
{
    struct itadb *db = th_open_fresh(path, 1);
    static const char sql[] =
        "INSERT INTO agency (name, kind, district, province, sort_key) VALUES"
        " ('เทศบาลตำบลนาแก', 'เทศบาลตำบล', 'พรรณานิคม', 'สกลนคร', thai_sort_key('เทศบาลตำบลนาแก')),"
        " ('องค์การบริหารส่วนตำบลไร่', 'องค์การบริหารส่วนตำบล', 'พรรณานิคม', 'สกลนคร',"
        "  thai_sort_key('องค์การบริหารส่วนตำบลไร่')),"
        " ('เทศบาลเมืองสกลนคร', 'เทศบาลเมือง', 'เมืองสกลนคร', 'สกลนคร',"
        "  thai_sort_key('เทศบาลเมืองสกลนคร')),"
        " ('กองทุนหมู่บ้านสกลนคร', NULL, 'เมืองสกลนคร', 'สกลนคร', thai_sort_key('กองทุนหมู่บ้านสกลนคร')),"
        " ('องค์การบริหารส่วนจังหวัดสกลนคร', 'องค์การบริหารส่วนจังหวัด', NULL, 'สกลนคร',"
        "  thai_sort_key('องค์การบริหารส่วนจังหวัดสกลนคร'));"
        "INSERT INTO assessment (agency_id, year, total_entered, level_entered)"
        " SELECT id, 2567, 70 + id * 3.5, CASE WHEN id % 2 THEN 'ผ่าน' ELSE 'ไม่ผ่าน' END"
        " FROM agency WHERE province = 'สกลนคร' AND id <> 6;"
        "INSERT INTO oit_status (agency_id, year, code, state, updated_by, updated_at)"
        " SELECT a.id, 2567, o.code, CASE WHEN o.seq % a.id < 3 THEN 'done' ELSE 'not-done' END,"
        " 'tester', '2024-0' || (a.id % 9 + 1) || '-1' || a.id || 'T03:00:00Z'"
        " FROM agency a JOIN oit_item o ON o.year = 2567 WHERE a.province = 'สกลนคร';"
        "INSERT INTO measure (agency_id, plan_year, seq, title, end_date, status, updated_at)"
        " SELECT id, 2567, 1, 'มาตรการ', '2024-06-30', 'not-done', '2024-12-01T01:00:00Z'"
        " FROM agency WHERE province = 'สกลนคร' AND id % 2 = 0;"
        "INSERT INTO measure (agency_id, plan_year, seq, title, end_date, status)"
        " SELECT id, 2567, 2, 'มาตรการที่เสร็จ', '2024-06-30', 'done' FROM agency"
        " WHERE province = 'สกลนคร';";
    th_exec_write(db, sql);
    return db;
}

static char *screen(struct itadb *db, const char *keys, int rows, int cols)
{
    struct ui_session *s = th_ui_start(db, "3 2567 overview", rows, cols, NULL);
    cr_assert_eq(ui_session_keys(s, keys), 0, "bad script: %s", keys);
    char *dump = th_ui_dump(s);
    ui_session_end(s);
    return dump;
}

static void golden(const char *name, const char *keys, int thai, int rows, int cols)
{
    th_ui_env(thai);
    setenv("ITADESK_TODAY", "2025-01-15", 1);
    char *path;
    struct itadb *db = province_db(&path);
    char *dump = screen(db, keys, rows, cols);
    char file[128];
    snprintf(file, sizeof file, "%s-%s-%dx%d", name, thai ? "th" : "en", cols, rows);
    th_check_widths(file, dump, cols);
    th_check_alignment(file, dump, rows);
    th_golden_compare(file, dump);
    free(dump);
    db_close(db);
    free(path);
}

Test(overview, golden_thai_80x24)
{
    golden("overview", "", 1, 24, 80);
}
Test(overview, golden_thai_120x40)
{
    golden("overview", "", 1, 40, 120);
}
Test(overview, golden_english_80x24)
{
    golden("overview", "", 0, 24, 80);
}
Test(overview, golden_english_120x40)
{
    golden("overview", "", 0, 40, 120);
}
/* Sorted by total (s twice: district, then total), largest first (-), filtered by "เทศบาล". */
Test(overview, golden_sorted_and_filtered)
{
    golden("overview-sorted", "s s - text:เทศบาล", 1, 24, 80);
}

/* The overview of agency 3's province in English at 80x24, on the province database. */
static struct ui_session *english_session(struct itadb **db, char **path)
{
    th_ui_env(0);
    setenv("ITADESK_TODAY", "2025-01-15", 1);
    *db = province_db(path);
    return th_ui_start(*db, "3 2567 overview", 24, 80, NULL);
}

Test(overview, enter_drills_into_the_agency_and_esc_comes_back_to_the_same_row)
{
    char *path;
    struct itadb *db;
    struct ui_session *s = english_session(&db, &path);
    struct ui_app *app = ui_session_app(s);
    cr_assert_eq(ui_session_keys(s, "Home j"), 0);
    int depth = app->depth;
    cr_assert_eq(ui_session_keys(s, "Enter"), 0);
    cr_expect_eq(app->depth, depth + 1, "a dashboard over the overview");
    long drilled = app->agency_id;
    cr_expect_neq(drilled, 3, "the second agency in Thai order is not agency 3");
    char *dump = th_ui_dump(s);
    cr_expect_not_null(strstr(dump, "Dashboard"), "%s", dump);
    cr_expect_not_null(strstr(dump, app->agency_name), "the drilled agency's dashboard:\n%s", dump);
    free(dump);
    cr_assert_eq(ui_session_keys(s, "Esc"), 0);
    cr_expect_eq(app->depth, depth, "back on the overview");
    dump = th_ui_dump(s);
    cr_expect_not_null(strstr(dump, "Province overview"), "%s", dump);
    free(dump);
    /* Still on the second row: Enter opens the same agency again. */
    cr_assert_eq(ui_session_keys(s, "Enter"), 0);
    cr_expect_eq(app->agency_id, drilled);
    ui_session_end(s);
    db_close(db);
    free(path);
}

/* The English 80x24 screen after keys, on the province database changed by setup (or not). */
static char *english_screen(const char *setup, const char *keys)
{
    th_ui_env(0);
    setenv("ITADESK_TODAY", "2025-01-15", 1);
    char *path;
    struct itadb *db = province_db(&path);
    if (setup) th_exec_write(db, setup);
    char *dump = screen(db, keys, 24, 80);
    db_close(db);
    free(path);
    return dump;
}

Test(overview, a_filter_keeps_names_districts_and_kinds_that_hold_it)
{
    char *dump = english_screen(NULL, "text:พรรณานิคม");
    cr_expect_not_null(strstr(dump, "3 of 6 agencies"), "%s", dump);
    cr_expect_not_null(strstr(dump, "เทศบาลตำบลนาแก"));
    cr_expect_null(strstr(dump, "เทศบาลเมืองสกลนคร"));
    free(dump);
}

/* f narrows to the district of the agency the overview was opened on (agency 3: พรรณานิคม,
 * three of the six agencies) and back to the province, keeping the selected agency. */
Test(overview, f_shows_only_the_agency_s_district_and_the_province_again)
{
    char *path;
    struct itadb *db;
    struct ui_session *s = english_session(&db, &path);
    struct ui_app *app = ui_session_app(s);
    cr_assert_eq(ui_session_keys(s, "End f"), 0); /* the last in Thai order: ไร่, in the district */
    char *dump = th_ui_dump(s);
    cr_expect_not_null(strstr(dump, "District พรรณานิคม, province สกลนคร, FY 2567"), "%s", dump);
    cr_expect_not_null(strstr(dump, "3 of 3 agencies"), "%s", dump);
    cr_expect_not_null(strstr(dump, "เทศบาลตำบลนาแก"), "%s", dump);
    cr_expect_null(strstr(dump, "เทศบาลเมืองสกลนคร"), "another district's agency:\n%s", dump);
    free(dump);
    cr_assert_eq(ui_session_keys(s, "Enter"), 0);
    cr_expect_str_eq(app->agency_name, "องค์การบริหารส่วนตำบลไร่", "the selection was kept");
    cr_assert_eq(ui_session_keys(s, "Esc f"), 0);
    dump = th_ui_dump(s);
    cr_expect_not_null(strstr(dump, "Province สกลนคร, FY 2567"), "%s", dump);
    cr_expect_not_null(strstr(dump, "6 of 6 agencies"), "%s", dump);
    free(dump);
    ui_session_end(s);
    db_close(db);
    free(path);
}

/* An agency without a district: f says so and the province stays. */
Test(overview, f_without_a_district_keeps_the_province_and_says_why)
{
    char *dump = english_screen("UPDATE agency SET district = NULL WHERE id = 3", "f");
    cr_expect_not_null(strstr(dump, "No district is stored for this agency"), "%s", dump);
    cr_expect_not_null(strstr(dump, "6 of 6 agencies"), "%s", dump);
    free(dump);
}

/* A golden of the district scope (Thai, 80x24). */
Test(overview, golden_district_thai_80x24)
{
    golden("overview-district", "f", 1, 24, 80);
}
