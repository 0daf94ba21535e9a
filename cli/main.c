/* itadesk: entry point. Sets up the locale and translations, reads the global
 * options, and hands the rest to a subcommand. */
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "report.h"
#include "cmd_screens.h"
#include "i18n.h"
#include "ui.h"
#include "priv.h"

struct command {
    const char *name;
    int (*run)(int argc, char **argv, struct cli_args *a);
};

static const struct command commands[] = {
    {"init", cmd_init},           {"agency", cmd_agency},         {"import", cmd_import},
    {"score", cmd_score},         {"check", cmd_check},           {"oit", cmd_oit},
    {"measure", cmd_measure},     {"report", cmd_report},         {"unit", cmd_unit},
    {"finding", cmd_finding},     {"constraint", cmd_constraint}, {"keys", cmd_keys},
    {"user", cmd_user},           {"audit", cmd_audit},           {"whatif", cmd_whatif},
    {"framework", cmd_framework}, {"calendar", cmd_calendar},     {"remind", cmd_remind},
};

/* One entry per form of the command: the syntax is never translated, its purpose is,
 * one message each, so adding a subcommand adds one line for the translators. */
struct usage_line {
    const char *syntax;
    const char *purpose;
};

static const struct usage_line usage_lines[] = {
    {"itadesk [--db FILE] [--agency ID] [--year YEAR] [--screen NAME]",
     N_("open the screens (NAME: %s)")},
    {"itadesk init [--db FILE] [--demo]", N_("create or upgrade the database")},
    {"itadesk agency add NAME [--kind K] [--district D] [--province P]", N_("add an agency")},
    {"itadesk agency list", N_("list the agencies")},
    {"itadesk agency set ID [--name N] [--kind K] [--district D] [--province P]\n"
     "            [--signer-name N] [--signer-position P] [--preparer-name N]\n"
     "            [--preparer-position P] [--preparer-phone T]",
     N_("change an agency and the people its documents name")},
    {"itadesk agency show ID", N_("one agency with its signer and preparer")},
    {"itadesk agency delete ID [--force]",
     N_("delete an agency (refused while it has data, unless --force)")},
    {"itadesk unit list|add NAME|rename UNIT NAME|merge UNIT INTO|delete UNIT --agency ID",
     N_("the agency's responsible units")},
    {"itadesk import scores FILE --agency ID --year YEAR [--encoding utf-8|cp874|tis-620]",
     N_("enter published scores (item,score; an indicator by number or name; total and "
        "level rows)")},
    {"itadesk report KIND (--agency ID... | --province P [--district D] [--kind K]) --year Y",
     N_("one report of several agencies (summary, indicators, oit, progress)")},
    {"itadesk score --agency ID --year YEAR", N_("indicators, tool means, total, level")},
    {"itadesk score set|clear --agency ID --year YEAR ITEM [VALUE]",
     N_("set or clear one published value (ITEM: 1-10 or the indicator's name, i3, O12, "
        "total, level)")},
    {"itadesk finding list|propose --agency ID --year YEAR [--format text|csv]",
     N_("the findings of the analysis; proposals from the scores (not saved)")},
    {"itadesk finding add --agency ID --year YEAR --kind weakness|develop|keep --text TEXT\n"
     "            [--indicator N]... [--item CODE]... [--issue NO]",
     N_("add a finding; prints its id")},
    {"itadesk finding set ID [--kind K] [--text T] [--indicator N]... [--item CODE]...",
     N_("change a finding")},
    {"itadesk finding delete ID", N_("delete a finding")},
    {"itadesk constraint list|add|set ID|delete ID --agency ID --year YEAR\n"
     "            [--area staff|budget|technology|area|economy] [--text TEXT]",
     N_("the constraints of the analysis")},
    {"itadesk whatif --agency ID --year YEAR [--set O12=100]... [--target LEVEL]",
     N_("what-if: indicators 9 and 10, OIT mean, total and level if OIT items were scored\n"
        "      differently, and the fewest items that reach the next level (nothing is saved)")},
    {"itadesk check", N_("integrity and reference check")},
    {"itadesk oit list --agency ID --year YEAR [--state STATE] [--unit NAME]\n"
     "            [--review checked|returned|none] [--format text|csv]",
     N_("the OIT checklist")},
    {"itadesk oit set --agency ID --year YEAR CODE [--state done|not-done|in-progress]\n"
     "            [--unit NAME] [--url URL] [--note TEXT] [--score 0|50|100|-]",
     N_("change one OIT item")},
    {"itadesk oit carry --agency ID --from YEAR --to YEAR [--apply]",
     N_("carry units, evidence links (to re-check) and notes into another year's checklist by\n"
        "      matching items; shows the mapping first, changes only with --apply")},
    {"itadesk oit map list|set FROM=TO...|clear [CODE...] --from YEAR --to YEAR",
     N_("the stored mapping of OIT items between two years, before titles (O9=-: no "
        "successor; admins)")},
    {"itadesk import oit FILE --agency ID --year YEAR [--encoding ...]",
     N_("read an OIT checklist (id,responsible_unit,status,progress_note)")},
    {"itadesk measure list --agency ID --year PLAN-YEAR [--format text|csv]",
     N_("the measures of a plan year")},
    {"itadesk measure show ID", N_("one measure with its monitoring rounds")},
    {"itadesk measure add --agency ID --year PLAN-YEAR --title TEXT [--unit NAME]\n"
     "            [--start DATE] [--end DATE] [--budget B] [--approach TEXT] [--steps TEXT]\n"
     "            [--rounds 6;12] [--status STATE] [--finding ID]",
     N_("add a measure; prints its id")},
    {"itadesk measure set ID [the options of add] [--result TEXT] [--outcome TEXT]\n"
     "            [--expect-version N]",
     N_("change a measure (with --expect-version N: only if it is still at version N)")},
    {"itadesk measure delete ID [--force]",
     N_("delete a measure (--force when it has recorded progress)")},
    {"itadesk measure carry-over --agency ID --year PLAN-YEAR",
     N_("start the next year's plan from the unfinished measures")},
    {"itadesk report summary|indicators|oit|analysis|progress|memo --agency ID --year YEAR\n"
     "            [--format text|html|csv|pdf|docx] [--encoding utf-8|cp874]\n"
     "            [--thai-digits|--arabic-digits] [--about analysis|progress] [--bom]\n"
     "            [-o FILE [--force] | --printer NAME]",
     N_("print a report or a yearly document (analysis: YEAR = assessed year; progress:\n"
        "      YEAR = plan year; memo: the covering memo of the --about document; pdf and docx:\n"
        "      A4 to publish and a Word file to edit)")},
    {"itadesk keys",
     N_("key test: shows the bytes each key sends and the key itadesk reads (Ctrl-C twice "
        "leaves)")},
    {"itadesk user list", N_("people and their roles")},
    {"itadesk user add|set LOGIN --role admin|officer|reviewer|viewer [--agency ID]",
     N_("give a Unix login a role, for one agency or every agency (admins only)")},
    {"itadesk user remove LOGIN [--agency ID]", N_("take a role away (admins only)")},
    {"itadesk oit check|return --agency ID --year YEAR CODE [--comment TEXT]",
     N_("a reviewer's verdict on an item marked done (a return needs --comment)")},
    {"itadesk measure report ID --round 3|6|9|12 [--state STATE] [--note TEXT] [--date DATE]",
     N_("report a monitoring round of a measure (dated today, or on --date)")},
    {"itadesk measure accept|return ID --round 3|6|9|12 [--comment TEXT]",
     N_("a reviewer's verdict on a monitoring-round report")},
    {"itadesk audit [--agency ID] [--user LOGIN] [--since DATE] [--format text|csv]",
     N_("who changed what and when")},
    {"itadesk framework list", N_("the fiscal years' frameworks")},
    {"itadesk framework show YEAR",
     N_("a year's grading levels, indicators, OIT items and what is still unknown")},
    {"itadesk framework copy FROM TO",
     N_("start the framework of year TO from year FROM (admins only)")},
    {"itadesk framework import YEAR FILE [--encoding utf-8|cp874|tis-620]",
     N_("replace a year's framework with a catalog file, all or nothing (admins only)")},
    {"itadesk framework export YEAR [-o FILE [--force]]",
     N_("write a year's framework as a catalog file that import reads back")},
    {"itadesk calendar show YEAR",
     N_("the year's ITA calendar: OIT window, clarification, results")},
    {"itadesk calendar set YEAR KEY DATE|-",
     N_("change one date of the calendar (admins only; KEY e.g. oit_open, DATE e.g. 1 มี.ค. 2569)")},
    {"itadesk remind [--agency ID] [--user LOGIN] [--days N]",
     N_("what is due: exit 3 when something is, 0 when nothing is (for a daily cron job)")},
    {"itadesk --help | --version", N_("this help; the version")},
};

