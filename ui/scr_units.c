/* The responsible units (ผู้รับผิดชอบ) of an agency, with how often each is named by the
 * checklist and the measures: + adds one, Enter renames, = merges the selected unit into
 * another (every reference moves), Delete removes an unused one. The unit just added,
 * renamed or merged into stays selected wherever it sorts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_unit.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "ui_text_draft.h"
#include "xalloc.h"

enum { COL_ID, COL_NAME, COL_USES, NCOLS };

/* TRANSLATORS: columns of the units screen. */
static const struct ui_column columns[NCOLS] = {
    {N_("ID"), 5, 0, TT_ALIGN_RIGHT, 0, 0},
    {N_("Unit"), 0, 12, TT_ALIGN_LEFT, 0, 0},
    {N_("Used by"), 8, 0, TT_ALIGN_RIGHT, 0, 0},
};

struct units {
    long agency_id;
    char *agency_name;
    struct db_unit *u;
    size_t n;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    int stale;
    const char **names; /* for the merge chooser: every unit but the one merged */
    long *ids;
    long merging;
    long renaming; /* the unit the name prompt renames (0: it adds one) */
    long follow;   /* the unit to select after the next load (added, renamed, merged into) */
    char label[512];
};

static int load(struct units *s, struct ui_app *app)
{
    struct db_error err;
    db_units_free(s->u, s->n);
    s->u = NULL;
    s->n = 0;
    if (db_units(app->db, s->agency_id, &s->u, &s->n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    ui_table_set_rows(&s->t, (long)s->n);
    for (size_t i = 0; s->follow && i < s->n; i++)
        if (s->u[i].id == s->follow) ui_table_select(&s->t, (long)i);
    s->follow = 0;
    s->stale = 0;
    return 0;
}

static int units_enter(struct ui_screen *sc, struct ui_app *app, const void *arg)
{
    struct units *s = xcalloc(1, sizeof *s);
    sc->st = s;
    s->agency_id = arg ? *(const long *)arg : app->agency_id;
    struct agency a = {0};
    struct db_error err;
    if (db_agency_get(app->db, s->agency_id, &a, &err) == 0) s->agency_name = xstrdup(a.name);
    agency_clear(&a);
    for (int c = 0; c < NCOLS; c++) {
        s->cols[c] = columns[c];
        s->cols[c].title = _(columns[c].title);
    }
    s->t.cols = s->cols;
    s->t.ncols = NCOLS;
    s->t.selectable = 1;
    return load(s, app);
}

static void units_leave(struct ui_screen *sc, struct ui_app *app)
{
    struct units *s = sc->st;
    if (!s) return;
    db_units_free(s->u, s->n);
    free(s->names);
    free(s->ids);
    free(s->agency_name);
    free(s);
}

static void units_layout(struct ui_screen *sc, struct ui_app *app)
{
    struct units *s = sc->st;
    struct ui_rect a = sc->area;
    ui_table_layout(&s->t, (struct ui_rect){a.y + 1, a.x + 1, a.h - 2, a.w - 2});
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct units *s = ctx;
    const struct db_unit *u = &s->u[row];
    if (col == COL_NAME) {
        out->text = u->name;
        return;
    }
    snprintf(out->buf, sizeof out->buf, "%ld", col == COL_ID ? u->id : u->uses);
    out->text = out->buf;
    if (col == COL_USES && !u->uses) out->role = UI_ROLE_DIM;
}

static void units_draw(struct ui_screen *sc, struct ui_app *app)
{
    struct units *s = sc->st;
    struct ui_rect a = sc->area;
    ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER, _("Responsible units of %s"),
            s->agency_name ? s->agency_name : "");
    ui_table_draw(&s->t, app, cell, s);
    if (!s->n)
        ui_put(app, a.y + 3, a.x + 2, a.w - 3, _("No units yet: + adds one."), TT_ALIGN_LEFT,
               UI_ROLE_DIM);
    ui_put(app, a.y + a.h - 1, a.x + 1, a.w - 2,
           _("+: add   Enter: rename   =: merge into another   Delete: delete an unused unit"),
           TT_ALIGN_LEFT, UI_ROLE_DIM);
}

static const struct db_unit *selected(struct units *s)
{
    return s->t.sel >= 0 && (size_t)s->t.sel < s->n ? &s->u[s->t.sel] : NULL;
}

static int typed_new(struct ui_app *app, void *ctx, const char *text, char *why, size_t n)
{
    struct units *s = ctx;
    struct db_error err = {{0}};
    long id = db_unit_add(app->db, s->agency_id, text, &err);
    if (id < 0) {
        snprintf(why, n, "%s", err.msg);
        return -1;
    }
    s->follow = id;
    s->stale = 1;
    return 0;
}

static int typed_rename(struct ui_app *app, void *ctx, const char *text, char *why, size_t n)
{
    struct units *s = ctx;
    struct db_error err = {{0}};
    if (db_unit_rename(app->db, s->renaming, text, &err)) {
        snprintf(why, n, "%s", err.msg);
        return -1;
    }
    s->follow = s->renaming; /* its new name may sort elsewhere */
    s->stale = 1;
    return 0;
}

static void after_merge_choice(struct ui_app *app, void *ctx, int index)
{
    struct units *s = ctx;
    struct db_error err = {{0}};
    if (index < 0 || (size_t)index + 1 >= s->n) return;
    long moved = db_unit_merge(app->db, s->merging, s->ids[index], &err);
    if (moved < 0)
        ui_message(app, 1, "%s", err.msg);
    else
        ui_message(app, 0, _("Merged: %ld references moved to '%s'."), moved, s->names[index]);
    s->follow = s->ids[index];
    load(s, app);
}

static int merge(struct units *s, struct ui_app *app)
{
    const struct db_unit *u = selected(s);
    if (!u || s->n < 2) return UI_NONE;
    free(s->names);
    free(s->ids);
    s->names = xcalloc(s->n, sizeof *s->names);
    s->ids = xcalloc(s->n, sizeof *s->ids);
    int k = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->u[i].id != u->id) {
            s->names[k] = s->u[i].name;
            s->ids[k++] = s->u[i].id;
        }
    s->merging = u->id;
    snprintf(s->label, sizeof s->label, _("Merge '%s' into:"), u->name);
    struct ui_choose_arg c = {s->label, s->names, k, 0, after_merge_choice, s};
    ui_push(app, &ui_choose_ops, &c);
    return UI_LAYOUT;
}

