/* gen.c -- generators, coroutines, async generators and their helper
 * objects (coroutine_wrapper, async_generator_asend / _athrow /
 * _wrapped_value).
 *
 * A generator owns its frame (a separate GC block). Exactly one thread at
 * a time may run it: every entry point (send, throw, close, __next__)
 * first wins `running` with an atomic CAS (0 -> 1), otherwise it raises
 * ValueError "generator already executing" -- whether the other runner is
 * this thread (re-entrance) or another one. Every field except `running`
 * is read and written only by the holder of `running` (getters such as
 * gi_suspended read `state` racily: a stale but valid value).
 *
 * The handled-exception state: while a generator runs, ts->exc_info is
 * its own handled exception if it was suspended inside an except block,
 * else the caller's; the generator's value is saved in exc_state when it
 * yields, and the caller's restored.
 *
 * Async generators: `running_async` / `ag_closed` are likewise only
 * touched by a thread that is driving an asend/athrow awaitable; those
 * awaitables are not meant to be shared between threads (as in CPython);
 * their own state words are updated with plain stores.
 */
#include "core/ftcore.h"
#include "vm/frame.h"
#include "vm/opcodes.h"

enum { GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_CLOSED = 3 };

typedef struct ft_gen {
    ft_obj ob;
    ft_frame *frame;
    ft_obj *code;
    ft_obj *name, *qualname;
    _Atomic int running;
    int state;
    ft_obj *exc_state;
    int running_async;   /* async generators: an asend/athrow is in progress */
    int ag_closed;
    int ag_hooks_inited; /* async generators: sys asyncgen hooks consulted */
    ft_obj *ag_finalizer; /* finalizer hook captured at first iteration, or NULL */
} ft_gen;

#define GEN(o) ((ft_gen *)(o))

static bool is_gen_type(ft_obj *o) {
    ft_type *t = FT_TYPE(o);
    return t == &ft_generator_type || t == &ft_coroutine_type || t == &ft_async_generator_type;
}

bool ft_gen_is_gen_like(ft_obj *o) {
    ft_type *t = FT_TYPE(o);
    return t == &ft_generator_type || t == &ft_coroutine_type;
}

static bool is_exc_class(ft_obj *o) {
    return !ft_is_smallint(o) && ft_type_is_subtype(FT_TYPE(o), &ft_type_type) &&
           ft_type_is_subtype((ft_type *)o, ft_exc_BaseException);
}
static bool is_exc_instance(ft_obj *o) {
    return o && !ft_is_smallint(o) && ft_type_is_subtype(FT_TYPE(o), ft_exc_BaseException);
}

static const char *kind_name(ft_gen *g) {
    ft_type *t = FT_TYPE(g);
    return t == &ft_coroutine_type ? "coroutine" : t == &ft_async_generator_type ? "async generator" : "generator";
}

ft_obj *ft_gen_new_from_frame(ft_function *func, ft_frame *f) {
    ft_code *co = f->code;
    ft_type *tp = &ft_generator_type;
    if (co->flags & FT_CO_COROUTINE)
        tp = &ft_coroutine_type;
    else if (co->flags & FT_CO_ASYNC_GENERATOR)
        tp = &ft_async_generator_type;
    ft_gen *g = (ft_gen *)ft_obj_alloc(tp, sizeof(ft_gen));
    if (!g)
        return NULL;
    g->frame = f;
    g->code = (ft_obj *)co;
    g->name = func ? func->name : co->name;
    g->qualname = func ? func->qualname : co->qualname;
    if (!g->qualname)
        g->qualname = co->qualname;
    f->gen = (ft_obj *)g;
    f->owner = FT_FRAME_OWNED_BY_GEN;
    g->state = GEN_CREATED;
    return (ft_obj *)g;
}

static bool gen_acquire(ft_gen *g) {
    int expected = 0;
    if (atomic_compare_exchange_strong_explicit(&g->running, &expected, 1, memory_order_acquire,
                                                memory_order_relaxed))
        return true;
    ft_err_format(ft_exc_ValueError, "%s already executing", kind_name(g));
    return false;
}
static void gen_release(ft_gen *g) {
    atomic_store_explicit(&g->running, 0, memory_order_release);
}

/* PEP 479: StopIteration (and StopAsyncIteration for async generators)
 * escaping the frame becomes RuntimeError. */
