/* builtins.c -- the builtins module (ft_builtins_module_def).
 *
 * One module object per interpreter (ft_interp.builtins_module); its dict is
 * what frames use as __builtins__. Every function follows CPython 3.13's
 * behaviour and error messages. The builtin types (int, str, zip, ...) are
 * the static type objects of their own areas; this file only binds names.
 *
 * No module-level mutable state: the two helper types (exit/quit and help
 * objects, the anext() awaitable) are static types readied by the first
 * exec (at start-up, on the main thread) and immutable afterwards.
 */
#include "core/ftcore.h"
#include "modules/import.h"
#include "parser/ast.h"
#include "objects/exceptions.h"

#include <math.h>
#include <stdio.h>

static ft_ssize nkw(ft_obj *kwnames) { return kwnames ? ft_tuple_size(kwnames) : 0; }

static ft_obj *sys_attr(const char *name) {
    ft_interp *in = ft_interp_current();
    if (!in->sys_dict) return NULL;
    return ft_dict_get_cstr(in->sys_dict, name);
}

/* ---- simple one-argument functions ------------------------------------------------- */

static ft_obj *b_abs(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_absolute(a[0]); }
static ft_obj *b_ascii(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_ascii(a[0]); }
static ft_obj *b_repr(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_repr(a[0]); }
static ft_obj *b_callable(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_bool(ft_callable(a[0]));
}
static ft_obj *b_id(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_obj_id(a[0]); }
static ft_obj *b_hash(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    int64_t h = ft_hash(a[0]);
    if (h == -1) return NULL;
    return ft_int_from_i64(h);
}
static ft_obj *b_len(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_ssize l = ft_len(a[0]);
    if (l < 0) return NULL;
    return ft_int_from_i64(l);
}

static ft_obj *any_all(ft_obj *iterable, bool want) {
    ft_obj *it = ft_iter(iterable);
    if (!it) return NULL;
    ft_obj *x;
    while ((x = ft_iter_next(it))) {
        int t = ft_is_true(x);
        if (t < 0) return NULL;
        if ((bool)t == want) return ft_bool(want);
    }
    if (ft_err_occurred()) return NULL;
    return ft_bool(!want);
}
static ft_obj *b_all(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return any_all(a[0], false); }
static ft_obj *b_any(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return any_all(a[0], true); }

static ft_obj *to_base(ft_obj *o, int base, const char *prefix) {
    ft_obj *i = ft_index(o);
    if (!i) return NULL;
    ft_obj *s = ft_int_to_str(i, base);
    if (!s) return NULL;
    const char *t = ft_str_utf8(s);
    if (t[0] == '-') return ft_str_from_format("-%s%s", prefix, t + 1);
    return ft_str_from_format("%s%s", prefix, t);
}
static ft_obj *b_bin(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return to_base(a[0], 2, "0b"); }
static ft_obj *b_oct(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return to_base(a[0], 8, "0o"); }
static ft_obj *b_hex(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return to_base(a[0], 16, "0x"); }

static ft_obj *b_chr(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *i = ft_index(a[0]);
    if (!i) return NULL;
    int64_t v;
    int overflow = 0;
    if (ft_int_as_i64_overflow(i, &v, &overflow) < 0) return NULL;
    if (overflow || v < 0 || v > 0x10FFFF)
        return ft_err_format(ft_exc_ValueError, "chr() arg not in range(0x110000)");
    return ft_str_from_codepoint((uint32_t)v);
}

static ft_obj *b_ord(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *c = a[0];
    if (ft_str_check(c)) {
        ft_ssize len = ft_str_len(c);
        if (len == 1) return ft_smallint(ft_str_char_at(c, 0));
        return ft_err_format(ft_exc_TypeError, "ord() expected a character, but string of length %zd found",
                             len);
    }
    if (ft_bytes_check(c) || ft_bytearray_check(c)) {
        ft_buffer view;
        if (ft_get_buffer(c, &view) < 0) return NULL;
        ft_ssize len = view.len;
        int byte = len == 1 ? (unsigned char)view.buf[0] : -1;
        ft_release_buffer(&view);
        if (len == 1) return ft_smallint(byte);
        return ft_err_format(ft_exc_TypeError, "ord() expected a character, but string of length %zd found",
                             len);
    }
    return ft_err_format(ft_exc_TypeError, "ord() expected string of length 1, but %s found",
                         ft_type_name(FT_TYPE(c)));
}

/* ---- attributes ---------------------------------------------------------------------- */

static int check_attr_name(ft_obj *name) {
    if (!ft_str_check(name)) {
        ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%s'",
                      ft_type_name(FT_TYPE(name)));
        return -1;
    }
    return 0;
}

static ft_obj *b_getattr(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("getattr", n, k, 2, 3) < 0) return NULL;
    if (check_attr_name(a[1]) < 0) return NULL;
    if (n == 3) {
        ft_obj *r = ft_getattr_opt(a[0], a[1]);
        if (r) return r;
        if (ft_err_occurred()) return NULL;
        return a[2];
    }
    return ft_getattr(a[0], a[1]);
}
static ft_obj *b_setattr(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("setattr", n, k, 3, 3) < 0) return NULL;
    if (check_attr_name(a[1]) < 0) return NULL;
    if (ft_setattr(a[0], a[1], a[2]) < 0) return NULL;
    return ft_None;
}
static ft_obj *b_delattr(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("delattr", n, k, 2, 2) < 0) return NULL;
    if (check_attr_name(a[1]) < 0) return NULL;
    if (ft_setattr(a[0], a[1], NULL) < 0) return NULL;
    return ft_None;
}
static ft_obj *b_hasattr(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("hasattr", n, k, 2, 2) < 0) return NULL;
    if (check_attr_name(a[1]) < 0) return NULL;
    int r = ft_hasattr(a[0], a[1]);
    if (r < 0) return NULL;
    return ft_bool(r);
}

static ft_obj *b_dir(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("dir", n, k, 0, 1) < 0) return NULL;
    return ft_dir(n ? a[0] : NULL);
}

