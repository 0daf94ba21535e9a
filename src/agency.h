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
void agency_list_free(struct agency *list, size_t n);

#endif
