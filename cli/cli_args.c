#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

static const struct option long_options[] = {
    {"db", required_argument, NULL, 'D'},
    {"agency", required_argument, NULL, 'a'},
    {"year", required_argument, NULL, 'y'},
    {"encoding", required_argument, NULL, 'e'},
    {"kind", required_argument, NULL, 'k'},
    {"district", required_argument, NULL, 'd'},
    {"province", required_argument, NULL, 'p'},
    {"demo", no_argument, NULL, 'M'},
    {"state", required_argument, NULL, 's'},
    {"format", required_argument, NULL, 'f'},
    {"unit", required_argument, NULL, 'u'},
    {"url", required_argument, NULL, 'U'},
    {"note", required_argument, NULL, 'n'},
    {"score", required_argument, NULL, 'S'},
    {"title", required_argument, NULL, 'T'},
    {"start", required_argument, NULL, 'b'},
    {"end", required_argument, NULL, 'E'},
    {"budget", required_argument, NULL, 'B'},
    {"approach", required_argument, NULL, 'A'},
    {"steps", required_argument, NULL, 'P'},
    {"status", required_argument, NULL, 'X'},
    {"rounds", required_argument, NULL, 'R'},
    {"result", required_argument, NULL, 'r'},
    {"outcome", required_argument, NULL, 'O'},
    {"thai-digits", no_argument, NULL, 'G'},
    {"bom", no_argument, NULL, 'Z'},
    {"output", required_argument, NULL, 'o'},
    {"force", no_argument, NULL, 'F'},
    {"printer", required_argument, NULL, 'L'},
    {"help", no_argument, NULL, 'h'},
    {"max-size", required_argument, NULL, 'm'},
    {"arabic-digits", no_argument, NULL, '0'},
    {"about", required_argument, NULL, 'W'},
    {"expect-version", required_argument, NULL, 'v'},
    {"wait", required_argument, NULL, 'w'},
    {"name", required_argument, NULL, 1},
    {"signer-name", required_argument, NULL, 2},
    {"signer-position", required_argument, NULL, 3},
    {"preparer-name", required_argument, NULL, 4},
    {"preparer-position", required_argument, NULL, 5},
    {"preparer-phone", required_argument, NULL, 6},
    {"text", required_argument, NULL, 7},
    {"indicator", required_argument, NULL, 8},
    {"item", required_argument, NULL, 9},
    {"area", required_argument, NULL, 10},
    {"issue", required_argument, NULL, 11},
    {"finding", required_argument, NULL, 12},
    {"role", required_argument, NULL, 13},
    {"comment", required_argument, NULL, 14},
    {"user", required_argument, NULL, 15},
    {"since", required_argument, NULL, 16},
    {"round", required_argument, NULL, 17},
    {"review", required_argument, NULL, 18},
    {"set", required_argument, NULL, 19},
    {"target", required_argument, NULL, 20},
    {"from", required_argument, NULL, 21},
    {"to", required_argument, NULL, 22},
    {"apply", no_argument, NULL, 23},
    {"days", required_argument, NULL, 24},
    {"date", required_argument, NULL, 25},
    {NULL, 0, NULL, 0},
};

