/* Every agency of the database in Thai order, held in memory for the picker's filter: a
 * national list (30,000 agencies) is searched in one pass over about 1.5 MB, and moving
 * through the result costs nothing, however long it is. Only what the search needs is kept
 * (ids and a one-byte-per-character form of the text); the rows on screen are read from the
 * database. */
#ifndef ITADESK_AGENCY_INDEX_H
#define ITADESK_AGENCY_INDEX_H

#include <stddef.h>

/* Entry i (0-based) is agency id[i]. Its search text, compact + coff[i], is
 * "name\x1fdistrict\x1fprovince" with one byte per code point: ASCII as it is, Thai
 * U+0E00-U+0E7F as 0x80-0xFF, a control character as a space, and any other code point as
 * 0x1A and five bytes 0x01-0x19 (its value in base 25); entries end with 0x00. A needle in
 * the same form matches exactly where its UTF-8 matches the UTF-8 text. */
struct agency_index {
    size_t n, cap;
    long *id;
    size_t *coff; /* n + 1 offsets: coff[n] = clen */
    unsigned char *compact;
    size_t clen, ccap;
    size_t freq[256]; /* how often each byte occurs: the search looks for the rarest */
};

/* Appends an agency (NULL fields count as ""). */
void agency_index_add(struct agency_index *ix, long id, const char *name, const char *district,
                      const char *province);
/* Keeps only the entries order[0..n) (indices of the current ones), in that order, and
 * counts the bytes. */
void agency_index_permute(struct agency_index *ix, const size_t *order, size_t n);
void agency_index_free(struct agency_index *ix);

/* Entry of agency id, or -1 (a linear pass: once per screen, not per key). */
long agency_index_find(const struct agency_index *ix, long id);

/* Writes to out (room for ix->n) the entries, in order, whose name, district or province
 * contains needle (UTF-8); returns their number (0 for an empty needle). within (nwithin
 * ascending entries, or NULL) is a result known to hold every match -- that of a substring
 * of needle, as the user types on -- and is searched instead of the whole list when it is
 * small. out may be within. */
size_t agency_index_filter(const struct agency_index *ix, const char *needle, const size_t *within,
                           size_t nwithin, size_t *out);

#endif
