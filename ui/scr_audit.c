/* The audit trail: who changed what, when, from which value to which, newest at the bottom,
 * filtered by user (w), item (/) and date (T). Read only; dates in the Buddhist era when the
 * screens speak Thai. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "i18n.h"
#include "text/tt_date.h"
#include "timefmt.h"
#include "ui_audit_text.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

enum { COL_WHEN, COL_WHO, COL_ITEM, COL_FIELD, COL_CHANGE, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_WHEN] = {N_("When"), 16, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_WHO] = {N_("Who"), 10, 0, TT_ALIGN_LEFT, 1, 0},
    [COL_ITEM] = {N_("Item"), 16, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_FIELD] = {N_("Field"), 14, 0, TT_ALIGN_LEFT, 2, 0},
    [COL_CHANGE] = {N_("Old -> new"), 0, 12, TT_ALIGN_LEFT, 0, 0},
};

/* The screen shows at most this many of the newest matching changes. */
#define AUDIT_SCREEN_ROWS 2000

struct audit_scr {
    struct audit_row *rows;
    size_t n;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    char *login, *item, *since_text; /* filters; NULL = none */
    char since[32];                  /* since_text as UTC */
};

static int load(struct audit_scr *a, struct ui_app *app)
{
    struct audit_query q = {.agency_id = -1,
                            .login = a->login,
                            .item = a->item,
                            .since = a->since_text ? a->since : NULL,
                            .limit = AUDIT_SCREEN_ROWS};
    struct audit_row *rows = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_audit_list(app->db, &q, &rows, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    audit_rows_free(a->rows, a->n);
    a->rows = rows;
    a->n = n;
    ui_table_set_rows(&a->t, (long)n);
    ui_table_select(&a->t, (long)n); /* the newest change in view */
    return 0;
}

static int audit_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct audit_scr *a = xcalloc(1, sizeof *a);
    s->st = a;
    for (int c = 0; c < NCOLS; c++) {
        a->cols[c] = columns[c];
        a->cols[c].title = _(columns[c].title);
    }
    a->t.cols = a->cols;
    a->t.ncols = NCOLS;
    a->t.selectable = 1;
    return load(a, app);
}

static void audit_leave(struct ui_screen *s, struct ui_app *app)
{
    struct audit_scr *a = s->st;
    if (!a) return;
    audit_rows_free(a->rows, a->n);
    free(a->login);
    free(a->item);
    free(a->since_text);
    free(a);
}

static void audit_layout(struct ui_screen *s, struct ui_app *app)
{
    struct audit_scr *a = s->st;
    struct ui_rect r = s->area;
    ui_table_layout(&a->t, (struct ui_rect){r.y + 1, r.x + 1, r.h - 1, r.w - 2});
    ui_table_select(&a->t, a->t.sel);
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    const struct audit_row *r = &((struct audit_scr *)ctx)->rows[row];
    out->text = out->buf;
    switch (col) {
    case COL_WHEN:
        timefmt_local(r->at, out->buf, sizeof out->buf);
        break;
    case COL_WHO:
        out->text = r->login;
        break;
    case COL_ITEM:
        ui_audit_item(r->entity, r->key, out->buf, sizeof out->buf);
        break;
    case COL_FIELD:
        out->text = ui_audit_field(r->field);
        break;
    default:
        /* ui_put sanitises: a note's new lines show as ␊ on this one line. */
        snprintf(out->buf, sizeof out->buf, "%s -> %s", ui_audit_value(r->field, r->old_value),
                 ui_audit_value(r->field, r->new_value));
        break;
    }
}

/* "Showing: every change" or the filters in force. */
static void draw_filters(struct audit_scr *a, struct ui_app *app, struct ui_rect r)
{
    char text[512];
    if (!a->login && !a->item && !a->since_text)
        snprintf(text, sizeof text, _("Showing: every change (%zu)"), a->n);
    else
        snprintf(text, sizeof text, _("Showing %zu changes: user %s, item %s, since %s"), a->n,
                 a->login ? a->login : "*", a->item ? a->item : "*",
                 a->since_text ? a->since_text : "*");
    ui_put(app, r.y, r.x + 1, r.w - 2, text, TT_ALIGN_LEFT, UI_ROLE_DIM);
}

