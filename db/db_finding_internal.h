/* Shared by the finding files of db/: the link lists (indicators, OIT items, questions). */
#ifndef ITADESK_DB_FINDING_INTERNAL_H
#define ITADESK_DB_FINDING_INTERNAL_H

#include <stddef.h>

#include "db.h"

enum { LINK_INDICATOR = 0, LINK_OIT = 1, LINK_QUESTION = 2 };

/* Normalises a typed list of one kind ("1, 5", "O12 O17", "i3 e12"; Thai digits accepted)
 * into out ("1;5"), checking each against the year's catalog; -1 with err. */
int db_finding_parse_list(struct itadb *db, int year, int kind, const char *text, char *out,
                          size_t outsz, struct db_error *err);

/* Inserts the links of a normalised list. 0 or -1. */
int db_finding_insert_links(struct itadb *db, long id, const char *list, int kind,
                            struct db_error *err);

#endif
