/* dictviews.c -- dict_keys, dict_values and dict_items views.
 *
 * A view only holds its dict; every operation reads the dict through the
 * dict's own thread-safe API (dict.c), so views need no lock of their own.
 * keys and items views are set-like: comparisons with sets/views, the
 * operators & | - ^ (results are new sets, built like CPython so that int
 * and str results print in the same order) and isdisjoint. values views
 * are neither set-like nor comparable by value (identity hash, as CPython).
 */
#include "core/ftcore.h"
#include "objects/containers.h"
#include "objects/typeobject_internal.h"  /* ft_mappingproxy_new, for view.mapping */

typedef struct { ft_obj ob; ft_obj *dict; } dictview;
#define V(o) ((dictview *)(o))

ft_obj *ft_dictview_new(ft_obj *d, ft_type *type) {
    dictview *v = (dictview *)ft_obj_alloc(type, sizeof(dictview));
    if (!v) return NULL;
    v->dict = d;
    return (ft_obj *)v;
}

static bool is_keys(ft_obj *o) { return FT_TYPE(o) == &ft_dict_keys_type; }
static bool is_items(ft_obj *o) { return FT_TYPE(o) == &ft_dict_items_type; }
static bool is_setlike_view(ft_obj *o) { return is_keys(o) || is_items(o); }

static ft_ssize view_len(ft_obj *self) { return ft_dict_size(V(self)->dict); }

static ft_obj *keys_iter(ft_obj *self) { return ft_dict_iter_new(V(self)->dict, FT_DI_KEYS, false); }
static ft_obj *values_iter(ft_obj *self) { return ft_dict_iter_new(V(self)->dict, FT_DI_VALUES, false); }
static ft_obj *items_iter(ft_obj *self) { return ft_dict_iter_new(V(self)->dict, FT_DI_ITEMS, false); }

static ft_obj *keys_reversed(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) {
    return ft_dict_iter_new(V(self)->dict, FT_DI_KEYS, true);
}
static ft_obj *values_reversed(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) {
    return ft_dict_iter_new(V(self)->dict, FT_DI_VALUES, true);
}
static ft_obj *items_reversed(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) {
    return ft_dict_iter_new(V(self)->dict, FT_DI_ITEMS, true);
}

static int keys_contains(ft_obj *self, ft_obj *key) { return ft_dict_contains(V(self)->dict, key); }

static int items_contains(ft_obj *self, ft_obj *item) {
    if (!ft_tuple_check(item) || ft_tuple_size(item) != 2) return 0;
    ft_obj *v = ft_dict_get(V(self)->dict, ft_tuple_get(item, 0));
    if (!v) return ft_err_occurred() ? -1 : 0;
    return ft_richcompare_bool(v, ft_tuple_get(item, 1), FT_EQ);
}

static ft_obj *view_repr(ft_obj *self) {
    int r = ft_repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return ft_str_from_cstr("...");
    ft_obj *res = NULL;
    ft_obj *l = ft_sequence_list(self);
    if (l) res = ft_str_from_format("%s(%R)", FT_TYPE(self)->name, l);
    ft_repr_leave(self);
    return res;
}

static ft_obj *view_mapping(ft_obj *self, void *closure) { return ft_mappingproxy_new(V(self)->dict); }

/* Every element of a is in b (`in`). */
static int all_contained_in(ft_obj *a, ft_obj *b) {
    ft_obj *it = ft_iter(a);
    if (!it) return -1;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) return ft_err_occurred() ? -1 : 1;
        int c = ft_contains(b, x);
        if (c <= 0) return c;
    }
}

static ft_obj *view_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (!ft_set_check(b) && !is_setlike_view(b)) return ft_NotImplemented;
    ft_ssize la = ft_len(a), lb = ft_len(b);
    if (la < 0 || lb < 0) return NULL;
    int ok = 0;
    switch (op) {
    case FT_EQ: case FT_NE:
        ok = la == lb ? all_contained_in(a, b) : 0;
        if (ok < 0) return NULL;
        return ft_bool(op == FT_EQ ? ok : !ok);
    case FT_LT: ok = la < lb ? all_contained_in(a, b) : 0; break;
    case FT_LE: ok = la <= lb ? all_contained_in(a, b) : 0; break;
    case FT_GT: ok = la > lb ? all_contained_in(b, a) : 0; break;
    case FT_GE: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return NULL;
    return ft_bool(ok);
}

