#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "db_result.h"
#include "db_scores.h"
#include "i18n.h"
#include "report.h"

/* "99.79", or "-" when there is no value. */
static const char *fmt_score(struct opt_score s, char buf[16])
{
    if (!s.set) return "-";
    snprintf(buf, 16, "%.2f", score_round2(s.v));
    return buf;
}

static void print_indicators(const struct ita_result *r)
{
    static const struct cli_col cols[] = {
        {3, TT_ALIGN_RIGHT},  {40, TT_ALIGN_LEFT},  {10, TT_ALIGN_LEFT}, {7, TT_ALIGN_RIGHT},
        {10, TT_ALIGN_RIGHT}, {10, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};
    const char *head[] = {"#",          _("indicator"), _("tool"), _("weight"),
                          _("entered"), _("computed"),  ""};
    cli_row(stdout, cols, head, 7);
    for (size_t i = 0; i < r->n_ind; i++) {
        const struct score_indicator *s = &r->ind[i].s;
        char no[8], weight[16], e[16], c[16];
        snprintf(no, sizeof no, "%d", s->no);
        snprintf(weight, sizeof weight, "%g", s->weight);
        const char *cells[] = {no,
                               r->ind[i].name_th,
                               ita_tool_name(s->tool),
                               weight,
                               fmt_score(s->entered, e),
                               fmt_score(s->computed, c),
                               score_differs(s->entered, s->computed) ? "≠" : ""};
        cli_row(stdout, cols, cells, 7);
    }
}

static void print_level(const struct ita_result *r)
{
    fputs(_("level:      entered "), stdout);
    cli_text(stdout, r->level_entered ? r->level_entered : "-");
    fputs(_(", computed "), stdout);
    if (r->rule.kind == GRADE_UNKNOWN)
        printf(_("unknown: no grading rule is known for %d"), r->year);
    else if (!r->grade)
        fputs("-", stdout);
    else {
        cli_text(stdout, r->grade->label_th);
        if (!r->grade->certain) fputs(_(" (band not stated plainly by the NACC)"), stdout);
    }
    int differs = r->grade && r->level_entered && strcmp(r->grade->label_th, r->level_entered);
    puts(differs ? "  ≠" : "");
}

static void print_result(const struct ita_result *r)
{
    char a[16], b[16], c[16];
    cli_text(stdout, r->agency_name);
    printf(_(" - fiscal year %d (framework catalog: %s)\n\n"), r->year,
           report_status_text(r->framework_status));
    print_indicators(r);
    printf(_("\ntool means: IIT %s  EIT %s  OIT %s\n"), fmt_score(r->summary.tool_mean[ITA_IIT], a),
           fmt_score(r->summary.tool_mean[ITA_EIT], b),
           fmt_score(r->summary.tool_mean[ITA_OIT], c));
    printf(_("total:      entered %s, computed %s%s\n"), fmt_score(r->total_entered, a),
           fmt_score(r->summary.total, b), result_total_differs(r) ? "  ≠" : "");
    if (r->summary.missing)
        printf(ngettext("            (%d indicator has no score: no computed total)\n",
                        "            (%d indicators have no score: no computed total)\n",
                        (unsigned long)r->summary.missing),
               r->summary.missing);
    print_level(r);
    puts(_("\n(entered = published by ITAS; computed = from questions, OIT items and the\n"
           " weights of the catalog; ≠ marks a difference)"));
}

/* score set ... ITEM VALUE / score clear ... ITEM. */
static int score_change(struct cli_args *a, int set)
{
    const char *cmd = set ? "score set" : "score clear";
    if (a->npos != (set ? 3 : 2)) {
        cli_usage_error(cmd, "%s", set ? _("expected ITEM VALUE") : _("expected ITEM"));
        return EXIT_USAGE;
    }
    struct score_row row = {0};
    char why[256];
    if (score_parse_item_or_name(a->pos[1], &row)) {
        cli_error(_("item: '%s' is not 1-10, an indicator's name, a question or OIT code, total "
                    "or level"),
                  a->pos[1]);
        return EXIT_ERROR;
    }
    if (set && score_parse_value(&row, a->pos[2], why, sizeof why)) {
        cli_error("%s", why);
        return EXIT_ERROR;
    }
    struct itadb *db = cli_open(a, 0);
    if (!db) return EXIT_ERROR;
    long agency_id;
    int year, rc = EXIT_ERROR;
    struct db_error err = {{0}};
    if (cli_agency_year(db, a, &agency_id, &year) == 0) {
        long r = set ? db_score_set(db, agency_id, year, &row, &err)
                     : db_score_clear(db, agency_id, year, &row, &err);
        if (r < 0)
            cli_error("%s", err.msg);
        else
            rc = EXIT_OK;
        if (!set && r == 0) fprintf(stderr, _("%s had no value\n"), row.item);
    }
    db_close(db);
    return rc;
}

int cmd_score(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR, "score", a)) return EXIT_USAGE;
    if (a->npos && (strcmp(a->pos[0], "set") == 0 || strcmp(a->pos[0], "clear") == 0))
        return score_change(a, strcmp(a->pos[0], "set") == 0);
    if (a->npos) {
        cli_usage_error("score", _("unexpected argument %s"), a->pos[0]);
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    long agency_id;
    int year, rc = EXIT_ERROR;
    struct ita_result r;
    struct db_error err = {{0}};
    if (cli_agency_year(db, a, &agency_id, &year) == 0) {
        if (db_result_load(db, agency_id, year, &r, &err) == 0) {
            print_result(&r);
            result_free(&r);
            rc = EXIT_OK;
        } else {
            cli_error("%s", err.msg);
        }
    }
    db_close(db);
    return rc;
}
