/* Modal dialogs: a chooser (a short list to pick one line from) and a one-line prompt.
 * Each calls back the screen below with what the user chose; Esc closes it with no call. */
#ifndef ITADESK_UI_DIALOG_H
#define ITADESK_UI_DIALOG_H

#include <stddef.h>

#include "ui_app.h"
#include "ui_screens.h"

/* Called after the chooser has closed, with the index of the chosen line (the callback may
 * open another dialog). */
typedef void (*ui_choose_fn)(struct ui_app *app, void *ctx, int index);

struct ui_choose_arg {
    const char *title;        /* translated */
    const char *const *items; /* translated or from the database; copied */
    int n;
    int sel; /* line selected at first */
    ui_choose_fn done;
    void *ctx;
};

/* Called while the prompt (or the note editor) is still open, with the text typed: 0 closes
 * it; -1 keeps it open and shows why (translated) in it. It must not open screens. */
typedef int (*ui_text_fn)(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz);

struct ui_prompt_arg {
    const char *title;   /* on the box, translated */
    const char *label;   /* before the field, translated */
    const char *initial; /* text to start from (NULL = "") */
    ui_text_fn done;
    void *ctx;
    const char *hint; /* a line under the field (translated; NULL = how to save and cancel) */
    /* Drafts (ui_text_draft.h): with an entity, the typed text is kept as a draft under
     * entity/key and Esc with unsaved text asks first; restored is a draft's text to start
     * from (initial stays the record's text). */
    const char *draft_entity, *draft_key, *restored;
};

/* ui_choose_ops (ui_screens.h): arg: const struct ui_choose_arg * */
/* ui_prompt_ops (ui_screens.h): arg: const struct ui_prompt_arg * */
/* Multi-line text (Enter starts a new line; the save action, F2, saves). */
/* ui_note_ops (ui_screens.h): arg: const struct ui_prompt_arg * */

/* A box of h x w centred in area (clamped to it). */
struct ui_rect ui_dialog_rect(struct ui_rect area, int h, int w);

#endif
