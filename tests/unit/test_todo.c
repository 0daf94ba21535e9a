/* The to-do list and the ITA calendar: the rules in src/ (which round is due, the order of
 * the list, the calendar's windows) and what db_todo_load and db_calendar_set do on the
 * demo file (who sees what, refusals that change nothing, audit rows). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "db_calendar.h"
#include "db_oit.h"
#include "db_people.h"
#include "db_plan.h"
#include "db_review.h"
#include "db_todo.h"
#include "helper_db.h"
#include "ita_calendar.h"
#include "todo.h"

static struct measure measure_with(const char *start, const char *rounds)
{
    return (struct measure){.id = 7,
                            .agency_id = 1,
                            .plan_year = 2568,
                            .title = "m",
                            .start_date = (char *)start,
                            .rounds = (char *)rounds};
}

Test(todo, a_round_is_due_within_the_days_given_and_overdue_after_its_date)
{
    struct measure m = measure_with("2024-10-01", "6;12");
    int months;
    char due[11];
    /* The 6-month round reports on Oct-Mar: due 31 March 2025. */
    cr_expect_eq(measure_next_round_within(&m, "2025-02-20", 30, &months, due), ROUND_LATER);
    cr_expect_eq(measure_next_round_within(&m, "2025-02-20", 60, &months, due), ROUND_DUE);
    cr_expect_eq(months, 6);
    cr_expect_str_eq(due, "2025-03-31");
    cr_expect_eq(measure_next_round_within(&m, "2025-04-01", 30, &months, due), ROUND_OVERDUE);
    struct progress_round done = {.months = 6, .state = ITA_DONE};
    m.progress = &done;
    m.n_progress = 1;
    cr_expect_eq(measure_next_round_within(&m, "2025-04-01", 30, &months, due), ROUND_LATER);
    cr_expect_eq(months, 12);
    cr_expect_str_eq(due, "2025-09-30");
}

Test(todo, the_list_is_sorted_by_kind_then_date_then_item_number)
{
    struct todo_list l = {0};
    struct todo_item *a = todo_push(&l, TODO_OIT_OPEN);
    strcpy(a->code, "O10");
    strcpy(a->due, "2025-04-30");
    struct todo_item *b = todo_push(&l, TODO_FINDING);
    b->id = 3;
    struct todo_item *c = todo_push(&l, TODO_OIT_OPEN);
    strcpy(c->code, "O2");
    strcpy(c->due, "2025-04-30");
    struct todo_item *d = todo_push(&l, TODO_ROUND_DUE);
    strcpy(d->due, "2025-03-31");
    struct todo_item *e = todo_push(&l, TODO_ROUND_OVERDUE);
    strcpy(e->due, "2025-03-31");
    todo_mark_overdue(&l, "2025-04-01");
    todo_sort(&l);
    cr_expect_eq(l.v[0].kind, TODO_ROUND_OVERDUE);
    cr_expect_eq(l.v[1].kind, TODO_ROUND_DUE);
    cr_expect_str_eq(l.v[2].code, "O2");
    cr_expect_str_eq(l.v[3].code, "O10");
    cr_expect_eq(l.v[4].kind, TODO_FINDING);
    cr_expect_eq(todo_overdue_count(&l), 2);
    todo_free(&l);
}

Test(todo, the_calendar_refuses_a_window_closing_before_it_opens)
{
    struct ita_calendar c = {.year = 2568};
    strcpy(c.date[ITA_CAL_OIT_OPEN], "2025-03-01");
    char err[256];
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_OIT_CLOSE, "2025-02-28", err, sizeof err), -1);
    cr_expect_not_null(strstr(err, "OIT answering closes: "), "%s", err);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_OIT_CLOSE, "2025-04-30", err, sizeof err), 0);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_RESULT, "2030-08-01", err, sizeof err), -1);
    strcpy(c.date[ITA_CAL_OIT_CLOSE], "2025-04-30");
    cr_expect(ita_cal_oit_open(&c, "2025-03-01"));
    cr_expect(ita_cal_oit_open(&c, "2025-04-30"));
    cr_expect_not(ita_cal_oit_open(&c, "2025-05-01"));
    cr_expect_eq(ita_cal_key_parse("dispute_open"), ITA_CAL_DISPUTE_OPEN);
    cr_expect_eq(ita_cal_key_parse("oit"), -1);
}

Test(todo, a_calendar_date_lies_within_its_fiscal_year)
{
    struct ita_calendar c = {.year = 2570};
    char err[512];
    /* 2026-03-01 is 1 March 2569: typed for 2570 it opened a window a year long. */
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_OIT_OPEN, "2026-03-01", err, sizeof err), -1);
    cr_expect_str_eq(err, "OIT answering opens: 2026-03-01 is outside fiscal year 2570; the date "
                          "must be from 2026-10-01 to 2027-09-30");
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_OIT_OPEN, "2026-10-01", err, sizeof err), 0);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_OIT_CLOSE, "2027-09-30", err, sizeof err), 0);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_OIT_CLOSE, "2027-10-01", err, sizeof err), -1);
    /* Late results: up to 31 December after the year, not into the next cycle. */
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_RESULT, "2027-12-31", err, sizeof err), 0);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_DISPUTE_CLOSE, "2027-11-15", err, sizeof err), 0);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_RESULT, "2028-01-01", err, sizeof err), -1);
    cr_expect_eq(ita_cal_check(&c, ITA_CAL_RESULT, "2026-09-30", err, sizeof err), -1);
}

