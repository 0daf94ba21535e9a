/* A set of short strings, each with a number (the line it was first seen on): how an
 * import finds a repeated item in one pass instead of comparing every pair of rows. */
#ifndef ITADESK_STRSET_H
#define ITADESK_STRSET_H

#include <stddef.h>

struct strset {
    struct strset_slot *slots;
    size_t cap, n;
};

/* Adds key (copied) with value > 0. Returns 0 when it was new, else the value it was
 * first added with (and nothing changes). */
long strset_add(struct strset *s, const char *key, long value);

void strset_free(struct strset *s);

#endif
