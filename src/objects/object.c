/* object.c -- the `object` type and the generic object protocol: attribute
 * access with descriptors, repr/str/format/hash, rich comparison,
 * truthiness, dir(), isinstance/issubclass.
 *
 * Invariants / locking: stateless apart from the static `object` type,
 * readied at start-up. Instance __dict__ pointers are created lazily with
 * an atomic compare-and-swap, so two threads setting the first attribute
 * of an object agree on one dict; the dict itself has its own lock.
 */
#include <stdarg.h>
#include <stdio.h>
#include "core/ftcore.h"
#include "typeobject_internal.h"

/* ---- helpers ---------------------------------------------------------- */

void ft_attr_error(ft_obj *obj, ft_obj *name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ft_obj *msg = ft_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg) return;
    ft_err_set_obj(ft_exc_AttributeError, msg);
    ft_err_attribute_context(obj, name);
}

static bool is_method_like(ft_obj *d) {
    ft_type *t = ft_type_of(d);
    return t == &ft_function_type || t == &ft_method_descr_type || t == &ft_wrapper_descr_type;
}

ft_obj *ft_call_special(ft_obj *self, ft_obj *descr, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    if (is_method_like(descr)) {
        ft_obj *small[8];
        ft_obj **vec = small;
        if (nargs + nkw + 1 > FT_ARRAY_LEN(small)) {
            vec = ft_gc_alloc((nargs + nkw + 1) * sizeof(ft_obj *), FT_GC_SCAN);
            if (!vec) return NULL;
        }
        vec[0] = self;
        if (nargs + nkw) memcpy(vec + 1, args, (nargs + nkw) * sizeof(ft_obj *));
        return ft_call(descr, vec, nargs + 1, kwnames);
    }
    ft_descrgetfunc g = ft_type_of(descr)->descr_get;
    if (g) {
        descr = g(descr, self, (ft_obj *)ft_type_of(self));
        if (!descr) return NULL;
    }
    return ft_call(descr, args, nargs, kwnames);
}

ft_obj *ft_call_special_name(ft_obj *self, ft_obj *name, ft_obj *const *args, size_t nargs,
                             ft_obj *kwnames, bool *found) {
    ft_obj *d = ft_type_lookup(ft_type_of(self), name);
    *found = d != NULL;
    if (!d) return NULL;
    return ft_call_special(self, d, args, nargs, kwnames);
}

ft_obj *ft_kwargs_to_dict(ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *d = ft_dict_new();
    if (!d || !kwnames) return d;
    for (ft_ssize i = 0; i < ft_tuple_size(kwnames); i++)
        if (ft_dict_set(d, ft_tuple_get(kwnames, i), args[nargs + i]) < 0) return NULL;
    return d;
}

int ft_kwargs_to_vector(ft_obj *kwargs, ft_obj *const *pos, size_t npos, ft_obj ***vec_out, ft_obj **kwnames_out) {
    ft_ssize nkw = kwargs ? ft_dict_size(kwargs) : 0;
    ft_obj **vec = ft_gc_alloc((npos + nkw + 1) * sizeof(ft_obj *), FT_GC_SCAN);
    if (!vec) return -1;
    if (npos) memcpy(vec, pos, npos * sizeof(ft_obj *));
    ft_obj *names = NULL;
    if (nkw) {
        names = ft_tuple_new(nkw);
        if (!names) return -1;
        ft_ssize p = 0, k = 0;
        ft_obj *key, *val;
        while (k < nkw && ft_dict_next(kwargs, &p, &key, &val)) {
            if (!ft_str_check(key)) {
                ft_err_format(ft_exc_TypeError, "keywords must be strings");
                return -1;
            }
            ft_tuple_items(names)[k] = key;
            vec[npos + k] = val;
            k++;
        }
        if (k < nkw) {
            names = ft_tuple_from_array(ft_tuple_items(names), k);
            if (!names) return -1;
        }
    }
    *vec_out = vec;
    *kwnames_out = names;
    return 0;
}

/* ---- instance dict ---------------------------------------------------- */

ft_obj **ft_obj_dictptr(ft_obj *o) {
    if (ft_is_smallint(o)) return NULL;
    ft_ssize off = o->ob_type->dictoffset;
    if (off == 0) return NULL;
    if (off > 0) return (ft_obj **)((char *)o + off);
    if (atomic_load_explicit(&o->ob_flags, memory_order_relaxed) & FT_OBF_IMMORTAL) return NULL;
    return (ft_obj **)((char *)o + ft_gc_usable_size(o) + off);
}

