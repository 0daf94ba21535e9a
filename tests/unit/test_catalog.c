/* Framework catalogs: every year loads, partial years stay partial, reloading is safe. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_data.h"
#include "helper_db.h"

Test(catalog, every_year_2562_to_2569_loads_with_its_ten_indicators)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM framework"), 8);
    cr_assert_eq(th_query_int(db, "SELECT min(year) FROM framework"), 2562);
    cr_assert_eq(th_query_int(db, "SELECT max(year) FROM framework"), 2569);
    /* 2562–2568: the same ten indicators, weights 6×5 + 10×3 + 20×2 = 100. */
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM (SELECT year FROM indicator GROUP BY year"
                                  " HAVING count(*) = 10 AND sum(weight) = 100)"),
                 7);
    db_close(db);
}

Test(catalog, oit_items_per_year_match_the_published_lists)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2566"), 43);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2564"), 43);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2567"), 35);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2569"), 26);
    /* 2566 carries every component text (seed 001). */
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2566"
                                  " AND components_th = ''"),
                 0);
    /* The 2567 grouping used for indicator 9 = 76.79. */
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2567"
                                  " AND group_key = '9.3' AND code IN ('O14','O15','O16','O17')"),
                 4);
    /* 2568 has topic headings, yet O1–O20 are indicator 9 and O21–O28 indicator 10. */
    cr_assert_eq(
        th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2568 AND indicator_no = 9"),
        20);
    cr_assert_eq(
        th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2568 AND indicator_no = 10"),
        8);
    db_close(db);
}

Test(catalog, corrected_titles_carry_their_confidence)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    /* SOURCES.md: 2567 O4, O5, O10, O14 medium; 2568 O25, O26 low (issue 16). */
    cr_assert_eq(th_query_int(db,
                              "SELECT count(*) FROM oit_item WHERE year = 2567 AND known = 1"
                              " AND confidence = 'medium' AND code IN ('O4', 'O5', 'O10', 'O14')"),
                 4);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2568"
                                  " AND confidence = 'low' AND code IN ('O25', 'O26')"),
                 2);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year IN (2567, 2568)"
                                  " AND (known = 0 OR title_th = '')"),
                 0);
    /* 2563 still has two items nobody knows the title of: kept, marked unknown. */
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2563 AND known = 0"
                                  " AND title_th = ''"),
                 2);
    cr_assert_eq(
        th_query_int(db, "SELECT count(*) FROM oit_item WHERE known = 0 AND title_th <> ''"), 0);
    db_close(db);
}

Test(catalog, grading_rules_are_data_and_2569_is_unknown)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM framework WHERE grading = 'letters'"), 4);
    cr_assert_eq(
        th_query_int(db,
                     "SELECT count(*) FROM framework WHERE grading = 'pass' AND pass_mark = 85"),
        2);
    cr_assert_eq(
        th_query_int(db,
                     "SELECT count(*) FROM framework WHERE year = 2569 AND grading = 'unknown'"),
        1);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM grade_band WHERE year = 2569"), 0);
    cr_assert_eq(th_query_int(db, "SELECT min_each_tool FROM grade_band WHERE year = 2568"
                                  " AND label_th = 'ผ่านดี'"),
                 85);
    db_close(db);
}

Test(catalog, iit_questions_of_2567_are_in_the_catalog)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    cr_assert_eq(
        th_query_int(db, "SELECT count(*) FROM question WHERE year = 2567 AND tool = 'IIT'"), 15);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM question WHERE year = 2567 AND code = 'i8'"
                                  " AND indicator_no = 3"),
                 1);
    db_close(db);
}

Test(catalog, reloading_changes_nothing)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    char *before = th_snapshot(db);
    struct db_error err = {{0}};
    cr_assert_eq(db_catalog_load(db, ITADESK_SOURCE_DIR "/db", &err), 8, "%s", err.msg);
    cr_assert_eq(db_demo_load(db, ITADESK_SOURCE_DIR "/db", &err), 0, "%s", err.msg);
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before);
    free(before);
    free(after);
    db_close(db);
}

Test(catalog, broken_catalog_file_names_file_and_line_and_loads_nothing)
{
    char *path = th_temp_path("x");
    char dir[512];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    char cmd[2048];
    snprintf(
        cmd, sizeof cmd,
        "cp -r %s/db/catalogs %s/ && printf '2570,P9,x,partial,,\\n' >> %s/catalogs/frameworks.csv",
        ITADESK_SOURCE_DIR, dir, dir);
    cr_assert_eq(system(cmd), 0);
    struct db_error err = {{0}};
    struct itadb *db = db_open(path, "tester", DB_OPEN_CREATE, &err);
    cr_assert_eq(db_catalog_load(db, dir, &err), -1);
    cr_assert(strstr(err.msg, "frameworks.csv:10:"), "message: %s", err.msg);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM framework"), 0);
    db_close(db);
    free(path);
}
