/* int_format.c -- int <-> text: repr/str in any base, int(str, base)
 * parsing, and int.__format__ (the format-spec mini-language).
 *
 * The int_max_str_digits limit (sys.set_int_max_str_digits) is read from
 * the current interpreter (an atomic field); 0 means unlimited. It applies
 * only to bases that are not powers of two, as in CPython.
 * No shared mutable state; no locks.
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"
#include "objects/unicode_db.h"
#include <math.h>
#include <stdio.h>

int64_t ft_int_max_str_digits(void) {
    ft_thread *ts = ft_ts();
    if (!ts || !ts->interp) return FT_INT_MAX_STR_DIGITS;
    return atomic_load_explicit(&ts->interp->int_max_str_digits, memory_order_relaxed);
}

/* Digits of |z| in `base` (2..36, lowercase), into a GC buffer. */
static char *mpz_digits(mpz_srcptr z, int base, size_t *len) {
    size_t cap = mpz_sizeinbase(z, base) + 3;
    char *buf = ft_gc_alloc(cap, FT_GC_ATOMIC);
    if (!buf) return NULL;
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));  /* |z| without copying */
    mpz_get_str(buf, base, a);
    *len = strlen(buf);
    return buf;
}

static ft_obj *too_many_digits_out(void) {
    return ft_err_format(ft_exc_ValueError,
        "Exceeds the limit (%lld digits) for integer string conversion; "
        "use sys.set_int_max_str_digits() to increase the limit", (long long)ft_int_max_str_digits());
}

/* Sign + digits of the int in base (no prefix); checks the digit limit for
 * base 10. */
static char *int_text(ft_obj *o, int base, bool *negative, size_t *len) {
    int64_t v;
    if (ft_int_small(o, &v)) {
        char tmp[72];
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        int n = 0;
        do { int d = (int)(u % (unsigned)base); tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10); u /= (unsigned)base; } while (u);
        char *buf = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
        if (!buf) return NULL;
        for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
        *negative = v < 0;
        *len = (size_t)n;
        return buf;
    }
    mpz_srcptr z = FT_BIGINT(o)->z;
    *negative = mpz_sgn(z) < 0;
    int64_t limit = ft_int_max_str_digits();
    if (base == 10 && limit > 0 && mpz_sizeinbase(z, 10) > (size_t)limit + 1) {
        too_many_digits_out();
        return NULL;
    }
    char *buf = mpz_digits(z, base, len);
    if (!buf) return NULL;
    if (base == 10 && limit > 0 && *len > (size_t)limit) {
        too_many_digits_out();
        return NULL;
    }
    return buf;
}

ft_obj *ft_int_to_str(ft_obj *o, int base) {
    if (base < 2 || base > 36) return ft_err_bad_internal_call("ft_int_to_str");
    int64_t v;
    if (base == 10 && ft_int_small(o, &v)) {
        /* The hot case (str(i), f"{i}", print(i)): digits written backwards
         * two at a time; snprintf cost ~20x more. */
        static const char pairs[201] =
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
            "8081828384858687888990919293949596979899";
        char tmp[24];
        char *end = tmp + sizeof tmp, *p = end;
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        while (u >= 100) {
            unsigned r = (unsigned)(u % 100);
            u /= 100;
            *--p = pairs[2 * r + 1];
            *--p = pairs[2 * r];
        }
        if (u >= 10) {
            *--p = pairs[2 * u + 1];
            *--p = pairs[2 * u];
        } else {
            *--p = (char)('0' + u);
        }
        if (v < 0)
            *--p = '-';
        int n = (int)(end - p);
        return ft_str_new_trusted(p, n, n);
    }
    bool neg;
    size_t len;
    char *d = int_text(o, base, &neg, &len);
    if (!d) return NULL;
    if (!neg) return ft_str_new_trusted(d, (ft_ssize)len, (ft_ssize)len);
    char *buf = ft_gc_alloc(len + 2, FT_GC_ATOMIC);
    if (!buf) return NULL;
    buf[0] = '-';
    memcpy(buf + 1, d, len);
    return ft_str_new_trusted(buf, (ft_ssize)len + 1, (ft_ssize)len + 1);
}

/* ---- parsing ------------------------------------------------------------- */
/* ASCII whitespace as str.isspace() sees it, plus the common non-ASCII
 * spaces encoded in UTF-8. Returns bytes matched at s (0 if none). */
static int space_at(const char *s, const char *end) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;  /* ASCII whitespace only, as CPython */
    if (c < 0x80) return 0;
    uint32_t cp;
    int n = ft_utf8_decode_one(s, end, &cp);
    if (n <= 0) return 0;
    if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
        cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return n;
    return 0;
}

