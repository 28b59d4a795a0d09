/* cmathmodule.c -- the cmath module: mathematical functions for complex
 * numbers, with the special values and branch cuts of C99 Annex G (which is
 * what CPython's cmath documents and implements).
 *
 * The elementary functions are the C library's <complex.h> functions, which
 * implement Annex G. Errors follow CPython's rule: a result that the
 * standard marks "invalid" or "divide-by-zero" (a NaN from non-NaN input, a
 * pole such as log(0) or atanh(1)) raises ValueError("math domain error");
 * an infinite result from finite input raises OverflowError("math range
 * error"). Both are read from the floating-point exception flags, which
 * are thread-local, so no state is shared between threads; the flags are
 * cleared before each computation.
 */
#include "core/ftcore.h"

#include <complex.h>
#include <errno.h>
#include <fenv.h>
#include <math.h>

typedef struct { double re, im; } cval;

/* Argument conversion as CPython's "D" format: complex (or subclass),
 * __complex__, then anything float() of which works (__float__, __index__). */
static int to_cval(ft_obj *o, cval *out) {
    if (ft_type_is_subtype(ft_type_of(o), &ft_complex_type)) {
        out->re = ((ft_complex *)o)->real;
        out->im = ((ft_complex *)o)->imag;
        return 0;
    }
    ft_obj *m = ft_lookup_special(o, ft_id(__complex__));
    if (m) {
        ft_obj *r = ft_call0(m);
        if (!r)
            return -1;
        if (!ft_type_is_subtype(ft_type_of(r), &ft_complex_type)) {
            ft_err_format(ft_exc_TypeError, "__complex__ returned non-complex (type %s)",
                          ft_type_name(ft_type_of(r)));
            return -1;
        }
        out->re = ((ft_complex *)r)->real;
        out->im = ((ft_complex *)r)->imag;
        return 0;
    }
    if (ft_err_occurred())
        return -1;
    double d = ft_float_as_double(o);
    if (d == -1.0 && ft_err_occurred())
        return -1;
    out->re = d;
    out->im = 0.0;
    return 0;
}

static double complex mk(cval v) { return CMPLX(v.re, v.im); }

static ft_obj *domain_error(void) {
    ft_err_set_str(ft_exc_ValueError, "math domain error");
    return NULL;
}

static ft_obj *range_error(void) {
    ft_err_set_str(ft_exc_OverflowError, "math range error");
    return NULL;
}

/* Turns the flags raised by a computation on input z into an exception.
 * Returns 0 when the result r may be returned. */
static int check_flags(cval z, double complex r) {
    int fl = fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
    bool in_finite = isfinite(z.re) && isfinite(z.im);
    bool in_nan = isnan(z.re) || isnan(z.im);
    if (fl & (FE_INVALID | FE_DIVBYZERO)) {
        /* NaN input propagates quietly */
        if (!in_nan || (fl & FE_DIVBYZERO)) {
            domain_error();
            return -1;
        }
    }
    if (in_finite && (isinf(creal(r)) || isinf(cimag(r)))) {
        range_error();
        return -1;
    }
    if (in_finite && (isnan(creal(r)) || isnan(cimag(r)))) {
        domain_error();
        return -1;
    }
    return 0;
}

typedef double complex (*cfunc)(double complex);

static ft_obj *apply1(ft_obj *arg, cfunc fn) {
    cval z;
    if (to_cval(arg, &z) < 0)
        return NULL;
    feclearexcept(FE_ALL_EXCEPT);
    double complex r = fn(mk(z));
    if (check_flags(z, r) < 0)
        return NULL;
    return ft_complex_new(creal(r), cimag(r));
}

/* The library functions implement Annex G, but where the standard leaves
 * the sign of a zero or NaN unspecified CPython's tables make a choice:
 * the hyperbolic functions below apply those choices, and the circular
 * ones are derived from them by CPython's identities
 *   sin(z) = -i sinh(iz), tan(z) = -i tanh(iz), cos(z) = cosh(iz),
 *   asin(z) = -i asinh(iz), atan(z) = -i atanh(iz),
 * so both families agree on every special value. */
