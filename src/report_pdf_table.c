/* Tables in the PDF: column widths from the content (report_pango.c), ruled cells, the
 * header rows (two when columns are grouped) repeated at the top of every page the table
 * reaches, a row moved whole to the next page unless it is taller than a page -- then cut
 * between lines, never through one -- and a group heading row kept with the row after it. */
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "report_pdf.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

struct tab {
    struct pdf *p;
    const struct rep_table *t;
    char **cells, **heads;
    double *x, *w; /* left edge and width of each column */
    double total;  /* the table's width */
};

static PangoAlignment pango_align(enum tt_align a)
{
    return a == TT_ALIGN_RIGHT    ? PANGO_ALIGN_RIGHT
           : a == TT_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                  : PANGO_ALIGN_LEFT;
}

static PangoLayout *cell_layout(struct tab *T, const char *text, int bold, double width,
                                PangoAlignment align)
{
    PangoLayout *l = rp_layout(&T->p->f, text, bold, width - 2 * RP_PAD);
    pango_layout_set_alignment(l, align);
    return l;
}

static void box(struct pdf *p, double x, double y, double w, double h, int shade)
{
    cairo_rectangle(p->cr, x, y, w, h);
    if (shade) {
        cairo_set_source_rgb(p->cr, 0.9, 0.9, 0.9);
        cairo_fill_preserve(p->cr);
        cairo_set_source_rgb(p->cr, 0, 0, 0);
    }
    cairo_set_line_width(p->cr, 0.5);
    cairo_stroke(p->cr);
}

static int same_group(const struct rep_col *a, const struct rep_col *b)
{
    return a->group && b->group && strcmp(a->group, b->group) == 0;
}

/* The header: each heading centred in its box; grouped columns get their group's box
 * above their own. Draws it when draw, and returns its height either way. */
static double header(struct tab *T, int draw)
{
    struct pdf *p = T->p;
    const struct rep_table *t = T->t;
    double gh = 0, sub = 0, whole = 0;
    size_t n = t->ncols;
    PangoLayout **ls = xcalloc(n, sizeof *ls), **gs = xcalloc(n, sizeof *gs);
    double *gw = xcalloc(n, sizeof *gw);
    for (size_t c = 0; c < n; c++) {
        const struct rep_col *col = &t->cols[c];
        if (col->group && (!c || !same_group(&t->cols[c - 1], col))) {
            for (size_t k = c; k < n && (k == c || same_group(&t->cols[k], col)); k++)
                gw[c] += T->w[k];
            char *g = tt_sanitize(col->group, TT_SAN_MULTILINE);
            gs[c] = cell_layout(T, g ? g : "", 1, gw[c], PANGO_ALIGN_CENTER);
            free(g);
            double h = rp_height(gs[c]);
            if (h > gh) gh = h;
        }
        ls[c] = cell_layout(T, T->heads[c], 1, T->w[c], PANGO_ALIGN_CENTER);
        double h = rp_height(ls[c]);
        if (col->group && h > sub) sub = h;
        if (!col->group && h > whole) whole = h;
    }
    if (gh > 0) {
        gh += 2 * RP_PAD;
        sub += 2 * RP_PAD;
    }
    whole += 2 * RP_PAD;
    double H = whole > gh + sub ? whole : gh + sub;
    if (gh > 0) sub = H - gh;
    double y = p->y;
    for (size_t c = 0; c < n && draw; c++) {
        if (gs[c]) {
            box(p, T->x[c], y, gw[c], gh, 1);
            pdf_draw_lines(p, gs[c], T->x[c] + RP_PAD, y + RP_PAD, 0, 1e9);
        }
        double top = t->cols[c].group ? y + gh : y, h = t->cols[c].group ? sub : H;
        box(p, T->x[c], top, T->w[c], h, 1);
        double th = rp_height(ls[c]);
        pdf_draw_lines(p, ls[c], T->x[c] + RP_PAD, top + (h - th) / 2, 0, 1e9);
    }
    for (size_t c = 0; c < n; c++) {
        if (ls[c]) g_object_unref(ls[c]);
        if (gs[c]) g_object_unref(gs[c]);
    }
    free(ls);
    free(gs);
    free(gw);
    return H;
}

static void next_page(struct tab *T)
{
    pdf_new_page(T->p);
    T->p->y += header(T, 1);
}

/* The layouts of row r (one for a group heading row). */
static size_t row_layouts(struct tab *T, size_t r, PangoLayout **ls)
{
    const struct rep_table *t = T->t;
    if (t->rows[r].section) {
        ls[0] = cell_layout(T, T->cells[r * t->ncols], 1, T->total, PANGO_ALIGN_LEFT);
        return 1;
    }
    for (size_t c = 0; c < t->ncols; c++)
        ls[c] =
            cell_layout(T, T->cells[r * t->ncols + c], 0, T->w[c], pango_align(t->cols[c].align));
    return t->ncols;
}

static double layouts_height(PangoLayout **ls, size_t n)
{
    double h = 0;
    for (size_t c = 0; c < n; c++)
        if (rp_height(ls[c]) > h) h = rp_height(ls[c]);
    return h + 2 * RP_PAD;
}

