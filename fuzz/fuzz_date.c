/* The date parser: whatever it accepts is a real date that formats and parses back. */
#include <stdint.h>

#include "fuzz_check.h"
#include "text/tt_date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = fuzz_cstr(data, size);
    tt_date d = {0, 0, 0};
    int r = tt_date_parse(s, &d);
    CHECK(r <= 0 && r >= TT_DATE_EYEAR);
    CHECK(tt_date_strerror(r) != NULL);
    if (r == TT_DATE_OK) {
        CHECK(tt_date_valid(d));
        int styles[] = {TT_DATE_LONG, TT_DATE_ABBR | TT_DATE_THAI_DIGITS, TT_DATE_NUMERIC,
                        TT_DATE_ISO};
        for (size_t k = 0; k < 4; k++) {
            char *f = tt_date_format(d, styles[k]);
            tt_date back = {0, 0, 0};
            CHECK(f && tt_date_parse(f, &back) == TT_DATE_OK);
            CHECK(back.y == d.y && back.m == d.m && back.d == d.d);
            free(f);
        }
        int fy = tt_fiscal_year(d);
        tt_date a = tt_fiscal_year_start(fy), b = tt_fiscal_year_end(fy);
        CHECK(tt_date_valid(a) || a.y < TT_DATE_MIN_CE);
        CHECK((d.y == a.y && d.m >= 10) || (d.y == b.y && d.m <= 9));
    }
    free(s);
    return 0;
}
