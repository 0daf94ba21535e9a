/* Roles and what they allow: the one place that decides who may write what. db_begin
 * asks here before every write transaction; the screens ask here to grey out actions. */
#ifndef ITADESK_DB_ROLE_H
#define ITADESK_DB_ROLE_H

#include "db.h"

enum db_role {
    DB_ROLE_NONE = 0,
    DB_ROLE_ADMIN,
    DB_ROLE_OFFICER,
    DB_ROLE_REVIEWER,
    DB_ROLE_VIEWER,
};

/* The schema version that introduced roles (older files, in upgrade tests, have none). */
#define DB_SCHEMA_PEOPLE 8

/* "admin", "officer", "reviewer", "viewer" (as stored and typed); NULL for none. */
const char *db_role_word(enum db_role role);
/* The stored word, or the role in the user's language; -1 when it is neither. */
int db_role_parse(const char *word);
/* For display, in the user's language. */
const char *db_role_label(enum db_role role);
/* What a role may do (DB_CAP_* bits). */
unsigned db_role_caps(enum db_role role);

/* The DB_CAP_* bits the connection's login holds on agency_id: its roles there and its
 * roles over every agency (only the latter for DB_ALL_AGENCIES). */
unsigned db_caps(struct itadb *db, long agency_id);

/* For db_role_at: any agency at all (does the login hold any role?). */
#define DB_ANY_AGENCY (-2L)

/* The role to name in messages: the strongest the login holds on agency_id. */
enum db_role db_role_at(struct itadb *db, long agency_id);

/* 0 when the login may do cap on agency_id; else -1 and err says who, which role and
 * which roles may (in the user's language). */
int db_may(struct itadb *db, long agency_id, enum db_cap cap, struct db_error *err);

/* The agency a measure or finding belongs to, for db_begin; DB_ALL_AGENCIES when there
 * is no such row (then only roles over every agency count, and the save fails anyway). */
long db_measure_agency(struct itadb *db, long measure_id);
long db_finding_agency(struct itadb *db, long finding_id);
long db_unit_agency(struct itadb *db, long unit_id);

#endif
