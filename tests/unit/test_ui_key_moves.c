/* Keys as officers' terminals send them, on real screens: a Ctrl or Shift arrow that means
 * nothing of its own moves like the plain arrow (PuTTY sends Ctrl-Up as ESC [ A in
 * application cursor mode: a list that ignored it looked dead); and with the Thai Kedmanee
 * layout on, a command key typed on the shifted row acts as its Latin key, even where the
 * Thai layout types an ASCII character there (Shift-Z types "(", Shift-X ")"). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "helper_ui.h"
#include "ui_app.h"
#include "ui_keys.h"

/* keys on "1 2567 SCREEN" of the demo, then the screen checked for want (and not unwanted);
 * the app's quit flag. */
static int play(const char *screen, const char *keys, const char *want, const char *unwanted)
{
    th_ui_env(0);
    char *path, args[64];
    struct itadb *db = th_open_fresh(&path, 1);
    snprintf(args, sizeof args, "1 2567 %s", screen);
    struct ui_session *s = th_ui_start(db, args, 24, 80, NULL);
    cr_assert_eq(ui_session_keys(s, keys), 0, "bad script: %s", keys);
    th_ui_expect_screen(s, want);
    if (unwanted) th_ui_expect_not_screen(s, unwanted);
    int quit = ui_session_app(s)->quit;
    ui_session_end(s);
    db_close(db);
    free(path);
    return quit;
}

Test(ui_key_moves, ctrl_and_shift_arrows_move_a_list)
{
    /* Two Ctrl-Down then Enter opens the third indicator's detail, as Down Down Enter does
     * (the list shows no "entered 99.17" of its own: only the detail says it so). */
    const char *third = "IIT, weight 6: entered 99.17", *first = "IIT, weight 6: entered 99.79";
    play("indicators", "Down Down Enter", third, NULL);
    play("indicators", "C-Down C-Down Enter", third, NULL);
    play("indicators", "S-Down S-Down S-Down C-Up Enter", third, NULL);
    play("indicators", "End C-Home Enter", first, NULL);
    play("indicators", "C-End Enter", "Indicator detail", first);
}

Test(ui_key_moves, ctrl_arrows_move_in_the_menu_bar_and_a_question)
{
    /* In the menu bar Right goes to the next menu (the places to go: the main menu first);
     * Ctrl-Right does the same, where it used to do nothing. */
    play("dashboard", "F9 Enter", "Dashboard", "Main menu");
    play("dashboard", "F9 Right Enter", "Main menu", NULL);
    play("dashboard", "F9 C-Right Enter", "Main menu", NULL);
    /* Ctrl-C on a list asks whether to quit; Ctrl-Right moves between its buttons as Right
     * does: to "No", and Enter stays. */
    cr_expect(play("indicators", "C-c Enter", "Indicators", NULL), "Enter on Quit quits");
    cr_expect(!play("indicators", "C-c Right Enter", "Indicators", "Quit itadesk?"));
    cr_expect(!play("indicators", "C-c C-Right Enter", "Indicators", "Quit itadesk?"),
              "Ctrl-Right moved to Stay");
}

Test(ui_key_moves, thai_layout_shifted_row_reaches_every_command_key)
{
    /* Shift-Z with the Thai layout on types "(": the calendar (Z). */
    play("dashboard", "text:(", "ITA calendar", NULL);
    /* Shift-F types โ: the framework screen (F); Shift-W types a double quote: people (W). */
    play("dashboard", "text:โ", "Framework administration", NULL);
    play("dashboard", "text:\"", "People and roles", NULL);
    /* In a text field the same characters are text. */
    play("oit", "n text:(โ\"", "(โ\"", "ITA calendar");
}

Test(ui_key_moves, help_shows_both_forms_of_shifted_keys)
{
    struct ui_keymap km;
    char keys[64];
    ui_keymap_defaults(&km);
    ui_keymap_keys_both(&km, UI_ACT_GO_CALENDAR, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "Z / (");
    ui_keymap_keys_both(&km, UI_ACT_GO_FRAMEWORK, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "F / โ");
    ui_keymap_keys_both(&km, UI_ACT_REMOVE, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "X / )");
    ui_keymap_keys_both(&km, UI_ACT_IN_PROGRESS, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "~ / %");
    /* "?" is help itself: Shift-M on the Thai layout cannot be mark-group, and the help
     * does not pretend it is. */
    ui_keymap_keys_both(&km, UI_ACT_MARK_GROUP, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "M");
    cr_expect_eq(ui_keymap_command(&km, '('), UI_ACT_GO_CALENDAR);
    cr_expect_eq(ui_keymap_command(&km, ')'), UI_ACT_REMOVE);
    cr_expect_eq(ui_keymap_command(&km, '%'), UI_ACT_IN_PROGRESS);
    cr_expect_eq(ui_keymap_command(&km, '?'), UI_ACT_HELP, "a key's own binding wins");
    /* Every Latin command key but M has a twin the Thai layout types. */
    for (int i = 0; i < km.n; i++) {
        int k = km.b[i].key;
        if (k <= 0x20 || k >= 0x7f || k == 'M') continue;
        char name[8] = {(char)k};
        cr_expect_neq(ui_key_kedmanee_thai(k), 0u, "%s has no Thai-layout twin", name);
    }
}
