/* unit.h -- tiny harness for C unit tests of the runtime internals.
 *
 * A test file defines `static void run_tests(void)` that calls CHECK(...) and
 * includes this header; main() starts the runtime (main interpreter,
 * attached main thread), runs the tests and prints "N passed, N failed".
 */
#ifndef FT_UNIT_H
#define FT_UNIT_H

#include <stdio.h>
#include "core/ftcore.h"

static int unit_pass, unit_fail;

#define CHECK(cond) do { \
        if (cond) unit_pass++; \
        else { unit_fail++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
               if (ft_err_occurred()) { ft_obj *e_ = ft_err_fetch(); ft_err_print_exc(e_); } } \
    } while (0)

/* Compare a str object with a C string. */
#define CHECK_STR(obj, cstr) do { \
        ft_obj *o_ = (obj); \
        bool ok_ = o_ && ft_str_check(o_) && strcmp(ft_str_utf8(o_), (cstr)) == 0; \
        if (ok_) unit_pass++; \
        else { unit_fail++; fprintf(stderr, "%s:%d: CHECK_STR failed: %s == \"%s\" (got \"%s\")\n", __FILE__, __LINE__, \
               #obj, (cstr), (o_ && ft_str_check(o_)) ? ft_str_utf8(o_) : "<not a str>"); \
               if (ft_err_occurred()) { ft_obj *e_ = ft_err_fetch(); ft_err_print_exc(e_); } } \
    } while (0)

static void run_tests(void);

int ft_runtime_init(int argc, char **argv);   /* core/init.c */

int main(int argc, char **argv) {
    if (ft_runtime_init(argc, argv) < 0) {
        fprintf(stderr, "runtime init failed\n");
        return 2;
    }
    run_tests();
    printf("%d passed, %d failed\n", unit_pass, unit_fail);
    return unit_fail ? 1 : 0;
}

#endif
