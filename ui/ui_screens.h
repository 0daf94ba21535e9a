/* The screens, dialogs and editors (each in its own scr_*.c), declared from the registry
 * (ui_registry.h): immutable tables of function pointers. What each takes as `arg` is
 * said where it is defined. */
#ifndef ITADESK_UI_SCREENS_H
#define ITADESK_UI_SCREENS_H

#include "ui_app.h"

#define UI_SCREEN_DECL(id, name, kind, needs, place, keys, title, hint, purpose, ops)              \
    extern const struct ui_screen_ops ops;
UI_SCREENS(UI_SCREEN_DECL)
#undef UI_SCREEN_DECL

/* Deleting an agency: what the dialogs ask about (kept by the screen that asks, as it must
 * outlive them). */
struct ui_agency_delete {
    long id;
    long records;
    char name[512];
    char text[1024];
};

/* Asks for the agency's name again (after a question when it has data), then deletes
 * it. UI_* flags. */
int ui_agency_delete(struct ui_app *app, long id, struct ui_agency_delete *del);

/* Opens the agency editor on agency id (0: a new agency); when the user has a draft of it,
 * asks first whether to restore it. 0 or -1. */
int ui_open_agency_editor(struct ui_app *app, long id);

/* Opens the units screen and the name prompt of the draft with key "AGENCY:new" or
 * "AGENCY:ID" (the drafts list). 0 or -1. */
int ui_open_unit_draft(struct ui_app *app, const char *key);

/* Opens the scores screen and the prompt of the draft with key "AGENCY:YEAR:ROW" or
 * "AGENCY:YEAR:new" (the drafts list). 0 or -1. */
int ui_open_score_draft(struct ui_app *app, const char *key);

#endif
