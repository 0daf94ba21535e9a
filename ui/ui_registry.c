#include "ui_registry.h"

#include <stdio.h>
#include <string.h>

#include "ui_screens.h"

static const struct ui_reg rows[UI_SCR_COUNT] = {
#define UI_REG_ROW(id, name, kind, needs, place, keys, title, hint, purpose, ops)                  \
    {UI_SCR_ID_##id, name, kind, needs, place, keys, title, hint, purpose, &ops},
    UI_SCREENS(UI_REG_ROW)
#undef UI_REG_ROW
};

/* The action table's sets are 64-bit (ui_scr_set); UI_SCR_PLACES is two 31-bit halves. */
_Static_assert(UI_SCR_COUNT <= UI_SCR_MAX, "more screens than bits in a ui_scr_set");

const struct ui_reg *ui_reg_at(int i)
{
    return i >= 0 && i < UI_SCR_COUNT ? &rows[i] : NULL;
}

const struct ui_reg *ui_reg_of(const struct ui_screen_ops *ops)
{
    for (int i = 0; i < UI_SCR_COUNT; i++)
        if (rows[i].ops == ops) return &rows[i];
    return NULL;
}

const struct ui_reg *ui_reg_by_name(const char *name)
{
    for (int i = 0; i < UI_SCR_COUNT; i++)
        if (strcmp(rows[i].name, name) == 0) return &rows[i];
    return NULL;
}

int ui_reg_openable(const struct ui_reg *r)
{
    return r && (r->place > 0 || r->id == UI_SCR_ID_PICKER);
}

void ui_reg_names(char *buf, unsigned long n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < UI_SCR_COUNT && used < n; i++) {
        if (!ui_reg_openable(&rows[i])) continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? ", " : "", rows[i].name);
        if (w > 0) used += (size_t)w;
    }
}
