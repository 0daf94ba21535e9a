/* The OIT checklist screen driven through its actions: ticking saves at once, a second
 * user's earlier save is reported and reloaded instead of being undone, other users'
 * changes appear while the screen waits, filters, search, jump, bulk changes in one
 * transaction, refused links, history, a busy database; and the note editor's model. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_oit.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "text/tt.h"
#include "ui_textbox.h"

struct fixture {
    char *path;
    struct itadb *db;
    struct ui_session *s;
};

static struct fixture open_oit(const char *args)
{
    th_ui_env(0);
    struct fixture f = {0};
    f.db = th_open_fresh(&f.path, 1);
    f.s = th_ui_start(f.db, args, 24, 80, NULL);
    return f;
}

static void close_oit(struct fixture *f)
{
    ui_session_end(f->s);
    db_close(f->db);
    free(f->path);
}

static struct oit_row get(struct itadb *db, const char *code)
{
    struct oit_row r;
    struct db_error err;
    cr_assert_eq(db_oit_get(db, 1, 2567, code, &r, &err), 0, "%s", err.msg);
    return r;
}

static enum ita_state state_of(struct itadb *db, const char *code)
{
    struct oit_row r = get(db, code);
    enum ita_state s = r.state;
    oit_row_clear(&r);
    return s;
}

static struct itadb *second_user(const char *path, const char *login)
{
    return th_open_as(path, login, "officer");
}

Test(ui_oit, tick_saves_at_once_and_untick_reverts)
{
    struct fixture f = open_oit("1 2567 oit");
    cr_assert_eq(ui_session_keys(f.s, "1 2"), 0); /* jump to O12 (not done) */
    struct itadb *other = second_user(f.path, "reader");
    long audits = th_query_int(other, "SELECT count(*) FROM audit");
    ui_session_action(f.s, UI_ACT_TICK);
    cr_expect_eq(state_of(other, "O12"), ITA_DONE, "committed, seen by another connection");
    cr_expect_eq(th_query_int(other, "SELECT count(*) FROM audit"), audits + 1);
    th_ui_expect_screen(f.s, "O12: done (saved)");
    ui_session_action(f.s, UI_ACT_TICK);
    cr_expect_eq(state_of(other, "O12"), ITA_NOT_DONE);
    ui_session_action(f.s, UI_ACT_IN_PROGRESS);
    cr_expect_eq(state_of(other, "O12"), ITA_IN_PROGRESS);
    db_close(other);
    close_oit(&f);
}

Test(ui_oit, conflict_names_the_other_user_and_reloads)
{
    struct fixture f = open_oit("1 2567 oit");
    cr_assert_eq(ui_session_keys(f.s, "1 2"), 0);
    struct itadb *other = second_user(f.path, "somchai");
    struct oit_row r = get(other, "O12");
    struct oit_change c = {.fields = OIT_SET_STATE, .state = ITA_IN_PROGRESS};
    struct db_error err;
    cr_assert_eq(db_oit_save(other, 1, 2567, "O12", r.version, &c, &err), DB_SAVED, "%s", err.msg);
    oit_row_clear(&r);
    ui_session_action(f.s, UI_ACT_TICK); /* the screen still shows the old version */
    th_ui_expect_screen(f.s, "changed by somchai");
    cr_expect_eq(state_of(other, "O12"), ITA_IN_PROGRESS, "the tick did not undo it");
    cr_assert_eq(ui_session_keys(f.s, "Enter"), 0); /* the detail shows the reloaded row */
    th_ui_expect_screen(f.s, "Last change: somchai");
    th_ui_expect_screen(f.s, "[~]  in progress");
    ui_session_action(f.s, UI_ACT_TICK); /* now on the fresh version: saved */
    cr_expect_eq(state_of(other, "O12"), ITA_DONE);
    db_close(other);
    close_oit(&f);
}

