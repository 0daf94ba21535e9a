/* The report document model: blocks and tables, built by the report builders. Memory
 * comes from xalloc (a failure ends the process), so builders need not check any call;
 * d->oom marks a piece a builder could not make otherwise (a memory stream). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

#define KIND_NAME(id, name, doc) name,
#define KIND_DOC(id, name, doc) doc,
static const char *const kind_names[REPORT_KIND_COUNT] = {REPORT_KINDS(KIND_NAME)};
static const char kind_docs[REPORT_KIND_COUNT] = {REPORT_KINDS(KIND_DOC)};
#define FORMAT_NAME(id, name, ext, binary, fn) name,
#define FORMAT_EXT(id, name, ext, binary, fn) ext,
#define FORMAT_BINARY(id, name, ext, binary, fn) binary,
static const char *const format_names[REPORT_FORMAT_COUNT] = {REPORT_FORMATS(FORMAT_NAME)};
static const char *const format_exts[REPORT_FORMAT_COUNT] = {REPORT_FORMATS(FORMAT_EXT)};
static const char format_binary[REPORT_FORMAT_COUNT] = {REPORT_FORMATS(FORMAT_BINARY)};

int report_kind_is_document(enum report_kind k)
{
    return (unsigned)k < REPORT_KIND_COUNT && kind_docs[k];
}

int report_format_is_binary(enum report_format f)
{
    return (unsigned)f < REPORT_FORMAT_COUNT && format_binary[f];
}

const char *report_kind_name(enum report_kind k)
{
    return (unsigned)k < REPORT_KIND_COUNT ? kind_names[k] : "?";
}

int report_kind_parse(const char *name)
{
    for (int i = 0; name && i < REPORT_KIND_COUNT; i++)
        if (strcmp(name, kind_names[i]) == 0) return i;
    return -1;
}

const char *report_format_name(enum report_format f)
{
    return (unsigned)f < REPORT_FORMAT_COUNT ? format_names[f] : "?";
}

const char *report_format_ext(enum report_format f)
{
    return (unsigned)f < REPORT_FORMAT_COUNT ? format_exts[f] : "txt";
}

int report_format_parse(const char *name)
{
    for (int i = 0; name && i < REPORT_FORMAT_COUNT; i++)
        if (strcmp(name, format_names[i]) == 0) return i;
    return -1;
}

void rep_doc_init(struct rep_doc *d, int thai_digits)
{
    *d = (struct rep_doc){.thai_digits = thai_digits};
}

static void table_free(struct rep_table *t)
{
    if (!t) return;
    for (size_t c = 0; c < t->ncols; c++) {
        free(t->cols[c].title);
        free(t->cols[c].group);
    }
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++)
            free(t->rows[r].cells[c].text);
        free(t->rows[r].cells);
    }
    free(t->rows);
    free(t->cols);
    free(t);
}

void rep_doc_free(struct rep_doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->v[i].label);
        free(d->v[i].text);
        free(d->v[i].label2);
        free(d->v[i].text2);
        table_free(d->v[i].table);
    }
    free(d->v);
    free(d->title);
    *d = (struct rep_doc){0};
}

static char *copy(struct rep_doc *d, const char *s)
{
    (void)d;
    return xstrdup(s ? s : "");
}

void rep_set_title(struct rep_doc *d, const char *title)
{
    /* The title reaches a PDF's metadata, a window's title bar and lp's job title: an
     * agency's name in it could hold an escape sequence, or bytes that are not UTF-8, which
     * cairo refuses (the whole PDF failed). */
    free(d->title);
    d->title = tt_sanitize(title, TT_SAN_SINGLE_LINE);
}

static struct rep_block *add(struct rep_doc *d, enum rep_block_kind kind)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        struct rep_block *v = xreallocarray(d->v, cap, sizeof *v);
        d->v = v;
        d->cap = cap;
    }
    struct rep_block *b = &d->v[d->n++];
    *b = (struct rep_block){.kind = kind};
    return b;
}

void rep_title(struct rep_doc *d, const char *text)
{
    add(d, REP_TITLE)->text = copy(d, text);
}

void rep_heading(struct rep_doc *d, int level, const char *text)
{
    struct rep_block *b = add(d, REP_HEADING);
    b->level = level;
    b->text = copy(d, text);
}

