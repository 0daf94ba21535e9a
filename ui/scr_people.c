/* People and their roles: every Unix login itadesk knows, the role it holds and for which
 * agency. Admins give (+), change (Enter) and take away (X) roles; for others the keys are
 * greyed out and say who may. Each change is one short transaction (db_people_*), with an
 * audit row. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_people.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

enum { COL_LOGIN, COL_ROLE, COL_AGENCY, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_LOGIN] = {N_("Login"), 16, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_ROLE] = {N_("Role"), 14, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_AGENCY] = {N_("Agency"), 0, 12, TT_ALIGN_LEFT, 0, 0},
};

struct people {
    struct person_role *rows;
    size_t n;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    char login[40];    /* the person being given a role */
    enum db_role role; /* the role chosen for them */
    long agency;       /* and for which agency */
};

static int load(struct people *p, struct ui_app *app)
{
    struct person_role *rows = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_people_list(app->db, &rows, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    person_roles_free(p->rows, p->n);
    p->rows = rows;
    p->n = n;
    ui_table_set_rows(&p->t, (long)n);
    return 0;
}

static int people_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct people *p = xcalloc(1, sizeof *p);
    s->st = p;
    for (int c = 0; c < NCOLS; c++) {
        p->cols[c] = columns[c];
        p->cols[c].title = _(columns[c].title);
    }
    p->t.cols = p->cols;
    p->t.ncols = NCOLS;
    p->t.selectable = 1;
    return load(p, app);
}

static void people_leave(struct ui_screen *s, struct ui_app *app)
{
    struct people *p = s->st;
    if (!p) return;
    person_roles_free(p->rows, p->n);
    free(p);
}

static void people_layout(struct ui_screen *s, struct ui_app *app)
{
    struct people *p = s->st;
    struct ui_rect a = s->area;
    ui_table_layout(&p->t, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
    ui_table_select(&p->t, p->t.sel);
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    const struct person_role *r = &((struct people *)ctx)->rows[row];
    switch (col) {
    case COL_LOGIN:
        out->text = r->login;
        break;
    case COL_ROLE:
        out->text = db_role_label(r->role);
        if (r->role == DB_ROLE_ADMIN) out->role = UI_ROLE_HEADER;
        break;
    default:
        out->text = r->agency_id >= 0 ? r->agency_name : _("every agency");
        break;
    }
}

static void people_draw(struct ui_screen *s, struct ui_app *app)
{
    struct people *p = s->st;
    struct ui_rect a = s->area;
    enum db_role mine = db_role_at(app->db, app->agency_id);
    char line[256];
    snprintf(line, sizeof line, _("You are %s: %s here."), app->db->login, db_role_label(mine));
    ui_put(app, a.y, a.x + 1, a.w - 2, line, TT_ALIGN_LEFT, UI_ROLE_DIM);
    ui_table_draw(&p->t, app, cell, p);
}

/* Saves login's role (op: add or set) for agency. 0, or -1 with the reason in why. */
static int put_role(struct ui_app *app, struct people *p, enum people_op op, long agency, char *why,
                    size_t whysz)
{
    struct db_error err = {{0}};
    if (db_people_put(app->db, op, p->login, agency, p->role, &err)) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    load(p, app);
    ui_message(app, 0, _("%s: %s (saved)"), p->login, db_role_label(p->role));
    return 0;
}

static void role_items(const char *items[4])
{
    for (int r = DB_ROLE_ADMIN; r <= DB_ROLE_VIEWER; r++)
        items[r - 1] = db_role_label((enum db_role)r);
}

/* The last step of +: the login, saved with the role and agency chosen before. */
static int login_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct people *p = ctx;
    if (!db_login_valid(text)) {
        snprintf(why, whysz, _("'%s' is not a Unix login name."), text);
        return -1;
    }
    if (!getpwnam(text)) { /* a role for a name no one logs in as is a typing mistake */
        snprintf(why, whysz, _("there is no Unix account named %s on this machine"), text);
        return -1;
    }
    snprintf(p->login, sizeof p->login, "%s", text);
    return put_role(app, p, PEOPLE_ADD, p->agency, why, whysz);
}

