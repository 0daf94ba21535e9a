/* Golden screens of the OIT checklist: the list with its groups, the detail pane (beside
 * the list from 110 columns) and the full-screen detail, the unit chooser, a filter, a Thai
 * search, marks, the note editor and a refused evidence link, in English and Thai at 80x24
 * and 120x40. Regenerate with ITADESK_UPDATE_GOLDEN=1 and read the diff. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "helper_ui.h"

struct oit_case {
    const char *name, *args, *script;
    int table; /* check the '|' columns */
};

static const struct oit_case cases[] = {
    {"oit", "1 2567 oit", "", 1},
    {"oit-detail", "1 2567 oit", "j Enter", 0},
    {"oit-2566", "2 2566 oit", "End", 1},
    {"oit-units", "2 2566 oit", "j u", 0},
    {"oit-filter", "1 2567 oit", "f Down Enter", 1},
    {"oit-search", "1 2567 oit", "/ text:สถิติ", 1},
    {"oit-marked", "1 2567 oit", "1 2 m m M", 1},
    {"oit-note", "2 2566 oit", "n End Enter text:ตรวจแล้ว", 0},
    {"oit-link-refused", "1 2567 oit", "l text:ftp://example.go.th Enter", 0},
    /* a reviewer's return and check, then only what was sent back, with its detail */
    {"oit-returned", "1 2567 oit", "B text:ลิงก์เปิดไม่ได้ Enter j c f Down Down Down Down Down Enter",
     1},
};

/* Demo rows carry the time they were loaded: pin it so the "last change" line is stable. */
static void pin_times(struct itadb *db)
{
    th_exec_write(db, "UPDATE oit_status SET updated_at = '2024-03-01T03:04:05Z'");
}

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct itadb *db = th_open_fresh(NULL, 1); /* fresh: some scripts save */
        pin_times(db);
        const struct oit_case *c = &cases[i];
        th_golden_play(db, c->name, c->args, c->script, c->table, thai, rows, cols);
        db_close(db);
    }
}

Test(ui_oit_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_oit_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_oit_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_oit_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
