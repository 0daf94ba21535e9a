/* Carrying the OIT checklist into the next year's framework (opened with C from the
 * checklist): every item of this year with the item of the next year it maps to, the
 * confidence and whether an admin's stored pair or the titles decided, what it carries; the
 * items not mapped after them; the selected pair in full at the bottom. Enter changes a pair
 * (admins: stored, before titles), C carries after asking. Nothing is saved before that. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "db_oit_carry.h"
#include "i18n.h"
#include "oit.h"
#include "text/tt.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_oit.h"
#include "ui_plans.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

enum { COL_FROM, COL_FROM_TITLE, COL_TO, COL_TO_TITLE, COL_CONF, COL_SOURCE, COL_MOVES, NCOLS };

/* TRANSLATORS: columns of the carry screen: this year's item, next year's, the confidence
 * in per cent, where the pair comes from, what goes across. */
static const struct ui_column columns[NCOLS] = {
    [COL_FROM] = {N_("From"), 4, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_FROM_TITLE] = {N_("Item"), 0, 10, TT_ALIGN_LEFT, 0, 0},
    [COL_TO] = {N_("Into"), 4, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_TO_TITLE] = {N_("Next year's item"), 0, 10, TT_ALIGN_LEFT, 2, 0},
    [COL_CONF] = {"%", 4, 0, TT_ALIGN_RIGHT, 0, 0},
    [COL_SOURCE] = {N_("By"), 8, 0, TT_ALIGN_LEFT, 1, 0},
    [COL_MOVES] = {N_("Carries"), 16, 0, TT_ALIGN_LEFT, 0, 0},
};

struct carry {
    int from, to;
    struct oit_carry_plan plan;
    long *order; /* table row -> plan row: mapped items first, then the others */
    struct ui_table t;
    struct ui_column cols[NCOLS];
    struct ui_rect detail;
    char target[16]; /* the FROM code a prompt is changing */
    char *label;     /* the open dialog's question (malloc'd: translations have no set length) */
};

/* The year after this one when its catalog has items, else this one from the year before. */
static void choose_years(struct carry *c, struct ui_app *app)
{
    struct db_error err;
    c->from = app->year;
    c->to = app->year + 1;
    if (db_oit_catalog_size(app->db, c->to, &err) <= 0) {
        c->from = app->year - 1;
        c->to = app->year;
    }
}

static const struct oit_carry_row *row_at(struct carry *c, long row);

/* Reads the plan again, keeping the selected item selected wherever it now sorts. */
static int load(struct carry *c, struct ui_app *app)
{
    struct db_error err;
    long sel = c->t.sel;
    char code[16] = "";
    const struct oit_carry_row *was = row_at(c, sel);
    if (was) snprintf(code, sizeof code, "%s", was->pair.from);
    oit_carry_plan_free(&c->plan);
    free(c->order);
    c->order = NULL;
    choose_years(c, app);
    if (db_oit_carry_plan(app->db, app->agency_id, c->from, c->to, &c->plan, &err)) {
        ui_message(app, 1, "%s", err.msg);
        ui_table_set_rows(&c->t, 0);
        return -1;
    }
    c->order = xcalloc(c->plan.n + 1, sizeof *c->order);
    long k = 0;
    for (int mapped = 1; mapped >= 0; mapped--)
        for (size_t i = 0; i < c->plan.n; i++)
            if ((c->plan.rows[i].pair.to[0] != '\0') == mapped) {
                if (strcmp(c->plan.rows[i].pair.from, code) == 0) sel = k;
                c->order[k++] = (long)i;
            }
    ui_table_set_rows(&c->t, (long)c->plan.n);
    ui_table_select(&c->t, sel);
    return 0;
}

static int carry_enter(struct ui_screen *sc, struct ui_app *app, const void *arg)
{
    struct carry *c = xcalloc(1, sizeof *c);
    sc->st = c;
    for (int i = 0; i < NCOLS; i++) {
        c->cols[i] = columns[i];
        c->cols[i].title = i == COL_CONF ? "%" : _(columns[i].title);
    }
    c->t.cols = c->cols;
    c->t.ncols = NCOLS;
    c->t.selectable = 1;
    load(c, app);
    return 0; /* an error stays on the status line over an empty list */
}

static void carry_leave(struct ui_screen *sc, struct ui_app *app)
{
    struct carry *c = sc->st;
    if (!c) return;
    oit_carry_plan_free(&c->plan);
    free(c->order);
    free(c->label);
    free(c);
}

