/* The prompt dialog: a title, a label and a one-line field; Enter (or the save action) gives
 * the text to the screen below, which may refuse it with a reason shown in the box. Esc
 * closes it; with a draft kept (ui_text_draft.h) and text typed, Esc or Ctrl-C asks first. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "ui_keys.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_text_draft.h"
#include "xalloc.h"

#define PROMPT_UNDO_MAX 64

struct prompt {
    char *title, *label, *hint;
    tt_field f;
    ui_text_fn done;
    void *ctx;
    char why[512]; /* the last refusal */
    struct ui_rect box;
    struct ui_text_draft draft;
    char *undo[PROMPT_UNDO_MAX]; /* the text before each change, oldest first */
    int nundo;
};

static int prompt_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct ui_prompt_arg *a = arg;
    struct prompt *p = xcalloc(1, sizeof *p);
    s->st = p;
    p->title = xstrdup(a->title ? a->title : "");
    p->label = xstrdup(a->label ? a->label : "");
    p->hint = xstrdup(a->hint ? a->hint : _("Enter: save   Esc: cancel"));
    p->done = a->done;
    p->ctx = a->ctx;
    ui_text_draft_start(&p->draft, a->draft_entity, a->draft_key, a->initial, a->restored);
    return tt_field_init(&p->f, a->restored ? a->restored : a->initial) ? -1 : 0;
}

static void prompt_leave(struct ui_screen *s, struct ui_app *app)
{
    struct prompt *p = s->st;
    if (!p) return;
    if (p->f.text) ui_text_draft_autosave(app, &p->draft, p->f.text, 1); /* a signal, a quit */
    ui_text_draft_free(&p->draft);
    for (int i = 0; i < p->nundo; i++)
        free(p->undo[i]);
    tt_field_free(&p->f);
    free(p->title);
    free(p->label);
    free(p->hint);
    free(p);
}

static void prompt_layout(struct ui_screen *s, struct ui_app *app)
{
    struct prompt *p = s->st;
    int w = s->area.w - 8;
    if (w > 76) w = 76;
    p->box = ui_dialog_rect(s->area, 7, w);
}

static void prompt_draw(struct ui_screen *s, struct ui_app *app)
{
    struct prompt *p = s->st;
    struct ui_rect b = p->box;
    int x = b.x + 2, w = b.w - 4;
    ui_box(app, b, p->title);
    ui_put(app, b.y + 1, x, w, p->label, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
    ui_put(app, b.y + 2, x, 1, ">", TT_ALIGN_LEFT, UI_ROLE_HEADER);
    ui_put(app, b.y + 4, x, w, p->why, TT_ALIGN_LEFT, UI_ROLE_WARN);
    ui_put(app, b.y + 5, x, w, p->hint, TT_ALIGN_LEFT, UI_ROLE_DIM);
    ui_field_draw(app, b.y + 2, x + 2, w - 2, &p->f, 1, NULL);
}

/* Enter: the screen below saves the text, or says why not and the prompt stays. */
static int accept(struct ui_app *app, struct prompt *p)
{
    p->why[0] = '\0';
    if (p->done && p->done(app, p->ctx, p->f.text, p->why, sizeof p->why)) {
        if (!p->why[0]) snprintf(p->why, sizeof p->why, "%s", _("Not saved."));
        ui_text_draft_autosave(app, &p->draft, p->f.text, 1);
        return UI_DRAW;
    }
    ui_text_draft_done(app, &p->draft);
    ui_pop(app); /* frees p */
    return UI_LAYOUT;
}

static void after_unsaved_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct prompt *p = ctx;
    if (answer == UI_ACT_SAVE) accept(app, p);
    if (answer == UI_ACT_DISCARD) {
        ui_text_draft_done(app, &p->draft);
        ui_pop(app);
    }
}

/* Esc or Ctrl-C: closes, or asks first when typed text would go. */
static int cancel(struct ui_app *app, struct prompt *p)
{
    if (!p->draft.entity[0] || !ui_text_draft_dirty(&p->draft, p->f.text)) {
        ui_pop(app); /* frees p; a draft of the record's own text is dropped on the way */
        return UI_LAYOUT;
    }
    ui_text_draft_autosave(app, &p->draft, p->f.text, 1);
    ui_ask_unsaved(app,
                   _("The text you typed is not saved. It is kept as a draft until you save or "
                     "discard it."),
                   after_unsaved_question, p);
    return UI_LAYOUT;
}

/* Keeps the text before a change for Ctrl-Z (the oldest goes when the history is full). */
static void remember(struct prompt *p, char *before)
{
    if (p->nundo == PROMPT_UNDO_MAX) {
        free(p->undo[0]);
        memmove(p->undo, p->undo + 1, (PROMPT_UNDO_MAX - 1) * sizeof p->undo[0]);
        p->nundo--;
    }
    p->undo[p->nundo++] = before;
}

/* Ctrl-Z: the text as it was before the last change (cursor at its end). */
static int undo(struct ui_app *app, struct prompt *p)
{
    if (!p->nundo) {
        beep();
        return UI_NONE;
    }
    char *text = p->undo[--p->nundo];
    if (tt_field_set_text(&p->f, text) == 0) tt_field_end(&p->f);
    free(text);
    ui_text_draft_autosave(app, &p->draft, p->f.text, 0);
    return UI_DRAW;
}

static int prompt_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct prompt *p = s->st;
    if (key == UI_KEY_ENTER) return accept(app, p);
    char *before = xstrdup(p->f.text);
    enum ui_field_result r = ui_field_key(&p->f, key);
    if (r == UI_FIELD_CHANGED)
        remember(p, before);
    else
        free(before);
    if (r == UI_FIELD_NOT_MINE) return UI_UNHANDLED;
    if (r == UI_FIELD_CHANGED) {
        p->why[0] = '\0';
        ui_text_draft_autosave(app, &p->draft, p->f.text, 0);
    }
    return UI_DRAW;
}

static int prompt_save(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return accept(app, s->st);
}

static int prompt_undo(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return undo(app, s->st);
}

/* Esc and Ctrl-C: the list behind does not move. */
static int prompt_cancel(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return cancel(app, s->st);
}

static const struct ui_handler prompt_handlers[] = {
    {UI_ACT_SAVE, prompt_save},
    {UI_ACT_UNDO, prompt_undo},
    {UI_ACT_BACK, prompt_cancel},
    {UI_ACT_INTERRUPT, prompt_cancel},
    {0, NULL},
};

static int prompt_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct prompt *p = s->st;
    ui_text_draft_autosave(app, &p->draft, p->f.text, 1); /* the user paused: keep the text */
    return app->message[0] ? UI_DRAW : UI_NONE;
}

const struct ui_screen_ops ui_prompt_ops = {
    .modal = 1,
    .enter = prompt_enter,
    .leave = prompt_leave,
    .layout = prompt_layout,
    .draw = prompt_draw,
    .handlers = prompt_handlers,
    .key = prompt_key,
    .refresh = prompt_refresh,
};
