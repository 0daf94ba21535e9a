/* `itadesk check`: SQLite's own integrity and foreign-key checks, in words. */
#ifndef ITADESK_DB_CHECK_H
#define ITADESK_DB_CHECK_H

#include <stdio.h>

#include "db.h"

/* Writes each problem found as one line to out; returns how many (0 = healthy),
 * or -1 when the checks could not run. */
long db_check(struct itadb *db, FILE *out, struct db_error *err);

#endif
