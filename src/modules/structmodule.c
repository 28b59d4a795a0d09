/* structmodule.c -- the _struct module: packing Python values into C
 * structs held in bytes (and back).
 *
 * A format string is parsed once into an immutable list of codes (a
 * Struct object caches it); packing and unpacking are pure functions of
 * their arguments, so Struct objects are shared freely between threads.
 * Native mode ('@', the default) uses this machine's sizes and alignment;
 * the standard modes ('=', '<', '>', '!') use fixed sizes, no padding.
 */
#include "core/ftcore.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>

typedef struct fmtcode {
    char code;
    ft_ssize count;      /* repeat count, or length for 's'/'p' */
    ft_ssize offset;     /* byte offset of the first item */
    ft_ssize size;       /* size of one item */
} fmtcode;

typedef struct structobj {
    ft_obj ob;
    ft_obj *format;      /* str */
    ft_ssize size;
    ft_ssize nitems;     /* number of Python values */
    bool little;         /* byte order */
    bool native;
    ft_ssize ncodes;
    fmtcode *codes;      /* FT_GC_ATOMIC array */
    ft_obj *weakreflist;
} structobj;

extern ft_type ft_struct_type;
static ft_type *struct_error;   /* struct.error, made once at start-up */

static ft_obj *serror(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static ft_obj *serror(const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ft_err_set_str(struct_error, buf);
    return NULL;
}

static ft_ssize native_size(char c, ft_ssize *align) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': *align = 1; return 1;
    case 'h': case 'H': *align = _Alignof(short); return sizeof(short);
    case 'i': case 'I': *align = _Alignof(int); return sizeof(int);
    case 'l': case 'L': *align = _Alignof(long); return sizeof(long);
    case 'q': case 'Q': *align = _Alignof(long long); return sizeof(long long);
    case 'n': case 'N': *align = _Alignof(size_t); return sizeof(size_t);
    case 'e': *align = 2; return 2;
    case 'f': *align = _Alignof(float); return sizeof(float);
    case 'd': *align = _Alignof(double); return sizeof(double);
    case 'P': *align = _Alignof(void *); return sizeof(void *);
    default: return -1;
    }
}

static ft_ssize std_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return -1;
    }
}

static int parse_format(structobj *s, ft_obj *fmt) {
    const char *f;
    ft_ssize flen;
    if (ft_str_check(fmt)) {
        f = ft_str_utf8(fmt);
        flen = FT_STR(fmt)->nbytes;
    } else if (ft_bytes_check(fmt)) {
        f = ft_bytes_data(fmt);
        flen = ft_bytes_size(fmt);
        fmt = ft_str_new(f, flen);
        if (!fmt)
            return -1;
    } else {
        ft_err_format(ft_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                      ft_type_name(ft_type_of(fmt)));
        return -1;
    }
    s->format = fmt;
    const char *p = f, *end = f + flen;
    s->native = true;
    s->little = true;   /* x86-64 */
    if (p < end) {
        switch (*p) {
        case '@': p++; break;
        case '=': s->native = false; p++; break;
        case '<': s->native = false; s->little = true; p++; break;
        case '>': case '!': s->native = false; s->little = false; p++; break;
        }
    }
    ft_ssize cap = 8, n = 0, size = 0, nitems = 0;
    fmtcode *codes = ft_gc_alloc(cap * sizeof(fmtcode), FT_GC_ATOMIC);
    if (!codes)
        return -1;
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            p++;
            continue;
        }
        ft_ssize count = 1;
        bool has_count = false;
        if (c >= '0' && c <= '9') {
            count = 0;
            has_count = true;
            while (p < end && *p >= '0' && *p <= '9') {
                if (count > (INT64_MAX - 9) / 10) {
                    serror("total struct size too long");
                    return -1;
                }
                count = count * 10 + (*p++ - '0');
            }
            if (p >= end) {
                serror("repeat count given without format specifier");
                return -1;
            }
            c = *p;
        }
        (void)has_count;
        p++;
        ft_ssize align = 1, isize;
        if (s->native) {
            isize = native_size(c, &align);
            if (c == 'e') align = 2;
        } else {
            isize = std_size(c);
            if ((c == 'n' || c == 'N' || c == 'P') && isize < 0) {
                serror("bad char in struct format");
                return -1;
            }
        }
        if (isize < 0) {
            serror("bad char in struct format");
            return -1;
        }
        if (s->native && align > 1)
            size = (size + align - 1) / align * align;
        if (n == cap) {
            codes = ft_gc_realloc(codes, cap * sizeof(fmtcode), cap * 2 * sizeof(fmtcode), FT_GC_ATOMIC);
            if (!codes)
                return -1;
            cap *= 2;
        }
        codes[n].code = c;
        codes[n].count = count;
        codes[n].offset = size;
        codes[n].size = isize;
        n++;
        if (c == 's' || c == 'p') {
            size += count;
            nitems += 1;
        } else if (c == 'x') {
            size += count;
        } else {
            if (count && isize > (INT64_MAX - size) / count) {
                serror("total struct size too long");
                return -1;
            }
            size += isize * count;
            nitems += count;
        }
    }
    s->codes = codes;
    s->ncodes = n;
    s->size = size;
    s->nitems = nitems;
    return 0;
}

