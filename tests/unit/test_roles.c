/* Roles enforced in storage (db_begin, with the commit hook behind it), the people rules,
 * reviews cleared by the officer's change, and the audit's hash chain as `check` sees it. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_check.h"
#include "db_oit.h"
#include "db_people.h"
#include "db_review.h"
#include "helper_db.h"

static struct oit_change note(const char *text)
{
    return (struct oit_change){.fields = OIT_SET_NOTE, .note = text};
}

/* What `check` prints about the file, and how many problems. */
static long check_text(struct itadb *db, char *buf, size_t n)
{
    FILE *f = fmemopen(buf, n, "w");
    struct db_error err = {{0}};
    long problems = db_check(db, f, &err);
    fclose(f);
    cr_assert_geq(problems, 0, "%s", err.msg);
    return problems;
}

Test(roles, viewer_and_other_agency_are_refused_and_nothing_changes)
{
    char *path;
    struct itadb *admin = th_open_fresh(&path, 1);
    char *before = th_snapshot(admin);
    struct itadb *viewer = th_open_as(path, "malee", "viewer");
    struct db_error err = {{0}};
    struct oit_change c = note("x");
    cr_assert_eq(db_oit_save(viewer, 1, 2567, "O2", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    cr_assert(strstr(err.msg, "not allowed: malee is viewer here"), "%s", err.msg);
    cr_assert_lt(db_oit_review(viewer, 1, 2567, "O1", REVIEW_CHECKED, NULL, &err), 0);
    cr_assert_lt(db_people_put(viewer, PEOPLE_ADD, "malee", DB_ALL_AGENCIES, DB_ROLE_ADMIN, &err),
                 0);
    cr_assert(strstr(err.msg, "only admins"), "%s", err.msg);
    db_close(viewer);
    struct db_error e2 = {{0}};
    cr_assert_eq(db_people_put(admin, PEOPLE_ADD, "somchai", 1, DB_ROLE_OFFICER, &e2), 0, "%s",
                 e2.msg);
    free(before);
    before = th_snapshot(admin);
    struct itadb *officer = th_open_as(path, "somchai", NULL);
    cr_assert_eq(db_oit_save(officer, 2, 2567, "O2", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    cr_assert(strstr(err.msg, "somchai has no role here"), "%s", err.msg);
    db_close(officer);
    char *after = th_snapshot(admin);
    cr_assert_str_eq(before, after, "a refused write changed the database");
    free(before);
    free(after);
    db_close(admin);
    free(path);
}

Test(roles, a_write_that_skips_db_begin_is_rolled_back)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    long notes = th_query_int(db, "SELECT count(*) FROM oit_status WHERE note = 'sneaked'");
    /* A write path that forgot db_begin: the commit hook turns its commit into a rollback. */
    int rc = sqlite3_exec(db->sql, "UPDATE oit_status SET note = 'sneaked'", NULL, NULL, NULL);
    cr_assert_neq(rc, SQLITE_OK);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM oit_status WHERE note = 'sneaked'"), notes);
    db_close(db);
}

Test(roles, the_last_admin_stays)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    struct db_error err = {{0}};
    cr_assert_lt(db_people_remove(db, "tester", DB_ALL_AGENCIES, &err), 0);
    cr_assert(strstr(err.msg, "at least one admin"), "%s", err.msg);
    cr_assert_lt(db_people_put(db, PEOPLE_SET, "tester", DB_ALL_AGENCIES, DB_ROLE_VIEWER, &err), 0);
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "malee", DB_ALL_AGENCIES, DB_ROLE_ADMIN, &err), 0,
                 "%s", err.msg);
    cr_assert_eq(db_people_remove(db, "tester", DB_ALL_AGENCIES, &err), 0, "%s", err.msg);
    db_close(db);
}

