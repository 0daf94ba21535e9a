/* People: who holds which role for which agency. Changing them is an admin's write
 * (DB_CAP_ADMIN on the agency, or over every agency for a role over every agency). */
#ifndef ITADESK_DB_PEOPLE_H
#define ITADESK_DB_PEOPLE_H

#include <stddef.h>

#include "db.h"
#include "db_role.h"

struct person_role {
    char *login;
    long agency_id;    /* DB_ALL_AGENCIES: every agency */
    char *agency_name; /* NULL for every agency */
    enum db_role role;
};

/* Every role held, by login then agency. 0 or -1. */
int db_people_list(struct itadb *db, struct person_role **rows, size_t *n, struct db_error *err);
void person_roles_free(struct person_role *rows, size_t n);

enum people_op {
    PEOPLE_ADD, /* refused if the login already holds a role for that agency */
    PEOPLE_SET, /* refused if it holds none */
};

/* Gives login the role for agency_id (DB_ALL_AGENCIES: every agency). 0 or -1. */
int db_people_put(struct itadb *db, enum people_op op, const char *login, long agency_id,
                  enum db_role role, struct db_error *err);

/* Takes the login's role for agency_id away. The last admin over every agency cannot
 * be removed or demoted (nobody could manage people then). 0 or -1. */
int db_people_remove(struct itadb *db, const char *login, long agency_id, struct db_error *err);

/* A Unix login as useradd accepts it: [a-z_][a-z0-9_.-]*, at most 32 bytes. */
int db_login_valid(const char *login);

#endif
