/* The form editors' shared handlers (ui_editor.h). */
#include "ui_editor.h"

int ui_editor_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct ui_editor *e = s->st;
    int r = ui_form_key(&e->form, key);
    if (!(r & UI_UNHANDLED)) ui_draft_autosave(app, &e->draft, &e->form, 0);
    return r;
}

int ui_editor_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct ui_editor *e = s->st;
    ui_draft_autosave(app, &e->draft, &e->form, 1); /* the user paused: keep the text */
    return app->message[0] ? UI_DRAW : UI_NONE;
}

int ui_editor_field(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ui_editor *e = s->st;
    if (a == UI_ACT_NEXT_FIELD)
        ui_form_next(&e->form);
    else
        ui_form_prev(&e->form);
    ui_draft_autosave(app, &e->draft, &e->form, 1);
    return UI_DRAW;
}

int ui_editor_undo(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ui_editor *e = s->st;
    int r = ui_form_undo(&e->form, a == UI_ACT_REDO);
    ui_draft_autosave(app, &e->draft, &e->form, 0);
    return r;
}

int ui_editor_external(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ui_editor *e = s->st;
    ui_draft_autosave(app, &e->draft, &e->form, 1);
    int r = ui_form_external(&e->form, app);
    ui_draft_autosave(app, &e->draft, &e->form, 1);
    return r;
}

int ui_editor_keep(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct ui_editor *e = s->st;
    ui_draft_autosave(app, &e->draft, &e->form, 1);
    return UI_UNHANDLED;
}
