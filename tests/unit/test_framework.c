/* Framework administration (issue 16, part 1): copying a year, editing it, importing and
 * exporting catalog files, who may, and the corrected catalogs on an upgraded database. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_data.h"
#include "db_framework.h"
#include "db_load.h"
#include "db_result.h"
#include "framework.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "ui_audit_text.h"
#include "xalloc.h"

static void load(struct itadb *db, int year, struct fw_catalog *c)
{
    struct db_error err = {{0}};
    cr_assert_eq(db_framework_load(db, year, c, &err), 0, "%s", err.msg);
}

static struct fw_item *item(struct fw_catalog *c, const char *code, size_t *index)
{
    for (size_t i = 0; i < c->n_items; i++)
        if (strcmp(c->items[i].code, code) == 0) {
            if (index) *index = i;
            return &c->items[i];
        }
    cr_assert_fail("no item %s in %d", code, c->year);
    return NULL;
}

/* Every figure the screens and reports show for an agency's year, as text. */
static char *scores_text(struct itadb *db, long agency, int year)
{
    struct ita_result r = {0};
    struct db_error err = {{0}};
    cr_assert_eq(db_result_load(db, agency, year, &r, &err), 0, "%s", err.msg);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (size_t i = 0; i < r.n_ind; i++)
        fprintf(f, "%d:%d:%.4f:%.4f;", r.ind[i].s.no, r.ind[i].s.computed.set,
                r.ind[i].s.computed.v, r.ind[i].s.weight);
    fprintf(f, "total %d %.4f grade %s", r.summary.total.set, r.summary.total.v,
            r.grade ? r.grade->label_th : "-");
    fclose(f);
    result_free(&r);
    return buf;
}

/* Agency 1 gets 2568 results: published indicators 1-8 and panel scores of items. */
static void enter_2568_scores(struct itadb *db)
{
    th_exec_write(db,
                  "INSERT INTO assessment (agency_id, year) VALUES (1, 2568);"
                  "INSERT INTO indicator_score SELECT a.id, n.no, 90 + n.no"
                  " FROM assessment a, (SELECT no FROM indicator WHERE year = 2568 AND no <= 8) n"
                  " WHERE a.agency_id = 1 AND a.year = 2568;"
                  "INSERT INTO oit_status (agency_id, year, code, state, score)"
                  " SELECT 1, 2568, code, 'done', CASE WHEN seq % 3 = 0 THEN 50 ELSE 100 END"
                  " FROM oit_item WHERE year = 2568");
}

