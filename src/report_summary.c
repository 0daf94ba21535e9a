/* The summary (the dashboard's content) and the indicators report. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"

static const char *indicator_name(const struct report_input *in, const struct result_indicator *i)
{
    if (in->english && i->name_en && *i->name_en) return i->name_en;
    return i->name_th ? i->name_th : "";
}

static const char *band_label(const struct report_input *in, const struct grade_band *b)
{
    if (!b) return "-";
    if (in->english && b->label_en && *b->label_en) return b->label_en;
    return b->label_th ? b->label_th : "-";
}

const char *report_status_text(const char *status)
{
    if (!status) return "-";
    if (strcmp(status, "complete") == 0) return _("complete");
    if (strcmp(status, "partial") == 0) return _("partial");
    if (strcmp(status, "provisional") == 0) return _("provisional");
    return status;
}

/* Index of the indicator with the lowest effective score, or -1. */
static int weakest(const struct ita_result *r)
{
    int w = -1;
    double low = 0;
    for (size_t i = 0; i < r->n_ind; i++) {
        struct opt_score v = score_effective(&r->ind[i].s);
        if (v.set && (w < 0 || v.v < low)) {
            w = (int)i;
            low = v.v;
        }
    }
    return w;
}

static void title_block(const struct report_input *in, struct rep_doc *d, const char *what)
{
    char y[32], line[512];
    rep_num(d, y, sizeof y, "%d", in->year);
    snprintf(line, sizeof line, what, y);
    rep_set_title(d, line);
    report_title_agency(in, d);
    rep_title(d, line);
}

static void kv(struct rep_doc *d, struct rep_table *t, const char *label, const char *value)
{
    long r = rep_row(d, t);
    rep_cell(d, t, r, 0, label);
    rep_cell(d, t, r, 1, value);
}

static void add_overview(const struct report_input *in, struct rep_doc *d)
{
    const struct ita_result *r = &in->result;
    char a[64], b[64], v[512], t[ITA_TOOL_COUNT][32];
    struct rep_table *tab = rep_table(d, 2);
    rep_col(tab, 0, _("Item"), TT_ALIGN_LEFT, 0);
    rep_col(tab, 1, _("Value"), TT_ALIGN_LEFT, 0);
    rep_score(d, a, sizeof a, r->total_entered.set, r->total_entered.v);
    rep_score(d, b, sizeof b, r->summary.total.set, r->summary.total.v);
    snprintf(v, sizeof v, _("entered %s, computed %s"), a, b);
    kv(d, tab, _("Total score"), v);
    snprintf(v, sizeof v, _("entered %s, computed %s"), r->level_entered ? r->level_entered : "-",
             band_label(in, r->grade));
    kv(d, tab, _("Result level"), v);
    kv(d, tab, _("National average"),
       rep_score(d, a, sizeof a, r->national_average.set, r->national_average.v));
    for (int i = 0; i < ITA_TOOL_COUNT; i++)
        rep_score(d, t[i], sizeof t[i], r->summary.tool_mean[i].set, r->summary.tool_mean[i].v);
    snprintf(v, sizeof v, "IIT %s  EIT %s  OIT %s", t[0], t[1], t[2]);
    kv(d, tab, _("Tool means"), v);
    kv(d, tab, _("Framework catalog"), report_status_text(r->framework_status));
}

