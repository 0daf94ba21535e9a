#include "ui_action.h"

#include <stdio.h>
#include <string.h>

#include "ui_app.h"

static const struct ui_action_def actions[UI_ACT_COUNT] = {
#define UI_ACTION_ROW(id, name, keys, help, hint, screens)                                         \
    {UI_ACT_##id, name, keys, help, hint, screens},
    UI_ACTIONS(UI_ACTION_ROW)
#undef UI_ACTION_ROW
/* A registry row listed on the menus opens with its keys from every place. */
#define UI_ACTION_GO_ROW(id, name, kind, needs, place, keys, title, hint, purpose, ops)            \
    {UI_ACT_GO_##id,                                                                               \
     name,                                                                                         \
     (keys) ? (keys) : "",                                                                         \
     (purpose) ? (purpose) : (title),                                                              \
     hint,                                                                                         \
     (place) ? UI_SCR_PLACES : 0},
        UI_SCREENS(UI_ACTION_GO_ROW)
#undef UI_ACTION_GO_ROW
};

const struct ui_action_def *ui_action_def(enum ui_action a)
{
    return (unsigned)a < UI_ACT_COUNT ? &actions[a] : NULL;
}

int ui_action_by_name(const char *name)
{
    for (int i = 0; i < UI_ACT_COUNT; i++)
        if (actions[i].screens && strcmp(actions[i].name, name) == 0) return i;
    return -1;
}

const struct ui_reg *ui_action_target(enum ui_action a)
{
    int first = UI_ACT_GO_PICKER;
    return (int)a >= first && (int)a < UI_ACT_COUNT ? ui_reg_at((int)a - first) : NULL;
}

void ui_scr_list(ui_scr_set screens, int translate, char *buf, unsigned long n)
{
    if ((screens & UI_SCR_ALL) == UI_SCR_ALL) {
        snprintf(buf, n, "%s", translate ? _("all screens") : "all screens");
        return;
    }
    size_t used = 0;
    int dialogs = 0, editors = 0;
    buf[0] = '\0';
    if ((screens & UI_SCR_PLACES) == UI_SCR_PLACES) { /* the year's screens, as one */
        used = (size_t)snprintf(buf, n, "%s",
                                translate ? _("every screen of a year") : "every screen of a year");
        screens &= ~UI_SCR_PLACES;
    }
    for (int i = 0; i < UI_SCR_COUNT && used < n; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        if (!ui_scr_has(screens, i)) continue;
        const char *what = translate ? _(r->title) : r->name;
        if (r->kind == UI_KIND_DIALOG) {
            if (dialogs++) continue;
            what = translate ? _("dialogs") : "dialogs";
        } else if (r->kind == UI_KIND_EDITOR) {
            if (editors++) continue;
            what = translate ? _("editors") : "editors";
        }
        int w = snprintf(buf + used, n - used, "%s%s", used ? ", " : "", what);
        if (w < 0 || (size_t)w >= n - used) { /* never half a name (nor half a character) */
            buf[used] = '\0';
            return;
        }
        used += (size_t)w;
    }
}
