#include "ui_field.h"

#include <curses.h>

#include "text/tt.h"
#include "ui_draw.h"
#include "ui_keys.h"

enum ui_field_result ui_field_key(tt_field *f, int key)
{
    switch (key) {
    case UI_KEY_FN(KEY_BACKSPACE):
        return tt_field_backspace(f) ? UI_FIELD_CHANGED : UI_FIELD_MOVED;
    case UI_KEY_FN(KEY_DC):
        return tt_field_delete(f) ? UI_FIELD_CHANGED : UI_FIELD_MOVED;
    case UI_KEY_FN(KEY_LEFT):
        tt_field_left(f);
        return UI_FIELD_MOVED;
    case UI_KEY_FN(KEY_RIGHT):
        tt_field_right(f);
        return UI_FIELD_MOVED;
    case UI_KEY_FN(KEY_HOME):
        tt_field_home(f);
        return UI_FIELD_MOVED;
    case UI_KEY_FN(KEY_END):
        tt_field_end(f);
        return UI_FIELD_MOVED;
    }
    if (!ui_key_is_text(key)) return UI_FIELD_NOT_MINE;
    enum tt_insert_result r = tt_field_insert(f, (uint32_t)key);
    if (r == TT_INSERT_REFUSED || r == TT_INSERT_NOMEM) {
        beep();
        return UI_FIELD_MOVED;
    }
    return UI_FIELD_CHANGED;
}

void ui_field_draw(struct ui_app *app, int y, int x, int cols, const tt_field *f, int active,
                   const char *placeholder)
{
    if (cols < 1) return;
    if (!f->len && !active && placeholder) {
        ui_put(app, y, x, cols, placeholder, TT_ALIGN_LEFT, UI_ROLE_DIM);
        return;
    }
    int col = tt_field_col(f), at = 0;
    int skip = col >= cols ? col - cols + 1 : 0; /* keep the cursor in view */
    size_t off = tt_offset_at_col(f->text, f->len, skip, &at);
    ui_put(app, y, x, cols, f->text + off, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
    if (active) {
        app->cursor_y = y;
        app->cursor_x = x + col - at;
    }
}
