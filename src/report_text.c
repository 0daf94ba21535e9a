/* Plain-text rendering: lines of at most o->width display columns, text wrapped at Thai
 * word boundaries (tt_wrap), tables in ASCII boxes with every column padded by display
 * width (never by bytes), so the borders line up in a terminal, a pager or on paper. */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "report_cell.h"
#include "text/tt.h"
#include "xalloc.h"

struct tx {
    FILE *out;
    const struct report_render_opts *o;
    int width;
    tt_lines lines; /* reused for every wrap */
};

static void spaces(FILE *out, int n)
{
    for (; n > 0; n--)
        fputc(' ', out);
}

static void repeat(FILE *out, char c, int n)
{
    for (; n > 0; n--)
        fputc(c, out);
}

/* Wraps sanitised text s to w columns into x->lines; -1 when out of memory. */
static int wrap(struct tx *x, const char *s, int w)
{
    return tt_wrap(x->o->brk ? x->o->brk : tt_brk_shared(), s, strlen(s), w < 1 ? 1 : w, &x->lines);
}

/* Line i of the last wrap, padded to cols columns as align says. */
static void put_line(struct tx *x, const char *s, size_t i, int cols, enum tt_align align)
{
    const tt_line *l = &x->lines.v[i];
    int pad = cols - l->cols;
    int left = align == TT_ALIGN_RIGHT ? pad : align == TT_ALIGN_CENTER ? pad / 2 : 0;
    spaces(x->out, left);
    fwrite(s + l->off, 1, l->len, x->out);
    spaces(x->out, pad - left);
}

/* A paragraph: wrapped lines, each indented; centred in the width when center. */
static int put_text(struct tx *x, const char *text, int indent, int center)
{
    char *s = tt_sanitize(text, TT_SAN_MULTILINE);
    if (!s || wrap(x, s, x->width - indent)) {
        free(s);
        return -1;
    }
    for (size_t i = 0; i < x->lines.n; i++) {
        const tt_line *l = &x->lines.v[i];
        spaces(x->out, indent + (center ? (x->width - indent - l->cols) / 2 : 0));
        fwrite(s + l->off, 1, l->len, x->out);
        fputc('\n', x->out);
    }
    free(s);
    return 0;
}

static int put_heading(struct tx *x, const struct rep_block *b)
{
    if (put_text(x, b->text, 0, 0)) return -1;
    if (b->level <= 1) {
        int w = 0;
        for (size_t i = 0; i < x->lines.n; i++)
            if (x->lines.v[i].cols > w) w = x->lines.v[i].cols;
        repeat(x->out, '=', w);
        fputc('\n', x->out);
    }
    return 0;
}

static int put_para(struct tx *x, const struct rep_block *b)
{
    if (b->label && put_text(x, b->label, 0, 0)) return -1;
    return put_text(x, b->text, b->label ? 4 : 0, 0);
}

/* A memo line: "label value", and its second pair after it on the same line. */
static int put_field(struct tx *x, const struct rep_block *b)
{
    char *line = b->label2 ? rep_fmt("%s %s    %s %s", b->label, b->text, b->label2, b->text2)
                           : rep_fmt("%s %s", b->label, b->text);
    int rc = line ? put_text(x, line, 0, 0) : -1;
    free(line);
    return rc;
}

/* The signature block in the right half: signature line, (name), position lines. */
static int put_signature(struct tx *x, const struct rep_block *b)
{
    char name[512];
    struct rep_sign_lines sl;
    rep_sign_lines(b, name, sizeof name, &sl);
    int half = x->width / 2;
    const char *lines[3] = {sl.sign, sl.name, sl.position};
    for (int i = 0; i < 3; i++) {
        char *s = tt_sanitize(lines[i], TT_SAN_MULTILINE);
        if (!s || wrap(x, s, x->width - half)) {
            free(s);
            return -1;
        }
        for (size_t k = 0; k < x->lines.n; k++) {
            spaces(x->out, half);
            put_line(x, s, k, x->width - half, TT_ALIGN_CENTER);
            fputc('\n', x->out);
        }
        free(s);
    }
    return 0;
}

/* ---- Tables ---- */

struct tlay {
    int *w;       /* column widths */
    char **cells; /* sanitised, composed text of every cell, row-major; header first */
    size_t rows;  /* data rows + 1 */
    int ruled;    /* rules between rows (some cell takes more than one line) */
};

static int natural_cols(const char *s, int *multi)
{
    int best = 0;
    for (const char *p = s;;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        int w = tt_width_cols_n(p, len);
        if (w > best) best = w;
        if (!nl) break;
        *multi = 1;
        p = nl + 1;
    }
    return best;
}

/* Shrinks the widest column one column at a time until the table fits: first down to
 * each column's comfortable minimum, then (a very narrow page) down to 3 and to 1. */
static void fit_widths(int *w, const int *minw, size_t n, int avail)
{
    long sum = 0;
    for (size_t c = 0; c < n; c++)
        sum += w[c];
    static const int floors[] = {0, 3, 1};
    for (size_t f = 0; f < sizeof floors / sizeof floors[0] && sum > avail; f++) {
        while (sum > avail) {
            size_t widest = n;
            for (size_t c = 0; c < n; c++) {
                int floor = floors[f] ? floors[f] : minw[c];
                if (w[c] > floor && (widest == n || w[c] > w[widest])) widest = c;
            }
            if (widest == n) break;
            w[widest]--;
            sum--;
        }
    }
}

