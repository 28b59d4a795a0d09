/* iterobject.c -- enumerate, zip, map, filter, reversed, the sequence
 * iterator (iter() over __getitem__) and the callable iterator
 * (iter(callable, sentinel)).
 *
 * LOCKING: these iterators wrap other iterators and call Python code on
 * every step, so no lock is held across a step. Their own mutable state
 * (counters, indices, the "exhausted" mark) is updated with atomics, or,
 * for enumerate's big-int counter, under the iterator's ob_lock with only
 * int arithmetic inside. Threads sharing one of these iterators may see
 * items paired in any interleaving but never crash or get a torn state.
 */
#include "core/ftcore.h"
#include "objects/containers.h"

static ft_obj *alloc_iter(ft_type *type, ft_type *base, size_t size) {
    if (type == base) return ft_obj_alloc(type, size);
    return ft_type_generic_alloc(type, 0);
}

static bool has_kw(ft_obj *kwnames) { return kwnames && ft_tuple_size(kwnames) > 0; }

/* ==== enumerate ============================================================== */
typedef struct { ft_obj ob; ft_obj *it; ft_obj *_Atomic index; } enumobj;

static ft_obj *enum_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *iterable = NULL, *start = NULL;
    if (nargs > 2) return ft_err_format(ft_exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)", (ft_ssize)(nargs + (kwnames ? ft_tuple_size(kwnames) : 0)));
    if (nargs > 0) iterable = args[0];
    if (nargs > 1) start = args[1];
    if (kwnames) {
        for (ft_ssize i = 0; i < ft_tuple_size(kwnames); i++) {
            ft_obj *name = ft_tuple_get(kwnames, i), *v = args[nargs + i];
            if (ft_str_eq_cstr(name, "iterable") && !iterable && nargs < 1) iterable = v;
            else if (ft_str_eq_cstr(name, "start") && !start && nargs < 2) start = v;
            else if (ft_str_eq_cstr(name, "iterable") || ft_str_eq_cstr(name, "start"))
                return ft_err_format(ft_exc_TypeError, "argument for enumerate() given by name ('%U') and position (%d)",
                                     name, ft_str_eq_cstr(name, "iterable") ? 1 : 2);
            else return ft_err_format(ft_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", name);
        }
    }
    if (!iterable) return ft_err_format(ft_exc_TypeError, "enumerate() missing required argument 'iterable'");
    ft_obj *idx = ft_smallint(0);
    if (start) {
        if (!ft_has_index(start))
            return ft_err_format(ft_exc_TypeError, "'%T' object cannot be interpreted as an integer", start);
        idx = ft_index(start);
        if (!idx) return NULL;
    }
    ft_obj *it = ft_iter(iterable);
    if (!it) return NULL;
    enumobj *e = (enumobj *)alloc_iter(type, &ft_enumerate_type, sizeof(enumobj));
    if (!e) return NULL;
    e->it = it;
    atomic_store_explicit(&e->index, idx, memory_order_relaxed);
    return (ft_obj *)e;
}

static ft_obj *enum_next(ft_obj *self) {
    enumobj *e = (enumobj *)self;
    ft_obj *v = ft_iter_next(e->it);
    if (!v) return NULL;
    ft_obj *idx = atomic_load_explicit(&e->index, memory_order_relaxed);
    for (;;) {
        if (ft_is_smallint(idx) && ft_smallint_value(idx) < FT_SMALLINT_MAX) {
            if (atomic_compare_exchange_weak_explicit(&e->index, &idx, ft_smallint(ft_smallint_value(idx) + 1),
                                                      memory_order_relaxed, memory_order_relaxed))
                break;
            continue;
        }
        ft_lock(e);
        idx = atomic_load_explicit(&e->index, memory_order_relaxed);
        ft_obj *n = ft_int_add(idx, ft_smallint(1));
        if (n) atomic_store_explicit(&e->index, n, memory_order_relaxed);
        ft_unlock(e);
        if (!n) return NULL;
        break;
    }
    return ft_tuple_pack(2, idx, v);
}

