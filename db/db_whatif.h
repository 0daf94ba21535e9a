/* Loads what the what-if needs of one agency's year: its result and the OIT items that
 * count for an indicator, with their panel scores. Read only. */
#ifndef ITADESK_DB_WHATIF_H
#define ITADESK_DB_WHATIF_H

#include "db.h"
#include "whatif.h"

/* Fills y (free with whatif_year_free), in one snapshot. -1 when the agency or the year's
 * framework does not exist, or on a read error (err says which). */
int db_whatif_load(struct itadb *db, long agency_id, int year, struct whatif_year *y,
                   struct db_error *err);

#endif
