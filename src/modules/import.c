/* import.c -- finding, loading and caching modules (see import.h).
 *
 * Locking: interp->modules is a dict (its own per-object lock). Module
 * execution is serialised per interpreter by a reentrant lock: a small
 * GC object stored in interp->importlib_state["lock"] (so it is reachable
 * and per interpreter). Its ft_mutex waits detached; `owner` is atomic
 * (read by others), `count` is written only by the owner.
 */
#include "core/ftcore.h"
#include "modules/import.h"
#include "parser/ast.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the per-interpreter reentrant import lock ------------------------------ */

typedef struct import_lock {
    ft_obj ob;                 /* a bare object so it can live in a dict */
    ft_mutex mu;
    _Atomic(ft_thread *) owner;
    int count;                 /* owner only */
} import_lock;

static ft_type import_lock_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_import_lock",
    .basicsize = sizeof(import_lock),
};

static import_lock *get_import_lock(ft_interp *interp) {
    ft_obj *l = ft_dict_get_cstr(interp->importlib_state, "lock");
    if (l)
        return (import_lock *)l;
    if (ft_err_occurred())
        return NULL;
    l = ft_obj_alloc(&import_lock_type, sizeof(import_lock));
    if (!l)
        return NULL;
    ft_obj *winner = ft_dict_setdefault(interp->importlib_state, ft_str_intern_cstr("lock"), l);
    return (import_lock *)winner;
}

static int import_lock_acquire(import_lock *l) {
    ft_thread *ts = ft_ts();
    if (atomic_load_explicit(&l->owner, memory_order_relaxed) == ts) {
        l->count++;
        return 0;
    }
    ft_mutex_lock(&l->mu);
    atomic_store_explicit(&l->owner, ts, memory_order_relaxed);
    l->count = 1;
    return 0;
}

static void import_lock_release(import_lock *l) {
    if (--l->count == 0) {
        atomic_store_explicit(&l->owner, NULL, memory_order_relaxed);
        ft_mutex_unlock(&l->mu);
    }
}

/* Names of modules whose code is running right now (under the import lock). */
static ft_obj *initializing_dict(ft_interp *interp) {
    ft_obj *d = ft_dict_get_cstr(interp->importlib_state, "initializing");
    if (d || ft_err_occurred())
        return d;
    d = ft_dict_new();
    return d ? ft_dict_setdefault(interp->importlib_state, ft_str_intern_cstr("initializing"), d) : NULL;
}

/* ---- files -------------------------------------------------------------------- */

char *ft_read_file(const char *path, ft_ssize *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        ft_err_from_errno(ft_exc_OSError, ft_str_from_cstr(path));
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = ft_gc_alloc(cap + 1, FT_GC_ATOMIC);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap) {
            if (ferror(f)) {
                int e = errno;
                fclose(f);
                errno = e;
                ft_err_from_errno(ft_exc_OSError, ft_str_from_cstr(path));
                return NULL;
            }
            break;
        }
        size_t ncap = cap * 2;
        buf = ft_gc_realloc(buf, cap + 1, ncap + 1, FT_GC_ATOMIC);
        cap = ncap;
    }
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = 0;
    *len = (ft_ssize)n;
    return buf;
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- module creation ----------------------------------------------------------- */

static ft_obj *make_spec(ft_obj *name, ft_obj *origin, ft_obj *search_locations) {
    ft_obj *ns = ft_call0((ft_obj *)&ft_simplenamespace_type);
    if (!ns)
        return NULL;
    ft_obj *dot = NULL;
    const char *s = ft_str_utf8(name);
    const char *last = strrchr(s, '.');
    if (search_locations)
        dot = name;
    else if (last)
        dot = ft_str_new(s, last - s);
    else
        dot = ft_str_from_cstr("");
    if (!dot)
        return NULL;
    if (ft_setattr_cstr(ns, "name", name) < 0 ||
        ft_setattr_cstr(ns, "origin", origin ? origin : ft_None) < 0 ||
        ft_setattr_cstr(ns, "parent", dot) < 0 ||
        ft_setattr_cstr(ns, "submodule_search_locations", search_locations ? search_locations : ft_None) < 0 ||
        ft_setattr_cstr(ns, "loader", ft_None) < 0 ||
        ft_setattr_cstr(ns, "has_location", ft_bool(origin != NULL)) < 0 ||
        ft_setattr_cstr(ns, "cached", ft_None) < 0)
        return NULL;
    return ns;
}