static void add_indicator_scores(const struct report_input *in, struct rep_doc *d)
{
    const struct ita_result *r = &in->result;
    int weak = weakest(r);
    rep_heading(d, 2, _("Indicators"));
    struct rep_table *t = rep_table(d, 4);
    rep_col(t, 0, _("No."), TT_ALIGN_RIGHT, 0);
    rep_col(t, 1, _("Indicator"), TT_ALIGN_LEFT, 0);
    rep_col(t, 2, _("Score"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 3, _("Note"), TT_ALIGN_LEFT, 0);
    for (size_t i = 0; i < r->n_ind; i++) {
        const struct score_indicator *s = &r->ind[i].s;
        struct opt_score v = score_effective(s);
        char no[16], sc[32], c[32], note[256] = "";
        long row = rep_row(d, t);
        rep_cell(d, t, row, 0, rep_num(d, no, sizeof no, "%d", s->no));
        rep_cell(d, t, row, 1, indicator_name(in, &r->ind[i]));
        rep_cell(d, t, row, 2, rep_score(d, sc, sizeof sc, v.set, v.v));
        if ((int)i == weak) snprintf(note, sizeof note, "%s", _("weakest"));
        if (s->entered.set && s->computed.set && score_differs(s->entered, s->computed))
            snprintf(note + strlen(note), sizeof note - strlen(note), _("%scomputed %s differs"),
                     *note ? "; " : "", rep_score(d, c, sizeof c, 1, s->computed.v));
        rep_cell(d, t, row, 3, note);
    }
}

static void add_oit_progress(const struct report_input *in, struct rep_doc *d)
{
    struct oit_progress groups[64], all;
    int n = oit_progress_by_group(in->oit, in->n_oit, groups, 64, &all);
    if (n < 0) n = 64;
    rep_heading(d, 2, _("OIT checklist"));
    if (!in->n_oit) {
        rep_para(d, NULL, _("No OIT items in the catalog for this year."));
        return;
    }
    struct rep_table *t = rep_table(d, 3);
    rep_col(t, 0, _("Sub-indicator"), TT_ALIGN_LEFT, 0);
    rep_col(t, 1, _("Done"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 2, _("Items"), TT_ALIGN_RIGHT, 0);
    char a[16], b[16];
    for (int i = 0; i <= n; i++) {
        const struct oit_progress *g = i < n ? &groups[i] : &all;
        long row = rep_row(d, t);
        if (i == n)
            rep_cell(d, t, row, 0, _("All items"));
        else if (g->group_title && g->group_key && strcmp(g->group_title, g->group_key))
            rep_cellf(d, t, row, 0, "%s %s", g->group_key, g->group_title);
        else
            rep_cell(d, t, row, 0, g->group_title ? g->group_title : g->group_key);
        rep_cell(d, t, row, 1, rep_num(d, a, sizeof a, "%d", g->done));
        rep_cell(d, t, row, 2, rep_num(d, b, sizeof b, "%d", g->total));
    }
}

static void measure_row(struct rep_doc *d, struct rep_table *t, const char *fmt, int year,
                        const int *c)
{
    char y[16], label[256], v[16];
    rep_num(d, y, sizeof y, "%d", year);
    snprintf(label, sizeof label, fmt, y);
    long row = rep_row(d, t);
    rep_cell(d, t, row, 0, label);
    for (int s = 0; s < ITA_STATE_COUNT; s++)
        rep_cell(d, t, row, 1 + (size_t)s, rep_num(d, v, sizeof v, "%d", c[s]));
}

static void add_measures(const struct report_input *in, struct rep_doc *d)
{
    rep_heading(d, 2, _("Measures"));
    struct rep_table *t = rep_table(d, 4);
    rep_col(t, 0, _("Fiscal year"), TT_ALIGN_LEFT, 0);
    rep_col(t, 1, _("Not done"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 2, _("In progress"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 3, _("Done"), TT_ALIGN_RIGHT, 0);
    measure_row(d, t, _("FY %s, planned from these results"), in->year + 1, in->measures_next);
    measure_row(d, t, _("FY %s, running this year"), in->year, in->measures_this);
}

void report_build_summary(const struct report_input *in, struct rep_doc *d)
{
    title_block(in, d, _("ITA summary, fiscal year %s"));
    if (!in->has_result) {
        rep_para(d, NULL, _("Nothing to show for this agency and year."));
        return;
    }
    add_overview(in, d);
    add_indicator_scores(in, d);
    add_oit_progress(in, d);
    add_measures(in, d);
}

static void add_indicator_table(const struct report_input *in, struct rep_doc *d)
{
    const struct ita_result *r = &in->result;
    struct rep_table *t = rep_table(d, 6);
    rep_col(t, 0, _("No."), TT_ALIGN_RIGHT, 0);
    rep_col(t, 1, _("Indicator"), TT_ALIGN_LEFT, 0);
    rep_col(t, 2, _("Tool"), TT_ALIGN_LEFT, 0);
    rep_col(t, 3, _("Weight"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 4, _("Entered"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 5, _("Computed"), TT_ALIGN_RIGHT, 0);
    for (size_t i = 0; i < r->n_ind; i++) {
        const struct score_indicator *s = &r->ind[i].s;
        char no[16], w[16], e[32], c[32];
        long row = rep_row(d, t);
        rep_cell(d, t, row, 0, rep_num(d, no, sizeof no, "%d", s->no));
        rep_cell(d, t, row, 1, indicator_name(in, &r->ind[i]));
        rep_cell(d, t, row, 2, ita_tool_name(s->tool));
        rep_cell(d, t, row, 3, rep_num(d, w, sizeof w, "%g", s->weight));
        rep_cell(d, t, row, 4, rep_score(d, e, sizeof e, s->entered.set, s->entered.v));
        rep_cell(d, t, row, 5, rep_score(d, c, sizeof c, s->computed.set, s->computed.v));
    }
}

static void add_totals(const struct report_input *in, struct rep_doc *d)
{
    const struct ita_result *r = &in->result;
    struct rep_table *t = rep_table(d, 3);
    rep_col(t, 0, _("Item"), TT_ALIGN_LEFT, 0);
    rep_col(t, 1, _("Entered"), TT_ALIGN_RIGHT, 0);
    rep_col(t, 2, _("Computed"), TT_ALIGN_RIGHT, 0);
    char a[32], b[32];
    for (int i = 0; i < ITA_TOOL_COUNT; i++) {
        long row = rep_row(d, t);
        char label[64];
        snprintf(label, sizeof label, _("%s mean"), ita_tool_name((enum ita_tool)i));
        rep_cell(d, t, row, 0, label);
        rep_cell(d, t, row, 1, "-");
        rep_cell(d, t, row, 2,
                 rep_score(d, b, sizeof b, r->summary.tool_mean[i].set, r->summary.tool_mean[i].v));
    }
    long row = rep_row(d, t);
    rep_cell(d, t, row, 0, _("Total score"));
    rep_cell(d, t, row, 1, rep_score(d, a, sizeof a, r->total_entered.set, r->total_entered.v));
    rep_cell(d, t, row, 2, rep_score(d, b, sizeof b, r->summary.total.set, r->summary.total.v));
    row = rep_row(d, t);
    rep_cell(d, t, row, 0, _("Result level"));
    rep_cell(d, t, row, 1, r->level_entered ? r->level_entered : "-");
    rep_cell(d, t, row, 2, band_label(in, r->grade));
}

void report_build_indicators(const struct report_input *in, struct rep_doc *d)
{
    title_block(in, d, _("ITA indicators, fiscal year %s"));
    if (!in->has_result) {
        rep_para(d, NULL, _("Nothing to show for this agency and year."));
        return;
    }
    add_indicator_table(in, d);
    add_totals(in, d);
    rep_para(d, NULL,
             _("Entered: published by ITAS. Computed: from the questions, the OIT items and the "
               "weights of the year's catalog."));
}