static double complex times_i(double complex z) { return CMPLX(-cimag(z), creal(z)); }
static double complex times_minus_i(double complex z) { return CMPLX(cimag(z), -creal(z)); }

static double complex f_cosh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (isnan(x) && y == 0.0)
        return CMPLX(NAN, 0.0);
    return ccosh(z);
}
static double complex f_sinh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (x == 0.0 && isnan(y))
        return CMPLX(0.0, NAN);
    return csinh(z);
}
static double complex f_tanh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (x == 0.0 && isnan(y))
        return CMPLX(NAN, NAN);
    if (isinf(x) && isinf(y))
        return CMPLX(copysign(1.0, x), 0.0);
    return ctanh(z);
}
static double complex f_atanh(double complex z) { return catanh(z); }
static double complex f_asinh(double complex z) { return casinh(z); }
static double complex f_acosh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (x == 0.0 && isnan(y))
        return CMPLX(NAN, NAN);
    return cacosh(z);
}
static double complex f_acos(double complex z) {
    if (isinf(creal(z)) && isnan(cimag(z)))
        return CMPLX(NAN, INFINITY);
    return cacos(z);
}
static double complex f_cos(double complex z) { return f_cosh(times_i(z)); }
static double complex f_sin(double complex z) { return times_minus_i(f_sinh(times_i(z))); }
static double complex f_tan(double complex z) { return times_minus_i(f_tanh(times_i(z))); }
static double complex f_asin(double complex z) {
    if (isinf(creal(z)) && isnan(cimag(z)))
        return CMPLX(NAN, -INFINITY);
    return times_minus_i(f_asinh(times_i(z)));
}
static double complex f_atan(double complex z) {
    if (isinf(creal(z)) && isnan(cimag(z)))
        return CMPLX(copysign(M_PI_2, creal(z)), -0.0);
    return times_minus_i(f_atanh(times_i(z)));
}
static double complex f_sqrt(double complex z) { return csqrt(z); }
static double complex f_exp(double complex z) {
    if (creal(z) == -INFINITY && isinf(cimag(z)))
        return CMPLX(0.0, 0.0);
    return cexp(z);
}
static double complex f_log10(double complex z) {
    double complex l = clog(z);
    return CMPLX(creal(l) / M_LN10, cimag(l) / M_LN10);
}

#define DEF1(name)                                                        \
    static ft_obj *cm_##name(ft_obj *m, ft_obj *const *args, size_t nargs, \
                             ft_obj *kwnames) {                            \
        return apply1(args[0], f_##name);                                  \
    }
DEF1(sqrt) DEF1(exp) DEF1(log10) DEF1(acos) DEF1(asin) DEF1(atan) DEF1(cos) DEF1(sin)
DEF1(tan) DEF1(acosh) DEF1(asinh) DEF1(atanh) DEF1(cosh) DEF1(sinh) DEF1(tanh)
#undef DEF1

static ft_obj *cm_log(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "log() takes no keyword arguments");
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "log expected at least 1 argument, got %d", (int)nargs);
    if (nargs > 2)
        return ft_err_format(ft_exc_TypeError, "log expected at most 2 arguments, got %d", (int)nargs);
    cval z, b;
    if (to_cval(args[0], &z) < 0)
        return NULL;
    if (nargs == 2 && to_cval(args[1], &b) < 0)
        return NULL;
    feclearexcept(FE_ALL_EXCEPT);
    double complex r = clog(mk(z));
    if (check_flags(z, r) < 0)
        return NULL;
    if (nargs == 2) {
        feclearexcept(FE_ALL_EXCEPT);
        double complex lb = clog(mk(b));
        if (check_flags(b, lb) < 0)
            return NULL;
        if (creal(lb) == 0.0 && cimag(lb) == 0.0)
            return domain_error();
        /* complex division with scaling, as Python's complex '/' */
        double ar = creal(r), ai = cimag(r), br = creal(lb), bi = cimag(lb);
        double rr, ri;
        if (fabs(br) >= fabs(bi)) {
            double ratio = bi / br, den = br + bi * ratio;
            rr = (ar + ai * ratio) / den;
            ri = (ai - ar * ratio) / den;
        } else if (fabs(bi) >= fabs(br)) {
            double ratio = br / bi, den = br * ratio + bi;
            rr = (ar * ratio + ai) / den;
            ri = (ai * ratio - ar) / den;
        } else {
            rr = ri = NAN;
        }
        r = CMPLX(rr, ri);
    }
    return ft_complex_new(creal(r), cimag(r));
}

