#include "db.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db_busy.h"
#include "db_audit.h"
#include "db_collate.h"
#include "db_migrations.h"
#include "db_role.h"
#include "db_stmt.h"
#include "i18n.h"
#include "priv.h"
#include "xalloc.h"

void db_error_printf(struct db_error *err, const char *fmt, ...)
{
    if (!err) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

void db_error_set(struct db_error *err, struct itadb *db, const char *doing)
{
    int code = db && db->sql ? sqlite3_extended_errcode(db->sql) : SQLITE_ERROR;
    if ((code & 0xff) == SQLITE_READONLY)
        db_error_printf(err, "%s: %s", doing, _(DB_READONLY_MSG));
    else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        db_error_printf(err, _("%s: the database is busy: another user is saving; try again"),
                        doing);
    else if ((code & 0xff) == SQLITE_FULL)
        db_error_printf(err, _("%s: the disk is full; nothing was saved"), doing);
    else
        db_error_printf(err, "%s: %s", doing, db && db->sql ? sqlite3_errmsg(db->sql) : "?");
    if (db) db->failed_busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

int db_failed_busy(const struct itadb *db)
{
    return db->failed_busy;
}

void db_now(char out[32])
{
    /* A fixed time for golden files (as ITADESK_TODAY for dates); never while setgid, where
     * it would let a user backdate the shared audit trail. */
    const char *fixed = getenv("ITADESK_NOW");
    if (fixed && strlen(fixed) == 20 && fixed[19] == 'Z' && !priv_setgid()) {
        snprintf(out, 32, "%s", fixed);
        return;
    }
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int db_schema_latest(void)
{
    return db_migration_count;
}

static int pragma_int(sqlite3 *sql, const char *pragma, int *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(sql, pragma, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

int db_schema_version(struct itadb *db)
{
    int v = -1;
    pragma_int(db->sql, "PRAGMA user_version", &v);
    return v;
}

/* Decides, before anything is written, whether the file is ours to touch. */
static int check_identity(struct itadb *db, const char *path, struct db_error *err)
{
    int app_id = 0, version = 0, objects = 0;
    int rc = pragma_int(db->sql, "PRAGMA application_id", &app_id);
    if (rc == SQLITE_OK) rc = pragma_int(db->sql, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK) rc = pragma_int(db->sql, "SELECT count(*) FROM sqlite_schema", &objects);
    if (rc != SQLITE_OK) {
        db_error_printf(
            err, _("%s is not an itadesk database, or it is damaged (%s); it was not changed"),
            path, sqlite3_errstr(rc));
        return -1;
    }
    if (app_id != DB_APPLICATION_ID && (version != 0 || objects != 0)) {
        db_error_printf(err,
                        _("%s is an SQLite file of another program, not an itadesk database; it "
                          "was not changed"),
                        path);
        return -1;
    }
    if (version > db_schema_latest()) {
        db_error_printf(err,
                        _("%s was written by a newer itadesk (schema %d; this one knows up to %d): "
                          "upgrade itadesk"),
                        path, version, db_schema_latest());
        return -1;
    }
    return 0;
}

static int exec(struct itadb *db, const char *sql, const char *doing, struct db_error *err)
{
    if (sqlite3_exec(db->sql, sql, NULL, NULL, NULL) == SQLITE_OK) return 0;
    db_error_set(err, db, doing);
    return -1;
}

static int set_pragmas(struct itadb *db, int readonly, struct db_error *err)
{
    if (exec(db, "PRAGMA foreign_keys = ON", _("setting up the database"), err)) return -1;
    if (readonly) return 0;
    /* WAL lets readers go on while one user saves; FULL makes every commit durable
     * across a power cut, which a tick or a typed paragraph deserves. */
    if (exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL",
             _("setting up the database"), err))
        return -1;
    return 0;
}

/* Migrations are the only writes that need no role: nobody holds one before them. */
static int begin_unchecked(struct itadb *db, struct db_error *err)
{
    if (sqlite3_exec(db->sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        db_error_set(err, db, _("starting a change"));
        return -1;
    }
    db->write_granted = 1;
    db->txn_agency = DB_ALL_AGENCIES;
    return 0;
}

/* Missing Thai sort keys are filled like a migration: storage upkeep, no role needed, and
 * the write lock taken only when there is something to fill. */
static int fill_sort_keys(struct itadb *db, struct db_error *err)
{
    int missing = db_collate_keys_missing(db);
    if (missing <= 0) return 0; /* an error here only leaves the order as it was */
    if (begin_unchecked(db, err)) return -1;
    if (db_collate_fill_keys(db, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

/* Whoever creates the file, or upgrades it to the schema with people, becomes its first
 * admin (for every agency): `itadesk init` does both. */
static int add_first_admin(struct itadb *db, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO user_role (login, agency_id, role)"
                                  " SELECT ?1, NULL, 'admin' WHERE NOT EXISTS"
                                  " (SELECT 1 FROM user_role WHERE role = 'admin')",
                                  _("adding the first admin"), err);
    if (!st) return -1;
    sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    int added = sqlite3_changes(db->sql) > 0;
    if (db_finish(db, st, rc, _("adding the first admin"), err)) return -1;
    return added ? db_audit_add(db, "user", db->login, "role:*", NULL, "admin", err) : 0;
}

/* C steps that belong to a migration, run in its transaction after its SQL. */
static int after_migration(struct itadb *db, int number, struct db_error *err)
{
    if (number == DB_SCHEMA_AUDIT_HEAD) return db_audit_head_start(db, err);
    if (number != DB_SCHEMA_PEOPLE) return 0;
    return db_audit_seal(db, err) || add_first_admin(db, err) ? -1 : 0;
}

static int apply_migration(struct itadb *db, const struct db_migration *m, struct db_error *err)
{
    char doing[160];
    snprintf(doing, sizeof doing, _("applying migration %s"), m->name);
    if (begin_unchecked(db, err)) return -1;
    /* Another process may have applied it while we waited for the lock. */
    if (db_schema_version(db) >= m->number) return db_commit(db, err);
    char set_version[96];
    snprintf(set_version, sizeof set_version,
             "PRAGMA application_id = %d; PRAGMA user_version = %d", DB_APPLICATION_ID, m->number);
    if (exec(db, m->sql, doing, err) || after_migration(db, m->number, err) ||
        exec(db, set_version, doing, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

static int migrate_to(struct itadb *db, int target, struct db_error *err)
{
    for (int i = 0; i < db_migration_count && db_migrations[i].number <= target; i++)
        if (db_migrations[i].number > db_schema_version(db) &&
            apply_migration(db, &db_migrations[i], err))
            return -1;
    return 0;
}

/* access() with the effective ids: a setgid itadesk opens the database with its group
 * raised, which access() (real ids) would not see. */
static int can(const char *path, int mode)
{
    return faccessat(AT_FDCWD, path, mode, AT_EACCESS);
}

/* The folder of path (".' for a bare name), where SQLite keeps its -wal and -shm files. */
static void folder_of(const char *path, char *out, size_t outsz)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(out, outsz, ".");
    else if (slash == path)
        snprintf(out, outsz, "/");
    else
        snprintf(out, outsz, "%.*s", (int)(slash - path), path);
}

/* Refuses what cannot be a database file before SQLite gives a puzzling error about it
 * (a folder, /dev/null, a pipe); -1 with the reason. */
static int check_path(const char *path, int flags, struct db_error *err)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (flags & DB_OPEN_CREATE) return 0;
        db_error_printf(err, _("no database at %s: create it with 'itadesk init'"), path);
        return -1;
    }
    if (S_ISDIR(sb.st_mode)) {
        db_error_printf(err,
                        _("%s is a folder, not a database file: give the file's path (for "
                          "example %s/itadesk.db)"),
                        path, path);
        return -1;
    }
    if (!S_ISREG(sb.st_mode)) {
        db_error_printf(err,
                        _("%s is a device or a pipe, not a database file: give the path of an "
                          "itadesk database"),
                        path);
        return -1;
    }
    if (can(path, R_OK) != 0) {
        db_error_printf(err, _("%s: you have no permission to read this database"), path);
        return -1;
    }
    return 0;
}

/* How to open an existing file this user may only read: SQLite needs the -shm file of a
 * WAL database; when nobody has the database open it does not exist, and this user cannot
 * create it in a folder they may not write, so the file is then read as it stands. */
static const char *readonly_uri(const char *path, char *uri, size_t urisz)
{
    char dir[4096], shm[4200];
    folder_of(path, dir, sizeof dir);
    snprintf(shm, sizeof shm, "%s-shm", path);
    if (can(dir, W_OK) == 0 || can(shm, R_OK) == 0) return path;
    char *escaped = sqlite3_mprintf("%s", path);
    size_t used = (size_t)snprintf(uri, urisz, "file:");
    for (const char *p = escaped; p && *p && used + 4 < urisz; p++)
        used += (size_t)(*p == '%' || *p == '?' || *p == '#'
                             ? snprintf(uri + used, urisz - used, "%%%02X", (unsigned char)*p)
                             : snprintf(uri + used, urisz - used, "%c", *p));
    snprintf(uri + used, urisz - used, "?immutable=1");
    sqlite3_free(escaped);
    return uri;
}

/* Whether this user may write the file and the folder its journal files go in. */
static int may_write(const char *path)
{
    char dir[4096];
    folder_of(path, dir, sizeof dir);
    if (can(path, F_OK) != 0) return can(dir, W_OK) == 0;
    return can(path, W_OK) == 0 && can(dir, W_OK) == 0;
}

/* The backstop behind db_begin: a write transaction that did not come through it (a
 * statement run outside any, or a new write path that forgot) is rolled back. */
static int commit_hook(void *arg)
{
    const struct itadb *db = arg;
    return db->write_granted ? 0 : 1;
}

static struct itadb *open_file(const char *path, const char *login, int flags, int target,
                               struct db_error *err)
{
    if (check_path(path, flags, err)) return NULL;
    int readonly = (flags & DB_OPEN_READONLY) || !may_write(path);
    if (readonly && can(path, F_OK) != 0) {
        char dir[4096];
        folder_of(path, dir, sizeof dir);
        db_error_printf(err, _("cannot create %s: you have no permission to write in %s"), path,
                        dir);
        return NULL;
    }
    struct itadb *db = xcalloc(1, sizeof *db);
    db->login = xstrdup(login ? login : "?");
    db->path = xstrdup(path);
    db->readonly = readonly;
    db->txn_agency = DB_ALL_AGENCIES;
    char uri[8192];
    const char *name = readonly ? readonly_uri(path, uri, sizeof uri) : path;
    int oflags = readonly
                     ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
                     : SQLITE_OPEN_READWRITE | ((flags & DB_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(name, &db->sql, oflags, NULL) != SQLITE_OK) {
        db_error_printf(err, _("cannot open %s: %s"), path,
                        db->sql ? sqlite3_errmsg(db->sql) : "out of memory");
        db_close(db);
        return NULL;
    }
    db_busy_start(db);
    sqlite3_extended_result_codes(db->sql, 1);
    if (check_identity(db, path, err) || set_pragmas(db, readonly, err) ||
        db_collate_register(db, err) ||
        (!readonly && !(flags & DB_OPEN_NO_MIGRATE) && migrate_to(db, target, err))) {
        db_close(db);
        return NULL;
    }
    if (!readonly && target >= DB_SCHEMA_SORT_KEY && fill_sort_keys(db, err)) {
        db_close(db);
        return NULL;
    }
    if (db_schema_version(db) < target) {
        db_error_printf(err, _("%s needs an upgrade: run 'itadesk init' once"), path);
        db_close(db);
        return NULL;
    }
    db->write_granted = 0;
    sqlite3_commit_hook(db->sql, commit_hook, db);
    return db;
}

struct itadb *db_open(const char *path, const char *login, int flags, struct db_error *err)
{
    return open_file(path, login, flags, db_schema_latest(), err);
}

struct itadb *db_open_at_version(const char *path, const char *login, int target,
                                 struct db_error *err)
{
    return open_file(path, login, DB_OPEN_CREATE, target, err);
}

void db_close(struct itadb *db)
{
    if (!db) return;
    db_cache_clear(db);
    sqlite3_close_v2(db->sql);
    free(db->login);
    free(db->path);
    free(db);
}

int db_begin(struct itadb *db, long agency_id, enum db_cap cap, struct db_error *err)
{
    if (db->readonly) {
        db_error_printf(err, _("%s; nothing was changed"), _(DB_READONLY_MSG));
        return -1;
    }
    db->failed_busy = 0;
    if (sqlite3_exec(db->sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        db_error_set(err, db, _("starting a change"));
        return -1;
    }
    /* Asked inside the transaction: a role removed meanwhile counts. */
    if (db_may(db, agency_id, cap, err)) {
        db_rollback(db);
        return -1;
    }
    db->write_granted = 1;
    db->txn_agency = agency_id;
    return 0;
}

int db_commit(struct itadb *db, struct db_error *err)
{
    if (sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL) == SQLITE_OK) {
        db->write_granted = 0;
        db->commits++;
        return 0;
    }
    db_error_set(err, db, _("saving"));
    db_rollback(db);
    return -1;
}

int db_read_begin(struct itadb *db, struct db_error *err)
{
    if (!sqlite3_get_autocommit(db->sql)) return 0;
    if (sqlite3_exec(db->sql, "BEGIN DEFERRED", NULL, NULL, NULL) == SQLITE_OK) return 1;
    db_error_set(err, db, _("reading"));
    return -1;
}

void db_read_end(struct itadb *db, int began)
{
    /* Nothing was written: ending it only lets go of the snapshot. */
    if (began > 0 && !sqlite3_get_autocommit(db->sql))
        sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL);
}

void db_rollback(struct itadb *db)
{
    if (!sqlite3_get_autocommit(db->sql)) sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
    db->write_granted = 0;
}

unsigned long long db_data_stamp(struct itadb *db)
{
    /* data_version moves with other connections' commits only; our own are counted. */
    int v = 0;
    if (pragma_int(db->sql, "PRAGMA data_version", &v) != SQLITE_OK) return 0;
    return ((unsigned long long)db->commits << 32) ^ (unsigned)v;
}
