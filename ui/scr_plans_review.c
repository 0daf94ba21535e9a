/* The reviewer's keys on the action plan: on a measure, c accepts a monitoring round's
 * report and b sends it back with a comment; a chooser lists the rounds reported. Each
 * verdict is one short transaction (db_round_review); a new report clears it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_review.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "ui_plans.h"
#include "ui_text_draft.h"
#include "plan.h"

static int comment_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct round_pick *r = ctx;
    if (r->v == REVIEW_RETURNED && !*text) {
        snprintf(why, whysz, "%s", _("Say what to fix: the officer sees this comment."));
        return -1;
    }
    struct db_error err = {{0}};
    if (db_round_review(app->db, r->measure_id, r->chosen, (enum review_verdict)r->v, text, &err)) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    ui_message(app, 0, _("Measure %ld, %d-month round: %s (saved)"), r->measure_id, r->chosen,
               review_verdict_label((enum review_verdict)r->v, 1));
    return 0;
}

static void round_chosen(struct ui_app *app, void *ctx, int index)
{
    struct round_pick *r = ctx;
    r->chosen = r->months[index];
    char title[160];
    snprintf(title, sizeof title,
             r->v == REVIEW_CHECKED ? _("Accept the %d-month report")
                                    : _("Send the %d-month "
                                        "report back"),
             r->chosen);
    /* The comment typed is kept as a draft ("round-review", AGENCY:YEAR:MEASURE:MONTHS:V):
     * Esc asks first, a dropped link loses nothing. */
    char key[96];
    snprintf(key, sizeof key, "%ld:%d:%ld:%d:%d", app->agency_id, app->year, r->measure_id,
             r->chosen, r->v);
    struct ui_prompt_arg a = {.title = title,
                              .label = r->v == REVIEW_CHECKED ? _("Comment (may stay empty):")
                                                              : _("What to fix:"),
                              .done = comment_typed,
                              .ctx = r,
                              .draft_entity = "round-review",
                              .draft_key = key};
    ui_text_dialog_open(app, &ui_prompt_ops, &a);
}

void plans_review_reopen(struct ui_app *app, struct round_pick *pick)
{
    round_chosen(app, pick, 0);
}

int plans_review_round(struct ui_app *app, const struct measure *m, int v,
                       struct round_pick *pick_out)
{
    struct round_pick pick = {.measure_id = m->id, .v = v};
    char labels[4][64];
    const char *items[4];
    for (size_t i = 0; i < m->n_progress && pick.n < 4; i++) {
        const struct progress_round *p = &m->progress[i];
        if ((!p->text || !*p->text) && p->state == ITA_NOT_DONE) continue;
        snprintf(labels[pick.n], sizeof labels[pick.n], _("%d-month round"), p->months);
        items[pick.n] = labels[pick.n];
        pick.months[pick.n++] = p->months;
    }
    if (!pick.n) {
        ui_message(app, 1, _("measure %ld has no reported round to check or return"), m->id);
        return UI_DRAW;
    }
    *pick_out = pick; /* the screen's: the dialogs call back into it */
    struct ui_choose_arg a = {_("Which round"), items, pick.n, pick.n - 1, round_chosen, pick_out};
    ui_push(app, &ui_choose_ops, &a);
    return UI_LAYOUT;
}
