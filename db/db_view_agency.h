/* Read-only views for the agency and year picker. Lists are paged: a screen asks for the
 * rows it shows, never for the whole table (national databases hold ~8,300 agencies). */
#ifndef ITADESK_DB_VIEW_AGENCY_H
#define ITADESK_DB_VIEW_AGENCY_H

#include <stddef.h>

#include "db.h"

/* One row of the picker: owned strings, NULL when the column is empty. */
struct db_view_agency {
    long id;
    char *name;
    char *district;
    char *province;
    char *years; /* years with published results, oldest first, space-separated */
};

/* Which agencies a picker shows: those whose name, district or province contains text
 * (bytes, as typed; NULL or "" = every agency), or whose id is id (-1 = none). */
struct db_view_filter {
    const char *text;
    long id;
};

/* Number of agencies the filter keeps. */
int db_view_agency_count(struct itadb *db, const struct db_view_filter *f, long *n,
                         struct db_error *err);

/* Rows [offset, offset + limit) of the filtered agencies in Thai dictionary order of name
 * (then id) into out[0..*n). total is their number when known (else -1): pages in the second
 * half are then read backwards from the end, so the last page costs what the first does.
 * The caller frees the rows with db_view_agency_free. */
int db_view_agency_page(struct itadb *db, const struct db_view_filter *f, long offset, int limit,
                        long total, struct db_view_agency *out, int *n, struct db_error *err);

/* Position of agency id in that order (0-based), or -1 when the filter drops it. */
long db_view_agency_index(struct itadb *db, const struct db_view_filter *f, long id,
                          struct db_error *err);

void db_view_agency_free(struct db_view_agency *rows, int n);

/* One fiscal year as the year chooser shows it for an agency. */
struct db_view_year {
    int year;
    int has_result; /* an assessment row exists */
    int oit_items;  /* checklist rows of the agency that year */
    int measures;   /* measures planned for that year */
    int total_set;
    double total; /* entered total, when total_set */
};

/* Every fiscal year of the framework catalog, newest first, with what the agency has
 * stored for it. *out is malloc'd (caller frees). */
int db_view_agency_years(struct itadb *db, long agency_id, struct db_view_year **out, size_t *n,
                         struct db_error *err);

#endif
