#include "score.h"

#include <math.h>
#include <string.h>

static struct opt_score opt_of(double v)
{
    return (struct opt_score){.set = true, .v = v};
}

double score_round2(double v)
{
    /* The epsilon absorbs binary representation error: 2.675 is stored as
     * 2.67499999…, yet ITAS (decimal arithmetic) prints 2.68. */
    double scaled = fabs(v) * 100.0;
    double r = floor(scaled + 0.5 + 1e-7) / 100.0;
    return v < 0 ? -r : r;
}

struct opt_score score_oit_indicator(const struct score_item *items, size_t n, int indicator_no)
{
    double sum_of_means = 0;
    int groups = 0;
    for (size_t i = 0; i < n; i++) {
        if (items[i].indicator_no != indicator_no) continue;
        /* Only the first item of each group opens it; later ones were summed then. */
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = items[j].indicator_no == indicator_no &&
                   strcmp(items[j].group_key, items[i].group_key) == 0;
        if (seen) continue;
        double sum = 0;
        int count = 0;
        for (size_t j = i; j < n; j++) {
            if (items[j].indicator_no == indicator_no &&
                strcmp(items[j].group_key, items[i].group_key) == 0) {
                sum += items[j].score;
                count++;
            }
        }
        sum_of_means += sum / count;
        groups++;
    }
    return groups ? opt_of(score_round2(sum_of_means / groups)) : (struct opt_score){0};
}

struct opt_score score_question_indicator(const struct score_question *qs, size_t n,
                                          int indicator_no)
{
    double sum = 0;
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        if (qs[i].indicator_no != indicator_no) continue;
        sum += qs[i].score;
        count++;
    }
    return count ? opt_of(score_round2(sum / count)) : (struct opt_score){0};
}

struct opt_score score_effective(const struct score_indicator *ind)
{
    return ind->entered.set ? ind->entered : ind->computed;
}

struct score_summary score_summarize(const struct score_indicator *inds, size_t n)
{
    struct score_summary s = {0};
    double tool_sum[ITA_TOOL_COUNT] = {0};
    int tool_count[ITA_TOOL_COUNT] = {0}, tool_have[ITA_TOOL_COUNT] = {0};
    double weighted = 0, weight = 0;
    for (size_t i = 0; i < n; i++) {
        struct opt_score v = score_effective(&inds[i]);
        int t = (int)inds[i].tool;
        tool_count[t]++;
        if (!v.set) {
            s.missing++;
            continue;
        }
        tool_have[t]++;
        tool_sum[t] += v.v;
        weighted += inds[i].weight * v.v;
        weight += inds[i].weight;
    }
    for (int t = 0; t < ITA_TOOL_COUNT; t++)
        if (tool_count[t] && tool_have[t] == tool_count[t])
            s.tool_mean[t] = opt_of(score_round2(tool_sum[t] / tool_count[t]));
    if (n && !s.missing && weight > 0) s.total = opt_of(score_round2(weighted / weight));
    return s;
}

int score_differs(struct opt_score a, struct opt_score b)
{
    if (!a.set || !b.set) return 0;
    return fabs(score_round2(a.v) - score_round2(b.v)) >= 0.005;
}
