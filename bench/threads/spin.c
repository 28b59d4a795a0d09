/* spin.c -- the physical limit for the thread benchmarks: N threads each
 * doing a fixed amount of CPU work on private data (no sharing). Prints
 * "wall=<s> cpu=<s>" so the runner can compare it with ftpy's figures.
 * Usage: spin NTHREADS UNITS_PER_THREAD */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long units;

static double now(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

static void *work(void *arg) {
    volatile uint64_t x = (uintptr_t)arg + 1;
    for (long u = 0; u < units; u++)
        for (int i = 0; i < 1000; i++)
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return NULL;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1;
    units = argc > 2 ? atol(argv[2]) : 100000;
    pthread_t th[256];
    double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    for (int i = 0; i < n && i < 256; i++)
        pthread_create(&th[i], NULL, work, (void *)(uintptr_t)i);
    for (int i = 0; i < n && i < 256; i++)
        pthread_join(th[i], NULL);
    printf("wall=%.6f cpu=%.6f\n", now(CLOCK_MONOTONIC) - w0, now(CLOCK_PROCESS_CPUTIME_ID) - c0);
    return 0;
}
