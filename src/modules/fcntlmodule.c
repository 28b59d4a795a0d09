/* fcntlmodule.c -- the fcntl module: fcntl, ioctl, flock, lockf and the
 * F_* / LOCK_* / FD_* constants of <fcntl.h> / <sys/file.h>.
 *
 * Stateless. Calls that can block (F_SETLKW, a blocking flock or lockf, any
 * ioctl) run detached through ft_blocking_call, so a thread waiting for a
 * lock never stalls a collection; EINTR runs pending signal handlers and
 * retries unless one raised (PEP 475). Buffer arguments are copied into a
 * 1024-byte C buffer (as CPython) before the call, and the result is copied
 * back out, so no object memory is touched while detached. A mutable
 * buffer passed to ioctl with mutate_flag is updated after the call.
 */
#include "core/ftcore.h"
#include "modules/signals.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <linux/fs.h>
#include <unistd.h>

#define ARG_MAX_BUF 1024

/* fd from an int or an object with fileno(), as CPython's fildes converter. */
static int fd_of(ft_obj *o, int *out) {
    ft_obj *v = o;
    if (!ft_type_is_subtype(ft_type_of(o), &ft_int_type)) {
        ft_obj *meth = ft_getattr_opt(o, ft_str_intern_cstr("fileno"));
        if (!meth) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = ft_call0(meth);
        if (!v)
            return -1;
        if (!ft_type_is_subtype(ft_type_of(v), &ft_int_type)) {
            ft_err_set_str(ft_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t fd = ft_int_as_i64(v);
    if (fd == -1 && ft_err_occurred())
        return -1;
    if (fd < 0) {
        ft_err_format(ft_exc_ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)fd);
        return -1;
    }
    if (fd > INT_MAX) {
        ft_err_set_str(ft_exc_OverflowError, "fd is greater than maximum");
        return -1;
    }
    *out = (int)fd;
    return 0;
}

static int int_of(ft_obj *o, long *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v = ft_int_as_i64(i);
    if (v == -1 && ft_err_occurred())
        return -1;
    *out = (long)v;
    return 0;
}

static int cint_of(ft_obj *o, int *out, bool is_unsigned_ok) {
    long v;
    if (int_of(o, &v) < 0)
        return -1;
    if (v > (is_unsigned_ok ? (long)UINT_MAX : (long)INT_MAX) || v < INT_MIN) {
        ft_err_set_str(ft_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- the blocking call --------------------------------------------------------------- */

enum { OP_FCNTL_INT, OP_FCNTL_PTR, OP_IOCTL_INT, OP_IOCTL_PTR, OP_FLOCK, OP_LOCKF };

typedef struct {
    int op, fd, cmd;
    unsigned long req;
    long iarg;
    void *parg;
    int r, err;
} sys_call;

static void *do_call(void *a) {
    sys_call *c = a;
    switch (c->op) {
    case OP_FCNTL_INT: c->r = fcntl(c->fd, c->cmd, c->iarg); break;
    case OP_FCNTL_PTR: c->r = fcntl(c->fd, c->cmd, c->parg); break;
    case OP_IOCTL_INT: c->r = ioctl(c->fd, c->req, c->iarg); break;
    case OP_IOCTL_PTR: c->r = ioctl(c->fd, c->req, c->parg); break;
    case OP_FLOCK: c->r = flock(c->fd, c->cmd); break;
    default: c->r = fcntl(c->fd, c->cmd, c->parg); break;
    }
    c->err = c->r < 0 ? errno : 0;
    return NULL;
}

/* Runs the call (detached), retrying on EINTR; -1 with OSError set on failure. */
static int run(sys_call *c) {
    for (;;) {
        ft_blocking_call(do_call, c);
        if (c->r >= 0)
            return c->r;
        if (c->err != EINTR) {
            errno = c->err;
            ft_err_from_errno(ft_exc_OSError, NULL);
            return -1;
        }
        if (ft_signals_check() < 0)
            return -1;
    }
}

/* ---- fcntl ------------------------------------------------------------------------------ */

static ft_obj *f_fcntl(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "fcntl() takes no keyword arguments");
    if (nargs < 2)
        return ft_err_format(ft_exc_TypeError, "fcntl expected at least 2 arguments, got %d", (int)nargs);
    if (nargs > 3)
        return ft_err_format(ft_exc_TypeError, "fcntl expected at most 3 arguments, got %d", (int)nargs);
    sys_call c = { 0 };
    if (fd_of(args[0], &c.fd) < 0 || cint_of(args[1], &c.cmd, false) < 0)
        return NULL;
    if (nargs == 3 && !ft_type_is_subtype(ft_type_of(args[2]), &ft_int_type) &&
        (ft_str_check(args[2]) || !ft_lookup_special(args[2], ft_id(__index__)))) {
        if (ft_err_occurred())
            return NULL;
        /* a str is encoded as UTF-8 (CPython's "s#" accepts it too) */
        const char *data;
        ft_ssize len;
        ft_buffer view = { 0 };
        if (ft_str_check(args[2])) {
            data = ft_str_utf8(args[2]);
            len = FT_STR(args[2])->nbytes;
        } else {
            if (ft_get_buffer(args[2], &view) < 0) {
                ft_err_clear();
                return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                     ft_type_name(ft_type_of(args[2])));
            }
            data = view.buf;
            len = view.len;
        }
        if (len > ARG_MAX_BUF) {
            if (view.obj)
                ft_release_buffer(&view);
            return ft_err_format(ft_exc_ValueError, "fcntl string arg too long");
        }
        char buf[ARG_MAX_BUF + 1];
        memcpy(buf, data, (size_t)len);
        if (view.obj)
            ft_release_buffer(&view);
        c.op = OP_FCNTL_PTR;
        c.parg = buf;
        if (run(&c) < 0)
            return NULL;
        return ft_bytes_new(buf, len);
    }
    long arg = 0;
    if (nargs == 3 && int_of(args[2], &arg) < 0)
        return NULL;
    c.op = OP_FCNTL_INT;
    c.iarg = arg;
    int r = run(&c);
    return r < 0 ? NULL : ft_int_from_i64(r);
}

/* ---- ioctl ------------------------------------------------------------------------------ */

static ft_obj *f_ioctl(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "", "", "", "", NULL };
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "ioctl() takes no keyword arguments");
    (void)names;
    if (nargs < 2)
        return ft_err_format(ft_exc_TypeError, "ioctl expected at least 2 arguments, got %d", (int)nargs);
    if (nargs > 4)
        return ft_err_format(ft_exc_TypeError, "ioctl expected at most 4 arguments, got %d", (int)nargs);
    sys_call c = { 0 };
    if (fd_of(args[0], &c.fd) < 0)
        return NULL;
    long req;
    if (int_of(args[1], &req) < 0)
        return NULL;
    c.req = (unsigned long)(unsigned int)req;
    int mutate = 1;
    if (nargs == 4 && (mutate = ft_is_true(args[3])) < 0)
        return NULL;
    if (nargs >= 3 && !ft_type_is_subtype(ft_type_of(args[2]), &ft_int_type)) {
        ft_buffer view = { 0 };
        const char *data;
        ft_ssize len;
        if (ft_str_check(args[2])) {
            data = ft_str_utf8(args[2]);
            len = FT_STR(args[2])->nbytes;
        } else {
            if (ft_get_buffer(args[2], &view) < 0) {
                ft_err_clear();
                return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                     ft_type_name(ft_type_of(args[2])));
            }
            data = view.buf;
            len = view.len;
        }
        bool writable = view.obj && !view.readonly && mutate;
        if (!writable && len > ARG_MAX_BUF) {
            if (view.obj)
                ft_release_buffer(&view);
            return ft_err_format(ft_exc_ValueError, "ioctl string arg too long");
        }
        /* A large writable buffer is passed as is (CPython does too); the
         * caller's object must then stay alive: view.obj holds it. */
        char small[ARG_MAX_BUF + 1];
        char *target = small;
        if (writable && len > ARG_MAX_BUF)
            target = (char *)view.buf;
        else
            memcpy(small, data, (size_t)len);
        c.op = OP_IOCTL_PTR;
        c.parg = target;
        int r = run(&c);
        if (r < 0) {
            if (view.obj)
                ft_release_buffer(&view);
            return NULL;
        }
        if (writable) {
            if (target == small)
                memcpy((char *)view.buf, small, (size_t)len);
            ft_release_buffer(&view);
            return ft_int_from_i64(r);
        }
        if (view.obj)
            ft_release_buffer(&view);
        return ft_bytes_new(small, len);
    }
    long arg = 0;
    if (nargs >= 3 && int_of(args[2], &arg) < 0)
        return NULL;
    c.op = OP_IOCTL_INT;
    c.iarg = arg;
    int r = run(&c);
    return r < 0 ? NULL : ft_int_from_i64(r);
}