Test(ui_oit, other_users_changes_appear_while_waiting)
{
    struct fixture f = open_oit("1 2567 oit");
    cr_assert_eq(ui_session_keys(f.s, "1 3 Enter Enter"), 0); /* O13's detail */
    th_ui_expect_screen(f.s, "O13 [ ]");
    struct itadb *other = second_user(f.path, "somchai");
    struct oit_change c = {
        .fields = OIT_SET_STATE | OIT_SET_UNIT, .state = ITA_DONE, .unit = "กองช่าง"};
    struct db_error err;
    cr_assert_eq(db_oit_save(other, 1, 2567, "O13", OIT_ANY_VERSION, &c, &err), DB_SAVED);
    th_ui_expect_screen(f.s, "O13 [ ]"); /* nothing read yet */
    cr_assert_eq(ui_session_keys(f.s, "idle"), 0);
    th_ui_expect_screen(f.s, "O13 [x]");
    th_ui_expect_screen(f.s, "กองช่าง");
    th_ui_expect_screen(f.s, "Done 28 of 35");
    /* Coming back from a dialog also picks changes up. */
    c = (struct oit_change){.fields = OIT_SET_STATE, .state = ITA_NOT_DONE};
    cr_assert_eq(db_oit_save(other, 1, 2567, "O13", OIT_ANY_VERSION, &c, &err), DB_SAVED);
    cr_assert_eq(ui_session_keys(f.s, "h Esc"), 0);
    th_ui_expect_screen(f.s, "O13 [ ]");
    db_close(other);
    close_oit(&f);
}

Test(ui_oit, filters_search_and_jump)
{
    struct fixture f = open_oit("1 2567 oit");
    ui_session_action(f.s, UI_ACT_SHOW);
    cr_assert_eq(ui_session_keys(f.s, "Down Enter"), 0); /* items not done */
    th_ui_expect_screen(f.s, "Showing: items not done");
    th_ui_expect_not_screen(f.s, "[x]");
    th_ui_expect_screen(f.s, "O12");
    ui_session_action(f.s, UI_ACT_SHOW);
    cr_assert_eq(ui_session_keys(f.s, "Home Down Down Enter"), 0); /* in progress */
    th_ui_expect_screen(f.s, "O16");
    th_ui_expect_not_screen(f.s, "O12 ");
    ui_session_action(f.s, UI_ACT_SHOW);
    cr_assert_eq(ui_session_keys(f.s, "Enter"), 0); /* the chooser starts on the current one */
    th_ui_expect_screen(f.s, "O16");
    ui_session_action(f.s, UI_ACT_SHOW);
    cr_assert_eq(ui_session_keys(f.s, "Home Enter"), 0);
    /* Thai search after / (a Thai key alone is the command of the Latin key at its place:
     * the Kedmanee layout left on); then a Latin one. */
    cr_assert_eq(ui_session_keys(f.s, "/ text:สถิติ"), 0);
    th_ui_expect_screen(f.s, "O12");
    th_ui_expect_not_screen(f.s, "O13");
    cr_assert_eq(ui_session_keys(f.s, "Esc / text:e-serv Enter"), 0);
    th_ui_expect_screen(f.s, "O13");
    th_ui_expect_not_screen(f.s, "O12");
    cr_assert_eq(ui_session_keys(f.s, "/ Esc"), 0);
    /* Jump: Thai digits too, into the detail. */
    cr_assert_eq(ui_session_keys(f.s, "O ๓ ๔ Enter Enter"), 0);
    th_ui_expect_screen(f.s, "O34 [ ]");
    close_oit(&f);
}

