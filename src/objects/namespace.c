/* namespace.c -- types.SimpleNamespace.
 *
 * An object whose attributes live in its __dict__ (the `dict` field, found
 * through dictoffset by the generic attribute code). The dict has its own
 * lock; the namespace object has no other mutable state.
 *
 * repr() of a namespace that contains itself prints "namespace(...)"; the
 * recursion guard is a per-thread list of the namespaces being repr'd.
 */
#include "core/ftcore.h"

typedef struct ft_namespace { ft_obj ob; ft_obj *dict; } ft_namespace;
#define NS(o) ((ft_namespace *)(o))

static ft_obj *ns_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *o = (type->flags & FT_TPF_HEAPTYPE) ? ft_type_generic_alloc(type, 0)
                                                : ft_obj_alloc(type, sizeof(ft_namespace));
    if (!o) return NULL;
    NS(o)->dict = ft_dict_new();
    if (!NS(o)->dict) return NULL;
    return o;
}

static int ns_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs > 1) {
        ft_err_format(ft_exc_TypeError, "%s expected at most 1 argument, got %zu",
                      ft_type_name(FT_TYPE(self)), nargs);
        return -1;
    }
    ft_obj *d = NS(self)->dict;
    if (nargs == 1) {
        /* dict(arg): a mapping or an iterable of pairs. */
        ft_obj *tmp = ft_call1((ft_obj *)&ft_dict_type, args[0]);
        if (!tmp) return -1;
        ft_ssize pos = 0;
        ft_obj *k, *v;
        while (ft_dict_next(tmp, &pos, &k, &v)) {
            if (!ft_str_check(k)) {
                ft_err_set_str(ft_exc_TypeError, "keywords must be strings");
                return -1;
            }
            if (ft_dict_set(d, k, v) < 0) return -1;
        }
    }
    ft_ssize nk = kwnames ? ft_tuple_size(kwnames) : 0;
    for (ft_ssize i = 0; i < nk; i++)
        if (ft_dict_set(d, ft_tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) return -1;
    return 0;
}

#define REPR_STACK 64
static _Thread_local ft_obj *repr_stack[REPR_STACK];
static _Thread_local int repr_depth;

static ft_obj *ns_repr(ft_obj *self) {
    const char *name = FT_TYPE(self) == &ft_simplenamespace_type ? "namespace"
                                                                 : ft_type_name(FT_TYPE(self));
    for (int i = 0; i < repr_depth && i < REPR_STACK; i++)
        if (repr_stack[i] == self) return ft_str_from_format("%s(...)", name);
    if (ft_check_c_stack("namespace repr") < 0) return NULL;
    if (repr_depth < REPR_STACK) repr_stack[repr_depth] = self;
    repr_depth++;
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_obj *result = NULL;
    if (ft_strbuf_append_cstr(&b, name) < 0 || ft_strbuf_append_cstr(&b, "(") < 0) goto out;
    ft_obj *items = ft_dict_items_list(NS(self)->dict);
    if (!items) goto out;
    ft_ssize n = ft_list_size(items);
    bool first = true;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *kv = ft_list_get(items, i);
        if (!kv) goto out;
        ft_obj *k = ft_tuple_get(kv, 0), *v = ft_tuple_get(kv, 1);
        if (!ft_str_check(k)) continue;
        ft_obj *vr = ft_repr(v);
        if (!vr) goto out;
        if (!first && ft_strbuf_append_cstr(&b, ", ") < 0) goto out;
        first = false;
        if (ft_strbuf_append_str(&b, k) < 0 || ft_strbuf_append_cstr(&b, "=") < 0 ||
            ft_strbuf_append_str(&b, vr) < 0)
            goto out;
    }
    if (ft_strbuf_append_cstr(&b, ")") < 0) goto out;
    result = ft_strbuf_finish(&b);
out:
    repr_depth--;
    if (repr_depth < REPR_STACK) repr_stack[repr_depth] = NULL;
    return result;
}

static ft_obj *ns_richcompare(ft_obj *a, ft_obj *b, int op) {
    if ((op != FT_EQ && op != FT_NE) ||
        !ft_type_is_subtype(FT_TYPE(a), &ft_simplenamespace_type) ||
        !ft_type_is_subtype(FT_TYPE(b), &ft_simplenamespace_type))
        return ft_NotImplemented;
    return ft_richcompare(NS(a)->dict, NS(b)->dict, op);
}

static ft_obj *ns_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_tuple_pack(3, (ft_obj *)FT_TYPE(self), ft_empty_tuple, NS(self)->dict);
}

static ft_obj *ns_replace(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs) return ft_err_format(ft_exc_TypeError, "__replace__() takes no positional arguments");
    ft_obj *r = ft_call0((ft_obj *)FT_TYPE(self));
    if (!r) return NULL;
    if (ft_dict_update(NS(r)->dict, NS(self)->dict) < 0) return NULL;
    ft_ssize nk = kwnames ? ft_tuple_size(kwnames) : 0;
    for (ft_ssize i = 0; i < nk; i++)
        if (ft_dict_set(NS(r)->dict, ft_tuple_get(kwnames, i), args[i]) < 0) return NULL;
    return r;
}

static ft_obj *ns_get_dict(ft_obj *self, void *c) { return NS(self)->dict; }

static const ft_method_def ns_methods[] = {
    {"__reduce__", ns_reduce, FT_METH_NOARGS, "Return state information for pickling"},
    {"__replace__", ns_replace, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Return a copy of the namespace object with new values for the specified attributes."},
    {NULL}
};
static const ft_getset_def ns_getsets[] = {
    {"__dict__", ns_get_dict, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_simplenamespace_type = {
    FT_TYPE_HEAD_INIT,
    .name = "types.SimpleNamespace",
    .doc = "A simple attribute-based namespace.",
    .basicsize = sizeof(ft_namespace),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(ft_namespace, dict),
    .new_ = ns_new,
    .init = ns_init,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .getattro = ft_obj_generic_getattr,
    .setattro = ft_obj_generic_setattr,
    .methods = ns_methods,
    .getsets = ns_getsets,
};

/* objects.h also names the type ft_namespace_type. */
extern ft_type ft_namespace_type __attribute__((alias("ft_simplenamespace_type")));
