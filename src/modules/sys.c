/* sys.c -- the sys module (ft_sys_module_def), one per interpreter.
 *
 * The module dict is interp->sys_dict; sys.modules is interp->modules (the
 * same dict object). Values that describe the process (version, flags,
 * float_info, ...) are built from ft_rt's start-up configuration, which is
 * read-only after start-up. Mutable state lives in Python containers with
 * their own locks (sys.path, sys.modules, ...), in the interpreter
 * (recursion limit, int_max_str_digits: atomics) or in the runtime
 * (switch interval: atomic).
 *
 * Struct sequences (version_info, flags, float_info, ...) are static tuple
 * subclasses whose fields are read-only getsets by index; their repr is
 * "sys.version_info(major=3, ...)" as in CPython.
 *
 * Not supported: tracing and profiling hooks (settrace/setprofile accept
 * only None); getrefcount() returns a constant (there are no reference
 * counts); breakpointhook() does nothing (as with PYTHONBREAKPOINT=0).
 */
#include "core/ftcore.h"
#include "objects/exceptions.h"
#include "vm/frame.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *const stdlib_module_names[] = {
    "__future__", "_abc", "_aix_support", "_android_support", "_ast", "_asyncio", "_bisect",
    "_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
    "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_colorize",
    "_compat_pickle", "_compression", "_contextvars", "_csv", "_ctypes", "_curses",
    "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp",
    "_interpchannels", "_interpqueues", "_interpreters", "_io", "_ios_support", "_json",
    "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_multibytecodec", "_multiprocessing",
    "_opcode", "_opcode_metadata", "_operator", "_osx_support", "_overlapped", "_pickle",
    "_posixshmem", "_posixsubprocess", "_py_abc", "_pydatetime", "_pydecimal", "_pyio",
    "_pylong", "_pyrepl", "_queue", "_random", "_scproxy", "_sha1", "_sha2", "_sha3", "_signal",
    "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string",
    "_strptime", "_struct", "_suggestions", "_symtable", "_sysconfig", "_thread",
    "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid",
    "_warnings", "_weakref", "_weakrefset", "_winapi", "_wmi", "_zoneinfo", "abc",
    "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb", "binascii",
    "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd", "code", "codecs",
    "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
    "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses",
    "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings",
    "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch",
    "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext",
    "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib",
    "imaplib", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword",
    "linecache", "locale", "logging", "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap",
    "modulefinder", "msvcrt", "multiprocessing", "netrc", "nt", "ntpath", "nturl2path",
    "numbers", "opcode", "operator", "optparse", "os", "pathlib", "pdb", "pickle",
    "pickletools", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint",
    "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat",
    "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
    "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal",
    "site", "smtplib", "socket", "socketserver", "sqlite3", "sre_compile", "sre_constants",
    "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess",
    "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "tempfile", "termios",
    "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
    "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types",
    "typing", "unicodedata", "unittest", "urllib", "uuid", "venv", "warnings", "wave",
    "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml", "xmlrpc", "zipapp",
    "zipfile", "zipimport", "zlib", "zoneinfo", NULL
};

static ft_ssize nkw(ft_obj *kwnames) { return kwnames ? ft_tuple_size(kwnames) : 0; }

static ft_obj *sysdict_get(const char *name) {
    ft_interp *in = ft_interp_current();
    return in->sys_dict ? ft_dict_get_cstr(in->sys_dict, name) : NULL;
}

/* ---- struct sequences ---------------------------------------------------------------- */

static ft_obj *sseq_get(ft_obj *self, void *closure) {
    ft_ssize i = (ft_ssize)(intptr_t)closure;
    if (i >= ft_tuple_size(self)) return ft_None;
    return ft_tuple_get(self, i);
}

static ft_obj *sseq_repr(ft_obj *self) {
    ft_type *t = FT_TYPE(self);
    while (t && !t->getsets) t = t->base;
    if (!t) return ft_err_bad_internal_call("structseq repr");
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (ft_strbuf_append_cstr(&b, t->name) < 0 || ft_strbuf_append_cstr(&b, "(") < 0) return NULL;
    ft_ssize n = ft_tuple_size(self);
    for (ft_ssize i = 0; i < n && t->getsets[i].name; i++) {
        ft_obj *r = ft_repr(ft_tuple_get(self, i));
        if (!r) return NULL;
        if ((i && ft_strbuf_append_cstr(&b, ", ") < 0) ||
            ft_strbuf_append_cstr(&b, t->getsets[i].name) < 0 || ft_strbuf_append_cstr(&b, "=") < 0 ||
            ft_strbuf_append_str(&b, r) < 0)
            return NULL;
    }
    if (ft_strbuf_append_cstr(&b, ")") < 0) return NULL;
    return ft_strbuf_finish(&b);
}

