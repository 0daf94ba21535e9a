/* Issue 13's rules: deleting an agency, a unit or a measure is refused while data depends
 * on it (unless forced), and audited; merging units moves every reference; a published
 * score, total or level can be set from Thai digits and cleared; proposals are drafted from
 * the scores and never stored. The data is a real-looking FY 2564 อบต. (total 83.17, B). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_finding.h"
#include "db_oit.h"
#include "db_plan.h"
#include "db_result.h"
#include "db_scores.h"
#include "db_unit.h"
#include "finding_propose.h"
#include "helper_db.h"
#include "plan.h"
#include "score_csv.h"

static const char agency_name[] = "องค์การบริหารส่วนตำบลโนนสะอาด";

static struct itadb *fresh(long *agency)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 0);
    cr_assert_not_null(db);
    free(path);
    struct agency a = {.name = (char *)agency_name, .kind = "อบต.", .province = "อุดรธานี"};
    struct db_error err;
    *agency = db_agency_add(db, &a, &err);
    cr_assert_gt(*agency, 0, "%s", err.msg);
    return db;
}

static void set(struct itadb *db, long agency, const char *item, const char *value)
{
    struct score_row row = {0};
    char why[256];
    struct db_error err = {{0}};
    cr_assert_eq(score_parse_item(item, &row), 0, "item %s", item);
    cr_assert_eq(score_parse_value(&row, value, why, sizeof why), 0, "%s", why);
    cr_assert_eq(db_score_set(db, agency, 2564, &row, &err), 1, "%s", err.msg);
}

/* The published figures of the agency's FY 2564. */
static void enter_2564(struct itadb *db, long agency)
{
    static const char *const scores[][2] = {
        {"1", "๘๙.๕๖"},     {"2", "84.20"},   {"3", "86.11"}, {"4", "88.02"}, {"5", "79.33"},
        {"6", "88.47"},     {"7", "86.90"},   {"8", "84.64"}, {"9", "78.13"}, {"10", "81.25"},
        {"total", "83.17"}, {"level", " B "}, {"O7", "0"},    {"O21", "50"},  {"O1", "100"}};
    for (size_t i = 0; i < sizeof scores / sizeof scores[0]; i++)
        set(db, agency, scores[i][0], scores[i][1]);
}

Test(year_entry, published_total_and_level_are_kept_as_published_and_can_be_cleared)
{
    long agency;
    struct itadb *db = fresh(&agency);
    enter_2564(db, agency);
    struct ita_result r;
    struct db_error err = {{0}};
    cr_assert_eq(db_result_load(db, agency, 2564, &r, &err), 0, "%s", err.msg);
    cr_expect(r.total_entered.set);
    cr_expect_float_eq(r.total_entered.v, 83.17, 1e-9);
    cr_expect_str_eq(r.level_entered, "B");
    cr_expect_float_eq(r.ind[0].s.entered.v, 89.56, 1e-9, "Thai digits");
    result_free(&r);

    struct score_row row = {0};
    score_parse_item("total", &row);
    cr_expect_eq(db_score_clear(db, agency, 2564, &row, &err), 1, "%s", err.msg);
    cr_expect_eq(db_score_clear(db, agency, 2564, &row, &err), 0, "already cleared");
    score_parse_item("level", &row);
    cr_expect_eq(db_score_clear(db, agency, 2564, &row, &err), 1);
    score_parse_item("๕", &row);
    cr_expect_eq(db_score_clear(db, agency, 2564, &row, &err), 1);
    score_parse_item("O7", &row);
    cr_expect_eq(db_score_clear(db, agency, 2564, &row, &err), 1);
    cr_assert_eq(db_result_load(db, agency, 2564, &r, &err), 0);
    cr_expect_not(r.total_entered.set);
    cr_expect_null(r.level_entered);
    cr_expect_not(r.ind[4].s.entered.set);
    result_free(&r);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE field = 'total_entered'"
                                  " AND old = '83.17' AND new IS NULL"),
                 1, "the clear is audited with the old value");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM oit_status WHERE code = 'O7'"
                                  " AND score IS NULL"),
                 1);

    score_parse_item("O7", &row);
    char why[256];
    cr_expect_eq(score_parse_value(&row, "75", why, sizeof why), 0);
    cr_expect_eq(db_score_set(db, agency, 2564, &row, &err), -1, "OIT scores 0, 50 or 100");
    cr_expect(strstr(err.msg, "0, 50 or 100"), "%s", err.msg);
    cr_expect_eq(score_parse_item("total", &row), 0);
    cr_expect_eq(score_parse_value(&row, "101", why, sizeof why), -1);
    cr_expect_eq(score_parse_item("3,", &row), -1);
    db_close(db);
}

