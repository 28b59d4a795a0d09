/* set.c -- set and frozenset.
 *
 * LAYOUT: an open-addressing table of (hash, key) entries, probed like
 * CPython (9 linear probes, then perturbation), resized by the same rules
 * and filled in the same order by every operation, so that sets of ints and
 * strs iterate (and print) in CPython's order. A deleted entry holds the
 * DUMMY sentinel with hash -1.
 *
 * LOCKING CONTRACT
 *  - Every mutation, iteration step and general lookup holds the set's
 *    ob_lock; no other object's lock is taken meanwhile. Membership tests
 *    of exact-str and small-int keys read the published table without the
 *    lock: a replaced table is never written again (the GC keeps it alive
 *    for such readers) and entries of a published table are written with
 *    atomic stores (see set_entry).
 *    Operations involving two sets first copy the other set's entries under
 *    its lock, then work on the first one under its own lock.
 *  - Hashes are computed before locking. A lookup that needs a user __eq__
 *    drops the lock around the call and restarts if the table was replaced
 *    or the compared entry changed (CPython's rule).
 *  - A frozenset is only mutated while it is being built (before it is
 *    published); its cached hash is computed once and stored atomically.
 */
#include "core/ftcore.h"
#include "objects/containers.h"

typedef struct { int64_t hash; ft_obj *key; } sentry;

/* Tables are allocated with a 16-byte header holding their mask, so a
 * lock-free reader that loads `table` also gets a matching mask. Entries of
 * a published table are written with set_entry (hash, then key with
 * release) and read key-first with acquire. */
static inline ft_ssize table_mask(sentry *t) { return ((ft_ssize *)t)[-2]; }
static inline void set_entry(sentry *e, ft_obj *key, int64_t hash) {
    __atomic_store_n(&e->hash, hash, __ATOMIC_RELAXED);
    __atomic_store_n(&e->key, key, __ATOMIC_RELEASE);
}
static inline void set_dummy(sentry *e, ft_obj *dummy) {
    __atomic_store_n(&e->key, dummy, __ATOMIC_RELEASE);
    __atomic_store_n(&e->hash, -1, __ATOMIC_RELAXED);
}
static sentry *table_alloc(size_t n) {
    if (n > ((size_t)1 << 58)) { ft_err_no_memory(); return NULL; }
    ft_ssize *hdr = ft_gc_alloc(16 + n * sizeof(sentry), FT_GC_SCAN);
    if (!hdr) return NULL;
    hdr[0] = (ft_ssize)n - 1;
    return (sentry *)(hdr + 2);
}

typedef struct ft_setobj {
    ft_obj ob;
    ft_ssize fill;           /* active + dummy */
    _Atomic ft_ssize used;   /* active */
    ft_ssize mask;
    sentry *_Atomic table;   /* NULL until first needed: an empty table of 8 */
    ft_ssize finger;         /* pop() search start */
    _Atomic int64_t hash;    /* frozenset only; -1 = not computed */
} ft_setobj;

#define S(o) ((ft_setobj *)(o))
#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static ft_obj dummy_obj = FT_OBJ_HEAD_INIT(&ft_object_type);
#define DUMMY (&dummy_obj)

bool ft_set_check(ft_obj *o) {
    ft_type *t = FT_TYPE(o);
    return t == &ft_set_type || t == &ft_frozenset_type ||
           ft_type_is_subtype(t, &ft_set_type) || ft_type_is_subtype(t, &ft_frozenset_type);
}
bool ft_frozenset_check_exact(ft_obj *o) { return FT_TYPE(o) == &ft_frozenset_type; }
static bool is_set_type(ft_type *t) { return t == &ft_set_type || ft_type_is_subtype(t, &ft_set_type); }

static void publish_table(ft_setobj *so, sentry *t) {
    so->mask = table_mask(t);
    atomic_store_explicit(&so->table, t, memory_order_release);
}

static int ensure_table(ft_setobj *so) {
    if (so->table) return 0;
    sentry *t = table_alloc(MINSIZE);
    if (!t) return -1;
    publish_table(so, t);
    return 0;
}

static void insert_clean(sentry *table, size_t mask, ft_obj *key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        sentry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        set_entry(e, key, hash);
        return;
    }
}

/* Under the lock. */
static int table_resize(ft_setobj *so, ft_ssize minused) {
    size_t newsize = MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
        if (newsize > ((size_t)1 << 58)) { ft_err_no_memory(); return -1; }
    }
    sentry *nt = table_alloc(newsize);
    if (!nt) return -1;
    sentry *old = so->table;
    ft_ssize oldmask = so->mask;
    if (old) {
        for (ft_ssize i = 0; i <= oldmask; i++) {
            ft_obj *k = old[i].key;
            if (k && k != DUMMY) insert_clean(nt, newsize - 1, k, old[i].hash);
        }
    }
    so->fill = atomic_load_explicit(&so->used, memory_order_relaxed);
    publish_table(so, nt);
    return 0;
}

static inline ft_ssize used_of(ft_setobj *so) { return atomic_load_explicit(&so->used, memory_order_relaxed); }
static inline void set_used(ft_setobj *so, ft_ssize n) { atomic_store_explicit(&so->used, n, memory_order_relaxed); }

