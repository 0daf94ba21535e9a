#include "ui_whatif.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_whatif.h"
#include "i18n.h"
#include "text/tt.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_result.h"
#include "ui_screens.h"
#include "xalloc.h"

static int marks_current(const struct ui_app *app)
{
    return app->whatif.agency_id == app->agency_id && app->whatif.year == app->year;
}

size_t ui_whatif_count(const struct ui_app *app)
{
    return marks_current(app) ? app->whatif.n : 0;
}

const struct whatif_set *ui_whatif_marks(const struct ui_app *app)
{
    return app->whatif.sets;
}

const struct whatif_set *ui_whatif_mark_of(const struct ui_app *app, const char *code)
{
    for (size_t i = 0; i < ui_whatif_count(app); i++)
        if (strcmp(app->whatif.sets[i].code, code) == 0) return &app->whatif.sets[i];
    return NULL;
}

int ui_whatif_toggle(struct ui_app *app, const char *code, double score)
{
    struct ui_whatif_marks *m = &app->whatif;
    if (!marks_current(app)) {
        m->agency_id = app->agency_id;
        m->year = app->year;
        m->n = 0;
    }
    struct whatif_set *had = (struct whatif_set *)ui_whatif_mark_of(app, code);
    if (had && had->score == score) {
        *had = m->sets[--m->n];
        return 0;
    }
    if (!had && m->n == WHATIF_MAX_SETS) return -1;
    if (!had) had = &m->sets[m->n++];
    snprintf(had->code, sizeof had->code, "%s", code);
    had->score = score;
    return 1;
}

size_t ui_whatif_clear(struct ui_app *app)
{
    size_t n = ui_whatif_count(app);
    app->whatif.n = 0;
    return n;
}

