/* The reviewer's overview: every agency of the current agency's province (or, after f, of its
 * district) for the year, with its total and level, OIT checklist done and checked, measures
 * overdue and the last change. s sorts by the next column (- reverses), typing filters by
 * name, district or kind, Enter opens the agency's dashboard and Esc comes back here. One
 * query reads the scope. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_view_overview.h"
#include "i18n.h"
#include "text/tt.h"
#include "timefmt.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_screens.h"
#include "ui_table.h"
#include "xalloc.h"

enum {
    COL_NAME,
    COL_DISTRICT,
    COL_TOTAL,
    COL_LEVEL,
    COL_DONE,
    COL_CHECKED,
    COL_OVERDUE,
    COL_LAST,
    NCOLS
};

static const struct ui_column columns[NCOLS] = {
    [COL_NAME] = {N_("Agency"), 0, 22, TT_ALIGN_LEFT, 0, 0},
    [COL_DISTRICT] = {N_("District"), 0, 8, TT_ALIGN_LEFT, 3, 0},
    [COL_TOTAL] = {N_("Total"), 9, 0, TT_ALIGN_RIGHT, 0, 0},
    [COL_LEVEL] = {N_("Level"), 8, 0, TT_ALIGN_LEFT, 2, 0},
    [COL_DONE] = {N_("OIT done"), 9, 0, TT_ALIGN_RIGHT, 0, 0},
    [COL_CHECKED] = {N_("Checked"), 8, 0, TT_ALIGN_RIGHT, 4, 0},
    [COL_OVERDUE] = {N_("Overdue"), 8, 0, TT_ALIGN_RIGHT, 1, 0},
    [COL_LAST] = {N_("Last change"), 11, 0, TT_ALIGN_LEFT, 5, 0},
};

struct overview {
    struct agency_scope scope; /* province (and, after f, district) shown */
    char *province, *district; /* the agency's, owned; district NULL when not stored */
    int year;
    struct db_view_overview_row *rows;
    size_t n;
    size_t *view; /* rows kept by the filter, in the chosen order */
    long nview;
    int sort_col, sort_desc;
    tt_field filter;
    int editing;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    char titles[NCOLS][96];
};

static double done_pct(const struct db_view_overview_row *r)
{
    return r->oit_items ? 100.0 * r->oit_done / r->oit_items : 0;
}

static int cmp_double(double a, double b)
{
    return (a > b) - (a < b);
}

/* Rows without the value ("-") go last in either direction. */
static int unset_last(int aset, int bset)
{
    return aset == bset ? 0 : aset ? -1 : 1;
}

static int cmp_text(const char *a, const char *b)
{
    return tt_collate(a, (int)strlen(a), b, (int)strlen(b));
}

/* Rows compare by the sort column, then by their Thai order of name (their index). */
static int compare(const struct overview *o, size_t x, size_t y)
{
    const struct db_view_overview_row *a = &o->rows[x], *b = &o->rows[y];
    int u = 0, r = 0;
    switch (o->sort_col) {
    case COL_DISTRICT:
        if (!(u = unset_last(a->district != NULL, b->district != NULL)) && a->district)
            r = cmp_text(a->district, b->district);
        break;
    case COL_TOTAL:
        u = unset_last(a->total_set, b->total_set);
        r = cmp_double(a->total, b->total);
        break;
    case COL_LEVEL:
        if (!(u = unset_last(a->level != NULL, b->level != NULL)) && a->level)
            r = cmp_text(a->level, b->level);
        break;
    case COL_DONE:
        u = unset_last(a->oit_items > 0, b->oit_items > 0);
        r = cmp_double(done_pct(a), done_pct(b));
        break;
    case COL_CHECKED:
        u = unset_last(a->checked_set, b->checked_set);
        r = cmp_double(a->checked, b->checked);
        break;
    case COL_OVERDUE:
        r = (a->overdue > b->overdue) - (a->overdue < b->overdue);
        break;
    case COL_LAST:
        if (!(u = unset_last(a->last_change != NULL, b->last_change != NULL)) && a->last_change)
            r = strcmp(a->last_change, b->last_change); /* ISO: text order is time order */
        break;
    default:
        r = (x > y) - (x < y);
        break;
    }
    if (u) return u;
    if (o->sort_desc) r = -r;
    return r ? r : (x > y) - (x < y);
}

/* Insertion sort: a province is a few hundred rows, and qsort has no context argument. */
static void sort_view(struct overview *o)
{
    for (long i = 1; i < o->nview; i++) {
        size_t v = o->view[i];
        long j = i - 1;
        while (j >= 0 && compare(o, o->view[j], v) > 0) {
            o->view[j + 1] = o->view[j];
            j--;
        }
        o->view[j + 1] = v;
    }
}

