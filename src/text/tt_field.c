/* Text-field edits (THAI-TEXT.md §3): Backspace deletes a code point, Delete a cluster,
 * typing goes through libthai's WTT 2.0 input sequence check. */
#include "tt_field.h"

#include <stdlib.h>
#include <string.h>
#include <thai/thcell.h>
#include <thai/thinp.h>
#include <thai/thwchar.h>

#include "tt_cluster.h"
#include "tt_cursor.h"
#include "tt_utf8.h"
#include "tt_width.h"
#include "xalloc.h"

#define CONTEXT_MAX 15 /* TIS-620 chars of context: a cell is at most a handful */

static int reserve(tt_field *f, size_t len)
{
    if (len + 1 <= f->cap) return 0;
    size_t cap = f->cap ? f->cap : 32;
    while (cap < len + 1)
        cap *= 2;
    char *t = xreallocarray(f->text, 1, cap);
    f->text = t;
    f->cap = cap;
    return 0;
}

/* Replaces bytes [from, to) with add[0..addlen). 0 or -1 (f unchanged). */
static int splice(tt_field *f, size_t from, size_t to, const char *add, size_t addlen)
{
    if (reserve(f, f->len - (to - from) + addlen)) return -1;
    memmove(f->text + from + addlen, f->text + to, f->len - to + 1);
    memcpy(f->text + from, add, addlen);
    f->len = f->len - (to - from) + addlen;
    return 0;
}

int tt_field_init(tt_field *f, const char *initial)
{
    *f = (tt_field){0};
    return tt_field_set_text(f, initial);
}

void tt_field_free(tt_field *f)
{
    free(f->text);
    *f = (tt_field){0};
}

/* The buffer is kept well-formed: with invalid bytes in it, a deletion could join a stray
 * lead byte and the continuation bytes after it into a new character around the cursor. */
int tt_field_set_text(tt_field *f, const char *text)
{
    char *valid = tt_utf8_repair(text ? text : "", text ? strlen(text) : 0);
    size_t len = valid ? strlen(valid) : 0;
    if (!valid || reserve(f, len)) {
        free(valid);
        return -1;
    }
    memcpy(f->text, valid, len + 1);
    f->len = f->cur = len;
    free(valid);
    return 0;
}

void tt_field_set_cursor(tt_field *f, size_t pos)
{
    f->cur = tt_cursor_snap(f->text, f->len, pos);
}

void tt_field_left(tt_field *f)
{
    f->cur = tt_cursor_left(f->text, f->len, f->cur);
}

void tt_field_right(tt_field *f)
{
    f->cur = tt_cursor_right(f->text, f->len, f->cur);
}

void tt_field_home(tt_field *f)
{
    f->cur = 0;
}

void tt_field_end(tt_field *f)
{
    f->cur = f->len;
}

void tt_field_word_left(tt_field *f, ThBrk *brk)
{
    f->cur = tt_cursor_word_left(brk, f->text, f->len, f->cur);
}

void tt_field_word_right(tt_field *f, ThBrk *brk)
{
    f->cur = tt_cursor_word_right(brk, f->text, f->len, f->cur);
}

/* Moves the cursor forward to the end of the cluster it is inside, if any. */
static void snap_forward(tt_field *f)
{
    if (!tt_cluster_is_boundary(f->text, f->len, f->cur))
        f->cur = tt_cluster_next(f->text, f->len, tt_cluster_prev(f->text, f->len, f->cur));
}

int tt_field_backspace(tt_field *f)
{
    if (f->cur == 0) return 0;
    size_t from = tt_utf8_prev(f->text, f->cur);
    splice(f, from, f->cur, "", 0); /* shrinking never allocates */
    /* Deleting a base can leave its marks behind as an orphan cluster: stay before them. */
    f->cur = tt_cursor_snap(f->text, f->len, from);
    return 1;
}

