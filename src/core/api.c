/* api.c -- the public embedding API (include/ftpy.h) over the internals.
 *
 * Also home of the program entry points (__main__ from a file, -c, -m,
 * stdin, the REPL) because the CLI is a client of this API only.
 * Everything here runs on a registered, attached thread; the functions
 * that touch interpreter state take the main interpreter's current
 * structures under their own locks (dicts lock themselves).
 */
#include "modules/signals.h"
#include <signal.h>
#include "core/ftcore.h"
#include "ftpy.h"
#include "modules/import.h"
#include "modules/io.h"
#include "parser/ast.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

#define OUT(o) ((ftpy_obj *)(o))
#define IN(o) ((ft_obj *)(o))

void ftpy_config_init(ftpy_config *cfg) {
    memset(cfg, 0, sizeof *cfg);
    cfg->gil = -1;
}

int ftpy_initialize(const ftpy_config *cfg) {
    ft_init_config c;
    memset(&c, 0, sizeof c);
    ftpy_config def;
    if (!cfg) {
        ftpy_config_init(&def);
        cfg = &def;
    }
    c.argc = cfg->argc;
    c.argv = cfg->argv;
    c.gil = cfg->gil;
    c.optimize = cfg->optimize;
    c.verbose = cfg->verbose;
    c.quiet = cfg->quiet;
    c.inspect = cfg->inspect;
    c.isolated = cfg->isolated;
    c.safe_path = cfg->safe_path;
    c.dont_write_bytecode = cfg->dont_write_bytecode;
    c.unbuffered = cfg->unbuffered;
    c.xoptions = cfg->xoptions;
    if (ft_runtime_init_ex(&c) < 0)
        return -1;
    if (ft_signals_init_main() < 0) {
        ft_err_print_exc(ft_err_fetch());
        return -1;
    }
    return 0;
}

/* Flush sys.stdout and sys.stderr; 120 if stdout cannot be flushed (the
 * status CPython exits with then). */
static int flush_std_streams(ft_interp *interp) {
    ft_obj *out = ft_dict_get_cstr(interp->sys_dict, "stdout");
    int status = 0;
    if (out && out != ft_None) {
        ft_obj *r = ft_call_method0(out, "flush");
        if (!r) {
            ft_err_clear();
            status = 120;
        }
    }
    ft_obj *err = ft_dict_get_cstr(interp->sys_dict, "stderr");
    if (err && err != ft_None && !ft_call_method0(err, "flush"))
        ft_err_clear();
    return status;
}

/* Join non-daemon threads, run atexit callbacks (registered by the atexit
 * module as a list of (func, args, kwargs) tuples, last first), finalize
 * what is left, flush the streams. Runs once; later calls only flush. */
int ftpy_finalize(void) {
    ft_interp *interp = ft_interp_current();
    /* Only the thread that runs __main__ calls this; the flag keeps a
     * second call (REPL end, then the CLI) from running atexit twice. */
    static bool done;
    if (done)
        return flush_std_streams(interp);
    done = true;
    /* Non-daemon threads first, as CPython: threading._shutdown() joins them. */
    ft_obj *threading = ft_dict_get_cstr(interp->modules, "threading");
    if (threading) {
        ft_obj *r = ft_call_method0(threading, "_shutdown");
        if (!r)
            ft_err_write_unraisable(threading);
    }
    ft_obj *cbs = interp->atexit_callbacks;
    for (ft_ssize i = cbs ? ft_list_size(cbs) - 1 : -1; i >= 0; i--) {
        ft_obj *entry = ft_list_get(cbs, i);
        if (!entry || !ft_tuple_check(entry) || ft_tuple_size(entry) != 3) {
            ft_err_clear();
            continue;
        }
        ft_obj *r = ft_call_tuple_dict(ft_tuple_get(entry, 0), ft_tuple_get(entry, 1),
                                       ft_tuple_get(entry, 2) == ft_None ? NULL : ft_tuple_get(entry, 2));
        if (!r) {
            ft_obj *exc = ft_err_fetch();
            if (!ft_exc_matches(exc, (ft_obj *)ft_exc_SystemExit)) {
                ft_obj *msg = ft_str_from_format("Exception ignored in atexit callback %R",
                                                 ft_tuple_get(entry, 0));
                (void)msg;
                ft_err_restore(exc);
                ft_err_write_unraisable(ft_tuple_get(entry, 0));
            }
        }
    }
    /* Then what CPython's teardown of module globals does: files still
     * open are flushed and closed, suspended generators finish, __del__
     * methods run. */
    interp->finalizing = 1;   /* sys.is_finalizing(): True from here, as CPython */
    ft_gc_finalize_all();
    return flush_std_streams(interp);
}

