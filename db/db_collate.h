#ifndef ITADESK_DB_COLLATE_H
#define ITADESK_DB_COLLATE_H

#include "db.h"

/* Registers COLLATE THAI (dictionary order, locale-independent) and the SQL function
 * thai_sort_key(text) (tt_collate_key) on a connection. Queries use them only: the schema
 * never names them, so the stock sqlite3 shell can still open, check and change the file. */
int db_collate_register(struct itadb *db, struct db_error *err);

/* Computes the sort key of every agency that has none (new from another program, renamed
 * by one, or from before migration 006). Cheap when there is none. 0 or -1. */
int db_collate_fill_keys(struct itadb *db, struct db_error *err);

#endif
