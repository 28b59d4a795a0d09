/* int.c -- the int type: tagged small ints plus GMP-backed big ints.
 *
 * Invariants:
 *  - Every exact int whose value fits FT_SMALLINT_MIN..MAX is a tagged
 *    pointer; heap objects of exact type int always hold values outside that
 *    range. Instances of int subclasses are ft_bigint heap objects whatever
 *    their value; bool instances are ft_bool_obj (int64 value).
 *  - Results of arithmetic are always exact ints (normalised).
 *  - Big ints are immutable after creation and freely shared by threads;
 *    their limbs live in FT_GC_ATOMIC blocks obtained through GMP's memory
 *    hooks (installed once in ft_numbers_init, before any thread exists).
 *    The ft_bigint itself is a scanned object, so the limb pointer in its
 *    mpz keeps the limbs alive; temporaries on the C stack are found by the
 *    conservative stack scan.
 *  - GMP aborts when allocation fails, so every operation whose result can
 *    grow (*, **, <<) checks the result size against FT_INT_MAX_BITS first
 *    and raises MemoryError instead.
 * No locks: nothing here mutates shared state after start-up.
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <float.h>

/* ---- GMP memory hooks ---------------------------------------------------- */
static void *gmp_alloc(size_t n) {
    void *p = ft_gc_alloc(n, FT_GC_ATOMIC);
    if (!p) {
        fprintf(stderr, "ftpy: out of memory in big-int arithmetic (%zu bytes)\n", n);
        abort();
    }
    return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n) {
    void *q = ft_gc_realloc(p, old, n, FT_GC_ATOMIC);
    if (!q) {
        fprintf(stderr, "ftpy: out of memory in big-int arithmetic (%zu bytes)\n", n);
        abort();
    }
    return q;
}
/* Blocks are reclaimed by the collector; GMP only frees temporaries, but an
 * mpz moved into an object must never be freed, so we leave it to the GC. */
static void gmp_free(void *p, size_t n) { FT_UNUSED(p); FT_UNUSED(n); }

void ft_int_install_gmp_hooks(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

/* ---- construction -------------------------------------------------------- */
bool ft_int_check(ft_obj *o) {
    if (ft_is_smallint(o)) return true;
    ft_type *t = o->ob_type;
    return t == &ft_int_type || t == &ft_bool_type || (t->flags & FT_TPF_INT_SUBCLASS);
}
bool ft_int_check_exact(ft_obj *o) { return ft_is_smallint(o) || o->ob_type == &ft_int_type; }

static ft_obj *new_big(void) {
    return ft_obj_alloc(&ft_int_type, sizeof(ft_bigint));
}

ft_obj *ft_int_from_mpz_steal(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (ft_smallint_fits(v)) return ft_smallint(v);
    }
    ft_obj *o = new_big();
    if (!o) return NULL;
    *FT_BIGINT(o)->z = *z;   /* take the limbs */
    return o;
}

ft_obj *ft_int_from_mpz(const mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (ft_smallint_fits(v)) return ft_smallint(v);
    }
    ft_obj *o = new_big();
    if (!o) return NULL;
    mpz_init_set(FT_BIGINT(o)->z, z);
    return o;
}

ft_obj *ft_int_from_i64(int64_t v) {
    if (ft_smallint_fits(v)) return ft_smallint(v);
    ft_obj *o = new_big();
    if (!o) return NULL;
    mpz_init_set_si(FT_BIGINT(o)->z, v);
    return o;
}

ft_obj *ft_int_from_u64(uint64_t v) {
    if (v <= (uint64_t)FT_SMALLINT_MAX) return ft_smallint((int64_t)v);
    ft_obj *o = new_big();
    if (!o) return NULL;
    mpz_init_set_ui(FT_BIGINT(o)->z, v);
    return o;
}

