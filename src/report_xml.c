#include "report_xml.h"

#include <stdlib.h>

#include "text/tt_sanitize.h"

static const char *entity(char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return NULL;
    }
}

void report_xml_esc(FILE *out, const char *text, const char *newline)
{
    char *s = tt_sanitize(text ? text : "", TT_SAN_MULTILINE);
    if (!s) return;
    for (const char *p = s; *p; p++) {
        const char *e = *p == '\n' && newline ? newline : entity(*p);
        if (e)
            fputs(e, out);
        else
            fputc(*p, out);
    }
    free(s);
}
