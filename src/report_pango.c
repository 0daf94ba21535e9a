#include "report_pango.h"

#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "report_cell.h"
#include "report_docs.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

int rp_fonts_init(struct rp_fonts *f)
{
    return rp_fonts_init_family(f, RP_FAMILY);
}

int rp_fonts_init_family(struct rp_fonts *f, const char *family)
{
    *f = (struct rp_fonts){0};
    PangoFontMap *map = pango_cairo_font_map_get_default();
    if (!map) return -1;
    f->ctx = pango_font_map_create_context(map);
    pango_cairo_context_set_resolution(f->ctx, 72.0);
    /* Unhinted metrics: what is measured here is what the PDF shows at any zoom. */
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(f->ctx, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(f->ctx, FALSE);
    pango_context_set_language(f->ctx, pango_language_from_string("th"));
    f->regular = pango_font_description_new();
    pango_font_description_set_family(f->regular, family);
    pango_font_description_set_size(f->regular, (int)(RP_SIZE * PANGO_SCALE));
    f->bold = pango_font_description_copy(f->regular);
    pango_font_description_set_weight(f->bold, PANGO_WEIGHT_BOLD);
    return 0;
}

void rp_fonts_free(struct rp_fonts *f)
{
    if (f->regular) pango_font_description_free(f->regular);
    if (f->bold) pango_font_description_free(f->bold);
    if (f->ctx) g_object_unref(f->ctx);
    *f = (struct rp_fonts){0};
}

PangoLayout *rp_layout(const struct rp_fonts *f, const char *text, int bold, double width)
{
    PangoLayout *l = pango_layout_new(f->ctx);
    pango_layout_set_font_description(l, bold ? f->bold : f->regular);
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_width(l, width < 0 ? -1 : (int)(width * PANGO_SCALE));
    pango_layout_set_text(l, text ? text : "", -1);
    return l;
}

double rp_height(PangoLayout *l)
{
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)h / PANGO_SCALE;
}

int rp_cells(const struct rep_table *t, char ***cells, char ***heads)
{
    size_t n = t->nrows * t->ncols;
    *cells = xcalloc(n ? n : 1, sizeof **cells);
    *heads = xcalloc(t->ncols ? t->ncols : 1, sizeof **heads);
    for (size_t c = 0; c < t->ncols; c++)
        (*heads)[c] = tt_sanitize(t->cols[c].title, TT_SAN_MULTILINE);
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            char *s = rep_cell_compose(&t->rows[r].cells[c], 0);
            (*cells)[r * t->ncols + c] = s ? tt_sanitize(s, TT_SAN_MULTILINE) : NULL;
            free(s);
        }
    for (size_t i = 0; i < n; i++)
        if (!(*cells)[i]) return -1;
    for (size_t c = 0; c < t->ncols; c++)
        if (!(*heads)[c]) return -1;
    return 0;
}

void rp_cells_free(const struct rep_table *t, char **cells, char **heads)
{
    for (size_t i = 0; cells && i < t->nrows * t->ncols; i++)
        free(cells[i]);
    for (size_t c = 0; heads && c < t->ncols; c++)
        free(heads[c]);
    free(cells);
    free(heads);
}

/* The widest unbreakable piece of text and its width unwrapped, in points, from one
 * unwrapped layout (shaping is the cost here): the clusters' positions between two
 * places Pango may break a line, trailing spaces left out. */
static void measure(const struct rp_fonts *f, const char *text, int bold, double *minw,
                    double *maxw)
{
    PangoLayout *l = rp_layout(f, text, bold, -1);
    int w, h, n_attrs;
    pango_layout_get_size(l, &w, &h);
    *maxw = (double)w / PANGO_SCALE;
    const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly(l, &n_attrs);
    const char *s = pango_layout_get_text(l), *at = s;
    long ci = 0;
    int widest = 0, start = 0, end = 0;
    PangoLayoutLine *cur = NULL;
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        if (!pango_layout_iter_get_run_readonly(it)) continue; /* the end of a line */
        const char *p = s + pango_layout_iter_get_index(it);
        ci += g_utf8_pointer_to_offset(at, p); /* clusters come in order: text is LTR */
        at = p;
        PangoRectangle r;
        pango_layout_iter_get_cluster_extents(it, NULL, &r);
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
        if (line != cur || (ci < n_attrs && attrs[ci].is_line_break)) {
            if (end - start > widest) widest = end - start;
            start = end = r.x;
            cur = line;
        }
        if (ci >= n_attrs || !attrs[ci].is_white) end = r.x + r.width;
    } while (pango_layout_iter_next_cluster(it));
    if (end - start > widest) widest = end - start;
    pango_layout_iter_free(it);
    *minw = (double)widest / PANGO_SCALE;
    g_object_unref(l);
}

void rp_col_widths(const struct rp_fonts *f, const struct rep_table *t, char **cells, char **heads,
                   double avail, double *w)
{
    size_t n = t->ncols;
    double *minw = xcalloc(n, sizeof *minw), *maxw = xcalloc(n, sizeof *maxw);
    for (size_t c = 0; c < n; c++) {
        double lo, hi;
        for (size_t r = 0; r < t->nrows; r++) {
            if (t->rows[r].section) continue; /* spans the table: not a column's width */
            measure(f, cells[r * n + c], 0, &lo, &hi);
            if (lo > minw[c]) minw[c] = lo;
            if (hi > maxw[c]) maxw[c] = hi;
        }
        /* A short heading stays on one line over a column with text; a long one, or one
         * over an empty column, wraps at its words. */
        int empty = maxw[c] <= 0;
        measure(f, heads[c], 1, &lo, &hi);
        double head = !empty && hi <= RP_SHORT_HEADING ? hi : lo;
        if (head > minw[c]) minw[c] = head;
        if (head > maxw[c]) maxw[c] = head;
        minw[c] += 2 * RP_PAD + 1;
        maxw[c] += 2 * RP_PAD + 1;
    }
    double smin = 0, smax = 0;
    for (size_t c = 0; c < n; c++) {
        smin += minw[c];
        smax += maxw[c];
    }
    for (size_t c = 0; c < n; c++) {
        if (smax <= avail) /* everything fits unwrapped: widen in proportion */
            w[c] = maxw[c] * avail / smax;
        else if (smin >= avail) /* even the words do not fit: shrink in proportion */
            w[c] = minw[c] * avail / smin;
        else /* every word fits; the room left goes where the text is long */
            w[c] = minw[c] + (maxw[c] - minw[c]) * (avail - smin) / (smax - smin);
    }
    free(minw);
    free(maxw);
}

void report_docs_fonts_release(void)
{
    pango_cairo_font_map_set_default(NULL);
}
