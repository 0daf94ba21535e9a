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

char *tt_sanitize_n(const char *s, size_t len, int flags)
{
    /* Worst case 3 output bytes per input byte: a 1-byte control or invalid byte becomes a
     * 3-byte picture or U+FFFD; a 2-byte mark gains a 3-byte dotted circle (5 < 6). */
    char *out = malloc(3 * len + 1);
    if (!out) return NULL;
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
