/* The framework editor: one line of a year's catalog through the form widgets -- an OIT
 * item's title, components, group and indicator; an indicator's name, tool and weight; a
 * grading level's label and thresholds; the year's grading rule. Saving goes through
 * db_framework_put (admins only, audited, one transaction); every total of the year
 * follows, since scores are computed from the catalog when they are shown. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_framework.h"
#include "field_limits.h"
#include "i18n.h"
#include "number.h"
#include "ui_dialog.h"
#include "ui_editor.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_framework.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "xalloc.h"

struct fwed {
    struct ui_editor ed; /* first: the shared handlers (ui_editor.h) see it */
    struct fw_catalog c; /* the editor's copy; record (r, i) is the one edited */
    enum fw_record r;
    size_t i;
    struct ui_leave leave;
};

static const struct ui_form_choice tools[] = {{"IIT", "IIT"}, {"EIT", "EIT"}, {"OIT", "OIT"}};
static const struct ui_form_choice yes_no[] = {{"1", N_("passing")}, {"0", N_("not passing")}};
static const struct ui_form_choice gradings[] = {{"letters", N_("letter grades")},
                                                 {"pass", N_("pass or fail")},
                                                 {"levels", N_("levels")},
                                                 {"unknown", N_("not published")}};

static void add_line(struct fwed *e, const char *name, const char *label, size_t max,
                     const char *value)
{
    ui_form_add(&e->ed.form, UI_FORM_LINE, name, label, 1, max, value);
}

static void add_number(struct fwed *e, const char *name, const char *label, int set, double v)
{
    char buf[40] = "";
    if (set) fw_format_number(v, buf, sizeof buf);
    add_line(e, name, label, 12, buf);
}

static void build_item(struct fwed *e)
{
    const struct fw_item *it = &e->c.items[e->i];
    char ind[16] = "";
    if (it->indicator_no) snprintf(ind, sizeof ind, "%d", it->indicator_no);
    add_line(e, "title", _("Title"), LIMIT_TITLE, it->title_th);
    ui_form_add(&e->ed.form, UI_FORM_TEXT, "components", _("Required components"), 4, LIMIT_TEXT,
                it->components_th);
    add_line(e, "group", _("Group"), LIMIT_NAME, it->group_key);
    add_line(e, "group_title", _("Group name"), LIMIT_NAME, it->group_title);
    add_line(e, "indicator", _("Indicator"), 2, ind);
}

static void build_question(struct fwed *e)
{
    const struct fw_question *q = &e->c.questions[e->i];
    char ind[16] = "";
    if (q->indicator_no) snprintf(ind, sizeof ind, "%d", q->indicator_no);
    ui_form_add(&e->ed.form, UI_FORM_TEXT, "text", _("Question text"), 3, LIMIT_TEXT, q->text_th);
    ui_form_add_choice(&e->ed.form, "tool", _("Tool"), tools, 2, ita_tool_name(q->tool));
    add_line(e, "indicator", _("Indicator"), 2, ind);
}

static void build_indicator(struct fwed *e)
{
    const struct fw_indicator *d = &e->c.inds[e->i];
    add_line(e, "name", _("Indicator name"), LIMIT_NAME, d->name_th);
    ui_form_add_choice(&e->ed.form, "tool", _("Tool"), tools, 3, ita_tool_name(d->tool));
    add_number(e, "weight", _("Weight (%)"), 1, d->weight);
}

static void build_band(struct fwed *e)
{
    const struct fw_band *b = &e->c.bands[e->i];
    add_line(e, "label", _("Level"), LIMIT_NAME, b->label_th);
    add_number(e, "min_total", _("Lowest total"), 1, b->min_total);
    add_number(e, "min_each", _("Each tool at least"), b->min_each_tool.set, b->min_each_tool.v);
    ui_form_add_choice(&e->ed.form, "passed", _("Counts as passing"), yes_no, 2,
                       b->passed ? "1" : "0");
}

static void build_rule(struct fwed *e)
{
    ui_form_add_choice(&e->ed.form, "grading", _("Grading"), gradings, 4, e->c.grading);
    add_number(e, "pass_mark", _("Pass mark"), e->c.pass_mark.set, e->c.pass_mark.v);
}

