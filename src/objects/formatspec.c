/* formatspec.c -- parser for the format-spec mini-language and the padding /
 * grouping helpers every numeric __format__ (and str.__format__) uses.
 *
 * Invariants: the parser never allocates except to raise an error; the
 * builders append to a caller-owned ft_strbuf (local to one thread). No
 * global state, so no locking.
 */
#include "core/ftcore.h"
#include "objects/formatspec.h"

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

ft_obj *ft_format_unknown_code(uint32_t type, const char *type_name) {
    if (type > 32 && type < 128)
        return ft_err_format(ft_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                             (int)type, type_name);
    return ft_err_format(ft_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                         (unsigned)type, type_name);
}

static int invalid_sep(char sep, uint32_t type) {
    if (type > 32 && type < 128)
        ft_err_format(ft_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        ft_err_format(ft_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    return -1;
}

/* Parse a decimal run; -1 with ValueError on overflow. *n = -1 if no digits. */
static int parse_number(const char *s, ft_ssize len, ft_ssize *pos, ft_ssize *n) {
    ft_ssize v = 0, start = *pos;
    while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (v > (INTPTR_MAX - d) / 10) {
            ft_err_set_str(ft_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
    }
    *n = *pos > start ? v : -1;
    return 0;
}

int ft_format_spec_parse_utf8(const char *s, ft_ssize len, const char *type_name,
                              char default_align, ft_format_spec *f) {
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->align = default_align;
    f->width = -1;
    f->precision = -1;
    f->group_size = 3;
    ft_ssize pos = 0;
    bool fill_given = false;

    /* [[fill]align]: the fill may be any code point, so decode the first one. */
    uint32_t c0 = 0;
    int n0 = 0;
    if (len > 0) {
        n0 = ft_utf8_decode_one(s, s + len, &c0);
        if (n0 <= 0) { c0 = (unsigned char)s[0]; n0 = 1; }
    }
    if (len > n0 && is_align((unsigned char)s[n0])) {
        f->fill = c0;
        fill_given = true;
        f->align = s[n0];
        f->align_given = true;
        pos = n0 + 1;
    } else if (len > 0 && is_align(c0)) {
        f->align = (char)c0;
        f->align_given = true;
        pos = 1;
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
    if (pos < len && s[pos] == 'z') { f->no_neg_zero = true; pos++; }
    if (pos < len && s[pos] == '#') { f->alternate = true; pos++; }
    if (!fill_given && pos < len && s[pos] == '0') {
        f->fill = '0';
        f->zero_flag = true;
        if (!f->align_given && default_align == '>') f->align = '=';
        pos++;
    }
    if (parse_number(s, len, &pos, &f->width) < 0) return -1;
    if (pos < len && s[pos] == ',') { f->thousands = ','; pos++; }
    if (pos < len && s[pos] == '_') {
        if (f->thousands) { ft_err_set_str(ft_exc_ValueError, "Cannot specify both ',' and '_'."); return -1; }
        f->thousands = '_';
        pos++;
    }
    if (pos < len && s[pos] == ',' && f->thousands == '_') {
        ft_err_set_str(ft_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < len && s[pos] == '.') {
        pos++;
        if (parse_number(s, len, &pos, &f->precision) < 0) return -1;
        if (f->precision < 0) {
            ft_err_set_str(ft_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (pos < len) {
        uint32_t t;
        int n = ft_utf8_decode_one(s + pos, s + len, &t);
        if (n <= 0 || pos + n != len) {
            ft_obj *spec = ft_str_new(s, len);
            if (!spec) return -1;
            ft_err_format(ft_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                          spec, type_name);
            return -1;
        }
        f->type = t;
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') { f->group_size = 4; break; }
            return invalid_sep(f->thousands, f->type);
        default:
            return invalid_sep(f->thousands, f->type);
        }
    }
    return 0;
}

int ft_format_spec_parse(ft_obj *spec, const char *type_name, char default_align, ft_format_spec *out) {
    if (!spec) return ft_format_spec_parse_utf8("", 0, type_name, default_align, out);
    return ft_format_spec_parse_utf8(ft_str_utf8(spec), FT_STR(spec)->nbytes, type_name, default_align, out);
}

static int append_fill(ft_strbuf *out, uint32_t fill, ft_ssize n) {
    if (n <= 0) return 0;
    if (fill < 128) {
        char tmp[64];
        memset(tmp, (int)fill, sizeof tmp);
        while (n > 0) {
            ft_ssize k = n > (ft_ssize)sizeof tmp ? (ft_ssize)sizeof tmp : n;
            if (ft_strbuf_append(out, tmp, k) < 0) return -1;
            n -= k;
        }
        return 0;
    }
    while (n-- > 0)
        if (ft_strbuf_append_codepoint(out, fill) < 0) return -1;
    return 0;
}

int ft_format_pad(ft_strbuf *out, const char *body, ft_ssize nbytes, ft_ssize ncp,
                  const ft_format_spec *spec) {
    ft_ssize pad = spec->width > ncp ? spec->width - ncp : 0;
    ft_ssize left = 0, right = 0;
    switch (spec->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    default: left = pad; break;
    }
    if (append_fill(out, spec->fill, left) < 0) return -1;
    if (ft_strbuf_append(out, body, nbytes) < 0) return -1;
    return append_fill(out, spec->fill, right);
}

/* Group `digits` right to left with `sep` every `g` digits, zero-extended to
 * at least min_width characters (never starting with a separator). Writes
 * into a GC buffer returned through *res. */
static char *group_digits(const char *digits, ft_ssize n, char sep, int g, ft_ssize min_width,
                          ft_ssize *outlen) {
    ft_ssize cap = n + n / (g ? g : 1) + 2 + (min_width > 0 ? min_width + min_width / (g ? g : 1) : 0);
    char *buf = ft_gc_alloc((size_t)cap + 1, FT_GC_ATOMIC);
    if (!buf) return NULL;
    ft_ssize w = cap;           /* write backwards */
    int ingroup = 0;
    ft_ssize len = 0;
    for (ft_ssize i = n - 1; i >= 0; i--) {
        if (sep && ingroup == g) { buf[--w] = sep; len++; ingroup = 0; }
        buf[--w] = digits[i];
        len++;
        ingroup++;
    }
    while (len < min_width) {
        if (sep && ingroup == g) { buf[--w] = sep; len++; ingroup = 0; }
        buf[--w] = '0';
        len++;
        ingroup++;
    }
    *outlen = len;
    return buf + w;
}

int ft_format_number_into(ft_strbuf *out, const ft_format_spec *spec, bool negative, bool force_sign,
                          const char *prefix, const char *digits, ft_ssize ndigits,
                          const char *rest, ft_ssize nrest, ft_ssize min_digits) {
    char signc = 0;
    if (negative) signc = '-';
    else if (spec->sign == '+' || force_sign) signc = '+';
    else if (spec->sign == ' ') signc = ' ';
    if (signc && ft_strbuf_append(out, &signc, 1) < 0) return -1;
    if (prefix && ft_strbuf_append_cstr(out, prefix) < 0) return -1;
    ft_ssize glen;
    const char *g = digits;
    glen = ndigits;
    if (spec->thousands || min_digits > ndigits) {
        g = group_digits(digits, ndigits, spec->thousands, spec->group_size, min_digits, &glen);
        if (!g) return -1;
    }
    if (ft_strbuf_append(out, g, glen) < 0) return -1;
    if (nrest && ft_strbuf_append(out, rest, nrest) < 0) return -1;
    return 0;
}

ft_obj *ft_format_number(const ft_format_spec *spec, bool negative, const char *prefix,
                         const char *digits, ft_ssize ndigits, const char *rest, ft_ssize nrest) {
    ft_ssize nsign = (negative || spec->sign == '+' || spec->sign == ' ') ? 1 : 0;
    ft_ssize nprefix = prefix ? (ft_ssize)strlen(prefix) : 0;
    ft_ssize min_digits = 0;
    bool zero_fill_grouped = spec->align == '=' && spec->fill == '0' && spec->thousands;
    if (zero_fill_grouped && spec->width > 0)
        min_digits = spec->width - nsign - nprefix - nrest;
    ft_strbuf body;
    ft_strbuf_init(&body);
    if (ft_format_number_into(&body, spec, negative, false, prefix, digits, ndigits, rest, nrest,
                              min_digits) < 0)
        return NULL;
    ft_ssize len = body.len;  /* ASCII so far: bytes == code points */
    if (spec->width <= len) return ft_strbuf_finish(&body);
    ft_strbuf out;
    ft_strbuf_init(&out);
    if (spec->align == '=') {
        ft_ssize head = nsign + nprefix;
        if (ft_strbuf_append(&out, body.buf, head) < 0) return NULL;
        if (append_fill(&out, spec->fill, spec->width - len) < 0) return NULL;
        if (ft_strbuf_append(&out, body.buf + head, len - head) < 0) return NULL;
    } else if (ft_format_pad(&out, body.buf, len, len, spec) < 0) {
        return NULL;
    }
    return ft_strbuf_finish(&out);
}
