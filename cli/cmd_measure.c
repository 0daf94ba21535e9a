/* itadesk measure list|show|add|set|carry-over: the action plan from scripts, with the
 * editor's validation. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"
#include "db_plan.h"
#include "db_review.h"
#include "i18n.h"
#include "xalloc.h"
#include "oit.h"
#include "text/tt_date.h"
#include "text/tt_digits.h"
#include "timefmt.h"

#define MEASURE_EDIT_OPTS                                                                          \
    (OPT_TITLE | OPT_UNIT | OPT_START | OPT_END | OPT_BUDGET | OPT_APPROACH | OPT_STEPS |          \
     OPT_STATUS | OPT_ROUNDS | OPT_RESULT | OPT_OUTCOME)

static struct measure_input input_from(const struct cli_args *a)
{
    struct measure_input in = {0};
    const struct {
        const char *value;
        unsigned field;
        const char **slot;
    } map[] = {
        {a->title, MF_TITLE, &in.title},       {a->unit, MF_RESPONSIBLE, &in.responsible},
        {a->start, MF_START, &in.start},       {a->end, MF_END, &in.end},
        {a->budget, MF_BUDGET, &in.budget},    {a->approach, MF_APPROACH, &in.approach},
        {a->steps, MF_STEPS, &in.steps},       {a->status, MF_STATUS, &in.status},
        {a->rounds, MF_ROUNDS, &in.rounds},    {a->result, MF_RESULT, &in.result},
        {a->outcome, MF_OUTCOME, &in.outcome}, {a->finding, MF_FINDING, &in.finding},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].value) {
            in.fields |= map[i].field;
            *map[i].slot = map[i].value;
        }
    return in;
}

static const char *budget_text(const struct measure *m, char buf[32])
{
    if (!m->budget.set) return "-";
    snprintf(buf, 32, "%.2f", m->budget.v);
    return buf;
}

static void print_list_text(const struct measure *list, size_t n)
{
    static const struct cli_col cols[] = {{5, TT_ALIGN_RIGHT},
                                          {3, TT_ALIGN_LEFT},
                                          {44, TT_ALIGN_LEFT},
                                          {16, TT_ALIGN_LEFT},
                                          {0, TT_ALIGN_LEFT}};
    const char *head[] = {_("id"), "", _("measure"), _("responsible"), _("next round")};
    char today[11];
    timefmt_today(today);
    cli_row(stdout, cols, head, 5);
    for (size_t i = 0; i < n; i++) {
        const struct measure *m = &list[i];
        int months = 0;
        char id[24], due[11], next[160] = "-", date[64];
        enum round_due d = measure_next_round(m, today, &months, due);
        snprintf(id, sizeof id, "%ld", m->id);
        if (d != ROUND_NONE)
            snprintf(next, sizeof next, _("%d months, %s %s"), months,
                     due[0] ? timefmt_date(due, 0, date, sizeof date) : "?",
                     measure_round_label(d));
        const char *cells[] = {id, oit_state_mark(m->status), m->title,
                               m->responsible ? m->responsible : "-", next};
        cli_row(stdout, cols, cells, 5);
    }
}

static void print_list_csv(const struct measure *list, size_t n)
{
    static const char *const header[] = {"id",          "plan_year", "issue",  "title",
                                         "responsible", "start",     "end",    "period",
                                         "budget",      "rounds",    "status", "version"};
    csv_write_row(stdout, header, 12, CSV_WRITE_SAFE);
    for (size_t i = 0; i < n; i++) {
        const struct measure *m = &list[i];
        char id[24], year[8], budget[32] = "", version[24];
        snprintf(id, sizeof id, "%ld", m->id);
        snprintf(year, sizeof year, "%d", m->plan_year);
        if (m->budget.set) snprintf(budget, sizeof budget, "%g", m->budget.v);
        snprintf(version, sizeof version, "%ld", m->version);
        const char *cells[] = {id,
                               year,
                               m->issue_label,
                               m->title,
                               m->responsible,
                               m->start_date,
                               m->end_date,
                               m->period_text,
                               budget,
                               m->rounds,
                               ita_state_word(m->status),
                               version};
        csv_write_row(stdout, cells, 12, CSV_WRITE_SAFE);
    }
}

static int measure_list(struct cli_args *a, struct itadb *db)
{
    static const char *const formats[] = {"text", "csv"};
    int format = cli_format(a, "measure list", formats, 2);
    long agency_id;
    int year;
    if (format < 0) return EXIT_USAGE;
    if (cli_agency_year(db, a, &agency_id, &year)) return EXIT_ERROR;
    struct measure *list = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_measures_list(db, agency_id, year, &list, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    if (format == 1)
        print_list_csv(list, n);
    else
        print_list_text(list, n);
    measures_free(list, n);
    return EXIT_OK;
}

/* A labelled field; multi-line text goes on the lines after its label, verbatim. */
static void print_field(const char *label, const char *value)
{
    if (!value || !*value) return;
    printf("%s:", label);
    fputs(strchr(value, '\n') ? "\n" : " ", stdout);
    cli_text(stdout, value);
    fputc('\n', stdout);
}

