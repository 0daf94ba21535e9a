/* itadesk audit: who changed what, when, from which value to which. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"
#include "db_agency.h"
#include "db_audit.h"
#include "i18n.h"
#include "text/tt_date.h"
#include "timefmt.h"
#include "ui_audit_text.h"
#include "xalloc.h"

/* "when" holds "15 ธ.ค. 2569 19:20" (18 columns) whole. */
static const struct cli_col audit_cols[] = {{6, TT_ALIGN_RIGHT}, {18, TT_ALIGN_LEFT},
                                            {12, TT_ALIGN_LEFT}, {18, TT_ALIGN_LEFT},
                                            {16, TT_ALIGN_LEFT}, {0, TT_ALIGN_LEFT}};

static void print_text(const struct audit_row *rows, size_t n)
{
    const char *head[] = {_("row"), _("when"), _("who"), _("item"), _("field"), _("change")};
    cli_row(stdout, audit_cols, head, 6);
    for (size_t i = 0; i < n; i++) {
        const struct audit_row *r = &rows[i];
        char id[24], when[48];
        snprintf(id, sizeof id, "%lld", r->id);
        timefmt_local(r->at, when, sizeof when);
        char item[128];
        char *change = xasprintf("%s -> %s", ui_audit_value(r->field, r->old_value),
                                 ui_audit_value(r->field, r->new_value));
        const char *cells[] = {id,
                               when,
                               r->login,
                               ui_audit_item(r->entity, r->key, item, sizeof item),
                               ui_audit_field(r->field),
                               change};
        cli_row(stdout, audit_cols, cells, 6);
        free(change);
    }
}

static void print_csv(const struct audit_row *rows, size_t n)
{
    static const char *const header[] = {"id",  "at",    "login", "agency_id", "entity",
                                         "key", "field", "old",   "new"};
    csv_write_row(stdout, header, 9, CSV_WRITE_SAFE);
    for (size_t i = 0; i < n; i++) {
        const struct audit_row *r = &rows[i];
        char id[24], agency[24] = "";
        snprintf(id, sizeof id, "%lld", r->id);
        if (r->agency_id >= 0) snprintf(agency, sizeof agency, "%ld", r->agency_id);
        const char *cells[] = {id,     r->at,    r->login,     agency,      r->entity,
                               r->key, r->field, r->old_value, r->new_value};
        csv_write_row(stdout, cells, 9, CSV_WRITE_SAFE);
    }
}

/* Fills the query from the options; EXIT_OK or an exit status after the message. */
static int query_of(struct itadb *db, const struct cli_args *a, struct audit_query *q,
                    char since[32])
{
    *q = (struct audit_query){.agency_id = -1, .login = a->user};
    if (a->agency) {
        struct db_error err = {{0}};
        if ((q->agency_id = db_agency_find(db, a->agency, &err)) < 0) {
            cli_error("%s", err.msg);
            return EXIT_ERROR;
        }
    }
    if (a->since) {
        int rc = timefmt_day_start_utc(a->since, since);
        if (rc) {
            cli_usage_error("audit", "--since: %s", tt_date_strerror(rc));
            return EXIT_USAGE;
        }
        q->since = since;
    }
    return EXIT_OK;
}

int cmd_audit(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_FORMAT | OPT_USER | OPT_SINCE, "audit", a))
        return EXIT_USAGE;
    static const char *const formats[] = {"text", "csv"};
    int format = cli_format(a, "audit", formats, 2);
    if (format < 0) return EXIT_USAGE;
    if (a->npos) {
        cli_usage_error("audit", _("unexpected argument %s"), a->pos[0]);
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    struct audit_query q;
    char since[32];
    int rc = query_of(db, a, &q, since);
    struct audit_row *rows = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (rc == EXIT_OK && db_audit_list(db, &q, &rows, &n, &err)) {
        cli_error("%s", err.msg);
        rc = EXIT_ERROR;
    }
    db_close(db);
    if (rc != EXIT_OK) return rc;
    if (format == 1)
        print_csv(rows, n);
    else
        print_text(rows, n);
    audit_rows_free(rows, n);
    return EXIT_OK;
}
