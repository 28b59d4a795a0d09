/* faulthandlermodule.c -- faulthandler: dump the Python stacks of all
 * threads on a fatal signal, on demand, after a timeout, or on a signal.
 *
 * Dumping must work when the process is broken (inside a SIGSEGV handler,
 * with locks held, the heap corrupt), so the writer allocates nothing,
 * takes no lock and writes with write(2) only, reading frames racily. Every
 * pointer is checked for plausibility before use (code objects must have
 * ft_code_type, strings ft_str_type) and at most MAX_FRAMES frames and
 * MAX_THREADS threads are printed; a thread that changes its stack while it
 * is read can at worst produce a wrong line, as in CPython.
 *
 * State is process-wide (signal handlers are): the enabled flag, the fd
 * and options are atomics written by enable()/disable(); the file objects
 * passed in are kept alive in the module's dict (a GC root through the
 * module) so their fds stay open. The dump_traceback_later watchdog is one
 * pthread (not a Python thread) sleeping on a condition variable, guarded
 * by `later_mu`. User signals registered with register() keep their fd
 * and options in a fixed array of atomics indexed by signal number.
 */
#include "core/ftcore.h"
#include "vm/frame.h"
#include "vm/code.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_FRAMES 100
#define MAX_THREADS 100
#define MAX_STRING 500

/* ---- async-signal-safe writers ------------------------------------------------------- */

static void w_raw(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t r = write(fd, s, n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += r;
        n -= (size_t)r;
    }
}

static void w_str(int fd, const char *s) { w_raw(fd, s, strlen(s)); }

static void w_dec(int fd, long v) {
    char buf[24];
    int i = sizeof buf;
    bool neg = v < 0;
    unsigned long u = neg ? -(unsigned long)v : (unsigned long)v;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        buf[--i] = '-';
    w_raw(fd, buf + i, sizeof buf - i);
}

static void w_hex(int fd, unsigned long v, int width) {
    char buf[32];
    int i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
        width--;
    } while (v || width > 0);
    w_raw(fd, "0x", 2);
    w_raw(fd, buf + i, sizeof buf - i);
}

/* A str object's text, escaped like CPython's faulthandler: printable
 * ASCII as is, others as \xNN / \uNNNN / \UNNNNNNNN; truncated with "...". */
static void w_pystr(int fd, ft_obj *s) {
    if (!s || ((uintptr_t)s & 7) || FT_TYPE(s) != &ft_str_type) {
        w_str(fd, "???");
        return;
    }
    const char *p = ft_str_utf8(s), *end = p + FT_STR(s)->nbytes;
    int count = 0;
    while (p < end) {
        if (count++ >= MAX_STRING) {
            w_str(fd, "...");
            return;
        }
        uint32_t cp;
        int k = ft_utf8_decode_one(p, end, &cp);
        if (k <= 0)
            break;
        p += k;
        if (cp >= ' ' && cp < 0x7f) {
            char c = (char)cp;
            w_raw(fd, &c, 1);
        } else {
            char buf[12];
            const char *hex = "0123456789abcdef";
            int n, digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
            buf[0] = '\\';
            buf[1] = cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
            for (n = 0; n < digits; n++)
                buf[2 + n] = hex[(cp >> (4 * (digits - 1 - n))) & 15];
            w_raw(fd, buf, 2 + digits);
        }
    }
}

static void dump_frame(int fd, ft_frame *f) {
    ft_code *co = f->code;
    if (!co || ((uintptr_t)co & 7) || FT_TYPE((ft_obj *)co) != &ft_code_type) {
        w_str(fd, "  File \"???\", line ??? in ???\n");
        return;
    }
    w_str(fd, "  File \"");
    w_pystr(fd, co->filename);
    w_str(fd, "\", line ");
    int line = -1;
    if (f->lasti >= 0 && f->lasti < co->ninstrs && co->positions)
        line = co->positions[f->lasti].lineno;
    else if (f->lasti < 0)
        line = co->firstlineno;
    if (line >= 0)
        w_dec(fd, line);
    else
        w_str(fd, "???");
    w_str(fd, " in ");
    w_pystr(fd, co->name);
    w_str(fd, "\n");
}

