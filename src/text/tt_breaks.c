/* Paragraph decoding plus libthai dictionary breaks. th_brk_wc_find_breaks works on wchar_t
 * (UCS-4 on Linux), so no TIS-620 round trip is needed. We never pass it a NULL ThBrk:
 * libthai would then silently use its own hidden shared instance. */
#include "tt_breaks.h"

#include <stdlib.h>

#include "tt_utf8.h"
#include "tt_width.h"
#include "xalloc.h"

static int reserve(struct tt_para *p, size_t n)
{
    if (n + 1 <= p->cap) return 0;
    size_t cap = n + 1 > 2 * p->cap ? n + 1 : 2 * p->cap;
    p->wc = xreallocarray(p->wc, cap, sizeof *p->wc);
    p->off = xreallocarray(p->off, cap, sizeof *p->off);
    p->cum = xreallocarray(p->cum, cap, sizeof *p->cum);
    p->flag = xreallocarray(p->flag, cap, 1);
    p->pos = xreallocarray(p->pos, cap, sizeof *p->pos);
    p->cap = cap;
    return 0;
}

/* Decodes and measures; mirrors tt_cluster_next and tt_width_cols_n code point by code point
 * (a loop over those would decode every code point several times; this is the hot path). */
static void decode(struct tt_para *p, const char *s, size_t len)
{
    size_t n = 0;
    int cum = 0, prev_control = 1; /* a paragraph start behaves like "after a control" */
    uint32_t cp;
    for (size_t i = 0; i < len; n++) {
        p->off[n] = i;
        i += tt_utf8_decode(s + i, len - i, &cp);
        int w = tt_cp_width(cp);
        int ext = w == 0 || cp == 0x0E33 || cp == 0x0EB3; /* tt_cp_is_extender */
        int start = !ext || prev_control;
        p->wc[n] = cp ? (wchar_t)cp : (wchar_t)TT_REPLACEMENT;
        p->cum[n] = cum;
        p->flag[n] = start ? TT_PARA_CLUSTER : 0;
        if (cp == ' ' || cp == '\t') p->flag[n] |= TT_PARA_SPACE;
        if (!start && n > 0)
            p->flag[n - 1] &= (unsigned char)~TT_PARA_SPACE; /* a space carrying a mark */
        cum += w + (w == 0 && start); /* an orphan mark gets a dotted circle */
        prev_control = tt_cp_is_control(cp);
    }
    p->off[n] = len;
    p->cum[n] = cum;
    p->flag[n] = TT_PARA_CLUSTER;
    p->wc[n] = 0;
    p->n = n;
}

int tt_para_load(struct tt_para *p, ThBrk *brk, const char *s, size_t len)
{
    if (reserve(p, len)) /* never more code points than bytes */
        return -1;
    decode(p, s, len);
    if (brk && p->n > 0) {
        int nb = th_brk_wc_find_breaks(brk, p->wc, p->pos, p->n);
        for (int k = 0; k < nb; k++)
            if (p->pos[k] > 0 && (size_t)p->pos[k] < p->n) p->flag[p->pos[k]] |= TT_PARA_BREAK;
    }
    return 0;
}

void tt_para_free(struct tt_para *p)
{
    free(p->wc);
    free(p->off);
    free(p->cum);
    free(p->flag);
    free(p->pos);
    *p = (struct tt_para){0};
}
