/* Measures: validation of what officers type, rounds and due dates, saving with version
 * checks and audit, drafts, carry-over. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "helper_db.h"
#include "plan.h"

static int apply(struct measure *m, struct measure_input in, char *why)
{
    return measure_apply_input(m, &in, why, 256);
}

Test(plan, thai_period_budget_and_rounds_as_officers_type_them)
{
    struct measure m = {0};
    char why[256] = "";
    cr_assert_eq(
        apply(&m,
              (struct measure_input){.fields = MF_TITLE | MF_START | MF_END | MF_BUDGET | MF_ROUNDS,
                                     .title = "  จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน ",
                                     .start = "๑ ตุลาคม ๒๕๖๗",
                                     .end = "๓๐ กันยายน ๒๕๖๘",
                                     .budget = "๕๐,๐๐๐ บาท",
                                     .rounds = "๖/๑๒"},
              why),
        0, "%s", why);
    cr_assert_str_eq(m.title, "จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน");
    cr_assert_str_eq(m.start_date, "2024-10-01");
    cr_assert_str_eq(m.end_date, "2025-09-30");
    cr_assert_str_eq(m.period_text, "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘");
    cr_assert(m.budget.set);
    cr_assert_float_eq(m.budget.v, 50000, 1e-9);
    cr_assert_str_eq(m.rounds, "6;12");
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_BUDGET, .budget = "-"}, why), 0);
    cr_assert_not(m.budget.set);
    measure_clear(&m);
}

Test(plan, invalid_input_names_the_field_and_changes_nothing)
{
    struct measure m = {0};
    char why[256];
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_TITLE, .title = "ทดสอบ"}, why), 0);
    const struct {
        struct measure_input in;
        const char *expect;
    } bad[] = {
        {{.fields = MF_TITLE, .title = "   "}, "title:"},
        {{.fields = MF_START | MF_END, .start = "1 ต.ค. 2568", .end = "30 ก.ย. 2567"}, "end:"},
        {{.fields = MF_START, .start = "31 กุมภาพันธ์ 2568"}, "start:"},
        {{.fields = MF_END, .end = "1/13/2568"}, "end:"},
        {{.fields = MF_BUDGET, .budget = "ห้าหมื่น"}, "budget:"},
        {{.fields = MF_ROUNDS, .rounds = "4;8"}, "rounds:"},
        {{.fields = MF_ROUNDS, .rounds = "12;6"}, "rounds:"},
        {{.fields = MF_STATUS, .status = "finished"}, "status:"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        why[0] = '\0';
        cr_assert_eq(measure_apply_input(&m, &bad[i].in, why, sizeof why), -1, "case %zu accepted",
                     i);
        cr_assert(strncmp(why, bad[i].expect, strlen(bad[i].expect)) == 0, "case %zu: %s", i, why);
        cr_assert_str_eq(m.title, "ทดสอบ");
        cr_assert_null(m.start_date);
    }
    measure_clear(&m);
}

Test(plan, periods_in_the_seeds_forms)
{
    char a[11], b[11];
    cr_assert_eq(measure_parse_period("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘", a, b), 0);
    cr_assert_str_eq(a, "2024-10-01");
    cr_assert_str_eq(b, "2025-09-30");
    cr_assert_eq(measure_parse_period("ต.ค. 65 ถึง ก.ย. 66", a, b), 0);
    cr_assert_str_eq(a, "2022-10-01");
    cr_assert_str_eq(b, "2023-09-30");
    cr_assert_eq(measure_parse_period("ตลอดปีงบประมาณ", a, b), -1);
    cr_assert_eq(measure_whole_year_period("ตลอดปีงบประมาณ", 2566, a, b), 0);
    cr_assert_str_eq(a, "2022-10-01");
}

Test(plan, next_round_is_due_then_overdue_then_gone_when_reported)
{
    struct measure m = {.start_date = "2024-10-01", .rounds = "6;12"};
    struct progress_round rounds[2] = {{.months = 6}, {.months = 12}};
    m.progress = rounds;
    m.n_progress = 2;
    int months;
    char due[11];
    cr_assert_eq(measure_next_round(&m, "2024-12-01", &months, due), ROUND_LATER);
    cr_assert_eq(months, 6);
    cr_assert_str_eq(due, "2025-03-31");
    cr_assert_eq(measure_next_round(&m, "2025-03-15", &months, due), ROUND_DUE);
    cr_assert_eq(measure_next_round(&m, "2025-04-02", &months, due), ROUND_OVERDUE);
    rounds[0].state = ITA_DONE;
    cr_assert_eq(measure_next_round(&m, "2025-04-02", &months, due), ROUND_LATER);
    cr_assert_eq(months, 12);
    cr_assert_str_eq(due, "2025-09-30");
    m.status = ITA_DONE;
    cr_assert_eq(measure_next_round(&m, "2025-12-01", &months, due), ROUND_NONE);
}

static long add_measure(struct itadb *db, const char *title)
{
    struct measure m = {.agency_id = 1, .plan_year = 2568};
    char why[256];
    cr_assert_eq(apply(&m,
                       (struct measure_input){
                           .fields = MF_TITLE | MF_ROUNDS, .title = title, .rounds = "6;12"},
                       why),
                 0);
    struct db_error err = {{0}};
    long id = db_measure_add(db, &m, &err);
    cr_assert_gt(id, 0, "%s", err.msg);
    measure_clear(&m);
    return id;
}

Test(plan, add_and_save_keep_text_exactly_and_audit_each_field)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    long id = add_measure(db, "มาตรการ ๕ การจัดซื้อจัดจ้าง");
    struct measure m;
    struct db_error err = {{0}};
    cr_assert_eq(db_measure_get(db, id, &m, &err), 0);
    cr_assert_eq(m.n_progress, 2);
    cr_assert_eq(m.seq, 9, "appended after the 8 demo measures");
    char why[256];
    const char *steps = "๑.รวบรวมข้อมูลการจัดซื้อจัดจ้างทุกเดือน\n๒.เผยแพร่บนเว็บไซต์ภายในวันที่ ๑๐";
    cr_assert_eq(apply(&m,
                       (struct measure_input){
                           .fields = MF_STEPS | MF_STATUS, .steps = steps, .status = "in-progress"},
                       why),
                 0);
    cr_assert_eq(db_measure_save(db, &m, &err), DB_SAVED, "%s", err.msg);
    struct measure back;
    cr_assert_eq(db_measure_get(db, id, &back, &err), 0);
    cr_assert_str_eq(back.steps, steps);
    cr_assert_eq(back.version, m.version + 1);
    char sql[160];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM audit WHERE entity = 'measure' AND key = '%ld'"
             " AND (field = 'steps' OR (field = 'status' AND old = 'not-done'))",
             id);
    cr_assert_eq(th_query_int(db, sql), 2);
    measure_clear(&m);
    measure_clear(&back);
    db_close(db);
}

Test(plan, second_save_of_a_stale_measure_is_refused_with_who)
{
    char *path;
    struct itadb *mine = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    struct itadb *theirs = th_open_as(path, "malee", "officer");
    struct measure a, b;
    cr_assert_eq(db_measure_get(mine, 1, &a, &err), 0);
    cr_assert_eq(db_measure_get(theirs, 1, &b, &err), 0);
    char why[256];
    apply(&b, (struct measure_input){.fields = MF_TITLE, .title = "ฉบับของมาลี"}, why);
    apply(&a, (struct measure_input){.fields = MF_TITLE, .title = "ฉบับของฉัน"}, why);
    cr_assert_eq(db_measure_save(theirs, &b, &err), DB_SAVED);
    cr_assert_eq(db_measure_save(mine, &a, &err), DB_CONFLICT);
    cr_assert(strstr(err.msg, "changed by malee at "), "%s", err.msg);
    cr_assert_str_eq(a.title, "ฉบับของฉัน", "my text stays for merging");
    struct measure now;
    cr_assert_eq(db_measure_get(mine, 1, &now, &err), 0);
    cr_assert_str_eq(now.title, "ฉบับของมาลี");
    measure_clear(&a);
    measure_clear(&b);
    measure_clear(&now);
    db_close(theirs);
    db_close(mine);
    free(path);
}

Test(plan, drafts_are_per_user_and_dropped_on_request)
{
    char *path;
    struct itadb *mine = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    struct itadb *theirs = th_open_as(path, "malee", "officer");
    cr_assert_eq(db_draft_put(mine, "measure", "1", 1, "ร่างที่ยังไม่บันทึก", &err), 0);
    cr_assert_eq(db_draft_put(mine, "measure", "1", 1, "ร่างล่าสุด", &err), 0);
    char *body = NULL;
    long base = 0;
    cr_assert_eq(db_draft_get(mine, "measure", "1", &body, &base, &err), 1);
    cr_assert_str_eq(body, "ร่างล่าสุด");
    cr_assert_eq(base, 1);
    free(body);
    cr_assert_eq(db_draft_get(theirs, "measure", "1", &body, &base, &err), 0);
    cr_assert_eq(db_draft_drop(mine, "measure", "1", &err), 0);
    cr_assert_eq(db_draft_get(mine, "measure", "1", &body, &base, &err), 0);
    db_close(theirs);
    db_close(mine);
    free(path);
}

Test(plan, carry_over_copies_unfinished_measures_once)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    /* si-kham 2566: 3 measures and 8 follow-up rows, 7 of them done. */
    cr_assert_eq(db_measures_carry_over(db, 2, 2566, &err), 4, "%s", err.msg);
    cr_assert_eq(db_measures_carry_over(db, 2, 2566, &err), 0, "carried twice");
    struct measure *list;
    size_t n;
    cr_assert_eq(db_measures_list(db, 2, 2567, &list, &n, &err), 0);
    cr_assert_eq(n, 4);
    cr_assert_eq(list[0].status, ITA_NOT_DONE);
    cr_assert_eq(
        th_query_int(
            db, "SELECT count(*) FROM measure WHERE plan_year = 2567 AND carried_from IS NOT NULL"),
        4);
    measures_free(list, n);
    db_close(db);
}