static void dump_stack(int fd, ft_thread *ts) {
    ft_frame *f = ts->frame;
    if (!f) {
        w_str(fd, "  <no Python frame>\n");
        return;
    }
    for (int depth = 0; f; f = f->back, depth++) {
        if (((uintptr_t)f & 7)) {
            w_str(fd, "  <invalid frame>\n");
            return;
        }
        if (depth >= MAX_FRAMES)
            return;   /* CPython 3.13 stops silently at its depth limit */
        dump_frame(fd, f);
    }
}

static void dump_thread_header(int fd, ft_thread *ts, bool current) {
    w_str(fd, current ? "Current thread " : "Thread ");
    w_hex(fd, (unsigned long)ts->ident, 16);
    w_str(fd, " (most recent call first):\n");
}

/* Dump the current thread only, or every thread of the current thread's
 * interpreter (current = NULL when called from a thread that is not a
 * Python thread, e.g. the watchdog). Returns an error text or NULL. */
static const char *dump_all(int fd, ft_interp *interp, ft_thread *current, bool all_threads) {
    if (!all_threads) {
        if (!current)
            return "unable to get the current thread state";
        w_str(fd, "Stack (most recent call first):\n");
        dump_stack(fd, current);
        return NULL;
    }
    if (!interp)
        return "unable to get the interpreter state";
    int n = 0;
    for (ft_thread *ts = interp->threads; ts; ts = ts->next) {
        if (((uintptr_t)ts & 7))
            break;
        if (n)
            w_str(fd, "\n");
        if (n++ >= MAX_THREADS) {
            w_str(fd, "...\n");
            break;
        }
        dump_thread_header(fd, ts, ts == current);
        dump_stack(fd, ts);
    }
    return NULL;
}

/* ---- the file argument ------------------------------------------------------------- */

/* fd of `file` (None: sys.stderr); flushes a file object first. */
static int file_fd(ft_obj *file, ft_obj **keep) {
    if (!file || file == ft_None) {
        file = ft_dict_get_cstr(ft_interp_current()->sys_dict, "stderr");
        if (!file || file == ft_None) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_RuntimeError, "sys.stderr is None");
            return -1;
        }
    }
    *keep = file;
    if (ft_type_is_subtype(ft_type_of(file), &ft_int_type)) {
        int64_t fd = ft_int_as_i64(file);
        if (fd == -1 && ft_err_occurred())
            return -1;
        if (fd < 0) {
            ft_err_set_str(ft_exc_ValueError, "file is not a valid file descriptor");
            return -1;
        }
        if (fd > 0x7fffffff) {
            ft_err_set_str(ft_exc_OverflowError, "file descriptor is too large");
            return -1;
        }
        return (int)fd;
    }
    ft_obj *r = ft_call_method0(file, "fileno");
    if (!r)
        return -1;
    if (!ft_type_is_subtype(ft_type_of(r), &ft_int_type)) {
        ft_err_set_str(ft_exc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    int64_t fd = ft_int_as_i64(r);
    if (fd < 0 || fd > 0x7fffffff) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    ft_obj *fl = ft_call_method0(file, "flush");
    if (!fl)
        ft_err_clear();   /* as CPython: a failing flush does not prevent the dump */
    return (int)fd;
}

static int keep_file(ft_obj *m, const char *slot, ft_obj *file) {
    return ft_setattr_cstr(m, slot, file ? file : ft_None);
}

/* ---- dump_traceback ------------------------------------------------------------------- */

static ft_obj *fh_dump_traceback(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "file", "all_threads", NULL };
    ft_obj *v[2];
    if (ft_parse_args("dump_traceback", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    ft_obj *keep;
    int fd = file_fd(v[0], &keep);
    if (fd < 0)
        return NULL;
    int all = 1;
    if (v[1] && (all = ft_is_true(v[1])) < 0)
        return NULL;
    ft_thread *ts = ft_ts();
    const char *err = dump_all(fd, ts->interp, ts, all);
    if (err)
        return ft_err_format(ft_exc_RuntimeError, "%s", err);
    return ft_None;
}

/* ---- fatal error handler ------------------------------------------------------------- */

static const struct { int signum; const char *name; } fatal_signals[] = {
    { SIGBUS, "Bus error" }, { SIGILL, "Illegal instruction" }, { SIGFPE, "Floating-point exception" },
    { SIGABRT, "Aborted" }, { SIGSEGV, "Segmentation fault" },
};
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])

