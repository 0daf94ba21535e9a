#include "db_audit.h"

#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

#define HASH_HEX (2 * SHA256_DIGEST_SIZE)

/* The hash before the first row. */
static const char genesis[HASH_HEX + 1] =
    "0000000000000000000000000000000000000000000000000000000000000000";

/* The fields of a row in the order they are hashed. */
enum { F_AT, F_LOGIN, F_ENTITY, F_KEY, F_FIELD, F_OLD, F_NEW, F_COUNT };

static void put(struct sha256_ctx *c, const char *s)
{
    sha256_update(c, strlen(s), (const uint8_t *)s);
}

static void hex_digest(struct sha256_ctx *c, char out[HASH_HEX + 1])
{
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(c, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

/* SHA-256 over the previous hash, the id, the agency and each field length-prefixed
 * (NULL distinct from empty), so no two different rows hash the same text. */
static void hash_row(const char *prev, long long id, long agency_id, const char *const f[F_COUNT],
                     char out[HASH_HEX + 1])
{
    struct sha256_ctx c;
    sha256_init(&c);
    char num[64];
    put(&c, "itadesk-audit-1\n");
    put(&c, prev ? prev : genesis);
    snprintf(num, sizeof num, "\n%lld\n%ld\n", id, agency_id);
    put(&c, num);
    for (int i = 0; i < F_COUNT; i++) {
        if (!f[i]) {
            put(&c, "-\n");
            continue;
        }
        snprintf(num, sizeof num, "+%zu:", strlen(f[i]));
        put(&c, num);
        put(&c, f[i]);
        put(&c, "\n");
    }
    hex_digest(&c, out);
}

/* The last row's id and hash (0 and the genesis hash when there is none). */
static int chain_head(struct itadb *db, long long *id, char hash[HASH_HEX + 1],
                      struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1",
                                  _("recording the change"), err);
    if (!st) return -1;
    *id = 0;
    snprintf(hash, HASH_HEX + 1, "%s", genesis);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        const char *h = (const char *)sqlite3_column_text(st, 1);
        if (h) snprintf(hash, HASH_HEX + 1, "%s", h);
        rc = SQLITE_DONE;
    }
    return db_finish(db, st, rc, _("recording the change"), err);
}

/* The head record's seal: SHA-256 over the last row's hash and id. Like a row's hash it
 * cannot be copied from another row, so rows cut from the end cannot be hidden by moving
 * the record back without computing it. */
static void seal_head(const char *hash, long long id, char out[HASH_HEX + 1])
{
    struct sha256_ctx c;
    char num[32];
    sha256_init(&c);
    put(&c, "itadesk-audit-head-1\n");
    put(&c, hash);
    snprintf(num, sizeof num, "\n%lld\n", id);
    put(&c, num);
    hex_digest(&c, out);
}

static int has_head(struct itadb *db)
{
    return db_schema_version(db) >= DB_SCHEMA_AUDIT_HEAD;
}

/* The head record's last id and seal; 0 when it is missing, -1 on an error. */
static int read_head(struct itadb *db, long long *id, char seal[HASH_HEX + 1], struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, "SELECT last_id, seal FROM audit_head WHERE one = 1",
                                  _("reading the audit"), err);
    if (!st) return -1;
    int rc = sqlite3_step(st), found = rc == SQLITE_ROW;
    if (found) {
        *id = sqlite3_column_int64(st, 0);
        const char *s = (const char *)sqlite3_column_text(st, 1);
        snprintf(seal, HASH_HEX + 1, "%s", s ? s : "");
        rc = SQLITE_DONE;
    }
    return db_finish(db, st, rc, _("reading the audit"), err) ? -1 : found;
}

/* Moves the head record to row id. An UPDATE, never an insert: a record someone deleted
 * stays missing, and `itadesk check` keeps saying so. */
