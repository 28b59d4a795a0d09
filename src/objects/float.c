/* float.c -- the float type (IEEE double).
 *
 * Instances are immutable ft_float objects (FT_TPF_ATOMIC_INSTANCES: no GC
 * pointers beyond the type), freely shared across threads. Arithmetic
 * follows CPython: overflow of + - * gives inf silently, ** raises
 * OverflowError(34, 'Numerical result out of range'), floor division and
 * modulo take the sign of the divisor, comparisons with ints are exact.
 * No shared mutable state; no locks.
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#define FVAL(o) (((ft_float *)(o))->value)

bool ft_float_check(ft_obj *o) {
    if (ft_is_smallint(o)) return false;
    return o->ob_type == &ft_float_type || ft_type_is_subtype(o->ob_type, &ft_float_type);
}

ft_obj *ft_float_new(double v) {
    ft_obj *o = ft_obj_alloc(&ft_float_type, sizeof(ft_float));
    if (!o) return NULL;
    FVAL(o) = v;
    return o;
}

double ft_float_as_double(ft_obj *o) {
    if (ft_is_smallint(o)) return (double)ft_smallint_value(o);
    if (ft_float_check(o)) return FVAL(o);
    if (o->ob_type == &ft_int_type || o->ob_type == &ft_bool_type) return ft_int_as_double(o);
    ft_type *t = FT_TYPE(o);
    /* int subclasses go through the slot: a Python __float__ may override */
    if (t->as_number.float_) {
        ft_obj *r = t->as_number.float_(o);
        if (!r) return -1.0;
        if (!ft_float_check(r)) {
            ft_err_format(ft_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          ft_type_name(t), ft_type_name(FT_TYPE(r)));
            return -1.0;
        }
        return FVAL(r);
    }
    if (t->as_number.index) {
        ft_obj *i = ft_index(o);
        if (!i) return -1.0;
        return ft_int_as_double(i);
    }
    ft_err_format(ft_exc_TypeError, "must be real number, not %s", ft_type_name(t));
    return -1.0;
}

ft_obj *ft_err_erange(void) {
    ft_obj *args[2];
    args[0] = ft_smallint(ERANGE);
    args[1] = ft_str_from_cstr("Numerical result out of range");
    if (!args[1]) return NULL;
    ft_obj *e = ft_exc_new(ft_exc_OverflowError, args, 2);
    if (e) ft_err_set_exc(e);
    return NULL;
}

/* Convert an operand of a float binary op: float or int. */
static int to_double(ft_obj *o, double *out) {
    if (ft_is_smallint(o)) { *out = (double)ft_smallint_value(o); return 1; }
    if (ft_float_check(o)) { *out = FVAL(o); return 1; }
    if (ft_int_check(o)) {
        double d = ft_int_as_double(o);
        if (d == -1.0 && ft_err_occurred()) return -1;
        *out = d;
        return 1;
    }
    return 0;
}

#define CONVERT(v, w, a, b) do { \
        int r1_ = to_double(v, &a); if (r1_ < 0) return NULL; if (!r1_) return ft_NotImplemented; \
        int r2_ = to_double(w, &b); if (r2_ < 0) return NULL; if (!r2_) return ft_NotImplemented; \
    } while (0)

static ft_obj *float_add(ft_obj *v, ft_obj *w) { double a, b; CONVERT(v, w, a, b); return ft_float_new(a + b); }
static ft_obj *float_sub(ft_obj *v, ft_obj *w) { double a, b; CONVERT(v, w, a, b); return ft_float_new(a - b); }
static ft_obj *float_mul(ft_obj *v, ft_obj *w) { double a, b; CONVERT(v, w, a, b); return ft_float_new(a * b); }
static ft_obj *float_div(ft_obj *v, ft_obj *w) {
    double a, b;
    CONVERT(v, w, a, b);
    if (b == 0.0) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return ft_float_new(a / b);
}

static double float_mod_val(double vx, double wx) {
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0)) mod += wx;
    } else {
        mod = copysign(0.0, wx);
    }
    return mod;
}

static void float_divmod_val(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

static ft_obj *float_rem(ft_obj *v, ft_obj *w) {
    double a, b;
    CONVERT(v, w, a, b);
    if (b == 0.0) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "float modulo by zero");
        return NULL;
    }
    return ft_float_new(float_mod_val(a, b));
}

