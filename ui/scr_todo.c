/* The to-do list (งานที่ต้องทำ) of the current agency for the user: what is overdue, due
 * soon, sent back by a reviewer or still missing (for a reviewer: what waits for a verdict),
 * grouped by kind with its due date (late ones highlighted). Enter jumps to where the line
 * is handled: the measure's editor, the plan at the measure (a round to check), the OIT
 * checklist at the item, the analysis at the finding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_todo.h"
#include "i18n.h"
#include "timefmt.h"
#include "ui_draw.h"
#include "ui_oit.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

#define TODO_DAYS 30

enum { COL_WHAT, COL_DUE, COL_TITLE, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_WHAT] = {N_("What"), 0, 24, TT_ALIGN_LEFT, 0, 0},
    [COL_DUE] = {N_("Due"), 26, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_TITLE] = {N_("Measure, item or finding"), 0, 16, TT_ALIGN_LEFT, 1, 0},
};

struct todo_scr {
    struct todo_list l;
    long *lines; /* table row -> item index, or -1 - kind for a kind's heading */
    long nlines;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    struct ui_rect head, list;
    char today[11];
};

static int load_list(struct ui_app *app, struct todo_list *l, char today[11])
{
    timefmt_today(today);
    struct todo_query q = {app->db->login, app->agency_id, today, TODO_DAYS};
    struct db_error err;
    if (db_todo_load(app->db, &q, l, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    return 0;
}

/* Lines: a heading before the first item of each kind. */
static void build_lines(struct todo_scr *t)
{
    free(t->lines);
    t->lines = xreallocarray(NULL, t->l.n * 2 + 1, sizeof *t->lines);
    t->nlines = 0;
    for (size_t i = 0; i < t->l.n; i++) {
        if (i == 0 || t->l.v[i].kind != t->l.v[i - 1].kind)
            t->lines[t->nlines++] = -1 - (long)t->l.v[i].kind;
        t->lines[t->nlines++] = (long)i;
    }
    ui_table_set_rows(&t->t, t->nlines);
}

/* Keeps the selection off the headings. */
static void skip_heading(struct todo_scr *t, int dir)
{
    long sel = t->t.sel;
    while (sel >= 0 && sel < t->nlines && t->lines[sel] < 0)
        sel += dir;
    if (sel < 0 || sel >= t->nlines) sel = t->nlines > 1 ? 1 : 0;
    ui_table_select(&t->t, sel);
    if (t->t.top == sel && sel > 0 && t->lines[sel - 1] < 0) t->t.top = sel - 1;
}

static int reload_list(struct todo_scr *t, struct ui_app *app)
{
    todo_free(&t->l);
    if (load_list(app, &t->l, t->today)) return -1;
    build_lines(t);
    skip_heading(t, 1);
    return 0;
}

static int todo_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct todo_scr *t = xcalloc(1, sizeof *t);
    s->st = t;
    for (int c = 0; c < NCOLS; c++) {
        t->cols[c] = columns[c];
        t->cols[c].title = _(columns[c].title);
    }
    t->t.cols = t->cols;
    t->t.ncols = NCOLS;
    t->t.selectable = 1;
    return reload_list(t, app);
}

static void todo_leave(struct ui_screen *s, struct ui_app *app)
{
    struct todo_scr *t = s->st;
    if (!t) return;
    todo_free(&t->l);
    free(t->lines);
    free(t);
}

static void todo_layout(struct ui_screen *s, struct ui_app *app)
{
    struct todo_scr *t = s->st;
    struct ui_rect a = s->area;
    t->head = (struct ui_rect){a.y, a.x + 1, 1, a.w - 2};
    t->list = (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2};
    ui_table_layout(&t->t, t->list);
    skip_heading(t, 1);
}

static size_t kind_count(const struct todo_list *l, enum todo_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++)
        n += l->v[i].kind == k;
    return n;
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct todo_scr *t = ctx;
    long i = t->lines[row];
    out->text = out->buf;
    if (i < 0) {
        enum todo_kind k = (enum todo_kind)(-1 - i);
        out->role = UI_ROLE_HEADER;
        if (col == COL_WHAT)
            snprintf(out->buf, sizeof out->buf, "%s (%zu)", todo_kind_heading(k),
                     kind_count(&t->l, k));
        return;
    }
    const struct todo_item *it = &t->l.v[i];
    if (it->overdue) out->role = UI_ROLE_WEAK;
    switch (col) {
    case COL_WHAT:
        todo_what(it, out->buf, sizeof out->buf);
        break;
    case COL_DUE:
        if (!it->due[0])
            out->text = "";
        else if (it->overdue) {
            char d[64];
            /* TRANSLATORS: a due date that has passed: "31 มีนาคม 2568 (late)". */
            snprintf(out->buf, sizeof out->buf, _("%s (late)"),
                     timefmt_date(it->due, 0, d, sizeof d));
        } else
            timefmt_date(it->due, 0, out->buf, sizeof out->buf);
        break;
    default:
        out->text = todo_title(it); /* ui_put sanitises */
        if (!it->title) out->role = UI_ROLE_WARN;
    }
}

