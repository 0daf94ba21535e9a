/* Indicators: number, name, tool, weight, entered and computed score, bar; sorted by
 * number or by score (weakest first). 't' switches to the year-by-year comparison of the
 * agency's results. Enter opens the questions or OIT items of the selected indicator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_result.h"
#include "db_view_agency.h"
#include "i18n.h"
#include "ui_draw.h"
#include "ui_result.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

#define TREND_MAX_YEARS 8

enum { COL_NO, COL_NAME, COL_TOOL, COL_WEIGHT, COL_ENTERED, COL_COMPUTED, COL_BAR, NCOLS };

/* TRANSLATORS: column titles; Entered and Computed head 7-column score columns. */
static const struct ui_column columns[NCOLS] = {
    [COL_NO] = {N_("No."), 3, 0, TT_ALIGN_RIGHT, 0, 0},
    [COL_NAME] = {N_("Indicator"), 0, 12, TT_ALIGN_LEFT, 0, 0},
    [COL_TOOL] = {N_("Tool"), 4, 0, TT_ALIGN_LEFT, 3, 0},
    [COL_WEIGHT] = {N_("Weight"), 6, 0, TT_ALIGN_RIGHT, 4, 0},
    [COL_ENTERED] = {N_("Entered"), 7, 0, TT_ALIGN_RIGHT, 0, 0},
    [COL_COMPUTED] = {N_("Computed"), 8, 0, TT_ALIGN_RIGHT, 2, 0},
    [COL_BAR] = {"", 20, 0, TT_ALIGN_LEFT, 1, 1},
};

struct trend_year {
    int year;
    int loaded;
    struct ita_result r;
    char title[16];
};

struct indicators {
    int loaded;
    struct ita_result r;
    int order[RESULT_MAX_INDICATORS]; /* row -> index into r.ind */
    int by_score;
    int weakest;
    int trend;
    struct trend_year years[TREND_MAX_YEARS];
    int nyears;
    struct ui_table t, tt; /* the scores, the trend */
    struct ui_column cols[NCOLS];
    struct ui_column tcols[2 + TREND_MAX_YEARS];
    struct ui_rect note;
};

static double effective_or_low(const struct ita_result *r, int i)
{
    struct opt_score v = score_effective(&r->ind[i].s);
    return v.set ? v.v : -1;
}

static void sort_rows(struct indicators *s)
{
    int n = (int)s->r.n_ind;
    for (int i = 0; i < n; i++)
        s->order[i] = i;
    if (!s->by_score) return;
    for (int i = 1; i < n; i++) { /* insertion sort: ten rows, stable */
        int k = s->order[i], j = i;
        while (j > 0 && effective_or_low(&s->r, s->order[j - 1]) > effective_or_low(&s->r, k)) {
            s->order[j] = s->order[j - 1];
            j--;
        }
        s->order[j] = k;
    }
}

static void free_trend(struct indicators *s)
{
    for (int i = 0; i < s->nyears; i++)
        if (s->years[i].loaded) result_free(&s->years[i].r);
    s->nyears = 0;
}

