/* mathmodule.c -- the `math` module, with CPython 3.13's semantics and
 * error texts ("math domain error", "math range error", ...).
 *
 * Functions are pure; the module holds only immutable constants, so it is
 * safe without the GIL and needs no locks. Integer functions (gcd, lcm,
 * factorial, comb, perm, isqrt) use GMP through the int internals; log*
 * accept arbitrarily large ints; fsum is exact (the sum is accumulated as
 * one big integer multiple of 2**-1074, then rounded once).
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"
#include "modules/mathmodule.h"
#include <math.h>
#include <float.h>
#include <errno.h>

static ft_obj *domain_error(void) {
    ft_err_set_str(ft_exc_ValueError, "math domain error");
    return NULL;
}
static ft_obj *range_error(void) {
    ft_err_set_str(ft_exc_OverflowError, "math range error");
    return NULL;
}

static int get_double(ft_obj *o, double *out) {
    double d = ft_float_as_double(o);
    if (d == -1.0 && ft_err_occurred()) return -1;
    *out = d;
    return 0;
}

/* CPython's texts: METH_O functions say "math.f() takes exactly one
 * argument (N given)", the others "f expected N arguments, got M". */
static int nargs_exact(const char *name, size_t nargs, ft_obj *kw, size_t n) {
    if (kw && ft_tuple_size(kw) > 0) {
        ft_err_format(ft_exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == n) return 0;
    if (n == 1)
        ft_err_format(ft_exc_TypeError, "math.%s() takes exactly one argument (%zd given)", name, (ft_ssize)nargs);
    else
        ft_err_format(ft_exc_TypeError, "%s expected %zd arguments, got %zd", name, (ft_ssize)n, (ft_ssize)nargs);
    return -1;
}

static int nargs_range(const char *name, size_t nargs, ft_obj *kw, size_t lo, size_t hi) {
    if (kw && ft_tuple_size(kw) > 0) {
        ft_err_format(ft_exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < lo) {
        ft_err_format(ft_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, (ft_ssize)lo,
                      lo == 1 ? "" : "s", (ft_ssize)nargs);
        return -1;
    }
    if (nargs > hi) {
        ft_err_format(ft_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, (ft_ssize)hi,
                      hi == 1 ? "" : "s", (ft_ssize)nargs);
        return -1;
    }
    return 0;
}

/* Apply f with CPython's error rules: nan out of non-nan in -> domain
 * error; inf out of finite in -> range error if can_overflow else domain. */
static ft_obj *math_1(ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name,
                      double (*f)(double), bool can_overflow) {
    if (nargs_exact(name, nargs, kw, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return ft_float_new(r);
}

#define MATH1(pyname, cfunc, ovf) \
    static ft_obj *math_##pyname(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { \
        return math_1(a, n, k, #pyname, cfunc, ovf); }

static double m_sqrt(double x) { return x < 0 ? NAN : sqrt(x); }
static double m_acos(double x) { return (x < -1 || x > 1) ? NAN : acos(x); }
static double m_asin(double x) { return (x < -1 || x > 1) ? NAN : asin(x); }
static double m_acosh(double x) { return x < 1 ? NAN : acosh(x); }
static double m_atanh(double x) { return (x <= -1 || x >= 1) ? (fabs(x) == 1 ? INFINITY : NAN) : atanh(x); }
static double m_log1p(double x) { return x <= -1 ? (x == -1 ? -INFINITY : NAN) : log1p(x); }
static double m_cos(double x) { return isinf(x) ? NAN : cos(x); }
static double m_sin(double x) { return isinf(x) ? NAN : sin(x); }
static double m_tan(double x) { return isinf(x) ? NAN : tan(x); }
static double m_gamma(double x) {
    if (isnan(x)) return x;
    if (x == -INFINITY || (x <= 0 && x == floor(x))) return NAN;
    if (x == INFINITY) return x;
    return tgamma(x);
}
static double m_lgamma(double x) {
    if (isnan(x)) return x;
    if (isinf(x)) return INFINITY;
    if (x <= 0 && x == floor(x)) return NAN;        /* pole: CPython says domain error */
    return lgamma(x);
}
static double m_expm1(double x) { return expm1(x); }

MATH1(sqrt, m_sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, m_expm1, true)
MATH1(sin, m_sin, false)
MATH1(cos, m_cos, false)
MATH1(tan, m_tan, false)
MATH1(asin, m_asin, false)
MATH1(acos, m_acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, m_acosh, false)
MATH1(atanh, m_atanh, false)
MATH1(log1p, m_log1p, false)
MATH1(fabs, fabs, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(gamma, m_gamma, true)
MATH1(lgamma, m_lgamma, true)
MATH1(cbrt, cbrt, false)

static ft_obj *math_degrees(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("degrees", n, k, 1) < 0) return NULL;
    double x;
    if (get_double(a[0], &x) < 0) return NULL;
    return ft_float_new(x * (180.0 / M_PI));
}
static ft_obj *math_radians(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("radians", n, k, 1) < 0) return NULL;
    double x;
    if (get_double(a[0], &x) < 0) return NULL;
    return ft_float_new(x * (M_PI / 180.0));
}

#define MATH_PRED(pyname, expr) \
    static ft_obj *math_##pyname(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { \
        if (nargs_exact(#pyname, n, k, 1) < 0) return NULL; \
        double x; \
        if (get_double(a[0], &x) < 0) return NULL; \
        return ft_bool(expr); }
MATH_PRED(isnan, isnan(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isfinite, isfinite(x))

/* floor / ceil / trunc: ints pass through, floats convert, others use the
 * dunder. */
static ft_obj *round_generic(ft_obj *x, ft_obj *dunder, double (*f)(double), const char *what) {
    if (ft_int_check_exact(x)) return x;
    if (ft_float_check_exact(x)) return ft_int_from_double(f(((ft_float *)x)->value));
    ft_obj *meth = ft_lookup_special(x, dunder);
    if (meth) return ft_call0(meth);
    if (ft_err_occurred()) return NULL;
    if (f == trunc)
        return ft_err_format(ft_exc_TypeError, "type %s doesn't define __trunc__ method",
                             ft_type_name(FT_TYPE(x)));
    double d;
    if (get_double(x, &d) < 0) return NULL;
    (void)what;
    return ft_int_from_double(f(d));
}
static ft_obj *math_floor(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("floor", n, k, 1) < 0) return NULL;
    return round_generic(a[0], ft_id(__floor__), floor, "floor");
}
static ft_obj *math_ceil(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("ceil", n, k, 1) < 0) return NULL;
    return round_generic(a[0], ft_id(__ceil__), ceil, "ceil");
}
static ft_obj *math_trunc(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("trunc", n, k, 1) < 0) return NULL;
    return round_generic(a[0], ft_id(__trunc__), trunc, "trunc");
}

/* ---- logarithms (big ints allowed) ---------------------------------------- */
static ft_obj *log_value(ft_obj *x, double (*f)(double), double *out) {
    if (ft_int_check(x)) {
        if (ft_int_sign(x) <= 0) return domain_error();
        double d = ft_int_as_double(x);
        if (d == -1.0 && ft_err_occurred()) {
            if (!ft_err_matches((ft_obj *)ft_exc_OverflowError)) return NULL;
            ft_err_clear();
            /* x = m * 2**e with m in [0.5, 1) */
            ft_intview tv;
            mpz_srcptr z = ft_int_view(x, &tv);
            int64_t e = (int64_t)mpz_sizeinbase(z, 2);
            bool of;
            double mm = ft_mpz_ldexp_rounded(z, -e, false, &of);  /* in [0.5, 1] */
            if (mm == 1.0) { mm = 0.5; e++; }
            *out = f(mm) + (double)e * f(2.0);
            return ft_None;
        }
        *out = f(d);
        return ft_None;
    }
    double d;
    if (get_double(x, &d) < 0) return NULL;
    if (isnan(d)) { *out = d; return ft_None; }
    if (d <= 0) return domain_error();
    *out = f(d);
    return ft_None;
}

static ft_obj *math_log(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_range("log", n, k, 1, 2) < 0) return NULL;
    double num, den;
    if (!log_value(a[0], log, &num)) return NULL;
    if (n == 1) return ft_float_new(num);
    if (!log_value(a[1], log, &den)) return NULL;
    if (den == 0.0) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return ft_float_new(num / den);
}
static ft_obj *math_log2(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("log2", n, k, 1) < 0) return NULL;
    double r;
    if (!log_value(a[0], log2, &r)) return NULL;
    return ft_float_new(r);
}
static ft_obj *math_log10(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("log10", n, k, 1) < 0) return NULL;
    double r;
    if (!log_value(a[0], log10, &r)) return NULL;
    return ft_float_new(r);
}

