/* The chooser dialog: a boxed list of a few lines; Enter picks one, Esc closes. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

struct choose {
    char *title;
    char **items;
    int n;
    ui_choose_fn done;
    void *ctx;
    struct ui_table t;
    struct ui_column col;
    struct ui_rect box;
};

struct ui_rect ui_dialog_rect(struct ui_rect area, int h, int w)
{
    if (w > area.w) w = area.w;
    if (h > area.h) h = area.h;
    return (struct ui_rect){area.y + (area.h - h) / 2, area.x + (area.w - w) / 2, h, w};
}

static void choose_free(struct choose *c)
{
    for (int i = 0; i < c->n; i++)
        free(c->items[i]);
    free(c->items);
    free(c->title);
    free(c);
}

static int choose_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct ui_choose_arg *a = arg;
    struct choose *c = xcalloc(1, sizeof *c);
    s->st = c;
    c->title = xstrdup(a->title ? a->title : "");
    c->items = xcalloc((size_t)a->n + 1, sizeof *c->items);
    for (int i = 0; i < a->n; i++)
        c->items[c->n++] = xstrdup(a->items[i] ? a->items[i] : "");
    c->done = a->done;
    c->ctx = a->ctx;
    c->col = (struct ui_column){"", 0, 1, TT_ALIGN_LEFT, 0, 0};
    c->t.cols = &c->col;
    c->t.ncols = 1;
    c->t.selectable = 1;
    c->t.no_header = 1;
    ui_table_set_rows(&c->t, c->n);
    c->t.sel = a->sel;
    return 0;
}

static void choose_leave(struct ui_screen *s, struct ui_app *app)
{
    if (s->st) choose_free(s->st);
}

static void choose_layout(struct ui_screen *s, struct ui_app *app)
{
    struct choose *c = s->st;
    int w = ui_text_cols(c->title) + 8;
    for (int i = 0; i < c->n; i++) {
        int iw = ui_text_cols(c->items[i]) + 6;
        if (iw > w) w = iw;
    }
    if (w < 30) w = 30;
    c->box = ui_dialog_rect(s->area, c->n + 2, w);
    struct ui_rect in = {c->box.y + 1, c->box.x + 2, c->box.h - 2, c->box.w - 4};
    ui_table_layout(&c->t, in);
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct choose *c = ctx;
    out->text = c->items[row];
}

static void choose_draw(struct ui_screen *s, struct ui_app *app)
{
    struct choose *c = s->st;
    ui_box(app, c->box, c->title);
    ui_table_draw(&c->t, app, cell, c);
}

/* Closes the chooser, then tells the screen below what was chosen. */
static int pick(struct ui_app *app, struct choose *c)
{
    ui_choose_fn done = c->done;
    void *ctx = c->ctx;
    int index = (int)c->t.sel;
    ui_pop(app); /* frees c */
    if (done) done(app, ctx, index);
    return UI_LAYOUT;
}

static int choose_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct choose *c = s->st;
    return c->n ? pick(app, c) : UI_NONE;
}

static int choose_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct choose *c = s->st;
    return ui_table_handle(&c->t, a);
}

static const struct ui_handler choose_handlers[] = {
    {UI_ACT_OPEN, choose_open},
    UI_HANDLE_MOVES(choose_move),
    {0, NULL},
};

static int choose_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct choose *c = s->st;
    return ui_table_click(&c->t, y);
}

const struct ui_screen_ops ui_choose_ops = {
    .modal = 1,
    .enter = choose_enter,
    .leave = choose_leave,
    .layout = choose_layout,
    .draw = choose_draw,
    .handlers = choose_handlers,
    .click = choose_click,
};
