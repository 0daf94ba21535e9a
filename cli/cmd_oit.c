/* itadesk oit list|set: the OIT checklist from scripts, with the screen's rules. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"
#include "db_agency.h"
#include "db_oit.h"
#include "db_review.h"
#include "i18n.h"
#include "score_csv.h"

static void print_group_heading(const struct oit_progress *g)
{
    cli_text(stdout, g->group_key);
    if (g->group_title && *g->group_title && strcmp(g->group_title, g->group_key) != 0) {
        fputc(' ', stdout);
        cli_text(stdout, g->group_title);
    }
    printf("  %d/%d\n", g->done, g->total);
}

static void print_row_text(const struct oit_row *r)
{
    printf("  %s %-4s ", oit_state_mark(r->state), r->code);
    if (r->known)
        cli_cell(stdout, r->title_th, 44, TT_ALIGN_LEFT);
    else
        cli_cell(stdout, _("(title unknown in this year's catalog)"), 44, TT_ALIGN_LEFT);
    fputs("  ", stdout);
    cli_cell(stdout, r->unit_name ? r->unit_name : "-", 18, TT_ALIGN_LEFT);
    printf("  %s", r->evidence_url ? r->recheck ? _("link (to re-check)") : _("link") : "-");
    if (r->review != REVIEW_NONE) {
        printf("  %s", review_verdict_label(r->review, 0));
        if (r->review_comment) {
            fputs(": ", stdout);
            cli_text(stdout, r->review_comment);
        }
    }
    fputc('\n', stdout);
}

static void print_text(const char *agency, int year, const struct oit_row *rows, size_t n,
                       const struct oit_filter *f)
{
    struct oit_progress groups[64], all;
    int ng = oit_progress_by_group(rows, n, groups, 64, &all);
    cli_text(stdout, agency);
    printf(_(" - OIT %d: %d/%d done, %d in progress\n"), year, all.done, all.total,
           all.in_progress);
    printf(_("  reviewed: %d of %d done checked, %d returned\n"), all.checked, all.done,
           all.returned);
    for (int g = 0; g < ng; g++) {
        int heading = 0;
        for (size_t i = 0; i < n; i++) {
            if (strcmp(rows[i].group_key, groups[g].group_key) || !oit_row_matches(&rows[i], f))
                continue;
            if (!heading++) print_group_heading(&groups[g]);
            print_row_text(&rows[i]);
        }
    }
}

static void print_csv(const char *agency, int year, const struct oit_row *rows, size_t n,
                      const struct oit_filter *f)
{
    static const char *const header[] = {"year",
                                         "agency",
                                         "id",
                                         "group",
                                         "title_th",
                                         "status",
                                         "responsible_unit",
                                         "evidence_url",
                                         "progress_note",
                                         "score",
                                         "updated_by",
                                         "updated_at",
                                         "evidence_recheck"};
    csv_write_row(stdout, header, 13, CSV_WRITE_SAFE);
    char y[8];
    snprintf(y, sizeof y, "%d", year);
    for (size_t i = 0; i < n; i++) {
        const struct oit_row *r = &rows[i];
        if (!oit_row_matches(r, f)) continue;
        char score[16] = "";
        if (r->score.set) snprintf(score, sizeof score, "%g", r->score.v);
        const char *cells[] = {y,
                               agency,
                               r->code,
                               r->group_key,
                               r->title_th,
                               ita_state_word(r->state),
                               r->unit_name,
                               r->evidence_url,
                               r->note,
                               score,
                               r->updated_by,
                               r->updated_at,
                               r->recheck ? "yes" : ""};
        csv_write_row(stdout, cells, 13, CSV_WRITE_SAFE);
    }
}

static int oit_list(struct cli_args *a, struct itadb *db, long agency_id, int year)
{
    static const char *const formats[] = {"text", "csv"};
    int format = cli_format(a, "oit list", formats, 2);
    struct oit_filter f = OIT_FILTER_ALL;
    f.unit = a->unit;
    if (a->state && (f.state = oit_state_parse_any(a->state)) < 0) {
        cli_usage_error("oit list", _("--state takes done, not-done or in-progress"));
        return EXIT_USAGE;
    }
    if (a->review &&
        (f.review =
             strcmp(a->review, "none") == 0 ? REVIEW_NONE : review_verdict_parse(a->review)) < 0) {
        cli_usage_error("oit list", _("--review takes checked, returned or none"));
        return EXIT_USAGE;
    }
    if (format < 0) return EXIT_USAGE;
    struct agency ag = {0};
    struct oit_row *rows = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_agency_get(db, agency_id, &ag, &err) ||
        db_oit_list(db, agency_id, year, &rows, &n, &err)) {
        cli_error("%s", err.msg);
        agency_clear(&ag);
        return EXIT_ERROR;
    }
    if (format == 1)
        print_csv(ag.name, year, rows, n, &f);
    else
        print_text(ag.name, year, rows, n, &f);
    oit_rows_free(rows, n);
    agency_clear(&ag);
    return EXIT_OK;
}

/* Turns the options into a change; -1 after a usage error. */
static int change_from_args(const struct cli_args *a, struct oit_change *c)
{
    *c = (struct oit_change){0};
    if (a->state) {
        int s = oit_state_parse_any(a->state);
        if (s < 0)
            return cli_usage_error("oit set", _("--state takes done, not-done or in-progress"));
        c->fields |= OIT_SET_STATE;
        c->state = (enum ita_state)s;
    }
    if (a->unit) c->fields |= OIT_SET_UNIT, c->unit = a->unit;
    if (a->url) c->fields |= OIT_SET_URL, c->url = a->url;
    if (a->note) c->fields |= OIT_SET_NOTE, c->note = a->note;
    if (a->score) {
        c->fields |= OIT_SET_SCORE;
        if (*a->score && strcmp(a->score, "-") != 0) {
            c->score.set = true;
            if (score_parse_number(a->score, &c->score.v))
                return cli_usage_error("oit set", _("--score takes 0, 50, 100 or - (none)"));
        }
    }
    if (!c->fields)
        return cli_usage_error("oit set",
                               _("nothing to set: give --state, --unit, --url, --note or --score"));
    return 0;
}

