#include "ui_app.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_view_agency.h"
#include "i18n.h"
#include "ui_decode.h"
#include "ui_draw.h"
#include "ui_input.h"
#include "ui_keys.h"
#include "ui_print.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_state.h"
#include "ui_term.h"

struct ui_screen *ui_top(struct ui_app *app)
{
    return app->depth ? app->stack[app->depth - 1] : NULL;
}

void ui_message(struct ui_app *app, int error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->message, sizeof app->message, fmt, ap);
    va_end(ap);
    app->message_error = error;
}

int ui_push(struct ui_app *app, const struct ui_screen_ops *ops, const void *arg)
{
    if (app->depth == UI_STACK_MAX) return -1;
    struct ui_screen *s = calloc(1, sizeof *s);
    if (!s) return -1;
    s->ops = ops;
    if (ops->enter && ops->enter(s, app, arg)) {
        if (ops->leave) ops->leave(s, app);
        free(s);
        return -1;
    }
    app->stack[app->depth++] = s;
    app->need_layout = 1;
    return 0;
}

void ui_pop(struct ui_app *app)
{
    struct ui_screen *s = ui_top(app);
    if (!s) return;
    if (s->ops->leave) s->ops->leave(s, app);
    free(s);
    app->stack[--app->depth] = NULL;
    app->need_layout = 1;
}

/* Pops down to the nearest screen with ops; 0, or -1 when there is none. */
static int pop_to(struct ui_app *app, const struct ui_screen_ops *ops)
{
    int i = app->depth - 1;
    while (i >= 0 && app->stack[i]->ops != ops)
        i--;
    if (i < 0) return -1;
    while (app->depth > i + 1)
        ui_pop(app);
    return 0;
}

static int needs_choice(struct ui_app *app)
{
    if (app->agency_id >= 0 && app->year) return 0;
    ui_push(app, &ui_picker_ops, NULL);
    return 1;
}

int ui_open_named(struct ui_app *app, const char *name)
{
    if (strcmp(name, "picker") == 0) return ui_push(app, &ui_picker_ops, NULL);
    if (strcmp(name, "dashboard") == 0) {
        if (needs_choice(app)) return 0;
        return pop_to(app, &ui_dashboard_ops) ? ui_push(app, &ui_dashboard_ops, NULL) : 0;
    }
    if (strcmp(name, "indicators") == 0) {
        if (needs_choice(app)) return 0;
        return pop_to(app, &ui_indicators_ops) ? ui_push(app, &ui_indicators_ops, NULL) : 0;
    }
    if (strcmp(name, "oit") == 0) {
        if (needs_choice(app)) return 0;
        return pop_to(app, &ui_oit_ops) ? ui_push(app, &ui_oit_ops, NULL) : 0;
    }
    if (strcmp(name, "plans") == 0) {
        if (needs_choice(app)) return 0;
        return pop_to(app, &ui_plans_ops) ? ui_push(app, &ui_plans_ops, NULL) : 0;
    }
    return -1;
}

static int reload_screens(struct ui_app *app)
{
    int rc = 0;
    for (int i = 0; i < app->depth; i++) {
        struct ui_screen *s = app->stack[i];
        if (s->ops->reload && s->ops->reload(s, app)) rc = -1;
    }
    app->need_layout = 1;
    return rc;
}

