/* subprocessmodule.c -- _posixsubprocess: the fork + exec step under subprocess.Popen.
 *
 * fork_exec(argv, executables, envp, cwd, p2cread, c2pwrite, errwrite,
 *           errpipe_write, close_fds, pass_fds, restore_signals,
 *           start_new_session[, attrs]) -> pid
 *
 *   argv          tuple of bytes: the child's argument vector
 *   executables   tuple of bytes: candidate paths, tried in order (the PATH
 *                 search is done by the caller, which knows the child's env)
 *   envp          tuple of b"KEY=VALUE", or None to inherit `environ`
 *   cwd           bytes or None
 *   p2cread, c2pwrite, errwrite   fds to install as 0/1/2, or -1 to inherit
 *   attrs         optional (process_group, umask, gid, uid, extra_groups):
 *                 ints, -1 = unchanged; extra_groups a tuple of ints or None
 *   errpipe_write the write end of a CLOEXEC pipe; on failure the child
 *                 writes b"<stage>:<errno>" to it (stage 0 = exec, 1 = chdir,
 *                 2 = fd setup) and exits 255; a successful exec closes it,
 *                 so the parent reads EOF.
 *
 * Invariants: everything the child needs (C strings, pointer arrays, the
 * sorted list of fds to keep, the fd limit) is prepared in the parent
 * before vfork(). The child calls only async-signal-safe system calls
 * (sigaction, sigprocmask, setsid, setpgid, setgroups, setregid, setreuid,
 * umask, dup2, fcntl, chdir, close/close_range, execve, write, _exit): no
 * allocation, no locks, no Python. Failures of the process-attribute and
 * fd steps are reported as stage 2. The pointer arrays are malloc()ed but
 * point into bytes objects that the caller's argument tuple keeps alive for
 * the whole call (the GC never moves objects); the extra_groups array is
 * GC memory held by this C frame. The child is made with vfork() (see
 * do_fork), detached through ft_blocking_call so a collection in another
 * thread never waits for it; under vfork the child shares the parent's
 * memory, so it writes nothing but its own stack, errno, and (when it
 * must move the error pipe above fd 2) a->errpipe and a->keep, which the
 * parent no longer reads once vfork returns. No module state.
 */
#include "core/ftcore.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

extern char **environ;

typedef struct {
    char **argv;
    char **execs;          /* NULL-terminated candidate paths */
    char **envp;           /* NULL = inherit environ */
    const char *cwd;       /* NULL = inherit */
    int p2cread, c2pwrite, errwrite, errpipe;
    int close_fds, restore_signals, start_new_session;
    long pgid, umask_, gid, uid;   /* -1 = leave alone */
    gid_t *groups;                 /* setgroups() list when ngroups >= 0 */
    int ngroups;
    int *keep;             /* sorted fds kept open when close_fds (pass_fds + errpipe) */
    int nkeep;
    int fd_limit;          /* highest fd the fallback close loop visits */
    pid_t pid;             /* result: child pid, or -1 with err */
    int err;
} fx_args;

/* ---- child side: async-signal-safe only ------------------------------------ */

static void child_report(int errpipe, int stage, int err) {
    char buf[32];
    int n = 0;
    buf[n++] = (char)('0' + stage);
    buf[n++] = ':';
    char digits[16];
    int nd = 0;
    unsigned u = (unsigned)err;
    do {
        digits[nd++] = (char)('0' + u % 10);
        u /= 10;
    } while (u && nd < 15);
    while (nd)
        buf[n++] = digits[--nd];
    ssize_t w;
    do {
        w = write(errpipe, buf, (size_t)n);
    } while (w < 0 && errno == EINTR);
    _exit(255);
}

static int child_clear_cloexec(int fd) {
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0)
        return -1;
    if (fl & FD_CLOEXEC)
        return fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC);
    return 0;
}

/* Close every fd >= 3 not in keep[] (sorted): close_range(2) per gap where
 * the kernel has it, else a loop bounded by the fd limit. */
static void child_close_range(int lo, int hi, int limit) {
    if (lo > hi)
        return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)lo, (unsigned)hi, 0u) == 0)
        return;
#endif
    if (hi > limit)
        hi = limit;
    for (int fd = lo; fd <= hi; fd++)
        close(fd);
}

