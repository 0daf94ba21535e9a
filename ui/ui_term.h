/* Starting and stopping curses: on the user's terminal, or headless (output to a file or
 * /dev/null, at a given size) for golden tests and benchmarks. Also the signal flag:
 * SIGINT/SIGTERM/SIGHUP only set it; the main loop sees it and leaves cleanly. */
#ifndef ITADESK_UI_TERM_H
#define ITADESK_UI_TERM_H

#include <curses.h>
#include <signal.h>
#include <stdio.h>

#include "ui_config.h"
#include "ui_theme.h"

/* The number of the last SIGINT/SIGTERM/SIGHUP received, 0 if none. The only global
 * that changes: a signal handler may do nothing else safely. */
extern volatile sig_atomic_t ui_signal_caught;

struct ui_term_opts {
    int headless;     /* no terminal: draw into out at rows x cols */
    int rows, cols;   /* headless size */
    FILE *out;        /* headless output (the bench counts its bytes); NULL = /dev/null */
    const char *term; /* headless terminal type; NULL = xterm-256color */
    enum ui_color color;
};

struct ui_term {
    SCREEN *screen;
    FILE *in, *out;
    int own_in, own_out;
    int saved_stderr; /* fd of the real stderr while curses owns the terminal, or -1 */
    FILE *err_log;    /* what was written to stderr meanwhile, shown after endwin */
    struct sigaction old[3];
    int signals_set;
    unsigned key_flags; /* UI_DECODE_* for the input decoder (application cursor mode) */
};

/* Starts curses and fills theme. -1 (with a translated reason in why) when there is no
 * terminal to draw on or the terminal type is unknown. */
int ui_term_start(struct ui_term *t, const struct ui_term_opts *o, struct ui_theme *theme,
                  char *why, size_t whysz);

/* Leaves curses, restores the terminal, stderr and the signal handlers. Safe to call
 * twice. */
void ui_term_stop(struct ui_term *t);

/* Headless only: the terminal is now rows x cols (as a window manager resize would). */
void ui_term_resize(int rows, int cols);

#endif
