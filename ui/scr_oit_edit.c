/* Changes made on the OIT checklist. Each one is saved at once in one short transaction
 * (db_oit_save with the version the screen showed, or db_oit_save_many for the marked
 * items); a version conflict names who changed the item first and reloads it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_oit.h"
#include "db_plan.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "ui_oit.h"
#include "ui_screens.h"
#include "ui_text_draft.h"
#include "xalloc.h"

/* Saves change to the item with code at the version the screen has. 0 when saved (or
 * nothing changed); -1 with the reason in why. A conflict reloads the item. */
static int save_item(struct oit_scr *sc, struct ui_app *app, const char *code,
                     const struct oit_change *change, char *why, size_t whysz)
{
    long row = oit_view_row_of(&sc->v, code);
    if (row < 0) {
        snprintf(why, whysz, _("There is no item %s this year."), code);
        return -1;
    }
    struct db_error err = {{0}};
    enum db_save r = db_oit_save(app->db, app->agency_id, app->year, code, sc->v.rows[row].version,
                                 change, &err);
    if (r == DB_SAVE_FAILED) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    struct db_error reload_err;
    if (r != DB_UNCHANGED &&
        oit_view_reload_row(&sc->v, app->db, app->agency_id, app->year, row, &reload_err) == 0)
        oit_select_code(sc, code);
    sc->doc_valid = 0;
    if (r == DB_CONFLICT) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    return 0;
}

/* Applies change to every marked item in one transaction, then reloads the list. */
static int save_marked(struct oit_scr *sc, struct ui_app *app, const struct oit_change *change,
                       char *why, size_t whysz)
{
    const char **codes;
    size_t n = oit_view_marked_codes(&sc->v, &codes);
    struct db_error err = {{0}};
    long changed = db_oit_save_many(app->db, app->agency_id, app->year, codes, n, change, &err);
    free(codes);
    if (changed < 0) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    oit_view_clear_marks(&sc->v);
    oit_reload_all(sc, app);
    ui_message(app, 0, ngettext("%ld item changed.", "%ld items changed.", changed), changed);
    return 0;
}

static void pending_key(char *key, size_t n, long agency_id, int year, const char *code)
{
    snprintf(key, n, "oit:%ld:%d:%s", agency_id, year, code);
}

const struct oit_pending *oit_pending_of(struct ui_app *app, const char *code)
{
    char key[64];
    pending_key(key, sizeof key, app->agency_id, app->year, code);
    return app->retries.n ? ui_retry_find(app, key) : NULL;
}

static enum ui_retry_result retry_state(struct ui_app *app, void *ctx)
{
    const struct oit_pending *p = ctx;
    struct oit_change c = {.fields = OIT_SET_STATE, .state = p->state};
    struct db_error err;
    enum db_save r = db_oit_save(app->db, p->agency_id, p->year, p->code, p->version, &c, &err);
    if (r == DB_SAVE_FAILED && db_failed_busy(app->db)) return UI_RETRY_BUSY;
    if (r == DB_SAVED || r == DB_UNCHANGED)
        ui_message(app, 0, _("%s: %s (saved)"), p->code, oit_state_label(p->state));
    else
        ui_message(app, 1, "%s", err.msg);
    return UI_RETRY_DONE;
}

static void gave_up_state(struct ui_app *app, void *ctx)
{
    const struct oit_pending *p = ctx;
    ui_message(app, 1,
               _("%s: NOT saved (%s): another user kept the database busy too long; try again"),
               p->code, oit_state_label(p->state));
}

/* Keeps the change to save when the other user's save is over; keys go on working. */
static int keep_pending(struct oit_scr *sc, struct ui_app *app, const struct oit_row *r,
                        enum ita_state state)
{
    struct oit_pending *p = xmalloc(sizeof *p);
    *p = (struct oit_pending){app->agency_id, app->year, "", r->version, state};
    snprintf(p->code, sizeof p->code, "%s", r->code);
    char key[64];
    pending_key(key, sizeof key, app->agency_id, app->year, r->code);
    if (ui_retry_add(app, key, retry_state, gave_up_state, p)) {
        ui_message(app, 1, _("%s: not saved: too many changes are waiting for the database"),
                   r->code);
        return UI_DRAW;
    }
    sc->doc_valid = 0;
    ui_message(app, 0, _("%s: %s (pending: another user is saving; it will be saved next)"),
               r->code, oit_state_label(state));
    return UI_DRAW;
}

