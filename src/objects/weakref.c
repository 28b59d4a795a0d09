/* weakref.c -- weakref.ref (ReferenceType), weakref proxies and the
 * `_weakref` module.
 *
 * A weak reference keeps its referent in a GC weak slot (gc.h): the
 * collector does not follow it and clears it when the referent dies, then
 * queues our callback hook, which calls the Python callback (if any) with
 * the reference object on some attached thread outside the GC pause.
 *
 * Fields: `slot` is written once at creation (registered with the GC) and
 * afterwards only by the collector; `callback` is cleared after it ran;
 * `hash` is a benign-race cache (every writer stores the same value).
 *
 * As in CPython, ref(x) and proxy(x) without a callback are shared: the
 * registry below finds the existing one.
 *
 * REGISTRY (getweakrefcount / getweakrefs): objects have no weakref list
 * field, so every weak reference is also recorded in a process-wide table
 * of WR_SHARDS lists, each guarded by its own ft_mutex (never held while
 * allocating or running Python code). A node holds the referent's address
 * hidden (not a GC reference) and a GC weak slot to the weakref object; it
 * is live while that weakref is alive and still refers to that address.
 * Dead nodes are unlinked when a lookup walks their shard and, amortised,
 * when a shard has doubled since its last pruning.
 */
#include "core/ftcore.h"

typedef struct ft_weakref {
    ft_obj ob;
    ft_obj *slot;            /* hidden pointer managed by the GC */
    ft_obj *callback;        /* callable or NULL */
    _Atomic int64_t hash;    /* -1: not computed */
} ft_weakref;
#define WR(o) ((ft_weakref *)(o))

extern ft_type ft_weakproxy_type, ft_weakcallableproxy_type;

static ft_obj *wr_target(ft_obj *wr) { return ft_gc_weak_get(&WR(wr)->slot); }

/* Can instances of this object's type be weakly referenced? As in CPython:
 * classes, functions, methods, sets, modules, generators, code, memoryview
 * and instances of Python classes can; the immutable value types, the
 * containers list/dict/tuple, iterators, descriptors and the builtin
 * exception types cannot. Static types of other areas not listed here are
 * allowed. */
static bool weakrefable(ft_obj *o) {
    if (ft_is_smallint(o)) return false;
    ft_type *t = o->ob_type;
    if (t->flags & FT_TPF_HEAPTYPE) {
        /* Subclasses of the variable-sized int/tuple/bytes get no __weakref__. */
        if (t->flags & (FT_TPF_INT_SUBCLASS | FT_TPF_TUPLE_SUBCLASS | FT_TPF_BYTES_SUBCLASS))
            return false;
        /* The type system gives a class a __weakref__ descriptor exactly
         * when its instances have weak-reference support (no __slots__
         * without '__weakref__'). */
        return ft_type_lookup(t, ft_id(__weakref__)) != NULL;
    }
    static ft_type *const denied[] = {
        &ft_int_type, &ft_bool_type, &ft_float_type, &ft_complex_type, &ft_str_type,
        &ft_bytes_type, &ft_bytearray_type, &ft_tuple_type, &ft_list_type, &ft_dict_type,
        &ft_none_type, &ft_notimplemented_type, &ft_ellipsis_type, &ft_slice_type,
        &ft_range_type, &ft_cell_type, &ft_traceback_type, &ft_frame_type,
        &ft_simplenamespace_type, &ft_weakref_type, &ft_weakproxy_type,
        &ft_weakcallableproxy_type, &ft_object_type, &ft_property_type,
        &ft_staticmethod_type, &ft_classmethod_type, &ft_super_type, &ft_enumerate_type,
        &ft_zip_type, &ft_map_type, &ft_filter_type, &ft_reversed_type, &ft_seqiter_type,
        &ft_calliter_type, &ft_method_descr_type, &ft_classmethod_descr_type,
        &ft_wrapper_descr_type, &ft_member_descr_type, &ft_getset_descr_type,
        &ft_dict_keys_type, &ft_dict_values_type, &ft_dict_items_type,
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(denied); i++)
        if (t == denied[i]) return false;
    if (t->flags & FT_TPF_BASE_EXC_SUBCLASS) return false;
    /* Iterator objects of the builtin containers ("list_iterator", ...). */
    size_t nl = strlen(t->name);
    if (nl > 9 && strcmp(t->name + nl - 9, "_iterator") == 0) return false;
    if (nl > 8 && strcmp(t->name + nl - 8, "iterator") == 0 && t->iternext) return false;
    return true;
}

