/* Measuring document text with Pango, shared by the PDF and the Word writers: the
 * document font (TH Sarabun New, else its metric clone Laksaman) at 16 pt, and table
 * column widths from the content, so that a word is cut inside only when it alone is
 * wider than its column. Lengths are PostScript points. */
#ifndef ITADESK_REPORT_PANGO_H
#define ITADESK_REPORT_PANGO_H

#include <pango/pango.h>

#include "report.h"

#define RP_FAMILY "TH Sarabun New,Laksaman"
/* What a Word file's reader without TH Sarabun New sees: Laksaman at the nominal size,
 * half as wide again as TH Sarabun New (fontconfig's tlwg rule draws "TH Sarabun New"
 * with Laksaman scaled to 0.66; Word and LibreOffice do not). */
#define RP_FALLBACK_FAMILY "Laksaman"
#define RP_SIZE 16.0       /* body text, points */
#define RP_BIG_SIZE 29.0   /* the memo's heading */
#define RP_LABEL_SIZE 20.0 /* the memo's field labels */
#define RP_CM (72.0 / 2.54)
#define RP_PAD 4.0                     /* cell padding */
#define RP_SHORT_HEADING (3.2 * RP_CM) /* a column heading this wide is never wrapped */

struct rp_fonts {
    PangoContext *ctx;
    PangoFontDescription *regular, *bold;
};

/* A context at 72 dpi without hinting (so sizes are points and the PDF matches the
 * measurements). 0, or -1 when Pango has no font map. */
int rp_fonts_init(struct rp_fonts *f);
/* The same in another family (a Pango family list). */
int rp_fonts_init_family(struct rp_fonts *f, const char *family);
void rp_fonts_free(struct rp_fonts *f);

/* A layout of text (UTF-8, already sanitised) in the body font, bold or not, wrapped at
 * width points (< 0: not wrapped) at word boundaries, a word wider than the width cut. */
PangoLayout *rp_layout(const struct rp_fonts *f, const char *text, int bold, double width);

/* Height of a layout in points. */
double rp_height(PangoLayout *l);

/* The text of every cell of t as printed (checkbox cells composed), sanitised: row-major,
 * t->nrows * t->ncols strings; the column headings in heads (t->ncols). Free with
 * rp_cells_free. -1 when out of memory. */
int rp_cells(const struct rep_table *t, char ***cells, char ***heads);
void rp_cells_free(const struct rep_table *t, char **cells, char **heads);

/* Column widths (w[t->ncols], points, padding included) that fill avail: each column
 * at least as wide as its widest word (and its heading's), the rest shared in
 * proportion to what the columns' text would take unwrapped. */
void rp_col_widths(const struct rp_fonts *f, const struct rep_table *t, char **cells, char **heads,
                   double avail, double *w);

#endif
