/* The action plan of the current agency: the measures of plan year (assessed year + 1)
 * grouped by issue/indicator with their next monitoring round (due / overdue against
 * today), the findings of the assessed year and its five constraints; Tab switches between
 * the three. Enter edits the selected line, + adds a measure, C carries the unfinished
 * measures over to the next plan year. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "i18n.h"
#include "text/tt.h"
#include "timefmt.h"
#include "ui_draw.h"
#include "ui_plans.h"
#include "ui_plans_view.h"
#include "ui_print.h"
#include "ui_table.h"
#include "xalloc.h"

enum { TAB_MEASURES, TAB_FINDINGS, TAB_CONSTRAINTS, NTABS };

struct plans {
    int tab;
    struct plans_view v;
    struct ui_table t[NTABS];
    struct ui_column cols[NTABS][UI_TABLE_MAXCOLS];
    struct ui_doc preview;
    struct ui_rect tabs, table, pane, note;
    int stale; /* reload when the user comes back (an editor was opened) */
};

static int load(struct plans *p, struct ui_app *app)
{
    if (plans_view_load(&p->v, app)) return -1;
    ui_table_set_rows(&p->t[TAB_MEASURES], (long)p->v.nrows);
    ui_table_set_rows(&p->t[TAB_FINDINGS], (long)p->v.nf);
    ui_table_set_rows(&p->t[TAB_CONSTRAINTS], PLAN_CONSTRAINT_HEADINGS);
    p->stale = 0;
    return 0;
}

/* arg: NULL for the measures, or an int * naming the part to show first. */
static int plans_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct plans *p = xcalloc(1, sizeof *p);
    s->st = p;
    for (int t = 0; t < NTABS; t++) {
        p->t[t].ncols = plans_view_columns(t, p->cols[t]);
        p->t[t].cols = p->cols[t];
        p->t[t].selectable = 1;
    }
    if (arg) p->tab = *(const int *)arg;
    if (load(p, app)) return -1;
    /* Start on the first measure rather than its group's heading. */
    ui_table_select(&p->t[TAB_MEASURES], p->v.nrows > 1 ? 1 : 0);
    return 0;
}

static void plans_leave(struct ui_screen *s, struct ui_app *app)
{
    struct plans *p = s->st;
    if (!p) return;
    plans_view_free(&p->v);
    ui_doc_free(&p->preview);
    free(p);
}

static void plans_layout(struct ui_screen *s, struct ui_app *app)
{
    struct plans *p = s->st;
    struct ui_rect a = s->area;
    int pane = p->tab == TAB_MEASURES ? 0 : a.h / 3;
    p->tabs = (struct ui_rect){a.y, a.x + 1, 1, a.w - 2};
    p->table = (struct ui_rect){a.y + 1, a.x + 1, a.h - 2 - pane, a.w - 2};
    p->pane = (struct ui_rect){a.y + a.h - 1 - pane, a.x + 1, pane, a.w - 2};
    p->note = (struct ui_rect){a.y + a.h - 1, a.x + 1, 1, a.w - 2};
    for (int t = 0; t < NTABS; t++)
        ui_table_layout(&p->t[t], p->table);
}

static void draw_tabs(struct plans *p, struct ui_app *app)
{
    char buf[512];
    int sel = p->tab;
    snprintf(buf, sizeof buf,
             _("%sMeasures %zu%s  %sFindings %zu%s  %sConstraints%s   plan year %d, "
               "from the results of %d"),
             sel == 0 ? "[" : "", p->v.nm, sel == 0 ? "]" : "", sel == 1 ? "[" : "", p->v.nf,
             sel == 1 ? "]" : "", sel == 2 ? "[" : "", sel == 2 ? "]" : "", app->year + 1,
             app->year);
    ui_put(app, p->tabs.y, p->tabs.x, p->tabs.w, buf, TT_ALIGN_LEFT, UI_ROLE_HEADER);
}

