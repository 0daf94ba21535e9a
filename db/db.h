/* Opening, migrating and transacting on the itadesk database. */
#ifndef ITADESK_DB_H
#define ITADESK_DB_H

#include <stddef.h>

typedef struct sqlite3 sqlite3;
struct db_busy_hook;

#define DB_STMT_CACHE 8

struct itadb {
    sqlite3 *sql;
    unsigned long commits; /* committed by this connection (db_data_stamp) */
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
    /* Set by db_begin once the login's role allows the change; the commit hook refuses
     * any write transaction without it, so a write path that skips db_begin fails. */
    int write_granted;
    long txn_agency; /* db_begin's agency: recorded in the transaction's audit rows */
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
    DB_OPEN_CREATE = 1,    /* create the file when it does not exist */
    DB_OPEN_READONLY = 2,  /* never write (no migration either) */
    DB_OPEN_NO_MIGRATE = 4 /* refuse a file that needs an upgrade instead of upgrading it */
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
/* The schema version from which agencies carry a Thai sort key (006_agency_sort_key). */
#define DB_SCHEMA_SORT_KEY 6

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

/* What a write needs (db_role.c maps roles to these). */
enum db_cap {
    DB_CAP_EDIT = 1 << 0,   /* officers, admins: an agency's checklist, units, plans, scores */
    DB_CAP_REVIEW = 1 << 1, /* reviewers, admins: check or return an officer's work */
    DB_CAP_ADMIN = 1 << 2,  /* admins: people, agencies, framework catalogs */
    DB_CAP_DRAFT = 1 << 3,  /* anyone who may edit or review somewhere: own unsaved drafts */
};

/* The agency argument of db_begin for what belongs to no one agency (catalogs, a new
 * agency, roles over every agency): only roles held for every agency count. */
#define DB_ALL_AGENCIES (-1L)

/* The one door of every write: checks that the connection's login may do `cap` on
 * agency_id (db_role.c), then BEGIN IMMEDIATE, which takes the write lock up front so a
 * busy database waits here (busy_timeout) instead of failing halfway through a user's
 * change. Refused: err says who, which role and why; nothing is written. */
int db_begin(struct itadb *db, long agency_id, enum db_cap cap, struct db_error *err);
int db_commit(struct itadb *db, struct db_error *err);
void db_rollback(struct itadb *db);

/* A read transaction around several statements, so that they see one snapshot and a save
 * committed in between cannot make what is shown inconsistent. Returns 1 when it began
 * one, 0 when a transaction was already open (nothing to end), -1 on failure (err
 * filled). Hand the result to db_read_end. */
int db_read_begin(struct itadb *db, struct db_error *err);
void db_read_end(struct itadb *db, int began);

/* Changes whenever anything was committed to the file since the last call returned the same
 * value: by this connection (db_commit) or by any other. A screen compares it with the stamp
 * it loaded at to know whether it shows current data. 0 when it cannot tell. */
unsigned long long db_data_stamp(struct itadb *db);

/* Fills err from the connection's last error, prefixed with what was being done. */
void db_error_set(struct db_error *err, struct itadb *db, const char *doing);
void db_error_printf(struct db_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The current time as stored in the database (UTC, ISO 8601 with seconds). */
void db_now(char out[32]);

#endif
