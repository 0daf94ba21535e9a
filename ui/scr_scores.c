/* The published scores of the current agency and year: the ten indicators, the total and
 * the level exactly as published, with the computed figures beside them (≠ where they
 * differ). Enter types the selected value (ASCII or Thai digits; empty or - clears it),
 * Delete clears it, + types any item by its code (i3, e12, O12, 1-10, total, level) or an
 * indicator by its name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_result.h"
#include "db_scores.h"
#include "i18n.h"
#include "score_csv.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "ui_text_draft.h"
#include "xalloc.h"

enum { COL_NO, COL_NAME, COL_PUBLISHED, COL_COMPUTED, COL_DIFF, NCOLS };

/* TRANSLATORS: columns of the scores screen. */
static const struct ui_column columns[NCOLS] = {
    {N_("No."), 5, 0, TT_ALIGN_RIGHT, 0, 0},
    {N_("Indicator"), 0, 12, TT_ALIGN_LEFT, 0, 0},
    {N_("Published"), 10, 0, TT_ALIGN_RIGHT, 0, 0},
    {N_("Computed"), 10, 0, TT_ALIGN_RIGHT, 1, 0},
    {"", 2, 0, TT_ALIGN_LEFT, 0, 0},
};

struct scores {
    struct ita_result r;
    int loaded;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    int stale;
    char label[256]; /* the prompt's label */
    struct score_row editing;
};