Test(roles, the_officers_change_clears_the_review_and_history_has_both)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_review(db, 1, 2567, "O1", REVIEW_RETURNED, "ลิงก์เสีย", &err), 0, "%s",
                 err.msg);
    struct oit_row r;
    cr_assert_eq(db_oit_get(db, 1, 2567, "O1", &r, &err), 0);
    cr_assert_eq(r.review, REVIEW_RETURNED);
    cr_assert_str_eq(r.review_comment, "ลิงก์เสีย");
    oit_row_clear(&r);
    cr_assert_eq(db_oit_returned_count(db, 1, 2567, &err), 1);
    struct oit_change c = note("แก้แล้ว");
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    cr_assert_eq(db_oit_get(db, 1, 2567, "O1", &r, &err), 0);
    cr_assert_eq(r.review, REVIEW_NONE);
    oit_row_clear(&r);
    cr_assert_eq(db_oit_returned_count(db, 1, 2567, &err), 0);
    struct audit_entry *e;
    size_t n;
    cr_assert_eq(db_oit_history(db, 1, 2567, "O1", &e, &n, &err), 0);
    cr_assert_eq(n, 4); /* review, comment, note, review cleared */
    cr_assert_str_eq(e[0].field, "review");
    cr_assert_str_eq(e[0].new_value, "returned");
    cr_assert_str_eq(e[2].field, "note");
    cr_assert_str_eq(e[3].field, "review");
    cr_assert_str_eq(e[3].old_value, "returned");
    cr_assert_null(e[3].new_value);
    audit_entries_free(e, n);
    db_close(db);
    free(path);
}

/* A file with a few audit rows, then hands to the sqlite3-shell-like tamperer. */
static struct itadb *audited(void)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    for (int i = 0; i < 4; i++) {
        char text[16];
        snprintf(text, sizeof text, "n%d", i);
        struct oit_change c = note(text);
        cr_assert_eq(db_oit_save(db, 1, 2567, "O2", OIT_ANY_VERSION, &c, &err), DB_SAVED);
    }
    return db;
}

