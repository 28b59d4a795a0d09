/* memoryview.c -- one-dimensional memoryview over bytes-like objects with
 * single-byte formats 'B', 'b' and 'c' (slicing with steps, cast between
 * those formats, tobytes/tolist/hex, release and the context manager).
 *
 * INVARIANTS / LOCKING
 *  - Each memoryview (slices included) holds its own export of the base
 *    object taken with ft_get_buffer(); a bytearray base cannot be resized
 *    while that export exists. release() gives it back exactly once (the
 *    `released` flag is flipped with an atomic exchange). An unreleased
 *    view gives its export back when the GC finalizes it.
 *  - The window (buf, len, stride) is immutable after creation; reading or
 *    writing items races only on the bytes themselves, like CPython.
 *  - Multi-dimensional shapes raise NotImplementedError. Items are read in host (little-endian) order.
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"

#include <math.h>
#include <stdio.h>

typedef struct mview {
    ft_obj ob;
    ft_obj *base;           /* exporting object (the .obj attribute) */
    ft_buffer view;         /* our export of base */
    char *buf;              /* first item */
    ft_ssize len;           /* items */
    ft_ssize stride;        /* bytes between items (may be negative) */
    char fmt;               /* struct format character (native, one item) */
    int itemsize;           /* bytes per item */
    bool readonly;
    _Atomic int released;
    _Atomic int64_t hash;
} mview;

#define MV(o) ((mview *)(o))

ft_obj *ft_bytes_hex_impl(const char *buf, ft_ssize len, ft_obj *const *args, size_t nargs, ft_obj *kw);

