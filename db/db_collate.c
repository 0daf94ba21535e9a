#include "db_collate.h"

#include <sqlite3.h>
#include <stdlib.h>

#include "i18n.h"
#include "text/tt.h"

static int thai_compare(void *ctx, int alen, const void *a, int blen, const void *b)
{
    (void)ctx;
    return tt_collate(a, alen, b, blen);
}

/* thai_sort_key(text): the stored sort key of migration 006 (NULL for NULL). */
static void thai_sort_key(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const unsigned char *s = sqlite3_value_text(argv[0]);
    if (!s) {
        sqlite3_result_null(ctx);
        return;
    }
    size_t n;
    unsigned char *key = tt_collate_key((const char *)s, (size_t)sqlite3_value_bytes(argv[0]), &n);
    sqlite3_result_blob64(ctx, key, n, free);
}

int db_collate_register(struct itadb *db, struct db_error *err)
{
    if (sqlite3_create_collation_v2(db->sql, "THAI", SQLITE_UTF8, NULL, thai_compare, NULL) ==
            SQLITE_OK &&
        sqlite3_create_function_v2(db->sql, "thai_sort_key", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                   thai_sort_key, NULL, NULL, NULL) == SQLITE_OK)
        return 0;
    db_error_set(err, db, _("setting up Thai sorting"));
    return -1;
}

int db_collate_keys_missing(struct itadb *db)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql, "SELECT 1 FROM agency WHERE sort_key IS NULL LIMIT 1", -1, &st,
                           NULL) != SQLITE_OK)
        return -1;
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int db_collate_fill_keys(struct itadb *db, struct db_error *err)
{
    if (sqlite3_exec(db->sql,
                     "UPDATE agency SET sort_key = thai_sort_key(name) WHERE sort_key IS NULL",
                     NULL, NULL, NULL) == SQLITE_OK)
        return 0;
    db_error_set(err, db, _("setting up Thai sorting"));
    return -1;
}
