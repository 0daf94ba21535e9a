#include "db_view_agency.h"

#include <stdlib.h>
#include <string.h>

#include "db_stmt.h"
#include "xalloc.h"
#include "i18n.h"
#include "xalloc.h"

/* The ids in Thai order: the sort key's index alone, no table row read. */
static int load_order(struct itadb *db, long **ids, size_t *n, struct db_error *err)
{
    const char *doing = _("listing agencies");
    sqlite3_stmt *st = db_prepare(db, "SELECT id FROM agency ORDER BY sort_key, id", doing, err);
    if (!st) return -1;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 1024;
            *ids = xreallocarray(*ids, cap, sizeof **ids);
        }
        (*ids)[(*n)++] = (long)sqlite3_column_int64(st, 0);
    }
    return db_finish(db, st, rc, doing, err);
}

/* Every agency's text in id order: one pass over the table, in the order it is stored. */
static int load_rows(struct itadb *db, struct agency_index *rows, struct db_error *err)
{
    const char *doing = _("listing agencies");
    sqlite3_stmt *st =
        db_prepare(db, "SELECT id, name, district, province FROM agency ORDER BY id", doing, err);
    if (!st) return -1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        agency_index_add(
            rows, (long)sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
            (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3));
    return db_finish(db, st, rc, doing, err);
}

/* Entry of id in rows (ascending ids), or -1. */
static long find_sorted(const struct agency_index *rows, long id)
{
    size_t lo = 0, hi = rows->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rows->id[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < rows->n && rows->id[lo] == id ? (long)lo : -1;
}

int db_view_agency_index_load(struct itadb *db, struct agency_index *ix, struct db_error *err)
{
    /* Two sequential reads (the key's index, then the table) and a merge in memory cost a
     * quarter of walking the index with a table lookup per row. One read transaction, so
     * an agency added in between cannot be missing from one of them. */
    *ix = (struct agency_index){0};
    long *order = NULL;
    size_t n = 0;
    int began = db_read_begin(db, err);
    int rc = began < 0 || load_order(db, &order, &n, err) || load_rows(db, ix, err) ? -1 : 0;
    db_read_end(db, began);
    size_t *at = xreallocarray(NULL, n ? n : 1, sizeof *at), k = 0;
    for (size_t i = 0; !rc && i < n; i++) {
        long e = find_sorted(ix, order[i]);
        if (e >= 0) at[k++] = (size_t)e;
    }
    free(order);
    if (rc)
        agency_index_free(ix);
    else
        agency_index_permute(ix, at, k);
    free(at);
    return rc;
}

int db_view_agency_single(struct itadb *db, long *id, struct db_error *err)
{
    const char *doing = _("listing agencies");
    sqlite3_stmt *st = db_prepare(db, "SELECT id FROM agency LIMIT 2", doing, err);
    if (!st) return -1;
    int n = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (n++ == 0) *id = (long)sqlite3_column_int64(st, 0);
    if (db_finish(db, st, rc, doing, err)) return -1;
    return n == 1 ? 0 : -1;
}

int db_view_agency_row(struct itadb *db, long id, struct db_view_agency *out, struct db_error *err)
{
    const char *doing = _("listing agencies");
    *out = (struct db_view_agency){.id = id};
    sqlite3_stmt *st =
        db_prepare_cached(db,
                          "SELECT nullif(name, ''), nullif(district, ''), nullif(province, ''),"
                          " (SELECT group_concat(year, ' ') FROM (SELECT year FROM assessment"
                          "  WHERE agency_id = ?1 ORDER BY year))"
                          " FROM agency WHERE id = ?1",
                          doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->name = db_column_strdup(st, 0);
        out->district = db_column_strdup(st, 1);
        out->province = db_column_strdup(st, 2);
        out->years = db_column_strdup(st, 3);
    } else if (rc != SQLITE_DONE) { /* DONE: deleted meanwhile, an empty row */
        db_error_set(err, db, doing);
    }
    db_release(db, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

void db_view_agency_free(struct db_view_agency *rows, int n)
{
    for (int i = 0; i < n; i++) {
        free(rows[i].name);
        free(rows[i].district);
        free(rows[i].province);
        free(rows[i].years);
        rows[i] = (struct db_view_agency){0};
    }
}

int db_view_agency_years(struct itadb *db, long agency_id, struct db_view_year **out, size_t *n,
                         struct db_error *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = db_prepare(
        db,
        "SELECT f.year, a.id IS NOT NULL, a.total_entered,"
        " (SELECT count(*) FROM oit_status o WHERE o.agency_id = ?1 AND o.year = f.year),"
        " (SELECT count(*) FROM measure m WHERE m.agency_id = ?1 AND m.plan_year = f.year)"
        " FROM framework f LEFT JOIN assessment a ON a.agency_id = ?1 AND a.year = f.year"
        " ORDER BY f.year DESC",
        _("listing fiscal years"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    struct db_view_year *v = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, _("listing fiscal years"), err)) > 0) {
        *(struct db_view_year *)db_grow((void **)&v, &count, sizeof *v) = (struct db_view_year){
            .year = sqlite3_column_int(st, 0),
            .has_result = sqlite3_column_int(st, 1),
            .total_set = sqlite3_column_type(st, 2) != SQLITE_NULL,
            .total = sqlite3_column_double(st, 2),
            .oit_items = sqlite3_column_int(st, 3),
            .measures = sqlite3_column_int(st, 4),
        };
    }
    if (r < 0) {
        free(v);
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    *out = v;
    *n = count;
    return 0;
}