static void draw_preview(struct plans *p, struct ui_app *app)
{
    if (p->pane.h < 1) return;
    ui_doc_clear(&p->preview);
    p->preview.width = p->pane.w;
    p->preview.top = 0;
    plans_view_preview(&p->v, app, p->tab, p->t[p->tab].sel, &p->preview);
    ui_doc_draw(&p->preview, app, p->pane);
}

/* A group's heading spans the row from the measure column on. */
static void draw_group_rows(struct plans *p, struct ui_app *app)
{
    const struct ui_table *t = &p->t[TAB_MEASURES];
    int x = t->x[1], w = t->area.x + t->area.w - x;
    for (int i = 0; i < t->body_h; i++) {
        long row = t->top + i;
        if (row >= (long)p->v.nrows) break;
        int r = p->v.rows[row];
        if (r < 0)
            ui_put(app, t->area.y + 2 + i, x, w, p->v.groups[-1 - r], TT_ALIGN_LEFT,
                   row == t->sel ? UI_ROLE_SELECT : UI_ROLE_HEADER);
    }
}

static void plans_draw(struct ui_screen *s, struct ui_app *app)
{
    struct plans *p = s->st;
    struct plans_cell_ctx ctx = {&p->v, app, p->tab};
    draw_tabs(p, app);
    ui_table_draw(&p->t[p->tab], app, plans_view_cell, &ctx);
    if (p->tab == TAB_MEASURES) draw_group_rows(p, app);
    if (p->tab != TAB_MEASURES) draw_preview(p, app);
    const char *note = p->tab == TAB_MEASURES
                           ? _("Enter: edit   +: new measure   C: carry over   Tab: findings")
                           : _("Enter: edit   Tab: next part");
    if (p->tab == TAB_MEASURES && !p->v.nm) note = _("No measures yet: + adds one.");
    ui_put(app, p->note.y, p->note.x, p->note.w, note, TT_ALIGN_LEFT, UI_ROLE_DIM);
}

static int open_selected(struct plans *p, struct ui_app *app)
{
    long row = p->t[p->tab].sel;
    p->stale = 1;
    if (p->tab == TAB_MEASURES) {
        int m = row >= 0 && (size_t)row < p->v.nrows ? p->v.rows[row] : -1;
        if (m < 0) return UI_NONE;
        ui_open_measure(app, p->v.m[m].id, 0, 0);
    } else if (p->tab == TAB_FINDINGS) {
        if (row < 0 || (size_t)row >= p->v.nf) return UI_NONE;
        ui_open_finding(app, p->v.f[row].id);
    } else {
        ui_open_constraint(app, app->agency_id, app->year, (int)row + 1);
    }
    return UI_LAYOUT;
}

static void after_carry_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct plans *p = ctx;
    if (answer != UI_ACT_CONFIRM) return;
    struct db_error err;
    long n = db_measures_carry_over(app->db, app->agency_id, app->year + 1, &err);
    if (n < 0) {
        ui_message(app, 1, "%s", err.msg);
        return;
    }
    ui_message(app, 0,
               ngettext("%ld unfinished measure carried over to %d ([ and ] change the year).",
                        "%ld unfinished measures carried over to %d ([ and ] change the year).",
                        (unsigned long)n),
               n, app->year + 2);
    p->stale = 1;
}

static int ask_carry_over(struct plans *p, struct ui_app *app)
{
    char text[512];
    snprintf(text, sizeof text,
             _("Copy the unfinished measures of plan year %d into plan year %d? Measures done "
               "stay; measures carried over before are not copied twice."),
             app->year + 1, app->year + 2);
    struct ui_ask_arg q = {
        .title = _("Carry over"),
        .text = text,
        .keys = _("y: carry over   Esc: cancel"),
        .answers = UI_ASK(UI_ACT_CONFIRM),
        .yes = _("Carry over"),
        .back = _("Cancel"),
        .done = after_carry_question,
        .ctx = p,
    };
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}

static int plans_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return open_selected(s->st, app);
}

static int plans_new(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct plans *p = s->st;
    p->stale = 1;
    ui_open_measure(app, 0, app->agency_id, app->year + 1);
    return UI_LAYOUT;
}

