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
        if (FT_UNLIKELY(ft_ts()->cur_exc != NULL)) {
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

/* ---- "Did you mean" for keyword arguments (CPython's suggestion metric:
 * Levenshtein with substitution cost 2, case-only change 1, at most a third
 * of the characters changed, names up to 40 bytes, fewer than 750
 * candidates). ---------------------------------------------------------------- */

#define SG_MOVE_COST 2
#define SG_CASE_COST 1
#define SG_MAX_STRING 40
#define SG_MAX_CANDIDATES 750

static ft_ssize sg_subst_cost(unsigned char a, unsigned char b) {
    if ((a & 31) != (b & 31))
        return SG_MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? SG_CASE_COST : SG_MOVE_COST;
}

static ft_ssize sg_distance(const unsigned char *a, ft_ssize na, const unsigned char *b, ft_ssize nb,
                            ft_ssize max_cost) {
    while (na && nb && a[0] == b[0]) {
        a++; b++; na--; nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--; nb--;
    }
    if (!na || !nb)
        return (na + nb) * SG_MOVE_COST;
    if (na > SG_MAX_STRING || nb > SG_MAX_STRING)
        return max_cost + 1;
    if (nb < na) {
        const unsigned char *t = a; a = b; b = t;
        ft_ssize tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * SG_MOVE_COST > max_cost)
        return max_cost + 1;
    ft_ssize row[SG_MAX_STRING];
    for (ft_ssize i = 0; i < na; i++)
        row[i] = (i + 1) * SG_MOVE_COST;
    ft_ssize result = 0;
    for (ft_ssize bi = 0; bi < nb; bi++) {
        ft_ssize distance = result = bi * SG_MOVE_COST;
        ft_ssize minimum = INTPTR_MAX;
        for (ft_ssize i = 0; i < na; i++) {
            ft_ssize substitute = distance + sg_subst_cost(b[bi], a[i]);
            distance = row[i];
            ft_ssize ins = (result < distance ? result : distance) + SG_MOVE_COST;
            result = ins < substitute ? ins : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* Closest of cands[0..n) (C strings) to `name`, or NULL. */
const char *ft_vm_suggest(const char *const *cands, ft_ssize n, ft_obj *name) {
    if (n >= SG_MAX_CANDIDATES || !ft_str_check(name))
        return NULL;
    const unsigned char *w = (const unsigned char *)ft_str_utf8(name);
    ft_ssize wn = FT_STR(name)->nbytes;
    const char *best = NULL;
    ft_ssize best_d = INTPTR_MAX;
    for (ft_ssize i = 0; i < n; i++) {
        const char *c = cands[i];
        ft_ssize cn = (ft_ssize)strlen(c);
        if (cn == wn && memcmp(c, w, (size_t)cn) == 0)
            continue;
        ft_ssize maxd = (wn + cn + 3) * SG_MOVE_COST / 6;
        if (best_d - 1 < maxd)
            maxd = best_d - 1;
        ft_ssize d = sg_distance(w, wn, (const unsigned char *)c, cn, maxd);
        if (d > maxd)
            continue;
        if (!best || d < best_d) {
            best = c;
            best_d = d;
        }
    }
    return best;
}

/* ---- argument parsing for C functions (CPython's _PyArg_UnpackKeywords
 * order of checks and messages) ------------------------------------------------ */

static const char *pname(const char *n) { return n[0] == '$' ? n + 1 : n; }

int ft_parse_args(const char *fname, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                  const char *const *names, int npos_only, int nrequired, ft_obj **out) {
    int maxargs = 0, maxpos = 0;
    while (names[maxargs]) {
        if (names[maxargs][0] != '$')
            maxpos = maxargs + 1;
        maxargs++;
    }
    int minpos = nrequired < maxpos ? nrequired : maxpos;
    int minposonly = npos_only < minpos ? npos_only : minpos;
    for (int i = 0; i < maxargs; i++)
        out[i] = NULL;
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    for (ft_ssize k = 0; k < nkw; k++) {
        if (!ft_str_check(ft_tuple_get(kwnames, k))) {
            ft_err_set_str(ft_exc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    if ((ft_ssize)nargs + nkw > maxargs) {
        ft_err_format(ft_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, maxargs,
                      nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", (ft_ssize)nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)maxpos) {
        if (maxpos == 0)
            ft_err_format(ft_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            ft_err_format(ft_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                          minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s",
                          (ft_ssize)nargs);
        return -1;
    }
    if (nargs < (size_t)minposonly) {
        ft_err_format(ft_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                      minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
                      (ft_ssize)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    ft_ssize left = nkw;
    for (int i = (int)nargs > npos_only ? (int)nargs : npos_only; i < maxargs; i++) {
        if (left) {
            for (ft_ssize k = 0; k < nkw; k++) {
                if (ft_str_eq_cstr(ft_tuple_get(kwnames, k), pname(names[i]))) {
                    out[i] = args[nargs + k];
                    left--;
                    break;
                }
            }
        }
        if (!out[i] && i < nrequired) {
            ft_err_format(ft_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                          pname(names[i]), i + 1);
            return -1;
        }
    }
    if (left > 0) {
        for (int i = npos_only; i < (int)nargs; i++) {
            for (ft_ssize k = 0; k < nkw; k++) {
                if (ft_str_eq_cstr(ft_tuple_get(kwnames, k), pname(names[i]))) {
                    ft_err_format(ft_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                                  fname, pname(names[i]), i + 1);
                    return -1;
                }
            }
        }
        for (ft_ssize k = 0; k < nkw; k++) {
            ft_obj *kn = ft_tuple_get(kwnames, k);
            bool known = false;
            for (int i = npos_only; i < maxargs && !known; i++)
                known = ft_str_eq_cstr(kn, pname(names[i]));
            if (known)
                continue;
            const char *cands[64];
            int nc = 0;
            for (int i = npos_only; i < maxargs && nc < 64; i++)
                cands[nc++] = pname(names[i]);
            const char *sug = ft_vm_suggest(cands, nc, kn);
            if (sug)
                ft_err_format(ft_exc_TypeError, "%s() got an unexpected keyword argument '%U'. Did you mean '%s'?",
                              fname, kn, sug);
            else
                ft_err_format(ft_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, kn);
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
        return ft_str_from_format("%s()", ft_builtin_funcstr(callable, buf, sizeof buf));
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
