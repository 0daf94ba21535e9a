/* Writing the analysis: findings (with the indicators and OIT items they concern) and the
 * five constraint notes; and the list of a user's unsaved drafts. Each save is one
 * BEGIN IMMEDIATE transaction with a version check and one audit row per changed field. */
#ifndef ITADESK_DB_FINDING_H
#define ITADESK_DB_FINDING_H

#include <stddef.h>

#include "db.h"
#include "db_oit.h"
#include "plan.h"

/* One finding with its agency and assessed year; -1 when there is no such id. */
int db_finding_get(struct itadb *db, long id, struct finding *f, long *agency_id, int *year,
                   struct db_error *err);

/* The links of a finding as text: indicator numbers "1;5" and OIT codes "O12;O17" (in
 * order, "" when none). Both malloc'd. 0 or -1. */
int db_finding_links(struct itadb *db, long finding_id, char **indicators, char **oit_codes,
                     struct db_error *err);

/* Saves the texts of f (issue_title, weakness, to_develop, keep_level) and, when not NULL,
 * its links typed as lists ("1, 5", "O12 O17"; separators , ; / space; Thai digits
 * accepted) if f->version is still the stored version. Indicators must be 1..10 and OIT
 * codes items of the finding's year ("field: reason" in err otherwise). A newer version
 * is refused (DB_CONFLICT) naming who saved it and when. */
enum db_save db_finding_save(struct itadb *db, const struct finding *f, const char *indicators,
                             const char *oit_codes, const char *questions, struct db_error *err);

/* The question codes a finding is about, "i3;e12" ("" when none); malloc'd, NULL on error. */
char *db_finding_questions(struct itadb *db, long finding_id, struct db_error *err);

/* A new finding as typed: its kind and text, the issue (number and title; the first
 * indicator and its name when not given), and link lists as db_finding_save takes them. */
struct finding_input {
    long agency_id;
    int year;
    const char *issue_no, *issue_title;
    int kind; /* enum finding_kind */
    const char *text;
    const char *indicators, *oit, *questions;
};

/* Adds a finding after the others, with its links, audited. Returns its id, or -1 with
 * err "field: reason". */
long db_finding_add(struct itadb *db, const struct finding_input *in, struct db_error *err);

/* Deletes a finding and its links (measures that answered it keep their text), audited. */
int db_finding_delete(struct itadb *db, long id, struct db_error *err);

/* Moves a finding one place up (dir < 0) or down in its year's order, audited. Returns 1
 * when it moved, 0 at the end of the list, -1 on error. */
int db_finding_move(struct itadb *db, long id, int dir, struct db_error *err);

/* Proposed findings from the year's scores (finding_propose.h); nothing is stored. */
struct finding_proposal;
int db_finding_proposals(struct itadb *db, long agency_id, int year, struct finding_proposal **out,
                         size_t *n, struct db_error *err);

/* A constraint by id: its agency, year and heading; -1 when there is none. */
int db_constraint_get(struct itadb *db, long id, long *agency_id, int *year,
                      struct constraint_note *c, struct db_error *err);

/* Adds the note of heading 1..5 (refused when the heading already has one: set it).
 * Returns the id, or -1. */
long db_constraint_add(struct itadb *db, long agency_id, int year, int heading, const char *text,
                       struct db_error *err);

/* Deletes a constraint note, audited. 0 or -1. */
int db_constraint_delete(struct itadb *db, long id, struct db_error *err);

/* Saves constraint c->heading_no (1..5) of an agency's year: c->version 0 creates the
 * note (with the canonical heading), otherwise it must be the stored version. */
enum db_save db_constraint_save(struct itadb *db, long agency_id, int year,
                                const struct constraint_note *c, struct db_error *err);

/* One unsaved draft of the connection's login. */
struct db_draft_info {
    char *entity, *key, *saved_at;
    long base_version;
};

/* The login's drafts, newest first. 0 or -1. */
int db_drafts_list(struct itadb *db, struct db_draft_info **out, size_t *n, struct db_error *err);
void db_drafts_free(struct db_draft_info *v, size_t n);

#endif
