/* Thai calendar dates: Buddhist Era years, Thai month names, fiscal years, formatting and
 * parsing. No locale is involved (th_TH.UTF-8 is often not installed). */
#ifndef ITADESK_TT_DATE_H
#define ITADESK_TT_DATE_H

/* A calendar date. y is the Common Era (Gregorian) year, m 1..12, d 1..31. */
typedef struct tt_date {
    int y, m, d;
} tt_date;

#define TT_BE_OFFSET 543 /* Buddhist Era year = CE year + 543 */
/* Years the parser accepts, as CE: BE 2400..2700. Wider ranges are typing mistakes. */
#define TT_DATE_MIN_CE 1857
#define TT_DATE_MAX_CE 2157

/* Results of tt_date_parse (0 or negative). */
enum tt_date_err {
    TT_DATE_OK = 0,
    TT_DATE_EEMPTY = -1,  /* nothing but white space */
    TT_DATE_ESYNTAX = -2, /* not one of the accepted forms */
    TT_DATE_EMONTH = -3,  /* month number outside 1..12, or an unknown month name */
    TT_DATE_EDAY = -4,    /* that month has no such day (31 Feb, 29 Feb of a common year) */
    TT_DATE_EYEAR = -5    /* year outside BE 2400..2700 (a CE year typed where BE is due) */
};

/* Formats for tt_date_format; OR in TT_DATE_THAI_DIGITS for ๐-๙ (ignored by ISO). */
enum tt_date_style {
    TT_DATE_LONG,       /* "1 ตุลาคม 2567" */
    TT_DATE_ABBR,       /* "1 ต.ค. 2567" */
    TT_DATE_ABBR_YY,    /* "1 ต.ค. 67" */
    TT_DATE_MONTH_LONG, /* "ตุลาคม 2567" */
    TT_DATE_MONTH_YY,   /* "ต.ค. 67" */
    TT_DATE_NUMERIC,    /* "1/10/2567" */
    TT_DATE_ISO         /* "2024-10-01" (CE, always ASCII digits) */
};
#define TT_DATE_THAI_DIGITS 0x100

int tt_be_year(int ce_year);
int tt_ce_year(int be_year);

/* 1 for a Gregorian leap year (CE). */
int tt_is_leap_year(int ce_year);

/* Days in month m (1..12) of CE year y, or 0 if m is out of range. */
int tt_days_in_month(int ce_year, int m);

/* 1 if d names a real day within TT_DATE_MIN_CE..TT_DATE_MAX_CE. */
int tt_date_valid(tt_date d);

/* Thai month names for m 1..12 ("ตุลาคม", "ต.ค."), NULL otherwise. Static strings, not
 * marked for translation: they are Thai in every UI language. */
const char *tt_month_name(int m);
const char *tt_month_abbr(int m);

/* Thai government fiscal year (named by its BE year) that d falls in: it runs from 1 October
 * to 30 September, so FY 2567 = 1 Oct 2023 .. 30 Sep 2024. */
int tt_fiscal_year(tt_date d);

/* First and last day of fiscal year fy_be. */
tt_date tt_fiscal_year_start(int fy_be);
tt_date tt_fiscal_year_end(int fy_be);

/* Malloc'd text of d in the given style (an enum tt_date_style, optionally
 * | TT_DATE_THAI_DIGITS). NULL if d is not valid or memory runs out. */
char *tt_date_format(tt_date d, int style);

/* Parses UTF-8 s into *out (untouched on error). Digits may be ASCII or Thai; surrounding
 * white space is ignored. Accepted forms (BE years unless noted):
 *   "1 ต.ค. 2567", "1 ตุลาคม 2567", "1 ต.ค. 67", "1 ตค 2567", "1 ตุลาคม พ.ศ. 2567",
 *   "1/10/2567", "1/10/67", and ISO "2024-10-01" (CE).
 * A two-digit year yy means BE 25yy. Returns TT_DATE_OK or a negative enum tt_date_err. */
int tt_date_parse(const char *s, tt_date *out);

/* User-visible, translated message for a tt_date_parse result. */
const char *tt_date_strerror(int err);

#endif
