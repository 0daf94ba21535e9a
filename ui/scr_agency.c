/* The agency editor (name, kind, district, province, and the people the documents name:
 * the executive who signs, the officer who prepares them), for a new agency or the
 * selected one; and deleting an agency: its name typed again, and — while it has data — a
 * question first saying how much goes with it. Saves and deletes are audited in db/. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "field_limits.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_editor.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "xalloc.h"

/* TRANSLATORS: the fields of the agency editor. */
static const char *const labels[AGENCY_NFIELDS] = {
    N_("Agency name"),    N_("Kind (อบต. ...)"),    N_("District"),
    N_("Province"),       N_("Signer: name"),       N_("Signer: position"),
    N_("Preparer: name"), N_("Preparer: position"), N_("Preparer: phone")};

struct aged {
    struct ui_editor ed; /* first: the shared editor handlers take s->st as one */
    struct agency a;     /* as stored (id 0: new) */
    struct ui_leave leave;
};

static int build(struct aged *e, struct ui_app *app)
{
    struct ui_form *f = &e->ed.form;
    ui_form_free(f);
    *f = (struct ui_form){.brk = tt_brk_shared()};
    for (int i = 0; i < AGENCY_NFIELDS; i++) {
        int k = ui_form_add(f, UI_FORM_LINE, agency_field_name(i), _(labels[i]), 1, LIMIT_NAME,
                            *agency_field(&e->a, i));
        if (k < 0) return -1;
        if (i == 4)
            snprintf(f->f[k].heading, sizeof f->f[k].heading, "%s",
                     _("The people the documents name"));
    }
    char key[32];
    snprintf(key, sizeof key, "%ld", e->a.id); /* 0: a new agency */
    ui_draft_start(&e->ed.draft, "agency", key, 0, ui_form_rev(f));
    return 0;
}

static int aged_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct aged *e = xcalloc(1, sizeof *e);
    s->st = e;
    long id = arg ? *(const long *)arg : 0;
    struct db_error err;
    if (id > 0 && db_agency_get(app->db, id, &e->a, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    return build(e, app);
}

static void aged_leave(struct ui_screen *s, struct ui_app *app)
{
    struct aged *e = s->st;
    if (!e) return;
    ui_draft_autosave(app, &e->ed.draft, &e->ed.form, 1); /* a signal or quit: keep the text */
    ui_form_free(&e->ed.form);
    agency_clear(&e->a);
    free(e);
}

static void aged_draw(struct ui_screen *s, struct ui_app *app)
{
    struct aged *e = s->st;
    struct ui_rect a = s->area;
    const char *changed = ui_draft_dirty(&e->ed.draft, &e->ed.form) ? _(" (changed)") : "";
    if (e->a.id)
        ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER, _("Agency %ld%s"),
                e->a.id, changed);
    else
        ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER, _("New agency%s"),
                changed);
    ui_form_draw(&e->ed.form, app, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
}

static int save(struct aged *e, struct ui_app *app)
{
    struct agency now = {.id = e->a.id};
    for (int i = 0; i < AGENCY_NFIELDS; i++) {
        const char *v = ui_form_value(&e->ed.form, agency_field_name(i));
        *agency_field(&now, i) = *v ? xstrdup(v) : NULL;
    }
    struct db_error err = {{0}};
    ui_form_clear_errors(&e->ed.form);
    int ok;
    enum db_save r = DB_SAVED;
    if (now.id) {
        r = db_agency_update(app->db, &now, &err);
        ok = r != DB_SAVE_FAILED;
    } else {
        now.id = db_agency_add(app->db, &now, &err);
        ok = now.id >= 0;
    }
    if (!ok) {
        ui_form_error(&e->ed.form, "name", err.msg);
        ui_message(app, 1, "%s", err.msg);
        agency_clear(&now);
        return 0;
    }
    ui_draft_done(app, &e->ed.draft, &e->ed.form);
    int added = !e->a.id;
    agency_clear(&e->a);
    e->a = now;
    /* A new agency becomes the current one; the current one's new name shows at once. */
    if (added || now.id == app->agency_id) ui_set_choice(app, now.id, app->year);
    build(e, app);
    ui_message(app, 0,
               r == DB_UNCHANGED ? _("Agency %ld: nothing changed.") : _("Agency %ld saved."),
               e->a.id);
    return 1;
}

