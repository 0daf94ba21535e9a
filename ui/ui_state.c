#include "ui_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fileio.h"

void ui_state_path(char *buf, size_t n)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(buf, n, "%s/itadesk/last", xdg);
    else if (home && *home)
        snprintf(buf, n, "%s/.local/state/itadesk/last", home);
    else if (n)
        buf[0] = '\0';
}

int ui_state_load(const char *path, long *agency_id, int *year)
{
    FILE *f = path && *path ? fopen(path, "r") : NULL;
    if (!f) return -1;
    long a = -1;
    int y = 0;
    char line[128];
    while (fgets(line, sizeof line, f)) {
        long v;
        if (sscanf(line, "agency = %ld", &v) == 1)
            a = v;
        else if (sscanf(line, "year = %ld", &v) == 1)
            y = (int)v;
    }
    fclose(f);
    if (a < 0 || y < 2500 || y > 2700) return -1;
    *agency_id = a;
    *year = y;
    return 0;
}

int ui_state_save(const char *path, long agency_id, int year)
{
    if (!path || !*path) return -1;
    char text[128];
    snprintf(text, sizeof text,
             "# itadesk: the last agency and year chosen\nagency = %ld\nyear = %d\n", agency_id,
             year);
    return file_write_atomic(path, text);
}
