/* The last agency and year chosen, so the next session opens on them:
 * $XDG_STATE_HOME/itadesk/last (else ~/.local/state/itadesk/last), written atomically. */
#ifndef ITADESK_UI_STATE_H
#define ITADESK_UI_STATE_H

#include <stddef.h>

void ui_state_path(char *buf, size_t n);

/* 0 and the remembered choice, or -1 when there is none (or it cannot be read). */
int ui_state_load(const char *path, long *agency_id, int *year);

/* Writes the choice to a temporary file beside path and renames it over path, creating
 * the folders; 0 or -1 (a failure only costs the convenience, so callers ignore it). */
int ui_state_save(const char *path, long agency_id, int year);

#endif
