/* itadesk oit carry|map: carrying an agency's OIT checklist into the next year's framework,
 * and the admin's stored mapping that decides before titles do. Without --apply, carry
 * only shows what it would do. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_oit_carry.h"
#include "i18n.h"
#include "oit.h"
#include "xalloc.h"

/* --from and --to, both required, two different Buddhist-era years. */
static int years_of(const struct cli_args *a, const char *cmd, int *from, int *to)
{
    if (!a->from || !a->to)
        return cli_usage_error(cmd, _("this command needs --from YEAR and --to YEAR"));
    if (cli_year(a->from, from) || cli_year(a->to, to)) return -1;
    if (*from == *to) return cli_usage_error(cmd, _("--from and --to must be different years"));
    return 0;
}

static const char *source_label(enum oit_match_source s)
{
    switch (s) {
    case OIT_SRC_STORED:
        /* TRANSLATORS: where a pair of items comes from: an admin's stored mapping. */
        return _("by admin");
    case OIT_SRC_TITLE:
        /* TRANSLATORS: where a pair of items comes from: their titles are alike. */
        return _("by title");
    default:
        return _("unknown title");
    }
}

/* What the pair carries, and what the target keeps of its own (malloc'd: translations are
 * longer than the English and must never be cut inside a character). */
static char *what_moves(const struct oit_carry_row *r)
{
    const char *moves = oit_carry_label(r->unit_do == OIT_CARRY_YES, r->url_do == OIT_CARRY_YES,
                                        r->note_do == OIT_CARRY_YES);
    const char *kept = oit_carry_label(r->unit_do == OIT_CARRY_SKIP, r->url_do == OIT_CARRY_SKIP,
                                       r->note_do == OIT_CARRY_SKIP);
    char *kept_text = *kept ? xasprintf(_(" (kept: %s)"), kept) : xstrdup("");
    char *out = xasprintf("%s%s", *moves ? moves : "-", kept_text);
    free(kept_text);
    return out;
}

static const struct cli_col pair_cols[] = {
    {4, TT_ALIGN_LEFT},  {22, TT_ALIGN_LEFT}, {4, TT_ALIGN_LEFT}, {22, TT_ALIGN_LEFT},
    {4, TT_ALIGN_RIGHT}, {8, TT_ALIGN_LEFT},  {0, TT_ALIGN_LEFT},
};

static void print_pairs(const struct oit_carry_plan *p)
{
    char fy[16], ty[16];
    snprintf(fy, sizeof fy, "%d", p->from_year);
    snprintf(ty, sizeof ty, "%d", p->to_year);
    const char *head[] = {fy, "", ty, "", "%", _("source"), _("carries")};
    cli_row(stdout, pair_cols, head, 7);
    for (size_t i = 0; i < p->n; i++) {
        const struct oit_carry_row *r = &p->rows[i];
        if (!r->pair.to[0]) continue;
        char conf[8];
        snprintf(conf, sizeof conf, "%d", r->pair.confidence);
        char *moves = what_moves(r);
        const char *unknown = _("(title unknown in this year's catalog)");
        const char *cells[] = {r->pair.from, r->from_title ? r->from_title : unknown,
                               r->pair.to,   r->to_title ? r->to_title : unknown,
                               conf,         source_label(r->pair.source),
                               moves};
        cli_row(stdout, pair_cols, cells, 7);
        free(moves);
    }
}

/* Why an item is not mapped, in words (malloc'd). */
static char *why_not_mapped(const struct oit_match_pair *p, int to_year)
{
    if (p->source == OIT_SRC_STORED && p->clash[0])
        return xasprintf(_("stored pair to %d %s, which an earlier stored pair already fills"),
                         to_year, p->clash);
    if (p->source == OIT_SRC_STORED) return xstrdup(_("stored mapping: no successor"));
    if (p->source == OIT_SRC_UNKNOWN) return xstrdup(_("title unknown: map it by hand"));
    if (p->best >= OIT_MATCH_THRESHOLD)
        return xasprintf(_("its best match (%d%%) went to another item"), p->best);
    return xasprintf(_("no title alike enough (best %d%%)"), p->best);
}

static void print_unmapped(const struct oit_carry_plan *p)
{
    printf(_("Not mapped (%zu):\n"), p->unmapped);
    for (size_t i = 0; i < p->n; i++) {
        const struct oit_carry_row *r = &p->rows[i];
        if (r->pair.to[0]) continue;
        char *why = why_not_mapped(&r->pair, p->to_year);
        printf("  %-4s ", r->pair.from);
        cli_cell(stdout, r->from_title ? r->from_title : "-", 30, TT_ALIGN_LEFT);
        printf("  %s", why);
        if (r->unit || r->url || r->note) fputs(_("  (has values that stay behind)"), stdout);
        fputc('\n', stdout);
        free(why);
    }
}

static void print_summary(const struct oit_carry_plan *p, int applied)
{
    printf(_("Mapped %zu of %zu items of %d to %d (%zu by a stored mapping); %zu not mapped.\n"),
           p->mapped, p->n, p->from_year, p->to_year, p->stored, p->unmapped);
    printf(applied ? _("Carried %zu items: %zu units, %zu links (to re-check), %zu notes; kept %zu "
                       "values %d already had.\n")
                   : _("To carry: %zu items: %zu units, %zu links (to re-check), %zu notes; %zu "
                       "values %d already has are kept.\n"),
           p->items, p->units, p->links, p->notes, p->skipped, p->to_year);
}