static void after_delete_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct units *s = ctx;
    const struct db_unit *u = selected(s);
    struct db_error err = {{0}};
    if (answer != UI_ACT_CONFIRM || !u) return;
    if (db_unit_delete(app->db, u->id, &err))
        ui_message(app, 1, "%s", err.msg);
    else
        ui_message(app, 0, "%s", _("Unit deleted."));
    load(s, app);
}

/* The name prompt for a new unit (u NULL) or a new name of u; what is typed is kept as a
 * draft ("unit", "AGENCY:new" or "AGENCY:ID") so that Esc asks first and a dropped link or
 * a crash loses nothing. */
static void ask_name(struct units *s, struct ui_app *app, const struct db_unit *u)
{
    char key[64];
    s->renaming = u ? u->id : 0;
    if (u)
        snprintf(key, sizeof key, "%ld:%ld", s->agency_id, u->id);
    else
        snprintf(key, sizeof key, "%ld:new", s->agency_id);
    struct ui_prompt_arg p = {.title = u ? _("Rename the unit") : _("New unit"),
                              .label = _("Unit name (กองคลัง, สำนักปลัด ...):"),
                              .initial = u ? u->name : "",
                              .done = u ? typed_rename : typed_new,
                              .ctx = s,
                              .draft_entity = "unit",
                              .draft_key = key};
    ui_text_dialog_open(app, &ui_prompt_ops, &p);
}

static int units_name(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct units *s = sc->st;
    const struct db_unit *u = selected(s);
    if (a == UI_ACT_OPEN && !u) return UI_NONE;
    ask_name(s, app, a == UI_ACT_NEW ? NULL : u);
    return UI_LAYOUT;
}

int ui_open_unit_draft(struct ui_app *app, const char *key)
{
    long agency, id = 0;
    char what[24];
    if (sscanf(key, "%ld:%23s", &agency, what) != 2 ||
        (strcmp(what, "new") != 0 && sscanf(what, "%ld", &id) != 1))
        return -1;
    if (agency != app->agency_id && ui_set_choice(app, agency, app->year)) return -1;
    if (ui_open_named(app, "units") || !ui_top(app) || ui_top(app)->ops != &ui_units_ops) return -1;
    struct units *s = ui_top(app)->st;
    const struct db_unit *u = NULL;
    for (size_t i = 0; i < s->n && id; i++)
        if (s->u[i].id == id) {
            s->t.sel = (long)i;
            u = &s->u[i];
        }
    if (id && !u) {
        ui_message(app, 1, _("Unit %ld no longer exists; its draft stays in the list."), id);
        return -1;
    }
    ask_name(s, app, u);
    return 0;
}

static int units_merge(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    return merge(sc->st, app);
}

static int units_delete(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct units *s = sc->st;
    const struct db_unit *u = selected(s);
    if (!u) return UI_NONE;
    snprintf(s->label, sizeof s->label, _("Delete the unit '%s'?"), u->name);
    struct ui_ask_arg q = {.title = _("Delete the unit"),
                           .text = s->label,
                           .keys = _("y: delete   Esc: keep it"),
                           .answers = UI_ASK(UI_ACT_CONFIRM),
                           .done = after_delete_question,
                           .ctx = s};
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}

static int units_move(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct units *s = sc->st;
    return ui_table_handle(&s->t, a);
}

static const struct ui_handler units_handlers[] = {
    {UI_ACT_NEW, units_name},      {UI_ACT_OPEN, units_name},   {UI_ACT_MERGE, units_merge},
    {UI_ACT_DELETE, units_delete}, UI_HANDLE_MOVES(units_move), {0, NULL},
};

static int units_refresh(struct ui_screen *sc, struct ui_app *app)
{
    struct units *s = sc->st;
    if (!s->stale) return UI_NONE;
    load(s, app);
    return UI_LAYOUT;
}

/* The main menu's figure: how many units the agency has, and how many no one names. */
static void units_figure(struct ui_app *app, char *buf, size_t n)
{
    struct db_unit *u = NULL;
    size_t count = 0, unused = 0;
    struct db_error err;
    if (db_units(app->db, app->agency_id, &u, &count, &err)) return;
    for (size_t i = 0; i < count; i++)
        unused += u[i].uses == 0;
    db_units_free(u, count);
    char units[96];
    snprintf(units, sizeof units, ngettext("%zu unit", "%zu units", count), count);
    if (unused)
        snprintf(buf, n, _("%s, %zu unused"), units, unused);
    else
        snprintf(buf, n, "%s", units);
}

/* A click selects the line under it; a double click opens it. */
static int units_click(struct ui_screen *sc, struct ui_app *app, int y, int x)
{
    struct units *s = sc->st;
    return ui_table_click(&s->t, y);
}

const struct ui_screen_ops ui_units_ops = {
    .enter = units_enter,
    .leave = units_leave,
    .layout = units_layout,
    .draw = units_draw,
    .handlers = units_handlers,
    .refresh = units_refresh,
    .figure = units_figure,
    .click = units_click,
};