static void build(struct fwed *e)
{
    ui_form_free(&e->ed.form);
    e->ed.form = (struct ui_form){.brk = tt_brk_shared()};
    switch (e->r) {
    case FW_REC_ITEM:
        build_item(e);
        break;
    case FW_REC_INDICATOR:
        build_indicator(e);
        break;
    case FW_REC_QUESTION:
        build_question(e);
        break;
    case FW_REC_BAND:
        build_band(e);
        break;
    default:
        build_rule(e);
    }
    char *key = fw_record_key(&e->c, e->r, e->i);
    ui_draft_start(&e->ed.draft, "framework", key, 0, ui_form_rev(&e->ed.form));
    free(key);
}

static int fwed_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct ui_fw_edit_arg *a = arg;
    struct fwed *e = xcalloc(1, sizeof *e);
    s->st = e;
    fw_catalog_copy(&e->c, a->c);
    e->r = a->r;
    e->i = a->i;
    build(e);
    return 0;
}

static void fwed_leave(struct ui_screen *s, struct ui_app *app)
{
    struct fwed *e = s->st;
    if (!e) return;
    ui_draft_autosave(app, &e->ed.draft, &e->ed.form, 1); /* a signal or quit: keep the text */
    ui_form_free(&e->ed.form);
    fw_catalog_free(&e->c);
    free(e);
}

static void fwed_draw(struct ui_screen *s, struct ui_app *app)
{
    struct fwed *e = s->st;
    struct ui_rect a = s->area;
    const char *changed = ui_draft_dirty(&e->ed.draft, &e->ed.form) ? _(" (changed)") : "";
    char what[64];
    switch (e->r) {
    case FW_REC_ITEM:
        snprintf(what, sizeof what, _("OIT item %s"), e->c.items[e->i].code);
        break;
    case FW_REC_INDICATOR:
        snprintf(what, sizeof what, _("Indicator %d"), e->c.inds[e->i].no);
        break;
    case FW_REC_QUESTION:
        snprintf(what, sizeof what, _("Question %s"), e->c.questions[e->i].code);
        break;
    case FW_REC_BAND:
        snprintf(what, sizeof what, _("Level %d"), e->c.bands[e->i].rank);
        break;
    default:
        snprintf(what, sizeof what, "%s", _("Grading rule"));
    }
    ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER, _("Fiscal year %d: %s%s"),
            e->c.year, what, changed);
    ui_form_draw(&e->ed.form, app, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
}

/* A number field: 0 with *out set (empty: out->set = 0 when optional), or -1 after its
 * message under the field. */
static int read_number(struct fwed *e, const char *name, int optional, double min, double max,
                       struct opt_score *out)
{
    const char *v = ui_form_value(&e->ed.form, name);
    out->set = *v != '\0';
    if (!out->set && optional) return 0;
    if (out->set && number_parse_decimal(v, &out->v) == 0 && out->v >= min && out->v <= max)
        return 0;
    char why[160];
    snprintf(why, sizeof why, _("a number from %g to %g is needed"), min, max);
    ui_form_error(&e->ed.form, name, why);
    return -1;
}

static char *take(struct fwed *e, const char *name, char *old)
{
    free(old);
    return xstrdup(ui_form_value(&e->ed.form, name));
}

static int apply_item(struct fwed *e)
{
    struct fw_item *it = &e->c.items[e->i];
    struct opt_score ind;
    if (read_number(e, "indicator", 1, 1, 99, &ind)) return -1;
    const char *title = ui_form_value(&e->ed.form, "title");
    /* An admin who types a title has checked it: it is known and sure from now on. */
    if (strcmp(title, it->title_th) != 0) {
        it->known = *title != '\0';
        it->confidence = FW_SURE;
    }
    it->title_th = take(e, "title", it->title_th);
    it->components_th = take(e, "components", it->components_th);
    it->group_key = take(e, "group", it->group_key);
    it->group_title = take(e, "group_title", it->group_title);
    it->indicator_no = ind.set ? (int)ind.v : 0;
    return 0;
}

