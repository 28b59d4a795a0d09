/* collectionsmodule.c -- _collections: the deque type in C.
 *
 * A deque is a ring buffer of `cap` slots (a power of two, GC memory of
 * kind SCAN, replaced -- never shrunk in place -- when it grows) holding
 * `size` items from `head`. Every operation holds the deque's ob_lock for
 * its whole duration, so each single operation is atomic with respect to
 * other threads (issue 3's guarantee for builtin containers). Nothing that
 * can run Python code (__eq__, __repr__ of items, iteration of an argument)
 * runs under the lock: such operations copy the items out first, then work
 * on the copy. `state` counts mutations; iterators and searches compare it
 * to report "deque mutated during iteration" as CPython does.
 */
#include "core/ftcore.h"
#include "objects/containers.h"

typedef struct {
    ft_obj ob;
    ft_obj **buf;          /* cap slots; guarded by ob_lock */
    ft_ssize cap, head;    /* guarded by ob_lock */
    _Atomic ft_ssize size; /* written under ob_lock; len() reads it without */
    _Atomic ft_ssize maxlen; /* -1: unbounded; written by __init__ under ob_lock, read anywhere */
    uint64_t state;        /* mutation count; guarded by ob_lock */
} dequeobj;

typedef struct {
    ft_obj ob;
    dequeobj *dq;
    ft_ssize index;        /* items already produced; guarded by the deque's lock */
    uint64_t state;
    bool reverse;
} dequeiter;

extern ft_type ft_deque_type, ft_dequeiter_type, ft_dequereviter_type;

#define DQ(o) ((dequeobj *)(o))

static bool deque_check(ft_obj *o) {
    return !ft_is_smallint(o) && ft_type_is_subtype(FT_TYPE(o), &ft_deque_type);
}

static inline ft_ssize dq_size(dequeobj *d) {
    return atomic_load_explicit(&d->size, memory_order_relaxed);
}

static inline ft_obj **slot(dequeobj *d, ft_ssize i) {
    return &d->buf[(d->head + i) & (d->cap - 1)];
}

/* ---- primitives: caller holds the lock --------------------------------------- */

static int grow_locked(dequeobj *d, ft_ssize need) {
    if (need <= d->cap)
        return 0;
    ft_ssize cap = d->cap ? d->cap : 8;
    while (cap < need) {
        if (cap > PTRDIFF_MAX / 2 / (ft_ssize)sizeof(ft_obj *)) {
            ft_err_no_memory();
            return -1;
        }
        cap *= 2;
    }
    ft_obj **nb = ft_gc_alloc((size_t)cap * sizeof(ft_obj *), FT_GC_SCAN);
    if (!nb)
        return -1;
    ft_ssize n = dq_size(d);
    for (ft_ssize i = 0; i < n; i++)
        nb[i] = *slot(d, i);
    d->buf = nb;
    d->cap = cap;
    d->head = 0;
    return 0;
}

static ft_obj *pop_locked(dequeobj *d) {
    ft_ssize n = dq_size(d);
    ft_obj **s = slot(d, n - 1);
    ft_obj *x = *s;
    *s = NULL;
    atomic_store_explicit(&d->size, n - 1, memory_order_relaxed);
    d->state++;
    return x;
}

static ft_obj *popleft_locked(dequeobj *d) {
    ft_ssize n = dq_size(d);
    ft_obj **s = slot(d, 0);
    ft_obj *x = *s;
    *s = NULL;
    d->head = (d->head + 1) & (d->cap - 1);
    atomic_store_explicit(&d->size, n - 1, memory_order_relaxed);
    d->state++;
    return x;
}

static int append_locked(dequeobj *d, ft_obj *x) {
    if (d->maxlen == 0)
        return 0;
    if (d->maxlen > 0 && dq_size(d) >= d->maxlen)
        popleft_locked(d);
    if (grow_locked(d, dq_size(d) + 1) < 0)
        return -1;
    ft_ssize n = dq_size(d);
    *slot(d, n) = x;
    atomic_store_explicit(&d->size, n + 1, memory_order_relaxed);
    d->state++;
    return 0;
}

