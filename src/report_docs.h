/* The PDF and Word writers live in a module, libitadesk_docs.so (report_pdf*.c,
 * report_docx*.c, report_pango.c with Pango, Cairo, fontconfig and libzip), loaded by
 * report_docs_load.c the first time a document is written: linked into the program, those
 * libraries cost every process -- a CSV report, the screens -- about 4 ms of start-up. */
#ifndef ITADESK_REPORT_DOCS_H
#define ITADESK_REPORT_DOCS_H

#include <stdio.h>

#include "report.h"

/* The module's entry points (report_render_pdf and report_render_docx call them). */
int report_docs_pdf(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);
int report_docs_docx(const struct rep_doc *d, const struct report_render_opts *o, FILE *out);
void report_docs_fonts_release(void); /* report_fonts_release, when the module was loaded */

/* Where the module was looked for when it could not be loaded ("" when it was), for the
 * error message. */
const char *report_docs_missing(void);

#endif
