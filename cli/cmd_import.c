#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_scores.h"
#include "i18n.h"
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

int cmd_import(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_ENCODING, "import", a))
        return EXIT_USAGE;
    if (a->npos >= 1 && strcmp(a->pos[0], "scores") == 0) return import_scores(a);
    cli_usage_error("import", _("expected 'scores FILE'"));
    return EXIT_USAGE;
}
