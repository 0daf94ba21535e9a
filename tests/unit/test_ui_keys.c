/* The action table, key names, the user's bindings, the config file and the last-choice
 * file: pure models, no curses screen. */
#include <criterion/criterion.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "ui_config.h"
#include "ui_keys.h"
#include "ui_state.h"
#include "ui_textarea.h"

Test(ui_keys, names_round_trip)
{
    static const char *const names[] = {"Up",    "PgDn", "F1",    "F10",     "C-l",
                                        "Enter", "Esc",  "Space", "j",       "G",
                                        "?",     "/",    "ก",     "BackTab", "C-Left"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int key = ui_key_parse(names[i]);
        cr_assert_geq(key, 0, "%s", names[i]);
        char back[32];
        ui_key_name(key, back, sizeof back);
        cr_expect_str_eq(back, names[i]);
    }
    cr_expect_eq(ui_key_parse("F13"), -1);
    cr_expect_eq(ui_key_parse("jj"), -1);
    cr_expect_eq(ui_key_parse(""), -1);
    cr_expect_eq(ui_key_parse("C-"), -1);
}

Test(ui_keys, curses_keys_are_normalised)
{
    cr_expect_eq(ui_key_from_curses(OK, '\r'), UI_KEY_ENTER);
    cr_expect_eq(ui_key_from_curses(KEY_CODE_YES, KEY_ENTER), UI_KEY_ENTER);
    cr_expect_eq(ui_key_from_curses(OK, 127), UI_KEY_FN(KEY_BACKSPACE));
    cr_expect_eq(ui_key_from_curses(KEY_CODE_YES, KEY_DOWN), ui_key_parse("Down"));
    cr_expect_eq(ui_key_from_curses(OK, 0x0E01), 0x0E01);
}

Test(ui_keys, defaults_cover_every_action_once)
{
    struct ui_keymap km;
    ui_keymap_defaults(&km);
    for (int a = 0; a < UI_ACT_COUNT; a++) /* (screens without a place have no action) */
        if (ui_action_def((enum ui_action)a)->screens)
            cr_expect_geq(ui_keymap_first(&km, (enum ui_action)a), 0, "%s has no key",
                          ui_action_def((enum ui_action)a)->name);
    for (int i = 0; i < km.n; i++)
        for (int j = i + 1; j < km.n; j++)
            cr_expect_neq(km.b[i].key, km.b[j].key, "key bound twice");
    cr_expect_eq(ui_keymap_lookup(&km, ui_key_parse("F10")), UI_ACT_QUIT);
    cr_expect_eq(ui_keymap_lookup(&km, 'j'), UI_ACT_DOWN);
    cr_expect_eq(ui_keymap_lookup(&km, 0x0E01), -1, "Thai letters are never commands");
}

Test(ui_keys, binding_moves_a_key_between_actions)
{
    struct ui_keymap km;
    char bad[32];
    ui_keymap_defaults(&km);
    cr_assert_eq(ui_keymap_bind(&km, UI_ACT_QUIT, "C-q x", bad, sizeof bad), 0);
    cr_expect_eq(ui_keymap_lookup(&km, 'x'), UI_ACT_QUIT);
    cr_expect_eq(ui_keymap_lookup(&km, ui_key_parse("F10")), -1, "old key released");
    cr_assert_eq(ui_keymap_bind(&km, UI_ACT_HELP, "j", bad, sizeof bad), 0);
    cr_expect_eq(ui_keymap_lookup(&km, 'j'), UI_ACT_HELP);
    char keys[64];
    ui_keymap_keys(&km, UI_ACT_DOWN, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "Down");
    cr_expect_eq(ui_keymap_bind(&km, UI_ACT_HELP, "Nope", bad, sizeof bad), -1);
    cr_expect_str_eq(bad, "Nope");
    cr_expect_eq(ui_keymap_lookup(&km, 'j'), UI_ACT_HELP, "a bad line changes nothing");
}

Test(ui_config, file_sets_language_colour_and_keys)
{
    const char text[] = "# mine\nui.language = th\nui.color=never\n\nbind.quit = x\n"
                        "bind.nothing = y\nnonsense\n";
    char *path = th_write_file("config", text, sizeof text - 1);
    struct ui_config cfg;
    ui_config_load(&cfg, path);
    cr_expect_eq(cfg.lang, UI_LANG_TH);
    cr_expect_eq(cfg.color, UI_COLOR_NEVER);
    cr_expect_eq(ui_keymap_lookup(&cfg.keys, 'x'), UI_ACT_QUIT);
    cr_expect_eq(cfg.bad_line, 6);
    cr_expect_str_eq(cfg.bad_text, "bind.nothing");
    free(path);
}

