/* Normalisation of imported and pasted text. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "text/tt_normalize.h"

#define EXPECT_NORM(in, want)                                                                      \
    do {                                                                                           \
        char *got = tt_normalize(in);                                                              \
        cr_expect_str_eq(got, want);                                                               \
        free(got);                                                                                 \
    } while (0)

Test(normalize, nikhahit_and_sara_aa_become_sara_am)
{
    EXPECT_NORM("น\xE0\xB9\x8D\xE0\xB8\xB2", "นำ");
    EXPECT_NORM("น\xE0\xB9\x89\xE0\xB9\x8D\xE0\xB8\xB2", "น้ำ"); /* tone first */
    EXPECT_NORM("น\xE0\xB9\x8D\xE0\xB9\x89\xE0\xB8\xB2", "น้ำ"); /* tone between */
}

Test(normalize, two_sara_e_become_sara_ae)
{
    EXPECT_NORM("\xE0\xB9\x80\xE0\xB9\x80ก", "แก");
    EXPECT_NORM("เก", "เก");
}

Test(normalize, libthai_reorders_and_dedupes_marks)
{
    EXPECT_NORM("ก\xE0\xB9\x88\xE0\xB8\xB4", "กิ่"); /* tone before vowel */
    EXPECT_NORM("ก\xE0\xB9\x88\xE0\xB9\x88", "ก่"); /* doubled tone */
    EXPECT_NORM("ก่่่่่่", "ก่");                         /* stacked garbage */
}

Test(normalize, tabs_and_line_ends)
{
    EXPECT_NORM("a\tb", "a b");
    EXPECT_NORM("a\r\nb\rc\n", "a\nb\nc\n");
}

Test(normalize, latin_mixed_empty_invalid)
{
    EXPECT_NORM("ITA ข้อ 3 café", "ITA ข้อ 3 café");
    EXPECT_NORM("", "");
    EXPECT_NORM("a\xFF"
                "b",
                "a\xEF\xBF\xBD"
                "b");
    char *s = tt_normalize(NULL);
    cr_expect_str_eq(s, "");
    free(s);
}

Test(normalize, is_idempotent_on_clean_text)
{
    const char *t = "การประเมินคุณธรรมและความโปร่งใส น้ำ ผู้ใหญ่ เกี๊ยว";
    EXPECT_NORM(t, t);
}

/* libthai drops marks with no base; text made only of them normalises to "" (it once came
 * back NULL, and pasting ี่ into a note said "out of memory"). */
Test(normalize, marks_alone_become_empty)
{
    EXPECT_NORM("\xE0\xB8\xB5\xE0\xB9\x88", "");
    EXPECT_NORM("\xE0\xB9\x88", "");
}
