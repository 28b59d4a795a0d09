/* list_internal.h -- list internals shared by list.c and listsort.c only. */
#ifndef FT_LIST_INTERNAL_H
#define FT_LIST_INTERNAL_H

#include "core/ftcore.h"

/* Under the list's lock: copy the items into a new tuple and leave the list
 * empty, marked as "being sorted". NULL + MemoryError on failure (the list
 * is then untouched). */
ft_obj *ft_list_sort_take(ft_obj *list);
/* Install items[0..n) as the list's contents. Returns 1 if the list was
 * mutated while it was being sorted (the concurrent changes are dropped, as
 * in CPython), 0 if not, -1 on MemoryError. */
int ft_list_sort_put_back(ft_obj *list, ft_obj *const *items, ft_ssize n);

#endif
