/* selectmodule.c -- _select: the C half of the select module (lib/select.py).
 *
 *   _select.poll(fds, timeout_ms) -> [(fd, revents), ...]
 *       fds: tuple of (fd, events) pairs; timeout_ms < 0 waits forever.
 *   _select.select(rfds, wfds, xfds, timeout_s) -> (r, w, x)
 *       tuples of int fds; timeout_s None waits forever; returns the ready
 *       fds (the Python layer maps them back to the caller's objects).
 *
 * Both wait in poll(2) detached (ft_blocking_call) so a thread blocked here
 * never stalls a collection. An EINTR runs pending signal handlers and, if
 * they do not raise, retries with the remaining time (PEP 475). No module
 * state; the pollfd array is malloc()ed (it holds no object pointers).
 */
#include "core/ftcore.h"
#include "modules/signals.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

typedef struct { struct pollfd *p; nfds_t n; int timeout; int r; int err; } poll_call;

static void *do_poll(void *arg) {
    poll_call *c = arg;
    c->r = poll(c->p, c->n, c->timeout);
    c->err = c->r < 0 ? errno : 0;
    return NULL;
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

/* poll() with retry on EINTR; returns the count or -1 with an exception. */
static int poll_retry(struct pollfd *p, nfds_t n, double timeout_ms) {
    double deadline = timeout_ms >= 0 ? now_ms() + timeout_ms : 0;
    for (;;) {
        poll_call c = { p, n, -1, 0, 0 };
        if (timeout_ms >= 0) {
            double left = deadline - now_ms();
            if (left < 0)
                left = 0;
            c.timeout = left > 2147483647.0 ? 2147483647 : (int)ceil(left);
        }
        ft_blocking_call(do_poll, &c);
        if (c.r >= 0)
            return c.r;
        if (c.err != EINTR) {
            errno = c.err;
            ft_err_from_errno(ft_exc_OSError, NULL);
            return -1;
        }
        if (ft_signals_check() < 0)
            return -1;
    }
}

static int fd_of(ft_obj *o, int *out) {
    int64_t v = ft_int_as_i64(o);
    if (v == -1 && ft_err_occurred())
        return -1;
    if (v < 0 || v > 0x7fffffff) {
        ft_err_format(ft_exc_ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)v);
        return -1;
    }
    *out = (int)v;
    return 0;
}

static ft_obj *sel_poll(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("poll", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!ft_tuple_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "poll: fds must be a tuple");
    double timeout = ft_float_as_double(args[1]);
    if (timeout == -1.0 && ft_err_occurred())
        return NULL;
    ft_ssize n = ft_tuple_size(args[0]);
    if (n > 1 << 20)
        return ft_err_format(ft_exc_ValueError, "too many file descriptors");
    struct pollfd *p = calloc((size_t)n + 1, sizeof *p);
    if (!p)
        return ft_err_no_memory();
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *pair = ft_tuple_get(args[0], i);
        int fd;
        int64_t ev;
        if (!ft_tuple_check(pair) || ft_tuple_size(pair) != 2) {
            free(p);
            return ft_err_format(ft_exc_TypeError, "poll: expected (fd, events) pairs");
        }
        if (fd_of(ft_tuple_get(pair, 0), &fd) < 0 ||
            ((ev = ft_int_as_i64(ft_tuple_get(pair, 1))) == -1 && ft_err_occurred())) {
            free(p);
            return NULL;
        }
        p[i].fd = fd;
        p[i].events = (short)ev;
    }
    int r = poll_retry(p, (nfds_t)n, timeout);
    ft_obj *res = NULL;
    if (r >= 0) {
        res = ft_list_new(0);
        for (ft_ssize i = 0; res && i < n; i++) {
            if (!p[i].revents)
                continue;
            ft_obj *t = ft_tuple_pack(2, ft_int_from_i64(p[i].fd), ft_int_from_i64((uint16_t)p[i].revents));
            if (!t || ft_list_append(res, t) < 0)
                res = NULL;
        }
    }
    free(p);
    return res;
}