/* ---- integer and float conversions ------------------------------------------- */

static int get_integer(ft_obj *v, char code, ft_ssize size, bool is_unsigned, bool native,
                       uint64_t *out) {
    if (!ft_int_check(v)) {
        ft_obj *idx = ft_lookup_special(v, ft_id(__index__));
        if (!idx) {
            if (!ft_err_occurred())
                serror("required argument is not an integer");
            return -1;
        }
        v = ft_call0(idx);
        if (!v)
            return -1;
    }
    mpz_t z;
    mpz_init(z);
    ft_int_to_mpz(v, z);
    int ok = 1;
    if (is_unsigned) {
        if (mpz_sgn(z) < 0 || mpz_sizeinbase(z, 2) > (size_t)size * 8)
            ok = 0;
    } else {
        mpz_t lo, hi;
        mpz_init(lo);
        mpz_init(hi);
        mpz_ui_pow_ui(hi, 2, (unsigned long)(size * 8 - 1));
        mpz_neg(lo, hi);
        mpz_sub_ui(hi, hi, 1);
        if (mpz_cmp(z, lo) < 0 || mpz_cmp(z, hi) > 0)
            ok = 0;
        mpz_clear(lo);
        mpz_clear(hi);
    }
    if (!ok) {
        mpz_clear(z);
        if (!native && (code == 'q' || code == 'Q')) {
            if (is_unsigned)
                serror("argument out of range");
            else
                serror("argument out of range");
            return -1;
        }
        if (code == 'b' || code == 'B' || code == 'h' || code == 'H' || code == 'i' || code == 'I' ||
            code == 'l' || code == 'L' || code == 'q' || code == 'Q' || code == 'n' || code == 'N') {
            /* Limits fit 64 bits: format them with plain C. */
            if (is_unsigned) {
                uint64_t mx = size >= 8 ? UINT64_MAX : (((uint64_t)1 << (size * 8)) - 1);
                serror("'%c' format requires 0 <= number <= %llu", code, (unsigned long long)mx);
            } else {
                uint64_t lim = (uint64_t)1 << (size * 8 - 1);
                serror("'%c' format requires -%llu <= number <= %llu", code,
                       (unsigned long long)lim, (unsigned long long)(lim - 1));
            }
        }
        return -1;
    }
    uint64_t u = 0;
    if (mpz_sgn(z) >= 0) {
        u = mpz_getlimbn(z, 0);
    } else {
        mpz_t t;
        mpz_init(t);
        mpz_neg(t, z);
        u = (uint64_t)0 - (uint64_t)mpz_getlimbn(t, 0);
        mpz_clear(t);
    }
    mpz_clear(z);
    *out = u;
    return 0;
}

static void put_uint(unsigned char *p, uint64_t u, ft_ssize size, bool little) {
    for (ft_ssize i = 0; i < size; i++) {
        unsigned char byte = (unsigned char)(u >> (8 * i));
        p[little ? i : size - 1 - i] = byte;
    }
}

static uint64_t get_uint(const unsigned char *p, ft_ssize size, bool little) {
    uint64_t u = 0;
    for (ft_ssize i = 0; i < size; i++)
        u |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    return u;
}

