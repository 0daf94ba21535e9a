/* Help: every action of the action table with the keys bound to it now (the user's
 * bindings included) and the screens where it works. Descriptions wrap, never cut; `/`
 * searches (keys, words of the description, screens, the config name). */
#define _GNU_SOURCE /* strcasestr */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text/tt.h"
#include "ui_doc.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "ui_keys.h"
#include "ui_screens.h"
#include "xalloc.h"

#define KEY_COLS 20 /* the keys' column (with their Thai-layout twins) */

struct help {
    struct ui_doc doc;
    tt_field search;
    int searching; /* keys go to the search field */
    struct ui_rect field, body;
};

static int matches(const char *text, const char *q)
{
    return strcasestr(text, q) != NULL;
}

/* 1 when the action's keys, description, screens or config name hold the search. */
static int wanted(struct help *h, struct ui_app *app, const struct ui_action_def *d,
                  const char *keys, const char *where)
{
    const char *q = h->search.text;
    if (!h->search.len) return 1;
    return matches(keys, q) || matches(_(d->help), q) || matches(where, q) || matches(d->name, q);
}

/* "keys         description that wraps
 *               under itself" and the screens, dimmed, under it. */
static void add_action(struct help *h, struct ui_app *app, const char *keys, const char *text,
                       enum ui_role role)
{
    int room = h->doc.width - KEY_COLS;
    tt_lines lines = {0};
    char *safe = tt_sanitize(text, TT_SAN_SINGLE_LINE);
    if (!safe || tt_wrap(tt_brk_shared(), safe, strlen(safe), room > 8 ? room : 8, &lines)) {
        free(safe);
        return;
    }
    for (size_t i = 0; i < lines.n; i++) {
        char *pad = tt_pad_cols(i == 0 ? keys : "", KEY_COLS, TT_ALIGN_LEFT);
        char *line =
            xasprintf("%s%.*s", pad ? pad : "", (int)lines.v[i].len, safe + lines.v[i].off);
        ui_doc_add(&h->doc, 0, role, line, NULL, UI_ROLE_NORMAL, -1);
        free(line);
        free(pad);
    }
    tt_lines_free(&lines);
    free(safe);
}

static void build(struct help *h, struct ui_app *app)
{
    ui_doc_clear(&h->doc);
    /* The notes on keys first, wrapped like the rest (at 80 columns they are two lines). */
    ui_doc_add_wrapped(
        &h->doc, tt_brk_shared(), 0, UI_ROLE_DIM,
        _("Keys can be changed in ~/.config/itadesk/config, e.g. bind.down = j Down"), NULL,
        UI_ROLE_NORMAL);
    /* TRANSLATORS: C-s is Ctrl-S; keep the key names as they are. */
    ui_doc_add_wrapped(&h->doc, tt_brk_shared(), 0, UI_ROLE_DIM,
                       _("No F-keys? Esc then 1..9, 0 = F1..F10; C-s saves. Thai layout on: a "
                         "key acts as the Latin key at its place."),
                       NULL, UI_ROLE_NORMAL);
    ui_doc_gap(&h->doc);
    int shown = 0;
    for (int a = 0; a < UI_ACT_COUNT; a++) {
        const struct ui_action_def *d = ui_action_def((enum ui_action)a);
        if (!d->screens) continue;
        char keys[128], where[2048], in[2176];
        /* "o / น": the key as typed with the Thai layout on, too */
        ui_keymap_keys_both(&app->cfg.keys, d->id, ", ", keys, sizeof keys);
        ui_scr_list(d->screens, 1, where, sizeof where);
        if (!wanted(h, app, d, keys, where)) continue;
        add_action(h, app, keys, _(d->help), UI_ROLE_NORMAL);
        /* TRANSLATORS: under an action in the help: the screens where it works. */
        snprintf(in, sizeof in, _("(on: %s)"), where);
        add_action(h, app, "", in, UI_ROLE_DIM);
        shown++;
    }
    if (!shown)
        ui_doc_add(&h->doc, 1, UI_ROLE_DIM, _("Nothing in the help matches the search."), NULL,
                   UI_ROLE_NORMAL, -1);
}

static int help_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct help *h = xcalloc(1, sizeof *h);
    s->st = h;
    return tt_field_init(&h->search, "");
}

static void help_leave(struct ui_screen *s, struct ui_app *app)
{
    struct help *h = s->st;
    if (!h) return;
    ui_doc_free(&h->doc);
    tt_field_free(&h->search);
    free(h);
}

static void help_layout(struct ui_screen *s, struct ui_app *app)
{
    struct help *h = s->st;
    struct ui_rect a = s->area;
    h->field = (struct ui_rect){a.y + 1, a.x + 1, 1, a.w - 2};
    h->body = (struct ui_rect){a.y + 3, a.x + 1, a.h - 3, a.w - 2};
    h->doc.width = h->body.w;
    build(h, app);
}

static void help_draw(struct ui_screen *s, struct ui_app *app)
{
    struct help *h = s->st;
    const char *label = _("Search:");
    int lw = ui_text_cols(label) + 1;
    ui_put(app, h->field.y, h->field.x, lw, label, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    ui_field_draw(app, h->field.y, h->field.x + lw, h->field.w - lw, &h->search, h->searching,
                  _("(press / to search the help)"));
    ui_doc_draw(&h->doc, app, h->body);
}

static int help_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct help *h = s->st;
    return ui_doc_handle(&h->doc, a);
}

static int help_search(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct help *h = s->st;
    h->searching = 1;
    return UI_DRAW;
}

static const struct ui_handler help_handlers[] = {
    {UI_ACT_FILTER, help_search},
    UI_HANDLE_MOVES(help_move),
    {0, NULL},
};

/* While searching: Enter keeps the search, Esc drops it, the rest edits it. */
static int help_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct help *h = s->st;
    if (!h->searching) return UI_UNHANDLED;
    if (key == UI_KEY_ENTER || key == UI_KEY_ESC) {
        h->searching = 0;
        if (key == UI_KEY_ESC) tt_field_set_text(&h->search, "");
    } else {
        enum ui_field_result r = ui_field_key(&h->search, key);
        if (r == UI_FIELD_NOT_MINE) return UI_UNHANDLED;
        if (r == UI_FIELD_MOVED) return UI_DRAW;
    }
    h->doc.top = 0;
    build(h, app);
    return UI_DRAW;
}

const struct ui_screen_ops ui_help_ops = {
    .enter = help_enter,
    .leave = help_leave,
    .layout = help_layout,
    .draw = help_draw,
    .handlers = help_handlers,
    .key = help_key,
};
