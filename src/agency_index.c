#define _GNU_SOURCE /* memmem */
#include "agency_index.h"

#include <stdlib.h>
#include <string.h>

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
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        ix->text[ix->len++] = c < 0x20 ? ' ' : (char)c;
    }
    ix->text[ix->len++] = end;
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

/* End of entry i's text (its NUL). */
static size_t entry_end(const struct agency_index *ix, size_t i)
{
    return i + 1 < ix->n ? ix->off[i + 1] - 1 : ix->len - 1;
}

void agency_index_copy(struct agency_index *ix, const struct agency_index *from, size_t i)
{
    size_t n = entry_end(from, i) + 1 - from->off[i];
    add_entry(ix, from->id[i]);
    reserve(ix, n);
    memcpy(ix->text + ix->len, from->text + from->off[i], n);
    ix->len += n;
}

void agency_index_free(struct agency_index *ix)
{
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

size_t agency_index_filter(const struct agency_index *ix, const char *needle, const size_t *within,
                           size_t nwithin, size_t *out)
{
    size_t nl = strlen(needle), k = 0;
    if (within) {
        for (size_t j = 0; j < nwithin; j++) {
            size_t i = within[j];
            if (memmem(ix->text + ix->off[i], entry_end(ix, i) - ix->off[i], needle, nl))
                out[k++] = i;
        }
        return k;
    }
    /* One pass over all the text: from each match, skip to the next entry. The needle holds
     * no NUL, so a match never spans two entries. */
    size_t pos = 0, i = 0;
    while (nl && pos < ix->len) {
        const char *hit = memmem(ix->text + pos, ix->len - pos, needle, nl);
        if (!hit) break;
        size_t at = (size_t)(hit - ix->text);
        while (i + 1 < ix->n && ix->off[i + 1] <= at)
            i++;
        out[k++] = i;
        pos = entry_end(ix, i) + 1;
        i++;
    }
    return k;
}
