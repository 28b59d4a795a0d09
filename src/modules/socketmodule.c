/* socketmodule.c -- _socket: BSD sockets for the socket module (lib/socket.py).
 *
 * The socket type (_socket.socket, subclassed by socket.socket) holds a file
 * descriptor and its family/type/proto and timeout; besides the usual calls
 * it has sendmsg/recvmsg for ancillary data (SCM_RIGHTS fd passing). Module
 * functions cover name resolution (getaddrinfo, getnameinfo,
 * gethostbyname...), address conversions (inet_*, hton*), interfaces
 * (if_*), CMSG_LEN/CMSG_SPACE, socketpair, dup/close of raw fds, the default
 * timeout and the constants. Not provided: sethostname, recvmsg_into,
 * the Windows/BSD-only calls.
 *
 * BLOCKING. Every call that can wait (connect, accept, recv*, send*, and the
 * resolver) runs DETACHED through ft_blocking_call, so a thread blocked in
 * the kernel never delays a GC pause and never holds other threads up. The
 * detached part touches only C memory and the contents of objects its
 * caller keeps alive (the destination bytes of recv, the source buffer of
 * send). EINTR runs pending signal handlers (ft_signals_check) and retries
 * unless a handler raised (PEP 475), with the remaining time if a timeout
 * is set.
 *
 * TIMEOUTS follow CPython: timeout_ns < 0 is a blocking socket; 0 is a
 * non-blocking one (O_NONBLOCK, EAGAIN raises BlockingIOError); > 0 keeps
 * the fd in O_NONBLOCK mode and waits for readiness with poll(2) up to the
 * deadline before each attempt, raising TimeoutError("timed out").
 *
 * THREADS. A socket may be used from several threads at once, as in
 * CPython: `fd` and `timeout_ns` are atomics read once per operation;
 * close()/detach() swap fd to -1 atomically so only one caller closes it.
 * family/type/proto are written by __init__ only. The process-wide
 * default timeout is one atomic (setdefaulttimeout). The exception classes
 * gaierror/herror are per interpreter, kept in interp->module_state.
 * The finalizer closes a socket that becomes unreachable while open.
 */
#include "core/ftcore.h"
#include "modules/signals.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <net/if.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

typedef struct sockobj {
    ft_obj ob;
    _Atomic int fd;
    int family, type, proto;
    _Atomic int64_t timeout_ns;   /* -1 blocking, 0 non-blocking, > 0 timeout */
} sockobj;

typedef union {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage st;
} sockaddr_any;

extern ft_type ft_socket_type;

/* Process-wide default for new sockets; -1 = None. */
static _Atomic int64_t default_timeout_ns = -1;

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* ---- errors ------------------------------------------------------------- */

static ft_obj *raise_errno(int err) {
    errno = err;
    return ft_err_from_errno(ft_exc_OSError, NULL);
}

static ft_obj *module_exc(const char *key) {
    ft_interp *in = ft_interp_current();
    ft_obj *cls = in->module_state ? ft_dict_get_cstr(in->module_state, key) : NULL;
    return cls ? cls : (ft_obj *)ft_exc_OSError;
}

static ft_obj *raise_code_msg(const char *key, int code, const char *msg) {
    ft_obj *args[2] = { ft_int_from_i64(code), ft_str_from_cstr(msg) };
    if (!args[1])
        return NULL;
    ft_obj *e = ft_exc_new((ft_type *)module_exc(key), args, 2);
    if (e)
        ft_err_set_exc(e);
    return NULL;
}

static ft_obj *raise_gai(int err, int saved_errno) {
    if (err == EAI_SYSTEM)
        return raise_errno(saved_errno);
    return raise_code_msg("_socket.gaierror", err, gai_strerror(err));
}

static ft_obj *raise_timeout(void) {
    return ft_err_format(FT_EXC(TimeoutError), "timed out");
}

/* ---- detached helpers ---------------------------------------------------- */

typedef struct {
    const char *host, *port;
    struct addrinfo hints;
    struct addrinfo *res;
    int r, err;
} gai_call;

static void *do_gai(void *arg) {
    gai_call *c = arg;
    errno = 0;
    c->r = getaddrinfo(c->host, c->port, &c->hints, &c->res);
    c->err = errno;
    return NULL;
}

/* getaddrinfo detached; 0 with *res, or -1 with gaierror set. */
static int resolve(const char *host, const char *port, int family, int type, int proto, int flags,
                   struct addrinfo **res) {
    gai_call c;
    memset(&c, 0, sizeof c);
    c.host = host;
    c.port = port;
    c.hints.ai_family = family;
    c.hints.ai_socktype = type;
    c.hints.ai_protocol = proto;
    c.hints.ai_flags = flags;
    ft_blocking_call(do_gai, &c);
    if (c.r != 0) {
        raise_gai(c.r, c.err);
        return -1;
    }
    *res = c.res;
    return 0;
}

typedef struct { struct pollfd p; int timeout_ms; int r, err; } poll_call;

static void *do_poll(void *arg) {
    poll_call *c = arg;
    c->r = poll(&c->p, 1, c->timeout_ms);
    c->err = c->r < 0 ? errno : 0;
    return NULL;
}

/* Wait until fd is ready for `events` or the deadline (ns, monotonic; < 0
 * forever) passes. 1 ready, 0 timed out, -1 exception set. */
static int wait_ready(int fd, short events, int64_t deadline) {
    for (;;) {
        if (ft_signals_tripped() && ft_signals_check() < 0)
            return -1;
        poll_call c = { { fd, events, 0 }, -1, 0, 0 };
        if (deadline >= 0) {
            int64_t left = deadline - now_ns();
            if (left <= 0)
                return 0;
            int64_t ms = (left + 999999) / 1000000;
            c.timeout_ms = ms > 0x7fffffff ? 0x7fffffff : (int)ms;
        }
        ft_blocking_call(do_poll, &c);
        if (c.r > 0)
            return 1;
        if (c.r == 0) {
            if (deadline >= 0 && now_ns() < deadline)
                continue;
            return 0;
        }
        if (c.err != EINTR) {
            raise_errno(c.err);
            return -1;
        }
        if (ft_signals_check() < 0)
            return -1;
    }
}

/* One socket operation: op(c) is the system call; it runs detached for a
 * blocking socket. */
typedef struct io_call io_call;
struct io_call {
    int fd;
    ssize_t (*op)(io_call *c);
    char *buf;
    size_t len;
    int flags;
    sockaddr_any *addr;
    socklen_t addrlen;
    ssize_t r;
    int err;
};

static void *run_op(void *arg) {
    io_call *c = arg;
    c->r = c->op(c);
    c->err = c->r < 0 ? errno : 0;
    return NULL;
}

static int64_t deadline_for(sockobj *s) {
    int64_t t = atomic_load(&s->timeout_ns);
    return t > 0 ? now_ns() + t : -1;
}

/* Run c->op on s honouring the timeout; `deadline` from deadline_for (the
 * caller may share one deadline between several calls, as sendall does).
 * Returns the op's result (>= 0) or -1 with an exception set. */
static ssize_t sock_run(sockobj *s, io_call *c, short events, int64_t deadline) {
    int64_t timeout = atomic_load(&s->timeout_ns);
    for (;;) {
        int fd = atomic_load(&s->fd);
        if (fd < 0) {
            raise_errno(EBADF);
            return -1;
        }
        c->fd = fd;
        if (timeout > 0) {
            int w = wait_ready(fd, events, deadline);
            if (w < 0)
                return -1;
            if (w == 0) {
                raise_timeout();
                return -1;
            }
        }
        if (timeout < 0) {
            /* A signal that arrived since the last safepoint would not
             * interrupt the call we are about to block in: run its
             * handler first (it may raise). */
            if (ft_signals_tripped() && ft_signals_check() < 0)
                return -1;
            ft_blocking_call(run_op, c);
        } else {
            run_op(c);
        }
        if (c->r >= 0)
            return c->r;
        if (c->err == EINTR) {
            if (ft_signals_check() < 0)
                return -1;
            continue;
        }
        if (timeout > 0 && (c->err == EAGAIN || c->err == EWOULDBLOCK))
            continue;
        raise_errno(c->err);
        return -1;
    }
}

static ssize_t op_recv(io_call *c) { return recv(c->fd, c->buf, c->len, c->flags); }
static ssize_t op_send(io_call *c) { return send(c->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL); }
static ssize_t op_recvfrom(io_call *c) {
    c->addrlen = sizeof *c->addr;
    return recvfrom(c->fd, c->buf, c->len, c->flags, &c->addr->sa, &c->addrlen);
}
static ssize_t op_sendto(io_call *c) {
    return sendto(c->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, &c->addr->sa, c->addrlen);
}
static ssize_t op_accept(io_call *c) {
    c->addrlen = sizeof *c->addr;
    return accept4(c->fd, &c->addr->sa, &c->addrlen, SOCK_CLOEXEC);
}
static ssize_t op_connect(io_call *c) { return connect(c->fd, &c->addr->sa, c->addrlen); }

/* ---- argument helpers ------------------------------------------------------ */

