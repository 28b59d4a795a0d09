/* signalmodule.c -- the _signal module and the runtime's signal delivery.
 *
 * DELIVERY. Signals are a process-wide resource, so the state here is
 * process-wide (file-scope), with these owners:
 *  - tripped[] / any_tripped: written by the C-level handler (any OS thread,
 *    async-signal context: only lock-free atomic stores), cleared by the
 *    main thread when it runs the Python handlers.
 *  - handlers[]: the Python-level handler objects. Written and read only by
 *    the main thread of the main interpreter (signal.signal() enforces it,
 *    as CPython does), so they need no lock; the array is a GC root.
 *  - main_ts: the ft_thread that runs Python handlers; set once at start-up
 *    and cleared at finalisation. The C handler reads it atomically to set
 *    FT_BREAK_SIGNALS on that thread's eval_breaker.
 *  - wakeup_fd: set_wakeup_fd(); the C handler writes the signal number to it.
 *
 * The C handler never runs Python code. The main thread runs the handlers
 * at its next eval-loop safepoint (ft_signals_run_pending from eval.c), or
 * right away from a blocking call (sleep, lock acquire) that was
 * interrupted with EINTR: such calls call ft_signals_check() and either
 * propagate the handler's exception or resume waiting (PEP 475).
 */
#include "core/ftcore.h"
#include "modules/signals.h"
#include "modules/import.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#ifndef NSIG
#define NSIG 65
#endif

static _Atomic int tripped[NSIG];
static _Atomic int any_tripped;
static ft_obj *handlers[NSIG];          /* main thread only; GC root */
static ft_thread *_Atomic main_ts;
static _Atomic int wakeup_fd = -1;
static _Atomic int wakeup_warn = 1;
static ft_obj *default_int_handler_obj; /* GC root (registered with handlers) */
static ft_obj *sig_dfl_obj, *sig_ign_obj;
static pthread_once_t roots_once = PTHREAD_ONCE_INIT;

static void register_roots(void) {
    ft_gc_add_root(handlers, sizeof handlers);
    ft_gc_add_root(&default_int_handler_obj, sizeof default_int_handler_obj);
    ft_gc_add_root(&sig_dfl_obj, sizeof sig_dfl_obj);
    ft_gc_add_root(&sig_ign_obj, sizeof sig_ign_obj);
}

static void c_signal_handler(int sig) {
    int saved_errno = errno;
    if (sig > 0 && sig < NSIG) {
        atomic_store(&tripped[sig], 1);
        atomic_store(&any_tripped, 1);
        ft_thread *ts = atomic_load(&main_ts);
        if (ts)
            atomic_fetch_or(&ts->eval_breaker, FT_BREAK_SIGNALS);
        int fd = atomic_load(&wakeup_fd);
        if (fd >= 0) {
            unsigned char b = (unsigned char)sig;
            ssize_t r = write(fd, &b, 1);
            (void)r;
        }
    }
    errno = saved_errno;
}

bool ft_signals_tripped(void) {
    return atomic_load_explicit(&any_tripped, memory_order_relaxed) != 0;
}

static bool is_main_thread(void) {
    ft_thread *ts = ft_current_thread;
    return ts && ts == atomic_load(&main_ts);
}

int ft_signals_check(void) {
    if (!atomic_load(&any_tripped) || !is_main_thread())
        return 0;
    ft_thread *ts = ft_current_thread;
    atomic_fetch_and(&ts->eval_breaker, ~FT_BREAK_SIGNALS);
    atomic_store(&any_tripped, 0);
    for (int sig = 1; sig < NSIG; sig++) {
        if (!atomic_load(&tripped[sig]))
            continue;
        atomic_store(&tripped[sig], 0);
        ft_obj *h = handlers[sig];
        if (!h || h == sig_dfl_obj || h == sig_ign_obj || !ft_callable(h))
            continue;
        ft_obj *frame = ft_None;
        ft_obj *getframe = ft_dict_get_cstr(ts->interp->sys_dict, "_getframe");
        if (getframe) {
            frame = ft_call0(getframe);
            if (!frame) {
                ft_err_clear();
                frame = ft_None;
            }
        }
        ft_obj *r = ft_call2(h, ft_int_from_i64(sig), frame);
        if (!r) {
            /* The remaining signals run at the next check. */
            for (int s = sig + 1; s < NSIG; s++)
                if (atomic_load(&tripped[s])) {
                    atomic_store(&any_tripped, 1);
                    atomic_fetch_or(&ts->eval_breaker, FT_BREAK_SIGNALS);
                    break;
                }
            return -1;
        }
    }
    return 0;
}

