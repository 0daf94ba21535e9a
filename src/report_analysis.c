/* The analysis-and-measures document of seeds 000 and 002: a title block with the agency
 * and the fiscal year, the opening paragraph with the total and the level and the score
 * table; part 1 the strengths and the weaknesses by threshold, then per tool the findings
 * of each issue with the scores printed under them; part 2 the measures of the next
 * fiscal year (มาตรการ | แนวทางการปฏิบัติ | ขั้นตอน/วิธีการปฏิบัติ | ผู้รับผิดชอบ |
 * การกำกับติดตาม); part 3 the five constraints; the signer. in->year is the assessed year. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"
#include "xalloc.h"

/* "ส่วนที่ 1 …": the part number goes through the document's digits. */
static void part_heading(struct rep_doc *d, int part, const char *fmt, int year)
{
    char p[16], y[16], line[1024];
    rep_num(d, p, sizeof p, "%d", part);
    rep_num(d, y, sizeof y, "%d", year);
    snprintf(line, sizeof line, fmt, p, y);
    rep_heading(d, 1, line);
}

static void add_title(const struct report_input *in, struct rep_doc *d)
{
    char y[16], line[1024];
    rep_num(d, y, sizeof y, "%d", in->year);
    rep_title(d, _("Analysis of the Integrity and Transparency Assessment (ITA) results"));
    snprintf(line, sizeof line, _("Fiscal year B.E. %s"), y);
    rep_title(d, line);
    report_title_agency(in, d);
    snprintf(line, sizeof line, _("ITA %s analysis: %s"), y, in->agency.name);
    rep_set_title(d, line);
}

static void add_scores(const struct report_input *in, struct rep_doc *d)
{
    const struct ita_result *r = &in->result;
    char t[32], level[256];
    report_total_level(in, d, t, sizeof t, level, sizeof level);
    char *line = rep_fmt(_("Overall score of %s: %s points; result level: %s. The scores by "
                           "indicator are as follows."),
                         in->agency.name ? in->agency.name : "", t, level);
    rep_body(d, line ? line : "");
    free(line);
    struct rep_table *tab = rep_table(d, 3);
    rep_col(tab, 0, _("Indicator no."), TT_ALIGN_CENTER, 10);
    rep_col(tab, 1, _("Indicator"), TT_ALIGN_LEFT, 0);
    rep_col(tab, 2, _("Score"), TT_ALIGN_RIGHT, 0);
    for (size_t i = 0; i < r->n_ind; i++) {
        struct opt_score v = score_effective(&r->ind[i].s);
        char no[16], sc[32];
        long row = rep_row(d, tab);
        rep_cell(d, tab, row, 0, rep_num(d, no, sizeof no, "%d", r->ind[i].s.no));
        rep_cell(d, tab, row, 1, r->ind[i].name_th);
        rep_cell(d, tab, row, 2, rep_score(d, sc, sizeof sc, v.set, v.v));
    }
}

static const char *tool_section(enum ita_tool tool)
{
    switch (tool) {
    case ITA_IIT:
        return _("Internal stakeholders' perception (IIT)");
    case ITA_EIT:
        return _("External stakeholders' perception (EIT)");
    default:
        return _("Open data (OIT)");
    }
}

static void score_row(struct rep_doc *d, struct rep_table *t, const char *code, const char *text,
                      int set, double score)
{
    char c[64], sc[32];
    long row = rep_row(d, t);
    rep_num(d, c, sizeof c, "%s", code ? code : "");
    rep_cellf(d, t, row, 0, "%s%s%s", c, *c && text && *text ? " " : "", text ? text : "");
    rep_cell(d, t, row, 1, rep_score(d, sc, sizeof sc, set, score));
}

/* The question and item scores printed under one issue (by issue number and by the
 * finding's linked OIT items); the indicator's score when nothing else is linked. */