static ft_obj *b_vars(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("vars", n, k, 0, 1) < 0) return NULL;
    if (n == 0) {
        ft_obj *l = ft_frame_locals();
        if (!l && !ft_err_occurred()) ft_err_set_str(ft_exc_SystemError, "vars(): no locals!?");
        return l;
    }
    ft_obj *d = ft_getattr_opt(a[0], ft_id(__dict__));
    if (d) return d;
    if (!ft_err_occurred())
        ft_err_set_str(ft_exc_TypeError, "vars() argument must have __dict__ attribute");
    return NULL;
}

static ft_obj *b_globals(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *g = ft_frame_globals();
    if (!g && !ft_err_occurred()) return ft_None;
    return g;
}
static ft_obj *b_locals(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *l = ft_frame_locals();
    if (!l && !ft_err_occurred()) ft_err_set_str(ft_exc_SystemError, "locals(): no locals!?");
    return l;
}

/* ---- numbers ---------------------------------------------------------------------------- */

static ft_obj *b_divmod(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("divmod", n, k, 2, 2) < 0) return NULL;
    return ft_divmod(a[0], a[1]);
}

static ft_obj *b_pow(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    ft_obj *v[3];
    if (ft_parse_args("pow", a, n, k, names, 0, 2, v) < 0) return NULL;
    return ft_power(v[0], v[1], v[2] ? v[2] : ft_None);
}

static ft_obj *b_round(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"number", "ndigits", NULL};
    ft_obj *v[2];
    if (ft_parse_args("round", a, n, k, names, 0, 1, v) < 0) return NULL;
    ft_obj *meth = ft_lookup_special(v[0], ft_id(__round__));
    if (!meth) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "type %s doesn't define __round__ method",
                             ft_type_name(FT_TYPE(v[0])));
    }
    if (!v[1] || v[1] == ft_None) return ft_call0(meth);
    return ft_call1(meth, v[1]);
}

static ft_obj *b_sum(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"iterable", "start", NULL};
    ft_obj *v[2];
    if (n == 0)
        return ft_err_format(ft_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (ft_parse_args("sum", a, n, k, names, 1, 1, v) < 0) return NULL;
    ft_obj *result = v[1] ? v[1] : ft_smallint(0);
    if (v[1]) {
        if (ft_str_check(result))
            return ft_err_format(ft_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (ft_bytes_check(result))
            return ft_err_format(ft_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (ft_bytearray_check(result))
            return ft_err_format(ft_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    ft_obj *it = ft_iter(v[0]);
    if (!it) return NULL;
    ft_obj *item;

    /* Fast path: exact ints in a 64-bit accumulator. */
    if (ft_is_smallint(result)) {
        int64_t acc = ft_smallint_value(result);
        for (;;) {
            item = ft_iter_next(it);
            if (!item) {
                if (ft_err_occurred()) return NULL;
                return ft_int_from_i64(acc);
            }
            int64_t x;
            if (ft_is_smallint(item) || FT_TYPE(item) == &ft_bool_type) {
                x = ft_is_smallint(item) ? ft_smallint_value(item) : ((ft_bool_obj *)item)->value;
                int64_t s;
                if (!__builtin_add_overflow(acc, x, &s)) { acc = s; continue; }
            }
            result = ft_int_from_i64(acc);
            if (!result) return NULL;
            result = ft_binary_op(result, item, FT_BINOP_ADD);
            if (!result) return NULL;
            break;
        }
    }
    /* Float path: Neumaier compensated summation, as CPython 3.12+. */
    if (!ft_is_smallint(result) && FT_TYPE(result) == &ft_float_type) {
        double f = ((ft_float *)result)->value, c = 0.0;
        for (;;) {
            item = ft_iter_next(it);
            if (!item) {
                if (ft_err_occurred()) return NULL;
                if (c != 0.0 && isfinite(c)) f += c;
                return ft_float_new(f);
            }
            if (!ft_is_smallint(item) && FT_TYPE(item) == &ft_float_type) {
                double x = ((ft_float *)item)->value;
                double t = f + x;
                if (fabs(f) >= fabs(x)) c += (f - t) + x;
                else c += (x - t) + f;
                f = t;
                continue;
            }
            if (ft_int_check(item)) {
                int64_t iv;
                int overflow = 0;
                if (ft_int_as_i64_overflow(item, &iv, &overflow) == 0 && !overflow) {
                    f += (double)iv;
                    continue;
                }
                if (ft_err_occurred()) return NULL;
            }
            if (c != 0.0 && isfinite(c)) f += c;
            result = ft_float_new(f);
            if (!result) return NULL;
            result = ft_binary_op(result, item, FT_BINOP_ADD);
            if (!result) return NULL;
            break;
        }
    }
    for (;;) {
        item = ft_iter_next(it);
        if (!item) {
            if (ft_err_occurred()) return NULL;
            return result;
        }
        result = ft_binary_op(result, item, FT_BINOP_ADD);
        if (!result) return NULL;
    }
}

/* ---- min / max ---------------------------------------------------------------------------- */

static ft_obj *min_max(ft_obj *const *a, size_t n, ft_obj *kwnames, int op, const char *name) {
    ft_obj *key = NULL, *deflt = NULL;
    ft_ssize nk = nkw(kwnames);
    for (ft_ssize i = 0; i < nk; i++) {
        ft_obj *kn = ft_tuple_get(kwnames, i);
        if (ft_str_eq_cstr(kn, "key")) key = a[n + (size_t)i];
        else if (ft_str_eq_cstr(kn, "default")) deflt = a[n + (size_t)i];
        else return ft_err_format(ft_exc_TypeError, "%s() got an unexpected keyword argument '%U'", name, kn);
    }
    if (n == 0)
        return ft_err_format(ft_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (n > 1 && deflt)
        return ft_err_format(ft_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == ft_None) key = NULL;
    ft_obj *it = n == 1 ? ft_iter(a[0]) : ft_iter(ft_tuple_from_array(a, (ft_ssize)n));
    if (!it) return NULL;
    ft_obj *best = NULL, *best_key = NULL, *item;
    while ((item = ft_iter_next(it))) {
        ft_obj *kv = item;
        if (key) {
            kv = ft_call1(key, item);
            if (!kv) return NULL;
        }
        if (!best) {
            best = item;
            best_key = kv;
            continue;
        }
        int c = ft_richcompare_bool(kv, best_key, op);
        if (c < 0) return NULL;
        if (c) {
            best = item;
            best_key = kv;
        }
    }
    if (ft_err_occurred()) return NULL;
    if (!best) {
        if (deflt) return deflt;
        return ft_err_format(ft_exc_ValueError, "%s() iterable argument is empty", name);
    }
    return best;
}
static ft_obj *b_max(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return min_max(a, n, k, FT_GT, "max"); }
static ft_obj *b_min(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return min_max(a, n, k, FT_LT, "min"); }

/* ---- iteration ------------------------------------------------------------------------------ */

static ft_obj *b_iter(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("iter", n, k, 1, 2) < 0) return NULL;
    if (n == 1) return ft_iter(a[0]);
    if (!ft_callable(a[0]))
        return ft_err_format(ft_exc_TypeError, "iter(v, w): v must be callable");
    return ft_calliter_new(a[0], a[1]);
}

static ft_obj *b_next(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("next", n, k, 1, 2) < 0) return NULL;
    ft_obj *it = a[0];
    ft_type *t = FT_TYPE(it);
    if (!t->iternext)
        return ft_err_format(ft_exc_TypeError, "'%s' object is not an iterator", ft_type_name(t));
    ft_obj *r = t->iternext(it);
    if (r) return r;
    if (ft_err_occurred()) {
        if (n < 2 || !ft_err_matches((ft_obj *)ft_exc_StopIteration)) return NULL;
        ft_err_clear();
        return a[1];
    }
    if (n == 2) return a[1];
    ft_err_set_none(ft_exc_StopIteration);
    return NULL;
}

static ft_obj *b_sorted(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"iterable", "$key", "$reverse", NULL};
    if (n != 1) return ft_err_format(ft_exc_TypeError, "sorted expected 1 argument, got %zu", n);
    ft_obj *v[3];
    if (ft_parse_args("sort", a, n, k, names, 1, 1, v) < 0) return NULL;
    ft_obj *list = ft_sequence_list(v[0]);
    if (!list) return NULL;
    /* The sequence protocol may hand back the same list for list input. */
    if (list == v[0]) {
        list = ft_list_from_iterable(v[0]);
        if (!list) return NULL;
    }
    int rev = 0;
    if (v[2]) {
        rev = ft_is_true(v[2]);
        if (rev < 0) return NULL;
    }
    ft_obj *key = (v[1] && v[1] != ft_None) ? v[1] : NULL;
    if (ft_list_sort(list, key, rev) < 0) return NULL;
    return list;
}

static ft_obj *b_aiter(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *meth = ft_lookup_special(a[0], ft_id(__aiter__));
    if (!meth) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "'%s' object is not an async iterable",
                             ft_type_name(FT_TYPE(a[0])));
    }
    ft_obj *r = ft_call0(meth);
    if (!r) return NULL;
    if (!ft_type_lookup(FT_TYPE(r), ft_id(__anext__))) {
        return ft_err_format(ft_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                             ft_type_name(FT_TYPE(r)));
    }
    return r;
}

