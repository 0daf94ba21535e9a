/* Drawing text into cells. Everything goes through tt_sanitize and the column functions of
 * the text engine: a cell is filled to exactly the columns asked, never split inside a
 * Thai cluster, and a shorter string never leaves the tail of a longer one behind. */
#ifndef ITADESK_UI_DRAW_H
#define ITADESK_UI_DRAW_H

#include "text/tt_fit.h"
#include "ui_app.h"

/* Text (from anywhere: the database, a file, a translation) fitted to exactly cols
 * columns at (y, x), clipped to the screen. */
void ui_put(struct ui_app *app, int y, int x, int cols, const char *text, enum tt_align align,
            enum ui_role role);

void ui_putf(struct ui_app *app, int y, int x, int cols, enum tt_align align, enum ui_role role,
             const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Spaces over cols columns. */
void ui_fill(struct ui_app *app, int y, int x, int cols, enum ui_role role);

/* A score bar for value 0..100 over cols columns: full blocks filled, light shade empty
 * ('#' and '-' in ASCII), so the bar reads without colour; role colours the filled part. */
void ui_bar(struct ui_app *app, int y, int x, int cols, double value, enum ui_role role);

/* Columns text takes once sanitised. */
int ui_text_cols(const char *text);

/* Formats a score with two decimals ("90.49"), or "-" when absent. */
void ui_score_text(char *buf, size_t n, int set, double v);

/* The vertical line and the crossing (│ ┼, or | + in ASCII), one column each. */
const char *ui_line_v(const struct ui_app *app);
const char *ui_line_cross(const struct ui_app *app);

/* A horizontal rule (─, or -) over cols columns. */
void ui_hline(struct ui_app *app, int y, int x, int cols);

/* A box (┌─┐│└┘, or +-| in ASCII) around r with an optional title on its top edge; the inside is
 * cleared. */
void ui_box(struct ui_app *app, struct ui_rect r, const char *title);

#endif
