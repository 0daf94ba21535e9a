/* Issue 11 on the screens: the drafts key on the dashboard, a read-only database, and a
 * save that waits for a busy database without freezing the screen. */
#include <criterion/criterion.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db_busy.h"
#include "db_oit.h"
#include "db_plan.h"
#include "helper_db.h"
#include "helper_ui.h"

Test(ui_hardening, drafts_key_works_on_the_dashboard)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct ui_session *s = th_ui_start(db, "1 2567 dashboard", 24, 80, NULL);
    cr_assert_eq(ui_session_keys(s, "r"), 0);
    th_ui_expect_screen(s, "You have no unsaved drafts.");
    struct db_error err;
    cr_assert_eq(db_draft_put(db, "measure", "new:1:2568", 0, "title=x\n", &err), 0, "%s", err.msg);
    cr_assert_eq(ui_session_keys(s, "r"), 0);
    th_ui_expect_screen(s, "Unsaved drafts");
    th_ui_expect_screen(s, "a new measure");
    ui_session_end(s);
    db_close(db);
    free(path);
}

/* A demo database this process may read but not write: the file and its folder lose
 * their write bits, and root (which ignores them) becomes nobody for this test. */
static char *readonly_copy(void)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    db_close(db);
    char *dir = strdup(path);
    dirname(dir);
    cr_assert_eq(chmod(path, 0444), 0);
    cr_assert_eq(chmod(dir, 0555), 0);
    free(dir);
    if (geteuid() == 0) {
        cr_assert_eq(setgid(65534), 0);
        cr_assert_eq(setuid(65534), 0);
    }
    cr_assert_neq(access(path, W_OK), 0, "the test cannot take away the right to write");
    return path;
}

Test(ui_hardening, read_only_database_shows_every_screen_and_refuses_changes)
{
    th_ui_env(0);
    char *path = readonly_copy();
    struct db_error err = {{0}};
    struct itadb *db = db_open(path, "reader", 0, &err);
    cr_assert_not_null(db, "a database one may read opens: %s", err.msg);
    cr_expect(db->readonly);
    struct ui_session *s = th_ui_start(db, "1 2567 dashboard", 24, 80, NULL);
    cr_assert_eq(ui_session_keys(s, ""), 0);
    th_ui_expect_screen(s, "read-only: you can look but not change");
    th_ui_expect_screen(s, "Dashboard");
    cr_assert_eq(ui_session_keys(s, "i"), 0);
    th_ui_expect_screen(s, "Indicators");
    cr_assert_eq(ui_session_keys(s, "Esc o"), 0);
    th_ui_expect_screen(s, "OIT checklist");
    th_ui_expect_screen(s, "O1 ");
    ui_session_action(s, UI_ACT_TICK);
    th_ui_expect_screen(s, "read-only: you can look but not change");
    th_ui_expect_not_screen(s, "readonly database");
    ui_session_action(s, UI_ACT_TICK);
    th_ui_expect_screen(s, "read-only: you can look but not change");
    cr_assert_eq(ui_session_keys(s, "Esc p"), 0);
    th_ui_expect_screen(s, "Action plan");
    ui_session_end(s);
    db_close(db);
    free(path);
}

/* The screen's line that holds key also holds text. */
static void expect_line(struct ui_session *s, const char *key, const char *text)
{
    char *dump = th_ui_dump(s);
    char *at = strstr(dump, key);
    cr_assert_not_null(at, "the screen lacks \"%s\":\n%s", key, dump);
    char *start = at, *end = strchr(at, '\n');
    while (start > dump && start[-1] != '\n')
        start--;
    if (end) *end = '\0';
    cr_expect(strstr(start, text) != NULL, "the line \"%s\" lacks \"%s\"", start, text);
    free(dump);
}

static enum ita_state state_of(struct itadb *db, const char *code)
{
    struct oit_row r;
    struct db_error err;
    cr_assert_eq(db_oit_get(db, 1, 2567, code, &r, &err), 0, "%s", err.msg);
    enum ita_state st = r.state;
    oit_row_clear(&r);
    return st;
}