/* anext(it, default): an awaitable that forwards to it.__anext__()'s
 * awaitable and turns StopAsyncIteration into StopIteration(default). */
typedef struct anext_aw { ft_obj ob; ft_obj *wrapped; ft_obj *inner; ft_obj *deflt; } anext_aw;

static ft_obj *aw_inner(anext_aw *s) {
    if (s->inner) return s->inner;
    ft_obj *w = s->wrapped;
    if (FT_TYPE(w) == &ft_coroutine_type || FT_TYPE(w) == &ft_generator_type) {
        s->inner = w;
        return w;
    }
    ft_obj *meth = ft_lookup_special(w, ft_id(__await__));
    if (!meth) {
        if (!ft_err_occurred())
            ft_err_format(ft_exc_TypeError, "'%s' object can't be awaited", ft_type_name(FT_TYPE(w)));
        return NULL;
    }
    ft_obj *it = ft_call0(meth);
    if (!it) return NULL;
    s->inner = it;
    return it;
}

static ft_obj *aw_result(anext_aw *s, ft_obj *r) {
    if (r) return r;
    if (ft_err_matches((ft_obj *)ft_exc_StopAsyncIteration)) {
        ft_err_clear();
        ft_err_set_stop_iteration(s->deflt);
    }
    return NULL;
}

static ft_obj *aw_send(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    anext_aw *s = (anext_aw *)self;
    ft_obj *inner = aw_inner(s);
    if (!inner) return aw_result(s, NULL);
    ft_obj *v = args[0];
    if (v == ft_None && FT_TYPE(inner)->iternext) {
        ft_obj *r = FT_TYPE(inner)->iternext(inner);
        if (!r && !ft_err_occurred()) ft_err_set_stop_iteration(ft_None);
        return aw_result(s, r);
    }
    return aw_result(s, ft_call_method1(inner, "send", v));
}
static ft_obj *aw_next(ft_obj *self) {
    ft_obj *none = ft_None;
    return aw_send(self, &none, 1, NULL);
}
static ft_obj *aw_throw(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    anext_aw *s = (anext_aw *)self;
    if (ft_check_positional("throw", nargs, kw, 1, 3) < 0) return NULL;
    ft_obj *inner = aw_inner(s);
    if (!inner) return aw_result(s, NULL);
    return aw_result(s, ft_call_method(inner, "throw", args, nargs));
}
static ft_obj *aw_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    anext_aw *s = (anext_aw *)self;
    ft_obj *inner = aw_inner(s);
    if (!inner) return NULL;
    ft_obj *meth = ft_getattr_opt(inner, ft_id(close));
    if (!meth) return ft_err_occurred() ? NULL : ft_None;
    return ft_call0(meth);
}
static ft_obj *aw_self(ft_obj *self) { return self; }
static ft_obj *aw_await(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return self; }

static const ft_method_def aw_methods[] = {
    {"send", aw_send, FT_METH_O, NULL},
    {"throw", aw_throw, FT_METH_VARARGS, NULL},
    {"close", aw_close, FT_METH_NOARGS, NULL},
    {"__await__", aw_await, FT_METH_NOARGS, NULL},
    {NULL}
};
static ft_type anext_awaitable_type = {
    FT_TYPE_HEAD_INIT,
    .name = "anext_awaitable",
    .basicsize = sizeof(anext_aw),
    .iter = aw_self,
    .iternext = aw_next,
    .methods = aw_methods,
};

