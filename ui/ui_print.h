/* Printing from the screens: a dialog to choose the format, the encoding, Thai digits and
 * the destination (a file under the home folder, or the printer of print.printer through
 * lp), then a preview of the text rendering, then the file or the print job. */
#ifndef ITADESK_UI_PRINT_H
#define ITADESK_UI_PRINT_H

#include "report.h"
#include "ui_app.h"
#include "ui_screens.h"

/* What the dialog hands the preview. */
struct ui_print_job {
    enum report_kind kind;
    int year; /* of the report (see enum report_kind) */
    enum report_format format;
    int cp874; /* text and CSV: CP874 instead of UTF-8 */
    int thai_digits;
    int to_printer;
    char path[1024];   /* the file ("~/" = the home folder) */
    char printer[128]; /* "" = lp's default printer */
};

/* The print action: opens the dialog for the report of the screen on top (dashboard:
 * summary, indicators: indicators, OIT checklist: oit). UI_* flags. */
int ui_print_open(struct ui_app *app);
/* Opens the dialog for report kind of year (the action plan prints its documents). A
 * document starts as a PDF with Thai digits. */
int ui_print_open_kind(struct ui_app *app, enum report_kind kind, int year);

/* ui_print_ops (ui_screens.h): arg: const struct ui_print_job * */
/* ui_preview_ops (ui_screens.h): arg: const struct ui_print_job * */

/* The folder reports are written to unless the user types another: print.folder in the
 * config, else the folder of the last file written, else ~/itadesk-reports (created when
 * the first report is written, never the bare home folder). */
#define UI_PRINT_FOLDER "~/itadesk-reports"

/* What the dialog remembers of its last use, per user (ui_print_state.c). */
struct ui_print_choice {
    enum report_format format;
    int cp874, thai_digits, to_printer;
    char folder[1024]; /* "" = not known */
};

/* Fills c with the last choices (fields not remembered are left as they are). */
void ui_print_recall(struct ui_print_choice *c);

/* Remembers c for the next dialog; 0 or -1 (only the convenience is lost). */
int ui_print_remember(const struct ui_print_choice *c);

/* "~/itadesk-reports/itadesk-1-2567-summary.txt": the default file of a report in folder
 * (NULL or "" = UI_PRINT_FOLDER). */
void ui_print_default_path(const struct ui_app *app, enum report_kind kind, int year,
                           enum report_format format, const char *folder, char *out, size_t n);

#endif