/* ---- the registry ---------------------------------------------------- */

#define WR_SHARDS 64
typedef struct wr_node {
    struct wr_node *next;     /* GC pointer (nodes are FT_GC_SCAN blocks) */
    uintptr_t key;            /* ~address of the referent (hidden) */
    ft_obj *wr_slot;          /* GC weak slot -> the weakref object */
} wr_node;

static wr_node *wr_heads[WR_SHARDS];          /* GC root (ft_weakref_registry_init) */
static ft_mutex wr_locks[WR_SHARDS];
static ft_ssize wr_counts[WR_SHARDS], wr_pruned_at[WR_SHARDS]; /* under the shard lock */

static size_t wr_shard(ft_obj *target) {
    uintptr_t a = (uintptr_t)target;
    return (size_t)((a >> 4) ^ (a >> 12)) % WR_SHARDS;
}


/* The weakref of a node, or NULL if the node is dead. */
static ft_obj *node_ref(wr_node *n) {
    ft_obj *wr = ft_gc_weak_get(&n->wr_slot);
    if (!wr) return NULL;
    ft_obj *t = wr_target(wr);
    if (!t || (uintptr_t)t != ~n->key) return NULL;
    return wr;
}

/* Unlinks dead nodes of a shard; caller holds its lock. */
static void prune_locked(size_t sh) {
    wr_node **pp = &wr_heads[sh];
    ft_ssize live = 0;
    while (*pp) {
        if (node_ref(*pp)) { live++; pp = &(*pp)->next; }
        else *pp = (*pp)->next;
    }
    wr_counts[sh] = live;
    wr_pruned_at[sh] = live;
}

/* Records wr (a new weak reference to target). When `share` is set and a
 * callback-less weak reference of wr's exact type to target already
 * exists, that one is returned instead and wr is dropped: lookup and
 * insertion happen under one lock hold, so racing threads agree on one
 * shared object, as in CPython. Returns wr, the shared one, or NULL. */
static ft_obj *registry_add(ft_obj *wr, ft_obj *target, bool share) {
    wr_node *n = ft_gc_alloc(sizeof(wr_node), FT_GC_SCAN);
    if (!n) return NULL;
    n->key = ~(uintptr_t)target;
    ft_gc_weak_register(&n->wr_slot, wr);
    size_t sh = wr_shard(target);
    ft_obj *result = wr;
    ft_mutex_lock(&wr_locks[sh]);
    if (share) {
        for (wr_node *p = wr_heads[sh]; p; p = p->next) {
            if (p->key != n->key) continue;
            ft_obj *other = node_ref(p);
            if (other && FT_TYPE(other) == FT_TYPE(wr) && !((ft_weakref *)other)->callback) {
                result = other;
                break;
            }
        }
    }
    if (result == wr) {
        n->next = wr_heads[sh];
        wr_heads[sh] = n;
        if (++wr_counts[sh] > 2 * wr_pruned_at[sh] + 64) prune_locked(sh);
    }
    ft_mutex_unlock(&wr_locks[sh]);
    return result;
}

/* Live weak references to target: count, and optionally appended to list
 * (list NULL: count only). The list is filled after the lock is released. */