/* ---- two-argument float functions ---------------------------------------- */
static ft_obj *math_pow(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("pow", n, k, 2) < 0) return NULL;
    double x, y, r;
    if (get_double(a[0], &x) < 0 || get_double(a[1], &y) < 0) return NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
        return ft_float_new(r);
    }
    if (x == 0.0 && y < 0.0) return domain_error();
    if (x < 0.0 && y != floor(y)) return domain_error();
    r = pow(x, y);
    if (isinf(r)) return range_error();
    return ft_float_new(r);
}

static ft_obj *math_atan2(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("atan2", n, k, 2) < 0) return NULL;
    double y, x;
    if (get_double(a[0], &y) < 0 || get_double(a[1], &x) < 0) return NULL;
    return ft_float_new(atan2(y, x));
}

static ft_obj *math_copysign(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("copysign", n, k, 2) < 0) return NULL;
    double x, y;
    if (get_double(a[0], &x) < 0 || get_double(a[1], &y) < 0) return NULL;
    return ft_float_new(copysign(x, y));
}

static ft_obj *math_fmod(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("fmod", n, k, 2) < 0) return NULL;
    double x, y;
    if (get_double(a[0], &x) < 0 || get_double(a[1], &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return ft_float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return ft_float_new(r);
}

static ft_obj *math_remainder(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("remainder", n, k, 2) < 0) return NULL;
    double x, y;
    if (get_double(a[0], &x) < 0 || get_double(a[1], &y) < 0) return NULL;
    if (isnan(x)) return ft_float_new(x);
    if (isnan(y)) return ft_float_new(y);
    if (isinf(x) || y == 0.0) return domain_error();
    if (isinf(y)) return ft_float_new(x);
    return ft_float_new(remainder(x, y));
}