static void child_close_fds(const int *keep, int nkeep, int limit) {
    int lo = 3;
    for (int i = 0; i < nkeep; i++) {
        if (keep[i] < lo)
            continue;
        child_close_range(lo, keep[i] - 1, limit);
        lo = keep[i] + 1;
    }
    child_close_range(lo, 0x7fffffff, limit);
}

static void child_exec(fx_args *a) {
    int p2cread = a->p2cread, c2pwrite = a->c2pwrite, errwrite = a->errwrite;
    sigset_t all;
    sigemptyset(&all);

    /* Under vfork the parent's handlers must never run in the child (they
     * would touch the shared memory): every signal is blocked until here,
     * and each caught signal goes back to its default before unblocking. */
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction cur;
        if (sigaction(sig, NULL, &cur) != 0)
            continue;
        bool caught = (cur.sa_flags & SA_SIGINFO) ? cur.sa_sigaction != NULL
                                                  : (cur.sa_handler != SIG_DFL && cur.sa_handler != SIG_IGN);
        if (caught) {
            struct sigaction dfl;
            memset(&dfl, 0, sizeof dfl);
            dfl.sa_handler = SIG_DFL;
            sigaction(sig, &dfl, NULL);
        }
    }

    if (a->restore_signals) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = SIG_DFL;
        sigaction(SIGPIPE, &sa, NULL);
#ifdef SIGXFSZ
        sigaction(SIGXFSZ, &sa, NULL);
#endif
    }
    /* Threads of the runtime may block signals; the new program starts clean. */
    sigprocmask(SIG_SETMASK, &all, NULL);

    if (a->start_new_session)
        setsid();
    if (a->pgid >= 0 && setpgid(0, (pid_t)a->pgid) < 0)
        child_report(a->errpipe, 2, errno);
    if (a->ngroups >= 0 && setgroups((size_t)a->ngroups, a->groups) < 0)
        child_report(a->errpipe, 2, errno);
    if (a->gid >= 0 && setregid((gid_t)a->gid, (gid_t)a->gid) < 0)
        child_report(a->errpipe, 2, errno);
    if (a->uid >= 0 && setreuid((uid_t)a->uid, (uid_t)a->uid) < 0)
        child_report(a->errpipe, 2, errno);
    if (a->umask_ >= 0)
        umask((mode_t)a->umask_);

    /* The error pipe must survive the installation of fds 0-2. The keep
     * list is this process's private copy after fork: update it in place. */
    if (a->errpipe < 3) {
        int old = a->errpipe, moved = fcntl(old, F_DUPFD_CLOEXEC, 3);
        if (moved < 0)
            _exit(255);
        a->errpipe = moved;
        for (int i = 0; i < a->nkeep; i++)
            if (a->keep[i] == old)
                a->keep[i] = moved;
        for (int i = 1; i < a->nkeep; i++)          /* insertion sort, no allocation */
            for (int j = i; j > 0 && a->keep[j - 1] > a->keep[j]; j--) {
                int t = a->keep[j];
                a->keep[j] = a->keep[j - 1];
                a->keep[j - 1] = t;
            }
    }

    /* Move fds out of the way of the standard slots they are not meant for,
     * so installing one does not clobber another. */
    if (c2pwrite == 0) {
        if ((c2pwrite = fcntl(c2pwrite, F_DUPFD_CLOEXEC, 3)) < 0)
            child_report(a->errpipe, 2, errno);
    }
    while (errwrite == 0 || errwrite == 1) {
        if ((errwrite = fcntl(errwrite, F_DUPFD_CLOEXEC, 3)) < 0)
            child_report(a->errpipe, 2, errno);
    }
    const int src[3] = { p2cread, c2pwrite, errwrite };
    for (int target = 0; target < 3; target++) {
        int fd = src[target];
        if (fd < 0)
            continue;
        if (fd == target) {
            if (child_clear_cloexec(fd) < 0)
                child_report(a->errpipe, 2, errno);
        } else if (dup2(fd, target) < 0) {
            child_report(a->errpipe, 2, errno);
        }
    }

    if (a->cwd && chdir(a->cwd) < 0)
        child_report(a->errpipe, 1, errno);

    for (int i = 0; i < a->nkeep; i++)
        if (a->keep[i] != a->errpipe && a->keep[i] > 2)
            child_clear_cloexec(a->keep[i]);
    if (a->close_fds)
        child_close_fds(a->keep, a->nkeep, a->fd_limit);

    char **envp = a->envp ? a->envp : environ;
    int saved = ENOENT;
    for (char **p = a->execs; *p; p++) {
        execve(*p, a->argv, envp);
        /* Keep the first error that says more than "not here". */
        if (errno != ENOENT && errno != ENOTDIR && saved == ENOENT)
            saved = errno;
    }
    child_report(a->errpipe, 0, saved);
}

