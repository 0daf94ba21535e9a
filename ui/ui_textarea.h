/* The multi-line text area on the screen (the model is tt_area): the editing keys, drawing
 * with vertical scrolling that keeps the cursor in view, and "edit in $EDITOR". */
#ifndef ITADESK_UI_TEXTAREA_H
#define ITADESK_UI_TEXTAREA_H

#include <stddef.h>

#include "text/tt_area.h"
#include "ui_app.h"

struct ui_textarea {
    tt_area a;
    size_t top; /* first wrapped row shown */
    int h;      /* rows shown at the last draw */
};

enum ui_ta_result {
    UI_TA_NOT_MINE, /* not an editing key, or Up/Down past the first/last row */
    UI_TA_CHANGED,  /* the text changed */
    UI_TA_MOVED,    /* only the cursor moved (or a refused key beeped) */
};

/* Sets up t with text, limited to max characters (0 = none). 0 or -1. */
int ui_textarea_init(struct ui_textarea *t, ThBrk *brk, const char *text, size_t max);
void ui_textarea_free(struct ui_textarea *t);

/* Left, Right, C-Left, C-Right (by word), Up, Down, Home, End, PgUp, PgDn, Backspace,
 * Delete, printable characters (Thai input sequence check; a refused or over-long one
 * beeps) and, when multiline, Enter for a new line. */
enum ui_ta_result ui_textarea_key(struct ui_textarea *t, int key, int multiline);

/* Draws the text in r (wrapped to r.w - 1 columns: the last column holds the cursor at a
 * row end, and ^/v marks when there is more above/below); with active, the terminal
 * cursor goes to the cursor's cell. */
void ui_textarea_draw(struct ui_app *app, struct ui_textarea *t, struct ui_rect r, int active);

/* Runs $VISUAL, else $EDITOR, else vi on a temporary file holding the text (curses is
 * suspended meanwhile; no shell is involved: the variable is split at spaces), then
 * replaces the text with the file's, normalised (one undo step). 1 if the text changed,
 * 0 if not, -1 with a translated reason in why. */
int ui_textarea_external(struct ui_textarea *t, char *why, size_t whysz);

#endif
