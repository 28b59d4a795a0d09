/* builtinfunc.c -- C-implemented callables: builtin functions / bound
 * builtin methods (ft_builtin_function_type), method descriptors of
 * builtin types (ft_method_descr_type) and classmethod descriptors
 * (ft_classmethod_descr_type).
 *
 * All three share the ft_builtin layout (objects.h) and are immutable
 * after creation, so they need no locking. The arity checks implied by
 * FT_METH_NOARGS / FT_METH_O / the absence of FT_METH_KEYWORDS are done
 * here, with CPython's messages, before the C function runs.
 */
#include <stdio.h>
#include "core/ftcore.h"
#include "vm/frame.h"

#define BF(o) ((ft_builtin *)(o))

ft_obj *ft_builtin_new(const ft_method_def *def, ft_obj *self, ft_obj *module) {
    if (!def) {
        ft_err_bad_internal_call("ft_builtin_new");
        return NULL;
    }
    ft_builtin *b = (ft_builtin *)ft_obj_alloc(&ft_builtin_function_type, sizeof(ft_builtin));
    if (!b)
        return NULL;
    b->def = def;
    b->self = self;
    b->module = module;
    return (ft_obj *)b;
}

ft_obj *ft_method_descr_new(ft_type *owner, const ft_method_def *def) {
    if (!def || !owner) {
        ft_err_bad_internal_call("ft_method_descr_new");
        return NULL;
    }
    ft_type *tp = &ft_method_descr_type;
    if (def->flags & FT_METH_CLASS)
        tp = &ft_classmethod_descr_type;
    else if (def->flags & FT_METH_STATIC)
        tp = &ft_builtin_function_type;
    ft_builtin *b = (ft_builtin *)ft_obj_alloc(tp, sizeof(ft_builtin));
    if (!b)
        return NULL;
    b->def = def;
    b->owner = (ft_obj *)owner;
    return (ft_obj *)b;
}

static bool self_is_module(ft_obj *self) {
    return !self || FT_TYPE(self) == &ft_module_type;
}

/* "len", "list.append", "dict.fromkeys" */
const char *ft_builtin_qualname(ft_obj *o, char *buf, size_t n) {
    ft_builtin *b = BF(o);
    const char *owner = NULL;
    if (b->owner)
        owner = ft_type_name((ft_type *)b->owner);
    else if (!self_is_module(b->self)) {
        if (ft_type_is_subtype(FT_TYPE(b->self), &ft_type_type))
            owner = ft_type_name((ft_type *)b->self);
        else
            owner = ft_type_name(FT_TYPE(b->self));
    }
    if (owner)
        snprintf(buf, n, "%s.%s", owner, b->def->name);
    else
        snprintf(buf, n, "%s", b->def->name);
    return buf;
}

/* CPython's _PyObject_FunctionStr for builtins: "len", "sys.displayhook",
 * "list.append" (the module prefix only for functions of modules other
 * than builtins). */
const char *ft_builtin_funcstr(ft_obj *callable, char *buf, size_t n) {
    ft_builtin *b = BF(callable);
    ft_obj *mod = b->module;
    if (!mod && b->self && FT_TYPE(b->self) == &ft_module_type)
        mod = ((ft_module *)b->self)->name;
    char q[200];
    ft_builtin_qualname(callable, q, sizeof q);
    if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins") && !b->owner)
        snprintf(buf, n, "%s.%s", ft_str_utf8(mod), q);
    else
        snprintf(buf, n, "%s", q);
    return buf;
}

static int check_arity(ft_obj *callable, int flags, size_t nargs, ft_obj *kwnames) {
    char buf[256];
#define ft_builtin_qualname(c, b, n) ft_builtin_funcstr((c), (b), (n))
    if (!(flags & FT_METH_KEYWORDS) && kwnames && ft_tuple_size(kwnames) > 0) {
        ft_err_format(ft_exc_TypeError, "%s() takes no keyword arguments",
                      ft_builtin_qualname(callable, buf, sizeof buf));
        return -1;
    }
    if ((flags & FT_METH_NOARGS) && nargs != 0) {
        ft_err_format(ft_exc_TypeError, "%s() takes no arguments (%zd given)",
                      ft_builtin_qualname(callable, buf, sizeof buf), (ft_ssize)nargs);
        return -1;
    }
    if ((flags & FT_METH_O) && nargs != 1) {
        ft_err_format(ft_exc_TypeError, "%s() takes exactly one argument (%zd given)",
                      ft_builtin_qualname(callable, buf, sizeof buf), (ft_ssize)nargs);
        return -1;
    }
    return 0;
#undef ft_builtin_qualname
}

