/* The documents: the progress report puts measures that share a weakness and an approach in
 * one row (numbered), and no other; the PDF writer makes an A4 PDF (landscape when asked)
 * that keeps a long table's header on every page; the Word writer makes a zip whose parts
 * are there and whose document holds the text, Thai tagged, the table header repeated. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <pango/pangocairo.h>
#include <zip.h>

#include "report.h"
#include "report_data.h"

/* Each test frees the font caches at its end, so the leak checker sees only real leaks. */
TestSuite(report_docs, .fini = report_fonts_release);

static struct measure measure(const char *issue, const char *approach, const char *title,
                              enum ita_state status)
{
    return (struct measure){.issue_label = issue ? strdup(issue) : NULL,
                            .approach = approach ? strdup(approach) : NULL,
                            .title = strdup(title),
                            .responsible = strdup("สำนักปลัด"),
                            .status = status};
}

static const struct rep_table *first_table(const struct rep_doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->v[i].kind == REP_TABLE) return d->v[i].table;
    return NULL;
}

Test(report_docs, progress_groups_measures_sharing_a_weakness_and_an_approach)
{
    struct report_input in = {.kind = REPORT_PROGRESS, .year = 2568};
    in.agency.name = strdup("เทศบาลตำบลทดสอบ");
    in.measures = calloc(3, sizeof *in.measures);
    in.measures[0] = measure("๑.ความโปร่งใส", "เผยแพร่ข้อมูล", "จัดทำคู่มือ", ITA_DONE);
    in.measures[1] = measure(NULL, "เผยแพร่ข้อมูล", "ประชุมประจำเดือน", ITA_NOT_DONE);
    in.measures[1].issue_no = strdup("1");
    in.measures[0].issue_no = strdup("1");
    in.measures[2] = measure("๒.การใช้อำนาจ", "อบรม", "อบรมบุคลากร", ITA_IN_PROGRESS);
    in.n_measures = 3;
    struct rep_doc d;
    rep_doc_init(&d, 1);
    cr_assert_eq(report_build(&in, &d), 0);
    cr_assert(d.landscape);
    const struct rep_table *t = first_table(&d);
    cr_assert_not_null(t);
    cr_assert_eq(t->ncols, 7);
    cr_expect_str_eq(t->cols[4].group, t->cols[5].group, "the follow-up heads both boxes");
    cr_assert_eq(t->nrows, 2, "two weaknesses/approaches: two rows, not %zu", t->nrows);
    const struct rep_cell *row = t->rows[0].cells;
    cr_expect_str_eq(row[0].text, "๑.ความโปร่งใส");
    cr_expect_str_eq(row[1].text, "เผยแพร่ข้อมูล", "the shared approach is printed once");
    cr_expect_str_eq(row[2].text, "๑) จัดทำคู่มือ\n๒) ประชุมประจำเดือน");
    cr_expect_str_eq(row[3].text, "สำนักปลัด", "the same unit is printed once");
    cr_expect_str_eq(row[4].text, "๑) " REP_TICK, "only the first is done");
    cr_expect_str_eq(row[5].text, "๒) " REP_TICK);
    cr_expect_str_eq(t->rows[1].cells[2].text, "อบรมบุคลากร", "one measure: not numbered");
    cr_expect(strstr(t->rows[1].cells[5].text, REP_TICK) != NULL);
    rep_doc_free(&d);
    report_input_free(&in);
}

/* Measures entered against a finding (on the plans screen or with measure --finding) print
 * the finding as the weakness they answer: the progress report otherwise had an empty first
 * column for them. */
Test(report_docs, progress_prints_the_finding_a_measure_answers)
{
    struct report_input in = {.kind = REPORT_PROGRESS, .year = 2565};
    in.agency.name = strdup("องค์การบริหารส่วนตำบลนาดี");
    in.findings = calloc(2, sizeof *in.findings);
    in.findings[0] = (struct finding){.id = 7, .to_develop = strdup("พัฒนาการใช้งบประมาณ")};
    in.findings[1] = (struct finding){.id = 9, .weakness = strdup("เปิดเผยข้อมูลไม่ครบ")};
    in.n_findings = 2;
    in.measures = calloc(3, sizeof *in.measures);
    in.measures[0] = measure(NULL, NULL, "ประกาศผลการจัดซื้อจัดจ้าง", ITA_DONE);
    in.measures[0].finding_id = 9;
    in.measures[1] = measure(NULL, NULL, "จัดทำคู่มือ", ITA_DONE);
    in.measures[1].finding_id = 7;
    in.measures[2] = measure("ประเด็นที่พิมพ์เอง", NULL, "อบรมบุคลากร", ITA_DONE);
    in.measures[2].finding_id = 9;
    in.n_measures = 3;
    struct rep_doc d;
    rep_doc_init(&d, 1);
    cr_assert_eq(report_build(&in, &d), 0);
    const struct rep_table *t = first_table(&d);
    cr_assert_not_null(t);
    cr_assert_eq(t->nrows, 3);
    cr_expect_str_eq(t->rows[0].cells[0].text, "เปิดเผยข้อมูลไม่ครบ");
    cr_expect_str_eq(t->rows[1].cells[0].text, "พัฒนาการใช้งบประมาณ", "a finding of another kind");
    cr_expect_str_eq(t->rows[2].cells[0].text, "ประเด็นที่พิมพ์เอง", "a typed issue comes first");
    rep_doc_free(&d);
    report_input_free(&in);
}

