#include "cli.h"
#include "db_check.h"
#include "i18n.h"

int cmd_check(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB, "check", a)) return EXIT_USAGE;
    if (a->npos) {
        cli_usage_error("check", _("unexpected argument %s"), a->pos[0]);
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    struct db_error err = {{0}};
    long problems = db_check(db, stdout, &err);
    db_close(db);
    if (problems < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    if (problems == 0) {
        puts(_("ok: integrity and references check out"));
        return EXIT_OK;
    }
    printf(ngettext("%ld problem found\n", "%ld problems found\n", (unsigned long)problems),
           problems);
    return EXIT_ERROR;
}
