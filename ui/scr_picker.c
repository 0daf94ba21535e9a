/* Agency picker: every agency in Thai order with type-to-filter. The ids and a compact
 * search form are read once into memory (agency_index.h, in the stored sort key's order):
 * filtering searches there, and a page costs a point query per row on screen, so a key
 * costs about the same on a national database as on a small one. Enter opens the year
 * chooser for the agency. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "db_view_agency.h"
#include "i18n.h"
#include "xalloc.h"
#include "text/tt.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_screens.h"
#include "ui_state.h"
#include "ui_table.h"
#include "xalloc.h"

struct picker {
    struct ui_table t;
    tt_field filter;
    int editing;            /* keys go to the filter field */
    struct agency_index ix; /* every agency, in Thai order */
    size_t *found;          /* entries whose text holds the filter (room for ix.n) */
    int filtered;           /* found holds the result (else: every entry) */
    char *found_for;        /* the filter text of that result */
    size_t nfound;
    long id_entry; /* the entry whose id was typed, when found lacks it (-1: none) */
    long id_pos;   /* ... and the row it shows on */
    long count;
    unsigned long long loaded_at; /* db_data_stamp when the list was read */
    struct db_view_agency *page;  /* rows [page_off, page_off + page_n), read from the file */
    long page_off;
    int page_n;
    struct ui_agency_delete deleting;
};

enum { COL_ID, COL_NAME, COL_DISTRICT, COL_PROVINCE, COL_YEARS, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_ID] = {N_("ID"), 5, 0, TT_ALIGN_RIGHT, 4, 0},
    [COL_NAME] = {N_("Agency"), 0, 14, TT_ALIGN_LEFT, 0, 0},
    [COL_DISTRICT] = {N_("District"), 0, 8, TT_ALIGN_LEFT, 2, 0},
    [COL_PROVINCE] = {N_("Province"), 0, 8, TT_ALIGN_LEFT, 1, 0},
    [COL_YEARS] = {N_("Results"), 10, 0, TT_ALIGN_LEFT, 3, 0},
};

/* Column titles translated once per screen (the table keeps pointers). */
struct picker_cols {
    struct ui_column c[NCOLS];
};

static void drop_page(struct picker *p)
{
    db_view_agency_free(p->page, p->page_n);
    p->page_n = 0;
}

/* An id typed in ASCII or Thai digits also matches the agency with that id. */
static long id_from_filter(const char *text)
{
    char *ascii = tt_digits_to_ascii(text);
    long id = -1;
    if (ascii && *ascii && strspn(ascii, "0123456789") == strlen(ascii) && strlen(ascii) < 10)
        id = atol(ascii);
    free(ascii);
    return id;
}

/* The index entry shown on row r. */
static size_t entry_of(const struct picker *p, long r)
{
    if (p->id_entry >= 0 && r >= p->id_pos) {
        if (r == p->id_pos) return (size_t)p->id_entry;
        r--;
    }
    return p->filtered ? p->found[r] : (size_t)r;
}

/* Finds the filter's text in the index, into a buffer kept for the screen's life. A filter
 * that holds the previous one keeps a subset of its rows, so typing on searches only those
 * (when they are few). */
static void find_text(struct picker *p)
{
    int narrower = p->filtered && p->found_for && strstr(p->filter.text, p->found_for);
    p->filtered = p->filter.len > 0;
    free(p->found_for);
    p->found_for = NULL;
    if (!p->filtered) {
        p->nfound = p->ix.n;
        return;
    }
    if (!p->found) p->found = xreallocarray(NULL, p->ix.n ? p->ix.n : 1, sizeof *p->found);
    p->nfound = agency_index_filter(&p->ix, p->filter.text, narrower ? p->found : NULL,
                                    narrower ? p->nfound : 0, p->found);
    p->found_for = xstrdup(p->filter.text);
}

