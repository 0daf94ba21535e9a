#ifndef ITADESK_DB_COLLATE_H
#define ITADESK_DB_COLLATE_H

#include "db.h"

/* Registers COLLATE THAI (dictionary order, locale-independent) and the SQL function
 * thai_sort_key(text) (tt_collate_key) on a connection. Queries use them only: the schema
 * never names them, so the stock sqlite3 shell can still open, check and change the file. */
int db_collate_register(struct itadb *db, struct db_error *err);

/* 1 when an agency has no sort key (added or renamed by another program, or from before
 * migration 006), 0 when every one has, -1 on an error. One index probe. */
int db_collate_keys_missing(struct itadb *db);

/* Computes the missing sort keys, inside the caller's write transaction. 0 or -1. */
int db_collate_fill_keys(struct itadb *db, struct db_error *err);

#endif
