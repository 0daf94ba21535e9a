/* What-if: the indicators, tool means, total and level an agency's year would have if some
 * OIT items were scored differently ("if done" = 100, "if half" = 50), and "what it takes":
 * the fewest items to raise to 100 to reach a level. Pure arithmetic on the year's scores
 * (score.c, grade.c); nothing here is ever stored.
 *
 * The model: an OIT indicator's prediction is its current value (published, else computed
 * from the item scores) plus the change the marks make to its computation from the item
 * scores (score_oit_indicator), kept within 0-100. So a year whose published value differs
 * from its items (seed 000's indicator 10: 85.00 published, 90.00 from its items) moves by
 * what the marks change, and an item marked at the score it already has changes nothing. */
#ifndef ITADESK_WHATIF_H
#define ITADESK_WHATIF_H

#include <stddef.h>

#include "result.h"

#define WHATIF_MAX_SETS 128

/* One OIT item of the year's catalog that counts for an indicator. */
struct whatif_item {
    char code[16];
    char *group_key;
    char *title; /* NULL when the catalog does not know it */
    int indicator_no;
    struct opt_score score; /* the panel's score; unset when not (yet) scored */
};

/* An agency's year as the what-if sees it: the result (indicators with their published
 * values, the grading rule) and the OIT items with their scores, in catalog order. */
struct whatif_year {
    struct ita_result r;
    struct whatif_item *items;
    size_t n_items;
};

/* A mark: the item's score if it were done (100), half done (50), or any 0-100. */
struct whatif_set {
    char code[16];
    double score;
};

/* One state of the year: the value of each indicator (in r.ind order), tool means, the
 * total and the level it reaches under the year's rule. */
struct whatif_point {
    struct opt_score ind[RESULT_MAX_INDICATORS];
    /* Per indicator: 1 when its published value differs from its computation from the item
     * scores (the prediction then moves the published value by the change). */
    int differs[RESULT_MAX_INDICATORS];
    /* Per indicator: 1 when marks fall on it but nothing can be computed from its items
     * (it has a published value and no item score): its value does not move. */
    int fixed[RESULT_MAX_INDICATORS];
    struct score_summary summary;
    const struct grade_band *band; /* NULL: no rule, or no total */
};

/* The year with the marks applied (no marks: its current state). A mark of an item without
 * a score adds it to its sub-indicator. Marks of codes the year lacks are ignored (check
 * them with whatif_find first). */
void whatif_predict(const struct whatif_year *y, const struct whatif_set *sets, size_t nsets,
                    struct whatif_point *out);

/* The index of the item with that code, or -1. */
long whatif_find(const struct whatif_year *y, const char *code);

/* "O12=100", "o 12 = ๕๐", "O12=50.5": the code (normalised) and a score 0-100. 0, or -1
 * with *why (translated, naming the part that is wrong; malloc'd, the caller frees it). */
int whatif_parse_set(const char *text, struct whatif_set *out, char **why);

/* The band named `name` (its Thai or English label, case and blanks around ignored), or
 * NULL. */
const struct grade_band *whatif_band_named(const struct grade_rule *rule, const char *name);

enum whatif_takes_status {
    WHATIF_TAKES_FOUND,   /* items[] reach the target */
    WHATIF_TAKES_REACHED, /* the year (with its marks) is at the target or above already */
    WHATIF_TAKES_TOP,     /* no level above the current one */
    WHATIF_TAKES_TOOL,    /* a tool the OIT cannot change is under the target's minimum */
    WHATIF_TAKES_SHORT,   /* even every item at 100 does not reach it */
    WHATIF_TAKES_UNKNOWN, /* no grading rule for the year, or no total to start from */
};

struct whatif_takes {
    enum whatif_takes_status status;
    const struct grade_band *target;
    char (*codes)[16]; /* FOUND: the items to raise to 100, the biggest gain first */
    size_t n;
    struct whatif_point reach; /* FOUND: the state they give; SHORT: with every item at 100 */
    enum ita_tool tool;        /* TOOL: the tool under the minimum, and its mean */
    double tool_mean;
};

/* What it takes to reach `target` (NULL: the level above the current one, without marks)
 * from the year with its marks: the fewest items not at 100 whose raising to 100 reaches
 * it. Items of one sub-indicator weigh the same, so the items are taken by their gain to
 * the total, the biggest first, which gives the fewest (test_whatif checks it against every
 * subset). Free with whatif_takes_free. */
void whatif_takes(const struct whatif_year *y, const struct whatif_set *sets, size_t nsets,
                  const struct grade_band *target, struct whatif_takes *out);
void whatif_takes_free(struct whatif_takes *t);

/* The position of a band in its rule, best first; -1 for NULL. */
int whatif_band_rank(const struct grade_rule *rule, const struct grade_band *band);

void whatif_year_free(struct whatif_year *y);

#endif