int ui_set_choice(struct ui_app *app, long agency_id, int year)
{
    struct agency a = {0};
    struct db_error err;
    if (db_agency_get(app->db, agency_id, &a, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    free(app->agency_name);
    app->agency_name = a.name;
    a.name = NULL;
    agency_clear(&a);
    app->agency_id = agency_id;
    app->year = year;
    if (app->state_path[0]) ui_state_save(app->state_path, agency_id, year);
    return reload_screens(app);
}

/* The framework year next to the current one (dir = -1 older, +1 newer), or 0. */
static int adjacent_year(struct ui_app *app, int dir)
{
    struct db_view_year *years;
    size_t n;
    struct db_error err;
    if (db_view_agency_years(app->db, app->agency_id, &years, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return 0;
    }
    int best = 0;
    for (size_t i = 0; i < n; i++) { /* newest first */
        int y = years[i].year;
        if (dir < 0 && y < app->year && (!best || y > best)) best = y;
        if (dir > 0 && y > app->year && (!best || y < best)) best = y;
    }
    free(years);
    return best;
}

static int change_year(struct ui_app *app, int dir)
{
    int y = adjacent_year(app, dir);
    if (!y) {
        ui_message(app, 0, "%s",
                   dir < 0 ? _("No earlier fiscal year in the catalog.")
                           : _("No later fiscal year in the catalog."));
        return UI_DRAW;
    }
    ui_set_choice(app, app->agency_id, y);
    return UI_LAYOUT;
}

static void after_quit_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    (void)ctx;
    if (answer == UI_ACT_CONFIRM) app->quit = 1;
}

/* Ctrl-C outside an editor: quitting by accident costs the place in the lists, so ask. */
static int ask_quit(struct ui_app *app)
{
    struct ui_ask_arg q = {
        .title = _("Quit itadesk?"),
        .text = _("Ctrl-C asks before quitting. Unsaved text in an editor is kept as a draft."),
        .keys = _("y or Enter: quit   Esc: stay"),
        .answers = UI_ASK(UI_ACT_CONFIRM),
        .done = after_quit_question,
        .yes = _("Quit"),
        .back = _("Stay"),
    };
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}

/* Actions no screen took. */
static int handle_global(struct ui_app *app, enum ui_action a)
{
    switch (a) {
    case UI_ACT_INTERRUPT:
        return ask_quit(app);
    case UI_ACT_QUIT:
        app->quit = 1;
        return UI_NONE;
    case UI_ACT_BACK:
        ui_pop(app);
        if (!app->depth) app->quit = 1;
        return UI_LAYOUT;
    case UI_ACT_HELP:
        ui_push(app, &ui_help_ops, NULL);
        return UI_LAYOUT;
    case UI_ACT_REDRAW:
        clearok(curscr, TRUE);
        return UI_LAYOUT;
    case UI_ACT_DASHBOARD:
        ui_open_named(app, "dashboard");
        return UI_LAYOUT;
    case UI_ACT_INDICATORS:
        ui_open_named(app, "indicators");
        return UI_LAYOUT;
    case UI_ACT_OIT:
        ui_open_named(app, "oit");
        return UI_LAYOUT;
    case UI_ACT_PLANS:
        ui_open_named(app, "plans");
        return UI_LAYOUT;
    case UI_ACT_AGENCY:
        ui_push(app, &ui_picker_ops, NULL);
        return UI_LAYOUT;
    case UI_ACT_PRINT:
        return ui_print_open(app);
    case UI_ACT_PREV_YEAR:
        return change_year(app, -1);
    case UI_ACT_NEXT_YEAR:
        return change_year(app, +1);
    default:
        return UI_NONE;
    }
}

int ui_refresh_top(struct ui_app *app)
{
    struct ui_screen *top = ui_top(app);
    /* (the parentheses keep curses' refresh() macro away) */
    return top && top->ops->refresh ? (top->ops->refresh)(top, app) : UI_NONE;
}

/* After a handler: a screen the user comes back to may pick up other users' changes. */
static int returned(struct ui_app *app, int depth_before, int flags)
{
    if (app->depth && app->depth < depth_before) flags |= ui_refresh_top(app);
    return flags;
}

static int dispatch_action(struct ui_app *app, enum ui_action a)
{
    struct ui_screen *top = ui_top(app);
    if (!top) return UI_NONE;
    if (!(ui_action_def(a)->screens & top->ops->scr)) return UI_NONE;
    int r = top->ops->handle ? top->ops->handle(top, app, a) : UI_UNHANDLED;
    return (r & UI_UNHANDLED) ? handle_global(app, a) : r;
}

int ui_dispatch(struct ui_app *app, enum ui_action a)
{
    int depth = app->depth;
    return returned(app, depth, dispatch_action(app, a));
}

int ui_key_action(struct ui_app *app, int key)
{
    struct ui_screen *top = ui_top(app);
    int a = ui_keymap_lookup(&app->cfg.keys, key);
    if (a >= 0 || !top) return a;
    a = ui_keymap_command(&app->cfg.keys, key);
    return a >= 0 && (ui_action_def((enum ui_action)a)->screens & top->ops->scr) ? a : -1;
}

int ui_dispatch_key(struct ui_app *app, int key)
{
    if (key == UI_KEY_FN(KEY_RESIZE)) return UI_LAYOUT;
    struct ui_screen *top = ui_top(app);
    if (!top) return UI_NONE;
    int depth = app->depth;
    if (top->ops->key) {
        int r = top->ops->key(top, app, key);
        if (!(r & UI_UNHANDLED)) return returned(app, depth, r);
    }
    int a = ui_key_action(app, key);
    int plain = key & ~UI_KEY_ALT;
    if (a < 0 && (key & UI_KEY_ALT) && plain != '[' && plain != 'O') {
        /* An Alt key that means nothing here is Esc then the key, typed fast (or sent by a
         * script): never lost. Not Alt-[ or Alt-O: those are a sequence cut by a slow link. */
        int flags = ui_dispatch_key(app, UI_KEY_ESC);
        return flags | ui_dispatch_key(app, plain);
    }
    return a < 0 ? UI_NONE : ui_dispatch(app, (enum ui_action)a);
}

static void layout_all(struct ui_app *app)
{
    struct ui_rect body = {1, 0, LINES - 2, COLS};
    for (int i = 0; i < app->depth; i++) {
        struct ui_screen *s = app->stack[i];
        s->area = body;
        if (s->ops->layout) s->ops->layout(s, app);
    }
    app->need_layout = 0;
}

/* The screen title bar: which screen, which agency, which year. */
static void draw_title(struct ui_app *app, struct ui_screen *base)
{
    char right[512] = "";
    if (app->agency_id >= 0 && app->agency_name && base->ops != &ui_picker_ops)
        /* TRANSLATORS: short for "fiscal year", before the year on the title line. */
        snprintf(right, sizeof right, "%s  %s %d ", app->agency_name, _("FY"), app->year);
    const char *title = ui_scr_title(base->ops->scr);
    int lw = ui_text_cols(title) + 12; /* " itadesk | " and a gap */
    ui_putf(app, 0, 0, COLS, TT_ALIGN_LEFT, UI_ROLE_TITLE, " itadesk | %s", title);
    int rw = ui_text_cols(right);
    if (rw > COLS - lw - 1) rw = COLS - lw - 1;
    if (rw > 0) ui_put(app, 0, COLS - rw, rw, right, TT_ALIGN_RIGHT, UI_ROLE_TITLE);
}

static void draw_status(struct ui_app *app, struct ui_screen *top)
{
    int y = LINES - 1;
    if (app->message[0]) {
        ui_putf(app, y, 0, COLS, TT_ALIGN_LEFT, app->message_error ? UI_ROLE_WARN : UI_ROLE_MESSAGE,
                " %s", app->message);
        return;
    }
    char hints[512] = "";
    size_t used = 0;
    for (int a = 0; a < UI_ACT_COUNT && used < sizeof hints; a++) {
        const struct ui_action_def *d = ui_action_def((enum ui_action)a);
        if (!d->hint || !(d->screens & top->ops->scr)) continue;
        char name[64];
        ui_keymap_hint(&app->cfg.keys, (enum ui_action)a, name, sizeof name);
        if (!name[0]) continue;
        int w = snprintf(hints + used, sizeof hints - used, " %s %s ", name, _(d->hint));
        if (w > 0) used += (size_t)w;
    }
    ui_put(app, y, 0, COLS, hints, TT_ALIGN_LEFT, UI_ROLE_STATUS);
}

/* One line, the longest wording that fits. */
static void draw_too_small(struct ui_app *app)
{
    char line[256];
    snprintf(line, sizeof line, _("Terminal too small (%dx%d); itadesk needs %dx%d."), COLS, LINES,
             UI_MIN_COLS, UI_MIN_ROWS);
    /* TRANSLATORS: shown alone when the terminal is narrower than the full sentence. */
    if (ui_text_cols(line) > COLS) snprintf(line, sizeof line, "%s", _("Too small"));
    ui_put(app, 0, 0, COLS, line, TT_ALIGN_LEFT, UI_ROLE_WARN);
}

void ui_render(struct ui_app *app)
{
    erase();
    app->cursor_y = app->cursor_x = -1;
    if (LINES < UI_MIN_ROWS || COLS < UI_MIN_COLS || !app->depth) {
        if (app->depth) draw_too_small(app);
        curs_set(0);
        refresh();
        app->need_layout = 1; /* lay out again once the terminal is big enough */
        return;
    }
    if (app->need_layout) layout_all(app);
    int base = app->depth - 1;
    while (base > 0 && app->stack[base]->ops->modal)
        base--;
    draw_title(app, app->stack[base]);
    for (int i = base; i < app->depth; i++)
        app->stack[i]->ops->draw(app->stack[i], app);
    draw_status(app, ui_top(app));
    if (app->cursor_y >= 0) {
        curs_set(1);
        move(app->cursor_y, app->cursor_x);
    } else {
        curs_set(0);
    }
    refresh();
}

int ui_loop(struct ui_app *app)
{
    ui_render(app);
    while (!app->quit && app->depth) {
        if (ui_signal_caught) {
            app->exit_code = 1;
            break;
        }
        int key;
        int r = ui_input_next(app->in, 1000, &key);
        if (r < 0) break;
        if (r == 0) { /* no key for a second: other users may have changed something */
            int flags = ui_refresh_top(app);
            if (flags & UI_LAYOUT) app->need_layout = 1;
            if (flags != UI_NONE) ui_render(app);
            continue;
        }
        int had_message = app->message[0] != '\0';
        app->message[0] = '\0';
        if (key == UI_KEY_UNKNOWN) { /* swallowed whole: name it, so support can help */
            const int *chars;
            char seq[128];
            size_t n = ui_input_last(app->in, &chars);
            ui_decode_describe(chars, n, seq, sizeof seq);
            ui_message(app, 1, _("Unknown key %s: ignored (itadesk keys shows what keys send)."),
                       seq);
            ui_render(app);
            continue;
        }
        int flags = ui_dispatch_key(app, key);
        if (flags & UI_LAYOUT) app->need_layout = 1;
        if (flags != UI_NONE || had_message || app->message[0]) ui_render(app);
    }
    return app->exit_code;
}

void ui_app_clear(struct ui_app *app)
{
    while (app->depth)
        ui_pop(app);
    free(app->agency_name);
    app->agency_name = NULL;
}
