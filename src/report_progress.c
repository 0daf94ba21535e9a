/* Measures in documents: the measures table of the analysis (seed 000, part 2) and the
 * follow-up report of seeds 001/002 -- per measure the steps, period, responsible unit, the
 * result of each monitoring round and the ticked box. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"

char *report_measure_period(const struct rep_doc *d, const struct measure *m)
{
    if (m->period_text && *m->period_text) return rep_typed_date(d, m->period_text);
    char a[128], b[128];
    rep_date(d, a, sizeof a, m->start_date);
    rep_date(d, b, sizeof b, m->end_date);
    return rep_fmt("%s%s%s", a, *a && *b ? " \u2013 " : "", b);
}

/* The measure's title with its approach (แนวทาง) under it when there is one. */
static void title_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                       const struct measure *m)
{
    if (m->approach && *m->approach)
        rep_cellf(d, t, row, col, "%s\n%s", m->title ? m->title : "", m->approach);
    else
        rep_cell(d, t, row, col, m->title);
}

static void period_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                        const struct measure *m)
{
    char *p = report_measure_period(d, m);
    if (!p) d->oom = 1;
    rep_cell(d, t, row, col, p);
    free(p);
}

/* The issue cell: as printed, else the issue number; empty for a second measure of the
 * same issue (a continuation row, as agencies print it). */
static void issue_cell(struct rep_doc *d, struct rep_table *t, long row, const struct measure *m,
                       const struct measure *prev)
{
    if (m->issue_label && *m->issue_label) {
        rep_cell(d, t, row, 0, m->issue_label);
        return;
    }
    const char *no = m->issue_no ? m->issue_no : "";
    if (prev && prev->issue_no && strcmp(prev->issue_no, no) == 0) return;
    char buf[64];
    rep_cell(d, t, row, 0, rep_num(d, buf, sizeof buf, "%s", no));
}

void report_measures_table(const struct report_input *in, struct rep_doc *d)
{
    if (!in->n_measures) {
        char y[16], line[256];
        rep_num(d, y, sizeof y, "%d", in->year + 1);
        snprintf(line, sizeof line, _("No measures are recorded for fiscal year %s."), y);
        rep_para(d, NULL, line);
        return;
    }
    struct rep_table *t = rep_table(d, 5);
    rep_col(t, 0, _("Issue"), TT_ALIGN_LEFT, 18);
    rep_col(t, 1, _("Measure"), TT_ALIGN_LEFT, 0);
    rep_col(t, 2, _("Responsible / involved"), TT_ALIGN_LEFT, 16);
    rep_col(t, 3, _("Steps"), TT_ALIGN_LEFT, 0);
    rep_col(t, 4, _("Date(s) carried out"), TT_ALIGN_LEFT, 20);
    for (size_t i = 0; i < in->n_measures; i++) {
        const struct measure *m = &in->measures[i];
        long row = rep_row(d, t);
        issue_cell(d, t, row, m, i ? &in->measures[i - 1] : NULL);
        title_cell(d, t, row, 1, m);
        rep_cell(d, t, row, 2, m->responsible);
        rep_cell(d, t, row, 3, m->steps);
        period_cell(d, t, row, 4, m);
    }
}

/* Months of every monitoring round any measure has, in order (at most 4: 3, 6, 9, 12). */
static int round_columns(const struct report_input *in, int months[4])
{
    int n = 0;
    for (int mo = 3; mo <= 12; mo += 3) {
        int used = 0;
        for (size_t i = 0; i < in->n_measures && !used; i++)
            for (size_t k = 0; k < in->measures[i].n_progress; k++)
                used |= in->measures[i].progress[k].months == mo;
        if (used) months[n++] = mo;
    }
    return n;
}

static void round_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                       const struct measure *m, int months)
{
    for (size_t k = 0; k < m->n_progress; k++) {
        const struct progress_round *p = &m->progress[k];
        if (p->months != months) continue;
        char date[128];
        rep_date(d, date, sizeof date, p->reported_on);
        const char *text = p->text ? p->text : "";
        char *cell = rep_fmt("%s%s%s", date, *date && *text ? "\n" : "", text);
        if (!cell) d->oom = 1;
        rep_cell_mark(d, t, row, col, p->state, cell);
        free(cell);
        return;
    }
    rep_cell(d, t, row, col, "-");
}

static void progress_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                          const struct measure *m)
{
    const char *result = m->result ? m->result : "";
    char *text = m->outcome && *m->outcome
                     ? rep_fmt("%s%s%s %s", result, *result ? "\n" : "", _("Outcome:"), m->outcome)
                     : NULL;
    rep_cell_check(d, t, row, col, m->status, text ? text : result);
    free(text);
}

static void progress_table(const struct report_input *in, struct rep_doc *d)
{
    int months[4], nr = round_columns(in, months);
    struct rep_table *t = rep_table(d, 6 + (size_t)nr);
    rep_col(t, 0, _("No."), TT_ALIGN_RIGHT, 0);
    rep_col(t, 1, _("Measure / activity"), TT_ALIGN_LEFT, 0);
    rep_col(t, 2, _("Steps"), TT_ALIGN_LEFT, 0);
    rep_col(t, 3, _("Period"), TT_ALIGN_LEFT, 16);
    rep_col(t, 4, _("Responsible"), TT_ALIGN_LEFT, 14);
    for (int r = 0; r < nr; r++) {
        char mo[16], title[128];
        rep_num(d, mo, sizeof mo, "%d", months[r]);
        snprintf(title, sizeof title, _("%s-month round"), mo);
        rep_col(t, 5 + (size_t)r, title, TT_ALIGN_LEFT, 0);
    }
    rep_col(t, 5 + (size_t)nr, _("Progress"), TT_ALIGN_LEFT, 0);
    for (size_t i = 0; i < in->n_measures; i++) {
        const struct measure *m = &in->measures[i];
        char no[16];
        long row = rep_row(d, t);
        rep_cell(d, t, row, 0, rep_num(d, no, sizeof no, "%zu", i + 1));
        title_cell(d, t, row, 1, m);
        rep_cell(d, t, row, 2, m->steps);
        period_cell(d, t, row, 3, m);
        rep_cell(d, t, row, 4, m->responsible);
        for (int r = 0; r < nr; r++)
            round_cell(d, t, row, 5 + (size_t)r, m, months[r]);
        progress_cell(d, t, row, 5 + (size_t)nr, m);
    }
}

void report_build_progress(const struct report_input *in, struct rep_doc *d)
{
    char y[16], line[512];
    rep_num(d, y, sizeof y, "%d", in->year);
    snprintf(line, sizeof line,
             _("Report on the measures to promote integrity and transparency, fiscal year %s"), y);
    rep_set_title(d, line);
    rep_title(d, line);
    report_title_agency(in, d);
    d->landscape = 1;
    if (!in->n_measures) {
        snprintf(line, sizeof line, _("No measures are recorded for fiscal year %s."), y);
        rep_para(d, NULL, line);
    } else {
        progress_table(in, d);
        int done = 0;
        for (size_t i = 0; i < in->n_measures; i++)
            done += in->measures[i].status == ITA_DONE;
        char a[16], b[16];
        rep_num(d, a, sizeof a, "%d", done);
        rep_num(d, b, sizeof b, "%zu", in->n_measures);
        snprintf(line, sizeof line, _("Done: %s of %s measures."), a, b);
        rep_para(d, NULL, line);
    }
    rep_signature(d, in->signer_name, in->signer_position);
}
