/* Where key presses come from: the terminal, or a script of key names for headless tests
 * ("Down Down Enter text:ขอน resize:40x12 q"). */
#ifndef ITADESK_UI_INPUT_H
#define ITADESK_UI_INPUT_H

#include <stddef.h>

struct ui_input;

/* Reads one character (a code point, or a UI_KEY_FN key such as the resize) within
 * timeout_ms (-1 = forever): 1 with *c set, 0 when nothing came. */
typedef int (*ui_read_fn)(void *ctx, int timeout_ms, int *c);

/* Keys typed on the curses terminal (curses' own key decoding off, see ui_term.c), decoded
 * by ui_decode with flags (UI_DECODE_*); escdelay_ms is how long a lone Esc waits for the
 * rest of a sequence. */
struct ui_input *ui_input_terminal(int escdelay_ms, unsigned flags);

/* The same from another source of characters (tests). */
struct ui_input *ui_input_reader(ui_read_fn read, void *ctx, int escdelay_ms, unsigned flags);

void ui_input_set_flags(struct ui_input *in, unsigned flags);

/* The characters the last key was decoded from (none for a script). */
size_t ui_input_last(const struct ui_input *in, const int **chars);

/* Keys from a script: space-separated key names (ui_key_parse), "text:WORD" typing each
 * code point of WORD, "resize:COLSxROWS" resizing the (headless) terminal and "idle" for a
 * wait with no key (ui_input_next times out once). NULL when a
 * token is not understood; the bad token is copied into bad. */
struct ui_input *ui_input_script(const char *script, char *bad, unsigned badsz);

/* Waits up to timeout_ms (-1 = forever) for a key. 1 with *key set; 0 on a timeout or an
 * interrupting signal; -1 when the script has ended. */
int ui_input_next(struct ui_input *in, int timeout_ms, int *key);

void ui_input_free(struct ui_input *in);

#endif