static ft_obj *cm_phase(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    cval z;
    if (to_cval(args[0], &z) < 0)
        return NULL;
    errno = 0;
    double phi = atan2(z.im, z.re);
    /* the library reports an underflowing result with ERANGE, which
     * CPython turns into OverflowError */
    if (errno == ERANGE)
        return range_error();
    if (errno == EDOM)
        return domain_error();
    return ft_float_new(phi);
}

static ft_obj *cm_polar(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    cval z;
    if (to_cval(args[0], &z) < 0)
        return NULL;
    double r;
    /* abs() with Annex G's infinity rule: an infinite part wins over NaN */
    if (isinf(z.re) || isinf(z.im))
        r = INFINITY;
    else if (isnan(z.re) || isnan(z.im))
        r = NAN;
    else {
        r = hypot(z.re, z.im);
        if (isinf(r))
            return range_error();
    }
    double phi = atan2(z.im, z.re);
    ft_obj *a = ft_float_new(r), *b = a ? ft_float_new(phi) : NULL;
    return b ? ft_tuple_pack(2, a, b) : NULL;
}

static ft_obj *cm_rect(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("rect", nargs, kwnames, 2, 2) < 0)
        return NULL;
    double r = ft_float_as_double(args[0]);
    if (r == -1.0 && ft_err_occurred())
        return NULL;
    double phi = ft_float_as_double(args[1]);
    if (phi == -1.0 && ft_err_occurred())
        return NULL;
    double re, im;
    if (!isfinite(r) || !isfinite(phi)) {
        /* Special values: r*(cos phi + i sin phi) with Annex G's choices. */
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            double c = cos(phi), s = sin(phi);
            re = r > 0 ? copysign(INFINITY, c) : -copysign(INFINITY, c);
            im = r > 0 ? copysign(INFINITY, s) : -copysign(INFINITY, s);
        } else if (isinf(r) && phi == 0.0) {
            re = r;
            im = r > 0 ? phi : -phi;
        } else if (isnan(r)) {
            if (phi == 0.0) {
                re = NAN;
                im = 0.0;
            } else {
                re = im = NAN;
            }
        } else if (isinf(r) && isinf(phi)) {
            return domain_error();
        } else if (isinf(r)) {       /* phi is NaN */
            re = INFINITY;
            im = NAN;
        } else if (isinf(phi)) {     /* r finite */
            if (r == 0.0) {
                re = 0.0;
                im = 0.0;
            } else
                return domain_error();
        } else {                     /* r finite, phi NaN */
            if (r == 0.0) {
                re = 0.0;
                im = 0.0;
            } else
                re = im = NAN;
        }
        return ft_complex_new(re, im);
    }
    if (phi == 0.0) {
        /* Workaround for cos(0)*r losing the sign of zero in the imag part */
        re = r;
        im = r * phi;
    } else {
        re = r * cos(phi);
        im = r * sin(phi);
    }
    return ft_complex_new(re, im);
}

static ft_obj *pred(ft_obj *arg, int which) {
    cval z;
    if (to_cval(arg, &z) < 0)
        return NULL;
    switch (which) {
    case 0: return ft_bool(isfinite(z.re) && isfinite(z.im));
    case 1: return ft_bool(isinf(z.re) || isinf(z.im));
    default: return ft_bool(isnan(z.re) || isnan(z.im));
    }
}
static ft_obj *cm_isfinite(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return pred(a[0], 0); }
static ft_obj *cm_isinf(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return pred(a[0], 1); }
static ft_obj *cm_isnan(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return pred(a[0], 2); }

static double cabs_(cval z) {
    if (isinf(z.re) || isinf(z.im))
        return INFINITY;
    return hypot(z.re, z.im);
}

