/* itadesk: entry point. Sets up the locale and translations, reads the global
 * options, and hands the rest to a subcommand. */
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cmd_screens.h"
#include "i18n.h"

struct command {
    const char *name;
    int (*run)(int argc, char **argv, struct cli_args *a);
};

static const struct command commands[] = {
    {"init", cmd_init},     {"agency", cmd_agency}, {"import", cmd_import},
    {"score", cmd_score},   {"check", cmd_check},   {"oit", cmd_oit},
};

static void print_usage(FILE *out)
{
    fputs(_("Usage: itadesk [--db FILE] [--agency ID] [--year YEAR] [--screen NAME]\n"
            "                                      open the screens (NAME: picker, dashboard,\n"
            "                                      indicators, oit, plans)\n"
            "       itadesk init [--db FILE] [--demo]             create or upgrade the database\n"
            "       itadesk agency add NAME [--kind K] [--district D] [--province P]\n"
            "       itadesk agency list\n"
            "       itadesk import scores FILE --agency ID --year YEAR [--encoding utf-8|cp874|tis-620]\n"
            "       itadesk score --agency ID --year YEAR       indicators, tool means, total, level\n"
            "       itadesk check                               integrity and reference check\n"
            "       itadesk oit list --agency ID --year YEAR [--state STATE] [--format text|csv]\n"
            "       itadesk oit set --agency ID --year YEAR CODE [--state done|not-done|in-progress]\n"
            "                       [--unit NAME] [--url URL] [--note TEXT] [--score 0|50|100]\n"
            "       itadesk import oit FILE --agency ID --year YEAR [--encoding ...]\n"
            "       itadesk --help | --version\n"
            "\n"
            "YEAR is the Buddhist-era fiscal year (2567 = 1 Oct 2023 - 30 Sep 2024); ASCII or Thai\n"
            "digits. An agency is named by its id or its exact name. The database is --db FILE,\n"
            "else $ITADESK_DB, else $XDG_DATA_HOME/itadesk/itadesk.db.\n"
            "Exit status: 0 ok, 1 error, 2 usage.\n"),
          out);
}

/* ncursesw and the width functions need a UTF-8 LC_CTYPE; messages follow the
 * user's locale or LANGUAGE. LC_NUMERIC stays "C" so scores print with a dot. */
static void setup_locale(void)
{
    if (!setlocale(LC_CTYPE, "") || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        if (!setlocale(LC_CTYPE, "C.UTF-8"))
            fputs("itadesk: no UTF-8 locale is installed; Thai text will not show correctly\n",
                  stderr);
    }
    setlocale(LC_MESSAGES, "");
    const char *dir = ITADESK_LOCALEDIR;
    if (access(ITADESK_BUILD_LOCALEDIR, R_OK) == 0) dir = ITADESK_BUILD_LOCALEDIR;
    const char *env = getenv("ITADESK_LOCALEDIR");
    if (env && *env) dir = env;
    bindtextdomain("itadesk", dir);
    bind_textdomain_codeset("itadesk", "UTF-8");
    textdomain("itadesk");
}

/* Bare `itadesk [options]`: the curses screens (cli/cmd_screens.c parses the rest). */
static int run_screens(int argc, char **argv, struct cli_args *a)
{
    return cmd_screens(argc, argv, a);
}

int main(int argc, char **argv)
{
    setup_locale();
    struct cli_args a = {0};
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            print_usage(stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--version") == 0) {
            printf("itadesk %s\n", ITADESK_VERSION);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            a.db = argv[++i];
        else if (strncmp(argv[i], "--db=", 5) == 0)
            a.db = argv[i] + 5;
        else
            break; /* screen options: parsed with the screens */
    }
    if (i >= argc || argv[i][0] == '-') return run_screens(argc - i, argv + i, &a);
    for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
        if (strcmp(argv[i], commands[c].name) == 0) return commands[c].run(argc - i, argv + i, &a);
    cli_usage_error(argv[i], _("unknown command"));
    return EXIT_USAGE;
}
