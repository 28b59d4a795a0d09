/* io.c -- the io module: open(), buffered binary files, text files,
 * StringIO and BytesIO, and the interpreter's standard streams.
 *
 * LAYERS (as in CPython): a text file (_io.TextIOWrapper) encodes/decodes
 * and translates newlines on top of a buffered binary file
 * (_io.BufferedReader/Writer/Random), which owns the file descriptor and
 * its read and write buffers. `text.buffer` is that binary object, so
 * mixing sys.stdout.write() and sys.stdout.buffer.write() keeps order.
 *
 * LOCKING: every operation holds the object's ob_lock; a text operation
 * then calls into its buffer, which takes the buffer's lock: the order is
 * always text -> buffer, never the reverse, so the nesting cannot
 * deadlock. System calls run through ft_blocking_call (detached); they
 * touch only the byte buffers of objects the caller keeps alive.
 * Buffers are GC blocks (FT_GC_ATOMIC), replaced, never freed, on growth.
 */
#include "core/ftcore.h"
#include <locale.h>
#include "objects/codecs.h"
#include "modules/io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define IO_CHUNK 8192

extern ft_type ft_bufferedreader_type, ft_bufferedwriter_type, ft_bufferedrandom_type,
    ft_textiowrapper_type, ft_stringio_type, ft_bytesio_type;
static ft_type *unsupported_exc;   /* io.UnsupportedOperation, set once at init */

/* ======================= raw syscalls, run detached ========================== */

typedef struct { int fd; char *buf; size_t len; ssize_t result; int err; } sysio;

static void *do_read(void *p) {
    sysio *a = p;
    do {
        a->result = read(a->fd, a->buf, a->len);
    } while (a->result < 0 && errno == EINTR);
    a->err = errno;
    return NULL;
}

static void *do_write(void *p) {
    sysio *a = p;
    size_t done = 0;
    while (done < a->len) {
        ssize_t r = write(a->fd, a->buf + done, a->len - done);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            a->err = errno;
            a->result = -1;
            return NULL;
        }
        done += (size_t)r;
    }
    a->result = (ssize_t)done;
    return NULL;
}

static ssize_t sys_read(int fd, char *buf, size_t len) {
    sysio a = { fd, buf, len, 0, 0 };
    ft_blocking_call(do_read, &a);
    errno = a.err;
    return a.result;
}

static ssize_t sys_write(int fd, const char *buf, size_t len) {
    sysio a = { fd, (char *)buf, len, 0, 0 };
    ft_blocking_call(do_write, &a);
    errno = a.err;
    return a.result;
}

/* ============================ buffered binary file =============================== */

typedef struct bufio {
    ft_obj ob;
    int fd;
    bool readable, writable, seekable, closed, closefd, append;
    int isatty;            /* -1 unknown */
    ft_obj *name;          /* str, bytes or int */
    ft_obj *mode;          /* str */
    ft_obj *dict;
    char *wbuf; ft_ssize wlen, wcap;
    char *rbuf; ft_ssize rpos, rlen, rcap;
    bool eof;
} bufio;

static ft_obj *err_closed(void) {
    ft_err_set_str(ft_exc_ValueError, "I/O operation on closed file.");
    return NULL;
}

static ft_obj *err_unsupported(const char *what) {
    ft_err_set_str(unsupported_exc, what);
    return NULL;
}

static int buf_flush_locked(bufio *b) {
    if (b->wlen == 0)
        return 0;
    ssize_t r = sys_write(b->fd, b->wbuf, (size_t)b->wlen);
    if (r < 0) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return -1;
    }
    b->wlen = 0;
    return 0;
}

/* Before reading after writing (or vice versa) the positions must agree. */
static int buf_sync_for_write(bufio *b) {
    if (b->rlen - b->rpos > 0 && b->seekable) {
        if (lseek(b->fd, -(off_t)(b->rlen - b->rpos), SEEK_CUR) < 0) {
            ft_err_from_errno(ft_exc_OSError, NULL);
            return -1;
        }
    }
    b->rpos = b->rlen = 0;
    return 0;
}

static int buf_write_locked(bufio *b, const char *data, ft_ssize n) {
    if (b->rlen && buf_sync_for_write(b) < 0)
        return -1;
    if (b->wlen + n > b->wcap) {
        if (buf_flush_locked(b) < 0)
            return -1;
        if (n >= IO_CHUNK) {
            ssize_t r = sys_write(b->fd, data, (size_t)n);
            if (r < 0) {
                ft_err_from_errno(ft_exc_OSError, NULL);
                return -1;
            }
            return 0;
        }
    }
    if (!b->wbuf) {
        b->wbuf = ft_gc_alloc(IO_CHUNK, FT_GC_ATOMIC);
        if (!b->wbuf)
            return -1;
        b->wcap = IO_CHUNK;
    }
    memcpy(b->wbuf + b->wlen, data, (size_t)n);
    b->wlen += n;
    return 0;
}

/* Make at least one more byte available; 0 at EOF, -1 error. */
static int buf_fill_locked(bufio *b) {
    if (b->rpos < b->rlen)
        return 1;
    if (b->wlen && buf_flush_locked(b) < 0)
        return -1;
    if (!b->rbuf) {
        b->rbuf = ft_gc_alloc(IO_CHUNK, FT_GC_ATOMIC);
        if (!b->rbuf)
            return -1;
        b->rcap = IO_CHUNK;
    }
    ssize_t r = sys_read(b->fd, b->rbuf, (size_t)b->rcap);
    if (r < 0) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return -1;
    }
    b->rpos = 0;
    b->rlen = r;
    return r > 0;
}

/* A raw byte accumulator: ft_strbuf counts code points, so bytes use a
 * simple GC buffer instead. */
typedef struct { char *p; ft_ssize len, cap; } bytebuf;

static int bb_append(bytebuf *bb, const char *s, ft_ssize n) {
    if (bb->len + n > bb->cap) {
        ft_ssize cap = bb->cap ? bb->cap : 256;
        while (cap < bb->len + n)
            cap *= 2;
        char *np = ft_gc_realloc(bb->p, (size_t)bb->cap, (size_t)cap, FT_GC_ATOMIC);
        if (!np)
            return -1;
        bb->p = np;
        bb->cap = cap;
    }
    memcpy(bb->p + bb->len, s, (size_t)n);
    bb->len += n;
    return 0;
}

static ft_ssize buf_read_bytes(bufio *b, bytebuf *out, ft_ssize n, bool stop_at_newline) {
    ft_ssize got = 0;
    while (n < 0 || got < n) {
        int f = buf_fill_locked(b);
        if (f < 0)
            return -1;
        if (f == 0)
            break;
        ft_ssize avail = b->rlen - b->rpos;
        ft_ssize take = (n < 0 || avail < n - got) ? avail : n - got;
        if (stop_at_newline) {
            char *nl = memchr(b->rbuf + b->rpos, '\n', (size_t)take);
            if (nl)
                take = nl - (b->rbuf + b->rpos) + 1;
        }
        if (bb_append(out, b->rbuf + b->rpos, take) < 0)
            return -1;
        b->rpos += take;
        got += take;
        if (stop_at_newline && out->len && out->p[out->len - 1] == '\n')
            break;
        if (n >= 0 && b->isatty == 1 && b->rpos == b->rlen)
            break;
    }
    return got;
}

static bufio *check_buf(ft_obj *self, bool need_open) {
    bufio *b = (bufio *)self;
    if (need_open && b->closed) {
        err_closed();
        return NULL;
    }
    return b;
}

