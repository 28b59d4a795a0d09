/* dict.c -- the dict type: an insertion-ordered compact hash table.
 *
 * LAYOUT
 *  A dict points to a `dkeys` table: an index array (power-of-two size,
 *  open addressing with CPython's perturbed probing; slot values EMPTY,
 *  DUMMY or an entry number) and an append-only entry array in insertion
 *  order (hash, key, value). Deleting leaves a hole (key = value = NULL);
 *  a resize compacts the entries into a fresh table.
 *
 * LOCKING CONTRACT
 *  - Every mutation holds the dict's ob_lock. `version` is bumped (under the
 *    lock) by every mutation; caches key on it (ft_dict_version).
 *  - A table, once replaced (resize, clear), is never written again; the
 *    GC keeps it alive while a reader holds it. Within the current table,
 *    writers fill an entry (relaxed atomic stores) before publishing its
 *    index slot with a release store; readers load slots with acquire.
 *  - Lookups of "simple" keys (exact str, tagged int) and iteration steps
 *    read the published table without the lock: comparing such keys runs
 *    no Python code. Meeting another kind of key with the same hash, or a
 *    half-updated entry, sends the lookup to the locked path.
 *  - The locked lookup releases the lock around a user __eq__ and restarts
 *    when the table or the compared entry changed meanwhile (CPython's
 *    rule). Hashes are always computed before locking.
 *  - Nothing else runs Python code under the lock; allocation under it
 *    (resize) is allowed by mutex.h.
 */
#include "core/ftcore.h"
#include "objects/containers.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MINSIZE 8

typedef struct {
    _Atomic int64_t hash;
    ft_obj *_Atomic key;
    ft_obj *_Atomic value;
} dentry;

typedef struct dkeys {
    ft_ssize size;               /* index slots, power of 2 */
    ft_ssize usable;             /* entry capacity */
    _Atomic ft_ssize nentries;   /* entries used, holes included */
    ft_ssize nfilled;            /* index slots ever filled (never decreases:
                                    popitem reuses entries, not slots) */
    _Atomic int64_t *indices;    /* FT_GC_ATOMIC block of `size` slots */
    dentry entries[];
} dkeys;

struct ft_dict {
    ft_obj ob;
    dkeys *_Atomic keys;         /* NULL: empty dict */
    _Atomic ft_ssize used;
    _Atomic uint64_t version;
};

#define D(o) ((ft_dict *)(o))

bool ft_dict_check(ft_obj *o) { return (FT_TYPE(o)->flags & FT_TPF_DICT_SUBCLASS) != 0; }
bool ft_dict_check_exact(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_dict_type; }

static inline dkeys *load_keys(ft_dict *d) { return atomic_load_explicit(&d->keys, memory_order_acquire); }
static inline int64_t ix_load(dkeys *k, ft_ssize i) { return atomic_load_explicit(&k->indices[i], memory_order_acquire); }
static inline void ix_store(dkeys *k, ft_ssize i, int64_t v) { atomic_store_explicit(&k->indices[i], v, memory_order_release); }
static inline ft_obj *e_key(dentry *e) { return atomic_load_explicit(&e->key, memory_order_acquire); }
static inline ft_obj *e_value(dentry *e) { return atomic_load_explicit(&e->value, memory_order_acquire); }
static inline int64_t e_hash(dentry *e) { return atomic_load_explicit(&e->hash, memory_order_relaxed); }
static inline void bump(ft_dict *d) { atomic_fetch_add_explicit(&d->version, 1, memory_order_release); }
static inline ft_ssize nentries(dkeys *k) { return atomic_load_explicit(&k->nentries, memory_order_acquire); }

static dkeys *keys_alloc(ft_ssize size) {
    if (size > ((ft_ssize)1 << 56)) { ft_err_no_memory(); return NULL; }
    ft_ssize usable = size * 2 / 3;
    dkeys *k = ft_gc_alloc(sizeof(dkeys) + (size_t)usable * sizeof(dentry), FT_GC_SCAN);
    if (!k) return NULL;
    k->size = size;
    k->usable = usable;
    k->indices = ft_gc_alloc((size_t)size * sizeof(int64_t), FT_GC_ATOMIC);
    if (!k->indices) return NULL;
    memset((void *)k->indices, 0xff, (size_t)size * sizeof(int64_t)); /* all IX_EMPTY */
    return k;
}

static ft_ssize size_for(ft_ssize n) {
    ft_ssize s = MINSIZE;
    while (s * 2 / 3 < n) s <<= 1;
    return s;
}