static void print_usage(FILE *out)
{
    fputs(_("Usage:\n"), out);
    char names[512];
    ui_screen_names(names, sizeof names);
    for (size_t i = 0; i < sizeof usage_lines / sizeof usage_lines[0]; i++) {
        fprintf(out, "  %s\n      ", usage_lines[i].syntax);
        if (i == 0) /* the screens' names come from the screen registry */
            fprintf(out, _(usage_lines[i].purpose), names);
        else
            fputs(_(usage_lines[i].purpose), out);
        fputc('\n', out);
    }
    fputs(
        _("\nYEAR is the Buddhist-era fiscal year (2567 = 1 Oct 2023 - 30 Sep 2024); ASCII or "
          "Thai\n"
          "digits. PLAN-YEAR is the fiscal year in which measures run. An agency is named by its\n"
          "id or its exact name. The database is --db FILE, else $ITADESK_DB, else\n"
          "$XDG_DATA_HOME/itadesk/itadesk.db. Exit status: 0 ok, 1 error, 2 usage.\n"),
        out);
    fputs(_("--wait SECONDS (before or after the command): how long a change waits while\n"
            "another user is saving, default 30; then it fails with 'the database is busy'.\n"),
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
    /* Before anything reads a file or the environment: a setgid start lowers its group. */
    if (priv_start()) {
        fputs("itadesk: cannot set up the group of a setgid start\n", stderr);
        return EXIT_ERROR;
    }
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
        else if (strcmp(argv[i], "--wait") == 0 && i + 1 < argc)
            a.wait = argv[++i];
        else if (strncmp(argv[i], "--wait=", 7) == 0)
            a.wait = argv[i] + 7;
        else
            break; /* screen options: parsed with the screens */
    }
    if (a.wait && cli_wait_ms(a.wait) < 0) return EXIT_USAGE;
    int rc = -1;
    if (i >= argc || argv[i][0] == '-') rc = run_screens(argc - i, argv + i, &a);
    for (size_t c = 0; rc < 0 && c < sizeof commands / sizeof commands[0]; c++)
        if (strcmp(argv[i], commands[c].name) == 0) rc = commands[c].run(argc - i, argv + i, &a);
    if (rc >= 0) {
        report_fonts_release(); /* the documents' font caches, before exit */
        return rc;
    }
    cli_usage_error(argv[i], _("unknown command"));
    return EXIT_USAGE;
}
