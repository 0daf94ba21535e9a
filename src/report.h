/* Reports: one small document model shared by the screens and the command line. A report
 * is built (report_build, from plain structs the callers load through db/) into a rep_doc
 * of blocks -- title lines, headings, paragraphs, tables with a header row, checkbox
 * cells, a signature -- and then rendered to plain text, HTML or CSV. No curses, no SQL. */
#ifndef ITADESK_REPORT_H
#define ITADESK_REPORT_H

#include <stddef.h>
#include <stdio.h>
#include <thai/thbrk.h>

#include "ita.h"
#include "text/tt_fit.h"

/* The reports, one row each: X(id, name, document). A document (the yearly papers an
 * agency publishes and signs) prints Thai digits unless asked not to. */
#define REPORT_KINDS(X)                                                                            \
    X(SUMMARY, "summary", 0)       /* the dashboard's content */                                   \
    X(INDICATORS, "indicators", 0) /* ten indicators, tool means, total, level */                  \
    X(OIT, "oit", 0)               /* the checklist table as agencies publish it (seed 001) */     \
    X(ANALYSIS, "analysis", 1)     /* analysis and measures (seeds 000/002): YEAR = assessed */    \
    X(PROGRESS, "progress", 1)     /* follow-up of the measures (seed 001): YEAR = plan year */    \
    X(MEMO, "memo", 1)             /* covering memo forwarding analysis or progress */

#define REPORT_KIND_ENUM(id, name, doc) REPORT_##id,
enum report_kind { REPORT_KINDS(REPORT_KIND_ENUM) REPORT_KIND_COUNT };
#undef REPORT_KIND_ENUM

/* The output formats, one row each: X(id, name, file extension, binary, renderer). A
 * binary format is always UTF-8 inside and is never re-encoded. */
#define REPORT_FORMATS(X)                                                                          \
    X(TEXT, "text", "txt", 0, report_render_text)                                                  \
    X(HTML, "html", "html", 0, report_render_html)                                                 \
    X(CSV, "csv", "csv", 0, report_render_csv)                                                     \
    X(PDF, "pdf", "pdf", 1, report_render_pdf)                                                     \
    X(DOCX, "docx", "docx", 1, report_render_docx)

#define REPORT_FORMAT_ENUM(id, name, ext, binary, fn) REPORT_##id,
enum report_format { REPORT_FORMATS(REPORT_FORMAT_ENUM) REPORT_FORMAT_COUNT };
#undef REPORT_FORMAT_ENUM

/* "summary" ... "memo"; report_kind_parse returns -1 for an unknown name. */
const char *report_kind_name(enum report_kind k);
/* A framework catalog's status (complete, partial, provisional) in the UI language. */
const char *report_status_text(const char *status);
int report_kind_parse(const char *name);
/* 1 for the documents agencies publish (analysis, progress, memo): Thai digits by default. */
int report_kind_is_document(enum report_kind k);
/* "text", "html", "csv", "pdf", "docx"; the file name extension ("txt", ...). */
const char *report_format_name(enum report_format f);
const char *report_format_ext(enum report_format f);
int report_format_parse(const char *name);
/* 1 for PDF and DOCX: bytes, not text (no charset, no preview of their own). */
int report_format_is_binary(enum report_format f);

/* ---- The document model ------------------------------------------------------------ */

#define REP_NO_CHECK (-1)

/* A table cell: text (may hold '\n'), or with check >= 0 (an enum ita_state) the pair of
 * boxes agencies print -- "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ" with one ticked -- before it. */
struct rep_cell {
    char *text;
    int check;
    int single; /* with check: one box and the state's label ("☑ ดำเนินการ") */
};

/* A tick in a cell ("✓"); "x" where only ASCII-compatible charsets are written. */
#define REP_TICK "\u2713"

struct rep_col {
    char *title;
    enum tt_align align;
    int max_cols; /* text rendering: a cap on the column's width (0 = none) */
    char *group;  /* a heading over this and the next columns with the same group, or NULL */
};

struct rep_row {
    int section; /* 1: one cell spanning the whole table (a group heading) */
    struct rep_cell *cells;
};

struct rep_table {
    size_t ncols;
    struct rep_col *cols;
    struct rep_row *rows;
    size_t nrows, cap;
};

enum rep_block_kind {
    REP_TITLE,     /* a centred line of the title block */
    REP_HEADING,   /* level 1 (part) or 2 (issue, group) */
    REP_PARA,      /* an optional bold label, then text */
    REP_TABLE,     /* a table with one header row */
    REP_SIGNATURE, /* signature line, (name), position lines */
    REP_FIELD,     /* a memo line: bold label, value (label2/text2: a second pair on it) */
};

struct rep_block {
    enum rep_block_kind kind;
    int new_page; /* starts the next agency's report in a document of several */
    int level; /* heading: 1-3; title: 1 = the memo's large heading; para: 1 = body (indented) */
    char *label;
    char *text;
    char *label2, *text2; /* REP_FIELD only */
    struct rep_table *table;
};