/* vfork: the child borrows the parent's memory until execve, so the cost
 * does not grow with the heap (fork copies the page tables: ~50 ms for a
 * few hundred MB). Only this thread is suspended meanwhile. Signals stay
 * blocked across the call so no handler can run in the child. */
static void *do_fork(void *arg) {
    fx_args *a = arg;
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pid_t pid = vfork();
    if (pid == 0)
        child_exec(a);   /* never returns */
    int err = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    a->pid = pid;
    a->err = pid < 0 ? err : 0;
    return NULL;
}

/* ---- parent side ------------------------------------------------------------ */

/* A NULL-terminated char* array over a tuple of bytes. */
static char **bytes_array(ft_obj *seq, const char *what) {
    if (!ft_tuple_check(seq)) {
        ft_err_format(ft_exc_TypeError, "fork_exec: %s must be a tuple of bytes", what);
        return NULL;
    }
    ft_ssize n = ft_tuple_size(seq);
    char **arr = malloc(sizeof(char *) * (size_t)(n + 1));
    if (!arr) {
        ft_err_no_memory();
        return NULL;
    }
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *b = ft_tuple_get(seq, i);
        if (!ft_bytes_check(b)) {
            free(arr);
            ft_err_format(ft_exc_TypeError, "fork_exec: %s must be a tuple of bytes", what);
            return NULL;
        }
        if (strlen(ft_bytes_data(b)) != (size_t)ft_bytes_size(b)) {
            free(arr);
            ft_err_format(ft_exc_ValueError, "embedded null byte");
            return NULL;
        }
        arr[i] = (char *)ft_bytes_data(b);
    }
    arr[n] = NULL;
    return arr;
}

