/* Truncation and padding by columns. printf("%-20s") pads by bytes and swprintf by code
 * points, both wrong for Thai (THAI-TEXT.md §1.3), hence cluster-by-cluster code here. */
#include "tt_fit.h"

#include <stdlib.h>
#include <string.h>

#include "tt_cluster.h"
#include "tt_utf8.h"
#include "tt_width.h"
#include "xalloc.h"

size_t tt_prefix_fit(const char *s, size_t len, int cols, int *used)
{
    int w = 0;
    size_t pos = 0;
    while (pos < len) {
        size_t next = tt_cluster_next(s, len, pos);
        int cw = tt_cluster_width(s, pos, next);
        if (w + cw > cols) break;
        w += cw;
        pos = next;
    }
    if (used) *used = w;
    return pos;
}

size_t tt_offset_at_col(const char *s, size_t len, int col, int *at)
{
    int w = 0;
    size_t pos = 0;
    while (pos < len && w < col) {
        size_t next = tt_cluster_next(s, len, pos);
        w += tt_cluster_width(s, pos, next);
        pos = next;
    }
    if (at) *at = w;
    return pos;
}

/* Concatenates a[0..alen) + b[0..blen) into a new string. */
static char *join(const char *a, size_t alen, const char *b, size_t blen)
{
    char *out = xmalloc(alen + blen + 1);
    memcpy(out, a, alen);
    memcpy(out + alen, b, blen);
    out[alen + blen] = '\0';
    return out;
}

char *tt_truncate_cols(const char *s, int cols, const char *ellipsis)
{
    size_t len = strlen(s);
    if (cols < 0) cols = 0;
    if (tt_prefix_fit(s, len, cols, NULL) == len) return join(s, len, "", 0);
    if (!ellipsis) ellipsis = TT_ELLIPSIS;
    int ew = tt_width_cols(ellipsis);
    if (ew > cols) {
        ellipsis = "";
        ew = 0;
    }
    size_t keep = tt_prefix_fit(s, len, cols - ew, NULL);
    return join(s, keep, ellipsis, strlen(ellipsis));
}

char *tt_pad_cols(const char *s, int cols, enum tt_align align)
{
    size_t len = strlen(s);
    int w = tt_width_cols_n(s, len);
    size_t pad = w < cols ? (size_t)(cols - w) : 0;
    size_t left = align == TT_ALIGN_RIGHT ? pad : align == TT_ALIGN_CENTER ? pad / 2 : 0;
    size_t right = pad - left;
    /* An orphan mark takes a cell of its own (drawn on a dotted circle) but sits on a
     * space put before it, taking none: one more space keeps the promised width. */
    uint32_t first = 0;
    if (left && len) tt_utf8_decode(s, len, &first);
    if (left && len && tt_cp_width(first) == 0) left++;
    char *out = xmalloc(left + len + right + 1);
    memset(out, ' ', left);
    memcpy(out + left, s, len);
    memset(out + left + len, ' ', right);
    out[left + len + right] = '\0';
    return out;
}

char *tt_fit_cols(const char *s, int cols, const char *ellipsis, enum tt_align align)
{
    char *cut = tt_truncate_cols(s, cols, ellipsis);
    if (!cut) return NULL;
    char *out = tt_pad_cols(cut, cols, align);
    free(cut);
    return out;
}
