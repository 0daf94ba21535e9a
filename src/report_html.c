/* HTML rendering: one self-contained HTML5 file (no scripts, no external resources), laid
 * out for A4 with a print stylesheet, Thai document fonts at document size, table headers
 * repeated on every printed page. Every piece of text is sanitised and escaped. */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "report_xml.h"
#include "report_cell.h"
#include "text/tt.h"

static const char style[] =
    "@page { size: A4 %s; margin: 20mm 15mm 20mm 25mm; }\n"
    "html { font-family: \"TH Sarabun New\", \"TH SarabunPSK\", \"Laksaman\", \"Sarabun\", serif;\n"
    "       font-size: 16pt; line-height: 1.25; color: #000; background: #fff; }\n"
    "body { margin: 0; }\n"
    "@media screen { body { max-width: %s; margin: 1em auto; padding: 0 1em; } }\n"
    "h1 { font-size: 18pt; text-align: center; margin: 0 0 .2em; }\n"
    "p.title { font-weight: bold; text-align: center; margin: 0 0 .2em; }\n"
    "h2, h3 { font-size: 16pt; margin: 1em 0 .3em; break-after: avoid; "
    "page-break-after: avoid; }\n"
    "p { margin: .2em 0; }\n"
    "p.indent { margin-left: 2em; }\n"
    "table { border-collapse: collapse; width: 100%%; margin: .4em 0 .8em; }\n"
    "table.sized { table-layout: fixed; }\n"
    "thead { display: table-header-group; }\n"
    "tr { break-inside: avoid; page-break-inside: avoid; }\n"
    "tr.section { break-after: avoid; page-break-after: avoid; }\n"
    "th, td { border: 1px solid #000; padding: 1pt 4pt; vertical-align: top; text-align: left; "
    "overflow-wrap: break-word; }\n"
    "th { text-align: center; vertical-align: middle; }\n"
    "td.r { text-align: right; white-space: nowrap; }\n"
    "td.c { text-align: center; }\n"
    "tr.section td { font-weight: bold; background: #eee; }\n"
    ".signature { margin: 2em 0 0 45%%; text-align: center; break-inside: avoid; "
    "page-break-inside: avoid; }\n"
    ".signature p { margin: .4em 0; }\n";

/* Sanitised and escaped; '\n' becomes <br>. */
static void esc(FILE *out, const char *text)
{
    report_xml_esc(out, text, "<br>");
}

static void tagged(FILE *out, const char *open, const char *text, const char *close)
{
    fputs(open, out);
    esc(out, text);
    fputs(close, out);
}

static const char *align_class(enum tt_align a)
{
    return a == TT_ALIGN_RIGHT ? " class=\"r\"" : a == TT_ALIGN_CENTER ? " class=\"c\"" : "";
}

/* Relative column widths from the columns' text caps (a capped column is narrow), so a
 * long measure or component text gets the room; none when no column is capped. */
static int has_caps(const struct rep_table *t)
{
    for (size_t c = 0; c < t->ncols; c++)
        if (t->cols[c].max_cols > 0) return 1;
    return 0;
}

static void put_colgroup(FILE *out, const struct rep_table *t)
{
    int sum = 0, capped = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        capped |= t->cols[c].max_cols > 0;
        sum += t->cols[c].max_cols > 0 ? t->cols[c].max_cols : 40;
    }
    if (!capped) return;
    fputs("<colgroup>", out);
    for (size_t c = 0; c < t->ncols; c++) {
        int w = t->cols[c].max_cols > 0 ? t->cols[c].max_cols : 40;
        fprintf(out, "<col style=\"width: %d%%\">", 100 * w / sum);
    }
    fputs("</colgroup>\n", out);
}

static int same_group(const struct rep_col *a, const struct rep_col *b)
{
    return a->group && b->group && strcmp(a->group, b->group) == 0;
}

/* The header: one row, or two when columns are grouped (the group over its columns,
 * the other headings spanning both rows). */
