/* zlibmodule.c -- the zlib module over the system zlib (-lz).
 *
 * One-shot functions (compress, decompress, crc32, adler32) keep their
 * z_stream on the C stack. Compress / Decompress objects own a z_stream
 * embedded in the object; every operation on it holds the object's ob_lock,
 * so two threads sharing one object are serialised and never corrupt the
 * stream. zlib's internal state is malloc()ed by zlib and released by the
 * type's finalizer (deflateEnd / inflateEnd), or at once after
 * Compress.flush(Z_FINISH).
 *
 * WHY THE OUTPUT IS MALLOCED. All deflate/inflate loops (zrun_*) are pure C:
 * they write into a malloc()ed buffer and touch no ft_* API, so that for big
 * inputs they can run DETACHED through ft_blocking_call (other threads and
 * the collector are not held up by a long compression). A detached run reads
 * a private malloc()ed copy of mutable input (bytearray, memoryview); bytes
 * are immutable and kept alive by the caller's stack, so they are read in
 * place. The result is turned into a bytes object after re-attaching.
 */
#include "core/ftcore.h"

#include <zlib.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define DEF_BUF_SIZE (16 * 1024)
#define DETACH_THRESHOLD (64 * 1024)

static ft_type *zlib_error;   /* zlib.error, made once (ft_once) */

/* ---- argument helpers ----------------------------------------------------- */

