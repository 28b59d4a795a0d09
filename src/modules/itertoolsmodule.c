/* itertoolsmodule.c -- the itertools module in C (CPython 3.13's public API).
 *
 * Every tool is an iterator type whose instance holds its state; `__next__`
 * advances it. Types, messages, reprs and __length_hint__ follow CPython 3.13
 * (pickling support, deprecated there, is not provided).
 *
 * Free threading: any of these iterators may be advanced by several threads
 * at once. Rules kept throughout:
 *  - a single pointer field that is replaced as a whole (chain's active
 *    iterator, zip_longest's exhausted slots, flags) is read and written with
 *    acquire/release atomics (LD/ST below): a racing reader sees the old or
 *    the new object, both alive (tracing GC) and fully initialised;
 *  - counters that racing threads must not share (islice's source position,
 *    chain's argument index, repeat's remaining count) are taken with atomic
 *    read-modify-write, so each position is handed to one thread only;
 *  - state made of several fields (count, accumulate, groupby, pairwise,
 *    combinatorics, tee buffers) is read and written under the object's
 *    ob_lock;
 *  - no Python code (next() of an argument, a predicate, a key function,
 *    __eq__, __add__) ever runs under a lock: the state is read under the
 *    lock, the call made without it, and the result stored under the lock
 *    again. Concurrent use may therefore produce an item twice or skip one,
 *    as in CPython's free-threaded build, but never corrupts memory.
 *  - the combinatoric tools and repeat run no Python code at all in
 *    __next__, so they hold the lock for the whole step and are exact.
 * tee: all tees of one source share a chain of _tee_dataobject buffers and a
 * `teestream` holding the source iterator; its ob_lock guards the buffers
 * and the (buffer, index) position of every tee of that source. One thread
 * at a time fetches from the source (`fetcher`, set under the lock, cleared
 * once the item is appended), so the buffer keeps the source's order; others
 * needing a new item wait at safepoints, and re-entry from the fetching
 * thread raises RuntimeError as in CPython.
 */
#include "core/ftcore.h"
#include "objects/containers.h"
#include <sched.h>

/* acquire/release: a pointer published by one thread (a new iterator) is
 * read with its contents initialised by another */
#define LD(p) __atomic_load_n(&(p), __ATOMIC_ACQUIRE)
#define ST(p, v) __atomic_store_n(&(p), (v), __ATOMIC_RELEASE)

extern ft_type it_count_type, it_repeat_type, it_cycle_type, it_accumulate_type, it_batched_type,
    it_chain_type, it_combinations_type, it_cwr_type, it_permutations_type, it_product_type,
    it_compress_type, it_dropwhile_type, it_takewhile_type, it_filterfalse_type, it_groupby_type,
    it_grouper_type, it_islice_type, it_pairwise_type, it_starmap_type, it_zip_longest_type,
    it_tee_type, it_teedata_type, it_teestream_type;

/* ---- argument helpers ---------------------------------------------------- */

/* CPython checks "takes no keyword arguments" only when the subclass did not
 * override __init__ (it would receive the keywords). */
