/* The menu bar and its drop-down menus (see ui_menu.h). Entries are built when the bar
 * opens, from what the action table offers on the screen below; choosing one closes the
 * bar and runs the action on that screen, as its key would. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_menu.h"
#include "ui_screens.h"
#include "xalloc.h"

#define MENU_MAX 48

struct menu_entry {
    enum ui_action action;
    const char *label; /* translated */
    char key[32];
};

struct menu {
    struct menu_entry e[UI_MENU_COUNT][MENU_MAX];
    int n[UI_MENU_COUNT];
    int cur, sel, top;
    int bar_x[UI_MENU_COUNT + 1]; /* where each title starts on the bar (and the end) */
    struct ui_rect box;
};

static const char *const menu_titles[UI_MENU_COUNT] = {
    [UI_MENU_ACTIONS] = N_("This screen"),
    [UI_MENU_GO] = N_("Go to"),
    [UI_MENU_GENERAL] = N_("General"),
};

/* Moving, and the keys that open or close the bar, are not menu entries. */
static int is_plumbing(enum ui_action a)
{
    return a <= UI_ACT_LAST || a == UI_ACT_MENU || a == UI_ACT_REDRAW;
}

static int menu_of(enum ui_action a)
{
    if (ui_action_target(a) || a == UI_ACT_AGENCY || a == UI_ACT_PREV_YEAR || a == UI_ACT_NEXT_YEAR)
        return UI_MENU_GO;
    if (a == UI_ACT_HELP || a == UI_ACT_BACK || a == UI_ACT_QUIT || a == UI_ACT_DRAFTS)
        return UI_MENU_GENERAL;
    return UI_MENU_ACTIONS;
}

static void add(struct menu *m, struct ui_app *app, enum ui_action a, const char *label)
{
    int w = menu_of(a);
    if (m->n[w] == MENU_MAX) return;
    struct menu_entry *e = &m->e[w][m->n[w]++];
    e->action = a;
    e->label = label;
    int key = ui_keymap_first(&app->cfg.keys, a);
    if (key >= 0)
        ui_key_name(key, e->key, sizeof e->key);
    else
        e->key[0] = '\0';
}

/* The places first in their registry order, then the rest in the action table's. */
static void build(struct menu *m, struct ui_app *app, const struct ui_screen *below)
{
    int id = below->reg->id;
    for (int place = 1; place < UI_SCR_COUNT; place++)
        for (int i = 0; i < UI_SCR_COUNT; i++) {
            const struct ui_reg *r = ui_reg_at(i);
            enum ui_action a = (enum ui_action)(UI_ACT_GO_PICKER + i);
            if (r->place == place && ui_scr_has(ui_action_def(a)->screens, id) && r != below->reg)
                add(m, app, a, _(r->title));
        }
    for (int a = 0; a < UI_ACT_COUNT; a++) {
        const struct ui_action_def *d = ui_action_def((enum ui_action)a);
        if (!ui_scr_has(d->screens, id) || is_plumbing(d->id) || ui_action_target(d->id)) continue;
        add(m, app, d->id, _(d->help));
    }
}

static int menu_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct ui_screen *below = ui_top(app);
    if (!below) return -1;
    struct menu *m = xcalloc(1, sizeof *m);
    s->st = m;
    build(m, app, below);
    m->cur = arg ? *(const int *)arg : 0;
    for (int i = 0; i < UI_MENU_COUNT && !m->n[m->cur]; i++)
        m->cur = (m->cur + 1) % UI_MENU_COUNT;
    return m->n[m->cur] ? 0 : -1;
}

static void menu_leave(struct ui_screen *s, struct ui_app *app)
{
    free(s->st);
}

/* The drop-down under the current title: as wide as its longest entry, on the screen. */
static void menu_layout(struct ui_screen *s, struct ui_app *app)
{
    struct menu *m = s->st;
    int x = 1;
    for (int i = 0; i < UI_MENU_COUNT; i++) {
        m->bar_x[i] = x;
        x += ui_text_cols(_(menu_titles[i])) + 4;
    }
    m->bar_x[UI_MENU_COUNT] = x;
    int w = 0;
    for (int i = 0; i < m->n[m->cur]; i++) {
        const struct menu_entry *e = &m->e[m->cur][i];
        int ew = ui_text_cols(e->label) + ui_text_cols(e->key) + 6;
        if (ew > w) w = ew;
    }
    if (w > COLS) w = COLS;
    int h = m->n[m->cur] + 2;
    if (h > LINES - 2) h = LINES - 2;
    int bx = m->bar_x[m->cur] - 1;
    if (bx + w > COLS) bx = COLS - w;
    m->box = (struct ui_rect){1, bx, h, w};
}

static void keep_in_view(struct menu *m)
{
    int rows = m->box.h - 2;
    if (m->sel < m->top) m->top = m->sel;
    if (m->sel >= m->top + rows) m->top = m->sel - rows + 1;
}

