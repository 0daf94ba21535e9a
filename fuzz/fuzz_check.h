/* Shared by the harnesses: a failed invariant aborts, which libFuzzer reports as a crash. */
#ifndef ITADESK_FUZZ_CHECK_H
#define ITADESK_FUZZ_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libFuzzer's entry point, declared for -Wmissing-prototypes. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* NUL-terminated copy of the input up to its first NUL (the C-string APIs' view of it). */
static inline char *fuzz_cstr(const unsigned char *data, size_t size)
{
    size_t n = strnlen((const char *)data, size);
    char *s = malloc(n + 1);
    memcpy(s, data, n);
    s[n] = '\0';
    return s;
}

#endif