Test(roles, check_names_the_first_row_that_breaks)
{
    struct itadb *db = audited();
    char out[2048];
    cr_assert_eq(check_text(db, out, sizeof out), 0, "%s", out);
    long rows = th_query_int(db, "SELECT count(*) FROM audit");
    cr_assert_geq(rows, 5);
    /* edited */
    th_exec_write(db, "DROP TRIGGER audit_no_update; UPDATE audit SET new = 'n9' WHERE id = 3");
    cr_assert_geq(check_text(db, out, sizeof out), 2);
    cr_assert(strstr(out, "audit: trigger audit_no_update is missing"), "%s", out);
    cr_assert(strstr(out, "audit: row 3 was changed after it was written"), "%s", out);
    cr_assert_null(strstr(out, "row 4"), "%s", out);
    db_close(db);

    db = audited();
    th_exec_write(db, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 2");
    cr_assert_geq(check_text(db, out, sizeof out), 2);
    cr_assert(strstr(out, "audit: row 2 is missing: it was deleted"), "%s", out);
    db_close(db);

    db = audited();
    th_exec_write(db,
                  "INSERT INTO audit (id, at, login, entity, key, field, new) VALUES"
                  " (1000, '2026-01-01T00:00:00Z', 'x', 'oit_status', '1/2567/O1', 'note', 'y')");
    cr_assert_geq(check_text(db, out, sizeof out), 1);
    cr_assert(strstr(out, "has no hash"), "%s", out);
    db_close(db);

    db = audited();
    th_exec_write(db, "DROP TRIGGER audit_no_delete; CREATE TRIGGER audit_no_delete BEFORE DELETE"
                      " ON audit WHEN 0 BEGIN SELECT 1; END");
    cr_assert_eq(check_text(db, out, sizeof out), 1);
    cr_assert(strstr(out, "trigger audit_no_delete was altered"), "%s", out);
    db_close(db);
}

/* Rows written in bulk without a hash, as the national benchmark's generator writes its
 * history, then sealed: `check` finds nothing (it said "row N and after were added outside
 * itadesk" while the head record stayed where the upgrade left it). */
Test(roles, rows_sealed_in_bulk_move_the_head_record)
{
    struct itadb *db = audited();
    char out[2048];
    long last = th_query_int(db, "SELECT max(id) FROM audit");
    char sql[512];
    snprintf(sql, sizeof sql,
             "INSERT INTO audit (id, at, login, entity, key, field, new) VALUES"
             " (%ld, '2026-01-01T00:00:00Z', 'gen', 'oit_status', '1/2567/O1', 'note', 'a'),"
             " (%ld, '2026-01-01T00:00:01Z', 'gen', 'oit_status', '1/2567/O2', 'note', 'b')",
             last + 1, last + 2);
    th_exec_write(db, sql);
    cr_assert_geq(check_text(db, out, sizeof out), 1, "%s", out);
    struct db_error err = {{0}};
    cr_assert_eq(db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, &err), 0, "%s", err.msg);
    cr_assert_eq(db_audit_seal(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);
    cr_assert_eq(check_text(db, out, sizeof out), 0, "%s", out);
    cr_assert_eq(th_query_int(db, "SELECT last_id FROM audit_head"), last + 2);
    db_close(db);
}

/* The audit_no_delete trigger as the schema has it, put back after a deletion so that
 * only the rows tell. */
static const char put_back_trigger[] =
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is "
    "append-only'); END";

/* Rows cut from the end of the chain, or all of them, with the trigger put back: the chain
 * alone is unbroken, the head record shows it; a later save does not cover it up. */
Test(roles, check_sees_rows_cut_from_the_end)
{
    char out[2048], sql[512];
    struct itadb *db = audited();
    long last = th_query_int(db, "SELECT max(id) FROM audit");
    snprintf(sql, sizeof sql, "DROP TRIGGER audit_no_delete; DELETE FROM audit; %s",
             put_back_trigger);
    th_exec_write(db, sql);
    cr_assert_eq(check_text(db, out, sizeof out), 1, "%s", out);
    char want[128];
    snprintf(want, sizeof want, "audit: rows 1 to %ld are missing: they were deleted", last);
    cr_assert(strstr(out, want), "%s", out);
    db_close(db);

    db = audited();
    snprintf(sql, sizeof sql, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = %ld; %s",
             last, put_back_trigger);
    th_exec_write(db, sql);
    cr_assert_eq(check_text(db, out, sizeof out), 1, "%s", out);
    snprintf(want, sizeof want, "audit: row %ld is missing: it was deleted", last);
    cr_assert(strstr(out, want), "%s", out);
    /* The officer saves again: the new row goes past the gap, which stays visible. */
    struct db_error err = {{0}};
    struct oit_change c = note("again");
    cr_assert_eq(db_oit_save(db, 1, 2567, "O2", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    cr_assert_eq(check_text(db, out, sizeof out), 1, "%s", out);
    cr_assert(strstr(out, want), "%s", out);
    db_close(db);

    /* The record moved back by hand, with the row: its seal no longer matches. */
    db = audited();
    snprintf(sql, sizeof sql,
             "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = %ld; %s;"
             " UPDATE audit_head SET last_id = last_id - 1",
             last, put_back_trigger);
    th_exec_write(db, sql);
    cr_assert_eq(check_text(db, out, sizeof out), 1, "%s", out);
    cr_assert(strstr(out, "audit: the record of its last row was changed"), "%s", out);
    db_close(db);

    /* The record deleted: reported, and the next save does not write it again. */
    db = audited();
    th_exec_write(db, "DELETE FROM audit_head");
    cr_assert_eq(db_oit_save(db, 1, 2567, "O2", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    cr_assert_eq(check_text(db, out, sizeof out), 1, "%s", out);
    cr_assert(strstr(out, "audit: the record of its last row is missing"), "%s", out);
    db_close(db);

    /* A row added after the record's end with the sqlite3 shell. */
    db = audited();
    snprintf(sql, sizeof sql,
             "INSERT INTO audit (id, at, login, entity, key, field, new, hash) SELECT"
             " %ld, at, login, entity, key, field, new, hash FROM audit WHERE id = %ld",
             last + 1, last);
    th_exec_write(db, sql);
    cr_assert_geq(check_text(db, out, sizeof out), 1, "%s", out);
    snprintf(want, sizeof want, "audit: row %ld and after were added outside itadesk", last + 1);
    cr_assert(strstr(out, want), "%s", out);
    db_close(db);
}

Test(roles, an_upgraded_file_is_sealed_and_its_upgrader_is_admin)
{
    char *path = th_temp_path("old.db");
    struct db_error err = {{0}};
    struct itadb *db = db_open_at_version(path, "somchai", 5, &err);
    cr_assert_not_null(db, "%s", err.msg);
    th_exec_write(db, "INSERT INTO agency (name) VALUES ('ก');"
                      "INSERT INTO audit (at, login, entity, key, field, old, new) VALUES"
                      " ('2025-01-01T00:00:00Z', 'a', 'oit_status', '1/2567/O1', 'state', NULL,"
                      " 'done'), ('2025-01-02T00:00:00Z', 'b', 'user', 'b', 'x', NULL, 'y')");
    db_close(db);
    db = db_open(path, "somchai", 0, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE hash IS NULL"), 0);
    cr_assert_eq(th_query_int(db, "SELECT agency_id FROM audit WHERE id = 1"), 1);
    cr_assert_eq(db_role_at(db, 1), DB_ROLE_ADMIN);
    char out[1024];
    cr_assert_eq(check_text(db, out, sizeof out), 0, "%s", out);
    db_close(db);
    free(path);
}
