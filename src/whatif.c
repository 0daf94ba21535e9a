#include "whatif.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "number.h"
#include "oit.h"
#include "xalloc.h"

static struct opt_score opt_of(double v)
{
    return (struct opt_score){.set = true, .v = v};
}

long whatif_find(const struct whatif_year *y, const char *code)
{
    for (size_t i = 0; i < y->n_items; i++)
        if (strcmp(y->items[i].code, code) == 0) return (long)i;
    return -1;
}

/* The item's score in the scenario: its mark (the last one given), else its score. */
static struct opt_score scenario_score(const struct whatif_year *y, const struct whatif_set *sets,
                                       size_t nsets, size_t i)
{
    for (size_t k = nsets; k-- > 0;)
        if (strcmp(sets[k].code, y->items[i].code) == 0) return opt_of(sets[k].score);
    return y->items[i].score;
}

/* The index in r.ind of the OIT indicator an item counts for, or -1. */
static int indicator_of(const struct whatif_year *y, const struct whatif_item *it)
{
    for (size_t k = 0; k < y->r.n_ind; k++)
        if (y->r.ind[k].s.no == it->indicator_no && y->r.ind[k].s.tool == ITA_OIT) return (int)k;
    return -1;
}

/* One OIT indicator: its current value moved by what the marks change in its computation
 * from the items. */
static void predict_oit(const struct score_indicator *s, const struct score_item *cur, size_t ncur,
                        const struct score_item *now, size_t nnow, int touched,
                        struct whatif_point *out, size_t k)
{
    struct opt_score c = score_oit_indicator(cur, ncur, s->no);
    struct opt_score eff = s->entered.set ? s->entered : c;
    out->differs[k] = s->entered.set && score_differs(s->entered, c);
    out->ind[k] = eff;
    if (!touched) return;
    struct opt_score n = score_oit_indicator(now, nnow, s->no);
    if (c.set) {
        double v = score_round2(eff.v + n.v - c.v);
        out->ind[k] = opt_of(v < 0 ? 0 : v > 100 ? 100 : v);
    } else if (s->entered.set) {
        out->fixed[k] = 1; /* nothing to move it by */
    } else {
        out->ind[k] = n;
    }
}

void whatif_predict(const struct whatif_year *y, const struct whatif_set *sets, size_t nsets,
                    struct whatif_point *out)
{
    *out = (struct whatif_point){0};
    struct score_item *cur = xcalloc(y->n_items + 1, sizeof *cur);
    struct score_item *now = xcalloc(y->n_items + 1, sizeof *now);
    size_t ncur = 0, nnow = 0;
    int touched[RESULT_MAX_INDICATORS] = {0};
    for (size_t i = 0; i < y->n_items; i++) {
        const struct whatif_item *it = &y->items[i];
        struct score_item base = {it->group_key, it->indicator_no, 0};
        struct opt_score s = scenario_score(y, sets, nsets, i);
        if (it->score.set) {
            cur[ncur] = base;
            cur[ncur++].score = it->score.v;
        }
        if (s.set) {
            now[nnow] = base;
            now[nnow++].score = s.v;
        }
        int k = indicator_of(y, it);
        if (k >= 0 && s.set && (!it->score.set || it->score.v != s.v)) touched[k] = 1;
    }
    struct score_indicator plain[RESULT_MAX_INDICATORS];
    for (size_t k = 0; k < y->r.n_ind; k++) {
        const struct score_indicator *s = &y->r.ind[k].s;
        if (s->tool == ITA_OIT)
            predict_oit(s, cur, ncur, now, nnow, touched[k], out, k);
        else
            out->ind[k] = score_effective(s);
        plain[k] = *s;
        plain[k].entered = out->ind[k];
        plain[k].computed = (struct opt_score){0};
    }
    free(cur);
    free(now);
    out->summary = score_summarize(plain, y->r.n_ind);
    out->band = grade_pick(&y->r.rule, out->summary.total, out->summary.tool_mean);
}