static int load(struct scores *s, struct ui_app *app)
{
    struct db_error err;
    if (s->loaded) result_free(&s->r);
    s->loaded = 0;
    if (db_result_load(app->db, app->agency_id, app->year, &s->r, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    s->loaded = 1;
    ui_table_set_rows(&s->t, (long)s->r.n_ind + 2);
    s->stale = 0;
    return 0;
}

static int scores_enter(struct ui_screen *sc, struct ui_app *app, const void *arg)
{
    struct scores *s = xcalloc(1, sizeof *s);
    sc->st = s;
    for (int c = 0; c < NCOLS; c++) {
        s->cols[c] = columns[c];
        s->cols[c].title = columns[c].title[0] ? _(columns[c].title) : "";
    }
    s->t.cols = s->cols;
    s->t.ncols = NCOLS;
    s->t.selectable = 1;
    return load(s, app);
}

static void scores_leave(struct ui_screen *sc, struct ui_app *app)
{
    struct scores *s = sc->st;
    if (!s) return;
    if (s->loaded) result_free(&s->r);
    free(s);
}

static void scores_layout(struct ui_screen *sc, struct ui_app *app)
{
    struct scores *s = sc->st;
    struct ui_rect a = sc->area;
    ui_table_layout(&s->t, (struct ui_rect){a.y + 1, a.x + 1, a.h - 2, a.w - 2});
}

static void fmt(struct opt_score v, char *buf, size_t n)
{
    if (v.set)
        snprintf(buf, n, "%.2f", score_round2(v.v));
    else
        snprintf(buf, n, "-");
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct scores *s = ctx;
    const struct ita_result *r = &s->r;
    long n = (long)r->n_ind;
    if (row < n) {
        const struct score_indicator *i = &r->ind[row].s;
        switch (col) {
        case COL_NO:
            snprintf(out->buf, sizeof out->buf, "%d", i->no);
            break;
        case COL_NAME:
            out->text = r->ind[row].name_th;
            return;
        case COL_PUBLISHED:
            fmt(i->entered, out->buf, sizeof out->buf);
            break;
        case COL_COMPUTED:
            fmt(i->computed, out->buf, sizeof out->buf);
            break;
        default:
            out->text = score_differs(i->entered, i->computed) ? "≠" : "";
            return;
        }
        out->text = out->buf;
        return;
    }
    if (row == n) {
        switch (col) {
        case COL_NAME:
            out->text = _("Total");
            out->role = UI_ROLE_HEADER;
            return;
        case COL_PUBLISHED:
            fmt(r->total_entered, out->buf, sizeof out->buf);
            break;
        case COL_COMPUTED:
            fmt(r->summary.total, out->buf, sizeof out->buf);
            break;
        case COL_DIFF:
            out->text = result_total_differs(r) ? "≠" : "";
            return;
        default:
            return;
        }
        out->text = out->buf;
        return;
    }
    const char *computed = r->grade ? r->grade->label_th : "-";
    switch (col) {
    case COL_NAME:
        out->text = _("Level");
        out->role = UI_ROLE_HEADER;
        break;
    case COL_PUBLISHED:
        out->text = r->level_entered ? r->level_entered : "-";
        break;
    case COL_COMPUTED:
        out->text = computed;
        break;
    case COL_DIFF:
        out->text = r->grade && r->level_entered && strcmp(computed, r->level_entered) ? "≠" : "";
        break;
    default:
        break;
    }
}

static void scores_draw(struct ui_screen *sc, struct ui_app *app)
{
    struct scores *s = sc->st;
    struct ui_rect a = sc->area;
    ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER,
            _("Published scores of %s, fiscal year %d"), s->r.agency_name ? s->r.agency_name : "",
            app->year);
    ui_table_draw(&s->t, app, cell, s);
    ui_put(app, a.y + a.h - 1, a.x + 1, a.w - 2,
           _("Enter: type a value   Delete: clear   +: an item by code or name"), TT_ALIGN_LEFT,
           UI_ROLE_DIM);
}

/* Stores value for s->editing (empty or "-": cleared). 0, or -1 with why. */
static int store(struct scores *s, struct ui_app *app, const char *value, char *why, size_t n)
{
    struct db_error err = {{0}};
    struct score_row row = s->editing;
    const char *v = value;
    while (*v == ' ')
        v++;
    long rc;
    if (!*v || strcmp(v, "-") == 0) {
        rc = db_score_clear(app->db, app->agency_id, app->year, &row, &err);
    } else {
        if (score_parse_value(&row, v, why, n)) return -1;
        rc = db_score_set(app->db, app->agency_id, app->year, &row, &err);
    }
    if (rc < 0) {
        snprintf(why, n, "%s", err.msg);
        return -1;
    }
    ui_set_choice(app, app->agency_id, app->year); /* every screen shows the new figures */
    ui_message(app, 0, _("Saved: %s."), row.item);
    return 0;
}

/* Saved: the next line is selected, so a year's figures go in as Enter, value, Enter. */
static int typed_value(struct ui_app *app, void *ctx, const char *text, char *why, size_t n)
{
    struct scores *s = ctx;
    if (store(s, app, text, why, n)) return -1;
    ui_table_select(&s->t, s->t.sel + 1);
    return 0;
}

/* Where the value starts in what was typed after +: after the first space when a code
 * comes first ("i3 85.5", "level ผ่าน ดี"); otherwise the item is an indicator's name, which
 * may hold spaces ("Use of budget 84.20"), and the value is the last word when that is a
 * number or "-". NULL: the item alone (cleared). Cuts text at the item's end. */
static char *split_value(char *text)
{
    struct score_row probe = {0};
    char *sp = strchr(text, ' ');
    if (sp) *sp = '\0';
    int code = score_parse_item(text, &probe) == 0;
    if (sp) *sp = ' ';
    if (!code) sp = strrchr(text, ' ');
    double v;
    if (!sp || (!code && strcmp(sp + 1, "-") && score_parse_number(sp + 1, &v))) return NULL;
    *sp = '\0';
    return sp + 1;
}

/* "i3 85.5", "O12 0", "level ผ่าน", "การใช้งบประมาณ 84.20", "9" (nothing after the item:
 * cleared). */
static int typed_item(struct ui_app *app, void *ctx, const char *text, char *why, size_t n)
{
    struct scores *s = ctx;
    char *copy = xstrdup(text);
    char *value = split_value(copy);
    s->editing = (struct score_row){0};
    int rc = score_parse_item_or_name(copy, &s->editing);
    if (rc)
        snprintf(why, n,
                 _("item: '%s' is not 1-10, an indicator's name, a question or OIT code, total "
                   "or level"),
                 copy);
    else
        rc = store(s, app, value ? value : "", why, n);
    free(copy);
    return rc;
}

/* Sets s->editing and s->label for the selected row; its value as typed into initial. */
static void describe_selected(struct scores *s, char *initial, size_t isz)
{
    long row = s->t.sel, n = (long)s->r.n_ind;
    char item[16];
    initial[0] = '\0';
    s->editing = (struct score_row){0};
    if (row < n) {
        snprintf(item, sizeof item, "%d", s->r.ind[row].s.no);
        if (s->r.ind[row].s.entered.set)
            snprintf(initial, isz, "%.2f", score_round2(s->r.ind[row].s.entered.v));
        snprintf(s->label, sizeof s->label, _("Indicator %d %s: the published score (0-100)"),
                 s->r.ind[row].s.no, s->r.ind[row].name_th ? s->r.ind[row].name_th : "");
    } else if (row == n) {
        snprintf(item, sizeof item, "total");
        if (s->r.total_entered.set)
            snprintf(initial, isz, "%.2f", score_round2(s->r.total_entered.v));
        snprintf(s->label, sizeof s->label, "%s", _("The published total (0-100)"));
    } else {
        snprintf(item, sizeof item, "level");
        snprintf(initial, isz, "%s", s->r.level_entered ? s->r.level_entered : "");
        snprintf(s->label, sizeof s->label, "%s",
                 _("The published level, exactly as published (B, ผ่าน, ผ่านดี ...)"));
    }
    score_parse_item(item, &s->editing);
}

/* The draft key of a score prompt: "AGENCY:YEAR:ITEM" (an indicator's number, total or
 * level), or "AGENCY:YEAR:new" (row < 0). By item, not by row: a framework edited since
 * must not put the typed value on another line. */
static void draft_key(const struct scores *s, const struct ui_app *app, long row, char *buf,
                      size_t n)
{
    long n_ind = (long)s->r.n_ind;
    if (row < 0)
        snprintf(buf, n, "%ld:%d:new", app->agency_id, app->year);
    else if (row < n_ind)
        snprintf(buf, n, "%ld:%d:%d", app->agency_id, app->year, s->r.ind[row].s.no);
    else
        snprintf(buf, n, "%ld:%d:%s", app->agency_id, app->year, row == n_ind ? "total" : "level");
}

/* The row of a draft's item (see draft_key), or -1 when the year no longer has it. */
static long row_of_item(const struct scores *s, const char *what)
{
    long n_ind = (long)s->r.n_ind, no;
    if (strcmp(what, "total") == 0) return n_ind;
    if (strcmp(what, "level") == 0) return n_ind + 1;
    if (sscanf(what, "%ld", &no) != 1) return -1;
    for (long i = 0; i < n_ind; i++)
        if (s->r.ind[i].s.no == no) return i;
    return -1;
}

/* The value prompt of the selected line; what is typed is kept as a draft ("score"), so
 * that Esc asks first and a dropped link loses nothing. */
static int edit_selected(struct scores *s, struct ui_app *app)
{
    char initial[160], key[64];
    describe_selected(s, initial, sizeof initial);
    draft_key(s, app, s->t.sel, key, sizeof key);
    struct ui_prompt_arg p = {.title = _("Published score"),
                              .label = s->label,
                              .initial = initial,
                              .done = typed_value,
                              .ctx = s,
                              .hint = _("Enter: save (empty: clear)   Esc: cancel"),
                              .draft_entity = "score",
                              .draft_key = key};
    ui_text_dialog_open(app, &ui_prompt_ops, &p);
    return UI_LAYOUT;
}

static int new_item(struct scores *s, struct ui_app *app)
{
    char key[64];
    draft_key(s, app, -1, key, sizeof key);
    struct ui_prompt_arg p = {
        .title = _("Published score"),
        .label = _("Item and value: 9 76.79, การใช้งบประมาณ 84.20, i3 85.5, O12 0, level B"),
        .done = typed_item,
        .ctx = s,
        .hint = _("Enter: save (an item alone: clear it)   Esc: cancel"),
        .draft_entity = "score",
        .draft_key = key};
    ui_text_dialog_open(app, &ui_prompt_ops, &p);
    return UI_LAYOUT;
}

static void after_clear_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct scores *s = ctx;
    char why[512];
    if (answer == UI_ACT_CONFIRM && store(s, app, "", why, sizeof why))
        ui_message(app, 1, "%s", why);
}

