/* The finding and constraint editors: the analysis texts (and a finding's links to
 * indicators and OIT items), autosaved as drafts, saved with a version check like the
 * measure editor. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_finding.h"
#include "db_plan.h"
#include "field_limits.h" /* the limits the core checks on every way in */
#include "finding_propose.h"
#include "i18n.h"
#include "text/tt_wrap.h"
#include "ui_draw.h"
#include "ui_editor.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "xalloc.h"

struct aedit {
    struct ui_editor ed; /* first: the shared handlers (ui_editor.h) see it */
    int constraint;      /* 0: a finding */
    struct finding f;
    struct constraint_note c;
    long agency_id;
    int year;
    struct ui_leave leave; /* while the leave question is open */
    char title[256];
};

struct aedit_arg {
    int constraint;
    long id, agency_id;
    int year, heading;
    const struct finding_proposal *proposal; /* a new finding: the draft to start from */
};

static const struct ui_form_choice kinds[FINDING_KINDS] = {
    {"weakness", N_("Weakness to fix")},
    {"develop", N_("To develop")},
    {"keep", N_("To keep at its level")},
};

/* A new finding: its kind and one text, the issue, the links; nothing is stored until F2. */
static int build_new_finding(struct aedit *e, const struct aedit_arg *a)
{
    const struct finding_proposal *p = a->proposal;
    char issue[16] = "";
    if (p) snprintf(issue, sizeof issue, "%d", p->indicator_no);
    struct ui_form *f = &e->ed.form;
    int ok = ui_form_add_choice(f, "kind", _("Kind"), kinds, FINDING_KINDS,
                                finding_kind_word(p ? p->kind : FINDING_WEAKNESS)) >= 0 &&
             ui_form_add(f, UI_FORM_LINE, "issue_no", _("Issue number"), 1, 20, issue) >= 0 &&
             ui_form_add(f, UI_FORM_LINE, "issue", _("Issue"), 1, LIMIT_NAME,
                         p ? p->issue_title : NULL) >= 0 &&
             ui_form_add(f, UI_FORM_TEXT, "text", _("Finding"), 5, LIMIT_TEXT,
                         p ? p->text : NULL) >= 0 &&
             ui_form_add(f, UI_FORM_LINE, "indicators", _("Indicators (1-10)"), 1, 60,
                         p ? p->indicators : NULL) >= 0 &&
             ui_form_add(f, UI_FORM_LINE, "questions", _("Questions (i1 e3 ...)"), 1, 200,
                         p ? p->questions : NULL) >= 0 &&
             ui_form_add(f, UI_FORM_LINE, "oit", _("OIT items (O1 O2 ...)"), 1, 200,
                         p ? p->oit : NULL) >= 0;
    snprintf(e->title, sizeof e->title,
             p ? _("Proposed finding of %d: edit it, F2 accepts it") : _("New finding of %d"),
             e->year);
    char key[64];
    snprintf(key, sizeof key, "new:%ld:%d", e->agency_id, e->year);
    ui_draft_start(&e->ed.draft, "finding", key, 0, p ? 0 : ui_form_rev(&e->ed.form));
    return ok ? 0 : -1;
}

static void unload(struct aedit *e)
{
    ui_form_free(&e->ed.form);
    finding_clear(&e->f);
    free(e->c.heading);
    free(e->c.text);
    e->c = (struct constraint_note){0};
}

static int build_finding(struct aedit *e, struct ui_app *app)
{
    struct db_error err;
    char *ind = NULL, *oit = NULL;
    if (db_finding_links(app->db, e->f.id, &ind, &oit, &err)) return -1;
    struct ui_form *f = &e->ed.form;
    char *qs = db_finding_questions(app->db, e->f.id, &err);
    int ok =
        ui_form_add(f, UI_FORM_LINE, "issue", _("Issue"), 1, LIMIT_NAME, e->f.issue_title) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "weakness", _("Weaknesses to fix"), 4, LIMIT_TEXT,
                    e->f.weakness) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "to_develop", _("To develop"), 4, LIMIT_TEXT,
                    e->f.to_develop) >= 0 &&
        ui_form_add(f, UI_FORM_TEXT, "keep_level", _("To keep"), 3, LIMIT_TEXT, e->f.keep_level) >=
            0 &&
        ui_form_add(f, UI_FORM_LINE, "indicators", _("Indicators (1-10)"), 1, 60, ind) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "questions", _("Questions (i1 e3 ...)"), 1, 200, qs) >= 0 &&
        ui_form_add(f, UI_FORM_LINE, "oit", _("OIT items (O1 O2 ...)"), 1, 200, oit) >= 0;
    free(qs);
    free(ind);
    free(oit);
    snprintf(e->title, sizeof e->title, _("Finding: issue %s of %d, version %ld"),
             e->f.issue_no ? e->f.issue_no : "?", e->year, e->f.version);
    return ok ? 0 : -1;
}