ft_type ft_enumerate_type = {
    FT_TYPE_HEAD_INIT,
    .name = "enumerate",
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .basicsize = sizeof(enumobj),
    .flags = FT_TPF_BASETYPE,
    .iter = ft_iter_self,
    .iternext = enum_next,
    .new_ = enum_new,
    .methods = (const ft_method_def[]){
        {"__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},
        {NULL}},
};

/* ==== zip ======================================================================== */
typedef struct { ft_obj ob; ft_obj *iters; bool strict; } zipobj;

static ft_obj *zip_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bool strict = false;
    if (kwnames) {
        ft_ssize nk = ft_tuple_size(kwnames);
        if (nk > 1) return ft_err_format(ft_exc_TypeError, "zip() takes at most 1 keyword argument (%zd given)", nk);
        for (ft_ssize i = 0; i < nk; i++) {
            ft_obj *name = ft_tuple_get(kwnames, i);
            if (!ft_str_eq_cstr(name, "strict"))
                return ft_err_format(ft_exc_TypeError, "zip() got an unexpected keyword argument '%U'", name);
            int t = ft_is_true(args[nargs + i]);
            if (t < 0) return NULL;
            strict = t;
        }
    }
    ft_obj *iters = ft_tuple_new((ft_ssize)nargs);
    if (!iters) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        ft_obj *it = ft_iter(args[i]);
        if (!it) return NULL;
        FT_TUPLE(iters)->items[i] = it;
    }
    zipobj *z = (zipobj *)alloc_iter(type, &ft_zip_type, sizeof(zipobj));
    if (!z) return NULL;
    z->iters = iters;
    z->strict = strict;
    return (ft_obj *)z;
}

static ft_obj *zip_strict_error(ft_ssize i, bool longer) {
    if (i == 1)
        return ft_err_format(ft_exc_ValueError, "zip() argument 2 is %s than argument 1", longer ? "longer" : "shorter");
    return ft_err_format(ft_exc_ValueError, "zip() argument %zd is %s than arguments 1-%zd", i + 1,
                         longer ? "longer" : "shorter", i);
}

static ft_obj *zip_next(ft_obj *self) {
    zipobj *z = (zipobj *)self;
    ft_ssize n = ft_tuple_size(z->iters);
    if (n == 0) return NULL;
    ft_obj *res = ft_tuple_new(n);
    if (!res) return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *v = ft_iter_next(ft_tuple_get(z->iters, i));
        if (v) {
            FT_TUPLE(res)->items[i] = v;
            continue;
        }
        if (ft_err_occurred() || !z->strict) return NULL;
        if (i > 0) return zip_strict_error(i, false);
        for (ft_ssize j = 1; j < n; j++) {
            ft_obj *w = ft_iter_next(ft_tuple_get(z->iters, j));
            if (w) return zip_strict_error(j, true);
            if (ft_err_occurred()) return NULL;
        }
        return NULL;
    }
    return res;
}

ft_type ft_zip_type = {
    FT_TYPE_HEAD_INIT,
    .name = "zip",
    .doc = "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .basicsize = sizeof(zipobj),
    .flags = FT_TPF_BASETYPE,
    .iter = ft_iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ==== map ======================================================================== */
typedef struct { ft_obj ob; ft_obj *func; ft_obj *iters; } mapobj;

static ft_obj *map_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (has_kw(kwnames) && type == &ft_map_type) return ft_err_format(ft_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return ft_err_format(ft_exc_TypeError, "map() must have at least two arguments.");
    ft_obj *iters = ft_tuple_new((ft_ssize)nargs - 1);
    if (!iters) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        ft_obj *it = ft_iter(args[i]);
        if (!it) return NULL;
        FT_TUPLE(iters)->items[i - 1] = it;
    }
    mapobj *m = (mapobj *)alloc_iter(type, &ft_map_type, sizeof(mapobj));
    if (!m) return NULL;
    m->func = args[0];
    m->iters = iters;
    return (ft_obj *)m;
}

static ft_obj *map_next(ft_obj *self) {
    mapobj *m = (mapobj *)self;
    ft_ssize n = ft_tuple_size(m->iters);
    ft_obj *small[8];
    ft_obj **vals = small;
    if (n > 8) {
        vals = ft_gc_alloc((size_t)n * sizeof(ft_obj *), FT_GC_SCAN);
        if (!vals) return NULL;
    }
    for (ft_ssize i = 0; i < n; i++) {
        vals[i] = ft_iter_next(ft_tuple_get(m->iters, i));
        if (!vals[i]) return NULL;
    }
    return ft_call(m->func, vals, (size_t)n, NULL);
}