/* ---- __main__ and exit status -------------------------------------------------- */

static ft_obj *main_module(void) {
    ft_interp *interp = ft_interp_current();
    if (interp->main_module)
        return interp->main_module;
    ft_obj *name = ft_str_intern_cstr("__main__");
    ft_obj *m = ft_module_new(name);
    if (!m)
        return NULL;
    ft_obj *d = ft_module_get_dict(m);
    if (ft_dict_set(d, ft_id(__builtins__), interp->builtins_module) < 0 ||
        ft_dict_set(interp->modules, name, m) < 0)
        return NULL;
    interp->main_module = m;
    return m;
}

/* The status CPython exits with for an exception escaping __main__; prints
 * it (through sys.excepthook) unless it is SystemExit. */
/* Written and read by the thread that runs __main__ (the embedding thread). */
static int last_exit_signal;

int ftpy_exit_signal(void) { return last_exit_signal; }

static int exit_status_for(ft_obj *exc) {
    if (ft_exc_matches(exc, (ft_obj *)ft_exc_KeyboardInterrupt))
        last_exit_signal = SIGINT;
    if (ft_exc_matches(exc, (ft_obj *)ft_exc_SystemExit)) {
        ft_obj *code = ft_getattr_cstr(exc, "code");
        if (!code) {
            ft_err_clear();
            return 1;
        }
        if (code == ft_None)
            return 0;
        if (ft_int_check(code)) {
            int64_t v = ft_int_as_i64(code);
            if (v == -1 && ft_err_occurred()) {
                ft_err_clear();
                return -1 & 0xff;
            }
            return (int)(v & 0xff);
        }
        /* Any other object: printed to stderr, status 1. */
        ft_obj *s = ft_str(code);
        ft_obj *err = ft_dict_get_cstr(ft_interp_current()->sys_dict, "stderr");
        if (s && err && err != ft_None) {
            ft_call_method1(err, "write", s);
            ft_call_method1(err, "write", ft_str_from_cstr("\n"));
        }
        ft_err_clear();
        return 1;
    }
    ft_obj *hook = ft_dict_get_cstr(ft_interp_current()->sys_dict, "excepthook");
    if (hook && hook != ft_None) {
        ft_obj *tb = ft_exc_get_traceback(exc);
        ft_obj *r = ft_call3(hook, (ft_obj *)ft_type_of(exc), exc, tb ? tb : ft_None);
        if (r)
            return ft_exc_matches(exc, (ft_obj *)ft_exc_KeyboardInterrupt) ? 130 : 1;
        ft_obj *e2 = ft_err_fetch();
        fprintf(stderr, "Error in sys.excepthook:\n");
        ft_err_print_exc(e2);
        fprintf(stderr, "\nOriginal exception was:\n");
    }
    ft_err_print_exc(exc);
    return ft_exc_matches(exc, (ft_obj *)ft_exc_KeyboardInterrupt) ? 130 : 1;
}

static int run_code_as_main(const char *src, ft_ssize len, const char *filename) {
    ft_obj *m = main_module();
    if (!m)
        return exit_status_for(ft_err_fetch());
    ft_obj *fname = ft_str_from_cstr(filename);
    ft_obj *d = ft_module_get_dict(m);
    if (!fname)
        return exit_status_for(ft_err_fetch());
    if (filename[0] != '<' && ft_dict_set(d, ft_id(__file__), fname) < 0)
        return exit_status_for(ft_err_fetch());
    /* A script file (not -c / stdin): NUL bytes are a SyntaxError. */
    ft_obj *code = ft_compile_source(src, len, fname, FT_PARSE_EXEC,
                                     filename[0] != '<' ? FT_PARSE_FLAG_FILE : 0);
    if (!code)
        return exit_status_for(ft_err_fetch());
    if (strcmp(filename, "<string>") == 0)
        ft_err_register_main_source(((ft_code *)code)->source_lines);
    ft_obj *r = ft_eval_code(code, d, d);
    if (!r)
        return exit_status_for(ft_err_fetch());
    return 0;
}

