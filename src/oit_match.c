#include "oit_match.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt_cursor.h"
#include "text/tt_name.h"
#include "text/tt_utf8.h"
#include "xalloc.h"

/* A title reduced to what the comparison looks at. */
struct title_feat {
    int usable;
    char **words; /* sorted, distinct */
    size_t nw;
    uint64_t *bigrams; /* sorted, with repeats */
    size_t nb;
    uint32_t *cps; /* the letters and digits, spaces dropped */
    size_t ncp;
};

/* Letters, marks and digits count; punctuation, dashes, ๆ and ฯ separate words. Thai
 * digits read as ASCII ones, Latin letters in lower case, so "E–Service" is "eservice". */
static uint32_t fold(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return cp + 32;
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ? cp : 0;
    }
    if (cp >= 0x0E50 && cp <= 0x0E59) return '0' + (cp - 0x0E50);
    if (cp >= 0x0E01 && cp <= 0x0E4E && cp != 0x0E2F && cp != 0x0E46) return cp;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return cp; /* Latin letters */
    return 0;
}

/* The normalised title with every non-letter a single space, no space at either end. */
static char *clean_title(const char *title)
{
    char *norm = tt_name_normalize(title);
    size_t len = strlen(norm), o = 0;
    char *out = xmalloc(len + 1);
    int space = 1;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += tt_utf8_decode(norm + i, len - i, &cp);
        uint32_t f = fold(cp);
        if (!f) {
            if (!space) out[o++] = ' ';
            space = 1;
            continue;
        }
        o += tt_utf8_encode(f, out + o);
        space = 0;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    free(norm);
    return out;
}

int oit_title_usable(const char *title, int known)
{
    if (!known || !title) return 0;
    char *norm = tt_name_normalize(title);
    /* Placeholders are written in brackets ("(ไม่ทราบชื่อข้อ O5)"), or say unknown. */
    int placeholder = norm[0] == '(' || norm[0] == '[' || strstr(norm, "ไม่ทราบ") ||
                      strstr(norm, "unknown") || strstr(norm, "Unknown");
    free(norm);
    if (placeholder) return 0;
    char *clean = clean_title(title);
    int ok = clean[0] != '\0';
    free(clean);
    return ok;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The words of clean text (libthai's breaks and the spaces), sorted and distinct. */
static void split_words(ThBrk *brk, const char *clean, struct title_feat *f)
{
    size_t len = strlen(clean), at = 0;
    while (at < len) {
        size_t next = tt_cursor_word_right(brk, clean, len, at);
        if (next <= at) next = len;
        size_t a = at, b = next;
        while (a < b && clean[a] == ' ')
            a++;
        while (b > a && clean[b - 1] == ' ')
            b--;
        if (b > a) {
            f->words = xreallocarray(f->words, f->nw + 1, sizeof *f->words);
            char *w = xmalloc(b - a + 1);
            memcpy(w, clean + a, b - a);
            w[b - a] = '\0';
            f->words[f->nw++] = w;
        }
        at = next;
    }
    if (f->nw) qsort(f->words, f->nw, sizeof *f->words, cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < f->nw; i++) {
        if (k && strcmp(f->words[k - 1], f->words[i]) == 0) {
            free(f->words[i]);
            continue;
        }
        f->words[k++] = f->words[i];
    }
    f->nw = k;
}

static void feat_of(ThBrk *brk, const struct oit_match_item *it, struct title_feat *f)
{
    *f = (struct title_feat){0};
    f->usable = oit_title_usable(it->title, it->known);
    if (!f->usable) return;
    char *clean = clean_title(it->title);
    split_words(brk, clean, f);
    size_t len = strlen(clean);
    f->cps = xcalloc(len + 1, sizeof *f->cps);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += tt_utf8_decode(clean + i, len - i, &cp);
        if (cp != ' ') f->cps[f->ncp++] = cp;
    }
    f->bigrams = xcalloc(f->ncp ? f->ncp : 1, sizeof *f->bigrams);
    for (size_t i = 0; i + 1 < f->ncp; i++)
        f->bigrams[f->nb++] = (uint64_t)f->cps[i] << 32 | f->cps[i + 1];
    if (f->nb) qsort(f->bigrams, f->nb, sizeof *f->bigrams, cmp_u64);
    free(clean);
}

static void feat_free(struct title_feat *f)
{
    for (size_t i = 0; i < f->nw; i++)
        free(f->words[i]);
    free(f->words);
    free(f->bigrams);
    free(f->cps);
}

static size_t common_words(const struct title_feat *a, const struct title_feat *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->nw && j < b->nw) {
        int c = strcmp(a->words[i], b->words[j]);
        if (c == 0) n++;
        i += c <= 0;
        j += c >= 0;
    }
    return n;
}