static ft_obj *b_anext(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("anext", n, k, 1, 2) < 0) return NULL;
    ft_obj *meth = ft_lookup_special(a[0], ft_id(__anext__));
    if (!meth) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "'%s' object is not an async iterator",
                             ft_type_name(FT_TYPE(a[0])));
    }
    ft_obj *awaitable = ft_call0(meth);
    if (!awaitable || n == 1) return awaitable;
    anext_aw *s = (anext_aw *)ft_obj_alloc(&anext_awaitable_type, sizeof(anext_aw));
    if (!s) return NULL;
    s->wrapped = awaitable;
    s->deflt = a[1];
    return (ft_obj *)s;
}

/* ---- isinstance / issubclass / format ---------------------------------------------------- */

static ft_obj *b_isinstance(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("isinstance", n, k, 2, 2) < 0) return NULL;
    int r = ft_isinstance(a[0], a[1]);
    if (r < 0) return NULL;
    return ft_bool(r);
}
static ft_obj *b_issubclass(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("issubclass", n, k, 2, 2) < 0) return NULL;
    int r = ft_issubclass(a[0], a[1]);
    if (r < 0) return NULL;
    return ft_bool(r);
}

static ft_obj *b_format(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("format", n, k, 1, 2) < 0) return NULL;
    ft_obj *v[2] = {a[0], n > 1 ? a[1] : NULL};
    if (v[1] && !ft_str_check(v[1]))
        return ft_err_format(ft_exc_TypeError, "format() argument 2 must be str, not %s",
                             ft_type_name(FT_TYPE(v[1])));
    return ft_format(v[0], v[1]);
}

/* ---- compile / eval / exec ---------------------------------------------------------------- */

/* Source text of compile/eval/exec: str as is, bytes-like decoded as UTF-8.
 * The text points into GC memory kept alive by the holder object. */
