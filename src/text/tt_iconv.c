/* Conversion through glibc iconv (THAI-TEXT.md §4). No //TRANSLIT or //IGNORE: a character
 * that does not fit must be reported to the user, not replaced or dropped. */
#include "tt_iconv.h"
#include "xalloc.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *user, *iconv;
} charsets[] = {
    {"utf-8", "UTF-8"},    {"utf8", "UTF-8"},
    {"cp874", "CP874"},    {"windows-874", "CP874"},
    {"ibm874", "CP874"},   {"tis-620", "TIS-620"},
    {"tis620", "TIS-620"}, {"iso-8859-11", "ISO-8859-11"},
};

const char *tt_charset_name(const char *user_name)
{
    if (!user_name) return NULL;
    for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++)
        if (strcasecmp(user_name, charsets[i].user) == 0) return charsets[i].iconv;
    return NULL;
}

static int fail(int err, char **out, size_t *outlen, size_t *bad_offset, size_t where)
{
    free(*out);
    *out = NULL;
    *outlen = 0;
    *bad_offset = where;
    errno = err;
    return -1;
}

/* Doubles the capacity *cap of *buf, keeping its contents. */
static int grow(char **buf, size_t *cap)
{
    size_t ncap = *cap * 2;
    char *nbuf = ncap > *cap ? xreallocarray(*buf, 1, ncap) : NULL;
    if (!nbuf) return -1;
    *buf = nbuf;
    *cap = ncap;
    return 0;
}

int tt_convert(const char *from_charset, const char *to_charset, const char *in, size_t inlen,
               char **out, size_t *outlen, size_t *bad_offset)
{
    const char *from = tt_charset_name(from_charset), *to = tt_charset_name(to_charset);
    *out = NULL;
    if (!from || !to) return fail(EINVAL, out, outlen, bad_offset, SIZE_MAX);
    iconv_t cd = iconv_open(to, from);
    if (cd == (iconv_t)-1)
        return fail(errno == EINVAL ? EINVAL : ENOMEM, out, outlen, bad_offset, SIZE_MAX);
    /* Thai is 1 byte in CP874/TIS-620 and 3 in UTF-8: start at 3x + a little. */
    size_t cap = 3 * inlen + 16, used = 0;
    *out = xmalloc(cap);
    char *inp = (char *)in; /* iconv's prototype lacks const; it does not write */
    size_t inleft = inlen;
    int err = 0;
    /* All supported charsets are stateless, so no final flush call is needed. */
    while (!err) {
        char *outp = *out + used;
        size_t outleft = cap - used - 1; /* keep a byte for the NUL */
        size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
        used = (size_t)(outp - *out);
        if (r != (size_t)-1) break; /* everything converted */
        if (errno == E2BIG)
            err = grow(out, &cap) ? ENOMEM : 0;
        else
            err = EILSEQ; /* EILSEQ: bad or unmappable; EINVAL: cut off at the end */
    }
    iconv_close(cd);
    if (err) return fail(err, out, outlen, bad_offset, err == ENOMEM ? SIZE_MAX : inlen - inleft);
    (*out)[used] = '\0';
    *outlen = used;
    return 0;
}
