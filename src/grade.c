#include "grade.h"

#include <string.h>

#include "score.h"

enum grade_kind grade_kind_parse(const char *word)
{
    static const char *const words[] = {"letters", "pass", "levels"};
    for (int i = 0; word && i < 3; i++)
        if (strcmp(word, words[i]) == 0) return (enum grade_kind)i;
    return GRADE_UNKNOWN;
}

static int tools_reach(const struct opt_score tool_mean[ITA_TOOL_COUNT], double min)
{
    for (int t = 0; t < ITA_TOOL_COUNT; t++)
        if (!tool_mean[t].set || score_round2(tool_mean[t].v) < min) return 0;
    return 1;
}

const struct grade_band *grade_pick(const struct grade_rule *rule, struct opt_score total,
                                    const struct opt_score tool_mean[ITA_TOOL_COUNT])
{
    if (!rule || rule->kind == GRADE_UNKNOWN || !total.set) return NULL;
    /* Bands compare against the published (rounded) total, as ITAS does. */
    double t = score_round2(total.v);
    for (size_t i = 0; i < rule->n; i++) {
        const struct grade_band *b = &rule->bands[i];
        if (t < b->min_total) continue;
        if (b->min_each_tool.set && !tools_reach(tool_mean, b->min_each_tool.v)) continue;
        return b;
    }
    return NULL;
}
