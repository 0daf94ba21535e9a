#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "db_result.h"
#include "i18n.h"

/* "99.79", or "-" when there is no value. */
static const char *fmt_score(struct opt_score s, char buf[16])
{
    if (!s.set) return "-";
    snprintf(buf, 16, "%.2f", score_round2(s.v));
    return buf;
}

static void print_indicators(const struct ita_result *r)
{
    printf("%3s  ", "#");
    cli_cell(stdout, _("indicator"), 40, TT_ALIGN_LEFT);
    printf("  %-4s  %6s  %8s  %8s\n", _("tool"), _("weight"), _("entered"), _("computed"));
    for (size_t i = 0; i < r->n_ind; i++) {
        const struct score_indicator *s = &r->ind[i].s;
        char e[16], c[16];
        printf("%3d  ", s->no);
        cli_cell(stdout, r->ind[i].name_th, 40, TT_ALIGN_LEFT);
        printf("  %-4s  %6g  %8s  %8s%s\n", ita_tool_name(s->tool), s->weight,
               fmt_score(s->entered, e), fmt_score(s->computed, c),
               score_differs(s->entered, s->computed) ? "  ≠" : "");
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
    printf(_(" - fiscal year %d (framework catalog: %s)\n\n"), r->year, r->framework_status);
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

int cmd_score(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR, "score", a)) return EXIT_USAGE;
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