ft_obj *ft_int_from_double(double d) {
    if (isnan(d)) {
        ft_err_set_str(ft_exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(d)) {
        ft_err_set_str(ft_exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (d > -4.0e18 && d < 4.0e18) return ft_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return ft_int_from_mpz_steal(z);
}

ft_obj *ft_int_exact(ft_obj *o) {
    int64_t v;
    if (ft_int_small(o, &v)) return ft_smallint(v);
    if (o->ob_type == &ft_int_type) return o;
    return ft_int_from_mpz(FT_BIGINT(o)->z);
}

/* ---- conversions --------------------------------------------------------- */
int ft_int_sign(ft_obj *o) {
    int64_t v;
    if (ft_int_small(o, &v)) return v < 0 ? -1 : v > 0;
    return mpz_sgn(FT_BIGINT(o)->z);
}

void ft_int_to_mpz(ft_obj *o, mpz_t out) {
    ft_intview tv;
    mpz_set(out, ft_int_view(o, &tv));
}

int ft_int_as_i64_overflow(ft_obj *o, int64_t *out, int *overflow) {
    *overflow = 0;
    *out = 0;
    if (!ft_int_check(o)) {
        ft_obj *i = ft_index(o);
        if (!i) return -1;
        o = i;
    }
    int64_t v;
    if (ft_int_small(o, &v)) { *out = v; return 0; }
    mpz_srcptr z = FT_BIGINT(o)->z;
    if (mpz_fits_slong_p(z)) { *out = mpz_get_si(z); return 0; }
    *overflow = mpz_sgn(z);
    *out = -1;
    return 0;
}

int64_t ft_int_as_i64(ft_obj *o) {
    int64_t v;
    int of;
    if (ft_int_as_i64_overflow(o, &v, &of) < 0) return -1;
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return v;
}

ft_ssize ft_int_as_ssize(ft_obj *o) {
    int64_t v;
    int of;
    if (ft_int_as_i64_overflow(o, &v, &of) < 0) return -1;
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ft_ssize)v;
}

double ft_mpz_ldexp_rounded(mpz_srcptr q, int64_t exp2, bool sticky, bool *overflow) {
    *overflow = false;
    int sign = mpz_sgn(q);
    if (sign == 0) return 0.0;
    int64_t nb = (int64_t)mpz_sizeinbase(q, 2);
    int64_t top = nb - 1 + exp2;
    if (top > 1100) { *overflow = true; return 0.0; }
    if (top < -1200) return sign < 0 ? -0.0 : 0.0;
    int64_t p = 53;
    if (top < -1022) p = 53 - (-1022 - top);
    int64_t drop = nb - p;
    double r;
    if (drop <= 0) {
        /* exact: at most 53 bits */
        mpz_t a;
        mpz_init(a);
        mpz_abs(a, q);
        r = ldexp(mpz_get_d(a), (int)exp2);
    } else {
        mpz_t a, low;
        mpz_init(a);
        mpz_init(low);
        mpz_abs(a, q);
        mpz_tdiv_r_2exp(low, a, (mp_bitcnt_t)drop);
        mpz_tdiv_q_2exp(a, a, (mp_bitcnt_t)drop);
        /* compare low with half = 2**(drop-1) */
        int cmp;
        if (mpz_sgn(low) == 0) cmp = -1;
        else {
            int64_t lb = (int64_t)mpz_sizeinbase(low, 2);
            if (lb < drop) cmp = -1;  /* low < 2**(drop-1) */
            else {
                /* lb == drop: low >= half; equal iff only that bit set */
                cmp = (mpz_scan1(low, 0) == (mp_bitcnt_t)(drop - 1)) ? 0 : 1;
            }
        }
        if (cmp > 0 || (cmp == 0 && (sticky || mpz_odd_p(a)))) mpz_add_ui(a, a, 1);
        r = ldexp(mpz_get_d(a), (int)(exp2 + drop));
    }
    if (isinf(r)) { *overflow = true; return 0.0; }
    return sign < 0 ? -r : r;
}

double ft_int_as_double(ft_obj *o) {
    int64_t v;
    if (ft_int_small(o, &v)) return (double)v;  /* |v| < 2**62: the C conversion rounds to nearest */
    bool of;
    double d = ft_mpz_ldexp_rounded(FT_BIGINT(o)->z, 0, false, &of);
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

ft_obj *ft_index(ft_obj *o) {
    if (ft_int_check(o)) return o;
    ft_type *t = FT_TYPE(o);
    if (!t->as_number.index)
        return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             ft_type_name(t));
    ft_obj *r = t->as_number.index(o);
    if (!r) return NULL;
    if (!ft_int_check(r))
        return ft_err_format(ft_exc_TypeError, "__index__ returned non-int (type %s)",
                             ft_type_name(FT_TYPE(r)));
    return r;
}

ft_ssize ft_index_as_ssize(ft_obj *o, ft_type *overflow_exc) {
    ft_obj *i = ft_index(o);
    if (!i) return -1;
    int64_t v;
    int of;
    if (ft_int_as_i64_overflow(i, &v, &of) < 0) return -1;
    if (!of) return (ft_ssize)v;
    if (!overflow_exc) return of < 0 ? INTPTR_MIN : INTPTR_MAX;
    ft_err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", ft_type_name(FT_TYPE(o)));
    return -1;
}

/* ---- hashing ------------------------------------------------------------- */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t ft_int_hash(ft_obj *o) {
    int64_t v;
    int64_t h;
    if (ft_int_small(o, &v)) {
        uint64_t a = v < 0 ? -(uint64_t)v : (uint64_t)v;
        a %= HASH_MODULUS;
        h = v < 0 ? -(int64_t)a : (int64_t)a;
    } else {
        mpz_srcptr z = FT_BIGINT(o)->z;
        uint64_t a = mpz_tdiv_ui(z, HASH_MODULUS);  /* of |z| */
        h = mpz_sgn(z) < 0 ? -(int64_t)a : (int64_t)a;
    }
    return h == -1 ? -2 : h;
}
int64_t ft_int_hash_slot(ft_obj *o) { return ft_int_hash(o); }

/* ---- comparison ---------------------------------------------------------- */
int ft_int_compare(ft_obj *a, ft_obj *b) {
    int64_t x, y;
    if (ft_int_small(a, &x) && ft_int_small(b, &y)) return (x > y) - (x < y);
    ft_intview ta, tb;
    int c = mpz_cmp(ft_int_view(a, &ta), ft_int_view(b, &tb));
    return (c > 0) - (c < 0);
}

int ft_int_compare_double(ft_obj *i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int64_t v;
    if (ft_int_small(i, &v) && v > -(1LL << 53) && v < (1LL << 53)) {
        double x = (double)v;
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    mpz_t zf;
    mpz_init_set_d(zf, fl);
    ft_intview tv;
    int c = mpz_cmp(ft_int_view(i, &tv), zf);
    if (c < 0) return -1;
    if (c > 0) return 1;
    return fl == d ? 0 : -1;
}

static ft_obj *cmp_result(int c, int op) {
    bool r;
    switch (op) {
    case FT_LT: r = c < 0; break;
    case FT_LE: r = c <= 0; break;
    case FT_EQ: r = c == 0; break;
    case FT_NE: r = c != 0; break;
    case FT_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ft_bool(r);
}

ft_obj *ft_int_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (!ft_int_check(a) || !ft_int_check(b)) return ft_NotImplemented;
    return cmp_result(ft_int_compare(a, b), op);
}

/* ---- arithmetic ---------------------------------------------------------- */
#define BINOP_CHECK(v, w) \
    if (!ft_int_check(v) || !ft_int_check(w)) return ft_NotImplemented

static ft_obj *no_memory(void) { return ft_err_no_memory(); }

static uint64_t bits_of(mpz_srcptr z) { return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0; }

ft_obj *ft_int_add(ft_obj *a, ft_obj *b) {
    int64_t x, y;
    if (ft_int_small(a, &x) && ft_int_small(b, &y)) return ft_int_from_i64(x + y);
    ft_intview ta, tb;
    mpz_t r;
    mpz_init(r);
    mpz_add(r, ft_int_view(a, &ta), ft_int_view(b, &tb));
    return ft_int_from_mpz_steal(r);
}

ft_obj *ft_int_sub(ft_obj *a, ft_obj *b) {
    int64_t x, y;
    if (ft_int_small(a, &x) && ft_int_small(b, &y)) return ft_int_from_i64(x - y);
    ft_intview ta, tb;
    mpz_t r;
    mpz_init(r);
    mpz_sub(r, ft_int_view(a, &ta), ft_int_view(b, &tb));
    return ft_int_from_mpz_steal(r);
}

ft_obj *ft_int_mul(ft_obj *a, ft_obj *b) {
    int64_t x, y, p;
    if (ft_int_small(a, &x) && ft_int_small(b, &y) && !__builtin_mul_overflow(x, y, &p))
        return ft_int_from_i64(p);
    ft_intview ta, tb;
    mpz_srcptr za = ft_int_view(a, &ta), zb = ft_int_view(b, &tb);
    if (bits_of(za) + bits_of(zb) > FT_INT_MAX_BITS) return no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_mul(r, za, zb);
    return ft_int_from_mpz_steal(r);
}

static ft_obj *int_add(ft_obj *a, ft_obj *b) { BINOP_CHECK(a, b); return ft_int_add(a, b); }
static ft_obj *int_sub(ft_obj *a, ft_obj *b) { BINOP_CHECK(a, b); return ft_int_sub(a, b); }
static ft_obj *int_mul(ft_obj *a, ft_obj *b) { BINOP_CHECK(a, b); return ft_int_mul(a, b); }

static bool is_zero(ft_obj *o) { return ft_int_sign(o) == 0; }

static ft_obj *int_floordiv(ft_obj *a, ft_obj *b) {
    BINOP_CHECK(a, b);
    if (is_zero(b)) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    int64_t x, y;
    if (ft_int_small(a, &x) && ft_int_small(b, &y)) {
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return ft_int_from_i64(q);
    }
    ft_intview ta, tb;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q(r, ft_int_view(a, &ta), ft_int_view(b, &tb));
    return ft_int_from_mpz_steal(r);
}

static ft_obj *int_mod(ft_obj *a, ft_obj *b) {
    BINOP_CHECK(a, b);
    if (is_zero(b)) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    int64_t x, y;
    if (ft_int_small(a, &x) && ft_int_small(b, &y)) {
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return ft_smallint(m);
    }
    ft_intview ta, tb;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_r(r, ft_int_view(a, &ta), ft_int_view(b, &tb));
    return ft_int_from_mpz_steal(r);
}

static ft_obj *int_divmod(ft_obj *a, ft_obj *b) {
    BINOP_CHECK(a, b);
    if (is_zero(b)) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    ft_obj *q, *m;
    int64_t x, y;
    if (ft_int_small(a, &x) && ft_int_small(b, &y)) {
        int64_t qq = x / y, mm = x % y;
        if (mm != 0 && ((mm < 0) != (y < 0))) { qq--; mm += y; }
        q = ft_int_from_i64(qq);
        if (!q) return NULL;
        m = ft_smallint(mm);
    } else {
        ft_intview ta, tb;
        mpz_t zq, zr;
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, ft_int_view(a, &ta), ft_int_view(b, &tb));
        q = ft_int_from_mpz_steal(zq);
        if (!q) return NULL;
        m = ft_int_from_mpz_steal(zr);
        if (!m) return NULL;
    }
    return ft_tuple_pack(2, q, m);
}

static ft_obj *int_truediv(ft_obj *a, ft_obj *b) {
    BINOP_CHECK(a, b);
    if (is_zero(b)) {
        ft_err_set_str(ft_exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    int64_t x, y;
    const int64_t lim = (int64_t)1 << 53;
    if (ft_int_small(a, &x) && ft_int_small(b, &y) && x > -lim && x < lim && y > -lim && y < lim)
        return ft_float_new((double)x / (double)y);
    ft_intview ta, tb;
    mpz_srcptr za = ft_int_view(a, &ta), zb = ft_int_view(b, &tb);
    if (mpz_sgn(za) == 0) return ft_float_new(mpz_sgn(zb) < 0 ? -0.0 : 0.0);
    int64_t na = (int64_t)bits_of(za), nb = (int64_t)bits_of(zb);
    if (na - nb > 1025) {
        ft_err_set_str(ft_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if (na - nb < -1080) {
        bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
        return ft_float_new(neg ? -0.0 : 0.0);
    }
    /* Scale so the quotient has at least 55 bits, then round once. */
    int64_t shift = 55 - (na - nb);
    mpz_t n, d, q, r;
    mpz_init(n); mpz_init(d); mpz_init(q); mpz_init(r);
    mpz_abs(n, za);
    mpz_abs(d, zb);
    if (shift > 0) mpz_mul_2exp(n, n, (mp_bitcnt_t)shift);
    else if (shift < 0) mpz_mul_2exp(d, d, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, n, d);
    bool of;
    double res = ft_mpz_ldexp_rounded(q, -shift, mpz_sgn(r) != 0, &of);
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if ((mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0)) res = -res;
    return ft_float_new(res);
}

static ft_obj *int_pow(ft_obj *a, ft_obj *b, ft_obj *m) {
    if (!ft_int_check(a) || !ft_int_check(b)) return ft_NotImplemented;
    if (m && m != ft_None && !ft_int_check(m)) return ft_NotImplemented;
    ft_intview ta, tb, tm;
    mpz_srcptr za = ft_int_view(a, &ta), zb = ft_int_view(b, &tb);
    if (m && m != ft_None) {
        mpz_srcptr zm = ft_int_view(m, &tm);
        if (mpz_sgn(zm) == 0) {
            ft_err_set_str(ft_exc_ValueError, "pow() 3rd argument cannot be 0");
            return NULL;
        }
        mpz_t am, base, e, r;
        mpz_init(am); mpz_init(base); mpz_init(e); mpz_init(r);
        mpz_abs(am, zm);
        mpz_mod(base, za, am);
        if (mpz_sgn(zb) < 0) {
            if (!mpz_invert(base, base, am) && mpz_cmp_ui(am, 1) != 0) {
                ft_err_set_str(ft_exc_ValueError, "base is not invertible for the given modulus");
                return NULL;
            }
            mpz_neg(e, zb);
        } else {
            mpz_set(e, zb);
        }
        if (mpz_cmp_ui(am, 1) == 0) return ft_smallint(0);
        mpz_powm(r, base, e, am);
        if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
        return ft_int_from_mpz_steal(r);
    }
    if (mpz_sgn(zb) < 0) {
        double x = ft_int_as_double(a);
        if (x == -1.0 && ft_err_occurred()) return NULL;
        double y = ft_int_as_double(b);
        if (y == -1.0 && ft_err_occurred()) return NULL;
        return ft_float_pow_double(x, y);
    }
    /* trivial bases, whatever the exponent */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) == 0) return ft_smallint(mpz_sgn(zb) == 0 ? 1 : 0);
        if (mpz_sgn(za) > 0) return ft_smallint(1);
        return ft_smallint(mpz_even_p(zb) ? 1 : -1);
    }
    if (!mpz_fits_ulong_p(zb)) return no_memory();
    unsigned long e = mpz_get_ui(zb);
    int64_t x;
    if (ft_int_small(a, &x) && e < 64) {
        int64_t r = 1, base = x;
        unsigned long ee = e;
        bool ok = true;
        while (ee) {
            if (ee & 1) { if (__builtin_mul_overflow(r, base, &r)) { ok = false; break; } }
            ee >>= 1;
            if (ee && __builtin_mul_overflow(base, base, &base)) { ok = false; break; }
        }
        if (ok) return ft_int_from_i64(r);
    }
    /* the result has about e * log2|a| bits */
    signed long ex2;
    double mant = mpz_get_d_2exp(&ex2, za);
    double est = (double)e * ((double)ex2 + log2(fabs(mant)));
    if ((uint64_t)e > FT_INT_MAX_BITS || est > (double)FT_INT_MAX_BITS) return no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, e);
    return ft_int_from_mpz_steal(r);
}

static ft_obj *int_neg(ft_obj *a) {
    int64_t x;
    if (ft_int_small(a, &x)) return ft_int_from_i64(-x);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, FT_BIGINT(a)->z);
    return ft_int_from_mpz_steal(r);
}
static ft_obj *int_pos(ft_obj *a) { return ft_int_exact(a); }
static ft_obj *int_abs(ft_obj *a) {
    int64_t x;
    if (ft_int_small(a, &x)) return ft_int_from_i64(x < 0 ? -x : x);
    if (mpz_sgn(FT_BIGINT(a)->z) >= 0) return ft_int_exact(a);
    return int_neg(a);
}
static int int_bool(ft_obj *a) { return ft_int_sign(a) != 0; }
static ft_obj *int_invert(ft_obj *a) {
    int64_t x;
    if (ft_int_small(a, &x)) return ft_int_from_i64(~x);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, FT_BIGINT(a)->z);
    return ft_int_from_mpz_steal(r);
}
static ft_obj *int_int(ft_obj *a) { return ft_int_exact(a); }
static ft_obj *int_float(ft_obj *a) {
    double d = ft_int_as_double(a);
    if (d == -1.0 && ft_err_occurred()) return NULL;
    return ft_float_new(d);
}

