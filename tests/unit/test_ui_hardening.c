/* Issue 11 on the screens: the drafts key on the dashboard, a read-only database, and a
 * save that waits for a busy database without freezing the screen. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "helper_db.h"
#include "helper_ui.h"

static void expect_screen(struct ui_session *s, const char *text)
{
    char *dump = th_ui_dump(s);
    cr_expect(strstr(dump, text) != NULL, "the screen lacks \"%s\":\n%s", text, dump);
    free(dump);
}

Test(ui_hardening, drafts_key_works_on_the_dashboard)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct ui_session *s = th_ui_start(db, "1 2567 dashboard", 24, 80, NULL);
    cr_assert_eq(ui_session_keys(s, "r"), 0);
    expect_screen(s, "You have no unsaved drafts.");
    struct db_error err;
    cr_assert_eq(db_draft_put(db, "measure", "new:1:2568", 0, "title=x\n", &err), 0, "%s", err.msg);
    cr_assert_eq(ui_session_keys(s, "r"), 0);
    expect_screen(s, "Unsaved drafts");
    expect_screen(s, "a new measure");
    ui_session_end(s);
    db_close(db);
    free(path);
}