/* Slot in k's index array holding entry ix (used when removing). */
static ft_ssize find_slot_of(dkeys *k, int64_t hash, int64_t ix) {
    size_t mask = (size_t)k->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int64_t v = ix_load(k, (ft_ssize)i);
        if (v == ix) return (ft_ssize)i;
        if (v == IX_EMPTY) return -1;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* First EMPTY slot for hash (table must have one). */
static ft_ssize find_empty_slot(dkeys *k, int64_t hash) {
    size_t mask = (size_t)k->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        if (ix_load(k, (ft_ssize)i) == IX_EMPTY) return (ft_ssize)i;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Under the lock: rebuild into a table that can take `minused` entries. */
static int resize_locked(ft_dict *d, ft_ssize minused) {
    dkeys *old = load_keys(d);
    dkeys *k = keys_alloc(size_for(minused));
    if (!k) return -1;
    ft_ssize n = 0;
    if (old) {
        ft_ssize ne = nentries(old);
        for (ft_ssize j = 0; j < ne; j++) {
            dentry *e = &old->entries[j];
            ft_obj *key = e_key(e);
            if (!key) continue;
            dentry *ne_ = &k->entries[n];
            int64_t h = e_hash(e);
            atomic_store_explicit(&ne_->hash, h, memory_order_relaxed);
            atomic_store_explicit(&ne_->key, key, memory_order_relaxed);
            atomic_store_explicit(&ne_->value, e_value(e), memory_order_relaxed);
            k->indices[find_empty_slot(k, h)] = n;
            n++;
        }
    }
    atomic_store_explicit(&k->nentries, n, memory_order_relaxed);
    k->nfilled = n;
    atomic_store_explicit(&d->keys, k, memory_order_release);
    return 0;
}

/* ---- lookup ------------------------------------------------------------------ */
enum { LK_ERROR = -1, LK_MISSING = 0, LK_FOUND = 1 };

/* Under the lock (may drop and retake it around __eq__). On LK_FOUND,
 * *entry_ix is the entry number in the (current) table. */
static int lookup_locked(ft_dict *d, ft_obj *key, int64_t hash, int64_t *entry_ix) {
restart:;
    dkeys *k = load_keys(d);
    if (!k) return LK_MISSING;
    size_t mask = (size_t)k->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int64_t ix = ix_load(k, (ft_ssize)i);
        if (ix == IX_EMPTY) return LK_MISSING;
        if (ix >= 0) {
            dentry *e = &k->entries[ix];
            ft_obj *sk = e_key(e);
            if (sk == key) { *entry_ix = ix; return LK_FOUND; }
            if (sk && e_hash(e) == hash) {
                if (ft_str_check_exact(sk) && ft_str_check_exact(key)) {
                    if (ft_str_eq(sk, key)) { *entry_ix = ix; return LK_FOUND; }
                } else if (!(ft_is_smallint(sk) && ft_is_smallint(key))) {
                    ft_unlock(d);
                    int c = ft_richcompare_bool(sk, key, FT_EQ);
                    ft_lock(d);
                    if (c < 0) return LK_ERROR;
                    if (load_keys(d) != k || e_key(e) != sk) goto restart;
                    if (c) { *entry_ix = ix; return LK_FOUND; }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Keys whose equality never runs Python code: exact str and tagged ints
 * (equal tagged ints are the same word; a str never equals an int). */
static inline bool simple_key(ft_obj *k) { return ft_is_smallint(k) || ft_str_check_exact(k); }

/* Lock-free lookup of a simple key. Returns 1 found (*value), 0 missing,
 * 2 undecided (caller takes the locked path). */
static int lookup_nolock(ft_dict *d, ft_obj *key, int64_t hash, ft_obj **value) {
    dkeys *k = load_keys(d);
    if (!k) return 0;
    size_t mask = (size_t)k->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int64_t ix = ix_load(k, (ft_ssize)i);
        if (ix == IX_EMPTY) return 0;
        if (ix >= 0) {
            if (ix >= k->usable) return 2;
            dentry *e = &k->entries[ix];
            ft_obj *sk = e_key(e);
            bool match = sk == key;
            if (!match && sk && e_hash(e) == hash) {
                if (ft_str_check_exact(sk) && ft_str_check_exact(key)) match = ft_str_eq(sk, key);
                else if (!simple_key(sk)) return 2;
            }
            if (match) {
                ft_obj *v = e_value(e);
                if (!v) return 2;
                *value = v;
                return 1;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

ft_obj *ft_dict_get_hashed(ft_obj *o, ft_obj *key, int64_t hash) {
    ft_dict *d = D(o);
    if (simple_key(key)) {
        ft_obj *v;
        int r = lookup_nolock(d, key, hash, &v);
        if (r == 1) return v;
        if (r == 0) return NULL;
    }
    ft_lock(d);
    int64_t ix;
    int r = lookup_locked(d, key, hash, &ix);
    ft_obj *v = r == LK_FOUND ? e_value(&load_keys(d)->entries[ix]) : NULL;
    ft_unlock(d);
    return v;
}

static inline int64_t key_hash(ft_obj *key) { return ft_containers_hash(key); }

ft_obj *ft_dict_get(ft_obj *d, ft_obj *key) {
    int64_t h = key_hash(key);
    if (h == -1) return NULL;
    return ft_dict_get_hashed(d, key, h);
}

ft_obj *ft_dict_get_str(ft_obj *d, ft_obj *key) {
    int64_t h = ft_str_hash(key);
    ft_obj *v;
    int r = lookup_nolock(D(d), key, h, &v);
    if (r == 1) return v;
    if (r == 0) return NULL;
    return ft_dict_get_hashed(d, key, h);
}

ft_obj *ft_dict_get_cstr(ft_obj *d, const char *key) {
    ft_obj *k = ft_str_from_cstr(key);
    if (!k) return NULL;
    return ft_dict_get_str(d, k);
}

/* ---- insertion / deletion (under the lock) ---------------------------------------- */
static int insert_new_locked(ft_dict *d, ft_obj *key, int64_t hash, ft_obj *value) {
    dkeys *k = load_keys(d);
    if (!k || nentries(k) >= k->usable || k->nfilled >= k->usable) {
        if (resize_locked(d, (atomic_load_explicit(&d->used, memory_order_relaxed) + 1) * 3 / 2 + 1) < 0) return -1;
        k = load_keys(d);
    }
    ft_ssize n = nentries(k);
    dentry *e = &k->entries[n];
    atomic_store_explicit(&e->hash, hash, memory_order_relaxed);
    atomic_store_explicit(&e->key, key, memory_order_relaxed);
    atomic_store_explicit(&e->value, value, memory_order_relaxed);
    atomic_store_explicit(&k->nentries, n + 1, memory_order_release);
    ix_store(k, find_empty_slot(k, hash), n);
    k->nfilled++;
    atomic_fetch_add_explicit(&d->used, 1, memory_order_relaxed);
    bump(d);
    return 0;
}

static void delete_entry_locked(ft_dict *d, int64_t ix) {
    dkeys *k = load_keys(d);
    dentry *e = &k->entries[ix];
    ft_ssize slot = find_slot_of(k, e_hash(e), ix);
    if (slot >= 0) ix_store(k, slot, IX_DUMMY);
    atomic_store_explicit(&e->value, NULL, memory_order_relaxed);
    atomic_store_explicit(&e->key, NULL, memory_order_relaxed);
    atomic_fetch_sub_explicit(&d->used, 1, memory_order_relaxed);
    bump(d);
}

int ft_dict_set_hashed(ft_obj *o, ft_obj *key, int64_t hash, ft_obj *value) {
    ft_dict *d = D(o);
    ft_lock(d);
    int64_t ix;
    int r = lookup_locked(d, key, hash, &ix);
    if (r == LK_ERROR) { ft_unlock(d); return -1; }
    if (r == LK_FOUND) {
        atomic_store_explicit(&load_keys(d)->entries[ix].value, value, memory_order_release);
        bump(d);
        ft_unlock(d);
        return 0;
    }
    r = insert_new_locked(d, key, hash, value);
    ft_unlock(d);
    return r;
}

int ft_dict_set(ft_obj *d, ft_obj *key, ft_obj *value) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return ft_dict_set_hashed(d, key, h, value);
}

int ft_dict_set_cstr(ft_obj *d, const char *key, ft_obj *value) {
    ft_obj *k = ft_str_intern_cstr(key);
    if (!k) return -1;
    return ft_dict_set(d, k, value);
}

static void set_key_error(ft_obj *key) {
    ft_obj *exc = ft_exc_new(ft_exc_KeyError, &key, 1);
    if (exc) ft_err_set_exc(exc);
}

/* Remove key; returns the old value, or NULL (no exception) if missing. */
static ft_obj *pop_hashed(ft_dict *d, ft_obj *key, int64_t hash, bool *err) {
    *err = false;
    ft_lock(d);
    int64_t ix;
    int r = lookup_locked(d, key, hash, &ix);
    ft_obj *v = NULL;
    if (r == LK_FOUND) {
        v = e_value(&load_keys(d)->entries[ix]);
        delete_entry_locked(d, ix);
    } else if (r == LK_ERROR) {
        *err = true;
    }
    ft_unlock(d);
    return v;
}

int ft_dict_del(ft_obj *d, ft_obj *key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    bool err;
    ft_obj *v = pop_hashed(D(d), key, h, &err);
    if (err) return -1;
    if (!v) { set_key_error(key); return -1; }
    return 0;
}

int ft_dict_del_cstr(ft_obj *d, const char *key) {
    ft_obj *k = ft_str_from_cstr(key);
    if (!k) return -1;
    return ft_dict_del(d, k);
}

int ft_dict_contains(ft_obj *d, ft_obj *key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    ft_obj *v = ft_dict_get_hashed(d, key, h);
    if (v) return 1;
    return ft_err_occurred() ? -1 : 0;
}

ft_ssize ft_dict_size(ft_obj *d) { return atomic_load_explicit(&D(d)->used, memory_order_relaxed); }
uint64_t ft_dict_version(ft_obj *d) { return atomic_load_explicit(&D(d)->version, memory_order_acquire); }

ft_obj *ft_dict_new(void) {
    return ft_obj_alloc(&ft_dict_type, sizeof(ft_dict));
}

ft_obj *ft_dict_new_presized(ft_ssize n) {
    ft_dict *d = (ft_dict *)ft_dict_new();
    if (!d || n <= 5) return (ft_obj *)d;
    if (n > ((ft_ssize)1 << 40)) return (ft_obj *)d;
    dkeys *k = keys_alloc(size_for(n));
    if (!k) return NULL;
    atomic_store_explicit(&d->keys, k, memory_order_release);
    return (ft_obj *)d;
}

ft_obj *ft_dict_setdefault(ft_obj *o, ft_obj *key, ft_obj *deflt) {
    int64_t h = key_hash(key);
    if (h == -1) return NULL;
    ft_dict *d = D(o);
    ft_lock(d);
    int64_t ix;
    int r = lookup_locked(d, key, h, &ix);
    ft_obj *v = NULL;
    if (r == LK_FOUND) v = e_value(&load_keys(d)->entries[ix]);
    else if (r == LK_MISSING && insert_new_locked(d, key, h, deflt) == 0) v = deflt;
    ft_unlock(d);
    return v;
}

ft_obj *ft_dict_pop(ft_obj *d, ft_obj *key, ft_obj *deflt) {
    int64_t h = key_hash(key);
    if (h == -1) return NULL;
    bool err;
    ft_obj *v = pop_hashed(D(d), key, h, &err);
    if (err) return NULL;
    if (v) return v;
    if (deflt) return deflt;
    set_key_error(key);
    return NULL;
}

void ft_dict_clear(ft_obj *o) {
    ft_dict *d = D(o);
    ft_lock(d);
    atomic_store_explicit(&d->keys, NULL, memory_order_release);
    atomic_store_explicit(&d->used, 0, memory_order_relaxed);
    bump(d);
    ft_unlock(d);
}

/* ---- iteration helpers ---------------------------------------------------------------- */
int ft_dict_next_entry(ft_obj *o, ft_ssize *pos, ft_obj **key, ft_obj **value, int64_t *hash) {
    dkeys *k = load_keys(D(o));
    if (!k) return 0;
    ft_ssize n = nentries(k);
    for (ft_ssize i = *pos; i < n; i++) {
        dentry *e = &k->entries[i];
        ft_obj *kk = e_key(e);
        ft_obj *v = e_value(e);
        if (!kk || !v) continue;
        *pos = i + 1;
        if (key) *key = kk;
        if (value) *value = v;
        if (hash) *hash = e_hash(e);
        return 1;
    }
    *pos = n;
    return 0;
}

int ft_dict_next(ft_obj *d, ft_ssize *pos, ft_obj **key, ft_obj **value) {
    return ft_dict_next_entry(d, pos, key, value, NULL);
}

/* Consistent snapshot of the live entries (under the lock). kind: 0 keys,
 * 1 values, 3 flat k0 v0 k1 v1 ... with hashes in *hashes. */
static ft_obj *snapshot(ft_obj *o, int kind, int64_t **hashes) {
    ft_dict *d = D(o);
    ft_lock(d);
    ft_ssize used = atomic_load_explicit(&d->used, memory_order_relaxed);
    ft_obj *t = ft_tuple_new(kind == 3 ? used * 2 : used);
    int64_t *hs = NULL;
    if (t && kind == 3 && used) {
        hs = ft_gc_alloc((size_t)used * sizeof(int64_t), FT_GC_ATOMIC);
        if (!hs) t = NULL;
    }
    if (!t) { ft_unlock(d); return NULL; }
    dkeys *k = load_keys(d);
    ft_ssize j = 0;
    if (k) {
        ft_ssize n = nentries(k);
        for (ft_ssize i = 0; i < n && j < used; i++) {
            dentry *e = &k->entries[i];
            ft_obj *kk = e_key(e);
            if (!kk) continue;
            if (kind == 0) FT_TUPLE(t)->items[j++] = kk;
            else if (kind == 1) FT_TUPLE(t)->items[j++] = e_value(e);
            else if (kind == 3) {
                hs[j] = e_hash(e);
                FT_TUPLE(t)->items[2 * j] = kk;
                FT_TUPLE(t)->items[2 * j + 1] = e_value(e);
                j++;
            }
        }
    }
    ft_unlock(d);
    if (hashes) *hashes = hs;
    return t;
}

ft_obj *ft_dict_keys_list(ft_obj *d) {
    ft_obj *t = snapshot(d, 0, NULL);
    if (!t) return NULL;
    return ft_list_from_array(ft_tuple_items(t), ft_tuple_size(t));
}

ft_obj *ft_dict_values_list(ft_obj *d) {
    ft_obj *t = snapshot(d, 1, NULL);
    if (!t) return NULL;
    return ft_list_from_array(ft_tuple_items(t), ft_tuple_size(t));
}

ft_obj *ft_dict_items_list(ft_obj *d) {
    ft_obj *t = snapshot(d, 3, NULL);
    if (!t) return NULL;
    ft_ssize n = ft_tuple_size(t) / 2;
    ft_obj *l = ft_list_new(n);
    if (!l) return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *p = ft_tuple_pack(2, ft_tuple_get(t, 2 * i), ft_tuple_get(t, 2 * i + 1));
        if (!p) return NULL;
        ft_list_set(l, i, p);
    }
    return l;
}

ft_obj *ft_dict_copy(ft_obj *o) {
    int64_t *hs;
    ft_obj *t = snapshot(o, 3, &hs);
    if (!t) return NULL;
    ft_ssize n = ft_tuple_size(t) / 2;
    ft_dict *r = (ft_dict *)ft_dict_new_presized(n);
    if (!r) return NULL;
    ft_lock(r);
    for (ft_ssize i = 0; i < n; i++) {
        if (insert_new_locked(r, ft_tuple_get(t, 2 * i), hs[i], ft_tuple_get(t, 2 * i + 1)) < 0) {
            ft_unlock(r);
            return NULL;
        }
    }
    ft_unlock(r);
    return (ft_obj *)r;
}

/* ---- update / merge ----------------------------------------------------------------- */
/* Merge a dict (or anything iterable as dict) whose iteration is dict's own. */
static int merge_dict(ft_obj *d, ft_obj *other, int mode) {
    /* mode 0: override, 1: keep existing, 2: error on duplicate */
    int64_t *hs;
    ft_obj *t = snapshot(other, 3, &hs);
    if (!t) return -1;
    ft_ssize n = ft_tuple_size(t) / 2;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *k = ft_tuple_get(t, 2 * i), *v = ft_tuple_get(t, 2 * i + 1);
        if (mode != 0) {
            ft_obj *cur = ft_dict_get_hashed(d, k, hs[i]);
            if (!cur && ft_err_occurred()) return -1;
            if (cur) {
                if (mode == 2) {
                    ft_err_format(ft_exc_TypeError, "got multiple values for keyword argument '%S'", k);
                    return -1;
                }
                continue;
            }
        }
        if (ft_dict_set_hashed(d, k, hs[i], v) < 0) return -1;
    }
    return 0;
}

static bool is_plain_dict(ft_obj *o) {
    return ft_dict_check(o) && FT_TYPE(o)->iter == ft_dict_type.iter;
}

static int merge_mapping(ft_obj *d, ft_obj *other, int mode) {
    if (is_plain_dict(other)) return merge_dict(d, other, mode);
    ft_obj *keys = ft_call_method0(other, "keys");
    if (!keys) return -1;
    ft_obj *it = ft_iter(keys);
    if (!it) return -1;
    for (;;) {
        ft_obj *k = ft_iter_next(it);
        if (!k) return ft_err_occurred() ? -1 : 0;
        if (mode != 0) {
            int c = ft_dict_contains(d, k);
            if (c < 0) return -1;
            if (c) {
                if (mode == 2) {
                    ft_err_format(ft_exc_TypeError, "got multiple values for keyword argument '%S'", k);
                    return -1;
                }
                continue;
            }
        }
        ft_obj *v = ft_getitem(other, k);
        if (!v) return -1;
        if (ft_dict_set(d, k, v) < 0) return -1;
    }
}

static int merge_pairs(ft_obj *d, ft_obj *seq) {
    ft_obj *it = ft_iter(seq);
    if (!it) return -1;
    for (ft_ssize i = 0;; i++) {
        ft_obj *item = ft_iter_next(it);
        if (!item) return ft_err_occurred() ? -1 : 0;
        ft_obj *pair;
        if (ft_tuple_check_exact(item)) pair = item;
        else if (ft_list_check_exact(item)) pair = ft_list_snapshot(item);
        else {
            ft_type *t = FT_TYPE(item);
            if (!t->iter && !t->subscript) {
                ft_err_format(ft_exc_TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
                return -1;
            }
            pair = ft_tuple_from_iterable(item);
        }
        if (!pair) return -1;
        if (ft_tuple_size(pair) != 2) {
            ft_err_format(ft_exc_ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required",
                          i, ft_tuple_size(pair));
            return -1;
        }
        if (ft_dict_set(d, ft_tuple_get(pair, 0), ft_tuple_get(pair, 1)) < 0) return -1;
    }
}

int ft_dict_update(ft_obj *d, ft_obj *other) {
    return merge_mapping(d, other, 0);
}

int ft_dict_merge(ft_obj *d, ft_obj *other, bool error_on_dup) {
    if (!is_plain_dict(other)) {
        int h = ft_hasattr(other, ft_id(keys));
        if (h < 0) return -1;
        if (!h) {
            ft_err_format(ft_exc_TypeError, "'%T' object is not a mapping", other);
            return -1;
        }
    }
    return merge_mapping(d, other, error_on_dup ? 2 : 0);
}

/* dict.update(arg) argument handling: mapping (has keys) or pairs. */
static int update_arg(ft_obj *d, ft_obj *arg) {
    if (is_plain_dict(arg)) return merge_dict(d, arg, 0);
    int h = ft_hasattr(arg, ft_id(keys));
    if (h < 0) return -1;
    if (h) return merge_mapping(d, arg, 0);
    return merge_pairs(d, arg);
}

static int update_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, const char *name) {
    if (nargs > 1) {
        ft_err_format(ft_exc_TypeError, "%s expected at most 1 argument, got %zd", name, (ft_ssize)nargs);
        return -1;
    }
    if (nargs == 1 && update_arg(self, args[0]) < 0) return -1;
    if (kwnames) {
        ft_ssize nk = ft_tuple_size(kwnames);
        for (ft_ssize i = 0; i < nk; i++)
            if (ft_dict_set(self, ft_tuple_get(kwnames, i), args[nargs + i]) < 0) return -1;
    }
    return 0;
}

/* ---- type slots ------------------------------------------------------------------------- */
static ft_obj *dict_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (type == &ft_dict_type) return ft_dict_new();
    return ft_type_generic_alloc(type, 0);
}

static int dict_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return update_common(self, args, nargs, kwnames, "dict");
}

static ft_ssize dict_length(ft_obj *self) { return ft_dict_size(self); }

static ft_obj *dict_subscript(ft_obj *self, ft_obj *key) {
    int64_t h = key_hash(key);
    if (h == -1) return NULL;
    ft_obj *v = ft_dict_get_hashed(self, key, h);
    if (v || ft_err_occurred()) return v;
    if (!ft_dict_check_exact(self)) {
        ft_obj *missing = ft_lookup_special(self, ft_id(__missing__));
        if (missing) return ft_call1(missing, key);
        if (ft_err_occurred()) return NULL;
    }
    set_key_error(key);
    return NULL;
}

static int dict_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value) {
    if (value) return ft_dict_set(self, key, value);
    return ft_dict_del(self, key);
}

static int dict_contains_slot(ft_obj *self, ft_obj *key) { return ft_dict_contains(self, key); }

static ft_obj *dict_repr(ft_obj *self) {
    if (ft_dict_size(self) == 0) return ft_str_from_cstr("{}");
    int r = ft_repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return ft_str_from_cstr("{...}");
    if (ft_check_c_stack("dict repr") < 0) { ft_repr_leave(self); return NULL; }
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_obj *res = NULL;
    ft_ssize pos = 0;
    ft_obj *k, *v;
    bool first = true;
    if (ft_strbuf_append(&b, "{", 1) < 0) goto done;
    while (ft_dict_next_entry(self, &pos, &k, &v, NULL)) {
        if (!first && ft_strbuf_append(&b, ", ", 2) < 0) goto done;
        first = false;
        ft_obj *s = ft_repr(k);
        if (!s || ft_strbuf_append_str(&b, s) < 0 || ft_strbuf_append(&b, ": ", 2) < 0) goto done;
        s = ft_repr(v);
        if (!s || ft_strbuf_append_str(&b, s) < 0) goto done;
    }
    if (ft_strbuf_append(&b, "}", 1) < 0) goto done;
    res = ft_strbuf_finish(&b);
done:
    ft_repr_leave(self);
    return res;
}

static int dict_equal(ft_obj *a, ft_obj *b) {
    if (ft_dict_size(a) != ft_dict_size(b)) return 0;
    int64_t *hs;
    ft_obj *t = snapshot(a, 3, &hs);
    if (!t) return -1;
    ft_ssize n = ft_tuple_size(t) / 2;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *k = ft_tuple_get(t, 2 * i), *v = ft_tuple_get(t, 2 * i + 1);
        ft_obj *bv = ft_dict_get_hashed(b, k, hs[i]);
        if (!bv) return ft_err_occurred() ? -1 : 0;
        int c = ft_richcompare_bool(v, bv, FT_EQ);
        if (c <= 0) return c;
    }
    return 1;
}

static ft_obj *dict_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (!ft_dict_check(a) || !ft_dict_check(b) || (op != FT_EQ && op != FT_NE)) return ft_NotImplemented;
    if (ft_check_c_stack("dict comparison") < 0) return NULL;
    int c = dict_equal(a, b);
    if (c < 0) return NULL;
    return ft_bool(op == FT_EQ ? c : !c);
}

static ft_obj *dict_iter(ft_obj *self) { return ft_dict_iter_new(self, FT_DI_KEYS, false); }

static ft_obj *dict_or(ft_obj *a, ft_obj *b) {
    if (!ft_dict_check(a) || !ft_dict_check(b)) return ft_NotImplemented;
    ft_obj *r = ft_dict_copy(a);
    if (!r) return NULL;
    if (update_arg(r, b) < 0) return NULL;
    return r;
}

static ft_obj *dict_ior(ft_obj *a, ft_obj *b) {
    if (!ft_dict_check(a)) return ft_NotImplemented;
    if (update_arg(a, b) < 0) return NULL;
    return a;
}

/* ---- methods ---------------------------------------------------------------------------- */
static ft_obj *m_get(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("get", nargs, kw, 1, 2) < 0) return NULL;
    ft_obj *v = ft_dict_get(self, args[0]);
    if (v) return v;
    if (ft_err_occurred()) return NULL;
    return nargs > 1 ? args[1] : ft_None;
}

