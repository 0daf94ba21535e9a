#include "helper_ui.h"

#include <criterion/criterion.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "helper_db.h"
#include "text/tt.h"

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

void th_ui_env(int thai)
{
    setenv("XDG_CONFIG_HOME", "/nonexistent/itadesk-test-config", 1);
    setenv("XDG_STATE_HOME", "/nonexistent/itadesk-test-state", 1);
    setenv("TERM", "xterm-256color", 1);
    setenv("NO_COLOR", "1", 1);
    setenv("TZ", "Asia/Bangkok", 1);
    tzset();
    setenv("LANGUAGE", thai ? "th" : "en", 1);
    setlocale(LC_ALL, "C.UTF-8");
    use_build_translations();
}

struct ui_session *th_ui_start(struct itadb *db, const char *args, int rows, int cols, FILE *out)
{
    struct ui_options o = {
        .agency_id = -1, .headless = 1, .rows = rows, .cols = cols, .out = out, .forget = 1};
    static char screen[32];
    long agency;
    int year;
    if (sscanf(args, "%ld %d %31s", &agency, &year, screen) == 3) {
        o.agency_id = agency;
        o.year = year;
        o.screen = screen;
    }
    char why[256] = "";
    struct ui_session *s = ui_session_start(db, &o, why, sizeof why);
    cr_assert_not_null(s, "session did not start: %s", why);
    return s;
}

char *th_ui_dump(struct ui_session *s)
{
    char *dump = ui_session_dump(s);
    cr_assert_not_null(dump);
    return dump;
}

void th_golden_compare(const char *file, const char *dump)
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

void th_check_widths(const char *file, const char *dump, int cols)
{
    int lineno = 0;
    for (const char *p = dump; *p; lineno++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        cr_expect_leq(tt_width_cols_n(p, len), cols, "%s: line %d is wider than %d columns", file,
                      lineno + 1, cols);
        p += len + (nl ? 1 : 0);
    }
}

/* Display columns of every border ('|', or the box drawing '│' and '┼') on the line. */
static int border_columns(const char *line, size_t len, int *out, int max)
{
    int n = 0;
    for (size_t i = 0; i < len && n < max; i++)
        if (line[i] == '|' ||
            (i + 3 <= len && (memcmp(line + i, "│", 3) == 0 || memcmp(line + i, "┼", 3) == 0)))
            out[n++] = tt_width_cols_n(line, i);
    return n;
}

void th_check_alignment(const char *file, const char *dump, int rows)
{
    int ref[32], nref = -1, refline = 0, lineno = 0;
    for (const char *p = dump; *p; lineno++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        int cols[32];
        int n = lineno == 0 || lineno == rows - 1 ? 0 : border_columns(p, len, cols, 32);
        if (n && nref < 0) {
            memcpy(ref, cols, sizeof cols);
            nref = n;
            refline = lineno;
        } else if (n) {
            cr_expect_eq(n, nref, "%s: line %d has %d borders, line %d has %d", file, lineno + 1, n,
                         refline + 1, nref);
            for (int i = 0; i < n && i < nref; i++)
                cr_expect_eq(cols[i], ref[i], "%s: line %d: border %d at column %d, not %d", file,
                             lineno + 1, i + 1, cols[i], ref[i]);
        }
        p += len + (nl ? 1 : 0);
    }
    cr_expect_gt(nref, 0, "%s: no table borders found", file);
}

void th_golden_play(struct itadb *db, const char *name, const char *args, const char *script,
                    int table, int thai, int rows, int cols)
{
    struct ui_session *s = th_ui_start(db, args, rows, cols, NULL);
    cr_assert_eq(ui_session_keys(s, script), 0, "bad script: %s", script);
    char *dump = th_ui_dump(s);
    ui_session_end(s);
    char file[128];
    snprintf(file, sizeof file, "%s-%s-%dx%d", name, thai ? "th" : "en", cols, rows);
    th_check_widths(file, dump, cols);
    if (table) th_check_alignment(file, dump, rows);
    th_golden_compare(file, dump);
    free(dump);
}

void th_golden_case(const char *path, const char *login, const char *name, const char *args,
                    const char *script, int table, int thai, int rows, int cols)
{
    struct db_error err = {{0}};
    struct itadb *db = db_open(path, login, 0, &err);
    cr_assert_not_null(db, "%s", err.msg);
    th_golden_play(db, name, args, script, table, thai, rows, cols);
    db_close(db);
}

void th_ui_expect_screen(struct ui_session *s, const char *text)
{
    char *dump = th_ui_dump(s);
    cr_expect(strstr(dump, text) != NULL, "the screen lacks \"%s\":\n%s", text, dump);
    free(dump);
}

void th_ui_expect_not_screen(struct ui_session *s, const char *text)
{
    char *dump = th_ui_dump(s);
    cr_expect(strstr(dump, text) == NULL, "the screen shows \"%s\":\n%s", text, dump);
    free(dump);
}
