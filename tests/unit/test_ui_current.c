/* A screen shows current data whenever it comes back into view (issue 11, item 15), Ctrl-L
 * reads the database again, and a change of year reloads only what shows: the screens under
 * it are marked stale and read again when the user comes back to them (issue 17). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <string.h>

#include "db_agency.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"
#include "ui_app.h"

/* "done/items" as the dashboard's "All items" line must show it now. */
static void expect_all_items(struct itadb *db, const char *dump, const char *when)
{
    long done = th_query_int(db, "SELECT count(*) FROM oit_status WHERE agency_id = 1"
                                 " AND year = 2567 AND state = 'done'");
    long items = th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2567");
    char want[64];
    snprintf(want, sizeof want, "%ld/%ld", done, items);
    const char *line = strstr(dump, "All items");
    cr_assert_not_null(line, "%s: no 'All items' line:\n%s", when, dump);
    const char *end = strchr(line, '\n');
    cr_expect(strstr(line, want) && strstr(line, want) < end, "%s: want %s in: %.*s", when, want,
              (int)(end - line), line);
}

Test(current, dashboard_shows_a_tick_made_in_the_checklist_when_the_user_comes_back)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    long before = th_query_int(db, "SELECT count(*) FROM oit_status WHERE agency_id = 1"
                                   " AND year = 2567 AND state = 'done'");
    struct ui_session *s = th_ui_start(db, "1 2567 dashboard", 40, 120, NULL);
    cr_assert_eq(ui_session_keys(s, ""), 0);
    char *dump = th_ui_dump(s);
    expect_all_items(db, dump, "at start");
    free(dump);
    cr_assert_eq(ui_session_keys(s, "o Space Esc"), 0);
    long after = th_query_int(db, "SELECT count(*) FROM oit_status WHERE agency_id = 1"
                                  " AND year = 2567 AND state = 'done'");
    cr_assert_neq(after, before, "the tick was saved");
    dump = th_ui_dump(s);
    expect_all_items(db, dump, "back from the checklist");
    free(dump);
    ui_session_end(s);
    db_close(db);
    free(path);
}

Test(current, ctrl_l_reads_what_another_user_saved)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct ui_session *s = th_ui_start(db, "1 2567 dashboard", 40, 120, NULL);
    cr_assert_eq(ui_session_keys(s, ""), 0);
    struct itadb *other = th_open_as(path, "other", "admin");
    th_exec_write(other, "UPDATE oit_status SET state = 'done' WHERE agency_id = 1"
                         " AND year = 2567 AND state <> 'done'");
    db_close(other);
    cr_assert_eq(ui_session_keys(s, "C-l"), 0);
    char *dump = th_ui_dump(s);
    expect_all_items(db, dump, "after Ctrl-L");
    free(dump);
    ui_session_end(s);
    db_close(db);
    free(path);
}

Test(current, a_new_year_reloads_what_shows_and_the_rest_when_shown)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct ui_session *s = th_ui_start(db, "-", 24, 80, NULL);
    /* Picker, year chooser, first year: the dashboard over the picker. */
    cr_assert_eq(ui_session_keys(s, "Enter Enter"), 0);
    struct ui_app *app = ui_session_app(s);
    cr_assert_eq(app->depth, 2);
    struct db_error err;
    struct itadb *other = th_open_as(path, "other", "admin");
    struct agency a = {.name = "กกกกหน่วยงานใหม่", .province = "ตาก"};
    cr_assert_geq(db_agency_add(other, &a, &err), 0, "%s", err.msg);
    db_close(other);
    int year = app->year;
    cr_assert_eq(ui_session_keys(s, "["), 0);
    cr_assert_neq(app->year, year, "the year changed");
    cr_expect_eq(app->stack[0]->stale, 1, "the hidden picker is only marked");
    cr_expect_eq(app->stack[1]->stale, 0, "the dashboard was read again");
    cr_assert_eq(ui_session_keys(s, "Esc"), 0);
    cr_assert_eq(app->depth, 1);
    cr_expect_eq(app->stack[0]->stale, 0, "back in view, the picker is current");
    char *dump = th_ui_dump(s);
    cr_expect_not_null(strstr(dump, "กกกกหน่วยงานใหม่"), "the agency added meanwhile:\n%s", dump);
    free(dump);
    ui_session_end(s);
    db_close(db);
    free(path);
}