/* The agency's years with anything stored, oldest first (the newest TREND_MAX_YEARS). */
static void load_trend(struct indicators *s, struct ui_app *app)
{
    free_trend(s);
    struct db_view_year *ys;
    size_t n;
    struct db_error err;
    if (db_view_agency_years(app->db, app->agency_id, &ys, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return;
    }
    int picked[TREND_MAX_YEARS], np = 0;
    for (size_t i = 0; i < n && np < TREND_MAX_YEARS; i++) /* newest first */
        if (ys[i].has_result || ys[i].oit_items || ys[i].year == app->year)
            picked[np++] = ys[i].year;
    free(ys);
    for (int i = np - 1; i >= 0; i--) {
        struct trend_year *t = &s->years[s->nyears++];
        t->year = picked[i];
        snprintf(t->title, sizeof t->title, "%d", t->year);
        t->loaded = db_result_load(app->db, app->agency_id, t->year, &t->r, &err) == 0;
    }
}

static void setup_trend_columns(struct indicators *s)
{
    s->tcols[0] = s->cols[COL_NO];
    s->tcols[1] = s->cols[COL_NAME];
    for (int i = 0; i < s->nyears; i++)
        s->tcols[2 + i] = (struct ui_column){s->years[i].title, 7, 0, TT_ALIGN_RIGHT,
                                             s->nyears - i,     0}; /* oldest dropped first */
    s->tt.cols = s->tcols;
    s->tt.ncols = 2 + s->nyears;
    s->tt.selectable = 1;
    s->tt.select_cols = 2;
    ui_table_set_rows(&s->tt, (long)s->r.n_ind + 1);
}

static void unload(struct indicators *s)
{
    if (s->loaded) result_free(&s->r);
    s->loaded = 0;
    free_trend(s);
}

static int load(struct indicators *s, struct ui_app *app)
{
    unload(s);
    if (ui_load_result(app, &s->r)) {
        s->r = (struct ita_result){0};
    } else {
        s->loaded = 1;
    }
    s->weakest = ui_weakest(&s->r);
    sort_rows(s);
    ui_table_set_rows(&s->t, (long)s->r.n_ind);
    if (s->trend) {
        load_trend(s, app);
        setup_trend_columns(s);
    }
    return 0;
}

static void score_cell(struct opt_score v, struct ui_cell *out)
{
    ui_score_text(out->buf, sizeof out->buf, v.set, v.v);
    out->text = out->buf;
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct ui_app **pair = ctx;
    struct ui_app *app = pair[0];
    struct indicators *s = (struct indicators *)pair[1];
    int i = s->order[row];
    const struct result_indicator *ind = &s->r.ind[i];
    if (i == s->weakest) out->role = UI_ROLE_WEAK;
    switch (col) {
    case COL_NO:
        snprintf(out->buf, sizeof out->buf, "%d", ind->s.no);
        out->text = out->buf;
        break;
    case COL_NAME:
        snprintf(out->buf, sizeof out->buf, "%s%s", i == s->weakest ? "* " : "",
                 ui_indicator_name(app, ind));
        out->text = out->buf;
        break;
    case COL_TOOL:
        out->text = ita_tool_name(ind->s.tool);
        break;
    case COL_WEIGHT:
        snprintf(out->buf, sizeof out->buf, "%g", ind->s.weight);
        out->text = out->buf;
        break;
    case COL_ENTERED:
        score_cell(ind->s.entered, out);
        break;
    case COL_COMPUTED:
        score_cell(ind->s.computed, out);
        if (ind->s.entered.set && ind->s.computed.set &&
            score_differs(ind->s.entered, ind->s.computed)) {
            strncat(out->buf, "≠", sizeof out->buf - strlen(out->buf) - 1);
            out->role = UI_ROLE_WARN;
        }
        break;
    case COL_BAR: {
        struct opt_score v = score_effective(&ind->s);
        out->value = v.set ? v.v : -1;
        break;
    }
    }
}

/* Trend rows: the indicators, then the total. */
static void trend_cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct ui_app **pair = ctx;
    struct ui_app *app = pair[0];
    struct indicators *s = (struct indicators *)pair[1];
    int total_row = row == (long)s->r.n_ind;
    if (col == COL_NO) {
        if (!total_row) snprintf(out->buf, sizeof out->buf, "%d", s->r.ind[row].s.no);
        out->text = out->buf;
        return;
    }
    if (col == COL_NAME) {
        out->text = total_row ? _("Total") : ui_indicator_name(app, &s->r.ind[row]);
        if (total_row) out->role = UI_ROLE_HEADER;
        return;
    }
    const struct trend_year *y = &s->years[col - 2];
    out->text = "-";
    if (!y->loaded) return;
    if (total_row) {
        struct opt_score v = y->r.total_entered.set ? y->r.total_entered : y->r.summary.total;
        score_cell(v, out);
        out->role = UI_ROLE_HEADER;
        return;
    }
    int no = s->r.ind[row].s.no;
    for (size_t k = 0; k < y->r.n_ind; k++)
        if (y->r.ind[k].s.no == no) score_cell(score_effective(&y->r.ind[k].s), out);
}

static int ind_enter(struct ui_screen *sc, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct indicators *s = xcalloc(1, sizeof *s);
    sc->st = s;
    for (int c = 0; c < NCOLS; c++) {
        s->cols[c] = columns[c];
        s->cols[c].title = columns[c].title[0] ? _(columns[c].title) : "";
    }
    s->t.cols = s->cols;
    s->t.ncols = NCOLS;
    s->t.selectable = 1;
    s->t.select_cols = 2; /* number and name: a move repaints little */
    return load(s, app);
}

