/* Numbers typed by people or read from their files: plain decimals only, the same rules at
 * every entry point (command line, screens, imports). ASCII digits 0-9 and Thai digits ๐-๙
 * are both accepted; blanks (space, tab) around the number are ignored. Everything strtod
 * and atoi would also take -- hexadecimal (0x10), exponents (1e1, 1e-400), infinity, nan,
 * a '+' sign, trailing words (2567abc) -- is refused. */
#ifndef ITADESK_NUMBER_H
#define ITADESK_NUMBER_H

/* An ASCII copy of text (Thai digits mapped to 0-9) without the blanks around it; the
 * caller frees it. Never NULL. */
char *number_plain_copy(const char *text);

/* A decimal: an optional '-', digits, and at most one '.' followed by digits ("50",
 * "99.79", "-5" (so that a range check can say what is wrong), ".5" and "5." are refused).
 * At most 15 significant digits, so the value is exact to the last one typed.
 * 0 and *out set, or -1. */
int number_parse_decimal(const char *text, double *out);

/* An amount of money: like number_parse_decimal without a sign, and the whole part may
 * group its digits by three with commas ("1,250,000.50"); a comma anywhere else is
 * refused. 0 and *out set, or -1. */
int number_parse_amount(const char *text, double *out);

/* A whole number within min..max (digits only, no sign). 0 and *out set, or -1. */
int number_parse_int(const char *text, long min, long max, long *out);

#endif
