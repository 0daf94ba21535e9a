/* A table: a header, a rule, and rows of cells with widths in display columns, columns
 * separated by '|' in the same column on every row. Rows come from a callback, so a list
 * only materialises the rows it shows. Narrow terminals drop the least important columns. */
#ifndef ITADESK_UI_TABLE_H
#define ITADESK_UI_TABLE_H

#include "ui_app.h"
#include "ui_draw.h"

#define UI_TABLE_MAXCOLS 16

struct ui_column {
    const char *title; /* translated where the table is set up (N_() in static tables) */
    int width;         /* columns; 0 = shares what is left with the other flexible ones */
    int min;           /* a flexible column's minimum */
    enum tt_align align;
    int drop; /* 0 = always shown; higher numbers are dropped first when narrow */
    int bar;  /* draw a score bar from the cell's value instead of text */
};

/* One cell as the callback fills it. text points at buf or at a string that outlives the
 * draw call; NULL = empty. */
struct ui_cell {
    const char *text;
    char buf[128];
    enum ui_role role;
    double value; /* for bar columns, 0..100; < 0 = no bar */
};

/* Fills *out for (row, col); out arrives zeroed with role NORMAL and value -1. */
typedef void (*ui_cell_fn)(void *ctx, long row, int col, struct ui_cell *out);

struct ui_table {
    const struct ui_column *cols;
    int ncols;
    int width[UI_TABLE_MAXCOLS]; /* computed; 0 = dropped */
    int x[UI_TABLE_MAXCOLS];
    struct ui_rect area;
    int body_h; /* rows of data that fit */
    long rows, sel, top;
    int selectable;  /* 0 = a read-only table: moves scroll */
    int select_cols; /* columns the selection highlights (0 = all): fewer bytes per move */
    int no_header;
};

/* Computes the column widths for area (header + rule + body). */
void ui_table_layout(struct ui_table *t, struct ui_rect area);

/* Columns every column takes at its width (or minimum), separators included. */
int ui_table_full_width(const struct ui_table *t);

/* Sets the number of rows, keeping the selection within it. */
void ui_table_set_rows(struct ui_table *t, long rows);

/* Selects row (clamped) and scrolls it into view. */
void ui_table_select(struct ui_table *t, long row);

/* Moves for the scrolling actions; UI_DRAW, or UI_UNHANDLED for any other action. */
int ui_table_handle(struct ui_table *t, enum ui_action a);

/* A click on screen row y selects the table row there: UI_DRAW, or UI_UNHANDLED when y
 * holds no row. */
int ui_table_click(struct ui_table *t, int y);

void ui_table_draw(struct ui_table *t, struct ui_app *app, ui_cell_fn cell, void *ctx);

#endif
