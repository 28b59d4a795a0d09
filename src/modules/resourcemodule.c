/* resourcemodule.c -- the resource module: getrusage, getrlimit/setrlimit,
 * prlimit, getpagesize and the RLIMIT_* / RUSAGE_* constants.
 *
 * Stateless: every call goes straight to the system call. struct_rusage is
 * a static tuple subtype (a "struct sequence": 16 items with named
 * read-only fields), readied once under an ft_once and immutable after, so
 * it is shared by all interpreters. resource.error is OSError, as in
 * CPython.
 */
#include "core/ftcore.h"

#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#define NFIELDS 16

static const char *const field_names[NFIELDS] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
    "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
    "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};

static ft_obj *field_get(ft_obj *self, void *closure) {
    ft_ssize i = (ft_ssize)(intptr_t)closure;
    return i < ft_tuple_size(self) ? ft_tuple_get(self, i) : ft_None;
}

static ft_obj *rusage_repr(ft_obj *self) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (ft_strbuf_append_cstr(&b, "resource.struct_rusage(") < 0)
        return NULL;
    for (ft_ssize i = 0; i < NFIELDS && i < ft_tuple_size(self); i++) {
        ft_obj *r = ft_repr(ft_tuple_get(self, i));
        if (!r || (i && ft_strbuf_append_cstr(&b, ", ") < 0) ||
            ft_strbuf_append_cstr(&b, field_names[i]) < 0 || ft_strbuf_append_cstr(&b, "=") < 0 ||
            ft_strbuf_append_str(&b, r) < 0)
            return NULL;
    }
    if (ft_strbuf_append_cstr(&b, ")") < 0)
        return NULL;
    return ft_strbuf_finish(&b);
}

static ft_type rusage_type;

static ft_obj *make_rusage(ft_obj *const *items) {
    ft_tuple *t = (ft_tuple *)ft_obj_alloc(&rusage_type, sizeof(ft_tuple) + NFIELDS * sizeof(ft_obj *));
    if (!t)
        return NULL;
    t->size = NFIELDS;
    atomic_store_explicit(&t->hash, -1, memory_order_relaxed);
    memcpy(t->items, items, NFIELDS * sizeof(ft_obj *));
    return (ft_obj *)t;
}