static int plans_carry_over(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return ask_carry_over(s->st, app);
}

/* The measures print their progress report; the findings and constraints the analysis. */
static int plans_print(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct plans *p = s->st;
    return p->tab == TAB_MEASURES ? ui_print_open_kind(app, REPORT_PROGRESS, app->year + 1)
                                  : ui_print_open_kind(app, REPORT_ANALYSIS, app->year);
}

/* A draft restored from here may change the plan: read it again on the way back. */
static int plans_drafts(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct plans *p = s->st;
    p->stale = 1;
    return UI_UNHANDLED;
}

static int plans_tab(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct plans *p = s->st;
    p->tab = (p->tab + (a == UI_ACT_NEXT_FIELD ? 1 : NTABS - 1)) % NTABS;
    return UI_LAYOUT;
}

static int plans_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct plans *p = s->st;
    return ui_table_handle(&p->t[p->tab], a);
}

static const struct ui_handler plans_handlers[] = {
    {UI_ACT_OPEN, plans_open},
    {UI_ACT_NEW, plans_new},
    {UI_ACT_CARRY_OVER, plans_carry_over},
    {UI_ACT_PRINT, plans_print},
    {UI_ACT_DRAFTS, plans_drafts},
    {UI_ACT_NEXT_FIELD, plans_tab},
    {UI_ACT_PREV_FIELD, plans_tab},
    UI_HANDLE_MOVES(plans_move),
    {0, NULL},
};

static int plans_reload(struct ui_screen *s, struct ui_app *app)
{
    return load(s->st, app);
}

static int plans_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct plans *p = s->st;
    if (!p->stale) return UI_NONE;
    load(p, app);
    return UI_LAYOUT;
}

/* The main menu's figure: the measures of the plan and the reports due. */
static void plans_figure(struct ui_app *app, char *buf, size_t n)
{
    struct plans_view v = {0};
    if (plans_view_load(&v, app)) {
        app->message[0] = '\0';
        return;
    }
    int due = 0;
    for (size_t i = 0; i < v.nm; i++) {
        int months;
        char when[11];
        enum round_due d = measure_next_round(&v.m[i], v.today, &months, when);
        if (d == ROUND_DUE || d == ROUND_OVERDUE) due++;
    }
    char measures[96];
    snprintf(measures, sizeof measures, ngettext("%zu measure", "%zu measures", v.nm), v.nm);
    snprintf(buf, n, _("%s, reports due %d"), measures, due);
    plans_view_free(&v);
}

/* The main menu's figure of the analysis: the findings of the year. */
static void analysis_figure(struct ui_app *app, char *buf, size_t n)
{
    struct plans_view v = {0};
    if (plans_view_load(&v, app)) {
        app->message[0] = '\0';
        return;
    }
    snprintf(buf, n, ngettext("%zu finding", "%zu findings", v.nf), v.nf);
    plans_view_free(&v);
}

static int plans_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct plans *p = s->st;
    return ui_table_click(&p->t[p->tab], y);
}

const struct ui_screen_ops ui_plans_ops = {
    .enter = plans_enter,
    .leave = plans_leave,
    .layout = plans_layout,
    .draw = plans_draw,
    .handlers = plans_handlers,
    .reload = plans_reload,
    .refresh = plans_refresh,
    .figure = plans_figure,
    .click = plans_click,
};

/* The analysis results (findings and constraints of the assessed year): the same screen,
 * opened on its findings. */
static int analysis_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    static const int findings = TAB_FINDINGS;
    return plans_enter(s, app, arg ? arg : &findings);
}

const struct ui_screen_ops ui_analysis_ops = {
    .enter = analysis_enter,
    .leave = plans_leave,
    .layout = plans_layout,
    .draw = plans_draw,
    .handlers = plans_handlers,
    .reload = plans_reload,
    .refresh = plans_refresh,
    .figure = analysis_figure,
    .click = plans_click,
};