/* Run the source file `path` in `module`'s namespace. */
static int exec_source_in(ft_obj *module, ft_obj *path) {
    ft_ssize len;
    char *src = ft_read_file(ft_str_utf8(path), &len);
    if (!src)
        return -1;
    ft_obj *code = ft_compile_source(src, len, path, FT_PARSE_EXEC, FT_PARSE_FLAG_FILE);
    if (!code)
        return -1;
    ft_obj *d = ft_module_get_dict(module);
    ft_obj *r = ft_eval_code(code, d, d);
    return r ? 0 : -1;
}

ft_obj *ft_import_exec_file(ft_obj *name, ft_obj *path, ft_obj *module) {
    ft_interp *interp = ft_interp_current();
    if (!module) {
        module = ft_module_new(name);
        if (!module)
            return NULL;
    }
    ft_obj *d = ft_module_get_dict(module);
    if (ft_dict_set(d, ft_id(__file__), path) < 0 ||
        ft_dict_set(d, ft_id(__builtins__), interp->builtins_module) < 0)
        return NULL;
    if (ft_dict_set(interp->modules, name, module) < 0)
        return NULL;
    if (exec_source_in(module, path) < 0)
        return NULL;
    return module;
}

static const ft_module_def *find_builtin(const char *name) {
    for (const ft_module_def *const *p = ft_builtin_modules; *p; p++)
        if (strcmp((*p)->name, name) == 0)
            return *p;
    return NULL;
}

/* Search `paths` (a list of str, or NULL for sys.path) for `tail`.
 * Returns 1 and fills *file / *pkgdir when found, 0 when not, -1 on error. */
static int find_source(ft_obj *paths, const char *tail, ft_obj **file, ft_obj **pkgdir) {
    ft_obj *snap = ft_sequence_tuple(paths);
    if (!snap)
        return -1;
    char buf[4096];
    ft_obj *namespace_dir = NULL;
    for (ft_ssize i = 0; i < ft_tuple_size(snap); i++) {
        ft_obj *entry = ft_tuple_get(snap, i);
        if (!ft_str_check(entry))
            continue;
        const char *dir = ft_str_utf8(entry);
        if (!*dir)
            dir = ".";
        snprintf(buf, sizeof buf, "%s/%s/__init__.py", dir, tail);
        if (is_file(buf)) {
            *file = ft_str_from_cstr(buf);
            snprintf(buf, sizeof buf, "%s/%s", dir, tail);
            *pkgdir = ft_str_from_cstr(buf);
            return (*file && *pkgdir) ? 1 : -1;
        }
        snprintf(buf, sizeof buf, "%s/%s.py", dir, tail);
        if (is_file(buf)) {
            *file = ft_str_from_cstr(buf);
            *pkgdir = NULL;
            return *file ? 1 : -1;
        }
        snprintf(buf, sizeof buf, "%s/%s", dir, tail);
        if (!namespace_dir && is_dir(buf)) {
            namespace_dir = ft_str_from_cstr(buf);
            if (!namespace_dir)
                return -1;
        }
    }
    if (namespace_dir) {
        *file = NULL;
        *pkgdir = namespace_dir;
        return 1;
    }
    return 0;
}

static ft_obj *not_found(ft_obj *name) {
    ft_obj *msg = ft_str_from_format("No module named %R", name);
    if (!msg)
        return NULL;
    ft_obj *args[1] = { msg };
    ft_obj *exc = ft_exc_new(ft_exc_ModuleNotFoundError, args, 1);
    if (!exc)
        return NULL;
    if (ft_setattr_cstr(exc, "name", name) < 0)
        return NULL;
    ft_err_set_exc(exc);
    return NULL;
}

