/* A screen that is planned but not built yet says so, instead of doing nothing. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_draw.h"
#include "ui_screens.h"

struct todo {
    const char *what; /* translated name of the missing screen */
};

static int todo_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct todo *t = calloc(1, sizeof *t);
    if (!t) return -1;
    s->st = t;
    const char *name = arg;
    t->what =
        strcmp(name, "oit") == 0 ? _("The OIT checklist screen") : _("The action plan screen");
    return 0;
}

static void todo_leave(struct ui_screen *s, struct ui_app *app)
{
    free(s->st);
}

static void todo_draw(struct ui_screen *s, struct ui_app *app)
{
    struct todo *t = s->st;
    struct ui_rect a = s->area;
    ui_putf(app, a.y + 2, a.x + 2, a.w - 4, TT_ALIGN_LEFT, UI_ROLE_HEADER,
            _("%s is not built yet."), t->what);
    ui_put(app, a.y + 3, a.x + 2, a.w - 4,
           _("Until then, use the command line (itadesk --help). Esc goes back."), TT_ALIGN_LEFT,
           UI_ROLE_NORMAL);
}

static int todo_handle(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return UI_UNHANDLED;
}

const struct ui_screen_ops ui_todo_ops = {
    .name = "todo",
    .scr = UI_SCR_TODO,
    .enter = todo_enter,
    .leave = todo_leave,
    .draw = todo_draw,
    .handle = todo_handle,
};
