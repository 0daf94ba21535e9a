/* Mouse events from curses, turned into clicks, double clicks and wheel moves. */
#ifndef ITADESK_UI_MOUSE_H
#define ITADESK_UI_MOUSE_H

#include "ui_app.h"

/* Asks the terminal for mouse events when the config says mouse = on. */
void ui_mouse_start(struct ui_app *app);

/* After curses delivered KEY_MOUSE: reads the event and dispatches it; UI_* flags. */
int ui_mouse_read(struct ui_app *app);

#endif
