/* The measure editor's fields: built from a measure, checked field by field with the same
 * validation as the command line (measure_apply_input), and turned back into a measure.
 * Only the fields the user changed are applied, so that opening and saving a measure
 * rewrites nothing it did not touch (the period keeps its dash as typed). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "field_limits.h" /* the limits the core checks on every way in */
#include "i18n.h"
#include "oit.h"
#include "text/tt.h"
#include "ui_measure_form.h"
#include "xalloc.h"

static const struct ui_form_choice states[] = {
    {"not-done", N_("not done")},
    {"in-progress", N_("in progress")},
    {"done", N_("done")},
};

/* Form field -> measure_input slot. */
static const struct {
    const char *name;
    unsigned bit;
    size_t slot;
} inputs[] = {
    {"title", MF_TITLE, offsetof(struct measure_input, title)},
    {"issue", MF_ISSUE, offsetof(struct measure_input, issue)},
    {"indicator", MF_INDICATOR, offsetof(struct measure_input, indicator)},
    {"finding", MF_FINDING, offsetof(struct measure_input, finding)},
    {"approach", MF_APPROACH, offsetof(struct measure_input, approach)},
    {"steps", MF_STEPS, offsetof(struct measure_input, steps)},
    {"responsible", MF_RESPONSIBLE, offsetof(struct measure_input, responsible)},
    {"start", MF_START, offsetof(struct measure_input, start)},
    {"end", MF_END, offsetof(struct measure_input, end)},
    {"budget", MF_BUDGET, offsetof(struct measure_input, budget)},
    {"rounds", MF_ROUNDS, offsetof(struct measure_input, rounds)},
    {"status", MF_STATUS, offsetof(struct measure_input, status)},
    {"result", MF_RESULT, offsetof(struct measure_input, result)},
    {"outcome", MF_OUTCOME, offsetof(struct measure_input, outcome)},
};
#define NINPUTS (sizeof inputs / sizeof inputs[0])

/* The two ends of the period as typed, split from period_text; else the stored dates. */
static void period_ends(const struct measure *m, char *start, char *end, size_t n)
{
    static const char *const seps[] = {" – ", "–", " - ", "ถึง", "—"};
    start[0] = end[0] = '\0';
    const char *p = m->period_text;
    for (size_t i = 0; p && i < sizeof seps / sizeof seps[0]; i++) {
        const char *s = strstr(p, seps[i]);
        if (!s) continue;
        snprintf(start, n, "%.*s", (int)(s - p), p);
        snprintf(end, n, "%s", s + strlen(seps[i]));
        return;
    }
    tt_date d;
    const char *iso[2] = {m->start_date, m->end_date};
    char *out[2] = {start, end};
    for (int i = 0; i < 2; i++)
        if (iso[i] && tt_date_parse(iso[i], &d) == TT_DATE_OK) {
            char *t = tt_date_format(d, TT_DATE_LONG);
            snprintf(out[i], n, "%s", t ? t : "");
            free(t);
        }
}

/* "Monitoring round: 6 months (reviewer: returned: what to fix)", cut on a character. */
static void round_heading(char *buf, size_t n, const struct progress_round *p)
{
    char *text =
        xasprintf(_("Monitoring round: %d months (reviewer: %s%s%s)"), p->months,
                  review_verdict_label((enum review_verdict)p->review, 1),
                  p->review_comment ? ": " : "", p->review_comment ? p->review_comment : "");
    size_t len = strlen(text);
    if (len >= n) {
        len = n - 1;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--; /* not inside a UTF-8 sequence */
    }
    memcpy(buf, text, len);
    buf[len] = '\0';
    free(text);
}

