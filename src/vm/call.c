/* call.c -- the call protocol (abstract.h, "calls") and argument helpers
 * for C functions.
 *
 * Every call goes through the callee type's `call` slot (vector
 * convention, object.h). Python functions are recognised first so the
 * common case skips the C-stack check (the eval loop itself inlines
 * Python-to-Python calls; here we are being called from C). No global
 * state; thread-safe by construction.
 */
#include "core/ftcore.h"
#include "vm/frame.h"

static ft_obj *check_result(ft_obj *callable, ft_obj *r) {
    if (r) {
        if (FT_UNLIKELY(ft_err_occurred())) {
            ft_err_clear();
            ft_err_format(ft_exc_SystemError, "%R returned a result with an exception set", callable);
            return NULL;
        }
    } else if (FT_UNLIKELY(!ft_err_occurred())) {
        ft_err_format(ft_exc_SystemError, "%R returned NULL without setting an exception", callable);
    }
    return r;
}

ft_obj *ft_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) == 0)
        kwnames = NULL;
    ft_type *tp = FT_TYPE(callable);
    if (tp == &ft_function_type)
        return ft_function_vectorcall(callable, args, nargs, kwnames);
    ft_vectorfunc call = tp->call;
    if (!call) {
        ft_err_format(ft_exc_TypeError, "'%s' object is not callable", ft_type_name(tp));
        return NULL;
    }
    if (ft_check_c_stack("while calling a Python object") < 0)
        return NULL;
    return check_result(callable, call(callable, args, nargs, kwnames));
}

ft_obj *ft_call0(ft_obj *callable) { return ft_call(callable, NULL, 0, NULL); }
ft_obj *ft_call1(ft_obj *callable, ft_obj *a) {
    ft_obj *args[1] = {a};
    return ft_call(callable, args, 1, NULL);
}
ft_obj *ft_call2(ft_obj *callable, ft_obj *a, ft_obj *b) {
    ft_obj *args[2] = {a, b};
    return ft_call(callable, args, 2, NULL);
}
ft_obj *ft_call3(ft_obj *callable, ft_obj *a, ft_obj *b, ft_obj *c) {
    ft_obj *args[3] = {a, b, c};
    return ft_call(callable, args, 3, NULL);
}

