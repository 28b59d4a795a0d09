/* list_internal.h -- list internals shared by list.c and listsort.c only. */
#ifndef FT_LIST_INTERNAL_H
#define FT_LIST_INTERNAL_H

#include "core/ftcore.h"

/* Under the list's lock: detach its items array (returned; never written
 * again by anyone, so it can be read freely and re-installed as is) and
 * leave the list empty, marked "being sorted". *n receives the size. */
ft_obj **ft_list_sort_take(ft_obj *list, ft_ssize *n);
/* A fresh items array (capacity word included) for n items. */
ft_obj **ft_list_items_alloc(ft_ssize n);
/* Install `items` (an array from ft_list_items_alloc or ft_list_sort_take)
 * holding n items. Returns 1 if the list was mutated while it was being
 * sorted (the concurrent changes are dropped, as in CPython), else 0.
 * Never allocates, never fails. */
int ft_list_sort_put_back(ft_obj *list, ft_obj **items, ft_ssize n);

#endif
