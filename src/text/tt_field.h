/* The model of a text field: a UTF-8 buffer and a byte cursor, edited the Thai way. No
 * drawing here; the UI draws f->text and puts the cursor at column tt_field_col(f). */
#ifndef ITADESK_TT_FIELD_H
#define ITADESK_TT_FIELD_H

#include <stddef.h>
#include <stdint.h>
#include <thai/thbrk.h>

typedef struct tt_field {
    char *text; /* NUL-terminated, well-formed UTF-8 (invalid input bytes become U+FFFD) */
    size_t len; /* bytes, excluding the NUL */
    size_t cap; /* bytes allocated */
    size_t cur; /* cursor as a byte offset, always a cluster boundary */
} tt_field;

/* What tt_field_insert did with a typed code point. */
enum tt_insert_result {
    TT_INSERT_ACCEPTED,  /* inserted as typed */
    TT_INSERT_CORRECTED, /* accepted after Thai input-sequence correction (reordered marks,
                          * or a second tone/vowel replacing the first) */
    TT_INSERT_REFUSED,   /* not inserted: a mark with nothing to sit on, or an order Thai
                          * spelling does not allow (the UI should beep) */
    TT_INSERT_NOMEM      /* not inserted: out of memory */
};

/* Sets up f holding a copy of initial (NULL = "") with the cursor at the end. 0 or -1. */
int tt_field_init(tt_field *f, const char *initial);
void tt_field_free(tt_field *f);

/* Replaces the text (cursor to the end). 0, or -1 when out of memory (f unchanged). */
int tt_field_set_text(tt_field *f, const char *text);

/* Moves the cursor to byte offset pos, snapped back to a cluster boundary. */
void tt_field_set_cursor(tt_field *f, size_t pos);

/* Cursor moves: by one cluster, to either end, by word (brk as in tt_cursor_word_right). */
void tt_field_left(tt_field *f);
void tt_field_right(tt_field *f);
void tt_field_home(tt_field *f);
void tt_field_end(tt_field *f);
void tt_field_word_left(tt_field *f, ThBrk *brk);
void tt_field_word_right(tt_field *f, ThBrk *brk);

/* Backspace: deletes the one code point before the cursor (the last mark typed: น้ำ -> น้).
 * Returns 1 if something was deleted, 0 at the start. */
int tt_field_backspace(tt_field *f);

/* Delete: removes the whole cluster after the cursor (ผู้|ใหญ่ -> ผู้|หญ่). Returns 1 if
 * something was deleted, 0 at the end. */
int tt_field_delete(tt_field *f);

/* Types code point cp at the cursor through libthai's input sequence check
 * (th_validate_leveled, ISC_BASICCHECK): ก + ่ + ิ gives กิ่ (CORRECTED); a tone or vowel
 * mark with no base before it (at the start, after a space, after Latin) is REFUSED.
 * Code points outside TIS-620 are inserted as typed, except that a zero-width mark with no
 * base is refused. The cursor ends after the inserted text, on a cluster boundary. */
enum tt_insert_result tt_field_insert(tt_field *f, uint32_t cp);

/* Inserts UTF-8 text (a paste) at the cursor as it is, without sequence checks (run
 * tt_normalize on it first); the cursor ends after it. 0, or -1 when out of memory. */
int tt_field_insert_text(tt_field *f, const char *text);

/* Display column of the cursor: tt_width_cols of the text before it. */
int tt_field_col(const tt_field *f);

#endif