int tt_field_delete(tt_field *f)
{
    if (f->cur >= f->len) return 0;
    splice(f, f->cur, tt_cluster_next(f->text, f->len, f->cur), "", 0);
    /* Deleting what separated a base from following marks joins them into one cluster
     * the cursor would sit inside: move past it, before the text that came next. */
    snap_forward(f);
    return 1;
}

static int insert_bytes(tt_field *f, size_t from, const char *add, size_t addlen)
{
    if (splice(f, from, f->cur, add, addlen)) return -1;
    f->cur = from + addlen;
    snap_forward(f); /* typing a base before an orphan mark makes them one cluster */
    return 0;
}

int tt_field_insert_text(tt_field *f, const char *text)
{
    char *valid = tt_utf8_repair(text, strlen(text));
    int r = valid ? insert_bytes(f, f->cur, valid, strlen(valid)) : -1;
    free(valid);
    return r;
}

/* 1 if a zero-width mark typed at the cursor would have no base to sit on. */
static int orphan_at_cursor(const tt_field *f)
{
    if (f->cur == 0) return 1;
    uint32_t prev;
    size_t at = tt_utf8_prev(f->text, f->cur);
    tt_utf8_decode(f->text + at, f->len - at, &prev);
    return tt_cp_is_control(prev);
}

/* libthai's view of the cell before the cursor, its TIS-620 length via *n. */
static struct thcell_t context_cell(const tt_field *f, size_t *n)
{
    thchar_t tis[CONTEXT_MAX + 1];
    struct thcell_t cell;
    th_init_cell(&cell);
    *n = 0;
    for (size_t i = tt_cluster_prev(f->text, f->len, f->cur); i < f->cur && *n < CONTEXT_MAX;) {
        uint32_t cp;
        i += tt_utf8_decode(f->text + i, f->len - i, &cp);
        thchar_t t = th_uni2tis((thwchar_t)cp);
        tis[(*n)++] = t == THCHAR_ERR ? '?' : t; /* non-Thai base: acts like Latin */
    }
    tis[*n] = 0;
    if (*n) th_prev_cell(tis, *n, &cell, 1); /* 1: SARA AM belongs to the cell, as in tt_cluster */
    return cell;
}

enum tt_insert_result tt_field_insert(tt_field *f, uint32_t cp)
{
    char buf[4 * 4];
    size_t blen = 0;
    thchar_t c = th_uni2tis((thwchar_t)cp);
    if (cp == 0) return TT_INSERT_REFUSED; /* would end the C string */
    if (c == THCHAR_ERR) {
        if (tt_cp_width(cp) == 0 && orphan_at_cursor(f)) return TT_INSERT_REFUSED;
        blen = tt_utf8_encode(cp, buf);
        return insert_bytes(f, f->cur, buf, blen) ? TT_INSERT_NOMEM : TT_INSERT_ACCEPTED;
    }
    size_t ncontext;
    struct thcell_t cell = context_cell(f, &ncontext);
    struct thinpconv_t conv;
    if (!th_validate_leveled(cell, c, &conv, ISC_BASICCHECK)) return TT_INSERT_REFUSED;
    size_t back = conv.offset < 0 ? (size_t)-conv.offset : 0;
    if (back > ncontext)
        return TT_INSERT_REFUSED; /* libthai wants to rewrite more than the cell: refuse */
    size_t from = f->cur;
    for (size_t k = 0; k < back; k++)
        from = tt_utf8_prev(f->text, from); /* each TIS char was one code point */
    for (const thchar_t *t = conv.conv; *t && blen + 4 <= sizeof buf; t++)
        blen += tt_utf8_encode(th_tis2uni(*t), buf + blen);
    if (insert_bytes(f, from, buf, blen)) return TT_INSERT_NOMEM;
    int as_typed = back == 0 && conv.conv[0] == c && conv.conv[1] == 0;
    return as_typed ? TT_INSERT_ACCEPTED : TT_INSERT_CORRECTED;
}

int tt_field_col(const tt_field *f)
{
    return tt_width_cols_n(f->text, f->cur);
}
