#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_oit.h"
#include "db_scores.h"
#include "i18n.h"
#include "oit_csv.h"
#include "score_csv.h"
#include "textfile.h"

static int import_scores(struct cli_args *a)
{
    if (a->npos != 2) {
        cli_usage_error("import scores", _("expected exactly one FILE"));
        return EXIT_USAGE;
    }
    const char *file = a->pos[1];
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    long agency_id;
    int year, rc = EXIT_ERROR;
    char *text = NULL, why[1024];
    size_t len;
    struct score_rows rows = {0};
    struct db_error err = {{0}};
    if (cli_agency_year(db, a, &agency_id, &year)) goto out;
    if (textfile_read_utf8(file, a->encoding, &text, &len, why, sizeof why) ||
        score_csv_parse(file, text, len, &rows, why, sizeof why)) {
        cli_error("%s", why);
        goto out;
    }
    long n = db_scores_import(db, agency_id, year, file, &rows, &err);
    if (n < 0) {
        cli_error("%s", err.msg);
        goto out;
    }
    printf(ngettext("Imported %ld score.\n", "Imported %ld scores.\n", (unsigned long)n), n);
    rc = EXIT_OK;
out:
    score_rows_free(&rows);
    free(text);
    db_close(db);
    return rc;
}

/* Turns parsed CSV rows into changes of the state, unit and note they carry. */
static struct oit_import_row *changes_of(const struct oit_csv *csv)
{
    struct oit_import_row *rows = calloc(csv->n ? csv->n : 1, sizeof *rows);
    for (size_t i = 0; rows && i < csv->n; i++) {
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

static int import_oit(struct cli_args *a)
{
    if (a->npos != 2) {
        cli_usage_error("import oit", _("expected exactly one FILE"));
        return EXIT_USAGE;
    }
    const char *file = a->pos[1];
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    long agency_id;
    int year, rc = EXIT_ERROR;
    char *text = NULL, why[1024];
    size_t len;
    struct oit_csv csv = {0};
    struct oit_import_row *rows = NULL;
    struct agency ag = {0};
    struct db_error err = {{0}};
    if (cli_agency_year(db, a, &agency_id, &year)) goto out;
    if (db_agency_get(db, agency_id, &ag, &err)) {
        cli_error("%s", err.msg);
        goto out;
    }
    if (textfile_read_utf8(file, a->encoding, &text, &len, why, sizeof why) ||
        oit_csv_parse(file, text, len, year, ag.name, &csv, why, sizeof why)) {
        cli_error("%s", why);
        goto out;
    }
    if (!(rows = changes_of(&csv))) goto out;
    long n = db_oit_import(db, agency_id, year, file, rows, csv.n, &err);
    if (n < 0) {
        cli_error("%s", err.msg);
        goto out;
    }
    printf(ngettext("Imported %zu row: %ld item changed.\n",
                    "Imported %zu rows: %ld items changed.\n", (unsigned long)csv.n),
           csv.n, n);
    rc = EXIT_OK;
out:
    free(rows);
    oit_csv_free(&csv);
    agency_clear(&ag);
    free(text);
    db_close(db);
    return rc;
}

int cmd_import(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_ENCODING, "import", a))
        return EXIT_USAGE;
    if (a->npos >= 1 && strcmp(a->pos[0], "scores") == 0) return import_scores(a);
    if (a->npos >= 1 && strcmp(a->pos[0], "oit") == 0) return import_oit(a);
    cli_usage_error("import", _("expected 'scores FILE' or 'oit FILE'"));
    return EXIT_USAGE;
}