static ft_obj *cm_isclose(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "a", "b", "$rel_tol", "$abs_tol", NULL };
    ft_obj *v[4];
    if (ft_parse_args("isclose", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    cval a, b;
    double rel_tol = 1e-9, abs_tol = 0.0;
    if (to_cval(v[0], &a) < 0 || to_cval(v[1], &b) < 0)
        return NULL;
    if (v[2] && (rel_tol = ft_float_as_double(v[2])) == -1.0 && ft_err_occurred())
        return NULL;
    if (v[3] && (abs_tol = ft_float_as_double(v[3])) == -1.0 && ft_err_occurred())
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return ft_err_format(ft_exc_ValueError, "tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im)
        return ft_True;
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im))
        return ft_False;
    cval d = { a.re - b.re, a.im - b.im };
    double diff = cabs_(d);
    return ft_bool((diff <= rel_tol * cabs_(b)) || (diff <= rel_tol * cabs_(a)) || diff <= abs_tol);
}

static const ft_method_def cmath_methods[] = {
    { "acos", cm_acos, FT_METH_O, "Return the arc cosine of z." },
    { "acosh", cm_acosh, FT_METH_O, "Return the inverse hyperbolic cosine of z." },
    { "asin", cm_asin, FT_METH_O, "Return the arc sine of z." },
    { "asinh", cm_asinh, FT_METH_O, "Return the inverse hyperbolic sine of z." },
    { "atan", cm_atan, FT_METH_O, "Return the arc tangent of z." },
    { "atanh", cm_atanh, FT_METH_O, "Return the inverse hyperbolic tangent of z." },
    { "cos", cm_cos, FT_METH_O, "Return the cosine of z." },
    { "cosh", cm_cosh, FT_METH_O, "Return the hyperbolic cosine of z." },
    { "exp", cm_exp, FT_METH_O, "Return the exponential value e**z." },
    { "isclose", cm_isclose, FT_METH_KEYWORDS, "Determine whether two complex numbers are close in value." },
    { "isfinite", cm_isfinite, FT_METH_O, "Return True if both the real and imaginary parts of z are finite, else False." },
    { "isinf", cm_isinf, FT_METH_O, "Checks if the real or imaginary part of z is infinite." },
    { "isnan", cm_isnan, FT_METH_O, "Checks if the real or imaginary part of z not a number (NaN)." },
    { "log", cm_log, FT_METH_KEYWORDS, "log(z[, base]) -> the logarithm of z to the given base." },
    { "log10", cm_log10, FT_METH_O, "Return the base-10 logarithm of z." },
    { "phase", cm_phase, FT_METH_O, "Return argument, also known as the phase angle, of a complex." },
    { "polar", cm_polar, FT_METH_O, "Convert a complex from rectangular coordinates to polar coordinates." },
    { "rect", cm_rect, 0, "Convert from polar coordinates to rectangular coordinates." },
    { "sin", cm_sin, FT_METH_O, "Return the sine of z." },
    { "sinh", cm_sinh, FT_METH_O, "Return the hyperbolic sine of z." },
    { "sqrt", cm_sqrt, FT_METH_O, "Return the square root of z." },
    { "tan", cm_tan, FT_METH_O, "Return the tangent of z." },
    { "tanh", cm_tanh, FT_METH_O, "Return the hyperbolic tangent of z." },
    { NULL }
};

static int cmath_exec(ft_obj *m) {
    static const struct { const char *name; double v; } fl[] = {
        { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", INFINITY }, { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++) {
        ft_obj *v = ft_float_new(fl[i].v);
        if (!v || ft_module_add_object(m, fl[i].name, v) < 0)
            return -1;
    }
    ft_obj *infj = ft_complex_new(0.0, INFINITY), *nanj = infj ? ft_complex_new(0.0, NAN) : NULL;
    if (!nanj || ft_module_add_object(m, "infj", infj) < 0 || ft_module_add_object(m, "nanj", nanj) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_cmath_module_def = {
    .name = "cmath",
    .doc = "This module provides access to mathematical functions for complex\nnumbers.",
    .methods = cmath_methods,
    .exec = cmath_exec,
    .gil_safe = true,
};