Test(framework, copy_then_edit_leaves_the_source_year_and_its_scores_alone)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    enter_2568_scores(db);
    char *before = scores_text(db, 1, 2568);
    cr_assert(strstr(before, "total 1"), "2568 has a total: %s", before);

    struct db_error err = {{0}};
    cr_assert_eq(db_framework_copy(db, 2568, 2570, &err), 0, "%s", err.msg);
    struct fw_catalog c;
    load(db, 2570, &c);
    cr_assert_eq(c.n_items, 28);
    size_t i;
    struct fw_item *o1 = item(&c, "O1", &i);
    free(o1->title_th);
    o1->title_th = strdup("โครงสร้างและอำนาจหน้าที่ (ปีใหม่)");
    cr_assert_eq(db_framework_put(db, &c, FW_REC_ITEM, i, &err), 0, "%s", err.msg);
    c.inds[8].weight = 30; /* indicator 9 of 2570 */
    c.inds[9].weight = 10;
    /* One weight at a time, as the editor saves: in between, the year's gaps say that the
     * weights add up to 110; after the second, they add up to 100 again. */
    cr_assert_eq(db_framework_put(db, &c, FW_REC_INDICATOR, 8, &err), 0, "%s", err.msg);
    struct fw_catalog mid;
    load(db, 2570, &mid);
    struct fw_gap *g;
    size_t ng = fw_gaps(&mid, &g), weights = 0;
    for (size_t k = 0; k < ng; k++)
        if (g[k].kind == FW_GAP_WEIGHTS) {
            weights++;
            cr_assert_str_eq(g[k].what, "110");
        }
    cr_assert_eq(weights, 1, "the weights' gap is listed once");
    fw_gaps_free(g, ng);
    fw_catalog_free(&mid);
    cr_assert_eq(db_framework_put(db, &c, FW_REC_INDICATOR, 9, &err), 0, "%s", err.msg);
    load(db, 2570, &mid);
    ng = fw_gaps(&mid, &g);
    for (size_t k = 0; k < ng; k++)
        cr_assert_neq(g[k].kind, FW_GAP_WEIGHTS, "the weights add up to 100 again");
    fw_gaps_free(g, ng);
    fw_catalog_free(&mid);
    fw_catalog_free(&c);

    char *after = scores_text(db, 1, 2568);
    cr_assert_str_eq(after, before, "a 2568 score changed");
    struct fw_catalog c68, c70;
    load(db, 2568, &c68);
    load(db, 2570, &c70);
    cr_assert_str_eq(item(&c68, "O1", NULL)->title_th, "โครงสร้างและอำนาจหน้าที่");
    cr_assert_str_eq(item(&c70, "O1", NULL)->title_th, "โครงสร้างและอำนาจหน้าที่ (ปีใหม่)");
    cr_assert_eq(c68.inds[8].weight, 20);
    cr_assert_eq(c70.inds[8].weight, 30);
    /* Audited, per field. */
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'oit_item'"
                                  " AND key = '2570/O1' AND field = 'title_th'"
                                  " AND new = 'โครงสร้างและอำนาจหน้าที่ (ปีใหม่)'"),
                 1);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'framework'"
                                  " AND key = '2570' AND field = 'copied_from' AND new = '2568'"),
                 1);
    /* A second copy onto the same year is refused, saying so. */
    cr_assert_neq(db_framework_copy(db, 2568, 2570, &err), 0);
    cr_assert(strstr(err.msg, "2570 already has a framework"), "%s", err.msg);
    fw_catalog_free(&c68);
    fw_catalog_free(&c70);
    free(before);
    free(after);
    db_close(db);
    free(path);
}

Test(framework, a_weight_edit_changes_the_total_shown)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct ita_result r = {0};
    struct db_error err = {{0}};
    cr_assert_eq(db_result_load(db, 1, 2567, &r, &err), 0, "%s", err.msg);
    double old_total = r.summary.total.v;
    cr_assert(r.summary.total.set);
    double values[RESULT_MAX_INDICATORS];
    for (size_t i = 0; i < r.n_ind; i++)
        values[i] = score_effective(&r.ind[i].s).v;
    size_t n = r.n_ind;
    result_free(&r);

    struct fw_catalog c;
    load(db, 2567, &c);
    c.inds[8].weight = 25; /* indicator 9: 20 -> 25 */
    c.inds[9].weight = 15; /* indicator 10: 20 -> 15 */
    cr_assert_eq(db_framework_import(db, &c, "2567.csv", &err), 0, "%s", err.msg);
    /* The expected total, from the formula: the weighted sum of the indicators. */
    double expect = 0;
    for (size_t i = 0; i < n; i++)
        expect += values[i] * c.inds[i].weight / 100.0;
    fw_catalog_free(&c);

    memset(&r, 0, sizeof r);
    cr_assert_eq(db_result_load(db, 1, 2567, &r, &err), 0, "%s", err.msg);
    cr_assert(r.summary.total.set);
    cr_assert_float_eq(r.summary.total.v, score_round2(expect), 0.005, "total %.2f, expected %.2f",
                       r.summary.total.v, expect);
    cr_assert(r.summary.total.v != old_total, "the total did not follow the weights (%.2f)",
              old_total);
    result_free(&r);
    db_close(db);
}

/* noinline: GCC takes buf, filled by open_memstream, for a local it returns. */
__attribute__((noinline)) static char *export_text(struct itadb *db, int year, size_t *len)
{
    struct fw_catalog c;
    load(db, year, &c);
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    fw_write_csv(f, &c);
    fclose(f);
    fw_catalog_free(&c);
    return buf;
}