static ft_ssize registry_find(ft_obj *target, ft_obj *list) {
    if (ft_is_smallint(target)) return 0;
    size_t sh = wr_shard(target);
    ft_ssize n = 0, cap = 0;
    ft_obj **found = NULL;
    for (;;) {
        n = 0;
        ft_mutex_lock(&wr_locks[sh]);
        prune_locked(sh);
        for (wr_node *p = wr_heads[sh]; p; p = p->next) {
            if (~p->key != (uintptr_t)target) continue;
            ft_obj *wr = node_ref(p);
            if (!wr) continue;
            if (found && n < cap) found[n] = wr;
            n++;
        }
        ft_mutex_unlock(&wr_locks[sh]);
        if (!list || (found && n <= cap)) break;
        cap = n + 8;   /* allocate outside the lock and walk again */
        found = ft_gc_alloc(sizeof(ft_obj *) * (size_t)cap, FT_GC_SCAN);
        if (!found) return -1;
    }
    for (ft_ssize i = 0; list && i < n; i++)
        if (ft_list_append(list, found[i]) < 0) return -1;
    return n;
}

/* Registers the registry's roots; called once at start-up (misc types). */
int ft_weakref_registry_init(void) {
    ft_gc_add_root(wr_heads, sizeof wr_heads);
    return 0;
}

static void wr_dead_hook(ft_obj *owner) {
    ft_obj *cb = WR(owner)->callback;
    if (!cb) return;
    WR(owner)->callback = NULL;
    ft_obj *r = ft_call1(cb, owner);
    if (!r) ft_err_write_unraisable(cb);
}

static ft_obj *wr_make(ft_type *type, ft_obj *target, ft_obj *callback) {
    if (!weakrefable(target))
        return ft_err_format(ft_exc_TypeError, "cannot create weak reference to '%s' object",
                             ft_type_name(FT_TYPE(target)));
    bool shareable = (!callback || callback == ft_None) &&
                     (type == &ft_weakref_type || type == &ft_weakproxy_type ||
                      type == &ft_weakcallableproxy_type);
    ft_obj *o = (type->flags & FT_TPF_HEAPTYPE) ? ft_type_generic_alloc(type, 0)
                                                : ft_obj_alloc(type, sizeof(ft_weakref));
    if (!o) return NULL;
    atomic_store_explicit(&WR(o)->hash, -1, memory_order_relaxed);
    WR(o)->callback = (callback && callback != ft_None) ? callback : NULL;
    ft_gc_weak_register_cb(&WR(o)->slot, target, o, WR(o)->callback ? wr_dead_hook : NULL);
    return registry_add(o, target, shareable);
}

static ft_obj *wr_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    /* Subclasses (weakref.KeyedRef) pass extra arguments to their __init__;
     * only the first two matter here. */
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "__new__ expected at least 1 argument, got %zu", nargs);
    if (nargs > 2 && type == &ft_weakref_type)
        return ft_err_format(ft_exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    return wr_make(type, args[0], nargs > 1 ? args[1] : NULL);
}

static int wr_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return 0;
}

static ft_obj *wr_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs || (kwnames && ft_tuple_size(kwnames)))
        return ft_err_format(ft_exc_TypeError, "weakref() takes no arguments");
    ft_obj *t = wr_target(self);
    return t ? t : ft_None;
}

static int64_t wr_hash(ft_obj *self) {
    int64_t h = atomic_load_explicit(&WR(self)->hash, memory_order_relaxed);
    if (h != -1) return h;
    ft_obj *t = wr_target(self);
    if (!t) {
        ft_err_set_str(ft_exc_TypeError, "weak object has gone away");
        return -1;
    }
    h = ft_hash(t);
    if (h == -1) return -1;
    atomic_store_explicit(&WR(self)->hash, h, memory_order_relaxed);
    return h;
}

static bool is_ref(ft_obj *o) { return ft_type_is_subtype(FT_TYPE(o), &ft_weakref_type); }

