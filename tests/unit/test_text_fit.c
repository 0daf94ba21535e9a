/* Truncate and pad to columns, plus the seed-text property: truncation never splits a
 * cluster and never overflows. */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_cluster.h"
#include "text/tt_fit.h"
#include "text/tt_width.h"

#define EXPECT_TRUNC(in, cols, ell, want)                                                          \
    do {                                                                                           \
        char *got = tt_truncate_cols(in, cols, ell);                                               \
        cr_expect_str_eq(got, want);                                                               \
        free(got);                                                                                 \
    } while (0)

Test(fit, truncates_thai_at_cluster_boundaries)
{
    EXPECT_TRUNC("ผู้ใหญ่บ้านกำลังทำน้ำ", 6, NULL, "ผู้ใหญ่บ้…");
    EXPECT_TRUNC("กำลังทำน้ำ", 3, NULL, "กำ…");
    EXPECT_TRUNC("กำลังทำน้ำ", 2, NULL, "…"); /* ก and ำ are never split */
    EXPECT_TRUNC("เกี๊ยวน้ำ", 4, "...", "เ...");
    EXPECT_TRUNC("ก่่่่่่ข", 1, "", "ก่่่่่่"); /* stacked marks stay with their base */
}

Test(fit, short_text_is_copied_unchanged)
{
    EXPECT_TRUNC("น้ำ", 2, NULL, "น้ำ");
    EXPECT_TRUNC("", 5, NULL, "");
    EXPECT_TRUNC("abc", 3, NULL, "abc");
}

Test(fit, latin_mixed_and_edge_widths)
{
    EXPECT_TRUNC("Indicator ตัวชี้วัด", 12, NULL, "Indicator ตั…");
    EXPECT_TRUNC("abcdef", 0, NULL, "");
    EXPECT_TRUNC("abcdef", -3, NULL, "");
    EXPECT_TRUNC("abcdef", 2, "...", "ab"); /* an ellipsis wider than the room is dropped */
    EXPECT_TRUNC("中文字", 3, "~", "中~");
}

Test(fit, invalid_bytes_are_cut_whole)
{
    EXPECT_TRUNC("ab\xFF\xFEzz", 4, "", "ab\xFF\xFE");
    EXPECT_TRUNC("\xE0\xB8\xE0\xB8", 1, "", "\xE0");
}

Test(fit, pads_by_columns_not_bytes)
{
    char *s = tt_pad_cols("ตัวชี้วัด", 8, TT_ALIGN_LEFT);
    cr_expect_str_eq(s, "ตัวชี้วัด   ");
    free(s);
    s = tt_pad_cols("น้ำ", 5, TT_ALIGN_RIGHT);
    cr_expect_str_eq(s, "   น้ำ");
    free(s);
    s = tt_pad_cols("ab", 5, TT_ALIGN_CENTER);
    cr_expect_str_eq(s, " ab  ");
    free(s);
    s = tt_pad_cols("toolong", 3, TT_ALIGN_LEFT);
    cr_expect_str_eq(s, "toolong");
    free(s);
    s = tt_pad_cols("", 2, TT_ALIGN_LEFT);
    cr_expect_str_eq(s, "  ");
    free(s);
}

Test(fit, fit_is_always_exactly_the_width)
{
    const char *samples[] = {"ผู้ใหญ่บ้านกำลังทำน้ำ", "abc", "", "中文字中文字", "ก่่่่x\xFF"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        for (int w = 0; w <= 12; w++) {
            char *s = tt_fit_cols(samples[i], w, NULL, TT_ALIGN_LEFT);
            cr_expect_eq(tt_width_cols(s), w, "sample %zu width %d: [%s]", i, w, s);
            free(s);
        }
}

Test(fit, prefix_and_column_offsets)
{
    const char *s = "น้ำกับ";
    int used;
    cr_expect_eq(tt_prefix_fit(s, strlen(s), 1, &used), 0); /* น้ำ needs 2 */
    cr_expect_eq(used, 0);
    cr_expect_eq(tt_prefix_fit(s, strlen(s), 2, &used), strlen("น้ำ"));
    cr_expect_eq(used, 2);
    cr_expect_eq(tt_prefix_fit(s, strlen(s), 99, &used), strlen(s));
    cr_expect_eq(used, 4);
    int at;
    cr_expect_eq(tt_offset_at_col(s, strlen(s), 1, &at), strlen("น้ำ"));
    cr_expect_eq(at, 2);
}

/* Seeds: every line at every width 1..120 stays within the width, keeps a prefix that ends
 * on a cluster boundary, and keeps as much as fits. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    cr_assert(buf);
    cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

static void check_line(const char *line)
{
    size_t len = strlen(line);
    int full = tt_width_cols(line);
    for (int w = 1; w <= 120; w++) {
        char *t = tt_truncate_cols(line, w, TT_ELLIPSIS);
        size_t tl = strlen(t), el = strlen(TT_ELLIPSIS);
        cr_assert_leq(tt_width_cols(t), w, "[%s] at %d", t, w);
        if (full <= w) {
            cr_assert_str_eq(t, line);
        } else {
            cr_assert_geq(tl, el);
            cr_assert_str_eq(t + tl - el, TT_ELLIPSIS);
            size_t keep = tl - el;
            cr_assert_eq(memcmp(t, line, keep), 0);
            cr_assert(tt_cluster_is_boundary(line, len, keep), "split cluster at %zu", keep);
            size_t next = tt_cluster_next(line, len, keep);
            cr_assert_gt(tt_width_cols_n(line, next) + 1, w, "gave up room at width %d", w);
        }
        free(t);
    }
}

Test(fit, seed_lines_at_every_width_1_to_120)
{
    glob_t g;
    cr_assert_eq(glob(ITADESK_TEST_DATA_DIR "/seeds/*.txt", 0, NULL, &g), 0);
    size_t lines = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        size_t len;
        char *text = read_file(g.gl_pathv[i], &len);
        for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"), lines++)
            check_line(line);
        free(text);
    }
    globfree(&g);
    cr_expect_gt(lines, 100);
}

/* Found by fuzz_text: padding in front of an orphan mark (one cell on its dotted circle)
 * let the mark sit on the last space and the result came out a column short. */
Test(fit, padding_before_an_orphan_mark_keeps_the_width)
{
    const char *marks[] = {"\xe0\xb9\x88", "\xe0\xbd\xbd"}; /* MAI EK, a Tibetan vowel sign */
    for (int i = 0; i < 2; i++)
        for (int cols = 1; cols <= 4; cols++) {
            char *r = tt_fit_cols(marks[i], cols, "~", TT_ALIGN_RIGHT);
            char *c = tt_pad_cols(marks[i], cols, TT_ALIGN_CENTER);
            cr_assert_eq(tt_width_cols(r), cols, "right, %d columns", cols);
            cr_assert_eq(tt_width_cols(c), cols, "centre, %d columns", cols);
            free(r);
            free(c);
        }
}