static ft_obj *sseq_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_err_format(ft_exc_TypeError, "cannot create '%s' instances", type->name);
}

static ft_obj *sseq_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *t = ft_tuple_from_array(ft_tuple_items(self), ft_tuple_size(self));
    if (!t) return NULL;
    return ft_tuple_pack(2, (ft_obj *)&ft_tuple_type, ft_tuple_pack(1, t));
}
static const ft_method_def sseq_methods[] = {
    {"__reduce__", sseq_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

static ft_obj *sseq_make(ft_type *type, ft_obj *const *items, ft_ssize n) {
    for (ft_ssize i = 0; i < n; i++)
        if (!items[i]) return NULL;   /* a constructor failed: its exception is set */
    ft_tuple *t = (ft_tuple *)ft_obj_alloc(type, sizeof(ft_tuple) + (size_t)n * sizeof(ft_obj *));
    if (!t) return NULL;
    t->size = n;
    atomic_store_explicit(&t->hash, -1, memory_order_relaxed);
    memcpy(t->items, items, (size_t)n * sizeof(ft_obj *));
    return (ft_obj *)t;
}

#define F(name, i) {name, sseq_get, NULL, NULL, (void *)(intptr_t)(i)}
#define SSEQ_TYPE(var, tname, gs) \
    static ft_type var = { \
        FT_TYPE_HEAD_INIT, .name = tname, .basicsize = sizeof(ft_tuple), \
        .itemsize = sizeof(ft_obj *), \
        .flags = FT_TPF_TUPLE_SUBCLASS | FT_TPF_SEQUENCE, .base = &ft_tuple_type, \
        .repr = sseq_repr, .new_ = sseq_new, .getsets = gs, .methods = sseq_methods, \
    };

static const ft_getset_def version_info_fields[] = {
    F("major", 0), F("minor", 1), F("micro", 2), F("releaselevel", 3), F("serial", 4), {NULL}
};
SSEQ_TYPE(version_info_type, "sys.version_info", version_info_fields)

static const ft_getset_def flags_fields[] = {
    F("debug", 0), F("inspect", 1), F("interactive", 2), F("optimize", 3),
    F("dont_write_bytecode", 4), F("no_user_site", 5), F("no_site", 6),
    F("ignore_environment", 7), F("verbose", 8), F("bytes_warning", 9), F("quiet", 10),
    F("hash_randomization", 11), F("isolated", 12), F("dev_mode", 13), F("utf8_mode", 14),
    F("warn_default_encoding", 15), F("safe_path", 16), F("int_max_str_digits", 17), {NULL}
};
SSEQ_TYPE(flags_type, "sys.flags", flags_fields)

static const ft_getset_def float_info_fields[] = {
    F("max", 0), F("max_exp", 1), F("max_10_exp", 2), F("min", 3), F("min_exp", 4),
    F("min_10_exp", 5), F("dig", 6), F("mant_dig", 7), F("epsilon", 8), F("radix", 9),
    F("rounds", 10), {NULL}
};
SSEQ_TYPE(float_info_type, "sys.float_info", float_info_fields)

static const ft_getset_def asyncgen_hooks_fields[] = {
    F("firstiter", 0), F("finalizer", 1), {NULL}
};
SSEQ_TYPE(asyncgen_hooks_type, "asyncgen_hooks", asyncgen_hooks_fields)

static const ft_getset_def int_info_fields[] = {
    F("bits_per_digit", 0), F("sizeof_digit", 1), F("default_max_str_digits", 2),
    F("str_digits_check_threshold", 3), {NULL}
};
SSEQ_TYPE(int_info_type, "sys.int_info", int_info_fields)

static const ft_getset_def hash_info_fields[] = {
    F("width", 0), F("modulus", 1), F("inf", 2), F("nan", 3), F("imag", 4), F("algorithm", 5),
    F("hash_bits", 6), F("seed_bits", 7), F("cutoff", 8), {NULL}
};
SSEQ_TYPE(hash_info_type, "sys.hash_info", hash_info_fields)

static const ft_getset_def thread_info_fields[] = {
    F("name", 0), F("lock", 1), F("version", 2), {NULL}
};
SSEQ_TYPE(thread_info_type, "sys.thread_info", thread_info_fields)
#undef F

/* ---- functions -------------------------------------------------------------------------- */

static ft_obj *s_exit(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nkw(k)) return ft_err_format(ft_exc_TypeError, "sys.exit() takes no keyword arguments");
    if (ft_check_positional("exit", n, k, 0, 1) < 0) return NULL;
    if (n == 0) ft_err_set_none(ft_exc_SystemExit);
    else ft_err_set_obj(ft_exc_SystemExit, a[0]);
    return NULL;
}

static ft_obj *s_getrecursionlimit(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_int_from_i64(atomic_load(&ft_interp_current()->recursion_limit));
}

static ft_obj *s_setrecursionlimit(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (!ft_int_check(a[0]))
        return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             ft_type_name(FT_TYPE(a[0])));
    int64_t v;
    int overflow = 0;
    if (ft_int_as_i64_overflow(a[0], &v, &overflow) < 0) return NULL;
    if (overflow || v > INT_MAX)
        return ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C int");
    if (v < 1) return ft_err_format(ft_exc_ValueError, "recursion limit must be greater or equal than 1");
    ft_thread *ts = ft_ts();
    if (ts->py_depth >= v)
        return ft_err_format(ft_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: "
                             "the limit is too low", (int)v, ts->py_depth);
    atomic_store(&ts->interp->recursion_limit, (int)v);
    /* Each thread keeps a copy; this one updates now, others at their next
     * call into the runtime that refreshes it. */
    ts->py_depth_limit = (int)v;
    return ft_None;
}

