/* Shared by the framework screen and its editor. */
#ifndef ITADESK_UI_FRAMEWORK_H
#define ITADESK_UI_FRAMEWORK_H

#include <stddef.h>

#include "framework.h"

/* ui_framework_edit_ops (ui_screens.h): arg: const struct ui_fw_edit_arg *; the editor
 * keeps its own copy of the catalog. */
struct ui_fw_edit_arg {
    const struct fw_catalog *c;
    enum fw_record r;
    size_t i;
};

struct ui_app;
/* Pushes the framework editor on record (r, i) of arg->c, then offers the record's draft
 * back if one was left behind. */
int ui_open_framework_editor(struct ui_app *app, const struct ui_fw_edit_arg *arg);
/* Opens the framework editor on the record a draft names ("2570/O1"), which then offers
 * the draft back; -1 with a message when the user is no admin or the record is gone. */
int ui_open_framework_draft(struct ui_app *app, const char *key);
/* The draft key of the new-year prompt: this, then the year copied from ("new:2568"). */
#define UI_FW_NEW_YEAR_KEY "new:"

#endif
