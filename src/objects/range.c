/* range.c -- range objects and their iterators.
 *
 * A range is immutable: start, stop, step and the precomputed length are
 * ints (tagged or big) fixed at creation, so no locking. len, `in`, index,
 * count (for ints) and item access are O(1) arithmetic; slicing a range
 * gives a range. Iteration uses int64 counters when the values fit
 * (range_iterator) and int objects otherwise (longrange_iterator, whose
 * state is guarded by its ob_lock; only int arithmetic runs under it).
 */
#include "core/ftcore.h"
#include "objects/containers.h"

typedef struct { ft_obj ob; ft_obj *start, *stop, *step, *length; } ft_range;
#define R(o) ((ft_range *)(o))

static ft_obj *I_sub(ft_obj *a, ft_obj *b) { return ft_int_sub(a, b); }
static ft_obj *I_add(ft_obj *a, ft_obj *b) { return ft_int_add(a, b); }
static ft_obj *I_mul(ft_obj *a, ft_obj *b) { return ft_int_mul(a, b); }
static ft_obj *I_fdiv(ft_obj *a, ft_obj *b) { return ft_binary_op(a, b, FT_BINOP_FLOOR_DIVIDE); }
static ft_obj *I_mod(ft_obj *a, ft_obj *b) { return ft_binary_op(a, b, FT_BINOP_REMAINDER); }
static int I_cmp(ft_obj *a, ft_obj *b) {
    if (ft_is_smallint(a) && ft_is_smallint(b)) {
        int64_t x = ft_smallint_value(a), y = ft_smallint_value(b);
        return x < y ? -1 : x > y;
    }
    return ft_int_compare(a, b);
}

static ft_obj *compute_length(ft_obj *start, ft_obj *stop, ft_obj *step) {
    if (ft_is_smallint(start) && ft_is_smallint(stop) && ft_is_smallint(step)) {
        __int128 lo = ft_smallint_value(start), hi = ft_smallint_value(stop), st = ft_smallint_value(step);
        if (st < 0) { __int128 t = lo; lo = hi; hi = t; st = -st; }
        if (lo >= hi) return ft_smallint(0);
        __int128 n = (hi - lo - 1) / st + 1;
        if (n <= FT_SMALLINT_MAX) return ft_smallint((int64_t)n);
    }
    ft_obj *lo = start, *hi = stop, *st = step;
    if (ft_int_sign(step) < 0) {
        lo = stop; hi = start;
        st = ft_negative(step);
        if (!st) return NULL;
    }
    if (I_cmp(lo, hi) >= 0) return ft_smallint(0);
    ft_obj *d = I_sub(hi, lo);
    if (!d) return NULL;
    d = I_sub(d, ft_smallint(1));
    if (!d) return NULL;
    d = I_fdiv(d, st);
    if (!d) return NULL;
    return I_add(d, ft_smallint(1));
}

static ft_obj *range_make(ft_obj *start, ft_obj *stop, ft_obj *step) {
    ft_obj *len = compute_length(start, stop, step);
    if (!len) return NULL;
    ft_range *r = (ft_range *)ft_obj_alloc(&ft_range_type, sizeof(ft_range));
    if (!r) return NULL;
    r->start = start; r->stop = stop; r->step = step; r->length = len;
    return (ft_obj *)r;
}

