/* descr.c -- descriptor types: slot wrappers ("wrapper_descriptor") and
 * their bound form ("method-wrapper"), member and getset descriptors,
 * property, staticmethod, classmethod, and mappingproxy (type.__dict__).
 *
 * Invariants / locking: descriptors are immutable after creation except
 * property (whose fields are written only by __init__, before the object
 * is shared in practice; each field is a single pointer store) and the
 * instance dicts of staticmethod/classmethod (dicts have their own lock).
 * Member descriptors read and write one pointer-sized field of an instance
 * with atomic loads/stores, so concurrent slot access is race-free.
 */
#include "core/ftcore.h"
#include "typeobject_internal.h"

static const char *objname(ft_obj *o) { return FT_TPNAME(ft_type_of(o)); }

static int descr_check(ft_type *owner, const char *name, ft_obj *obj) {
    if (!ft_type_is_subtype(ft_type_of(obj), owner)) {
        ft_err_format(ft_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                      FT_TPNAME(owner), objname(obj));
        return -1;
    }
    return 0;
}

/* ---- wrapper_descriptor --------------------------------------------- */

#define WD(o) ((ft_wrapperdescr *)(o))

ft_obj *ft_wrapperdescr_new(ft_type *owner, const ft_slotdef *sd, void *wrapped) {
    ft_wrapperdescr *d = (ft_wrapperdescr *)ft_obj_alloc(&ft_wrapper_descr_type, sizeof(ft_wrapperdescr));
    if (!d) return NULL;
    d->owner = owner;
    d->sd = sd;
    d->wrapped = wrapped;
    return (ft_obj *)d;
}

static ft_obj *wd_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!obj) return self;
    if (descr_check(WD(self)->owner, WD(self)->sd->name, obj) < 0) return NULL;
    ft_methodwrapper *m = (ft_methodwrapper *)ft_obj_alloc(&ft_method_wrapper_type, sizeof(ft_methodwrapper));
    if (!m) return NULL;
    m->descr = WD(self);
    m->self = obj;
    return (ft_obj *)m;
}

static ft_obj *wd_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_wrapperdescr *d = WD(self);
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->sd->name,
                             FT_TPNAME(d->owner));
    if (!ft_type_is_subtype(ft_type_of(args[0]), d->owner))
        return ft_err_format(ft_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                             d->sd->name, FT_TPNAME(d->owner), objname(args[0]));
    return d->sd->wrapper(args[0], args + 1, nargs - 1, kwnames, d->wrapped, d->sd->extra);
}

static ft_obj *wd_repr(ft_obj *self) {
    return ft_str_from_format("<slot wrapper '%s' of '%s' objects>", WD(self)->sd->name, FT_TPNAME(WD(self)->owner));
}

static ft_obj *wd_get_name(ft_obj *s, void *c) { return WD(s)->sd->name_obj; }
static ft_obj *wd_get_qualname(ft_obj *s, void *c) {
    ft_obj *q = ft_type_qualname(WD(s)->owner);
    if (!q) return NULL;
    return ft_str_from_format("%U.%s", q, WD(s)->sd->name);
}
static ft_obj *wd_get_objclass(ft_obj *s, void *c) { return (ft_obj *)WD(s)->owner; }
static ft_obj *wd_get_doc(ft_obj *s, void *c) {
    const char *d = WD(s)->sd->doc;
    return d ? ft_str_from_cstr(d) : ft_None;
}
static ft_obj *get_none(ft_obj *s, void *c) { return ft_None; }

