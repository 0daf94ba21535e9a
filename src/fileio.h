/* Whole-file reading and atomic writing. */
#ifndef ITADESK_FILEIO_H
#define ITADESK_FILEIO_H

#include <stddef.h>

/* Reads path into a NUL-terminated malloc'd buffer; -1 with errno set on failure. */
int file_read_all(const char *path, char **buf, size_t *len);

/* Creates the folders leading to path (mkdir -p of its parent, mode 0700: the files
 * in them are the user's own). Failures show up when the file itself is opened. */
void file_make_parent_dirs(const char *path);

/* Replaces path with text as one step (a temporary file beside it, synced, then renamed
 * over it), making its folders first: a crash or a full disk leaves the old file whole.
 * 0, or -1 with errno set. */
int file_write_atomic(const char *path, const char *text);

#endif
