/* float_repr.c -- double <-> text: shortest round-trip repr, the 'e f g %'
 * presentation types of the format mini-language, and parsing of float
 * literals (float(str), complex(str)).
 *
 * Digits come from the C library's printf/strtod, which glibc implements
 * with exact (correctly rounded) arithmetic; the shortest repr tries
 * increasing precisions until the text reads back as the same double.
 * Pure functions: no shared state, no locks.
 */
#include "core/ftcore.h"
#include "objects/numbers_impl.h"
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Does some p-digit decimal read back as a? The correctly rounded one is
 * tried first; when it misses (this happens at powers of two, where the
 * rounding interval is lopsided) the p-digit neighbour on the other side
 * of a may still hit, and it is then the only p-digit candidate. On
 * success mant and exp10 hold it (value = mant * 10**exp10). */
static bool digits_roundtrip(double a, int p, uint64_t *mant, int *exp10) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, a);
    double w = strtod(buf, NULL);
    char *e = strchr(buf, 'e');
    uint64_t m = 0;
    for (char *q = buf; q < e; q++)
        if (*q >= '0' && *q <= '9') m = m * 10 + (uint64_t)(*q - '0');
    int x = atoi(e + 1) - (p - 1);
    if (w == a || p >= 17) { *mant = m; *exp10 = x; return true; }
    uint64_t m2 = w < a ? m + 1 : m - 1;
    if (m2 == 0) return false;
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m2, x);
    if (strtod(buf, NULL) != a) return false;
    *mant = m2;
    *exp10 = x;
    return true;
}

/* Shortest digit string that reads back as v. A double carries 15.95
 * decimal digits, so 15-digit decimals are spaced wider than two doubles:
 * if any decimal of at most 15 digits reads back as v, it is the correctly
 * rounded 15-digit one with its trailing zeros dropped. Hence one probe at
 * 15 digits settles every "short" value, and otherwise 16 or 17 digits are
 * needed ("some p-digit string reads back" is monotonic in p). Subnormals
 * have fewer significant bits, so there the digit count is searched. */
int ft_double_shortest(double v, char *digits, int *decpt) {
    double a = fabs(v);
    uint64_t mant = 0;
    int exp10 = 0;
    if (a < DBL_MIN) {
        /* Subnormals carry fewer digits: binary search over 1..17. */
        int lo = 1, hi = 17, x;
        uint64_t m;
        digits_roundtrip(a, 17, &mant, &exp10);
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (digits_roundtrip(a, mid, &m, &x)) { hi = mid; mant = m; exp10 = x; }
            else lo = mid + 1;
        }
    } else if (!digits_roundtrip(a, 15, &mant, &exp10) && !digits_roundtrip(a, 16, &mant, &exp10)) {
        digits_roundtrip(a, 17, &mant, &exp10);
    }
    char tmp[24];
    int n = 0;
    for (uint64_t u = mant; n == 0 || u; u /= 10)
        tmp[n++] = (char)('0' + u % 10);
    for (int i = 0; i < n / 2; i++) {
        char c = tmp[i];
        tmp[i] = tmp[n - 1 - i];
        tmp[n - 1 - i] = c;
    }
    int total = n;
    while (n > 1 && tmp[n - 1] == '0') n--;
    memcpy(digits, tmp, (size_t)n);
    digits[n] = 0;
    *decpt = total + exp10;
    return n;
}

/* Lay out shortest digits in 'r' style. */
static size_t layout_repr(char *out, const char *digits, int nd, int decpt, bool add_dot_0) {
    size_t k = 0;
    if (decpt <= -4 || decpt > 16) {
        out[k++] = digits[0];
        if (nd > 1) {
            out[k++] = '.';
            memcpy(out + k, digits + 1, (size_t)nd - 1);
            k += (size_t)nd - 1;
        }
        k += (size_t)sprintf(out + k, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++) out[k++] = '0';
        memcpy(out + k, digits, (size_t)nd);
        k += (size_t)nd;
    } else if (decpt >= nd) {
        memcpy(out + k, digits, (size_t)nd);
        k += (size_t)nd;
        for (int i = nd; i < decpt; i++) out[k++] = '0';
        if (add_dot_0) { out[k++] = '.'; out[k++] = '0'; }
    } else {
        memcpy(out + k, digits, (size_t)decpt);
        k += (size_t)decpt;
        out[k++] = '.';
        memcpy(out + k, digits + decpt, (size_t)(nd - decpt));
        k += (size_t)(nd - decpt);
    }
    out[k] = 0;
    return k;
}

