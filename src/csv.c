#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

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

static void cell_put(struct cell_buf *b, char c)
{
    if (b->len + 1 >= b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->s = xreallocarray(b->s, b->cap, 1);
    }
    b->s[b->len++] = c;
}

static void record_push(struct csv_record *rec, struct cell_buf *b)
{
    if (rec->n == rec->cap) {
        rec->cap = rec->cap ? rec->cap * 2 : 8;
        rec->fields = xreallocarray(rec->fields, rec->cap, sizeof *rec->fields);
    }
    rec->fields[rec->n++] = xstrndup(b->s ? b->s : "", b->len);
    b->len = 0;
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

/* A C0 control other than TAB, CR and LF, or DEL, has no business in a cell: a NUL would
 * silently cut the value short where C strings end ("9\0" + "0" read as 9), the others
 * are escape sequences or garbage. The reason names the byte. */
static int refuse_control(unsigned char c, char *err, size_t errsz)
{
    if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\r' || c == '\n') return 0;
    snprintf(err, errsz, _("control character 0x%02X is not allowed in a cell"), c);
    return -1;
}

/* Reads a quoted cell; r->p is just past the opening quote. */
static int read_quoted(struct csv_reader *r, struct cell_buf *b, char *err, size_t errsz)
{
    for (;;) {
        if (r->p >= r->end) {
            snprintf(err, errsz, "%s", _("unterminated quoted field"));
            return -1;
        }
        char c = *r->p;
        if (refuse_control((unsigned char)c, err, errsz)) return -1;
        r->p++;
        if (c == '"') {
            if (r->p < r->end && *r->p == '"') {
                r->p++;
                cell_put(b, '"');
                continue;
            }
            if (r->p < r->end && *r->p != ',' && !at_record_end(r)) {
                snprintf(err, errsz, "%s", _("unexpected character after closing quote"));
                return -1;
            }
            return 0;
        }
        if (c == '\n') r->line++;
        cell_put(b, c);
    }
}

static int read_plain(struct csv_reader *r, struct cell_buf *b, char *err, size_t errsz)
{
    while (r->p < r->end && *r->p != ',' && !at_record_end(r)) {
        if (*r->p == '"') {
            snprintf(err, errsz, "%s", _("quote inside an unquoted field"));
            return -1;
        }
        if (refuse_control((unsigned char)*r->p, err, errsz)) return -1;
        cell_put(b, *r->p++);
    }
    return 0;
}

enum csv_status csv_next(struct csv_reader *r, struct csv_record *rec, char *err, size_t errsz)
{
    record_clear(rec);
    rec->line = r->line;
    rec->error_line = 0;
    rec->error_col = -1;
    if (r->p >= r->end) return CSV_END;
    struct cell_buf b = {0};
    enum csv_status st = CSV_RECORD;
    for (;;) {
        long cell_line = r->line;
        int rc = (r->p < r->end && *r->p == '"') ? (r->p++, read_quoted(r, &b, err, errsz))
                                                 : read_plain(r, &b, err, errsz);
        if (rc) {
            /* A cell that runs to the end of the file is reported where it starts. */
            rec->error_line = r->p >= r->end ? cell_line : r->line;
            rec->error_col = (int)rec->n;
            st = CSV_ERROR;
            break;
        }
        record_push(rec, &b);
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

void csv_error_message(const char *file, const struct csv_record *rec, const char *const *names,
                       size_t n, const char *why, char *err, size_t errsz)
{
    const char *field = rec->error_col >= 0 && (size_t)rec->error_col < n && names[rec->error_col]
                            ? names[rec->error_col]
                            : "row";
    snprintf(err, errsz, "%s:%ld: %s: %s", file, rec->error_line ? rec->error_line : rec->line,
             field, why);
}

int csv_column(const struct csv_record *header, const char *name)
{
    for (size_t i = 0; i < header->n; i++)
        if (strcmp(header->fields[i], name) == 0) return (int)i;
    return -1;
}

/* A spreadsheet runs a cell as a formula when its first character, after any blanks it
 * skips, is = + - or @ (a leading tab or CR is a trick of the same kind). */
static int looks_like_formula(const char *cell)
{
    const char *p = cell;
    for (;;) {
        if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
            p++;
        else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) /* NBSP */
            p += 2;
        else
            break;
    }
    return *p && strchr("=+-@", *p) != NULL;
}

static void write_escaped(FILE *out, const char *cell, int flags)
{
    int risky = (flags & CSV_WRITE_SAFE) && looks_like_formula(cell);
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

void csv_write_cell(FILE *out, const char *cell, int flags)
{
    if (!cell) cell = "";
    if (!(flags & CSV_WRITE_SAFE) && (!(flags & CSV_WRITE_CLEAN) || tt_is_inert(cell))) {
        write_escaped(out, cell, flags);
        return;
    }
    /* Safe output reaches a terminal or a spreadsheet: no escape sequence, control or bidi
     * override gets through (tt_sanitize shows them as pictures), line breaks are kept. */
    char *clean = tt_sanitize(cell, TT_SAN_MULTILINE);
    write_escaped(out, clean, flags);
    free(clean);
}

void csv_write_row(FILE *out, const char *const *cells, size_t n, int flags)
{
    for (size_t i = 0; i < n; i++) {
        if (i) fputc(',', out);
        csv_write_cell(out, cells[i], flags);
    }
    fputs("\r\n", out);
}
