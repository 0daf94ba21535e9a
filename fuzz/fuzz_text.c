/* Decode, width, clusters, truncate/pad, sanitise, normalise, digits, collation, iconv. */
#include <stdint.h>

#include "fuzz_check.h"
#include "text/tt.h"

static void check_decode(const char *s, size_t len)
{
    size_t *starts = malloc((len + 1) * sizeof *starts), k = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        CHECK(n >= 1 && n <= 4 && i + n <= len);
        CHECK(cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF));
        char enc[4];
        if (!(cp == TT_REPLACEMENT && n == 1))
            CHECK(tt_utf8_encode(cp, enc) == n && memcmp(enc, s + i, n) == 0);
        starts[k++] = i;
        i += n;
    }
    for (size_t pos = len; k > 0;) /* walking back visits the same code points */
        CHECK((pos = tt_utf8_prev(s, pos)) == starts[--k]);
    free(starts);
}

static void check_clusters(const char *s, size_t len)
{
    int sum = 0;
    for (size_t pos = 0; pos < len;) {
        size_t next = tt_cluster_next(s, len, pos);
        CHECK(next > pos && next <= len);
        CHECK(tt_cluster_prev(s, len, next) == pos);
        int w = tt_cluster_width(s, pos, next);
        CHECK(w >= 1 && w <= 2 * (int)(next - pos) + 1);
        sum += w;
        pos = next;
    }
    CHECK(sum == tt_width_cols_n(s, len)); /* width is additive over clusters */
}

static void check_sanitize(const char *s, size_t len, int flags)
{
    char *a = tt_sanitize_n(s, len, flags);
    size_t alen = strlen(a);
    CHECK(tt_utf8_valid(a, alen));
    for (size_t i = 0; i < alen; i++) {
        unsigned char c = (unsigned char)a[i];
        CHECK(c >= 0x20 || (c == '\n' && (flags & TT_SAN_MULTILINE)));
        CHECK(c != 0x7F);
        CHECK(!(c == 0xC2 && i + 1 < alen && (unsigned char)a[i + 1] <= 0x9F));
    }
    CHECK(!strstr(a, "\xE2\x80\xAE") && !strstr(a, "\xE2\x81\xA6")); /* RLO, LRI */
    CHECK(tt_width_cols(a) <= tt_width_cols_n(s, len));
    char *b = tt_sanitize(a, flags);
    CHECK(strcmp(a, b) == 0); /* idempotent */
    free(a);
    free(b);
}

static void check_truncate(const char *s, int cols)
{
    size_t len = strlen(s);
    char *t = tt_truncate_cols(s, cols, NULL);
    size_t tl = strlen(t), el = strlen(TT_ELLIPSIS);
    CHECK(tt_width_cols(t) <= (cols < 0 ? 0 : cols));
    size_t keep = tl;
    if (strcmp(t, s) != 0) {
        if (tl >= el && strcmp(t + tl - el, TT_ELLIPSIS) == 0 && memcmp(t, s, tl - el) == 0)
            keep = tl - el;
        CHECK(memcmp(t, s, keep) == 0);
        CHECK(tt_cluster_is_boundary(s, len, keep));
    }
    free(t);
    char *f = tt_fit_cols(s, cols, "~", TT_ALIGN_RIGHT);
    CHECK(tt_width_cols(f) == (cols < 0 ? 0 : cols));
    free(f);
}

static void check_misc(const char *s, size_t len, const unsigned char *data, size_t size)
{
    char *n = tt_normalize(s);
    CHECK(tt_utf8_valid(n, strlen(n)));
    free(n);
    char *th = tt_digits_to_thai(s), *as = tt_digits_to_ascii(th);
    char *as0 = tt_digits_to_ascii(s);
    CHECK(strcmp(as, as0) == 0);
    free(th);
    free(as);
    free(as0);
    size_t half = len / 2;
    int r = tt_collate(s, (int)half, s + half, (int)(len - half));
    CHECK(r == -tt_collate(s + half, (int)(len - half), s, (int)half));
    CHECK((r == 0) == (half == len - half && memcmp(s, s + half, half) == 0));
    char *out;
    size_t outlen, bad;
    if (tt_convert("cp874", "utf-8", (const char *)data, size, &out, &outlen, &bad) == 0) {
        char *back;
        size_t blen;
        CHECK(tt_convert("utf-8", "cp874", out, outlen, &back, &blen, &bad) == 0);
        CHECK(blen == size && memcmp(back, data, size) == 0);
        free(back);
        free(out);
    } else {
        CHECK(out == NULL && bad < size);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *raw = (const char *)data;
    check_decode(raw, size);
    check_clusters(raw, size);
    check_sanitize(raw, size, TT_SAN_SINGLE_LINE);
    check_sanitize(raw, size, TT_SAN_MULTILINE);
    char *s = fuzz_cstr(data, size);
    CHECK(tt_width_cols(s) == tt_width_cols_n(s, strlen(s)));
    for (int cols = -1; cols <= 12; cols++)
        check_truncate(s, cols);
    check_misc(s, strlen(s), data, size);
    free(s);
    return 0;
}