static int has(const char *field, const char *text)
{
    return field && strstr(field, text);
}

static long selected_id(const struct overview *o)
{
    return o->t.sel >= 0 && o->t.sel < o->nview ? o->rows[o->view[o->t.sel]].id : -1;
}

/* Filters, sorts, and selects agency sel_id again when it is still listed. */
static void rebuild_keeping(struct overview *o, long sel_id)
{
    o->view = xreallocarray(o->view, o->n ? o->n : 1, sizeof *o->view);
    o->nview = 0;
    const char *f = o->filter.len ? o->filter.text : NULL;
    for (size_t i = 0; i < o->n; i++) {
        const struct db_view_overview_row *r = &o->rows[i];
        if (!f || has(r->name, f) || has(r->district, f) || has(r->kind, f))
            o->view[o->nview++] = i;
    }
    sort_view(o);
    ui_table_set_rows(&o->t, o->nview);
    for (long i = 0; i < o->nview; i++)
        if (o->rows[o->view[i]].id == sel_id) ui_table_select(&o->t, i);
}

static void rebuild(struct overview *o)
{
    rebuild_keeping(o, selected_id(o));
}

/* Column titles, the sorted one marked with its direction. */
static void set_titles(struct overview *o)
{
    for (int c = 0; c < NCOLS; c++) {
        o->cols[c] = columns[c];
        snprintf(o->titles[c], sizeof o->titles[c], "%s%s", _(columns[c].title),
                 c == o->sort_col ? (o->sort_desc ? "▼" : "▲") : "");
        o->cols[c].title = o->titles[c];
    }
}