static void menu_draw(struct ui_screen *s, struct ui_app *app)
{
    struct menu *m = s->st;
    ui_fill(app, 0, 0, COLS, UI_ROLE_TITLE);
    for (int i = 0; i < UI_MENU_COUNT; i++) {
        if (!m->n[i]) continue;
        ui_putf(app, 0, m->bar_x[i], m->bar_x[i + 1] - m->bar_x[i] - 1, TT_ALIGN_LEFT,
                i == m->cur ? UI_ROLE_SELECT : UI_ROLE_TITLE, " %s ", _(menu_titles[i]));
    }
    ui_box(app, m->box, NULL);
    keep_in_view(m);
    int rows = m->box.h - 2, w = m->box.w - 2;
    for (int r = 0; r < rows && m->top + r < m->n[m->cur]; r++) {
        int i = m->top + r;
        const struct menu_entry *e = &m->e[m->cur][i];
        enum ui_role role = i == m->sel ? UI_ROLE_SELECT : UI_ROLE_NORMAL;
        int kw = ui_text_cols(e->key) + 2;
        int y = m->box.y + 1 + r, x = m->box.x + 1;
        ui_putf(app, y, x, w - kw, TT_ALIGN_LEFT, role, " %s", e->label);
        ui_putf(app, y, x + w - kw, kw, TT_ALIGN_RIGHT, role, "%s ", e->key);
    }
}

/* Closes the bar and runs the entry on the screen below, as its key would. */
static int run(struct ui_app *app, enum ui_action a)
{
    ui_pop(app);
    return ui_dispatch(app, a) | UI_LAYOUT;
}

static int menu_open_entry(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct menu *m = s->st;
    return run(app, m->e[m->cur][m->sel].action);
}

static int menu_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct menu *m = s->st;
    int n = m->n[m->cur], page = m->box.h > 3 ? m->box.h - 3 : 1;
    if (a == UI_ACT_UP) m->sel = (m->sel + n - 1) % n; /* round, as menus do */
    if (a == UI_ACT_DOWN) m->sel = (m->sel + 1) % n;
    if (a == UI_ACT_PAGE_UP) m->sel = m->sel > page ? m->sel - page : 0;
    if (a == UI_ACT_PAGE_DOWN) m->sel = m->sel + page < n ? m->sel + page : n - 1;
    if (a == UI_ACT_FIRST) m->sel = 0;
    if (a == UI_ACT_LAST) m->sel = n - 1;
    return UI_DRAW;
}

static const struct ui_handler menu_handlers[] = {
    {UI_ACT_OPEN, menu_open_entry},
    UI_HANDLE_MOVES(menu_move),
    {0, NULL},
};

static int switch_to(struct menu *m, int which)
{
    if (which < 0 || which >= UI_MENU_COUNT || !m->n[which]) return UI_NONE;
    m->cur = which;
    m->sel = m->top = 0;
    return UI_LAYOUT;
}

static int step(struct menu *m, int dir)
{
    int w = m->cur;
    for (int i = 0; i < UI_MENU_COUNT; i++) {
        w = (w + dir + UI_MENU_COUNT) % UI_MENU_COUNT;
        if (m->n[w]) return switch_to(m, w);
    }
    return UI_NONE;
}

/* Left and Right go between the menus; the menu key closes the bar; a key of an entry
 * runs it. */
static int menu_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct menu *m = s->st;
    if (key == UI_KEY_FN(KEY_LEFT)) return step(m, -1);
    if (key == UI_KEY_FN(KEY_RIGHT)) return step(m, +1);
    int a = ui_keymap_lookup(&app->cfg.keys, key);
    if (a == UI_ACT_MENU) {
        ui_pop(app);
        return UI_LAYOUT;
    }
    if (a < 0 || a == UI_ACT_OPEN || a == UI_ACT_BACK) return UI_UNHANDLED; /* the bar's own */
    for (int w = 0; w < UI_MENU_COUNT; w++)
        for (int i = 0; i < m->n[w]; i++)
            if (m->e[w][i].action == (enum ui_action)a) return run(app, (enum ui_action)a);
    return UI_UNHANDLED;
}

/* A title switches menus, an entry runs, anywhere else closes the bar. */
static int menu_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct menu *m = s->st;
    if (y == 0) {
        for (int i = 0; i < UI_MENU_COUNT; i++)
            if (x >= m->bar_x[i] && x < m->bar_x[i + 1]) return switch_to(m, i);
    }
    struct ui_rect b = m->box;
    if (y > b.y && y < b.y + b.h - 1 && x >= b.x && x < b.x + b.w) {
        int i = m->top + y - b.y - 1;
        if (i < m->n[m->cur]) return run(app, m->e[m->cur][i].action);
    }
    ui_pop(app);
    return UI_LAYOUT;
}

const struct ui_screen_ops ui_menu_ops = {
    .modal = 1,
    .enter = menu_enter,
    .leave = menu_leave,
    .layout = menu_layout,
    .draw = menu_draw,
    .handlers = menu_handlers,
    .key = menu_key,
    .click = menu_click,
};

int ui_menu_open(struct ui_app *app, int which)
{
    struct ui_screen *top = ui_top(app);
    if (top && top->ops == &ui_menu_ops) return 0;
    return ui_push(app, &ui_menu_ops, &which);
}

int ui_menu_label(struct ui_app *app, char *buf, size_t n)
{
    char key[32] = "";
    int k = ui_keymap_first(&app->cfg.keys, UI_ACT_MENU);
    if (k >= 0) ui_key_name(k, key, sizeof key);
    /* TRANSLATORS: the menu bar's button on the title line, after its key (F9). */
    snprintf(buf, n, " %s %s ", key, _("Menu"));
    return ui_text_cols(buf);
}
