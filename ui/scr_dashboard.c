/* Dashboard: the agency's year at a glance. Left: total and level (entered and computed),
 * national average, tool means, the ten indicators as bars with the weakest marked. Right
 * (or below, when narrow): OIT checklist progress per sub-indicator, measures by status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_view_result.h"
#include "db_review.h"
#include "i18n.h"
#include "text/tt.h"
#include "ui_doc.h"
#include "ui_draw.h"
#include "ui_plans.h"
#include "ui_result.h"
#include "ui_screens.h"
#include "ui_whatif.h"
#include "xalloc.h"

#define TWO_COLUMNS_MIN 100 /* columns from which the two halves stand side by side */

struct dash {
    int loaded;
    long agency_id; /* what it shows */
    int year;
    unsigned long long stamp; /* db_data_stamp when it was read */
    struct ita_result r;
    struct db_view_oit_group *groups;
    size_t ngroups;
    int measures_next[ITA_STATE_COUNT], measures_this[ITA_STATE_COUNT];
    long returned; /* OIT items a reviewer sent back to the officers */
    struct ui_doc left, right;
    struct ui_whatif_panel whatif; /* the what-if section (ui_whatif.h) */
    int two;
    struct ui_rect lr, rr;
};

static void unload(struct dash *d)
{
    if (d->loaded) result_free(&d->r);
    db_view_oit_groups_free(d->groups, d->ngroups);
    d->groups = NULL;
    d->ngroups = 0;
    d->loaded = 0;
}

static int load(struct dash *d, struct ui_app *app)
{
    unload(d);
    d->agency_id = app->agency_id;
    d->year = app->year;
    d->stamp = db_data_stamp(app->db);
    struct db_error err;
    int began = db_read_begin(app->db, &err); /* the counts match the result: one snapshot */
    if (ui_load_result(app, &d->r)) {
        db_read_end(app->db, began);
        return -1;
    }
    d->loaded = 1;
    if (began < 0 ||
        db_view_oit_groups(app->db, app->agency_id, app->year, &d->groups, &d->ngroups, &err) ||
        db_view_measure_counts(app->db, app->agency_id, app->year + 1, d->measures_next, &err) ||
        db_view_measure_counts(app->db, app->agency_id, app->year, d->measures_this, &err) ||
        (d->returned = db_oit_returned_count(app->db, app->agency_id, app->year, &err)) < 0)
        ui_message(app, 1, "%s", err.msg);
    db_read_end(app->db, began);
    return 0;
}

#define LABEL_COLS 18 /* the values of the summary start in this column */

/* "label      value", the label padded by display columns (Thai labels have marks). */
static void line_kv(struct ui_doc *doc, const char *label, const char *value)
{
    char *padded = tt_pad_cols(label, LABEL_COLS, TT_ALIGN_LEFT);
    char text[512];
    snprintf(text, sizeof text, "%s %s", padded ? padded : label, value);
    free(padded);
    ui_doc_add(doc, 0, UI_ROLE_NORMAL, text, NULL, UI_ROLE_NORMAL, -1);
}

static const char *status_text(const char *status)
{
    if (!status) return "-";
    if (strcmp(status, "complete") == 0) return _("complete");
    if (strcmp(status, "partial") == 0) return _("partial");
    if (strcmp(status, "provisional") == 0) return _("provisional");
    return status;
}

static void add_summary(struct dash *d, struct ui_app *app, struct ui_doc *doc)
{
    const struct ita_result *r = &d->r;
    char a[64], b[64], v[256];
    ui_doc_add(doc, 0, UI_ROLE_HEADER, r->agency_name, NULL, UI_ROLE_NORMAL, -1);
    snprintf(v, sizeof v, _("Fiscal year %d (catalog: %s)"), r->year,
             status_text(r->framework_status));
    ui_doc_add(doc, 0, UI_ROLE_NORMAL, v, NULL, UI_ROLE_NORMAL, -1);
    ui_score_text(a, sizeof a, r->total_entered.set, r->total_entered.v);
    ui_score_text(b, sizeof b, r->summary.total.set, r->summary.total.v);
    snprintf(v, sizeof v, _("entered %s, computed %s"), a, b);
    line_kv(doc, _("Total score"), v);
    snprintf(v, sizeof v, _("entered %s, computed %s"), r->level_entered ? r->level_entered : "-",
             ui_band_label(app, r->grade));
    line_kv(doc, _("Result level"), v);
    ui_score_text(a, sizeof a, r->national_average.set, r->national_average.v);
    line_kv(doc, _("National average"), a);
    char t[3][16];
    for (int i = 0; i < ITA_TOOL_COUNT; i++)
        ui_score_text(t[i], sizeof t[i], r->summary.tool_mean[i].set, r->summary.tool_mean[i].v);
    snprintf(v, sizeof v, "IIT %s  EIT %s  OIT %s", t[0], t[1], t[2]);
    line_kv(doc, _("Tool means"), v);
    /* At the top, where an officer looks first: work a reviewer sent back. */
    if (d->returned > 0) {
        snprintf(v, sizeof v,
                 ngettext("Sent back by a reviewer: %ld OIT item (o, then f to list it)",
                          "Sent back by a reviewer: %ld OIT items (o, then f to list them)",
                          (unsigned long)d->returned),
                 d->returned);
        ui_doc_add(doc, 0, UI_ROLE_WARN, v, NULL, UI_ROLE_NORMAL, -1);
    }
}