static ft_obj *m_setdefault(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("setdefault", nargs, kw, 1, 2) < 0) return NULL;
    return ft_dict_setdefault(self, args[0], nargs > 1 ? args[1] : ft_None);
}

static ft_obj *m_pop(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("pop", nargs, kw, 1, 2) < 0) return NULL;
    return ft_dict_pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static ft_obj *m_popitem(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_dict *d = D(self);
    ft_lock(d);
    dkeys *k = load_keys(d);
    ft_ssize n = k ? nentries(k) : 0;
    ft_ssize i = n - 1;
    while (i >= 0 && !e_key(&k->entries[i])) i--;
    if (i < 0) {
        ft_unlock(d);
        ft_obj *msg = ft_str_from_cstr("popitem(): dictionary is empty");
        if (msg) set_key_error(msg);
        return NULL;
    }
    ft_obj *key = e_key(&k->entries[i]), *val = e_value(&k->entries[i]);
    delete_entry_locked(d, i);
    /* The popped entry and the holes after it can be reused: readers that
     * still see an old index slot compare keys, so reuse is safe. */
    atomic_store_explicit(&k->nentries, i, memory_order_release);
    ft_unlock(d);
    return ft_tuple_pack(2, key, val);
}

static ft_obj *m_keys(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_dictview_new(self, &ft_dict_keys_type);
}
static ft_obj *m_values(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_dictview_new(self, &ft_dict_values_type);
}
static ft_obj *m_items(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_dictview_new(self, &ft_dict_items_type);
}