/* Real documents give scores by the indicator's name, often only some of the ten. */
Test(year_entry, indicators_are_named_by_their_thai_or_english_name)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct db_error err = {{0}};
    static const char csv[] = "item,score\nคุณภาพการดำเนินงาน,88.47\n"
                              "การเปิดเผยข้อมูล ,๗๗.๖๘\nuse of BUDGET,84.20\n";
    struct score_rows rows;
    char why[256];
    cr_assert_eq(score_csv_parse("named.csv", csv, sizeof csv - 1, &rows, why, sizeof why), 0, "%s",
                 why);
    cr_assert_eq(db_scores_import(db, agency, 2564, "named.csv", &rows, &err), 3, "%s", err.msg);
    score_rows_free(&rows);
    struct ita_result r;
    cr_assert_eq(db_result_load(db, agency, 2564, &r, &err), 0);
    cr_expect_float_eq(r.ind[5].s.entered.v, 88.47, 1e-9);
    cr_expect_float_eq(r.ind[8].s.entered.v, 77.68, 1e-9);
    cr_expect_float_eq(r.ind[1].s.entered.v, 84.20, 1e-9);
    cr_expect_not(r.ind[0].s.entered.set, "only the three named");
    result_free(&r);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'indicator_score'"
                                  " AND key = '1/2564/9'"),
                 1, "audited under the indicator's number");

    struct score_row row = {0};
    cr_assert_eq(score_parse_item_or_name("การเปิดเผยข้อมูล", &row), 0);
    cr_expect_eq(db_score_clear(db, agency, 2564, &row, &err), 1, "%s", err.msg);
    cr_expect_str_eq(row.item, "9", "the caller learns the number");
    row = (struct score_row){0};
    score_parse_item_or_name("การใช้งบ", &row);
    cr_expect_eq(score_parse_value(&row, "50", why, sizeof why), 0);
    cr_expect_eq(db_score_set(db, agency, 2564, &row, &err), -1, "a name of no indicator");
    cr_expect(strstr(err.msg, "'การใช้งบ'") && strstr(err.msg, "2564"), "%s", err.msg);

    static const char twice[] = "item,score\n6,88\nคุณภาพการดำเนินงาน,88.47\n";
    char *before = th_snapshot(db);
    cr_assert_eq(score_csv_parse("twice.csv", twice, sizeof twice - 1, &rows, why, sizeof why), 0);
    cr_expect_eq(db_scores_import(db, agency, 2564, "twice.csv", &rows, &err), -1);
    cr_expect(strstr(err.msg, "twice.csv:3: item: 6 appears twice (first on line 2)"), "%s",
              err.msg);
    score_rows_free(&rows);
    char *after = th_snapshot(db);
    cr_expect_str_eq(after, before, "nothing stored");
    free(before);
    free(after);
    db_close(db);
}

