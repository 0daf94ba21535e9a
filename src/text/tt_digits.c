/* Digit mapping. Works on raw bytes: a Thai digit is E0 B9 90..99 in UTF-8, so no decoding
 * is needed and invalid bytes elsewhere pass through untouched. */
#include "tt_digits.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

int tt_digit_value(uint32_t cp)
{
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp >= 0x0E50 && cp <= 0x0E59) return (int)(cp - 0x0E50);
    return -1;
}

/* Value 0..9 if the bytes at p are a Thai digit (p must have 3 readable bytes or a NUL). */
static int thai_digit_at(const unsigned char *p)
{
    if (p[0] == 0xE0 && p[1] == 0xB9 && p[2] >= 0x90 && p[2] <= 0x99) return p[2] - 0x90;
    return -1;
}

char *tt_digits_to_thai(const char *s)
{
    if (!s) s = "";
    size_t len = strlen(s);
    char *out = xmalloc(3 * len + 1); /* each ASCII digit grows to 3 bytes */
    size_t o = 0;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            out[o++] = (char)0xE0;
            out[o++] = (char)0xB9;
            out[o++] = (char)(0x90 + (*p - '0'));
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    return out;
}

char *tt_digits_to_ascii(const char *s)
{
    if (!s) s = "";
    size_t len = strlen(s);
    char *out = xmalloc(len + 1); /* never grows */
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        int d = thai_digit_at(p); /* reads past the NUL never: p[0]/p[1] checked first */
        if (d >= 0) {
            out[o++] = (char)('0' + d);
            p += 3;
        } else {
            out[o++] = (char)*p++;
        }
    }
    out[o] = '\0';
    return out;
}

int tt_digits_has_thai(const char *s)
{
    /* ๐..๙ are U+0E50..U+0E59: E0 B9 90..99 in UTF-8. */
    for (const unsigned char *p = (const unsigned char *)s; p && p[0] && p[1] && p[2]; p++)
        if (p[0] == 0xE0 && p[1] == 0xB9 && p[2] >= 0x90 && p[2] <= 0x99) return 1;
    return 0;
}
