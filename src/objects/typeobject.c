/* typeobject.c -- the `type` type: readying static types, creating heap
 * types (type(name, bases, dict)), MRO, attribute lookup along the MRO with
 * a method cache, type attributes and type.__call__.
 *
 * Invariants:
 *  - Static types are readied once at start-up (single thread) and are
 *    immutable afterwards; they are GC roots.
 *  - A heap type is fully built (slots, dict, mro) before it is published
 *    (returned from type_new); afterwards only its dict, its slots (through
 *    attribute assignment) and its version tag change.
 *  - version_tag: every change to a type's dict assigns fresh versions to the
 *    type and all its subclasses (ft_type_modified), *after* the dict was
 *    changed. Versions come from a global atomic counter and are never
 *    reused; 0 disables caching for that type.
 *  - Method cache: a global table of {version, name, value} entries, each
 *    protected by a sequence counter (seqlock: writers CAS it odd, fill the
 *    entry, then release it even; readers retry-free validate the counter
 *    around their reads and treat any mismatch as a miss). A reader trusts
 *    an entry only if its version equals the type's current version, so an
 *    entry filled from a stale lookup is never used (the version it carries
 *    is already outdated). The table is a GC root.
 *  - Subclass lists: `subclasses` of every type is an append-only block of
 *    weak holders; appends and block replacement (compaction when full)
 *    happen under `hier_lock`, a process-wide ft_mutex that guards only
 *    these blocks (no Python code and no allocation while it is held);
 *    readers load the block and its published size without locking.
 */
#include "core/ftcore.h"
#include <stdlib.h>
#include "typeobject_internal.h"

/* ---- version tags and method cache ------------------------------------ */

static _Atomic uint32_t next_version = 1;

static uint32_t new_version(void) {
    uint32_t v = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
    if (v == 0 || v > 0xFFFFFFF0u) return 0;  /* exhausted: caching disabled */
    return v;
}

#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)
/* One cache line per entry, guarded by a sequence counter (odd while a
 * writer fills it). Writers that lose the CAS simply do not cache. */
typedef struct mcache_entry {
    _Atomic uint32_t seq;
    _Atomic uint32_t version;
    ft_obj *_Atomic name;
    ft_obj *_Atomic value;   /* NULL: known absent */
} mcache_entry;
static mcache_entry mcache[MCACHE_SIZE];

static inline uint32_t mcache_hash(uint32_t version, ft_obj *name) {
    uintptr_t x = ((uintptr_t)name >> 3) ^ ((uintptr_t)version * 2654435761u);
    return (uint32_t)(x ^ (x >> MCACHE_BITS)) & (MCACHE_SIZE - 1);
}

/* Subclass holders: tiny objects with a weak pointer to the subclass. */
typedef struct subref { ft_obj ob; ft_obj *weak; } subref;
static ft_type subref_type = { FT_TYPE_HEAD_INIT, .name = "_subclass_ref", .basicsize = sizeof(subref) };
/* Append-only block of holders: entries [0, size) are filled before size is
 * published (release); a full block is replaced by a compacted larger one.
 * Appends and replacements happen under hier_lock; readers take none. */
typedef struct subblock { ft_obj ob; ft_ssize cap; _Atomic ft_ssize size; subref *items[]; } subblock;
static ft_type subblock_type = { FT_TYPE_HEAD_INIT, .name = "_subclass_block", .basicsize = sizeof(subblock),
                                 .itemsize = sizeof(subref *) };
static ft_mutex hier_lock;

static subblock *load_block(ft_type *t) {
    return (subblock *)atomic_load_explicit((ft_obj *_Atomic *)&t->subclasses, memory_order_acquire);
}

static void add_subclass(ft_type *base, ft_type *sub) {
    subref *r = (subref *)ft_obj_alloc(&subref_type, sizeof(subref));
    if (!r) { ft_err_clear(); return; }
    ft_gc_weak_register(&r->weak, (ft_obj *)sub);
    for (;;) {
        subblock *b = load_block(base);
        if (b) {
            ft_mutex_lock(&hier_lock);
            bool done = false;
            if (load_block(base) == b) {
                ft_ssize n = atomic_load_explicit(&b->size, memory_order_relaxed);
                if (n < b->cap) {
                    b->items[n] = r;
                    atomic_store_explicit(&b->size, n + 1, memory_order_release);
                    done = true;
                }
            }
            ft_mutex_unlock(&hier_lock);
            if (done) return;
        }
        /* (Re)build: compact the live holders into a block twice as big. */
        ft_ssize n = b ? atomic_load_explicit(&b->size, memory_order_acquire) : 0;
        ft_ssize cap = 8 + 2 * n;
        subblock *nb = (subblock *)ft_obj_alloc(&subblock_type, sizeof(subblock) + cap * sizeof(subref *));
        if (!nb) { ft_err_clear(); return; }
        nb->cap = cap;
        ft_ssize k = 0;
        for (ft_ssize i = 0; i < n; i++)
            if (ft_gc_weak_get(&b->items[i]->weak)) nb->items[k++] = b->items[i];
        nb->items[k++] = r;
        atomic_store_explicit(&nb->size, k, memory_order_relaxed);
        ft_mutex_lock(&hier_lock);
        bool ok = load_block(base) == b && (!b || atomic_load_explicit(&b->size, memory_order_relaxed) == n);
        if (ok) atomic_store_explicit((ft_obj *_Atomic *)&base->subclasses, (ft_obj *)nb, memory_order_release);
        ft_mutex_unlock(&hier_lock);
        if (ok) return;
    }
}

ft_obj *ft_type_subclasses_list(ft_type *type) {
    subblock *b = load_block(type);
    ft_obj *l = ft_list_new(0);
    if (!l || !b) return l;
    ft_ssize n = atomic_load_explicit(&b->size, memory_order_acquire);
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *t = ft_gc_weak_get(&b->items[i]->weak);
        if (!t || !(((ft_type *)t)->flags & FT_TPF_READY)) continue;
        /* entries left behind by a __bases__ assignment */
        ft_obj *tb = ((ft_type *)t)->bases;
        bool direct = false;
        for (ft_ssize k = 0; tb && k < ft_tuple_size(tb); k++)
            if (ft_tuple_get(tb, k) == (ft_obj *)type) direct = true;
        if (direct && ft_list_append(l, t) < 0) return NULL;
    }
    return l;
}

static void modified_rec(ft_type *type, int depth) {
    atomic_store_explicit(&type->version_tag, new_version(), memory_order_release);
    if (depth > 1000) return;
    subblock *b = load_block(type);
    if (!b) return;
    ft_ssize n = atomic_load_explicit(&b->size, memory_order_acquire);
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *t = ft_gc_weak_get(&b->items[i]->weak);
        if (t) modified_rec((ft_type *)t, depth + 1);
    }
}

void ft_type_modified(ft_type *type) { modified_rec(type, 0); }

/* ---- lookup ----------------------------------------------------------- */

bool ft_type_is_subtype(ft_type *a, ft_type *b) {
    if (a == b) return true;
    ft_obj *mro = __atomic_load_n(&a->mro, __ATOMIC_ACQUIRE);
    if (mro) {
        ft_ssize n = ft_tuple_size(mro);
        for (ft_ssize i = 0; i < n; i++)
            if (ft_tuple_get(mro, i) == (ft_obj *)b) return true;
        return false;
    }
    for (ft_type *t = a; t; t = t->base)
        if (t == b) return true;
    return b == &ft_object_type;
}

static ft_obj *dict_lookup(ft_obj *dict, ft_obj *name) {
    ft_obj *v = ft_str_check_exact(name) ? ft_dict_get_str(dict, name) : ft_dict_get(dict, name);
    if (!v && ft_err_occurred()) ft_err_clear();
    atomic_thread_fence(memory_order_acquire);
    return v;
}