/* Adds the agency whose id was typed, in its place in the order, unless it is there. */
static void find_id(struct picker *p)
{
    p->id_entry = p->id_pos = -1;
    long id = p->filtered ? id_from_filter(p->filter.text) : -1;
    long e = id >= 0 ? agency_index_find(&p->ix, id) : -1;
    if (e < 0) return;
    size_t lo = 0, hi = p->nfound; /* found is ascending */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->found[mid] < (size_t)e)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < p->nfound && p->found[lo] == (size_t)e) return;
    p->id_entry = e;
    p->id_pos = (long)lo;
}

static int refilter(struct picker *p, struct ui_app *app)
{
    (void)app;
    drop_page(p);
    find_text(p);
    find_id(p);
    p->count = (long)p->nfound + (p->id_entry >= 0);
    p->t.sel = p->t.top = 0;
    ui_table_set_rows(&p->t, p->count);
    return UI_DRAW;
}

/* Reads the rows on screen (a point query each: the cost of a page does not depend on the
 * length of the list). */
static void ensure_rows(struct picker *p, struct ui_app *app)
{
    long first = p->t.top;
    int n = p->t.body_h;
    if (first + n > p->count) n = (int)(p->count - first);
    if (n < 0) n = 0;
    if (first == p->page_off && n == p->page_n) return;
    drop_page(p);
    p->page = xreallocarray(p->page, (size_t)(n ? n : 1), sizeof *p->page);
    p->page_off = first;
    struct db_error err;
    for (int i = 0; i < n; i++)
        if (db_view_agency_row(app->db, p->ix.id[entry_of(p, first + i)], &p->page[i], &err))
            ui_message(app, 1, "%s", err.msg);
    p->page_n = n;
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct picker *p = ctx;
    long i = row - p->page_off;
    if (i < 0 || i >= p->page_n) return;
    const struct db_view_agency *a = &p->page[i];
    switch (col) {
    case COL_ID:
        snprintf(out->buf, sizeof out->buf, "%ld", a->id);
        out->text = out->buf;
        break;
    case COL_NAME:
        out->text = a->name;
        break;
    case COL_DISTRICT:
        out->text = a->district;
        break;
    case COL_PROVINCE:
        out->text = a->province;
        break;
    case COL_YEARS:
        out->text = a->years;
        break;
    }
}

/* Which row shows agency id, or -1. */
static long row_of(struct picker *p, long id)
{
    long e = agency_index_find(&p->ix, id);
    if (e < 0) return -1;
    if (p->id_entry == e) return p->id_pos;
    if (!p->filtered) return e;
    for (size_t i = 0; i < p->nfound; i++)
        if (p->found[i] == (size_t)e) return (long)i + (p->id_entry >= 0 && (long)i >= p->id_pos);
    return -1;
}

static void select_remembered(struct picker *p, struct ui_app *app)
{
    long id = app->agency_id;
    int year;
    if (id < 0 && ui_state_load(app->state_path, &id, &year)) return;
    long row = row_of(p, id);
    if (row >= 0) p->t.sel = row;
}

/* Reads the agencies; an error leaves the list empty and says why. */
static void load(struct picker *p, struct ui_app *app)
{
    agency_index_free(&p->ix);
    free(p->found);
    p->found = NULL;
    p->filtered = 0; /* the entries change: no earlier result applies */
    struct db_error err;
    p->loaded_at = db_data_stamp(app->db);
    if (db_view_agency_index_load(app->db, &p->ix, &err)) ui_message(app, 1, "%s", err.msg);
}

static int picker_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct picker *p = xcalloc(1, sizeof *p);
    struct picker_cols *cols = xcalloc(1, sizeof *cols);
    if (tt_field_init(&p->filter, "")) {
        free(p);
        free(cols);
        return -1;
    }
    for (int c = 0; c < NCOLS; c++) {
        cols->c[c] = columns[c];
        cols->c[c].title = _(columns[c].title);
    }
    s->st = p;
    p->t.cols = cols->c;
    p->t.ncols = NCOLS;
    p->t.selectable = 1;
    p->t.select_cols = 2; /* id and name */
    p->id_entry = -1;
    load(p, app);
    refilter(p, app);
    select_remembered(p, app);
    return 0;
}