static ft_obj *get_dict(ft_obj *o, bool create) {
    ft_obj **dp = ft_obj_dictptr(o);
    if (!dp) return NULL;
    ft_obj *d = atomic_load_explicit((ft_obj *_Atomic *)dp, memory_order_acquire);
    if (d || !create) return d;
    d = ft_dict_new();
    if (!d) return NULL;
    ft_obj *expected = NULL;
    if (!atomic_compare_exchange_strong((ft_obj *_Atomic *)dp, &expected, d)) return expected;
    return d;
}

/* ---- generic getattr / setattr --------------------------------------- */

/* suppress: a missing attribute returns NULL without raising (getattr
 * with a default, hasattr), saving the AttributeError's construction. */
ft_obj *ft_obj_generic_getattr_ex(ft_obj *o, ft_obj *name, bool suppress) {
    if (!ft_name_is_str(name))
        return ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", name);
    ft_type *tp = ft_type_of(o);
    ft_obj *descr = ft_type_lookup(tp, name);
    ft_descrgetfunc f = NULL;
    if (descr) {
        ft_type *dt = ft_type_of(descr);
        f = FT_SLOT(dt, descr_get);
        if (f && FT_SLOT(dt, descr_set)) return f(descr, o, (ft_obj *)tp);
    }
    ft_obj *dict = get_dict(o, false);
    if (dict) {
        ft_obj *v = ft_str_check_exact(name) ? ft_dict_get_str(dict, name) : ft_dict_get(dict, name);
        if (v) return v;
        if (ft_err_occurred()) return NULL;
    }
    if (f) return f(descr, o, (ft_obj *)tp);
    if (descr) return descr;
    if (!suppress) ft_attr_error(o, name, "'%s' object has no attribute '%U'", FT_TPNAME(tp), name);
    return NULL;
}

ft_obj *ft_obj_generic_getattr(ft_obj *o, ft_obj *name) { return ft_obj_generic_getattr_ex(o, name, false); }

int ft_obj_generic_setattr(ft_obj *o, ft_obj *name, ft_obj *value) {
    if (!ft_name_is_str(name)) {
        ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    ft_type *tp = ft_type_of(o);
    ft_obj *descr = ft_type_lookup(tp, name);
    if (descr) {
        ft_descrsetfunc s = ft_type_of(descr)->descr_set;
        if (s) return s(descr, o, value);
    }
    ft_obj **dp = ft_obj_dictptr(o);
    if (!dp) {
        if (descr)
            ft_attr_error(o, name, "'%s' object attribute '%U' is read-only", FT_TPNAME(tp), name);
        else if (value)
            ft_attr_error(o, name, "'%s' object has no attribute '%U' and no __dict__ for setting new attributes",
                          FT_TPNAME(tp), name);
        else
            ft_attr_error(o, name, "'%s' object has no attribute '%U'", FT_TPNAME(tp), name);
        return -1;
    }
    ft_obj *dict = get_dict(o, value != NULL);
    if (!dict) {
        if (ft_err_occurred()) return -1;
        ft_err_format(ft_exc_AttributeError, "'%s' object has no attribute '%U'", FT_TPNAME(tp), name);
        return -1;
    }
    if (value) return ft_dict_set(dict, name, value);
    if (ft_dict_del(dict, name) < 0) {
        if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
            ft_err_clear();
            ft_err_format(ft_exc_AttributeError, "'%s' object has no attribute '%U'", FT_TPNAME(tp), name);
        }
        return -1;
    }
    return 0;
}

ft_obj *ft_getmethod(ft_obj *o, ft_obj *name, bool *is_method) {
    *is_method = false;
    ft_type *tp = ft_type_of(o);
    ft_getattrofunc ga = FT_SLOT(tp, getattro);
    if (ga != ft_obj_generic_getattr || !ft_name_is_str(name)) {
        /* Classes with __getattr__ (but the default __getattribute__): a
         * method found on the type and not shadowed is still unbound. */
        if (ga == ft_type_getattr_hook && ft_name_is_str(name)) {
            ft_obj *gab = ft_type_lookup(tp, ft_id(__getattribute__));
            ft_obj *d = ft_type_lookup(tp, name);
            if (gab && ft_type_of(gab) == &ft_wrapper_descr_type &&
                ((ft_wrapperdescr *)gab)->wrapped == (void *)ft_obj_generic_getattr && d && is_method_like(d)) {
                ft_obj *dict = get_dict(o, false);
                ft_obj *v = NULL;
                if (dict) {
                    v = ft_str_check_exact(name) ? ft_dict_get_str(dict, name) : ft_dict_get(dict, name);
                    if (!v && ft_err_occurred()) return NULL;
                }
                if (!v) {
                    *is_method = true;
                    return d;
                }
            }
        }
        return ft_getattr(o, name);
    }
    ft_obj *descr = ft_type_lookup(tp, name);
    ft_descrgetfunc f = NULL;
    bool meth = false;
    if (descr) {
        ft_type *dt = ft_type_of(descr);
        if (is_method_like(descr)) meth = true;
        else {
            f = FT_SLOT(dt, descr_get);
            if (f && FT_SLOT(dt, descr_set)) return f(descr, o, (ft_obj *)tp);
        }
    }
    ft_obj *dict = get_dict(o, false);
    if (dict) {
        ft_obj *v = ft_str_check_exact(name) ? ft_dict_get_str(dict, name) : ft_dict_get(dict, name);
        if (v) return v;
        if (ft_err_occurred()) return NULL;
    }
    if (meth) {
        *is_method = true;
        return descr;
    }
    if (f) return f(descr, o, (ft_obj *)tp);
    if (descr) return descr;
    ft_attr_error(o, name, "'%s' object has no attribute '%U'", FT_TPNAME(tp), name);
    return NULL;
}