struct rep_doc {
    char *title; /* the document's name (HTML <title>, file metadata) */
    int thai_digits;
    int landscape; /* wide tables: print on landscape A4 */
    struct rep_block *v;
    size_t n, cap;
    int oom; /* set when an allocation failed: the document is incomplete */
};

void rep_doc_init(struct rep_doc *d, int thai_digits);
void rep_doc_free(struct rep_doc *d);

/* Blocks; text is copied (NULL counts as ""). */
void rep_set_title(struct rep_doc *d, const char *title);
void rep_title(struct rep_doc *d, const char *text);
void rep_heading(struct rep_doc *d, int level, const char *text);
void rep_para(struct rep_doc *d, const char *label, const char *text);
void rep_signature(struct rep_doc *d, const char *name, const char *position);
/* The memo's large heading ("บันทึกข้อความ"). */
void rep_title_big(struct rep_doc *d, const char *text);
/* A body paragraph: its first line indented in PDF and Word, as official letters are. */
void rep_body(struct rep_doc *d, const char *text);
/* A memo line "label value", with an optional second pair on the same line (label2 NULL:
 * none). */
void rep_field(struct rep_doc *d, const char *label, const char *text, const char *label2,
               const char *text2);

/* A new table of ncols columns at the end of the document (NULL when out of memory). */
struct rep_table *rep_table(struct rep_doc *d, size_t ncols);
void rep_col(struct rep_table *t, size_t col, const char *title, enum tt_align align, int max_cols);
/* Puts column col under a group heading shared with its neighbours of the same group
 * (PDF, Word and HTML print it over them; text and CSV as "group: title"). */
void rep_col_group(struct rep_table *t, size_t col, const char *group);
/* The heading of column c in one line of text: "group: title" or the title. Malloc'd. */
char *rep_col_heading(const struct rep_col *c);
/* Appends a row of empty cells; its index, or -1 when out of memory. */
long rep_row(struct rep_doc *d, struct rep_table *t);
void rep_section(struct rep_doc *d, struct rep_table *t, const char *text);
void rep_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col, const char *text);
void rep_cellf(struct rep_doc *d, struct rep_table *t, long row, size_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void rep_cell_check(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                    enum ita_state state, const char *text);

/* A checkbox cell with one box: ticked when state is ITA_DONE, then the state's label. */
void rep_cell_mark(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                   enum ita_state state, const char *text);

/* Number formatting for reports: printf into out, then ASCII digits become Thai digits
 * when the document asks for them. Use it for numbers and dates only, never for text a
 * person typed. Returns out. */
char *rep_num(const struct rep_doc *d, char *out, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A score with two decimals ("90.49", "๙๐.๔๙") or "-". */
char *rep_score(const struct rep_doc *d, char *out, size_t n, int set, double v);
/* An ISO (CE) date as "1 ตุลาคม 2567" (digits as the document asks), or "" when absent
 * or not a date. */
char *rep_date(const struct rep_doc *d, char *out, size_t n, const char *iso);
/* Typed text that is a date or period: Thai digits when the document asks for them,
 * otherwise as typed. Malloc'd (NULL when out of memory). */
char *rep_typed_date(const struct rep_doc *d, const char *text);

/* A malloc'd printf (NULL when out of memory), for text that holds what a person typed. */
char *rep_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The labels of the two boxes of a checkbox cell, and the in-progress line. */
const char *rep_check_label(enum ita_state state);

/* ---- Rendering --------------------------------------------------------------------- */

struct report_render_opts {
    enum report_format format;
    int width;       /* text: columns of a line (0 = REPORT_TEXT_WIDTH or _WIDE) */
    ThBrk *brk;      /* text: libthai word breaker (NULL = tt_brk_shared(), on first wrap) */
    int ascii_marks; /* text, CSV: [x] / [ ] instead of ☑ / ☐ (for CP874 output) */
    int bom;         /* CSV: a UTF-8 byte-order mark first, for Excel */
};

#define REPORT_TEXT_WIDTH 100 /* columns of a text report */
#define REPORT_TEXT_WIDE 132  /* ... of one with landscape tables (progress) */

/* Renders d into a malloc'd buffer (*out, *len bytes, NUL-terminated). 0, or -1 when out
 * of memory. Every piece of text is sanitised (tt_sanitize) first; HTML escapes it all. */
int report_render(const struct rep_doc *d, const struct report_render_opts *o, char **out,
                  size_t *len);

/* Frees the font caches the PDF and Word writers filled (Pango's font map, Cairo's and
 * fontconfig's), for a process about to end: leak checkers then see only real leaks. */
void report_fonts_release(void);

/* Converts a rendered UTF-8 buffer in place to charset ("utf-8", "cp874", ... as
 * tt_charset_name knows them). A character the charset lacks is an error naming where it
 * is -- "line 12, column 34: U+1F600 ..." -- and nothing is written; 0 or -1. */
int report_encode(char **buf, size_t *len, const char *charset, char *err, size_t errsz);

/* Per-format pieces of report_render (report_text.c, report_html.c, report_csv.c,
 * report_pdf.c, report_docx.c), named in REPORT_FORMATS. */
int report_render_text(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);
int report_render_html(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);
int report_render_csv(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);
int report_render_pdf(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);
int report_render_docx(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);

#endif
