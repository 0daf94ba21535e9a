/* itadesk framework list|show|copy|import|export: a fiscal year's catalog (admins write). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_framework.h"
#include "framework.h"
#include "i18n.h"
#include "report_out.h"
#include "textfile.h"

static const struct cli_col year_cols[] = {
    {10, TT_ALIGN_RIGHT}, {16, TT_ALIGN_LEFT},  {12, TT_ALIGN_LEFT}, {10, TT_ALIGN_RIGHT},
    {10, TT_ALIGN_RIGHT}, {10, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};

static int fw_list(struct itadb *db, struct cli_args *a)
{
    (void)a;
    struct fw_year_row *rows;
    size_t n;
    struct db_error err = {{0}};
    if (db_framework_years(db, &rows, &n, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    const char *head[] = {_("year"),  _("grading"), _("status"),     _("indicators"),
                          _("items"), _("edited"),  _("assessments")};
    cli_row(stdout, year_cols, head, 7);
    for (size_t i = 0; i < n; i++) {
        char y[16], ni[16], nit[16], ne[16], na[16];
        snprintf(y, sizeof y, "%d", rows[i].year);
        snprintf(ni, sizeof ni, "%ld", rows[i].indicators);
        snprintf(nit, sizeof nit, "%ld", rows[i].items);
        snprintf(ne, sizeof ne, "%ld", rows[i].edited);
        snprintf(na, sizeof na, "%ld", rows[i].assessments);
        const char *cells[] = {
            y, fw_grading_label(rows[i].grading), fw_status_label(rows[i].status), ni, nit, ne, na};
        cli_row(stdout, year_cols, cells, 7);
    }
    fw_year_rows_free(rows, n);
    return EXIT_OK;
}

static int load_year(struct itadb *db, const char *text, struct fw_catalog *c)
{
    int year;
    if (cli_year(text, &year)) return -1;
    struct db_error err = {{0}};
    if (db_framework_load(db, year, c, &err)) {
        cli_error("%s", err.msg);
        return -1;
    }
    return 0;
}

static void show_head(const struct fw_catalog *c)
{
    char pass[40] = "-";
    if (c->pass_mark.set) fw_format_number(c->pass_mark.v, pass, sizeof pass);
    printf(_("Fiscal year %d: grading %s, pass mark %s, catalog %s\n"), c->year,
           fw_grading_label(c->grading), pass, fw_status_label(c->status));
    static const struct cli_col cols[] = {{4, TT_ALIGN_RIGHT},
                                          {24, TT_ALIGN_LEFT},
                                          {8, TT_ALIGN_RIGHT},
                                          {12, TT_ALIGN_RIGHT},
                                          {0, TT_ALIGN_LEFT}};
    const char *head[] = {_("rank"), _("level"), _("total"), _("each tool"), _("passes")};
    cli_row(stdout, cols, head, 5);
    for (size_t i = 0; i < c->n_bands; i++) {
        const struct fw_band *b = &c->bands[i];
        char rank[16], min[40], each[40] = "-";
        snprintf(rank, sizeof rank, "%d", b->rank);
        fw_format_number(b->min_total, min, sizeof min);
        if (b->min_each_tool.set) fw_format_number(b->min_each_tool.v, each, sizeof each);
        const char *cells[] = {rank, b->label_th, min, each,
                               b->passed ? _("passing") : _("not passing")};
        cli_row(stdout, cols, cells, 5);
    }
}

static void show_indicators(const struct fw_catalog *c)
{
    static const struct cli_col cols[] = {
        {4, TT_ALIGN_RIGHT}, {10, TT_ALIGN_LEFT}, {8, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};
    const char *head[] = {_("No."), _("tool"), _("weight"), _("indicator")};
    putchar('\n');
    cli_row(stdout, cols, head, 4);
    for (size_t i = 0; i < c->n_inds; i++) {
        char no[16], w[40];
        snprintf(no, sizeof no, "%d", c->inds[i].no);
        fw_format_number(c->inds[i].weight, w, sizeof w);
        const char *cells[] = {no, ita_tool_name(c->inds[i].tool), w, c->inds[i].name_th};
        cli_row(stdout, cols, cells, 4);
    }
}

static void show_questions(const struct fw_catalog *c)
{
    if (!c->n_questions) return;
    static const struct cli_col cols[] = {
        {6, TT_ALIGN_LEFT}, {10, TT_ALIGN_LEFT}, {9, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};
    const char *head[] = {_("question"), _("tool"), _("indicator"), _("text")};
    putchar('\n');
    cli_row(stdout, cols, head, 4);
    for (size_t i = 0; i < c->n_questions; i++) {
        const struct fw_question *q = &c->questions[i];
        char no[16] = "-";
        if (q->indicator_no) snprintf(no, sizeof no, "%d", q->indicator_no);
        const char *cells[] = {q->code, ita_tool_name(q->tool), no, q->text_th};
        cli_row(stdout, cols, cells, 4);
    }
}

static void show_items(const struct fw_catalog *c)
{
    static const struct cli_col cols[] = {
        {6, TT_ALIGN_LEFT}, {10, TT_ALIGN_LEFT}, {9, TT_ALIGN_RIGHT}, {0, TT_ALIGN_LEFT}};
    const char *head[] = {_("item"), _("group"), _("indicator"), _("item title")};
    putchar('\n');
    cli_row(stdout, cols, head, 4);
    for (size_t i = 0; i < c->n_items; i++) {
        const struct fw_item *it = &c->items[i];
        char no[16] = "-";
        if (it->indicator_no) snprintf(no, sizeof no, "%d", it->indicator_no);
        const char *title = it->known && *it->title_th ? it->title_th : _("(title unknown)");
        const char *cells[] = {it->code, it->group_key, no, title};
        cli_row(stdout, cols, cells, 4);
    }
}

static void show_gaps(const struct fw_catalog *c)
{
    struct fw_gap *gaps;
    size_t n = fw_gaps(c, &gaps);
    printf(_("\nStill unknown: %zu\n"), n);
    static const struct cli_col cols[] = {
        {8, TT_ALIGN_LEFT}, {44, TT_ALIGN_LEFT}, {0, TT_ALIGN_LEFT}};
    for (size_t i = 0; i < n; i++) {
        const char *cells[] = {gaps[i].what, fw_gap_label(gaps[i].kind), gaps[i].detail};
        cli_row(stdout, cols, cells, 3);
    }
    fw_gaps_free(gaps, n);
}

static int fw_show(struct itadb *db, struct cli_args *a)
{
    struct fw_catalog c;
    if (load_year(db, a->pos[1], &c)) return EXIT_ERROR;
    show_head(&c);
    show_indicators(&c);
    show_questions(&c);
    show_items(&c);
    show_gaps(&c);
    fw_catalog_free(&c);
    return EXIT_OK;
}

static int fw_copy(struct itadb *db, struct cli_args *a)
{
    int from, to;
    if (cli_year(a->pos[1], &from) || cli_year(a->pos[2], &to)) return EXIT_ERROR;
    struct db_error err = {{0}};
    if (db_framework_copy(db, from, to, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("Fiscal year %d: framework copied from %d.\n"), to, from);
    return EXIT_OK;
}

static int fw_import(struct itadb *db, struct cli_args *a)
{
    int year;
    if (cli_year(a->pos[1], &year)) return EXIT_ERROR;
    const char *file = a->pos[2];
    char *buf = NULL;
    size_t len = 0;
    struct fw_catalog c;
    char why[sizeof((struct db_error *)0)->msg];
    struct db_error err = {{0}};
    /* As `import scores` reads: UTF-8 unless --encoding says cp874 or tis-620, and a file
     * in another encoding is named as such, not as a bad cell. */
    if (textfile_read_utf8(file, a->encoding, 0, &buf, &len, why, sizeof why)) {
        cli_error(_("%s; nothing was changed"), why);
        return EXIT_ERROR;
    }
    int rc = fw_parse_csv(file, buf, len, year, &c, why, sizeof why);
    free(buf);
    if (rc) {
        cli_error(_("%s; nothing was changed"), why);
        return EXIT_ERROR;
    }
    rc = db_framework_import(db, &c, file, &err);
    if (rc)
        cli_error("%s", err.msg);
    else
        printf(_("Fiscal year %d: framework saved (%zu indicators, %zu OIT items, %zu levels).\n"),
               year, c.n_inds, c.n_items, c.n_bands);
    fw_catalog_free(&c);
    return rc ? EXIT_ERROR : EXIT_OK;
}

