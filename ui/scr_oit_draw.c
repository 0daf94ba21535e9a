/* Drawing the OIT checklist: the progress and filter lines, the list (group headings with
 * done/total and a bar, item rows in columns) and the detail of the selected item. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt.h"
#include "timefmt.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "ui_oit.h"
#include "xalloc.h"

#define GROUP_BAR_COLS 10

#define WHATIF_MAX_LINES 6 /* of the what-if panel, under its rule */

/* The bottom of the screen for the what-if panel while items are marked: its lines, at
 * most WHATIF_MAX_LINES and a third of the screen. */
static struct ui_rect whatif_layout(struct oit_scr *sc, struct ui_app *app, struct ui_rect *a)
{
    if (!ui_whatif_count(app) || a->h < 12 || ui_whatif_panel_load(&sc->whatif, app))
        return (struct ui_rect){0};
    ui_whatif_panel_build(&sc->whatif, app, a->w - 2, 0);
    int h = (int)sc->whatif.doc.n;
    if (h > WHATIF_MAX_LINES) h = WHATIF_MAX_LINES;
    if (h > a->h / 3) h = a->h / 3;
    a->h -= h + 1;
    return (struct ui_rect){a->y + a->h, a->x, h + 1, a->w};
}

void oit_layout_areas(struct oit_scr *sc, struct ui_app *app, struct ui_rect a)
{
    sc->whatif_area = whatif_layout(sc, app, &a);
    sc->info = (struct ui_rect){a.y, a.x + 1, 2, a.w - 2};
    struct ui_rect body = {a.y + 2, a.x, a.h - 2, a.w};
    sc->pane = (struct ui_rect){0};
    sc->list = body;
    if (a.w >= OIT_PANE_MIN_COLS && !sc->full) {
        sc->list.w = a.w * 3 / 5;
        sc->pane = (struct ui_rect){body.y, body.x + sc->list.w + 2, body.h, a.w - sc->list.w - 3};
    }
}