static int appendleft_locked(dequeobj *d, ft_obj *x) {
    if (d->maxlen == 0)
        return 0;
    if (d->maxlen > 0 && dq_size(d) >= d->maxlen)
        pop_locked(d);
    if (grow_locked(d, dq_size(d) + 1) < 0)
        return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->buf[d->head] = x;
    atomic_store_explicit(&d->size, dq_size(d) + 1, memory_order_relaxed);
    d->state++;
    return 0;
}

static void clear_locked(dequeobj *d) {
    for (ft_ssize i = 0; i < dq_size(d); i++)
        *slot(d, i) = NULL;
    d->head = 0;
    atomic_store_explicit(&d->size, 0, memory_order_relaxed);
    d->state++;
}

/* Items as a fresh tuple (a consistent snapshot), with the state it had. */
static ft_obj *snapshot(dequeobj *d, uint64_t *state) {
    for (;;) {
        ft_ssize n = dq_size(d);
        ft_obj *t = ft_tuple_new(n);
        if (!t)
            return NULL;
        ft_lock(d);
        if (dq_size(d) != n) {
            ft_unlock(d);
            continue;   /* changed while we allocated: size the copy again */
        }
        ft_obj **items = ft_tuple_items(t);
        for (ft_ssize i = 0; i < n; i++)
            items[i] = *slot(d, i);
        if (state)
            *state = d->state;
        ft_unlock(d);
        return t;
    }
}

/* Replace the contents with items[0..n) (under the lock). */
static int reset_locked(dequeobj *d, ft_obj *const *items, ft_ssize n) {
    ft_ssize cap = 8;
    while (cap < n) {
        if (cap > PTRDIFF_MAX / 4 / (ft_ssize)sizeof(ft_obj *)) {
            ft_err_no_memory();
            return -1;
        }
        cap *= 2;
    }
    ft_obj **nb = ft_gc_alloc((size_t)cap * sizeof(ft_obj *), FT_GC_SCAN);
    if (!nb)
        return -1;
    for (ft_ssize i = 0; i < n; i++)
        nb[i] = items[i];
    d->buf = nb;
    d->cap = cap;
    d->head = 0;
    atomic_store_explicit(&d->size, n, memory_order_relaxed);
    d->state++;
    return 0;
}

/* ---- construction ----------------------------------------------------------------- */

static ft_obj *deque_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    dequeobj *d = (dequeobj *)ft_obj_alloc(type, (size_t)type->basicsize);
    if (!d)
        return NULL;
    d->maxlen = -1;
    return (ft_obj *)d;
}

static int extend_impl(dequeobj *d, ft_obj *iterable, bool left);

