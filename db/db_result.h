/* Loads one agency's assessment of one year for scoring and display. */
#ifndef ITADESK_DB_RESULT_H
#define ITADESK_DB_RESULT_H

#include "db.h"
#include "result.h"

/* Fills r (the caller frees it with result_free) and computes it. -1 when the
 * agency or the year's framework does not exist. */
int db_result_load(struct itadb *db, long agency_id, int year, struct ita_result *r,
                   struct db_error *err);

#endif