/* "Done 27 of 35 (77%), in progress 1" and a bar; the marks on the right. */
static void draw_progress(struct oit_scr *sc, struct ui_app *app, int y)
{
    const struct oit_progress *p = &sc->v.overall;
    int pct = p->total ? p->done * 100 / p->total : 0;
    char left[256], right[128] = "";
    snprintf(left, sizeof left, _("Done %d of %d (%d%%), checked %d, in progress %d"), p->done,
             p->total, pct, p->checked, p->in_progress);
    if (sc->v.nmarked)
        snprintf(right, sizeof right, ngettext("%zu marked", "%zu marked", sc->v.nmarked),
                 sc->v.nmarked);
    else if (p->returned)
        snprintf(right, sizeof right, ngettext("%d sent back", "%d sent back", p->returned),
                 p->returned);
    int x = sc->info.x, w = sc->info.w;
    int lw = ui_text_cols(left), rw = right[0] ? ui_text_cols(right) + 1 : 0;
    int bar = w - lw - rw - 2;
    if (bar > 30) bar = 30;
    ui_put(app, y, x, lw, left, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    if (bar >= 5)
        ui_bar(app, y, x + lw + 1, bar, p->total ? 100.0 * p->done / p->total : 0, UI_ROLE_GOOD);
    if (rw) ui_put(app, y, x + w - rw + 1, rw - 1, right, TT_ALIGN_RIGHT, UI_ROLE_WARN);
}

/* "Showing: all items" and the search field, or the code being typed. */
static void draw_filter(struct oit_scr *sc, struct ui_app *app, int y)
{
    char show[256], text[320];
    oit_view_show_text(&sc->v, show, sizeof show);
    snprintf(text, sizeof text, _("Showing: %s"), show);
    int x = sc->info.x, w = sc->info.w;
    int half = w / 2;
    ui_put(app, y, x, half - 1, text, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
    const char *label = sc->jumping ? _("Go to:") : _("Search:");
    int lw = ui_text_cols(label) + 1;
    ui_put(app, y, x + half, lw, label, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    if (sc->jumping) {
        ui_put(app, y, x + half + lw, w - half - lw, sc->jump, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        app->cursor_y = y;
        app->cursor_x = x + half + lw + (int)strlen(sc->jump);
        return;
    }
    ui_field_draw(app, y, x + half + lw, w - half - lw, &sc->search, sc->searching,
                  _("(/ or type to search)"));
}

static void draw_separators(struct oit_scr *sc, struct ui_app *app, int y, const char *sep)
{
    int first = 1;
    for (int c = 0; c < OIT_NCOLS; c++) {
        if (!sc->t.width[c]) continue;
        if (!first) ui_put(app, y, sc->t.x[c] - 1, 1, sep, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        first = 0;
    }
}

static void draw_header(struct oit_scr *sc, struct ui_app *app)
{
    int y = sc->list.y;
    for (int c = 0; c < OIT_NCOLS; c++)
        if (sc->t.width[c])
            ui_put(app, y, sc->t.x[c], sc->t.width[c], sc->cols[c].title, TT_ALIGN_LEFT,
                   UI_ROLE_HEADER);
    draw_separators(sc, app, y, ui_line_v(app));
    ui_hline(app, y + 1, sc->list.x, sc->list.w);
    draw_separators(sc, app, y + 1, ui_line_cross(app));
}

/* "9.1 ข้อมูลพื้นฐาน" ... "5/6 ######----" */
static void draw_heading(struct oit_scr *sc, struct ui_app *app, int y, int g)
{
    const struct oit_progress *p = &sc->v.groups[g];
    char title[512], count[32];
    if (p->group_title && *p->group_title && strcmp(p->group_title, p->group_key) != 0)
        snprintf(title, sizeof title, "%s %s", p->group_key, p->group_title);
    else
        snprintf(title, sizeof title, "%s", *p->group_key ? p->group_key : "-");
    snprintf(count, sizeof count, "%d/%d", p->done, p->total);
    int x = sc->list.x, w = sc->list.w;
    int bar = w >= 50 ? GROUP_BAR_COLS : 0, cw = 6;
    int tw = w - cw - (bar ? bar + 1 : 0) - 1;
    ui_put(app, y, x, tw, title, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    ui_put(app, y, x + tw, cw + 1, count, TT_ALIGN_RIGHT, UI_ROLE_HEADER);
    if (bar) {
        ui_fill(app, y, x + tw + cw + 1, 1, UI_ROLE_NORMAL);
        ui_bar(app, y, x + w - bar, bar, p->total ? 100.0 * p->done / p->total : 0, UI_ROLE_GOOD);
    }
}

static const char *cell_text(const struct oit_scr *sc, struct ui_app *app, const struct oit_row *r,
                             long row, int c, char *buf, size_t n, enum ui_role *role)
{
    *role = UI_ROLE_NORMAL;
    const struct oit_pending *p;
    switch (c) {
    case OIT_COL_STATE:
        if ((p = oit_pending_of(app, r->code))) {
            /* waiting for a busy database: what it will be, marked '?' until saved */
            snprintf(buf, n, "%s%s?", sc->v.marked[row] ? "*" : " ", oit_state_mark(p->state));
            *role = UI_ROLE_DIM;
            return buf;
        }
        /* A fifth column for the reviewer: + checked, ! sent back. */
        snprintf(buf, n, "%s%s%s", sc->v.marked[row] ? "*" : " ", oit_state_mark(r->state),
                 r->review == REVIEW_CHECKED    ? "+"
                 : r->review == REVIEW_RETURNED ? "!"
                                                : "");
        if (r->state == ITA_DONE) *role = UI_ROLE_GOOD;
        if (r->review == REVIEW_RETURNED) *role = UI_ROLE_WARN;
        return buf;
    case OIT_COL_CODE:
        return r->code;
    case OIT_COL_TITLE: {
        char prefix[64];
        ui_whatif_title_prefix(app, r->code, prefix, sizeof prefix);
        int known = r->known && r->title_th;
        snprintf(buf, n, "%s%s", prefix,
                 known ? r->title_th : _("(title not known in the catalog)"));
        if (!known) *role = UI_ROLE_WARN;
        if (prefix[0]) *role = UI_ROLE_HEADER;
        return buf;
    }
    case OIT_COL_UNIT:
        return r->unit_name ? r->unit_name : "-";
    default:
        if (r->evidence_url && *r->evidence_url && r->recheck) {
            /* TRANSLATORS: in the Link column: a link carried from last year, to re-check
             * (at most 5 columns). */
            *role = UI_ROLE_WARN;
            return _("check");
        }
        /* TRANSLATORS: in the Link column when the item has an evidence link. */
        return r->evidence_url && *r->evidence_url ? _("yes") : "-";
    }
}

static void draw_item(struct oit_scr *sc, struct ui_app *app, int y, long line)
{
    long row = sc->v.lines[line].row;
    const struct oit_row *r = &sc->v.rows[row];
    int selected = line == sc->t.sel;
    for (int c = 0; c < OIT_NCOLS; c++) {
        if (!sc->t.width[c]) continue;
        char buf[1024];
        enum ui_role role;
        const char *text = cell_text(sc, app, r, row, c, buf, sizeof buf, &role);
        ui_put(app, y, sc->t.x[c], sc->t.width[c], text, TT_ALIGN_LEFT,
               selected ? UI_ROLE_SELECT : role);
    }
    draw_separators(sc, app, y, ui_line_v(app));
}

static void draw_list(struct oit_scr *sc, struct ui_app *app)
{
    draw_header(sc, app);
    int y = sc->list.y + 2;
    if (!sc->v.nlines) {
        ui_put(app, y, sc->list.x + 1, sc->list.w - 1,
               sc->v.n ? _("No item matches the filter or the search.")
                       : _("The catalog lists no OIT items for this year."),
               TT_ALIGN_LEFT, UI_ROLE_DIM);
        return;
    }
    for (int i = 0; i < sc->t.body_h; i++) {
        long line = sc->t.top + i;
        if (line >= (long)sc->v.nlines) break;
        if (sc->v.lines[line].row < 0)
            draw_heading(sc, app, y + i, sc->v.lines[line].group);
        else
            draw_item(sc, app, y + i, line);
    }
}

/* "Label: value" wrapped, or nothing for an empty value. */
static void add_field(struct ui_doc *d, struct ui_app *app, const char *label, const char *value)
{
    if (!value || !*value) return;
    char text[4096];
    snprintf(text, sizeof text, "%s %s", label, value);
    ui_doc_add_wrapped(d, tt_brk_shared(), 0, UI_ROLE_NORMAL, text, NULL, UI_ROLE_NORMAL);
}

/* The catalog's components, one bullet each (they are stored separated by "; "). */
static void add_components(struct ui_doc *d, struct ui_app *app, const char *components)
{
    ui_doc_add(d, 0, UI_ROLE_HEADER, _("Required information (components):"), NULL, UI_ROLE_NORMAL,
               -1);
    if (!components || !*components) {
        ui_doc_add(d, 1, UI_ROLE_DIM, _("(the catalog gives none for this item)"), NULL,
                   UI_ROLE_NORMAL, -1);
        return;
    }
    char *copy = xstrdup(components), *save = NULL;
    for (char *part = strtok_r(copy, ";", &save); part; part = strtok_r(NULL, ";", &save)) {
        while (*part == ' ')
            part++;
        char text[4096];
        snprintf(text, sizeof text, "%s%s", *part == '-' ? "" : "- ", part);
        if (*part)
            ui_doc_add_wrapped(d, tt_brk_shared(), 1, UI_ROLE_NORMAL, text, NULL, UI_ROLE_NORMAL);
    }
    free(copy);
}

static void add_state(struct ui_doc *d, struct ui_app *app, const struct oit_row *r)
{
    char text[512], score[32] = "";
    if (r->score.set) snprintf(score, sizeof score, "%g", r->score.v);
    snprintf(text, sizeof text, "%s %s  %s", r->code, oit_state_mark(r->state),
             oit_state_label(r->state));
    ui_doc_add(d, 0, UI_ROLE_HEADER, text, score[0] ? score : NULL, UI_ROLE_HEADER, -1);
    const struct oit_pending *p = oit_pending_of(app, r->code);
    if (!p) return;
    snprintf(text, sizeof text, _("Pending: %s, saved when the other user's save is over"),
             oit_state_label(p->state));
    ui_doc_add_wrapped(d, tt_brk_shared(), 0, UI_ROLE_WARN, text, NULL, UI_ROLE_NORMAL);
}

static void add_last_change(struct ui_doc *d, struct ui_app *app, const struct oit_row *r)
{
    char text[512], when[64];
    if (r->version > 0 && r->updated_at) {
        snprintf(text, sizeof text, _("Last change: %s, %s"), r->updated_by ? r->updated_by : "?",
                 timefmt_local(r->updated_at, when, sizeof when));
        ui_doc_add_wrapped(d, tt_brk_shared(), 0, UI_ROLE_DIM, text, NULL, UI_ROLE_NORMAL);
    } else {
        ui_doc_add(d, 0, UI_ROLE_DIM, _("Never changed for this agency."), NULL, UI_ROLE_NORMAL,
                   -1);
    }
}

/* The reviewer's verdict on the item as it is now, and the comment. */
static void add_review(struct ui_doc *d, struct ui_app *app, const struct oit_row *r)
{
    if (r->review == REVIEW_NONE) return;
    char text[4096];
    snprintf(text, sizeof text, _("Review: %s by %s"), review_verdict_label(r->review, 0),
             r->reviewed_by ? r->reviewed_by : "?");
    ui_doc_add_wrapped(d, tt_brk_shared(), 0,
                       r->review == REVIEW_RETURNED ? UI_ROLE_WARN : UI_ROLE_GOOD, text, NULL,
                       UI_ROLE_NORMAL);
    if (r->review_comment)
        ui_doc_add_wrapped(d, tt_brk_shared(), 1, UI_ROLE_NORMAL, r->review_comment, NULL,
                           UI_ROLE_NORMAL);
}

static void build_detail(struct oit_scr *sc, struct ui_app *app, const struct oit_row *r, int w)
{
    struct ui_doc *d = &sc->doc;
    ui_doc_clear(d);
    d->width = w;
    d->right_cols = 8;
    add_state(d, app, r);
    if (r->known && r->title_th)
        ui_doc_add_wrapped(d, tt_brk_shared(), 0, UI_ROLE_NORMAL, r->title_th, NULL,
                           UI_ROLE_NORMAL);
    else
        ui_doc_add(d, 0, UI_ROLE_WARN, _("(title not known in the catalog)"), NULL, UI_ROLE_NORMAL,
                   -1);
    char group[512];
    snprintf(group, sizeof group, "%s %s", r->group_key ? r->group_key : "",
             r->group_title && r->group_key && strcmp(r->group_title, r->group_key) != 0
                 ? r->group_title
                 : "");
    add_field(d, app, _("Group:"), group);
    ui_doc_gap(d);
    add_components(d, app, r->components_th);
    ui_doc_gap(d);
    add_field(d, app, _("Responsible unit:"), r->unit_name ? r->unit_name : "-");
    add_field(d, app, _("Evidence link:"), r->evidence_url ? r->evidence_url : "-");
    if (r->evidence_url && r->recheck)
        ui_doc_add_wrapped(d, tt_brk_shared(), 1, UI_ROLE_WARN,
                           _("To re-check: carried from another year's checklist. Open it, then "
                             "save the link again (l) to confirm it."),
                           NULL, UI_ROLE_NORMAL);
    if (r->score.set) {
        char score[32];
        snprintf(score, sizeof score, "%g", r->score.v);
        add_field(d, app, _("Panel score:"), score);
    }
    ui_doc_add(d, 0, UI_ROLE_HEADER, _("Note:"), NULL, UI_ROLE_NORMAL, -1);
    ui_doc_add_wrapped(d, tt_brk_shared(), 1, r->note ? UI_ROLE_NORMAL : UI_ROLE_DIM,
                       r->note ? r->note : _("(none)"), NULL, UI_ROLE_NORMAL);
    ui_doc_gap(d);
    add_review(d, app, r);
    add_last_change(d, app, r);
}

/* The detail of the selected item into area (rebuilt when the item or its version
 * changed). */
static void draw_detail(struct oit_scr *sc, struct ui_app *app, struct ui_rect area)
{
    const struct oit_row *r = oit_selected(sc);
    if (!r) {
        for (int i = 0; i < area.h; i++)
            ui_fill(app, area.y + i, area.x, area.w, UI_ROLE_NORMAL);
        return;
    }
    const void *pending = oit_pending_of(app, r->code);
    if (!sc->doc_valid || strcmp(sc->doc_code, r->code) != 0 || sc->doc_version != r->version ||
        sc->doc.width != area.w || sc->doc_pending != pending) {
        long top = strcmp(sc->doc_code, r->code) == 0 ? sc->doc.top : 0;
        build_detail(sc, app, r, area.w);
        snprintf(sc->doc_code, sizeof sc->doc_code, "%s", r->code);
        sc->doc_version = r->version;
        sc->doc_pending = pending;
        sc->doc.top = top;
        sc->doc_valid = 1;
    }
    ui_doc_draw(&sc->doc, app, area);
}

/* The what-if panel under a rule: rebuilt each time, as scores may have changed. */
static void draw_whatif(struct oit_scr *sc, struct ui_app *app)
{
    struct ui_rect a = sc->whatif_area;
    if (!a.h) return;
    if (ui_whatif_panel_load(&sc->whatif, app) == 0)
        ui_whatif_panel_build(&sc->whatif, app, a.w - 2, 0);
    ui_hline(app, a.y, a.x, a.w);
    ui_doc_draw(&sc->whatif.doc, app, (struct ui_rect){a.y + 1, a.x + 1, a.h - 1, a.w - 2});
}

void oit_draw(struct oit_scr *sc, struct ui_app *app)
{
    draw_whatif(sc, app);
    draw_progress(sc, app, sc->info.y);
    draw_filter(sc, app, sc->info.y + 1);
    if (sc->full) {
        struct ui_rect a = sc->list;
        draw_detail(sc, app, (struct ui_rect){a.y, a.x + 1, a.h, a.w - 2});
        return;
    }
    draw_list(sc, app);
    if (!sc->pane.w) return;
    for (int i = 0; i < sc->pane.h; i++)
        ui_put(app, sc->pane.y + i, sc->pane.x - 2, 2, ":", TT_ALIGN_LEFT, UI_ROLE_DIM);
    draw_detail(sc, app, sc->pane);
}