static ft_obj *math_modf(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("modf", n, k, 1) < 0) return NULL;
    double x, ip, fp;
    if (get_double(a[0], &x) < 0) return NULL;
    if (isinf(x)) { fp = copysign(0.0, x); ip = x; }
    else fp = modf(x, &ip);
    ft_obj *f1 = ft_float_new(fp);
    if (!f1) return NULL;
    ft_obj *f2 = ft_float_new(ip);
    if (!f2) return NULL;
    return ft_tuple_pack(2, f1, f2);
}

static ft_obj *math_frexp(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("frexp", n, k, 1) < 0) return NULL;
    double x;
    int e = 0;
    if (get_double(a[0], &x) < 0) return NULL;
    double mm = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    ft_obj *f = ft_float_new(mm);
    if (!f) return NULL;
    return ft_tuple_pack(2, f, ft_smallint(e));
}

static ft_obj *math_ldexp(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("ldexp", n, k, 2) < 0) return NULL;
    double x;
    if (get_double(a[0], &x) < 0) return NULL;
    if (!ft_int_check(a[1])) {
        ft_err_set_str(ft_exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int64_t e;
    int of;
    if (ft_int_as_i64_overflow(a[1], &e, &of) < 0) return NULL;
    if (of) e = of > 0 ? 100000 : -100000;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    if (x == 0.0 || !isfinite(x)) return ft_float_new(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return ft_float_new(r);
}

static ft_obj *math_nextafter(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    static const char *const names[] = {"x", "y", "$steps", NULL};
    ft_obj *out[3] = {NULL, NULL, NULL};
    if (ft_parse_args("nextafter", a, n, k, names, 2, 2, out) < 0) return NULL;
    double x, y;
    if (get_double(out[0], &x) < 0 || get_double(out[1], &y) < 0) return NULL;
    if (out[2] && out[2] != ft_None) {
        ft_obj *st = ft_index(out[2]);
        if (!st) return NULL;
        if (ft_int_sign(st) < 0) {
            ft_err_set_str(ft_exc_ValueError, "steps must be a non-negative integer");
            return NULL;
        }
        int64_t s;
        int of;
        ft_int_as_i64_overflow(st, &s, &of);
        if (of) s = INT64_MAX;
        for (int64_t i = 0; i < s && x != y && !isnan(x); i++) x = nextafter(x, y);
        if (isnan(y)) x = y;
        return ft_float_new(x);
    }
    return ft_float_new(nextafter(x, y));
}

static ft_obj *math_ulp(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    if (nargs_exact("ulp", n, k, 1) < 0) return NULL;
    double x;
    if (get_double(a[0], &x) < 0) return NULL;
    if (isnan(x)) return ft_float_new(x);
    x = fabs(x);
    if (isinf(x)) return ft_float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return ft_float_new(x - nextafter(x, -INFINITY));
    return ft_float_new(x2 - x);
}

static ft_obj *math_isclose(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol", NULL};
    ft_obj *out[4] = {NULL, NULL, NULL, NULL};
    if (ft_parse_args("isclose", args, nargs, kw, names, 2, 2, out) < 0) return NULL;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (get_double(out[0], &a) < 0 || get_double(out[1], &b) < 0) return NULL;
    if (out[2] && get_double(out[2], &rel) < 0) return NULL;
    if (out[3] && get_double(out[3], &abs_tol) < 0) return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        ft_err_set_str(ft_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b) return ft_True;
    if (isinf(a) || isinf(b)) return ft_False;
    double diff = fabs(b - a);
    return ft_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}

/* ---- n-ary float functions ------------------------------------------------ */
static double vector_norm(const double *v, ft_ssize n) {
    double maxv = 0.0;
    bool found_nan = false;
    for (ft_ssize i = 0; i < n; i++) {
        double x = fabs(v[i]);
        if (isinf(x)) return INFINITY;
        if (isnan(x)) found_nan = true;
        else if (x > maxv) maxv = x;
    }
    if (found_nan) return NAN;
    if (maxv == 0.0 || n <= 1) return maxv;
    /* scale, then sum squares with a long double accumulator */
    long double s = 0.0L;
    for (ft_ssize i = 0; i < n; i++) {
        long double t = (long double)v[i] / maxv;
        s += t * t;
    }
    return (double)(maxv * sqrtl(s));
}

static ft_obj *math_hypot(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_range("hypot", nargs, kw, 0, (size_t)-1) < 0) return NULL;
    double *v = ft_gc_alloc((nargs + 1) * sizeof(double), FT_GC_ATOMIC);
    if (!v) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (get_double(args[i], &v[i]) < 0) return NULL;
    if (nargs == 2) return ft_float_new(hypot(v[0], v[1]));
    return ft_float_new(vector_norm(v, (ft_ssize)nargs));
}

static ft_obj *math_dist(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_exact("dist", nargs, kw, 2) < 0) return NULL;
    if (!ft_tuple_check(args[0]) && !ft_list_check(args[0])) {
        ft_err_format(ft_exc_TypeError, "dist() argument 1 must be tuple, not %s", ft_type_name(FT_TYPE(args[0])));
        return NULL;
    }
    if (!ft_tuple_check(args[1]) && !ft_list_check(args[1])) {
        ft_err_format(ft_exc_TypeError, "dist() argument 2 must be tuple, not %s", ft_type_name(FT_TYPE(args[1])));
        return NULL;
    }
    ft_obj *p = ft_sequence_tuple(args[0]), *q = ft_sequence_tuple(args[1]);
    if (!p || !q) return NULL;
    ft_ssize n = ft_tuple_size(p);
    if (n != ft_tuple_size(q)) {
        ft_err_set_str(ft_exc_ValueError, "both points must have the same number of dimensions");
        return NULL;
    }
    double *v = ft_gc_alloc(((size_t)n + 1) * sizeof(double), FT_GC_ATOMIC);
    if (!v) return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        double a, b;
        if (get_double(ft_tuple_get(p, i), &a) < 0 || get_double(ft_tuple_get(q, i), &b) < 0) return NULL;
        v[i] = a - b;
    }
    if (n == 2) return ft_float_new(hypot(v[0], v[1]));
    return ft_float_new(vector_norm(v, n));
}