static int source_text(ft_obj *o, const char *fname, const char *what, const char **src,
                       ft_ssize *len, ft_obj **holder) {
    if (ft_str_check(o)) {
        *holder = o;
        *src = ft_str_utf8(o);
        *len = FT_STR(o)->nbytes;
    } else if (ft_bytes_check(o) || ft_bytearray_check(o) ||
               ft_type_is_subtype(FT_TYPE(o), &ft_memoryview_type)) {
        ft_buffer view;
        if (ft_get_buffer(o, &view) < 0) return -1;
        ft_obj *copy = ft_bytes_new(view.buf, view.len);
        ft_release_buffer(&view);
        if (!copy) return -1;
        *holder = copy;
        *src = ft_bytes_data(copy);
        *len = ft_bytes_size(copy);
    } else {
        ft_err_format(ft_exc_TypeError, "%s() arg 1 must be a %s object", fname, what);
        return -1;
    }
    if ((ft_ssize)strlen(*src) != *len) {
        ft_err_set_str(ft_exc_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

static int parse_mode(ft_obj *mode, const char *fname) {
    if (!ft_str_check(mode)) {
        ft_err_format(ft_exc_TypeError, "%s() argument 'mode' must be str, not %s", fname,
                      ft_type_name(FT_TYPE(mode)));
        return -1;
    }
    if (ft_str_eq_cstr(mode, "exec")) return FT_PARSE_EXEC;
    if (ft_str_eq_cstr(mode, "eval")) return FT_PARSE_EVAL;
    if (ft_str_eq_cstr(mode, "single")) return FT_PARSE_SINGLE;
    ft_err_format(ft_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
}

#define PyCF_ONLY_AST 0x0400

static ft_obj *b_compile(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "$_feature_version", NULL};
    ft_obj *v[7];
    if (ft_parse_args("compile", a, n, k, names, 0, 3, v) < 0) return NULL;
    int64_t flags = 0;
    if (v[3]) {
        flags = ft_int_as_i64(v[3]);
        if (flags == -1 && ft_err_occurred()) return NULL;
    }
    if ((flags & PyCF_ONLY_AST) && ft_str_check(v[2]) && !ft_str_eq_cstr(v[2], "exec") &&
        !ft_str_eq_cstr(v[2], "eval") && !ft_str_eq_cstr(v[2], "single")) {
        /* with PyCF_ONLY_AST CPython also knows 'func_type' (built by _ast._parse) */
        if (ft_str_eq_cstr(v[2], "func_type")) {
            ft_obj *ast = ft_import_module_cstr("_ast");
            ft_obj *fn = ast ? ft_getattr_cstr(ast, "_parse") : NULL;
            return fn ? ft_call3(fn, v[0], v[1], v[2]) : NULL;
        }
        return ft_err_format(ft_exc_ValueError,
                             "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    }
    if (ft_str_check(v[2]) && ft_str_eq_cstr(v[2], "func_type"))
        return ft_err_format(ft_exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    int mode = parse_mode(v[2], "compile");
    if (mode < 0) return NULL;
    /* CPython's PyCF_MASK (the __future__ CO_FUTURE_* bits), CO_NESTED and
     * PyCF_COMPILE_MASK; the future flags are accepted and have no effect. */
    if (flags & ~(int64_t)(0x1FE0000 | 0x10 | 0xFC00))
        return ft_err_format(ft_exc_ValueError, "compile(): unrecognised flags");
    ft_obj *filename = v[1];
    if (!ft_str_check(filename)) {
        if (ft_bytes_check(filename)) {
            filename = ft_str_new(ft_bytes_data(filename), ft_bytes_size(filename));
            if (!filename) return NULL;
        } else {
            ft_obj *fs = ft_lookup_special(filename, ft_id(__fspath__));
            if (!fs) {
                if (ft_err_occurred()) return NULL;
                return ft_err_format(ft_exc_TypeError,
                                     "expected str, bytes or os.PathLike object, not %s",
                                     ft_type_name(FT_TYPE(filename)));
            }
            filename = ft_call0(fs);
            if (!filename) return NULL;
            if (!ft_str_check(filename))
                return ft_err_format(ft_exc_TypeError, "expected str, bytes or os.PathLike object");
        }
    }
    int optimize = -1;
    if (v[5]) {
        int64_t o = ft_int_as_i64(v[5]);
        if (o == -1 && ft_err_occurred()) return NULL;
        if (o < -1 || o > 2) return ft_err_format(ft_exc_ValueError, "compile(): invalid optimize value");
        optimize = (int)o;
    }
    (void)optimize;
    if (FT_TYPE(v[0]) == &ft_code_type) return v[0];
    if (ft_ast_check(v[0])) {
        /* an ast tree: returned as is with PyCF_ONLY_AST (after checking it
         * converts), else compiled */
        ft_mod *mod = ft_ast_from_object(v[0], mode);
        if (!mod) return NULL;
        if ((flags & PyCF_ONLY_AST) && (flags & 0x8000)) {
            /* PyCF_OPTIMIZED_AST: a folded copy; the given tree is left alone */
            ft_obj *copy = ft_ast_to_object(mod);
            ft_obj *ast = copy ? ft_import_module_cstr("ast") : NULL;
            ft_obj *fold = ast ? ft_getattr_cstr(ast, "_optimize_tree") : NULL;
            return fold ? ft_call2(fold, copy, ft_int_from_i64(optimize < 0 ? 0 : optimize)) : NULL;
        }
        if (flags & PyCF_ONLY_AST) return v[0];
        return ft_compile_ast(mod, filename, mode, 0, optimize);
    }
    if (flags & PyCF_ONLY_AST) {
        ft_obj *ast = ft_import_module_cstr("_ast");
        ft_obj *fn = ast ? ft_getattr_cstr(ast, "_parse") : NULL;
        if (!fn) return NULL;
        ft_obj *src_obj = v[0];
        if (!ft_str_check(src_obj) && !ft_bytes_check(src_obj)) {
            const char *s;
            ft_ssize l;
            ft_obj *holder;
            if (source_text(src_obj, "compile", "string, bytes or AST", &s, &l, &holder) < 0) return NULL;
            src_obj = holder;
        }
        ft_obj *pargs[5] = {src_obj, filename, v[2], ft_int_from_i64(flags), ft_int_from_i64(optimize)};
        return ft_call(fn, pargs, 5, NULL);
    }
    const char *src;
    ft_ssize len;
    ft_obj *holder;
    if (!ft_str_check(v[0]) && !ft_bytes_check(v[0]) && !ft_bytearray_check(v[0]) &&
        !ft_type_is_subtype(FT_TYPE(v[0]), &ft_memoryview_type))
        return ft_err_format(ft_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (source_text(v[0], "compile", "string, bytes or AST", &src, &len, &holder) < 0) return NULL;
    return ft_compile_source(src, len, filename, mode, 0);
}

/* Resolves the namespaces of eval/exec. Returns 0 or -1. */
static int eval_namespaces(const char *fname, ft_obj **globals, ft_obj **locals, bool is_exec) {
    ft_obj *g = *globals, *l = *locals;
    if (g == ft_None) g = NULL;
    if (l == ft_None) l = NULL;
    if (g && !ft_dict_check(g)) {
        if (is_exec)
            ft_err_format(ft_exc_TypeError, "exec() globals must be a dict, not %s", ft_type_name(FT_TYPE(g)));
        else
            ft_err_format(ft_exc_TypeError, "globals must be a %s",
                          l ? "real dict; try eval(expr, {}, mapping)" : "dict");
        return -1;
    }
    if (l && !(ft_dict_check(l) || FT_TYPE(l)->subscript)) {
        if (is_exec)
            ft_err_format(ft_exc_TypeError, "locals must be a mapping or None, not %s",
                          ft_type_name(FT_TYPE(l)));
        else
            ft_err_format(ft_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (!g) {
        g = ft_frame_globals();
        if (!g) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_SystemError, "%s(): no globals", fname);
            return -1;
        }
        if (!l) {
            l = ft_frame_locals();
            if (!l) {
                if (!ft_err_occurred()) l = g;
                else return -1;
            }
        }
    } else if (!l) {
        l = g;
    }
    int has = ft_dict_contains(g, ft_id(__builtins__));
    if (has < 0) return -1;
    if (!has) {
        ft_obj *b = ft_frame_builtins();
        if (!b) {
            if (ft_err_occurred()) return -1;
            b = ft_interp_current()->builtins;
        }
        if (ft_dict_set(g, ft_id(__builtins__), b) < 0) return -1;
    }
    *globals = g;
    *locals = l;
    return 0;
}

static ft_obj *eval_exec(ft_obj *const *a, size_t n, ft_obj *k, bool is_exec) {
    const char *fname = is_exec ? "exec" : "eval";
    static const char *const enames[] = {"source", "globals", "locals", NULL};
    static const char *const xnames[] = {"source", "globals", "locals", "$closure", NULL};
    ft_obj *v[4] = {NULL, NULL, NULL, NULL};
    if (ft_parse_args(fname, a, n, k, is_exec ? xnames : enames, 1, 1, v) < 0) return NULL;
    ft_obj *globals = v[1] ? v[1] : ft_None, *locals = v[2] ? v[2] : ft_None;
    if (eval_namespaces(fname, &globals, &locals, is_exec) < 0) return NULL;
    ft_obj *src = v[0];
    ft_obj *code;
    ft_obj *closure = (v[3] && v[3] != ft_None) ? v[3] : NULL;
    if (FT_TYPE(src) == &ft_code_type) {
        ft_ssize nfree = FT_CODE(src)->nfree;
        if (!is_exec && nfree > 0)
            return ft_err_format(ft_exc_TypeError,
                                 "code object passed to eval() may not contain free variables");
        if (is_exec && nfree == 0 && closure)
            return ft_err_format(ft_exc_TypeError, "cannot use a closure with this code object");
        if (is_exec && nfree > 0) {
            bool ok = closure && ft_tuple_check(closure) && ft_tuple_size(closure) == nfree;
            for (ft_ssize i = 0; ok && i < nfree; i++)
                if (FT_TYPE(ft_tuple_get(closure, i)) != &ft_cell_type) ok = false;
            if (!ok)
                return ft_err_format(ft_exc_TypeError,
                                     "code object requires a closure of exactly length %zd", nfree);
            /* Run it as a function over those cells (its own locals, like
             * CPython's PyEval_EvalCodeEx with a closure). */
            ft_obj *fn = ft_function_new(src, globals, FT_CODE(src)->qualname);
            if (!fn) return NULL;
            ((ft_function *)fn)->closure = closure;
            if (!ft_call0(fn)) return NULL;
            return ft_None;
        }
        code = src;
    } else {
        if (closure)
            return ft_err_format(ft_exc_TypeError, "closure can only be used when source is a code object");
        if (!ft_str_check(src) && !ft_bytes_check(src) && !ft_bytearray_check(src) &&
            !ft_type_is_subtype(FT_TYPE(src), &ft_memoryview_type))
            return ft_err_format(ft_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        const char *text;
        ft_ssize len;
        ft_obj *holder;
        if (source_text(src, fname, "string, bytes or code", &text, &len, &holder) < 0) return NULL;
        if (!is_exec) {
            while (len > 0 && (*text == ' ' || *text == '\t')) { text++; len--; }
        }
        code = ft_compile_source(text, len, ft_str_intern_cstr("<string>"),
                                 is_exec ? FT_PARSE_EXEC : FT_PARSE_EVAL, 0);
        if (!code) return NULL;
    }
    ft_obj *r = ft_eval_code(code, globals, locals);
    if (!r) return NULL;
    return is_exec ? ft_None : r;
}
static ft_obj *b_eval(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return eval_exec(a, n, k, false); }
static ft_obj *b_exec(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return eval_exec(a, n, k, true); }

/* ---- I/O ------------------------------------------------------------------------------------ */

/* Interned " " and "\n" (immortal), set once at start-up. */
static ft_obj *str_space, *str_newline;

static ft_obj *b_print(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    ft_ssize nk = nkw(k);
    for (ft_ssize i = 0; i < nk; i++) {
        ft_obj *kn = ft_tuple_get(k, i), *val = a[n + (size_t)i];
        if (ft_str_eq_cstr(kn, "sep")) sep = val;
        else if (ft_str_eq_cstr(kn, "end")) end = val;
        else if (ft_str_eq_cstr(kn, "file")) file = val;
        else if (ft_str_eq_cstr(kn, "flush")) flush = val;
        else return ft_err_format(ft_exc_TypeError, "print() got an unexpected keyword argument '%U'", kn);
    }
    if (!file || file == ft_None) {
        file = sys_attr("stdout");
        if (!file) {
            if (ft_err_occurred()) return NULL;
            return ft_err_format(ft_exc_RuntimeError, "lost sys.stdout");
        }
        if (file == ft_None) return ft_None;
    }
    if (sep == ft_None) sep = NULL;
    if (end == ft_None) end = NULL;
    if (sep && !ft_str_check(sep))
        return ft_err_format(ft_exc_TypeError, "sep must be None or a string, not %s", ft_type_name(FT_TYPE(sep)));
    if (end && !ft_str_check(end))
        return ft_err_format(ft_exc_TypeError, "end must be None or a string, not %s", ft_type_name(FT_TYPE(end)));
    ft_obj *write = ft_getattr(file, ft_id(write));
    if (!write) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (!ft_call1(write, sep ? sep : str_space)) return NULL;
        }
        ft_obj *s = ft_str(a[i]);
        if (!s || !ft_call1(write, s)) return NULL;
    }
    if (!ft_call1(write, end ? end : str_newline)) return NULL;
    if (flush) {
        int f = ft_is_true(flush);
        if (f < 0) return NULL;
        if (f && !ft_call_method0(file, "flush")) return NULL;
    }
    return ft_None;
}

static ft_obj *b_input(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("input", n, k, 0, 1) < 0) return NULL;
    ft_obj *in = sys_attr("stdin"), *out = sys_attr("stdout"), *err = sys_attr("stderr");
    if (ft_err_occurred()) return NULL;
    if (!in || in == ft_None) return ft_err_format(ft_exc_RuntimeError, "input(): lost sys.stdin");
    if (!out || out == ft_None) return ft_err_format(ft_exc_RuntimeError, "input(): lost sys.stdout");
    if (err && err != ft_None) {
        ft_obj *r = ft_call_method0(err, "flush");
        if (!r) ft_err_clear();
    }
    if (n == 1) {
        ft_obj *p = ft_str(a[0]);
        if (!p || !ft_call_method1(out, "write", p)) return NULL;
    }
    if (!ft_call_method0(out, "flush")) ft_err_clear();
    ft_obj *line = ft_call_method0(in, "readline");
    if (!line) return NULL;
    if (!ft_str_check(line))
        return ft_err_format(ft_exc_TypeError, "object.readline() returned non-string");
    ft_ssize len = ft_str_len(line);
    if (len == 0) return ft_err_format(ft_exc_EOFError, "EOF when reading a line");
    if (ft_str_char_at(line, len - 1) == '\n') return ft_str_substr(line, 0, len - 1);
    return line;
}

static ft_obj *b_open(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *io = ft_import_module_cstr("io");
    if (!io) return NULL;
    ft_obj *open = ft_getattr_cstr(io, "open");
    if (!open) return NULL;
    return ft_call(open, a, n, k);
}

static ft_obj *b_breakpoint(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *hook = sys_attr("breakpointhook");
    if (!hook) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_RuntimeError, "lost sys.breakpointhook");
    }
    return ft_call(hook, a, n, k);
}

static ft_obj *b_import(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    ft_obj *v[5];
    if (ft_parse_args("__import__", a, n, k, names, 0, 1, v) < 0) return NULL;
    if (!ft_str_check(v[0])) return ft_err_format(ft_exc_TypeError, "module name must be a string");
    int level = 0;
    if (v[4]) {
        int64_t l = ft_int_as_i64(v[4]);
        if (l == -1 && ft_err_occurred()) return NULL;
        if (l < 0) return ft_err_format(ft_exc_ValueError, "level must be >= 0");
        if (l > INT32_MAX) return ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C int");
        level = (int)l;
    }
    if (ft_str_len(v[0]) == 0 && level == 0) return ft_err_format(ft_exc_ValueError, "Empty module name");
    return ft_import_module_level(v[0], v[1] ? v[1] : ft_None, v[2] ? v[2] : ft_None,
                                  v[3] ? v[3] : ft_empty_tuple, level);
}

/* ---- exit / quit / help objects --------------------------------------------------------------- */

typedef struct sitehelper { ft_obj ob; const char *name; const char *eof; } sitehelper;

static ft_obj *quitter_repr(ft_obj *self) {
    sitehelper *q = (sitehelper *)self;
    return ft_str_from_format("Use %s() or %s to exit", q->name, q->eof);
}
static ft_obj *quitter_call(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"code", NULL};
    ft_obj *v[1];
    if (ft_parse_args(((sitehelper *)self)->name, a, n, k, names, 0, 0, v) < 0) return NULL;
    ft_obj *in = sys_attr("stdin");
    if (in && in != ft_None) {
        ft_obj *r = ft_call_method0(in, "close");
        if (!r) ft_err_clear();
    }
    ft_err_clear();
    ft_err_set_obj(ft_exc_SystemExit, v[0] ? v[0] : ft_None);
    return NULL;
}
static ft_type quitter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(sitehelper),
    .repr = quitter_repr,
    .call = quitter_call,
};

static ft_obj *helper_repr(ft_obj *self) {
    return ft_str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}
static ft_obj *helper_call(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("help", n, k, 0, 1) < 0) return NULL;
    ft_obj *out = sys_attr("stdout");
    if (!out || out == ft_None) return ft_err_occurred() ? NULL : ft_None;
    ft_obj *text;
    if (n == 0) {
        text = ft_str_from_cstr("ftpy has no interactive help utility; use help(object) to read "
                                "an object's documentation.\n");
    } else {
        ft_obj *o = a[0];
        ft_obj *doc = ft_getattr_opt(o, ft_id(__doc__));
        if (!doc && ft_err_occurred()) return NULL;
        ft_obj *title;
        bool is_type = ft_type_is_subtype(FT_TYPE(o), &ft_type_type);
        ft_obj *name = ft_getattr_opt(o, ft_id(__name__));
        if (!name && ft_err_occurred()) return NULL;
        if (is_type)
            title = ft_str_from_format("Help on class %S:\n\n", name ? name : ft_None);
        else if (name && ft_str_check(name))
            title = ft_str_from_format("Help on %s %U:\n\n", ft_type_name(FT_TYPE(o)), name);
        else
            title = ft_str_from_format("Help on %s object:\n\n", ft_type_name(FT_TYPE(o)));
        if (!title) return NULL;
        if (doc && ft_str_check(doc)) text = ft_str_from_format("%U%U\n\n", title, doc);
        else text = ft_str_from_format("%U(no documentation)\n\n", title);
    }
    if (!text || !ft_call_method1(out, "write", text)) return NULL;
    return ft_None;
}
static ft_type helper_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(sitehelper),
    .repr = helper_repr,
    .call = helper_call,
};