static ft_obj *wr_richcompare(ft_obj *a, ft_obj *b, int op) {
    if ((op != FT_EQ && op != FT_NE) || !is_ref(a) || !is_ref(b)) return ft_NotImplemented;
    ft_obj *ta = wr_target(a), *tb = wr_target(b);
    if (!ta || !tb) {
        bool same = a == b;
        return ft_bool(op == FT_EQ ? same : !same);
    }
    return ft_richcompare(ta, tb, op);
}

static ft_obj *wr_repr(ft_obj *self) {
    ft_obj *t = wr_target(self);
    if (!t) return ft_str_from_format("<weakref at %p; dead>", (void *)self);
    ft_obj *name = ft_getattr_opt(t, ft_id(__name__));
    if (!name && ft_err_occurred()) ft_err_clear();
    if (name && ft_str_check(name))
        return ft_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                                  ft_type_name(FT_TYPE(t)), (void *)t, name);
    return ft_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                              ft_type_name(FT_TYPE(t)), (void *)t);
}

static ft_obj *wr_get_callback(ft_obj *self, void *c) {
    return WR(self)->callback ? WR(self)->callback : ft_None;
}

/* types.GenericAlias is the containers area's static type (containers.c). */
extern ft_type ft_generic_alias_type;

static ft_obj *wr_class_getitem(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_call2((ft_obj *)&ft_generic_alias_type, cls, args[0]);
}

static const ft_getset_def wr_getsets[] = {
    {"__callback__", wr_get_callback, NULL, NULL, NULL},
    {NULL}
};
static const ft_method_def wr_methods[] = {
    {"__class_getitem__", wr_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},
    {NULL}
};

ft_type ft_weakref_type = {
    FT_TYPE_HEAD_INIT,
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(ft_weakref),
    .flags = FT_TPF_BASETYPE,
    .new_ = wr_new,
    .init = wr_init,
    .call = wr_call,
    .hash = wr_hash,
    .richcompare = wr_richcompare,
    .repr = wr_repr,
    .getsets = wr_getsets,
    .methods = wr_methods,
};

/* ---- proxies ------------------------------------------------------------------------ */

static ft_obj *px_target(ft_obj *px) {
    ft_obj *t = wr_target(px);
    if (!t) ft_err_set_str(FT_EXC(ReferenceError), "weakly-referenced object no longer exists");
    return t;
}

#define PX_UNARY(fname, expr) \
    static ft_obj *fname(ft_obj *self) { \
        ft_obj *o = px_target(self); \
        if (!o) return NULL; \
        return expr; \
    }
PX_UNARY(px_str, ft_str(o))
PX_UNARY(px_iter, ft_iter(o))
PX_UNARY(px_neg, ft_negative(o))
PX_UNARY(px_pos, ft_positive(o))
PX_UNARY(px_abs, ft_absolute(o))
PX_UNARY(px_invert, ft_invert(o))
PX_UNARY(px_int, ft_number_int(o))
PX_UNARY(px_float, ft_number_float(o))
PX_UNARY(px_index, ft_index(o))

static ft_obj *px_iternext(ft_obj *self) {
    ft_obj *o = px_target(self);
    if (!o) return NULL;
    ft_type *t = FT_TYPE(o);
    if (!t->iternext)
        return ft_err_format(ft_exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                             ft_type_name(t));
    return t->iternext(o);
}

static ft_obj *px_repr(ft_obj *self) {
    ft_obj *t = wr_target(self);
    if (!t) return ft_str_from_format("<weakproxy at %p; dead>", (void *)self);
    return ft_str_from_format("<weakproxy at %p; to '%s' at %p>", (void *)self,
                              ft_type_name(FT_TYPE(t)), (void *)t);
}

