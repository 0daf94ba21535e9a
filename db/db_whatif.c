#include "db_whatif.h"

#include <stdio.h>
#include <stdlib.h>

#include "db_result.h"
#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

/* Every item of the catalog that counts for an indicator, scored or not, in catalog order. */
static const char items_sql[] =
    "SELECT o.code, o.group_key, CASE WHEN o.known THEN nullif(o.title_th, '') END,"
    " o.indicator_no, s.score FROM oit_item o"
    " LEFT JOIN oit_status s ON s.agency_id = ?1 AND s.year = o.year AND s.code = o.code"
    " WHERE o.year = ?2 AND o.indicator_no IS NOT NULL ORDER BY o.seq";

static int load_items(struct itadb *db, long agency_id, int year, struct whatif_year *y,
                      struct db_error *err)
{
    const char *doing = _("reading the OIT scores");
    sqlite3_stmt *st = db_prepare(db, items_sql, doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    int rc;
    while ((rc = db_row(db, st, doing, err)) > 0) {
        struct whatif_item *it = db_grow((void **)&y->items, &y->n_items, sizeof *it);
        snprintf(it->code, sizeof it->code, "%s", (const char *)sqlite3_column_text(st, 0));
        it->group_key = db_column_strdup(st, 1);
        if (!it->group_key) it->group_key = xstrdup("");
        it->title = db_column_strdup(st, 2);
        it->indicator_no = sqlite3_column_int(st, 3);
        if (sqlite3_column_type(st, 4) != SQLITE_NULL)
            it->score = (struct opt_score){.set = true, .v = sqlite3_column_double(st, 4)};
    }
    sqlite3_finalize(st);
    return rc < 0 ? -1 : 0;
}

int db_whatif_load(struct itadb *db, long agency_id, int year, struct whatif_year *y,
                   struct db_error *err)
{
    *y = (struct whatif_year){0};
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = db_result_load(db, agency_id, year, &y->r, err);
    if (rc == 0 && (rc = load_items(db, agency_id, year, y, err)) != 0) whatif_year_free(y);
    db_read_end(db, began);
    return rc;
}
