#ifndef ITADESK_DB_COLLATE_H
#define ITADESK_DB_COLLATE_H

#include "db.h"

/* Registers COLLATE THAI (dictionary order, locale-independent) on a connection.
 * Queries use it in ORDER BY only: the schema never names it, so the stock sqlite3
 * shell can still open and check the file. */
int db_collate_register(struct itadb *db, struct db_error *err);

#endif