static int load(struct overview *o, struct ui_app *app)
{
    char today[11];
    timefmt_today(today);
    struct db_view_overview_row *rows;
    size_t n;
    struct db_error err;
    if (db_view_overview(app->db, &o->scope, app->year, today, &rows, &n, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    /* The selection is an index into the old rows: taken before they go. */
    long sel_id = selected_id(o);
    db_view_overview_free(o->rows, o->n);
    o->rows = rows;
    o->n = n;
    o->year = app->year;
    rebuild_keeping(o, sel_id);
    return 0;
}

static void last_change_text(struct ui_app *app, const char *iso, char *out, size_t n)
{
    char local[64];
    tt_date d;
    /* The local day only: "2026-11-22 08:02", or in Thai "22 พ.ย. 2569 08:02" (Buddhist
     * era), loses its time after the last space. */
    timefmt_local(iso, local, sizeof local);
    char *space = strrchr(local, ' ');
    if (space) *space = '\0';
    char *text = app->thai && tt_date_parse(local, &d) == TT_DATE_OK
                     ? tt_date_format(d, TT_DATE_ABBR_YY)
                     : NULL;
    snprintf(out, n, "%s", text ? text : local);
    free(text);
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct ui_app **pair = ctx;
    struct ui_app *app = pair[0];
    struct overview *o = (struct overview *)pair[1];
    const struct db_view_overview_row *r = &o->rows[o->view[row]];
    switch (col) {
    case COL_NAME:
        out->text = r->name;
        break;
    case COL_DISTRICT:
        out->text = r->district;
        break;
    case COL_TOTAL:
        ui_score_text(out->buf, sizeof out->buf, r->total_set, r->total);
        out->text = out->buf;
        break;
    case COL_LEVEL:
        out->text = r->level ? r->level : "-";
        break;
    case COL_DONE:
        if (r->oit_items)
            snprintf(out->buf, sizeof out->buf, "%.0f%%", done_pct(r));
        else
            snprintf(out->buf, sizeof out->buf, "-");
        out->text = out->buf;
        if (r->oit_items && r->oit_done < r->oit_items / 2) out->role = UI_ROLE_WEAK;
        break;
    case COL_CHECKED:
        if (r->checked_set)
            snprintf(out->buf, sizeof out->buf, "%.0f%%", r->checked);
        else
            snprintf(out->buf, sizeof out->buf, "-");
        out->text = out->buf;
        break;
    case COL_OVERDUE:
        snprintf(out->buf, sizeof out->buf, "%d", r->overdue);
        out->text = out->buf;
        if (r->overdue) out->role = UI_ROLE_WARN;
        break;
    case COL_LAST:
        if (r->last_change) {
            last_change_text(app, r->last_change, out->buf, sizeof out->buf);
            out->text = out->buf;
        } else {
            out->text = "-";
        }
        break;
    }
}

static int ov_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct agency a = {0};
    struct db_error err;
    if (app->agency_id < 0 || db_agency_get(app->db, app->agency_id, &a, &err)) {
        ui_message(app, 1, "%s", _("Choose an agency first: the overview shows its province."));
        return -1;
    }
    if (!a.province || !*a.province) {
        agency_clear(&a);
        ui_message(app, 1, "%s",
                   _("No province is stored for this agency, so there is no overview to show."));
        return -1;
    }
    struct overview *o = xcalloc(1, sizeof *o);
    s->st = o;
    o->scope.province = o->province = a.province;
    a.province = NULL;
    if (a.district && *a.district) {
        o->district = a.district;
        a.district = NULL;
    }
    agency_clear(&a);
    if (tt_field_init(&o->filter, "")) return -1;
    o->sort_col = COL_NAME;
    set_titles(o);
    o->t.cols = o->cols;
    o->t.ncols = NCOLS;
    o->t.selectable = 1;
    o->t.select_cols = 1;
    if (load(o, app)) return -1;
    for (long i = 0; i < o->nview; i++) /* start on the agency the user was looking at */
        if (o->rows[o->view[i]].id == app->agency_id) ui_table_select(&o->t, i);
    return 0;
}

static void ov_leave(struct ui_screen *s, struct ui_app *app)
{
    struct overview *o = s->st;
    if (!o) return;
    db_view_overview_free(o->rows, o->n);
    free(o->view);
    free(o->province);
    free(o->district);
    tt_field_free(&o->filter);
    free(o);
}

static void ov_layout(struct ui_screen *s, struct ui_app *app)
{
    struct overview *o = s->st;
    struct ui_rect r = s->area;
    ui_table_layout(&o->t, (struct ui_rect){r.y + 1, r.x, r.h - 1, r.w});
    ui_table_set_rows(&o->t, o->nview);
}

/* "Province X, FY 2567 · Filter: text · 12 of 104 agencies". */
static void draw_head(struct overview *o, struct ui_app *app, struct ui_rect r)
{
    char scope[256], count[96];
    if (o->scope.district)
        /* TRANSLATORS: the overview's scope line narrowed to a district:
         * "อำเภอเมืองกระบี่ จังหวัดกระบี่ ปีงบประมาณ 2567". */
        snprintf(scope, sizeof scope, _("District %s, province %s, FY %d"), o->scope.district,
                 o->scope.province, o->year);
    else
        /* TRANSLATORS: the overview's scope line: "จังหวัดกระบี่ ปีงบประมาณ 2567". */
        snprintf(scope, sizeof scope, _("Province %s, FY %d"), o->scope.province, o->year);
    snprintf(count, sizeof count, ngettext("%ld of %zu agency", "%ld of %zu agencies", o->n),
             o->nview, o->n);
    int sw = ui_text_cols(scope) + 2, cw = ui_text_cols(count) + 1;
    ui_put(app, r.y, r.x, sw, scope, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    int fx = r.x + sw, fw = r.w - sw - cw;
    if (fw > 8 && (o->filter.len || o->editing)) {
        const char *label = _("Filter:");
        int lw = ui_text_cols(label) + 1;
        ui_put(app, r.y, fx, lw, label, TT_ALIGN_LEFT, UI_ROLE_HEADER);
        int col = tt_field_col(&o->filter), at = 0;
        int skip = col >= fw - lw ? col - (fw - lw) + 1 : 0;
        size_t off = tt_offset_at_col(o->filter.text, o->filter.len, skip, &at);
        ui_put(app, r.y, fx + lw, fw - lw, o->filter.text + off, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        if (o->editing) {
            app->cursor_y = r.y;
            app->cursor_x = fx + lw + col - at;
        }
    }
    ui_put(app, r.y, r.x + r.w - cw, cw, count, TT_ALIGN_RIGHT, UI_ROLE_DIM);
}

static void ov_draw(struct ui_screen *s, struct ui_app *app)
{
    struct overview *o = s->st;
    draw_head(o, app, s->area);
    void *pair[2] = {app, o};
    ui_table_draw(&o->t, app, cell, pair);
    if (!o->nview)
        ui_put(app, o->t.area.y + 2, o->t.area.x + 1, o->t.area.w - 1,
               o->filter.len ? _("No agency matches the filter.") : _("No agency in this scope."),
               TT_ALIGN_LEFT, UI_ROLE_DIM);
}

/* Enter: the agency's dashboard over this screen; Esc there comes back here. */
static int open_selected(struct overview *o, struct ui_app *app)
{
    if (o->t.sel < 0 || o->t.sel >= o->nview) return UI_NONE;
    long id = o->rows[o->view[o->t.sel]].id;
    if (ui_set_choice(app, id, o->year)) return UI_LAYOUT;
    ui_push(app, &ui_dashboard_ops, NULL);
    return UI_LAYOUT;
}

static int ov_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return open_selected(s->st, app);
}

static int ov_filter(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct overview *o = s->st;
    o->editing = 1;
    return UI_DRAW;
}

/* s: the next column, in its natural order; -: the other order. */
static int ov_sort(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct overview *o = s->st;
    if (a == UI_ACT_SORT) {
        o->sort_col = (o->sort_col + 1) % NCOLS;
        o->sort_desc = 0;
    } else {
        o->sort_desc = !o->sort_desc;
    }
    set_titles(o);
    rebuild(o);
    return UI_LAYOUT;
}

/* f: only the district of the agency the overview was opened on, or the whole province
 * again. The filter, the order and the selected agency (when still in scope) are kept. */
static int ov_scope(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct overview *o = s->st;
    if (!o->district) {
        ui_message(app, 1, "%s",
                   _("No district is stored for this agency: the overview shows its province."));
        return UI_DRAW;
    }
    o->scope.district = o->scope.district ? NULL : o->district;
    if (load(o, app)) return UI_DRAW;
    return UI_LAYOUT;
}

static int ov_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct overview *o = s->st;
    return ui_table_handle(&o->t, a);
}

static const struct ui_handler ov_handlers[] = {
    {UI_ACT_OPEN, ov_open},
    {UI_ACT_FILTER, ov_filter},
    {UI_ACT_SORT, ov_sort},
    {UI_ACT_SORT_REVERSE, ov_sort},
    {UI_ACT_SHOW, ov_scope},
    UI_HANDLE_MOVES(ov_move),
    {0, NULL},
};

/* Keys while the filter has the cursor (as in the picker). */
static int edit_key(struct overview *o, int key)
{
    switch (key) {
    case UI_KEY_ENTER:
        o->editing = 0;
        return UI_DRAW;
    case UI_KEY_ESC:
        o->editing = 0;
        tt_field_set_text(&o->filter, "");
        rebuild(o);
        return UI_DRAW;
    case UI_KEY_FN(KEY_BACKSPACE):
        if (!tt_field_backspace(&o->filter)) return UI_NONE;
        rebuild(o);
        return UI_DRAW;
    case UI_KEY_FN(KEY_LEFT):
        tt_field_left(&o->filter);
        return UI_DRAW;
    case UI_KEY_FN(KEY_RIGHT):
        tt_field_right(&o->filter);
        return UI_DRAW;
    case UI_KEY_FN(KEY_UP):
    case UI_KEY_FN(KEY_DOWN):
    case UI_KEY_FN(KEY_NPAGE):
    case UI_KEY_FN(KEY_PPAGE):
        return UI_UNHANDLED;
    }
    if (!ui_key_is_text(key)) return UI_UNHANDLED;
    enum tt_insert_result r = tt_field_insert(&o->filter, (uint32_t)key);
    if (r == TT_INSERT_REFUSED || r == TT_INSERT_NOMEM) {
        beep();
        return UI_NONE;
    }
    rebuild(o);
    return UI_DRAW;
}

static int ov_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct overview *o = s->st;
    if (o->editing) return edit_key(o, key);
    /* Type-to-filter: Thai letters are never commands. */
    if (ui_key_is_text(key) && ui_keymap_lookup(&app->cfg.keys, key) < 0) {
        o->editing = 1;
        return edit_key(o, key);
    }
    return UI_UNHANDLED;
}