static ft_obj *math_fsum(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_exact("fsum", nargs, kw, 1) < 0) return NULL;
    ft_obj *it = ft_iter(args[0]);
    if (!it) return NULL;
    mpz_t acc, t;
    mpz_init(acc);
    mpz_init(t);
    double special_sum = 0.0, inf_sum = 0.0;
    size_t np = 0, cap = 32;
    double *partials = ft_gc_alloc(cap * sizeof(double), FT_GC_ATOMIC);
    if (!partials) return NULL;
    ft_obj *item;
    while ((item = ft_iter_next(it))) {
        double x;
        if (get_double(item, &x) < 0) return NULL;
        if (!isfinite(x)) {
            if (isinf(x)) inf_sum += x;
            special_sum += x;
            continue;
        }
        if (x == 0.0) continue;
        /* Shewchuk partials, kept only to report intermediate overflow the
         * way CPython's algorithm does; the value comes from `acc`. */
        {
            double xs = x;
            size_t i = 0;
            for (size_t j = 0; j < np; j++) {
                double y = partials[j];
                if (fabs(xs) < fabs(y)) { double tmp = xs; xs = y; y = tmp; }
                double hi = xs + y;
                double lo = y - (hi - xs);
                if (lo != 0.0) partials[i++] = lo;
                xs = hi;
            }
            if (!isfinite(xs)) {
                ft_err_set_str(ft_exc_OverflowError, "intermediate overflow in fsum");
                return NULL;
            }
            np = i;
            if (np == cap) {
                double *bigger = ft_gc_alloc(cap * 2 * sizeof(double), FT_GC_ATOMIC);
                if (!bigger) return NULL;
                memcpy(bigger, partials, cap * sizeof(double));
                partials = bigger;
                cap *= 2;
            }
            if (xs != 0.0) partials[np++] = xs;
        }
        int e;
        double mm = frexp(x, &e);          /* x = mm * 2**e, 0.5 <= |mm| < 1 */
        mpz_set_d(t, ldexp(mm, 53));       /* exact 53-bit integer */
        /* x = t * 2**(e-53); scale to units of 2**-1127 (covers subnormals) */
        mpz_mul_2exp(t, t, (mp_bitcnt_t)(e - 53 + 1127));
        mpz_add(acc, acc, t);
    }
    if (ft_err_occurred()) return NULL;
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            ft_err_set_str(ft_exc_ValueError, "-inf + inf in fsum");
            return NULL;
        }
        return ft_float_new(special_sum);
    }
    bool of;
    double r = ft_mpz_ldexp_rounded(acc, -1127, false, &of);
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "intermediate overflow in fsum");
        return NULL;
    }
    return ft_float_new(r);
}