Test(plan, demo_findings_and_constraints_load)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    struct finding *f;
    size_t nf;
    cr_assert_eq(db_findings_list(db, 1, 2567, &f, &nf, &err), 0);
    cr_assert_eq(nf, 7);
    cr_assert_str_eq(f[1].issue_title, "การใช้บริการและระบบ E-Service");
    findings_free(f, nf);
    struct constraint_note *c;
    size_t nc;
    cr_assert_eq(db_constraints_list(db, 1, 2567, &c, &nc, &err), 0);
    cr_assert_eq(nc, 5);
    cr_assert_str_eq(plan_constraint_heading(5), "เศรษฐกิจ วัฒนธรรม การดำรงชีวิตของคนในพื้นที่");
    constraints_free(c, nc);
    db_close(db);
}

Test(plan, indicator_can_be_set_and_cleared)
{
    struct measure m = {0};
    char why[256];
    cr_assert_eq(apply(&m,
                       (struct measure_input){
                           .fields = MF_TITLE | MF_INDICATOR, .title = "x", .indicator = "๙"},
                       why),
                 0, "%s", why);
    cr_assert_eq(m.indicator_no, 9);
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_INDICATOR, .indicator = " "}, why),
                 0, "%s", why);
    cr_assert_eq(m.indicator_no, 0);
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_INDICATOR, .indicator = "11"}, why),
                 -1);
    measure_clear(&m);
}

