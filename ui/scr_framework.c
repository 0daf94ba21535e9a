/* Framework administration: the year's grading rule and levels, indicators with their tools
 * and weights, OIT items, and what the catalog still does not know, in one list. Admins
 * open a line to edit it (the framework editor) and start a new year as a copy (+); for
 * anyone else the list is read-only and the keys say who may. The storage layer refuses a
 * non-admin's change anyway (db_framework_*). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_framework.h"
#include "db_plan.h"
#include "db_role.h"
#include "i18n.h"
#include "number.h"
#include "ui_dialog.h"
#include "ui_framework.h"
#include "ui_screens.h"
#include "ui_text_draft.h"
#include "ui_table.h"
#include "xalloc.h"

enum line_kind { L_HEAD, L_RULE, L_BAND, L_IND, L_QUESTION, L_ITEM, L_GAP };
struct line {
    enum line_kind kind;
    size_t i;          /* index in its list */
    const char *title; /* L_HEAD: translated heading */
};

enum { COL_CODE, COL_TITLE, COL_INFO, NCOLS };
static const struct ui_column columns[NCOLS] = {
    [COL_CODE] = {N_("No."), 6, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_TITLE] = {N_("Title"), 0, 20, TT_ALIGN_LEFT, 0, 0},
    [COL_INFO] = {N_("Details"), 30, 0, TT_ALIGN_LEFT, 1, 0},
};

struct fw {
    int year;
    struct fw_catalog c;
    struct fw_gap *gaps;
    size_t n_gaps;
    struct line *lines;
    size_t n_lines;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    char head_gaps[96];
};

static void add_line(struct fw *f, enum line_kind k, size_t i, const char *title)
{
    f->lines = xreallocarray(f->lines, f->n_lines + 1, sizeof *f->lines);
    f->lines[f->n_lines++] = (struct line){k, i, title};
}

static void build_lines(struct fw *f)
{
    f->n_lines = 0;
    add_line(f, L_HEAD, 0, _("Grading rule and levels"));
    add_line(f, L_RULE, 0, NULL);
    for (size_t i = 0; i < f->c.n_bands; i++)
        add_line(f, L_BAND, i, NULL);
    add_line(f, L_HEAD, 0, _("Indicators: tool and weight"));
    for (size_t i = 0; i < f->c.n_inds; i++)
        add_line(f, L_IND, i, NULL);
    if (f->c.n_questions) add_line(f, L_HEAD, 0, _("Survey questions"));
    for (size_t i = 0; i < f->c.n_questions; i++)
        add_line(f, L_QUESTION, i, NULL);
    add_line(f, L_HEAD, 0, _("OIT items"));
    for (size_t i = 0; i < f->c.n_items; i++)
        add_line(f, L_ITEM, i, NULL);
    snprintf(f->head_gaps, sizeof f->head_gaps, _("Still unknown: %zu"), f->n_gaps);
    add_line(f, L_HEAD, 0, f->head_gaps);
    for (size_t i = 0; i < f->n_gaps; i++)
        add_line(f, L_GAP, i, NULL);
}

static void drop_catalog(struct fw *f)
{
    fw_catalog_free(&f->c);
    fw_gaps_free(f->gaps, f->n_gaps);
    f->gaps = NULL;
    f->n_gaps = 0;
}

