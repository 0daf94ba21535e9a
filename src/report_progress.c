/* Measures in documents: the measures table of the analysis (part 2, seed 002's columns)
 * and the progress report agencies publish the year after: the opening paragraph with the
 * total and the level, per tool its lowest indicator, then one row per weakness and
 * approach -- the measures answering them listed together -- with the follow-up ticked
 * (ดำเนินการแล้ว / ยังไม่ได้ดำเนินการ) and the results. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"
#include "xalloc.h"

char *report_measure_period(const struct rep_doc *d, const struct measure *m)
{
    if (m->period_text && *m->period_text) return rep_typed_date(d, m->period_text);
    char a[128], b[128];
    rep_date(d, a, sizeof a, m->start_date);
    rep_date(d, b, sizeof b, m->end_date);
    return rep_fmt("%s%s%s", a, *a && *b ? " \u2013 " : "", b);
}

static int empty(const char *s)
{
    return !s || !*s;
}

static const char *indicator_name(const struct report_input *in, int no)
{
    for (size_t i = 0; in->has_result && i < in->result.n_ind; i++)
        if (in->result.ind[i].s.no == no) return in->result.ind[i].name_th;
    return NULL;
}

/* The text of the finding a measure answers (the first of its kinds that has one), NULL
 * when it answers none or that finding is not among the loaded ones. */
static const char *finding_text(const struct report_input *in, long id)
{
    for (size_t i = 0; id && i < in->n_findings; i++) {
        struct finding *f = &in->findings[i];
        if (f->id != id) continue;
        char **text = finding_kind_text(f, finding_kind_of(f));
        return text && !empty(*text) ? *text : NULL;
    }
    return NULL;
}

/* The weakness (issue) a measure answers, as printed: its own label, else the finding it
 * is linked to, else the label of an earlier measure of the same issue (a continuation row
 * in the seed), else its indicator or issue number. Malloc'd. */
static char *weakness_of(const struct report_input *in, const struct rep_doc *d, size_t i)
{
    const struct measure *m = &in->measures[i];
    if (!empty(m->issue_label)) return xstrdup(m->issue_label);
    const char *finding = finding_text(in, m->finding_id);
    if (finding) return xstrdup(finding);
    for (size_t j = i; !empty(m->issue_no) && j-- > 0;)
        if (!empty(in->measures[j].issue_no) &&
            strcmp(in->measures[j].issue_no, m->issue_no) == 0 &&
            !empty(in->measures[j].issue_label))
            return xstrdup(in->measures[j].issue_label);
    char no[64];
    if (m->indicator_no > 0) {
        const char *name = indicator_name(in, m->indicator_no);
        rep_num(d, no, sizeof no, "%d", m->indicator_no);
        return xasprintf(_("Indicator %s %s"), no, name ? name : "");
    }
    if (!empty(m->issue_no)) {
        rep_num(d, no, sizeof no, "%s", m->issue_no);
        /* TRANSLATORS: the issue a measure answers, by number ("ประเด็นที่ 3"). */
        return xasprintf(_("Issue %s"), no);
    }
    return xstrdup("");
}

/* ---- The analysis's measures table ---- */

/* How the measure is followed up: as typed, else its monitoring rounds, then its period. */
static char *monitoring_of(const struct rep_doc *d, const struct measure *m)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    if (!empty(m->monitoring)) {
        fputs(m->monitoring, f);
    } else {
        int months[4], n = measure_round_months(m->rounds, months);
        if (n) fputs(_("Report the results of the measure"), f);
        for (int r = 0; r < n; r++) {
            char mo[16];
            rep_num(d, mo, sizeof mo, "%d", months[r]);
            fprintf(f, "\n- ");
            fprintf(f, _("%s-month round"), mo);
        }
    }
    char *period = report_measure_period(d, m);
    if (period && *period) fprintf(f, "%s%s %s", ftell(f) ? "\n" : "", _("Period:"), period);
    free(period);
    if (fclose(f)) {
        free(buf);
        return NULL;
    }
    return buf;
}

void report_measures_table(const struct report_input *in, struct rep_doc *d)
{
    if (!in->n_measures) {
        char y[16], line[256];
        rep_num(d, y, sizeof y, "%d", in->year + 1);
        snprintf(line, sizeof line, _("No measures are recorded for fiscal year %s."), y);
        rep_para(d, NULL, line);
        return;
    }
    struct rep_table *t = rep_table(d, 5);
    rep_col(t, 0, _("Measure"), TT_ALIGN_LEFT, 0);
    rep_col(t, 1, _("Approach to follow"), TT_ALIGN_LEFT, 0);
    rep_col(t, 2, _("Steps / how it is carried out"), TT_ALIGN_LEFT, 0);
    rep_col(t, 3, _("Responsible"), TT_ALIGN_LEFT, 16);
    rep_col(t, 4, _("Monitoring"), TT_ALIGN_LEFT, 24);
    char *last = NULL;
    for (size_t i = 0; i < in->n_measures; i++) {
        const struct measure *m = &in->measures[i];
        char *issue = weakness_of(in, d, i);
        if (*issue && (!last || strcmp(last, issue) != 0)) rep_section(d, t, issue);
        free(last);
        last = issue;
        long row = rep_row(d, t);
        rep_cell(d, t, row, 0, m->title);
        rep_cell(d, t, row, 1, m->approach);
        rep_cell(d, t, row, 2, m->steps);
        rep_cell(d, t, row, 3, m->responsible);
        char *mon = monitoring_of(d, m);
        if (!mon) d->oom = 1;
        rep_cell(d, t, row, 4, mon);
        free(mon);
    }
    free(last);
}

