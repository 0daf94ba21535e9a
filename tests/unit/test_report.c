/* Reports: the document model and its three renderings. Text tables line up by display
 * column for every report of the demo data, HTML escapes everything, CSV is safe against
 * formula injection, Thai digits reach numbers and dates only, CP874 names the line and
 * column of a character it lacks, files are never overwritten without force. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>

#include "db_report.h"
#include "helper_db.h"
#include "report.h"
#include "report_data.h"
#include "report_out.h"
#include "text/tt.h"

static char *render(const struct rep_doc *d, enum report_format f, int width)
{
    struct report_render_opts o = {.format = f, .width = width};
    char *out;
    size_t len;
    cr_assert_eq(report_render(d, &o, &out, &len), 0);
    cr_assert_eq(strlen(out), len);
    return out;
}

/* Every line of a table (from a '+' rule to the blank line after it) has the rule's width,
 * and no line is wider than width. */
static void check_table_lines(const char *name, const char *text, int width)
{
    int rule = -1, lineno = 0;
    for (const char *p = text; *p; lineno++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        int w = tt_width_cols_n(p, len);
        cr_expect_leq(w, width, "%s: line %d is %d columns wide", name, lineno + 1, w);
        if (len && (p[0] == '+' || p[0] == '|')) {
            if (rule < 0) rule = w;
            cr_expect_eq(w, rule, "%s: line %d is %d columns, its table %d: %.*s", name, lineno + 1,
                         w, rule, (int)len, p);
        } else {
            rule = -1;
        }
        p += len + (nl ? 1 : 0);
    }
}

static struct rep_doc sample(int thai_digits)
{
    struct rep_doc d;
    rep_doc_init(&d, thai_digits);
    rep_set_title(&d, "<script>alert(1)</script>");
    rep_title(&d, "เทศบาลตำบลคำเขื่อนแก้ว & <b>");
    rep_heading(&d, 1, "ส่วนที่ 1");
    rep_para(&d, "ข้อบกพร่อง", "text \"quoted\" 'single' \x1b[31mred");
    struct rep_table *t = rep_table(&d, 3);
    rep_col(t, 0, "ข้อ", TT_ALIGN_LEFT, 0);
    rep_col(t, 1, "ข้อมูล", TT_ALIGN_LEFT, 0);
    rep_col(t, 2, "คะแนน", TT_ALIGN_RIGHT, 0);
    rep_section(&d, t, "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน");
    long r = rep_row(&d, t);
    char num[32];
    rep_cell(&d, t, r, 0, "=cmd|' /C calc'!A0");
    rep_cell_check(&d, t, r, 1, ITA_DONE, "-มีคู่มือ น้ำ");
    rep_cell(&d, t, r, 2, rep_score(&d, num, sizeof num, 1, 90.4949));
    rep_signature(&d, NULL, NULL);
    return d;
}

Test(report, html_escapes_everything_and_repeats_headers)
{
    struct rep_doc d = sample(0);
    char *html = render(&d, REPORT_HTML, 0);
    cr_expect_null(strstr(html, "<script>"));
    cr_expect_not_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    cr_expect_not_null(strstr(html, "&amp; &lt;b&gt;"));
    cr_expect_not_null(strstr(html, "&quot;quoted&quot; &#39;single&#39;"));
    cr_expect_null(strstr(html, "\x1b"), "an escape sequence reached the HTML");
    cr_expect_not_null(strstr(html, "thead { display: table-header-group; }"));
    cr_expect_not_null(strstr(html, "\"TH Sarabun New\", \"TH SarabunPSK\", \"Laksaman\""));
    cr_expect_not_null(strstr(html, "size: A4"));
    cr_expect_not_null(strstr(html, "\u2611"), "the ticked box");
    cr_expect_not_null(strstr(html, "<td class=\"r\">90.49</td>"));
    free(html);
    rep_doc_free(&d);
}