int ui_whatif_panel_load(struct ui_whatif_panel *p, struct ui_app *app)
{
    unsigned long long stamp = db_data_stamp(app->db);
    if (p->loaded && p->agency_id == app->agency_id && p->year == app->year && p->stamp == stamp)
        return 0;
    if (p->loaded) whatif_year_free(&p->y);
    p->loaded = 0;
    struct db_error err;
    if (db_whatif_load(app->db, app->agency_id, app->year, &p->y, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    p->loaded = 1;
    p->agency_id = app->agency_id;
    p->year = app->year;
    p->stamp = stamp;
    return 0;
}

/* Adds the parts to the panel, as many to a line as fit, three spaces apart. */
static void add_packed(struct ui_doc *d, int width, char parts[][160], int n)
{
    char *line = xstrdup("");
    for (int i = 0; i < n; i++) {
        char *joined = xasprintf("%s%s%s", line, line[0] ? "   " : "", parts[i]);
        if (line[0] && ui_text_cols(joined) > width) {
            ui_doc_add(d, 1, UI_ROLE_NORMAL, line, NULL, UI_ROLE_NORMAL, -1);
            free(joined);
            joined = xstrdup(parts[i]);
        }
        free(line);
        line = joined;
    }
    if (line[0]) ui_doc_add(d, 1, UI_ROLE_NORMAL, line, NULL, UI_ROLE_NORMAL, -1);
    free(line);
}

/* "Total 90.49 → 94.63" */
static void figure(struct ui_app *app, char out[160], const char *label, struct opt_score now,
                   struct opt_score then)
{
    char a[32], b[32];
    ui_score_text(a, sizeof a, now.set, now.v);
    ui_score_text(b, sizeof b, then.set, then.v);
    snprintf(out, 160, "%s: %s %s %s", label, a, app->ascii ? "->" : "→", b);
}

static void key_of(struct ui_app *app, enum ui_action a, char *buf, size_t n)
{
    int key = ui_keymap_first(&app->cfg.keys, a);
    if (key < 0)
        snprintf(buf, n, "-");
    else
        ui_key_name(key, buf, n);
}

static void add_heading(struct ui_doc *d, struct ui_app *app)
{
    char text[1024], marks[768] = "";
    size_t used = 0;
    for (size_t i = 0; i < ui_whatif_count(app) && used + 24 < sizeof marks; i++)
        used += (size_t)snprintf(marks + used, sizeof marks - used, " %s=%g",
                                 app->whatif.sets[i].code, app->whatif.sets[i].score);
    if (!marks[0]) {
        char done[32], half[32];
        key_of(app, UI_ACT_WHATIF_DONE, done, sizeof done);
        key_of(app, UI_ACT_WHATIF_HALF, half, sizeof half);
        snprintf(marks, sizeof marks, _(" no item marked (%s: if done, %s: if half)"), done, half);
    }
    snprintf(text, sizeof text, _("What-if, this session only, never saved:%s"), marks);
    ui_doc_add_wrapped(d, tt_brk_shared(), 0, UI_ROLE_HEADER, text, NULL, UI_ROLE_NORMAL);
}

static void add_figures(struct ui_doc *d, struct ui_app *app, const struct whatif_year *y,
                        const struct whatif_point *now, const struct whatif_point *then)
{
    char parts[RESULT_MAX_INDICATORS + 4][160];
    int n = 0;
    for (size_t k = 0; k < y->r.n_ind; k++) {
        if (y->r.ind[k].s.tool != ITA_OIT) continue;
        char label[64];
        snprintf(label, sizeof label, _("Indicator %d"), y->r.ind[k].s.no);
        figure(app, parts[n++], label, now->ind[k], then->ind[k]);
    }
    figure(app, parts[n++], _("OIT mean"), now->summary.tool_mean[ITA_OIT],
           then->summary.tool_mean[ITA_OIT]);
    figure(app, parts[n++], _("Total"), now->summary.total, then->summary.total);
    snprintf(parts[n++], 160, "%s: %s %s %s", _("Level"), ui_band_label(app, now->band),
             app->ascii ? "->" : "→", ui_band_label(app, then->band));
    add_packed(d, d->width - 1, parts, n);
}

static void add_takes(struct ui_doc *d, struct ui_app *app, const struct whatif_year *y,
                      const struct whatif_takes *t)
{
    char text[1024], codes[512] = "", a[32], b[32];
    const char *target = ui_band_label(app, t->target);
    size_t used = 0;
    for (size_t i = 0; i < t->n && used + 20 < sizeof codes; i++)
        used +=
            (size_t)snprintf(codes + used, sizeof codes - used, "%s%s", i ? ", " : "", t->codes[i]);
    ui_score_text(a, sizeof a, t->reach.summary.total.set, t->reach.summary.total.v);
    switch (t->status) {
    case WHATIF_TAKES_FOUND:
        snprintf(text, sizeof text,
                 ngettext("What it takes to reach %s: %zu item at 100: %s (total %s)",
                          "What it takes to reach %s: %zu items at 100: %s (total %s)",
                          (unsigned long)t->n),
                 target, t->n, codes, a);
        break;
    case WHATIF_TAKES_REACHED:
        snprintf(text, sizeof text,
                 _("What it takes to reach %s: nothing more, the marks reach it"), target);
        break;
    case WHATIF_TAKES_TOP:
        snprintf(text, sizeof text, _("What it takes: %s is the highest level of the %d rule"),
                 target, y->r.year);
        break;
    case WHATIF_TAKES_TOOL:
        ui_score_text(b, sizeof b, 1, t->tool_mean);
        snprintf(text, sizeof text,
                 _("What it takes to reach %s: not by OIT items alone (the %s mean %s is under "
                   "%.2f)"),
                 target, ita_tool_name(t->tool), b, t->target->min_each_tool.v);
        break;
    case WHATIF_TAKES_SHORT:
        snprintf(text, sizeof text,
                 _("What it takes to reach %s: not by OIT items alone (every item at 100 gives "
                   "a total of %s)"),
                 target, a);
        break;
    default:
        snprintf(text, sizeof text,
                 _("What it takes: unknown (no grading rule for %d, or no total yet)"), y->r.year);
    }
    ui_doc_add_wrapped(d, tt_brk_shared(), 1,
                       t->status == WHATIF_TAKES_FOUND || t->status == WHATIF_TAKES_REACHED
                           ? UI_ROLE_GOOD
                           : UI_ROLE_WARN,
                       text, NULL, UI_ROLE_NORMAL);
}

/* Why a published value moves as it does, or does not move. */
static void add_notes(struct ui_doc *d, const struct whatif_year *y, const struct whatif_point *now,
                      const struct whatif_point *then)
{
    for (size_t k = 0; k < y->r.n_ind; k++) {
        const struct score_indicator *s = &y->r.ind[k].s;
        char text[512], a[32], b[32];
        ui_score_text(a, sizeof a, s->entered.set, s->entered.v);
        ui_score_text(b, sizeof b, s->computed.set, s->computed.v);
        if (now->differs[k]) {
            snprintf(text, sizeof text,
                     _("Indicator %d is published as %s; its item scores give %s. The marks move "
                       "the published value by what they change."),
                     s->no, a, b);
            ui_doc_add_wrapped(d, tt_brk_shared(), 1, UI_ROLE_DIM, text, NULL, UI_ROLE_NORMAL);
        }
        if (then->fixed[k]) {
            snprintf(text, sizeof text, _("Indicator %d has no item scores: marks cannot move it."),
                     s->no);
            ui_doc_add_wrapped(d, tt_brk_shared(), 1, UI_ROLE_DIM, text, NULL, UI_ROLE_NORMAL);
        }
    }
}

void ui_whatif_panel_build(struct ui_whatif_panel *p, struct ui_app *app, int width, int notes)
{
    struct ui_doc *d = &p->doc;
    long top = d->top;
    ui_doc_clear(d);
    d->width = width;
    d->right_cols = 0;
    d->bar_cols = 0;
    add_heading(d, app);
    if (!p->loaded) return;
    size_t n = ui_whatif_count(app);
    struct whatif_point now, then;
    whatif_predict(&p->y, NULL, 0, &now);
    whatif_predict(&p->y, app->whatif.sets, n, &then);
    add_figures(d, app, &p->y, &now, &then);
    struct whatif_takes t;
    whatif_takes(&p->y, app->whatif.sets, n, NULL, &t);
    add_takes(d, app, &p->y, &t);
    whatif_takes_free(&t);
    if (notes) add_notes(d, &p->y, &now, &then);
    d->top = top;
}

void ui_whatif_panel_free(struct ui_whatif_panel *p)
{
    if (p->loaded) whatif_year_free(&p->y);
    p->loaded = 0;
    ui_doc_free(&p->doc);
}

void ui_whatif_title_prefix(const struct ui_app *app, const char *code, char *buf, size_t n)
{
    const struct whatif_set *m = ui_whatif_mark_of(app, code);
    if (m)
        snprintf(buf, n, _("(if %g) "), m->score);
    else if (n)
        buf[0] = '\0';
}

static void item_chosen(struct ui_app *app, void *ctx, int index)
{
    struct ui_whatif_panel *p = ctx;
    if (!p->loaded || index < 0 || (size_t)index >= p->y.n_items) return;
    const char *code = p->y.items[index].code;
    int r = ui_whatif_toggle(app, code, p->choosing);
    if (r < 0)
        ui_message(app, 1, _("No room for another what-if mark."));
    else if (r)
        ui_message(app, 0, _("%s: if %g (what-if only, not saved)"), code, p->choosing);
    else
        ui_message(app, 0, _("%s: what-if mark taken off"), code);
}

int ui_whatif_choose(struct ui_app *app, struct ui_whatif_panel *p, double score)
{
    if (ui_whatif_panel_load(p, app)) return UI_DRAW;
    if (!p->y.n_items) {
        ui_message(app, 1, _("The catalog lists no OIT items for this year."));
        return UI_DRAW;
    }
    char **lines = xcalloc(p->y.n_items, sizeof *lines);
    int sel = -1;
    for (size_t i = 0; i < p->y.n_items; i++) {
        const struct whatif_item *it = &p->y.items[i];
        char now[32], mark[64] = "";
        if (it->score.set)
            snprintf(now, sizeof now, "%g", it->score.v);
        else
            snprintf(now, sizeof now, "-");
        const struct whatif_set *m = ui_whatif_mark_of(app, it->code);
        if (m) snprintf(mark, sizeof mark, " %s %g", app->ascii ? "->" : "→", m->score);
        lines[i] = xasprintf("%-4s %-4s %3s%s  %s", it->code, it->group_key, now, mark,
                             it->title ? it->title : _("(title not known in the catalog)"));
        if (sel < 0 && !m && it->score.set && it->score.v < score) sel = (int)i;
    }
    p->choosing = score;
    struct ui_choose_arg a = {score >= 100 ? _("What-if: which item if done (100)?")
                                           : _("What-if: which item if half done (50)?"),
                              (const char *const *)lines,
                              (int)p->y.n_items,
                              sel < 0 ? 0 : sel,
                              item_chosen,
                              p};
    ui_push(app, &ui_choose_ops, &a);
    for (size_t i = 0; i < p->y.n_items; i++)
        free(lines[i]);
    free(lines);
    return UI_LAYOUT;
}
