/* embed.c -- embedding ftpy in a C program through include/ftpy.h only.
 *
 * Build (after `make`):
 *   cc -Iinclude examples/embed.c build/release/libftpy.a -lgmp -lcrypto -lreadline -lm -lpthread -o embed
 *
 * It runs Python code, passes values both ways, exposes a C function to
 * Python, and calls Python from several C threads at once.
 */
#include "ftpy.h"

#include <pthread.h>
#include <stdio.h>

/* A C function Python can call: scale(x, k) -> x * k */
static ftpy_obj *c_scale(void *userdata, size_t nargs, ftpy_obj *const *args) {
    (void)userdata;
    if (nargs != 2) {
        ftpy_error_set("TypeError", "scale() takes exactly 2 arguments");
        return NULL;
    }
    int64_t x = ftpy_to_int(args[0]), k = ftpy_to_int(args[1]);
    if (ftpy_error_occurred())
        return NULL;
    return ftpy_int(x * k);
}

/* Joining blocks: do it through ftpy_blocking so that this registered
 * thread never holds up a garbage collection the workers need. */
static void *join_thread(void *arg) {
    pthread_join(*(pthread_t *)arg, NULL);
    return NULL;
}

static void *worker(void *arg) {
    long id = (long)arg;
    ftpy_thread_register();
    ftpy_obj *fn = ftpy_get_global("collatz_steps");
    ftpy_obj *n = ftpy_int(27 + id);
    ftpy_obj *r = fn ? ftpy_call(fn, 1, &n) : NULL;
    if (r)
        printf("thread %ld: collatz_steps(%ld) = %lld\n", id, 27 + id, (long long)ftpy_to_int(r));
    else
        ftpy_error_print();
    ftpy_thread_unregister();
    return NULL;
}

int main(int argc, char **argv) {
    ftpy_config cfg;
    ftpy_config_init(&cfg);
    cfg.argc = argc;
    cfg.argv = argv;
    if (ftpy_initialize(&cfg) != 0)
        return 1;

    ftpy_set_global("scale", ftpy_function("scale", c_scale, NULL));
    if (!ftpy_run_string(
            "def collatz_steps(n):\n"
            "    steps = 0\n"
            "    while n != 1:\n"
            "        n = n // 2 if n % 2 == 0 else 3 * n + 1\n"
            "        steps += 1\n"
            "    return steps\n"
            "greeting = 'hello from Python, ' + str(scale(6, 7))\n",
            FTPY_MODE_EXEC, NULL)) {
        ftpy_error_print();
        return 1;
    }
    ftpy_obj *g = ftpy_get_global("greeting");
    printf("%s\n", g ? ftpy_to_utf8(g) : "?");

    ftpy_obj *v = ftpy_run_string("sum(i * i for i in range(10))", FTPY_MODE_EVAL, NULL);
    printf("sum of squares: %lld\n", v ? (long long)ftpy_to_int(v) : -1LL);

    pthread_t th[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, worker, (void *)i);
    for (int i = 0; i < 4; i++)
        ftpy_blocking(join_thread, &th[i]);
    return ftpy_finalize();
}
