/* exceptions.c -- the builtin exception hierarchy (FT_EXC_LIST in error.h).
 *
 * Every builtin exception is a static type laid out as ft_exc or one of the
 * extended layouts of objects/exceptions.h. Instances carry an instance
 * __dict__ (dictoffset = offsetof(ft_exc, dict)), so Python subclasses and
 * ad-hoc attributes work without a separate slot; __notes__ lives in that
 * dict exactly as in CPython (ft_exc.notes is left unused).
 *
 * Behaviour follows CPython 3.13: BaseException.__new__ stores the
 * positional args, __init__ rejects keywords; OSError's constructor picks the
 * subclass from errno; ExceptionGroup nesting rules; the str() forms of
 * KeyError, OSError, SyntaxError, ImportError and the Unicode errors.
 *
 * Threading: an exception object may be seen by several threads (re-raised
 * from a shared object); its fields are single pointer stores, so concurrent
 * writers race benignly (last store wins) and readers see a valid object.
 * The lazily created __dict__ is published with a CAS.
 */
#include "core/ftcore.h"
#include "objects/exceptions.h"

#include <errno.h>

ft_obj *ft_exc_memory_error_instance;

/* ---- helpers ------------------------------------------------------------- */

#define EXC(o) ((ft_exc *)(o))

static ft_ssize nkw(ft_obj *kwnames) { return kwnames ? ft_tuple_size(kwnames) : 0; }

static int no_keywords(ft_obj *self, ft_obj *kwnames) {
    if (nkw(kwnames) > 0) {
        ft_err_format(ft_exc_TypeError, "%s() takes no keyword arguments",
                      ft_type_name(FT_TYPE(self)));
        return -1;
    }
    return 0;
}

ft_obj *ft_exc_args(ft_obj *exc) {
    ft_obj *a = EXC(exc)->args;
    return a ? a : ft_empty_tuple;
}

static ft_obj *exc_alloc(ft_type *type) {
    if (type->flags & FT_TPF_HEAPTYPE)
        return ft_type_generic_alloc(type, 0);
    return ft_obj_alloc(type, (size_t)type->basicsize);
}

static ft_obj *get_dict(ft_obj *self) {
    ft_obj *d = __atomic_load_n(&EXC(self)->dict, __ATOMIC_ACQUIRE);
    if (d) return d;
    ft_obj *nd = ft_dict_new();
    if (!nd) return NULL;
    ft_obj *expected = NULL;
    if (__atomic_compare_exchange_n(&EXC(self)->dict, &expected, nd, false,
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return nd;
    return expected;
}

static bool is_type(ft_obj *o) {
    return o && !ft_is_smallint(o) && ft_type_is_subtype(o->ob_type, &ft_type_type);
}

/* ---- BaseException ------------------------------------------------------- */

static ft_obj *base_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *self = exc_alloc(type);
    if (!self) return NULL;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return NULL;
    EXC(self)->args = t;
    return self;
}

static int base_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (no_keywords(self, kwnames) < 0) return -1;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}

static ft_obj *base_str(ft_obj *self) {
    ft_obj *a = ft_exc_args(self);
    switch (ft_tuple_size(a)) {
    case 0: return ft_str_from_cstr("");
    case 1: return ft_str(ft_tuple_get(a, 0));
    default: return ft_str(a);
    }
}

static ft_obj *base_repr(ft_obj *self) {
    ft_obj *a = ft_exc_args(self);
    const char *name = ft_type_name(FT_TYPE(self));
    if (ft_tuple_size(a) == 1)
        return ft_str_from_format("%s(%R)", name, ft_tuple_get(a, 0));
    return ft_str_from_format("%s%R", name, a);
}

static ft_obj *base_with_traceback(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw);
static ft_obj *base_add_note(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *note = args[0];
    if (!ft_str_check(note))
        return ft_err_format(ft_exc_TypeError, "note must be a str, not '%s'",
                             ft_type_name(FT_TYPE(note)));
    ft_obj *notes = ft_getattr_opt(self, ft_str_intern_cstr("__notes__"));
    if (!notes) {
        if (ft_err_occurred()) return NULL;
        notes = ft_list_new(0);
        if (!notes || ft_setattr_cstr(self, "__notes__", notes) < 0) return NULL;
    } else if (!ft_list_check(notes)) {
        return ft_err_format(ft_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (ft_list_append(notes, note) < 0) return NULL;
    return ft_None;
}

static ft_obj *base_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *d = EXC(self)->dict;
    if (d && ft_dict_size(d) > 0)
        return ft_tuple_pack(3, (ft_obj *)FT_TYPE(self), ft_exc_args(self), d);
    return ft_tuple_pack(2, (ft_obj *)FT_TYPE(self), ft_exc_args(self));
}

static ft_obj *base_setstate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *state = args[0];
    if (state == ft_None) return ft_None;
    if (!ft_dict_check(state))
        return ft_err_format(ft_exc_TypeError, "state is not a dictionary");
    ft_ssize pos = 0;
    ft_obj *k, *v;
    while (ft_dict_next(state, &pos, &k, &v))
        if (ft_setattr(self, k, v) < 0) return NULL;
    return ft_None;
}

static ft_obj *get_args(ft_obj *self, void *c) { return ft_exc_args(self); }
static int set_args(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "args may not be deleted");
        return -1;
    }
    ft_obj *t = ft_sequence_tuple(value);
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}

