/* Agencies: adding, listing, finding by id or exact Thai name. */
#ifndef ITADESK_DB_AGENCY_H
#define ITADESK_DB_AGENCY_H

#include <stddef.h>

#include "agency.h"
#include "db.h"
#include "db_oit.h"

/* Returns the new id, or -1 (a name already taken is refused with a message). */
long db_agency_add(struct itadb *db, const struct agency *a, struct db_error *err);

/* Every agency, in Thai dictionary order of province then name. */
int db_agency_list(struct itadb *db, struct agency **out, size_t *n, struct db_error *err);

/* Resolves what a user typed: an id (ASCII or Thai digits) or the exact name.
 * Returns the id, or -1 with a message naming what was not found. */
long db_agency_find(struct itadb *db, const char *id_or_name, struct db_error *err);

/* The ids of the agencies in scope, in Thai order of name: *ids is malloc'd (NULL and 0 when
 * none is). 0 or -1. */
int db_agency_in_scope(struct itadb *db, const struct agency_scope *scope, long **ids, size_t *n,
                       struct db_error *err);

/* Fills a (caller clears it) for the id; -1 when there is none. */
int db_agency_get(struct itadb *db, long id, struct agency *a, struct db_error *err);

/* Saves every field of a (a->id) with one audit row per changed field. A name taken by
 * another agency is refused. */
enum db_save db_agency_update(struct itadb *db, const struct agency *a, struct db_error *err);

/* How many records the agency owns (results, checklist rows, findings, constraints,
 * measures, units); -1 on error. */
long db_agency_data_count(struct itadb *db, long id, struct db_error *err);

/* Deletes the agency, audited. While it owns any record the delete is refused unless
 * force (then everything of it goes). 0 or -1. */
int db_agency_delete(struct itadb *db, long id, int force, struct db_error *err);

#endif