static const ft_getset_def wd_getsets[] = {
    {"__name__", wd_get_name, NULL, NULL, NULL},
    {"__qualname__", wd_get_qualname, NULL, NULL, NULL},
    {"__objclass__", wd_get_objclass, NULL, NULL, NULL},
    {"__doc__", wd_get_doc, NULL, NULL, NULL},
    {"__text_signature__", get_none, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_wrapper_descr_type = {
    FT_TYPE_HEAD_INIT,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(ft_wrapperdescr),
    .descr_get = wd_get,
    .call = wd_call,
    .repr = wd_repr,
    .getsets = wd_getsets,
};

/* ---- method-wrapper -------------------------------------------------- */

#define MW(o) ((ft_methodwrapper *)(o))

static ft_obj *mw_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_methodwrapper *m = MW(self);
    return m->descr->sd->wrapper(m->self, args, nargs, kwnames, m->descr->wrapped, m->descr->sd->extra);
}
static ft_obj *mw_repr(ft_obj *self) {
    return ft_str_from_format("<method-wrapper '%s' of %s object at %p>", MW(self)->descr->sd->name,
                              objname(MW(self)->self), (void *)MW(self)->self);
}
static ft_obj *mw_richcompare(ft_obj *a, ft_obj *b, int op) {
    if ((op != FT_EQ && op != FT_NE) || ft_type_of(b) != &ft_method_wrapper_type) return ft_NotImplemented;
    bool eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return ft_bool(op == FT_EQ ? eq : !eq);
}
static int64_t mw_hash(ft_obj *self) {
    int64_t h = ft_object_hash(MW(self)->self) ^ ft_object_hash((ft_obj *)MW(self)->descr);
    return h == -1 ? -2 : h;
}
static ft_obj *mw_get_self(ft_obj *s, void *c) { return MW(s)->self; }
static ft_obj *mw_get_name(ft_obj *s, void *c) { return MW(s)->descr->sd->name_obj; }
static ft_obj *mw_get_qualname(ft_obj *s, void *c) { return wd_get_qualname((ft_obj *)MW(s)->descr, c); }
static ft_obj *mw_get_objclass(ft_obj *s, void *c) { return (ft_obj *)MW(s)->descr->owner; }
static ft_obj *mw_get_doc(ft_obj *s, void *c) { return wd_get_doc((ft_obj *)MW(s)->descr, c); }

static const ft_getset_def mw_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {"__doc__", mw_get_doc, NULL, NULL, NULL},
    {"__text_signature__", get_none, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_method_wrapper_type = {
    FT_TYPE_HEAD_INIT,
    .name = "method-wrapper",
    .basicsize = sizeof(ft_methodwrapper),
    .call = mw_call,
    .repr = mw_repr,
    .richcompare = mw_richcompare,
    .hash = mw_hash,
    .getsets = mw_getsets,
};

/* ---- member_descriptor ----------------------------------------------- */

#define MD(o) ((ft_memberdescr *)(o))

ft_obj *ft_memberdescr_new(ft_type *owner, const ft_member_def *def) {
    ft_memberdescr *d = (ft_memberdescr *)ft_obj_alloc(&ft_member_descr_type, sizeof(ft_memberdescr));
    if (!d) return NULL;
    d->owner = owner;
    d->def = def;
    d->name = ft_str_intern_cstr(def->name);
    if (!d->name) return NULL;
    return (ft_obj *)d;
}

static ft_obj *md_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!obj) return self;
    ft_memberdescr *d = MD(self);
    if (descr_check(d->owner, d->def->name, obj) < 0) return NULL;
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->type) {
    case FT_MEMBER_OBJECT: {
        ft_obj *v = atomic_load_explicit((ft_obj *_Atomic *)addr, memory_order_acquire);
        if (!v) ft_attr_error(obj, d->name, "'%s' object has no attribute '%s'", objname(obj), d->def->name);
        return v;
    }
    case FT_MEMBER_OBJECT_NONE: {
        ft_obj *v = atomic_load_explicit((ft_obj *_Atomic *)addr, memory_order_acquire);
        return v ? v : ft_None;
    }
    case FT_MEMBER_INT64: return ft_int_from_i64(*(int64_t *)addr);
    case FT_MEMBER_INT32: return ft_int_from_i64(*(int32_t *)addr);
    case FT_MEMBER_BOOL: return ft_bool(*(bool *)addr);
    case FT_MEMBER_DOUBLE: return ft_float_new(*(double *)addr);
    case FT_MEMBER_CSTRING: {
        const char *s = *(const char **)addr;
        return s ? ft_str_from_cstr(s) : ft_None;
    }
    }
    return ft_err_format(ft_exc_SystemError, "bad member type");
}

