#include "fileio.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int file_read_all(const char *path, char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 14, n = 0;
    char *s = xmalloc(cap);
    for (;;) {
        n += fread(s + n, 1, cap - n - 1, f);
        if (ferror(f)) break;
        if (feof(f)) {
            s[n] = '\0';
            fclose(f);
            *buf = s;
            *len = n;
            return 0;
        }
        s = xreallocarray(s, cap, 2);
        cap *= 2;
    }
    int saved = errno;
    free(s);
    fclose(f);
    errno = saved;
    return -1;
}

void file_make_parent_dirs(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        mkdir(dir, 0700);
        *p = '/';
    }
    mkdir(dir, 0700);
}

int file_write_atomic(const char *path, const char *text)
{
    file_make_parent_dirs(path);
    char *tmp = xasprintf("%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    int failed = !f;
    if (f) {
        failed = fputs(text, f) == EOF || fflush(f) != 0 || fsync(fileno(f)) != 0;
        failed |= fclose(f) != 0;
    }
    if (!failed && rename(tmp, path) == 0) {
        free(tmp);
        return 0;
    }
    int saved = errno;
    if (f) unlink(tmp);
    free(tmp);
    errno = saved;
    return -1;
}