static ft_obj *as_index(ft_obj *o) {
    if (ft_is_smallint(o)) return o;
    if (!ft_has_index(o))
        return ft_err_format(ft_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return ft_index(o);
}

ft_obj *ft_range_new(ft_obj *start, ft_obj *stop, ft_obj *step) {
    if (!start) start = ft_smallint(0);
    if (!step) step = ft_smallint(1);
    if (!(start = as_index(start)) || !(stop = as_index(stop)) || !(step = as_index(step))) return NULL;
    if (ft_int_sign(step) == 0) {
        ft_err_set_str(ft_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return range_make(start, stop, step);
}

static ft_obj *range_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0)
        return ft_err_format(ft_exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0) return ft_err_format(ft_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return ft_err_format(ft_exc_TypeError, "range expected at most 3 arguments, got %zd", (ft_ssize)nargs);
    if (nargs == 1) return ft_range_new(NULL, args[0], NULL);
    return ft_range_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static ft_ssize range_length(ft_obj *self) {
    ft_obj *n = R(self)->length;
    if (ft_is_smallint(n)) return (ft_ssize)ft_smallint_value(n);
    ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(ft_obj *self) { return ft_int_sign(R(self)->length) != 0; }

/* start + i * step for 0 <= i < len (checked by the caller). */
static ft_obj *range_item(ft_range *r, ft_obj *i) {
    if (ft_is_smallint(i) && ft_is_smallint(r->start) && ft_is_smallint(r->step)) {
        __int128 v = (__int128)ft_smallint_value(r->start) + (__int128)ft_smallint_value(i) * ft_smallint_value(r->step);
        if (v >= FT_SMALLINT_MIN && v <= FT_SMALLINT_MAX) return ft_smallint((int64_t)v);
    }
    ft_obj *m = I_mul(i, r->step);
    if (!m) return NULL;
    return I_add(r->start, m);
}

/* Clamp one slice field for a sequence of length len (object arithmetic). */
static ft_obj *slice_field(ft_obj *v, ft_obj *deflt, ft_obj *len, ft_obj *lower, ft_obj *upper) {
    if (v == ft_None) return deflt;
    if (!ft_has_index(v)) {
        ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    v = ft_index(v);
    if (!v) return NULL;
    if (ft_int_sign(v) < 0) {
        v = I_add(v, len);
        if (!v) return NULL;
        if (I_cmp(v, lower) < 0) v = lower;
    } else if (I_cmp(v, upper) > 0) {
        v = upper;
    }
    return v;
}

static ft_obj *range_subscript(ft_obj *self, ft_obj *key) {
    ft_range *r = R(self);
    if (!ft_is_smallint(key) && FT_TYPE(key) == &ft_slice_type) {
        ft_slice *s = (ft_slice *)key;
        ft_obj *step = ft_smallint(1);
        if (s->step != ft_None) {
            if (!ft_has_index(s->step)) {
                ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
                return NULL;
            }
            if (!(step = ft_index(s->step))) return NULL;
            if (ft_int_sign(step) == 0) {
                ft_err_set_str(ft_exc_ValueError, "slice step cannot be zero");
                return NULL;
            }
        }
        bool neg = ft_int_sign(step) < 0;
        ft_obj *lower = neg ? ft_smallint(-1) : ft_smallint(0);
        ft_obj *upper = neg ? I_sub(r->length, ft_smallint(1)) : r->length;
        if (!upper) return NULL;
        ft_obj *start = slice_field(s->start, neg ? upper : lower, r->length, lower, upper);
        if (!start) return NULL;
        ft_obj *stop = slice_field(s->stop, neg ? lower : upper, r->length, lower, upper);
        if (!stop) return NULL;
        ft_obj *nstart = range_item(r, start), *nstop = nstart ? range_item(r, stop) : NULL;
        ft_obj *nstep = nstop ? I_mul(r->step, step) : NULL;
        if (!nstep) return NULL;
        return range_make(nstart, nstop, nstep);
    }
    if (!ft_has_index(key))
        return ft_err_format(ft_exc_TypeError, "range indices must be integers or slices, not %T", key);
    ft_obj *i = ft_is_smallint(key) ? key : ft_index(key);
    if (!i) return NULL;
    if (ft_int_sign(i) < 0) {
        i = I_add(i, r->length);
        if (!i) return NULL;
    }
    if (ft_int_sign(i) < 0 || I_cmp(i, r->length) >= 0) {
        ft_err_set_str(ft_exc_IndexError, "range object index out of range");
        return NULL;
    }
    return range_item(r, i);
}

/* For an int value: 1 if in the range, 0 if not, -1 on error. */
static int int_in_range(ft_range *r, ft_obj *v) {
    int c1, c2;
    if (ft_int_sign(r->step) > 0) {
        c1 = I_cmp(r->start, v) <= 0;
        c2 = I_cmp(v, r->stop) < 0;
    } else {
        c1 = I_cmp(r->stop, v) < 0;
        c2 = I_cmp(v, r->start) <= 0;
    }
    if (!c1 || !c2) return 0;
    ft_obj *d = I_sub(v, r->start);
    if (!d) return -1;
    ft_obj *m = I_mod(d, r->step);
    if (!m) return -1;
    return ft_int_sign(m) == 0;
}

static bool is_plain_int(ft_obj *v) {
    return ft_int_check_exact(v) || FT_TYPE(v) == &ft_bool_type;
}

static ft_obj *range_iter(ft_obj *self);

static int range_contains(ft_obj *self, ft_obj *v) {
    if (is_plain_int(v)) {
        if (FT_TYPE(v) == &ft_bool_type) v = ft_smallint(v == ft_True);
        return int_in_range(R(self), v);
    }
    ft_obj *it = range_iter(self);
    if (!it) return -1;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) return ft_err_occurred() ? -1 : 0;
        int c = ft_richcompare_bool(x, v, FT_EQ);
        if (c != 0) return c;
    }
}

static ft_obj *range_count(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *v = args[0];
    if (is_plain_int(v)) {
        int c = range_contains(self, v);
        if (c < 0) return NULL;
        return ft_smallint(c);
    }
    ft_obj *it = range_iter(self);
    if (!it) return NULL;
    int64_t n = 0;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) {
            if (ft_err_occurred()) return NULL;
            return ft_int_from_i64(n);
        }
        int c = ft_richcompare_bool(x, v, FT_EQ);
        if (c < 0) return NULL;
        n += c;
    }
}

static ft_obj *range_index(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_range *r = R(self);
    ft_obj *v = args[0];
    if (is_plain_int(v)) {
        if (FT_TYPE(v) == &ft_bool_type) v = ft_smallint(v == ft_True);
        int c = int_in_range(r, v);
        if (c < 0) return NULL;
        if (!c) return ft_err_format(ft_exc_ValueError, "%R is not in range", args[0]);
        ft_obj *d = I_sub(v, r->start);
        if (!d) return NULL;
        return I_fdiv(d, r->step);
    }
    ft_obj *it = range_iter(self);
    if (!it) return NULL;
    for (int64_t i = 0;; i++) {
        ft_obj *x = ft_iter_next(it);
        if (!x) {
            if (ft_err_occurred()) return NULL;
            ft_err_set_str(ft_exc_ValueError, "sequence.index(x): x not in sequence");
            return NULL;
        }
        int c = ft_richcompare_bool(x, v, FT_EQ);
        if (c < 0) return NULL;
        if (c) return ft_int_from_i64(i);
    }
}

static ft_obj *range_repr(ft_obj *self) {
    ft_range *r = R(self);
    if (ft_is_smallint(r->step) && ft_smallint_value(r->step) == 1)
        return ft_str_from_format("range(%R, %R)", r->start, r->stop);
    return ft_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static ft_obj *range_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (FT_TYPE(a) != &ft_range_type || FT_TYPE(b) != &ft_range_type || (op != FT_EQ && op != FT_NE))
        return ft_NotImplemented;
    ft_range *x = R(a), *y = R(b);
    bool eq;
    if (a == b) eq = true;
    else if (I_cmp(x->length, y->length) != 0) eq = false;
    else if (ft_int_sign(x->length) == 0) eq = true;
    else if (I_cmp(x->start, y->start) != 0) eq = false;
    else if (ft_is_smallint(x->length) && ft_smallint_value(x->length) == 1) eq = true;
    else eq = I_cmp(x->step, y->step) == 0;
    return ft_bool(op == FT_EQ ? eq : !eq);
}

static int64_t range_hash(ft_obj *self) {
    ft_range *r = R(self);
    ft_obj *t;
    if (ft_int_sign(r->length) == 0) t = ft_tuple_pack(3, r->length, ft_None, ft_None);
    else if (ft_is_smallint(r->length) && ft_smallint_value(r->length) == 1)
        t = ft_tuple_pack(3, r->length, r->start, ft_None);
    else t = ft_tuple_pack(3, r->length, r->start, r->step);
    if (!t) return -1;
    return ft_hash(t);
}

static ft_obj *range_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_range *r = R(self);
    ft_obj *t = ft_tuple_pack(3, r->start, r->stop, r->step);
    if (!t) return NULL;
    return ft_tuple_pack(2, (ft_obj *)&ft_range_type, t);
}

