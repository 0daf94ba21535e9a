/* Display width: the numbers ncursesw and tmux agree on (THAI-TEXT §1.1). */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdlib.h>

#include "text/tt_sanitize.h"
#include "text/tt_width.h"

Test(width, thai_marks_are_zero_and_sara_am_is_one)
{
    cr_expect_eq(tt_cp_width(0x0E01), 1); /* ก */
    cr_expect_eq(tt_cp_width(0x0E31), 0); /* ั */
    cr_expect_eq(tt_cp_width(0x0E34), 0); /* ิ */
    cr_expect_eq(tt_cp_width(0x0E49), 0); /* ้ */
    cr_expect_eq(tt_cp_width(0x0E4E), 0); /* ๎ */
    cr_expect_eq(tt_cp_width(0x0E33), 1); /* ำ */
    cr_expect_eq(tt_cp_width(0x0E50), 1); /* ๐ */
}

Test(width, words_match_wcswidth_under_c_utf8)
{
    cr_expect_eq(tt_width_cols("น้ำ"), 2);
    cr_expect_eq(tt_width_cols("กำ"), 2);
    cr_expect_eq(tt_width_cols("กับ"), 2);
    cr_expect_eq(tt_width_cols("ปี่"), 1);
    cr_expect_eq(tt_width_cols("เกี๊ยว"), 4);
    cr_expect_eq(tt_width_cols("ผู้ใหญ่"), 4);
    cr_expect_eq(tt_width_cols("ตัวชี้วัด"), 5);
    cr_expect_eq(tt_width_cols("ITA 2567"), 8);
    cr_expect_eq(tt_width_cols("ข้อ 3 (ITA)"), 10);
    cr_expect_eq(tt_width_cols(""), 0);
    cr_expect_eq(tt_width_cols(NULL), 0);
}

Test(width, does_not_depend_on_the_locale)
{
    setlocale(LC_ALL, "C"); /* glibc wcwidth() would say -1 for Thai here */
    cr_expect_eq(tt_width_cols("ผู้ใหญ่"), 4);
    cr_expect_eq(tt_cp_width(0x4E2D), 2); /* 中 */
    cr_expect_eq(tt_cp_width(0x0301), 0); /* combining acute */
}

Test(width, controls_count_as_their_placeholders)
{
    cr_expect_eq(tt_cp_width('\t'), 1);
    cr_expect_eq(tt_cp_width(0x1B), 1);
    cr_expect_eq(tt_cp_width(0x7F), 1);
    cr_expect_eq(tt_cp_width(0x9B), 1);
    cr_expect_eq(tt_cp_width(0x202E), 1); /* RLO: shown as U+FFFD */
    cr_expect_eq(tt_cp_width(0x0E3B), 1); /* unassigned Thai: shown as U+FFFD */
    cr_expect_eq(tt_width_cols("a\x01"
                               "b"),
                 3);
}

Test(width, invalid_bytes_count_one_each)
{
    cr_expect_eq(tt_width_cols("ก\xFF\xFE"), 3);
    cr_expect_eq(tt_width_cols_n("\xE0\xB8", 2), 2);
}

Test(width, orphan_and_stacked_marks)
{
    cr_expect_eq(tt_width_cols("\xE0\xB8\xB4"), 1);     /* ิ alone: drawn on ◌ */
    cr_expect_eq(tt_width_cols("ก่่่่่่"), 1);                /* stacked tones still one cell */
    cr_expect_eq(tt_width_cols("\x01\xE0\xB9\x88"), 2); /* ␁ then ◌่ */
    cr_expect_eq(tt_width_cols_n("a\0\xE0\xB9\x88", 5), 3);
}

Test(width, matches_the_sanitised_text)
{
    const char *samples[] = {
        "ผู้ใหญ่", "\xE0\xB9\x88ก", "a\tb\x7f\xFF", "x\xE2\x80\xAEy", "\n\xE0\xB8\xB4", "中文 ok", ""};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char *s = tt_sanitize(samples[i], TT_SAN_SINGLE_LINE);
        cr_expect_eq(tt_width_cols(s), tt_width_cols(samples[i]), "sample %zu", i);
        free(s);
    }
}
