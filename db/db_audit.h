/* The append-only audit trail: every change a user makes leaves one row per field, and
 * each row carries SHA-256 of the previous row's hash and its own content, so a row
 * removed or rewritten with the sqlite3 shell shows in `itadesk check`; the head record
 * (the last row's id, sealed) shows rows cut from the end. */
#ifndef ITADESK_DB_AUDIT_H
#define ITADESK_DB_AUDIT_H

#include <stddef.h>
#include <stdio.h>

#include "db.h"

/* Records entity/key/field going from old to new (either may be NULL), by the
 * connection's login, now, for the agency the transaction began for, chained to the
 * row before. Call inside the transaction that makes the change. */
int db_audit_add(struct itadb *db, const char *entity, const char *key, const char *field,
                 const char *old_value, const char *new_value, struct db_error *err);

/* The schema version that added the head record (audit_head): the last row's id, sealed. */
#define DB_SCHEMA_AUDIT_HEAD 12

/* Writes the head record from the chain as it ends now (the upgrade does, once). */
int db_audit_head_start(struct itadb *db, struct db_error *err);

/* Gives rows written before the chain existed (or in bulk, by the benchmark's generator)
 * their hash, in order, and moves the head record, if the schema has one, to the end. */
int db_audit_seal(struct itadb *db, struct db_error *err);

/* Walks the chain and checks that the triggers keeping the audit append-only are there
 * and unchanged. Writes one line per problem to out, naming the first row that breaks;
 * returns how many, or -1 when it could not read. */
long db_audit_verify(struct itadb *db, FILE *out, struct db_error *err);

/* One row as the audit screen and `itadesk audit` show it. */
struct audit_row {
    long long id;
    long agency_id; /* -1: the whole file */
    char *at, *login, *entity, *key, *field, *old_value, *new_value;
};

/* What to show; empty or -1 members do not filter. */
struct audit_query {
    long agency_id;    /* -1: every agency */
    const char *login; /* exact login */
    const char *item;  /* part of the key ("O12", a measure id) */
    const char *since; /* UTC "YYYY-MM-DD…": rows at or after */
    size_t limit;      /* 0: all; else the newest `limit` rows */
};

/* Matching rows, oldest first. 0 or -1. */
int db_audit_list(struct itadb *db, const struct audit_query *q, struct audit_row **rows, size_t *n,
                  struct db_error *err);
void audit_rows_free(struct audit_row *rows, size_t n);

#endif
