/* The main menu (เมนูหลัก): where the screens start once the agency and year are chosen.
 * One numbered entry per place of the screen registry, with its key, its title, one line of
 * what it is for and a live figure the screen itself supplies (its figure op). Its number
 * (1, or 1 then 2 for entry 12) or the entry's key opens it; so do Enter, a double click and
 * the menu bar. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_screens.h"
#include "xalloc.h"

#define HOME_MAX 24
#define FIGURE_SECONDS 5 /* the figures are read again at most this often while idle */

struct home_entry {
    const struct ui_reg *reg;
    char key[32];
    char figure[160];
};

struct home {
    struct home_entry e[HOME_MAX];
    int n, sel, top;
    /* 1 was typed with ten entries or more: a second digit may follow. TENS_THAI_ROW: it
     * was the Thai layout's ๅ, so its '/' and '-' are 2 and 3. */
    enum { TENS_NONE, TENS_DIGIT, TENS_THAI_ROW } tens;
    struct ui_rect list, hint;
    time_t read_at;
};

static void read_figures(struct home *h, struct ui_app *app)
{
    for (int i = 0; i < h->n; i++) {
        h->e[i].figure[0] = '\0';
        if (h->e[i].reg->ops->figure)
            h->e[i].reg->ops->figure(app, h->e[i].figure, sizeof h->e[i].figure);
    }
    h->read_at = time(NULL);
}

/* The places after this one, in their registry order. */
static void list_places(struct home *h, struct ui_app *app)
{
    h->n = 0;
    for (int place = 1; place < UI_SCR_COUNT; place++)
        for (int i = 0; i < UI_SCR_COUNT && h->n < HOME_MAX; i++) {
            const struct ui_reg *r = ui_reg_at(i);
            if (r->place != place || r->id == UI_SCR_ID_HOME) continue;
            struct home_entry *e = &h->e[h->n++];
            e->reg = r;
            int key = ui_keymap_first(&app->cfg.keys, (enum ui_action)(UI_ACT_GO_PICKER + i));
            if (key >= 0)
                ui_key_name(key, e->key, sizeof e->key);
            else
                e->key[0] = '\0';
        }
}

static int home_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    (void)arg;
    struct home *h = xcalloc(1, sizeof *h);
    s->st = h;
    list_places(h, app);
    read_figures(h, app);
    return 0;
}

static void home_leave(struct ui_screen *s, struct ui_app *app)
{
    free(s->st);
}

static void home_layout(struct ui_screen *s, struct ui_app *app)
{
    struct home *h = s->st;
    struct ui_rect a = s->area;
    h->list = (struct ui_rect){a.y + 1, a.x + 1, a.h - 3, a.w - 2};
    h->hint = (struct ui_rect){a.y + a.h - 1, a.x + 1, 1, a.w - 2};
}

/* Two lines an entry: "1  o  OIT checklist ....... done 27 of 35", then its purpose. */
static void draw_entry(struct home *h, struct ui_app *app, int i, int y)
{
    const struct home_entry *e = &h->e[i];
    struct ui_rect r = h->list;
    enum ui_role role = i == h->sel ? UI_ROLE_SELECT : UI_ROLE_NORMAL;
    char head[256];
    snprintf(head, sizeof head, " %2d  %-2s %s", i + 1, e->key, _(e->reg->title));
    int fw = ui_text_cols(e->figure) + 2;
    if (fw > r.w / 2) fw = r.w / 2;
    ui_put(app, y, r.x, r.w - fw, head, TT_ALIGN_LEFT, i == h->sel ? role : UI_ROLE_HEADER);
    ui_putf(app, y, r.x + r.w - fw, fw, TT_ALIGN_RIGHT, role, "%s ", e->figure);
    if (y + 1 < r.y + r.h)
        ui_putf(app, y + 1, r.x, r.w, TT_ALIGN_LEFT, i == h->sel ? role : UI_ROLE_DIM, "        %s",
                e->reg->purpose ? _(e->reg->purpose) : "");
}

static int per_page(const struct home *h)
{
    int n = h->list.h / 2;
    return n > 0 ? n : 1;
}