const char *ft_num_text_to_ascii(const char *s, ft_ssize len, ft_ssize *outlen) {
    ft_ssize i = 0;
    while (i < len && (unsigned char)s[i] < 0x80) i++;
    *outlen = len;
    if (i == len) return s;
    char *out = ft_gc_alloc((size_t)len + 1, FT_GC_ATOMIC);
    if (!out) return NULL;
    memcpy(out, s, (size_t)i);
    ft_ssize k = i;
    const char *p = s + i, *end = s + len;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) { out[k++] = (char)c; p++; continue; }
        uint32_t cp;
        int n = ft_utf8_decode_one(p, end, &cp);
        if (n <= 0) { out[k++] = '?'; p++; continue; }
        int d = ft_ucd_decimal(cp);
        if (d >= 0) out[k++] = (char)('0' + d);
        else if (ft_ucd_isspace(cp)) out[k++] = ' ';
        else out[k++] = '?';
        p += n;
    }
    out[k] = 0;
    *outlen = k;
    return out;
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static ft_obj *invalid_literal(const char *s, ft_ssize len, int base, ft_obj *orig) {
    ft_obj *src = orig;
    if (!src) {
        src = ft_str_new(s, len);
        if (!src) {
            ft_err_clear();
            src = ft_bytes_new(s, len);
            if (!src) return NULL;
        }
    }
    ft_obj *r = ft_repr(src);
    if (!r) return NULL;
    if (ft_str_len(r) > 200) r = ft_str_substr(r, 0, 200);
    if (!r) return NULL;
    return ft_err_format(ft_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
}

ft_obj *ft_int_from_text(const char *s0, ft_ssize len0, int base, ft_obj *orig) {
    const char *s = s0;
    ft_ssize len = len0;
    if (!orig || ft_str_check(orig)) {
        s = ft_num_text_to_ascii(s0, len0, &len);
        if (!s) return NULL;
    }
    const char *p = s, *end = s + len;
    int n;
    int orig_base = base;
    while (p < end && (n = space_at(p, end)) > 0) p += n;
    while (end > p) {
        /* trailing whitespace: scan back to a character start */
        const char *q = end - 1;
        while (q > p && ((unsigned char)*q & 0xC0) == 0x80) q--;
        if ((n = space_at(q, end)) > 0 && q + n == end) end = q;
        else break;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    bool prefixed = false;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { base = pb; p += 2; prefixed = true; }
    }
    bool leading_zero_rule = false;
    if (base == 0) { base = 10; leading_zero_rule = true; }
    /* digits: [_]? d ( [_] d )*  (leading '_' only after a prefix) */
    if (prefixed && p < end && *p == '_') p++;
    char *digits = ft_gc_alloc((size_t)(end - p) + 1, FT_GC_ATOMIC);
    if (!digits) return NULL;
    ft_ssize nd = 0;
    bool nonzero = false;
    while (p < end) {
        int d = digit_value((unsigned char)*p);
        if (d >= base) goto bad;
        digits[nd++] = *p;
        if (d) nonzero = true;
        p++;
        if (p < end && *p == '_') {
            p++;
            if (p == end || *p == '_') goto bad;
        }
    }
    if (nd == 0) goto bad;
    if (leading_zero_rule && !prefixed && digits[0] == '0' && nonzero) goto bad;
    digits[nd] = 0;
    if ((base & (base - 1)) != 0) {
        int64_t limit = ft_int_max_str_digits();
        if (limit > 0 && nd > limit)
            return ft_err_format(ft_exc_ValueError,
                "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; "
                "use sys.set_int_max_str_digits() to increase the limit", (long long)limit, (long long)nd);
    }
    if (base == 10 && nd <= 18) {
        int64_t v = 0;
        for (ft_ssize i = 0; i < nd; i++) v = v * 10 + (digits[i] - '0');
        return ft_smallint(neg ? -v : v);
    }
    mpz_t z;
    mpz_init(z);
    if (mpz_set_str(z, digits, base) != 0) goto bad;
    if (neg) mpz_neg(z, z);
    return ft_int_from_mpz_steal(z);
bad:
    return invalid_literal(s0, len0, orig_base, orig);
}

ft_obj *ft_int_from_str(const char *s, size_t len, int base) {
    if ((base != 0 && base < 2) || base > 36) {
        ft_err_set_str(ft_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    return ft_int_from_text(s, (ft_ssize)len, base, NULL);
}

/* ---- __format__ ---------------------------------------------------------- */
static const char *int_type_name(ft_obj *self) { return ft_type_name(FT_TYPE(self)); }

ft_obj *ft_int_format(ft_obj *self, ft_obj *spec_obj) {
    if (!spec_obj || FT_STR(spec_obj)->nbytes == 0) return ft_str(self);
    ft_format_spec spec;
    const char *tname = int_type_name(self);
    if (ft_format_spec_parse(spec_obj, tname, '>', &spec) < 0) return NULL;
    uint32_t type = spec.type;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        /* float(self): a subclass's __float__ counts, as in CPython */
        double d = ft_int_check_exact(self) || self->ob_type == &ft_bool_type
                       ? ft_int_as_double(self) : ft_float_as_double(self);
        if (d == -1.0 && ft_err_occurred()) return NULL;
        return ft_format_double(d, &spec, tname);
    }
    case 0: type = 'd'; break;
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    default:
        return ft_format_unknown_code(type, tname);
    }
    if (spec.precision >= 0) {
        ft_err_set_str(ft_exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (spec.no_neg_zero) {
        ft_err_set_str(ft_exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (type == 'c') {
        if (spec.sign) {
            ft_err_set_str(ft_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (spec.alternate) {
            ft_err_set_str(ft_exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int64_t v;
        int of;
        if (ft_int_as_i64_overflow(self, &v, &of) < 0) return NULL;
        if (of) {
            ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (v < 0 || v > 0x10FFFF) {
            ft_err_set_str(ft_exc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char enc[4];
        int n = ft_utf8_encode_one((uint32_t)v, enc);
        ft_strbuf out;
        ft_strbuf_init(&out);
        ft_format_spec s2 = spec;
        if (s2.align == '=') s2.align = '>';
        if (ft_format_pad(&out, enc, n, 1, &s2) < 0) return NULL;
        return ft_strbuf_finish(&out);
    }
    int base = 10;
    const char *prefix = NULL;
    switch (type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!spec.alternate) prefix = NULL;
    bool neg;
    size_t len;
    char *d = int_text(self, base, &neg, &len);
    if (!d) return NULL;
    if (type == 'X')
        for (size_t i = 0; i < len; i++)
            if (d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 32);
    return ft_format_number(&spec, neg, prefix, d, (ft_ssize)len, NULL, 0);
}
