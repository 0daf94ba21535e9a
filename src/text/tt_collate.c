/* Collation with libthai th_strcoll on TIS-620 (THAI-TEXT.md §6). th_wcstrcoll would take
 * code points directly but is not exported by libthai 0.1.29, and strcoll() depends on
 * LC_COLLATE (code-point order under the C.UTF-8 fallback). */
#include "tt_collate.h"

#include <stdlib.h>
#include <string.h>
#include <thai/thcoll.h>
#include <thai/thwchar.h>

#include "tt_utf8.h"
#include "xalloc.h"

#define STACK_CHARS 256

/* Writes the TIS-620 form of UTF-8 s[0..len) into out (room for len + 1) and NUL-terminates
 * it. A code point with no TIS-620 byte becomes THCHAR_ERR, which libthai ranks but cannot
 * tell apart from another such code point; the caller breaks those ties. An embedded NUL
 * ends the TIS string early, which the tie-break also covers. */
static void to_tis(const char *s, size_t len, thchar_t *out)
{
    size_t o = 0;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        i += tt_utf8_decode(s + i, len - i, &cp);
        out[o++] = th_uni2tis((thwchar_t)cp);
    }
    out[o] = 0;
}

static int sign(int r)
{
    return (r > 0) - (r < 0);
}

/* Byte order, shorter first on a common prefix: the tie-break and the out-of-memory path. */
static int compare_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
    int r = memcmp(a, b, alen < blen ? alen : blen);
    if (r) return sign(r);
    return (alen > blen) - (alen < blen);
}

int tt_collate(const char *a, int alen, const char *b, int blen)
{
    size_t la = alen > 0 ? (size_t)alen : 0, lb = blen > 0 ? (size_t)blen : 0;
    thchar_t sa[STACK_CHARS], sb[STACK_CHARS];
    /* A UTF-8 string never has more code points than bytes. */
    thchar_t *ta = la < STACK_CHARS ? sa : xmalloc(la + 1);
    thchar_t *tb = lb < STACK_CHARS ? sb : xmalloc(lb + 1);
    int r = 0;
    if (ta && tb) {
        to_tis(a, la, ta);
        to_tis(b, lb, tb);
        r = sign(th_strcoll(ta, tb));
    } /* out of memory: byte order, the best a comparator that cannot fail can do */
    if (ta != sa) free(ta);
    if (tb != sb) free(tb);
    return r ? r : compare_bytes(a, la, b, lb);
}

/* th_strxfrm's output compared with strcmp orders strings as th_strcoll does (libthai's
 * promise); a 0x00 after it and then the UTF-8 bytes make tt_collate's tie-break under
 * memcmp. test_sort_key checks both on seed and generated names. */
unsigned char *tt_collate_key(const char *s, size_t len, size_t *keylen)
{
    thchar_t *tis = xmalloc(len + 1);
    to_tis(s, len, tis);
    /* th_strxfrm returns the length it needs (without the NUL); try a guess first. */
    size_t room = 4 * len + 16;
    unsigned char *key = xmalloc(room + 1 + len);
    size_t n = th_strxfrm(key, tis, room);
    if (n >= room) {
        free(key);
        room = n + 1;
        key = xmalloc(room + 1 + len);
        n = th_strxfrm(key, tis, room);
    }
    free(tis);
    /* A character TIS-620 lacks weighs 0x00 in th_strxfrm's output, where th_strcoll
     * ignores it: leave it out, and the byte tie-break after the 0x00 decides. */
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (key[i]) key[kept++] = key[i];
    n = kept;
    key[n] = 0;
    memcpy(key + n + 1, s, len);
    *keylen = n + 1 + len;
    return key;
}
