/* threadmodule.c -- the _thread module: OS threads running Python in
 * parallel, locks, reentrant locks and thread-local data.
 *
 * STARTING A THREAD. The function and arguments travel in a small GC
 * object that stays registered as a root until the new thread has
 * registered itself with the runtime (only then do its own stack and
 * thread state keep them alive). The new thread runs detached from its
 * creator: nothing is shared but the objects handed over.
 *
 * LOCKS. A lock is a 32-bit futex word (0 free, 1 held, 2 held with
 * waiters) inside a GC object. Acquiring with contention waits DETACHED
 * (ft_blocking_call), with an optional timeout, so a waiting thread never
 * delays a collection. Any thread may release a lock (binary semaphore
 * semantics, as CPython's). RLock adds an owner (atomic, compared only by
 * its owner) and a count (touched only by the owner).
 *
 * THREAD-LOCAL DATA. Each ft_thread has a private dict (ts->dict, touched
 * only by its own thread) mapping a local object to that thread's
 * attribute dict, so attribute access needs no lock at all.
 */
#include "core/ftcore.h"
#include "modules/signals.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <math.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* ---- timed futex wait, run detached ----------------------------------------- */

typedef struct {
    _Atomic uint32_t *word;
    double timeout;      /* < 0: forever */
    bool acquired;
    bool interrupted;    /* returned early: a signal needs its Python handler */
} lock_wait;

static bool try_take(_Atomic uint32_t *w) {
    uint32_t expected = 0;
    return atomic_compare_exchange_strong(w, &expected, 1);
}

static void *wait_for_lock(void *arg) {
    lock_wait *lw = arg;
    struct timespec deadline, now;
    if (lw->timeout >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double whole = floor(lw->timeout);
        deadline.tv_sec += (time_t)whole;
        deadline.tv_nsec += (long)((lw->timeout - whole) * 1e9);
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    for (;;) {
        uint32_t c = atomic_exchange(lw->word, 2);
        if (c == 0) {
            lw->acquired = true;   /* we hold it, marked as contended: release wakes */
            return NULL;
        }
        struct timespec rel, *relp = NULL;
        if (lw->timeout >= 0) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            long long ns = (long long)(deadline.tv_sec - now.tv_sec) * 1000000000LL + (deadline.tv_nsec - now.tv_nsec);
            if (ns <= 0) {
                lw->acquired = false;
                return NULL;
            }
            rel.tv_sec = ns / 1000000000LL;
            rel.tv_nsec = ns % 1000000000LL;
            relp = &rel;
        }
        if (syscall(SYS_futex, (uint32_t *)lw->word, FUTEX_WAIT_PRIVATE, 2, relp, NULL, 0) < 0 &&
            errno == EINTR && ft_signals_tripped()) {
            lw->interrupted = true;
            lw->acquired = false;
            return NULL;
        }
    }
}

static void wake_one(_Atomic uint32_t *w) {
    syscall(SYS_futex, (uint32_t *)w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Parse (blocking=True, timeout=-1) the way CPython does. Returns the
 * timeout in seconds (-1 forever, 0 non-blocking) or -2 on error. */
static double parse_acquire(ft_obj *const *args, size_t nargs, ft_obj *kwnames, const char *fname) {
    static const char *const names[] = { "blocking", "timeout", NULL };
    ft_obj *v[2];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 0, v) < 0)
        return -2;
    int blocking = 1;
    if (v[0]) {
        blocking = ft_is_true(v[0]);
        if (blocking < 0)
            return -2;
    }
    double timeout = -1;
    if (v[1]) {
        timeout = ft_float_as_double(v[1]);
        if (timeout == -1.0 && ft_err_occurred())
            return -2;
    }
    if (!blocking && timeout != -1) {
        ft_err_set_str(ft_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -2;
    }
    if (timeout < 0 && timeout != -1) {
        ft_err_set_str(ft_exc_ValueError, "timeout value must be a non-negative number");
        return -2;
    }
    if (timeout > 9.2e9) {
        ft_err_set_str(ft_exc_OverflowError, "timeout value is too large");
        return -2;
    }
    return blocking ? timeout : 0;
}

/* 1 acquired, 0 timed out, -1 a signal handler raised (main thread only:
 * like CPython, a blocked acquire runs handlers and then waits on). */
static int acquire_word(_Atomic uint32_t *w, double timeout) {
    if (try_take(w))
        return 1;
    if (timeout == 0)
        return 0;
    /* Short critical sections are the common case: spin (attached, with
     * backoff so the owner keeps the cache line) before paying for a
     * detach and a futex sleep. */
    for (int round = 0, delay = 1; round < 12; round++) {
        for (int i = 0; i < delay; i++) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
        }
        if (atomic_load_explicit(w, memory_order_relaxed) == 0 && try_take(w))
            return 1;
        if (delay < 64)
            delay <<= 1;
    }
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        lock_wait lw = { w, timeout, false, false };
        ft_blocking_call(wait_for_lock, &lw);
        if (!lw.interrupted)
            return lw.acquired;
        if (ft_signals_check() < 0)
            return -1;
        if (timeout > 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            double spent = (double)(now.tv_sec - start.tv_sec) + (now.tv_nsec - start.tv_nsec) * 1e-9;
            start = now;
            timeout -= spent;
            if (timeout <= 0)
                timeout = 1e-9;  /* one more try, then time out */
        }
    }
}

