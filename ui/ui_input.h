/* Where key presses come from: the terminal, or a script of key names for headless tests
 * ("Down Down Enter text:ขอน resize:40x12 q"). */
#ifndef ITADESK_UI_INPUT_H
#define ITADESK_UI_INPUT_H

struct ui_input;

/* Keys typed on the curses terminal. */
struct ui_input *ui_input_terminal(void);

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
