/* Thai dates: BE years, month names, fiscal years, formatting and parsing. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_date.h"

static void expect_parse(const char *s, int y, int m, int d)
{
    tt_date got = {0};
    int r = tt_date_parse(s, &got);
    cr_expect_eq(r, TT_DATE_OK, "[%s]: %s", s, tt_date_strerror(r));
    cr_expect(got.y == y && got.m == m && got.d == d, "[%s] -> %d-%d-%d", s, got.y, got.m, got.d);
}

static void expect_error(const char *s, int err)
{
    tt_date got = {1, 2, 3};
    cr_expect_eq(tt_date_parse(s, &got), err, "[%s]", s);
    cr_expect(got.y == 1 && got.m == 2 && got.d == 3, "output touched on error");
}

Test(date, parses_every_accepted_form)
{
    expect_parse("1 ต.ค. 2567", 2024, 10, 1);
    expect_parse("๑ ตุลาคม ๒๕๖๗", 2024, 10, 1);
    expect_parse("1/10/2567", 2024, 10, 1);
    expect_parse("1 ต.ค. 67", 2024, 10, 1);
    expect_parse("2024-10-01", 2024, 10, 1);
    expect_parse("  5 ตค 2567 ", 2024, 10, 5);
    expect_parse("31 ธันวาคม พ.ศ. 2566", 2023, 12, 31);
    expect_parse("๒๙/๐๒/๒๕๖๗", 2024, 2, 29); /* 2024 is a leap year */
    expect_parse("1 ม.ค. 2400", 1857, 1, 1);
}

Test(date, reports_impossible_dates)
{
    expect_error("31 ก.พ. 2567", TT_DATE_EDAY);
    expect_error("29/2/2566", TT_DATE_EDAY);
    expect_error("31/4/2567", TT_DATE_EDAY);
    expect_error("0/1/2567", TT_DATE_EDAY);
    expect_error("1/13/2567", TT_DATE_EMONTH);
    expect_error("2024-13-01", TT_DATE_EMONTH);
    expect_error("1 Foo 2567", TT_DATE_EMONTH);
    expect_error("", TT_DATE_EEMPTY);
    expect_error("   ", TT_DATE_EEMPTY);
    expect_error(NULL, TT_DATE_EEMPTY);
    expect_error("1/10/2024", TT_DATE_EYEAR); /* a CE year where BE is due */
    expect_error("1/10/256", TT_DATE_EYEAR);
    expect_error("yesterday", TT_DATE_ESYNTAX);
    expect_error("1/10/2567 extra", TT_DATE_ESYNTAX);
    expect_error("1-10-2567", TT_DATE_ESYNTAX);
    expect_error("99999/1/2567", TT_DATE_ESYNTAX);
    expect_error("\xFF/\xFE", TT_DATE_ESYNTAX);
    expect_error("1 ก่่่่ 2567", TT_DATE_EMONTH);
}

Test(date, every_error_has_a_message)
{
    for (int e = TT_DATE_EYEAR; e <= TT_DATE_OK; e++)
        cr_expect_gt(strlen(tt_date_strerror(e)), 0);
}

Test(date, fiscal_year_runs_october_to_september)
{
    cr_expect_eq(tt_fiscal_year((tt_date){2023, 10, 1}), 2567);
    cr_expect_eq(tt_fiscal_year((tt_date){2024, 9, 30}), 2567);
    cr_expect_eq(tt_fiscal_year((tt_date){2023, 9, 30}), 2566);
    cr_expect_eq(tt_fiscal_year((tt_date){2024, 10, 1}), 2568);
    tt_date s = tt_fiscal_year_start(2567), e = tt_fiscal_year_end(2567);
    cr_expect(s.y == 2023 && s.m == 10 && s.d == 1);
    cr_expect(e.y == 2024 && e.m == 9 && e.d == 30);
}

Test(date, month_names_and_calendar)
{
    cr_expect_str_eq(tt_month_name(10), "ตุลาคม");
    cr_expect_str_eq(tt_month_abbr(2), "ก.พ.");
    cr_expect_null(tt_month_name(0));
    cr_expect_null(tt_month_abbr(13));
    cr_expect_eq(tt_be_year(2024), 2567);
    cr_expect_eq(tt_days_in_month(2100, 2), 28);
    cr_expect_eq(tt_days_in_month(2000, 2), 29);
    cr_expect_not(tt_date_valid((tt_date){2024, 2, 30}));
}

static void expect_format(tt_date d, int style, const char *want)
{
    char *got = tt_date_format(d, style);
    cr_expect_str_eq(got, want);
    free(got);
}

Test(date, formats)
{
    tt_date d = {2024, 10, 1};
    expect_format(d, TT_DATE_LONG | TT_DATE_THAI_DIGITS, "๑ ตุลาคม ๒๕๖๗");
    expect_format(d, TT_DATE_LONG, "1 ตุลาคม 2567");
    expect_format(d, TT_DATE_ABBR, "1 ต.ค. 2567");
    expect_format(d, TT_DATE_ABBR_YY, "1 ต.ค. 67");
    expect_format(d, TT_DATE_MONTH_YY, "ต.ค. 67");
    expect_format(d, TT_DATE_MONTH_LONG, "ตุลาคม 2567");
    expect_format(d, TT_DATE_NUMERIC | TT_DATE_THAI_DIGITS, "๑/๑๐/๒๕๖๗");
    expect_format(d, TT_DATE_ISO | TT_DATE_THAI_DIGITS, "2024-10-01");
    expect_format((tt_date){1962, 1, 5}, TT_DATE_MONTH_YY, "ม.ค. 05");
    cr_expect_null(tt_date_format((tt_date){2023, 2, 29}, TT_DATE_LONG));
}

Test(date, format_then_parse_round_trips)
{
    int styles[] = {TT_DATE_LONG, TT_DATE_ABBR, TT_DATE_NUMERIC, TT_DATE_ISO};
    for (int m = 1; m <= 12; m++)
        for (size_t k = 0; k < 4; k++)
            for (int thai = 0; thai <= 1; thai++) {
                tt_date d = {2024, m, tt_days_in_month(2024, m)}, back = {0};
                char *s = tt_date_format(d, styles[k] | (thai ? TT_DATE_THAI_DIGITS : 0));
                cr_assert_eq(tt_date_parse(s, &back), TT_DATE_OK, "[%s]", s);
                cr_expect(back.y == d.y && back.m == d.m && back.d == d.d, "[%s]", s);
                free(s);
            }
}
