#include "ui_role.h"

#include "db_role.h"

/* One row per action that writes, and the capability it needs; `screens` (UI_SCR() bits,
 * 0 for every screen) narrows a row to where the action does something else, and the
 * first row that matches counts. Actions that only open a form to read need nothing here
 * (the measure and agency editors): the save inside is refused by the storage with the same
 * message. A prompt or a question that can only lead to a write (rename a unit, type a
 * score, delete a line) is refused before it asks. */
static const struct {
    enum ui_action action;
    ui_scr_set screens;
    enum db_cap needs;
} write_actions[] = {
    /* People, agencies, the framework, the OIT mapping and the calendar: admins' work. */
    {UI_ACT_NEW, UI_SCR(PEOPLE) | UI_SCR(PICKER) | UI_SCR(FRAMEWORK), DB_CAP_ADMIN},
    {UI_ACT_OPEN, UI_SCR(PEOPLE) | UI_SCR(CARRY) | UI_SCR(CALENDAR), DB_CAP_ADMIN},
    {UI_ACT_DELETE, UI_SCR(PICKER) | UI_SCR(CALENDAR), DB_CAP_ADMIN},
    {UI_ACT_REMOVE, 0, DB_CAP_ADMIN},
    /* Renaming a unit, typing a published score: the prompt is the change. */
    {UI_ACT_OPEN, UI_SCR(UNITS) | UI_SCR(SCORES), DB_CAP_EDIT},
    {UI_ACT_TICK, 0, DB_CAP_EDIT},
    {UI_ACT_IN_PROGRESS, 0, DB_CAP_EDIT},
    {UI_ACT_UNIT, 0, DB_CAP_EDIT},
    {UI_ACT_LINK, 0, DB_CAP_EDIT},
    {UI_ACT_NOTE, 0, DB_CAP_EDIT},
    {UI_ACT_SCORE, 0, DB_CAP_EDIT},
    {UI_ACT_NEW, 0, DB_CAP_EDIT},
    {UI_ACT_DELETE, 0, DB_CAP_EDIT},
    {UI_ACT_MERGE, 0, DB_CAP_EDIT},
    {UI_ACT_MOVE_UP, 0, DB_CAP_EDIT},
    {UI_ACT_MOVE_DOWN, 0, DB_CAP_EDIT},
    {UI_ACT_CARRY_OVER, 0, DB_CAP_EDIT},
    {UI_ACT_DRAFTS, 0, DB_CAP_DRAFT},
    {UI_ACT_CHECK, 0, DB_CAP_REVIEW},
    {UI_ACT_SEND_BACK, 0, DB_CAP_REVIEW},
};

unsigned ui_action_needs(enum ui_action a, int screen)
{
    for (size_t i = 0; i < sizeof write_actions / sizeof write_actions[0]; i++)
        if (write_actions[i].action == a &&
            (!write_actions[i].screens ||
             (screen >= 0 && (write_actions[i].screens & UI_SCR_BIT(screen)))))
            return write_actions[i].needs;
    return 0;
}

static unsigned needs_on(const struct ui_app *app, enum ui_action a)
{
    const struct ui_screen *top = app->depth ? app->stack[app->depth - 1] : NULL;
    return ui_action_needs(a, top && top->reg ? (int)top->reg->id : -1);
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
