/* The multi-line text area model: wrap mapping, cluster and row moves with a goal column,
 * Backspace/Delete the Thai way, input sequence checks, undo/redo, paste, limits. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>

#include "text/tt_area.h"
#include "text/tt_cluster.h"
#include "text/tt_utf8.h"
#include "text/tt_width.h"

static ThBrk *brk;
static tt_area a;

static void setup(void)
{
    brk = th_brk_new(NULL);
    cr_assert(brk, "libthai dictionary missing (install libthai-data)");
    cr_assert_eq(tt_area_init(&a, brk, "", 20), 0);
}

static void teardown(void)
{
    tt_area_free(&a);
    th_brk_delete(brk);
}

TestSuite(area, .init = setup, .fini = teardown);

static void load(const char *text, int width)
{
    cr_assert_eq(tt_area_set_text(&a, text), 0);
    cr_assert_eq(tt_area_set_width(&a, width), 0);
}

static void type_utf8(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += tt_utf8_decode(s + i, len - i, &cp);
        tt_area_insert(&a, cp);
    }
}

static const char *text(void)
{
    return tt_area_text(&a);
}

Test(area, empty_buffer)
{
    cr_expect_str_eq(text(), "");
    cr_expect_eq(a.lines.n, 1);
    cr_expect_eq(tt_area_row(&a), 0);
    cr_expect_eq(tt_area_col(&a), 0);
    cr_expect_eq(tt_area_left(&a), 0);
    cr_expect_eq(tt_area_right(&a), 0);
    cr_expect_eq(tt_area_up(&a), 0);
    cr_expect_eq(tt_area_down(&a), 0);
    cr_expect_eq(tt_area_home(&a), 0);
    cr_expect_eq(tt_area_end(&a), 0);
    cr_expect_eq(tt_area_word_right(&a), 0);
    cr_expect_eq(tt_area_backspace(&a), TT_AREA_REFUSED);
    cr_expect_eq(tt_area_delete(&a), TT_AREA_REFUSED);
    cr_expect_eq(tt_area_undo(&a), TT_AREA_REFUSED);
    cr_expect_eq(tt_area_redo(&a), TT_AREA_REFUSED);
}

Test(area, cursor_moves_by_cluster)
{
    load("ผู้ใหญ่บ้าน", 20);
    cr_expect_eq(a.f.cur, 0);
    tt_area_right(&a);
    cr_expect_eq(a.f.cur, strlen("ผู้"));
    cr_expect_eq(tt_area_col(&a), 1);
    tt_area_right(&a);
    tt_area_right(&a);
    cr_expect_eq(a.f.cur, strlen("ผู้ให"));
    tt_area_left(&a);
    cr_expect_eq(a.f.cur, strlen("ผู้ใ"));
    load("น้ำใจ", 20);
    tt_area_right(&a); /* SARA AM belongs to the cluster: never between น้ and ำ */
    cr_expect_eq(a.f.cur, strlen("น้ำ"));
    cr_expect_eq(tt_area_col(&a), 2);
}