static ft_obj *lookup_uncached(ft_type *type, ft_obj *name) {
    ft_obj *mro = __atomic_load_n(&type->mro, __ATOMIC_ACQUIRE);
    if (!mro) {
        for (ft_type *t = type; t; t = t->base) {
            if (!t->dict) continue;
            ft_obj *v = dict_lookup(t->dict, name);
            if (v) return v;
        }
        return NULL;
    }
    ft_ssize n = ft_tuple_size(mro);
    for (ft_ssize i = 0; i < n; i++) {
        ft_type *t = (ft_type *)ft_tuple_get(mro, i);
        if (!t->dict) continue;
        ft_obj *v = dict_lookup(t->dict, name);
        if (v) return v;
    }
    return NULL;
}

ft_obj *ft_type_lookup(ft_type *type, ft_obj *name) {
    uint32_t v = atomic_load_explicit(&type->version_tag, memory_order_acquire);
    if (!v) return lookup_uncached(type, name);
    mcache_entry *e = &mcache[mcache_hash(v, name)];
    uint32_t s1 = atomic_load_explicit(&e->seq, memory_order_acquire);
    if (!(s1 & 1)) {
        uint32_t ev = atomic_load_explicit(&e->version, memory_order_relaxed);
        ft_obj *en = atomic_load_explicit(&e->name, memory_order_relaxed);
        ft_obj *val = atomic_load_explicit(&e->value, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        if (atomic_load_explicit(&e->seq, memory_order_relaxed) == s1 && ev == v && en == name) return val;
    }
    ft_obj *saved = ft_err_occurred() ? ft_err_fetch() : NULL;
    ft_obj *res = lookup_uncached(type, name);
    if (saved) ft_err_restore(saved);
    uint32_t s = atomic_load_explicit(&e->seq, memory_order_relaxed);
    if (!(s & 1) && atomic_compare_exchange_strong_explicit(&e->seq, &s, s + 1, memory_order_acquire,
                                                            memory_order_relaxed)) {
        atomic_store_explicit(&e->version, v, memory_order_relaxed);
        atomic_store_explicit(&e->name, name, memory_order_relaxed);
        atomic_store_explicit(&e->value, res, memory_order_relaxed);
        atomic_store_explicit(&e->seq, s + 2, memory_order_release);
    }
    return res;
}

ft_obj *ft_type_lookup_cstr(ft_type *type, const char *name) {
    ft_obj *n = ft_str_intern_cstr(name);
    if (!n) { ft_err_clear(); return NULL; }
    return ft_type_lookup(type, n);
}

/* Look name up in objtype's MRO, starting after `start_after` (super()). */
ft_obj *ft_type_mro_lookup_after(ft_type *start_after, ft_type *objtype, ft_obj *name) {
    ft_obj *mro = objtype->mro;
    if (!mro) return NULL;
    ft_ssize n = ft_tuple_size(mro), i = 0;
    for (; i < n; i++)
        if (ft_tuple_get(mro, i) == (ft_obj *)start_after) break;
    for (i++; i < n; i++) {
        ft_type *t = (ft_type *)ft_tuple_get(mro, i);
        if (!t->dict) continue;
        ft_obj *v = dict_lookup(t->dict, name);
        if (v) return v;
    }
    return NULL;
}

/* ---- names ------------------------------------------------------------ */

const char *ft_type_name(ft_type *type) {
    if (type->flags & FT_TPF_HEAPTYPE) return type->name;
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

ft_obj *ft_type_qualname(ft_type *type) {
    if ((type->flags & FT_TPF_HEAPTYPE) && type->ht_qualname) return type->ht_qualname;
    return ft_str_from_cstr(ft_type_name(type));
}

ft_obj *ft_type_module_name(ft_type *type) {
    if (type->flags & FT_TPF_HEAPTYPE) {
        ft_obj *m = type->dict ? dict_lookup(type->dict, ft_id(__module__)) : NULL;
        return m;
    }
    const char *dot = strrchr(type->name, '.');
    if (dot) return ft_str_new(type->name, dot - type->name);
    return ft_str_from_cstr("builtins");
}

ft_obj *ft_type_repr(ft_obj *self) {
    ft_type *type = (ft_type *)self;
    ft_obj *mod = ft_type_module_name(type);
    if (!mod && ft_err_occurred()) ft_err_clear();
    ft_obj *qual = ft_type_qualname(type);
    if (!qual) return NULL;
    if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins"))
        return ft_str_from_format("<class '%U.%U'>", mod, qual);
    return ft_str_from_format("<class '%U'>", qual);
}

/* ---- MRO -------------------------------------------------------------- */

static int tail_contains(ft_obj **seq, ft_ssize len, ft_ssize start, ft_obj *o) {
    for (ft_ssize j = start + 1; j < len; j++)
        if (seq[j] == o) return 1;
    return 0;
}

static ft_obj *c3_merge(ft_type *type, ft_obj *bases) {
    ft_ssize nb = ft_tuple_size(bases);
    ft_ssize nseq = nb + 1;
    ft_obj ***seqs = ft_gc_alloc(sizeof(ft_obj **) * nseq, FT_GC_SCAN);
    ft_ssize *lens = ft_gc_alloc(sizeof(ft_ssize) * nseq, FT_GC_ATOMIC);
    ft_ssize *pos = ft_gc_alloc(sizeof(ft_ssize) * nseq, FT_GC_ATOMIC);
    if (!seqs || !lens || !pos) return NULL;
    ft_ssize total = 1;
    for (ft_ssize i = 0; i < nb; i++) {
        ft_type *b = (ft_type *)ft_tuple_get(bases, i);
        seqs[i] = ft_tuple_items(b->mro);
        lens[i] = ft_tuple_size(b->mro);
        total += lens[i];
    }
    seqs[nb] = ft_tuple_items(bases);
    lens[nb] = nb;
    ft_obj **out = ft_gc_alloc(sizeof(ft_obj *) * (total + 1), FT_GC_SCAN);
    if (!out) return NULL;
    ft_ssize nout = 0;
    out[nout++] = (ft_obj *)type;
    for (;;) {
        bool empty = true;
        ft_obj *cand = NULL;
        for (ft_ssize i = 0; i < nseq; i++) {
            if (pos[i] >= lens[i]) continue;
            empty = false;
            ft_obj *c = seqs[i][pos[i]];
            bool bad = false;
            for (ft_ssize j = 0; j < nseq; j++)
                if (pos[j] < lens[j] && tail_contains(seqs[j], lens[j], pos[j], c)) { bad = true; break; }
            if (!bad) { cand = c; break; }
        }
        if (empty) break;
        if (!cand) {
            ft_strbuf b;
            ft_strbuf_init(&b);
            ft_strbuf_append_cstr(&b, "Cannot create a consistent method resolution order (MRO) for bases");
            ft_obj **seen = ft_gc_alloc(sizeof(ft_obj *) * (nseq + 1), FT_GC_SCAN);
            ft_ssize nseen = 0;
            for (ft_ssize i = 0; i < nseq; i++) {
                if (pos[i] >= lens[i]) continue;
                ft_obj *c = seqs[i][pos[i]];
                bool dup = false;
                for (ft_ssize k = 0; k < nseen; k++) if (seen[k] == c) dup = true;
                if (dup) continue;
                seen[nseen++] = c;
                ft_strbuf_append_cstr(&b, nseen == 1 ? " " : ", ");
                ft_strbuf_append_cstr(&b, ft_type_name((ft_type *)c));
            }
            ft_obj *msg = ft_strbuf_finish(&b);
            if (msg) ft_err_set_obj(ft_exc_TypeError, msg);
            return NULL;
        }
        out[nout++] = cand;
        for (ft_ssize i = 0; i < nseq; i++)
            if (pos[i] < lens[i] && seqs[i][pos[i]] == cand) pos[i]++;
    }
    return ft_tuple_from_array(out, nout);
}

static ft_obj *type_mro_impl(ft_type *type) {
    ft_obj *bases = type->bases;
    ft_ssize nb = ft_tuple_size(bases);
    if (nb == 0) return ft_tuple_pack(1, (ft_obj *)type);
    if (nb == 1) {
        ft_type *b = (ft_type *)ft_tuple_get(bases, 0);
        ft_ssize n = ft_tuple_size(b->mro);
        ft_obj *t = ft_tuple_new(n + 1);
        if (!t) return NULL;
        ft_tuple_items(t)[0] = (ft_obj *)type;
        memcpy(ft_tuple_items(t) + 1, ft_tuple_items(b->mro), n * sizeof(ft_obj *));
        return t;
    }
    for (ft_ssize i = 0; i < nb; i++)
        for (ft_ssize j = i + 1; j < nb; j++)
            if (ft_tuple_get(bases, i) == ft_tuple_get(bases, j))
                return ft_err_format(ft_exc_TypeError, "duplicate base class %s",
                                     FT_TPNAME((ft_type *)ft_tuple_get(bases, i)));
    return c3_merge(type, bases);
}

static ft_obj *type_mro_meth(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *t = type_mro_impl((ft_type *)self);
    if (!t) return NULL;
    return ft_sequence_list(t);
}

static const ft_method_def type_mro_def = {"mro", type_mro_meth, FT_METH_NOARGS,
                                           "Return a type's method resolution order."};

static int compute_mro(ft_type *type) {
    ft_type *meta = ft_type_of((ft_obj *)type);
    ft_obj *mro = NULL;
    if (meta != &ft_type_type && (type->flags & FT_TPF_HEAPTYPE)) {
        ft_obj *m = ft_type_lookup(meta, ft_id(mro));
        ft_obj *own = ft_dict_get_str(ft_type_type.dict, ft_id(mro));
        if (m && m != own) {
            /* Custom mro(): provisional mro so that the method can run. */
            type->mro = type_mro_impl(type);
            if (!type->mro) return -1;
            ft_obj *r = ft_call_method0((ft_obj *)type, "mro");
            if (!r) return -1;
            mro = ft_sequence_tuple(r);
            if (!mro) return -1;
            for (ft_ssize i = 0; i < ft_tuple_size(mro); i++) {
                ft_obj *c = ft_tuple_get(mro, i);
                if (!ft_type_check(c)) {
                    ft_err_format(ft_exc_TypeError, "mro() returned a non-class ('%T')", c);
                    return -1;
                }
            }
        }
    }
    if (!mro) mro = type_mro_impl(type);
    if (!mro) return -1;
    /* __bases__ assignment replaces the MRO of a live class. */
    __atomic_store_n(&type->mro, mro, __ATOMIC_RELEASE);
    return 0;
}

/* ---- ready ------------------------------------------------------------ */

static int add_methods_etc(ft_type *type) {
    ft_obj *dict = type->dict;
    if (type->methods) {
        for (const ft_method_def *m = type->methods; m->name; m++) {
            ft_obj *name = ft_str_intern_cstr(m->name);
            if (!name) return -1;
            int c = ft_dict_contains(dict, name);
            if (c < 0) return -1;
            if (c && !(m->flags & FT_METH_COEXIST)) continue;
            ft_obj *d = ft_method_descr_new(type, m);
            if (!d || ft_dict_set(dict, name, d) < 0) return -1;
        }
    }
    if (type->members) {
        for (const ft_member_def *m = type->members; m->name; m++) {
            ft_obj *name = ft_str_intern_cstr(m->name);
            if (!name) return -1;
            int c = ft_dict_contains(dict, name);
            if (c < 0) return -1;
            if (c) continue;
            ft_obj *d = ft_memberdescr_new(type, m);
            if (!d || ft_dict_set(dict, name, d) < 0) return -1;
        }
    }
    if (type->getsets) {
        for (const ft_getset_def *g = type->getsets; g->name; g++) {
            ft_obj *name = ft_str_intern_cstr(g->name);
            if (!name) return -1;
            int c = ft_dict_contains(dict, name);
            if (c < 0) return -1;
            if (c) continue;
            ft_obj *d = ft_getsetdescr_new(type, g);
            if (!d || ft_dict_set(dict, name, d) < 0) return -1;
        }
    }
    return 0;
}

#define INHERIT(field) do { if (!type->field) type->field = base->field; } while (0)

static void inherit_static(ft_type *type, ft_type *base) {
    if (!type->basicsize) type->basicsize = base->basicsize;
    if (!type->itemsize) type->itemsize = base->itemsize;
    if (!type->dictoffset) type->dictoffset = base->dictoffset;
    type->flags |= base->flags & (0xFF0000u | FT_TPF_SEQUENCE | FT_TPF_MAPPING | FT_TPF_MATCH_SELF);
    INHERIT(repr); INHERIT(str);
    if (!type->hash && !type->richcompare) {
        type->hash = base->hash;
        type->richcompare = base->richcompare;
    }
    INHERIT(getattro); INHERIT(setattro); INHERIT(call); INHERIT(iter); INHERIT(iternext);
    INHERIT(descr_get); INHERIT(descr_set); INHERIT(init); INHERIT(length);
    INHERIT(subscript); INHERIT(ass_subscript); INHERIT(contains); INHERIT(del_);
    void **tn = (void **)&type->as_number, **bn = (void **)&base->as_number;
    for (size_t i = 0; i < sizeof(ft_number_methods) / sizeof(void *); i++)
        if (!tn[i]) tn[i] = bn[i];
    if (type->del_) type->flags |= FT_TPF_HAS_FINALIZER;
}

static int set_doc(ft_type *type) {
    int c = ft_dict_contains(type->dict, ft_id(__doc__));
    if (c < 0) return -1;
    if (c) return 0;
    ft_obj *doc = ft_None;
    if (type->doc && !(type->flags & FT_TPF_HEAPTYPE)) {
        doc = ft_str_from_cstr(type->doc);
        if (!doc) return -1;
    }
    return ft_dict_set(type->dict, ft_id(__doc__), doc);
}

static ft_obj *hash_none_marker(void) { return ft_None; }

int ft_type_ready(ft_type *type) {
    if (type->flags & FT_TPF_READY) return 0;
    bool heap = (type->flags & FT_TPF_HEAPTYPE) != 0;
    if (!type->ob.ob_type) type->ob.ob_type = &ft_type_type;
    if (type != &ft_object_type && !type->base) type->base = &ft_object_type;
    ft_type *base = type->base;
    if (base && !(base->flags & FT_TPF_READY) && ft_type_ready(base) < 0) return -1;
    if (!type->bases) {
        type->bases = base ? ft_tuple_pack(1, (ft_obj *)base) : ft_empty_tuple;
        if (!type->bases) return -1;
    }
    for (ft_ssize i = 0; i < ft_tuple_size(type->bases); i++) {
        ft_type *b = (ft_type *)ft_tuple_get(type->bases, i);
        if (!(b->flags & FT_TPF_READY) && ft_type_ready(b) < 0) return -1;
    }
    if (!type->dict) {
        type->dict = ft_dict_new();
        if (!type->dict) return -1;
    }
    if (compute_mro(type) < 0) return -1;
    if (!heap) {
        if (add_methods_etc(type) < 0) return -1;
        /* __new__ */
        if (!type->new_ && base == &ft_object_type) {
            /* Static types directly under object without new_ cannot be
             * instantiated from Python (CPython's DISALLOW_INSTANTIATION). */
        } else if (type->new_ && (!base || base->new_ != type->new_)) {
            int c = ft_dict_contains(type->dict, ft_id(__new__));
            if (c < 0) return -1;
            if (!c) {
                ft_obj *f = ft_builtin_new(&ft_type_new_wrapper_def, (ft_obj *)type, NULL);
                if (!f || ft_dict_set(type->dict, ft_id(__new__), f) < 0) return -1;
            }
        } else if (!type->new_ && base) {
            type->new_ = base->new_;
        }
        if (ft_type_add_operators(type) < 0) return -1;
        if (set_doc(type) < 0) return -1;
        if (base) inherit_static(type, base);
        if (!type->hash) {
            type->hash = ft_hash_unhashable;
            int c = ft_dict_contains(type->dict, ft_id(__hash__));
            if (c < 0) return -1;
            if (!c && ft_dict_set(type->dict, ft_id(__hash__), hash_none_marker()) < 0) return -1;
        }
        type->flags |= FT_TPF_IMMUTABLE;
        ft_gc_add_root(type, sizeof(ft_type));
        if (base && type != &subref_type && type != &subblock_type) add_subclass(base, type);
    } else {
        if (base) {
            type->flags |= base->flags & (0xFF0000u | FT_TPF_SEQUENCE | FT_TPF_MAPPING | FT_TPF_MATCH_SELF);
            if (!type->itemsize) type->itemsize = base->itemsize;
        }
        ft_type_fixup_slots(type);
        if (!type->getattro) type->getattro = ft_obj_generic_getattr;
        if (!type->setattro) type->setattro = ft_obj_generic_setattr;
    }
    atomic_store_explicit(&type->version_tag, new_version(), memory_order_release);
    type->flags |= FT_TPF_READY;
    return 0;
}

/* ---- allocation ------------------------------------------------------- */

ft_obj *ft_type_generic_alloc(ft_type *type, ft_ssize nitems) {
    if (nitems < 0) nitems = 0;
    if (type->itemsize && nitems > (ft_ssize)(((size_t)1 << 47) / (size_t)type->itemsize))
        return ft_err_no_memory();
    size_t size = (size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize;
    size = (size + 7) & ~(size_t)7;
    if (type->dictoffset < 0) size += sizeof(ft_obj *);
    if (size < sizeof(ft_obj)) size = sizeof(ft_obj);
    ft_obj *o = ft_obj_alloc(type, size);
    if (!o) return NULL;
    if (type->del_ && (type->flags & FT_TPF_HEAPTYPE)) ft_gc_register_finalizer(o);
    return o;
}

/* ---- type.__call__ ---------------------------------------------------- */

ft_obj *ft_type_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_type *type = (ft_type *)callable;
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    if (type == &ft_type_type) {
        if (nargs == 1 && nkw == 0) return (ft_obj *)ft_type_of(args[0]);
        if (nargs != 3) return ft_err_format(ft_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    ft_newfunc newf = FT_SLOT(type, new_);
    if (!newf)
        return ft_err_format(ft_exc_TypeError, "cannot create '%s' instances", FT_TPNAME(type));
    ft_obj *obj = newf(type, args, nargs, kwnames);
    if (!obj) return NULL;
    ft_type *ot = ft_type_of(obj);
    if (!ft_type_is_subtype(ot, type)) return obj;
    ft_initfunc initf = FT_SLOT(ot, init);
    if (initf && initf(obj, args, nargs, kwnames) < 0) return NULL;
    return obj;
}

/* __new__ of every type: `T.__new__(S, ...)` with self = T. */
static ft_obj *tp_new_wrapper(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_type *type = (ft_type *)self;
    const char *tn = FT_TPNAME(type);
    if (nargs < 1) return ft_err_format(ft_exc_TypeError, "%s.__new__(): not enough arguments", tn);
    ft_obj *arg0 = args[0];
    if (!ft_type_check(arg0))
        return ft_err_format(ft_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", tn, arg0);
    ft_type *sub = (ft_type *)arg0;
    if (!ft_type_is_subtype(sub, type))
        return ft_err_format(ft_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", tn,
                             FT_TPNAME(sub), FT_TPNAME(sub), tn);
    /* The most derived static base of sub must use this very new. */
    ft_type *staticbase = sub;
    while (staticbase && FT_SLOT(staticbase, new_) == ft_type_slot_new) staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != type->new_)
        return ft_err_format(ft_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", tn,
                             FT_TPNAME(sub), FT_TPNAME(staticbase));
    return type->new_(sub, args + 1, nargs - 1, kwnames);
}

const ft_method_def ft_type_new_wrapper_def = {
    "__new__", tp_new_wrapper, FT_METH_VARARGS | FT_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

/* ---- type attribute access ------------------------------------------- */

ft_obj *ft_type_getattro(ft_obj *self, ft_obj *name) { return ft_type_getattro_ex(self, name, false); }

ft_obj *ft_type_getattro_ex(ft_obj *self, ft_obj *name, bool suppress) {
    ft_type *type = (ft_type *)self;
    if (!ft_name_is_str(name))
        return ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", name);
    ft_type *meta = ft_type_of(self);
    ft_obj *meta_attr = ft_type_lookup(meta, name);
    ft_descrgetfunc meta_get = NULL;
    if (meta_attr) {
        ft_type *mt = ft_type_of(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set)
            return meta_get(meta_attr, self, (ft_obj *)meta);
    }
    ft_obj *attr = ft_type_lookup(type, name);
    if (attr) {
        ft_descrgetfunc g = ft_type_of(attr)->descr_get;
        if (g) return g(attr, NULL, self);
        return attr;
    }
    if (meta_get) return meta_get(meta_attr, self, (ft_obj *)meta);
    if (meta_attr) return meta_attr;
    if (!suppress) ft_attr_error(self, name, "type object '%s' has no attribute '%U'", FT_TPNAME(type), name);
    return NULL;
}

int ft_type_setattro(ft_obj *self, ft_obj *name, ft_obj *value) {
    ft_type *type = (ft_type *)self;
    if (!ft_name_is_str(name)) {
        ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    if (!(type->flags & FT_TPF_HEAPTYPE) || (type->flags & FT_TPF_IMMUTABLE)) {
        ft_err_format(ft_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                      FT_TPNAME(type));
        return -1;
    }
    ft_type *meta = ft_type_of(self);
    ft_obj *meta_attr = ft_type_lookup(meta, name);
    if (meta_attr) {
        ft_descrsetfunc s = ft_type_of(meta_attr)->descr_set;
        if (s) return s(meta_attr, self, value);
    }
    if (!ft_str_check_exact(name)) {
        name = ft_str_new(ft_str_utf8(name), FT_STR(name)->nbytes);
        if (!name) return -1;
    }
    name = ft_str_intern(name);
    if (value) {
        /* Pairs with the acquire fence in dict_lookup: a reader that finds
         * this value without taking the dict lock also sees it initialised. */
        atomic_thread_fence(memory_order_release);
        if (ft_dict_set(type->dict, name, value) < 0) return -1;
    } else {
        if (ft_dict_del(type->dict, name) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
                ft_err_clear();
                ft_attr_error(self, name, "type object '%s' has no attribute '%U'", FT_TPNAME(type), name);
            }
            return -1;
        }
    }
    ft_type_modified(type);
    if (ft_type_is_slot_name(name)) ft_type_update_slot(type, name);
    return 0;
}

/* ---- getsets ---------------------------------------------------------- */

static int check_set_special(ft_type *type, ft_obj *value, const char *name) {
    if (!(type->flags & FT_TPF_HEAPTYPE) || (type->flags & FT_TPF_IMMUTABLE)) {
        ft_err_format(ft_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                      FT_TPNAME(type));
        return -1;
    }
    if (!value) {
        ft_err_format(ft_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                      FT_TPNAME(type));
        return -1;
    }
    return 0;
}

static ft_obj *type_get_name(ft_obj *s, void *c) {
    ft_type *t = (ft_type *)s;
    if ((t->flags & FT_TPF_HEAPTYPE) && t->ht_name) return t->ht_name;
    return ft_str_from_cstr(ft_type_name(t));
}
static int type_set_name(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v, "__name__") < 0) return -1;
    if (!ft_str_check(v)) {
        ft_err_format(ft_exc_TypeError, "can only assign string to %s.__name__, not '%T'", FT_TPNAME(t), v);
        return -1;
    }
    if (memchr(ft_str_utf8(v), 0, FT_STR(v)->nbytes)) {
        ft_err_format(ft_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    t->ht_name = v;
    t->name = ft_str_utf8(v);
    return 0;
}
static ft_obj *type_get_qualname(ft_obj *s, void *c) { return ft_type_qualname((ft_type *)s); }
static int type_set_qualname(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v, "__qualname__") < 0) return -1;
    if (!ft_str_check(v)) {
        ft_err_format(ft_exc_TypeError, "can only assign string to %s.__qualname__, not '%T'", FT_TPNAME(t), v);
        return -1;
    }
    t->ht_qualname = v;
    return 0;
}
static ft_obj *type_get_bases(ft_obj *s, void *c) { return ((ft_type *)s)->bases; }
static ft_type *best_base(ft_obj *bases);
static int compute_mro(ft_type *type);

/* Recompute the MRO of type and of every subclass (after __bases__ changed). */
static int mro_hierarchy(ft_type *type, int depth) {
    if (depth > 1000) {
        ft_err_format(ft_exc_RecursionError, "class hierarchy too deep");
        return -1;
    }
    if (compute_mro(type) < 0) return -1;
    ft_type_fixup_slots(type);
    ft_type_modified(type);
    ft_obj *subs = ft_type_subclasses_list(type);
    if (!subs) return -1;
    for (ft_ssize i = 0; i < ft_list_size(subs); i++) {
        ft_type *sub = (ft_type *)ft_list_get(subs, i);
        /* stale registry entries: only classes that still list us as base */
        bool direct = false;
        for (ft_ssize k = 0; k < ft_tuple_size(sub->bases); k++)
            if (ft_tuple_get(sub->bases, k) == (ft_obj *)type) direct = true;
        if (direct && mro_hierarchy(sub, depth + 1) < 0) return -1;
    }
    return 0;
}

static int type_set_bases(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v, "__bases__") < 0) return -1;
    const char *tn = FT_TPNAME(t);
    if (!ft_tuple_check(v)) {
        ft_err_format(ft_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", tn,
                      FT_TPNAME(ft_type_of(v)));
        return -1;
    }
    if (ft_tuple_size(v) == 0) {
        ft_err_format(ft_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", tn);
        return -1;
    }
    for (ft_ssize i = 0; i < ft_tuple_size(v); i++) {
        ft_obj *b = ft_tuple_get(v, i);
        if (!ft_type_check(b)) {
            ft_err_format(ft_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", tn,
                          FT_TPNAME(ft_type_of(b)));
            return -1;
        }
        if (ft_type_is_subtype((ft_type *)b, t)) {
            ft_err_format(ft_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    ft_type *nb = best_base(v);
    if (!nb) return -1;
    ft_type *ob = t->base;
    if (nb != ob && !ft_type_compatible_layout(nb, ob)) {
        /* CPython reports a different C deallocator first: that is, a
         * different nearest builtin base. */
        ft_type *sn = nb, *so = ob;
        while (sn->flags & FT_TPF_HEAPTYPE) sn = sn->base;
        while (so->flags & FT_TPF_HEAPTYPE) so = so->base;
        ft_err_format(ft_exc_TypeError, "__bases__ assignment: '%s' %s differs from '%s'", FT_TPNAME(nb),
                      sn != so ? "deallocator" : "object layout", FT_TPNAME(ob));
        return -1;
    }
    ft_obj *old_bases = t->bases, *old_mro = t->mro;
    t->bases = v;
    t->base = nb;
    if (mro_hierarchy(t, 0) < 0) {
        ft_obj *exc = ft_err_fetch();
        t->bases = old_bases;
        t->base = ob;
        t->mro = old_mro;
        if (mro_hierarchy(t, 0) < 0) ft_err_clear();
        ft_err_restore(exc);
        return -1;
    }
    for (ft_ssize i = 0; i < ft_tuple_size(v); i++) {
        ft_obj *b = ft_tuple_get(v, i);
        bool had = false;
        for (ft_ssize k = 0; k < ft_tuple_size(old_bases); k++)
            if (ft_tuple_get(old_bases, k) == b) had = true;
        if (!had) add_subclass((ft_type *)b, t);
    }
    return 0;
}
static ft_obj *type_get_base(ft_obj *s, void *c) {
    ft_type *b = ((ft_type *)s)->base;
    return b ? (ft_obj *)b : ft_None;
}
static ft_obj *type_get_mro(ft_obj *s, void *c) {
    ft_obj *m = ((ft_type *)s)->mro;
    return m ? m : ft_None;
}
static ft_obj *type_get_dict(ft_obj *s, void *c) { return ft_mappingproxy_new(((ft_type *)s)->dict); }
static ft_obj *type_get_doc(ft_obj *s, void *c) {
    ft_type *t = (ft_type *)s;
    ft_obj *d = dict_lookup(t->dict, ft_id(__doc__));
    if (!d) {
        if (!(t->flags & FT_TPF_HEAPTYPE) && t->doc) return ft_str_from_cstr(t->doc);
        return ft_None;
    }
    ft_descrgetfunc g = ft_type_of(d)->descr_get;
    if (g && (t->flags & FT_TPF_HEAPTYPE)) return g(d, NULL, s);
    return d;
}
static int type_set_doc(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v, "__doc__") < 0) return -1;
    if (ft_dict_set(t->dict, ft_id(__doc__), v) < 0) return -1;
    ft_type_modified(t);
    return 0;
}
static ft_obj *type_get_module(ft_obj *s, void *c) {
    ft_type *t = (ft_type *)s;
    ft_obj *m = ft_type_module_name(t);
    if (!m && !ft_err_occurred()) {
        ft_attr_error(s, ft_id(__module__), "__module__");
        return NULL;
    }
    return m;
}
static int type_set_module(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v, "__module__") < 0) return -1;
    if (ft_dict_set(t->dict, ft_id(__module__), v) < 0) return -1;
    ft_type_modified(t);
    return 0;
}
static ft_obj *type_get_abstract(ft_obj *s, void *c) {
    ft_type *t = (ft_type *)s;
    ft_obj *v = t != &ft_type_type ? dict_lookup(t->dict, ft_id(__abstractmethods__)) : NULL;
    if (!v) ft_attr_error(s, ft_id(__abstractmethods__), "__abstractmethods__");
    return v;
}
static int type_set_abstract(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v ? v : ft_None, "__abstractmethods__") < 0) return -1;
    int abstract = 0;
    if (v) {
        abstract = ft_is_true(v);
        if (abstract < 0) return -1;
        if (ft_dict_set(t->dict, ft_id(__abstractmethods__), v) < 0) return -1;
    } else {
        if (ft_dict_del(t->dict, ft_id(__abstractmethods__)) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
                ft_err_clear();
                ft_attr_error(s, ft_id(__abstractmethods__), "__abstractmethods__");
            }
            return -1;
        }
    }
    ft_type_modified(t);
    if (abstract) __atomic_fetch_or(&t->flags, FT_TPF_ABSTRACT, __ATOMIC_RELAXED);
    else __atomic_fetch_and(&t->flags, ~FT_TPF_ABSTRACT, __ATOMIC_RELAXED);
    return 0;
}
static ft_obj *type_get_annotations(ft_obj *s, void *c) {
    ft_type *t = (ft_type *)s;
    if (!(t->flags & FT_TPF_HEAPTYPE)) {
        ft_attr_error(s, ft_id(__annotations__), "type object '%s' has no attribute '__annotations__'",
                      FT_TPNAME(t));
        return NULL;
    }
    ft_obj *a = dict_lookup(t->dict, ft_id(__annotations__));
    if (a) {
        ft_descrgetfunc g = ft_type_of(a)->descr_get;
        if (g) return g(a, NULL, s);
        return a;
    }
    a = ft_dict_new();
    if (!a || ft_dict_set(t->dict, ft_id(__annotations__), a) < 0) return NULL;
    ft_type_modified(t);
    return a;
}
static int type_set_annotations(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (!(t->flags & FT_TPF_HEAPTYPE) || (t->flags & FT_TPF_IMMUTABLE)) {
        ft_err_format(ft_exc_TypeError, "cannot %s '__annotations__' attribute of immutable type '%s'",
                      v ? "set" : "delete", FT_TPNAME(t));
        return -1;
    }
    int r = v ? ft_dict_set(t->dict, ft_id(__annotations__), v) : ft_dict_del(t->dict, ft_id(__annotations__));
    if (r < 0 && !v && ft_err_matches((ft_obj *)ft_exc_KeyError)) {
        ft_err_clear();
        ft_attr_error(s, ft_id(__annotations__), "__annotations__");
    }
    ft_type_modified(t);
    return r;
}
static ft_obj *type_get_type_params(ft_obj *s, void *c) {
    ft_type *t = (ft_type *)s;
    ft_obj *v = dict_lookup(t->dict, ft_id(__type_params__));
    return v ? v : ft_empty_tuple;
}
static int type_set_type_params(ft_obj *s, ft_obj *v, void *c) {
    ft_type *t = (ft_type *)s;
    if (check_set_special(t, v, "__type_params__") < 0) return -1;
    if (!ft_tuple_check(v)) {
        ft_err_format(ft_exc_TypeError, "__type_params__ must be set to a tuple, not %T", v);
        return -1;
    }
    if (ft_dict_set(t->dict, ft_id(__type_params__), v) < 0) return -1;
    ft_type_modified(t);
    return 0;
}
static ft_obj *type_get_basicsize(ft_obj *s, void *c) { return ft_int_from_i64(((ft_type *)s)->basicsize); }
static ft_obj *type_get_itemsize(ft_obj *s, void *c) { return ft_int_from_i64(((ft_type *)s)->itemsize); }
static ft_obj *type_get_flags(ft_obj *s, void *c) { return ft_int_from_i64(((ft_type *)s)->flags); }
static ft_obj *type_get_dictoffset(ft_obj *s, void *c) { return ft_int_from_i64(((ft_type *)s)->dictoffset); }