/* A state change of the selected item (reported on the status line). While earlier changes
 * wait for a busy database, it waits behind them, so they are saved in order. */
static int save_state(struct oit_scr *sc, struct ui_app *app, const struct oit_row *r,
                      enum ita_state state)
{
    if (app->retries.n) return keep_pending(sc, app, r, state);
    struct oit_change c = {.fields = OIT_SET_STATE, .state = state};
    char code[16], why[768];
    snprintf(code, sizeof code, "%s", r->code);
    if (save_item(sc, app, code, &c, why, sizeof why)) {
        if (db_failed_busy(app->db)) return keep_pending(sc, app, r, state);
        ui_message(app, 1, "%s", why);
    } else {
        ui_message(app, 0, _("%s: %s (saved)"), code, oit_state_label(state));
    }
    return UI_DRAW;
}

static int save_marked_state(struct oit_scr *sc, struct ui_app *app, enum ita_state state)
{
    struct oit_change c = {.fields = OIT_SET_STATE, .state = state};
    char why[768];
    if (save_marked(sc, app, &c, why, sizeof why)) ui_message(app, 1, "%s", why);
    return UI_DRAW;
}

/* Done ⇄ not done; for marked items: all done, or all not done when they all were. */
int oit_tick(struct oit_scr *sc, struct ui_app *app)
{
    if (sc->v.nmarked) {
        oit_reload_all(sc, app); /* decide on what is stored now, not on what was shown */
        int all_done = 1;
        for (size_t i = 0; i < sc->v.n; i++)
            if (sc->v.marked[i] && sc->v.rows[i].state != ITA_DONE) all_done = 0;
        return save_marked_state(sc, app, all_done ? ITA_NOT_DONE : ITA_DONE);
    }
    const struct oit_row *r = oit_selected(sc);
    if (!r) return UI_NONE;
    const struct oit_pending *p = oit_pending_of(app, r->code);
    enum ita_state shown = p ? p->state : r->state;
    return save_state(sc, app, r, shown == ITA_DONE ? ITA_NOT_DONE : ITA_DONE);
}

int oit_set_in_progress(struct oit_scr *sc, struct ui_app *app)
{
    if (sc->v.nmarked) return save_marked_state(sc, app, ITA_IN_PROGRESS);
    const struct oit_row *r = oit_selected(sc);
    return r ? save_state(sc, app, r, ITA_IN_PROGRESS) : UI_NONE;
}

/* The target of a dialog: the selected item (or the marked ones); 0, or -1 for none. */
static int set_target(struct oit_scr *sc, int bulk)
{
    const struct oit_row *r = oit_selected(sc);
    sc->bulk = bulk && sc->v.nmarked;
    if (!r && !sc->bulk) return -1;
    snprintf(sc->target, sizeof sc->target, "%s", r ? r->code : "");
    return 0;
}

/* Saves change to the dialog's target; for a text dialog, why keeps it open. */
static int save_target(struct oit_scr *sc, struct ui_app *app, const struct oit_change *c,
                       char *why, size_t whysz)
{
    if (sc->bulk) return save_marked(sc, app, c, why, whysz);
    if (save_item(sc, app, sc->target, c, why, whysz)) return -1;
    ui_message(app, 0, _("%s saved."), sc->target);
    return 0;
}

/* From a chooser (no text to keep): the reason goes to the status line. */
static void save_chosen(struct oit_scr *sc, struct ui_app *app, const struct oit_change *c)
{
    char why[768];
    if (save_target(sc, app, c, why, sizeof why)) ui_message(app, 1, "%s", why);
}

void oit_free_units(struct oit_scr *sc)
{
    db_unit_names_free(sc->units, sc->nunits);
    sc->units = NULL;
    sc->nunits = 0;
}

static int load_units(struct oit_scr *sc, struct ui_app *app)
{
    oit_free_units(sc);
    struct db_error err;
    if (db_unit_list(app->db, app->agency_id, &sc->units, &sc->nunits, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    return 0;
}

/* The dialogs that hold typed text, each kept as a draft under its own entity. */
enum { OIT_DRAFT_NOTE, OIT_DRAFT_LINK, OIT_DRAFT_UNIT };
static const char *const draft_entities[] = {"oit-note", "oit-link", "oit-unit"};

static int draft_kind(const char *entity)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(entity, draft_entities[i]) == 0) return i;
    return -1;
}

static int new_unit_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz);
static int link_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz);
static int note_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz);

