/* Thai collation: dictionary order, total, locale-independent. */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_collate.h"

static int cmp(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    return tt_collate(x, (int)strlen(x), y, (int)strlen(y));
}

static void expect_order(const char **in, const char **want, size_t n)
{
    qsort(in, n, sizeof *in, cmp);
    for (size_t i = 0; i < n; i++)
        cr_expect_str_eq(in[i], want[i], "position %zu", i);
}

Test(collate, thai_dictionary_order_in_the_c_locale)
{
    setlocale(LC_ALL, "C");
    const char *in[] = {"ไก่", "กา", "เกม", "ขา", "กก", "ใคร", "แก", "คน", "เขา", "กิน"};
    const char *want[] = {"กก", "กา", "กิน", "เกม", "แก", "ไก่", "ขา", "เขา", "คน", "ใคร"};
    expect_order(in, want, 10);
}

Test(collate, tone_marks_are_a_secondary_difference)
{
    const char *in[] = {"ก้า", "กา", "ก่า", "ก๊า"};
    const char *want[] = {"กา", "ก่า", "ก้า", "ก๊า"};
    expect_order(in, want, 4);
}

Test(collate, is_a_total_order_on_mixed_and_odd_input)
{
    const char *s[] = {"",     "a",    "A", "abc", "ข้อ 3", "😀", "😁",        "中",
                       "\xFF", "\xFE", "ก่่่", "ก่",   "ก\0x", "ก", "e\xCC\x81"};
    int lens[] = {0, 1, 1, 3, -1, -1, -1, -1, 1, 1, -1, -1, 5, -1, 3};
    size_t n = sizeof s / sizeof s[0];
    for (size_t i = 0; i < n; i++)
        if (lens[i] < 0) lens[i] = (int)strlen(s[i]);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            int r = tt_collate(s[i], lens[i], s[j], lens[j]);
            int q = tt_collate(s[j], lens[j], s[i], lens[i]);
            cr_expect_eq(r, -q, "antisymmetry %zu %zu", i, j);
            cr_expect_eq(r == 0, i == j, "only equal strings tie: %zu %zu", i, j);
            for (size_t k = 0; k < n; k++)
                if (r < 0 && tt_collate(s[j], lens[j], s[k], lens[k]) < 0)
                    cr_expect_lt(tt_collate(s[i], lens[i], s[k], lens[k]), 0, "transitivity");
        }
}

Test(collate, long_strings_use_the_heap_and_lengths_are_honoured)
{
    size_t n = 3000;
    char *a = malloc(n * 3), *b = malloc(n * 3);
    for (size_t i = 0; i < n; i++) {
        memcpy(a + 3 * i, "ก", 3);
        memcpy(b + 3 * i, "ก", 3);
    }
    memcpy(b + 3 * (n - 1), "ข", 3);
    cr_expect_lt(tt_collate(a, (int)(3 * n), b, (int)(3 * n)), 0);
    cr_expect_eq(tt_collate(a, 3, b, 3), 0); /* not NUL-terminated: only 3 bytes read */
    free(a);
    free(b);
}
