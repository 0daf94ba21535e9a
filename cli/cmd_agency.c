#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "i18n.h"

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

int cmd_agency(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_KIND | OPT_DISTRICT | OPT_PROVINCE, "agency", a))
        return EXIT_USAGE;
    if (a->npos >= 1 && strcmp(a->pos[0], "add") == 0) return agency_add(a);
    if (a->npos >= 1 && strcmp(a->pos[0], "list") == 0) return agency_list(a);
    cli_usage_error("agency", _("expected 'add NAME' or 'list'"));
    return EXIT_USAGE;
}
