/* The screen registry and the function tables: every action the action table offers on a
 * screen has a handler there (the screen's own table or the app's), so no key shown in the
 * help, the status line or the menu bar is dead; every registry row is whole; and every
 * handler a screen lists is for an action offered on it (a handler nobody can reach is a
 * key missing from the action table). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "ui_app.h"
#include "ui_registry.h"
#include "ui_screens.h"

Test(ui_actions, every_offered_action_has_a_handler)
{
    for (int i = 0; i < UI_SCR_COUNT; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        for (int a = 0; a < UI_ACT_COUNT; a++) {
            const struct ui_action_def *d = ui_action_def((enum ui_action)a);
            if (!ui_scr_has(d->screens, i)) continue;
            int found = ui_screen_handler(r->ops, d->id) || ui_app_handler(d->id);
            cr_expect(found, "'%s' is offered on screen '%s' but nothing handles it there", d->name,
                      r->name);
        }
    }
}

Test(ui_actions, every_handler_is_for_an_offered_action)
{
    for (int i = 0; i < UI_SCR_COUNT; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        for (const struct ui_handler *h = r->ops->handlers; h && h->fn; h++)
            cr_expect(ui_scr_has(ui_action_def(h->action)->screens, i),
                      "screen '%s' handles '%s', which the action table does not offer there",
                      r->name, ui_action_def(h->action)->name);
    }
}

Test(ui_actions, registry_rows_are_whole)
{
    for (int i = 0; i < UI_SCR_COUNT; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        cr_assert_not_null(r);
        cr_expect_eq((int)r->id, i);
        cr_expect(r->name && *r->name && r->title && *r->title, "row %d lacks a name or title", i);
        cr_expect_eq(ui_reg_of(r->ops), r, "'%s': its ops belong to another row", r->name);
        cr_expect_eq(ui_reg_by_name(r->name), r, "'%s' is named twice", r->name);
        cr_expect(r->ops->enter && r->ops->draw, "'%s' has no enter or draw", r->name);
        if (r->place) {
            cr_expect(r->purpose && r->keys, "'%s' is on the menus without a purpose or key",
                      r->name);
            cr_expect(r->kind == UI_KIND_SCREEN, "'%s': only full screens are places", r->name);
        }
        cr_expect_eq(r->kind == UI_KIND_DIALOG, r->ops->modal != 0,
                     "'%s': a dialog is modal and a screen is not", r->name);
    }
    cr_expect_null(ui_reg_at(UI_SCR_COUNT));
}

Test(ui_actions, go_actions_open_their_screen)
{
    for (int i = 0; i < UI_SCR_COUNT; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        enum ui_action a = (enum ui_action)(UI_ACT_GO_PICKER + i);
        cr_expect_eq(ui_action_target(a), r);
        cr_expect_str_eq(ui_action_def(a)->name, r->name);
        if (r->place) cr_expect_eq(ui_action_by_name(r->name), (int)a, "bind.%s", r->name);
    }
    cr_expect_null(ui_action_target(UI_ACT_OPEN));
}

/* The names --screen takes (its usage error lists them): the picker and every place on the
 * menus, in registry order; never a dialog, an editor or a screen reached only from another
 * (a new place is listed without touching this test). */
Test(ui_actions, screen_names_list_the_places)
{
    char names[1024], want[1024] = "";
    ui_reg_names(names, sizeof names);
    for (int i = 0; i < UI_SCR_COUNT; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        if (r->place > 0 || r->id == UI_SCR_ID_PICKER)
            snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s", *want ? ", " : "",
                     r->name);
    }
    cr_expect_str_eq(names, want);
    cr_expect(strncmp(names, "picker, home, todo, dashboard, indicators, oit, ", 48) == 0, "%s",
              names);
    for (const char *no = "detail\0editor\0carry\0print\0menu\0"; *no; no += strlen(no) + 1)
        cr_expect_null(strstr(names, no), "'%s' in: %s", no, names);
}

/* The sets the action table uses are computed from the rows' kind and needs, for every row
 * of the registry (a 64-bit set: a 33rd screen is one more row, not a wider mask). */
Test(ui_actions, screen_sets_follow_the_rows)
{
    cr_expect_leq(UI_SCR_COUNT, UI_SCR_MAX);
    for (int i = 0; i < UI_SCR_COUNT; i++) {
        const struct ui_reg *r = ui_reg_at(i);
        int place = r->kind == UI_KIND_SCREEN && r->needs_choice;
        cr_expect_eq(ui_scr_has(UI_SCR_PLACES, i), place, "'%s' in the year's places", r->name);
        cr_expect_eq(ui_scr_has(UI_SCR_DIALOGS, i), r->kind == UI_KIND_DIALOG, "'%s'", r->name);
        cr_expect_eq(ui_scr_has(UI_SCR_EDITORS, i), r->kind == UI_KIND_EDITOR, "'%s'", r->name);
        cr_expect(ui_scr_has(UI_SCR_ALL, i), "'%s' missing from all screens", r->name);
        int text =
            r->kind == UI_KIND_EDITOR || r->id == UI_SCR_ID_PROMPT || r->id == UI_SCR_ID_NOTE;
        cr_expect_eq(ui_scr_has(UI_SCR_SCROLL, i), !text, "'%s' scrolls", r->name);
    }
    cr_expect_not(ui_scr_has(UI_SCR_ALL, UI_SCR_COUNT));
}

/* The help's "(on: ...)" under an action lists every screen, and a short buffer gets whole
 * names only: Enter's list once stopped at 512 bytes inside a Thai character. */
Test(ui_actions, screen_list_is_whole)
{
    char buf[2048];
    ui_scr_list(ui_action_def(UI_ACT_OPEN)->screens, 0, buf, sizeof buf);
    cr_expect(strstr(buf, "overview, framework, carry, calendar") != NULL, "%s", buf);
    for (size_t n = 1; n < 120; n++) {
        char small[120];
        ui_scr_list(ui_action_def(UI_ACT_OPEN)->screens, 0, small, n);
        size_t len = strlen(small);
        cr_expect_lt(len, n);
        cr_expect(strncmp(buf, small, len) == 0 && (!len || buf[len] == ',' || !buf[len]),
                  "%zu bytes: '%s' ends inside a name", n, small);
    }
}
