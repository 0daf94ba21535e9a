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
    free(a->signer_name);
    free(a->signer_position);
    free(a->preparer_name);
    free(a->preparer_position);
    free(a->preparer_phone);
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

/* TRANSLATORS: the fields of an agency in "field: reason" messages. */
static const char *const field_labels[] = {N_("agency name"),   N_("kind"),
                                           N_("district"),      N_("province"),
                                           N_("signer name"),   N_("signer position"),
                                           N_("preparer name"), N_("preparer position"),
                                           N_("preparer phone")};

int agency_normalise(const struct agency *a, struct agency *out, char *err, size_t errsz)
{
    struct agency in = *a;
    *out = (struct agency){.id = a->id};
    for (int i = 0; i < AGENCY_NFIELDS; i++) {
        char **slot = agency_field(out, i);
        *slot = name_or_null(*agency_field(&in, i));
        if (limit_check(_(field_labels[i]), *slot, LIMIT_NAME, err, errsz)) {
            agency_clear(out);
            return -1;
        }
    }
    return 0;
}

static const char *const field_names[AGENCY_NFIELDS] = {"name",          "kind",
                                                        "district",      "province",
                                                        "signer_name",   "signer_position",
                                                        "preparer_name", "preparer_position",
                                                        "preparer_phone"};

const char *agency_field_name(int i)
{
    return i >= 0 && i < AGENCY_NFIELDS ? field_names[i] : NULL;
}

char **agency_field(struct agency *a, int i)
{
    char **slots[AGENCY_NFIELDS] = {&a->name,          &a->kind,
                                    &a->district,      &a->province,
                                    &a->signer_name,   &a->signer_position,
                                    &a->preparer_name, &a->preparer_position,
                                    &a->preparer_phone};
    return i >= 0 && i < AGENCY_NFIELDS ? slots[i] : NULL;
}