static int get_fd(ft_obj *o, int *out) {
    int64_t v = ft_int_as_i64(o);
    if (v == -1 && ft_err_occurred())
        return -1;
    if (v < -1 || v > 0x7fffffff) {
        ft_err_format(ft_exc_ValueError, "fork_exec: bad file descriptor %lld", (long long)v);
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int cmp_int(const void *x, const void *y) {
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

static ft_obj *sp_fork_exec(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("fork_exec", nargs, kwnames, 12, 13) < 0)
        return NULL;
    fx_args a;
    memset(&a, 0, sizeof a);
    a.pgid = a.umask_ = a.gid = a.uid = -1;
    a.ngroups = -1;
    gid_t *groups = NULL;
    if (nargs == 13 && args[12] != ft_None) {
        /* (process_group, umask, gid, uid, extra_groups or None) */
        ft_obj *x = args[12];
        if (!ft_tuple_check(x) || ft_tuple_size(x) != 5)
            return ft_err_format(ft_exc_TypeError, "fork_exec: process attributes must be a 5-tuple");
        long *dst[4] = { &a.pgid, &a.umask_, &a.gid, &a.uid };
        for (int i = 0; i < 4; i++) {
            int64_t v = ft_int_as_i64(ft_tuple_get(x, i));
            if (v == -1 && ft_err_occurred())
                return NULL;
            if (v < -1 || v > 0x7fffffff)
                return ft_err_format(ft_exc_ValueError, "fork_exec: process attribute out of range");
            *dst[i] = (long)v;
        }
        ft_obj *g = ft_tuple_get(x, 4);
        if (g != ft_None) {
            if (!ft_tuple_check(g) || ft_tuple_size(g) > 65536)
                return ft_err_format(ft_exc_TypeError, "fork_exec: extra_groups must be a tuple of ints");
            ft_ssize n = ft_tuple_size(g);
            /* GC memory (no pointers inside): alive while this frame holds it. */
            groups = ft_gc_alloc(sizeof(gid_t) * (size_t)(n + 1), FT_GC_ATOMIC);
            if (!groups)
                return NULL;
            for (ft_ssize i = 0; i < n; i++) {
                int64_t v = ft_int_as_i64(ft_tuple_get(g, i));
                if ((v == -1 && ft_err_occurred()) || v < 0 || v > 0x7fffffff) {
                    if (!ft_err_occurred())
                        ft_err_format(ft_exc_ValueError, "fork_exec: group id out of range");
                    return NULL;
                }
                groups[i] = (gid_t)v;
            }
            a.groups = groups;
            a.ngroups = (int)n;
        }
    }
    if (get_fd(args[4], &a.p2cread) < 0 || get_fd(args[5], &a.c2pwrite) < 0 ||
        get_fd(args[6], &a.errwrite) < 0 || get_fd(args[7], &a.errpipe) < 0)
        return NULL;
    if (a.errpipe < 0)
        return ft_err_format(ft_exc_ValueError, "fork_exec: errpipe_write must be a valid fd");
    if ((a.close_fds = ft_is_true(args[8])) < 0 || (a.restore_signals = ft_is_true(args[10])) < 0 ||
        (a.start_new_session = ft_is_true(args[11])) < 0)
        return NULL;
    ft_obj *cwd = args[3];
    if (cwd != ft_None) {
        if (!ft_bytes_check(cwd))
            return ft_err_format(ft_exc_TypeError, "fork_exec: cwd must be bytes or None");
        if (strlen(ft_bytes_data(cwd)) != (size_t)ft_bytes_size(cwd))
            return ft_err_format(ft_exc_ValueError, "embedded null byte");
        a.cwd = ft_bytes_data(cwd);
    }
    ft_obj *pass = args[9];
    if (!ft_tuple_check(pass))
        return ft_err_format(ft_exc_TypeError, "fork_exec: pass_fds must be a tuple");
    ft_ssize npass = ft_tuple_size(pass);
    if (npass > 65536)
        return ft_err_format(ft_exc_ValueError, "fork_exec: too many pass_fds");
    int *keep = malloc(sizeof(int) * (size_t)(npass + 1));
    if (!keep)
        return ft_err_no_memory();
    for (ft_ssize i = 0; i < npass; i++) {
        if (get_fd(ft_tuple_get(pass, i), &keep[i]) < 0) {
            free(keep);
            return NULL;
        }
    }
    keep[npass] = a.errpipe;
    a.keep = keep;
    a.nkeep = (int)npass + 1;
    long maxfd = sysconf(_SC_OPEN_MAX);
    if (maxfd < 256)
        maxfd = 256;
    a.fd_limit = maxfd > 1048576 ? 1048575 : (int)maxfd - 1;
    qsort(keep, (size_t)a.nkeep, sizeof(int), cmp_int);

    ft_obj *result = NULL;
    a.argv = bytes_array(args[0], "argv");
    a.execs = a.argv ? bytes_array(args[1], "executables") : NULL;
    if (a.execs && args[2] != ft_None)
        a.envp = bytes_array(args[2], "env");
    if (a.argv && a.execs && (args[2] == ft_None || a.envp)) {
        if (!a.argv[0]) {
            ft_err_format(ft_exc_ValueError, "fork_exec: argv must not be empty");
        } else if (!a.execs[0]) {
            ft_err_format(ft_exc_ValueError, "fork_exec: no executable to try");
        } else {
            ft_blocking_call(do_fork, &a);
            if (a.pid < 0) {
                errno = a.err;
                ft_err_from_errno(ft_exc_OSError, NULL);
            } else {
                result = ft_int_from_i64(a.pid);
            }
        }
    }
    free(a.argv);
    free(a.execs);
    free(a.envp);
    free(keep);
    return result;
}

static const ft_method_def sp_methods[] = {
    { "fork_exec", sp_fork_exec, 0,
      "fork_exec(argv, executables, envp, cwd, p2cread, c2pwrite, errwrite, errpipe_write,\n"
      "          close_fds, pass_fds, restore_signals, start_new_session) -> pid" },
    { NULL }
};

const ft_module_def ft__posixsubprocess_module_def = {
    .name = "_posixsubprocess",
    .doc = "fork + exec of a child process for the subprocess module.",
    .methods = sp_methods,
    .gil_safe = true,
};
