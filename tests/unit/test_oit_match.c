/* Matching OIT items across frameworks on the real 2567 and 2568 catalogs
 * (db/catalogs/oit-items.csv), as shipped and with the titles part of the catalog still
 * lacks (2567 O4/O5/O10/O14, 2568 O25/O26) filled in or written as placeholders. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>

#include "csv.h"
#include "fileio.h"
#include "oit_match.h"
#include "text/tt_wrap.h"
#include "xalloc.h"

struct catalog {
    struct oit_match_item items[64];
    char *titles[64];
    char codes[64][16];
    size_t n;
};

static void load_year(int year, struct catalog *c)
{
    char path[4096], *buf = NULL, err[256];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/db/catalogs/oit-items.csv", ITADESK_SOURCE_DIR);
    cr_assert_eq(file_read_all(path, &buf, &len), 0, "%s", path);
    struct csv_reader r;
    struct csv_record rec = {0};
    csv_reader_init(&r, buf, len);
    cr_assert_eq(csv_next(&r, &rec, err, sizeof err), CSV_RECORD);
    int cy = csv_column(&rec, "year"), cc = csv_column(&rec, "code"),
        ct = csv_column(&rec, "title_th"), ck = csv_column(&rec, "known");
    *c = (struct catalog){0};
    while (csv_next(&r, &rec, err, sizeof err) == CSV_RECORD) {
        if (atoi(rec.fields[cy]) != year) continue;
        snprintf(c->codes[c->n], 16, "%s", rec.fields[cc]);
        c->titles[c->n] = xstrdup(rec.fields[ct]);
        c->items[c->n] = (struct oit_match_item){c->codes[c->n], c->titles[c->n],
                                                 ck < 0 || atoi(rec.fields[ck]) != 0};
        c->n++;
    }
    csv_record_free(&rec);
    free(buf);
}

static void set_title(struct catalog *c, const char *code, const char *title, int known)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->codes[i], code) == 0) {
            free(c->titles[i]);
            c->titles[i] = xstrdup(title);
            c->items[i].title = c->titles[i];
            c->items[i].known = known;
            return;
        }
    cr_assert_fail("no %s", code);
}

static void free_catalog(struct catalog *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->titles[i]);
}

static ThBrk *brk;
static struct catalog y67, y68;
static void setup(void)
{
    brk = tt_brk_shared();
    load_year(2567, &y67);
    load_year(2568, &y68);
    cr_assert_eq(y67.n, 35);
    cr_assert_eq(y68.n, 28);
}
static void teardown(void)
{
    free_catalog(&y67);
    free_catalog(&y68);
}

static void match(struct oit_match *m, const struct oit_map_rule *rules, size_t nrules)
{
    oit_match_items(brk, y67.items, y67.n, y68.items, y68.n, rules, nrules, m);
    if (getenv("OIT_MATCH_PRINT"))
        for (size_t i = 0; i < m->n; i++)
            fprintf(stderr, "%s -> %s %d%% src %d best %d\n", m->pairs[i].from,
                    m->pairs[i].to[0] ? m->pairs[i].to : "-", m->pairs[i].confidence,
                    m->pairs[i].source, m->pairs[i].best);
}

static void expect_to(const struct oit_match *m, const char *from, const char *to)
{
    const struct oit_match_pair *p = oit_match_find(m, from);
    cr_assert_not_null(p, "%s", from);
    cr_expect_str_eq(p->to, to, "2567 %s went to '%s', expected '%s'", from, p->to, to);
}

/* What holds before and after the catalog's titles are corrected. */
static void expect_common(const struct oit_match *m)
{
    expect_to(m, "O1", "O1"); /* โครงสร้าง -> โครงสร้างและอำนาจหน้าที่ */
    expect_to(m, "O2", "O2");
    expect_to(m, "O6", ""); /* Q&A is gone in 2568 */
    expect_to(m, "O7", "O5");
    expect_to(m, "O8", "O6");
    expect_to(m, "O9", "O7");
    expect_to(m, "O11", "O9"); /* ให้บริการ -> ขอรับบริการ */
    expect_to(m, "O12", "O11");
    expect_to(m, "O13", "O10"); /* E-Service, E–Service */
    expect_to(m, "O16", "O12"); /* merged into รายการ… และความก้าวหน้า… */
    expect_to(m, "O17", "O13");
    expect_to(m, "O18", "O14");
    expect_to(m, "O19", "O15");
    expect_to(m, "O21", "O16"); /* merged: ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม */
    expect_to(m, "O22", "O17");
    expect_to(m, "O23", "O18");
    expect_to(m, "O24", "O19");
    expect_to(m, "O25", "O20");
    expect_to(m, "O26", "O21"); /* No Gift Policy: declaration and culture merged */
    expect_to(m, "O29", "O22");
    expect_to(m, "O31", "O24");
    expect_to(m, "O34", "O27");
    expect_to(m, "O35", "O28");
    for (size_t i = 0; i < m->n; i++) {
        const struct oit_match_pair *p = &m->pairs[i];
        if (p->to[0]) cr_expect_geq(p->confidence, OIT_MATCH_THRESHOLD, "%s", p->from);
        if (p->to[0]) cr_expect_leq(p->confidence, 100, "%s", p->from);
        for (size_t j = 0; j < i; j++)
            cr_expect(!p->to[0] || strcmp(p->to, m->pairs[j].to) != 0, "%s and %s both go to %s",
                      p->from, m->pairs[j].from, p->to);
    }
}

