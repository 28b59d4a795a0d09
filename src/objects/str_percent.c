/* str_percent.c -- printf-style formatting: str % args and bytes % args.
 *
 * One engine serves both: it scans the format's bytes (the '%' syntax is
 * ASCII, so scanning UTF-8 byte-wise is safe) and writes UTF-8 (str mode)
 * or raw bytes (bytes mode) into a private buffer. Width and precision
 * count code points in str mode and bytes in bytes mode. No shared state;
 * user __str__/__repr__/__int__/__float__ run with no lock held.
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"

#include <math.h>
#include <stdio.h>

typedef struct obuf {
    char *buf;
    ft_ssize len, cap, ncp;
    bool bytes_mode;
} obuf;

static int ob_reserve(obuf *b, ft_ssize extra)
{
    if (extra < 0 || b->len > INT32_MAX - extra) {
        ft_err_set_str(ft_exc_OverflowError, "formatted string is too long");
        return -1;
    }
    ft_ssize need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    ft_ssize nc = b->cap ? b->cap * 2 : 64;
    while (nc < need) nc *= 2;
    char *n = b->buf ? ft_gc_realloc(b->buf, (size_t)b->cap, (size_t)nc, FT_GC_ATOMIC)
                     : ft_gc_alloc((size_t)nc, FT_GC_ATOMIC);
    if (!n) return -1;
    b->buf = n;
    b->cap = nc;
    return 0;
}

static int ob_put(obuf *b, const char *p, ft_ssize n, ft_ssize ncp)
{
    if (ob_reserve(b, n) < 0) return -1;
    memcpy(b->buf + b->len, p, (size_t)n);
    b->len += n;
    b->ncp += ncp;
    return 0;
}

static int ob_fill(obuf *b, char c, ft_ssize n)
{
    if (n <= 0) return 0;
    if (ob_reserve(b, n) < 0) return -1;
    memset(b->buf + b->len, c, (size_t)n);
    b->len += n;
    b->ncp += n;
    return 0;
}

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* Emit body (n bytes, ncp units) padded to width. */
static int emit_padded(obuf *b, const char *p, ft_ssize n, ft_ssize ncp, ft_ssize width, int flags)
{
    ft_ssize units = b->bytes_mode ? n : ncp;
    ft_ssize padn = width > units ? width - units : 0;
    if (!(flags & F_LJUST) && ob_fill(b, ' ', padn) < 0) return -1;
    if (ob_put(b, p, n, ncp) < 0) return -1;
    if ((flags & F_LJUST) && ob_fill(b, ' ', padn) < 0) return -1;
    return 0;
}

/* Number body: sign, prefix, digits (ASCII). Zero padding goes between the
 * prefix and the digits. */
static int emit_number(obuf *b, char sign, const char *prefix, const char *digits, ft_ssize nd,
                       ft_ssize width, int flags)
{
    ft_ssize plen = (ft_ssize)strlen(prefix) + (sign ? 1 : 0);
    ft_ssize total = plen + nd;
    ft_ssize padn = width > total ? width - total : 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO) && ob_fill(b, ' ', padn) < 0) return -1;
    if (sign && ob_put(b, &sign, 1, 1) < 0) return -1;
    if (ob_put(b, prefix, (ft_ssize)strlen(prefix), (ft_ssize)strlen(prefix)) < 0) return -1;
    if (!(flags & F_LJUST) && (flags & F_ZERO) && ob_fill(b, '0', padn) < 0) return -1;
    if (ob_put(b, digits, nd, nd) < 0) return -1;
    if ((flags & F_LJUST) && ob_fill(b, ' ', padn) < 0) return -1;
    return 0;
}

static bool is_number_like(ft_obj *o)
{
    ft_type *t = ft_type_of(o);
    return ft_int_check(o) || ft_float_check(o) || t->as_number.index || t->as_number.int_ || t->as_number.float_;
}

