/* Cluster iteration. libthai has th_next_cell/th_prev_cell, but only for TIS-620 (the wide
 * versions are declared yet not exported by libthai 0.1.29) and they cannot see non-Thai
 * marks, so the rule (THAI-TEXT.md §2.1, option A) is implemented here on UTF-8. */
#include "tt_cluster.h"

#include "tt_utf8.h"
#include "tt_width.h"

int tt_cp_is_extender(uint32_t cp)
{
    if (cp == 0x0E33 || cp == 0x0EB3) return 1;
    return tt_cp_width(cp) == 0;
}

static uint32_t cp_at(const char *s, size_t len, size_t pos, size_t *n)
{
    uint32_t cp;
    *n = tt_utf8_decode(s + pos, len - pos, &cp);
    return cp;
}

size_t tt_cluster_next(const char *s, size_t len, size_t pos)
{
    size_t n;
    if (pos >= len) return len;
    uint32_t base = cp_at(s, len, pos, &n);
    pos += n;
    if (tt_cp_is_control(base)) return pos;
    while (pos < len && tt_cp_is_extender(cp_at(s, len, pos, &n)))
        pos += n;
    return pos;
}

size_t tt_cluster_prev(const char *s, size_t len, size_t pos)
{
    size_t n;
    if (pos > len) pos = len;
    if (pos == 0) return 0;
    /* Whether pos is a boundary or inside a cluster, the code point just before it belongs
     * to the cluster we want; walk back from it over extenders to the base. Forward
     * iteration only starts a cluster at an extender at offset 0 or right after a control
     * (controls take no marks), so stop there too. */
    size_t start = tt_utf8_prev(s, pos);
    while (start > 0 && tt_cp_is_extender(cp_at(s, len, start, &n))) {
        size_t before = tt_utf8_prev(s, start);
        if (tt_cp_is_control(cp_at(s, len, before, &n))) break;
        start = before;
    }
    return start;
}

int tt_cluster_is_boundary(const char *s, size_t len, size_t pos)
{
    if (pos == 0 || pos >= len) return 1;
    return tt_cluster_next(s, len, tt_cluster_prev(s, len, pos)) == pos;
}

int tt_cluster_width(const char *s, size_t start, size_t end)
{
    return tt_width_cols_n(s + start, end - start);
}

size_t tt_cluster_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t pos = 0; pos < len; n++)
        pos = tt_cluster_next(s, len, pos);
    return n;
}
