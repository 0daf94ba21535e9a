/* Display sanitiser. Hand-written because nothing in glibc or libthai does this; the width
 * rules it must agree with live in tt_width.c. */
#include "tt_sanitize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tt_escape.h"
#include "tt_utf8.h"
#include "tt_width.h"
#include "tt_width_table.h"
#include "xalloc.h"

#define PIC_ESC 0x241Bu
#define PIC_DEL 0x2421u
#define PIC_CONTROL_BASE 0x2400u
#define DOTTED_CIRCLE 0x25CCu

static void put_cp(char *out, size_t *o, uint32_t cp)
{
    *o += tt_utf8_encode(cp, out + *o);
}

/* Replacement for code point cp, or 0 if cp is drawn as it is. */
static uint32_t placeholder(uint32_t cp, int flags)
{
    if (cp == '\n') return (flags & TT_SAN_MULTILINE) ? 0 : PIC_CONTROL_BASE + cp;
    if (cp == '\t') return ' ';
    if (cp < 0x20) return PIC_CONTROL_BASE + cp;
    if (cp == 0x7F) return PIC_DEL;
    if (cp < 0x7F) return 0;
    if (cp <= 0x9F || tt_cp_is_bidi_control(cp)) return TT_REPLACEMENT;
    if (tt_cp_glibc_width(cp) < 0)
        return TT_REPLACEMENT; /* ncursesw would print it as "~X" garbage or not at all */
    return 0;
}

/* Zero-width Thai marks: U+0E31, U+0E34..0E3A, U+0E47..0E4E (third UTF-8 byte given). */
static int thai_mark(unsigned char b2, unsigned char b3)
{
    return (b2 == 0xB8 && (b3 == 0xB1 || (b3 >= 0xB4 && b3 <= 0xBA))) ||
           (b2 == 0xB9 && b3 >= 0x87 && b3 <= 0x8E);
}

/* Latin letters with accents and the symbols Thai documents use (dashes, quotes,
 * bullets, ellipsis, NBSP, ballot boxes ☐ ☑ and check marks): printable, one column,
 * never a control or a mark. */
static int common_symbol(uint32_t cp)
{
    return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2010 && cp <= 0x2027) ||
           (cp >= 0x2030 && cp <= 0x205E) || cp == 0x20AC || (cp >= 0x2610 && cp <= 0x2612) ||
           cp == 0x2713 || cp == 0x2714;
}

/* True when s is made only of printable ASCII, newlines (if kept), assigned Thai
 * letters with every mark on a base, and common symbols: then sanitising changes nothing. Almost
 * all stored text is like that, and reports sanitise every cell, so this is worth its lines. */
static int is_plain(const unsigned char *s, size_t len, int flags)
{
    int carries = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        if (c >= 0x20 && c < 0x7F) {
            carries = 1;
            i++;
        } else if (c == '\n' && (flags & TT_SAN_MULTILINE)) {
            carries = 0;
            i++;
        } else if (c == 0xE0 && i + 2 < len &&
                   ((s[i + 1] == 0xB8 && s[i + 2] >= 0x81 && s[i + 2] <= 0xBA) ||
                    (s[i + 1] == 0xB8 && s[i + 2] == 0xBF) ||
                    (s[i + 1] == 0xB9 && s[i + 2] >= 0x80 && s[i + 2] <= 0x9B))) {
            if (thai_mark(s[i + 1], s[i + 2]) && !carries) return 0;
            carries = 1;
            i += 3;
        } else {
            uint32_t cp;
            size_t n = tt_utf8_decode((const char *)s + i, len - i, &cp);
            if (n < 2 || !common_symbol(cp)) return 0;
            carries = 1;
            i += n;
        }
    }
    return 1;
}

char *tt_sanitize_n(const char *s, size_t len, int flags)
{
    if (is_plain((const unsigned char *)s, len, flags)) {
        char *copy = xmalloc(len + 1);
        memcpy(copy, s, len);
        copy[len] = '\0';
        return copy;
    }
    /* Worst case 3 output bytes per input byte: a 1-byte control or invalid byte becomes a
     * 3-byte picture or U+FFFD; a 2-byte mark gains a 3-byte dotted circle (5 < 6). */
    char *out = xmalloc(3 * len + 1);
    size_t o = 0;
    int carries = 0; /* can the previous cell take a zero-width mark? */
    for (size_t i = 0; i < len;) {
        size_t esc = tt_esc_seq_len(s + i, len - i);
        if (esc) {
            put_cp(out, &o, PIC_ESC);
            carries = 0;
            i += esc;
            continue;
        }
        uint32_t cp;
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        /* An invalid byte also decodes to U+FFFD; never copy the byte itself. */
        uint32_t rep = (cp == TT_REPLACEMENT && n == 1) ? TT_REPLACEMENT : placeholder(cp, flags);
        if (rep) {
            put_cp(out, &o, rep);
        } else if (tt_cp_width(cp) == 0) {
            if (!carries) put_cp(out, &o, DOTTED_CIRCLE);
            memcpy(out + o, s + i, n);
            o += n;
        } else {
            memcpy(out + o, s + i, n);
            o += n;
        }
        carries = tt_cp_width(cp) == 0 || !tt_cp_is_control(cp);
        i += n;
    }
    out[o] = '\0';
    return out;
}

char *tt_sanitize(const char *s, int flags)
{
    if (!s) s = "";
    return tt_sanitize_n(s, strlen(s), flags);
}

int tt_is_inert(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F) {
            i++;
            continue;
        }
        if (c == '\t' || c == '\r' || c == '\n') {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        if (cp < 0xA0 || (cp == TT_REPLACEMENT && n == 1) || tt_cp_is_bidi_control(cp)) return 0;
        i += n;
    }
    return 1;
}