static void add_rounds(struct ui_form *f, const struct measure *m)
{
    for (size_t i = 0; i < m->n_progress; i++) {
        const struct progress_round *p = &m->progress[i];
        char name[UI_FORM_NAME], date[64] = "";
        tt_date d;
        if (p->reported_on && tt_date_parse(p->reported_on, &d) == TT_DATE_OK) {
            /* The plan's dates were typed with Thai digits: the round's come back so. */
            int td = tt_digits_has_thai(m->period_text) ? TT_DATE_THAI_DIGITS : 0;
            char *t = tt_date_format(d, TT_DATE_LONG | td);
            snprintf(date, sizeof date, "%s", t ? t : "");
            free(t);
        }
        snprintf(name, sizeof name, "round%d.date", p->months);
        int k = ui_form_add(f, UI_FORM_LINE, name, _("Reported on"), 1, LIMIT_DATE, date);
        if (k >= 0 && p->review)
            round_heading(f->f[k].heading, sizeof f->f[k].heading, p);
        else if (k >= 0)
            snprintf(f->f[k].heading, sizeof f->f[k].heading, _("Monitoring round: %d months"),
                     p->months);
        snprintf(name, sizeof name, "round%d.state", p->months);
        ui_form_add_choice(f, name, _("State"), states, 3, ita_state_word(p->state));
        snprintf(name, sizeof name, "round%d.text", p->months);
        ui_form_add(f, UI_FORM_TEXT, name, _("What was done"), 2, LIMIT_TEXT, p->text);
    }
}

int ui_measure_form_build(struct ui_form *f, ThBrk *brk, const struct measure *m)
{
    char start[128], end[128], indicator[8] = "", budget[32] = "", finding[24] = "";
    if (m->finding_id) snprintf(finding, sizeof finding, "%ld", m->finding_id);
    *f = (struct ui_form){.brk = brk};
    period_ends(m, start, end, sizeof start);
    if (m->indicator_no) snprintf(indicator, sizeof indicator, "%d", m->indicator_no);
    if (m->budget.set) snprintf(budget, sizeof budget, "%g", m->budget.v);
    int ok =
        ui_form_add(f, UI_FORM_TEXT, "title", _("Measure title"), 2, LIMIT_TITLE, m->title) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "issue", _("Issue"), 1, LIMIT_NAME, m->issue_label) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "indicator", _("Indicator"), 1, 2, indicator) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "approach", _("Approach"), 3, LIMIT_TEXT, m->approach) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "steps", _("Steps"), 4, LIMIT_TEXT, m->steps) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "responsible", _("Responsible"), 1, LIMIT_NAME,
                    m->responsible) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "start", _("Start"), 1, LIMIT_DATE, start) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "end", _("End"), 1, LIMIT_DATE, end) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "budget", _("Budget (baht or -)"), 1, LIMIT_AMOUNT, budget) >=
            0 &&
        ui_form_add(f, UI_FORM_LINE, "rounds", _("Rounds (months)"), 1, 20, m->rounds) >= 0 &&
        ui_form_add_choice(f, "status", _("Status"), states, 3, ita_state_word(m->status)) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "result", _("Result"), 2, LIMIT_TEXT, m->result) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "outcome", _("Outcome"), 2, LIMIT_TEXT, m->outcome) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "finding", _("Answers finding (ID)"), 1, 12, finding) >= 0;
    if (ok) add_rounds(f, m);
    return ok ? 0 : -1;
}

static int changed(const struct ui_form *f, const struct draft_kv *init, size_t ninit,
                   const char *name)
{
    const char *was = draft_kv_find(init, ninit, name);
    return strcmp(was ? was : "", ui_form_value(f, name)) != 0;
}

/* What to apply: the changed fields (all with force); start and end go together. */
static struct measure_input input_of(const struct ui_form *f, const struct draft_kv *init,
                                     size_t ninit, int force)
{
    struct measure_input in = {0};
    for (size_t i = 0; i < NINPUTS; i++) {
        const char *value = ui_form_value(f, inputs[i].name);
        int title = inputs[i].bit == MF_TITLE;
        if (!changed(f, init, ninit, inputs[i].name) && !(force && (*value || title))) continue;
        if ((inputs[i].bit == MF_INDICATOR || inputs[i].bit == MF_FINDING) && !*value &&
            !changed(f, init, ninit, inputs[i].name))
            continue;
        in.fields |= inputs[i].bit;
        *(const char **)((char *)&in + inputs[i].slot) = ui_form_value(f, inputs[i].name);
    }
    if (in.fields & (MF_START | MF_END)) {
        in.fields |= MF_START | MF_END;
        in.start = ui_form_value(f, "start");
        in.end = ui_form_value(f, "end");
    }
    return in;
}

