/* Drafts: a form's text written to the database within a second of typing (and at once
 * before a dialog, on leaving, on a signal), so that a dropped SSH link or a crash loses
 * nothing; at start-up the user is offered the drafts left behind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_finding.h"
#include "db_plan.h"
#include "db_role.h"
#include "i18n.h"
#include "timefmt.h"
#include "ita_calendar.h"
#include "ui_calendar.h"
#include "ui_dialog.h"
#include "ui_framework.h"
#include "ui_oit.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "xalloc.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void ui_draft_start(struct ui_draft *d, const char *entity, const char *key, long base_version,
                    unsigned long rev)
{
    *d = (struct ui_draft){0};
    snprintf(d->entity, sizeof d->entity, "%s", entity);
    snprintf(d->key, sizeof d->key, "%s", key);
    d->base_version = base_version;
    d->saved_rev = d->draft_rev = rev;
}

int ui_draft_dirty(const struct ui_draft *d, const struct ui_form *form)
{
    return ui_form_rev(form) != d->saved_rev;
}

void ui_draft_autosave(struct ui_app *app, struct ui_draft *d, const struct ui_form *form,
                       int force)
{
    unsigned long rev = ui_form_rev(form);
    if (rev == d->draft_rev || rev == d->saved_rev) return;
    if (app->db->readonly) return; /* saving says why nothing can be kept */
    /* A viewer keeps no drafts: the save says why when it is tried. */
    if (db_may(app->db, DB_ALL_AGENCIES, DB_CAP_DRAFT, NULL)) return;
    double now = now_seconds();
    if (!force && now - d->last_put < 1.0) return;
    char *body = ui_form_encode(form);
    struct db_error err;
    if (!body) return;
    if (db_draft_put(app->db, d->entity, d->key, d->base_version, body, &err) == 0) {
        d->draft_rev = rev;
        d->last_put = now;
    } else {
        ui_message(app, 1, _("The draft could not be kept: %s"), err.msg);
    }
    free(body);
}

void ui_draft_done(struct ui_app *app, struct ui_draft *d, const struct ui_form *form)
{
    struct db_error err;
    if (db_may(app->db, DB_ALL_AGENCIES, DB_CAP_DRAFT, NULL) == 0 &&
        db_draft_drop(app->db, d->entity, d->key, &err))
        ui_message(app, 1, "%s", err.msg);
    d->saved_rev = d->draft_rev = ui_form_rev(form);
}

static void after_offer(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct ui_draft_offer *o = ctx;
    struct db_error err;
    char *body = NULL;
    long base = 0;
    if (answer == UI_ACT_BACK) {
        ui_pop(app);
        return;
    }
    if (answer == UI_ACT_DISCARD) {
        ui_draft_done(app, o->draft, o->form);
        ui_message(app, 0, "%s", _("The draft was discarded."));
        return;
    }
    if (db_draft_get(app->db, o->draft->entity, o->draft->key, &body, &base, &err) == 1 &&
        ui_form_decode(o->form, body) == 0) {
        o->draft->base_version = base;
        o->draft->draft_rev = ui_form_rev(o->form);
        if (o->restored) o->restored(o->ctx, base);
        ui_message(app, 0, "%s", _("The draft was restored; F2 saves it."));
    }
    free(body);
}

int ui_draft_offer_back(struct ui_app *app, struct ui_draft_offer *o, const char *text)
{
    char *body = NULL;
    struct db_error err;
    if (db_draft_get(app->db, o->draft->entity, o->draft->key, &body, NULL, &err) != 1) return 0;
    free(body);
    struct ui_ask_arg q = {
        .title = _("Unsaved draft"),
        .text = text,
        .keys = _("y: restore the draft   D twice: discard it   Esc: not now"),
        .yes = _("Restore"),
        .back = _("Not now"),
        .answers = UI_ASK(UI_ACT_CONFIRM) | UI_ASK(UI_ACT_DISCARD),
        .done = after_offer,
        .ctx = o,
    };
    return ui_push(app, &ui_ask_ops, &q);
}