Test(ui_oit, bulk_state_and_unit_in_one_go)
{
    struct fixture f = open_oit("1 2567 oit");
    struct itadb *other = second_user(f.path, "reader");
    long audits = th_query_int(other, "SELECT count(*) FROM audit");
    cr_assert_eq(ui_session_keys(f.s, "1 2 m m"), 0); /* O12, O13 */
    th_ui_expect_screen(f.s, "2 marked");
    ui_session_action(f.s, UI_ACT_TICK);
    th_ui_expect_screen(f.s, "2 items changed.");
    cr_expect_eq(state_of(other, "O12"), ITA_DONE);
    cr_expect_eq(state_of(other, "O13"), ITA_DONE);
    cr_expect_eq(th_query_int(other, "SELECT count(*) FROM audit"), audits + 2);
    th_ui_expect_not_screen(f.s, "marked");
    /* A whole group (9.3: O14-O17) to a new unit. */
    cr_assert_eq(ui_session_keys(f.s, "1 5 M"), 0);
    th_ui_expect_screen(f.s, "4 marked");
    ui_session_action(f.s, UI_ACT_UNIT);
    cr_assert_eq(ui_session_keys(f.s, "End Enter text:กองคลัง Enter"), 0);
    cr_expect_eq(th_query_int(other, "SELECT count(*) FROM oit_status s JOIN unit u ON"
                                     " u.id = s.unit_id WHERE s.agency_id = 1 AND s.year ="
                                     " 2567 AND u.name = 'กองคลัง' AND s.code IN"
                                     " ('O14','O15','O16','O17')"),
                 4);
    /* Marking a marked group again unmarks it. */
    cr_assert_eq(ui_session_keys(f.s, "M"), 0);
    th_ui_expect_screen(f.s, "4 marked");
    cr_assert_eq(ui_session_keys(f.s, "M"), 0);
    th_ui_expect_not_screen(f.s, "marked");
    cr_assert_eq(ui_session_keys(f.s, "M m"), 0);
    th_ui_expect_screen(f.s, "3 marked");
    ui_session_action(f.s, UI_ACT_UNMARK_ALL);
    th_ui_expect_not_screen(f.s, "marked");
    db_close(other);
    close_oit(&f);
}

Test(ui_oit, link_refused_then_saved_and_history_shows_it)
{
    struct fixture f = open_oit("1 2567 oit");
    cr_assert_eq(ui_session_keys(f.s, "1 2 l text:ftp://x.go.th Enter"), 0);
    th_ui_expect_screen(f.s, "Refused: an evidence link must start with http:// or https://");
    struct itadb *other = second_user(f.path, "reader");
    struct oit_row r = get(other, "O12");
    cr_expect_null(r.evidence_url);
    oit_row_clear(&r);
    cr_assert_eq(ui_session_keys(f.s, "Home Delete Delete Delete text:https Enter"), 0);
    r = get(other, "O12");
    cr_expect_str_eq(r.evidence_url, "https://x.go.th");
    oit_row_clear(&r);
    ui_session_action(f.s, UI_ACT_SCORE);
    cr_assert_eq(ui_session_keys(f.s, "Home Enter"), 0); /* 100 */
    ui_session_action(f.s, UI_ACT_HISTORY);
    th_ui_expect_screen(f.s, "History of O12");
    th_ui_expect_screen(f.s, "- -> https://x.go.th");
    th_ui_expect_screen(f.s, "0 -> 100");
    th_ui_expect_screen(f.s, "tester");
    db_close(other);
    close_oit(&f);
}

Test(ui_oit, note_in_thai_over_several_lines)
{
    struct fixture f = open_oit("1 2567 oit");
    ui_session_action(f.s, UI_ACT_NOTE);
    cr_assert_eq(ui_session_keys(f.s, "text:ส่งแล้ว Enter text:รอตรวจ"), 0);
    ui_session_action(f.s, UI_ACT_SAVE);
    struct itadb *other = second_user(f.path, "reader");
    struct oit_row r = get(other, "O1");
    cr_expect_str_eq(r.note, "ส่งแล้ว\nรอตรวจ");
    oit_row_clear(&r);
    db_close(other);
    close_oit(&f);
}