static void add_issue_scores(const struct report_input *in, struct rep_doc *d,
                             const struct finding *f)
{
    char *end = NULL;
    long issue = f->issue_no ? strtol(f->issue_no, &end, 10) : 0;
    if (!end || *end) issue = -1; /* "3.1": no questions are printed under it */
    struct rep_table *t = NULL;
    int last_tool = -1;
    for (size_t i = 0; i < in->n_questions; i++) {
        const struct report_question *q = &in->questions[i];
        if (q->issue_no != issue) continue;
        if (!t) {
            t = rep_table(d, 2);
            rep_col(t, 0, _("Question"), TT_ALIGN_LEFT, 0);
            rep_col(t, 1, _("Score"), TT_ALIGN_RIGHT, 0);
        }
        if ((int)q->tool != last_tool) rep_section(d, t, tool_section(q->tool));
        last_tool = (int)q->tool;
        score_row(d, t, q->code, q->text, 1, q->score);
    }
    int items = 0;
    for (size_t i = 0; i < in->n_items; i++) {
        const struct report_item *it = &in->items[i];
        if (it->finding_id != f->id) continue;
        if (!t) {
            t = rep_table(d, 2);
            rep_col(t, 0, _("Question"), TT_ALIGN_LEFT, 0);
            rep_col(t, 1, _("Score"), TT_ALIGN_RIGHT, 0);
        }
        if (!items++) rep_section(d, t, tool_section(ITA_OIT));
        score_row(d, t, it->code, it->title, it->score_set, it->score);
    }
    if (t || f->indicator_no <= 0 || !in->has_result) return;
    for (size_t i = 0; i < in->result.n_ind; i++) {
        const struct result_indicator *ind = &in->result.ind[i];
        if (ind->s.no != f->indicator_no) continue;
        struct opt_score v = score_effective(&ind->s);
        t = rep_table(d, 2);
        rep_col(t, 0, _("Indicator"), TT_ALIGN_LEFT, 0);
        rep_col(t, 1, _("Score"), TT_ALIGN_RIGHT, 0);
        char no[16];
        rep_num(d, no, sizeof no, "%d", ind->s.no);
        score_row(d, t, no, ind->name_th, v.set, v.v);
    }
}

static const char *indicator_name(const struct report_input *in, int no)
{
    for (size_t i = 0; in->has_result && i < in->result.n_ind; i++)
        if (in->result.ind[i].s.no == no) return in->result.ind[i].name_th;
    return NULL;
}

static void add_finding(const struct report_input *in, struct rep_doc *d, const struct finding *f)
{
    char no[64];
    const char *title =
        f->issue_title && *f->issue_title ? f->issue_title : indicator_name(in, f->indicator_no);
    rep_num(d, no, sizeof no, "%s", f->issue_no ? f->issue_no : "");
    /* TRANSLATORS: heading of one issue of the analysis: "ประเด็นที่ 1 กระบวนการ…". */
    char *line = rep_fmt(_("Issue %s %s"), no, title ? title : "");
    rep_heading(d, 3, line ? line : no);
    free(line);
    add_issue_scores(in, d, f);
    if (f->assessment_point) rep_para(d, _("Assessment point"), f->assessment_point);
    if (f->strength) rep_para(d, _("Strength"), f->strength);
    if (f->weakness) rep_para(d, _("Weaknesses and improvements"), f->weakness);
    if (f->to_develop) rep_para(d, _("To develop"), f->to_develop);
    if (f->keep_level) rep_para(d, _("To keep at its level"), f->keep_level);
}

/* The tool an issue's findings belong under: as recorded, else that of the questions or
 * OIT items printed under it, else its indicator's; -1 when nothing says. */
static int finding_tool(const struct report_input *in, const struct finding *f)
{
    int t = f->tool ? ita_tool_parse(f->tool) : -1;
    if (t >= 0) return t;
    char *end = NULL;
    long issue = f->issue_no ? strtol(f->issue_no, &end, 10) : 0;
    for (size_t i = 0; end && !*end && i < in->n_questions; i++)
        if (in->questions[i].issue_no == issue) return (int)in->questions[i].tool;
    for (size_t i = 0; i < in->n_items; i++)
        if (in->items[i].finding_id == f->id) return ITA_OIT;
    for (size_t i = 0; in->has_result && i < in->result.n_ind; i++)
        if (in->result.ind[i].s.no == f->indicator_no) return (int)in->result.ind[i].s.tool;
    return -1;
}

/* Part 1's findings, per tool (IIT, EIT, OIT, then those no tool is known for); the
 * tool headings only when some finding has a tool. */
