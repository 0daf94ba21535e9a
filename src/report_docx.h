/* Internal to the Word writer (report_docx.c: the package; report_docx_body.c: the
 * document part). */
#ifndef ITADESK_REPORT_DOCX_H
#define ITADESK_REPORT_DOCX_H

#include <stdio.h>

#include "report.h"

#define DOCX_W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DOCX_R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* Text for XML content or attributes: sanitised, escaped. */
void docx_esc(FILE *out, const char *text);

/* word/document.xml of d. -1 when out of memory. */
int docx_document(FILE *out, const struct rep_doc *d);

#endif