static ft_obj *int_lshift(ft_obj *a, ft_obj *b) {
    BINOP_CHECK(a, b);
    if (ft_int_sign(b) < 0) {
        ft_err_set_str(ft_exc_ValueError, "negative shift count");
        return NULL;
    }
    if (ft_int_sign(a) == 0) return ft_smallint(0);
    int64_t x, c = 0;
    bool small_b = ft_int_small(b, &c);
    if (!small_b) return no_memory();
    if (ft_int_small(a, &x) && c < 62) {
        __int128 r = (__int128)x * ((__int128)1 << c);  /* no UB for negative x */
        if (r >= FT_SMALLINT_MIN && r <= FT_SMALLINT_MAX) return ft_smallint((int64_t)r);
    }
    ft_intview ta;
    mpz_srcptr za = ft_int_view(a, &ta);
    if (bits_of(za) + (uint64_t)c > FT_INT_MAX_BITS) return no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, za, (mp_bitcnt_t)c);
    return ft_int_from_mpz_steal(r);
}

static ft_obj *int_rshift(ft_obj *a, ft_obj *b) {
    BINOP_CHECK(a, b);
    int sb = ft_int_sign(b);
    if (sb < 0) {
        ft_err_set_str(ft_exc_ValueError, "negative shift count");
        return NULL;
    }
    int64_t x, c = 0;
    bool small_b = ft_int_small(b, &c);
    if (ft_int_small(a, &x)) {
        if (!small_b || c >= 63) return ft_smallint(x < 0 ? -1 : 0);
        return ft_smallint(x >> c);
    }
    mpz_srcptr za = FT_BIGINT(a)->z;
    if (!small_b || (uint64_t)c >= bits_of(za)) return ft_smallint(mpz_sgn(za) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)c);
    return ft_int_from_mpz_steal(r);
}

