/* Which agencies a multi-agency report covers (db_agency_in_scope: province, district, kind,
 * in Thai order), a document of several agencies (each from a new page), and the picker's
 * in-memory filter (agency_index) against a plain substring search. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "agency_index.h"
#include "db_agency.h"
#include "db_report.h"
#include "db_view_agency.h"
#include "db_view_overview.h"
#include "helper_db.h"
#include "report.h"
#include "report_data.h"

static const struct agency extra[] = {
    {.name = "เทศบาลตำบลนาแก", .kind = "เทศบาลตำบล", .district = "พรรณานิคม", .province = "สกลนคร"},
    {.name = "องค์การบริหารส่วนตำบลไร่",
     .kind = "องค์การบริหารส่วนตำบล",
     .district = "พรรณานิคม",
     .province = "สกลนคร"},
    {.name = "เทศบาลเมืองสกลนคร",
     .kind = "เทศบาลเมือง",
     .district = "เมืองสกลนคร",
     .province = "สกลนคร"},
    {.name = "กองทุนสกลนคร", .kind = "อื่น ๆ", .district = "เมืองสกลนคร", .province = "สกลนคร"},
    {.name = "เทศบาลตำบลเวียง", .kind = "เทศบาลตำบล", .district = "เชียงของ", .province = "เชียงราย"},
};

static struct itadb *scoped_db(char **path)
{
    struct itadb *db = th_open_fresh(path, 1);
    struct db_error err;
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        cr_assert_geq(db_agency_add(db, &extra[i], &err), 0, "%s", err.msg);
    return db;
}

/* The names of the agencies in scope, joined by '|'. */
static char *names_in(struct itadb *db, const char *province, const char *district,
                      const char *kind)
{
    struct agency_scope sc = {province, district, kind};
    long *ids;
    size_t n;
    struct db_error err;
    cr_assert_eq(db_agency_in_scope(db, &sc, &ids, &n, &err), 0, "%s", err.msg);
    char *out = calloc(1, 4096);
    for (size_t i = 0; i < n; i++) {
        struct agency a = {0};
        cr_assert_eq(db_agency_get(db, ids[i], &a, &err), 0);
        if (i) strcat(out, "|");
        strcat(out, a.name);
        agency_clear(&a);
    }
    free(ids);
    return out;
}

Test(scope, province_district_and_kind_narrow_in_thai_order)
{
    char *path;
    struct itadb *db = scoped_db(&path);
    char *s = names_in(db, "สกลนคร", NULL, NULL);
    cr_expect_str_eq(s, "กองทุนสกลนคร|เทศบาลตำบลนาแก|เทศบาลตำบลพอกน้อย|เทศบาลเมืองสกลนคร|"
                        "องค์การบริหารส่วนตำบลไร่");
    free(s);
    s = names_in(db, "สกลนคร", "พรรณานิคม", NULL);
    cr_expect_str_eq(s, "เทศบาลตำบลนาแก|เทศบาลตำบลพอกน้อย|องค์การบริหารส่วนตำบลไร่");
    free(s);
    s = names_in(db, "สกลนคร", "พรรณานิคม", "เทศบาลตำบล");
    cr_expect_str_eq(s, "เทศบาลตำบลนาแก|เทศบาลตำบลพอกน้อย");
    free(s);
    s = names_in(db, "สกลนคร", NULL, "เทศบาลเมือง");
    cr_expect_str_eq(s, "เทศบาลเมืองสกลนคร");
    free(s);
    s = names_in(db, "เชียงราย", "พรรณานิคม", NULL); /* a district of another province */
    cr_expect_str_eq(s, "");
    free(s);
    s = names_in(db, "สกล", NULL, NULL); /* whole names only */
    cr_expect_str_eq(s, "");
    free(s);
    db_close(db);
    free(path);
}

Test(scope, a_document_of_several_agencies_starts_each_on_a_new_page)
{
    char *path;
    struct itadb *db = scoped_db(&path);
    struct rep_doc d;
    rep_doc_init(&d, 0);
    struct db_error err;
    size_t starts[2];
    for (long id = 1; id <= 2; id++) {
        struct report_input in;
        cr_assert_eq(db_report_load(db, REPORT_OIT, id, 2567, &in, &err), 0, "%s", err.msg);
        starts[id - 1] = d.n;
        cr_assert_eq(report_build_next(&in, &d), 0);
        report_input_free(&in);
    }
    cr_expect_eq(d.v[starts[0]].new_page, 0, "the first agency starts the document");
    cr_expect_eq(d.v[starts[1]].new_page, 1, "the second starts a new page");
    struct report_render_opts o = {.format = REPORT_TEXT};
    char *out;
    size_t len;
    cr_assert_eq(report_render(&d, &o, &out, &len), 0);
    const char *ff = strchr(out, '\f');
    cr_assert_not_null(ff, "a form feed between the agencies");
    cr_expect_not_null(strstr(out, "เทศบาลตำบลคำเขื่อนแก้ว"));
    cr_expect(strstr(out, "องค์การบริหารส่วนตำบลศรีคำ") > ff, "the second agency after the break");
    free(out);
    o.format = REPORT_HTML;
    cr_assert_eq(report_render(&d, &o, &out, &len), 0);
    cr_expect_not_null(strstr(out, "<hr class=\"next\""));
    cr_expect_eq(strstr(strstr(out, "<body>"), "<html") == NULL, 1, "one HTML document");
    free(out);
    rep_doc_free(&d);
    db_close(db);
    free(path);
}