void ft_double_repr(double v, char *buf, size_t size) {
    char tmp[64];
    if (isnan(v)) { snprintf(buf, size, "nan"); return; }
    if (isinf(v)) { snprintf(buf, size, v > 0 ? "inf" : "-inf"); return; }
    if (v == 0) { snprintf(buf, size, signbit(v) ? "-0.0" : "0.0"); return; }
    char digits[24];
    int decpt;
    int nd = ft_double_shortest(v, digits, &decpt);
    size_t k = 0;
    if (v < 0) tmp[k++] = '-';
    layout_repr(tmp + k, digits, nd, decpt, true);
    snprintf(buf, size, "%s", tmp);
}

char *ft_dtoa(double a, char type, int precision, int flags, ft_ssize *len) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char *buf;
    if (!isfinite(a)) {
        buf = ft_gc_alloc(8, FT_GC_ATOMIC);
        if (!buf) return NULL;
        strcpy(buf, isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        *len = 3;
        return buf;
    }
    a = fabs(a);
    if (type == 'r') {
        buf = ft_gc_alloc(48, FT_GC_ATOMIC);
        if (!buf) return NULL;
        if (a == 0) {
            strcpy(buf, (flags & FT_DTOA_ADD_DOT_0) ? "0.0" : "0");
        } else {
            char digits[24];
            int decpt;
            int nd = ft_double_shortest(a, digits, &decpt);
            layout_repr(buf, digits, nd, decpt, (flags & FT_DTOA_ADD_DOT_0) != 0);
        }
        if ((flags & FT_DTOA_ALT) && !strchr(buf, '.')) {
            char *e = strchr(buf, 'e');
            if (e) { memmove(e + 1, e, strlen(e) + 1); *e = '.'; }
            else strcat(buf, ".");
        }
        *len = (ft_ssize)strlen(buf);
        return buf;
    }
    if (precision < 0) precision = 6;
    size_t cap = (size_t)precision + 360;
    buf = ft_gc_alloc(cap, FT_GC_ATOMIC);
    if (!buf) return NULL;
    bool alt = (flags & FT_DTOA_ALT) != 0;
    char lt = (char)(type | 0x20);
    if (lt == 'f') {
        snprintf(buf, cap, alt ? "%#.*f" : "%.*f", precision, a);
    } else if (lt == 'e') {
        snprintf(buf, cap, alt ? "%#.*e" : "%.*e", precision, a);
        if (upper) for (char *q = buf; *q; q++) if (*q == 'e') *q = 'E';
    } else {  /* 'g', 'n', or the none type with a precision */
        int p = precision == 0 ? 1 : precision;
        bool none = (flags & FT_DTOA_NONE_TYPE) != 0;
        /* decimal exponent after rounding to p digits */
        snprintf(buf, cap, "%.*e", p - 1, a);
        int x = atoi(strchr(buf, 'e') + 1);
        int thresh = none ? p - 1 : p;
        if (x < -4 || x >= thresh) {
            snprintf(buf, cap, "%.*e", p - 1, a);
            if (!alt) {
                /* strip trailing zeros of the mantissa */
                char *e = strchr(buf, 'e');
                char *m = e;
                if (memchr(buf, '.', (size_t)(e - buf))) {
                    while (m > buf && m[-1] == '0') m--;
                    if (m > buf && m[-1] == '.') m--;
                }
                memmove(m, e, strlen(e) + 1);
            } else if (!strchr(buf, '.')) {
                char *e = strchr(buf, 'e');
                memmove(e + 1, e, strlen(e) + 1);
                *e = '.';
            }
            if (upper) for (char *q = buf; *q; q++) if (*q == 'e') *q = 'E';
        } else {
            int decimals = p - 1 - (a == 0 ? 0 : x);
            if (decimals < 0) decimals = 0;
            snprintf(buf, cap, "%.*f", decimals, a);
            if (!alt) {
                if (strchr(buf, '.')) {
                    size_t n = strlen(buf);
                    while (n > 0 && buf[n - 1] == '0') n--;
                    if (n > 0 && buf[n - 1] == '.') n--;
                    buf[n] = 0;
                }
                if ((flags & FT_DTOA_ADD_DOT_0) && !strchr(buf, '.')) strcat(buf, ".0");
            } else if (!strchr(buf, '.')) {
                strcat(buf, ".");
            }
        }
    }
    *len = (ft_ssize)strlen(buf);
    return buf;
}