static ft_obj *s_getsizeof(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"object", "default", NULL};
    ft_obj *v[2];
    if (ft_parse_args("getsizeof", a, n, k, names, 0, 1, v) < 0) return NULL;
    ft_obj *meth = ft_lookup_special(v[0], ft_id(__sizeof__));
    ft_obj *r = NULL;
    if (meth) r = ft_call0(meth);
    else if (!ft_err_occurred())
        ft_err_format(ft_exc_TypeError, "Type %s doesn't define __sizeof__", ft_type_name(FT_TYPE(v[0])));
    if (!r) {
        if (v[1] && ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            return v[1];
        }
        return NULL;
    }
    if (!ft_int_check(r)) {
        if (v[1]) return v[1];   /* a TypeError: the default applies, as in CPython */
        return ft_err_format(ft_exc_TypeError, "an integer is required");
    }
    if (ft_int_sign(r) < 0) return ft_err_format(ft_exc_ValueError, "__sizeof__() should return >= 0");
    return r;
}

static ft_obj *s_intern(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *s = a[0];
    if (!ft_str_check(s))
        return ft_err_format(ft_exc_TypeError, "intern() argument must be str, not %s",
                             ft_type_name(FT_TYPE(s)));
    if (!ft_str_check_exact(s))
        return ft_err_format(ft_exc_TypeError, "can't intern %s", ft_type_name(FT_TYPE(s)));
    return ft_str_intern(s);
}

/* There are no reference counts in ftpy: answer a constant that looks like
 * what CPython reports for an object held by one variable. */
static ft_obj *s_getrefcount(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_smallint(2);
}

static ft_obj *s_getframe(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("_getframe", n, k, 0, 1) < 0) return NULL;
    int64_t depth = 0;
    if (n) {
        depth = ft_int_as_i64(a[0]);
        if (depth == -1 && ft_err_occurred()) return NULL;
    }
    if (depth > INT_MAX) return ft_err_format(ft_exc_ValueError, "call stack is not deep enough");
    if (depth < 0) depth = 0;
    return ft_frame_current_object((int)depth);
}

static ft_obj *handled_exc(void) {
    ft_obj *e = ft_ts()->exc_info;
    return (e && e != ft_None) ? e : NULL;
}

static ft_obj *s_exc_info(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *e = handled_exc();
    if (!e) return ft_tuple_pack(3, ft_None, ft_None, ft_None);
    ft_obj *tb = ft_exc_get_traceback(e);
    return ft_tuple_pack(3, (ft_obj *)FT_TYPE(e), e, tb ? tb : ft_None);
}

static ft_obj *s_exception(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *e = handled_exc();
    return e ? e : ft_None;
}

static ft_obj *s_excepthook(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("excepthook", n, k, 3, 3) < 0) return NULL;
    ft_obj *value = a[1], *tb = a[2];
    if (ft_exc_check(value) && tb != ft_None && FT_TYPE(tb) == &ft_traceback_type &&
        !ft_exc_get_traceback(value))
        ft_exc_set_traceback(value, tb);
    ft_err_print_exc(value);
    return ft_None;
}

