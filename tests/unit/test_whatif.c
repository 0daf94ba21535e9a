/* What-if: the prediction on seed 000's FY 2567 (checked against this file's own arithmetic
 * of the ITA formula, not the code under test), the model's rules, and "what it takes"
 * checked against every subset of items. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_ita.h"
#include "whatif.h"
#include "xalloc.h"

/* ---- seed 000, FY 2567, read from tests/data ---- */

/* The 2567 grouping as ITA.md states it: 9.1 O1-O6, 9.2 O7-O13, 9.3 O14-O17, 9.4 O18-O21,
 * 9.5 O22-O25; indicator 10 = O26-O35 in one group. */
static const char *group_2567(int n)
{
    return n <= 6    ? "9.1"
           : n <= 13 ? "9.2"
           : n <= 17 ? "9.3"
           : n <= 21 ? "9.4"
           : n <= 25 ? "9.5"
                     : "10";
}

/* Reads "a,b,...,x" CSV lines (CR LF or LF) of a file in tests/data; calls row with the
 * fields of each line after the header. */
static void read_csv(const char *name, void (*row)(char **f, int n, void *ctx), void *ctx)
{
    char path[1024], line[1024];
    snprintf(path, sizeof path, "%s/%s", ITADESK_TEST_DATA_DIR, name);
    FILE *f = fopen(path, "r");
    cr_assert(f, "cannot open %s", path);
    int first = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (first) {
            first = 0;
            continue;
        }
        char *fields[8], *save = NULL;
        int n = 0;
        for (char *p = strtok_r(line, ",", &save); p && n < 8; p = strtok_r(NULL, ",", &save))
            fields[n++] = p;
        row(fields, n, ctx);
    }
    fclose(f);
}

static void indicator_row(char **f, int n, void *ctx)
{
    double *v = ctx;
    int no = atoi(f[0]);
    if (n == 2 && no >= 1 && no <= 10) v[no - 1] = strtod(f[1], NULL);
}

struct oit_scores {
    double score[36]; /* by item number; -1 = not scored */
};

static void oit_row(char **f, int n, void *ctx)
{
    struct oit_scores *s = ctx;
    cr_assert_eq(n, 4);
    s->score[atoi(f[2] + 1)] = strtod(f[3], NULL);
}

static void load_seed000(double ind[10], struct oit_scores *items)
{
    for (int i = 0; i < 36; i++)
        items->score[i] = -1;
    read_csv("ita-seed000-2567-indicator-scores.csv", indicator_row, ind);
    read_csv("ita-acceptance-seed000-2567-oit-scores.csv", oit_row, items);
}

static struct grade_band pass_2567[] = {
    {"ผ่าน", "pass", 85, {false, 0}, 1, 1},
    {"ไม่ผ่าน", "fail", 0, {false, 0}, 0, 1},
};

/* The year as the loader would give it, from the seed's figures. */
static void make_year(struct whatif_year *y, const double ind[10], const struct oit_scores *s,
                      const struct grade_band *bands, size_t nbands)
{
    *y = (struct whatif_year){0};
    y->r.year = 2567;
    y->r.n_ind = 10;
    for (int i = 0; i < 10; i++)
        y->r.ind[i].s = th_indicator(i + 1, ind[i]);
    y->r.rule = (struct grade_rule){GRADE_LEVELS, bands, nbands};
    y->items = xcalloc(35, sizeof *y->items);
    for (int n = 1; n <= 35; n++) {
        struct whatif_item *it = &y->items[y->n_items++];
        snprintf(it->code, sizeof it->code, "O%d", n);
        it->group_key = xstrdup(group_2567(n));
        it->indicator_no = n <= 25 ? 9 : 10;
        it->score = (struct opt_score){s->score[n] >= 0, s->score[n] >= 0 ? s->score[n] : 0};
    }
}

static void free_year(struct whatif_year *y)
{
    for (size_t i = 0; i < y->n_items; i++)
        free(y->items[i].group_key);
    free(y->items);
}

/* Seed 000's FY 2567 under a rule, from tests/data. */
static void seed_year(struct whatif_year *y, const struct grade_band *bands, size_t nbands)
{
    double ind[10];
    struct oit_scores s;
    load_seed000(ind, &s);
    make_year(y, ind, &s, bands, nbands);
}

