/* super.c -- the `super` type: attribute lookup that continues after a
 * given class in the MRO of an object's type.
 *
 * Invariants / locking: a super object is filled by __init__ (three
 * pointer stores) and only read afterwards; nothing is shared or cached.
 * Zero-argument super() asks the VM for the calling frame's __class__ cell
 * and first argument (ft_frame_super_args).
 */
#include "core/ftcore.h"
#include "typeobject_internal.h"

#define SU(o) ((ft_super *)(o))

/* The type to search the MRO of, or NULL with TypeError. */
static ft_type *supercheck(ft_type *type, ft_obj *obj) {
    if (ft_type_check(obj) && ft_type_is_subtype((ft_type *)obj, type)) return (ft_type *)obj;
    if (ft_type_is_subtype(ft_type_of(obj), type)) return ft_type_of(obj);
    ft_obj *cls = ft_getattr_opt(obj, ft_id(__class__));
    if (!cls && ft_err_occurred()) return NULL;
    if (cls && ft_type_check(cls) && cls != (ft_obj *)ft_type_of(obj) && ft_type_is_subtype((ft_type *)cls, type))
        return (ft_type *)cls;
    if (ft_type_check(obj))
        ft_err_format(ft_exc_TypeError,
                      "super(type, obj): obj (type %s) is not an instance or subtype of type (%s).",
                      FT_TPNAME((ft_type *)obj), FT_TPNAME(type));
    else
        ft_err_format(ft_exc_TypeError,
                      "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                      FT_TPNAME(ft_type_of(obj)), FT_TPNAME(type));
    return NULL;
}

static ft_obj *super_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_type_generic_alloc(type, 0);
}

static int super_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0) {
        ft_err_format(ft_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        ft_err_format(ft_exc_TypeError, "super() takes at most 2 arguments (%d given)", (int)nargs);
        return -1;
    }
    ft_obj *type, *obj = NULL;
    if (nargs == 0) {
        if (ft_frame_super_args(&type, &obj) < 0) return -1;
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!ft_type_check(type)) {
        ft_err_format(ft_exc_TypeError, "super() argument 1 must be a type, not %s", FT_TPNAME(ft_type_of(type)));
        return -1;
    }
    if (obj == ft_None) obj = NULL;
    ft_type *obj_type = NULL;
    if (obj) {
        obj_type = supercheck((ft_type *)type, obj);
        if (!obj_type) return -1;
    }
    SU(self)->type = (ft_type *)type;
    SU(self)->obj = obj;
    SU(self)->obj_type = obj_type;
    return 0;
}

static ft_obj *super_getattro(ft_obj *self, ft_obj *name) {
    ft_super *su = SU(self);
    if (su->obj_type && ft_str_check(name) && !ft_str_eq_cstr(name, "__class__")) {
        ft_obj *res = ft_type_mro_lookup_after(su->type, su->obj_type, name);
        if (res) {
            ft_descrgetfunc g = ft_type_of(res)->descr_get;
            if (g) return g(res, su->obj == (ft_obj *)su->obj_type ? NULL : su->obj, (ft_obj *)su->obj_type);
            return res;
        }
    }
    return ft_obj_generic_getattr(self, name);
}

static ft_obj *super_descr_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    ft_super *su = SU(self);
    if (!obj || obj == ft_None || su->obj) return self;
    ft_type *ot = supercheck(su->type, obj);
    if (!ot) return NULL;
    ft_super *n = (ft_super *)ft_type_generic_alloc(ft_type_of(self), 0);
    if (!n) return NULL;
    n->type = su->type;
    n->obj = obj;
    n->obj_type = ot;
    return (ft_obj *)n;
}

static ft_obj *super_repr(ft_obj *self) {
    ft_super *su = SU(self);
    const char *tn = su->type ? FT_TPNAME(su->type) : "NULL";
    if (su->obj_type) return ft_str_from_format("<super: <class '%s'>, <%s object>>", tn, FT_TPNAME(su->obj_type));
    return ft_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static const ft_member_def super_members[] = {
    {"__thisclass__", FT_MEMBER_OBJECT_NONE, offsetof(ft_super, type), FT_MEMBER_READONLY, "the class invoking super()"},
    {"__self__", FT_MEMBER_OBJECT_NONE, offsetof(ft_super, obj), FT_MEMBER_READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", FT_MEMBER_OBJECT_NONE, offsetof(ft_super, obj_type), FT_MEMBER_READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL}
};

ft_type ft_super_type = {
    FT_TYPE_HEAD_INIT,
    .name = "super",
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .basicsize = sizeof(ft_super),
    .flags = FT_TPF_BASETYPE,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .repr = super_repr,
    .new_ = super_new,
    .init = super_init,
    .members = super_members,
};

int ft_super_init(void) { return ft_type_ready(&ft_super_type); }
