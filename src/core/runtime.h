/* runtime.h -- the three levels of state: process runtime, interpreter, thread.
 *
 * WHO OWNS WHAT
 *  ft_runtime (one per process, `ft_rt`): the GC heap, the list of
 *    interpreters, the intern table, the GIL (when enabled), the
 *    stop-the-world machinery. Fields are written only under `rt->lock`
 *    unless marked atomic; static builtin types and singletons hang off it
 *    implicitly (they are immortal and immutable after start-up).
 *  ft_interp (one per interpreter): sys.modules, builtins, the sys module,
 *    import state, the threads that run in it. Mutable fields are guarded by
 *    `interp->lock` or are Python containers with their own per-object locks.
 *    Objects created by one interpreter's code (modules, classes, functions)
 *    belong to it; only FT_OBF_SHAREABLE objects may be handed to another.
 *  ft_thread (one per OS thread that runs Python): the frame stack, the
 *    current and handled exceptions, recursion counters, allocation caches,
 *    the attach state. Only its own thread touches it, except: the
 *    collector reads it (during a pause), and `state`/`eval_breaker` are
 *    atomics other threads may write.
 *
 * ATTACHED / DETACHED (the safepoint protocol)
 *  A thread may touch GC objects only while ATTACHED. Before blocking
 *  (sleep, I/O, lock waits, join) it calls ft_thread_detach(), which records
 *  its stack extent and registers; afterwards ft_thread_attach(). A
 *  collector sets every thread's eval_breaker and waits until each one is
 *  DETACHED or PARKED; attached threads park at their next safepoint
 *  (eval loop back-edges and calls, allocation slow path, FT_SAFEPOINT()).
 *  With the GIL enabled (-X gil=1), attach = acquire the GIL, detach =
 *  release it; the eval breaker also carries "drop the GIL" requests.
 */
#ifndef FT_RUNTIME_H
#define FT_RUNTIME_H

#include <pthread.h>
#include <setjmp.h>

#include "object.h"
#include "../sync/mutex.h"

typedef struct ft_runtime ft_runtime;
typedef struct ft_interp ft_interp;
typedef struct ft_thread ft_thread;
struct ft_frame;   /* vm/frame.h */
struct ft_gc_tlab; /* gc: per-thread allocation state */

enum ft_thread_state {
    FT_THREAD_DETACHED = 0,
    FT_THREAD_ATTACHED = 1,
    FT_THREAD_PARKED = 2,     /* stopped at a safepoint for a GC pause */
};

/* eval_breaker bits */
#define FT_BREAK_GC_STOP     0x1u  /* park for a collection */
#define FT_BREAK_GIL_DROP    0x2u  /* another thread wants the GIL */
#define FT_BREAK_SIGNALS     0x4u  /* pending signal handlers (main thread) */
#define FT_BREAK_ASYNC_EXC   0x8u  /* async exception queued for this thread */
#define FT_BREAK_FINALIZERS  0x10u /* GC finalizers waiting to run */

struct ft_thread {
    ft_interp *interp;
    ft_thread *next, *prev;       /* in interp->threads, under rt->threads_lock */
    _Atomic int state;            /* enum ft_thread_state */
    _Atomic uint32_t eval_breaker;
    uint64_t ident;               /* threading.get_ident() */
    uint64_t native_id;           /* gettid() */
    pthread_t pthread;

    /* VM state (owned by src/vm) */
    struct ft_frame *frame;       /* innermost executing frame or NULL */
    ft_obj *cur_exc;              /* exception being raised (error.h) */
    ft_obj *exc_info;             /* exception being handled (sys.exception()), or NULL */
    int py_depth;                 /* Python call depth */
    int py_depth_limit;           /* copy of interp->recursion_limit */
    char *c_stack_limit;          /* lowest safe stack address (stack grows down) */
    int c_stack_overflowed;       /* raising RecursionError: may dig into the reserve */
    void *data_stack;             /* vm: per-thread frame/value stack (GC-visible) */
    ft_obj *async_exc;            /* queued async exception */

    /* GC state (owned by src/gc) */
    struct ft_gc_tlab *tlab;
    char *stack_base;             /* highest address of this thread's stack */
    char *_Atomic stack_top;      /* lowest live address when detached/parked */
    jmp_buf saved_regs;           /* callee-saved registers when detached/parked */

    /* Per-thread scratch used by modules (threading.local storage etc.). */
    ft_obj *dict;                 /* thread-state dict for threading.local */
};

struct ft_interp {
    ft_runtime *rt;
    ft_interp *next;              /* in rt->interps, under rt->lock */
    int64_t id;
    ft_mutex lock;                /* guards the non-object fields below */
    ft_thread *threads;           /* under rt->threads_lock */

    ft_obj *modules;              /* sys.modules (dict) */
    ft_obj *builtins;             /* builtins module dict */
    ft_obj *builtins_module;
    ft_obj *sys;                  /* sys module */
    ft_obj *sys_dict;             /* its dict */
    ft_obj *main_module;          /* __main__ */
    ft_obj *importlib_state;      /* dict used by the import machinery */
    ft_obj *codec_state;          /* dict: codecs registry */
    ft_obj *atexit_callbacks;     /* list */
    _Atomic int recursion_limit;
    _Atomic int64_t int_max_str_digits;
    int finalizing;
    ft_obj *module_state;         /* dict: per-interpreter state of C modules, by name */
    /* Sub-interpreters (modules/interpretersmodule.c): threads currently
     * running in this interpreter through _interpreters.exec/call (their
     * ft_thread stays on its home interpreter's list; only ts->interp
     * changes), and whether close() has begun. Atomics, no lock. */
    _Atomic int nvisitors;
    _Atomic bool closing;
};

