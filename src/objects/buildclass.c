/* buildclass.c -- builtins.__build_class__, the runtime half of the class
 * statement: __mro_entries__ resolution, metaclass calculation,
 * __prepare__, running the body, calling the metaclass and checking the
 * __class__ cell.
 *
 * Stateless; thread-safe by construction.
 */
#include "core/ftcore.h"
#include "typeobject_internal.h"

static ft_obj *update_bases(ft_obj *orig) {
    ft_ssize n = ft_tuple_size(orig);
    ft_obj *list = NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *b = ft_tuple_get(orig, i);
        ft_obj *entries = NULL;
        if (!ft_type_check(b)) {
            ft_obj *meth = ft_getattr_opt(b, ft_id(__mro_entries__));
            if (!meth && ft_err_occurred()) return NULL;
            if (meth) {
                entries = ft_call1(meth, orig);
                if (!entries) return NULL;
                if (!ft_tuple_check(entries))
                    return ft_err_format(ft_exc_TypeError, "__mro_entries__ must return a tuple");
            }
        }
        if (!entries) {
            if (list && ft_list_append(list, b) < 0) return NULL;
            continue;
        }
        if (!list) {
            list = ft_list_new(0);
            if (!list) return NULL;
            for (ft_ssize j = 0; j < i; j++)
                if (ft_list_append(list, ft_tuple_get(orig, j)) < 0) return NULL;
        }
        for (ft_ssize j = 0; j < ft_tuple_size(entries); j++)
            if (ft_list_append(list, ft_tuple_get(entries, j)) < 0) return NULL;
    }
    if (!list) return orig;
    return ft_list_as_tuple(list);
}

static ft_obj *build_class(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs < 2) return ft_err_format(ft_exc_TypeError, "__build_class__: not enough arguments");
    ft_obj *func = args[0], *name = args[1];
    if (ft_type_of(func) != &ft_function_type)
        return ft_err_format(ft_exc_TypeError, "__build_class__: func must be a function");
    if (!ft_str_check(name)) return ft_err_format(ft_exc_TypeError, "__build_class__: name is not a string");
    ft_obj *orig_bases = ft_tuple_from_array(args + 2, (ft_ssize)nargs - 2);
    if (!orig_bases) return NULL;
    ft_obj *bases = update_bases(orig_bases);
    if (!bases) return NULL;

    /* split keywords: metaclass vs the rest */
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    ft_obj *meta = NULL;
    ft_obj **kwvals = ft_gc_alloc(sizeof(ft_obj *) * (nkw + 4), FT_GC_SCAN);
    ft_obj **kwn = ft_gc_alloc(sizeof(ft_obj *) * (nkw + 1), FT_GC_SCAN);
    if (!kwvals || !kwn) return NULL;
    ft_ssize k = 0;
    for (ft_ssize i = 0; i < nkw; i++) {
        ft_obj *kn = ft_tuple_get(kwnames, i);
        if (ft_str_eq_cstr(kn, "metaclass")) { meta = args[nargs + i]; continue; }
        kwn[k] = kn;
        kwvals[3 + k] = args[nargs + i];
        k++;
    }
    ft_obj *rest_names = k ? ft_tuple_from_array(kwn, k) : NULL;
    if (k && !rest_names) return NULL;

    bool is_class;
    if (!meta) {
        meta = ft_tuple_size(bases) ? (ft_obj *)ft_type_of(ft_tuple_get(bases, 0)) : (ft_obj *)&ft_type_type;
        is_class = true;
    } else {
        is_class = ft_type_check(meta);
    }
    if (is_class) {
        ft_type *w = ft_type_calculate_metaclass((ft_type *)meta, bases);
        if (!w) return NULL;
        meta = (ft_obj *)w;
    }

    ft_obj *ns;
    ft_obj *prep = ft_getattr_opt(meta, ft_id(__prepare__));
    if (!prep && ft_err_occurred()) return NULL;
    if (prep) {
        kwvals[1] = name;
        kwvals[2] = bases;
        ns = ft_call(prep, kwvals + 1, 2, rest_names);
        if (!ns) return NULL;
    } else {
        ns = ft_dict_new();
        if (!ns) return NULL;
    }
    if (!ft_dict_check(ns) && !ft_type_of(ns)->subscript) {
        if (is_class)
            return ft_err_format(ft_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                                 FT_TPNAME((ft_type *)meta), FT_TPNAME(ft_type_of(ns)));
        return ft_err_format(ft_exc_TypeError, "<metaclass>.__prepare__() must return a mapping, not %s",
                             FT_TPNAME(ft_type_of(ns)));
    }
    ft_obj *cell = ft_eval_class_body(func, ns);
    if (!cell) return NULL;
    if (ft_type_of(cell) != &ft_cell_type) {
        /* code.h: the body stores its __class__ cell as __classcell__ and
         * returns None; remember the cell before the metaclass may drop it. */
        ft_obj *c = ft_dict_check(ns) ? ft_dict_get_str(ns, ft_id(__classcell__)) : ft_getitem(ns, ft_id(__classcell__));
        if (!c) {
            if (ft_err_occurred() && !ft_err_matches((ft_obj *)ft_exc_KeyError)) return NULL;
            ft_err_clear();
        } else {
            cell = c;
        }
    }
    if (bases != orig_bases) {
        if (ft_setitem(ns, ft_id(__orig_bases__), orig_bases) < 0) return NULL;
    }
    kwvals[0] = name;
    kwvals[1] = bases;
    kwvals[2] = ns;
    ft_obj *cls = ft_call(meta, kwvals, 3, rest_names);
    if (!cls) return NULL;
    if (ft_type_of(cell) == &ft_cell_type) {
        ft_obj *cell_cls = atomic_load_explicit(&((ft_cell *)cell)->ref, memory_order_acquire);
        if (cell_cls != cls) {
            if (!cell_cls)
                return ft_err_format(ft_exc_RuntimeError,
                                     "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                                     name, cls);
            return ft_err_format(ft_exc_TypeError, "__class__ set to %R defining %R as %R", cell_cls, name, cls);
        }
    }
    return cls;
}

const ft_method_def ft_build_class_def = {
    "__build_class__", build_class, FT_METH_VARARGS | FT_METH_KEYWORDS,
    "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
    "Internal helper function used by the class statement."};