static void add_findings(const struct report_input *in, struct rep_doc *d)
{
    int *tools = xcalloc(in->n_findings ? in->n_findings : 1, sizeof *tools), any = 0;
    for (size_t i = 0; i < in->n_findings; i++)
        any |= (tools[i] = finding_tool(in, &in->findings[i])) >= 0;
    for (int t = 0; t <= ITA_TOOL_COUNT; t++) {
        int want = t < ITA_TOOL_COUNT ? t : -1, shown = 0;
        for (size_t i = 0; i < in->n_findings; i++) {
            if (tools[i] != want) continue;
            if (!shown++ && any) rep_heading(d, 2, report_tool_heading(want));
            add_finding(in, d, &in->findings[i]);
        }
    }
    free(tools);
}

/* One line per indicator whose score passes test: "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๙.๗๙ คะแนน". */
static void threshold_list(const struct report_input *in, struct rep_doc *d, int above,
                           double limit)
{
    int shown = 0;
    for (size_t i = 0; i < in->result.n_ind; i++) {
        const struct result_indicator *ind = &in->result.ind[i];
        struct opt_score v = score_effective(&ind->s);
        if (!v.set || (above ? !(v.v > limit) : !(v.v < limit))) continue;
        char no[16], sc[32];
        rep_num(d, no, sizeof no, "%d", ind->s.no);
        rep_score(d, sc, sizeof sc, 1, v.v);
        /* TRANSLATORS: a strength or weakness: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (99.79 คะแนน)". */
        char *line =
            rep_fmt(_("Indicator %s %s (%s points)"), no, ind->name_th ? ind->name_th : "", sc);
        rep_para(d, NULL, line ? line : "");
        free(line);
        shown++;
    }
    if (!shown) rep_para(d, NULL, _("(none)"));
}

/* Strengths above REPORT_STRONG and weaknesses to fix urgently below REPORT_WEAK. */
static void add_thresholds(const struct report_input *in, struct rep_doc *d)
{
    char a[16], b[16], line[512];
    rep_num(d, a, sizeof a, "%d", REPORT_STRONG);
    rep_num(d, b, sizeof b, "%d", REPORT_WEAK);
    snprintf(line, sizeof line, _("Strengths (indicators scoring above %s)"), a);
    rep_heading(d, 2, line);
    threshold_list(in, d, 1, REPORT_STRONG);
    snprintf(line, sizeof line, _("Weaknesses to fix urgently (indicators scoring below %s)"), b);
    rep_heading(d, 2, line);
    threshold_list(in, d, 0, REPORT_WEAK);
}

static void add_constraints(const struct report_input *in, struct rep_doc *d)
{
    part_heading(d, 3, _("Part %s: The agency's constraints in the ITA of fiscal year %s"),
                 in->year);
    for (int n = 1; n <= PLAN_CONSTRAINT_HEADINGS; n++) {
        const struct constraint_note *c = NULL;
        for (size_t i = 0; i < in->n_constraints; i++)
            if (in->constraints[i].heading_no == n) c = &in->constraints[i];
        char no[16], heading[1024];
        if (c && c->heading && *c->heading)
            snprintf(heading, sizeof heading, "%s", c->heading);
        else
            snprintf(heading, sizeof heading, _("Constraints: %s"), plan_constraint_heading(n));
        rep_num(d, no, sizeof no, "%d", n);
        char *line = rep_fmt("%s. %s", no, heading);
        rep_heading(d, 2, line ? line : heading);
        free(line);
        if (c && c->text && *c->text) {
            char *text = c->text[0] == '-' ? NULL : rep_fmt("- %s", c->text);
            rep_para(d, NULL, text ? text : c->text);
            free(text);
        } else {
            rep_para(d, NULL, _("(not recorded)"));
        }
    }
}

void report_build_analysis(const struct report_input *in, struct rep_doc *d)
{
    add_title(in, d);
    if (in->has_result) add_scores(in, d);
    part_heading(d, 1, _("Part %s: Analysis of the ITA results of fiscal year %s"), in->year);
    if (in->has_result) add_thresholds(in, d);
    add_findings(in, d);
    if (!in->n_findings) rep_para(d, NULL, _("(not recorded)"));
    part_heading(d, 2,
                 _("Part %s: Putting the analysis into practice (measures of fiscal year %s)"),
                 in->year + 1);
    report_measures_table(in, d);
    add_constraints(in, d);
    rep_signature(d, in->signer_name, in->signer_position);
}
