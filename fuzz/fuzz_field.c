/* The text-field model under random key sequences: the cursor stays on a cluster boundary
 * and the buffer stays a consistent C string. */
#include <stdint.h>
#include <thai/thbrk.h>

#include "fuzz_check.h"
#include "text/tt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t split = size ? data[0] % (size + 1) : 0;
    char *initial = fuzz_cstr(data + (size ? 1 : 0), split ? split - 1 : 0);
    tt_field f;
    CHECK(tt_field_init(&f, initial) == 0);
    for (size_t i = split; i + 1 < size; i += 2) {
        unsigned op = data[i] % 10, arg = data[i + 1];
        switch (op) {
        case 0:
        case 1:
        case 2:
            tt_field_insert(&f, 0x0E00 + (arg & 0x7F)); /* Thai block, incl. unassigned */
            break;
        case 3:
            tt_field_insert(&f, arg);
            break;
        case 4:
            tt_field_backspace(&f);
            break;
        case 5:
            tt_field_delete(&f);
            break;
        case 6:
            tt_field_left(&f);
            break;
        case 7:
            tt_field_right(&f);
            break;
        case 8:
            tt_field_word_left(&f, NULL);
            break;
        default:
            tt_field_set_cursor(&f, arg);
            break;
        }
        CHECK(f.cur <= f.len && strlen(f.text) == f.len);
        CHECK(tt_cluster_is_boundary(f.text, f.len, f.cur));
        CHECK(tt_field_col(&f) == tt_width_cols_n(f.text, f.cur));
    }
    tt_field_free(&f);
    free(initial);
    return 0;
}
