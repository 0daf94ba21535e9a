#include "ui_locale.h"

#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *first_env(const char *const *names)
{
    for (; *names; names++) {
        const char *v = getenv(*names);
        if (v && *v) return v;
    }
    return "";
}

static int is_utf8_ctype(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

static int wants_thai(enum ui_lang cfg)
{
    if (cfg != UI_LANG_AUTO) return cfg == UI_LANG_TH;
    static const char *const names[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", NULL};
    return strncmp(first_env(names), "th", 2) == 0;
}

void ui_locale_set_language(int thai)
{
    const char *cur = getenv("LANGUAGE");
    /* Keep a user's own list that already starts with the right language (th:en). */
    if (!cur || strncmp(cur, thai ? "th" : "en", 2) != 0) setenv("LANGUAGE", thai ? "th" : "en", 1);
    /* glibc ignores LANGUAGE while LC_MESSAGES is plain C: use the UTF-8 LC_CTYPE. */
    const char *msg = setlocale(LC_MESSAGES, NULL);
    if (!msg || strcmp(msg, "C") == 0 || strcmp(msg, "POSIX") == 0)
        setlocale(LC_MESSAGES, setlocale(LC_CTYPE, NULL));
    /* textdomain() bumps gettext's catalog counter, so cached translations are dropped. */
    textdomain("itadesk");
}

int ui_locale_start(enum ui_lang cfg, struct ui_locale *out)
{
    static const char *const ctype_env[] = {"LC_ALL", "LC_CTYPE", "LANG", NULL};
    *out = (struct ui_locale){0};
    snprintf(out->asked, sizeof out->asked, "%s", first_env(ctype_env));
    if (!setlocale(LC_CTYPE, "") || !is_utf8_ctype()) {
        out->fell_back = 1;
        if ((!setlocale(LC_CTYPE, "C.UTF-8") || !is_utf8_ctype()) &&
            (!setlocale(LC_CTYPE, "en_US.UTF-8") || !is_utf8_ctype()))
            return -1;
    }
    out->thai = wants_thai(cfg);
    ui_locale_set_language(out->thai);
    return 0;
}