/* copyright / credits / license: repr is the text; calling prints it. */
static ft_obj *printer_repr(ft_obj *self) { return ft_str_from_cstr(((sitehelper *)self)->eof); }
static ft_obj *printer_call(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional(((sitehelper *)self)->name, n, k, 0, 0) < 0) return NULL;
    ft_obj *out = sys_attr("stdout");
    if (!out || out == ft_None) return ft_err_occurred() ? NULL : ft_None;
    ft_obj *text = ft_str_from_format("%s\n", strcmp(((sitehelper *)self)->name, "license") == 0
                                      ? "ftpy is distributed under the terms of its LICENSE file; "
                                        "see https://docs.python.org/3/license.html for Python's."
                                      : ((sitehelper *)self)->eof);
    if (!text || !ft_call_method1(out, "write", text)) return NULL;
    return ft_None;
}
static ft_type printer_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(sitehelper),
    .repr = printer_repr,
    .call = printer_call,
};
static sitehelper copyright_obj = { FT_OBJ_HEAD_INIT(&printer_type), "copyright",
    "Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved." };
static sitehelper credits_obj = { FT_OBJ_HEAD_INIT(&printer_type), "credits",
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
    "    for supporting Python development.  See www.python.org for more information." };
static sitehelper license_obj = { FT_OBJ_HEAD_INIT(&printer_type), "license",
    "Type license() to see the full license text" };

