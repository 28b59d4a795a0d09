/* list.c -- the list type, its iterators, and the list internals used by
 * listsort.c.
 *
 * LOCKING CONTRACT
 *  - Every mutation holds the list's ob_lock for its whole duration, so each
 *    single operation (append, slice assignment, extend, sort's put-back...)
 *    is atomic with respect to other threads. No Python code ever runs under
 *    the lock: arguments are converted (__index__, iteration of the source
 *    of extend/slice assignment) before locking, and comparisons (remove,
 *    index, count, `in`, ==, <) run without the lock.
 *  - Readers of single items (list[i], iteration, comparisons) do not lock.
 *    `items` points one word past the array's capacity, slots at or beyond
 *    `size` are NULL, and an array is never shrunk or freed while published:
 *    a resize publishes a new array (release store) and the GC keeps the old
 *    one alive for readers still holding it. A reader loads items, then
 *    size, checks the index against both the size and the array's own
 *    capacity, and falls back to a locked read when it sees a NULL slot.
 *  - Item slots are written with relaxed atomic word stores (containers.h).
 *  - While sorted, a list holds the static SORTING sentinel array; any
 *    mutation replaces it, which is how sort detects "list modified during
 *    sort".
 */
#include "core/ftcore.h"
#include "objects/containers.h"
#include "objects/list_internal.h"

static ft_ssize empty_block[2] = { 0, 0 };
static ft_ssize sorting_block[2] = { 0, 0 };
#define EMPTY_ITEMS ((ft_obj **)&empty_block[1])
#define SORTING_ITEMS ((ft_obj **)&sorting_block[1])

bool ft_list_check(ft_obj *o) { return (FT_TYPE(o)->flags & FT_TPF_LIST_SUBCLASS) != 0; }

static inline ft_list *L(ft_obj *o) { return (ft_list *)o; }
static inline ft_obj **L_items(ft_list *l) {
    ft_obj **it = atomic_load_explicit(&l->items, memory_order_acquire);
    return it ? it : EMPTY_ITEMS;
}
static inline ft_ssize items_cap(ft_obj **items) { return ((ft_ssize *)items)[-1]; }
static inline ft_ssize L_size(ft_list *l) { return atomic_load_explicit(&l->size, memory_order_acquire); }
static inline void set_size(ft_list *l, ft_ssize n) { atomic_store_explicit(&l->size, n, memory_order_release); }
static inline void publish(ft_list *l, ft_obj **items) {
    atomic_store_explicit(&l->items, items, memory_order_release);
    l->alloc = items_cap(items);
}

#define MAX_ITEMS ((ft_ssize)(PTRDIFF_MAX / (ft_ssize)sizeof(ft_obj *) / 2))

static ft_obj **items_alloc(ft_ssize cap) {
    if (cap <= 0) return EMPTY_ITEMS;
    if (cap > MAX_ITEMS) { ft_err_no_memory(); return NULL; }
    ft_ssize *blk = ft_gc_alloc((size_t)(cap + 1) * sizeof(ft_obj *), FT_GC_SCAN);
    if (!blk) return NULL;
    blk[0] = cap;
    return (ft_obj **)(blk + 1);
}

static ft_ssize grow_cap(ft_ssize needed) {
    if (needed > MAX_ITEMS) return -1;
    ft_ssize c = needed + (needed >> 3) + 6;
    c &= ~(ft_ssize)3;
    return c < needed ? needed : c;
}

/* Under the lock: make room for `needed` items, keeping [0, keep) items.
 * Returns the (possibly new, published) array or NULL + MemoryError. */
static ft_obj **ensure_cap_locked(ft_list *l, ft_ssize needed, ft_ssize keep) {
    ft_obj **items = L_items(l);
    if (needed <= items_cap(items) && items != SORTING_ITEMS) return items;
    ft_ssize cap = grow_cap(needed);
    if (cap < 0) { ft_err_no_memory(); return NULL; }
    ft_obj **n = items_alloc(cap);
    if (!n) return NULL;
    for (ft_ssize i = 0; i < keep; i++) n[i] = ft_item_load(&items[i]);
    publish(l, n);
    return n;
}

/* Under the lock, after the size dropped to n: give back a mostly empty
 * array by publishing a smaller copy (never shrinking in place). */
