/* interpretersmodule.c -- _interpreters: create, enter and destroy
 * sub-interpreters (concurrent.interpreters is built on it in lib/).
 *
 * MODEL. Every interpreter has its own sys.modules, sys, builtins and
 * __main__, but all of them share one heap, the static types and the
 * immortal singletons (runtime.h). A thread "enters" another interpreter
 * by pointing ts->interp at it for the duration of a call: its ft_thread
 * stays on its home interpreter's thread list (the collector scans every
 * list, so nothing else needs to move). While entered, everything the
 * thread imports, prints or defines belongs to the target interpreter.
 *
 * OBJECTS CROSSING. This module only moves raw references; the Python
 * helper lib/_ftpy_xi.py, always run inside the receiving interpreter,
 * decides what may cross: immutable builtin values are shared as they
 * are (no copy: the heap is common), containers are copied, functions are
 * rebuilt around their (immutable) code object with globals resolved in
 * the receiver, modules are re-imported there; anything else raises
 * NotShareableError. So no interpreter ever runs code whose globals belong
 * to another.
 *
 * LIFETIME. destroy() refuses an interpreter that is running (visitors,
 * or threads of its own) and unlinks it from rt->interps under
 * threads_lock; its modules become garbage. Interpreter ids are never
 * reused (rt->next_interp_id).
 */
#include "core/ftcore.h"
#include "modules/import.h"
#include "parser/ast.h"
#include "vm/code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ft_obj *interp_error(const char *name) {
    ft_obj *m = ft_import_module_cstr("_interpreters");
    return m ? ft_getattr_cstr(m, name) : NULL;
}

static ft_obj *raise_named(const char *cls, const char *fmt, long long id) {
    ft_obj *t = interp_error(cls);
    if (!t)
        return NULL;
    char msg[128];
    snprintf(msg, sizeof msg, fmt, id);
    ft_obj *e = ft_call1(t, ft_str_from_cstr(msg));
    if (e)
        ft_err_set_exc(e);
    return NULL;
}

/* Looks an interpreter up by id; NULL with InterpreterNotFoundError. */
static ft_interp *find_interp(ft_obj *idobj) {
    int64_t id = ft_int_as_i64(idobj);
    if (id == -1 && ft_err_occurred())
        return NULL;
    ft_interp *found = NULL;
    ft_threads_lock();
    for (ft_interp *in = ft_rt->interps; in; in = in->next)
        if (in->id == id)
            found = in;
    ft_threads_unlock();
    if (!found || atomic_load(&found->closing))
        raise_named("InterpreterNotFoundError", "unrecognized interpreter ID %lld", (long long)id);
    return found;
}

/* __main__ of an interpreter (created on first use, like the CLI's). */
static ft_obj *main_dict_of(ft_interp *interp) {
    if (!interp->main_module) {
        ft_obj *name = ft_str_intern_cstr("__main__");
        ft_obj *m = ft_module_new(name);
        if (!m)
            return NULL;
        ft_obj *d = ft_module_get_dict(m);
        if (ft_dict_set(d, ft_id(__builtins__), interp->builtins_module) < 0 ||
            ft_dict_set(interp->modules, name, m) < 0)
            return NULL;
        interp->main_module = m;
    }
    return ft_module_get_dict(interp->main_module);
}

typedef struct { ft_interp *saved; ft_interp *target; } entered;

static void flush_std_streams(ft_interp *interp) {
    ft_obj *exc = ft_err_occurred() ? ft_err_fetch() : NULL;
    static const char *const streams[] = { "stdout", "stderr" };
    for (int i = 0; i < 2; i++) {
        ft_obj *s = ft_dict_get_cstr(interp->sys_dict, streams[i]);
        if (s && s != ft_None && !ft_call_method0(s, "flush"))
            ft_err_clear();
    }
    if (exc)
        ft_err_restore(exc);
}

/* Each interpreter has its own sys.stdout over the same fd: flushing on
 * the way in and out keeps the output of both in program order. */
static void enter(entered *e, ft_interp *target) {
    ft_thread *ts = ft_current_thread;
    flush_std_streams(ts->interp);
    e->saved = ts->interp;
    e->target = target;
    atomic_fetch_add(&target->nvisitors, 1);
    ts->interp = target;
    ts->py_depth_limit = atomic_load(&target->recursion_limit);
}

static void leave(entered *e) {
    ft_thread *ts = ft_current_thread;
    flush_std_streams(e->target);
    ts->interp = e->saved;
    ts->py_depth_limit = atomic_load(&e->saved->recursion_limit);
    atomic_fetch_sub(&e->target->nvisitors, 1);
}

