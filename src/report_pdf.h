/* Internal to the PDF writer (report_pdf.c: pages and blocks; report_pdf_table.c:
 * tables): the page being filled. Lengths are points, y grows down the page. */
#ifndef ITADESK_REPORT_PDF_H
#define ITADESK_REPORT_PDF_H

#include <cairo.h>

#include "report.h"
#include "report_pango.h"

struct pdf {
    cairo_t *cr;
    struct rp_fonts f;
    const struct rep_doc *d;
    double pw, ph;        /* page size */
    double left, right;   /* x of the text area's edges */
    double top, bottom;   /* y of the text area's edges */
    double y;             /* where the next line goes */
    double line;          /* height of a line of body text */
    int page;             /* 1-based */
    PangoLayout *lead[4]; /* headings held back to start on the page of what follows */
    double lead_x[4];
    int nlead;
};

/* Height of the headings held back. */
double pdf_leads_height(const struct pdf *p);
/* Draws them at p->y (the caller has made the room). */
void pdf_draw_leads(struct pdf *p);

/* Ends the page and starts the next, with its number at the top ("-๒-"). */
void pdf_new_page(struct pdf *p);

/* Draws the lines of l whose top (relative to the layout) lies in [from, to), at x and
 * with the layout's y = from placed at y. Returns the bottom of the last line drawn,
 * relative to the layout (from when none). */
double pdf_draw_lines(struct pdf *p, PangoLayout *l, double x, double y, double from, double to);

/* A table: header rows repeated on every page, a row moved whole to the next page unless
 * it is taller than a page, then cut between lines. -1 when out of memory. */
int pdf_table(struct pdf *p, const struct rep_table *t);

#endif
