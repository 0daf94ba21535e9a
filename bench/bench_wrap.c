/* Wrap throughput on the seed texts beside raw libthai breaking on the same input.
 * "Raw" = th_brk_wc_find_breaks on each '\n'-delimited paragraph, already decoded to
 * wchar_t (so it excludes our UTF-8 decoding); "wrap" = tt_wrap on the UTF-8 text, which
 * decodes, calls the same breaker per paragraph, then fits clusters into the width.
 * Ratio = wrap MB/s / raw MB/s (target >= 0.5). Figures vary with machine load. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#include <time.h>
#include <wchar.h>

#include "text/tt_utf8.h"
#include "text/tt_wrap.h"

#define ROUNDS 20

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_seeds(size_t *len)
{
    glob_t g;
    if (glob(ITADESK_TEST_DATA_DIR "/seeds/*.txt", 0, NULL, &g) != 0) return NULL;
    char *all = NULL;
    *len = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        FILE *f = fopen(g.gl_pathv[i], "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        rewind(f);
        all = realloc(all, *len + (size_t)n + 2);
        *len += fread(all + *len, 1, (size_t)n, f);
        all[(*len)++] = '\n';
        fclose(f);
    }
    globfree(&g);
    if (all) all[*len] = '\0';
    return all;
}

/* Decodes text into NUL-separated paragraphs of wchar_t (one buffer). */
static wchar_t *decode_paragraphs(const char *s, size_t len, size_t *nwc)
{
    wchar_t *w = malloc((len + 1) * sizeof *w);
    size_t n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        i += tt_utf8_decode(s + i, len - i, &cp);
        w[n++] = cp == '\n' ? 0 : (wchar_t)cp;
    }
    w[n] = 0;
    *nwc = n;
    return w;
}

/* One pass of raw breaking over every paragraph; returns seconds, *breaks the count. */
static double time_raw(ThBrk *brk, const wchar_t *w, size_t n, int *pos, long *breaks)
{
    long nb = 0;
    double t0 = now();
    for (size_t i = 0; i < n;) {
        size_t plen = wcslen(w + i);
        if (plen) nb += th_brk_wc_find_breaks(brk, w + i, pos, plen);
        i += plen + 1;
    }
    *breaks = nb;
    return now() - t0;
}

static double time_wrap(ThBrk *brk, const char *s, size_t len, int width, tt_lines *l)
{
    double t0 = now();
    if (tt_wrap(brk, s, len, width, l) != 0) abort();
    return now() - t0;
}

static double min(double a, double b)
{
    return a < b ? a : b;
}

int main(void)
{
    size_t len, nwc;
    char *text = read_seeds(&len);
    ThBrk *brk = th_brk_new(NULL);
    if (!text || !brk) {
        fprintf(stderr, "bench_wrap: %s\n", text ? "libthai dictionary missing" : "no seed texts");
        return 1;
    }
    wchar_t *w = decode_paragraphs(text, len, &nwc);
    int *pos = malloc((nwc + 1) * sizeof *pos);
    long breaks = 0;
    double mb = (double)len / 1e6;
    int widths[] = {20, 60, 120};
    enum { NW = sizeof widths / sizeof widths[0] };
    double raw = 1e9, wrap[NW], nodict = 1e9;
    size_t lines[NW], nodict_lines;
    tt_lines l = {0};
    for (int k = 0; k < NW; k++)
        wrap[k] = 1e9;
    /* Interleaved rounds, best of each: a busy machine slows both sides alike. */
    for (int r = 0; r < ROUNDS; r++) {
        raw = min(raw, time_raw(brk, w, nwc, pos, &breaks));
        for (int k = 0; k < NW; k++) {
            wrap[k] = min(wrap[k], time_wrap(brk, text, len, widths[k], &l));
            lines[k] = l.n;
        }
        nodict = min(nodict, time_wrap(NULL, text, len, 60, &l));
        nodict_lines = l.n;
    }
    tt_lines_free(&l);
    printf("seed text: %zu bytes, %zu code points; best of %d interleaved rounds\n", len, nwc,
           ROUNDS);
    printf("raw th_brk_wc_find_breaks:  %8.3f ms  %7.2f MB/s  (%ld breaks)\n", raw * 1e3, mb / raw,
           breaks);
    double worst = 1e9;
    for (int k = 0; k < NW; k++) {
        double ratio = raw / wrap[k];
        worst = min(worst, ratio);
        printf("tt_wrap width %3d:          %8.3f ms  %7.2f MB/s  (%zu lines)  ratio %.2f\n",
               widths[k], wrap[k] * 1e3, mb / wrap[k], lines[k], ratio);
    }
    printf("tt_wrap width  60, no dict: %8.3f ms  %7.2f MB/s  (%zu lines)\n", nodict * 1e3,
           mb / nodict, nodict_lines);
    printf("ratio wrap/raw throughput (worst width): %.2f  (target >= 0.50: %s)\n", worst,
           worst >= 0.5 ? "met" : "NOT met");
    free(pos);
    free(w);
    free(text);
    th_brk_delete(brk);
    return 0;
}