ft_obj *ft_lookup_special(ft_obj *o, ft_obj *name) {
    ft_type *tp = ft_type_of(o);
    ft_obj *d = ft_type_lookup(tp, name);
    if (!d) return NULL;
    ft_descrgetfunc g = ft_type_of(d)->descr_get;
    if (g) return g(d, o, (ft_obj *)tp);
    return d;
}

/* ---- object type ------------------------------------------------------ */

static bool excess_args(size_t nargs, ft_obj *kwnames) {
    return nargs > 0 || (kwnames && ft_tuple_size(kwnames) > 0);
}

ft_obj *ft_object_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != ft_object_new)
            return ft_err_format(ft_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == ft_object_init)
            return ft_err_format(ft_exc_TypeError, "%s() takes no arguments", FT_TPNAME(type));
    }
    if (type->flags & FT_TPF_ABSTRACT) {
        ft_obj *am = ft_getattr_opt((ft_obj *)type, ft_id(__abstractmethods__));
        if (!am) {
            if (ft_err_occurred()) return NULL;
        } else {
            ft_obj *l = ft_sequence_list(am);
            if (!l) return NULL;
            if (ft_list_sort(l, NULL, false) < 0) return NULL;
            ft_ssize n = ft_list_size(l);
            ft_strbuf b;
            ft_strbuf_init(&b);
            for (ft_ssize i = 0; i < n; i++) {
                ft_obj *s = ft_str(ft_list_get(l, i));
                if (!s) return NULL;
                if (i) ft_strbuf_append_cstr(&b, ", ");
                ft_strbuf_append_cstr(&b, "'");
                ft_strbuf_append_str(&b, s);
                ft_strbuf_append_cstr(&b, "'");
            }
            ft_obj *joined = ft_strbuf_finish(&b);
            if (!joined) return NULL;
            return ft_err_format(ft_exc_TypeError,
                                 "Can't instantiate abstract class %s without an implementation for abstract method%s %U",
                                 FT_TPNAME(type), n == 1 ? "" : "s", joined);
        }
    }
    return ft_type_generic_alloc(type, 0);
}

int ft_object_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (excess_args(nargs, kwnames)) {
        ft_type *type = ft_type_of(self);
        if (type->init != ft_object_init) {
            ft_err_format(ft_exc_TypeError,
                          "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == ft_object_new) {
            ft_err_format(ft_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                          FT_TPNAME(type));
            return -1;
        }
    }
    return 0;
}

ft_obj *ft_object_repr(ft_obj *o) {
    ft_type *tp = ft_type_of(o);
    ft_obj *mod = ft_type_module_name(tp);
    if (!mod && ft_err_occurred()) ft_err_clear();
    ft_obj *qual = ft_type_qualname(tp);
    if (!qual) return NULL;
    if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins"))
        return ft_str_from_format("<%U.%U object at %p>", mod, qual, (void *)o);
    return ft_str_from_format("<%U object at %p>", qual, (void *)o);
}

ft_obj *ft_object_str(ft_obj *o) { return ft_repr(o); }