static ft_obj *buf_read(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("read", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize n = -1;
    if (nargs && args[0] != ft_None) {
        n = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (n == -1 && ft_err_occurred())
            return NULL;
    }
    bufio *b = check_buf(self, true);
    if (!b)
        return NULL;
    if (!b->readable)
        return err_unsupported("read");
    bytebuf bb = { 0 };
    ft_lock(b);
    ft_ssize r = buf_read_bytes(b, &bb, n, false);
    ft_unlock(b);
    if (r < 0)
        return NULL;
    return ft_bytes_new(bb.p, bb.len);
}

static ft_obj *buf_readline(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("readline", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize n = -1;
    if (nargs && args[0] != ft_None) {
        n = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (n == -1 && ft_err_occurred())
            return NULL;
    }
    bufio *b = check_buf(self, true);
    if (!b)
        return NULL;
    if (!b->readable)
        return err_unsupported("readline");
    bytebuf bb = { 0 };
    ft_lock(b);
    ft_ssize r = buf_read_bytes(b, &bb, n, true);
    ft_unlock(b);
    if (r < 0)
        return NULL;
    return ft_bytes_new(bb.p, bb.len);
}

static ft_obj *buf_write_impl(ft_obj *self, ft_obj *arg) {
    bufio *b = check_buf(self, true);
    if (!b)
        return NULL;
    if (!b->writable)
        return err_unsupported("write");
    if (ft_str_check(arg))
        return ft_err_format(ft_exc_TypeError, "a bytes-like object is required, not 'str'");
    ft_buffer view;
    if (ft_get_buffer(arg, &view) < 0)
        return NULL;
    ft_lock(b);
    int r = buf_write_locked(b, view.buf, view.len);
    ft_unlock(b);
    ft_release_buffer(&view);
    if (r < 0)
        return NULL;
    return ft_int_from_i64(view.len);
}

static ft_obj *buf_write(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return buf_write_impl(self, args[0]);
}

static ft_obj *buf_flush(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bufio *b = check_buf(self, true);
    if (!b)
        return NULL;
    ft_lock(b);
    int r = buf_flush_locked(b);
    ft_unlock(b);
    return r < 0 ? NULL : ft_None;
}

static int buf_close_impl(bufio *b) {
    if (b->closed)
        return 0;
    ft_lock(b);
    int r = buf_flush_locked(b);
    b->closed = true;
    if (b->closefd && b->fd >= 0)
        close(b->fd);
    ft_unlock(b);
    return r;
}

static ft_obj *buf_close(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return buf_close_impl((bufio *)self) < 0 ? NULL : ft_None;
}

static ft_obj *io_seek_impl(bufio *b, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("seek", nargs, kwnames, 1, 2) < 0)
        return NULL;
    int64_t off = ft_int_as_i64(args[0]);
    if (off == -1 && ft_err_occurred())
        return NULL;
    int whence = 0;
    if (nargs > 1) {
        whence = (int)ft_int_as_i64(args[1]);
        if (whence == -1 && ft_err_occurred())
            return NULL;
    }
    if (whence < 0 || whence > 2)
        return ft_err_format(ft_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (b->closed)
        return err_closed();
    ft_lock(b);
    if (buf_flush_locked(b) < 0) {
        ft_unlock(b);
        return NULL;
    }
    if (whence == 1)
        off -= b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    off_t r = lseek(b->fd, (off_t)off, whence);
    ft_unlock(b);
    if (r < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_int_from_i64(r);
}

static ft_obj *buf_seek(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return io_seek_impl((bufio *)self, args, nargs, kwnames);
}

static int64_t buf_tell_impl(bufio *b) {
    off_t r = lseek(b->fd, 0, SEEK_CUR);
    if (r < 0) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return -1;
    }
    return (int64_t)r + b->wlen - (b->rlen - b->rpos);
}

static ft_obj *buf_tell(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bufio *b = check_buf(self, true);
    if (!b)
        return NULL;
    ft_lock(b);
    int64_t r = buf_tell_impl(b);
    ft_unlock(b);
    return r < 0 ? NULL : ft_int_from_i64(r);
}

static ft_obj *buf_truncate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bufio *b = check_buf(self, true);
    if (!b)
        return NULL;
    if (!b->writable)
        return err_unsupported("truncate");
    ft_lock(b);
    int64_t size;
    if (buf_flush_locked(b) < 0) {
        ft_unlock(b);
        return NULL;
    }
    if (nargs && args[0] != ft_None) {
        size = ft_int_as_i64(args[0]);
    } else {
        size = buf_tell_impl(b);
    }
    if (size < 0 || ftruncate(b->fd, (off_t)size) < 0) {
        ft_unlock(b);
        if (!ft_err_occurred())
            ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    ft_unlock(b);
    return ft_int_from_i64(size);
}

static ft_obj *bool_method(bool v) { return ft_bool(v); }

static ft_obj *buf_readable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    bufio *b = check_buf(self, true);
    return b ? bool_method(b->readable) : NULL;
}
static ft_obj *buf_writable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    bufio *b = check_buf(self, true);
    return b ? bool_method(b->writable) : NULL;
}
static ft_obj *buf_seekable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    bufio *b = check_buf(self, true);
    return b ? bool_method(b->seekable) : NULL;
}
static ft_obj *buf_fileno(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    bufio *b = check_buf(self, true);
    return b ? ft_int_from_i64(b->fd) : NULL;
}
static ft_obj *buf_isatty(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    bufio *b = check_buf(self, true);
    return b ? bool_method(isatty(b->fd) == 1) : NULL;
}

static ft_obj *generic_enter(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_call_method0(self, "_checkClosed") ? self : NULL;
}

static ft_obj *generic_exit(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_call_method0(self, "close");
}

static ft_obj *generic_iter(ft_obj *self) {
    ft_obj *r = ft_call_method0(self, "_checkClosed");
    return r ? self : NULL;
}

static ft_obj *generic_next(ft_obj *self) {
    ft_obj *line = ft_call_method0(self, "readline");
    if (!line)
        return NULL;
    ft_ssize n = ft_len(line);
    if (n < 0)
        return NULL;
    return n == 0 ? NULL : line;
}