/* Compare under the lock; drops it around a user __eq__. Returns 1 equal,
 * 0 not, -1 error, 2 restart. */
static int entry_matches(ft_setobj *so, sentry *e, ft_obj *key, int64_t hash) {
    ft_obj *sk = e->key;
    if (sk == key) return 1;
    if (e->hash != hash || sk == DUMMY) return 0;
    if (ft_str_check_exact(sk) && ft_str_check_exact(key)) return ft_str_eq(sk, key);
    if (ft_is_smallint(sk) && ft_is_smallint(key)) return 0;
    sentry *table = so->table;
    ft_unlock(so);
    int c = ft_richcompare_bool(sk, key, FT_EQ);
    ft_lock(so);
    if (c < 0) return -1;
    if (table != so->table || e->key != sk) return 2;
    return c;
}

/* Under the lock. 0 ok, -1 error. */
static int add_entry(ft_setobj *so, ft_obj *key, int64_t hash) {
    if (ensure_table(so) < 0) return -1;
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    sentry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL) goto found_unused_or_dummy;
            if (e->hash == hash && e->key != DUMMY) {
                int c = entry_matches(so, e, key, hash);
                if (c < 0) return -1;
                if (c == 2) goto restart;
                if (c == 1) return 0;
                mask = (size_t)so->mask;
            } else if (e->hash == -1 && e->key == DUMMY) {
                freeslot = e;  /* CPython 3.13 keeps the last dummy seen */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        set_used(so, used_of(so) + 1);
        set_entry(freeslot, key, hash);
        return 0;
    }
    so->fill++;
    set_used(so, used_of(so) + 1);
    set_entry(e, key, hash);
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return table_resize(so, used_of(so) > 50000 ? used_of(so) * 2 : used_of(so) * 4);
}

