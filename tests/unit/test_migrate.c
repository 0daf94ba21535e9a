/* Opening and migrating: fresh files, upgrades, and files that must be refused untouched. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "db_busy.h"
#include "helper_db.h"

static void assert_file_unchanged(const char *path, const char *before, size_t before_len)
{
    size_t len;
    char *after = th_read_file(path, &len);
    cr_assert_eq(len, before_len, "the refused file changed size");
    cr_assert(memcmp(before, after, len) == 0, "the refused file was modified");
    free(after);
}

Test(migrate, fresh_database_gets_every_migration_and_the_pragmas)
{
    char *path = th_temp_path("fresh.db");
    struct db_error err = {{0}};
    struct itadb *db = db_open(path, "tester", DB_OPEN_CREATE, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(db_schema_version(db), db_schema_latest());
    cr_assert_geq(db_schema_latest(), 3);
    cr_assert_eq(th_query_int(db, "PRAGMA application_id"), DB_APPLICATION_ID);
    cr_assert_eq(th_query_int(db, "PRAGMA foreign_keys"), 1);
    cr_assert_eq(th_query_int(db, "PRAGMA synchronous"), 2); /* FULL */
    cr_assert_gt(db_wait(db), 0); /* a busy database is waited for */
    cr_assert_eq(th_query_int(db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
    db_close(db);
    free(path);
}

Test(migrate, missing_file_is_not_created_without_init)
{
    char *path = th_temp_path("absent.db");
    struct db_error err = {{0}};
    cr_assert_null(db_open(path, "tester", 0, &err));
    cr_assert(strstr(err.msg, "itadesk init"), "message: %s", err.msg);
    cr_assert_neq(access(path, F_OK), 0, "the file was created");
    free(path);
}

Test(migrate, upgrade_keeps_data_and_reaches_latest)
{
    char *path = th_temp_path("old.db");
    struct db_error err = {{0}};
    struct itadb *db = db_open_at_version(path, "tester", 1, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(db_schema_version(db), 1);
    th_exec_write(db, "INSERT INTO framework (year, grading) VALUES (2567, 'pass')");
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'agency'"), 0);
    db_close(db);

    db = db_open(path, "tester", 0, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(db_schema_version(db), db_schema_latest());
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM framework WHERE year = 2567"), 1);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'agency'"), 1);
    db_close(db);
    free(path);
}

Test(migrate, database_from_a_newer_itadesk_is_refused_untouched)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 0);
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", db_schema_latest() + 1);
    th_exec_write(db, sql);
    cr_assert_eq(sqlite3_exec(db->sql, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL),
                 SQLITE_OK);
    db_close(db);
    size_t len;
    char *before = th_read_file(path, &len);

    struct db_error err = {{0}};
    cr_assert_null(db_open(path, "tester", 0, &err));
    cr_assert(strstr(err.msg, "newer"), "message: %s", err.msg);
    assert_file_unchanged(path, before, len);
    free(before);
    free(path);
}

Test(migrate, text_file_is_refused_untouched)
{
    const char text[] = "year,score\n2567,90.49\nthis is not a database at all, it is a CSV\n";
    char *path = th_write_file("notes.db", text, sizeof text - 1);
    struct db_error err = {{0}};
    cr_assert_null(db_open(path, "tester", DB_OPEN_CREATE, &err));
    cr_assert(strstr(err.msg, "not an itadesk database"), "message: %s", err.msg);
    assert_file_unchanged(path, text, sizeof text - 1);
    free(path);
}

Test(migrate, another_programs_sqlite_file_is_refused_untouched)
{
    char *path = th_temp_path("other.db");
    sqlite3 *raw;
    cr_assert_eq(sqlite3_open(path, &raw), SQLITE_OK);
    cr_assert_eq(
        sqlite3_exec(raw, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')",
                     NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(raw);
    size_t len;
    char *before = th_read_file(path, &len);
    struct db_error err = {{0}};
    cr_assert_null(db_open(path, "tester", DB_OPEN_CREATE, &err));
    cr_assert(strstr(err.msg, "another program"), "message: %s", err.msg);
    assert_file_unchanged(path, before, len);
    free(before);
    free(path);
}

Test(migrate, damaged_header_is_refused_untouched)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 0);
    sqlite3_exec(db->sql, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    db_close(db);
    size_t len;
    char *bytes = th_read_file(path, &len);
    memset(bytes + 16, 0x7f, 8); /* page size, format versions: garbage */
    FILE *f = fopen(path, "wb");
    fwrite(bytes, 1, len, f);
    fclose(f);
    struct db_error err = {{0}};
    cr_assert_null(db_open(path, "tester", 0, &err));
    cr_assert(strstr(err.msg, "damaged") || strstr(err.msg, "not an itadesk"), "message: %s",
              err.msg);
    assert_file_unchanged(path, bytes, len);
    free(bytes);
    free(path);
}

Test(migrate, audit_rows_cannot_be_changed_or_deleted)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    th_exec_write(db, "INSERT INTO audit (at, login, entity, key, field, old, new)"
                      " VALUES ('2026-01-01T00:00:00Z', 'a', 'oit_status', '1/2567/O1',"
                      " 'state', 'not-done', 'done')");
    cr_assert_neq(sqlite3_exec(db->sql, "UPDATE audit SET new = 'x'", NULL, NULL, NULL), SQLITE_OK);
    cr_assert(strstr(sqlite3_errmsg(db->sql), "append-only"));
    cr_assert_neq(sqlite3_exec(db->sql, "DELETE FROM audit", NULL, NULL, NULL), SQLITE_OK);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE new = 'done'"), 1);
    db_close(db);
}

Test(migrate, thai_collation_orders_by_dictionary_not_code_point)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    th_exec_write(db, "CREATE TEMP TABLE w (s TEXT); INSERT INTO w VALUES ('ไก่'), ('กา'),"
                      " ('เกม'), ('ขา'), ('กก'), ('ใคร'), ('แก'), ('คน'), ('เขา'), ('กิน')");
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db->sql,
                       "SELECT group_concat(s, ' ') FROM (SELECT s FROM w ORDER BY s COLLATE THAI)",
                       -1, &st, NULL);
    cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
    cr_assert_str_eq((const char *)sqlite3_column_text(st, 0), "กก กา กิน เกม แก ไก่ ขา เขา คน ใคร");
    sqlite3_finalize(st);
    db_close(db);
}