static ft_obj *generic_readlines(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("readlines", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize hint = -1;
    if (nargs && args[0] != ft_None) {
        hint = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (hint == -1 && ft_err_occurred())
            return NULL;
    }
    ft_obj *result = ft_list_new(0);
    if (!result)
        return NULL;
    ft_ssize total = 0;
    for (;;) {
        ft_obj *line = ft_call_method0(self, "readline");
        if (!line)
            return NULL;
        ft_ssize n = ft_len(line);
        if (n < 0)
            return NULL;
        if (n == 0)
            break;
        if (ft_list_append(result, line) < 0)
            return NULL;
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return result;
}

static ft_obj *generic_writelines_impl(ft_obj *self, ft_obj *arg) {
    ft_obj *it = ft_iter(arg);
    if (!it)
        return NULL;
    ft_obj *item;
    while ((item = ft_iter_next(it))) {
        if (!ft_call_method1(self, "write", item))
            return NULL;
    }
    return ft_err_occurred() ? NULL : ft_None;
}

static ft_obj *generic_writelines(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return generic_writelines_impl(self, args[0]);
}

static ft_obj *generic_check_closed(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *c = ft_getattr_cstr(self, "closed");
    if (!c)
        return NULL;
    int t = ft_is_true(c);
    if (t < 0)
        return NULL;
    if (t)
        return err_closed();
    return ft_None;
}

static ft_obj *buf_get_closed(ft_obj *self, void *c) { return ft_bool(((bufio *)self)->closed); }
static ft_obj *buf_get_name(ft_obj *self, void *c) { return ((bufio *)self)->name; }
static ft_obj *buf_get_mode(ft_obj *self, void *c) { return ((bufio *)self)->mode; }
static ft_obj *buf_get_raw(ft_obj *self, void *c) { return self; }

static ft_obj *buf_repr(ft_obj *self) {
    bufio *b = (bufio *)self;
    const char *tn = ft_type_name(ft_type_of(self));
    if (!b->name)
        return ft_str_from_format("<_io.%s>", tn);
    return ft_str_from_format("<_io.%s name=%R>", tn, b->name);
}

static const ft_method_def bufio_methods[] = {
    { "read", buf_read, 0, NULL },
    { "read1", buf_read, 0, NULL },
    { "readline", buf_readline, 0, NULL },
    { "readlines", generic_readlines, 0, NULL },
    { "write", buf_write, FT_METH_O, NULL },
    { "writelines", generic_writelines, FT_METH_O, NULL },
    { "flush", buf_flush, FT_METH_NOARGS, NULL },
    { "close", buf_close, FT_METH_NOARGS, NULL },
    { "seek", buf_seek, 0, NULL },
    { "tell", buf_tell, FT_METH_NOARGS, NULL },
    { "truncate", buf_truncate, 0, NULL },
    { "readable", buf_readable, FT_METH_NOARGS, NULL },
    { "writable", buf_writable, FT_METH_NOARGS, NULL },
    { "seekable", buf_seekable, FT_METH_NOARGS, NULL },
    { "fileno", buf_fileno, FT_METH_NOARGS, NULL },
    { "isatty", buf_isatty, FT_METH_NOARGS, NULL },
    { "_checkClosed", generic_check_closed, FT_METH_NOARGS, NULL },
    { "__enter__", generic_enter, FT_METH_NOARGS, NULL },
    { "__exit__", generic_exit, 0, NULL },
    { NULL }
};

static const ft_getset_def bufio_getsets[] = {
    { "closed", buf_get_closed, NULL, NULL, NULL },
    { "name", buf_get_name, NULL, NULL, NULL },
    { "mode", buf_get_mode, NULL, NULL, NULL },
    { "raw", buf_get_raw, NULL, NULL, NULL },
    { NULL }
};

/* GC finalizer of the file objects open() returns (and of subclasses):
 * close, which flushes first, as IOBase.__del__ does. The layers below the
 * returned object are not registered themselves: closing the outermost one
 * closes them in the right order (text -> buffer -> fd). */
static ft_obj *io_finalize(ft_obj *self) {
    return ft_call_method0(self, "close");
}

#define BUFIO_TYPE(cname, pyname) \
    ft_type cname = { \
        FT_TYPE_HEAD_INIT, \
        .name = "_io." pyname, \
        .basicsize = sizeof(bufio), \
        .flags = FT_TPF_BASETYPE, \
        .dictoffset = offsetof(bufio, dict), \
        .repr = buf_repr, \
        .iter = generic_iter, \
        .iternext = generic_next, \
        .methods = bufio_methods, \
        .getsets = bufio_getsets, \
        .del_ = io_finalize, \
    };
BUFIO_TYPE(ft_bufferedreader_type, "BufferedReader")
BUFIO_TYPE(ft_bufferedwriter_type, "BufferedWriter")
BUFIO_TYPE(ft_bufferedrandom_type, "BufferedRandom")

/* ================================== text file =================================== */

typedef struct textio {
    ft_obj ob;
    bufio *buffer;
    ft_obj *encoding;      /* str, canonical spelling as given */
    const char *codec;     /* canonical codec name (static string) */
    ft_obj *errors;        /* str */
    ft_obj *newline;       /* None, '', '\n', '\r', '\r\n' */
    bool line_buffering, write_through;
    bool translate_in;     /* newline None: \r\n and \r -> \n on input */
    const char *write_nl;  /* NULL: write \n as is */
    /* decoded, newline-translated text not yet returned (UTF-8) */
    char *tbuf; ft_ssize tpos, tlen, tcap;
    bool pending_cr;       /* translate_in: a \r ended the last chunk */
    char *undecoded; ft_ssize nundecoded; /* bytes of an incomplete char */
    int byteorder;
    ft_obj *mode;          /* the mode string given to open() */
    ft_obj *dict;
} textio;

static int text_append(textio *t, const char *s, ft_ssize n) {
    if (t->tpos > 0 && t->tpos == t->tlen)
        t->tpos = t->tlen = 0;
    if (t->tlen + n > t->tcap) {
        ft_ssize live = t->tlen - t->tpos;
        ft_ssize cap = t->tcap ? t->tcap : IO_CHUNK;
        while (cap < live + n)
            cap *= 2;
        char *nb = ft_gc_alloc((size_t)cap, FT_GC_ATOMIC);
        if (!nb)
            return -1;
        if (live)
            memcpy(nb, t->tbuf + t->tpos, (size_t)live);
        t->tbuf = nb;
        t->tcap = cap;
        t->tpos = 0;
        t->tlen = live;
    }
    memcpy(t->tbuf + t->tlen, s, (size_t)n);
    t->tlen += n;
    return 0;
}

/* Translate newlines of decoded UTF-8 text into the text buffer. */
static int text_feed(textio *t, const char *s, ft_ssize n, bool final) {
    if (!t->translate_in)
        return text_append(t, s, n);
    ft_ssize start = 0;
    if (t->pending_cr) {
        t->pending_cr = false;
        if (n > 0 && s[0] == '\n')
            start = 1;
    }
    for (ft_ssize i = start; i < n; i++) {
        if (s[i] != '\r')
            continue;
        if (text_append(t, s + start, i - start) < 0 || text_append(t, "\n", 1) < 0)
            return -1;
        if (i + 1 < n) {
            if (s[i + 1] == '\n')
                i++;
        } else if (!final) {
            t->pending_cr = true;
        }
        start = i + 1;
    }
    return text_append(t, s + start, n - start);
}

/* Read one chunk of bytes from the buffer and decode it; 0 at EOF. */
static int text_fill(textio *t) {
    bufio *b = t->buffer;
    ft_lock(b);
    int f = buf_fill_locked(b);
    if (f < 0) {
        ft_unlock(b);
        return -1;
    }
    bytebuf raw = { 0 };
    if (t->nundecoded && bb_append(&raw, t->undecoded, t->nundecoded) < 0) {
        ft_unlock(b);
        return -1;
    }
    if (f > 0) {
        if (bb_append(&raw, b->rbuf + b->rpos, b->rlen - b->rpos) < 0) {
            ft_unlock(b);
            return -1;
        }
        b->rpos = b->rlen;
    }
    ft_unlock(b);
    bool final = f == 0;
    if (raw.len == 0) {
        t->nundecoded = 0;
        if (final && t->pending_cr)
            t->pending_cr = false;
        return f;
    }
    ft_ssize consumed = 0;
    ft_obj *s = ft_codec_decode_incremental(raw.p, raw.len, t->codec, ft_str_utf8(t->errors),
                                            final, &consumed, &t->byteorder);
    if (!s)
        return -1;
    ft_ssize rest = raw.len - consumed;
    t->undecoded = rest ? raw.p + consumed : NULL;
    t->nundecoded = rest;
    if (text_feed(t, ft_str_utf8(s), FT_STR(s)->nbytes, final) < 0)
        return -1;
    return final ? (t->tlen > t->tpos ? 1 : 0) : 1;
}

static textio *check_text(ft_obj *self) {
    textio *t = (textio *)self;
    if (t->buffer->closed) {
        err_closed();
        return NULL;
    }
    return t;
}

static ft_obj *text_take(textio *t, ft_ssize nbytes) {
    ft_obj *r = ft_str_new_trusted(t->tbuf + t->tpos, nbytes, -1);
    if (r)
        t->tpos += nbytes;
    return r;
}

/* Byte length of the first n code points of s[0..len). */
static ft_ssize utf8_prefix(const char *s, ft_ssize len, ft_ssize n) {
    ft_ssize i = 0;
    while (i < len && n > 0) {
        unsigned char c = (unsigned char)s[i];
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        n--;
    }
    return i > len ? len : i;
}

static ft_obj *text_read(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("read", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize n = -1;
    if (nargs && args[0] != ft_None) {
        n = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (n == -1 && ft_err_occurred())
            return NULL;
    }
    textio *t = check_text(self);
    if (!t)
        return NULL;
    if (!t->buffer->readable)
        return err_unsupported("not readable");
    ft_lock(t);
    ft_obj *r = NULL;
    for (;;) {
        ft_ssize avail = t->tlen - t->tpos;
        if (n >= 0) {
            ft_ssize pre = utf8_prefix(t->tbuf + t->tpos, avail, n);
            ft_ssize ncp = 0;
            for (ft_ssize i = 0; i < pre; i++)
                ncp += ((unsigned char)t->tbuf[t->tpos + i] & 0xC0) != 0x80;
            if (ncp >= n) {
                r = text_take(t, pre);
                break;
            }
        }
        int f = text_fill(t);
        if (f < 0)
            break;
        if (f == 0) {
            r = text_take(t, t->tlen - t->tpos);
            break;
        }
    }
    ft_unlock(t);
    return r;
}

static ft_obj *text_readline(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("readline", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize limit = -1;
    if (nargs && args[0] != ft_None) {
        limit = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (limit == -1 && ft_err_occurred())
            return NULL;
    }
    textio *t = check_text(self);
    if (!t)
        return NULL;
    if (!t->buffer->readable)
        return err_unsupported("not readable");
    const char *nl = "\n";
    if (t->newline != ft_None && ft_str_len(t->newline) > 0)
        nl = ft_str_utf8(t->newline);
    bool any_nl = t->newline != ft_None && ft_str_len(t->newline) == 0;
    ft_lock(t);
    ft_obj *r = NULL;
    ft_ssize scanned = 0;
    for (;;) {
        char *s = t->tbuf ? t->tbuf + t->tpos : NULL;
        ft_ssize avail = t->tlen - t->tpos;
        ft_ssize end = -1;
        for (ft_ssize i = scanned; i < avail; i++) {
            if (any_nl) {
                if (s[i] == '\n') { end = i + 1; break; }
                if (s[i] == '\r') {
                    if (i + 1 < avail) { end = (s[i + 1] == '\n') ? i + 2 : i + 1; break; }
                    break;   /* need the next char to decide */
                }
            } else if (s[i] == nl[0] && (nl[1] == 0 || (i + 1 < avail && s[i + 1] == nl[1]))) {
                end = i + (ft_ssize)strlen(nl);
                break;
            }
        }
        if (end < 0)
            scanned = avail > 0 ? avail - 1 : 0;
        if (limit >= 0) {
            ft_ssize pre = utf8_prefix(s, avail, limit);
            ft_ssize ncp = 0;
            for (ft_ssize i = 0; i < pre; i++)
                ncp += ((unsigned char)s[i] & 0xC0) != 0x80;
            if ((end < 0 || pre < end) && ncp >= limit) {
                r = text_take(t, pre);
                break;
            }
        }
        if (end >= 0) {
            r = text_take(t, end);
            break;
        }
        int f = text_fill(t);
        if (f < 0)
            break;
        if (f == 0) {
            r = text_take(t, t->tlen - t->tpos);
            break;
        }
    }
    ft_unlock(t);
    return r;
}

static ft_obj *text_write_impl(ft_obj *self, ft_obj *arg) {
    textio *t = check_text(self);
    if (!t)
        return NULL;
    if (!ft_str_check(arg))
        return ft_err_format(ft_exc_TypeError, "write() argument must be str, not %T", arg);
    if (!t->buffer->writable)
        return err_unsupported("not writable");
    ft_obj *s = arg;
    if (t->write_nl && strchr(ft_str_utf8(s), '\n')) {
        ft_obj *lines = ft_call_method(s, "split", (ft_obj *[]){ ft_str_from_cstr("\n") }, 1);
        if (!lines)
            return NULL;
        s = ft_str_join(ft_str_from_cstr(t->write_nl), lines);
        if (!s)
            return NULL;
    }
    const char *data;
    ft_ssize n;
    if (strcmp(t->codec, "utf-8") == 0) {
        /* Our str is (generalised) UTF-8: only lone surrogates (ED A0..BF
         * lead bytes) need the codec and its error handler. */
        data = ft_str_utf8(s);
        n = FT_STR(s)->nbytes;
        bool surrogate = false;
        for (ft_ssize i = 0; !FT_STR(s)->is_ascii && i + 2 < n && !surrogate; i++)
            surrogate = (unsigned char)data[i] == 0xED && ((unsigned char)data[i + 1] & 0xE0) == 0xA0;
        if (surrogate) {
            ft_obj *enc = ft_codec_encode(s, t->codec, ft_str_utf8(t->errors));
            if (!enc)
                return NULL;
            data = ft_bytes_data(enc);
            n = ft_bytes_size(enc);
        }
    } else {
        ft_obj *enc = ft_codec_encode(s, t->codec, ft_str_utf8(t->errors));
        if (!enc)
            return NULL;
        data = ft_bytes_data(enc);
        n = ft_bytes_size(enc);
    }
    bufio *b = t->buffer;
    ft_lock(t);
    ft_lock(b);
    int r = buf_write_locked(b, data, n);
    if (r == 0 && (t->write_through || (t->line_buffering && memchr(data, '\n', (size_t)n))))
        r = buf_flush_locked(b);
    ft_unlock(b);
    ft_unlock(t);
    if (r < 0)
        return NULL;
    return ft_int_from_i64(ft_str_len(arg));
}

static ft_obj *text_write(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return text_write_impl(self, args[0]);
}

static ft_obj *text_flush(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    if (!t)
        return NULL;
    return buf_flush((ft_obj *)t->buffer, NULL, 0, NULL);
}

static ft_obj *text_close(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = (textio *)self;
    return buf_close_impl(t->buffer) < 0 ? NULL : ft_None;
}

static ft_obj *text_seek(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    textio *t = check_text(self);
    if (!t)
        return NULL;
    if (nargs >= 1 && nargs <= 2) {
        int whence = nargs > 1 ? (int)ft_int_as_i64(args[1]) : 0;
        int64_t off = ft_int_as_i64(args[0]);
        if (ft_err_occurred())
            return NULL;
        if (whence == 1 && off != 0)
            return err_unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0)
            return err_unsupported("can't do nonzero end-relative seeks");
        if (whence == 1) {
            /* tell() */
            return ft_call_method0(self, "tell");
        }
    }
    ft_lock(t);
    t->tpos = t->tlen = 0;
    t->nundecoded = 0;
    t->pending_cr = false;
    ft_unlock(t);
    return io_seek_impl(t->buffer, args, nargs, kwnames);
}

static ft_obj *text_tell(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    if (!t)
        return NULL;
    ft_lock(t);
    bufio *b = t->buffer;
    ft_lock(b);
    int64_t pos = buf_tell_impl(b);
    ft_unlock(b);
    if (pos >= 0 && t->tlen > t->tpos) {
        /* Undo the text we decoded but did not return: re-encode it. */
        ft_obj *rest = ft_str_new_trusted(t->tbuf + t->tpos, t->tlen - t->tpos, -1);
        ft_obj *enc = rest ? ft_codec_encode(rest, t->codec, "surrogatepass") : NULL;
        if (!enc)
            pos = -1;
        else
            pos -= ft_bytes_size(enc);
    }
    if (pos >= 0)
        pos -= t->nundecoded;
    ft_unlock(t);
    return pos < 0 ? NULL : ft_int_from_i64(pos);
}

static ft_obj *text_truncate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    textio *t = check_text(self);
    if (!t)
        return NULL;
    return buf_truncate((ft_obj *)t->buffer, args, nargs, kwnames);
}

static ft_obj *text_readable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    return t ? ft_bool(t->buffer->readable) : NULL;
}
static ft_obj *text_writable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    return t ? ft_bool(t->buffer->writable) : NULL;
}
static ft_obj *text_seekable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    return t ? ft_bool(t->buffer->seekable) : NULL;
}
static ft_obj *text_fileno(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    return t ? ft_int_from_i64(t->buffer->fd) : NULL;
}
static ft_obj *text_isatty(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    textio *t = check_text(self);
    return t ? ft_bool(isatty(t->buffer->fd) == 1) : NULL;
}
static ft_obj *text_reconfigure(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "$encoding", "$errors", "$newline", "$line_buffering", "$write_through", NULL };
    ft_obj *v[5];
    if (ft_parse_args("reconfigure", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    textio *t = (textio *)self;
    if (v[0] && v[0] != ft_None) {
        if (!ft_str_check(v[0]))
            return ft_err_format(ft_exc_TypeError, "reconfigure() argument 'encoding' must be str or None, not %T", v[0]);
        const char *c = ft_codec_canonical(ft_str_utf8(v[0]));
        if (!c)
            return ft_err_format(FT_EXC(LookupError), "unknown encoding: %U", v[0]);
        t->codec = c;
        t->encoding = v[0];
    }
    if (v[1] && v[1] != ft_None)
        t->errors = v[1];
    if (v[3] && v[3] != ft_None) {
        int b = ft_is_true(v[3]);
        if (b < 0)
            return NULL;
        t->line_buffering = b;
    }
    if (v[4] && v[4] != ft_None) {
        int b = ft_is_true(v[4]);
        if (b < 0)
            return NULL;
        t->write_through = b;
    }
    return ft_None;
}

static ft_obj *text_get_closed(ft_obj *self, void *c) { return ft_bool(((textio *)self)->buffer->closed); }
static ft_obj *text_get_name(ft_obj *self, void *c) { return ((textio *)self)->buffer->name; }
static ft_obj *text_get_mode(ft_obj *self, void *c) {
    textio *t = (textio *)self;
    return t->mode ? t->mode : t->buffer->mode;
}
static ft_obj *text_get_buffer(ft_obj *self, void *c) { return (ft_obj *)((textio *)self)->buffer; }
static ft_obj *text_get_encoding(ft_obj *self, void *c) { return ((textio *)self)->encoding; }
static ft_obj *text_get_errors(ft_obj *self, void *c) { return ((textio *)self)->errors; }
static ft_obj *text_get_line_buffering(ft_obj *self, void *c) { return ft_bool(((textio *)self)->line_buffering); }
static ft_obj *text_get_newlines(ft_obj *self, void *c) { return ft_None; }

static ft_obj *text_repr(ft_obj *self) {
    textio *t = (textio *)self;
    ft_obj *mode = text_get_mode(self, NULL);
    return ft_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding=%R>",
                              t->buffer->name, mode, t->encoding);
}