static ft_obj *get_traceback(ft_obj *self, void *c) {
    return EXC(self)->traceback ? EXC(self)->traceback : ft_None;
}
static int set_traceback(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value == ft_None) value = NULL;
    else if (FT_TYPE(value) != &ft_traceback_type) {
        ft_err_set_str(ft_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = value;
    return 0;
}

static ft_obj *base_with_traceback(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (set_traceback(self, args[0], NULL) < 0) return NULL;
    return self;
}

static ft_obj *get_context(ft_obj *self, void *c) {
    return EXC(self)->context ? EXC(self)->context : ft_None;
}
static int set_context(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value == ft_None) value = NULL;
    else if (!ft_exc_check(value)) {
        ft_err_set_str(ft_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->context = value;
    return 0;
}

static ft_obj *get_cause(ft_obj *self, void *c) {
    return EXC(self)->cause ? EXC(self)->cause : ft_None;
}
static int set_cause(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value == ft_None) value = NULL;
    else if (!ft_exc_check(value)) {
        ft_err_set_str(ft_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->cause = value;
    EXC(self)->suppress_context = true;
    return 0;
}

static ft_obj *get_suppress(ft_obj *self, void *c) { return ft_bool(EXC(self)->suppress_context); }
static int set_suppress(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = ft_is_true(value);
    if (t < 0) return -1;
    EXC(self)->suppress_context = t;
    return 0;
}

static ft_obj *get_dict_attr(ft_obj *self, void *c) { return get_dict(self); }
static int set_dict_attr(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!ft_dict_check(value)) {
        ft_err_format(ft_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      ft_type_name(FT_TYPE(value)));
        return -1;
    }
    __atomic_store_n(&EXC(self)->dict, value, __ATOMIC_RELEASE);
    return 0;
}

static const ft_method_def base_methods[] = {
    {"with_traceback", base_with_traceback, FT_METH_O,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", base_add_note, FT_METH_O,
     "Add a note to the exception"},
    {"__reduce__", base_reduce, FT_METH_NOARGS, NULL},
    {"__setstate__", base_setstate, FT_METH_O, NULL},
    {NULL}
};

static const ft_getset_def base_getsets[] = {
    {"__dict__", get_dict_attr, set_dict_attr, NULL, NULL},
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, "exception context", NULL},
    {"__cause__", get_cause, set_cause, "exception cause", NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL, NULL},
    {NULL}
};

/* ---- SystemExit / StopIteration ------------------------------------------ */

static int sysexit_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    ft_exc_sysexit *e = (ft_exc_sysexit *)self;
    e->code = nargs == 0 ? ft_None : nargs == 1 ? args[0] : EXC(self)->args;
    return 0;
}
static const ft_member_def sysexit_members[] = {
    {"code", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_sysexit, code), 0, "exception code"},
    {NULL}
};

static int stopiter_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    ((ft_exc_stopiter *)self)->value = nargs ? args[0] : ft_None;
    return 0;
}
static const ft_member_def stopiter_members[] = {
    {"value", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_stopiter, value), 0, "generator return value"},
    {NULL}
};

/* ---- keyword-accepting inits (ImportError, AttributeError, NameError) ---- */

/* Splits kwnames against allowed names; out[i] gets the value or stays NULL. */
static int take_kwargs(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                       const char *const *allowed, ft_obj **out) {
    ft_ssize n = nkw(kwnames);
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *k = ft_tuple_get(kwnames, i);
        int j;
        for (j = 0; allowed[j]; j++)
            if (ft_str_eq_cstr(k, allowed[j])) break;
        if (!allowed[j]) {
            ft_err_format(ft_exc_TypeError, "%s() got an unexpected keyword argument '%U'",
                          ft_type_name(FT_TYPE(self)), k);
            return -1;
        }
        out[j] = args[nargs + (size_t)i];
    }
    return 0;
}

static int import_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"name", "path", "name_from", NULL};
    ft_obj *vals[3] = {NULL, NULL, NULL};
    if (take_kwargs(self, args, nargs, kwnames, names, vals) < 0) return -1;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    ft_exc_import *e = (ft_exc_import *)self;
    e->name = vals[0];
    e->path = vals[1];
    e->name_from = vals[2];
    e->msg = nargs == 1 ? args[0] : NULL;
    return 0;
}
static ft_obj *import_str(ft_obj *self) {
    ft_exc_import *e = (ft_exc_import *)self;
    if (e->msg && ft_str_check(e->msg)) return e->msg;
    return base_str(self);
}
static const ft_member_def import_members[] = {
    {"msg", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_import, msg), 0, "exception message"},
    {"name", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_import, name), 0, "module name"},
    {"path", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_import, path), 0, "module path"},
    {"name_from", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_import, name_from), 0, "name imported from module"},
    {NULL}
};

static int attr_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"name", "obj", NULL};
    ft_obj *vals[2] = {NULL, NULL};
    if (take_kwargs(self, args, nargs, kwnames, names, vals) < 0) return -1;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    ((ft_exc_attribute *)self)->name = vals[0];
    ((ft_exc_attribute *)self)->obj = vals[1];
    return 0;
}
static const ft_member_def attr_members[] = {
    {"name", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_attribute, name), 0, "attribute name"},
    {"obj", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_attribute, obj), 0, "object"},
    {NULL}
};

static int name_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"name", NULL};
    ft_obj *vals[1] = {NULL};
    if (take_kwargs(self, args, nargs, kwnames, names, vals) < 0) return -1;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    ((ft_exc_name *)self)->name = vals[0];
    return 0;
}
static const ft_member_def name_members[] = {
    {"name", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_name, name), 0, "name"},
    {NULL}
};

/* ---- KeyError -------------------------------------------------------------- */