Test(framework, export_then_import_reads_back_identically)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    for (int year = 2562; year <= 2569; year++) {
        size_t len, len2;
        char *text = export_text(db, year, &len);
        struct fw_catalog c;
        char why[512];
        cr_assert_eq(fw_parse_csv("x.csv", text, len, 2600 + year - 2562, &c, why, sizeof why), 0,
                     "%d: %s", year, why);
        struct db_error err = {{0}};
        cr_assert_eq(db_framework_import(db, &c, "x.csv", &err), 0, "%s", err.msg);
        fw_catalog_free(&c);
        char *again = export_text(db, 2600 + year - 2562, &len2);
        cr_assert_eq(len2, len, "%d", year);
        cr_assert(memcmp(again, text, len) == 0, "%d: the export differs after import", year);
        free(text);
        free(again);
    }
    db_close(db);
}

static const char header[] =
    "record,code,title_th,title_en,tool,weight,indicator_no,seq,group_key,group_title,"
    "components_th,known,confidence,min_total,min_each_tool,passed,certain,grading,pass_mark,"
    "status,note,national_average\n";

static void expect_refused(struct itadb *db, const char *body, const char *message)
{
    char *before = th_snapshot(db);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    fputs(header, f);
    fputs(body, f);
    fclose(f);
    struct fw_catalog c;
    char why[768] = "";
    struct db_error err = {{0}};
    int rc = fw_parse_csv("bad.csv", text, len, 2567, &c, why, sizeof why);
    if (rc == 0) {
        rc = db_framework_import(db, &c, "bad.csv", &err);
        snprintf(why, sizeof why, "%s", err.msg);
        fw_catalog_free(&c);
    }
    cr_assert_neq(rc, 0, "accepted: %s", body);
    cr_assert(strstr(why, message), "message '%s', expected '%s'", why, message);
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before, "a refused import changed the database");
    free(before);
    free(after);
    free(text);
}

Test(framework, a_malformed_catalog_changes_nothing_and_names_the_line)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    const char *rule = "framework,,,,,,,,,,,,,,,,,pass,85,complete,,\n";
    const char *ind = "indicator,9,การเปิดเผยข้อมูล,,OIT,100,,,,,,,,,,,,,,,,\n";
    expect_refused(db,
                   "framework,,,,,,,,,,,,,,,,,pass,85,complete,,\n"
                   "indicator,9,การเปิดเผยข้อมูล,,OIT,abc,,,,,,,,,,,,,,,,\n",
                   "bad.csv:3: weight (weight):");
    char body[1024];
    snprintf(body, sizeof body, "%s%sitem,O1,โครงสร้าง,,,,12,1,9.1,,,1,sure,,,,,,,,,\n", rule, ind);
    expect_refused(db, body,
                   "bad.csv:4: indicator number (indicator_no): there is no indicator 12");
    snprintf(body, sizeof body, "%s%sitem,O1,,,,,9,1,9.1,,,1,maybe,,,,,,,,,\n", rule, ind);
    expect_refused(db, body, "bad.csv:4: confidence of the title (confidence):");
    snprintf(body, sizeof body, "%s%sband,1,ผ่าน,pass,,,,,,,,,,101,,1,1,,,,,\n", rule, ind);
    expect_refused(db, body, "bad.csv:4: lowest total (min_total):");
    snprintf(body, sizeof body, "%s%sitem,O1,a\x1b[31m,,,,9,1,9.1,,,1,sure,,,,,,,,,\n", rule, ind);
    expect_refused(db, body, "bad.csv:4: Thai title (title_th):");
    snprintf(body, sizeof body, "%s%sitem,O1,ab\u202e,,,,9,1,9.1,,,1,sure,,,,,,,,,\n", rule, ind);
    expect_refused(db, body, "bad.csv:4: Thai title (title_th): holds a control character");
    expect_refused(db, "indicator,9,x,,OIT,20,,,,,,,,,,,,,,,,\n", "no 'framework' row");
    /* Weights that do not add up to 100 (2567's are 100: IIT 6 -> 60 makes 154). */
    size_t len;
    char *csv = export_text(db, 2567, &len);
    cr_assert(strstr(csv, "IIT,6,"), "2567 has an IIT indicator of weight 6");
    size_t rows = (size_t)(strchr(csv, '\n') - csv) + 1; /* after the header */
    size_t iit = (size_t)(strstr(csv, "IIT,6,") - csv);
    char *bent = xasprintf("%.*sIIT,60,%s", (int)(iit - rows), csv + rows, csv + iit + 6);
    expect_refused(db, bent,
                   "bad.csv:5-14: weight: the indicators' weights add up to 154, not 100");
    free(bent);
    free(csv);
    /* Well formed, but it drops items on agency 1's 2567 checklist: refused whole. */
    snprintf(body, sizeof body, "%s%sitem,O1,โครงสร้าง,,,,9,1,9.1,,,1,sure,,,,,,,,,\n", rule, ind);
    expect_refused(db, body, "is on agencies' checklists");
    db_close(db);
}