static const ft_method_def textio_methods[] = {
    { "read", text_read, 0, NULL },
    { "readline", text_readline, 0, NULL },
    { "readlines", generic_readlines, 0, NULL },
    { "write", text_write, FT_METH_O, NULL },
    { "writelines", generic_writelines, FT_METH_O, NULL },
    { "flush", text_flush, FT_METH_NOARGS, NULL },
    { "close", text_close, FT_METH_NOARGS, NULL },
    { "seek", text_seek, 0, NULL },
    { "tell", text_tell, FT_METH_NOARGS, NULL },
    { "truncate", text_truncate, 0, NULL },
    { "readable", text_readable, FT_METH_NOARGS, NULL },
    { "writable", text_writable, FT_METH_NOARGS, NULL },
    { "seekable", text_seekable, FT_METH_NOARGS, NULL },
    { "fileno", text_fileno, FT_METH_NOARGS, NULL },
    { "isatty", text_isatty, FT_METH_NOARGS, NULL },
    { "reconfigure", text_reconfigure, FT_METH_KEYWORDS, NULL },
    { "_checkClosed", generic_check_closed, FT_METH_NOARGS, NULL },
    { "__enter__", generic_enter, FT_METH_NOARGS, NULL },
    { "__exit__", generic_exit, 0, NULL },
    { NULL }
};

