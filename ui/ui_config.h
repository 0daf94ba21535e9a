/* The user's settings: $XDG_CONFIG_HOME/itadesk/config (else ~/.config/itadesk/config).
 * One "name = value" per line, '#' starts a comment:
 *   ui.language = th | en          (default: Thai for a Thai locale, else English)
 *   ui.color = auto | never | always   (auto honours NO_COLOR and the terminal)
 *   bind.ACTION = KEY [KEY...]     (replaces ACTION's keys; names as in `itadesk --keys`)
 *   print.printer = NAME           (the printer the print dialog sends to; default: lp's)
 *   keys.escdelay = MS             (how long Esc waits for the rest of a key's sequence,
 *                                   0..1000 ms; default 25: raise it over a slow link)
 *   print.folder = DIR             (where the print dialog writes; default ~/itadesk-reports)
 *   ui.screen = NAME               (the screen itadesk opens on; default: the main menu)
 *   mouse = on | off               (clicks, double clicks and the wheel; default: off)
 *   ascii = on | off               (ASCII lines and bars instead of Unicode; default: off)
 * A bad line is skipped and reported on the status bar; it never stops the program. */
#ifndef ITADESK_UI_CONFIG_H
#define ITADESK_UI_CONFIG_H

#include <stddef.h>

#include "ui_keys.h"

enum ui_lang { UI_LANG_AUTO, UI_LANG_TH, UI_LANG_EN };
enum ui_color { UI_COLOR_AUTO, UI_COLOR_NEVER, UI_COLOR_ALWAYS };

struct ui_config {
    enum ui_lang lang;
    enum ui_color color;
    struct ui_keymap keys;
    char printer[128];       /* print.printer ("" = lp's default printer) */
    char print_folder[1024]; /* print.folder ("" = the last one used, else ~/itadesk-reports) */
    char screen[32];         /* ui.screen: a registry name ("" = the main menu) */
    int escdelay;            /* keys.escdelay, milliseconds */
    int mouse;               /* mouse = on */
    int ascii;               /* ascii = on: no Unicode box drawing or block bars */
    int bad_line;            /* first line that could not be used (0 = none) */
    char bad_text[64];       /* what was wrong on it: the name, value or key */
};

#define UI_ESCDELAY_DEFAULT 25

/* Path of the config file into buf; "" when neither XDG_CONFIG_HOME nor HOME is set. */
void ui_config_path(char *buf, size_t n);

/* Defaults, then the file at path (a missing file is no error). */
void ui_config_load(struct ui_config *cfg, const char *path);

/* Applies one "name = value" setting; 0, or -1 (what is wrong goes to bad). */
int ui_config_apply(struct ui_config *cfg, const char *name, const char *value, char *bad,
                    size_t badsz);

#endif
