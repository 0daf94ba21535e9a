/* "Edit in $EDITOR": curses is suspended (def_prog_mode, endwin), the editor runs on a
 * temporary file with fork/execvp (no shell), then curses resumes (reset_prog_mode,
 * clearok) and the file's text replaces the area's. */
#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fileio.h"
#include "i18n.h"
#include "priv.h"
#include "ui_term.h"
#include "ui_textarea.h"
#include "xalloc.h"

#define EDITOR_ARGS 16

/* Writes text to a fresh private temporary file; its path goes into path. 0 or -1. */
static int write_temp(const char *text, char *path, size_t pathsz)
{
    const char *dir = getenv("TMPDIR");
    snprintf(path, pathsz, "%s/itadesk-XXXXXX.txt", dir && *dir ? dir : "/tmp");
    int fd = mkstemps(path, 4);
    if (fd < 0) return -1;
    size_t len = strlen(text), done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        done += (size_t)w;
    }
    int ok = done == len && (len == 0 || text[len - 1] == '\n' || write(fd, "\n", 1) == 1);
    close(fd);
    if (!ok) unlink(path);
    return ok ? 0 : -1;
}

/* Splits the editor variable at spaces into argv (the file last). */
static int editor_argv(char *cmd, const char *file, char **argv)
{
    int n = 0;
    char *save = NULL;
    for (char *w = strtok_r(cmd, " \t", &save); w && n < EDITOR_ARGS - 2;
         w = strtok_r(NULL, " \t", &save))
        argv[n++] = w;
    if (!n) argv[n++] = "vi";
    argv[n++] = (char *)file;
    argv[n] = NULL;
    return n;
}

/* Runs the editor on file with curses suspended; its exit status, or -1. */
static int run_editor(const char *file)
{
    const char *var = getenv("VISUAL");
    if (!var || !*var) var = getenv("EDITOR");
    char *cmd = xstrdup(var && *var ? var : "vi");
    char *argv[EDITOR_ARGS];
    editor_argv(cmd, file, argv);
    def_prog_mode();
    endwin();
    int status = -1;
    pid_t pid = fork();
    if (pid == 0) {
        priv_child_before_exec(); /* the editor never holds the itadesk group */
        execvp(argv[0], argv);
        _exit(127);
    }
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    if (ui_signal_caught == SIGINT) ui_signal_caught = 0; /* a Ctrl-C meant for the editor */
    reset_prog_mode();
    clearok(curscr, TRUE);
    refresh();
    free(cmd);
    return pid > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int ui_textarea_external(struct ui_textarea *t, char *why, size_t whysz)
{
    char path[4096];
    if (write_temp(tt_area_text(&t->a), path, sizeof path)) {
        snprintf(why, whysz, _("cannot write a temporary file: %s"), strerror(errno));
        return -1;
    }
    int status = run_editor(path);
    char *text = NULL;
    size_t len;
    int rc = -1;
    if (status != 0)
        snprintf(why, whysz, "%s",
                 status == 127 ? _("the editor could not be started (set VISUAL or EDITOR)")
                               : _("the editor failed; the text was not changed"));
    else if (file_read_all(path, &text, &len))
        snprintf(why, whysz, _("cannot read the edited file: %s"), strerror(errno));
    else {
        if (len && text[len - 1] == '\n') text[len - 1] = '\0'; /* the editor's final newline */
        unsigned long before = t->a.rev;
        enum tt_area_result r = tt_area_replace(&t->a, text);
        rc = r == TT_AREA_NOMEM ? -1 : t->a.rev != before;
        if (r == TT_AREA_FULL)
            snprintf(why, whysz, "%s", _("the text was cut to the field's limit"));
        if (r == TT_AREA_NOMEM) snprintf(why, whysz, "%s", _("out of memory"));
    }
    free(text);
    unlink(path);
    return rc;
}
