/* singletons.c -- None, NotImplemented and Ellipsis: their types and objects.
 *
 * The three objects are statically allocated, immortal and shared by every
 * interpreter (FT_OBJ_HEAD_INIT marks them shareable). They have no mutable
 * state, so nothing here locks. Calling a singleton's type returns the
 * singleton itself, as in CPython.
 */
#include "core/ftcore.h"

ft_obj ft_None_obj = FT_OBJ_HEAD_INIT(&ft_none_type);
ft_obj ft_NotImplemented_obj = FT_OBJ_HEAD_INIT(&ft_notimplemented_type);
ft_obj ft_Ellipsis_obj = FT_OBJ_HEAD_INIT(&ft_ellipsis_type);

static ft_obj *singleton_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                             ft_obj *result) {
    if (nargs || (kwnames && ft_tuple_size(kwnames))) {
        ft_err_format(ft_exc_TypeError, "%s takes no arguments", type->name);
        return NULL;
    }
    return result;
}

/* ---- None ---- */
static ft_obj *none_repr(ft_obj *o) { return ft_str_intern_cstr("None"); }
static int none_bool(ft_obj *o) { return 0; }
static int64_t none_hash(ft_obj *o) {
    /* CPython 3.12+: a fixed constant, not the address. */
    return (int64_t)0xFCA86420;
}
static ft_obj *none_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return singleton_new(type, args, nargs, kw, ft_None);
}

ft_type ft_none_type = {
    FT_TYPE_HEAD_INIT,
    .name = "NoneType",
    .doc = "The type of the None singleton.",
    .basicsize = sizeof(ft_obj),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .repr = none_repr,
    .hash = none_hash,
    .new_ = none_new,
    .as_number = { .bool_ = none_bool },
};

/* ---- NotImplemented ---- */
static ft_obj *notimpl_repr(ft_obj *o) { return ft_str_intern_cstr("NotImplemented"); }
static ft_obj *notimpl_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_str_intern_cstr("NotImplemented");
}
static ft_obj *notimpl_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return singleton_new(type, args, nargs, kw, ft_NotImplemented);
}
/* CPython 3.13 answers True with a DeprecationWarning; ftpy answers True
 * without the warning (the warnings machinery lives in Python code). */
static int notimpl_bool(ft_obj *o) { return 1; }
static const ft_method_def notimpl_methods[] = {
    {"__reduce__", notimpl_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_notimplemented_type = {
    FT_TYPE_HEAD_INIT,
    .name = "NotImplementedType",
    .doc = "The type of the NotImplemented singleton.",
    .basicsize = sizeof(ft_obj),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .repr = notimpl_repr,
    .new_ = notimpl_new,
    .methods = notimpl_methods,
    .as_number = { .bool_ = notimpl_bool },
};

/* ---- Ellipsis ---- */
static ft_obj *ellipsis_repr(ft_obj *o) { return ft_str_intern_cstr("Ellipsis"); }
static ft_obj *ellipsis_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_str_intern_cstr("Ellipsis");
}
static ft_obj *ellipsis_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs || (kw && ft_tuple_size(kw))) {
        ft_err_set_str(ft_exc_TypeError, "EllipsisType takes no arguments");
        return NULL;
    }
    return ft_Ellipsis;
}
static const ft_method_def ellipsis_methods[] = {
    {"__reduce__", ellipsis_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_ellipsis_type = {
    FT_TYPE_HEAD_INIT,
    .name = "ellipsis",
    .doc = NULL,
    .basicsize = sizeof(ft_obj),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};

int ft_singletons_init(void) {
    if (ft_type_ready(&ft_none_type) < 0) return -1;
    if (ft_type_ready(&ft_notimplemented_type) < 0) return -1;
    if (ft_type_ready(&ft_ellipsis_type) < 0) return -1;
    return 0;
}
