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
#include "ui_retry.h"
#include "ui_theme.h"
#include "whatif.h"

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

/* What-if marks of one agency and year (ui_whatif.h): in the session only, never saved. */
struct ui_whatif_marks {
    long agency_id;
    int year;
    struct whatif_set sets[WHATIF_MAX_SETS];
    size_t n;
};

/* One row of a screen's function table (neomutt's function tables are the model): the
 * handler of one action on that screen. Returns UI_* flags; UI_UNHANDLED passes the action
 * on to the app's own table (ui_app_handlers). A table ends with a row whose fn is NULL. */
typedef int (*ui_handler_fn)(struct ui_screen *s, struct ui_app *app, enum ui_action a);
struct ui_handler {
    enum ui_action action;
    ui_handler_fn fn;
};
/* The moving actions, all to one handler (a list's or a document's). */
#define UI_HANDLE_MOVES(fn)                                                                        \
    {UI_ACT_UP, fn}, {UI_ACT_DOWN, fn}, {UI_ACT_PAGE_UP, fn}, {UI_ACT_PAGE_DOWN, fn},              \
        {UI_ACT_FIRST, fn},                                                                        \
    {                                                                                              \
        UI_ACT_LAST, fn                                                                            \
    }

/* A mouse event, in screen cells. */
enum ui_mouse_kind { UI_MOUSE_CLICK, UI_MOUSE_DOUBLE, UI_MOUSE_WHEEL_UP, UI_MOUSE_WHEEL_DOWN };

struct ui_screen_ops {
    int modal; /* drawn over the screen below, in a box */
    /* Loads what the screen shows; 0, or -1 after ui_message() saying why. */
    int (*enter)(struct ui_screen *s, struct ui_app *app, const void *arg);
    void (*leave)(struct ui_screen *s, struct ui_app *app);
    /* s->area has been set; fit the content to it. */
    void (*layout)(struct ui_screen *s, struct ui_app *app);
    void (*draw)(struct ui_screen *s, struct ui_app *app);
    /* The actions the screen handles itself; the others go to the app's table. */
    const struct ui_handler *handlers;
    /* Optional: sees every key before the keymap (text fields); UI_UNHANDLED to pass. */
    int (*key)(struct ui_screen *s, struct ui_app *app, int key);
    /* Optional: reads again what the screen shows, keeping the user's place when the agency
     * and year are the ones it showed. Called for a visible screen when the agency or year
     * changes (a hidden one is marked stale and reloaded when it comes back into view), and,
     * for a screen without refresh, when it comes back into view after anything was saved
     * (db_data_stamp) and on Ctrl-L. 0 or -1. */
    int (*reload)(struct ui_screen *s, struct ui_app *app);
    /* Optional: the screen is on top and may pick up what other users changed: called when
     * no key came for a while, when the user comes back to it from a screen above, and on
     * Ctrl-L (instead of reload). Returns UI_* flags. */
    int (*refresh)(struct ui_screen *s, struct ui_app *app);
    /* Optional: a click at (y, x) selects what is there; UI_* flags (UI_UNHANDLED when
     * nothing is there). A double click is a click, then the open action. */
    int (*click)(struct ui_screen *s, struct ui_app *app, int y, int x);
    /* Optional: one live figure for the main menu ("done 27 of 35"), translated, into
     * buf ("" when there is nothing to say). Reads the database; no screen is open. */
    void (*figure)(struct ui_app *app, char *buf, size_t n);
};

struct ui_screen {
    const struct ui_screen_ops *ops;
    const struct ui_reg *reg; /* its registry row */
    void *st;                 /* the screen's own state */
    struct ui_rect area;
    int stale;                /* the agency or year changed while it was hidden */
    unsigned long long stamp; /* db_data_stamp when it last read the database */
};

struct ui_app {
    struct itadb *db;
    struct ui_config cfg;
    struct ui_theme theme;
    struct ui_input *in;
    int thai; /* the screens speak Thai */

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
    int ascii;            /* ASCII lines and bars (ascii = on, NCURSES_NO_UTF8_ACS, no UTF-8) */
    int mouse_y, mouse_x; /* the last press, to tell a double click */
    double mouse_ms;
    struct ui_retries retries;     /* changes waiting for a busy database (ui_retry.h) */
    struct ui_whatif_marks whatif; /* what-if marks (ui_whatif.h) */
};

/* Pushes a screen; 0, or -1 (its enter failed and said why). */
int ui_push(struct ui_app *app, const struct ui_screen_ops *ops, const void *arg);
void ui_pop(struct ui_app *app);
struct ui_screen *ui_top(struct ui_app *app);

/* Opens a registry screen (asking for the agency and year first when it needs them and
 * none is chosen); back to it when it is already open. 0 or -1. */
int ui_open(struct ui_app *app, const struct ui_reg *r);

/* Opens a screen by its registry name; -1 for an unknown name. */
int ui_open_named(struct ui_app *app, const char *name);

/* The handler of action a on screen ops (its own table), or NULL. */
ui_handler_fn ui_screen_handler(const struct ui_screen_ops *ops, enum ui_action a);

/* The app's own table: actions any screen passes on (back, help, quit, go to...). */
ui_handler_fn ui_app_handler(enum ui_action a);

/* A mouse event from the terminal; UI_* flags. */
int ui_dispatch_mouse(struct ui_app *app, enum ui_mouse_kind kind, int y, int x);

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

/* Brings the visible screens up to date (they came back into view, or force: Ctrl-L): a
 * stale one reloads, one with a refresh op refreshes, any other reloads if anything was
 * saved since it read the database (or with force). UI_* flags. */
int ui_show_current(struct ui_app *app, int force);

/* Lays out (when needed) and draws everything, then updates the terminal. */
void ui_render(struct ui_app *app);

/* Reads keys until quit, end of script or a signal; returns the exit status. */
int ui_loop(struct ui_app *app);

/* Pops every screen and frees what the app owns (not the database). */
void ui_app_clear(struct ui_app *app);

#endif