struct ft_runtime {
    pthread_mutex_t lock;         /* guards interps list and config */
    pthread_mutex_t threads_lock; /* guards every interp's threads list; the collector
                                   * holds it for a whole pause, so take it only
                                   * DETACHED or from code with no safepoint */
    ft_interp *interps;
    ft_interp *main_interp;
    int64_t next_interp_id;
    _Atomic int nthreads;

    /* GIL (only when gil_enabled). */
    bool gil_enabled;             /* fixed at start-up */
    _Atomic double switch_interval;

    /* Command-line / environment configuration, fixed at start-up. */
    int verbose, optimize, inspect, quiet, isolated, safe_path, dont_write_bytecode;
    int unbuffered;               /* -u / PYTHONUNBUFFERED: std streams write through */
    ft_obj *xoptions;             /* dict of -X options (shared, not mutated after init) */
    ft_obj *argv;                 /* list of str for sys.argv of the main interpreter */
    ft_obj *executable;           /* str */
    ft_obj *stdlib_dir;           /* str: directory of lib/ */
};

/* The process runtime. Initialised once by ftpy_runtime_init(); fields
 * follow the locking rules above. */
extern ft_runtime *ft_rt;

/* Current thread: thread-local, NULL when the OS thread is not registered. */
extern _Thread_local ft_thread *ft_current_thread;
static inline ft_thread *ft_ts(void) { return ft_current_thread; }
static inline ft_interp *ft_interp_current(void) { return ft_current_thread->interp; }

/* Thread lifecycle. */
ft_thread *ft_thread_new(ft_interp *interp); /* registers the calling OS thread, attached */
void ft_thread_delete(ft_thread *ts);        /* unregisters the calling thread */
void ft_safepoint_slow(ft_thread *ts);       /* handles every eval_breaker bit */
#define FT_SAFEPOINT(ts) do { \
        if (atomic_load_explicit(&(ts)->eval_breaker, memory_order_relaxed)) \
            ft_safepoint_slow(ts); } while (0)

/* BLOCKING. A conservative collector must see every GC pointer a blocked
 * thread still holds, including those in callee-saved registers, for the
 * whole time the thread is detached. The safe way to block is
 *     r = ft_blocking_call(fn, arg);
 * which spills the caller's registers into a frame that stays live, then
 * detaches, runs fn(arg), and re-attaches. fn runs DETACHED: it may read and
 * write the contents of objects its caller keeps alive (the GC never moves
 * objects) but must not allocate, raise, or call any ft_* API; report
 * errors through errno or its return value.
 * ft_thread_detach/attach are the primitives underneath; call them as a
 * pair from one function that first executes FT_SPILL_REGISTERS() and does
 * not touch GC objects in between (the mutex slow path does this). */
#define FT_SPILL_REGISTERS() __builtin_unwind_init()
void *ft_blocking_call(void *(*fn)(void *), void *arg);
void ft_thread_attach(ft_thread *ts);
void ft_thread_detach(ft_thread *ts);

/* Take / release rt->threads_lock from an attached thread without risking
 * a deadlock with a collector (waits detached). Hold it only for list
 * surgery: no allocation, no safepoint, no Python code. */
void ft_threads_lock(void);
void ft_threads_unlock(void);

/* Stop / restart every other attached thread (GC, fork, shutdown). The
 * caller must be attached; returns with all others DETACHED or PARKED. */
void ft_stop_the_world(void);
void ft_start_the_world(void);

/* Process start-up: GC, static types, the main interpreter and the calling
 * thread (attached). Called once, by ftpy_initialize() / the CLI / unit
 * tests. ft_runtime_init reads the environment (PYTHON_GIL, ...) and uses
 * argv as sys.argv; the _ex form takes explicit settings from the CLI. */
typedef struct ft_init_config {
    int argc; char **argv;        /* becomes sys.argv (argv[0] = script or '-c' ...) */
    int gil;                      /* -1: from PYTHON_GIL (default off), 0 off, 1 on */
    int verbose, optimize, inspect, quiet, isolated, safe_path, dont_write_bytecode;
    int unbuffered;
    const char *const *xoptions;  /* NULL-terminated "name" / "name=value" */
    const char *executable;       /* for sys.executable; NULL: /proc/self/exe */
} ft_init_config;
int ft_runtime_init(int argc, char **argv);
int ft_runtime_init_ex(const ft_init_config *cfg);
void ft_runtime_fini(void);

/* Interpreters. */
ft_interp *ft_interp_new(void);      /* fully initialised (builtins, sys) */
void ft_interp_delete(ft_interp *interp);

/* C stack check: raise RecursionError and return -1 if the C stack is nearly
 * exhausted. Call at every point of unbounded C recursion (repr, compare,
 * call of a C-implemented callable that may re-enter, parser, compiler). */
int ft_check_c_stack(const char *where);

#endif /* FT_RUNTIME_H */
