#include "agency.h"

#include <stdlib.h>

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
