/* UTF-8 codec. Written by hand rather than with mbrtowc() because mbrtowc() depends on the
 * process locale (it fails on every non-ASCII byte under "C") and stops at the first error,
 * whereas display code must decode anything, in any locale, without losing its place. */
#include "tt_utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Length of a sequence announced by lead byte b, or 0 if b cannot start one. */
static size_t seq_len(unsigned char b)
{
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) return 2;
    if (b >= 0xE0 && b <= 0xEF) return 3;
    if (b >= 0xF0 && b <= 0xF4) return 4;
    return 0; /* continuation byte, C0/C1 (always overlong) or F5..FF */
}

static int is_cont(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

size_t tt_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (len == 0) {
        *cp = 0;
        return 0;
    }
    size_t n = seq_len(p[0]);
    if (n == 1) {
        *cp = p[0];
        return 1;
    }
    if (n == 0 || n > len) goto invalid;
    uint32_t c = p[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if (!is_cont(p[i])) goto invalid;
        c = (c << 6) | (p[i] & 0x3F);
    }
    /* Reject overlong forms, UTF-16 surrogates and values past U+10FFFF. */
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
        (c >= 0xD800 && c <= 0xDFFF))
        goto invalid;
    *cp = c;
    return n;
invalid:
    *cp = TT_REPLACEMENT;
    return 1;
}

size_t tt_utf8_prev(const char *s, size_t pos)
{
    const unsigned char *p = (const unsigned char *)s;
    if (pos == 0) return 0;
    /* A non-continuation byte is always where forward decoding starts a code point (no
     * valid sequence contains one after its lead), so find the nearest one within reach
     * and accept it only if decoding from there ends exactly at pos. Otherwise the byte
     * before pos was decoded on its own as U+FFFD. */
    for (size_t back = 1; back <= 4 && back <= pos; back++) {
        size_t start = pos - back;
        if (is_cont(p[start])) continue;
        uint32_t cp;
        if (tt_utf8_decode(s + start, back, &cp) == back) return start;
        break;
    }
    return pos - 1;
}

size_t tt_utf8_snap(const char *s, size_t len, size_t pos)
{
    const unsigned char *p = (const unsigned char *)s;
    if (pos >= len) return len;
    /* As in tt_utf8_prev, the nearest lead byte at most 3 bytes back is a boundary; pos is
     * inside its sequence only if that sequence decodes past pos. */
    for (size_t back = 0; back <= 3 && back <= pos; back++) {
        size_t q = pos - back;
        if (is_cont(p[q])) continue;
        uint32_t cp;
        return q + tt_utf8_decode(s + q, len - q, &cp) > pos ? q : pos;
    }
    return pos; /* a stray continuation byte: decoded on its own */
}

size_t tt_utf8_encode(uint32_t cp, char out[4])
{
    if (cp >= 0xD800 && (cp <= 0xDFFF || cp > 0x10FFFF)) cp = TT_REPLACEMENT;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t tt_utf8_count_cps(const char *s, size_t len)
{
    size_t n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len; n++)
        i += tt_utf8_decode(s + i, len - i, &cp);
    return n;
}

int tt_utf8_valid(const char *s, size_t len)
{
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        if (cp == TT_REPLACEMENT && n == 1) return 0; /* a real U+FFFD is 3 bytes long */
        i += n;
    }
    return 1;
}

char *tt_utf8_repair(const char *s, size_t len)
{
    char *out = xmalloc(3 * len + 1); /* a 1-byte error grows to 3 bytes */
    size_t o = 0;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        if (cp == TT_REPLACEMENT && n == 1)
            o += tt_utf8_encode(cp, out + o);
        else
            memcpy(out + o, s + i, n), o += n;
        i += n;
    }
    out[o] = '\0';
    return out;
}
