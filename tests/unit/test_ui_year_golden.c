/* Headless golden screens of issue 13's screens, Thai and English at 80x24 and 120x40: the
 * agency editor, the published scores, the units, the proposed findings, a new finding and
 * a new measure (its monitoring rounds there from the start). Regenerate with
 * ITADESK_UPDATE_GOLDEN=1 and read the diff. Every line must fit the terminal. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "helper_db.h"
#include "helper_ui.h"
#include "ui.h"

struct year_case {
    const char *name;
    const char *args; /* agency, year, screen */
    const char *script;
};

static const struct year_case cases[] = {
    {"agency-editor", "2 2566 picker", "e"},
    {"agency-new", "- - picker", "+"},
    {"scores", "1 2567 scores", ""},
    {"scores-prompt", "1 2567 scores", "End Enter"},
    {"units", "2 2566 units", ""},
    {"proposals", "1 2567 plans", "w"},
    {"finding-new", "1 2567 plans", "Tab +"},
    {"measure-new", "1 2567 plans", "+"},
    /* a measure with recorded progress: the second question (not answered: nothing goes) */
    {"measure-delete-twice", "2 2565 plans", "Down Down x y"},
    {"agency-delete", "3 2562 picker", "x"},
};

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    cr_assert_not_null(db);
    int findings = th_query_int(db, "SELECT count(*) FROM finding");
    int measures = th_query_int(db, "SELECT count(*) FROM measure WHERE agency_id = 2");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct ui_session *s = th_ui_start(db, cases[i].args, rows, cols, NULL);
        cr_assert_eq(ui_session_keys(s, cases[i].script), 0, "bad script: %s", cases[i].script);
        char *dump = th_ui_dump(s);
        ui_session_end(s);
        char file[128];
        snprintf(file, sizeof file, "%s-%s-%dx%d", cases[i].name, thai ? "th" : "en", cols, rows);
        cr_assert_not_null(dump);
        th_check_widths(file, dump, cols);
        th_golden_compare(file, dump);
        free(dump);
    }
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM finding"), findings,
                 "a proposal or a new finding is never saved unasked");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM measure WHERE agency_id = 2"), measures,
                 "a delete not confirmed twice deletes nothing");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM agency"), 3);
    db_close(db);
    free(dbpath);
}

Test(ui_year_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_year_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
Test(ui_year_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_year_golden, english_120x40)
{
    run_all(0, 40, 120);
}
