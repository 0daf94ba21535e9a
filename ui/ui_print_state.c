/* The print dialog's last choices, per user: $XDG_STATE_HOME/itadesk/print (else
 * ~/.local/state/itadesk/print), "name = value" lines written atomically, read when the
 * dialog opens. A missing or bad file only means the defaults. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "xalloc.h"
#include "ui_print.h"

static void state_path(char *buf, size_t n)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(buf, n, "%s/itadesk/print", xdg);
    else if (home && *home)
        snprintf(buf, n, "%s/.local/state/itadesk/print", home);
    else if (n)
        buf[0] = '\0';
}

void ui_print_recall(struct ui_print_choice *c)
{
    char path[1024], line[1200], value[1100];
    state_path(path, sizeof path);
    FILE *f = *path ? fopen(path, "r") : NULL;
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        int fmt;
        if (sscanf(line, "format = %1099s", value) == 1 && (fmt = report_format_parse(value)) >= 0)
            c->format = (enum report_format)fmt;
        else if (strcmp(line, "encoding = cp874") == 0)
            c->cp874 = 1;
        else if (strcmp(line, "thai-digits = yes") == 0)
            c->thai_digits = 1;
        else if (strcmp(line, "destination = printer") == 0)
            c->to_printer = 1;
        else if (strncmp(line, "folder = ", 9) == 0 && line[9] &&
                 strlen(line + 9) < sizeof c->folder)
            memcpy(c->folder, line + 9, strlen(line + 9) + 1);
    }
    fclose(f);
}

int ui_print_remember(const struct ui_print_choice *c)
{
    char path[1024];
    state_path(path, sizeof path);
    if (!*path) return -1;
    char *text =
        xasprintf("# itadesk: the print dialog's last choices\nformat = %s\nencoding = %s\n"
                  "thai-digits = %s\ndestination = %s\nfolder = %s\n",
                  report_format_name(c->format), c->cp874 ? "cp874" : "utf-8",
                  c->thai_digits ? "yes" : "no", c->to_printer ? "printer" : "file", c->folder);
    int rc = file_write_atomic(path, text);
    free(text);
    return rc;
}
