#include "ui_plans_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_finding.h"
#include "db_plan.h"
#include "i18n.h"
#include "text/tt.h"
#include "timefmt.h"
#include "ui_draw.h"
#include "xalloc.h"

/* TRANSLATORS: short states in the measures table (8 columns). */
static const char *const short_states[] = {N_("to do"), N_("doing"), N_("done")};

void plans_view_free(struct plans_view *v)
{
    measures_free(v->m, v->nm);
    findings_free(v->f, v->nf);
    constraints_free(v->c, v->nc);
    for (size_t i = 0; i < v->ngroups; i++)
        free(v->groups[i]);
    for (size_t i = 0; v->links && i < v->nf; i++)
        free(v->links[i]);
    free(v->groups);
    free(v->links);
    free(v->rows);
    *v = (struct plans_view){0};
}

/* What groups measures: the issue number, else the issue text, else the indicator. */
static void group_key(const struct measure *m, char *buf, size_t n)
{
    if (m->issue_no && *m->issue_no)
        snprintf(buf, n, "i:%s", m->issue_no);
    else if (m->issue_label && *m->issue_label)
        snprintf(buf, n, "l:%s", m->issue_label);
    else if (m->indicator_no)
        snprintf(buf, n, "n:%d", m->indicator_no);
    else
        buf[0] = '\0';
}

static char *group_title(const struct plans_view *v, size_t first, const char *key)
{
    char buf[512], k[512];
    for (size_t i = first; i < v->nm; i++) {
        group_key(&v->m[i], k, sizeof k);
        if (strcmp(k, key) != 0) break;
        if (v->m[i].issue_label && *v->m[i].issue_label) return xstrdup(v->m[i].issue_label);
    }
    const struct measure *m = &v->m[first];
    if (m->issue_no && *m->issue_no)
        snprintf(buf, sizeof buf, _("Issue %s"), m->issue_no);
    else if (m->indicator_no)
        snprintf(buf, sizeof buf, _("Indicator %d"), m->indicator_no);
    else
        snprintf(buf, sizeof buf, "%s", _("Other measures"));
    return xstrdup(buf);
}

/* Rows: a heading row before each run of measures of one group. */
static void group_rows(struct plans_view *v)
{
    v->rows = xcalloc(2 * v->nm + 1, sizeof *v->rows);
    v->groups = xcalloc(v->nm + 1, sizeof *v->groups);
    char prev[512] = "\x01", key[512];
    for (size_t i = 0; i < v->nm; i++) {
        group_key(&v->m[i], key, sizeof key);
        if (strcmp(key, prev) != 0) {
            v->groups[v->ngroups] = group_title(v, i, key);
            v->rows[v->nrows++] = -1 - (int)v->ngroups++;
            snprintf(prev, sizeof prev, "%s", key);
        }
        v->rows[v->nrows++] = (int)i;
    }
}

static int load_links(struct plans_view *v, struct ui_app *app, struct db_error *err)
{
    v->links = xcalloc(v->nf + 1, sizeof *v->links);
    for (size_t i = 0; i < v->nf; i++) {
        char *ind, *oit;
        if (db_finding_links(app->db, v->f[i].id, &ind, &oit, err)) return -1;
        char *qs = db_finding_questions(app->db, v->f[i].id, err);
        v->links[i] = xasprintf("%s%s%s%s%s", ind, *ind && qs && *qs ? " / " : "", qs ? qs : "",
                                (*ind || (qs && *qs)) && *oit ? " / " : "", oit);
        free(qs);
        free(ind);
        free(oit);
    }
    return 0;
}