int64_t ft_object_hash(ft_obj *o) {
    uintptr_t p = (uintptr_t)o;
    uint64_t h = (uint64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t ft_hash_unhashable(ft_obj *o) {
    ft_err_format(ft_exc_TypeError, "unhashable type: '%s'", FT_TPNAME(ft_type_of(o)));
    return -1;
}

ft_obj *ft_object_richcompare(ft_obj *a, ft_obj *b, int op) {
    switch (op) {
    case FT_EQ:
        return a == b ? ft_True : ft_NotImplemented;
    case FT_NE: {
        ft_richcmpfunc rc = ft_type_of(a)->richcompare;
        if (!rc) return ft_NotImplemented;
        ft_obj *r = rc(a, b, FT_EQ);
        if (!r || r == ft_NotImplemented) return r;
        int t = ft_is_true(r);
        if (t < 0) return NULL;
        return ft_bool(!t);
    }
    default:
        return ft_NotImplemented;
    }
}

static ft_obj *object_get_class(ft_obj *self, void *c) { return (ft_obj *)ft_type_of(self); }

static bool same_slots(ft_type *a, ft_type *b) {
    ft_obj *sa = a->ht_slots, *sb = b->ht_slots;
    ft_ssize na = sa ? ft_tuple_size(sa) : 0, nb = sb ? ft_tuple_size(sb) : 0;
    if (na != nb) return false;
    for (ft_ssize i = 0; i < na; i++)
        if (!ft_str_eq(ft_tuple_get(sa, i), ft_tuple_get(sb, i))) return false;
    return true;
}

bool ft_type_compatible_layout(ft_type *a, ft_type *b) {
    while (a->base && (a->flags & FT_TPF_HEAPTYPE) && a->basicsize == a->base->basicsize &&
           a->dictoffset == a->base->dictoffset && !a->ht_slots)
        a = a->base;
    while (b->base && (b->flags & FT_TPF_HEAPTYPE) && b->basicsize == b->base->basicsize &&
           b->dictoffset == b->base->dictoffset && !b->ht_slots)
        b = b->base;
    if (a == b) return true;
    if (a->basicsize != b->basicsize || a->itemsize != b->itemsize || a->dictoffset != b->dictoffset)
        return false;
    if (!(a->flags & FT_TPF_HEAPTYPE) || !(b->flags & FT_TPF_HEAPTYPE)) return false;
    if (!same_slots(a, b)) return false;
    return a->base && b->base && ft_type_compatible_layout(a->base, b->base);
}

static int object_set_class(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_format(ft_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!ft_type_check(value)) {
        ft_err_format(ft_exc_TypeError, "__class__ must be set to a class, not '%T' object", value);
        return -1;
    }
    ft_type *nt = (ft_type *)value, *ot = ft_type_of(self);
    bool ok_old = (ot->flags & FT_TPF_HEAPTYPE) || ft_type_is_subtype(ot, &ft_module_type);
    bool ok_new = (nt->flags & FT_TPF_HEAPTYPE) || ft_type_is_subtype(nt, &ft_module_type);
    if (ft_is_smallint(self) || !ok_old || !ok_new) {
        ft_err_format(ft_exc_TypeError,
                      "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!ft_type_compatible_layout(nt, ot)) {
        ft_err_format(ft_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                      FT_TPNAME(nt), FT_TPNAME(ot));
        return -1;
    }
    atomic_store_explicit((ft_type *_Atomic *)&self->ob_type, nt, memory_order_release);
    return 0;
}

static ft_obj *object_format(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *spec = args[0];
    if (!ft_str_check(spec))
        return ft_err_format(ft_exc_TypeError, "__format__() argument must be str, not %T", spec);
    if (ft_str_len(spec) > 0)
        return ft_err_format(ft_exc_TypeError, "unsupported format string passed to %s.__format__",
                             FT_TPNAME(ft_type_of(self)));
    return ft_str(self);
}

static ft_obj *object_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_type *t = ft_type_of(self);
    return ft_int_from_i64(t->basicsize);
}

static int merge_class_dict(ft_obj *result, ft_type *type) {
    ft_obj *mro = type->mro;
    if (!mro) return 0;
    for (ft_ssize i = 0; i < ft_tuple_size(mro); i++) {
        ft_type *t = (ft_type *)ft_tuple_get(mro, i);
        if (!t->dict) continue;
        ft_ssize p = 0;
        ft_obj *k, *v;
        while (ft_dict_next(t->dict, &p, &k, &v))
            if (ft_dict_set(result, k, ft_None) < 0) return -1;
    }
    return 0;
}

ft_obj *ft_type_dir_list(ft_type *type) {
    ft_obj *d = ft_dict_new();
    if (!d || merge_class_dict(d, type) < 0) return NULL;
    return ft_dict_keys_list(d);
}

static ft_obj *object_dir(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *result = ft_dict_new();
    if (!result) return NULL;
    ft_obj *d = ft_getattr_opt(self, ft_id(__dict__));
    if (!d && ft_err_occurred()) return NULL;
    if (d && ft_dict_check(d)) {
        if (ft_dict_update(result, d) < 0) return NULL;
    }
    ft_obj *cls = ft_getattr_opt(self, ft_id(__class__));
    if (!cls && ft_err_occurred()) return NULL;
    if (cls && ft_type_check(cls) && merge_class_dict(result, (ft_type *)cls) < 0) return NULL;
    return ft_dict_keys_list(result);
}

static ft_obj *object_init_subclass(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0)
        return ft_err_format(ft_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             ft_type_check(self) ? FT_TPNAME((ft_type *)self) : "object");
    if (nargs)
        return ft_err_format(ft_exc_TypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                             ft_type_check(self) ? FT_TPNAME((ft_type *)self) : "object", (int)nargs);
    return ft_None;
}

static ft_obj *object_subclasshook(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_NotImplemented;
}

static ft_obj *object_getstate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_type *tp = ft_type_of(self);
    ft_obj *dict = get_dict(self, false);
    ft_obj *state = dict && ft_dict_size(dict) ? ft_dict_copy(dict) : ft_None;
    if (!state) return NULL;
    if (tp->ht_slots && ft_tuple_size(tp->ht_slots)) {
        ft_obj *slots = ft_dict_new();
        if (!slots) return NULL;
        for (ft_type *t = tp; t; t = t->base) {
            if (!t->ht_slots) continue;
            for (ft_ssize i = 0; i < ft_tuple_size(t->ht_slots); i++) {
                ft_obj *n = ft_tuple_get(t->ht_slots, i);
                ft_obj *v = ft_getattr_opt(self, n);
                if (v && ft_dict_set(slots, n, v) < 0) return NULL;
                if (!v && ft_err_occurred()) return NULL;
            }
        }
        return ft_tuple_pack(2, state, slots);
    }
    return state;
}

