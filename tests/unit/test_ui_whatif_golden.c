/* Golden screens of the what-if (the OIT checklist's panel, the dashboard's section and its
 * item chooser) at 80x24 and 120x40, in English and Thai, on the demo database: seed 000's
 * FY 2567 with O12, O13, O14, O17 and O19 marked "if done" -- the figures of
 * e2e_test_whatif_cli (indicator 9 97.50, OIT mean 91.25, total 94.63). ITADESK_UPDATE_GOLDEN=1
 * rewrites them (read the diff). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"

struct golden_case {
    const char *name;
    const char *args;
    const char *script;
    const char *expect_en, *expect_th; /* a line the screen must show */
};

static const struct golden_case cases[] = {
    {"whatif-oit", "1 2567 oit", "1 2 z 1 3 z 1 4 z 1 7 z 1 9 z", "Total: 90.49 → 94.63",
     "คะแนนรวม: 90.49 → 94.63"},
    {"whatif-oit-half", "1 2567 oit", "3 4 V", "Indicator 10: 85.00 → 90.00",
     "ตัวชี้วัดที่ 10: 85.00 → 90.00"},
    {"whatif-oit-cleared", "1 2567 oit", "1 2 z 1 3 V N", "2 what-if marks taken off",
     "เอาเครื่องหมายสมมุติออก 2 ข้อ"},
    {"whatif-dashboard-choose", "1 2567 dashboard", "End z", "O12  9.2    0  ", "O12  9.2    0  "},
    /* the chooser offers the first item not marked under 100: O12, O13, then O14 */
    {"whatif-dashboard", "1 2567 dashboard", "z Enter z Enter z Enter End", "76.79 → 87.50",
     "76.79 → 87.50"},
};

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    cr_assert_not_null(db);
    /* Demo rows carry the time they were loaded: pinned, so the detail pane is stable. */
    th_exec_write(db, "UPDATE oit_status SET updated_at = '2024-03-01T03:04:05Z'");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct golden_case *c = &cases[i];
        struct ui_session *s = th_ui_start(db, c->args, rows, cols, NULL);
        cr_assert_eq(ui_session_keys(s, c->script), 0, "bad script: %s", c->script);
        char *dump = th_ui_dump(s);
        ui_session_end(s);
        char file[128];
        snprintf(file, sizeof file, "%s-%s-%dx%d", c->name, thai ? "th" : "en", cols, rows);
        cr_assert_not_null(dump);
        th_check_widths(file, dump, cols);
        const char *want = thai ? c->expect_th : c->expect_en;
        cr_expect(strstr(dump, want), "%s does not show '%s':\n%s", file, want, dump);
        th_golden_compare(file, dump);
        free(dump);
    }
    db_close(db);
    free(dbpath);
}

Test(ui_whatif_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_whatif_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_whatif_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_whatif_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
