#include "fileio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int file_read_all(const char *path, char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 14, n = 0;
    char *s = malloc(cap);
    while (s) {
        n += fread(s + n, 1, cap - n - 1, f);
        if (ferror(f)) break;
        if (feof(f)) {
            s[n] = '\0';
            fclose(f);
            *buf = s;
            *len = n;
            return 0;
        }
        char *bigger = realloc(s, cap * 2);
        if (!bigger) break;
        s = bigger;
        cap *= 2;
    }
    int saved = s ? errno : ENOMEM;
    free(s);
    fclose(f);
    errno = saved;
    return -1;
}
