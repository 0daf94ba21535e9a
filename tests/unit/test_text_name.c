/* Names compared as people see them (issue 11, item 9). */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "text/tt_name.h"

static void expect_name(const char *in, const char *want)
{
    char *got = tt_name_normalize(in);
    cr_assert_str_eq(got, want, "'%s'", in);
    char *again = tt_name_normalize(got);
    cr_assert_str_eq(again, got, "not idempotent on '%s'", in);
    free(again);
    free(got);
}

Test(name, invisible_characters_and_bidi_controls_are_dropped)
{
    expect_name("กองคลัง\u200b", "กองคลัง");
    expect_name("\ufeffกอง\u200dคลัง", "กองคลัง");
    expect_name("\u202eกองคลัง\u202c", "กองคลัง");
    expect_name("กอง\u2066คลัง\u2069\u200e", "กองคลัง");
    expect_name("กอง\u00adคลัง", "กองคลัง");
}

Test(name, spaces_of_every_kind_collapse_and_trim)
{
    expect_name("  สำนัก  ปลัด ", "สำนัก ปลัด");
    expect_name("สำนัก\u00a0ปลัด", "สำนัก ปลัด");
    expect_name("สำนัก\tปลัด\n", "สำนัก ปลัด");
    expect_name("สำนัก\u3000\u2003ปลัด", "สำนัก ปลัด");
    expect_name("\x1b[2Jกอง", "[2Jกอง");
    expect_name("\u200b \u200b", "");
}

Test(name, nfc_and_thai_fixes)
{
    expect_name("Cafe\u0301", "Caf\u00e9");
    expect_name("กองน\u0e4d\u0e32", "กองนำ");      /* ํา -> ำ */
    expect_name("\u0e40\u200b\u0e40ก", "\u0e41ก"); /* เ ZWSP เ -> แ */
}

Test(name, equal_compares_normalised_forms)
{
    cr_assert(tt_name_equal("กองคลัง", "กองคลัง\u200b"));
    cr_assert(tt_name_equal("กอง คลัง", " กอง  คลัง"));
    cr_assert_not(tt_name_equal("กองคลัง", "กองช่าง"));
    cr_assert(tt_name_equal(NULL, "\u200b"));
}
