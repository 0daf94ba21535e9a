/* word/document.xml: the blocks as Word paragraphs and real Word tables -- header rows
 * marked to repeat on every page, rows kept whole, column widths from the content as in
 * the PDF but measured in the stand-in font (see table()) -- and the section: A4 (landscape for wide tables), the margins of official
 * correspondence, page numbers at the top from page 2 in Thai digits. */
#include <stdlib.h>
#include <string.h>

#include "report_cell.h"
#include "report_docx.h"
#include "report_pango.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

#define TWIPS_PER_CM 567
#define BOLD "<w:b/><w:bCs/>"

/* One run of text, '\n' as line breaks. rpr: run properties (may be ""). */
static void run(FILE *out, const char *rpr, const char *text)
{
    char *s = tt_sanitize(text ? text : "", TT_SAN_MULTILINE);
    if (!s) return;
    fprintf(out, "<w:r>%s%s%s<w:t xml:space=\"preserve\">", *rpr ? "<w:rPr>" : "", rpr,
            *rpr ? "</w:rPr>" : "");
    for (char *p = s, *nl; p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        docx_esc(out, p);
        if (nl) fputs("</w:t><w:br/><w:t xml:space=\"preserve\">", out);
    }
    fputs("</w:t></w:r>", out);
    free(s);
}

static void para(FILE *out, const char *ppr, const char *rpr, const char *text)
{
    fprintf(out, "<w:p>%s%s%s", *ppr ? "<w:pPr>" : "", ppr, *ppr ? "</w:pPr>" : "");
    run(out, rpr, text);
    fputs("</w:p>\n", out);
}

/* Each line of a cell's text as a paragraph of its own (Word edits them as lines). */
static void cell_paras(FILE *out, const char *ppr, const char *rpr, const char *text)
{
    char *s = xstrdup(text ? text : "");
    for (char *p = s, *nl; p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        para(out, ppr, rpr, p);
    }
    free(s);
}

static const char *jc(enum tt_align a)
{
    return a == TT_ALIGN_RIGHT    ? "<w:jc w:val=\"right\"/>"
           : a == TT_ALIGN_CENTER ? "<w:jc w:val=\"center\"/>"
                                  : "";
}

static int same_group(const struct rep_col *a, const struct rep_col *b)
{
    return a->group && b->group && strcmp(a->group, b->group) == 0;
}

static void tc_open(FILE *out, long w, size_t span, const char *vmerge, int shade)
{
    fprintf(out, "<w:tc><w:tcPr><w:tcW w:w=\"%ld\" w:type=\"dxa\"/>", w);
    if (span > 1) fprintf(out, "<w:gridSpan w:val=\"%zu\"/>", span);
    if (vmerge) fprintf(out, "<w:vMerge%s/>", vmerge);
    if (shade) fputs("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/>", out);
    fputs("<w:vAlign w:val=\"top\"/></w:tcPr>", out);
}

/* The header row(s): a grouped column's heading under its group's, the others merged
 * down both rows. */
static void head_rows(FILE *out, const struct rep_table *t, const long *tw)
{
    int grouped = 0;
    for (size_t c = 0; c < t->ncols; c++)
        grouped |= t->cols[c].group != NULL;
    const char *ppr = "<w:keepNext/><w:jc w:val=\"center\"/>";
    for (int r = 0; r < 1 + grouped; r++) {
        fputs("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>", out);
        for (size_t c = 0; c < t->ncols; c++) {
            const struct rep_col *col = &t->cols[c];
            if (r == 0 && col->group) {
                if (c && same_group(&t->cols[c - 1], col)) continue;
                size_t span = 1;
                long w = tw[c];
                while (c + span < t->ncols && same_group(&t->cols[c + span], col))
                    w += tw[c + span++];
                tc_open(out, w, span, NULL, 1);
                para(out, ppr, BOLD, col->group);
            } else {
                tc_open(out, tw[c], 1,
                        !grouped || col->group ? NULL
                        : r == 0               ? " w:val=\"restart\""
                                               : "",
                        1);
                para(out, ppr, BOLD, r == 0 || col->group ? col->title : "");
            }
            fputs("</w:tc>", out);
        }
        fputs("</w:tr>\n", out);
    }
}

