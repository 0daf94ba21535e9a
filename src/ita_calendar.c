#include "ita_calendar.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text/tt_date.h"
#include "timefmt.h"

struct cal_key {
    const char *word, *label, *usual;
};

static const struct cal_key keys[ITA_CAL_COUNT] = {
#define ITA_CAL_ROW(id, word, label, usual) [ITA_CAL_##id] = {word, label, usual},
    ITA_CALENDAR_KEYS(ITA_CAL_ROW)
#undef ITA_CAL_ROW
};

int ita_cal_key_parse(const char *word)
{
    for (int k = 0; word && k < ITA_CAL_COUNT; k++)
        if (strcmp(word, keys[k].word) == 0) return k;
    return -1;
}

const char *ita_cal_key_word(enum ita_cal_key k)
{
    return (unsigned)k < ITA_CAL_COUNT ? keys[k].word : "";
}

const char *ita_cal_key_label(enum ita_cal_key k)
{
    return (unsigned)k < ITA_CAL_COUNT ? _(keys[k].label) : "";
}

const char *ita_cal_key_usual(enum ita_cal_key k)
{
    return (unsigned)k < ITA_CAL_COUNT ? _(keys[k].usual) : "";
}

int ita_cal_oit_open(const struct ita_calendar *c, const char *today)
{
    const char *open = c->date[ITA_CAL_OIT_OPEN], *close = c->date[ITA_CAL_OIT_CLOSE];
    /* ISO dates compare as text. */
    return open[0] && close[0] && strcmp(open, today) <= 0 && strcmp(today, close) <= 0;
}

/* The other end of k's window (open <-> close), or -1 for a single date. */
static int partner(enum ita_cal_key k)
{
    switch (k) {
    case ITA_CAL_REGISTER_OPEN:
    case ITA_CAL_OIT_OPEN:
    case ITA_CAL_SURVEY_OPEN:
    case ITA_CAL_DISPUTE_OPEN:
        return (int)k + 1;
    case ITA_CAL_REGISTER_CLOSE:
    case ITA_CAL_OIT_CLOSE:
    case ITA_CAL_SURVEY_CLOSE:
    case ITA_CAL_DISPUTE_CLOSE:
        return (int)k - 1;
    default:
        return -1;
    }
}

/* The dates a key of fiscal year fy (BE) may take, ISO. The year runs from 1 October of
 * fy-1 to 30 September of fy, and the cycle (ITA.md: registration in January to results in
 * July-August) lies within it, so every date must too: a date of another year (2026-03-01
 * typed for 2570) would open a window a year long. Only the late steps -- the score
 * clarification and the results -- may slip past 30 September when the NACC is late, and
 * then by at most three months: by January the next cycle's registration opens, and the
 * results of fy come before it. */
void ita_cal_range(int fy, enum ita_cal_key k, char from[11], char to[11])
{
    unsigned ce = (unsigned)(fy - 543) % 10000u; /* 4 digits: the years tt_date knows */
    int late = k == ITA_CAL_DISPUTE_OPEN || k == ITA_CAL_DISPUTE_CLOSE || k == ITA_CAL_RESULT;
    snprintf(from, 11, "%04u-10-01", ce - 1);
    snprintf(to, 11, late ? "%04u-12-31" : "%04u-09-30", ce);
}

static int check_range(const struct ita_calendar *c, enum ita_cal_key k, const char *iso, char *err,
                       size_t errsz)
{
    char from[11], to[11];
    ita_cal_range(c->year, k, from, to);
    if (strcmp(from, iso) <= 0 && strcmp(iso, to) <= 0) return 0;
    char shown[64], a[64], b[64];
    snprintf(err, errsz, _("%s: %s is outside fiscal year %d; the date must be from %s to %s"),
             ita_cal_key_label(k), timefmt_date(iso, 0, shown, sizeof shown), c->year,
             timefmt_date(from, 0, a, sizeof a), timefmt_date(to, 0, b, sizeof b));
    return -1;
}

int ita_cal_check(const struct ita_calendar *c, enum ita_cal_key k, const char *iso, char *err,
                  size_t errsz)
{
    if (!iso[0]) return 0;
    tt_date d;
    if (tt_date_parse(iso, &d) != TT_DATE_OK) {
        snprintf(err, errsz, _("%s: not a date"), ita_cal_key_label(k));
        return -1;
    }
    if (check_range(c, k, iso, err, errsz)) return -1;
    int p = partner(k);
    if (p < 0 || !c->date[p][0]) return 0;
    int is_open = p > (int)k;
    const char *open = is_open ? iso : c->date[p], *close = is_open ? c->date[p] : iso;
    if (strcmp(open, close) <= 0) return 0;
    char o[64], cl[64];
    snprintf(err, errsz, _("%s: the window would close (%s) before it opens (%s)"),
             ita_cal_key_label(k), timefmt_date(close, 0, cl, sizeof cl),
             timefmt_date(open, 0, o, sizeof o));
    return -1;
}