static size_t common_bigrams(const struct title_feat *a, const struct title_feat *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->nb && j < b->nb) {
        if (a->bigrams[i] == b->bigrams[j]) {
            n++, i++, j++;
        } else if (a->bigrams[i] < b->bigrams[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

/* One title starts with the whole of the other (two letters at least). */
static int is_prefix(const struct title_feat *a, const struct title_feat *b)
{
    const struct title_feat *s = a->ncp <= b->ncp ? a : b, *l = s == a ? b : a;
    return s->ncp >= 2 && memcmp(s->cps, l->cps, s->ncp * sizeof *s->cps) == 0;
}

static int similarity(const struct title_feat *a, const struct title_feat *b)
{
    if (!a->usable || !b->usable) return 0;
    double w = a->nw + b->nw ? 2.0 * (double)common_words(a, b) / (double)(a->nw + b->nw) : 0;
    double s = w;
    if (a->nb + b->nb) s = (w + 2.0 * (double)common_bigrams(a, b) / (double)(a->nb + b->nb)) / 2;
    if (is_prefix(a, b)) s = (1 + s) / 2;
    return (int)(s * 100 + 0.5);
}

int oit_title_similarity(ThBrk *brk, const char *a, const char *b)
{
    struct title_feat fa, fb;
    feat_of(brk, &(struct oit_match_item){"", a, 1}, &fa);
    feat_of(brk, &(struct oit_match_item){"", b, 1}, &fb);
    int s = similarity(&fa, &fb);
    feat_free(&fa);
    feat_free(&fb);
    return s;
}

static long index_of(const struct oit_match_item *items, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(items[i].code, code) == 0) return (long)i;
    return -1;
}

/* Applies the stored rules first, in their order, and takes each target out of the title
 * matching: every TO item receives at most one FROM item, so the values carried into it are
 * one item's. A rule to a target an earlier rule holds leaves its item not mapped. */
static void apply_rules(const struct oit_match_item *to, size_t nto,
                        const struct oit_map_rule *rules, size_t nrules, struct oit_match *m,
                        char *to_used)
{
    for (size_t r = 0; r < nrules; r++) {
        for (size_t i = 0; i < m->n; i++) {
            struct oit_match_pair *p = &m->pairs[i];
            if (strcmp(p->from, rules[r].from) != 0 || p->source == OIT_SRC_STORED) continue;
            long j = rules[r].to[0] ? index_of(to, nto, rules[r].to) : -1;
            if (rules[r].to[0] && j < 0) break; /* a rule to an item TO no longer has */
            p->source = OIT_SRC_STORED;
            if (j >= 0 && to_used[j]) {
                snprintf(p->clash, sizeof p->clash, "%s", to[j].code);
                break;
            }
            p->confidence = 100;
            if (j >= 0) {
                snprintf(p->to, sizeof p->to, "%s", to[j].code);
                to_used[j] = 1;
            }
        }
    }
}

struct candidate {
    size_t i, j;
    int score;
    long distance; /* how far apart in the catalogs: breaks ties */
};

static int cmp_candidate(const void *a, const void *b)
{
    const struct candidate *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    if (x->distance != y->distance) return x->distance < y->distance ? -1 : 1;
    return x->i != y->i ? (x->i < y->i ? -1 : 1) : (x->j < y->j ? -1 : x->j > y->j);
}

void oit_match_items(ThBrk *brk, const struct oit_match_item *from, size_t nfrom,
                     const struct oit_match_item *to, size_t nto, const struct oit_map_rule *rules,
                     size_t nrules, struct oit_match *out)
{
    *out = (struct oit_match){.pairs = xcalloc(nfrom ? nfrom : 1, sizeof *out->pairs), .n = nfrom};
    struct title_feat *ff = xcalloc(nfrom + 1, sizeof *ff), *tf = xcalloc(nto + 1, sizeof *tf);
    char *to_used = xcalloc(nto + 1, 1);
    int any_to = 0;
    for (size_t i = 0; i < nfrom; i++) {
        snprintf(out->pairs[i].from, sizeof out->pairs[i].from, "%s", from[i].code);
        out->pairs[i].source = OIT_SRC_TITLE;
        feat_of(brk, &from[i], &ff[i]);
    }
    for (size_t j = 0; j < nto; j++) {
        feat_of(brk, &to[j], &tf[j]);
        any_to |= tf[j].usable;
    }
    apply_rules(to, nto, rules, nrules, out, to_used);

    struct candidate *c = xcalloc(nfrom * nto + 1, sizeof *c);
    size_t nc = 0;
    for (size_t i = 0; i < nfrom; i++) {
        struct oit_match_pair *p = &out->pairs[i];
        if (p->source == OIT_SRC_STORED) continue;
        if (!ff[i].usable || !any_to) {
            p->source = OIT_SRC_UNKNOWN;
            continue;
        }
        for (size_t j = 0; j < nto; j++) {
            int s = similarity(&ff[i], &tf[j]);
            if (s > p->best) p->best = s;
            if (s >= OIT_MATCH_THRESHOLD && !to_used[j])
                c[nc++] = (struct candidate){i, j, s, labs((long)i - (long)j)};
        }
    }
    qsort(c, nc, sizeof *c, cmp_candidate);
    for (size_t k = 0; k < nc; k++) {
        struct oit_match_pair *p = &out->pairs[c[k].i];
        if (p->to[0] || to_used[c[k].j]) continue;
        snprintf(p->to, sizeof p->to, "%s", to[c[k].j].code);
        p->confidence = c[k].score;
        to_used[c[k].j] = 1;
    }
    for (size_t i = 0; i < nfrom; i++)
        out->mapped += out->pairs[i].to[0] != '\0';
    for (size_t i = 0; i < nfrom; i++)
        feat_free(&ff[i]);
    for (size_t j = 0; j < nto; j++)
        feat_free(&tf[j]);
    free(ff);
    free(tf);
    free(to_used);
    free(c);
}

const struct oit_match_pair *oit_match_find(const struct oit_match *m, const char *from)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->pairs[i].from, from) == 0) return &m->pairs[i];
    return NULL;
}

void oit_match_free(struct oit_match *m)
{
    free(m->pairs);
    *m = (struct oit_match){0};
}

const char *oit_carry_label(int unit, int link, int note)
{
    /* One message per combination, so that each language words it its own way. */
    static const char *const labels[8] = {
        "",
        N_("unit only"),
        N_("link only"),
        N_("unit, link"),
        N_("note only"),
        N_("unit, note"),
        N_("link, note"),
        N_("unit, link, note"),
    };
    int mask = (unit != 0) | (link != 0) << 1 | (note != 0) << 2;
    return mask ? _(labels[mask]) : "";
}
