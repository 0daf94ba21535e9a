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

#endif
