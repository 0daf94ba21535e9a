/* Display width. Per code point it follows glibc (via the generated table in
 * tt_width_table.c, so it does not depend on the process locale); per string it also
 * adds the dotted circle tt_sanitize() puts under an orphan mark. It is additive over
 * clusters, which truncation and wrapping rely on. */
#include "tt_width.h"

#include <string.h>

#include "tt_utf8.h"
#include "tt_width_table.h"

/* Thai marks drawn above or below the base: MAI HAN-AKAT, SARA I..PHINTHU, MAITAIKHU..
 * YAMAKKAN. Same set as glibc's zero-width Thai code points; checked first because Thai is
 * the bulk of our text and this avoids the binary search. */
static int thai_zero_width(uint32_t c)
{
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

int tt_cp_is_control(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

int tt_cp_is_bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

int tt_cp_width(uint32_t cp)
{
    if (cp < 0x7F) return 1; /* printable ASCII, or a C0 control shown as a 1-column picture */
    if (cp >= 0x0E00 && cp <= 0x0E7F) return thai_zero_width(cp) ? 0 : 1;
    if (cp <= 0x9F || tt_cp_is_bidi_control(cp)) return 1; /* placeholder */
    int w = tt_cp_glibc_width(cp);
    return w < 0 ? 1 : w; /* unprintable: shown as U+FFFD */
}

int tt_width_cols_n(const char *s, size_t len)
{
    int w = 0;
    int carries = 0; /* can the previous cell take a zero-width mark? */
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += tt_utf8_decode(s + i, len - i, &cp);
        int cw = tt_cp_width(cp);
        if (cw == 0) {
            w += carries ? 0 : 1; /* an orphan mark is drawn on a dotted circle */
            carries = 1;
        } else {
            w += cw;
            carries = !tt_cp_is_control(cp);
        }
    }
    return w;
}

int tt_width_cols(const char *s)
{
    return s ? tt_width_cols_n(s, strlen(s)) : 0;
}
