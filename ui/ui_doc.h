/* A scrolling view of prepared lines: text on the left (indented), an optional score bar,
 * an optional right-aligned figure. Long text is wrapped at Thai word boundaries when the
 * lines are built, so building happens in a screen's layout (it depends on the width). */
#ifndef ITADESK_UI_DOC_H
#define ITADESK_UI_DOC_H

#include <stddef.h>
#include <thai/thbrk.h>

#include "ui_app.h"

struct ui_doc_line {
    char *text;  /* owned, may be NULL */
    char *right; /* owned, may be NULL */
    int indent;
    enum ui_role role, right_role;
    double bar; /* 0..100, or < 0 for no bar */
};

struct ui_doc {
    struct ui_doc_line *v;
    size_t n, cap;
    int width;      /* columns the lines were built for */
    int right_cols; /* columns of the right-aligned figures */
    int bar_cols;   /* columns of the bars */
    long top;       /* first line shown */
    int height;     /* lines shown (set by ui_doc_draw) */
};

/* Adds one line (text cut to fit when drawn). 0 or -1. */
int ui_doc_add(struct ui_doc *d, int indent, enum ui_role role, const char *text, const char *right,
               enum ui_role right_role, double bar);

/* Adds text wrapped to the room left of the figure (with brk's word breaks); the figure
 * goes on the first line. */
int ui_doc_add_wrapped(struct ui_doc *d, ThBrk *brk, int indent, enum ui_role role,
                       const char *text, const char *right, enum ui_role right_role);

/* A blank line. */
int ui_doc_gap(struct ui_doc *d);

/* Empties the lines (keeps top, clamped at the next draw). */
void ui_doc_clear(struct ui_doc *d);
void ui_doc_free(struct ui_doc *d);

/* Scrolling actions; UI_DRAW, UI_NONE at an end, UI_UNHANDLED for other actions. */
int ui_doc_handle(struct ui_doc *d, enum ui_action a);

void ui_doc_draw(struct ui_doc *d, struct ui_app *app, struct ui_rect area);

#endif