static ft_obj *sel_select(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("select", nargs, kwnames, 4, 4) < 0)
        return NULL;
    double timeout = -1;
    if (args[3] != ft_None) {
        timeout = ft_float_as_double(args[3]);
        if (timeout == -1.0 && ft_err_occurred())
            return NULL;
        if (timeout < 0)
            return ft_err_format(ft_exc_ValueError, "timeout must be non-negative");
        if (isnan(timeout))
            return ft_err_format(ft_exc_ValueError, "Invalid value NaN (not a number)");
        timeout *= 1000.0;
    }
    ft_ssize sizes[3], total = 0;
    for (int k = 0; k < 3; k++) {
        if (!ft_tuple_check(args[k]))
            return ft_err_format(ft_exc_TypeError, "select: arguments 1-3 must be tuples");
        sizes[k] = ft_tuple_size(args[k]);
        total += sizes[k];
    }
    if (total > 1 << 20)
        return ft_err_format(ft_exc_ValueError, "too many file descriptors in select()");
    struct pollfd *p = calloc((size_t)total + 1, sizeof *p);
    if (!p)
        return ft_err_no_memory();
    static const short evs[3] = { POLLIN, POLLOUT, POLLPRI };
    ft_ssize j = 0;
    for (int k = 0; k < 3; k++)
        for (ft_ssize i = 0; i < sizes[k]; i++, j++) {
            if (fd_of(ft_tuple_get(args[k], i), &p[j].fd) < 0) {
                free(p);
                return NULL;
            }
            p[j].events = evs[k];
        }
    int r = poll_retry(p, (nfds_t)total, timeout);
    ft_obj *out[3] = { NULL, NULL, NULL };
    ft_obj *res = NULL;
    if (r >= 0) {
        /* select() reports an fd in error (POLLERR/POLLHUP) as readable/writable
         * so the caller's next read/write sees the condition; POLLNVAL is EBADF. */
        j = 0;
        bool ok = true;
        for (int k = 0; k < 3 && ok; k++) {
            out[k] = ft_list_new(0);
            ok = out[k] != NULL;
            for (ft_ssize i = 0; ok && i < sizes[k]; i++, j++) {
                short rv = p[j].revents;
                if (rv & POLLNVAL) {
                    errno = EBADF;
                    ft_err_from_errno(ft_exc_OSError, NULL);
                    ok = false;
                    break;
                }
                short want = k == 0 ? (POLLIN | POLLHUP | POLLERR) : k == 1 ? (POLLOUT | POLLERR) : POLLPRI;
                if ((rv & want) && ft_list_append(out[k], ft_tuple_get(args[k], i)) < 0)
                    ok = false;
            }
        }
        if (ok)
            res = ft_tuple_pack(3, out[0], out[1], out[2]);
    }
    free(p);
    return res;
}

static const ft_method_def sel_methods[] = {
    { "poll", sel_poll, 0, "poll(fds, timeout_ms) -> [(fd, revents), ...]" },
    { "select", sel_select, 0, "select(rfds, wfds, xfds, timeout_s) -> (r, w, x)" },
    { NULL }
};

static int sel_exec(ft_obj *m) {
    static const struct { const char *n; int64_t v; } consts[] = {
        { "POLLIN", POLLIN }, { "POLLPRI", POLLPRI }, { "POLLOUT", POLLOUT },
        { "POLLERR", POLLERR }, { "POLLHUP", POLLHUP }, { "POLLNVAL", POLLNVAL },
#ifdef POLLRDNORM
        { "POLLRDNORM", POLLRDNORM }, { "POLLRDBAND", POLLRDBAND },
        { "POLLWRNORM", POLLWRNORM }, { "POLLWRBAND", POLLWRBAND },
#endif
#ifdef POLLRDHUP
        { "POLLRDHUP", POLLRDHUP },
#endif
        { "PIPE_BUF", 4096 },
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(consts); i++)
        if (ft_module_add_int(m, consts[i].n, consts[i].v) < 0)
            return -1;
    return 0;
}

const ft_module_def ft__select_module_def = {
    .name = "_select",
    .doc = "poll(2) for the select module.",
    .methods = sel_methods,
    .exec = sel_exec,
    .gil_safe = true,
};