TestSuite(oit_match, .init = setup, .fini = teardown);

Test(oit_match, shipped_catalogs_map_by_title_one_to_one)
{
    /* The catalog as this build ships it, whatever its titles are. */
    struct oit_match m;
    match(&m, NULL, 0);
    expect_common(&m);
    /* An unknown title is never matched, and says so. */
    for (size_t i = 0; i < y67.n; i++)
        if (!y67.items[i].known) {
            const struct oit_match_pair *p = oit_match_find(&m, y67.codes[i]);
            cr_expect_str_eq(p->to, "", "%s has no title but was mapped", p->from);
            cr_expect_eq(p->source, OIT_SRC_UNKNOWN);
        }
    cr_expect_eq(oit_match_find(&m, "O13")->confidence, 100);
    cr_expect_eq(oit_match_find(&m, "O13")->source, OIT_SRC_TITLE);
    cr_expect_lt(oit_match_find(&m, "O6")->best, OIT_MATCH_THRESHOLD);
    cr_expect_eq(oit_match_find(&m, "O6")->source, OIT_SRC_TITLE);
    oit_match_free(&m);
}

Test(oit_match, before_the_corrections_placeholders_stay_unmapped)
{
    set_title(&y67, "O4", "ข่าวประชาสัมพันธ์", 1);
    set_title(&y67, "O5", "", 0);
    set_title(&y67, "O10", "(ไม่ทราบชื่อข้อ O10)", 0);
    /* Even a placeholder marked known is no title to match on. */
    set_title(&y67, "O14", "(ไม่ทราบชื่อข้อ O14)", 1);
    set_title(&y68, "O25", "(ไม่ทราบชื่อข้อ O25)", 1);
    set_title(&y68, "O26", "", 0);
    struct oit_match m;
    match(&m, NULL, 0);
    expect_common(&m);
    expect_to(&m, "O4", "O4");
    expect_to(&m, "O5", "");
    expect_to(&m, "O10", "");
    expect_to(&m, "O14", "");
    cr_expect_eq(oit_match_find(&m, "O14")->source, OIT_SRC_UNKNOWN);
    expect_to(&m, "O32", ""); /* its 2568 twin O25 has no title yet */
    expect_to(&m, "O33", "");
    oit_match_free(&m);
}

