/* Numbers at every entry point are plain decimals (issue 11, item 10). */
#include <criterion/criterion.h>

#include "number.h"
#include "score_csv.h"

Test(number, plain_decimals_in_ascii_and_thai_digits)
{
    static const struct {
        const char *text;
        double v;
    } good[] = {{"50", 50}, {"99.79", 99.79}, {" 100 ", 100}, {"๙๖.๐๐", 96},   {"0", 0},
                {"-5", -5}, {"007", 7},       {"\t๕๐\t", 50}, {"0.125", 0.125}};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        double v = -1;
        cr_assert_eq(number_parse_decimal(good[i].text, &v), 0, "refused '%s'", good[i].text);
        cr_assert_float_eq(v, good[i].v, 1e-9, "'%s' gave %g", good[i].text, v);
    }
}

Test(number, everything_strtod_would_take_beyond_a_plain_decimal_is_refused)
{
    static const char *const bad[] = {"0x10",
                                      "1e1",
                                      "1e-400",
                                      "1E2",
                                      "inf",
                                      "nan",
                                      "+5",
                                      "5.",
                                      ".5",
                                      "1.2.3",
                                      "",
                                      " ",
                                      "-",
                                      "5 5",
                                      "9O",
                                      "๕x",
                                      "1,000",
                                      "--5",
                                      "0x",
                                      "١٢",
                                      "12%",
                                      "1_000",
                                      "12345678901234567"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double v = 42;
        cr_assert_eq(number_parse_decimal(bad[i], &v), -1, "accepted '%s' as %g", bad[i], v);
        cr_assert_float_eq(v, 42, 0, "'%s' changed the output", bad[i]);
        cr_assert_eq(score_parse_number(bad[i], &v), -1, "score accepted '%s'", bad[i]);
    }
}

Test(number, amounts_group_thousands_with_commas_only_by_three)
{
    double v = 0;
    cr_assert_eq(number_parse_amount("1,250,000.50", &v), 0);
    cr_assert_float_eq(v, 1250000.5, 1e-9);
    cr_assert_eq(number_parse_amount("๒๕๐,๐๐๐", &v), 0);
    cr_assert_float_eq(v, 250000, 1e-9);
    cr_assert_eq(number_parse_amount("250000", &v), 0);
    static const char *const bad[] = {"0x10",   "1e3",    "12,34", "1234,567",  ",100",
                                      "1,,000", "1,000,", "-5",    "1,000.5.5", "inf"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(number_parse_amount(bad[i], &v), -1, "accepted '%s'", bad[i]);
}

Test(number, whole_numbers_within_bounds)
{
    long v = 0;
    cr_assert_eq(number_parse_int("2567", 2500, 2700, &v), 0);
    cr_assert_eq(v, 2567);
    cr_assert_eq(number_parse_int("๒๕๖๗", 2500, 2700, &v), 0);
    cr_assert_eq(v, 2567);
    static const char *const bad[] = {"2567abc", "0x10",  "2567.0", "+2567", "-1",
                                      "",        "2,567", "1e3",    "2801"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(number_parse_int(bad[i], 0, 2800, &v), -1, "accepted '%s'", bad[i]);
}