static void release_word(_Atomic uint32_t *w) {
    if (atomic_exchange(w, 0) == 2)
        wake_one(w);
}

/* ---- lock ------------------------------------------------------------------------- */

typedef struct lockobj {
    ft_obj ob;
    _Atomic uint32_t word;
} lockobj;

extern ft_type ft_lock_type, ft_rlock_type, ft_thread_local_type;

static ft_obj *lock_new_obj(void) {
    return ft_obj_alloc(&ft_lock_type, sizeof(lockobj));
}

static ft_obj *lock_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("lock", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return ft_obj_alloc(type, sizeof(lockobj));
}

static ft_obj *lock_acquire(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    double timeout = parse_acquire(args, nargs, kwnames, "acquire");
    if (timeout == -2)
        return NULL;
    int r = acquire_word(&((lockobj *)self)->word, timeout);
    return r < 0 ? NULL : ft_bool(r);
}

static ft_obj *lock_release(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    lockobj *l = (lockobj *)self;
    if (atomic_load(&l->word) == 0) {
        ft_err_set_str(ft_exc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    release_word(&l->word);
    return ft_None;
}

static ft_obj *lock_exit(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return lock_release(self, NULL, 0, NULL);
}

static ft_obj *lock_locked(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_bool(atomic_load(&((lockobj *)self)->word) != 0);
}

static ft_obj *lock_at_fork(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    atomic_store(&((lockobj *)self)->word, 0);
    return ft_None;
}

static ft_obj *lock_repr(ft_obj *self) {
    return ft_str_from_format("<%s %s object at %p>", atomic_load(&((lockobj *)self)->word) ? "locked" : "unlocked",
                              ft_type_name(ft_type_of(self)), (void *)self);
}

static const ft_method_def lock_methods[] = {
    { "acquire", lock_acquire, FT_METH_KEYWORDS, "Lock the lock." },
    { "acquire_lock", lock_acquire, FT_METH_KEYWORDS, NULL },
    { "__enter__", lock_acquire, FT_METH_KEYWORDS, NULL },
    { "release", lock_release, FT_METH_NOARGS, "Release the lock." },
    { "release_lock", lock_release, FT_METH_NOARGS, NULL },
    { "__exit__", lock_exit, FT_METH_VARARGS, NULL },
    { "locked", lock_locked, FT_METH_NOARGS, NULL },
    { "locked_lock", lock_locked, FT_METH_NOARGS, NULL },
    { "_at_fork_reinit", lock_at_fork, FT_METH_NOARGS, NULL },
    { NULL }
};

ft_type ft_lock_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_thread.lock",
    .basicsize = sizeof(lockobj),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .new_ = lock_tp_new,
    .repr = lock_repr,
    .methods = lock_methods,
};

/* ---- RLock --------------------------------------------------------------------------- */

typedef struct rlockobj {
    ft_obj ob;
    _Atomic uint32_t word;
    _Atomic uint64_t owner;   /* ident of the owning thread, 0 if free */
    uint64_t count;           /* touched only by the owner */
} rlockobj;

static ft_obj *rlock_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_obj_alloc(type, sizeof(rlockobj));
}

