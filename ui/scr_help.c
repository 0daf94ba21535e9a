/* Help: every action of the action table with the keys bound to it now (the user's
 * bindings included) and the screens where it works. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_screens.h"
#include "ui_table.h"

enum { COL_KEYS, COL_ACTION, COL_WHERE, NCOLS };

static const struct ui_column columns[NCOLS] = {
    [COL_KEYS] = {N_("Keys"), 18, 0, TT_ALIGN_LEFT, 0, 0},
    [COL_ACTION] = {N_("Action"), 0, 20, TT_ALIGN_LEFT, 0, 0},
    [COL_WHERE] = {N_("Screens"), 0, 16, TT_ALIGN_LEFT, 1, 0},
};

struct help {
    struct ui_table t;
    struct ui_column cols[NCOLS];
    struct ui_rect intro;
};

/* "all screens", or the titles of the screens where the action works. */
static void where_text(unsigned screens, char *buf, size_t n)
{
    if ((screens & UI_SCR_ALL) == UI_SCR_ALL) {
        snprintf(buf, n, "%s", _("all screens"));
        return;
    }
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < UI_SCR_COUNT && used < n; i++) {
        unsigned bit = 1u << i;
        if (!(screens & bit) || bit == UI_SCR_TODO) continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? ", " : "", ui_scr_title(bit));
        if (w > 0) used += (size_t)w;
    }
}

static void cell(void *ctx, long row, int col, struct ui_cell *out)
{
    struct ui_app *app = ctx;
    const struct ui_action_def *d = ui_action_def((enum ui_action)row);
    out->text = out->buf;
    switch (col) {
    case COL_KEYS:
        /* "o / น": the key as typed with the Thai layout on, too */
        ui_keymap_keys_both(&app->cfg.keys, d->id, ", ", out->buf, sizeof out->buf);
        break;
    case COL_ACTION:
        out->text = _(d->help);
        break;
    case COL_WHERE:
        where_text(d->screens, out->buf, sizeof out->buf);
        break;
    }
}

static int help_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct help *h = calloc(1, sizeof *h);
    if (!h) return -1;
    s->st = h;
    for (int c = 0; c < NCOLS; c++) {
        h->cols[c] = columns[c];
        h->cols[c].title = _(columns[c].title);
    }
    h->t.cols = h->cols;
    h->t.ncols = NCOLS;
    ui_table_set_rows(&h->t, UI_ACT_COUNT);
    return 0;
}

static void help_leave(struct ui_screen *s, struct ui_app *app)
{
    free(s->st);
}

static void help_layout(struct ui_screen *s, struct ui_app *app)
{
    struct help *h = s->st;
    struct ui_rect a = s->area;
    h->intro = (struct ui_rect){a.y + 1, a.x + 1, 2, a.w - 2};
    ui_table_layout(&h->t, (struct ui_rect){a.y + 4, a.x + 1, a.h - 4, a.w - 2});
}

static void help_draw(struct ui_screen *s, struct ui_app *app)
{
    struct help *h = s->st;
    ui_put(app, h->intro.y, h->intro.x, h->intro.w,
           _("Keys can be changed in ~/.config/itadesk/config, e.g. bind.down = j Down"),
           TT_ALIGN_LEFT, UI_ROLE_DIM);
    /* TRANSLATORS: C-s is Ctrl-S; keep the key names as they are. */
    ui_put(app, h->intro.y + 1, h->intro.x, h->intro.w,
           _("No F-keys? Esc then 1..9, 0 = F1..F10; C-s saves. Thai layout on: a key acts as "
             "the Latin key at its place."),
           TT_ALIGN_LEFT, UI_ROLE_DIM);
    ui_table_draw(&h->t, app, cell, app);
}

static int help_handle(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct help *h = s->st;
    return ui_table_handle(&h->t, a);
}

const struct ui_screen_ops ui_help_ops = {
    .name = "help",
    .scr = UI_SCR_HELP,
    .enter = help_enter,
    .leave = help_leave,
    .layout = help_layout,
    .draw = help_draw,
    .handle = help_handle,
};
