/* What each part of the screen looks like: colour pairs when the terminal has colours and
 * the user allows them, otherwise attributes only (reverse, bold, underline). */
#ifndef ITADESK_UI_THEME_H
#define ITADESK_UI_THEME_H

#include <curses.h>

enum ui_role {
    UI_ROLE_NORMAL,
    UI_ROLE_TITLE,   /* top line */
    UI_ROLE_STATUS,  /* bottom line */
    UI_ROLE_MESSAGE, /* a message on the bottom line */
    UI_ROLE_HEADER,  /* table headers, section titles */
    UI_ROLE_SELECT,  /* the selected line */
    UI_ROLE_BAR,     /* filled part of a score bar */
    UI_ROLE_WEAK,    /* the weakest indicator, and its bar */
    UI_ROLE_WARN,    /* ≠ marks, unknown catalog entries */
    UI_ROLE_DIM,     /* secondary text, empty part of bars */
    UI_ROLE_GOOD,    /* done, passed */
    /* a status-line hint the user's role cannot do (greyed out) */
    UI_ROLE_STATUS_OFF,
    UI_ROLE_COUNT
};

struct ui_theme {
    attr_t attr[UI_ROLE_COUNT];
    int color; /* colour pairs in use */
};

/* Monochrome attributes; with use_color (after start_color) the colour pairs too. */
void ui_theme_init(struct ui_theme *t, int use_color);

#endif