ft_obj *ft_format_double(double v, const ft_format_spec *spec0, const char *type_name) {
    ft_format_spec spec = *spec0;
    uint32_t type = spec.type;
    int flags = spec.alternate ? FT_DTOA_ALT : 0;
    char t;
    int precision = (int)spec.precision;
    if (spec.precision > 0x7fffffff / 2) {
        ft_err_set_str(ft_exc_ValueError, "precision too big");
        return NULL;
    }
    switch (type) {
    case 0:
        if (precision < 0) { t = 'r'; flags |= FT_DTOA_ADD_DOT_0; }
        else { t = 'g'; flags |= FT_DTOA_NONE_TYPE | FT_DTOA_ADD_DOT_0; }
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': t = (char)type; break;
    case 'n': t = 'g'; break;
    case '%': t = 'f'; v *= 100; break;
    default:
        return ft_format_unknown_code(type, type_name);
    }
    if (precision < 0 && t != 'r') precision = 6;
    if (!isfinite(v)) spec.thousands = 0;   /* no digits to group */
    bool neg = signbit(v) && !isnan(v);
    ft_ssize len;
    char *body = ft_dtoa(v, t, precision, flags, &len);
    if (!body) return NULL;
    if (neg && spec.no_neg_zero && isfinite(v)) {
        bool allzero = true;
        for (ft_ssize i = 0; i < len; i++) {
            if (body[i] == 'e' || body[i] == 'E') break;
            if (body[i] >= '1' && body[i] <= '9') { allzero = false; break; }
        }
        if (allzero) neg = false;
    }
    /* integral digits, then the rest */
    ft_ssize nint = 0;
    while (nint < len && body[nint] >= '0' && body[nint] <= '9') nint++;
    if (!isfinite(v)) nint = 0;
    char *rest = body + nint;
    ft_ssize nrest = len - nint;
    if (type == '%') {
        char *r2 = ft_gc_alloc((size_t)nrest + 2, FT_GC_ATOMIC);
        if (!r2) return NULL;
        memcpy(r2, rest, (size_t)nrest);
        r2[nrest++] = '%';
        rest = r2;
    }
    return ft_format_number(&spec, neg, NULL, body, nint, rest, nrest);
}

/* ---- parsing ------------------------------------------------------------- */
static bool ieq(const char *s, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - s) < n) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

ft_ssize ft_parse_float_prefix(const char *s, ft_ssize len, double *out) {
    const char *p = s, *end = s + len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    if (ieq(p, end, "infinity")) { *out = neg ? -INFINITY : INFINITY; return (p + 8) - s; }
    if (ieq(p, end, "inf")) { *out = neg ? -INFINITY : INFINITY; return (p + 3) - s; }
    if (ieq(p, end, "nan")) { *out = neg ? -NAN : NAN; return (p + 3) - s; }
    char small[128];
    char *buf = small;
    if (len + 2 > (ft_ssize)sizeof small) {
        buf = ft_gc_alloc((size_t)len + 2, FT_GC_ATOMIC);
        if (!buf) return -1;
    }
    size_t k = 0;
    if (neg) buf[k++] = '-';
    int nd = 0;
    /* digits with single underscores between digits */
#define DIGITS() do { \
        while (p < end && *p >= '0' && *p <= '9') { \
            buf[k++] = *p++; nd++; \
            if (p + 1 < end && *p == '_' && p[1] >= '0' && p[1] <= '9') p++; \
        } } while (0)
    DIGITS();
    int intd = nd;
    if (p < end && *p == '.') {
        buf[k++] = '.';
        p++;
        if (p < end && *p >= '0' && *p <= '9') DIGITS();
    }
    if (nd == 0) return 0;
    (void)intd;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *save = p;
        size_t ksave = k;
        buf[k++] = 'e';
        p++;
        if (p < end && (*p == '+' || *p == '-')) buf[k++] = *p++;
        int ed = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            buf[k++] = *p++; ed++;
            if (p + 1 < end && *p == '_' && p[1] >= '0' && p[1] <= '9') p++;
        }
        if (ed == 0) { p = save; k = ksave; }
    }
#undef DIGITS
    buf[k] = 0;
    *out = strtod(buf, NULL);
    return p - s;
}