static ft_obj *s_displayhook(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *v = a[0];
    if (v == ft_None) return ft_None;
    ft_obj *builtins = ft_interp_current()->builtins;
    if (!builtins) return ft_err_format(ft_exc_RuntimeError, "lost builtins module");
    if (ft_dict_set_cstr(builtins, "_", ft_None) < 0) return NULL;
    ft_obj *out = sysdict_get("stdout");
    if (!out || out == ft_None) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_RuntimeError, "lost sys.stdout");
    }
    ft_obj *r = ft_repr(v);
    if (!r) return NULL;
    if (!ft_call_method1(out, "write", r)) return NULL;
    if (!ft_call_method1(out, "write", ft_str_intern_cstr("\n"))) return NULL;
    if (ft_dict_set_cstr(builtins, "_", v) < 0) return NULL;
    return ft_None;
}

static ft_obj *s_unraisablehook(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *u = a[0];
    ft_obj *value = ft_getattr_cstr(u, "exc_value");
    if (!value) return NULL;
    ft_obj *obj = ft_getattr_cstr(u, "object");
    if (!obj) return NULL;
    ft_obj *msg = ft_getattr_cstr(u, "err_msg");
    if (!msg) return NULL;
    if (!ft_exc_check(value)) return ft_None;
    ft_obj *saved = ft_err_fetch();
    if (msg != ft_None || obj != ft_None) {
        ft_obj *head;
        ft_obj *err = sysdict_get("stderr");
        if (msg != ft_None && obj != ft_None) head = ft_str_from_format("%S: %R\n", msg, obj);
        else if (msg != ft_None) head = ft_str_from_format("%S\n", msg);
        else head = ft_str_from_format("Exception ignored in: %R\n", obj);
        if (head && err && err != ft_None) ft_call_method1(err, "write", head);
        ft_err_clear();
    }
    ft_err_print_exc(value);
    ft_err_restore(saved);
    return ft_None;
}

static ft_obj *s_get_int_max_str_digits(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_int_from_i64(atomic_load(&ft_interp_current()->int_max_str_digits));
}

static ft_obj *s_set_int_max_str_digits(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"maxdigits", NULL};
    ft_obj *v[1];
    if (ft_parse_args("set_int_max_str_digits", a, n, k, names, 0, 1, v) < 0) return NULL;
    if (!ft_int_check(v[0]))
        return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             ft_type_name(FT_TYPE(v[0])));
    int64_t d;
    int overflow = 0;
    if (ft_int_as_i64_overflow(v[0], &d, &overflow) < 0) return NULL;
    if (overflow || d > INT_MAX)
        return ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C int");
    if (d != 0 && d < 640) return ft_err_format(ft_exc_ValueError, "maxdigits must be 0 or larger than 640");
    atomic_store(&ft_interp_current()->int_max_str_digits, d);
    return ft_None;
}

/* Per-thread async generator hooks (storage in vm/gen.c). */
static ft_obj *s_set_asyncgen_hooks(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    ft_obj *v[2] = {NULL, NULL};
    if (ft_parse_args("set_asyncgen_hooks", a, n, k, names, 0, 0, v) < 0) return NULL;
    static const char *const what[] = {"firstiter", "finalizer"};
    for (int i = 1; i >= 0; i--)   /* CPython checks the finalizer first */
        if (v[i] && v[i] != ft_None && !ft_callable(v[i]))
            return ft_err_format(ft_exc_TypeError, "callable %s expected, got %s", what[i],
                                 ft_type_name(FT_TYPE(v[i])));
    for (int i = 0; i < 2; i++)
        if (v[i] && ft_async_gen_set_hook(i, v[i] == ft_None ? NULL : v[i]) < 0) return NULL;
    return ft_None;
}

static ft_obj *s_get_asyncgen_hooks(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *fi, *fin;
    ft_async_gen_get_hooks(&fi, &fin);
    ft_obj *items[2] = {fi ? fi : ft_None, fin ? fin : ft_None};
    return sseq_make(&asyncgen_hooks_type, items, 2);
}

static ft_obj *s_getswitchinterval(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_float_new(atomic_load(&ft_rt->switch_interval));
}

static ft_obj *s_setswitchinterval(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *x = a[0];
    if (!ft_float_check(x) && !ft_int_check(x) &&
        !ft_lookup_special(x, ft_id(__float__)) && !ft_lookup_special(x, ft_id(__index__))) {
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "must be real number, not %s", ft_type_name(FT_TYPE(x)));
    }
    double d = ft_float_as_double(x);
    if (d == -1.0 && ft_err_occurred()) return NULL;
    if (!(d > 0.0)) return ft_err_format(ft_exc_ValueError, "switch interval must be strictly positive");
    atomic_store(&ft_rt->switch_interval, d);
    return ft_None;
}

static ft_obj *s_is_gil_enabled(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_bool(ft_rt->gil_enabled);
}

static ft_obj *s_getdefaultencoding(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_str_intern_cstr("utf-8");
}
static ft_obj *s_getfilesystemencodeerrors(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_str_intern_cstr("surrogateescape");
}