static int holds(const char *field, const char *needle)
{
    return field && strstr(field, needle);
}

/* The filter keeps exactly the entries whose name, district or province holds the needle
 * (strstr on the UTF-8 as stored), in order. */
static void expect_filter_like_strstr(struct itadb *db, struct agency_index *ix, const char *needle)
{
    size_t *out = calloc(ix->n + 1, sizeof *out), k = agency_index_filter(ix, needle, NULL, 0, out);
    size_t want = 0;
    for (size_t i = 0; i < ix->n; i++) {
        struct agency a = {0};
        struct db_error err;
        cr_assert_eq(db_agency_get(db, ix->id[i], &a, &err), 0);
        int match = holds(a.name, needle) || holds(a.district, needle) || holds(a.province, needle);
        agency_clear(&a);
        if (!match) continue;
        cr_expect_lt(want, k, "'%s': entry %zu missing", needle, i);
        if (want < k) cr_expect_eq(out[want], i, "'%s': entry %zu", needle, i);
        want++;
    }
    cr_expect_eq(k, want, "'%s': %zu found, %zu expected", needle, k, want);
    free(out);
}

Test(scope, the_picker_filter_finds_what_a_substring_search_finds)
{
    char *path;
    struct itadb *db = scoped_db(&path);
    struct db_error err;
    struct agency odd[] = {
        {.name = "Café ๑๒ กรม😀ป่าไม้", .kind = NULL, .district = "อ.เมือง", .province = "จ.ตาก"},
        {.name = "ABC school", .kind = "x", .district = "", .province = ""},
        {.name = "中文 ทดสอบ e\xCC\x81", .kind = NULL, .district = "😁", .province = "ตาก"}};
    for (size_t i = 0; i < 3; i++)
        cr_assert_geq(db_agency_add(db, &odd[i], &err), 0, "%s", err.msg);
    struct agency_index ix;
    cr_assert_eq(db_view_agency_index_load(db, &ix, &err), 0, "%s", err.msg);
    cr_expect_eq(ix.n, 11);
    static const char *const needles[] = {
        "เ",      "เทศบาล", "สกลนคร", "นคร", "พรรณา",  "ตำบล", "ก",         "ศรี",
        "😀",      "😁",      "Café",   "é",   "ABC",    "๑๒",   "ป่า",        "ไม้",
        "อ.เมือง", "ไม่มี",    "a",      "C s", "中",     "中文", "e\xCC\x81", "\xCC\x81",
        "ตาก",    "ก😀",     "😀ป",     "ฟ",   "ทดสอบ e"};
    for (size_t i = 0; i < sizeof needles / sizeof needles[0]; i++)
        expect_filter_like_strstr(db, &ix, needles[i]);
    /* A field never runs into the next one. */
    size_t out[16];
    cr_expect_eq(agency_index_filter(&ix, "แกพรรณา", NULL, 0, out), 0);
    cr_expect_eq(agency_index_filter(&ix, "", NULL, 0, out), 0);
    /* In the THAI collation's order (Latin letters before Thai ones). */
    static const char *const order[] = {"ABC school", "Café ๑๒ กรม😀ป่าไม้", "กองทุนสกลนคร"};
    for (size_t i = 0; i < 3; i++) {
        struct agency a = {0};
        cr_assert_eq(db_agency_get(db, ix.id[i], &a, &err), 0);
        cr_expect_str_eq(a.name, order[i], "position %zu", i);
        agency_clear(&a);
    }
    agency_index_free(&ix);
    db_close(db);
    free(path);
}

/* Typing on: the result of a longer filter searched within the shorter one's (the path taken
 * when that result is small) equals a search of the whole list. */