#define BITOP(name, cop, mpzop) \
    static ft_obj *name(ft_obj *a, ft_obj *b) { \
        BINOP_CHECK(a, b); \
        int64_t x, y; \
        if (ft_int_small(a, &x) && ft_int_small(b, &y)) return ft_smallint(x cop y); \
        ft_intview ta, tb; \
        mpz_t r; \
        mpz_init(r); \
        mpzop(r, ft_int_view(a, &ta), ft_int_view(b, &tb)); \
        return ft_int_from_mpz_steal(r); \
    }
BITOP(int_and, &, mpz_and)
BITOP(int_or, |, mpz_ior)
BITOP(int_xor, ^, mpz_xor)

ft_number_methods ft_int_number_methods = {
    .add = int_add, .subtract = int_sub, .multiply = int_mul, .remainder = int_mod,
    .divmod = int_divmod, .power = int_pow, .negative = int_neg, .positive = int_pos,
    .absolute = int_abs, .bool_ = int_bool, .invert = int_invert, .lshift = int_lshift,
    .rshift = int_rshift, .and_ = int_and, .xor_ = int_xor, .or_ = int_or,
    .int_ = int_int, .float_ = int_float, .index = int_int,
    .floor_divide = int_floordiv, .true_divide = int_truediv,
};

