/* import scores' parser (score_csv_parse) on any bytes: it never crashes or leaks, refuses
 * with "FILE:LINE: field: reason", and what it accepts keeps every rule: no control byte in
 * the input, items (or indicators' names) unique and well formed, scores plain numbers within
 * 0-100, lines rising. */
#include <math.h>
#include <stdint.h>

#include "fuzz_check.h"
#include "fuzz_check_csv.h"
#include "score_csv.h"

/* What makes a row unique: its item, or for an indicator given by its name (no item until
 * storage finds the name in the year's catalog) the name. */
static const char *key_of(const struct score_row *r)
{
    return r->item[0] ? r->item : r->text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy, so that ASan sees any read past the end. */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    struct score_rows rows = {0};
    char err[1024] = "";
    int rc = score_csv_parse("f.csv", text, size, &rows, err, sizeof err);
    if (rc != 0) {
        CHECK(rc == -1);
        CHECK(names_file_and_line(err, "f.csv"));
        CHECK(rows.n == 0 && rows.rows == NULL);
    } else {
        CHECK(!has_forbidden_control(data, size));
        for (size_t i = 0; i < rows.n; i++) {
            const struct score_row *r = &rows.rows[i];
            CHECK(key_of(r)[0] != '\0');
            CHECK(r->item[0] || (r->kind == SCORE_INDICATOR && r->indicator_no == 0));
            CHECK(isfinite(r->score) && r->score >= 0 && r->score <= 100);
            CHECK(r->kind != SCORE_INDICATOR || !r->item[0] ||
                  (r->indicator_no >= 1 && r->indicator_no <= 99));
            if (i) CHECK(r->line > rows.rows[i - 1].line);
            for (size_t j = 0; j < i && j < 64; j++)
                CHECK(strcmp(key_of(&rows.rows[j]), key_of(r)) != 0);
        }
    }
    score_rows_free(&rows);
    free(text);
    return 0;
}