static void put_head(FILE *out, const struct rep_table *t)
{
    int grouped = 0;
    for (size_t c = 0; c < t->ncols; c++)
        grouped |= t->cols[c].group != NULL;
    fputs("<thead><tr>", out);
    for (size_t c = 0; c < t->ncols; c++) {
        const struct rep_col *col = &t->cols[c];
        if (!grouped) {
            tagged(out, "<th>", col->title, "</th>");
        } else if (!col->group) {
            tagged(out, "<th rowspan=\"2\">", col->title, "</th>");
        } else if (!c || !same_group(&t->cols[c - 1], col)) {
            size_t span = 1;
            while (c + span < t->ncols && same_group(&t->cols[c + span], col))
                span++;
            fprintf(out, "<th colspan=\"%zu\">", span);
            esc(out, col->group);
            fputs("</th>", out);
        }
    }
    fputs("</tr>", out);
    if (grouped) {
        fputs("\n<tr>", out);
        for (size_t c = 0; c < t->ncols; c++)
            if (t->cols[c].group) tagged(out, "<th>", t->cols[c].title, "</th>");
        fputs("</tr>", out);
    }
    fputs("</thead>\n", out);
}

static int put_table(FILE *out, const struct rep_table *t)
{
    if (!t || !t->ncols) return 0;
    /* With column widths, a fixed layout keeps them: the automatic one let short headers
     * squeeze the measure column in Chromium's print. */
    fputs(has_caps(t) ? "<table class=\"sized\">\n" : "<table>\n", out);
    put_colgroup(out, t);
    put_head(out, t);
    fputs("<tbody>\n", out);
    for (size_t r = 0; r < t->nrows; r++) {
        const struct rep_row *row = &t->rows[r];
        if (row->section) {
            fprintf(out, "<tr class=\"section\"><td colspan=\"%zu\">", t->ncols);
            esc(out, row->cells[0].text);
            fputs("</td></tr>\n", out);
            continue;
        }
        fputs("<tr>", out);
        for (size_t c = 0; c < t->ncols; c++) {
            char *s = rep_cell_compose(&row->cells[c], 0);
            if (!s) return -1;
            fprintf(out, "<td%s>", align_class(t->cols[c].align));
            esc(out, s);
            fputs("</td>", out);
            free(s);
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody>\n</table>\n", out);
    return 0;
}

static void put_para(FILE *out, const struct rep_block *b)
{
    fputs("<p>", out);
    if (b->label) tagged(out, "<b>", b->label, "</b> ");
    esc(out, b->text);
    fputs("</p>\n", out);
}

static void put_signature(FILE *out, const struct rep_block *b)
{
    char name[512];
    struct rep_sign_lines sl;
    rep_sign_lines(b, name, sizeof name, &sl);
    fputs("<div class=\"signature\">\n", out);
    tagged(out, "<p>", sl.sign, "</p>\n");
    tagged(out, "<p>", sl.name, "</p>\n");
    tagged(out, "<p>", sl.position, "</p>\n");
    fputs("</div>\n", out);
}

int report_render_html(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    fputs("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"itadesk\">\n",
          out);
    tagged(out, "<title>", d->title ? d->title : "itadesk", "</title>\n");
    fputs("<style>\n", out);
    fprintf(out, style, d->landscape ? "landscape" : "portrait", d->landscape ? "267mm" : "170mm");
    fputs("</style>\n</head>\n<body>\n", out);
    int rc = 0, titles = 0;
    for (size_t i = 0; i < d->n && !rc; i++) {
        const struct rep_block *b = &d->v[i];
        if (b->new_page) {
            /* inline: the style sheet of a one-agency report stays as it was */
            fputs("<hr class=\"next\" style=\"break-after: page; page-break-after: always;"
                  " border: 0; margin: 0\">\n",
                  out);
            titles = 0; /* the next agency's title is a heading of its own */
        }
        switch (b->kind) {
        case REP_TITLE: {
            int first = titles++ == 0;
            tagged(out, first ? "<h1>" : "<p class=\"title\">", b->text,
                   first ? "</h1>\n" : "</p>\n");
            break;
        }
        case REP_HEADING:
            tagged(out, b->level <= 1 ? "<h2>" : "<h3>", b->text,
                   b->level <= 1 ? "</h2>\n" : "</h3>\n");
            break;
        case REP_PARA:
            put_para(out, b);
            break;
        case REP_TABLE:
            rc = put_table(out, b->table);
            break;
        case REP_SIGNATURE:
            put_signature(out, b);
            break;
        case REP_FIELD:
            fputs("<p>", out);
            tagged(out, "<b>", b->label, "</b> ");
            esc(out, b->text);
            if (b->label2) {
                tagged(out, " &emsp; <b>", b->label2, "</b> ");
                esc(out, b->text2);
            }
            fputs("</p>\n", out);
            break;
        }
    }
    fputs("</body>\n</html>\n", out);
    return rc;
}
