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
#include "ui_menu.h"
#include "ui_mouse.h"
#include "ui_print.h"
#include "ui_plans.h"
#include "ui_role.h"
#include "ui_screens.h"
#include "ui_state.h"
#include "ui_term.h"
#include "xalloc.h"

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
    const struct ui_reg *reg = ui_reg_of(ops);
    if (!reg) { /* a programming error: every screen has its registry row */
        fputs("itadesk: a screen is missing from ui/ui_registry.h\n", stderr);
        abort();
    }
    if (app->depth == UI_STACK_MAX) return -1;
    struct ui_screen *s = xcalloc(1, sizeof *s);
    s->ops = ops;
    s->reg = reg;
    if (ops->enter && ops->enter(s, app, arg)) {
        if (ops->leave) ops->leave(s, app);
        free(s);
        return -1;
    }
    s->stamp = db_data_stamp(app->db);
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

int ui_open(struct ui_app *app, const struct ui_reg *r)
{
    if (!r) return -1;
    if (r->needs_choice && needs_choice(app)) return 0;
    /* A menu or a dialog on top closes first: the place opens over the screen below. */
    while (app->depth && ui_top(app)->reg->kind == UI_KIND_DIALOG)
        ui_pop(app);
    return pop_to(app, r->ops) ? ui_push(app, r->ops, NULL) : 0;
}

int ui_open_named(struct ui_app *app, const char *name)
{
    const struct ui_reg *r = ui_reg_by_name(name);
    return ui_reg_openable(r) ? ui_open(app, r) : -1;
}

/* The lowest screen that shows: the top one, and what modal ones are drawn over. */
static int visible_base(struct ui_app *app)
{
    int base = app->depth - 1;
    while (base > 0 && app->stack[base]->ops->modal)
        base--;
    return base < 0 ? 0 : base;
}

static int reload_screen(struct ui_app *app, struct ui_screen *s)
{
    s->stale = 0;
    s->stamp = db_data_stamp(app->db);
    app->need_layout = 1;
    return s->ops->reload ? s->ops->reload(s, app) : 0;
}

/* The agency or year changed: only what shows reads the database now; the screens under it
 * read it when the user comes back to them (and not at all if the user never does). */
static int reload_screens(struct ui_app *app)
{
    int rc = 0;
    for (int i = 0; i < app->depth; i++)
        app->stack[i]->stale = 1;
    for (int i = visible_base(app); i < app->depth; i++)
        if (reload_screen(app, app->stack[i])) rc = -1;
    app->need_layout = 1;
    return rc;
}