/* Import exactly `fullname` (its parent already imported). */
static ft_obj *load_module(ft_interp *interp, ft_obj *fullname, ft_obj *parent) {
    const char *full = ft_str_utf8(fullname);
    /* The name is used as a C string below: one with a NUL names no module. */
    if (strlen(full) != (size_t)FT_STR(fullname)->nbytes)
        return not_found(fullname);
    const char *dot = strrchr(full, '.');
    const char *tail = dot ? dot + 1 : full;

    if (!parent) {
        const ft_module_def *def = find_builtin(full);
        if (def) {
            ft_obj *m = ft_module_from_def(def);
            if (!m)
                return NULL;
            if (ft_dict_set(interp->modules, fullname, m) < 0)
                return NULL;
            return m;
        }
    }

    ft_obj *paths;
    if (parent) {
        paths = ft_getattr_opt(parent, ft_id(__path__));
        if (!paths) {
            if (ft_err_occurred())
                return NULL;
            ft_obj *msg = ft_str_from_format("No module named %R; '%s' is not a package",
                                             fullname, ft_str_utf8(ft_getattr(parent, ft_id(__name__))));
            if (!msg)
                return NULL;
            ft_obj *args[1] = { msg };
            ft_obj *exc = ft_exc_new(ft_exc_ModuleNotFoundError, args, 1);
            if (exc && ft_setattr_cstr(exc, "name", fullname) == 0)
                ft_err_set_exc(exc);
            return NULL;
        }
    } else {
        paths = ft_dict_get_cstr(interp->sys_dict, "path");
        if (!paths) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_ImportError, "sys.path must be a list of directory names");
            return NULL;
        }
    }
    ft_obj *file = NULL, *pkgdir = NULL;
    int found = find_source(paths, tail, &file, &pkgdir);
    if (found < 0)
        return NULL;
    if (!found)
        return not_found(fullname);

    ft_obj *module = ft_module_new(fullname);
    if (!module)
        return NULL;
    ft_obj *d = ft_module_get_dict(module);
    ft_obj *search = NULL;
    if (pkgdir) {
        search = ft_list_new(0);
        if (!search || ft_list_append(search, pkgdir) < 0 || ft_dict_set(d, ft_id(__path__), search) < 0)
            return NULL;
    }
    ft_obj *package = pkgdir ? fullname : (dot ? ft_str_new(full, dot - full) : ft_str_from_cstr(""));
    ft_obj *spec = make_spec(fullname, file, search);
    if (!package || !spec ||
        ft_dict_set(d, ft_id(__package__), package) < 0 ||
        ft_dict_set(d, ft_id(__spec__), spec) < 0 ||
        ft_dict_set(d, ft_id(__builtins__), interp->builtins_module) < 0)
        return NULL;
    if (file && ft_dict_set(d, ft_id(__file__), file) < 0)
        return NULL;
    /* Registered before running: circular imports see the partial module.
     * Other threads must not: "initializing" tells them to wait for the
     * import lock (held by us for the whole load) instead. */
    ft_obj *initializing = initializing_dict(interp);
    if (!initializing || ft_dict_set(initializing, fullname, ft_True) < 0 ||
        ft_dict_set(interp->modules, fullname, module) < 0)
        return NULL;
    int exec_failed = file && exec_source_in(module, file) < 0;
    {
        ft_obj *pending = exec_failed ? ft_err_fetch() : NULL;
        if (ft_dict_del(initializing, fullname) < 0)
            ft_err_clear();
        if (pending)
            ft_err_restore(pending);
    }
    if (exec_failed) {
        ft_obj *exc = ft_err_fetch();
        if (ft_dict_contains(interp->modules, fullname) > 0)
            ft_dict_del(interp->modules, fullname);
        ft_err_clear();
        ft_err_restore(exc);
        return NULL;
    }
    /* The module may have replaced itself in sys.modules. */
    ft_obj *final = ft_dict_get(interp->modules, fullname);
    if (!final) {
        if (!ft_err_occurred())
            ft_err_format(ft_exc_ImportError, "Loaded module %U not found in sys.modules", fullname);
        return NULL;
    }
    if (parent && ft_setattr(parent, ft_str_intern_cstr(tail), final) < 0)
        return NULL;
    return final;
}