static ft_obj *math_prod(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    static const char *const names[] = {"iterable", "$start", NULL};
    ft_obj *out[2] = {NULL, NULL};
    if (ft_parse_args("prod", args, nargs, kw, names, 1, 1, out) < 0) return NULL;
    ft_obj *acc = out[1] ? out[1] : ft_smallint(1);
    ft_obj *it = ft_iter(out[0]);
    if (!it) return NULL;
    ft_obj *item;
    while ((item = ft_iter_next(it))) {
        acc = ft_binary_op(acc, item, FT_BINOP_MULTIPLY);
        if (!acc) return NULL;
    }
    if (ft_err_occurred()) return NULL;
    return acc;
}

/* sumprod follows CPython's three paths: a leading run of exact-int pairs
 * is summed in C integers, a following run of float/float or float/int
 * pairs is summed without intermediate rounding (CPython uses triple
 * length doubles; we sum the exact products in one big integer scaled by
 * 2**2260 and round once), and anything after that goes through the
 * generic * and + protocols. Each fast path is entered at most once. */
static bool exact_double_of(ft_obj *o, bool other_is_float, double *out) {
    if (ft_float_check_exact(o)) { *out = ((ft_float *)o)->value; return true; }
    if (!other_is_float) return false;
    if (ft_int_check_exact(o) || (!ft_is_smallint(o) && o->ob_type == &ft_bool_type)) {
        double d = ft_int_as_double(o);
        if (d == -1.0 && ft_err_occurred()) { ft_err_clear(); return false; }
        *out = d;
        return true;
    }
    return false;
}

static void add_exact_product(mpz_t acc, double x, double y) {
    if (x == 0.0 || y == 0.0) return;
    int ex, ey;
    double fx = frexp(x, &ex), fy = frexp(y, &ey);
    mpz_t a, b;
    mpz_init_set_d(a, ldexp(fx, 53));
    mpz_init_set_d(b, ldexp(fy, 53));
    mpz_mul(a, a, b);
    mpz_mul_2exp(a, a, (mp_bitcnt_t)(ex - 53 + ey - 53 + 2260));
    mpz_add(acc, acc, a);
}