/* ---- repr / new ---------------------------------------------------------- */
ft_obj *ft_int_repr(ft_obj *o) { return ft_int_to_str(o, 10); }

static ft_obj *int_subtype_from(ft_type *type, ft_obj *v) {
    ft_obj *o = ft_type_generic_alloc(type, 0);
    if (!o) return NULL;
    ft_intview tv;
    mpz_init_set(FT_BIGINT(o)->z, ft_int_view(v, &tv));
    return o;
}

static ft_obj *int_from_buffer_like(ft_obj *x, int base) {
    if (ft_str_check(x))
        return ft_int_from_text(ft_str_utf8(x), FT_STR(x)->nbytes, base, x);
    ft_buffer view;
    if (ft_get_buffer(x, &view) < 0) return NULL;
    ft_obj *r = ft_int_from_text(view.buf, view.len, base, x);
    ft_release_buffer(&view);
    return r;
}

static bool is_bytes_like(ft_obj *x) {
    return ft_bytes_check(x) || ft_bytearray_check(x) ||
           (!ft_is_smallint(x) && ft_type_is_subtype(x->ob_type, &ft_memoryview_type));
}

static ft_obj *int_new_value(ft_obj *x, ft_obj *base_obj) {
    if (!x) {
        if (base_obj) {
            ft_err_set_str(ft_exc_TypeError, "int() missing string argument");
            return NULL;
        }
        return ft_smallint(0);
    }
    if (base_obj) {
        ft_ssize base = ft_index_as_ssize(base_obj, NULL);
        if (base == -1 && ft_err_occurred()) return NULL;
        if ((base != 0 && base < 2) || base > 36) {
            ft_err_set_str(ft_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (!ft_str_check(x) && !is_bytes_like(x)) {
            ft_err_set_str(ft_exc_TypeError, "int() can't convert non-string with explicit base");
            return NULL;
        }
        return int_from_buffer_like(x, (int)base);
    }
    if (ft_int_check_exact(x) || x->ob_type == &ft_bool_type) return ft_int_exact(x);
    ft_type *t = FT_TYPE(x);
    if (t->as_number.int_) {   /* int subclasses too: __int__ may be overridden */
        ft_obj *r = t->as_number.int_(x);
        if (!r) return NULL;
        if (!ft_int_check(r))
            return ft_err_format(ft_exc_TypeError, "__int__ returned non-int (type %s)",
                                 ft_type_name(FT_TYPE(r)));
        return ft_int_exact(r);
    }
    if (t->as_number.index) {
        ft_obj *r = ft_index(x);
        if (!r) return NULL;
        return ft_int_exact(r);
    }
    ft_obj *trunc = ft_lookup_special(x, ft_id(__trunc__));
    if (trunc) {
        ft_obj *r = ft_call0(trunc);
        if (!r) return NULL;
        if (ft_int_check(r)) return ft_int_exact(r);
        ft_obj *i = ft_index(r);
        if (!i) {
            ft_err_clear();
            return ft_err_format(ft_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                                 ft_type_name(FT_TYPE(r)));
        }
        return ft_int_exact(i);
    }
    if (ft_err_occurred()) return NULL;
    if (ft_str_check(x) || is_bytes_like(x)) return int_from_buffer_like(x, 10);
    return ft_err_format(ft_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         ft_type_name(t));
}

static ft_obj *int_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"x", "base", NULL};
    ft_obj *out[2] = {NULL, NULL};
    if (nargs > 2)
        return ft_err_format(ft_exc_TypeError, "int expected at most 2 arguments, got %zd", (ft_ssize)nargs);
    if (ft_parse_args("int", args, nargs, kwnames, names, 1, 0, out) < 0) return NULL;
    ft_obj *v = int_new_value(out[0], out[1]);
    if (!v || type == &ft_int_type) return v;
    return int_subtype_from(type, v);
}

