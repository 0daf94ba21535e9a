/* Reports and documents: the reports of the current agency and year, one a line with what
 * it holds; Enter opens the print dialog on it (format, encoding, destination, preview). */
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "report.h"
#include "ui_draw.h"
#include "ui_print.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

static const struct {
    enum report_kind kind;
    const char *title, *what;
} reports[] = {
    {REPORT_SUMMARY, N_("Summary"), N_("What the dashboard shows, on paper")},
    {REPORT_INDICATORS, N_("Indicators"), N_("The ten indicators, tool means, total and level")},
    {REPORT_OIT, N_("OIT checklist"), N_("The checklist as agencies publish it")},
    {REPORT_ANALYSIS, N_("Analysis and measures"),
     N_("The yearly analysis document with its measures")},
    {REPORT_PROGRESS, N_("Progress of the measures"),
     N_("The follow-up of the measures running this year")},
};
#define NREPORTS ((long)(sizeof reports / sizeof reports[0]))

enum { COL_TITLE, COL_WHAT, NCOLS };

struct reps {
    struct ui_table t;
    struct ui_column cols[NCOLS];
};

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    (void)ctx;
    out->text = _(col == COL_TITLE ? reports[row].title : reports[row].what);
}

static int reps_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct reps *r = xcalloc(1, sizeof *r);
    s->st = r;
    r->cols[COL_TITLE] = (struct ui_column){_("Report"), 0, 16, TT_ALIGN_LEFT, 0, 0};
    r->cols[COL_WHAT] = (struct ui_column){_("What it holds"), 0, 20, TT_ALIGN_LEFT, 1, 0};
    r->t.cols = r->cols;
    r->t.ncols = NCOLS;
    r->t.selectable = 1;
    ui_table_set_rows(&r->t, NREPORTS);
    return 0;
}

static void reps_leave(struct ui_screen *s, struct ui_app *app)
{
    free(s->st);
}

static void reps_layout(struct ui_screen *s, struct ui_app *app)
{
    struct reps *r = s->st;
    struct ui_rect a = s->area;
    ui_table_layout(&r->t, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
}

static void reps_draw(struct ui_screen *s, struct ui_app *app)
{
    struct reps *r = s->st;
    ui_table_draw(&r->t, app, cell, NULL);
}

/* The print dialog takes a whole job (it read a lone kind's neighbours as the year); the
 * progress of the measures is of the plan year, as on the action plan screen. */
static int reps_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct reps *r = s->st;
    enum report_kind kind = reports[r->t.sel].kind;
    return ui_print_open_kind(app, kind, kind == REPORT_PROGRESS ? app->year + 1 : app->year);
}

static int reps_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct reps *r = s->st;
    return ui_table_handle(&r->t, a);
}

static const struct ui_handler reps_handlers[] = {
    {UI_ACT_OPEN, reps_open},
    UI_HANDLE_MOVES(reps_move),
    {0, NULL},
};

static int reps_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct reps *r = s->st;
    return ui_table_click(&r->t, y);
}

static void reps_figure(struct ui_app *app, char *buf, size_t n)
{
    snprintf(buf, n, ngettext("%ld report", "%ld reports", NREPORTS), NREPORTS);
}

const struct ui_screen_ops ui_reports_ops = {
    .enter = reps_enter,
    .leave = reps_leave,
    .layout = reps_layout,
    .draw = reps_draw,
    .handlers = reps_handlers,
    .click = reps_click,
    .figure = reps_figure,
};