static _Atomic int fatal_enabled;
static _Atomic int fatal_fd = 2;
static _Atomic int fatal_all_threads = 1;
static _Atomic(ft_interp *) fatal_interp;
static struct sigaction fatal_previous[NFATAL];
static pthread_mutex_t enable_mu = PTHREAD_MUTEX_INITIALIZER;   /* enable/disable only */
static char alt_stack[1 << 16];

static void fatal_handler(int signum) {
    int save_errno = errno;
    size_t i;
    for (i = 0; i < NFATAL; i++)
        if (fatal_signals[i].signum == signum)
            break;
    int fd = atomic_load(&fatal_fd);
    if (i < NFATAL && atomic_load(&fatal_enabled)) {
        w_str(fd, "Fatal Python error: ");
        w_str(fd, fatal_signals[i].name);
        w_str(fd, "\n\n");
        dump_all(fd, atomic_load(&fatal_interp), ft_current_thread, atomic_load(&fatal_all_threads));
        w_str(fd, "\n");
    }
    /* restore the previous handler and let the signal do its job again */
    if (i < NFATAL)
        sigaction(signum, &fatal_previous[i], NULL);
    errno = save_errno;
    raise(signum);
}

static ft_obj *fh_enable(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "file", "all_threads", NULL };
    ft_obj *v[2];
    if (ft_parse_args("enable", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    ft_obj *keep;
    int fd = file_fd(v[0], &keep);
    if (fd < 0)
        return NULL;
    int all = 1;
    if (v[1] && (all = ft_is_true(v[1])) < 0)
        return NULL;
    if (keep_file(m, "_fatal_file", keep) < 0)
        return NULL;
    atomic_store(&fatal_fd, fd);
    atomic_store(&fatal_all_threads, all);
    atomic_store(&fatal_interp, ft_interp_current());
    pthread_mutex_lock(&enable_mu);
    if (!atomic_load(&fatal_enabled)) {
        stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0 };
        sigaltstack(&ss, NULL);
        for (size_t i = 0; i < NFATAL; i++) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = fatal_handler;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_NODEFER | SA_ONSTACK;
            sigaction(fatal_signals[i].signum, &sa, &fatal_previous[i]);
        }
        atomic_store(&fatal_enabled, 1);
    }
    pthread_mutex_unlock(&enable_mu);
    return ft_None;
}

static ft_obj *fh_disable(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bool was;
    pthread_mutex_lock(&enable_mu);
    was = atomic_load(&fatal_enabled);
    if (was) {
        atomic_store(&fatal_enabled, 0);
        for (size_t i = 0; i < NFATAL; i++)
            sigaction(fatal_signals[i].signum, &fatal_previous[i], NULL);
    }
    pthread_mutex_unlock(&enable_mu);
    if (keep_file(m, "_fatal_file", NULL) < 0)
        return NULL;
    return ft_bool(was);
}

static ft_obj *fh_is_enabled(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_bool(atomic_load(&fatal_enabled));
}

/* ---- dump_traceback_later: a watchdog pthread ---------------------------------------- */

static pthread_mutex_t later_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t later_cv = PTHREAD_COND_INITIALIZER;
static bool later_active;        /* under later_mu: a watchdog should run */
static bool later_running;       /* under later_mu: the watchdog thread exists */
static uint64_t later_gen;       /* under later_mu: bumped by each (re)arm/cancel */
static double later_timeout;
static int later_fd, later_repeat, later_exit;
static ft_interp *later_interp;
static char later_header[80];
static pthread_t later_thread;

static void *watchdog(void *arg) {
    pthread_mutex_lock(&later_mu);
    while (later_active) {
        uint64_t gen = later_gen;
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        double t = later_timeout;
        deadline.tv_sec += (time_t)t;
        deadline.tv_nsec += (long)((t - (double)(time_t)t) * 1e9);
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
        int rc = 0;
        while (later_active && later_gen == gen && rc != ETIMEDOUT)
            rc = pthread_cond_timedwait(&later_cv, &later_mu, &deadline);
        if (!later_active)
            break;
        if (later_gen != gen)
            continue;   /* re-armed: start a new period */
        w_str(later_fd, later_header);
        dump_all(later_fd, later_interp, NULL, true);
        if (later_exit)
            _exit(1);
        if (!later_repeat) {
            later_active = false;
            break;
        }
    }
    later_running = false;
    pthread_cond_broadcast(&later_cv);
    pthread_mutex_unlock(&later_mu);
    return NULL;
}

