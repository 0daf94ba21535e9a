/* The multi-line text area under random edits, moves, widths, pastes, undo and redo: the
 * cursor stays on a cluster boundary, the text stays well-formed UTF-8, the wrapped lines
 * cover the text in order and fit their width, and undoing everything gives back the
 * text the area started with. */
#include <stdint.h>
#include <thai/thbrk.h>

#include "fuzz_check.h"
#include "text/tt.h"
#include "text/tt_area.h"

static ThBrk *breaker(void)
{
    static ThBrk *brk; /* the dictionary takes 3 ms to load: once per fuzzing process */
    if (!brk) brk = th_brk_new(NULL);
    return brk;
}

static void check_area(const tt_area *a)
{
    CHECK(a->f.cur <= a->f.len && strlen(a->f.text) == a->f.len);
    CHECK(tt_utf8_valid(a->f.text, a->f.len));
    CHECK(tt_cluster_is_boundary(a->f.text, a->f.len, a->f.cur));
    size_t at = 0;
    for (size_t i = 0; i < a->lines.n; i++) {
        const tt_line *l = &a->lines.v[i];
        CHECK(l->off >= at && l->off + l->len <= a->f.len);
        CHECK(l->cols <= a->width || tt_cluster_count(a->f.text + l->off, l->len) == 1);
        at = l->off + l->len;
    }
}

static void apply(tt_area *a, unsigned op, unsigned arg, const uint8_t *data, size_t size)
{
    switch (op) {
    case 0:
    case 1:
    case 2:
        tt_area_insert(a, 0x0E00 + (arg & 0x7F));
        break;
    case 3:
        tt_area_insert(a, arg == 0 ? '\n' : arg);
        break;
    case 4:
        tt_area_backspace(a);
        break;
    case 5:
        tt_area_delete(a);
        break;
    case 6:
        tt_area_left(a);
        break;
    case 7:
        tt_area_right(a);
        break;
    case 8:
        tt_area_up(a);
        break;
    case 9:
        tt_area_down(a);
        break;
    case 10:
        tt_area_home(a);
        break;
    case 11:
        tt_area_end(a);
        break;
    case 12:
        tt_area_word_left(a);
        break;
    case 13:
        tt_area_word_right(a);
        break;
    case 14:
        tt_area_set_width(a, 1 + arg % 40);
        break;
    case 15:
        tt_area_undo(a);
        break;
    case 16:
        tt_area_redo(a);
        break;
    case 17: {
        char *paste = fuzz_cstr(data, size < arg ? size : arg);
        tt_area_paste(a, paste);
        free(paste);
        break;
    }
    case 18:
        tt_area_page_down(a, 1 + arg % 5);
        break;
    default:
        tt_area_set_cursor(a, arg);
        break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t split = size ? data[0] % (size + 1) : 0;
    char *initial = fuzz_cstr(data + (size ? 1 : 0), split ? split - 1 : 0);
    char *start = tt_utf8_repair(initial, strlen(initial));
    tt_area a;
    CHECK(tt_area_init(&a, breaker(), start, 20) == 0);
    char *loaded = strdup(tt_area_text(&a));
    for (size_t i = split; i + 1 < size; i += 2) {
        apply(&a, data[i] % 20, data[i + 1], data + i, size - i);
        check_area(&a);
    }
    while (tt_area_undo(&a) == TT_AREA_OK)
        check_area(&a);
    /* Undo reaches the start only while the history was not trimmed (200 groups, 8 MB). */
    if (size < 400) CHECK(strcmp(tt_area_text(&a), loaded) == 0);
    tt_area_free(&a);
    free(loaded);
    free(start);
    free(initial);
    return 0;
}
