/* itadesk import scores|oit FILE: all or nothing, with FILE:LINE: field: reason. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_oit.h"
#include "db_scores.h"
#include "i18n.h"
#include "number.h"
#include "oit_csv.h"
#include "score_csv.h"
#include "textfile.h"
#include "xalloc.h"

/* What every import needs before it parses: the database, the agency and year, and
 * the file's text as UTF-8. */
struct import {
    const char *file;
    struct itadb *db;
    long agency_id;
    int year;
    struct agency agency;
    char *text;
    size_t len;
};

/* EXIT_OK with everything in place, else the exit code (the error already printed). */
static int import_open(struct cli_args *a, const char *cmd, struct import *im)
{
    *im = (struct import){0};
    if (a->npos != 2) {
        cli_usage_error(cmd, _("expected exactly one FILE"));
        return EXIT_USAGE;
    }
    im->file = a->pos[1];
    long max_mb = TEXTFILE_MAX_DEFAULT / (1024 * 1024);
    if (a->max_size && number_parse_int(a->max_size, 1, 4096, &max_mb)) {
        cli_usage_error(cmd, _("--max-size takes a size in MB from 1 to 4096"));
        return EXIT_USAGE;
    }
    if (!(im->db = cli_open(a, 0))) return EXIT_ERROR;
    char why[1024];
    struct db_error err = {{0}};
    if (cli_agency_year(im->db, a, &im->agency_id, &im->year)) return EXIT_ERROR;
    if (db_agency_get(im->db, im->agency_id, &im->agency, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    if (textfile_read_utf8(im->file, a->encoding, (size_t)max_mb * 1024 * 1024, &im->text, &im->len,
                           why, sizeof why)) {
        cli_error("%s", why);
        return EXIT_ERROR;
    }
    return EXIT_OK;
}

static void import_close(struct import *im)
{
    agency_clear(&im->agency);
    free(im->text);
    db_close(im->db);
}

static int import_scores(struct import *im)
{
    struct score_rows rows = {0};
    char why[1024];
    struct db_error err = {{0}};
    if (score_csv_parse(im->file, im->text, im->len, &rows, why, sizeof why)) {
        cli_error("%s", why);
        return EXIT_ERROR;
    }
    long n = db_scores_import(im->db, im->agency_id, im->year, im->file, &rows, &err);
    score_rows_free(&rows);
    if (n < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(ngettext("Imported %ld score.\n", "Imported %ld scores.\n", (unsigned long)n), n);
    return EXIT_OK;
}

/* Turns parsed CSV rows into changes of the state, unit and note they carry. */
static struct oit_import_row *changes_of(const struct oit_csv *csv)
{
    struct oit_import_row *rows = xcalloc(csv->n, sizeof *rows);
    for (size_t i = 0; i < csv->n; i++) {
        const struct oit_csv_row *c = &csv->rows[i];
        rows[i].line = c->line;
        snprintf(rows[i].code, sizeof rows[i].code, "%s", c->code);
        struct oit_change *ch = &rows[i].change;
        if (c->has_state) ch->fields |= OIT_SET_STATE, ch->state = c->state;
        if (c->unit) ch->fields |= OIT_SET_UNIT, ch->unit = c->unit;
        if (c->note) ch->fields |= OIT_SET_NOTE, ch->note = c->note;
    }
    return rows;
}

static int import_oit(struct import *im)
{
    struct oit_csv csv = {0};
    char why[1024];
    struct db_error err = {{0}};
    if (oit_csv_parse(im->file, im->text, im->len, im->year, im->agency.name, &csv, why,
                      sizeof why)) {
        cli_error("%s", why);
        return EXIT_ERROR;
    }
    struct oit_import_row *rows = changes_of(&csv);
    long n = db_oit_import(im->db, im->agency_id, im->year, im->file, rows, csv.n, &err);
    if (n < 0)
        cli_error("%s", err.msg);
    else
        printf(ngettext("Imported %zu row: %ld item changed.\n",
                        "Imported %zu rows: %ld items changed.\n", (unsigned long)csv.n),
               csv.n, n);
    free(rows);
    oit_csv_free(&csv);
    return n < 0 ? EXIT_ERROR : EXIT_OK;
}

int cmd_import(int argc, char **argv, struct cli_args *a)
{
    static const struct {
        const char *what, *cmd;
        int (*run)(struct import *);
    } kinds[] = {{"scores", "import scores", import_scores}, {"oit", "import oit", import_oit}};
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_ENCODING | OPT_MAX_SIZE,
                  "import", a))
        return EXIT_USAGE;
    for (size_t i = 0; a->npos >= 1 && i < sizeof kinds / sizeof kinds[0]; i++) {
        if (strcmp(a->pos[0], kinds[i].what) != 0) continue;
        struct import im;
        int rc = import_open(a, kinds[i].cmd, &im);
        if (rc == EXIT_OK) rc = kinds[i].run(&im);
        import_close(&im);
        return rc;
    }
    cli_usage_error("import", _("expected 'scores FILE' or 'oit FILE'"));
    return EXIT_USAGE;
}