int cmd_oit_carry(struct cli_args *a)
{
    int from, to;
    if (a->npos != 1) {
        cli_usage_error("oit carry", _("unexpected argument %s"), a->pos[1]);
        return EXIT_USAGE;
    }
    if (!a->agency) {
        cli_usage_error("oit carry", _("this command needs --agency ID"));
        return EXIT_USAGE;
    }
    if (years_of(a, "oit carry", &from, &to)) return EXIT_USAGE;
    struct itadb *db = cli_open(a, a->apply ? 0 : DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    struct db_error err = {{0}};
    struct oit_carry_plan plan = {0};
    struct agency ag = {0};
    int rc = EXIT_ERROR;
    long agency_id = db_agency_find(db, a->agency, &err);
    if (agency_id < 0 || db_agency_get(db, agency_id, &ag, &err) ||
        db_oit_carry_plan(db, agency_id, from, to, &plan, &err)) {
        cli_error("%s", err.msg);
        goto out;
    }
    cli_text(stdout, ag.name);
    printf(_(" - carrying the OIT checklist from %d to %d\n"), from, to);
    print_pairs(&plan);
    print_unmapped(&plan);
    if (!a->apply) {
        print_summary(&plan, 0);
        fputs(_("Nothing was changed: run again with --apply to carry.\n"), stdout);
        rc = EXIT_OK;
        goto out;
    }
    oit_carry_plan_free(&plan);
    if (db_oit_carry_apply(db, agency_id, from, to, &plan, &err)) {
        cli_error("%s", err.msg);
        goto out;
    }
    print_summary(&plan, 1);
    rc = EXIT_OK;
out:
    oit_carry_plan_free(&plan);
    agency_clear(&ag);
    db_close(db);
    return rc;
}

/* O5=O4, O9=- (no successor): the codes normalised; -1 after a usage error. */
static int parse_rule(const char *arg, char from[16], char to[16])
{
    const char *eq = strchr(arg, '=');
    char left[64];
    if (!eq || (size_t)(eq - arg) >= sizeof left) goto bad;
    memcpy(left, arg, (size_t)(eq - arg));
    left[eq - arg] = '\0';
    if (oit_code_normalise(left, from)) goto bad;
    if (strcmp(eq + 1, "-") == 0) {
        to[0] = '\0';
        return 0;
    }
    if (!oit_code_normalise(eq + 1, to)) return 0;
bad:
    return cli_usage_error("oit map set",
                           _("'%s' is not a pair such as O5=O4, or O9=- for no successor"), arg);
}

static int map_list(struct itadb *db, int from, int to)
{
    struct oit_map_rule *rules = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    if (db_oit_map_list(db, from, to, &rules, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("Stored OIT mapping from %d to %d: %zu pairs\n"), from, to, n);
    for (size_t i = 0; i < n; i++)
        printf("  %-4s -> %s\n", rules[i].from,
               rules[i].to[0] ? rules[i].to : _("- (no successor)"));
    free(rules);
    return EXIT_OK;
}

static int map_set(struct cli_args *a, struct itadb *db, int from, int to)
{
    if (a->npos < 3) {
        cli_usage_error("oit map set", _("expected pairs such as O5=O4 or O9=-"));
        return EXIT_USAGE;
    }
    for (int i = 2; i < a->npos; i++) {
        char f[16], t[16];
        if (parse_rule(a->pos[i], f, t)) return EXIT_USAGE;
        struct db_error err = {{0}};
        if (db_oit_map_set(db, from, to, f, t, &err)) {
            cli_error("%s: %s", a->pos[i], err.msg);
            return EXIT_ERROR;
        }
        printf("%s -> %s: %s\n", f, t[0] ? t : "-", _("stored"));
    }
    return EXIT_OK;
}

static int map_clear(struct cli_args *a, struct itadb *db, int from, int to)
{
    long removed = 0;
    struct db_error err = {{0}};
    for (int i = 2; i < a->npos || (i == 2 && a->npos == 2); i++) {
        char code[16];
        if (a->npos > 2 && oit_code_normalise(a->pos[i], code)) {
            cli_usage_error("oit map clear", _("expected one item CODE such as O12"));
            return EXIT_USAGE;
        }
        long r = db_oit_map_clear(db, from, to, a->npos > 2 ? code : NULL, &err);
        if (r < 0) {
            cli_error("%s", err.msg);
            return EXIT_ERROR;
        }
        removed += r;
    }
    printf(_("Removed %ld stored pairs: titles decide for those items again.\n"), removed);
    return EXIT_OK;
}

int cmd_oit_map(struct cli_args *a)
{
    const char *verb = a->npos >= 2 ? a->pos[1] : "";
    int list = strcmp(verb, "list") == 0, set = strcmp(verb, "set") == 0,
        clear = strcmp(verb, "clear") == 0;
    int from, to;
    if (!list && !set && !clear) {
        cli_usage_error("oit map", _("expected 'list', 'set PAIR...' or 'clear [CODE...]'"));
        return EXIT_USAGE;
    }
    if (years_of(a, "oit map", &from, &to)) return EXIT_USAGE;
    struct itadb *db = cli_open(a, list ? DB_OPEN_READONLY : 0);
    if (!db) return EXIT_ERROR;
    int rc = list  ? map_list(db, from, to)
             : set ? map_set(a, db, from, to)
                   : map_clear(a, db, from, to);
    db_close(db);
    return rc;
}