/* struct_rusage(sequence): from exactly 16 items, as CPython's structseq. */
static ft_obj *rusage_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "sequence", "dict", NULL };
    ft_obj *v[2];
    if (ft_parse_args("struct_rusage", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *t = ft_sequence_tuple(v[0]);
    if (!t) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            ft_err_set_str(ft_exc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    ft_ssize n = ft_tuple_size(t);
    if (n != NFIELDS)
        return ft_err_format(ft_exc_TypeError, "resource.struct_rusage() takes a %d-sequence (%d-sequence given)",
                             NFIELDS, (int)n);
    return make_rusage(ft_tuple_items(t));
}

static ft_obj *rusage_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *t = ft_tuple_from_array(ft_tuple_items(self), ft_tuple_size(self));
    ft_obj *d = t ? ft_dict_new() : NULL;
    ft_obj *a = d ? ft_tuple_pack(2, t, d) : NULL;
    return a ? ft_tuple_pack(2, (ft_obj *)&rusage_type, a) : NULL;
}

static const ft_method_def rusage_methods[] = {
    { "__reduce__", rusage_reduce, FT_METH_NOARGS, NULL },
    { NULL }
};

#define F(i) { NULL, field_get, NULL, NULL, (void *)(intptr_t)(i) }
static ft_getset_def rusage_fields[NFIELDS + 1] = {
    F(0), F(1), F(2), F(3), F(4), F(5), F(6), F(7), F(8), F(9), F(10), F(11), F(12), F(13), F(14), F(15), { NULL }
};
#undef F

static ft_type rusage_type = {
    FT_TYPE_HEAD_INIT, .name = "resource.struct_rusage", .basicsize = sizeof(ft_tuple),
    .itemsize = sizeof(ft_obj *),
    .flags = FT_TPF_TUPLE_SUBCLASS | FT_TPF_SEQUENCE, .base = &ft_tuple_type,
    .repr = rusage_repr, .new_ = rusage_new, .getsets = rusage_fields, .methods = rusage_methods,
    .doc = "struct_rusage: Result from getrusage.",
};

static ft_once types_once = FT_ONCE_INIT;
static int types_status;

static void ready_types(void) {
    for (int i = 0; i < NFIELDS; i++)
        rusage_fields[i].name = field_names[i];
    types_status = ft_type_ready(&rusage_type) < 0 ? -1 : 1;
}

/* ---- functions ------------------------------------------------------------------------- */

static ft_obj *rlim_obj(rlim_t v) {
    if (v == RLIM_INFINITY)
        return ft_int_from_i64(-1);
    return ft_int_from_u64((uint64_t)v);
}

static int rlim_from(ft_obj *o, rlim_t *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v = ft_int_as_i64(i);
    if (v == -1 && ft_err_occurred())
        return -1;
    *out = v < 0 ? RLIM_INFINITY : (rlim_t)v;
    return 0;
}

static int resource_arg(ft_obj *o, int *out) {
    int64_t r = ft_int_as_i64(o);
    if (r == -1 && ft_err_occurred())
        return -1;
    if (r < 0 || r >= RLIM_NLIMITS) {
        ft_err_set_str(ft_exc_ValueError, "invalid resource specified");
        return -1;
    }
    *out = (int)r;
    return 0;
}

static ft_obj *r_getrusage(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    int64_t who = ft_int_as_i64(args[0]);
    if (who == -1 && ft_err_occurred())
        return NULL;
    struct rusage ru;
    if (who < INT_MIN || who > INT_MAX || getrusage((int)who, &ru) < 0) {
        if (who < INT_MIN || who > INT_MAX || errno == EINVAL)
            return ft_err_format(ft_exc_ValueError, "invalid who parameter");
        ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    ft_obj *items[NFIELDS] = {
        ft_float_new((double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6),
        ft_float_new((double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6),
        ft_int_from_i64(ru.ru_maxrss), ft_int_from_i64(ru.ru_ixrss), ft_int_from_i64(ru.ru_idrss),
        ft_int_from_i64(ru.ru_isrss), ft_int_from_i64(ru.ru_minflt), ft_int_from_i64(ru.ru_majflt),
        ft_int_from_i64(ru.ru_nswap), ft_int_from_i64(ru.ru_inblock), ft_int_from_i64(ru.ru_oublock),
        ft_int_from_i64(ru.ru_msgsnd), ft_int_from_i64(ru.ru_msgrcv), ft_int_from_i64(ru.ru_nsignals),
        ft_int_from_i64(ru.ru_nvcsw), ft_int_from_i64(ru.ru_nivcsw),
    };
    for (int i = 0; i < NFIELDS; i++)
        if (!items[i])
            return NULL;
    return make_rusage(items);
}

static ft_obj *limits_tuple(struct rlimit *rl) {
    ft_obj *a = rlim_obj(rl->rlim_cur), *b = a ? rlim_obj(rl->rlim_max) : NULL;
    return b ? ft_tuple_pack(2, a, b) : NULL;
}

static ft_obj *r_getrlimit(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    int res;
    if (resource_arg(args[0], &res) < 0)
        return NULL;
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    return limits_tuple(&rl);
}

static int parse_limits(ft_obj *limits, struct rlimit *rl) {
    ft_obj *t = ft_sequence_tuple(limits);
    if (!t)
        return -1;
    if (ft_tuple_size(t) != 2) {
        ft_err_set_str(ft_exc_ValueError, "expected a tuple of 2 integers");
        return -1;
    }
    if (rlim_from(ft_tuple_get(t, 0), &rl->rlim_cur) < 0 || rlim_from(ft_tuple_get(t, 1), &rl->rlim_max) < 0)
        return -1;
    return 0;
}

static ft_obj *set_error(void) {
    if (errno == EINVAL)
        ft_err_set_str(ft_exc_ValueError, "current limit exceeds maximum limit");
    else if (errno == EPERM)
        ft_err_set_str(ft_exc_ValueError, "not allowed to raise maximum limit");
    else
        ft_err_from_errno(ft_exc_OSError, NULL);
    return NULL;
}

static ft_obj *r_setrlimit(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "setrlimit() takes no keyword arguments");
    if (nargs != 2)
        return ft_err_format(ft_exc_TypeError, "setrlimit expected 2 arguments, got %d", (int)nargs);
    int res;
    if (resource_arg(args[0], &res) < 0)
        return NULL;
    struct rlimit rl;
    if (parse_limits(args[1], &rl) < 0)
        return NULL;
    if (setrlimit(res, &rl) < 0)
        return set_error();
    return ft_None;
}

static ft_obj *r_prlimit(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("prlimit", nargs, kwnames, 2, 3) < 0)
        return NULL;
    int64_t pid = ft_int_as_i64(args[0]);
    if (pid == -1 && ft_err_occurred())
        return NULL;
    int res;
    if (resource_arg(args[1], &res) < 0)
        return NULL;
    struct rlimit newl, old;
    if (nargs == 3 && args[2] != ft_None && parse_limits(args[2], &newl) < 0)
        return NULL;
    if (prlimit((pid_t)pid, res, (nargs == 3 && args[2] != ft_None) ? &newl : NULL, &old) < 0)
        return set_error();
    return limits_tuple(&old);
}

static ft_obj *r_getpagesize(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_int_from_i64(sysconf(_SC_PAGESIZE));
}

static const ft_method_def resource_methods[] = {
    { "getrusage", r_getrusage, FT_METH_O, NULL },
    { "getrlimit", r_getrlimit, FT_METH_O, NULL },
    { "setrlimit", r_setrlimit, 0, NULL },
    { "prlimit", r_prlimit, 0, NULL },
    { "getpagesize", r_getpagesize, FT_METH_NOARGS, NULL },
    { NULL }
};

static int resource_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "resource: type initialisation failed");
        return -1;
    }
#define C(n) { #n, n }
    static const struct { const char *name; int64_t v; } consts[] = {
        C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE),
        C(RLIMIT_NOFILE), C(RLIMIT_OFILE), C(RLIMIT_AS), C(RLIMIT_RSS), C(RLIMIT_NPROC),
        C(RLIMIT_MEMLOCK), C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE), C(RLIMIT_RTPRIO),
        C(RLIMIT_RTTIME), C(RLIMIT_SIGPENDING),
        C(RUSAGE_SELF), C(RUSAGE_CHILDREN), C(RUSAGE_THREAD),
    };
#undef C
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (ft_module_add_int(m, consts[i].name, consts[i].v) < 0)
            return -1;
    if (ft_module_add_int(m, "RLIM_INFINITY", -1) < 0 ||
        ft_module_add_object(m, "error", (ft_obj *)ft_exc_OSError) < 0 ||
        ft_module_add_object(m, "struct_rusage", (ft_obj *)&rusage_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_resource_module_def = {
    .name = "resource",
    .doc = NULL,
    .methods = resource_methods,
    .exec = resource_exec,
    .gil_safe = true,
};