/* Opens the record of a draft; its editor then asks whether to restore it. */
static void open_one(struct ui_app *app, const struct db_draft_info *d)
{
    long id = 0, agency = 0;
    int year = 0, heading = 0;
    if (strcmp(d->entity, "measure") == 0) {
        if (sscanf(d->key, "new:%ld:%d", &agency, &year) == 2)
            ui_open_measure(app, 0, agency, year);
        else if (sscanf(d->key, "%ld", &id) == 1)
            ui_open_measure(app, id, 0, 0);
    } else if (strcmp(d->entity, "finding") == 0 && sscanf(d->key, "%ld", &id) == 1) {
        ui_open_finding(app, id);
    } else if (strncmp(d->entity, "oit-", 4) == 0) {
        oit_restore_draft(app, d->entity, d->key);
    } else if (strcmp(d->entity, "carry-pair") == 0) {
        carry_restore_draft(app, d->key);
    } else if (strcmp(d->entity, "constraint") == 0 &&
               sscanf(d->key, "%ld:%d:%d", &agency, &year, &heading) == 3) {
        ui_open_constraint(app, agency, year, heading);
    } else if (strcmp(d->entity, "framework") == 0) {
        ui_open_framework_draft(app, d->key);
    } else if (strcmp(d->entity, "calendar") == 0) {
        ui_open_calendar_draft(app, d->key);
    } else if (strcmp(d->entity, "agency") == 0 && sscanf(d->key, "%ld", &id) == 1) {
        ui_open_agency_editor(app, id);
    } else if (strcmp(d->entity, "unit") == 0) {
        ui_open_unit_draft(app, d->key);
    } else if (strcmp(d->entity, "round-review") == 0) {
        ui_open_round_review_draft(app, d->key);
    } else if (strcmp(d->entity, "score") == 0) {
        ui_open_score_draft(app, d->key);
    }
}