Test(oit_match, after_the_corrections_the_new_titles_find_their_items)
{
    set_title(&y67, "O4", "ข้อมูลการติดต่อ", 1);
    set_title(&y67, "O5", "ข่าวประชาสัมพันธ์", 1);
    set_title(&y67, "O10", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", 1);
    set_title(&y67, "O14", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", 1);
    set_title(&y68, "O25", "แผนปฏิบัติการป้องกันการทุจริต", 1);
    set_title(&y68, "O26", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", 1);
    struct oit_match m;
    match(&m, NULL, 0);
    expect_common(&m);
    expect_to(&m, "O4", "O3");
    expect_to(&m, "O5", "O4");
    expect_to(&m, "O10", "O8");
    expect_to(&m, "O32", "O25");
    expect_to(&m, "O33", "O26");
    oit_match_free(&m);
}

Test(oit_match, stored_rules_come_before_titles_and_take_their_targets)
{
    struct oit_map_rule rules[] = {
        {"O3", "O1"}, /* อำนาจหน้าที่ -> โครงสร้างและอำนาจหน้าที่: O1's best title match */
        {"O9", ""},   /* the admin says: no successor */
        {"O6", "O3"}, /* Q&A -> ข้อมูลการติดต่อ */
        {"O7", "O99"}, /* to an item 2568 does not have: ignored */
        {"O35", "O1"}, /* a second rule into O1: the first rule holds it */
    };
    struct oit_match m;
    match(&m, rules, 5);
    expect_to(&m, "O3", "O1");
    cr_expect_eq(oit_match_find(&m, "O3")->source, OIT_SRC_STORED);
    cr_expect_eq(oit_match_find(&m, "O3")->confidence, 100);
    /* 2567 O1's best title (73 %) went to the admin's pair: it looks for another, free one. */
    cr_expect_str_neq(oit_match_find(&m, "O1")->to, "O1");
    cr_expect_eq(oit_match_find(&m, "O1")->source, OIT_SRC_TITLE);
    cr_expect_geq(oit_match_find(&m, "O1")->best, OIT_MATCH_THRESHOLD);
    expect_to(&m, "O9", "");
    cr_expect_eq(oit_match_find(&m, "O9")->source, OIT_SRC_STORED);
    expect_to(&m, "O6", "O3");
    expect_to(&m, "O7", "O5");
    cr_expect_eq(oit_match_find(&m, "O7")->source, OIT_SRC_TITLE);
    expect_to(&m, "O35", "");
    cr_expect_eq(oit_match_find(&m, "O35")->source, OIT_SRC_STORED);
    cr_expect_str_eq(oit_match_find(&m, "O35")->clash, "O1");
    /* Every 2568 item receives at most one 2567 item, whoever decided. */
    size_t mapped = 0;
    for (size_t i = 0; i < m.n; i++) {
        mapped += m.pairs[i].to[0] != '\0';
        for (size_t j = 0; j < i; j++)
            cr_expect(!m.pairs[i].to[0] || strcmp(m.pairs[i].to, m.pairs[j].to) != 0,
                      "%s and %s both go to %s", m.pairs[i].from, m.pairs[j].from, m.pairs[i].to);
    }
    cr_expect_eq(m.mapped, mapped);
    oit_match_free(&m);
}

Test(oit_match, similarity_is_symmetric_normalised_and_bounded)
{
    cr_expect_eq(oit_title_similarity(brk, "E-Service", "E–Service"), 100);
    cr_expect_eq(oit_title_similarity(brk, "ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร"), 100);
    /* Typed with a decomposed SARA AM and stray spaces: the same title. */
    cr_expect_eq(oit_title_similarity(brk, "อำนาจหน้าที่", " อํานาจหน้าที่ "), 100);
    int a = oit_title_similarity(brk, "โครงสร้าง", "โครงสร้างและอำนาจหน้าที่");
    cr_expect_eq(a, oit_title_similarity(brk, "โครงสร้างและอำนาจหน้าที่", "โครงสร้าง"));
    cr_expect(a >= OIT_MATCH_THRESHOLD && a < 100, "%d", a);
    cr_expect_lt(oit_title_similarity(brk, "Q&A", "ข้อมูลการติดต่อ"), 10);
    cr_expect_eq(oit_title_similarity(brk, "", "โครงสร้าง"), 0);
    cr_expect(!oit_title_usable("(ไม่ทราบชื่อข้อ…)", 1));
    cr_expect(!oit_title_usable("โครงสร้าง", 0));
    cr_expect(!oit_title_usable("  ", 1));
    cr_expect(oit_title_usable("Q&A", 1));
}