static int md_set(ft_obj *self, ft_obj *obj, ft_obj *value) {
    ft_memberdescr *d = MD(self);
    if (descr_check(d->owner, d->def->name, obj) < 0) return -1;
    if (d->def->flags & FT_MEMBER_READONLY) {
        ft_err_format(ft_exc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + d->def->offset;
    if (!value && d->def->type != FT_MEMBER_OBJECT && d->def->type != FT_MEMBER_OBJECT_NONE) {
        ft_err_format(ft_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (d->def->type) {
    case FT_MEMBER_OBJECT:
    case FT_MEMBER_OBJECT_NONE: {
        ft_obj *old = atomic_exchange_explicit((ft_obj *_Atomic *)addr, value, memory_order_acq_rel);
        if (!value && !old && d->def->type == FT_MEMBER_OBJECT) {
            ft_err_set_obj(ft_exc_AttributeError, d->name);
            return -1;
        }
        return 0;
    }
    case FT_MEMBER_INT64:
    case FT_MEMBER_INT32: {
        if (!ft_int_check(value)) {
            ft_err_format(ft_exc_TypeError, "attribute value type must be int");
            return -1;
        }
        int64_t v = ft_int_as_i64(value);
        if (v == -1 && ft_err_occurred()) return -1;
        if (d->def->type == FT_MEMBER_INT32) {
            if (v < INT32_MIN || v > INT32_MAX) {
                ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            *(int32_t *)addr = (int32_t)v;
        } else {
            *(int64_t *)addr = v;
        }
        return 0;
    }
    case FT_MEMBER_BOOL:
        if (value != ft_True && value != ft_False) {
            ft_err_format(ft_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(bool *)addr = value == ft_True;
        return 0;
    case FT_MEMBER_DOUBLE: {
        double v = ft_float_as_double(value);
        if (v == -1.0 && ft_err_occurred()) return -1;
        *(double *)addr = v;
        return 0;
    }
    case FT_MEMBER_CSTRING:
        ft_err_format(ft_exc_TypeError, "readonly attribute");
        return -1;
    }
    return -1;
}

static ft_obj *md_repr(ft_obj *self) {
    return ft_str_from_format("<member '%s' of '%s' objects>", MD(self)->def->name, FT_TPNAME(MD(self)->owner));
}
static ft_obj *md_get_name(ft_obj *s, void *c) { return MD(s)->name; }
static ft_obj *md_get_qualname(ft_obj *s, void *c) {
    ft_obj *q = ft_type_qualname(MD(s)->owner);
    if (!q) return NULL;
    return ft_str_from_format("%U.%s", q, MD(s)->def->name);
}
static ft_obj *md_get_objclass(ft_obj *s, void *c) { return (ft_obj *)MD(s)->owner; }
static ft_obj *md_get_doc(ft_obj *s, void *c) {
    return MD(s)->def->doc ? ft_str_from_cstr(MD(s)->def->doc) : ft_None;
}
static const ft_getset_def md_getsets[] = {
    {"__name__", md_get_name, NULL, NULL, NULL},
    {"__qualname__", md_get_qualname, NULL, NULL, NULL},
    {"__objclass__", md_get_objclass, NULL, NULL, NULL},
    {"__doc__", md_get_doc, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_member_descr_type = {
    FT_TYPE_HEAD_INIT,
    .name = "member_descriptor",
    .basicsize = sizeof(ft_memberdescr),
    .descr_get = md_get,
    .descr_set = md_set,
    .repr = md_repr,
    .getsets = md_getsets,
};

/* ---- getset_descriptor ---------------------------------------------- */

#define GD(o) ((ft_getsetdescr *)(o))

ft_obj *ft_getsetdescr_new(ft_type *owner, const ft_getset_def *def) {
    ft_getsetdescr *d = (ft_getsetdescr *)ft_obj_alloc(&ft_getset_descr_type, sizeof(ft_getsetdescr));
    if (!d) return NULL;
    d->owner = owner;
    d->def = def;
    d->name = ft_str_intern_cstr(def->name);
    if (!d->name) return NULL;
    return (ft_obj *)d;
}

static ft_obj *gd_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!obj) return self;
    ft_getsetdescr *d = GD(self);
    if (descr_check(d->owner, d->def->name, obj) < 0) return NULL;
    if (!d->def->get)
        return ft_err_format(ft_exc_AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
                             FT_TPNAME(d->owner));
    return d->def->get(obj, d->def->closure);
}

static int gd_set(ft_obj *self, ft_obj *obj, ft_obj *value) {
    ft_getsetdescr *d = GD(self);
    if (descr_check(d->owner, d->def->name, obj) < 0) return -1;
    if (!d->def->set) {
        ft_err_format(ft_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                      FT_TPNAME(d->owner));
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static ft_obj *gd_repr(ft_obj *self) {
    return ft_str_from_format("<attribute '%s' of '%s' objects>", GD(self)->def->name, FT_TPNAME(GD(self)->owner));
}
static ft_obj *gd_get_name(ft_obj *s, void *c) { return GD(s)->name; }
static ft_obj *gd_get_qualname(ft_obj *s, void *c) {
    ft_obj *q = ft_type_qualname(GD(s)->owner);
    if (!q) return NULL;
    return ft_str_from_format("%U.%s", q, GD(s)->def->name);
}
static ft_obj *gd_get_objclass(ft_obj *s, void *c) { return (ft_obj *)GD(s)->owner; }
static ft_obj *gd_get_doc(ft_obj *s, void *c) {
    return GD(s)->def->doc ? ft_str_from_cstr(GD(s)->def->doc) : ft_None;
}
static const ft_getset_def gd_getsets[] = {
    {"__name__", gd_get_name, NULL, NULL, NULL},
    {"__qualname__", gd_get_qualname, NULL, NULL, NULL},
    {"__objclass__", gd_get_objclass, NULL, NULL, NULL},
    {"__doc__", gd_get_doc, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_getset_descr_type = {
    FT_TYPE_HEAD_INIT,
    .name = "getset_descriptor",
    .basicsize = sizeof(ft_getsetdescr),
    .descr_get = gd_get,
    .descr_set = gd_set,
    .repr = gd_repr,
    .getsets = gd_getsets,
};

/* ---- property --------------------------------------------------------- */

#define PR(o) ((ft_property *)(o))

static ft_obj *prop_name(ft_property *p) {
    if (p->name) return p->name;
    if (p->fget && p->fget != ft_None) {
        ft_obj *n = ft_getattr_opt(p->fget, ft_id(__name__));
        if (!n && ft_err_occurred()) ft_err_clear();
        return n;
    }
    return NULL;
}

static void prop_error(ft_property *p, ft_obj *obj, const char *what) {
    ft_obj *name = prop_name(p);
    if (name && ft_str_check(name))
        ft_err_format(ft_exc_AttributeError, "property %R of '%s' object has no %s", name, objname(obj), what);
    else
        ft_err_format(ft_exc_AttributeError, "property of '%s' object has no %s", objname(obj), what);
}

static ft_obj *prop_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!obj || obj == ft_None) return self;
    ft_property *p = PR(self);
    if (!p->fget || p->fget == ft_None) {
        prop_error(p, obj, "getter");
        return NULL;
    }
    return ft_call1(p->fget, obj);
}

static int prop_set(ft_obj *self, ft_obj *obj, ft_obj *value) {
    ft_property *p = PR(self);
    ft_obj *f = value ? p->fset : p->fdel;
    if (!f || f == ft_None) {
        prop_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    ft_obj *r = value ? ft_call2(f, obj, value) : ft_call1(f, obj);
    return r ? 0 : -1;
}

static ft_obj *prop_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_type_generic_alloc(type, 0);
}

static int prop_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    ft_obj *out[4] = {0};
    if (ft_parse_args("property", args, nargs, kwnames, names, 0, 0, out) < 0) return -1;
    ft_property *p = PR(self);
    p->fget = out[0] == ft_None ? NULL : out[0];
    p->fset = out[1] == ft_None ? NULL : out[1];
    p->fdel = out[2] == ft_None ? NULL : out[2];
    p->doc = out[3] == ft_None ? NULL : out[3];
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        ft_obj *d = ft_getattr_opt(p->fget, ft_id(__doc__));
        if (!d && ft_err_occurred()) return -1;
        if (d && d != ft_None) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    /* Subclasses keep the doc in their instance dict (CPython). */
    if (ft_type_of(self) != &ft_property_type && p->doc) {
        ft_obj **dp = ft_obj_dictptr(self);
        if (dp) {
            if (ft_setattr(self, ft_id(__doc__), p->doc) < 0) {
                if (!ft_err_matches((ft_obj *)ft_exc_AttributeError)) return -1;
                ft_err_clear();
            }
        }
    }
    return 0;
}

static ft_obj *prop_copy(ft_obj *self, ft_obj *get, ft_obj *set, ft_obj *del) {
    ft_property *p = PR(self);
    if (!get) get = p->fget ? p->fget : ft_None;
    if (!set) set = p->fset ? p->fset : ft_None;
    if (!del) del = p->fdel ? p->fdel : ft_None;
    ft_obj *doc = (p->getter_doc && get != ft_None) || !p->doc ? ft_None : p->doc;
    ft_obj *args[4] = { get, set, del, doc };
    ft_obj *n = ft_call((ft_obj *)ft_type_of(self), args, 4, NULL);
    if (!n) return NULL;
    if (ft_type_check((ft_obj *)ft_type_of(n)) && ft_type_is_subtype(ft_type_of(n), &ft_property_type))
        PR(n)->name = p->name;
    return n;
}

static ft_obj *prop_getter(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return prop_copy(self, args[0], NULL, NULL); }
static ft_obj *prop_setter(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return prop_copy(self, NULL, args[0], NULL); }
static ft_obj *prop_deleter(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return prop_copy(self, NULL, NULL, args[0]); }
static ft_obj *prop_set_name(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("__set_name__", nargs, kw, 2, 2) < 0) return NULL;
    PR(self)->name = args[1];
    return ft_None;
}

static const ft_method_def prop_methods[] = {
    {"getter", prop_getter, FT_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, FT_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, FT_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, FT_METH_VARARGS, "Method to set name of a property."},
    {NULL}
};

static ft_obj *isabstract_of(ft_obj *f) {
    if (!f || f == ft_None) return ft_False;
    ft_obj *n = ft_str_intern_cstr("__isabstractmethod__");
    if (!n) return NULL;
    ft_obj *v = ft_getattr_opt(f, n);
    if (!v) return ft_err_occurred() ? NULL : ft_False;
    int t = ft_is_true(v);
    if (t < 0) return NULL;
    return ft_bool(t);
}

static ft_obj *prop_get_isabstract(ft_obj *s, void *c) {
    ft_property *p = PR(s);
    ft_obj *fs[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        ft_obj *r = isabstract_of(fs[i]);
        if (r != ft_False) return r;
    }
    return ft_False;
}
static ft_obj *prop_get_doc(ft_obj *s, void *c) { return PR(s)->doc ? PR(s)->doc : ft_None; }
static int prop_set_doc(ft_obj *s, ft_obj *v, void *c) {
    PR(s)->doc = v && v != ft_None ? v : NULL;
    PR(s)->getter_doc = false;
    return 0;
}
static ft_obj *prop_get_name_attr(ft_obj *s, void *c) {
    ft_obj *n = prop_name(PR(s));
    if (!n && !ft_err_occurred())
        ft_err_format(ft_exc_AttributeError, "'property' object has no attribute '__name__'");
    return n;
}
static int prop_set_name_attr(ft_obj *s, ft_obj *v, void *c) {
    PR(s)->name = v;
    return 0;
}

static const ft_member_def prop_members[] = {
    {"fget", FT_MEMBER_OBJECT_NONE, offsetof(ft_property, fget), FT_MEMBER_READONLY, NULL},
    {"fset", FT_MEMBER_OBJECT_NONE, offsetof(ft_property, fset), FT_MEMBER_READONLY, NULL},
    {"fdel", FT_MEMBER_OBJECT_NONE, offsetof(ft_property, fdel), FT_MEMBER_READONLY, NULL},
    {NULL}
};

static const ft_getset_def prop_getsets[] = {
    {"__doc__", prop_get_doc, prop_set_doc, NULL, NULL},
    {"__name__", prop_get_name_attr, prop_set_name_attr, NULL, NULL},
    {"__isabstractmethod__", prop_get_isabstract, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_property_type = {
    FT_TYPE_HEAD_INIT,
    .name = "property",
    .doc = "Property attribute.",
    .basicsize = sizeof(ft_property),
    .flags = FT_TPF_BASETYPE,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new_ = prop_new,
    .init = prop_init,
    .methods = prop_methods,
    .members = prop_members,
    .getsets = prop_getsets,
};

/* ---- staticmethod / classmethod -------------------------------------- */

#define FW(o) ((ft_funcwrap *)(o))

static int copy_wrapper_attrs(ft_obj *self, ft_obj *func) {
    static const char *const attrs[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL};
    ft_obj *dict = ft_getattr(self, ft_id(__dict__));
    if (!dict) return -1;
    for (int i = 0; attrs[i]; i++) {
        ft_obj *n = ft_str_intern_cstr(attrs[i]);
        if (!n) return -1;
        ft_obj *v = ft_getattr_opt(func, n);
        if (!v) {
            if (ft_err_occurred()) return -1;
            continue;
        }
        if (ft_dict_set(dict, n, v) < 0) return -1;
    }
    return 0;
}

static ft_obj *fw_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_type_generic_alloc(type, 0);
}

static int sm_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("staticmethod", nargs, kwnames, 1, 1) < 0) return -1;
    FW(self)->func = args[0];
    return copy_wrapper_attrs(self, args[0]);
}
static int cm_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("classmethod", nargs, kwnames, 1, 1) < 0) return -1;
    FW(self)->func = args[0];
    return copy_wrapper_attrs(self, args[0]);
}

static ft_obj *fw_make(ft_type *type, ft_obj *func) {
    ft_obj *o = ft_type_generic_alloc(type, 0);
    if (!o) return NULL;
    FW(o)->func = func;
    if (copy_wrapper_attrs(o, func) < 0) return NULL;
    return o;
}
ft_obj *ft_staticmethod_new(ft_obj *func) { return fw_make(&ft_staticmethod_type, func); }
ft_obj *ft_classmethod_new(ft_obj *func) { return fw_make(&ft_classmethod_type, func); }

static ft_obj *sm_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!FW(self)->func) return ft_err_format(ft_exc_RuntimeError, "uninitialized staticmethod object");
    return FW(self)->func;
}
static ft_obj *sm_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (!FW(self)->func) return ft_err_format(ft_exc_RuntimeError, "uninitialized staticmethod object");
    return ft_call(FW(self)->func, args, nargs, kwnames);
}
static ft_obj *cm_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!FW(self)->func) return ft_err_format(ft_exc_RuntimeError, "uninitialized classmethod object");
    if (!type) type = (ft_obj *)ft_type_of(obj);
    return ft_method_new(FW(self)->func, type);
}
static ft_obj *sm_repr(ft_obj *self) {
    return ft_str_from_format("<staticmethod(%R)>", FW(self)->func ? FW(self)->func : ft_None);
}
static ft_obj *cm_repr(ft_obj *self) {
    return ft_str_from_format("<classmethod(%R)>", FW(self)->func ? FW(self)->func : ft_None);
}
static ft_obj *fw_get_isabstract(ft_obj *s, void *c) { return isabstract_of(FW(s)->func); }
static ft_obj *fw_get_dict(ft_obj *s, void *c) {
    if (!FW(s)->dict) {
        ft_obj *d = ft_dict_new();
        if (!d) return NULL;
        ft_obj *expected = NULL;
        if (!atomic_compare_exchange_strong((ft_obj *_Atomic *)&FW(s)->dict, &expected, d)) return expected;
        return d;
    }
    return FW(s)->dict;
}
static int fw_set_dict(ft_obj *s, ft_obj *v, void *c) {
    if (!v || !ft_dict_check(v)) {
        ft_err_format(ft_exc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    FW(s)->dict = v;
    return 0;
}

static const ft_member_def fw_members[] = {
    {"__func__", FT_MEMBER_OBJECT_NONE, offsetof(ft_funcwrap, func), FT_MEMBER_READONLY, NULL},
    {"__wrapped__", FT_MEMBER_OBJECT_NONE, offsetof(ft_funcwrap, func), FT_MEMBER_READONLY, NULL},
    {NULL}
};

static const ft_getset_def fw_getsets[] = {
    {"__isabstractmethod__", fw_get_isabstract, NULL, NULL, NULL},
    {"__dict__", fw_get_dict, fw_set_dict, NULL, NULL},
    {NULL}
};

ft_type ft_staticmethod_type = {
    FT_TYPE_HEAD_INIT,
    .name = "staticmethod",
    .doc = "Convert a function to be a static method.",
    .basicsize = sizeof(ft_funcwrap),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(ft_funcwrap, dict),
    .descr_get = sm_get,
    .call = sm_call,
    .repr = sm_repr,
    .new_ = fw_new,
    .init = sm_init,
    .members = fw_members,
    .getsets = fw_getsets,
};

ft_type ft_classmethod_type = {
    FT_TYPE_HEAD_INIT,
    .name = "classmethod",
    .doc = "Convert a function to be a class method.",
    .basicsize = sizeof(ft_funcwrap),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(ft_funcwrap, dict),
    .descr_get = cm_get,
    .repr = cm_repr,
    .new_ = fw_new,
    .init = cm_init,
    .members = fw_members,
    .getsets = fw_getsets,
};

/* ---- mappingproxy ----------------------------------------------------- */

#define MP(o) (((ft_mappingproxy *)(o))->mapping)

ft_obj *ft_mappingproxy_new(ft_obj *mapping) {
    ft_mappingproxy *p = (ft_mappingproxy *)ft_obj_alloc(&ft_mappingproxy_type, sizeof(ft_mappingproxy));
    if (!p) return NULL;
    p->mapping = mapping;
    return (ft_obj *)p;
}

static ft_obj *mp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"mapping", NULL};
    ft_obj *out[1] = {0};
    if (ft_parse_args("mappingproxy", args, nargs, kwnames, names, 0, 1, out) < 0) return NULL;
    ft_obj *m = out[0];
    ft_type *mt = ft_type_of(m);
    if (!mt->subscript || ft_list_check(m) || ft_tuple_check(m))
        return ft_err_format(ft_exc_TypeError, "mappingproxy() argument must be a mapping, not %s", FT_TPNAME(mt));
    return ft_mappingproxy_new(m);
}
static ft_ssize mp_len(ft_obj *s) { return ft_len(MP(s)); }
static ft_obj *mp_getitem(ft_obj *s, ft_obj *k) { return ft_getitem(MP(s), k); }
static int mp_contains(ft_obj *s, ft_obj *k) {
    if (ft_dict_check_exact(MP(s))) return ft_dict_contains(MP(s), k);
    return ft_contains(MP(s), k);
}
static ft_obj *mp_iter(ft_obj *s) { return ft_iter(MP(s)); }
static ft_obj *mp_repr(ft_obj *s) { return ft_str_from_format("mappingproxy(%R)", MP(s)); }
static ft_obj *mp_str(ft_obj *s) { return ft_str(MP(s)); }
static ft_obj *mp_richcompare(ft_obj *a, ft_obj *b, int op) { return ft_richcompare(MP(a), b, op); }
static ft_obj *mp_or(ft_obj *a, ft_obj *b) {
    if (ft_type_of(a) == &ft_mappingproxy_type) a = MP(a);
    if (ft_type_of(b) == &ft_mappingproxy_type) b = MP(b);
    return ft_binary_op(a, b, FT_BINOP_OR);
}
static ft_obj *mp_ior(ft_obj *a, ft_obj *b) {
    return ft_err_format(ft_exc_TypeError, "'|=' is not supported by %s; use '|' instead", objname(a));
}
static ft_obj *mp_get(ft_obj *s, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("get", nargs, kw, 1, 2) < 0) return NULL;
    ft_obj *a[2] = { args[0], nargs > 1 ? args[1] : ft_None };
    return ft_call_method(MP(s), "get", a, 2);
}
static ft_obj *mp_keys(ft_obj *s, ft_obj *const *a, size_t n, ft_obj *k) { return ft_call_method0(MP(s), "keys"); }
static ft_obj *mp_values(ft_obj *s, ft_obj *const *a, size_t n, ft_obj *k) { return ft_call_method0(MP(s), "values"); }
static ft_obj *mp_items(ft_obj *s, ft_obj *const *a, size_t n, ft_obj *k) { return ft_call_method0(MP(s), "items"); }
static ft_obj *mp_copy(ft_obj *s, ft_obj *const *a, size_t n, ft_obj *k) { return ft_call_method0(MP(s), "copy"); }
static ft_obj *mp_reversed(ft_obj *s, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_call_method0(MP(s), "__reversed__");
}

