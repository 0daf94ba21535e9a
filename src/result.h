/* One agency's assessment of one year: what ITAS published, what the catalog says,
 * and what itadesk computes from it. Filled by the storage layer, computed here. */
#ifndef ITADESK_RESULT_H
#define ITADESK_RESULT_H

#include <stddef.h>

#include "grade.h"
#include "score.h"

#define RESULT_MAX_INDICATORS 16

struct result_indicator {
    struct score_indicator s;
    char *name_th;
    char *name_en;
};

struct ita_result {
    long agency_id;
    char *agency_name;
    int year;
    char *framework_status; /* complete / partial / provisional */

    struct result_indicator ind[RESULT_MAX_INDICATORS];
    size_t n_ind;

    struct score_question *questions; /* IIT/EIT question scores with an indicator */
    size_t n_questions;
    struct score_item *items; /* scored OIT items; group_key strings owned here */
    size_t n_items;

    struct grade_rule rule; /* bands and their labels owned here */

    struct opt_score total_entered;
    char *level_entered;
    struct opt_score national_average; /* of all agencies that year, for context */

    /* Computed by result_compute(). */
    struct score_summary summary;
    const struct grade_band *grade; /* NULL: unknown rule or incomplete total */
};

/* Fills each indicator's computed value from its questions or items, then the
 * tool means, the total and the grade. */
void result_compute(struct ita_result *r);

/* True when the computed total differs from the published one. */
int result_total_differs(const struct ita_result *r);

void result_free(struct ita_result *r);

#endif
