#include "score_csv.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "i18n.h"
#include "number.h"
#include "strset.h"
#include "xalloc.h"
#include "text/tt.h"
#include "text/tt_name.h"

int score_parse_number(const char *text, double *out)
{
    return number_parse_decimal(text, out);
}

static int all_digits(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s)) return 0;
    return 1;
}

/* "9" → indicator, "i3"/"e12" → question, "O17"/"o17" → OIT item, total, level. */
int score_parse_item(const char *cell, struct score_row *row)
{
    char *s = number_plain_copy(cell);
    int ok = 0;
    if (s && strlen(s) < sizeof row->item) {
        if (strcasecmp(s, "total") == 0 || strcasecmp(s, "level") == 0) {
            row->kind = tolower((unsigned char)s[0]) == 't' ? SCORE_TOTAL : SCORE_LEVEL;
            for (char *c = s; *c; c++)
                *c = (char)tolower((unsigned char)*c);
            ok = 1;
        } else if (all_digits(s)) {
            row->kind = SCORE_INDICATOR;
            row->indicator_no = atoi(s);
            ok = row->indicator_no >= 1 && row->indicator_no <= 99;
        } else if ((s[0] == 'i' || s[0] == 'e' || s[0] == 'I' || s[0] == 'E') &&
                   all_digits(s + 1)) {
            row->kind = SCORE_QUESTION;
            s[0] = (char)tolower((unsigned char)s[0]);
            ok = 1;
        } else if ((s[0] == 'O' || s[0] == 'o') && all_digits(s + 1)) {
            row->kind = SCORE_OIT;
            s[0] = 'O';
            ok = 1;
        }
        if (ok) snprintf(row->item, sizeof row->item, "%s", s);
    }
    free(s);
    return ok ? 0 : -1;
}

int score_parse_item_or_name(const char *cell, struct score_row *row)
{
    if (score_parse_item(cell, row) == 0) return 0;
    char *name = tt_name_normalize(cell);
    int ok = *name && strlen(name) < sizeof row->text;
    if (ok) {
        row->kind = SCORE_INDICATOR;
        row->indicator_no = 0;
        row->item[0] = '\0';
        snprintf(row->text, sizeof row->text, "%s", name);
    }
    free(name);
    return ok ? 0 : -1;
}

static int check_header(const struct csv_record *h)
{
    if (h->n != 2) return -1;
    char *a = number_plain_copy(h->fields[0]), *b = number_plain_copy(h->fields[1]);
    int ok = a && b && strcasecmp(a, "item") == 0 && strcasecmp(b, "score") == 0;
    free(a);
    free(b);
    return ok ? 0 : -1;
}

static int parse_row(const char *file, const struct csv_record *rec, struct strset *seen,
                     struct score_row *row, char *err, size_t errsz)
{
    row->line = rec->line;
    if (rec->n != 2) {
        snprintf(err, errsz, _("%s:%ld: row: expected 2 cells (item,score), found %zu"), file,
                 rec->line, rec->n);
        return -1;
    }
    if (score_parse_item_or_name(rec->fields[0], row)) {
        snprintf(err, errsz,
                 _("%s:%ld: item: '%s' is not an indicator number, question code or OIT code"),
                 file, rec->line, rec->fields[0]);
        return -1;
    }
    char why[256];
    if (score_parse_value(row, rec->fields[1], why, sizeof why)) {
        snprintf(err, errsz, "%s:%ld: %s", file, rec->line, why);
        return -1;
    }
    const char *key = row->item[0] ? row->item : row->text;
    long first = strset_add(seen, key, rec->line);
    if (first) {
        snprintf(err, errsz, _("%s:%ld: item: %s appears twice (first on line %ld)"), file,
                 rec->line, key, first);
        return -1;
    }
    return 0;
}

int score_parse_value(struct score_row *row, const char *text, char *why, size_t whysz)
{
    char *t0 = number_plain_copy(text ? text : "");
    row->clear = t0 && strcmp(t0, "-") == 0; /* an empty cell stays an error: a value forgotten */
    free(t0);
    if (row->clear) return 0;
    if (row->kind == SCORE_LEVEL) {
        char *t = tt_sanitize(text ? text : "", 0);
        size_t n = t ? strlen(t) : 0;
        while (n && t[n - 1] == ' ')
            n--;
        size_t skip = t ? strspn(t, " ") : 0;
        int ok = t && n > skip && n - skip < sizeof row->text;
        if (ok) snprintf(row->text, sizeof row->text, "%.*s", (int)(n - skip), t + skip);
        free(t);
        if (!ok) snprintf(why, whysz, "%s", _("level: type the level as published (B, ผ่าน, ...)"));
        return ok ? 0 : -1;
    }
    if (score_parse_number(text, &row->score)) {
        snprintf(why, whysz, _("score: '%s' is not a number"), text ? text : "");
        return -1;
    }
    if (row->score < 0 || row->score > 100) {
        snprintf(why, whysz, _("score: %g is outside 0–100"), row->score);
        return -1;
    }
    return 0;
}

static void push_row(struct score_rows *out, size_t *cap, const struct score_row *row)
{
    if (out->n == *cap) {
        *cap = *cap ? *cap * 2 : 32;
        out->rows = xreallocarray(out->rows, *cap, sizeof *out->rows);
    }
    out->rows[out->n++] = *row;
}

int score_csv_parse(const char *file, const char *text, size_t len, struct score_rows *out,
                    char *err, size_t errsz)
{
    static const char *const columns[] = {"item", "score"};
    struct csv_reader rd;
    struct csv_record rec = {0};
    struct strset seen = {0};
    char why[160];
    size_t cap = 0;
    int rc = -1;
    *out = (struct score_rows){0};
    csv_reader_init(&rd, text, len);
    enum csv_status st = csv_next(&rd, &rec, why, sizeof why);
    if (st != CSV_RECORD || check_header(&rec)) {
        if (st == CSV_ERROR)
            csv_error_message(file, &rec, columns, 2, why, err, errsz);
        else
            snprintf(err, errsz, _("%s:1: header: expected the header 'item,score'"), file);
        goto out;
    }
    /* One pass, row by row: the first bad row ends the parse, wherever it is. */
    while ((st = csv_next(&rd, &rec, why, sizeof why)) == CSV_RECORD) {
        if (rec.n == 1 && rec.fields[0][0] == '\0') continue; /* blank line */
        struct score_row row = {0};
        if (parse_row(file, &rec, &seen, &row, err, errsz)) goto out;
        push_row(out, &cap, &row);
    }
    if (st == CSV_ERROR) {
        csv_error_message(file, &rec, columns, 2, why, err, errsz);
        goto out;
    }
    rc = 0;
out:
    csv_record_free(&rec);
    strset_free(&seen);
    if (rc) score_rows_free(out);
    return rc;
}

void score_rows_free(struct score_rows *rows)
{
    free(rows->rows);
    *rows = (struct score_rows){0};
}
