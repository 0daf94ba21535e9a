/* Golden screens of the to-do list and the ITA calendar (80x24 and 120x40, English and
 * Thai), on the demo file with today fixed (ITADESK_TODAY = 10 April 2025, inside 2568's
 * OIT window): one overdue monitoring round, an OIT item a reviewer returned, the items
 * still open, a finding without a measure; and 2568's calendar with one date an admin
 * entered (and a viewer refused when trying to change one). Regenerate with ITADESK_UPDATE_GOLDEN=1
 * and read the diff. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_calendar.h"
#include "db_oit.h"
#include "db_people.h"
#include "db_review.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"

struct todo_case {
    const char *name, *args, *script;
    int table; /* check the '|' columns */
};

static const struct todo_case cases[] = {
    {"todo", "1 2567 todo", "", 1},
    {"todo-end", "1 2567 todo", "End", 1}, /* the last group: the finding */
    {"calendar", "1 2568 calendar", "", 1},
    {"calendar-edit", "1 2568 calendar", "End Enter", 0}, /* the date's prompt */
    {"calendar-refused", "1 2568 calendar", "Enter", 1},  /* as a viewer: says who may */
};

static char *make_db(void)
{
    setenv("ITADESK_TODAY", "2025-04-10", 1);
    setenv("ITADESK_NOW", "2025-04-10T03:04:05Z", 1);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    th_exec_write(db, "UPDATE measure SET rounds = '6;12' WHERE id = 1");
    th_exec_write(db, "INSERT INTO finding (agency_id, year, issue_no, weakness)"
                      " VALUES (1, 2567, '9', 'ยังไม่มีช่องทางรับฟังความคิดเห็นออนไลน์')");
    struct oit_change c = {
        .fields = OIT_SET_STATE | OIT_SET_URL, .state = ITA_DONE, .url = "https://example.org/o3"};
    cr_assert_eq(db_oit_save(db, 1, 2568, "O3", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    cr_assert_eq(db_oit_review(db, 1, 2568, "O3", REVIEW_RETURNED, "ลิงก์เปิดไม่ได้", &err), 0, "%s",
                 err.msg);
    cr_assert_eq(db_calendar_set(db, 2568, ITA_CAL_RESULT, "2025-08-15", &err), 0, "%s", err.msg);
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
        const struct todo_case *c = &cases[i];
        int as_viewer = strcmp(c->name, "calendar-refused") == 0;
        th_golden_case(path, as_viewer ? "malee" : "tester", c->name, c->args, c->script, c->table,
                       thai, rows, cols);
    }
    free(path);
}

Test(ui_todo_golden, english_80x24)
{
    run_all(0, 24, 80);
}

Test(ui_todo_golden, english_120x40)
{
    run_all(0, 40, 120);
}

Test(ui_todo_golden, thai_80x24)
{
    run_all(1, 24, 80);
}

Test(ui_todo_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
