/* The virtual screen as text, for golden tests: what the terminal shows after the last
 * refresh, one line per row, trailing spaces removed. */
#ifndef ITADESK_UI_DUMP_H
#define ITADESK_UI_DUMP_H

/* Malloc'd UTF-8 text of curscr. Each cell's spacing character
 * is followed by its combining marks, so Thai comes back as typed. */
char *ui_dump_screen(void);

#endif
