/* Running setgid itadesk (the shared-server install, scripts/install-server.sh): the
 * group `itadesk` is held only to open the database. Everything else (terminal, config,
 * reports, imports, the editor's file) runs with the user's own group. The process's
 * credentials are the state: nothing is kept here. */
#ifndef ITADESK_PRIV_H
#define ITADESK_PRIV_H

#include <stddef.h>

/* First thing in main: when started setgid, resets the umask (007: the database and
 * its -wal/-shm stay group-writable, never world-readable) and lowers the effective
 * group to the user's, keeping the privileged one as the saved group. 0 or -1. */
int priv_start(void);

/* 1 while the process can still raise the itadesk group (started setgid). */
int priv_setgid(void);

/* Raise the saved group (to open the database) and lower it again. 0 or -1. */
int priv_raise(void);
int priv_lower(void);

/* In a child before execvp ($EDITOR, $VISUAL, lp): drops the group for good (real,
 * effective and saved all the user's, checked) and closes every descriptor above 2 so
 * the database's cannot leak into the program. Ends the child (status 126) if it
 * cannot. */
void priv_child_before_exec(void);

/* Whether path names a file inside dir lexically (absolute, no "." or ".." parts): a
 * setgid itadesk opens no other database. */
int priv_path_inside(const char *path, const char *dir);

#endif