/* Half away from zero at two decimals, as ITAS prints (this test's own rounding). */
static double r2(double v)
{
    return floor(v * 100 + 0.5 + 1e-7) / 100;
}

/* Indicator 9 of seed 000 with some items replaced: the mean of the five sub-indicators'
 * means over their scored items, by hand. */
static double indicator9_by_hand(const struct oit_scores *s, const int *codes, size_t n, double v)
{
    double sum_of_means = 0;
    static const int first[] = {1, 7, 14, 18, 22, 26};
    for (int g = 0; g < 5; g++) {
        double sum = 0;
        int count = 0;
        for (int item = first[g]; item < first[g + 1]; item++) {
            double sc = s->score[item];
            for (size_t k = 0; k < n; k++)
                if (codes[k] == item) sc = v;
            if (sc < 0) continue; /* O5: not scored */
            sum += sc;
            count++;
        }
        sum_of_means += sum / count;
    }
    return r2(sum_of_means / 5);
}

Test(whatif, seed000_2567_five_items_done_by_the_formula)
{
    double ind[10];
    struct oit_scores s;
    load_seed000(ind, &s);
    struct whatif_year y;
    make_year(&y, ind, &s, pass_2567, 2);

    static const int done[] = {12, 13, 14, 17, 19};
    struct whatif_set sets[5];
    for (int i = 0; i < 5; i++) {
        snprintf(sets[i].code, sizeof sets[i].code, "O%d", done[i]);
        sets[i].score = 100;
    }
    struct whatif_point now, then;
    whatif_predict(&y, NULL, 0, &now);
    whatif_predict(&y, sets, 5, &then);

    /* The formula, worked here: indicator 9 from its sub-indicators; 10 stays as published
     * (no mark falls on it); OIT = mean of 9 and 10; total = 0.3 IIT + 0.3 EIT + 0.4 OIT. */
    double i9_now = indicator9_by_hand(&s, NULL, 0, 0);
    double i9 = indicator9_by_hand(&s, done, 5, 100);
    cr_assert_float_eq(i9_now, ind[8], 1e-9, "the items give the published 76.79");
    double iit = (ind[0] + ind[1] + ind[2] + ind[3] + ind[4]) / 5;
    double eit = (ind[5] + ind[6] + ind[7]) / 3;
    double oit = (i9 + ind[9]) / 2;
    double total = r2(0.3 * iit + 0.3 * eit + 0.4 * oit);
    double total_now = r2(0.3 * iit + 0.3 * eit + 0.4 * (ind[8] + ind[9]) / 2);

    cr_assert_float_eq(then.ind[8].v, i9, 1e-9);
    cr_assert_float_eq(then.ind[9].v, ind[9], 1e-9);
    cr_assert_float_eq(then.summary.tool_mean[ITA_OIT].v, r2(oit), 1e-9);
    cr_assert_float_eq(then.summary.total.v, total, 1e-9);
    cr_assert_float_eq(now.summary.total.v, total_now, 1e-9);
    /* ... which are these figures (so that the e2e test's can be read beside them). */
    cr_expect_float_eq(i9, 97.50, 1e-9);
    cr_expect_float_eq(r2(oit), 91.25, 1e-9);
    cr_expect_float_eq(total, 94.63, 1e-9);
    cr_expect_float_eq(total_now, 90.49, 1e-9);
    cr_assert_str_eq(then.band->label_th, "ผ่าน");
    free_year(&y);
}

Test(whatif, a_published_value_moves_by_what_the_marks_change)
{
    struct whatif_year y;
    seed_year(&y, pass_2567, 2);
    struct whatif_point now, p;
    whatif_predict(&y, NULL, 0, &now);
    /* Indicator 10: published 85.00, its items (nine at 100, O34 at 0) give 90.00. */
    cr_assert(now.differs[9]);
    cr_assert_float_eq(now.ind[9].v, 85.00, 1e-9);
    struct whatif_set same = {"O26", 100}, o34 = {"O34", 100}, half = {"O34", 50};
    whatif_predict(&y, &same, 1, &p);
    cr_assert_float_eq(p.ind[9].v, 85.00, 1e-9, "a mark at the score it has changes nothing");
    whatif_predict(&y, &o34, 1, &p);
    cr_assert_float_eq(p.ind[9].v, 95.00, 1e-9, "85 + (100 - 90)");
    whatif_predict(&y, &half, 1, &p);
    cr_assert_float_eq(p.ind[9].v, 90.00, 1e-9, "85 + (95 - 90)");
    struct whatif_set worse = {"O1", 0};
    whatif_predict(&y, &worse, 1, &p);
    cr_assert_float_eq(p.ind[8].v, r2(76.79 - 100.0 / 5 / 5), 1e-9,
                       "9.1 (five scored items: O5 has none) loses a fifth");
    free_year(&y);
}