static ft_obj *xi_create(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "config", "$reqrefs", NULL };
    ft_obj *v[2];
    if (ft_parse_args("create", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    ft_interp *interp = ft_interp_new();
    if (!interp)
        return NULL;
    entered e;
    enter(&e, interp);
    ft_obj *ok = main_dict_of(interp);
    leave(&e);
    if (!ok) {
        ft_interp_delete(interp);
        return NULL;
    }
    return ft_int_from_i64(interp->id);
}

static int interp_has_own_threads(ft_interp *interp) {
    ft_threads_lock();
    int busy = interp->threads != NULL;
    ft_threads_unlock();
    return busy;
}

static ft_obj *xi_destroy(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "id", "$restrict", NULL };
    ft_obj *v[2];
    if (ft_parse_args("destroy", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_interp *interp = find_interp(v[0]);
    if (!interp)
        return NULL;
    if (interp == ft_rt->main_interp) {
        ft_obj *t = interp_error("InterpreterError");
        if (t)
            ft_err_set_exc(ft_call1(t, ft_str_from_cstr("cannot destroy the main interpreter")));
        return NULL;
    }
    if (interp == ft_interp_current()) {
        ft_obj *t = interp_error("InterpreterError");
        if (t)
            ft_err_set_exc(ft_call1(t, ft_str_from_cstr("cannot destroy the current interpreter")));
        return NULL;
    }
    bool expected = false;
    if (!atomic_compare_exchange_strong(&interp->closing, &expected, true))
        return raise_named("InterpreterNotFoundError", "unrecognized interpreter ID %lld", (long long)interp->id);
    if (atomic_load(&interp->nvisitors) > 0 || interp_has_own_threads(interp)) {
        atomic_store(&interp->closing, false);
        ft_obj *t = interp_error("InterpreterError");
        if (t)
            ft_err_set_exc(ft_call1(t, ft_str_from_cstr("interpreter running")));
        return NULL;
    }
    /* Run its atexit callbacks inside it, then unlink it. */
    entered e;
    enter(&e, interp);
    ft_obj *cbs = interp->atexit_callbacks;
    for (ft_ssize i = cbs ? ft_list_size(cbs) - 1 : -1; i >= 0; i--) {
        ft_obj *entry = ft_list_get(cbs, i);
        if (!entry || !ft_tuple_check(entry) || ft_tuple_size(entry) != 3) {
            ft_err_clear();
            continue;
        }
        ft_obj *kw = ft_tuple_get(entry, 2);
        if (!ft_call_tuple_dict(ft_tuple_get(entry, 0), ft_tuple_get(entry, 1), kw == ft_None ? NULL : kw))
            ft_err_write_unraisable(ft_tuple_get(entry, 0));
    }
    leave(&e);
    ft_interp_delete(interp);
    return ft_None;
}

static ft_obj *xi_list_all(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    /* Collect ids under the lock (no allocation there), then build the list. */
    int64_t ids[4096];
    size_t n = 0;
    ft_threads_lock();
    for (ft_interp *in = ft_rt->interps; in && n < FT_ARRAY_LEN(ids); in = in->next)
        if (!atomic_load(&in->closing))
            ids[n++] = in->id;
    ft_threads_unlock();
    ft_obj *l = ft_list_new(0);
    /* The list is kept newest-first; report in creation order. */
    for (size_t i = n; l && i-- > 0;)
        if (ft_list_append(l, ft_int_from_i64(ids[i])) < 0)
            return NULL;
    return l;
}

static ft_obj *xi_get_current(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_int_from_i64(ft_interp_current()->id);
}

static ft_obj *xi_get_main(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_int_from_i64(ft_rt->main_interp->id);
}

static ft_obj *xi_is_running(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("is_running", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_interp *interp = find_interp(args[0]);
    if (!interp)
        return NULL;
    if (interp == ft_interp_current())
        return ft_True;
    return ft_bool(atomic_load(&interp->nvisitors) > 0 || interp_has_own_threads(interp));
}

/* A description of an exception that escaped into the entering thread,
 * made of str only so it can be shown anywhere:
 * (type name, type qualname, module, str(exc), formatted traceback). */
static ft_obj *describe_exception(ft_obj *exc) {
    ft_type *t = ft_type_of(exc);
    ft_obj *name = ft_getattr_cstr((ft_obj *)t, "__name__");
    ft_obj *qual = name ? ft_getattr_cstr((ft_obj *)t, "__qualname__") : NULL;
    ft_obj *mod = qual ? ft_getattr_cstr((ft_obj *)t, "__module__") : NULL;
    ft_obj *msg = mod ? ft_str(exc) : NULL;
    ft_obj *formatted = msg ? ft_err_format_exc(exc) : NULL;
    if (!formatted)
        return NULL;
    return ft_tuple_pack(5, name, qual, mod, msg, formatted);
}

static ft_obj *xi_exec(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "id", "code", "shared", "$restrict", NULL };
    ft_obj *v[4];
    if (ft_parse_args("exec", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_interp *interp = find_interp(v[0]);
    if (!interp)
        return NULL;
    if (!ft_str_check(v[1]))
        return ft_err_format(ft_exc_TypeError, "exec() code must be a str, not %T", v[1]);
    entered e;
    enter(&e, interp);
    ft_obj *result = ft_None;
    ft_obj *d = main_dict_of(interp);
    ft_obj *r = NULL;
    if (d) {
        ft_obj *code = ft_compile_source(ft_str_utf8(v[1]), FT_STR(v[1])->nbytes,
                                         ft_str_from_cstr("<string>"), FT_PARSE_EXEC, 0);
        if (code)
            r = ft_eval_code(code, d, d);
    }
    if (!r) {
        ft_obj *exc = ft_err_fetch();
        result = describe_exception(exc);
    }
    leave(&e);
    return result;
}

/* _call_in(id, module, function, *args): import `module` inside the
 * interpreter and call its `function` with the raw arguments. Only
 * lib/_ftpy_xi.py is called this way; it converts the arguments itself. */
static ft_obj *xi_call_in(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "_call_in() takes no keyword arguments");
    if (nargs < 3)
        return ft_err_format(ft_exc_TypeError, "_call_in() takes at least 3 arguments (%zu given)", nargs);
    if (!ft_str_check(args[1]) || !ft_str_check(args[2]))
        return ft_err_format(ft_exc_TypeError, "_call_in() module and function must be str");
    ft_interp *interp = find_interp(args[0]);
    if (!interp)
        return NULL;
    entered e;
    enter(&e, interp);
    ft_obj *r = NULL;
    if (main_dict_of(interp)) {
        ft_obj *mod = ft_import_module(args[1]);
        ft_obj *fn = mod ? ft_getattr(mod, args[2]) : NULL;
        if (fn)
            r = ft_call(fn, args + 3, nargs - 3, NULL);
    }
    leave(&e);
    return r;
}

static const ft_method_def xi_methods[] = {
    { "create", xi_create, FT_METH_KEYWORDS, "create() -> ID\n\nCreate a new interpreter and return its ID." },
    { "destroy", xi_destroy, FT_METH_KEYWORDS, "destroy(id)\n\nDestroy the identified interpreter." },
    { "list_all", xi_list_all, FT_METH_NOARGS, "list_all() -> [ID]" },
    { "get_current", xi_get_current, FT_METH_NOARGS, "get_current() -> ID" },
    { "get_main", xi_get_main, FT_METH_NOARGS, "get_main() -> ID" },
    { "is_running", xi_is_running, 0, "is_running(id) -> bool" },
    { "exec", xi_exec, FT_METH_KEYWORDS, "exec(id, code) -> None or an exception description" },
    { "_call_in", xi_call_in, FT_METH_KEYWORDS, NULL },
    { NULL }
};

static int xi_exec_module(ft_obj *m) {
    /* The exception classes, defined in Python inside this module's dict. */
    static const char src[] =
        "class InterpreterError(Exception):\n"
        "    'A cross-interpreter operation failed'\n"
        "class InterpreterNotFoundError(InterpreterError):\n"
        "    'An interpreter was not found'\n"
        "class NotShareableError(ValueError):\n"
        "    'The object cannot be shared with another interpreter'\n"
        "for _c in (InterpreterError, InterpreterNotFoundError, NotShareableError):\n"
        "    _c.__module__ = 'concurrent.interpreters'\n"
        "del _c\n";
    ft_obj *code = ft_compile_source(src, (ft_ssize)strlen(src), ft_str_from_cstr("<_interpreters>"), FT_PARSE_EXEC, 0);
    if (!code)
        return -1;
    ft_obj *d = ft_module_get_dict(m);
    return ft_eval_code(code, d, d) ? 0 : -1;
}

const ft_module_def ft__interpreters_module_def = {
    .name = "_interpreters",
    .doc = "Low-level sub-interpreter support (see concurrent.interpreters).",
    .methods = xi_methods,
    .exec = xi_exec_module,
    .gil_safe = true,
};