static int load(struct fw *f, struct ui_app *app)
{
    struct fw_catalog c;
    struct db_error err = {{0}};
    if (db_framework_load(app->db, app->year, &c, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    drop_catalog(f);
    f->c = c;
    f->n_gaps = fw_gaps(&f->c, &f->gaps);
    long keep = f->year == app->year ? f->t.sel : 0;
    f->year = app->year;
    build_lines(f);
    ui_table_set_rows(&f->t, (long)f->n_lines);
    ui_table_select(&f->t, keep);
    return 0;
}

static int fw_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct fw *f = xcalloc(1, sizeof *f);
    s->st = f;
    for (int c = 0; c < NCOLS; c++) {
        f->cols[c] = columns[c];
        f->cols[c].title = _(columns[c].title);
    }
    f->t.cols = f->cols;
    f->t.ncols = NCOLS;
    f->t.selectable = 1;
    return load(f, app);
}

static void fw_leave(struct ui_screen *s, struct ui_app *app)
{
    struct fw *f = s->st;
    if (!f) return;
    drop_catalog(f);
    free(f->lines);
    free(f);
}

static int fw_reload(struct ui_screen *s, struct ui_app *app)
{
    return load(s->st, app);
}

static void fw_layout(struct ui_screen *s, struct ui_app *app)
{
    struct fw *f = s->st;
    struct ui_rect a = s->area;
    ui_table_layout(&f->t, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
    ui_table_select(&f->t, f->t.sel);
}

static void number(char *buf, size_t n, double v)
{
    fw_format_number(v, buf, n);
}

static void rule_cells(const struct fw *f, int col, struct ui_cell *out)
{
    if (col == COL_TITLE) {
        snprintf(out->buf, sizeof out->buf, _("Grading: %s; catalog %s"),
                 fw_grading_label(f->c.grading), fw_status_label(f->c.status));
        out->text = out->buf;
    } else if (col == COL_INFO && f->c.pass_mark.set) {
        char n[40];
        number(n, sizeof n, f->c.pass_mark.v);
        snprintf(out->buf, sizeof out->buf, _("pass mark %s"), n);
        out->text = out->buf;
    }
}

static void band_cells(const struct fw_band *b, int col, struct ui_cell *out)
{
    char n[40], e[40];
    switch (col) {
    case COL_CODE:
        snprintf(out->buf, sizeof out->buf, "%d", b->rank);
        out->text = out->buf;
        break;
    case COL_TITLE:
        out->text = b->label_th;
        if (!b->passed) out->role = UI_ROLE_DIM;
        break;
    default:
        number(n, sizeof n, b->min_total);
        if (b->min_each_tool.set) {
            number(e, sizeof e, b->min_each_tool.v);
            snprintf(out->buf, sizeof out->buf, _("total ≥ %s, each tool ≥ %s"), n, e);
        } else {
            snprintf(out->buf, sizeof out->buf, _("total ≥ %s"), n);
        }
        out->text = out->buf;
    }
}

static void ind_cells(const struct fw_indicator *d, int col, struct ui_cell *out)
{
    char w[40];
    switch (col) {
    case COL_CODE:
        snprintf(out->buf, sizeof out->buf, "%d", d->no);
        out->text = out->buf;
        break;
    case COL_TITLE:
        out->text = d->name_th;
        break;
    default:
        number(w, sizeof w, d->weight);
        snprintf(out->buf, sizeof out->buf, _("%s, weight %s"), ita_tool_name(d->tool), w);
        out->text = out->buf;
    }
}

static void question_cells(const struct fw_question *q, int col, struct ui_cell *out)
{
    switch (col) {
    case COL_CODE:
        out->text = q->code;
        break;
    case COL_TITLE:
        out->text = q->text_th;
        break;
    default:
        if (q->indicator_no)
            snprintf(out->buf, sizeof out->buf, _("%s, indicator %d"), ita_tool_name(q->tool),
                     q->indicator_no);
        else
            snprintf(out->buf, sizeof out->buf, "%s", ita_tool_name(q->tool));
        out->text = out->buf;
    }
}

static void item_cells(const struct fw_item *it, int col, struct ui_cell *out)
{
    switch (col) {
    case COL_CODE:
        out->text = it->code;
        break;
    case COL_TITLE:
        out->text = it->known && *it->title_th ? it->title_th : _("(title unknown)");
        if (!it->known || !*it->title_th) out->role = UI_ROLE_DIM;
        break;
    default:
        if (it->indicator_no)
            snprintf(out->buf, sizeof out->buf, _("group %s, indicator %d"), it->group_key,
                     it->indicator_no);
        else
            snprintf(out->buf, sizeof out->buf, _("group %s"), it->group_key);
        out->text = out->buf;
    }
}

static void gap_cells(const struct fw_gap *g, int col, struct ui_cell *out)
{
    switch (col) {
    case COL_CODE:
        out->text = g->what;
        break;
    case COL_TITLE:
        out->text = fw_gap_label(g->kind);
        break;
    default:
        out->text = g->detail;
    }
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    const struct fw *f = ctx;
    const struct line *l = &f->lines[row];
    switch (l->kind) {
    case L_HEAD:
        if (col == COL_TITLE) out->text = l->title;
        out->role = UI_ROLE_HEADER;
        break;
    case L_RULE:
        rule_cells(f, col, out);
        break;
    case L_BAND:
        band_cells(&f->c.bands[l->i], col, out);
        break;
    case L_IND:
        ind_cells(&f->c.inds[l->i], col, out);
        break;
    case L_QUESTION:
        question_cells(&f->c.questions[l->i], col, out);
        break;
    case L_ITEM:
        item_cells(&f->c.items[l->i], col, out);
        break;
    default:
        gap_cells(&f->gaps[l->i], col, out);
    }
}

static int is_admin(struct ui_app *app)
{
    return (db_caps(app->db, DB_ALL_AGENCIES) & DB_CAP_ADMIN) != 0;
}

static void fw_draw(struct ui_screen *s, struct ui_app *app)
{
    struct fw *f = s->st;
    struct ui_rect a = s->area;
    if (is_admin(app))
        ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_DIM,
                _("Fiscal year %d. Enter: edit the line   +: a new year as a copy of this one"),
                f->year);
    else
        ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_DIM,
                _("Fiscal year %d. Read only: only an admin may change the framework."), f->year);
    ui_table_draw(&f->t, app, cell, f);
}

