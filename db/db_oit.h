/* The OIT checklist in storage: listing, saving with version checks and audit,
 * bulk changes, imports and history. Every save is one short transaction. */
#ifndef ITADESK_DB_OIT_H
#define ITADESK_DB_OIT_H

#include <stddef.h>

#include "db.h"
#include "oit.h"

enum oit_field {
    OIT_SET_STATE = 1 << 0,
    OIT_SET_UNIT = 1 << 1,
    OIT_SET_URL = 1 << 2,
    OIT_SET_NOTE = 1 << 3,
    OIT_SET_SCORE = 1 << 4,
    OIT_SET_RECHECK = 1 << 5, /* after URL: a carried link waits to be re-checked */
};

/* What a user changes; only the fields named in `fields` are touched. An empty
 * unit, url or note (or an unset score) clears the field. */
struct oit_change {
    unsigned fields;
    enum ita_state state;
    const char *unit;
    const char *url;
    const char *note;
    struct opt_score score;
    int recheck; /* OIT_SET_RECHECK; saving the link (OIT_SET_URL) alone clears the flag */
};

enum db_save {
    DB_SAVE_FAILED = -1,
    DB_SAVED = 0,
    DB_UNCHANGED = 1,
    DB_CONFLICT = 2, /* someone saved first: err names who and when */
};

/* Pass as expected_version to save over whatever is there (the command line reads
 * and writes in one transaction, so it cannot be stale). */
#define OIT_ANY_VERSION (-1L)

/* Every catalog item of the year with this agency's status, in catalog order. */
int db_oit_list(struct itadb *db, long agency_id, int year, struct oit_row **rows, size_t *n,
                struct db_error *err);

/* One item; -1 when the year's catalog has no such code. */
int db_oit_get(struct itadb *db, long agency_id, int year, const char *code, struct oit_row *row,
               struct db_error *err);

/* Saves one item if its version is still expected_version (0 = never saved). */
enum db_save db_oit_save(struct itadb *db, long agency_id, int year, const char *code,
                         long expected_version, const struct oit_change *change,
                         struct db_error *err);

/* Applies one change to several items in one transaction (all or nothing).
 * Returns the number of items changed, or -1. */
long db_oit_save_many(struct itadb *db, long agency_id, int year, const char *const *codes,
                      size_t n, const struct oit_change *change, struct db_error *err);

/* db_oit_save's work inside a transaction the caller began (db_begin, DB_CAP_EDIT on
 * agency_id): for a change of several items that must be all or nothing. */
enum db_save db_oit_save_in_txn(struct itadb *db, long agency_id, int year, const char *code,
                                long expected_version, const struct oit_change *change,
                                struct db_error *err);

struct oit_import_row {
    long line;
    char code[16];
    struct oit_change change;
};

/* Applies imported rows in one transaction; an unknown code or bad value aborts
 * it all with "FILE:LINE: field: reason". Returns the number of items changed. */
long db_oit_import(struct itadb *db, long agency_id, int year, const char *file,
                   const struct oit_import_row *rows, size_t n, struct db_error *err);

struct audit_entry {
    char *at, *login, *field, *old_value, *new_value;
};

/* Every recorded change of one item, oldest first. */
int db_oit_history(struct itadb *db, long agency_id, int year, const char *code,
                   struct audit_entry **out, size_t *n, struct db_error *err);
void audit_entries_free(struct audit_entry *e, size_t n);

/* The agency's units in Thai order. */
int db_unit_list(struct itadb *db, long agency_id, char ***names, size_t *n, struct db_error *err);
void db_unit_names_free(char **names, size_t n);

#endif
