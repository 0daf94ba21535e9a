#include "textfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "i18n.h"
#include "text/tt.h"

long textfile_line_of(const char *buf, size_t offset)
{
    long line = 1;
    for (size_t i = 0; i < offset; i++)
        line += buf[i] == '\n';
    return line;
}

int textfile_read_utf8(const char *path, const char *encoding, char **text, size_t *len, char *err,
                       size_t errsz)
{
    const char *charset = tt_charset_name(encoding ? encoding : "utf-8");
    if (!charset) {
        snprintf(err, errsz, _("%s: encoding: '%s' is not one of utf-8, cp874, tis-620"), path,
                 encoding);
        return -1;
    }
    char *raw;
    size_t n;
    if (file_read_all(path, &raw, &n)) {
        snprintf(err, errsz, _("%s: cannot read: %s"), path, strerror(errno));
        return -1;
    }
    char *out = NULL;
    size_t outlen = 0, bad = 0;
    /* Converting UTF-8 to itself validates it: a CP874 file read as UTF-8 stops here. */
    if (tt_convert(charset, "UTF-8", raw, n, &out, &outlen, &bad)) {
        snprintf(err, errsz, _("%s:%ld: encoding: byte %zu is not valid %s (try --encoding)"), path,
                 textfile_line_of(raw, bad), bad, encoding ? encoding : "utf-8");
        free(raw);
        return -1;
    }
    free(raw);
    *text = out;
    *len = outlen;
    return 0;
}