static ft_obj *math_sumprod(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_exact("sumprod", nargs, kw, 2) < 0) return NULL;
    ft_obj *p = ft_iter(args[0]);
    if (!p) return NULL;
    ft_obj *q = ft_iter(args[1]);
    if (!q) return NULL;
    ft_obj *total = ft_smallint(0);
    bool int_path = true, flt_path = true, int_used = false, flt_used = false;
    int64_t int_total = 0;
    mpz_t acc;
    mpz_init(acc);
    for (;;) {
        ft_obj *a = ft_iter_next(p);
        if (!a && ft_err_occurred()) return NULL;
        ft_obj *b = ft_iter_next(q);
        if (!b && ft_err_occurred()) return NULL;
        if ((a == NULL) != (b == NULL)) {
            ft_err_set_str(ft_exc_ValueError, "Inputs are not the same length");
            return NULL;
        }
        bool finished = a == NULL;
        if (int_path) {
            if (!finished && ft_int_check_exact(a) && ft_int_check_exact(b)) {
                int64_t x, y, prod, sum;
                int ofx, ofy;
                ft_int_as_i64_overflow(a, &x, &ofx);
                ft_int_as_i64_overflow(b, &y, &ofy);
                if (!ofx && !ofy && !__builtin_mul_overflow(x, y, &prod) &&
                    !__builtin_add_overflow(int_total, prod, &sum)) {
                    int_total = sum;
                    int_used = true;
                    continue;
                }
            }
            int_path = false;
            if (int_used) {
                ft_obj *t = ft_int_from_i64(int_total);
                if (!t || !(total = ft_binary_op(total, t, FT_BINOP_ADD))) return NULL;
                int_used = false;
            }
        }
        if (flt_path) {
            double x, y;
            bool ok = false;
            if (!finished) {
                bool af = ft_float_check_exact(a), bf = ft_float_check_exact(b);
                ok = (af || bf) && exact_double_of(a, bf, &x) && exact_double_of(b, af, &y);
                if (ok && isfinite(x) && isfinite(y)) {
                    mpz_t trial;
                    mpz_init_set(trial, acc);
                    add_exact_product(trial, x, y);
                    bool of;
                    ft_mpz_ldexp_rounded(trial, -2260, false, &of);
                    if (!of) {
                        mpz_swap(acc, trial);
                        flt_used = true;
                        continue;
                    }
                }
            }
            flt_path = false;
            if (flt_used) {
                bool of;
                double d = ft_mpz_ldexp_rounded(acc, -2260, false, &of);
                ft_obj *t = ft_float_new(d);
                if (!t || !(total = ft_binary_op(total, t, FT_BINOP_ADD))) return NULL;
                flt_used = false;
            }
        }
        if (finished) return total;
        ft_obj *pr = ft_binary_op(a, b, FT_BINOP_MULTIPLY);
        if (!pr) return NULL;
        total = ft_binary_op(total, pr, FT_BINOP_ADD);
        if (!total) return NULL;
    }
}

/* ---- integer functions ----------------------------------------------------- */
static ft_obj *need_index(ft_obj *o) { return ft_index(o); }

static ft_obj *math_gcd(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_range("gcd", nargs, kw, 0, (size_t)-1) < 0) return NULL;
    mpz_t g;
    mpz_init(g);
    for (size_t i = 0; i < nargs; i++) {
        ft_obj *v = need_index(args[i]);
        if (!v) return NULL;
        ft_intview tv;
        mpz_gcd(g, g, ft_int_view(v, &tv));
    }
    return ft_int_from_mpz_steal(g);
}

static ft_obj *math_lcm(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_range("lcm", nargs, kw, 0, (size_t)-1) < 0) return NULL;
    mpz_t l;
    mpz_init_set_ui(l, 1);
    for (size_t i = 0; i < nargs; i++) {
        ft_obj *v = need_index(args[i]);
        if (!v) return NULL;
        ft_intview tv;
        mpz_srcptr z = ft_int_view(v, &tv);
        if (mpz_sizeinbase(l, 2) + mpz_sizeinbase(z, 2) > FT_INT_MAX_BITS) return ft_err_no_memory();
        mpz_lcm(l, l, z);
    }
    return ft_int_from_mpz_steal(l);
}

static ft_obj *math_factorial(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_exact("factorial", nargs, kw, 1) < 0) return NULL;
    ft_obj *v = need_index(args[0]);
    if (!v) return NULL;
    if (ft_int_sign(v) < 0) {
        ft_err_set_str(ft_exc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    int64_t n;
    int of;
    ft_int_as_i64_overflow(v, &n, &of);
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
        return NULL;
    }
    /* log2(n!) < n*log2(n) */
    if (n > 2 && (double)n * log2((double)n) > (double)FT_INT_MAX_BITS) return ft_err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)n);
    return ft_int_from_mpz_steal(r);
}

