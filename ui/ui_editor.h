/* What every form editor (measure, finding or constraint, framework line) does the same
 * way: keys go to the form and the text is kept as a draft as it changes, before anything
 * that could end the program (help, the menu, quit, an external editor) and when the user
 * pauses. An editor's state begins with a struct ui_editor, so that these handlers serve
 * its action table directly. */
#ifndef ITADESK_UI_EDITOR_H
#define ITADESK_UI_EDITOR_H

#include "ui_app.h"
#include "ui_form.h"
#include "ui_plans.h"

struct ui_editor {
    struct ui_form form;
    struct ui_draft draft;
    struct ui_draft_offer offer; /* while the "restore the draft?" question is open */
};

/* s->st begins with a struct ui_editor. */
int ui_editor_key(struct ui_screen *s, struct ui_app *app, int key);
int ui_editor_refresh(struct ui_screen *s, struct ui_app *app);
/* Tab / Shift-Tab, undo / redo, the external editor; help, menu, quit and redraw keep the
 * draft first and leave the action to the app (UI_UNHANDLED). */
int ui_editor_field(struct ui_screen *s, struct ui_app *app, enum ui_action a);
int ui_editor_undo(struct ui_screen *s, struct ui_app *app, enum ui_action a);
int ui_editor_external(struct ui_screen *s, struct ui_app *app, enum ui_action a);
int ui_editor_keep(struct ui_screen *s, struct ui_app *app, enum ui_action a);

/* The rows every editor's action table has, besides its own save and back. */
#define UI_EDITOR_HANDLERS                                                                         \
    {UI_ACT_NEXT_FIELD, ui_editor_field}, {UI_ACT_PREV_FIELD, ui_editor_field},                    \
        {UI_ACT_UNDO, ui_editor_undo}, {UI_ACT_REDO, ui_editor_undo},                              \
        {UI_ACT_EXTERNAL_EDITOR, ui_editor_external}, {UI_ACT_HELP, ui_editor_keep},               \
        {UI_ACT_MENU, ui_editor_keep}, {UI_ACT_QUIT, ui_editor_keep},                              \
    {                                                                                              \
        UI_ACT_REDRAW, ui_editor_keep                                                              \
    }

#endif
