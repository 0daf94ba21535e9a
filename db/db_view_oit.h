/* Cheap questions the OIT checklist screen asks while it waits for a key: has anyone else
 * committed a change since it last read the checklist? No transaction is left open. */
#ifndef ITADESK_DB_VIEW_OIT_H
#define ITADESK_DB_VIEW_OIT_H

#include "db.h"

/* SQLite's data version of the connection: it changes whenever another connection (in
 * this process or another) has committed a change to the file since the last call, and
 * never for this connection's own commits. 0 with *version set, or -1. */
int db_view_oit_data_version(struct itadb *db, long *version, struct db_error *err);

#endif