static const ft_getset_def textio_getsets[] = {
    { "closed", text_get_closed, NULL, NULL, NULL },
    { "name", text_get_name, NULL, NULL, NULL },
    { "mode", text_get_mode, NULL, NULL, NULL },
    { "buffer", text_get_buffer, NULL, NULL, NULL },
    { "encoding", text_get_encoding, NULL, NULL, NULL },
    { "errors", text_get_errors, NULL, NULL, NULL },
    { "line_buffering", text_get_line_buffering, NULL, NULL, NULL },
    { "newlines", text_get_newlines, NULL, NULL, NULL },
    { NULL }
};

ft_type ft_textiowrapper_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(textio),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(textio, dict),
    .repr = text_repr,
    .iter = generic_iter,
    .iternext = generic_next,
    .methods = textio_methods,
    .getsets = textio_getsets,
    .del_ = io_finalize,
};

/* ============================== construction / open() ============================= */

static bufio *new_bufio(int fd, bool r, bool w, bool append, ft_obj *name, ft_obj *mode, bool closefd) {
    ft_type *tp = (r && w) ? &ft_bufferedrandom_type : w ? &ft_bufferedwriter_type : &ft_bufferedreader_type;
    bufio *b = (bufio *)ft_obj_alloc(tp, sizeof(bufio));
    if (!b)
        return NULL;
    b->fd = fd;
    b->readable = r;
    b->writable = w;
    b->append = append;
    b->closefd = closefd;
    b->name = name;
    b->mode = mode;
    b->isatty = isatty(fd) == 1;
    b->seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    return b;
}

static textio *new_textio(bufio *b, ft_obj *encoding, ft_obj *errors, ft_obj *newline, bool line_buffering) {
    const char *codec = "utf-8";
    ft_obj *encname = ft_str_from_cstr("UTF-8");
    /* "locale": the locale's encoding; ftpy always runs with UTF-8 text. */
    if (encoding && ft_str_check(encoding) && strcmp(ft_str_utf8(encoding), "locale") == 0)
        encoding = NULL;
    if (encoding && encoding != ft_None) {
        if (!ft_str_check(encoding))
            return (textio *)ft_err_format(ft_exc_TypeError, "open() argument 'encoding' must be str or None, not %T", encoding);
        codec = ft_codec_canonical(ft_str_utf8(encoding));
        if (!codec)
            return (textio *)ft_err_format(FT_EXC(LookupError), "unknown encoding: %U", encoding);
        encname = encoding;
    }
    if (errors && errors != ft_None && !ft_str_check(errors))
        return (textio *)ft_err_format(ft_exc_TypeError, "open() argument 'errors' must be str or None, not %T", errors);
    if (!newline)
        newline = ft_None;
    if (newline != ft_None) {
        if (!ft_str_check(newline))
            return (textio *)ft_err_format(ft_exc_TypeError, "open() argument 'newline' must be str or None, not %T", newline);
        const char *nl = ft_str_utf8(newline);
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n"))
            return (textio *)ft_err_format(ft_exc_ValueError, "illegal newline value: %U", newline);
    }
    textio *t = (textio *)ft_obj_alloc(&ft_textiowrapper_type, sizeof(textio));
    if (!t || !encname)
        return NULL;
    t->buffer = b;
    t->encoding = encname;
    t->codec = codec;
    t->errors = (errors && errors != ft_None) ? errors : ft_str_from_cstr("strict");
    t->newline = newline;
    t->translate_in = newline == ft_None;
    if (newline != ft_None && ft_str_len(newline) > 0 && strcmp(ft_str_utf8(newline), "\n") != 0)
        t->write_nl = ft_str_utf8(newline);
    t->line_buffering = line_buffering;
    return t->errors ? t : NULL;
}

