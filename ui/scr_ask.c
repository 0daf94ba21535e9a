/* A question in a box with a few one-key answers (restore a draft? discard changes?). */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_plans.h"

struct ask {
    char *title, *text, *keys;
    unsigned answers;
    ui_ask_fn done;
    void *ctx;
    struct ui_rect box;
    tt_lines lines;
};

static int ask_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct ui_ask_arg *a = arg;
    struct ask *k = calloc(1, sizeof *k);
    if (!k) return -1;
    s->st = k;
    k->title = strdup(a->title ? a->title : "");
    k->text = strdup(a->text ? a->text : "");
    k->keys = strdup(a->keys ? a->keys : "");
    k->answers = a->answers;
    k->done = a->done;
    k->ctx = a->ctx;
    return k->title && k->text && k->keys ? 0 : -1;
}

static void ask_leave(struct ui_screen *s, struct ui_app *app)
{
    struct ask *k = s->st;
    if (!k) return;
    free(k->title);
    free(k->text);
    free(k->keys);
    tt_lines_free(&k->lines);
    free(k);
}

static void ask_layout(struct ui_screen *s, struct ui_app *app)
{
    struct ask *k = s->st;
    int w = s->area.w - 6;
    if (w > 72) w = 72;
    tt_wrap(app->brk, k->text, strlen(k->text), w - 4, &k->lines);
    k->box = ui_dialog_rect(s->area, (int)k->lines.n + 4, w);
}

static void ask_draw(struct ui_screen *s, struct ui_app *app)
{
    struct ask *k = s->st;
    struct ui_rect b = k->box;
    ui_box(app, b, k->title);
    for (size_t i = 0; i < k->lines.n && (int)i < b.h - 3; i++) {
        char *line = strndup(k->text + k->lines.v[i].off, k->lines.v[i].len);
        ui_put(app, b.y + 1 + (int)i, b.x + 2, b.w - 4, line, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        free(line);
    }
    ui_put(app, b.y + b.h - 2, b.x + 2, b.w - 4, k->keys, TT_ALIGN_LEFT, UI_ROLE_HEADER);
}

static int ask_handle(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ask *k = s->st;
    if (a == UI_ACT_QUIT || a == UI_ACT_REDRAW) return UI_UNHANDLED;
    if (a != UI_ACT_BACK && !(k->answers & UI_ASK(a))) return UI_NONE;
    ui_ask_fn done = k->done;
    void *ctx = k->ctx;
    ui_pop(app); /* frees k */
    if (done) done(app, ctx, a);
    return UI_LAYOUT;
}

const struct ui_screen_ops ui_ask_ops = {
    .name = "ask",
    .scr = UI_SCR_DIALOG,
    .modal = 1,
    .enter = ask_enter,
    .leave = ask_leave,
    .layout = ask_layout,
    .draw = ask_draw,
    .handle = ask_handle,
};
