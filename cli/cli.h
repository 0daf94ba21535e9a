/* Shared by the subcommands: parsed options, opening the database, output. */
#ifndef ITADESK_CLI_H
#define ITADESK_CLI_H

#include <stdio.h>

#include "db.h"
#include "text/tt_fit.h"

/* Exit codes of the command-line contract. */
enum { EXIT_OK = 0, EXIT_ERROR = 1, EXIT_USAGE = 2, EXIT_DUE = 3 /* remind: something is due */ };

/* Options a subcommand may accept (a bit each). */
enum cli_opt {
    OPT_DB = 1 << 0,
    OPT_AGENCY = 1 << 1,
    OPT_YEAR = 1 << 2,
    OPT_ENCODING = 1 << 3,
    OPT_KIND = 1 << 4,
    OPT_DISTRICT = 1 << 5,
    OPT_PROVINCE = 1 << 6,
    OPT_DEMO = 1 << 7,
    OPT_STATE = 1 << 8,
    OPT_FORMAT = 1 << 9,
    OPT_UNIT = 1 << 10,
    OPT_URL = 1 << 11,
    OPT_NOTE = 1 << 12,
    OPT_SCORE = 1 << 13,
    OPT_TITLE = 1 << 14,
    OPT_START = 1 << 15,
    OPT_END = 1 << 16,
    OPT_BUDGET = 1 << 17,
    OPT_APPROACH = 1 << 18,
    OPT_STEPS = 1 << 19,
    OPT_STATUS = 1 << 20,
    OPT_ROUNDS = 1 << 21,
    OPT_RESULT = 1 << 22,
    OPT_OUTCOME = 1 << 23,
    OPT_THAI_DIGITS = 1 << 24,
    OPT_BOM = 1 << 25,
    OPT_OUTPUT = 1 << 26,
    OPT_FORCE = 1 << 27,
    OPT_PRINTER = 1 << 28,
    OPT_MAX_SIZE = 1 << 29,
    OPT_ARABIC_DIGITS = 1 << 30,
};
/* Past the enum's int range: the option sets are unsigned long long. */
#define OPT_ABOUT (1ull << 31)   /* report memo --about */
#define OPT_PEOPLE (1ull << 32)  /* --name, --signer-name/-position, --preparer-... */
#define OPT_FINDING (1ull << 33) /* --text, --indicator, --item, --area, --issue */
#define OPT_LINK (1ull << 34)    /* --finding ID: the finding a measure answers */

#define OPT_SINCE (1ull << 35)   /* audit --since DATE */
#define OPT_ROUND (1ull << 36)   /* measure report|accept|return --round N */
#define OPT_REVIEW (1ull << 37)  /* oit list --review checked|returned|none */
#define OPT_USER (1ull << 38)    /* audit --user LOGIN */
#define OPT_COMMENT (1ull << 39) /* a reviewer's --comment */
#define OPT_ROLE (1ull << 40)    /* user add|set --role ROLE */
#define OPT_SET (1ull << 41)     /* whatif --set CODE=SCORE (repeated) */
#define OPT_TARGET (1ull << 42)  /* whatif --target LEVEL */
#define OPT_FROM_TO (1ull << 43) /* oit carry|map --from YEAR --to YEAR */
#define OPT_APPLY (1ull << 44)   /* oit carry --apply: change, not only show */
#define OPT_DAYS (1ull << 45)    /* remind --days N */
#define OPT_DATE (1ull << 46)    /* measure report --date DATE: the day a round was reported */

#define CLI_MAX_AGENCIES 256 /* --agency repeated; more: use --province */
#define CLI_MAX_SETS 128     /* whatif --set repeated */

struct cli_args {
    const char *agencies[CLI_MAX_AGENCIES]; /* every --agency, in order (agency = the last) */
    int nagencies;
    const char *db, *agency, *year, *encoding, *kind, *district, *province;
    const char *state, *format, *unit, *url, *note, *score;
    const char *title, *start, *end, *budget, *approach, *steps, *status, *rounds, *result,
        *outcome;
    const char *output, *printer, *max_size;
    const char *about;          /* report memo: the document it forwards */
    const char *expect_version; /* measure set: only if still at this version */
    const char *wait; /* --wait SECONDS: how long a change waits for another user's save */
    const char *name, *signer_name, *signer_position, *preparer_name, *preparer_position,
        *preparer_phone;
    const char *text, *area, *issue, *finding;
    char indicators[256], items[1024]; /* repeated --indicator / --item, space-separated */
    int has_indicators, has_items;
    const char *role, *comment, *user, *since, *round, *review;
    const char *sets[CLI_MAX_SETS]; /* every whatif --set, in order */
    int nsets;
    const char *target;    /* whatif --target LEVEL */
    const char *from, *to; /* --from YEAR --to YEAR */
    int apply;
    const char *days; /* remind --days N */
    const char *date; /* measure report --date DATE */
    int thai_digits, arabic_digits, bom, force;
    int demo;
    int help;
    char **pos; /* positional arguments after the subcommand words */
    int npos;
};