static int format_int(obuf *b, ft_obj *v, char conv, char shown, int flags, ft_ssize width, ft_ssize prec)
{
    ft_obj *iv;
    if (ft_int_check(v)) iv = v;
    else if (conv == 'x' || conv == 'X' || conv == 'o') {
        if (!ft_type_of(v)->as_number.index) {
            ft_err_format(ft_exc_TypeError, "%%%c format: an integer is required, not %s", shown, ft_type_of(v)->name);
            return -1;
        }
        iv = ft_index(v);
    } else {
        if (!is_number_like(v)) {
            ft_err_format(ft_exc_TypeError, "%%%c format: a real number is required, not %s", shown, ft_type_of(v)->name);
            return -1;
        }
        iv = ft_number_int(v);
    }
    if (!iv) return -1;
    int sgn = ft_int_sign(iv);
    const char *digits;
    ft_ssize nd;
    char small[80];
    if (ft_is_smallint(iv)) {
        int64_t x = ft_smallint_value(iv);
        uint64_t ux = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        const char *f = conv == 'x' ? "%llx" : conv == 'X' ? "%llX" : conv == 'o' ? "%llo" : "%llu";
        nd = snprintf(small, sizeof small, f, (unsigned long long)ux);
        digits = small;
    } else if (conv == 'x' || conv == 'X' || conv == 'o') {
        mpz_t z;
        mpz_init(z);
        ft_int_to_mpz(iv, z);
        mpz_abs(z, z);
        int base = conv == 'o' ? 8 : 16;
        char *copy = ft_gc_alloc(mpz_sizeinbase(z, base) + 2, FT_GC_ATOMIC);
        if (!copy) { mpz_clear(z); return -1; }
        mpz_get_str(copy, conv == 'X' ? -16 : base, z);
        mpz_clear(z);
        nd = (ft_ssize)strlen(copy);
        digits = copy;
    } else {
        ft_obj *s = ft_int_to_str(iv, 10);
        if (!s) return -1;
        digits = ft_str_utf8(s);
        nd = FT_STR(s)->nbytes;
        if (*digits == '-') { digits++; nd--; }
    }
    char *withprec = NULL;
    if (prec > nd) {
        withprec = ft_gc_alloc((size_t)prec + 1, FT_GC_ATOMIC);
        if (!withprec) return -1;
        memset(withprec, '0', (size_t)(prec - nd));
        memcpy(withprec + (prec - nd), digits, (size_t)nd);
        digits = withprec;
        nd = prec;
    }
    char sign = sgn < 0 ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    const char *prefix = "";
    if (flags & F_ALT) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    return emit_number(b, sign, prefix, digits, nd, width, flags);
}

static int format_float(obuf *b, ft_obj *v, char conv, int flags, ft_ssize width, ft_ssize prec)
{
    double d;
    if (ft_float_check(v)) d = ft_float_as_double(v);
    else {
        d = ft_float_as_double(v);
        if (d == -1.0 && ft_err_occurred()) {
            if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
                ft_err_clear();
                ft_err_format(ft_exc_TypeError, b->bytes_mode ? "float argument required, not %s"
                                                              : "must be real number, not %s", ft_type_of(v)->name);
            }
            return -1;
        }
    }
    if (prec < 0) prec = 6;
    if (isnan(d)) d = fabs(d);
    char cf[16];
    int k = 0;
    cf[k++] = '%';
    if (flags & F_ALT) cf[k++] = '#';
    cf[k++] = '.';
    cf[k++] = '*';
    cf[k++] = conv;
    cf[k] = 0;
    int need = snprintf(NULL, 0, cf, (int)prec, fabs(d));
    char *s = ft_gc_alloc((size_t)need + 1, FT_GC_ATOMIC);
    if (!s) return -1;
    snprintf(s, (size_t)need + 1, cf, (int)prec, fabs(d));
    char sign = signbit(d) ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    return emit_number(b, sign, "", s, need, width, flags);
}

/* Bytes mode %s / %b operand. */
static int bytes_operand(ft_obj *v, ft_buffer *view, ft_obj **holder)
{
    if (ft_get_buffer(v, view) == 0) return 0;
    ft_err_clear();
    ft_obj *m = ft_lookup_special(v, ft_id(__bytes__));
    if (m) {
        ft_obj *r = ft_call0(m);
        if (!r) return -1;
        if (!ft_bytes_check(r)) {
            ft_err_format(ft_exc_TypeError, "__bytes__ returned non-bytes (type %s)", ft_type_of(r)->name);
            return -1;
        }
        *holder = r;
        return ft_get_buffer(r, view);
    }
    if (ft_err_occurred()) return -1;
    ft_err_format(ft_exc_TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                  ft_type_of(v)->name);
    return -1;
}

