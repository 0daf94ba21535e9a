/* Hand-written rather than strtod/strtol: those accept hexadecimal, exponents, "inf",
 * leading '+' and stop quietly at trailing garbage, which is exactly what must be refused;
 * strtod is still what turns the checked digits into a double. */
#include "number.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt_digits.h"
#include "xalloc.h"

#define MAX_DIGITS 15 /* a double holds 15 significant decimal digits exactly */

char *number_plain_copy(const char *text)
{
    char *s = tt_digits_to_ascii(text ? text : "");
    if (!s) s = xstrdup(""); /* only out of memory gets here; "" is refused below */
    char *start = s;
    while (*start == ' ' || *start == '\t')
        start++;
    size_t n = strlen(start);
    while (n && (start[n - 1] == ' ' || start[n - 1] == '\t'))
        n--;
    memmove(s, start, n);
    s[n] = '\0';
    return s;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Checks "D+(.D+)?" from p, with commas between groups of three in the whole part when
 * grouping is allowed; writes the digits and point (no commas) to out. */
static int check_digits(const char *p, int grouping, char *out)
{
    size_t whole = 0, since_comma = 0;
    int commas = 0;
    for (; is_digit(*p) || (grouping && *p == ','); p++) {
        if (*p == ',') {
            if (whole == 0 || (commas ? since_comma != 3 : since_comma > 3)) return -1;
            commas = 1;
            since_comma = 0;
            continue;
        }
        *out++ = *p;
        whole++;
        since_comma++;
    }
    if (whole == 0 || (commas && since_comma != 3)) return -1;
    if (*p == '.') {
        *out++ = *p++;
        size_t frac = 0;
        for (; is_digit(*p); p++, frac++)
            *out++ = *p;
        if (frac == 0) return -1;
    }
    *out = '\0';
    return *p == '\0' ? 0 : -1;
}

/* Leading zeros carry no precision, so they do not count. */
static int significant_digits_ok(const char *digits)
{
    while (*digits == '0' || *digits == '.')
        digits++;
    size_t n = 0;
    for (; *digits; digits++)
        n += is_digit(*digits);
    return n <= MAX_DIGITS;
}

static int parse(const char *text, int allow_sign, int grouping, double *out)
{
    char *s = number_plain_copy(text);
    char *digits = xmalloc(strlen(s) + 2);
    const char *p = s;
    int negative = allow_sign && *p == '-';
    if (negative) p++;
    int rc = check_digits(p, grouping, digits);
    if (rc == 0 && !significant_digits_ok(digits)) rc = -1;
    if (rc == 0) {
        double v = strtod(digits, NULL);
        if (!isfinite(v))
            rc = -1;
        else
            *out = negative ? -v : v;
    }
    free(digits);
    free(s);
    return rc;
}

int number_parse_decimal(const char *text, double *out)
{
    return parse(text, 1, 0, out);
}

int number_parse_amount(const char *text, double *out)
{
    return parse(text, 0, 1, out);
}

int number_parse_int(const char *text, long min, long max, long *out)
{
    char *s = number_plain_copy(text);
    size_t n = strlen(s);
    int ok = n > 0 && n <= 18 && strspn(s, "0123456789") == n;
    long v = ok ? strtol(s, NULL, 10) : 0;
    free(s);
    if (!ok || v < min || v > max) return -1;
    *out = v;
    return 0;
}
