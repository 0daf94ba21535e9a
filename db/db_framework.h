/* Framework administration: a fiscal year's catalog read and written whole, for the
 * administration screen and `itadesk framework`. Every write is an admin's (DB_CAP_ADMIN
 * over every agency), one transaction, audited per changed field, and marks the rows it
 * changed as edited (edited_at) so that neither `itadesk init` nor a later migration
 * overwrites them. Scores are derived from the catalog when they are read (db_result.c),
 * so every total and level of the year follows an edit at once; nothing stored needs
 * recomputing. */
#ifndef ITADESK_DB_FRAMEWORK_H
#define ITADESK_DB_FRAMEWORK_H

#include <stddef.h>

#include "db.h"
#include "framework.h"

struct fw_year_row {
    int year;
    char *grading, *status;
    long indicators, items, edited; /* edited: rows an admin changed */
    long assessments;               /* agencies' results of that year */
};

/* Every year, oldest first. 0 or -1. */
int db_framework_years(struct itadb *db, struct fw_year_row **rows, size_t *n,
                       struct db_error *err);
void fw_year_rows_free(struct fw_year_row *rows, size_t n);

/* The catalog of one year. 0, 1 when there is no such year (err says so), or -1. */
int db_framework_load(struct itadb *db, int year, struct fw_catalog *out, struct db_error *err);

/* A new year from an existing one. Refused when `to` exists or `from` does not. */
int db_framework_copy(struct itadb *db, int from, int to, struct db_error *err);

/* Stores c as its year's whole catalog (a new year, or the changes against the stored
 * one: rows absent from c are removed). `source` is recorded in the audit trail (the
 * file's name). Checked first (fw_validate): a bad catalog changes nothing. */
int db_framework_import(struct itadb *db, const struct fw_catalog *c, const char *source,
                        struct db_error *err);

/* Replaces record i of kind r of `edited` (a catalog loaded earlier and changed on the
 * screen) in the stored catalog of its year; other rows stay as stored now, whatever
 * changed since the screen loaded, except that an item's group name goes to every item of
 * its group (a group has one name). */
int db_framework_put(struct itadb *db, const struct fw_catalog *edited, enum fw_record r, size_t i,
                     struct db_error *err);

#endif
