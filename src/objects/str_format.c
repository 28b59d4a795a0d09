/* str_format.c -- str.format / str.format_map (PEP 3101 replacement fields)
 * and str.__format__ with the format-spec mini-language.
 *
 * Pure functions of immutable strings: no locking. Recursion through
 * nested format specs is bounded (CPython's limit of 2 levels) and user
 * __format__/__getitem__/__getattr__ calls happen without any lock held.
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"
#include "objects/formatspec.h"

#define S(o) FT_STR(o)

/* ------------------------------------------------------------------------ */
/* str.__format__: the spec is parsed by the shared formatspec.c parser.    */

static ft_obj *format_str_spec(ft_obj *s, ft_obj *spec)
{
    if (S(spec)->length == 0) {
        if (ft_str_check_exact(s)) return s;
        return ft_str_new_trusted(S(s)->data, S(s)->nbytes, S(s)->length);
    }
    ft_format_spec f;
    if (ft_format_spec_parse(spec, "str", '<', &f) < 0) return NULL;
    if (f.type && f.type != 's') return ft_format_unknown_code(f.type, "str");
    if (f.thousands) {
        ft_err_format(ft_exc_ValueError, "Cannot specify '%c' with 's'.", f.thousands);
        return NULL;
    }
    if (f.sign) {
        ft_err_set_str(ft_exc_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                        : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_zero) {
        ft_err_set_str(ft_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        ft_err_set_str(ft_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        ft_err_set_str(ft_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    ft_ssize ncp = S(s)->length, nb = S(s)->nbytes;
    if (f.precision >= 0 && f.precision < ncp) {
        nb = ft_str_byte_offset(s, f.precision);
        ncp = f.precision;
    }
    if (f.width <= ncp && nb == S(s)->nbytes && ft_str_check_exact(s)) return s;
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (ft_format_pad(&b, S(s)->data, nb, ncp, &f) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

ft_obj *ft_str_format_spec(ft_obj *s, ft_obj *spec)
{
    return format_str_spec(s, spec);
}

ft_obj *ft_str_method___format__(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "__format__() argument must be str, not %s", ft_text_argtype(args[0]));
    return format_str_spec(self, args[0]);
}

/* ------------------------------------------------------------------------ */
/* str.format                                                                 */

typedef struct fmt_ctx {
    ft_obj *const *args;
    size_t nargs;
    ft_obj *kwnames;      /* format(): keyword names (tuple) or NULL */
    ft_obj *const *kwvals;
    ft_obj *mapping;      /* format_map(): the mapping */
    int auto_state;       /* 0 unknown, 1 auto, 2 manual */
    ft_ssize auto_next;
} fmt_ctx;

static ft_obj *lookup_kw(fmt_ctx *ctx, ft_obj *key)
{
    if (ctx->mapping) return ft_getitem(ctx->mapping, key);
    if (ctx->kwnames) {
        for (ft_ssize i = 0; i < ft_tuple_size(ctx->kwnames); i++)
            if (ft_str_eq(ft_tuple_get(ctx->kwnames, i), key)) return ctx->kwvals[i];
    }
    ft_err_set_obj(ft_exc_KeyError, key);
    return NULL;
}

static ft_obj *lookup_pos(fmt_ctx *ctx, ft_ssize idx)
{
    if (ctx->mapping) {
        ft_err_set_str(ft_exc_ValueError, "Format string contains positional fields");
        return NULL;
    }
    if (idx >= (ft_ssize)ctx->nargs)
        return ft_err_format(ft_exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
    return ctx->args[idx];
}

/* digits only -> value, else -1; -2 on overflow (error set) */
static ft_ssize parse_index(const uint32_t *c, ft_ssize n)
{
    if (n == 0) return -1;
    ft_ssize v = 0;
    for (ft_ssize i = 0; i < n; i++) {
        if (c[i] < '0' || c[i] > '9') return -1;
        if (v > (FT_SMALLINT_MAX - 9) / 10) {
            ft_err_set_str(ft_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (c[i] - '0');
    }
    return v;
}

/* Resolve a field name (c[0..n)) to an object. */
static ft_obj *get_field(fmt_ctx *ctx, const uint32_t *c, ft_ssize n)
{
    ft_ssize i = 0;
    while (i < n && c[i] != '.' && c[i] != '[') i++;
    ft_obj *obj;
    if (i == 0) {
        if (ctx->auto_state == 2) {
            ft_err_set_str(ft_exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        ctx->auto_state = 1;
        obj = lookup_pos(ctx, ctx->auto_next++);
    } else {
        ft_ssize idx = parse_index(c, i);
        if (idx == -2) return NULL;
        if (idx >= 0) {
            if (ctx->auto_state == 1) {
                ft_err_set_str(ft_exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
                return NULL;
            }
            ctx->auto_state = 2;
            obj = lookup_pos(ctx, idx);
        } else {
            ft_obj *key = ft_str_from_ucs4_trusted(c, i);
            if (!key) return NULL;
            obj = lookup_kw(ctx, key);
        }
    }
    if (!obj) return NULL;
    while (i < n) {
        if (c[i] == '.') {
            ft_ssize s = ++i;
            while (i < n && c[i] != '.' && c[i] != '[') i++;
            if (i == s) {
                ft_err_set_str(ft_exc_ValueError, "Empty attribute in format string");
                return NULL;
            }
            ft_obj *name = ft_str_from_ucs4_trusted(c + s, i - s);
            if (!name) return NULL;
            obj = ft_getattr(obj, name);
        } else if (c[i] == '[') {
            ft_ssize s = ++i;
            while (i < n && c[i] != ']') i++;
            if (i >= n) {
                ft_err_set_str(ft_exc_ValueError, "Missing ']' in format string");
                return NULL;
            }
            if (i == s) {
                ft_err_set_str(ft_exc_ValueError, "Empty attribute in format string");
                return NULL;
            }
            ft_ssize idx = parse_index(c + s, i - s);
            if (idx == -2) return NULL;
            ft_obj *key = idx >= 0 ? ft_int_from_i64(idx) : ft_str_from_ucs4_trusted(c + s, i - s);
            if (!key) return NULL;
            i++;
            obj = ft_getitem(obj, key);
            if (obj && i < n && c[i] != '.' && c[i] != '[') {
                ft_err_set_str(ft_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return NULL;
            }
        } else {
            ft_err_set_str(ft_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            return NULL;
        }
        if (!obj) return NULL;
    }
    return obj;
}

static int render(ft_strbuf *b, fmt_ctx *ctx, const uint32_t *c, ft_ssize n, int depth);

static ft_obj *expand_spec(fmt_ctx *ctx, const uint32_t *c, ft_ssize n, int depth)
{
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (render(&b, ctx, c, n, depth) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

static int render(ft_strbuf *b, fmt_ctx *ctx, const uint32_t *c, ft_ssize n, int depth)
{
    if (depth <= 0) {
        ft_err_set_str(ft_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    if (ft_check_c_stack("str.format") < 0) return -1;
    ft_ssize i = 0;
    while (i < n) {
        uint32_t ch = c[i];
        if (ch == '}') {
            if (i + 1 < n && c[i + 1] == '}') {
                if (ft_strbuf_append_codepoint(b, '}') < 0) return -1;
                i += 2;
                continue;
            }
            ft_err_set_str(ft_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (ch != '{') {
            if (ft_strbuf_append_codepoint(b, ch) < 0) return -1;
            i++;
            continue;
        }
        if (i + 1 < n && c[i + 1] == '{') {
            if (ft_strbuf_append_codepoint(b, '{') < 0) return -1;
            i += 2;
            continue;
        }
        if (i + 1 >= n) {
            ft_err_set_str(ft_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        /* a replacement field */
        i++;
        ft_ssize name_start = i;
        bool in_bracket = false;
        while (i < n) {
            uint32_t d = c[i];
            if (in_bracket) { if (d == ']') in_bracket = false; }
            else if (d == '[') in_bracket = true;
            else if (d == '}' || d == '!' || d == ':' || d == '{') break;
            i++;
        }
        if (i >= n) {
            ft_err_set_str(ft_exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (c[i] == '{') {
            ft_err_set_str(ft_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        ft_ssize name_end = i;
        uint32_t conv = 0;
        if (c[i] == '!') {
            i++;
            if (i >= n) {
                ft_err_set_str(ft_exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            conv = c[i++];
            if (i >= n) {
                ft_err_set_str(ft_exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            if (c[i] != ':' && c[i] != '}') {
                ft_err_set_str(ft_exc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
        ft_ssize spec_start = i, spec_end = i;
        if (c[i] == ':') {
            i++;
            spec_start = i;
            int count = 1;
            while (i < n) {
                if (c[i] == '{') count++;
                else if (c[i] == '}') { if (--count == 0) break; }
                i++;
            }
            if (i >= n) {
                ft_err_set_str(ft_exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            spec_end = i;
        }
        i++;  /* the closing '}' */
        ft_obj *obj = get_field(ctx, c + name_start, name_end - name_start);
        if (!obj) return -1;
        if (conv) {
            switch (conv) {
            case 'r': obj = ft_repr(obj); break;
            case 's': obj = ft_str(obj); break;
            case 'a': obj = ft_ascii(obj); break;
            default:
                if (conv < 0x80 && conv > ' ')
                    ft_err_format(ft_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
                else
                    ft_err_format(ft_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
                return -1;
            }
            if (!obj) return -1;
        }
        ft_obj *spec;
        bool nested = false;
        for (ft_ssize k = spec_start; k < spec_end; k++)
            if (c[k] == '{' || c[k] == '}') { nested = true; break; }
        if (nested) spec = expand_spec(ctx, c + spec_start, spec_end - spec_start, depth - 1);
        else spec = ft_str_from_ucs4_trusted(c + spec_start, spec_end - spec_start);
        if (!spec) return -1;
        ft_obj *out;
        if (ft_str_check_exact(obj) && S(spec)->length == 0) out = obj;
        else out = ft_format(obj, spec);
        if (!out) return -1;
        if (ft_strbuf_append_str(b, out) < 0) return -1;
    }
    return 0;
}

static ft_obj *do_format(ft_obj *self, fmt_ctx *ctx)
{
    ft_ssize n;
    uint32_t *c = ft_str_to_ucs4(self, &n);
    if (!c) return NULL;
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (render(&b, ctx, c, n, 2) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

ft_obj *ft_str_method_format(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    fmt_ctx ctx = {args, nargs, kwnames && ft_tuple_size(kwnames) ? kwnames : NULL, args + nargs, NULL, 0, 0};
    return do_format(self, &ctx);
}

ft_obj *ft_str_method_format_map(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("format_map", nargs, kwnames, 1, 1) < 0) return NULL;
    fmt_ctx ctx = {NULL, 0, NULL, NULL, args[0], 0, 0};
    return do_format(self, &ctx);
}