static int nonneg_int(ft_obj *o, const char *what, ft_obj **out) {
    ft_obj *v = need_index(o);
    if (!v) return -1;
    if (ft_int_sign(v) < 0) {
        ft_err_format(ft_exc_ValueError, "%s must be a non-negative integer", what);
        return -1;
    }
    *out = v;
    return 0;
}

static ft_obj *math_comb(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_exact("comb", nargs, kw, 2) < 0) return NULL;
    ft_obj *n, *k;
    if (nonneg_int(args[0], "n", &n) < 0 || nonneg_int(args[1], "k", &k) < 0) return NULL;
    if (ft_int_compare(k, n) > 0) return ft_smallint(0);
    ft_intview tn, tk;
    mpz_srcptr zn = ft_int_view(n, &tn), zk = ft_int_view(k, &tk);
    mpz_t nk;
    mpz_init(nk);
    mpz_sub(nk, zn, zk);
    mpz_srcptr kk = mpz_cmp(nk, zk) < 0 ? nk : zk;
    if (!mpz_fits_ulong_p(kk)) {
        ft_err_format(ft_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        return NULL;
    }
    unsigned long kv = mpz_get_ui(kk);
    if ((double)kv * (double)mpz_sizeinbase(zn, 2) > (double)FT_INT_MAX_BITS) return ft_err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, zn, kv);
    return ft_int_from_mpz_steal(r);
}

static ft_obj *math_perm(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_range("perm", nargs, kw, 1, 2) < 0) return NULL;
    ft_obj *n, *k;
    if (nargs < 2 || args[1] == ft_None) return math_factorial(m, args, 1, NULL);
    if (nonneg_int(args[0], "n", &n) < 0) return NULL;
    if (nonneg_int(args[1], "k", &k) < 0) return NULL;
    if (ft_int_compare(k, n) > 0) return ft_smallint(0);
    ft_intview tn, tk;
    mpz_srcptr zn = ft_int_view(n, &tn), zk = ft_int_view(k, &tk);
    if (!mpz_fits_ulong_p(zk)) {
        ft_err_format(ft_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
        return NULL;
    }
    unsigned long kv = mpz_get_ui(zk);
    if ((double)kv * (double)mpz_sizeinbase(zn, 2) > (double)FT_INT_MAX_BITS) return ft_err_no_memory();
    mpz_t r, f;
    mpz_init_set_ui(r, 1);
    mpz_init_set(f, zn);
    for (unsigned long i = 0; i < kv; i++) {
        mpz_mul(r, r, f);
        mpz_sub_ui(f, f, 1);
    }
    return ft_int_from_mpz_steal(r);
}

static ft_obj *math_isqrt(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs_exact("isqrt", nargs, kw, 1) < 0) return NULL;
    ft_obj *v = need_index(args[0]);
    if (!v) return NULL;
    if (ft_int_sign(v) < 0) {
        ft_err_set_str(ft_exc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    ft_intview tv;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, ft_int_view(v, &tv));
    return ft_int_from_mpz_steal(r);
}