int plans_view_load(struct plans_view *v, struct ui_app *app)
{
    struct db_error err = {{0}};
    plans_view_free(v);
    timefmt_today(v->today);
    if (db_measures_list(app->db, app->agency_id, app->year + 1, &v->m, &v->nm, &err) ||
        db_findings_list(app->db, app->agency_id, app->year, &v->f, &v->nf, &err) ||
        db_constraints_list(app->db, app->agency_id, app->year, &v->c, &v->nc, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    group_rows(v);
    if (load_links(v, app, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    return 0;
}

/* TRANSLATORS: column titles of the measures, findings and constraints tables. */
static const struct ui_column measure_cols[] = {
    {N_("ID"), 4, 0, TT_ALIGN_RIGHT, 0, 0},
    {N_("Measure title"), 0, 16, TT_ALIGN_LEFT, 0, 0},
    {N_("Responsible"), 14, 0, TT_ALIGN_LEFT, 2, 0},
    {N_("Period"), 21, 0, TT_ALIGN_LEFT, 3, 0},
    {N_("Status"), 8, 0, TT_ALIGN_LEFT, 0, 0},
    {N_("Next round"), 24, 0, TT_ALIGN_LEFT, 1, 0},
};
static const struct ui_column finding_cols[] = {
    {N_("ID"), 4, 0, TT_ALIGN_RIGHT, 3, 0},
    {N_("No."), 4, 0, TT_ALIGN_RIGHT, 0, 0},
    {N_("Issue"), 0, 16, TT_ALIGN_LEFT, 0, 0},
    {N_("Kind"), 14, 0, TT_ALIGN_LEFT, 2, 0},
    {N_("Indicators / OIT"), 18, 0, TT_ALIGN_LEFT, 1, 0},
};
static const struct ui_column constraint_cols[] = {
    {N_("No."), 4, 0, TT_ALIGN_RIGHT, 0, 0},
    {N_("Constraint"), 0, 12, TT_ALIGN_LEFT, 0, 0},
    {N_("Text"), 0, 12, TT_ALIGN_LEFT, 1, 0},
};

int plans_view_columns(int tab, struct ui_column *out)
{
    const struct ui_column *src = tab == 0   ? measure_cols
                                  : tab == 1 ? finding_cols
                                             : constraint_cols;
    int n = tab == 0 ? 6 : tab == 1 ? 5 : 3;
    for (int i = 0; i < n; i++) {
        out[i] = src[i];
        out[i].title = _(src[i].title);
    }
    return n;
}

static void short_date(const char *iso, char *buf, size_t n)
{
    tt_date d;
    buf[0] = '\0';
    if (!iso || tt_date_parse(iso, &d) != TT_DATE_OK) return;
    char *t = tt_date_format(d, TT_DATE_ABBR_YY);
    snprintf(buf, n, "%s", t ? t : "");
    free(t);
}

static void next_round_cell(const struct plans_view *v, const struct measure *m,
                            struct ui_cell *out)
{
    int months = 0;
    char due[11], when[40];
    enum round_due d = measure_next_round(m, v->today, &months, due);
    if (d == ROUND_NONE) {
        out->text = "-";
        return;
    }
    short_date(due, when, sizeof when);
    /* TRANSLATORS: next monitoring round: months, due date, "due"/"overdue". */
    snprintf(out->buf, sizeof out->buf, _("%d mo. %s %s"), months, when[0] ? when : "?",
             measure_round_label(d));
    out->text = out->buf;
    if (d == ROUND_OVERDUE) out->role = UI_ROLE_WARN;
    if (d == ROUND_DUE) out->role = UI_ROLE_HEADER;
}

static void measure_cell(const struct plans_view *v, long row, int col, struct ui_cell *out)
{
    int r = v->rows[row];
    if (r < 0) {
        if (col == 1) out->text = v->groups[-1 - r];
        out->role = UI_ROLE_HEADER;
        return;
    }
    const struct measure *m = &v->m[r];
    char a[40], b[40];
    switch (col) {
    case 0:
        snprintf(out->buf, sizeof out->buf, "%ld", m->id);
        out->text = out->buf;
        break;
    case 1:
        out->text = m->title;
        break;
    case 2:
        out->text = m->responsible ? m->responsible : "-";
        break;
    case 3:
        short_date(m->start_date, a, sizeof a);
        short_date(m->end_date, b, sizeof b);
        snprintf(out->buf, sizeof out->buf, "%s-%s", a, b);
        out->text = a[0] || b[0] ? out->buf : m->period_text;
        break;
    case 4:
        out->text = _(short_states[m->status]);
        if (m->status == ITA_DONE) out->role = UI_ROLE_GOOD;
        break;
    default:
        next_round_cell(v, m, out);
    }
}

void plans_view_cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct plans_cell_ctx *c = ctx;
    const struct plans_view *v = c->v;
    if (c->tab == 0) {
        measure_cell(v, row, col, out);
        return;
    }
    if (c->tab == 1) {
        const struct finding *f = &v->f[row];
        int kind = finding_kind_of(f), kinds = 0;
        for (int k = 0; k < FINDING_KINDS; k++) {
            const char *t = *finding_kind_text((struct finding *)f, k);
            kinds += t && *t;
        }
        /* TRANSLATORS: a finding with texts of more than one kind. */
        if (col == 0) { /* the id a measure names to answer this finding */
            snprintf(out->buf, sizeof out->buf, "%ld", f->id);
            out->text = out->buf;
            return;
        }
        out->text = col == 1   ? f->issue_no
                    : col == 2 ? (f->issue_title ? f->issue_title : f->assessment_point)
                    : col == 3 ? (kinds > 1 ? _("several kinds") : finding_kind_label(kind))
                               : v->links[row];
        return;
    }
    int heading = (int)row + 1;
    const struct constraint_note *n = NULL;
    for (size_t i = 0; i < v->nc; i++)
        if (v->c[i].heading_no == heading) n = &v->c[i];
    if (col == 0) {
        snprintf(out->buf, sizeof out->buf, "%d", heading);
        out->text = out->buf;
    } else if (col == 1) {
        out->text = plan_constraint_heading(heading);
    } else {
        out->text = n && n->text && *n->text ? n->text : "-";
        if (!n || !n->text || !*n->text) out->role = UI_ROLE_DIM;
    }
}

static void labelled(struct ui_doc *d, struct ui_app *app, const char *label, const char *text)
{
    if (!text || !*text) return;
    ui_doc_add(d, 0, UI_ROLE_HEADER, label, NULL, UI_ROLE_NORMAL, -1);
    ui_doc_add_wrapped(d, tt_brk_shared(), 2, UI_ROLE_NORMAL, text, NULL, UI_ROLE_NORMAL);
}

void plans_view_preview(struct plans_view *v, struct ui_app *app, int tab, long row,
                        struct ui_doc *d)
{
    if (tab == 1 && row >= 0 && (size_t)row < v->nf) {
        const struct finding *f = &v->f[row];
        labelled(d, app, _("Weaknesses to fix"), f->weakness);
        labelled(d, app, _("To develop"), f->to_develop);
        labelled(d, app, _("To keep"), f->keep_level);
        labelled(d, app, _("Strength"), f->strength);
        labelled(d, app, _("Assessment point"), f->assessment_point);
        return;
    }
    for (size_t i = 0; tab == 2 && i < v->nc; i++)
        if (v->c[i].heading_no == (int)row + 1)
            labelled(d, app, plan_constraint_heading(v->c[i].heading_no), v->c[i].text);
}