typedef struct { int dummy; } join_arg;

/* Stops the watchdog and waits for it to exit (detached from the VM). */
static void *cancel_and_join(void *arg) {
    pthread_mutex_lock(&later_mu);
    bool had = later_running;
    pthread_t th = later_thread;
    later_active = false;
    later_gen++;
    pthread_cond_broadcast(&later_cv);
    pthread_mutex_unlock(&later_mu);
    if (had)
        pthread_join(th, NULL);
    return NULL;
}

static ft_obj *fh_dump_later(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "timeout", "repeat", "file", "exit", NULL };
    ft_obj *v[4];
    if (ft_parse_args("dump_traceback_later", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    if (!ft_type_is_subtype(ft_type_of(v[0]), &ft_float_type) &&
        !ft_type_is_subtype(ft_type_of(v[0]), &ft_int_type))
        return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             ft_type_name(ft_type_of(v[0])));
    double timeout = ft_float_as_double(v[0]);
    if (timeout == -1.0 && ft_err_occurred())
        return NULL;
    if (!(timeout > 0))
        return ft_err_format(ft_exc_ValueError, "timeout must be greater than 0");
    if (timeout > 1e9)
        return ft_err_format(ft_exc_OverflowError, "timeout value is too large");
    int repeat = 0, do_exit = 0;
    if (v[1] && (repeat = ft_is_true(v[1])) < 0)
        return NULL;
    if (v[3] && (do_exit = ft_is_true(v[3])) < 0)
        return NULL;
    ft_obj *keep;
    int fd = file_fd(v[2], &keep);
    if (fd < 0)
        return NULL;
    if (keep_file(m, "_later_file", keep) < 0)
        return NULL;
    ft_blocking_call(cancel_and_join, NULL);

    /* the header is formatted now (no formatting in the watchdog) */
    long secs = (long)timeout;
    long us = (long)((timeout - (double)secs) * 1e6 + 0.5);
    if (us >= 1000000) {
        secs++;
        us -= 1000000;
    }
    if (us)
        snprintf(later_header, sizeof later_header, "Timeout (%ld:%02ld:%02ld.%06ld)!\n",
                 secs / 3600, (secs / 60) % 60, secs % 60, us);
    else
        snprintf(later_header, sizeof later_header, "Timeout (%ld:%02ld:%02ld)!\n",
                 secs / 3600, (secs / 60) % 60, secs % 60);

    pthread_mutex_lock(&later_mu);
    later_timeout = timeout;
    later_fd = fd;
    later_repeat = repeat;
    later_exit = do_exit;
    later_interp = ft_interp_current();
    later_active = true;
    later_gen++;
    int rc = pthread_create(&later_thread, NULL, watchdog, NULL);
    later_running = rc == 0;
    if (rc)
        later_active = false;
    pthread_mutex_unlock(&later_mu);
    if (rc) {
        errno = rc;
        ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    return ft_None;
}

static ft_obj *fh_cancel_later(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_blocking_call(cancel_and_join, NULL);
    if (keep_file(m, "_later_file", NULL) < 0)
        return NULL;
    return ft_None;
}

/* ---- register(signum): dump on a user signal --------------------------------------------- */

#define NSIG_MAX 65
static _Atomic int user_enabled[NSIG_MAX];
static _Atomic int user_fd[NSIG_MAX];
static _Atomic int user_all[NSIG_MAX];
static _Atomic int user_chain[NSIG_MAX];
static _Atomic(ft_interp *) user_interp[NSIG_MAX];
static struct sigaction user_previous[NSIG_MAX];   /* written under enable_mu before the handler is armed */

static void user_handler(int signum) {
    int save_errno = errno;
    if (signum > 0 && signum < NSIG_MAX && atomic_load(&user_enabled[signum])) {
        dump_all(atomic_load(&user_fd[signum]), atomic_load(&user_interp[signum]), ft_current_thread,
                 atomic_load(&user_all[signum]));
        if (atomic_load(&user_chain[signum])) {
            struct sigaction *prev = &user_previous[signum];
            if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN && prev->sa_handler != user_handler)
                prev->sa_handler(signum);
        }
    }
    errno = save_errno;
}

