/* The input decoder: the characters a terminal sends (code points, as get_wch returns them
 * with curses' own key decoding switched off) turned into keys (ui_keys.h). One table for
 * the terminals officers use (TERM says "xterm" whatever the terminal really is):
 *   xterm and Windows Terminal (normal and application cursor/keypad modes, modifier forms
 *   ESC [ 1 ; m X and ESC [ n ; m ~), PuTTY default (ESC [ n ~, F1-F4 as ESC [ 11~..14~,
 *   Ctrl-arrows as the other cursor mode's arrows), PuTTY "Linux" and the Linux console
 *   (ESC [ [ A..E), PuTTY "VT100+" (ESC O P..[), PuTTY "SCO" (ESC [ M..X), rxvt/urxvt
 *   (ESC [ n ^ $ @, ESC O a..d, ESC [ a..d), GNU screen, tmux, VT100/VT220.
 * A lone Esc is told from a sequence's start by time: the caller waits a short delay for
 * more before deciding (ui_input.c). Esc then a character is Alt-character, except Esc then
 * a digit, which is F1..F10 (Esc 0 = F10: the mc convention for terminals whose F-keys do not
 * get through). A complete sequence that the table does not know is one UI_KEY_UNKNOWN,
 * never Esc followed by letters. */
#ifndef ITADESK_UI_DECODE_H
#define ITADESK_UI_DECODE_H

#include <stddef.h>

/* The terminal is in application cursor mode (curses sent smkx): plain arrows come as
 * ESC O A..D, so ESC [ A..D is PuTTY's Ctrl-arrow; in normal mode it is the other way. */
#define UI_DECODE_APP_CURSOR 1u

/* Decodes the key at the start of in[0..n) (code points, or UI_KEY_FN keys curses gave,
 * such as the resize key). Returns how many entries it takes (> 0) and sets *key; returns 0
 * when in holds the start of a sequence that more input may complete: the caller reads
 * more, or, when nothing came within the delay, calls again with final set (then the result
 * is never 0 for n > 0). */
size_t ui_decode(const int *in, size_t n, int final, unsigned flags, int *key);

/* in[0..n) written for a person: "ESC [ 1 1 ~", "น", "0x03". */
void ui_decode_describe(const int *in, size_t n, char *buf, size_t bufsz);

/* in[0..n) as the UTF-8 bytes the terminal sent, in hex: "1b 5b 31 31 7e". */
void ui_decode_hex(const int *in, size_t n, char *buf, size_t bufsz);

#endif