/* CPython's argument-count messages for the socket functions. */
static int argc_check(const char *name, size_t nargs, ft_obj *kw, size_t min, size_t max) {
    if (kw && ft_tuple_size(kw) > 0) {
        ft_err_format(ft_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        ft_err_format(ft_exc_TypeError, "%s() takes exactly %d argument%s (%d given)", name, (int)min,
                      min == 1 ? "" : "s", (int)nargs);
    else if (nargs < min)
        ft_err_format(ft_exc_TypeError, "%s() takes at least %d argument%s (%d given)", name, (int)min,
                      min == 1 ? "" : "s", (int)nargs);
    else
        ft_err_format(ft_exc_TypeError, "%s() takes at most %d argument%s (%d given)", name, (int)max,
                      max == 1 ? "" : "s", (int)nargs);
    return -1;
}

/* An int argument.  CPython words the overflow two ways depending on how
 * the function parses it: `clinic` selects "Python int too large to
 * convert to C int" (socket(), shutdown()), else the PyArg "i" messages. */
static int as_int_ex(ft_obj *o, int *out, bool clinic) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf || v < INT32_MIN || v > INT32_MAX) {
        bool neg = ovf ? ft_int_sign(i) < 0 : v < 0;
        if (clinic)
            ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C int");
        else
            ft_err_format(ft_exc_OverflowError, neg ? "signed integer is less than minimum"
                                                    : "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int as_int(ft_obj *o, int *out) { return as_int_ex(o, out, false); }
static int as_cint(ft_obj *o, int *out) { return as_int_ex(o, out, true); }

/* Timeout argument: None -> -1; seconds (int or float) -> ns, rounded up. */
static int parse_timeout(ft_obj *o, int64_t *out) {
    if (o == ft_None) {
        *out = -1;
        return 0;
    }
    double d;
    if (ft_float_check(o)) {
        d = ft_float_as_double(o);
        if (isnan(d)) {
            ft_err_format(ft_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else {
        ft_obj *i = ft_index(o);
        if (!i)
            return -1;
        int64_t v;
        int ovf;
        ft_int_as_i64_overflow(i, &v, &ovf);
        if (ovf || v > 9000000000LL || v < -9000000000LL) {
            ft_err_format(ft_exc_OverflowError, "timestamp too large to convert to C PyTime_t");
            return -1;
        }
        d = (double)v;
    }
    if (d < 0) {
        ft_err_format(ft_exc_ValueError, "Timeout value out of range");
        return -1;
    }
    double ns = ceil(d * 1e9);
    if (ns > 9.2e18) {
        ft_err_format(ft_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (int64_t)ns;
    return 0;
}

static ft_obj *timeout_obj(int64_t ns) {
    if (ns < 0)
        return ft_None;
    return ft_float_new((double)ns / 1e9);
}

static int set_nonblocking(int fd, bool on) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    int nfl = on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    if (nfl != fl && fcntl(fd, F_SETFL, nfl) < 0)
        return -1;
    return 0;
}

/* Host name argument as a C string (str, bytes or bytearray); *keep holds
 * the object that owns the bytes. */
static const char *host_cstr(ft_obj *o, ft_obj **keep) {
    const char *p;
    ft_ssize n;
    if (ft_str_check(o)) {
        p = ft_str_utf8(o);
        n = FT_STR(o)->nbytes;
        *keep = o;
    } else if (ft_bytes_check(o)) {
        p = ft_bytes_data(o);
        n = ft_bytes_size(o);
        *keep = o;
    } else if (ft_bytearray_check(o)) {
        ft_bytearray *ba = (ft_bytearray *)o;
        ft_lock(o);
        ft_obj *b = ft_bytes_new(ba->items, ba->size);
        ft_unlock(o);
        if (!b)
            return NULL;
        p = ft_bytes_data(b);
        n = ft_bytes_size(b);
        *keep = b;
    } else {
        ft_err_format(ft_exc_TypeError, "str, bytes or bytearray expected, not %T", o);
        return NULL;
    }
    if ((ft_ssize)strlen(p) != n) {
        ft_err_format(ft_exc_TypeError, "host name must not contain null character");
        return NULL;
    }
    return p;
}

/* Resolve a host name for `family` into *out (port left 0). CPython's
 * special names: '' is the wildcard, '<broadcast>' INADDR_BROADCAST. */
static int set_ip(ft_obj *hostobj, int family, sockaddr_any *out, socklen_t *len) {
    ft_obj *keep = NULL;
    const char *name = host_cstr(hostobj, &keep);
    if (!name)
        return -1;
    memset(out, 0, sizeof *out);
    if (name[0] == 0 || strcmp(name, "<broadcast>") == 0 || strcmp(name, "255.255.255.255") == 0) {
        bool any = name[0] == 0;
        if (family == AF_INET6) {
            if (!any) {
                ft_err_format(ft_exc_OSError, "address family mismatched");
                return -1;
            }
            out->in6.sin6_family = AF_INET6;
            out->in6.sin6_addr = in6addr_any;
            *len = sizeof out->in6;
            return 0;
        }
        out->in4.sin_family = AF_INET;
        out->in4.sin_addr.s_addr = htonl(any ? INADDR_ANY : INADDR_BROADCAST);
        *len = sizeof out->in4;
        return 0;
    }
    if (family == AF_INET || family == AF_UNSPEC) {
        struct in_addr a;
        if (inet_pton(AF_INET, name, &a) == 1) {
            out->in4.sin_family = AF_INET;
            out->in4.sin_addr = a;
            *len = sizeof out->in4;
            return 0;
        }
    }
    struct addrinfo *res;
    if (resolve(name, NULL, family, 0, 0, 0, &res) < 0)
        return -1;
    size_t n = res->ai_addrlen < sizeof *out ? res->ai_addrlen : sizeof *out;
    memcpy(out, res->ai_addr, n);
    *len = (socklen_t)n;
    freeaddrinfo(res);
    return 0;
}

static ft_obj *ip_str(const sockaddr_any *a) {
    char buf[INET6_ADDRSTRLEN + 1];
    const void *src = a->sa.sa_family == AF_INET ? (const void *)&a->in4.sin_addr : (const void *)&a->in6.sin6_addr;
    if (!inet_ntop(a->sa.sa_family, src, buf, sizeof buf))
        return raise_errno(errno);
    return ft_str_from_cstr(buf);
}

/* Python object for a socket address (CPython's shapes). */
static ft_obj *make_addr(const sockaddr_any *a, socklen_t len) {
    if (len == 0)
        return ft_None;
    switch (a->sa.sa_family) {
    case AF_INET: {
        ft_obj *h = ip_str(a);
        return h ? ft_tuple_pack(2, h, ft_int_from_i64(ntohs(a->in4.sin_port))) : NULL;
    }
    case AF_INET6: {
        ft_obj *h = ip_str(a);
        return h ? ft_tuple_pack(4, h, ft_int_from_i64(ntohs(a->in6.sin6_port)),
                                 ft_int_from_u64(ntohl(a->in6.sin6_flowinfo)),
                                 ft_int_from_u64(a->in6.sin6_scope_id)) : NULL;
    }
    case AF_UNIX: {
        size_t off = offsetof(struct sockaddr_un, sun_path);
        if (len <= off)
            return ft_str_from_cstr("");
        size_t n = len - off;
        if (n > sizeof a->un.sun_path)
            n = sizeof a->un.sun_path;
        if (a->un.sun_path[0] == 0)   /* Linux abstract namespace: bytes */
            return ft_bytes_new(a->un.sun_path, (ft_ssize)n);
        size_t k = strnlen(a->un.sun_path, n);
        ft_obj *s = ft_str_new(a->un.sun_path, (ft_ssize)k);
        if (!s) {
            ft_err_clear();
            return ft_bytes_new(a->un.sun_path, (ft_ssize)k);
        }
        return s;
    }
    default: {
        ft_obj *b = ft_bytes_new(a->sa.sa_data, sizeof a->sa.sa_data);
        return b ? ft_tuple_pack(2, ft_int_from_i64(a->sa.sa_family), b) : NULL;
    }
    }
}

static int port_arg(ft_obj *o, const char *caller, uint16_t *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf || v < 0 || v > 65535) {
        ft_err_format(ft_exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *out = (uint16_t)v;
    return 0;
}

/* Parse a Python address for socket s into *out (CPython's getsockaddrarg). */
static int parse_addr(sockobj *s, ft_obj *addr, const char *caller, sockaddr_any *out, socklen_t *len) {
    memset(out, 0, sizeof *out);
    switch (s->family) {
    case AF_UNIX: {
        ft_obj *keep = addr;
        if (ft_str_check(addr)) {
            keep = ft_bytes_new(ft_str_utf8(addr), FT_STR(addr)->nbytes);
            if (!keep)
                return -1;
        }
        ft_buffer view;
        if (ft_get_buffer(keep, &view) < 0)
            return -1;
        size_t n = (size_t)view.len;
        bool abstract = n > 0 && view.buf[0] == 0;
        if (abstract ? n > sizeof out->un.sun_path : n >= sizeof out->un.sun_path) {
            ft_release_buffer(&view);
            ft_err_format(ft_exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        out->un.sun_family = AF_UNIX;
        memcpy(out->un.sun_path, view.buf, n);
        ft_release_buffer(&view);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (abstract ? 0 : 1));
        return 0;
    }
    case AF_INET: {
        if (!ft_tuple_check(addr)) {
            ft_err_format(ft_exc_TypeError, "%s(): AF_INET address must be tuple, not %T", caller, addr);
            return -1;
        }
        if (ft_tuple_size(addr) != 2) {
            ft_err_format(ft_exc_TypeError, "AF_INET address must be a pair (host, port)");
            return -1;
        }
        uint16_t port;
        ft_obj *host = ft_tuple_get(addr, 0);
        if (!ft_str_check(host) && !ft_bytes_check(host) && !ft_bytearray_check(host)) {
            ft_err_format(ft_exc_TypeError, "str, bytes or bytearray expected, not %T", host);
            return -1;
        }
        if (port_arg(ft_tuple_get(addr, 1), caller, &port) < 0)
            return -1;
        if (set_ip(host, AF_INET, out, len) < 0)
            return -1;
        out->in4.sin_port = htons(port);
        return 0;
    }
    case AF_INET6: {
        if (!ft_tuple_check(addr)) {
            ft_err_format(ft_exc_TypeError, "%s(): AF_INET6 address must be tuple, not %T", caller, addr);
            return -1;
        }
        ft_ssize n = ft_tuple_size(addr);
        if (n < 2 || n > 4) {
            ft_err_format(ft_exc_TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
            return -1;
        }
        uint16_t port;
        ft_obj *host = ft_tuple_get(addr, 0);
        if (!ft_str_check(host) && !ft_bytes_check(host) && !ft_bytearray_check(host)) {
            ft_err_format(ft_exc_TypeError, "str, bytes or bytearray expected, not %T", host);
            return -1;
        }
        if (port_arg(ft_tuple_get(addr, 1), caller, &port) < 0)
            return -1;
        int64_t flow = 0, scope = 0;
        if (n > 2) {
            ft_obj *i = ft_index(ft_tuple_get(addr, 2));
            if (!i || ((flow = ft_int_as_i64(i)) == -1 && ft_err_occurred()))
                return -1;
            if (flow < 0 || flow > 0xfffff) {
                ft_err_format(ft_exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
                return -1;
            }
        }
        if (n > 3) {
            ft_obj *i = ft_index(ft_tuple_get(addr, 3));
            if (!i || ((scope = ft_int_as_i64(i)) == -1 && ft_err_occurred()))
                return -1;
            if (scope < 0 || scope > 0xffffffffLL) {
                ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C unsigned int");
                return -1;
            }
        }
        if (set_ip(host, AF_INET6, out, len) < 0)
            return -1;
        out->in6.sin6_port = htons(port);
        out->in6.sin6_flowinfo = htonl((uint32_t)flow);
        if (n > 3)
            out->in6.sin6_scope_id = (uint32_t)scope;
        return 0;
    }
    default:
        ft_err_format(ft_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* ---- the socket type ---------------------------------------------------- */

#define SOCK(o) ((sockobj *)(o))

static ft_obj *sock_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    sockobj *s = (sockobj *)ft_type_generic_alloc(type, 0);
    if (!s)
        return NULL;
    atomic_store(&s->fd, -1);
    atomic_store(&s->timeout_ns, -1);
    s->family = AF_INET;
    s->type = SOCK_STREAM;
    if (!(type->flags & FT_TPF_HEAPTYPE))
        ft_gc_register_finalizer((ft_obj *)s);
    return (ft_obj *)s;
}

/* Apply a timeout to the socket's fd (O_NONBLOCK unless blocking). */
static int apply_timeout(sockobj *s, int64_t ns) {
    /* as CPython: the value is recorded even when the fd is unusable */
    atomic_store(&s->timeout_ns, ns);
    int fd = atomic_load(&s->fd);
    if (fd < 0) {
        raise_errno(EBADF);
        return -1;
    }
    if (set_nonblocking(fd, ns >= 0) < 0) {
        raise_errno(errno);
        return -1;
    }
    return 0;
}

static int sock_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "family", "type", "proto", "fileno", NULL };
    ft_obj *v[4] = { NULL, NULL, NULL, NULL };
    if (ft_parse_args("socket", args, nargs, kwnames, names, 0, 0, v) < 0)
        return -1;
    sockobj *s = SOCK(self);
    int family = -1, type = -1, proto = -1;
    if ((v[0] && as_cint(v[0], &family) < 0) || (v[1] && as_cint(v[1], &type) < 0) ||
        (v[2] && as_cint(v[2], &proto) < 0))
        return -1;
    int fd;
    if (v[3] && v[3] != ft_None) {
        ft_obj *i = ft_index(v[3]);
        if (!i)
            return -1;
        int64_t f;
        int ovf;
        ft_int_as_i64_overflow(i, &f, &ovf);
        if (ovf) {
            ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        /* CPython converts to a C long, then to the int fd type */
        fd = (int)(uint32_t)(uint64_t)f;
        if (fd < 0) {
            ft_err_format(ft_exc_ValueError, "negative file descriptor");
            return -1;
        }
        int val;
        socklen_t l = sizeof val;
        if (family == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &val, &l) < 0) {
                raise_errno(errno);
                return -1;
            }
            family = val;
        }
        if (type == -1) {
            l = sizeof val;
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &val, &l) < 0) {
                raise_errno(errno);
                return -1;
            }
            type = val;
        }
        if (proto == -1) {
            l = sizeof val;
            if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &val, &l) < 0) {
                raise_errno(errno);
                return -1;
            }
            proto = val;
        }
    } else {
        if (family == -1)
            family = AF_INET;
        if (type == -1)
            type = SOCK_STREAM;
        if (proto == -1)
            proto = 0;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            raise_errno(errno);
            return -1;
        }
    }
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    atomic_store(&s->fd, fd);
    /* As CPython: an fd handed in keeps its O_NONBLOCK flag, but the
     * timeout comes from SOCK_NONBLOCK in `type` or the default timeout. */
    int64_t t = (type & SOCK_NONBLOCK) ? 0 : atomic_load(&default_timeout_ns);
    if (t >= 0)
        return apply_timeout(s, t);
    atomic_store(&s->timeout_ns, -1);
    return 0;
}

static ft_obj *sock_del(ft_obj *self) {
    int fd = atomic_exchange(&SOCK(self)->fd, -1);
    if (fd >= 0)
        close(fd);
    return ft_None;
}

static ft_obj *sock_repr(ft_obj *self) {
    sockobj *s = SOCK(self);
    return ft_str_from_format("<socket object, fd=%d, family=%d, type=%d, proto=%d>",
                              atomic_load(&s->fd), s->family, s->type, s->proto);
}

static ft_obj *sock_fileno(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_int_from_i64(atomic_load(&SOCK(self)->fd));
}

static ft_obj *sock_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int fd = atomic_exchange(&SOCK(self)->fd, -1);
    if (fd >= 0 && close(fd) < 0 && errno != ECONNRESET && errno != EINTR)
        return raise_errno(errno);
    return ft_None;
}

static ft_obj *sock_detach(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_int_from_i64(atomic_exchange(&SOCK(self)->fd, -1));
}

static int fd_of(sockobj *s) {
    int fd = atomic_load(&s->fd);
    if (fd < 0)
        raise_errno(EBADF);
    return fd;
}

static ft_obj *sock_bind(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    sockaddr_any a;
    socklen_t len;
    if (parse_addr(SOCK(self), args[0], "bind", &a, &len) < 0)
        return NULL;
    int fd = fd_of(SOCK(self));
    if (fd < 0)
        return NULL;
    if (bind(fd, &a.sa, len) < 0)
        return raise_errno(errno);
    return ft_None;
}

static ft_obj *sock_listen(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("listen", nargs, kw, 0, 1) < 0)
        return NULL;
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs && as_int(args[0], &backlog) < 0)
        return NULL;
    if (backlog < 0)
        backlog = 0;
    int fd = fd_of(SOCK(self));
    if (fd < 0)
        return NULL;
    if (listen(fd, backlog) < 0)
        return raise_errno(errno);
    return ft_None;
}

/* Connect: 0 connected, > 0 an errno, -1 exception set, -2 timed out. */
static int do_connect(sockobj *s, ft_obj *addr, const char *caller) {
    sockaddr_any a;
    socklen_t len;
    if (parse_addr(s, addr, caller, &a, &len) < 0)
        return -1;
    int fd = fd_of(s);
    if (fd < 0)
        return -1;
    int64_t timeout = atomic_load(&s->timeout_ns);
    io_call c = { .fd = fd, .op = op_connect, .addr = &a, .addrlen = len };
    if (timeout < 0 && ft_signals_tripped() && ft_signals_check() < 0)
        return -1;
    if (timeout < 0)
        ft_blocking_call(run_op, &c);
    else
        run_op(&c);
    if (c.r == 0)
        return 0;
    int err = c.err;
    bool wait = false;
    if (err == EINTR) {
        if (ft_signals_check() < 0)
            return -1;
        wait = timeout != 0;   /* the connection goes on in the background */
        if (!wait)
            return EINTR;
    } else if (err == EINPROGRESS && timeout > 0) {
        wait = true;
    }
    if (!wait)
        return err;
    int w = wait_ready(fd, POLLOUT, timeout > 0 ? now_ns() + timeout : -1);
    if (w < 0)
        return -1;
    if (w == 0)
        return -2;
    int soerr = 0;
    socklen_t l = sizeof soerr;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &l) < 0)
        return errno;
    return soerr;
}