Test(framework, only_an_admin_may_change_it)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    db_close(db);
    db = th_open_as(path, "somchai", "officer");
    char *before = th_snapshot(db);
    struct db_error err = {{0}};
    cr_assert_neq(db_framework_copy(db, 2568, 2570, &err), 0);
    cr_assert(strstr(err.msg, "admin"), "%s", err.msg);
    struct fw_catalog c;
    load(db, 2568, &c);
    cr_assert_neq(db_framework_put(db, &c, FW_REC_INDICATOR, 0, &err), 0);
    fw_catalog_free(&c);
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before);
    free(before);
    free(after);
    db_close(db);
    free(path);
}

Test(framework, an_edited_row_survives_reloading_the_shipped_catalogs)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    struct fw_catalog c;
    load(db, 2568, &c);
    size_t i;
    struct fw_item *o25 = item(&c, "O25", &i);
    free(o25->title_th);
    o25->title_th = strdup("แผนป้องกันการทุจริตของหน่วยงาน");
    o25->confidence = FW_SURE; /* as the editor does: the admin checked it */
    struct db_error err = {{0}};
    cr_assert_eq(db_framework_put(db, &c, FW_REC_ITEM, i, &err), 0, "%s", err.msg);
    fw_catalog_free(&c);
    cr_assert_eq(db_catalog_load(db, ITADESK_SOURCE_DIR "/db", &err), 8, "%s", err.msg);
    load(db, 2568, &c);
    cr_assert_str_eq(item(&c, "O25", NULL)->title_th, "แผนป้องกันการทุจริตของหน่วยงาน");
    cr_assert_eq(item(&c, "O25", NULL)->confidence, FW_SURE);
    /* The row nobody edited is refreshed from the file as before. */
    cr_assert_str_eq(item(&c, "O26", NULL)->title_th, "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี");
    fw_catalog_free(&c);
    db_close(db);
}

Test(framework, the_unknown_list_names_what_is_missing)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    struct fw_catalog c;
    load(db, 2568, &c);
    struct fw_gap *g;
    size_t n = fw_gaps(&c, &g);
    size_t low = 0, no_components = 0, uncertain_band = 0;
    for (size_t i = 0; i < n; i++) {
        low += g[i].kind == FW_GAP_CONFIDENCE;
        no_components += g[i].kind == FW_GAP_COMPONENTS;
        uncertain_band += g[i].kind == FW_GAP_BAND;
    }
    cr_assert_eq(low, 2, "O25 and O26 are of low confidence");
    cr_assert_eq(no_components, 25, "25 of 28 items of 2568 have no components");
    cr_assert_eq(uncertain_band, 3);
    fw_gaps_free(g, n);
    fw_catalog_free(&c);
    load(db, 2569, &c);
    n = fw_gaps(&c, &g);
    cr_assert_eq(g[0].kind, FW_GAP_RULE);
    fw_gaps_free(g, n);
    fw_catalog_free(&c);
    db_close(db);
}

