/* RFC 4180 CSV: a reader over an in-memory UTF-8 buffer that reports the line each
 * record starts on, and a writer that escapes cells against formula injection. */
#ifndef ITADESK_CSV_H
#define ITADESK_CSV_H

#include <stddef.h>
#include <stdio.h>

struct csv_reader {
    const char *p;
    const char *end;
    long line; /* physical line (1-based) of the next byte */
};

struct csv_record {
    char **fields; /* NUL-terminated copies, owned by the record */
    size_t n;
    size_t cap;
    long line; /* physical line the record starts on */
    /* After CSV_ERROR: the physical line of the bad byte and the 0-based cell it is in. */
    long error_line;
    int error_col;
};

enum csv_status { CSV_ERROR = -1, CSV_END = 0, CSV_RECORD = 1 };

/* Starts reading buf (len bytes); a UTF-8 byte-order mark is skipped. */
void csv_reader_init(struct csv_reader *r, const char *buf, size_t len);

/* Reads the next record into rec (reusing its storage). On CSV_ERROR, err holds a
 * translated reason, rec->line the line where the broken record starts, rec->error_line
 * the line of the bad byte and rec->error_col the cell it is in. A C0 control other than
 * TAB, CR and LF (a NUL above all) or DEL in a cell is an error, never kept or cut at. */
enum csv_status csv_next(struct csv_reader *r, struct csv_record *rec, char *err, size_t errsz);

void csv_record_free(struct csv_record *rec);

/* The message for a CSV_ERROR from csv_next: "FILE:LINE: field: reason", the field
 * being the name of the bad cell's column (names[col], n of them), else "row". */
void csv_error_message(const char *file, const struct csv_record *rec, const char *const *names,
                       size_t n, const char *why, char *err, size_t errsz);

/* Index of the header column named name, or -1. */
int csv_column(const struct csv_record *header, const char *name);

enum {
    CSV_WRITE_PLAIN = 0,
    /* For a terminal or a spreadsheet: each cell is sanitised (tt_sanitize, line breaks
     * kept), and a cell starting with = + - @, also after blanks (" =1+1"), is prefixed
     * with ' so a spreadsheet shows it as text instead of running it. */
    CSV_WRITE_SAFE = 1,
    /* For a file a program reads back (a catalog export): a cell holding anything that
     * drives a terminal or that import refuses (a control other than TAB, CR and LF, an
     * escape sequence, a C1 control, a bidi override, bytes that are not UTF-8) is
     * sanitised; any other cell is written exactly, so export then import is the same. */
    CSV_WRITE_CLEAN = 2,
};

/* Writes one cell, quoted when it must be. */
void csv_write_cell(FILE *out, const char *cell, int flags);
/* Writes n cells and the CRLF record end RFC 4180 asks for. */
void csv_write_row(FILE *out, const char *const *cells, size_t n, int flags);

#endif