static ft_obj *sock_connect(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = do_connect(SOCK(self), args[0], "connect");
    if (r == -1)
        return NULL;
    if (r == -2)
        return raise_timeout();
    if (r > 0)
        return raise_errno(r);
    return ft_None;
}

static ft_obj *sock_connect_ex(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int r = do_connect(SOCK(self), args[0], "connect_ex");
    if (r == -1)
        return NULL;
    if (r == -2)
        r = EWOULDBLOCK;
    return ft_int_from_i64(r);
}

static ft_obj *sock_accept(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    sockobj *s = SOCK(self);
    sockaddr_any a;
    io_call c = { .op = op_accept, .addr = &a };
    ssize_t fd = sock_run(s, &c, POLLIN, deadline_for(s));
    if (fd < 0)
        return NULL;
    ft_obj *addr = make_addr(&a, c.addrlen);
    if (!addr) {
        close((int)fd);
        return NULL;
    }
    return ft_tuple_pack(2, ft_int_from_i64(fd), addr);
}

static int size_arg(ft_obj *o, ft_ssize *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf) {
        ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (ft_ssize)v;
    return 0;
}

static ft_obj *recv_common(sockobj *s, ft_obj *const *args, size_t nargs, ft_obj *kw,
                           const char *name, bool from) {
    if (argc_check(name, nargs, kw, 1, 2) < 0)
        return NULL;
    ft_ssize n;
    int flags = 0;
    if (size_arg(args[0], &n) < 0 || (nargs > 1 && as_int(args[1], &flags) < 0))
        return NULL;
    if (n < 0)
        return ft_err_format(ft_exc_ValueError, "negative buffersize in %s", name);
    /* Up to 1 MiB the data lands in a malloc()ed scratch buffer and only
     * the bytes received are copied into the result: recv(65536) that
     * gets 10 bytes must not leave a 64 KiB object to the collector.
     * Larger requests read straight into the result object. */
    ft_obj *b = NULL;
    char *scratch = NULL;
    if (n <= (1 << 20)) {
        scratch = malloc(n ? (size_t)n : 1);
        if (!scratch)
            return ft_err_no_memory();
    } else if (!(b = ft_bytes_new(NULL, n))) {
        return NULL;
    }
    sockaddr_any a;
    io_call c = { .op = from ? op_recvfrom : op_recv, .buf = scratch ? scratch : ft_bytes_data(b),
                  .len = (size_t)n, .flags = flags, .addr = &a };
    ssize_t r = sock_run(s, &c, POLLIN, deadline_for(s));
    if (r >= 0 && (scratch || r != n))
        b = ft_bytes_new(c.buf, r);
    free(scratch);
    if (r < 0 || !b)
        return NULL;
    if (!from)
        return b;
    ft_obj *addr = make_addr(&a, c.addrlen);
    return addr ? ft_tuple_pack(2, b, addr) : NULL;
}

