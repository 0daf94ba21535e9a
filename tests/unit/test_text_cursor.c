/* Cursor moves by cluster and by libthai word. */
#include <criterion/criterion.h>
#include <string.h>
#include <thai/thbrk.h>

#include "text/tt_cursor.h"

static ThBrk *brk;

static void setup(void)
{
    brk = th_brk_new(NULL);
    cr_assert(brk);
}

static void teardown(void)
{
    th_brk_delete(brk);
}

TestSuite(cursor, .init = setup, .fini = teardown);

Test(cursor, right_and_left_step_over_whole_clusters)
{
    const char *s = "ผู้ใหญ่";
    size_t len = strlen(s);
    size_t c = tt_cursor_right(s, len, 0);
    cr_expect_eq(c, strlen("ผู้")); /* one step over 3 code points */
    c = tt_cursor_right(s, len, c);
    cr_expect_eq(c, strlen("ผู้ใ"));
    cr_expect_eq(tt_cursor_left(s, len, c), strlen("ผู้"));
    cr_expect_eq(tt_cursor_left(s, len, len), strlen("ผู้ให"));
    cr_expect_eq(tt_cursor_left(s, len, 0), 0);
    cr_expect_eq(tt_cursor_right(s, len, len), len);
}

Test(cursor, never_stops_between_a_base_and_sara_am)
{
    const char *s = "น้ำ";
    cr_expect_eq(tt_cursor_right(s, strlen(s), 0), strlen(s));
    cr_expect_eq(tt_cursor_left(s, strlen(s), strlen(s)), 0);
}

Test(cursor, latin_empty_invalid_and_stacked)
{
    cr_expect_eq(tt_cursor_right("ab", 2, 0), 1);
    cr_expect_eq(tt_cursor_right("", 0, 0), 0);
    cr_expect_eq(tt_cursor_left("", 0, 0), 0);
    cr_expect_eq(tt_cursor_right("\xFF\xFE", 2, 0), 1);
    cr_expect_eq(tt_cursor_right("ก่่่x", strlen("ก่่่x"), 0), strlen("ก่่่"));
}

Test(cursor, snap_moves_back_to_a_boundary)
{
    const char *s = "กิ่ข";
    cr_expect_eq(tt_cursor_snap(s, strlen(s), 4), 0);
    cr_expect_eq(tt_cursor_snap(s, strlen(s), 9), 9);
    cr_expect_eq(tt_cursor_snap(s, strlen(s), 99), strlen(s));
}

Test(cursor, word_moves_follow_libthai)
{
    const char *s = "คะแนนภาพรวมของ เทศบาล";
    size_t len = strlen(s);
    size_t stops[] = {strlen("คะแนน"), strlen("คะแนนภาพ"), strlen("คะแนนภาพรวม"),
                      strlen("คะแนนภาพรวมของ "), len};
    size_t c = 0;
    for (size_t i = 0; i < 5; i++) {
        c = tt_cursor_word_right(brk, s, len, c);
        cr_expect_eq(c, stops[i], "stop %zu", i);
    }
    for (int i = 3; i >= 0; i--) {
        c = tt_cursor_word_left(brk, s, len, c);
        cr_expect_eq(c, stops[i]);
    }
    cr_expect_eq(tt_cursor_word_left(brk, s, len, c), 0);
}

Test(cursor, word_moves_without_dictionary_use_spaces)
{
    const char *s = "aaa  bbb ccc";
    size_t len = strlen(s);
    cr_expect_eq(tt_cursor_word_right(NULL, s, len, 0), 5);
    cr_expect_eq(tt_cursor_word_right(NULL, s, len, 5), 9);
    cr_expect_eq(tt_cursor_word_left(NULL, s, len, 9), 5);
    cr_expect_eq(tt_cursor_word_left(NULL, s, len, 5), 0);
    cr_expect_eq(tt_cursor_word_right(NULL, "", 0, 0), 0);
    cr_expect_eq(tt_cursor_word_left(NULL, "", 0, 0), 0);
}

Test(cursor, word_moves_cross_newlines)
{
    const char *s = "ab\ncd";
    cr_expect_eq(tt_cursor_word_right(brk, s, 5, 0), 2);
    cr_expect_eq(tt_cursor_word_right(brk, s, 5, 2), 3);
    cr_expect_eq(tt_cursor_word_left(brk, s, 5, 3), 2);
}

Test(cursor, snap_handles_offsets_inside_a_sequence)
{
    const char *s = "คณ์x"; /* ์ is one cluster with ณ */
    size_t len = strlen(s);
    for (size_t pos = 3; pos < 9; pos++)
        cr_expect_eq(tt_cursor_snap(s, len, pos), 3, "pos %zu", pos);
    cr_expect_eq(tt_cursor_snap(s, len, 1), 0);
}