void ft_signals_run_pending(ft_thread *ts) {
    if (ts != atomic_load(&main_ts)) {
        atomic_fetch_and(&ts->eval_breaker, ~FT_BREAK_SIGNALS);
        return;
    }
    if (ts->cur_exc)
        return;   /* an exception is already propagating; keep the bit */
    (void)ft_signals_check();
}

/* ---- installing C handlers ----------------------------------------------------- */

static int install_c_handler(int sig, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: blocking calls must return EINTR so the main thread
     * can run the Python handler (they retry themselves, PEP 475). */
    sa.sa_flags = SA_ONSTACK;
    return sigaction(sig, &sa, NULL);
}

/* Start-up, main interpreter: ignore SIGPIPE and SIGXFSZ (errors become
 * BrokenPipeError / OSError, as CPython), route SIGINT to
 * default_int_handler unless the parent made us ignore it. */
int ft_signals_init_main(void) {
    pthread_once(&roots_once, register_roots);
    atomic_store(&main_ts, ft_current_thread);
    signal(SIGPIPE, SIG_IGN);
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_IGN);
#endif
    ft_obj *m = ft_import_module_cstr("_signal");
    if (!m)
        return -1;
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        if (install_c_handler(SIGINT, c_signal_handler) == 0)
            handlers[SIGINT] = default_int_handler_obj;
    }
    return 0;
}

void ft_signals_fini(void) {
    atomic_store(&main_ts, NULL);
}

/* ---- the Python API ---------------------------------------------------------- */

