/* The OIT checklist: the year's items grouped by sub-indicator with each group's progress,
 * a detail pane (or, when narrow, a full-screen detail) for the selected item, ticking and
 * editing that save at once, filters, search, jump to a code, marks for changes to several
 * items, and other users' changes picked up while the screen waits for a key. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_view_result.h"
#include "db_review.h"
#include "i18n.h"
#include "text/tt.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "ui_keys.h"
#include "ui_oit.h"
#include "ui_screens.h"
#include "xalloc.h"

static const struct ui_column columns[OIT_NCOLS] = {
    /* TRANSLATORS: column of the checkbox marks [x] [~] [ ]; at most 5 columns wide. */
    [OIT_COL_STATE] = {N_("State"), 5, 0, TT_ALIGN_LEFT, 0, 0},
    [OIT_COL_CODE] = {N_("Code"), 4, 0, TT_ALIGN_LEFT, 0, 0},
    [OIT_COL_TITLE] = {N_("Item"), 0, 12, TT_ALIGN_LEFT, 0, 0},
    [OIT_COL_UNIT] = {N_("Unit"), 14, 0, TT_ALIGN_LEFT, 2, 0},
    /* TRANSLATORS: column saying whether an evidence link is set; at most 5 columns. */
    [OIT_COL_LINK] = {N_("Link"), 5, 0, TT_ALIGN_LEFT, 1, 0},
};

const struct oit_row *oit_selected(struct oit_scr *sc)
{
    return oit_view_item(&sc->v, sc->t.sel);
}

/* Moves the selection off a group heading, in the direction dir (then the other way), and
 * shows the heading of the first item of the list. */
static void skip_heading(struct oit_scr *sc, int dir)
{
    long n = (long)sc->v.nlines, sel = sc->t.sel;
    while (sel >= 0 && sel < n && sc->v.lines[sel].row < 0)
        sel += dir;
    if (sel < 0 || sel >= n) {
        sel = sc->t.sel;
        while (sel >= 0 && sel < n && sc->v.lines[sel].row < 0)
            sel -= dir;
    }
    if (sel < 0 || sel >= n) sel = 0;
    ui_table_select(&sc->t, sel);
    if (sc->t.top == sel && sel > 0 && sc->v.lines[sel - 1].row < 0) sc->t.top = sel - 1;
}

static void set_lines(struct oit_scr *sc)
{
    ui_table_set_rows(&sc->t, (long)sc->v.nlines);
}

void oit_select_code(struct oit_scr *sc, const char *code)
{
    set_lines(sc);
    long line = code ? oit_view_line_of(&sc->v, code) : -1;
    if (line >= 0) ui_table_select(&sc->t, line);
    skip_heading(sc, 1);
}