Test(report, csv_is_rfc4180_and_safe)
{
    struct rep_doc d = sample(0);
    struct report_render_opts o = {.format = REPORT_CSV, .bom = 1};
    char *csv;
    size_t len;
    cr_assert_eq(report_render(&d, &o, &csv, &len), 0);
    cr_expect_eq(memcmp(csv, "\xEF\xBB\xBF", 3), 0, "BOM first");
    cr_expect_not_null(strstr(csv, "\"'=cmd|' /C calc'!A0\""), "formula escaped: %s", csv);
    cr_expect_not_null(strstr(csv, "\r\n"));
    cr_expect_null(strstr(csv, "\x1b"));
    free(csv);
    rep_doc_free(&d);
}

Test(report, thai_digits_on_numbers_only)
{
    struct rep_doc d = sample(1);
    char *text = render(&d, REPORT_TEXT, 80);
    cr_expect_not_null(strstr(text, "๙๐.๔๙"));
    cr_expect_not_null(strstr(text, "9.1"), "typed text keeps its digits");
    check_table_lines("sample", text, 80);
    free(text);
    rep_doc_free(&d);
    char date[64];
    rep_doc_init(&d, 1);
    cr_expect_str_eq(rep_date(&d, date, sizeof date, "2024-10-01"), "๑ ตุลาคม ๒๕๖๗");
    rep_doc_free(&d);
}

Test(report, cp874_names_the_line_and_column_of_a_character_it_lacks)
{
    char *buf = strdup("ไทย\nน้ำ ok 😀 x\n");
    size_t len = strlen(buf);
    char err[256] = "";
    cr_assert_eq(report_encode(&buf, &len, "cp874", err, sizeof err), -1);
    cr_expect_not_null(strstr(err, "line 2, column 7"), "%s", err);
    cr_expect_not_null(strstr(err, "U+1F600"), "%s", err);
    free(buf);
    buf = strdup("ไทย ๑๒๓ น้ำ\n");
    len = strlen(buf);
    cr_assert_eq(report_encode(&buf, &len, "cp874", err, sizeof err), 0);
    cr_expect_eq(len, 12);
    free(buf);
}

Test(report, files_are_not_overwritten_without_force)
{
    char *path = th_temp_path("report.txt");
    char err[512];
    cr_assert_eq(report_write_file(path, "one\n", 4, 0, err, sizeof err), REPORT_WRITTEN, "%s",
                 err);
    cr_expect_eq(report_write_file(path, "two\n", 4, 0, err, sizeof err), REPORT_EXISTS);
    size_t len;
    char *got = th_read_file(path, &len);
    cr_expect_str_eq(got, "one\n");
    free(got);
    cr_expect_eq(report_write_file(path, "two\n", 4, 1, err, sizeof err), REPORT_WRITTEN);
    got = th_read_file(path, &len);
    cr_expect_str_eq(got, "two\n");
    free(got);
    free(path);
}

/* Every report of the demo data in text: tables aligned by display width. */
Test(report, demo_text_tables_line_up)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    ThBrk *brk = th_brk_new(NULL);
    static const struct {
        enum report_kind kind;
        long agency;
        int year;
    } cases[] = {
        {REPORT_SUMMARY, 1, 2567},  {REPORT_INDICATORS, 1, 2567}, {REPORT_OIT, 2, 2566},
        {REPORT_OIT, 1, 2567},      {REPORT_ANALYSIS, 1, 2567},   {REPORT_ANALYSIS, 3, 2562},
        {REPORT_PROGRESS, 2, 2566}, {REPORT_PROGRESS, 3, 2563},   {REPORT_PROGRESS, 1, 2568},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int width = 60; width <= 140; width += 40) {
            struct report_input in;
            struct db_error err = {{0}};
            cr_assert_eq(
                db_report_load(db, cases[i].kind, cases[i].agency, cases[i].year, &in, &err), 0,
                "%s", err.msg);
            struct report_job job = {.format = REPORT_TEXT, .width = width, .brk = brk};
            char *out, why[256];
            size_t len;
            cr_assert_eq(report_produce(&in, &job, &out, &len, why, sizeof why), 0, "%s", why);
            char name[64];
            snprintf(name, sizeof name, "%s-%ld-%d@%d", report_kind_name(cases[i].kind),
                     cases[i].agency, cases[i].year, width);
            check_table_lines(name, out, width);
            free(out);
            report_input_free(&in);
        }
    }
    if (brk) th_brk_delete(brk);
    db_close(db);
}
