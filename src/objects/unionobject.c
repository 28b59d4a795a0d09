/* unionobject.c -- types.UnionType, the result of `X | Y` on types
 * (PEP 604): flattened, de-duplicated __args__, repr "int | str",
 * order-insensitive equality, and isinstance()/issubclass() support
 * (object.c unpacks the args).
 *
 * Invariants: immutable after creation; no locking needed.
 */
#include "core/ftcore.h"
#include "typeobject_internal.h"

#define UN(o) ((ft_unionobj *)(o))

static bool is_generic_alias(ft_obj *o) {
    const char *n = ft_type_of(o)->name;
    return strcmp(n, "types.GenericAlias") == 0 || strcmp(n, "typing.TypeAliasType") == 0;
}

static bool unionable(ft_obj *o) {
    return o == ft_None || ft_type_check(o) || ft_type_of(o) == &ft_union_type || is_generic_alias(o);
}

static int add_arg(ft_obj *list, ft_obj *a) {
    if (a == ft_None) a = (ft_obj *)&ft_none_type;
    if (ft_type_of(a) == &ft_union_type) {
        for (ft_ssize i = 0; i < ft_tuple_size(UN(a)->args); i++)
            if (add_arg(list, ft_tuple_get(UN(a)->args, i)) < 0) return -1;
        return 0;
    }
    for (ft_ssize i = 0; i < ft_list_size(list); i++) {
        ft_obj *x = ft_list_get(list, i);
        if (x == a) return 0;
        if (is_generic_alias(x) && is_generic_alias(a)) {
            int eq = ft_eq(x, a);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    return ft_list_append(list, a);
}

ft_obj *ft_union_or(ft_obj *a, ft_obj *b) {
    if (!unionable(a) || !unionable(b)) return ft_NotImplemented;
    ft_obj *l = ft_list_new(0);
    if (!l || add_arg(l, a) < 0 || add_arg(l, b) < 0) return NULL;
    if (ft_list_size(l) == 1) return ft_list_get(l, 0);
    ft_unionobj *u = (ft_unionobj *)ft_obj_alloc(&ft_union_type, sizeof(ft_unionobj));
    if (!u) return NULL;
    u->args = ft_list_as_tuple(l);
    if (!u->args) return NULL;
    return (ft_obj *)u;
}

static ft_obj *union_or(ft_obj *a, ft_obj *b) { return ft_union_or(a, b); }

static int repr_item(ft_strbuf *b, ft_obj *o) {
    if (o == (ft_obj *)&ft_none_type || o == ft_None) return ft_strbuf_append_cstr(b, "None");
    if (ft_type_check(o) && !is_generic_alias(o)) {
        ft_type *t = (ft_type *)o;
        ft_obj *mod = ft_type_module_name(t);
        if (!mod && ft_err_occurred()) ft_err_clear();
        ft_obj *q = ft_type_qualname(t);
        if (!q) return -1;
        if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins")) {
            if (ft_strbuf_append_str(b, mod) < 0 || ft_strbuf_append_cstr(b, ".") < 0) return -1;
        }
        return ft_strbuf_append_str(b, q);
    }
    ft_obj *r = ft_repr(o);
    if (!r) return -1;
    return ft_strbuf_append_str(b, r);
}

static ft_obj *union_repr(ft_obj *self) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_obj *args = UN(self)->args;
    for (ft_ssize i = 0; i < ft_tuple_size(args); i++) {
        if (i && ft_strbuf_append_cstr(&b, " | ") < 0) return NULL;
        if (repr_item(&b, ft_tuple_get(args, i)) < 0) return NULL;
    }
    return ft_strbuf_finish(&b);
}

static ft_obj *union_richcompare(ft_obj *a, ft_obj *b, int op) {
    if ((op != FT_EQ && op != FT_NE) || ft_type_of(b) != &ft_union_type) return ft_NotImplemented;
    ft_obj *sa = ft_frozenset_new(UN(a)->args), *sb = sa ? ft_frozenset_new(UN(b)->args) : NULL;
    if (!sb) return NULL;
    return ft_richcompare(sa, sb, op);
}

static int64_t union_hash(ft_obj *self) {
    ft_obj *s = ft_frozenset_new(UN(self)->args);
    if (!s) return -1;
    return ft_hash(s);
}

static ft_obj *union_get_args(ft_obj *s, void *c) { return UN(s)->args; }
static ft_obj *union_get_params(ft_obj *s, void *c) { return ft_empty_tuple; }

static ft_obj *union_instancecheck(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = ft_isinstance(args[0], UN(self)->args);
    return r < 0 ? NULL : ft_bool(r);
}
static ft_obj *union_subclasscheck(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = ft_issubclass(args[0], UN(self)->args);
    return r < 0 ? NULL : ft_bool(r);
}

static const ft_method_def union_methods[] = {
    {"__instancecheck__", union_instancecheck, FT_METH_O, NULL},
    {"__subclasscheck__", union_subclasscheck, FT_METH_O, NULL},
    {NULL}
};

static const ft_getset_def union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL, NULL},
    {"__parameters__", union_get_params, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_union_type = {
    FT_TYPE_HEAD_INIT,
    .name = "types.UnionType",
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .basicsize = sizeof(ft_unionobj),
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .as_number = { .or_ = union_or },
    .methods = union_methods,
    .getsets = union_getsets,
};

int ft_union_init(void) { return ft_type_ready(&ft_union_type); }
