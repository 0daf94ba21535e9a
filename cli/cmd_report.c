/* itadesk report KIND: the summaries and yearly documents on stdout, into a file (written
 * atomically, never over an existing one without --force) or to a printer through lp. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db_agency.h"
#include "db_report.h"
#include "i18n.h"
#include "report_out.h"
#include "text/tt_iconv.h"
#include "xalloc.h"

#define REPORT_OPTS                                                                                \
    (OPT_DB | OPT_AGENCY | OPT_YEAR | OPT_FORMAT | OPT_ENCODING | OPT_THAI_DIGITS | OPT_BOM |      \
     OPT_OUTPUT | OPT_FORCE | OPT_PRINTER | OPT_ARABIC_DIGITS | OPT_ABOUT | OPT_PROVINCE |         \
     OPT_DISTRICT | OPT_KIND)

static void print_help(void)
{
    fputs(_("Usage: itadesk report KIND --agency ID --year YEAR\n"
            "         [--format text|html|csv|pdf|docx] [--encoding utf-8|cp874]\n"
            "         [--thai-digits | --arabic-digits] [--bom] [-o FILE [--force] |\n"
            "         --printer NAME] [--about analysis|progress]\n"
            "       itadesk report KIND (--agency ID --agency ID ... | --province NAME\n"
            "         [--district NAME] [--kind KIND]) --year YEAR [options as above]\n"
            "\n"
            "KIND:\n"
            "  summary     the dashboard: total, level, tool means, indicators, checklist,\n"
            "              measures\n"
            "  indicators  the indicators entered and computed, tool means, total, level\n"
            "  oit         the OIT checklist of YEAR as agencies publish it\n"
            "  analysis    the analysis of the results of YEAR (the assessed year) with the\n"
            "              measures planned for YEAR+1, the constraints and the signer\n"
            "  progress    the follow-up of the measures that run in YEAR (the plan year)\n"
            "  memo        the covering memo forwarding the analysis or the progress report\n"
            "              of YEAR to the executive (--about analysis|progress)\n"
            "\n"
            "pdf is an A4 document ready to publish or print; docx is a Word file to edit\n"
            "before signing. The documents (analysis, progress, memo) print Thai digits\n"
            "unless --arabic-digits is given.\n"
            "Without -o the report goes to standard output. --encoding applies to text and CSV\n"
            "(cp874 for old Windows programs: a character CP874 lacks is an error naming its\n"
            "line and column). --bom starts a UTF-8 CSV with a byte-order mark for Excel.\n"
            "--thai-digits prints numbers and dates with Thai digits. --printer sends the report\n"
            "to lp as PDF unless --format says otherwise (NAME '-' = the default printer).\n"
            "\n"
            "Several agencies (summary, indicators, oit, progress): --agency repeated, or every\n"
            "agency of a province, narrowed by --district and --kind (names as stored). One\n"
            "document: each agency's report in Thai order of name, on a new page when printed.\n"),
          stdout);
}

/* The options that choose the agencies. */
static int check_scope(const struct cli_args *a, int kind)
{
    if (a->province && a->agency)
        return cli_usage_error("report", _("choose either --agency or --province"));
    if ((a->district || a->kind) && !a->province)
        return cli_usage_error("report", _("--district and --kind narrow --province"));
    if (a->nagencies > CLI_MAX_AGENCIES)
        return cli_usage_error("report", _("at most %d --agency options; use --province"),
                               CLI_MAX_AGENCIES);
    if ((kind == REPORT_ANALYSIS || kind == REPORT_MEMO) && (a->province || a->nagencies > 1))
        return cli_usage_error("report", "%s",
                               _("the analysis and the memo cover one agency: give one --agency"));
    return 0;
}