static void ask_login(struct ui_app *app, struct people *p)
{
    char title[160];
    snprintf(title, sizeof title, _("New %s"), db_role_label(p->role));
    struct ui_prompt_arg a = {
        .title = title, .label = _("Unix login:"), .done = login_typed, .ctx = p};
    ui_push(app, &ui_prompt_ops, &a);
}

static void scope_chosen(struct ui_app *app, void *ctx, int index)
{
    struct people *p = ctx;
    p->agency = index == 0 ? DB_ALL_AGENCIES : app->agency_id;
    ask_login(app, p);
}

static void new_role_chosen(struct ui_app *app, void *ctx, int index)
{
    struct people *p = ctx;
    p->role = (enum db_role)(index + 1);
    p->agency = DB_ALL_AGENCIES;
    if (app->agency_id < 0) {
        ask_login(app, p);
        return;
    }
    const char *items[] = {_("every agency"), app->agency_name ? app->agency_name : "?"};
    struct ui_choose_arg a = {_("For which agency"), items, 2, 1, scope_chosen, p};
    ui_push(app, &ui_choose_ops, &a);
}

/* + : the role, then for which agency, then the login (dialogs in turn). */
static int add_person(struct people *p, struct ui_app *app)
{
    const char *items[4];
    role_items(items);
    struct ui_choose_arg a = {_("Give a person a role"), items,           4,
                              DB_ROLE_OFFICER - 1,       new_role_chosen, p};
    ui_push(app, &ui_choose_ops, &a);
    return UI_LAYOUT;
}

static void changed_role_chosen(struct ui_app *app, void *ctx, int index)
{
    struct people *p = ctx;
    const struct person_role *r = &p->rows[p->t.sel];
    p->role = (enum db_role)(index + 1);
    snprintf(p->login, sizeof p->login, "%s", r->login);
    char why[768];
    if (put_role(app, p, PEOPLE_SET, r->agency_id, why, sizeof why)) ui_message(app, 1, "%s", why);
}

static int change_role(struct people *p, struct ui_app *app)
{
    if (!p->n) return UI_NONE;
    const struct person_role *r = &p->rows[p->t.sel];
    const char *items[4];
    role_items(items);
    char title[128];
    snprintf(title, sizeof title, _("Role of %s"), r->login);
    struct ui_choose_arg a = {title, items, 4, (int)r->role - 1, changed_role_chosen, p};
    ui_push(app, &ui_choose_ops, &a);
    return UI_LAYOUT;
}

static int remove_role(struct people *p, struct ui_app *app)
{
    if (!p->n) return UI_NONE;
    const struct person_role *r = &p->rows[p->t.sel];
    char login[40];
    snprintf(login, sizeof login, "%s", r->login);
    struct db_error err = {{0}};
    if (db_people_remove(app->db, login, r->agency_id, &err))
        ui_message(app, 1, "%s", err.msg);
    else if (load(p, app) == 0)
        ui_message(app, 0, _("%s: role taken away (saved)"), login);
    return UI_DRAW;
}

static int do_new(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return add_person(s->st, app);
}

static int do_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return change_role(s->st, app);
}

static int do_remove(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return remove_role(s->st, app);
}

static int do_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct people *p = s->st;
    return ui_table_handle(&p->t, a);
}

static const struct ui_handler people_handlers[] = {
    {UI_ACT_NEW, do_new},
    {UI_ACT_OPEN, do_open},
    {UI_ACT_REMOVE, do_remove},
    UI_HANDLE_MOVES(do_move),
    {0, NULL},
};

/* The main menu's figure: the user's own role here. */
static void people_figure(struct ui_app *app, char *buf, size_t n)
{
    snprintf(buf, n, _("you: %s"), db_role_label(db_role_at(app->db, app->agency_id)));
}

/* A click selects the line under it; a double click opens it. */
static int people_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct people *p = s->st;
    return ui_table_click(&p->t, y);
}

const struct ui_screen_ops ui_people_ops = {
    .enter = people_enter,
    .leave = people_leave,
    .layout = people_layout,
    .draw = people_draw,
    .handlers = people_handlers,
    .figure = people_figure,
    .click = people_click,
};
