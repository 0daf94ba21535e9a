#include "db_view_agency.h"

#include <stdlib.h>
#include <string.h>

#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

/* ?1 = filter text (NULL = all), ?2 = id to keep as well. instr() rather than LIKE: what the
 * user types may hold % or _, and LIKE would fold Latin case only anyway. */
#define FILTER_SQL                                                                                 \
    " (?1 IS NULL OR instr(name, ?1) > 0 OR instr(coalesce(province, ''), ?1) > 0"                 \
    " OR instr(coalesce(district, ''), ?1) > 0 OR id = ?2)"

static void bind_filter(sqlite3_stmt *st, const struct db_view_filter *f)
{
    db_bind_text_or_null(st, 1, f ? f->text : NULL);
    sqlite3_bind_int64(st, 2, f ? f->id : -1);
}

int db_view_agency_count(struct itadb *db, const struct db_view_filter *f, long *n,
                         struct db_error *err)
{
    sqlite3_stmt *st =
        db_prepare(db, "SELECT count(*) FROM agency WHERE" FILTER_SQL, _("listing agencies"), err);
    if (!st) return -1;
    bind_filter(st, f);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *n = (long)sqlite3_column_int64(st, 0);
    else
        db_error_set(err, db, _("listing agencies"));
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

static char *strdup_or_null(sqlite3_stmt *st, int col)
{
    const unsigned char *s = sqlite3_column_text(st, col);
    return s && *s ? xstrdup((const char *)s) : NULL;
}

#define PAGE_SQL(dir)                                                                              \
    "SELECT id, name, district, province,"                                                         \
    " (SELECT group_concat(year, ' ') FROM (SELECT year FROM assessment s"                         \
    "   WHERE s.agency_id = agency.id ORDER BY year))"                                             \
    " FROM agency WHERE" FILTER_SQL " ORDER BY name COLLATE THAI " dir ", id " dir                 \
    " LIMIT ?3 OFFSET ?4"

static void reverse_rows(struct db_view_agency *rows, int n)
{
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        struct db_view_agency t = rows[i];
        rows[i] = rows[j];
        rows[j] = t;
    }
}

int db_view_agency_page(struct itadb *db, const struct db_view_filter *f, long offset, int limit,
                        long total, struct db_view_agency *out, int *n, struct db_error *err)
{
    *n = 0;
    /* Sorting is the cost (the collation cannot be indexed): OFFSET k sorts k rows. */
    int backwards = total >= 0 && offset > total / 2;
    long skip = offset;
    if (backwards) {
        long end = offset + limit < total ? offset + limit : total;
        skip = total - end;
        limit = (int)(end - offset);
    }
    sqlite3_stmt *st =
        db_prepare(db, backwards ? PAGE_SQL("DESC") : PAGE_SQL("ASC"), _("listing agencies"), err);
    if (!st) return -1;
    bind_filter(st, f);
    sqlite3_bind_int(st, 3, limit);
    sqlite3_bind_int64(st, 4, skip);
    int rc;
    while ((rc = db_row(db, st, _("listing agencies"), err)) > 0 && *n < limit) {
        struct db_view_agency *r = &out[(*n)++];
        r->id = (long)sqlite3_column_int64(st, 0);
        r->name = strdup_or_null(st, 1);
        r->district = strdup_or_null(st, 2);
        r->province = strdup_or_null(st, 3);
        r->years = strdup_or_null(st, 4);
    }
    if (rc < 0) {
        db_view_agency_free(out, *n);
        *n = 0;
    }
    sqlite3_finalize(st);
    if (backwards) reverse_rows(out, *n);
    return rc < 0 ? -1 : 0;
}

long db_view_agency_index(struct itadb *db, const struct db_view_filter *f, long id,
                          struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(
        db,
        "SELECT (SELECT count(*) FROM agency WHERE" FILTER_SQL
        " AND (name COLLATE THAI < t.name OR (name = t.name AND id < t.id)))"
        " FROM agency t WHERE t.id = ?3 AND"
        " (?1 IS NULL OR instr(t.name, ?1) > 0 OR instr(coalesce(t.province, ''), ?1) > 0"
        " OR instr(coalesce(t.district, ''), ?1) > 0 OR t.id = ?2)",
        _("listing agencies"), err);
    if (!st) return -1;
    bind_filter(st, f);
    sqlite3_bind_int64(st, 3, id);
    int rc = sqlite3_step(st);
    long index = -1;
    if (rc == SQLITE_ROW)
        index = (long)sqlite3_column_int64(st, 0);
    else if (rc != SQLITE_DONE)
        db_error_set(err, db, _("listing agencies"));
    sqlite3_finalize(st);
    return index;
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
