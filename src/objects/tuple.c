/* tuple.c -- the tuple type and its iterator.
 *
 * Invariants: a tuple is immutable once published (ft_tuple_new hands out a
 * tuple whose items the creator fills before any other thread can see it),
 * so every operation reads items without locking. `hash` caches the hash
 * (-1 = not computed yet); racing threads store the same value. The empty
 * tuple is a static immortal singleton. Hashing follows CPython's xxHash-based
 * scheme so that hash((1, 2)) is the same number as in CPython.
 */
#include "core/ftcore.h"
#include "objects/containers.h"

ft_tuple ft_empty_tuple_obj = { .ob = FT_OBJ_HEAD_INIT(&ft_tuple_type), .size = 0, .hash = -1 };

bool ft_tuple_check(ft_obj *o) { return (FT_TYPE(o)->flags & FT_TPF_TUPLE_SUBCLASS) != 0; }

ft_obj *ft_tuple_new(ft_ssize n) {
    if (n < 0) return ft_err_bad_internal_call("ft_tuple_new");
    if (n == 0) return ft_empty_tuple;
    if ((size_t)n > (SIZE_MAX / 2 - sizeof(ft_tuple)) / sizeof(ft_obj *)) return ft_err_no_memory();
    ft_tuple *t = (ft_tuple *)ft_obj_alloc(&ft_tuple_type, sizeof(ft_tuple) + (size_t)n * sizeof(ft_obj *));
    if (!t) return NULL;
    t->size = n;
    atomic_store_explicit(&t->hash, -1, memory_order_relaxed);
    return (ft_obj *)t;
}

ft_obj *ft_tuple_from_array(ft_obj *const *items, ft_ssize n) {
    ft_obj *t = ft_tuple_new(n);
    if (!t || n == 0) return t;
    memcpy(FT_TUPLE(t)->items, items, (size_t)n * sizeof(ft_obj *));
    return t;
}

ft_obj *ft_tuple_pack(ft_ssize n, ...) {
    ft_obj *t = ft_tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (ft_ssize i = 0; i < n; i++) FT_TUPLE(t)->items[i] = va_arg(ap, ft_obj *);
    va_end(ap);
    return t;
}

ft_obj *ft_tuple_from_iterable(ft_obj *iterable) {
    if (ft_tuple_check_exact(iterable)) return iterable;
    if (ft_list_check_exact(iterable)) return ft_list_as_tuple(iterable);
    ft_obj *it = ft_iter(iterable);
    if (!it) return NULL;
    ft_ssize cap = ft_length_hint(iterable, 8);
    if (cap < 0) return NULL;
    if (cap < 8) cap = 8;
    if (cap > (1 << 20)) cap = 1 << 20;
    ft_obj **buf = ft_gc_alloc((size_t)cap * sizeof(ft_obj *), FT_GC_SCAN);
    if (!buf) return NULL;
    ft_ssize n = 0;
    for (;;) {
        ft_obj *v = ft_iter_next(it);
        if (!v) {
            if (ft_err_occurred()) return NULL;
            break;
        }
        if (n == cap) {
            if (cap > (ft_ssize)(SIZE_MAX / 4 / sizeof(ft_obj *))) return ft_err_no_memory();
            ft_obj **nb = ft_gc_realloc(buf, (size_t)cap * sizeof(ft_obj *), (size_t)cap * 2 * sizeof(ft_obj *), FT_GC_SCAN);
            if (!nb) return NULL;
            buf = nb;
            cap *= 2;
        }
        buf[n++] = v;
    }
    return ft_tuple_from_array(buf, n);
}

/* Allocate a tuple of `type` (tuple or a subclass) holding items. */
static ft_obj *tuple_alloc_type(ft_type *type, ft_obj *const *items, ft_ssize n) {
    if (type == &ft_tuple_type) return ft_tuple_from_array(items, n);
    ft_obj *t = ft_type_generic_alloc(type, n);
    if (!t) return NULL;
    FT_TUPLE(t)->size = n;
    atomic_store_explicit(&FT_TUPLE(t)->hash, -1, memory_order_relaxed);
    if (n) memcpy(FT_TUPLE(t)->items, items, (size_t)n * sizeof(ft_obj *));
    return t;
}

