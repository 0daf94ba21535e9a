/* The action plan of the current agency: the measures of plan year (assessed year + 1)
 * grouped by issue/indicator with their next monitoring round (due / overdue against
 * today), the findings of the assessed year and its five constraints; Tab switches between
 * the three. Enter edits the selected line, + adds a measure, C carries the unfinished
 * measures over to the next plan year. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_finding.h"
#include "db_plan.h"
#include "finding_propose.h"
#include "oit.h"
#include "i18n.h"
#include "text/tt.h"
#include "timefmt.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_plans.h"
#include "ui_plans_view.h"
#include "ui_print.h"
#include "ui_screens.h"
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
    struct finding_proposal *proposals;
    size_t nproposals;
    const char **proposal_lines;
    char question[1024];
    long deleting;          /* the id the delete question is about */
    struct round_pick pick; /* a reviewer's verdict on a round, between its dialogs */
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
    finding_proposals_free(p->proposals, p->nproposals);
    free(p->proposal_lines);
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
    const char *note =
        p->tab == TAB_MEASURES
            ? _("Enter: edit   +: new   Delete: delete   K/J: move   C: carry over   P: print")
        : p->tab == TAB_FINDINGS
            ? _("Enter: edit   +: new   w: propose   Delete: delete   K/J: move")
            : _("Enter: edit   +: new   Delete: delete   P: print");
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

static int review_selected(struct plans *p, struct ui_app *app, enum review_verdict v)
{
    long row = p->t[TAB_MEASURES].sel;
    int m = p->tab == TAB_MEASURES && row >= 0 && (size_t)row < p->v.nrows ? p->v.rows[row] : -1;
    if (m < 0) {
        ui_message(app, 1, "%s", _("Select a measure first: its rounds are reviewed."));
        return UI_DRAW;
    }
    p->stale = 1;
    return plans_review_round(app, &p->v.m[m], (int)v, &p->pick);
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

/* The measure or finding of the selected line, 0 for none. */
static long selected_id(struct plans *p)
{
    long row = p->t[p->tab].sel;
    if (p->tab == TAB_MEASURES) {
        int m = row >= 0 && (size_t)row < p->v.nrows ? p->v.rows[row] : -1;
        return m < 0 ? 0 : p->v.m[m].id;
    }
    if (p->tab == TAB_FINDINGS) return row >= 0 && (size_t)row < p->v.nf ? p->v.f[row].id : 0;
    for (size_t i = 0; i < p->v.nc; i++)
        if (p->v.c[i].heading_no == (int)row + 1) return p->v.c[i].id;
    return 0;
}

static void after_new_constraint(struct ui_app *app, void *ctx, int index)
{
    struct plans *p = ctx;
    if (index < 0) return;
    p->stale = 1;
    ui_open_constraint(app, app->agency_id, app->year, index + 1);
}

static int add_new(struct plans *p, struct ui_app *app)
{
    p->stale = 1;
    if (p->tab == TAB_MEASURES) {
        ui_open_measure(app, 0, app->agency_id, app->year + 1);
    } else if (p->tab == TAB_FINDINGS) {
        ui_open_new_finding(app, app->agency_id, app->year, NULL);
    } else {
        static const char *headings[PLAN_CONSTRAINT_HEADINGS];
        for (int i = 0; i < PLAN_CONSTRAINT_HEADINGS; i++)
            headings[i] = plan_constraint_heading(i + 1);
        struct ui_choose_arg c = {_("The constraint's area"), headings,
                                  PLAN_CONSTRAINT_HEADINGS,   (int)p->t[TAB_CONSTRAINTS].sel,
                                  after_new_constraint,       p};
        ui_push(app, &ui_choose_ops, &c);
    }
    return UI_LAYOUT;
}

static void delete_now(struct plans *p, struct ui_app *app, int force)
{
    struct db_error err = {{0}};
    int rc = p->tab == TAB_MEASURES   ? db_measure_delete(app->db, p->deleting, force, &err)
             : p->tab == TAB_FINDINGS ? db_finding_delete(app->db, p->deleting, &err)
                                      : db_constraint_delete(app->db, p->deleting, &err);
    if (rc)
        ui_message(app, 1, "%s", err.msg);
    else
        ui_message(app, 0, "%s", _("Deleted."));
    p->stale = 1;
}

static void after_second_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    if (answer == UI_ACT_CONFIRM) delete_now(ctx, app, 1);
}

