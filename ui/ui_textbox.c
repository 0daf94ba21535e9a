#include "ui_textbox.h"

#include "text/tt.h"

static void rewrap(struct ui_textbox *b)
{
    tt_wrap(b->brk, b->f.text, b->f.len, b->width, &b->lines);
}

int ui_textbox_init(struct ui_textbox *b, const char *text, int width, ThBrk *brk)
{
    *b = (struct ui_textbox){.width = width, .goal = -1, .brk = brk};
    if (tt_field_init(&b->f, text)) return -1;
    rewrap(b);
    return b->lines.n ? 0 : -1;
}

void ui_textbox_free(struct ui_textbox *b)
{
    tt_field_free(&b->f);
    tt_lines_free(&b->lines);
}

void ui_textbox_set_width(struct ui_textbox *b, int width)
{
    b->width = width;
    rewrap(b);
}

void ui_textbox_cursor(const struct ui_textbox *b, size_t *line, int *col)
{
    *line = 0;
    *col = 0;
    if (!b->lines.n) return;
    *line = tt_lines_find(&b->lines, b->f.cur);
    const tt_line *l = &b->lines.v[*line];
    size_t upto = b->f.cur - l->off;
    if (upto > l->len) upto = l->len; /* in the spaces of a soft break: end of the line */
    *col = tt_width_cols_n(b->f.text + l->off, upto);
}

void ui_textbox_left(struct ui_textbox *b)
{
    tt_field_left(&b->f);
    b->goal = -1;
}

void ui_textbox_right(struct ui_textbox *b)
{
    tt_field_right(&b->f);
    b->goal = -1;
}

/* Byte offset of the end of line i: where the next line starts when the break had no
 * space (a Thai word break) would show on that next line, so step back one cluster. */
static size_t line_end(const struct ui_textbox *b, size_t i)
{
    const tt_line *l = &b->lines.v[i];
    size_t end = l->off + l->len;
    if (l->len && i + 1 < b->lines.n && b->lines.v[i + 1].off == end)
        end = tt_cursor_left(b->f.text, b->f.len, end);
    return end;
}

/* To line index `to`, as near the goal column as its clusters allow. */
static void to_line(struct ui_textbox *b, size_t to)
{
    size_t line;
    int col;
    ui_textbox_cursor(b, &line, &col);
    if (b->goal < 0) b->goal = col;
    const tt_line *l = &b->lines.v[to];
    size_t off = l->off + tt_offset_at_col(b->f.text + l->off, l->len, b->goal, NULL);
    size_t end = line_end(b, to);
    tt_field_set_cursor(&b->f, off < end ? off : end);
}

void ui_textbox_up(struct ui_textbox *b)
{
    size_t line;
    int col;
    ui_textbox_cursor(b, &line, &col);
    if (line > 0) to_line(b, line - 1);
}

void ui_textbox_down(struct ui_textbox *b)
{
    size_t line;
    int col;
    ui_textbox_cursor(b, &line, &col);
    if (line + 1 < b->lines.n) to_line(b, line + 1);
}

void ui_textbox_home(struct ui_textbox *b)
{
    size_t line;
    int col;
    ui_textbox_cursor(b, &line, &col);
    if (b->lines.n) tt_field_set_cursor(&b->f, b->lines.v[line].off);
    b->goal = -1;
}

void ui_textbox_end(struct ui_textbox *b)
{
    size_t line;
    int col;
    ui_textbox_cursor(b, &line, &col);
    if (b->lines.n) tt_field_set_cursor(&b->f, line_end(b, line));
    b->goal = -1;
}

enum tt_insert_result ui_textbox_insert(struct ui_textbox *b, unsigned cp)
{
    enum tt_insert_result r = tt_field_insert(&b->f, cp);
    b->goal = -1;
    rewrap(b);
    return r;
}

int ui_textbox_newline(struct ui_textbox *b)
{
    int rc = tt_field_insert_text(&b->f, "\n");
    b->goal = -1;
    rewrap(b);
    return rc;
}

int ui_textbox_backspace(struct ui_textbox *b)
{
    int rc = tt_field_backspace(&b->f);
    b->goal = -1;
    rewrap(b);
    return rc;
}

int ui_textbox_delete(struct ui_textbox *b)
{
    int rc = tt_field_delete(&b->f);
    b->goal = -1;
    rewrap(b);
    return rc;
}