/* Opens the note, link or new-unit dialog on sc->target, starting from the user's draft of
 * it when there is one (a dropped link, a crash, or Esc and "keep as draft" left it). */
static void open_text_dialog(struct oit_scr *sc, struct ui_app *app, int which)
{
    const struct oit_row *r = oit_selected(sc);
    char title[128], key[64];
    ui_text_draft_oit_key(key, sizeof key, app->agency_id, app->year, sc->target);
    struct ui_prompt_arg a = {.ctx = sc, .draft_entity = draft_entities[which], .draft_key = key};
    const struct ui_screen_ops *ops = &ui_prompt_ops;
    if (which == OIT_DRAFT_NOTE) {
        snprintf(title, sizeof title, _("Note on %s"), sc->target);
        a.initial = r ? r->note : NULL;
        a.done = note_typed;
        ops = &ui_note_ops;
    } else if (which == OIT_DRAFT_LINK) {
        snprintf(title, sizeof title, _("Evidence link of %s"), sc->target);
        a.label = _("Web address (http:// or https://) where the item is published:");
        a.initial = r ? r->evidence_url : NULL;
        a.done = link_typed;
        a.hint = _("Enter: save   Esc: cancel   (saving an empty field removes the link)");
    } else {
        snprintf(title, sizeof title, "%s", _("New unit"));
        a.label = _("Name of the new responsible unit:");
        a.done = new_unit_typed;
    }
    a.title = title;
    ui_text_dialog_open(app, ops, &a);
}

static int new_unit_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    if (!*text) {
        snprintf(why, whysz, "%s", _("Type the name of the unit."));
        return -1;
    }
    struct oit_change c = {.fields = OIT_SET_UNIT, .unit = text};
    return save_target(ctx, app, &c, why, whysz);
}

/* Chooser lines: the units, then "no unit", then "a new unit". */
static void unit_chosen(struct ui_app *app, void *ctx, int index)
{
    struct oit_scr *sc = ctx;
    if (index == (int)sc->nunits + 1) {
        open_text_dialog(sc, app, OIT_DRAFT_UNIT);
        return;
    }
    struct oit_change c = {.fields = OIT_SET_UNIT,
                           .unit = index < (int)sc->nunits ? sc->units[index] : NULL};
    save_chosen(sc, app, &c);
}

int oit_choose_unit(struct oit_scr *sc, struct ui_app *app)
{
    if (set_target(sc, 1) || load_units(sc, app)) return UI_DRAW;
    const char **items = xcalloc(sc->nunits + 2, sizeof *items);
    const struct oit_row *r = oit_selected(sc);
    int sel = (int)sc->nunits;
    for (size_t i = 0; i < sc->nunits; i++) {
        items[i] = sc->units[i];
        if (!sc->bulk && r && r->unit_name && strcmp(r->unit_name, sc->units[i]) == 0) sel = (int)i;
    }
    items[sc->nunits] = _("(no unit)");
    items[sc->nunits + 1] = _("New unit...");
    char title[128];
    if (sc->bulk)
        snprintf(title, sizeof title,
                 ngettext("Unit of %zu marked item", "Unit of %zu marked items", sc->v.nmarked),
                 sc->v.nmarked);
    else
        snprintf(title, sizeof title, _("Responsible unit of %s"), sc->target);
    struct ui_choose_arg a = {title, items, (int)sc->nunits + 2, sel, unit_chosen, sc};
    ui_push(app, &ui_choose_ops, &a);
    free(items);
    return UI_LAYOUT;
}

static int link_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    const char *bad = *text ? oit_check_url(text) : NULL;
    if (bad) {
        snprintf(why, whysz, _("Refused: %s."), bad);
        return -1;
    }
    struct oit_change c = {.fields = OIT_SET_URL, .url = text};
    return save_target(ctx, app, &c, why, whysz);
}

int oit_edit_link(struct oit_scr *sc, struct ui_app *app)
{
    if (set_target(sc, 0)) return UI_NONE;
    open_text_dialog(sc, app, OIT_DRAFT_LINK);
    return UI_LAYOUT;
}

static int note_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    struct oit_change c = {.fields = OIT_SET_NOTE, .note = text};
    return save_target(ctx, app, &c, why, whysz);
}

int oit_edit_note(struct oit_scr *sc, struct ui_app *app)
{
    if (set_target(sc, 0)) return UI_NONE;
    open_text_dialog(sc, app, OIT_DRAFT_NOTE);
    return UI_LAYOUT;
}

