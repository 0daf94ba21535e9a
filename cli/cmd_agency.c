#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "i18n.h"
#include "xalloc.h"

static int agency_add(struct cli_args *a)
{
    if (a->npos != 2) {
        cli_usage_error("agency add", _("expected exactly one NAME"));
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    struct agency ag = {.name = a->pos[1],
                        .kind = (char *)a->kind,
                        .district = (char *)a->district,
                        .province = (char *)a->province};
    struct db_error err = {{0}};
    long id = db_agency_add(db, &ag, &err);
    db_close(db);
    if (id < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf("%ld\n", id);
    return EXIT_OK;
}

static const struct cli_col agency_cols[] = {{6, TT_ALIGN_RIGHT},
                                             {36, TT_ALIGN_LEFT},
                                             {22, TT_ALIGN_LEFT},
                                             {14, TT_ALIGN_LEFT},
                                             {0, TT_ALIGN_LEFT}};

static void print_agency_row(const struct agency *ag)
{
    char id[24];
    snprintf(id, sizeof id, "%ld", ag->id);
    const char *cells[] = {id, ag->name, ag->kind, ag->district, ag->province};
    cli_row(stdout, agency_cols, cells, 5);
}

static int agency_list(struct cli_args *a)
{
    if (a->npos != 1) {
        cli_usage_error("agency list", _("unexpected argument %s"), a->pos[1]);
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    struct agency *list = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    int rc = db_agency_list(db, &list, &n, &err);
    db_close(db);
    if (rc) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    const char *head[] = {_("id"), _("name"), _("kind"), _("district"), _("province")};
    cli_row(stdout, agency_cols, head, 5);
    for (size_t i = 0; i < n; i++)
        print_agency_row(&list[i]);
    agency_list_free(list, n);
    return EXIT_OK;
}

/* The agency named by the one positional ID; -1 after printing why. */
static long one_agency(struct itadb *db, struct cli_args *a, const char *cmd)
{
    if (a->npos != 2) {
        cli_usage_error(cmd, "%s", _("expected exactly one agency ID"));
        return -2;
    }
    struct db_error err = {{0}};
    long id = db_agency_find(db, a->pos[1], &err);
    if (id < 0) cli_error("%s", err.msg);
    return id;
}

static int agency_set(struct cli_args *a)
{
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    long id = one_agency(db, a, "agency set");
    struct agency ag = {0};
    struct db_error err = {{0}};
    int rc = id < 0 ? (id == -2 ? EXIT_USAGE : EXIT_ERROR) : EXIT_OK;
    if (rc == EXIT_OK && db_agency_get(db, id, &ag, &err)) rc = EXIT_ERROR;
    const char *given[AGENCY_NFIELDS] = {a->name,          a->kind,
                                         a->district,      a->province,
                                         a->signer_name,   a->signer_position,
                                         a->preparer_name, a->preparer_position,
                                         a->preparer_phone};
    for (int i = 0; rc == EXIT_OK && i < AGENCY_NFIELDS; i++)
        if (given[i]) {
            free(*agency_field(&ag, i));
            *agency_field(&ag, i) = *given[i] ? xstrdup(given[i]) : NULL;
        }
    enum db_save r = rc == EXIT_OK ? db_agency_update(db, &ag, &err) : DB_SAVE_FAILED;
    if (rc == EXIT_OK && r == DB_SAVE_FAILED) rc = EXIT_ERROR;
    if (rc == EXIT_ERROR && err.msg[0]) cli_error("%s", err.msg);
    if (r == DB_UNCHANGED) fputs(_("nothing changed\n"), stderr);
    agency_clear(&ag);
    db_close(db);
    return rc;
}

static int agency_show(struct cli_args *a)
{
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    long id = one_agency(db, a, "agency show");
    struct agency ag = {0};
    struct db_error err = {{0}};
    int rc = id < 0 ? (id == -2 ? EXIT_USAGE : EXIT_ERROR) : EXIT_OK;
    if (rc == EXIT_OK && db_agency_get(db, id, &ag, &err)) {
        cli_error("%s", err.msg);
        rc = EXIT_ERROR;
    }
    static const char *const labels[AGENCY_NFIELDS] = {N_("name"),          N_("kind"),
                                                       N_("district"),      N_("province"),
                                                       N_("signer name"),   N_("signer position"),
                                                       N_("preparer name"), N_("preparer position"),
                                                       N_("preparer phone")};
    static const struct cli_col cols[] = {{18, TT_ALIGN_LEFT}, {0, TT_ALIGN_LEFT}};
    char idbuf[24];
    snprintf(idbuf, sizeof idbuf, "%ld", id);
    if (rc == EXIT_OK) cli_row(stdout, cols, (const char *[]){_("id"), idbuf}, 2);
    for (int i = 0; rc == EXIT_OK && i < AGENCY_NFIELDS; i++) {
        const char *v = *agency_field(&ag, i);
        cli_row(stdout, cols, (const char *[]){_(labels[i]), v ? v : "-"}, 2);
    }
    if (rc == EXIT_OK) {
        long n = db_agency_data_count(db, id, &err);
        printf(_("records: %ld\n"), n);
    }
    agency_clear(&ag);
    db_close(db);
    return rc;
}

static int agency_delete(struct cli_args *a)
{
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    long id = one_agency(db, a, "agency delete");
    struct db_error err = {{0}};
    int rc = id < 0 ? (id == -2 ? EXIT_USAGE : EXIT_ERROR) : EXIT_OK;
    if (rc == EXIT_OK && db_agency_delete(db, id, a->force, &err)) {
        cli_error("%s", err.msg);
        if (!a->force) fputs(_("(add --force to delete the agency with all its data)\n"), stderr);
        rc = EXIT_ERROR;
    }
    db_close(db);
    return rc;
}

int cmd_agency(int argc, char **argv, struct cli_args *a)
{
    if (argc >= 2 && (strcmp(argv[1], "set") == 0 || strcmp(argv[1], "show") == 0 ||
                      strcmp(argv[1], "delete") == 0)) {
        unsigned long long allowed =
            strcmp(argv[1], "set") == 0
                ? OPT_DB | OPT_KIND | OPT_DISTRICT | OPT_PROVINCE | OPT_PEOPLE
            : strcmp(argv[1], "delete") == 0 ? OPT_DB | OPT_FORCE
                                             : OPT_DB;
        if (cli_parse(argc, argv, allowed, "agency", a)) return EXIT_USAGE;
        if (a->name && !*a->name) {
            cli_usage_error("agency set", "%s", _("--name must not be empty"));
            return EXIT_USAGE;
        }
        if (strcmp(a->pos[0], "set") == 0) return agency_set(a);
        if (strcmp(a->pos[0], "show") == 0) return agency_show(a);
        return agency_delete(a);
    }
    if (cli_parse(argc, argv, OPT_DB | OPT_KIND | OPT_DISTRICT | OPT_PROVINCE, "agency", a))
        return EXIT_USAGE;
    if (a->npos >= 1 && strcmp(a->pos[0], "add") == 0) return agency_add(a);
    if (a->npos >= 1 && strcmp(a->pos[0], "list") == 0) return agency_list(a);
    cli_usage_error("agency", _("expected add, list, set, show or delete"));
    return EXIT_USAGE;
}