/* Where to cut a row's text so that no line of any cell crosses from + room: the top of
 * the first line, over all cells, that would end below it (1e9: everything fits). */
static double cut_at(PangoLayout **ls, size_t n, double from, double room)
{
    double cut = 1e9;
    for (size_t c = 0; c < n; c++) {
        PangoLayoutIter *it = pango_layout_get_iter(ls[c]);
        do {
            int y0, y1;
            pango_layout_iter_get_line_yrange(it, &y0, &y1);
            double top = (double)y0 / PANGO_SCALE, bot = (double)y1 / PANGO_SCALE;
            if (top >= from && bot > from + room) {
                if (top < cut) cut = top;
                break;
            }
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
    }
    return cut;
}

/* Draws the text of [from, to) of every cell, boxes of height h. */
static void draw_slice(struct tab *T, PangoLayout **ls, size_t n, int section, double from,
                       double to, double h)
{
    struct pdf *p = T->p;
    for (size_t c = 0; c < n; c++) {
        double x = section ? T->x[0] : T->x[c], w = section ? T->total : T->w[c];
        box(p, x, p->y, w, h, section);
        pdf_draw_lines(p, ls[c], x + RP_PAD, p->y + RP_PAD, from, to);
    }
    p->y += h;
}

static double row_height(struct tab *T, size_t r)
{
    PangoLayout **ls = xcalloc(T->t->ncols ? T->t->ncols : 1, sizeof *ls);
    size_t n = row_layouts(T, r, ls);
    double h = layouts_height(ls, n);
    for (size_t c = 0; c < n; c++)
        g_object_unref(ls[c]);
    free(ls);
    return h;
}

/* The room row r must find on the page it starts: all of it, and with a group heading row
 * the row after it too (a heading never ends a page) -- or, when that is taller than a
 * page, a start of three lines. */
static double start_height(struct tab *T, size_t r, double page)
{
    double h = row_height(T, r);
    if (!T->t->rows[r].section || r + 1 >= T->t->nrows) return h <= page ? h : 3 * T->p->line;
    double next = row_height(T, r + 1);
    return h + next <= page ? h + next : h + 3 * T->p->line;
}

static void draw_row(struct tab *T, size_t r, double header_h)
{
    struct pdf *p = T->p;
    PangoLayout **ls = xcalloc(T->t->ncols ? T->t->ncols : 1, sizeof *ls);
    size_t n = row_layouts(T, r, ls);
    int section = T->t->rows[r].section;
    double h = layouts_height(ls, n), page = p->bottom - p->top - header_h;
    double need = start_height(T, r, page);
    if (p->y + need > p->bottom && need <= page) next_page(T);
    double from = 0, text = h - 2 * RP_PAD;
    while (from < text - 0.01) {
        double room = p->bottom - p->y - 2 * RP_PAD;
        double cut = cut_at(ls, n, from, room);
        if (cut >= 1e9) { /* the rest fits */
            draw_slice(T, ls, n, section, from, 1e9, text - from + 2 * RP_PAD);
            break;
        }
        if (cut <= from) { /* not one more line fits here */
            next_page(T);
            if (cut_at(ls, n, from, p->bottom - p->y - 2 * RP_PAD) <= from) break; /* never */
            continue;
        }
        draw_slice(T, ls, n, section, from, cut, room + 2 * RP_PAD);
        from = cut;
        next_page(T);
    }
    for (size_t c = 0; c < n; c++)
        g_object_unref(ls[c]);
    free(ls);
}

int pdf_table(struct pdf *p, const struct rep_table *t)
{
    if (!t->ncols) return 0;
    struct tab T = {.p = p, .t = t};
    if (rp_cells(t, &T.cells, &T.heads)) {
        rp_cells_free(t, T.cells, T.heads);
        return -1;
    }
    T.x = xcalloc(t->ncols, sizeof *T.x);
    T.w = xcalloc(t->ncols, sizeof *T.w);
    T.total = p->right - p->left;
    rp_col_widths(&p->f, t, T.cells, T.heads, T.total, T.w);
    for (size_t c = 0; c < t->ncols; c++)
        T.x[c] = c ? T.x[c - 1] + T.w[c - 1] : p->left;
    double hh = header(&T, 0);
    /* The header and the first row (with a group heading row, the one after it too)
     * start on the same page. */
    double first = t->nrows ? start_height(&T, 0, p->bottom - p->top - hh) : 0;
    double lead = pdf_leads_height(p);
    if (p->y + lead + hh + first > p->bottom && p->y > p->top) pdf_new_page(p);
    if (p->nlead) { /* the headings held back for this table */
        pdf_draw_leads(p);
        p->y += p->line * 0.25;
    }
    p->y += header(&T, 1);
    for (size_t r = 0; r < t->nrows; r++)
        draw_row(&T, r, hh);
    free(T.x);
    free(T.w);
    rp_cells_free(t, T.cells, T.heads);
    return 0;
}