static int deque_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "maxlen", NULL };
    ft_obj *v[2];
    if (ft_parse_args("deque", args, nargs, kwnames, names, 0, 0, v) < 0)
        return -1;
    ft_ssize maxlen = -1;
    if (v[1] && v[1] != ft_None) {
        if (!ft_is_smallint(v[1]) && !ft_int_check(v[1])) {
            ft_err_set_str(ft_exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = ft_index_as_ssize(v[1], ft_exc_OverflowError);
        if (maxlen == -1 && ft_err_occurred())
            return -1;
        if (maxlen < 0) {
            ft_err_set_str(ft_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    dequeobj *d = DQ(self);
    ft_lock(d);
    d->maxlen = maxlen;
    if (dq_size(d))
        clear_locked(d);
    ft_unlock(d);
    if (v[0])
        return extend_impl(d, v[0], false);
    return 0;
}

/* ---- methods ---------------------------------------------------------------------- */

static ft_obj *deque_append(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_lock(d);
    int r = append_locked(d, a[0]);
    ft_unlock(d);
    return r < 0 ? NULL : ft_None;
}

static ft_obj *deque_appendleft(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_lock(d);
    int r = appendleft_locked(d, a[0]);
    ft_unlock(d);
    return r < 0 ? NULL : ft_None;
}

static ft_obj *deque_pop(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_lock(d);
    ft_obj *x = dq_size(d) ? pop_locked(d) : NULL;
    ft_unlock(d);
    if (!x)
        ft_err_set_str(ft_exc_IndexError, "pop from an empty deque");
    return x;
}

static ft_obj *deque_popleft(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_lock(d);
    ft_obj *x = dq_size(d) ? popleft_locked(d) : NULL;
    ft_unlock(d);
    if (!x)
        ft_err_set_str(ft_exc_IndexError, "pop from an empty deque");
    return x;
}

static int extend_impl(dequeobj *d, ft_obj *iterable, bool left) {
    ft_obj *src = iterable;
    if (iterable == (ft_obj *)d) {
        src = snapshot(d, NULL);
        if (!src)
            return -1;
    }
    ft_obj *it = ft_iter(src);
    if (!it)
        return -1;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x)
            return ft_err_occurred() ? -1 : 0;
        ft_lock(d);
        int r = left ? appendleft_locked(d, x) : append_locked(d, x);
        ft_unlock(d);
        if (r < 0)
            return -1;
    }
}

static ft_obj *deque_extend(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return extend_impl(DQ(self), a[0], false) < 0 ? NULL : ft_None;
}

static ft_obj *deque_extendleft(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return extend_impl(DQ(self), a[0], true) < 0 ? NULL : ft_None;
}

static ft_obj *deque_clear(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_lock(d);
    clear_locked(d);
    ft_unlock(d);
    return ft_None;
}

static ft_obj *make_like(dequeobj *d, ft_obj *items) {
    ft_obj *args[2] = { items, d->maxlen < 0 ? ft_None : ft_int_from_i64(d->maxlen) };
    if (!args[1])
        return NULL;
    ft_type *tp = FT_TYPE(d);
    if (tp == &ft_deque_type) {
        ft_obj *nd = deque_new(tp, NULL, 0, NULL);
        if (!nd || deque_init(nd, args, 2, NULL) < 0)
            return NULL;
        return nd;
    }
    return ft_call((ft_obj *)tp, args, 2, NULL);
}

static ft_obj *deque_copy(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *items = snapshot(DQ(self), NULL);
    return items ? make_like(DQ(self), items) : NULL;
}

static ft_obj *deque_count(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    uint64_t st;
    ft_obj *items = snapshot(DQ(self), &st);
    if (!items)
        return NULL;
    ft_ssize c = 0;
    for (ft_ssize i = 0; i < ft_tuple_size(items); i++) {
        int r = ft_richcompare_bool(ft_tuple_get(items, i), a[0], FT_EQ);
        if (r < 0)
            return NULL;
        c += r;
        if (DQ(self)->state != st) {
            ft_err_set_str(ft_exc_RuntimeError, "deque mutated during iteration");
            return NULL;
        }
    }
    return ft_int_from_i64(c);
}

static ft_obj *deque_index(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("index", n, k, 1, 3) < 0)
        return NULL;
    uint64_t st;
    ft_obj *items = snapshot(DQ(self), &st);
    if (!items)
        return NULL;
    ft_ssize len = ft_tuple_size(items), start = 0, stop = len;
    if (n > 1) {
        start = ft_index_as_ssize(a[1], NULL);
        if (start == -1 && ft_err_occurred())
            return NULL;
        if (start < 0 && (start += len) < 0)
            start = 0;
    }
    if (n > 2) {
        stop = ft_index_as_ssize(a[2], NULL);
        if (stop == -1 && ft_err_occurred())
            return NULL;
        if (stop < 0 && (stop += len) < 0)
            stop = 0;
    }
    if (stop > len)
        stop = len;
    for (ft_ssize i = start; i < stop; i++) {
        int r = ft_richcompare_bool(ft_tuple_get(items, i), a[0], FT_EQ);
        if (r < 0)
            return NULL;
        if (r)
            return ft_int_from_i64(i);
        if (DQ(self)->state != st) {
            ft_err_set_str(ft_exc_RuntimeError, "deque mutated during iteration");
            return NULL;
        }
    }
    return ft_err_format(ft_exc_ValueError, "%R is not in deque", a[0]);
}

static ft_obj *deque_insert(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("insert", n, k, 2, 2) < 0)
        return NULL;
    ft_ssize i = ft_index_as_ssize(a[0], NULL);
    if (i == -1 && ft_err_occurred())
        return NULL;
    dequeobj *d = DQ(self);
    ft_lock(d);
    ft_ssize len = dq_size(d);
    if (d->maxlen >= 0 && len >= d->maxlen) {
        ft_unlock(d);
        return ft_err_format(ft_exc_IndexError, "deque already at its maximum size");
    }
    if (i < 0 && (i += len) < 0)
        i = 0;
    if (i > len)
        i = len;
    if (grow_locked(d, len + 1) < 0) {
        ft_unlock(d);
        return NULL;
    }
    for (ft_ssize j = len; j > i; j--)
        *slot(d, j) = *slot(d, j - 1);
    *slot(d, i) = a[1];
    atomic_store_explicit(&d->size, len + 1, memory_order_relaxed);
    d->state++;
    ft_unlock(d);
    return ft_None;
}

