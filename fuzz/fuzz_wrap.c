/* Wrapping, with and without the dictionary: the same invariants as the seed-text tests. */
#include <stdint.h>
#include <thai/thbrk.h>

#include "fuzz_check.h"
#include "text/tt.h"

/* The harness keeps one breaker for the whole run: loading the dictionary per input would
 * make fuzzing crawl. This is test scaffolding, not library code. */
static ThBrk *dictionary(void)
{
    static ThBrk *brk;
    if (!brk) brk = th_brk_new(NULL);
    return brk;
}

static int only_blanks(const char *s, size_t from, size_t to, int *newlines)
{
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\n')
            ++*newlines;
        else if (s[i] != ' ' && s[i] != '\t')
            return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    int width = data[0] % 130;
    ThBrk *brk = (data[1] & 1) ? dictionary() : NULL;
    const char *s = (const char *)data + 2;
    size_t len = size - 2;
    tt_lines l = {0};
    CHECK(tt_wrap(brk, s, len, width, &l) == 0);
    CHECK(l.n >= 1);
    int w = width < 1 ? 1 : width, newlines = 0, want = 0;
    size_t end = 0;
    for (size_t i = 0; i < l.n; i++) {
        tt_line ln = l.v[i];
        int nl = 0;
        CHECK(ln.off >= end && ln.off + ln.len <= len);
        CHECK(only_blanks(s, end, ln.off, &nl) && nl <= 1); /* nothing else is dropped */
        newlines += nl;
        CHECK(!memchr(s + ln.off, '\n', ln.len));
        CHECK(tt_width_cols_n(s + ln.off, ln.len) == ln.cols);
        if (ln.cols > w) { /* only a lone code point wider than the line may overflow */
            size_t c = tt_cluster_next(s, len, ln.off);
            CHECK(tt_cluster_next(s + ln.off, ln.len, 0) == ln.len || c == ln.off + ln.len);
            CHECK(ln.cols == 2 && w == 1);
        }
        CHECK(tt_lines_find(&l, ln.off) == i || ln.len == 0);
        end = ln.off + ln.len;
    }
    CHECK(only_blanks(s, end, len, &newlines));
    for (size_t i = 0; i < len; i++)
        want += s[i] == '\n';
    CHECK(newlines == want);
    tt_lines_free(&l);
    return 0;
}