/* ---- iterators ---------------------------------------------------------------
 * range_iterator: int64 state; `index` advanced with an atomic fetch-add so
 * threads sharing one iterator never get the same item twice. */
typedef struct { ft_obj ob; int64_t start, step, len; _Atomic int64_t index; } rangeiter;
typedef struct { ft_obj ob; ft_obj *start, *step, *len, *index; } longrangeiter;

static ft_obj *make_iter(ft_obj *start, ft_obj *step, ft_obj *len) {
    if (ft_is_smallint(start) && ft_is_smallint(step) && ft_is_smallint(len)) {
        __int128 last = (__int128)ft_smallint_value(start) + (__int128)ft_smallint_value(step) * ft_smallint_value(len);
        if (last >= INT64_MIN / 2 && last <= INT64_MAX / 2) {
            rangeiter *it = (rangeiter *)ft_obj_alloc(&ft_rangeiter_type, sizeof(rangeiter));
            if (!it) return NULL;
            it->start = ft_smallint_value(start);
            it->step = ft_smallint_value(step);
            it->len = ft_smallint_value(len);
            return (ft_obj *)it;
        }
    }
    longrangeiter *it = (longrangeiter *)ft_obj_alloc(&ft_longrangeiter_type, sizeof(longrangeiter));
    if (!it) return NULL;
    it->start = start; it->step = step; it->len = len; it->index = ft_smallint(0);
    return (ft_obj *)it;
}