ft_type ft_map_type = {
    FT_TYPE_HEAD_INIT,
    .name = "map",
    .doc = "map(function, iterable, /, *iterables)\n--\n\nMake an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .basicsize = sizeof(mapobj),
    .flags = FT_TPF_BASETYPE,
    .iter = ft_iter_self,
    .iternext = map_next,
    .new_ = map_new,
};

/* ==== filter ====================================================================== */
typedef struct { ft_obj ob; ft_obj *func; ft_obj *it; } filterobj;

static ft_obj *filter_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (has_kw(kwnames) && type == &ft_filter_type) return ft_err_format(ft_exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2) return ft_err_format(ft_exc_TypeError, "filter expected 2 arguments, got %zd", (ft_ssize)nargs);
    ft_obj *it = ft_iter(args[1]);
    if (!it) return NULL;
    filterobj *f = (filterobj *)alloc_iter(type, &ft_filter_type, sizeof(filterobj));
    if (!f) return NULL;
    f->func = args[0];
    f->it = it;
    return (ft_obj *)f;
}

static ft_obj *filter_next(ft_obj *self) {
    filterobj *f = (filterobj *)self;
    bool truth = f->func == ft_None || f->func == (ft_obj *)&ft_bool_type;
    for (;;) {
        ft_obj *v = ft_iter_next(f->it);
        if (!v) return NULL;
        int ok;
        if (truth) ok = ft_is_true(v);
        else {
            ft_obj *r = ft_call1(f->func, v);
            if (!r) return NULL;
            ok = ft_is_true(r);
        }
        if (ok < 0) return NULL;
        if (ok) return v;
    }
}

ft_type ft_filter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "filter",
    .doc = "filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .basicsize = sizeof(filterobj),
    .flags = FT_TPF_BASETYPE,
    .iter = ft_iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ==== reversed ====================================================================== */
typedef struct { ft_obj ob; ft_obj *_Atomic seq; _Atomic ft_ssize index; } revobj;

static ft_obj *reversed_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (has_kw(kwnames) && type == &ft_reversed_type) return ft_err_format(ft_exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1) return ft_err_format(ft_exc_TypeError, "reversed expected 1 argument, got %zd", (ft_ssize)nargs);
    ft_obj *seq = args[0];
    ft_obj *rev = ft_lookup_special(seq, ft_id(__reversed__));
    if (rev == ft_None)
        return ft_err_format(ft_exc_TypeError, "'%T' object is not reversible", seq);
    if (rev) return ft_call0(rev);
    if (ft_err_occurred()) return NULL;
    ft_type *t = FT_TYPE(seq);
    if (ft_dict_check(seq) || !t->subscript || !t->length)
        return ft_err_format(ft_exc_TypeError, "'%T' object is not reversible", seq);
    ft_ssize n = ft_len(seq);
    if (n < 0) return NULL;
    revobj *r = (revobj *)alloc_iter(type, &ft_reversed_type, sizeof(revobj));
    if (!r) return NULL;
    atomic_store_explicit(&r->seq, seq, memory_order_relaxed);
    atomic_store_explicit(&r->index, n - 1, memory_order_relaxed);
    return (ft_obj *)r;
}

static ft_obj *reversed_next(ft_obj *self) {
    revobj *r = (revobj *)self;
    ft_obj *seq = atomic_load_explicit(&r->seq, memory_order_relaxed);
    if (!seq) return NULL;
    ft_ssize i = atomic_fetch_sub_explicit(&r->index, 1, memory_order_relaxed);
    if (i >= 0) {
        ft_obj *v = ft_getitem(seq, ft_int_from_i64(i));
        if (v) return v;
        if (!ft_err_matches((ft_obj *)ft_exc_IndexError) && !ft_err_matches((ft_obj *)ft_exc_StopIteration))
            return NULL;
        ft_err_clear();
    }
    atomic_store_explicit(&r->index, -1, memory_order_relaxed);
    atomic_store_explicit(&r->seq, NULL, memory_order_relaxed);
    return NULL;
}

static ft_obj *reversed_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    revobj *r = (revobj *)self;
    ft_obj *seq = atomic_load_explicit(&r->seq, memory_order_relaxed);
    if (!seq) return ft_smallint(0);
    ft_ssize n = ft_len(seq);
    if (n < 0) return NULL;
    ft_ssize pos = atomic_load_explicit(&r->index, memory_order_relaxed) + 1;
    return ft_smallint(n < pos || pos < 0 ? 0 : pos);
}

