/* The history of one OIT item: every recorded change (when, who, which field, old → new)
 * from the audit trail, oldest first, in a box over the checklist. Read only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_oit.h"
#include "i18n.h"
#include "timefmt.h"
#include "ui_audit_text.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_oit.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

enum { COL_WHEN, COL_WHO, COL_FIELD, COL_CHANGE, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_WHEN] = {N_("When"), 16, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_WHO] = {N_("Who"), 10, 0, TT_ALIGN_LEFT, 1, 0},
    [COL_FIELD] = {N_("Field"), 14, 0, TT_ALIGN_LEFT, 2, 0},
    [COL_CHANGE] = {N_("Old -> new"), 0, 12, TT_ALIGN_LEFT, 0, 0},
};

struct history {
    char title[128];
    struct audit_entry *e;
    size_t n;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    struct ui_rect box;
};

static int history_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct oit_history_arg *a = arg;
    struct history *h = xcalloc(1, sizeof *h);
    s->st = h;
    struct db_error err;
    if (db_oit_history(app->db, a->agency_id, a->year, a->code, &h->e, &h->n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    snprintf(h->title, sizeof h->title, _("History of %s"), a->code);
    for (int c = 0; c < NCOLS; c++) {
        h->cols[c] = columns[c];
        h->cols[c].title = _(columns[c].title);
    }
    h->t.cols = h->cols;
    h->t.ncols = NCOLS;
    ui_table_set_rows(&h->t, (long)h->n);
    ui_table_select(&h->t, (long)h->n); /* the newest change in view */
    return 0;
}

static void history_leave(struct ui_screen *s, struct ui_app *app)
{
    struct history *h = s->st;
    if (!h) return;
    audit_entries_free(h->e, h->n);
    free(h);
}

static void history_layout(struct ui_screen *s, struct ui_app *app)
{
    struct history *h = s->st;
    h->box = ui_dialog_rect(s->area, s->area.h, s->area.w - 2);
    struct ui_rect in = {h->box.y + 1, h->box.x + 2, h->box.h - 2, h->box.w - 4};
    ui_table_layout(&h->t, in);
    ui_table_select(&h->t, h->t.sel);
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct history *h = ctx;
    const struct audit_entry *e = &h->e[row];
    const char *field = e->field ? e->field : "";
    out->text = out->buf;
    switch (col) {
    case COL_WHEN:
        timefmt_local(e->at, out->buf, sizeof out->buf);
        break;
    case COL_WHO:
        out->text = e->login;
        break;
    case COL_FIELD:
        out->text = ui_audit_field(field);
        break;
    default:
        /* ui_put sanitises: a note's new lines show as ␊ on this one line. */
        snprintf(out->buf, sizeof out->buf, "%s -> %s", ui_audit_value(field, e->old_value),
                 ui_audit_value(field, e->new_value));
        break;
    }
}

static void history_draw(struct ui_screen *s, struct ui_app *app)
{
    struct history *h = s->st;
    ui_box(app, h->box, h->title);
    if (!h->n) {
        ui_put(app, h->box.y + 3, h->box.x + 2, h->box.w - 4,
               _("No change of this item has been recorded."), TT_ALIGN_LEFT, UI_ROLE_DIM);
        return;
    }
    ui_table_draw(&h->t, app, cell, h);
}

static int history_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct history *h = s->st;
    return ui_table_handle(&h->t, a);
}

static const struct ui_handler history_handlers[] = {
    UI_HANDLE_MOVES(history_move),
    {0, NULL},
};

const struct ui_screen_ops ui_oit_history_ops = {
    .modal = 1,
    .enter = history_enter,
    .leave = history_leave,
    .layout = history_layout,
    .draw = history_draw,
    .handlers = history_handlers,
};