static void maybe_shrink_locked(ft_list *l) {
    ft_obj **items = L_items(l);
    ft_ssize cap = items_cap(items), n = L_size(l);
    if (n == 0) {
        /* Keep a small array: a list used as a stack or queue that keeps
         * draining to empty would otherwise allocate on every push. */
        if (items != EMPTY_ITEMS && cap > 16) publish(l, EMPTY_ITEMS);
        return;
    }
    if (cap <= 16 || n >= cap / 4) return;
    ft_obj **nw = items_alloc(grow_cap(n));
    if (!nw) { ft_err_clear(); return; }  /* keeping the big array is fine */
    for (ft_ssize i = 0; i < n; i++) nw[i] = ft_item_load(&items[i]);
    publish(l, nw);
}

ft_obj *ft_list_new(ft_ssize size) {
    if (size < 0) return ft_err_bad_internal_call("ft_list_new");
    ft_list *l = (ft_list *)ft_obj_alloc(&ft_list_type, sizeof(ft_list));
    if (!l) return NULL;
    ft_obj **items = items_alloc(size);
    if (!items) return NULL;
    publish(l, items);
    set_size(l, size);
    return (ft_obj *)l;
}

ft_obj *ft_list_from_array(ft_obj *const *items, ft_ssize n) {
    ft_obj *l = ft_list_new(n);
    if (!l) return NULL;
    ft_obj **dst = L_items(L(l));
    for (ft_ssize i = 0; i < n; i++) dst[i] = items[i];
    return l;
}

int ft_list_append(ft_obj *list, ft_obj *item) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_ssize n = L_size(l);
    ft_obj **items = ensure_cap_locked(l, n + 1, n);
    if (!items) { ft_unlock(l); return -1; }
    ft_item_store(&items[n], item);
    set_size(l, n + 1);
    ft_unlock(l);
    return 0;
}

/* Append n items (already collected, not aliasing the list) under one lock. */
static int append_array(ft_list *l, ft_obj *const *src, ft_ssize m) {
    if (m == 0) return 0;
    ft_lock(l);
    ft_ssize n = L_size(l);
    if (m > MAX_ITEMS - n) { ft_unlock(l); ft_err_no_memory(); return -1; }
    ft_obj **items = ensure_cap_locked(l, n + m, n);
    if (!items) { ft_unlock(l); return -1; }
    for (ft_ssize i = 0; i < m; i++) ft_item_store(&items[n + i], src[i]);
    set_size(l, n + m);
    ft_unlock(l);
    return 0;
}

ft_obj *ft_list_snapshot(ft_obj *list) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_ssize n = L_size(l);
    ft_obj *t = ft_tuple_new(n);
    if (t) {
        ft_obj **items = L_items(l);
        for (ft_ssize i = 0; i < n; i++) FT_TUPLE(t)->items[i] = ft_item_load(&items[i]);
    }
    ft_unlock(l);
    return t;
}

ft_obj *ft_list_as_tuple(ft_obj *list) { return ft_list_snapshot(list); }

/* Items of any iterable as a tuple; lists are snapshotted. `errmsg`, when
 * given, replaces the TypeError for a non-iterable. */
static ft_obj *items_of(ft_obj *o, const char *errmsg) {
    if (ft_tuple_check_exact(o)) return o;
    if (ft_list_check_exact(o)) return ft_list_snapshot(o);
    if (errmsg) {
        ft_type *t = FT_TYPE(o);
        if (!t->iter && !t->subscript) {
            ft_err_set_str(ft_exc_TypeError, errmsg);
            return NULL;
        }
    }
    return ft_tuple_from_iterable(o);
}

int ft_list_extend(ft_obj *list, ft_obj *iterable) {
    ft_list *l = L(list);
    if (ft_list_check_exact(iterable) || ft_tuple_check_exact(iterable)) {
        ft_obj *t = items_of(iterable, NULL);
        if (!t) return -1;
        return append_array(l, FT_TUPLE(t)->items, FT_TUPLE(t)->size);
    }
    ft_obj *it = ft_iter(iterable);
    if (!it) return -1;
    /* Collect in batches so that one extend of a huge generator does not
     * need a second full copy, while each batch lands atomically. */
    ft_obj *buf[64];
    ft_ssize nb = 0;
    for (;;) {
        ft_obj *v = ft_iter_next(it);
        if (!v) {
            if (ft_err_occurred()) { append_array(l, buf, nb); return -1; }
            break;
        }
        buf[nb++] = v;
        if (nb == 64) {
            if (append_array(l, buf, nb) < 0) return -1;
            nb = 0;
        }
    }
    return append_array(l, buf, nb);
}

