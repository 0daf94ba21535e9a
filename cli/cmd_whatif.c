/* itadesk whatif: the year's current indicators 9 and 10 (every OIT indicator), tool means,
 * total and level beside what they would be with some OIT items scored differently, and
 * what it takes to reach the next level. Nothing is saved. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_whatif.h"
#include "i18n.h"

static const char *fmt_score(struct opt_score s, char buf[16])
{
    if (!s.set) return "-";
    snprintf(buf, 16, "%.2f", score_round2(s.v));
    return buf;
}

static const char *band_label(const struct grade_band *b)
{
    if (!b) return "-";
    if (!cli_thai() && b->label_en && *b->label_en) return b->label_en;
    return b->label_th ? b->label_th : "-";
}

static const struct cli_col cols[] = {
    {24, TT_ALIGN_LEFT}, {10, TT_ALIGN_RIGHT}, {10, TT_ALIGN_RIGHT}};

static void print_pair(const char *label, struct opt_score now, struct opt_score then)
{
    char a[16], b[16];
    const char *cells[] = {label, fmt_score(now, a), fmt_score(then, b)};
    cli_row(stdout, cols, cells, 3);
}

/* Why a published value and the prediction's base differ, for each OIT indicator. */
static void print_notes(const struct whatif_year *y, const struct whatif_point *now,
                        const struct whatif_point *then)
{
    for (size_t k = 0; k < y->r.n_ind; k++) {
        const struct score_indicator *s = &y->r.ind[k].s;
        char a[16], b[16];
        if (now->differs[k])
            printf(_("note: indicator %d is published as %s; its item scores give %s. The "
                     "prediction moves the published value by what the marks change.\n"),
                   s->no, fmt_score(s->entered, a), fmt_score(s->computed, b));
        if (then->fixed[k])
            printf(_("note: indicator %d has no item scores, so marks cannot move it.\n"), s->no);
    }
}

static void print_points(const struct whatif_year *y, const struct whatif_point *now,
                         const struct whatif_point *then)
{
    const char *head[] = {"", _("current"), _("predicted")};
    cli_row(stdout, cols, head, 3);
    for (size_t k = 0; k < y->r.n_ind; k++) {
        if (y->r.ind[k].s.tool != ITA_OIT) continue;
        char label[64];
        snprintf(label, sizeof label, _("indicator %d"), y->r.ind[k].s.no);
        print_pair(label, now->ind[k], then->ind[k]);
    }
    print_pair(_("IIT mean"), now->summary.tool_mean[ITA_IIT], then->summary.tool_mean[ITA_IIT]);
    print_pair(_("EIT mean"), now->summary.tool_mean[ITA_EIT], then->summary.tool_mean[ITA_EIT]);
    print_pair(_("OIT mean"), now->summary.tool_mean[ITA_OIT], then->summary.tool_mean[ITA_OIT]);
    print_pair(_("total"), now->summary.total, then->summary.total);
    const char *level[] = {_("level"), band_label(now->band), band_label(then->band)};
    cli_row(stdout, cols, level, 3);
}

static void print_takes(const struct whatif_year *y, const struct whatif_takes *t)
{
    char a[16], b[16];
    const char *target = band_label(t->target);
    switch (t->status) {
    case WHATIF_TAKES_FOUND:
        printf(ngettext("what it takes to reach %s: %zu item at 100:",
                        "what it takes to reach %s: %zu items at 100:", (unsigned long)t->n),
               target, t->n);
        for (size_t i = 0; i < t->n; i++)
            printf(" %s", t->codes[i]);
        printf(_(" (total %s, OIT mean %s)\n"), fmt_score(t->reach.summary.total, a),
               fmt_score(t->reach.summary.tool_mean[ITA_OIT], b));
        break;
    case WHATIF_TAKES_REACHED:
        printf(_("what it takes to reach %s: nothing more, the year with these marks is there\n"),
               target);
        break;
    case WHATIF_TAKES_TOP:
        printf(_("what it takes: %s is the highest level of the %d rule\n"), target, y->r.year);
        break;
    case WHATIF_TAKES_TOOL:
        printf(_("what it takes to reach %s: not reachable by OIT items alone: the %s mean %.2f "
                 "is under %.2f\n"),
               target, ita_tool_name(t->tool), t->tool_mean, t->target->min_each_tool.v);
        break;
    case WHATIF_TAKES_SHORT:
        printf(_("what it takes to reach %s: not reachable by OIT items alone: with every item "
                 "at 100 the total would be %s\n"),
               target, fmt_score(t->reach.summary.total, a));
        break;
    case WHATIF_TAKES_UNKNOWN:
        printf(_("what it takes: unknown (no grading rule for %d, or no total)\n"), y->r.year);
        break;
    }
}

