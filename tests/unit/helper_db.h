/* Test fixtures: temporary databases and whole-database snapshots. */
#ifndef ITADESK_TEST_HELPER_DB_H
#define ITADESK_TEST_HELPER_DB_H

#include <stddef.h>

#include "db.h"

/* A fresh path in a private temporary folder (the file does not exist yet). */
char *th_temp_path(const char *name);

/* Creates a database at a fresh path with the catalogs (and demo data if demo). */
struct itadb *th_open_fresh(char **path_out, int demo);

/* Opens path as login after the first admin ("tester") gave it role over every agency
 * (role NULL: it holds its roles already). */
struct itadb *th_open_as(const char *path, const char *login, const char *role);

/* Runs SQL as a write the tests set up by hand: inside an admin's db_begin, since the
 * commit hook rolls back any write that did not come through it. */
void th_exec_write(struct itadb *db, const char *sql);

/* Every row of every table, as text, in a stable order: equal snapshots mean an
 * unchanged database. */
char *th_snapshot(struct itadb *db);

/* Writes text to a fresh file and returns its path. */
char *th_write_file(const char *name, const char *text, size_t len);

/* Runs one SQL statement returning a single integer. */
long th_query_int(struct itadb *db, const char *sql);

/* Reads a whole file (for byte-for-byte comparisons). */
char *th_read_file(const char *path, size_t *len);

#endif
