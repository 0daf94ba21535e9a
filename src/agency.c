#include "agency.h"

#include <stdlib.h>

#include "field_limits.h"
#include "i18n.h"
#include "text/tt_name.h"

void agency_clear(struct agency *a)
{
    free(a->name);
    free(a->kind);
    free(a->district);
    free(a->province);
    *a = (struct agency){0};
}

void agency_list_free(struct agency *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        agency_clear(&list[i]);
    free(list);
}

static char *name_or_null(const char *s)
{
    if (!s) return NULL;
    char *n = tt_name_normalize(s);
    if (*n) return n;
    free(n);
    return NULL;
}

int agency_normalise(const struct agency *a, struct agency *out, char *err, size_t errsz)
{
    *out = (struct agency){.id = a->id,
                           .name = name_or_null(a->name),
                           .kind = name_or_null(a->kind),
                           .district = name_or_null(a->district),
                           .province = name_or_null(a->province)};
    if (limit_check(_("agency name"), out->name, LIMIT_NAME, err, errsz) ||
        limit_check(_("kind"), out->kind, LIMIT_NAME, err, errsz) ||
        limit_check(_("district"), out->district, LIMIT_NAME, err, errsz) ||
        limit_check(_("province"), out->province, LIMIT_NAME, err, errsz)) {
        agency_clear(out);
        return -1;
    }
    return 0;
}
