/* tracebackmodule.c -- _ftpy_traceback: the C traceback formatter (the one
 * the interpreter uses for uncaught exceptions) exposed to lib/traceback.py,
 * so that traceback.format_exc() and friends print exactly what an uncaught
 * exception prints. Stateless. */
#include "core/ftcore.h"

static ft_obj *tb_format(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("format_exception", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return ft_err_format_exc(args[0]);
}

static ft_obj *tb_format_only(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("format_exception_only", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return ft_err_format_exc_only(args[0]);
}

static const ft_method_def tb_methods[] = {
    { "format_exception", tb_format, 0, "Full traceback text of an exception and its chain." },
    { "format_exception_only", tb_format_only, 0, "The final 'Type: message' lines of an exception." },
    { NULL }
};

const ft_module_def ft__ftpy_traceback_module_def = {
    .name = "_ftpy_traceback",
    .doc = "The interpreter's traceback formatter.",
    .methods = tb_methods,
    .gil_safe = true,
};
