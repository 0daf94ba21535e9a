#include "timefmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

char *timefmt_local(const char *iso_utc, char *out, size_t outsz)
{
    struct tm tm = {0};
    const char *end = iso_utc ? strptime(iso_utc, "%Y-%m-%dT%H:%M:%S", &tm) : NULL;
    if (!end || (*end && strcmp(end, "Z") != 0)) {
        snprintf(out, outsz, "%s", iso_utc ? iso_utc : "");
        return out;
    }
    time_t t = timegm(&tm);
    struct tm local;
    localtime_r(&t, &local);
    strftime(out, outsz, "%Y-%m-%d %H:%M", &local);
    return out;
}

void timefmt_today(char out[11])
{
    const char *fixed = getenv("ITADESK_TODAY");
    if (fixed && strlen(fixed) == 10) {
        snprintf(out, 11, "%s", fixed);
        return;
    }
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}