static ft_obj *rlock_acquire(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    double timeout = parse_acquire(args, nargs, kwnames, "acquire");
    if (timeout == -2)
        return NULL;
    uint64_t me = ft_ts()->ident;
    if (atomic_load_explicit(&r->owner, memory_order_relaxed) == me) {
        if (r->count == UINT64_MAX) {
            ft_err_set_str(ft_exc_OverflowError, "Internal lock count overflowed");
            return NULL;
        }
        r->count++;
        return ft_True;
    }
    int got = acquire_word(&r->word, timeout);
    if (got <= 0)
        return got < 0 ? NULL : ft_False;
    atomic_store_explicit(&r->owner, me, memory_order_relaxed);
    r->count = 1;
    return ft_True;
}

static ft_obj *rlock_release(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    if (atomic_load_explicit(&r->owner, memory_order_relaxed) != ft_ts()->ident || r->count == 0) {
        ft_err_set_str(ft_exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--r->count == 0) {
        atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
        release_word(&r->word);
    }
    return ft_None;
}

static ft_obj *rlock_exit(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return rlock_release(self, NULL, 0, NULL);
}

static ft_obj *rlock_is_owned(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    return ft_bool(atomic_load_explicit(&r->owner, memory_order_relaxed) == ft_ts()->ident && r->count > 0);
}

/* Condition support (threading.Condition with an RLock): release fully,
 * remembering the count; restore it afterwards. */
static ft_obj *rlock_release_save(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    if (r->count == 0 || atomic_load_explicit(&r->owner, memory_order_relaxed) != ft_ts()->ident) {
        ft_err_set_str(ft_exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    uint64_t count = r->count, owner = r->owner;
    r->count = 0;
    atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
    release_word(&r->word);
    return ft_tuple_pack(2, ft_int_from_u64(count), ft_int_from_u64(owner));
}

static ft_obj *rlock_acquire_restore(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("_acquire_restore", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rlockobj *r = (rlockobj *)self;
    ft_obj *state = args[0];
    if (!ft_tuple_check(state) || ft_tuple_size(state) != 2)
        return ft_err_format(ft_exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
    int64_t count = ft_int_as_i64(ft_tuple_get(state, 0));
    if (count == -1 && ft_err_occurred())
        return NULL;
    /* Must end up holding the lock (Condition.wait relies on it): a
     * handler's exception is raised only after re-acquiring. */
    ft_obj *pending = NULL;
    int got;
    while ((got = acquire_word(&r->word, -1)) != 1)
        if (got < 0) {
            ft_obj *e = ft_err_fetch();
            if (!pending)
                pending = e;
        }
    atomic_store_explicit(&r->owner, ft_ts()->ident, memory_order_relaxed);
    r->count = (uint64_t)count;
    if (pending) {
        ft_err_restore(pending);
        return NULL;
    }
    return ft_None;
}

static ft_obj *rlock_recursion_count(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    bool mine = atomic_load_explicit(&r->owner, memory_order_relaxed) == ft_ts()->ident;
    return ft_int_from_u64(mine ? r->count : 0);
}

static ft_obj *rlock_repr(ft_obj *self) {
    rlockobj *r = (rlockobj *)self;
    uint64_t owner = atomic_load_explicit(&r->owner, memory_order_relaxed);
    /* CPython shows tp_name: "_thread.RLock" for the type itself, the bare
     * class name for subclasses. */
    ft_type *tp = ft_type_of(self);
    return ft_str_from_format("<%s %s object owner=%llu count=%llu at %p>", owner ? "locked" : "unlocked",
                              (tp->flags & FT_TPF_HEAPTYPE) ? ft_type_name(tp) : tp->name, (unsigned long long)owner,
                              (unsigned long long)(owner ? r->count : 0), (void *)self);
}

static const ft_method_def rlock_methods[] = {
    { "acquire", rlock_acquire, FT_METH_KEYWORDS, NULL },
    { "__enter__", rlock_acquire, FT_METH_KEYWORDS, NULL },
    { "release", rlock_release, FT_METH_NOARGS, NULL },
    { "__exit__", rlock_exit, FT_METH_VARARGS, NULL },
    { "_is_owned", rlock_is_owned, FT_METH_NOARGS, NULL },
    { "_release_save", rlock_release_save, FT_METH_NOARGS, NULL },
    { "_acquire_restore", rlock_acquire_restore, 0, NULL },
    { "_recursion_count", rlock_recursion_count, FT_METH_NOARGS, NULL },
    { NULL }
};

ft_type ft_rlock_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_thread.RLock",
    .basicsize = sizeof(rlockobj),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .new_ = rlock_tp_new,
    .repr = rlock_repr,
    .methods = rlock_methods,
};

/* ---- threading.local ------------------------------------------------------------------- */

typedef struct localobj {
    ft_obj ob;
    ft_obj *args, *kwargs;   /* constructor arguments, replayed for __init__ in each new thread */
} localobj;

/* The calling thread's attribute dict for `self`, creating it (and
 * running a subclass's __init__) on first use in this thread. */
static ft_obj *local_dict(ft_obj *self, bool *created) {
    ft_thread *ts = ft_ts();
    if (created)
        *created = false;
    if (!ts->dict) {
        ts->dict = ft_dict_new();
        if (!ts->dict)
            return NULL;
    }
    ft_obj *key = ft_obj_id(self);
    if (!key)
        return NULL;
    ft_obj *entry = ft_dict_get(ts->dict, key);
    if (entry)
        return ft_tuple_get(entry, 1);
    if (ft_err_occurred())
        return NULL;
    ft_obj *d = ft_dict_new();
    /* keep `self` in the entry so the id cannot be reused while we live */
    ft_obj *pair = d ? ft_tuple_pack(2, self, d) : NULL;
    if (!pair || ft_dict_set(ts->dict, key, pair) < 0)
        return NULL;
    if (created)
        *created = true;
    return d;
}

static ft_obj *local_tp_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (type == &ft_thread_local_type && (nargs || (kwnames && ft_tuple_size(kwnames))))
        return ft_err_format(ft_exc_TypeError, "Initialization arguments are not supported");
    localobj *l = (localobj *)ft_type_generic_alloc(type, 0);
    if (!l)
        return NULL;
    l->args = ft_tuple_from_array(args, (ft_ssize)nargs);
    l->kwargs = ft_dict_new();
    if (!l->args || !l->kwargs)
        return NULL;
    for (ft_ssize i = 0; kwnames && i < ft_tuple_size(kwnames); i++)
        if (ft_dict_set(l->kwargs, ft_tuple_get(kwnames, i), args[nargs + i]) < 0)
            return NULL;
    /* The creating thread's dict exists from the start (its __init__ is
     * run by type.__call__ as usual). */
    if (!local_dict((ft_obj *)l, NULL))
        return NULL;
    return (ft_obj *)l;
}

static ft_obj *local_prepare(ft_obj *self) {
    bool created;
    ft_obj *d = local_dict(self, &created);
    if (d && created && ft_type_of(self) != &ft_thread_local_type) {
        /* First touch in this thread: run __init__ with the original args. */
        localobj *l = (localobj *)self;
        ft_obj *init = ft_getattr(self, ft_id(__init__));
        if (!init)
            return NULL;
        if (!ft_call_tuple_dict(init, l->args, ft_dict_size(l->kwargs) ? l->kwargs : NULL))
            return NULL;
    }
    return d;
}

static ft_obj *local_getattro(ft_obj *self, ft_obj *name) {
    ft_obj *d = local_prepare(self);
    if (!d)
        return NULL;
    if (ft_str_check(name) && ft_str_eq_cstr(name, "__dict__"))
        return d;
    /* Data descriptors on the type win, then the per-thread dict, then
     * the rest of the normal lookup. */
    ft_obj *descr = ft_type_lookup(ft_type_of(self), name);
    if (descr && ft_type_of(descr)->descr_set)
        return ft_obj_generic_getattr(self, name);
    ft_obj *v = ft_dict_get(d, name);
    if (v)
        return v;
    if (ft_err_occurred())
        return NULL;
    return ft_obj_generic_getattr(self, name);
}

static int local_setattro(ft_obj *self, ft_obj *name, ft_obj *value) {
    ft_obj *d = local_prepare(self);
    if (!d)
        return -1;
    if (ft_str_check(name) && ft_str_eq_cstr(name, "__dict__")) {
        ft_err_format(ft_exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                      ft_type_name(ft_type_of(self)));
        return -1;
    }
    ft_obj *descr = ft_type_lookup(ft_type_of(self), name);
    if (descr && ft_type_of(descr)->descr_set)
        return ft_obj_generic_setattr(self, name, value);
    if (!value) {
        if (ft_dict_del(d, name) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
                ft_err_clear();
                ft_err_format(ft_exc_AttributeError, "'%s' object has no attribute '%U'",
                              ft_type_name(ft_type_of(self)), name);
            }
            return -1;
        }
        return 0;
    }
    return ft_dict_set(d, name, value);
}

ft_type ft_thread_local_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_thread._local",
    .doc = "Thread-local data",
    .basicsize = sizeof(localobj),
    .flags = FT_TPF_BASETYPE,
    .new_ = local_tp_new,
    .getattro = local_getattro,
    .setattro = local_setattro,
};

/* ---- starting threads ---------------------------------------------------------------------- */

typedef struct bootstate {
    ft_obj ob;
    ft_interp *interp;
    ft_obj *func, *args, *kwargs;
    ft_obj *self_root;        /* points to this object; registered as a root until the thread runs */
} bootstate;

static ft_type bootstate_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_thread._bootstate",
    .basicsize = sizeof(bootstate),
};

