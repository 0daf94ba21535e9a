#include "ui_textarea.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "xalloc.h"

int ui_textarea_init(struct ui_textarea *t, ThBrk *brk, const char *text, size_t max)
{
    *t = (struct ui_textarea){0};
    if (tt_area_init(&t->a, brk, text, 40)) return -1;
    tt_area_set_limit(&t->a, max, TT_AREA_CHARS);
    t->h = 1;
    return 0;
}

void ui_textarea_free(struct ui_textarea *t)
{
    tt_area_free(&t->a);
}

static enum ui_ta_result edited(enum tt_area_result r)
{
    if (r == TT_AREA_OK || r == TT_AREA_CORRECTED) return UI_TA_CHANGED;
    beep(); /* refused, full, or out of memory */
    return UI_TA_MOVED;
}

static enum ui_ta_result vertical(struct ui_textarea *t, int key)
{
    size_t row = tt_area_row(&t->a);
    int page = t->h > 1 ? t->h - 1 : 1;
    switch (key) {
    case UI_KEY_FN(KEY_UP):
        if (row == 0) return UI_TA_NOT_MINE;
        tt_area_up(&t->a);
        break;
    case UI_KEY_FN(KEY_DOWN):
        if (row + 1 >= t->a.lines.n) return UI_TA_NOT_MINE;
        tt_area_down(&t->a);
        break;
    case UI_KEY_FN(KEY_PPAGE):
        tt_area_page_up(&t->a, page);
        break;
    default:
        tt_area_page_down(&t->a, page);
        break;
    }
    return UI_TA_MOVED;
}

enum ui_ta_result ui_textarea_key(struct ui_textarea *t, int key, int multiline)
{
    tt_area *a = &t->a;
    switch (key) {
    case UI_KEY_FN(KEY_BACKSPACE):
        return edited(tt_area_backspace(a));
    case UI_KEY_FN(KEY_DC):
        return edited(tt_area_delete(a));
    case UI_KEY_FN(KEY_LEFT):
        tt_area_left(a);
        return UI_TA_MOVED;
    case UI_KEY_FN(KEY_RIGHT):
        tt_area_right(a);
        return UI_TA_MOVED;
    case UI_KEY_WORD_LEFT:
    case UI_KEY_ALT | UI_KEY_FN(KEY_LEFT): /* Alt-Left: the word move of macOS habits */
        tt_area_word_left(a);
        return UI_TA_MOVED;
    case UI_KEY_WORD_RIGHT:
    case UI_KEY_ALT | UI_KEY_FN(KEY_RIGHT):
        tt_area_word_right(a);
        return UI_TA_MOVED;
    case UI_KEY_FN(KEY_HOME):
        tt_area_home(a);
        return UI_TA_MOVED;
    case UI_KEY_FN(KEY_END):
        tt_area_end(a);
        return UI_TA_MOVED;
    case UI_KEY_FN(KEY_UP):
    case UI_KEY_FN(KEY_DOWN):
    case UI_KEY_FN(KEY_PPAGE):
    case UI_KEY_FN(KEY_NPAGE):
        return vertical(t, key);
    case UI_KEY_ENTER:
        return multiline ? edited(tt_area_insert(a, '\n')) : UI_TA_NOT_MINE;
    }
    if (!ui_key_is_text(key)) return UI_TA_NOT_MINE;
    return edited(tt_area_insert(a, (uint32_t)key));
}

/* Scrolls so that the cursor's row shows in h rows. */
static void follow(struct ui_textarea *t, int h)
{
    size_t row = tt_area_row(&t->a);
    t->h = h < 1 ? 1 : h;
    if (row < t->top) t->top = row;
    if (row >= t->top + (size_t)t->h) t->top = row - (size_t)t->h + 1;
    size_t n = t->a.lines.n;
    if (t->top + (size_t)t->h > n) t->top = n > (size_t)t->h ? n - (size_t)t->h : 0;
}

void ui_textarea_draw(struct ui_app *app, struct ui_textarea *t, struct ui_rect r, int active)
{
    if (r.w < 3 || r.h < 1) return;
    /* The text wraps two columns short: a blank column keeps the ^/v scroll marks of the
     * last column off it, whatever the last cluster is. */
    tt_area_set_width(&t->a, r.w - 2);
    follow(t, r.h);
    const char *s = tt_area_text(&t->a);
    for (int i = 0; i < r.h; i++) {
        size_t row = t->top + (size_t)i;
        char *line = NULL;
        if (row < t->a.lines.n) {
            const tt_line *l = &t->a.lines.v[row];
            line = xstrndup(s + l->off, l->len);
        }
        ui_put(app, r.y + i, r.x, r.w - 1, line ? line : "", TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        free(line); /* NULL below the last line */
        const char *mark = i == 0 && t->top > 0                                  ? "^"
                           : i == r.h - 1 && t->top + (size_t)r.h < t->a.lines.n ? "v"
                                                                                 : " ";
        ui_put(app, r.y + i, r.x + r.w - 1, 1, mark, TT_ALIGN_LEFT, UI_ROLE_DIM);
    }
    if (active) {
        app->cursor_y = r.y + (int)(tt_area_row(&t->a) - t->top);
        app->cursor_x = r.x + tt_area_col(&t->a);
    }
}
