/* Loads a CSV file into the database by running SQL statements once per row, with
 * each named parameter (:column) bound to the cell of the same header column. Used for
 * framework catalogs and the demo data: adding a column needs SQL, not C. */
#ifndef ITADESK_DB_LOAD_H
#define ITADESK_DB_LOAD_H

#include <stddef.h>

#include "db.h"

/* Runs inside the caller's transaction. An empty cell binds NULL. On failure err
 * reads "PATH:LINE: reason" and the caller rolls back. Returns rows loaded or -1. */
long db_load_csv(struct itadb *db, const char *path, const char *const *sql, size_t n_sql,
                 struct db_error *err);

#endif