static _Atomic int64_t running_threads;   /* _thread._count(); process-wide counter */

static void *thread_main(void *arg) {
    bootstate *boot = arg;
    ft_thread *ts = ft_thread_new(boot->interp);
    if (!ts) {
        fprintf(stderr, "ftpy: cannot register a new thread (out of memory)\n");
        return NULL;
    }
    /* From here our stack holds `boot`: the explicit root can go. */
    bootstate *volatile keep = boot;
    ft_gc_remove_root(&boot->self_root);
    ft_obj *r = ft_call_tuple_dict(keep->func, keep->args, keep->kwargs);
    if (!r) {
        if (ft_err_matches((ft_obj *)ft_exc_SystemExit)) {
            ft_err_clear();
        } else {
            ft_err_write_unraisable(keep->func);
        }
    }
    atomic_fetch_sub(&running_threads, 1);
    ft_thread_delete(ts);
    return NULL;
}

static size_t thread_stack_size = FT_THREAD_STACK_SIZE;   /* under rt->lock; read when starting */

static ft_obj *thread_start_new(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("start_new_thread", nargs, kwnames, 2, 3) < 0)
        return NULL;
    if (!ft_callable(args[0]))
        return ft_err_format(ft_exc_TypeError, "first arg must be callable");
    if (!ft_tuple_check(args[1]))
        return ft_err_format(ft_exc_TypeError, "2nd arg must be a tuple");
    if (nargs > 2 && !ft_dict_check(args[2]))
        return ft_err_format(ft_exc_TypeError, "optional 3rd arg must be a dictionary");
    bootstate *boot = (bootstate *)ft_obj_alloc(&bootstate_type, sizeof(bootstate));
    if (!boot)
        return NULL;
    boot->interp = ft_interp_current();
    boot->func = args[0];
    boot->args = args[1];
    boot->kwargs = nargs > 2 ? args[2] : NULL;
    boot->self_root = (ft_obj *)boot;
    ft_gc_add_root(&boot->self_root, sizeof boot->self_root);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_mutex_lock(&ft_rt->lock);
    size_t stack = thread_stack_size;
    pthread_mutex_unlock(&ft_rt->lock);
    pthread_attr_setstacksize(&attr, stack);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t th;
    atomic_fetch_add(&running_threads, 1);
    int rc = pthread_create(&th, &attr, thread_main, boot);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        atomic_fetch_sub(&running_threads, 1);
        ft_gc_remove_root(&boot->self_root);
        errno = rc;
        ft_err_set_str(ft_exc_RuntimeError, "can't start new thread");
        return NULL;
    }
    /* The ident is assigned by the new thread at registration; callers
     * that need it (threading.Thread) learn it from inside the thread. */
    return ft_int_from_u64((uint64_t)th);
}