Test(year_entry, an_import_row_with_a_dash_clears_the_item)
{
    long agency;
    struct itadb *db = fresh(&agency);
    enter_2564(db, agency);
    static const char csv[] = "item,score\n3,-\n๔, - \ntotal,-\nlevel,-\n5,๘๐\n";
    struct score_rows rows;
    char why[256];
    struct db_error err = {{0}};
    cr_assert_eq(score_csv_parse("fix.csv", csv, sizeof csv - 1, &rows, why, sizeof why), 0, "%s",
                 why);
    cr_expect(rows.rows[0].clear && rows.rows[1].clear && !rows.rows[4].clear);
    cr_assert_eq(db_scores_import(db, agency, 2564, "fix.csv", &rows, &err), 5, "%s", err.msg);
    score_rows_free(&rows);
    struct ita_result r;
    cr_assert_eq(db_result_load(db, agency, 2564, &r, &err), 0);
    cr_expect_not(r.ind[2].s.entered.set);
    cr_expect_not(r.ind[3].s.entered.set);
    cr_expect_float_eq(r.ind[4].s.entered.v, 80, 1e-9);
    cr_expect_not(r.total_entered.set);
    cr_expect_null(r.level_entered);
    result_free(&r);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE new IS NULL"
                                  " AND entity IN ('indicator_score', 'assessment')"),
                 4);
    db_close(db);
}

Test(year_entry, agency_with_data_is_deleted_only_when_forced_and_audited)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct db_error err = {{0}};
    struct agency empty = {.name = "เทศบาลตำบลว่างเปล่า"};
    long other = db_agency_add(db, &empty, &err);
    cr_expect_eq(db_agency_delete(db, other, 0, &err), 0, "an agency without data: %s", err.msg);

    enter_2564(db, agency);
    cr_expect_gt(db_agency_data_count(db, agency, &err), 0);
    char *before = th_snapshot(db);
    cr_expect_eq(db_agency_delete(db, agency, 0, &err), -1);
    cr_expect(strstr(err.msg, "records"), "%s", err.msg);
    char *after = th_snapshot(db);
    cr_expect_str_eq(before, after, "a refused delete changes nothing");
    free(before);
    free(after);
    cr_expect_eq(db_agency_delete(db, agency, 1, &err), 0, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM assessment"), 0);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'agency'"
                                  " AND field = 'deleted'"),
                 2);
    db_close(db);
}

Test(year_entry, agency_signer_and_preparer_are_saved_with_one_audit_row_each)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct agency a = {0};
    struct db_error err = {{0}};
    cr_assert_eq(db_agency_get(db, agency, &a, &err), 0);
    free(a.signer_name);
    a.signer_name = strdup("นายสมศักดิ์ รักษ์ไทย");
    a.preparer_phone = strdup("042-123456");
    cr_expect_eq(db_agency_update(db, &a, &err), DB_SAVED, "%s", err.msg);
    cr_expect_eq(db_agency_update(db, &a, &err), DB_UNCHANGED);
    agency_clear(&a);
    cr_assert_eq(db_agency_get(db, agency, &a, &err), 0);
    cr_expect_str_eq(a.signer_name, "นายสมศักดิ์ รักษ์ไทย");
    cr_expect_str_eq(a.preparer_phone, "042-123456");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'agency'"
                                  " AND field IN ('signer_name', 'preparer_phone')"),
                 2);
    free(a.name);
    a.name = strdup("");
    cr_expect_eq(db_agency_update(db, &a, &err), DB_SAVE_FAILED, "an empty name");
    agency_clear(&a);
    db_close(db);
}

