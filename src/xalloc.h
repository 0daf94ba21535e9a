/* One allocation policy for the whole program: an allocation that fails ends the process
 * with a message, as htop's XUtils do. A terminal program for one user at a time has no
 * useful way to go on without memory, and hand-written out-of-memory paths were the least
 * tested code we had (they printed uninitialised buffers). The database is never left
 * half-written: every save is one transaction, which SQLite rolls back. */
#ifndef ITADESK_XALLOC_H
#define ITADESK_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
/* Like realloc, with an overflow check on n * size. */
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