static void todo_draw(struct ui_screen *s, struct ui_app *app)
{
    struct todo_scr *t = s->st;
    char today[64];
    timefmt_date(t->today, 0, today, sizeof today);
    ui_putf(app, t->head.y, t->head.x, t->head.w, TT_ALIGN_LEFT, UI_ROLE_HEADER,
            _("For %s on %s: %zu to do, %zu late (rounds due within %d days)"), app->db->login,
            today, t->l.n, todo_overdue_count(&t->l), TODO_DAYS);
    if (!t->l.n) {
        ui_put(app, t->list.y + 1, t->list.x, t->list.w,
               _("Nothing to do: no round is due, nothing was sent back, nothing is missing."),
               TT_ALIGN_LEFT, UI_ROLE_DIM);
        return;
    }
    ui_table_draw(&t->t, app, cell, t);
}

static int todo_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct todo_scr *t = s->st;
    int r = ui_table_handle(&t->t, a);
    if (r & UI_UNHANDLED) return r;
    skip_heading(t, a == UI_ACT_UP || a == UI_ACT_PAGE_UP || a == UI_ACT_LAST ? -1 : 1);
    return UI_DRAW;
}

/* Opens the registry screen `name` for the item's year, then lets it show the item. The
 * item is copied first: changing the year reloads this list. */
static int open_at_year(struct ui_app *app, const char *name, long agency_id, int year)
{
    if ((app->agency_id != agency_id || app->year != year) && ui_set_choice(app, agency_id, year))
        return -1;
    return ui_open_named(app, name);
}

static int jump(struct ui_app *app, struct todo_item it)
{
    struct ui_screen *top;
    switch (it.kind) {
    case TODO_ROUND_OVERDUE:
    case TODO_ROUND_DUE:
    case TODO_ROUND_RETURNED:
        ui_open_measure(app, it.id, it.agency_id, it.year);
        break;
    case TODO_ROUND_TO_CHECK: /* the plan of the measure's year, where c and B work */
        if (open_at_year(app, "plans", it.agency_id, it.year - 1)) break;
        top = ui_top(app);
        if (top) ui_plans_select_measure(top, it.id);
        break;
    case TODO_OIT_OPEN:
    case TODO_OIT_RETURNED:
    case TODO_OIT_TO_CHECK:
        if (open_at_year(app, "oit", it.agency_id, it.year)) break;
        top = ui_top(app);
        if (top && top->ops == &ui_oit_ops) oit_select_code(top->st, it.code);
        break;
    case TODO_FINDING:
        if (open_at_year(app, "analysis", it.agency_id, it.year)) break;
        top = ui_top(app);
        if (top) ui_plans_select_finding(top, it.id);
        break;
    default:
        break;
    }
    return UI_LAYOUT;
}

static int todo_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct todo_scr *t = s->st;
    if (t->t.sel < 0 || t->t.sel >= t->nlines || t->lines[t->t.sel] < 0) return UI_NONE;
    struct todo_item it = t->l.v[t->lines[t->t.sel]];
    /* The strings stay with the list; jump uses only ids, codes and years. */
    it.agency = it.title = it.comment = NULL;
    return jump(app, it);
}

static const struct ui_handler todo_handlers[] = {
    {UI_ACT_OPEN, todo_open},
    UI_HANDLE_MOVES(todo_move),
    {0, NULL},
};

static int todo_reload(struct ui_screen *s, struct ui_app *app)
{
    return reload_list(s->st, app);
}

static int todo_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct todo_scr *t = s->st;
    int r = ui_table_click(&t->t, y);
    if (r & UI_UNHANDLED) return r;
    skip_heading(t, 1);
    return UI_DRAW;
}

/* The main menu's figure: how many, and how many late. */
static void todo_figure(struct ui_app *app, char *buf, size_t n)
{
    struct todo_list l = {0};
    char today[11];
    if (load_list(app, &l, today)) return;
    size_t late = todo_overdue_count(&l);
    if (!l.n)
        snprintf(buf, n, "%s", _("nothing due"));
    else if (late)
        snprintf(buf, n, _("%zu to do, %zu late"), l.n, late);
    else
        snprintf(buf, n, _("%zu to do"), l.n);
    todo_free(&l);
}

const struct ui_screen_ops ui_todo_ops = {
    .enter = todo_enter,
    .leave = todo_leave,
    .layout = todo_layout,
    .draw = todo_draw,
    .handlers = todo_handlers,
    .reload = todo_reload,
    .click = todo_click,
    .figure = todo_figure,
};
