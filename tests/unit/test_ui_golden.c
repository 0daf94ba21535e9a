/* Headless golden-screen tests: every screen at 80x24 and 120x40, in English and Thai,
 * driven by key scripts and compared with tests/golden/NAME.txt. Regenerate the files with
 * ITADESK_UPDATE_GOLDEN=1 (then read the diff before committing it). Besides the text,
 * every table is checked to have its '|' borders in the same display column on every row,
 * and no line may be wider than the terminal. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "helper_ui.h"
#include "text/tt.h"
#include "ui.h"

struct golden_case {
    const char *name;
    const char *args;   /* agency/year/screen: "1 2567 indicators", or "-" for none */
    const char *script; /* keys after start-up */
    int table;          /* 1: check the '|' columns of the rows holding them */
};

static const struct golden_case cases[] = {
    {"picker", "-", "", 1},
    {"picker-filter", "-", "text:ศรี", 1},
    {"picker-filter-enter", "-", "text:ศรี Enter", 0}, /* one Enter opens the agency */
    {"year", "-", "Enter", 0},
    {"dashboard", "1 2567 dashboard", "", 0},
    {"dashboard-scrolled", "1 2567 dashboard", "End", 0},
    {"indicators", "1 2567 indicators", "", 1},
    {"indicators-by-score", "1 2567 indicators", "s j", 1},
    {"trend", "1 2567 indicators", "t", 1},
    {"detail-iit", "1 2567 indicators", "Enter", 0},
    {"detail-eit", "1 2567 indicators", "j j j j j j Enter", 0},
    {"detail-oit", "1 2567 indicators", "End Enter", 0},
    {"detail-oit-2566", "2 2566 indicators", "G k Enter", 0},
    {"help", "1 2567 dashboard", "?", 0},
    {"help-search", "1 2567 dashboard", "? / text:O12 Enter", 0},
    {"home", "1 2567 home", "", 0},
    {"home-selected", "1 2567 home", "Down Down", 0},
    {"menu-actions", "1 2567 indicators", "F9", 0},
    {"menu-go", "1 2567 home", "F9 Right", 0},
    {"menu-general", "1 2567 dashboard", "x Right Right Down", 0},
    {"reports", "1 2567 reports", "", 1},
    {"reports-print", "1 2567 reports", "Enter", 0},              /* the file is of 2567 */
    {"reports-print-progress", "1 2567 reports", "End Enter", 0}, /* of the plan year 2568 */
    {"too-small", "1 2567 dashboard", "resize:30x8", 0},
};

static char *run_case(struct itadb *db, const struct golden_case *c, int rows, int cols)
{
    struct ui_session *s = th_ui_start(db, c->args, rows, cols, NULL);
    cr_assert_eq(ui_session_keys(s, c->script), 0, "bad script: %s", c->script);
    char *dump = th_ui_dump(s);
    ui_session_end(s);
    return dump;
}

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    cr_assert_not_null(db);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct golden_case *c = &cases[i];
        char *dump = run_case(db, c, rows, cols);
        char file[128];
        snprintf(file, sizeof file, "%s-%s-%dx%d", c->name, thai ? "th" : "en", cols, rows);
        cr_assert_not_null(dump);
        if (strcmp(c->name, "too-small") == 0)
            th_check_widths(file, dump, 30);
        else
            th_check_widths(file, dump, cols);
        if (c->table) th_check_alignment(file, dump, rows);
        th_golden_compare(file, dump);
        free(dump);
    }
    db_close(db);
    free(dbpath);
}

Test(ui_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_golden, thai_120x40)
{
    run_all(1, 40, 120);
}

/* The too-small screen is one line and nothing else, in any language, down to 1x1. */
Test(ui_golden, too_small_is_one_line)
{
    th_ui_env(1);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    static const struct golden_case c = {"tiny", "1 2567 indicators",
                                         "resize:10x4 resize:1x1 resize:39x24 resize:80x9", 0};
    char *dump = run_case(db, &c, 24, 80);
    const char *nl = strchr(dump, '\n');
    cr_assert_not_null(nl);
    for (const char *p = nl; *p; p++)
        cr_expect(*p == '\n', "more than one line: %s", dump);
    cr_expect(strstr(dump, "80x9") != NULL, "%s", dump);
    free(dump);
    db_close(db);
    free(dbpath);
}

/* Tests call actions, not only keys: the same table drives both. */
Test(ui_golden, actions_without_keys)
{
    th_ui_env(0);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    struct ui_options o = {.agency_id = 1,
                           .year = 2567,
                           .screen = "indicators",
                           .headless = 1,
                           .rows = 24,
                           .cols = 80,
                           .forget = 1};
    char why[256];
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    cr_assert_not_null(s, "%s", why);
    ui_session_action(s, UI_ACT_SORT);
    char *dump = ui_session_dump(s);
    cr_expect(strstr(dump, "Sorted by score") != NULL, "%s", dump);
    free(dump);
    ui_session_action(s, UI_ACT_QUIT);
    ui_session_end(s);
    db_close(db);
    free(dbpath);
}

/* NCURSES_NO_UTF8_ACS (PuTTY's line drawing broken) and `ascii = on`: the boxes, lines and
 * bars are drawn in ASCII, and the bars still read (# done, - not) without colour. */
Test(ui_golden, ascii_lines_and_bars)
{
    th_ui_env(1);
    setenv("NCURSES_NO_UTF8_ACS", "1", 1);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    static const struct golden_case c[] = {{"dashboard-ascii", "1 2567 dashboard", "", 0},
                                           {"menu-go-ascii", "1 2567 home", "F9 Right", 0}};
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        char *dump = run_case(db, &c[i], 24, 80);
        char file[64];
        snprintf(file, sizeof file, "%s-th-80x24", c[i].name);
        /* U+2500..U+259F (box drawing, blocks) are E2 94..96 in UTF-8. */
        for (const unsigned char *p = (const unsigned char *)dump; *p; p++)
            cr_expect(!(p[0] == 0xE2 && p[1] >= 0x94 && p[1] <= 0x96), "%s: a line or block glyph",
                      file);
        th_golden_compare(file, dump);
        free(dump);
    }
    unsetenv("NCURSES_NO_UTF8_ACS");
    db_close(db);
    free(dbpath);
}
