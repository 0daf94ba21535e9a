/* Scoring: indicators from their questions or OIT items, tool means, the weighted
 * total and the grade. Pure arithmetic on values the storage layer hands in. */
#ifndef ITADESK_SCORE_H
#define ITADESK_SCORE_H

#include <stddef.h>

#include "ita.h"

/* One scored OIT item of a year, with its catalog grouping. */
struct score_item {
    const char *group_key; /* sub-indicator ("9.1") or topic heading */
    int indicator_no;      /* 0 when the catalog does not say */
    double score;          /* 0, 50 or 100 */
};

struct score_question {
    int indicator_no;
    double score;
};

struct score_indicator {
    int no;
    enum ita_tool tool;
    double weight;
    struct opt_score entered;  /* as published by ITAS */
    struct opt_score computed; /* from questions or items, when there are any */
};

struct score_summary {
    struct opt_score tool_mean[ITA_TOOL_COUNT];
    struct opt_score total; /* set only when every indicator has a value */
    int missing;            /* indicators with neither an entered nor a computed value */
};

/* Two decimals, half away from zero, as ITAS prints them (90.4908 → 90.49). */
double score_round2(double v);

/* Mean of the sub-indicator means of one OIT indicator (a plain mean over items
 * gives the wrong number). Unset when none of its items has a score. */
struct opt_score score_oit_indicator(const struct score_item *items, size_t n, int indicator_no);

/* Mean of the question scores of one indicator. */
struct opt_score score_question_indicator(const struct score_question *qs, size_t n,
                                          int indicator_no);

/* The value used for totals: entered when published, else computed. */
struct opt_score score_effective(const struct score_indicator *ind);

/* Tool means and the tool-weighted total of the indicators' effective values,
 * both rounded to two decimals. */
struct score_summary score_summarize(const struct score_indicator *inds, size_t n);

/* True when two published-precision values differ (compared at two decimals). */
int score_differs(struct opt_score a, struct opt_score b);

#endif