static ft_obj *builtin_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_builtin *b = BF(callable);
    if (check_arity(callable, b->def->flags, nargs, kwnames) < 0)
        return NULL;
    ft_obj *self = b->self;
    if (!self && (b->def->flags & FT_METH_CLASS) && b->owner)
        self = b->owner;
    return b->def->fn(self, args, nargs, (kwnames && ft_tuple_size(kwnames)) ? kwnames : NULL);
}

static ft_obj *builtin_repr(ft_obj *self) {
    ft_builtin *b = BF(self);
    if (self_is_module(b->self))
        return ft_str_from_format("<built-in function %s>", b->def->name);
    return ft_str_from_format("<built-in method %s of %s object at %p>", b->def->name,
                              ft_type_name(FT_TYPE(b->self)), (void *)b->self);
}

static ft_obj *builtin_richcompare(ft_obj *a, ft_obj *b, int op) {
    if ((op != FT_EQ && op != FT_NE) || FT_TYPE(b) != FT_TYPE(a))
        return ft_NotImplemented;
    bool eq = BF(a)->def == BF(b)->def && BF(a)->self == BF(b)->self;
    return ft_bool(op == FT_EQ ? eq : !eq);
}

static int64_t builtin_hash(ft_obj *self) {
    uint64_t h = (uint64_t)(uintptr_t)BF(self)->def >> 3;
    h ^= (uint64_t)(uintptr_t)BF(self)->self * 1000003u;
    int64_t r = (int64_t)(h & 0x3fffffffffffffffull);
    return r == -1 ? -2 : r;
}

static ft_obj *builtin_get_name(ft_obj *s, void *c) { return ft_str_from_cstr(BF(s)->def->name); }
static ft_obj *builtin_get_qualname(ft_obj *s, void *c) {
    char buf[256];
    return ft_str_from_cstr(ft_builtin_qualname(s, buf, sizeof buf));
}
static ft_obj *builtin_get_doc(ft_obj *s, void *c) {
    const char *d = BF(s)->def->doc;
    return d ? ft_str_from_cstr(d) : ft_None;
}
static ft_obj *builtin_get_self(ft_obj *s, void *c) {
    ft_builtin *b = BF(s);
    if (b->self)
        return b->self;
    if (b->owner && (b->def->flags & FT_METH_CLASS))
        return b->owner;
    return ft_None;
}
static ft_obj *builtin_get_module(ft_obj *s, void *c) {
    ft_builtin *b = BF(s);
    if (b->module)
        return b->module;
    if (b->self && FT_TYPE(b->self) == &ft_module_type) {
        ft_obj *n = ft_getattr_opt(b->self, ft_id(__name__));
        if (n)
            return n;
        if (ft_err_occurred())
            return NULL;
    }
    return ft_None;
}
static ft_obj *builtin_get_text_signature(ft_obj *s, void *c) { return ft_None; }
static ft_obj *descr_get_objclass(ft_obj *s, void *c) { return BF(s)->owner ? BF(s)->owner : ft_None; }

static ft_obj *builtin_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_builtin *b = BF(self);
    if (self_is_module(b->self))
        return ft_str_from_cstr(b->def->name);
    ft_obj *getattr_fn = ft_dict_get_cstr(ft_interp_current()->builtins, "getattr");
    if (!getattr_fn) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_RuntimeError, "getattr not found");
        return NULL;
    }
    ft_obj *name = ft_str_from_cstr(b->def->name);
    ft_obj *inner = name ? ft_tuple_pack(2, b->self, name) : NULL;
    return inner ? ft_tuple_pack(2, getattr_fn, inner) : NULL;
}

static const ft_getset_def builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL, NULL, NULL},
    {NULL}
};