static int signum_arg(ft_obj *o, int *out) {
    int64_t v = ft_int_as_i64(o);
    if (v == -1 && ft_err_occurred())
        return -1;
    if (v < 1 || v >= NSIG) {
        ft_err_set_str(ft_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static ft_obj *handler_for(int sig) {
    if (handlers[sig])
        return handlers[sig];
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0)
        return ft_None;
    if (old.sa_handler == SIG_DFL)
        return sig_dfl_obj;
    if (old.sa_handler == SIG_IGN)
        return sig_ign_obj;
    return ft_None;   /* installed by foreign C code */
}

static ft_obj *sig_signal(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("signal", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    if (!is_main_thread() || ft_interp_current() != ft_rt->main_interp) {
        ft_err_set_str(ft_exc_ValueError, "signal only works in main thread of the main interpreter");
        return NULL;
    }
    ft_obj *h = args[1];
    void (*fn)(int);
    if (h == sig_ign_obj || (ft_int_check(h) && ft_int_as_i64(h) == (int64_t)(intptr_t)SIG_IGN))
        fn = SIG_IGN, h = sig_ign_obj;
    else if (h == sig_dfl_obj || (ft_int_check(h) && ft_int_as_i64(h) == (int64_t)(intptr_t)SIG_DFL))
        fn = SIG_DFL, h = sig_dfl_obj;
    else if (ft_callable(h))
        fn = c_signal_handler;
    else {
        ft_err_set_str(ft_exc_TypeError,
                       "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return NULL;
    }
    if (sig == SIGKILL || sig == SIGSTOP) {
        errno = EINVAL;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    ft_obj *old = handler_for(sig);
    if (install_c_handler(sig, fn) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    handlers[sig] = h;
    return old;
}

static ft_obj *sig_getsignal(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getsignal", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    return handler_for(sig);
}

static ft_obj *sig_default_int_handler(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_err_set_none(ft_exc_KeyboardInterrupt);
    return NULL;
}

static ft_obj *sig_raise_signal(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("raise_signal", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    if (raise(sig) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    if (ft_signals_check() < 0)
        return NULL;
    return ft_None;
}

static ft_obj *sig_strsignal(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("strsignal", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    const char *s = sigdescr_np(sig);
    if (!s)
        return ft_None;
    return ft_str_from_cstr(s);
}

static ft_obj *sigset_to_set(const sigset_t *set) {
    ft_obj *r = ft_set_new(NULL);
    if (!r)
        return NULL;
    for (int sig = 1; sig < NSIG; sig++)
        if (sigismember(set, sig) == 1 && ft_set_add(r, ft_int_from_i64(sig)) < 0)
            return NULL;
    return r;
}

static int iterable_to_sigset(ft_obj *o, sigset_t *set) {
    sigemptyset(set);
    ft_obj *it = ft_iter(o);
    if (!it)
        return -1;
    ft_obj *item;
    while ((item = ft_iter_next(it)) != NULL) {
        int sig;
        int64_t v = ft_int_as_i64(item);
        if (v == -1 && ft_err_occurred())
            return -1;
        if (v < 1 || v >= NSIG) {
            ft_err_format(ft_exc_ValueError, "signal number %lld out of range [1; %d]", (long long)v, NSIG - 1);
            return -1;
        }
        sig = (int)v;
        sigaddset(set, sig);
    }
    return ft_err_occurred() ? -1 : 0;
}

static ft_obj *sig_valid_signals(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("valid_signals", nargs, kwnames, 0, 0) < 0)
        return NULL;
    sigset_t set;
    sigfillset(&set);
    return sigset_to_set(&set);
}

static ft_obj *sig_pthread_sigmask(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("pthread_sigmask", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t how = ft_int_as_i64(args[0]);
    if (how == -1 && ft_err_occurred())
        return NULL;
    sigset_t set, old;
    if (iterable_to_sigset(args[1], &set) < 0)
        return NULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) {
        errno = err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    if (ft_signals_check() < 0)
        return NULL;
    return sigset_to_set(&old);
}

static ft_obj *sig_sigpending(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    sigset_t set;
    if (sigpending(&set) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return sigset_to_set(&set);
}

typedef struct { sigset_t set; int sig; int err; } sigwait_req;

static void *do_sigwait(void *p) {
    sigwait_req *r = p;
    r->err = sigwait(&r->set, &r->sig);
    return NULL;
}

static ft_obj *sig_sigwait(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("sigwait", nargs, kwnames, 1, 1) < 0)
        return NULL;
    sigwait_req r;
    if (iterable_to_sigset(args[0], &r.set) < 0)
        return NULL;
    ft_blocking_call(do_sigwait, &r);
    if (r.err) {
        errno = r.err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    return ft_int_from_i64(r.sig);
}

static ft_obj *sig_pthread_kill(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("pthread_kill", nargs, kwnames, 2, 2) < 0)
        return NULL;
    uint64_t ident = (uint64_t)ft_int_as_i64(args[0]);
    int64_t sig = ft_int_as_i64(args[1]);
    if (ft_err_occurred())
        return NULL;
    /* threading.get_ident() values are ftpy's own thread numbers: find the
     * pthread that owns it. The list lock keeps it from exiting meanwhile. */
    int err = ESRCH;
    ft_threads_lock();
    for (ft_interp *in = ft_rt->interps; in; in = in->next)
        for (ft_thread *t = in->threads; t; t = t->next)
            if (t->ident == ident)
                err = pthread_kill(t->pthread, (int)sig);
    ft_threads_unlock();
    if (err) {
        errno = err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    if (ft_signals_check() < 0)
        return NULL;
    return ft_None;
}

static ft_obj *sig_alarm(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("alarm", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t secs = ft_int_as_i64(args[0]);
    if (secs == -1 && ft_err_occurred())
        return NULL;
    if (secs < 0 || secs > UINT32_MAX) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C unsigned int");
        return NULL;
    }
    return ft_int_from_i64(alarm((unsigned)secs));
}

static void *do_pause(void *unused) {
    (void)unused;
    pause();
    return NULL;
}

static ft_obj *sig_pause(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_blocking_call(do_pause, NULL);
    if (ft_signals_check() < 0)
        return NULL;
    return ft_None;
}

static ft_obj *sig_siginterrupt(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("siginterrupt", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0)
        return NULL;
    int flag = ft_is_true(args[1]);
    if (flag < 0)
        return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_None;
}

static ft_obj *sig_set_wakeup_fd(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "fd", "$warn_on_full_buffer", NULL };
    ft_obj *v[2];
    if (ft_parse_args("set_wakeup_fd", args, nargs, kwnames, names, 1, 1, v) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(v[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    if (!is_main_thread()) {
        ft_err_set_str(ft_exc_ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
        return NULL;
    }
    if (fd != -1) {
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0)
            return ft_err_from_errno(ft_exc_OSError, NULL);
        if (!(fl & O_NONBLOCK)) {
            ft_err_format(ft_exc_ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
            return NULL;
        }
    }
    if (v[1]) {
        int w = ft_is_true(v[1]);
        if (w < 0)
            return NULL;
        atomic_store(&wakeup_warn, w);
    }
    return ft_int_from_i64(atomic_exchange(&wakeup_fd, (int)fd));
}

static ft_obj *timeval_pair(const struct itimerval *v) {
    ft_obj *a = ft_float_new((double)v->it_value.tv_sec + v->it_value.tv_usec * 1e-6);
    ft_obj *b = ft_float_new((double)v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6);
    return (a && b) ? ft_tuple_pack(2, a, b) : NULL;
}

static void double_to_timeval(double d, struct timeval *tv) {
    double whole = floor(d);
    tv->tv_sec = (time_t)whole;
    tv->tv_usec = (suseconds_t)((d - whole) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0)
        tv->tv_usec = 1;   /* don't let a tiny timer mean "disarm" */
}

static ft_obj *itimer_error(void) {
    ft_obj *m = ft_import_module_cstr("_signal");
    ft_obj *cls = m ? ft_getattr_cstr(m, "ItimerError") : NULL;
    if (!cls)
        return NULL;
    int e = errno;
    ft_obj *exc = ft_call2(cls, ft_int_from_i64(e), ft_str_from_cstr(strerror(e)));
    if (exc)
        ft_err_set_exc(exc);
    return NULL;
}

static ft_obj *sig_setitimer(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("setitimer", nargs, kwnames, 2, 3) < 0)
        return NULL;
    int64_t which = ft_int_as_i64(args[0]);
    if (which == -1 && ft_err_occurred())
        return NULL;
    double secs = ft_float_as_double(args[1]);
    if (secs == -1.0 && ft_err_occurred())
        return NULL;
    double interval = 0;
    if (nargs > 2) {
        interval = ft_float_as_double(args[2]);
        if (interval == -1.0 && ft_err_occurred())
            return NULL;
    }
    struct itimerval nv, ov;
    double_to_timeval(secs, &nv.it_value);
    double_to_timeval(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &ov) != 0)
        return itimer_error();
    return timeval_pair(&ov);
}

static ft_obj *sig_getitimer(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getitimer", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t which = ft_int_as_i64(args[0]);
    if (which == -1 && ft_err_occurred())
        return NULL;
    struct itimerval ov;
    if (getitimer((int)which, &ov) != 0)
        return itimer_error();
    return timeval_pair(&ov);
}

static const ft_method_def signal_methods[] = {
    { "signal", sig_signal, 0, "Set the action for the given signal." },
    { "getsignal", sig_getsignal, 0, "Return the current action for the given signal." },
    { "default_int_handler", sig_default_int_handler, 0, "The default handler for SIGINT installed by Python." },
    { "raise_signal", sig_raise_signal, 0, "Send a signal to the executing process." },
    { "strsignal", sig_strsignal, 0, "Return the system description of the given signal." },
    { "valid_signals", sig_valid_signals, 0, "Return a set of valid signal numbers on this platform." },
    { "pthread_sigmask", sig_pthread_sigmask, 0, "Fetch and/or change the signal mask of the calling thread." },
    { "sigpending", sig_sigpending, FT_METH_NOARGS, "Examine pending signals." },
    { "sigwait", sig_sigwait, 0, "Wait for a signal." },
    { "pthread_kill", sig_pthread_kill, 0, "Send a signal to a thread." },
    { "alarm", sig_alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds." },
    { "pause", sig_pause, FT_METH_NOARGS, "Wait until a signal arrives." },
    { "siginterrupt", sig_siginterrupt, 0, "Change system call restart behaviour." },
    { "set_wakeup_fd", sig_set_wakeup_fd, FT_METH_KEYWORDS, "Sets the fd to be written to (with the signal number) when a signal comes in." },
    { "setitimer", sig_setitimer, 0, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)." },
    { "getitimer", sig_getitimer, 0, "Returns current value of given itimer." },
    { NULL }
};

static int signal_exec(ft_obj *m) {
    pthread_once(&roots_once, register_roots);
    if (!sig_dfl_obj) {
        sig_dfl_obj = ft_int_from_i64((int64_t)(intptr_t)SIG_DFL);
        sig_ign_obj = ft_int_from_i64((int64_t)(intptr_t)SIG_IGN);
    }
    ft_obj *dih = ft_getattr_cstr(m, "default_int_handler");
    if (!dih)
        return -1;
    /* The first _signal module (main interpreter) supplies the object that
     * getsignal(SIGINT) reports; later ones share the process handlers. */
    if (!default_int_handler_obj)
        default_int_handler_obj = dih;
    if (ft_module_add_object(m, "SIG_DFL", sig_dfl_obj) < 0 ||
        ft_module_add_object(m, "SIG_IGN", sig_ign_obj) < 0 ||
        ft_module_add_int(m, "NSIG", NSIG) < 0)
        return -1;
    static const struct { const char *n; int v; } consts[] = {
        { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT }, { "SIGILL", SIGILL },
        { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT }, { "SIGIOT", SIGIOT }, { "SIGBUS", SIGBUS },
        { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL }, { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV },
        { "SIGUSR2", SIGUSR2 }, { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
        { "SIGSTKFLT", SIGSTKFLT }, { "SIGCHLD", SIGCHLD }, { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP },
        { "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU }, { "SIGURG", SIGURG },
        { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ }, { "SIGVTALRM", SIGVTALRM }, { "SIGPROF", SIGPROF },
        { "SIGWINCH", SIGWINCH }, { "SIGIO", SIGIO }, { "SIGPOLL", SIGPOLL }, { "SIGPWR", SIGPWR },
        { "SIGSYS", SIGSYS },
        { "SIG_BLOCK", SIG_BLOCK }, { "SIG_UNBLOCK", SIG_UNBLOCK }, { "SIG_SETMASK", SIG_SETMASK },
        { "ITIMER_REAL", ITIMER_REAL }, { "ITIMER_VIRTUAL", ITIMER_VIRTUAL }, { "ITIMER_PROF", ITIMER_PROF },
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(consts); i++)
        if (ft_module_add_int(m, consts[i].n, consts[i].v) < 0)
            return -1;
    if (ft_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 || ft_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0)
        return -1;
    /* ItimerError is OSError under another name (CPython: a subclass). */
    ft_obj *bases = ft_tuple_pack(1, (ft_obj *)ft_exc_OSError);
    ft_obj *ns = ft_dict_new();
    if (!bases || !ns || ft_dict_set_cstr(ns, "__module__", ft_str_from_cstr("signal")) < 0)
        return -1;
    ft_obj *cls = ft_call3((ft_obj *)&ft_type_type, ft_str_from_cstr("ItimerError"), bases, ns);
    if (!cls || ft_module_add_object(m, "ItimerError", cls) < 0)
        return -1;
    return 0;
}

const ft_module_def ft__signal_module_def = {
    .name = "_signal",
    .doc = "This module provides mechanisms to use signal handlers in Python.",
    .methods = signal_methods,
    .exec = signal_exec,
    .gil_safe = true,
};