static const ft_method_def mp_methods[] = {
    {"get", mp_get, FT_METH_VARARGS, "Return the value for key if key is in the mapping, else default."},
    {"keys", mp_keys, FT_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, FT_METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, FT_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, FT_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mp_reversed, FT_METH_NOARGS, "D.__reversed__() -> reverse iterator"},
    {NULL}
};

ft_type ft_mappingproxy_type = {
    FT_TYPE_HEAD_INIT,
    .name = "mappingproxy",
    .doc = "Read-only proxy of a mapping.",
    .basicsize = sizeof(ft_mappingproxy),
    .flags = FT_TPF_MAPPING,
    .new_ = mp_new,
    .length = mp_len,
    .subscript = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .hash = ft_hash_unhashable,
    .as_number = { .or_ = mp_or, .inplace_or = mp_ior },
    .methods = mp_methods,
};

int ft_descr_init(void) {
    ft_type *types[] = { &ft_wrapper_descr_type, &ft_method_wrapper_type, &ft_member_descr_type,
                         &ft_getset_descr_type, &ft_property_type, &ft_staticmethod_type,
                         &ft_classmethod_type, &ft_mappingproxy_type };
    for (size_t i = 0; i < FT_ARRAY_LEN(types); i++)
        if (ft_type_ready(types[i]) < 0) return -1;
    return 0;
}
