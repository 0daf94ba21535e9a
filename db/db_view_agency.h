/* Read-only views for the agency and year picker. */
#ifndef ITADESK_DB_VIEW_AGENCY_H
#define ITADESK_DB_VIEW_AGENCY_H

#include <stddef.h>

#include "agency_index.h"
#include "db.h"

/* Every agency in Thai order of name (then id) with its name, district and province, for
 * filtering in memory (agency_index.h). 0, or -1 with err (ix is then empty). */
int db_view_agency_index_load(struct itadb *db, struct agency_index *ix, struct db_error *err);

/* 0 with the id of the only agency; -1 when there are none or several (or on an error). */
int db_view_agency_single(struct itadb *db, long *id, struct db_error *err);

/* One row of the picker: owned strings, NULL when the column is empty. */
struct db_view_agency {
    long id;
    char *name;
    char *district;
    char *province;
    char *years; /* years with published results, oldest first, space-separated */
};

/* The picker's row of agency id (all NULL if it was deleted meanwhile); 0 or -1. Free the
 * strings with db_view_agency_free. */
int db_view_agency_row(struct itadb *db, long id, struct db_view_agency *out, struct db_error *err);
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