static ft_obj *io_open(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL };
    ft_obj *v[8];
    if (ft_parse_args("open", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *file = v[0];
    const char *mode = "r";
    ft_obj *modeobj = v[1];
    if (modeobj) {
        if (!ft_str_check(modeobj))
            return ft_err_format(ft_exc_TypeError, "open() argument 'mode' must be str, not %T", modeobj);
        mode = ft_str_utf8(modeobj);
    }
    bool r = false, w = false, a = false, x = false, plus = false, binary = false, text = false;
    for (const char *p = mode; *p; p++) {
        char c = *p;
        bool dup = strchr(p + 1, c) != NULL;
        if (dup || !strchr("rwaxb+t", c))
            return ft_err_format(ft_exc_ValueError, "invalid mode: '%s'", mode);
        switch (c) {
        case 'r': r = true; break;
        case 'w': w = true; break;
        case 'a': a = true; break;
        case 'x': x = true; break;
        case '+': plus = true; break;
        case 'b': binary = true; break;
        case 't': text = true; break;
        }
    }
    if (binary && text)
        return ft_err_format(ft_exc_ValueError, "can't have text and binary mode at once");
    if ((int)r + (int)w + (int)a + (int)x != 1)
        return ft_err_format(ft_exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (binary && v[3] && v[3] != ft_None)
        return ft_err_format(ft_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && v[4] && v[4] != ft_None)
        return ft_err_format(ft_exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && v[5] && v[5] != ft_None)
        return ft_err_format(ft_exc_ValueError, "binary mode doesn't take a newline argument");
    int64_t buffering = -1;
    if (v[2]) {
        buffering = ft_int_as_i64(v[2]);
        if (buffering == -1 && ft_err_occurred())
            return NULL;
    }
    if (buffering == 0 && !binary)
        return ft_err_format(ft_exc_ValueError, "can't have unbuffered text I/O");
    bool closefd = true;
    if (v[6]) {
        int c = ft_is_true(v[6]);
        if (c < 0)
            return NULL;
        closefd = c;
    }
    int flags = O_CLOEXEC;
    if (r) flags |= plus ? O_RDWR : O_RDONLY;
    if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    if (a) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    int fd;
    ft_obj *name = file;
    if (ft_int_check(file) && !ft_type_is_subtype(ft_type_of(file), &ft_bool_type)) {
        fd = (int)ft_int_as_i64(file);
        if (fd < 0) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_ValueError, "negative file descriptor");
            return NULL;
        }
    } else {
        if (!closefd)
            return ft_err_format(ft_exc_ValueError, "Cannot use closefd=False with file name");
        ft_obj *path = file;
        if (!ft_str_check(path) && !ft_bytes_check(path)) {
            ft_obj *fspath = ft_lookup_special(path, ft_id(__fspath__));
            if (!fspath) {
                if (!ft_err_occurred())
                    ft_err_format(ft_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", path);
                return NULL;
            }
            path = ft_call0(fspath);
            if (!path)
                return NULL;
            name = path;
        }
        const char *cpath = ft_str_check(path) ? ft_str_utf8(path) : ft_bytes_data(path);
        if (strlen(cpath) != (size_t)(ft_str_check(path) ? FT_STR(path)->nbytes : ft_bytes_size(path)))
            return ft_err_format(ft_exc_ValueError, "embedded null byte");
        do {
            fd = open(cpath, flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return ft_err_from_errno(ft_exc_OSError, path);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return ft_err_from_errno(ft_exc_OSError, path);
        }
    }
    char rawmode[8];
    int k = 0;
    if (r) rawmode[k++] = 'r';
    if (w) rawmode[k++] = 'w';
    if (a) rawmode[k++] = 'a';
    if (x) rawmode[k++] = 'x';
    if (binary) rawmode[k++] = 'b';
    if (plus) rawmode[k++] = '+';
    rawmode[k] = 0;
    ft_obj *bmode = ft_str_from_cstr(rawmode);
    if (!bmode)
        return NULL;
    bufio *b = new_bufio(fd, r || plus, w || a || x || plus, a, name, bmode, closefd);
    if (!b) {
        if (closefd)
            close(fd);
        return NULL;
    }
    if (a)
        lseek(fd, 0, SEEK_END);
    if (binary) {
        ft_gc_register_finalizer((ft_obj *)b);
        return (ft_obj *)b;
    }
    textio *t = new_textio(b, v[3], v[4], v[5], buffering == 1 || (buffering == -1 && b->isatty && b->writable));
    if (!t) {
        if (closefd)
            close(fd);
        return NULL;
    }
    t->mode = modeobj ? modeobj : ft_str_from_cstr("r");
    if (!t->mode)
        return NULL;
    ft_gc_register_finalizer((ft_obj *)t);
    return (ft_obj *)t;
}

/* ================================ StringIO / BytesIO ================================ */

/* Both keep their contents in a GC byte buffer: StringIO as UTF-8 with
 * positions counted in code points (converted on seek/tell), BytesIO as
 * raw bytes. Operations hold ob_lock. */
typedef struct memio {
    ft_obj ob;
    char *buf; ft_ssize len, cap;
    ft_ssize pos;          /* byte offset */
    bool closed;
    int exports;           /* BytesIO.getbuffer() views alive */
    ft_obj *dict;
} memio;

static int memio_reserve(memio *m, ft_ssize need) {
    if (need <= m->cap)
        return 0;
    ft_ssize cap = m->cap ? m->cap : 64;
    while (cap < need)
        cap *= 2;
    char *nb = ft_gc_realloc(m->buf, (size_t)m->cap, (size_t)cap + 1, FT_GC_ATOMIC);
    if (!nb)
        return -1;
    m->buf = nb;
    m->cap = cap;
    return 0;
}

static int memio_write_bytes(memio *m, const char *data, ft_ssize n) {
    if (n == 0)
        return 0;   /* also: data and buf may be NULL (UBSan: memcpy of NULL) */
    if (memio_reserve(m, m->pos + n) < 0)
        return -1;
    if (m->pos > m->len)
        memset(m->buf + m->len, 0, (size_t)(m->pos - m->len));
    memcpy(m->buf + m->pos, data, (size_t)n);
    m->pos += n;
    if (m->pos > m->len)
        m->len = m->pos;
    return 0;
}

static memio *check_memio(ft_obj *self) {
    memio *m = (memio *)self;
    if (m->closed) {
        /* CPython's in-memory streams word it without the full stop. */
        ft_err_set_str(ft_exc_ValueError, "I/O operation on closed file");
        return NULL;
    }
    return m;
}

static ft_ssize cp_count(const char *s, ft_ssize n) {
    ft_ssize c = 0;
    for (ft_ssize i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static ft_obj *stringio_init_value(memio *m, ft_obj *value) {
    if (value && value != ft_None) {
        if (!ft_str_check(value))
            return ft_err_format(ft_exc_TypeError, "initial_value must be str or None, not %T", value);
        if (memio_write_bytes(m, ft_str_utf8(value), FT_STR(value)->nbytes) < 0)
            return NULL;
        m->pos = 0;
    }
    return ft_None;
}

static ft_obj *stringio_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "initial_value", "newline", NULL };
    ft_obj *v[2];
    if (ft_parse_args("StringIO", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    memio *m = (memio *)ft_type_generic_alloc(type, 0);
    if (!m)
        return NULL;
    if (!stringio_init_value(m, v[0]))
        return NULL;
    return (ft_obj *)m;
}

static int stringio_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return 0;
}

static ft_obj *stringio_write_impl(ft_obj *self, ft_obj *arg) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    if (!ft_str_check(arg))
        return ft_err_format(ft_exc_TypeError, "string argument expected, got '%s'", ft_type_name(ft_type_of(arg)));
    ft_lock(m);
    int r;
    if (m->pos >= m->len) {
        r = memio_write_bytes(m, ft_str_utf8(arg), FT_STR(arg)->nbytes);
    } else {
        /* Overwrite len(arg) code points at pos: splice bytes. */
        ft_ssize ncp = ft_str_len(arg);
        ft_ssize old = utf8_prefix(m->buf + m->pos, m->len - m->pos, ncp);
        ft_ssize nb = FT_STR(arg)->nbytes;
        r = memio_reserve(m, m->len - old + nb);
        if (r == 0) {
            memmove(m->buf + m->pos + nb, m->buf + m->pos + old, (size_t)(m->len - m->pos - old));
            memcpy(m->buf + m->pos, ft_str_utf8(arg), (size_t)nb);
            m->len += nb - old;
            m->pos += nb;
        }
    }
    ft_unlock(m);
    return r < 0 ? NULL : ft_int_from_i64(ft_str_len(arg));
}

static ft_obj *stringio_write(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return stringio_write_impl(self, args[0]);
}

static ft_obj *stringio_getvalue(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_obj *r = ft_str_new_trusted(m->buf ? m->buf : "", m->len, -1);
    ft_unlock(m);
    return r;
}

static ft_obj *stringio_read(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("read", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize n = -1;
    if (nargs && args[0] != ft_None) {
        n = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (n == -1 && ft_err_occurred())
            return NULL;
    }
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_ssize avail = m->len > m->pos ? m->len - m->pos : 0;
    ft_ssize take = n < 0 ? avail : utf8_prefix(m->buf + m->pos, avail, n);
    ft_obj *r = ft_str_new_trusted(avail ? m->buf + m->pos : "", take, -1);
    if (r)
        m->pos += take;
    ft_unlock(m);
    return r;
}

static ft_obj *stringio_readline(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("readline", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize limit = -1;
    if (nargs && args[0] != ft_None) {
        limit = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (limit == -1 && ft_err_occurred())
            return NULL;
    }
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_ssize avail = m->len > m->pos ? m->len - m->pos : 0;
    const char *s = m->buf ? m->buf + m->pos : "";
    const char *nl = avail ? memchr(s, '\n', (size_t)avail) : NULL;
    ft_ssize take = nl ? nl - s + 1 : avail;
    if (limit >= 0) {
        ft_ssize lim = utf8_prefix(s, avail, limit);
        if (lim < take)
            take = lim;
    }
    ft_obj *r = ft_str_new_trusted(s, take, -1);
    if (r)
        m->pos += take;
    ft_unlock(m);
    return r;
}

static ft_obj *memio_seek_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, bool text) {
    if (ft_check_positional("seek", nargs, kwnames, 1, 2) < 0)
        return NULL;
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    int64_t off = ft_int_as_i64(args[0]);
    if (off == -1 && ft_err_occurred())
        return NULL;
    int whence = 0;
    if (nargs > 1) {
        whence = (int)ft_int_as_i64(args[1]);
        if (whence == -1 && ft_err_occurred())
            return NULL;
    }
    if (whence < 0 || whence > 2)
        return ft_err_format(ft_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (text && whence != 0 && off != 0)
        return err_unsupported(whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0)
        return ft_err_format(ft_exc_ValueError, "negative seek value %lld", (long long)off);
    ft_lock(m);
    ft_ssize newpos;
    if (whence == 0)
        newpos = text ? (ft_ssize)off : (ft_ssize)off;
    else if (whence == 1)
        newpos = text ? cp_count(m->buf, m->pos) : m->pos + (ft_ssize)off;
    else
        newpos = text ? cp_count(m->buf, m->len) : m->len + (ft_ssize)off;
    if (newpos < 0)
        newpos = 0;
    if (text) {
        ft_ssize cps = cp_count(m->buf, m->len);
        m->pos = newpos <= cps ? utf8_prefix(m->buf, m->len, newpos) : m->len + (newpos - cps);
    } else {
        m->pos = newpos;
    }
    ft_unlock(m);
    return ft_int_from_i64(newpos);
}

static ft_obj *stringio_seek(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return memio_seek_common(self, args, nargs, kwnames, true);
}

static ft_obj *stringio_tell(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_ssize p = m->pos <= m->len ? cp_count(m->buf, m->pos) : cp_count(m->buf, m->len) + (m->pos - m->len);
    ft_unlock(m);
    return ft_int_from_i64(p);
}

static ft_obj *memio_truncate_common(ft_obj *self, ft_obj *const *args, size_t nargs, bool text) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_ssize size = m->pos;
    ft_ssize result;
    if (nargs && args[0] != ft_None) {
        int64_t s = ft_int_as_i64(args[0]);
        if (s < 0) {
            ft_unlock(m);
            if (!ft_err_occurred())
                ft_err_format(ft_exc_ValueError, "Negative size value %lld", (long long)s);
            return NULL;
        }
        size = text ? utf8_prefix(m->buf, m->len, (ft_ssize)s) : (ft_ssize)s;
        result = (ft_ssize)s;
    } else {
        result = text ? cp_count(m->buf, m->pos < m->len ? m->pos : m->len) : m->pos;
    }
    if (size < m->len)
        m->len = size;
    ft_unlock(m);
    return ft_int_from_i64(result);
}

static ft_obj *stringio_truncate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return memio_truncate_common(self, args, nargs, true);
}

static ft_obj *memio_close(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    memio *m = (memio *)self;
    if (m->exports > 0) {
        ft_err_set_str(FT_EXC(BufferError), "Existing exports of data: object cannot be re-sized");
        return NULL;
    }
    m->closed = true;
    return ft_None;
}

static ft_obj *memio_true(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return check_memio(self) ? ft_True : NULL;
}
static ft_obj *memio_false(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return check_memio(self) ? ft_False : NULL;
}
static ft_obj *memio_flush(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return check_memio(self) ? ft_None : NULL;
}
static ft_obj *memio_fileno(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return err_unsupported("fileno");
}
static ft_obj *memio_get_closed(ft_obj *self, void *c) { return ft_bool(((memio *)self)->closed); }
static ft_obj *stringio_get_newlines(ft_obj *self, void *c) { return ft_None; }
static ft_obj *stringio_get_line_buffering(ft_obj *self, void *c) { return ft_False; }

static const ft_method_def stringio_methods[] = {
    { "write", stringio_write, FT_METH_O, NULL },
    { "writelines", generic_writelines, FT_METH_O, NULL },
    { "getvalue", stringio_getvalue, FT_METH_NOARGS, NULL },
    { "read", stringio_read, 0, NULL },
    { "readline", stringio_readline, 0, NULL },
    { "readlines", generic_readlines, 0, NULL },
    { "seek", stringio_seek, 0, NULL },
    { "tell", stringio_tell, FT_METH_NOARGS, NULL },
    { "truncate", stringio_truncate, 0, NULL },
    { "close", memio_close, FT_METH_NOARGS, NULL },
    { "flush", memio_flush, FT_METH_NOARGS, NULL },
    { "readable", memio_true, FT_METH_NOARGS, NULL },
    { "writable", memio_true, FT_METH_NOARGS, NULL },
    { "seekable", memio_true, FT_METH_NOARGS, NULL },
    { "isatty", memio_false, FT_METH_NOARGS, NULL },
    { "fileno", memio_fileno, FT_METH_NOARGS, NULL },
    { "_checkClosed", generic_check_closed, FT_METH_NOARGS, NULL },
    { "__enter__", generic_enter, FT_METH_NOARGS, NULL },
    { "__exit__", generic_exit, 0, NULL },
    { NULL }
};

static const ft_getset_def stringio_getsets[] = {
    { "closed", memio_get_closed, NULL, NULL, NULL },
    { "newlines", stringio_get_newlines, NULL, NULL, NULL },
    { "line_buffering", stringio_get_line_buffering, NULL, NULL, NULL },
    { NULL }
};

ft_type ft_stringio_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_io.StringIO",
    .basicsize = sizeof(memio),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(memio, dict),
    .new_ = stringio_new,
    .init = stringio_init,
    .iter = generic_iter,
    .iternext = generic_next,
    .methods = stringio_methods,
    .getsets = stringio_getsets,
};

static ft_obj *bytesio_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "initial_bytes", NULL };
    ft_obj *v[1];
    if (ft_parse_args("BytesIO", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    memio *m = (memio *)ft_type_generic_alloc(type, 0);
    if (!m)
        return NULL;
    if (v[0] && v[0] != ft_None) {
        ft_buffer view;
        if (ft_get_buffer(v[0], &view) < 0)
            return NULL;
        int r = memio_write_bytes(m, view.buf, view.len);
        ft_release_buffer(&view);
        if (r < 0)
            return NULL;
        m->pos = 0;
    }
    return (ft_obj *)m;
}

static ft_obj *bytesio_write_impl(ft_obj *self, ft_obj *arg) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    if (m->exports > 0) {
        ft_err_set_str(FT_EXC(BufferError), "Existing exports of data: object cannot be re-sized");
        return NULL;
    }
    ft_buffer view;
    if (ft_get_buffer(arg, &view) < 0)
        return NULL;
    ft_lock(m);
    int r = memio_write_bytes(m, view.buf, view.len);
    ft_unlock(m);
    ft_release_buffer(&view);
    return r < 0 ? NULL : ft_int_from_i64(view.len);
}