static int save_editor(void *e, struct ui_app *app)
{
    return save(e, app);
}

static int aged_save(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    save(s->st, app);
    return UI_LAYOUT;
}

static int aged_back(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct aged *e = s->st;
    e->leave = (struct ui_leave){&e->ed.draft, &e->ed.form, e, save_editor,
                                 _("This agency has changes that are not saved.")};
    return ui_editor_leave(app, &e->leave);
}

static const struct ui_handler aged_handlers[] = {
    UI_EDITOR_HANDLERS,
    {UI_ACT_SAVE, aged_save},
    {UI_ACT_BACK, aged_back},
    {UI_ACT_INTERRUPT, aged_back},
    {0, NULL},
};

const struct ui_screen_ops ui_agency_edit_ops = {
    .enter = aged_enter,
    .leave = aged_leave,
    .draw = aged_draw,
    .handlers = aged_handlers,
    .key = ui_editor_key,
    .refresh = ui_editor_refresh,
};

int ui_open_agency_editor(struct ui_app *app, long id)
{
    if (ui_push(app, &ui_agency_edit_ops, id > 0 ? &id : NULL)) return -1;
    struct aged *e = ui_top(app)->st;
    e->ed.offer = (struct ui_draft_offer){.draft = &e->ed.draft, .form = &e->ed.form};
    return ui_draft_offer_back(app, &e->ed.offer,
                               id > 0 ? _("You have an unsaved draft of this agency.")
                                      : _("You have an unsaved draft of a new agency."));
}

/* --- deleting --- */

static int typed_name(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct ui_agency_delete *d = ctx;
    if (strcmp(text, d->name) != 0) {
        snprintf(why, whysz, "%s", _("That is not the agency's name: nothing was deleted."));
        return -1;
    }
    struct db_error err = {{0}};
    if (db_agency_delete(app->db, d->id, d->records > 0, &err)) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    ui_message(app, 0, _("Agency %ld '%s' deleted."), d->id, d->name);
    return 0;
}

static void ask_name(struct ui_app *app, struct ui_agency_delete *d)
{
    struct ui_prompt_arg p = {
        .title = _("Delete the agency"),
        .label = _("Type the agency's name to delete it:"),
        .done = typed_name,
        .ctx = d,
        .hint = _("Enter: delete   Esc: cancel"),
    };
    ui_push(app, &ui_prompt_ops, &p);
}

static void after_data_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    if (answer == UI_ACT_CONFIRM) ask_name(app, ctx);
}

int ui_agency_delete(struct ui_app *app, long id, struct ui_agency_delete *del)
{
    struct ui_agency_delete d;
    struct agency a = {0};
    struct db_error err = {{0}};
    if (db_agency_get(app->db, id, &a, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return UI_DRAW;
    }
    d = (struct ui_agency_delete){.id = id};
    snprintf(d.name, sizeof d.name, "%s", a.name);
    agency_clear(&a);
    d.records = db_agency_data_count(app->db, id, &err);
    *del = d;
    if (del->records <= 0) {
        ask_name(app, del);
        return UI_LAYOUT;
    }
    snprintf(del->text, sizeof del->text,
             _("Agency '%s' has %ld records: results, checklist, analysis, measures, units. "
               "Deleting it deletes them all."),
             del->name, del->records);
    struct ui_ask_arg q = {
        .title = _("Delete the agency"),
        .text = del->text,
        .keys = _("y: delete it with all its data (its name is asked next)   Esc: keep it"),
        .answers = UI_ASK(UI_ACT_CONFIRM),
        .done = after_data_question,
        .ctx = del,
    };
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}
