#include "textfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "text/tt.h"
#include "xalloc.h"

long textfile_line_of(const char *buf, size_t offset)
{
    long line = 1;
    for (size_t i = 0; i < offset; i++)
        line += buf[i] == '\n';
    return line;
}

/* Why a file cannot be opened, in the user's language (strerror speaks English only on a
 * server without the C library's own translations). */
static const char *open_reason(int errnum)
{
    switch (errnum) {
    case ENOENT:
    case ENOTDIR:
        return _("there is no such file");
    case EACCES:
    case EPERM:
        return _("permission denied");
    case EISDIR:
        return _("it is a folder");
    default:
        return strerror(errnum);
    }
}

/* Reads a regular file of at most max bytes. O_NONBLOCK: opening a FIFO must not wait for
 * a writer before fstat can say it is one. The size is checked again while reading, for a
 * file that grows meanwhile. */
static int read_regular(const char *path, size_t max, char **buf, size_t *len, char *err,
                        size_t errsz)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb)) {
        snprintf(err, errsz, _("%s: cannot read: %s"), path, open_reason(errno));
        if (fd >= 0) close(fd);
        return -1;
    }
    if (!S_ISREG(sb.st_mode)) {
        snprintf(err, errsz,
                 _("%s: file: not a regular file (a device, a pipe or a folder cannot be "
                   "imported)"),
                 path);
        close(fd);
        return -1;
    }
    size_t mb = (max + 1024 * 1024 - 1) / (1024 * 1024);
    if ((unsigned long long)sb.st_size > max) {
        snprintf(err, errsz, _("%s: file: larger than the limit of %zu MB (see --max-size)"), path,
                 mb);
        close(fd);
        return -1;
    }
    size_t cap = (size_t)sb.st_size + 1, n = 0;
    char *s = xmalloc(cap + 1);
    for (;;) {
        ssize_t r = read(fd, s + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            snprintf(err, errsz, _("%s: cannot read: %s"), path, strerror(errno));
            free(s);
            close(fd);
            return -1;
        }
        if (r == 0) break;
        n += (size_t)r;
        if (n > max) {
            snprintf(err, errsz, _("%s: file: larger than the limit of %zu MB (see --max-size)"),
                     path, mb);
            free(s);
            close(fd);
            return -1;
        }
        if (n == cap) {
            cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            s = xreallocarray(s, cap + 1, 1);
        }
    }
    close(fd);
    s[n] = '\0';
    *buf = s;
    *len = n;
    return 0;
}

int textfile_read_utf8(const char *path, const char *encoding, size_t max_bytes, char **text,
                       size_t *len, char *err, size_t errsz)
{
    const char *charset = tt_charset_name(encoding ? encoding : "utf-8");
    if (!charset) {
        snprintf(err, errsz, _("%s: encoding: '%s' is not one of utf-8, cp874, tis-620"), path,
                 encoding);
        return -1;
    }
    char *raw;
    size_t n;
    if (read_regular(path, max_bytes ? max_bytes : TEXTFILE_MAX_DEFAULT, &raw, &n, err, errsz))
        return -1;
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
