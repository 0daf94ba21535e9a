/* Cursor moves. Word moves reuse the wrapper's paragraph loader so that a "word" is the same
 * thing for wrapping and for Ctrl-Left/Right. */
#include "tt_cursor.h"

#include <string.h>

#include "tt_breaks.h"
#include "tt_cluster.h"
#include "tt_utf8.h"

size_t tt_cursor_left(const char *s, size_t len, size_t cur)
{
    return tt_cluster_prev(s, len, cur > len ? len : cur);
}

size_t tt_cursor_right(const char *s, size_t len, size_t cur)
{
    return tt_cluster_next(s, len, cur);
}

size_t tt_cursor_snap(const char *s, size_t len, size_t pos)
{
    if (pos >= len) return len;
    pos = tt_utf8_snap(s, len, pos);
    return tt_cluster_is_boundary(s, len, pos) ? pos : tt_cluster_prev(s, len, pos);
}

/* 1 if a word starts at code point i of p (0 < i < n). */
static int word_start(const struct tt_para *p, size_t i)
{
    unsigned char f = p->flag[i];
    if (!(f & TT_PARA_CLUSTER) || (f & TT_PARA_SPACE)) return 0;
    return (f & TT_PARA_BREAK) || (p->flag[i - 1] & TT_PARA_SPACE);
}

/* Bounds [*ps, *pe) of the '\n'-delimited line holding byte offset cur. */
static void line_bounds(const char *s, size_t len, size_t cur, size_t *ps, size_t *pe)
{
    size_t a = cur;
    while (a > 0 && s[a - 1] != '\n')
        a--;
    const char *nl = memchr(s + cur, '\n', len - cur);
    *ps = a;
    *pe = nl ? (size_t)(nl - s) : len;
}

/* Index of the code point at byte offset off of the paragraph (off is a code-point start). */
static size_t index_of(const struct tt_para *p, size_t off)
{
    size_t lo = 0, hi = p->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->off[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t tt_cursor_word_right(ThBrk *brk, const char *s, size_t len, size_t cur)
{
    size_t ps, pe;
    if (cur >= len) return len;
    line_bounds(s, len, cur, &ps, &pe);
    if (cur == pe) return pe + 1; /* cross the newline */
    struct tt_para p = {0};
    size_t to = cur;
    if (tt_para_load(&p, brk, s + ps, pe - ps) == 0) {
        size_t i = index_of(&p, cur - ps) + 1;
        while (i < p.n && !word_start(&p, i))
            i++;
        to = ps + p.off[i];
    }
    tt_para_free(&p);
    return to;
}

size_t tt_cursor_word_left(ThBrk *brk, const char *s, size_t len, size_t cur)
{
    size_t ps, pe;
    if (cur > len) cur = len;
    if (cur == 0) return 0;
    line_bounds(s, len, cur, &ps, &pe);
    if (cur == ps) return ps - 1; /* cross the newline */
    struct tt_para p = {0};
    size_t to = cur;
    if (tt_para_load(&p, brk, s + ps, pe - ps) == 0) {
        size_t i = index_of(&p, cur - ps);
        while (--i > 0 && !word_start(&p, i))
            ;
        to = ps + p.off[i];
    }
    tt_para_free(&p);
    return to;
}