static ft_obj *sock_recv(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return recv_common(SOCK(self), args, nargs, kw, "recv", false);
}

static ft_obj *sock_recvfrom(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return recv_common(SOCK(self), args, nargs, kw, "recvfrom", true);
}

static ft_obj *recv_into_common(sockobj *s, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                                const char *name, bool from) {
    static const char *const names[] = { "buffer", "nbytes", "flags", NULL };
    ft_obj *v[3] = { NULL, NULL, NULL };
    if (ft_parse_args(name, args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_ssize n = 0;
    int flags = 0;
    if ((v[1] && size_arg(v[1], &n) < 0) || (v[2] && as_int(v[2], &flags) < 0))
        return NULL;
    ft_buffer view = { 0 };
    if ((ft_type_of(v[0])->flags & FT_TPF_BYTES_SUBCLASS) || ft_get_buffer(v[0], &view) < 0 || view.readonly) {
        if (!ft_err_occurred())
            ft_release_buffer(&view);
        ft_err_clear();
        return ft_err_format(ft_exc_TypeError, "%s() argument 1 must be read-write bytes-like object, not %T",
                             name, v[0]);
    }
    if (n < 0) {
        ft_release_buffer(&view);
        return ft_err_format(ft_exc_ValueError, "negative buffersize in %s", name);
    }
    if (n == 0)
        n = view.len;
    else if (n > view.len) {
        ft_release_buffer(&view);
        return ft_err_format(ft_exc_ValueError, from ? "nbytes is greater than the length of the buffer"
                                                     : "buffer too small for requested bytes");
    }
    sockaddr_any a;
    io_call c = { .op = from ? op_recvfrom : op_recv, .buf = (char *)view.buf, .len = (size_t)n,
                  .flags = flags, .addr = &a };
    ssize_t r = sock_run(s, &c, POLLIN, deadline_for(s));
    ft_release_buffer(&view);
    if (r < 0)
        return NULL;
    if (!from)
        return ft_int_from_i64(r);
    ft_obj *addr = make_addr(&a, c.addrlen);
    return addr ? ft_tuple_pack(2, ft_int_from_i64(r), addr) : NULL;
}

static ft_obj *sock_recv_into(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return recv_into_common(SOCK(self), args, nargs, kw, "recv_into", false);
}

static ft_obj *sock_recvfrom_into(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return recv_into_common(SOCK(self), args, nargs, kw, "recvfrom_into", true);
}

static ft_obj *sock_send(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("send", nargs, kw, 1, 2) < 0)
        return NULL;
    int flags = 0;
    if (nargs > 1 && as_int(args[1], &flags) < 0)
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    sockobj *s = SOCK(self);
    io_call c = { .op = op_send, .buf = (char *)view.buf, .len = (size_t)view.len, .flags = flags };
    ssize_t r = sock_run(s, &c, POLLOUT, deadline_for(s));
    ft_release_buffer(&view);
    return r < 0 ? NULL : ft_int_from_i64(r);
}

static ft_obj *sock_sendall(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("sendall", nargs, kw, 1, 2) < 0)
        return NULL;
    int flags = 0;
    if (nargs > 1 && as_int(args[1], &flags) < 0)
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    sockobj *s = SOCK(self);
    int64_t deadline = deadline_for(s);
    size_t off = 0, total = (size_t)view.len;
    ft_obj *res = ft_None;
    do {
        io_call c = { .op = op_send, .buf = (char *)view.buf + off, .len = total - off, .flags = flags };
        ssize_t r = sock_run(s, &c, POLLOUT, deadline);
        if (r < 0) {
            res = NULL;
            break;
        }
        off += (size_t)r;
        /* a long transfer still lets signal handlers run (and raise) */
        if (off < total && ft_signals_check() < 0) {
            res = NULL;
            break;
        }
    } while (off < total);
    ft_release_buffer(&view);
    return res;
}

static ft_obj *sock_sendto(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs < 2 || nargs > 3)
        return ft_err_format(ft_exc_TypeError, "sendto() takes 2 or 3 arguments (%d given)", (int)nargs);
    if (argc_check("sendto", nargs, kw, 2, 3) < 0)
        return NULL;
    int flags = 0;
    ft_obj *addr = args[nargs - 1];
    if (nargs == 3 && as_int(args[1], &flags) < 0)
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    sockobj *s = SOCK(self);
    sockaddr_any a;
    socklen_t len;
    if (parse_addr(s, addr, "sendto", &a, &len) < 0) {
        ft_release_buffer(&view);
        return NULL;
    }
    io_call c = { .op = op_sendto, .buf = (char *)view.buf, .len = (size_t)view.len, .flags = flags,
                  .addr = &a, .addrlen = len };
    ssize_t r = sock_run(s, &c, POLLOUT, deadline_for(s));
    ft_release_buffer(&view);
    return r < 0 ? NULL : ft_int_from_i64(r);
}

/* ---- sendmsg / recvmsg (ancillary data, e.g. SCM_RIGHTS fd passing) ---- */

static ssize_t op_sendmsg(io_call *c) { return sendmsg(c->fd, (struct msghdr *)c->buf, c->flags | MSG_NOSIGNAL); }
static ssize_t op_recvmsg(io_call *c) { return recvmsg(c->fd, (struct msghdr *)c->buf, c->flags); }

static ft_obj *sock_sendmsg(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("sendmsg", nargs, kw, 1, 4) < 0)
        return NULL;
    sockobj *s = SOCK(self);
    int flags = 0;
    sockaddr_any a;
    socklen_t alen = 0;
    if (nargs > 2 && as_int(args[2], &flags) < 0)
        return NULL;
    if (nargs > 3 && args[3] != ft_None && parse_addr(s, args[3], "sendmsg", &a, &alen) < 0)
        return NULL;
    /* tuples keep every buffer and ancillary item alive (GC-visible) */
    ft_obj *bufs = ft_sequence_tuple(args[0]);
    if (!bufs) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            ft_err_format(ft_exc_TypeError, "sendmsg() argument 1 must be an iterable");
        }
        return NULL;
    }
    ft_obj *anc = nargs > 1 ? ft_sequence_tuple(args[1]) : ft_empty_tuple;
    if (!anc) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            ft_err_format(ft_exc_TypeError, "sendmsg() argument 2 must be an iterable");
        }
        return NULL;
    }
    ft_ssize nb = ft_tuple_size(bufs), na = ft_tuple_size(anc);
    if (nb > 1024)
        return ft_err_format(ft_exc_OSError, "sendmsg() argument 1 is too long");
    ft_buffer *views = ft_gc_alloc(sizeof(ft_buffer) * (size_t)(nb + na + 1), FT_GC_SCAN);
    struct iovec *iov = calloc((size_t)nb + 1, sizeof *iov);
    int *levels = calloc((size_t)na + 1, 2 * sizeof(int));
    char *control = NULL;
    ft_obj *res = NULL;
    ft_ssize got = 0;
    if (!views || !iov || !levels) {
        if (views)
            ft_err_no_memory();
        goto done;
    }
    for (ft_ssize i = 0; i < nb; i++, got++) {
        if (ft_get_buffer(ft_tuple_get(bufs, i), &views[got]) < 0)
            goto done;
        iov[i].iov_base = (void *)views[got].buf;
        iov[i].iov_len = (size_t)views[got].len;
    }
    size_t clen = 0;
    for (ft_ssize i = 0; i < na; i++, got++) {
        ft_obj *item = ft_tuple_get(anc, i);
        if (!ft_tuple_check(item)) {
            ft_obj *tup = ft_sequence_tuple(item);
            if (!tup) {
                ft_err_clear();
                ft_err_format(ft_exc_TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %T", item);
                goto done;
            }
            item = tup;
        }
        if (ft_tuple_size(item) != 3) {
            ft_err_format(ft_exc_TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %d",
                          (int)ft_tuple_size(item));
            goto done;
        }
        if (as_int(ft_tuple_get(item, 0), &levels[2 * i]) < 0 ||
            as_int(ft_tuple_get(item, 1), &levels[2 * i + 1]) < 0 ||
            ft_get_buffer(ft_tuple_get(item, 2), &views[got]) < 0)
            goto done;
        if (views[got].len > 0x10000) {
            got++;
            ft_err_format(ft_exc_OSError, "ancillary data item too large");
            goto done;
        }
        clen += CMSG_SPACE((size_t)views[got].len);
    }
    if (clen) {
        control = calloc(1, clen);
        if (!control) {
            ft_err_no_memory();
            goto done;
        }
    }
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_name = alen ? &a : NULL;
    msg.msg_namelen = alen;
    msg.msg_iov = iov;
    msg.msg_iovlen = (size_t)nb;
    msg.msg_control = control;
    msg.msg_controllen = clen;
    struct cmsghdr *cm = clen ? CMSG_FIRSTHDR(&msg) : NULL;
    for (ft_ssize i = 0; i < na && cm; i++) {
        ft_buffer *v = &views[nb + i];
        cm->cmsg_level = levels[2 * i];
        cm->cmsg_type = levels[2 * i + 1];
        cm->cmsg_len = CMSG_LEN((size_t)v->len);
        memcpy(CMSG_DATA(cm), v->buf, (size_t)v->len);
        cm = CMSG_NXTHDR(&msg, cm);
    }
    io_call c = { .op = op_sendmsg, .buf = (char *)&msg, .flags = flags };
    ssize_t r = sock_run(s, &c, POLLOUT, deadline_for(s));
    if (r >= 0)
        res = ft_int_from_i64(r);
done:
    for (ft_ssize i = 0; views && i < got; i++)
        ft_release_buffer(&views[i]);
    free(iov);
    free(levels);
    free(control);
    return res;
}