static struct todo_list load(struct itadb *db, const char *login, const char *today, int days)
{
    struct todo_list l = {0};
    struct todo_query q = {login, -1, today, days};
    struct db_error err = {{0}};
    cr_assert_eq(db_todo_load(db, &q, &l, &err), 0, "%s", err.msg);
    return l;
}

Test(todo, an_overdue_round_appears_for_the_admin_and_not_for_a_viewer)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct todo_list l = load(db, "tester", "2025-05-10", 30);
    cr_expect_eq(l.n, 0, "the demo has nothing due on 10 May 2025, got %zu", l.n);
    todo_free(&l);
    th_exec_write(db, "UPDATE measure SET rounds = '6;12' WHERE id = 1");
    l = load(db, "tester", "2025-05-10", 30);
    cr_assert_eq(l.n, 1);
    cr_expect_eq(l.v[0].kind, TODO_ROUND_OVERDUE);
    cr_expect_eq(l.v[0].id, 1);
    cr_expect_eq(l.v[0].months, 6);
    cr_expect_str_eq(l.v[0].due, "2025-03-31");
    cr_expect(l.v[0].overdue);
    todo_free(&l);
    db_close(th_open_as(path, "malee", "viewer"));
    l = load(db, "malee", "2025-05-10", 30);
    cr_expect_eq(l.n, 0, "a viewer has nothing to do");
    todo_free(&l);
    db_close(db);
    free(path);
}