static const ft_method_def builtin_methods[] = {
    {"__reduce__", builtin_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_builtin_function_type = {
    FT_TYPE_HEAD_INIT,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(ft_builtin),
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_richcompare,
    .call = builtin_call,
    .getsets = builtin_getsets,
    .methods = builtin_methods,
};

/* ---- method descriptors -------------------------------------------------------- */

static int descr_check_self(ft_obj *descr, ft_obj *obj) {
    ft_builtin *b = BF(descr);
    ft_type *owner = (ft_type *)b->owner;
    if (!ft_type_is_subtype(FT_TYPE(obj), owner)) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      b->def->name, ft_type_name(owner), ft_type_name(FT_TYPE(obj)));
        return -1;
    }
    return 0;
}

static ft_obj *method_descr_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_builtin *b = BF(callable);
    if (nargs < 1) {
        ft_err_format(ft_exc_TypeError, "unbound method %s.%s() needs an argument",
                      ft_type_name((ft_type *)b->owner), b->def->name);
        return NULL;
    }
    if (descr_check_self(callable, args[0]) < 0)
        return NULL;
    if (check_arity(callable, b->def->flags, nargs - 1, kwnames) < 0)
        return NULL;
    return b->def->fn(args[0], args + 1, nargs - 1, (kwnames && ft_tuple_size(kwnames)) ? kwnames : NULL);
}

static ft_obj *method_descr_get(ft_obj *descr, ft_obj *obj, ft_obj *type) {
    if (!obj)
        return descr;
    if (descr_check_self(descr, obj) < 0)
        return NULL;
    ft_builtin *nb = (ft_builtin *)ft_builtin_new(BF(descr)->def, obj, NULL);
    if (!nb)
        return NULL;
    nb->owner = BF(descr)->owner;
    return (ft_obj *)nb;
}

static ft_obj *method_descr_repr(ft_obj *self) {
    return ft_str_from_format("<method '%s' of '%s' objects>", BF(self)->def->name,
                              ft_type_name((ft_type *)BF(self)->owner));
}

static const ft_getset_def descr_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_method_descr_type = {
    FT_TYPE_HEAD_INIT,
    .name = "method_descriptor",
    .basicsize = sizeof(ft_builtin),
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = descr_getsets,
};

/* ---- classmethod descriptors ---------------------------------------------------- */

static ft_obj *classmethod_descr_get(ft_obj *descr, ft_obj *obj, ft_obj *type) {
    ft_builtin *b = BF(descr);
    ft_type *owner = (ft_type *)b->owner;
    if (!type || type == ft_None) {
        if (!obj) {
            ft_err_format(ft_exc_TypeError, "descriptor '%s' for type '%s' needs either an object or a type",
                          b->def->name, ft_type_name(owner));
            return NULL;
        }
        type = (ft_obj *)FT_TYPE(obj);
    }
    if (!ft_type_is_subtype(FT_TYPE(type), &ft_type_type)) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                      b->def->name, ft_type_name(owner), ft_type_name(FT_TYPE(type)));
        return NULL;
    }
    if (!ft_type_is_subtype((ft_type *)type, owner)) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                      b->def->name, ft_type_name(owner), ft_type_name((ft_type *)type));
        return NULL;
    }
    ft_builtin *nb = (ft_builtin *)ft_builtin_new(b->def, type, NULL);
    if (!nb)
        return NULL;
    nb->owner = b->owner;
    return (ft_obj *)nb;
}

static ft_obj *classmethod_descr_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_builtin *b = BF(callable);
    ft_type *owner = (ft_type *)b->owner;
    if (nargs < 1) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                      b->def->name, ft_type_name(owner));
        return NULL;
    }
    ft_obj *t = args[0];
    if (!ft_type_is_subtype(FT_TYPE(t), &ft_type_type)) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' requires a type but received a '%s'",
                      b->def->name, ft_type_name(FT_TYPE(t)));
        return NULL;
    }
    if (!ft_type_is_subtype((ft_type *)t, owner)) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                      b->def->name, ft_type_name(owner), ft_type_name((ft_type *)t));
        return NULL;
    }
    if (check_arity(callable, b->def->flags, nargs - 1, kwnames) < 0)
        return NULL;
    return b->def->fn(t, args + 1, nargs - 1, (kwnames && ft_tuple_size(kwnames)) ? kwnames : NULL);
}

ft_type ft_classmethod_descr_type = {
    FT_TYPE_HEAD_INIT,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(ft_builtin),
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = descr_getsets,
};