/* The --set values, checked against the year's items, each item once; -1 after an error
 * naming the argument. */
static int read_sets(const struct cli_args *a, const struct whatif_year *y, struct whatif_set *sets)
{
    for (int i = 0; i < a->nsets; i++) {
        char *why = NULL;
        if (whatif_parse_set(a->sets[i], &sets[i], &why)) {
            cli_usage_error("whatif", "--set %s", why);
            free(why);
            return -1;
        }
        if (whatif_find(y, sets[i].code) < 0) {
            cli_usage_error("whatif", _("--set '%s': there is no item %s in the %d catalog"),
                            a->sets[i], sets[i].code, y->r.year);
            return -1;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(sets[j].code, sets[i].code) == 0) {
                /* Which of two scores was meant cannot be guessed: the later one silently
                 * winning would show a prediction the user did not ask for. */
                cli_usage_error("whatif",
                                _("--set '%s': item %s is already set by --set '%s'; give each "
                                  "item once"),
                                a->sets[i], sets[i].code, a->sets[j]);
                return -1;
            }
    }
    return 0;
}

static int run(const struct cli_args *a, const struct whatif_year *y)
{
    struct whatif_set sets[CLI_MAX_SETS];
    if (read_sets(a, y, sets)) return EXIT_USAGE;
    const struct grade_band *target = NULL;
    if (a->target && !(target = whatif_band_named(&y->r.rule, a->target))) {
        cli_usage_error("whatif", _("--target '%s': the %d rule has no such level"), a->target,
                        y->r.year);
        return EXIT_USAGE;
    }
    struct whatif_point now, then;
    whatif_predict(y, NULL, 0, &now);
    whatif_predict(y, sets, (size_t)a->nsets, &then);
    cli_text(stdout, y->r.agency_name);
    printf(_(" - fiscal year %d\n"), y->r.year);
    fputs(_("What-if (nothing is saved):"), stdout);
    for (int i = 0; i < a->nsets; i++)
        printf(" %s=%g", sets[i].code, sets[i].score);
    if (!a->nsets) fputs(_(" no item changed"), stdout);
    puts("\n");
    print_points(y, &now, &then);
    putchar('\n');
    struct whatif_takes t;
    whatif_takes(y, sets, (size_t)a->nsets, target, &t);
    print_takes(y, &t);
    whatif_takes_free(&t);
    print_notes(y, &now, &then);
    return EXIT_OK;
}

int cmd_whatif(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_SET | OPT_TARGET, "whatif", a))
        return EXIT_USAGE;
    if (a->npos)
        return cli_usage_error("whatif", _("unexpected argument %s"), a->pos[0]), EXIT_USAGE;
    if (a->nsets > CLI_MAX_SETS)
        return cli_usage_error("whatif", _("at most %d --set options"), CLI_MAX_SETS), EXIT_USAGE;
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    long agency_id;
    int year, rc = EXIT_ERROR;
    struct whatif_year y;
    struct db_error err = {{0}};
    if (cli_agency_year(db, a, &agency_id, &year) == 0) {
        if (db_whatif_load(db, agency_id, year, &y, &err) == 0) {
            rc = run(a, &y);
            whatif_year_free(&y);
        } else {
            cli_error("%s", err.msg);
        }
    }
    db_close(db);
    return rc;
}