Test(area, backspace_deletes_one_code_point)
{
    load("น้ำ", 20);
    tt_area_text_end(&a);
    cr_expect_eq(tt_area_backspace(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "น้");
    cr_expect_eq(tt_area_backspace(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "น");
    cr_expect_eq(tt_area_backspace(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "");
    load("บ้าน", 20);
    tt_area_right(&a); /* บ้|าน */
    tt_area_backspace(&a);
    cr_expect_str_eq(text(), "บาน");
    cr_expect_eq(a.f.cur, strlen("บ"));
}

Test(area, delete_removes_the_whole_cluster)
{
    load("ผู้ใหญ่", 20);
    tt_area_right(&a);
    tt_area_right(&a); /* ผู้ใ| */
    tt_area_left(&a);  /* ผู้|ใหญ่ */
    cr_expect_eq(tt_area_delete(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "ผู้หญ่");
    tt_area_text_end(&a);
    cr_expect_eq(tt_area_delete(&a), TT_AREA_REFUSED);
    load("ปี่น้ำ", 20);
    tt_area_delete(&a);
    cr_expect_str_eq(text(), "น้ำ");
}

Test(area, typing_goes_through_the_sequence_check)
{
    cr_expect_eq(tt_area_insert(&a, 0x0E48), TT_AREA_REFUSED);   /* ่ with no base */
    cr_expect_eq(tt_area_insert(&a, 0x0E01), TT_AREA_OK);        /* ก */
    cr_expect_eq(tt_area_insert(&a, 0x0E48), TT_AREA_OK);        /* ่ */
    cr_expect_eq(tt_area_insert(&a, 0x0E34), TT_AREA_CORRECTED); /* ิ after the tone */
    cr_expect_str_eq(text(), "กิ่");
    cr_expect_eq(tt_area_insert(&a, '\n'), TT_AREA_OK);
    cr_expect_eq(tt_area_insert(&a, 0x0E34), TT_AREA_REFUSED); /* a mark at a line start */
    type_utf8("นำ");
    cr_expect_eq(tt_area_insert(&a, 0x0E49), TT_AREA_CORRECTED); /* น ำ ้ -> น้ำ */
    cr_expect_str_eq(text(), "กิ่\nน้ำ");
    cr_expect_eq(tt_area_insert(&a, 0x07), TT_AREA_REFUSED);
    cr_expect_eq(tt_area_insert(&a, 0x1B), TT_AREA_REFUSED);
    cr_expect_eq(a.lines.n, 2);
    cr_expect_eq(tt_area_row(&a), 1);
    cr_expect_eq(tt_area_col(&a), 2);
}

static const char *const para =
    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ "
    "พ.ศ.๒๕๖๗ จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน\nกองคลัง";

Test(area, wrap_mapping_round_trips)
{
    load(para, 20);
    cr_expect_gt(a.lines.n, 4);
    for (size_t i = 0; i < a.lines.n; i++)
        cr_expect_leq(a.lines.v[i].cols, 20, "line %zu too wide", i);
    size_t len = strlen(para);
    for (size_t pos = 0; pos <= len; pos = pos < len ? tt_cluster_next(para, len, pos) : len + 1) {
        tt_area_set_cursor(&a, pos);
        size_t row = tt_area_row(&a);
        int col = tt_area_col(&a);
        const tt_line *l = &a.lines.v[row];
        cr_expect_geq(pos, l->off);
        cr_expect_leq(col, 20);
        if (pos > l->off + l->len) continue; /* inside the spaces dropped at a soft break */
        cr_expect_eq(col, tt_width_cols_n(para + l->off, pos - l->off));
        tt_area_goto(&a, row, col);
        cr_expect_eq(a.f.cur, pos, "goto(%zu, %d) gave %zu, not %zu", row, col, a.f.cur, pos);
    }
    tt_area_text_end(&a);
    cr_expect_eq(tt_area_row(&a), a.lines.n - 1);
    cr_expect_eq(tt_area_col(&a), tt_width_cols("กองคลัง"));
}

Test(area, up_down_keep_the_goal_column)
{
    load("กขคงจ\nก\nกขคงจฉ", 20);
    tt_area_goto(&a, 0, 4);
    cr_expect_eq(tt_area_col(&a), 4);
    tt_area_down(&a);
    cr_expect_eq(tt_area_row(&a), 1);
    cr_expect_eq(tt_area_col(&a), 1);
    tt_area_down(&a);
    cr_expect_eq(tt_area_row(&a), 2);
    cr_expect_eq(tt_area_col(&a), 4, "the goal column survives a short line");
    tt_area_down(&a); /* last row: to the end */
    cr_expect_eq(a.f.cur, strlen(text()));
    tt_area_up(&a);
    cr_expect_eq(tt_area_row(&a), 1);
    tt_area_up(&a);
    tt_area_up(&a); /* first row: to the start */
    cr_expect_eq(a.f.cur, 0);
    /* Thai marks take no column: the goal is in columns, not code points. */
    load("ผู้ใหญ่บ้าน\nกขคงจฉช", 20);
    tt_area_goto(&a, 1, 3);
    tt_area_up(&a);
    cr_expect_eq(a.f.cur, strlen("ผู้ให"));
}

Test(area, home_end_of_the_wrapped_row)
{
    load(para, 20);
    tt_area_goto(&a, 1, 3);
    tt_area_home(&a);
    cr_expect_eq(a.f.cur, a.lines.v[1].off);
    tt_area_end(&a);
    cr_expect_eq(tt_area_row(&a), 1, "End stays on its row even at a soft break");
    cr_expect_eq(tt_area_col(&a), a.lines.v[1].cols);
    cr_expect_eq(a.f.cur, a.lines.v[1].off + a.lines.v[1].len);
    tt_area_down(&a); /* from the end of row 1 to row 2 */
    cr_expect_eq(tt_area_row(&a), 2);
}

Test(area, page_moves)
{
    load(para, 20);
    size_t n = a.lines.n;
    tt_area_page_down(&a, 3);
    cr_expect_eq(tt_area_row(&a), 3);
    tt_area_page_down(&a, 100);
    cr_expect_eq(a.f.cur, strlen(para));
    tt_area_page_up(&a, 2);
    cr_expect_eq(tt_area_row(&a), n - 3);
    tt_area_page_up(&a, 100);
    cr_expect_eq(a.f.cur, 0);
}

Test(area, word_moves)
{
    load("ประเมิน คุณธรรม\nกองคลัง", 40);
    tt_area_word_right(&a);
    cr_expect_eq(a.f.cur, strlen("ประเมิน "));
    tt_area_word_right(&a); /* to the next line (คุณธรรม is one word) */
    cr_expect_eq(a.f.cur, strlen("ประเมิน คุณธรรม"), "cur %zu", a.f.cur);
    tt_area_word_left(&a);
    cr_expect_eq(a.f.cur, strlen("ประเมิน "));
    tt_area_text_end(&a);
    tt_area_word_left(&a);
    cr_expect_geq(a.f.cur, strlen("ประเมิน คุณธรรม\n"));
}

Test(area, undo_redo_typing_by_words)
{
    type_utf8("กา ขา");
    cr_expect_str_eq(text(), "กา ขา");
    cr_expect_eq(tt_area_undo(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "กา ");
    cr_expect_eq(tt_area_undo(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "");
    cr_expect_eq(tt_area_undo(&a), TT_AREA_REFUSED);
    cr_expect_eq(tt_area_redo(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "กา ");
    cr_expect_eq(tt_area_redo(&a), TT_AREA_OK);
    cr_expect_str_eq(text(), "กา ขา");
    cr_expect_eq(a.f.cur, strlen("กา ขา"));
    cr_expect_eq(tt_area_redo(&a), TT_AREA_REFUSED);
}

Test(area, undo_groups_break_on_moves_and_kinds)
{
    type_utf8("abc");
    tt_area_left(&a);
    type_utf8("X");
    cr_expect_str_eq(text(), "abXc");
    tt_area_undo(&a);
    cr_expect_str_eq(text(), "abc");
    cr_expect_eq(a.f.cur, 2);
    tt_area_text_end(&a);
    tt_area_backspace(&a);
    tt_area_backspace(&a);
    cr_expect_str_eq(text(), "a");
    tt_area_undo(&a); /* both backspaces at once */
    cr_expect_str_eq(text(), "abc");
    type_utf8("d");
    cr_expect_eq(tt_area_redo(&a), TT_AREA_REFUSED, "a new edit clears the redo");
}

Test(area, undo_of_a_corrected_mark)
{
    type_utf8("ก่");
    tt_area_insert(&a, 0x0E34);
    cr_expect_str_eq(text(), "กิ่");
    tt_area_undo(&a);
    cr_expect_str_eq(text(), "");
}

Test(area, paste_is_normalised_and_one_step)
{
    type_utf8("x");
    cr_expect_eq(tt_area_paste(&a, "นํ้า\tเเก\r\nบรรทัด"), TT_AREA_OK);
    cr_expect_str_eq(text(), "xน้ำ แก\nบรรทัด");
    cr_expect_eq(a.f.cur, strlen(text()));
    cr_expect_eq(a.lines.n, 2);
    tt_area_undo(&a);
    cr_expect_str_eq(text(), "x");
}

Test(area, paste_of_marks_alone_is_refused_not_out_of_memory)
{
    type_utf8("x");
    cr_expect_eq(tt_area_paste(&a, "\xE0\xB8\xB5\xE0\xB9\x88"), TT_AREA_REFUSED);
    cr_expect_str_eq(text(), "x");
}

Test(area, long_paste_wraps)
{
    char *big = malloc(64 * strlen(para) + 1);
    big[0] = '\0';
    for (int i = 0; i < 64; i++)
        strcat(big, para);
    cr_expect_eq(tt_area_paste(&a, big), TT_AREA_OK);
    cr_expect_str_eq(text(), big);
    cr_expect_gt(a.lines.n, 64 * 5);
    cr_expect_eq(tt_area_row(&a), a.lines.n - 1);
    free(big);
}

Test(area, limits_in_characters_and_bytes)
{
    tt_area_set_limit(&a, 4, TT_AREA_CHARS);
    type_utf8("น้ำ");
    cr_expect_eq(tt_area_count(&a), 3);
    cr_expect_eq(tt_area_insert(&a, 'a'), TT_AREA_OK);
    cr_expect_eq(tt_area_insert(&a, 'b'), TT_AREA_FULL);
    cr_expect_str_eq(text(), "น้ำa");
    load("", 20);
    tt_area_set_limit(&a, 3, TT_AREA_CHARS);
    cr_expect_eq(tt_area_paste(&a, "กน้ำ"), TT_AREA_FULL); /* ก fits, น้ำ (3) does not */
    cr_expect_str_eq(text(), "ก");
    cr_expect_eq(tt_area_paste(&a, "น้ำ"), TT_AREA_FULL);
    cr_expect_str_eq(text(), "ก");
    tt_area_set_limit(&a, 6, TT_AREA_BYTES);
    load("", 20);
    type_utf8("กขค"); /* 3 bytes each */
    cr_expect_str_eq(text(), "กข");
    cr_expect_eq(tt_area_count(&a), 6);
}

Test(area, replace_from_an_editor)
{
    load("หนึ่ง\nสอง", 20);
    cr_expect_eq(tt_area_replace(&a, "หนึ่ง\nสาม\r\n"), TT_AREA_OK);
    cr_expect_str_eq(text(), "หนึ่ง\nสาม\n");
    cr_expect_eq(a.f.cur, strlen("หนึ่ง\nส"));
    tt_area_undo(&a);
    cr_expect_str_eq(text(), "หนึ่ง\nสอง");
}

Test(area, resize_rewraps)
{
    load(para, 40);
    size_t wide = a.lines.n;
    tt_area_set_width(&a, 10);
    cr_expect_gt(a.lines.n, wide);
    for (size_t i = 0; i < a.lines.n; i++)
        cr_expect_leq(a.lines.v[i].cols, 10);
    tt_area_text_end(&a);
    cr_expect_eq(tt_area_row(&a), a.lines.n - 1);
}

/* Found by fuzz_area: at a width narrower than one cluster the wrap splits น้|ำ, and
 * moving to that row (Down, Home) must not leave the cursor between น้ and ำ. */
Test(area, rows_that_start_inside_a_cluster_never_hold_the_cursor)
{
    load("กน้ำ", 1);
    tt_area_set_cursor(&a, 0);
    for (int i = 0; i < 4; i++) {
        tt_area_down(&a);
        cr_assert(tt_cluster_is_boundary(text(), strlen(text()), a.f.cur), "after Down %d", i);
        tt_area_home(&a);
        cr_assert(tt_cluster_is_boundary(text(), strlen(text()), a.f.cur), "after Home %d", i);
    }
    cr_assert_eq(a.f.cur, strlen("กน้ำ"), "Down reaches the end past the split cluster");
}