/* Delete item i (under the lock), closing the gap from the nearer end. */
static void del_locked(dequeobj *d, ft_ssize i) {
    ft_ssize n = dq_size(d);
    if (i < n / 2) {
        for (ft_ssize j = i; j > 0; j--)
            *slot(d, j) = *slot(d, j - 1);
        *slot(d, 0) = NULL;
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ft_ssize j = i; j < n - 1; j++)
            *slot(d, j) = *slot(d, j + 1);
        *slot(d, n - 1) = NULL;
    }
    atomic_store_explicit(&d->size, n - 1, memory_order_relaxed);
    d->state++;
}

static ft_obj *deque_remove(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    uint64_t st;
    ft_obj *items = snapshot(d, &st);
    if (!items)
        return NULL;
    for (ft_ssize i = 0; i < ft_tuple_size(items); i++) {
        int r = ft_richcompare_bool(ft_tuple_get(items, i), a[0], FT_EQ);
        if (r < 0)
            return NULL;
        if (!r)
            continue;
        ft_lock(d);
        if (d->state != st) {
            ft_unlock(d);
            return ft_err_format(ft_exc_IndexError, "deque mutated during remove().");
        }
        del_locked(d, i);
        ft_unlock(d);
        return ft_None;
    }
    return ft_err_format(ft_exc_ValueError, "%R is not in deque", a[0]);
}

static ft_obj *deque_reverse(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_lock(d);
    for (ft_ssize i = 0, j = dq_size(d) - 1; i < j; i++, j--) {
        ft_obj *t = *slot(d, i);
        *slot(d, i) = *slot(d, j);
        *slot(d, j) = t;
    }
    d->state++;
    ft_unlock(d);
    return ft_None;
}

static ft_obj *deque_rotate(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("rotate", n, k, 0, 1) < 0)
        return NULL;
    ft_ssize r = 1;
    if (n) {
        r = ft_index_as_ssize(a[0], ft_exc_OverflowError);
        if (r == -1 && ft_err_occurred())
            return NULL;
    }
    dequeobj *d = DQ(self);
    ft_lock(d);
    ft_ssize len = dq_size(d);
    if (len > 1) {
        r %= len;
        if (r < 0)
            r += len;
        /* rotate right by r == move the last r items to the front; a full
         * ring (len == cap) rotates by moving head alone */
        if (len == d->cap) {
            d->head = (d->head - r) & (d->cap - 1);
        } else if (r <= len - r) {
            for (ft_ssize i = 0; i < r; i++) {
                ft_obj *x = *slot(d, len - 1);
                *slot(d, len - 1) = NULL;
                d->head = (d->head - 1) & (d->cap - 1);
                d->buf[d->head] = x;
            }
        } else {
            for (ft_ssize i = 0; i < len - r; i++) {
                ft_obj *x = *slot(d, 0);
                *slot(d, 0) = NULL;
                d->head = (d->head + 1) & (d->cap - 1);
                *slot(d, len - 1) = x;
            }
        }
        d->state++;
    }
    ft_unlock(d);
    return ft_None;
}

static ft_obj *deque_iter_new(ft_obj *self, bool reverse);

static ft_obj *deque_reversed(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return deque_iter_new(self, true);
}

static ft_obj *deque_reduce(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeobj *d = DQ(self);
    ft_obj *args;
    if (d->maxlen < 0) {
        args = ft_tuple_new(0);
    } else {
        ft_obj *ml = ft_int_from_i64(d->maxlen);
        ft_obj *empty = ft_tuple_new(0);
        args = ml && empty ? ft_tuple_pack(2, empty, ml) : NULL;
    }
    if (!args)
        return NULL;
    ft_obj *state = ft_None;
    ft_obj **dp = ft_obj_dictptr(self);
    if (dp && *dp && ft_len(*dp) > 0)
        state = *dp;
    ft_obj *items = snapshot(d, NULL);
    ft_obj *it = items ? ft_iter(items) : NULL;
    if (!it)
        return NULL;
    return ft_tuple_pack(4, (ft_obj *)FT_TYPE(self), args, state, it);
}

