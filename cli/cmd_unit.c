/* itadesk unit list|add|rename|merge|delete --agency ID: the agency's responsible units. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_unit.h"
#include "i18n.h"

static int unit_list(struct itadb *db, long agency)
{
    struct db_unit *u = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_units(db, agency, &u, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    static const struct cli_col cols[] = {
        {6, TT_ALIGN_RIGHT}, {6, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};
    cli_row(stdout, cols, (const char *[]){_("id"), _("uses"), _("unit")}, 3);
    for (size_t i = 0; i < n; i++) {
        char id[24], uses[24];
        snprintf(id, sizeof id, "%ld", u[i].id);
        snprintf(uses, sizeof uses, "%ld", u[i].uses);
        cli_row(stdout, cols, (const char *[]){id, uses, u[i].name}, 3);
    }
    db_units_free(u, n);
    return EXIT_OK;
}

/* The word's expected count of positional arguments after it. */
static int expected(const char *word)
{
    if (strcmp(word, "list") == 0) return 0;
    if (strcmp(word, "add") == 0 || strcmp(word, "delete") == 0) return 1;
    if (strcmp(word, "rename") == 0 || strcmp(word, "merge") == 0) return 2;
    return -1;
}

static int run(struct itadb *db, long agency, struct cli_args *a)
{
    const char *w = a->pos[0];
    struct db_error err = {{0}};
    if (strcmp(w, "list") == 0) return unit_list(db, agency);
    if (strcmp(w, "add") == 0) {
        long id = db_unit_add(db, agency, a->pos[1], &err);
        if (id >= 0) printf("%ld\n", id);
        if (id < 0) cli_error("%s", err.msg);
        return id < 0 ? EXIT_ERROR : EXIT_OK;
    }
    long from = db_unit_find(db, agency, a->pos[1], &err);
    if (from < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    long rc = 0;
    if (strcmp(w, "rename") == 0) {
        rc = db_unit_rename(db, from, a->pos[2], &err);
    } else if (strcmp(w, "delete") == 0) {
        rc = db_unit_delete(db, from, &err);
    } else {
        long into = db_unit_find(db, agency, a->pos[2], &err);
        rc = into < 0 ? -1 : db_unit_merge(db, from, into, &err);
        if (rc >= 0) printf(_("%ld references moved\n"), rc);
    }
    if (rc < 0) cli_error("%s", err.msg);
    return rc < 0 ? EXIT_ERROR : EXIT_OK;
}

int cmd_unit(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY, "unit", a)) return EXIT_USAGE;
    int want = a->npos >= 1 ? expected(a->pos[0]) : -1;
    if (want < 0 || a->npos != want + 1) {
        cli_usage_error("unit", "%s",
                        _("expected 'list', 'add NAME', 'rename UNIT NAME', 'merge UNIT INTO' or "
                          "'delete UNIT'"));
        return EXIT_USAGE;
    }
    if (!a->agency) {
        cli_usage_error("unit", "%s", _("--agency is required"));
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, strcmp(a->pos[0], "list") == 0 ? DB_OPEN_READONLY : 0);
    if (!db) return EXIT_ERROR;
    struct db_error err = {{0}};
    long agency = db_agency_find(db, a->agency, &err);
    int rc = EXIT_ERROR;
    if (agency < 0)
        cli_error("%s", err.msg);
    else
        rc = run(db, agency, a);
    db_close(db);
    return rc;
}
