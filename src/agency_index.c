#include "agency_index.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_utf8.h"
#include "xalloc.h"

#define SEP 0x1F
#define ESC 0x1A
#define ESC_DIGITS 5 /* 25^5 > U+10FFFF */

/* Decodes one code point, with the common cases first: ASCII, and Thai (E0 B8/B9 xx). */
static size_t next_cp(const unsigned char *u, size_t len, uint32_t *cp)
{
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] == 0xE0 && len >= 3 && (u[1] == 0xB8 || u[1] == 0xB9) && (u[2] & 0xC0) == 0x80) {
        *cp = 0x0E00 + ((uint32_t)(u[1] - 0xB8) << 6) + (u[2] & 0x3Fu);
        return 3;
    }
    return tt_utf8_decode((const char *)u, len, cp);
}

/* Writes the search form of s[0..len) to out (room for 6 * len) and returns its length. */
static size_t compact(const char *s, size_t len, unsigned char *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += next_cp(u + i, len - i, &cp);
        if (cp >= 0x20 && cp < 0x7F) {
            out[k++] = (unsigned char)cp;
        } else if (cp >= 0x0E00 && cp <= 0x0E7F) {
            out[k++] = (unsigned char)(0x80 + (cp - 0x0E00));
        } else if (cp < 0x20 || cp == 0x7F) {
            out[k++] = ' ';
        } else {
            out[k++] = ESC;
            for (int d = ESC_DIGITS - 1; d >= 0; d--) {
                uint32_t p = 1;
                for (int e = 0; e < d; e++)
                    p *= 25;
                out[k++] = (unsigned char)(1 + (cp / p) % 25);
            }
        }
    }
    return k;
}

static void put(struct agency_index *ix, const char *s, unsigned char end)
{
    size_t n = s ? strlen(s) : 0;
    if (ix->clen + 6 * n + 1 > ix->ccap) {
        ix->ccap = (ix->clen + 6 * n + 1) * 2 + 4096;
        ix->compact = xreallocarray(ix->compact, ix->ccap, 1);
    }
    ix->clen += compact(s ? s : "", n, ix->compact + ix->clen);
    ix->compact[ix->clen++] = end;
}

void agency_index_add(struct agency_index *ix, long id, const char *name, const char *district,
                      const char *province)
{
    if (ix->n + 1 >= ix->cap) {
        ix->cap = ix->cap ? ix->cap * 2 : 1024;
        ix->id = xreallocarray(ix->id, ix->cap, sizeof *ix->id);
        ix->coff = xreallocarray(ix->coff, ix->cap + 1, sizeof *ix->coff);
    }
    ix->id[ix->n] = id;
    ix->coff[ix->n++] = ix->clen;
    put(ix, name, SEP);
    put(ix, district, SEP);
    put(ix, province, 0);
    ix->coff[ix->n] = ix->clen;
}

void agency_index_permute(struct agency_index *ix, const size_t *order, size_t n)
{
    long *id = xreallocarray(NULL, n ? n : 1, sizeof *id);
    size_t *coff = xreallocarray(NULL, n + 1, sizeof *coff), len = 0;
    for (size_t i = 0; i < n; i++)
        len += ix->coff[order[i] + 1] - ix->coff[order[i]];
    unsigned char *text = xmalloc(len ? len : 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t from = ix->coff[order[i]], size = ix->coff[order[i] + 1] - from;
        id[i] = ix->id[order[i]];
        coff[i] = k;
        memcpy(text + k, ix->compact + from, size);
        k += size;
    }
    coff[n] = k;
    free(ix->id);
    free(ix->coff);
    free(ix->compact);
    ix->id = id;
    ix->coff = coff;
    ix->compact = text;
    ix->n = ix->cap = n;
    ix->clen = ix->ccap = k;
    memset(ix->freq, 0, sizeof ix->freq);
    for (size_t i = 0; i < k; i++)
        ix->freq[text[i]]++;
}

void agency_index_free(struct agency_index *ix)
{
    free(ix->compact);
    free(ix->coff);
    free(ix->id);
    *ix = (struct agency_index){0};
}

long agency_index_find(const struct agency_index *ix, long id)
{
    for (size_t i = 0; i < ix->n; i++)
        if (ix->id[i] == id) return (long)i;
    return -1;
}

/* The needle's byte that occurs least in the whole text. */
static size_t rarest(const struct agency_index *ix, const unsigned char *n, size_t nl)
{
    size_t r = 0;
    for (size_t j = 1; j < nl; j++)
        if (ix->freq[n[j]] < ix->freq[n[r]]) r = j;
    return r;
}

/* Entries holding the compact needle n[0..nl): memchr for its rarest byte, then memcmp where
 * it could start. An entry counts once: after a match the search goes on at the next one.
 * The needle holds no 0x00, so a match never spans two entries. */
static size_t find(const struct agency_index *ix, const unsigned char *n, size_t nl, size_t *out)
{
    size_t r = rarest(ix, n, nl);
    const unsigned char *t = ix->compact;
    size_t pos = r, k = 0, e = 0;
    while (pos < ix->clen) {
        const unsigned char *hit = memchr(t + pos, n[r], ix->clen - pos);
        if (!hit) break;
        size_t h = (size_t)(hit - t);
        if (nl > 1 && (h < r || h - r + nl > ix->clen || memcmp(t + h - r, n, nl) != 0)) {
            pos = h + 1;
            continue;
        }
        size_t start = h - r;
        while (ix->coff[e + 1] <= start)
            e++;
        out[k++] = e;
        pos = ix->coff[e + 1] + r; /* the next entry */
        e++;
    }
    return k;
}

/* 1 if entry e holds the needle (the same search, within the entry). */
static int entry_holds(const struct agency_index *ix, size_t e, const unsigned char *n, size_t nl,
                       size_t r)
{
    const unsigned char *t = ix->compact + ix->coff[e], *end = ix->compact + ix->coff[e + 1];
    for (const unsigned char *p = t + r; p < end;) {
        const unsigned char *hit = memchr(p, n[r], (size_t)(end - p));
        if (!hit) return 0;
        if (hit - r + nl <= end && memcmp(hit - r, n, nl) == 0) return 1;
        p = hit + 1;
    }
    return 0;
}

size_t agency_index_filter(const struct agency_index *ix, const char *needle, const size_t *within,
                           size_t nwithin, size_t *out)
{
    size_t nl = strlen(needle), k = 0;
    if (!nl || !ix->n) return 0;
    unsigned char *cn = xmalloc(6 * nl);
    size_t cl = compact(needle, nl, cn);
    /* Entry by entry costs more per entry than one pass over the whole text: worth it only
     * when the earlier result is a small part of the list. */
    if (within && nwithin <= ix->n / 8) {
        size_t r = rarest(ix, cn, cl);
        for (size_t j = 0; j < nwithin; j++)
            if (entry_holds(ix, within[j], cn, cl, r)) out[k++] = within[j];
    } else {
        k = find(ix, cn, cl, out);
    }
    free(cn);
    return k;
}