static ft_obj *thread_get_ident(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_int_from_u64(ft_ts()->ident);
}

static ft_obj *thread_get_native_id(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_int_from_u64(ft_ts()->native_id);
}

static ft_obj *thread_allocate_lock(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return lock_new_obj();
}

static ft_obj *thread_count(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_int_from_i64(atomic_load(&running_threads));
}

static ft_obj *thread_stack_size_fn(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("stack_size", nargs, kwnames, 0, 1) < 0)
        return NULL;
    pthread_mutex_lock(&ft_rt->lock);
    size_t old = thread_stack_size;
    pthread_mutex_unlock(&ft_rt->lock);
    if (nargs) {
        int64_t v = ft_int_as_i64(args[0]);
        if (v == -1 && ft_err_occurred())
            return NULL;
        if (v != 0 && v < 32768) {
            ft_err_set_str(ft_exc_ValueError, "size not valid: 32768 bytes minimum");
            return NULL;
        }
        pthread_mutex_lock(&ft_rt->lock);
        thread_stack_size = v ? (size_t)v : FT_THREAD_STACK_SIZE;
        pthread_mutex_unlock(&ft_rt->lock);
    }
    return ft_int_from_u64(old == FT_THREAD_STACK_SIZE ? 0 : old);
}

static ft_obj *thread_exit(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_err_set_none(ft_exc_SystemExit);
    return NULL;
}