/* Which cli_opt bit each short code stands for. */
static unsigned long long opt_bit(int c)
{
    switch (c) {
    case 'D':
        return OPT_DB;
    case 'a':
        return OPT_AGENCY;
    case 'y':
        return OPT_YEAR;
    case 'e':
        return OPT_ENCODING;
    case 'k':
        return OPT_KIND;
    case 'd':
        return OPT_DISTRICT;
    case 'p':
        return OPT_PROVINCE;
    case 'M':
        return OPT_DEMO;
    case 's':
        return OPT_STATE;
    case 'f':
        return OPT_FORMAT;
    case 'u':
        return OPT_UNIT;
    case 'U':
        return OPT_URL;
    case 'n':
        return OPT_NOTE;
    case 'S':
        return OPT_SCORE;
    case 'T':
        return OPT_TITLE;
    case 'b':
        return OPT_START;
    case 'E':
        return OPT_END;
    case 'B':
        return OPT_BUDGET;
    case 'A':
        return OPT_APPROACH;
    case 'P':
        return OPT_STEPS;
    case 'X':
        return OPT_STATUS;
    case 'R':
        return OPT_ROUNDS;
    case 'r':
        return OPT_RESULT;
    case 'O':
        return OPT_OUTCOME;
    case 'G':
        return OPT_THAI_DIGITS;
    case 'Z':
        return OPT_BOM;
    case 'o':
        return OPT_OUTPUT;
    case 'F':
        return OPT_FORCE;
    case 'L':
        return OPT_PRINTER;
    case 'm':
        return OPT_MAX_SIZE;
    case '0':
        return OPT_ARABIC_DIGITS;
    case 'W':
        return OPT_ABOUT;
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
        return OPT_PEOPLE;
    case 7:
    case 8:
    case 9:
    case 10:
    case 11:
        return OPT_FINDING;
    case 12:
        return OPT_LINK;
    case 13:
        return OPT_ROLE;
    case 14:
        return OPT_COMMENT;
    case 15:
        return OPT_USER;
    case 16:
        return OPT_SINCE;
    case 17:
        return OPT_ROUND;
    case 18:
        return OPT_REVIEW;
    case 19:
        return OPT_SET;
    case 20:
        return OPT_TARGET;
    case 21:
    case 22:
        return OPT_FROM_TO;
    case 23:
        return OPT_APPLY;
    case 24:
        return OPT_DAYS;
    case 25:
        return OPT_DATE;
    default:
        return 0;
    }
}

/* A repeated option: its values joined with spaces. */
static void append_word(char *buf, size_t n, const char *word, int *has)
{
    size_t used = strlen(buf);
    snprintf(buf + used, n - used, "%s%s", used ? " " : "", word);
    *has = 1;
}

static void store(struct cli_args *a, int c, const char *arg)
{
    switch (c) {
    case 'D':
        a->db = arg;
        break;
    case 'a':
        a->agency = arg;
        if (a->nagencies < CLI_MAX_AGENCIES) a->agencies[a->nagencies] = arg;
        a->nagencies++; /* counted past the end, so the caller can refuse too many */
        break;
    case 'y':
        a->year = arg;
        break;
    case 'e':
        a->encoding = arg;
        break;
    case 'k':
        a->kind = arg;
        break;
    case 'd':
        a->district = arg;
        break;
    case 'p':
        a->province = arg;
        break;
    case 'M':
        a->demo = 1;
        break;
    case 's':
        a->state = arg;
        break;
    case 'f':
        a->format = arg;
        break;
    case 'u':
        a->unit = arg;
        break;
    case 'U':
        a->url = arg;
        break;
    case 'n':
        a->note = arg;
        break;
    case 'S':
        a->score = arg;
        break;
    case 'T':
        a->title = arg;
        break;
    case 'b':
        a->start = arg;
        break;
    case 'E':
        a->end = arg;
        break;
    case 'B':
        a->budget = arg;
        break;
    case 'A':
        a->approach = arg;
        break;
    case 'P':
        a->steps = arg;
        break;
    case 'X':
        a->status = arg;
        break;
    case 'R':
        a->rounds = arg;
        break;
    case 'r':
        a->result = arg;
        break;
    case 'O':
        a->outcome = arg;
        break;
    case 'G':
        a->thai_digits = 1;
        break;
    case 'Z':
        a->bom = 1;
        break;
    case 'o':
        a->output = arg;
        break;
    case 'F':
        a->force = 1;
        break;
    case 'L':
        a->printer = arg;
        break;
    case 'm':
        a->max_size = arg;
        break;
    case '0':
        a->arabic_digits = 1;
        break;
    case 'W':
        a->about = arg;
        break;
    case 'v':
        a->expect_version = arg;
        break;
    case 'w':
        a->wait = arg;
        break;
    case 'h':
        a->help = 1;
        break;
    case 1:
        a->name = arg;
        break;
    case 2:
        a->signer_name = arg;
        break;
    case 3:
        a->signer_position = arg;
        break;
    case 4:
        a->preparer_name = arg;
        break;
    case 5:
        a->preparer_position = arg;
        break;
    case 6:
        a->preparer_phone = arg;
        break;
    case 7:
        a->text = arg;
        break;
    case 8:
        append_word(a->indicators, sizeof a->indicators, arg, &a->has_indicators);
        break;
    case 9:
        append_word(a->items, sizeof a->items, arg, &a->has_items);
        break;
    case 10:
        a->area = arg;
        break;
    case 11:
        a->issue = arg;
        break;
    case 12:
        a->finding = arg;
        break;
    case 13:
        a->role = arg;
        break;
    case 14:
        a->comment = arg;
        break;
    case 15:
        a->user = arg;
        break;
    case 16:
        a->since = arg;
        break;
    case 17:
        a->round = arg;
        break;
    case 18:
        a->review = arg;
        break;
    case 19:
        if (a->nsets < CLI_MAX_SETS) a->sets[a->nsets] = arg;
        a->nsets++; /* counted past the limit, so that whatif refuses instead of dropping */
        break;
    case 20:
        a->target = arg;
        break;
    case 21:
        a->from = arg;
        break;
    case 22:
        a->to = arg;
        break;
    case 23:
        a->apply = 1;
        break;
    case 24:
        a->days = arg;
        break;
    case 25:
        a->date = arg;
        break;
    }
}