static sitehelper exit_obj = { FT_OBJ_HEAD_INIT(&quitter_type), "exit", "Ctrl-D (i.e. EOF)" };
static sitehelper quit_obj = { FT_OBJ_HEAD_INIT(&quitter_type), "quit", "Ctrl-D (i.e. EOF)" };
static sitehelper help_obj = { FT_OBJ_HEAD_INIT(&helper_type), "help", NULL };

/* ---- the module ------------------------------------------------------------------------------- */

static const ft_method_def builtin_methods[] = {
    {"__import__", b_import, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\nImport a module."},
    {"abs", b_abs, FT_METH_O, "Return the absolute value of the argument."},
    {"aiter", b_aiter, FT_METH_O, "Return an AsyncIterator for an AsyncIterable object."},
    {"all", b_all, FT_METH_O, "Return True if bool(x) is True for all values x in the iterable.\n\n"
                              "If the iterable is empty, return True."},
    {"anext", b_anext, FT_METH_VARARGS, "Return the next item from the async iterator."},
    {"any", b_any, FT_METH_O, "Return True if bool(x) is True for any x in the iterable.\n\n"
                              "If the iterable is empty, return False."},
    {"ascii", b_ascii, FT_METH_O, "Return an ASCII-only representation of an object."},
    {"bin", b_bin, FT_METH_O, "Return the binary representation of an integer."},
    {"breakpoint", b_breakpoint, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Call sys.breakpointhook(*args, **kws)."},
    {"callable", b_callable, FT_METH_O, "Return whether the object is callable (i.e., some kind of function)."},
    {"chr", b_chr, FT_METH_O, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"compile", b_compile, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Compile source into a code object that can be executed by exec() or eval()."},
    {"delattr", b_delattr, FT_METH_VARARGS, "Deletes the named attribute from the given object."},
    {"dir", b_dir, FT_METH_VARARGS, "Show attributes of an object."},
    {"divmod", b_divmod, FT_METH_VARARGS, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"eval", b_eval, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Evaluate the given source in the context of globals and locals."},
    {"exec", b_exec, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Execute the given source in the context of globals and locals."},
    {"format", b_format, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Return type(value).__format__(value, format_spec)"},
    {"getattr", b_getattr, FT_METH_VARARGS, "Get a named attribute from an object."},
    {"globals", b_globals, FT_METH_NOARGS,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", b_hasattr, FT_METH_VARARGS, "Return whether the object has an attribute with the given name."},
    {"hash", b_hash, FT_METH_O, "Return the hash value for the given object."},
    {"hex", b_hex, FT_METH_O, "Return the hexadecimal representation of an integer."},
    {"id", b_id, FT_METH_O, "Return the identity of an object."},
    {"input", b_input, FT_METH_VARARGS, "Read a string from standard input.  The trailing newline is stripped."},
    {"isinstance", b_isinstance, FT_METH_VARARGS,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, FT_METH_VARARGS,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", b_iter, FT_METH_VARARGS, "Get an iterator from an object."},
    {"len", b_len, FT_METH_O, "Return the number of items in a container."},
    {"locals", b_locals, FT_METH_NOARGS,
     "Return a dictionary containing the current scope's local variables."},
    {"max", b_max, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value"},
    {"min", b_min, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value"},
    {"next", b_next, FT_METH_VARARGS, "Return the next item from the iterator."},
    {"oct", b_oct, FT_METH_O, "Return the octal representation of an integer."},
    {"open", b_open, FT_METH_VARARGS | FT_METH_KEYWORDS, "Open file and return a stream."},
    {"ord", b_ord, FT_METH_O, "Return the Unicode code point for a one-character string."},
    {"pow", b_pow, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", b_print, FT_METH_VARARGS | FT_METH_KEYWORDS, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", b_repr, FT_METH_O, "Return the canonical string representation of the object."},
    {"round", b_round, FT_METH_VARARGS | FT_METH_KEYWORDS, "Round a number to a given precision in decimal digits."},
    {"setattr", b_setattr, FT_METH_VARARGS, "Sets the named attribute on the given object to the specified value."},
    {"sorted", b_sorted, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", b_sum, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", b_vars, FT_METH_VARARGS, "Show vars."},
    {NULL}
};

/* Called once at start-up by ft_misc_types_init (objects/moduleobject.c). */
int ft_builtins_types_init(void) {
    str_space = ft_str_intern_cstr(" ");
    str_newline = ft_str_intern_cstr("\n");
    if (!str_space || !str_newline) return -1;
    if (ft_type_ready(&anext_awaitable_type) < 0 || ft_type_ready(&quitter_type) < 0 ||
        ft_type_ready(&helper_type) < 0 || ft_type_ready(&printer_type) < 0)
        return -1;
    return 0;
}

static int builtins_exec(ft_obj *m) {
    ft_obj *modname = ft_str_intern_cstr("builtins");
    ft_obj *bc = ft_builtin_new(&ft_build_class_def, m, modname);
    if (ft_module_add_object(m, "__build_class__", bc) < 0) return -1;

    struct { const char *name; ft_obj *value; } objs[] = {
        {"None", ft_None}, {"Ellipsis", ft_Ellipsis}, {"NotImplemented", ft_NotImplemented},
        {"False", ft_False}, {"True", ft_True},
        {"bool", (ft_obj *)&ft_bool_type}, {"memoryview", (ft_obj *)&ft_memoryview_type},
        {"bytearray", (ft_obj *)&ft_bytearray_type}, {"bytes", (ft_obj *)&ft_bytes_type},
        {"classmethod", (ft_obj *)&ft_classmethod_type}, {"complex", (ft_obj *)&ft_complex_type},
        {"dict", (ft_obj *)&ft_dict_type}, {"enumerate", (ft_obj *)&ft_enumerate_type},
        {"filter", (ft_obj *)&ft_filter_type}, {"float", (ft_obj *)&ft_float_type},
        {"frozenset", (ft_obj *)&ft_frozenset_type}, {"property", (ft_obj *)&ft_property_type},
        {"int", (ft_obj *)&ft_int_type}, {"list", (ft_obj *)&ft_list_type},
        {"map", (ft_obj *)&ft_map_type}, {"object", (ft_obj *)&ft_object_type},
        {"range", (ft_obj *)&ft_range_type}, {"reversed", (ft_obj *)&ft_reversed_type},
        {"set", (ft_obj *)&ft_set_type}, {"slice", (ft_obj *)&ft_slice_type},
        {"staticmethod", (ft_obj *)&ft_staticmethod_type}, {"str", (ft_obj *)&ft_str_type},
        {"super", (ft_obj *)&ft_super_type}, {"tuple", (ft_obj *)&ft_tuple_type},
        {"type", (ft_obj *)&ft_type_type}, {"zip", (ft_obj *)&ft_zip_type},
        {"exit", (ft_obj *)&exit_obj}, {"quit", (ft_obj *)&quit_obj}, {"help", (ft_obj *)&help_obj},
        {"copyright", (ft_obj *)&copyright_obj}, {"credits", (ft_obj *)&credits_obj},
        {"license", (ft_obj *)&license_obj},
        {"EnvironmentError", (ft_obj *)ft_exc_OSError}, {"IOError", (ft_obj *)ft_exc_OSError},
        {"_IncompleteInputError", (ft_obj *)&ft_exc__IncompleteInputError_type},
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(objs); i++)
        if (ft_module_add_object(m, objs[i].name, objs[i].value) < 0) return -1;
#define ADD_EXC(name, base) \
    if (ft_module_add_object(m, #name, (ft_obj *)FT_EXC(name)) < 0) return -1;
    FT_EXC_LIST(ADD_EXC)
#undef ADD_EXC
    if (ft_module_add_object(m, "__debug__", ft_bool(ft_rt->optimize == 0)) < 0) return -1;
    return 0;
}

const ft_module_def ft_builtins_module_def = {
    .name = "builtins",
    .doc = "Built-in functions, types, exceptions, and other objects.\n\n"
           "This module provides direct access to all 'built-in'\n"
           "identifiers of Python; for example, builtins.len is\n"
           "the full name for the built-in function len().\n\n"
           "This module is not normally accessed explicitly by most\n"
           "applications, but can be useful in modules that provide\n"
           "objects with the same name as a built-in value, but in\n"
           "which the built-in name has also been rebound.",
    .methods = builtin_methods,
    .exec = builtins_exec,
    .gil_safe = true,
};