static ft_obj *bytesio_write(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return bytesio_write_impl(self, args[0]);
}

static ft_obj *bytesio_getvalue(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_obj *r = ft_bytes_new(m->buf, m->len);
    ft_unlock(m);
    return r;
}

static ft_obj *bytesio_read_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, bool line) {
    if (ft_check_positional(line ? "readline" : "read", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ft_ssize n = -1;
    if (nargs && args[0] != ft_None) {
        n = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (n == -1 && ft_err_occurred())
            return NULL;
    }
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    ft_lock(m);
    ft_ssize avail = m->len > m->pos ? m->len - m->pos : 0;
    ft_ssize take = (n < 0 || n > avail) ? avail : n;
    if (line && avail) {
        char *nl = memchr(m->buf + m->pos, '\n', (size_t)take);
        if (nl)
            take = nl - (m->buf + m->pos) + 1;
    }
    ft_obj *r = ft_bytes_new(avail ? m->buf + m->pos : NULL, take);
    if (r)
        m->pos += take;
    ft_unlock(m);
    return r;
}

static ft_obj *bytesio_read(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return bytesio_read_common(self, args, nargs, kwnames, false);
}
static ft_obj *bytesio_readline(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return bytesio_read_common(self, args, nargs, kwnames, true);
}
static ft_obj *bytesio_seek(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return memio_seek_common(self, args, nargs, kwnames, false);
}
static ft_obj *bytesio_tell(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    memio *m = check_memio(self);
    return m ? ft_int_from_i64(m->pos) : NULL;
}
static ft_obj *bytesio_truncate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return memio_truncate_common(self, args, nargs, false);
}
static ft_obj *bytesio_getbuffer(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    memio *m = check_memio(self);
    if (!m)
        return NULL;
    /* A memoryview over a bytearray copy would not alias; offer a
     * read-write view of our own storage once memoryview supports it. */
    ft_obj *ba = ft_bytearray_new(m->buf, m->len);
    return ba ? ft_call1((ft_obj *)&ft_memoryview_type, ba) : NULL;
}

static const ft_method_def bytesio_methods[] = {
    { "write", bytesio_write, FT_METH_O, NULL },
    { "writelines", generic_writelines, FT_METH_O, NULL },
    { "getvalue", bytesio_getvalue, FT_METH_NOARGS, NULL },
    { "getbuffer", bytesio_getbuffer, FT_METH_NOARGS, NULL },
    { "read", bytesio_read, 0, NULL },
    { "read1", bytesio_read, 0, NULL },
    { "readline", bytesio_readline, 0, NULL },
    { "readlines", generic_readlines, 0, NULL },
    { "seek", bytesio_seek, 0, NULL },
    { "tell", bytesio_tell, FT_METH_NOARGS, NULL },
    { "truncate", bytesio_truncate, 0, NULL },
    { "close", memio_close, FT_METH_NOARGS, NULL },
    { "flush", memio_flush, FT_METH_NOARGS, NULL },
    { "readable", memio_true, FT_METH_NOARGS, NULL },
    { "writable", memio_true, FT_METH_NOARGS, NULL },
    { "seekable", memio_true, FT_METH_NOARGS, NULL },
    { "isatty", memio_false, FT_METH_NOARGS, NULL },
    { "fileno", memio_fileno, FT_METH_NOARGS, NULL },
    { "_checkClosed", generic_check_closed, FT_METH_NOARGS, NULL },
    { "__enter__", generic_enter, FT_METH_NOARGS, NULL },
    { "__exit__", generic_exit, 0, NULL },
    { NULL }
};

static const ft_getset_def bytesio_getsets[] = {
    { "closed", memio_get_closed, NULL, NULL, NULL },
    { NULL }
};

ft_type ft_bytesio_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_io.BytesIO",
    .basicsize = sizeof(memio),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(memio, dict),
    .new_ = bytesio_new,
    .init = stringio_init,
    .iter = generic_iter,
    .iternext = generic_next,
    .methods = bytesio_methods,
    .getsets = bytesio_getsets,
};