static int no_keywords(ft_type *type, ft_type *base, const char *name, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0 && (type == base || type->init == base->init)) {
        ft_err_format(ft_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int check_nargs(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        ft_err_format(ft_exc_TypeError, "%s expected %zu argument%s, got %zu", name, min,
                      min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        ft_err_format(ft_exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                      min == 1 ? "" : "s", nargs);
    else
        ft_err_format(ft_exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                      max == 1 ? "" : "s", nargs);
    return -1;
}

/* operator.index(o) as ft_ssize with CPython's overflow message. */
static ft_ssize as_ssize(ft_obj *o) {
    if (ft_is_smallint(o))
        return (ft_ssize)ft_smallint_value(o);
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ft_ssize)v;
}

/* Pickling was deprecated in CPython 3.13 and is not provided: refuse it
 * rather than let object.__reduce_ex__ rebuild a fresh, wrong iterator. */
static ft_obj *no_reduce(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_err_format(ft_exc_TypeError, "cannot pickle '%s' object", FT_TYPE(self)->name);
}

static ft_obj *alloc_obj(ft_type *type) {
    return ft_obj_alloc(type, (size_t)type->basicsize);
}

/* GC memory for n index words; MemoryError rather than a wrapped size. */
static ft_ssize *alloc_indices(ft_ssize n) {
    if (n < 0 || (size_t)n > (size_t)PTRDIFF_MAX / sizeof(ft_ssize) / 2) {
        ft_err_no_memory();
        return NULL;
    }
    return ft_gc_alloc((size_t)(n ? n : 1) * sizeof(ft_ssize), FT_GC_ATOMIC);
}

static bool number_check(ft_obj *o) {
    if (ft_is_smallint(o))
        return true;
    ft_type *t = FT_TYPE(o);
    return t->as_number.index || t->as_number.int_ || t->as_number.float_ ||
           ft_type_is_subtype(t, &ft_complex_type);
}

/* ==== count ================================================================ */

typedef struct {
    ft_obj ob;
    bool fast;          /* cnt is the value, step is 1 */
    ft_ssize cnt;
    ft_obj *long_cnt;   /* slow mode value */
    ft_obj *step;
} countobj;

static ft_obj *count_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "start", "step", NULL };
    ft_obj *v[2];
    if (ft_parse_args("count", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    ft_obj *start = v[0], *step = v[1];
    if ((start && !number_check(start)) || (step && !number_check(step))) {
        ft_err_set_str(ft_exc_TypeError, "a number is required");
        return NULL;
    }
    if (!start)
        start = ft_smallint(0);
    if (!step)
        step = ft_smallint(1);
    countobj *c = (countobj *)alloc_obj(type);
    if (!c)
        return NULL;
    bool step_one = false;
    if (ft_int_check(step)) {
        int64_t sv;
        int ovf;
        ft_int_as_i64_overflow(step, &sv, &ovf);
        step_one = !ovf && sv == 1;
    }
    c->step = step;
    c->fast = false;
    if (step_one && ft_int_check(start)) {
        int64_t sv;
        int ovf;
        ft_int_as_i64_overflow(start, &sv, &ovf);
        if (!ovf && sv != INT64_MAX) {
            c->fast = true;
            c->cnt = sv;
            return (ft_obj *)c;
        }
    }
    c->long_cnt = start;
    return (ft_obj *)c;
}

static ft_obj *count_next(ft_obj *self) {
    countobj *c = (countobj *)self;
    ft_lock(c);
    if (c->fast) {
        ft_ssize v = c->cnt;
        if (v < INT64_MAX - 1) {
            c->cnt = v + 1;
            ft_unlock(c);
            return ft_smallint_fits(v) ? ft_smallint(v) : ft_int_from_i64(v);
        }
        /* leave fast mode before the counter would overflow */
        ft_unlock(c);
        ft_obj *lc = ft_int_from_i64(v);
        if (!lc)
            return NULL;
        ft_lock(c);
        if (c->fast) {
            c->long_cnt = lc;
            c->fast = false;
        }
    }
    ft_obj *cur = c->long_cnt, *step = c->step;
    ft_unlock(c);
    ft_obj *nxt = ft_binary_op(cur, step, FT_BINOP_ADD);
    if (!nxt)
        return NULL;
    ft_lock(c);
    if (c->long_cnt == cur)
        c->long_cnt = nxt;
    ft_unlock(c);
    return cur;
}

static ft_obj *count_repr(ft_obj *self) {
    countobj *c = (countobj *)self;
    ft_lock(c);
    bool fast = c->fast;
    ft_ssize cnt = c->cnt;
    ft_obj *lc = c->long_cnt, *step = c->step;
    ft_unlock(c);
    const char *name = FT_TYPE(self)->name;
    const char *dot = strrchr(name, '.');
    if (dot)
        name = dot + 1;
    if (fast)
        return ft_str_from_format("%s(%zd)", name, cnt);
    bool step_one = false;
    if (ft_int_check(step)) {
        int64_t sv;
        int ovf;
        ft_int_as_i64_overflow(step, &sv, &ovf);
        step_one = !ovf && sv == 1;
    }
    if (step_one)
        return ft_str_from_format("%s(%R)", name, lc);
    return ft_str_from_format("%s(%R, %R)", name, lc, step);
}

/* ==== repeat =============================================================== */

typedef struct {
    ft_obj ob;
    ft_obj *element;
    ft_ssize cnt;       /* -1: forever; decremented atomically */
} repeatobj;

static ft_obj *repeat_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "object", "times", NULL };
    ft_obj *v[2];
    if (ft_parse_args("repeat", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_ssize cnt = -1;
    if (v[1]) {
        cnt = as_ssize(v[1]);
        if (cnt == -1 && ft_err_occurred())
            return NULL;
        if (cnt < 0)
            cnt = 0;
    }
    repeatobj *r = (repeatobj *)alloc_obj(type);
    if (!r)
        return NULL;
    r->element = v[0];
    r->cnt = cnt;
    return (ft_obj *)r;
}

static ft_obj *repeat_next(ft_obj *self) {
    repeatobj *r = (repeatobj *)self;
    ft_ssize c = LD(r->cnt);
    for (;;) {
        if (c < 0)
            return r->element;
        if (c == 0)
            return NULL;
        if (__atomic_compare_exchange_n(&r->cnt, &c, c - 1, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            return r->element;
    }
}

static ft_obj *repeat_repr(ft_obj *self) {
    repeatobj *r = (repeatobj *)self;
    ft_ssize c = LD(r->cnt);
    const char *name = FT_TYPE(self)->name;
    const char *dot = strrchr(name, '.');
    if (dot)
        name = dot + 1;
    if (c < 0)
        return ft_str_from_format("%s(%R)", name, r->element);
    return ft_str_from_format("%s(%R, %zd)", name, r->element, c);
}

static ft_obj *repeat_length_hint(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_ssize c = LD(((repeatobj *)self)->cnt);
    if (c < 0) {
        ft_err_set_str(ft_exc_TypeError, "len() of unsized object");
        return NULL;
    }
    return ft_int_from_i64(c);
}

/* ==== cycle ================================================================ */

typedef struct {
    ft_obj ob;
    ft_obj *it;         /* NULL once exhausted: then replay `replay` */
    ft_obj *saved;      /* list of the items of the first pass */
    ft_obj *replay;     /* tuple snapshot of `saved`, published once the source is exhausted */
    ft_ssize index;     /* replay position; racing threads may repeat or skip one (never out of range) */
} cycleobj;

static ft_obj *cycle_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (no_keywords(type, &it_cycle_type, "cycle", kwnames) < 0 || check_nargs("cycle", nargs, 1, 1) < 0)
        return NULL;
    ft_obj *it = ft_iter(args[0]);
    if (!it)
        return NULL;
    ft_obj *saved = ft_list_new(0);
    if (!saved)
        return NULL;
    cycleobj *c = (cycleobj *)alloc_obj(type);
    if (!c)
        return NULL;
    c->it = it;
    c->saved = saved;
    return (ft_obj *)c;
}

static ft_obj *cycle_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    cycleobj *c = (cycleobj *)self;
    ft_obj *rp = __atomic_load_n(&c->replay, __ATOMIC_ACQUIRE);
    if (!rp) {
        ft_obj *it = LD(c->it);
        if (it) {
            ft_obj *x = ft_iter_next(it);
            if (x) {
                if (ft_list_append(c->saved, x) < 0)
                    return NULL;
                return x;
            }
            if (ft_err_occurred())
                return NULL;
            ST(c->it, NULL);
        }
        rp = ft_list_as_tuple(c->saved);
        if (!rp)
            return NULL;
        ft_obj *expected = NULL;
        if (!__atomic_compare_exchange_n(&c->replay, &expected, rp, false, __ATOMIC_ACQ_REL,
                                         __ATOMIC_ACQUIRE))
            rp = expected;
    }
    ft_ssize n = ft_tuple_size(rp);
    if (n == 0)
        return NULL;
    ft_ssize i = LD(c->index);
    if (i >= n || i < 0)
        i = 0;
    ST(c->index, i + 1);
    return ft_tuple_items(rp)[i];
}

/* ==== accumulate ============================================================ */

typedef struct {
    ft_obj ob;
    ft_obj *it, *func, *total, *initial;   /* total/initial guarded by ob_lock */
} accobj;

static ft_obj *accumulate_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "func", "$initial", NULL };
    ft_obj *v[3];
    if (ft_parse_args("accumulate", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *it = ft_iter(v[0]);
    if (!it)
        return NULL;
    accobj *a = (accobj *)alloc_obj(type);
    if (!a)
        return NULL;
    a->it = it;
    a->func = v[1] == ft_None ? NULL : v[1];
    a->initial = v[2] == ft_None ? NULL : v[2];
    return (ft_obj *)a;
}

static ft_obj *accumulate_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    accobj *a = (accobj *)self;
    ft_lock(a);
    ft_obj *init = a->initial;
    if (init) {
        a->initial = NULL;
        a->total = init;
        ft_unlock(a);
        return init;
    }
    ft_unlock(a);
    ft_obj *x = ft_iter_next(a->it);
    if (!x)
        return NULL;
    ft_lock(a);
    ft_obj *total = a->total;
    ft_unlock(a);
    ft_obj *nt;
    if (!total)
        nt = x;
    else if (a->func)
        nt = ft_call2(a->func, total, x);
    else
        nt = ft_binary_op(total, x, FT_BINOP_ADD);
    if (!nt)
        return NULL;
    ft_lock(a);
    a->total = nt;
    ft_unlock(a);
    return nt;
}

/* ==== batched =============================================================== */

typedef struct {
    ft_obj ob;
    ft_obj *it;         /* NULL once exhausted */
    ft_ssize n;
    bool strict;
} batchedobj;

static ft_obj *batched_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "n", "$strict", NULL };
    ft_obj *v[3];
    if (ft_parse_args("batched", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_ssize n = as_ssize(v[1]);
    if (n == -1 && ft_err_occurred())
        return NULL;
    if (n < 1) {
        ft_err_set_str(ft_exc_ValueError, "n must be at least one");
        return NULL;
    }
    bool strict = false;
    if (v[2]) {
        int t = ft_is_true(v[2]);
        if (t < 0)
            return NULL;
        strict = t;
    }
    ft_obj *it = ft_iter(v[0]);
    if (!it)
        return NULL;
    batchedobj *b = (batchedobj *)alloc_obj(type);
    if (!b)
        return NULL;
    b->it = it;
    b->n = n;
    b->strict = strict;
    return (ft_obj *)b;
}

static ft_obj *batched_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    batchedobj *b = (batchedobj *)self;
    ft_obj *it = LD(b->it);
    if (!it)
        return NULL;
    ft_ssize n = b->n;
    /* grow the batch as items arrive: a huge n costs only what is read */
    ft_ssize cap = n < 16 ? n : 16;
    ft_obj **buf = ft_gc_alloc((size_t)cap * sizeof(ft_obj *), FT_GC_SCAN);
    if (!buf)
        return NULL;
    ft_ssize i = 0;
    ft_unaryfunc nx = FT_TYPE(it)->iternext;
    for (; i < n; i++) {
        ft_obj *x = nx ? nx(it) : ft_iter_next(it);
        if (!x) {
            if (ft_err_occurred()) {
                if (!ft_err_matches((ft_obj *)ft_exc_StopIteration))
                    return NULL;
                ft_err_clear();
            }
            break;
        }
        if (i == cap) {
            ft_ssize ncap = cap * 2 < n && cap * 2 > 0 ? cap * 2 : n;
            ft_obj **nb = ft_gc_alloc((size_t)ncap * sizeof(ft_obj *), FT_GC_SCAN);
            if (!nb)
                return NULL;
            memcpy(nb, buf, (size_t)i * sizeof(ft_obj *));
            buf = nb;
            cap = ncap;
        }
        buf[i] = x;
    }
    if (i < n) {
        ST(b->it, NULL);
        if (i == 0)
            return NULL;
        if (b->strict) {
            ft_err_set_str(ft_exc_ValueError, "batched(): incomplete batch");
            return NULL;
        }
    }
    return ft_tuple_from_array(buf, i);
}

