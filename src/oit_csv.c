#include "oit_csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "i18n.h"
#include "number.h"
#include "oit.h"
#include "strset.h"
#include "text/tt.h"
#include "xalloc.h"

struct columns {
    int id, unit, status, note, year, agency;
};

static int find_columns(const struct csv_record *h, struct columns *c)
{
    c->id = csv_column(h, "id");
    c->unit = csv_column(h, "responsible_unit");
    c->status = csv_column(h, "status");
    c->note = csv_column(h, "progress_note");
    c->year = csv_column(h, "year");
    c->agency = csv_column(h, "agency");
    return c->id >= 0 ? 0 : -1;
}

static const char *cell(const struct csv_record *r, int col)
{
    return col >= 0 && (size_t)col < r->n ? r->fields[col] : NULL;
}

/* Imported text is normalised as pasted text is (NIKHAHIT + SARA AA, doubled SARA E). */
static char *normalised_copy(const char *s)
{
    if (!s) return NULL;
    char *n = tt_normalize(s);
    return n ? n : xstrdup(""); /* tt_normalize is NULL only out of memory */
}

/* A unit is a name: stored and matched in canonical form. */
static char *name_copy(const char *s)
{
    return s ? tt_name_normalize(s) : NULL;
}

static int check_context(const char *file, const struct csv_record *r, const struct columns *c,
                         int year, const char *agency_name, char *err, size_t errsz)
{
    const char *y = cell(r, c->year), *a = cell(r, c->agency);
    if (y && *y) {
        long v = 0;
        if (number_parse_int(y, 2400, 2800, &v) || v != year) {
            snprintf(err, errsz, _("%s:%ld: year: %s is not the year given with --year (%d)"), file,
                     r->line, y, year);
            return -1;
        }
    }
    if (a && *a && agency_name && !tt_name_equal(a, agency_name)) {
        snprintf(err, errsz, _("%s:%ld: agency: '%s' is not the agency given with --agency (%s)"),
                 file, r->line, a, agency_name);
        return -1;
    }
    return 0;
}

static int parse_row(const char *file, const struct csv_record *r, const struct columns *c,
                     struct oit_csv_row *row, char *err, size_t errsz)
{
    row->line = r->line;
    const char *id = cell(r, c->id), *status = cell(r, c->status);
    if (!id || oit_code_normalise(id, row->code)) {
        snprintf(err, errsz, _("%s:%ld: id: '%s' is not an OIT item code such as O12"), file,
                 r->line, id ? id : "");
        return -1;
    }
    if (status && *status) {
        int s = oit_state_parse_any(status);
        if (s < 0) {
            snprintf(err, errsz, _("%s:%ld: status: '%s' is not done, not-done or in-progress"),
                     file, r->line, status);
            return -1;
        }
        row->has_state = 1;
        row->state = (enum ita_state)s;
    }
    row->unit = name_copy(cell(r, c->unit));
    row->note = normalised_copy(cell(r, c->note));
    return 0;
}

/* The header's cell names, for "FILE:LINE: field: reason" when a cell is unreadable. */
static const char *const *header_names(const struct csv_record *h)
{
    return (const char *const *)h->fields;
}

int oit_csv_parse(const char *file, const char *text, size_t len, int year, const char *agency_name,
                  struct oit_csv *out, char *err, size_t errsz)
{
    struct csv_reader rd;
    struct csv_record head = {0}, rec = {0};
    struct strset seen = {0};
    struct columns c;
    char why[160];
    size_t cap = 0;
    int rc = -1;
    *out = (struct oit_csv){0};
    csv_reader_init(&rd, text, len);
    enum csv_status st = csv_next(&rd, &head, why, sizeof why);
    if (st == CSV_ERROR) {
        csv_error_message(file, &head, NULL, 0, why, err, errsz);
        goto out;
    }
    if (st != CSV_RECORD || find_columns(&head, &c)) {
        snprintf(
            err, errsz,
            _("%s:1: header: expected the columns id, responsible_unit, status, progress_note"),
            file);
        goto out;
    }
    /* One pass, row by row: the first bad row ends the parse, wherever it is. */
    while ((st = csv_next(&rd, &rec, why, sizeof why)) == CSV_RECORD) {
        if (rec.n == 1 && rec.fields[0][0] == '\0') continue;
        struct oit_csv_row row = {0};
        if (check_context(file, &rec, &c, year, agency_name, err, errsz) ||
            parse_row(file, &rec, &c, &row, err, errsz))
            goto out;
        long first = strset_add(&seen, row.code, rec.line);
        if (first) {
            snprintf(err, errsz, _("%s:%ld: id: %s appears twice (first on line %ld)"), file,
                     rec.line, row.code, first);
            free(row.unit);
            free(row.note);
            goto out;
        }
        if (out->n == cap) {
            cap = cap ? cap * 2 : 64;
            out->rows = xreallocarray(out->rows, cap, sizeof *out->rows);
        }
        out->rows[out->n++] = row;
    }
    if (st == CSV_ERROR) {
        csv_error_message(file, &rec, header_names(&head), head.n, why, err, errsz);
        goto out;
    }
    rc = 0;
out:
    csv_record_free(&head);
    csv_record_free(&rec);
    strset_free(&seen);
    if (rc) oit_csv_free(out);
    return rc;
}

void oit_csv_free(struct oit_csv *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->rows[i].unit);
        free(c->rows[i].note);
    }
    free(c->rows);
    *c = (struct oit_csv){0};
}