/* Under the lock: the entry holding key, NULL if absent (*err on error). */
static sentry *lookkey(ft_setobj *so, ft_obj *key, int64_t hash, bool *err) {
    *err = false;
    if (!so->table) return NULL;
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        sentry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL) return NULL;
            if (e->hash == hash && e->key != DUMMY) {
                int c = entry_matches(so, e, key, hash);
                if (c < 0) { *err = true; return NULL; }
                if (c == 2) goto restart;
                if (c == 1) return e;
                mask = (size_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Keys whose equality runs no Python code (exact str, tagged int). */
static inline bool simple_key(ft_obj *k) { return ft_is_smallint(k) || ft_str_check_exact(k); }

/* Lock-free membership test for a simple key: 1 found, 0 absent, 2 undecided
 * (another kind of key with the same hash: take the locked path). */
static int lookup_nolock(ft_setobj *so, ft_obj *key, int64_t hash) {
    sentry *table = atomic_load_explicit(&so->table, memory_order_acquire);
    if (!table) return 0;
    size_t mask = (size_t)table_mask(table), i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        sentry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            ft_obj *k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
            if (!k) return 0;
            if (k == key) return 1;
            if (k != DUMMY && __atomic_load_n(&e->hash, __ATOMIC_RELAXED) == hash) {
                if (ft_str_check_exact(k) && ft_str_check_exact(key)) {
                    if (ft_str_eq(k, key)) return 1;
                } else if (!simple_key(k)) {
                    return 2;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int contains_entry(ft_setobj *so, ft_obj *key, int64_t hash) {
    if (simple_key(key)) {
        int r = lookup_nolock(so, key, hash);
        if (r != 2) return r;
    }
    ft_lock(so);
    bool err;
    sentry *e = lookkey(so, key, hash, &err);
    ft_unlock(so);
    if (err) return -1;
    return e != NULL;
}

/* Under the lock: 1 discarded, 0 not found, -1 error. */
static int discard_entry_locked(ft_setobj *so, ft_obj *key, int64_t hash) {
    bool err;
    sentry *e = lookkey(so, key, hash, &err);
    if (err) return -1;
    if (!e) return 0;
    set_dummy(e, DUMMY);
    set_used(so, used_of(so) - 1);
    return 1;
}

static int discard_entry(ft_setobj *so, ft_obj *key, int64_t hash) {
    ft_lock(so);
    int r = discard_entry_locked(so, key, hash);
    ft_unlock(so);
    return r;
}

static int add_hashed(ft_setobj *so, ft_obj *key, int64_t hash) {
    ft_lock(so);
    int r = add_entry(so, key, hash);
    ft_unlock(so);
    return r;
}

/* Copy of the live entries in table order (under the lock). */
static sentry *snap(ft_setobj *so, ft_ssize *n) {
    ft_lock(so);
    ft_ssize u = used_of(so);
    sentry *out = ft_gc_alloc((size_t)(u ? u : 1) * sizeof(sentry), FT_GC_SCAN);
    if (!out) { ft_unlock(so); return NULL; }
    ft_ssize j = 0;
    if (so->table) {
        for (ft_ssize i = 0; i <= so->mask && j < u; i++) {
            ft_obj *k = so->table[i].key;
            if (k && k != DUMMY) out[j++] = so->table[i];
        }
    }
    ft_unlock(so);
    *n = j;
    return out;
}

/* ---- construction ------------------------------------------------------------------ */
static ft_obj *alloc_set(ft_type *type) {
    ft_obj *o;
    if (type == &ft_set_type || type == &ft_frozenset_type) o = ft_obj_alloc(type, sizeof(ft_setobj));
    else o = ft_type_generic_alloc(type, 0);
    if (!o) return NULL;
    atomic_store_explicit(&S(o)->hash, -1, memory_order_relaxed);
    if (ensure_table(S(o)) < 0) return NULL;
    return o;
}

/* set_merge: other is a set/frozenset. */
static int merge_set(ft_setobj *so, ft_setobj *other) {
    if (so == other) return 0;
    /* A consistent copy of other's whole table (layout matters for order). */
    ft_lock(other);
    ft_ssize ou = used_of(other), ofill = other->fill, omask = other->mask;
    sentry *ot = NULL;
    if (ou > 0 && other->table) {
        ot = ft_gc_alloc((size_t)(omask + 1) * sizeof(sentry), FT_GC_SCAN);
        if (!ot) { ft_unlock(other); return -1; }
        memcpy(ot, other->table, (size_t)(omask + 1) * sizeof(sentry));
    }
    ft_unlock(other);
    if (ou == 0 || !ot) return 0;
    ft_lock(so);
    int r = 0;
    if (ensure_table(so) < 0) { r = -1; goto done; }
    if ((so->fill + ou) * 5 >= so->mask * 3) {
        if (table_resize(so, (used_of(so) + ou) * 2) < 0) { r = -1; goto done; }
    }
    if (so->fill == 0 && so->mask == omask && ofill == ou) {
        for (ft_ssize i = 0; i <= omask; i++) {
            if (ot[i].key) set_entry(&so->table[i], ot[i].key, ot[i].hash);
        }
        so->fill = ofill;
        set_used(so, ou);
        goto done;
    }
    if (so->fill == 0) {
        so->fill = ou;
        set_used(so, ou);
        for (ft_ssize i = 0; i <= omask; i++) {
            ft_obj *k = ot[i].key;
            if (k && k != DUMMY) insert_clean(so->table, (size_t)so->mask, k, ot[i].hash);
        }
        goto done;
    }
    for (ft_ssize i = 0; i <= omask; i++) {
        ft_obj *k = ot[i].key;
        if (k && k != DUMMY && add_entry(so, k, ot[i].hash) < 0) { r = -1; break; }
    }
done:
    ft_unlock(so);
    return r;
}

static int update_internal(ft_setobj *so, ft_obj *other) {
    if (ft_set_check(other)) return merge_set(so, S(other));
    if (ft_dict_check_exact(other)) {
        ft_ssize ds = ft_dict_size(other);
        ft_lock(so);
        int r = ensure_table(so);
        if (r == 0 && (so->fill + ds) * 5 >= so->mask * 3)
            r = table_resize(so, (used_of(so) + ds) * 2);
        ft_unlock(so);
        if (r < 0) return -1;
        ft_ssize pos = 0;
        ft_obj *k;
        int64_t h;
        while (ft_dict_next_entry(other, &pos, &k, NULL, &h))
            if (add_hashed(so, k, h) < 0) return -1;
        return 0;
    }
    ft_obj *it = ft_iter(other);
    if (!it) return -1;
    for (;;) {
        ft_obj *k = ft_iter_next(it);
        if (!k) return ft_err_occurred() ? -1 : 0;
        int64_t h = ft_containers_hash(k);
        if (h == -1) return -1;
        if (add_hashed(so, k, h) < 0) return -1;
    }
}

static ft_obj *make_new_set(ft_type *type, ft_obj *iterable) {
    ft_obj *s = alloc_set(type);
    if (!s) return NULL;
    if (iterable && update_internal(S(s), iterable) < 0) return NULL;
    return s;
}

/* Result type of operations: the base type (set or frozenset). */
static ft_obj *make_new_set_basetype(ft_type *type, ft_obj *iterable) {
    if (type != &ft_set_type && type != &ft_frozenset_type)
        type = is_set_type(type) ? &ft_set_type : &ft_frozenset_type;
    return make_new_set(type, iterable);
}

ft_obj *ft_set_new(ft_obj *iterable) { return make_new_set(&ft_set_type, iterable); }
ft_obj *ft_frozenset_new(ft_obj *iterable) { return make_new_set(&ft_frozenset_type, iterable); }

static ft_obj *set_copy(ft_obj *so) { return make_new_set_basetype(FT_TYPE(so), so); }

/* ---- public C API ---------------------------------------------------------------------- */
int ft_set_add_hashed(ft_obj *s, ft_obj *key, int64_t hash) { return add_hashed(S(s), key, hash); }
int ft_set_contains_hashed(ft_obj *s, ft_obj *key, int64_t hash) { return contains_entry(S(s), key, hash); }

int ft_set_add(ft_obj *s, ft_obj *key) {
    int64_t h = ft_containers_hash(key);
    if (h == -1) return -1;
    return add_hashed(S(s), key, h);
}

/* Hash of a key for lookups; an unhashable set is retried as a frozenset
 * (CPython: `{1} in {frozenset({1})}`). *key may be replaced. */
static int64_t lookup_hash(ft_obj **key) {
    int64_t h = ft_containers_hash(*key);
    if (h != -1) return h;
    if (!ft_set_check(*key) || !ft_err_matches((ft_obj *)ft_exc_TypeError)) return -1;
    ft_err_clear();
    ft_obj *fs = make_new_set(&ft_frozenset_type, *key);
    if (!fs) return -1;
    *key = fs;
    return ft_containers_hash(fs);
}

int ft_set_contains(ft_obj *s, ft_obj *key) {
    int64_t h = lookup_hash(&key);
    if (h == -1) return -1;
    return contains_entry(S(s), key, h);
}

int ft_set_discard(ft_obj *s, ft_obj *key) {
    int64_t h = lookup_hash(&key);
    if (h == -1) return -1;
    return discard_entry(S(s), key, h);
}

ft_ssize ft_set_size(ft_obj *s) { return used_of(S(s)); }

int ft_set_next_hashed(ft_obj *s, ft_ssize *pos, ft_obj **key, int64_t *hash) {
    ft_setobj *so = S(s);
    ft_lock(so);
    int r = 0;
    if (so->table) {
        for (ft_ssize i = *pos; i <= so->mask; i++) {
            ft_obj *k = so->table[i].key;
            if (k && k != DUMMY) {
                *key = k;
                if (hash) *hash = so->table[i].hash;
                *pos = i + 1;
                r = 1;
                break;
            }
        }
    }
    if (!r) *pos = so->table ? so->mask + 1 : 0;
    ft_unlock(so);
    return r;
}

int ft_set_next(ft_obj *s, ft_ssize *pos, ft_obj **key) { return ft_set_next_hashed(s, pos, key, NULL); }

int ft_set_update(ft_obj *s, ft_obj *iterable) { return update_internal(S(s), iterable); }

static void clear_internal(ft_setobj *so) {
    ft_lock(so);
    sentry *t = table_alloc(MINSIZE);
    if (t) {
        publish_table(so, t);
    } else {  /* out of memory: empty the current table in place */
        ft_err_clear();
        if (so->table)
            for (ft_ssize i = 0; i <= so->mask; i++) set_entry(&so->table[i], NULL, 0);
    }
    so->fill = 0;
    set_used(so, 0);
    ft_unlock(so);
}

/* ---- algebra (CPython's algorithms, for identical iteration order) ---------------------- */
static ft_obj *set_intersection(ft_obj *so, ft_obj *other) {
    if (so == other) return set_copy(so);
    ft_obj *result = make_new_set_basetype(FT_TYPE(so), NULL);
    if (!result) return NULL;
    if (ft_set_check(other)) {
        if (ft_set_size(other) > ft_set_size(so)) { ft_obj *t = so; so = other; other = t; }
        ft_ssize n;
        sentry *es = snap(S(other), &n);
        if (!es) return NULL;
        for (ft_ssize i = 0; i < n; i++) {
            int r = contains_entry(S(so), es[i].key, es[i].hash);
            if (r < 0) return NULL;
            if (r && add_hashed(S(result), es[i].key, es[i].hash) < 0) return NULL;
        }
        return result;
    }
    ft_obj *it = ft_iter(other);
    if (!it) return NULL;
    for (;;) {
        ft_obj *k = ft_iter_next(it);
        if (!k) return ft_err_occurred() ? NULL : result;
        int64_t h = ft_containers_hash(k);
        if (h == -1) return NULL;
        int r = contains_entry(S(so), k, h);
        if (r < 0) return NULL;
        if (r && add_hashed(S(result), k, h) < 0) return NULL;
    }
}

static void swap_bodies(ft_setobj *a, ft_setobj *b) {
    /* b is private (a fresh result); only a needs its lock. */
    ft_lock(a);
    a->fill = b->fill;
    publish_table(a, b->table);
    set_used(a, used_of(b));
    ft_unlock(a);
}

static int difference_update_internal(ft_setobj *so, ft_obj *other) {
    if ((ft_obj *)so == other) { clear_internal(so); return 0; }
    if (ft_set_check(other)) {
        if ((ft_set_size(other) >> 3) > used_of(so)) {
            other = set_intersection((ft_obj *)so, other);
            if (!other) return -1;
        }
        ft_ssize n;
        sentry *es = snap(S(other), &n);
        if (!es) return -1;
        for (ft_ssize i = 0; i < n; i++)
            if (discard_entry(so, es[i].key, es[i].hash) < 0) return -1;
    } else {
        ft_obj *it = ft_iter(other);
        if (!it) return -1;
        for (;;) {
            ft_obj *k = ft_iter_next(it);
            if (!k) {
                if (ft_err_occurred()) return -1;
                break;
            }
            int64_t h = lookup_hash(&k);
            if (h == -1) return -1;
            if (discard_entry(so, k, h) < 0) return -1;
        }
    }
    ft_lock(so);
    int r = 0;
    if ((size_t)(so->fill - used_of(so)) > (size_t)so->mask / 4)
        r = table_resize(so, used_of(so) > 50000 ? used_of(so) * 2 : used_of(so) * 4);
    ft_unlock(so);
    return r;
}

static ft_obj *copy_and_difference(ft_obj *so, ft_obj *other) {
    ft_obj *r = set_copy(so);
    if (!r) return NULL;
    if (difference_update_internal(S(r), other) < 0) return NULL;
    return r;
}

static ft_obj *set_difference(ft_obj *so, ft_obj *other) {
    ft_ssize osize;
    if (ft_set_check(other)) osize = ft_set_size(other);
    else if (ft_dict_check_exact(other)) osize = ft_dict_size(other);
    else return copy_and_difference(so, other);
    if ((ft_set_size(so) >> 2) > osize) return copy_and_difference(so, other);
    ft_obj *result = make_new_set_basetype(FT_TYPE(so), NULL);
    if (!result) return NULL;
    ft_ssize n;
    sentry *es = snap(S(so), &n);
    if (!es) return NULL;
    bool isdict = ft_dict_check_exact(other);
    for (ft_ssize i = 0; i < n; i++) {
        int r;
        if (isdict) {
            ft_obj *v = ft_dict_get_hashed(other, es[i].key, es[i].hash);
            r = v ? 1 : ft_err_occurred() ? -1 : 0;
        } else {
            r = contains_entry(S(other), es[i].key, es[i].hash);
        }
        if (r < 0) return NULL;
        if (!r && add_hashed(S(result), es[i].key, es[i].hash) < 0) return NULL;
    }
    return result;
}

static int symdiff_update(ft_setobj *so, ft_obj *other) {
    if ((ft_obj *)so == other) { clear_internal(so); return 0; }
    if (ft_dict_check_exact(other)) {
        ft_ssize pos = 0;
        ft_obj *k;
        int64_t h;
        while (ft_dict_next_entry(other, &pos, &k, NULL, &h)) {
            int r = discard_entry(so, k, h);
            if (r < 0) return -1;
            if (r == 0 && add_hashed(so, k, h) < 0) return -1;
        }
        return 0;
    }
    ft_obj *os = other;
    if (!ft_set_check(other)) {
        os = make_new_set_basetype(FT_TYPE(so), other);
        if (!os) return -1;
    }
    ft_ssize n;
    sentry *es = snap(S(os), &n);
    if (!es) return -1;
    for (ft_ssize i = 0; i < n; i++) {
        ft_lock(so);
        int r = discard_entry_locked(so, es[i].key, es[i].hash);
        if (r == 0) r = add_entry(so, es[i].key, es[i].hash) < 0 ? -1 : 0;
        ft_unlock(so);
        if (r < 0) return -1;
    }
    return 0;
}

static ft_obj *set_symmetric_difference(ft_obj *so, ft_obj *other) {
    ft_obj *os = make_new_set_basetype(FT_TYPE(so), other);
    if (!os) return NULL;
    if (symdiff_update(S(os), so) < 0) return NULL;
    return os;
}

static int issubset(ft_obj *so, ft_obj *other) {
    if (!ft_set_check(other)) {
        ft_obj *tmp = make_new_set(&ft_set_type, other);
        if (!tmp) return -1;
        other = tmp;
    }
    if (ft_set_size(so) > ft_set_size(other)) return 0;
    ft_ssize n;
    sentry *es = snap(S(so), &n);
    if (!es) return -1;
    for (ft_ssize i = 0; i < n; i++) {
        int r = contains_entry(S(other), es[i].key, es[i].hash);
        if (r <= 0) return r;
    }
    return 1;
}

static int issuperset(ft_obj *so, ft_obj *other) {
    if (ft_set_check(other)) return issubset(other, so);
    ft_obj *it = ft_iter(other);
    if (!it) return -1;
    for (;;) {
        ft_obj *k = ft_iter_next(it);
        if (!k) return ft_err_occurred() ? -1 : 1;
        int r = ft_set_contains(so, k);
        if (r <= 0) return r;
    }
}

/* ---- methods --------------------------------------------------------------------------- */
static ft_obj *m_add(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_set_add(self, args[0]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_discard(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_set_discard(self, args[0]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_remove(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = ft_set_discard(self, args[0]);
    if (r < 0) return NULL;
    if (r == 0) {
        ft_obj *key = args[0];
        ft_obj *exc = ft_exc_new(ft_exc_KeyError, &key, 1);
        if (exc) ft_err_set_exc(exc);
        return NULL;
    }
    return ft_None;
}

static ft_obj *m_pop(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_setobj *so = S(self);
    ft_lock(so);
    if (used_of(so) == 0) {
        ft_unlock(so);
        ft_obj *msg = ft_str_from_cstr("pop from an empty set");
        if (msg) {
            ft_obj *exc = ft_exc_new(ft_exc_KeyError, &msg, 1);
            if (exc) ft_err_set_exc(exc);
        }
        return NULL;
    }
    sentry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (e->key == NULL || e->key == DUMMY) {
        e++;
        if (e > limit) e = so->table;
    }
    ft_obj *key = e->key;
    set_dummy(e, DUMMY);
    set_used(so, used_of(so) - 1);
    so->finger = e - so->table + 1;
    ft_unlock(so);
    return key;
}

static ft_obj *m_clear(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    clear_internal(S(self));
    return ft_None;
}

static ft_obj *m_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_frozenset_check_exact(self)) return self;
    return set_copy(self);
}

static ft_obj *m_union(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *r = set_copy(self);
    if (!r) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (update_internal(S(r), args[i]) < 0) return NULL;
    }
    return r;
}

static ft_obj *m_update(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(S(self), args[i]) < 0) return NULL;
    return ft_None;
}

static ft_obj *intersection_multi(ft_obj *self, ft_obj *const *args, size_t nargs) {
    if (nargs == 0) return set_copy(self);
    ft_obj *r = self;
    for (size_t i = 0; i < nargs; i++) {
        r = set_intersection(r, args[i]);
        if (!r) return NULL;
    }
    if (r == self) return set_copy(self);
    return r;
}

static ft_obj *m_intersection(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return intersection_multi(self, args, nargs);
}

static ft_obj *m_intersection_update(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *t = intersection_multi(self, args, nargs);
    if (!t) return NULL;
    swap_bodies(S(self), S(t));
    return ft_None;
}

static ft_obj *m_difference(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs == 0) return set_copy(self);
    ft_obj *r = set_difference(self, args[0]);
    if (!r) return NULL;
    for (size_t i = 1; i < nargs; i++)
        if (difference_update_internal(S(r), args[i]) < 0) return NULL;
    return r;
}

static ft_obj *m_difference_update(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(S(self), args[i]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_symmetric_difference(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return set_symmetric_difference(self, args[0]);
}

static ft_obj *m_symmetric_difference_update(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (symdiff_update(S(self), args[0]) < 0) return NULL;
    return ft_None;
}

static ft_obj *m_issubset(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = issubset(self, args[0]);
    return r < 0 ? NULL : ft_bool(r);
}

static ft_obj *m_issuperset(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = issuperset(self, args[0]);
    return r < 0 ? NULL : ft_bool(r);
}

static ft_obj *m_isdisjoint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *other = args[0];
    if (self == other) return ft_bool(ft_set_size(self) == 0);
    if (ft_set_check(other)) {
        ft_obj *a = self, *b = other;
        if (ft_set_size(b) > ft_set_size(a)) { a = other; b = self; }
        ft_ssize n;
        sentry *es = snap(S(b), &n);
        if (!es) return NULL;
        for (ft_ssize i = 0; i < n; i++) {
            int r = contains_entry(S(a), es[i].key, es[i].hash);
            if (r < 0) return NULL;
            if (r) return ft_False;
        }
        return ft_True;
    }
    ft_obj *it = ft_iter(other);
    if (!it) return NULL;
    for (;;) {
        ft_obj *k = ft_iter_next(it);
        if (!k) return ft_err_occurred() ? NULL : ft_True;
        int64_t h = ft_containers_hash(k);
        if (h == -1) return NULL;
        int r = contains_entry(S(self), k, h);
        if (r < 0) return NULL;
        if (r) return ft_False;
    }
}

static ft_obj *m_contains(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = ft_set_contains(self, args[0]);
    return r < 0 ? NULL : ft_bool(r);
}

static ft_obj *m_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ssize n;
    sentry *es = snap(S(self), &n);
    if (!es) return NULL;
    ft_obj *l = ft_list_new(n);
    if (!l) return NULL;
    for (ft_ssize i = 0; i < n; i++) ft_list_set(l, i, es[i].key);
    ft_obj *a = ft_tuple_pack(1, l);
    if (!a) return NULL;
    ft_obj *d = ft_getattr_opt(self, ft_id(__dict__));
    if (!d) {
        if (ft_err_occurred()) return NULL;
        d = ft_None;
    }
    return ft_tuple_pack(3, (ft_obj *)FT_TYPE(self), a, d);
}

static ft_obj *m_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_setobj *so = S(self);
    int64_t n = 200;
    if (so->mask + 1 > MINSIZE) n += (int64_t)((so->mask + 1) * (ft_ssize)sizeof(sentry));
    return ft_int_from_i64(n);
}

/* ---- slots -------------------------------------------------------------------------------- */
static ft_obj *set_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (type == &ft_set_type && kwnames && ft_tuple_size(kwnames) > 0)
        return ft_err_format(ft_exc_TypeError, "set() takes no keyword arguments");
    return alloc_set(type);
}

static int set_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (FT_TYPE(self) == &ft_set_type && kwnames && ft_tuple_size(kwnames) > 0) {
        ft_err_set_str(ft_exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        ft_err_format(ft_exc_TypeError, "set expected at most 1 argument, got %zd", (ft_ssize)nargs);
        return -1;
    }
    if (used_of(S(self))) clear_internal(S(self));
    if (nargs == 1) return update_internal(S(self), args[0]);
    return 0;
}

static ft_obj *frozenset_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (type == &ft_frozenset_type && kwnames && ft_tuple_size(kwnames) > 0)
        return ft_err_format(ft_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        return ft_err_format(ft_exc_TypeError, "frozenset expected at most 1 argument, got %zd", (ft_ssize)nargs);
    if (type == &ft_frozenset_type && nargs == 1 && ft_frozenset_check_exact(args[0])) return args[0];
    return make_new_set(type, nargs ? args[0] : NULL);
}

static ft_ssize set_length(ft_obj *self) { return used_of(S(self)); }

static int set_contains_slot(ft_obj *self, ft_obj *key) { return ft_set_contains(self, key); }

static ft_obj *set_repr(ft_obj *self) {
    ft_type *t = FT_TYPE(self);
    bool exact = t == &ft_set_type || t == &ft_frozenset_type;
    const char *name = ft_type_name(t);
    if (used_of(S(self)) == 0) return ft_str_from_format("%s()", name);
    int r = ft_repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return ft_str_from_format("%s(...)", name);
    ft_obj *res = NULL;
    if (ft_check_c_stack("set repr") < 0) { ft_repr_leave(self); return NULL; }
    ft_ssize n;
    sentry *es = snap(S(self), &n);
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (!es) goto done;
    if (!(exact && t == &ft_set_type)) {
        if (ft_strbuf_append_cstr(&b, name) < 0 || ft_strbuf_append(&b, "(", 1) < 0) goto done;
    }
    if (ft_strbuf_append(&b, "{", 1) < 0) goto done;
    for (ft_ssize i = 0; i < n; i++) {
        if (i && ft_strbuf_append(&b, ", ", 2) < 0) goto done;
        ft_obj *s = ft_repr(es[i].key);
        if (!s || ft_strbuf_append_str(&b, s) < 0) goto done;
    }
    if (ft_strbuf_append(&b, "}", 1) < 0) goto done;
    if (!(exact && t == &ft_set_type) && ft_strbuf_append(&b, ")", 1) < 0) goto done;
    res = ft_strbuf_finish(&b);
done:
    ft_repr_leave(self);
    return res;
}

static ft_obj *set_richcompare(ft_obj *v, ft_obj *w, int op) {
    if (!ft_set_check(v) || !ft_set_check(w)) return ft_NotImplemented;
    int r;
    switch (op) {
    case FT_EQ: case FT_NE: {
        if (ft_set_size(v) != ft_set_size(w)) return ft_bool(op == FT_NE);
        int64_t hv = atomic_load_explicit(&S(v)->hash, memory_order_relaxed);
        int64_t hw = atomic_load_explicit(&S(w)->hash, memory_order_relaxed);
        if (hv != -1 && hw != -1 && hv != hw) return ft_bool(op == FT_NE);
        r = issubset(v, w);
        if (r < 0) return NULL;
        return ft_bool(op == FT_EQ ? r : !r);
    }
    case FT_LE: r = issubset(v, w); break;
    case FT_GE: r = issuperset(v, w); break;
    case FT_LT:
        if (ft_set_size(v) >= ft_set_size(w)) return ft_False;
        r = issubset(v, w);
        break;
    default:
        if (ft_set_size(v) <= ft_set_size(w)) return ft_False;
        r = issuperset(v, w);
        break;
    }
    if (r < 0) return NULL;
    return ft_bool(r);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int64_t frozenset_hash(ft_obj *self) {
    ft_setobj *so = S(self);
    int64_t cached = atomic_load_explicit(&so->hash, memory_order_relaxed);
    if (cached != -1) return cached;
    if (ft_check_c_stack("frozenset hash") < 0) return -1;
    ft_ssize n;
    sentry *es = snap(so, &n);
    if (!es) return -1;
    uint64_t hash = 0;
    for (ft_ssize i = 0; i < n; i++) hash ^= shuffle_bits((uint64_t)es[i].hash);
    hash ^= ((uint64_t)n + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    atomic_store_explicit(&so->hash, (int64_t)hash, memory_order_relaxed);
    return (int64_t)hash;
}

static ft_obj *set_or(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(a) || !ft_set_check(b)) return ft_NotImplemented;
    ft_obj *r = set_copy(a);
    if (!r) return NULL;
    if (a == b) return r;
    if (update_internal(S(r), b) < 0) return NULL;
    return r;
}

static ft_obj *set_and(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(a) || !ft_set_check(b)) return ft_NotImplemented;
    return set_intersection(a, b);
}

static ft_obj *set_sub(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(a) || !ft_set_check(b)) return ft_NotImplemented;
    return set_difference(a, b);
}

static ft_obj *set_xor(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(a) || !ft_set_check(b)) return ft_NotImplemented;
    return set_symmetric_difference(a, b);
}