/* A reviewer's verdict on a round's report, if any. */
static void print_round_review(struct itadb *db, long id, int months)
{
    char *comment = NULL;
    enum review_verdict v = db_round_review_get(db, id, months, &comment);
    if (v != REVIEW_NONE) {
        printf("  %s", review_verdict_label(v, 1));
        if (comment) {
            fputs(": ", stdout);
            cli_text(stdout, comment);
        }
        fputc('\n', stdout);
    }
    free(comment);
}

static void print_measure(struct itadb *db, const struct measure *m)
{
    char buf[32], when[64], date[64];
    int td = tt_digits_has_thai(m->period_text); /* typed with Thai digits: shown so */
    printf("%s: %ld\n%s: %d\n", _("id"), m->id, _("plan year"), m->plan_year);
    print_field(_("issue"), m->issue_label);
    print_field(_("title"), m->title);
    print_field(_("approach"), m->approach);
    print_field(_("steps"), m->steps);
    print_field(_("responsible"), m->responsible);
    print_field(_("period"), m->period_text);
    print_field(_("start"),
                m->start_date ? timefmt_date(m->start_date, td, date, sizeof date) : NULL);
    print_field(_("end"), m->end_date ? timefmt_date(m->end_date, td, date, sizeof date) : NULL);
    printf("%s: %s\n", _("budget"), budget_text(m, buf));
    print_field(_("rounds"), m->rounds);
    printf("%s: %s\n", _("status"), oit_state_label(m->status));
    print_field(_("result"), m->result);
    print_field(_("outcome"), m->outcome);
    if (m->finding_id) printf("%s: %ld\n", _("answers finding"), m->finding_id);
    for (size_t i = 0; i < m->n_progress; i++) {
        const struct progress_round *p = &m->progress[i];
        printf(_("round %d months: %s"), p->months, oit_state_label(p->state));
        if (p->reported_on) {
            fputs(" (", stdout);
            cli_text(stdout, timefmt_date(p->reported_on, td, date, sizeof date));
            fputc(')', stdout);
        }
        fputc('\n', stdout);
        if (p->text) print_field(_("done"), p->text);
        print_round_review(db, m->id, p->months);
    }
    if (m->updated_by) {
        /* Composed first, then printed through the sanitiser: the login is stored text. */
        char *line = xasprintf(_("last change: %s at %s (version %ld)\n"), m->updated_by,
                               timefmt_local(m->updated_at, when, sizeof when), m->version);
        cli_text(stdout, line);
        free(line);
    }
}

static int parse_id(const struct cli_args *a, const char *cmd, long *id)
{
    char *end = NULL;
    *id = a->npos == 2 ? strtol(a->pos[1], &end, 10) : 0;
    if (*id > 0 && end && *end == '\0') return 0;
    cli_usage_error(cmd, _("expected one measure ID"));
    return -1;
}