static ft_obj *px_getattro(ft_obj *self, ft_obj *name) {
    ft_obj *o = px_target(self);
    if (!o) return NULL;
    return ft_getattr(o, name);
}
static int px_setattro(ft_obj *self, ft_obj *name, ft_obj *value) {
    ft_obj *o = px_target(self);
    if (!o) return -1;
    return ft_setattr(o, name, value);
}
static ft_obj *px_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *o = px_target(self);
    if (!o) return NULL;
    return ft_call(o, args, nargs, kwnames);
}
static ft_obj *px_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (FT_TYPE(a) == &ft_weakproxy_type || FT_TYPE(a) == &ft_weakcallableproxy_type) {
        a = px_target(a);
        if (!a) return NULL;
    }
    if (FT_TYPE(b) == &ft_weakproxy_type || FT_TYPE(b) == &ft_weakcallableproxy_type) {
        b = px_target(b);
        if (!b) return NULL;
    }
    return ft_richcompare(a, b, op);
}
static ft_ssize px_length(ft_obj *self) {
    ft_obj *o = px_target(self);
    if (!o) return -1;
    return ft_len(o);
}
static ft_obj *px_getitem(ft_obj *self, ft_obj *key) {
    ft_obj *o = px_target(self);
    if (!o) return NULL;
    return ft_getitem(o, key);
}
static int px_setitem(ft_obj *self, ft_obj *key, ft_obj *value) {
    ft_obj *o = px_target(self);
    if (!o) return -1;
    return value ? ft_setitem(o, key, value) : ft_delitem(o, key);
}
static int px_contains(ft_obj *self, ft_obj *item) {
    ft_obj *o = px_target(self);
    if (!o) return -1;
    return ft_contains(o, item);
}
static int px_bool(ft_obj *self) {
    ft_obj *o = px_target(self);
    if (!o) return -1;
    return ft_is_true(o);
}

/* Binary operators: unwrap proxies on either side, then the generic op. */
static ft_obj *px_unwrap(ft_obj *o) {
    if (FT_TYPE(o) == &ft_weakproxy_type || FT_TYPE(o) == &ft_weakcallableproxy_type)
        return px_target(o);
    return o;
}
#define PX_BIN(fname, OP) \
    static ft_obj *fname(ft_obj *a, ft_obj *b) { \
        a = px_unwrap(a); if (!a) return NULL; \
        b = px_unwrap(b); if (!b) return NULL; \
        return ft_binary_op(a, b, OP); \
    }
PX_BIN(px_add, FT_BINOP_ADD)
PX_BIN(px_sub, FT_BINOP_SUBTRACT)
PX_BIN(px_mul, FT_BINOP_MULTIPLY)
PX_BIN(px_mod, FT_BINOP_REMAINDER)
PX_BIN(px_floordiv, FT_BINOP_FLOOR_DIVIDE)
PX_BIN(px_truediv, FT_BINOP_TRUE_DIVIDE)
PX_BIN(px_lshift, FT_BINOP_LSHIFT)
PX_BIN(px_rshift, FT_BINOP_RSHIFT)
PX_BIN(px_and, FT_BINOP_AND)
PX_BIN(px_or, FT_BINOP_OR)
PX_BIN(px_xor, FT_BINOP_XOR)
PX_BIN(px_matmul, FT_BINOP_MATMUL)

static int64_t px_hash(ft_obj *self) {
    ft_err_format(ft_exc_TypeError, "unhashable type: '%s'", FT_TYPE(self)->name);
    return -1;
}

static ft_obj *px_bytes(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *o = px_target(self);
    if (!o) return NULL;
    return ft_call1((ft_obj *)&ft_bytes_type, o);
}
static ft_obj *px_reversed(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *o = px_target(self);
    if (!o) return NULL;
    return ft_call1((ft_obj *)&ft_reversed_type, o);
}
static const ft_method_def px_methods[] = {
    {"__bytes__", px_bytes, FT_METH_NOARGS, NULL},
    {"__reversed__", px_reversed, FT_METH_NOARGS, NULL},
    {NULL}
};

