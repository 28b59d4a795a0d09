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

static _Thread_local ft_obj **repr_stack;
static _Thread_local size_t repr_len, repr_cap;

int ft_repr_enter(ft_obj *o) {
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o) return 1;
    if (repr_len == repr_cap) {
        size_t ncap = repr_cap ? repr_cap * 2 : 16;
        ft_obj **n = realloc(repr_stack, ncap * sizeof(ft_obj *));
        if (!n) { ft_err_no_memory(); return -1; }
        repr_stack = n;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void ft_repr_leave(ft_obj *o) {
    for (size_t i = repr_len; i > 0; i--) {
        if (repr_stack[i - 1] == o) {
            memmove(&repr_stack[i - 1], &repr_stack[i], (repr_len - i) * sizeof(ft_obj *));
            repr_len--;
            return;
        }
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

ft_obj *ft_containers_class_getitem(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    /* types.GenericAlias lives in the type system's area; use it when the
     * `types` machinery provides it through builtins' type(list[int]) hook. */
    ft_err_format(ft_exc_NotImplementedError,
                  "%N[...] (types.GenericAlias) is not supported yet", (ft_type *)cls);
    return NULL;
}

int ft_containers_init(void) {
    if (ft_tuple_types_init() < 0) return -1;
    if (ft_list_types_init() < 0) return -1;
    if (ft_dict_types_init() < 0) return -1;
    if (ft_set_types_init() < 0) return -1;
    if (ft_range_types_init() < 0) return -1;
    if (ft_slice_types_init() < 0) return -1;
    if (ft_iter_types_init() < 0) return -1;
    return 0;
}