/* IEEE half precision, round-half-even, CPython's OverflowError text. */
static int pack_half(double x, unsigned char *p, bool little) {
    uint16_t bits;
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        bits = sign | 0x7e00;
    } else if (isinf(x)) {
        bits = sign | 0x7c00;
    } else {
        double a = fabs(x);
        if (a == 0) {
            bits = sign;
        } else {
            int e;
            double f = frexp(a, &e);   /* a = f * 2^e, 0.5 <= f < 1 */
            e -= 1;                     /* a = (2f) * 2^e */
            if (e < -14) {
                /* subnormal: units of 2^-24 */
                double m = ldexp(a, 24);
                double r = nearbyint(m);
                bits = sign | (uint16_t)r;
            } else {
                double m = ldexp(2 * f - 1, 10);   /* 10-bit mantissa */
                double r = nearbyint(m);
                if (r == 1024) {
                    r = 0;
                    e += 1;
                }
                if (e > 15) {
                    ft_err_set_str(ft_exc_OverflowError, "float too large to pack with e format");
                    return -1;
                }
                bits = sign | (uint16_t)((e + 15) << 10) | (uint16_t)r;
            }
        }
    }
    put_uint(p, bits, 2, little);
    return 0;
}

static double unpack_half(const unsigned char *p, bool little) {
    uint16_t bits = (uint16_t)get_uint(p, 2, little);
    int sign = bits >> 15, e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
    double v;
    if (e == 0)
        v = ldexp(m, -24);
    else if (e == 31)
        v = m ? NAN : INFINITY;
    else
        v = ldexp(m + 1024, e - 25);
    return sign ? -v : v;
}

static int get_double(ft_obj *v, double *out) {
    if (!ft_float_check(v) && !ft_int_check(v)) {
        ft_obj *f = ft_lookup_special(v, ft_id(__float__));
        if (!f) {
            if (!ft_err_occurred())
                serror("required argument is not a float");
            return -1;
        }
    }
    double d = ft_float_as_double(v);
    if (d == -1.0 && ft_err_occurred())
        return -1;
    *out = d;
    return 0;
}

/* ---- pack / unpack ---------------------------------------------------------------- */

static int pack_into(structobj *s, unsigned char *buf, ft_obj *const *args) {
    ft_ssize argi = 0;
    for (ft_ssize ci = 0; ci < s->ncodes; ci++) {
        fmtcode *fc = &s->codes[ci];
        unsigned char *p = buf + fc->offset;
        char c = fc->code;
        if (c == 'x') {
            memset(p, 0, (size_t)fc->count);
            continue;
        }
        if (c == 's' || c == 'p') {
            ft_obj *v = args[argi++];
            if (!ft_bytes_check(v) && !ft_bytearray_check(v)) {
                serror("argument for '%c' must be a bytes object", c);
                return -1;
            }
            ft_buffer view;
            if (ft_get_buffer(v, &view) < 0)
                return -1;
            ft_ssize n = view.len;
            if (c == 's') {
                if (n > fc->count)
                    n = fc->count;
                memcpy(p, view.buf, (size_t)n);
                memset(p + n, 0, (size_t)(fc->count - n));
            } else if (fc->count > 0) {
                if (n > fc->count - 1)
                    n = fc->count - 1;
                memcpy(p + 1, view.buf, (size_t)n);
                memset(p + 1 + n, 0, (size_t)(fc->count - 1 - n));
                p[0] = (unsigned char)(n > 255 ? 255 : n);
            }
            ft_release_buffer(&view);
            continue;
        }
        for (ft_ssize k = 0; k < fc->count; k++, p += fc->size) {
            ft_obj *v = args[argi++];
            switch (c) {
            case 'c': {
                if ((!ft_bytes_check(v) && !ft_bytearray_check(v)) || ft_len(v) != 1) {
                    serror("char format requires a bytes object of length 1");
                    return -1;
                }
                ft_buffer view;
                if (ft_get_buffer(v, &view) < 0)
                    return -1;
                *p = (unsigned char)view.buf[0];
                ft_release_buffer(&view);
                break;
            }
            case '?': {
                int t = ft_is_true(v);
                if (t < 0)
                    return -1;
                *p = (unsigned char)t;
                break;
            }
            case 'e': case 'f': case 'd': {
                double d;
                if (get_double(v, &d) < 0)
                    return -1;
                if (c == 'e') {
                    if (pack_half(d, p, s->little) < 0)
                        return -1;
                } else if (c == 'f') {
                    float fl = (float)d;
                    if (isinf(fl) && !isinf(d)) {
                        ft_err_set_str(ft_exc_OverflowError, "float too large to pack with f format");
                        return -1;
                    }
                    uint32_t u;
                    memcpy(&u, &fl, 4);
                    put_uint(p, u, 4, s->little);
                } else {
                    uint64_t u;
                    memcpy(&u, &d, 8);
                    put_uint(p, u, 8, s->little);
                }
                break;
            }
            case 'P': {
                uint64_t u;
                if (get_integer(v, c, fc->size, true, true, &u) < 0)
                    return -1;
                put_uint(p, u, fc->size, s->little);
                break;
            }
            default: {
                bool uns = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
                uint64_t u;
                if (get_integer(v, c, fc->size, uns, s->native, &u) < 0)
                    return -1;
                put_uint(p, u, fc->size, s->little);
                break;
            }
            }
        }
    }
    return 0;
}

