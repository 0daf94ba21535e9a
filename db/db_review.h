/* The reviewer's work: checking or returning an OIT item an officer marked done, and
 * accepting or returning a measure's monitoring-round report. Each verdict is one short
 * transaction with audit rows on the same entity and key as the officer's changes, so
 * the history shows both sides. */
#ifndef ITADESK_DB_REVIEW_H
#define ITADESK_DB_REVIEW_H

#include "db.h"
#include "oit.h"

/* Records the verdict on the item as it is now. Refused unless the item is marked done,
 * and a return needs a comment (what to fix). 0 or -1. */
int db_oit_review(struct itadb *db, long agency_id, int year, const char *code,
                  enum review_verdict v, const char *comment, struct db_error *err);

/* The same for the report of one monitoring round (3, 6, 9 or 12 months) of a measure;
 * refused unless the round has been reported. */
int db_round_review(struct itadb *db, long measure_id, int months, enum review_verdict v,
                    const char *comment, struct db_error *err);

/* The verdict on a round, or REVIEW_NONE; *comment (may be NULL) gets a malloc'd copy. */
enum review_verdict db_round_review_get(struct itadb *db, long measure_id, int months,
                                        char **comment);

/* Inside the caller's transaction: the officer changed the item or the round, so a
 * verdict on the old content no longer holds. Removes it with an audit row. 0 or -1. */
int db_oit_review_clear(struct itadb *db, long agency_id, int year, const char *code,
                        struct db_error *err);
int db_round_review_clear(struct itadb *db, long measure_id, int months, struct db_error *err);

/* How many items of the agency and year reviewers returned (for the officer's home). */
long db_oit_returned_count(struct itadb *db, long agency_id, int year, struct db_error *err);

#endif
