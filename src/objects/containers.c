/* containers.c -- helpers shared by the container types and their start-up.
 *
 * Holds the repr recursion guard (per thread, no locking: each thread has its
 * own stack of objects whose repr is in progress; the pointers are only
 * compared, and the objects are kept alive by the repr callers' frames),
 * index/slice argument helpers and ft_containers_init().
 */
#include "core/ftcore.h"
#include "objects/containers.h"
#include <stdlib.h>

/* The first REPR_INLINE entries live in thread-local storage; deeper
 * nesting spills to a malloc()ed array that is freed as soon as the stack
 * shrinks back, so exiting threads leak nothing. */
#define REPR_INLINE 32
static _Thread_local ft_obj *repr_inline[REPR_INLINE];
static _Thread_local ft_obj **repr_heap;
static _Thread_local size_t repr_len, repr_cap;

static inline ft_obj **repr_slot(size_t i) {
    return i < REPR_INLINE ? &repr_inline[i] : &repr_heap[i - REPR_INLINE];
}

int ft_repr_enter(ft_obj *o) {
    for (size_t i = 0; i < repr_len; i++)
        if (*repr_slot(i) == o) return 1;
    if (repr_len >= REPR_INLINE && repr_len - REPR_INLINE == repr_cap) {
        size_t ncap = repr_cap ? repr_cap * 2 : 64;
        ft_obj **n = realloc(repr_heap, ncap * sizeof(ft_obj *));
        if (!n) { ft_err_no_memory(); return -1; }
        repr_heap = n;
        repr_cap = ncap;
    }
    *repr_slot(repr_len++) = o;
    return 0;
}

void ft_repr_leave(ft_obj *o) {
    for (size_t i = repr_len; i > 0; i--) {
        if (*repr_slot(i - 1) == o) {
            for (size_t j = i; j < repr_len; j++) *repr_slot(j - 1) = *repr_slot(j);
            repr_len--;
            break;
        }
    }
    if (repr_len <= REPR_INLINE && repr_heap) {
        free(repr_heap);
        repr_heap = NULL;
        repr_cap = 0;
    }
}

ft_obj *ft_iter_self(ft_obj *o) { return o; }

bool ft_other_may_handle(ft_obj *other, const char *rname) {
    ft_type *t = FT_TYPE(other);
    if (!(t->flags & FT_TPF_HEAPTYPE)) return false;
    return ft_type_lookup_cstr(t, rname) != NULL;
}

int64_t ft_containers_hash(ft_obj *o) {
    if (ft_str_check_exact(o)) return ft_str_hash(o);
    return ft_hash(o);
}

int ft_seq_index_key(ft_obj *key, const char *tname, ft_ssize *out) {
    if (ft_is_smallint(key)) { *out = (ft_ssize)ft_smallint_value(key); return 0; }
    if (!ft_has_index(key)) {
        ft_err_format(ft_exc_TypeError, "%s indices must be integers or slices, not %T", tname, key);
        return -1;
    }
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred()) return -1;
    *out = i;
    return 0;
}

int ft_clamped_index_arg(ft_obj *o, ft_ssize *out) {
    if (ft_is_smallint(o)) { *out = (ft_ssize)ft_smallint_value(o); return 0; }
    if (!ft_has_index(o)) {
        ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    ft_ssize i = ft_index_as_ssize(o, NULL);
    if (i == -1 && ft_err_occurred()) return -1;
    *out = i;
    return 0;
}

/* ---- types.GenericAlias (PEP 585: list[int]) ---------------------------------
 * Immutable after creation: origin and args (a tuple) never change, so no
 * locking. Attribute reads fall back to the origin (list[int].append). */
typedef struct { ft_obj ob; ft_obj *origin, *args, *parameters; } galias;
extern ft_type ft_generic_alias_type;

static bool is_type_obj(ft_obj *o) {
    return !ft_is_smallint(o) && (o->ob_type == &ft_type_type || (o->ob_type->flags & FT_TPF_TYPE_SUBCLASS));
}

ft_obj *ft_generic_alias_new(ft_obj *origin, ft_obj *args) {
    if (!ft_tuple_check(args)) {
        args = ft_tuple_pack(1, args);
        if (!args) return NULL;
    }
    galias *g = (galias *)ft_obj_alloc(&ft_generic_alias_type, sizeof(galias));
    if (!g) return NULL;
    g->origin = origin;
    g->args = args;
    g->parameters = ft_empty_tuple;
    return (ft_obj *)g;
}

ft_obj *ft_containers_class_getitem(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_generic_alias_new(cls, args[0]);
}

static int ga_repr_item(ft_strbuf *b, ft_obj *p) {
    if (p == ft_Ellipsis) return ft_strbuf_append_cstr(b, "...");
    if (is_type_obj(p) && FT_TYPE(p) != &ft_generic_alias_type) {
        ft_obj *mod = ft_type_module_name((ft_type *)p);
        ft_obj *qual = ft_type_qualname((ft_type *)p);
        if (!qual) return -1;
        if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins")) {
            if (ft_strbuf_append_str(b, mod) < 0 || ft_strbuf_append(b, ".", 1) < 0) return -1;
        }
        return ft_strbuf_append_str(b, qual);
    }
    ft_obj *r = ft_repr(p);
    if (!r) return -1;
    return ft_strbuf_append_str(b, r);
}