/* The copyreg protocol 2 shape (copyreg.__newobj__, (cls,), state); the
 * copy and pickle modules understand it. */
static ft_obj *reduce_newobj(ft_obj *self) {
    ft_obj *copyreg = NULL;
    ft_obj *modules = ft_interp_current()->modules;
    ft_obj *name = ft_str_from_cstr("copyreg");
    if (!name) return NULL;
    copyreg = ft_dict_get(modules, name);
    if (!copyreg) {
        if (ft_err_occurred()) return NULL;
        ft_obj *imp = ft_dict_get_str(ft_interp_current()->builtins, ft_id(__import__));
        if (!imp) return ft_err_format(ft_exc_ImportError, "__import__ not found");
        copyreg = ft_call1(imp, name);
        if (!copyreg) return NULL;
    }
    ft_obj *newobj = ft_getattr_cstr(copyreg, "__newobj__");
    if (!newobj) return NULL;
    ft_type *tp = ft_type_of(self);
    if (!FT_SLOT(tp, new_)) return ft_err_format(ft_exc_TypeError, "cannot pickle '%s' object", FT_TPNAME(tp));
    ft_obj *gnaname = ft_str_intern_cstr("__getnewargs__");
    if (!gnaname) return NULL;
    ft_obj *gna = ft_lookup_special(self, gnaname);
    if (gna) {
        ft_obj *na = ft_call0(gna);
        if (!na) return NULL;
        if (!ft_tuple_check(na))
            return ft_err_format(ft_exc_TypeError, "__getnewargs__ should return a tuple, not '%T'", na);
        ft_obj *t = ft_tuple_new(ft_tuple_size(na) + 1);
        if (!t) return NULL;
        ft_tuple_items(t)[0] = (ft_obj *)tp;
        memcpy(ft_tuple_items(t) + 1, ft_tuple_items(na), ft_tuple_size(na) * sizeof(ft_obj *));
        ft_obj *state = ft_call_method0(self, "__getstate__");
        if (!state) return NULL;
        return ft_tuple_pack(3, newobj, t, state);
    }
    if (ft_err_occurred()) return NULL;
    ft_obj *state = ft_call_method0(self, "__getstate__");
    if (!state) return NULL;
    ft_obj *listitems = ft_None, *dictitems = ft_None;
    if (ft_list_check(self)) { listitems = ft_iter(self); if (!listitems) return NULL; }
    if (ft_dict_check(self)) {
        ft_obj *items = ft_call_method0(self, "items");
        if (!items) return NULL;
        dictitems = ft_iter(items);
        if (!dictitems) return NULL;
    }
    ft_obj *clsargs = ft_tuple_pack(1, (ft_obj *)tp);
    if (!clsargs) return NULL;
    return ft_tuple_pack(5, newobj, clsargs, state, listitems, dictitems);
}

/* object.__reduce_ex__(protocol): a class that overrides __reduce__ gets
 * its own __reduce__ called (CPython's rule); otherwise reduce_newobj. */