static ft_obj *keyerror_str(ft_obj *self) {
    ft_obj *a = ft_exc_args(self);
    if (ft_tuple_size(a) == 1) return ft_repr(ft_tuple_get(a, 0));
    return base_str(self);
}

/* ---- OSError --------------------------------------------------------------- */

ft_type *ft_exc_oserror_subtype(int err) {
    switch (err) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY: case EINPROGRESS:
        return FT_EXC(BlockingIOError);
    case ECHILD: return FT_EXC(ChildProcessError);
    case EPIPE: case ESHUTDOWN: return FT_EXC(BrokenPipeError);
    case ECONNABORTED: return FT_EXC(ConnectionAbortedError);
    case ECONNREFUSED: return FT_EXC(ConnectionRefusedError);
    case ECONNRESET: return FT_EXC(ConnectionResetError);
    case EEXIST: return FT_EXC(FileExistsError);
    case ENOENT: return FT_EXC(FileNotFoundError);
    case EISDIR: return FT_EXC(IsADirectoryError);
    case ENOTDIR: return FT_EXC(NotADirectoryError);
    case EINTR: return FT_EXC(InterruptedError);
    case EACCES: case EPERM: return FT_EXC(PermissionError);
    case ESRCH: return FT_EXC(ProcessLookupError);
    case ETIMEDOUT: return FT_EXC(TimeoutError);
    default: return FT_EXC(OSError);
    }
}

static int os_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);

/* Fills errno/strerror/filename/filename2 from the constructor arguments
 * (2..5 positional: errno, strerror, filename, winerror, filename2) and trims
 * args to (errno, strerror) when a filename is given, like CPython. */
static int os_fill(ft_obj *self, ft_obj *const *args, size_t nargs) {
    ft_exc_os *e = (ft_exc_os *)self;
    e->written = -1;
    ft_obj *t;
    if (nargs >= 2 && nargs <= 5) {
        e->myerrno = args[0];
        e->strerror = args[1];
        if (nargs >= 3 && args[2] != ft_None) {
            if (FT_TYPE(self) == FT_EXC(BlockingIOError) ||
                ft_type_is_subtype(FT_TYPE(self), FT_EXC(BlockingIOError))) {
                if (ft_int_check(args[2])) {
                    ft_ssize w = ft_index_as_ssize(args[2], ft_exc_ValueError);
                    if (w == -1 && ft_err_occurred()) return -1;
                    e->written = w;
                }
            } else {
                e->filename = args[2];
                if (nargs >= 5 && args[4] != ft_None) e->filename2 = args[4];
            }
        }
        if (nargs >= 3 && e->filename) t = ft_tuple_from_array(args, 2);
        else t = ft_tuple_from_array(args, (ft_ssize)nargs);
    } else {
        t = ft_tuple_from_array(args, (ft_ssize)nargs);
    }
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}

static ft_obj *os_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    /* Only OSError() itself maps errno to a subclass; subclasses keep their type. */
    if (type == FT_EXC(OSError) && nargs >= 2 && ft_int_check(args[0])) {
        int overflow = 0;
        int64_t v = 0;
        if (ft_int_as_i64_overflow(args[0], &v, &overflow) == 0 && !overflow &&
            v >= INT32_MIN && v <= INT32_MAX)
            type = ft_exc_oserror_subtype((int)v);
        if (ft_err_occurred()) ft_err_clear();
    }
    ft_obj *self = exc_alloc(type);
    if (!self) return NULL;
    if (os_fill(self, args, nargs) < 0) return NULL;
    return self;
}

static int os_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    /* The arguments were consumed by __new__; only keywords are checked here. */
    return no_keywords(self, kwnames);
}

static ft_obj *os_str(ft_obj *self) {
    ft_exc_os *e = (ft_exc_os *)self;
    if (e->filename) {
        if (e->filename2)
            return ft_str_from_format("[Errno %S] %S: %R -> %R",
                                      e->myerrno ? e->myerrno : ft_None,
                                      e->strerror ? e->strerror : ft_None,
                                      e->filename, e->filename2);
        return ft_str_from_format("[Errno %S] %S: %R", e->myerrno ? e->myerrno : ft_None,
                                  e->strerror ? e->strerror : ft_None, e->filename);
    }
    if (e->myerrno && e->strerror)
        return ft_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static ft_obj *os_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_exc_os *e = (ft_exc_os *)self;
    ft_obj *a = ft_exc_args(self);
    if (ft_tuple_size(a) == 2 && e->filename) {
        if (e->filename2)
            a = ft_tuple_pack(5, ft_tuple_get(a, 0), ft_tuple_get(a, 1), e->filename,
                              ft_None, e->filename2);
        else
            a = ft_tuple_pack(3, ft_tuple_get(a, 0), ft_tuple_get(a, 1), e->filename);
        if (!a) return NULL;
    }
    ft_obj *d = EXC(self)->dict;
    if (d && ft_dict_size(d) > 0)
        return ft_tuple_pack(3, (ft_obj *)FT_TYPE(self), a, d);
    return ft_tuple_pack(2, (ft_obj *)FT_TYPE(self), a);
}

