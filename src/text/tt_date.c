/* Calendar arithmetic, month tables and formatting. strftime() needs the th_TH locale for
 * month names and glibc has no Thai digits, so both are done here (THAI-TEXT.md §5). */
#include "tt_date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tt_digits.h"
#include "xalloc.h"

static const char *const month_full[12] = {
    "มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
    "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม",
};
static const char *const month_abbr[12] = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

int tt_be_year(int ce_year)
{
    return ce_year + TT_BE_OFFSET;
}

int tt_ce_year(int be_year)
{
    return be_year - TT_BE_OFFSET;
}

int tt_is_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int tt_days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return days[m - 1] + (m == 2 && tt_is_leap_year(y));
}

int tt_date_valid(tt_date d)
{
    return d.y >= TT_DATE_MIN_CE && d.y <= TT_DATE_MAX_CE && d.d >= 1 &&
           d.d <= tt_days_in_month(d.y, d.m);
}

const char *tt_month_name(int m)
{
    return m >= 1 && m <= 12 ? month_full[m - 1] : NULL;
}

const char *tt_month_abbr(int m)
{
    return m >= 1 && m <= 12 ? month_abbr[m - 1] : NULL;
}

int tt_fiscal_year(tt_date d)
{
    return tt_be_year(d.y) + (d.m >= 10);
}

tt_date tt_fiscal_year_start(int fy_be)
{
    return (tt_date){tt_ce_year(fy_be) - 1, 10, 1};
}

tt_date tt_fiscal_year_end(int fy_be)
{
    return (tt_date){tt_ce_year(fy_be), 9, 30};
}

char *tt_date_format(tt_date d, int style)
{
    if (!tt_date_valid(d)) return NULL;
    int be = tt_be_year(d.y);
    const char *full = month_full[d.m - 1], *abbr = month_abbr[d.m - 1];
    char buf[96];
    switch (style & ~TT_DATE_THAI_DIGITS) {
    case TT_DATE_LONG:
        snprintf(buf, sizeof buf, "%d %s %d", d.d, full, be);
        break;
    case TT_DATE_ABBR:
        snprintf(buf, sizeof buf, "%d %s %d", d.d, abbr, be);
        break;
    case TT_DATE_ABBR_YY:
        snprintf(buf, sizeof buf, "%d %s %02d", d.d, abbr, be % 100);
        break;
    case TT_DATE_MONTH_LONG:
        snprintf(buf, sizeof buf, "%s %d", full, be);
        break;
    case TT_DATE_MONTH_YY:
        snprintf(buf, sizeof buf, "%s %02d", abbr, be % 100);
        break;
    case TT_DATE_NUMERIC:
        snprintf(buf, sizeof buf, "%d/%d/%d", d.d, d.m, be);
        break;
    case TT_DATE_ISO:
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
        return xstrdup(buf);
    default:
        return NULL;
    }
    return (style & TT_DATE_THAI_DIGITS) ? tt_digits_to_thai(buf) : xstrdup(buf);
}
