/* Internal: one paragraph decoded for libthai, with its word-break opportunities. Shared by
 * wrapping and word-wise cursor moves. */
#ifndef ITADESK_TT_BREAKS_H
#define ITADESK_TT_BREAKS_H

#include <stddef.h>
#include <stdint.h>
#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#include <wchar.h>

/* Scratch arrays for one paragraph of n code points; index i is the i-th code point. */
struct tt_para {
    wchar_t *wc;         /* code points, NUL-terminated (a NUL in the text is stored as U+FFFD) */
    size_t *off;         /* byte offset of each code point; off[n] = end of the paragraph */
    int *cum;            /* cum[i] = columns of code points [0, i) (tt_width_cols of the prefix) */
    unsigned char *flag; /* TT_PARA_* bits per code point */
    int *pos;            /* scratch for th_brk_wc_find_breaks */
    size_t n, cap;
};

#define TT_PARA_CLUSTER 1 /* code point i starts a cluster */
#define TT_PARA_BREAK 2   /* libthai allows a line break before code point i */
#define TT_PARA_SPACE 4   /* code point i is ' ' or '\t' standing alone as a cluster */

/* Decodes s[0..len) (one paragraph: no '\n' expected) into p, growing its arrays, and fills
 * wc, off, cum and the CLUSTER/SPACE flags. With brk non-NULL also the BREAK flags
 * (libthai's dictionary breaks); with brk NULL there are none and callers fall back to
 * spaces and clusters. Returns 0, or -1 when out of memory. */
int tt_para_load(struct tt_para *p, ThBrk *brk, const char *s, size_t len);

void tt_para_free(struct tt_para *p);

#endif