/* ==== chain ================================================================= */

typedef struct {
    ft_obj ob;
    ft_obj *source;     /* from_iterable: iterator over the iterables; NULL when done */
    ft_obj *args;       /* chain(*args): the tuple of iterables, taken by `argi` */
    ft_ssize argi;      /* next index into args; atomic fetch-and-add */
    ft_obj *active;     /* current iterator or NULL */
} chainobj;

static ft_obj *chain_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (no_keywords(type, &it_chain_type, "chain", kwnames) < 0)
        return NULL;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t)
        return NULL;
    chainobj *c = (chainobj *)alloc_obj(type);
    if (!c)
        return NULL;
    c->args = t;
    return (ft_obj *)c;
}

static ft_obj *chain_from_iterable(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs != 1 || (kwnames && ft_tuple_size(kwnames))) {
        if (kwnames && ft_tuple_size(kwnames))
            return ft_err_format(ft_exc_TypeError, "chain.from_iterable() takes no keyword arguments");
        return ft_err_format(ft_exc_TypeError, "chain.from_iterable() takes exactly one argument (%zu given)", nargs);
    }
    ft_obj *src = ft_iter(args[0]);
    if (!src)
        return NULL;
    chainobj *c = (chainobj *)alloc_obj((ft_type *)cls);
    if (!c)
        return NULL;
    c->source = src;
    return (ft_obj *)c;
}

static ft_obj *chain_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    chainobj *c = (chainobj *)self;
    for (;;) {
        ft_obj *act = LD(c->active);
        if (act) {
            ft_unaryfunc nx = FT_TYPE(act)->iternext;
            ft_obj *x = nx ? nx(act) : ft_iter_next(act);
            if (x)
                return x;
            if (ft_err_occurred()) {
                if (!ft_err_matches((ft_obj *)ft_exc_StopIteration))
                    return NULL;
                ft_err_clear();
            }
            __atomic_compare_exchange_n(&c->active, &act, NULL, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
            continue;
        }
        ft_obj *iterable;
        if (c->args) {
            ft_ssize i = LD(c->argi);
            if (i >= ft_tuple_size(c->args))
                return NULL;
            i = __atomic_fetch_add(&c->argi, 1, __ATOMIC_RELAXED);
            if (i >= ft_tuple_size(c->args))
                return NULL;
            iterable = ft_tuple_get(c->args, i);
        } else {
            ft_obj *src = LD(c->source);
            if (!src)
                return NULL;
            iterable = ft_iter_next(src);
            if (!iterable) {
                if (!ft_err_occurred())
                    ST(c->source, NULL);
                return NULL;
            }
        }
        ft_obj *nit = ft_iter(iterable);
        if (!nit)
            return NULL;
        ST(c->active, nit);
    }
}

/* ==== combinatorics (no Python code in __next__: whole step under the lock) == */

typedef struct {
    ft_obj ob;
    ft_obj *pool;       /* tuple */
    ft_ssize *indices;
    ft_ssize *cycles;   /* permutations only */
    ft_ssize r;
    bool started, stopped;
} combobj;

static ft_obj *pool_tuple(ft_obj *iterable) {
    return ft_sequence_tuple(iterable);
}

static ft_obj *result_from_indices(combobj *c, ft_ssize r) {
    ft_obj *t = ft_tuple_new(r);
    if (!t)
        return NULL;
    ft_obj **items = ft_tuple_items(t), **pool = ft_tuple_items(c->pool);
    for (ft_ssize i = 0; i < r; i++)
        items[i] = pool[c->indices[i]];
    return t;
}