static const ft_method_def math_methods[] = {
    {"sqrt", math_sqrt, FT_METH_VARARGS, "Return the square root of x."},
    {"exp", math_exp, FT_METH_VARARGS, "Return e raised to the power of x."},
    {"exp2", math_exp2, FT_METH_VARARGS, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, FT_METH_VARARGS, "Return exp(x)-1."},
    {"sin", math_sin, FT_METH_VARARGS, "Return the sine of x (measured in radians)."},
    {"cos", math_cos, FT_METH_VARARGS, "Return the cosine of x (measured in radians)."},
    {"tan", math_tan, FT_METH_VARARGS, "Return the tangent of x (measured in radians)."},
    {"asin", math_asin, FT_METH_VARARGS, "Return the arc sine (measured in radians) of x."},
    {"acos", math_acos, FT_METH_VARARGS, "Return the arc cosine (measured in radians) of x."},
    {"atan", math_atan, FT_METH_VARARGS, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, FT_METH_VARARGS, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", math_sinh, FT_METH_VARARGS, "Return the hyperbolic sine of x."},
    {"cosh", math_cosh, FT_METH_VARARGS, "Return the hyperbolic cosine of x."},
    {"tanh", math_tanh, FT_METH_VARARGS, "Return the hyperbolic tangent of x."},
    {"asinh", math_asinh, FT_METH_VARARGS, "Return the inverse hyperbolic sine of x."},
    {"acosh", math_acosh, FT_METH_VARARGS, "Return the inverse hyperbolic cosine of x."},
    {"atanh", math_atanh, FT_METH_VARARGS, "Return the inverse hyperbolic tangent of x."},
    {"log", math_log, FT_METH_VARARGS, "log(x, [base=math.e])"},
    {"log2", math_log2, FT_METH_VARARGS, "Return the base 2 logarithm of x."},
    {"log10", math_log10, FT_METH_VARARGS, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, FT_METH_VARARGS, "Return the natural logarithm of 1+x (base e)."},
    {"fabs", math_fabs, FT_METH_VARARGS, "Return the absolute value of the float x."},
    {"erf", math_erf, FT_METH_VARARGS, "Error function at x."},
    {"erfc", math_erfc, FT_METH_VARARGS, "Complementary error function at x."},
    {"gamma", math_gamma, FT_METH_VARARGS, "Gamma function at x."},
    {"lgamma", math_lgamma, FT_METH_VARARGS, "Natural logarithm of absolute value of Gamma function at x."},
    {"cbrt", math_cbrt, FT_METH_VARARGS, "Return the cube root of x."},
    {"degrees", math_degrees, FT_METH_VARARGS, "Convert angle x from radians to degrees."},
    {"radians", math_radians, FT_METH_VARARGS, "Convert angle x from degrees to radians."},
    {"isnan", math_isnan, FT_METH_VARARGS, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isinf", math_isinf, FT_METH_VARARGS, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isfinite", math_isfinite, FT_METH_VARARGS, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isclose", math_isclose, FT_METH_KEYWORDS, "Determine whether two floating-point numbers are close in value."},
    {"floor", math_floor, FT_METH_VARARGS, "Return the floor of x as an Integral."},
    {"ceil", math_ceil, FT_METH_VARARGS, "Return the ceiling of x as an Integral."},
    {"trunc", math_trunc, FT_METH_VARARGS, "Truncates the Real x to the nearest Integral toward 0."},
    {"pow", math_pow, FT_METH_VARARGS, "Return x**y (x to the power of y)."},
    {"copysign", math_copysign, FT_METH_VARARGS, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"fmod", math_fmod, FT_METH_VARARGS, "Return fmod(x, y), according to platform C."},
    {"remainder", math_remainder, FT_METH_VARARGS, "Difference between x and the closest integer multiple of y."},
    {"modf", math_modf, FT_METH_VARARGS, "Return the fractional and integer parts of x."},
    {"frexp", math_frexp, FT_METH_VARARGS, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"ldexp", math_ldexp, FT_METH_VARARGS, "Return x * (2**i)."},
    {"nextafter", math_nextafter, FT_METH_KEYWORDS, "Return the floating-point value the given number of steps after x towards y."},
    {"ulp", math_ulp, FT_METH_VARARGS, "Return the value of the least significant bit of the float x."},
    {"hypot", math_hypot, FT_METH_VARARGS, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", math_dist, FT_METH_VARARGS, "Return the Euclidean distance between two points p and q."},
    {"fsum", math_fsum, FT_METH_VARARGS, "Return an accurate floating-point sum of values in the iterable seq."},
    {"prod", math_prod, FT_METH_KEYWORDS, "Calculate the product of all the elements in the input iterable."},
    {"sumprod", math_sumprod, FT_METH_VARARGS, "Return the sum of products of values from two iterables p and q."},
    {"gcd", math_gcd, FT_METH_VARARGS, "Greatest Common Divisor."},
    {"lcm", math_lcm, FT_METH_VARARGS, "Least Common Multiple."},
    {"factorial", math_factorial, FT_METH_VARARGS, "Find n!."},
    {"comb", math_comb, FT_METH_VARARGS, "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", math_perm, FT_METH_VARARGS, "Number of ways to choose k items from n items without repetition and with order."},
    {"isqrt", math_isqrt, FT_METH_VARARGS, "Return the integer part of the square root of the input."},
    {NULL, NULL, 0, NULL},
};

static int math_exec(ft_obj *mod) {
    static const struct { const char *name; double v; } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(consts); i++) {
        ft_obj *f = ft_float_new(consts[i].v);
        if (!f || ft_module_add_object(mod, consts[i].name, f) < 0) return -1;
    }
    return 0;
}

const ft_module_def ft_math_module_def = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions\ndefined by the C standard.",
    .methods = math_methods,
    .exec = math_exec,
    .gil_safe = true,
};