/* The year changed (the province stays), or the screen came back into view after a save. */
static int ov_reload(struct ui_screen *s, struct ui_app *app)
{
    return load(s->st, app);
}

static int ov_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct overview *o = s->st;
    o->editing = 0;
    return ui_table_click(&o->t, y);
}

/* The main menu's figure: how many agencies the province has (or that the agency has no
 * province, so the overview cannot open). */
static void ov_figure(struct ui_app *app, char *buf, size_t n)
{
    struct agency a = {0};
    struct db_error err;
    if (db_agency_get(app->db, app->agency_id, &a, &err)) return;
    if (a.province && *a.province) {
        struct agency_scope scope = {.province = a.province};
        long *ids = NULL;
        size_t count = 0;
        if (db_agency_in_scope(app->db, &scope, &ids, &count, &err) == 0)
            snprintf(buf, n, ngettext("%zu agency in %s", "%zu agencies in %s", count), count,
                     a.province);
        free(ids);
    } else {
        snprintf(buf, n, "%s", _("no province stored"));
    }
    agency_clear(&a);
}

const struct ui_screen_ops ui_overview_ops = {
    .enter = ov_enter,
    .leave = ov_leave,
    .layout = ov_layout,
    .draw = ov_draw,
    .handlers = ov_handlers,
    .key = ov_key,
    .reload = ov_reload,
    .click = ov_click,
    .figure = ov_figure,
};
