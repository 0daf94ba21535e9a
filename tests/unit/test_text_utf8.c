/* UTF-8 decode/encode: never fails, resynchronises after every invalid byte. */
#include <criterion/criterion.h>
#include <string.h>

#include "text/tt_utf8.h"

static uint32_t dec(const char *s, size_t len, size_t *n)
{
    uint32_t cp;
    *n = tt_utf8_decode(s, len, &cp);
    return cp;
}

Test(utf8, decodes_ascii_thai_and_astral)
{
    size_t n;
    cr_expect_eq(dec("A", 1, &n), 'A');
    cr_expect_eq(n, 1);
    cr_expect_eq(dec("ก", 3, &n), 0x0E01);
    cr_expect_eq(n, 3);
    cr_expect_eq(dec("é", 2, &n), 0xE9);
    cr_expect_eq(n, 2);
    cr_expect_eq(dec("\xF0\x9F\x98\x80", 4, &n), 0x1F600);
    cr_expect_eq(n, 4);
}

Test(utf8, empty_input_consumes_nothing)
{
    size_t n;
    cr_expect_eq(dec("", 0, &n), 0);
    cr_expect_eq(n, 0);
}

Test(utf8, invalid_bytes_become_fffd_one_byte_at_a_time)
{
    const char *bad[] = {"\xFF",         "\x80",         "\xC0\xAF",
                         "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                         "\xE0\xB8",     "\xC3"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t n;
        cr_expect_eq(dec(bad[i], strlen(bad[i]), &n), TT_REPLACEMENT, "case %zu", i);
        cr_expect_eq(n, 1, "case %zu", i);
    }
}

Test(utf8, truncated_thai_does_not_swallow_the_next_character)
{
    /* "ก" cut after 2 bytes, then "]" - the bracket must survive (THAI-TEXT §1.3.2) */
    const char s[] = "\xE0\xB8]";
    size_t n, at = 0;
    uint32_t cps[3];
    int k = 0;
    while (at < 3) {
        cps[k++] = dec(s + at, 3 - at, &n);
        at += n;
    }
    cr_assert_eq(k, 3);
    cr_expect_eq(cps[2], ']');
}

Test(utf8, prev_walks_back_consistently_with_decode)
{
    const char s[] = "a\xFFก\x80\x80น้ำ\xE0\xB8z\xF0\x9F\x98\x80";
    size_t len = sizeof s - 1, starts[64], k = 0, n;
    for (size_t at = 0; at < len; at += n) {
        starts[k++] = at;
        dec(s + at, len - at, &n);
    }
    size_t pos = len;
    while (k > 0) {
        pos = tt_utf8_prev(s, pos);
        cr_expect_eq(pos, starts[--k]);
    }
    cr_expect_eq(tt_utf8_prev(s, 0), 0);
}

Test(utf8, encode_round_trips_and_replaces_surrogates)
{
    uint32_t cps[] = {0, 'z', 0xE9, 0x0E33, 0xFFFD, 0x10FFFF, 0x1F600};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char buf[4];
        size_t n = tt_utf8_encode(cps[i], buf), m;
        cr_expect_eq(dec(buf, n, &m), cps[i]);
        cr_expect_eq(m, n);
    }
    char buf[4];
    cr_expect_eq(tt_utf8_encode(0xD800, buf), 3);
    cr_expect_eq(memcmp(buf, "\xEF\xBF\xBD", 3), 0);
    cr_expect_eq(tt_utf8_encode(0x110000, buf), 3);
}

Test(utf8, counts_code_points_and_validates)
{
    cr_expect_eq(tt_utf8_count_cps("ผู้ใหญ่", strlen("ผู้ใหญ่")), 7);
    cr_expect_eq(tt_utf8_count_cps("ab\xFF", 3), 3);
    cr_expect_eq(tt_utf8_count_cps("", 0), 0);
    cr_expect(tt_utf8_valid("น้ำ abc \xEF\xBF\xBD", strlen("น้ำ abc \xEF\xBF\xBD")));
    cr_expect_not(tt_utf8_valid("ab\xE0\xB8", 4));
    cr_expect(tt_utf8_valid("", 0));
}

Test(utf8, snap_moves_into_sequence_offsets_back_to_their_start)
{
    const char s[] = "aก\x80\xE0\xB8";
    size_t len = sizeof s - 1;
    cr_expect_eq(tt_utf8_snap(s, len, 0), 0);
    cr_expect_eq(tt_utf8_snap(s, len, 2), 1); /* inside ก */
    cr_expect_eq(tt_utf8_snap(s, len, 3), 1);
    cr_expect_eq(tt_utf8_snap(s, len, 4), 4); /* stray continuation: its own code point */
    cr_expect_eq(tt_utf8_snap(s, len, 6), 6); /* after a cut-off lead byte */
    cr_expect_eq(tt_utf8_snap(s, len, 99), len);
}
