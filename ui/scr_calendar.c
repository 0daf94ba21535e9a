/* The ITA calendar of the current fiscal year: the dates of the yearly cycle, each with
 * what it is and, when unknown, when it usually falls. Everyone reads it; an admin changes
 * a date with Enter (Thai or ISO forms, Buddhist-era years) and makes it unknown with
 * Delete. [ and ] show the other years. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_calendar.h"
#include "db_plan.h"
#include "i18n.h"
#include "text/tt_date.h"
#include "timefmt.h"
#include "ui_calendar.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_screens.h"
#include "ui_text_draft.h"
#include "ui_table.h"
#include "xalloc.h"

enum { COL_WHAT, COL_DATE, COL_NOTE, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_WHAT] = {N_("Date of"), 0, 24, TT_ALIGN_LEFT, 0, 0},
    [COL_DATE] = {N_("Date"), 18, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_NOTE] = {N_("Note"), 0, 14, TT_ALIGN_LEFT, 1, 0},
};

struct calendar_scr {
    struct ita_calendar c;
    struct ui_table t;
    struct ui_column cols[NCOLS];
    struct ui_rect head, list, foot;
    int editing; /* the key the prompt is about */
};

static int load(struct calendar_scr *k, struct ui_app *app)
{
    struct db_error err;
    if (db_calendar_get(app->db, app->year, &k->c, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    ui_table_set_rows(&k->t, ITA_CAL_COUNT);
    return 0;
}

static int calendar_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct calendar_scr *k = xcalloc(1, sizeof *k);
    s->st = k;
    for (int c = 0; c < NCOLS; c++) {
        k->cols[c] = columns[c];
        k->cols[c].title = _(columns[c].title);
    }
    k->t.cols = k->cols;
    k->t.ncols = NCOLS;
    k->t.selectable = 1;
    return load(k, app);
}

static void calendar_leave(struct ui_screen *s, struct ui_app *app)
{
    free(s->st);
}

static void calendar_layout(struct ui_screen *s, struct ui_app *app)
{
    struct calendar_scr *k = s->st;
    struct ui_rect a = s->area;
    k->head = (struct ui_rect){a.y, a.x + 1, 1, a.w - 2};
    k->list = (struct ui_rect){a.y + 1, a.x + 1, a.h - 3, a.w - 2};
    k->foot = (struct ui_rect){a.y + a.h - 1, a.x + 1, 1, a.w - 2};
    ui_table_layout(&k->t, k->list);
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct calendar_scr *k = ctx;
    enum ita_cal_key key = (enum ita_cal_key)row;
    const char *date = k->c.date[key];
    out->text = out->buf;
    switch (col) {
    case COL_WHAT:
        out->text = ita_cal_key_label(key);
        break;
    case COL_DATE:
        if (!date[0]) {
            out->text = _("unknown");
            out->role = UI_ROLE_WARN;
        } else
            timefmt_date(date, 0, out->buf, sizeof out->buf);
        break;
    default:
        out->role = UI_ROLE_DIM;
        out->text = !date[0]             ? ita_cal_key_usual(key)
                    : !k->c.certain[key] ? _("the usual cycle, not a notice of that year")
                                         : "";
    }
}

static void calendar_draw(struct ui_screen *s, struct ui_app *app)
{
    struct calendar_scr *k = s->st;
    ui_putf(app, k->head.y, k->head.x, k->head.w, TT_ALIGN_LEFT, UI_ROLE_HEADER,
            _("ITA calendar of fiscal year %d"), app->year);
    ui_table_draw(&k->t, app, cell, k);
    ui_put(app, k->foot.y, k->foot.x, k->foot.w,
           _("Admins: Enter changes the date, Delete makes it unknown. [ ] other years."),
           TT_ALIGN_LEFT, UI_ROLE_DIM);
}

static int save(struct calendar_scr *k, struct ui_app *app, const char *iso, char *why,
                size_t whysz)
{
    struct db_error err;
    if (db_calendar_set(app->db, app->year, (enum ita_cal_key)k->editing, iso, &err)) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    ui_message(app, 0, _("Saved: %s."), ita_cal_key_label((enum ita_cal_key)k->editing));
    load(k, app);
    return 0;
}

static int typed_date(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    tt_date d;
    char iso[11] = "";
    if (text[strspn(text, " ")]) {
        int rc = tt_date_parse(text, &d);
        if (rc != TT_DATE_OK) {
            snprintf(why, whysz, "%s", tt_date_strerror(rc));
            return -1;
        }
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.y, d.m, d.d);
    }
    return save(ctx, app, iso, why, whysz);
}

