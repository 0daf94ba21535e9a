/* A form of labelled fields (the measure, finding and constraint editors): multi-line text
 * areas, one-line fields and choices, one of them focused; scrolls to keep the focused
 * field in view; shows each field's validation message under it and the focused field's
 * limit on the last line. Also the form's text as a draft body (draft_kv.h). */
#ifndef ITADESK_UI_FORM_H
#define ITADESK_UI_FORM_H

#include <stddef.h>

#include "ui_app.h"
#include "ui_textarea.h"

enum ui_form_kind { UI_FORM_TEXT, UI_FORM_LINE, UI_FORM_CHOICE };

/* One value of a choice: the word stored and its label (N_() marked). */
struct ui_form_choice {
    const char *word, *label;
};

#define UI_FORM_NAME 24

struct ui_form_field {
    char name[UI_FORM_NAME]; /* ASCII, the draft key */
    const char *label;       /* translated */
    char heading[128];       /* a section heading drawn above the field ("" = none) */
    enum ui_form_kind kind;
    int height; /* rows of a text area */
    size_t max; /* characters (0 = none) */
    struct ui_textarea ta;
    const struct ui_form_choice *choices;
    int nchoices, choice;
    char err[512]; /* validation message shown under the field ("" = none) */
    int y, h;      /* rows within the form, computed when drawn */
};

struct ui_form {
    struct ui_form_field *f;
    int n, cap;
    int focus;
    int top; /* first form row shown */
    ThBrk *brk;
    unsigned long choice_rev; /* counts choice changes */
};

/* Adds a field; returns its index or -1. initial may be NULL. */
int ui_form_add(struct ui_form *form, enum ui_form_kind kind, const char *name, const char *label,
                int height, size_t max, const char *initial);
int ui_form_add_choice(struct ui_form *form, const char *name, const char *label,
                       const struct ui_form_choice *choices, int n, const char *initial_word);
void ui_form_free(struct ui_form *form);

/* The index of field name, or -1. */
int ui_form_find(const struct ui_form *form, const char *name);

/* The value of a field (a text, or a choice's word); "" for an unknown name. */
const char *ui_form_value(const struct ui_form *form, const char *name);

/* Sets a field's value as loading does (cursor at the end, no undo history). */
void ui_form_set(struct ui_form *form, const char *name, const char *value);

/* A validation message under the field (NULL clears); ui_form_clear_errors clears all. */
void ui_form_error(struct ui_form *form, const char *name, const char *msg);
void ui_form_clear_errors(struct ui_form *form);

/* Changes so far: compare two readings to see whether the form was edited. */
unsigned long ui_form_rev(const struct ui_form *form);

/* Draws the form in area (its last row: the focused field's limit and keys). */
void ui_form_draw(struct ui_form *form, struct ui_app *app, struct ui_rect area);

/* Editing keys for the focused field; Up/Down past its first/last row, and Enter in a
 * one-line field or a choice, move the focus. UI_* flags, or UI_UNHANDLED. */
int ui_form_key(struct ui_form *form, int key);

/* Focus moves (Tab / BackTab). */
void ui_form_next(struct ui_form *form);
void ui_form_prev(struct ui_form *form);

/* Undo / redo in the focused text field. UI_* flags. */
int ui_form_undo(struct ui_form *form, int redo);

/* The focused text field in $EDITOR (see ui_textarea_external). UI_* flags; a problem goes
 * to the status line. */
int ui_form_external(struct ui_form *form, struct ui_app *app);

/* The fields as a draft body (malloc'd), and back: fields named in body get its values. */
char *ui_form_encode(const struct ui_form *form);
int ui_form_decode(struct ui_form *form, const char *body);

#endif