/* Import `fullname` and every parent package, returning the leaf. */
static ft_obj *import_full(ft_interp *interp, ft_obj *fullname) {
    ft_obj *m = ft_dict_get(interp->modules, fullname);
    if (m) {
        if (m == ft_None)
            return not_found(fullname);
        ft_obj *initializing = ft_dict_get_cstr(interp->importlib_state, "initializing");
        if (initializing && ft_dict_get(initializing, fullname)) {
            /* Being executed, maybe by another thread: wait for the
             * loader (a no-op if it is us: circular import). */
            import_lock *lk = get_import_lock(interp);
            if (!lk)
                return NULL;
            import_lock_acquire(lk);
            import_lock_release(lk);
            m = ft_dict_get(interp->modules, fullname);
            if (!m)
                return ft_err_occurred() ? NULL : not_found(fullname);
        }
        return m;
    }
    if (ft_err_occurred())
        return NULL;
    const char *full = ft_str_utf8(fullname);
    const char *dot = strrchr(full, '.');
    ft_obj *parent = NULL;
    if (dot) {
        ft_obj *pname = ft_str_new(full, dot - full);
        if (!pname)
            return NULL;
        parent = import_full(interp, pname);
        if (!parent)
            return NULL;
    }
    import_lock *lk = get_import_lock(interp);
    if (!lk)
        return NULL;
    import_lock_acquire(lk);
    /* Another thread may have finished it while we waited. */
    m = ft_dict_get(interp->modules, fullname);
    if (!m && !ft_err_occurred())
        m = load_module(interp, fullname, parent);
    import_lock_release(lk);
    return m;
}

