/* Text for HTML and Office Open XML: sanitised, then escaped for markup. */
#ifndef ITADESK_REPORT_XML_H
#define ITADESK_REPORT_XML_H

#include <stdio.h>

/* Writes text sanitised (control characters and escape sequences made visible) and with
 * & < > " ' escaped; each '\n' becomes `newline`, or stays '\n' when newline is NULL. */
void report_xml_esc(FILE *out, const char *text, const char *newline);

#endif