static ft_obj *get_written(ft_obj *self, void *c) {
    ft_exc_os *e = (ft_exc_os *)self;
    if (e->written == -1) {
        ft_err_set_str(ft_exc_AttributeError, "characters_written");
        return NULL;
    }
    return ft_int_from_i64(e->written);
}
static int set_written(ft_obj *self, ft_obj *value, void *c) {
    ft_exc_os *e = (ft_exc_os *)self;
    if (!value) {
        if (e->written == -1) {
            ft_err_set_str(ft_exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    ft_ssize w = ft_index_as_ssize(value, ft_exc_ValueError);
    if (w == -1 && ft_err_occurred()) return -1;
    e->written = w;
    return 0;
}

static const ft_member_def os_members[] = {
    {"errno", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_os, myerrno), 0, "POSIX exception code"},
    {"strerror", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_os, strerror), 0, "exception strerror"},
    {"filename", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_os, filename), 0, "exception filename"},
    {"filename2", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_os, filename2), 0, "second exception filename"},
    {NULL}
};
static const ft_getset_def os_getsets[] = {
    {"characters_written", get_written, set_written, NULL, NULL},
    {NULL}
};
static const ft_method_def os_methods[] = {
    {"__reduce__", os_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

/* ---- SyntaxError ------------------------------------------------------------ */

static int syntax_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    ft_exc_syntax *e = (ft_exc_syntax *)self;
    if (nargs >= 1) e->msg = args[0];
    if (nargs == 2) {
        ft_obj *info = ft_sequence_tuple(args[1]);
        if (!info) return -1;
        ft_ssize n = ft_tuple_size(info);
        if (n < 4 || n > 6) {
            ft_err_format(ft_exc_IndexError, "tuple index out of range");
            return -1;
        }
        e->filename = ft_tuple_get(info, 0);
        e->lineno = ft_tuple_get(info, 1);
        e->offset = ft_tuple_get(info, 2);
        e->text = ft_tuple_get(info, 3);
        e->end_lineno = n > 4 ? ft_tuple_get(info, 4) : NULL;
        e->end_offset = n > 5 ? ft_tuple_get(info, 5) : NULL;
    }
    return 0;
}

static ft_obj *syntax_str(ft_obj *self) {
    ft_exc_syntax *e = (ft_exc_syntax *)self;
    ft_obj *msg = e->msg ? e->msg : ft_None;
    ft_obj *fname = NULL;
    if (e->filename && ft_str_check(e->filename)) {
        const char *s = ft_str_utf8(e->filename);
        const char *slash = strrchr(s, '/');
        fname = slash ? ft_str_from_cstr(slash + 1) : e->filename;
        if (!fname) return NULL;
    }
    bool have_line = e->lineno && ft_int_check(e->lineno);
    if (fname && have_line)
        return ft_str_from_format("%S (%U, line %S)", msg, fname, e->lineno);
    if (fname) return ft_str_from_format("%S (%U)", msg, fname);
    if (have_line) return ft_str_from_format("%S (line %S)", msg, e->lineno);
    return ft_str(msg);
}

static const ft_member_def syntax_members[] = {
    {"msg", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, msg), 0, "exception msg"},
    {"filename", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, filename), 0, "exception filename"},
    {"lineno", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, lineno), 0, "exception lineno"},
    {"offset", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, offset), 0, "exception offset"},
    {"text", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, text), 0, "exception text"},
    {"end_lineno", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, end_lineno), 0, "exception end lineno"},
    {"end_offset", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, end_offset), 0, "exception end offset"},
    {"print_file_and_line", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_syntax, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL}
};

/* ---- Unicode errors ------------------------------------------------------------ */

static int parse_str_arg(ft_obj *o, int pos, ft_obj **out) {
    if (!ft_str_check(o)) {
        ft_err_format(ft_exc_TypeError, "argument %d must be str, not %s", pos,
                      ft_type_name(FT_TYPE(o)));
        return -1;
    }
    *out = o;
    return 0;
}
static int parse_ssize_arg(ft_obj *o, int pos, ft_ssize *out) {
    if (!ft_int_check(o)) {
        ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      ft_type_name(FT_TYPE(o)));
        return -1;
    }
    ft_ssize v = ft_index_as_ssize(o, ft_exc_OverflowError);
    if (v == -1 && ft_err_occurred()) return -1;
    *out = v;
    return 0;
}

static int unicode_args(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                        size_t want, bool has_encoding, bool object_is_bytes) {
    if (no_keywords(self, kwnames) < 0) return -1;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    if (nargs != want) {
        ft_err_format(ft_exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    ft_exc_unicode *e = (ft_exc_unicode *)self;
    size_t i = 0;
    ft_obj *enc = NULL, *obj, *reason;
    ft_ssize start, end;
    if (has_encoding && parse_str_arg(args[i++], 1, &enc) < 0) return -1;
    obj = args[i++];
    if (object_is_bytes) {
        if (!ft_bytes_check(obj)) {
            ft_buffer view;
            if (ft_get_buffer(obj, &view) < 0) return -1;
            obj = ft_bytes_new(view.buf, view.len);
            ft_release_buffer(&view);
            if (!obj) return -1;
        }
    } else if (!ft_str_check(obj)) {
        ft_err_format(ft_exc_TypeError, "argument %d must be str, not %s", (int)i,
                      ft_type_name(FT_TYPE(obj)));
        return -1;
    }
    if (parse_ssize_arg(args[i], (int)i + 1, &start) < 0) return -1;
    i++;
    if (parse_ssize_arg(args[i], (int)i + 1, &end) < 0) return -1;
    i++;
    if (parse_str_arg(args[i], (int)i + 1, &reason) < 0) return -1;
    e->encoding = enc;
    e->object = obj;
    e->start = start;
    e->end = end;
    e->reason = reason;
    return 0;
}

static int udecode_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return unicode_args(self, args, nargs, kw, 5, true, true);
}
static int uencode_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return unicode_args(self, args, nargs, kw, 5, true, false);
}
static int utranslate_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return unicode_args(self, args, nargs, kw, 4, false, false);
}