static void after_delete_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct plans *p = ctx;
    struct db_error err = {{0}};
    if (answer != UI_ACT_CONFIRM) return;
    long reported =
        p->tab == TAB_MEASURES ? db_measure_progress_count(app->db, p->deleting, &err) : 0;
    struct measure m = {0};
    if (p->tab == TAB_MEASURES && db_measure_get(app->db, p->deleting, &m, &err) == 0 &&
        m.status != ITA_NOT_DONE && reported == 0)
        reported = 1;
    measure_clear(&m);
    if (reported <= 0) {
        delete_now(p, app, 0);
        return;
    }
    snprintf(p->question, sizeof p->question,
             _("Measure %ld has recorded progress (its status or %ld monitoring rounds). "
               "Delete it and what was recorded?"),
             p->deleting, reported);
    struct ui_ask_arg q = {.title = _("Delete recorded progress"),
                           .text = p->question,
                           .keys = _("y: yes, delete it all   Esc: keep it"),
                           .answers = UI_ASK(UI_ACT_CONFIRM),
                           .done = after_second_question,
                           .ctx = p};
    ui_push(app, &ui_ask_ops, &q);
}

static int ask_delete(struct plans *p, struct ui_app *app)
{
    p->deleting = selected_id(p);
    if (!p->deleting) {
        /* The measures list has a heading line per issue: say why nothing happens. */
        if (p->tab == TAB_MEASURES && p->v.nrows)
            ui_message(app, 0, "%s", _("This line is an issue's heading: select a measure."));
        return UI_NONE;
    }
    const char *what = "";
    if (p->tab == TAB_MEASURES) {
        int m = p->v.rows[p->t[p->tab].sel];
        what = p->v.m[m].title;
    } else if (p->tab == TAB_FINDINGS) {
        const struct finding *f = &p->v.f[p->t[p->tab].sel];
        int k = finding_kind_of(f);
        what = k >= 0 ? *finding_kind_text((struct finding *)f, k) : f->issue_title;
    } else {
        what = plan_constraint_heading((int)p->t[p->tab].sel + 1);
    }
    snprintf(p->question, sizeof p->question, _("Delete %s %ld: %.600s?"),
             p->tab == TAB_MEASURES   ? _("measure")
             : p->tab == TAB_FINDINGS ? _("finding")
                                      : _("constraint"),
             p->deleting, what ? what : "");
    struct ui_ask_arg q = {.title = _("Delete"),
                           .text = p->question,
                           .keys = _("y: delete   Esc: keep it"),
                           .answers = UI_ASK(UI_ACT_CONFIRM),
                           .done = after_delete_question,
                           .ctx = p};
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}

static int move_selected(struct plans *p, struct ui_app *app, int dir)
{
    long id = selected_id(p);
    if (!id || p->tab == TAB_CONSTRAINTS) return UI_NONE;
    struct db_error err = {{0}};
    int rc = p->tab == TAB_MEASURES ? db_measure_move(app->db, id, dir, &err)
                                    : db_finding_move(app->db, id, dir, &err);
    if (rc < 0) ui_message(app, 1, "%s", err.msg);
    load(p, app);
    if (p->tab == TAB_FINDINGS) {
        for (size_t i = 0; i < p->v.nf; i++)
            if (p->v.f[i].id == id) ui_table_select(&p->t[p->tab], (long)i);
    } else {
        for (size_t i = 0; i < p->v.nrows; i++)
            if (p->v.rows[i] >= 0 && p->v.m[p->v.rows[i]].id == id)
                ui_table_select(&p->t[p->tab], (long)i);
    }
    return UI_LAYOUT;
}

static void after_proposal(struct ui_app *app, void *ctx, int index)
{
    struct plans *p = ctx;
    if (index < 0 || (size_t)index >= p->nproposals) return;
    p->stale = 1;
    ui_open_new_finding(app, app->agency_id, app->year, &p->proposals[index]);
}