static ft_obj *unpack_buf(structobj *s, const unsigned char *buf) {
    ft_obj *t = ft_tuple_new(s->nitems);
    if (!t)
        return NULL;
    ft_ssize oi = 0;
    for (ft_ssize ci = 0; ci < s->ncodes; ci++) {
        fmtcode *fc = &s->codes[ci];
        const unsigned char *p = buf + fc->offset;
        char c = fc->code;
        if (c == 'x')
            continue;
        if (c == 's' || c == 'p') {
            ft_obj *b;
            if (c == 's') {
                b = ft_bytes_new((const char *)p, fc->count);
            } else {
                ft_ssize n = fc->count ? p[0] : 0;
                if (n >= fc->count)
                    n = fc->count ? fc->count - 1 : 0;
                b = ft_bytes_new((const char *)p + 1, n);
            }
            if (!b)
                return NULL;
            ft_tuple_items(t)[oi++] = b;
            continue;
        }
        for (ft_ssize k = 0; k < fc->count; k++, p += fc->size) {
            ft_obj *v;
            switch (c) {
            case 'c': v = ft_bytes_new((const char *)p, 1); break;
            case '?': v = ft_bool(*p != 0); break;
            case 'e': v = ft_float_new(unpack_half(p, s->little)); break;
            case 'f': {
                uint32_t u = (uint32_t)get_uint(p, 4, s->little);
                float f;
                memcpy(&f, &u, 4);
                v = ft_float_new(f);
                break;
            }
            case 'd': {
                uint64_t u = get_uint(p, 8, s->little);
                double d;
                memcpy(&d, &u, 8);
                v = ft_float_new(d);
                break;
            }
            default: {
                uint64_t u = get_uint(p, fc->size, s->little);
                bool uns = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
                if (uns) {
                    v = ft_int_from_u64(u);
                } else {
                    int shift = 64 - (int)fc->size * 8;
                    int64_t sv = shift ? (int64_t)(u << shift) >> shift : (int64_t)u;
                    v = ft_int_from_i64(sv);
                }
                break;
            }
            }
            if (!v)
                return NULL;
            ft_tuple_items(t)[oi++] = v;
        }
    }
    return t;
}

/* ---- Struct type ------------------------------------------------------------------- */

static ft_obj *struct_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "format", NULL };
    ft_obj *v[1];
    if (ft_parse_args("Struct", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    structobj *s = (structobj *)ft_type_generic_alloc(type, 0);
    if (!s || parse_format(s, v[0]) < 0)
        return NULL;
    return (ft_obj *)s;
}

static int struct_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return 0;
}

static ft_obj *s_pack(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    structobj *s = (structobj *)self;
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "pack() takes no keyword arguments");
    if ((ft_ssize)nargs != s->nitems)
        return serror("pack expected %zd items for packing (got %zu)", s->nitems, nargs);
    ft_obj *b = ft_bytes_new(NULL, s->size);
    if (!b || pack_into(s, (unsigned char *)ft_bytes_data(b), args) < 0)
        return NULL;
    return b;
}