int whatif_parse_set(const char *text, struct whatif_set *out, char **why)
{
    *why = NULL;
    const char *eq = strchr(text, '=');
    if (!eq) {
        *why = xasprintf(_("'%s': expected ITEM=SCORE, e.g. O12=100"), text);
        return -1;
    }
    char *code = xasprintf("%.*s", (int)(eq - text), text);
    int bad_code = oit_code_normalise(code, out->code);
    if (bad_code)
        *why = xasprintf(_("'%s': '%s' is not an OIT item code (O1, O12 ...)"), text, code);
    free(code);
    if (bad_code) return -1;
    double v;
    if (number_parse_decimal(eq + 1, &v) || v < 0 || v > 100) {
        *why = xasprintf(_("'%s': the score must be a number from 0 to 100"), text);
        return -1;
    }
    out->score = v;
    return 0;
}

/* text without the blanks around it equals label (ASCII letters in any case). */
static int label_is(const char *label, const char *text)
{
    if (!label) return 0;
    while (*text == ' ' || *text == '\t')
        text++;
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\t'))
        n--;
    return strlen(label) == n && strncasecmp(label, text, n) == 0;
}

const struct grade_band *whatif_band_named(const struct grade_rule *rule, const char *name)
{
    for (size_t i = 0; rule && name && i < rule->n; i++)
        if (label_is(rule->bands[i].label_th, name) || label_is(rule->bands[i].label_en, name))
            return &rule->bands[i];
    return NULL;
}

int whatif_band_rank(const struct grade_rule *rule, const struct grade_band *band)
{
    if (!band || !rule || band < rule->bands || band >= rule->bands + rule->n) return -1;
    return (int)(band - rule->bands);
}

static int reaches(const struct whatif_year *y, const struct whatif_point *p, int rank)
{
    int r = whatif_band_rank(&y->r.rule, p->band);
    return r >= 0 && r <= rank;
}

/* A tool the OIT items cannot move that is under the band's minimum for every tool. */
static int tool_short(const struct grade_band *b, const struct whatif_point *p,
                      struct whatif_takes *out)
{
    if (!b->min_each_tool.set) return 0;
    for (int t = 0; t < ITA_TOOL_COUNT; t++) {
        if (t == ITA_OIT) continue;
        struct opt_score m = p->summary.tool_mean[t];
        if (m.set && score_round2(m.v) >= b->min_each_tool.v) continue;
        out->status = WHATIF_TAKES_TOOL;
        out->tool = (enum ita_tool)t;
        out->tool_mean = m.set ? m.v : 0;
        return 1;
    }
    return 0;
}

/* A candidate item: not at 100 in the scenario, with what raising it to 100 adds to its
 * indicator (its sub-indicator's share of the indicator, split over the group's items). */
struct candidate {
    size_t item;
    int ind;     /* index in r.ind */
    double gain; /* points of its indicator */
    int taken;
};

static size_t find_candidates(const struct whatif_year *y, const struct whatif_set *sets,
                              size_t nsets, struct candidate *c)
{
    size_t n = 0;
    for (size_t i = 0; i < y->n_items; i++) {
        const struct whatif_item *it = &y->items[i];
        struct opt_score s = scenario_score(y, sets, nsets, i);
        int k = indicator_of(y, it);
        if (k < 0 || !s.set || s.v >= 100) continue;
        /* The groups of its indicator, and the items of its group, that have a score. */
        int groups = 0, in_group = 0;
        for (size_t j = 0; j < y->n_items; j++) {
            const struct whatif_item *o = &y->items[j];
            if (o->indicator_no != it->indicator_no || !scenario_score(y, sets, nsets, j).set)
                continue;
            int first = 1;
            for (size_t m = 0; m < j && first; m++)
                first = !(y->items[m].indicator_no == o->indicator_no &&
                          strcmp(y->items[m].group_key, o->group_key) == 0 &&
                          scenario_score(y, sets, nsets, m).set);
            groups += first;
            in_group += strcmp(o->group_key, it->group_key) == 0;
        }
        c[n++] = (struct candidate){i, k, (100 - s.v) / (groups * in_group), 0};
    }
    return n;
}

