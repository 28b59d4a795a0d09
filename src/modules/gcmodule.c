/* gcmodule.c -- the gc module: control of and statistics from the
 * collector in src/gc.
 *
 * ftpy's collector is a single-generation tracing collector: there are no
 * reference counts and no generations. The functions that exist for
 * CPython's generational collector answer in its terms where that is
 * meaningful (collect() returns the number of objects freed; thresholds are
 * stored so programs that tune them keep working) and say so in their
 * docstrings. Process-wide state: the collector's own (gc.h); the stored
 * thresholds live in this module's dict.
 */
#include "core/ftcore.h"

static ft_obj *gc_collect(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "generation", NULL };
    ft_obj *v[1];
    if (ft_parse_args("collect", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    if (v[0]) {
        int64_t g = ft_int_as_i64(v[0]);
        if (g == -1 && ft_err_occurred())
            return NULL;
        if (g < 0 || g > 2)
            return ft_err_format(ft_exc_ValueError, "invalid generation");
    }
    return ft_int_from_i64(ft_gc_collect());
}

static ft_obj *gc_enable(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { ft_gc_enable(true); return ft_None; }
static ft_obj *gc_disable(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { ft_gc_enable(false); return ft_None; }
static ft_obj *gc_isenabled(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_bool(ft_gc_is_enabled()); }

static ft_obj *gc_get_count(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_tuple_pack(3, ft_smallint(0), ft_smallint(0), ft_smallint(0));
}

static ft_obj *gc_get_threshold(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *t = ft_dict_get_cstr(ft_module_get_dict(m), "_threshold");
    return t ? t : ft_tuple_pack(3, ft_smallint(2000), ft_smallint(10), ft_smallint(0));
}

static ft_obj *gc_set_threshold(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("set_threshold", nargs, kwnames, 1, 3) < 0)
        return NULL;
    ft_obj *vals[3] = { ft_smallint(2000), ft_smallint(10), ft_smallint(0) };
    for (size_t i = 0; i < nargs; i++) {
        if (!ft_int_check(args[i]))
            return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 ft_type_name(ft_type_of(args[i])));
        vals[i] = args[i];
    }
    ft_obj *t = ft_tuple_from_array(vals, 3);
    if (!t || ft_dict_set_cstr(ft_module_get_dict(m), "_threshold", t) < 0)
        return NULL;
    return ft_None;
}

static ft_obj *gc_get_stats(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_gc_stats st;
    ft_gc_get_stats(&st);
    ft_obj *list = ft_list_new(0);
    for (int g = 0; list && g < 3; g++) {
        ft_obj *d = ft_dict_new();
        if (!d ||
            ft_dict_set_cstr(d, "collections", ft_int_from_u64(g == 2 ? st.collections : 0)) < 0 ||
            ft_dict_set_cstr(d, "collected", ft_smallint(0)) < 0 ||
            ft_dict_set_cstr(d, "uncollectable", ft_smallint(0)) < 0 ||
            ft_list_append(list, d) < 0)
            return NULL;
    }
    return list;
}

/* ftpy-specific: the collector's own figures. */
static ft_obj *gc_ftpy_stats(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_gc_stats st;
    ft_gc_get_stats(&st);
    ft_obj *d = ft_dict_new();
    if (!d ||
        ft_dict_set_cstr(d, "collections", ft_int_from_u64(st.collections)) < 0 ||
        ft_dict_set_cstr(d, "heap_bytes", ft_int_from_u64(st.heap_bytes)) < 0 ||
        ft_dict_set_cstr(d, "live_bytes_after_last", ft_int_from_u64(st.live_bytes_after_last)) < 0 ||
        ft_dict_set_cstr(d, "max_pause_ns", ft_int_from_u64(st.max_pause_ns)) < 0 ||
        ft_dict_set_cstr(d, "total_pause_ns", ft_int_from_u64(st.total_pause_ns)) < 0 ||
        ft_dict_set_cstr(d, "max_stop_ns", ft_int_from_u64(st.max_stop_ns)) < 0 ||
        ft_dict_set_cstr(d, "total_stop_ns", ft_int_from_u64(st.total_stop_ns)) < 0 ||
        ft_dict_set_cstr(d, "total_mark_ns", ft_int_from_u64(st.total_mark_ns)) < 0 ||
        ft_dict_set_cstr(d, "total_sweep_ns", ft_int_from_u64(st.total_sweep_ns)) < 0 ||
        ft_dict_set_cstr(d, "max_mark_ns", ft_int_from_u64(st.max_mark_ns)) < 0 ||
        ft_dict_set_cstr(d, "mark_threads", ft_int_from_u64(st.mark_threads)) < 0)
        return NULL;
    return d;
}

static ft_obj *gc_is_tracked(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("is_tracked", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *o = args[0];
    /* Atomic values (ints, floats, str, bytes, None, bool) hold no references. */
    if (ft_is_smallint(o) || ft_int_check(o) || ft_float_check(o) || ft_str_check(o) ||
        ft_bytes_check(o) || o == ft_None || o == ft_True || o == ft_False)
        return ft_False;
    return ft_True;
}

static ft_obj *gc_is_finalized(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("is_finalized", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *o = args[0];
    if (ft_is_smallint(o))
        return ft_False;
    return ft_bool(atomic_load_explicit(&o->ob_flags, memory_order_relaxed) & FT_OBF_FINALIZED);
}

static ft_obj *gc_noop(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_None; }
static ft_obj *gc_zero(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_smallint(0); }

static ft_obj *gc_unsupported(const char *what) {
    return ft_err_format(ft_exc_NotImplementedError,
                         "gc.%s() is not available: ftpy's collector does not keep an object list", what);
}

static ft_obj *gc_get_objects(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return gc_unsupported("get_objects"); }
static ft_obj *gc_get_referrers(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return gc_unsupported("get_referrers"); }
static ft_obj *gc_get_referents(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return gc_unsupported("get_referents"); }

static const ft_method_def gc_methods[] = {
    { "collect", gc_collect, FT_METH_KEYWORDS, "Run a full collection; returns the number of objects freed." },
    { "enable", gc_enable, FT_METH_NOARGS, NULL },
    { "disable", gc_disable, FT_METH_NOARGS, NULL },
    { "isenabled", gc_isenabled, FT_METH_NOARGS, NULL },
    { "get_count", gc_get_count, FT_METH_NOARGS, "Always (0, 0, 0): ftpy's collector has no generations." },
    { "get_threshold", gc_get_threshold, FT_METH_NOARGS, NULL },
    { "set_threshold", gc_set_threshold, 0, "Stored for compatibility; ftpy sizes collections by live data." },
    { "get_stats", gc_get_stats, FT_METH_NOARGS, NULL },
    { "get_freeze_count", gc_zero, FT_METH_NOARGS, NULL },
    { "freeze", gc_noop, FT_METH_NOARGS, NULL },
    { "unfreeze", gc_noop, FT_METH_NOARGS, NULL },
    { "is_tracked", gc_is_tracked, 0, NULL },
    { "is_finalized", gc_is_finalized, 0, NULL },
    { "get_objects", gc_get_objects, FT_METH_KEYWORDS, NULL },
    { "get_referrers", gc_get_referrers, FT_METH_VARARGS, NULL },
    { "get_referents", gc_get_referents, FT_METH_VARARGS, NULL },
    { "_ftpy_stats", gc_ftpy_stats, FT_METH_NOARGS, "Collector figures: collections, heap and live bytes, pauses." },
    { NULL }
};

static int gc_exec(ft_obj *m) {
    ft_obj *garbage = ft_list_new(0), *callbacks = ft_list_new(0);
    if (!garbage || !callbacks ||
        ft_module_add_object(m, "garbage", garbage) < 0 ||
        ft_module_add_object(m, "callbacks", callbacks) < 0 ||
        ft_module_add_int(m, "DEBUG_STATS", 1) < 0 ||
        ft_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        ft_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        ft_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 ||
        ft_module_add_int(m, "DEBUG_LEAK", 38) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_gc_module_def = {
    .name = "gc",
    .doc = "Interface to ftpy's tracing garbage collector.",
    .methods = gc_methods,
    .exec = gc_exec,
    .gil_safe = true,
};
