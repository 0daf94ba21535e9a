/* Indicator detail (read-only): the IIT/EIT questions with their scores, or for an OIT
 * indicator its items grouped by sub-indicator with each group's mean and the agency's
 * checklist state. Long question texts wrap at Thai word boundaries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_view_result.h"
#include "i18n.h"
#include "text/tt_wrap.h"
#include "ui_doc.h"
#include "ui_draw.h"
#include "ui_result.h"
#include "ui_screens.h"
#include "xalloc.h"

struct detail {
    int no;
    long agency_id; /* what it shows */
    int year;
    int loaded;
    struct ita_result r;
    const struct result_indicator *ind;
    struct db_view_question *qs, *unlinked;
    size_t nq, nunlinked;
    struct db_view_oit_item *items;
    size_t nitems;
    struct ui_doc doc;
    struct ui_rect area;
};

static void unload(struct detail *d)
{
    if (d->loaded) result_free(&d->r);
    db_view_questions_free(d->qs, d->nq);
    db_view_questions_free(d->unlinked, d->nunlinked);
    db_view_oit_items_free(d->items, d->nitems);
    d->qs = d->unlinked = NULL;
    d->items = NULL;
    d->nq = d->nunlinked = d->nitems = 0;
    d->ind = NULL;
    d->loaded = 0;
}

static int load(struct detail *d, struct ui_app *app)
{
    unload(d);
    if (ui_load_result(app, &d->r)) return -1;
    d->loaded = 1;
    for (size_t i = 0; i < d->r.n_ind; i++)
        if (d->r.ind[i].s.no == d->no) d->ind = &d->r.ind[i];
    if (!d->ind) return 0;
    struct db_error err;
    int rc;
    if (d->ind->s.tool == ITA_OIT) {
        rc = db_view_oit_items(app->db, app->agency_id, app->year, d->no, &d->items, &d->nitems,
                               &err);
    } else {
        rc = db_view_questions(app->db, app->agency_id, app->year, d->no, d->ind->s.tool, &d->qs,
                               &d->nq, &err);
        if (!rc && !d->nq)
            rc = db_view_questions(app->db, app->agency_id, app->year, 0, d->ind->s.tool,
                                   &d->unlinked, &d->nunlinked, &err);
    }
    if (rc) ui_message(app, 1, "%s", err.msg);
    return 0;
}

static void add_head(struct detail *d, struct ui_app *app)
{
    char text[512], a[32], b[32];
    const struct result_indicator *ind = d->ind;
    snprintf(text, sizeof text, "%d %s", ind->s.no, ui_indicator_name(app, ind));
    ui_doc_add(&d->doc, 0, UI_ROLE_HEADER, text, NULL, UI_ROLE_NORMAL, -1);
    ui_score_text(a, sizeof a, ind->s.entered.set, ind->s.entered.v);
    ui_score_text(b, sizeof b, ind->s.computed.set, ind->s.computed.v);
    snprintf(text, sizeof text, _("%s, weight %g: entered %s, computed %s"),
             ita_tool_name(ind->s.tool), ind->s.weight, a, b);
    ui_doc_add(&d->doc, 0, UI_ROLE_NORMAL, text, NULL, UI_ROLE_NORMAL, -1);
    ui_doc_gap(&d->doc);
}

static void add_questions(struct detail *d, struct ui_app *app, const struct db_view_question *qs,
                          size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char text[2048], score[32];
        const char *body = qs[i].text ? qs[i].text : _("(no question text stored)");
        if (qs[i].issue_no)
            snprintf(text, sizeof text, _("%s (issue %d) %s"), qs[i].code ? qs[i].code : "?",
                     qs[i].issue_no, body);
        else
            snprintf(text, sizeof text, "%s %s", qs[i].code ? qs[i].code : "?", body);
        ui_score_text(score, sizeof score, qs[i].score_set, qs[i].score);
        ui_doc_add_wrapped(&d->doc, tt_brk_shared(), 1, UI_ROLE_NORMAL, text, score,
                           UI_ROLE_NORMAL);
    }
}

static void add_survey(struct detail *d, struct ui_app *app)
{
    ui_doc_add(&d->doc, 0, UI_ROLE_HEADER, _("Questions"), _("score"), UI_ROLE_HEADER, -1);
    add_questions(d, app, d->qs, d->nq);
    if (d->nq) return;
    ui_doc_add_wrapped(&d->doc, tt_brk_shared(), 1, UI_ROLE_DIM,
                       _("No question is linked to this indicator for this year."), NULL,
                       UI_ROLE_NORMAL);
    if (!d->nunlinked) return;
    ui_doc_gap(&d->doc);
    ui_doc_add_wrapped(&d->doc, tt_brk_shared(), 0, UI_ROLE_HEADER,
                       _("Questions of the same tool printed without an indicator:"), NULL,
                       UI_ROLE_NORMAL);
    add_questions(d, app, d->unlinked, d->nunlinked);
}

