/* complex.c -- the complex type: a pair of doubles.
 *
 * Instances are immutable (FT_TPF_ATOMIC_INSTANCES) and shared freely.
 * Division uses Smith's method; integral exponents up to 100 use repeated
 * squaring like CPython, others the polar formula. No shared state, no locks.
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"
#include <math.h>
#include <errno.h>

#define CVAL(o) (*(ft_cval *)&((ft_complex *)(o))->real)

static bool complex_check(ft_obj *o) {
    return !ft_is_smallint(o) && (o->ob_type == &ft_complex_type || ft_type_is_subtype(o->ob_type, &ft_complex_type));
}

ft_obj *ft_complex_new(double real, double imag) {
    ft_obj *o = ft_obj_alloc(&ft_complex_type, sizeof(ft_complex));
    if (!o) return NULL;
    ((ft_complex *)o)->real = real;
    ((ft_complex *)o)->imag = imag;
    return o;
}
static ft_obj *cnew(ft_cval v) { return ft_complex_new(v.real, v.imag); }

static ft_cval c_sum(ft_cval a, ft_cval b) { return (ft_cval){a.real + b.real, a.imag + b.imag}; }
static ft_cval c_diff(ft_cval a, ft_cval b) { return (ft_cval){a.real - b.real, a.imag - b.imag}; }
static ft_cval c_prod(ft_cval a, ft_cval b) {
    return (ft_cval){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}
/* *err = 1 on division by zero */
static ft_cval c_quot(ft_cval a, ft_cval b, int *err) {
    ft_cval r;
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) { *err = 1; return (ft_cval){0, 0}; }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        r.real = (a.real + a.imag * ratio) / denom;
        r.imag = (a.imag - a.real * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;   /* at least one of b's parts is nan */
    }
    return r;
}

static ft_cval c_powu(ft_cval x, long n) {
    ft_cval r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

ft_cval ft_complex_pow_val(ft_cval a, ft_cval b, int *err) {
    ft_cval r;
    *err = 0;
    errno = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        if (n >= 0) r = c_powu(a, n);
        else {
            int e = 0;
            r = c_quot((ft_cval){1.0, 0.0}, c_powu(a, -n), &e);
            if (e) { *err = 1; return r; }
        }
    } else if (b.real == 0.0 && b.imag == 0.0) {
        r = (ft_cval){1.0, 0.0};
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) { *err = 1; return a; }
        r = (ft_cval){0.0, 0.0};
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    /* CPython's rule: an infinite part is an overflow (unless libm already
     * reported another error); a finite result clears a range error. */
    int e = errno;
    if (isinf(r.real) || isinf(r.imag)) {
        if (e == 0) e = ERANGE;
    } else if (e == ERANGE) {
        e = 0;
    }
    if (e == EDOM) *err = 1;
    else if (e == ERANGE) *err = 2;
    return r;
}

/* Operand conversion for binary ops: complex, float or int. */
static int to_cval(ft_obj *o, ft_cval *out) {
    if (complex_check(o)) { *out = CVAL(o); return 1; }
    if (ft_is_smallint(o)) { *out = (ft_cval){(double)ft_smallint_value(o), 0.0}; return 1; }
    if (ft_float_check(o)) { *out = (ft_cval){((ft_float *)o)->value, 0.0}; return 1; }
    if (ft_int_check(o)) {
        double d = ft_int_as_double(o);
        if (d == -1.0 && ft_err_occurred()) return -1;
        *out = (ft_cval){d, 0.0};
        return 1;
    }
    return 0;
}

#define CCONVERT(v, w, a, b) do { \
        int r1_ = to_cval(v, &a); if (r1_ < 0) return NULL; if (!r1_) return ft_NotImplemented; \
        int r2_ = to_cval(w, &b); if (r2_ < 0) return NULL; if (!r2_) return ft_NotImplemented; \
    } while (0)

