/* Headless golden screens of the action plan in Thai (and one in English) at 80x24 and
 * 120x40: the measures list with due/overdue rounds (today fixed by ITADESK_TODAY), the
 * measure editor, the findings and constraints. Regenerate with ITADESK_UPDATE_GOLDEN=1 and
 * read the diff. Every line must fit the terminal. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "text/tt.h"
#include "ui.h"

struct plan_case {
    const char *name;
    const char *script;
};

static const struct plan_case cases[] = {
    {"plans", ""},
    {"plans-scrolled", "End"},
    {"measure-editor", "Enter"},
    {"measure-editor-rounds",
     "Down Down Down Enter Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab"},
    {"findings", "Tab"},
    {"constraints", "Tab Tab Down"},
    /* last: it leaves a draft, which later starts would offer */
    {"measure-editor-invalid", "Enter Tab Tab Tab Tab Tab Tab text:x Tab Tab text:สองพัน F2"},
};

/* The helpers' environment, with a fixed today so the due and overdue labels stay put. */
static void hermetic_env(int thai)
{
    th_ui_env(thai);
    setenv("ITADESK_TODAY", "2025-03-20", 1);
}

/* Monitoring rounds on two demo measures, so that the list shows a due and an overdue one
 * (measure 1: 6 months from 1 Oct 2024, due 31 Mar 2025; measure 3: 3 months, overdue). */
static void add_rounds(struct itadb *db)
{
    const char *rounds[] = {"6;12", NULL, "3;6;9;12"};
    for (long id = 1; id <= 3; id++) {
        if (!rounds[id - 1]) continue;
        struct measure m;
        struct db_error err;
        char why[256];
        cr_assert_eq(db_measure_get(db, id, &m, &err), 0, "%s", err.msg);
        struct measure_input in = {.fields = MF_ROUNDS, .rounds = rounds[id - 1]};
        cr_assert_eq(measure_apply_input(&m, &in, why, sizeof why), 0, "%s", why);
        cr_assert_eq(db_measure_save(db, &m, &err), DB_SAVED, "%s", err.msg);
        measure_clear(&m);
    }
    /* A fixed time of the last change, for the editor's header line. */
    th_exec_write(db, "UPDATE measure SET updated_at = '2025-03-01T03:00:00Z'");
}

static char *run_case(struct itadb *db, const struct plan_case *c, int rows, int cols)
{
    struct ui_session *s = th_ui_start(db, "1 2567 plans", rows, cols, NULL);
    cr_assert_eq(ui_session_keys(s, c->script), 0, "bad script: %s", c->script);
    char *dump = th_ui_dump(s);
    ui_session_end(s);
    return dump;
}

static void run_all(int thai, int rows, int cols)
{
    hermetic_env(thai);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    cr_assert_not_null(db);
    add_rounds(db);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (!thai && i > 1) break; /* English: the list only */
        char *dump = run_case(db, &cases[i], rows, cols);
        char file[128];
        snprintf(file, sizeof file, "%s-%s-%dx%d", cases[i].name, thai ? "th" : "en", cols, rows);
        cr_assert_not_null(dump);
        th_check_widths(file, dump, cols);
        th_golden_compare(file, dump);
        free(dump);
    }
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM draft"), thai ? 1 : 0,
                 "only the edited form may leave a draft");
    db_close(db);
    free(dbpath);
}

Test(ui_plans_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_plans_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
Test(ui_plans_golden, english_120x40)
{
    run_all(0, 40, 120);
}

/* A long approach scrolls inside its box: the ^ and v marks in the box's last column never
 * touch the text (the column before a mark is blank), in a narrow terminal too. */
Test(ui_plans, scroll_marks_keep_off_the_text)
{
    hermetic_env(1);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    cr_assert_not_null(db);
    char script[8192] = "Enter Tab Tab Tab End";
    /* A long number has no word break: it fills every row to the last column the text may
     * take, where an unguarded mark would touch it. */
    for (int i = 0; i < 30; i++)
        strcat(script, " text:๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐");
    strcat(script, " C-Left C-Left"); /* the cursor off the end: rows above and below */
    struct ui_session *s = th_ui_start(db, "1 2567 plans", 24, 80, NULL);
    cr_assert_eq(ui_session_keys(s, script), 0);
    char *dump = th_ui_dump(s);
    ui_session_end(s);
    int marks = 0;
    char *copy = strdup(dump);
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
        size_t len = strlen(line);
        while (len && line[len - 1] == ' ')
            len--;
        if (len < 2 || (line[len - 1] != '^' && line[len - 1] != 'v')) continue;
        if (tt_width_cols_n(line, len) < 40) continue; /* a mark is in the box's last column */
        marks++;
        cr_expect_eq(line[len - 2], ' ', "a scroll mark touches the text: %s", line);
    }
    cr_expect_gt(marks, 0, "the text never scrolled:\n%s", dump);
    free(copy);
    free(dump);
    db_close(db);
    free(dbpath);
}