static ft_obj *sock_recvmsg(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("recvmsg", nargs, kw, 1, 3) < 0)
        return NULL;
    ft_ssize n, ancn = 0;
    int flags = 0;
    if (size_arg(args[0], &n) < 0 || (nargs > 1 && size_arg(args[1], &ancn) < 0) ||
        (nargs > 2 && as_int(args[2], &flags) < 0))
        return NULL;
    if (n < 0)
        return ft_err_format(ft_exc_ValueError, "negative buffer size in recvmsg()");
    if (ancn < 0 || ancn > (1 << 20))
        return ft_err_format(ft_exc_ValueError, "invalid ancillary data buffer length");
    char *data = malloc(n ? (size_t)n : 1);
    char *control = ancn ? calloc(1, (size_t)ancn) : NULL;
    if (!data || (ancn && !control)) {
        free(data);
        free(control);
        return ft_err_no_memory();
    }
    sockaddr_any a;
    memset(&a, 0, sizeof a);
    struct iovec iov = { data, (size_t)n };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_name = &a;
    msg.msg_namelen = sizeof a;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = (size_t)ancn;
    io_call c = { .op = op_recvmsg, .buf = (char *)&msg, .flags = flags };
    ssize_t r = sock_run(SOCK(self), &c, POLLIN, deadline_for(SOCK(self)));
    ft_obj *res = NULL;
    if (r >= 0) {
        ft_obj *bytes = ft_bytes_new(data, r);
        ft_obj *anc = ft_list_new(0);
        for (struct cmsghdr *cm = msg.msg_controllen ? CMSG_FIRSTHDR(&msg) : NULL; bytes && anc && cm;
             cm = CMSG_NXTHDR(&msg, cm)) {
            size_t dlen = cm->cmsg_len >= CMSG_LEN(0) ? cm->cmsg_len - CMSG_LEN(0) : 0;
            /* a truncated last item holds only what fit in the buffer */
            size_t avail = (size_t)((char *)control + msg.msg_controllen - (char *)CMSG_DATA(cm));
            if (dlen > avail)
                dlen = avail;
            ft_obj *d = ft_bytes_new((const char *)CMSG_DATA(cm), (ft_ssize)dlen);
            ft_obj *t = d ? ft_tuple_pack(3, ft_int_from_i64(cm->cmsg_level), ft_int_from_i64(cm->cmsg_type), d) : NULL;
            if (!t || ft_list_append(anc, t) < 0)
                anc = NULL;
        }
        ft_obj *addr = bytes && anc ? make_addr(&a, msg.msg_namelen) : NULL;
        if (addr)
            res = ft_tuple_pack(4, bytes, anc, ft_int_from_i64(msg.msg_flags), addr);
    }
    free(data);
    free(control);
    return res;
}

static ft_obj *sock_shutdown(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int how;
    if (as_cint(args[0], &how) < 0)
        return NULL;
    int fd = fd_of(SOCK(self));
    if (fd < 0)
        return NULL;
    if (shutdown(fd, how) < 0)
        return raise_errno(errno);
    return ft_None;
}

static ft_obj *name_common(ft_obj *self, bool peer) {
    int fd = fd_of(SOCK(self));
    if (fd < 0)
        return NULL;
    sockaddr_any a;
    memset(&a, 0, sizeof a);
    socklen_t len = sizeof a;
    if ((peer ? getpeername(fd, &a.sa, &len) : getsockname(fd, &a.sa, &len)) < 0)
        return raise_errno(errno);
    return make_addr(&a, len);
}

static ft_obj *sock_getsockname(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return name_common(self, false);
}

static ft_obj *sock_getpeername(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return name_common(self, true);
}

static ft_obj *sock_getsockopt(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("getsockopt", nargs, kw, 2, 3) < 0)
        return NULL;
    int level, opt, buflen = 0;
    if (as_int(args[0], &level) < 0 || as_int(args[1], &opt) < 0 ||
        (nargs > 2 && as_int(args[2], &buflen) < 0))
        return NULL;
    int fd = fd_of(SOCK(self));
    if (fd < 0)
        return NULL;
    if (buflen == 0) {
        int val = 0;
        socklen_t l = sizeof val;
        if (getsockopt(fd, level, opt, &val, &l) < 0)
            return raise_errno(errno);
        return ft_int_from_i64(val);
    }
    if (buflen < 0 || buflen > 1024)
        return ft_err_format(ft_exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    memset(buf, 0, sizeof buf);
    socklen_t l = (socklen_t)buflen;
    if (getsockopt(fd, level, opt, buf, &l) < 0)
        return raise_errno(errno);
    return ft_bytes_new(buf, l);
}

static ft_obj *sock_setsockopt(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs < 3 || nargs > 4 || (nargs == 4 && args[2] != ft_None))
        return ft_err_format(ft_exc_TypeError, "setsockopt() takes exactly 3 arguments (%d given)", (int)nargs);
    if (argc_check("setsockopt", nargs, kw, 3, 4) < 0)
        return NULL;
    int level, opt;
    if (as_int(args[0], &level) < 0 || as_int(args[1], &opt) < 0)
        return NULL;
    int fd = fd_of(SOCK(self));
    if (fd < 0)
        return NULL;
    int r;
    if (nargs == 4) {
        int optlen;
        if (as_int(args[3], &optlen) < 0)
            return NULL;
        if (optlen < 0)
            return ft_err_format(ft_exc_OverflowError, "can't convert negative int to unsigned");
        r = setsockopt(fd, level, opt, NULL, (socklen_t)optlen);
    } else if (ft_int_check(args[2])) {
        int val;
        if (as_int(args[2], &val) < 0) {
            /* an int that does not fit is then tried as a buffer */
            ft_err_clear();
            return ft_err_format(ft_exc_TypeError, "a bytes-like object is required, not '%s'",
                                 ft_type_name(ft_type_of(args[2])));
        }
        r = setsockopt(fd, level, opt, &val, sizeof val);
    } else {
        ft_buffer view;
        if (ft_get_buffer(args[2], &view) < 0)
            return NULL;
        r = setsockopt(fd, level, opt, view.buf, (socklen_t)view.len);
        ft_release_buffer(&view);
    }
    if (r < 0)
        return raise_errno(errno);
    return ft_None;
}

static ft_obj *sock_settimeout(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int64_t ns;
    if (parse_timeout(args[0], &ns) < 0 || apply_timeout(SOCK(self), ns) < 0)
        return NULL;
    return ft_None;
}

static ft_obj *sock_gettimeout(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return timeout_obj(atomic_load(&SOCK(self)->timeout_ns));
}

static ft_obj *sock_setblocking(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int on = ft_is_true(args[0]);
    if (on < 0 || apply_timeout(SOCK(self), on ? -1 : 0) < 0)
        return NULL;
    return ft_None;
}

static ft_obj *sock_getblocking(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return ft_bool(atomic_load(&SOCK(self)->timeout_ns) != 0);
}

static ft_obj *sock_get_timeout(ft_obj *self, void *closure) {
    return timeout_obj(atomic_load(&SOCK(self)->timeout_ns));
}

static ft_obj *sock_get_family(ft_obj *self, void *c) { return ft_int_from_i64(SOCK(self)->family); }
static ft_obj *sock_get_type(ft_obj *self, void *c) { return ft_int_from_i64(SOCK(self)->type); }
static ft_obj *sock_get_proto(ft_obj *self, void *c) { return ft_int_from_i64(SOCK(self)->proto); }

static const ft_method_def sock_methods[] = {
    { "_accept", sock_accept, FT_METH_NOARGS, "_accept() -> (fd, address)" },
    { "bind", sock_bind, FT_METH_O, "bind(address)" },
    { "close", sock_close, FT_METH_NOARGS, "close the socket" },
    { "connect", sock_connect, FT_METH_O, "connect(address)" },
    { "connect_ex", sock_connect_ex, FT_METH_O, "connect_ex(address) -> errno" },
    { "detach", sock_detach, FT_METH_NOARGS, "detach() -> fd, leaving the fd open" },
    { "fileno", sock_fileno, FT_METH_NOARGS, "fileno() -> int" },
    { "getpeername", sock_getpeername, FT_METH_NOARGS, "address of the remote end" },
    { "getsockname", sock_getsockname, FT_METH_NOARGS, "address of the local end" },
    { "getsockopt", sock_getsockopt, FT_METH_VARARGS, "getsockopt(level, option[, buflen])" },
    { "setsockopt", sock_setsockopt, FT_METH_VARARGS, "setsockopt(level, option, value[, optlen])" },
    { "listen", sock_listen, FT_METH_VARARGS, "listen([backlog])" },
    { "recv", sock_recv, FT_METH_VARARGS, "recv(buffersize[, flags]) -> data" },
    { "recvfrom", sock_recvfrom, FT_METH_VARARGS, "recvfrom(buffersize[, flags]) -> (data, address)" },
    { "recv_into", sock_recv_into, FT_METH_VARARGS | FT_METH_KEYWORDS, "recv_into(buffer[, nbytes[, flags]])" },
    { "recvfrom_into", sock_recvfrom_into, FT_METH_VARARGS | FT_METH_KEYWORDS,
      "recvfrom_into(buffer[, nbytes[, flags]])" },
    { "send", sock_send, FT_METH_VARARGS, "send(data[, flags]) -> count" },
    { "sendall", sock_sendall, FT_METH_VARARGS, "sendall(data[, flags])" },
    { "sendto", sock_sendto, FT_METH_VARARGS, "sendto(data[, flags], address) -> count" },
    { "shutdown", sock_shutdown, FT_METH_O, "shutdown(how)" },
    { "sendmsg", sock_sendmsg, FT_METH_VARARGS, "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count" },
    { "recvmsg", sock_recvmsg, FT_METH_VARARGS,
      "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)" },
    { "settimeout", sock_settimeout, FT_METH_O, "settimeout(timeout)" },
    { "gettimeout", sock_gettimeout, FT_METH_NOARGS, "gettimeout() -> timeout" },
    { "setblocking", sock_setblocking, FT_METH_O, "setblocking(flag)" },
    { "getblocking", sock_getblocking, FT_METH_NOARGS, "getblocking() -> bool" },
    { NULL }
};