static void add_indicators(struct dash *d, struct ui_app *app, struct ui_doc *doc)
{
    ui_doc_gap(doc);
    ui_doc_add(doc, 0, UI_ROLE_HEADER, _("Indicators (* = weakest)"), _("score"), UI_ROLE_HEADER,
               -1);
    int weakest = ui_weakest(&d->r);
    for (size_t i = 0; i < d->r.n_ind; i++) {
        const struct result_indicator *ind = &d->r.ind[i];
        struct opt_score v = score_effective(&ind->s);
        char text[512], score[32];
        snprintf(text, sizeof text, "%c%2d %s", (int)i == weakest ? '*' : ' ', ind->s.no,
                 ui_indicator_name(app, ind));
        ui_indicator_score(ind, score, sizeof score);
        int differs = score_differs(ind->s.entered, ind->s.computed) && ind->s.computed.set &&
                      ind->s.entered.set;
        if (differs) strncat(score, "≠", sizeof score - strlen(score) - 1);
        ui_doc_add(doc, 0, (int)i == weakest ? UI_ROLE_WEAK : UI_ROLE_NORMAL, text, score,
                   differs ? UI_ROLE_WARN : UI_ROLE_NORMAL, v.set ? v.v : 0);
    }
    if (!d->r.n_ind)
        ui_doc_add(doc, 1, UI_ROLE_DIM, _("The catalog has no indicators for this year."), NULL,
                   UI_ROLE_NORMAL, -1);
}

static void add_oit(struct dash *d, struct ui_app *app, struct ui_doc *doc)
{
    ui_doc_add(doc, 0, UI_ROLE_HEADER, _("OIT checklist (done/items)"), NULL, UI_ROLE_NORMAL, -1);
    int done = 0, total = 0;
    for (size_t i = 0; i < d->ngroups; i++) {
        const struct db_view_oit_group *g = &d->groups[i];
        char text[512], right[32];
        if (g->title && g->key && strcmp(g->title, g->key) != 0)
            snprintf(text, sizeof text, " %s %s", g->key, g->title);
        else
            snprintf(text, sizeof text, " %s", g->title ? g->title : g->key ? g->key : "-");
        snprintf(right, sizeof right, "%d/%d", g->state[ITA_DONE], g->total);
        ui_doc_add(doc, 0, UI_ROLE_NORMAL, text, right, UI_ROLE_NORMAL,
                   g->total ? 100.0 * g->state[ITA_DONE] / g->total : 0);
        done += g->state[ITA_DONE];
        total += g->total;
    }
    if (!d->ngroups) {
        ui_doc_add(doc, 1, UI_ROLE_DIM, _("No OIT items in the catalog for this year."), NULL,
                   UI_ROLE_NORMAL, -1);
        return;
    }
    char right[32];
    snprintf(right, sizeof right, "%d/%d", done, total);
    ui_doc_add(doc, 0, UI_ROLE_HEADER, _(" All items"), right, UI_ROLE_HEADER,
               total ? 100.0 * done / total : 0);
}

static void add_measure_line(struct ui_doc *doc, const char *label, const int *c)
{
    char right[64];
    snprintf(right, sizeof right, "%d/%d/%d", c[ITA_NOT_DONE], c[ITA_IN_PROGRESS], c[ITA_DONE]);
    ui_doc_add(doc, 0, UI_ROLE_NORMAL, label, right, UI_ROLE_NORMAL, -1);
}

static void add_measures(struct dash *d, struct ui_app *app, struct ui_doc *doc)
{
    char label[256];
    ui_doc_gap(doc);
    ui_doc_add(doc, 0, UI_ROLE_HEADER, _("Measures (not done/in progress/done)"), NULL,
               UI_ROLE_NORMAL, -1);
    snprintf(label, sizeof label, _(" FY %d, planned from these results"), d->r.year + 1);
    add_measure_line(doc, label, d->measures_next);
    snprintf(label, sizeof label, _(" FY %d, running this year"), d->r.year);
    add_measure_line(doc, label, d->measures_this);
}

/* What-if: the figures with the session's marks and what it takes, under the measures. */
static void add_whatif(struct dash *d, struct ui_app *app, struct ui_doc *doc)
{
    ui_doc_gap(doc);
    ui_whatif_panel_load(&d->whatif, app);
    ui_whatif_panel_build(&d->whatif, app, doc->width, 1);
    for (size_t i = 0; i < d->whatif.doc.n; i++) {
        const struct ui_doc_line *l = &d->whatif.doc.v[i];
        ui_doc_add(doc, l->indent, l->role, l->text, l->right, l->right_role, l->bar);
    }
}