static ft_obj *s_pack_into(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    structobj *s = (structobj *)self;
    if (nargs < 2)
        return ft_err_format(ft_exc_TypeError, nargs ? "pack_into expected offset argument"
                                                     : "pack_into expected buffer argument");
    if ((ft_ssize)nargs - 2 != s->nitems)
        return serror("pack_into expected %zd items for packing (got %zu)", s->nitems, nargs - 2);
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    if (view.readonly) {
        ft_release_buffer(&view);
        return ft_err_format(ft_exc_TypeError, "argument must be read-write bytes-like object, not %s",
                             ft_type_name(ft_type_of(args[0])));
    }
    ft_ssize off = ft_index_as_ssize(args[1], ft_exc_OverflowError);
    if (off == -1 && ft_err_occurred()) {
        ft_release_buffer(&view);
        return NULL;
    }
    if (off < 0) {
        if (off + view.len < 0) {
            ft_release_buffer(&view);
            return serror("offset %zd out of range for %zd-byte buffer", off, view.len);
        }
        off += view.len;
    }
    if (view.len - off < s->size) {
        ft_ssize len = view.len;
        ft_release_buffer(&view);
        if (off > len)
            return serror("offset %zd out of range for %zd-byte buffer", off, len);
        return serror("pack_into requires a buffer of at least %zd bytes for packing %zd bytes at offset %zd (actual buffer size is %zd)",
                      s->size + off, s->size, off, len);
    }
    int r = pack_into(s, (unsigned char *)view.buf + off, args + 2);
    ft_release_buffer(&view);
    return r < 0 ? NULL : ft_None;
}

static ft_obj *s_unpack(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    structobj *s = (structobj *)self;
    if (ft_check_positional("unpack", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    if (view.len != s->size) {
        ft_ssize len = view.len;
        ft_release_buffer(&view);
        return serror("unpack requires a buffer of %zd bytes", s->size + 0 * len);
    }
    ft_obj *r = unpack_buf(s, (const unsigned char *)view.buf);
    ft_release_buffer(&view);
    return r;
}

static ft_obj *s_unpack_from(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "buffer", "offset", NULL };
    ft_obj *v[2];
    if (ft_parse_args("unpack_from", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    structobj *s = (structobj *)self;
    ft_ssize off = 0;
    if (v[1]) {
        off = ft_index_as_ssize(v[1], ft_exc_OverflowError);
        if (off == -1 && ft_err_occurred())
            return NULL;
    }
    ft_buffer view;
    if (ft_get_buffer(v[0], &view) < 0)
        return NULL;
    if (off < 0) {
        if (off + view.len < 0) {
            ft_release_buffer(&view);
            return serror("offset %zd out of range for %zd-byte buffer", off, view.len);
        }
        off += view.len;
    }
    if (view.len - off < s->size) {
        ft_ssize len = view.len;
        ft_release_buffer(&view);
        if (off > len)
            return serror("offset %zd out of range for %zd-byte buffer", off, len);
        return serror("unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes at offset %zd (actual buffer size is %zd)",
                      s->size + off, s->size, off, len);
    }
    ft_obj *r = unpack_buf(s, (const unsigned char *)view.buf + off);
    ft_release_buffer(&view);
    return r;
}

static ft_obj *s_iter_unpack(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    structobj *s = (structobj *)self;
    if (ft_check_positional("iter_unpack", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (s->size == 0)
        return serror("cannot iteratively unpack with a struct of length 0");
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    if (view.len % s->size) {
        ft_ssize len = view.len;
        ft_release_buffer(&view);
        return serror("iterative unpacking requires a buffer of a multiple of %zd bytes", s->size + 0 * len);
    }
    ft_obj *list = ft_list_new(0);
    for (ft_ssize off = 0; list && off < view.len; off += s->size) {
        ft_obj *t = unpack_buf(s, (const unsigned char *)view.buf + off);
        if (!t || ft_list_append(list, t) < 0)
            list = NULL;
    }
    ft_release_buffer(&view);
    return list ? ft_iter(list) : NULL;
}

static ft_obj *s_get_format(ft_obj *self, void *c) { return ((structobj *)self)->format; }
static ft_obj *s_get_size(ft_obj *self, void *c) { return ft_int_from_i64(((structobj *)self)->size); }

static ft_obj *s_repr(ft_obj *self) {
    return ft_str_from_format("Struct(%R)", ((structobj *)self)->format);
}

static const ft_method_def struct_methods[] = {
    { "pack", s_pack, FT_METH_VARARGS, NULL },
    { "pack_into", s_pack_into, FT_METH_VARARGS, NULL },
    { "unpack", s_unpack, 0, NULL },
    { "unpack_from", s_unpack_from, FT_METH_KEYWORDS, NULL },
    { "iter_unpack", s_iter_unpack, 0, NULL },
    { NULL }
};

static const ft_getset_def struct_getsets[] = {
    { "format", s_get_format, NULL, NULL, NULL },
    { "size", s_get_size, NULL, NULL, NULL },
    { NULL }
};

ft_type ft_struct_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_struct.Struct",
    .basicsize = sizeof(structobj),
    .flags = FT_TPF_BASETYPE,
    .new_ = struct_new,
    .init = struct_init,
    .repr = s_repr,
    .methods = struct_methods,
    .getsets = struct_getsets,
};

/* ---- module functions: a small per-call parse (formats are short) ------------------ */

static structobj *struct_for(ft_obj *fmt) {
    if (!fmt)
        return (structobj *)ft_err_format(ft_exc_TypeError, "missing format argument");
    ft_obj *a[1] = { fmt };
    return (structobj *)struct_new(&ft_struct_type, a, 1, NULL);
}

static ft_obj *m_pack(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs == 0)
        return ft_err_format(ft_exc_TypeError, "pack expected at least 1 argument, got 0");
    structobj *s = struct_for(args[0]);
    return s ? s_pack((ft_obj *)s, args + 1, nargs - 1, kwnames) : NULL;
}

static ft_obj *m_pack_into(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs == 0)
        return ft_err_format(ft_exc_TypeError, "pack_into expected at least 1 argument, got 0");
    structobj *s = struct_for(args[0]);
    return s ? s_pack_into((ft_obj *)s, args + 1, nargs - 1, kwnames) : NULL;
}

static ft_obj *m_unpack(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("unpack", nargs, kwnames, 2, 2) < 0)
        return NULL;
    structobj *s = struct_for(args[0]);
    return s ? s_unpack((ft_obj *)s, args + 1, 1, NULL) : NULL;
}

static ft_obj *m_unpack_from(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "unpack_from() missing required argument 'format' (pos 1)");
    structobj *s = struct_for(args[0]);
    return s ? s_unpack_from((ft_obj *)s, args + 1, nargs - 1, kwnames) : NULL;
}