static const ft_getset_def sock_getsets[] = {
    { "timeout", sock_get_timeout, NULL, "the socket timeout", NULL },
    { "family", sock_get_family, NULL, "the socket family", NULL },
    { "type", sock_get_type, NULL, "the socket type", NULL },
    { "proto", sock_get_proto, NULL, "the socket protocol", NULL },
    { NULL }
};

ft_type ft_socket_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_socket.socket",
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object",
    .basicsize = sizeof(sockobj),
    .flags = FT_TPF_BASETYPE,
    .repr = sock_repr,
    .new_ = sock_new,
    .init = sock_init,
    .del_ = sock_del,
    .methods = sock_methods,
    .getsets = sock_getsets,
};

/* ---- module functions ------------------------------------------------------ */

static ft_obj *m_getdefaulttimeout(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return timeout_obj(atomic_load(&default_timeout_ns));
}

static ft_obj *m_setdefaulttimeout(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int64_t ns;
    if (parse_timeout(args[0], &ns) < 0)
        return NULL;
    atomic_store(&default_timeout_ns, ns);
    return ft_None;
}

static ft_obj *m_gethostname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    char buf[1025];
    if (gethostname(buf, sizeof buf - 1) < 0)
        return raise_errno(errno);
    buf[sizeof buf - 1] = 0;
    return ft_str_from_cstr(buf);
}

static ft_obj *m_gethostbyname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]) && !ft_bytes_check(args[0]) && !ft_bytearray_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "gethostbyname() argument 1 must be str, bytes or bytearray, not %T", args[0]);
    sockaddr_any a;
    socklen_t len;
    if (set_ip(args[0], AF_INET, &a, &len) < 0)
        return NULL;
    return ip_str(&a);
}

static ft_obj *m_gethostbyname_ex(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]) && !ft_bytes_check(args[0]) && !ft_bytearray_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "gethostbyname_ex() argument 1 must be str, bytes or bytearray, not %T", args[0]);
    ft_obj *keep;
    const char *name = host_cstr(args[0], &keep);
    if (!name)
        return NULL;
    struct addrinfo *res;
    if (resolve(name, NULL, AF_INET, SOCK_STREAM, 0, AI_CANONNAME, &res) < 0)
        return NULL;
    ft_obj *canon = ft_str_from_cstr(res->ai_canonname ? res->ai_canonname : name);
    ft_obj *addrs = ft_list_new(0);
    for (struct addrinfo *p = res; canon && addrs && p; p = p->ai_next) {
        sockaddr_any a;
        memset(&a, 0, sizeof a);
        memcpy(&a, p->ai_addr, p->ai_addrlen < sizeof a ? p->ai_addrlen : sizeof a);
        ft_obj *ip = ip_str(&a);
        int has = ip ? ft_contains(addrs, ip) : -1;
        if (has < 0 || (!has && ft_list_append(addrs, ip) < 0))
            addrs = NULL;
    }
    freeaddrinfo(res);
    if (!canon || !addrs)
        return NULL;
    ft_obj *aliases = ft_list_new(0);
    return aliases ? ft_tuple_pack(3, canon, aliases, addrs) : NULL;
}

typedef struct {
    sockaddr_any *a;
    socklen_t len;
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int flags, r, err;
} gni_call;

static void *do_gni(void *arg) {
    gni_call *c = arg;
    errno = 0;
    c->r = getnameinfo(&c->a->sa, c->len, c->host, sizeof c->host, c->serv, sizeof c->serv, c->flags);
    c->err = errno;
    return NULL;
}

static ft_obj *m_gethostbyaddr(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]) && !ft_bytes_check(args[0]) && !ft_bytearray_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "gethostbyaddr() argument 1 must be str, bytes or bytearray, not %T", args[0]);
    sockaddr_any a;
    socklen_t len;
    if (set_ip(args[0], AF_UNSPEC, &a, &len) < 0)
        return NULL;
    gni_call c;
    memset(&c, 0, sizeof c);
    c.a = &a;
    c.len = len;
    c.flags = NI_NAMEREQD;
    ft_blocking_call(do_gni, &c);
    if (c.r != 0)
        return raise_code_msg("_socket.herror", 1, "Unknown host");
    ft_obj *host = ft_str_from_cstr(c.host);
    ft_obj *ip = ip_str(&a);
    ft_obj *aliases = ft_list_new(0), *addrs = ip ? ft_list_from_array(&ip, 1) : NULL;
    if (!host || !aliases || !addrs)
        return NULL;
    return ft_tuple_pack(3, host, aliases, addrs);
}

static ft_obj *m_getaddrinfo(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "host", "port", "family", "type", "proto", "flags", NULL };
    ft_obj *v[6] = { NULL };
    if (ft_parse_args("getaddrinfo", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    const char *host = NULL, *port = NULL;
    ft_obj *keep_h = NULL, *keep_p = NULL;
    if (v[0] != ft_None) {
        if (!ft_str_check(v[0]) && !ft_bytes_check(v[0]))
            return ft_err_format(ft_exc_TypeError, "getaddrinfo() argument 1 must be string or None");
        host = host_cstr(v[0], &keep_h);
        if (!host)
            return NULL;
    }
    if (ft_int_check(v[1])) {
        keep_p = ft_str(v[1]);
        if (!keep_p)
            return NULL;
        port = ft_str_utf8(keep_p);
    } else if (ft_str_check(v[1]) || ft_bytes_check(v[1])) {
        port = host_cstr(v[1], &keep_p);
        if (!port)
            return NULL;
    } else if (v[1] != ft_None) {
        return ft_err_format(ft_exc_OSError, "Int or String expected");
    }
    int iv[4] = { 0, 0, 0, 0 };
    for (int i = 0; i < 4; i++)
        if (v[2 + i] && as_int(v[2 + i], &iv[i]) < 0)
            return NULL;
    struct addrinfo *res;
    if (resolve(host, port, iv[0], iv[1], iv[2], iv[3], &res) < 0)
        return NULL;
    ft_obj *out = ft_list_new(0);
    for (struct addrinfo *p = res; out && p; p = p->ai_next) {
        sockaddr_any a;
        memset(&a, 0, sizeof a);
        socklen_t l = p->ai_addrlen < sizeof a ? p->ai_addrlen : sizeof a;
        memcpy(&a, p->ai_addr, l);
        ft_obj *addr = make_addr(&a, l);
        ft_obj *canon = ft_str_from_cstr(p->ai_canonname ? p->ai_canonname : "");
        ft_obj *t = addr && canon ? ft_tuple_pack(5, ft_int_from_i64(p->ai_family), ft_int_from_i64(p->ai_socktype),
                                                  ft_int_from_i64(p->ai_protocol), canon, addr) : NULL;
        if (!t || ft_list_append(out, t) < 0)
            out = NULL;
    }
    freeaddrinfo(res);
    (void)keep_h;
    (void)keep_p;
    return out;
}

static ft_obj *m_getnameinfo(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("getnameinfo", nargs, kw, 2, 2) < 0)
        return NULL;
    ft_obj *sa = args[0];
    if (!ft_tuple_check(sa))
        return ft_err_format(ft_exc_TypeError, "getnameinfo() argument 1 must be a tuple");
    ft_ssize n = ft_tuple_size(sa);
    if (n < 2 || n > 4 || !ft_str_check(ft_tuple_get(sa, 0)))
        return ft_err_format(ft_exc_TypeError, "getnameinfo(): illegal sockaddr argument");
    int port, flags;
    if (as_int(ft_tuple_get(sa, 1), &port) < 0 || as_int(args[1], &flags) < 0)
        return NULL;
    int64_t flow = 0, scope = 0;
    if (n > 2 && (flow = ft_int_as_i64(ft_tuple_get(sa, 2))) == -1 && ft_err_occurred())
        return NULL;
    if (n > 3 && (scope = ft_int_as_i64(ft_tuple_get(sa, 3))) == -1 && ft_err_occurred())
        return NULL;
    if (flow < 0 || flow > 0xfffff)
        return ft_err_format(ft_exc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
    char pbuf[32];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    ft_obj *keep;
    const char *host = host_cstr(ft_tuple_get(sa, 0), &keep);
    if (!host)
        return NULL;
    struct addrinfo *res;
    if (resolve(host, pbuf, AF_UNSPEC, SOCK_DGRAM, 0, AI_NUMERICHOST, &res) < 0)
        return NULL;
    if (res->ai_next) {
        freeaddrinfo(res);
        return ft_err_format(ft_exc_OSError, "sockaddr resolved to multiple addresses");
    }
    sockaddr_any a;
    memset(&a, 0, sizeof a);
    socklen_t l = res->ai_addrlen < sizeof a ? res->ai_addrlen : sizeof a;
    memcpy(&a, res->ai_addr, l);
    freeaddrinfo(res);
    if (a.sa.sa_family == AF_INET) {
        if (n != 2)
            return ft_err_format(ft_exc_OSError, "IPv4 sockaddr must be 2 tuple");
    } else if (a.sa.sa_family == AF_INET6) {
        a.in6.sin6_flowinfo = htonl((uint32_t)flow);
        a.in6.sin6_scope_id = (uint32_t)scope;
    }
    gni_call c;
    memset(&c, 0, sizeof c);
    c.a = &a;
    c.len = l;
    c.flags = flags;
    ft_blocking_call(do_gni, &c);
    if (c.r != 0)
        return raise_gai(c.r, c.err);
    ft_obj *h = ft_str_from_cstr(c.host), *s = ft_str_from_cstr(c.serv);
    return h && s ? ft_tuple_pack(2, h, s) : NULL;
}

static ft_obj *m_getservbyname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("getservbyname", nargs, kw, 1, 2) < 0)
        return NULL;
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "getservbyname() argument 1 must be str, not %T", args[0]);
    if (nargs > 1 && !ft_str_check(args[1]))
        return ft_err_format(ft_exc_TypeError, "getservbyname() argument 2 must be str, not %T", args[1]);
    struct servent se, *r = NULL;
    char buf[4096];
    getservbyname_r(ft_str_utf8(args[0]), nargs > 1 ? ft_str_utf8(args[1]) : NULL, &se, buf, sizeof buf, &r);
    if (!r)
        return ft_err_format(ft_exc_OSError, "service/proto not found");
    return ft_int_from_i64(ntohs((uint16_t)r->s_port));
}