/* Checks the options that go together; fills job. -1 after a usage error. */
static int check_options(const struct cli_args *a, struct report_job *job, int *kind, int *about)
{
    if (a->npos > 1) return cli_usage_error("report", _("unexpected argument %s"), a->pos[1]);
    if (a->npos < 1)
        return cli_usage_error(
            "report", "%s",
            _("which report? summary, indicators, oit, analysis, progress or memo"));
    *kind = report_kind_parse(a->pos[0]);
    if (*kind < 0) return cli_usage_error("report", _("unknown report '%s'"), a->pos[0]);
    *about = a->about ? report_kind_parse(a->about) : REPORT_ANALYSIS;
    if (a->about && *kind != REPORT_MEMO)
        return cli_usage_error("report", _("--about applies to the memo only"));
    if (*about != REPORT_ANALYSIS && *about != REPORT_PROGRESS)
        return cli_usage_error("report", _("--about must be analysis or progress"));
    if (a->thai_digits && a->arabic_digits)
        return cli_usage_error("report", _("choose either --thai-digits or --arabic-digits"));
    const char *formats[REPORT_FORMAT_COUNT];
    for (int i = 0; i < REPORT_FORMAT_COUNT; i++)
        formats[i] = report_format_name((enum report_format)i);
    /* To a printer without --format: the PDF, which lp prints as it is laid out. */
    int f = !a->format && a->printer ? REPORT_PDF
                                     : cli_format(a, "report", formats, REPORT_FORMAT_COUNT);
    if (f < 0) return -1;
    *job = (struct report_job){
        .format = (enum report_format)f,
        .charset = a->encoding,
        .thai_digits = a->thai_digits ||
                       (report_kind_is_document((enum report_kind) * kind) && !a->arabic_digits),
        .bom = a->bom};
    const char *cs = a->encoding ? tt_charset_name(a->encoding) : "UTF-8";
    if (!cs) return cli_usage_error("report", _("unknown encoding '%s'"), a->encoding);
    if (f == REPORT_HTML && strcmp(cs, "UTF-8"))
        return cli_usage_error("report", _("HTML is always written in UTF-8"));
    if (report_format_is_binary((enum report_format)f) && a->encoding)
        return cli_usage_error("report", _("--encoding applies to text and CSV only"));
    if (a->bom && (f != REPORT_CSV || strcmp(cs, "UTF-8")))
        return cli_usage_error("report", _("--bom applies to UTF-8 CSV only"));
    if (a->output && a->printer)
        return cli_usage_error("report", _("choose either -o FILE or --printer NAME"));
    if (a->force && !a->output) return cli_usage_error("report", _("--force needs -o FILE"));
    return check_scope(a, *kind);
}

static int deliver(const struct cli_args *a, const char *title, const char *buf, size_t len)
{
    char err[1024];
    if (a->output) {
        if (report_write_file(a->output, buf, len, a->force, err, sizeof err) == REPORT_WRITTEN)
            return EXIT_OK;
        cli_error("%s", err);
        return EXIT_ERROR;
    }
    if (a->printer) {
        const char *printer = strcmp(a->printer, "-") ? a->printer : NULL;
        if (report_lp(printer, title, buf, len, err, sizeof err) == 0) return EXIT_OK;
        cli_error("%s", err);
        return EXIT_ERROR;
    }
    if (fwrite(buf, 1, len, stdout) != len || fflush(stdout)) {
        cli_error(_("could not write the report"));
        return EXIT_ERROR;
    }
    return EXIT_OK;
}

