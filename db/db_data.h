/* Framework catalogs and demo data shipped as CSV files with itadesk. */
#ifndef ITADESK_DB_DATA_H
#define ITADESK_DB_DATA_H

#include <stddef.h>

#include "db.h"

/* The folder holding catalogs/ and demo/: $ITADESK_DATA_DIR, else the installed
 * copy, else the source tree (running from a build directory). */
const char *db_data_dir(void);

/* Loads (or refreshes) every year's framework catalog in one transaction. Returns
 * the number of years loaded, or -1. */
int db_catalog_load(struct itadb *db, const char *dir, struct db_error *err);

/* Adds the three demo agencies with the data of seeds 000–002, in one transaction.
 * Returns 1 when added, 0 when they were already there (left untouched), -1. */
int db_demo_load(struct itadb *db, const char *dir, struct db_error *err);

#endif