/* ---- The progress report ---- */

/* The results of a measure: what was done, the outcome, each monitoring round reported. */
static void put_results(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    const char *sep = "";
    if (!empty(m->result)) {
        fputs(m->result, f);
        sep = "\n";
    }
    if (!empty(m->outcome)) {
        fprintf(f, "%s%s %s", sep, _("Outcome:"), m->outcome);
        sep = "\n";
    }
    for (size_t k = 0; k < m->n_progress; k++) {
        const struct progress_round *p = &m->progress[k];
        if (empty(p->text) && empty(p->reported_on)) continue;
        char mo[16], title[128], date[128];
        rep_num(d, mo, sizeof mo, "%d", p->months);
        snprintf(title, sizeof title, _("%s-month round"), mo);
        rep_date(d, date, sizeof date, p->reported_on);
        fprintf(f, "%s%s%s%s: %s", sep, title, *date ? " " : "", date, p->text ? p->text : "");
        sep = "\n";
    }
}

static const char *approach_of(const struct measure *m)
{
    return m->approach ? m->approach : "";
}

/* Measures i..j-1 share a weakness and an approach: one row. */
static size_t group_end(const struct report_input *in, const struct rep_doc *d, size_t i,
                        const char *weak)
{
    size_t j = i + 1;
    for (; j < in->n_measures; j++) {
        char *w = weakness_of(in, d, j);
        int same = strcmp(w, weak) == 0 &&
                   strcmp(approach_of(&in->measures[j]), approach_of(&in->measures[i])) == 0;
        free(w);
        if (!same) break;
    }
    return j;
}

typedef void (*cell_fn)(FILE *f, const struct rep_doc *d, const struct measure *m);

static void title_of(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    fputs(m->title ? m->title : "", f);
}

static void steps_of(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    fputs(m->steps ? m->steps : "", f);
}

static void responsible_of(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    fputs(m->responsible ? m->responsible : "", f);
}

static void done_of(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    if (m->status == ITA_DONE) fputs(REP_TICK, f);
}

static void not_done_of(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    if (m->status == ITA_DONE) return;
    fputs(REP_TICK, f);
    if (m->status == ITA_IN_PROGRESS) fprintf(f, " %s", rep_check_label(ITA_IN_PROGRESS));
}

/* A cell of measures i..j-1: each one's piece, numbered "๑) …" on lines of their own when
 * there are several (empty pieces left out); a piece all of them share is printed once. */
static void group_cell(struct rep_doc *d, struct rep_table *t, long row, size_t col,
                       const struct report_input *in, size_t i, size_t j, cell_fn fn)
{
    size_t n = j - i;
    char **piece = xcalloc(n, sizeof *piece);
    int all_same = fn != done_of && fn != not_done_of;
    for (size_t k = 0; k < n; k++) {
        size_t len;
        FILE *f = open_memstream(&piece[k], &len);
        if (!f) continue;
        fn(f, d, &in->measures[i + k]);
        fclose(f);
        if (!piece[k]) piece[k] = xstrdup("");
        if (k && strcmp(piece[k], piece[0])) all_same = 0;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f) {
        int lines = 0;
        for (size_t k = 0; k < (all_same ? 1 : n); k++) {
            if (!piece[k] || !*piece[k]) continue;
            if (lines) fputc('\n', f);
            if (n > 1 && !all_same) {
                char no[16];
                rep_num(d, no, sizeof no, "%zu)", k + 1);
                fprintf(f, "%s ", no);
            }
            fputs(piece[k], f);
            lines++;
        }
        fclose(f);
    }
    if (!buf) d->oom = 1;
    rep_cell(d, t, row, col, buf);
    free(buf);
    for (size_t k = 0; k < n; k++)
        free(piece[k]);
    free(piece);
}

static void results_of(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    put_results(f, d, m);
}

static void approach_cell(FILE *f, const struct rep_doc *d, const struct measure *m)
{
    fputs(approach_of(m), f);
}

