/* numbers_impl.h -- internal helpers shared by int.c, int_format.c, bool.c,
 * float.c, float_repr.c, complex.c and modules/mathmodule.c. Not a contract
 * header: only the numeric area includes it.
 */
#ifndef FT_NUMBERS_IMPL_H
#define FT_NUMBERS_IMPL_H

#include "core/ftcore.h"
#include "objects/formatspec.h"
#include <gmp.h>

/* Largest int we agree to build, in bits (512 MiB of limbs). Results that
 * would exceed it raise MemoryError before GMP is asked (GMP aborts when
 * its allocator fails, which must never happen on bad input). */
#define FT_INT_MAX_BITS ((uint64_t)1 << 32)

#define FT_BIGINT(o) ((ft_bigint *)(o))

/* A read-only mpz view of any int (tagged, bool, big, subclass) without
 * allocating: small values point at `limb`. */
typedef struct ft_intview { mpz_t z; mp_limb_t limb; } ft_intview;
static inline mpz_srcptr ft_int_view(ft_obj *o, ft_intview *tv) {
    int64_t v;
    if (ft_is_smallint(o)) v = ft_smallint_value(o);
    else if (o->ob_type == &ft_bool_type) v = ((ft_bool_obj *)o)->value;
    else return FT_BIGINT(o)->z;
    tv->limb = (mp_limb_t)(v < 0 ? -(uint64_t)v : (uint64_t)v);
    return mpz_roinit_n(tv->z, &tv->limb, v < 0 ? -1 : v > 0 ? 1 : 0);
}
/* The value as int64 when it is small (tagged, bool, or a subclass
 * instance holding a small value). */
static inline bool ft_int_small(ft_obj *o, int64_t *v) {
    if (ft_is_smallint(o)) { *v = ft_smallint_value(o); return true; }
    if (o->ob_type == &ft_int_type) return false;  /* exact heap ints are big */
    if (o->ob_type == &ft_bool_type) { *v = ((ft_bool_obj *)o)->value; return true; }
    mpz_srcptr z = FT_BIGINT(o)->z;
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (ft_smallint_fits(l)) { *v = l; return true; }
    }
    return false;
}

/* Build an exact int from z, taking ownership of z's limbs (z must not be
 * used afterwards). */
ft_obj *ft_int_from_mpz_steal(mpz_t z);
/* Exact int value of an int-subclass instance or bool. */
ft_obj *ft_int_exact(ft_obj *o);
/* Round q * 2**exp2 (+ a little when sticky) to the nearest double,
 * ties to even. *overflow set when the result does not fit. */
double ft_mpz_ldexp_rounded(mpz_srcptr q, int64_t exp2, bool sticky, bool *overflow);
/* int vs double comparison, exact: -1/0/1; nan gives 2 (unordered). */
int ft_int_compare_double(ft_obj *i, double d);
/* Digits limit of the current interpreter (0 = unlimited). */
int64_t ft_int_max_str_digits(void);
/* int formatting. */
ft_obj *ft_int_format(ft_obj *self, ft_obj *spec);
ft_obj *ft_int_from_text(const char *s, ft_ssize len, int base, ft_obj *orig);
/* For int()/float()/complex() of a str: Unicode decimal digits become ASCII
 * digits, Unicode spaces become ' ', other non-ASCII characters '?'
 * (so they fail to parse). Returns s itself when it is all ASCII. */
const char *ft_num_text_to_ascii(const char *s, ft_ssize len, ft_ssize *outlen);
/* The int slot functions reused by bool. */
extern ft_number_methods ft_int_number_methods;
ft_obj *ft_int_repr(ft_obj *o);
ft_obj *ft_int_richcompare(ft_obj *a, ft_obj *b, int op);
int64_t ft_int_hash_slot(ft_obj *o);

/* float internals. */
ft_obj *ft_float_pow_double(double iv, double iw);
/* Shortest round-trip digits of finite |v| > 0: digits (NUL-terminated,
 * no trailing zeros) and decpt (value = 0.DIGITS * 10**decpt). */
int ft_double_shortest(double v, char *digits, int *decpt);
/* Format finite-or-not |v| per presentation type ('e','E','f','F','g','G',
 * 'r' shortest, 'n' like 'g'); flags below. Returns a GC buffer (ASCII,
 * NUL-terminated) and its length; NULL + MemoryError on failure. */
#define FT_DTOA_ALT       0x1   /* '#' */
#define FT_DTOA_ADD_DOT_0 0x2   /* integral fixed results get ".0" */
#define FT_DTOA_NONE_TYPE 0x4   /* type absent: exponent switch at precision-1 */
char *ft_dtoa(double absv, char type, int precision, int flags, ft_ssize *len);
/* float.__format__ core on a double (also used by int for float types). */
ft_obj *ft_format_double(double v, const ft_format_spec *spec, const char *type_name);
/* Parse a float literal prefix of s[0..len) (no whitespace skipping):
 * returns bytes consumed (0 if none) and the value. Underscores allowed
 * between digits. */
ft_ssize ft_parse_float_prefix(const char *s, ft_ssize len, double *out);
ft_obj *ft_float_richcompare(ft_obj *a, ft_obj *b, int op);
/* float(x) conversion as in the float constructor. */
ft_obj *ft_float_from_obj(ft_obj *x);
/* Raise OverflowError(34, 'Numerical result out of range'). */
ft_obj *ft_err_erange(void);

/* complex internals. */
typedef struct { double real, imag; } ft_cval;
ft_cval ft_complex_pow_val(ft_cval a, ft_cval b, int *err); /* err: 0, 1 EDOM, 2 ERANGE */

/* math module */
extern const ft_module_def ft_math_module_def;

#endif /* FT_NUMBERS_IMPL_H */