static ft_obj *m_update(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (update_common(self, args, nargs, kw, "update") < 0) return NULL;
    return ft_None;
}

static ft_obj *m_clear(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_dict_clear(self);
    return ft_None;
}

static ft_obj *m_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_dict_copy(self);
}

static ft_obj *m_fromkeys(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("fromkeys", nargs, kw, 1, 2) < 0) return NULL;
    ft_obj *value = nargs > 1 ? args[1] : ft_None;
    ft_obj *d = ft_call0(cls);
    if (!d) return NULL;
    bool fast = ft_dict_check_exact(d);
    ft_obj *it = ft_iter(args[0]);
    if (!it) return NULL;
    for (;;) {
        ft_obj *k = ft_iter_next(it);
        if (!k) {
            if (ft_err_occurred()) return NULL;
            return d;
        }
        if ((fast ? ft_dict_set(d, k, value) : ft_setitem(d, k, value)) < 0) return NULL;
    }
}

static ft_obj *m_contains(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int c = ft_dict_contains(self, args[0]);
    if (c < 0) return NULL;
    return ft_bool(c);
}

static ft_obj *m_getitem(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return dict_subscript(self, args[0]);
}

static ft_obj *m_reversed(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_dict_iter_new(self, FT_DI_KEYS, true);
}