static ft_obj *object_reduce_ex(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *rname = ft_str_intern_cstr("__reduce__");
    if (!rname) return NULL;
    ft_obj *mine = ft_type_lookup(ft_type_of(self), rname);
    ft_obj *base = ft_type_lookup(&ft_object_type, rname);
    if (mine && mine != base)
        return ft_call_method0(self, "__reduce__");
    if (ft_err_occurred()) return NULL;
    return reduce_newobj(self);
}

static ft_obj *object_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return reduce_newobj(self);
}

static const ft_method_def object_methods[] = {
    {"__format__", object_format, FT_METH_O, "Default object formatter."},
    {"__sizeof__", object_sizeof, FT_METH_NOARGS, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, FT_METH_NOARGS, "Default dir() implementation."},
    {"__init_subclass__", object_init_subclass, FT_METH_VARARGS | FT_METH_KEYWORDS | FT_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, FT_METH_O | FT_METH_CLASS, "Abstract classes can override this to customize issubclass()."},
    {"__getstate__", object_getstate, FT_METH_NOARGS, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, FT_METH_O, "Helper for pickle."},
    {"__reduce__", object_reduce, FT_METH_NOARGS, "Helper for pickle."},
    {NULL}
};

static const ft_getset_def object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL}
};

ft_type ft_object_type = {
    FT_TYPE_HEAD_INIT,
    .name = "object",
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .basicsize = sizeof(ft_obj),
    .flags = FT_TPF_BASETYPE,
    .repr = ft_object_repr,
    .str = ft_object_str,
    .hash = ft_object_hash,
    .richcompare = ft_object_richcompare,
    .getattro = ft_obj_generic_getattr,
    .setattro = ft_obj_generic_setattr,
    .new_ = ft_object_new,
    .init = ft_object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

int ft_object_typesys_init(void) { return 0; }

/* ---- object protocol -------------------------------------------------- */

ft_obj *ft_repr(ft_obj *o) {
    ft_type *tp = ft_type_of(o);
    if (!FT_SLOT(tp, repr)) return ft_object_repr(o);
    if (ft_check_c_stack("while getting the repr of an object") < 0) return NULL;
    ft_obj *r = FT_SLOT(tp, repr)(o);
    if (r && !ft_str_check(r))
        return ft_err_format(ft_exc_TypeError, "__repr__ returned non-string (type %s)", FT_TPNAME(ft_type_of(r)));
    return r;
}

ft_obj *ft_str(ft_obj *o) {
    if (ft_str_check_exact(o)) return o;
    ft_type *tp = ft_type_of(o);
    if (!FT_SLOT(tp, str)) return ft_repr(o);
    if (ft_check_c_stack("while getting the str of an object") < 0) return NULL;
    ft_obj *r = FT_SLOT(tp, str)(o);
    if (r && !ft_str_check(r))
        return ft_err_format(ft_exc_TypeError, "__str__ returned non-string (type %s)", FT_TPNAME(ft_type_of(r)));
    return r;
}

ft_obj *ft_ascii(ft_obj *o) {
    ft_obj *r = ft_repr(o);
    if (!r) return NULL;
    if (FT_STR(r)->is_ascii) return r;
    ft_strbuf b;
    ft_strbuf_init(&b);
    const char *p = ft_str_utf8(r), *e = p + FT_STR(r)->nbytes;
    while (p < e) {
        uint32_t cp;
        int n = ft_utf8_decode_one(p, e, &cp);
        if (n <= 0) { cp = (unsigned char)*p; n = 1; }
        int rc;
        if (cp < 128) rc = ft_strbuf_append_codepoint(&b, cp);
        else if (cp < 256) rc = ft_strbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) rc = ft_strbuf_printf(&b, "\\u%04x", cp);
        else rc = ft_strbuf_printf(&b, "\\U%08x", cp);
        if (rc < 0) return NULL;
        p += n;
    }
    return ft_strbuf_finish(&b);
}

ft_obj *ft_format(ft_obj *o, ft_obj *spec) {
    if (!spec) {
        spec = ft_str_from_cstr("");
        if (!spec) return NULL;
        if (ft_str_check_exact(o)) return o;
    }
    ft_obj *meth = ft_lookup_special(o, ft_id(__format__));
    if (!meth) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "Type %s doesn't define __format__", FT_TPNAME(ft_type_of(o)));
    }
    ft_obj *r = ft_call1(meth, spec);
    if (r && !ft_str_check(r))
        return ft_err_format(ft_exc_TypeError, "__format__ must return a str, not %s", FT_TPNAME(ft_type_of(r)));
    return r;
}

int64_t ft_hash(ft_obj *o) {
    ft_type *tp = ft_type_of(o);
    if (!FT_SLOT(tp, hash)) return ft_hash_unhashable(o);
    return FT_SLOT(tp, hash)(o);
}

