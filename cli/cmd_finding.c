/* itadesk finding list|add|set|delete|propose and constraint list|add|set|delete: the
 * analysis of an assessed year, with the same rules and audit as the screens. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"
#include "db_finding.h"
#include "db_plan.h"
#include "finding_propose.h"
#include "i18n.h"
#include "xalloc.h"

/* --item CODE… split into question codes (i3, e12) and OIT codes (O12). */
static void split_items(const char *items, char *questions, char *oit, size_t n)
{
    questions[0] = oit[0] = '\0';
    char *copy = xstrdup(items), *save = NULL;
    for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        char *to = (t[0] == 'o' || t[0] == 'O') ? oit : questions;
        size_t used = strlen(to);
        snprintf(to + used, n - used, "%s%s", used ? " " : "", t);
    }
    free(copy);
}

static int id_arg(struct cli_args *a, const char *cmd, long *id)
{
    char *end = NULL;
    if (a->npos == 2) *id = strtol(a->pos[1], &end, 10);
    if (a->npos != 2 || !end || *end || *id < 1) {
        cli_usage_error(cmd, "%s", _("expected exactly one ID"));
        return -1;
    }
    return 0;
}

/* The finding's indicators, questions and OIT items ("9", "i3;e5", "O7;O21"), malloc'd;
 * NULL where they could not be read. */
static void read_links(struct itadb *db, long id, char **ind, char **qs, char **oit)
{
    struct db_error err;
    *ind = *oit = *qs = NULL;
    if (db_finding_links(db, id, ind, oit, &err) == 0) *qs = db_finding_questions(db, id, &err);
}

static void print_links(struct itadb *db, long id)
{
    char *ind, *qs, *oit;
    read_links(db, id, &ind, &qs, &oit);
    printf("%s%s%s%s%s", ind && *ind ? ind : "-", qs && *qs ? " " : "", qs ? qs : "",
           oit && *oit ? " " : "", oit ? oit : "");
    free(ind);
    free(oit);
    free(qs);
}

/* One CSV row, sanitised and with formulas defused like every CSV list. */
static void print_csv_row(struct itadb *db, const struct finding *f, int kind, const char *text)
{
    char id[24], *ind, *qs, *oit;
    snprintf(id, sizeof id, "%ld", f->id);
    read_links(db, f->id, &ind, &qs, &oit);
    const char *cells[] = {id, f->issue_no, finding_kind_word(kind), text, ind, qs, oit};
    csv_write_row(stdout, cells, sizeof cells / sizeof cells[0], CSV_WRITE_SAFE);
    free(ind);
    free(oit);
    free(qs);
}

static int finding_list(struct cli_args *a, struct itadb *db)
{
    static const char *const formats[] = {"text", "csv"};
    int csv = cli_format(a, "finding list", formats, 2);
    long agency;
    int year;
    if (csv < 0) return EXIT_USAGE;
    if (cli_agency_year(db, a, &agency, &year)) return EXIT_ERROR;
    struct finding *f = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_findings_list(db, agency, year, &f, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    static const char *const header[] = {"id",         "issue",     "kind",     "text",
                                         "indicators", "questions", "oit_items"};
    if (csv) csv_write_row(stdout, header, 7, CSV_WRITE_PLAIN);
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < FINDING_KINDS; k++) {
            const char *t = *finding_kind_text(&f[i], k);
            if (!t || !*t) continue;
            if (csv) {
                print_csv_row(db, &f[i], k, t);
                continue;
            }
            printf("%ld  %s %s  [%s]  ", f[i].id, _("issue"), f[i].issue_no ? f[i].issue_no : "",
                   finding_kind_label(k));
            print_links(db, f[i].id);
            putchar('\n');
            fputs("    ", stdout);
            cli_text(stdout, t);
            putchar('\n');
        }
    }
    findings_free(f, n);
    return EXIT_OK;
}

