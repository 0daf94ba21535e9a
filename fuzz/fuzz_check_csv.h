/* Shared by the two CSV importer harnesses. */
#ifndef ITADESK_FUZZ_CHECK_CSV_H
#define ITADESK_FUZZ_CHECK_CSV_H

#include <stddef.h>
#include <string.h>

/* 1 when a cell could hold a byte the CSV reader must refuse (a C0 control other than
 * TAB, CR, LF, or DEL): an importer that accepts such input broke its contract. */
static inline int has_forbidden_control(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((s[i] < 0x20 && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') || s[i] == 0x7F) return 1;
    return 0;
}

/* The message of a refused file starts with the file name and a line number. */
static inline int names_file_and_line(const char *err, const char *file)
{
    size_t n = strlen(file);
    return strncmp(err, file, n) == 0 && err[n] == ':' && err[n + 1] >= '1' && err[n + 1] <= '9';
}

#endif
