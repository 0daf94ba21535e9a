/* Turning what an officer typed into a measure, with the checks a form shows next to
 * each field. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "field_limits.h"
#include "i18n.h"
#include "number.h"
#include "plan.h"
#include "text/tt.h"
#include "xalloc.h"

/* A copy of s without leading and trailing blanks (spaces, tabs, newlines). */
static char *trimmed(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && strchr(" \t\n\r", s[n - 1]))
        n--;
    return xstrndup(s, n);
}

static int iso_of(tt_date d, char out[11])
{
    char *s = tt_date_format(d, TT_DATE_ISO);
    if (!s) return -1;
    snprintf(out, 11, "%s", s);
    free(s);
    return 0;
}

/* A date as officers write it; "ต.ค. 65" (a month) means its first day, or its last
 * day when `end` is set. */
static int parse_date(const char *text, int end, tt_date *d)
{
    int rc = tt_date_parse(text, d);
    if (rc == TT_DATE_OK || rc == TT_DATE_EEMPTY) return rc;
    char with_day[160];
    snprintf(with_day, sizeof with_day, "1 %s", text);
    if (tt_date_parse(with_day, d) != TT_DATE_OK) return rc;
    if (end) d->d = tt_days_in_month(d->y, d->m);
    return TT_DATE_OK;
}

int measure_parse_period(const char *text, char start_iso[11], char end_iso[11])
{
    static const char *const separators[] = {"–", "—", "ถึง", " - "};
    for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
        const char *sep = strstr(text, separators[i]);
        if (!sep) continue;
        char left[128];
        snprintf(left, sizeof left, "%.*s", (int)(sep - text), text);
        tt_date a, b;
        if (parse_date(left, 0, &a) || parse_date(sep + strlen(separators[i]), 1, &b)) return -1;
        return iso_of(a, start_iso) || iso_of(b, end_iso);
    }
    return -1;
}

int measure_whole_year_period(const char *text, int plan_year, char start_iso[11], char end_iso[11])
{
    if (!strstr(text, "ตลอดปีงบประมาณ")) return -1;
    return iso_of(tt_fiscal_year_start(plan_year), start_iso) ||
           iso_of(tt_fiscal_year_end(plan_year), end_iso);
}

int measure_parse_rounds(const char *text, char out[16])
{
    char *ascii = tt_digits_to_ascii(text);
    if (!ascii) return -1;
    int last = 0, n = 0, ok = 1;
    out[0] = '\0';
    for (char *tok = strtok(ascii, ";,/ "); tok && ok; tok = strtok(NULL, ";,/ ")) {
        char *end;
        long v = strtol(tok, &end, 10);
        ok = *end == '\0' && (v == 3 || v == 6 || v == 9 || v == 12) && v > last;
        if (ok) {
            size_t len = strlen(out);
            snprintf(out + len, 16 - len, "%s%ld", n ? ";" : "", v);
            last = (int)v;
            n++;
        }
    }
    free(ascii);
    return ok ? 0 : -1;
}

int measure_round_months(const char *rounds, int months[4])
{
    int n = 0;
    for (const char *p = rounds; p && *p && n < 4;) {
        months[n++] = atoi(p);
        p = strchr(p, ';');
        if (p) p++;
    }
    return n;
}

void measure_round_due(const struct measure *m, int months, char out[11])
{
    tt_date d;
    out[0] = '\0';
    if (!m->start_date || tt_date_parse(m->start_date, &d) != TT_DATE_OK) return;
    /* A round reports on its months: due on the last day of the last of them. */
    int index = d.y * 12 + (d.m - 1) + months - 1;
    d.y = index / 12;
    d.m = index % 12 + 1;
    d.d = tt_days_in_month(d.y, d.m);
    iso_of(d, out);
}

/* Replaces *field with a trimmed copy of value (NULL when empty). */
static void set_text(char **field, const char *value)
{
    char *t = trimmed(value ? value : "");
    free(*field);
    *field = *t ? t : NULL;
    if (!*t) free(t);
}

