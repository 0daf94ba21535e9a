/* UTF-8 decoding that never fails, and encoding. Offsets and lengths here are in bytes. */
#ifndef ITADESK_TT_UTF8_H
#define ITADESK_TT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define TT_REPLACEMENT 0xFFFDu /* what an invalid byte decodes to */

/* Decodes the code point at s[0..len) into *cp and returns its length in bytes (1..4).
 * Never fails: an invalid, overlong, surrogate or truncated sequence yields U+FFFD and
 * consumes exactly 1 byte, so decoding resynchronises at the next byte. len == 0 returns 0
 * with *cp = 0. */
size_t tt_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Byte offset of the code point before byte offset pos (pos > 0, pos a code-point boundary as
 * tt_utf8_decode walks). Consistent with tt_utf8_decode on invalid bytes. Returns 0 at 0. */
size_t tt_utf8_prev(const char *s, size_t pos);

/* The code-point boundary (as tt_utf8_decode walks s[0..len)) at or before byte offset pos:
 * moves an offset that points into the middle of a sequence back to its first byte. */
size_t tt_utf8_snap(const char *s, size_t len, size_t pos);

/* Writes cp as UTF-8 into out (room for 4 bytes) and returns the byte count (1..4).
 * Surrogates and values above U+10FFFF are written as U+FFFD. */
size_t tt_utf8_encode(uint32_t cp, char out[4]);

/* Number of code points in s[0..len), counting each invalid byte as one. */
size_t tt_utf8_count_cps(const char *s, size_t len);

/* 1 if s[0..len) is well-formed UTF-8 (no byte would decode to a replacement). */
int tt_utf8_valid(const char *s, size_t len);

/* Malloc'd copy of s[0..len) with every invalid byte replaced by U+FFFD (3 bytes), so the
 * result is well-formed UTF-8 and NUL-terminated. */
char *tt_utf8_repair(const char *s, size_t len);

#endif