enum { DETAIL_LINES = 3 };

static void carry_layout(struct ui_screen *sc, struct ui_app *app)
{
    struct carry *c = sc->st;
    struct ui_rect a = sc->area;
    int list_h = a.h - 2 - DETAIL_LINES - 1;
    ui_table_layout(&c->t, (struct ui_rect){a.y + 2, a.x + 1, list_h, a.w - 2});
    c->detail = (struct ui_rect){a.y + 2 + list_h, a.x + 1, DETAIL_LINES, a.w - 2};
}

static const struct oit_carry_row *row_at(struct carry *c, long row)
{
    return c->order && row >= 0 && (size_t)row < c->plan.n ? &c->plan.rows[c->order[row]] : NULL;
}

static const char *source_word(enum oit_match_source s)
{
    /* TRANSLATORS: who decided a pair: an admin's stored pair, or similar titles (short). */
    return s == OIT_SRC_STORED ? _("by admin") : _("by title");
}

/* What the pair carries; "kept" when the next year has its own of everything there is. */
static const char *moves_text(const struct oit_carry_row *r)
{
    const char *moves = oit_carry_label(r->unit_do == OIT_CARRY_YES, r->url_do == OIT_CARRY_YES,
                                        r->note_do == OIT_CARRY_YES);
    int kept =
        r->unit_do == OIT_CARRY_SKIP || r->url_do == OIT_CARRY_SKIP || r->note_do == OIT_CARRY_SKIP;
    return *moves ? moves : kept ? _("kept") : "-";
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct carry *c = ctx;
    const struct oit_carry_row *r = row_at(c, row);
    if (!r) return;
    int mapped = r->pair.to[0] != '\0';
    switch (col) {
    case COL_FROM:
        out->text = r->pair.from;
        break;
    case COL_FROM_TITLE:
        out->text = r->from_title ? r->from_title : _("(title not known in the catalog)");
        if (!r->from_title) out->role = UI_ROLE_WARN;
        break;
    case COL_TO:
        out->text = mapped ? r->pair.to : "-";
        if (!mapped) out->role = UI_ROLE_WARN;
        break;
    case COL_TO_TITLE:
        out->text = !mapped       ? _("not mapped")
                    : r->to_title ? r->to_title
                                  : _("(title not known in the catalog)");
        if (!mapped) out->role = UI_ROLE_WARN;
        break;
    case COL_CONF:
        if (mapped) snprintf(out->buf, sizeof out->buf, "%d", r->pair.confidence);
        out->text = mapped ? out->buf : "";
        if (mapped && r->pair.confidence < 80) out->role = UI_ROLE_WARN;
        break;
    case COL_SOURCE:
        out->text = mapped || r->pair.source == OIT_SRC_STORED ? source_word(r->pair.source) : "";
        break;
    default:
        out->text = mapped ? moves_text(r) : "";
        out->role = UI_ROLE_DIM;
        break;
    }
}

/* Why a row is not mapped, in words (malloc'd). */
static char *why_not(const struct oit_carry_row *r, int to)
{
    if (r->pair.source == OIT_SRC_STORED && r->pair.clash[0])
        return xasprintf(_("an admin sent it to %d %s, which an earlier stored pair already fills"),
                         to, r->pair.clash);
    if (r->pair.source == OIT_SRC_STORED) return xstrdup(_("an admin said it has no successor"));
    if (r->pair.source == OIT_SRC_UNKNOWN)
        return xstrdup(_("its title is not known: an admin maps it by hand (Enter)"));
    if (r->pair.best >= OIT_MATCH_THRESHOLD)
        return xasprintf(_("its best match (%d%%) went to another item"), r->pair.best);
    return xasprintf(_("no title of %d is alike enough (best %d%%)"), to, r->pair.best);
}

/* The selected pair in full (malloc'd). */
static char *detail_text(const struct carry *c, const struct oit_carry_row *r)
{
    if (r->pair.to[0])
        return xasprintf(_("%d %s %s -> %d %s %s (%d%%). Unit: %s. Link: %s."), c->from,
                         r->pair.from, r->from_title ? r->from_title : "?", c->to, r->pair.to,
                         r->to_title ? r->to_title : "?", r->pair.confidence,
                         r->unit ? r->unit : "-", r->url ? r->url : "-");
    char *why = why_not(r, c->to);
    char *text = xasprintf(_("%d %s %s: not carried, %s."), c->from, r->pair.from,
                           r->from_title ? r->from_title : "?", why);
    free(why);
    return text;
}