void rep_para(struct rep_doc *d, const char *label, const char *text)
{
    struct rep_block *b = add(d, REP_PARA);
    b->label = label && *label ? copy(d, label) : NULL;
    b->text = copy(d, text);
}

void rep_signature(struct rep_doc *d, const char *name, const char *position)
{
    struct rep_block *b = add(d, REP_SIGNATURE);
    b->label = name && *name ? copy(d, name) : NULL;
    b->text = position && *position ? copy(d, position) : NULL;
}

void rep_title_big(struct rep_doc *d, const char *text)
{
    struct rep_block *b = add(d, REP_TITLE);
    b->level = 1;
    b->text = copy(d, text);
}

void rep_body(struct rep_doc *d, const char *text)
{
    struct rep_block *b = add(d, REP_PARA);
    b->level = 1;
    b->text = copy(d, text);
}

void rep_field(struct rep_doc *d, const char *label, const char *text, const char *label2,
               const char *text2)
{
    struct rep_block *b = add(d, REP_FIELD);
    b->label = copy(d, label);
    b->text = copy(d, text);
    if (label2) {
        b->label2 = copy(d, label2);
        b->text2 = copy(d, text2);
    }
}

struct rep_table *rep_table(struct rep_doc *d, size_t ncols)
{
    struct rep_table *t = xcalloc(1, sizeof *t);
    t->ncols = ncols;
    t->cols = xcalloc(ncols ? ncols : 1, sizeof *t->cols);
    add(d, REP_TABLE)->table = t;
    return t;
}

void rep_col(struct rep_table *t, size_t col, const char *title, enum tt_align align, int max_cols)
{
    if (!t || col >= t->ncols) return;
    free(t->cols[col].title);
    free(t->cols[col].group);
    t->cols[col] = (struct rep_col){xstrdup(title ? title : ""), align, max_cols, NULL};
}

void rep_col_group(struct rep_table *t, size_t col, const char *group)
{
    if (!t || col >= t->ncols) return;
    free(t->cols[col].group);
    t->cols[col].group = group && *group ? xstrdup(group) : NULL;
}

char *rep_col_heading(const struct rep_col *c)
{
    const char *title = c->title ? c->title : "";
    return c->group ? rep_fmt("%s: %s", c->group, title) : xstrdup(title);
}

long rep_row(struct rep_doc *d, struct rep_table *t)
{
    if (!t) return -1;
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        struct rep_row *rows = xreallocarray(t->rows, cap, sizeof *rows);
        t->rows = rows;
        t->cap = cap;
    }
    struct rep_cell *cells = xcalloc(t->ncols ? t->ncols : 1, sizeof *cells);
    for (size_t c = 0; c < t->ncols; c++)
        cells[c].check = REP_NO_CHECK;
    t->rows[t->nrows] = (struct rep_row){0, cells};
    (void)d;
    return (long)t->nrows++;
}

void rep_section(struct rep_doc *d, struct rep_table *t, const char *text)
{
    long r = rep_row(d, t);
    if (r < 0) return;
    t->rows[r].section = 1;
    rep_cell(d, t, r, 0, text);
}

void rep_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col, const char *text)
{
    if (!t || row < 0 || (size_t)row >= t->nrows || col >= t->ncols) return;
    struct rep_cell *c = &t->rows[row].cells[col];
    free(c->text);
    c->text = copy(d, text);
}

char *rep_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    return s;
}

void rep_cellf(struct rep_doc *d, struct rep_table *t, long row, size_t col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    rep_cell(d, t, row, col, s);
    free(s);
}

void rep_cell_check(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                    enum ita_state state, const char *text)
{
    rep_cell(d, t, row, col, text);
    if (t && row >= 0 && (size_t)row < t->nrows && col < t->ncols)
        t->rows[row].cells[col].check = (int)state;
}

void rep_cell_mark(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                   enum ita_state state, const char *text)
{
    rep_cell_check(d, t, row, col, state, text);
    if (t && row >= 0 && (size_t)row < t->nrows && col < t->ncols)
        t->rows[row].cells[col].single = 1;
}

const char *rep_check_label(enum ita_state state)
{
    switch (state) {
    /* TRANSLATORS: the two checkboxes printed in progress reports (seed 001 wording). */
    case ITA_DONE:
        return _("Done");
    case ITA_IN_PROGRESS:
        return _("In progress");
    default:
        return _("Not yet done");
    }
}