int cli_parse(int argc, char **argv, unsigned long long allowed, const char *cmd,
              struct cli_args *a)
{
    const char *db = a->db, *wait = a->wait; /* given before the subcommand, they count */
    *a = (struct cli_args){.db = db, .wait = wait};
    optind = 0; /* glibc: 0 re-initialises getopt for a new argument vector */
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":ho:", long_options, NULL)) != -1) {
        if (c == '?' || c == ':') {
            const char *bad = argv[optind - 1];
            return c == ':' ? cli_usage_error(cmd, _("option %s needs a value"), bad)
                            : cli_usage_error(cmd, _("unknown option %s"), bad);
        }
        /* The option bits are all taken: --expect-version is measure's alone, by name, and
         * --wait applies everywhere. */
        int applies = c == 'h' || c == 'w' ||
                      (c == 'v' ? strcmp(cmd, "measure") == 0 : (opt_bit(c) & allowed) != 0);
        if (!applies)
            return cli_usage_error(cmd, _("option %s does not apply here"), argv[optind - 1]);
        store(a, c, optarg);
    }
    if (a->wait && cli_wait_ms(a->wait) < 0) return -1;
    a->pos = argv + optind;
    a->npos = argc - optind;
    return 0;
}

/* Messages echo what the user or a file said: sanitised, so a cell holding an
 * escape sequence cannot drive the terminal. The prefix too: it may name a command the
 * user typed. */
static void vsay(const char *prefix, const char *fmt, va_list ap)
{
    char buf[2048];
    vsnprintf(buf, sizeof buf, fmt, ap);
    char *line = xasprintf("%s%s", prefix, buf);
    char *safe = tt_sanitize(line, TT_SAN_MULTILINE);
    fprintf(stderr, "%s\n", safe);
    free(safe);
    free(line);
}

int cli_format(const struct cli_args *a, const char *cmd, const char *const *formats, int n)
{
    if (!a->format) return 0;
    for (int i = 0; i < n; i++)
        if (strcmp(a->format, formats[i]) == 0) return i;
    return cli_usage_error(cmd, _("unknown format '%s'"), a->format);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay("itadesk: ", fmt, ap);
    va_end(ap);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    char prefix[64];
    snprintf(prefix, sizeof prefix, "itadesk %s: ", cmd);
    va_list ap;
    va_start(ap, fmt);
    vsay(prefix, fmt, ap);
    va_end(ap);
    fprintf(stderr, _("Try 'itadesk --help'.\n"));
    return -1;
}