Test(year_entry, merging_units_moves_every_reference_and_unused_units_delete)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct db_error err = {{0}};
    long good = db_unit_add(db, agency, "กองคลัง", &err);
    long dup = db_unit_add(db, agency, "กองการคลัง", &err);
    cr_assert_gt(dup, 0, "%s", err.msg);
    cr_expect_eq(db_unit_add(db, agency, "กองคลัง", &err), -1, "a taken name");
    struct oit_change c = {.fields = OIT_SET_UNIT, .unit = "กองการคลัง"};
    cr_assert_eq(db_oit_save(db, agency, 2564, "O7", 0, &c, &err), DB_SAVED, "%s", err.msg);
    struct measure m = {
        .agency_id = agency, .plan_year = 2565, .title = "ทดสอบ", .responsible = "กองการคลัง"};
    cr_assert_gt(db_measure_add(db, &m, &err), 0, "%s", err.msg);

    cr_expect_eq(db_unit_delete(db, dup, &err), -1, "a unit in use is not deleted");
    cr_expect_eq(db_unit_merge(db, dup, good, &err), 2, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM unit"), 1);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM oit_status WHERE unit_id = 1"), 1);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM measure WHERE responsible = 'กองคลัง'"), 1);
    cr_expect_eq(db_unit_rename(db, good, "กองคลัง (การเงิน)", &err), 0, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM measure"
                                  " WHERE responsible = 'กองคลัง (การเงิน)'"),
                 1, "a measure follows the rename");
    long spare = db_unit_add(db, agency, "กองช่าง", &err);
    cr_expect_eq(db_unit_delete(db, spare, &err), 0, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'unit'"), 6);
    db_close(db);
}

/* Units typed as a measure's responsible are the agency's units: listed with their uses,
 * so that two spellings of one unit can be merged on the units screen. */
Test(year_entry, a_measures_responsible_unit_joins_the_units)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct db_error err = {{0}};
    struct measure m = {.agency_id = agency,
                        .plan_year = 2565,
                        .title = "ประกาศผลการจัดซื้อจัดจ้าง",
                        .responsible = "กองการคลัง"};
    long id = db_measure_add(db, &m, &err);
    cr_assert_gt(id, 0, "%s", err.msg);
    m.responsible = "กองคลัง";
    cr_assert_gt(db_measure_add(db, &m, &err), 0, "%s", err.msg);
    cr_assert_gt(db_measure_add(db, &m, &err), 0, "%s", err.msg);
    struct db_unit *u;
    size_t n;
    cr_assert_eq(db_units(db, agency, &u, &n, &err), 0, "%s", err.msg);
    cr_assert_eq(n, 2);
    cr_expect_str_eq(u[0].name, "กองการคลัง");
    cr_expect_eq(u[0].uses, 1);
    cr_expect_str_eq(u[1].name, "กองคลัง");
    cr_expect_eq(u[1].uses, 2);
    cr_expect_eq(db_unit_merge(db, u[0].id, u[1].id, &err), 1, "%s", err.msg);
    db_units_free(u, n);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM measure WHERE responsible = 'กองคลัง'"), 3);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'unit'"
                                  " AND field = 'name' AND old IS NULL"),
                 2, "each new unit is audited once");

    struct measure cur;
    cr_assert_eq(db_measure_get(db, id, &cur, &err), 0);
    free(cur.responsible);
    cur.responsible = strdup("กองช่าง");
    cr_expect_eq(db_measure_save(db, &cur, &err), DB_SAVED, "%s", err.msg);
    measure_clear(&cur);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM unit WHERE name = 'กองช่าง'"), 1,
                 "a changed responsible joins too");
    db_close(db);
}

Test(year_entry, measure_with_recorded_progress_needs_force)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct db_error err = {{0}};
    struct measure m = {
        .agency_id = agency, .plan_year = 2565, .title = "ทดสอบมาตรการ", .rounds = "6;12"};
    long mistaken = db_measure_add(db, &m, &err);
    long done = db_measure_add(db, &m, &err);
    cr_assert_eq(db_progress_save(db, done, 12, "2022-09-30", ITA_DONE, "ดำเนินการแล้ว", &err), 0,
                 "%s", err.msg);
    cr_expect_eq(db_measure_delete(db, mistaken, 0, &err), 0, "%s", err.msg);
    cr_expect_eq(db_measure_delete(db, done, 0, &err), -1);
    cr_expect(strstr(err.msg, "progress"), "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM measure"), 1);
    cr_expect_eq(db_measure_delete(db, done, 1, &err), 0, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM progress"), 0);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'measure'"
                                  " AND field = 'deleted'"),
                 2);
    db_close(db);
}

