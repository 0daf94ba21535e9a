/* A one-line text field on the screen (the model is tt_field): the editing keys every field
 * shares, and drawing with horizontal scrolling that keeps the cursor in view. */
#ifndef ITADESK_UI_FIELD_H
#define ITADESK_UI_FIELD_H

#include "text/tt_field.h"
#include "ui_app.h"

enum ui_field_result {
    UI_FIELD_NOT_MINE, /* not an editing key: the caller handles it */
    UI_FIELD_CHANGED,  /* the text changed */
    UI_FIELD_MOVED,    /* only the cursor moved (or a refused key beeped) */
};

/* Left, Right, Home, End, Backspace, Delete and printable characters (typed through the
 * Thai input sequence check; a refused one beeps). */
enum ui_field_result ui_field_key(tt_field *f, int key);

/* The field's text in cols columns at (y, x), scrolled so that the cursor shows; with
 * active, the terminal cursor is put there. An empty inactive field shows placeholder
 * (dimmed; NULL = nothing). */
void ui_field_draw(struct ui_app *app, int y, int x, int cols, const tt_field *f, int active,
                   const char *placeholder);

#endif