static void home_draw(struct ui_screen *s, struct ui_app *app)
{
    struct home *h = s->st;
    int page = per_page(h);
    if (h->sel < h->top) h->top = h->sel;
    if (h->sel >= h->top + page) h->top = h->sel - page + 1;
    for (int k = 0; k < page && h->top + k < h->n; k++)
        draw_entry(h, app, h->top + k, h->list.y + 2 * k);
    ui_put(app, h->hint.y, h->hint.x, h->hint.w,
           _("Type an entry's number or key, or move to it and press Enter."), TT_ALIGN_LEFT,
           UI_ROLE_DIM);
}

static int open_entry(struct home *h, struct ui_app *app, int i)
{
    if (i < 0 || i >= h->n) return UI_NONE;
    h->sel = i;
    ui_open(app, h->e[i].reg);
    return UI_LAYOUT;
}

static int home_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct home *h = s->st;
    return open_entry(h, app, h->sel);
}

static int home_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct home *h = s->st;
    int page = per_page(h);
    if (a == UI_ACT_UP) h->sel--;
    if (a == UI_ACT_DOWN) h->sel++;
    if (a == UI_ACT_PAGE_UP) h->sel -= page;
    if (a == UI_ACT_PAGE_DOWN) h->sel += page;
    if (a == UI_ACT_FIRST) h->sel = 0;
    if (a == UI_ACT_LAST) h->sel = h->n - 1;
    if (h->sel >= h->n) h->sel = h->n - 1;
    if (h->sel < 0) h->sel = 0;
    return UI_DRAW;
}

static const struct ui_handler home_handlers[] = {
    {UI_ACT_OPEN, home_open},
    UI_HANDLE_MOVES(home_move),
    {0, NULL},
};

/* The value of an ASCII or Thai digit, or of the number-row key the Thai layout types in
 * its place (ๅ = 1, ภ = 4 ... จ = 0), or -1. That row's '/' and '-' (2 and 3) count only
 * after a 1 typed with the Thai layout (thai_row): on their own they are the Latin keys. */
static int digit_of(int key, int thai_row)
{
    if (key >= '0' && key <= '9') return key - '0';
    if (key >= 0x0E50 && key <= 0x0E59) return key - 0x0E50;
    int latin = key > 0x7F || thai_row ? ui_key_kedmanee_latin((uint32_t)key) : 0;
    return latin >= '0' && latin <= '9' ? latin - '0' : -1;
}

/* A number, in ASCII or Thai digits, opens that entry. With ten entries or more a 1 waits
 * for a second digit (1 then 2: entry 12); any other key after it (Enter) opens entry 1. */
static int home_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct home *h = s->st;
    int d = digit_of(key, h->tens == TENS_THAI_ROW);
    if (h->tens) {
        h->tens = 0;
        app->message[0] = '\0';
        if (d >= 0) return 10 + d <= h->n ? open_entry(h, app, 10 + d - 1) : UI_DRAW;
        return UI_UNHANDLED;
    }
    if (d == 1 && h->n >= 10) {
        h->sel = 0;
        h->tens = key == '1' || (key >= 0x0E50 && key <= 0x0E59) ? TENS_DIGIT : TENS_THAI_ROW;
        ui_message(app, 0, _("Entry 1: press Enter to open it, or a second digit for 10 to %d."),
                   h->n);
        return UI_DRAW;
    }
    if (d >= 1) return open_entry(h, app, d - 1);
    return UI_UNHANDLED;
}

static int home_click(struct ui_screen *s, struct ui_app *app, int y, int x)
{
    struct home *h = s->st;
    int i = h->top + (y - h->list.y) / 2;
    if (y < h->list.y || y >= h->list.y + h->list.h || i >= h->n) return UI_UNHANDLED;
    h->sel = i;
    return UI_DRAW;
}

static int home_reload(struct ui_screen *s, struct ui_app *app)
{
    read_figures(s->st, app);
    return 0;
}

static int home_refresh(struct ui_screen *s, struct ui_app *app)
{
    struct home *h = s->st;
    /* Coming back from a screen above (a pop asks for a new layout): read at once, the
     * user has just changed something; while idle, every few seconds. */
    if (!app->need_layout && time(NULL) - h->read_at < FIGURE_SECONDS) return UI_NONE;
    read_figures(h, app);
    return UI_DRAW;
}

const struct ui_screen_ops ui_home_ops = {
    .enter = home_enter,
    .leave = home_leave,
    .layout = home_layout,
    .draw = home_draw,
    .handlers = home_handlers,
    .key = home_key,
    .reload = home_reload,
    .refresh = home_refresh,
    .click = home_click,
};
