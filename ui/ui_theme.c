#include "ui_theme.h"

static const attr_t mono[UI_ROLE_COUNT] = {
    [UI_ROLE_NORMAL] = A_NORMAL,
    [UI_ROLE_TITLE] = A_REVERSE | A_BOLD,
    [UI_ROLE_STATUS] = A_REVERSE,
    [UI_ROLE_MESSAGE] = A_BOLD,
    [UI_ROLE_HEADER] = A_BOLD | A_UNDERLINE,
    [UI_ROLE_SELECT] = A_REVERSE,
    [UI_ROLE_BAR] = A_NORMAL,
    [UI_ROLE_WEAK] = A_BOLD,
    [UI_ROLE_WARN] = A_BOLD,
    [UI_ROLE_DIM] = A_DIM,
    [UI_ROLE_GOOD] = A_NORMAL,
    [UI_ROLE_STATUS_OFF] = A_REVERSE | A_DIM,
};

/* Pair number = role; -1 is the terminal's default colour (use_default_colors). */
static const struct {
    short fg, bg;
    attr_t extra;
} colors[UI_ROLE_COUNT] = {
    [UI_ROLE_TITLE] = {COLOR_WHITE, COLOR_BLUE, A_BOLD},
    [UI_ROLE_STATUS] = {COLOR_BLACK, COLOR_CYAN, 0},
    [UI_ROLE_MESSAGE] = {COLOR_YELLOW, -1, A_BOLD},
    [UI_ROLE_HEADER] = {COLOR_CYAN, -1, A_BOLD},
    [UI_ROLE_SELECT] = {COLOR_BLACK, COLOR_YELLOW, 0},
    [UI_ROLE_BAR] = {COLOR_GREEN, -1, 0},
    [UI_ROLE_WEAK] = {COLOR_RED, -1, A_BOLD},
    [UI_ROLE_WARN] = {COLOR_MAGENTA, -1, A_BOLD},
    [UI_ROLE_DIM] = {COLOR_BLUE, -1, 0},
    [UI_ROLE_GOOD] = {COLOR_GREEN, -1, A_BOLD},
    [UI_ROLE_STATUS_OFF] = {COLOR_BLUE, COLOR_CYAN, A_DIM},
};

void ui_theme_init(struct ui_theme *t, int use_color)
{
    t->color = 0;
    for (int r = 0; r < UI_ROLE_COUNT; r++)
        t->attr[r] = mono[r];
    if (!use_color || COLOR_PAIRS < UI_ROLE_COUNT) return;
    t->color = 1;
    for (int r = 1; r < UI_ROLE_COUNT; r++) {
        init_pair((short)r, colors[r].fg, colors[r].bg);
        t->attr[r] = COLOR_PAIR(r) | colors[r].extra;
    }
}
