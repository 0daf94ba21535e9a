/* The fiscal-year chooser, a modal box over the picker: every year of the catalog with
 * what the agency has stored for it. Enter makes (agency, year) the current choice. */
#include <stdlib.h>
#include <string.h>

#include "db_view_agency.h"
#include "i18n.h"
#include "ui_draw.h"
#include "ui_screens.h"
#include "ui_state.h"
#include "ui_table.h"
#include "xalloc.h"

enum { COL_YEAR, COL_TOTAL, COL_OIT, COL_MEASURES, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_YEAR] = {N_("FY"), 5, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_TOTAL] = {N_("Total"), 7, 0, TT_ALIGN_RIGHT, 0, 0},
    [COL_OIT] = {N_("OIT"), 5, 0, TT_ALIGN_RIGHT, 1, 0},
    [COL_MEASURES] = {N_("Measures"), 8, 0, TT_ALIGN_RIGHT, 2, 0},
};

struct year_pick {
    long agency_id;
    struct db_view_year *years;
    size_t n;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    struct ui_rect box;
};

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct year_pick *y = ctx;
    const struct db_view_year *v = &y->years[row];
    out->text = out->buf;
    switch (col) {
    case COL_YEAR:
        snprintf(out->buf, sizeof out->buf, "%d", v->year);
        break;
    case COL_TOTAL:
        ui_score_text(out->buf, sizeof out->buf, v->total_set, v->total);
        break;
    case COL_OIT:
        snprintf(out->buf, sizeof out->buf, "%d", v->oit_items);
        break;
    case COL_MEASURES:
        snprintf(out->buf, sizeof out->buf, "%d", v->measures);
        break;
    }
    if (!v->has_result && !v->oit_items && !v->measures) out->role = UI_ROLE_DIM;
}

/* The remembered year for this agency, else the newest year with results, else the
 * newest year with anything stored, else the newest year. */
static long preferred_row(struct year_pick *y, struct ui_app *app)
{
    long agency;
    int year;
    if (ui_state_load(app->state_path, &agency, &year) == 0 && agency == y->agency_id)
        for (size_t i = 0; i < y->n; i++)
            if (y->years[i].year == year) return (long)i;
    for (size_t i = 0; i < y->n; i++)
        if (y->years[i].has_result) return (long)i;
    for (size_t i = 0; i < y->n; i++)
        if (y->years[i].oit_items || y->years[i].measures) return (long)i;
    return 0;
}

static int year_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct year_pick *y = xcalloc(1, sizeof *y);
    s->st = y;
    y->agency_id = *(const long *)arg;
    struct db_error err;
    if (db_view_agency_years(app->db, y->agency_id, &y->years, &y->n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    if (!y->n) {
        ui_message(app, 1, "%s", _("The database has no framework catalog: run 'itadesk init'."));
        return -1;
    }
    for (int c = 0; c < NCOLS; c++) {
        y->cols[c] = columns[c];
        y->cols[c].title = _(columns[c].title);
    }
    y->t.cols = y->cols;
    y->t.ncols = NCOLS;
    y->t.selectable = 1;
    ui_table_set_rows(&y->t, (long)y->n);
    y->t.sel = preferred_row(y, app);
    return 0;
}

static void year_leave(struct ui_screen *s, struct ui_app *app)
{
    struct year_pick *y = s->st;
    if (!y) return;
    free(y->years);
    free(y);
}

static void year_layout(struct ui_screen *s, struct ui_app *app)
{
    struct year_pick *y = s->st;
    int w = ui_table_full_width(&y->t) + 4, h = (int)y->n + 4; /* the box fits the table */
    if (w > s->area.w) w = s->area.w;
    if (h > s->area.h) h = s->area.h;
    y->box =
        (struct ui_rect){s->area.y + (s->area.h - h) / 2, s->area.x + (s->area.w - w) / 2, h, w};
    ui_table_layout(&y->t, (struct ui_rect){y->box.y + 1, y->box.x + 2, h - 2, w - 4});
}

static void year_draw(struct ui_screen *s, struct ui_app *app)
{
    struct year_pick *y = s->st;
    ui_box(app, y->box, _("Fiscal year"));
    ui_table_draw(&y->t, app, cell, y);
}

static int choose(struct year_pick *y, struct ui_app *app)
{
    long agency = y->agency_id;
    int year = y->years[y->t.sel].year;
    ui_pop(app); /* this box: y is gone from here on */
    if (ui_set_choice(app, agency, year)) return UI_LAYOUT;
    /* Opened over a result screen: go back to it; from the first picker: go on. */
    if (app->depth > 1 && ui_top(app)->ops == &ui_picker_ops)
        ui_pop(app);
    else
        ui_open_named(app, "home");
    return UI_LAYOUT;
}

static int year_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return choose(s->st, app);
}

static int year_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct year_pick *y = s->st;
    return ui_table_handle(&y->t, a);
}

static const struct ui_handler year_handlers[] = {
    {UI_ACT_OPEN, year_open},
    UI_HANDLE_MOVES(year_move),
    {0, NULL},
};

static int year_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct year_pick *yp = s->st;
    return ui_table_click(&yp->t, y);
}

const struct ui_screen_ops ui_year_ops = {
    .modal = 1,
    .enter = year_enter,
    .leave = year_leave,
    .layout = year_layout,
    .draw = year_draw,
    .handlers = year_handlers,
    .click = year_click,
};