static ft_obj *m_getservbyport(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("getservbyport", nargs, kw, 1, 2) < 0)
        return NULL;
    int port;
    if (as_int(args[0], &port) < 0)
        return NULL;
    if (nargs > 1 && !ft_str_check(args[1]))
        return ft_err_format(ft_exc_TypeError, "getservbyport() argument 2 must be str, not %T", args[1]);
    if (port < 0 || port > 0xffff)
        return ft_err_format(ft_exc_OverflowError, "getservbyport: port must be 0-65535.");
    struct servent se, *r = NULL;
    char buf[4096];
    getservbyport_r(htons((uint16_t)port), nargs > 1 ? ft_str_utf8(args[1]) : NULL, &se, buf, sizeof buf, &r);
    if (!r)
        return ft_err_format(ft_exc_OSError, "port/proto not found");
    return ft_str_from_cstr(r->s_name);
}

static ft_obj *m_getprotobyname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "getprotobyname() argument must be str, not %T", args[0]);
    struct protoent pe, *r = NULL;
    char buf[4096];
    getprotobyname_r(ft_str_utf8(args[0]), &pe, buf, sizeof buf, &r);
    if (!r)
        return ft_err_format(ft_exc_OSError, "protocol not found");
    return ft_int_from_i64(r->p_proto);
}

/* hton/ntoh: CPython's argument checks and messages. */
static int u16_arg(ft_obj *o, const char *name, uint16_t *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf || v < INT32_MIN || v > INT32_MAX) {
        ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (v < 0) {
        ft_err_format(ft_exc_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name);
        return -1;
    }
    if (v > 0xffff) {
        ft_err_format(ft_exc_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name);
        return -1;
    }
    *out = (uint16_t)v;
    return 0;
}

static int u32_arg(ft_obj *o, uint32_t *out) {
    if (!ft_int_check(o)) {
        ft_err_format(ft_exc_TypeError, "expected int, %T found", o);
        return -1;
    }
    if (ft_int_sign(o) < 0) {
        ft_err_format(ft_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(o, &v, &ovf);
    if (ovf) {
        mpz_t z;
        mpz_init(z);
        ft_int_to_mpz(o, z);
        bool fits_ulong = mpz_sizeinbase(z, 2) <= 64;
        mpz_clear(z);
        if (!fits_ulong) {
            ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C unsigned long");
            return -1;
        }
    }
    if (ovf || v > 0xffffffffLL) {
        ft_err_format(ft_exc_OverflowError, "int larger than 32 bits");
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

static ft_obj *m_htons(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    uint16_t v;
    return u16_arg(args[0], "htons", &v) < 0 ? NULL : ft_int_from_i64(htons(v));
}
static ft_obj *m_ntohs(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    uint16_t v;
    return u16_arg(args[0], "ntohs", &v) < 0 ? NULL : ft_int_from_i64(ntohs(v));
}
static ft_obj *m_htonl(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    uint32_t v;
    return u32_arg(args[0], &v) < 0 ? NULL : ft_int_from_u64(htonl(v));
}
static ft_obj *m_ntohl(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    uint32_t v;
    return u32_arg(args[0], &v) < 0 ? NULL : ft_int_from_u64(ntohl(v));
}

static ft_obj *m_inet_aton(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "inet_aton() argument must be str, not %T", args[0]);
    struct in_addr a;
    const char *s = ft_str_utf8(args[0]);
    if ((ft_ssize)strlen(s) != FT_STR(args[0])->nbytes || inet_aton(s, &a) == 0)
        return ft_err_format(ft_exc_OSError, "illegal IP address string passed to inet_aton");
    return ft_bytes_new((const char *)&a, 4);
}

static ft_obj *m_inet_ntoa(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    if (view.len != 4) {
        ft_release_buffer(&view);
        return ft_err_format(ft_exc_OSError, "packed IP wrong length for inet_ntoa");
    }
    struct in_addr a;
    memcpy(&a, view.buf, 4);
    ft_release_buffer(&view);
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &a, buf, sizeof buf);
    return ft_str_from_cstr(buf);
}

static ft_obj *m_inet_pton(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("inet_pton", nargs, kw, 2, 2) < 0)
        return NULL;
    int af;
    if (as_int(args[0], &af) < 0)
        return NULL;
    if (!ft_str_check(args[1]))
        return ft_err_format(ft_exc_TypeError, "inet_pton() argument 2 must be str, not %T", args[1]);
    unsigned char out[16];
    const char *s = ft_str_utf8(args[1]);
    int r = inet_pton(af, s, out);
    if (r < 0)
        return raise_errno(errno);
    if (r == 0 || (ft_ssize)strlen(s) != FT_STR(args[1])->nbytes)
        return ft_err_format(ft_exc_OSError, "illegal IP address string passed to inet_pton");
    return ft_bytes_new((const char *)out, af == AF_INET ? 4 : 16);
}

static ft_obj *m_inet_ntop(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("inet_ntop", nargs, kw, 2, 2) < 0)
        return NULL;
    int af;
    if (as_int(args[0], &af) < 0)
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(args[1], &view) < 0)
        return NULL;
    unsigned char in[16];
    ft_ssize n = view.len;
    if (n <= 16)
        memcpy(in, view.buf, (size_t)n);
    ft_release_buffer(&view);
    if (af == AF_INET) {
        if (n != 4)
            return ft_err_format(ft_exc_ValueError, "invalid length of packed IP address string");
    } else if (af == AF_INET6) {
        if (n != 16)
            return ft_err_format(ft_exc_ValueError, "invalid length of packed IP address string");
    } else {
        return ft_err_format(ft_exc_ValueError, "unknown address family %d", af);
    }
    char buf[INET6_ADDRSTRLEN + 1];
    if (!inet_ntop(af, in, buf, sizeof buf))
        return raise_errno(errno);
    return ft_str_from_cstr(buf);
}

static ft_obj *new_sock_from_fd(int fd, int family, int type, int proto) {
    sockobj *s = (sockobj *)sock_new(&ft_socket_type, NULL, 0, NULL);
    if (!s) {
        close(fd);
        return NULL;
    }
    s->family = family;
    s->type = type;
    s->proto = proto;
    atomic_store(&s->fd, fd);
    int64_t t = atomic_load(&default_timeout_ns);
    if (t >= 0 && apply_timeout(s, t) < 0)
        return NULL;
    return (ft_obj *)s;
}

static ft_obj *m_socketpair(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (argc_check("socketpair", nargs, kw, 0, 3) < 0)
        return NULL;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if ((nargs > 0 && as_int(args[0], &family) < 0) || (nargs > 1 && as_int(args[1], &type) < 0) ||
        (nargs > 2 && as_int(args[2], &proto) < 0))
        return NULL;
    int sv[2];
    if (socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0)
        return raise_errno(errno);
    int bare = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    ft_obj *a = new_sock_from_fd(sv[0], family, bare, proto);
    if (!a) {
        close(sv[1]);
        return NULL;
    }
    ft_obj *b = new_sock_from_fd(sv[1], family, bare, proto);
    if (!b)
        return NULL;
    if (type & SOCK_NONBLOCK) {
        atomic_store(&SOCK(a)->timeout_ns, 0);
        atomic_store(&SOCK(b)->timeout_ns, 0);
    }
    return ft_tuple_pack(2, a, b);
}

/* Network interfaces (names and indexes, e.g. for IPv6 scope ids). */
static ft_obj *m_if_nameindex(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    struct if_nameindex *ni = if_nameindex();
    if (!ni)
        return raise_errno(errno);
    ft_obj *out = ft_list_new(0);
    for (struct if_nameindex *p = ni; out && p->if_index; p++) {
        ft_obj *name = ft_str_from_cstr(p->if_name);
        ft_obj *t = name ? ft_tuple_pack(2, ft_int_from_i64(p->if_index), name) : NULL;
        if (!t || ft_list_append(out, t) < 0)
            out = NULL;
    }
    if_freenameindex(ni);
    return out;
}

static ft_obj *m_if_nametoindex(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *keep = args[0];
    const char *name;
    if (ft_str_check(args[0])) {
        name = ft_str_utf8(args[0]);
    } else if (ft_bytes_check(args[0])) {
        name = ft_bytes_data(args[0]);
    } else {
        return ft_err_format(ft_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", args[0]);
    }
    unsigned idx = if_nametoindex(name);
    (void)keep;
    if (idx == 0)
        return ft_err_format(ft_exc_OSError, "no interface with this name");
    return ft_int_from_u64(idx);
}

static ft_obj *m_if_indextoname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_int_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "an integer is required");
    if (ft_int_sign(args[0]) < 0)
        return ft_err_format(ft_exc_OverflowError, "can't convert negative value to unsigned int");
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(args[0], &v, &ovf);
    if (ovf || v > 0xffffffffLL)
        return ft_err_format(ft_exc_OverflowError, "index is too large");
    char buf[IF_NAMESIZE + 1];
    if (!if_indextoname((unsigned)v, buf))
        return raise_errno(errno);
    return ft_str_from_cstr(buf);
}