int ftpy_main_file(const char *path) {
    ft_ssize len;
    /* Like CPython 3.9+, __main__.__file__ and the code's filename are the
     * script path made absolute by joining the working directory (without
     * normalising "." or ".."); sys.argv[0] keeps what was given. */
    char abspath[PATH_MAX * 2 + 2];
    const char *file = path;
    if (path[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) && strlen(path) < PATH_MAX) {
            snprintf(abspath, sizeof abspath, "%s/%s", cwd, path);
            file = abspath;
        }
    }
    char *src = ft_read_file(file, &len);
    if (!src) {
        ft_obj *exc = ft_err_fetch();
        ft_obj *no = exc ? ft_getattr_cstr(exc, "errno") : NULL;
        ft_obj *msg = exc ? ft_getattr_cstr(exc, "strerror") : NULL;
        ft_err_clear();
        fprintf(stderr, "%s: can't open file '%s': [Errno %lld] %s\n", ft_str_utf8(ft_rt->executable), file,
                no && ft_int_check(no) ? (long long)ft_int_as_i64(no) : 0LL,
                msg && ft_str_check(msg) ? ft_str_utf8(msg) : "error");
        return 2;
    }
    return run_code_as_main(src, len, file);
}

int ftpy_main_string(const char *src) {
    return run_code_as_main(src, (ft_ssize)strlen(src), "<string>");
}

static void *read_all_stdin(void *arg) {
    /* Runs detached: only touches the malloc()ed buffer it builds. */
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, stdin);
        n += r;
        if (n < cap)
            break;
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    if (buf)
        buf[n] = 0;
    *(size_t *)arg = n;
    return buf;
}

int ftpy_main_stdin(void) {
    size_t n = 0;
    char *raw = ft_blocking_call(read_all_stdin, &n);
    if (!raw) {
        fprintf(stderr, "ftpy: cannot read the program from stdin\n");
        return 1;
    }
    char *src = ft_gc_alloc(n + 1, FT_GC_ATOMIC);
    if (src)
        memcpy(src, raw, n + 1);
    free(raw);
    if (!src)
        return exit_status_for(ft_err_fetch());
    return run_code_as_main(src, (ft_ssize)n, "<stdin>");
}

int ftpy_main_module(const char *module) {
    ft_obj *name = ft_str_from_cstr(module);
    if (!name)
        return exit_status_for(ft_err_fetch());
    bool is_pkg = false;
    ft_obj *path = ft_import_find_file(name, &is_pkg);
    if (!path) {
        ft_obj *exc = ft_err_fetch();
        ft_obj *s = exc ? ft_str(exc) : NULL;
        fprintf(stderr, "ftpy: Error while finding module specification for '%s' (%s: %s)\n",
                module, exc ? ft_type_name(ft_type_of(exc)) : "ImportError",
                s ? ft_str_utf8(s) : "");
        return 1;
    }
    bool run_pkg_main = is_pkg;
    if (is_pkg) {
        ft_obj *sub = ft_str_from_format("%s.__main__", module);
        path = sub ? ft_import_find_file(sub, &is_pkg) : NULL;
        if (!path) {
            ft_err_clear();
            fprintf(stderr, "ftpy: No module named %s.__main__; '%s' is a package and cannot be directly executed\n",
                    module, module);
            return 1;
        }
    }
    ft_interp *interp = ft_interp_current();
    /* sys.argv[0] is the module's file for -m. */
    if (ft_list_size(ft_rt->argv) > 0)
        ft_list_set(ft_rt->argv, 0, path);
    ft_obj *argv = ft_dict_get_cstr(interp->sys_dict, "argv");
    if (argv && ft_list_check(argv) && ft_list_size(argv) > 0)
        ft_list_set(argv, 0, path);
    ft_ssize len;
    char *src = ft_read_file(ft_str_utf8(path), &len);
    if (!src)
        return exit_status_for(ft_err_fetch());
    ft_obj *m = main_module();
    if (!m)
        return exit_status_for(ft_err_fetch());
    /* For a package, __main__ runs inside it: relative imports resolve against the package. */
    const char *dot = strrchr(module, '.');
    ft_obj *pkg = run_pkg_main ? ft_str_from_cstr(module)
                : dot ? ft_str_new(module, dot - module) : ft_str_from_cstr("");
    if (!pkg || ft_dict_set(ft_module_get_dict(m), ft_id(__package__), pkg) < 0)
        return exit_status_for(ft_err_fetch());
    return run_code_as_main(src, len, ft_str_utf8(path));
}

/* ---- the REPL ---------------------------------------------------------------------- */