static void draw_detail(struct carry *c, struct ui_app *app)
{
    const struct oit_carry_row *r = row_at(c, c->t.sel);
    struct ui_rect d = c->detail;
    for (int i = 0; i < d.h; i++)
        ui_fill(app, d.y + i, d.x, d.w, UI_ROLE_NORMAL);
    if (!r) return;
    char *text = detail_text(c, r);
    /* Titles, units and links come from the database: sanitised before they are measured. */
    char *safe = tt_sanitize(text, TT_SAN_SINGLE_LINE);
    free(text);
    tt_lines lines = {0};
    if (safe && tt_wrap(tt_brk_shared(), safe, strlen(safe), d.w, &lines) == 0)
        for (size_t i = 0; i < lines.n && (int)i < d.h; i++) {
            char *line = xmalloc(lines.v[i].len + 1);
            memcpy(line, safe + lines.v[i].off, lines.v[i].len);
            line[lines.v[i].len] = '\0';
            ui_put(app, d.y + (int)i, d.x, d.w, line, TT_ALIGN_LEFT, UI_ROLE_DIM);
            free(line);
        }
    tt_lines_free(&lines);
    free(safe);
}

static void carry_draw(struct ui_screen *sc, struct ui_app *app)
{
    struct carry *c = sc->st;
    struct ui_rect a = sc->area;
    const struct oit_carry_plan *p = &c->plan;
    ui_putf(app, a.y, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_HEADER,
            _("OIT %d -> %d: %zu of %zu items mapped (%zu by an admin), %zu not mapped"), c->from,
            c->to, p->mapped, p->n, p->stored, p->unmapped);
    ui_putf(app, a.y + 1, a.x + 1, a.w - 2, TT_ALIGN_LEFT, UI_ROLE_NORMAL,
            _("To carry: %zu items, %zu units, %zu links (to re-check), %zu notes; %zu kept"),
            p->items, p->units, p->links, p->notes, p->skipped);
    ui_table_draw(&c->t, app, cell, c);
    draw_detail(c, app);
    ui_put(app, a.y + a.h - 1, a.x + 1, a.w - 2,
           _("C: carry (asks first)   Enter: change the pair (admins)   Esc: back"), TT_ALIGN_LEFT,
           UI_ROLE_DIM);
}

static void after_carry(struct ui_app *app, void *ctx, enum ui_action answer)
{
    struct carry *c = ctx;
    if (answer != UI_ACT_CONFIRM) return;
    struct oit_carry_plan done;
    struct db_error err = {{0}};
    if (db_oit_carry_apply(app->db, app->agency_id, c->from, c->to, &done, &err))
        ui_message(app, 1, "%s", err.msg);
    else
        ui_message(app, 0,
                   _("Carried into %d: %zu items, %zu units, %zu links (to re-check), %zu notes."),
                   c->to, done.items, done.units, done.links, done.notes);
    oit_carry_plan_free(&done);
    load(c, app);
}

static int carry_ask(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct carry *c = sc->st;
    if (!c->plan.n) return UI_NONE;
    free(c->label);
    c->label = xasprintf(_("Carry %zu items into %d: %zu units, %zu links (marked to re-check) and "
                           "%zu notes? Values %d already has are kept; done ticks are never "
                           "carried."),
                         c->plan.items, c->to, c->plan.units, c->plan.links, c->plan.notes, c->to);
    struct ui_ask_arg q = {
        .title = _("Carry the checklist"),
        .text = c->label,
        .keys = _("y: carry   Esc: cancel"),
        .answers = UI_ASK(UI_ACT_CONFIRM),
        .yes = _("Carry"),
        .back = _("Cancel"),
        .done = after_carry,
        .ctx = c,
    };
    ui_push(app, &ui_ask_ops, &q);
    return UI_LAYOUT;
}

/* The admin's answer: a code, "-" for no successor, nothing to let the titles decide. */
static int pair_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t n)
{
    struct carry *c = ctx;
    struct db_error err = {{0}};
    char code[16];
    int rc;
    if (!*text)
        rc = db_oit_map_clear(app->db, c->from, c->to, c->target, &err) < 0 ? -1 : 0;
    else if (strcmp(text, "-") == 0)
        rc = db_oit_map_set(app->db, c->from, c->to, c->target, "", &err);
    else if (oit_code_normalise(text, code)) {
        snprintf(why, n, _("'%s' is not an item code such as O12."), text);
        return -1;
    } else
        rc = db_oit_map_set(app->db, c->from, c->to, c->target, code, &err);
    if (rc) {
        snprintf(why, n, "%s", err.msg);
        return -1;
    }
    load(c, app);
    return 0;
}