static ft_obj *m_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    dkeys *k = load_keys(D(self));
    int64_t n = (int64_t)sizeof(ft_dict);
    if (k) n += (int64_t)(sizeof(dkeys) + (size_t)k->usable * sizeof(dentry) + (size_t)k->size * 8);
    return ft_int_from_i64(n);
}

/* ---- iterators ------------------------------------------------------------------------------
 * State: the dict, the entry position, the size when iteration began, and
 * the number of items still expected. Guarded by the iterator's own lock
 * (never held while touching the dict's lock? It is: iterator lock, then
 * dict reads are lock-free, so no second object lock is ever taken). */
typedef struct {
    ft_obj ob;
    ft_obj *dict;       /* NULL once exhausted */
    ft_ssize pos;
    ft_ssize used;      /* dict size at creation; -1: error state is sticky */
    ft_ssize len;       /* items remaining */
    int kind;
    bool reversed;
} dictiter;

ft_obj *ft_dict_iter_new(ft_obj *d, ft_dictiter_kind kind, bool reversed) {
    static ft_type *const fwd[] = { &ft_dictiter_keys_type, &ft_dictiter_values_type, &ft_dictiter_items_type };
    static ft_type *const rev[] = { &ft_dictreviter_keys_type, &ft_dictreviter_values_type, &ft_dictreviter_items_type };
    dictiter *it = (dictiter *)ft_obj_alloc(reversed ? rev[kind] : fwd[kind], sizeof(dictiter));
    if (!it) return NULL;
    it->dict = d;
    it->used = ft_dict_size(d);
    it->len = it->used;
    it->kind = kind;
    it->reversed = reversed;
    if (reversed) {
        dkeys *k = load_keys(D(d));
        it->pos = k ? nentries(k) - 1 : -1;
    }
    return (ft_obj *)it;
}

