/* Whole-file reading and atomic writing. */
#ifndef ITADESK_FILEIO_H
#define ITADESK_FILEIO_H

#include <stddef.h>

/* Reads path into a NUL-terminated malloc'd buffer; -1 with errno set on failure. */
int file_read_all(const char *path, char **buf, size_t *len);

#endif
