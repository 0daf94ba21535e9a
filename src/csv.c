#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"

void csv_reader_init(struct csv_reader *r, const char *buf, size_t len)
{
    r->p = buf;
    r->end = buf + len;
    r->line = 1;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) r->p += 3;
}

/* A growable byte buffer for the cell being read. */
struct cell_buf {
    char *s;
    size_t len, cap;
};

static int cell_put(struct cell_buf *b, char c)
{
    if (b->len + 1 >= b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        char *s = realloc(b->s, cap);
        if (!s) return -1;
        b->s = s;
        b->cap = cap;
    }
    b->s[b->len++] = c;
    return 0;
}

static int record_push(struct csv_record *rec, struct cell_buf *b)
{
    if (rec->n == rec->cap) {
        size_t cap = rec->cap ? rec->cap * 2 : 8;
        char **f = realloc(rec->fields, cap * sizeof *f);
        if (!f) return -1;
        rec->fields = f;
        rec->cap = cap;
    }
    char *copy = malloc(b->len + 1);
    if (!copy) return -1;
    memcpy(copy, b->s ? b->s : "", b->len);
    copy[b->len] = '\0';
    rec->fields[rec->n++] = copy;
    b->len = 0;
    return 0;
}

static void record_clear(struct csv_record *rec)
{
    for (size_t i = 0; i < rec->n; i++)
        free(rec->fields[i]);
    rec->n = 0;
}

static int at_record_end(const struct csv_reader *r)
{
    return r->p >= r->end || *r->p == '\n' ||
           (*r->p == '\r' && (r->p + 1 >= r->end || r->p[1] == '\n'));
}

static void skip_record_end(struct csv_reader *r)
{
    if (r->p < r->end && *r->p == '\r') r->p++;
    if (r->p < r->end && *r->p == '\n') {
        r->p++;
        r->line++;
    }
}

/* Reads a quoted cell; r->p is just past the opening quote. */
static int read_quoted(struct csv_reader *r, struct cell_buf *b, char *err, size_t errsz)
{
    for (;;) {
        if (r->p >= r->end) {
            snprintf(err, errsz, "%s", _("unterminated quoted field"));
            return -1;
        }
        char c = *r->p++;
        if (c == '"') {
            if (r->p < r->end && *r->p == '"') {
                r->p++;
                if (cell_put(b, '"')) return -1;
                continue;
            }
            if (r->p < r->end && *r->p != ',' && !at_record_end(r)) {
                snprintf(err, errsz, "%s", _("unexpected character after closing quote"));
                return -1;
            }
            return 0;
        }
        if (c == '\n') r->line++;
        if (cell_put(b, c)) return -1;
    }
}

static int read_plain(struct csv_reader *r, struct cell_buf *b, char *err, size_t errsz)
{
    while (r->p < r->end && *r->p != ',' && !at_record_end(r)) {
        if (*r->p == '"') {
            snprintf(err, errsz, "%s", _("quote inside an unquoted field"));
            return -1;
        }
        if (cell_put(b, *r->p++)) return -1;
    }
    return 0;
}

enum csv_status csv_next(struct csv_reader *r, struct csv_record *rec, char *err, size_t errsz)
{
    record_clear(rec);
    rec->line = r->line;
    if (r->p >= r->end) return CSV_END;
    struct cell_buf b = {0};
    enum csv_status st = CSV_RECORD;
    for (;;) {
        int rc = (r->p < r->end && *r->p == '"') ? (r->p++, read_quoted(r, &b, err, errsz))
                                                 : read_plain(r, &b, err, errsz);
        if (rc || record_push(rec, &b)) {
            if (!rc) snprintf(err, errsz, "%s", _("out of memory"));
            st = CSV_ERROR;
            break;
        }
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        skip_record_end(r);
        break;
    }
    free(b.s);
    return st;
}

void csv_record_free(struct csv_record *rec)
{
    record_clear(rec);
    free(rec->fields);
    rec->fields = NULL;
    rec->cap = 0;
}

int csv_column(const struct csv_record *header, const char *name)
{
    for (size_t i = 0; i < header->n; i++)
        if (strcmp(header->fields[i], name) == 0) return (int)i;
    return -1;
}

void csv_write_cell(FILE *out, const char *cell, int flags)
{
    if (!cell) cell = "";
    int risky = (flags & CSV_WRITE_SAFE) && cell[0] && strchr("=+-@\t\r", cell[0]);
    if (!risky && !strpbrk(cell, ",\"\r\n")) {
        fputs(cell, out);
        return;
    }
    fputs(risky ? "\"'" : "\"", out);
    /* Copy runs between quotes whole; each quote is doubled. */
    for (const char *p = cell, *q; *p; p = q + 1) {
        q = strchr(p, '"');
        if (!q) {
            fputs(p, out);
            break;
        }
        fwrite(p, 1, (size_t)(q - p) + 1, out);
        fputc('"', out);
    }
    fputc('"', out);
}

void csv_write_row(FILE *out, const char *const *cells, size_t n, int flags)
{
    for (size_t i = 0; i < n; i++) {
        if (i) fputc(',', out);
        csv_write_cell(out, cells[i], flags);
    }
    fputs("\r\n", out);
}
