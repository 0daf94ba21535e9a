/* Reading a user's text file in a declared encoding as UTF-8. */
#ifndef ITADESK_TEXTFILE_H
#define ITADESK_TEXTFILE_H

#include <stddef.h>

/* The largest file an import reads unless told otherwise (--max-size). */
#define TEXTFILE_MAX_DEFAULT ((size_t)20 * 1024 * 1024)

/* Reads path and converts it from `encoding` (utf-8, cp874, tis-620; NULL = utf-8)
 * to UTF-8. Invalid or unconvertible bytes are an error naming the line, never
 * silently dropped: err then reads "PATH:LINE: encoding: reason". Anything but a regular
 * file (a device such as /dev/zero, a pipe, a folder) is refused at once, without reading
 * (or waiting on) it, and so is a file over max_bytes (0: TEXTFILE_MAX_DEFAULT). */
int textfile_read_utf8(const char *path, const char *encoding, size_t max_bytes, char **text,
                       size_t *len, char *err, size_t errsz);

/* The 1-based line number of byte offset `offset` in buf. */
long textfile_line_of(const char *buf, size_t offset);

#endif