/* The candidate that adds most to the total now: its gain, weighted by its indicator,
 * within what its indicator can still rise (to 100). -1 when none adds anything. */
static long best_candidate(const struct whatif_year *y, const struct candidate *c, size_t n,
                           const double *room)
{
    long best = -1;
    double best_v = 0;
    for (size_t j = 0; j < n; j++) {
        if (c[j].taken) continue;
        double g = c[j].gain < room[c[j].ind] ? c[j].gain : room[c[j].ind];
        double v = y->r.ind[c[j].ind].s.weight * g;
        if (v > best_v + 1e-12 || (best >= 0 && v > best_v - 1e-12 && c[j].gain > c[best].gain))
            best = (long)j, best_v = v;
    }
    return best_v > 1e-12 ? best : -1;
}

static void take_items(const struct whatif_year *y, struct whatif_set *work, size_t nsets, int rank,
                       struct whatif_takes *out)
{
    struct candidate *c = xcalloc(y->n_items + 1, sizeof *c);
    size_t n = find_candidates(y, work, nsets, c), used = nsets;
    double room[RESULT_MAX_INDICATORS];
    for (size_t k = 0; k < y->r.n_ind; k++)
        room[k] = out->reach.ind[k].set ? 100 - out->reach.ind[k].v : 0;
    out->codes = xcalloc(n + 1, sizeof *out->codes);
    long j;
    while ((j = best_candidate(y, c, n, room)) >= 0) {
        c[j].taken = 1;
        room[c[j].ind] -= c[j].gain;
        snprintf(out->codes[out->n++], 16, "%s", y->items[c[j].item].code);
        snprintf(work[used].code, sizeof work[used].code, "%s", y->items[c[j].item].code);
        work[used++].score = 100;
        whatif_predict(y, work, used, &out->reach);
        if (reaches(y, &out->reach, rank)) {
            out->status = WHATIF_TAKES_FOUND;
            free(c);
            return;
        }
    }
    /* Not reached: the best the items can do is every one of them at 100. */
    for (size_t k = 0; k < n; k++) {
        if (c[k].taken) continue;
        snprintf(work[used].code, sizeof work[used].code, "%s", y->items[c[k].item].code);
        work[used++].score = 100;
    }
    whatif_predict(y, work, used, &out->reach);
    out->status = WHATIF_TAKES_SHORT;
    out->n = 0;
    free(c);
}

void whatif_takes(const struct whatif_year *y, const struct whatif_set *sets, size_t nsets,
                  const struct grade_band *target, struct whatif_takes *out)
{
    *out = (struct whatif_takes){.status = WHATIF_TAKES_UNKNOWN};
    const struct grade_rule *rule = &y->r.rule;
    struct whatif_point base;
    whatif_predict(y, NULL, 0, &base);
    if (rule->kind == GRADE_UNKNOWN || !base.summary.total.set) return;
    if (!target) {
        int r = whatif_band_rank(rule, base.band);
        if (r < 0) return;
        if (r == 0) {
            out->status = WHATIF_TAKES_TOP;
            out->target = base.band;
            return;
        }
        target = &rule->bands[r - 1];
    }
    int rank = whatif_band_rank(rule, target);
    if (rank < 0) return;
    out->target = target;
    struct whatif_set *work = xcalloc(nsets + y->n_items + 1, sizeof *work);
    if (nsets) memcpy(work, sets, nsets * sizeof *work);
    whatif_predict(y, work, nsets, &out->reach);
    if (reaches(y, &out->reach, rank))
        out->status = WHATIF_TAKES_REACHED;
    else if (!tool_short(target, &out->reach, out))
        take_items(y, work, nsets, rank, out);
    free(work);
}

void whatif_takes_free(struct whatif_takes *t)
{
    free(t->codes);
    t->codes = NULL;
    t->n = 0;
}

void whatif_year_free(struct whatif_year *y)
{
    result_free(&y->r);
    for (size_t i = 0; i < y->n_items; i++) {
        free(y->items[i].group_key);
        free(y->items[i].title);
    }
    free(y->items);
    *y = (struct whatif_year){0};
}