#define PROXY_SLOTS \
    .basicsize = sizeof(ft_weakref), \
    .repr = px_repr, .str = px_str, .hash = px_hash, .richcompare = px_richcompare, \
    .getattro = px_getattro, .setattro = px_setattro, .iter = px_iter, .iternext = px_iternext, \
    .length = px_length, .subscript = px_getitem, .ass_subscript = px_setitem, \
    .contains = px_contains, .methods = px_methods, \
    .as_number = { .add = px_add, .subtract = px_sub, .multiply = px_mul, .remainder = px_mod, \
                   .negative = px_neg, .positive = px_pos, .absolute = px_abs, .bool_ = px_bool, \
                   .invert = px_invert, .lshift = px_lshift, .rshift = px_rshift, .and_ = px_and, \
                   .xor_ = px_xor, .or_ = px_or, .int_ = px_int, .float_ = px_float, \
                   .index = px_index, .floor_divide = px_floordiv, .true_divide = px_truediv, \
                   .matrix_multiply = px_matmul }

ft_type ft_weakproxy_type = {
    FT_TYPE_HEAD_INIT,
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};
ft_type ft_weakcallableproxy_type = {
    FT_TYPE_HEAD_INIT,
    .name = "weakref.CallableProxyType",
    .call = px_call,
    PROXY_SLOTS,
};

/* ---- the _weakref module ------------------------------------------------------------ */

static ft_obj *mod_proxy(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("proxy", nargs, kwnames, 1, 2) < 0) return NULL;
    ft_obj *target = args[0];
    ft_type *t = ft_callable(target) ? &ft_weakcallableproxy_type : &ft_weakproxy_type;
    return wr_make(t, target, nargs > 1 ? args[1] : NULL);
}

static ft_obj *mod_getweakrefcount(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ssize n = registry_find(args[0], NULL);
    if (n < 0) return NULL;
    return ft_int_from_i64(n);
}
static ft_obj *mod_getweakrefs(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *list = ft_list_new(0);
    if (!list || registry_find(args[0], list) < 0) return NULL;
    return list;
}

/* _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weakref. */
static ft_obj *mod_remove_dead(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("_remove_dead_weakref", nargs, kwnames, 2, 2) < 0) return NULL;
    ft_obj *d = args[0], *key = args[1];
    if (!ft_dict_check(d))
        return ft_err_format(ft_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                             ft_type_name(FT_TYPE(d)));
    ft_obj *v = ft_dict_get(d, key);
    if (!v) {
        if (ft_err_occurred()) return NULL;
        return ft_None;
    }
    if (is_ref(v) && !wr_target(v)) {
        if (ft_dict_del(d, key) < 0) {
            if (!ft_err_matches((ft_obj *)ft_exc_KeyError)) return NULL;
            ft_err_clear();
        }
    }
    return ft_None;
}

static const ft_method_def weakref_module_methods[] = {
    {"proxy", mod_proxy, FT_METH_VARARGS,
     "Create a proxy object that weakly references 'object'."},
    {"getweakrefcount", mod_getweakrefcount, FT_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", mod_getweakrefs, FT_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", mod_remove_dead, FT_METH_VARARGS,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL}
};

static int weakref_module_exec(ft_obj *m) {
    if (ft_module_add_object(m, "ref", (ft_obj *)&ft_weakref_type) < 0) return -1;
    if (ft_module_add_object(m, "ReferenceType", (ft_obj *)&ft_weakref_type) < 0) return -1;
    if (ft_module_add_object(m, "ProxyType", (ft_obj *)&ft_weakproxy_type) < 0) return -1;
    if (ft_module_add_object(m, "CallableProxyType", (ft_obj *)&ft_weakcallableproxy_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_weakref_module_def = {
    .name = "_weakref",
    .doc = "Weak-reference support module.",
    .methods = weakref_module_methods,
    .exec = weakref_module_exec,
    .gil_safe = true,
};
