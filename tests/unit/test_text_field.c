/* The text-field model: Backspace, Delete and Thai input sequence checking. */
#include <criterion/criterion.h>
#include <string.h>

#include "text/tt_cluster.h"
#include "text/tt_field.h"

static tt_field f;

static void setup(void)
{
    cr_assert_eq(tt_field_init(&f, ""), 0);
}

static void teardown(void)
{
    tt_field_free(&f);
}

TestSuite(field, .init = setup, .fini = teardown);

static void type(const uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tt_field_insert(&f, cps[i]);
}

Test(field, typing_in_order_is_accepted)
{
    cr_expect_eq(tt_field_insert(&f, 0x0E01), TT_INSERT_ACCEPTED); /* ก */
    cr_expect_eq(tt_field_insert(&f, 0x0E34), TT_INSERT_ACCEPTED); /* ิ */
    cr_expect_eq(tt_field_insert(&f, 0x0E48), TT_INSERT_ACCEPTED); /* ่ */
    cr_expect_str_eq(f.text, "กิ่");
    cr_expect_eq(f.cur, f.len);
}

Test(field, tone_before_vowel_is_reordered)
{
    tt_field_insert(&f, 0x0E01);
    tt_field_insert(&f, 0x0E48);
    cr_expect_eq(tt_field_insert(&f, 0x0E34), TT_INSERT_CORRECTED);
    cr_expect_str_eq(f.text, "กิ่");
    cr_expect_eq(f.cur, f.len);
}

Test(field, sara_am_before_tone_is_reordered)
{
    uint32_t seq[] = {0x0E19, 0x0E33};
    type(seq, 2);
    cr_expect_eq(tt_field_insert(&f, 0x0E49), TT_INSERT_CORRECTED);
    cr_expect_str_eq(f.text, "น้ำ");
}

Test(field, second_tone_replaces_the_first)
{
    uint32_t seq[] = {0x0E01, 0x0E48};
    type(seq, 2);
    cr_expect_eq(tt_field_insert(&f, 0x0E49), TT_INSERT_CORRECTED);
    cr_expect_str_eq(f.text, "ก้");
}

Test(field, marks_without_a_base_are_refused)
{
    cr_expect_eq(tt_field_insert(&f, 0x0E48), TT_INSERT_REFUSED);
    cr_expect_str_eq(f.text, "");
    tt_field_set_text(&f, "a");
    cr_expect_eq(tt_field_insert(&f, 0x0E34), TT_INSERT_REFUSED);
    tt_field_set_text(&f, "เ");
    cr_expect_eq(tt_field_insert(&f, 0x0E34), TT_INSERT_REFUSED);
    tt_field_set_text(&f, "");
    cr_expect_eq(tt_field_insert(&f, 0x0301), TT_INSERT_REFUSED); /* non-Thai mark */
    cr_expect_eq(tt_field_insert(&f, 0), TT_INSERT_REFUSED);
    cr_expect_str_eq(f.text, "");
}

Test(field, latin_and_other_scripts_pass)
{
    cr_expect_eq(tt_field_insert(&f, 'I'), TT_INSERT_ACCEPTED);
    cr_expect_eq(tt_field_insert(&f, 0x4E2D), TT_INSERT_ACCEPTED);
    cr_expect_eq(tt_field_insert(&f, 0x0301), TT_INSERT_ACCEPTED); /* on a base: fine */
    cr_expect_str_eq(f.text, "I中\xCC\x81");
}

Test(field, backspace_deletes_one_code_point)
{
    tt_field_set_text(&f, "น้ำ");
    cr_expect_eq(tt_field_backspace(&f), 1);
    cr_expect_str_eq(f.text, "น้");
    tt_field_backspace(&f);
    cr_expect_str_eq(f.text, "น");
    tt_field_backspace(&f);
    cr_expect_str_eq(f.text, "");
    cr_expect_eq(tt_field_backspace(&f), 0);
}

Test(field, backspace_in_the_middle_keeps_the_cursor_on_a_boundary)
{
    tt_field_set_text(&f, "บ้าน");
    tt_field_set_cursor(&f, strlen("บ้"));
    tt_field_backspace(&f);
    cr_expect_str_eq(f.text, "บาน");
    cr_expect_eq(f.cur, strlen("บ"));
}

Test(field, delete_removes_the_whole_cluster)
{
    tt_field_set_text(&f, "ผู้ใหญ่");
    tt_field_set_cursor(&f, strlen("ผู้"));
    cr_expect_eq(tt_field_delete(&f), 1);
    cr_expect_str_eq(f.text, "ผู้หญ่");
    tt_field_home(&f);
    tt_field_delete(&f);
    cr_expect_str_eq(f.text, "หญ่");
    tt_field_end(&f);
    cr_expect_eq(tt_field_delete(&f), 0);
}

Test(field, delete_and_backspace_on_invalid_and_stacked)
{
    tt_field_set_text(&f, "\xFF"
                          "ก่่่"); /* stored as U+FFFD */
    cr_expect_str_eq(f.text, "\xEF\xBF\xBD"
                             "ก่่่");
    tt_field_home(&f);
    tt_field_delete(&f);
    cr_expect_str_eq(f.text, "ก่่่");
    tt_field_delete(&f);
    cr_expect_str_eq(f.text, "");
}

Test(field, moves_and_column)
{
    tt_field_set_text(&f, "ผู้ใหญ่บ้าน");
    tt_field_home(&f);
    tt_field_right(&f);
    tt_field_right(&f);
    cr_expect_eq(tt_field_col(&f), 2);
    tt_field_left(&f);
    cr_expect_eq(f.cur, strlen("ผู้"));
    tt_field_set_cursor(&f, 1); /* inside ผ: snapped back */
    cr_expect_eq(f.cur, 0);
    tt_field_word_right(&f, NULL);
    cr_expect_eq(f.cur, f.len);
    tt_field_word_left(&f, NULL);
    cr_expect_eq(f.cur, 0);
}

Test(field, paste_inserts_text_at_the_cursor)
{
    tt_field_set_text(&f, "ab");
    tt_field_set_cursor(&f, 1);
    cr_expect_eq(tt_field_insert_text(&f, "ไทย"), 0);
    cr_expect_str_eq(f.text, "aไทยb");
    cr_expect_eq(f.cur, 1 + strlen("ไทย"));
}

Test(field, typing_a_base_before_an_orphan_mark_joins_them)
{
    tt_field_set_text(&f, "\xE0\xB9\x88"); /* ่ alone, e.g. from a paste */
    tt_field_home(&f);
    cr_expect_eq(tt_field_insert(&f, 0x0E01), TT_INSERT_ACCEPTED);
    cr_expect_str_eq(f.text, "ก่");
    cr_expect_eq(f.cur, f.len); /* not between ก and ่ */
}

/* Found by fuzz_field: deleting what stands between a base and an orphan mark joins
 * them; the cursor must not be left inside the new cluster. */
Test(field, delete_that_joins_a_mark_to_its_base_leaves_the_cursor_on_a_boundary)
{
    tt_field fld;
    cr_assert_eq(tt_field_init(&fld, "ก\tู"), 0);
    tt_field_set_cursor(&fld, strlen("ก"));
    cr_assert_eq(tt_field_delete(&fld), 1);
    cr_assert_str_eq(fld.text, "กู");
    cr_assert(tt_cluster_is_boundary(fld.text, fld.len, fld.cur));
    cr_assert_eq(fld.cur, strlen("กู"), "after the joined cluster, before what came next");
    tt_field_free(&fld);
}
