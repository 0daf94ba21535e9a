/* The reviewer's overview: every agency of a province (or district, kind) with where its
 * year stands, in one query. */
#ifndef ITADESK_DB_VIEW_OVERVIEW_H
#define ITADESK_DB_VIEW_OVERVIEW_H

#include <stddef.h>

#include "agency.h"
#include "db.h"

struct db_view_overview_row {
    long id;
    char *name, *district, *kind; /* NULL when not stored */
    int total_set;
    double total;         /* the year's total as entered from the published result */
    char *level;          /* the level as entered, NULL when none */
    int oit_items;        /* items in the year's catalog */
    int oit_done;         /* of them, ticked done */
    int checked_set;      /* the year has OIT items; else the column shows "-" */
    double checked;       /* percent of the items a reviewer checked */
    int overdue;          /* measures of the year (or planned for the next) past their end
                             date and not done */
    char *last_change;    /* latest updated_at of the year's items, measures and findings
                             (ISO UTC), NULL when nothing was changed */
};

/* The agencies in scope for year, in Thai order of name. today is "YYYY-MM-DD" (for the
 * overdue measures). *out is malloc'd: free with db_view_overview_free. */
int db_view_overview(struct itadb *db, const struct agency_scope *scope, int year,
                     const char *today, struct db_view_overview_row **out, size_t *n,
                     struct db_error *err);
void db_view_overview_free(struct db_view_overview_row *rows, size_t n);

#endif