/* set(view) -- or set(x) for the non-view operand of a reflected operator. */
static ft_obj *to_set(ft_obj *o) {
    if (is_keys(o)) return ft_set_new(V(o)->dict);
    return ft_set_new(o);
}

static ft_obj *view_sub(ft_obj *a, ft_obj *b) {
    ft_obj *r = to_set(a);
    if (!r) return NULL;
    ft_obj *x = ft_call_method1(r, "difference_update", b);
    return x ? r : NULL;
}

static ft_obj *view_or(ft_obj *a, ft_obj *b) {
    ft_obj *r = to_set(a);
    if (!r) return NULL;
    if (ft_set_update(r, b) < 0) return NULL;
    return r;
}

static ft_obj *view_xor(ft_obj *a, ft_obj *b) {
    ft_obj *r = to_set(a);
    if (!r) return NULL;
    ft_obj *x = ft_call_method1(r, "symmetric_difference_update", b);
    return x ? r : NULL;
}

static ft_obj *view_and(ft_obj *self, ft_obj *other) {
    if (!is_setlike_view(self)) { ft_obj *t = self; self = other; other = t; }
    ft_ssize lself = ft_len(self);
    if (lself < 0) return NULL;
    if (!ft_is_smallint(other) && FT_TYPE(other) == &ft_set_type) {
        ft_ssize lo = ft_set_size(other);
        if (lself <= lo) return ft_call_method1(other, "intersection", self);
    }
    if (is_setlike_view(other)) {
        ft_ssize lo = ft_len(other);
        if (lo < 0) return NULL;
        if (lo > lself) { ft_obj *t = self; self = other; other = t; }
    }
    ft_obj *r = ft_set_new(NULL);
    if (!r) return NULL;
    ft_obj *it = ft_iter(other);
    if (!it) return NULL;
    bool keys = is_keys(self);
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) return ft_err_occurred() ? NULL : r;
        int c = keys ? ft_dict_contains(V(self)->dict, x) : items_contains(self, x);
        if (c < 0) return NULL;
        if (c && ft_set_add(r, x) < 0) return NULL;
    }
}

static ft_obj *view_isdisjoint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *other = args[0];
    if (self == other) return ft_bool(ft_dict_size(V(self)->dict) == 0);
    if (ft_set_check(other) || is_setlike_view(other)) {
        ft_ssize ls = ft_len(self), lo = ft_len(other);
        if (ls < 0 || lo < 0) return NULL;
        if (lo > ls) { ft_obj *t = self; self = other; other = t; }
    }
    ft_obj *it = ft_iter(other);
    if (!it) return NULL;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) return ft_err_occurred() ? NULL : ft_True;
        int c = ft_contains(self, x);
        if (c < 0) return NULL;
        if (c) return ft_False;
    }
}

static const ft_getset_def view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL}
};

static const ft_method_def keys_methods[] = {
    {"isdisjoint", view_isdisjoint, FT_METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, FT_METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {NULL}
};
static const ft_method_def items_methods[] = {
    {"isdisjoint", view_isdisjoint, FT_METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, FT_METH_NOARGS, "Return a reverse iterator over the dict items."},
    {NULL}
};
static const ft_method_def values_methods[] = {
    {"__reversed__", values_reversed, FT_METH_NOARGS, "Return a reverse iterator over the dict values."},
    {NULL}
};

ft_type ft_dict_keys_type = {
    FT_TYPE_HEAD_INIT,
    .name = "dict_keys",
    .basicsize = sizeof(dictview),
    .repr = view_repr,
    .hash = ft_hash_unhashable,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .length = view_len,
    .contains = keys_contains,
    .as_number = { .subtract = view_sub, .and_ = view_and, .or_ = view_or, .xor_ = view_xor },
    .methods = keys_methods,
    .getsets = view_getsets,
};

ft_type ft_dict_items_type = {
    FT_TYPE_HEAD_INIT,
    .name = "dict_items",
    .basicsize = sizeof(dictview),
    .repr = view_repr,
    .hash = ft_hash_unhashable,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .length = view_len,
    .contains = items_contains,
    .as_number = { .subtract = view_sub, .and_ = view_and, .or_ = view_or, .xor_ = view_xor },
    .methods = items_methods,
    .getsets = view_getsets,
};

ft_type ft_dict_values_type = {
    FT_TYPE_HEAD_INIT,
    .name = "dict_values",
    .basicsize = sizeof(dictview),
    .repr = view_repr,
    .iter = values_iter,
    .length = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};