static void convert_stop_iteration(ft_gen *g) {
    ft_obj *e = ft_err_peek();
    const char *msg = NULL;
    if (ft_exc_matches(e, (ft_obj *)ft_exc_StopIteration)) {
        msg = FT_TYPE(g) == &ft_coroutine_type ? "coroutine raised StopIteration"
            : FT_TYPE(g) == &ft_async_generator_type ? "async generator raised StopIteration"
            : "generator raised StopIteration";
    } else if (FT_TYPE(g) == &ft_async_generator_type &&
               ft_exc_matches(e, (ft_obj *)ft_exc_StopAsyncIteration)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (!msg)
        return;
    ft_err_clear();
    ft_err_set_str(ft_exc_RuntimeError, msg);
    ft_obj *ne = ft_err_peek();
    if (ne) {
        ft_exc_set_cause(ne, e);
        ft_exc_set_context(ne, e);
        ft_obj *tb = ft_exc_get_traceback(e);
        if (tb)
            ft_exc_set_traceback(ne, tb);
    }
}

enum { RESUME_SEND, RESUME_THROW, RESUME_REPLACE };

/* Run the frame; caller holds `running`. */
static int gen_resume(ft_gen *g, int mode, ft_obj *value, ft_obj **result) {
    ft_thread *ts = ft_ts();
    ft_frame *f = g->frame;
    *result = NULL;
    if (g->state == GEN_CLOSED) {
        if (mode == RESUME_THROW)
            return FT_GEN_ERROR;
        if (FT_TYPE(g) == &ft_coroutine_type) {
            ft_err_set_str(ft_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return FT_GEN_ERROR;
        }
        *result = ft_None;
        return FT_GEN_RETURN;
    }
    if (g->state == GEN_CREATED && mode == RESUME_SEND && value != ft_None) {
        ft_err_format(ft_exc_TypeError, "can't send non-None value to a just-started %s", kind_name(g));
        return FT_GEN_ERROR;
    }
    if (ft_check_c_stack("while calling a Python object") < 0 || ft_vm_enter_py(ts) < 0) {
        return FT_GEN_ERROR;
    }
    ft_obj **stack = ft_frame_stack_base(f);
    if (mode == RESUME_SEND) {
        if (g->state != GEN_CREATED)
            stack[f->stacktop++] = value;
    } else if (mode == RESUME_REPLACE) {
        /* the delegate of YIELD_FROM finished with `value` */
        stack[f->stacktop - 1] = value;
        f->next_instr++;
    }
    ft_obj *saved = ts->exc_info;
    if (g->exc_state)
        ts->exc_info = g->exc_state;
    f->gen_outer_exc = saved;
    bool first_run = g->state == GEN_CREATED;
    g->state = GEN_RUNNING;
    ft_obj *r = ft_eval_frame(ts, f, mode == RESUME_THROW);
    f->gen_outer_exc = NULL;
    if (f->yielded) {
        g->exc_state = ts->exc_info != saved ? ts->exc_info : NULL;
        ts->exc_info = saved;
        /* A suspended frame with handlers (try/finally, with) must be
         * closed when the generator dies, as CPython does: ask the GC to
         * run our finalizer. Plain generators need none. */
        if (first_run && f->code->nexc > 0 && FT_TYPE(g) != &ft_async_generator_type)
            ft_gc_register_finalizer((ft_obj *)g);
        g->state = GEN_SUSPENDED;
        *result = r;
        return FT_GEN_YIELD;
    }
    ts->exc_info = saved;
    g->exc_state = NULL;
    g->state = GEN_CLOSED;
    f->stacktop = 0;
    if (r) {
        *result = r;
        return FT_GEN_RETURN;
    }
    convert_stop_iteration(g);
    return FT_GEN_ERROR;
}

int ft_gen_send_ex(ft_obj *gen, ft_obj *value, int exc, ft_obj **result) {
    ft_gen *g = GEN(gen);
    *result = NULL;
    if (!gen_acquire(g))
        return FT_GEN_ERROR;
    int r = gen_resume(g, exc ? RESUME_THROW : RESUME_SEND, value ? value : ft_None, result);
    gen_release(g);
    return r;
}

/* The object a suspended generator delegates to (YIELD_FROM), or NULL. */
static ft_obj *yieldfrom_locked(ft_gen *g) {
    ft_frame *f = g->frame;
    if (g->state != GEN_SUSPENDED || f->yielded != 2 || f->stacktop < 1)
        return NULL;
    return ft_frame_stack_base(f)[f->stacktop - 1];
}

ft_obj *ft_gen_yieldfrom(ft_obj *gen) {
    return yieldfrom_locked(GEN(gen));
}

static ft_obj *gen_close_public(ft_obj *o);

/* close() a delegate; 0 or -1 */
static int close_iter(ft_obj *yf) {
    if (ft_gen_is_gen_like(yf) || FT_TYPE(yf) == &ft_async_generator_type) {
        return gen_close_public(yf) ? 0 : -1;
    }
    ft_obj *m = ft_getattr_opt(yf, ft_id(close));
    if (!m)
        return ft_err_occurred() ? -1 : 0;
    return ft_call0(m) ? 0 : -1;
}

static int gen_throw_public(ft_obj *o, ft_obj *exc, ft_obj **result);

/* throw exc into g (g's running held by the caller) */
static int gen_throw_locked(ft_gen *g, ft_obj *exc, ft_obj **result) {
    ft_obj *yf = yieldfrom_locked(g);
    if (yf) {
        if (ft_exc_matches(exc, (ft_obj *)ft_exc_GeneratorExit)) {
            g->state = GEN_RUNNING;
            int err = close_iter(yf);
            g->state = GEN_SUSPENDED;
            if (err < 0)
                return gen_resume(g, RESUME_THROW, NULL, result);
            goto throw_here;
        }
        int r;
        ft_obj *res = NULL;
        g->state = GEN_RUNNING;
        if (is_gen_type(yf) && FT_TYPE(yf) != &ft_async_generator_type) {
            r = gen_throw_public(yf, exc, &res);
        } else {
            ft_obj *m = ft_getattr_opt(yf, ft_id(throw));
            if (!m) {
                g->state = GEN_SUSPENDED;
                if (ft_err_occurred())
                    return gen_resume(g, RESUME_THROW, NULL, result);
                goto throw_here;
            }
            res = ft_call1(m, exc);
            if (res) {
                r = FT_GEN_YIELD;
            } else if (ft_err_matches((ft_obj *)ft_exc_StopIteration)) {
                ft_obj *e = ft_err_fetch();
                res = ft_stop_iteration_value(e);
                r = res ? FT_GEN_RETURN : FT_GEN_ERROR;
            } else {
                r = FT_GEN_ERROR;
            }
        }
        g->state = GEN_SUSPENDED;
        if (r == FT_GEN_YIELD) {
            *result = res;
            return FT_GEN_YIELD;
        }
        if (r == FT_GEN_RETURN)
            return gen_resume(g, RESUME_REPLACE, res, result);
        return gen_resume(g, RESUME_THROW, NULL, result);
    }
throw_here:
    ft_err_set_exc(exc);
    return gen_resume(g, RESUME_THROW, NULL, result);
}

static int gen_throw_public(ft_obj *o, ft_obj *exc, ft_obj **result) {
    ft_gen *g = GEN(o);
    *result = NULL;
    if (!gen_acquire(g))
        return FT_GEN_ERROR;
    int r = gen_throw_locked(g, exc, result);
    gen_release(g);
    return r;
}

static ft_obj *gen_close_public(ft_obj *o) {
    ft_gen *g = GEN(o);
    if (!gen_acquire(g))
        return NULL;
    if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
        g->state = GEN_CLOSED;
        if (FT_TYPE(g) == &ft_async_generator_type)
            g->ag_closed = 1;
        gen_release(g);
        return ft_None;
    }
    ft_obj *exc = ft_exc_new(ft_exc_GeneratorExit, NULL, 0);
    if (!exc) {
        gen_release(g);
        return NULL;
    }
    ft_obj *res = NULL;
    int r = gen_throw_locked(g, exc, &res);
    gen_release(g);
    if (r == FT_GEN_YIELD) {
        ft_err_format(ft_exc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
        return NULL;
    }
    if (r == FT_GEN_RETURN)
        return res ? res : ft_None;
    if (ft_err_matches((ft_obj *)ft_exc_StopIteration) || ft_err_matches((ft_obj *)ft_exc_GeneratorExit)) {
        ft_err_clear();
        return ft_None;
    }
    return NULL;
}

/* Build the exception for throw(typ[, val[, tb]]). */
static ft_obj *make_throw_exc(ft_obj *typ, ft_obj *val, ft_obj *tb) {
    if (tb == ft_None)
        tb = NULL;
    if (tb && FT_TYPE(tb) != &ft_traceback_type) {
        ft_err_set_str(ft_exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    ft_obj *e;
    if (is_exc_class(typ)) {
        if (!val || val == ft_None) {
            e = ft_call0(typ);
        } else if (is_exc_instance(val) && ft_type_is_subtype(FT_TYPE(val), (ft_type *)typ)) {
            e = val;
        } else if (ft_tuple_check(val)) {
            e = ft_call(typ, ft_tuple_items(val), (size_t)ft_tuple_size(val), NULL);
        } else {
            e = ft_call1(typ, val);
        }
        if (!e)
            return NULL;
        if (!is_exc_instance(e)) {
            ft_err_format(ft_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %R", typ,
                          (ft_obj *)FT_TYPE(e));
            return NULL;
        }
    } else if (is_exc_instance(typ)) {
        if (val && val != ft_None) {
            ft_err_set_str(ft_exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        e = typ;
    } else {
        ft_err_format(ft_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      ft_type_name(FT_TYPE(typ)));
        return NULL;
    }
    if (tb)
        ft_exc_set_traceback(e, tb);
    return e;
}

static ft_obj *throw_args_exc(const char *name, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional(name, nargs, kw, 1, 3) < 0)
        return NULL;
    return make_throw_exc(args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

/* ---- generator / coroutine methods ------------------------------------------------- */

static ft_obj *gen_iternext(ft_obj *o) {
    ft_obj *res = NULL;
    int r = ft_gen_send_ex(o, ft_None, 0, &res);
    if (r == FT_GEN_YIELD)
        return res;
    if (r == FT_GEN_RETURN && res && res != ft_None)
        ft_err_set_stop_iteration(res);
    return NULL;
}

static ft_obj *finish_send(int r, ft_obj *res) {
    if (r == FT_GEN_YIELD)
        return res;
    if (r == FT_GEN_RETURN) {
        if (!res || res == ft_None)
            ft_err_set_none(ft_exc_StopIteration);
        else
            ft_err_set_stop_iteration(res);
    }
    return NULL;
}

static ft_obj *gen_m_send(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *res = NULL;
    int r_ = ft_gen_send_ex(self, args[0], 0, &res);
    return finish_send(r_, res);
}

static ft_obj *gen_m_throw(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *e = throw_args_exc("throw", args, nargs, kw);
    if (!e)
        return NULL;
    ft_obj *res = NULL;
    int r_ = gen_throw_public(self, e, &res);
    return finish_send(r_, res);
}

static ft_obj *gen_m_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return gen_close_public(self);
}

ft_obj *ft_gen_send(ft_obj *gen, ft_obj *value) {
    if (!is_gen_type(gen) || FT_TYPE(gen) == &ft_async_generator_type) {
        if (value == ft_None && FT_TYPE(gen)->iternext) {
            ft_obj *r = FT_TYPE(gen)->iternext(gen);
            if (!r && !ft_err_occurred())
                ft_err_set_stop_iteration(ft_None);
            return r;
        }
        return ft_call_method1(gen, "send", value);
    }
    ft_obj *res = NULL;
    int r_ = ft_gen_send_ex(gen, value, 0, &res);
    return finish_send(r_, res);
}

static ft_obj *gen_self_iter(ft_obj *o) { return o; }

/* GC finalizer: close a generator that died suspended. */
static ft_obj *gen_finalize(ft_obj *o) {
    ft_gen *g = GEN(o);
    if (FT_TYPE(o) == &ft_async_generator_type) {
        /* Only registered when a finalizer hook was captured: hand the
         * unfinished generator to it (asyncio schedules aclose()). */
        ft_obj *fin = g->ag_finalizer;
        if (!fin || g->ag_closed || g->state == GEN_CLOSED || g->state == GEN_CREATED)
            return ft_None;
        g->ag_finalizer = NULL;
        return ft_call(fin, &o, 1, NULL);
    }
    if (g->state != GEN_SUSPENDED)
        return ft_None;
    return gen_close_public(o);
}

static ft_obj *gen_repr(ft_obj *o) {
    return ft_str_from_format("<%s object %U at %p>",
                              FT_TYPE(o) == &ft_async_generator_type ? "async_generator" : kind_name(GEN(o)),
                              GEN(o)->qualname, (void *)o);
}

static ft_obj *gen_get_frame(ft_obj *o, void *c) {
    ft_gen *g = GEN(o);
    if (g->state == GEN_CLOSED)
        return ft_None;
    return ft_frame_get_object(g->frame);
}
static ft_obj *gen_get_running(ft_obj *o, void *c) { return ft_bool(GEN(o)->state == GEN_RUNNING); }
static ft_obj *gen_get_suspended(ft_obj *o, void *c) { return ft_bool(GEN(o)->state == GEN_SUSPENDED); }
static ft_obj *gen_get_code(ft_obj *o, void *c) { return GEN(o)->code; }
static ft_obj *gen_get_yieldfrom(ft_obj *o, void *c) {
    ft_obj *y = yieldfrom_locked(GEN(o));
    return y ? y : ft_None;
}
static ft_obj *gen_get_name(ft_obj *o, void *c) { return GEN(o)->name; }
static int gen_set_name(ft_obj *o, ft_obj *v, void *c) {
    if (!v || !ft_str_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GEN(o)->name = v;
    return 0;
}
static ft_obj *gen_get_qualname(ft_obj *o, void *c) { return GEN(o)->qualname; }
static int gen_set_qualname(ft_obj *o, ft_obj *v, void *c) {
    if (!v || !ft_str_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GEN(o)->qualname = v;
    return 0;
}
static ft_obj *gen_get_origin(ft_obj *o, void *c) { return ft_None; }
static ft_obj *ag_get_running(ft_obj *o, void *c) { return ft_bool(GEN(o)->running_async); }

static const ft_getset_def gen_getsets[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL}
};

static const ft_method_def gen_methods[] = {
    {"send", gen_m_send, FT_METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_m_throw, FT_METH_VARARGS, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_m_close, FT_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {NULL}
};

ft_type ft_generator_type = {
    FT_TYPE_HEAD_INIT,
    .name = "generator",
    .basicsize = sizeof(ft_gen),
    .repr = gen_repr,
    .iter = gen_self_iter,
    .iternext = gen_iternext,
    .del_ = gen_finalize,
    .getsets = gen_getsets,
    .methods = gen_methods,
};

/* coroutines */

static ft_obj *coro_await(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw);

static const ft_getset_def coro_getsets[] = {
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"cr_origin", gen_get_origin, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL}
};

static const ft_method_def coro_methods[] = {
    {"send", gen_m_send, FT_METH_O, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", gen_m_throw, FT_METH_VARARGS, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", gen_m_close, FT_METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await, FT_METH_NOARGS, "Return an iterator to be used in await expression."},
    {NULL}
};

ft_type ft_coroutine_type = {
    FT_TYPE_HEAD_INIT,
    .name = "coroutine",
    .basicsize = sizeof(ft_gen),
    .repr = gen_repr,
    .del_ = gen_finalize,
    .getsets = coro_getsets,
    .methods = coro_methods,
};

/* coroutine_wrapper: what coro.__await__() returns */
typedef struct { ft_obj ob; ft_obj *coro; } ft_coro_wrapper;
#define CW(o) (((ft_coro_wrapper *)(o))->coro)

static ft_obj *coro_await(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_coro_wrapper *w = (ft_coro_wrapper *)ft_obj_alloc(&ft_coro_wrapper_type, sizeof(ft_coro_wrapper));
    if (!w)
        return NULL;
    w->coro = self;
    return (ft_obj *)w;
}
static ft_obj *cw_iternext(ft_obj *o) {
    ft_obj *res = NULL;
    int r_ = ft_gen_send_ex(CW(o), ft_None, 0, &res);
    return finish_send(r_, res);
}
static ft_obj *cw_send(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return gen_m_send(CW(self), args, nargs, kw);
}
static ft_obj *cw_throw(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return gen_m_throw(CW(self), args, nargs, kw);
}
static ft_obj *cw_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return gen_close_public(CW(self));
}
static const ft_method_def cw_methods[] = {
    {"send", cw_send, FT_METH_O, NULL},
    {"throw", cw_throw, FT_METH_VARARGS, NULL},
    {"close", cw_close, FT_METH_NOARGS, NULL},
    {NULL}
};
ft_type ft_coro_wrapper_type = {
    FT_TYPE_HEAD_INIT,
    .name = "coroutine_wrapper",
    .basicsize = sizeof(ft_coro_wrapper),
    .iter = gen_self_iter,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

ft_obj *ft_coro_get_awaitable_iter(ft_obj *o, int where) {
    ft_type *tp = FT_TYPE(o);
    if (tp == &ft_coroutine_type) {
        if (yieldfrom_locked(GEN(o))) {
            ft_err_set_str(ft_exc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        return o;
    }
    if (tp == &ft_generator_type && (FT_CODE(GEN(o)->code)->flags & FT_CO_ITERABLE_COROUTINE))
        return o;
    ft_obj *getter = ft_lookup_special(o, ft_id(__await__));
    if (!getter) {
        if (ft_err_occurred())
            return NULL;
        if (where == 1)
            ft_err_format(ft_exc_TypeError,
                          "'async with' received an object from __aenter__ that does not implement __await__: %s",
                          ft_type_name(tp));
        else if (where == 2)
            ft_err_format(ft_exc_TypeError,
                          "'async with' received an object from __aexit__ that does not implement __await__: %s",
                          ft_type_name(tp));
        else
            ft_err_format(ft_exc_TypeError, "object %s can't be used in 'await' expression", ft_type_name(tp));
        return NULL;
    }
    ft_obj *res = ft_call0(getter);
    if (!res)
        return NULL;
    ft_type *rt = FT_TYPE(res);
    if (rt == &ft_coroutine_type ||
        (rt == &ft_generator_type && (FT_CODE(GEN(res)->code)->flags & FT_CO_ITERABLE_COROUTINE))) {
        ft_err_set_str(ft_exc_TypeError, "__await__() returned a coroutine");
        return NULL;
    }
    if (!rt->iternext) {
        ft_err_format(ft_exc_TypeError, "__await__() returned non-iterator of type '%s'", ft_type_name(rt));
        return NULL;
    }
    return res;
}

/* ---- async generators ------------------------------------------------------------------ */

typedef struct { ft_obj ob; ft_obj *val; } ft_ag_wrapped;

ft_obj *ft_async_gen_wrap_value(ft_obj *v) {
    ft_ag_wrapped *w = (ft_ag_wrapped *)ft_obj_alloc(&ft_async_gen_wrapped_type, sizeof(ft_ag_wrapped));
    if (!w)
        return NULL;
    w->val = v;
    return (ft_obj *)w;
}

ft_type ft_async_gen_wrapped_type = {
    FT_TYPE_HEAD_INIT,
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(ft_ag_wrapped),
};

enum { AW_INIT = 0, AW_ITER = 1, AW_CLOSED = 2 };

typedef struct {
    ft_obj ob;
    ft_obj *gen;
    ft_obj *sendval;
    int state;
} ft_ag_asend;

typedef struct {
    ft_obj ob;
    ft_obj *gen;
    ft_obj *exc;      /* exception to throw, or NULL for aclose() */
    int state;
} ft_ag_athrow;

/* Interpret a step of the async generator for asend/athrow. */
static ft_obj *ag_unwrap(ft_gen *g, int r, ft_obj *res, int *aw_state) {
    if (r == FT_GEN_YIELD) {
        if (FT_TYPE(res) == &ft_async_gen_wrapped_type) {
            g->running_async = 0;
            *aw_state = AW_CLOSED;
            ft_err_set_stop_iteration(((ft_ag_wrapped *)res)->val);
            return NULL;
        }
        return res;
    }
    g->running_async = 0;
    *aw_state = AW_CLOSED;
    if (r == FT_GEN_RETURN) {
        g->ag_closed = 1;
        ft_err_set_none(ft_exc_StopAsyncIteration);
        return NULL;
    }
    if (ft_err_matches((ft_obj *)ft_exc_StopAsyncIteration) || ft_err_matches((ft_obj *)ft_exc_GeneratorExit))
        g->ag_closed = 1;
    return NULL;
}

/* ---- sys.set_asyncgen_hooks ------------------------------------------------------------
 * The hooks are per thread, kept in the thread's private dict (ts->dict, a GC root
 * touched only by its own thread) under keys no Python code can produce from
 * threading.local. An async generator consults them once, at its first
 * __anext__/asend/athrow/aclose: firstiter is called with the generator, and the
 * finalizer is remembered and called (instead of a plain close) if the generator
 * dies unfinished. */

static ft_obj *hook_key(int which) {
    return ft_str_intern_cstr(which ? "\x01ftpy.asyncgen_finalizer" : "\x01ftpy.asyncgen_firstiter");
}

static ft_obj *get_hook(ft_thread *ts, int which) {
    if (!ts->dict)
        return NULL;
    ft_obj *key = hook_key(which);
    if (!key)
        return NULL;
    ft_obj *v = ft_dict_get(ts->dict, key);
    return v == ft_None ? NULL : v;
}

void ft_async_gen_get_hooks(ft_obj **firstiter, ft_obj **finalizer) {
    ft_thread *ts = ft_ts();
    *firstiter = get_hook(ts, 0);
    *finalizer = get_hook(ts, 1);
}

int ft_async_gen_set_hook(int which, ft_obj *hook) {
    ft_thread *ts = ft_ts();
    if (!ts->dict) {
        ts->dict = ft_dict_new();
        if (!ts->dict)
            return -1;
    }
    ft_obj *key = hook_key(which);
    if (!key)
        return -1;
    return ft_dict_set(ts->dict, key, hook ? hook : ft_None);
}

static int ag_init_hooks(ft_obj *o) {
    ft_gen *g = GEN(o);
    if (g->ag_hooks_inited)
        return 0;
    g->ag_hooks_inited = 1;
    ft_thread *ts = ft_ts();
    ft_obj *fin = get_hook(ts, 1);
    if (fin) {
        g->ag_finalizer = fin;
        ft_gc_register_finalizer(o);
    }
    ft_obj *first = get_hook(ts, 0);
    if (first) {
        ft_obj *r = ft_call(first, &o, 1, NULL);
        if (!r)
            return -1;
    }
    return 0;
}

static ft_obj *new_asend(ft_obj *gen, ft_obj *v) {
    if (ag_init_hooks(gen) < 0)
        return NULL;
    ft_ag_asend *a = (ft_ag_asend *)ft_obj_alloc(&ft_async_gen_asend_type, sizeof(ft_ag_asend));
    if (!a)
        return NULL;
    a->gen = gen;
    a->sendval = v;
    return (ft_obj *)a;
}

ft_obj *ft_async_gen_anext(ft_obj *ag) { return new_asend(ag, ft_None); }

static ft_obj *asend_send_impl(ft_ag_asend *a, ft_obj *arg) {
    ft_gen *g = GEN(a->gen);
    if (a->state == AW_CLOSED) {
        ft_err_set_str(ft_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            ft_err_set_str(ft_exc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == ft_None)
            arg = a->sendval;
        a->state = AW_ITER;
    }
    g->running_async = 1;
    ft_obj *res = NULL;
    int r = ft_gen_send_ex(a->gen, arg ? arg : ft_None, 0, &res);
    return ag_unwrap(g, r, res, &a->state);
}

static ft_obj *asend_iternext(ft_obj *o) { return asend_send_impl((ft_ag_asend *)o, ft_None); }
static ft_obj *asend_m_send(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return asend_send_impl((ft_ag_asend *)self, args[0]);
}
static ft_obj *asend_m_throw(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ag_asend *a = (ft_ag_asend *)self;
    if (a->state == AW_CLOSED) {
        ft_err_set_str(ft_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    ft_obj *e = throw_args_exc("throw", args, nargs, kw);
    if (!e)
        return NULL;
    ft_obj *res = NULL;
    int r = gen_throw_public(a->gen, e, &res);
    return ag_unwrap(GEN(a->gen), r, res, &a->state);
}
static ft_obj *asend_m_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ((ft_ag_asend *)self)->state = AW_CLOSED;
    return ft_None;
}
static ft_obj *aw_m_await(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return self; }

static const ft_method_def asend_methods[] = {
    {"send", asend_m_send, FT_METH_O, NULL},
    {"throw", asend_m_throw, FT_METH_VARARGS, NULL},
    {"close", asend_m_close, FT_METH_NOARGS, NULL},
    {"__await__", aw_m_await, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_async_gen_asend_type = {
    FT_TYPE_HEAD_INIT,
    .name = "async_generator_asend",
    .basicsize = sizeof(ft_ag_asend),
    .iter = gen_self_iter,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

static ft_obj *athrow_check(ft_ag_athrow *a, int r, ft_obj *res) {
    ft_gen *g = GEN(a->gen);
    if (a->exc)  /* athrow() */
        return ag_unwrap(g, r, res, &a->state);
    /* aclose() */
    if (r == FT_GEN_YIELD) {
        if (FT_TYPE(res) == &ft_async_gen_wrapped_type) {
            g->running_async = 0;
            a->state = AW_CLOSED;
            ft_err_set_str(ft_exc_RuntimeError, "async generator ignored GeneratorExit");
            return NULL;
        }
        return res;
    }
    g->running_async = 0;
    a->state = AW_CLOSED;
    if (r == FT_GEN_RETURN) {
        g->ag_closed = 1;
        ft_err_set_none(ft_exc_StopIteration);
        return NULL;
    }
    if (ft_err_matches((ft_obj *)ft_exc_StopAsyncIteration) || ft_err_matches((ft_obj *)ft_exc_GeneratorExit)) {
        g->ag_closed = 1;
        ft_err_clear();
        ft_err_set_none(ft_exc_StopIteration);
    }
    return NULL;
}

static ft_obj *athrow_send_impl(ft_ag_athrow *a, ft_obj *arg) {
    ft_gen *g = GEN(a->gen);
    if (a->state == AW_CLOSED) {
        ft_err_set_str(ft_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (g->ag_closed || g->state == GEN_CLOSED) {
        a->state = AW_CLOSED;
        ft_err_set_none(ft_exc_StopIteration);
        return NULL;
    }
    ft_obj *res = NULL;
    int r;
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            ft_err_format(ft_exc_RuntimeError, "%s(): asynchronous generator is already running",
                          a->exc ? "athrow" : "aclose");
            return NULL;
        }
        if (arg && arg != ft_None) {
            ft_err_set_str(ft_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AW_ITER;
        g->running_async = 1;
        ft_obj *e = a->exc;
        if (!e) {
            e = ft_exc_new(ft_exc_GeneratorExit, NULL, 0);
            if (!e)
                return NULL;
        }
        r = gen_throw_public(a->gen, e, &res);
        return athrow_check(a, r, res);
    }
    r = ft_gen_send_ex(a->gen, arg ? arg : ft_None, 0, &res);
    return athrow_check(a, r, res);
}

static ft_obj *athrow_iternext(ft_obj *o) { return athrow_send_impl((ft_ag_athrow *)o, ft_None); }
static ft_obj *athrow_m_send(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return athrow_send_impl((ft_ag_athrow *)self, args[0]);
}
static ft_obj *athrow_m_throw(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ag_athrow *a = (ft_ag_athrow *)self;
    if (a->state == AW_CLOSED) {
        ft_err_set_str(ft_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    ft_obj *e = throw_args_exc("throw", args, nargs, kw);
    if (!e)
        return NULL;
    ft_obj *res = NULL;
    int r = gen_throw_public(a->gen, e, &res);
    return athrow_check(a, r, res);
}
static ft_obj *athrow_m_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ((ft_ag_athrow *)self)->state = AW_CLOSED;
    return ft_None;
}

static const ft_method_def athrow_methods[] = {
    {"send", athrow_m_send, FT_METH_O, NULL},
    {"throw", athrow_m_throw, FT_METH_VARARGS, NULL},
    {"close", athrow_m_close, FT_METH_NOARGS, NULL},
    {"__await__", aw_m_await, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_async_gen_athrow_type = {
    FT_TYPE_HEAD_INIT,
    .name = "async_generator_athrow",
    .basicsize = sizeof(ft_ag_athrow),
    .iter = gen_self_iter,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

static ft_obj *ag_m_aiter(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return self; }
static ft_obj *ag_m_anext(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return new_asend(self, ft_None);
}
static ft_obj *ag_m_asend(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return new_asend(self, args[0]);
}
static ft_obj *ag_m_athrow(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *e = throw_args_exc("athrow", args, nargs, kw);
    if (!e)
        return NULL;
    if (ag_init_hooks(self) < 0)
        return NULL;
    ft_ag_athrow *a = (ft_ag_athrow *)ft_obj_alloc(&ft_async_gen_athrow_type, sizeof(ft_ag_athrow));
    if (!a)
        return NULL;
    a->gen = self;
    a->exc = e;
    return (ft_obj *)a;
}
static ft_obj *ag_m_aclose(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ag_init_hooks(self) < 0)
        return NULL;
    ft_ag_athrow *a = (ft_ag_athrow *)ft_obj_alloc(&ft_async_gen_athrow_type, sizeof(ft_ag_athrow));
    if (!a)
        return NULL;
    a->gen = self;
    return (ft_obj *)a;
}

static const ft_getset_def ag_getsets[] = {
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_running", ag_get_running, NULL, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL}
};

static const ft_method_def ag_methods[] = {
    {"__aiter__", ag_m_aiter, FT_METH_NOARGS, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", ag_m_anext, FT_METH_NOARGS, "Return a value or raise StopAsyncIteration."},
    {"asend", ag_m_asend, FT_METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", ag_m_athrow, FT_METH_VARARGS, "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator."},
    {"aclose", ag_m_aclose, FT_METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {NULL}
};

ft_type ft_async_generator_type = {
    FT_TYPE_HEAD_INIT,
    .name = "async_generator",
    .basicsize = sizeof(ft_gen),
    .repr = gen_repr,
    .getsets = ag_getsets,
    .methods = ag_methods,
};
