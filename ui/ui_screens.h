/* The screens (each in its own scr_*.c). Immutable tables of function pointers. */
#ifndef ITADESK_UI_SCREENS_H
#define ITADESK_UI_SCREENS_H

#include "ui_app.h"

extern const struct ui_screen_ops ui_picker_ops;     /* agency list; arg: NULL */
extern const struct ui_screen_ops ui_year_ops;       /* modal year chooser; arg: long *agency */
extern const struct ui_screen_ops ui_dashboard_ops;  /* arg: NULL */
extern const struct ui_screen_ops ui_indicators_ops; /* arg: NULL */
extern const struct ui_screen_ops ui_detail_ops;     /* arg: int *indicator number */
extern const struct ui_screen_ops ui_help_ops;       /* arg: NULL */
extern const struct ui_screen_ops ui_oit_ops;        /* the OIT checklist; arg: NULL */

#endif