static ft_obj *combinations_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "r", NULL };
    ft_obj *v[2];
    if (ft_parse_args("combinations", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_obj *pool = pool_tuple(v[0]);
    if (!pool)
        return NULL;
    ft_ssize r = as_ssize(v[1]);
    if (r == -1 && ft_err_occurred())
        return NULL;
    if (r < 0) {
        ft_err_set_str(ft_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    ft_ssize *idx = alloc_indices(r);
    if (!idx)
        return NULL;
    for (ft_ssize i = 0; i < r; i++)
        idx[i] = i;
    combobj *c = (combobj *)alloc_obj(type);
    if (!c)
        return NULL;
    c->pool = pool;
    c->indices = idx;
    c->r = r;
    c->stopped = r > ft_tuple_size(pool);
    return (ft_obj *)c;
}

static ft_obj *combinations_next(ft_obj *self) {
    combobj *c = (combobj *)self;
    ft_ssize n = ft_tuple_size(c->pool), r = c->r;
    ft_lock(c);
    if (c->stopped)
        goto done;
    if (c->started) {
        ft_ssize i = r - 1;
        while (i >= 0 && c->indices[i] == i + n - r)
            i--;
        if (i < 0) {
            c->stopped = true;
            goto done;
        }
        c->indices[i]++;
        for (ft_ssize j = i + 1; j < r; j++)
            c->indices[j] = c->indices[j - 1] + 1;
    }
    c->started = true;
    ft_obj *res = result_from_indices(c, r);
    ft_unlock(c);
    return res;
done:
    ft_unlock(c);
    return NULL;
}

static ft_obj *cwr_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "r", NULL };
    ft_obj *v[2];
    if (ft_parse_args("combinations_with_replacement", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_obj *pool = pool_tuple(v[0]);
    if (!pool)
        return NULL;
    ft_ssize r = as_ssize(v[1]);
    if (r == -1 && ft_err_occurred())
        return NULL;
    if (r < 0) {
        ft_err_set_str(ft_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    ft_ssize *idx = alloc_indices(r);
    if (!idx)
        return NULL;
    combobj *c = (combobj *)alloc_obj(type);
    if (!c)
        return NULL;
    c->pool = pool;
    c->indices = idx;
    c->r = r;
    c->stopped = ft_tuple_size(pool) == 0 && r > 0;
    return (ft_obj *)c;
}

static ft_obj *cwr_next(ft_obj *self) {
    combobj *c = (combobj *)self;
    ft_ssize n = ft_tuple_size(c->pool), r = c->r;
    ft_lock(c);
    if (c->stopped)
        goto done;
    if (c->started) {
        ft_ssize i = r - 1;
        while (i >= 0 && c->indices[i] == n - 1)
            i--;
        if (i < 0) {
            c->stopped = true;
            goto done;
        }
        ft_ssize v = c->indices[i] + 1;
        for (ft_ssize j = i; j < r; j++)
            c->indices[j] = v;
    }
    c->started = true;
    ft_obj *res = result_from_indices(c, r);
    ft_unlock(c);
    return res;
done:
    ft_unlock(c);
    return NULL;
}

static ft_obj *permutations_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "r", NULL };
    ft_obj *v[2];
    if (ft_parse_args("permutations", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *pool = pool_tuple(v[0]);
    if (!pool)
        return NULL;
    ft_ssize n = ft_tuple_size(pool), r = n;
    if (v[1] && v[1] != ft_None) {
        if (!ft_int_check(v[1])) {
            ft_err_set_str(ft_exc_TypeError, "Expected int as r");
            return NULL;
        }
        r = as_ssize(v[1]);
        if (r == -1 && ft_err_occurred())
            return NULL;
    }
    if (r < 0) {
        ft_err_set_str(ft_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    ft_ssize *idx = alloc_indices(n);
    ft_ssize *cyc = idx ? alloc_indices(r) : NULL;
    if (!cyc)
        return NULL;
    for (ft_ssize i = 0; i < n; i++)
        idx[i] = i;
    for (ft_ssize i = 0; i < r && i < n; i++)
        cyc[i] = n - i;
    combobj *c = (combobj *)alloc_obj(type);
    if (!c)
        return NULL;
    c->pool = pool;
    c->indices = idx;
    c->cycles = cyc;
    c->r = r;
    c->stopped = r > n;
    return (ft_obj *)c;
}

static ft_obj *permutations_next(ft_obj *self) {
    combobj *c = (combobj *)self;
    ft_ssize n = ft_tuple_size(c->pool), r = c->r;
    ft_lock(c);
    if (c->stopped)
        goto done;
    if (c->started) {
        if (n == 0)
            goto stop;
        ft_ssize *idx = c->indices, *cyc = c->cycles;
        ft_ssize i = r - 1;
        for (; i >= 0; i--) {
            cyc[i]--;
            if (cyc[i] == 0) {
                /* rotate idx[i:] left by one */
                ft_ssize first = idx[i];
                for (ft_ssize j = i; j < n - 1; j++)
                    idx[j] = idx[j + 1];
                idx[n - 1] = first;
                cyc[i] = n - i;
            } else {
                ft_ssize j = cyc[i];
                ft_ssize t = idx[i];
                idx[i] = idx[n - j];
                idx[n - j] = t;
                break;
            }
        }
        if (i < 0)
            goto stop;
    }
    c->started = true;
    ft_obj *res = result_from_indices(c, r);
    ft_unlock(c);
    return res;
stop:
    c->stopped = true;
done:
    ft_unlock(c);
    return NULL;
}

/* ==== product ================================================================ */

typedef struct {
    ft_obj ob;
    ft_obj *pools;      /* tuple of tuples, npools long */
    ft_ssize *indices;
    ft_obj *last;       /* previous result tuple (copied, never mutated once published) */
    bool stopped;
} productobj;

static ft_obj *product_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_ssize repeat = 1;
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    for (ft_ssize k = 0; k < nkw; k++) {
        ft_obj *name = ft_tuple_get(kwnames, k);
        if (!ft_str_eq_cstr(name, "repeat"))
            return ft_err_format(ft_exc_TypeError, "product() got an unexpected keyword argument '%U'", name);
        repeat = as_ssize(args[nargs + k]);
        if (repeat == -1 && ft_err_occurred())
            return NULL;
        if (repeat < 0) {
            ft_err_set_str(ft_exc_ValueError, "repeat argument cannot be negative");
            return NULL;
        }
    }
    ft_ssize n = (ft_ssize)nargs;
    if (repeat && n > PTRDIFF_MAX / (ft_ssize)sizeof(ft_obj *) / repeat) {
        ft_err_set_str(ft_exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    ft_ssize npools = n * repeat;
    ft_obj *base = ft_tuple_new(n);
    if (!base)
        return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *t = pool_tuple(args[i]);
        if (!t)
            return NULL;
        ft_tuple_items(base)[i] = t;
    }
    ft_ssize *idx = alloc_indices(npools);
    if (!idx)
        return NULL;
    ft_obj *pools = ft_tuple_new(npools);
    if (!pools)
        return NULL;
    bool empty = false;
    for (ft_ssize i = 0; i < npools; i++) {
        ft_obj *p = ft_tuple_get(base, i % n);
        ft_tuple_items(pools)[i] = p;
        if (ft_tuple_size(p) == 0)
            empty = true;
    }
    productobj *p = (productobj *)alloc_obj(type);
    if (!p)
        return NULL;
    p->pools = pools;
    p->indices = idx;
    p->stopped = empty;
    return (ft_obj *)p;
}

static ft_obj *product_next(ft_obj *self) {
    productobj *p = (productobj *)self;
    ft_obj **pools = ft_tuple_items(p->pools);
    ft_ssize np = ft_tuple_size(p->pools);
    ft_obj *res = ft_tuple_new(np);
    if (!res)
        return NULL;
    ft_obj **out = ft_tuple_items(res);
    ft_lock(p);
    if (p->stopped) {
        ft_unlock(p);
        return NULL;
    }
    ft_ssize *idx = p->indices;
    if (!p->last) {
        for (ft_ssize i = 0; i < np; i++)
            out[i] = ft_tuple_items(pools[i])[0];
    } else {
        ft_ssize i = np - 1;
        for (; i >= 0; i--) {
            ft_obj *pool = pools[i];
            if (++idx[i] < ft_tuple_size(pool))
                break;
            idx[i] = 0;
        }
        if (i < 0) {
            p->stopped = true;
            ft_unlock(p);
            return NULL;
        }
        ft_obj **prev = ft_tuple_items(p->last);
        memcpy(out, prev, (size_t)i * sizeof(ft_obj *));
        for (ft_ssize j = i; j < np; j++)
            out[j] = ft_tuple_items(pools[j])[idx[j]];
    }
    p->last = res;
    ft_unlock(p);
    return res;
}

/* ==== compress / dropwhile / takewhile / filterfalse / starmap ============== */

typedef struct {
    ft_obj ob;
    ft_obj *func;       /* predicate / function, or selectors iterator for compress */
    ft_obj *it;
    int flag;           /* dropwhile: done dropping; takewhile: stopped */
} predobj;

static ft_obj *compress_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "data", "selectors", NULL };
    ft_obj *v[2];
    if (ft_parse_args("compress", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_obj *d = ft_iter(v[0]);
    if (!d)
        return NULL;
    ft_obj *s = ft_iter(v[1]);
    if (!s)
        return NULL;
    predobj *p = (predobj *)alloc_obj(type);
    if (!p)
        return NULL;
    p->it = d;
    p->func = s;
    return (ft_obj *)p;
}

static ft_obj *compress_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    predobj *p = (predobj *)self;
    for (;;) {
        ft_obj *d = ft_iter_next(p->it);
        if (!d)
            return NULL;
        ft_obj *s = ft_iter_next(p->func);
        if (!s)
            return NULL;
        int t = ft_is_true(s);
        if (t < 0)
            return NULL;
        if (t)
            return d;
    }
}

static ft_obj *pred_new(ft_type *type, ft_type *base, const char *name, ft_obj *const *args, size_t nargs,
                        ft_obj *kwnames) {
    if (no_keywords(type, base, name, kwnames) < 0 || check_nargs(name, nargs, 2, 2) < 0)
        return NULL;
    ft_obj *it = ft_iter(args[1]);
    if (!it)
        return NULL;
    predobj *p = (predobj *)alloc_obj(type);
    if (!p)
        return NULL;
    p->func = args[0];
    p->it = it;
    return (ft_obj *)p;
}

static ft_obj *dropwhile_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return pred_new(type, &it_dropwhile_type, "dropwhile", args, nargs, kwnames);
}

static ft_obj *takewhile_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return pred_new(type, &it_takewhile_type, "takewhile", args, nargs, kwnames);
}

static ft_obj *filterfalse_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *p = pred_new(type, &it_filterfalse_type, "filterfalse", args, nargs, kwnames);
    if (p && ((predobj *)p)->func == ft_None)
        ((predobj *)p)->func = NULL;
    return p;
}

static ft_obj *starmap_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return pred_new(type, &it_starmap_type, "starmap", args, nargs, kwnames);
}

/* pred(x) as 0/1/-1 */
static int test_pred(ft_obj *func, ft_obj *x) {
    if (!func)
        return ft_is_true(x);
    ft_obj *r = ft_call1(func, x);
    if (!r)
        return -1;
    if (r == ft_True)
        return 1;
    if (r == ft_False)
        return 0;
    return ft_is_true(r);
}

static ft_obj *dropwhile_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    predobj *p = (predobj *)self;
    for (;;) {
        ft_obj *x = ft_iter_next(p->it);
        if (!x)
            return NULL;
        if (LD(p->flag))
            return x;
        int t = test_pred(p->func, x);
        if (t < 0)
            return NULL;
        if (!t) {
            ST(p->flag, 1);
            return x;
        }
    }
}

static ft_obj *takewhile_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    predobj *p = (predobj *)self;
    if (LD(p->flag))
        return NULL;
    ft_obj *x = ft_iter_next(p->it);
    if (!x)
        return NULL;
    int t = test_pred(p->func, x);
    if (t < 0)
        return NULL;
    if (t)
        return x;
    ST(p->flag, 1);
    return NULL;
}