static int arg_int(ft_obj *o, int dflt, int *out) {
    if (!o) {
        *out = dflt;
        return 0;
    }
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int of;
    if (ft_int_as_i64_overflow(i, &v, &of) < 0)
        return -1;
    if (of || v > INT_MAX || v < INT_MIN) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int arg_ssize(ft_obj *o, ft_ssize dflt, ft_ssize *out) {
    if (!o) {
        *out = dflt;
        return 0;
    }
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int of;
    if (ft_int_as_i64_overflow(i, &v, &of) < 0)
        return -1;
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (ft_ssize)v;
    return 0;
}

static ft_obj *zlib_err(z_stream *zs, int err, const char *what) {
    const char *msg = NULL;
    if (err == Z_VERSION_ERROR)
        msg = "library version mismatch";
    else if (zs && zs->msg)
        msg = zs->msg;
    else if (err == Z_BUF_ERROR)
        msg = "incomplete or truncated stream";
    else if (err == Z_STREAM_ERROR)
        msg = "inconsistent stream state";
    else if (err == Z_DATA_ERROR)
        msg = "invalid input data";
    if (msg)
        return ft_err_format(zlib_error, "Error %d while %s: %.200s", err, what, msg);
    return ft_err_format(zlib_error, "Error %d while %s", err, what);
}

/* ---- the pure-C engine (may run detached) ----------------------------------- */

typedef struct zrun {
    z_stream *zs;
    bool deflating;
    int flush;                       /* deflate/inflate flush mode */
    const unsigned char *in;         /* remaining input not yet handed to zs */
    size_t inlen;
    unsigned char *out;              /* malloc()ed */
    size_t outlen, outcap;
    size_t maxout;                   /* inflate only; 0 = unlimited */
    const unsigned char *dict;       /* inflate: answer to Z_NEED_DICT */
    size_t dictlen;
    unsigned char *copy;             /* private copy of mutable input; free with zrun_free_copy */
    int nblocks;                     /* output growth steps taken so far */
    int err;                         /* last zlib result */
    bool nomem;
    bool dict_failed;                /* err came from inflateSetDictionary */
} zrun;

static void zrun_free_copy(zrun *r) {
    free(r->copy);
    r->copy = NULL;
}

static void feed(zrun *r) {
    if (r->zs->avail_in == 0 && r->inlen) {
        size_t n = r->inlen > UINT_MAX ? UINT_MAX : r->inlen;
        r->zs->next_in = (Bytef *)r->in;
        r->zs->avail_in = (uInt)n;
        r->in += n;
        r->inlen -= n;
    }
}

/* Output grows by blocks of 32 KiB, 64 KiB, 256 KiB, 1 MiB, ... up to
 * 256 MiB. The steps matter beyond speed: deflate at level 0 emits stored
 * blocks whose sizes follow the room it is given, and these steps give
 * the same bytes as CPython's zlib module. */
static size_t block_size(int i) {
    static const size_t kib = 1024, mib = 1024 * 1024;
    static const size_t steps[] = { 32 * kib, 64 * kib, 256 * kib, 1 * mib, 4 * mib, 8 * mib, 16 * mib,
                                    16 * mib, 32 * mib, 32 * mib, 32 * mib, 32 * mib, 64 * mib,
                                    64 * mib, 128 * mib, 128 * mib };
    return i < (int)FT_ARRAY_LEN(steps) ? steps[i] : 256 * mib;
}

/* Make room for more output; false when out of memory or at maxout. */
static bool grow(zrun *r) {
    if (r->outlen < r->outcap)
        return true;
    size_t ncap = r->outcap + block_size(r->nblocks);
    if (ncap < r->outcap) {
        r->nomem = true;
        return false;
    }
    if (r->maxout && ncap > r->maxout)
        ncap = r->maxout;
    if (ncap <= r->outcap)
        return false;
    unsigned char *p = realloc(r->out, ncap);
    if (!p) {
        r->nomem = true;
        return false;
    }
    r->out = p;
    r->outcap = ncap;
    r->nblocks++;
    return true;
}

static void set_out(zrun *r) {
    size_t room = r->outcap - r->outlen;
    r->zs->next_out = r->out + r->outlen;
    r->zs->avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
}

static void take_out(zrun *r, uInt before) {
    r->outlen += before - r->zs->avail_out;
}

/* deflate every byte of input, then (unless Z_NO_FLUSH) flush. */
static void *zrun_deflate(void *arg) {
    zrun *r = arg;
    z_stream *zs = r->zs;
    for (;;) {
        feed(r);
        if (!grow(r))
            return NULL;
        set_out(r);
        uInt before = zs->avail_out;
        int mode = r->inlen ? Z_NO_FLUSH : r->flush;
        r->err = deflate(zs, mode);
        take_out(r, before);
        if (r->err == Z_STREAM_ERROR)
            return NULL;
        if (r->err == Z_BUF_ERROR) {   /* no progress possible: done */
            r->err = Z_OK;
            if (zs->avail_in == 0 && r->inlen == 0)
                return NULL;
        }
        if (r->err == Z_STREAM_END)
            return NULL;
        if (zs->avail_out != 0 && zs->avail_in == 0 && r->inlen == 0)
            return NULL;
    }
}

static void *zrun_inflate(void *arg) {
    zrun *r = arg;
    z_stream *zs = r->zs;
    for (;;) {
        feed(r);
        if (r->maxout && r->outlen >= r->maxout)
            return NULL;
        if (!grow(r))
            return NULL;
        set_out(r);
        uInt before = zs->avail_out;
        r->err = inflate(zs, r->flush);
        take_out(r, before);
        if (r->err == Z_NEED_DICT && r->dict) {
            int e = inflateSetDictionary(zs, r->dict, (uInt)r->dictlen);
            if (e != Z_OK) {
                r->err = e;
                r->dict_failed = true;
                return NULL;
            }
            r->dict = NULL;   /* once: a second request is an error */
            continue;
        }
        if (r->err == Z_STREAM_END)
            return NULL;
        if (r->err == Z_BUF_ERROR) {
            if (zs->avail_out != 0 && r->inlen == 0)
                return NULL;        /* needs more input than there is */
            if (zs->avail_out != 0)
                continue;
            r->err = Z_OK;
            continue;
        }
        if (r->err != Z_OK)
            return NULL;
        if (zs->avail_out != 0 && zs->avail_in == 0 && r->inlen == 0)
            return NULL;
    }
}

/* Run the engine, detached when the input is big. `view` is the input; a
 * mutable one is copied first when running detached (r->copy, which the
 * caller frees once it no longer needs leftover input). */
static void run(zrun *r, ft_buffer *view, void *(*fn)(void *)) {
    unsigned char *copy = NULL;
    r->in = (const unsigned char *)view->buf;
    r->inlen = (size_t)view->len;
    if (view->len >= DETACH_THRESHOLD) {
        if (!view->readonly) {
            copy = malloc((size_t)view->len);
            if (!copy) {
                r->nomem = true;
                return;
            }
            memcpy(copy, view->buf, (size_t)view->len);
            r->in = copy;
            r->copy = copy;
        }
        ft_blocking_call(fn, r);
    } else {
        fn(r);
    }
}

static ft_obj *take_result(zrun *r) {
    ft_obj *b = ft_bytes_new((const char *)r->out, (ft_ssize)r->outlen);
    free(r->out);
    r->out = NULL;
    return b;
}

/* ---- one-shot functions --------------------------------------------------------- */

static ft_obj *z_compress(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "", "level", "wbits", NULL };
    ft_obj *v[3];
    if (ft_parse_args("compress", args, nargs, kwnames, names, 1, 1, v) < 0)
        return NULL;
    int level, wbits;
    if (arg_int(v[1], Z_DEFAULT_COMPRESSION, &level) < 0 || arg_int(v[2], MAX_WBITS, &wbits) < 0)
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(v[0], &view) < 0)
        return NULL;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int e = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (e != Z_OK) {
        ft_release_buffer(&view);
        if (e == Z_MEM_ERROR)
            return ft_err_format(ft_exc_MemoryError, "Out of memory while compressing data");
        if (e == Z_STREAM_ERROR)
            return ft_err_format(zlib_error, "Bad compression level");
        return zlib_err(&zs, e, "compressing data");
    }
    zrun r = { .zs = &zs, .deflating = true, .flush = Z_FINISH };
    r.outcap = 0;
    run(&r, &view, zrun_deflate);
    zrun_free_copy(&r);
    ft_release_buffer(&view);
    int err = r.err;
    deflateEnd(&zs);
    if (r.nomem) {
        free(r.out);
        return ft_err_no_memory();
    }
    if (err != Z_STREAM_END) {
        free(r.out);
        return zlib_err(&zs, err, "compressing data");
    }
    return take_result(&r);
}