/* Reads the whole checklist again, keeping the selected item selected. */
int oit_reload_all(struct oit_scr *sc, struct ui_app *app)
{
    const struct oit_row *r = oit_selected(sc);
    char code[16] = "";
    if (r) snprintf(code, sizeof code, "%s", r->code);
    struct db_error err;
    if (oit_view_load(&sc->v, app->db, app->agency_id, app->year, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    sc->doc_valid = 0;
    oit_select_code(sc, code[0] ? code : NULL);
    return 0;
}

static void busy_waiting(void *ctx, int waited_ms)
{
    struct ui_app *app = ctx;
    ui_message(app, 0, "%s", _("Waiting for another user to finish saving..."));
    ui_putf(app, LINES - 1, 0, COLS, TT_ALIGN_LEFT, UI_ROLE_MESSAGE, " %s", app->message);
    refresh();
}

static int oit_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct oit_scr *sc = xcalloc(1, sizeof *sc);
    s->st = sc;
    if (tt_field_init(&sc->search, "")) return -1;
    for (int c = 0; c < OIT_NCOLS; c++) {
        sc->cols[c] = columns[c];
        sc->cols[c].title = _(columns[c].title);
    }
    sc->t.cols = sc->cols;
    sc->t.ncols = OIT_NCOLS;
    sc->t.selectable = 1;
    struct db_error err;
    if (oit_view_load(&sc->v, app->db, app->agency_id, app->year, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    oit_select_code(sc, NULL);
    sc->busy = (struct db_busy_hook){.waiting = busy_waiting, .ctx = app};
    db_busy_hook_install(app->db, &sc->busy);
    return 0;
}

static void oit_leave(struct ui_screen *s, struct ui_app *app)
{
    struct oit_scr *sc = s->st;
    if (!sc) return;
    if (sc->busy.waiting) db_busy_hook_remove(app->db);
    oit_view_free(&sc->v);
    ui_doc_free(&sc->doc);
    tt_field_free(&sc->search);
    oit_free_units(sc);
    ui_whatif_panel_free(&sc->whatif);
    free(sc);
}

static void oit_layout(struct ui_screen *s, struct ui_app *app)
{
    struct oit_scr *sc = s->st;
    oit_layout_areas(sc, app, s->area);
    ui_table_layout(&sc->t, sc->list);
    set_lines(sc);
    skip_heading(sc, 1);
    sc->doc_valid = 0;
}

static void oit_draw_screen(struct ui_screen *s, struct ui_app *app)
{
    oit_draw(s->st, app);
}

/* Moves in the list (or scrolls the full-screen detail). */
static int move_in(struct oit_scr *sc, enum ui_action a)
{
    if (sc->full) return ui_doc_handle(&sc->doc, a);
    int r = ui_table_handle(&sc->t, a);
    if (r & UI_UNHANDLED) return r;
    int dir = a == UI_ACT_UP || a == UI_ACT_PAGE_UP || a == UI_ACT_LAST ? -1 : 1;
    skip_heading(sc, dir);
    return UI_DRAW;
}

static int mark(struct oit_scr *sc, enum ui_action a)
{
    const struct oit_row *r = oit_selected(sc);
    if (!r) return UI_NONE;
    long row = oit_view_row_of(&sc->v, r->code);
    if (a == UI_ACT_MARK) {
        oit_view_toggle_mark(&sc->v, row);
        return move_in(sc, UI_ACT_DOWN) | UI_DRAW;
    }
    oit_view_toggle_group(&sc->v, sc->v.group_of[row]);
    return UI_DRAW;
}

/* What-if: marks the selected item at score (again: takes the mark off). Session only. */
static int whatif_mark(struct oit_scr *sc, struct ui_app *app, double score)
{
    const struct oit_row *r = oit_selected(sc);
    if (!r) return UI_NONE;
    int m = ui_whatif_toggle(app, r->code, score);
    if (m < 0)
        ui_message(app, 1, "%s", _("No room for another what-if mark."));
    else if (m)
        ui_message(app, 0, _("%s: if %g (what-if only, not saved)"), r->code, score);
    else
        ui_message(app, 0, _("%s: what-if mark taken off"), r->code);
    return UI_LAYOUT;
}

static int whatif_clear(struct ui_app *app)
{
    size_t n = ui_whatif_clear(app);
    ui_message(
        app, 0,
        ngettext("%zu what-if mark taken off", "%zu what-if marks taken off", (unsigned long)n), n);
    return UI_LAYOUT;
}

static int history(struct oit_scr *sc, struct ui_app *app)
{
    const struct oit_row *r = oit_selected(sc);
    if (!r) return UI_NONE;
    struct oit_history_arg arg = {app->agency_id, app->year, r->code};
    ui_push(app, &ui_oit_history_ops, &arg);
    return UI_LAYOUT;
}

static int start_jump(struct oit_scr *sc, const char *digits);

/* A handler of the function table: any action ends the code being typed first. */
#define OIT_HANDLER(fn, body)                                                                      \
    static int fn(struct ui_screen *s, struct ui_app *app, enum ui_action a)                       \
    {                                                                                              \
        struct oit_scr *sc = s->st;                                                                \
        (void)app;                                                                                 \
        (void)a;                                                                                   \
        sc->jumping = 0;                                                                           \
        body                                                                                       \
    }

OIT_HANDLER(do_open, sc->full = !sc->full; sc->doc.top = 0; return UI_LAYOUT;)
/* Esc closes the full-screen detail first; from the list it goes back. */
OIT_HANDLER(do_back, if (!sc->full) return UI_UNHANDLED; sc->full = 0; return UI_LAYOUT;)
OIT_HANDLER(do_tick, return oit_tick(sc, app);)
OIT_HANDLER(do_in_progress, return oit_set_in_progress(sc, app);)
OIT_HANDLER(do_unit, return oit_choose_unit(sc, app);)
OIT_HANDLER(do_link, return oit_edit_link(sc, app);)
OIT_HANDLER(do_note, return oit_edit_note(sc, app);)
OIT_HANDLER(do_score, return oit_choose_score(sc, app);)
OIT_HANDLER(do_show, return oit_choose_show(sc, app);)
OIT_HANDLER(do_history, return history(sc, app);)
OIT_HANDLER(do_check, return oit_check(sc, app);)
OIT_HANDLER(do_send_back, return oit_send_back(sc, app);)
OIT_HANDLER(do_mark, return mark(sc, a);)
OIT_HANDLER(do_unmark_all, oit_view_clear_marks(&sc->v); return UI_DRAW;)
OIT_HANDLER(do_filter, sc->searching = 1; return UI_DRAW;)
OIT_HANDLER(do_jump, return start_jump(sc, "");)
OIT_HANDLER(do_whatif_done, return whatif_mark(sc, app, 100);)
OIT_HANDLER(do_whatif_half, return whatif_mark(sc, app, 50);)
OIT_HANDLER(do_whatif_clear, return whatif_clear(app);)
OIT_HANDLER(do_move, return move_in(sc, a);)
/* The carry screen shows the mapping; it carries only when asked there. */
OIT_HANDLER(do_carry, ui_push(app, &ui_carry_ops, NULL); return UI_LAYOUT;)

static const struct ui_handler oit_handlers[] = {
    {UI_ACT_OPEN, do_open},
    {UI_ACT_BACK, do_back},
    {UI_ACT_TICK, do_tick},
    {UI_ACT_IN_PROGRESS, do_in_progress},
    {UI_ACT_UNIT, do_unit},
    {UI_ACT_LINK, do_link},
    {UI_ACT_NOTE, do_note},
    {UI_ACT_SCORE, do_score},
    {UI_ACT_SHOW, do_show},
    {UI_ACT_HISTORY, do_history},
    {UI_ACT_CHECK, do_check},
    {UI_ACT_SEND_BACK, do_send_back},
    {UI_ACT_MARK, do_mark},
    {UI_ACT_MARK_GROUP, do_mark},
    {UI_ACT_UNMARK_ALL, do_unmark_all},
    {UI_ACT_FILTER, do_filter},
    {UI_ACT_JUMP, do_jump},
    {UI_ACT_WHATIF_DONE, do_whatif_done},
    {UI_ACT_WHATIF_HALF, do_whatif_half},
    {UI_ACT_WHATIF_CLEAR, do_whatif_clear},
    {UI_ACT_CARRY_OVER, do_carry},
    UI_HANDLE_MOVES(do_move),
    {0, NULL},
};

/* Selects the item whose code has been typed so far. */
static int follow_jump(struct oit_scr *sc, struct ui_app *app)
{
    char code[16];
    if (oit_code_normalise(sc->jump, code)) return UI_DRAW;
    long line = oit_view_line_of(&sc->v, code);
    if (line < 0) {
        ui_message(app, 0,
                   oit_view_row_of(&sc->v, code) < 0 ? _("There is no item %s this year.")
                                                     : _("%s is hidden by the filter or search."),
                   code);
        return UI_DRAW;
    }
    ui_table_select(&sc->t, line);
    skip_heading(sc, 1);
    return UI_DRAW;
}

static int start_jump(struct oit_scr *sc, const char *digits)
{
    sc->jumping = 1;
    sc->searching = 0;
    snprintf(sc->jump, sizeof sc->jump, "O%s", digits);
    return UI_DRAW;
}

/* Keys while a code is being typed: digits (ASCII or Thai) add to it, Backspace takes one
 * back; any other key ends it (and does what it does). */
static int jump_key(struct oit_scr *sc, struct ui_app *app, int key)
{
    size_t len = strlen(sc->jump);
    int d = key < UI_KEY_FN_BASE ? tt_digit_value((uint32_t)key) : -1;
    if (d >= 0 && len + 1 < sizeof sc->jump) {
        sc->jump[len] = (char)('0' + d);
        sc->jump[len + 1] = '\0';
        return follow_jump(sc, app);
    }
    if (key == UI_KEY_FN(KEY_BACKSPACE) && len > 1) {
        sc->jump[len - 1] = '\0';
        return UI_DRAW;
    }
    sc->jumping = 0;
    if (key == UI_KEY_ENTER || key == UI_KEY_ESC || key == UI_KEY_FN(KEY_BACKSPACE)) return UI_DRAW;
    return UI_UNHANDLED | UI_DRAW;
}

static int search_changed(struct oit_scr *sc)
{
    const struct oit_row *r = oit_selected(sc);
    char code[16] = "";
    if (r) snprintf(code, sizeof code, "%s", r->code);
    oit_view_set_search(&sc->v, sc->search.text);
    oit_select_code(sc, code);
    sc->doc_valid = 0;
    return UI_DRAW;
}

/* Keys while the search field has the cursor (as the agency picker's filter). */
static int search_key(struct oit_scr *sc, int key)
{
    switch (key) {
    case UI_KEY_ENTER:
        sc->searching = 0;
        return UI_DRAW;
    case UI_KEY_ESC:
        sc->searching = 0;
        tt_field_set_text(&sc->search, "");
        return search_changed(sc);
    case UI_KEY_FN(KEY_UP):
    case UI_KEY_FN(KEY_DOWN):
    case UI_KEY_FN(KEY_NPAGE):
    case UI_KEY_FN(KEY_PPAGE):
        return UI_UNHANDLED; /* the list still moves */
    }
    enum ui_field_result r = ui_field_key(&sc->search, key);
    if (r == UI_FIELD_NOT_MINE) return UI_UNHANDLED;
    return r == UI_FIELD_CHANGED ? search_changed(sc) : UI_DRAW;
}

static int oit_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct oit_scr *sc = s->st;
    if (sc->jumping) return jump_key(sc, app, key);
    if (sc->searching) return search_key(sc, key);
    if (!ui_key_is_text(key) || ui_key_action(app, key) >= 0) return UI_UNHANDLED;
    /* A digit that is no command starts a code (12 → O12); other text starts a search. A
     * Thai key whose Latin twin is a command here is that command (the Kedmanee layout
     * left on); / searches for any text. */
    if (tt_digit_value((uint32_t)key) >= 0) {
        start_jump(sc, "");
        return jump_key(sc, app, key);
    }
    sc->searching = 1;
    return search_key(sc, key);
}

static int oit_reload(struct ui_screen *s, struct ui_app *app)
{
    struct oit_scr *sc = s->st;
    oit_view_clear_marks(&sc->v);
    sc->full = 0;
    sc->t.sel = sc->t.top = 0;
    int rc = oit_reload_all(sc, app);
    oit_select_code(sc, NULL);
    return rc;
}

/* Other users' changes: read again only when the database says something was committed. */
static int oit_pick_up(struct ui_screen *s, struct ui_app *app)
{
    struct oit_scr *sc = s->st;
    if (!oit_view_stale(&sc->v, app->db)) return UI_NONE;
    oit_reload_all(sc, app);
    return UI_DRAW;
}

/* The main menu's figure: items done of the year's checklist. */
static void oit_figure(struct ui_app *app, char *buf, size_t n)
{
    struct db_view_oit_group *g = NULL;
    size_t ng = 0;
    struct db_error err;
    int done = 0, total = 0;
    if (db_view_oit_groups(app->db, app->agency_id, app->year, &g, &ng, &err)) return;
    for (size_t i = 0; i < ng; i++) {
        done += g[i].state[ITA_DONE];
        total += g[i].total;
    }
    db_view_oit_groups_free(g, ng);
    /* Work a reviewer sent back is what an officer opening the menu must see first. */
    long back = db_oit_returned_count(app->db, app->agency_id, app->year, &err);
    if (total && back > 0)
        snprintf(buf, n,
                 ngettext("done %d/%d, %ld sent back by a reviewer",
                          "done %d/%d, %ld sent back by a reviewer", (unsigned long)back),
                 done, total, back);
    else if (total)
        snprintf(buf, n, _("done %d/%d"), done, total);
}

/* A click selects the item under it (a group's heading: its first item). */
static int oit_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct oit_scr *sc = s->st;
    if (sc->full) return UI_UNHANDLED;
    int r = ui_table_click(&sc->t, y);
    if (r & UI_UNHANDLED) return r;
    skip_heading(sc, 1);
    return UI_DRAW;
}

const struct ui_screen_ops ui_oit_ops = {
    .enter = oit_enter,
    .leave = oit_leave,
    .layout = oit_layout,
    .draw = oit_draw_screen,
    .handlers = oit_handlers,
    .figure = oit_figure,
    .key = oit_key,
    .reload = oit_reload,
    .refresh = oit_pick_up,
    .click = oit_click,
};
