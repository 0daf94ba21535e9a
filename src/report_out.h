/* Where a rendered report goes: a file, written atomically and never over an existing one
 * unless asked, or a printer through lp(1), run without a shell. */
#ifndef ITADESK_REPORT_OUT_H
#define ITADESK_REPORT_OUT_H

#include <stddef.h>

enum report_write {
    REPORT_WRITTEN = 0,
    REPORT_WRITE_FAILED = -1,
    REPORT_EXISTS = -2, /* path exists and force was not given: nothing was written */
};

/* Writes len bytes of buf to path through a temporary file in the same folder, synced
 * and then linked into place (so an existing file is refused atomically) or, with force,
 * renamed over it. A reader never sees a half-written file. Force only ever replaces a
 * regular file: a symbolic link, folder, device or FIFO at path is refused with a message
 * and left as it is. err says why on failure. */
enum report_write report_write_file(const char *path, const char *buf, size_t len, int force,
                                    char *err, size_t errsz);

/* Sends buf to the printer (NULL or "" = the system's default) with "lp [-d PRINTER] -t
 * TITLE", run by execvp with no shell; lp's own messages are kept for err. 0 when lp
 * accepted the job. The title (it holds the agency's name) is sanitised and cut to
 * REPORT_LP_TITLE_COLS columns first: the print queue shows it to people. */
#define REPORT_LP_TITLE_COLS 120

int report_lp(const char *printer, const char *title, const char *buf, size_t len, char *err,
              size_t errsz);

#endif
