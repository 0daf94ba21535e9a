/* `itadesk keys`: the key test for support over the phone. The terminal is set up exactly
 * as the screens set it up (raw, curses' key table off, application cursor mode, the
 * configured escape delay); each key pressed shows the bytes received, the same written for
 * a person, the key name they decode to and the action it has outside text fields (the
 * action's config name: the same in every language, easy to read out over the phone). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui.h"
#include "ui_app.h"
#include "ui_decode.h"
#include "ui_draw.h"
#include "ui_input.h"
#include "ui_keys.h"
#include "ui_locale.h"
#include "ui_term.h"

#define KEYTEST_TOP 4 /* the first row of the list */

/* Bytes, sequence and key in three columns (measured, so that Thai lines up). */
static void draw_columns(struct ui_app *app, int y, const char *const text[3], enum ui_role role)
{
    static const int x[3] = {1, 28, 51};
    ui_fill(app, y, 0, COLS, role);
    for (int i = 0; i < 3; i++) {
        int w = i < 2 ? x[i + 1] - x[i] - 1 : COLS - x[i] - 1;
        if (w > 0) ui_put(app, y, x[i], w, text[i], TT_ALIGN_LEFT, role);
    }
}

static void draw_intro(struct ui_app *app, const char *term)
{
    ui_putf(app, 0, 0, COLS, TT_ALIGN_LEFT, UI_ROLE_TITLE, " itadesk | %s  (TERM=%s)",
            _("Key test"), term);
    ui_put(app, 1, 1, COLS - 2,
           _("Press keys: each shows the bytes the terminal sent and the key itadesk reads."),
           TT_ALIGN_LEFT, UI_ROLE_NORMAL);
    ui_put(app, 2, 1, COLS - 2, _("Press Ctrl-C twice in a row to leave."), TT_ALIGN_LEFT,
           UI_ROLE_DIM);
    const char *heads[3] = {_("Bytes"), _("Sequence"), _("Key")};
    draw_columns(app, KEYTEST_TOP - 1, heads, UI_ROLE_HEADER);
}

/* The line of one key: bytes, sequence, name, and the action it is bound to. */
static void draw_key(struct ui_app *app, int y, const int *chars, size_t n, int key)
{
    char hex[96], seq[96], name[48], action[96] = "", keytext[160];
    ui_decode_hex(chars, n, hex, sizeof hex);
    ui_decode_describe(chars, n, seq, sizeof seq);
    ui_key_name(key, name, sizeof name);
    int a = ui_keymap_command(&app->cfg.keys, key);
    int latin = key > 0 && key < UI_KEY_FN_BASE ? ui_key_kedmanee_latin((uint32_t)key) : 0;
    int moved = a < 0 ? ui_key_move_plain(key) : -1; /* Ctrl-Up moves like Up */
    if (moved >= 0) {
        char plain[32];
        ui_key_name(moved, plain, sizeof plain);
        a = ui_keymap_command(&app->cfg.keys, moved);
        snprintf(action, sizeof action, "  (%s%s%s)", plain, a >= 0 ? ": " : "",
                 a >= 0 ? ui_action_def(a)->name : "");
    } else if (a >= 0 && latin && ui_keymap_lookup(&app->cfg.keys, key) < 0)
        snprintf(action, sizeof action, "  (%c: %s)", latin, ui_action_def(a)->name);
    else if (a >= 0)
        snprintf(action, sizeof action, "  (%s)", ui_action_def(a)->name);
    if (key == UI_KEY_UNKNOWN) snprintf(action, sizeof action, "  %s", _("(not known: ignored)"));
    snprintf(keytext, sizeof keytext, "%s%s", name, action);
    const char *text[3] = {hex, seq, keytext};
    draw_columns(app, y, text, UI_ROLE_NORMAL);
}

int ui_keys_test(void)
{
    struct ui_app app = {0};
    struct ui_locale loc;
    char path[1024], why[512];
    ui_config_path(path, sizeof path);
    ui_config_load(&app.cfg, path);
    if (ui_locale_start(app.cfg.lang, &loc)) {
        fprintf(stderr, "itadesk: no UTF-8 locale is installed\n");
        return 1;
    }
    struct ui_term term;
    struct ui_term_opts to = {.color = app.cfg.color};
    if (ui_term_start(&term, &to, &app.theme, why, sizeof why)) {
        fprintf(stderr, "itadesk: %s\n", why);
        return 1;
    }
    struct ui_input *in = ui_input_terminal(app.cfg.escdelay, term.key_flags);
    const char *env = getenv("TERM");
    int row = KEYTEST_TOP, ctrl_c = 0;
    erase();
    draw_intro(&app, env ? env : "");
    refresh();
    while (!ui_signal_caught) {
        int key;
        if (ui_input_next(in, -1, &key) <= 0) continue;
        if (key == UI_KEY_FN(KEY_RESIZE)) {
            erase();
            row = KEYTEST_TOP;
            draw_intro(&app, env ? env : "");
            refresh();
            continue;
        }
        const int *chars;
        size_t n = ui_input_last(in, &chars);
        if (row >= LINES - 1) { /* start again from the top rather than scroll */
            for (int y = KEYTEST_TOP; y < LINES; y++)
                ui_fill(&app, y, 0, COLS, UI_ROLE_NORMAL);
            row = KEYTEST_TOP;
        }
        draw_key(&app, row++, chars, n, key);
        ui_fill(&app, row, 0, COLS, UI_ROLE_NORMAL);
        refresh();
        ctrl_c = key == 3 ? ctrl_c + 1 : 0;
        if (ctrl_c == 2) break;
    }
    ui_input_free(in);
    ui_term_stop(&term);
    return 0;
}
