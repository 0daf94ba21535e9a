/* What the user's role allows, as the screens show it: the write actions and the
 * capability each needs. The screens grey out what the role cannot do and say why when
 * it is tried; db_begin refuses the write anyway (the screens only tell sooner). */
#ifndef ITADESK_UI_ROLE_H
#define ITADESK_UI_ROLE_H

#include "ui_app.h"

/* The DB_CAP_* bit action needs on screen (a UI_SCR_ID_*, -1 for none) for the current
 * agency (DB_CAP_ADMIN: over every agency), or 0 for none. */
unsigned ui_action_needs(enum ui_action a, int screen);

/* 1 when the user may do action here; 0 when not (then, if say, the status line says who
 * may, in the same words as the storage's refusal). */
int ui_action_allowed(struct ui_app *app, enum ui_action a, int say);

#endif