/* The list's line index: the drafts are read again, in the same order (newest first). */
static void open_draft(struct ui_app *app, void *ctx, int index)
{
    struct db_draft_info *v;
    size_t n;
    struct db_error err;
    if (db_drafts_list(app->db, &v, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return;
    }
    if (index >= 0 && (size_t)index < n) open_one(app, &v[index]);
    db_drafts_free(v, n);
}

static void describe(const struct db_draft_info *d, char *buf, size_t n)
{
    long id;
    int num; /* a round's months, a score's year */
    const char *code;
    char when[64];
    const char *at = timefmt_local(d->saved_at ? d->saved_at : "", when, sizeof when);
    if (strcmp(d->entity, "measure") == 0 && strncmp(d->key, "new:", 4) == 0)
        snprintf(buf, n, _("a new measure (%s)"), at);
    else if (strcmp(d->entity, "measure") == 0 && sscanf(d->key, "%ld", &id) == 1)
        snprintf(buf, n, _("measure %ld (%s)"), id, at);
    else if (strcmp(d->entity, "finding") == 0)
        snprintf(buf, n, _("finding %s (%s)"), d->key, at);
    else if (strncmp(d->entity, "oit-", 4) == 0 && (code = strrchr(d->key, ':')) != NULL)
        snprintf(buf, n,
                 strcmp(d->entity, "oit-note") == 0     ? _("note on OIT item %s (%s)")
                 : strcmp(d->entity, "oit-link") == 0   ? _("evidence link of OIT item %s (%s)")
                 : strcmp(d->entity, "oit-review") == 0 ? _("comment sending OIT item %s back (%s)")
                                                        : _("new unit for OIT item %s (%s)"),
                 code + 1, at);
    else if (strcmp(d->entity, "framework") == 0 &&
             strncmp(d->key, UI_FW_NEW_YEAR_KEY, strlen(UI_FW_NEW_YEAR_KEY)) == 0)
        snprintf(buf, n, _("a new year copied from %s (%s)"), d->key + strlen(UI_FW_NEW_YEAR_KEY),
                 at);
    else if (strcmp(d->entity, "framework") == 0)
        snprintf(buf, n, _("framework line %s (%s)"), d->key, at);
    else if (strcmp(d->entity, "calendar") == 0)
        snprintf(buf, n, _("ITA calendar %d: %s (%s)"), atoi(d->key),
                 ita_cal_key_label(
                     ita_cal_key_parse(strchr(d->key, ':') ? strchr(d->key, ':') + 1 : "")),
                 at);
    else if (strcmp(d->entity, "unit") == 0 && strstr(d->key, ":new"))
        snprintf(buf, n, _("a new responsible unit (%s)"), at);
    else if (strcmp(d->entity, "unit") == 0 && (code = strchr(d->key, ':')) != NULL)
        snprintf(buf, n, _("new name of responsible unit %s (%s)"), code + 1, at);
    else if (strcmp(d->entity, "round-review") == 0 &&
             sscanf(d->key, "%*d:%*d:%ld:%d", &id, &num) == 2)
        snprintf(buf, n, _("comment on the %d-month round of measure %ld (%s)"), num, id, at);
    else if (strcmp(d->entity, "score") == 0 && sscanf(d->key, "%*d:%d:", &num) == 1)
        snprintf(buf, n, _("a published score of %d (%s)"), num, at);
    else if (strcmp(d->entity, "agency") == 0 && strcmp(d->key, "0") == 0)
        snprintf(buf, n, _("a new agency (%s)"), at);
    else if (strcmp(d->entity, "agency") == 0)
        snprintf(buf, n, _("agency %s (%s)"), d->key, at);
    else if (strcmp(d->entity, "carry-pair") == 0 && (code = strrchr(d->key, ':')) != NULL)
        snprintf(buf, n, _("next year's pair of OIT item %s (%s)"), code + 1, at);
    else
        snprintf(buf, n, _("constraint %s (%s)"), d->key, at);
}

void ui_drafts_offer(struct ui_app *app)
{
    struct db_error err;
    struct db_draft_info *v;
    size_t count;
    if (db_drafts_list(app->db, &v, &count, &err) || !count) return;
    int n = count > 20 ? 20 : (int)count;
    char **items = xcalloc((size_t)n, sizeof *items);
    for (int i = 0; i < n; i++) {
        char buf[256];
        describe(&v[i], buf, sizeof buf);
        items[i] = xstrdup(buf);
    }
    db_drafts_free(v, count);
    struct ui_choose_arg arg = {
        /* TRANSLATORS: title of the list of drafts offered at start-up. */
        .title = _("Unsaved drafts: Enter opens one to restore it, Esc later"),
        .items = (const char *const *)items,
        .n = n,
        .done = open_draft,
        .ctx = NULL,
    };
    ui_push(app, &ui_choose_ops, &arg);
    for (int i = 0; i < n; i++)
        free(items[i]);
    free(items);
}

int ui_drafts_show(struct ui_app *app)
{
    struct ui_screen *below = ui_top(app);
    ui_drafts_offer(app);
    if (ui_top(app) == below) ui_message(app, 0, "%s", _("You have no unsaved drafts."));
    return UI_LAYOUT;
}

static void after_leave_question(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct ui_leave *l = ctx;
    if (answer == UI_ACT_SAVE && l->save(l->editor, app)) ui_pop(app);
    if (answer == UI_ACT_DISCARD) {
        ui_draft_done(app, l->draft, l->form);
        ui_pop(app);
    }
}

void ui_ask_unsaved(struct ui_app *app, const char *what, ui_ask_fn done, void *ctx)
{
    struct ui_ask_arg q = {
        .title = _("Unsaved changes"),
        .text = what,
        .keys = _("F2 or Ctrl-S: save   Esc: keep editing   D twice: discard"),
        .answers = UI_ASK(UI_ACT_SAVE) | UI_ASK(UI_ACT_DISCARD),
        .done = done,
        .ctx = ctx,
        .back = _("Keep editing"),
    };
    ui_push(app, &ui_ask_ops, &q);
}

int ui_editor_leave(struct ui_app *app, struct ui_leave *l)
{
    if (!ui_draft_dirty(l->draft, l->form)) {
        ui_pop(app);
        return UI_LAYOUT;
    }
    ui_draft_autosave(app, l->draft, l->form, 1);
    ui_ask_unsaved(app, l->what, after_leave_question, l);
    return UI_LAYOUT;
}