/* ---- an upgrade from schema 008 ---- */

/* The loader of itadesk at schema 008: the catalogs as they were shipped then. */
static const char *const old_framework[] = {
    "INSERT INTO framework (year, grading, pass_mark, status, note, national_average)"
    " VALUES (:year, :grading, :pass_mark, :status, :note, :national_average)"};
static const char *const old_band[] = {
    "INSERT INTO grade_band (year, rank, label_th, label_en, min_total, min_each_tool, passed,"
    " certain) VALUES (:year, :rank, :label_th, :label_en, :min_total, :min_each_tool, :passed,"
    " :certain)"};
static const char *const old_indicator[] = {
    "INSERT INTO indicator (year, no, name_th, name_en, tool, weight)"
    " VALUES (:year, :no, :name_th, :name_en, :tool, :weight)"};
static const char *const old_question[] = {
    "INSERT INTO question (year, code, tool, indicator_no, text_th, seq)"
    " VALUES (:year, :code, :tool, :indicator_no, :text_th, :seq)"};
static const char *const old_item[] = {
    "INSERT INTO oit_item (year, code, seq, group_key, group_title, indicator_no, title_th,"
    " components_th, known) VALUES (:year, :code, (SELECT count(*) + 1 FROM oit_item WHERE year"
    " = :year), coalesce(:group_key, ''), coalesce(:group_title, ''), :indicator_no,"
    " coalesce(:title_th, ''), coalesce(:components_th, ''), :known)"};

static void load_old(struct itadb *db, const char *file, const char *const *sql)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/schema-008/catalogs/%s", ITADESK_TEST_DATA_DIR, file);
    struct db_error err = {{0}};
    cr_assert_geq(db_load_csv(db, path, sql, 1, &err), 1, "%s", err.msg);
}

static char *catalog_rows(struct itadb *db)
{
    static const char *const sql[] = {
        "SELECT year, grading, pass_mark, status, note, national_average FROM framework",
        "SELECT year, rank, label_th, label_en, min_total, min_each_tool, passed, certain"
        " FROM grade_band",
        "SELECT year, no, name_th, name_en, tool, weight FROM indicator",
        "SELECT year, code, tool, indicator_no, text_th, seq FROM question",
        "SELECT year, code, seq, group_key, group_title, indicator_no, title_th, components_th,"
        " known, confidence FROM oit_item"};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (size_t s = 0; s < sizeof sql / sizeof sql[0]; s++) {
        sqlite3_stmt *st;
        cr_assert_eq(sqlite3_prepare_v2(db->sql, sql[s], -1, &st, NULL), SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); c++)
                fprintf(f, "%s|",
                        sqlite3_column_text(st, c) ? (const char *)sqlite3_column_text(st, c)
                                                   : "NULL");
            fputc('\n', f);
        }
        sqlite3_finalize(st);
    }
    fclose(f);
    return buf;
}

