/* The ITA calendar screen (scr_calendar.c), for the start-up list of drafts. */
#ifndef ITADESK_UI_CALENDAR_H
#define ITADESK_UI_CALENDAR_H

#include "ui_app.h"

/* Opens the calendar of a date's draft (key "YEAR:key", entity "calendar") with the date
 * prompt restored from it. 0 or -1. */
int ui_open_calendar_draft(struct ui_app *app, const char *key);

#endif