static ft_obj *set_ior(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(b)) return ft_NotImplemented;
    if (update_internal(S(a), b) < 0) return NULL;
    return a;
}

static ft_obj *set_iand(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(b)) return ft_NotImplemented;
    ft_obj *t = set_intersection(a, b);
    if (!t) return NULL;
    swap_bodies(S(a), S(t));
    return a;
}

static ft_obj *set_isub(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(b)) return ft_NotImplemented;
    if (difference_update_internal(S(a), b) < 0) return NULL;
    return a;
}

static ft_obj *set_ixor(ft_obj *a, ft_obj *b) {
    if (!ft_set_check(b)) return ft_NotImplemented;
    if (symdiff_update(S(a), b) < 0) return NULL;
    return a;
}

/* ---- iterator -------------------------------------------------------------------------------- */
typedef struct { ft_obj ob; ft_obj *set; ft_ssize pos, used, len; } setiter;

static ft_obj *set_iter(ft_obj *self) {
    setiter *it = (setiter *)ft_obj_alloc(&ft_setiter_type, sizeof(setiter));
    if (!it) return NULL;
    it->set = self;
    it->used = used_of(S(self));
    it->len = it->used;
    return (ft_obj *)it;
}

/* The iterator's lock guards its own fields only; it is released before the
 * set's lock is taken (one object lock at a time). Threads sharing one
 * iterator may occasionally both get the same element. */