ft_obj *ft_list_from_iterable(ft_obj *iterable) {
    if (ft_list_check_exact(iterable) || ft_tuple_check_exact(iterable)) {
        ft_obj *t = items_of(iterable, NULL);
        if (!t) return NULL;
        return ft_list_from_array(FT_TUPLE(t)->items, FT_TUPLE(t)->size);
    }
    ft_obj *it = ft_iter(iterable);
    if (!it) return NULL;
    ft_ssize hint = ft_length_hint(iterable, 0);
    if (hint < 0) return NULL;
    if (hint > (1 << 24)) hint = 1 << 24;
    ft_list *l = (ft_list *)ft_list_new(0);
    if (!l) return NULL;
    if (hint > 0) {
        ft_obj **items = items_alloc(hint);
        if (!items) return NULL;
        publish(l, items);
    }
    for (;;) {
        ft_obj *v = ft_iter_next(it);
        if (!v) {
            if (ft_err_occurred()) return NULL;
            break;
        }
        if (ft_list_append((ft_obj *)l, v) < 0) return NULL;
    }
    return (ft_obj *)l;
}

int ft_list_insert(ft_obj *list, ft_ssize where, ft_obj *item) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_ssize n = L_size(l);
    if (where < 0) { where += n; if (where < 0) where = 0; }
    if (where > n) where = n;
    ft_obj **items = L_items(l);
    if (n + 1 > items_cap(items) || items == SORTING_ITEMS) {
        ft_ssize cap = grow_cap(n + 1);
        ft_obj **nw = cap < 0 ? NULL : items_alloc(cap);
        if (!nw) { ft_unlock(l); if (cap < 0) ft_err_no_memory(); return -1; }
        for (ft_ssize i = 0; i < where; i++) nw[i] = ft_item_load(&items[i]);
        nw[where] = item;
        for (ft_ssize i = where; i < n; i++) nw[i + 1] = ft_item_load(&items[i]);
        publish(l, nw);
    } else {
        ft_items_move(&items[where + 1], &items[where], n - where);
        ft_item_store(&items[where], item);
    }
    set_size(l, n + 1);
    ft_unlock(l);
    return 0;
}

/* Lock-free read of item i (0 <= i expected); NULL without exception when
 * out of range. */
static ft_obj *read_item(ft_list *l, ft_ssize i) {
    ft_obj **items = L_items(l);
    ft_ssize n = L_size(l);
    if (i < 0 || i >= n) return NULL;
    if (i < items_cap(items)) {
        ft_obj *v = ft_item_load(&items[i]);
        if (v) return v;
    }
    ft_lock(l);
    ft_obj *v = NULL;
    if (i < L_size(l)) v = ft_item_load(&L_items(l)[i]);
    ft_unlock(l);
    return v;
}

ft_obj *ft_list_get(ft_obj *list, ft_ssize index) {
    ft_list *l = L(list);
    if (index < 0) index += L_size(l);
    ft_obj *v = read_item(l, index);
    if (!v) ft_err_set_str(ft_exc_IndexError, "list index out of range");
    return v;
}

int ft_list_set(ft_obj *list, ft_ssize index, ft_obj *item) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_ssize n = L_size(l);
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        ft_unlock(l);
        ft_err_set_str(ft_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    ft_item_store(&L_items(l)[index], item);
    ft_unlock(l);
    return 0;
}

/* Under the lock: remove [lo, hi). */
static void del_range_locked(ft_list *l, ft_ssize lo, ft_ssize hi) {
    ft_ssize n = L_size(l);
    if (hi <= lo) return;
    ft_obj **items = L_items(l);
    ft_items_move(&items[lo], &items[hi], n - hi);
    ft_ssize nn = n - (hi - lo);
    set_size(l, nn);
    for (ft_ssize i = nn; i < n; i++) ft_item_store(&items[i], NULL);
    maybe_shrink_locked(l);
}

ft_obj *ft_list_pop(ft_obj *list, ft_ssize index) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_ssize n = L_size(l);
    if (n == 0) {
        ft_unlock(l);
        ft_err_set_str(ft_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        ft_unlock(l);
        ft_err_set_str(ft_exc_IndexError, "pop index out of range");
        return NULL;
    }
    ft_obj *v = ft_item_load(&L_items(l)[index]);
    del_range_locked(l, index, index + 1);
    ft_unlock(l);
    return v;
}

int ft_list_reverse(ft_obj *list) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_ssize n = L_size(l);
    ft_obj **items = L_items(l);
    for (ft_ssize i = 0, j = n - 1; i < j; i++, j--) {
        ft_obj *a = ft_item_load(&items[i]);
        ft_item_store(&items[i], ft_item_load(&items[j]));
        ft_item_store(&items[j], a);
    }
    ft_unlock(l);
    return 0;
}

static void clear_locked(ft_list *l) {
    set_size(l, 0);
    publish(l, EMPTY_ITEMS);
}