Test(todo, the_oit_window_returns_and_findings_without_a_measure)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    /* Inside 2568's window (1 March - 30 April 2025): 2568's items of agency 1 not done. */
    struct todo_query q = {"tester", 1, "2025-04-10", 30};
    struct todo_list l = {0};
    struct db_error err = {{0}};
    /* A title the catalog does not know is said to be unknown, not left blank. */
    th_exec_write(db, "UPDATE oit_item SET known = 0 WHERE year = 2568 AND code = 'O25'");
    cr_assert_eq(db_todo_load(db, &q, &l, &err), 0, "%s", err.msg);
    long n_items = th_query_int(db, "SELECT count(*) FROM oit_item WHERE year = 2568");
    cr_expect_eq((long)l.n, n_items);
    cr_expect_eq(l.v[0].kind, TODO_OIT_OPEN);
    cr_expect_str_eq(l.v[0].code, "O1");
    cr_expect_eq(l.v[0].missing, TODO_NOT_DONE | TODO_NO_EVIDENCE);
    cr_expect_str_eq(l.v[24].code, "O25");
    cr_expect_null(l.v[24].title);
    cr_expect_str_eq(todo_title(&l.v[24]), "(title not known in the catalog)");
    todo_free(&l);
    /* An item done with its link, then returned by a reviewer; a finding of issue 9 that no
     * measure answers (the demo's findings 1-7 are answered by issue number). */
    struct oit_change c = {
        .fields = OIT_SET_STATE | OIT_SET_URL, .state = ITA_DONE, .url = "https://example.org/o1"};
    cr_assert_eq(db_oit_save(db, 1, 2568, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    cr_assert_eq(db_oit_review(db, 1, 2568, "O1", REVIEW_RETURNED, "ลิงก์เปิดไม่ได้", &err), 0, "%s",
                 err.msg);
    th_exec_write(db, "INSERT INTO finding (agency_id, year, issue_no, weakness)"
                      " VALUES (1, 2567, '9', 'ยังไม่มีมาตรการ')");
    cr_assert_eq(db_todo_load(db, &q, &l, &err), 0, "%s", err.msg);
    cr_expect_eq((long)l.n, n_items + 1, "O1 left the open items, a return and a finding came");
    cr_expect_eq(l.v[0].kind, TODO_OIT_RETURNED);
    cr_expect_str_eq(l.v[0].comment, "ลิงก์เปิดไม่ได้");
    cr_expect_eq(l.v[l.n - 1].kind, TODO_FINDING);
    cr_expect_str_eq(l.v[l.n - 1].title, "ยังไม่มีมาตรการ");
    todo_free(&l);
    /* After the window closes only the return and the finding are left. */
    q.today = "2025-05-10";
    cr_assert_eq(db_todo_load(db, &q, &l, &err), 0, "%s", err.msg);
    cr_expect_eq(l.n, 2);
    cr_expect(l.v[0].overdue, "returned and the window closed on 30 April");
    todo_free(&l);
    db_close(db);
    free(path);
}

Test(todo, only_an_admin_changes_the_calendar_and_each_change_is_audited)
{
    char *path;
    struct itadb *admin = th_open_fresh(&path, 1);
    struct ita_calendar c;
    struct db_error err = {{0}};
    cr_assert_eq(db_calendar_get(admin, 2568, &c, &err), 0, "%s", err.msg);
    cr_expect_str_eq(c.date[ITA_CAL_OIT_OPEN], "2025-03-01");
    cr_expect_eq(c.certain[ITA_CAL_OIT_OPEN], 0, "from the usual cycle");
    cr_expect_str_eq(c.date[ITA_CAL_RESULT], "", "unknown, not guessed");
    cr_assert_eq(db_people_put(admin, PEOPLE_ADD, "somchai", 1, DB_ROLE_OFFICER, &err), 0, "%s",
                 err.msg);
    struct itadb *officer = th_open_as(path, "somchai", NULL);
    cr_expect_eq(db_calendar_set(officer, 2568, ITA_CAL_RESULT, "2025-08-15", &err), -1);
    /* An officer holds a role (for agency 1): the refusal says the work is an admin's. */
    cr_expect_not_null(strstr(err.msg, "only an admin of every agency may do this; somchai is "
                                       "officer of an agency only"),
                       "%s", err.msg);
    db_close(officer);
    cr_expect_eq(db_calendar_set(admin, 2599, ITA_CAL_RESULT, "2042-08-15", &err), -1);
    cr_expect_not_null(strstr(err.msg, "no framework for fiscal year 2599"), "%s", err.msg);
    cr_expect_eq(th_query_int(admin, "SELECT count(*) FROM ita_calendar WHERE key = 'result'"), 0,
                 "the refused change wrote nothing");
    long audits = th_query_int(admin, "SELECT count(*) FROM audit WHERE entity = 'calendar'");
    cr_assert_eq(db_calendar_set(admin, 2568, ITA_CAL_RESULT, "2025-08-15", &err), 0, "%s",
                 err.msg);
    cr_assert_eq(db_calendar_set(admin, 2568, ITA_CAL_OIT_CLOSE, "2025-02-01", &err), -1,
                 "closes before it opens");
    cr_expect_eq(th_query_int(admin, "SELECT count(*) FROM audit WHERE entity = 'calendar'"),
                 audits + 1);
    cr_assert_eq(db_calendar_get(admin, 2568, &c, &err), 0, "%s", err.msg);
    cr_expect_str_eq(c.date[ITA_CAL_RESULT], "2025-08-15");
    cr_expect_eq(c.certain[ITA_CAL_RESULT], 1);
    cr_expect_str_eq(c.date[ITA_CAL_OIT_CLOSE], "2025-04-30");
    db_close(admin);
    free(path);
}

Test(todo, a_reviewer_gets_what_waits_for_a_verdict)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    db_close(th_open_as(path, "somsri", "viewer"));
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "somsri", 1, DB_ROLE_REVIEWER, &err), 0, "%s",
                 err.msg);
    th_exec_write(db, "UPDATE measure SET rounds = '6;12' WHERE id = 1");
    cr_assert_eq(db_progress_save(db, 1, 6, "2025-03-30", ITA_DONE, "ทำคู่มือแล้ว", &err), 0, "%s",
                 err.msg);
    struct oit_change c = {
        .fields = OIT_SET_STATE | OIT_SET_URL, .state = ITA_DONE, .url = "https://example.org/o2"};
    cr_assert_eq(db_oit_save(db, 1, 2568, "O2", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    struct todo_list l = load(db, "somsri", "2025-04-10", 30);
    cr_assert_eq(l.n, 2, "the reported round and the item done, got %zu", l.n);
    cr_expect_eq(l.v[0].kind, TODO_ROUND_TO_CHECK);
    cr_expect_eq(l.v[0].months, 6);
    cr_expect_str_eq(l.v[0].comment, "tester", "who reported it");
    cr_expect_eq(l.v[1].kind, TODO_OIT_TO_CHECK);
    cr_expect_str_eq(l.v[1].code, "O2");
    todo_free(&l);
    /* The admin who did the work is not asked to check it. */
    l = load(db, "tester", "2025-04-10", 30);
    for (size_t i = 0; i < l.n; i++)
        cr_expect(l.v[i].kind != TODO_ROUND_TO_CHECK && l.v[i].kind != TODO_OIT_TO_CHECK);
    todo_free(&l);
    db_close(db);
    struct itadb *reviewer = th_open_as(path, "somsri", NULL);
    cr_assert_eq(db_round_review(reviewer, 1, 6, REVIEW_CHECKED, NULL, &err), 0, "%s", err.msg);
    cr_assert_eq(db_oit_review(reviewer, 1, 2568, "O2", REVIEW_CHECKED, NULL, &err), 0, "%s",
                 err.msg);
    l = load(reviewer, "somsri", "2025-04-10", 30);
    cr_expect_eq(l.n, 0, "checked: nothing waits");
    todo_free(&l);
    db_close(reviewer);
    free(path);
}