static ft_obj *m_iter_unpack(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("iter_unpack", nargs, kwnames, 2, 2) < 0)
        return NULL;
    structobj *s = struct_for(args[0]);
    return s ? s_iter_unpack((ft_obj *)s, args + 1, 1, NULL) : NULL;
}

static ft_obj *m_calcsize(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("calcsize", nargs, kwnames, 1, 1) < 0)
        return NULL;
    structobj *s = struct_for(args[0]);
    return s ? ft_int_from_i64(s->size) : NULL;
}

static ft_obj *m_clearcache(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return ft_None;
}

static const ft_method_def struct_functions[] = {
    { "pack", m_pack, FT_METH_VARARGS, "Return a bytes object containing the values packed according to the format." },
    { "pack_into", m_pack_into, FT_METH_VARARGS, NULL },
    { "unpack", m_unpack, 0, NULL },
    { "unpack_from", m_unpack_from, FT_METH_KEYWORDS, NULL },
    { "iter_unpack", m_iter_unpack, 0, NULL },
    { "calcsize", m_calcsize, 0, NULL },
    { "_clearcache", m_clearcache, FT_METH_NOARGS, NULL },
    { NULL }
};

static int struct_exec(ft_obj *m) {
    if (ft_module_add_type(m, &ft_struct_type) < 0 ||
        ft_module_add_object(m, "error", (ft_obj *)struct_error) < 0)
        return -1;
    return 0;
}

const ft_module_def ft__struct_module_def = {
    .name = "_struct",
    .doc = "Functions to convert between Python values and C structs.",
    .methods = struct_functions,
    .exec = struct_exec,
    .gil_safe = true,
};

int ft_struct_init(void) {
    if (ft_type_ready(&ft_struct_type) < 0)
        return -1;
    ft_obj *bases = ft_tuple_pack(1, (ft_obj *)ft_exc_Exception);
    ft_obj *dict = ft_dict_new();
    if (!bases || !dict || ft_dict_set_cstr(dict, "__module__", ft_str_from_cstr("struct")) < 0)
        return -1;
    struct_error = (ft_type *)ft_type_new_from_spec(ft_str_from_cstr("error"), bases, dict);
    if (!struct_error)
        return -1;
    ft_gc_add_root(&struct_error, sizeof struct_error);
    return 0;
}