Test(framework, an_upgraded_database_gets_the_corrections_and_keeps_an_admin_edit)
{
    char *path = th_temp_path("old.db");
    struct db_error err = {{0}};
    struct itadb *db = db_open_at_version(path, "tester", 8, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, &err), 0, "%s", err.msg);
    load_old(db, "frameworks.csv", old_framework);
    load_old(db, "grade-bands.csv", old_band);
    load_old(db, "indicators.csv", old_indicator);
    load_old(db, "questions.csv", old_question);
    load_old(db, "oit-items.csv", old_item);
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);
    /* Data of the old version, and an admin's own title for 2568 O26 (the sqlite3 shell was
     * the only way then). */
    th_exec_write(db, "INSERT INTO agency (id, name) VALUES (1, 'เทศบาลตำบลทดสอบ');"
                      "INSERT INTO oit_status (agency_id, year, code, state, score)"
                      " VALUES (1, 2567, 'O5', 'done', 100);"
                      "UPDATE oit_item SET title_th = 'รายงานผลตามแผนป้องกันการทุจริต', known = 1"
                      " WHERE year = 2568 AND code = 'O26'");
    cr_assert_eq(th_query_int(db, "SELECT known FROM oit_item WHERE year = 2567 AND code = 'O5'"),
                 0);
    db_close(db);

    db = db_open(path, "tester", 0, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(db_schema_version(db), db_schema_latest());
    struct fw_catalog c;
    load(db, 2567, &c);
    cr_assert_str_eq(item(&c, "O4", NULL)->title_th, "ข้อมูลการติดต่อ");
    cr_assert_str_eq(item(&c, "O5", NULL)->title_th, "ข่าวประชาสัมพันธ์");
    cr_assert_eq(item(&c, "O5", NULL)->confidence, FW_MEDIUM);
    cr_assert_str_eq(item(&c, "O10", NULL)->title_th, "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่");
    cr_assert_str_eq(item(&c, "O14", NULL)->title_th, "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ");
    cr_assert_str_eq(item(&c, "O18", NULL)->group_title, "การบริหารและพัฒนาทรัพยากรบุคคล");
    fw_catalog_free(&c);
    load(db, 2568, &c);
    cr_assert_str_eq(item(&c, "O25", NULL)->title_th, "แผนปฏิบัติการป้องกันการทุจริต");
    cr_assert_str_eq(item(&c, "O26", NULL)->title_th, "รายงานผลตามแผนป้องกันการทุจริต",
                     "the admin's own title was overwritten");
    fw_catalog_free(&c);
    cr_assert_eq(th_query_int(db, "SELECT score FROM oit_status WHERE agency_id = 1"
                                  " AND year = 2567 AND code = 'O5'"),
                 100);

    /* Apart from that edit, the upgraded catalog is the one a new database gets. */
    th_exec_write(db, "UPDATE oit_item SET title_th = 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',"
                      " confidence = 'low' WHERE year = 2568 AND code = 'O26'");
    struct itadb *fresh = th_open_fresh(NULL, 0);
    char *a = catalog_rows(db), *b = catalog_rows(fresh);
    cr_assert_str_eq(a, b, "an upgraded catalog differs from a new one");
    free(a);
    free(b);
    db_close(fresh);
    db_close(db);
    free(path);
}

Test(framework, a_group_name_goes_to_every_item_of_the_group)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    struct fw_catalog c;
    load(db, 2567, &c);
    size_t i;
    struct fw_item *o30 = item(&c, "O30", &i);
    cr_assert_str_eq(o30->group_key, "10");
    free(o30->group_title);
    o30->group_title = strdup("การป้องกันการทุจริต");
    struct db_error err = {{0}};
    cr_assert_eq(db_framework_put(db, &c, FW_REC_ITEM, i, &err), 0, "%s", err.msg);
    fw_catalog_free(&c);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2567"
                                  " AND group_key = '10' AND group_title = 'การป้องกันการทุจริต'"
                                  " AND edited_at IS NOT NULL"),
                 10);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'oit_item'"
                                  " AND field = 'group_title' AND key LIKE '2567/O%'"),
                 10);
    /* Nothing else was touched. */
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_item WHERE edited_at IS NOT NULL"), 10);
    load(db, 2567, &c);
    struct fw_gap *g;
    size_t n = fw_gaps(&c, &g);
    for (size_t k = 0; k < n; k++)
        cr_assert(g[k].kind != FW_GAP_GROUP_NAME, "group %s still unnamed", g[k].what);
    fw_gaps_free(g, n);
    fw_catalog_free(&c);
    db_close(db);
}

static int has_latin(const char *s)
{
    for (; *s; s++)
        if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) return 1;
    return 0;
}

/* The Thai audit screen and `itadesk audit` name what a framework edit changed in Thai:
 * every field the writer can store (each catalog column, and the events it records), each
 * record kind it audits, and the stored words of its values. */