static ft_obj *filterfalse_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    predobj *p = (predobj *)self;
    for (;;) {
        ft_obj *x = ft_iter_next(p->it);
        if (!x)
            return NULL;
        int t = test_pred(p->func, x);
        if (t < 0)
            return NULL;
        if (!t)
            return x;
    }
}

static ft_obj *starmap_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    predobj *p = (predobj *)self;
    ft_obj *a = ft_iter_next(p->it);
    if (!a)
        return NULL;
    if (!ft_tuple_check_exact(a)) {
        a = ft_sequence_tuple(a);
        if (!a)
            return NULL;
    }
    return ft_call(p->func, ft_tuple_items(a), (size_t)ft_tuple_size(a), NULL);
}

/* ==== groupby ================================================================= */

typedef struct {
    ft_obj ob;
    ft_obj *it, *keyfunc;
    /* guarded by ob_lock: */
    ft_obj *tgtkey, *currkey, *currvalue;
    ft_obj *currgrouper;
} groupbyobj;

typedef struct {
    ft_obj ob;
    groupbyobj *parent;
    ft_obj *tgtkey;
} grouperobj;

static ft_obj *groupby_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "iterable", "key", NULL };
    ft_obj *v[2];
    if (ft_parse_args("groupby", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *it = ft_iter(v[0]);
    if (!it)
        return NULL;
    groupbyobj *g = (groupbyobj *)alloc_obj(type);
    if (!g)
        return NULL;
    g->it = it;
    g->keyfunc = v[1] == ft_None ? NULL : v[1];
    return (ft_obj *)g;
}

/* Read the next value and its key into the state. */
static int groupby_step(groupbyobj *g) {
    ft_obj *v = ft_iter_next(g->it);
    if (!v)
        return -1;
    ft_obj *k = v;
    if (g->keyfunc) {
        k = ft_call1(g->keyfunc, v);
        if (!k)
            return -1;
    }
    ft_lock(g);
    g->currvalue = v;
    g->currkey = k;
    ft_unlock(g);
    return 0;
}

static ft_obj *groupby_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    groupbyobj *g = (groupbyobj *)self;
    ft_lock(g);
    g->currgrouper = NULL;
    ft_unlock(g);
    ft_obj *key;
    for (;;) {
        ft_lock(g);
        ft_obj *ck = g->currkey, *tk = g->tgtkey;
        ft_unlock(g);
        if (ck) {
            if (!tk) {
                key = ck;
                break;
            }
            int r = ft_richcompare_bool(tk, ck, FT_EQ);
            if (r < 0)
                return NULL;
            if (!r) {
                key = ck;
                break;
            }
        }
        if (groupby_step(g) < 0)
            return NULL;
    }
    grouperobj *gr = (grouperobj *)alloc_obj(&it_grouper_type);
    if (!gr)
        return NULL;
    gr->parent = g;
    gr->tgtkey = key;
    ft_lock(g);
    g->tgtkey = key;
    g->currgrouper = (ft_obj *)gr;
    ft_unlock(g);
    return ft_tuple_pack(2, key, (ft_obj *)gr);
}

static ft_obj *grouper_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    grouperobj *gr = (grouperobj *)self;
    groupbyobj *g = gr->parent;