int ftpy_source_complete(const char *src) {
    ft_obj *fname = ft_str_from_cstr("<stdin>");
    ft_obj *code = fname ? ft_compile_source(src, (ft_ssize)strlen(src), fname, FT_PARSE_SINGLE, 0) : NULL;
    if (code) {
        /* A compound statement is complete only after a blank line. */
        size_t n = strlen(src);
        const char *first_nl = strchr(src, '\n');
        bool multiline = first_nl && first_nl[1] != 0;
        size_t firstlen = first_nl ? (size_t)(first_nl - src) : n;
        bool header = false;
        for (size_t i = firstlen; i > 0; i--) {
            char c = src[i - 1];
            if (c == ' ' || c == '\t')
                continue;
            header = c == ':';
            break;
        }
        if ((header || multiline) && !(n >= 2 && src[n - 1] == '\n' && src[n - 2] == '\n'))
            return 0;
        return 1;
    }
    ft_obj *exc = ft_err_fetch();
    ft_obj *msg = exc ? ft_getattr_cstr(exc, "msg") : NULL;
    ft_err_clear();
    if (msg && ft_str_check(msg)) {
        const char *m = ft_str_utf8(msg);
        static const char *const incomplete[] = {
            "was never closed", "unterminated triple-quoted", "unexpected EOF",
            "expected an indented block", "incomplete input", "unexpected end",
        };
        for (size_t i = 0; i < FT_ARRAY_LEN(incomplete); i++)
            if (strstr(m, incomplete[i]))
                return 0;
        size_t n = strlen(src);
        if (n >= 2 && src[n - 2] == '\\')
            return 0;
    }
    ft_err_restore(exc);
    return -1;
}

typedef struct { const char *prompt; char *line; bool tty; } readreq;

static void *read_line(void *p) {
    readreq *r = p;
    if (r->tty) {
        r->line = readline(r->prompt);
        return NULL;
    }
    fputs(r->prompt, stderr);
    fflush(stderr);
    size_t cap = 0;
    char *buf = NULL;
    ssize_t n = getline(&buf, &cap, stdin);
    if (n < 0) {
        free(buf);
        r->line = NULL;
        return NULL;
    }
    if (n > 0 && buf[n - 1] == '\n')
        buf[n - 1] = 0;
    r->line = buf;
    return NULL;
}

static const char *prompt_of(const char *name, const char *deflt) {
    ft_obj *p = ft_dict_get_cstr(ft_interp_current()->sys_dict, name);
    if (!p)
        return deflt;
    ft_obj *s = ft_str(p);
    if (!s) {
        ft_err_clear();
        return deflt;
    }
    return ft_str_utf8(s);
}