static int clear_selected(struct scores *s, struct ui_app *app)
{
    char initial[160];
    describe_selected(s, initial, sizeof initial);
    struct ui_ask_arg q = {.title = _("Clear the value"),
                           .text = s->label,
                           .keys = _("y: clear it   Esc: keep it"),
                           .answers = UI_ASK(UI_ACT_CONFIRM),
                           .done = after_clear_question,
                           .ctx = s};
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}

static int scores_open(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    return edit_selected(sc->st, app);
}

static int scores_clear(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    return clear_selected(sc->st, app);
}

static int scores_new(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    return new_item(sc->st, app);
}

int ui_open_score_draft(struct ui_app *app, const char *key)
{
    long agency;
    int year;
    char what[24];
    if (sscanf(key, "%ld:%d:%23s", &agency, &year, what) != 3) return -1;
    if ((agency != app->agency_id || year != app->year) && ui_set_choice(app, agency, year))
        return -1;
    if (ui_open_named(app, "scores") || !ui_top(app) || ui_top(app)->ops != &ui_scores_ops)
        return -1;
    struct scores *s = ui_top(app)->st;
    if (strcmp(what, "new") == 0) return new_item(s, app) ? 0 : -1;
    long row = row_of_item(s, what);
    if (row < 0) return -1;
    ui_table_select(&s->t, row);
    return edit_selected(s, app) ? 0 : -1;
}

