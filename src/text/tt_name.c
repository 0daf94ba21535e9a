/* The invisible-character and space rules are written here (they are a short list of code
 * points); composition is ICU's unorm2 NFC, the one library on the system that has the
 * Unicode tables for it (glibc and libthai have none). */
#include "tt_name.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "tt_normalize.h"
#include "tt_utf8.h"
#include "tt_width.h"
#include "xalloc.h"

static int is_invisible(uint32_t cp)
{
    return (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD ||
           cp == 0x180E || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

static int is_space(uint32_t cp)
{
    return cp < 0x20 || cp == ' ' || (cp >= 0x7F && cp <= 0xA0) || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

/* Drops the invisible characters and the marks without a base, and folds the spaces,
 * into a new string. */
static char *fold_spaces(const char *s)
{
    size_t len = strlen(s), o = 0;
    char *out = xmalloc(len + 1);
    int pending_space = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        if (is_invisible(cp)) {
            /* dropped */
        } else if (is_space(cp)) {
            pending_space = o > 0;
        } else if (tt_cp_width(cp) == 0 && (o == 0 || pending_space)) {
            /* A mark with no letter to sit on (libthai drops some of these and keeps
             * others, so dropping them all here is what keeps the result stable). */
        } else {
            if (pending_space) out[o++] = ' ';
            pending_space = 0;
            memcpy(out + o, s + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
    return out;
}

/* NFC through UTF-16, ICU's string form. On an ICU error the text is kept as it is:
 * it is valid UTF-8 already (tt_normalize replaced invalid bytes). */
static char *nfc(char *s)
{
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *norm = unorm2_getNFCInstance(&e);
    if (U_FAILURE(e)) return s;
    int32_t len = (int32_t)strlen(s), n16 = 0;
    UChar *src = xreallocarray(NULL, (size_t)len + 1, sizeof *src);
    u_strFromUTF8(src, len + 1, &n16, s, len, &e);
    if (U_FAILURE(e) || unorm2_quickCheck(norm, src, n16, &e) == UNORM_YES) {
        free(src);
        return s; /* nearly every name: nothing to compose */
    }
    UChar *dst = xreallocarray(NULL, (size_t)n16 * 3 + 1, sizeof *dst);
    e = U_ZERO_ERROR;
    int32_t m = unorm2_normalize(norm, src, n16, dst, n16 * 3 + 1, &e);
    char *out = NULL;
    if (U_SUCCESS(e)) {
        int32_t n8 = 0;
        out = xmalloc((size_t)m * 3 + 1);
        u_strToUTF8(out, m * 3 + 1, &n8, dst, m, &e);
        if (U_FAILURE(e)) {
            free(out);
            out = NULL;
        }
    }
    free(src);
    free(dst);
    if (!out) return s;
    free(s);
    return out;
}

static char *one_pass(const char *s)
{
    /* Folding first, so that no invisible character keeps เ + เ apart from tt_normalize;
     * again after it, because libthai drops a mark left after a space. */
    char *folded = fold_spaces(s);
    char *thai = tt_normalize(folded);
    free(folded);
    folded = fold_spaces(thai);
    free(thai);
    return nfc(folded);
}

char *tt_name_normalize(const char *s)
{
    if (!s) s = "";
    /* Each pass only drops, joins or reorders characters, but libthai decides about a mark
     * from its surroundings, which a pass can change (fuzz_csv_oit found such names); so
     * passes repeat until nothing changes. A name already in canonical form, nearly every
     * one, takes a single pass. */
    char *cur = one_pass(s);
    if (strcmp(cur, s) == 0) return cur;
    for (int i = 0; i < 8; i++) {
        char *next = one_pass(cur);
        int stable = strcmp(next, cur) == 0;
        free(cur);
        cur = next;
        if (stable) break;
    }
    return cur;
}

int tt_name_equal(const char *a, const char *b)
{
    if (!a) a = "";
    if (!b) b = "";
    if (strcmp(a, b) == 0) return 1;
    char *na = tt_name_normalize(a), *nb = tt_name_normalize(b);
    int same = strcmp(na, nb) == 0;
    free(na);
    free(nb);
    return same;
}