again:
    ft_lock(g);
    bool current = g->currgrouper == self;
    ft_obj *cv = g->currvalue;
    ft_unlock(g);
    if (!current)
        return NULL;
    if (!cv) {
        if (groupby_step(g) < 0)
            return NULL;
    }
    ft_lock(g);
    ft_obj *ck = g->currkey;
    ft_unlock(g);
    if (!ck)
        return NULL;
    int r = ft_richcompare_bool(gr->tgtkey, ck, FT_EQ);
    if (r <= 0)
        return NULL;
    ft_lock(g);
    ft_obj *v = g->currvalue;
    g->currvalue = NULL;
    g->currkey = NULL;
    ft_unlock(g);
    if (!v)   /* another thread took it: read on */
        goto again;
    return v;
}

/* ==== islice ================================================================== */

typedef struct {
    ft_obj ob;
    ft_obj *it;         /* NULL once finished */
    ft_ssize next, stop, step;  /* fixed: next is the start index */
    ft_ssize cnt;       /* source positions taken so far; atomic fetch-and-add */
} isliceobj;

static ft_obj *islice_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (no_keywords(type, &it_islice_type, "islice", kwnames) < 0 || check_nargs("islice", nargs, 2, 4) < 0)
        return NULL;
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    ft_ssize start = 0, stop = -1, step = 1;
    ft_obj *a1 = args[1], *a2 = nargs > 2 ? args[2] : NULL, *a3 = nargs > 3 ? args[3] : NULL;
    if (nargs == 2) {
        if (a1 != ft_None) {
            stop = as_ssize(a1);
            if (stop == -1) {
                ft_err_clear();
                ft_err_set_str(ft_exc_ValueError, stop_msg);
                return NULL;
            }
        }
    } else {
        if (a1 != ft_None) {
            start = as_ssize(a1);
            if (start == -1 && ft_err_occurred())
                ft_err_clear();
        }
        if (a2 != ft_None) {
            stop = as_ssize(a2);
            if (stop == -1) {
                ft_err_clear();
                ft_err_set_str(ft_exc_ValueError, stop_msg);
                return NULL;
            }
        }
    }
    if (start < 0 || stop < -1) {
        ft_err_set_str(ft_exc_ValueError,
                       "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        return NULL;
    }
    if (a3 && a3 != ft_None) {
        step = as_ssize(a3);
        if (step == -1 && ft_err_occurred())
            ft_err_clear();
    }
    if (step < 1) {
        ft_err_set_str(ft_exc_ValueError, "Step for islice() must be a positive integer or None.");
        return NULL;
    }
    ft_obj *it = ft_iter(args[0]);
    if (!it)
        return NULL;
    isliceobj *s = (isliceobj *)alloc_obj(type);
    if (!s)
        return NULL;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return (ft_obj *)s;
}

static ft_obj *islice_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    isliceobj *s = (isliceobj *)self;
    ft_ssize start = s->next, stop = s->stop, step = s->step;
    for (;;) {
        ft_obj *it = LD(s->it);
        if (!it)
            return NULL;
        /* reserve the next source position before reading it: racing
         * threads each get their own, so no item is produced twice and the
         * window's size holds exactly */
        ft_ssize c = __atomic_fetch_add(&s->cnt, 1, __ATOMIC_RELAXED);
        if (stop != -1 && c >= stop)
            goto empty;
        ft_unaryfunc nx = FT_TYPE(it)->iternext;
        ft_obj *x = nx ? nx(it) : ft_iter_next(it);
        if (!x)
            goto empty;
        if (c >= start && (step == 1 || (c - start) % step == 0))
            return x;
    }
empty:
    if (ft_err_occurred()) {
        if (!ft_err_matches((ft_obj *)ft_exc_StopIteration))
            return NULL;
        ft_err_clear();
    }
    ST(s->it, NULL);
    return NULL;
}

/* ==== pairwise ================================================================ */

typedef struct {
    ft_obj ob;
    ft_obj *it;         /* NULL once exhausted */
    ft_obj *old;        /* guarded by ob_lock */
} pairwiseobj;

static ft_obj *pairwise_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (no_keywords(type, &it_pairwise_type, "pairwise", kwnames) < 0 || check_nargs("pairwise", nargs, 1, 1) < 0)
        return NULL;
    ft_obj *it = ft_iter(args[0]);
    if (!it)
        return NULL;
    pairwiseobj *p = (pairwiseobj *)alloc_obj(type);
    if (!p)
        return NULL;
    p->it = it;
    return (ft_obj *)p;
}

static ft_obj *pairwise_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    pairwiseobj *p = (pairwiseobj *)self;
    ft_obj *it = LD(p->it);
    if (!it)
        return NULL;
    ft_lock(p);
    ft_obj *old = p->old;
    ft_unlock(p);
    if (!old) {
        old = ft_iter_next(it);
        if (!old) {
            if (!ft_err_occurred())
                ST(p->it, NULL);
            return NULL;
        }
    }
    ft_obj *nw = ft_iter_next(it);
    if (!nw) {
        if (!ft_err_occurred()) {
            ST(p->it, NULL);
            ft_lock(p);
            p->old = NULL;
            ft_unlock(p);
        }
        return NULL;
    }
    ft_lock(p);
    p->old = nw;
    ft_unlock(p);
    return ft_tuple_pack(2, old, nw);
}

/* ==== zip_longest ============================================================= */

typedef struct {
    ft_obj ob;
    ft_obj **its;       /* n iterators; a slot becomes NULL when exhausted */
    ft_ssize n;
    ft_ssize active;    /* atomically decremented */
    ft_obj *fill;
} ziplongobj;

static ft_obj *zip_longest_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *fill = ft_None;
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    if (nkw) {
        if (nkw > 1 || !ft_str_eq_cstr(ft_tuple_get(kwnames, 0), "fillvalue")) {
            ft_err_set_str(ft_exc_TypeError, "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs];
    }
    ft_obj **its = ft_gc_alloc((nargs ? nargs : 1) * sizeof(ft_obj *), FT_GC_SCAN);
    if (!its)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        its[i] = ft_iter(args[i]);
        if (!its[i])
            return NULL;
    }
    ziplongobj *z = (ziplongobj *)alloc_obj(type);
    if (!z)
        return NULL;
    z->its = its;
    z->n = (ft_ssize)nargs;
    z->active = (ft_ssize)nargs;
    z->fill = fill;
    return (ft_obj *)z;
}

static ft_obj *zip_longest_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    ziplongobj *z = (ziplongobj *)self;
    ft_ssize n = z->n;
    if (n == 0 || LD(z->active) <= 0)
        return NULL;
    ft_obj *res = ft_tuple_new(n);
    if (!res)
        return NULL;
    ft_obj **out = ft_tuple_items(res);
    bool got = false;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *it = LD(z->its[i]);
        ft_obj *x = NULL;
        if (it) {
            x = ft_iter_next(it);
            if (!x) {
                if (ft_err_occurred()) {
                    ST(z->active, 0);
                    return NULL;
                }
                /* only the thread that clears the slot counts it */
                if (__atomic_compare_exchange_n(&z->its[i], &it, NULL, false, __ATOMIC_RELAXED,
                                                __ATOMIC_RELAXED)) {
                    if (__atomic_sub_fetch(&z->active, 1, __ATOMIC_RELAXED) <= 0)
                        return NULL;
                } else if (LD(z->active) <= 0) {
                    return NULL;
                }
            }
        }
        out[i] = x ? x : z->fill;
        got |= x != NULL;
    }
    /* racing threads may have exhausted every source meanwhile */
    return got ? res : NULL;
}