static ft_obj *type_get_weakrefoffset(ft_obj *s, void *c) { return ft_smallint(0); }
static ft_obj *type_get_text_signature(ft_obj *s, void *c) { return ft_None; }

static const ft_getset_def type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__type_params__", type_get_type_params, type_set_type_params, NULL, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {NULL}
};

/* ---- methods ---------------------------------------------------------- */

static ft_obj *type_subclasses(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_type_subclasses_list((ft_type *)self);
}
static ft_obj *type_instancecheck(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *inst = args[0];
    ft_type *t = (ft_type *)self;
    if (ft_type_is_subtype(ft_type_of(inst), t)) return ft_True;
    ft_obj *cls = ft_getattr_opt(inst, ft_id(__class__));
    if (!cls) return ft_err_occurred() ? NULL : ft_False;
    if (cls != (ft_obj *)ft_type_of(inst) && ft_type_check(cls))
        return ft_bool(ft_type_is_subtype((ft_type *)cls, t));
    return ft_False;
}
static ft_obj *ft_getattr_cstr_opt_bases(ft_obj *o) {
    ft_obj *n = ft_str_intern_cstr("__bases__");
    return n ? ft_getattr_opt(o, n) : NULL;
}
static ft_obj *type_subclasscheck(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *sub = args[0];
    if (ft_type_check(sub)) return ft_bool(ft_type_is_subtype((ft_type *)sub, (ft_type *)self));
    /* Non-type "classes" with __bases__. */
    ft_obj *bases = ft_getattr_cstr_opt_bases(sub);
    if (!bases || !ft_tuple_check(bases)) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "issubclass() arg 1 must be a class");
    }
    int r = ft_issubclass(sub, self);
    if (r < 0) return NULL;
    return ft_bool(r);
}
static ft_obj *type_prepare(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_dict_new();
}
static ft_obj *type_dir(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_type_dir_list((ft_type *)self);
}
static ft_obj *type_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_int_from_i64((int64_t)sizeof(ft_type));
}