static int move_head(struct itadb *db, long long id, const char *hash, struct db_error *err)
{
    char seal[HASH_HEX + 1];
    seal_head(hash, id, seal);
    sqlite3_stmt *st = db_prepare(db, "UPDATE audit_head SET last_id = ?1, seal = ?2 WHERE one = 1",
                                  _("recording the change"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, seal, -1, SQLITE_STATIC);
    return db_finish(db, st, sqlite3_step(st), _("recording the change"), err);
}

/* Rows written in bulk and sealed afterwards (the benchmark's generator) end the chain past
 * the head record the upgrade wrote: move it to the end, or `check` calls them forged. */
static int head_to_end(struct itadb *db, struct db_error *err)
{
    long long last;
    char hash[HASH_HEX + 1];
    if (chain_head(db, &last, hash, err)) return -1;
    return move_head(db, last, hash, err);
}

int db_audit_head_start(struct itadb *db, struct db_error *err)
{
    long long last;
    char hash[HASH_HEX + 1], seal[HASH_HEX + 1];
    if (chain_head(db, &last, hash, err)) return -1;
    seal_head(hash, last, seal);
    sqlite3_stmt *st =
        db_prepare(db, "INSERT INTO audit_head (one, last_id, seal) VALUES (1, ?1, ?2)",
                   _("sealing the audit"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, last);
    sqlite3_bind_text(st, 2, seal, -1, SQLITE_STATIC);
    return db_finish(db, st, sqlite3_step(st), _("sealing the audit"), err);
}

int db_audit_add(struct itadb *db, const char *entity, const char *key, const char *field,
                 const char *old_value, const char *new_value, struct db_error *err)
{
    long long last;
    char prev[HASH_HEX + 1], hash[HASH_HEX + 1], now[32];
    if (chain_head(db, &last, prev, err)) return -1;
    /* After rows deleted from the end, the next row takes an id past the recorded end:
     * the gap stays visible instead of being written over. */
    int head = has_head(db);
    long long recorded = 0;
    char seal[HASH_HEX + 1];
    if (head && read_head(db, &recorded, seal, err) < 0) return -1;
    if (recorded > last) last = recorded;
    db_now(now);
    const char *f[F_COUNT] = {now, db->login, entity, key, field, old_value, new_value};
    hash_row(prev, last + 1, db->txn_agency, f, hash);
    sqlite3_stmt *st =
        db_prepare(db,
                   "INSERT INTO audit (id, at, login, entity, key, field, old, new, agency_id,"
                   " hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                   _("recording the change"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, last + 1);
    for (int i = 0; i < F_COUNT; i++)
        sqlite3_bind_text(st, 2 + i, f[i], -1, SQLITE_STATIC);
    if (db->txn_agency >= 0) sqlite3_bind_int64(st, 9, db->txn_agency);
    sqlite3_bind_text(st, 10, hash, -1, SQLITE_STATIC);
    if (db_finish(db, st, sqlite3_step(st), _("recording the change"), err)) return -1;
    return head ? move_head(db, last + 1, hash, err) : 0;
}

static const char row_sql[] = "SELECT id, coalesce(agency_id, -1), at, login, entity, key, field,"
                              " old, new, hash FROM audit";

static void fields_of(sqlite3_stmt *st, const char *f[F_COUNT])
{
    for (int i = 0; i < F_COUNT; i++)
        f[i] = (const char *)sqlite3_column_text(st, 2 + i);
}

int db_audit_seal(struct itadb *db, struct db_error *err)
{
    char sql[256];
    snprintf(sql, sizeof sql, "%s ORDER BY id", row_sql);
    sqlite3_stmt *st = db_prepare(db, sql, _("sealing the audit"), err);
    sqlite3_stmt *up =
        st ? db_prepare(db, "UPDATE audit SET hash = ?2 WHERE id = ?1", _("sealing the audit"), err)
           : NULL;
    if (!up) {
        sqlite3_finalize(st);
        return -1;
    }
    char prev[HASH_HEX + 1];
    snprintf(prev, sizeof prev, "%s", genesis);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *stored = (const char *)sqlite3_column_text(st, 9);
        if (stored) {
            snprintf(prev, sizeof prev, "%s", stored);
            continue;
        }
        const char *f[F_COUNT];
        fields_of(st, f);
        char hash[HASH_HEX + 1];
        long long id = sqlite3_column_int64(st, 0);
        hash_row(prev, id, (long)sqlite3_column_int64(st, 1), f, hash);
        sqlite3_reset(up);
        sqlite3_bind_int64(up, 1, id);
        sqlite3_bind_text(up, 2, hash, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(up) != SQLITE_DONE) break;
        memcpy(prev, hash, sizeof prev);
    }
    sqlite3_finalize(up);
    if (db_finish(db, st, rc, _("sealing the audit"), err)) return -1;
    return has_head(db) ? head_to_end(db, err) : 0;
}

/* One row of the walk: a gap, a missing hash or a hash that does not match. */
static long verify_row(sqlite3_stmt *st, long long *expect, char prev[HASH_HEX + 1], FILE *out)
{
    long problems = 0;
    long long id = sqlite3_column_int64(st, 0);
    if (id != *expect) {
        if (id == *expect + 1)
            fprintf(out, _("audit: row %lld is missing: it was deleted\n"), *expect);
        else
            fprintf(out, _("audit: rows %lld to %lld are missing: they were deleted\n"), *expect,
                    id - 1);
        problems++;
    }
    const char *stored = (const char *)sqlite3_column_text(st, 9);
    const char *f[F_COUNT];
    fields_of(st, f);
    char hash[HASH_HEX + 1];
    hash_row(prev, id, (long)sqlite3_column_int64(st, 1), f, hash);
    if (!stored) {
        fprintf(out, _("audit: row %lld has no hash: it was added outside itadesk\n"), id);
        problems++;
    } else if (strcmp(stored, hash) != 0 && !problems) {
        fprintf(out, _("audit: row %lld was changed after it was written\n"), id);
        problems++;
    }
    snprintf(prev, HASH_HEX + 1, "%s", stored ? stored : hash);
    *expect = id + 1;
    return problems;
}

/* Walks the rows in order; *last_id and last_hash are the last row's (0 and the genesis
 * hash for none). */
static long verify_chain(struct itadb *db, FILE *out, long long *last_id,
                         char last_hash[HASH_HEX + 1], struct db_error *err)
{
    char sql[256];
    snprintf(sql, sizeof sql, "%s ORDER BY id", row_sql);
    sqlite3_stmt *st = db_prepare(db, sql, _("checking the audit"), err);
    if (!st) return -1;
    snprintf(last_hash, HASH_HEX + 1, "%s", genesis);
    long long expect = 1;
    long problems = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        problems += verify_row(st, &expect, last_hash, out);
    *last_id = expect - 1;
    return db_finish(db, st, rc, _("checking the audit"), err) ? -1 : problems;
}

/* The head record against the last row: rows cut from the end, rows added after it
 * outside itadesk, the record deleted or rewritten. */
static long verify_head(struct itadb *db, long long last_id, const char *last_hash, FILE *out,
                        struct db_error *err)
{
    long long head_id = 0;
    char seal[HASH_HEX + 1], expect[HASH_HEX + 1];
    int found = read_head(db, &head_id, seal, err);
    if (found < 0) return -1;
    if (!found) {
        fputs(_("audit: the record of its last row is missing: rows could have been deleted "
                "from its end\n"),
              out);
        return 1;
    }
    if (head_id > last_id) {
        if (head_id == last_id + 1)
            fprintf(out, _("audit: row %lld is missing: it was deleted\n"), head_id);
        else
            fprintf(out, _("audit: rows %lld to %lld are missing: they were deleted\n"),
                    last_id + 1, head_id);
        return 1;
    }
    if (head_id < last_id) {
        fprintf(out, _("audit: row %lld and after were added outside itadesk\n"), head_id + 1);
        return 1;
    }
    seal_head(last_hash, last_id, expect);
    if (strcmp(seal, expect) != 0) {
        fputs(_("audit: the record of its last row was changed\n"), out);
        return 1;
    }
    return 0;
}

/* The triggers as the migrations create them (whitespace aside). */
static const struct {
    const char *name, *sql;
} audit_triggers[] = {
    {"audit_no_update",
     "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit WHEN OLD.hash IS NOT NULL OR NEW.id "
     "IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.login IS NOT OLD.login OR NEW.entity IS NOT "
     "OLD.entity OR NEW.key IS NOT OLD.key OR NEW.field IS NOT OLD.field OR NEW.old IS NOT "
     "OLD.old OR NEW.new IS NOT OLD.new OR NEW.agency_id IS NOT OLD.agency_id BEGIN SELECT "
     "RAISE(ABORT, 'audit is append-only'); END"},
    {"audit_no_delete", "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT "
                        "RAISE(ABORT, 'audit is append-only'); END"},
};
#define N_TRIGGERS (sizeof audit_triggers / sizeof audit_triggers[0])

/* Collapses runs of white space to one space and trims, in place. */
static char *squeeze(char *s)
{
    char *w = s;
    for (const char *r = s; *r; r++) {
        int space = *r == ' ' || *r == '\n' || *r == '\t' || *r == '\r';
        if (space && (w == s || w[-1] == ' ')) continue;
        *w++ = space ? ' ' : *r;
    }
    while (w > s && w[-1] == ' ')
        w--;
    *w = '\0';
    return s;
}

static long verify_triggers(struct itadb *db, FILE *out, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"
                                  " AND tbl_name = 'audit' ORDER BY name",
                                  _("checking the audit"), err);
    if (!st) return -1;
    long problems = 0;
    int seen[N_TRIGGERS] = {0};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 0);
        char *sql =
            xstrdup(sqlite3_column_text(st, 1) ? (const char *)sqlite3_column_text(st, 1) : "");
        size_t i = 0;
        while (i < N_TRIGGERS && strcmp(name, audit_triggers[i].name) != 0)
            i++;
        if (i == N_TRIGGERS) {
            fprintf(out, _("audit: unexpected trigger %s on the audit table\n"), name);
            problems++;
        } else if (seen[i] = 1, strcmp(squeeze(sql), audit_triggers[i].sql) != 0) {
            fprintf(out, _("audit: trigger %s was altered: the audit could be rewritten\n"), name);
            problems++;
        }
        free(sql);
    }
    for (size_t i = 0; i < N_TRIGGERS; i++)
        if (!seen[i]) {
            fprintf(out, _("audit: trigger %s is missing: the audit could be rewritten\n"),
                    audit_triggers[i].name);
            problems++;
        }
    return db_finish(db, st, rc, _("checking the audit"), err) ? -1 : problems;
}

