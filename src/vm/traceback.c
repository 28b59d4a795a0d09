/* traceback.c -- traceback objects.
 *
 * A traceback entry records (frame object, instruction, line). Entries are
 * created by the VM when an exception passes through a frame and linked
 * outermost-first through tb_next. tb_frame/tb_lasti/tb_lineno are
 * immutable; tb_next may be reassigned from Python (single atomic pointer
 * store, with a cycle check), as in CPython.
 */
#include "core/ftcore.h"
#include "vm/frame.h"

typedef struct ft_traceback {
    ft_obj ob;
    ft_obj *_Atomic next;
    ft_obj *frame;
    int lasti;
    int lineno;
} ft_traceback;

#define TB(o) ((ft_traceback *)(o))

ft_obj *ft_traceback_new(ft_obj *next, ft_obj *frame, int lasti, int lineno) {
    if (next && next != ft_None && FT_TYPE(next) != &ft_traceback_type) {
        ft_err_bad_internal_call("ft_traceback_new");
        return NULL;
    }
    ft_traceback *tb = (ft_traceback *)ft_obj_alloc(&ft_traceback_type, sizeof(ft_traceback));
    if (!tb)
        return NULL;
    atomic_store_explicit(&tb->next, next == ft_None ? NULL : next, memory_order_relaxed);
    tb->frame = frame;
    tb->lasti = lasti;
    tb->lineno = lineno;
    return (ft_obj *)tb;
}

static ft_obj *tb_get_next(ft_obj *s, void *c) {
    ft_obj *n = atomic_load_explicit(&TB(s)->next, memory_order_acquire);
    return n ? n : ft_None;
}
static int tb_set_next(ft_obj *s, ft_obj *v, void *c) {
    if (!v) {
        ft_err_set_str(ft_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == ft_None) {
        atomic_store_explicit(&TB(s)->next, NULL, memory_order_release);
        return 0;
    }
    if (FT_TYPE(v) != &ft_traceback_type) {
        ft_err_format(ft_exc_TypeError, "expected traceback object or None, got '%T'", v);
        return -1;
    }
    for (ft_obj *p = v; p; p = atomic_load_explicit(&TB(p)->next, memory_order_acquire)) {
        if (p == s) {
            ft_err_set_str(ft_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    atomic_store_explicit(&TB(s)->next, v, memory_order_release);
    return 0;
}
static ft_obj *tb_get_frame(ft_obj *s, void *c) { return TB(s)->frame ? TB(s)->frame : ft_None; }
static ft_obj *tb_get_lasti(ft_obj *s, void *c) { return ft_smallint(TB(s)->lasti); }
static ft_obj *tb_get_lineno(ft_obj *s, void *c) {
    return TB(s)->lineno < 0 ? ft_None : ft_smallint(TB(s)->lineno);
}

static ft_obj *tb_new_(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    ft_obj *a[4] = {0};
    if (ft_parse_args("traceback", args, nargs, kwnames, names, 0, 4, a) < 0)
        return NULL;
    if (a[0] != ft_None && FT_TYPE(a[0]) != &ft_traceback_type) {
        ft_err_format(ft_exc_TypeError, "expected traceback object or None, got '%T'", a[0]);
        return NULL;
    }
    if (FT_TYPE(a[1]) != &ft_frame_type) {
        ft_err_format(ft_exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %T", a[1]);
        return NULL;
    }
    int64_t lasti = ft_int_as_i64(a[2]);
    if (lasti == -1 && ft_err_occurred())
        return NULL;
    int64_t lineno = ft_int_as_i64(a[3]);
    if (lineno == -1 && ft_err_occurred())
        return NULL;
    return ft_traceback_new(a[0], a[1], (int)lasti, (int)lineno);
}

static const ft_getset_def tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL}
};

ft_type ft_traceback_type = {
    FT_TYPE_HEAD_INIT,
    .name = "traceback",
    .basicsize = sizeof(ft_traceback),
    .new_ = tb_new_,
    .getsets = tb_getsets,
};
