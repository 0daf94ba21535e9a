/* The menu bar (F9, Esc 9, x): over any screen, the title line turns into a bar of three
 * menus — this screen's actions, the places to go, and the general ones — each dropped
 * down with the key of every entry beside it. Generated from the action table and the
 * screen registry, so a new action or screen appears in it without a line here. */
#ifndef ITADESK_UI_MENU_H
#define ITADESK_UI_MENU_H

#include "ui_app.h"

enum ui_menu_id { UI_MENU_ACTIONS, UI_MENU_GO, UI_MENU_GENERAL, UI_MENU_COUNT };

/* Opens the menu bar over the top screen on menu `which` (the first one with entries
 * when it has none). 0, or -1 when the screen offers nothing. */
int ui_menu_open(struct ui_app *app, int which);

/* The label drawn at the left of the title line and the status line ("F9 Menu"), whose
 * click opens the menu; its columns. */
int ui_menu_label(struct ui_app *app, char *buf, size_t n);

#endif
