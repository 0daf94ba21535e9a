/* Internal: recognises terminal escape sequences so that none reaches the terminal. */
#ifndef ITADESK_TT_ESCAPE_H
#define ITADESK_TT_ESCAPE_H

#include <stddef.h>

/* If s[0..len) starts with ESC (0x1B) or a UTF-8 encoded C1 sequence introducer (CSI U+009B,
 * OSC U+009D, DCS U+0090, SOS U+0098, PM U+009E, APC U+009F), returns the length in bytes of
 * the whole sequence (at least the introducer); otherwise 0. Rules (ECMA-48):
 *  - CSI: parameter/intermediate bytes 0x20..0x3F, then one final byte 0x40..0x7E;
 *  - OSC/DCS/SOS/PM/APC: a payload ended by BEL, ESC '\' or U+009C (all consumed), or cut
 *    short, unconsumed, by any other C0 control or the end of the text;
 *  - other ESC sequences: intermediates 0x20..0x2F then a final byte 0x30..0x7E.
 * A sequence stops before the first byte that does not fit, so a malformed one never
 * swallows following text beyond the bytes listed above. */
size_t tt_esc_seq_len(const char *s, size_t len);

#endif