static int layout(struct tx *x, const struct rep_table *t, struct tlay *L)
{
    size_t n = t->ncols;
    L->rows = t->nrows + 1;
    L->w = xcalloc(n, sizeof *L->w);
    L->cells = xcalloc(L->rows * n, sizeof *L->cells);
    int *minw = xcalloc(n, sizeof *minw);
    int multi = 0;
    for (size_t r = 0; r < L->rows; r++) {
        const struct rep_row *row = r ? &t->rows[r - 1] : NULL;
        for (size_t c = 0; c < n; c++) {
            char *s = r ? rep_cell_compose(&row->cells[c], x->o->ascii_marks)
                        : rep_col_heading(&t->cols[c]);
            char *clean = s ? tt_sanitize(s, TT_SAN_MULTILINE) : NULL;
            free(s);
            if (!clean) {
                free(minw);
                return -1;
            }
            L->cells[r * n + c] = clean;
            if (row && row->section) continue; /* spans the table: not a column's width */
            int nat = natural_cols(clean, &multi);
            if (nat > L->w[c]) L->w[c] = nat;
        }
    }
    int avail = x->width - 3 * (int)n - 1, sum = 0;
    for (size_t c = 0; c < n; c++) {
        if (t->cols[c].max_cols && L->w[c] > t->cols[c].max_cols) L->w[c] = t->cols[c].max_cols;
        if (L->w[c] < 1) L->w[c] = 1;
        minw[c] = L->w[c] < 6 ? L->w[c] : 6;
        sum += L->w[c];
    }
    L->ruled = multi || sum > avail;
    fit_widths(L->w, minw, n, avail);
    free(minw);
    return 0;
}

static void rule(struct tx *x, const struct tlay *L, size_t n, char c)
{
    fputc('+', x->out);
    for (size_t i = 0; i < n; i++) {
        repeat(x->out, c, L->w[i] + 2);
        fputc('+', x->out);
    }
    fputc('\n', x->out);
}

/* One table row (r = 0: the header), every cell wrapped to its column. */
static int put_row(struct tx *x, const struct rep_table *t, const struct tlay *L, size_t r)
{
    size_t n = t->ncols;
    tt_lines *wrapped = xcalloc(n ? n : 1, sizeof *wrapped);
    size_t height = 0;
    int rc = 0;
    for (size_t c = 0; c < n && !rc; c++) {
        const char *s = L->cells[r * n + c];
        rc = tt_wrap(x->o->brk ? x->o->brk : tt_brk_shared(), s, strlen(s), L->w[c], &wrapped[c]);
        if (!rc && wrapped[c].n > height) height = wrapped[c].n;
    }
    for (size_t k = 0; k < height && !rc; k++) {
        fputc('|', x->out);
        for (size_t c = 0; c < n; c++) {
            fputc(' ', x->out);
            if (k < wrapped[c].n) {
                tt_lines keep = x->lines;
                x->lines = wrapped[c];
                enum tt_align a = r ? t->cols[c].align : TT_ALIGN_LEFT;
                put_line(x, L->cells[r * n + c], k, L->w[c], a);
                x->lines = keep;
            } else {
                spaces(x->out, L->w[c]);
            }
            fputs(" |", x->out);
        }
        fputc('\n', x->out);
    }
    for (size_t c = 0; c < n; c++)
        tt_lines_free(&wrapped[c]);
    free(wrapped);
    return rc;
}

/* A section row: one cell across the whole table. */
static int put_section(struct tx *x, const struct rep_table *t, const struct tlay *L, size_t r)
{
    int inner = -3;
    for (size_t c = 0; c < t->ncols; c++)
        inner += L->w[c] + 3;
    const char *s = L->cells[r * t->ncols];
    if (wrap(x, s, inner)) return -1;
    for (size_t k = 0; k < x->lines.n; k++) {
        fputs("| ", x->out);
        put_line(x, s, k, inner, TT_ALIGN_LEFT);
        fputs(" |\n", x->out);
    }
    return 0;
}

static int put_table(struct tx *x, const struct rep_table *t)
{
    if (!t || !t->ncols) return 0;
    struct tlay L = {0};
    int rc = layout(x, t, &L);
    if (!rc) {
        rule(x, &L, t->ncols, '-');
        rc = put_row(x, t, &L, 0);
        rule(x, &L, t->ncols, '=');
    }
    for (size_t r = 1; r < L.rows && !rc; r++) {
        rc = t->rows[r - 1].section ? put_section(x, t, &L, r) : put_row(x, t, &L, r);
        if (L.ruled || r + 1 == L.rows) rule(x, &L, t->ncols, '-');
    }
    if (L.cells)
        for (size_t i = 0; i < L.rows * t->ncols; i++)
            free(L.cells[i]);
    free(L.cells);
    free(L.w);
    return rc;
}

int report_render_text(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    int width = o->width > 20 ? o->width : d->landscape ? REPORT_TEXT_WIDE : REPORT_TEXT_WIDTH;
    struct tx x = {out, o, width, {0}};
    int rc = 0;
    for (size_t i = 0; i < d->n && !rc; i++) {
        const struct rep_block *b = &d->v[i];
        if (b->new_page) fputc('\f', out); /* each agency on a new page when printed */
        if (i && !(b->kind == REP_TITLE && d->v[i - 1].kind == REP_TITLE)) fputc('\n', out);
        switch (b->kind) {
        case REP_TITLE:
            rc = put_text(&x, b->text, 0, 1);
            break;
        case REP_HEADING:
            rc = put_heading(&x, b);
            break;
        case REP_PARA:
            rc = put_para(&x, b);
            break;
        case REP_TABLE:
            rc = put_table(&x, b->table);
            break;
        case REP_SIGNATURE:
            rc = put_signature(&x, b);
            break;
        case REP_FIELD:
            rc = put_field(&x, b);
            break;
        }
    }
    tt_lines_free(&x.lines);
    return rc;
}