int ftpy_main_repl(void) {
    bool tty = isatty(0);
    ft_obj *m = main_module();
    if (!m)
        return exit_status_for(ft_err_fetch());
    ft_obj *d = ft_module_get_dict(m);
    if (ft_dict_get_cstr(ft_interp_current()->sys_dict, "ps1") == NULL) {
        ft_dict_set_cstr(ft_interp_current()->sys_dict, "ps1", ft_str_from_cstr(">>> "));
        ft_dict_set_cstr(ft_interp_current()->sys_dict, "ps2", ft_str_from_cstr("... "));
    }
    if (!ft_rt->quiet)
        fprintf(stderr, "Python %s (ftpy %s, %s) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                FT_VERSION_STRING, FT_IMPL_VERSION, ft_rt->gil_enabled ? "GIL enabled" : "free-threading build");
    ft_strbuf src;
    for (;;) {
        ft_strbuf_init(&src);
        bool first = true;
        int complete = 0;
        for (;;) {
            readreq r = { prompt_of(first ? "ps1" : "ps2", first ? ">>> " : "... "), NULL, tty };
            flush_std_streams(ft_interp_current());   /* the prompt follows the output */
            ft_blocking_call(read_line, &r);
            if (!r.line) {
                if (tty)
                    fputc('\n', stderr);
                return ftpy_finalize();
            }
            if (tty && r.line[0])
                add_history(r.line);
            ft_strbuf_append_cstr(&src, r.line);
            ft_strbuf_append_cstr(&src, "\n");
            free(r.line);
            first = false;
            ft_obj *text = ft_strbuf_finish(&src);
            if (!text)
                return exit_status_for(ft_err_fetch());
            const char *t = ft_str_utf8(text);
            /* An empty first line: new prompt. */
            if (strspn(t, " \t\n") == strlen(t) && FT_STR(text)->nbytes <= 1)
                break;
            complete = ftpy_source_complete(t);
            ft_strbuf_init(&src);
            ft_strbuf_append_str(&src, text);
            if (complete != 0)
                break;
        }
        if (complete == 0)
            continue;
        ft_obj *text = ft_strbuf_finish(&src);
        if (!text)
            return exit_status_for(ft_err_fetch());
        if (complete < 0) {
            ft_obj *exc = ft_err_fetch();
            ft_err_print_exc(exc);
            continue;
        }
        ft_obj *code = ft_compile_source(ft_str_utf8(text), FT_STR(text)->nbytes,
                                         ft_str_from_cstr("<stdin>"), FT_PARSE_SINGLE, 0);
        ft_obj *res = code ? ft_eval_code(code, d, d) : NULL;
        if (!res) {
            ft_obj *exc = ft_err_fetch();
            if (ft_exc_matches(exc, (ft_obj *)ft_exc_SystemExit)) {
                int st = exit_status_for(exc);
                int fs = ftpy_finalize();
                return st ? st : fs;
            }
            exit_status_for(exc);
        }
    }
}

/* ---- values -------------------------------------------------------------------------- */

ftpy_obj *ftpy_run_string(const char *src, int mode, ftpy_obj *globals) {
    ft_obj *g = IN(globals);
    if (!g) {
        ft_obj *m = main_module();
        if (!m)
            return NULL;
        g = ft_module_get_dict(m);
    }
    if (!ft_dict_check(g)) {
        ft_err_set_str(ft_exc_TypeError, "globals must be a dict");
        return NULL;
    }
    if (!ft_dict_get(g, ft_id(__builtins__)) &&
        ft_dict_set(g, ft_id(__builtins__), ft_interp_current()->builtins_module) < 0)
        return NULL;
    ft_obj *fname = ft_str_from_cstr("<string>");
    ft_obj *code = fname ? ft_compile_source(src, (ft_ssize)strlen(src), fname, mode, 0) : NULL;
    return code ? OUT(ft_eval_code(code, g, g)) : NULL;
}

ftpy_obj *ftpy_none(void) { return OUT(ft_None); }
ftpy_obj *ftpy_bool(int b) { return OUT(ft_bool(b)); }
ftpy_obj *ftpy_int(int64_t v) { return OUT(ft_int_from_i64(v)); }
ftpy_obj *ftpy_float(double v) { return OUT(ft_float_new(v)); }
ftpy_obj *ftpy_str(const char *utf8) { return OUT(ft_str_new(utf8, (ft_ssize)strlen(utf8))); }
ftpy_obj *ftpy_bytes(const void *data, size_t len) { return OUT(ft_bytes_new(data, (ft_ssize)len)); }
ftpy_obj *ftpy_tuple(size_t n, ftpy_obj *const *items) { return OUT(ft_tuple_from_array((ft_obj *const *)items, (ft_ssize)n)); }
ftpy_obj *ftpy_list(size_t n, ftpy_obj *const *items) { return OUT(ft_list_from_array((ft_obj *const *)items, (ft_ssize)n)); }
ftpy_obj *ftpy_dict(void) { return OUT(ft_dict_new()); }

int64_t ftpy_to_int(ftpy_obj *o) {
    ft_obj *i = ft_index(IN(o));
    return i ? ft_int_as_i64(i) : -1;
}

double ftpy_to_float(ftpy_obj *o) { return ft_float_as_double(IN(o)); }

const char *ftpy_to_utf8(ftpy_obj *o) {
    if (!ft_str_check(IN(o))) {
        ft_err_format(ft_exc_TypeError, "expected str, got %T", IN(o));
        return NULL;
    }
    return ft_str_utf8(IN(o));
}

int ftpy_truthy(ftpy_obj *o) { return ft_is_true(IN(o)); }
ftpy_obj *ftpy_repr(ftpy_obj *o) { return OUT(ft_repr(IN(o))); }
ftpy_obj *ftpy_tostr(ftpy_obj *o) { return OUT(ft_str(IN(o))); }
const char *ftpy_type_name(ftpy_obj *o) { return ft_type_name(ft_type_of(IN(o))); }
ftpy_obj *ftpy_getattr(ftpy_obj *o, const char *name) { return OUT(ft_getattr_cstr(IN(o), name)); }
int ftpy_setattr(ftpy_obj *o, const char *name, ftpy_obj *v) { return ft_setattr_cstr(IN(o), name, IN(v)); }
ftpy_obj *ftpy_getitem(ftpy_obj *o, ftpy_obj *k) { return OUT(ft_getitem(IN(o), IN(k))); }
int ftpy_setitem(ftpy_obj *o, ftpy_obj *k, ftpy_obj *v) { return ft_setitem(IN(o), IN(k), IN(v)); }
ftpy_obj *ftpy_call(ftpy_obj *c, size_t nargs, ftpy_obj *const *args) {
    return OUT(ft_call(IN(c), (ft_obj *const *)args, nargs, NULL));
}
ftpy_obj *ftpy_call_method(ftpy_obj *o, const char *name, size_t nargs, ftpy_obj *const *args) {
    return OUT(ft_call_method(IN(o), name, (ft_obj *const *)args, nargs));
}
ftpy_obj *ftpy_import(const char *module) { return OUT(ft_import_module_cstr(module)); }

ftpy_obj *ftpy_get_global(const char *name) {
    ft_obj *m = main_module();
    if (!m)
        return NULL;
    ft_obj *v = ft_dict_get_cstr(ft_module_get_dict(m), name);
    if (!v && !ft_err_occurred())
        ft_err_format(ft_exc_NameError, "name '%s' is not defined", name);
    return OUT(v);
}

int ftpy_set_global(const char *name, ftpy_obj *value) {
    ft_obj *m = main_module();
    return m ? ft_dict_set_cstr(ft_module_get_dict(m), name, IN(value)) : -1;
}

/* C callbacks: the builtin function's `self` is a small capsule holding
 * the function pointer and user data (immutable after creation). */
typedef struct api_capsule {
    ft_obj ob;
    ftpy_cfunction fn;
    void *userdata;
    ft_method_def def;    /* per-callback def so __name__ is right */
    char name[64];
} api_capsule;

static ft_type api_capsule_type = {
    FT_TYPE_HEAD_INIT,
    .name = "ftpy_cfunction_data",
    .basicsize = sizeof(api_capsule),
};

static ft_obj *api_trampoline(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    api_capsule *c = (api_capsule *)self;
    return IN(c->fn(c->userdata, nargs, (ftpy_obj *const *)args));
}

ftpy_obj *ftpy_function(const char *name, ftpy_cfunction fn, void *userdata) {
    api_capsule *c = (api_capsule *)ft_obj_alloc(&api_capsule_type, sizeof(api_capsule));
    if (!c)
        return NULL;
    c->fn = fn;
    c->userdata = userdata;
    snprintf(c->name, sizeof c->name, "%s", name);
    c->def.name = c->name;
    c->def.fn = api_trampoline;
    c->def.flags = FT_METH_VARARGS;
    return OUT(ft_builtin_new(&c->def, (ft_obj *)c, NULL));
}

void ftpy_pin(ftpy_obj **slot) { ft_gc_add_root(slot, sizeof *slot); }
void ftpy_unpin(ftpy_obj **slot) { ft_gc_remove_root(slot); }

int ftpy_error_occurred(void) { return ft_err_occurred(); }
void ftpy_error_clear(void) { ft_err_clear(); }
ftpy_obj *ftpy_error_fetch(void) { return OUT(ft_err_fetch()); }

void ftpy_error_print(void) {
    ft_obj *exc = ft_err_fetch();
    if (exc)
        ft_err_print_exc(exc);
}

void ftpy_error_set(const char *exc_type_name, const char *message) {
    ft_obj *t = ft_dict_get_cstr(ft_interp_current()->builtins, exc_type_name);
    if (!t || !ft_type_is_subtype(ft_type_of(t), &ft_type_type) ||
        !ft_type_is_subtype((ft_type *)t, ft_exc_BaseException))
        t = (ft_obj *)ft_exc_SystemError;
    ft_err_set_str((ft_type *)t, message);
}

int ftpy_thread_register(void) {
    if (ft_current_thread)
        return 0;
    return ft_thread_new(ft_rt->main_interp) ? 0 : -1;
}

void ftpy_thread_unregister(void) {
    if (ft_current_thread)
        ft_thread_delete(ft_current_thread);
}

void *ftpy_blocking(void *(*fn)(void *), void *arg) { return ft_blocking_call(fn, arg); }

const char *ftpy_version_string(void) { return FT_VERSION_STRING; }

const char *ftpy_build_string(void) {
    return ft_rt && ft_rt->gil_enabled
        ? "ftpy " FT_IMPL_VERSION " free-threading build, GIL enabled (-X gil=1) [GCC " __VERSION__ "]"
        : "ftpy " FT_IMPL_VERSION " free-threading build [GCC " __VERSION__ "]";
}

int ftpy_gil_enabled(void) { return ft_rt && ft_rt->gil_enabled; }
