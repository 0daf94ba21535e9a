/* The `item,score` CSV that `itadesk import scores` reads: syntax and range checks
 * that need no catalog. Whether an item exists in a year is the storage layer's call. */
#ifndef ITADESK_SCORE_CSV_H
#define ITADESK_SCORE_CSV_H

#include <stddef.h>

/* What a row sets: an indicator, a question or OIT item score, or the published total
 * and level of the year (kept exactly as published). */
enum score_item_kind { SCORE_INDICATOR, SCORE_QUESTION, SCORE_OIT, SCORE_TOTAL, SCORE_LEVEL };

struct score_row {
    long line;
    enum score_item_kind kind;
    char item[16];    /* normalised: "9", "i3", "e12", "O17" */
    int indicator_no; /* SCORE_INDICATOR only */
    double score;
    char text[128]; /* SCORE_LEVEL: the level as published ("B", "ผ่าน", "ผ่านดี");
                       SCORE_INDICATOR with indicator_no 0: the indicator's name as typed */
    int clear;      /* the value was "-": the stored one is removed */
};

struct score_rows {
    struct score_row *rows;
    size_t n;
};

/* Parses UTF-8 CSV text. All or nothing: on the first bad row returns -1 with err
 * reading "FILE:LINE: field: reason" in the user's language. */
int score_csv_parse(const char *file, const char *text, size_t len, struct score_rows *out,
                    char *err, size_t errsz);

/* What a person typed as an item: "9" (or "๙"), "i3", "e12", "O17", "total", "level".
 * 0 and sets row->kind, item, indicator_no; -1 when it is none of them. */
int score_parse_item(const char *text, struct score_row *row);

/* The same, or else an indicator named as real documents name it ("การใช้งบประมาณ"):
 * kind SCORE_INDICATOR, indicator_no 0, the name in row->text and item "" until the
 * storage layer finds it in the year's catalog (db_score_resolve). -1 when empty or
 * longer than a name can be. */
int score_parse_item_or_name(const char *text, struct score_row *row);

/* The value of a row of that kind: a number 0–100 (ASCII or Thai digits), or the level's
 * text; "-" clears the item (row->clear; an empty value is refused as a number
 * forgotten). 0, or -1 with why ("score: …") in the
 * user's language. */
int score_parse_value(struct score_row *row, const char *text, char *why, size_t whysz);

void score_rows_free(struct score_rows *rows);

/* A score typed by a person: a plain decimal in ASCII or Thai digits, surrounding blanks
 * allowed (number_parse_decimal: no 0x10, 1e1, inf). Returns 0 and sets *out, or -1. */
int score_parse_number(const char *text, double *out);

#endif
