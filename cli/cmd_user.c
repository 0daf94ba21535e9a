/* itadesk user list|add|set|remove: people and their roles per agency. */
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_people.h"
#include "i18n.h"

static const struct cli_col people_cols[] = {
    {16, TT_ALIGN_LEFT}, {10, TT_ALIGN_LEFT}, {6, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};

static int user_list(struct itadb *db)
{
    struct person_role *rows = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_people_list(db, &rows, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    const char *head[] = {_("login"), _("role"), _("id"), _("agency")};
    cli_row(stdout, people_cols, head, 4);
    for (size_t i = 0; i < n; i++) {
        char id[24] = "*";
        if (rows[i].agency_id >= 0) snprintf(id, sizeof id, "%ld", rows[i].agency_id);
        const char *cells[] = {rows[i].login, db_role_label(rows[i].role), id,
                               rows[i].agency_id >= 0 ? rows[i].agency_name : _("every agency")};
        cli_row(stdout, people_cols, cells, 4);
    }
    person_roles_free(rows, n);
    return EXIT_OK;
}

/* --agency as an id (absent: every agency); -2 after printing the error. */
static long agency_of(struct itadb *db, const struct cli_args *a)
{
    if (!a->agency) return DB_ALL_AGENCIES;
    struct db_error err = {{0}};
    long id = db_agency_find(db, a->agency, &err);
    if (id < 0) cli_error("%s", err.msg);
    return id < 0 ? -2 : id;
}

static int user_change(struct itadb *db, const struct cli_args *a, const char *verb)
{
    const char *login = a->pos[1];
    long agency = agency_of(db, a);
    if (agency == -2) return EXIT_ERROR;
    struct db_error err = {{0}};
    int rc;
    if (strcmp(verb, "remove") == 0) {
        rc = db_people_remove(db, login, agency, &err);
    } else {
        int role = db_role_parse(a->role);
        if (role < 0) {
            cli_usage_error("user", _("--role takes admin, officer, reviewer or viewer"));
            return EXIT_USAGE;
        }
        /* A role for a name no one can log in as is a typing mistake. */
        if (!getpwnam(login)) {
            cli_error(_("there is no Unix account named %s on this machine"), login);
            return EXIT_ERROR;
        }
        rc = db_people_put(db, strcmp(verb, "add") == 0 ? PEOPLE_ADD : PEOPLE_SET, login, agency,
                           (enum db_role)role, &err);
    }
    if (rc) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("%s: saved\n"), login);
    return EXIT_OK;
}

int cmd_user(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_ROLE, "user", a)) return EXIT_USAGE;
    const char *verb = a->npos ? a->pos[0] : "";
    int list = strcmp(verb, "list") == 0;
    int change = !strcmp(verb, "add") || !strcmp(verb, "set") || !strcmp(verb, "remove");
    if ((!list && !change) || (list && a->npos != 1) || (change && a->npos != 2)) {
        cli_usage_error("user", _("expected 'list', or 'add', 'set' or 'remove' and one LOGIN"));
        return EXIT_USAGE;
    }
    if (change && strcmp(verb, "remove") != 0 && !a->role) {
        cli_usage_error("user", _("--role takes admin, officer, reviewer or viewer"));
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, list ? DB_OPEN_READONLY : 0);
    if (!db) return EXIT_ERROR;
    int rc = list ? user_list(db) : user_change(db, a, verb);
    db_close(db);
    return rc;
}