static int run(struct itadb *db, const struct cli_args *a, struct report_job *job, int kind,
               int about)
{
    long agency_id;
    int year;
    if (cli_agency_year(db, a, &agency_id, &year)) return EXIT_ERROR;
    struct report_input in;
    struct db_error err = {{0}};
    if (db_report_load_about(db, (enum report_kind)kind, (enum report_kind)about, agency_id, year,
                             &in, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    in.english = !cli_thai();
    char *buf = NULL, why[1024];
    size_t len = 0;
    int rc = EXIT_ERROR;
    char title[512];
    snprintf(title, sizeof title, "itadesk %s %s %d", report_kind_name(in.kind),
             in.agency.name ? in.agency.name : "", in.year);
    if (report_produce(&in, job, &buf, &len, why, sizeof why) == 0)
        rc = deliver(a, title, buf, len);
    else
        cli_error("%s", why);
    free(buf);
    report_input_free(&in);
    return rc;
}

/* The agencies of a report of several: --agency repeated, or the scope. -1 after saying why. */
static int resolve_agencies(struct itadb *db, const struct cli_args *a, long **ids, size_t *n)
{
    struct db_error err = {{0}};
    if (a->province) {
        struct agency_scope scope = {a->province, a->district, a->kind};
        if (db_agency_in_scope(db, &scope, ids, n, &err)) {
            cli_error("%s", err.msg);
            return -1;
        }
        if (!*n) {
            cli_error(_("no agency in province '%s'%s%s%s%s (see 'itadesk agency list')"),
                      a->province, a->district ? _(", district ") : "",
                      a->district ? a->district : "", a->kind ? _(", kind ") : "",
                      a->kind ? a->kind : "");
            return -1;
        }
        return 0;
    }
    *ids = xreallocarray(NULL, (size_t)a->nagencies, sizeof **ids);
    for (*n = 0; *n < (size_t)a->nagencies; (*n)++) {
        (*ids)[*n] = db_agency_find(db, a->agencies[*n], &err);
        if ((*ids)[*n] < 0) {
            cli_error("%s", err.msg);
            return -1;
        }
    }
    return 0;
}

/* Text and CSV can be written agency by agency (only one agency's data and document are in
 * memory at a time); any other format is one document of them all. */
static int streams(enum report_format f)
{
    return f == REPORT_TEXT || f == REPORT_CSV;
}

/* Appends one agency's report to out, or (a format that does not stream) to doc. */
static int add_agency(const struct report_input *in, const struct report_job *job, size_t i,
                      struct rep_doc *doc, FILE *out)
{
    if (!streams(job->format)) return report_build_next(in, doc) ? -1 : 0;
    struct report_job j = *job;
    j.bom = job->bom && i == 0;
    char *buf = NULL, why[1024];
    size_t len = 0;
    if (report_produce(in, &j, &buf, &len, why, sizeof why)) {
        cli_error("%s", why);
        return -1;
    }
    /* Text: each agency on a new page when printed; CSV: an empty record between them. */
    if (i) fputs(job->format == REPORT_TEXT ? "\f" : "\r\n", out);
    fwrite(buf, 1, len, out);
    free(buf);
    return 0;
}

/* One report of several agencies, loaded one at a time on one connection. */
static int run_many(struct itadb *db, const struct cli_args *a, struct report_job *job, int kind)
{
    int year;
    if (!a->year) {
        cli_error(_("this command needs --year YEAR"));
        return EXIT_ERROR;
    }
    if (cli_year(a->year, &year)) return EXIT_ERROR;
    long *ids = NULL;
    size_t n = 0;
    if (resolve_agencies(db, a, &ids, &n)) {
        free(ids);
        return EXIT_ERROR;
    }
    struct rep_doc d;
    rep_doc_init(&d, job->thai_digits);
    char *buf = NULL, why[1024] = "", title[512];
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    int english = !cli_thai(), rc = out ? EXIT_OK : EXIT_ERROR;
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        struct report_input in;
        struct db_error err = {{0}};
        if (db_report_load(db, (enum report_kind)kind, ids[i], year, &in, &err)) {
            cli_error("%s", err.msg);
            rc = EXIT_ERROR;
            break;
        }
        in.english = english;
        if (add_agency(&in, job, i, &d, out)) rc = EXIT_ERROR;
        report_input_free(&in);
    }
    if (out && fclose(out)) rc = EXIT_ERROR;
    if (rc == EXIT_OK && !streams(job->format)) {
        free(buf);
        buf = NULL;
        if (report_produce_doc(&d, job, &buf, &len, why, sizeof why)) {
            cli_error("%s", why);
            rc = EXIT_ERROR;
        }
    }
    snprintf(title, sizeof title, "itadesk %s %s %d", report_kind_name((enum report_kind)kind),
             a->province ? a->province : "", year);
    if (rc == EXIT_OK) rc = deliver(a, title, buf, len);
    free(buf);
    rep_doc_free(&d);
    free(ids);
    return rc;
}

int cmd_report(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, REPORT_OPTS, "report", a)) return EXIT_USAGE;
    if (a->help) {
        print_help();
        return EXIT_OK;
    }
    struct report_job job;
    int kind = 0, about = REPORT_ANALYSIS;
    if (check_options(a, &job, &kind, &about)) return EXIT_USAGE;
    struct itadb *db = cli_open(a, DB_OPEN_READONLY);
    if (!db) return EXIT_ERROR;
    int rc = a->province || a->nagencies > 1 ? run_many(db, a, &job, kind)
                                             : run(db, a, &job, kind, about);
    db_close(db);
    return rc;
}
