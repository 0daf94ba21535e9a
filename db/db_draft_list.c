/* The drafts a user left (a dropped SSH link, a crash): listed at start-up to restore. */
#include <stdlib.h>
#include <string.h>

#include "db_finding.h"
#include "db_stmt.h"
#include "i18n.h"

int db_drafts_list(struct itadb *db, struct db_draft_info **out, size_t *n, struct db_error *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT entity, key, saved_at, coalesce(base_version, 0)"
                                  " FROM draft WHERE login = ?1 ORDER BY saved_at DESC, key",
                                  _("reading drafts"), err);
    if (!st) return -1;
    sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
    int r;
    while ((r = db_row(db, st, _("reading drafts"), err)) > 0) {
        struct db_draft_info *v = db_grow((void **)out, n, sizeof *v);
        *v = (struct db_draft_info){db_column_strdup(st, 0), db_column_strdup(st, 1),
                                    db_column_strdup(st, 2), (long)sqlite3_column_int64(st, 3)};
    }
    sqlite3_finalize(st);
    if (r < 0) {
        db_drafts_free(*out, *n);
        *out = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

void db_drafts_free(struct db_draft_info *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].entity);
        free(v[i].key);
        free(v[i].saved_at);
    }
    free(v);
}
