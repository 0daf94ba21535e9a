/* The measure editor: the form of a measure and its rounds, autosaved as a draft while the
 * user types; F2 saves it (version check: a measure someone else saved meanwhile is not
 * overwritten: the text stays here and in the draft, and a second F2 saves over it);
 * leaving with unsaved changes asks first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "i18n.h"
#include "text/tt_wrap.h"
#include "timefmt.h"
#include "ui_draw.h"
#include "ui_editor.h"
#include "ui_measure_form.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "xalloc.h"

struct medit {
    struct ui_editor ed;   /* first: the shared handlers (ui_editor.h) see it */
    struct measure base;   /* the record the form started from (its version) */
    struct draft_kv *init; /* the form's values when loaded */
    size_t ninit;
    struct ui_leave leave; /* while the leave question is open */
    int force_all;         /* after a conflict: the whole form goes over the newer record */
};

struct medit_arg {
    long id, agency_id;
    int plan_year;
};

static void unload(struct medit *e)
{
    ui_form_free(&e->ed.form);
    measure_clear(&e->base);
    draft_kv_free(e->init, e->ninit);
    e->init = NULL;
    e->ninit = 0;
}

static void draft_key(const struct measure *m, char *key, size_t n)
{
    if (m->id)
        snprintf(key, n, "%ld", m->id);
    else
        snprintf(key, n, "new:%ld:%d", m->agency_id, m->plan_year);
}

/* Builds the form from e->base (kept focus); 0 or -1. */
static int build(struct medit *e, struct ui_app *app, int focus)
{
    if (ui_measure_form_build(&e->ed.form, tt_brk_shared(), &e->base)) return -1;
    char *body = ui_form_encode(&e->ed.form);
    int rc = body ? draft_kv_decode(body, &e->init, &e->ninit) : -1;
    free(body);
    if (focus < e->ed.form.n) e->ed.form.focus = focus;
    char key[64];
    draft_key(&e->base, key, sizeof key);
    ui_draft_start(&e->ed.draft, "measure", key, e->base.version, ui_form_rev(&e->ed.form));
    e->force_all = 0;
    return rc;
}

static int load(struct medit *e, struct ui_app *app, long id, long agency_id, int plan_year,
                int focus)
{
    struct db_error err;
    unload(e);
    if (id && db_measure_get(app->db, id, &e->base, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    if (!id) { /* every field is there from the start, the usual 6- and 12-month rounds too */
        e->base = (struct measure){.agency_id = agency_id, .plan_year = plan_year};
        e->base.rounds = xstrdup("6;12");
        e->base.progress = xcalloc(2, sizeof *e->base.progress);
        e->base.progress[0].months = 6;
        e->base.progress[1].months = 12;
        e->base.n_progress = 2;
    }
    return build(e, app, focus);
}

static int medit_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    const struct medit_arg *a = arg;
    struct medit *e = xcalloc(1, sizeof *e);
    s->st = e;
    return load(e, app, a->id, a->agency_id, a->plan_year, 0);
}

static void medit_leave(struct ui_screen *s, struct ui_app *app)
{
    struct medit *e = s->st;
    if (!e) return;
    ui_draft_autosave(app, &e->ed.draft, &e->ed.form, 1); /* a signal or quit: keep the text */
    unload(e);
    free(e);
}

static void medit_draw(struct ui_screen *s, struct ui_app *app)
{
    struct medit *e = s->st;
    struct ui_rect a = s->area;
    const struct measure *m = &e->base;
    char when[32];
    if (m->id)
        ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER,
                _("Measure %ld, plan year %d: version %ld, saved by %s at %s%s"), m->id,
                m->plan_year, m->version, m->updated_by ? m->updated_by : "-",
                timefmt_local(m->updated_at ? m->updated_at : "", when, sizeof when),
                ui_draft_dirty(&e->ed.draft, &e->ed.form) ? _(" (changed)") : "");
    else
        ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER,
                _("New measure, plan year %d%s"), m->plan_year,
                ui_draft_dirty(&e->ed.draft, &e->ed.form) ? _(" (changed)") : "");
    ui_form_draw(&e->ed.form, app, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
}