static int check_released(ft_obj *o)
{
    if (atomic_load_explicit(&MV(o)->released, memory_order_acquire)) {
        ft_err_set_str(ft_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

static ft_obj *mv_make(ft_obj *base, char *buf_off_base, ft_ssize len, ft_ssize stride, char fmt, int itemsize,
                       bool readonly_extra)
{
    mview *m = (mview *)ft_obj_alloc(&ft_memoryview_type, sizeof(mview));
    if (!m) return NULL;
    if (ft_get_buffer(base, &m->view) < 0) return NULL;
    m->base = base;
    m->buf = buf_off_base ? buf_off_base : (char *)m->view.buf;
    m->len = len < 0 ? m->view.len : len;
    m->stride = stride;
    m->fmt = fmt;
    m->itemsize = itemsize;
    m->readonly = m->view.readonly || readonly_extra;
    atomic_store(&m->hash, -1);
    if (ft_bytearray_check(base)) ft_gc_register_finalizer((ft_obj *)m);
    return (ft_obj *)m;
}

ft_obj *ft_memoryview_new(ft_obj *base)
{
    if (ft_type_of(base) == &ft_memoryview_type) {
        if (check_released(base) < 0) return NULL;
        mview *s = MV(base);
        mview *m = (mview *)mv_make(s->base, s->buf, s->len, s->stride, s->fmt, s->itemsize, s->readonly);
        return (ft_obj *)m;
    }
    ft_buffer probe;
    if (ft_get_buffer(base, &probe) < 0) {
        ft_err_clear();
        return ft_err_format(ft_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                             ft_type_of(base)->name);
    }
    ft_release_buffer(&probe);
    return mv_make(base, NULL, -1, 1, 'B', 1, false);
}

static void mv_do_release(ft_obj *o)
{
    if (atomic_exchange_explicit(&MV(o)->released, 1, memory_order_acq_rel)) return;
    ft_release_buffer(&MV(o)->view);
}

int ft_memoryview_getbuf(ft_obj *o, ft_buffer *view);
int ft_memoryview_getbuf(ft_obj *o, ft_buffer *view)
{
    if (check_released(o) < 0) return -1;
    mview *m = MV(o);
    if (m->stride == m->itemsize) {
        if (ft_get_buffer(m->base, view) < 0) return -1;
        view->buf = m->buf;
        view->len = m->len * m->itemsize;
        view->readonly = m->readonly;
        return 0;
    }
    ft_obj *b = ft_bytes_raw(m->len * m->itemsize);
    if (!b) return -1;
    for (ft_ssize i = 0; i < m->len; i++)
        memcpy(ft_bytes_data(b) + i * m->itemsize, m->buf + i * m->stride, (size_t)m->itemsize);
    view->obj = b;
    view->buf = ft_bytes_data(b);
    view->len = m->len * m->itemsize;
    view->readonly = true;
    return 0;
}

/* Native formats: item size, or 0 if not supported. */
static int format_size(char f)
{
    switch (f) {
    case '?': case 'b': case 'B': case 'c': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return (int)sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return (int)sizeof(size_t);
    case 'P': return (int)sizeof(void *);
    default: return 0;
    }
}

/* IEEE 754 binary16 <-> double (format 'e'), round-half-even; returns -1
 * when the value is too large for a half float. */
static int half_pack(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) { *out = sign | 0x7E00; return 0; }
    if (isinf(x)) { *out = sign | 0x7C00; return 0; }
    x = fabs(x);
    if (x == 0.0) { *out = sign; return 0; }
    int e;
    double f = frexp(x, &e);      /* x = f * 2**e, 0.5 <= f < 1 */
    f *= 2.0;
    e--;                          /* 1 <= f < 2 */
    if (e >= 16) return -1;
    if (e < -25) { f = 0.0; e = 0; }
    else if (e < -14) { f = ldexp(f, 14 + e); e = 0; }   /* subnormal */
    else { e += 15; f -= 1.0; }
    f *= 1024.0;
    unsigned bits = (unsigned)f;
    double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        bits++;
        if (bits == 1024) { bits = 0; e++; if (e == 31) return -1; }
    }
    *out = (uint16_t)(sign | (e << 10) | bits);
    return 0;
}

static double half_unpack(uint16_t h)
{
    int sign = h >> 15, e = (h >> 10) & 0x1F;
    unsigned f = h & 0x3FF;
    double x;
    if (e == 0x1F) x = f ? NAN : INFINITY;
    else if (e == 0) x = ldexp((double)f, -24);
    else x = ldexp((double)(f | 0x400), e - 25);
    return sign ? -x : x;
}

static ft_obj *item_obj(mview *m, ft_ssize i)
{
    const char *p = m->buf + i * m->stride;
    union { int8_t i8; uint8_t u8; int16_t i16; uint16_t u16; int32_t i32; uint32_t u32;
            int64_t i64; uint64_t u64; long l; unsigned long ul; ft_ssize n; size_t z;
            float f; double d; } u;
    memcpy(&u, p, (size_t)m->itemsize);
    switch (m->fmt) {
    case '?': return ft_bool(u.u8 != 0);
    case 'b': return ft_smallint(u.i8);
    case 'c': return ft_bytes_new(p, 1);
    case 'h': return ft_smallint(u.i16);
    case 'H': return ft_smallint(u.u16);
    case 'i': return ft_smallint(u.i32);
    case 'I': return ft_smallint(u.u32);
    case 'l': return ft_int_from_i64(u.l);
    case 'L': return ft_int_from_u64(u.ul);
    case 'q': return ft_int_from_i64(u.i64);
    case 'Q': case 'P': return ft_int_from_u64(u.u64);
    case 'n': return ft_int_from_i64(u.n);
    case 'N': return ft_int_from_u64(u.z);
    case 'f': return ft_float_new(u.f);
    case 'e': return ft_float_new(half_unpack(u.u16));
    case 'd': return ft_float_new(u.d);
    default: return ft_smallint(u.u8);
    }
}

/* ------------------------------------------------------------------------ */

static ft_obj *mv_tobytes(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"order", NULL};
    ft_obj *a[1] = {NULL};
    if (ft_parse_args("tobytes", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    if (check_released(self) < 0) return NULL;
    mview *m = MV(self);
    ft_obj *b = ft_bytes_raw(m->len * m->itemsize);
    if (!b) return NULL;
    for (ft_ssize i = 0; i < m->len; i++)
        memcpy(ft_bytes_data(b) + i * m->itemsize, m->buf + i * m->stride, (size_t)m->itemsize);
    return b;
}

static ft_obj *mv_tolist(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (check_released(self) < 0) return NULL;
    mview *m = MV(self);
    ft_obj *l = ft_list_new(0);
    if (!l) return NULL;
    for (ft_ssize i = 0; i < m->len; i++) {
        ft_obj *x = item_obj(m, i);
        if (!x || ft_list_append(l, x) < 0) return NULL;
    }
    return l;
}

static ft_obj *mv_hex(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *b = mv_tobytes(self, NULL, 0, NULL);
    if (!b) return NULL;
    return ft_bytes_hex_impl(ft_bytes_data(b), ft_bytes_size(b), args, nargs, kw);
}

static ft_obj *mv_release(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    mv_do_release(self);
    return ft_None;
}

static ft_obj *mv_enter(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (check_released(self) < 0) return NULL;
    return self;
}

static ft_obj *mv_exit(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    mv_do_release(self);
    return ft_None;
}

static ft_obj *mv_toreadonly(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (check_released(self) < 0) return NULL;
    mview *m = MV(self);
    return mv_make(m->base, m->buf, m->len, m->stride, m->fmt, m->itemsize, true);
}

static ft_obj *mv_cast(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"format", "shape", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args("cast", args, nargs, kw, names, 0, 1, a) < 0) return NULL;
    if (check_released(self) < 0) return NULL;
    mview *m = MV(self);
    if (!ft_str_check(a[0]))
        return ft_err_format(ft_exc_TypeError, "memoryview: format argument must be a string");
    if (m->stride != m->itemsize && m->len > 1) {
        ft_err_set_str(ft_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    const char *f = ft_str_utf8(a[0]);
    if (f[0] == '@') f++;
    int size = strlen(f) == 1 ? format_size(f[0]) : 0;
    if (!size) {
        ft_err_set_str(ft_exc_ValueError,
                       "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        return NULL;
    }
    bool src_byte = m->itemsize == 1 && (m->fmt == 'B' || m->fmt == 'b' || m->fmt == 'c');
    bool dst_byte = size == 1 && (f[0] == 'B' || f[0] == 'b' || f[0] == 'c');
    if (!src_byte && !dst_byte) {
        ft_err_set_str(ft_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    ft_ssize nbytes = m->len * m->itemsize;
    if (nbytes % size) {
        ft_err_set_str(ft_exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    ft_ssize newlen = nbytes / size;
    if (a[1] && a[1] != ft_None) {
        ft_obj *holder = NULL;
        ft_ssize n;
        ft_obj **items = ft_sequence_fast(a[1], &n, &holder, "shape must be a list or a tuple");
        if (!items) return NULL;
        if (n != 1 || !ft_int_check(items[0]) || ft_int_as_i64(items[0]) != newlen) {
            ft_err_set_str(ft_exc_NotImplementedError, "memoryview: multi-dimensional shapes are not supported by ftpy");
            return NULL;
        }
    }
    return mv_make(m->base, m->buf, newlen, size, f[0], size, m->readonly);
}

static const ft_method_def mv_methods[] = {
    {"tobytes", mv_tobytes, FT_METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, FT_METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, FT_METH_KEYWORDS, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release, FT_METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"cast", mv_cast, FT_METH_KEYWORDS, "Cast a memoryview to a new format or shape."},
    {"toreadonly", mv_toreadonly, FT_METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", mv_enter, FT_METH_NOARGS, NULL},
    {"__exit__", mv_exit, FT_METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* getters */
static ft_obj *g_obj(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return MV(s)->base; }
static ft_obj *g_nbytes(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_smallint(MV(s)->len * MV(s)->itemsize); }
static ft_obj *g_readonly(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_bool(MV(s)->readonly); }
static ft_obj *g_itemsize(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_smallint(MV(s)->itemsize); }
static ft_obj *g_format(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_str_from_codepoint((uint32_t)MV(s)->fmt); }
static ft_obj *g_ndim(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_smallint(1); }
static ft_obj *g_shape(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_tuple_pack(1, ft_smallint(MV(s)->len)); }
static ft_obj *g_strides(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_tuple_pack(1, ft_smallint(MV(s)->stride)); }
static ft_obj *g_suboffsets(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_empty_tuple; }
static ft_obj *g_contig(ft_obj *s, void *c) { if (check_released(s) < 0) return NULL; return ft_bool(MV(s)->stride == MV(s)->itemsize || MV(s)->len <= 1); }

static const ft_getset_def mv_getsets[] = {
    {"obj", g_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", g_nbytes, NULL, NULL, NULL},
    {"readonly", g_readonly, NULL, NULL, NULL},
    {"itemsize", g_itemsize, NULL, NULL, NULL},
    {"format", g_format, NULL, NULL, NULL},
    {"ndim", g_ndim, NULL, NULL, NULL},
    {"shape", g_shape, NULL, NULL, NULL},
    {"strides", g_strides, NULL, NULL, NULL},
    {"suboffsets", g_suboffsets, NULL, NULL, NULL},
    {"c_contiguous", g_contig, NULL, NULL, NULL},
    {"f_contiguous", g_contig, NULL, NULL, NULL},
    {"contiguous", g_contig, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ------------------------------------------------------------------------ */
/* slots                                                                      */

static ft_obj *mv_repr(ft_obj *self)
{
    char buf[64];
    snprintf(buf, sizeof buf, atomic_load(&MV(self)->released) ? "<released memory at %p>" : "<memory at %p>", (void *)self);
    return ft_str_from_cstr(buf);
}

static ft_ssize mv_length(ft_obj *self)
{
    if (check_released(self) < 0) return -1;
    return MV(self)->len;
}

static ft_obj *mv_subscript(ft_obj *self, ft_obj *key)
{
    if (check_released(self) < 0) return NULL;
    mview *m = MV(self);
    if (ft_type_of(key) == &ft_slice_type) {
        ft_ssize start, stop, step;
        ft_ssize n = ft_slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0) return NULL;
        return mv_make(m->base, m->buf + start * m->stride, n, m->stride * step, m->fmt, m->itemsize, m->readonly);
    }
    if (!ft_int_check(key) && !ft_type_of(key)->as_number.index) {
        if (ft_tuple_check(key))
            ft_err_set_str(ft_exc_TypeError, "memoryview: invalid slice key");
        else
            ft_err_set_str(ft_exc_TypeError, "memoryview: invalid slice key");
        return NULL;
    }
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred()) return NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        ft_err_set_str(ft_exc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return item_obj(m, i);
}

/* Pack one item into out[itemsize] with CPython's error texts. */
static int pack_item(mview *m, ft_obj *value, char *out)
{
    char f = m->fmt;
    if (f == 'c') {
        if (!ft_bytes_check(value)) {
            ft_err_set_str(ft_exc_TypeError, "memoryview: invalid type for format 'c'");
            return -1;
        }
        if (ft_bytes_size(value) != 1) {
            ft_err_set_str(ft_exc_ValueError, "memoryview: invalid value for format 'c'");
            return -1;
        }
        *out = ft_bytes_data(value)[0];
        return 0;
    }
    if (f == '?') {
        int t = ft_is_true(value);
        if (t < 0) return -1;
        *out = (char)t;
        return 0;
    }
    if (f == 'f' || f == 'd' || f == 'e') {
        double d = ft_float_as_double(value);
        if (d == -1.0 && ft_err_occurred()) {
            ft_err_clear();
            ft_err_format(ft_exc_TypeError, "memoryview: invalid type for format '%c'", f);
            return -1;
        }
        if (f == 'f') { float x = (float)d; memcpy(out, &x, 4); }
        else if (f == 'e') {
            uint16_t h;
            if (half_pack(d, &h) < 0) {
                ft_err_set_str(ft_exc_ValueError, "memoryview: invalid value for format 'e'");
                return -1;
            }
            memcpy(out, &h, 2);
        }
        else memcpy(out, &d, 8);
        return 0;
    }
    if (!ft_int_check(value)) {
        ft_err_format(ft_exc_TypeError, "memoryview: invalid type for format '%c'", f);
        return -1;
    }
    bool is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    int size = m->itemsize;
    int64_t v = 0;
    uint64_t uv = 0;
    int ovf = 0;
    if (ft_int_as_i64_overflow(value, &v, &ovf) < 0) return -1;
    bool ok;
    if (is_unsigned) {
        if (ovf > 0 && size == 8) {
            mpz_t z;
            mpz_init(z);
            ft_int_to_mpz(value, z);
            ok = mpz_sizeinbase(z, 2) <= 64;
            if (ok) {
                mpz_t t;
                mpz_init(t);
                mpz_tdiv_q_2exp(t, z, 32);
                uv = ((uint64_t)mpz_get_ui(t) << 32) | (uint64_t)(mpz_get_ui(z) & 0xFFFFFFFFu);
                mpz_clear(t);
            }
            mpz_clear(z);
        } else {
            ok = !ovf && v >= 0 && (size == 8 || (uint64_t)v < ((uint64_t)1 << (8 * size)));
            uv = (uint64_t)v;
        }
    } else {
        ok = !ovf && (size == 8 || (v >= -((int64_t)1 << (8 * size - 1)) && v < ((int64_t)1 << (8 * size - 1))));
        uv = (uint64_t)v;
    }
    if (!ok) {
        ft_err_format(ft_exc_ValueError, "memoryview: invalid value for format '%c'", f);
        return -1;
    }
    /* little-endian hosts: the low bytes of uv are the item */
    memcpy(out, &uv, (size_t)size);
    return 0;
}

static int mv_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value)
{
    if (check_released(self) < 0) return -1;
    mview *m = MV(self);
    if (m->readonly) {
        ft_err_set_str(ft_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        ft_err_set_str(ft_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (ft_type_of(key) == &ft_slice_type) {
        ft_ssize start, stop, step;
        ft_ssize n = ft_slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0) return -1;
        if (m->itemsize > 1 && (ft_type_of(value) != &ft_memoryview_type || MV(value)->fmt != m->fmt)) {
            ft_err_set_str(ft_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        ft_buffer src;
        if (ft_get_buffer(value, &src) < 0) return -1;
        if (src.len != n * m->itemsize) {
            ft_release_buffer(&src);
            ft_err_set_str(ft_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        size_t sz = (size_t)m->itemsize;
        char *tmp = ft_gc_alloc((size_t)n * sz + 1, FT_GC_ATOMIC);  /* source may overlap */
        if (!tmp) { ft_release_buffer(&src); return -1; }
        memcpy(tmp, src.buf, (size_t)n * sz);
        ft_release_buffer(&src);
        for (ft_ssize i = 0, j = start; i < n; i++, j += step) memcpy(m->buf + j * m->stride, tmp + i * sz, sz);
        return 0;
    }
    if (!ft_int_check(key) && !ft_type_of(key)->as_number.index) {
        ft_err_set_str(ft_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred()) return -1;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        ft_err_set_str(ft_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    char item[16];
    if (pack_item(m, value, item) < 0) return -1;
    memcpy(m->buf + i * m->stride, item, (size_t)m->itemsize);
    return 0;
}

static ft_obj *mv_richcompare(ft_obj *a, ft_obj *b, int op)
{
    if (op != FT_EQ && op != FT_NE) return ft_NotImplemented;
    if (a == b) return ft_bool(op == FT_EQ);
    ft_type *tb = ft_type_of(b);
    if (!ft_bytes_check(b) && !ft_bytearray_check(b) && tb != &ft_memoryview_type) return ft_NotImplemented;
    if (atomic_load(&MV(a)->released) || (tb == &ft_memoryview_type && atomic_load(&MV(b)->released)))
        return ft_bool(op == FT_NE);
    ft_obj *la = mv_tolist(a, NULL, 0, NULL);
    if (!la) return NULL;
    ft_obj *lb;
    if (tb == &ft_memoryview_type) lb = mv_tolist(b, NULL, 0, NULL);
    else {
        ft_obj *mb = ft_memoryview_new(b);
        if (!mb) return NULL;
        lb = mv_tolist(mb, NULL, 0, NULL);
        mv_do_release(mb);
    }
    if (!lb) return NULL;
    int eq = ft_richcompare_bool(la, lb, FT_EQ);
    if (eq < 0) return NULL;
    return ft_bool(op == FT_EQ ? eq : !eq);
}

static int64_t mv_hash(ft_obj *self)
{
    mview *m = MV(self);
    int64_t h = atomic_load(&m->hash);
    if (h != -1) return h;
    if (check_released(self) < 0) return -1;
    if (!m->readonly) {
        ft_err_set_str(ft_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (m->fmt != 'B' && m->fmt != 'b' && m->fmt != 'c') {
        ft_err_set_str(ft_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    ft_obj *b = mv_tobytes(self, NULL, 0, NULL);
    if (!b) return -1;
    h = ft_hash(b);
    atomic_store(&m->hash, h);
    return h;
}

/* memory_iterator: walks the items; stops (like CPython) if the view is
 * released meanwhile. */
typedef struct mv_iter_obj { ft_obj ob; ft_obj *view; _Atomic ft_ssize pos; } mv_iter_obj;

static ft_obj *mv_iter_next(ft_obj *o)
{
    mv_iter_obj *it = (mv_iter_obj *)o;
    ft_obj *v = it->view;
    if (!v) return NULL;
    if (check_released(v) < 0) return NULL;
    ft_ssize i = atomic_fetch_add_explicit(&it->pos, 1, memory_order_relaxed);
    if (i >= MV(v)->len) { it->view = NULL; return NULL; }
    return item_obj(MV(v), i);
}

static ft_obj *mv_iter_self(ft_obj *o) { return o; }

static ft_type mv_iter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "memory_iterator",
    .basicsize = sizeof(mv_iter_obj),
    .iter = mv_iter_self,
    .iternext = mv_iter_next,
};

static ft_obj *mv_iter(ft_obj *self)
{
    if (check_released(self) < 0) return NULL;
    mv_iter_obj *it = (mv_iter_obj *)ft_obj_alloc(&mv_iter_type, sizeof(mv_iter_obj));
    if (!it) return NULL;
    it->view = self;
    return (ft_obj *)it;
}

static ft_obj *mv_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    static const char *const names[] = {"object", NULL};
    ft_obj *a[1] = {NULL};
    if (ft_parse_args("memoryview", args, nargs, kwnames, names, 0, 1, a) < 0) return NULL;
    return ft_memoryview_new(a[0]);
}

static ft_obj *mv_del(ft_obj *self)
{
    mv_do_release(self);
    return ft_None;
}

ft_type ft_memoryview_type = {
    FT_TYPE_HEAD_INIT,
    .name = "memoryview",
    .doc = "Create a new memoryview object which references the given object.",
    .basicsize = sizeof(mview),
    .flags = FT_TPF_SEQUENCE,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = mv_iter,
    .new_ = mv_new,
    .length = mv_length,
    .subscript = mv_subscript,
    .ass_subscript = mv_ass_subscript,
    .del_ = mv_del,
    .methods = mv_methods,
    .getsets = mv_getsets,
};

int ft_text_init_memoryview(void)
{
    if (ft_type_ready(&mv_iter_type) < 0) return -1;
    return ft_type_ready(&ft_memoryview_type);
}
