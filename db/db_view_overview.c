#include "db_view_overview.h"

#include <stdlib.h>

#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

/* One pass per child table (CROSS JOIN: agency by agency, through its index), grouped by agency,
 * joined to the agencies in scope: a province of 400 agencies reads its rows once instead of one
 * correlated subquery per agency and column. The outer loop is the scope too (CROSS JOIN s),
 * sorted afterwards: left to choose, SQLite walked every agency of the country in the sort
 * key's index order to skip the sorting (50 ms of a 30,000-agency file's first frame).
 * ?1 province, ?2 year, ?3 today, ?4 district, ?5 kind. */
#define SCOPE_SQL                                                                                  \
    " a.province = ?1 AND (?4 IS NULL OR a.district = ?4) AND (?5 IS NULL OR a.kind = ?5)"
static const char overview_sql[] =
    "WITH s(id) AS (SELECT id FROM agency a WHERE" SCOPE_SQL "),"
    " o(agency_id, done, last) AS (SELECT t.agency_id, sum(t.state = 'done'), max(t.updated_at)"
    "   FROM s CROSS JOIN oit_status t ON t.agency_id = s.id AND t.year = ?2 GROUP BY t.agency_id),"
    " m(agency_id, overdue, last) AS (SELECT m.agency_id,"
    "   sum(m.status <> 'done' AND m.end_date < ?3 AND m.plan_year <= ?2 + 1), max(m.updated_at)"
    "   FROM s CROSS JOIN measure m ON m.agency_id = s.id AND m.plan_year IN (?2, ?2 + 1)"
    "   GROUP BY m.agency_id),"
    " f(agency_id, last) AS (SELECT f.agency_id, max(f.updated_at)"
    "   FROM s CROSS JOIN finding f ON f.agency_id = s.id AND f.year = ?2 GROUP BY f.agency_id),"
    " v(agency_id, checked) AS (SELECT v.agency_id, sum(v.verdict = 'checked')"
    "   FROM s CROSS JOIN oit_review v ON v.agency_id = s.id AND v.year = ?2 GROUP BY v.agency_id)"
    " SELECT a.id, a.name, a.district, a.kind, r.total_entered, nullif(r.level_entered, ''),"
    "  (SELECT count(*) FROM oit_item WHERE year = ?2), coalesce(o.done, 0),"
    "  coalesce(m.overdue, 0),"
    "  nullif(max(coalesce(o.last, ''), coalesce(m.last, ''), coalesce(f.last, '')), ''),"
    "  coalesce(v.checked, 0)"
    " FROM s CROSS JOIN agency a ON a.id = s.id"
    " LEFT JOIN assessment r ON r.agency_id = a.id AND r.year = ?2"
    " LEFT JOIN o ON o.agency_id = a.id LEFT JOIN m ON m.agency_id = a.id"
    " LEFT JOIN f ON f.agency_id = a.id LEFT JOIN v ON v.agency_id = a.id"
    " ORDER BY a.sort_key, a.id";

int db_view_overview(struct itadb *db, const struct agency_scope *scope, int year,
                     const char *today, struct db_view_overview_row **out, size_t *n,
                     struct db_error *err)
{
    *out = NULL;
    *n = 0;
    const char *doing = _("reading the overview");
    sqlite3_stmt *st = db_prepare(db, overview_sql, doing, err);
    if (!st) return -1;
    db_bind_text_or_null(st, 1, scope->province);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_text(st, 3, today, -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 4, scope->district);
    db_bind_text_or_null(st, 5, scope->kind);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            *out = xreallocarray(*out, cap, sizeof **out);
        }
        struct db_view_overview_row *r = &(*out)[(*n)++];
        *r = (struct db_view_overview_row){
            .id = (long)sqlite3_column_int64(st, 0),
            .name = db_column_strdup(st, 1),
            .district = db_column_strdup(st, 2),
            .kind = db_column_strdup(st, 3),
            .total_set = sqlite3_column_type(st, 4) != SQLITE_NULL,
            .total = sqlite3_column_double(st, 4),
            .level = db_column_strdup(st, 5),
            .oit_items = sqlite3_column_int(st, 6),
            .oit_done = sqlite3_column_int(st, 7),
            .overdue = sqlite3_column_int(st, 8),
            .last_change = db_column_strdup(st, 9),
        };
        /* Checked is a share of the year's items, as done is: a reviewer can only check
         * what an officer marked done, so it never exceeds done. */
        r->checked_set = r->oit_items > 0;
        if (r->checked_set) r->checked = 100.0 * sqlite3_column_int(st, 10) / r->oit_items;
    }
    if (db_finish(db, st, rc, doing, err)) {
        db_view_overview_free(*out, *n);
        *out = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

void db_view_overview_free(struct db_view_overview_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].name);
        free(rows[i].district);
        free(rows[i].kind);
        free(rows[i].level);
        free(rows[i].last_change);
    }
    free(rows);
}
