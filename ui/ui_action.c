#include "ui_action.h"

#include <string.h>

static const struct ui_action_def actions[UI_ACT_COUNT] = {
#define UI_ACTION_ROW(id, name, keys, help, hint, screens)                                         \
    {UI_ACT_##id, name, keys, help, hint, screens},
    UI_ACTIONS(UI_ACTION_ROW)
#undef UI_ACTION_ROW
};

/* Indexed by bit position of enum ui_scr. */
static const struct {
    const char *name;
    const char *title;
} screens[UI_SCR_COUNT] = {
    {"picker", N_("Agency and year")},  {"year", N_("Fiscal year")},
    {"dashboard", N_("Dashboard")},     {"indicators", N_("Indicators")},
    {"detail", N_("Indicator detail")}, {"help", N_("Help")},
    {"todo", N_("Not built yet")},      {"oit", N_("OIT checklist")},
    {"dialog", N_("Dialog")},           {"plans", N_("Action plan")},
    {"editor", N_("Editor")},
};

const struct ui_action_def *ui_action_def(enum ui_action a)
{
    return (unsigned)a < UI_ACT_COUNT ? &actions[a] : NULL;
}

int ui_action_by_name(const char *name)
{
    for (int i = 0; i < UI_ACT_COUNT; i++)
        if (strcmp(actions[i].name, name) == 0) return i;
    return -1;
}

static int bit_index(unsigned bit)
{
    for (int i = 0; i < UI_SCR_COUNT; i++)
        if (bit == 1u << i) return i;
    return -1;
}

const char *ui_scr_name(unsigned scr_bit)
{
    int i = bit_index(scr_bit);
    return i < 0 ? "?" : screens[i].name;
}

const char *ui_scr_title(unsigned scr_bit)
{
    int i = bit_index(scr_bit);
    return i < 0 ? "?" : _(screens[i].title);
}
