/* The model of a multi-line text area (a measure's steps, a finding): a UTF-8 buffer with a
 * byte cursor, wrapped at Thai word boundaries to a width in columns, edited the Thai way
 * (tt_field's rules), with undo/redo and a length limit. No drawing here: the UI draws
 * a->lines and puts the cursor at (tt_area_row, tt_area_col).
 *
 * Units: offsets and lengths are bytes; rows are wrapped lines (indices into a->lines);
 * columns are display columns (tt_width_cols); the limit is in bytes or in characters
 * (code points, as SQLite's length() counts them), as the caller states. */
#ifndef ITADESK_TT_AREA_H
#define ITADESK_TT_AREA_H

#include <stddef.h>
#include <stdint.h>
#include <thai/thbrk.h>

#include "tt_field.h"
#include "tt_wrap.h"

enum tt_area_unit { TT_AREA_BYTES, TT_AREA_CHARS };

/* What an edit did. */
enum tt_area_result {
    TT_AREA_OK,        /* done as asked */
    TT_AREA_CORRECTED, /* typed, after a Thai input-sequence correction */
    TT_AREA_REFUSED,   /* nothing changed: a mark with no base, a wrong Thai order, or
                        * nothing to delete / undo (the UI beeps) */
    TT_AREA_FULL,      /* the limit is reached: nothing typed, or a paste cut short */
    TT_AREA_NOMEM      /* out of memory: nothing changed */
};

/* One state for undo/redo: the text and the cursor. */
struct tt_area_state {
    char *text;
    size_t cur;
};

struct tt_area_stack {
    struct tt_area_state *v;
    size_t n, cap;
    size_t bytes; /* text held, to bound the history's memory */
};

/* The kind of the last edit, to coalesce runs of typing (and of deleting) into one undo. */
enum tt_area_kind { TT_AREA_EDIT_NONE, TT_AREA_EDIT_TYPE, TT_AREA_EDIT_BACK, TT_AREA_EDIT_DEL };

typedef struct tt_area {
    tt_field f;             /* f.text/f.len: the text (well-formed UTF-8); f.cur: the byte cursor,
                             * always a cluster boundary */
    ThBrk *brk;             /* the caller's word breaker (NULL: spaces only) */
    int width;              /* wrap width in columns (>= 1) */
    tt_lines lines;         /* the text wrapped to width, kept current by every operation */
    int goal;               /* column Up/Down aim for (-1: the cursor's own) */
    int at_eol;             /* the cursor, at a soft line break, shows at the end of the upper
                             * line rather than at the start of the lower one */
    size_t max;             /* limit (0 = none) ... */
    enum tt_area_unit unit; /* ... counted in these units */
    unsigned long rev;      /* counts changes to the text (autosave compares it) */
    struct tt_area_stack undo, redo;
    enum tt_area_kind last; /* the undo group still open, if any */
    size_t last_cur;        /* where the cursor was after that group's last edit */
} tt_area;

/* Sets up a holding a copy of text (NULL = "") wrapped to width, cursor at the start, no
 * limit, empty history. brk may be NULL. 0, or -1 when out of memory. */
int tt_area_init(tt_area *a, ThBrk *brk, const char *text, int width);
void tt_area_free(tt_area *a);

/* Replaces the whole text as loading does (cursor at the start, history cleared, not
 * normalised). 0 or -1. */
int tt_area_set_text(tt_area *a, const char *text);

/* The text (NUL-terminated, owned by a). */
const char *tt_area_text(const tt_area *a);

/* Re-wraps to width columns (< 1 counts as 1). 0 or -1. */
int tt_area_set_width(tt_area *a, int width);

/* The limit: at most max bytes or characters (0 = none). Existing text over it is kept;
 * only growth is refused. */
void tt_area_set_limit(tt_area *a, size_t max, enum tt_area_unit unit);

/* The text's size in the limit's unit. */
size_t tt_area_count(const tt_area *a);

/* The cursor's wrapped row and display column within that row (0 .. width). */
size_t tt_area_row(const tt_area *a);
int tt_area_col(const tt_area *a);

/* Moves the cursor to the cluster boundary of row that is closest at or before column col
 * (the end of the row when col is past it). */
void tt_area_goto(tt_area *a, size_t row, int col);

/* Moves to byte offset pos (snapped to a cluster boundary). */
void tt_area_set_cursor(tt_area *a, size_t pos);

/* Cursor moves. Up/Down keep the goal column across rows of different widths; at the top
 * (bottom) row they go to the start (end) of the text. Home/End: of the wrapped row.
 * Page moves go `rows` rows. Each returns 1 if the cursor moved. */
int tt_area_left(tt_area *a);
int tt_area_right(tt_area *a);
int tt_area_up(tt_area *a);
int tt_area_down(tt_area *a);
int tt_area_home(tt_area *a);
int tt_area_end(tt_area *a);
int tt_area_page_up(tt_area *a, int rows);
int tt_area_page_down(tt_area *a, int rows);
int tt_area_word_left(tt_area *a);
int tt_area_word_right(tt_area *a);
int tt_area_text_start(tt_area *a);
int tt_area_text_end(tt_area *a);

/* Types code point cp at the cursor, through tt_field_insert's input sequence check; '\n'
 * starts a new line. Runs of typing are one undo step (a new step starts at a space after
 * a word, after a cursor move, or after another kind of edit). */
enum tt_area_result tt_area_insert(tt_area *a, uint32_t cp);

/* Backspace deletes the one code point before the cursor (น้ำ -> น้); Delete the whole
 * cluster after it (ผู้|ใหญ่ -> ผู้|หญ่). TT_AREA_REFUSED at the start / end. */
enum tt_area_result tt_area_backspace(tt_area *a);
enum tt_area_result tt_area_delete(tt_area *a);

/* Inserts pasted text at the cursor after tt_normalize (tabs, CR/LF, Thai mark order, ํา,
 * เเ); one undo step. Cut at a cluster boundary when it would pass the limit
 * (TT_AREA_FULL). */
enum tt_area_result tt_area_paste(tt_area *a, const char *text);

/* Replaces the whole text with normalised text (what came back from $EDITOR), as one undo
 * step; cut to the limit like a paste. The cursor goes to the end of the common prefix. */
enum tt_area_result tt_area_replace(tt_area *a, const char *text);

/* Undo/redo one step. TT_AREA_REFUSED when there is nothing to undo/redo. */
enum tt_area_result tt_area_undo(tt_area *a);
enum tt_area_result tt_area_redo(tt_area *a);

/* Internal to the tt_area files: re-wraps after an edit. 0 or -1. */
int tt_area_rewrap(tt_area *a);

#endif
