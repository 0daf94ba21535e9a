/* Golden screens of the people and the audit trail (80x24 and 120x40, English and Thai):
 * three people besides the first admin, an officer's change and a reviewer's return, at a
 * fixed time (ITADESK_NOW) so the audit's dates stay put. Regenerate with
 * ITADESK_UPDATE_GOLDEN=1 and read the diff. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "db_oit.h"
#include "db_people.h"
#include "db_review.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"

struct people_case {
    const char *name, *args, *script;
    int table;
};

static const struct people_case cases[] = {
    {"people", "1 2567 people", "", 1},
    {"people-refused", "1 2567 people", "X", 1}, /* as the viewer: greyed out, says why */
    {"audit", "1 2567 audit", "", 1},
    {"audit-by-user", "1 2567 audit", "I text:somsri Enter", 1},
};

/* The file as the cases find it: people, one change, one return. */
static char *make_db(void)
{
    setenv("ITADESK_NOW", "2025-03-01T03:04:05Z", 1);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "somchai", 1, DB_ROLE_OFFICER, &err), 0, "%s",
                 err.msg);
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "somsri", 1, DB_ROLE_REVIEWER, &err), 0, "%s",
                 err.msg);
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "malee", DB_ALL_AGENCIES, DB_ROLE_VIEWER, &err), 0,
                 "%s", err.msg);
    db_close(db);
    struct itadb *officer = th_open_as(path, "somchai", NULL);
    struct oit_change c = {.fields = OIT_SET_NOTE, .note = "ปรับปรุงแผนผังแล้ว"};
    cr_assert_eq(db_oit_save(officer, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    db_close(officer);
    struct itadb *reviewer = th_open_as(path, "somsri", NULL);
    cr_assert_eq(db_oit_review(reviewer, 1, 2567, "O1", REVIEW_RETURNED, "ลิงก์เปิดไม่ได้", &err), 0,
                 "%s", err.msg);
    db_close(reviewer);
    return path;
}

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    char *path = make_db();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct people_case *c = &cases[i];
        int as_viewer = strcmp(c->name, "people-refused") == 0;
        th_golden_case(path, as_viewer ? "malee" : "tester", c->name, c->args, c->script, c->table,
                       thai, rows, cols);
    }
    free(path);
}

Test(ui_people_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_people_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_people_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_people_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
