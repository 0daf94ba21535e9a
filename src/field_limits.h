/* One set of limits on what people type, in characters (code points). The screens size
 * their editors with them and the core checks them on every way in (command line, imports,
 * screens), so a field one entry point accepts is one every other accepts too. */
#ifndef ITADESK_FIELD_LIMITS_H
#define ITADESK_FIELD_LIMITS_H

#include <stddef.h>

enum {
    LIMIT_NAME = 300,   /* a unit, an agency, a responsible person, an issue label */
    LIMIT_TITLE = 1000, /* a measure's title */
    LIMIT_TEXT = 4000,  /* approach, steps, result, outcome, notes, analysis texts */
    LIMIT_URL = 2000,   /* an evidence link */
    LIMIT_DATE = 60,    /* a date as typed ("๑ ตุลาคม ๒๕๖๗") */
    LIMIT_AMOUNT = 40,  /* a budget as typed */
};

/* 0 when text (NULL: empty) has at most max characters; else -1 with err
 * "FIELD: at most MAX characters, this has N" in the user's language. */
int limit_check(const char *field, const char *text, size_t max, char *err, size_t errsz);

#endif