/* Another user holds the write lock (a long import, say) while a tick is made: the tick
 * does not freeze the screen, it is shown as pending, the keys go on working, and it is
 * saved as soon as the lock is free. */
Test(ui_hardening, busy_tick_is_pending_then_saved_and_keys_keep_working)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct ui_session *s = th_ui_start(db, "1 2567 oit", 24, 80, NULL);
    struct db_error err;
    struct itadb *other = th_open_as(path, "somchai", "officer");
    cr_assert_not_null(other, "%s", err.msg);
    cr_assert_eq(db_begin(other, 1, DB_CAP_EDIT, &err), 0, "%s", err.msg);
    cr_assert_eq(state_of(other, "O1"), ITA_DONE);
    ui_session_action(s, UI_ACT_TICK); /* returns although the lock is still held */
    th_ui_expect_screen(s, "O1: not done (pending");
    th_ui_expect_screen(s, " [ ]?");
    th_ui_expect_not_screen(s, "busy");
    cr_assert_eq(ui_session_keys(s, "Down Enter"), 0); /* the keys are processed */
    th_ui_expect_screen(s, "O2 [x]");
    cr_assert_eq(ui_session_keys(s, "Enter Up idle"), 0);
    th_ui_expect_screen(s, " [ ]?");
    cr_expect_eq(state_of(other, "O1"), ITA_DONE, "nothing saved while the lock is held");
    cr_assert_eq(db_commit(other, &err), 0, "%s", err.msg);
    cr_assert_eq(ui_session_keys(s, "idle"), 0);
    th_ui_expect_screen(s, "O1: not done (saved)");
    th_ui_expect_not_screen(s, "?");
    cr_expect_eq(state_of(other, "O1"), ITA_NOT_DONE, "saved once the lock was free");
    /* The next change of the same item builds on the tick just saved: it is not refused as
     * a conflict with the user's own change (the screen knew only the older version). */
    cr_assert_eq(ui_session_keys(s, "idle"), 0);
    ui_session_action(s, UI_ACT_NOTE);
    cr_assert_eq(ui_session_keys(s, "text:ส่งแล้ว"), 0);
    ui_session_action(s, UI_ACT_SAVE);
    th_ui_expect_screen(s, "O1 saved.");
    th_ui_expect_not_screen(s, "was changed by");
    struct oit_row r;
    cr_assert_eq(db_oit_get(other, 1, 2567, "O1", &r, &err), 0, "%s", err.msg);
    cr_expect_str_eq(r.note ? r.note : "", "ส่งแล้ว", "the note typed after the tick was saved");
    cr_expect_eq(r.state, ITA_NOT_DONE);
    oit_row_clear(&r);
    db_close(other);
    ui_session_end(s);
    db_close(db);
    free(path);
}

/* When the other user keeps the lock past the wait limit, the user is told the change was
 * not saved, and the screen shows what is stored. */
Test(ui_hardening, busy_tick_past_the_limit_is_reported_not_saved)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    db_set_wait(db, 400); /* as itadesk --wait 0.4 */
    struct ui_session *s = th_ui_start(db, "1 2567 oit", 24, 80, NULL);
    struct db_error err;
    struct itadb *other = th_open_as(path, "somchai", "officer");
    cr_assert_not_null(other, "%s", err.msg);
    cr_assert_eq(db_begin(other, 1, DB_CAP_EDIT, &err), 0, "%s", err.msg);
    ui_session_action(s, UI_ACT_TICK);
    th_ui_expect_screen(s, "(pending");
    struct timespec ts = {0, 500 * 1000000L};
    nanosleep(&ts, NULL);
    cr_assert_eq(ui_session_keys(s, "idle"), 0);
    th_ui_expect_screen(s, "O1: NOT saved");
    th_ui_expect_not_screen(s, "?");
    expect_line(s, "O1 ", "[x]"); /* what is stored, shown again */
    db_rollback(other);
    cr_expect_eq(state_of(other, "O1"), ITA_DONE, "nothing was saved");
    db_close(other);
    ui_session_end(s);
    db_close(db);
    free(path);
}
