/* Waiting for another user's write: by default a connection waits up to
 * DB_BUSY_TIMEOUT_MS for the write lock in silence (db_open sets sqlite3_busy_timeout).
 * The screens install a hook instead, so that a wait longer than DB_BUSY_NOTICE_MS can say
 * "waiting for another user" while it goes on; the wait itself stays the same. */
#ifndef ITADESK_DB_BUSY_H
#define ITADESK_DB_BUSY_H

#include "db.h"

#define DB_BUSY_NOTICE_MS 150

/* Owned by the caller and kept alive while installed. waiting is called once per wait,
 * when it has lasted DB_BUSY_NOTICE_MS (waited_ms says how long so far). */
struct db_busy_hook {
    void (*waiting)(void *ctx, int waited_ms);
    void *ctx;
    long start_ms; /* private: when the current wait began */
    int notified;  /* private: waiting was called for the current wait */
};

/* Makes db wait through hook (same total wait as the default). */
void db_busy_hook_install(struct itadb *db, struct db_busy_hook *hook);

/* Back to the silent busy_timeout of DB_BUSY_TIMEOUT_MS. */
void db_busy_hook_remove(struct itadb *db);

#endif