static int finding_add(struct cli_args *a, struct itadb *db)
{
    long agency;
    int year, kind = finding_kind_parse(a->kind);
    if (kind < 0 || !a->text) {
        cli_usage_error("finding add", "%s",
                        _("--kind weakness|develop|keep and --text TEXT are required"));
        return EXIT_USAGE;
    }
    if (cli_agency_year(db, a, &agency, &year)) return EXIT_ERROR;
    char qs[1024], oit[1024];
    split_items(a->items, qs, oit, sizeof qs);
    struct finding_input in = {agency, year, a->issue, NULL, kind, a->text, a->indicators, oit, qs};
    struct db_error err = {{0}};
    long id = db_finding_add(db, &in, &err);
    if (id < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf("%ld\n", id);
    return EXIT_OK;
}

static int finding_set(struct cli_args *a, struct itadb *db)
{
    long id, agency;
    int year;
    if (id_arg(a, "finding set", &id)) return EXIT_USAGE;
    struct finding f = {0};
    struct db_error err = {{0}};
    if (db_finding_get(db, id, &f, &agency, &year, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    int now = finding_kind_of(&f), kind = a->kind ? finding_kind_parse(a->kind) : now;
    int rc = EXIT_OK;
    if (kind < 0 && (a->kind || a->text)) {
        cli_usage_error("finding set", "%s", _("--kind weakness|develop|keep"));
        rc = EXIT_USAGE;
    } else if (a->kind && kind != now && now >= 0) { /* the text moves to the new kind */
        char **from = finding_kind_text(&f, now), **to = finding_kind_text(&f, kind);
        free(*to);
        *to = *from;
        *from = NULL;
    }
    if (rc == EXIT_OK && a->text) {
        free(*finding_kind_text(&f, kind));
        *finding_kind_text(&f, kind) = xstrdup(a->text);
    }
    char qs[1024], oit[1024];
    split_items(a->items, qs, oit, sizeof qs);
    enum db_save r = DB_SAVE_FAILED;
    if (rc == EXIT_OK)
        r = db_finding_save(db, &f, a->has_indicators ? a->indicators : NULL,
                            a->has_items ? oit : NULL, a->has_items ? qs : NULL, &err);
    if (rc == EXIT_OK && r != DB_SAVED && r != DB_UNCHANGED) {
        cli_error("%s", err.msg);
        rc = EXIT_ERROR;
    }
    if (rc == EXIT_OK)
        printf(r == DB_SAVED ? _("finding %ld: saved\n") : _("finding %ld: no change\n"), id);
    finding_clear(&f);
    return rc;
}

static int finding_delete(struct cli_args *a, struct itadb *db)
{
    long id;
    if (id_arg(a, "finding delete", &id)) return EXIT_USAGE;
    struct db_error err = {{0}};
    if (db_finding_delete(db, id, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("finding %ld: deleted\n"), id);
    return EXIT_OK;
}

static int finding_propose_cmd(struct cli_args *a, struct itadb *db)
{
    long agency;
    int year;
    if (cli_agency_year(db, a, &agency, &year)) return EXIT_ERROR;
    struct finding_proposal *p = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_finding_proposals(db, agency, year, &p, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    if (!n) puts(_("(no scores to propose findings from)"));
    for (size_t i = 0; i < n; i++) {
        printf("%zu  [%s]  %s %d  %s%s%s%s%s\n    ", i + 1, finding_kind_label(p[i].kind),
               _("indicator"), p[i].indicator_no, p[i].indicators, *p[i].questions ? " " : "",
               p[i].questions, *p[i].oit ? " " : "", p[i].oit);
        cli_text(stdout, p[i].text);
        putchar('\n');
    }
    finding_proposals_free(p, n);
    return EXIT_OK;
}

struct sub {
    const char *name;
    int (*run)(struct cli_args *, struct itadb *);
    int readonly;
};

static int dispatch(int argc, char **argv, struct cli_args *a, const char *cmd,
                    const struct sub *subs, size_t n, const char *expected)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_FORMAT | OPT_KIND | OPT_FINDING,
                  cmd, a))
        return EXIT_USAGE;
    for (size_t i = 0; a->npos >= 1 && i < n; i++) {
        if (strcmp(a->pos[0], subs[i].name) != 0) continue;
        struct itadb *db = cli_open(a, subs[i].readonly ? DB_OPEN_READONLY : 0);
        if (!db) return EXIT_ERROR;
        int rc = subs[i].run(a, db);
        db_close(db);
        return rc;
    }
    cli_usage_error(cmd, "%s", expected);
    return EXIT_USAGE;
}

int cmd_finding(int argc, char **argv, struct cli_args *a)
{
    static const struct sub subs[] = {{"list", finding_list, 1},
                                      {"add", finding_add, 0},
                                      {"set", finding_set, 0},
                                      {"delete", finding_delete, 0},
                                      {"propose", finding_propose_cmd, 1}};
    return dispatch(argc, argv, a, "finding", subs, sizeof subs / sizeof subs[0],
                    _("expected list, add, set ID, delete ID or propose"));
}

/* --- constraints --- */

static int constraint_list(struct cli_args *a, struct itadb *db)
{
    long agency;
    int year;
    if (cli_agency_year(db, a, &agency, &year)) return EXIT_ERROR;
    struct constraint_note *c = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_constraints_list(db, agency, year, &c, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    for (size_t i = 0; i < n; i++) {
        /* The heading, not the --area word: a Thai list shows no English, and --area takes the
         * heading as typed too. */
        printf("%ld  ", c[i].id);
        cli_text(stdout, plan_constraint_heading(c[i].heading_no));
        fputs("\n    ", stdout);
        cli_text(stdout, c[i].text);
        putchar('\n');
    }
    constraints_free(c, n);
    return EXIT_OK;
}

static int constraint_add(struct cli_args *a, struct itadb *db)
{
    long agency;
    int year, area = constraint_area_parse(a->area);
    if (area < 0 || !a->text) {
        cli_usage_error("constraint add", "%s",
                        _("--area staff|budget|technology|area|economy and --text TEXT are "
                          "required"));
        return EXIT_USAGE;
    }
    if (cli_agency_year(db, a, &agency, &year)) return EXIT_ERROR;
    struct db_error err = {{0}};
    long id = db_constraint_add(db, agency, year, area, a->text, &err);
    if (id < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf("%ld\n", id);
    return EXIT_OK;
}

static int constraint_set(struct cli_args *a, struct itadb *db)
{
    long id, agency;
    int year;
    if (id_arg(a, "constraint set", &id)) return EXIT_USAGE;
    if (!a->text) {
        cli_usage_error("constraint set", "%s", _("--text TEXT is required"));
        return EXIT_USAGE;
    }
    struct constraint_note c;
    struct db_error err = {{0}};
    if (db_constraint_get(db, id, &agency, &year, &c, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    char *old = c.text;
    c.text = (char *)a->text;
    enum db_save r = db_constraint_save(db, agency, year, &c, &err);
    free(old);
    free(c.heading);
    if (r != DB_SAVED && r != DB_UNCHANGED) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(r == DB_SAVED ? _("constraint %ld: saved\n") : _("constraint %ld: no change\n"), id);
    return EXIT_OK;
}

static int constraint_delete(struct cli_args *a, struct itadb *db)
{
    long id;
    if (id_arg(a, "constraint delete", &id)) return EXIT_USAGE;
    struct db_error err = {{0}};
    if (db_constraint_delete(db, id, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("constraint %ld: deleted\n"), id);
    return EXIT_OK;
}

int cmd_constraint(int argc, char **argv, struct cli_args *a)
{
    static const struct sub subs[] = {{"list", constraint_list, 1},
                                      {"add", constraint_add, 0},
                                      {"set", constraint_set, 0},
                                      {"delete", constraint_delete, 0}};
    return dispatch(argc, argv, a, "constraint", subs, sizeof subs / sizeof subs[0],
                    _("expected list, add, set ID or delete ID"));
}