static int check_signum(int64_t signum) {
    for (size_t i = 0; i < NFATAL; i++)
        if (fatal_signals[i].signum == signum) {
            ft_err_format(ft_exc_RuntimeError, "signal %d cannot be registered, use enable() instead",
                          (int)signum);
            return -1;
        }
    if (signum < 1 || signum >= NSIG_MAX || signum == SIGKILL || signum == SIGSTOP) {
        ft_err_set_str(ft_exc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

static ft_obj *fh_register(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "signum", "file", "all_threads", "chain", NULL };
    ft_obj *v[4];
    if (ft_parse_args("register", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    int64_t signum = ft_int_as_i64(v[0]);
    if (signum == -1 && ft_err_occurred())
        return NULL;
    if (check_signum(signum) < 0)
        return NULL;
    ft_obj *keep;
    int fd = file_fd(v[1], &keep);
    if (fd < 0)
        return NULL;
    int all = 1, chain = 0;
    if (v[2] && (all = ft_is_true(v[2])) < 0)
        return NULL;
    if (v[3] && (chain = ft_is_true(v[3])) < 0)
        return NULL;
    char slot[32];
    snprintf(slot, sizeof slot, "_user_file_%d", (int)signum);
    if (keep_file(m, slot, keep) < 0)
        return NULL;
    int s = (int)signum;
    atomic_store(&user_fd[s], fd);
    atomic_store(&user_all[s], all);
    atomic_store(&user_chain[s], chain);
    atomic_store(&user_interp[s], ft_interp_current());
    pthread_mutex_lock(&enable_mu);
    int rc = 0;
    if (!atomic_load(&user_enabled[s])) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = user_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART | (chain ? SA_NODEFER : 0);
        rc = sigaction(s, &sa, &user_previous[s]);
        if (rc == 0)
            atomic_store(&user_enabled[s], 1);
    }
    pthread_mutex_unlock(&enable_mu);
    if (rc) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    return ft_None;
}

static ft_obj *fh_unregister(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    int64_t signum = ft_int_as_i64(args[0]);
    if (signum == -1 && ft_err_occurred())
        return NULL;
    if (check_signum(signum) < 0)
        return NULL;
    int s = (int)signum;
    bool was;
    pthread_mutex_lock(&enable_mu);
    was = atomic_load(&user_enabled[s]);
    if (was) {
        atomic_store(&user_enabled[s], 0);
        sigaction(s, &user_previous[s], NULL);
    }
    pthread_mutex_unlock(&enable_mu);
    return ft_bool(was);
}

/* Test helpers of CPython's faulthandler: crash on purpose. */
static ft_obj *fh_sigsegv(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    raise(SIGSEGV);
    return ft_None;
}

static ft_obj *fh_sigabrt(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    abort();
}

static ft_obj *fh_sigfpe(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    raise(SIGFPE);
    return ft_None;
}

static const ft_method_def fh_methods[] = {
    { "enable", fh_enable, FT_METH_KEYWORDS, "Enable the fault handler." },
    { "disable", fh_disable, FT_METH_NOARGS, "Disable the fault handler." },
    { "is_enabled", fh_is_enabled, FT_METH_NOARGS, "Check if the handler is enabled." },
    { "dump_traceback", fh_dump_traceback, FT_METH_KEYWORDS, "Dump the traceback of the current thread, or of all threads if all_threads is True, into file." },
    { "dump_traceback_later", fh_dump_later, FT_METH_KEYWORDS, "Dump the traceback of all threads in timeout seconds, or each timeout seconds if repeat is True." },
    { "cancel_dump_traceback_later", fh_cancel_later, FT_METH_NOARGS, "Cancel the previous call to dump_traceback_later()." },
    { "register", fh_register, FT_METH_KEYWORDS, "Register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file." },
    { "unregister", fh_unregister, FT_METH_O, "Unregister the handler of the signal 'signum' registered by register()." },
    { "_sigsegv", fh_sigsegv, 0, "Raise a SIGSEGV signal." },
    { "_sigabrt", fh_sigabrt, FT_METH_NOARGS, "Raise a SIGABRT signal." },
    { "_sigfpe", fh_sigfpe, FT_METH_NOARGS, "Raise a SIGFPE signal." },
    { NULL }
};

const ft_module_def ft_faulthandler_module_def = {
    .name = "faulthandler",
    .doc = "faulthandler module.",
    .methods = fh_methods,
    .gil_safe = true,
};