static ft_obj *deque_get_maxlen(ft_obj *self, void *c) {
    ft_ssize m = DQ(self)->maxlen;
    return m < 0 ? ft_None : ft_int_from_i64(m);
}

/* ---- sequence slots ------------------------------------------------------------ */

static ft_ssize deque_length(ft_obj *self) { return dq_size(DQ(self)); }

static int index_arg(ft_obj *key, ft_ssize *out) {
    if (!ft_has_index(key)) {
        ft_err_format(ft_exc_TypeError, "sequence index must be integer, not '%s'", ft_type_name(ft_type_of(key)));
        return -1;
    }
    *out = ft_index_as_ssize(key, ft_exc_IndexError);
    return (*out == -1 && ft_err_occurred()) ? -1 : 0;
}

static ft_obj *deque_subscript(ft_obj *self, ft_obj *key) {
    ft_ssize i;
    if (index_arg(key, &i) < 0)
        return NULL;
    dequeobj *d = DQ(self);
    ft_lock(d);
    ft_ssize n = dq_size(d);
    if (i < 0)
        i += n;
    ft_obj *x = (i >= 0 && i < n) ? *slot(d, i) : NULL;
    ft_unlock(d);
    if (!x)
        ft_err_set_str(ft_exc_IndexError, "deque index out of range");
    return x;
}

static int deque_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value) {
    ft_ssize i;
    if (index_arg(key, &i) < 0)
        return -1;
    dequeobj *d = DQ(self);
    ft_lock(d);
    ft_ssize n = dq_size(d);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        ft_unlock(d);
        ft_err_set_str(ft_exc_IndexError, "deque index out of range");
        return -1;
    }
    if (value) {
        *slot(d, i) = value;
    } else {
        del_locked(d, i);
    }
    ft_unlock(d);
    return 0;
}

