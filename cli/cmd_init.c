#include <stdlib.h>

#include "cli.h"
#include "db_data.h"
#include "i18n.h"

int cmd_init(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_DEMO, "init", a) || a->npos)
        return a->npos
                   ? (cli_usage_error("init", _("unexpected argument %s"), a->pos[0]), EXIT_USAGE)
                   : EXIT_USAGE;
    struct itadb *db = cli_open(a, DB_OPEN_CREATE);
    if (!db) return EXIT_ERROR;
    struct db_error err = {{0}};
    const char *dir = db_data_dir();
    int years = db_catalog_load(db, dir, &err);
    int demo = years >= 0 && a->demo ? db_demo_load(db, dir, &err) : 0;
    if (years < 0 || demo < 0) {
        cli_error("%s", err.msg);
        db_close(db);
        return EXIT_ERROR;
    }
    char buf[4096];
    printf(_("Database %s is ready (schema version %d).\n"), cli_db_path(a, buf, sizeof buf),
           db_schema_version(db));
    printf(_("Framework catalogs loaded for %d fiscal years.\n"), years);
    if (a->demo)
        puts(demo ? _("Demo agencies added: 3 (seeds 000, 001, 002).")
                  : _("Demo agencies were already there; left unchanged."));
    db_close(db);
    return EXIT_OK;
}