Test(whatif, the_top_level_and_a_target_below)
{
    struct whatif_year y;
    seed_year(&y, pass_2567, 2);
    struct whatif_takes t;
    whatif_takes(&y, NULL, 0, NULL, &t);
    cr_assert_eq(t.status, WHATIF_TAKES_TOP);
    whatif_takes_free(&t);
    whatif_takes(&y, NULL, 0, whatif_band_named(&y.r.rule, " FAIL "), &t);
    cr_assert_eq(t.status, WHATIF_TAKES_REACHED);
    whatif_takes_free(&t);
    free_year(&y);
}

/* 2568's rule: ผ่านดี needs every tool at 85. */
static struct grade_band levels_2568[] = {
    {"ผ่านดีเยี่ยม", "pass, excellent", 95, {true, 95}, 1, 0},
    {"ผ่านดี", "pass, good", 85, {true, 85}, 1, 1},
    {"ผ่าน", "pass", 85, {false, 0}, 1, 1},
    {"ต้องปรับปรุง", "needs improvement", 70, {false, 0}, 0, 0},
    {"ต้องปรับปรุงโดยด่วน", "needs urgent improvement", 0, {false, 0}, 0, 0},
};

Test(whatif, every_tool_at_85_for_good_and_a_tool_the_oit_cannot_move)
{
    struct whatif_year y;
    seed_year(&y, levels_2568, 5);
    struct whatif_point now;
    whatif_predict(&y, NULL, 0, &now);
    cr_assert_str_eq(now.band->label_th, "ผ่าน", "OIT 80.90 is under 85");
    struct whatif_takes t;
    whatif_takes(&y, NULL, 0, NULL, &t);
    cr_assert_eq(t.status, WHATIF_TAKES_FOUND);
    cr_assert_str_eq(t.target->label_th, "ผ่านดี");
    /* O34 is worth 10 points of indicator 10 (one of its ten items; 85 + 10 stays under
     * 100); an item of 9.3 or 9.4 5 points of indicator 9 (100 / 4 items / 5 groups), O12 or
     * O13 2.86: O34 alone gives an OIT mean of (76.79 + 95) / 2 = 85.90. */
    cr_assert_eq(t.n, 1);
    cr_assert_str_eq(t.codes[0], "O34");
    cr_assert_float_eq(t.reach.summary.tool_mean[ITA_OIT].v, r2((76.79 + 95) / 2), 1e-9);
    whatif_takes_free(&t);
    /* Excellent needs EIT at 95: 94.65 cannot be moved by OIT items. */
    whatif_takes(&y, NULL, 0, &levels_2568[0], &t);
    cr_assert_eq(t.status, WHATIF_TAKES_TOOL);
    cr_assert_eq(t.tool, ITA_EIT);
    cr_assert_float_eq(t.tool_mean, 94.65, 1e-9);
    whatif_takes_free(&t);
    free_year(&y);
}

/* ---- "what it takes" is the fewest: checked against every subset ---- */

/* The fewest candidates (items under 100 in the scenario) whose raising to 100 reaches the
 * band of rank `rank`, by trying every subset with whatif_predict as the judge; -1 if none. */
