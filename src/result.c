#include "result.h"

#include <stdlib.h>

void result_compute(struct ita_result *r)
{
    struct score_indicator plain[RESULT_MAX_INDICATORS];
    for (size_t i = 0; i < r->n_ind; i++) {
        struct score_indicator *s = &r->ind[i].s;
        s->computed = s->tool == ITA_OIT
                          ? score_oit_indicator(r->items, r->n_items, s->no)
                          : score_question_indicator(r->questions, r->n_questions, s->no);
        plain[i] = *s;
    }
    r->summary = score_summarize(plain, r->n_ind);
    r->grade = grade_pick(&r->rule, r->summary.total, r->summary.tool_mean);
}

int result_total_differs(const struct ita_result *r)
{
    return score_differs(r->summary.total, r->total_entered);
}

void result_free(struct ita_result *r)
{
    free(r->agency_name);
    free(r->framework_status);
    for (size_t i = 0; i < r->n_ind; i++) {
        free(r->ind[i].name_th);
        free(r->ind[i].name_en);
    }
    free(r->questions);
    for (size_t i = 0; i < r->n_items; i++)
        free((char *)r->items[i].group_key);
    free(r->items);
    for (size_t i = 0; i < r->rule.n; i++) {
        free((char *)r->rule.bands[i].label_th);
        free((char *)r->rule.bands[i].label_en);
    }
    free((struct grade_band *)r->rule.bands);
    free(r->level_entered);
    *r = (struct ita_result){0};
}
