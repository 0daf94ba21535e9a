#include "ui_draw.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "text/tt.h"

/* Cuts cols so that the cell stays on the screen. */
static int clip(int y, int x, int cols)
{
    if (y < 0 || y >= LINES || x < 0 || x >= COLS) return 0;
    return x + cols > COLS ? COLS - x : cols;
}

void ui_put(struct ui_app *app, int y, int x, int cols, const char *text, enum tt_align align,
            enum ui_role role)
{
    cols = clip(y, x, cols);
    if (cols <= 0) return;
    char *safe = tt_sanitize(text ? text : "", TT_SAN_SINGLE_LINE);
    char *cell = safe ? tt_fit_cols(safe, cols, NULL, align) : NULL;
    attrset(app->theme.attr[role]);
    if (cell) {
        mvaddstr(y, x, cell);
    } else { /* out of memory: keep the layout */
        move(y, x);
        for (int i = 0; i < cols; i++)
            addch(' ');
    }
    attrset(A_NORMAL);
    free(cell);
    free(safe);
}

void ui_putf(struct ui_app *app, int y, int x, int cols, enum tt_align align, enum ui_role role,
             const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ui_put(app, y, x, cols, buf, align, role);
}

void ui_fill(struct ui_app *app, int y, int x, int cols, enum ui_role role)
{
    ui_put(app, y, x, cols, "", TT_ALIGN_LEFT, role);
}

/* Glyphs: Unicode box drawing and blocks, or ASCII. Every one is one column wide. */
enum glyph { G_V, G_H, G_TL, G_TR, G_BL, G_BR, G_CROSS, G_FULL, G_EMPTY, G_COUNT };
static const char *const glyphs[2][G_COUNT] = {
    {"│", "─", "┌", "┐", "└", "┘", "┼", "█", "░"},
    {"|", "-", "+", "+", "+", "+", "+", "#", "-"},
};

static const char *glyph(const struct ui_app *app, enum glyph g)
{
    return glyphs[app->ascii ? 1 : 0][g];
}

const char *ui_line_v(const struct ui_app *app)
{
    return glyph(app, G_V);
}

const char *ui_line_cross(const struct ui_app *app)
{
    return glyph(app, G_CROSS);
}

static void repeat(const char *g, int n)
{
    for (int i = 0; i < n; i++)
        addstr(g);
}

void ui_hline(struct ui_app *app, int y, int x, int cols)
{
    cols = clip(y, x, cols);
    if (cols <= 0) return;
    move(y, x);
    repeat(glyph(app, G_H), cols);
}

void ui_bar(struct ui_app *app, int y, int x, int cols, double value, enum ui_role role)
{
    cols = clip(y, x, cols);
    if (cols <= 0) return;
    if (value < 0) value = 0;
    if (value > 100) value = 100;
    int filled = (int)(value * cols / 100.0 + 0.5);
    move(y, x);
    attrset(app->theme.attr[role]);
    repeat(glyph(app, G_FULL), filled);
    attrset(app->theme.attr[UI_ROLE_DIM]);
    repeat(glyph(app, G_EMPTY), cols - filled);
    attrset(A_NORMAL);
}

int ui_text_cols(const char *text)
{
    char *safe = tt_sanitize(text ? text : "", TT_SAN_SINGLE_LINE);
    int w = safe ? tt_width_cols(safe) : 0;
    free(safe);
    return w;
}

void ui_score_text(char *buf, size_t n, int set, double v)
{
    if (set)
        snprintf(buf, n, "%.2f", v);
    else
        snprintf(buf, n, "-");
}

void ui_box(struct ui_app *app, struct ui_rect r, const char *title)
{
    if (r.h < 2 || r.w < 2) return;
    for (int y = r.y + 1; y < r.y + r.h - 1; y++) {
        ui_put(app, y, r.x, 1, glyph(app, G_V), TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        ui_fill(app, y, r.x + 1, r.w - 2, UI_ROLE_NORMAL);
        ui_put(app, y, r.x + r.w - 1, 1, glyph(app, G_V), TT_ALIGN_LEFT, UI_ROLE_NORMAL);
    }
    for (int i = 0; i < 2; i++) {
        int y = i ? r.y + r.h - 1 : r.y;
        if (clip(y, r.x, r.w) < r.w) continue;
        move(y, r.x);
        addstr(glyph(app, i ? G_BL : G_TL));
        repeat(glyph(app, G_H), r.w - 2);
        addstr(glyph(app, i ? G_BR : G_TR));
    }
    if (title && *title) {
        int w = ui_text_cols(title) + 2;
        if (w > r.w - 4) w = r.w - 4;
        if (w > 2) ui_putf(app, r.y, r.x + 2, w, TT_ALIGN_LEFT, UI_ROLE_HEADER, " %s ", title);
    }
}