Test(framework, every_audited_framework_field_reads_in_thai)
{
    th_ui_env(1);
    for (size_t k = 0; k < fw_column_count; k++) {
        const char *label = ui_audit_field(fw_columns[k]);
        cr_assert(*label && !has_latin(label), "field %s reads '%s'", fw_columns[k], label);
    }
    for (int e = 0; e < FW_AUDIT_COUNT; e++) {
        const char *label = ui_audit_field(fw_audit_field((enum fw_audit_event)e));
        cr_assert(*label && !has_latin(label), "field %s reads '%s'",
                  fw_audit_field((enum fw_audit_event)e), label);
    }
    struct fw_catalog c = {.year = 2570};
    c.bands = &(struct fw_band){.rank = 2};
    c.inds = &(struct fw_indicator){.no = 9};
    c.questions = &(struct fw_question){.code = "i3"};
    c.items = &(struct fw_item){.code = "O1"};
    static const char *const expect[FW_REC_COUNT] = {
        "กรอบปี 2570", "ระดับที่ 2 ปี 2570", "ตัวชี้วัดที่ 9 ปี 2570", "ข้อคำถาม i3 ปี 2570", "ข้อ O1 ปี 2570"};
    for (int r = 0; r < FW_REC_COUNT; r++) {
        char *key = fw_record_key(&c, (enum fw_record)r, 0), buf[200];
        ui_audit_item(fw_record_entity((enum fw_record)r), key, buf, sizeof buf);
        cr_assert_str_eq(buf, expect[r], "%s %s", fw_record_entity((enum fw_record)r), key);
        free(key);
    }
    static const char *const values[][2] = {{"grading", "levels"}, {"status", "provisional"},
                                            {"confidence", "low"}, {"known", "1"},
                                            {"passed", "0"},       {"certain", "1"}};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        const char *v = ui_audit_value(values[i][0], values[i][1]);
        cr_assert(!has_latin(v), "%s = %s reads '%s'", values[i][0], values[i][1], v);
    }
}

/* A message about a bad cell names the field in the user's words; a file's column name
 * follows in parentheses, as its header says. The editor's check (fw_validate) too. */
Test(framework, a_refusal_names_the_field_in_thai)
{
    th_ui_env(1);
    struct itadb *db = th_open_fresh(NULL, 1);
    expect_refused(db,
                   "framework,,,,,,,,,,,,,,,,,pass,85,complete,,\n"
                   "indicator,9,การเปิดเผยข้อมูล,,OIT,100,,,,,,,,,,,,,,,,\n"
                   "item,O1,โครงสร้าง,,,,42,1,9.1,,,1,sure,,,,,,,,,\n",
                   "bad.csv:4: ตัวชี้วัดที่ (indicator_no): ไม่มีตัวชี้วัดที่ 42");
    struct fw_catalog c;
    load(db, 2570 - 3, &c);
    c.items[0].indicator_no = 42;
    char why[768];
    cr_assert_neq(fw_validate(&c, why, sizeof why), 0);
    cr_assert(strstr(why, "2567/O1: ตัวชี้วัดที่: ไม่มีตัวชี้วัดที่ 42"), "%s", why);
    c.items[0].indicator_no = 9;
    /* Weights that do not add up: the editor saves, and the gaps say so in Thai. */
    c.inds[0].weight = 60;
    cr_assert_eq(fw_validate(&c, why, sizeof why), 0, "%s", why);
    struct fw_gap *g;
    size_t ng = fw_gaps(&c, &g), k = 0;
    while (k < ng && g[k].kind != FW_GAP_WEIGHTS)
        k++;
    cr_assert(k < ng && strcmp(g[k].what, "154") == 0, "the weights' gap with their sum 154");
    cr_assert(!has_latin(fw_gap_label(FW_GAP_WEIGHTS)), "%s", fw_gap_label(FW_GAP_WEIGHTS));
    fw_gaps_free(g, ng);
    fw_catalog_free(&c);
    db_close(db);
}