static int apply_indicator(struct fwed *e)
{
    struct fw_indicator *d = &e->c.inds[e->i];
    struct opt_score w;
    if (read_number(e, "weight", 0, 0.01, 100, &w)) return -1;
    d->weight = w.v;
    d->name_th = take(e, "name", d->name_th);
    int t = ita_tool_parse(ui_form_value(&e->ed.form, "tool"));
    if (t >= 0) d->tool = (enum ita_tool)t;
    return 0;
}

static int apply_question(struct fwed *e)
{
    struct fw_question *q = &e->c.questions[e->i];
    struct opt_score ind;
    if (read_number(e, "indicator", 1, 1, 99, &ind)) return -1;
    q->indicator_no = ind.set ? (int)ind.v : 0;
    q->text_th = take(e, "text", q->text_th);
    int t = ita_tool_parse(ui_form_value(&e->ed.form, "tool"));
    if (t >= 0) q->tool = (enum ita_tool)t;
    return 0;
}

static int apply_band(struct fwed *e)
{
    struct fw_band *b = &e->c.bands[e->i];
    struct opt_score total, each;
    if (read_number(e, "min_total", 0, 0, 100, &total) ||
        read_number(e, "min_each", 1, 0, 100, &each))
        return -1;
    b->min_total = total.v;
    b->min_each_tool = each;
    b->passed = strcmp(ui_form_value(&e->ed.form, "passed"), "1") == 0;
    b->label_th = take(e, "label", b->label_th);
    return 0;
}

static int apply_rule(struct fwed *e)
{
    struct opt_score pass;
    if (read_number(e, "pass_mark", 1, 0, 100, &pass)) return -1;
    e->c.pass_mark = pass;
    e->c.grading = take(e, "grading", e->c.grading);
    return 0;
}

static int apply(struct fwed *e)
{
    switch (e->r) {
    case FW_REC_ITEM:
        return apply_item(e);
    case FW_REC_INDICATOR:
        return apply_indicator(e);
    case FW_REC_QUESTION:
        return apply_question(e);
    case FW_REC_BAND:
        return apply_band(e);
    default:
        return apply_rule(e);
    }
}

static int save(struct fwed *e, struct ui_app *app)
{
    ui_form_clear_errors(&e->ed.form);
    if (apply(e)) return 0;
    struct db_error err = {{0}};
    if (db_framework_put(app->db, &e->c, e->r, e->i, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return 0;
    }
    ui_draft_done(app, &e->ed.draft, &e->ed.form);
    build(e);
    double sum;
    char total[40];
    if (fw_weights_check(&e->c, &sum)) {
        fw_format_number(sum, total, sizeof total);
        ui_message(app, 1,
                   _("Fiscal year %d: saved, but the indicators' weights now add up to %s, not "
                     "100: change another indicator's weight to match."),
                   e->c.year, total);
    } else {
        ui_message(app, 0, _("Fiscal year %d: framework saved; the year's totals follow."),
                   e->c.year);
    }
    return 1;
}

static int save_editor(void *e, struct ui_app *app)
{
    return save(e, app);
}

static int fwed_save(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    save(s->st, app);
    return UI_LAYOUT;
}

static int fwed_back(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct fwed *e = s->st;
    e->leave = (struct ui_leave){&e->ed.draft, &e->ed.form, e, save_editor,
                                 _("This line of the framework has changes that are not saved.")};
    return ui_editor_leave(app, &e->leave);
}

static const struct ui_handler fwed_handlers[] = {
    UI_EDITOR_HANDLERS,
    {UI_ACT_SAVE, fwed_save},
    {UI_ACT_BACK, fwed_back},
    {UI_ACT_INTERRUPT, fwed_back},
    {0, NULL},
};

const struct ui_screen_ops ui_framework_edit_ops = {
    .enter = fwed_enter,
    .leave = fwed_leave,
    .draw = fwed_draw,
    .handlers = fwed_handlers,
    .key = ui_editor_key,
    .refresh = ui_editor_refresh,
};

int ui_open_framework_editor(struct ui_app *app, const struct ui_fw_edit_arg *arg)
{
    if (ui_push(app, &ui_framework_edit_ops, arg)) return -1;
    struct fwed *e = ui_top(app)->st;
    e->ed.offer = (struct ui_draft_offer){.draft = &e->ed.draft, .form = &e->ed.form};
    return ui_draft_offer_back(app, &e->ed.offer, _("You have an unsaved draft of this line."));
}
