/* pdf_words PDFTEXT CSV: checks that the PDF breaks no Thai word across lines.
 *
 * PDFTEXT is `pdftotext -raw` of a report's PDF (each cell's lines in the order they were
 * drawn); CSV is the same report as CSV, so each field is a cell's text as stored. For
 * every line of every field, its characters (whitespace left out) are looked for in the
 * PDF's text (whitespace left out too); wherever a line break of the PDF falls between two
 * Thai characters of it, libthai's segmentation of the field (through the project's
 * tt_ word breaker) must allow a break there. Prints each broken word and a field it could
 * not find; exit status 0 when there is none, 1 otherwise, 2 on a usage or read error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>

#include "csv.h"
#include "text/tt_breaks.h"
#include "text/tt_utf8.h"
#include "xalloc.h"

struct seq {
    uint32_t *cp;
    unsigned char *brk; /* PDF: a line break comes before cp[i]; field: a break is allowed */
    size_t n, cap;
};

static void push(struct seq *s, uint32_t cp, unsigned char flag)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 256;
        s->cp = xreallocarray(s->cp, s->cap, sizeof *s->cp);
        s->brk = xreallocarray(s->brk, s->cap, sizeof *s->brk);
    }
    s->cp[s->n] = cp;
    s->brk[s->n++] = flag;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0;
}

static int is_thai(uint32_t cp)
{
    return cp >= 0x0E01 && cp <= 0x0E5B;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len + 4096 + 1 > cap) buf = xreallocarray(buf, cap = 2 * cap + 8192, 1);
        size_t n = fread(buf + *len, 1, 4096, f);
        if (!n) break;
        *len += n;
    }
    fclose(f);
    buf[*len] = '\0';
    return buf;
}

static int is_digit(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0x0E50 && cp <= 0x0E59);
}

/* A page number ("-๒-") alone on its line, s[0..len) without its newline. */
static int is_page_number(const char *s, size_t len)
{
    uint32_t cp[32];
    size_t n = 0;
    for (size_t i = 0; i < len && n < 32;) {
        uint32_t c = 0xFFFD;
        size_t k = tt_utf8_decode(s + i, len - i, &c);
        i += k ? k : 1;
        if (!is_space(c)) cp[n++] = c;
    }
    if (n < 3 || n == 32 || cp[0] != '-' || cp[n - 1] != '-') return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (!is_digit(cp[i])) return 0;
    return 1;
}

/* The PDF's text without whitespace, each character marked when a line (or page) break
 * came before it. The page numbers are left out: a paragraph goes on over them. */
static void load_pdf(const char *s, size_t len, struct seq *out)
{
    int newline = 0;
    for (size_t i = 0; i < len;) {
        if (i == 0 || s[i - 1] == '\n' || s[i - 1] == '\f') {
            const char *eol = memchr(s + i, '\n', len - i);
            size_t n = eol ? (size_t)(eol - (s + i)) : len - i;
            if (is_page_number(s + i, n)) {
                newline = 1;
                i += n;
                continue;
            }
        }
        uint32_t cp = 0xFFFD;
        size_t k = tt_utf8_decode(s + i, len - i, &cp);
        i += k ? k : 1;
        if (is_space(cp)) {
            newline |= cp == '\n' || cp == '\f';
            continue;
        }
        push(out, cp, (unsigned char)newline);
        newline = 0;
    }
}

/* One line of a field without whitespace, each character marked when a line may break
 * before it: libthai says so, or whitespace or a non-Thai character is next to it. */
static void load_field(ThBrk *brk, const char *line, size_t len, struct seq *out, struct tt_para *p)
{
    out->n = 0;
    if (tt_para_load(p, brk, line, len)) return;
    int after_space = 1;
    for (size_t i = 0; i < p->n; i++) {
        uint32_t cp = (uint32_t)p->wc[i];
        if (is_space(cp)) {
            after_space = 1;
            continue;
        }
        int ok = after_space || (p->flag[i] & TT_PARA_BREAK) || !is_thai(cp) ||
                 (out->n && !is_thai(out->cp[out->n - 1]));
        push(out, cp, (unsigned char)ok);
        after_space = 0;
    }
}

/* Checks every place the line occurs in the PDF; returns the number of words broken, or
 * -1 when it does not occur. */
static int check_line(const struct seq *pdf, const struct seq *f, const char *line, size_t len)
{
    int found = 0, bad = 0;
    for (size_t at = 0; f->n && at + f->n <= pdf->n; at++) {
        if (memcmp(pdf->cp + at, f->cp, f->n * sizeof *f->cp) != 0) continue;
        found = 1;
        for (size_t i = 1; i < f->n; i++) {
            if (!pdf->brk[at + i] || f->brk[i]) continue;
            printf("broken word at character %zu of: %.*s\n", i, (int)len, line);
            bad++;
        }
    }
    return found ? bad : -1;
}

static int check_field(ThBrk *brk, const struct seq *pdf, const char *field, struct tt_para *p,
                       int *missing)
{
    int bad = 0;
    struct seq f = {0};
    if (*field == '\'') field++; /* the CSV writer's guard against formulas */
    for (const char *s = field; *s;) {
        /* A line ends at a newline, or at ": " (a grouped column's heading is "group: title"
         * in CSV, two lines in the PDF). */
        const char *nl = strchr(s, '\n'), *colon = strstr(s, ": "), *next;
        if (colon && (!nl || colon < nl)) {
            nl = colon;
            next = colon + 2;
        } else {
            next = nl ? nl + 1 : NULL;
        }
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        load_field(brk, s, len, &f, p);
        int r = f.n ? check_line(pdf, &f, s, len) : 0;
        if (r < 0) {
            printf("not in the PDF: %.*s\n", (int)len, s);
            (*missing)++;
        } else {
            bad += r;
        }
        s = next ? next : s + len;
    }
    free(f.cp);
    free(f.brk);
    return bad;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pdf_words PDFTEXT CSV\n");
        return 2;
    }
    size_t plen, clen;
    char *ptext = read_all(argv[1], &plen), *csv = read_all(argv[2], &clen);
    ThBrk *brk = th_brk_new(NULL);
    if (!ptext || !csv || !brk) {
        fprintf(stderr, "pdf_words: cannot read %s or %s, or no libthai dictionary\n", argv[1],
                argv[2]);
        return 2;
    }
    struct seq pdf = {0};
    load_pdf(ptext, plen, &pdf);
    struct csv_reader r;
    struct csv_record rec = {0};
    struct tt_para p = {0};
    char err[256];
    int bad = 0, missing = 0, fields = 0;
    csv_reader_init(&r, csv, clen);
    enum csv_status st;
    while ((st = csv_next(&r, &rec, err, sizeof err)) == CSV_RECORD)
        for (size_t i = 0; i < rec.n; i++, fields++)
            bad += check_field(brk, &pdf, rec.fields[i], &p, &missing);
    if (st == CSV_ERROR) {
        fprintf(stderr, "pdf_words: %s: line %ld: %s\n", argv[2], rec.line, err);
        return 2;
    }
    printf("%d fields checked: %d broken words, %d lines not found\n", fields, bad, missing);
    csv_record_free(&rec);
    tt_para_free(&p);
    th_brk_delete(brk);
    free(pdf.cp);
    free(pdf.brk);
    free(ptext);
    free(csv);
    return bad || missing ? 1 : 0;
}