static const char *state_box(int state)
{
    return state == ITA_DONE ? "[x]" : state == ITA_IN_PROGRESS ? "[~]" : "[ ]";
}

/* The mean of a group's scored items ("-" when none is scored). */
static void group_mean(const struct detail *d, size_t first, char *buf, size_t n)
{
    double sum = 0;
    int count = 0;
    const char *key = d->items[first].group_key;
    for (size_t i = first; i < d->nitems; i++) {
        const char *k = d->items[i].group_key;
        if ((k == NULL) != (key == NULL) || (k && strcmp(k, key) != 0)) break;
        if (d->items[i].score_set) {
            sum += d->items[i].score;
            count++;
        }
    }
    ui_score_text(buf, n, count > 0, count ? sum / count : 0);
}

static void add_items(struct detail *d, struct ui_app *app)
{
    /* TRANSLATORS: legend of the checkbox marks; keep [x] [~] [ ] as they are. */
    ui_doc_add(&d->doc, 0, UI_ROLE_DIM, _("[x] done  [~] in progress  [ ] not done"), _("score"),
               UI_ROLE_HEADER, -1);
    const char *group = NULL;
    for (size_t i = 0; i < d->nitems; i++) {
        const struct db_view_oit_item *it = &d->items[i];
        if (i == 0 || !group || !it->group_key || strcmp(group, it->group_key) != 0) {
            char head[512], mean[32];
            group = it->group_key;
            group_mean(d, i, mean, sizeof mean);
            if (it->group_title && group && strcmp(it->group_title, group) != 0)
                snprintf(head, sizeof head, "%s %s", group, it->group_title);
            else
                snprintf(head, sizeof head, "%s", group ? group : "-");
            ui_doc_gap(&d->doc);
            ui_doc_add_wrapped(&d->doc, tt_brk_shared(), 0, UI_ROLE_HEADER, head, mean,
                               UI_ROLE_HEADER);
        }
        char text[1024], score[32];
        snprintf(text, sizeof text, "%s %s %s", state_box(it->state), it->code ? it->code : "?",
                 it->title ? it->title : _("(title not known in the catalog)"));
        ui_score_text(score, sizeof score, it->score_set, it->score);
        ui_doc_add_wrapped(&d->doc, tt_brk_shared(), 1, it->title ? UI_ROLE_NORMAL : UI_ROLE_WARN,
                           text, score, UI_ROLE_NORMAL);
    }
    if (!d->nitems)
        ui_doc_add(&d->doc, 1, UI_ROLE_DIM, _("The catalog lists no OIT items for this indicator."),
                   NULL, UI_ROLE_NORMAL, -1);
}

static void build(struct detail *d, struct ui_app *app)
{
    long top = d->doc.top;
    ui_doc_clear(&d->doc);
    d->doc.width = d->area.w;
    d->doc.right_cols = 7;
    if (!d->loaded || !d->ind) {
        char text[128];
        snprintf(text, sizeof text, _("Indicator %d is not in this year's catalog."), d->no);
        ui_doc_add(&d->doc, 0, UI_ROLE_WARN, text, NULL, UI_ROLE_NORMAL, -1);
        return;
    }
    add_head(d, app);
    if (d->ind->s.tool == ITA_OIT)
        add_items(d, app);
    else
        add_survey(d, app);
    d->doc.top = top;
}

static int detail_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct detail *d = xcalloc(1, sizeof *d);
    s->st = d;
    d->no = *(const int *)arg;
    d->agency_id = app->agency_id;
    d->year = app->year;
    load(d, app);
    return 0;
}

static void detail_leave(struct ui_screen *s, struct ui_app *app)
{
    struct detail *d = s->st;
    if (!d) return;
    unload(d);
    ui_doc_free(&d->doc);
    free(d);
}

static void detail_layout(struct ui_screen *s, struct ui_app *app)
{
    struct detail *d = s->st;
    d->area = (struct ui_rect){s->area.y + 1, s->area.x + 1, s->area.h - 1, s->area.w - 2};
    build(d, app);
}

static void detail_draw(struct ui_screen *s, struct ui_app *app)
{
    struct detail *d = s->st;
    ui_doc_draw(&d->doc, app, d->area);
}

static int detail_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct detail *d = s->st;
    return ui_doc_handle(&d->doc, a);
}

static const struct ui_handler detail_handlers[] = {
    UI_HANDLE_MOVES(detail_move),
    {0, NULL},
};

static int detail_reload(struct ui_screen *s, struct ui_app *app)
{
    struct detail *d = s->st;
    if (d->agency_id != app->agency_id || d->year != app->year) d->doc.top = 0;
    d->agency_id = app->agency_id;
    d->year = app->year;
    return load(d, app);
}

const struct ui_screen_ops ui_detail_ops = {
    .enter = detail_enter,
    .leave = detail_leave,
    .layout = detail_layout,
    .draw = detail_draw,
    .handlers = detail_handlers,
    .reload = detail_reload,
};