static ft_obj *complex_add(ft_obj *v, ft_obj *w) { ft_cval a, b; CCONVERT(v, w, a, b); return cnew(c_sum(a, b)); }
static ft_obj *complex_sub(ft_obj *v, ft_obj *w) { ft_cval a, b; CCONVERT(v, w, a, b); return cnew(c_diff(a, b)); }
static ft_obj *complex_mul(ft_obj *v, ft_obj *w) { ft_cval a, b; CCONVERT(v, w, a, b); return cnew(c_prod(a, b)); }
static ft_obj *complex_div(ft_obj *v, ft_obj *w) {
    ft_cval a, b;
    CCONVERT(v, w, a, b);
    int err = 0;
    ft_cval r = c_quot(a, b, &err);
    if (err) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return cnew(r);
}

static ft_obj *complex_pow(ft_obj *v, ft_obj *w, ft_obj *z) {
    ft_cval a, b;
    CCONVERT(v, w, a, b);
    if (z && z != ft_None) {
        ft_err_set_str(ft_exc_ValueError, "complex modulo");
        return NULL;
    }
    int err;
    ft_cval r = ft_complex_pow_val(a, b, &err);
    if (err == 1) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (err == 2) {
        ft_err_set_str(ft_exc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return cnew(r);
}

static ft_obj *complex_neg(ft_obj *v) { return ft_complex_new(-CVAL(v).real, -CVAL(v).imag); }
static ft_obj *complex_pos(ft_obj *v) { return ft_complex_new(CVAL(v).real, CVAL(v).imag); }
static ft_obj *complex_abs(ft_obj *v) {
    ft_cval c = CVAL(v);
    if (isinf(c.real) || isinf(c.imag)) return ft_float_new(INFINITY);
    if (isnan(c.real) || isnan(c.imag)) return ft_float_new(NAN);
    double r = hypot(c.real, c.imag);
    if (isinf(r)) {
        ft_err_set_str(ft_exc_OverflowError, "absolute value too large");
        return NULL;
    }
    return ft_float_new(r);
}
static int complex_bool(ft_obj *v) { return CVAL(v).real != 0.0 || CVAL(v).imag != 0.0; }

static ft_obj *complex_richcompare(ft_obj *v, ft_obj *w, int op) {
    if (op != FT_EQ && op != FT_NE) return ft_NotImplemented;
    if (!complex_check(v)) return ft_NotImplemented;
    ft_cval a = CVAL(v);
    bool eq;
    if (ft_int_check(w)) {
        eq = a.imag == 0.0 && ft_int_compare_double(w, a.real) == 0;
    } else if (ft_float_check(w)) {
        eq = a.imag == 0.0 && a.real == ((ft_float *)w)->value;
    } else if (complex_check(w)) {
        ft_cval b = CVAL(w);
        eq = a.real == b.real && a.imag == b.imag;
    } else {
        return ft_NotImplemented;
    }
    return ft_bool(op == FT_EQ ? eq : !eq);
}

static int64_t complex_hash(ft_obj *v) {
    ft_cval c = CVAL(v);
    /* nan parts hash by identity, like CPython (address rotated by 4) */
    uint64_t y = (uint64_t)(uintptr_t)v;
    int64_t hp = (int64_t)((y >> 4) | (y << 60));
    if (hp == -1) hp = -2;
    int64_t hr = isnan(c.real) ? hp : ft_float_hash_double(c.real);
    int64_t hi = isnan(c.imag) ? hp : ft_float_hash_double(c.imag);
    uint64_t h = (uint64_t)hr + 1000003u * (uint64_t)hi;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

/* repr: the parts in shortest form without ".0"; the real part is left out
 * when it is +0.0. */
static ft_obj *complex_repr(ft_obj *v) {
    ft_cval c = CVAL(v);
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_ssize n;
    char *s;
    bool skip_re = c.real == 0.0 && !signbit(c.real);
    if (!skip_re) {
        if (ft_strbuf_append(&b, "(", 1) < 0) return NULL;
        if (signbit(c.real) && !isnan(c.real) && ft_strbuf_append(&b, "-", 1) < 0) return NULL;
        s = ft_dtoa(c.real, 'r', 0, 0, &n);
        if (!s || ft_strbuf_append(&b, s, n) < 0) return NULL;
    }
    bool neg_im = signbit(c.imag) && !isnan(c.imag);
    if (neg_im) { if (ft_strbuf_append(&b, "-", 1) < 0) return NULL; }
    else if (!skip_re && ft_strbuf_append(&b, "+", 1) < 0) return NULL;
    s = ft_dtoa(c.imag, 'r', 0, 0, &n);
    if (!s || ft_strbuf_append(&b, s, n) < 0) return NULL;
    if (ft_strbuf_append(&b, skip_re ? "j" : "j)", skip_re ? 1 : 2) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

/* ---- construction -------------------------------------------------------- */
static bool cspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static ft_obj *malformed(void) {
    ft_err_set_str(ft_exc_ValueError, "complex() arg is a malformed string");
    return NULL;
}

static int complex_from_text(const char *s, ft_ssize len, ft_cval *out) {
    const char *p = s, *end = s + len;
    while (p < end && cspace((unsigned char)*p)) p++;
    while (end > p && cspace((unsigned char)end[-1])) end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')') { malformed(); return -1; }
        p++;
        end--;
        while (p < end && cspace((unsigned char)*p)) p++;
        while (end > p && cspace((unsigned char)end[-1])) end--;
    }
    double x = 0.0, y = 0.0, z;
    ft_ssize n;
    if (p == end) { malformed(); return -1; }
    n = ft_parse_float_prefix(p, end - p, &z);
    if (n < 0) return -1;
    if (n > 0) {
        p += n;
        if (p < end && (*p == '+' || *p == '-')) {
            /* real part followed by an imaginary part */
            x = z;
            n = ft_parse_float_prefix(p, end - p, &y);
            if (n < 0) return -1;
            if (n > 0) p += n;
            else { y = *p == '+' ? 1.0 : -1.0; p++; }
            if (p >= end || (*p != 'j' && *p != 'J')) { malformed(); return -1; }
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            y = z;
            p++;
        } else {
            x = z;
        }
    } else {
        /* "j", "+j", "-j" */
        double sign = 1.0;
        if (*p == '+' || *p == '-') { sign = *p == '-' ? -1.0 : 1.0; p++; }
        if (p >= end || (*p != 'j' && *p != 'J')) { malformed(); return -1; }
        y = sign;
        p++;
    }
    if (p != end) { malformed(); return -1; }
    out->real = x;
    out->imag = y;
    return 0;
}

/* Try __complex__; 1 found (out set), 0 absent, -1 error. */
static int try_complex_dunder(ft_obj *o, ft_cval *out) {
    ft_obj *m = ft_lookup_special(o, ft_id(__complex__));
    if (!m) return ft_err_occurred() ? -1 : 0;
    ft_obj *r = ft_call0(m);
    if (!r) return -1;
    if (!complex_check(r)) {
        ft_err_format(ft_exc_TypeError, "__complex__ returned non-complex (type %s)", ft_type_name(FT_TYPE(r)));
        return -1;
    }
    *out = CVAL(r);
    return 1;
}

static bool is_number_like(ft_obj *o) {
    ft_type *t = FT_TYPE(o);
    return t->as_number.float_ || t->as_number.index || ft_int_check(o) || ft_float_check(o);
}

static ft_obj *complex_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    ft_obj *out[2] = {NULL, NULL};
    if (ft_parse_args("complex", args, nargs, kwnames, names, 0, 0, out) < 0) return NULL;
    ft_obj *r = out[0], *i = out[1];
    ft_cval res;
    if (!r) {
        res = (ft_cval){0.0, 0.0};
        if (i) {
            if (ft_str_check(i)) { ft_err_set_str(ft_exc_TypeError, "complex() second arg can't be a string"); return NULL; }
            ft_cval ci;
            if (complex_check(i)) { ci = CVAL(i); res.real = -ci.imag; res.imag = ci.real; }
            else {
                if (!is_number_like(i))
                    return ft_err_format(ft_exc_TypeError, "complex() second argument must be a number, not '%s'",
                                         ft_type_name(FT_TYPE(i)));
                ft_obj *fo = ft_float_from_obj(i);
                if (!fo) return NULL;
                double d = ((ft_float *)fo)->value;
                res.imag = d;
            }
        }
        goto build;
    }
    if (ft_str_check(r)) {
        if (i) { ft_err_set_str(ft_exc_TypeError, "complex() can't take second arg if first is a string"); return NULL; }
        ft_ssize alen;
        const char *a = ft_num_text_to_ascii(ft_str_utf8(r), FT_STR(r)->nbytes, &alen);
        if (!a) return NULL;
        if (memchr(a, '_', (size_t)alen)) {
            /* underscores only between digits, then dropped */
            char *clean = ft_gc_alloc((size_t)alen + 1, FT_GC_ATOMIC);
            if (!clean) return NULL;
            ft_ssize k = 0;
            for (ft_ssize j = 0; j < alen; j++) {
                if (a[j] == '_') {
                    if (j == 0 || j + 1 >= alen || a[j - 1] < '0' || a[j - 1] > '9' || a[j + 1] < '0' || a[j + 1] > '9')
                        return ft_err_format(ft_exc_ValueError, "could not convert string to complex: %R", r);
                    continue;
                }
                clean[k++] = a[j];
            }
            a = clean;
            alen = k;
        }
        if (complex_from_text(a, alen, &res) < 0) return NULL;
        goto build;
    }
    if (i && ft_str_check(i)) { ft_err_set_str(ft_exc_TypeError, "complex() second arg can't be a string"); return NULL; }
    if (complex_check(r) && !i && r->ob_type == &ft_complex_type && type == &ft_complex_type) return r;
    ft_cval cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    int got = try_complex_dunder(r, &cr);
    if (got < 0) return NULL;
    if (got) cr_is_complex = true;
    else if (complex_check(r)) { cr = CVAL(r); cr_is_complex = true; }
    else {
        if (!is_number_like(r))
            return ft_err_format(ft_exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                                 ft_type_name(FT_TYPE(r)));
        ft_obj *fo = ft_float_from_obj(r);   /* float(r): __float__ of subclasses counts */
        if (!fo) return NULL;
        double d = ((ft_float *)fo)->value;
        cr.real = d;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (complex_check(i)) {
        ci = CVAL(i);
        ci_is_complex = true;
    } else {
        if (!is_number_like(i))
            return ft_err_format(ft_exc_TypeError, "complex() second argument must be a number, not '%s'",
                                 ft_type_name(FT_TYPE(i)));
        ft_obj *fo = ft_float_from_obj(i);
        if (!fo) return NULL;
        double d = ((ft_float *)fo)->value;
        ci.real = d;
    }
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i) ci.real += cr.imag;
    res.real = cr.real;
    res.imag = ci.real;
build:
    if (type == &ft_complex_type) return cnew(res);
    ft_obj *o = ft_type_generic_alloc(type, 0);
    if (!o) return NULL;
    ((ft_complex *)o)->real = res.real;
    ((ft_complex *)o)->imag = res.imag;
    return o;
}

/* ---- methods ------------------------------------------------------------- */
static ft_obj *complex_conjugate(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    return ft_complex_new(CVAL(self).real, -CVAL(self).imag);
}
static ft_obj *complex_complex(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    if (self->ob_type == &ft_complex_type) return self;
    return ft_complex_new(CVAL(self).real, CVAL(self).imag);
}
static ft_obj *complex_getnewargs(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *re = ft_float_new(CVAL(self).real);
    if (!re) return NULL;
    ft_obj *im = ft_float_new(CVAL(self).imag);
    if (!im) return NULL;
    return ft_tuple_pack(2, re, im);
}

static ft_obj *complex_format(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *spec_obj = args[0];
    if (!ft_str_check(spec_obj))
        return ft_err_format(ft_exc_TypeError, "__format__() argument must be str, not %s",
                             ft_type_name(FT_TYPE(spec_obj)));
    if (FT_STR(spec_obj)->nbytes == 0) return ft_str(self);
    const char *tname = ft_type_name(FT_TYPE(self));
    ft_format_spec spec;
    if (ft_format_spec_parse(spec_obj, tname, '>', &spec) < 0) return NULL;
    ft_cval c = CVAL(self);
    char t;
    int flags = spec.alternate ? FT_DTOA_ALT : 0;
    int prec = (int)spec.precision;
    bool skip_re = false, parens = false;
    switch (spec.type) {
    case 0:
        skip_re = c.real == 0.0 && !signbit(c.real);
        parens = true;
        if (prec < 0) t = 'r';
        else t = 'g';
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': t = (char)spec.type; break;
    case 'n': t = 'g'; break;
    default:
        return ft_format_unknown_code(spec.type, tname);
    }
    if (spec.fill == '0') {
        ft_err_set_str(ft_exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (spec.align == '=') {
        ft_err_set_str(ft_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    if (prec < 0 && t != 'r') prec = 6;
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_format_spec part = spec;
    part.width = -1;
    if (parens && !skip_re && ft_strbuf_append(&b, "(", 1) < 0) return NULL;
    ft_ssize n;
    char *s;
    if (!skip_re) {
        s = ft_dtoa(c.real, t, prec, flags, &n);
        if (!s) return NULL;
        bool neg = signbit(c.real) && !isnan(c.real);
        ft_ssize nint = 0;
        while (nint < n && s[nint] >= '0' && s[nint] <= '9') nint++;
        if (!isfinite(c.real)) nint = 0;
        if (spec.no_neg_zero && neg && strspn(s, "0.") == (size_t)n) neg = false;
        if (ft_format_number_into(&b, &part, neg, false, NULL, s, nint, s + nint, n - nint, 0) < 0) return NULL;
    }
    s = ft_dtoa(c.imag, t, prec, flags, &n);
    if (!s) return NULL;
    {
        bool neg = signbit(c.imag) && !isnan(c.imag);
        ft_ssize nint = 0;
        while (nint < n && s[nint] >= '0' && s[nint] <= '9') nint++;
        if (!isfinite(c.imag)) nint = 0;
        if (spec.no_neg_zero && neg && strspn(s, "0.") == (size_t)n) neg = false;
        if (ft_format_number_into(&b, &part, neg, !skip_re, NULL, s, nint, s + nint, n - nint, 0) < 0) return NULL;
    }
    if (ft_strbuf_append(&b, "j", 1) < 0) return NULL;
    if (parens && !skip_re && ft_strbuf_append(&b, ")", 1) < 0) return NULL;
    ft_strbuf out;
    ft_strbuf_init(&out);
    if (ft_format_pad(&out, b.buf, b.len, b.len, &spec) < 0) return NULL;
    return ft_strbuf_finish(&out);
}

static const ft_method_def complex_methods[] = {
    {"conjugate", complex_conjugate, FT_METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex, FT_METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, FT_METH_NOARGS, NULL},
    {"__format__", complex_format, FT_METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const ft_member_def complex_members[] = {
    {"real", FT_MEMBER_DOUBLE, offsetof(ft_complex, real), FT_MEMBER_READONLY, "the real part of a complex number"},
    {"imag", FT_MEMBER_DOUBLE, offsetof(ft_complex, imag), FT_MEMBER_READONLY, "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL},
};

ft_type ft_complex_type = {
    FT_TYPE_HEAD_INIT,
    .name = "complex",
    .doc = "Create a complex number from a string or numbers.",
    .basicsize = sizeof(ft_complex),
    .flags = FT_TPF_BASETYPE | FT_TPF_IMMUTABLE | FT_TPF_ATOMIC_INSTANCES,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .as_number = {
        .add = complex_add, .subtract = complex_sub, .multiply = complex_mul,
        .power = complex_pow, .negative = complex_neg, .positive = complex_pos,
        .absolute = complex_abs, .bool_ = complex_bool, .true_divide = complex_div,
    },
    .methods = complex_methods,
    .members = complex_members,
};

int ft_complex_ready(void) {
    ft_complex_type.getattro = ft_obj_generic_getattr;
    return ft_type_ready(&ft_complex_type);
}
