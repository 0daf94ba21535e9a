/* UTF-8 <-> CP874 / TIS-620 with the offset of the first bad character. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_iconv.h"

Test(iconv, charset_names)
{
    cr_expect_str_eq(tt_charset_name("utf-8"), "UTF-8");
    cr_expect_str_eq(tt_charset_name("UTF8"), "UTF-8");
    cr_expect_str_eq(tt_charset_name("Cp874"), "CP874");
    cr_expect_str_eq(tt_charset_name("windows-874"), "CP874");
    cr_expect_str_eq(tt_charset_name("TIS620"), "TIS-620");
    cr_expect_str_eq(tt_charset_name("tis-620"), "TIS-620");
    cr_expect_null(tt_charset_name("ms874"));
    cr_expect_null(tt_charset_name(""));
    cr_expect_null(tt_charset_name(NULL));
}

Test(iconv, thai_round_trips_through_both_charsets)
{
    const char *u = "ไทย ๑๒๓ น้ำ";
    const char *names[] = {"cp874", "tis-620"};
    for (int k = 0; k < 2; k++) {
        char *o, *back;
        size_t ol, bl, bad;
        cr_assert_eq(tt_convert("utf-8", names[k], u, strlen(u), &o, &ol, &bad), 0);
        cr_expect_eq(ol, 11);
        cr_expect_eq(memcmp(o, "\xE4\xB7\xC2\x20\xF1\xF2\xF3\x20\xB9\xE9\xD3", 11), 0);
        cr_assert_eq(tt_convert(names[k], "utf-8", o, ol, &back, &bl, &bad), 0);
        cr_expect_str_eq(back, u);
        free(o);
        free(back);
    }
}

Test(iconv, unmappable_character_reports_its_offset)
{
    const char *u = "ราคา 5€";
    char *o = (char *)1;
    size_t ol = 9, bad = 0;
    errno = 0;
    cr_expect_eq(tt_convert("UTF-8", "TIS-620", u, strlen(u), &o, &ol, &bad), -1);
    cr_expect_eq(errno, EILSEQ);
    cr_expect_eq(bad, strlen("ราคา 5"));
    cr_expect_null(o);
    cr_expect_eq(ol, 0);
    /* CP874 has € (0x80) */
    cr_assert_eq(tt_convert("UTF-8", "CP874", u, strlen(u), &o, &ol, &bad), 0);
    cr_expect_eq((unsigned char)o[ol - 1], 0x80);
    free(o);
    const char *e = "ดี😀!";
    cr_expect_eq(tt_convert("utf-8", "cp874", e, strlen(e), &o, &ol, &bad), -1);
    cr_expect_eq(bad, strlen("ดี"));
}

Test(iconv, invalid_input_reports_its_offset)
{
    char *o;
    size_t ol, bad;
    cr_expect_eq(tt_convert("utf-8", "cp874",
                            "ab\xFF"
                            "cd",
                            5, &o, &ol, &bad),
                 -1);
    cr_expect_eq(bad, 2);
    cr_expect_eq(tt_convert("utf-8", "cp874", "ab\xE0\xB8", 4, &o, &ol, &bad), -1);
    cr_expect_eq(bad, 2); /* cut off at the end */
    cr_expect_eq(tt_convert("tis-620", "utf-8", "\xA1\x80", 2, &o, &ol, &bad), -1);
    cr_expect_eq(bad, 1); /* 0x80 is CP874's €, not TIS-620 */
    cr_expect_eq(tt_convert("cp874", "utf-8", "\x80\xA0\x96", 3, &o, &ol, &bad), 0);
    cr_expect_str_eq(o, "€\xC2\xA0–");
    free(o);
}

Test(iconv, empty_latin_and_unknown)
{
    char *o;
    size_t ol, bad;
    cr_assert_eq(tt_convert("utf-8", "cp874", "", 0, &o, &ol, &bad), 0);
    cr_expect_eq(ol, 0);
    cr_expect_str_eq(o, "");
    free(o);
    cr_assert_eq(tt_convert("utf-8", "tis620", "ITA, 2567\n", 10, &o, &ol, &bad), 0);
    cr_expect_str_eq(o, "ITA, 2567\n");
    free(o);
    errno = 0;
    cr_expect_eq(tt_convert("utf-8", "klingon", "a", 1, &o, &ol, &bad), -1);
    cr_expect_eq(errno, EINVAL);
    cr_expect_eq(bad, SIZE_MAX);
    cr_expect_null(o);
}

Test(iconv, large_input_grows_the_buffer)
{
    size_t n = 100000;
    char *in = malloc(n), *o, *back;
    memset(in, 0xA1, n); /* ก in TIS-620: 3 bytes each in UTF-8 */
    size_t ol, bl, bad;
    cr_assert_eq(tt_convert("tis-620", "utf-8", in, n, &o, &ol, &bad), 0);
    cr_expect_eq(ol, 3 * n);
    cr_assert_eq(tt_convert("utf-8", "tis-620", o, ol, &back, &bl, &bad), 0);
    cr_expect_eq(bl, n);
    cr_expect_eq(memcmp(back, in, n), 0);
    free(in);
    free(o);
    free(back);
}