static ft_obj *z_decompress(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "", "wbits", "bufsize", NULL };
    ft_obj *v[3];
    if (ft_parse_args("decompress", args, nargs, kwnames, names, 1, 1, v) < 0)
        return NULL;
    int wbits;
    ft_ssize bufsize;
    if (arg_int(v[1], MAX_WBITS, &wbits) < 0 || arg_ssize(v[2], DEF_BUF_SIZE, &bufsize) < 0)
        return NULL;
    if (bufsize < 0)
        return ft_err_format(ft_exc_ValueError, "bufsize must be non-negative");
    if (bufsize == 0)
        bufsize = 1;
    ft_buffer view;
    if (ft_get_buffer(v[0], &view) < 0)
        return NULL;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int e = inflateInit2(&zs, wbits);
    if (e != Z_OK) {
        ft_release_buffer(&view);
        if (e == Z_MEM_ERROR)
            return ft_err_format(ft_exc_MemoryError, "Out of memory while decompressing data");
        return zlib_err(&zs, e, "preparing to decompress data");
    }
    zrun r = { .zs = &zs, .flush = Z_NO_FLUSH };
    /* The initial size is a hint; cap it so a huge bufsize cannot fail. */
    size_t cap = (size_t)bufsize;
    if (cap > (size_t)view.len * 4 + 1024 && cap > DEF_BUF_SIZE)
        cap = (size_t)view.len * 4 + 1024 > DEF_BUF_SIZE ? (size_t)view.len * 4 + 1024 : DEF_BUF_SIZE;
    r.out = malloc(cap);
    if (!r.out) {
        inflateEnd(&zs);
        ft_release_buffer(&view);
        return ft_err_no_memory();
    }
    r.outcap = cap;
    r.nblocks = 1;
    run(&r, &view, zrun_inflate);
    zrun_free_copy(&r);
    ft_release_buffer(&view);
    int err = r.err;
    if (r.nomem) {
        inflateEnd(&zs);
        free(r.out);
        return ft_err_no_memory();
    }
    if (err != Z_STREAM_END) {
        if (err == Z_OK)
            err = Z_BUF_ERROR;
        ft_obj *res = zlib_err(err == Z_BUF_ERROR ? NULL : &zs, err, "decompressing data");
        inflateEnd(&zs);
        free(r.out);
        return res;
    }
    inflateEnd(&zs);
    return take_result(&r);
}

typedef struct checksum_job {
    bool adler;
    const unsigned char *buf;
    size_t len;
    uLong value;
} checksum_job;