static void audit_draw(struct ui_screen *s, struct ui_app *app)
{
    struct audit_scr *a = s->st;
    draw_filters(a, app, s->area);
    if (!a->n) {
        ui_put(app, s->area.y + 3, s->area.x + 2, s->area.w - 4,
               _("No change matches the filters."), TT_ALIGN_LEFT, UI_ROLE_DIM);
        return;
    }
    ui_table_draw(&a->t, app, cell, a);
}

/* Replaces a filter with text ("" clears it). */
static void set_filter(char **filter, const char *text)
{
    free(*filter);
    *filter = *text ? xstrdup(text) : NULL;
}

static int user_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct audit_scr *a = ctx;
    set_filter(&a->login, text);
    return load(a, app);
}

static int item_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct audit_scr *a = ctx;
    set_filter(&a->item, text);
    return load(a, app);
}

static int since_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct audit_scr *a = ctx;
    if (*text) {
        int rc = timefmt_day_start_utc(text, a->since);
        if (rc) {
            snprintf(why, whysz, "%s", tt_date_strerror(rc));
            return -1;
        }
    }
    set_filter(&a->since_text, text);
    return load(a, app);
}

static int ask(struct ui_app *app, struct audit_scr *a, const char *title, const char *label,
               const char *initial, ui_text_fn done)
{
    struct ui_prompt_arg p = {.title = title,
                              .label = label,
                              .initial = initial,
                              .done = done,
                              .ctx = a,
                              .hint = _("Enter: show   Esc: cancel   (empty: no filter)")};
    ui_push(app, &ui_prompt_ops, &p);
    return UI_LAYOUT;
}

static int do_by_user(struct ui_screen *s, struct ui_app *app, enum ui_action act)
{
    struct audit_scr *a = s->st;
    return ask(app, a, _("Changes of one user"), _("Login:"), a->login, user_typed);
}

static int do_by_item(struct ui_screen *s, struct ui_app *app, enum ui_action act)
{
    struct audit_scr *a = s->st;
    return ask(app, a, _("Changes of one item"), _("Item (O12, a measure number):"), a->item,
               item_typed);
}

static int do_since(struct ui_screen *s, struct ui_app *app, enum ui_action act)
{
    struct audit_scr *a = s->st;
    return ask(app, a, _("Changes since a date"), _("Date (1/10/2567):"), a->since_text,
               since_typed);
}

static int do_move(struct ui_screen *s, struct ui_app *app, enum ui_action act)
{
    struct audit_scr *a = s->st;
    return ui_table_handle(&a->t, act);
}

static const struct ui_handler audit_handlers[] = {
    {UI_ACT_BY_USER, do_by_user},
    {UI_ACT_FILTER, do_by_item},
    {UI_ACT_SINCE, do_since},
    UI_HANDLE_MOVES(do_move),
    {0, NULL},
};

/* The main menu's figure: how many changes the trail holds. */
static void audit_figure(struct ui_app *app, char *buf, size_t n)
{
    struct audit_query q = {.agency_id = app->agency_id};
    struct audit_row *rows = NULL;
    size_t count = 0;
    struct db_error err;
    q.limit = 1000;
    if (db_audit_list(app->db, &q, &rows, &count, &err)) return;
    audit_rows_free(rows, count);
    snprintf(buf, n,
             count >= 1000
                 ? _("1000+ changes of this agency")
                 : ngettext("%zu change of this agency", "%zu changes of this agency", count),
             count);
}

/* A click selects the line under it. */
static int audit_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct audit_scr *a = s->st;
    return ui_table_click(&a->t, y);
}

const struct ui_screen_ops ui_audit_ops = {
    .enter = audit_enter,
    .leave = audit_leave,
    .layout = audit_layout,
    .draw = audit_draw,
    .handlers = audit_handlers,
    .figure = audit_figure,
    .click = audit_click,
};
