#define _GNU_SOURCE /* memmem */
#include "agency_index.h"

#include <stdlib.h>
#include <string.h>

#include "text/tt_utf8.h"
#include "xalloc.h"

#define SEP '\x1f'

static void reserve(struct agency_index *ix, size_t more)
{
    if (ix->len + more > ix->text_cap) {
        ix->text_cap = (ix->len + more) * 2 + 4096;
        ix->text = xreallocarray(ix->text, ix->text_cap, 1);
    }
}

static void put(struct agency_index *ix, const char *s, char end)
{
    size_t n = s ? strlen(s) : 0;
    reserve(ix, n + 1);
    char *d = ix->text + ix->len;
    if (n) memcpy(d, s, n);
    for (size_t i = 0; i < n; i++) /* a loop the compiler vectorises */
        d[i] = (unsigned char)d[i] < 0x20 ? ' ' : d[i];
    d[n] = end;
    ix->len += n + 1;
}

static void add_entry(struct agency_index *ix, long id)
{
    if (ix->n == ix->cap) {
        ix->cap = ix->cap ? ix->cap * 2 : 1024;
        ix->id = xreallocarray(ix->id, ix->cap, sizeof *ix->id);
        ix->off = xreallocarray(ix->off, ix->cap, sizeof *ix->off);
    }
    ix->id[ix->n] = id;
    ix->off[ix->n] = ix->len;
    ix->n++;
}

void agency_index_add(struct agency_index *ix, long id, const char *name, const char *district,
                      const char *province)
{
    add_entry(ix, id);
    put(ix, name, SEP);
    put(ix, district, SEP);
    put(ix, province, '\0');
}

/* End of entry i's text (its NUL): entries need not lie in order in text. */
static size_t entry_end(const struct agency_index *ix, size_t i)
{
    return ix->off[i] + strlen(ix->text + ix->off[i]);
}

void agency_index_permute(struct agency_index *ix, const size_t *order, size_t n)
{
    long *id = xreallocarray(NULL, n ? n : 1, sizeof *id);
    size_t *off = xreallocarray(NULL, n ? n : 1, sizeof *off);
    for (size_t i = 0; i < n; i++) {
        id[i] = ix->id[order[i]];
        off[i] = ix->off[order[i]];
    }
    free(ix->id);
    free(ix->off);
    ix->id = id;
    ix->off = off;
    ix->n = ix->cap = n;
}

void agency_index_free(struct agency_index *ix)
{
    free(ix->compact);
    free(ix->coff);
    free(ix->id);
    free(ix->off);
    free(ix->text);
    *ix = (struct agency_index){0};
}

const char *agency_index_field(const struct agency_index *ix, size_t i, enum agency_index_field f,
                               size_t *len)
{
    const char *s = ix->text + ix->off[i];
    for (int k = 0; k < (int)f; k++)
        s = strchr(s, SEP) + 1;
    const char *e = s;
    while (*e && *e != SEP)
        e++;
    *len = (size_t)(e - s);
    return s;
}

long agency_index_find(const struct agency_index *ix, long id)
{
    for (size_t i = 0; i < ix->n; i++)
        if (ix->id[i] == id) return (long)i;
    return -1;
}

/* One byte per code point; 0 for one the compact form cannot tell apart (0x1A in the
 * text, never in a needle). */
static unsigned char compact_byte(uint32_t cp)
{
    if (cp >= 0x20 && cp < 0x7F) return (unsigned char)cp;
    if (cp >= 0x0E00 && cp <= 0x0E7F) return (unsigned char)(0x80 + (cp - 0x0E00));
    return 0;
}

/* Writes the compact form of s[0..len) to out (room for len); its length, or -1 when s has
 * a code point without one. */
static long compact(const char *s, size_t len, unsigned char *out, int strict)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        if (u[i] < 0x80) { /* the common cases first: ASCII, and Thai (E0 B8/B9 xx) */
            cp = u[i++];
        } else if (u[i] == 0xE0 && i + 2 < len && (u[i + 1] == 0xB8 || u[i + 1] == 0xB9) &&
                   (u[i + 2] & 0xC0) == 0x80) {
            cp = 0x0E00 + ((uint32_t)(u[i + 1] - 0xB8) << 6) + (u[i + 2] & 0x3Fu);
            i += 3;
        } else {
            i += tt_utf8_decode(s + i, len - i, &cp);
        }
        unsigned char b = cp == SEP ? SEP : compact_byte(cp);
        if (!b && strict) return -1;
        out[k++] = b ? b : 0x1A;
    }
    return (long)k;
}

void agency_index_prepare(struct agency_index *ix)
{
    /* The last one added: give back what doubling reserved (megabytes at national scale). */
    ix->text = xreallocarray(ix->text, ix->len ? ix->len : 1, 1);
    ix->text_cap = ix->len;
    free(ix->compact);
    free(ix->coff);
    ix->compact = xmalloc(ix->len + 1);
    ix->coff = xreallocarray(NULL, ix->n + 1, sizeof *ix->coff);
    memset(ix->freq, 0, sizeof ix->freq);
    size_t k = 0;
    for (size_t i = 0; i < ix->n; i++) {
        ix->coff[i] = k;
        size_t from = ix->off[i], to = entry_end(ix, i);
        k += (size_t)compact(ix->text + from, to - from, ix->compact + k, 0);
        ix->compact[k++] = '\0';
    }
    ix->coff[ix->n] = k;
    ix->clen = k;
    for (size_t i = 0; i < k; i++)
        ix->freq[ix->compact[i]]++;
}

/* Entries whose compact text holds the compact needle n[0..nl): memchr for the needle's
 * rarest byte, then memcmp where it could start. An entry is counted once: after a match
 * the search goes on at the next entry. */
static size_t find_compact(const struct agency_index *ix, const unsigned char *n, size_t nl,
                           size_t *out)
{
    size_t r = 0;
    for (size_t j = 1; j < nl; j++)
        if (ix->freq[n[j]] < ix->freq[n[r]]) r = j;
    const unsigned char *t = ix->compact;
    size_t pos = r, k = 0, e = 0;
    while (pos < ix->clen) {
        const unsigned char *hit = memchr(t + pos, n[r], ix->clen - pos);
        if (!hit) break;
        size_t h = (size_t)(hit - t), start = h - r;
        if (h < r || start + nl > ix->clen || memcmp(t + start, n, nl) != 0) {
            pos = h + 1;
            continue;
        }
        while (ix->coff[e + 1] <= start)
            e++;
        out[k++] = e;
        pos = ix->coff[e + 1] + r; /* the next entry */
        e++;
    }
    return k;
}

size_t agency_index_filter(const struct agency_index *ix, const char *needle, const size_t *within,
                           size_t nwithin, size_t *out)
{
    size_t nl = strlen(needle), k = 0;
    if (!nl) return 0;
    if (ix->compact) { /* a whole pass here beats a memmem per entry of within */
        unsigned char *cn = xmalloc(nl);
        long cl = compact(needle, nl, cn, 1);
        if (cl > 0) k = find_compact(ix, cn, (size_t)cl, out);
        free(cn);
        if (cl > 0) return k;
    }
    if (within) {
        for (size_t j = 0; j < nwithin; j++) {
            size_t i = within[j];
            if (memmem(ix->text + ix->off[i], entry_end(ix, i) - ix->off[i], needle, nl))
                out[k++] = i;
        }
        return k;
    }
    for (size_t i = 0; i < ix->n; i++) /* without the search form: entry by entry */
        if (memmem(ix->text + ix->off[i], entry_end(ix, i) - ix->off[i], needle, nl)) out[k++] = i;
    return k;
}
