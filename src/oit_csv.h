/* The OIT status CSV agencies keep (seed 001's layout): id, responsible_unit, status,
 * progress_note, optionally year and agency. Syntax and value checks only. */
#ifndef ITADESK_OIT_CSV_H
#define ITADESK_OIT_CSV_H

#include <stddef.h>

#include "ita.h"

struct oit_csv_row {
    long line;
    char code[16];
    int has_state;
    enum ita_state state;
    char *unit; /* NULL when the file has no responsible_unit column */
    char *note; /* NULL when the file has no progress_note column */
};

struct oit_csv {
    struct oit_csv_row *rows;
    size_t n;
};

/* Parses UTF-8 text; a year or agency column, when present, must match the ones
 * given. All or nothing: on the first bad row, -1 and err "FILE:LINE: field: reason". */
int oit_csv_parse(const char *file, const char *text, size_t len, int year, const char *agency_name,
                  struct oit_csv *out, char *err, size_t errsz);

void oit_csv_free(struct oit_csv *c);

#endif
