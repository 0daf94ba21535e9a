/* The PDF writer: the document drawn with Pango (Thai shaping and line breaking) on Cairo
 * PDF pages -- A4, landscape when the document has wide tables; the margins of official
 * correspondence (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm); the document font at
 * 16 pt, embedded; page numbers centred at the top from page 2 ("-๒-"). No browser, so no
 * header or footer but the document's own. Every piece of text is sanitised first. */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_cell.h"
#include "report_docs.h"
#include "report_pdf.h"
#include "text/tt.h"
#include "xalloc.h"

#define A4_W (21.0 * RP_CM)
#define A4_H (29.7 * RP_CM)

static cairo_status_t write_out(void *closure, const unsigned char *data, unsigned int len)
{
    return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

double pdf_draw_lines(struct pdf *p, PangoLayout *l, double x, double y, double from, double to)
{
    double last = from;
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        int y0, y1;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        double top = (double)y0 / PANGO_SCALE, bot = (double)y1 / PANGO_SCALE;
        if (top < from || top >= to) continue;
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
        cairo_move_to(p->cr, x + (double)logical.x / PANGO_SCALE, y + base - from);
        pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
        last = bot;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return last;
}

void pdf_new_page(struct pdf *p)
{
    cairo_show_page(p->cr);
    p->page++;
    p->y = p->top;
    char num[32], *text;
    snprintf(num, sizeof num, "-%d-", p->page);
    text = p->d->thai_digits ? tt_digits_to_thai(num) : xstrdup(num);
    PangoLayout *l = rp_layout(&p->f, text, 0, p->right - p->left);
    pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    pdf_draw_lines(p, l, p->left, p->top - 1.5 * p->line, 0, 1e9);
    g_object_unref(l);
    free(text);
}

/* Where a paragraph that does not fit in `room` is cut: below the last line that fits,
 * with two lines at least on either side of the cut (a lone line neither ends nor starts a
 * page); 0 when it is better moved whole. */
static double split_at(PangoLayout *l, double room)
{
    int n = pango_layout_get_line_count(l), fit = 0, i = 0;
    double cut = 0, *top = xcalloc((size_t)n + 1, sizeof *top);
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        int y0, y1;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        top[i++] = (double)y0 / PANGO_SCALE;
        if ((double)y1 / PANGO_SCALE <= room) fit = i;
    } while (i < n && pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    if (fit > n - 2) fit = n - 2;
    if (fit >= 2) cut = top[fit];
    free(top);
    return cut;
}

/* Draws a layout from p->y on, line by line, going to a new page where a line does not
 * fit: a paragraph fills the page and goes on over the next (split_at), unless it must
 * be kept whole -- keep > 0: the room (points) that must follow it on the same page (a
 * heading keeps with what comes next). */
static void flow(struct pdf *p, PangoLayout *l, double x, double keep)
{
    double h = rp_height(l), off = 0;
    if (p->y + h + keep > p->bottom && p->y > p->top) {
        double cut = keep > 0 ? 0 : split_at(l, p->bottom - p->y);
        if (cut > 0) pdf_draw_lines(p, l, x, p->y, 0, cut);
        off = cut;
        if (cut > 0 || h + keep <= p->bottom - p->top) pdf_new_page(p);
    }
    while (off < h) {
        /* The lines whose top lies above the page's end, less one line for safety. */
        double room = p->bottom - p->y;
        double end = pdf_draw_lines(p, l, x, p->y, off, off + room - p->line + 0.01);
        if (end <= off) { /* not one line fitted */
            pdf_new_page(p);
            end = pdf_draw_lines(p, l, x, p->y, off, off + p->line);
            if (end <= off) break;
        }
        p->y += end - off;
        off = end;
        if (off < h - 0.01) pdf_new_page(p);
    }
}

/* Text sanitised, or "" */
static char *clean(const char *s)
{
    char *c = tt_sanitize(s ? s : "", TT_SAN_MULTILINE);
    return c ? c : xstrdup("");
}

/* "label text" with the label bold (at label_size points when > 0). */
static PangoLayout *labelled(struct pdf *p, const char *label, const char *text, double label_size,
                             double width)
{
    char *l = clean(label), *t = clean(text);
    char *all = *l ? xasprintf("%s %s", l, t) : xstrdup(t);
    PangoLayout *lay = rp_layout(&p->f, all, 0, width);
    if (*l) {
        PangoAttrList *attrs = pango_attr_list_new();
        PangoAttribute *a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
        a->start_index = 0;
        a->end_index = (guint)strlen(l);
        pango_attr_list_insert(attrs, a);
        if (label_size > 0) {
            a = pango_attr_size_new((int)(label_size * PANGO_SCALE));
            a->start_index = 0;
            a->end_index = (guint)strlen(l);
            pango_attr_list_insert(attrs, a);
        }
        pango_layout_set_attributes(lay, attrs);
        pango_attr_list_unref(attrs);
    }
    free(l);
    free(t);
    free(all);
    return lay;
}

static void put_title(struct pdf *p, const struct rep_block *b)
{
    char *t = clean(b->text);
    PangoLayout *l = rp_layout(&p->f, t, 1, p->right - p->left);
    if (b->level == 1) { /* the memo's heading */
        PangoFontDescription *big = pango_font_description_copy(p->f.bold);
        pango_font_description_set_size(big, (int)(RP_BIG_SIZE * PANGO_SCALE));
        pango_layout_set_font_description(l, big);
        pango_font_description_free(big);
    }
    pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    flow(p, l, p->left, 0);
    if (b->level == 1) p->y += p->line / 2;
    g_object_unref(l);
    free(t);
}

#define LEAD_GAP(p) ((p)->line * 0.3) /* above a held heading */

double pdf_leads_height(const struct pdf *p)
{
    double h = 0;
    for (int i = 0; i < p->nlead; i++)
        h += rp_height(p->lead[i]) + (i ? LEAD_GAP(p) : 0);
    return h;
}

void pdf_draw_leads(struct pdf *p)
{
    for (int i = 0; i < p->nlead; i++) {
        if (i) p->y += LEAD_GAP(p);
        pdf_draw_lines(p, p->lead[i], p->lead_x[i], p->y, 0, 1e9);
        p->y += rp_height(p->lead[i]);
        g_object_unref(p->lead[i]);
    }
    p->nlead = 0;
}

/* The held headings, with room for `keep` after them on the same page. */
static void flush_leads(struct pdf *p, double keep)
{
    if (!p->nlead) return;
    if (p->y + pdf_leads_height(p) + keep > p->bottom && p->y > p->top) pdf_new_page(p);
    pdf_draw_leads(p);
}

/* A heading never stays alone at the foot of a page: it is held back (with the headings
 * before it) until what follows is placed -- a table with its header and first row, other
 * text with two lines. */
static void put_heading(struct pdf *p, const struct rep_block *b, int hold)
{
    if (p->y > p->top && !p->nlead) p->y += b->level <= 1 ? p->line * 0.75 : LEAD_GAP(p);
    char *t = clean(b->text);
    double indent = b->level >= 3 ? 1.0 * RP_CM : 0;
    PangoLayout *l = rp_layout(&p->f, t, 1, p->right - p->left - indent);
    free(t);
    if (p->nlead < 4 && rp_height(l) < 4 * p->line) {
        p->lead[p->nlead] = l;
        p->lead_x[p->nlead++] = p->left + indent;
        if (!hold) flush_leads(p, 2 * p->line);
        return;
    }
    flush_leads(p, 3 * p->line);
    flow(p, l, p->left + indent, 3 * p->line);
    g_object_unref(l);
}

/* keep: the room that must follow the paragraph on its page (the signature after it). */
static void put_para(struct pdf *p, const struct rep_block *b, double keep)
{
    PangoLayout *l = labelled(p, b->label, b->text, 0, p->right - p->left);
    /* A body paragraph: indented, a little apart. Not justified: Thai has few spaces to
     * stretch, and wide gaps read worse than a ragged edge. */
    if (b->level == 1) {
        pango_layout_set_indent(l, (int)(2.5 * RP_CM * PANGO_SCALE));
        if (p->y > p->top) p->y += p->line * 0.25;
    }
    flow(p, l, p->left, keep);
    g_object_unref(l);
}

static void put_field(struct pdf *p, const struct rep_block *b)
{
    if (p->y > p->top) p->y += p->line * 0.2;
    double w = p->right - p->left, half = b->label2 ? w / 2 : w;
    PangoLayout *a = labelled(p, b->label, b->text, RP_LABEL_SIZE, half);
    PangoLayout *c = b->label2 ? labelled(p, b->label2, b->text2, RP_LABEL_SIZE, half) : NULL;
    double h = rp_height(a);
    if (c && rp_height(c) > h) h = rp_height(c);
    if (p->y + h > p->bottom) pdf_new_page(p);
    pdf_draw_lines(p, a, p->left, p->y, 0, 1e9);
    if (c) pdf_draw_lines(p, c, p->left + half, p->y, 0, 1e9);
    p->y += h;
    g_object_unref(a);
    if (c) g_object_unref(c);
}

/* The signature: the line to sign, (name), position, centred in the right half. */
static PangoLayout *signature_layout(struct pdf *p, const struct rep_block *b, double *x)
{
    char name[512];
    struct rep_sign_lines sl;
    rep_sign_lines(b, name, sizeof name, &sl);
    char *text = xasprintf("%s\n%s\n%s", sl.sign, sl.name, sl.position);
    char *t = clean(text);
    *x = p->left + (p->right - p->left) * 0.4;
    PangoLayout *l = rp_layout(&p->f, t, 0, p->right - *x);
    pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    free(t);
    free(text);
    return l;
}

#define SIGN_GAP(p) (1.5 * (p)->line) /* above the signature */

/* The room the signature takes, its gap included. */
static double signature_height(struct pdf *p, const struct rep_block *b)
{
    double x;
    PangoLayout *l = signature_layout(p, b, &x);
    double h = SIGN_GAP(p) + rp_height(l);
    g_object_unref(l);
    return h;
}

/* Kept on one page, and never alone on it: the paragraph before keeps it company
 * (put_blocks). */
static void put_signature(struct pdf *p, const struct rep_block *b)
{
    double x;
    PangoLayout *l = signature_layout(p, b, &x);
    double h = rp_height(l);
    p->y += SIGN_GAP(p);
    if (p->y + h > p->bottom) pdf_new_page(p);
    pdf_draw_lines(p, l, x, p->y, 0, 1e9);
    p->y += h;
    g_object_unref(l);
}

static int put_blocks(struct pdf *p)
{
    int rc = 0;
    for (size_t i = 0; i < p->d->n && !rc; i++) {
        const struct rep_block *b = &p->d->v[i];
        if (b->new_page && p->y > p->top) pdf_new_page(p); /* the next agency's report */
        switch (b->kind) {
        case REP_TITLE:
            put_title(p, b);
            break;
        case REP_HEADING: {
            enum rep_block_kind next = i + 1 < p->d->n ? p->d->v[i + 1].kind : REP_PARA;
            put_heading(p, b, next == REP_TABLE || next == REP_HEADING);
            break;
        }
        case REP_PARA: {
            const struct rep_block *next = i + 1 < p->d->n ? &p->d->v[i + 1] : NULL;
            int sign = next && next->kind == REP_SIGNATURE && !next->new_page;
            put_para(p, b, sign ? signature_height(p, next) : 0);
            break;
        }
        case REP_TABLE:
            p->y += p->line * 0.25;
            rc = b->table ? pdf_table(p, b->table) : 0;
            flush_leads(p, 0); /* an empty table: the headings go where they are */
            p->y += p->line * 0.25;
            break;
        case REP_SIGNATURE:
            put_signature(p, b);
            break;
        case REP_FIELD:
            put_field(p, b);
            break;
        }
    }
    return rc;
}

int report_docs_pdf(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    struct pdf p = {.d = d, .page = 1};
    p.pw = d->landscape ? A4_H : A4_W;
    p.ph = d->landscape ? A4_W : A4_H;
    p.left = 3.0 * RP_CM;
    p.right = p.pw - 2.0 * RP_CM;
    p.top = 2.5 * RP_CM;
    p.bottom = p.ph - 2.0 * RP_CM;
    p.y = p.top;
    if (rp_fonts_init(&p.f)) return -1;
    PangoLayout *probe = rp_layout(&p.f, "ก", 0, -1);
    p.line = rp_height(probe);
    g_object_unref(probe);
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(write_out, out, p.pw, p.ph);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, d->title ? d->title : "itadesk");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "itadesk");
    p.cr = cairo_create(s);
    cairo_set_source_rgb(p.cr, 0, 0, 0);
    pango_cairo_update_context(p.cr, p.f.ctx);
    int rc = put_blocks(&p);
    flush_leads(&p, 0);
    cairo_destroy(p.cr);
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) rc = -1;
    cairo_surface_destroy(s);
    rp_fonts_free(&p.f);
    return rc;
}