int ft_is_true(ft_obj *o) {
    if (o == ft_True) return 1;
    if (o == ft_False || o == ft_None) return 0;
    if (ft_is_smallint(o)) return ft_smallint_value(o) != 0;
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, as_number.bool_)) {
        int r = FT_SLOT(tp, as_number.bool_)(o);
        return r < 0 ? -1 : r != 0;
    }
    if (FT_SLOT(tp, length)) {
        ft_ssize n = FT_SLOT(tp, length)(o);
        if (n < 0) return -1;
        return n > 0;
    }
    return 1;
}

static const char *const op_symbols[6] = { "<", "<=", "==", "!=", ">", ">=" };
static const int swapped_op[6] = { FT_GT, FT_GE, FT_EQ, FT_NE, FT_LT, FT_LE };

ft_obj *ft_richcompare(ft_obj *v, ft_obj *w, int op) {
    if (op < 0 || op > 5) return ft_err_bad_internal_call("ft_richcompare");
    if (ft_check_c_stack("in comparison") < 0) return NULL;
    ft_type *tv = ft_type_of(v), *tw = ft_type_of(w);
    bool checked_reverse = false;
    ft_obj *r;
    if (tv != tw && ft_type_is_subtype(tw, tv) && FT_SLOT(tw, richcompare)) {
        checked_reverse = true;
        r = FT_SLOT(tw, richcompare)(w, v, swapped_op[op]);
        if (r != ft_NotImplemented) return r;
    }
    if (FT_SLOT(tv, richcompare)) {
        r = FT_SLOT(tv, richcompare)(v, w, op);
        if (r != ft_NotImplemented) return r;
    }
    if (!checked_reverse && FT_SLOT(tw, richcompare)) {
        r = FT_SLOT(tw, richcompare)(w, v, swapped_op[op]);
        if (r != ft_NotImplemented) return r;
    }
    switch (op) {
    case FT_EQ: return ft_bool(v == w);
    case FT_NE: return ft_bool(v != w);
    default:
        return ft_err_format(ft_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             op_symbols[op], FT_TPNAME(tv), FT_TPNAME(tw));
    }
}

int ft_richcompare_bool(ft_obj *a, ft_obj *b, int op) {
    if (a == b) {
        if (op == FT_EQ) return 1;
        if (op == FT_NE) return 0;
    }
    ft_obj *r = ft_richcompare(a, b, op);
    if (!r) return -1;
    if (r == ft_True) return 1;
    if (r == ft_False) return 0;
    return ft_is_true(r);
}

int ft_eq(ft_obj *a, ft_obj *b) { return ft_richcompare_bool(a, b, FT_EQ); }

ft_obj *ft_dir(ft_obj *o) {
    ft_obj *l;
    if (!o) {
        ft_obj *loc = ft_frame_locals();
        if (!loc) {
            if (!ft_err_occurred()) ft_err_format(ft_exc_SystemError, "frame does not exist");
            return NULL;
        }
        l = ft_dict_check(loc) ? ft_dict_keys_list(loc) : ft_sequence_list(loc);
        if (!l) return NULL;
    } else {
        ft_obj *meth = ft_lookup_special(o, ft_id(__dir__));
        if (!meth) {
            if (!ft_err_occurred()) ft_err_format(ft_exc_TypeError, "object does not provide __dir__");
            return NULL;
        }
        ft_obj *r = ft_call0(meth);
        if (!r) return NULL;
        l = ft_sequence_list(r);
        if (!l) return NULL;
    }
    if (ft_list_sort(l, NULL, false) < 0) return NULL;
    return l;
}

/* ---- isinstance / issubclass ----------------------------------------- */

static ft_obj *get_bases(ft_obj *cls) {
    ft_obj *n = ft_str_intern_cstr("__bases__");
    if (!n) return NULL;
    ft_obj *b = ft_getattr_opt(cls, n);
    if (!b) return NULL;
    if (!ft_tuple_check(b)) return NULL;
    return b;
}