static int deque_contains(ft_obj *self, ft_obj *x) {
    uint64_t st;
    ft_obj *items = snapshot(DQ(self), &st);
    if (!items)
        return -1;
    for (ft_ssize i = 0; i < ft_tuple_size(items); i++) {
        int r = ft_richcompare_bool(ft_tuple_get(items, i), x, FT_EQ);
        if (r)
            return r;
        if (DQ(self)->state != st) {
            ft_err_set_str(ft_exc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

static ft_obj *deque_repr(ft_obj *self) {
    int r = ft_repr_enter(self);
    if (r < 0)
        return NULL;
    if (r > 0)
        return ft_str_from_cstr("[...]");
    ft_obj *res = NULL;
    ft_obj *items = snapshot(DQ(self), NULL);
    ft_obj *list = items ? ft_sequence_list(items) : NULL;
    ft_obj *lr = list ? ft_repr(list) : NULL;
    if (lr) {
        const char *name = ft_type_name(FT_TYPE(self));
        ft_ssize m = DQ(self)->maxlen;
        res = m < 0 ? ft_str_from_format("%s(%U)", name, lr)
                    : ft_str_from_format("%s(%U, maxlen=%zd)", name, lr, m);
    }
    ft_repr_leave(self);
    return res;
}

static ft_obj *deque_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (!deque_check(a) || !deque_check(b))
        return ft_NotImplemented;
    ft_obj *ta = snapshot(DQ(a), NULL);
    ft_obj *tb = ta ? snapshot(DQ(b), NULL) : NULL;
    if (!tb)
        return NULL;
    return ft_richcompare(ta, tb, op);
}

static ft_obj *deque_add(ft_obj *a, ft_obj *b) {
    if (!deque_check(a))
        return ft_NotImplemented;
    if (!deque_check(b)) {
        if (ft_other_may_handle(b, "__radd__"))
            return ft_NotImplemented;
        return ft_err_format(ft_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                             ft_type_name(ft_type_of(b)));
    }
    ft_obj *nd = deque_copy(a, NULL, 0, NULL);
    if (!nd || extend_impl(DQ(nd), b, false) < 0)
        return NULL;
    return nd;
}

static ft_obj *deque_inplace_add(ft_obj *a, ft_obj *b) {
    if (extend_impl(DQ(a), b, false) < 0)
        return NULL;
    return a;
}

static ft_obj *repeat_items(ft_obj *items, ft_ssize times) {
    ft_ssize n = ft_tuple_size(items);
    if (times <= 0 || n == 0)
        return ft_tuple_new(0);
    if (n > PTRDIFF_MAX / times)
        return ft_err_no_memory();
    ft_obj *t = ft_tuple_new(n * times);
    if (!t)
        return NULL;
    for (ft_ssize r = 0; r < times; r++)
        for (ft_ssize i = 0; i < n; i++)
            ft_tuple_items(t)[r * n + i] = ft_tuple_get(items, i);
    return t;
}

static ft_obj *deque_mul(ft_obj *a, ft_obj *b) {
    ft_obj *dqo = deque_check(a) ? a : b, *cnt = deque_check(a) ? b : a;
    if (!ft_has_index(cnt)) {
        /* CPython's deque repeats through the sequence protocol, which
         * names the count's type when it is not an integer */
        if (ft_other_may_handle(cnt, dqo == a ? "__rmul__" : "__mul__"))
            return ft_NotImplemented;
        return ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             ft_type_name(ft_type_of(cnt)));
    }
    ft_ssize times = ft_index_as_ssize(cnt, ft_exc_OverflowError);
    if (times == -1 && ft_err_occurred())
        return NULL;
    dequeobj *d = DQ(dqo);
    ft_obj *items = snapshot(d, NULL);
    if (!items)
        return NULL;
    /* with a maxlen only the last maxlen items can survive */
    ft_obj *rep = repeat_items(items, times);
    return rep ? make_like(d, rep) : NULL;
}

static ft_obj *deque_inplace_mul(ft_obj *a, ft_obj *b) {
    if (!ft_has_index(b))
        return ft_NotImplemented;
    ft_ssize times = ft_index_as_ssize(b, ft_exc_OverflowError);
    if (times == -1 && ft_err_occurred())
        return NULL;
    dequeobj *d = DQ(a);
    ft_obj *items = snapshot(d, NULL);
    ft_obj *rep = items ? repeat_items(items, times) : NULL;
    if (!rep)
        return NULL;
    ft_ssize n = ft_tuple_size(rep), skip = 0;
    ft_lock(d);
    if (d->maxlen >= 0 && n > d->maxlen)
        skip = n - d->maxlen;
    int r = reset_locked(d, ft_tuple_items(rep) + skip, n - skip);
    ft_unlock(d);
    return r < 0 ? NULL : a;
}

/* ---- iterators --------------------------------------------------------------------- */

static ft_obj *deque_iter_new(ft_obj *self, bool reverse) {
    dequeiter *it = (dequeiter *)ft_obj_alloc(reverse ? &ft_dequereviter_type : &ft_dequeiter_type,
                                              sizeof(dequeiter));
    if (!it)
        return NULL;
    dequeobj *d = DQ(self);
    it->dq = d;
    it->reverse = reverse;
    ft_lock(d);
    it->state = d->state;
    ft_unlock(d);
    return (ft_obj *)it;
}

static ft_obj *deque_iter(ft_obj *self) { return deque_iter_new(self, false); }

static ft_obj *dequeiter_next(ft_obj *self) {
    dequeiter *it = (dequeiter *)self;
    dequeobj *d = it->dq;
    ft_obj *x = NULL;
    bool mutated = false;
    /* the iterator's fields are only touched under the deque's lock */
    ft_lock(d);
    if (d->state != it->state) {
        mutated = true;
    } else if (it->index < dq_size(d)) {
        ft_ssize i = it->reverse ? dq_size(d) - 1 - it->index : it->index;
        x = *slot(d, i);
        it->index++;
    }
    ft_unlock(d);
    if (mutated) {
        ft_err_set_str(ft_exc_RuntimeError, "deque mutated during iteration");
        return NULL;
    }
    return x;
}

static ft_obj *dequeiter_length_hint(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    dequeiter *it = (dequeiter *)self;
    ft_ssize left = dq_size(it->dq) - it->index;
    return ft_int_from_i64(left > 0 ? left : 0);
}

static const ft_method_def dequeiter_methods[] = {
    { "__length_hint__", dequeiter_length_hint, FT_METH_NOARGS, NULL },
    { NULL }
};

ft_type ft_dequeiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(dequeiter),
    .iter = ft_iter_self,
    .iternext = dequeiter_next,
    .methods = dequeiter_methods,
};

ft_type ft_dequereviter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(dequeiter),
    .iter = ft_iter_self,
    .iternext = dequeiter_next,
    .methods = dequeiter_methods,
};

