#include "timefmt.h"

#include <stdio.h>
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
