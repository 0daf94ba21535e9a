/* Thai digits ๐..๙ (U+0E50..U+0E59). glibc's th_TH has no alt_digits, so this maps them. */
#ifndef ITADESK_TT_DIGITS_H
#define ITADESK_TT_DIGITS_H

#include <stdint.h>

/* Value 0..9 of an ASCII or Thai digit code point, else -1. Parsers accept both. */
int tt_digit_value(uint32_t cp);

/* Malloc'd copy of UTF-8 s with ASCII digits 0-9 replaced by Thai digits ๐-๙, for display
 * (s NULL gives ""). Everything else is copied byte for byte. */
char *tt_digits_to_thai(const char *s);

/* Malloc'd copy of UTF-8 s with Thai digits ๐-๙ replaced by ASCII 0-9 (NULL on out of
 * memory; s NULL gives ""). Everything else is copied byte for byte. */
char *tt_digits_to_ascii(const char *s);

/* 1 when s holds a Thai digit (๐-๙): the writer's choice, kept when the text comes back. */
int tt_digits_has_thai(const char *s);

#endif