static int scores_move(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct scores *s = sc->st;
    return ui_table_handle(&s->t, a);
}

static const struct ui_handler scores_handlers[] = {
    {UI_ACT_OPEN, scores_open},
    {UI_ACT_DELETE, scores_clear},
    {UI_ACT_NEW, scores_new},
    UI_HANDLE_MOVES(scores_move),
    {0, NULL},
};

static int scores_refresh(struct ui_screen *sc, struct ui_app *app)
{
    struct scores *s = sc->st;
    if (!s->stale) return UI_NONE;
    load(s, app);
    return UI_LAYOUT;
}

static int scores_reload(struct ui_screen *sc, struct ui_app *app)
{
    return load(sc->st, app);
}

/* The main menu's figure: how many of the year's indicators have their published score. */
static void scores_figure(struct ui_app *app, char *buf, size_t n)
{
    struct ita_result r;
    struct db_error err;
    if (db_result_load(app->db, app->agency_id, app->year, &r, &err)) return;
    size_t entered = 0;
    for (size_t i = 0; i < r.n_ind; i++)
        entered += r.ind[i].s.entered.set != 0;
    if (r.n_ind) snprintf(buf, n, _("published %zu/%zu indicators"), entered, r.n_ind);
    result_free(&r);
}

/* A click selects the line under it; a double click opens it. */
static int scores_click(struct ui_screen *sc, struct ui_app *app, int y, int x)
{
    struct scores *s = sc->st;
    return ui_table_click(&s->t, y);
}

const struct ui_screen_ops ui_scores_ops = {
    .enter = scores_enter,
    .leave = scores_leave,
    .layout = scores_layout,
    .draw = scores_draw,
    .handlers = scores_handlers,
    .reload = scores_reload,
    .refresh = scores_refresh,
    .figure = scores_figure,
    .click = scores_click,
};
