/* Every agency of the database in Thai order, held in memory for the picker: filtering a
 * national list (30,000 agencies) by what the user types costs one pass over a few
 * megabytes of text, and moving through the result costs nothing, however long it is. */
#ifndef ITADESK_AGENCY_INDEX_H
#define ITADESK_AGENCY_INDEX_H

#include <stddef.h>

enum agency_index_field { AGENCY_IX_NAME, AGENCY_IX_DISTRICT, AGENCY_IX_PROVINCE };

/* Entry i (0-based) is agency id[i]; its text, text + off[i], is
 * "name\x1fdistrict\x1fprovince" and NUL-terminated (empty fields stay empty). */
struct agency_index {
    size_t n, cap;
    long *id;
    size_t *off;
    char *text;
    size_t len, text_cap;
    /* For searching (agency_index_prepare): the text with one byte per code point (ASCII as
     * it is, Thai U+0E00-U+0E7F as 0x80-0xFF, any other as 0x1A), entry i at coff[i], and
     * how often each byte occurs. */
    unsigned char *compact;
    size_t *coff;
    size_t clen;
    size_t freq[256];
};

/* Appends an agency (NULL fields count as ""). Control characters in the fields (there
 * should be none) become spaces, so the separators stay unambiguous. */
void agency_index_add(struct agency_index *ix, long id, const char *name, const char *district,
                      const char *province);
/* Keeps only the entries order[0..n) (indices of the current ones), in that order. */
void agency_index_permute(struct agency_index *ix, const size_t *order, size_t n);
void agency_index_free(struct agency_index *ix);

/* One field of entry i: a pointer into the index and its length in bytes. */
const char *agency_index_field(const struct agency_index *ix, size_t i, enum agency_index_field f,
                               size_t *len);

/* Entry of agency id, or -1 (a linear pass: once per screen, not per key). */
long agency_index_find(const struct agency_index *ix, long id);

/* Builds the search form after the last agency_index_add (the loader does). */
void agency_index_prepare(struct agency_index *ix);

/* Writes to out (room for ix->n) the entries, in order, whose name, district or province
 * contains needle (bytes); returns their number. With within (nwithin entries, ascending),
 * only those may match: what a longer needle keeps is a subset of what its substring kept
 * (a hint: the prepared search form is faster to scan whole). */
size_t agency_index_filter(const struct agency_index *ix, const char *needle, const size_t *within,
                           size_t nwithin, size_t *out);

#endif
