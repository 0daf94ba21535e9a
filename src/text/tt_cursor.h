/* Cursor movement in a UTF-8 buffer: pure functions from (text, byte cursor) to a new byte
 * cursor. A cursor is always a cluster boundary (see tt_cluster.h). */
#ifndef ITADESK_TT_CURSOR_H
#define ITADESK_TT_CURSOR_H

#include <stddef.h>
#include <thai/thbrk.h>

/* Byte offset one cluster left/right of byte offset cur in s[0..len) (clamped at 0/len). */
size_t tt_cursor_left(const char *s, size_t len, size_t cur);
size_t tt_cursor_right(const char *s, size_t len, size_t cur);

/* Byte offset of the start of the next/previous word, as libthai's dictionary (brk, from
 * th_brk_new(NULL); NULL falls back to spaces only) and runs of spaces delimit words, within
 * the line ('\n'-delimited) holding cur. At a line end/start the move crosses the '\n'.
 * The line is decoded and broken on each call: O(line length). Returns cur, clamped, when
 * out of memory. */
size_t tt_cursor_word_right(ThBrk *brk, const char *s, size_t len, size_t cur);
size_t tt_cursor_word_left(ThBrk *brk, const char *s, size_t len, size_t cur);

/* Cluster boundary at or before any byte offset pos, even one inside a UTF-8 sequence (snaps
 * a cursor set from outside). */
size_t tt_cursor_snap(const char *s, size_t len, size_t pos);

#endif
