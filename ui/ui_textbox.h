/* The model of a small multi-line text box (the OIT note): a tt_field holding text with
 * '\n's, wrapped with libthai to a width, a cursor that moves by cluster, by line (keeping
 * a goal column) and to either end of a line. No curses: the dialog draws lines and puts
 * the cursor at ui_textbox_cursor. (Issue 6 brings a full text area; this is the simple
 * one.) Columns are display columns, offsets bytes. */
#ifndef ITADESK_UI_TEXTBOX_H
#define ITADESK_UI_TEXTBOX_H

#include <stddef.h>
#include <thai/thbrk.h>

#include "text/tt_field.h"
#include "text/tt_wrap.h"

struct ui_textbox {
    tt_field f;
    tt_lines lines; /* f.text wrapped to width */
    int width;      /* columns */
    int goal;       /* column kept by up/down moves, -1 = the cursor's own */
    ThBrk *brk;     /* the caller's word breaker (NULL = spaces only) */
};

/* 0, or -1 when out of memory. */
int ui_textbox_init(struct ui_textbox *b, const char *text, int width, ThBrk *brk);
void ui_textbox_free(struct ui_textbox *b);

/* Wraps again for a new width. */
void ui_textbox_set_width(struct ui_textbox *b, int width);

/* Line index and column of the cursor. */
void ui_textbox_cursor(const struct ui_textbox *b, size_t *line, int *col);

void ui_textbox_left(struct ui_textbox *b);
void ui_textbox_right(struct ui_textbox *b);
void ui_textbox_up(struct ui_textbox *b);
void ui_textbox_down(struct ui_textbox *b);
void ui_textbox_home(struct ui_textbox *b); /* start of the cursor's (wrapped) line */
void ui_textbox_end(struct ui_textbox *b);  /* end of it */

/* Typing (Thai input sequence check as tt_field_insert), a new line, deleting. */
enum tt_insert_result ui_textbox_insert(struct ui_textbox *b, unsigned cp);
int ui_textbox_newline(struct ui_textbox *b);
int ui_textbox_backspace(struct ui_textbox *b);
int ui_textbox_delete(struct ui_textbox *b);

#endif
