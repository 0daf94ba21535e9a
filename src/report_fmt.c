/* Numbers and dates in reports (Thai digits on request), the render dispatcher and the
 * output encoding. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "score.h"
#include "text/tt.h"
#include "textfile.h"
#include "xalloc.h"

char *rep_num(const struct rep_doc *d, char *out, size_t n, const char *fmt, ...)
{
    if (!n) return out;
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *thai = d->thai_digits ? tt_digits_to_thai(buf) : NULL;
    snprintf(out, n, "%s", thai ? thai : buf);
    free(thai);
    return out;
}

char *rep_score(const struct rep_doc *d, char *out, size_t n, int set, double v)
{
    if (!set) return rep_num(d, out, n, "-");
    return rep_num(d, out, n, "%.2f", score_round2(v));
}

char *rep_date(const struct rep_doc *d, char *out, size_t n, const char *iso)
{
    tt_date date;
    if (n) out[0] = '\0';
    if (!iso || !*iso || tt_date_parse(iso, &date) != TT_DATE_OK) return out;
    char *s = tt_date_format(date, TT_DATE_LONG | (d->thai_digits ? TT_DATE_THAI_DIGITS : 0));
    if (s) snprintf(out, n, "%s", s);
    free(s);
    return out;
}

char *rep_typed_date(const struct rep_doc *d, const char *text)
{
    return d->thai_digits ? tt_digits_to_thai(text) : xstrdup(text ? text : "");
}

int report_render(const struct rep_doc *d, const struct report_render_opts *o, char **out,
                  size_t *len)
{
    *out = NULL;
    *len = 0;
    FILE *f = open_memstream(out, len);
    if (!f) return -1;
    __fsetlocking(f, FSETLOCKING_BYCALLER); /* private to this call: no lock per byte */
#define RENDERER(id, name, ext, binary, fn) fn,
    static int (*const renderers[REPORT_FORMAT_COUNT])(const struct rep_doc *,
                                                       const struct report_render_opts *,
                                                       FILE *) = {REPORT_FORMATS(RENDERER)};
#undef RENDERER
    int rc =
        renderers[(unsigned)o->format < REPORT_FORMAT_COUNT ? o->format : REPORT_TEXT](d, o, f);
    if (ferror(f)) rc = -1;
    if (fclose(f) || rc) {
        free(*out);
        *out = NULL;
        *len = 0;
        return -1;
    }
    return 0;
}

/* "line 3, column 17: the character “😀” (U+1F600) cannot be written in CP874". */
static void bad_char(const char *buf, size_t len, size_t off, const char *charset, char *err,
                     size_t errsz)
{
    long line = textfile_line_of(buf, off);
    size_t start = off;
    while (start > 0 && buf[start - 1] != '\n')
        start--;
    int col = tt_width_cols_n(buf + start, off - start) + 1;
    uint32_t cp = 0xFFFD;
    size_t n = tt_utf8_decode(buf + off, len - off, &cp);
    char ch[8] = "";
    if (n && n < sizeof ch && cp >= 0x20) {
        memcpy(ch, buf + off, n);
        ch[n] = '\0';
    }
    snprintf(err, errsz,
             _("line %ld, column %d: the character \"%s\" (U+%04X) cannot be written in %s"), line,
             col, ch, (unsigned)cp, charset);
}

int report_encode(char **buf, size_t *len, const char *charset, char *err, size_t errsz)
{
    const char *name = tt_charset_name(charset ? charset : "utf-8");
    if (!name) {
        snprintf(err, errsz, _("unknown encoding '%s' (use utf-8 or cp874)"), charset);
        return -1;
    }
    if (strcmp(name, "UTF-8") == 0) return 0;
    char *conv;
    size_t clen, bad;
    if (tt_convert("UTF-8", name, *buf, *len, &conv, &clen, &bad) == 0) {
        free(*buf);
        *buf = conv;
        *len = clen;
        return 0;
    }
    if (errno == EILSEQ)
        bad_char(*buf, *len, bad, name, err, errsz);
    else
        snprintf(err, errsz, "%s: %s", name, strerror(errno));
    return -1;
}