static ft_obj *tuple_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0 && type == &ft_tuple_type)
        return ft_err_format(ft_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return ft_err_format(ft_exc_TypeError, "tuple expected at most 1 argument, got %zd", (ft_ssize)nargs);
    ft_obj *t = nargs ? ft_tuple_from_iterable(args[0]) : ft_empty_tuple;
    if (!t || type == &ft_tuple_type) return t;
    return tuple_alloc_type(type, FT_TUPLE(t)->items, FT_TUPLE(t)->size);
}

/* ---- hashing (CPython's xxHash-derived tuple hash) ---------------------- */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(ft_obj *self) {
    ft_tuple *t = FT_TUPLE(self);
    int64_t cached = atomic_load_explicit(&t->hash, memory_order_relaxed);
    if (cached != -1) return cached;
    uint64_t acc = XXPRIME_5;
    /* Nested tuples recurse in C: deep nesting raises RecursionError. */
    if (ft_check_c_stack("tuple hash") < 0) return -1;
    for (ft_ssize i = 0; i < t->size; i++) {
        int64_t h = ft_containers_hash(t->items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    int64_t r = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    atomic_store_explicit(&t->hash, r, memory_order_relaxed);
    return r;
}

/* ---- repr ----------------------------------------------------------------- */
static ft_obj *tuple_repr(ft_obj *self) {
    ft_tuple *t = FT_TUPLE(self);
    if (t->size == 0) return ft_str_from_cstr("()");
    int r = ft_repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return ft_str_from_cstr("(...)");
    if (ft_check_c_stack("tuple repr") < 0) { ft_repr_leave(self); return NULL; }
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_obj *res = NULL;
    if (ft_strbuf_append(&b, "(", 1) < 0) goto done;
    for (ft_ssize i = 0; i < t->size; i++) {
        if (i > 0 && ft_strbuf_append(&b, ", ", 2) < 0) goto done;
        ft_obj *s = ft_repr(t->items[i]);
        if (!s || ft_strbuf_append_str(&b, s) < 0) goto done;
    }
    if (ft_strbuf_append_cstr(&b, t->size == 1 ? ",)" : ")") < 0) goto done;
    res = ft_strbuf_finish(&b);
done:
    ft_repr_leave(self);
    return res;
}

/* ---- sequence protocol ---------------------------------------------------- */
static ft_ssize tuple_length(ft_obj *self) { return FT_TUPLE(self)->size; }

static int tuple_contains(ft_obj *self, ft_obj *v) {
    ft_tuple *t = FT_TUPLE(self);
    for (ft_ssize i = 0; i < t->size; i++) {
        int c = ft_richcompare_bool(t->items[i], v, FT_EQ);
        if (c != 0) return c;
    }
    return 0;
}

static ft_obj *tuple_subscript(ft_obj *self, ft_obj *key) {
    ft_tuple *t = FT_TUPLE(self);
    if (!ft_is_smallint(key) && FT_TYPE(key) == &ft_slice_type) {
        ft_ssize start, stop, step;
        if (ft_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        ft_ssize n = ft_slice_adjust(t->size, &start, &stop, step);
        if (n <= 0) return ft_empty_tuple;
        if (step == 1 && n == t->size && ft_tuple_check_exact(self)) return self;
        ft_obj *r = ft_tuple_new(n);
        if (!r) return NULL;
        for (ft_ssize i = 0, j = start; i < n; i++, j += step) FT_TUPLE(r)->items[i] = t->items[j];
        return r;
    }
    ft_ssize i;
    if (ft_seq_index_key(key, "tuple", &i) < 0) return NULL;
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) {
        ft_err_set_str(ft_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return t->items[i];
}

static ft_obj *tuple_add(ft_obj *a, ft_obj *b) {
    if (!ft_tuple_check(a)) return ft_NotImplemented;
    if (!ft_tuple_check(b)) {
        if (ft_other_may_handle(b, "__radd__")) return ft_NotImplemented;
        return ft_err_format(ft_exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    ft_ssize na = ft_tuple_size(a), nb = ft_tuple_size(b);
    if (nb == 0 && ft_tuple_check_exact(a)) return a;
    if (na == 0 && ft_tuple_check_exact(b)) return b;
    if (na > PTRDIFF_MAX / 16 - nb) return ft_err_no_memory();
    ft_obj *r = ft_tuple_new(na + nb);
    if (!r) return NULL;
    memcpy(FT_TUPLE(r)->items, FT_TUPLE(a)->items, (size_t)na * sizeof(ft_obj *));
    memcpy(FT_TUPLE(r)->items + na, FT_TUPLE(b)->items, (size_t)nb * sizeof(ft_obj *));
    return r;
}

static ft_obj *tuple_mul(ft_obj *a, ft_obj *b) {
    ft_obj *seq, *count;
    bool reflected = false;
    if (ft_tuple_check(a)) { seq = a; count = b; }
    else { seq = b; count = a; reflected = true; }
    if (!ft_has_index(count)) {
        if (!reflected && ft_other_may_handle(count, "__rmul__")) return ft_NotImplemented;
        /* CPython repeats the left operand when it is a sequence itself
         * ('a' * [1]): the complaint is then about the right one. */
        if (reflected && ft_is_builtin_sequence(count))
            return ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%T'", seq);
        return ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    ft_ssize n = ft_index_as_ssize(count, ft_exc_OverflowError);
    if (n == -1 && ft_err_occurred()) return NULL;
    ft_ssize size = ft_tuple_size(seq);
    if (n <= 0 || size == 0) return ft_empty_tuple;
    if (n == 1 && ft_tuple_check_exact(seq)) return seq;
    if (size > PTRDIFF_MAX / 16 / n) return ft_err_no_memory();
    ft_obj *r = ft_tuple_new(size * n);
    if (!r) return NULL;
    for (ft_ssize k = 0; k < n; k++)
        memcpy(FT_TUPLE(r)->items + k * size, FT_TUPLE(seq)->items, (size_t)size * sizeof(ft_obj *));
    return r;
}

static ft_obj *tuple_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (!ft_tuple_check(a) || !ft_tuple_check(b)) return ft_NotImplemented;
    ft_tuple *x = FT_TUPLE(a), *y = FT_TUPLE(b);
    if (ft_check_c_stack("tuple comparison") < 0) return NULL;
    ft_ssize i;
    for (i = 0; i < x->size && i < y->size; i++) {
        int c = ft_richcompare_bool(x->items[i], y->items[i], FT_EQ);
        if (c < 0) return NULL;
        if (!c) break;
    }
    if (i >= x->size || i >= y->size) {
        ft_ssize p = x->size, q = y->size;
        bool r;
        switch (op) {
        case FT_LT: r = p < q; break;
        case FT_LE: r = p <= q; break;
        case FT_EQ: r = p == q; break;
        case FT_NE: r = p != q; break;
        case FT_GT: r = p > q; break;
        default: r = p >= q; break;
        }
        return ft_bool(r);
    }
    if (op == FT_EQ) return ft_False;
    if (op == FT_NE) return ft_True;
    return ft_richcompare(x->items[i], y->items[i], op);
}

/* ---- methods -------------------------------------------------------------- */
static ft_obj *tuple_count(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_tuple *t = FT_TUPLE(self);
    int64_t n = 0;
    for (ft_ssize i = 0; i < t->size; i++) {
        int c = ft_richcompare_bool(t->items[i], args[0], FT_EQ);
        if (c < 0) return NULL;
        n += c;
    }
    return ft_int_from_i64(n);
}

static ft_obj *tuple_index(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("index", nargs, kw, 1, 3) < 0) return NULL;
    ft_tuple *t = FT_TUPLE(self);
    ft_ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && ft_clamped_index_arg(args[1], &start) < 0) return NULL;
    if (nargs > 2 && ft_clamped_index_arg(args[2], &stop) < 0) return NULL;
    if (start < 0) { start += t->size; if (start < 0) start = 0; }
    if (stop < 0) stop += t->size;
    else if (stop > t->size) stop = t->size;
    for (ft_ssize i = start; i < stop; i++) {
        int c = ft_richcompare_bool(t->items[i], args[0], FT_EQ);
        if (c < 0) return NULL;
        if (c) return ft_int_from_i64(i);
    }
    ft_err_set_str(ft_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static ft_obj *tuple_getnewargs(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *copy = ft_tuple_from_array(FT_TUPLE(self)->items, FT_TUPLE(self)->size);
    if (!copy) return NULL;
    return ft_tuple_pack(1, copy);
}

/* ---- iterator --------------------------------------------------------------
 * The index is advanced with a relaxed atomic fetch-add so that threads
 * sharing one iterator each get distinct items and never read past the end. */
typedef struct { ft_obj ob; ft_obj *seq; _Atomic ft_ssize index; } tupleiter;

static ft_obj *tuple_iter(ft_obj *self) {
    tupleiter *it = (tupleiter *)ft_obj_alloc(&ft_tupleiter_type, sizeof(tupleiter));
    if (!it) return NULL;
    it->seq = self;
    return (ft_obj *)it;
}

/* `seq` is dropped (set NULL) by whichever thread exhausts the iterator
 * while others may still read it: relaxed atomic accesses (the tuple itself
 * is immutable, so either value is safe to use). */
static ft_obj *tupleiter_next(ft_obj *self) {
    tupleiter *it = (tupleiter *)self;
    ft_obj *seq = __atomic_load_n(&it->seq, __ATOMIC_RELAXED);
    if (!seq) return NULL;
    ft_ssize i = atomic_fetch_add_explicit(&it->index, 1, memory_order_relaxed);
    if (i < ft_tuple_size(seq)) return ft_tuple_get(seq, i);
    atomic_store_explicit(&it->index, ft_tuple_size(seq), memory_order_relaxed);
    __atomic_store_n(&it->seq, NULL, __ATOMIC_RELAXED);
    return NULL;
}

static ft_obj *tupleiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    tupleiter *it = (tupleiter *)self;
    ft_obj *seq = __atomic_load_n(&it->seq, __ATOMIC_RELAXED);
    if (!seq) return ft_smallint(0);
    ft_ssize n = ft_tuple_size(seq) - atomic_load_explicit(&it->index, memory_order_relaxed);
    return ft_smallint(n < 0 ? 0 : n);
}

static const ft_method_def tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};

ft_type ft_tupleiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "tuple_iterator",
    .basicsize = sizeof(tupleiter),
    .flags = 0,
    .iter = ft_iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static const ft_method_def tuple_methods[] = {
    {"count", tuple_count, FT_METH_O, "Return number of occurrences of value."},
    {"index", tuple_index, FT_METH_VARARGS, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__", tuple_getnewargs, FT_METH_NOARGS, NULL},
    {"__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},
    {NULL}
};

ft_type ft_tuple_type = {
    FT_TYPE_HEAD_INIT,
    .name = "tuple",
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .basicsize = sizeof(ft_tuple),
    .itemsize = sizeof(ft_obj *),
    .flags = FT_TPF_BASETYPE | FT_TPF_TUPLE_SUBCLASS | FT_TPF_SEQUENCE | FT_TPF_MATCH_SELF,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .length = tuple_length,
    .subscript = tuple_subscript,
    .contains = tuple_contains,
    .as_number = { .add = tuple_add, .multiply = tuple_mul },
    .methods = tuple_methods,
};

int ft_tuple_types_init(void) {
    if (ft_type_ready(&ft_tuple_type) < 0) return -1;
    if (ft_type_ready(&ft_tupleiter_type) < 0) return -1;
    return 0;
}