static ft_obj *range_iter(ft_obj *self) {
    ft_range *r = R(self);
    return make_iter(r->start, r->step, r->length);
}

static ft_obj *range_reversed(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_range *r = R(self);
    ft_obj *last;
    if (ft_int_sign(r->length) == 0) last = r->start;
    else {
        ft_obj *lm1 = I_sub(r->length, ft_smallint(1));
        if (!lm1) return NULL;
        last = range_item(r, lm1);
        if (!last) return NULL;
    }
    ft_obj *nstep = ft_negative(r->step);
    if (!nstep) return NULL;
    return make_iter(last, nstep, r->length);
}

static ft_obj *rangeiter_next(ft_obj *self) {
    rangeiter *it = (rangeiter *)self;
    int64_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    do {
        if (i >= it->len) return NULL;
    } while (!atomic_compare_exchange_weak_explicit(&it->index, &i, i + 1, memory_order_relaxed, memory_order_relaxed));
    return ft_smallint(it->start + i * it->step);
}

static ft_obj *rangeiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    rangeiter *it = (rangeiter *)self;
    int64_t n = it->len - atomic_load_explicit(&it->index, memory_order_relaxed);
    return ft_smallint(n < 0 ? 0 : n);
}

static ft_obj *longrangeiter_next(ft_obj *self) {
    longrangeiter *it = (longrangeiter *)self;
    ft_lock(it);
    ft_obj *res = NULL;
    if (I_cmp(it->index, it->len) < 0) {
        ft_obj *m = I_mul(it->index, it->step);
        ft_obj *v = m ? I_add(it->start, m) : NULL;
        ft_obj *ni = v ? I_add(it->index, ft_smallint(1)) : NULL;
        if (ni) { it->index = ni; res = v; }
    }
    ft_unlock(it);
    return res;
}

static ft_obj *longrangeiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    longrangeiter *it = (longrangeiter *)self;
    ft_lock(it);
    ft_obj *r = I_sub(it->len, it->index);
    ft_unlock(it);
    return r;
}

static const ft_method_def rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};
static const ft_method_def longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};

ft_type ft_rangeiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "range_iterator",
    .basicsize = sizeof(rangeiter),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .iter = ft_iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

ft_type ft_longrangeiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "longrange_iterator",
    .basicsize = sizeof(longrangeiter),
    .iter = ft_iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

static const ft_method_def range_methods[] = {
    {"count", range_count, FT_METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, FT_METH_O, "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"__reversed__", range_reversed, FT_METH_NOARGS, "Return a reverse iterator."},
    {"__reduce__", range_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

static const ft_member_def range_members[] = {
    {"start", FT_MEMBER_OBJECT, offsetof(ft_range, start), FT_MEMBER_READONLY, NULL},
    {"stop", FT_MEMBER_OBJECT, offsetof(ft_range, stop), FT_MEMBER_READONLY, NULL},
    {"step", FT_MEMBER_OBJECT, offsetof(ft_range, step), FT_MEMBER_READONLY, NULL},
    {NULL}
};

ft_type ft_range_type = {
    FT_TYPE_HEAD_INIT,
    .name = "range",
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .basicsize = sizeof(ft_range),
    .flags = FT_TPF_SEQUENCE,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_tp_new,
    .length = range_length,
    .subscript = range_subscript,
    .contains = range_contains,
    .as_number = { .bool_ = range_bool },
    .methods = range_methods,
    .members = range_members,
};

int ft_range_types_init(void) {
    if (ft_type_ready(&ft_range_type) < 0) return -1;
    if (ft_type_ready(&ft_rangeiter_type) < 0) return -1;
    if (ft_type_ready(&ft_longrangeiter_type) < 0) return -1;
    return 0;
}