Test(plan, a_round_report_is_saved_with_the_measure_and_makes_it_newer)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    long id = add_measure(db, "มาตรการทดสอบรอบติดตาม");
    struct measure m;
    struct db_error err = {{0}};
    cr_assert_eq(db_measure_get(db, id, &m, &err), 0);
    cr_assert_eq(m.n_progress, 2);
    m.progress[0].state = ITA_DONE;
    m.progress[0].reported_on = strdup("2025-03-31");
    m.progress[0].text = strdup("จัดอบรมแล้ว ๒ ครั้ง");
    cr_assert_eq(db_measure_save(db, &m, &err), DB_SAVED, "%s", err.msg);
    struct measure back;
    cr_assert_eq(db_measure_get(db, id, &back, &err), 0);
    cr_assert_eq(back.version, m.version + 1, "a stale editor must notice the new report");
    cr_assert_eq(back.progress[0].state, ITA_DONE);
    cr_assert_str_eq(back.progress[0].text, "จัดอบรมแล้ว ๒ ครั้ง");
    cr_assert_eq(db_measure_save(db, &back, &err), DB_UNCHANGED);
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM audit WHERE key = '%ld' AND field = 'round_6'",
             id);
    cr_assert_eq(th_query_int(db, sql), 1);
    measure_clear(&m);
    measure_clear(&back);
    db_close(db);
}