/* ---- methods ------------------------------------------------------------- */
static ft_obj *int_conjugate(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_exact(self); }

static ft_obj *int_bit_length(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    int64_t v;
    if (ft_int_small(self, &v)) {
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        return ft_smallint(u ? 64 - __builtin_clzll(u) : 0);
    }
    return ft_int_from_u64(bits_of(FT_BIGINT(self)->z));
}

static ft_obj *int_bit_count(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    int64_t v;
    if (ft_int_small(self, &v)) {
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        return ft_smallint(__builtin_popcountll(u));
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, FT_BIGINT(self)->z);
    return ft_int_from_u64(mpz_popcount(t));
}

static ft_obj *int_as_integer_ratio(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *v = ft_int_exact(self);
    if (!v) return NULL;
    return ft_tuple_pack(2, v, ft_smallint(1));
}

static ft_obj *int_is_integer(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return ft_True; }

static ft_obj *int_trunc(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_exact(self); }

static ft_obj *int_round(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("__round__", nargs, kw, 0, 1) < 0) return NULL;
    if (nargs == 0 || args[0] == ft_None) return ft_int_exact(self);
    ft_obj *nd = ft_index(args[0]);
    if (!nd) return NULL;
    if (ft_int_sign(nd) >= 0) return ft_int_exact(self);
    /* round to a multiple of 10**(-nd), ties to even */
    ft_intview tn, ts;
    mpz_srcptr znd = ft_int_view(nd, &tn);
    mpz_srcptr z = ft_int_view(self, &ts);
    if (!mpz_fits_slong_p(znd) || -mpz_get_si(znd) > (long)(bits_of(z) + 2)) return ft_smallint(0);
    unsigned long k = (unsigned long)(-mpz_get_si(znd));
    mpz_t p, q, r, twice;
    mpz_init(p); mpz_init(q); mpz_init(r); mpz_init(twice);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(q, r, z, p);          /* r in [0, p) */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    return ft_int_from_mpz_steal(q);
}

