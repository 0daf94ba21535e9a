/* A question in a box with a few answers, each a key and a button (restore a draft? save or
 * discard the changes? quit?). Arrows (or Tab) move between the buttons and Enter takes the
 * highlighted one; an answer's key takes it at once, except discard: its key only
 * highlights the Discard button and asks for the key again (or Enter), so that no stray key
 * ever throws text away. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_plans.h"
#include "xalloc.h"

#define ASK_BUTTONS 4

struct ask {
    char *title, *text, *keys;
    enum ui_action button[ASK_BUTTONS];
    char *label[ASK_BUTTONS];
    int nbuttons, sel;
    int armed; /* discard was asked for once: the next discard key or Enter does it */
    ui_ask_fn done;
    void *ctx;
    struct ui_rect box;
    tt_lines lines;
};

static void add_button(struct ask *k, enum ui_action a, const char *label)
{
    k->button[k->nbuttons] = a;
    k->label[k->nbuttons++] = xstrdup(label);
}

/* Buttons in a fixed order: the answers that keep text (save, yes), then back, then
 * discard, last and never highlighted at first. */
static void add_buttons(struct ask *k, const struct ui_ask_arg *a)
{
    if (a->answers & UI_ASK(UI_ACT_SAVE)) add_button(k, UI_ACT_SAVE, _("Save"));
    if (a->answers & UI_ASK(UI_ACT_CONFIRM))
        add_button(k, UI_ACT_CONFIRM, a->yes ? a->yes : _("Yes"));
    add_button(k, UI_ACT_BACK, a->back ? a->back : _("Back"));
    if (a->answers & UI_ASK(UI_ACT_DISCARD)) add_button(k, UI_ACT_DISCARD, _("Discard"));
}

static int ask_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct ui_ask_arg *a = arg;
    struct ask *k = xcalloc(1, sizeof *k);
    s->st = k;
    k->title = xstrdup(a->title ? a->title : "");
    k->text = xstrdup(a->text ? a->text : "");
    k->keys = xstrdup(a->keys ? a->keys : "");
    k->done = a->done;
    k->ctx = a->ctx;
    add_buttons(k, a);
    return 0;
}

static void ask_leave(struct ui_screen *s, struct ui_app *app)
{
    struct ask *k = s->st;
    if (!k) return;
    free(k->title);
    free(k->text);
    free(k->keys);
    for (int i = 0; i < k->nbuttons; i++)
        free(k->label[i]);
    tt_lines_free(&k->lines);
    free(k);
}

static void ask_layout(struct ui_screen *s, struct ui_app *app)
{
    struct ask *k = s->st;
    int w = s->area.w - 6;
    if (w > 72) w = 72;
    tt_wrap(tt_brk_shared(), k->text, strlen(k->text), w - 4, &k->lines);
    k->box = ui_dialog_rect(s->area, (int)k->lines.n + 6, w);
}

static void draw_buttons(struct ask *k, struct ui_app *app, int y)
{
    int x = k->box.x + 2, right = k->box.x + k->box.w - 2;
    for (int i = 0; i < k->nbuttons && x < right; i++) {
        char text[128];
        snprintf(text, sizeof text, "[ %s ]", k->label[i]);
        int w = ui_text_cols(text);
        if (w > right - x) w = right - x;
        ui_put(app, y, x, w, text, TT_ALIGN_LEFT, i == k->sel ? UI_ROLE_SELECT : UI_ROLE_NORMAL);
        x += w + 2;
    }
}

static void ask_draw(struct ui_screen *s, struct ui_app *app)
{
    struct ask *k = s->st;
    struct ui_rect b = k->box;
    ui_box(app, b, k->title);
    for (size_t i = 0; i < k->lines.n && (int)i < b.h - 5; i++) {
        char *line = xstrndup(k->text + k->lines.v[i].off, k->lines.v[i].len);
        ui_put(app, b.y + 1 + (int)i, b.x + 2, b.w - 4, line, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        free(line);
    }
    if (k->armed)
        ui_put(app, b.y + b.h - 4, b.x + 2, b.w - 4,
               _("Discard? Press D again (or Enter) to discard; Esc keeps the text."),
               TT_ALIGN_LEFT, UI_ROLE_WARN);
    ui_put(app, b.y + b.h - 3, b.x + 2, b.w - 4, k->keys, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    draw_buttons(k, app, b.y + b.h - 2);
}

/* Closes the box and tells the caller. */
static int answer(struct ui_app *app, struct ask *k, enum ui_action a)
{
    ui_ask_fn done = k->done;
    void *ctx = k->ctx;
    ui_pop(app); /* frees k */
    if (done) done(app, ctx, a);
    return UI_LAYOUT;
}

static int button_of(const struct ask *k, enum ui_action a)
{
    for (int i = 0; i < k->nbuttons; i++)
        if (k->button[i] == a) return i;
    return -1;
}

static int step_button(struct ask *k, int step)
{
    k->sel = (k->sel + step + k->nbuttons) % k->nbuttons;
    k->armed = 0;
    return UI_DRAW;
}

static int ask_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct ask *k = s->st;
    if (key == UI_KEY_FN(KEY_LEFT) || key == UI_KEY_FN(KEY_BTAB)) return step_button(k, -1);
    if (key == UI_KEY_FN(KEY_RIGHT) || key == '\t') return step_button(k, 1);
    return UI_UNHANDLED;
}

/* The moves go between the buttons (up and back, down and on). */
static int ask_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    int back = a == UI_ACT_UP || a == UI_ACT_PAGE_UP || a == UI_ACT_FIRST;
    return step_button(s->st, back ? -1 : 1);
}

/* Enter presses the selected button. */
static int ask_press(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ask *k = s->st;
    return answer(app, k, k->button[k->sel]);
}

/* Esc and Ctrl-C answer "back". */
static int ask_back(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return answer(app, s->st, UI_ACT_BACK);
}

/* D selects Discard and arms it; a second D presses it. */
static int ask_discard(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ask *k = s->st;
    int b = button_of(k, UI_ACT_DISCARD);
    if (b < 0) return UI_NONE;
    if (k->armed && k->sel == b) return answer(app, k, UI_ACT_DISCARD);
    k->sel = b;
    k->armed = 1;
    return UI_DRAW;
}

/* Save, yes: answers when the question offers them. */
static int ask_answer(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ask *k = s->st;
    return button_of(k, a) >= 0 ? answer(app, k, a) : UI_NONE;
}

static const struct ui_handler ask_handlers[] = {
    UI_HANDLE_MOVES(ask_move),     {UI_ACT_OPEN, ask_press},
    {UI_ACT_BACK, ask_back},       {UI_ACT_INTERRUPT, ask_back},
    {UI_ACT_DISCARD, ask_discard}, {UI_ACT_SAVE, ask_answer},
    {UI_ACT_CONFIRM, ask_answer},  {0, NULL},
};

const struct ui_screen_ops ui_ask_ops = {
    .modal = 1,
    .enter = ask_enter,
    .leave = ask_leave,
    .layout = ask_layout,
    .draw = ask_draw,
    .handlers = ask_handlers,
    .key = ask_key,
};