/* Drafts of the pair prompt: entity carry-pair, key AGENCY:YEAR:CODE (YEAR the one the screen
 * was opened on, from which it chooses its two years). */
static const char draft_entity[] = "carry-pair";

/* Opens the pair prompt on row r, starting from restored (a draft's text) when not NULL. */
static void open_pair_prompt(struct carry *c, struct ui_app *app, const struct oit_carry_row *r,
                             const char *restored)
{
    char key[64];
    snprintf(c->target, sizeof c->target, "%s", r->pair.from);
    snprintf(key, sizeof key, "%ld:%d:%s", app->agency_id, app->year, r->pair.from);
    free(c->label);
    c->label = xasprintf(_("Item of %d for %d %s:"), c->to, c->from, r->pair.from);
    struct ui_prompt_arg p = {
        .title = _("Change the pair"),
        .label = c->label,
        .initial = r->pair.source == OIT_SRC_STORED ? (r->pair.to[0] ? r->pair.to : "-") : "",
        .hint = _("O4: that item; -: no successor; empty: titles decide"),
        .done = pair_typed,
        .ctx = c,
        /* Esc, Ctrl-C or a dropped link with a code typed: kept, and Esc asks first. */
        .draft_entity = draft_entity,
        .draft_key = key,
        .restored = restored,
    };
    ui_push(app, &ui_prompt_ops, &p);
}

static int carry_pair(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct carry *c = sc->st;
    const struct oit_carry_row *r = row_at(c, c->t.sel);
    if (!r) return UI_NONE;
    char key[64], *draft = NULL;
    struct db_error err;
    snprintf(key, sizeof key, "%ld:%d:%s", app->agency_id, app->year, r->pair.from);
    if (db_draft_get(app->db, draft_entity, key, &draft, NULL, &err) != 1) draft = NULL;
    open_pair_prompt(c, app, r, draft);
    if (draft) ui_message(app, 0, "%s", _("Your unsaved draft of this pair is back."));
    free(draft);
    return UI_LAYOUT;
}

int carry_restore_draft(struct ui_app *app, const char *key)
{
    long agency;
    int year;
    char code[16];
    if (sscanf(key, "%ld:%d:%15s", &agency, &year, code) != 3) return -1;
    if ((agency != app->agency_id || year != app->year) && ui_set_choice(app, agency, year))
        return -1;
    /* Over the checklist, as C opens it there: Esc goes back to the checklist. */
    if (ui_open_named(app, "oit") || ui_push(app, &ui_carry_ops, NULL) || !ui_top(app) ||
        ui_top(app)->ops != &ui_carry_ops)
        return -1;
    struct carry *c = ui_top(app)->st;
    for (long k = 0; k < (long)c->plan.n; k++)
        if (strcmp(row_at(c, k)->pair.from, code) == 0) {
            ui_table_select(&c->t, k);
            return carry_pair(ui_top(app), app, UI_ACT_OPEN) == UI_NONE ? -1 : 0;
        }
    ui_message(app, 1, _("There is no item %s this year."), code);
    return -1;
}

static int carry_move(struct ui_screen *sc, struct ui_app *app, enum ui_action a)
{
    struct carry *c = sc->st;
    return ui_table_handle(&c->t, a);
}

static const struct ui_handler carry_handlers[] = {
    {UI_ACT_CARRY_OVER, carry_ask},
    {UI_ACT_OPEN, carry_pair},
    UI_HANDLE_MOVES(carry_move),
    {0, NULL},
};

static int carry_reload(struct ui_screen *sc, struct ui_app *app)
{
    return load(sc->st, app);
}

static int carry_click(struct ui_screen *sc, struct ui_app *app, int y, int x)
{
    struct carry *c = sc->st;
    return ui_table_click(&c->t, y);
}

const struct ui_screen_ops ui_carry_ops = {
    .enter = carry_enter,
    .leave = carry_leave,
    .layout = carry_layout,
    .draw = carry_draw,
    .handlers = carry_handlers,
    .reload = carry_reload,
    .click = carry_click,
};
