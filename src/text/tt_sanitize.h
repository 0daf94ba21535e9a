/* Making any text safe to draw: nothing from the database or a file reaches the terminal
 * without passing through tt_sanitize. */
#ifndef ITADESK_TT_SANITIZE_H
#define ITADESK_TT_SANITIZE_H

#include <stddef.h>

/* Flags for tt_sanitize. */
#define TT_SAN_SINGLE_LINE 0 /* '\n' becomes the picture U+240A like other controls */
#define TT_SAN_MULTILINE 1   /* '\n' is kept (for wrapped, multi-line views) */

/* A malloc'd copy of UTF-8 text s that is safe to draw and shows, rather than hides, what
 * was odd about it (s NULL gives ""). Replacements, each 1 column:
 *   invalid UTF-8 byte                      -> U+FFFD, one per byte
 *   C0 control c (other than the two below) -> control picture U+2400+c (␀ ␇ ␍ ...)
 *   '\t'                                    -> one space
 *   '\n'                                    -> kept with TT_SAN_MULTILINE, else U+240A ␊
 *   DEL                                     -> U+2421 ␡
 *   a whole escape sequence (ESC or C1 CSI/OSC/DCS/SOS/PM/APC, see tt_esc_seq_len)
 *                                           -> one U+241B ␛
 *   other C1 control U+0080..U+009F         -> U+FFFD
 *   bidi override/isolate U+202A..E, U+2066..9, and code points glibc cannot print
 *   (unassigned, noncharacters, U+2028/9)   -> U+FFFD
 * and a cluster that starts with a zero-width mark (at the start, after a newline or a
 * control) gets U+25CC ◌ in front so it cannot attach to the previous cell.
 * The result is idempotent under tt_sanitize and, when s holds no escape sequence, has
 * exactly tt_width_cols(s) columns. */
char *tt_sanitize(const char *s, int flags);

/* Same for the len bytes at s (which may contain NUL bytes, shown as ␀). */
char *tt_sanitize_n(const char *s, size_t len, int flags);

/* 1 when s is valid UTF-8 holding no control other than TAB, CR and LF, no DEL, no C1
 * control and no bidi override or isolate: printing it as it is cannot drive a terminal
 * (it may still differ from tt_sanitize's result, e.g. a leading mark). */
int tt_is_inert(const char *s);

#endif