static ft_obj *ga_repr(ft_obj *self) {
    galias *g = (galias *)self;
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (ga_repr_item(&b, g->origin) < 0 || ft_strbuf_append(&b, "[", 1) < 0) return NULL;
    ft_ssize n = ft_tuple_size(g->args);
    if (n == 0 && ft_strbuf_append_cstr(&b, "()") < 0) return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        if (i && ft_strbuf_append(&b, ", ", 2) < 0) return NULL;
        ft_obj *a = ft_tuple_get(g->args, i);
        if (ft_list_check(a)) {  /* Callable[[int], str] style argument lists */
            ft_obj *t = ft_list_snapshot(a);
            if (!t || ft_strbuf_append(&b, "[", 1) < 0) return NULL;
            for (ft_ssize j = 0; j < ft_tuple_size(t); j++) {
                if (j && ft_strbuf_append(&b, ", ", 2) < 0) return NULL;
                if (ga_repr_item(&b, ft_tuple_get(t, j)) < 0) return NULL;
            }
            if (ft_strbuf_append(&b, "]", 1) < 0) return NULL;
        } else if (ga_repr_item(&b, a) < 0) {
            return NULL;
        }
    }
    if (ft_strbuf_append(&b, "]", 1) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

static ft_obj *ga_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    galias *g = (galias *)self;
    ft_obj *r = ft_call(g->origin, args, nargs, kwnames);
    if (!r) return NULL;
    if (ft_setattr_cstr(r, "__orig_class__", self) < 0) {
        if (!ft_err_matches((ft_obj *)ft_exc_AttributeError) && !ft_err_matches((ft_obj *)ft_exc_TypeError))
            return NULL;
        ft_err_clear();
    }
    return r;
}

static ft_obj *ga_getattro(ft_obj *self, ft_obj *name) {
    ft_obj *r = ft_obj_generic_getattr(self, name);
    if (r || !ft_err_matches((ft_obj *)ft_exc_AttributeError)) return r;
    const char *s = ft_str_utf8(name);
    if (s[0] == '_' && s[1] == '_') return NULL;  /* dunders are not forwarded */
    ft_err_clear();
    return ft_getattr(((galias *)self)->origin, name);
}

static ft_obj *ga_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (FT_TYPE(a) != &ft_generic_alias_type || FT_TYPE(b) != &ft_generic_alias_type || (op != FT_EQ && op != FT_NE))
        return ft_NotImplemented;
    galias *x = (galias *)a, *y = (galias *)b;
    int eq = ft_richcompare_bool(x->origin, y->origin, FT_EQ);
    if (eq > 0) eq = ft_richcompare_bool(x->args, y->args, FT_EQ);
    if (eq < 0) return NULL;
    return ft_bool(op == FT_EQ ? eq : !eq);
}

static int64_t ga_hash(ft_obj *self) {
    galias *g = (galias *)self;
    int64_t h0 = ft_hash(g->origin);
    if (h0 == -1) return -1;
    int64_t h1 = ft_hash(g->args);
    if (h1 == -1) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static ft_obj *ga_or(ft_obj *a, ft_obj *b) {
    extern ft_obj *ft_union_or(ft_obj *a, ft_obj *b);
    return ft_union_or(a, b);
}

static ft_obj *ga_mro_entries(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_tuple_pack(1, ((galias *)self)->origin);
}

static ft_obj *ga_instancecheck(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_err_format(ft_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static ft_obj *ga_subclasscheck(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_err_format(ft_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static ft_obj *ga_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    galias *g = (galias *)self;
    ft_obj *a = ft_tuple_pack(2, g->origin, g->args);
    if (!a) return NULL;
    return ft_tuple_pack(2, (ft_obj *)&ft_generic_alias_type, a);
}

static ft_obj *ga_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0)
        return ft_err_format(ft_exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return ft_err_format(ft_exc_TypeError, "GenericAlias expected 2 arguments, got %zd", (ft_ssize)nargs);
    return ft_generic_alias_new(args[0], args[1]);
}

static const ft_member_def ga_members[] = {
    {"__origin__", FT_MEMBER_OBJECT, offsetof(galias, origin), FT_MEMBER_READONLY, NULL},
    {"__args__", FT_MEMBER_OBJECT, offsetof(galias, args), FT_MEMBER_READONLY, NULL},
    {"__parameters__", FT_MEMBER_OBJECT, offsetof(galias, parameters), FT_MEMBER_READONLY, NULL},
    {NULL}
};

static const ft_method_def ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, FT_METH_O, NULL},
    {"__instancecheck__", ga_instancecheck, FT_METH_O, NULL},
    {"__subclasscheck__", ga_subclasscheck, FT_METH_O, NULL},
    {"__reduce__", ga_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_generic_alias_type = {
    FT_TYPE_HEAD_INIT,
    .name = "types.GenericAlias",
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .basicsize = sizeof(galias),
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .call = ga_call,
    .getattro = ga_getattro,
    .new_ = ga_tp_new,
    .as_number = { .or_ = ga_or },
    .methods = ga_methods,
    .members = ga_members,
};

int ft_containers_init(void) {
    if (ft_tuple_types_init() < 0) return -1;
    if (ft_list_types_init() < 0) return -1;
    if (ft_dict_types_init() < 0) return -1;
    if (ft_set_types_init() < 0) return -1;
    if (ft_range_types_init() < 0) return -1;
    if (ft_slice_types_init() < 0) return -1;
    if (ft_iter_types_init() < 0) return -1;
    if (ft_type_ready(&ft_generic_alias_type) < 0) return -1;
    return 0;
}