static int fewest_by_every_subset(const struct whatif_year *y, const struct whatif_set *sets,
                                  size_t nsets, int rank)
{
    const char *cand[40];
    int nc = 0;
    for (size_t i = 0; i < y->n_items; i++) {
        struct opt_score sc = y->items[i].score;
        for (size_t k = 0; k < nsets; k++)
            if (strcmp(sets[k].code, y->items[i].code) == 0)
                sc = (struct opt_score){true, sets[k].score};
        if (sc.set && sc.v < 100) cand[nc++] = y->items[i].code;
    }
    cr_assert_leq(nc, 16, "too many to try every subset");
    int best = -1;
    struct whatif_set work[64];
    for (unsigned mask = 0; mask < (1u << nc); mask++) {
        int bits = __builtin_popcount(mask);
        if (best >= 0 && bits >= best) continue;
        size_t n = nsets;
        if (nsets) memcpy(work, sets, nsets * sizeof *work);
        for (int c = 0; c < nc; c++)
            if (mask & (1u << c)) {
                snprintf(work[n].code, sizeof work[n].code, "%s", cand[c]);
                work[n++].score = 100;
            }
        struct whatif_point p;
        whatif_predict(y, work, n, &p);
        int r = whatif_band_rank(&y->r.rule, p.band);
        if (r >= 0 && r <= rank) best = bits;
    }
    return best;
}

static int found_several; /* targets that took two items or more: the check is not idle */

/* Checks whatif_takes against every subset for every band of the rule as the target. */
static void check_minimal(const struct whatif_year *y, const struct whatif_set *sets, size_t nsets,
                          const char *what)
{
    for (size_t b = 0; b < y->r.rule.n; b++) {
        struct whatif_takes t;
        whatif_takes(y, sets, nsets, &y->r.rule.bands[b], &t);
        int fewest = fewest_by_every_subset(y, sets, nsets, (int)b);
        switch (t.status) {
        case WHATIF_TAKES_FOUND:
            found_several += t.n >= 2;
            cr_assert_eq((int)t.n, fewest, "%s, band %zu: %zu items, every subset says %d", what, b,
                         t.n, fewest);
            break;
        case WHATIF_TAKES_REACHED:
            cr_assert_eq(fewest, 0, "%s, band %zu", what, b);
            break;
        case WHATIF_TAKES_TOOL:
        case WHATIF_TAKES_SHORT:
            cr_assert_eq(fewest, -1, "%s, band %zu: said unreachable, a subset of %d reaches it",
                         what, b, fewest);
            break;
        case WHATIF_TAKES_UNKNOWN: /* an indicator without any value: no total */
            cr_assert_eq(fewest, -1, "%s, band %zu: said unknown", what, b);
            break;
        default:
            cr_assert_fail("%s, band %zu: status %d", what, b, (int)t.status);
        }
        whatif_takes_free(&t);
    }
}

/* Fine bands from 99 down, 2 points apart, so that every count of items is a target. */
static struct grade_band fine[] = {
    {"99", "99", 99, {false, 0}, 1, 1}, {"97", "97", 97, {false, 0}, 1, 1},
    {"95", "95", 95, {false, 0}, 1, 1}, {"93", "93", 93, {false, 0}, 1, 1},
    {"91", "91", 91, {false, 0}, 1, 1}, {"89", "89", 89, {false, 0}, 1, 1},
    {"87", "87", 87, {false, 0}, 1, 1}, {"85", "85", 85, {false, 0}, 1, 1},
    {"70", "70", 70, {false, 0}, 1, 1}, {"0", "0", 0, {false, 0}, 1, 1},
};

Test(whatif, seed000_what_it_takes_is_the_fewest_for_every_level)
{
    struct whatif_year y;
    seed_year(&y, fine, sizeof fine / sizeof fine[0]);
    check_minimal(&y, NULL, 0, "seed 000, fine bands");
    struct whatif_set half = {"O12", 50};
    check_minimal(&y, &half, 1, "seed 000 with O12 half done");
    free_year(&y);
    seed_year(&y, levels_2568, 5);
    check_minimal(&y, NULL, 0, "seed 000, 2568's rule");
    free_year(&y);
}

/* A small random year: 1-4 groups per OIT indicator of 1-5 items, scores 0/50/100, some
 * unscored, published values off their items by a few points. */
