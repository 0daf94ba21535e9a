/* The application context and the screen stack. A screen is a struct of function
 * pointers; handlers return what to redraw and one place (ui_render) redraws. Modal
 * screens are drawn over the screen below them. */
#ifndef ITADESK_UI_APP_H
#define ITADESK_UI_APP_H

#include <stddef.h>
#include <thai/thbrk.h>

#include "db.h"
#include "ui_action.h"
#include "ui_config.h"
#include "ui_theme.h"

#define UI_MIN_ROWS 10
#define UI_MIN_COLS 40
#define UI_STACK_MAX 16

/* What a handler asks for. */
enum ui_flags {
    UI_NONE = 0,
    UI_DRAW = 1,      /* redraw the screen */
    UI_LAYOUT = 2,    /* recompute layouts, then redraw */
    UI_UNHANDLED = 4, /* not this screen's business: the app handles it */
};

struct ui_rect {
    int y, x, h, w;
};

struct ui_app;
struct ui_screen;

struct ui_screen_ops {
    const char *name; /* as in --screen and the man page */
    unsigned scr;     /* its enum ui_scr bit (the action table's "screens") */
    int modal;        /* drawn over the screen below, in a box */
    /* Loads what the screen shows; 0, or -1 after ui_message() saying why. */
    int (*enter)(struct ui_screen *s, struct ui_app *app, const void *arg);
    void (*leave)(struct ui_screen *s, struct ui_app *app);
    /* s->area has been set; fit the content to it. */
    void (*layout)(struct ui_screen *s, struct ui_app *app);
    void (*draw)(struct ui_screen *s, struct ui_app *app);
    int (*handle)(struct ui_screen *s, struct ui_app *app, enum ui_action a);
    /* Optional: sees every key before the keymap (text fields); UI_UNHANDLED to pass. */
    int (*key)(struct ui_screen *s, struct ui_app *app, int key);
    /* Optional: the agency or year changed under the screen; reload, 0 or -1. */
    int (*reload)(struct ui_screen *s, struct ui_app *app);
    /* Optional: the screen is on top and may pick up what other users changed: called when
     * no key came for a while and when the user comes back to it from a screen above.
     * Returns UI_* flags. */
    int (*refresh)(struct ui_screen *s, struct ui_app *app);
};

struct ui_screen {
    const struct ui_screen_ops *ops;
    void *st; /* the screen's own state */
    struct ui_rect area;
};

struct ui_app {
    struct itadb *db;
    struct ui_config cfg;
    struct ui_theme theme;
    struct ui_input *in;
    ThBrk *brk; /* libthai word breaker, NULL without the dictionary */
    int thai;   /* the screens speak Thai */

    struct ui_screen *stack[UI_STACK_MAX];
    int depth;

    long agency_id; /* current choice, -1 = none */
    char *agency_name;
    int year;
    char state_path[1024]; /* last choice file ("" = do not remember) */

    char message[512]; /* shown on the status line until the next key */
    int message_error;
    int cursor_y, cursor_x; /* where the terminal cursor shows (-1 = hidden) */
    int quit, exit_code;
    int need_layout;
};

/* Pushes a screen; 0, or -1 (its enter failed and said why). */
int ui_push(struct ui_app *app, const struct ui_screen_ops *ops, const void *arg);
void ui_pop(struct ui_app *app);
struct ui_screen *ui_top(struct ui_app *app);

/* Opens a screen by name: picker, dashboard, indicators, oit, plans. -1 for an unknown
 * name. */
int ui_open_named(struct ui_app *app, const char *name);

/* Sets the current agency and year (remembering them), and reloads the screens. */
int ui_set_choice(struct ui_app *app, long agency_id, int year);

/* A message for the status line (printf format, already translated). */
void ui_message(struct ui_app *app, int error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The action of key on the top screen outside text fields: its binding, else, for a Thai
 * key typed with the Kedmanee layout on, the action of the Latin key at the same place when
 * that action works on this screen (so that Thai letters that mean nothing here stay text
 * for a screen's type-to-search); -1 for none. */
int ui_key_action(struct ui_app *app, int key);

/* One key, or one action, through the top screen and then the app. Returns UI_* flags. */
int ui_dispatch_key(struct ui_app *app, int key);
int ui_dispatch(struct ui_app *app, enum ui_action a);

/* Lets the top screen pick up other users' changes (its refresh op); UI_* flags. */
int ui_refresh_top(struct ui_app *app);

/* Lays out (when needed) and draws everything, then updates the terminal. */
void ui_render(struct ui_app *app);

/* Reads keys until quit, end of script or a signal; returns the exit status. */
int ui_loop(struct ui_app *app);

/* Pops every screen and frees what the app owns (not the database). */
void ui_app_clear(struct ui_app *app);

#endif