static void picker_leave(struct ui_screen *s, struct ui_app *app)
{
    struct picker *p = s->st;
    if (!p) return;
    drop_page(p);
    free(p->page);
    agency_index_free(&p->ix);
    free(p->found);
    free(p->found_for);
    tt_field_free(&p->filter);
    free((void *)p->t.cols);
    free(p);
}

static void picker_layout(struct ui_screen *s, struct ui_app *app)
{
    struct picker *p = s->st;
    struct ui_rect r = s->area;
    ui_table_layout(&p->t, (struct ui_rect){r.y + 1, r.x, r.h - 1, r.w});
    ui_table_set_rows(&p->t, p->count);
}

/* "Filter: text" with the terminal cursor in it while typing. */
static void draw_filter(struct picker *p, struct ui_app *app, struct ui_rect r)
{
    char count[64];
    snprintf(count, sizeof count, ngettext("%ld agency", "%ld agencies", p->count), p->count);
    int cw = ui_text_cols(count) + 1;
    const char *label = _("Filter:");
    int lw = ui_text_cols(label) + 1;
    int fw = r.w - lw - cw - 1;
    ui_put(app, r.y, r.x, lw, label, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    int col = tt_field_col(&p->filter), at = 0;
    int skip = col >= fw ? col - fw + 1 : 0; /* keep the cursor in view */
    size_t off = tt_offset_at_col(p->filter.text, p->filter.len, skip, &at);
    const char *shown = p->filter.text + off;
    if (!p->filter.len && !p->editing) shown = _("(type to filter)");
    ui_put(app, r.y, r.x + lw, fw, shown, TT_ALIGN_LEFT,
           p->filter.len || p->editing ? UI_ROLE_NORMAL : UI_ROLE_DIM);
    ui_put(app, r.y, r.x + r.w - cw, cw, count, TT_ALIGN_RIGHT, UI_ROLE_DIM);
    if (p->editing) {
        app->cursor_y = r.y;
        app->cursor_x = r.x + lw + col - at;
    }
}

static void picker_draw(struct ui_screen *s, struct ui_app *app)
{
    struct picker *p = s->st;
    draw_filter(p, app, s->area);
    if (!p->count) {
        ui_table_draw(&p->t, app, cell, p);
        ui_put(app, p->t.area.y + 2, p->t.area.x + 1, p->t.area.w - 1,
               p->filter.len ? _("No agency matches the filter.")
                             : _("No agencies yet: + adds one."),
               TT_ALIGN_LEFT, UI_ROLE_DIM);
        return;
    }
    ensure_rows(p, app);
    ui_table_draw(&p->t, app, cell, p);
}

static int open_selected(struct picker *p, struct ui_app *app)
{
    if (p->t.sel < 0 || p->t.sel >= p->count) return UI_NONE;
    long id = p->ix.id[entry_of(p, p->t.sel)];
    ui_push(app, &ui_year_ops, &id);
    return UI_LAYOUT;
}

static int picker_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return open_selected(s->st, app);
}

static int picker_filter(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct picker *p = s->st;
    p->editing = 1;
    return UI_DRAW;
}

static long selected_id(struct picker *p)
{
    return p->t.sel >= 0 && p->t.sel < p->count ? p->ix.id[entry_of(p, p->t.sel)] : -1;
}

/* +, e and Delete: a new agency, the selected one edited or deleted. */
static int picker_agency(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct picker *p = s->st;
    long id = selected_id(p);
    if (a != UI_ACT_NEW && id <= 0) return UI_NONE;
    /* Back here after the save, the list is read again (picker_refresh: the file changed). */
    if (a == UI_ACT_DELETE) return ui_agency_delete(app, id, &p->deleting);
    ui_open_agency_editor(app, a == UI_ACT_NEW ? 0 : id);
    return UI_LAYOUT;
}