static void random_year(struct whatif_year *y, unsigned *seed, struct grade_band *bands, size_t nb)
{
    double ind[10];
    for (int i = 0; i < 8; i++)
        ind[i] = 80 + rand_r(seed) % 2001 / 100.0;
    ind[8] = ind[9] = 0; /* set below from the items */
    struct oit_scores none;
    for (int i = 0; i < 36; i++)
        none.score[i] = -1;
    make_year(y, ind, &none, bands, nb);
    for (size_t i = 0; i < y->n_items; i++)
        free(y->items[i].group_key);
    y->n_items = 0;
    int candidates = 0;
    for (int no = 9; no <= 10; no++) {
        int groups = 1 + rand_r(seed) % 3;
        for (int g = 0; g < groups; g++) {
            int items = 1 + rand_r(seed) % 4;
            for (int k = 0; k < items && y->n_items < 35; k++) {
                struct whatif_item *it = &y->items[y->n_items];
                snprintf(it->code, sizeof it->code, "O%zu", y->n_items + 1);
                char key[16];
                snprintf(key, sizeof key, "%d.%d", no, g + 1);
                it->group_key = xstrdup(key);
                it->indicator_no = no;
                int r = rand_r(seed) % 7;
                it->score = (struct opt_score){r != 6, r < 2 ? 0 : r < 4 ? 50 : 100};
                if (candidates >= 12 && it->score.v < 100) it->score.v = 100;
                candidates += it->score.set && it->score.v < 100;
                y->n_items++;
            }
        }
    }
    /* Published 9 and 10: their computation, or a few points off it, or none. */
    struct whatif_point p;
    y->r.ind[8].s.entered.set = y->r.ind[9].s.entered.set = false;
    whatif_predict(y, NULL, 0, &p);
    for (int k = 8; k < 10; k++) {
        int r = rand_r(seed) % 3;
        double v = p.ind[k].set ? p.ind[k].v : 50;
        y->r.ind[k].s.entered = (struct opt_score){r != 2, fmin(100, fmax(0, v + (r ? 0 : 7.5)))};
    }
}

Test(whatif, random_years_what_it_takes_is_the_fewest)
{
    unsigned seed = 20261201;
    for (int round = 0; round < 150; round++) {
        struct whatif_year y;
        random_year(&y, &seed, fine, sizeof fine / sizeof fine[0]);
        char what[64];
        snprintf(what, sizeof what, "random year %d", round);
        check_minimal(&y, NULL, 0, what);
        free_year(&y);
        random_year(&y, &seed, levels_2568, 5);
        check_minimal(&y, NULL, 0, what);
        free_year(&y);
    }
    cr_assert_gt(found_several, 100, "only %d targets needed two items or more", found_several);
}

/* Parses s; 0 or -1, with the reason in why (freed by the next call). */
static int parse(const char *text, struct whatif_set *s, char **why)
{
    free(*why);
    return whatif_parse_set(text, s, why);
}

Test(whatif, parses_item_equals_score)
{
    struct whatif_set s;
    char *why = NULL;
    cr_assert_eq(parse("O12=100", &s, &why), 0);
    cr_assert_null(why);
    cr_assert_str_eq(s.code, "O12");
    cr_assert_float_eq(s.score, 100, 1e-9);
    cr_assert_eq(parse("o๑๓=๕๐", &s, &why), 0, "%s", why);
    cr_assert_str_eq(s.code, "O13");
    cr_assert_float_eq(s.score, 50, 1e-9);
    cr_assert_eq(parse("O12", &s, &why), -1);
    cr_assert(strstr(why, "ITEM=SCORE"), "%s", why);
    cr_assert_eq(parse("O12=101", &s, &why), -1);
    cr_assert(strstr(why, "'O12=101'") && strstr(why, "0 to 100"), "%s", why);
    cr_assert_eq(parse("O12=1e2", &s, &why), -1);
    cr_assert_eq(parse("O12=", &s, &why), -1);
    cr_assert_eq(parse("X=100", &s, &why), -1);
    cr_assert(strstr(why, "not an OIT item code"), "%s", why);
    /* A long Thai code is named whole, never cut inside a character. */
    char code[400] = "";
    for (int i = 0; i < 40; i++)
        strcat(code, "ข้อ");
    char arg[420], quoted[420];
    snprintf(arg, sizeof arg, "%s=100", code);
    snprintf(quoted, sizeof quoted, "'%s'", code);
    cr_assert_eq(parse(arg, &s, &why), -1);
    cr_assert(strstr(why, arg) && strstr(why, quoted), "%s", why);
    free(why);
}
