#define _GNU_SOURCE /* getresgid, setresgid */
#include "priv.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int priv_start(void)
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s)) return -1;
    if (e == r && s == r) return 0;
    umask(007);
    /* effective = the user's, saved = itadesk: raised only around opening the database */
    if (setresgid((gid_t)-1, r, e == r ? s : e)) return -1;
    return getegid() == r ? 0 : -1;
}

int priv_setgid(void)
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s)) return 1; /* cannot tell: assume the careful case */
    return e != r || s != r;
}

int priv_raise(void)
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s)) return -1;
    return s == r ? 0 : setresgid((gid_t)-1, s, (gid_t)-1);
}

int priv_lower(void)
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s)) return -1;
    if (e != r && setresgid((gid_t)-1, r, (gid_t)-1)) return -1;
    return getegid() == r ? 0 : -1;
}

void priv_child_before_exec(void)
{
    gid_t r = getgid(), e, s;
    if (setresgid(r, r, r) != 0 || getresgid(&r, &e, &s) != 0 || e != r || s != r) _exit(126);
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = 3; fd < max; fd++)
        close(fd);
}

int priv_path_inside(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    if (path[0] != '/' || strncmp(path, dir, n) != 0 || path[n] != '/') return 0;
    for (const char *p = path + n; *p; p++) {
        if (*p != '/') continue;
        const char *c = p + 1;
        if (*c == '\0' || *c == '/' || (c[0] == '.' && (c[1] == '/' || c[1] == '\0')) ||
            (c[0] == '.' && c[1] == '.' && (c[2] == '/' || c[2] == '\0')))
            return 0;
    }
    return 1;
}
