/* Opening, migrating and transacting on the itadesk database. */
#ifndef ITADESK_DB_H
#define ITADESK_DB_H

#include <stddef.h>

typedef struct sqlite3 sqlite3;
struct db_busy_hook;

#define DB_STMT_CACHE 8

struct itadb {
    sqlite3 *sql;
    char *login;  /* Unix login of the user acting, recorded in audit rows */
    char *path;   /* as given to db_open, for messages */
    int readonly; /* opened for reading only: asked for, or this user may not write */
    /* Waiting for the write lock (db_busy.c). */
    int wait_ms;
    struct db_busy_hook *busy_hook;
    long busy_start_ms;
    int busy_notified;
    unsigned busy_random;
    int failed_busy; /* see db_failed_busy */
    /* Statements of hot queries, kept prepared (db_prepare_cached), by their SQL text. */
    const char *cached_sql[DB_STMT_CACHE];
    struct sqlite3_stmt *cached[DB_STMT_CACHE];
};

/* Every failing db_* call fills one of these with a message in the user's language. */
struct db_error {
    char msg[768];
};

/* The last error reported on db (since its last db_begin) was a busy database: the same
 * change may succeed when tried again. */
int db_failed_busy(const struct itadb *db);

enum {
    DB_OPEN_CREATE = 1,  /* create the file when it does not exist */
    DB_OPEN_READONLY = 2 /* never write (no migration either) */
};

/* Said once when a database opens read-only, and with every change refused. */
#define DB_READONLY_MSG N_("read-only: you can look but not change")

/* How long a statement waits for another user's transaction before giving up, until
 * db_set_wait (db_busy.h) says otherwise. */
#define DB_BUSY_TIMEOUT_MS 5000
/* The command line's wait (itadesk --wait SECONDS changes it). */
#define DB_CLI_WAIT_MS 30000

/* 'ITAD': marks the file as ours, so a foreign SQLite file is refused untouched. */
#define DB_APPLICATION_ID 0x49544144

/* Opens path, refuses a file that is not an itadesk database, is corrupt or comes
 * from a newer itadesk, then sets the connection pragmas and applies pending
 * migrations (each in its own transaction). NULL on failure. When this user may read the
 * file but not write it (or its folder), it is opened read-only (db->readonly) and every
 * change is refused with DB_READONLY_MSG instead of a raw SQLite error. */
struct itadb *db_open(const char *path, const char *login, int flags, struct db_error *err);

/* Applies migrations up to `target` only; for tests of upgrades. */
struct itadb *db_open_at_version(const char *path, const char *login, int target,
                                 struct db_error *err);

void db_close(struct itadb *db);

/* The schema version this build writes. */
int db_schema_latest(void);
int db_schema_version(struct itadb *db);

/* BEGIN IMMEDIATE: takes the write lock up front so a busy database waits here
 * (busy_timeout) instead of failing halfway through a user's change. */
int db_begin(struct itadb *db, struct db_error *err);
int db_commit(struct itadb *db, struct db_error *err);
void db_rollback(struct itadb *db);

/* A read transaction around several statements, so that they see one snapshot and a save
 * committed in between cannot make what is shown inconsistent. Returns 1 when it began
 * one, 0 when a transaction was already open (nothing to end), -1 on failure (err
 * filled). Hand the result to db_read_end. */
int db_read_begin(struct itadb *db, struct db_error *err);
void db_read_end(struct itadb *db, int began);

/* Fills err from the connection's last error, prefixed with what was being done. */
void db_error_set(struct db_error *err, struct itadb *db, const char *doing);
void db_error_printf(struct db_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The current time as stored in the database (UTC, ISO 8601 with seconds). */
void db_now(char out[32]);

#endif