Test(scope, narrowing_a_filter_finds_what_a_whole_search_finds)
{
    struct agency_index ix = {0};
    static const char *const parts[] = {"ศรี", "สะ", "เกษ", "นา", "บ้าน", "หนอง", "บัว", "😀", "ก"};
    char name[256];
    for (long i = 0; i < 800; i++) {
        snprintf(name, sizeof name, "%s%s%s %ld", parts[i % 9], parts[(i / 9) % 9],
                 parts[(i / 81) % 9], i);
        agency_index_add(&ix, i + 1, name, i % 7 ? "อำเภอเมือง" : "ศรีสะเกษ", "จังหวัด");
    }
    size_t *order = calloc(800, sizeof *order);
    for (size_t i = 0; i < 800; i++)
        order[i] = 799 - i;
    agency_index_permute(&ix, order, 800);
    free(order);
    static const char *const typed[][2] = {
        {"ศรี", "ศรีสะ"},     {"😀", "😀ก"},  {"บ้านหนอง", "บ้านหนองบัว"},
        {"นาบัว", "นาบัวศรี"}, {"ก", "กศรี"}, {"เกษ", "เกษ😀"}};
    size_t *a = calloc(800, sizeof *a), *b = calloc(800, sizeof *b);
    for (size_t t = 0; t < sizeof typed / sizeof typed[0]; t++) {
        size_t na = agency_index_filter(&ix, typed[t][0], NULL, 0, a);
        size_t nb = agency_index_filter(&ix, typed[t][1], NULL, 0, b);
        size_t nn = agency_index_filter(&ix, typed[t][1], a, na, a); /* in place */
        cr_expect_eq(nn, nb, "'%s' after '%s': %zu, whole list %zu", typed[t][1], typed[t][0], nn,
                     nb);
        cr_expect_arr_eq(a, b, nb * sizeof *a, "'%s' after '%s'", typed[t][1], typed[t][0]);
        cr_expect_gt(nb, 0, "'%s' matches something", typed[t][1]);
    }
    free(a);
    free(b);
    agency_index_free(&ix);
}

/* The work of reading one province (SQLite's virtual-machine steps, counted exactly by a
 * progress handler called at every step: a measure of cost that a loaded machine does not
 * blur) must not grow with the agencies of other provinces: a national file of 30,000
 * agencies reads a province of 400 as cheaply as a small file does. Before issue 17's
 * fix the overview walked every agency of the country in Thai order to keep those of one
 * province. */
static int count_step(void *n)
{
    ++*(unsigned long *)n;
    return 0;
}

static unsigned long steps_of_overview(struct itadb *db)
{
    struct agency_scope sc = {"สกลนคร", NULL, NULL};
    struct db_view_overview_row *rows;
    size_t n;
    struct db_error err;
    unsigned long steps = 0;
    sqlite3_progress_handler(db->sql, 1, count_step, &steps);
    cr_assert_eq(db_view_overview(db, &sc, 2567, "2025-01-15", &rows, &n, &err), 0, "%s", err.msg);
    sqlite3_progress_handler(db->sql, 0, NULL, NULL);
    cr_expect_eq(n, 5, "the province's five agencies");
    db_view_overview_free(rows, n);
    return steps;
}

static unsigned long steps_of_scope(struct itadb *db)
{
    struct agency_scope sc = {"สกลนคร", NULL, NULL};
    long *ids;
    size_t n;
    struct db_error err;
    unsigned long steps = 0;
    sqlite3_progress_handler(db->sql, 1, count_step, &steps);
    cr_assert_eq(db_agency_in_scope(db, &sc, &ids, &n, &err), 0, "%s", err.msg);
    sqlite3_progress_handler(db->sql, 0, NULL, NULL);
    cr_expect_eq(n, 5);
    free(ids);
    return steps;
}

Test(scope, reading_a_province_costs_the_same_however_many_other_agencies_there_are)
{
    char *path;
    struct itadb *db = scoped_db(&path);
    unsigned long overview = steps_of_overview(db), scope = steps_of_scope(db);
    th_exec_write(db,
                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                  " INSERT INTO agency (name, district, province, sort_key)"
                  " SELECT 'เทศบาลตำบลที่ ' || i, 'อำเภอ ' || (i % 40), 'จังหวัด ' || (i % 75),"
                  " thai_sort_key('เทศบาลตำบลที่ ' || i) FROM n");
    unsigned long overview_n = steps_of_overview(db), scope_n = steps_of_scope(db);
    cr_expect_leq(overview_n, overview + overview / 10,
                  "the overview of a province took %lu steps beside 3,000 more agencies, %lu "
                  "without them",
                  overview_n, overview);
    cr_expect_leq(scope_n, scope + scope / 10,
                  "the agencies of a province took %lu steps beside 3,000 more agencies, %lu "
                  "without them",
                  scope_n, scope);
    db_close(db);
    free(path);
}