static void *checksum_run(void *arg) {
    checksum_job *j = arg;
    const unsigned char *p = j->buf;
    size_t n = j->len;
    while (n) {
        uInt chunk = n > (1u << 30) ? (1u << 30) : (uInt)n;
        j->value = j->adler ? adler32(j->value, p, chunk) : crc32(j->value, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return NULL;
}

static ft_obj *checksum(const char *fname, bool adler, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional(fname, nargs, kwnames, 1, 2) < 0)
        return NULL;
    uLong value = adler ? 1 : 0;
    if (nargs > 1) {
        ft_obj *i = ft_index(args[1]);
        if (!i)
            return NULL;
        ft_obj *masked = ft_binary_op(i, ft_int_from_i64(0xffffffffLL), FT_BINOP_AND);
        if (!masked)
            return NULL;
        value = (uLong)ft_int_as_i64(masked);
    }
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    checksum_job j = { adler, (const unsigned char *)view.buf, (size_t)view.len, value };
    if (view.len >= DETACH_THRESHOLD && view.readonly)
        ft_blocking_call(checksum_run, &j);
    else
        checksum_run(&j);
    ft_release_buffer(&view);
    return ft_int_from_u64((uint64_t)(j.value & 0xffffffffu));
}

static ft_obj *z_crc32(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return checksum("crc32", false, args, nargs, kwnames);
}

static ft_obj *z_adler32(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return checksum("adler32", true, args, nargs, kwnames);
}

/* ---- Compress / Decompress objects ------------------------------------------- */

typedef struct zobj {
    ft_obj ob;
    z_stream zs;
    bool inited;            /* zs holds zlib state to end */
    bool eof;               /* Decompress: end of stream seen */
    ft_obj *unused_data;    /* Decompress: bytes */
    ft_obj *unconsumed_tail;/* Decompress: bytes */
    ft_obj *zdict;          /* bytes or NULL */
} zobj;

extern ft_type ft_zlib_compress_type, ft_zlib_decompress_type;

static ft_obj *zobj_del(ft_obj *self) {
    zobj *z = (zobj *)self;
    if (z->inited) {
        if (FT_TYPE(self) == &ft_zlib_compress_type)
            deflateEnd(&z->zs);
        else
            inflateEnd(&z->zs);
        z->inited = false;
    }
    return ft_None;
}

static zobj *zobj_alloc(ft_type *t) {
    zobj *z = (zobj *)ft_obj_alloc(t, sizeof(zobj));
    if (z) {
        z->unused_data = ft_bytes_new(NULL, 0);
        z->unconsumed_tail = z->unused_data;
        if (!z->unused_data)
            return NULL;
    }
    return z;
}

static ft_obj *bytes_from_buffer_arg(ft_obj *o) {
    ft_buffer view;
    if (ft_get_buffer(o, &view) < 0) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            ft_err_set_str(ft_exc_TypeError, "zdict argument must support the buffer protocol");
        }
        return NULL;
    }
    ft_obj *b = ft_bytes_new(view.buf, view.len);
    ft_release_buffer(&view);
    return b;
}

