#include "helper_db.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db_data.h"
#include "db_people.h"
#include "fileio.h"

char *th_temp_path(const char *name)
{
    char tmpl[] = "/tmp/itadesk-test-XXXXXX";
    char *dir = mkdtemp(tmpl);
    cr_assert_not_null(dir);
    char *path = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(path, "%s/%s", dir, name);
    return path;
}

struct itadb *th_open_fresh(char **path_out, int demo)
{
    char *path = th_temp_path("test.db");
    struct db_error err = {{0}};
    struct itadb *db = db_open(path, "tester", DB_OPEN_CREATE, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_geq(db_catalog_load(db, ITADESK_SOURCE_DIR "/db", &err), 1, "%s", err.msg);
    if (demo) cr_assert_eq(db_demo_load(db, ITADESK_SOURCE_DIR "/db", &err), 1, "%s", err.msg);
    if (path_out)
        *path_out = path;
    else
        free(path);
    return db;
}

struct itadb *th_open_as(const char *path, const char *login, const char *role)
{
    struct db_error err = {{0}};
    if (!role) { /* already holds one */
        struct itadb *db = db_open(path, login, 0, &err);
        cr_assert_not_null(db, "%s", err.msg);
        return db;
    }
    struct itadb *admin = db_open(path, "tester", 0, &err);
    cr_assert_not_null(admin, "%s", err.msg);
    int r = db_role_parse(role);
    if (db_people_put(admin, PEOPLE_ADD, login, DB_ALL_AGENCIES, r, &err))
        cr_assert_eq(db_people_put(admin, PEOPLE_SET, login, DB_ALL_AGENCIES, r, &err), 0, "%s",
                     err.msg);
    db_close(admin);
    struct itadb *db = db_open(path, login, 0, &err);
    cr_assert_not_null(db, "%s", err.msg);
    return db;
}

void th_exec_write(struct itadb *db, const char *sql)
{
    struct db_error err = {{0}};
    cr_assert_eq(db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, &err), 0, "%s", err.msg);
    cr_assert_eq(sqlite3_exec(db->sql, sql, NULL, NULL, NULL), SQLITE_OK, "%s: %s", sql,
                 sqlite3_errmsg(db->sql));
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);
}

static void append(char **buf, size_t *len, size_t *cap, const char *s)
{
    size_t n = strlen(s);
    while (*len + n + 1 > *cap) {
        *cap = *cap ? *cap * 2 : 4096;
        *buf = realloc(*buf, *cap);
    }
    memcpy(*buf + *len, s, n + 1);
    *len += n;
}

char *th_snapshot(struct itadb *db)
{
    sqlite3_stmt *tables;
    cr_assert_eq(sqlite3_prepare_v2(db->sql,
                                    "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                    -1, &tables, NULL),
                 SQLITE_OK);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    append(&buf, &len, &cap, "");
    while (sqlite3_step(tables) == SQLITE_ROW) {
        char sql[256];
        const char *name = (const char *)sqlite3_column_text(tables, 0);
        snprintf(sql, sizeof sql, "SELECT * FROM \"%s\"", name);
        sqlite3_stmt *probe;
        cr_assert_eq(sqlite3_prepare_v2(db->sql, sql, -1, &probe, NULL), SQLITE_OK, "%s", sql);
        int ncols = sqlite3_column_count(probe);
        sqlite3_finalize(probe);
        /* ordered by its first columns (up to three: a two-column link table has two) */
        snprintf(sql, sizeof sql, "SELECT * FROM \"%s\" ORDER BY %s", name,
                 ncols >= 3   ? "1, 2, 3"
                 : ncols == 2 ? "1, 2"
                              : "1");
        append(&buf, &len, &cap, name);
        append(&buf, &len, &cap, ":\n");
        sqlite3_stmt *rows;
        cr_assert_eq(sqlite3_prepare_v2(db->sql, sql, -1, &rows, NULL), SQLITE_OK, "%s", sql);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(rows); c++) {
                const char *v = (const char *)sqlite3_column_text(rows, c);
                append(&buf, &len, &cap, v ? v : "NULL");
                append(&buf, &len, &cap, "|");
            }
            append(&buf, &len, &cap, "\n");
        }
        sqlite3_finalize(rows);
    }
    sqlite3_finalize(tables);
    return buf;
}

char *th_write_file(const char *name, const char *text, size_t len)
{
    char *path = th_temp_path(name);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(text, 1, len, f), len);
    fclose(f);
    return path;
}

long th_query_int(struct itadb *db, const char *sql)
{
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql,
                 sqlite3_errmsg(db->sql));
    cr_assert_eq(sqlite3_step(st), SQLITE_ROW, "%s", sql);
    long v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

char *th_read_file(const char *path, size_t *len)
{
    char *buf = NULL;
    cr_assert_eq(file_read_all(path, &buf, len), 0, "reading %s", path);
    return buf;
}
