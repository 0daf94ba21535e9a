/* Open addressing with linear probing and FNV-1a. Hand-written: glibc's hsearch keeps one
 * hidden global table and cannot be freed per use, and the project has no container
 * library; this is the 50 lines the imports need. */
#include "strset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct strset_slot {
    char *key; /* NULL: empty */
    long value;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 14695981039346656037ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* The slot holding key, or the empty one where it would go (cap is a power of two). */
static struct strset_slot *find(struct strset_slot *slots, size_t cap, const char *key)
{
    for (size_t i = hash(key) & (cap - 1);; i = (i + 1) & (cap - 1))
        if (!slots[i].key || strcmp(slots[i].key, key) == 0) return &slots[i];
}

static void grow(struct strset *s)
{
    size_t cap = s->cap ? s->cap * 2 : 64;
    struct strset_slot *slots = xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < s->cap; i++)
        if (s->slots[i].key) *find(slots, cap, s->slots[i].key) = s->slots[i];
    free(s->slots);
    s->slots = slots;
    s->cap = cap;
}

long strset_add(struct strset *s, const char *key, long value)
{
    if (2 * (s->n + 1) > s->cap) grow(s); /* at most half full: probes stay short */
    struct strset_slot *slot = find(s->slots, s->cap, key);
    if (slot->key) return slot->value;
    slot->key = xstrdup(key);
    slot->value = value;
    s->n++;
    return 0;
}

void strset_free(struct strset *s)
{
    for (size_t i = 0; i < s->cap; i++)
        free(s->slots[i].key);
    free(s->slots);
    *s = (struct strset){0};
}
