/* Fitting text into a number of terminal columns without splitting a cluster.
 * Every function returning char * returns a malloc'd, NUL-terminated string the caller
 * frees. Feed them sanitised text (tt_sanitize). */
#ifndef ITADESK_TT_FIT_H
#define ITADESK_TT_FIT_H

#include <stddef.h>

#define TT_ELLIPSIS "\u2026" /* "…": 1 column (East Asian ambiguous; pass "~" for PuTTY CJK) */

enum tt_align { TT_ALIGN_LEFT, TT_ALIGN_RIGHT, TT_ALIGN_CENTER };

/* Bytes of the longest prefix of s[0..len) made of whole clusters that fits in cols columns.
 * *used (if not NULL) receives that prefix's width in columns. */
size_t tt_prefix_fit(const char *s, size_t len, int cols, int *used);

/* Byte offset of the first cluster boundary of s[0..len) at or after column col (for
 * horizontal scrolling); *at (if not NULL) receives that boundary's column, which exceeds
 * col when a wide cluster straddles it. */
size_t tt_offset_at_col(const char *s, size_t len, int col, int *at);

/* s cut to at most cols columns. If s is wider, whole clusters are kept and ellipsis
 * (NULL = TT_ELLIPSIS, "" = none) is appended so that the total still fits; an ellipsis
 * wider than cols is dropped. cols < 0 counts as 0. */
char *tt_truncate_cols(const char *s, int cols, const char *ellipsis);

/* s padded with spaces to cols columns (left-aligned pads on the right, and so on). Never
 * truncates: a wider s comes back unchanged. */
char *tt_pad_cols(const char *s, int cols, enum tt_align align);

/* s truncated (with ellipsis, as tt_truncate_cols) then padded: always exactly cols columns
 * wide, for table cells and fixed-width fields. */
char *tt_fit_cols(const char *s, int cols, const char *ellipsis, enum tt_align align);

#endif
