/* Greedy line breaking (THAI-TEXT.md §2.3). libthai only says where words end; fitting them
 * into columns, hard newlines and cutting over-long words are ours. */
#include "tt_wrap.h"

#include <stdlib.h>
#include <string.h>

#include "tt_breaks.h"
#include "xalloc.h"

#define NONE ((size_t)-1)

/* State of the paragraph being wrapped, in code-point indices into para. */
struct wrapper {
    const struct tt_para *p;
    size_t base; /* byte offset of the paragraph in the whole text */
    int width;
    tt_lines *out;
    size_t start;               /* first code point of the current line */
    size_t cand_end, cand_next; /* last place to break: line end and next line start */
    int emitted;                /* lines emitted for this paragraph */
};

static int push_line(tt_lines *out, size_t off, size_t len, int cols)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? 2 * out->cap : 16;
        tt_line *v = xreallocarray(out->v, cap, sizeof *v);
        out->v = v;
        out->cap = cap;
    }
    out->v[out->n++] = (tt_line){off, len, cols};
    return 0;
}

/* Emits code points [from, to) as a line. */
static int emit(struct wrapper *w, size_t from, size_t to)
{
    const struct tt_para *p = w->p;
    w->emitted++;
    return push_line(w->out, w->base + p->off[from], p->off[to] - p->off[from],
                     p->cum[to] - p->cum[from]);
}

static int cols(const struct wrapper *w, size_t from, size_t to)
{
    return w->p->cum[to] - w->p->cum[from];
}

/* End of the run of lone spaces/tabs starting at i. */
static size_t space_run_end(const struct tt_para *p, size_t i)
{
    while (i < p->n && (p->flag[i] & TT_PARA_SPACE))
        i++;
    return i;
}

static size_t cluster_end(const struct tt_para *p, size_t i)
{
    do
        i++;
    while (i < p->n && !(p->flag[i] & TT_PARA_CLUSTER));
    return i;
}

/* The cluster [i, k) alone is wider than the line: emit its spacing code points in pieces
 * that fit (zero-width ones stay with the code point before them) and keep the last piece
 * as the start of the current line. */
static int split_cluster(struct wrapper *w, size_t i, size_t k)
{
    size_t piece = i;
    for (size_t q = i + 1; q < k; q++) {
        int spacing = cols(w, q, q + 1) > 0;
        if (spacing && cols(w, piece, q + 1) > w->width) {
            if (emit(w, piece, q)) return -1;
            piece = q;
        }
    }
    w->start = piece;
    return 0;
}

/* Handles the space run at i; returns where to continue. */
static size_t on_spaces(struct wrapper *w, size_t i, int *err)
{
    size_t j = space_run_end(w->p, i);
    if (i == w->start && w->emitted > 0) {
        w->start = j; /* spaces left at the start of a continuation line: part of the break */
    } else if (cols(w, w->start, j) <= w->width) {
        w->cand_end = i; /* fits; breaking here would drop the run */
        w->cand_next = j;
    } else {
        if (i > w->start) *err |= emit(w, w->start, i);
        w->start = j; /* a run at paragraph start wider than the line is dropped whole */
        w->cand_end = NONE;
    }
    return j;
}

/* Handles the cluster at i; returns where to continue (i itself after a line break, to
 * place the cluster again on the new line). */
static size_t on_cluster(struct wrapper *w, size_t i, int *err)
{
    const struct tt_para *p = w->p;
    size_t k = cluster_end(p, i);
    if (i > w->start && (p->flag[i] & TT_PARA_BREAK) && !(p->flag[i - 1] & TT_PARA_SPACE)) {
        w->cand_end = i; /* a word boundary; after spaces on_spaces recorded a better one */
        w->cand_next = i;
    }
    if (cols(w, w->start, k) <= w->width) return k;
    if (w->cand_end != NONE && w->cand_end > w->start) {
        *err |= emit(w, w->start, w->cand_end);
        w->start = w->cand_next;
    } else if (i > w->start) {
        *err |= emit(w, w->start, i); /* a word longer than the line: cut between clusters */
        w->start = i;
    } else {
        *err |= split_cluster(w, i, k);
        w->cand_end = NONE;
        return k;
    }
    w->cand_end = NONE;
    return i;
}

static int wrap_para(struct wrapper *w)
{
    const struct tt_para *p = w->p;
    int err = 0;
    w->start = 0;
    w->cand_end = NONE;
    w->emitted = 0;
    for (size_t i = 0; i < p->n && !err;)
        i = (p->flag[i] & TT_PARA_SPACE) ? on_spaces(w, i, &err) : on_cluster(w, i, &err);
    if (!err && (w->start < p->n || w->emitted == 0)) err = emit(w, w->start, p->n);
    return err;
}

int tt_wrap(ThBrk *brk, const char *s, size_t len, int width, tt_lines *out)
{
    struct tt_para para = {0};
    struct wrapper w = {.p = &para, .width = width < 1 ? 1 : width, .out = out};
    int err = 0;
    out->n = 0;
    for (size_t pstart = 0; !err;) {
        const char *nl = memchr(s + pstart, '\n', len - pstart);
        size_t pend = nl ? (size_t)(nl - s) : len;
        w.base = pstart;
        err = tt_para_load(&para, brk, s + pstart, pend - pstart) || wrap_para(&w);
        if (!nl) break;
        pstart = pend + 1;
    }
    tt_para_free(&para);
    if (err) out->n = 0;
    return err ? -1 : 0;
}

size_t tt_lines_find(const tt_lines *lines, size_t off)
{
    size_t lo = 0, hi = lines->n;
    while (hi - lo > 1) { /* last line with v[i].off <= off */
        size_t mid = lo + (hi - lo) / 2;
        if (lines->v[mid].off <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

void tt_lines_free(tt_lines *lines)
{
    free(lines->v);
    *lines = (tt_lines){0};
}

ThBrk *tt_brk_shared(void)
{
    /* Process-wide on purpose: the dictionary is immutable and costly to load. */
    static ThBrk *brk;
    static int tried;
    if (!tried) {
        tried = 1;
        brk = th_brk_new(NULL);
    }
    return brk;
}