/* Parses argv (argv[0] = the subcommand) accepting only the options in `allowed`;
 * prints a usage error naming cmd and returns -1 on anything else. */
int cli_parse(int argc, char **argv, unsigned long long allowed, const char *cmd,
              struct cli_args *a);

/* The database path: --db, else $ITADESK_DB, else $XDG_DATA_HOME/itadesk/itadesk.db. */
const char *cli_db_path(const struct cli_args *a, char *buf, size_t bufsz);

/* The Unix login name of the user running itadesk. */
const char *cli_login(void);

/* Parses --wait SECONDS (a plain decimal, e.g. 30 or 0.5) into milliseconds; -1 after a
 * usage error. */
int cli_wait_ms(const char *text);

/* Opens the database for a command, printing the error itself; NULL on failure. A change
 * waits for another user's save up to --wait (default DB_CLI_WAIT_MS). */
struct itadb *cli_open(const struct cli_args *a, int flags);

/* Parses a Buddhist-era fiscal year (ASCII or Thai digits); prints the error. */
int cli_year(const char *text, int *year);

/* Resolves --agency (id or exact name) and --year, both required. */
int cli_agency_year(struct itadb *db, const struct cli_args *a, long *agency_id, int *year);

void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Prints untrusted text sanitised and fitted to exactly cols columns. */
void cli_cell(FILE *out, const char *text, int cols, enum tt_align align);
/* Checks --format against the formats a command offers ("text", "csv" …);
 * NULL means the first. Returns the index, or -1 after a usage error. */
int cli_format(const struct cli_args *a, const char *cmd, const char *const *formats, int n);

/* A column of a plain-text table: its width in display columns (0: the rest of the
 * line, not fitted) and alignment. */
struct cli_col {
    int width;
    enum tt_align align;
};

/* Prints one row: each cell sanitised and fitted to its column, two spaces between,
 * then a newline. Headers go through here too, so translated labels line up. */
void cli_row(FILE *out, const struct cli_col *cols, const char *const *cells, size_t n);

/* Prints untrusted text sanitised, without fitting. */
void cli_text(FILE *out, const char *text);

int cmd_user(int argc, char **argv, struct cli_args *a);
int cmd_audit(int argc, char **argv, struct cli_args *a);
int cmd_framework(int argc, char **argv, struct cli_args *a);
int cmd_init(int argc, char **argv, struct cli_args *a);
int cmd_agency(int argc, char **argv, struct cli_args *a);
int cmd_import(int argc, char **argv, struct cli_args *a);
int cmd_score(int argc, char **argv, struct cli_args *a);
int cmd_check(int argc, char **argv, struct cli_args *a);
int cmd_oit(int argc, char **argv, struct cli_args *a);
/* oit carry and oit map (cli/cmd_oit_carry.c), options already parsed. */
int cmd_oit_carry(struct cli_args *a);
int cmd_oit_map(struct cli_args *a);
int cmd_measure(int argc, char **argv, struct cli_args *a);
int cmd_report(int argc, char **argv, struct cli_args *a);
int cmd_keys(int argc, char **argv, struct cli_args *a);
int cmd_unit(int argc, char **argv, struct cli_args *a);
int cmd_finding(int argc, char **argv, struct cli_args *a);
int cmd_constraint(int argc, char **argv, struct cli_args *a);
int cmd_whatif(int argc, char **argv, struct cli_args *a);

/* 1 when the messages are in Thai (LANGUAGE, LC_ALL, LC_MESSAGES or LANG says th). */
int cli_thai(void);
int cmd_calendar(int argc, char **argv, struct cli_args *a);
int cmd_remind(int argc, char **argv, struct cli_args *a);

#endif
