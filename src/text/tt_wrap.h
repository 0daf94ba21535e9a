/* Word wrapping by display columns with libthai's dictionary word breaks. */
#ifndef ITADESK_TT_WRAP_H
#define ITADESK_TT_WRAP_H

#include <stddef.h>
#include <thai/thbrk.h>

/* One wrapped line: bytes [off, off + len) of the wrapped text, cols columns wide. */
typedef struct tt_line {
    size_t off, len; /* bytes */
    int cols;        /* columns (tt_width_cols of the line) */
} tt_line;

/* The lines of a wrapped text; start with {0} and release with tt_lines_free. */
typedef struct tt_lines {
    tt_line *v;
    size_t n, cap;
} tt_lines;

/* Wraps UTF-8 text s[0..len) to width columns (width < 1 counts as 1) into *out, replacing
 * its previous contents but reusing its memory (cheap to call on every keystroke).
 *  - brk: a libthai breaker from th_brk_new(NULL), owned by the caller and not shared between
 *    threads. NULL (also what th_brk_new returns when the dictionary file is missing) falls
 *    back to breaking at spaces only, and at cluster boundaries inside over-long words.
 *  - Lines break at a libthai word boundary or a run of spaces/tabs, whichever comes last
 *    before the width is reached; a word wider than the line is broken between clusters, and
 *    a single cluster wider than the line between its spacing code points (น้|ำ at width 1).
 *    Only a lone code point wider than the width (a CJK character at width 1) overflows.
 *  - Every '\n' ends a line; N newlines give at least N+1 lines, and "" gives one empty line.
 *  - Bytes not inside any line: the '\n' of each hard break, and runs of ' '/'\t' at a soft
 *    break (they end one line and would start the next). Spaces at the start of a paragraph
 *    are kept unless wider than the line; spaces at its end are kept if they fit.
 *    Nothing else is dropped and lines are in text order, so an editor maps a cursor byte
 *    offset to a line with tt_lines_find.
 * Returns 0, or -1 when out of memory (out is then empty). */
/* The process's word breaker: libthai's dictionary is loaded on the first call and kept
 * (it is 1.5 MiB of private memory and a third of a CSV report's CPU, so only a process that
 * wraps text pays for it, and once). NULL when the dictionary is missing. Not for threads. */
ThBrk *tt_brk_shared(void);

int tt_wrap(ThBrk *brk, const char *s, size_t len, int width, tt_lines *out);

/* Index of the line that shows byte offset off: the last line starting at or before it. */
size_t tt_lines_find(const tt_lines *lines, size_t off);

void tt_lines_free(tt_lines *lines);

#endif
