/* Headless screen sessions for tests: a hermetic environment (locale, language, TZ, no
 * config or state files), sessions started on an agency, year and screen, and golden-file
 * comparison (ITADESK_UPDATE_GOLDEN=1 rewrites the files). */
#ifndef ITADESK_TEST_HELPER_UI_H
#define ITADESK_TEST_HELPER_UI_H

#include "db.h"
#include "ui.h"

/* LANGUAGE th or en, C.UTF-8, TZ=Asia/Bangkok, no colour, the build's translations. */
void th_ui_env(int thai);

/* A session at rows x cols on "AGENCY YEAR SCREEN" (or "-" for none); out may be NULL. */
struct ui_session *th_ui_start(struct itadb *db, const char *args, int rows, int cols, FILE *out);

/* The screen as text after the script. */
char *th_ui_dump(struct ui_session *s);
/* The screen shows text, or does not (the test fails showing the screen otherwise). */
void th_ui_expect_screen(struct ui_session *s, const char *text);
void th_ui_expect_not_screen(struct ui_session *s, const char *text);

/* Compares dump with tests/golden/FILE.txt (or writes it with ITADESK_UPDATE_GOLDEN=1). */
void th_golden_compare(const char *file, const char *dump);

/* No line of dump wider than cols columns. */
void th_check_widths(const char *file, const char *dump, int cols);

/* One golden case on the database at path, opened as login: the script's keys on
 * "AGENCY YEAR SCREEN" at rows x cols, the screen checked (widths; the table's borders
 * when table) and compared with tests/golden/NAME-th|en-COLSxROWS.txt. */
void th_golden_case(const char *path, const char *login, const char *name, const char *args,
                    const char *script, int table, int thai, int rows, int cols);
/* The same on a database already open. */
void th_golden_play(struct itadb *db, const char *name, const char *args, const char *script,
                    int table, int thai, int rows, int cols);

/* Every line with '|' borders (but the title and status lines) has them in the same
 * display columns. */
void th_check_alignment(const char *file, const char *dump, int rows);

#endif
