#include "cmd_screens.h"

#include <string.h>

#include "db_agency.h"
#include "i18n.h"
#include "ui.h"

struct screen_args {
    const char *agency, *year, *screen;
    int keys_man;
};

/* The value of option `name` at argv[*i] ("--name VALUE" or "--name=VALUE"), or NULL. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *bad)
{
    size_t len = strlen(name);
    if (strncmp(argv[*i], name, len) != 0) return NULL;
    if (argv[*i][len] == '=') return argv[*i] + len + 1;
    if (argv[*i][len] != '\0') return NULL;
    if (*i + 1 >= argc) {
        *bad = 1;
        return NULL;
    }
    return argv[++*i];
}

static int parse(int argc, char **argv, struct cli_args *a, struct screen_args *s)
{
    for (int i = 0; i < argc; i++) {
        int bad = 0;
        const char *v;
        if (strcmp(argv[i], "--keys-man") == 0)
            s->keys_man = 1;
        else if ((v = option_value(argc, argv, &i, "--db", &bad)))
            a->db = v;
        else if ((v = option_value(argc, argv, &i, "--agency", &bad)))
            s->agency = v;
        else if ((v = option_value(argc, argv, &i, "--year", &bad)))
            s->year = v;
        else if ((v = option_value(argc, argv, &i, "--screen", &bad)))
            s->screen = v;
        else if (!bad)
            return cli_usage_error(argv[i], "%s", _("unknown option or command"));
        if (bad) return cli_usage_error(argv[i], "%s", _("needs a value"));
    }
    if (s->screen && !ui_screen_name_valid(s->screen)) {
        char names[512];
        ui_screen_names(names, sizeof names);
        return cli_usage_error("--screen", _("'%s' is not one of %s"), s->screen, names);
    }
    return 0;
}

/* Resolves --agency and --year when given (either may be left out: the picker asks). */
static int resolve(struct itadb *db, const struct screen_args *s, struct ui_options *o)
{
    if (s->agency) {
        struct db_error err;
        o->agency_id = db_agency_find(db, s->agency, &err);
        if (o->agency_id < 0) {
            cli_error("%s", err.msg);
            return -1;
        }
    }
    if (s->year && cli_year(s->year, &o->year)) return -1;
    return 0;
}

int cmd_screens(int argc, char **argv, struct cli_args *a)
{
    struct screen_args s = {0};
    if (parse(argc, argv, a, &s)) return EXIT_USAGE;
    if (s.keys_man) {
        ui_keys_man(stdout);
        return EXIT_OK;
    }
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    struct ui_options o = {.agency_id = -1, .screen = s.screen};
    int rc = EXIT_ERROR;
    if (resolve(db, &s, &o) == 0) rc = ui_main(db, &o) ? EXIT_ERROR : EXIT_OK;
    db_close(db);
    return rc;
}
