/* Grading rules are data (one set of bands per fiscal year); this picks the band. */
#ifndef ITADESK_GRADE_H
#define ITADESK_GRADE_H

#include <stddef.h>

#include "ita.h"

enum grade_kind { GRADE_LETTERS, GRADE_PASS, GRADE_LEVELS, GRADE_UNKNOWN };

struct grade_band {
    const char *label_th;
    const char *label_en;
    double min_total;
    struct opt_score min_each_tool; /* every tool mean must reach it too */
    int passed;
    int certain; /* 0: the NACC did not state this band plainly */
};

struct grade_rule {
    enum grade_kind kind;
    const struct grade_band *bands; /* best first */
    size_t n;
};

/* "letters" → GRADE_LETTERS …; GRADE_UNKNOWN for anything else. */
enum grade_kind grade_kind_parse(const char *word);

/* The first band the total and tool means satisfy; NULL when the year's rule is
 * unknown, the total is absent or no band applies (the caller says so). */
const struct grade_band *grade_pick(const struct grade_rule *rule, struct opt_score total,
                                    const struct opt_score tool_mean[ITA_TOOL_COUNT]);

#endif