/* Holds the write lock for a while from another connection, as a second user saving. */
static void *hold_lock(void *arg)
{
    struct itadb *db = arg;
    struct db_error err;
    struct timespec ts = {0, 600 * 1000000L};
    nanosleep(&ts, NULL);
    db_commit(db, &err);
    return NULL;
}

Test(ui_oit, busy_database_says_waiting_then_saves)
{
    th_ui_env(0);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    char *outpath = th_temp_path("screen.out");
    FILE *out = fopen(outpath, "w+");
    struct ui_session *s = th_ui_start(db, "1 2567 oit", 24, 80, out);
    struct itadb *other = second_user(path, "somchai");
    struct db_error err;
    cr_assert_eq(db_begin(other, 1, DB_CAP_EDIT, &err), 0, "%s", err.msg);
    pthread_t t;
    pthread_create(&t, NULL, hold_lock, other);
    ui_session_action(s, UI_ACT_TICK); /* O1 done -> not done: pending, the keys go on */
    pthread_join(t, NULL);
    cr_assert_eq(ui_session_keys(s, "idle"), 0); /* tried again while waiting for a key */
    th_ui_expect_screen(s, "O1: not done (saved)");
    fflush(out);
    size_t len;
    char *written = th_read_file(outpath, &len);
    cr_expect(strstr(written, "Waiting for another user") != NULL, "no waiting hint was drawn");
    free(written);
    db_close(other);
    ui_session_end(s);
    fclose(out);
    db_close(db);
    free(outpath);
    free(path);
}

Test(ui_textbox, lines_goal_column_and_thai)
{
    struct ui_textbox b;
    cr_assert_eq(ui_textbox_init(&b, "", 10, NULL), 0);
    size_t line;
    int col;
    ui_textbox_cursor(&b, &line, &col);
    cr_expect_eq(line, 0);
    cr_expect_eq(col, 0);
    ui_textbox_up(&b); /* nothing above: no move, no crash */
    ui_textbox_backspace(&b);
    const char *first = "น้ำท่วม";
    for (const char *p = first; *p;) {
        uint32_t cp;
        p += tt_utf8_decode(p, strlen(p), &cp);
        ui_textbox_insert(&b, cp);
    }
    ui_textbox_newline(&b);
    ui_textbox_insert(&b, 'a');
    ui_textbox_cursor(&b, &line, &col);
    cr_expect_eq(line, 1);
    cr_expect_eq(col, 1);
    ui_textbox_up(&b); /* column 1 is inside the cluster น้ำ: the cursor goes after it */
    ui_textbox_cursor(&b, &line, &col);
    cr_expect_eq(line, 0);
    cr_expect_eq(col, 2);
    ui_textbox_end(&b);
    ui_textbox_cursor(&b, &line, &col);
    cr_expect_eq(col, 5, "น้ำท่วม is 5 columns");
    ui_textbox_down(&b); /* goal 5, line 1 has 1 column: its end */
    ui_textbox_cursor(&b, &line, &col);
    cr_expect_eq(line, 1);
    cr_expect_eq(col, 1);
    ui_textbox_home(&b);
    ui_textbox_delete(&b);
    cr_expect_str_eq(b.f.text, "น้ำท่วม\n");
    ui_textbox_free(&b);
}

Test(ui_textbox, wraps_long_lines_and_moves_between_them)
{
    struct ui_textbox b;
    cr_assert_eq(ui_textbox_init(&b, "aaaa bbbb cccc", 5, NULL), 0);
    cr_expect_eq(b.lines.n, 3);
    ui_textbox_up(&b);
    size_t line;
    int col;
    ui_textbox_cursor(&b, &line, &col);
    cr_expect_eq(line, 1);
    cr_expect_eq(col, 4);
    ui_textbox_set_width(&b, 20);
    cr_expect_eq(b.lines.n, 1);
    ui_textbox_free(&b);
}
