/* Findings, constraints, measures and their monitoring rounds in storage. */
#ifndef ITADESK_DB_PLAN_H
#define ITADESK_DB_PLAN_H

#include <stddef.h>

#include "db.h"
#include "db_oit.h"
#include "plan.h"

/* Findings of the assessed year, by issue. */
int db_findings_list(struct itadb *db, long agency_id, int year, struct finding **out, size_t *n,
                     struct db_error *err);

/* The constraint notes of the assessed year, by heading (missing headings absent). */
int db_constraints_list(struct itadb *db, long agency_id, int year, struct constraint_note **out,
                        size_t *n, struct db_error *err);

/* Measures running in plan_year, in plan order, with their monitoring rounds. */
int db_measures_list(struct itadb *db, long agency_id, int plan_year, struct measure **out,
                     size_t *n, struct db_error *err);

/* One measure with its rounds; -1 when there is no such id. */
int db_measure_get(struct itadb *db, long id, struct measure *m, struct db_error *err);

/* Stores a new measure (m->agency_id, m->plan_year set) with a round row for each of
 * its rounds, and an audit row. Returns the new id, or -1. */
long db_measure_add(struct itadb *db, const struct measure *m, struct db_error *err);

/* Saves m over the stored measure if that is still at m->version; a newer version
 * is refused (DB_CONFLICT) naming who saved it and when. One audit row per field
 * that changed; rounds added for new months, empty ones dropped for removed months;
 * the reports in m->progress that differ are written too — all in one transaction. */
enum db_save db_measure_save(struct itadb *db, const struct measure *m, struct db_error *err);

/* The command line's change: reads measure id, applies in and saves, all in one
 * transaction, so that another user's change in between is built upon, not refused.
 * With expect_version >= 0 the stored version must be that one, else DB_CONFLICT with a
 * message for a script (nothing saved). Bad input is DB_SAVE_FAILED naming the field. */
enum db_save db_measure_update(struct itadb *db, long id, const struct measure_input *in,
                               long expect_version, struct db_error *err);
/* Monitoring rounds of a measure with something recorded (a state, a date or a text). */
long db_measure_progress_count(struct itadb *db, long id, struct db_error *err);

/* Deletes a measure with its rounds, audited. A measure with recorded progress (or a
 * status other than not done) is refused unless force. 0 or -1. */
int db_measure_delete(struct itadb *db, long id, int force, struct db_error *err);

/* Moves a measure one place up (dir < 0) or down in its plan year; 1 moved, 0 at the
 * end, -1 on error. */
int db_measure_move(struct itadb *db, long id, int dir, struct db_error *err);

/* Records what was done by a monitoring round. */
int db_progress_save(struct itadb *db, long measure_id, int months, const char *reported_on,
                     enum ita_state state, const char *text, struct db_error *err);

/* Starts plan_year + 1 from the unfinished measures of plan_year (copied, not moved,
 * and linked back). Returns how many were carried over, or -1. */
long db_measures_carry_over(struct itadb *db, long agency_id, int plan_year, struct db_error *err);

/* Unsaved edits, per user and record: written as the user types, removed on save. */
int db_draft_put(struct itadb *db, const char *entity, const char *key, long base_version,
                 const char *body, struct db_error *err);
/* Returns 1 and fills *body (malloc'd) when the user has a draft, 0 when not, -1. */
int db_draft_get(struct itadb *db, const char *entity, const char *key, char **body,
                 long *base_version, struct db_error *err);
int db_draft_drop(struct itadb *db, const char *entity, const char *key, struct db_error *err);

#endif