static ft_obj *s_is_finalizing(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_bool(ft_interp_current()->finalizing != 0);
}

/* Auditing is not implemented: events have no listeners. Hooks are
 * accepted (their callability is not checked, like CPython) and never
 * called. */
static ft_obj *s_audit(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nkw(k)) return ft_err_format(ft_exc_TypeError, "audit() takes no keyword arguments");
    if (n < 1) return ft_err_format(ft_exc_TypeError, "audit() missing 1 required positional argument: 'event'");
    if (!ft_str_check(a[0]))
        return ft_err_format(ft_exc_TypeError, "expected str for argument 'event', not %s",
                             ft_type_name(FT_TYPE(a[0])));
    return ft_None;
}
static ft_obj *s_addaudithook(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"hook", NULL};
    ft_obj *v[1];
    if (ft_parse_args("addaudithook", a, n, k, names, 0, 1, v) < 0) return NULL;
    return ft_None;
}

static ft_obj *s_breakpointhook(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_None;
}

static ft_obj *s_settrace(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (a[0] != ft_None)
        return ft_err_format(ft_exc_NotImplementedError, "ftpy does not support sys.settrace()");
    return ft_None;
}
static ft_obj *s_setprofile(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (a[0] != ft_None)
        return ft_err_format(ft_exc_NotImplementedError, "ftpy does not support sys.setprofile()");
    return ft_None;
}
static ft_obj *s_none(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_None; }

static ft_obj *s_call_tracing(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (ft_check_positional("call_tracing", n, k, 2, 2) < 0) return NULL;
    if (!ft_tuple_check(a[1]))
        return ft_err_format(ft_exc_TypeError, "call_tracing() argument 2 must be tuple, not %s",
                             ft_type_name(FT_TYPE(a[1])));
    return ft_call_tuple_dict(a[0], a[1], NULL);
}

static ft_obj *s_activate_stack_trampoline(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_err_format(ft_exc_ValueError, "perf trampoline is not supported by ftpy");
}