int oit_restore_draft(struct ui_app *app, const char *entity, const char *key)
{
    long agency;
    int year;
    char code[16];
    int which = draft_kind(entity), review = strcmp(entity, "oit-review") == 0;
    if ((which < 0 && !review) || sscanf(key, "%ld:%d:%15s", &agency, &year, code) != 3) return -1;
    if ((agency != app->agency_id || year != app->year) && ui_set_choice(app, agency, year))
        return -1;
    if (ui_open_named(app, "oit") || !ui_top(app) || ui_top(app)->ops != &ui_oit_ops) return -1;
    struct oit_scr *sc = ui_top(app)->st;
    oit_select_code(sc, code);
    const struct oit_row *r = oit_selected(sc);
    if (!r || strcmp(r->code, code) != 0) {
        ui_message(app, 1, _("There is no item %s this year."), code);
        return -1;
    }
    set_target(sc, 0);
    if (review) /* a reviewer's comment sending the item back */
        oit_send_back(sc, app);
    else
        open_text_dialog(sc, app, which);
    return 0;
}

static const double scores[] = {100, 50, 0};

static void score_chosen(struct ui_app *app, void *ctx, int index)
{
    struct oit_change c = {.fields = OIT_SET_SCORE};
    if (index < 3) c.score = (struct opt_score){true, scores[index]};
    save_chosen(ctx, app, &c);
}

int oit_choose_score(struct oit_scr *sc, struct ui_app *app)
{
    if (set_target(sc, 0)) return UI_NONE;
    const struct oit_row *r = oit_selected(sc);
    const char *items[] = {"100", "50", "0", _("(no score)")};
    int sel = 3;
    for (int i = 0; i < 3; i++)
        if (r->score.set && r->score.v == scores[i]) sel = i;
    char title[128];
    snprintf(title, sizeof title, _("Panel score of %s"), sc->target);
    struct ui_choose_arg a = {title, items, 4, sel, score_chosen, sc};
    ui_push(app, &ui_choose_ops, &a);
    return UI_LAYOUT;
}

static void show_chosen(struct ui_app *app, void *ctx, int index)
{
    struct oit_scr *sc = ctx;
    const struct oit_row *r = oit_selected(sc);
    char code[16] = "";
    if (r) snprintf(code, sizeof code, "%s", r->code);
    if (index < OIT_SHOW_UNIT)
        oit_view_set_show(&sc->v, (enum oit_show)index, NULL);
    else if ((size_t)(index - OIT_SHOW_UNIT) < sc->nunits)
        oit_view_set_show(&sc->v, OIT_SHOW_UNIT, sc->units[index - OIT_SHOW_UNIT]);
    sc->doc_valid = 0;
    oit_select_code(sc, code);
}

int oit_choose_show(struct oit_scr *sc, struct ui_app *app)
{
    if (load_units(sc, app)) return UI_DRAW;
    size_t n = OIT_SHOW_UNIT + sc->nunits;
    const char **items = xcalloc(n, sizeof *items);
    char **owned = xcalloc(sc->nunits + 1, sizeof *owned);
    items[OIT_SHOW_ALL] = _("All items");
    items[OIT_SHOW_NOT_DONE] = _("Items not done");
    items[OIT_SHOW_IN_PROGRESS] = _("Items in progress");
    items[OIT_SHOW_DONE] = _("Items done");
    items[OIT_SHOW_NO_LINK] = _("Items without an evidence link");
    items[OIT_SHOW_RETURNED] = _("Items sent back by a reviewer");
    int sel = sc->v.show == OIT_SHOW_UNIT ? OIT_SHOW_ALL : (int)sc->v.show;
    for (size_t i = 0; i < sc->nunits; i++) {
        char text[512];
        snprintf(text, sizeof text, _("Items of %s"), sc->units[i]);
        items[OIT_SHOW_UNIT + i] = owned[i] = xstrdup(text);
        if (sc->v.show == OIT_SHOW_UNIT && sc->v.unit && strcmp(sc->v.unit, sc->units[i]) == 0)
            sel = OIT_SHOW_UNIT + (int)i;
    }
    struct ui_choose_arg a = {_("Show"), items, (int)n, sel, show_chosen, sc};
    ui_push(app, &ui_choose_ops, &a);
    for (size_t i = 0; i < sc->nunits; i++)
        free(owned[i]);
    free(owned);
    free(items);
    return UI_LAYOUT;
}
