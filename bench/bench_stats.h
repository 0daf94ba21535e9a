/* Medians and 99th percentiles of a set of timings, for the benchmark programs. */
#ifndef ITADESK_BENCH_STATS_H
#define ITADESK_BENCH_STATS_H

#include <stdlib.h>
#include <time.h>

static inline int bench_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sorts v[0..n) and returns its median. */
static inline double bench_median(double *v, size_t n)
{
    if (!n) return 0;
    qsort(v, n, sizeof *v, bench_cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The 99th percentile (nearest rank) of sorted v[0..n): the maximum below 100 samples. */
static inline double bench_p99(const double *v, size_t n)
{
    if (!n) return 0;
    size_t rank = (99 * n + 99) / 100; /* ceil(0.99 n) */
    return v[rank ? rank - 1 : 0];
}

static inline double bench_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

#endif