ft_obj *ft_call_tuple_dict(ft_obj *callable, ft_obj *args_tuple, ft_obj *kwargs) {
    if (!args_tuple)
        args_tuple = ft_empty_tuple;
    if (!ft_tuple_check(args_tuple)) {
        ft_err_set_str(ft_exc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    ft_ssize n = ft_tuple_size(args_tuple);
    if (!kwargs || ft_dict_size(kwargs) == 0)
        return ft_call(callable, ft_tuple_items(args_tuple), (size_t)n, NULL);
    if (!ft_dict_check(kwargs)) {
        ft_err_set_str(ft_exc_TypeError, "keyword list must be a dictionary");
        return NULL;
    }
    /* snapshot the dict: it may change under us */
    ft_ssize cap = ft_dict_size(kwargs);
    ft_obj **buf = ft_gc_alloc((size_t)(n + cap + 1) * sizeof(ft_obj *), FT_GC_SCAN);
    ft_obj *names = ft_tuple_new(cap);
    if (!buf || !names)
        return NULL;
    memcpy(buf, ft_tuple_items(args_tuple), (size_t)n * sizeof(ft_obj *));
    ft_ssize pos = 0, k = 0;
    ft_obj *key, *value;
    while (k < cap && ft_dict_next(kwargs, &pos, &key, &value)) {
        if (!ft_str_check(key)) {
            ft_err_set_str(ft_exc_TypeError, "keywords must be strings");
            return NULL;
        }
        ft_tuple_items(names)[k] = key;
        buf[n + k] = value;
        k++;
    }
    if (k < cap) {
        ft_obj *t = ft_tuple_from_array(ft_tuple_items(names), k);
        if (!t)
            return NULL;
        names = t;
    }
    return ft_call(callable, buf, (size_t)n, k ? names : NULL);
}

ft_obj *ft_call_method(ft_obj *o, const char *name, ft_obj *const *args, size_t nargs) {
    ft_obj *n = ft_str_intern_cstr(name);
    if (!n)
        return NULL;
    bool is_method = false;
    ft_obj *m = ft_getmethod(o, n, &is_method);
    if (!m)
        return NULL;
    if (!is_method)
        return ft_call(m, args, nargs, NULL);
    ft_obj *small[8];
    ft_obj **buf = small;
    if (nargs + 1 > FT_ARRAY_LEN(small)) {
        buf = ft_gc_alloc((nargs + 1) * sizeof(ft_obj *), FT_GC_SCAN);
        if (!buf)
            return NULL;
    }
    buf[0] = o;
    if (nargs)
        memcpy(buf + 1, args, nargs * sizeof(ft_obj *));
    return ft_call(m, buf, nargs + 1, NULL);
}

ft_obj *ft_call_method0(ft_obj *o, const char *name) { return ft_call_method(o, name, NULL, 0); }
ft_obj *ft_call_method1(ft_obj *o, const char *name, ft_obj *a) {
    ft_obj *args[1] = {a};
    return ft_call_method(o, name, args, 1);
}

bool ft_callable(ft_obj *o) {
    return o && FT_TYPE(o)->call != NULL;
}

/* ---- argument parsing for C functions ------------------------------------------ */

int ft_parse_args(const char *fname, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                  const char *const *names, int npos_only, int nrequired, ft_obj **out) {
    int total = 0, npositional = 0;
    while (names[total]) {
        if (names[total][0] != '$')
            npositional = total + 1;
        total++;
    }
    for (int i = 0; i < total; i++)
        out[i] = NULL;
    bool has_kwonly = npositional < total;
    if (nargs > (size_t)npositional) {
        if (npositional == 0 && !has_kwonly)
            ft_err_format(ft_exc_TypeError, "%s() takes no arguments (%zd given)", fname, (ft_ssize)nargs);
        else if (npositional == 0)
            ft_err_format(ft_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            ft_err_format(ft_exc_TypeError, "%s() takes %s %d %sargument%s (%zd given)", fname,
                          nrequired >= npositional && !has_kwonly ? "exactly" : "at most", npositional,
                          has_kwonly ? "positional " : "", npositional == 1 ? "" : "s", (ft_ssize)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    for (ft_ssize k = 0; k < nkw; k++) {
        ft_obj *kn = ft_tuple_get(kwnames, k);
        if (!ft_str_check(kn)) {
            ft_err_format(ft_exc_TypeError, "%s() keywords must be strings", fname);
            return -1;
        }
        int j;
        for (j = npos_only; j < total; j++) {
            const char *pn = names[j][0] == '$' ? names[j] + 1 : names[j];
            if (ft_str_eq_cstr(kn, pn))
                break;
        }
        if (j == total) {
            ft_err_format(ft_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, kn);
            return -1;
        }
        if (out[j]) {
            ft_err_format(ft_exc_TypeError, "argument for %s() given by name ('%U') and position (%d)",
                          fname, kn, j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < nrequired && i < total; i++) {
        if (!out[i]) {
            const char *pn = names[i][0] == '$' ? names[i] + 1 : names[i];
            if (i < npos_only || (i < npositional && (size_t)i >= nargs && nkw == 0))
                ft_err_format(ft_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, pn, i + 1);
            else if (names[i][0] == '$')
                ft_err_format(ft_exc_TypeError, "%s() missing required keyword-only argument '%s'", fname, pn);
            else
                ft_err_format(ft_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, pn, i + 1);
            return -1;
        }
    }
    return 0;
}

int ft_check_positional(const char *fname, size_t nargs, ft_obj *kwnames, size_t min, size_t max) {
    if (kwnames && ft_tuple_size(kwnames) > 0) {
        ft_err_format(ft_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (max == 0)
        ft_err_format(ft_exc_TypeError, "%s() takes no arguments (%zd given)", fname, (ft_ssize)nargs);
    else if (min == max)
        ft_err_format(ft_exc_TypeError, "%s expected %zd argument%s, got %zd", fname, (ft_ssize)min,
                      min == 1 ? "" : "s", (ft_ssize)nargs);
    else if (nargs < min)
        ft_err_format(ft_exc_TypeError, "%s expected at least %zd argument%s, got %zd", fname,
                      (ft_ssize)min, min == 1 ? "" : "s", (ft_ssize)nargs);
    else
        ft_err_format(ft_exc_TypeError, "%s expected at most %zd argument%s, got %zd", fname,
                      (ft_ssize)max, max == 1 ? "" : "s", (ft_ssize)nargs);
    return -1;
}

/* "f()", "print()", "list.append()", or "'X' object" for messages about a
 * callable (CPython's _PyObject_FunctionStr). */
ft_obj *ft_vm_funcstr(ft_obj *callable) {
    ft_type *tp = FT_TYPE(callable);
    if (tp == &ft_builtin_function_type || tp == &ft_method_descr_type ||
        tp == &ft_classmethod_descr_type) {
        char buf[256];
        return ft_str_from_format("%s()", ft_builtin_qualname(callable, buf, sizeof buf));
    }
    ft_obj *qual = ft_getattr_opt(callable, ft_id(__qualname__));
    if (!qual) {
        if (ft_err_occurred())
            ft_err_clear();
        return ft_str_from_format("%s object", ft_type_name(tp));
    }
    if (!ft_str_check(qual))
        return ft_str_from_format("%s object", ft_type_name(tp));
    ft_obj *mod = ft_getattr_opt(callable, ft_id(__module__));
    if (!mod && ft_err_occurred())
        ft_err_clear();
    if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins"))
        return ft_str_from_format("%U.%U()", mod, qual);
    return ft_str_from_format("%U()", qual);
}
