/* Printing from the screens: a dialog to choose the format, the encoding, Thai digits and
 * the destination (a file under the home folder, or the printer of print.printer through
 * lp), then a preview of the text rendering, then the file or the print job. */
#ifndef ITADESK_UI_PRINT_H
#define ITADESK_UI_PRINT_H

#include "report.h"
#include "ui_app.h"

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

extern const struct ui_screen_ops ui_print_ops;   /* arg: const struct ui_print_job * */
extern const struct ui_screen_ops ui_preview_ops; /* arg: const struct ui_print_job * */

/* "~/itadesk-1-2567-summary.txt": the default file of a report. */
void ui_print_default_path(const struct ui_app *app, enum report_kind kind, int year,
                           enum report_format format, char *out, size_t n);

#endif