static ft_obj *z_compressobj(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "level", "method", "wbits", "memLevel", "strategy", "zdict", NULL };
    ft_obj *v[6];
    if (ft_parse_args("compressobj", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    int level, method, wbits, memlevel, strategy;
    if (arg_int(v[0], Z_DEFAULT_COMPRESSION, &level) < 0 || arg_int(v[1], Z_DEFLATED, &method) < 0 ||
        arg_int(v[2], MAX_WBITS, &wbits) < 0 || arg_int(v[3], 8, &memlevel) < 0 ||
        arg_int(v[4], Z_DEFAULT_STRATEGY, &strategy) < 0)
        return NULL;
    ft_obj *zdict = NULL;
    if (v[5] && v[5] != ft_None) {
        ft_buffer zv;
        if (ft_get_buffer(v[5], &zv) < 0)
            return NULL;
        zdict = ft_bytes_new(zv.buf, zv.len);
        ft_release_buffer(&zv);
        if (!zdict)
            return NULL;
    }
    zobj *z = zobj_alloc(&ft_zlib_compress_type);
    if (!z)
        return NULL;
    int e = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (e == Z_MEM_ERROR)
        return ft_err_format(ft_exc_MemoryError, "Can't allocate memory for compression object");
    if (e == Z_STREAM_ERROR)
        return ft_err_format(ft_exc_ValueError, "Invalid initialization option");
    if (e != Z_OK)
        return zlib_err(&z->zs, e, "creating compression object");
    z->inited = true;
    ft_gc_register_finalizer((ft_obj *)z);
    if (zdict) {
        e = deflateSetDictionary(&z->zs, (const Bytef *)ft_bytes_data(zdict), (uInt)ft_bytes_size(zdict));
        if (e != Z_OK)
            return ft_err_format(ft_exc_ValueError, "Invalid dictionary");
        z->zdict = zdict;
    }
    return (ft_obj *)z;
}

static ft_obj *z_decompressobj(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "wbits", "zdict", NULL };
    ft_obj *v[2];
    if (ft_parse_args("decompressobj", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    int wbits;
    if (arg_int(v[0], MAX_WBITS, &wbits) < 0)
        return NULL;
    ft_obj *zdict = NULL;
    if (v[1]) {
        zdict = bytes_from_buffer_arg(v[1]);
        if (!zdict)
            return NULL;
    }
    zobj *z = zobj_alloc(&ft_zlib_decompress_type);
    if (!z)
        return NULL;
    int e = inflateInit2(&z->zs, wbits);
    if (e == Z_MEM_ERROR)
        return ft_err_format(ft_exc_MemoryError, "Can't allocate memory for decompression object");
    if (e == Z_STREAM_ERROR)
        return ft_err_format(ft_exc_ValueError, "Invalid initialization option");
    if (e != Z_OK)
        return zlib_err(&z->zs, e, "creating decompression object");
    z->inited = true;
    ft_gc_register_finalizer((ft_obj *)z);
    z->zdict = zdict;
    if (zdict && wbits < 0) {   /* raw streams never ask for the dictionary */
        e = inflateSetDictionary(&z->zs, (const Bytef *)ft_bytes_data(zdict), (uInt)ft_bytes_size(zdict));
        if (e != Z_OK)
            return zlib_err(&z->zs, e, "setting zdict");
    }
    return (ft_obj *)z;
}

/* Drop the stream's pointers into the caller's input and our freed output,
 * so the conservative collector does not keep the last input alive. */
static void forget_buffers(z_stream *zs) {
    zs->next_in = NULL;
    zs->avail_in = 0;
    zs->next_out = NULL;
    zs->avail_out = 0;
}

static int check_flush_args(size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames)) {
        ft_err_format(ft_exc_TypeError, "flush() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        ft_err_format(ft_exc_TypeError, "flush() takes at most 1 argument (%zu given)", nargs);
        return -1;
    }
    return 0;
}

static ft_obj *comp_compress(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    zobj *z = (zobj *)self;
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "compress() takes no keyword arguments");
    if (nargs == 0)
        return ft_err_format(ft_exc_TypeError, "compress() takes exactly 1 positional argument (0 given)");
    if (nargs > 1)
        return ft_err_format(ft_exc_TypeError, "compress() takes at most 1 argument (%zu given)", nargs);
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    zrun r = { .zs = &z->zs, .deflating = true, .flush = Z_NO_FLUSH };
    ft_lock(z);
    z->zs.msg = NULL;
    run(&r, &view, zrun_deflate);
    zrun_free_copy(&r);
    forget_buffers(&z->zs);
    bool failed = !r.nomem && r.err == Z_STREAM_ERROR;
    if (failed)
        zlib_err(&z->zs, r.err, "compressing data");
    ft_unlock(z);
    ft_release_buffer(&view);
    if (r.nomem) {
        free(r.out);
        return ft_err_no_memory();
    }
    if (failed) {
        free(r.out);
        return NULL;
    }
    return take_result(&r);
}