/* ===================================== module ======================================= */

static ft_obj *io_text_encoding(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("text_encoding", nargs, kwnames, 1, 2) < 0)
        return NULL;
    /* Not in UTF-8 mode: None means the locale's encoding (CPython). */
    return args[0] == ft_None ? ft_str_from_cstr("locale") : args[0];
}

static const ft_method_def io_functions[] = {
    { "open", io_open, FT_METH_KEYWORDS, "Open file and return a stream." },
    { "text_encoding", io_text_encoding, 0, NULL },
    { NULL }
};

/* class UnsupportedOperation(OSError, ValueError), made once at start-up
 * and shared read-only by every interpreter, like the static types. */
static ft_type *make_unsupported(void) {
    ft_obj *bases = ft_tuple_pack(2, (ft_obj *)ft_exc_OSError, (ft_obj *)ft_exc_ValueError);
    ft_obj *dict = ft_dict_new();
    if (!bases || !dict || ft_dict_set_cstr(dict, "__module__", ft_str_from_cstr("io")) < 0)
        return NULL;
    return (ft_type *)ft_type_new_from_spec(ft_str_from_cstr("UnsupportedOperation"), bases, dict);
}

static int io_exec(ft_obj *m) {
    if (ft_module_add_type(m, &ft_bufferedreader_type) < 0 ||
        ft_module_add_type(m, &ft_bufferedwriter_type) < 0 ||
        ft_module_add_type(m, &ft_bufferedrandom_type) < 0 ||
        ft_module_add_type(m, &ft_textiowrapper_type) < 0 ||
        ft_module_add_type(m, &ft_stringio_type) < 0 ||
        ft_module_add_type(m, &ft_bytesio_type) < 0 ||
        ft_module_add_object(m, "UnsupportedOperation", (ft_obj *)unsupported_exc) < 0 ||
        ft_module_add_int(m, "DEFAULT_BUFFER_SIZE", IO_CHUNK) < 0 ||
        ft_module_add_int(m, "SEEK_SET", 0) < 0 ||
        ft_module_add_int(m, "SEEK_CUR", 1) < 0 ||
        ft_module_add_int(m, "SEEK_END", 2) < 0)
        return -1;
    /* Abstract base names used in isinstance checks and annotations. */
    ft_obj *d = ft_module_get_dict(m);
    if (ft_dict_set_cstr(d, "IOBase", (ft_obj *)&ft_object_type) < 0 ||
        ft_dict_set_cstr(d, "RawIOBase", (ft_obj *)&ft_object_type) < 0 ||
        ft_dict_set_cstr(d, "BufferedIOBase", (ft_obj *)&ft_object_type) < 0 ||
        ft_dict_set_cstr(d, "TextIOBase", (ft_obj *)&ft_object_type) < 0 ||
        ft_dict_set_cstr(d, "FileIO", (ft_obj *)&ft_bufferedrandom_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_io_module_def = {
    .name = "io",
    .doc = "The io module provides the Python interfaces to stream handling.",
    .methods = io_functions,
    .exec = io_exec,
    .gil_safe = true,
};

const ft_module_def ft__io_module_def = {
    .name = "_io",
    .doc = "The io module provides the Python interfaces to stream handling.",
    .methods = io_functions,
    .exec = io_exec,
    .gil_safe = true,
};

int ft_io_init(void) {
    static ft_type *const types[] = {
        &ft_bufferedreader_type, &ft_bufferedwriter_type, &ft_bufferedrandom_type,
        &ft_textiowrapper_type, &ft_stringio_type, &ft_bytesio_type,
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(types); i++)
        if (ft_type_ready(types[i]) < 0)
            return -1;
    unsupported_exc = make_unsupported();
    ft_gc_add_root(&unsupported_exc, sizeof unsupported_exc);
    return unsupported_exc ? 0 : -1;
}

ft_obj *ft_io_open(ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return io_open(NULL, args, nargs, kwnames);
}

/* The standard streams of an interpreter: fds 0, 1, 2 (not closed when
 * the objects are). stdout is line buffered on a terminal; stderr always;
 * encoding from PYTHONIOENCODING ("enc[:errors]") or UTF-8. */
/* CPython uses surrogateescape on stdin/stdout when the LC_CTYPE locale is
 * C/POSIX (including C.UTF-8, and locales that are not installed, which
 * fall back to C) or UTF-8 mode is on; strict otherwise. */
static bool std_surrogateescape(void) {
    const char *u = getenv("PYTHONUTF8");
    if (u && strcmp(u, "1") == 0)
        return true;
    const char *v = getenv("LC_ALL");
    if (!v || !*v)
        v = getenv("LC_CTYPE");
    if (!v || !*v)
        v = getenv("LANG");
    if (!v || !*v || strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0 || strncmp(v, "C.", 2) == 0)
        return true;
    locale_t l = newlocale(LC_CTYPE_MASK, v, (locale_t)0);
    if (!l)
        return true;
    freelocale(l);
    return false;
}

int ft_io_init_stdio(ft_obj *sys_dict) {
    const char *env = getenv("PYTHONIOENCODING");
    ft_obj *enc = NULL, *errs = NULL;
    if (env && *env) {
        const char *colon = strchr(env, ':');
        enc = colon ? ft_str_new(env, colon - env) : ft_str_from_cstr(env);
        if (colon && colon[1])
            errs = ft_str_from_cstr(colon + 1);
        if (enc && ft_str_len(enc) == 0)
            enc = NULL;
    }
    static const struct { int fd; const char *name, *attr, *dunder; bool r; } std[] = {
        { 0, "<stdin>", "stdin", "__stdin__", true },
        { 1, "<stdout>", "stdout", "__stdout__", false },
        { 2, "<stderr>", "stderr", "__stderr__", false },
    };
    for (int i = 0; i < 3; i++) {
        ft_obj *name = ft_str_from_cstr(std[i].name);
        ft_obj *mode = ft_str_from_cstr(std[i].r ? "rb" : "wb");
        if (!name || !mode)
            return -1;
        bufio *b = new_bufio(std[i].fd, std[i].r, !std[i].r, false, name, mode, false);
        if (!b)
            return -1;
        ft_obj *e = errs;
        if (!e && i == 2)
            e = ft_str_from_cstr("backslashreplace");
        else if (!e && std_surrogateescape())
            e = ft_str_from_cstr("surrogateescape");
        textio *t = new_textio(b, enc, e, ft_None, i == 2 || (i == 1 && b->isatty));
        if (!t)
            return -1;
        t->mode = ft_str_from_cstr(std[i].r ? "r" : "w");
        /* -u / PYTHONUNBUFFERED: every write reaches the fd at once. */
        if (!std[i].r && ft_rt && ft_rt->unbuffered)
            t->write_through = true;
        if (!t->mode ||
            ft_dict_set_cstr(sys_dict, std[i].attr, (ft_obj *)t) < 0 ||
            ft_dict_set_cstr(sys_dict, std[i].dunder, (ft_obj *)t) < 0)
            return -1;
    }
    return 0;
}

/* Flush sys.stdout and sys.stderr (at exit). Errors are reported once. */
void ft_io_flush_std(ft_obj *sys_dict) {
    static const char *const names[] = { "stdout", "stderr" };
    for (int i = 0; i < 2; i++) {
        ft_obj *f = ft_dict_get_cstr(sys_dict, names[i]);
        if (!f || f == ft_None)
            continue;
        ft_obj *r = ft_call_method0(f, "flush");
        if (!r)
            ft_err_clear();
    }
}