static ft_obj *float_floordiv(ft_obj *v, ft_obj *w) {
    double a, b, q, m;
    CONVERT(v, w, a, b);
    if (b == 0.0) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    float_divmod_val(a, b, &q, &m);
    return ft_float_new(q);
}

static ft_obj *float_divmod(ft_obj *v, ft_obj *w) {
    double a, b, q, m;
    CONVERT(v, w, a, b);
    if (b == 0.0) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    float_divmod_val(a, b, &q, &m);
    ft_obj *qo = ft_float_new(q);
    if (!qo) return NULL;
    ft_obj *mo = ft_float_new(m);
    if (!mo) return NULL;
    return ft_tuple_pack(2, qo, mo);
}

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

ft_obj *ft_float_pow_double(double iv, double iw) {
    if (iw == 0) return ft_float_new(1.0);
    if (isnan(iv)) return ft_float_new(iv);
    if (isnan(iw)) return ft_float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return ft_float_new(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return ft_float_new(fabs(iw));
        return ft_float_new(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return ft_float_new(odd ? iv : fabs(iv));
        return ft_float_new(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            ft_err_set_str(ft_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return ft_float_new(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            int err = 0;
            ft_cval a = {iv, 0.0}, b = {iw, 0.0};
            ft_cval r = ft_complex_pow_val(a, b, &err);
            if (err == 1) {
                ft_err_set_str(ft_exc_ZeroDivisionError, "0.0 to a negative or complex power");
                return NULL;
            }
            if (err == 2) {
                ft_err_set_str(ft_exc_OverflowError, "complex exponentiation");
                return NULL;
            }
            return ft_complex_new(r.real, r.imag);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return ft_float_new(negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (negate) ix = -ix;
    if (isinf(ix)) return ft_err_erange();
    return ft_float_new(ix);
}

static ft_obj *float_pow(ft_obj *v, ft_obj *w, ft_obj *z) {
    double a, b;
    CONVERT(v, w, a, b);
    if (z && z != ft_None) {
        ft_err_set_str(ft_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    return ft_float_pow_double(a, b);
}

static ft_obj *float_neg(ft_obj *v) { return ft_float_new(-FVAL(v)); }
static ft_obj *float_pos(ft_obj *v) { return ft_float_new(FVAL(v)); }
static ft_obj *float_abs(ft_obj *v) { return ft_float_new(fabs(FVAL(v))); }
static int float_bool(ft_obj *v) { return FVAL(v) != 0.0; }
static ft_obj *float_int(ft_obj *v) { return ft_int_from_double(trunc(FVAL(v))); }
static ft_obj *float_float(ft_obj *v) {
    if (v->ob_type == &ft_float_type) return v;
    return ft_float_new(FVAL(v));
}

/* ---- compare / hash / repr ----------------------------------------------- */
static ft_obj *cmp_to_bool(int c, int op) {
    if (c == 2) return ft_bool(op == FT_NE);  /* unordered (nan) */
    switch (op) {
    case FT_LT: return ft_bool(c < 0);
    case FT_LE: return ft_bool(c <= 0);
    case FT_EQ: return ft_bool(c == 0);
    case FT_NE: return ft_bool(c != 0);
    case FT_GT: return ft_bool(c > 0);
    default: return ft_bool(c >= 0);
    }
}

ft_obj *ft_float_richcompare(ft_obj *v, ft_obj *w, int op) {
    if (!ft_float_check(v)) return ft_NotImplemented;
    double a = FVAL(v);
    if (ft_float_check(w)) {
        double b = FVAL(w);
        if (isnan(a) || isnan(b)) return cmp_to_bool(2, op);
        return cmp_to_bool((a > b) - (a < b), op);
    }
    if (ft_int_check(w)) {
        int c = ft_int_compare_double(w, a);
        if (c != 2) c = -c;
        return cmp_to_bool(c, op);
    }
    return ft_NotImplemented;
}

int64_t ft_float_hash_double(double v) {
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? 314159 : -314159;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(ft_obj *v) {
    double d = FVAL(v);
    if (isnan(d)) {
        /* identity-based, like CPython 3.10+ */
        uint64_t y = (uint64_t)(uintptr_t)v;
        int64_t h = (int64_t)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }
    return ft_float_hash_double(d);
}

ft_obj *ft_float_repr(ft_obj *o) {
    char buf[64];
    ft_double_repr(FVAL(o), buf, sizeof buf);
    size_t n = strlen(buf);
    return ft_str_new_trusted(buf, (ft_ssize)n, (ft_ssize)n);
}

/* ---- construction -------------------------------------------------------- */
static bool space_char(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }  /* \x1c-\x1f are not blanks for float() */

static ft_obj *float_from_text(const char *s0, ft_ssize len0, ft_obj *orig) {
    const char *s = s0;
    ft_ssize len = len0;
    if (!orig || ft_str_check(orig)) {
        s = ft_num_text_to_ascii(s0, len0, &len);
        if (!s) return NULL;
    }
    const char *p = s, *end = s + len;
    while (p < end && space_char((unsigned char)*p)) p++;
    while (end > p && space_char((unsigned char)end[-1])) end--;
    double v;
    ft_ssize n = p < end ? ft_parse_float_prefix(p, end - p, &v) : 0;
    if (n < 0) return NULL;
    if (n > 0 && p + n == end) return ft_float_new(v);
    ft_obj *src = orig ? orig : ft_str_new(s0, len0);
    if (!src) return NULL;
    ft_obj *r = ft_repr(src);
    if (!r) return NULL;
    return ft_err_format(ft_exc_ValueError, "could not convert string to float: %U", r);
}

ft_obj *ft_float_from_obj(ft_obj *x) {
    if (ft_float_check_exact(x)) return x;
    if (ft_str_check(x)) return float_from_text(ft_str_utf8(x), FT_STR(x)->nbytes, x);
    ft_type *t = FT_TYPE(x);
    if (t->as_number.float_) {
        ft_obj *r = t->as_number.float_(x);
        if (!r) return NULL;
        if (!ft_float_check(r))
            return ft_err_format(ft_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                                 ft_type_name(t), ft_type_name(FT_TYPE(r)));
        return ft_float_check_exact(r) ? r : ft_float_new(FVAL(r));
    }
    if (t->as_number.index || ft_int_check(x)) {
        double d = ft_float_as_double(x);
        if (d == -1.0 && ft_err_occurred()) return NULL;
        return ft_float_new(d);
    }
    if (ft_bytes_check(x) || ft_bytearray_check(x) ||
        (!ft_is_smallint(x) && ft_type_is_subtype(x->ob_type, &ft_memoryview_type))) {
        ft_buffer view;
        if (ft_get_buffer(x, &view) < 0) return NULL;
        ft_obj *r = float_from_text(view.buf, view.len, x);
        ft_release_buffer(&view);
        return r;
    }
    return ft_err_format(ft_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                         ft_type_name(t));
}

static ft_obj *float_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0) {
        ft_err_set_str(ft_exc_TypeError, "float() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1)
        return ft_err_format(ft_exc_TypeError, "float expected at most 1 argument, got %zd", (ft_ssize)nargs);
    ft_obj *r = nargs == 0 ? ft_float_new(0.0) : ft_float_from_obj(args[0]);
    if (!r || type == &ft_float_type) return r;
    ft_obj *o = ft_type_generic_alloc(type, 0);
    if (!o) return NULL;
    FVAL(o) = FVAL(r);
    return o;
}

/* ---- methods ------------------------------------------------------------- */
static ft_obj *float_is_integer(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    double d = FVAL(self);
    return ft_bool(isfinite(d) && floor(d) == d);
}

static ft_obj *float_as_integer_ratio(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    double d = FVAL(self);
    if (isinf(d)) {
        ft_err_set_str(ft_exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(d)) {
        ft_err_set_str(ft_exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    /* reduce: strip common factors of two */
    mp_bitcnt_t tz = mpz_sgn(num) ? mpz_scan1(num, 0) : 0;
    mp_bitcnt_t td = mpz_scan1(den, 0);
    mp_bitcnt_t c = tz < td ? tz : td;
    if (mpz_sgn(num) == 0) mpz_set_ui(den, 1);
    else if (c) { mpz_tdiv_q_2exp(num, num, c); mpz_tdiv_q_2exp(den, den, c); }
    ft_obj *no = ft_int_from_mpz_steal(num);
    if (!no) return NULL;
    ft_obj *dn = ft_int_from_mpz_steal(den);
    if (!dn) return NULL;
    return ft_tuple_pack(2, no, dn);
}

static ft_obj *float_conjugate(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return float_float(self); }
static ft_obj *float_trunc(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_double(trunc(FVAL(self))); }
static ft_obj *float_floor(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_double(floor(FVAL(self))); }
static ft_obj *float_ceil(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_double(ceil(FVAL(self))); }

/* round(x, nd) for nd < 0: exact rational rounding to a multiple of 10**-nd. */
static ft_obj *round_negative(double x, long nd) {
    if (nd < -308) return ft_float_new(copysign(0.0, x));
    int e;
    double m = frexp(x, &e);
    m = ldexp(m, 53);
    e -= 53;
    mpz_t num, den, p, q, r, twice;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    mpz_init(p); mpz_init(q); mpz_init(r); mpz_init(twice);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_mul(den, den, p);
    mpz_abs(num, num);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    bool of;
    double res = ft_mpz_ldexp_rounded(q, 0, false, &of);
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return ft_float_new(copysign(res, x));
}

static ft_obj *float_round(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("__round__", nargs, kw, 0, 1) < 0) return NULL;
    double x = FVAL(self);
    if (nargs == 0 || args[0] == ft_None) {
        double r = nearbyint(x);   /* default rounding mode: ties to even */
        return ft_int_from_double(r);
    }
    ft_ssize nd = ft_index_as_ssize(args[0], NULL);
    if (nd == -1 && ft_err_occurred()) return NULL;
    if (!isfinite(x) || x == 0.0) return ft_float_new(x);
    if (nd > 323) return ft_float_new(x);
    if (nd < 0) return round_negative(x, (long)nd);
    char *buf = ft_gc_alloc(400 + (size_t)nd, FT_GC_ATOMIC);
    if (!buf) return NULL;
    snprintf(buf, 400 + (size_t)nd, "%.*f", (int)nd, x);
    double r = strtod(buf, NULL);
    if (isinf(r)) {
        ft_err_set_str(ft_exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return ft_float_new(r);
}

static ft_obj *float_hex(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    double x = FVAL(self);
    char buf[64];
    if (isnan(x)) return ft_str_from_cstr("nan");
    if (isinf(x)) return ft_str_from_cstr(x > 0 ? "inf" : "-inf");
    if (x == 0) return ft_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    size_t k2 = 0;
    if (x < 0) buf[k2++] = '-';
    buf[k2++] = '0';
    buf[k2++] = 'x';
    int d = (int)m;
    buf[k2++] = "0123456789abcdef"[d];
    m -= d;
    buf[k2++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        d = (int)m;
        buf[k2++] = "0123456789abcdef"[d];
        m -= d;
    }
    snprintf(buf + k2, sizeof buf - k2, "p%c%d", e < 0 ? '-' : '+', abs(e));
    return ft_str_from_cstr(buf);
}

static ft_obj *hex_invalid(void) {
    ft_err_set_str(ft_exc_ValueError, "invalid hexadecimal floating-point string");
    return NULL;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static ft_obj *float_fromhex(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *s = args[0];
    if (!ft_str_check(s)) {
        ft_err_set_str(ft_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    const char *p = ft_str_utf8(s), *end = p + FT_STR(s)->nbytes;
    while (p < end && space_char((unsigned char)*p)) p++;
    while (end > p && space_char((unsigned char)end[-1])) end--;
    double result;
    bool neg = false;
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-')) { neg = *q == '-'; q++; }
    double special;
    ft_ssize sn = ft_parse_float_prefix(q, end - q, &special);
    if (sn > 0 && q + sn == end && !isfinite(special)) {
        result = neg ? -special : special;
        goto done;
    }
    if (q + 1 < end && q[0] == '0' && (q[1] | 0x20) == 'x') q += 2;
    mpz_t m;
    mpz_init(m);
    int64_t frac = 0;
    int nd = 0;
    bool seen_dot = false;
    const char *digits_start = q;
    char *hexbuf = ft_gc_alloc((size_t)(end - q) + 2, FT_GC_ATOMIC);
    if (!hexbuf) return NULL;
    size_t hk = 0;
    while (q < end) {
        if (*q == '.' && !seen_dot) { seen_dot = true; q++; continue; }
        if (hexval(*q) < 0) break;
        hexbuf[hk++] = *q;
        nd++;
        if (seen_dot) frac++;
        q++;
    }
    (void)digits_start;
    if (nd == 0) return hex_invalid();
    hexbuf[hk] = 0;
    mpz_set_str(m, hexbuf, 16);
    int64_t exp = 0;
    if (q < end && (*q | 0x20) == 'p') {
        q++;
        bool eneg = false;
        if (q < end && (*q == '+' || *q == '-')) { eneg = *q == '-'; q++; }
        if (q == end || *q < '0' || *q > '9') return hex_invalid();
        while (q < end && *q >= '0' && *q <= '9') {
            if (exp < (int64_t)1 << 40) exp = exp * 10 + (*q - '0');
            q++;
        }
        if (eneg) exp = -exp;
    }
    if (q != end) return hex_invalid();
    exp -= 4 * frac;
    if (mpz_sgn(m) == 0) { result = neg ? -0.0 : 0.0; goto done; }
    if (exp > (int64_t)1 << 36) {
        ft_err_set_str(ft_exc_OverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    if (exp < -((int64_t)1 << 36)) { result = neg ? -0.0 : 0.0; goto done; }
    bool of;
    result = ft_mpz_ldexp_rounded(m, exp, false, &of);
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    if (neg) result = -result;
done:;
    ft_obj *f = ft_float_new(result);
    if (!f || (ft_type *)cls == &ft_float_type) return f;
    return ft_call1(cls, f);
}

static ft_obj *float_format_meth(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *spec = args[0];
    if (!ft_str_check(spec))
        return ft_err_format(ft_exc_TypeError, "__format__() argument must be str, not %s",
                             ft_type_name(FT_TYPE(spec)));
    if (FT_STR(spec)->nbytes == 0) return ft_str(self);
    ft_format_spec fs;
    const char *tname = ft_type_name(FT_TYPE(self));
    if (ft_format_spec_parse(spec, tname, '>', &fs) < 0) return NULL;
    return ft_format_double(FVAL(self), &fs, tname);
}

static ft_obj *float_getnewargs(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *f = ft_float_new(FVAL(self));
    if (!f) return NULL;
    return ft_tuple_pack(1, f);
}

static ft_obj *float_getformat(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "__getformat__() argument must be str, not %s",
                             ft_type_name(FT_TYPE(args[0])));
    if (!ft_str_eq_cstr(args[0], "double") && !ft_str_eq_cstr(args[0], "float")) {
        ft_err_set_str(ft_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return ft_str_from_cstr("IEEE, little-endian");
}

static ft_obj *float_get_real(ft_obj *self, void *c) { return float_float(self); }
static ft_obj *float_get_imag(ft_obj *self, void *c) { return ft_float_new(0.0); }

static const ft_method_def float_methods[] = {
    {"conjugate", float_conjugate, FT_METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, FT_METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, FT_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, FT_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", float_round, FT_METH_VARARGS, "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", float_as_integer_ratio, FT_METH_NOARGS, "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"fromhex", float_fromhex, FT_METH_O | FT_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex, FT_METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_is_integer, FT_METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, FT_METH_NOARGS, NULL},
    {"__getformat__", float_getformat, FT_METH_O | FT_METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_format_meth, FT_METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const ft_getset_def float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

ft_type ft_float_type = {
    FT_TYPE_HEAD_INIT,
    .name = "float",
    .doc = "Convert a string or number to a floating-point number, if possible.",
    .basicsize = sizeof(ft_float),
    .flags = FT_TPF_BASETYPE | FT_TPF_IMMUTABLE | FT_TPF_ATOMIC_INSTANCES | FT_TPF_MATCH_SELF,
    .repr = ft_float_repr,
    .hash = float_hash,
    .richcompare = ft_float_richcompare,
    .new_ = float_new,
    .as_number = {
        .add = float_add, .subtract = float_sub, .multiply = float_mul, .remainder = float_rem,
        .divmod = float_divmod, .power = float_pow, .negative = float_neg, .positive = float_pos,
        .absolute = float_abs, .bool_ = float_bool, .int_ = float_int, .float_ = float_float,
        .floor_divide = float_floordiv, .true_divide = float_div,
    },
    .methods = float_methods,
    .getsets = float_getsets,
};

int ft_float_ready(void) {
    ft_float_type.getattro = ft_obj_generic_getattr;
    return ft_type_ready(&ft_float_type);
}