static ft_obj *comp_flush(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    zobj *z = (zobj *)self;
    if (check_flush_args(nargs, kwnames) < 0)
        return NULL;
    int mode;
    if (arg_int(nargs ? args[0] : NULL, Z_FINISH, &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)
        return ft_bytes_new(NULL, 0);
    zrun r = { .zs = &z->zs, .deflating = true, .flush = mode };
    ft_buffer empty = { NULL, "", 0, true };
    ft_lock(z);
    z->zs.msg = NULL;
    run(&r, &empty, zrun_deflate);
    forget_buffers(&z->zs);
    int err = r.err;
    bool failed = false;
    if (!r.nomem) {
        if (err == Z_STREAM_END && mode == Z_FINISH) {
            deflateEnd(&z->zs);
            z->inited = false;
        } else if (err != Z_OK && err != Z_STREAM_END) {
            zlib_err(&z->zs, err, "flushing");
            failed = true;
        }
    }
    ft_unlock(z);
    if (r.nomem) {
        free(r.out);
        return ft_err_no_memory();
    }
    if (failed) {
        free(r.out);
        return NULL;
    }
    return take_result(&r);
}

static ft_obj *comp_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    zobj *z = (zobj *)self;
    if (nargs || (kwnames && ft_tuple_size(kwnames)))
        return ft_err_format(ft_exc_TypeError, "copy() takes no arguments");
    zobj *c = zobj_alloc(FT_TYPE(self));
    if (!c)
        return NULL;
    bool deflating = FT_TYPE(self) == &ft_zlib_compress_type;
    ft_lock(z);
    int e = Z_STREAM_ERROR;
    if (z->inited)
        e = deflating ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    if (e == Z_OK) {
        c->inited = true;
        c->eof = z->eof;
        c->unused_data = z->unused_data;
        c->unconsumed_tail = z->unconsumed_tail;
        c->zdict = z->zdict;
    }
    ft_unlock(z);
    if (e == Z_STREAM_ERROR)
        return ft_err_format(ft_exc_ValueError, "Inconsistent stream state");
    if (e == Z_MEM_ERROR)
        return ft_err_format(ft_exc_MemoryError, "Can't allocate memory for %s object",
                             deflating ? "compression" : "decompression");
    if (e != Z_OK)
        return zlib_err(&z->zs, e, "copying compression object");
    ft_gc_register_finalizer((ft_obj *)c);
    return (ft_obj *)c;
}

/* After an inflate run on `input` (r->in/inlen and zs.avail_in say what is
 * left), record unused_data / unconsumed_tail as the zlib module documents:
 * input after the end of the stream is appended to unused_data; input held
 * back because of max_length becomes unconsumed_tail. Caller holds the lock. */
static int save_unconsumed(zobj *z, zrun *r) {
    /* zs.next_in's chunk is followed directly by the rest (r->in). */
    size_t left = z->zs.avail_in + r->inlen;
    const char *leftp = left ? (const char *)(z->zs.avail_in ? z->zs.next_in : r->in) : "";
    bool ended = r->err == Z_STREAM_END;
    if (ended && left) {
        ft_ssize ul = ft_bytes_size(z->unused_data);
        ft_obj *nu = ft_bytes_new(NULL, ul + (ft_ssize)left);
        if (!nu)
            return -1;
        memcpy(ft_bytes_data(nu), ft_bytes_data(z->unused_data), (size_t)ul);
        memcpy(ft_bytes_data(nu) + ul, leftp, left);
        z->unused_data = nu;
    }
    /* A tail is (re)written when input is held back, or when an old tail
     * must be replaced; the leftover then is whatever followed the last
     * byte inflate consumed, even past the end of the stream. */
    if ((!ended && left) || ft_bytes_size(z->unconsumed_tail)) {
        ft_obj *rest = ft_bytes_new(leftp, (ft_ssize)left);
        if (!rest)
            return -1;
        z->unconsumed_tail = rest;
    }
    forget_buffers(&z->zs);
    return 0;
}