static ft_obj *char_escape(uint32_t cp) {
    if (cp <= 0xff) return ft_str_from_format("\\x%02x", (unsigned)cp);
    if (cp <= 0xffff) return ft_str_from_format("\\u%04x", (unsigned)cp);
    return ft_str_from_format("\\U%08x", (unsigned)cp);
}

static ft_obj *udecode_str(ft_obj *self) {
    ft_exc_unicode *e = (ft_exc_unicode *)self;
    if (!e->object || !e->encoding || !e->reason) return ft_str_from_cstr("");
    if (!ft_bytes_check(e->object))
        return ft_err_format(ft_exc_TypeError, "object attribute must be bytes");
    ft_obj *enc = ft_str(e->encoding), *reason = ft_str(e->reason);
    if (!enc || !reason) return NULL;
    ft_ssize len = ft_bytes_size(e->object);
    if (e->start >= 0 && e->start < len && e->end == e->start + 1)
        return ft_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                  enc, (unsigned)(unsigned char)ft_bytes_data(e->object)[e->start],
                                  e->start, reason);
    return ft_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U",
                              enc, e->start, e->end - 1, reason);
}

static ft_obj *uencode_common(ft_obj *self, bool translate) {
    ft_exc_unicode *e = (ft_exc_unicode *)self;
    if (!e->object || !e->reason || (!translate && !e->encoding)) return ft_str_from_cstr("");
    if (!ft_str_check(e->object))
        return ft_err_format(ft_exc_TypeError, "object attribute must be unicode");
    ft_obj *enc = translate ? NULL : ft_str(e->encoding), *reason = ft_str(e->reason);
    if ((!translate && !enc) || !reason) return NULL;
    ft_ssize len = ft_str_len(e->object);
    if (e->start >= 0 && e->start < len && e->end == e->start + 1) {
        ft_obj *esc = char_escape(ft_str_char_at(e->object, e->start));
        if (!esc) return NULL;
        if (translate)
            return ft_str_from_format("can't translate character '%U' in position %zd: %U",
                                      esc, e->start, reason);
        return ft_str_from_format("'%U' codec can't encode character '%U' in position %zd: %U",
                                  enc, esc, e->start, reason);
    }
    if (translate)
        return ft_str_from_format("can't translate characters in position %zd-%zd: %U",
                                  e->start, e->end - 1, reason);
    return ft_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U",
                              enc, e->start, e->end - 1, reason);
}
static ft_obj *uencode_str(ft_obj *self) { return uencode_common(self, false); }
static ft_obj *utranslate_str(ft_obj *self) { return uencode_common(self, true); }

static ft_obj *get_ustart(ft_obj *self, void *c) { return ft_int_from_i64(((ft_exc_unicode *)self)->start); }
static ft_obj *get_uend(ft_obj *self, void *c) { return ft_int_from_i64(((ft_exc_unicode *)self)->end); }
static int set_upos(ft_obj *self, ft_obj *value, void *c) {
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "can't delete attribute");
        return -1;
    }
    ft_ssize v;
    if (parse_ssize_arg(value, 1, &v) < 0) return -1;
    if (c) ((ft_exc_unicode *)self)->end = v;
    else ((ft_exc_unicode *)self)->start = v;
    return 0;
}
static const ft_member_def unicode_members[] = {
    {"encoding", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_unicode, encoding), 0, "exception encoding"},
    {"object", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_unicode, object), 0, "exception object"},
    {"reason", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_unicode, reason), 0, "exception reason"},
    {NULL}
};
static const ft_getset_def unicode_getsets[] = {
    {"start", get_ustart, set_upos, "exception start", NULL},
    {"end", get_uend, set_upos, "exception end", (void *)1},
    {NULL}
};

/* ---- BaseExceptionGroup ----------------------------------------------------- */

static bool is_sequence(ft_obj *o) {
    ft_type *t = FT_TYPE(o);
    if (ft_dict_check(o)) return false;
    return t->subscript != NULL && !ft_type_is_subtype(t, &ft_dict_type);
}

static ft_obj *eg_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    const char *fname = "BaseExceptionGroup.__new__";
    if (nkw(kwnames) > 0) {
        ft_err_format(ft_exc_TypeError, "%s() takes no keyword arguments", "BaseExceptionGroup");
        return NULL;
    }
    if (nargs != 2)
        return ft_err_format(ft_exc_TypeError, "%s() takes exactly 2 arguments (%zu given)",
                             fname, nargs);
    ft_obj *msg = args[0], *seq = args[1];
    if (!ft_str_check(msg))
        return ft_err_format(ft_exc_TypeError, "%s() argument 1 must be str, not %s", fname,
                             ft_type_name(FT_TYPE(msg)));
    if (!is_sequence(seq))
        return ft_err_format(ft_exc_TypeError, "second argument (exceptions) must be a sequence");
    ft_obj *excs = ft_sequence_tuple(seq);
    if (!excs) return NULL;
    ft_ssize n = ft_tuple_size(excs);
    if (n == 0)
        return ft_err_format(ft_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *x = ft_tuple_get(excs, i);
        if (!ft_exc_check(x))
            return ft_err_format(ft_exc_ValueError,
                                 "Item %zd of second argument (exceptions) is not an exception", i);
        if (!ft_type_is_subtype(FT_TYPE(x), ft_exc_Exception)) nested_base = true;
    }
    ft_type *cls = type;
    if (cls == FT_EXC(BaseExceptionGroup)) {
        if (!nested_base) cls = FT_EXC(ExceptionGroup);
    } else if (cls == FT_EXC(ExceptionGroup)) {
        if (nested_base)
            return ft_err_format(ft_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && ft_type_is_subtype(cls, ft_exc_Exception)) {
        return ft_err_format(ft_exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                             ft_type_name(cls));
    }
    ft_obj *self = exc_alloc(cls);
    if (!self) return NULL;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return NULL;
    EXC(self)->args = t;
    ((ft_exc_group *)self)->msg = msg;
    ((ft_exc_group *)self)->excs = excs;
    return self;
}

