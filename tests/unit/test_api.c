/* test_api.c -- the public embedding API, used exactly as an embedder
 * would: only include/ftpy.h. */
#include "ftpy.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int pass, fail;
#define CHECK(c) do { if (c) pass++; else { fail++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); if (ftpy_error_occurred()) ftpy_error_print(); } } while (0)

static ftpy_obj *c_add(void *ud, size_t n, ftpy_obj *const *a) {
    int64_t base = *(int64_t *)ud;
    int64_t s = base;
    for (size_t i = 0; i < n; i++)
        s += ftpy_to_int(a[i]);
    return ftpy_error_occurred() ? NULL : ftpy_int(s);
}

static ftpy_obj *c_fail(void *ud, size_t n, ftpy_obj *const *a) {
    ftpy_error_set("ValueError", "raised from C");
    return NULL;
}

static ftpy_obj *pinned;

static void *thread_body(void *arg) {
    long id = (long)arg;
    if (ftpy_thread_register() != 0)
        return (void *)1;
    ftpy_obj *fn = ftpy_get_global("square_sum");
    ftpy_obj *n = ftpy_int(1000 + id);
    ftpy_obj *r = fn ? ftpy_call(fn, 1, &n) : NULL;
    long expect = 0;
    for (long i = 0; i < 1000 + id; i++)
        expect += i * i;
    long bad = !r || ftpy_to_int(r) != expect;
    ftpy_thread_unregister();
    return (void *)bad;
}

static void *join_one(void *arg) {
    void *r = NULL;
    pthread_join(*(pthread_t *)arg, &r);
    return r;
}

int main(void) {
    ftpy_config cfg;
    ftpy_config_init(&cfg);
    CHECK(ftpy_initialize(&cfg) == 0);

    ftpy_obj *v = ftpy_run_string("6 * 7", FTPY_MODE_EVAL, NULL);
    CHECK(v && ftpy_to_int(v) == 42);
    CHECK(ftpy_run_string("x = [1, 2, 3]\ny = {'k': 'v'}", FTPY_MODE_EXEC, NULL) != NULL);
    ftpy_obj *x = ftpy_get_global("x");
    CHECK(x && strcmp(ftpy_type_name(x), "list") == 0);
    ftpy_obj *r = ftpy_repr(x);
    CHECK(r && strcmp(ftpy_to_utf8(r), "[1, 2, 3]") == 0);
    CHECK(ftpy_get_global("nope") == NULL && ftpy_error_occurred());
    ftpy_error_clear();

    CHECK(ftpy_run_string("1/0", FTPY_MODE_EVAL, NULL) == NULL);
    ftpy_obj *exc = ftpy_error_fetch();
    CHECK(exc && strcmp(ftpy_type_name(exc), "ZeroDivisionError") == 0);
    CHECK(!ftpy_error_occurred());

    int64_t base = 100;
    CHECK(ftpy_set_global("c_add", ftpy_function("c_add", c_add, &base)) == 0);
    CHECK(ftpy_set_global("c_fail", ftpy_function("c_fail", c_fail, NULL)) == 0);
    v = ftpy_run_string("c_add(1, 2, 3)", FTPY_MODE_EVAL, NULL);
    CHECK(v && ftpy_to_int(v) == 106);
    v = ftpy_run_string("c_add.__name__", FTPY_MODE_EVAL, NULL);
    CHECK(v && strcmp(ftpy_to_utf8(v), "c_add") == 0);
    v = ftpy_run_string("(lambda: [str(e) for e in [None] if True] and 0)()\n", FTPY_MODE_EVAL, NULL);
    CHECK(v != NULL);
    CHECK(ftpy_run_string("try:\n    c_fail()\nexcept ValueError as e:\n    msg = str(e)\n", FTPY_MODE_EXEC, NULL) != NULL);
    v = ftpy_get_global("msg");
    CHECK(v && strcmp(ftpy_to_utf8(v), "raised from C") == 0);

    ftpy_obj *items[3] = { ftpy_int(1), ftpy_str("two"), ftpy_float(3.5) };
    ftpy_obj *t = ftpy_tuple(3, items);
    r = ftpy_repr(t);
    CHECK(r && strcmp(ftpy_to_utf8(r), "(1, 'two', 3.5)") == 0);
    ftpy_obj *d = ftpy_dict();
    CHECK(ftpy_setitem(d, ftpy_str("k"), ftpy_int(5)) == 0);
    v = ftpy_getitem(d, ftpy_str("k"));
    CHECK(v && ftpy_to_int(v) == 5);
    v = ftpy_call_method(ftpy_str("a-b-c"), "split", 1, (ftpy_obj *[]){ ftpy_str("-") });
    CHECK(v && ftpy_truthy(v) == 1);
    ftpy_obj *mathmod = ftpy_import("math");
    ftpy_obj *pi = mathmod ? ftpy_getattr(mathmod, "pi") : NULL;
    CHECK(pi && ftpy_to_float(pi) > 3.14 && ftpy_to_float(pi) < 3.15);

    /* A pinned value survives collections although only a global holds it. */
    pinned = ftpy_list(3, items);
    ftpy_pin(&pinned);
    ftpy_run_string("import gc\nfor _ in range(3):\n    gc.collect()\n    junk = [[i] * 10 for i in range(20000)]\n", FTPY_MODE_EXEC, NULL);
    r = ftpy_repr(pinned);
    CHECK(r && strcmp(ftpy_to_utf8(r), "[1, 'two', 3.5]") == 0);
    ftpy_unpin(&pinned);

    /* Several C threads call into Python at once. */
    CHECK(ftpy_run_string("def square_sum(n):\n    return sum(i * i for i in range(n))\n", FTPY_MODE_EXEC, NULL) != NULL);
    pthread_t th[6];
    for (long i = 0; i < 6; i++)
        pthread_create(&th[i], NULL, thread_body, (void *)i);
    long bad = 0;
    for (int i = 0; i < 6; i++)
        bad += (long)ftpy_blocking(join_one, &th[i]);
    CHECK(bad == 0);

    CHECK(ftpy_source_complete("x = 1\n") == 1);
    CHECK(ftpy_source_complete("if x:\n") == 0);
    CHECK(ftpy_source_complete("(1,\n") == 0);
    CHECK(ftpy_source_complete("x = )\n") == -1);
    ftpy_error_clear();
    CHECK(strcmp(ftpy_version_string(), "3.13.0") == 0);
    CHECK(ftpy_gil_enabled() == 0);
    CHECK(ftpy_finalize() == 0);
    printf("%d passed, %d failed\n", pass, fail);
    return fail != 0;
}