/* ---- internals for listsort.c ----------------------------------------------- */
ft_obj **ft_list_sort_take(ft_obj *list, ft_ssize *n) {
    ft_list *l = L(list);
    ft_lock(l);
    ft_obj **items = L_items(l);
    *n = L_size(l);
    set_size(l, 0);
    publish(l, SORTING_ITEMS);
    ft_unlock(l);
    return items;  /* SORTING_ITEMS when sorted re-entrantly: put back as is */
}

ft_obj **ft_list_items_alloc(ft_ssize n) { return items_alloc(n); }

int ft_list_sort_put_back(ft_obj *list, ft_obj **items, ft_ssize n) {
    ft_list *l = L(list);
    ft_lock(l);
    bool mutated = L_items(l) != SORTING_ITEMS || L_size(l) != 0;
    publish(l, items);
    set_size(l, n);
    ft_unlock(l);
    return mutated ? 1 : 0;
}

/* ---- constructor ------------------------------------------------------------- */
static ft_obj *list_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (type == &ft_list_type) return ft_list_new(0);
    ft_obj *o = ft_type_generic_alloc(type, 0);
    if (!o) return NULL;
    publish(L(o), EMPTY_ITEMS);
    return o;
}

static int list_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0 && FT_TYPE(self) == &ft_list_type) {
        ft_err_set_str(ft_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        ft_err_format(ft_exc_TypeError, "list expected at most 1 argument, got %zd", (ft_ssize)nargs);
        return -1;
    }
    ft_obj *t = NULL;
    if (nargs == 1) {
        t = items_of(args[0], NULL);
        if (!t) return -1;
    }
    ft_list *l = L(self);
    ft_lock(l);
    clear_locked(l);
    ft_unlock(l);
    if (t) return append_array(l, FT_TUPLE(t)->items, FT_TUPLE(t)->size);
    return 0;
}

/* ---- repr / compare ------------------------------------------------------------ */
static ft_obj *list_repr(ft_obj *self) {
    ft_list *l = L(self);
    if (L_size(l) == 0) return ft_str_from_cstr("[]");
    int r = ft_repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return ft_str_from_cstr("[...]");
    if (ft_check_c_stack("list repr") < 0) { ft_repr_leave(self); return NULL; }
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_obj *res = NULL;
    if (ft_strbuf_append(&b, "[", 1) < 0) goto done;
    for (ft_ssize i = 0;; i++) {
        ft_obj *v = read_item(l, i);
        if (!v) break;
        if (i > 0 && ft_strbuf_append(&b, ", ", 2) < 0) goto done;
        ft_obj *s = ft_repr(v);
        if (!s || ft_strbuf_append_str(&b, s) < 0) goto done;
    }
    if (ft_strbuf_append(&b, "]", 1) < 0) goto done;
    res = ft_strbuf_finish(&b);
done:
    ft_repr_leave(self);
    return res;
}

static ft_obj *list_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (!ft_list_check(a) || !ft_list_check(b)) return ft_NotImplemented;
    ft_list *x = L(a), *y = L(b);
    if ((op == FT_EQ || op == FT_NE) && L_size(x) != L_size(y))
        return ft_bool(op == FT_NE);
    if (ft_check_c_stack("list comparison") < 0) return NULL;
    ft_ssize i;
    ft_obj *vx = NULL, *vy = NULL;
    for (i = 0;; i++) {
        vx = read_item(x, i);
        vy = read_item(y, i);
        if (!vx || !vy) break;
        if (vx == vy) continue;
        int c = ft_richcompare_bool(vx, vy, FT_EQ);
        if (c < 0) return NULL;
        if (!c) break;
    }
    if (!vx || !vy) {
        ft_ssize p = L_size(x), q = L_size(y);
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
    return ft_richcompare(vx, vy, op);
}

/* ---- sequence protocol -------------------------------------------------------- */
static ft_ssize list_length(ft_obj *self) { return L_size(L(self)); }

static int list_contains(ft_obj *self, ft_obj *v) {
    ft_list *l = L(self);
    for (ft_ssize i = 0;; i++) {
        ft_obj *x = read_item(l, i);
        if (!x) return 0;
        int c = ft_richcompare_bool(x, v, FT_EQ);
        if (c != 0) return c;
    }
}