static ft_obj *dictiter_next(ft_obj *self) {
    dictiter *it = (dictiter *)self;
    ft_lock(it);
    ft_obj *d = it->dict;
    if (!d) { ft_unlock(it); return NULL; }
    if (it->used != ft_dict_size(d)) {
        it->used = -1;
        ft_unlock(it);
        ft_err_set_str(ft_exc_RuntimeError, "dictionary changed size during iteration");
        return NULL;
    }
    dkeys *k = load_keys(D(d));
    ft_obj *key = NULL, *val = NULL;
    if (k) {
        ft_ssize n = nentries(k);
        if (!it->reversed) {
            for (ft_ssize i = it->pos; i < n; i++) {
                dentry *e = &k->entries[i];
                key = e_key(e);
                val = e_value(e);
                if (key && val) { it->pos = i + 1; break; }
                key = NULL;
            }
        } else {
            if (it->pos >= n) it->pos = n - 1;
            for (ft_ssize i = it->pos; i >= 0; i--) {
                dentry *e = &k->entries[i];
                key = e_key(e);
                val = e_value(e);
                if (key && val) { it->pos = i - 1; break; }
                key = NULL;
            }
        }
    }
    if (!key) {
        it->dict = NULL;
        ft_unlock(it);
        return NULL;
    }
    if (it->len == 0) {
        it->dict = NULL;
        it->used = -1;
        ft_unlock(it);
        ft_err_set_str(ft_exc_RuntimeError, "dictionary keys changed during iteration");
        return NULL;
    }
    it->len--;
    int kind = it->kind;
    ft_unlock(it);
    if (kind == FT_DI_KEYS) return key;
    if (kind == FT_DI_VALUES) return val;
    return ft_tuple_pack(2, key, val);
}