static int eg_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    /* Subclasses may take other arguments; __new__ validated the pair. */
    if (no_keywords(self, kwnames) < 0) return -1;
    ft_obj *t = ft_tuple_from_array(args, (ft_ssize)nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}

static ft_obj *eg_str(ft_obj *self) {
    ft_exc_group *g = (ft_exc_group *)self;
    ft_ssize n = g->excs ? ft_tuple_size(g->excs) : 0;
    return ft_str_from_format("%S (%zd sub-exception%s)", g->msg ? g->msg : ft_None, n,
                              n > 1 ? "s" : "");
}

static ft_obj *eg_derive(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_exc_group *g = (ft_exc_group *)self;
    ft_obj *a[2] = {g->msg ? g->msg : ft_None, args[0]};
    return ft_call((ft_obj *)FT_EXC(BaseExceptionGroup), a, 2, NULL);
}

enum { MATCH_TYPE, MATCH_PRED, MATCH_INSTANCE };

static int get_matcher(ft_obj *cond, int *kind) {
    if (ft_exc_type_check(cond)) { *kind = MATCH_TYPE; return 0; }
    if (ft_tuple_check(cond)) {
        ft_ssize n = ft_tuple_size(cond);
        bool ok = true;
        for (ft_ssize i = 0; i < n; i++)
            if (!ft_exc_type_check(ft_tuple_get(cond, i))) { ok = false; break; }
        if (ok) { *kind = MATCH_TYPE; return 0; }
    } else if (ft_callable(cond) && !is_type(cond)) {
        *kind = MATCH_PRED;
        return 0;
    }
    ft_err_set_str(ft_exc_TypeError,
                   "expected an exception type, a tuple of exception types, or a callable (other than a class)");
    return -1;
}

static int eg_match(ft_obj *exc, ft_obj *cond, int kind) {
    if (kind == MATCH_TYPE) return ft_exc_matches(exc, cond);
    ft_obj *r = ft_call1(cond, exc);
    if (!r) return -1;
    return ft_is_true(r);
}

static int copy_metadata(ft_obj *from, ft_obj *to) {
    EXC(to)->traceback = EXC(from)->traceback;
    EXC(to)->context = EXC(from)->context;
    EXC(to)->cause = EXC(from)->cause;
    ft_obj *notes = ft_getattr_opt(from, ft_str_intern_cstr("__notes__"));
    if (notes) {
        if (ft_is_smallint(notes) || !ft_list_check(notes)) {
            if (ft_setattr_cstr(to, "__notes__", notes) < 0) return -1;
        } else {
            ft_obj *copy = ft_list_from_iterable(notes);
            if (!copy || ft_setattr_cstr(to, "__notes__", copy) < 0) return -1;
        }
    } else if (ft_err_occurred()) {
        return -1;
    }
    return 0;
}