static void progress_table(const struct report_input *in, struct rep_doc *d)
{
    struct rep_table *t = rep_table(d, 7);
    rep_col(t, 0, _("Weakness found in the assessment"), TT_ALIGN_LEFT, 0);
    rep_col(t, 1, _("Approach to put the analysis into practice"), TT_ALIGN_LEFT, 0);
    rep_col(t, 2, _("Measure"), TT_ALIGN_LEFT, 0);
    rep_col(t, 3, _("Responsible"), TT_ALIGN_LEFT, 14);
    rep_col(t, 4, _("Carried out"), TT_ALIGN_CENTER, 0);
    rep_col(t, 5, _("Not yet done"), TT_ALIGN_CENTER, 0);
    rep_col_group(t, 4, _("Follow-up"));
    rep_col_group(t, 5, _("Follow-up"));
    rep_col(t, 6, _("Results of the work"), TT_ALIGN_LEFT, 0);
    for (size_t i = 0; i < in->n_measures;) {
        char *weak = weakness_of(in, d, i);
        size_t j = group_end(in, d, i, weak);
        long row = rep_row(d, t);
        rep_cell(d, t, row, 0, weak);
        /* Without an approach, the steps say how the measures are carried out. */
        int has_approach = *approach_of(&in->measures[i]);
        group_cell(d, t, row, 1, in, i, j, has_approach ? approach_cell : steps_of);
        group_cell(d, t, row, 2, in, i, j, title_of);
        group_cell(d, t, row, 3, in, i, j, responsible_of);
        group_cell(d, t, row, 4, in, i, j, done_of);
        group_cell(d, t, row, 5, in, i, j, not_done_of);
        group_cell(d, t, row, 6, in, i, j, results_of);
        free(weak);
        i = j;
    }
}

/* "จากการประเมิน… ได้คะแนน 90.49 อยู่ในระดับ ผ่าน …ดังนี้". */
static void opening(const struct report_input *in, struct rep_doc *d)
{
    char y[16], ry[16], total[32], level[256];
    rep_num(d, y, sizeof y, "%d", in->year);
    rep_num(d, ry, sizeof ry, "%d", report_result_year(in));
    const char *name = in->agency.name ? in->agency.name : "";
    char *line;
    if (report_total_level(in, d, total, sizeof total, level, sizeof level))
        line = rep_fmt(_("In the Integrity and Transparency Assessment of %s for fiscal year %s, "
                         "the agency scored %s points, at the level %s. %s has carried out the "
                         "measures to promote integrity and transparency of fiscal year %s as "
                         "follows."),
                       name, ry, total, level, name, y);
    else
        line = rep_fmt(_("%s has carried out the measures to promote integrity and transparency "
                         "of fiscal year %s as follows."),
                       name, y);
    rep_body(d, line ? line : "");
    free(line);
}

/* Per tool, its lowest indicator and score ("…พบว่า ผลคะแนนของตัวชี้วัด… มีค่าต่ำสุด"). */
static void lowest_per_tool(const struct report_input *in, struct rep_doc *d)
{
    for (int tool = 0; in->has_result && tool < ITA_TOOL_COUNT; tool++) {
        const struct result_indicator *low = NULL;
        double lv = 0;
        for (size_t i = 0; i < in->result.n_ind; i++) {
            const struct result_indicator *ind = &in->result.ind[i];
            struct opt_score v = score_effective(&ind->s);
            if ((int)ind->s.tool != tool || !v.set) continue;
            if (!low || v.v < lv) {
                low = ind;
                lv = v.v;
            }
        }
        if (!low) continue;
        char no[16], sc[32];
        rep_num(d, no, sizeof no, "%d", low->s.no);
        rep_score(d, sc, sizeof sc, 1, lv);
        char *line = rep_fmt(_("the lowest score is that of indicator %s %s: %s points."), no,
                             low->name_th ? low->name_th : "", sc);
        rep_para(d, report_tool_heading(tool), line ? line : "");
        free(line);
    }
}

void report_build_progress(const struct report_input *in, struct rep_doc *d)
{
    char y[16], line[512];
    rep_num(d, y, sizeof y, "%d", in->year);
    snprintf(line, sizeof line,
             _("Report on the measures to promote integrity and transparency, fiscal year %s"), y);
    rep_set_title(d, line);
    rep_title(d, _("Report on the results of the measures to promote integrity and "
                   "transparency within the agency"));
    snprintf(line, sizeof line, _("Fiscal year B.E. %s"), y);
    rep_title(d, line);
    report_title_agency(in, d);
    d->landscape = 1;
    opening(in, d);
    lowest_per_tool(in, d);
    if (!in->n_measures) {
        snprintf(line, sizeof line, _("No measures are recorded for fiscal year %s."), y);
        rep_para(d, NULL, line);
    } else {
        progress_table(in, d);
        int done = 0;
        for (size_t i = 0; i < in->n_measures; i++)
            done += in->measures[i].status == ITA_DONE;
        char a[16], b[16];
        rep_num(d, a, sizeof a, "%d", done);
        rep_num(d, b, sizeof b, "%zu", in->n_measures);
        snprintf(line, sizeof line, _("Done: %s of %s measures."), a, b);
        rep_para(d, NULL, line);
    }
    rep_signature(d, in->signer_name, in->signer_position);
}
