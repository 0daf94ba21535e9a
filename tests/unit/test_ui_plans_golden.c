/* Headless golden screens of the action plan in Thai (and one in English) at 80x24 and
 * 120x40: the measures list with due/overdue rounds (today fixed by ITADESK_TODAY), the
 * measure editor, the findings and constraints. Regenerate with ITADESK_UPDATE_GOLDEN=1 and
 * read the diff. Every line must fit the terminal. */
#include <criterion/criterion.h>
#include <libintl.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_plan.h"
#include "helper_db.h"
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
    {"measure-editor-invalid", "Enter Tab Tab Tab Tab Tab Tab text:x Tab Tab text:abc F2"},
};

static void hermetic_env(int thai)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", ITADESK_BINARY); /* BUILD/cli/itadesk */
    for (int i = 0; i < 2; i++) {
        char *slash = strrchr(dir, '/');
        if (slash) *slash = '\0';
    }
    strncat(dir, "/po/locale", sizeof dir - strlen(dir) - 1);
    setenv("XDG_CONFIG_HOME", "/nonexistent/itadesk-test-config", 1);
    setenv("XDG_STATE_HOME", "/nonexistent/itadesk-test-state", 1);
    setenv("TERM", "xterm-256color", 1);
    setenv("NO_COLOR", "1", 1);
    setenv("ITADESK_TODAY", "2025-03-20", 1);
    setenv("LANGUAGE", thai ? "th" : "en", 1);
    setlocale(LC_ALL, "C.UTF-8");
    bindtextdomain("itadesk", dir);
    bind_textdomain_codeset("itadesk", "UTF-8");
    textdomain("itadesk");
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
    cr_assert_eq(sqlite3_exec(db->sql, "UPDATE measure SET updated_at = '2025-03-01T03:00:00Z'",
                              NULL, NULL, NULL),
                 SQLITE_OK);
}

static char *run_case(struct itadb *db, const struct plan_case *c, int rows, int cols)
{
    struct ui_options o = {.agency_id = 1,
                           .year = 2567,
                           .screen = "plans",
                           .headless = 1,
                           .rows = rows,
                           .cols = cols,
                           .forget = 1};
    char why[256] = "";
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    cr_assert_not_null(s, "session did not start: %s", why);
    cr_assert_eq(ui_session_keys(s, c->script), 0, "bad script: %s", c->script);
    char *dump = ui_session_dump(s);
    ui_session_end(s);
    return dump;
}

static void check_widths(const char *name, const char *dump, int cols)
{
    int lineno = 0;
    for (const char *p = dump; *p; lineno++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        cr_expect_leq(tt_width_cols_n(p, len), cols, "%s: line %d is wider than %d columns", name,
                      lineno + 1, cols);
        p += len + (nl ? 1 : 0);
    }
}

static void compare_golden(const char *file, const char *dump)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/golden/%s.txt", ITADESK_SOURCE_DIR, file);
    const char *update = getenv("ITADESK_UPDATE_GOLDEN");
    if (update && *update && strcmp(update, "0") != 0) {
        FILE *f = fopen(path, "w");
        cr_assert_not_null(f, "cannot write %s", path);
        fputs(dump, f);
        fclose(f);
        return;
    }
    size_t len;
    char *want = th_read_file(path, &len);
    cr_assert_not_null(want, "missing %s (run with ITADESK_UPDATE_GOLDEN=1)", path);
    if (strcmp(want, dump) != 0) {
        char actual[4200];
        snprintf(actual, sizeof actual, "/tmp/itadesk-golden-%s.txt", file);
        FILE *f = fopen(actual, "w");
        if (f) {
            fputs(dump, f);
            fclose(f);
        }
        cr_expect_fail("%s differs from the golden file; got (also in %s):\n%s", path, actual,
                       dump);
    }
    free(want);
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
        check_widths(file, dump, cols);
        compare_golden(file, dump);
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