/* Recursive split; *match / *rest receive the parts (NULL = empty). */
static int eg_split_rec(ft_obj *exc, ft_obj *cond, int kind, bool want_rest,
                        ft_obj **match, ft_obj **rest) {
    *match = *rest = NULL;
    if (ft_check_c_stack("exception group split") < 0) return -1;
    int m = eg_match(exc, cond, kind);
    if (m < 0) return -1;
    if (m) { *match = exc; return 0; }
    if (!ft_type_is_subtype(FT_TYPE(exc), FT_EXC(BaseExceptionGroup))) {
        if (want_rest) *rest = exc;
        return 0;
    }
    ft_exc_group *g = (ft_exc_group *)exc;
    ft_obj *mlist = ft_list_new(0), *rlist = want_rest ? ft_list_new(0) : NULL;
    if (!mlist || (want_rest && !rlist)) return -1;
    ft_ssize n = g->excs ? ft_tuple_size(g->excs) : 0;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *sm, *sr;
        if (eg_split_rec(ft_tuple_get(g->excs, i), cond, kind, want_rest, &sm, &sr) < 0)
            return -1;
        if (sm && ft_list_append(mlist, sm) < 0) return -1;
        if (sr && ft_list_append(rlist, sr) < 0) return -1;
    }
    if (ft_list_size(mlist) > 0) {
        ft_obj *d = ft_call_method1(exc, "derive", mlist);
        if (!d) return -1;
        if (!ft_exc_check(d)) {
            ft_err_set_str(ft_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
            return -1;
        }
        if (copy_metadata(exc, d) < 0) return -1;
        *match = d;
    }
    if (want_rest && ft_list_size(rlist) > 0) {
        ft_obj *d = ft_call_method1(exc, "derive", rlist);
        if (!d) return -1;
        if (!ft_exc_check(d)) {
            ft_err_set_str(ft_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
            return -1;
        }
        if (copy_metadata(exc, d) < 0) return -1;
        *rest = d;
    }
    return 0;
}

static ft_obj *eg_split(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int kind;
    if (get_matcher(args[0], &kind) < 0) return NULL;
    ft_obj *m, *r;
    if (eg_split_rec(self, args[0], kind, true, &m, &r) < 0) return NULL;
    return ft_tuple_pack(2, m ? m : ft_None, r ? r : ft_None);
}

static ft_obj *eg_subgroup(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int kind;
    if (get_matcher(args[0], &kind) < 0) return NULL;
    ft_obj *m, *r;
    if (eg_split_rec(self, args[0], kind, false, &m, &r) < 0) return NULL;
    return m ? m : ft_None;
}

/* types.GenericAlias is the containers area's static type (containers.c). */
extern ft_type ft_generic_alias_type;

static ft_obj *eg_class_getitem(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_call2((ft_obj *)&ft_generic_alias_type, cls, args[0]);
}

static const ft_member_def eg_members[] = {
    {"message", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_group, msg), FT_MEMBER_READONLY, "exception message"},
    {"exceptions", FT_MEMBER_OBJECT_NONE, offsetof(ft_exc_group, excs), FT_MEMBER_READONLY,
     "nested exceptions"},
    {NULL}
};
static const ft_method_def eg_methods[] = {
    {"derive", eg_derive, FT_METH_O, NULL},
    {"split", eg_split, FT_METH_O, NULL},
    {"subgroup", eg_subgroup, FT_METH_O, NULL},
    {"__class_getitem__", eg_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585"},
    {NULL}
};

/* ---- the type table ------------------------------------------------------------ */

#define FLAGS (FT_TPF_BASETYPE | FT_TPF_BASE_EXC_SUBCLASS)
#define DEF(Name, Base, Layout, New, Init, Str, Members, Getsets, Methods, Doc) \
    ft_type ft_exc_##Name##_type = { \
        FT_TYPE_HEAD_INIT, .name = #Name, .doc = Doc, .basicsize = sizeof(Layout), \
        .flags = FLAGS, .base = Base, .dictoffset = offsetof(ft_exc, dict), \
        .new_ = New, .init = Init, .str = Str, .repr = base_repr, \
        .members = Members, .getsets = Getsets, .methods = Methods, \
    };
#define B(Name) (&ft_exc_##Name##_type)
/* Plain subclass: same layout and slots as its parent. */
#define PLAIN(Name, Base, Doc) DEF(Name, B(Base), ft_exc, base_new, base_init, base_str, NULL, NULL, NULL, Doc)
#define OSSUB(Name, Base, Doc) DEF(Name, B(Base), ft_exc_os, os_new, os_init, os_str, NULL, NULL, NULL, Doc)

DEF(BaseException, &ft_object_type, ft_exc, base_new, base_init, base_str, NULL, base_getsets,
    base_methods, "Common base class for all exceptions")
DEF(BaseExceptionGroup, B(BaseException), ft_exc_group, eg_new, eg_init, eg_str, eg_members, NULL,
    eg_methods, "A combination of multiple unrelated exceptions.")
PLAIN(GeneratorExit, BaseException, "Request that a generator exit.")
PLAIN(KeyboardInterrupt, BaseException, "Program interrupted by user.")
DEF(SystemExit, B(BaseException), ft_exc_sysexit, base_new, sysexit_init, base_str, sysexit_members,
    NULL, NULL, "Request to exit from the interpreter.")
PLAIN(Exception, BaseException, "Common base class for all non-exit exceptions.")
PLAIN(ArithmeticError, Exception, "Base class for arithmetic errors.")
PLAIN(FloatingPointError, ArithmeticError, "Floating-point operation failed.")
PLAIN(OverflowError, ArithmeticError, "Result too large to be represented.")
PLAIN(ZeroDivisionError, ArithmeticError, "Second argument to a division or modulo operation was zero.")
PLAIN(AssertionError, Exception, "Assertion failed.")
DEF(AttributeError, B(Exception), ft_exc_attribute, base_new, attr_init, base_str, attr_members, NULL,
    NULL, "Attribute not found.")
PLAIN(BufferError, Exception, "Buffer error.")
PLAIN(EOFError, Exception, "Read beyond end of file.")
DEF(ExceptionGroup, B(BaseExceptionGroup), ft_exc_group, eg_new, eg_init, eg_str, NULL, NULL, NULL, NULL)
DEF(ImportError, B(Exception), ft_exc_import, base_new, import_init, import_str, import_members, NULL,
    NULL, "Import can't find module, or can't find name in module.")
DEF(ModuleNotFoundError, B(ImportError), ft_exc_import, base_new, import_init, import_str, NULL, NULL,
    NULL, "Module not found.")
PLAIN(LookupError, Exception, "Base class for lookup errors.")
PLAIN(IndexError, LookupError, "Sequence index out of range.")
DEF(KeyError, B(LookupError), ft_exc, base_new, base_init, keyerror_str, NULL, NULL, NULL,
    "Mapping key not found.")
PLAIN(MemoryError, Exception, "Out of memory.")
DEF(NameError, B(Exception), ft_exc_name, base_new, name_init, base_str, name_members, NULL, NULL,
    "Name not found globally.")
DEF(UnboundLocalError, B(NameError), ft_exc_name, base_new, name_init, base_str, NULL, NULL, NULL,
    "Local name referenced but not bound to a value.")
DEF(OSError, B(Exception), ft_exc_os, os_new, os_init, os_str, os_members, os_getsets, os_methods,
    "Base class for I/O related errors.")