static ft_obj *list_slice_locked_copy(ft_list *l, ft_ssize start, ft_ssize stop, ft_ssize step, bool *err) {
    *err = false;
    ft_lock(l);
    ft_ssize n = ft_slice_adjust(L_size(l), &start, &stop, step);
    ft_obj *r = ft_list_new(n);
    if (!r) { ft_unlock(l); *err = true; return NULL; }
    ft_obj **src = L_items(l), **dst = L_items(L(r));
    for (ft_ssize i = 0, j = start; i < n; i++, j += step) dst[i] = ft_item_load(&src[j]);
    ft_unlock(l);
    return r;
}

static ft_obj *list_subscript(ft_obj *self, ft_obj *key) {
    ft_list *l = L(self);
    if (ft_is_smallint(key)) return ft_list_get(self, (ft_ssize)ft_smallint_value(key));
    if (FT_TYPE(key) == &ft_slice_type) {
        ft_ssize start, stop, step;
        bool err;
        if (ft_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        return list_slice_locked_copy(l, start, stop, step, &err);
    }
    ft_ssize i;
    if (ft_seq_index_key(key, "list", &i) < 0) return NULL;
    return ft_list_get(self, i);
}

static int list_ass_slice(ft_list *l, ft_obj *slice, ft_obj *value) {
    ft_ssize start, stop, step;
    if (ft_slice_unpack(slice, &start, &stop, &step) < 0) return -1;
    ft_obj *t = NULL;
    ft_ssize m = 0;
    if (value) {
        t = items_of(value, "must assign iterable to extended slice");
        if (!t) return -1;
        m = FT_TUPLE(t)->size;
    }
    ft_lock(l);
    ft_ssize n = L_size(l);
    ft_ssize len = ft_slice_adjust(n, &start, &stop, step);
    if (step == 1) {
        if (stop < start) stop = start;
        ft_ssize d = m - (stop - start);
        if (d > MAX_ITEMS - n) { ft_unlock(l); ft_err_no_memory(); return -1; }
        ft_obj **items = L_items(l);
        if (d <= 0) {
            for (ft_ssize i = 0; i < m; i++) ft_item_store(&items[start + i], FT_TUPLE(t)->items[i]);
            del_range_locked(l, start + m, stop);
        } else if (n + d <= items_cap(items) && items != SORTING_ITEMS) {
            ft_items_move(&items[stop + d], &items[stop], n - stop);
            for (ft_ssize i = 0; i < m; i++) ft_item_store(&items[start + i], FT_TUPLE(t)->items[i]);
            set_size(l, n + d);
        } else {
            ft_ssize cap = grow_cap(n + d);
            ft_obj **nw = cap < 0 ? NULL : items_alloc(cap);
            if (!nw) { ft_unlock(l); if (cap < 0) ft_err_no_memory(); return -1; }
            for (ft_ssize i = 0; i < start; i++) nw[i] = ft_item_load(&items[i]);
            for (ft_ssize i = 0; i < m; i++) nw[start + i] = FT_TUPLE(t)->items[i];
            for (ft_ssize i = stop; i < n; i++) nw[i + d] = ft_item_load(&items[i]);
            publish(l, nw);
            set_size(l, n + d);
        }
        ft_unlock(l);
        return 0;
    }
    ft_obj **items = L_items(l);
    if (!value) {
        if (len <= 0) { ft_unlock(l); return 0; }
        if (step < 0) {  /* walk forward over the same set of positions */
            start = start + step * (len - 1);
            step = -step;
        }
        ft_ssize w = start, next = start;
        ft_ssize k = 0;
        for (ft_ssize r = start; r < n; r++) {
            if (k < len && r == next) { k++; next += step; continue; }
            ft_item_store(&items[w++], ft_item_load(&items[r]));
        }
        set_size(l, w);
        for (ft_ssize i = w; i < n; i++) ft_item_store(&items[i], NULL);
        maybe_shrink_locked(l);
        ft_unlock(l);
        return 0;
    }
    if (m != len) {
        ft_unlock(l);
        ft_err_format(ft_exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd", m, len);
        return -1;
    }
    for (ft_ssize i = 0, j = start; i < len; i++, j += step) ft_item_store(&items[j], FT_TUPLE(t)->items[i]);
    ft_unlock(l);
    return 0;
}

static int list_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value) {
    ft_list *l = L(self);
    if (!ft_is_smallint(key) && FT_TYPE(key) == &ft_slice_type) return list_ass_slice(l, key, value);
    ft_ssize i;
    if (ft_seq_index_key(key, "list", &i) < 0) return -1;
    if (value) return ft_list_set(self, i, value);
    ft_lock(l);
    ft_ssize n = L_size(l);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        ft_unlock(l);
        ft_err_set_str(ft_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    del_range_locked(l, i, i + 1);
    ft_unlock(l);
    return 0;
}

static ft_obj *list_add(ft_obj *a, ft_obj *b) {
    if (!ft_list_check(a)) return ft_NotImplemented;
    if (!ft_list_check(b)) {
        if (ft_other_may_handle(b, "__radd__")) return ft_NotImplemented;
        return ft_err_format(ft_exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    ft_obj *ta = ft_list_snapshot(a);
    if (!ta) return NULL;
    ft_obj *tb = a == b ? ta : ft_list_snapshot(b);
    if (!tb) return NULL;
    ft_ssize na = ft_tuple_size(ta), nb = ft_tuple_size(tb);
    if (na > MAX_ITEMS - nb) return ft_err_no_memory();
    ft_obj *r = ft_list_new(na + nb);
    if (!r) return NULL;
    ft_obj **dst = L_items(L(r));
    memcpy(dst, ft_tuple_items(ta), (size_t)na * sizeof(ft_obj *));
    memcpy(dst + na, ft_tuple_items(tb), (size_t)nb * sizeof(ft_obj *));
    return r;
}

static int repeat_count(ft_obj *a, ft_obj *b, ft_obj **seq, ft_ssize *n, bool inplace) {
    ft_obj *count;
    bool reflected = false;
    if (ft_list_check(a)) { *seq = a; count = b; }
    else { *seq = b; count = a; reflected = true; }
    if (!ft_has_index(count)) {
        if (!reflected && !inplace && ft_other_may_handle(count, "__rmul__")) return 0;
        /* CPython repeats the left operand when it is a sequence itself
         * ('a' * [1]): the complaint is then about the right one. */
        ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                      reflected && ft_is_builtin_sequence(count) ? *seq : count);
        return -1;
    }
    *n = ft_index_as_ssize(count, ft_exc_OverflowError);
    if (*n == -1 && ft_err_occurred()) return -1;
    return 1;
}

static ft_obj *list_mul(ft_obj *a, ft_obj *b) {
    ft_obj *seq;
    ft_ssize n;
    int r = repeat_count(a, b, &seq, &n, false);
    if (r <= 0) return r < 0 ? NULL : ft_NotImplemented;
    ft_obj *t = ft_list_snapshot(seq);
    if (!t) return NULL;
    ft_ssize size = ft_tuple_size(t);
    if (n <= 0 || size == 0) return ft_list_new(0);
    if (size > MAX_ITEMS / n) return ft_err_no_memory();
    ft_obj *res = ft_list_new(size * n);
    if (!res) return NULL;
    ft_obj **dst = L_items(L(res));
    for (ft_ssize k = 0; k < n; k++)
        memcpy(dst + k * size, ft_tuple_items(t), (size_t)size * sizeof(ft_obj *));
    return res;
}

static ft_obj *list_inplace_add(ft_obj *a, ft_obj *b) {
    if (!ft_list_check(a)) return ft_NotImplemented;
    if (ft_list_extend(a, b) < 0) return NULL;
    return a;
}

static ft_obj *list_inplace_mul(ft_obj *a, ft_obj *b) {
    if (!ft_list_check(a)) return ft_NotImplemented;
    ft_obj *seq;
    ft_ssize n;
    int r = repeat_count(a, b, &seq, &n, true);
    if (r <= 0) return r < 0 ? NULL : ft_NotImplemented;
    ft_list *l = L(a);
    ft_lock(l);
    ft_ssize size = L_size(l);
    if (n <= 0 || size == 0) {
        clear_locked(l);
        ft_unlock(l);
        return a;
    }
    if (n == 1) { ft_unlock(l); return a; }
    if (size > MAX_ITEMS / n) { ft_unlock(l); return ft_err_no_memory(); }
    ft_obj **items = ensure_cap_locked(l, size * n, size);
    if (!items) { ft_unlock(l); return NULL; }
    for (ft_ssize k = 1; k < n; k++)
        for (ft_ssize i = 0; i < size; i++) ft_item_store(&items[k * size + i], ft_item_load(&items[i]));
    set_size(l, size * n);
    ft_unlock(l);
    return a;
}

/* ---- methods -------------------------------------------------------------------- */
static ft_obj *m_append(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_list_append(self, args[0]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_extend(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_list_extend(self, args[0]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_insert(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (kw && ft_tuple_size(kw) > 0) return ft_err_format(ft_exc_TypeError, "list.insert() takes no keyword arguments");
    if (nargs != 2) return ft_err_format(ft_exc_TypeError, "insert expected 2 arguments, got %zd", (ft_ssize)nargs);
    ft_ssize i;
    if (ft_is_smallint(args[0])) i = (ft_ssize)ft_smallint_value(args[0]);
    else {
        if (!ft_has_index(args[0]))
            return ft_err_format(ft_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        i = ft_index_as_ssize(args[0], NULL);
        if (i == -1 && ft_err_occurred()) return NULL;
    }
    if (ft_list_insert(self, i, args[1]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_pop(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (kw && ft_tuple_size(kw) > 0) return ft_err_format(ft_exc_TypeError, "list.pop() takes no keyword arguments");
    if (nargs > 1) return ft_err_format(ft_exc_TypeError, "pop expected at most 1 argument, got %zd", (ft_ssize)nargs);
    ft_ssize i = -1;
    if (nargs == 1) {
        if (ft_is_smallint(args[0])) i = (ft_ssize)ft_smallint_value(args[0]);
        else {
            if (!ft_has_index(args[0]))
                return ft_err_format(ft_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
            i = ft_int_as_ssize(args[0]);
            if (i == -1 && ft_err_occurred()) return NULL;
        }
    }
    return ft_list_pop(self, i);
}

/* Find the first index >= start of an item equal to v; -1 if none, -2 on error.
 * *found receives the matching item. */
static ft_ssize find_item(ft_list *l, ft_obj *v, ft_ssize start, ft_ssize stop, ft_obj **found) {
    for (ft_ssize i = start; i < stop; i++) {
        ft_obj *x = read_item(l, i);
        if (!x) break;
        int c = ft_richcompare_bool(x, v, FT_EQ);
        if (c < 0) return -2;
        if (c) { *found = x; return i; }
    }
    return -1;
}

static ft_obj *m_remove(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_list *l = L(self);
    for (;;) {
        ft_obj *x;
        ft_ssize i = find_item(l, args[0], 0, PTRDIFF_MAX, &x);
        if (i == -2) return NULL;
        if (i == -1) {
            ft_err_set_str(ft_exc_ValueError, "list.remove(x): x not in list");
            return NULL;
        }
        ft_lock(l);
        if (i < L_size(l) && ft_item_load(&L_items(l)[i]) == x) {
            del_range_locked(l, i, i + 1);
            ft_unlock(l);
            return ft_None;
        }
        ft_unlock(l);  /* the list moved under us: search again */
    }
}

static ft_obj *m_index(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("index", nargs, kw, 1, 3) < 0) return NULL;
    ft_list *l = L(self);
    ft_ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && ft_clamped_index_arg(args[1], &start) < 0) return NULL;
    if (nargs > 2 && ft_clamped_index_arg(args[2], &stop) < 0) return NULL;
    ft_ssize n = L_size(l);
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    ft_obj *x;
    ft_ssize i = find_item(l, args[0], start, stop, &x);
    if (i == -2) return NULL;
    if (i == -1) return ft_err_format(ft_exc_ValueError, "%R is not in list", args[0]);
    return ft_int_from_i64(i);
}

static ft_obj *m_count(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_list *l = L(self);
    int64_t n = 0;
    for (ft_ssize i = 0;; i++) {
        ft_obj *x = read_item(l, i);
        if (!x) break;
        int c = ft_richcompare_bool(x, args[0], FT_EQ);
        if (c < 0) return NULL;
        n += c;
    }
    return ft_int_from_i64(n);
}

static ft_obj *m_clear(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_lock(self);
    clear_locked(L(self));
    ft_unlock(self);
    return ft_None;
}

static ft_obj *m_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *t = ft_list_snapshot(self);
    if (!t) return NULL;
    return ft_list_from_array(ft_tuple_items(t), ft_tuple_size(t));
}

static ft_obj *m_reverse(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_list_reverse(self);
    return ft_None;
}

static ft_obj *m_sort(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs > 0) return ft_err_format(ft_exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = { "$key", "$reverse", NULL };
    ft_obj *out[2] = { NULL, NULL };
    if (ft_parse_args("sort", args, nargs, kw, names, 0, 0, out) < 0) return NULL;
    bool rev = false;
    if (out[1]) {
        int t = ft_is_true(out[1]);
        if (t < 0) return NULL;
        rev = t;
    }
    ft_obj *key = out[0] == ft_None ? NULL : out[0];
    if (ft_list_sort(self, key, rev) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_list *l = L(self);
    return ft_int_from_i64((int64_t)(40 + l->alloc * (ft_ssize)sizeof(ft_obj *)));
}

/* ---- iterators --------------------------------------------------------------------- */
typedef struct { ft_obj ob; ft_obj *_Atomic list; _Atomic ft_ssize index; } listiter;

static ft_obj *list_iter(ft_obj *self) {
    listiter *it = (listiter *)ft_obj_alloc(&ft_listiter_type, sizeof(listiter));
    if (!it) return NULL;
    atomic_store_explicit(&it->list, self, memory_order_relaxed);
    return (ft_obj *)it;
}

static ft_obj *listiter_next(ft_obj *self) {
    listiter *it = (listiter *)self;
    ft_obj *list = atomic_load_explicit(&it->list, memory_order_relaxed);
    if (!list) return NULL;
    ft_ssize i = atomic_fetch_add_explicit(&it->index, 1, memory_order_relaxed);
    ft_obj *v = read_item(L(list), i);
    if (v) return v;
    atomic_store_explicit(&it->list, NULL, memory_order_relaxed);
    return NULL;
}

static ft_obj *listiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    listiter *it = (listiter *)self;
    ft_obj *list = atomic_load_explicit(&it->list, memory_order_relaxed);
    if (!list) return ft_smallint(0);
    ft_ssize n = L_size(L(list)) - atomic_load_explicit(&it->index, memory_order_relaxed);
    return ft_smallint(n < 0 ? 0 : n);
}

static ft_obj *list_reversed(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    listiter *it = (listiter *)ft_obj_alloc(&ft_listreviter_type, sizeof(listiter));
    if (!it) return NULL;
    atomic_store_explicit(&it->list, self, memory_order_relaxed);
    atomic_store_explicit(&it->index, L_size(L(self)) - 1, memory_order_relaxed);
    return (ft_obj *)it;
}

static ft_obj *listreviter_next(ft_obj *self) {
    listiter *it = (listiter *)self;
    ft_obj *list = atomic_load_explicit(&it->list, memory_order_relaxed);
    if (!list) return NULL;
    ft_ssize i = atomic_fetch_sub_explicit(&it->index, 1, memory_order_relaxed);
    ft_obj *v = i >= 0 ? read_item(L(list), i) : NULL;
    if (v) return v;
    atomic_store_explicit(&it->index, -1, memory_order_relaxed);
    atomic_store_explicit(&it->list, NULL, memory_order_relaxed);
    return NULL;
}

static ft_obj *listreviter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    listiter *it = (listiter *)self;
    ft_obj *list = atomic_load_explicit(&it->list, memory_order_relaxed);
    if (!list) return ft_smallint(0);
    ft_ssize i = atomic_load_explicit(&it->index, memory_order_relaxed) + 1;
    ft_ssize n = L_size(L(list));
    if (i > n) i = 0;
    return ft_smallint(i < 0 ? 0 : i);
}

static const ft_method_def listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};
static const ft_method_def listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};

ft_type ft_listiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "list_iterator",
    .basicsize = sizeof(listiter),
    .iter = ft_iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

ft_type ft_listreviter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "list_reverseiterator",
    .basicsize = sizeof(listiter),
    .iter = ft_iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

static const ft_method_def list_methods[] = {
    {"append", m_append, FT_METH_O, "Append object to the end of the list."},
    {"extend", m_extend, FT_METH_O, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, FT_METH_VARARGS, "Insert object before index."},
    {"pop", m_pop, FT_METH_VARARGS, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", m_remove, FT_METH_O, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, FT_METH_VARARGS, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, FT_METH_O, "Return number of occurrences of value."},
    {"clear", m_clear, FT_METH_NOARGS, "Remove all items from list."},
    {"copy", m_copy, FT_METH_NOARGS, "Return a shallow copy of the list."},
    {"reverse", m_reverse, FT_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", m_sort, FT_METH_KEYWORDS, "Sort the list in ascending order and return None."},
    {"__reversed__", list_reversed, FT_METH_NOARGS, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, FT_METH_NOARGS, "Return the size of the list in memory, in bytes."},
    {"__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},
    {NULL}
};

ft_type ft_list_type = {
    FT_TYPE_HEAD_INIT,
    .name = "list",
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .basicsize = sizeof(ft_list),
    .flags = FT_TPF_BASETYPE | FT_TPF_LIST_SUBCLASS | FT_TPF_SEQUENCE | FT_TPF_MATCH_SELF,
    .repr = list_repr,
    .hash = ft_hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
    .contains = list_contains,
    .as_number = { .add = list_add, .multiply = list_mul, .inplace_add = list_inplace_add,
                   .inplace_multiply = list_inplace_mul },
    .methods = list_methods,
};

int ft_list_types_init(void) {
    if (ft_type_ready(&ft_list_type) < 0) return -1;
    if (ft_type_ready(&ft_listiter_type) < 0) return -1;
    if (ft_type_ready(&ft_listreviter_type) < 0) return -1;
    return 0;
}