static int picker_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct picker *p = s->st;
    return ui_table_handle(&p->t, a);
}

static const struct ui_handler picker_handlers[] = {
    {UI_ACT_OPEN, picker_open},
    {UI_ACT_FILTER, picker_filter},
    {UI_ACT_NEW, picker_agency},
    {UI_ACT_EDIT, picker_agency},
    {UI_ACT_DELETE, picker_agency},
    UI_HANDLE_MOVES(picker_move),
    {0, NULL},
};

/* Keys while the filter field has the cursor. */
static int edit_key(struct picker *p, struct ui_app *app, int key)
{
    switch (key) {
    case UI_KEY_ENTER: /* ends the filter and opens the line selected: one Enter */
        p->editing = 0;
        return p->count ? open_selected(p, app) : UI_DRAW;
    case UI_KEY_ESC:
        p->editing = 0;
        tt_field_set_text(&p->filter, "");
        return refilter(p, app);
    case UI_KEY_FN(KEY_BACKSPACE):
        return tt_field_backspace(&p->filter) ? refilter(p, app) : UI_NONE;
    case UI_KEY_FN(KEY_DC):
        return tt_field_delete(&p->filter) ? refilter(p, app) : UI_NONE;
    case UI_KEY_FN(KEY_LEFT):
        tt_field_left(&p->filter);
        return UI_DRAW;
    case UI_KEY_FN(KEY_RIGHT):
        tt_field_right(&p->filter);
        return UI_DRAW;
    case UI_KEY_FN(KEY_UP):
    case UI_KEY_FN(KEY_DOWN):
    case UI_KEY_FN(KEY_NPAGE):
    case UI_KEY_FN(KEY_PPAGE):
        return UI_UNHANDLED; /* the list still moves */
    }
    if (!ui_key_is_text(key)) return UI_UNHANDLED;
    enum tt_insert_result r = tt_field_insert(&p->filter, (uint32_t)key);
    if (r == TT_INSERT_REFUSED || r == TT_INSERT_NOMEM) {
        beep();
        return UI_NONE;
    }
    return refilter(p, app);
}

static int picker_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct picker *p = s->st;
    if (p->editing) return edit_key(p, app, key);
    /* Type-to-filter: a printable key that is no command starts the filter. Agency names
     * are Thai, so here a Thai key is always text (no Kedmanee twin: see ui_key_action). */
    if (ui_key_is_text(key) && ui_keymap_lookup(&app->cfg.keys, key) < 0) {
        p->editing = 1;
        return edit_key(p, app, key);
    }
    return UI_UNHANDLED;
}

/* The agency or year chosen changed: the list does not depend on them; only the remembered
 * agency is selected again. */
static int picker_reload(struct ui_screen *s, struct ui_app *app)
{
    struct picker *p = s->st;
    select_remembered(p, app);
    return 0;
}

static int picker_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct picker *p = s->st;
    p->editing = 0;
    return ui_table_click(&p->t, y);
}

/* Back in view, or idle: the list is read again when anything was saved since (an agency
 * may have been added), keeping the filter and the selected agency. */
static int picker_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct picker *p = s->st;
    if (db_data_stamp(app->db) == p->loaded_at) return UI_NONE;
    long sel = p->t.sel >= 0 && p->t.sel < p->count ? p->ix.id[entry_of(p, p->t.sel)] : -1;
    load(p, app);
    refilter(p, app);
    long row = sel >= 0 ? row_of(p, sel) : -1;
    if (row >= 0) ui_table_select(&p->t, row);
    return UI_DRAW;
}

const struct ui_screen_ops ui_picker_ops = {
    .enter = picker_enter,
    .leave = picker_leave,
    .layout = picker_layout,
    .draw = picker_draw,
    .handlers = picker_handlers,
    .key = picker_key,
    .reload = picker_reload,
    .refresh = picker_refresh,
    .click = picker_click,
};