static int table(FILE *out, const struct rep_table *t, double avail)
{
    if (!t->ncols) return 0;
    char **cells, **heads;
    struct rp_fonts f;
    /* Widths for the widest the text may be drawn: TH Sarabun New where it is installed,
     * else its stand-in at the same size (Laksaman, half as wide again) -- so that no Thai
     * word is cut in a narrow column in either. */
    if (rp_cells(t, &cells, &heads) || rp_fonts_init_family(&f, RP_FALLBACK_FAMILY)) {
        rp_cells_free(t, cells, heads);
        return -1;
    }
    double *w = xcalloc(t->ncols, sizeof *w);
    long *tw = xcalloc(t->ncols, sizeof *tw), total = 0;
    rp_col_widths(&f, t, cells, heads, avail, w);
    rp_fonts_free(&f);
    for (size_t c = 0; c < t->ncols; c++)
        total += tw[c] = (long)(w[c] * 20); /* points to twentieths of a point */
    fprintf(out,
            "<w:tbl><w:tblPr><w:tblW w:w=\"%ld\" w:type=\"dxa\"/><w:tblBorders>"
            "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
            "<w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
            "</w:tblCellMar></w:tblPr><w:tblGrid>",
            total);
    for (size_t c = 0; c < t->ncols; c++)
        fprintf(out, "<w:gridCol w:w=\"%ld\"/>", tw[c]);
    fputs("</w:tblGrid>\n", out);
    head_rows(out, t, tw);
    for (size_t r = 0; r < t->nrows; r++) {
        const struct rep_row *row = &t->rows[r];
        fputs("<w:tr><w:trPr><w:cantSplit/></w:trPr>", out);
        if (row->section) {
            tc_open(out, total, t->ncols, NULL, 1);
            cell_paras(out, "<w:keepNext/>", BOLD, cells[r * t->ncols]);
            fputs("</w:tc>", out);
        } else {
            for (size_t c = 0; c < t->ncols; c++) {
                tc_open(out, tw[c], 1, NULL, 0);
                cell_paras(out, jc(t->cols[c].align), "", cells[r * t->ncols + c]);
                fputs("</w:tc>", out);
            }
        }
        fputs("</w:tr>\n", out);
    }
    fputs("</w:tbl>\n<w:p/>\n", out); /* keeps two tables apart: Word would join them */
    free(w);
    free(tw);
    rp_cells_free(t, cells, heads);
    return 0;
}

static void heading(FILE *out, const struct rep_block *b)
{
    char ppr[128];
    snprintf(ppr, sizeof ppr, "<w:pStyle w:val=\"Heading%d\"/>",
             b->level < 1   ? 1
             : b->level > 3 ? 3
                            : b->level);
    para(out, ppr, "", b->text);
}

static void paragraph(FILE *out, const struct rep_block *b)
{
    const char *ppr = b->level == 1 ? "<w:spacing w:before=\"80\"/><w:ind "
                                      "w:firstLine=\"1418\"/><w:jc w:val=\"thaiDistribute\"/>"
                                    : "";
    fprintf(out, "<w:p>%s%s%s", *ppr ? "<w:pPr>" : "", ppr, *ppr ? "</w:pPr>" : "");
    if (b->label) {
        run(out, BOLD, b->label);
        run(out, "", " ");
    }
    run(out, "", b->text);
    fputs("</w:p>\n", out);
}

/* A memo line: the label in 20 pt bold, the value; a second pair at the middle tab. */
static void field(FILE *out, const struct rep_block *b, long half)
{
    const char *big = BOLD "<w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>";
    fprintf(out, "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"%ld\"/></w:tabs></w:pPr>",
            half);
    run(out, big, b->label);
    run(out, "", " ");
    run(out, "", b->text);
    if (b->label2) {
        fputs("<w:r><w:tab/></w:r>", out);
        run(out, big, b->label2);
        run(out, "", " ");
        run(out, "", b->text2);
    }
    fputs("</w:p>\n", out);
}

static void signature(FILE *out, const struct rep_block *b, long left)
{
    char name[512], ppr[160];
    struct rep_sign_lines sl;
    rep_sign_lines(b, name, sizeof name, &sl);
    para(out, "", "", "");
    snprintf(ppr, sizeof ppr, "<w:keepNext/><w:ind w:left=\"%ld\"/><w:jc w:val=\"center\"/>", left);
    para(out, ppr, "", sl.sign);
    para(out, ppr, "", sl.name);
    snprintf(ppr, sizeof ppr, "<w:ind w:left=\"%ld\"/><w:jc w:val=\"center\"/>", left);
    cell_paras(out, ppr, "", sl.position);
}

static void section(FILE *out, const struct rep_doc *d)
{
    fputs("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>", out);
    if (d->landscape)
        fputs("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>", out);
    else
        fputs("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", out);
    fputs("<w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\""
          " w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>",
          out);
    if (d->thai_digits) fputs("<w:pgNumType w:fmt=\"thaiNumbers\"/>", out);
    fputs("<w:titlePg/></w:sectPr>", out);
}

int docx_document(FILE *out, const struct rep_doc *d)
{
    long width = d->landscape ? 16838 - 1701 - 1134 : 11906 - 1701 - 1134; /* twips */
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<w:document xmlns:w=\"" DOCX_W_NS "\" xmlns:r=\"" DOCX_R_NS "\"><w:body>\n",
          out);
    int rc = 0;
    for (size_t i = 0; i < d->n && !rc; i++) {
        const struct rep_block *b = &d->v[i];
        if (b->new_page) /* the next agency's report starts a page */
            fputs("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n", out);
        switch (b->kind) {
        case REP_TITLE:
            para(out, "<w:pStyle w:val=\"Title\"/>",
                 b->level == 1 ? "<w:sz w:val=\"58\"/><w:szCs w:val=\"58\"/>" : "", b->text);
            break;
        case REP_HEADING:
            heading(out, b);
            break;
        case REP_PARA:
            paragraph(out, b);
            break;
        case REP_TABLE:
            rc = b->table ? table(out, b->table, (double)width / 20) : 0;
            break;
        case REP_SIGNATURE:
            signature(out, b, width * 2 / 5);
            break;
        case REP_FIELD:
            field(out, b, width / 2);
            break;
        }
    }
    section(out, d);
    fputs("</w:body></w:document>\n", out);
    return rc;
}