/* A reviewer's comment on a round is the copy's own: measure_copy shared it, so changing a
 * measure whose round had a comment (measure set, the editor) freed it twice and crashed. */
Test(plan, a_copy_owns_the_reviewers_comment_of_each_round)
{
    struct measure m = {0};
    m.title = strdup("มาตรการ");
    m.n_progress = 1;
    m.progress = calloc(1, sizeof *m.progress);
    m.progress[0].months = 6;
    m.progress[0].text = strdup("ส่งแล้ว");
    m.progress[0].review = 2;
    m.progress[0].review_comment = strdup("ขอหลักฐานเพิ่ม");
    struct measure copy;
    measure_copy(&copy, &m);
    cr_assert_neq(copy.progress[0].review_comment, m.progress[0].review_comment,
                  "the copy shares the comment: clearing both frees it twice");
    measure_clear(&m);
    cr_assert_str_eq(copy.progress[0].review_comment, "ขอหลักฐานเพิ่ม");
    measure_clear(&copy);
}

/* Issue 11, item 11: the command line took a 12,026-character Steps field while the editor
 * stopped at 4,000; both go through measure_apply_input, which holds the one limit. */
Test(plan, field_limits_are_the_editors_for_every_entry_point)
{
    struct measure m = {0};
    char why[256] = "";
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_TITLE, .title = "ทดสอบ"}, why), 0);
    char *steps = malloc(12027);
    memset(steps, 'x', 12026);
    steps[12026] = '\0';
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_STEPS, .steps = steps}, why), -1);
    cr_assert_str_eq(why, "steps: at most 4000 characters, this has 12026");
    cr_assert_null(m.steps);
    steps[4000] = '\0';
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_STEPS, .steps = steps}, why), 0,
                 "%s", why);
    steps[1001] = '\0';
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_TITLE, .title = steps}, why), -1);
    cr_assert(strstr(why, "at most 1000 characters"), "%s", why);
    cr_assert_str_eq(m.title, "ทดสอบ");
    free(steps);
    measure_clear(&m);
}

/* Issue 11, items 9 and 10: budgets are plain amounts; a responsible unit is a name. */
Test(plan, budget_is_a_plain_amount_and_responsible_a_normalised_name)
{
    struct measure m = {0};
    char why[256] = "";
    cr_assert_eq(apply(&m,
                       (struct measure_input){.fields = MF_TITLE | MF_BUDGET | MF_RESPONSIBLE,
                                              .title = "ทดสอบ",
                                              .budget = "1,250,000.50 บาท",
                                              .responsible = " กอง\u200bคลัง  "},
                       why),
                 0, "%s", why);
    cr_assert_float_eq(m.budget.v, 1250000.5, 1e-9);
    cr_assert_str_eq(m.responsible, "กองคลัง");
    const char *bad[] = {"0x10", "1e3", "12,34", "inf", "-5"};
    for (size_t i = 0; i < 5; i++) {
        cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_BUDGET, .budget = bad[i]}, why),
                     -1, "accepted budget '%s'", bad[i]);
        cr_assert(strstr(why, "budget:"), "%s", why);
    }
    cr_assert_eq(apply(&m, (struct measure_input){.fields = MF_INDICATOR, .indicator = "1e1"}, why),
                 -1);
    cr_assert_float_eq(m.budget.v, 1250000.5, 1e-9);
    measure_clear(&m);
}