static void build(struct dash *d, struct ui_app *app, int left_w, int right_w)
{
    long top = d->left.top;
    ui_doc_clear(&d->left);
    ui_doc_clear(&d->right);
    d->left.width = left_w;
    d->right.width = right_w;
    d->left.right_cols = d->right.right_cols = 8;
    d->left.bar_cols = left_w >= 70 ? 20 : left_w >= 50 ? 10 : 0;
    d->right.bar_cols = right_w >= 50 ? 10 : 0;
    if (!d->loaded) {
        ui_doc_add(&d->left, 1, UI_ROLE_WARN, _("Nothing to show for this agency and year."), NULL,
                   UI_ROLE_NORMAL, -1);
        return;
    }
    add_summary(d, app, &d->left);
    add_indicators(d, app, &d->left);
    struct ui_doc *rest = d->two ? &d->right : &d->left;
    if (!d->two) ui_doc_gap(rest);
    add_oit(d, app, rest);
    add_measures(d, app, rest);
    add_whatif(d, app, rest);
    d->left.top = top;
}

static int dash_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct dash *d = xcalloc(1, sizeof *d);
    s->st = d;
    load(d, app);
    return 0;
}

static void dash_leave(struct ui_screen *s, struct ui_app *app)
{
    struct dash *d = s->st;
    if (!d) return;
    unload(d);
    ui_doc_free(&d->left);
    ui_doc_free(&d->right);
    ui_whatif_panel_free(&d->whatif);
    free(d);
}

static void dash_layout(struct ui_screen *s, struct ui_app *app)
{
    struct dash *d = s->st;
    struct ui_rect a = s->area;
    a.y++; /* a blank line under the title */
    a.h--;
    a.x++;
    a.w -= 2;
    d->two = a.w >= TWO_COLUMNS_MIN;
    int lw = d->two ? a.w * 11 / 20 : a.w;
    d->lr = (struct ui_rect){a.y, a.x, a.h, lw};
    d->rr = (struct ui_rect){a.y, a.x + lw + 3, a.h, a.w - lw - 3};
    build(d, app, lw, d->two ? d->rr.w : 0);
}

static void dash_draw(struct ui_screen *s, struct ui_app *app)
{
    struct dash *d = s->st;
    ui_doc_draw(&d->left, app, d->lr);
    if (d->two) {
        d->right.top = d->left.top;
        ui_doc_draw(&d->right, app, d->rr);
    }
}

static int dash_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct dash *d = s->st;
    return ui_doc_handle(&d->left, a);
}

/* What-if: z and V choose an item to mark (ui_whatif_choose); N takes every mark off. */
static int dash_whatif(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct dash *d = s->st;
    if (a == UI_ACT_WHATIF_CLEAR) {
        size_t n = ui_whatif_clear(app);
        ui_message(
            app, 0,
            ngettext("%zu what-if mark taken off", "%zu what-if marks taken off", (unsigned long)n),
            n);
        return UI_LAYOUT;
    }
    return ui_whatif_choose(app, &d->whatif, a == UI_ACT_WHATIF_DONE ? 100 : 50);
}

static const struct ui_handler dash_handlers[] = {
    UI_HANDLE_MOVES(dash_move),
    {UI_ACT_WHATIF_DONE, dash_whatif},
    {UI_ACT_WHATIF_HALF, dash_whatif},
    {UI_ACT_WHATIF_CLEAR, dash_whatif},
    {0, NULL},
};

static int dash_reload(struct ui_screen *s, struct ui_app *app)
{
    struct dash *d = s->st;
    if (d->agency_id != app->agency_id || d->year != app->year) d->left.top = 0;
    return load(d, app);
}

/* The main menu's figure: the total and the level. */
static void dash_figure(struct ui_app *app, char *buf, size_t n)
{
    struct ita_result r;
    char total[32];
    if (ui_load_result(app, &r)) {
        app->message[0] = '\0'; /* no result is not an error on the main menu */
        snprintf(buf, n, "%s", _("no results yet"));
        return;
    }
    struct opt_score t = r.total_entered.set ? r.total_entered : r.summary.total;
    ui_score_text(total, sizeof total, t.set, t.v);
    const char *level = r.level_entered ? r.level_entered : ui_band_label(app, r.grade);
    snprintf(buf, n, _("total %s, level %s"), total, level && *level ? level : "-");
    result_free(&r);
}

/* Back on the dashboard (or idle): a reviewer may have sent work back meanwhile. */
/* Back in view, or idle: read again when anything was saved since (a tick in the checklist
 * shows here when the user comes back), and the count of items sent back. */
static int dash_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct dash *d = s->st;
    int flags = UI_NONE;
    if (db_data_stamp(app->db) != d->stamp) {
        load(d, app);
        flags = UI_LAYOUT;
    }
    struct db_error err;
    long n = d->loaded ? db_oit_returned_count(app->db, app->agency_id, app->year, &err) : -1;
    if (n < 0 || n == d->returned) return flags;
    d->returned = n;
    return UI_LAYOUT;
}

const struct ui_screen_ops ui_dashboard_ops = {
    .enter = dash_enter,
    .leave = dash_leave,
    .layout = dash_layout,
    .draw = dash_draw,
    .handlers = dash_handlers,
    .figure = dash_figure,
    .reload = dash_reload,
    .refresh = dash_refresh,
};
