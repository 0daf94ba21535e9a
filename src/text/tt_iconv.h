/* Character-set conversion for import and export (glibc iconv), with no silent loss. */
#ifndef ITADESK_TT_ICONV_H
#define ITADESK_TT_ICONV_H

#include <stddef.h>

/* iconv name for a user-typed charset name, matched case-insensitively:
 * "utf-8"/"utf8" -> "UTF-8"; "cp874"/"windows-874"/"ibm874" -> "CP874";
 * "tis-620"/"tis620" -> "TIS-620"; "iso-8859-11" -> "ISO-8859-11". NULL if unknown. */
const char *tt_charset_name(const char *user_name);

/* Converts the inlen bytes at in from from_charset to to_charset (names as accepted by
 * tt_charset_name). On success returns 0 and sets *out to a malloc'd buffer holding *outlen
 * bytes plus a terminating NUL (not counted). On failure returns -1, sets *out = NULL,
 * *outlen = 0 and errno:
 *   EILSEQ - the character starting at byte *bad_offset of in is invalid in from_charset,
 *            cannot be represented in to_charset, or is cut off by the end of the input;
 *   EINVAL - a charset name is unknown (*bad_offset = (size_t)-1);
 *   ENOMEM - out of memory (*bad_offset = (size_t)-1). */
int tt_convert(const char *from_charset, const char *to_charset, const char *in, size_t inlen,
               char **out, size_t *outlen, size_t *bad_offset);

#endif
