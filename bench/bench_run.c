/* bench_run: runs a command RUNS times as a whole process (stdout to /dev/null or a file)
 * and prints the median and 99th percentile of its wall-clock time and of its CPU time
 * (user + system, from wait4), in milliseconds:
 *     wall_median wall_p99 cpu_median cpu_p99
 * Usage: bench_run RUNS [-o FILE] COMMAND ARGS...    (one untimed warm-up run first) */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_stats.h"

static int run_once(char **argv, const char *out, double *wall, double *cpu)
{
    double t0 = bench_ms(CLOCK_MONOTONIC);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) _exit(126);
        dup2(fd, STDOUT_FILENO);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) != pid) return -1;
    *wall = bench_ms(CLOCK_MONOTONIC) - t0;
    *cpu = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench_run: %s exited with status %d\n", argv[0],
                WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: bench_run RUNS [-o FILE] COMMAND ARGS...\n", stderr);
        return 2;
    }
    int runs = atoi(argv[1]), at = 2;
    const char *out = "/dev/null";
    if (strcmp(argv[at], "-o") == 0 && argc > 4) {
        out = argv[at + 1];
        at += 2;
    }
    if (runs < 1) return 2;
    double *wall = calloc((size_t)runs, sizeof *wall), *cpu = calloc((size_t)runs, sizeof *cpu);
    double w, c;
    if (run_once(argv + at, out, &w, &c)) return 1; /* warm-up: the file in the page cache */
    for (int i = 0; i < runs; i++)
        if (run_once(argv + at, out, &wall[i], &cpu[i])) return 1;
    double wm = bench_median(wall, (size_t)runs), cm = bench_median(cpu, (size_t)runs);
    printf("%.1f %.1f %.1f %.1f\n", wm, bench_p99(wall, (size_t)runs), cm,
           bench_p99(cpu, (size_t)runs));
    free(wall);
    free(cpu);
    return 0;
}