/* Replaces *field with the name's canonical form (tt_name_normalize; NULL when empty), so
 * that a responsible unit typed with an invisible character is the same unit. */
static void set_name(char **field, const char *value)
{
    char *t = tt_name_normalize(value);
    free(*field);
    *field = *t ? t : NULL;
    if (!*t) free(t);
}

/* A budget: a plain amount ("250,000", "๒๕๐,๐๐๐.๕๐"), optionally followed by บาท, or "-". */
static int set_budget(struct measure *m, const char *text, char *err, size_t errsz)
{
    char *t = trimmed(text ? text : "");
    size_t n = strlen(t);
    static const char baht[] = "บาท";
    char *amount = xstrdup(t);
    if (n >= sizeof baht - 1 && strcmp(t + n - (sizeof baht - 1), baht) == 0)
        amount[n - (sizeof baht - 1)] = '\0';
    double v = 0;
    int none = !*t || strcmp(t, "-") == 0 || strcmp(t, "–") == 0;
    int rc = 0;
    if (none)
        m->budget = (struct opt_score){0};
    else if (number_parse_amount(amount, &v) == 0)
        m->budget = (struct opt_score){true, v};
    else {
        snprintf(err, errsz, _("budget: '%s' is not an amount in baht or -"), t);
        rc = -1;
    }
    free(amount);
    free(t);
    return rc;
}

static int set_date(char **iso, const char *text, int end, const char *field, char *err,
                    size_t errsz)
{
    tt_date d;
    char *t = trimmed(text ? text : "");
    int rc = t ? parse_date(t, end, &d) : TT_DATE_ESYNTAX;
    free(t);
    if (rc == TT_DATE_EEMPTY) {
        free(*iso);
        *iso = NULL;
        return 0;
    }
    char buf[11];
    if (rc != TT_DATE_OK || iso_of(d, buf)) {
        snprintf(err, errsz, "%s: %s", field, tt_date_strerror(rc));
        return -1;
    }
    free(*iso);
    *iso = xstrdup(buf);
    return 0;
}

/* The period as the officer typed its two ends, joined as the seeds print it. */
static void compose_period(struct measure *m, const struct measure_input *in)
{
    if (!(in->fields & (MF_START | MF_END))) return;
    char *start = (in->fields & MF_START) ? trimmed(in->start ? in->start : "") : NULL;
    char *end = (in->fields & MF_END) ? trimmed(in->end ? in->end : "") : NULL;
    tt_date d;
    if (!start && m->start_date && tt_date_parse(m->start_date, &d) == TT_DATE_OK)
        start = tt_date_format(d, TT_DATE_LONG);
    if (!end && m->end_date && tt_date_parse(m->end_date, &d) == TT_DATE_OK)
        end = tt_date_format(d, TT_DATE_LONG);
    free(m->period_text);
    m->period_text = NULL;
    if ((start && *start) || (end && *end)) {
        size_t len = strlen(start ? start : "") + strlen(end ? end : "") + 8;
        m->period_text = xmalloc(len);
        snprintf(m->period_text, len, "%s – %s", start ? start : "", end ? end : "");
    }
    free(start);
    free(end);
}