/* ---- flock / lockf -------------------------------------------------------------------- */

static ft_obj *f_flock(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("flock", nargs, kwnames, 2, 2) < 0)
        return NULL;
    sys_call c = { .op = OP_FLOCK };
    if (fd_of(args[0], &c.fd) < 0 || cint_of(args[1], &c.cmd, false) < 0)
        return NULL;
    return run(&c) < 0 ? NULL : ft_None;
}

static ft_obj *f_lockf(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "lockf() takes no keyword arguments");
    if (nargs < 2)
        return ft_err_format(ft_exc_TypeError, "lockf expected at least 2 arguments, got %d", (int)nargs);
    if (nargs > 5)
        return ft_err_format(ft_exc_TypeError, "lockf expected at most 5 arguments, got %d", (int)nargs);
    sys_call c = { .op = OP_LOCKF };
    int code;
    long len = 0, start = 0;
    int whence = 0;
    if (fd_of(args[0], &c.fd) < 0 || cint_of(args[1], &code, false) < 0)
        return NULL;
    if (nargs > 2 && int_of(args[2], &len) < 0)
        return NULL;
    if (nargs > 3 && int_of(args[3], &start) < 0)
        return NULL;
    if (nargs > 4 && cint_of(args[4], &whence, false) < 0)
        return NULL;
    struct flock l;
    memset(&l, 0, sizeof l);
    if (code == LOCK_UN)
        l.l_type = F_UNLCK;
    else if (code & LOCK_SH)
        l.l_type = F_RDLCK;
    else if (code & LOCK_EX)
        l.l_type = F_WRLCK;
    else
        return ft_err_format(ft_exc_ValueError, "unrecognized lockf argument");
    l.l_start = start;
    l.l_len = len;
    l.l_whence = (short)whence;
    c.cmd = (code & LOCK_NB) ? F_SETLK : F_SETLKW;
    c.parg = &l;
    return run(&c) < 0 ? NULL : ft_None;
}