/* ---- the type ---------------------------------------------------------------------- */

static const ft_method_def deque_methods[] = {
    { "append", deque_append, FT_METH_O, "Add an element to the right side of the deque." },
    { "appendleft", deque_appendleft, FT_METH_O, "Add an element to the left side of the deque." },
    { "pop", deque_pop, FT_METH_NOARGS, "Remove and return the rightmost element." },
    { "popleft", deque_popleft, FT_METH_NOARGS, "Remove and return the leftmost element." },
    { "extend", deque_extend, FT_METH_O, "Extend the right side of the deque with elements from the iterable." },
    { "extendleft", deque_extendleft, FT_METH_O, "Extend the left side of the deque with elements from the iterable." },
    { "clear", deque_clear, FT_METH_NOARGS, "Remove all elements from the deque." },
    { "copy", deque_copy, FT_METH_NOARGS, "Return a shallow copy of a deque." },
    { "__copy__", deque_copy, FT_METH_NOARGS, "Return a shallow copy of a deque." },
    { "count", deque_count, FT_METH_O, "Return number of occurrences of value." },
    { "index", deque_index, FT_METH_VARARGS, "Return first index of value." },
    { "insert", deque_insert, FT_METH_VARARGS, "Insert value before index." },
    { "remove", deque_remove, FT_METH_O, "Remove first occurrence of value." },
    { "reverse", deque_reverse, FT_METH_NOARGS, "Reverse *IN PLACE*." },
    { "rotate", deque_rotate, FT_METH_VARARGS, "Rotate the deque n steps to the right.  If n is negative, rotates left." },
    { "__reversed__", deque_reversed, FT_METH_NOARGS, "Return a reverse iterator over the deque." },
    { "__reduce__", deque_reduce, FT_METH_NOARGS, "Return state information for pickling." },
    { "__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585" },
    { NULL }
};

static const ft_getset_def deque_getsets[] = {
    { "maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL },
    { NULL }
};

ft_type ft_deque_type = {
    FT_TYPE_HEAD_INIT,
    .name = "collections.deque",
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
    .basicsize = sizeof(dequeobj),
    .flags = FT_TPF_BASETYPE | FT_TPF_SEQUENCE,
    .repr = deque_repr,
    .hash = ft_hash_unhashable,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .new_ = deque_new,
    .init = deque_init,
    .length = deque_length,
    .subscript = deque_subscript,
    .ass_subscript = deque_ass_subscript,
    .contains = deque_contains,
    .as_number = { .add = deque_add, .inplace_add = deque_inplace_add, .multiply = deque_mul,
                   .inplace_multiply = deque_inplace_mul },
    .methods = deque_methods,
    .getsets = deque_getsets,
};

/* ---- module ------------------------------------------------------------------------ */

static ft_once types_once = FT_ONCE_INIT;
static int types_status;   /* written once under types_once */

static void ready_types(void) {
    types_status = (ft_type_ready(&ft_deque_type) < 0 || ft_type_ready(&ft_dequeiter_type) < 0 ||
                    ft_type_ready(&ft_dequereviter_type) < 0) ? -1 : 1;
}

static int collections_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "_collections: type initialisation failed");
        return -1;
    }
    if (ft_module_add_object(m, "deque", (ft_obj *)&ft_deque_type) < 0 ||
        ft_module_add_object(m, "_deque_iterator", (ft_obj *)&ft_dequeiter_type) < 0 ||
        ft_module_add_object(m, "_deque_reverse_iterator", (ft_obj *)&ft_dequereviter_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_collections_module_def = {
    .name = "_collections",
    .doc = "High performance data structures.",
    .methods = NULL,
    .exec = collections_exec,
    .gil_safe = true,
};
