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
    /* The people the yearly documents name: the executive who signs them and the officer
     * who prepares them. NULL when not known. */
    char *signer_name, *signer_position;
    char *preparer_name, *preparer_position, *preparer_phone;
};

/* The fields a person edits, in the order of the screen and of the audit rows. */
#define AGENCY_NFIELDS 9
/* The stored name of field i ("name", "kind", ... "preparer_phone"). */
const char *agency_field_name(int i);
/* The slot of field i in a. */
char **agency_field(struct agency *a, int i);

/* Which agencies a report or the overview covers: those of a province, narrowed to a
 * district and a kind when given (NULL: any). Names match exactly, as stored. */
struct agency_scope {
    const char *province;
    const char *district;
    const char *kind;
};

void agency_clear(struct agency *a);

/* Fills out (to be cleared by the caller) with every field of a (name, place, signer,
 * preparer) in canonical form (tt_name_normalize: no look-alike agency through an invisible
 * character or a double space); NULL and empty stay NULL. 0, or -1 with err "field: reason" when a
 * field is over LIMIT_NAME characters. */
int agency_normalise(const struct agency *a, struct agency *out, char *err, size_t errsz);
void agency_list_free(struct agency *list, size_t n);

#endif
