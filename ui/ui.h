/* The curses front end, as the command line and the tests see it. */
#ifndef ITADESK_UI_H
#define ITADESK_UI_H

#include <stdio.h>

#include "db.h"
#include "ui_action.h"

struct ui_options {
    long agency_id;     /* -1: none given */
    int year;           /* 0: none given */
    const char *screen; /* a registry name (ui_screen_names); NULL: the main menu or picker */
    /* Headless sessions (tests, benchmarks): no terminal, a fixed size, output to out
     * (NULL = /dev/null), keys from ui_session_keys. */
    int headless;
    int rows, cols;
    FILE *out;
    int forget; /* neither read nor write the last-choice file */
};

/* The screens of --screen (from the screen registry, ui/ui_registry.h). */
int ui_screen_name_valid(const char *name);

/* Their names, comma-separated ("picker, home, dashboard, ..."), for the usage text. */
void ui_screen_names(char *buf, size_t n);

/* Runs the screens on the terminal until the user quits (or a signal arrives): the exit
 * status (0, or 1 after an error or a signal). Prints its own errors. The database stays
 * open; the caller closes it. */
int ui_main(struct itadb *db, const struct ui_options *o);

/* Headless sessions for tests: start, feed keys, look at the screen, end. */
struct ui_session;
struct ui_session *ui_session_start(struct itadb *db, const struct ui_options *o, char *why,
                                    size_t whysz);
/* Runs a key script (see ui_input_script); 0, or -1 for a bad token. */
int ui_session_keys(struct ui_session *s, const char *script);
/* Runs one action as if its key was pressed, and redraws. */
int ui_session_action(struct ui_session *s, enum ui_action a);
/* The virtual screen as text (malloc'd). */
char *ui_session_dump(struct ui_session *s);
struct ui_app *ui_session_app(struct ui_session *s);
/* Ends curses and frees the session: the exit status. */
int ui_session_end(struct ui_session *s);

/* `itadesk keys`: shows, for each key pressed, the bytes received and the key they decode
 * to, until Ctrl-C twice. The exit status. */
int ui_keys_test(void);

/* Writes the KEYS section of the man page (roff) from the action table's defaults. */
void ui_keys_man(FILE *out);

#endif
