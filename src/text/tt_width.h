/* Display width in terminal columns: the one width function for the whole project. */
#ifndef ITADESK_TT_WIDTH_H
#define ITADESK_TT_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* Columns (0, 1 or 2) code point cp occupies once the text has gone through tt_sanitize():
 * glibc's C.UTF-8 wcwidth() in every locale (Thai above/below vowels and tone marks = 0,
 * SARA AM = 1, CJK = 2), except that anything tt_sanitize() replaces counts as its 1-column
 * placeholder (controls, DEL, C1, bidi overrides, unprintable code points, and '\t', which is
 * shown as one space). */
int tt_cp_width(uint32_t cp);

/* 1 for the controls that never carry combining marks and are shown as placeholders:
 * C0 (U+0000..U+001F), DEL and C1 (U+0080..U+009F). */
int tt_cp_is_control(uint32_t cp);

/* 1 for the bidirectional embeddings, overrides and isolates U+202A..U+202E, U+2066..U+2069. */
int tt_cp_is_bidi_control(uint32_t cp);

/* Columns NUL-terminated UTF-8 text s occupies on one line once sanitised (see tt_sanitize):
 * the sum of tt_cp_width, plus 1 for each cluster that starts with a zero-width mark (it gets
 * a dotted circle). NULL counts as 0. The sum over a string's clusters equals the string's
 * width. tt_width_cols(tt_sanitize(s, 0)) == tt_width_cols(s), except that an escape
 * sequence, counted here code point by code point, collapses to one column there. */
int tt_width_cols(const char *s);

/* Same as tt_width_cols for the len bytes at s (which may contain NUL bytes). */
int tt_width_cols_n(const char *s, size_t len);

#endif
