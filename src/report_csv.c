/* CSV rendering (RFC 4180, CRLF records, cells escaped against formula injection): the
 * document in order -- title lines, headings and signature lines as one-cell records, a
 * paragraph as [label, text], each table as its header record then its rows (a section
 * row as one cell) -- with an empty record between blocks. */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "report.h"
#include "report_cell.h"
#include "text/tt.h"

/* Writes n cells; csv_write_row sanitises each (CSV_WRITE_SAFE). */
static int row(FILE *out, const char *const *cells, size_t n)
{
    csv_write_row(out, cells, n > 16 ? 16 : n, CSV_WRITE_SAFE);
    return 0;
}

static int one(FILE *out, const char *text)
{
    return row(out, &text, 1);
}

static int put_table(FILE *out, const struct rep_table *t, int ascii)
{
    size_t n = t->ncols > 16 ? 16 : t->ncols;
    char *heads[16] = {0};
    int bad = 0;
    for (size_t c = 0; c < n; c++)
        bad |= !(heads[c] = rep_col_heading(&t->cols[c]));
    bad = bad || row(out, (const char *const *)heads, n);
    for (size_t c = 0; c < n; c++)
        free(heads[c]);
    if (bad) return -1;
    for (size_t r = 0; r < t->nrows; r++) {
        const struct rep_row *rw = &t->rows[r];
        if (rw->section) {
            if (one(out, rw->cells[0].text)) return -1;
            continue;
        }
        char *composed[16] = {0}; /* checkbox cells only; others are used as they are */
        const char *cells_r[16];
        int rc = 0;
        for (size_t c = 0; c < n && !rc; c++) {
            cells_r[c] = rw->cells[c].text;
            if (rw->cells[c].check < 0 &&
                !(ascii && rw->cells[c].text && strstr(rw->cells[c].text, REP_TICK)))
                continue;
            if (!(composed[c] = rep_cell_compose(&rw->cells[c], ascii))) rc = -1;
            cells_r[c] = composed[c];
        }
        if (!rc) rc = row(out, cells_r, n);
        for (size_t c = 0; c < n; c++)
            free(composed[c]);
        if (rc) return -1;
    }
    return 0;
}

static int put_signature(FILE *out, const struct rep_block *b)
{
    char name[512];
    struct rep_sign_lines sl;
    rep_sign_lines(b, name, sizeof name, &sl);
    return one(out, sl.sign) || one(out, sl.name) || one(out, sl.position) ? -1 : 0;
}

int report_render_csv(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    if (o->bom) fputs("\xEF\xBB\xBF", out);
    int rc = 0;
    for (size_t i = 0; i < d->n && !rc; i++) {
        const struct rep_block *b = &d->v[i];
        if (i && !(b->kind == REP_TITLE && d->v[i - 1].kind == REP_TITLE)) fputs("\r\n", out);
        switch (b->kind) {
        case REP_TITLE:
        case REP_HEADING:
            rc = one(out, b->text);
            break;
        case REP_PARA: {
            const char *cells[2] = {b->label, b->text};
            rc = b->label ? row(out, cells, 2) : one(out, b->text);
            break;
        }
        case REP_TABLE:
            rc = b->table ? put_table(out, b->table, o->ascii_marks) : 0;
            break;
        case REP_SIGNATURE:
            rc = put_signature(out, b);
            break;
        case REP_FIELD: {
            const char *cells[4] = {b->label, b->text, b->label2, b->text2};
            rc = row(out, cells, b->label2 ? 4 : 2);
            break;
        }
        }
    }
    return rc;
}
