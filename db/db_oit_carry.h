/* Carrying an agency's OIT checklist into another year's framework: the admin's stored
 * mapping (oit_map), the plan (which item goes where, with what), and applying it in one
 * transaction. Units, evidence links (flagged to re-check) and notes are carried; the done
 * state and the score never are, and a value the target item already has is kept. */
#ifndef ITADESK_DB_OIT_CARRY_H
#define ITADESK_DB_OIT_CARRY_H

#include <stddef.h>

#include "db.h"
#include "oit_match.h"

/* The stored rules from one year to another, by FROM code. */
int db_oit_map_list(struct itadb *db, int from_year, int to_year, struct oit_map_rule **rules,
                    size_t *n, struct db_error *err);

/* Stores a rule (admins): from_code of from_year goes to to_code of to_year, or to nothing
 * when to_code is "" or "-". Both codes must be in their year's catalog, and no other rule
 * may send an item into to_code (each item receives one at most). Audited. */
int db_oit_map_set(struct itadb *db, int from_year, int to_year, const char *from_code,
                   const char *to_code, struct db_error *err);

/* Removes the rule of from_code, or every rule between the two years when from_code is
 * NULL (admins); titles decide again. Returns how many were removed, or -1. */
long db_oit_map_clear(struct itadb *db, int from_year, int to_year, const char *from_code,
                      struct db_error *err);

/* What carrying does with one value: nothing to carry, carry it, or keep the target's. */
enum oit_carry_do { OIT_CARRY_NONE, OIT_CARRY_YES, OIT_CARRY_SKIP };

/* One FROM item: where it goes and what goes with it. */
struct oit_carry_row {
    struct oit_match_pair pair;
    char *from_title, *to_title; /* to_title NULL when not mapped; NULL: unknown title */
    char *unit, *url, *note;     /* the FROM item's values */
    enum oit_carry_do unit_do, url_do, note_do;
};

struct oit_carry_plan {
    long agency_id;
    int from_year, to_year;
    struct oit_carry_row *rows; /* one per FROM item, in catalog order */
    size_t n;
    size_t to_items;            /* items in the TO catalog */
    size_t mapped, unmapped;    /* FROM items with and without a TO item */
    size_t items;               /* mapped items with a value to carry */
    size_t units, links, notes; /* values to carry (or carried, after apply) */
    size_t skipped;             /* values kept because the TO item already has its own */
    size_t stored;              /* pairs decided by a stored rule */
};

/* The plan for agency_id from from_year to to_year, read in one snapshot. */
int db_oit_carry_plan(struct itadb *db, long agency_id, int from_year, int to_year,
                      struct oit_carry_plan *plan, struct db_error *err);

/* Plans again inside one transaction (officers and admins of the agency) and carries what
 * the plan says; plan gets what was done. Audited per value, and once for the whole. */
int db_oit_carry_apply(struct itadb *db, long agency_id, int from_year, int to_year,
                       struct oit_carry_plan *plan, struct db_error *err);

void oit_carry_plan_free(struct oit_carry_plan *plan);

/* How many OIT items the year's catalog lists, or -1. */
long db_oit_catalog_size(struct itadb *db, int year, struct db_error *err);

#endif