static ft_obj *decomp_decompress(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    zobj *z = (zobj *)self;
    static const char *const names[] = { "", "max_length", NULL };
    ft_obj *v[2];
    if (ft_parse_args("decompress", args, nargs, kwnames, names, 1, 1, v) < 0)
        return NULL;
    ft_ssize maxlen;
    if (arg_ssize(v[1], 0, &maxlen) < 0)
        return NULL;
    if (maxlen < 0)
        return ft_err_format(ft_exc_ValueError, "max_length must be non-negative");
    ft_buffer view;
    if (ft_get_buffer(v[0], &view) < 0)
        return NULL;
    zrun r = { .zs = &z->zs, .flush = Z_SYNC_FLUSH, .maxout = (size_t)maxlen };
    size_t cap = DEF_BUF_SIZE;
    if (maxlen && (size_t)maxlen < cap)
        cap = (size_t)maxlen;
    r.out = malloc(cap);
    if (!r.out) {
        ft_release_buffer(&view);
        return ft_err_no_memory();
    }
    r.outcap = cap;
    r.nblocks = 1;
    ft_lock(z);
    if (z->zdict) {
        r.dict = (const unsigned char *)ft_bytes_data(z->zdict);
        r.dictlen = (size_t)ft_bytes_size(z->zdict);
    }
    z->zs.avail_in = 0;   /* zs.msg stays: a broken stream keeps reporting its error */
    run(&r, &view, zrun_inflate);
    int err = r.err;
    bool failed = false;
    if (!r.nomem) {
        if (err == Z_STREAM_END)
            z->eof = true;
        else if (err == Z_BUF_ERROR || err == Z_OK)
            err = Z_OK;
        else {
            if (err == Z_NEED_DICT)
                z->zs.msg = NULL;
            zlib_err(&z->zs, err, r.dict_failed ? "setting zdict" : "decompressing data");
            failed = true;
        }
        r.err = err;
        if (save_unconsumed(z, &r) < 0)
            failed = true;
    }
    zrun_free_copy(&r);
    ft_unlock(z);
    ft_release_buffer(&view);
    if (r.nomem) {
        free(r.out);
        return ft_err_no_memory();
    }
    if (failed) {
        free(r.out);
        return NULL;
    }
    return take_result(&r);
}

static ft_obj *decomp_flush(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    zobj *z = (zobj *)self;
    if (check_flush_args(nargs, kwnames) < 0)
        return NULL;
    ft_ssize length;
    if (arg_ssize(nargs ? args[0] : NULL, DEF_BUF_SIZE, &length) < 0)
        return NULL;
    if (length <= 0)
        return ft_err_format(ft_exc_ValueError, "length must be greater than zero");
    /* length is the size of the first output buffer; one no machine can
     * allocate fails as it does in CPython */
    if (length > ((ft_ssize)1 << 46))
        return ft_err_format(ft_exc_MemoryError, "Unable to allocate output buffer.");
    zrun r = { .zs = &z->zs, .flush = Z_FINISH };
    size_t cap = (size_t)length > (1u << 24) ? (1u << 24) : (size_t)length;
    r.out = malloc(cap);
    if (!r.out)
        return ft_err_no_memory();
    r.outcap = cap;
    r.nblocks = 1;
    ft_lock(z);
    ft_obj *tail = z->unconsumed_tail;
    ft_buffer view = { tail, ft_bytes_data(tail), ft_bytes_size(tail), true };
    if (z->zdict) {
        r.dict = (const unsigned char *)ft_bytes_data(z->zdict);
        r.dictlen = (size_t)ft_bytes_size(z->zdict);
    }
    z->zs.avail_in = 0;
    bool failed = false;
    if (z->inited)
        run(&r, &view, zrun_inflate);
    else
        r.err = Z_OK;
    if (!r.nomem && z->inited) {
        /* Like CPython, flush() reports only a dictionary that does not
         * fit; other stream errors surface from decompress(). */
        if (r.err == Z_STREAM_END) {
            z->eof = true;
        } else if (r.dict_failed) {
            zlib_err(&z->zs, r.err, "setting zdict");
            failed = true;
        }
        if (!failed && save_unconsumed(z, &r) < 0)
            failed = true;
    }
    ft_unlock(z);
    if (r.nomem) {
        free(r.out);
        return ft_err_no_memory();
    }
    if (failed) {
        free(r.out);
        return NULL;
    }
    return take_result(&r);
}

static const ft_method_def comp_methods[] = {
    { "compress", comp_compress, FT_METH_KEYWORDS, "Returns a bytes object containing compressed data." },
    { "flush", comp_flush, FT_METH_KEYWORDS, "Return a bytes object containing any remaining compressed data." },
    { "copy", comp_copy, FT_METH_KEYWORDS, "Return a copy of the compression object." },
    { NULL }
};

static const ft_method_def decomp_methods[] = {
    { "decompress", decomp_decompress, FT_METH_KEYWORDS, "Return a bytes object containing the decompressed version of the data." },
    { "flush", decomp_flush, FT_METH_KEYWORDS, "Return a bytes object containing any remaining decompressed data." },
    { "copy", comp_copy, FT_METH_KEYWORDS, "Return a copy of the decompression object." },
    { NULL }
};