static int load(struct aedit *e, struct ui_app *app, const struct aedit_arg *a)
{
    struct db_error err;
    char key[64];
    unload(e);
    e->ed.form = (struct ui_form){.brk = tt_brk_shared()};
    e->constraint = a->constraint;
    if (!a->constraint && !a->id) {
        e->agency_id = a->agency_id;
        e->year = a->year;
        return build_new_finding(e, a);
    }
    if (!a->constraint) {
        if (db_finding_get(app->db, a->id, &e->f, &e->agency_id, &e->year, &err)) {
            ui_message(app, 1, "%s", err.msg);
            return -1;
        }
        if (build_finding(e, app)) return -1;
        snprintf(key, sizeof key, "%ld", e->f.id);
        ui_draft_start(&e->ed.draft, "finding", key, e->f.version, ui_form_rev(&e->ed.form));
        return 0;
    }
    struct constraint_note *list;
    size_t n;
    e->agency_id = a->agency_id;
    e->year = a->year;
    e->c.heading_no = a->heading;
    if (db_constraints_list(app->db, a->agency_id, a->year, &list, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if (list[i].heading_no == a->heading) {
            e->c = list[i];
            list[i] = (struct constraint_note){0};
        }
    constraints_free(list, n);
    const char *heading = plan_constraint_heading(a->heading);
    if (!heading ||
        ui_form_add(&e->ed.form, UI_FORM_TEXT, "text", heading, 12, LIMIT_TEXT, e->c.text) < 0)
        return -1;
    snprintf(e->title, sizeof e->title, _("Constraint %d of %d: %s, version %ld"), a->heading,
             e->year, heading, e->c.version);
    snprintf(key, sizeof key, "%ld:%d:%d", e->agency_id, e->year, a->heading);
    ui_draft_start(&e->ed.draft, "constraint", key, e->c.version, ui_form_rev(&e->ed.form));
    return 0;
}

static int aedit_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct aedit *e = xcalloc(1, sizeof *e);
    s->st = e;
    return load(e, app, arg);
}

static void aedit_leave(struct ui_screen *s, struct ui_app *app)
{
    struct aedit *e = s->st;
    if (!e) return;
    ui_draft_autosave(app, &e->ed.draft, &e->ed.form, 1);
    unload(e);
    free(e);
}

static void aedit_draw(struct ui_screen *s, struct ui_app *app)
{
    struct aedit *e = s->st;
    struct ui_rect a = s->area;
    ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER, "%s%s", e->title,
            ui_draft_dirty(&e->ed.draft, &e->ed.form) ? _(" (changed)") : "");
    ui_form_draw(&e->ed.form, app, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
}

static char *value_or_null(struct aedit *e, const char *name)
{
    const char *v = ui_form_value(&e->ed.form, name);
    return *v ? xstrdup(v) : NULL;
}

static enum db_save store(struct aedit *e, struct ui_app *app, struct db_error *err)
{
    if (e->constraint) {
        struct constraint_note c = e->c;
        c.text = (char *)ui_form_value(&e->ed.form, "text");
        return db_constraint_save(app->db, e->agency_id, e->year, &c, err);
    }
    if (!e->f.id) {
        struct finding_input in = {e->agency_id,
                                   e->year,
                                   ui_form_value(&e->ed.form, "issue_no"),
                                   ui_form_value(&e->ed.form, "issue"),
                                   finding_kind_parse(ui_form_value(&e->ed.form, "kind")),
                                   ui_form_value(&e->ed.form, "text"),
                                   ui_form_value(&e->ed.form, "indicators"),
                                   ui_form_value(&e->ed.form, "oit"),
                                   ui_form_value(&e->ed.form, "questions")};
        if (!*in.issue_title) in.issue_title = NULL;
        long id = db_finding_add(app->db, &in, err);
        if (id < 0) return DB_SAVE_FAILED;
        e->f.id = id;
        return DB_SAVED;
    }
    struct finding f = e->f;
    f.issue_title = value_or_null(e, "issue");
    f.weakness = value_or_null(e, "weakness");
    f.to_develop = value_or_null(e, "to_develop");
    f.keep_level = value_or_null(e, "keep_level");
    enum db_save r = db_finding_save(
        app->db, &f, ui_form_value(&e->ed.form, "indicators"), ui_form_value(&e->ed.form, "oit"),
        ui_form_find(&e->ed.form, "questions") >= 0 ? ui_form_value(&e->ed.form, "questions")
                                                    : NULL,
        err);
    free(f.issue_title);
    free(f.weakness);
    free(f.to_develop);
    free(f.keep_level);
    return r;
}

/* After a conflict the next save goes over the newer record. */
static void rebase(struct aedit *e, struct ui_app *app)
{
    struct db_error err;
    long version = -1;
    if (e->constraint) {
        struct constraint_note *list;
        size_t n;
        if (db_constraints_list(app->db, e->agency_id, e->year, &list, &n, &err)) return;
        for (size_t i = 0; i < n; i++)
            if (list[i].heading_no == e->c.heading_no) version = list[i].version;
        constraints_free(list, n);
        if (version >= 0) e->c.version = version;
    } else {
        struct finding now;
        long agency;
        int year;
        if (db_finding_get(app->db, e->f.id, &now, &agency, &year, &err)) return;
        version = e->f.version = now.version;
        finding_clear(&now);
    }
    if (version >= 0) e->ed.draft.base_version = version;
}

static int save(struct aedit *e, struct ui_app *app)
{
    struct db_error err = {{0}};
    ui_form_clear_errors(&e->ed.form);
    enum db_save r = store(e, app, &err);
    if (r == DB_CONFLICT) {
        ui_draft_autosave(app, &e->ed.draft, &e->ed.form, 1);
        rebase(e, app);
        ui_message(app, 1, "%s %s", err.msg, _("F2 again saves your text over it."));
        return 0;
    }
    if (r == DB_SAVE_FAILED) {
        const char *field = strstr(err.msg, "OIT")                 ? "oit"
                            : strncmp(err.msg, "question", 8) == 0 ? "questions"
                            : strncmp(err.msg, "text", 4) == 0     ? "text"
                                                                   : "indicators";
        if (!e->constraint) ui_form_error(&e->ed.form, field, err.msg);
        ui_message(app, 1, "%s", _("Not saved: correct the fields marked with !"));
        if (e->constraint) ui_message(app, 1, "%s", err.msg);
        return 0;
    }
    ui_draft_done(app, &e->ed.draft, &e->ed.form);
    struct aedit_arg again = {e->constraint, e->f.id, e->agency_id, e->year, e->c.heading_no, NULL};
    int focus = e->ed.form.focus;
    load(e, app, &again);
    if (focus < e->ed.form.n) e->ed.form.focus = focus;
    ui_message(app, 0, "%s", r == DB_UNCHANGED ? _("Nothing changed.") : _("Saved."));
    return 1;
}

static int save_editor(void *e, struct ui_app *app)
{
    return save(e, app);
}

static int go_back(struct aedit *e, struct ui_app *app)
{
    e->leave = (struct ui_leave){
        &e->ed.draft, &e->ed.form, e, save_editor,
        _("This text has changes that are not saved. They are kept as a draft until "
          "you save or discard them.")};
    return ui_editor_leave(app, &e->leave);
}

static int aedit_save(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    save(s->st, app);
    return UI_LAYOUT;
}

/* Esc, and Ctrl-C the same way: asks when something is unsaved. */
static int aedit_back(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return go_back(s->st, app);
}

static const struct ui_handler aedit_handlers[] = {
    {UI_ACT_SAVE, aedit_save},
    {UI_ACT_BACK, aedit_back},
    {UI_ACT_INTERRUPT, aedit_back},
    UI_EDITOR_HANDLERS,
    {0, NULL},
};

const struct ui_screen_ops ui_analysis_edit_ops = {
    .enter = aedit_enter,
    .leave = aedit_leave,
    .draw = aedit_draw,
    .handlers = aedit_handlers,
    .key = ui_editor_key,
    .refresh = ui_editor_refresh,
};

static void draft_restored(void *ctx, long base)
{
    struct aedit *e = ctx;
    if (e->constraint)
        e->c.version = base;
    else
        e->f.version = base;
}

/* Pushes the editor, then asks about a draft of the record if there is one. */
static int open_editor(struct ui_app *app, const struct aedit_arg *arg)
{
    if (ui_push(app, &ui_analysis_edit_ops, arg)) return -1;
    struct aedit *e = ui_top(app)->st;
    e->ed.offer = (struct ui_draft_offer){&e->ed.draft, &e->ed.form, draft_restored, e};
    return ui_draft_offer_back(app, &e->ed.offer, _("You have an unsaved draft of this text."));
}

int ui_open_finding(struct ui_app *app, long id)
{
    struct aedit_arg a = {.id = id};
    return open_editor(app, &a);
}

int ui_open_new_finding(struct ui_app *app, long agency_id, int year,
                        const struct finding_proposal *proposal)
{
    struct aedit_arg a = {.agency_id = agency_id, .year = year, .proposal = proposal};
    return ui_push(app, &ui_analysis_edit_ops, &a);
}

int ui_open_constraint(struct ui_app *app, long agency_id, int year, int heading)
{
    struct aedit_arg a = {
        .constraint = 1, .agency_id = agency_id, .year = year, .heading = heading};
    return open_editor(app, &a);
}
