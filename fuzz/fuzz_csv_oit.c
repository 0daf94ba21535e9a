/* import oit's parser (oit_csv_parse) on any bytes: it never crashes or leaks, refuses with
 * "FILE:LINE: field: reason", and what it accepts keeps every rule: no control byte in the
 * input, codes unique and well formed, units in canonical name form (tt_name_normalize is
 * idempotent on them), notes valid UTF-8 without a carriage return. */
#include <stdint.h>

#include "fuzz_check.h"
#include "fuzz_check_csv.h"
#include "oit.h"
#include "oit_csv.h"
#include "text/tt.h"

static int valid_utf8(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = tt_utf8_decode(s + i, len - i, &cp);
        if (cp == TT_REPLACEMENT && n == 1) return 0;
        i += n;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    struct oit_csv csv = {0};
    char err[1024] = "";
    int rc =
        oit_csv_parse("f.csv", text, size, 2567, "องค์การบริหารส่วนตำบลศรีคำ", &csv, err, sizeof err);
    if (rc != 0) {
        CHECK(rc == -1);
        CHECK(names_file_and_line(err, "f.csv"));
        CHECK(csv.n == 0 && csv.rows == NULL);
    } else {
        CHECK(!has_forbidden_control(data, size));
        for (size_t i = 0; i < csv.n; i++) {
            const struct oit_csv_row *r = &csv.rows[i];
            char again[16];
            CHECK(r->code[0] == 'O' && oit_code_normalise(r->code, again) == 0);
            CHECK(strcmp(again, r->code) == 0);
            for (size_t j = 0; j < i && j < 64; j++)
                CHECK(strcmp(csv.rows[j].code, r->code) != 0);
            if (r->unit) {
                char *n = tt_name_normalize(r->unit);
                CHECK(strcmp(n, r->unit) == 0);
                CHECK(valid_utf8(r->unit));
                free(n);
            }
            if (r->note) CHECK(valid_utf8(r->note) && !strchr(r->note, '\r'));
        }
    }
    oit_csv_free(&csv);
    free(text);
    return 0;
}
