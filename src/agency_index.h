/* Every agency of the database in Thai order, held in memory for the picker: filtering a
 * national list (30,000 agencies) by what the user types costs one pass over a few
 * megabytes of text, and moving through the result costs nothing, however long it is. */
#ifndef ITADESK_AGENCY_INDEX_H
#define ITADESK_AGENCY_INDEX_H

#include <stddef.h>

enum agency_index_field { AGENCY_IX_NAME, AGENCY_IX_DISTRICT, AGENCY_IX_PROVINCE };

/* Entry i (0-based, in the order added) is agency id[i]; its text, text + off[i], is
 * "name\x1fdistrict\x1fprovince" and NUL-terminated (empty fields stay empty). */
struct agency_index {
    size_t n, cap;
    long *id;
    size_t *off;
    char *text;
    size_t len, text_cap;
};

/* Appends an agency (NULL fields count as ""). Control characters in the fields (there
 * should be none) become spaces, so the separators stay unambiguous. */
void agency_index_add(struct agency_index *ix, long id, const char *name, const char *district,
                      const char *province);
/* Appends entry i of another index. */
void agency_index_copy(struct agency_index *ix, const struct agency_index *from, size_t i);
void agency_index_free(struct agency_index *ix);

/* One field of entry i: a pointer into the index and its length in bytes. */
const char *agency_index_field(const struct agency_index *ix, size_t i, enum agency_index_field f,
                               size_t *len);

/* Entry of agency id, or -1 (a linear pass: once per screen, not per key). */
long agency_index_find(const struct agency_index *ix, long id);

/* Writes to out (room for ix->n) the entries, in order, whose name, district or province
 * contains needle (bytes); returns their number. With within (nwithin entries, ascending),
 * only those are tried: what a longer needle keeps is a subset of what its substring kept. */
size_t agency_index_filter(const struct agency_index *ix, const char *needle, const size_t *within,
                           size_t nwithin, size_t *out);

#endif
