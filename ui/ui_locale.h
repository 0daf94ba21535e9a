/* Locale and language of the screens, settled before curses starts. */
#ifndef ITADESK_UI_LOCALE_H
#define ITADESK_UI_LOCALE_H

#include "ui_config.h"

struct ui_locale {
    int fell_back;  /* the user's locale was not UTF-8: C.UTF-8 is used instead */
    char asked[64]; /* the locale the environment asked for */
    int thai;       /* the screens speak Thai */
};

/* Makes LC_CTYPE a UTF-8 locale (the user's, else C.UTF-8, noting the fallback), picks the
 * language (cfg, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG: Thai for th*, else English),
 * sets LANGUAGE so gettext follows it and flushes gettext's cache. -1 when no UTF-8 locale
 * exists at all (ncursesw cannot draw Thai then). */
int ui_locale_start(enum ui_lang cfg, struct ui_locale *out);

/* Points gettext at lang again (tests switch languages within one process). */
void ui_locale_set_language(int thai);

#endif
