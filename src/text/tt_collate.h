/* Thai dictionary order, independent of the process locale. */
#ifndef ITADESK_TT_COLLATE_H
#define ITADESK_TT_COLLATE_H

#include <stddef.h>

/* Compares UTF-8 strings a[0..alen) and b[0..blen) (lengths in bytes, no NUL needed) in Thai
 * dictionary order: leading vowels are skipped at the first level and tone marks weigh less
 * than letters, so กก < กา < กิน < เกม < แก < ไก่ < ขา. Returns <0, 0 or >0 and is a total
 * order: strings that libthai ranks equal (or that hold characters TIS-620 cannot represent)
 * are ordered by their bytes, so only identical strings compare equal. Signature fits
 * sqlite3_create_collation's comparator (after dropping its context argument). */
int tt_collate(const char *a, int alen, const char *b, int blen);

/* A sort key for s[0..len) (bytes): for any two strings, memcmp of their keys (the shorter
 * first on a common prefix, as SQLite compares BLOBs) orders them as tt_collate does. Stored
 * and indexed, it lets a database sort in Thai order without calling the collation per
 * comparison. Malloc'd; *keylen is its length in bytes. */
unsigned char *tt_collate_key(const char *s, size_t len, size_t *keylen);

#endif