static int refuse(struct ui_app *app)
{
    ui_message(app, 1, "%s", _("Only an admin may change the framework; you can look."));
    return UI_DRAW;
}

/* The record a line edits (a gap line: the item it names). */
static int line_record(const struct fw *f, const struct line *l, enum fw_record *r, size_t *i)
{
    switch (l->kind) {
    case L_RULE:
        *r = FW_REC_FRAMEWORK, *i = 0;
        return 0;
    case L_BAND:
        *r = FW_REC_BAND, *i = l->i;
        return 0;
    case L_IND:
        *r = FW_REC_INDICATOR, *i = l->i;
        return 0;
    case L_QUESTION:
        *r = FW_REC_QUESTION, *i = l->i;
        return 0;
    case L_ITEM:
        *r = FW_REC_ITEM, *i = l->i;
        return 0;
    case L_GAP:
        if (f->gaps[l->i].kind == FW_GAP_BAND) {
            for (size_t k = 0; k < f->c.n_bands; k++)
                if (f->c.bands[k].rank == atoi(f->gaps[l->i].what)) {
                    *r = FW_REC_BAND, *i = k;
                    return 0;
                }
            return -1;
        }
        if (f->gaps[l->i].kind == FW_GAP_WEIGHTS && f->c.n_inds) {
            *r = FW_REC_INDICATOR, *i = 0;
            return 0;
        }
        if (f->gaps[l->i].kind == FW_GAP_RULE) {
            *r = FW_REC_FRAMEWORK, *i = 0;
            return 0;
        }
        /* An item's gap opens the item; a group's, the group's first item. */
        for (size_t k = 0; k < f->c.n_items; k++)
            if (strcmp(f->gaps[l->i].kind == FW_GAP_GROUP_NAME ? f->c.items[k].group_key
                                                               : f->c.items[k].code,
                       f->gaps[l->i].what) == 0) {
                *r = FW_REC_ITEM, *i = k;
                return 0;
            }
        return -1;
    default:
        return -1;
    }
}

static int do_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct fw *f = s->st;
    if (!f->n_lines) return UI_NONE;
    if (!is_admin(app)) return refuse(app);
    struct ui_fw_edit_arg arg = {.c = &f->c};
    if (line_record(f, &f->lines[f->t.sel], &arg.r, &arg.i)) return UI_NONE;
    ui_open_framework_editor(app, &arg);
    return UI_LAYOUT;
}

