/* Which monitoring round of a measure is next, and whether it is due. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "plan.h"
#include "text/tt.h"

static const struct progress_round *round_of(const struct measure *m, int months)
{
    for (size_t i = 0; i < m->n_progress; i++)
        if (m->progress[i].months == months) return &m->progress[i];
    return NULL;
}

/* Days from a to b (ISO dates); 0 when either is unreadable. */
static long days_between(const char *a, const char *b)
{
    tt_date x, y;
    if (tt_date_parse(a, &x) != TT_DATE_OK || tt_date_parse(b, &y) != TT_DATE_OK) return 0;
    struct tm tx = {.tm_year = x.y - 1900, .tm_mon = x.m - 1, .tm_mday = x.d, .tm_hour = 12};
    struct tm ty = {.tm_year = y.y - 1900, .tm_mon = y.m - 1, .tm_mday = y.d, .tm_hour = 12};
    return (long)((timegm(&ty) - timegm(&tx)) / 86400);
}

enum round_due measure_next_round(const struct measure *m, const char *today, int *months,
                                  char due[11])
{
    return measure_next_round_within(m, today, 30, months, due);
}

enum round_due measure_next_round_within(const struct measure *m, const char *today, int days,
                                         int *months, char due[11])
{
    int planned[4], n = measure_round_months(m->rounds, planned);
    due[0] = '\0';
    if (m->status == ITA_DONE) return ROUND_NONE;
    for (int i = 0; i < n; i++) {
        const struct progress_round *r = round_of(m, planned[i]);
        if (r && r->state == ITA_DONE) continue;
        *months = planned[i];
        measure_round_due(m, planned[i], due);
        if (!due[0]) return ROUND_LATER;
        long left = days_between(today, due);
        return left < 0 ? ROUND_OVERDUE : left <= days ? ROUND_DUE : ROUND_LATER;
    }
    return ROUND_NONE;
}

const char *measure_round_label(enum round_due d)
{
    switch (d) {
    case ROUND_OVERDUE:
        return _("overdue");
    case ROUND_DUE:
        return _("due");
    default:
        return "";
    }
}