static ft_obj *setiter_next(ft_obj *self) {
    setiter *it = (setiter *)self;
    ft_lock(it);
    ft_obj *s = it->set;
    ft_ssize used = it->used, pos = it->pos;
    ft_unlock(it);
    if (!s) return NULL;
    if (used != used_of(S(s))) {
        ft_lock(it);
        it->used = -1;
        ft_unlock(it);
        ft_err_set_str(ft_exc_RuntimeError, "Set changed size during iteration");
        return NULL;
    }
    ft_obj *k;
    int ok = ft_set_next(s, &pos, &k);
    ft_lock(it);
    if (!ok) {
        it->set = NULL;
    } else {
        if (pos > it->pos) it->pos = pos;
        if (it->len > 0) it->len--;
    }
    ft_unlock(it);
    return ok ? k : NULL;
}

static ft_obj *setiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    setiter *it = (setiter *)self;
    ft_lock(it);
    ft_ssize n = (it->set && it->used == used_of(S(it->set))) ? it->len : 0;
    ft_unlock(it);
    return ft_smallint(n);
}

static const ft_method_def setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};

ft_type ft_setiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "set_iterator",
    .basicsize = sizeof(setiter),
    .iter = ft_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

#define COMMON_METHODS \
    {"copy", m_copy, FT_METH_NOARGS, "Return a shallow copy of a set."}, \
    {"difference", m_difference, FT_METH_VARARGS, "Return a new set with elements in the set that are not in the others."}, \
    {"intersection", m_intersection, FT_METH_VARARGS, "Return a new set with elements common to the set and all others."}, \
    {"isdisjoint", m_isdisjoint, FT_METH_O, "Return True if two sets have a null intersection."}, \
    {"issubset", m_issubset, FT_METH_O, "Report whether another set contains this set."}, \
    {"issuperset", m_issuperset, FT_METH_O, "Report whether this set contains another set."}, \
    {"symmetric_difference", m_symmetric_difference, FT_METH_O, "Return a new set with elements in either the set or other but not both."}, \
    {"union", m_union, FT_METH_VARARGS, "Return a new set with elements from the set and all others."}, \
    {"__contains__", m_contains, FT_METH_O | FT_METH_COEXIST, "x.__contains__(y) <==> y in x."}, \
    {"__reduce__", m_reduce, FT_METH_NOARGS, "Return state information for pickling."}, \
    {"__sizeof__", m_sizeof, FT_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"}, \
    {"__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},

