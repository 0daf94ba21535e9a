/* Normalisation: libthai's th_wnormalize (exported, unlike most wide libthai functions) does
 * the reordering; it leaves ํา and เเ alone (THAI-TEXT.md §3.5), so those are done here. */
#include "tt_normalize.h"

#include <stdlib.h>
#include <string.h>
#include <thai/thwstr.h>
#include <wchar.h>

#include "tt_utf8.h"
#include "xalloc.h"

#define NIKHAHIT 0x0E4D
#define SARA_AA 0x0E32
#define SARA_AM 0x0E33
#define SARA_E 0x0E40
#define SARA_AE 0x0E41

static int is_tone(wchar_t c)
{
    return c >= 0x0E48 && c <= 0x0E4B;
}

/* Decodes s into w (room for strlen(s) + 1) with line ends and tabs fixed; returns the
 * number of code points. */
static size_t decode_fixing_controls(const char *s, wchar_t *w)
{
    size_t len = strlen(s), n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        i += tt_utf8_decode(s + i, len - i, &cp);
        if (cp == '\r') {
            if (i < len && s[i] == '\n') i++;
            cp = '\n';
        } else if (cp == '\t') {
            cp = ' ';
        }
        w[n++] = (wchar_t)cp;
    }
    w[n] = 0;
    return n;
}

/* Rewrites ํ[tone]า, [tone]ํา and เเ in place; returns the new length. */
static size_t compose_thai(wchar_t *w, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == NIKHAHIT && i + 1 < n && w[i + 1] == SARA_AA) {
            w[o++] = SARA_AM; /* a tone before ํ stays before ำ: already in order */
            i++;
        } else if (w[i] == NIKHAHIT && i + 2 < n && is_tone(w[i + 1]) && w[i + 2] == SARA_AA) {
            w[o++] = w[i + 1];
            w[o++] = SARA_AM;
            i += 2;
        } else if (w[i] == SARA_E && i + 1 < n && w[i + 1] == SARA_E) {
            w[o++] = SARA_AE;
            i++;
        } else {
            w[o++] = w[i];
        }
    }
    w[o] = 0;
    return o;
}

static char *encode(const wchar_t *w, size_t n)
{
    char *out = xmalloc(4 * n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        o += tt_utf8_encode((uint32_t)w[i], out + o);
    out[o] = '\0';
    return out;
}

char *tt_normalize(const char *s)
{
    if (!s) s = "";
    size_t cap = strlen(s) + 2;
    wchar_t *src = xmalloc(cap * sizeof *src), *dst = xmalloc(cap * sizeof *dst);
    size_t n = compose_thai(src, decode_fixing_controls(s, src));
    /* th_wnormalize(dst, src, size) converts at most size - 2 code points per Thai chunk
     * (libthai 0.1.29 loses one to its own terminator), and a chunk cut short loses its
     * marks, so size must be n + 2. It returns 0 for "" and also when every code point was
     * a mark with no base (่ี alone), which it drops: the result is then "", never NULL. */
    size_t m = n ? th_wnormalize(dst, src, n + 2) : 0;
    char *out = encode(dst, compose_thai(dst, m)); /* its removals can create new pairs */
    free(src);
    free(dst);
    return out;
}
