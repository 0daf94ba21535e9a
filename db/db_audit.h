/* The append-only audit trail: every change a user makes leaves one row per field. */
#ifndef ITADESK_DB_AUDIT_H
#define ITADESK_DB_AUDIT_H

#include "db.h"

/* Records entity/key/field going from old to new (either may be NULL), by the
 * connection's login, now. Call inside the transaction that makes the change. */
int db_audit_add(struct itadb *db, const char *entity, const char *key, const char *field,
                 const char *old_value, const char *new_value, struct db_error *err);

#endif