static int abstract_issubclass(ft_obj *derived, ft_obj *cls, int depth) {
    if (depth > 200 || ft_check_c_stack("in __subclasscheck__") < 0) {
        if (!ft_err_occurred()) ft_err_format(ft_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    for (;;) {
        if (derived == cls) return 1;
        ft_obj *bases = get_bases(derived);
        if (!bases) return ft_err_occurred() ? -1 : 0;
        ft_ssize n = ft_tuple_size(bases);
        if (n == 0) return 0;
        if (n == 1) { derived = ft_tuple_get(bases, 0); continue; }
        for (ft_ssize i = 0; i < n; i++) {
            int r = abstract_issubclass(ft_tuple_get(bases, i), cls, depth + 1);
            if (r) return r;
        }
        return 0;
    }
}

static bool is_union(ft_obj *o) { return ft_type_of(o) == &ft_union_type; }

static int recursive_isinstance(ft_obj *inst, ft_obj *cls) {
    if (ft_type_check(cls)) {
        if (ft_type_is_subtype(ft_type_of(inst), (ft_type *)cls)) return 1;
        ft_obj *c = ft_getattr_opt(inst, ft_id(__class__));
        if (!c) return ft_err_occurred() ? -1 : 0;
        if (c != (ft_obj *)ft_type_of(inst) && ft_type_check(c))
            return ft_type_is_subtype((ft_type *)c, (ft_type *)cls);
        return 0;
    }
    if (!get_bases(cls)) {
        if (ft_err_occurred()) return -1;
        ft_err_format(ft_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    ft_obj *c = ft_getattr_opt(inst, ft_id(__class__));
    if (!c) return ft_err_occurred() ? -1 : 0;
    return abstract_issubclass(c, cls, 0);
}

static int nest_error(const char *where) {
    ft_err_format(ft_exc_RecursionError, "maximum recursion depth exceeded %s", where);
    return -1;
}

static int isinstance_depth(ft_obj *inst, ft_obj *cls, int depth) {
    if ((ft_obj *)ft_type_of(inst) == cls) return 1;
    if (!ft_is_smallint(cls) && cls->ob_type == &ft_type_type)
        return recursive_isinstance(inst, cls);
    if (is_union(cls)) cls = ((ft_unionobj *)cls)->args;
    if (ft_tuple_check(cls)) {
        if (depth > atomic_load_explicit(&ft_interp_current()->recursion_limit, memory_order_relaxed) ||
            ft_check_c_stack("in __instancecheck__") < 0)
            return ft_err_occurred() ? -1 : nest_error("in __instancecheck__");
        for (ft_ssize i = 0; i < ft_tuple_size(cls); i++) {
            int r = isinstance_depth(inst, ft_tuple_get(cls, i), depth + 1);
            if (r) return r;
        }
        return 0;
    }
    ft_obj *checker = ft_lookup_special(cls, ft_id(__instancecheck__));
    if (checker) {
        if (ft_check_c_stack("in __instancecheck__") < 0) return -1;
        ft_obj *r = ft_call1(checker, inst);
        if (!r) return -1;
        return ft_is_true(r);
    }
    if (ft_err_occurred()) return -1;
    return recursive_isinstance(inst, cls);
}

int ft_isinstance(ft_obj *inst, ft_obj *cls) { return isinstance_depth(inst, cls, 0); }

static int recursive_issubclass(ft_obj *derived, ft_obj *cls) {
    if (ft_type_check(cls) && ft_type_check(derived))
        return ft_type_is_subtype((ft_type *)derived, (ft_type *)cls);
    if (!ft_type_check(derived) && !get_bases(derived)) {
        if (ft_err_occurred()) return -1;
        ft_err_format(ft_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_union(cls) && !ft_type_check(cls) && !get_bases(cls)) {
        if (ft_err_occurred()) return -1;
        ft_err_format(ft_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstract_issubclass(derived, cls, 0);
}

static int issubclass_depth(ft_obj *derived, ft_obj *cls, int depth) {
    if (!ft_is_smallint(cls) && cls->ob_type == &ft_type_type) {
        if (derived == cls) return 1;
        return recursive_issubclass(derived, cls);
    }
    if (is_union(cls)) cls = ((ft_unionobj *)cls)->args;
    if (ft_tuple_check(cls)) {
        if (depth > atomic_load_explicit(&ft_interp_current()->recursion_limit, memory_order_relaxed) ||
            ft_check_c_stack("in __subclasscheck__") < 0)
            return ft_err_occurred() ? -1 : nest_error("in __subclasscheck__");
        for (ft_ssize i = 0; i < ft_tuple_size(cls); i++) {
            int r = issubclass_depth(derived, ft_tuple_get(cls, i), depth + 1);
            if (r) return r;
        }
        return 0;
    }
    ft_obj *checker = ft_lookup_special(cls, ft_id(__subclasscheck__));
    if (checker) {
        if (ft_check_c_stack("in __subclasscheck__") < 0) return -1;
        ft_obj *r = ft_call1(checker, derived);
        if (!r) return -1;
        return ft_is_true(r);
    }
    if (ft_err_occurred()) return -1;
    return recursive_issubclass(derived, cls);
}

int ft_issubclass(ft_obj *derived, ft_obj *cls) { return issubclass_depth(derived, cls, 0); }

ft_obj *ft_obj_id(ft_obj *o) { return ft_int_from_u64((uint64_t)(uintptr_t)o); }