static void open_new_year(struct ui_app *app, int from);

int ui_open_framework_draft(struct ui_app *app, const char *key)
{
    if (strncmp(key, UI_FW_NEW_YEAR_KEY, strlen(UI_FW_NEW_YEAR_KEY)) ==
        0) { /* the new-year prompt's */
        if (!is_admin(app)) {
            refuse(app);
            return -1;
        }
        open_new_year(app, atoi(key + strlen(UI_FW_NEW_YEAR_KEY)));
        return 0;
    }
    struct fw_catalog c = {0};
    struct db_error err = {{0}};
    struct ui_fw_edit_arg arg = {.c = &c};
    int year = atoi(key), rc = -1;
    if (!is_admin(app)) {
        refuse(app);
    } else if (db_framework_load(app->db, year, &c, &err)) {
        ui_message(app, 1, "%s", err.msg);
    } else if (fw_record_find(&c, key, &arg.r, &arg.i)) {
        ui_message(app, 1, _("Framework line %s no longer exists; its draft stays in the list."),
                   key);
    } else {
        rc = ui_open_framework_editor(app, &arg);
    }
    fw_catalog_free(&c);
    return rc;
}

/* ctx: the year copied from, as a pointer-sized integer (the prompt may outlive no screen:
 * it also opens from the drafts list). */
static int year_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    int from = (int)(intptr_t)ctx;
    long to;
    if (number_parse_int(text, 2500, 2700, &to)) {
        snprintf(why, whysz, _("'%s' is not a Buddhist-era fiscal year such as 2570"), text);
        return -1;
    }
    struct db_error err = {{0}};
    if (db_framework_copy(app->db, from, (int)to, &err)) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    ui_message(app, 0, _("Fiscal year %ld: framework copied from %d (saved)."), to, from);
    return 0;
}

/* The new-year prompt, its typed text kept as a draft (a dropped link, Esc then "keep")
 * like the other prompts', and Esc with unsaved text asking first. */
static void open_new_year(struct ui_app *app, int from)
{
    char title[128], key[32];
    snprintf(title, sizeof title, _("A new year as a copy of %d"), from);
    snprintf(key, sizeof key, UI_FW_NEW_YEAR_KEY "%d", from);
    struct ui_prompt_arg p = {.title = title,
                              .label = _("New fiscal year:"),
                              .done = year_typed,
                              .ctx = (void *)(intptr_t)from,
                              .draft_entity = "framework",
                              .draft_key = key};
    ui_text_dialog_open(app, &ui_prompt_ops, &p);
}

static int do_new(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct fw *f = s->st;
    if (!is_admin(app)) return refuse(app);
    open_new_year(app, f->year);
    return UI_LAYOUT;
}

static int do_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct fw *f = s->st;
    return ui_table_handle(&f->t, a);
}

static const struct ui_handler fw_handlers[] = {
    {UI_ACT_OPEN, do_open},
    {UI_ACT_NEW, do_new},
    UI_HANDLE_MOVES(do_move),
    {0, NULL},
};

static int fw_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct fw *f = s->st;
    return ui_table_click(&f->t, y);
}

/* The main menu's figure: how much of the year's catalog is still unknown. */
static void fw_figure(struct ui_app *app, char *buf, size_t n)
{
    struct fw_catalog c;
    struct db_error err;
    buf[0] = '\0';
    if (db_framework_load(app->db, app->year, &c, &err)) return;
    struct fw_gap *g;
    size_t k = fw_gaps(&c, &g);
    snprintf(buf, n, _("still unknown: %zu"), k);
    fw_gaps_free(g, k);
    fw_catalog_free(&c);
}

const struct ui_screen_ops ui_framework_ops = {
    .enter = fw_enter,
    .leave = fw_leave,
    .layout = fw_layout,
    .draw = fw_draw,
    .handlers = fw_handlers,
    .reload = fw_reload,
    .click = fw_click,
    .figure = fw_figure,
};
