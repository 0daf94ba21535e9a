/* Thai digits for display and parsing. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "text/tt_digits.h"

#define EXPECT_MAP(fn, in, want)                                                                   \
    do {                                                                                           \
        char *got = fn(in);                                                                        \
        cr_expect_str_eq(got, want);                                                               \
        free(got);                                                                                 \
    } while (0)

Test(digits, ascii_to_thai)
{
    EXPECT_MAP(tt_digits_to_thai, "2567-10-05", "๒๕๖๗-๑๐-๐๕");
    EXPECT_MAP(tt_digits_to_thai, "ข้อ 3 ITA", "ข้อ ๓ ITA");
    EXPECT_MAP(tt_digits_to_thai, "", "");
    EXPECT_MAP(tt_digits_to_thai, NULL, "");
    EXPECT_MAP(tt_digits_to_thai, "9\xFF", "๙\xFF");
}

Test(digits, thai_to_ascii)
{
    EXPECT_MAP(tt_digits_to_ascii, "๙๐.๔๙ คะแนน", "90.49 คะแนน");
    EXPECT_MAP(tt_digits_to_ascii, "mixed ๑2๓", "mixed 123");
    EXPECT_MAP(tt_digits_to_ascii, "", "");
    EXPECT_MAP(tt_digits_to_ascii, "\xE0\xB9", "\xE0\xB9"); /* cut-off digit left alone */
    EXPECT_MAP(tt_digits_to_ascii, "ก่๕", "ก่5");
}

Test(digits, values)
{
    cr_expect_eq(tt_digit_value('7'), 7);
    cr_expect_eq(tt_digit_value(0x0E57), 7);
    cr_expect_eq(tt_digit_value(0x0E5A), -1);
    cr_expect_eq(tt_digit_value('a'), -1);
}
