/* Waiting for another user's write. Every connection waits for the write lock through one
 * busy handler (db_open installs it): short sleeps of 1 to 4 ms with random jitter, shorter
 * the longer it has waited, so that waiters poll often, do not fall into step with each
 * other, the oldest tends to go first, and none is left behind sleeping 100 ms while
 * newcomers take the lock (SQLite's default back-off grows to 100 ms, which let a tick wait
 * over a second behind 8 writers). How long a connection
 * waits in all is db_set_wait's (DB_BUSY_TIMEOUT_MS until set). A hook may be told when a
 * wait has lasted DB_BUSY_NOTICE_MS, to say "waiting for another user". */
#ifndef ITADESK_DB_BUSY_H
#define ITADESK_DB_BUSY_H

#include "db.h"

#define DB_BUSY_NOTICE_MS 150

/* Owned by the caller and kept alive while installed. waiting is called once per wait,
 * when it has lasted DB_BUSY_NOTICE_MS (waited_ms says how long so far). */
struct db_busy_hook {
    void (*waiting)(void *ctx, int waited_ms);
    void *ctx;
};

/* Installs the fair busy handler on a newly opened connection (db_open calls it). */
void db_busy_start(struct itadb *db);

/* How long each statement of db waits for another user's write before it gives up with
 * SQLITE_BUSY (reported as "the database is busy"). */
void db_set_wait(struct itadb *db, int ms);
int db_wait(const struct itadb *db);

/* Tells hook when a wait lasts (the wait itself stays the same). */
void db_busy_hook_install(struct itadb *db, struct db_busy_hook *hook);
void db_busy_hook_remove(struct itadb *db);

#endif
