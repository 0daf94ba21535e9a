#include "ui_table.h"

#include <curses.h>
#include <string.h>

/* A fixed column is at least as wide as its (translated) title: a heading is never cut
 * ("คะแนนรวม" where "Total" fitted). 0 for a flexible column. */
static int fixed_width(const struct ui_column *c)
{
    if (!c->width) return 0;
    int title = c->title ? ui_text_cols(c->title) : 0;
    return title > c->width ? title : c->width;
}

/* Columns needed with the given set of shown columns: widths, minimums and separators. */
static int needed(const struct ui_table *t, const int *shown)
{
    int total = 0, n = 0;
    for (int c = 0; c < t->ncols; c++) {
        if (!shown[c]) continue;
        total += t->cols[c].width ? fixed_width(&t->cols[c]) : t->cols[c].min;
        n++;
    }
    return total + (n > 1 ? n - 1 : 0);
}

/* Drops the column with the highest drop number still shown; 0 when none can go. */
static int drop_one(const struct ui_table *t, int *shown)
{
    int worst = -1;
    for (int c = 0; c < t->ncols; c++)
        if (shown[c] && t->cols[c].drop && (worst < 0 || t->cols[c].drop >= t->cols[worst].drop))
            worst = c;
    if (worst < 0) return 0;
    shown[worst] = 0;
    return 1;
}

static void share_flex(struct ui_table *t, const int *shown, int spare)
{
    int flex = 0;
    for (int c = 0; c < t->ncols; c++)
        if (shown[c] && !t->cols[c].width) flex++;
    for (int c = 0; c < t->ncols; c++) {
        if (!shown[c]) {
            t->width[c] = 0;
            continue;
        }
        t->width[c] = fixed_width(&t->cols[c]);
        if (!t->width[c]) {
            int extra = flex ? spare / flex : 0;
            t->width[c] = t->cols[c].min + extra;
            spare -= extra;
            flex--;
        }
    }
}

void ui_table_layout(struct ui_table *t, struct ui_rect area)
{
    int shown[UI_TABLE_MAXCOLS];
    t->area = area;
    for (int c = 0; c < t->ncols; c++)
        shown[c] = 1;
    while (needed(t, shown) > area.w && drop_one(t, shown)) {
    }
    int spare = area.w - needed(t, shown);
    share_flex(t, shown, spare > 0 ? spare : 0);
    int x = area.x;
    for (int c = 0; c < t->ncols; c++) {
        t->x[c] = x;
        if (t->width[c]) x += t->width[c] + 1;
    }
    t->body_h = area.h - (t->no_header ? 0 : 2);
    if (t->body_h < 1) t->body_h = 1;
    ui_table_select(t, t->sel);
}

void ui_table_set_rows(struct ui_table *t, long rows)
{
    t->rows = rows;
    ui_table_select(t, t->sel);
}

void ui_table_select(struct ui_table *t, long row)
{
    if (!t->selectable) {
        long max_top = t->rows - t->body_h;
        t->top = row < 0 ? 0 : row > max_top ? (max_top > 0 ? max_top : 0) : row;
        t->sel = t->top;
        return;
    }
    if (row >= t->rows) row = t->rows - 1;
    if (row < 0) row = 0;
    t->sel = row;
    if (t->sel < t->top) t->top = t->sel;
    if (t->sel >= t->top + t->body_h) t->top = t->sel - t->body_h + 1;
    if (t->top > 0 && t->top + t->body_h > t->rows) {
        t->top = t->rows - t->body_h;
        if (t->top < 0) t->top = 0;
    }
}

int ui_table_handle(struct ui_table *t, enum ui_action a)
{
    long page = t->body_h > 1 ? t->body_h - 1 : 1;
    long to;
    switch (a) {
    case UI_ACT_UP:
        to = t->sel - 1;
        break;
    case UI_ACT_DOWN:
        to = t->sel + 1;
        break;
    case UI_ACT_PAGE_UP:
        to = t->sel - page;
        break;
    case UI_ACT_PAGE_DOWN:
        to = t->sel + page;
        break;
    case UI_ACT_FIRST:
        to = 0;
        break;
    case UI_ACT_LAST:
        to = t->rows;
        break;
    default:
        return UI_UNHANDLED;
    }
    long before = t->sel;
    ui_table_select(t, to);
    return t->sel == before ? UI_NONE : UI_DRAW;
}

static void draw_separators(struct ui_table *t, struct ui_app *app, int y, const char *sep,
                            enum ui_role role)
{
    int first = 1;
    for (int c = 0; c < t->ncols; c++) {
        if (!t->width[c]) continue;
        if (!first) ui_put(app, y, t->x[c] - 1, 1, sep, TT_ALIGN_LEFT, role);
        first = 0;
    }
}

static void draw_header(struct ui_table *t, struct ui_app *app)
{
    int y = t->area.y;
    for (int c = 0; c < t->ncols; c++)
        if (t->width[c])
            ui_put(app, y, t->x[c], t->width[c], t->cols[c].title,
                   t->cols[c].bar ? TT_ALIGN_LEFT : t->cols[c].align, UI_ROLE_HEADER);
    draw_separators(t, app, y, ui_line_v(app), UI_ROLE_NORMAL);
    ui_hline(app, y + 1, t->area.x, t->area.w);
    draw_separators(t, app, y + 1, ui_line_cross(app), UI_ROLE_NORMAL);
}

static void draw_row(struct ui_table *t, struct ui_app *app, int y, long row, ui_cell_fn cell,
                     void *ctx)
{
    int selected = t->selectable && row == t->sel, shown = 0;
    for (int c = 0; c < t->ncols; c++) {
        if (!t->width[c]) continue;
        if (t->select_cols && shown++ == t->select_cols) selected = 0;
        struct ui_cell out;
        memset(&out, 0, sizeof out);
        out.value = -1;
        cell(ctx, row, c, &out);
        enum ui_role role = selected ? UI_ROLE_SELECT : out.role;
        if (t->cols[c].bar && out.value >= 0)
            ui_bar(app, y, t->x[c], t->width[c], out.value, selected ? UI_ROLE_SELECT : out.role);
        else
            ui_put(app, y, t->x[c], t->width[c], out.text, t->cols[c].align, role);
    }
    draw_separators(t, app, y, ui_line_v(app), UI_ROLE_NORMAL);
}

void ui_table_draw(struct ui_table *t, struct ui_app *app, ui_cell_fn cell, void *ctx)
{
    int y = t->area.y;
    if (!t->no_header) {
        draw_header(t, app);
        y += 2;
    }
    for (int i = 0; i < t->body_h && y + i < t->area.y + t->area.h; i++) {
        long row = t->top + i;
        if (row >= t->rows) break;
        draw_row(t, app, y + i, row, cell, ctx);
    }
}

int ui_table_click(struct ui_table *t, int y)
{
    int first = t->area.y + (t->no_header ? 0 : 2);
    long row = t->top + (y - first);
    if (y < first || y >= first + t->body_h || row >= t->rows) return UI_UNHANDLED;
    ui_table_select(t, row);
    return UI_DRAW;
}

int ui_table_full_width(const struct ui_table *t)
{
    int shown[UI_TABLE_MAXCOLS];
    for (int c = 0; c < t->ncols; c++)
        shown[c] = 1;
    return needed(t, shown);
}
