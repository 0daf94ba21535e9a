#include "report_out.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "i18n.h"
#include "priv.h"
#include "text/tt_fit.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

static int write_all(int fd, const char *buf, size_t len)
{
    while (len) {
        ssize_t w = write(fd, buf, len);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        buf += w;
        len -= (size_t)w;
    }
    return 0;
}

/* The permissions a new file gets: 0666 less the umask. */
static mode_t new_file_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* What kind of thing st is, for a message; NULL for a regular file. */
static const char *not_regular(const struct stat *st)
{
    if (S_ISREG(st->st_mode)) return NULL;
    if (S_ISLNK(st->st_mode)) return _("a symbolic link");
    if (S_ISDIR(st->st_mode)) return _("a folder");
    if (S_ISFIFO(st->st_mode)) return _("a pipe (FIFO)");
    if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode)) return _("a device");
    return _("something other than a regular file");
}

/* With force, only a regular file (or nothing) may be at path: a symbolic link would be
 * replaced instead of its target, a device or FIFO by a plain file. lstat, so that a link
 * is seen as itself. 0 when fine to go on. */
static enum report_write check_target(const char *path, int force, char *err, size_t errsz)
{
    struct stat st;
    if (lstat(path, &st)) {
        if (errno == ENOENT) return REPORT_WRITTEN;
        snprintf(err, errsz, "%s: %s", path, strerror(errno));
        return REPORT_WRITE_FAILED;
    }
    if (!force) {
        snprintf(err, errsz, _("%s exists (use --force to replace it)"), path);
        return REPORT_EXISTS;
    }
    const char *what = not_regular(&st);
    if (!what) return REPORT_WRITTEN;
    snprintf(err, errsz,
             _("%s is %s: only a regular file is ever replaced; remove it or choose another "
               "name"),
             path, what);
    return REPORT_WRITE_FAILED;
}

enum report_write report_write_file(const char *path, const char *buf, size_t len, int force,
                                    char *err, size_t errsz)
{
    enum report_write w = check_target(path, force, err, errsz);
    if (w != REPORT_WRITTEN) return w;
    char *tmp = xasprintf("%s.tmp-XXXXXX", path); /* same folder: the rename stays atomic */
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errsz, "%s: %s", path, strerror(errno));
        free(tmp);
        return REPORT_WRITE_FAILED;
    }
    int rc = fchmod(fd, new_file_mode()) || write_all(fd, buf, len) || fsync(fd);
    int saved = errno;
    if (close(fd)) rc = -1;
    /* Checked again just before the rename: what is there may have changed meanwhile. */
    if (!rc && force && (w = check_target(path, force, err, errsz)) != REPORT_WRITTEN) {
        unlink(tmp);
        free(tmp);
        return w;
    }
    if (!rc) {
        if (force)
            rc = rename(tmp, path);
        else if ((rc = link(tmp, path)) == 0)
            unlink(tmp);
        saved = errno;
    }
    if (rc) unlink(tmp);
    free(tmp);
    if (!rc) return REPORT_WRITTEN;
    if (!force && saved == EEXIST) {
        snprintf(err, errsz, _("%s exists (use --force to replace it)"), path);
        return REPORT_EXISTS;
    }
    snprintf(err, errsz, "%s: %s", path, strerror(saved));
    return REPORT_WRITE_FAILED;
}

/* The child: stdin from the job pipe, stdout and stderr into the message pipe. */
static void exec_lp(int job, int msg, const char *printer, const char *title)
{
    const char *argv[8];
    int n = 0;
    argv[n++] = "lp";
    if (printer && *printer) {
        argv[n++] = "-d";
        argv[n++] = printer;
    }
    argv[n++] = "-t";
    argv[n++] = title && *title ? title : "itadesk";
    argv[n] = NULL;
    if (dup2(job, 0) < 0 || dup2(msg, 1) < 0 || dup2(msg, 2) < 0) _exit(127);
    priv_child_before_exec(); /* lp never holds the itadesk group */
    execvp("lp", (char *const *)argv);
    dprintf(2, "lp: %s", strerror(errno));
    _exit(127);
}

/* Reads what lp said (the first line is enough) into err. */
static void read_messages(int fd, char *err, size_t errsz)
{
    char buf[512];
    ssize_t n, used = 0;
    while ((n = read(fd, buf + used, sizeof buf - 1 - (size_t)used)) > 0 &&
           used + n < (ssize_t)sizeof buf - 1)
        used += n;
    buf[used > 0 ? used : 0] = '\0';
    char *nl = strchr(buf, '\n');
    if (nl) *nl = '\0';
    snprintf(err, errsz, "%s", buf);
}

static int lp_run(const char *printer, const char *title, const char *buf, size_t len, char *err,
                  size_t errsz)
{
    int job[2], msg[2];
    if (pipe(job)) goto fail;
    if (pipe(msg)) {
        close(job[0]);
        close(job[1]);
        goto fail;
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(job[1]);
        close(msg[0]);
        exec_lp(job[0], msg[1], printer, title);
    }
    close(job[0]);
    close(msg[1]);
    if (pid < 0) {
        close(job[1]);
        close(msg[0]);
        goto fail;
    }
    struct sigaction ign = {.sa_handler = SIG_IGN}, old;
    sigaction(SIGPIPE, &ign, &old); /* lp may exit before reading it all */
    int wrote = write_all(job[1], buf, len);
    close(job[1]);
    sigaction(SIGPIPE, &old, NULL);
    char said[512] = "";
    read_messages(msg[0], said, sizeof said);
    close(msg[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && wrote == 0) return 0;
    snprintf(err, errsz, _("printing failed: %s"), *said ? said : _("lp did not accept the job"));
    return -1;
fail:
    snprintf(err, errsz, _("printing failed: %s"), strerror(errno));
    return -1;
}

/* The job title as the print queue (lpstat, the CUPS web page, a printer's panel) will show
 * it: no escape sequence or control from the agency's name, and not endless. */
static char *safe_title(const char *title)
{
    char *clean = tt_sanitize(title && *title ? title : "itadesk", TT_SAN_SINGLE_LINE);
    char *cut = tt_truncate_cols(clean, REPORT_LP_TITLE_COLS, NULL);
    free(clean);
    return cut ? cut : xstrdup("itadesk");
}

int report_lp(const char *printer, const char *title, const char *buf, size_t len, char *err,
              size_t errsz)
{
    char *job_title = safe_title(title);
    int rc = lp_run(printer, job_title, buf, len, err, errsz);
    free(job_title);
    return rc;
}