static int measure_show(struct cli_args *a, struct itadb *db)
{
    long id;
    if (parse_id(a, "measure show", &id)) return EXIT_USAGE;
    struct measure m;
    struct db_error err = {{0}};
    if (db_measure_get(db, id, &m, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    print_measure(db, &m);
    measure_clear(&m);
    return EXIT_OK;
}

static int measure_add(struct cli_args *a, struct itadb *db)
{
    long agency_id;
    int year;
    if (!a->title) {
        cli_usage_error("measure add", _("--title is required"));
        return EXIT_USAGE;
    }
    if (cli_agency_year(db, a, &agency_id, &year)) return EXIT_ERROR;
    struct measure m = {.agency_id = agency_id, .plan_year = year};
    struct measure_input in = input_from(a);
    char why[512];
    struct db_error err = {{0}};
    if (measure_apply_input(&m, &in, why, sizeof why)) {
        cli_error("%s", why);
        return EXIT_ERROR;
    }
    long id = db_measure_add(db, &m, &err);
    measure_clear(&m);
    if (id < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf("%ld\n", id);
    return EXIT_OK;
}

static int measure_set(struct cli_args *a, struct itadb *db)
{
    long id;
    if (parse_id(a, "measure set", &id)) return EXIT_USAGE;
    struct measure_input in = input_from(a);
    if (!in.fields) {
        cli_usage_error("measure set", _("nothing to set"));
        return EXIT_USAGE;
    }
    long expect = -1;
    if (a->expect_version) {
        char *end = NULL;
        expect = strtol(a->expect_version, &end, 10);
        if (!isdigit((unsigned char)*a->expect_version) || *end) {
            cli_usage_error("measure set", _("--expect-version needs a version number"));
            return EXIT_USAGE;
        }
    }
    struct db_error err = {{0}};
    enum db_save r = db_measure_update(db, id, &in, expect, &err);
    if (r != DB_SAVED && r != DB_UNCHANGED) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(r == DB_SAVED ? _("measure %ld: saved\n") : _("measure %ld: no change\n"), id);
    return EXIT_OK;
}

static int measure_delete(struct cli_args *a, struct itadb *db)
{
    long id;
    if (parse_id(a, "measure delete", &id)) return EXIT_USAGE;
    struct db_error err = {{0}};
    if (db_measure_delete(db, id, a->force, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("measure %ld: deleted\n"), id);
    return EXIT_OK;
}

/* --round N: the months of a monitoring round; 0 after a usage error. */
static int round_of(const struct cli_args *a)
{
    char *end = NULL;
    long months = a->round ? strtol(a->round, &end, 10) : 0;
    if (!a->round || !end || *end || (months != 3 && months != 6 && months != 9 && months != 12)) {
        cli_usage_error("measure", "%s", _("--round takes 3, 6, 9 or 12"));
        return 0;
    }
    return (int)months;
}

/* --date DATE as the day a round was reported (ISO, CE), as the form takes it ("30 กันยายน
 * 2565", "30/9/65", "2022-09-30"); today without it. 0, or -1 after a usage error. */
static int reported_on(const struct cli_args *a, char day[11])
{
    if (!a->date) {
        timefmt_today(day);
        return 0;
    }
    tt_date d;
    int rc = tt_date_parse(a->date, &d);
    char *iso = rc == TT_DATE_OK ? tt_date_format(d, TT_DATE_ISO) : NULL;
    if (!iso) {
        cli_usage_error("measure", "--date: %s", tt_date_strerror(rc));
        return -1;
    }
    snprintf(day, 11, "%s", iso);
    free(iso);
    return 0;
}

/* measure report ID --round N [--state S] [--note TEXT] [--date DATE]: the officer's round
 * report, dated today unless --date says when. */
static int measure_report(struct cli_args *a, struct itadb *db)
{
    long id;
    int months;
    if (parse_id(a, "measure", &id) || !(months = round_of(a))) return EXIT_USAGE;
    int state = a->state ? oit_state_parse_any(a->state) : ITA_DONE;
    if (state < 0) {
        cli_usage_error("measure", "%s", _("--state takes done, not-done or in-progress"));
        return EXIT_USAGE;
    }
    char day[11];
    if (reported_on(a, day)) return EXIT_USAGE;
    struct db_error err = {{0}};
    if (db_progress_save(db, id, months, day, (enum ita_state)state, a->note, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("measure %ld: saved\n"), id);
    return EXIT_OK;
}

/* measure accept|return ID --round N [--comment TEXT]: the reviewer's verdict. */
static int measure_review(struct cli_args *a, struct itadb *db)
{
    long id;
    long months;
    if (parse_id(a, "measure", &id) || !(months = round_of(a))) return EXIT_USAGE;
    enum review_verdict v = strcmp(a->pos[0], "accept") == 0 ? REVIEW_CHECKED : REVIEW_RETURNED;
    struct db_error err = {{0}};
    if (db_round_review(db, id, (int)months, v, a->comment, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("measure %ld, %ld-month round: %s\n"), id, months, review_verdict_label(v, 1));
    return EXIT_OK;
}

static int measure_carry(struct cli_args *a, struct itadb *db)
{
    long agency_id;
    int year;
    if (cli_agency_year(db, a, &agency_id, &year)) return EXIT_ERROR;
    struct db_error err = {{0}};
    long n = db_measures_carry_over(db, agency_id, year, &err);
    if (n < 0) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(ngettext("%ld unfinished measure carried over to %d.\n",
                    "%ld unfinished measures carried over to %d.\n", (unsigned long)n),
           n, year + 1);
    return EXIT_OK;
}

int cmd_measure(int argc, char **argv, struct cli_args *a)
{
    static const struct {
        const char *name;
        int (*run)(struct cli_args *, struct itadb *);
        int readonly;
    } subs[] = {{"list", measure_list, 1},        {"show", measure_show, 1},
                {"add", measure_add, 0},          {"set", measure_set, 0},
                {"carry-over", measure_carry, 0}, {"delete", measure_delete, 0},
                {"report", measure_report, 0},    {"accept", measure_review, 0},
                {"return", measure_review, 0}};
    if (cli_parse(argc, argv,
                  OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_FORMAT | OPT_FORCE | OPT_LINK | OPT_STATE |
                      OPT_NOTE | OPT_ROUND | OPT_DATE | OPT_COMMENT | MEASURE_EDIT_OPTS,
                  "measure", a))
        return EXIT_USAGE;
    for (size_t i = 0; a->npos >= 1 && i < sizeof subs / sizeof subs[0]; i++) {
        if (strcmp(a->pos[0], subs[i].name) != 0) continue;
        struct itadb *db = cli_open(a, subs[i].readonly ? DB_OPEN_READONLY : 0);
        if (!db) return EXIT_ERROR;
        int rc = subs[i].run(a, db);
        db_close(db);
        return rc;
    }
    cli_usage_error("measure", _("expected list, show ID, add, set ID, delete ID, carry-over, "
                                 "report ID, accept ID or return ID"));
    return EXIT_USAGE;
}
