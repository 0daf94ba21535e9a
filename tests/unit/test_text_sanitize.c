/* Sanitising for display: nothing that could drive the terminal gets through. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_sanitize.h"
#include "text/tt_width.h"

#define EXPECT_SAN(in, flags, want)                                                                \
    do {                                                                                           \
        char *got = tt_sanitize(in, flags);                                                        \
        cr_expect_str_eq(got, want);                                                               \
        free(got);                                                                                 \
    } while (0)

Test(sanitize, clean_thai_and_latin_pass_unchanged)
{
    EXPECT_SAN("ผู้ใหญ่บ้าน ITA 2567", 0, "ผู้ใหญ่บ้าน ITA 2567");
    EXPECT_SAN("", 0, "");
    EXPECT_SAN(NULL, 0, "");
}

Test(sanitize, c0_controls_become_pictures)
{
    EXPECT_SAN("a\x01"
               "b\x07",
               0, "a␁b␇");
    EXPECT_SAN("a\rb", 0, "a␍b");
    EXPECT_SAN("a\x7f", 0, "a␡");
    EXPECT_SAN("a\tb", 0, "a b");
}

Test(sanitize, newline_depends_on_the_mode)
{
    EXPECT_SAN("a\nb", TT_SAN_SINGLE_LINE, "a␊b");
    EXPECT_SAN("a\nb", TT_SAN_MULTILINE, "a\nb");
}

Test(sanitize, whole_escape_sequences_collapse)
{
    EXPECT_SAN("\x1b[31mred\x1b[0m", 0, "␛red␛");
    EXPECT_SAN("x\x1b]0;pwned title\x07y", 0, "x␛y");
    EXPECT_SAN("x\x1b]8;;http://evil\x1b\\link", 0, "x␛link");
    EXPECT_SAN("\xC2\x9B"
               "2J!",
               0, "␛!"); /* C1 CSI */
    EXPECT_SAN("\x1b"
               "c",
               0, "␛"); /* RIS: full reset */
    EXPECT_SAN("\x1b", 0, "␛");
    EXPECT_SAN("\x1b]52;c;Zm9v", 0, "␛"); /* unterminated OSC 52 clipboard write */
    EXPECT_SAN("\x1b]0;a\nb", TT_SAN_MULTILINE, "␛\nb");
}

Test(sanitize, c1_and_bidi_become_replacement)
{
    EXPECT_SAN("a\xC2\x85"
               "b",
               0,
               "a\xEF\xBF\xBD"
               "b");
    EXPECT_SAN("abc\xE2\x80\xAE"
               "def",
               0,
               "abc\xEF\xBF\xBD"
               "def");                                                       /* RLO */
    EXPECT_SAN("\xE2\x81\xA6x\xE2\x81\xA9", 0, "\xEF\xBF\xBDx\xEF\xBF\xBD"); /* LRI PDI */
    EXPECT_SAN("\xE2\x80\xA8", 0, "\xEF\xBF\xBD"); /* LINE SEPARATOR: not printable */
}

Test(sanitize, invalid_utf8_becomes_one_replacement_per_byte)
{
    EXPECT_SAN("a\xFF\xE0\xB8", 0, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

Test(sanitize, leading_marks_get_a_dotted_circle)
{
    EXPECT_SAN("\xE0\xB8\xB4\xE0\xB9\x88ก", 0, "◌\xE0\xB8\xB4\xE0\xB9\x88ก");
    EXPECT_SAN("a\n\xE0\xB9\x88", TT_SAN_MULTILINE, "a\n◌\xE0\xB9\x88");
    EXPECT_SAN("ก่่่", 0, "ก่่่"); /* stacked on a base: left alone */
    EXPECT_SAN("\xCC\x81x", 0, "◌\xCC\x81x");
}

Test(sanitize, is_idempotent_and_keeps_the_width)
{
    const char *samples[] = {"\xE0\xB8\xB4x\x01\xFF\n\xE0\xB9\x88", "ก\xE2\x80\xAE\xC2\x85",
                             "\x7f\t\r", "ผู้ใหญ่"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        for (int flags = 0; flags <= 1; flags++) {
            char *a = tt_sanitize(samples[i], flags), *b = tt_sanitize(a, flags);
            cr_expect_str_eq(a, b);
            cr_expect_eq(tt_width_cols(a), tt_width_cols(samples[i]));
            free(a);
            free(b);
        }
}

Test(sanitize, embedded_nul_with_explicit_length)
{
    char *s = tt_sanitize_n("a\0b", 3, 0);
    cr_expect_str_eq(s, "a␀b");
    free(s);
}

/* Text that needs nothing (the common case, copied without a per-character walk) comes
 * back equal; one odd character anywhere still sends it through the full rules. */
Test(sanitize, common_text_is_unchanged_and_odd_text_still_caught)
{
    const char *plain[] = {"ดำเนินการแล้ว", "☑ ดำเนินการ\n☐ ยังไม่ได้ดำเนินการ", "“คู่มือ” – ฉบับที่ ๒… café",
                           "O12 https://www.example.go.th/o12", ""};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        char *s = tt_sanitize(plain[i], TT_SAN_MULTILINE);
        cr_assert_str_eq(s, plain[i]);
        free(s);
    }
    char *s = tt_sanitize("ก\xe2\x80\xa8ข", TT_SAN_MULTILINE); /* U+2028 LINE SEPARATOR */
    cr_assert_str_eq(s, "ก\xef\xbf\xbdข");
    free(s);
    s = tt_sanitize("บรรทัด\n\xe0\xb9\x88ไม้เอก", TT_SAN_MULTILINE); /* a mark after a newline */
    cr_assert_str_eq(s, "บรรทัด\n◌\xe0\xb9\x88ไม้เอก");
    free(s);
    s = tt_sanitize("ดี\nมาก", TT_SAN_SINGLE_LINE);
    cr_assert_str_eq(s, "ดี␊มาก");
    free(s);
}