/* A document with a table of many rows, so that it runs over pages. */
static void long_doc(struct rep_doc *d, int landscape)
{
    rep_doc_init(d, 1);
    d->landscape = landscape;
    rep_set_title(d, "ทดสอบ");
    rep_title(d, "รายงานทดสอบ");
    rep_body(d, "ย่อหน้าแรกของเอกสารที่มีการเยื้องบรรทัดแรกตามแบบหนังสือราชการ");
    rep_heading(d, 1, "ส่วนที่ ๑");
    struct rep_table *t = rep_table(d, 3);
    rep_col(t, 0, "ลำดับ", TT_ALIGN_RIGHT, 0);
    rep_col(t, 1, "มาตรการ", TT_ALIGN_LEFT, 0);
    rep_col(t, 2, "ผู้รับผิดชอบ", TT_ALIGN_LEFT, 0);
    for (int i = 0; i < 60; i++) {
        long r = rep_row(d, t);
        rep_cellf(d, t, r, 0, "%d", i + 1);
        rep_cell(d, t, r, 1, "จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้ประชาชนทราบอย่างทั่วถึง");
        rep_cell(d, t, r, 2, "กองคลัง");
    }
    rep_signature(d, "นายทดสอบ ระบบ", "ปลัดเทศบาล");
}

static char *render(const struct rep_doc *d, enum report_format f, size_t *len)
{
    struct report_render_opts o = {.format = f};
    char *out;
    cr_assert_eq(report_render(d, &o, &out, len), 0);
    return out;
}

static int count(const char *hay, size_t len, const char *needle)
{
    int n = 0;
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= len; i++)
        n += memcmp(hay + i, needle, k) == 0;
    return n;
}

Test(report_docs, pdf_is_a4_and_runs_over_pages)
{
    for (int landscape = 0; landscape <= 1; landscape++) {
        struct rep_doc d;
        long_doc(&d, landscape);
        size_t len;
        char *pdf = render(&d, REPORT_PDF, &len);
        cr_assert(len > 1000 && memcmp(pdf, "%PDF-", 5) == 0);
        const char *box = landscape ? "/MediaBox [ 0 0 841.889764 595.275591 ]"
                                    : "/MediaBox [ 0 0 595.275591 841.889764 ]";
        int pages = count(pdf, len, "/Type /Page %");
        cr_expect_eq(count(pdf, len, box), pages, "every page is A4 %s",
                     landscape ? "landscape" : "portrait");
        cr_expect_geq(count(pdf, len, "/FontFile2"), 1, "the font is embedded");
        cr_expect_geq(pages, 2, "60 rows run over pages (%d)", pages);
        free(pdf);
        rep_doc_free(&d);
    }
}

static char *zip_part(const char *buf, size_t len, const char *name)
{
    zip_error_t err;
    zip_source_t *src = zip_source_buffer_create(buf, len, 0, &err);
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    cr_assert_not_null(z, "the docx is not a valid zip");
    zip_stat_t st;
    cr_assert_eq(zip_stat(z, name, 0, &st), 0, "no part %s", name);
    char *data = calloc(1, st.size + 1);
    zip_file_t *f = zip_fopen(z, name, 0);
    cr_assert_eq(zip_fread(f, data, st.size), (zip_int64_t)st.size);
    zip_fclose(f);
    zip_close(z);
    return data;
}

Test(report_docs, docx_holds_the_document_with_thai_and_a_repeated_header)
{
    struct rep_doc d;
    long_doc(&d, 1);
    size_t len;
    char *docx = render(&d, REPORT_DOCX, &len);
    cr_assert(memcmp(docx, "PK", 2) == 0);
    static const char *const parts[] = {
        "[Content_Types].xml", "_rels/.rels",        "word/_rels/document.xml.rels",
        "word/styles.xml",     "word/fontTable.xml", "word/header1.xml",
        "docProps/core.xml"};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        free(zip_part(docx, len, parts[i]));
    char *doc = zip_part(docx, len, "word/document.xml");
    cr_expect(strstr(doc, "<w:tblHeader/>") != NULL);
    cr_expect(strstr(doc, "จัดทำคู่มือการปฏิบัติงาน") != NULL);
    cr_expect(strstr(doc, "w:orient=\"landscape\"") != NULL);
    cr_expect(strstr(doc, "w:fmt=\"thaiNumbers\"") != NULL, "page numbers in Thai digits");
    cr_expect(strstr(doc, "(นายทดสอบ ระบบ)") != NULL);
    free(doc);
    char *styles = zip_part(docx, len, "word/styles.xml");
    cr_expect(strstr(styles, "w:cs=\"TH Sarabun New\"") != NULL);
    cr_expect(strstr(styles, "w:bidi=\"th-TH\"") != NULL);
    free(styles);
    free(docx);
    rep_doc_free(&d);
}

