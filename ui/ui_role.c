#include "ui_role.h"

#include "db_role.h"

/* One row per action that writes. Actions that only open a form or a dialog need nothing
 * here: the save inside it is refused by the storage with the same message. */
static const struct {
    enum ui_action action;
    enum db_cap needs;
} write_actions[] = {
    {UI_ACT_TICK, DB_CAP_EDIT},    {UI_ACT_IN_PROGRESS, DB_CAP_EDIT}, {UI_ACT_UNIT, DB_CAP_EDIT},
    {UI_ACT_LINK, DB_CAP_EDIT},    {UI_ACT_NOTE, DB_CAP_EDIT},        {UI_ACT_SCORE, DB_CAP_EDIT},
    {UI_ACT_NEW, DB_CAP_EDIT},     {UI_ACT_CARRY_OVER, DB_CAP_EDIT},  {UI_ACT_DRAFTS, DB_CAP_DRAFT},
    {UI_ACT_CHECK, DB_CAP_REVIEW}, {UI_ACT_SEND_BACK, DB_CAP_REVIEW}, {UI_ACT_REMOVE, DB_CAP_ADMIN},
};

unsigned ui_action_needs(enum ui_action a)
{
    for (size_t i = 0; i < sizeof write_actions / sizeof write_actions[0]; i++)
        if (write_actions[i].action == a) return write_actions[i].needs;
    return 0;
}

/* On the people screen "new" and "open" give or change a role: an admin's work; on the
 * calendar screen "open" and "delete" change a date. */
static unsigned needs_on(const struct ui_app *app, enum ui_action a)
{
    const struct ui_screen *top = app->depth ? app->stack[app->depth - 1] : NULL;
    if ((a == UI_ACT_NEW || a == UI_ACT_OPEN) && top && top->reg &&
        top->reg->id == UI_SCR_ID_PEOPLE)
        return DB_CAP_ADMIN;
    /* On the carry screen "open" changes a stored pair of items: the framework is admins'. */
    if (a == UI_ACT_OPEN && top && top->reg && top->reg->id == UI_SCR_ID_CARRY) return DB_CAP_ADMIN;
    /* The ITA calendar is catalog data: admins over every agency change it. */
    if ((a == UI_ACT_OPEN || a == UI_ACT_DELETE) && top && top->reg &&
        top->reg->id == UI_SCR_ID_CALENDAR)
        return DB_CAP_ADMIN;
    return ui_action_needs(a);
}

int ui_action_allowed(struct ui_app *app, enum ui_action a, int say)
{
    unsigned needs = needs_on(app, a);
    /* A read-only file: the storage refuses with its own words ("read-only: ..."). */
    if (!needs || !app->db || app->db->readonly) return 1;
    long agency = needs == DB_CAP_ADMIN ? DB_ALL_AGENCIES : app->agency_id;
    if (db_caps(app->db, agency) & needs) return 1;
    if (say) {
        struct db_error err = {{0}};
        db_may(app->db, agency, (enum db_cap)needs, &err);
        ui_message(app, 1, "%s", err.msg);
    }
    return 0;
}