/* A '*' width or precision: a C int, like CPython. */
/* A '*' width (C ssize_t) or precision (C int), like CPython. */
static ft_ssize star_int(ft_obj *w, bool is_prec)
{
    int64_t v;
    int ovf = 0;
    if (ft_int_as_i64_overflow(w, &v, &ovf) < 0) return -1;
    if (ovf || (is_prec && (v > INT32_MAX || v < INT32_MIN))) {
        ft_err_set_str(ft_exc_OverflowError, is_prec ? "Python int too large to convert to C int"
                                                     : "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ft_ssize)v;
}

static ft_obj *percent_engine(const char *fmt, ft_ssize fn, ft_obj *args, bool bytes_mode)
{
    obuf b = {NULL, 0, 0, 0, bytes_mode};
    ft_obj *const *argv;
    ft_ssize argc, argi = 0;
    ft_obj *single[1];
    ft_obj *dict = NULL;
    if (ft_tuple_check(args)) {
        argv = ft_tuple_items(args);
        argc = ft_tuple_size(args);
    } else {
        single[0] = args;
        argv = single;
        argc = 1;
    }
    /* CPython's rule: anything subscriptable except a tuple and (for str
     * formats) a str, or (for bytes formats) bytes/bytearray, is a mapping. */
    if (ft_type_of(args)->subscript && !ft_tuple_check(args) &&
        !ft_str_check(args) && (!bytes_mode || (!ft_bytes_check(args) && !ft_bytearray_check(args))))
        dict = args;
    const char *p = fmt, *end = fmt + fn;
    const char *what = bytes_mode ? "bytes" : "string";
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) q = end;
        if (q > p && ob_put(&b, p, q - p, bytes_mode ? q - p : ft_utf8_count(p, q - p)) < 0) return NULL;
        if (q >= end) break;
        const char *start = q;
        p = q + 1;
        if (p < end && *p == '%') {   /* "%%" only when the two are adjacent */
            if (ob_put(&b, "%", 1, 1) < 0) return NULL;
            p++;
            continue;
        }
        ft_obj *arg = NULL;
        bool have_key = false;
        if (p < end && *p == '(') {
            if (!dict) {
                ft_err_set_str(ft_exc_TypeError, "format requires a mapping");
                return NULL;
            }
            int depth = 1;
            const char *ks = ++p;
            while (p < end && depth) {
                if (*p == '(') depth++;
                else if (*p == ')') depth--;
                p++;
            }
            if (depth) {
                ft_err_set_str(ft_exc_ValueError, "incomplete format key");
                return NULL;
            }
            ft_obj *key = bytes_mode ? ft_bytes_new(ks, p - 1 - ks) : ft_str_new_trusted(ks, p - 1 - ks, -1);
            if (!key) return NULL;
            arg = ft_getitem(dict, key);
            if (!arg) return NULL;
            have_key = true;
            argc = -1;  /* mapping: no positional accounting */
        }
        int flags = 0;
        for (; p < end; p++) {
            if (*p == '-') flags |= F_LJUST;
            else if (*p == '+') flags |= F_SIGN;
            else if (*p == ' ') flags |= F_BLANK;
            else if (*p == '#') flags |= F_ALT;
            else if (*p == '0') flags |= F_ZERO;
            else break;
        }
        ft_ssize width = -1, prec = -1;
        if (p < end && *p == '*') {
            p++;
            if (argi >= argc) goto not_enough;
            ft_obj *w = argv[argi++];
            if (!ft_int_check(w)) {
                ft_err_set_str(ft_exc_TypeError, "* wants int");
                return NULL;
            }
            width = star_int(w, false);
            if (width == -1 && ft_err_occurred()) return NULL;
            if (width < 0) { flags |= F_LJUST; width = -width; }
        } else {
            while (p < end && *p >= '0' && *p <= '9') {
                if (width < 0) width = 0;
                if (width > (INT32_MAX - 9) / 10) {
                    ft_err_set_str(ft_exc_ValueError, "width too big");
                    return NULL;
                }
                width = width * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                p++;
                if (argi >= argc) goto not_enough;
                ft_obj *w = argv[argi++];
                if (!ft_int_check(w)) {
                    ft_err_set_str(ft_exc_TypeError, "* wants int");
                    return NULL;
                }
                prec = star_int(w, true);
                if (prec == -1 && ft_err_occurred()) return NULL;
                if (prec < 0) prec = 0;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    if (prec > (INT32_MAX - 9) / 10) {
                        ft_err_set_str(ft_exc_ValueError, "precision too big");
                        return NULL;
                    }
                    prec = prec * 10 + (*p++ - '0');
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) {
            ft_err_set_str(ft_exc_ValueError, "incomplete format");
            return NULL;
        }
        const char *convp = p;
        uint32_t conv;
        if (bytes_mode) conv = (unsigned char)*p++;
        else conv = ft_utf8_next(&p);
        if (!have_key) {
            if (argi >= argc) goto not_enough;
            arg = argv[argi++];
        }
        int rc = 0;
        switch (conv) {
        case 's': case 'r': case 'a': case 'b': {
            if (bytes_mode && (conv == 's' || conv == 'b')) {
                ft_buffer view;
                ft_obj *holder = NULL;
                if (bytes_operand(arg, &view, &holder) < 0) return NULL;
                ft_ssize n = view.len;
                if (prec >= 0 && prec < n) n = prec;
                rc = emit_padded(&b, view.buf, n, n, width, flags);
                ft_release_buffer(&view);
                break;
            }
            if (!bytes_mode && conv == 'b') goto unsupported;
            ft_obj *s = conv == 's' ? ft_str(arg) : (conv == 'r' && !bytes_mode) ? ft_repr(arg) : ft_ascii(arg);
            if (!s) return NULL;
            ft_ssize ncp = FT_STR(s)->length, nb = FT_STR(s)->nbytes;
            if (prec >= 0 && prec < ncp) {
                nb = ft_str_byte_offset(s, prec);
                ncp = prec;
            }
            rc = emit_padded(&b, FT_STR(s)->data, nb, ncp, width, flags);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            rc = format_int(&b, arg, conv == 'i' || conv == 'u' ? 'd' : (char)conv,
                            bytes_mode && conv == 'i' ? 'd' : (char)conv, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            rc = format_float(&b, arg, (char)conv, flags, width, prec);
            break;
        case 'c': {
            char tmp[4];
            int n;
            if (bytes_mode) {
                if (ft_bytes_check(arg) && ft_bytes_size(arg) == 1) {
                    tmp[0] = ft_bytes_data(arg)[0];
                } else if (ft_bytearray_check(arg) && ((ft_bytearray *)arg)->size == 1) {
                    tmp[0] = ((ft_bytearray *)arg)->items[0];
                } else if (ft_int_check(arg)) {
                    int64_t v = ft_int_as_i64(arg);
                    if ((v == -1 && ft_err_occurred()) || v < 0 || v > 255) {
                        ft_err_clear();
                        ft_err_set_str(ft_exc_OverflowError, "%c arg not in range(256)");
                        return NULL;
                    }
                    tmp[0] = (char)v;
                } else {
                    ft_err_set_str(ft_exc_TypeError, "%c requires an integer in range(256) or a single byte");
                    return NULL;
                }
                rc = emit_padded(&b, tmp, 1, 1, width, flags);
                break;
            }
            if (ft_str_check(arg)) {
                if (FT_STR(arg)->length != 1) {
                    ft_err_set_str(ft_exc_TypeError, "%c requires int or char");
                    return NULL;
                }
                rc = emit_padded(&b, FT_STR(arg)->data, FT_STR(arg)->nbytes, 1, width, flags);
                break;
            }
            if (!ft_int_check(arg)) {
                ft_err_set_str(ft_exc_TypeError, "%c requires int or char");
                return NULL;
            }
            int64_t v = ft_int_as_i64(arg);
            if ((v == -1 && ft_err_occurred()) || v < 0 || v > 0x10FFFF) {
                ft_err_clear();
                ft_err_set_str(ft_exc_OverflowError, "%c arg not in range(0x110000)");
                return NULL;
            }
            n = ft_utf8_encode_one((uint32_t)v, tmp);
            rc = emit_padded(&b, tmp, n, 1, width, flags);
            break;
        }
        default:
        unsupported: {
            ft_ssize idx = bytes_mode ? convp - fmt : ft_utf8_count(fmt, convp - fmt);
            ft_err_format(ft_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                          (conv >= 31 && conv <= 126) ? (int)conv : '?', (unsigned)conv, idx);
            return NULL;
        }
        }
        if (rc < 0) return NULL;
        (void)start;
    }
    if (argc >= 0 && argi < argc && !dict) {
        ft_err_format(ft_exc_TypeError, "not all arguments converted during %s formatting", what);
        return NULL;
    }
    if (bytes_mode) return ft_bytes_new(b.buf ? b.buf : "", b.len);
    return ft_str_new_trusted(b.buf ? b.buf : "", b.len, b.ncp);
not_enough:
    ft_err_set_str(ft_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

ft_obj *ft_str_percent_format(ft_obj *fmt, ft_obj *args)
{
    return percent_engine(FT_STR(fmt)->data, FT_STR(fmt)->nbytes, args, false);
}

ft_obj *ft_bytes_percent_format(ft_obj *fmt, ft_obj *args, bool bytearray_result)
{
    ft_buffer view;
    if (ft_get_buffer(fmt, &view) < 0) return NULL;
    /* copy: a bytearray format could be mutated by user code we call */
    char *copy = ft_gc_alloc((size_t)view.len + 1, FT_GC_ATOMIC);
    if (!copy) { ft_release_buffer(&view); return NULL; }
    memcpy(copy, view.buf, (size_t)view.len);
    ft_ssize n = view.len;
    ft_release_buffer(&view);
    ft_obj *r = percent_engine(copy, n, args, true);
    if (!r || !bytearray_result) return r;
    return ft_bytearray_new(ft_bytes_data(r), ft_bytes_size(r));
}
