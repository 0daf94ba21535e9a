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

#endif