static int apply_fields(struct measure *m, const struct measure_input *in, char *err, size_t errsz)
{
    unsigned f = in->fields;
    if (f & MF_TITLE) set_text(&m->title, in->title);
    if (f & MF_APPROACH) set_text(&m->approach, in->approach);
    if (f & MF_STEPS) set_text(&m->steps, in->steps);
    if (f & MF_RESPONSIBLE) set_name(&m->responsible, in->responsible);
    if (f & MF_RESULT) set_text(&m->result, in->result);
    if (f & MF_OUTCOME) set_text(&m->outcome, in->outcome);
    if (f & MF_ISSUE) set_text(&m->issue_label, in->issue);
    if ((f & MF_START) && set_date(&m->start_date, in->start, 0, _("start"), err, errsz)) return -1;
    if ((f & MF_END) && set_date(&m->end_date, in->end, 1, _("end"), err, errsz)) return -1;
    compose_period(m, in);
    if ((f & MF_BUDGET) && set_budget(m, in->budget, err, errsz)) return -1;
    if (f & MF_ROUNDS) {
        char rounds[16];
        if (measure_parse_rounds(in->rounds ? in->rounds : "", rounds)) {
            snprintf(err, errsz, "%s", _("rounds: give months among 3, 6, 9 and 12, e.g. 6;12"));
            return -1;
        }
        free(m->rounds);
        m->rounds = *rounds ? xstrdup(rounds) : NULL;
    }
    if (f & MF_STATUS) {
        int s = ita_state_parse(in->status ? in->status : "");
        if (s < 0) {
            snprintf(err, errsz, "%s", _("status: use not-done, in-progress or done"));
            return -1;
        }
        m->status = (enum ita_state)s;
    }
    if (f & MF_INDICATOR) {
        long v = 0;
        char *t = trimmed(in->indicator ? in->indicator : "");
        int empty = !*t;
        free(t);
        if (empty) /* no indicator: the measure follows an issue only */
            m->indicator_no = 0;
        else if (number_parse_int(in->indicator, 1, 10, &v)) {
            snprintf(err, errsz, "%s", _("indicator: give an indicator number from 1 to 10"));
            return -1;
        } else
            m->indicator_no = (int)v;
    }
    if (f & MF_FINDING) {
        long v = 0;
        char *t = trimmed(in->finding ? in->finding : "");
        int empty = !*t || strcmp(t, "-") == 0;
        free(t);
        if (empty)
            m->finding_id = 0;
        else if (number_parse_int(in->finding, 1, 2000000000L, &v)) {
            snprintf(err, errsz, "%s", _("finding: give the id of a finding (or leave it empty)"));
            return -1;
        } else
            m->finding_id = v;
    }
    return 0;
}

/* The limits every entry point shares (field_limits.h). */
static int check_limits(const struct measure *m, const struct measure_input *in, char *err,
                        size_t errsz)
{
    const struct {
        const char *label, *text;
        size_t max;
    } fields[] = {
        {_("title"), m->title, LIMIT_TITLE},      {_("approach"), m->approach, LIMIT_TEXT},
        {_("steps"), m->steps, LIMIT_TEXT},       {_("responsible"), m->responsible, LIMIT_NAME},
        {_("result"), m->result, LIMIT_TEXT},     {_("outcome"), m->outcome, LIMIT_TEXT},
        {_("issue"), m->issue_label, LIMIT_NAME}, {_("start"), in->start, LIMIT_DATE},
        {_("end"), in->end, LIMIT_DATE},          {_("budget"), in->budget, LIMIT_AMOUNT},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (limit_check(fields[i].label, fields[i].text, fields[i].max, err, errsz)) return -1;
    for (size_t i = 0; i < m->n_progress; i++)
        if (limit_check(_("done"), m->progress[i].text, LIMIT_TEXT, err, errsz)) return -1;
    return 0;
}

static int check_measure(const struct measure *m, char *err, size_t errsz)
{
    if (!m->title || !*m->title) {
        snprintf(err, errsz, "%s", _("title: a measure needs a title"));
        return -1;
    }
    if (m->start_date && m->end_date && strcmp(m->end_date, m->start_date) < 0) {
        snprintf(err, errsz, "%s", _("end: the end date is before the start date"));
        return -1;
    }
    return 0;
}

int measure_apply_input(struct measure *m, const struct measure_input *in, char *err, size_t errsz)
{
    struct measure next;
    measure_copy(&next, m);
    if (apply_fields(&next, in, err, errsz) || check_limits(&next, in, err, errsz) ||
        check_measure(&next, err, errsz)) {
        measure_clear(&next);
        return -1;
    }
    measure_clear(m);
    *m = next;
    return 0;
}