static const ft_member_def decomp_members[] = {
    { "eof", FT_MEMBER_BOOL, offsetof(zobj, eof), FT_MEMBER_READONLY, NULL },
    { "unused_data", FT_MEMBER_OBJECT, offsetof(zobj, unused_data), FT_MEMBER_READONLY, NULL },
    { "unconsumed_tail", FT_MEMBER_OBJECT, offsetof(zobj, unconsumed_tail), FT_MEMBER_READONLY, NULL },
    { NULL }
};

ft_type ft_zlib_compress_type = {
    FT_TYPE_HEAD_INIT,
    .name = "zlib.Compress",
    .basicsize = sizeof(zobj),
    .del_ = zobj_del,
    .methods = comp_methods,
};

ft_type ft_zlib_decompress_type = {
    FT_TYPE_HEAD_INIT,
    .name = "zlib.Decompress",
    .basicsize = sizeof(zobj),
    .del_ = zobj_del,
    .methods = decomp_methods,
    .members = decomp_members,
};

/* ---- module ---------------------------------------------------------------- */

static const ft_method_def zlib_methods[] = {
    { "compress", z_compress, FT_METH_KEYWORDS, "Returns a bytes object containing compressed data." },
    { "decompress", z_decompress, FT_METH_KEYWORDS, "Returns a bytes object containing the uncompressed data." },
    { "compressobj", z_compressobj, FT_METH_KEYWORDS, "Return a compressor object." },
    { "decompressobj", z_decompressobj, FT_METH_KEYWORDS, "Return a decompressor object." },
    { "crc32", z_crc32, FT_METH_VARARGS, "Compute a CRC-32 checksum of data." },
    { "adler32", z_adler32, FT_METH_VARARGS, "Compute an Adler-32 checksum of data." },
    { NULL }
};

static ft_once types_once = FT_ONCE_INIT;
static int types_status;

static void ready_types(void) {
    if (ft_type_ready(&ft_zlib_compress_type) < 0 || ft_type_ready(&ft_zlib_decompress_type) < 0) {
        types_status = -1;
        return;
    }
    ft_obj *bases = ft_tuple_pack(1, (ft_obj *)ft_exc_Exception);
    ft_obj *dict = ft_dict_new();
    ft_obj *modname = ft_str_from_cstr("zlib");
    if (!bases || !dict || !modname || ft_dict_set_cstr(dict, "__module__", modname) < 0) {
        types_status = -1;
        return;
    }
    ft_gc_add_root(&zlib_error, sizeof zlib_error);
    zlib_error = (ft_type *)ft_type_new_from_spec(ft_str_from_cstr("error"), bases, dict);
    types_status = zlib_error ? 1 : -1;
}

static int zlib_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "zlib: type initialisation failed");
        return -1;
    }
    static const struct { const char *n; int64_t v; } consts[] = {
        { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED }, { "DEF_MEM_LEVEL", 8 },
        { "DEF_BUF_SIZE", DEF_BUF_SIZE },
        { "Z_NO_COMPRESSION", Z_NO_COMPRESSION }, { "Z_BEST_SPEED", Z_BEST_SPEED },
        { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION }, { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION },
        { "Z_FILTERED", Z_FILTERED }, { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE },
        { "Z_FIXED", Z_FIXED }, { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY },
        { "Z_NO_FLUSH", Z_NO_FLUSH }, { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH },
        { "Z_SYNC_FLUSH", Z_SYNC_FLUSH }, { "Z_FULL_FLUSH", Z_FULL_FLUSH }, { "Z_FINISH", Z_FINISH },
        { "Z_BLOCK", Z_BLOCK }, { "Z_TREES", Z_TREES },
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(consts); i++)
        if (ft_module_add_int(m, consts[i].n, consts[i].v) < 0)
            return -1;
    ft_obj *ver = ft_str_from_cstr(ZLIB_VERSION);
    ft_obj *rver = ft_str_from_cstr(zlibVersion());
    if (!ver || !rver || ft_module_add_object(m, "ZLIB_VERSION", ver) < 0 ||
        ft_module_add_object(m, "ZLIB_RUNTIME_VERSION", rver) < 0 ||
        ft_module_add_object(m, "error", (ft_obj *)zlib_error) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_zlib_module_def = {
    .name = "zlib",
    .doc = "The functions in this module allow compression and decompression using the zlib library.",
    .methods = zlib_methods,
    .exec = zlib_exec,
    .gil_safe = true,
};
