#include "ui_term.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "ui_decode.h"

volatile sig_atomic_t ui_signal_caught;

static const int caught_signals[3] = {SIGINT, SIGTERM, SIGHUP};

static void on_signal(int sig)
{
    ui_signal_caught = sig;
}

/* Installed before newterm(): ncurses then leaves these signals to us instead of
 * exiting from inside its own handler. No SA_RESTART, so a blocked read returns. */
static void install_signals(struct ui_term *t)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < 3; i++)
        sigaction(caught_signals[i], &sa, &t->old[i]);
    t->signals_set = 1;
}

static void restore_signals(struct ui_term *t)
{
    if (!t->signals_set) return;
    for (int i = 0; i < 3; i++)
        sigaction(caught_signals[i], &t->old[i], NULL);
    t->signals_set = 0;
}

/* Anything a library prints on stderr would scribble over the screen: keep it in a
 * temporary file and show it once the terminal is restored. */
static void redirect_stderr(struct ui_term *t)
{
    t->saved_stderr = -1;
    t->err_log = tmpfile();
    if (!t->err_log) return;
    fflush(stderr);
    t->saved_stderr = dup(STDERR_FILENO);
    if (t->saved_stderr < 0 || dup2(fileno(t->err_log), STDERR_FILENO) < 0) {
        fclose(t->err_log);
        t->err_log = NULL;
    }
}

static void restore_stderr(struct ui_term *t)
{
    if (t->saved_stderr < 0) return;
    fflush(stderr);
    dup2(t->saved_stderr, STDERR_FILENO);
    close(t->saved_stderr);
    t->saved_stderr = -1;
    if (!t->err_log) return;
    rewind(t->err_log);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, t->err_log)) > 0)
        fwrite(buf, 1, n, stderr);
    fclose(t->err_log);
    t->err_log = NULL;
}

/* The decoder (ui_decode.c) reads the terminal's sequences itself: curses' table, made
 * from a terminfo entry that rarely matches the real terminal (TERM=xterm on PuTTY), is
 * emptied so that every character reaches it and nothing is lost to a half-known
 * sequence. Keypad mode stays on: curses still sends smkx (application cursor mode) and
 * takes it back around a suspend, and still reports the resize. */
static unsigned take_over_keys(void)
{
    for (int k = KEY_MIN; k < KEY_MAX + 512; k++)
        if (k != KEY_RESIZE) keyok(k, FALSE);
    char *smkx = tigetstr("smkx");
    return smkx && smkx != (char *)-1 && strstr(smkx, "?1h") ? UI_DECODE_APP_CURSOR : 0;
}

static int colors_wanted(enum ui_color c)
{
    if (c == UI_COLOR_NEVER) return 0;
    const char *no = getenv("NO_COLOR");
    if (c == UI_COLOR_AUTO && no && *no) return 0;
    return has_colors();
}

static int open_streams(struct ui_term *t, const struct ui_term_opts *o, char *why, size_t n)
{
    if (o->headless) {
        t->in = fopen("/dev/null", "r");
        t->out = o->out ? o->out : fopen("/dev/null", "w");
        t->own_in = 1;
        t->own_out = !o->out;
        if (t->in && t->out) return 0;
        snprintf(why, n, "%s", _("cannot open /dev/null"));
        return -1;
    }
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        snprintf(why, n, "%s", _("the screens need a terminal (standard input and output)"));
        return -1;
    }
    t->in = stdin;
    t->out = stdout;
    return 0;
}

static void close_streams(struct ui_term *t)
{
    if (t->own_in && t->in) fclose(t->in);
    if (t->own_out && t->out) fclose(t->out);
    t->in = t->out = NULL;
    t->own_in = t->own_out = 0;
}

int ui_term_start(struct ui_term *t, const struct ui_term_opts *o, struct ui_theme *theme,
                  char *why, size_t whysz)
{
    memset(t, 0, sizeof *t);
    t->saved_stderr = -1;
    ui_signal_caught = 0;
    if (open_streams(t, o, why, whysz)) {
        close_streams(t);
        return -1;
    }
    install_signals(t);
    const char *term = o->headless ? (o->term ? o->term : "xterm-256color") : NULL;
    t->screen = newterm(term, t->out, t->in);
    if (!t->screen) {
        snprintf(why, whysz, _("unknown terminal type '%s' (check TERM)"),
                 term ? term : (getenv("TERM") ? getenv("TERM") : ""));
        restore_signals(t);
        close_streams(t);
        return -1;
    }
    set_term(t->screen);
    if (!o->headless) redirect_stderr(t);
    /* Raw: Ctrl-S, Ctrl-Q, Ctrl-Z, Ctrl-C and Ctrl-backslash are keys (flow control and the
     * terminal's signals off); a SIGTSTP sent from outside still suspends (curses' handler
     * restores the terminal and redraws on SIGCONT). */
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(0); /* the decoder waits for the rest of a sequence itself */
    curs_set(0);
    t->key_flags = take_over_keys();
    if (o->headless) resize_term(o->rows, o->cols);
    int color = colors_wanted(o->color);
    if (color && start_color() == OK)
        use_default_colors();
    else
        color = 0;
    ui_theme_init(theme, color);
    return 0;
}

void ui_term_stop(struct ui_term *t)
{
    if (!t->screen) return;
    curs_set(1);
    endwin();
    delscreen(t->screen);
    t->screen = NULL;
    restore_stderr(t);
    restore_signals(t);
    close_streams(t);
}

void ui_term_resize(int rows, int cols)
{
    resize_term(rows, cols);
}