static ft_obj *resolve_name(ft_obj *name, ft_obj *globals, int level) {
    ft_obj *package = NULL;
    if (globals && ft_dict_check(globals)) {
        package = ft_dict_get(globals, ft_id(__package__));
        if (package == ft_None)
            package = NULL;
        if (!package) {
            ft_obj *spec = ft_dict_get(globals, ft_id(__spec__));
            if (spec && spec != ft_None)
                package = ft_getattr_opt(spec, ft_str_intern_cstr("parent"));
        }
        if (!package) {
            ft_obj *modname = ft_dict_get(globals, ft_id(__name__));
            if (modname && ft_str_check(modname)) {
                if (ft_dict_get(globals, ft_id(__path__))) {
                    package = modname;
                } else {
                    const char *s = ft_str_utf8(modname);
                    const char *dot = strrchr(s, '.');
                    package = dot ? ft_str_new(s, dot - s) : ft_str_from_cstr("");
                }
            }
        }
    }
    if (ft_err_occurred())
        return NULL;
    if (!package || !ft_str_check(package) || ft_str_len(package) == 0) {
        ft_err_set_str(ft_exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *pkg = ft_str_utf8(package);
    ft_ssize end = FT_STR(package)->nbytes;
    for (int i = 1; i < level; i++) {
        while (end > 0 && pkg[end - 1] != '.')
            end--;
        if (end == 0) {
            ft_err_set_str(ft_exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    ft_obj *base = ft_str_new(pkg, end);
    if (!base)
        return NULL;
    if (ft_str_len(name) == 0)
        return base;
    ft_obj *dotted = ft_str_concat(base, ft_str_from_cstr("."));
    return dotted ? ft_str_concat(dotted, name) : NULL;
}

ft_obj *ft_import_module_level(ft_obj *name, ft_obj *globals, ft_obj *locals,
                               ft_obj *fromlist, int level) {
    ft_interp *interp = ft_interp_current();
    if (!ft_str_check(name)) {
        return ft_err_format(ft_exc_TypeError, "module name must be str, not %T", name);
    }
    if (level < 0) {
        ft_err_set_str(ft_exc_ValueError, "level must be >= 0");
        return NULL;
    }
    ft_obj *absname = name;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (!absname)
            return NULL;
    } else if (ft_str_len(name) == 0) {
        ft_err_set_str(ft_exc_ValueError, "Empty module name");
        return NULL;
    }
    ft_obj *mod = import_full(interp, absname);
    if (!mod)
        return NULL;
    int has_from = 0;
    if (fromlist && fromlist != ft_None) {
        has_from = ft_is_true(fromlist);
        if (has_from < 0)
            return NULL;
    }
    if (!has_from) {
        if (level == 0 && strchr(ft_str_utf8(name), '.')) {
            /* "import a.b.c" binds a */
            const char *s = ft_str_utf8(name);
            ft_obj *top = ft_str_new(s, strchr(s, '.') - s);
            if (!top)
                return NULL;
            return import_full(interp, top);
        }
        if (level > 0 && ft_str_len(name) > 0 && strchr(ft_str_utf8(name), '.')) {
            /* relative "from . import a.b" is not valid syntax; for
             * __import__ callers return the top of the relative name. */
            const char *full = ft_str_utf8(absname);
            ft_ssize cut = FT_STR(absname)->nbytes - FT_STR(name)->nbytes +
                           (strchr(ft_str_utf8(name), '.') - ft_str_utf8(name));
            ft_obj *top = ft_str_new(full, cut);
            return top ? import_full(interp, top) : NULL;
        }
        return mod;
    }
    /* from-import: submodules named in fromlist are imported too. */
    if (ft_getattr_opt(mod, ft_id(__path__))) {
        ft_obj *items = ft_sequence_tuple(fromlist);
        if (!items)
            return NULL;
        for (ft_ssize i = 0; i < ft_tuple_size(items); i++) {
            ft_obj *item = ft_tuple_get(items, i);
            if (!ft_str_check(item)) {
                return ft_err_format(ft_exc_TypeError, "Item in %s.__all__ must be str, not %T",
                                     ft_str_utf8(absname), item);
            }
            if (ft_str_eq_cstr(item, "*")) {
                ft_obj *all = ft_getattr_opt(mod, ft_id(__all__));
                if (all) {
                    ft_obj *r = ft_import_module_level(absname, NULL, NULL, all, 0);
                    if (!r)
                        return NULL;
                } else if (ft_err_occurred()) {
                    return NULL;
                }
                continue;
            }
            ft_obj *have = ft_getattr_opt(mod, item);
            if (have)
                continue;
            if (ft_err_occurred())
                return NULL;
            ft_obj *sub = ft_str_concat(absname, ft_str_from_cstr("."));
            sub = sub ? ft_str_concat(sub, item) : NULL;
            if (!sub)
                return NULL;
            ft_obj *r = import_full(interp, sub);
            if (!r) {
                /* Missing submodule: IMPORT_FROM reports the error. */
                if (ft_err_matches((ft_obj *)ft_exc_ModuleNotFoundError)) {
                    ft_obj *exc = ft_err_fetch();
                    ft_obj *exc_name = ft_getattr_opt(exc, ft_id(name));
                    if (exc_name && ft_str_check(exc_name) && ft_str_eq(exc_name, sub)) {
                        ft_err_clear();
                        continue;
                    }
                    ft_err_restore(exc);
                }
                return NULL;
            }
        }
    } else if (ft_err_occurred()) {
        return NULL;
    }
    return mod;
}

ft_obj *ft_import_module(ft_obj *name) {
    return ft_import_module_level(name, NULL, NULL, ft_None, 0) ?
           import_full(ft_interp_current(), name) : NULL;
}

ft_obj *ft_import_module_cstr(const char *name) {
    ft_obj *n = ft_str_from_cstr(name);
    return n ? ft_import_module(n) : NULL;
}

ft_obj *ft_import_find_file(ft_obj *fullname, bool *is_pkg) {
    ft_interp *interp = ft_interp_current();
    const char *full = ft_str_utf8(fullname);
    const char *dot = strrchr(full, '.');
    ft_obj *paths;
    if (dot) {
        ft_obj *pname = ft_str_new(full, dot - full);
        ft_obj *parent = pname ? import_full(interp, pname) : NULL;
        if (!parent)
            return NULL;
        paths = ft_getattr_opt(parent, ft_id(__path__));
        if (!paths) {
            if (!ft_err_occurred())
                not_found(fullname);
            return NULL;
        }
    } else {
        if (find_builtin(full))
            return ft_err_format(ft_exc_ImportError, "No code object available for %U", fullname);
        paths = ft_dict_get_cstr(interp->sys_dict, "path");
        if (!paths)
            return ft_err_occurred() ? NULL : not_found(fullname);
    }
    ft_obj *file = NULL, *pkgdir = NULL;
    int found = find_source(paths, dot ? dot + 1 : full, &file, &pkgdir);
    if (found < 0)
        return NULL;
    if (!found || !file)
        return not_found(fullname);
    *is_pkg = pkgdir != NULL;
    return file;
}

/* ---- the importlib module (the parts that do not need a Python-level
 * import machinery): import_module, reload, invalidate_caches. ---- */

static ft_obj *importlib_import_module(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "name", "package", NULL };
    ft_obj *v[2];
    if (ft_parse_args("import_module", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *name = v[0];
    if (!ft_str_check(name))
        return ft_err_format(ft_exc_TypeError, "module name must be str, not %T", name);
    const char *s = ft_str_utf8(name);
    int level = 0;
    while (s[level] == '.')
        level++;
    if (level) {
        ft_obj *package = v[1];
        if (!package || package == ft_None)
            return ft_err_format(ft_exc_TypeError,
                                 "the 'package' argument is required to perform a relative import for %R", name);
        ft_obj *globals = ft_dict_new();
        if (!globals || ft_dict_set(globals, ft_id(__package__), package) < 0)
            return NULL;
        ft_obj *rest = ft_str_new(s + level, FT_STR(name)->nbytes - level);
        ft_obj *absname = rest ? resolve_name(rest, globals, level) : NULL;
        return absname ? ft_import_module(absname) : NULL;
    }
    return ft_import_module(name);
}

static ft_obj *importlib_reload(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("reload", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *module = args[0];
    if (!ft_type_is_subtype(ft_type_of(module), &ft_module_type))
        return ft_err_format(ft_exc_TypeError, "reload() argument must be a module");
    ft_obj *name = ft_getattr(module, ft_id(__name__));
    if (!name)
        return NULL;
    ft_interp *interp = ft_interp_current();
    if (ft_dict_get(interp->modules, name) != module)
        return ft_err_format(ft_exc_ImportError, "module %U not in sys.modules", name);
    ft_obj *file = ft_getattr_opt(module, ft_id(__file__));
    if (!file || !ft_str_check(file))
        return ft_err_occurred() ? NULL : module;   /* builtin modules reload to themselves */
    import_lock *lk = get_import_lock(interp);
    if (!lk)
        return NULL;
    import_lock_acquire(lk);
    int r = exec_source_in(module, file);
    import_lock_release(lk);
    return r < 0 ? NULL : module;
}

static ft_obj *importlib_invalidate_caches(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_None;   /* no finder caches to invalidate */
}

static const ft_method_def importlib_methods[] = {
    { "import_module", importlib_import_module, FT_METH_KEYWORDS, "Import a module." },
    { "reload", importlib_reload, 0, "Reload the module and return it." },
    { "invalidate_caches", importlib_invalidate_caches, 0, NULL },
    { NULL }
};

/* Named _ftpy_importlib: the importlib package (lib/importlib/) re-exports
 * these and adds importlib.util / importlib.machinery in Python. */
const ft_module_def ft_importlib_module_def = {
    .name = "_ftpy_importlib",
    .doc = "The implementation of import (the parts ftpy provides).",
    .methods = importlib_methods,
    .gil_safe = true,
};