Test(ui_config, missing_file_gives_defaults)
{
    struct ui_config cfg;
    ui_config_load(&cfg, "/nonexistent/itadesk/config");
    cr_expect_eq(cfg.lang, UI_LANG_AUTO);
    cr_expect_eq(cfg.bad_line, 0);
    cr_expect_eq(ui_keymap_lookup(&cfg.keys, 'q'), UI_ACT_BACK);
}

Test(ui_state, saved_atomically_and_read_back)
{
    char *dir = th_temp_path("state");
    char path[4096];
    snprintf(path, sizeof path, "%s/deep/itadesk/last", dir);
    long agency;
    int year;
    cr_expect_eq(ui_state_load(path, &agency, &year), -1);
    cr_assert_eq(ui_state_save(path, 42, 2567), 0);
    cr_assert_eq(ui_state_save(path, 7, 2566), 0);
    cr_assert_eq(ui_state_load(path, &agency, &year), 0);
    cr_expect_eq(agency, 7);
    cr_expect_eq(year, 2566);
    free(dir);
}

Test(ui_keys, ctrl_left_and_right_move_the_text_area_by_thai_words)
{
    ThBrk *brk = th_brk_new(NULL);
    struct ui_textarea t;
    cr_assert_eq(ui_textarea_init(&t, brk, "จัดทำรายงานผลการจัดซื้อจัดจ้าง", 0), 0);
    ui_textarea_key(&t, UI_KEY_FN(KEY_HOME), 1);
    cr_assert_eq(ui_textarea_key(&t, ui_key_parse("C-Right"), 1), UI_TA_MOVED);
    size_t first = t.a.f.cur;
    cr_assert_gt(first, 0);
    cr_assert_lt(first, strlen("จัดทำรายงาน"), "moved past the first word");
    cr_assert_eq(t.a.f.cur % 3, 0, "a Thai word boundary is a code point boundary");
    ui_textarea_key(&t, ui_key_parse("C-Right"), 1);
    cr_assert_gt(t.a.f.cur, first);
    ui_textarea_key(&t, ui_key_parse("C-Left"), 1);
    cr_assert_eq(t.a.f.cur, first);
    ui_textarea_free(&t);
    if (brk) th_brk_delete(brk);
}

/* Some terminals never send F-keys (or a desktop takes them): every action with an F-key
 * has another key, and the status line and the dialogs' hints show both ("F9/x"). */
Test(ui_keys, every_f_key_action_has_another_key_shown_with_it)
{
    struct ui_keymap km;
    ui_keymap_defaults(&km);
    int with_f = 0;
    for (int i = 0; i < km.n; i++) {
        int base = km.b[i].key & ~UI_KEY_MODS;
        if (base < UI_KEY_FN(KEY_F(1)) || base > UI_KEY_FN(KEY_F(12))) continue;
        with_f++;
        char hint[64], first[32];
        ui_keymap_hint(&km, km.b[i].action, hint, sizeof hint);
        ui_key_name(km.b[i].key, first, sizeof first);
        int f_first = hint[0] == 'F' && hint[1] >= '1' && hint[1] <= '9';
        cr_expect(!f_first || strchr(hint, '/') != NULL, "%s (%s) shows only an F-key: %s",
                  ui_action_def(km.b[i].action)->name, first, hint);
    }
    cr_expect_geq(with_f, 4, "F1, F2, F9 and F10 are bound");
    char hint[64];
    ui_keymap_hint(&km, UI_ACT_MENU, hint, sizeof hint);
    cr_expect_str_eq(hint, "F9/x");
    ui_keymap_hint(&km, UI_ACT_SAVE, hint, sizeof hint);
    cr_expect_str_eq(hint, "F2/C-s");
    ui_keymap_hint(&km, UI_ACT_QUIT, hint, sizeof hint);
    cr_expect_str_eq(hint, "F10/Q");
    ui_keymap_hint(&km, UI_ACT_HELP, hint, sizeof hint);
    cr_expect_str_eq(hint, "?");
}

/* keys.escdelay: how long a lone Esc waits for the rest of a sequence (25 ms unless set;
 * a slow link may need more). A value out of 0..1000 is refused, naming its line. */
Test(ui_config, escape_delay_from_the_config_file)
{
    struct ui_config cfg;
    ui_config_load(&cfg, "/nonexistent/itadesk/config");
    cr_expect_eq(cfg.escdelay, 25);
    const char text[] = "keys.escdelay = 80\n";
    char *path = th_write_file("config", text, sizeof text - 1);
    ui_config_load(&cfg, path);
    cr_expect_eq(cfg.escdelay, 80);
    cr_expect_eq(cfg.bad_line, 0);
    free(path);
    const char bad[] = "\nkeys.escdelay = 5000\n";
    path = th_write_file("config", bad, sizeof bad - 1);
    ui_config_load(&cfg, path);
    cr_expect_eq(cfg.escdelay, 25, "a bad value changes nothing");
    cr_expect_eq(cfg.bad_line, 2);
    free(path);
}
