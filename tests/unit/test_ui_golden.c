/* Headless golden-screen tests: every screen at 80x24 and 120x40, in English and Thai,
 * driven by key scripts and compared with tests/golden/NAME.txt. Regenerate the files with
 * ITADESK_UPDATE_GOLDEN=1 (then read the diff before committing it). Besides the text,
 * every table is checked to have its '|' borders in the same display column on every row,
 * and no line may be wider than the terminal. */
#include <criterion/criterion.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_db.h"
#include "text/tt.h"
#include "ui.h"

struct golden_case {
    const char *name;
    const char *args;   /* agency/year/screen: "1 2567 indicators", or "-" for none */
    const char *script; /* keys after start-up */
    int table;          /* 1: check the '|' columns of the rows holding them */
};

static const struct golden_case cases[] = {
    {"picker", "-", "", 1},
    {"picker-filter", "-", "text:ศรี", 1},
    {"year", "-", "Enter", 0},
    {"dashboard", "1 2567 dashboard", "", 0},
    {"dashboard-scrolled", "1 2567 dashboard", "End", 0},
    {"indicators", "1 2567 indicators", "", 1},
    {"indicators-by-score", "1 2567 indicators", "s j", 1},
    {"trend", "1 2567 indicators", "t", 1},
    {"detail-iit", "1 2567 indicators", "Enter", 0},
    {"detail-eit", "1 2567 indicators", "j j j j j j Enter", 0},
    {"detail-oit", "1 2567 indicators", "End Enter", 0},
    {"detail-oit-2566", "2 2566 indicators", "G k Enter", 0},
    {"help", "1 2567 dashboard", "?", 1},
    {"too-small", "1 2567 dashboard", "resize:30x8", 0},
};

static void use_build_translations(void)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", ITADESK_BINARY); /* BUILD/cli/itadesk */
    for (int i = 0; i < 2; i++) {
        char *slash = strrchr(dir, '/');
        if (slash) *slash = '\0';
    }
    strncat(dir, "/po/locale", sizeof dir - strlen(dir) - 1);
    bindtextdomain("itadesk", dir);
    bind_textdomain_codeset("itadesk", "UTF-8");
    textdomain("itadesk");
}

static void hermetic_env(int thai)
{
    setenv("XDG_CONFIG_HOME", "/nonexistent/itadesk-test-config", 1);
    setenv("XDG_STATE_HOME", "/nonexistent/itadesk-test-state", 1);
    setenv("TERM", "xterm-256color", 1);
    setenv("NO_COLOR", "1", 1);
    setenv("LANGUAGE", thai ? "th" : "en", 1);
    setlocale(LC_ALL, "C.UTF-8");
    use_build_translations();
}

static char *run_case(struct itadb *db, const struct golden_case *c, int rows, int cols)
{
    struct ui_options o = {.agency_id = -1, .headless = 1, .rows = rows, .cols = cols, .forget = 1};
    char screen[32] = "";
    long agency;
    int year;
    if (sscanf(c->args, "%ld %d %31s", &agency, &year, screen) == 3) {
        o.agency_id = agency;
        o.year = year;
        o.screen = screen;
    }
    char why[256] = "";
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    cr_assert_not_null(s, "session did not start: %s", why);
    cr_assert_eq(ui_session_keys(s, c->script), 0, "bad script: %s", c->script);
    char *dump = ui_session_dump(s);
    ui_session_end(s);
    return dump;
}

/* Display columns of every '|' on the line. */
static int border_columns(const char *line, size_t len, int *out, int max)
{
    int n = 0;
    for (size_t i = 0; i < len && n < max; i++)
        if (line[i] == '|') out[n++] = tt_width_cols_n(line, i);
    return n;
}

/* Every line with '|' borders has them in the same columns (the table's rows); the title
 * line (" itadesk | Screen") and the status line are not part of the table. */
static void check_alignment(const char *name, const char *dump, int rows)
{
    int ref[32], nref = -1, refline = 0, lineno = 0;
    for (const char *p = dump; *p; lineno++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        int cols[32];
        int n = lineno == 0 || lineno == rows - 1 ? 0 : border_columns(p, len, cols, 32);
        if (n) {
            if (nref < 0) {
                memcpy(ref, cols, sizeof cols);
                nref = n;
                refline = lineno;
            } else {
                cr_expect_eq(n, nref, "%s: line %d has %d borders, line %d has %d", name,
                             lineno + 1, n, refline + 1, nref);
                for (int i = 0; i < n && i < nref; i++)
                    cr_expect_eq(cols[i], ref[i],
                                 "%s: line %d: border %d at column %d, line %d has it at %d", name,
                                 lineno + 1, i + 1, cols[i], refline + 1, ref[i]);
            }
        }
        p += len + (nl ? 1 : 0);
    }
    cr_expect_gt(nref, 0, "%s: no table borders found", name);
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
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct golden_case *c = &cases[i];
        char *dump = run_case(db, c, rows, cols);
        char file[128];
        snprintf(file, sizeof file, "%s-%s-%dx%d", c->name, thai ? "th" : "en", cols, rows);
        cr_assert_not_null(dump);
        if (strcmp(c->name, "too-small") == 0)
            check_widths(file, dump, 30);
        else
            check_widths(file, dump, cols);
        if (c->table) check_alignment(file, dump, rows);
        compare_golden(file, dump);
        free(dump);
    }
    db_close(db);
    free(dbpath);
}

Test(ui_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_golden, thai_120x40)
{
    run_all(1, 40, 120);
}

/* The too-small screen is one line and nothing else, in any language, down to 1x1. */
Test(ui_golden, too_small_is_one_line)
{
    hermetic_env(1);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    static const struct golden_case c = {"tiny", "1 2567 indicators",
                                         "resize:10x4 resize:1x1 resize:39x24 resize:80x9", 0};
    char *dump = run_case(db, &c, 24, 80);
    const char *nl = strchr(dump, '\n');
    cr_assert_not_null(nl);
    for (const char *p = nl; *p; p++)
        cr_expect(*p == '\n', "more than one line: %s", dump);
    cr_expect(strstr(dump, "80x9") != NULL, "%s", dump);
    free(dump);
    db_close(db);
    free(dbpath);
}

/* Tests call actions, not only keys: the same table drives both. */
Test(ui_golden, actions_without_keys)
{
    hermetic_env(0);
    char *dbpath;
    struct itadb *db = th_open_fresh(&dbpath, 1);
    struct ui_options o = {.agency_id = 1,
                           .year = 2567,
                           .screen = "indicators",
                           .headless = 1,
                           .rows = 24,
                           .cols = 80,
                           .forget = 1};
    char why[256];
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    cr_assert_not_null(s, "%s", why);
    ui_session_action(s, UI_ACT_SORT);
    char *dump = ui_session_dump(s);
    cr_expect(strstr(dump, "Sorted by score") != NULL, "%s", dump);
    free(dump);
    ui_session_action(s, UI_ACT_QUIT);
    ui_session_end(s);
    db_close(db);
    free(dbpath);
}