static ft_obj *thread_enumerate_idents(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    /* Snapshot the idents under threads_lock into a C array (no
     * allocation under the lock), then build the list. */
    uint64_t buf[4096];
    size_t count = 0;
    ft_threads_lock();
    for (ft_thread *ts = ft_interp_current()->threads; ts && count < 4096; ts = ts->next)
        buf[count++] = ts->ident;
    ft_threads_unlock();
    ft_obj *list = ft_list_new(0);
    for (size_t i = 0; list && i < count; i++)
        if (ft_list_append(list, ft_int_from_u64(buf[i])) < 0)
            return NULL;
    return list;
}

static const ft_method_def thread_methods[] = {
    { "start_new_thread", thread_start_new, 0, "Start a new thread running function(*args, **kwargs)." },
    { "start_new", thread_start_new, 0, NULL },
    { "get_ident", thread_get_ident, FT_METH_NOARGS, NULL },
    { "get_native_id", thread_get_native_id, FT_METH_NOARGS, NULL },
    { "allocate_lock", thread_allocate_lock, FT_METH_NOARGS, NULL },
    { "allocate", thread_allocate_lock, FT_METH_NOARGS, NULL },
    { "_count", thread_count, FT_METH_NOARGS, NULL },
    { "stack_size", thread_stack_size_fn, 0, NULL },
    { "exit", thread_exit, FT_METH_NOARGS, NULL },
    { "exit_thread", thread_exit, FT_METH_NOARGS, NULL },
    { "_enumerate_idents", thread_enumerate_idents, FT_METH_NOARGS, NULL },
    { NULL }
};

static int thread_exec(ft_obj *m) {
    if (ft_module_add_type(m, &ft_lock_type) < 0 ||
        ft_module_add_object(m, "LockType", (ft_obj *)&ft_lock_type) < 0 ||
        ft_module_add_type(m, &ft_rlock_type) < 0 ||
        ft_module_add_object(m, "_local", (ft_obj *)&ft_thread_local_type) < 0 ||
        ft_module_add_object(m, "error", (ft_obj *)ft_exc_RuntimeError) < 0 ||
        ft_module_add_object(m, "TIMEOUT_MAX", ft_float_new(9223372036.0)) < 0)
        return -1;
    return 0;
}

const ft_module_def ft__thread_module_def = {
    .name = "_thread",
    .doc = "Low-level threading primitives.",
    .methods = thread_methods,
    .exec = thread_exec,
    .gil_safe = true,
};

int ft_thread_module_init(void) {
    if (ft_type_ready(&ft_lock_type) < 0 || ft_type_ready(&ft_rlock_type) < 0 ||
        ft_type_ready(&ft_thread_local_type) < 0 || ft_type_ready(&bootstate_type) < 0)
        return -1;
    return 0;
}