ft_type ft_reversed_type = {
    FT_TYPE_HEAD_INIT,
    .name = "reversed",
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .basicsize = sizeof(revobj),
    .flags = FT_TPF_BASETYPE,
    .iter = ft_iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = (const ft_method_def[]){
        {"__length_hint__", reversed_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
        {NULL}},
};

/* ==== sequence iterator =================================================================== */
typedef struct { ft_obj ob; ft_obj *_Atomic seq; _Atomic ft_ssize index; } seqiter;

ft_obj *ft_seqiter_new(ft_obj *seq) {
    seqiter *s = (seqiter *)ft_obj_alloc(&ft_seqiter_type, sizeof(seqiter));
    if (!s) return NULL;
    atomic_store_explicit(&s->seq, seq, memory_order_relaxed);
    return (ft_obj *)s;
}

static ft_obj *seqiter_next(ft_obj *self) {
    seqiter *s = (seqiter *)self;
    ft_obj *seq = atomic_load_explicit(&s->seq, memory_order_relaxed);
    if (!seq) return NULL;
    ft_ssize i = atomic_fetch_add_explicit(&s->index, 1, memory_order_relaxed);
    ft_obj *v = ft_getitem(seq, ft_int_from_i64(i));
    if (v) return v;
    if (ft_err_matches((ft_obj *)ft_exc_IndexError) || ft_err_matches((ft_obj *)ft_exc_StopIteration)) {
        ft_err_clear();
        atomic_store_explicit(&s->seq, NULL, memory_order_relaxed);
    }
    return NULL;
}

static ft_obj *seqiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    seqiter *s = (seqiter *)self;
    ft_obj *seq = atomic_load_explicit(&s->seq, memory_order_relaxed);
    if (!seq) return ft_smallint(0);
    if (!FT_TYPE(seq)->length) return ft_NotImplemented;
    ft_ssize n = ft_len(seq);
    if (n < 0) return NULL;
    n -= atomic_load_explicit(&s->index, memory_order_relaxed);
    return ft_smallint(n < 0 ? 0 : n);
}

ft_type ft_seqiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "iterator",
    .basicsize = sizeof(seqiter),
    .iter = ft_iter_self,
    .iternext = seqiter_next,
    .methods = (const ft_method_def[]){
        {"__length_hint__", seqiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
        {NULL}},
};

/* ==== callable iterator ====================================================================== */
typedef struct { ft_obj ob; ft_obj *_Atomic callable; ft_obj *sentinel; } calliter;

ft_obj *ft_calliter_new(ft_obj *callable, ft_obj *sentinel) {
    calliter *c = (calliter *)ft_obj_alloc(&ft_calliter_type, sizeof(calliter));
    if (!c) return NULL;
    atomic_store_explicit(&c->callable, callable, memory_order_relaxed);
    c->sentinel = sentinel;
    return (ft_obj *)c;
}

static ft_obj *calliter_next(ft_obj *self) {
    calliter *c = (calliter *)self;
    ft_obj *f = atomic_load_explicit(&c->callable, memory_order_relaxed);
    if (!f) return NULL;
    ft_obj *r = ft_call0(f);
    if (!r) {
        if (ft_err_matches((ft_obj *)ft_exc_StopIteration)) {
            ft_err_clear();
            atomic_store_explicit(&c->callable, NULL, memory_order_relaxed);
        }
        return NULL;
    }
    int eq = ft_richcompare_bool(r, c->sentinel, FT_EQ);
    if (eq < 0) return NULL;
    if (eq) {
        atomic_store_explicit(&c->callable, NULL, memory_order_relaxed);
        return NULL;
    }
    return r;
}

ft_type ft_calliter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "callable_iterator",
    .basicsize = sizeof(calliter),
    .iter = ft_iter_self,
    .iternext = calliter_next,
};

int ft_iter_types_init(void) {
    ft_type *types[] = { &ft_enumerate_type, &ft_zip_type, &ft_map_type, &ft_filter_type,
                         &ft_reversed_type, &ft_seqiter_type, &ft_calliter_type };
    for (size_t i = 0; i < FT_ARRAY_LEN(types); i++)
        if (ft_type_ready(types[i]) < 0) return -1;
    return 0;
}