static void ind_leave(struct ui_screen *sc, struct ui_app *app)
{
    struct indicators *s = sc->st;
    if (!s) return;
    unload(s);
    free(s);
}

static void ind_layout(struct ui_screen *sc, struct ui_app *app)
{
    struct indicators *s = sc->st;
    struct ui_rect a = sc->area;
    struct ui_rect table = {a.y + 1, a.x + 1, a.h - 3, a.w - 2};
    s->note = (struct ui_rect){a.y + a.h - 1, a.x + 1, 1, a.w - 2};
    ui_table_layout(&s->t, table);
    if (s->trend) ui_table_layout(&s->tt, table);
}

static void ind_draw(struct ui_screen *sc, struct ui_app *app)
{
    struct indicators *s = sc->st;
    void *pair[2] = {app, s};
    char note[256];
    if (s->trend) {
        ui_table_draw(&s->tt, app, trend_cell, pair);
        snprintf(note, sizeof note, "%s",
                 _("Year by year: the published score, else the computed one."));
    } else {
        ui_table_draw(&s->t, app, cell, pair);
        snprintf(note, sizeof note, "%s",
                 s->by_score
                     ? _("Sorted by score, weakest first; * = weakest; ≠ = differs from the "
                         "published score.")
                     : _("Sorted by number; * = weakest; ≠ = differs from the published score."));
    }
    ui_put(app, s->note.y, s->note.x, s->note.w, note, TT_ALIGN_LEFT, UI_ROLE_DIM);
}

static int open_detail(struct indicators *s, struct ui_app *app)
{
    long row = s->trend ? s->tt.sel : s->t.sel;
    if (row < 0 || row >= (long)s->r.n_ind) return UI_NONE;
    int no = s->trend ? s->r.ind[row].s.no : s->r.ind[s->order[row]].s.no;
    ui_push(app, &ui_detail_ops, &no);
    return UI_LAYOUT;
}

static int ind_open(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    return open_detail(sc->st, app);
}

static int ind_sort(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct indicators *s = sc->st;
    s->by_score = !s->by_score;
    sort_rows(s);
    ui_table_select(&s->t, 0);
    return UI_DRAW;
}

static int ind_trend(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct indicators *s = sc->st;
    s->trend = !s->trend;
    if (s->trend) {
        load_trend(s, app);
        setup_trend_columns(s);
    }
    return UI_LAYOUT;
}

static int ind_move(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct indicators *s = sc->st;
    return ui_table_handle(s->trend ? &s->tt : &s->t, a);
}

static const struct ui_handler ind_handlers[] = {
    {UI_ACT_OPEN, ind_open},
    {UI_ACT_SORT, ind_sort},
    {UI_ACT_TREND, ind_trend},
    UI_HANDLE_MOVES(ind_move),
    {0, NULL},
};

static int ind_reload(struct ui_screen *sc, struct ui_app *app)
{
    return load(sc->st, app);
}

/* The main menu's figure: the weakest indicator. */
static void ind_figure(struct ui_app *app, char *buf, size_t n)
{
    struct ita_result r;
    if (ui_load_result(app, &r)) {
        app->message[0] = '\0';
        snprintf(buf, n, "%s", _("no results yet"));
        return;
    }
    int w = ui_weakest(&r);
    if (w < 0) {
        snprintf(buf, n, ngettext("%zu indicator", "%zu indicators", r.n_ind), r.n_ind);
    } else {
        char score[32];
        ui_indicator_score(&r.ind[w], score, sizeof score);
        snprintf(buf, n, _("weakest: no. %d (%s)"), r.ind[w].s.no, score);
    }
    result_free(&r);
}

static int ind_click(struct ui_screen *sc, struct ui_app *app, int y, int x)
{
    struct indicators *s = sc->st;
    return ui_table_click(s->trend ? &s->tt : &s->t, y);
}

const struct ui_screen_ops ui_indicators_ops = {
    .enter = ind_enter,
    .leave = ind_leave,
    .layout = ind_layout,
    .draw = ind_draw,
    .handlers = ind_handlers,
    .figure = ind_figure,
    .reload = ind_reload,
    .click = ind_click,
};
