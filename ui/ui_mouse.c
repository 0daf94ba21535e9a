/* The mouse (mouse = on in the config): curses reports presses and releases one by one
 * (mouseinterval 0, so nothing waits to tell a click from a double click); a second
 * press on the same cell soon after the first is a double click. */
#include "ui_mouse.h"

#include <curses.h>
#include <time.h>

#define DOUBLE_CLICK_MS 400

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

void ui_mouse_start(struct ui_app *app)
{
    if (!app->cfg.mouse) return;
    mouseinterval(0);
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
}

/* One event; UI_* flags. */
static int handle(struct ui_app *app, const MEVENT *ev)
{
    if (ev->bstate & BUTTON4_PRESSED)
        return ui_dispatch_mouse(app, UI_MOUSE_WHEEL_UP, ev->y, ev->x);
    if (ev->bstate & BUTTON5_PRESSED)
        return ui_dispatch_mouse(app, UI_MOUSE_WHEEL_DOWN, ev->y, ev->x);
    if (!(ev->bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))) return UI_NONE;
    double t = now_ms();
    int dbl = ev->y == app->mouse_y && ev->x == app->mouse_x && t - app->mouse_ms < DOUBLE_CLICK_MS;
    app->mouse_y = ev->y;
    app->mouse_x = ev->x;
    app->mouse_ms = dbl ? 0 : t; /* a third press starts again */
    return ui_dispatch_mouse(app, dbl ? UI_MOUSE_DOUBLE : UI_MOUSE_CLICK, ev->y, ev->x);
}

int ui_mouse_read(struct ui_app *app)
{
    MEVENT ev[16];
    int n = 0, flags = UI_NONE;
    /* Reports that came in one read (a fast click, then another, over a slow link) are
     * queued behind one KEY_MOUSE, and getmouse hands out the newest first: take them all,
     * then play them oldest first, or the second click lands on the screen the first one
     * has not opened yet. */
    while (n < 16 && getmouse(&ev[n]) == OK)
        n++;
    while (n-- > 0)
        flags |= handle(app, &ev[n]);
    return flags;
}