/* After a conflict the form goes over the record now stored, when saved again. */
static void rebase(struct medit *e, struct ui_app *app)
{
    struct measure now;
    struct db_error err;
    if (db_measure_get(app->db, e->base.id, &now, &err)) return;
    measure_clear(&e->base);
    e->base = now;
    e->force_all = 1;
    e->ed.draft.base_version = now.version;
}

/* F2. Returns 1 when the record now holds the form. */
static int save(struct medit *e, struct ui_app *app)
{
    struct measure m;
    struct db_error err = {{0}};
    char why[512];
    measure_copy(&m, &e->base);
    int bad =
        ui_measure_form_apply(&e->ed.form, e->init, e->ninit, e->force_all, &m, why, sizeof why);
    if (!bad) ui_measure_form_apply_rounds(&e->ed.form, &m, e->init, e->ninit);
    if (bad) {
        ui_message(app, 1, "%s", _("Not saved: correct the fields marked with !"));
        measure_clear(&m);
        return 0;
    }
    long id = m.id;
    enum db_save r = DB_SAVED;
    if (!id) {
        id = db_measure_add(app->db, &m, &err);
        r = id < 0 ? DB_SAVE_FAILED : DB_SAVED;
    } else {
        r = db_measure_save(app->db, &m, &err);
    }
    measure_clear(&m);
    if (r == DB_CONFLICT) {
        ui_draft_autosave(app, &e->ed.draft, &e->ed.form, 1);
        rebase(e, app);
        ui_message(app, 1, "%s %s", err.msg, _("F2 again saves your text over it."));
        return 0;
    }
    if (r == DB_SAVE_FAILED) {
        ui_message(app, 1, "%s", err.msg);
        return 0;
    }
    ui_draft_done(app, &e->ed.draft, &e->ed.form);
    load(e, app, id, 0, 0, e->ed.form.focus);
    ui_message(app, 0,
               r == DB_UNCHANGED ? _("Measure %ld: nothing changed.") : _("Measure %ld saved."),
               id);
    return 1;
}

static int save_editor(void *e, struct ui_app *app)
{
    return save(e, app);
}

static int go_back(struct medit *e, struct ui_app *app)
{
    e->leave =
        (struct ui_leave){&e->ed.draft, &e->ed.form, e, save_editor,
                          _("This measure has changes that are not saved. They are kept as a draft "
                            "until you save or discard them.")};
    return ui_editor_leave(app, &e->leave);
}

static int medit_save(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    save(s->st, app);
    return UI_LAYOUT;
}

/* Esc, and Ctrl-C the same way: asks when something is unsaved. */
static int medit_back(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return go_back(s->st, app);
}

static const struct ui_handler medit_handlers[] = {
    {UI_ACT_SAVE, medit_save},
    {UI_ACT_BACK, medit_back},
    {UI_ACT_INTERRUPT, medit_back},
    UI_EDITOR_HANDLERS,
    {0, NULL},
};

const struct ui_screen_ops ui_measure_edit_ops = {
    .enter = medit_enter,
    .leave = medit_leave,
    .draw = medit_draw,
    .handlers = medit_handlers,
    .key = ui_editor_key,
    .refresh = ui_editor_refresh,
};

/* A newer record than the draft's makes the save a conflict. */
static void draft_restored(void *ctx, long base_version)
{
    struct medit *e = ctx;
    e->base.version = base_version;
}

int ui_open_measure(struct ui_app *app, long id, long agency_id, int plan_year)
{
    struct medit_arg arg = {id, agency_id, plan_year};
    if (ui_push(app, &ui_measure_edit_ops, &arg)) return -1;
    struct medit *e = ui_top(app)->st;
    char *body = NULL;
    long base_version = 0;
    struct db_error err;
    if (db_draft_get(app->db, "measure", e->ed.draft.key, &body, &base_version, &err) != 1)
        return 0;
    free(body);
    char text[512];
    if (id && base_version != e->base.version)
        snprintf(text, sizeof text,
                 _("You have an unsaved draft of this measure, written when it was at version "
                   "%ld; it is now at version %ld (saved by %s)."),
                 base_version, e->base.version, e->base.updated_by ? e->base.updated_by : "?");
    else
        snprintf(text, sizeof text, "%s", _("You have an unsaved draft of this measure."));
    e->ed.offer = (struct ui_draft_offer){&e->ed.draft, &e->ed.form, draft_restored, e};
    return ui_draft_offer_back(app, &e->ed.offer, text);
}