int ui_show_current(struct ui_app *app, int force)
{
    int flags = UI_NONE;
    unsigned long long now = db_data_stamp(app->db);
    for (int i = app->depth ? visible_base(app) : 0; i < app->depth; i++) {
        struct ui_screen *s = app->stack[i];
        if (s->stale) { /* then its refresh too: what reload keeps may be out of date */
            reload_screen(app, s);
            flags |= UI_LAYOUT | (s->ops->refresh ? (s->ops->refresh)(s, app) : 0);
        } else if (s->ops->refresh) {
            flags |= (s->ops->refresh)(s, app); /* (parentheses: curses' refresh macro) */
        } else if (s->ops->reload && (force || s->stamp != now)) {
            reload_screen(app, s);
            flags |= UI_LAYOUT;
        }
    }
    return flags;
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

static int act_interrupt(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return ask_quit(app);
}

static int act_quit(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    app->quit = 1;
    return UI_NONE;
}

static int act_back(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    ui_pop(app);
    if (!app->depth) app->quit = 1;
    return UI_LAYOUT;
}

static int act_help(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    ui_push(app, &ui_help_ops, NULL);
    return UI_LAYOUT;
}

/* Ctrl-L: a clean terminal, and current data. */
static int act_redraw(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    clearok(curscr, TRUE);
    return UI_LAYOUT | ui_show_current(app, 1);
}

static int act_agency(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    ui_push(app, &ui_picker_ops, NULL);
    return UI_LAYOUT;
}

static int act_print(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return ui_print_open(app);
}

static int act_year(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return change_year(app, a == UI_ACT_PREV_YEAR ? -1 : +1);
}

static int act_drafts(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return ui_drafts_show(app);
}

static int act_menu(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    ui_menu_open(app, 0);
    return UI_LAYOUT;
}

/* e on the dashboard: the current agency in the agency editor. */
static int act_edit_agency(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    if (app->agency_id > 0) ui_open_agency_editor(app, app->agency_id);
    return UI_LAYOUT;
}

static int act_go(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    ui_open(app, ui_action_target(a));
    return UI_LAYOUT;
}

/* The app's own function table: what a screen passes on. */
static const struct ui_handler app_handlers[] = {
    {UI_ACT_INTERRUPT, act_interrupt},
    {UI_ACT_QUIT, act_quit},
    {UI_ACT_BACK, act_back},
    {UI_ACT_HELP, act_help},
    {UI_ACT_REDRAW, act_redraw},
    {UI_ACT_AGENCY, act_agency},
    {UI_ACT_PRINT, act_print},
    {UI_ACT_PREV_YEAR, act_year},
    {UI_ACT_NEXT_YEAR, act_year},
    {UI_ACT_DRAFTS, act_drafts},
    {UI_ACT_MENU, act_menu},
    {UI_ACT_EDIT, act_edit_agency},
    {0, NULL},
};

static ui_handler_fn find_handler(const struct ui_handler *h, enum ui_action a)
{
    for (; h && h->fn; h++)
        if (h->action == a) return h->fn;
    return NULL;
}

ui_handler_fn ui_screen_handler(const struct ui_screen_ops *ops, enum ui_action a)
{
    return find_handler(ops->handlers, a);
}

ui_handler_fn ui_app_handler(enum ui_action a)
{
    if (ui_action_target(a)) return act_go;
    return find_handler(app_handlers, a);
}

int ui_refresh_top(struct ui_app *app)
{
    struct ui_screen *top = ui_top(app);
    /* (the parentheses keep curses' refresh() macro away) */
    return top && top->ops->refresh ? (top->ops->refresh)(top, app) : UI_NONE;
}

/* After a handler: a screen the user comes back to shows current data. */
static int returned(struct ui_app *app, int depth_before, int flags)
{
    if (app->depth && app->depth < depth_before) flags |= ui_show_current(app, 0);
    return flags;
}

static int dispatch_action(struct ui_app *app, enum ui_action a)
{
    struct ui_screen *top = ui_top(app);
    if (!top) return UI_NONE;
    if (!ui_scr_has(ui_action_def(a)->screens, top->reg->id)) return UI_NONE;
    if (!ui_action_allowed(app, a, 1)) return UI_DRAW; /* greyed out: says who may */
    ui_handler_fn fn = ui_screen_handler(top->ops, a);
    int r = fn ? fn(top, app, a) : UI_UNHANDLED;
    if (!(r & UI_UNHANDLED)) return r;
    fn = ui_app_handler(a);
    return fn ? fn(ui_top(app), app, a) : UI_NONE;
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
    return a >= 0 && ui_scr_has(ui_action_def((enum ui_action)a)->screens, top->reg->id) ? a : -1;
}

int ui_dispatch_key(struct ui_app *app, int key)
{
    if (key == UI_KEY_FN(KEY_RESIZE)) return UI_LAYOUT;
    if (key == UI_KEY_FN(KEY_MOUSE)) return ui_mouse_read(app);
    struct ui_screen *top = ui_top(app);
    if (!top) return UI_NONE;
    int depth = app->depth;
    if (top->ops->key) {
        int r = top->ops->key(top, app, key);
        if (!(r & UI_UNHANDLED)) return returned(app, depth, r);
    }
    int a = ui_key_action(app, key);
    int moved = ui_key_move_plain(key);
    if (a < 0 && moved >= 0) /* Ctrl-Up that means nothing here moves like Up */
        return ui_dispatch_key(app, moved);
    int plain = key & ~UI_KEY_ALT;
    if (a < 0 && (key & UI_KEY_ALT) && plain != '[' && plain != 'O') {
        /* An Alt key that means nothing here is Esc then the key, typed fast (or sent by a
         * script): never lost. Not Alt-[ or Alt-O: those are a sequence cut by a slow link. */
        int flags = ui_dispatch_key(app, UI_KEY_ESC);
        return flags | ui_dispatch_key(app, plain);
    }
    return a < 0 ? UI_NONE : ui_dispatch(app, (enum ui_action)a);
}

/* Clicks on the menu button (left of the title line, or of the status line's first hint)
 * open the menu; the wheel moves; a click goes to the screen under it, a double click
 * then opens what it selected. */
int ui_dispatch_mouse(struct ui_app *app, enum ui_mouse_kind kind, int y, int x)
{
    struct ui_screen *top = ui_top(app);
    if (!top) return UI_NONE;
    if (kind == UI_MOUSE_WHEEL_UP || kind == UI_MOUSE_WHEEL_DOWN) {
        int flags = UI_NONE;
        for (int i = 0; i < 3; i++)
            flags |= ui_dispatch(app, kind == UI_MOUSE_WHEEL_UP ? UI_ACT_UP : UI_ACT_DOWN);
        return flags;
    }
    if (top->ops != &ui_menu_ops && (y == 0 || y == LINES - 1)) {
        char menu[96];
        if (x < ui_menu_label(app, menu, sizeof menu) &&
            ui_scr_has(ui_action_def(UI_ACT_MENU)->screens, top->reg->id))
            return ui_dispatch(app, UI_ACT_MENU);
        return UI_NONE;
    }
    if (!top->ops->click) return UI_NONE;
    int depth = app->depth;
    int r = top->ops->click(top, app, y, x);
    if (r & UI_UNHANDLED) return UI_NONE;
    if (kind == UI_MOUSE_DOUBLE && app->depth == depth && ui_top(app) == top)
        r |= ui_dispatch(app, UI_ACT_OPEN);
    return returned(app, depth, r);
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
    char right[512] = "", year[64] = "";
    if (app->agency_id >= 0 && app->agency_name && base->ops != &ui_picker_ops) {
        /* TRANSLATORS: short for "fiscal year", before the year on the title line. */
        if (app->year > 0) /* none before a year is chosen (a new agency) */
            snprintf(year, sizeof year, "%s %d ", _("FY"), app->year);
        snprintf(right, sizeof right, "%s  %s", app->agency_name, year);
    }
    const char *title = _(base->reg->title);
    char menu[96];
    int mw = ui_menu_label(app, menu, sizeof menu); /* a click on it opens the menu */
    int lw = mw + ui_text_cols(title) + 14;         /* " itadesk | " and a gap */
    ui_putf(app, 0, 0, COLS, TT_ALIGN_LEFT, UI_ROLE_TITLE, "%s%s itadesk %s %s", menu,
            ui_line_v(app), ui_line_v(app), title);
    int rw = ui_text_cols(right);
    if (rw > COLS - lw - 1) { /* no room for the agency: the year at least */
        snprintf(right, sizeof right, "%s", year);
        rw = ui_text_cols(right);
    }
    if (rw > COLS - lw - 1) rw = COLS - lw - 1;
    if (rw > 0) ui_put(app, 0, COLS - rw, rw, right, TT_ALIGN_RIGHT, UI_ROLE_TITLE);
}

/* " key hint " for action a when it applies on the top screen and fits in the line's
 * COLS columns (a hint is never cut in the middle); 0 when not added. */
/* Draws one hint at column *x if it fits; what the role cannot do stays listed, greyed
 * out (trying it says who may). */
static int add_hint(struct ui_app *app, const struct ui_screen *top, enum ui_action a, int *x)
{
    const struct ui_action_def *d = ui_action_def(a);
    const struct ui_reg *target = ui_action_target(a);
    int key = ui_keymap_first(&app->cfg.keys, a);
    if (!d->hint || !ui_scr_has(d->screens, top->reg->id) || key < 0 || target == top->reg)
        return 0;
    char name[64], one[160];
    ui_keymap_hint(&app->cfg.keys, a, name, sizeof name); /* "F9/x": some F-keys never arrive */
    int w = snprintf(one, sizeof one, " %s %s ", name, _(d->hint));
    if (w <= 0 || (size_t)w >= sizeof one) return 0;
    int cols = ui_text_cols(one);
    if (*x + cols > COLS) return 0;
    int allowed = ui_action_allowed(app, a, 0);
    ui_put(app, LINES - 1, *x, cols, one, TT_ALIGN_LEFT,
           allowed ? UI_ROLE_STATUS : UI_ROLE_STATUS_OFF);
    *x += cols;
    return 1;
}

/* The way to the menu first, then the places to go, then the screen's own keys: what is
 * cut at the right edge is always in the menu. */
static void draw_status(struct ui_app *app, struct ui_screen *top)
{
    int y = LINES - 1;
    if (app->message[0]) {
        ui_putf(app, y, 0, COLS, TT_ALIGN_LEFT, app->message_error ? UI_ROLE_WARN : UI_ROLE_MESSAGE,
                " %s", app->message);
        return;
    }
    int x = 0;
    ui_fill(app, y, 0, COLS, UI_ROLE_STATUS);
    add_hint(app, top, UI_ACT_MENU, &x);
    for (int a = UI_ACT_GO_PICKER; a < UI_ACT_COUNT; a++)
        add_hint(app, top, (enum ui_action)a, &x);
    for (int a = 0; a < UI_ACT_GO_PICKER; a++)
        if (a != UI_ACT_MENU) add_hint(app, top, (enum ui_action)a, &x);
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
        int r = ui_input_next(app->in, app->retries.n ? UI_RETRY_EVERY_MS : 1000, &key);
        if (r < 0) break;
        if (r == 0) { /* no key for a while: other users may have changed something */
            int flags = ui_retry_run(app, 1) | ui_refresh_top(app);
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
        int retried = ui_retry_run(app, 0); /* keys coming fast do not hold it back */
        int flags = ui_dispatch_key(app, key);
        if (retried) flags |= retried | ui_refresh_top(app);
        if (flags & UI_LAYOUT) app->need_layout = 1;
        if (flags != UI_NONE || had_message || app->message[0]) ui_render(app);
    }
    return app->exit_code;
}

void ui_app_clear(struct ui_app *app)
{
    ui_retry_clear(app);
    while (app->depth)
        ui_pop(app);
    free(app->agency_name);
    app->agency_name = NULL;
}