static int oit_set(struct cli_args *a, struct itadb *db, long agency_id, int year)
{
    char code[16];
    struct oit_change change;
    if (a->npos != 2 || oit_code_normalise(a->pos[1], code)) {
        cli_usage_error("oit set", _("expected one item CODE such as O12"));
        return EXIT_USAGE;
    }
    if (change_from_args(a, &change)) return EXIT_USAGE;
    struct db_error err = {{0}};
    enum db_save r = db_oit_save(db, agency_id, year, code, OIT_ANY_VERSION, &change, &err);
    if (r == DB_SAVE_FAILED || r == DB_CONFLICT) {
        cli_error("%s: %s", code, err.msg);
        return EXIT_ERROR;
    }
    printf(r == DB_SAVED ? _("%s: saved\n") : _("%s: no change\n"), code);
    return EXIT_OK;
}

/* oit check|return CODE [--comment TEXT]: the reviewer's verdict. */
static int oit_review(struct cli_args *a, struct itadb *db, long agency_id, int year)
{
    char code[16];
    if (a->npos != 2 || oit_code_normalise(a->pos[1], code)) {
        cli_usage_error("oit", _("expected one item CODE such as O12"));
        return EXIT_USAGE;
    }
    enum review_verdict v = strcmp(a->pos[0], "check") == 0 ? REVIEW_CHECKED : REVIEW_RETURNED;
    struct db_error err = {{0}};
    if (db_oit_review(db, agency_id, year, code, v, a->comment, &err)) {
        cli_error("%s: %s", code, err.msg);
        return EXIT_ERROR;
    }
    printf("%s: %s\n", code, review_verdict_label(v, 0));
    return EXIT_OK;
}

int cmd_oit(int argc, char **argv, struct cli_args *a)
{
    unsigned long long allowed = OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_STATE | OPT_UNIT |
                                 OPT_FORMAT | OPT_URL | OPT_NOTE | OPT_SCORE;
    const char *verb = argc >= 2 ? argv[1] : "";
    /* carry and map take their own options: --from, --to, --apply. */
    if (strcmp(verb, "carry") == 0 || strcmp(verb, "map") == 0) {
        unsigned long long own = OPT_DB | OPT_FROM_TO | (*verb == 'c' ? OPT_AGENCY | OPT_APPLY : 0);
        if (cli_parse(argc, argv, own, *verb == 'c' ? "oit carry" : "oit map", a))
            return EXIT_USAGE;
        return *verb == 'c' ? cmd_oit_carry(a) : cmd_oit_map(a);
    }
    if (cli_parse(argc, argv, allowed | OPT_REVIEW | OPT_COMMENT, "oit", a)) return EXIT_USAGE;
    verb = a->npos >= 1 ? a->pos[0] : "";
    int list = strcmp(verb, "list") == 0;
    int set = strcmp(verb, "set") == 0;
    int review = strcmp(verb, "check") == 0 || strcmp(verb, "return") == 0;
    if (!list && !set && !review) {
        cli_usage_error("oit", _("expected 'list', 'set CODE', 'check CODE', 'return CODE', "
                                 "'carry' or 'map'"));
        return EXIT_USAGE;
    }
    struct itadb *db = cli_open(a, list ? DB_OPEN_READONLY : 0);
    if (!db) return EXIT_ERROR;
    long agency_id;
    int year, rc = EXIT_ERROR;
    if (cli_agency_year(db, a, &agency_id, &year) == 0)
        rc = list     ? oit_list(a, db, agency_id, year)
             : review ? oit_review(a, db, agency_id, year)
                      : oit_set(a, db, agency_id, year);
    db_close(db);
    return rc;
}
