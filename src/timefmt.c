#include "timefmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "text/tt_date.h"

int timefmt_thai(void)
{
    /* TRANSLATORS: translate as "timestamp-style:thai" for Buddhist-era dates with Thai
     * month names (1 ธ.ค. 2569 13:13); keep as it is for 2026-12-01 13:13. */
    return strcmp(_("timestamp-style:iso"), "timestamp-style:thai") == 0;
}

char *timefmt_date(const char *iso, int thai_digits, char *out, size_t outsz)
{
    tt_date d;
    if (!iso || !timefmt_thai() || tt_date_parse(iso, &d) != TT_DATE_OK) {
        snprintf(out, outsz, "%s", iso ? iso : "");
        return out;
    }
    char *t = tt_date_format(d, TT_DATE_LONG | (thai_digits ? TT_DATE_THAI_DIGITS : 0));
    snprintf(out, outsz, "%s", t ? t : iso);
    free(t);
    return out;
}

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
    if (!timefmt_thai()) {
        strftime(out, outsz, "%Y-%m-%d %H:%M", &local);
        return out;
    }
    tt_date d = {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    char *day = tt_date_format(d, TT_DATE_ABBR);
    snprintf(out, outsz, "%s %02d:%02d", day ? day : "", local.tm_hour, local.tm_min);
    free(day);
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

int timefmt_day_start_utc(const char *text, char out[32])
{
    tt_date d;
    int rc = tt_date_parse(text, &d);
    if (rc != TT_DATE_OK) return rc;
    struct tm tm = {.tm_year = d.y - 1900, .tm_mon = d.m - 1, .tm_mday = d.d, .tm_isdst = -1};
    time_t t = mktime(&tm);
    struct tm utc;
    gmtime_r(&t, &utc);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return 0;
}
