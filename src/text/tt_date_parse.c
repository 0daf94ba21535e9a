/* Date parser. strptime() would need the th_TH locale for month names and does not read
 * Thai digits or BE years without %E modifiers, so the few accepted forms are tokenised and
 * matched here. */
#include "tt_date.h"

#include <string.h>

#include "i18n.h"
#include "tt_digits.h"
#include "tt_utf8.h"

#define MAX_TOKENS 8
#define MAX_DIGITS 4
#define MAX_WORD 64

enum tok_kind { T_NUM, T_WORD, T_SLASH, T_DASH };

struct token {
    enum tok_kind kind;
    int value, ndigits;  /* T_NUM */
    char word[MAX_WORD]; /* T_WORD, dots removed, NUL-terminated */
};

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0;
}

static int is_word_cp(uint32_t cp)
{
    return !is_space(cp) && tt_digit_value(cp) < 0 && cp != '/' && cp != '-';
}

/* Splits s into tokens; returns their number, or -1 if there are too many or a number or
 * word is too long to be part of a date. */
static int tokenize(const char *s, struct token *t)
{
    size_t len = strlen(s), i = 0;
    int n = 0;
    uint32_t cp;
    while (i < len) {
        size_t k = tt_utf8_decode(s + i, len - i, &cp);
        if (is_space(cp)) {
            i += k;
            continue;
        }
        if (n == MAX_TOKENS) return -1;
        struct token *tok = &t[n++];
        if (cp == '/' || cp == '-') {
            tok->kind = cp == '/' ? T_SLASH : T_DASH;
            i += k;
        } else if (tt_digit_value(cp) >= 0) {
            tok->kind = T_NUM;
            tok->value = tok->ndigits = 0;
            while (i < len && (k = tt_utf8_decode(s + i, len - i, &cp)) &&
                   tt_digit_value(cp) >= 0) {
                if (++tok->ndigits > MAX_DIGITS) return -1;
                tok->value = tok->value * 10 + tt_digit_value(cp);
                i += k;
            }
        } else {
            tok->kind = T_WORD;
            size_t w = 0;
            while (i < len && (k = tt_utf8_decode(s + i, len - i, &cp)) && is_word_cp(cp)) {
                if (cp != '.') { /* "ต.ค." and "ตค" are the same month */
                    if (w + k >= MAX_WORD) return -1;
                    memcpy(tok->word + w, s + i, k);
                    w += k;
                }
                i += k;
            }
            tok->word[w] = '\0';
        }
    }
    return n;
}

/* Compares word with table entry name, ignoring the dots in name. */
static int same_without_dots(const char *word, const char *name)
{
    for (; *name; name++) {
        if (*name == '.') continue;
        if (*word++ != *name) return 0;
    }
    return *word == '\0';
}

/* Month 1..12 named by word (full or abbreviated Thai name), or 0. */
static int month_from_name(const char *word)
{
    for (int m = 1; m <= 12; m++)
        if (same_without_dots(word, tt_month_name(m)) || same_without_dots(word, tt_month_abbr(m)))
            return m;
    return 0;
}

static int match(const struct token *t, int n, const char *kinds)
{
    for (int i = 0; i < n; i++, kinds++) {
        if (!*kinds) return 0;
        if ((*kinds == 'n' && t[i].kind != T_NUM) || (*kinds == 'w' && t[i].kind != T_WORD) ||
            (*kinds == '/' && t[i].kind != T_SLASH) || (*kinds == '-' && t[i].kind != T_DASH))
            return 0;
    }
    return *kinds == '\0';
}

/* CE year from a BE year token of 2 or 4 digits, or 0. */
static int year_from_be(const struct token *t)
{
    int be = t->ndigits == 2 ? 2500 + t->value : t->ndigits == 4 ? t->value : 0;
    return be ? tt_ce_year(be) : 0;
}

/* Checks y, m, d in that order so the error names the first wrong part. */
static int check(int y, int m, int d, int day_digits, tt_date *out)
{
    if (y < TT_DATE_MIN_CE || y > TT_DATE_MAX_CE) return TT_DATE_EYEAR;
    if (m < 1 || m > 12) return TT_DATE_EMONTH;
    if (day_digits > 2 || d < 1 || d > tt_days_in_month(y, m)) return TT_DATE_EDAY;
    *out = (tt_date){y, m, d};
    return TT_DATE_OK;
}

int tt_date_parse(const char *s, tt_date *out)
{
    struct token t[MAX_TOKENS];
    int n = s ? tokenize(s, t) : 0;
    if (n == 0) return TT_DATE_EEMPTY;
    if (n < 0) return TT_DATE_ESYNTAX;
    if (match(t, n, "n-n-n")) {
        if (t[0].ndigits != 4)
            return TT_DATE_ESYNTAX; /* "1-10-2567" is not ISO; say so rather than guess */
        if (t[2].ndigits > 2) return TT_DATE_EMONTH;
        return check(t[0].value, t[2].value, t[4].value, t[4].ndigits, out);
    }
    if (match(t, n, "n/n/n")) {
        if (t[2].ndigits > 2) return TT_DATE_EMONTH;
        return check(year_from_be(&t[4]), t[2].value, t[0].value, t[0].ndigits, out);
    }
    int era = match(t, n, "nwwn") && same_without_dots(t[2].word, "พ.ศ.");
    if (match(t, n, "nwn") || era) {
        int m = month_from_name(t[1].word);
        int y = year_from_be(&t[era ? 3 : 2]);
        if (!m && y) return TT_DATE_EMONTH;
        return check(y, m, t[0].value, t[0].ndigits, out);
    }
    return TT_DATE_ESYNTAX;
}

const char *tt_date_strerror(int err)
{
    switch (err) {
    case TT_DATE_OK:
        return _("OK");
    case TT_DATE_EEMPTY:
        return _("Please enter a date.");
    case TT_DATE_ESYNTAX:
        return _("Unrecognised date; write it like 1 ต.ค. 2567, 1/10/2567 or 2024-10-01.");
    case TT_DATE_EMONTH:
        return _("No such month; use 1-12 or a Thai month name.");
    case TT_DATE_EDAY:
        return _("That month has no such day.");
    case TT_DATE_EYEAR:
        return _("Year out of range; use a Buddhist Era year such as 2567.");
    default:
        return _("Invalid date.");
    }
}