Test(report_docs, pdf_cuts_a_row_taller_than_a_page_and_a_word_wider_than_its_column)
{
    struct rep_doc d;
    rep_doc_init(&d, 0);
    struct rep_table *t = rep_table(&d, 2);
    rep_col(t, 0, "ข้อ", TT_ALIGN_LEFT, 0);
    rep_col(t, 1, "ข้อมูล", TT_ALIGN_LEFT, 0);
    long r = rep_row(&d, t);
    char *tall = calloc(1, 200 * 128);
    for (int i = 0; i < 200; i++)
        strcat(tall, "บรรทัดที่ยาวมากของข้อมูล\n");
    rep_cell(&d, t, r, 0, "1");
    rep_cell(&d, t, r, 1, tall);
    r = rep_row(&d, t);
    rep_cell(&d, t, r, 0,
             "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    rep_cell(&d, t, r, 1,
             "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy");
    size_t len;
    char *pdf = render(&d, REPORT_PDF, &len);
    int pages = count(pdf, len, "/Type /Page %");
    cr_expect_geq(pages, 6, "200 lines take several pages (%d)", pages);
    cr_expect_leq(pages, 12, "and no page is wasted (%d)", pages);
    free(pdf);
    free(tall);
    rep_doc_free(&d);
}

/* The width in points of text in Laksaman at 16 pt (bold or not): what a reader of the Word
 * file without TH Sarabun New sees (Word and LibreOffice draw the stand-in at the nominal
 * size; only fontconfig scales it). Measured here with Pango directly, not the writer's
 * code. */
static double laksaman_width(const char *text, int bold)
{
    PangoContext *ctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
    pango_cairo_context_set_resolution(ctx, 72.0);
    PangoLayout *l = pango_layout_new(ctx);
    PangoFontDescription *fd = pango_font_description_from_string("Laksaman 16");
    if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(l, fd);
    pango_layout_set_text(l, text, -1);
    int w, h;
    pango_layout_get_size(l, &w, &h);
    pango_font_description_free(fd);
    g_object_unref(l);
    g_object_unref(ctx);
    return (double)w / PANGO_SCALE;
}

/* The defect: the Word file's narrow columns were as wide as the words in TH Sarabun New,
 * so LibreOffice (Laksaman at 16 pt, half as wide again) cut "ผู้รับผิด|ชอบ" and
 * "สวัสดิ|การ" as the old HTML path did. */
Test(report_docs, docx_columns_hold_their_words_in_the_stand_in_font)
{
    struct rep_doc d;
    rep_doc_init(&d, 1);
    d.landscape = 1;
    struct rep_table *t = rep_table(&d, 5);
    static const char *const heads[] = {"ประเด็นที่เป็นข้อบกพร่อง", "แนวทางการปฏิบัติ", "มาตรการ",
                                        "ผู้รับผิดชอบ", "ผลการดำเนินงาน"};
    for (size_t c = 0; c < 5; c++)
        rep_col(t, c, heads[c], TT_ALIGN_LEFT, 0);
    const char *lots = "จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้ประชาชนทราบอย่างทั่วถึง "
                       "ประชุมชี้แจงบุคลากรทุกกองและติดตามผลการดำเนินงานอย่างสม่ำเสมอ "
                       "ปรับปรุงช่องทางการให้บริการผ่านระบบอิเล็กทรอนิกส์ของหน่วยงาน";
    for (int i = 0; i < 3; i++) {
        long r = rep_row(&d, t);
        for (size_t c = 0; c < 5; c++)
            rep_cell(&d, t, r, c, c == 3 ? "กองสวัสดิการสังคม" : lots);
    }
    size_t len;
    char *docx = render(&d, REPORT_DOCX, &len);
    char *doc = zip_part(docx, len, "word/document.xml");
    const char *at = strstr(doc, "<w:tblGrid>");
    cr_assert_not_null(at);
    long grid[5];
    for (size_t c = 0; c < 5; c++) {
        at = strstr(at + 1, "<w:gridCol w:w=\"");
        cr_assert_not_null(at);
        grid[c] = strtol(at + strlen("<w:gridCol w:w=\""), NULL, 10);
    }
    /* The cell's text width: the column less Word's cell margins (80 twips each side). */
    double room = (double)(grid[3] - 160) / 20;
    double head = laksaman_width("ผู้รับผิดชอบ", 1), word = laksaman_width("สวัสดิการ", 0);
    cr_expect_geq(room, head,
                  "the column (%.1f pt of text) is narrower than its heading's "
                  "word in Laksaman 16 pt (%.1f pt)",
                  room, head);
    cr_expect_geq(room, word, "the column (%.1f pt) is narrower than สวัสดิการ (%.1f pt)", room,
                  word);
    free(doc);
    free(docx);
    rep_doc_free(&d);
}
