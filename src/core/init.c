/* init.c -- process start-up and interpreter creation.
 *
 * ft_rt is written here once, on the main thread, before any other thread
 * exists; afterwards its fields follow the locking rules in runtime.h.
 * Start-up order matters: the GC and the main thread first (everything
 * allocates), then identifiers, then each area's static types, then the
 * main interpreter with its builtins and sys modules.
 */
#include "core/ftcore.h"
#include "modules/io.h"

int ft_time_init(void);   /* modules/timemodule.c */
int ft_posix_init(void);  /* modules/posixmodule.c */
int ft_thread_module_init(void); /* modules/threadmodule.c */
int ft_hashlib_init(void);  /* modules/hashlibmodule.c */
int ft_random_init(void);   /* modules/randommodule.c */
int ft_struct_init(void);   /* modules/structmodule.c */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>

ft_runtime *ft_rt;

static int env_flag(const char *name) {
    const char *v = getenv(name);
    return v && *v ? atoi(v) : 0;
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Locate lib/ (the Python-source standard library): $FTPY_STDLIB, then
 * next to the executable (../lib, ../../lib: the build tree), then the
 * source tree recorded at build time. */
static ft_obj *find_stdlib(const char *exe) {
    const char *env = getenv("FTPY_STDLIB");
    if (env && is_dir(env))
        return ft_str_from_cstr(env);
    char buf[PATH_MAX + 32];
    if (exe) {
        char dir[PATH_MAX];
        snprintf(dir, sizeof dir, "%s", exe);
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = 0;
            const char *rel[] = { "/lib", "/../lib", "/../../lib", "/../lib/ftpy" };
            for (size_t i = 0; i < FT_ARRAY_LEN(rel); i++) {
                snprintf(buf, sizeof buf, "%s%s", dir, rel[i]);
                char real[PATH_MAX];
                if (is_dir(buf) && realpath(buf, real)) {
                    snprintf(buf, sizeof buf, "%s/os.py", real);
                    if (access(buf, R_OK) == 0 || strstr(rel[i], "lib"))
                        return ft_str_from_cstr(real);
                }
            }
        }
    }
#ifdef FT_STDLIB_DIR
    if (is_dir(FT_STDLIB_DIR))
        return ft_str_from_cstr(FT_STDLIB_DIR);
#endif
    return ft_str_from_cstr("");
}

static int init_areas(void) {
    if (ft_identifiers_init() < 0) return -1;
    if (ft_typesys_init() < 0) return -1;
    if (ft_singletons_init() < 0) return -1;
    if (ft_numbers_init() < 0) return -1;
    if (ft_text_init() < 0) return -1;
    if (ft_containers_init() < 0) return -1;
    if (ft_vm_init() < 0) return -1;
    if (ft_exceptions_init() < 0) return -1;
    if (ft_misc_types_init() < 0) return -1;
    if (ft_io_init() < 0) return -1;
    if (ft_time_init() < 0) return -1;
    if (ft_posix_init() < 0) return -1;
    if (ft_thread_module_init() < 0) return -1;
    if (ft_hashlib_init() < 0) return -1;
    if (ft_random_init() < 0) return -1;
    if (ft_struct_init() < 0) return -1;
    return 0;
}

int ft_runtime_init_ex(const ft_init_config *cfg) {
    if (ft_rt)
        return 0;
    ft_runtime *rt = calloc(1, sizeof *rt);
    if (!rt)
        return -1;
    pthread_mutex_init(&rt->lock, NULL);
    pthread_mutex_init(&rt->threads_lock, NULL);
    int gil = cfg->gil;
    if (gil < 0) {
        const char *g = getenv("PYTHON_GIL");
        gil = (g && strcmp(g, "1") == 0) ? 1 : 0;
    }
    rt->gil_enabled = gil == 1;
    atomic_store(&rt->switch_interval, FT_DEFAULT_SWITCH_INTERVAL);
    rt->verbose = cfg->verbose ? cfg->verbose : env_flag("PYTHONVERBOSE");
    rt->optimize = cfg->optimize ? cfg->optimize : env_flag("PYTHONOPTIMIZE");
    rt->inspect = cfg->inspect;
    rt->quiet = cfg->quiet;
    rt->isolated = cfg->isolated;
    rt->safe_path = cfg->safe_path;
    rt->dont_write_bytecode = cfg->dont_write_bytecode;
    {
        const char *u = getenv("PYTHONUNBUFFERED");
        rt->unbuffered = cfg->unbuffered || (u && *u);
    }
    rt->next_interp_id = 0;

    if (ft_gc_init() < 0)
        return -1;
    ft_rt = rt;

    /* The main thread exists before any interpreter: register it bare. */
    ft_thread *ts = ft_thread_new(NULL);
    if (!ts)
        return -1;
    if (init_areas() < 0) {
        fprintf(stderr, "ftpy: runtime initialisation failed\n");
        if (ft_err_occurred())
            ft_err_print_exc(ft_err_fetch());
        return -1;
    }

    char exe[PATH_MAX];
    const char *exe_path = cfg->executable;
    if (!exe_path) {
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = 0;
            exe_path = exe;
        }
    }
    rt->executable = ft_str_from_cstr(exe_path ? exe_path : "");
    rt->stdlib_dir = find_stdlib(exe_path);
    rt->argv = ft_list_new(0);
    rt->xoptions = ft_dict_new();
    if (!rt->executable || !rt->stdlib_dir || !rt->argv || !rt->xoptions)
        return -1;
    for (int i = 0; i < cfg->argc; i++) {
        ft_obj *a = ft_str_new(cfg->argv[i], (ft_ssize)strlen(cfg->argv[i]));
        if (!a) {
            /* Undecodable argument: keep it with surrogate escapes lost. */
            ft_err_clear();
            a = ft_str_from_cstr("?");
        }
        if (!a || ft_list_append(rt->argv, a) < 0)
            return -1;
    }
    if (cfg->argc == 0 && ft_list_append(rt->argv, ft_str_from_cstr("")) < 0)
        return -1;
    for (const char *const *x = cfg->xoptions; x && *x; x++) {
        const char *eq = strchr(*x, '=');
        ft_obj *k, *v;
        if (eq) {
            k = ft_str_new(*x, eq - *x);
            v = ft_str_from_cstr(eq + 1);
        } else {
            k = ft_str_from_cstr(*x);
            v = ft_True;
        }
        if (!k || !v || ft_dict_set(rt->xoptions, k, v) < 0)
            return -1;
    }

    ft_interp *interp = ft_interp_new();
    if (!interp) {
        fprintf(stderr, "ftpy: cannot create the main interpreter\n");
        if (ft_err_occurred())
            ft_err_print_exc(ft_err_fetch());
        return -1;
    }
    rt->main_interp = interp;
    /* Move the main thread into the main interpreter. */
    ft_threads_lock();
    ts->interp = interp;
    ts->next = interp->threads;
    if (interp->threads)
        interp->threads->prev = ts;
    interp->threads = ts;
    ts->py_depth_limit = atomic_load(&interp->recursion_limit);
    ft_threads_unlock();
    return 0;
}

