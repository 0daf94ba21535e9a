/* Wrapping: examples, then the seed-text properties at every width 1..120, with the libthai
 * dictionary and without it (th_brk_new returning NULL). */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>

#include "text/tt_cluster.h"
#include "text/tt_width.h"
#include "text/tt_wrap.h"

static ThBrk *brk;

static void setup(void)
{
    brk = th_brk_new(NULL);
    cr_assert(brk, "libthai dictionary missing (install libthai-data)");
}

static void teardown(void)
{
    th_brk_delete(brk);
}

/* The lines of wrapping s at width, joined by '|'. */
static char *wrapped(ThBrk *b, const char *s, int width)
{
    tt_lines l = {0};
    size_t len = strlen(s);
    cr_assert_eq(tt_wrap(b, s, len, width, &l), 0);
    char *out = malloc(len + l.n + 1);
    size_t o = 0;
    for (size_t i = 0; i < l.n; i++) {
        if (i) out[o++] = '|';
        memcpy(out + o, s + l.v[i].off, l.v[i].len);
        o += l.v[i].len;
    }
    out[o] = '\0';
    tt_lines_free(&l);
    return out;
}

#define EXPECT_WRAP(b, in, width, want)                                                            \
    do {                                                                                           \
        char *got = wrapped(b, in, width);                                                         \
        cr_expect_str_eq(got, want);                                                               \
        free(got);                                                                                 \
    } while (0)

TestSuite(wrap, .init = setup, .fini = teardown);

Test(wrap, thai_breaks_at_dictionary_words)
{
    EXPECT_WRAP(brk, "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", 20,
                "การประเมินคุณธรรมและ|ความโปร่งใสในการดำเนิน|งานของหน่วยงานภาครัฐ");
}

Test(wrap, without_dictionary_cuts_between_clusters)
{
    EXPECT_WRAP(NULL, "การประเมินคุณธรรมและความ", 10, "การประเมินคุ|ณธรรมและคว|าม");
    EXPECT_WRAP(NULL, "aaa bbb ccc", 7, "aaa bbb|ccc");
}

Test(wrap, latin_breaks_at_spaces_and_drops_them)
{
    EXPECT_WRAP(brk, "aaa bbb ccc", 7, "aaa bbb|ccc");
    EXPECT_WRAP(brk, "aaa    bbb", 5, "aaa|bbb");
    EXPECT_WRAP(brk, "abcdefghij", 4, "abcd|efgh|ij"); /* over-long word */
    EXPECT_WRAP(brk, "  indented", 20, "  indented");  /* leading spaces kept */
    EXPECT_WRAP(brk, "trailing  ", 20, "trailing  ");
}

Test(wrap, mixed_thai_and_latin)
{
    EXPECT_WRAP(brk, "คะแนน ITA 2567 ผ่าน", 10, "คะแนน ITA|2567 ผ่าน");
}

Test(wrap, hard_newlines_and_empty_text)
{
    EXPECT_WRAP(brk, "a\n\nb\n", 10, "a||b|");
    EXPECT_WRAP(brk, "", 10, "");
    tt_lines l = {0};
    cr_assert_eq(tt_wrap(brk, "", 0, 10, &l), 0);
    cr_expect_eq(l.n, 1);
    tt_lines_free(&l);
}

Test(wrap, a_cluster_wider_than_the_line_splits_before_sara_am)
{
    EXPECT_WRAP(brk, "น้ำ", 1, "น้|ำ");
    EXPECT_WRAP(brk, "ก่่่่", 1, "ก่่่่"); /* stacked marks never leave their base */
}

Test(wrap, invalid_bytes_are_kept)
{
    EXPECT_WRAP(brk, "ab\xFF\xFE cd", 3, "ab\xFF|\xFE|cd");
}

Test(wrap, offsets_map_a_cursor_to_its_line)
{
    const char *s = "aaa bbb\nccc";
    tt_lines l = {0};
    cr_assert_eq(tt_wrap(brk, s, strlen(s), 3, &l), 0);
    cr_assert_eq(l.n, 3);
    cr_expect_eq(l.v[1].off, 4);
    cr_expect_eq(l.v[2].off, 8);
    cr_expect_eq(l.v[2].cols, 3);
    cr_expect_eq(tt_lines_find(&l, 0), 0);
    cr_expect_eq(tt_lines_find(&l, 5), 1);
    cr_expect_eq(tt_lines_find(&l, 9), 2);
    tt_lines_free(&l);
}

