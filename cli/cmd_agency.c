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

static void print_agency_row(const struct agency *ag)
{
    printf("%6ld  ", ag->id);
    cli_cell(stdout, ag->name, 36, TT_ALIGN_LEFT);
    fputs("  ", stdout);
    cli_cell(stdout, ag->kind, 22, TT_ALIGN_LEFT);
    fputs("  ", stdout);
    cli_cell(stdout, ag->district, 14, TT_ALIGN_LEFT);
    fputs("  ", stdout);
    cli_text(stdout, ag->province);
    fputc('\n', stdout);
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
    printf("%6s  ", _("id"));
    cli_cell(stdout, _("name"), 36, TT_ALIGN_LEFT);
    fputs("  ", stdout);
    cli_cell(stdout, _("kind"), 22, TT_ALIGN_LEFT);
    fputs("  ", stdout);
    cli_cell(stdout, _("district"), 14, TT_ALIGN_LEFT);
    printf("  %s\n", _("province"));
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
