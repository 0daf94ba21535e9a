/* Shared between the measure files of db/, not part of the storage API. */
#ifndef ITADESK_DB_MEASURE_INTERNAL_H
#define ITADESK_DB_MEASURE_INTERNAL_H

#include "db_plan.h"

/* Inserts m inside the caller's transaction, with audit and round rows. A non-zero
 * m->id names the measure it is carried over from. Returns the new id, or -1. */
long db_measure_add_in_txn(struct itadb *db, const struct measure *m, struct db_error *err);

/* Upserts one monitoring round inside the caller's transaction (no audit). */
int db_progress_write(struct itadb *db, long measure_id, int months, const char *reported_on,
                      enum ita_state state, const char *text, struct db_error *err);

#endif
