/* bool.c -- the bool type: a subclass of int with exactly two instances,
 * True and False, statically allocated and immortal (ft_bool_obj holds the
 * 0/1 value so every ft_int_* function treats them as ints).
 * Immutable, no locks. Arithmetic is inherited from int; only & | ^ keep
 * bool results when both operands are bools.
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"

ft_bool_obj ft_True_obj = { FT_OBJ_HEAD_INIT(&ft_bool_type), 1 };
ft_bool_obj ft_False_obj = { FT_OBJ_HEAD_INIT(&ft_bool_type), 0 };

static bool is_bool(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_bool_type; }

static ft_obj *bool_repr(ft_obj *o) {
    return ft_str_from_cstr(((ft_bool_obj *)o)->value ? "True" : "False");
}

static ft_obj *bool_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0) {
        ft_err_set_str(ft_exc_TypeError, "bool() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1)
        return ft_err_format(ft_exc_TypeError, "bool expected at most 1 argument, got %zd", (ft_ssize)nargs);
    if (nargs == 0) return ft_False;
    int t = ft_is_true(args[0]);
    if (t < 0) return NULL;
    return ft_bool(t);
}

#define BOOL_BITOP(name, op, slot) \
    static ft_obj *name(ft_obj *a, ft_obj *b) { \
        if (is_bool(a) && is_bool(b)) \
            return ft_bool((((ft_bool_obj *)a)->value op ((ft_bool_obj *)b)->value) != 0); \
        return ft_int_number_methods.slot(a, b); \
    }
BOOL_BITOP(bool_and, &, and_)
BOOL_BITOP(bool_or, |, or_)
BOOL_BITOP(bool_xor, ^, xor_)

ft_type ft_bool_type = {
    FT_TYPE_HEAD_INIT,
    .name = "bool",
    .doc = "Returns True when the argument is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .basicsize = sizeof(ft_bool_obj),
    .flags = FT_TPF_INT_SUBCLASS | FT_TPF_IMMUTABLE | FT_TPF_ATOMIC_INSTANCES | FT_TPF_MATCH_SELF,
    .base = &ft_int_type,
    .repr = bool_repr,
    .new_ = bool_new,
};

int ft_bool_ready(void) {
    ft_bool_type.as_number = ft_int_number_methods;
    ft_bool_type.as_number.and_ = bool_and;
    ft_bool_type.as_number.or_ = bool_or;
    ft_bool_type.as_number.xor_ = bool_xor;
    ft_bool_type.hash = ft_int_hash_slot;
    ft_bool_type.richcompare = ft_int_richcompare;
    ft_bool_type.getattro = ft_obj_generic_getattr;
    return ft_type_ready(&ft_bool_type);
}
