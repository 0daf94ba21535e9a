/* The text area: wrapping, mapping the byte cursor to (row, column) and back, and cursor
 * moves. Edits and undo are in tt_area_edit.c. */
#include "tt_area.h"

#include <stdlib.h>
#include <string.h>

#include "tt_cluster.h"
#include "tt_cursor.h"
#include "tt_utf8.h"
#include "tt_width.h"

int tt_area_rewrap(tt_area *a)
{
    return tt_wrap(a->brk, a->f.text, a->f.len, a->width, &a->lines);
}

int tt_area_init(tt_area *a, ThBrk *brk, const char *text, int width)
{
    *a = (tt_area){0};
    a->brk = brk;
    a->width = width < 1 ? 1 : width;
    a->goal = -1;
    if (tt_field_init(&a->f, text)) return -1;
    a->f.cur = 0;
    if (tt_area_rewrap(a)) {
        tt_area_free(a);
        return -1;
    }
    return 0;
}

static void stack_clear(struct tt_area_stack *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i].text);
    s->n = 0;
    s->bytes = 0;
}

void tt_area_free(tt_area *a)
{
    tt_field_free(&a->f);
    tt_lines_free(&a->lines);
    stack_clear(&a->undo);
    stack_clear(&a->redo);
    free(a->undo.v);
    free(a->redo.v);
    *a = (tt_area){0};
}

int tt_area_set_text(tt_area *a, const char *text)
{
    if (tt_field_set_text(&a->f, text)) return -1;
    a->f.cur = 0;
    a->goal = -1;
    a->at_eol = 0;
    a->last = TT_AREA_EDIT_NONE;
    stack_clear(&a->undo);
    stack_clear(&a->redo);
    a->rev++;
    return tt_area_rewrap(a);
}

const char *tt_area_text(const tt_area *a)
{
    return a->f.text;
}

int tt_area_set_width(tt_area *a, int width)
{
    width = width < 1 ? 1 : width;
    if (width == a->width && a->lines.n) return 0;
    a->width = width;
    a->at_eol = 0;
    return tt_area_rewrap(a);
}

void tt_area_set_limit(tt_area *a, size_t max, enum tt_area_unit unit)
{
    a->max = max;
    a->unit = unit;
}

size_t tt_area_count(const tt_area *a)
{
    return a->unit == TT_AREA_BYTES ? a->f.len : tt_utf8_count_cps(a->f.text, a->f.len);
}

/* 1 if the row before `row` ends exactly where `row` starts (a soft break with nothing
 * dropped between them), so that offset is both the end of one and the start of the other. */
static int joined_to_previous(const tt_area *a, size_t row)
{
    if (row == 0 || row >= a->lines.n) return 0;
    const tt_line *p = &a->lines.v[row - 1];
    return p->off + p->len == a->lines.v[row].off;
}

size_t tt_area_row(const tt_area *a)
{
    if (!a->lines.n) return 0;
    size_t row = tt_lines_find(&a->lines, a->f.cur);
    if (a->at_eol && a->lines.v[row].off == a->f.cur && joined_to_previous(a, row)) row--;
    return row;
}

int tt_area_col(const tt_area *a)
{
    if (!a->lines.n) return 0;
    const tt_line *l = &a->lines.v[tt_area_row(a)];
    size_t cur = a->f.cur;
    int col = cur > l->off ? tt_width_cols_n(a->f.text + l->off, cur - l->off) : 0;
    return col > a->width ? a->width : col; /* in the spaces dropped at a soft break */
}

/* pos, or the end of the cluster pos is inside: a wrap at a width narrower than one
 * cluster (น้|ำ at width 1) starts a row inside it, and the cursor must not stop there. */
static size_t on_boundary(const tt_area *a, size_t pos)
{
    if (tt_cluster_is_boundary(a->f.text, a->f.len, pos)) return pos;
    return tt_cluster_next(a->f.text, a->f.len, tt_cluster_prev(a->f.text, a->f.len, pos));
}

void tt_area_goto(tt_area *a, size_t row, int col)
{
    if (!a->lines.n) return;
    if (row >= a->lines.n) row = a->lines.n - 1;
    const tt_line *l = &a->lines.v[row];
    size_t pos = l->off, end = l->off + l->len;
    int w = 0;
    while (pos < end) {
        size_t next = tt_cluster_next(a->f.text, end, pos);
        int cw = tt_cluster_width(a->f.text, pos, next);
        if (w + cw > col) break;
        w += cw;
        pos = next;
    }
    a->f.cur = on_boundary(a, pos);
    a->at_eol = a->f.cur == end && joined_to_previous(a, row + 1);
}

void tt_area_set_cursor(tt_area *a, size_t pos)
{
    tt_field_set_cursor(&a->f, pos);
    a->goal = -1;
    a->at_eol = 0;
}

/* Ends a horizontal move: forget the goal column and the end-of-row display. */
static int moved_to(tt_area *a, size_t pos)
{
    size_t before = a->f.cur;
    int was_eol = a->at_eol;
    a->f.cur = pos;
    a->goal = -1;
    a->at_eol = 0;
    return pos != before || was_eol;
}

int tt_area_left(tt_area *a)
{
    return moved_to(a, tt_cursor_left(a->f.text, a->f.len, a->f.cur));
}

int tt_area_right(tt_area *a)
{
    return moved_to(a, tt_cursor_right(a->f.text, a->f.len, a->f.cur));
}

int tt_area_word_left(tt_area *a)
{
    return moved_to(a, tt_cursor_word_left(a->brk, a->f.text, a->f.len, a->f.cur));
}

int tt_area_word_right(tt_area *a)
{
    return moved_to(a, tt_cursor_word_right(a->brk, a->f.text, a->f.len, a->f.cur));
}

int tt_area_text_start(tt_area *a)
{
    return moved_to(a, 0);
}

int tt_area_text_end(tt_area *a)
{
    return moved_to(a, a->f.len);
}

int tt_area_home(tt_area *a)
{
    if (!a->lines.n) return 0;
    return moved_to(a, on_boundary(a, a->lines.v[tt_area_row(a)].off));
}

int tt_area_end(tt_area *a)
{
    if (!a->lines.n) return 0;
    size_t row = tt_area_row(a);
    size_t before = a->f.cur;
    int was_eol = a->at_eol;
    tt_area_goto(a, row, a->width + 1);
    a->goal = -1;
    return a->f.cur != before || a->at_eol != was_eol;
}

/* Moves rows up (negative) or down, keeping the goal column. */
static int move_rows(tt_area *a, long rows)
{
    if (!a->lines.n) return 0;
    size_t row = tt_area_row(a), before = a->f.cur;
    int goal = a->goal >= 0 ? a->goal : tt_area_col(a);
    long target = (long)row + rows;
    if (target < 0) return moved_to(a, 0);
    if (target >= (long)a->lines.n) return moved_to(a, a->f.len);
    tt_area_goto(a, (size_t)target, goal);
    a->goal = goal;
    return a->f.cur != before || (size_t)target != row;
}

int tt_area_up(tt_area *a)
{
    return move_rows(a, -1);
}

int tt_area_down(tt_area *a)
{
    return move_rows(a, 1);
}

int tt_area_page_up(tt_area *a, int rows)
{
    return move_rows(a, -(long)(rows < 1 ? 1 : rows));
}

int tt_area_page_down(tt_area *a, int rows)
{
    return move_rows(a, rows < 1 ? 1 : rows);
}