static ft_obj *dictiter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    dictiter *it = (dictiter *)self;
    ft_lock(it);
    ft_ssize n = 0;
    if (it->dict && it->used == ft_dict_size(it->dict)) n = it->len;
    ft_unlock(it);
    return ft_smallint(n);
}

static const ft_method_def dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL}
};

#define DICTITER_TYPE(cname, pyname) \
    ft_type cname = { FT_TYPE_HEAD_INIT, .name = pyname, .basicsize = sizeof(dictiter), \
                      .iter = ft_iter_self, .iternext = dictiter_next, .methods = dictiter_methods };
DICTITER_TYPE(ft_dictiter_keys_type, "dict_keyiterator")
DICTITER_TYPE(ft_dictiter_values_type, "dict_valueiterator")
DICTITER_TYPE(ft_dictiter_items_type, "dict_itemiterator")
DICTITER_TYPE(ft_dictreviter_keys_type, "dict_reversekeyiterator")
DICTITER_TYPE(ft_dictreviter_values_type, "dict_reversevalueiterator")
DICTITER_TYPE(ft_dictreviter_items_type, "dict_reverseitemiterator")

static const ft_method_def dict_methods[] = {
    {"__contains__", m_contains, FT_METH_O | FT_METH_COEXIST, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, FT_METH_O | FT_METH_COEXIST, "Return self[key]."},
    {"__sizeof__", m_sizeof, FT_METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", m_get, FT_METH_VARARGS, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, FT_METH_VARARGS,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", m_pop, FT_METH_VARARGS,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", m_popitem, FT_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", m_keys, FT_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, FT_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, FT_METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"fromkeys", m_fromkeys, FT_METH_VARARGS | FT_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, FT_METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, FT_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, FT_METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},
    {NULL}
};

ft_type ft_dict_type = {
    FT_TYPE_HEAD_INIT,
    .name = "dict",
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .basicsize = sizeof(ft_dict),
    .flags = FT_TPF_BASETYPE | FT_TPF_DICT_SUBCLASS | FT_TPF_MAPPING | FT_TPF_MATCH_SELF,
    .repr = dict_repr,
    .hash = ft_hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_tp_new,
    .init = dict_init,
    .length = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
    .contains = dict_contains_slot,
    .as_number = { .or_ = dict_or, .inplace_or = dict_ior },
    .methods = dict_methods,
};

int ft_dict_types_init(void) {
    ft_type *types[] = { &ft_dict_type, &ft_dict_keys_type, &ft_dict_values_type, &ft_dict_items_type,
                         &ft_dictiter_keys_type, &ft_dictiter_values_type, &ft_dictiter_items_type,
                         &ft_dictreviter_keys_type, &ft_dictreviter_values_type, &ft_dictreviter_items_type };
    for (size_t i = 0; i < FT_ARRAY_LEN(types); i++)
        if (ft_type_ready(types[i]) < 0) return -1;
    return 0;
}