static const ft_method_def fcntl_methods[] = {
    { "fcntl", f_fcntl, FT_METH_KEYWORDS, "Perform the operation cmd on file descriptor fd." },
    { "ioctl", f_ioctl, FT_METH_KEYWORDS, "Perform the operation request on file descriptor fd." },
    { "flock", f_flock, 0, "Perform the lock operation on file descriptor fd." },
    { "lockf", f_lockf, FT_METH_KEYWORDS, "A wrapper around the fcntl() locking calls." },
    { NULL }
};

static int fcntl_exec(ft_obj *m) {
#define C(n) { #n, (int64_t)(n) }
    static const struct { const char *name; int64_t v; } consts[] = {
        C(LOCK_SH), C(LOCK_EX), C(LOCK_NB), C(LOCK_UN),
#ifdef LOCK_MAND
        C(LOCK_MAND), C(LOCK_READ), C(LOCK_WRITE), C(LOCK_RW),
#endif
        C(F_DUPFD), C(F_DUPFD_CLOEXEC), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL),
        C(F_GETLK), C(F_SETLK), C(F_SETLKW), C(F_GETOWN), C(F_SETOWN), C(F_GETSIG), C(F_SETSIG),
        C(F_RDLCK), C(F_WRLCK), C(F_UNLCK), C(FD_CLOEXEC), C(FASYNC),
        { "F_GETLK64", F_GETLK64 }, { "F_SETLK64", F_SETLK64 }, { "F_SETLKW64", F_SETLKW64 },
        { "F_EXLCK", 4 }, { "F_SHLCK", 8 },
#ifdef F_GETLEASE
        C(F_GETLEASE), C(F_SETLEASE), C(F_NOTIFY),
        C(DN_ACCESS), C(DN_MODIFY), C(DN_CREATE), C(DN_DELETE), C(DN_RENAME), C(DN_ATTRIB),
        C(DN_MULTISHOT),
#endif
#ifdef F_GETPIPE_SZ
        C(F_GETPIPE_SZ), C(F_SETPIPE_SZ),
#endif
#ifdef F_OFD_GETLK
        C(F_OFD_GETLK), C(F_OFD_SETLK), C(F_OFD_SETLKW),
#endif
#ifdef F_ADD_SEALS
        C(F_ADD_SEALS), C(F_GET_SEALS), C(F_SEAL_SEAL), C(F_SEAL_SHRINK), C(F_SEAL_GROW),
        C(F_SEAL_WRITE),
#endif
#ifdef F_SEAL_FUTURE_WRITE
        C(F_SEAL_FUTURE_WRITE),
#endif
#ifdef F_GETOWN_EX
        C(F_GETOWN_EX), C(F_SETOWN_EX), C(F_OWNER_TID), C(F_OWNER_PID), C(F_OWNER_PGRP),
#endif
#ifdef F_GET_RW_HINT
        C(F_GET_RW_HINT), C(F_SET_RW_HINT), C(F_GET_FILE_RW_HINT), C(F_SET_FILE_RW_HINT),
        C(RWH_WRITE_LIFE_NOT_SET), C(RWH_WRITE_LIFE_NONE), C(RWH_WRITE_LIFE_SHORT),
        C(RWH_WRITE_LIFE_MEDIUM), C(RWH_WRITE_LIFE_LONG), C(RWH_WRITE_LIFE_EXTREME),
#endif
#ifdef FICLONE
        C(FICLONE), C(FICLONERANGE),
#endif
    };
#undef C
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (ft_module_add_int(m, consts[i].name, consts[i].v) < 0)
            return -1;
    return 0;
}

const ft_module_def ft_fcntl_module_def = {
    .name = "fcntl",
    .doc = "This module performs file control and I/O control on file\n"
           "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
           "routines.  File descriptors can be obtained with the fileno() method of\n"
           "a file or socket object.",
    .methods = fcntl_methods,
    .exec = fcntl_exec,
    .gil_safe = true,
};