static ft_obj *int_format_meth(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "__format__() argument must be str, not %s",
                             ft_type_name(FT_TYPE(args[0])));
    return ft_int_format(self, args[0]);
}

static ft_obj *int_getnewargs(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    ft_obj *v = ft_int_exact(self);
    if (!v) return NULL;
    return ft_tuple_pack(1, v);
}

static ft_obj *int_sizeof(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *k) {
    int64_t v;
    if (ft_int_small(self, &v)) return ft_smallint(28);
    return ft_int_from_u64(sizeof(ft_bigint) + mpz_size(FT_BIGINT(self)->z) * sizeof(mp_limb_t));
}

static int parse_byteorder(const char *fname, ft_obj *o, bool *little) {
    if (!o) { *little = false; return 0; }
    if (!ft_str_check(o)) {
        ft_err_format(ft_exc_TypeError, "%s() argument 'byteorder' must be str, not %s",
                      fname, ft_type_name(FT_TYPE(o)));
        return -1;
    }
    if (ft_str_eq_cstr(o, "little")) *little = true;
    else if (ft_str_eq_cstr(o, "big")) *little = false;
    else {
        ft_err_set_str(ft_exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static ft_obj *int_to_bytes(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    static const char *const names[] = {"length", "byteorder", "$signed", NULL};
    ft_obj *out[3] = {NULL, NULL, NULL};
    if (ft_parse_args("to_bytes", args, nargs, kw, names, 0, 0, out) < 0) return NULL;
    ft_ssize length = 1;
    if (out[0]) {
        length = ft_index_as_ssize(out[0], ft_exc_OverflowError);
        if (length == -1 && ft_err_occurred()) return NULL;
        if (length < 0) {
            ft_err_set_str(ft_exc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    bool little;
    if (parse_byteorder("to_bytes", out[1], &little) < 0) return NULL;
    int is_signed = 0;
    if (out[2]) {
        is_signed = ft_is_true(out[2]);
        if (is_signed < 0) return NULL;
    }
    ft_intview tv;
    mpz_srcptr z = ft_int_view(self, &tv);
    if (mpz_sgn(z) < 0 && !is_signed) {
        ft_err_set_str(ft_exc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    /* two's complement value modulo 256**length */
    mpz_t u;
    mpz_init(u);
    uint64_t nbits = bits_of(z);
    bool fits;
    if (mpz_sgn(z) == 0) fits = true;
    else if (length == 0 && mpz_cmp_si(z, -1) == 0) fits = true;  /* CPython: (-1).to_bytes(0, signed=True) == b'' */
    else if (mpz_sgn(z) > 0) fits = nbits + (is_signed ? 1 : 0) <= (uint64_t)length * 8;
    else {
        /* -2**(8L-1) <= z */
        mpz_t t;
        mpz_init(t);
        mpz_add_ui(t, z, 1);   /* z+1 <= 0; need |z+1| < 2**(8L-1) */
        fits = bits_of(t) + 1 <= (uint64_t)length * 8;
    }
    if (!fits) {
        ft_err_set_str(ft_exc_OverflowError, "int too big to convert");
        return NULL;
    }
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(u, 1);
        mpz_mul_2exp(u, u, (mp_bitcnt_t)length * 8);
        mpz_add(u, u, z);
    } else {
        mpz_set(u, z);
    }
    ft_obj *b = ft_bytes_new(NULL, length);
    if (!b) return NULL;
    unsigned char *d = (unsigned char *)ft_bytes_data(b);
    size_t count = 0;
    if (length > 0 && mpz_sgn(u) != 0) {
        unsigned char *tmp = ft_gc_alloc((size_t)length + 16, FT_GC_ATOMIC);
        if (!tmp) return NULL;
        mpz_export(tmp, &count, -1, 1, 0, 0, u);   /* little endian */
        for (size_t i = 0; i < count && i < (size_t)length; i++) {
            if (little) d[i] = tmp[i];
            else d[length - 1 - i] = tmp[i];
        }
    }
    return b;
}

static ft_obj *int_from_bytes(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    static const char *const names[] = {"bytes", "byteorder", "$signed", NULL};
    ft_obj *out[3] = {NULL, NULL, NULL};
    if (ft_parse_args("from_bytes", args, nargs, kw, names, 0, 1, out) < 0) return NULL;
    bool little;
    if (parse_byteorder("from_bytes", out[1], &little) < 0) return NULL;
    int is_signed = 0;
    if (out[2]) {
        is_signed = ft_is_true(out[2]);
        if (is_signed < 0) return NULL;
    }
    ft_obj *src = out[0];
    ft_buffer view;
    ft_obj *holder = NULL;
    if (ft_str_check(src))
        return ft_err_format(ft_exc_TypeError, "cannot convert 'str' object to bytes");
    if (ft_get_buffer(src, &view) < 0) {
        /* any iterable of ints: bytes(iterable) */
        ft_err_clear();
        holder = ft_call1((ft_obj *)&ft_bytes_type, src);
        if (!holder) return NULL;
        if (ft_get_buffer(holder, &view) < 0) return NULL;
    }
    mpz_t z;
    mpz_init(z);
    if (view.len > 0) mpz_import(z, (size_t)view.len, little ? -1 : 1, 1, 0, 0, view.buf);
    if (is_signed && view.len > 0) {
        unsigned char msb = (unsigned char)(little ? view.buf[view.len - 1] : view.buf[0]);
        if (msb & 0x80) {
            mpz_t t;
            mpz_init_set_ui(t, 1);
            mpz_mul_2exp(t, t, (mp_bitcnt_t)view.len * 8);
            mpz_sub(z, z, t);
        }
    }
    ft_release_buffer(&view);
    ft_obj *r = ft_int_from_mpz_steal(z);
    if (!r) return NULL;
    if ((ft_type *)cls == &ft_int_type) return r;
    return ft_call1(cls, r);
}

static ft_obj *int_get_self(ft_obj *self, void *c) { return ft_int_exact(self); }
static ft_obj *int_get_zero(ft_obj *self, void *c) { return ft_smallint(0); }
static ft_obj *int_get_one(ft_obj *self, void *c) { return ft_smallint(1); }

static const ft_method_def int_methods[] = {
    {"conjugate", int_conjugate, FT_METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, FT_METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, FT_METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, FT_METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, FT_METH_KEYWORDS | FT_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, FT_METH_NOARGS, "Return a pair of integers, whose ratio is equal to the original int."},
    {"is_integer", int_is_integer, FT_METH_NOARGS, "Returns True. Exists for duck type compatibility with float.is_integer."},
    {"__trunc__", int_trunc, FT_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_trunc, FT_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_trunc, FT_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, FT_METH_VARARGS, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, FT_METH_NOARGS, NULL},
    {"__format__", int_format_meth, FT_METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, FT_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static const ft_getset_def int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

ft_type ft_int_type = {
    FT_TYPE_HEAD_INIT,
    .name = "int",
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .basicsize = sizeof(ft_bigint),
    .flags = FT_TPF_BASETYPE | FT_TPF_INT_SUBCLASS | FT_TPF_MATCH_SELF | FT_TPF_IMMUTABLE,
    .repr = ft_int_repr,
    .hash = ft_int_hash_slot,
    .richcompare = ft_int_richcompare,
    .new_ = int_new,
    .methods = int_methods,
    .getsets = int_getsets,
};

/* ---- start-up ------------------------------------------------------------ */
int ft_bool_ready(void);
int ft_float_ready(void);
int ft_complex_ready(void);

int ft_numbers_init(void) {
    ft_int_install_gmp_hooks();
    ft_int_type.as_number = ft_int_number_methods;
    ft_int_type.getattro = ft_obj_generic_getattr;
    if (ft_type_ready(&ft_int_type) < 0) return -1;
    if (ft_bool_ready() < 0) return -1;
    if (ft_float_ready() < 0) return -1;
    if (ft_complex_ready() < 0) return -1;
    return 0;
}
