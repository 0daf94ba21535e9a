/* The responsible units (กอง/สำนัก, ผู้รับผิดชอบ) of an agency: listed with how often each
 * is used, added, renamed, merged into one (every reference moved) and deleted when
 * unused. A unit is referred to by the OIT checklist (unit_id) and by the measures'
 * responsible text (an exact match of its name). Each change is one transaction with
 * audit rows. */
#ifndef ITADESK_DB_UNIT_H
#define ITADESK_DB_UNIT_H

#include <stddef.h>

#include "db.h"

struct db_unit {
    long id;
    char *name;
    long uses; /* checklist items + measures naming it */
};

/* The agency's units in Thai order. 0 or -1. */
int db_units(struct itadb *db, long agency_id, struct db_unit **out, size_t *n,
             struct db_error *err);
void db_units_free(struct db_unit *u, size_t n);

/* Resolves a unit of the agency by id (ASCII or Thai digits) or exact name; -1 with err. */
long db_unit_find(struct itadb *db, long agency_id, const char *id_or_name, struct db_error *err);

/* Inside a write transaction: the id of the agency's unit named name (in canonical form,
 * tt_name_normalize), added with an audit row when the agency has none of that name yet --
 * a unit typed on a checklist item or as a measure's responsible joins the list. -1. */
long db_unit_ensure(struct itadb *db, long agency_id, const char *name, struct db_error *err);

/* Returns the new id, or -1 (an empty or taken name is refused). */
long db_unit_add(struct itadb *db, long agency_id, const char *name, struct db_error *err);

/* Renames unit id; measures whose responsible text was its name follow. 0 or -1. */
int db_unit_rename(struct itadb *db, long id, const char *name, struct db_error *err);

/* Moves every reference of unit `from` to unit `into` (same agency) and deletes `from`.
 * Returns how many references moved, or -1. */
long db_unit_merge(struct itadb *db, long from, long into, struct db_error *err);

/* Deletes an unused unit; a unit still used is refused naming how often. 0 or -1. */
int db_unit_delete(struct itadb *db, long id, struct db_error *err);

#endif
