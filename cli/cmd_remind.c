/* itadesk remind [--agency ID] [--user LOGIN] [--days N]: the to-do list as plain text, for
 * a daily cron job that mails it. Exit 0 when nothing is due, 3 when something is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_todo.h"
#include "i18n.h"
#include "number.h"
#include "timefmt.h"
#include "xalloc.h"

#define REMIND_DAYS 30

static const struct cli_col item_cols[] = {
    {2, TT_ALIGN_LEFT}, {26, TT_ALIGN_LEFT}, {5, TT_ALIGN_LEFT}, {0, TT_ALIGN_LEFT}};

static void print_item(const struct todo_item *it)
{
    char due[64] = "-", year[16], what[1024];
    if (it->due[0]) timefmt_date(it->due, 0, due, sizeof due);
    snprintf(year, sizeof year, "%d", it->year);
    todo_what(it, what, sizeof what);
    char *line = xasprintf("%s: %s", what, todo_title(it));
    /* "!" marks what is late, for a reader of a plain mail. */
    cli_row(stdout, item_cols, (const char *[]){it->overdue ? "!" : "", due, year, line}, 4);
    free(line);
}

static void print_list(const struct todo_list *l, const char *login, const char *today, int days)
{
    char shown[64];
    timefmt_date(today, 0, shown, sizeof shown);
    printf(_("To do for %s on %s (rounds due within %d days): %zu, overdue %zu\n"), login, shown,
           days, l->n, todo_overdue_count(l));
    long agency = -1;
    int kind = -1;
    for (size_t i = 0; i < l->n; i++) {
        const struct todo_item *it = &l->v[i];
        if ((int)it->kind != kind) {
            kind = (int)it->kind;
            agency = -1;
            printf("\n%s\n", todo_kind_heading(it->kind));
        }
        if (it->agency_id != agency) {
            agency = it->agency_id;
            fputs("  ", stdout);
            cli_text(stdout, it->agency);
            fputc('\n', stdout);
        }
        fputs("  ", stdout);
        print_item(it);
    }
}

static int parse_query(struct itadb *db, const struct cli_args *a, struct todo_query *q)
{
    if (a->days) {
        long d;
        if (number_parse_int(a->days, 0, 366, &d)) {
            cli_usage_error("remind", "%s", _("--days: a whole number of days from 0 to 366"));
            return EXIT_USAGE;
        }
        q->days = (int)d;
    }
    if (a->agency) {
        struct db_error err = {{0}};
        if ((q->agency_id = db_agency_find(db, a->agency, &err)) < 0) {
            cli_error("%s", err.msg);
            return EXIT_ERROR;
        }
    }
    return EXIT_OK;
}

int cmd_remind(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_USER | OPT_DAYS, "remind", a))
        return EXIT_USAGE;
    if (a->npos) {
        cli_usage_error("remind", "%s", _("expected no arguments besides the options"));
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    char today[11];
    timefmt_today(today);
    struct todo_query q = {a->user ? a->user : db->login, -1, today, REMIND_DAYS};
    int rc = parse_query(db, a, &q);
    struct todo_list l = {0};
    struct db_error err = {{0}};
    /* A cron job for a misspelt login would otherwise say "nothing to do" for ever. */
    if (rc == EXIT_OK &&
        (db_todo_login_known(db, q.login, &err) || db_todo_load(db, &q, &l, &err))) {
        cli_error("%s", err.msg);
        rc = EXIT_ERROR;
    }
    if (rc == EXIT_OK && l.n == 0) {
        char shown[64];
        printf(_("Nothing to do for %s on %s.\n"), q.login,
               timefmt_date(today, 0, shown, sizeof shown));
    } else if (rc == EXIT_OK) {
        print_list(&l, q.login, today, q.days);
        rc = EXIT_DUE;
    }
    todo_free(&l);
    db_close(db);
    return rc;
}
