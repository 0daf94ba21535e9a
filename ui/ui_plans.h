/* The action plan screens (issue 6): the plan (measures, findings, constraints), the
 * editors, the question dialog they ask with, and the drafts that keep unsaved text. */
#ifndef ITADESK_UI_PLANS_H
#define ITADESK_UI_PLANS_H

#include <stddef.h>

#include "ui_app.h"
#include "ui_screens.h"
#include "ui_form.h"

/* ui_plans_ops (ui_screens.h): the plan of app->year + 1; arg: NULL */

/* Opens the measure editor on measure id (0: a new measure of agency_id's plan_year); when
 * the user has a draft of it, asks first whether to restore it. 0 or -1. */
int ui_open_measure(struct ui_app *app, long id, long agency_id, int plan_year);

/* On the plan or analysis screen s: shows the findings and selects finding_id (the to-do
 * list jumps there). */
void ui_plans_select_finding(struct ui_screen *s, long finding_id);
/* On the plan screen s: shows the measures and selects measure_id (a round to check). */
void ui_plans_select_measure(struct ui_screen *s, long measure_id);

/* Opens the finding editor (id) or the constraint editor (heading 1..5 of the year). */
int ui_open_finding(struct ui_app *app, long id);
/* Opens the editor on a new finding of the assessed year, filled from a proposal when not
 * NULL (the proposal is copied; nothing is saved until F2). */
struct finding_proposal;
int ui_open_new_finding(struct ui_app *app, long agency_id, int year,
                        const struct finding_proposal *proposal);
int ui_open_constraint(struct ui_app *app, long agency_id, int year, int heading);

/* A question in a box: the caller's answers are actions (UI_ACT_CONFIRM, UI_ACT_DISCARD,
 * UI_ACT_SAVE), each a key and a button; Esc (back) answers UI_ACT_BACK. Discard needs its
 * key twice, or Enter on its highlighted button. done runs after the box has closed. */
typedef void (*ui_ask_fn)(struct ui_app *app, void *ctx, enum ui_action answer);
struct ui_ask_arg {
    const char *title, *text;   /* translated */
    const char *keys;           /* the answers' line, e.g. "y: restore   D: discard   Esc: later" */
    unsigned long long answers; /* 1 << UI_ACT_CONFIRM | ... */
    ui_ask_fn done;
    void *ctx;
    const char *yes, *back; /* the confirm and back buttons' labels (NULL: Yes, Back) */
};
/* ui_ask_ops (ui_screens.h): arg: const struct ui_ask_arg * */
#define UI_ASK(a) (1ull << (a))

/* Autosaving a form as a draft (db_draft_put) at most once a second while typing, and at
 * once when forced (leaving, a dialog, a signal). */
struct ui_draft {
    char entity[16], key[64];
    long base_version;
    unsigned long saved_rev; /* the form's rev when it matched the record */
    unsigned long draft_rev; /* the form's rev when last written as a draft */
    double last_put;         /* monotonic seconds of the last write */
};
void ui_draft_start(struct ui_draft *d, const char *entity, const char *key, long base_version,
                    unsigned long rev);
/* Writes the draft when the form changed since the last write and (force or a second has
 * passed). Does nothing while the form equals the record. */
void ui_draft_autosave(struct ui_app *app, struct ui_draft *d, const struct ui_form *form,
                       int force);
/* 1 when the form differs from the record. */
int ui_draft_dirty(const struct ui_draft *d, const struct ui_form *form);
/* The record was saved (or the changes discarded): the draft goes. */
void ui_draft_done(struct ui_app *app, struct ui_draft *d, const struct ui_form *form);

/* An editor just pushed offers its record's draft back, if there is one: y restores it
 * into the form (then restored(ctx, base_version) if set), D twice drops it, Esc leaves the
 * editor with the draft kept. The offer lives in the editor's state (the question's
 * answer arrives later). */
struct ui_draft_offer {
    struct ui_draft *draft;
    struct ui_form *form;
    void (*restored)(void *ctx, long base_version);
    void *ctx;
};
int ui_draft_offer_back(struct ui_app *app, struct ui_draft_offer *o, const char *text);

/* Leaving an editor: what it is and how it saves (0 on failure). */
struct ui_leave {
    struct ui_draft *draft;
    struct ui_form *form;
    void *editor;
    int (*save)(void *editor, struct ui_app *app);
    const char *what; /* the question's text, translated */
};

/* Pops the editor at once when nothing is unsaved; otherwise keeps the draft and asks
 * whether to save or discard (Esc goes on editing). leave must outlive the question:
 * keep it in the editor's state. Returns the redraw flags. */
int ui_editor_leave(struct ui_app *app, struct ui_leave *leave);

/* The question before typed text would be thrown away (Esc or Ctrl-C with unsaved text):
 * what says what is unsaved; done gets UI_ACT_SAVE, UI_ACT_DISCARD (its key twice, or its
 * highlighted button) or UI_ACT_BACK (keep editing). */
void ui_ask_unsaved(struct ui_app *app, const char *what, ui_ask_fn done, void *ctx);

/* At start-up: when the user has drafts, a list to open one (and restore it). */
void ui_drafts_offer(struct ui_app *app);
/* The drafts action (r): the same list, or a message that there are none; UI_* flags. */
int ui_drafts_show(struct ui_app *app);

/* scr_plans_review.c: a reviewer's verdict on one of the measure's reported rounds (a
 * chooser, then a comment). pick belongs to the calling screen and must outlive the
 * dialogs. UI_* flags. */
struct round_pick {
    long measure_id;
    int months[4];
    int n;
    int v; /* enum review_verdict */
    int chosen;
};
struct measure;
int plans_review_round(struct ui_app *app, const struct measure *m, int v, struct round_pick *pick);
/* The comment prompt of pick's first round, as if just chosen (a draft being restored). */
void plans_review_reopen(struct ui_app *app, struct round_pick *pick);
/* Opens the plan and the comment prompt of a reviewer's draft with key
 * "AGENCY:YEAR:MEASURE:MONTHS:V" (the drafts list). 0 or -1. */
int ui_open_round_review_draft(struct ui_app *app, const char *key);

#endif