/* ==== tee ===================================================================== */

#define TEE_CELLS 57

typedef struct {
    ft_obj ob;
    ft_obj *it;         /* the shared source iterator */
    ft_thread *fetcher; /* thread calling next(it), or NULL; guarded by ob_lock */
} teestream;

typedef struct teedata {
    ft_obj ob;
    teestream *stream;
    struct teedata *nextlink;   /* guarded by stream's lock */
    int numread;                /* guarded by stream's lock */
    ft_obj *values[TEE_CELLS];
} teedata;

typedef struct {
    ft_obj ob;
    teestream *stream;
    teedata *data;      /* guarded by stream's lock */
    int index;          /* guarded by stream's lock */
} teeobj;

static teedata *teedata_new(teestream *s) {
    teedata *d = (teedata *)alloc_obj(&it_teedata_type);
    if (d)
        d->stream = s;
    return d;
}

static ft_obj *tee_from_iterator(ft_obj *it) {
    teestream *s = (teestream *)alloc_obj(&it_teestream_type);
    if (!s)
        return NULL;
    s->it = it;
    teedata *d = teedata_new(s);
    if (!d)
        return NULL;
    teeobj *t = (teeobj *)alloc_obj(&it_tee_type);
    if (!t)
        return NULL;
    t->stream = s;
    t->data = d;
    return (ft_obj *)t;
}

static ft_obj *tee_copy_impl(teeobj *t) {
    teeobj *c = (teeobj *)alloc_obj(&it_tee_type);
    if (!c)
        return NULL;
    ft_lock(t->stream);
    c->stream = t->stream;
    c->data = t->data;
    c->index = t->index;
    ft_unlock(t->stream);
    return (ft_obj *)c;
}

static ft_obj *tee_copy(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return tee_copy_impl((teeobj *)self);
}

static ft_obj *tee_type_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (no_keywords(type, &it_tee_type, "_tee", kwnames) < 0 || check_nargs("_tee", nargs, 1, 1) < 0)
        return NULL;
    ft_obj *it = ft_iter(args[0]);
    if (!it)
        return NULL;
    if (FT_TYPE(it) == &it_tee_type)
        return tee_copy_impl((teeobj *)it);
    return tee_from_iterator(it);
}

static ft_obj *tee_next(ft_obj *self) {
    if (ft_check_c_stack(NULL) < 0)   /* nested iterators recurse */
        return NULL;
    teeobj *t = (teeobj *)self;
    teestream *s = t->stream;
    /* preallocated outside the lock when a new link may be needed */
    teedata *spare = NULL;
    ft_lock(s);
    for (;;) {
        teedata *d = t->data;
        int i = t->index;
        if (i == TEE_CELLS) {
            if (!d->nextlink) {
                if (!spare) {
                    ft_unlock(s);
                    spare = teedata_new(s);
                    if (!spare)
                        return NULL;
                    ft_lock(s);
                    continue;
                }
                d->nextlink = spare;
                spare = NULL;
            }
            t->data = d->nextlink;
            t->index = 0;
            continue;
        }
        if (i < d->numread) {
            ft_obj *v = d->values[i];
            t->index = i + 1;
            ft_unlock(s);
            return v;
        }
        if (s->fetcher) {
            if (s->fetcher == ft_ts()) {
                ft_unlock(s);
                ft_err_set_str(ft_exc_RuntimeError, "cannot re-enter the tee iterator");
                return NULL;
            }
            /* another thread is fetching the next item: wait for it */
            ft_unlock(s);
            FT_SAFEPOINT(ft_ts());
            sched_yield();
            ft_lock(s);
            continue;
        }
        s->fetcher = ft_ts();
        ft_unlock(s);
        ft_obj *v = ft_iter_next(s->it);
        ft_lock(s);
        if (!v) {
            s->fetcher = NULL;
            ft_unlock(s);
            return NULL;
        }
        /* append at the end of the chain; nobody else appends while we are the fetcher */
        teedata *e = d;
        for (;;) {
            while (e->numread == TEE_CELLS && e->nextlink)
                e = e->nextlink;
            if (e->numread < TEE_CELLS)
                break;
            if (!spare) {
                ft_unlock(s);
                spare = teedata_new(s);
                ft_lock(s);
                if (!spare) {
                    s->fetcher = NULL;
                    ft_unlock(s);
                    return NULL;
                }
                continue;
            }
            e->nextlink = spare;
            spare = NULL;
        }
        e->values[e->numread++] = v;
        s->fetcher = NULL;
    }
}

static ft_obj *itertools_tee(ft_obj *mod, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames)) {
        ft_err_set_str(ft_exc_TypeError, "itertools.tee() takes no keyword arguments");
        return NULL;
    }
    if (check_nargs("tee", nargs, 1, 2) < 0)
        return NULL;
    ft_ssize n = 2;
    if (nargs > 1) {
        n = as_ssize(args[1]);
        if (n == -1 && ft_err_occurred())
            return NULL;
        if (n < 0) {
            ft_err_set_str(ft_exc_ValueError, "n must be >= 0");
            return NULL;
        }
    }
    if (n == 0)
        return ft_empty_tuple;
    ft_obj *result = ft_tuple_new(n);
    if (!result)
        return NULL;
    ft_obj *it = ft_iter(args[0]);
    if (!it)
        return NULL;
    ft_obj *copyfunc = ft_getattr_opt(it, ft_id(__copy__));
    if (!copyfunc && ft_err_occurred())
        return NULL;
    ft_obj *first = it;
    if (!copyfunc) {
        first = tee_from_iterator(it);
        if (!first)
            return NULL;
    }
    ft_obj **items = ft_tuple_items(result);
    items[0] = first;
    for (ft_ssize i = 1; i < n; i++) {
        items[i] = copyfunc ? ft_call0(copyfunc) : tee_copy_impl((teeobj *)first);
        if (!items[i]) {
            for (ft_ssize j = i; j < n; j++)
                items[j] = ft_None;
            return NULL;
        }
    }
    return result;
}

/* ==== type objects ============================================================ */

static const ft_method_def plain_methods[] = {
    { "__reduce__", no_reduce, FT_METH_NOARGS, NULL },
    { NULL }
};

static const ft_method_def repeat_methods[] = {
    { "__reduce__", no_reduce, FT_METH_NOARGS, NULL },
    { "__length_hint__", repeat_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))." },
    { NULL }
};

static const ft_method_def chain_methods[] = {
    { "from_iterable", chain_from_iterable, FT_METH_VARARGS | FT_METH_KEYWORDS | FT_METH_CLASS,
      "Alternative chain() constructor taking a single iterable argument that evaluates lazily." },
    { "__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585" },
    { "__reduce__", no_reduce, FT_METH_NOARGS, NULL },
    { NULL }
};

static const ft_method_def tee_methods[] = {
    { "__copy__", tee_copy, FT_METH_NOARGS, "Returns an independent iterator." },
    { "__reduce__", no_reduce, FT_METH_NOARGS, NULL },
    { NULL }
};