static const ft_method_def type_methods[] = {
    {"mro", type_mro_meth, FT_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, FT_METH_NOARGS, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, FT_METH_O, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, FT_METH_O, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, FT_METH_VARARGS | FT_METH_KEYWORDS | FT_METH_CLASS,
     "Create the namespace for the class statement"},
    {"__dir__", type_dir, FT_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, FT_METH_NOARGS, "Return memory consumption of the type object."},
    {NULL}
};

static int type_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    if (nargs == 1 && nkw) {
        ft_err_format(ft_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        ft_err_format(ft_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static ft_obj *type_or(ft_obj *a, ft_obj *b) { return ft_union_or(a, b); }

static ft_obj *type_new(ft_type *metatype, ft_obj *const *args, size_t nargs, ft_obj *kwnames);

ft_type ft_type_type = {
    FT_TYPE_HEAD_INIT,
    .name = "type",
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .basicsize = sizeof(ft_type),
    .flags = FT_TPF_BASETYPE | FT_TPF_TYPE_SUBCLASS,
    .dictoffset = offsetof(ft_type, dict),
    .repr = ft_type_repr,
    .call = ft_type_call,
    .getattro = ft_type_getattro,
    .setattro = ft_type_setattro,
    .new_ = type_new,
    .init = type_init,
    .as_number = { .or_ = type_or },
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- heap type creation ---------------------------------------------- */

ft_type *ft_type_calculate_metaclass(ft_type *meta, ft_obj *bases) {
    ft_type *winner = meta;
    for (ft_ssize i = 0; i < ft_tuple_size(bases); i++) {
        ft_type *bt = ft_type_of(ft_tuple_get(bases, i));
        if (ft_type_is_subtype(winner, bt)) continue;
        if (ft_type_is_subtype(bt, winner)) { winner = bt; continue; }
        ft_err_format(ft_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                      "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static bool added_dict(ft_type *t) {
    return (t->flags & FT_TPF_HEAPTYPE) && t->dictoffset && t->base && !t->base->dictoffset;
}

static bool extra_ivars(ft_type *t, ft_type *base) {
    ft_ssize ts = t->basicsize, bs = base->basicsize;
    if (t->itemsize || base->itemsize)
        return ts != bs || t->itemsize != base->itemsize;
    if (added_dict(t) && t->dictoffset > 0) ts -= sizeof(ft_obj *);
    return ts != bs;
}

static ft_type *solid_base(ft_type *t) {
    ft_type *b = t->base ? solid_base(t->base) : &ft_object_type;
    if (t->base && extra_ivars(t, t->base)) return t;
    if (!t->base) return t;
    return b;
}

static ft_type *best_base(ft_obj *bases) {
    ft_type *winner = NULL, *base = NULL;
    for (ft_ssize i = 0; i < ft_tuple_size(bases); i++) {
        ft_obj *b = ft_tuple_get(bases, i);
        if (!ft_type_check(b)) {
            ft_err_format(ft_exc_TypeError, "bases must be types");
            return NULL;
        }
        ft_type *bt = (ft_type *)b;
        if (!(bt->flags & FT_TPF_BASETYPE)) {
            ft_err_format(ft_exc_TypeError, "type '%s' is not an acceptable base type", FT_TPNAME(bt));
            return NULL;
        }
        ft_type *cand = solid_base(bt);
        if (!winner) { winner = cand; base = bt; }
        else if (ft_type_is_subtype(winner, cand)) { }
        else if (ft_type_is_subtype(cand, winner)) { winner = cand; base = bt; }
        else {
            ft_err_format(ft_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool is_identifier(ft_obj *s) {
    const char *p = ft_str_utf8(s), *e = p + FT_STR(s)->nbytes;
    if (p == e) return false;
    bool first = true;
    while (p < e) {
        uint32_t cp;
        int n = ft_utf8_decode_one(p, e, &cp);
        if (n <= 0) return false;
        bool ok = cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 128 ||
                  (!first && cp >= '0' && cp <= '9');
        if (!ok) return false;
        first = false;
        p += n;
    }
    return true;
}

/* _Name__x mangling of private slot names. */
static ft_obj *mangle(ft_obj *classname, ft_obj *name) {
    const char *n = ft_str_utf8(name);
    ft_ssize nl = FT_STR(name)->nbytes;
    if (nl < 3 || n[0] != '_' || n[1] != '_') return name;
    if (n[nl - 1] == '_' && n[nl - 2] == '_') return name;
    const char *c = ft_str_utf8(classname);
    while (*c == '_') c++;
    if (!*c) return name;
    return ft_str_from_format("_%s%s", c, n);
}

static int cmp_str_ptr(const void *a, const void *b) {
    return ft_str_compare(*(ft_obj *const *)a, *(ft_obj *const *)b);
}

static ft_obj *subtype_dict_get(ft_obj *self, void *c) {
    ft_obj **dp = ft_obj_dictptr(self);
    if (!dp) {
        ft_err_format(ft_exc_AttributeError, "This object has no __dict__");
        return NULL;
    }
    if (!*dp) {
        ft_obj *d = ft_dict_new();
        if (!d) return NULL;
        ft_obj *expected = NULL;
        if (!atomic_compare_exchange_strong((ft_obj *_Atomic *)dp, &expected, d)) d = expected;
        return d;
    }
    return *dp;
}
static int subtype_dict_set(ft_obj *self, ft_obj *v, void *c) {
    ft_obj **dp = ft_obj_dictptr(self);
    if (!dp) {
        ft_err_format(ft_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (!v) {
        atomic_store((ft_obj *_Atomic *)dp, NULL);
        return 0;
    }
    if (!ft_dict_check(v)) {
        ft_err_format(ft_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    atomic_store((ft_obj *_Atomic *)dp, v);
    return 0;
}
static ft_obj *subtype_weakref_get(ft_obj *self, void *c) { return ft_None; }

static const ft_getset_def subtype_dict_getset = {"__dict__", subtype_dict_get, subtype_dict_set,
                                                  "dictionary for instance variables", NULL};
static const ft_getset_def subtype_weakref_getset = {"__weakref__", subtype_weakref_get, NULL,
                                                     "list of weak references to the object", NULL};

static ft_obj *kw_call_init_subclass(ft_type *type, ft_obj *const *kwvals, ft_obj *kwnames) {
    ft_obj *f = ft_type_mro_lookup_after(type, type, ft_id(__init_subclass__));
    if (!f) return ft_None;
    ft_descrgetfunc g = ft_type_of(f)->descr_get;
    ft_obj *bound = g ? g(f, NULL, (ft_obj *)type) : f;
    if (!bound) return NULL;
    return ft_call(bound, kwvals, 0, kwnames);
}

static int call_set_name(ft_type *type) {
    ft_obj *items = ft_dict_items_list(type->dict);
    if (!items) return -1;
    for (ft_ssize i = 0; i < ft_list_size(items); i++) {
        ft_obj *kv = ft_list_get(items, i);
        ft_obj *key = ft_tuple_get(kv, 0), *val = ft_tuple_get(kv, 1);
        ft_obj *f = ft_lookup_special(val, ft_id(__set_name__));
        if (!f) {
            if (ft_err_occurred()) return -1;
            continue;
        }
        ft_obj *r = ft_call2(f, (ft_obj *)type, key);
        if (!r) {
            ft_obj *exc = ft_err_fetch();
            ft_obj *note = ft_str_from_format("Error calling __set_name__ on '%s' instance %R in '%s'",
                                              FT_TPNAME(ft_type_of(val)), key, FT_TPNAME(type));
            if (note) {
                ft_obj *nr = ft_call_method1(exc, "add_note", note);
                if (!nr) ft_err_clear();
            } else {
                ft_err_clear();
            }
            ft_err_restore(exc);
            return -1;
        }
    }
    return 0;
}

static ft_obj *type_new(ft_type *metatype, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    if (metatype == &ft_type_type && nargs == 1 && nkw == 0) return (ft_obj *)ft_type_of(args[0]);
    if (nargs != 3)
        return ft_err_format(ft_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", (int)nargs);
    ft_obj *name = args[0], *bases = args[1], *odict = args[2];
    if (!ft_name_is_str(name))
        return ft_err_format(ft_exc_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!ft_tuple_check(bases))
        return ft_err_format(ft_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!ft_dict_check(odict))
        return ft_err_format(ft_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", odict);
    for (ft_ssize i = 0; i < ft_tuple_size(bases); i++) {
        ft_obj *b = ft_tuple_get(bases, i);
        if (!ft_type_check(b)) {
            if (ft_getattr_opt(b, ft_id(__mro_entries__)))
                return ft_err_format(ft_exc_TypeError,
                                     "type() doesn't support MRO entry resolution; use types.new_class()");
            if (ft_err_occurred()) return NULL;
        }
    }
    ft_type *winner = ft_type_calculate_metaclass(metatype, bases);
    if (!winner) return NULL;
    if (winner != metatype && winner->new_ != type_new)
        return winner->new_(winner, args, nargs, kwnames);
    metatype = winner;
    if (memchr(ft_str_utf8(name), 0, FT_STR(name)->nbytes))
        return ft_err_format(ft_exc_ValueError, "type name must not contain null characters");

    if (ft_tuple_size(bases) == 0) {
        bases = ft_tuple_pack(1, (ft_obj *)&ft_object_type);
        if (!bases) return NULL;
    }
    ft_type *base = best_base(bases);
    if (!base) return NULL;
    ft_obj *dict = ft_dict_copy(odict);
    if (!dict) return NULL;

    /* __slots__ */
    ft_obj *slots = ft_dict_get_str(dict, ft_id(__slots__));
    ft_obj *slotnames = NULL;
    ft_ssize nslots = 0;
    bool add_dict = false, add_weak = false;
    /* A base exposing its own __dict__ (e.g. a module) keeps it: no second dict. */
    bool may_add_dict = base->dictoffset == 0 && !ft_type_lookup(base, ft_id(__dict__));
    bool base_has_weak = false;
    for (ft_ssize i = 0; i < ft_tuple_size(bases); i++)
        if (ft_type_lookup((ft_type *)ft_tuple_get(bases, i), ft_id(__weakref__))) base_has_weak = true;
    if (!slots) {
        add_dict = may_add_dict;
        add_weak = !base_has_weak;
    } else {
        ft_obj *seq = ft_str_check(slots) ? ft_tuple_pack(1, slots) : ft_sequence_tuple(slots);
        if (!seq) return NULL;
        ft_ssize n = ft_tuple_size(seq);
        ft_obj **names = ft_gc_alloc(sizeof(ft_obj *) * (n + 1), FT_GC_SCAN);
        if (!names) return NULL;
        for (ft_ssize i = 0; i < n; i++) {
            ft_obj *s = ft_tuple_get(seq, i);
            if (!ft_str_check(s))
                return ft_err_format(ft_exc_TypeError, "__slots__ items must be strings, not '%T'", s);
            if (!is_identifier(s)) return ft_err_format(ft_exc_TypeError, "__slots__ must be identifiers");
            if (ft_str_eq_cstr(s, "__dict__")) {
                if (!may_add_dict || add_dict)
                    return ft_err_format(ft_exc_TypeError, "__dict__ slot disallowed: we already got one");
                add_dict = true;
                continue;
            }
            if (ft_str_eq_cstr(s, "__weakref__")) {
                if (base_has_weak || add_weak)
                    return ft_err_format(ft_exc_TypeError, "__weakref__ slot disallowed: we already got one");
                add_weak = true;
                continue;
            }
            ft_obj *m = mangle(name, s);
            if (!m) return NULL;
            m = ft_str_intern(m);
            bool dup = false;   /* CPython accepts repeated names */
            for (ft_ssize k = 0; k < nslots; k++)
                if (ft_str_eq(names[k], m)) dup = true;
            if (dup) continue;
            int c = ft_dict_contains(dict, m);
            if (c < 0) return NULL;
            if (c) return ft_err_format(ft_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            names[nslots++] = m;
        }
        if (nslots && (base->itemsize || (base->flags & FT_TPF_INT_SUBCLASS)))
            return ft_err_format(ft_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                                 FT_TPNAME(base));
        qsort(names, (size_t)nslots, sizeof(ft_obj *), cmp_str_ptr);
        slotnames = ft_tuple_from_array(names, nslots);
        if (!slotnames) return NULL;
    }

    ft_type *type = (ft_type *)ft_type_generic_alloc(metatype, 0);
    if (!type) return NULL;
    type->flags = FT_TPF_HEAPTYPE | FT_TPF_BASETYPE;
    type->ht_name = ft_str_check_exact(name) ? name : ft_str_new(ft_str_utf8(name), FT_STR(name)->nbytes);
    if (!type->ht_name) return NULL;
    type->name = ft_str_utf8(type->ht_name);
    type->ht_qualname = type->ht_name;
    type->bases = bases;
    type->base = base;
    type->dict = dict;
    type->ht_slots = slotnames;
    type->basicsize = base->basicsize;
    type->itemsize = base->itemsize;
    type->dictoffset = base->dictoffset;

    /* __module__ */
    int c = ft_dict_contains(dict, ft_id(__module__));
    if (c < 0) return NULL;
    if (!c) {
        ft_obj *g = ft_frame_globals();
        if (g) {
            ft_obj *mn = ft_dict_get_str(g, ft_id(__name__));
            if (mn && ft_dict_set(dict, ft_id(__module__), mn) < 0) return NULL;
        }
        if (ft_err_occurred()) ft_err_clear();
    }
    /* __qualname__ */
    ft_obj *qn = ft_dict_get_str(dict, ft_id(__qualname__));
    if (qn) {
        if (!ft_str_check(qn))
            return ft_err_format(ft_exc_TypeError, "type __qualname__ must be a str, not %T", qn);
        type->ht_qualname = qn;
        if (ft_dict_del(dict, ft_id(__qualname__)) < 0) return NULL;
    }
    /* __new__ -> staticmethod; __init_subclass__/__class_getitem__ -> classmethod */
    ft_obj *f = ft_dict_get_str(dict, ft_id(__new__));
    if (f && ft_type_of(f) == &ft_function_type) {
        ft_obj *sm = ft_staticmethod_new(f);
        if (!sm || ft_dict_set(dict, ft_id(__new__), sm) < 0) return NULL;
    }
    f = ft_dict_get_str(dict, ft_id(__init_subclass__));
    if (f && ft_type_of(f) == &ft_function_type) {
        ft_obj *cm = ft_classmethod_new(f);
        if (!cm || ft_dict_set(dict, ft_id(__init_subclass__), cm) < 0) return NULL;
    }
    f = ft_dict_get_str(dict, ft_id(__class_getitem__));
    if (f && ft_type_of(f) == &ft_function_type) {
        ft_obj *cm = ft_classmethod_new(f);
        if (!cm || ft_dict_set(dict, ft_id(__class_getitem__), cm) < 0) return NULL;
    }
    /* __eq__ without __hash__ makes instances unhashable */
    c = ft_dict_contains(dict, ft_id(__eq__));
    if (c < 0) return NULL;
    if (c) {
        c = ft_dict_contains(dict, ft_id(__hash__));
        if (c < 0) return NULL;
        if (!c && ft_dict_set(dict, ft_id(__hash__), ft_None) < 0) return NULL;
    }

    /* layout: slots, then __dict__ */
    if (nslots) {
        ft_member_def *defs = ft_gc_alloc(sizeof(ft_member_def) * (nslots + 1), FT_GC_SCAN);
        if (!defs) return NULL;
        for (ft_ssize i = 0; i < nslots; i++) {
            ft_obj *sn = ft_tuple_get(slotnames, i);
            defs[i].name = ft_str_utf8(sn);
            defs[i].type = FT_MEMBER_OBJECT;
            defs[i].offset = type->basicsize;
            defs[i].flags = 0;
            type->basicsize += sizeof(ft_obj *);
            ft_obj *md = ft_memberdescr_new(type, &defs[i]);
            if (!md || ft_dict_set(dict, sn, md) < 0) return NULL;
        }
        type->members = defs;
    }
    if (add_dict) {
        if (type->itemsize) type->dictoffset = -(ft_ssize)sizeof(ft_obj *);
        else {
            type->dictoffset = type->basicsize;
            type->basicsize += sizeof(ft_obj *);
        }
        c = ft_dict_contains(dict, ft_id(__dict__));
        if (c < 0) return NULL;
        if (!c) {
            ft_obj *gd = ft_getsetdescr_new(type, &subtype_dict_getset);
            if (!gd || ft_dict_set(dict, ft_id(__dict__), gd) < 0) return NULL;
        }
    }
    if (add_weak) {
        c = ft_dict_contains(dict, ft_id(__weakref__));
        if (c < 0) return NULL;
        if (!c) {
            ft_obj *gw = ft_getsetdescr_new(type, &subtype_weakref_getset);
            if (!gw || ft_dict_set(dict, ft_id(__weakref__), gw) < 0) return NULL;
        }
    }
    /* __doc__ */
    c = ft_dict_contains(dict, ft_id(__doc__));
    if (c < 0) return NULL;
    if (!c && ft_dict_set(dict, ft_id(__doc__), ft_None) < 0) return NULL;
    /* __classcell__ */
    ft_obj *cell = ft_dict_get_str(dict, ft_id(__classcell__));
    if (cell) {
        if (ft_type_of(cell) != &ft_cell_type)
            return ft_err_format(ft_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                                 (ft_obj *)ft_type_of(cell));
        atomic_store_explicit(&((ft_cell *)cell)->ref, (ft_obj *)type, memory_order_release);
        if (ft_dict_del(dict, ft_id(__classcell__)) < 0) return NULL;
    }
    /* Register with the bases first: a base modified while this class is
     * being readied must already reach it (version bump, slot update). */
    for (ft_ssize i = 0; i < ft_tuple_size(bases); i++)
        add_subclass((ft_type *)ft_tuple_get(bases, i), type);
    if (ft_type_ready(type) < 0) return NULL;
    if (call_set_name(type) < 0) return NULL;
    ft_obj *r = kw_call_init_subclass(type, args + nargs, nkw ? kwnames : NULL);
    if (!r) return NULL;
    return (ft_obj *)type;
}

ft_obj *ft_type_new_from_spec(ft_obj *name, ft_obj *bases, ft_obj *dict) {
    ft_obj *args[3] = { name, bases, dict };
    return ft_type_call((ft_obj *)&ft_type_type, args, 3, NULL);
}

/* ---- start-up --------------------------------------------------------- */

int ft_typesys_init(void) {
    ft_gc_add_root((void *)mcache, sizeof(mcache));
    if (ft_type_slots_init() < 0) return -1;
    if (ft_type_ready(&ft_object_type) < 0) return -1;
    if (ft_type_ready(&ft_type_type) < 0) return -1;
    if (ft_type_ready(&subref_type) < 0) return -1;
    if (ft_type_ready(&subblock_type) < 0) return -1;
    if (ft_object_typesys_init() < 0) return -1;
    if (ft_descr_init() < 0) return -1;
    if (ft_super_init() < 0) return -1;
    if (ft_union_init() < 0) return -1;
    (void)type_mro_def;
    return 0;
}
