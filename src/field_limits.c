#include "field_limits.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text/tt_utf8.h"

int limit_check(const char *field, const char *text, size_t max, char *err, size_t errsz)
{
    if (!text) return 0;
    size_t bytes = strlen(text);
    if (bytes <= max) return 0; /* a character is at least a byte */
    size_t n = tt_utf8_count_cps(text, bytes);
    if (n <= max) return 0;
    snprintf(err, errsz, _("%s: at most %zu characters, this has %zu"), field, max, n);
    return -1;
}