int ft_runtime_init(int argc, char **argv) {
    ft_init_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.argc = argc;
    cfg.argv = argv;
    cfg.gil = -1;
    return ft_runtime_init_ex(&cfg);
}

void ft_runtime_fini(void) {
    /* Process exit reclaims the heap; flushing of sys.stdout/stderr and
     * atexit callbacks are done by the caller (CLI / ftpy_finalize). */
}

/* A fresh interpreter: its own sys.modules, builtins and sys. The calling
 * thread must be attached (to any interpreter, or bare during start-up). */
ft_interp *ft_interp_new(void) {
    ft_interp *interp = calloc(1, sizeof *interp);
    if (!interp)
        return (ft_interp *)ft_err_no_memory();
    interp->rt = ft_rt;
    atomic_store(&interp->recursion_limit, FT_DEFAULT_RECURSION_LIMIT);
    atomic_store(&interp->int_max_str_digits, FT_INT_MAX_STR_DIGITS);

    /* Link first: the struct is a GC root only once it is on the list. */
    pthread_mutex_lock(&ft_rt->lock);
    interp->id = ft_rt->next_interp_id++;
    pthread_mutex_unlock(&ft_rt->lock);
    ft_threads_lock();
    interp->next = ft_rt->interps;
    ft_rt->interps = interp;
    ft_threads_unlock();

    ft_thread *ts = ft_current_thread;
    ft_interp *saved = ts->interp;
    ts->interp = interp;   /* module creation looks at the current interpreter */

    interp->modules = ft_dict_new();
    interp->importlib_state = ft_dict_new();
    interp->codec_state = ft_dict_new();
    interp->atexit_callbacks = ft_list_new(0);
    interp->module_state = ft_dict_new();
    if (!interp->modules || !interp->importlib_state || !interp->codec_state ||
        !interp->atexit_callbacks || !interp->module_state)
        goto fail;
    interp->builtins_module = ft_module_from_def(&ft_builtins_module_def);
    if (!interp->builtins_module)
        goto fail;
    interp->builtins = ft_module_get_dict(interp->builtins_module);
    if (ft_dict_set_cstr(interp->modules, "builtins", interp->builtins_module) < 0)
        goto fail;
    interp->sys = ft_module_from_def(&ft_sys_module_def);
    if (!interp->sys)
        goto fail;
    interp->sys_dict = ft_module_get_dict(interp->sys);
    if (ft_dict_set_cstr(interp->modules, "sys", interp->sys) < 0)
        goto fail;
    if (ft_io_init_stdio(interp->sys_dict) < 0)
        goto fail;
    ts->interp = saved ? saved : interp;
    return interp;
fail:
    ts->interp = saved;
    ft_threads_lock();
    for (ft_interp **pp = &ft_rt->interps; *pp; pp = &(*pp)->next) {
        if (*pp == interp) {
            *pp = interp->next;
            break;
        }
    }
    ft_threads_unlock();
    free(interp);
    return NULL;
}

void ft_interp_delete(ft_interp *interp) {
    ft_threads_lock();
    for (ft_interp **pp = &ft_rt->interps; *pp; pp = &(*pp)->next) {
        if (*pp == interp) {
            *pp = interp->next;
            break;
        }
    }
    ft_threads_unlock();
    free(interp);
}