static int propose(struct plans *p, struct ui_app *app)
{
    struct db_error err = {{0}};
    finding_proposals_free(p->proposals, p->nproposals);
    free(p->proposal_lines);
    p->proposals = NULL;
    p->proposal_lines = NULL;
    p->nproposals = 0;
    p->tab = TAB_FINDINGS;
    if (db_finding_proposals(app->db, app->agency_id, app->year, &p->proposals, &p->nproposals,
                             &err)) {
        ui_message(app, 1, "%s", err.msg);
        return UI_LAYOUT;
    }
    if (!p->nproposals) {
        ui_message(app, 0, "%s",
                   _("No scores to propose findings from: enter the scores first (E)."));
        return UI_LAYOUT;
    }
    p->proposal_lines = xcalloc(p->nproposals, sizeof *p->proposal_lines);
    for (size_t i = 0; i < p->nproposals; i++)
        p->proposal_lines[i] = p->proposals[i].text;
    struct ui_choose_arg c = {_("Proposed findings: Enter opens one to edit and accept"),
                              p->proposal_lines,
                              (int)p->nproposals,
                              0,
                              after_proposal,
                              p};
    ui_push(app, &ui_choose_ops, &c);
    return UI_LAYOUT;
}

static int plans_new_line(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return add_new(s->st, app);
}

static int plans_delete(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return ask_delete(s->st, app);
}

static int plans_reorder(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return move_selected(s->st, app, a == UI_ACT_MOVE_UP ? -1 : 1);
}

static int plans_propose(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return propose(s->st, app);
}

static int plans_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return open_selected(s->st, app);
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

static int plans_review(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return review_selected(s->st, app, a == UI_ACT_CHECK ? REVIEW_CHECKED : REVIEW_RETURNED);
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
    {UI_ACT_NEW, plans_new_line},
    {UI_ACT_DELETE, plans_delete},
    {UI_ACT_MOVE_UP, plans_reorder},
    {UI_ACT_MOVE_DOWN, plans_reorder},
    {UI_ACT_PROPOSE, plans_propose},
    {UI_ACT_CARRY_OVER, plans_carry_over},
    {UI_ACT_PRINT, plans_print},
    {UI_ACT_DRAFTS, plans_drafts},
    {UI_ACT_CHECK, plans_review},
    {UI_ACT_SEND_BACK, plans_review},
    {UI_ACT_NEXT_FIELD, plans_tab},
    {UI_ACT_PREV_FIELD, plans_tab},
    UI_HANDLE_MOVES(plans_move),
    {0, NULL},
};

/* The analysis shows the same parts with no monitoring rounds to review. */
static const struct ui_handler analysis_handlers[] = {
    {UI_ACT_OPEN, plans_open},
    {UI_ACT_NEW, plans_new_line},
    {UI_ACT_DELETE, plans_delete},
    {UI_ACT_MOVE_UP, plans_reorder},
    {UI_ACT_MOVE_DOWN, plans_reorder},
    {UI_ACT_PROPOSE, plans_propose},
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
    .handlers = analysis_handlers,
    .reload = plans_reload,
    .refresh = plans_refresh,
    .figure = analysis_figure,
    .click = plans_click,
};

void ui_plans_select_measure(struct ui_screen *s, long measure_id)
{
    struct plans *p = s->st;
    if (s->ops != &ui_plans_ops) return;
    p->tab = TAB_MEASURES;
    for (size_t r = 0; r < p->v.nrows; r++)
        if (p->v.rows[r] >= 0 && p->v.m[p->v.rows[r]].id == measure_id)
            ui_table_select(&p->t[TAB_MEASURES], (long)r);
}

int ui_open_round_review_draft(struct ui_app *app, const char *key)
{
    long agency, measure;
    int year, months, v;
    if (sscanf(key, "%ld:%d:%ld:%d:%d", &agency, &year, &measure, &months, &v) != 5) return -1;
    if ((agency != app->agency_id || year != app->year) && ui_set_choice(app, agency, year))
        return -1;
    if (ui_open_named(app, "plans") || !ui_top(app) || ui_top(app)->ops != &ui_plans_ops) return -1;
    struct ui_screen *s = ui_top(app);
    struct plans *p = s->st;
    ui_plans_select_measure(s, measure);
    p->stale = 1;
    p->pick = (struct round_pick){.measure_id = measure, .months = {months}, .n = 1, .v = v};
    plans_review_reopen(app, &p->pick);
    return 0;
}

void ui_plans_select_finding(struct ui_screen *s, long finding_id)
{
    struct plans *p = s->st;
    if (s->ops != &ui_plans_ops && s->ops != &ui_analysis_ops) return;
    p->tab = TAB_FINDINGS;
    for (size_t i = 0; i < p->v.nf; i++)
        if (p->v.f[i].id == finding_id) ui_table_select(&p->t[TAB_FINDINGS], (long)i);
}
