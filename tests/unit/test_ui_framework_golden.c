/* Golden screens of framework administration (80x24 and 120x40, English and Thai): the
 * year's list, its "still unknown" part, the editor of an OIT item and of an indicator's
 * weight, a new year as a copy, and a viewer's refusal. Regenerate with
 * ITADESK_UPDATE_GOLDEN=1 and read the diff. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_people.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"

struct fw_case {
    const char *name, *args, *script;
    int table;
};

/* Lines of 2568: the rule's heading, the rule, five levels, the indicators' heading and
 * ten indicators (9 is the 17th line), the items' heading, 28 items, the unknown list. */
static const struct fw_case cases[] = {
    {"framework", "1 2568 framework", "", 1},
    {"framework-unknown", "1 2568 framework", "End", 1},
    {"framework-weight", "1 2568 framework",
     "Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Enter", 0},
    {"framework-item", "1 2568 framework", "End Enter", 0},
    {"framework-copy", "1 2568 framework", "+", 0},
    {"framework-help", "1 2568 framework", "?", 0},
    {"framework-question", "1 2567 framework",
     "Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Enter", 0},
    {"framework-refused", "1 2568 framework", "Down Enter", 1}, /* as a viewer */
};

static char *make_db(void)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "malee", DB_ALL_AGENCIES, DB_ROLE_VIEWER, &err), 0,
                 "%s", err.msg);
    db_close(db);
    return path;
}

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    char *path = make_db();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct fw_case *c = &cases[i];
        int viewer = strcmp(c->name, "framework-refused") == 0;
        th_golden_case(path, viewer ? "malee" : "tester", c->name, c->args, c->script, c->table,
                       thai, rows, cols);
    }
    free(path);
}

Test(ui_framework_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_framework_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_framework_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_framework_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