long db_audit_verify(struct itadb *db, FILE *out, struct db_error *err)
{
    long t = verify_triggers(db, out, err);
    if (t < 0) return -1;
    long long last_id;
    char last_hash[HASH_HEX + 1];
    long c = verify_chain(db, out, &last_id, last_hash, err);
    if (c < 0) return -1;
    long h = has_head(db) ? verify_head(db, last_id, last_hash, out, err) : 0;
    return h < 0 ? -1 : t + c + h;
}

int db_audit_list(struct itadb *db, const struct audit_query *q, struct audit_row **rows, size_t *n,
                  struct db_error *err)
{
    /* The newest `limit` matching rows, then back in order. */
    /* Two texts, not "(?1 < 0 OR agency_id = ?1)": an OR keeps SQLite from the agency's
     * index, and one agency's newest rows were found by walking the whole trail (84 ms on
     * the main menu at 30,000 agencies). */
#define AUDIT_LIST_SQL(agency)                                                                     \
    "SELECT * FROM (SELECT id, coalesce(agency_id, -1), at, login, entity, key, field, old,"       \
    " new FROM audit WHERE " agency " AND (?2 IS NULL OR login = ?2)"                              \
    " AND (?3 IS NULL OR instr(key, ?3) > 0) AND (?4 IS NULL OR at >= ?4)"                         \
    " ORDER BY id DESC LIMIT ?5) ORDER BY id"
    sqlite3_stmt *st = db_prepare(
        db, q->agency_id < 0 ? AUDIT_LIST_SQL("?1 < 0") : AUDIT_LIST_SQL("agency_id = ?1"),
        _("reading the audit"), err);
#undef AUDIT_LIST_SQL
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, q->agency_id);
    db_bind_text_or_null(st, 2, q->login);
    db_bind_text_or_null(st, 3, q->item);
    db_bind_text_or_null(st, 4, q->since);
    sqlite3_bind_int64(st, 5, q->limit ? (sqlite3_int64)q->limit : -1);
    struct audit_row *list = NULL;
    size_t count = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct audit_row *r = db_grow((void **)&list, &count, sizeof *list);
        if (!r) break;
        r->id = sqlite3_column_int64(st, 0);
        r->agency_id = (long)sqlite3_column_int64(st, 1);
        char **dst[] = {&r->at,    &r->login,     &r->entity,   &r->key,
                        &r->field, &r->old_value, &r->new_value};
        for (int i = 0; i < 7; i++)
            *dst[i] = db_column_strdup(st, 2 + i);
    }
    if (db_finish(db, st, rc, _("reading the audit"), err)) {
        audit_rows_free(list, count);
        return -1;
    }
    *rows = list;
    *n = count;
    return 0;
}

void audit_rows_free(struct audit_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].at);
        free(rows[i].login);
        free(rows[i].entity);
        free(rows[i].key);
        free(rows[i].field);
        free(rows[i].old_value);
        free(rows[i].new_value);
    }
    free(rows);
}