static const ft_method_def set_methods[] = {
    {"add", m_add, FT_METH_O, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, FT_METH_NOARGS, "Remove all elements from this set."},
    {"difference_update", m_difference_update, FT_METH_VARARGS, "Update the set, removing elements found in others."},
    {"discard", m_discard, FT_METH_O, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
    {"intersection_update", m_intersection_update, FT_METH_VARARGS, "Update the set, keeping only elements found in it and all others."},
    {"pop", m_pop, FT_METH_NOARGS, "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."},
    {"remove", m_remove, FT_METH_O, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"symmetric_difference_update", m_symmetric_difference_update, FT_METH_O, "Update the set, keeping only elements found in either set, but not in both."},
    {"update", m_update, FT_METH_VARARGS, "Update the set, adding elements from all others."},
    COMMON_METHODS
    {NULL}
};

static const ft_method_def frozenset_methods[] = {
    COMMON_METHODS
    {NULL}
};

ft_type ft_set_type = {
    FT_TYPE_HEAD_INIT,
    .name = "set",
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
    .basicsize = sizeof(ft_setobj),
    .flags = FT_TPF_BASETYPE | FT_TPF_MATCH_SELF,
    .repr = set_repr,
    .hash = ft_hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_tp_new,
    .init = set_init,
    .length = set_length,
    .contains = set_contains_slot,
    .as_number = { .subtract = set_sub, .and_ = set_and, .xor_ = set_xor, .or_ = set_or,
                   .inplace_subtract = set_isub, .inplace_and = set_iand, .inplace_xor = set_ixor,
                   .inplace_or = set_ior },
    .methods = set_methods,
};

ft_type ft_frozenset_type = {
    FT_TYPE_HEAD_INIT,
    .name = "frozenset",
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .basicsize = sizeof(ft_setobj),
    .flags = FT_TPF_BASETYPE | FT_TPF_MATCH_SELF,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_tp_new,
    .length = set_length,
    .contains = set_contains_slot,
    .as_number = { .subtract = set_sub, .and_ = set_and, .xor_ = set_xor, .or_ = set_or },
    .methods = frozenset_methods,
};

int ft_set_types_init(void) {
    if (ft_type_ready(&ft_set_type) < 0) return -1;
    if (ft_type_ready(&ft_frozenset_type) < 0) return -1;
    if (ft_type_ready(&ft_setiter_type) < 0) return -1;
    return 0;
}