/* ---- properties over the seed texts ---- */

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

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Appends s[0..len) without spaces/tabs to out. */
static size_t squeeze(char *out, size_t o, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!is_blank(s[i])) out[o++] = s[i];
    return o;
}

/* The bytes between two lines may only be [ \t]*\n?[ \t]*: spaces dropped at a soft break,
 * or around the newline of a hard break. Returns the number of newlines (0 or 1). */
static int check_gap(const char *s, size_t from, size_t to)
{
    int nl = 0;
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\n')
            nl++;
        else
            cr_assert(is_blank(s[i]), "lost byte 0x%02x at %zu", (unsigned char)s[i], i);
    }
    cr_assert_leq(nl, 1, "two newlines in one gap at %zu", from);
    return nl;
}

static void check_wrap(ThBrk *b, const char *s, size_t len, int width, char *buf1, char *buf2)
{
    tt_lines l = {0};
    cr_assert_eq(tt_wrap(b, s, len, width, &l), 0);
    cr_assert_gt(l.n, 0);
    size_t prev_end = 0, o1 = 0;
    int newlines = 0;
    for (size_t i = 0; i < l.n; i++) {
        tt_line ln = l.v[i];
        cr_assert_geq(ln.off, prev_end, "lines overlap or go backwards");
        int nl = check_gap(s, prev_end, ln.off);
        newlines += nl;
        if (nl) buf1[o1++] = '\n';
        cr_assert_null(memchr(s + ln.off, '\n', ln.len));
        cr_assert_eq(tt_width_cols_n(s + ln.off, ln.len), ln.cols);
        cr_assert_leq(ln.cols, width, "line %zu is %d columns at width %d", i, ln.cols, width);
        size_t c = tt_cluster_prev(s, len, ln.off);
        int whole = tt_cluster_is_boundary(s, len, ln.off);
        cr_assert(whole || tt_cluster_width(s, c, tt_cluster_next(s, len, c)) > width,
                  "line %zu splits a cluster that fits", i);
        cr_assert(ln.len > 0 || nl || i == 0 || i == l.n - 1, "empty line %zu mid-paragraph", i);
        o1 = squeeze(buf1, o1, s + ln.off, ln.len);
        prev_end = ln.off + ln.len;
    }
    newlines += check_gap(s, prev_end, len);
    if (prev_end < len && memchr(s + prev_end, '\n', len - prev_end)) buf1[o1++] = '\n';
    /* No text lost or reordered: the lines, spaces aside, spell the input, spaces aside. */
    size_t o2 = squeeze(buf2, 0, s, len);
    cr_assert_eq(o1, o2, "width %d: %zu vs %zu bytes", width, o1, o2);
    cr_assert_eq(memcmp(buf1, buf2, o1), 0, "width %d: text differs", width);
    size_t want_nl = 0;
    for (size_t i = 0; i < len; i++)
        want_nl += s[i] == '\n';
    cr_assert_eq((size_t)newlines, want_nl);
    tt_lines_free(&l);
}

static void check_seeds(ThBrk *b)
{
    glob_t g;
    cr_assert_eq(glob(ITADESK_TEST_DATA_DIR "/seeds/*.txt", 0, NULL, &g), 0);
    cr_assert_gt(g.gl_pathc, 0);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        size_t len;
        char *s = read_file(g.gl_pathv[i], &len);
        char *buf1 = malloc(len + 1), *buf2 = malloc(len + 1);
        for (int width = 1; width <= 120; width++)
            check_wrap(b, s, len, width, buf1, buf2);
        free(buf1);
        free(buf2);
        free(s);
    }
    globfree(&g);
}

Test(wrap, seeds_with_dictionary_every_width_1_to_120, .timeout = 120)
{
    check_seeds(brk);
}

Test(wrap, seeds_without_dictionary_every_width_1_to_120, .timeout = 120)
{
    check_seeds(NULL);
}