/* Checks one field alone on a scratch copy (with a title and no dates, so that only this
 * field can fail); its message goes under the field. 1 if it failed. */
static int check_one(struct ui_form *f, const struct measure *base, const struct measure_input *all,
                     size_t i)
{
    if (!(all->fields & inputs[i].bit)) return 0;
    struct measure scratch;
    measure_copy(&scratch, base);
    free(scratch.start_date);
    free(scratch.end_date);
    scratch.start_date = scratch.end_date = NULL;
    if (inputs[i].bit != MF_TITLE && (!scratch.title || !*scratch.title)) {
        free(scratch.title);
        scratch.title = xstrdup("-");
    }
    struct measure_input one = {.fields = inputs[i].bit};
    *(const char **)((char *)&one + inputs[i].slot) =
        *(const char *const *)((const char *)all + inputs[i].slot);
    char why[512];
    int bad = measure_apply_input(&scratch, &one, why, sizeof why) != 0;
    if (bad) ui_form_error(f, inputs[i].name, why);
    measure_clear(&scratch);
    return bad;
}

static int check_rounds(struct ui_form *f, const struct measure *base, const struct draft_kv *init,
                        size_t ninit)
{
    int bad = 0;
    for (size_t i = 0; i < base->n_progress; i++) {
        char name[UI_FORM_NAME];
        snprintf(name, sizeof name, "round%d.date", base->progress[i].months);
        if (!changed(f, init, ninit, name)) continue;
        tt_date d;
        int rc = tt_date_parse(ui_form_value(f, name), &d);
        if (rc != TT_DATE_OK && rc != TT_DATE_EEMPTY) {
            ui_form_error(f, name, tt_date_strerror(rc));
            bad++;
        }
    }
    return bad;
}

int ui_measure_form_apply(struct ui_form *f, const struct draft_kv *init, size_t ninit, int force,
                          struct measure *m, char *why, size_t whysz)
{
    ui_form_clear_errors(f);
    why[0] = '\0';
    struct measure_input in = input_of(f, init, ninit, force || m->id == 0);
    int bad = 0;
    for (size_t i = 0; i < NINPUTS; i++)
        bad += check_one(f, m, &in, i);
    bad += check_rounds(f, m, init, ninit);
    if (bad) return bad;
    if (measure_apply_input(m, &in, why, whysz)) {
        ui_form_error(f, "end", why); /* the rule across fields: the end before the start */
        return 1;
    }
    return 0;
}

void ui_measure_form_apply_rounds(struct ui_form *f, struct measure *m, const struct draft_kv *init,
                                  size_t ninit)
{
    for (size_t i = 0; i < m->n_progress; i++) {
        struct progress_round *p = &m->progress[i];
        char date[UI_FORM_NAME], state[UI_FORM_NAME], text[UI_FORM_NAME];
        snprintf(date, sizeof date, "round%d.date", p->months);
        snprintf(state, sizeof state, "round%d.state", p->months);
        snprintf(text, sizeof text, "round%d.text", p->months);
        if (!changed(f, init, ninit, date) && !changed(f, init, ninit, state) &&
            !changed(f, init, ninit, text))
            continue;
        tt_date d;
        free(p->reported_on);
        p->reported_on = tt_date_parse(ui_form_value(f, date), &d) == TT_DATE_OK
                             ? tt_date_format(d, TT_DATE_ISO)
                             : NULL;
        int s = ita_state_parse(ui_form_value(f, state));
        p->state = s < 0 ? ITA_NOT_DONE : (enum ita_state)s;
        const char *t = ui_form_value(f, text);
        free(p->text);
        p->text = *t ? xstrdup(t) : NULL;
    }
}
