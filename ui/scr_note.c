/* The note editor: a boxed multi-line text area (ui_textarea: wrapped at Thai word
 * boundaries, Ctrl-arrows by word, Ctrl-Z undo) with Enter for a new line, the save action
 * (F2 or Ctrl-S) to save, Esc to leave (asking first when typed text would go). With a draft entity
 * the text is kept as a draft within a second of typing (ui_text_draft.h). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt_wrap.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_text_draft.h"
#include "ui_textarea.h"
#include "xalloc.h"

struct note {
    char *title;
    struct ui_textarea ta;
    ui_text_fn done;
    void *ctx;
    char why[512];
    struct ui_rect box, text; /* the box and the text inside it */
    struct ui_text_draft draft;
};

static const char *text_of(const struct note *n)
{
    return tt_area_text(&n->ta.a);
}

static int note_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct ui_prompt_arg *a = arg;
    struct note *n = xcalloc(1, sizeof *n);
    s->st = n;
    n->title = xstrdup(a->title ? a->title : "");
    n->done = a->done;
    n->ctx = a->ctx;
    ui_text_draft_start(&n->draft, a->draft_entity, a->draft_key, a->initial, a->restored);
    return ui_textarea_init(&n->ta, tt_brk_shared(), a->restored ? a->restored : a->initial, 0) ? -1 : 0;
}

static void note_leave(struct ui_screen *s, struct ui_app *app)
{
    struct note *n = s->st;
    if (!n) return;
    if (n->ta.a.f.text) ui_text_draft_autosave(app, &n->draft, text_of(n), 1); /* a signal */
    ui_text_draft_free(&n->draft);
    ui_textarea_free(&n->ta);
    free(n->title);
    free(n);
}

static void note_layout(struct ui_screen *s, struct ui_app *app)
{
    struct note *n = s->st;
    int w = s->area.w - 4, h = s->area.h - 2;
    if (w > 78) w = 78;
    if (h > 16) h = 16;
    n->box = ui_dialog_rect(s->area, h, w);
    n->text = (struct ui_rect){n->box.y + 1, n->box.x + 2, n->box.h - 4, n->box.w - 4};
    if (n->text.h < 1) n->text.h = 1;
}

static void draw_hint(struct note *n, struct ui_app *app, int y)
{
    char key[64];
    ui_keymap_hint(&app->cfg.keys, UI_ACT_SAVE, key, sizeof key);
    /* TRANSLATORS: %s is the key that saves (F2 unless the user rebound it). */
    ui_putf(app, y, n->text.x, n->text.w, TT_ALIGN_LEFT, UI_ROLE_DIM,
            _("%s: save   Enter: new line   Esc: leave (asks first)"), key);
}

static void note_draw(struct ui_screen *s, struct ui_app *app)
{
    struct note *n = s->st;
    ui_box(app, n->box, n->title);
    ui_textarea_draw(app, &n->ta, n->text, 1); /* scrolled to the cursor, which goes there */
    int bottom = n->box.y + n->box.h - 2;
    if (n->why[0])
        ui_put(app, bottom, n->text.x, n->text.w, n->why, TT_ALIGN_LEFT, UI_ROLE_WARN);
    else
        draw_hint(n, app, bottom);
}

static int note_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct note *n = s->st;
    enum ui_ta_result r = ui_textarea_key(&n->ta, key, 1);
    if (r == UI_TA_NOT_MINE) return UI_UNHANDLED;
    n->why[0] = '\0';
    if (r == UI_TA_CHANGED) ui_text_draft_autosave(app, &n->draft, text_of(n), 0);
    return UI_DRAW;
}

static int save(struct ui_app *app, struct note *n)
{
    n->why[0] = '\0';
    if (n->done && n->done(app, n->ctx, text_of(n), n->why, sizeof n->why)) {
        if (!n->why[0]) snprintf(n->why, sizeof n->why, "%s", _("Not saved."));
        ui_text_draft_autosave(app, &n->draft, text_of(n), 1);
        return UI_DRAW;
    }
    ui_text_draft_done(app, &n->draft);
    ui_pop(app); /* frees n */
    return UI_LAYOUT;
}

static void after_unsaved_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct note *n = ctx;
    if (answer == UI_ACT_SAVE) save(app, n);
    if (answer == UI_ACT_DISCARD) {
        ui_text_draft_done(app, &n->draft);
        ui_pop(app);
    }
}

/* Esc or Ctrl-C: closes, or asks first when typed text would go. */
static int cancel(struct ui_app *app, struct note *n)
{
    if (!ui_text_draft_dirty(&n->draft, text_of(n))) {
        ui_pop(app);
        return UI_LAYOUT;
    }
    ui_text_draft_autosave(app, &n->draft, text_of(n), 1);
    ui_ask_unsaved(app,
                   _("The text you typed is not saved. It is kept as a draft until you save or "
                     "discard it."),
                   after_unsaved_question, n);
    return UI_LAYOUT;
}

/* Ctrl-Z / Ctrl-Y: one step of the text area's history. */
static int undo(struct ui_app *app, struct note *n, int redo)
{
    if ((redo ? tt_area_redo(&n->ta.a) : tt_area_undo(&n->ta.a)) != TT_AREA_OK) beep();
    ui_text_draft_autosave(app, &n->draft, text_of(n), 0);
    return UI_DRAW;
}

static int note_save(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return save(app, s->st);
}

static int note_undo(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return undo(app, s->st, a == UI_ACT_REDO);
}

static int note_cancel(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return cancel(app, s->st);
}

static const struct ui_handler note_handlers[] = {
    {UI_ACT_SAVE, note_save},   {UI_ACT_UNDO, note_undo},        {UI_ACT_REDO, note_undo},
    {UI_ACT_BACK, note_cancel}, {UI_ACT_INTERRUPT, note_cancel}, {0, NULL},
};

static int note_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct note *n = s->st;
    ui_text_draft_autosave(app, &n->draft, text_of(n), 1); /* the user paused: keep the text */
    return app->message[0] ? UI_DRAW : UI_NONE;
}

const struct ui_screen_ops ui_note_ops = {
    .modal = 1,
    .enter = note_enter,
    .leave = note_leave,
    .layout = note_layout,
    .draw = note_draw,
    .handlers = note_handlers,
    .key = note_key,
    .refresh = note_refresh,
};