static int fw_export(struct itadb *db, struct cli_args *a)
{
    struct fw_catalog c;
    if (load_year(db, a->pos[1], &c)) return EXIT_ERROR;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    fw_write_csv(mem, &c);
    fclose(mem);
    fw_catalog_free(&c);
    int rc = EXIT_OK;
    if (!a->output) {
        fwrite(buf, 1, len, stdout);
    } else {
        char err[512] = "";
        if (report_write_file(a->output, buf, len, a->force, err, sizeof err) != REPORT_WRITTEN) {
            cli_error("%s", err);
            rc = EXIT_ERROR;
        }
    }
    free(buf);
    return rc;
}

/* One row per subcommand: its words after `framework`, and whether it writes. */
static const struct fw_verb {
    const char *name;
    int npos; /* with the verb */
    int writes;
    int (*run)(struct itadb *, struct cli_args *);
} verbs[] = {
    {"list", 1, 0, fw_list},     {"show", 2, 0, fw_show},     {"copy", 3, 1, fw_copy},
    {"import", 3, 1, fw_import}, {"export", 2, 0, fw_export},
};

int cmd_framework(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB | OPT_OUTPUT | OPT_FORCE | OPT_ENCODING, "framework", a))
        return EXIT_USAGE;
    const struct fw_verb *v = NULL;
    for (size_t i = 0; a->npos && i < sizeof verbs / sizeof verbs[0]; i++)
        if (strcmp(a->pos[0], verbs[i].name) == 0) v = &verbs[i];
    if (!v || a->npos != v->npos) {
        cli_usage_error("framework", _("expected 'list', 'show YEAR', 'copy FROM TO', "
                                       "'import YEAR FILE' or 'export YEAR'"));
        return EXIT_USAGE;
    }
    if ((a->output || a->force) && v->run != fw_export)
        return cli_usage_error("framework", _("-o and --force go with 'export' only"));
    if (a->encoding && v->run != fw_import)
        return cli_usage_error("framework", _("--encoding goes with 'import' only"));
    struct itadb *db = cli_open(a, v->writes ? 0 : DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    int rc = v->run(db, a);
    db_close(db);
    return rc;
}
