/* Loading what a report shows: one call fills a report_input for any report kind, so the
 * command line and the screens print the same thing. */
#ifndef ITADESK_DB_REPORT_H
#define ITADESK_DB_REPORT_H

#include "db.h"
#include "report_data.h"

/* Fills in (the caller frees it with report_input_free) for report kind of the agency
 * and year (see enum report_kind for what YEAR means for each). -1 with err when the
 * agency or the year's catalog does not exist or a read fails. */
int db_report_load(struct itadb *db, enum report_kind kind, long agency_id, int year,
                   struct report_input *in, struct db_error *err);

/* The same for a memo, which forwards the document `about` (REPORT_ANALYSIS or
 * REPORT_PROGRESS) of that year: the memo's date is today (ITADESK_TODAY overrides it). */
int db_report_load_about(struct itadb *db, enum report_kind kind, enum report_kind about,
                         long agency_id, int year, struct report_input *in, struct db_error *err);

/* The agency's signer for its documents (NULLs when not set). */
int db_report_signer(struct itadb *db, long agency_id, char **name, char **position,
                     struct db_error *err);

/* Question scores of the assessment with the issue they are printed under, by issue, tool
 * (IIT first) and catalog order. */
int db_report_questions(struct itadb *db, long agency_id, int year, struct report_question **out,
                        size_t *n, struct db_error *err);

/* OIT items linked to the findings of the year (finding_link), with the panel's score. */
int db_report_items(struct itadb *db, long agency_id, int year, struct report_item **out, size_t *n,
                    struct db_error *err);

#endif