static ft_obj *cmsg_common(ft_obj *arg, bool space, const char *name) {
    ft_obj *i = ft_index(arg);
    if (!i)
        return NULL;
    int64_t v;
    int ovf;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf || v < 0 || v > 0x7fffffff - 64)
        return ft_err_format(ft_exc_OverflowError, "%s() argument out of range", name);
    return ft_int_from_i64(space ? (int64_t)CMSG_SPACE((size_t)v) : (int64_t)CMSG_LEN((size_t)v));
}

static ft_obj *m_cmsg_len(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return cmsg_common(args[0], false, "CMSG_LEN");
}

static ft_obj *m_cmsg_space(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    return cmsg_common(args[0], true, "CMSG_SPACE");
}

static ft_obj *m_dup(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int fd;
    if (as_int(args[0], &fd) < 0)
        return NULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0)
        return raise_errno(errno);
    return ft_int_from_i64(nfd);
}

static ft_obj *m_close(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    int fd;
    if (as_int(args[0], &fd) < 0)
        return NULL;
    if (close(fd) < 0 && errno != ECONNRESET)
        return raise_errno(errno);
    return ft_None;
}

static const ft_method_def sock_module_methods[] = {
    { "getdefaulttimeout", m_getdefaulttimeout, FT_METH_NOARGS, "default timeout of new sockets (None: blocking)" },
    { "setdefaulttimeout", m_setdefaulttimeout, FT_METH_O, "setdefaulttimeout(timeout)" },
    { "gethostname", m_gethostname, FT_METH_NOARGS, "the host name" },
    { "gethostbyname", m_gethostbyname, FT_METH_O, "gethostbyname(host) -> IPv4 address" },
    { "gethostbyname_ex", m_gethostbyname_ex, FT_METH_O, "gethostbyname_ex(host) -> (name, aliases, addresses)" },
    { "gethostbyaddr", m_gethostbyaddr, FT_METH_O, "gethostbyaddr(ip) -> (name, aliases, addresses)" },
    { "getaddrinfo", m_getaddrinfo, FT_METH_VARARGS | FT_METH_KEYWORDS,
      "getaddrinfo(host, port[, family, type, proto, flags]) -> list of (family, type, proto, canonname, sockaddr)" },
    { "getnameinfo", m_getnameinfo, FT_METH_VARARGS, "getnameinfo(sockaddr, flags) -> (host, port)" },
    { "getservbyname", m_getservbyname, FT_METH_VARARGS, "getservbyname(name[, proto]) -> port" },
    { "getservbyport", m_getservbyport, FT_METH_VARARGS, "getservbyport(port[, proto]) -> name" },
    { "getprotobyname", m_getprotobyname, FT_METH_O, "getprotobyname(name) -> int" },
    { "htons", m_htons, FT_METH_O, NULL },
    { "ntohs", m_ntohs, FT_METH_O, NULL },
    { "htonl", m_htonl, FT_METH_O, NULL },
    { "ntohl", m_ntohl, FT_METH_O, NULL },
    { "inet_aton", m_inet_aton, FT_METH_O, "inet_aton(str) -> 4 bytes" },
    { "inet_ntoa", m_inet_ntoa, FT_METH_O, "inet_ntoa(packed) -> str" },
    { "inet_pton", m_inet_pton, FT_METH_VARARGS, "inet_pton(af, str) -> bytes" },
    { "inet_ntop", m_inet_ntop, FT_METH_VARARGS, "inet_ntop(af, packed) -> str" },
    { "socketpair", m_socketpair, FT_METH_VARARGS, "socketpair([family[, type[, proto]]]) -> (socket, socket)" },
    { "dup", m_dup, FT_METH_O, "dup(fd) -> new fd (non-inheritable)" },
    { "close", m_close, FT_METH_O, "close(fd)" },
    { "CMSG_LEN", m_cmsg_len, FT_METH_O, "CMSG_LEN(length) -> control message length" },
    { "if_nameindex", m_if_nameindex, FT_METH_NOARGS, "if_nameindex() -> [(index, name), ...]" },
    { "if_nametoindex", m_if_nametoindex, FT_METH_O, "if_nametoindex(name) -> index" },
    { "if_indextoname", m_if_indextoname, FT_METH_O, "if_indextoname(index) -> name" },
    { "CMSG_SPACE", m_cmsg_space, FT_METH_O, "CMSG_SPACE(length) -> buffer size for an item" },
    { NULL }
};

/* ---- module ----------------------------------------------------------------- */

static ft_once types_once = FT_ONCE_INIT;
static int types_status;

static void ready_types(void) {
    types_status = ft_type_ready(&ft_socket_type) < 0 ? -1 : 1;
}

static ft_obj *make_exc_class(const char *name, ft_type *base) {
    ft_obj *dict = ft_dict_new();
    ft_obj *mod = ft_str_from_cstr("socket");
    ft_obj *nm = ft_str_from_cstr(name);
    ft_obj *bases = ft_tuple_pack(1, (ft_obj *)base);
    if (!dict || !mod || !nm || !bases || ft_dict_set_cstr(dict, "__module__", mod) < 0)
        return NULL;
    return ft_call3((ft_obj *)&ft_type_type, nm, bases, dict);
}

#define C(name) { #name, name }
static const struct { const char *n; int64_t v; } sock_consts[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX),
#ifdef AF_PACKET
    C(AF_PACKET),
#endif
#ifdef AF_NETLINK
    C(AF_NETLINK),
#endif
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET),
    C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SOL_TCP), C(SOL_IP),
    C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE),
    C(SO_DONTROUTE), C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF),
    C(SO_RCVBUF), C(SO_SNDLOWAT), C(SO_RCVLOWAT), C(SO_SNDTIMEO), C(SO_RCVTIMEO),
    C(SO_ERROR), C(SO_TYPE), C(SO_DOMAIN), C(SO_PROTOCOL), C(SO_PEERCRED), C(SO_PASSCRED),
    C(SO_BINDTODEVICE), C(SO_PRIORITY), C(SO_MARK),
    C(SOMAXCONN), C(SCM_RIGHTS), C(SCM_CREDENTIALS),
    C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_TRUNC),
    C(MSG_CTRUNC), C(MSG_WAITALL), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_CONFIRM),
    C(MSG_ERRQUEUE), C(MSG_MORE),
    C(IPPROTO_IP), C(IPPROTO_ICMP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6),
    C(IPPROTO_RAW), C(IPPROTO_ICMPV6), C(IPPROTO_SCTP), C(IPPROTO_UDPLITE),
    C(IPPORT_RESERVED), C(IPPORT_USERRESERVED),
    C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE),
    C(INADDR_UNSPEC_GROUP), C(INADDR_ALLHOSTS_GROUP), C(INADDR_MAX_LOCAL_GROUP),
    C(IP_TOS), C(IP_TTL), C(IP_HDRINCL), C(IP_OPTIONS), C(IP_RECVOPTS), C(IP_RETOPTS),
    C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IP_ADD_MEMBERSHIP),
    C(IP_DROP_MEMBERSHIP), C(IP_DEFAULT_MULTICAST_TTL), C(IP_DEFAULT_MULTICAST_LOOP),
    C(IP_MAX_MEMBERSHIPS), C(IP_RECVTOS), C(IP_PKTINFO), C(IP_TRANSPARENT), C(IP_BIND_ADDRESS_NO_PORT),
    C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP), C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_IF),
    C(IPV6_MULTICAST_LOOP), C(IPV6_UNICAST_HOPS), C(IPV6_V6ONLY), C(IPV6_CHECKSUM),
    C(IPV6_RECVPKTINFO), C(IPV6_PKTINFO), C(IPV6_TCLASS), C(IPV6_RECVTCLASS),
    C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL),
    C(TCP_KEEPCNT), C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP),
    C(TCP_INFO), C(TCP_QUICKACK), C(TCP_FASTOPEN), C(TCP_CONGESTION), C(TCP_USER_TIMEOUT),
    C(TCP_NOTSENT_LOWAT),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED),
    C(AI_ALL), C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM),
    C(NI_MAXHOST), C(NI_MAXSERV),
    C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY),
    C(EAI_MEMORY), C(EAI_NODATA), C(EAI_NONAME), C(EAI_OVERFLOW), C(EAI_SERVICE),
    C(EAI_SOCKTYPE), C(EAI_SYSTEM),
};
#undef C

static int sock_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "_socket: type initialisation failed");
        return -1;
    }
    if (ft_module_add_object(m, "socket", (ft_obj *)&ft_socket_type) < 0 ||
        ft_module_add_object(m, "SocketType", (ft_obj *)&ft_socket_type) < 0 ||
        ft_module_add_object(m, "error", (ft_obj *)ft_exc_OSError) < 0 ||
        ft_module_add_object(m, "timeout", (ft_obj *)FT_EXC(TimeoutError)) < 0 ||
        ft_module_add_object(m, "has_ipv6", ft_True) < 0)
        return -1;
    ft_obj *herror = make_exc_class("herror", ft_exc_OSError);
    ft_obj *gaierror = herror ? make_exc_class("gaierror", ft_exc_OSError) : NULL;
    ft_interp *in = ft_interp_current();
    if (!gaierror || ft_module_add_object(m, "herror", herror) < 0 ||
        ft_module_add_object(m, "gaierror", gaierror) < 0 ||
        ft_dict_set_cstr(in->module_state, "_socket.herror", herror) < 0 ||
        ft_dict_set_cstr(in->module_state, "_socket.gaierror", gaierror) < 0)
        return -1;
    for (size_t i = 0; i < FT_ARRAY_LEN(sock_consts); i++)
        if (ft_module_add_int(m, sock_consts[i].n, sock_consts[i].v) < 0)
            return -1;
    return 0;
}

const ft_module_def ft__socket_module_def = {
    .name = "_socket",
    .doc = "Implementation module for socket operations.",
    .methods = sock_module_methods,
    .exec = sock_exec,
    .gil_safe = true,
};
