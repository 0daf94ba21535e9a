/* An agency (หน่วยงาน) as the other layers see it. */
#ifndef ITADESK_AGENCY_H
#define ITADESK_AGENCY_H

#include <stddef.h>

struct agency {
    long id;
    char *name;
    char *kind;
    char *district;
    char *province;
};

void agency_clear(struct agency *a);

/* Fills out (to be cleared by the caller) with a's name, kind, district and province in
 * canonical form (tt_name_normalize: no look-alike agency through an invisible character
 * or a double space); NULL and empty stay NULL. 0, or -1 with err "field: reason" when a
 * field is over LIMIT_NAME characters. */
int agency_normalise(const struct agency *a, struct agency *out, char *err, size_t errsz);
void agency_list_free(struct agency *list, size_t n);

#endif
