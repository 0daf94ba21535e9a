/* One-line statements on ids: a write or a count, with ?1 and ?2 bound as integers. For
 * the many small steps of a delete, a merge or a reorder. */
#ifndef ITADESK_DB_SIMPLE_H
#define ITADESK_DB_SIMPLE_H

#include "db.h"

/* Runs sql to completion with ?1 = a, ?2 = b (when the statement has them). Returns the
 * number of rows changed, or -1 with err naming `doing`. */
long db_simple_exec(struct itadb *db, const char *sql, long a, long b, const char *doing,
                    struct db_error *err);

/* The first column of the first row as an integer (0 when there is no row), or -1 with
 * err naming `doing`. */
long db_simple_long(struct itadb *db, const char *sql, long a, long b, const char *doing,
                    struct db_error *err);

/* Commits when ok, else rolls back; returns ok ? 0 : -1 (a failed commit is -1). */
int db_simple_end(struct itadb *db, int ok, struct db_error *err);

#endif