#define IT_TYPE(var, tpname, obj, newf, nextf, docstr, ...)                                        \
    ft_type var = {                                                                                 \
        FT_TYPE_HEAD_INIT,                                                                          \
        .name = "itertools." tpname,                                                                \
        .doc = docstr,                                                                              \
        .basicsize = sizeof(obj),                                                                   \
        .flags = FT_TPF_BASETYPE,                                                                   \
        .new_ = newf,                                                                               \
        .iter = ft_iter_self,                                                                       \
        .iternext = nextf,                                                                          \
        __VA_ARGS__                                                                                 \
    }

IT_TYPE(it_count_type, "count", countobj, count_new, count_next,
        "Return a count object whose .__next__() method returns consecutive values.",
        .repr = count_repr,
        .methods = plain_methods);
IT_TYPE(it_repeat_type, "repeat", repeatobj, repeat_new, repeat_next,
        "repeat(object [,times]) -> create an iterator which returns the object\n"
        "for the specified number of times.  If not specified, returns the object\nendlessly.",
        .repr = repeat_repr, .methods = repeat_methods);
IT_TYPE(it_cycle_type, "cycle", cycleobj, cycle_new, cycle_next,
        "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
        .methods = plain_methods);
IT_TYPE(it_accumulate_type, "accumulate", accobj, accumulate_new, accumulate_next,
        "Return series of accumulated sums (or other binary function results).",
        .methods = plain_methods);
IT_TYPE(it_batched_type, "batched", batchedobj, batched_new, batched_next,
        "Batch data into tuples of length n. The last batch may be shorter than n.",
        .methods = plain_methods);
IT_TYPE(it_chain_type, "chain", chainobj, chain_new, chain_next,
        "Return a chain object whose .__next__() method returns elements from the\n"
        "first iterable until it is exhausted, then elements from the next\n"
        "iterable, until all of the iterables are exhausted.",
        .methods = chain_methods);
IT_TYPE(it_combinations_type, "combinations", combobj, combinations_new, combinations_next,
        "Return successive r-length combinations of elements in the iterable.",
        .methods = plain_methods);
IT_TYPE(it_cwr_type, "combinations_with_replacement", combobj, cwr_new, cwr_next,
        "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.",
        .methods = plain_methods);
IT_TYPE(it_permutations_type, "permutations", combobj, permutations_new, permutations_next,
        "Return successive r-length permutations of elements in the iterable.",
        .methods = plain_methods);
IT_TYPE(it_product_type, "product", productobj, product_new, product_next,
        "Cartesian product of input iterables.  Equivalent to nested for-loops.",
        .methods = plain_methods);
IT_TYPE(it_compress_type, "compress", predobj, compress_new, compress_next,
        "Return data elements corresponding to true selector elements.",
        .methods = plain_methods);
IT_TYPE(it_dropwhile_type, "dropwhile", predobj, dropwhile_new, dropwhile_next,
        "Drop items from the iterable while predicate(item) is true.",
        .methods = plain_methods);
IT_TYPE(it_takewhile_type, "takewhile", predobj, takewhile_new, takewhile_next,
        "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
        .methods = plain_methods);
IT_TYPE(it_filterfalse_type, "filterfalse", predobj, filterfalse_new, filterfalse_next,
        "Return those items of iterable for which function(item) is false.",
        .methods = plain_methods);
IT_TYPE(it_starmap_type, "starmap", predobj, starmap_new, starmap_next,
        "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
        .methods = plain_methods);
IT_TYPE(it_groupby_type, "groupby", groupbyobj, groupby_new, groupby_next,
        "make an iterator that returns consecutive keys and groups from the iterable",
        .methods = plain_methods);
IT_TYPE(it_islice_type, "islice", isliceobj, islice_new, islice_next,
        "islice(iterable, stop) --> islice object\n"
        "islice(iterable, start, stop[, step]) --> islice object",
        .methods = plain_methods);
IT_TYPE(it_pairwise_type, "pairwise", pairwiseobj, pairwise_new, pairwise_next,
        "Return an iterator of overlapping pairs taken from the input iterator.",
        .methods = plain_methods);
IT_TYPE(it_zip_longest_type, "zip_longest", ziplongobj, zip_longest_new, zip_longest_next,
        "Return a zip_longest object whose .__next__() method returns a tuple where\n"
        "the i-th element comes from the i-th iterable argument.",
        .methods = plain_methods);

ft_type it_grouper_type = {
    FT_TYPE_HEAD_INIT,
    .name = "itertools._grouper",
    .basicsize = sizeof(grouperobj),
    .iter = ft_iter_self,
    .iternext = grouper_next,
    .methods = plain_methods,
};

ft_type it_tee_type = {
    FT_TYPE_HEAD_INIT,
    .name = "itertools._tee",
    .doc = "Iterator wrapped to make it copyable.",
    .basicsize = sizeof(teeobj),
    .new_ = tee_type_new,
    .iter = ft_iter_self,
    .iternext = tee_next,
    .methods = tee_methods,
};

ft_type it_teedata_type = {
    FT_TYPE_HEAD_INIT,
    .name = "itertools._tee_dataobject",
    .doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
    .basicsize = sizeof(teedata),
};

ft_type it_teestream_type = {
    FT_TYPE_HEAD_INIT,
    .name = "itertools._tee_stream",
    .basicsize = sizeof(teestream),
};

/* ==== module ================================================================== */

static ft_type *const all_types[] = {
    &it_count_type, &it_repeat_type, &it_cycle_type, &it_accumulate_type, &it_batched_type,
    &it_chain_type, &it_combinations_type, &it_cwr_type, &it_permutations_type, &it_product_type,
    &it_compress_type, &it_dropwhile_type, &it_takewhile_type, &it_filterfalse_type,
    &it_groupby_type, &it_grouper_type, &it_islice_type, &it_pairwise_type, &it_starmap_type,
    &it_zip_longest_type, &it_tee_type, &it_teedata_type, &it_teestream_type, NULL
};

static ft_once types_once = FT_ONCE_INIT;
static int types_status;   /* written once under types_once */

static void ready_types(void) {
    types_status = 1;
    for (ft_type *const *t = all_types; *t; t++)
        if (ft_type_ready(*t) < 0) {
            types_status = -1;
            return;
        }
}

static int itertools_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "itertools: type initialisation failed");
        return -1;
    }
    for (ft_type *const *t = all_types; *t; t++) {
        if (*t == &it_teestream_type)
            continue;
        const char *name = strchr((*t)->name, '.') + 1;
        if (ft_module_add_object(m, name, (ft_obj *)*t) < 0)
            return -1;
    }
    return 0;
}

static const ft_method_def itertools_methods[] = {
    { "tee", itertools_tee, FT_METH_VARARGS | FT_METH_KEYWORDS, "Returns a tuple of n independent iterators." },
    { NULL }
};

const ft_module_def ft_itertools_module_def = {
    .name = "itertools",
    .doc = "Functional tools for creating and using iterators.",
    .methods = itertools_methods,
    .exec = itertools_exec,
    .gil_safe = true,
};
