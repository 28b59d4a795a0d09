/* atexitmodule.c -- the atexit module over interp->atexit_callbacks.
 *
 * The callback list is a per-interpreter Python list of (func, args,
 * kwargs-or-None) tuples; list operations lock themselves, so register and
 * unregister from any thread are safe. ftpy_finalize() runs the entries
 * last-registered first.
 */
#include "core/ftcore.h"

static ft_obj *atexit_register(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "register() takes at least 1 argument (0 given)");
    ft_obj *func = args[0];
    if (!ft_callable(func))
        return ft_err_format(ft_exc_TypeError, "the first argument must be callable");
    ft_obj *pos = ft_tuple_from_array(args + 1, (ft_ssize)nargs - 1);
    ft_obj *kw = ft_None;
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    if (nkw) {
        kw = ft_dict_new();
        for (ft_ssize i = 0; kw && i < nkw; i++)
            if (ft_dict_set(kw, ft_tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0)
                return NULL;
    }
    ft_obj *entry = (pos && kw) ? ft_tuple_pack(3, func, pos, kw) : NULL;
    if (!entry || ft_list_append(ft_interp_current()->atexit_callbacks, entry) < 0)
        return NULL;
    return func;
}

static ft_obj *atexit_unregister(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("unregister", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *cbs = ft_interp_current()->atexit_callbacks;
    for (ft_ssize i = ft_list_size(cbs) - 1; i >= 0; i--) {
        ft_obj *entry = ft_list_get(cbs, i);
        if (!entry) {
            ft_err_clear();
            continue;
        }
        int eq = ft_eq(ft_tuple_get(entry, 0), args[0]);
        if (eq < 0)
            return NULL;
        if (eq && !ft_list_pop(cbs, i))
            ft_err_clear();
    }
    return ft_None;
}

static ft_obj *atexit_run(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *cbs = ft_interp_current()->atexit_callbacks;
    while (ft_list_size(cbs) > 0) {
        ft_obj *entry = ft_list_pop(cbs, -1);
        if (!entry)
            return NULL;
        ft_obj *kw = ft_tuple_get(entry, 2);
        if (!ft_call_tuple_dict(ft_tuple_get(entry, 0), ft_tuple_get(entry, 1), kw == ft_None ? NULL : kw))
            ft_err_write_unraisable(ft_tuple_get(entry, 0));
    }
    return ft_None;
}

static ft_obj *atexit_clear(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *cbs = ft_interp_current()->atexit_callbacks;
    while (ft_list_size(cbs) > 0)
        if (!ft_list_pop(cbs, -1))
            return NULL;
    return ft_None;
}

static ft_obj *atexit_ncallbacks(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_int_from_i64(ft_list_size(ft_interp_current()->atexit_callbacks));
}

static const ft_method_def atexit_methods[] = {
    { "register", atexit_register, FT_METH_KEYWORDS, "Register a function to be executed upon normal program termination." },
    { "unregister", atexit_unregister, 0, NULL },
    { "_run_exitfuncs", atexit_run, FT_METH_NOARGS, NULL },
    { "_clear", atexit_clear, FT_METH_NOARGS, NULL },
    { "_ncallbacks", atexit_ncallbacks, FT_METH_NOARGS, NULL },
    { NULL }
};

const ft_module_def ft_atexit_module_def = {
    .name = "atexit",
    .doc = "allow programmer to define multiple exit functions to be executed upon normal program termination.",
    .methods = atexit_methods,
    .gil_safe = true,
};