/* The prompt's example: 1 March of the year shown, when its OIT answering usually opens. */
static void example_label(int year, char *buf, size_t n)
{
    tt_date d = {year - TT_BE_OFFSET, 3, 1};
    char *abbr = tt_date_format(d, TT_DATE_ABBR), *num = tt_date_format(d, TT_DATE_NUMERIC);
    snprintf(buf, n, _("Date (%s, %s; empty: unknown):"), abbr ? abbr : "", num ? num : "");
    free(abbr);
    free(num);
}

/* Opens the date prompt on k->editing, from the user's draft of it when there is one: the
 * typed text is kept as a draft ("calendar", "YEAR:key") so that Esc asks first and a
 * dropped link loses nothing. */
static void open_prompt(struct calendar_scr *k, struct ui_app *app)
{
    enum ita_cal_key key = (enum ita_cal_key)k->editing;
    char shown[64] = "", label[160], dkey[64];
    if (k->c.date[key][0]) {
        tt_date d;
        if (tt_date_parse(k->c.date[key], &d) == TT_DATE_OK) {
            char *t = tt_date_format(d, TT_DATE_NUMERIC);
            snprintf(shown, sizeof shown, "%s", t ? t : "");
            free(t);
        }
    }
    example_label(app->year, label, sizeof label);
    snprintf(dkey, sizeof dkey, "%d:%s", app->year, ita_cal_key_word(key));
    struct ui_prompt_arg p = {
        .title = ita_cal_key_label(key),
        .label = label,
        .initial = shown,
        .done = typed_date,
        .ctx = k,
        .draft_entity = "calendar",
        .draft_key = dkey,
    };
    ui_text_dialog_open(app, &ui_prompt_ops, &p);
}

static int calendar_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct calendar_scr *k = s->st;
    if (k->t.sel < 0 || k->t.sel >= ITA_CAL_COUNT) return UI_NONE;
    k->editing = (int)k->t.sel;
    open_prompt(k, app);
    return UI_LAYOUT;
}

int ui_open_calendar_draft(struct ui_app *app, const char *key)
{
    int year;
    char word[32];
    if (sscanf(key, "%d:%31s", &year, word) != 2 || ita_cal_key_parse(word) < 0) return -1;
    if (year != app->year && ui_set_choice(app, app->agency_id, year)) return -1;
    if (ui_push(app, &ui_calendar_ops, NULL)) return -1;
    struct calendar_scr *k = ui_top(app)->st;
    k->t.sel = k->editing = ita_cal_key_parse(word);
    open_prompt(k, app);
    return 0;
}

static int calendar_delete(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct calendar_scr *k = s->st;
    if (k->t.sel < 0 || k->t.sel >= ITA_CAL_COUNT) return UI_NONE;
    k->editing = (int)k->t.sel;
    char why[768];
    if (save(k, app, "", why, sizeof why)) ui_message(app, 1, "%s", why);
    return UI_DRAW;
}

static int calendar_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct calendar_scr *k = s->st;
    return ui_table_handle(&k->t, a);
}

static const struct ui_handler calendar_handlers[] = {
    {UI_ACT_OPEN, calendar_open},
    {UI_ACT_DELETE, calendar_delete},
    UI_HANDLE_MOVES(calendar_move),
    {0, NULL},
};

static int calendar_reload(struct ui_screen *s, struct ui_app *app)
{
    return load(s->st, app);
}

static int calendar_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct calendar_scr *k = s->st;
    return ui_table_click(&k->t, y);
}

/* The main menu's figure: the year's OIT answering window, or that it is unknown. */
static void calendar_figure(struct ui_app *app, char *buf, size_t n)
{
    struct ita_calendar c;
    struct db_error err;
    if (db_calendar_get(app->db, app->year, &c, &err)) return;
    const char *open = c.date[ITA_CAL_OIT_OPEN], *close = c.date[ITA_CAL_OIT_CLOSE];
    if (!open[0] || !close[0]) {
        snprintf(buf, n, "%s", _("OIT window unknown"));
        return;
    }
    char a[64], b[64];
    snprintf(buf, n, _("OIT %s - %s"), timefmt_date(open, 0, a, sizeof a),
             timefmt_date(close, 0, b, sizeof b));
}

const struct ui_screen_ops ui_calendar_ops = {
    .enter = calendar_enter,
    .leave = calendar_leave,
    .layout = calendar_layout,
    .draw = calendar_draw,
    .handlers = calendar_handlers,
    .reload = calendar_reload,
    .click = calendar_click,
    .figure = calendar_figure,
};
