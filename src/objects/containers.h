/* containers.h -- internal helpers shared by the container types (list,
 * tuple, dict, set, range, slice, iterators). Not a contract header: only
 * files of the containers area include it.
 *
 * Item arrays that lock-free readers may be scanning are only ever written
 * with atomic word stores (ft_item_store / ft_items_move; release order, so
 * an object published through a slot is fully initialised for a reader that
 * loads the slot with ft_item_load's acquire): a reader never sees a torn
 * pointer, only the old or the new value of each slot.
 */
#ifndef FT_CONTAINERS_H
#define FT_CONTAINERS_H

#include "core/ftcore.h"

/* ---- atomic item access ---------------------------------------------------- */
static inline ft_obj *ft_item_load(ft_obj *const *slot) {
    return __atomic_load_n((ft_obj **)slot, __ATOMIC_ACQUIRE);
}
static inline void ft_item_store(ft_obj **slot, ft_obj *v) {
    __atomic_store_n(slot, v, __ATOMIC_RELEASE);
}
/* memmove done word by word with atomic stores (readers may be scanning dst). */
static inline void ft_items_move(ft_obj **dst, ft_obj *const *src, ft_ssize n) {
    if (n <= 0 || dst == src) return;
    if (dst < src) {
        for (ft_ssize i = 0; i < n; i++) ft_item_store(&dst[i], ft_item_load(&src[i]));
    } else {
        for (ft_ssize i = n - 1; i >= 0; i--) ft_item_store(&dst[i], ft_item_load(&src[i]));
    }
}

/* ---- recursion guard for repr (Py_ReprEnter) ------------------------------- */
/* 0: not being repr'd yet (now marked), 1: already in progress on this thread,
 * -1: error (MemoryError). Pair every 0 result with ft_repr_leave. */
int ft_repr_enter(ft_obj *o);
void ft_repr_leave(ft_obj *o);

/* ---- misc ------------------------------------------------------------------ */
ft_obj *ft_iter_self(ft_obj *o);
/* The __class_getitem__ implementation shared by the container types. */
ft_obj *ft_containers_class_getitem(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
/* True when `o` has an __index__ (int, bool, or a type with the index slot). */
static inline bool ft_has_index(ft_obj *o) {
    return ft_is_smallint(o) || FT_TYPE(o)->as_number.index != NULL || ft_int_check(o);
}
/* Whether a binary operator should give the other operand's reflected method
 * a chance (heap type defining `rname`) before a sequence raises its own
 * CPython-style TypeError. */
bool ft_other_may_handle(ft_obj *other, const char *rname);
/* str, bytes, bytearray, list or tuple (or subclasses): the builtin types
 * whose repetition CPython implements as a sequence slot. */
static inline bool ft_is_builtin_sequence(ft_obj *o) {
    return ft_str_check(o) || ft_bytes_check(o) || ft_bytearray_check(o) || ft_list_check(o) || ft_tuple_check(o);
}
/* hash of an object with a fast path for exact str and small ints. */
int64_t ft_containers_hash(ft_obj *o);

/* slice helpers: unpack (may call __index__; do it before locking) and adjust
 * (pure arithmetic; do it under the lock against the current length). */
int ft_slice_unpack(ft_obj *slice, ft_ssize *start, ft_ssize *stop, ft_ssize *step);
ft_ssize ft_slice_adjust(ft_ssize length, ft_ssize *start, ft_ssize *stop, ft_ssize step);
/* Index value of `key` for sequence subscription; sets TypeError with
 * "<tname> indices must be integers or slices, not T" on a bad key. */
int ft_seq_index_key(ft_obj *key, const char *tname, ft_ssize *out);
/* start/stop arguments of index(): __index__ values clamped. */
int ft_clamped_index_arg(ft_obj *o, ft_ssize *out);

/* Extra iterator types (all readied by ft_containers_init). */
extern ft_type ft_listiter_type, ft_listreviter_type, ft_tupleiter_type,
    ft_rangeiter_type, ft_longrangeiter_type, ft_setiter_type,
    ft_dictiter_keys_type, ft_dictiter_values_type, ft_dictiter_items_type,
    ft_dictreviter_keys_type, ft_dictreviter_values_type, ft_dictreviter_items_type;

/* dict internals used by dictviews.c */
typedef enum { FT_DI_KEYS, FT_DI_VALUES, FT_DI_ITEMS } ft_dictiter_kind;
ft_obj *ft_dict_iter_new(ft_obj *d, ft_dictiter_kind kind, bool reversed);
ft_obj *ft_dictview_new(ft_obj *d, ft_type *type);
/* Step through the entries from *pos (index into the entry array); returns
 * 1 with key/value/hash, 0 when done. */
int ft_dict_next_entry(ft_obj *d, ft_ssize *pos, ft_obj **key, ft_obj **value, int64_t *hash);
/* Lookup with a precomputed hash. value or NULL (no exception = missing). */
ft_obj *ft_dict_get_hashed(ft_obj *d, ft_obj *key, int64_t hash);
int ft_dict_set_hashed(ft_obj *d, ft_obj *key, int64_t hash, ft_obj *value);
/* set internals used by dict views */
int ft_set_add_hashed(ft_obj *s, ft_obj *key, int64_t hash);
int ft_set_contains_hashed(ft_obj *s, ft_obj *key, int64_t hash);
int ft_set_next_hashed(ft_obj *s, ft_ssize *pos, ft_obj **key, int64_t *hash);

int ft_list_types_init(void);
int ft_tuple_types_init(void);
int ft_dict_types_init(void);
int ft_set_types_init(void);
int ft_range_types_init(void);
int ft_slice_types_init(void);
int ft_iter_types_init(void);

#endif /* FT_CONTAINERS_H */