OSSUB(BlockingIOError, OSError, "I/O operation would block.")
OSSUB(ChildProcessError, OSError, "Child process error.")
OSSUB(ConnectionError, OSError, "Connection error.")
OSSUB(BrokenPipeError, ConnectionError, "Broken pipe.")
OSSUB(ConnectionAbortedError, ConnectionError, "Connection aborted.")
OSSUB(ConnectionRefusedError, ConnectionError, "Connection refused.")
OSSUB(ConnectionResetError, ConnectionError, "Connection reset.")
OSSUB(FileExistsError, OSError, "File already exists.")
OSSUB(FileNotFoundError, OSError, "File not found.")
OSSUB(InterruptedError, OSError, "Interrupted by signal.")
OSSUB(IsADirectoryError, OSError, "Operation doesn't work on directories.")
OSSUB(NotADirectoryError, OSError, "Operation only works on directories.")
OSSUB(PermissionError, OSError, "Not enough permissions.")
OSSUB(ProcessLookupError, OSError, "Process not found.")
OSSUB(TimeoutError, OSError, "Timeout expired.")
PLAIN(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
PLAIN(RuntimeError, Exception, "Unspecified run-time error.")
PLAIN(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
PLAIN(PythonFinalizationError, RuntimeError, "Operation blocked during Python finalization.")
PLAIN(RecursionError, RuntimeError, "Recursion limit exceeded.")
PLAIN(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
DEF(StopIteration, B(Exception), ft_exc_stopiter, base_new, stopiter_init, base_str, stopiter_members,
    NULL, NULL, "Signal the end from iterator.__next__().")
DEF(SyntaxError, B(Exception), ft_exc_syntax, base_new, syntax_init, syntax_str, syntax_members, NULL,
    NULL, "Invalid syntax.")
DEF(IndentationError, B(SyntaxError), ft_exc_syntax, base_new, syntax_init, syntax_str, NULL, NULL,
    NULL, "Improper indentation.")
DEF(TabError, B(IndentationError), ft_exc_syntax, base_new, syntax_init, syntax_str, NULL, NULL, NULL,
    "Improper mixture of spaces and tabs.")
/* Not in FT_EXC_LIST: CPython 3.13's private builtin for incomplete input
 * in the REPL (codeop). */
DEF(_IncompleteInputError, B(SyntaxError), ft_exc_syntax, base_new, syntax_init, syntax_str, NULL, NULL,
    NULL, "incomplete input.")
PLAIN(SystemError, Exception,
      "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, "
      "along with the traceback,\nthe Python version, and the hardware/OS platform and version.")
PLAIN(TypeError, Exception, "Inappropriate argument type.")
PLAIN(ValueError, Exception, "Inappropriate argument value (of correct type).")
DEF(UnicodeError, B(ValueError), ft_exc_unicode, base_new, base_init, base_str, NULL, NULL, NULL,
    "Unicode related error.")
DEF(UnicodeDecodeError, B(UnicodeError), ft_exc_unicode, base_new, udecode_init, udecode_str,
    unicode_members, unicode_getsets, NULL, "Unicode decoding error.")
DEF(UnicodeEncodeError, B(UnicodeError), ft_exc_unicode, base_new, uencode_init, uencode_str,
    unicode_members, unicode_getsets, NULL, "Unicode encoding error.")
DEF(UnicodeTranslateError, B(UnicodeError), ft_exc_unicode, base_new, utranslate_init, utranslate_str,
    unicode_members, unicode_getsets, NULL, "Unicode translation error.")
PLAIN(Warning, Exception, "Base class for warning categories.")
PLAIN(BytesWarning, Warning,
      "Base class for warnings about bytes and buffer related problems, mostly\n"
      "related to conversion from str or comparing to str.")
PLAIN(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
PLAIN(EncodingWarning, Warning, "Base class for warnings about encodings.")
PLAIN(FutureWarning, Warning,
      "Base class for warnings about constructs that will change semantically\nin the future.")
PLAIN(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")
PLAIN(PendingDeprecationWarning, Warning,
      "Base class for warnings about features which will be deprecated\nin the future.")
PLAIN(ResourceWarning, Warning, "Base class for warnings about resource usage.")
PLAIN(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
PLAIN(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
PLAIN(UnicodeWarning, Warning,
      "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
PLAIN(UserWarning, Warning, "Base class for warnings generated by user code.")

int ft_exceptions_init(void) {
    /* ExceptionGroup derives from both BaseExceptionGroup (its layout) and
     * Exception, as in CPython; its bases tuple is set before readying. */
    ft_obj *bases = ft_tuple_pack(2, (ft_obj *)FT_EXC(BaseExceptionGroup), (ft_obj *)ft_exc_Exception);
    if (!bases) return -1;
    ft_gc_add_root(&FT_EXC(ExceptionGroup)->bases, sizeof(ft_obj *));
#define READY(Name, Base) \
    if (FT_EXC(Name) == FT_EXC(ExceptionGroup)) FT_EXC(Name)->bases = bases; \
    if (ft_type_ready(FT_EXC(Name)) < 0) return -1;
    FT_EXC_LIST(READY)
#undef READY
    if (ft_type_ready(&ft_exc__IncompleteInputError_type) < 0) return -1;

    /* The MemoryError raised when allocation fails: created now, while memory
     * is plentiful, and never collected. */
    ft_obj *me = ft_obj_alloc_immortal(ft_exc_MemoryError, sizeof(ft_exc));
    if (!me) return -1;
    EXC(me)->args = ft_empty_tuple;
    ft_exc_memory_error_instance = me;
    ft_gc_add_root(&ft_exc_memory_error_instance, sizeof(ft_obj *));
    return 0;
}