static const ft_method_def sys_methods[] = {
    {"exit", s_exit, FT_METH_VARARGS | FT_METH_KEYWORDS, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", s_getrecursionlimit, FT_METH_NOARGS, "Return the current value of the recursion limit."},
    {"setrecursionlimit", s_setrecursionlimit, FT_METH_O, "Set the maximum depth of the Python interpreter stack to n."},
    {"getsizeof", s_getsizeof, FT_METH_VARARGS | FT_METH_KEYWORDS, "Return the size of object in bytes."},
    {"intern", s_intern, FT_METH_O, "``Intern'' the given string."},
    {"getrefcount", s_getrefcount, FT_METH_O,
     "Return a constant: ftpy has a tracing collector and no reference counts."},
    {"_getframe", s_getframe, FT_METH_VARARGS, "Return a frame object from the call stack."},
    {"exc_info", s_exc_info, FT_METH_NOARGS, "Return current exception information: (type, value, traceback)."},
    {"exception", s_exception, FT_METH_NOARGS, "Return the current exception."},
    {"excepthook", s_excepthook, FT_METH_VARARGS, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"displayhook", s_displayhook, FT_METH_O, "Print an object to sys.stdout and also save it in builtins._"},
    {"unraisablehook", s_unraisablehook, FT_METH_O, "Handle an unraisable exception."},
    {"get_int_max_str_digits", s_get_int_max_str_digits, FT_METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", s_set_int_max_str_digits, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"set_asyncgen_hooks", s_set_asyncgen_hooks, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Set a finalizer for async generators objects."},
    {"get_asyncgen_hooks", s_get_asyncgen_hooks, FT_METH_NOARGS,
     "Return the installed asynchronous generators hooks."},
    {"getswitchinterval", s_getswitchinterval, FT_METH_NOARGS, "Return the current thread switch interval."},
    {"setswitchinterval", s_setswitchinterval, FT_METH_O, "Set the ideal thread switching delay inside the interpreter."},
    {"_is_gil_enabled", s_is_gil_enabled, FT_METH_NOARGS, "Return True if the GIL is currently enabled."},
    {"getdefaultencoding", s_getdefaultencoding, FT_METH_NOARGS, "Return the current default encoding."},
    {"getfilesystemencoding", s_getdefaultencoding, FT_METH_NOARGS, "Return the encoding used to convert Unicode filenames."},
    {"getfilesystemencodeerrors", s_getfilesystemencodeerrors, FT_METH_NOARGS,
     "Return the error mode used Unicode to OS filename conversion."},
    {"is_finalizing", s_is_finalizing, FT_METH_NOARGS, "Return True if Python is exiting."},
    {"audit", s_audit, FT_METH_VARARGS | FT_METH_KEYWORDS, "Passes the event to any audit hooks that are attached."},
    {"addaudithook", s_addaudithook, FT_METH_VARARGS | FT_METH_KEYWORDS, "Adds a new audit hook callback."},
    {"breakpointhook", s_breakpointhook, FT_METH_VARARGS | FT_METH_KEYWORDS,
     "Does nothing: ftpy has no debugger (like PYTHONBREAKPOINT=0)."},
    {"settrace", s_settrace, FT_METH_O, "Set the global debug tracing function (only None is supported)."},
    {"gettrace", s_none, FT_METH_NOARGS, "Return the global debug tracing function set with sys.settrace."},
    {"setprofile", s_setprofile, FT_METH_O, "Set the profiling function (only None is supported)."},
    {"getprofile", s_none, FT_METH_NOARGS, "Return the profiling function set with sys.setprofile."},
    {"call_tracing", s_call_tracing, FT_METH_VARARGS, "Call func(*args), while tracing is enabled."},
    {"activate_stack_trampoline", s_activate_stack_trampoline, FT_METH_O, NULL},
    {"deactivate_stack_trampoline", s_none, FT_METH_NOARGS, NULL},
    {"is_stack_trampoline_active", s_none, FT_METH_NOARGS, NULL},
    {NULL}
};

/* ---- module state ---------------------------------------------------------------------- */

static ft_obj *make_version_info(int major, int minor, int micro, const char *level, int serial) {
    ft_obj *items[5] = {ft_smallint(major), ft_smallint(minor), ft_smallint(micro),
                        ft_str_intern_cstr(level), ft_smallint(serial)};
    return sseq_make(&version_info_type, items, 5);
}

static ft_obj *make_flags(void) {
    const char *hs = getenv("PYTHONHASHSEED");
    int hash_rand = !(hs && strcmp(hs, "0") == 0);
    ft_runtime *rt = ft_rt;
    ft_obj *items[18] = {
        ft_smallint(0), ft_smallint(rt->inspect), ft_smallint(0), ft_smallint(rt->optimize),
        ft_smallint(rt->dont_write_bytecode), ft_smallint(rt->isolated ? 1 : 0), ft_smallint(0),
        ft_smallint(rt->isolated ? 1 : 0), ft_smallint(rt->verbose), ft_smallint(0),
        ft_smallint(rt->quiet), ft_smallint(hash_rand), ft_smallint(rt->isolated), ft_False,
        ft_smallint(0), ft_smallint(0), ft_bool(rt->safe_path), ft_smallint(FT_INT_MAX_STR_DIGITS),
    };
    return sseq_make(&flags_type, items, 18);
}

static ft_obj *make_float_info(void) {
    ft_obj *items[11] = {
        ft_float_new(DBL_MAX), ft_smallint(DBL_MAX_EXP), ft_smallint(DBL_MAX_10_EXP),
        ft_float_new(DBL_MIN), ft_smallint(DBL_MIN_EXP), ft_smallint(DBL_MIN_10_EXP),
        ft_smallint(DBL_DIG), ft_smallint(DBL_MANT_DIG), ft_float_new(DBL_EPSILON),
        ft_smallint(FLT_RADIX), ft_smallint(FLT_ROUNDS),
    };
    return sseq_make(&float_info_type, items, 11);
}

static ft_obj *make_int_info(void) {
    ft_obj *items[4] = {ft_smallint(30), ft_smallint(4), ft_smallint(FT_INT_MAX_STR_DIGITS),
                        ft_smallint(640)};
    return sseq_make(&int_info_type, items, 4);
}

static ft_obj *make_hash_info(void) {
    ft_obj *items[9] = {
        ft_smallint(64), ft_int_from_i64(((int64_t)1 << 61) - 1), ft_smallint(314159), ft_smallint(0),
        ft_smallint(1000003), ft_str_intern_cstr("siphash13"), ft_smallint(64), ft_smallint(128),
        ft_smallint(0),
    };
    return sseq_make(&hash_info_type, items, 9);
}

static ft_obj *make_thread_info(void) {
    ft_obj *items[3] = {ft_str_intern_cstr("pthread"), ft_str_intern_cstr("mutex+cond"), ft_None};
    return sseq_make(&thread_info_type, items, 3);
}

/* sys.path[0]: the directory of the script (absolute), the current directory
 * (absolute) for -m, or '' for -c / the REPL -- as CPython. */
static ft_obj *script_dir(ft_obj *argv) {
    if (!argv || !ft_list_check(argv) || ft_list_size(argv) == 0) return ft_str_intern_cstr("");
    ft_obj *a0 = ft_list_get(argv, 0);
    if (!a0) return NULL;
    if (!ft_str_check(a0)) return ft_str_intern_cstr("");
    const char *s = ft_str_utf8(a0);
    char real[PATH_MAX];
    if (strcmp(s, "-m") == 0)
        return getcwd(real, sizeof real) ? ft_str_from_cstr(real) : ft_str_intern_cstr("");
    if (!*s || strcmp(s, "-c") == 0 || strcmp(s, "-") == 0)
        return ft_str_intern_cstr("");
    if (!realpath(s, real)) return ft_str_intern_cstr("");
    char *slash = strrchr(real, '/');
    if (!slash) return ft_str_intern_cstr("");
    if (slash == real) slash[1] = 0;
    else *slash = 0;
    return ft_str_from_cstr(real);
}

static int add(ft_obj *m, const char *name, ft_obj *v) { return ft_module_add_object(m, name, v); }

/* Called once at start-up by ft_misc_types_init (objects/moduleobject.c). */
int ft_sys_types_init(void) {
    static ft_type *const types[] = {&version_info_type, &flags_type, &float_info_type,
                                     &int_info_type, &hash_info_type, &thread_info_type,
                                     &asyncgen_hooks_type};
    for (size_t i = 0; i < FT_ARRAY_LEN(types); i++)
        if (ft_type_ready(types[i]) < 0) return -1;
    return 0;
}

static int sys_exec(ft_obj *m) {
    ft_interp *interp = ft_interp_current();
    ft_runtime *rt = ft_rt;

    if (interp->modules && add(m, "modules", interp->modules) < 0) return -1;

    ft_obj *argv = rt->argv && ft_list_check(rt->argv) ? ft_list_from_iterable(rt->argv) : ft_list_new(0);
    if (!argv) return -1;
    if (ft_list_size(argv) == 0 && ft_list_append(argv, ft_str_intern_cstr("")) < 0) return -1;
    if (add(m, "argv", argv) < 0) return -1;
    ft_obj *orig = ft_list_new(0);
    if (!orig) return -1;
    if (rt->executable && ft_list_append(orig, rt->executable) < 0) return -1;
    if (ft_list_extend(orig, argv) < 0 || add(m, "orig_argv", orig) < 0) return -1;

    ft_obj *path = ft_list_new(0);
    if (!path) return -1;
    ft_obj *dir = script_dir(argv);
    if (!dir || ft_list_append(path, dir) < 0) return -1;
    if (rt->stdlib_dir && ft_str_check(rt->stdlib_dir) && ft_str_len(rt->stdlib_dir) > 0 &&
        ft_list_append(path, rt->stdlib_dir) < 0)
        return -1;
    if (add(m, "path", path) < 0) return -1;

    /* builtin_module_names: sorted tuple of the builtin C modules. */
    ft_obj *names = ft_list_new(0);
    if (!names) return -1;
    for (size_t i = 0; ft_builtin_modules[i]; i++)
        if (ft_list_append(names, ft_str_intern_cstr(ft_builtin_modules[i]->name)) < 0) return -1;
    if (ft_list_sort(names, NULL, false) < 0) return -1;
    if (add(m, "builtin_module_names", ft_list_as_tuple(names)) < 0) return -1;

    ft_obj *stdnames = ft_list_new(0);
    if (!stdnames) return -1;
    for (size_t i = 0; stdlib_module_names[i]; i++)
        if (ft_list_append(stdnames, ft_str_intern_cstr(stdlib_module_names[i])) < 0) return -1;
    if (add(m, "stdlib_module_names", ft_frozenset_new(stdnames)) < 0) return -1;

    ft_obj *vi = make_version_info(FT_VERSION_MAJOR, FT_VERSION_MINOR, FT_VERSION_MICRO, "final", 0);
    if (add(m, "version_info", vi) < 0) return -1;
    if (add(m, "version", ft_str_from_cstr(FT_VERSION_STRING " (ftpy " FT_IMPL_VERSION
                                           ", free-threading build) [GCC " __VERSION__ "]")) < 0)
        return -1;
    int64_t hexversion = ((int64_t)FT_VERSION_MAJOR << 24) | (FT_VERSION_MINOR << 16) |
                         (FT_VERSION_MICRO << 8) | (0xF << 4);
    if (ft_module_add_int(m, "hexversion", hexversion) < 0) return -1;
    if (ft_module_add_int(m, "api_version", 1013) < 0) return -1;

    ft_obj *impl_ver = make_version_info(0, 1, 0, "alpha", 0);
    ft_obj *impl = ft_call0((ft_obj *)&ft_simplenamespace_type);
    if (!impl_ver || !impl) return -1;
    if (ft_setattr_cstr(impl, "name", ft_str_intern_cstr("ftpy")) < 0 ||
        ft_setattr_cstr(impl, "cache_tag", ft_None) < 0 ||
        ft_setattr_cstr(impl, "version", impl_ver) < 0 ||
        ft_setattr_cstr(impl, "hexversion", ft_int_from_i64((0 << 24) | (1 << 16) | (0xA << 4))) < 0 ||
        ft_setattr_cstr(impl, "_multiarch", ft_str_intern_cstr("x86_64-linux-gnu")) < 0 ||
        ft_setattr_cstr(impl, "supports_isolated_interpreters", ft_True) < 0)
        return -1;
    if (add(m, "implementation", impl) < 0) return -1;

    if (add(m, "platform", ft_str_intern_cstr("linux")) < 0) return -1;
    if (ft_module_add_int(m, "maxsize", INTPTR_MAX) < 0) return -1;
    if (ft_module_add_int(m, "maxunicode", 0x10FFFF) < 0) return -1;
    uint16_t probe = 1;
    if (add(m, "byteorder", ft_str_intern_cstr(*(uint8_t *)&probe ? "little" : "big")) < 0) return -1;
    ft_obj *exe = rt->executable ? rt->executable : ft_str_intern_cstr("");
    if (add(m, "executable", exe) < 0 || add(m, "_base_executable", exe) < 0) return -1;
    /* prefix: the directory above lib/ (the install or build tree). */
    ft_obj *prefix = ft_str_intern_cstr("");
    if (rt->stdlib_dir && ft_str_check(rt->stdlib_dir)) {
        const char *sd = ft_str_utf8(rt->stdlib_dir);
        const char *slash = strrchr(sd, '/');
        if (slash && slash != sd) prefix = ft_str_new(sd, slash - sd);
        else if (slash) prefix = ft_str_intern_cstr("/");
        if (!prefix) return -1;
    }
    if (add(m, "prefix", prefix) < 0 || add(m, "exec_prefix", prefix) < 0 ||
        add(m, "base_prefix", prefix) < 0 || add(m, "base_exec_prefix", prefix) < 0)
        return -1;
    if (add(m, "platlibdir", ft_str_intern_cstr("lib")) < 0) return -1;
    if (add(m, "pycache_prefix", ft_None) < 0) return -1;
    if (add(m, "abiflags", ft_str_intern_cstr("t")) < 0) return -1;
    if (add(m, "flags", make_flags()) < 0) return -1;
    if (add(m, "float_info", make_float_info()) < 0) return -1;
    if (add(m, "int_info", make_int_info()) < 0) return -1;
    if (add(m, "hash_info", make_hash_info()) < 0) return -1;
    if (add(m, "thread_info", make_thread_info()) < 0) return -1;
    if (add(m, "float_repr_style", ft_str_intern_cstr("short")) < 0) return -1;
    if (add(m, "dont_write_bytecode", ft_bool(rt->dont_write_bytecode)) < 0) return -1;
    if (add(m, "warnoptions", ft_list_new(0)) < 0) return -1;
    ft_obj *xopts = ft_dict_new();
    if (!xopts || (rt->xoptions && ft_dict_check(rt->xoptions) && ft_dict_update(xopts, rt->xoptions) < 0))
        return -1;
    if (add(m, "_xoptions", xopts) < 0) return -1;
    if (add(m, "meta_path", ft_list_new(0)) < 0) return -1;
    if (add(m, "path_hooks", ft_list_new(0)) < 0) return -1;
    if (add(m, "path_importer_cache", ft_dict_new()) < 0) return -1;
    if (add(m, "copyright", ft_str_from_cstr(
            "Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n"
            "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
            "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.")) < 0)
        return -1;

    /* The original hooks, kept under their dunder names as in CPython. */
    static const char *const hooks[] = {"excepthook", "displayhook", "breakpointhook", "unraisablehook"};
    ft_obj *d = ft_module_get_dict(m);
    for (size_t i = 0; i < FT_ARRAY_LEN(hooks); i++) {
        ft_obj *h = ft_dict_get_cstr(d, hooks[i]);
        if (!h) return -1;
        char dunder[64];
        snprintf(dunder, sizeof dunder, "__%s__", hooks[i]);
        if (add(m, dunder, h) < 0) return -1;
    }
    return 0;
}

const ft_module_def ft_sys_module_def = {
    .name = "sys",
    .doc = "This module provides access to some objects used or maintained by the\n"
           "interpreter and to functions that interact strongly with the interpreter.",
    .methods = sys_methods,
    .exec = sys_exec,
    .gil_safe = true,
};