Test(year_entry, proposals_come_from_the_scores_and_are_not_stored)
{
    long agency;
    struct itadb *db = fresh(&agency);
    enter_2564(db, agency);
    struct finding_proposal *p = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    cr_assert_eq(db_finding_proposals(db, agency, 2564, &p, &n, &err), 0, "%s", err.msg);
    cr_assert_geq(n, 4);
    /* the lowest indicator of each tool: 5 (IIT 79.33), 8 (EIT 84.64), 9 (OIT 78.13) */
    cr_expect_eq(p[0].indicator_no, 5);
    cr_expect(strstr(p[0].text, "79.33"), "%s", p[0].text);
    cr_expect_eq(p[0].kind, FINDING_WEAKNESS);
    cr_expect_eq(p[1].indicator_no, 8);
    cr_expect_eq(p[2].indicator_no, 9);
    /* OIT items scored 0 or 50, linked */
    int items = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(p[i].oit, "O7 O21") == 0) {
            items++;
            cr_expect(strstr(p[i].text, "O7 (0), O21 (50)"), "%s", p[i].text);
            cr_expect_eq(p[i].kind, FINDING_WEAKNESS);
        }
    cr_expect_eq(items, 1, "O7 and O21 (both of indicator 9 in 2564), not O1 (100)");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM finding"), 0, "nothing stored");

    /* accepting one: stored with its kind, text and links */
    struct finding_input in = {agency,          2564,     NULL, NULL, p[2].kind, p[2].text,
                               p[2].indicators, "O7 O21", NULL};
    long id = db_finding_add(db, &in, &err);
    cr_assert_gt(id, 0, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM finding_link"), 3);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM finding WHERE issue_no = '9'"
                                  " AND weakness IS NOT NULL AND issue_title IS NOT NULL"),
                 1);
    finding_proposals_free(p, n);
    db_close(db);
}

Test(year_entry, findings_are_ordered_and_deleted_constraints_added_once_per_area)
{
    long agency;
    struct itadb *db = fresh(&agency);
    struct db_error err = {{0}};
    long ids[3];
    const char *texts[3] = {"ข้อหนึ่ง", "ข้อสอง", "ข้อสาม"};
    for (int i = 0; i < 3; i++) {
        struct finding_input in = {agency, 2564, NULL, NULL, FINDING_DEVELOP, texts[i], "", "", ""};
        ids[i] = db_finding_add(db, &in, &err);
        cr_assert_gt(ids[i], 0, "%s", err.msg);
    }
    cr_expect_eq(db_finding_move(db, ids[2], -1, &err), 1);
    cr_expect_eq(db_finding_move(db, ids[0], -1, &err), 0, "the first stays first");
    struct finding *f;
    size_t n;
    cr_assert_eq(db_findings_list(db, agency, 2564, &f, &n, &err), 0);
    cr_assert_eq(n, 3);
    cr_expect_eq(f[1].id, ids[2]);
    cr_expect_eq(f[2].id, ids[1]);
    findings_free(f, n);
    cr_expect_eq(db_finding_delete(db, ids[1], &err), 0);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM finding"), 2);
    struct finding_input bad = {agency, 2564, NULL, NULL, FINDING_KEEP, "x", "11", "", ""};
    cr_expect_eq(db_finding_add(db, &bad, &err), -1, "indicator 11");

    long c =
        db_constraint_add(db, agency, 2564, constraint_area_parse("staff"), "บุคลากรไม่เพียงพอ", &err);
    cr_assert_gt(c, 0, "%s", err.msg);
    cr_expect_eq(db_constraint_add(db, agency, 2564, 1, "อีกข้อ", &err), -1, "one per area");
    cr_expect_eq(db_constraint_delete(db, c, &err), 0, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM constraint_note"), 0);
    db_close(db);
}
