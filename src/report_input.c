/* The report input's lifetime, the builder dispatch, and pieces every builder shares. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"
#include "report_docs.h"
#include "text/tt_iconv.h"

void report_input_free(struct report_input *in)
{
    agency_clear(&in->agency);
    free(in->signer_name);
    free(in->signer_position);
    if (in->has_result) result_free(&in->result);
    oit_rows_free(in->oit, in->n_oit);
    for (size_t i = 0; i < in->n_questions; i++) {
        free(in->questions[i].code);
        free(in->questions[i].text);
    }
    free(in->questions);
    for (size_t i = 0; i < in->n_items; i++)
        free(in->items[i].title);
    free(in->items);
    findings_free(in->findings, in->n_findings);
    constraints_free(in->constraints, in->n_constraints);
    measures_free(in->measures, in->n_measures);
    *in = (struct report_input){0};
}

int report_build(const struct report_input *in, struct rep_doc *d)
{
    switch (in->kind) {
    case REPORT_SUMMARY:
        report_build_summary(in, d);
        break;
    case REPORT_INDICATORS:
        report_build_indicators(in, d);
        break;
    case REPORT_OIT:
        report_build_oit(in, d);
        break;
    case REPORT_ANALYSIS:
        report_build_analysis(in, d);
        break;
    case REPORT_PROGRESS:
        report_build_progress(in, d);
        break;
    case REPORT_MEMO:
        report_build_memo(in, d);
        break;
    default:
        return -1;
    }
    return 0;
}

int report_produce_doc(const struct rep_doc *d, const struct report_job *job, char **out,
                       size_t *len, char *err, size_t errsz)
{
    const char *charset = job->charset ? job->charset : "utf-8";
    const char *name = tt_charset_name(charset);
    struct report_render_opts o = {
        .format = job->format,
        .width = job->width,
        .brk = job->brk,
        .ascii_marks =
            !report_format_is_binary(job->format) && (!name || strcmp(name, "UTF-8") != 0),
        .bom = job->bom,
    };
    errno = 0;
    if (report_render(d, &o, out, len)) {
        if (*report_docs_missing())
            snprintf(err, errsz, _("PDF and Word need the itadesk documents module: %s"),
                     report_docs_missing());
        else /* allocations cannot fail (xalloc.h): the fonts, Cairo or libzip did */
            snprintf(err, errsz,
                     _("the %s file could not be made (its fonts or its PDF or Word library "
                       "failed)"),
                     report_format_name(job->format));
        return -1;
    }
    if (!report_format_is_binary(job->format) && report_encode(out, len, charset, err, errsz)) {
        free(*out);
        *out = NULL;
        *len = 0;
        return -1;
    }
    return 0;
}

int report_total_level(const struct report_input *in, const struct rep_doc *d, char *total,
                       size_t tn, char *level, size_t ln)
{
    const struct ita_result *r = &in->result;
    struct opt_score t = {0};
    const char *lv = NULL;
    if (in->has_result) {
        t = r->total_entered.set ? r->total_entered : r->summary.total;
        lv = r->level_entered ? r->level_entered : r->grade ? r->grade->label_th : NULL;
    }
    rep_score(d, total, tn, t.set, t.v);
    snprintf(level, ln, "%s", lv && *lv ? lv : "-");
    return t.set;
}

const char *report_tool_heading(int tool)
{
    switch (tool) {
    case ITA_IIT:
        return _("Internal Integrity and Transparency Assessment (IIT)");
    case ITA_EIT:
        return _("External Integrity and Transparency Assessment (EIT)");
    case ITA_OIT:
        return _("Open Data Integrity and Transparency Assessment (OIT)");
    default:
        return _("Other issues");
    }
}

int report_result_year(const struct report_input *in)
{
    return in->has_result ? in->result.year : in->year;
}

int report_produce(const struct report_input *in, const struct report_job *job, char **out,
                   size_t *len, char *err, size_t errsz)
{
    struct rep_doc d;
    rep_doc_init(&d, job->thai_digits);
    int rc = report_build(in, &d);
    if (rc)
        snprintf(err, errsz, "%s", _("unknown report"));
    else
        rc = report_produce_doc(&d, job, out, len, err, errsz);
    rep_doc_free(&d);
    return rc;
}

int report_build_next(const struct report_input *in, struct rep_doc *d)
{
    size_t first = d->n;
    int rc = report_build(in, d);
    if (first > 0 && first < d->n) d->v[first].new_page = 1;
    return rc;
}

void report_agency_place(const struct agency *a, char *out, size_t n)
{
    char district[256] = "", province[256] = "";
    /* TRANSLATORS: an agency's district in a title block ("อำเภอพรรณานิคม"). */
    if (a->district && *a->district)
        snprintf(district, sizeof district, _("District %s"), a->district);
    /* TRANSLATORS: an agency's province in a title block ("จังหวัดสกลนคร"). */
    if (a->province && *a->province)
        snprintf(province, sizeof province, _("Province %s"), a->province);
    snprintf(out, n, "%s%s%s", district, *district && *province ? " " : "", province);
}

void report_title_agency(const struct report_input *in, struct rep_doc *d)
{
    char place[600];
    rep_title(d, in->agency.name);
    report_agency_place(&in->agency, place, sizeof place);
    if (*place) rep_title(d, place);
}

void report_file_name(long agency_id, int year, enum report_kind k, enum report_format f, char *out,
                      size_t n)
{
    snprintf(out, n, "itadesk-%ld-%d-%s.%s", agency_id, year, report_kind_name(k),
             report_format_ext(f));
}
