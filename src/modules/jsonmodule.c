/* jsonmodule.c -- _json: the C accelerator of the json package.
 *
 * Provides what lib/json imports when available: scanstring, make_scanner
 * (the Scanner type), encode_basestring, encode_basestring_ascii and
 * make_encoder (the Encoder type). Semantics and messages follow CPython
 * 3.13's json package; the pure-Python code in lib/json stays the fallback.
 *
 * Decoding works directly on the UTF-8 bytes of the str. Positions inside
 * the scanner are byte offsets; Python-visible positions (returned end
 * indexes, StopIteration values, JSONDecodeError.pos) are code-point
 * indexes, obtained by counting lead bytes (identity for ASCII strings).
 * "Expecting value" is signalled as StopIteration(pos), as CPython does, so
 * json.decoder.raw_decode turns it into JSONDecodeError at that position.
 *
 * Encoding appends to one GC buffer per call and returns it as a 1-tuple
 * (JSONEncoder.encode joins the chunks). Strings are escaped in C when the
 * encoder given is this module's encode_basestring[_ascii]; any other
 * encoder is called and must return str. Exact lists/tuples/dicts are read
 * directly; subclasses go through __iter__ / items(), as in CPython.
 *
 * Thread safety: Scanner and Encoder objects are immutable after creation;
 * every call keeps its state (memo dict, output buffer, depth) on its own C
 * stack, so one object may be used by many threads at once. The markers
 * dict given to make_encoder is shared by whoever shares it (json creates
 * one per iterencode call); it is only touched through the locked dict API.
 * No global mutable state: the two static types are readied once.
 *
 * Recursion: nesting is limited like CPython's C recursion limit (10000
 * levels per call) and by ft_check_c_stack(), raising RecursionError with
 * CPython's messages; never a crash.
 */
#include "core/ftcore.h"
#include "modules/import.h"
#include "objects/numbers_impl.h"

#include <math.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 10000

static const char MSG_DEC_OBJ[] = "while decoding a JSON object from a unicode string";
static const char MSG_DEC_ARR[] = "while decoding a JSON array from a unicode string";
static const char MSG_ENC[] = "while encoding a JSON object";

static int enter_depth(int *depth, const char *where) {
    if (++*depth > JSON_MAX_DEPTH) {
        ft_err_format(ft_exc_RecursionError, "maximum recursion depth exceeded %s", where);
        return -1;
    }
    return ft_check_c_stack(where);
}

/* An index argument ('n' in CPython's argument formats). */
static int as_ssize(ft_obj *o, ft_ssize *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ovf = 0;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (ft_ssize)v;
    return 0;
}

/* ======================================================================== */
/* Decoder                                                                   */
/* ======================================================================== */

typedef struct {
    ft_obj ob;
    bool strict;
    ft_obj *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
} scanner_obj;

extern ft_type ft_json_scanner_type, ft_json_encoder_type;

/* Per-call decoding state. */
typedef struct {
    ft_obj *pystr;
    const unsigned char *buf;
    ft_ssize len;            /* bytes */
    bool ascii;
    bool strict;
    scanner_obj *sc;         /* NULL for scanstring() */
    ft_obj *memo;            /* dict, created lazily */
    int depth;
} dstate;

/* Code-point index of byte offset `b`. */
static ft_ssize cp_index(const dstate *d, ft_ssize b) {
    if (d->ascii)
        return b;
    ft_ssize n = 0;
    for (ft_ssize i = 0; i < b && i < d->len; i++)
        n += (d->buf[i] & 0xC0) != 0x80;
    return n;
}

static ft_ssize count_cps(const unsigned char *p, ft_ssize n) {
    ft_ssize c = 0;
    for (ft_ssize i = 0; i < n; i++)
        c += (p[i] & 0xC0) != 0x80;
    return c;
}

static void raise_errmsg(const dstate *d, const char *msg, ft_ssize bytepos) {
    ft_ssize pos = cp_index(d, bytepos);
    ft_obj *mod = ft_import_module_cstr("json.decoder");
    if (!mod)
        return;
    ft_obj *cls = ft_getattr_cstr(mod, "JSONDecodeError");
    if (!cls)
        return;
    ft_obj *m = ft_str_from_cstr(msg);
    ft_obj *p = ft_int_from_i64(pos);
    if (!m || !p)
        return;
    ft_obj *args[3] = { m, d->pystr, p };
    ft_obj *exc = ft_call(cls, args, 3, NULL);
    if (exc)
        ft_err_set_exc(exc);
}

static void raise_stop(const dstate *d, ft_ssize bytepos) {
    ft_obj *p = ft_int_from_i64(cp_index(d, bytepos));
    if (p)
        ft_err_set_stop_iteration(p);
}

static inline ft_ssize skip_ws(const dstate *d, ft_ssize i) {
    while (i < d->len) {
        unsigned char c = d->buf[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        i++;
    }
    return i;
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Four hex digits at p (caller checked bounds); -1 if not all hex. */
static int hex4(const unsigned char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

/* Output buffer for decoded strings with escapes: GC memory (atomic). */
typedef struct { char *buf; ft_ssize len, cap, ncp; } obuf;

static int ob_reserve(obuf *o, ft_ssize extra) {
    if (o->len + extra + 1 <= o->cap)
        return 0;
    if (extra > ((ft_ssize)1 << 60) - o->len) {
        ft_err_set_str(ft_exc_OverflowError, "string is too large");
        return -1;
    }
    ft_ssize ncap = o->cap ? o->cap * 2 : 256;
    while (ncap < o->len + extra + 1)
        ncap *= 2;
    char *nb = o->buf ? ft_gc_realloc(o->buf, (size_t)o->cap, (size_t)ncap, FT_GC_ATOMIC)
                      : ft_gc_alloc((size_t)ncap, FT_GC_ATOMIC);
    if (!nb) {
        ft_err_no_memory();
        return -1;
    }
    o->buf = nb;
    o->cap = ncap;
    return 0;
}

static inline int ob_put(obuf *o, const char *s, ft_ssize n) {
    if (o->len + n + 1 > o->cap && ob_reserve(o, n) < 0)
        return -1;
    memcpy(o->buf + o->len, s, (size_t)n);
    o->len += n;
    return 0;
}

static inline int ob_putc(obuf *o, char c) {
    if (o->len + 2 > o->cap && ob_reserve(o, 1) < 0)
        return -1;
    o->buf[o->len++] = c;
    return 0;
}

static ft_obj *ob_finish(obuf *o, ft_ssize ncp) {
    return ft_str_new_trusted(o->buf ? o->buf : "", o->len, ncp);
}

/* Scan a JSON string whose opening quote is at byte end-1. */
static ft_obj *scan_string(dstate *d, ft_ssize end, ft_ssize *next_end) {
    const unsigned char *buf = d->buf;
    ft_ssize len = d->len, begin = end - 1;
    bool strict = d->strict;
    ft_ssize p = end;
    /* Fast path: no escapes. */
    while (p < len) {
        unsigned char c = buf[p];
        if (c == '"' || c == '\\')
            break;
        if (c < 0x20 && strict) {
            raise_errmsg(d, "Invalid control character at", p);
            return NULL;
        }
        p++;
    }
    if (p >= len) {
        raise_errmsg(d, "Unterminated string starting at", begin);
        return NULL;
    }
    if (buf[p] == '"') {
        *next_end = p + 1;
        ft_ssize n = p - end;
        return ft_str_new_trusted((const char *)buf + end, n, d->ascii ? n : count_cps(buf + end, n));
    }
    obuf o = { 0 };
    ft_ssize ncp = 0;
    if (ob_put(&o, (const char *)buf + end, p - end) < 0)
        return NULL;
    ncp += d->ascii ? p - end : count_cps(buf + end, p - end);
    for (;;) {
        /* here buf[p] is '"' or '\\' */
        if (buf[p] == '"') {
            *next_end = p + 1;
            return ob_finish(&o, ncp);
        }
        p++;
        if (p >= len) {
            raise_errmsg(d, "Unterminated string starting at", begin);
            return NULL;
        }
        unsigned char c = buf[p];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                raise_errmsg(d, "Invalid \\escape", p - 1);
                return NULL;
            }
            if (ob_putc(&o, out) < 0)
                return NULL;
            ncp++;
            p++;
        } else {
            ft_ssize h = p + 1;  /* first hex digit */
            if (h + 4 >= len) {
                raise_errmsg(d, "Invalid \\uXXXX escape", p);
                return NULL;
            }
            int cp = hex4(buf + h);
            if (cp < 0) {
                raise_errmsg(d, "Invalid \\uXXXX escape", p);
                return NULL;
            }
            p = h + 4;
            uint32_t ucp = (uint32_t)cp;
            if (cp >= 0xD800 && cp <= 0xDBFF && p + 6 < len && buf[p] == '\\' && buf[p + 1] == 'u') {
                int c2 = hex4(buf + p + 2);
                if (c2 < 0) {
                    raise_errmsg(d, "Invalid \\uXXXX escape", p + 1);
                    return NULL;
                }
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                    ucp = 0x10000 + (((uint32_t)(cp - 0xD800) << 10) | (uint32_t)(c2 - 0xDC00));
                    p += 6;
                }
            }
            char enc[4];
            int n = ft_utf8_encode_one(ucp, enc);
            if (ob_put(&o, enc, n) < 0)
                return NULL;
            ncp++;
        }
        /* copy the next run of plain characters */
        ft_ssize start = p;
        while (p < len) {
            unsigned char ch = buf[p];
            if (ch == '"' || ch == '\\')
                break;
            if (ch < 0x20 && strict) {
                raise_errmsg(d, "Invalid control character at", p);
                return NULL;
            }
            p++;
        }
        if (p >= len) {
            raise_errmsg(d, "Unterminated string starting at", begin);
            return NULL;
        }
        if (p > start) {
            if (ob_put(&o, (const char *)buf + start, p - start) < 0)
                return NULL;
            ncp += d->ascii ? p - start : count_cps(buf + start, p - start);
        }
    }
}

static ft_obj *scan_value(dstate *d, ft_ssize idx, ft_ssize *next);

static ft_obj *memo_key(dstate *d, ft_obj *key) {
    if (!d->memo) {
        d->memo = ft_dict_new();
        if (!d->memo)
            return NULL;
    }
    return ft_dict_setdefault(d->memo, key, key);
}

static ft_obj *parse_object(dstate *d, ft_ssize idx, ft_ssize *next) {
    scanner_obj *sc = d->sc;
    const unsigned char *buf = d->buf;
    ft_ssize len = d->len;
    bool pairs = sc->object_pairs_hook != ft_None;
    ft_obj *rval = pairs ? ft_list_new(0) : ft_dict_new();
    if (!rval)
        return NULL;
    idx = skip_ws(d, idx);
    if (idx >= len || buf[idx] != '}') {
        for (;;) {
            if (idx >= len || buf[idx] != '"') {
                raise_errmsg(d, "Expecting property name enclosed in double quotes", idx);
                return NULL;
            }
            ft_ssize ne;
            ft_obj *key = scan_string(d, idx + 1, &ne);
            if (!key)
                return NULL;
            key = memo_key(d, key);
            if (!key)
                return NULL;
            idx = skip_ws(d, ne);
            if (idx >= len || buf[idx] != ':') {
                raise_errmsg(d, "Expecting ':' delimiter", idx);
                return NULL;
            }
            idx = skip_ws(d, idx + 1);
            ft_obj *val = scan_value(d, idx, &ne);
            if (!val)
                return NULL;
            if (pairs) {
                ft_obj *t = ft_tuple_new(2);
                if (!t)
                    return NULL;
                ft_tuple_items(t)[0] = key;
                ft_tuple_items(t)[1] = val;
                if (ft_list_append(rval, t) < 0)
                    return NULL;
            } else if (ft_dict_set(rval, key, val) < 0) {
                return NULL;
            }
            idx = skip_ws(d, ne);
            if (idx < len && buf[idx] == '}')
                break;
            if (idx >= len || buf[idx] != ',') {
                raise_errmsg(d, "Expecting ',' delimiter", idx);
                return NULL;
            }
            ft_ssize comma = idx;
            idx = skip_ws(d, idx + 1);
            if (idx < len && buf[idx] == '}') {
                raise_errmsg(d, "Illegal trailing comma before end of object", comma);
                return NULL;
            }
        }
    }
    *next = idx + 1;
    if (pairs)
        return ft_call1(sc->object_pairs_hook, rval);
    if (sc->object_hook != ft_None)
        return ft_call1(sc->object_hook, rval);
    return rval;
}

static ft_obj *parse_array(dstate *d, ft_ssize idx, ft_ssize *next) {
    const unsigned char *buf = d->buf;
    ft_ssize len = d->len;
    ft_obj *rval = ft_list_new(0);
    if (!rval)
        return NULL;
    idx = skip_ws(d, idx);
    if (idx >= len || buf[idx] != ']') {
        for (;;) {
            ft_ssize ne;
            ft_obj *val = scan_value(d, idx, &ne);
            if (!val || ft_list_append(rval, val) < 0)
                return NULL;
            idx = skip_ws(d, ne);
            if (idx < len && buf[idx] == ']')
                break;
            if (idx >= len || buf[idx] != ',') {
                raise_errmsg(d, "Expecting ',' delimiter", idx);
                return NULL;
            }
            ft_ssize comma = idx;
            idx = skip_ws(d, idx + 1);
            if (idx < len && buf[idx] == ']') {
                raise_errmsg(d, "Illegal trailing comma before end of array", comma);
                return NULL;
            }
        }
    }
    *next = idx + 1;
    return rval;
}

static ft_obj *parse_constant(dstate *d, const char *name, ft_ssize idx, ft_ssize n, ft_ssize *next) {
    ft_obj *s = ft_str_from_cstr(name);
    if (!s)
        return NULL;
    *next = idx + n;
    return ft_call1(d->sc->parse_constant, s);
}

static inline bool isdig(unsigned char c) { return c >= '0' && c <= '9'; }

static ft_obj *match_number(dstate *d, ft_ssize start, ft_ssize *next) {
    const unsigned char *buf = d->buf;
    ft_ssize len = d->len, idx = start;
    if (buf[idx] == '-') {
        idx++;
        if (idx >= len) {
            raise_stop(d, start);
            return NULL;
        }
    }
    if (buf[idx] >= '1' && buf[idx] <= '9') {
        idx++;
        while (idx < len && isdig(buf[idx]))
            idx++;
    } else if (buf[idx] == '0') {
        idx++;
    } else {
        raise_stop(d, start);
        return NULL;
    }
    bool is_float = false;
    if (idx + 1 < len && buf[idx] == '.' && isdig(buf[idx + 1])) {
        is_float = true;
        idx += 2;
        while (idx < len && isdig(buf[idx]))
            idx++;
    }
    if (idx + 1 < len && (buf[idx] == 'e' || buf[idx] == 'E')) {
        ft_ssize e_start = idx;
        idx++;
        if (idx + 1 < len && (buf[idx] == '-' || buf[idx] == '+'))
            idx++;
        ft_ssize dstart = idx;
        while (idx < len && isdig(buf[idx]))
            idx++;
        if (idx > dstart)
            is_float = true;
        else
            idx = e_start;
    }
    *next = idx;
    const char *text = (const char *)buf + start;
    ft_ssize n = idx - start;
    scanner_obj *sc = d->sc;
    if (is_float && sc->parse_float != (ft_obj *)&ft_float_type) {
        ft_obj *s = ft_str_new_trusted(text, n, n);
        return s ? ft_call1(sc->parse_float, s) : NULL;
    }
    if (!is_float && sc->parse_int != (ft_obj *)&ft_int_type) {
        ft_obj *s = ft_str_new_trusted(text, n, n);
        return s ? ft_call1(sc->parse_int, s) : NULL;
    }
    if (is_float) {
        double v;
        ft_ssize used = ft_parse_float_prefix(text, n, &v);
        if (used < 0)
            return NULL;
        if (used != n) {
            ft_obj *t = ft_str_new_trusted(text, n, n);
            return t ? ft_err_format(ft_exc_ValueError, "could not convert string to float: %R", t) : NULL;
        }
        return ft_float_new(v);
    }
    if (n <= 18) {
        int64_t v = 0;
        ft_ssize i = 0;
        bool neg = text[0] == '-';
        if (neg)
            i = 1;
        for (; i < n; i++)
            v = v * 10 + (text[i] - '0');
        return ft_int_from_i64(neg ? -v : v);
    }
    return ft_int_from_str(text, (size_t)n, 10);
}

static ft_obj *scan_value(dstate *d, ft_ssize idx, ft_ssize *next) {
    const unsigned char *buf = d->buf;
    ft_ssize len = d->len;
    if (idx >= len) {
        raise_stop(d, idx);
        return NULL;
    }
    ft_ssize rem = len - idx;
    switch (buf[idx]) {
    case '"':
        return scan_string(d, idx + 1, next);
    case '{': {
        if (enter_depth(&d->depth, MSG_DEC_OBJ) < 0)
            return NULL;
        ft_obj *r = parse_object(d, idx + 1, next);
        d->depth--;
        return r;
    }
    case '[': {
        if (enter_depth(&d->depth, MSG_DEC_ARR) < 0)
            return NULL;
        ft_obj *r = parse_array(d, idx + 1, next);
        d->depth--;
        return r;
    }
    case 'n':
        if (rem >= 4 && memcmp(buf + idx, "null", 4) == 0) {
            *next = idx + 4;
            return ft_None;
        }
        break;
    case 't':
        if (rem >= 4 && memcmp(buf + idx, "true", 4) == 0) {
            *next = idx + 4;
            return ft_True;
        }
        break;
    case 'f':
        if (rem >= 5 && memcmp(buf + idx, "false", 5) == 0) {
            *next = idx + 5;
            return ft_False;
        }
        break;
    case 'N':
        if (rem >= 3 && memcmp(buf + idx, "NaN", 3) == 0)
            return parse_constant(d, "NaN", idx, 3, next);
        break;
    case 'I':
        if (rem >= 8 && memcmp(buf + idx, "Infinity", 8) == 0)
            return parse_constant(d, "Infinity", idx, 8, next);
        break;
    case '-':
        if (rem >= 9 && memcmp(buf + idx, "-Infinity", 9) == 0)
            return parse_constant(d, "-Infinity", idx, 9, next);
        break;
    }
    return match_number(d, idx, next);
}

/* Convert a code-point index into a byte offset of s. */
static ft_ssize byte_offset(ft_obj *s, ft_ssize idx) {
    if (FT_STR(s)->is_ascii)
        return idx;
    return ft_str_byte_offset(s, idx);
}

static void dstate_init(dstate *d, ft_obj *s, bool strict, scanner_obj *sc) {
    d->pystr = s;
    d->buf = (const unsigned char *)ft_str_utf8(s);
    d->len = FT_STR(s)->nbytes;
    d->ascii = FT_STR(s)->is_ascii != 0;
    d->strict = strict;
    d->sc = sc;
    d->memo = NULL;
    d->depth = 0;
}

/* scanstring(string, end, strict=True) -> (str, end) */
static ft_obj *json_scanstring(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "scanstring() takes no keyword arguments");
    if (nargs < 2 || nargs > 3) {
        if (nargs < 2)
            return ft_err_format(ft_exc_TypeError, "scanstring() takes at least 2 arguments (%zd given)", (ft_ssize)nargs);
        return ft_err_format(ft_exc_TypeError, "scanstring() takes at most 3 arguments (%zd given)", (ft_ssize)nargs);
    }
    ft_obj *s = args[0];
    if (!ft_str_check(s))
        return ft_err_format(ft_exc_TypeError, "first argument must be a string, not %.80s", ft_type_name(FT_TYPE(s)));
    ft_ssize end;
    if (as_ssize(args[1], &end) < 0)
        return NULL;
    bool strict = true;
    if (nargs == 3) {
        int t = ft_is_true(args[2]);
        if (t < 0)
            return NULL;
        strict = t;
    }
    ft_ssize ncp = ft_str_len(s);
    if (end < 0 || end > ncp)
        return ft_err_format(ft_exc_ValueError, "end is out of bounds");
    dstate d;
    dstate_init(&d, s, strict, NULL);
    ft_ssize bstart = byte_offset(s, end), bnext;
    ft_obj *r = scan_string(&d, bstart, &bnext);
    if (!r)
        return NULL;
    ft_ssize cnext = d.ascii ? bnext : end + count_cps(d.buf + bstart, bnext - bstart);
    ft_obj *ni = ft_int_from_i64(cnext);
    return ni ? ft_tuple_pack(2, r, ni) : NULL;
}

/* ---- Scanner type -------------------------------------------------------- */

static ft_obj *scanner_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "context", NULL };
    ft_obj *v[1];
    if (ft_parse_args("make_scanner", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *ctx = v[0];
    ft_obj *strict = ft_getattr_cstr(ctx, "strict");
    if (!strict)
        return NULL;
    int st = ft_is_true(strict);
    if (st < 0)
        return NULL;
    ft_obj *oh = ft_getattr_cstr(ctx, "object_hook");
    if (!oh) return NULL;
    ft_obj *oph = ft_getattr_cstr(ctx, "object_pairs_hook");
    if (!oph) return NULL;
    ft_obj *pf = ft_getattr_cstr(ctx, "parse_float");
    if (!pf) return NULL;
    ft_obj *pi = ft_getattr_cstr(ctx, "parse_int");
    if (!pi) return NULL;
    ft_obj *pc = ft_getattr_cstr(ctx, "parse_constant");
    if (!pc) return NULL;
    scanner_obj *s = (scanner_obj *)ft_type_generic_alloc(type, 0);
    if (!s)
        return NULL;
    s->strict = st;
    s->object_hook = oh;
    s->object_pairs_hook = oph;
    s->parse_float = pf;
    s->parse_int = pi;
    s->parse_constant = pc;
    return (ft_obj *)s;
}

/* scanner(string, idx) -> (value, end); StopIteration(idx) if no value there. */
static ft_obj *scanner_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "string", "idx", NULL };
    ft_obj *v[2];
    if (ft_parse_args("scan_once", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_obj *s = v[0];
    if (!ft_str_check(s))
        return ft_err_format(ft_exc_TypeError, "first argument must be a string, not %.80s", ft_type_name(FT_TYPE(s)));
    ft_ssize idx;
    if (as_ssize(v[1], &idx) < 0)
        return NULL;
    if (idx < 0)
        return ft_err_format(ft_exc_ValueError, "idx cannot be negative");
    scanner_obj *sc = (scanner_obj *)self;
    dstate d;
    dstate_init(&d, s, sc->strict, sc);
    if (idx >= ft_str_len(s)) {
        ft_obj *p = ft_int_from_i64(idx);
        if (p)
            ft_err_set_stop_iteration(p);
        return NULL;
    }
    ft_ssize bstart = byte_offset(s, idx), bnext;
    ft_obj *r = scan_value(&d, bstart, &bnext);
    if (!r)
        return NULL;
    ft_ssize cnext = d.ascii ? bnext : idx + count_cps(d.buf + bstart, bnext - bstart);
    ft_obj *ni = ft_int_from_i64(cnext);
    return ni ? ft_tuple_pack(2, r, ni) : NULL;
}

static const ft_member_def scanner_members[] = {
    { "strict", FT_MEMBER_BOOL, offsetof(scanner_obj, strict), FT_MEMBER_READONLY, NULL },
    { "object_hook", FT_MEMBER_OBJECT, offsetof(scanner_obj, object_hook), FT_MEMBER_READONLY, NULL },
    { "object_pairs_hook", FT_MEMBER_OBJECT, offsetof(scanner_obj, object_pairs_hook), FT_MEMBER_READONLY, NULL },
    { "parse_float", FT_MEMBER_OBJECT, offsetof(scanner_obj, parse_float), FT_MEMBER_READONLY, NULL },
    { "parse_int", FT_MEMBER_OBJECT, offsetof(scanner_obj, parse_int), FT_MEMBER_READONLY, NULL },
    { "parse_constant", FT_MEMBER_OBJECT, offsetof(scanner_obj, parse_constant), FT_MEMBER_READONLY, NULL },
    { NULL }
};

ft_type ft_json_scanner_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_json.Scanner",
    .doc = "JSON scanner object",
    .basicsize = sizeof(scanner_obj),
    .new_ = scanner_new,
    .call = scanner_call,
    .members = scanner_members,
};

/* ======================================================================== */
/* Encoder                                                                   */
/* ======================================================================== */

enum { FAST_NONE = 0, FAST_ASCII = 1, FAST_UNICODE = 2 };

typedef struct {
    ft_obj ob;
    ft_obj *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    bool sort_keys, skipkeys, allow_nan;
    int fast;
} encoder_obj;

typedef struct {
    encoder_obj *e;
    obuf out;
    int depth;
    ft_obj *level_obj;      /* _current_indent_level (an int) */
    ft_obj *indent_cache, *sep_cache;  /* lists, see indent_at() */
} estate;

static const char HEX[] = "0123456789abcdef";

/* Escape code point table for ASCII: 0 = copy, else the escape char
 * ('u' for \u00XX). */
static const char ESC_TAB[128] = {
    'u','u','u','u','u','u','u','u','b','t','n','u','f','r','u','u',
    'u','u','u','u','u','u','u','u','u','u','u','u','u','u','u','u',
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static inline void put_u4(char *p, uint32_t v) {
    p[0] = '\\'; p[1] = 'u';
    p[2] = HEX[(v >> 12) & 15]; p[3] = HEX[(v >> 8) & 15];
    p[4] = HEX[(v >> 4) & 15]; p[5] = HEX[v & 15];
}

/* Append the quoted JSON form of str s. */
static int escape_str(obuf *o, ft_obj *s, bool ascii_only) {
    const unsigned char *p = (const unsigned char *)ft_str_utf8(s);
    ft_ssize n = FT_STR(s)->nbytes;
    /* worst case: 12 output bytes per input code point (\uXXXX\uXXXX for 4 bytes) */
    if (ob_reserve(o, n * 6 + 2) < 0)
        return -1;
    char *w = o->buf + o->len;
    *w++ = '"';
    ft_ssize i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            char e = ESC_TAB[c];
            if (!e) {
                if (c == 0x7f && ascii_only) {
                    put_u4(w, c);
                    w += 6;
                } else {
                    *w++ = (char)c;
                }
            } else if (e == 'u') {
                put_u4(w, c);
                w += 6;
            } else {
                *w++ = '\\';
                *w++ = e;
            }
            i++;
            continue;
        }
        if (!ascii_only) {
            *w++ = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        int k = ft_utf8_decode_one((const char *)p + i, (const char *)p + n, &cp);
        if (k <= 0) {
            cp = c;
            k = 1;
        }
        i += k;
        if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            put_u4(w, 0xD800 | ((v >> 10) & 0x3FF));
            put_u4(w + 6, 0xDC00 | (v & 0x3FF));
            w += 12;
        } else {
            put_u4(w, cp);
            w += 6;
        }
    }
    *w++ = '"';
    o->len = w - o->buf;
    return 0;
}

static ft_obj *escape_to_str(ft_obj *s, bool ascii_only) {
    obuf o = { 0 };
    if (escape_str(&o, s, ascii_only) < 0)
        return NULL;
    return ob_finish(&o, -1);
}

static ft_obj *json_encode_basestring_ascii(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *s = args[0];
    if (!ft_str_check(s))
        return ft_err_format(ft_exc_TypeError, "first argument must be a string, not %.80s", ft_type_name(FT_TYPE(s)));
    return escape_to_str(s, true);
}

static ft_obj *json_encode_basestring(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *s = args[0];
    if (!ft_str_check(s))
        return ft_err_format(ft_exc_TypeError, "first argument must be a string, not %.80s", ft_type_name(FT_TYPE(s)));
    return escape_to_str(s, false);
}

static int enc_obj(estate *st, ft_obj *o, ft_ssize level);

static int enc_string(estate *st, ft_obj *s) {
    encoder_obj *e = st->e;
    if (e->fast != FAST_NONE)
        return escape_str(&st->out, s, e->fast == FAST_ASCII);
    ft_obj *r = ft_call1(e->encoder, s);
    if (!r)
        return -1;
    if (!ft_str_check(r)) {
        ft_err_format(ft_exc_TypeError, "encoder() must return a string, not %.80s", ft_type_name(FT_TYPE(r)));
        return -1;
    }
    return ob_put(&st->out, ft_str_utf8(r), FT_STR(r)->nbytes);
}

static int enc_str_raw(estate *st, ft_obj *s) {
    return ob_put(&st->out, ft_str_utf8(s), FT_STR(s)->nbytes);
}

static int enc_float(estate *st, ft_obj *o) {
    double v = ((ft_float *)o)->value;
    if (!isfinite(v)) {
        if (!st->e->allow_nan) {
            ft_obj *r = ft_float_repr(o);
            if (r)
                ft_err_format(ft_exc_ValueError, "Out of range float values are not JSON compliant: %U", r);
            return -1;
        }
        if (isnan(v))
            return ob_put(&st->out, "NaN", 3);
        return v > 0 ? ob_put(&st->out, "Infinity", 8) : ob_put(&st->out, "-Infinity", 9);
    }
    char buf[64];
    ft_double_repr(v, buf, sizeof buf);
    return ob_put(&st->out, buf, (ft_ssize)strlen(buf));
}

static int enc_int(estate *st, ft_obj *o) {
    if (ft_is_smallint(o)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)ft_smallint_value(o));
        return ob_put(&st->out, buf, n);
    }
    ft_obj *r = ft_int_to_str(o, 10);
    return r ? enc_str_raw(st, r) : -1;
}

/* Newline-plus-indent strings by relative depth d (0 = the level given to
 * the call), cached per call: cache[0] = '\n' + indent * level and
 * cache[d] = cache[d - 1] + indent, computed with the + and * operators as
 * CPython does (so a non-str indent fails with the same TypeError). The
 * matching item separators (item_separator + cache[d]) are cached alongside. */
static ft_obj *indent_at(estate *st, ft_ssize d, bool sep) {
    if (!st->indent_cache) {
        st->indent_cache = ft_list_new(0);
        st->sep_cache = ft_list_new(0);
        if (!st->indent_cache || !st->sep_cache)
            return NULL;
    }
    while (ft_list_size(st->indent_cache) <= d) {
        ft_ssize n = ft_list_size(st->indent_cache);
        ft_obj *s;
        if (n == 0) {
            ft_obj *nl = ft_str_from_cstr("\n");
            ft_obj *mul = nl ? ft_binary_op(st->e->indent, st->level_obj, FT_BINOP_MULTIPLY) : NULL;
            s = mul ? ft_binary_op(nl, mul, FT_BINOP_ADD) : NULL;
        } else {
            s = ft_binary_op(ft_list_get(st->indent_cache, n - 1), st->e->indent, FT_BINOP_ADD);
        }
        if (!s)
            return NULL;
        if (!ft_str_check(s)) {
            ft_err_format(ft_exc_TypeError, "indent must produce str, not %.80s", ft_type_name(FT_TYPE(s)));
            return NULL;
        }
        ft_obj *sp = ft_str_concat(st->e->item_separator, s);
        if (!sp || ft_list_append(st->indent_cache, s) < 0 || ft_list_append(st->sep_cache, sp) < 0)
            return NULL;
    }
    return ft_list_get(sep ? st->sep_cache : st->indent_cache, d);
}

static int marker_enter(estate *st, ft_obj *o, ft_obj **ident) {
    ft_obj *markers = st->e->markers;
    *ident = NULL;
    if (markers == ft_None)
        return 0;
    ft_obj *id = ft_obj_id(o);
    if (!id)
        return -1;
    int has = ft_dict_contains(markers, id);
    if (has < 0)
        return -1;
    if (has) {
        ft_err_set_str(ft_exc_ValueError, "Circular reference detected");
        return -1;
    }
    if (ft_dict_set(markers, id, o) < 0)
        return -1;
    *ident = id;
    return 0;
}

static int marker_leave(estate *st, ft_obj *ident) {
    if (!ident)
        return 0;
    return ft_dict_del(st->e->markers, ident);
}

/* The separator that goes between items at this nesting, and the closing
 * newline+indent, when indenting. */
static int enc_open(estate *st, char open, ft_ssize *level, ft_obj **sep, ft_obj **closer) {
    encoder_obj *e = st->e;
    if (ob_putc(&st->out, open) < 0)
        return -1;
    if (e->indent == ft_None) {
        *sep = e->item_separator;
        *closer = NULL;
        return 0;
    }
    *closer = indent_at(st, *level, false);
    if (!*closer)
        return -1;
    (*level)++;
    ft_obj *nl = indent_at(st, *level, false);
    *sep = nl ? indent_at(st, *level, true) : NULL;
    if (!*sep)
        return -1;
    return enc_str_raw(st, nl);
}

static int enc_list(estate *st, ft_obj *seq, ft_ssize level) {
    /* Subclasses are iterated (their __iter__ counts), exact lists and tuples read directly. */
    ft_obj *fast = seq;
    if (!ft_list_check_exact(seq) && !ft_tuple_check_exact(seq)) {
        ft_obj *it = ft_iter(seq);
        if (!it)
            return -1;
        fast = ft_list_new(0);
        if (!fast)
            return -1;
        ft_obj *x;
        while ((x = ft_iter_next(it)) != NULL)
            if (ft_list_append(fast, x) < 0)
                return -1;
        if (ft_err_occurred())
            return -1;
    }
    bool is_list = ft_list_check_exact(fast);
    ft_ssize n = is_list ? ft_list_size(fast) : ft_tuple_size(fast);
    if (n == 0)
        return ob_put(&st->out, "[]", 2);
    ft_obj *ident;
    if (marker_enter(st, seq, &ident) < 0)
        return -1;
    ft_obj *sep, *closer;
    if (enc_open(st, '[', &level, &sep, &closer) < 0)
        return -1;
    for (ft_ssize i = 0;; i++) {
        ft_obj *item;
        if (is_list) {
            if (i >= ft_list_size(fast))
                break;
            item = ft_list_get(fast, i);
            if (!item) {
                ft_err_clear();
                break;
            }
        } else {
            if (i >= n)
                break;
            item = ft_tuple_get(fast, i);
        }
        if (i > 0 && enc_str_raw(st, sep) < 0)
            return -1;
        if (enc_obj(st, item, level) < 0)
            return -1;
    }
    if (marker_leave(st, ident) < 0)
        return -1;
    if (closer && enc_str_raw(st, closer) < 0)
        return -1;
    return ob_putc(&st->out, ']');
}

static int enc_key_value(estate *st, ft_obj *key, ft_obj *value, bool *first, ft_obj *sep, ft_ssize level) {
    encoder_obj *e = st->e;
    ft_obj *kstr = NULL;
    bool kquote_raw = false;
    char kbuf[64];
    const char *kc = NULL;
    if (ft_str_check(key)) {
        kstr = key;
    } else if (key == ft_True) {
        kc = "true";
    } else if (key == ft_False) {
        kc = "false";
    } else if (key == ft_None) {
        kc = "null";
    } else if (ft_float_check(key)) {
        double v = ((ft_float *)key)->value;
        if (!isfinite(v)) {
            if (!e->allow_nan) {
                ft_obj *r = ft_float_repr(key);
                if (r)
                    ft_err_format(ft_exc_ValueError, "Out of range float values are not JSON compliant: %U", r);
                return -1;
            }
            kc = isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        } else {
            ft_double_repr(v, kbuf, sizeof kbuf);
            kc = kbuf;
        }
    } else if (ft_int_check(key)) {
        if (ft_is_smallint(key)) {
            snprintf(kbuf, sizeof kbuf, "%lld", (long long)ft_smallint_value(key));
            kc = kbuf;
        } else {
            kstr = ft_int_to_str(key, 10);
            if (!kstr)
                return -1;
            kquote_raw = true;
        }
    } else if (e->skipkeys) {
        return 0;
    } else {
        ft_err_format(ft_exc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                      ft_type_name(FT_TYPE(key)));
        return -1;
    }
    if (!*first && enc_str_raw(st, sep) < 0)
        return -1;
    *first = false;
    if (kc) {
        /* the key text is plain ASCII without escapes */
        if (e->fast != FAST_NONE) {
            if (ob_putc(&st->out, '"') < 0 || ob_put(&st->out, kc, (ft_ssize)strlen(kc)) < 0 ||
                ob_putc(&st->out, '"') < 0)
                return -1;
        } else {
            kstr = ft_str_from_cstr(kc);
            if (!kstr || enc_string(st, kstr) < 0)
                return -1;
        }
    } else {
        (void)kquote_raw;
        if (enc_string(st, kstr) < 0)
            return -1;
    }
    if (enc_str_raw(st, e->key_separator) < 0)
        return -1;
    return enc_obj(st, value, level);
}

static int enc_dict(estate *st, ft_obj *d, ft_ssize level) {
    encoder_obj *e = st->e;
    if (ft_dict_size(d) == 0)
        return ob_put(&st->out, "{}", 2);
    ft_obj *ident;
    if (marker_enter(st, d, &ident) < 0)
        return -1;
    ft_obj *sep, *closer;
    if (enc_open(st, '{', &level, &sep, &closer) < 0)
        return -1;
    bool first = true;
    if (e->sort_keys || !ft_dict_check_exact(d)) {
        ft_obj *items;
        if (ft_dict_check_exact(d)) {
            items = ft_dict_items_list(d);
        } else {
            ft_obj *it = ft_call_method0(d, "items");
            items = it ? ft_sequence_list(it) : NULL;
        }
        if (!items)
            return -1;
        if (e->sort_keys && ft_list_sort(items, NULL, false) < 0)
            return -1;
        ft_ssize n = ft_list_size(items);
        for (ft_ssize i = 0; i < n; i++) {
            ft_obj *item = ft_list_get(items, i);
            if (!item)
                return -1;
            if (!ft_tuple_check(item) || ft_tuple_size(item) != 2) {
                ft_err_set_str(ft_exc_ValueError, "items must return tuples of 2 items");
                return -1;
            }
            if (enc_key_value(st, ft_tuple_get(item, 0), ft_tuple_get(item, 1), &first, sep, level) < 0)
                return -1;
        }
    } else {
        ft_ssize pos = 0;
        ft_obj *k, *v;
        while (ft_dict_next(d, &pos, &k, &v))
            if (enc_key_value(st, k, v, &first, sep, level) < 0)
                return -1;
    }
    if (marker_leave(st, ident) < 0)
        return -1;
    if (closer && enc_str_raw(st, closer) < 0)
        return -1;
    return ob_putc(&st->out, '}');
}

static int enc_obj(estate *st, ft_obj *o, ft_ssize level) {
    if (ft_is_smallint(o))
        return enc_int(st, o);
    if (o == ft_None)
        return ob_put(&st->out, "null", 4);
    if (o == ft_True)
        return ob_put(&st->out, "true", 4);
    if (o == ft_False)
        return ob_put(&st->out, "false", 5);
    if (ft_str_check(o))
        return enc_string(st, o);
    if (ft_int_check(o))
        return enc_int(st, o);
    if (ft_float_check(o))
        return enc_float(st, o);
    if (ft_list_check(o) || ft_tuple_check(o)) {
        if (enter_depth(&st->depth, MSG_ENC) < 0)
            return -1;
        int r = enc_list(st, o, level);
        st->depth--;
        return r;
    }
    if (ft_dict_check(o)) {
        if (enter_depth(&st->depth, MSG_ENC) < 0)
            return -1;
        int r = enc_dict(st, o, level);
        st->depth--;
        return r;
    }
    ft_obj *ident;
    if (marker_enter(st, o, &ident) < 0)
        return -1;
    ft_obj *newobj = ft_call1(st->e->defaultfn, o);
    if (!newobj)
        return -1;
    if (enter_depth(&st->depth, MSG_ENC) < 0)
        return -1;
    int r = enc_obj(st, newobj, level);
    st->depth--;
    if (r < 0)
        return -1;
    return marker_leave(st, ident);
}

static bool is_builtin_fn(ft_obj *o, ft_cfunc fn) {
    return !ft_is_smallint(o) && o->ob_type == &ft_builtin_function_type &&
           ((ft_builtin *)o)->def && ((ft_builtin *)o)->def->fn == fn;
}

static ft_obj *encoder_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "markers", "default", "encoder", "indent", "key_separator",
                                         "item_separator", "sort_keys", "skipkeys", "allow_nan", NULL };
    ft_obj *v[9];
    if (ft_parse_args("make_encoder", args, nargs, kwnames, names, 0, 9, v) < 0)
        return NULL;
    if (v[0] != ft_None && !ft_dict_check(v[0]))
        return ft_err_format(ft_exc_TypeError, "make_encoder() argument 1 must be dict or None, not %.200s",
                             ft_type_name(FT_TYPE(v[0])));
    /* indent is not checked here (CPython 3.13 neither): a bad one fails at
     * its first use, with the error of '\n' + indent * level. */
    for (int i = 4; i <= 5; i++)
        if (!ft_str_check(v[i]))
            return ft_err_format(ft_exc_TypeError, "make_encoder() argument %d must be str, not %.200s", i + 1,
                                 ft_type_name(FT_TYPE(v[i])));
    int flags[3];
    for (int i = 0; i < 3; i++) {
        flags[i] = ft_is_true(v[6 + i]);
        if (flags[i] < 0)
            return NULL;
    }
    encoder_obj *e = (encoder_obj *)ft_type_generic_alloc(type, 0);
    if (!e)
        return NULL;
    e->markers = v[0];
    e->defaultfn = v[1];
    e->encoder = v[2];
    e->indent = v[3];
    e->key_separator = v[4];
    e->item_separator = v[5];
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    if (is_builtin_fn(v[2], json_encode_basestring_ascii))
        e->fast = FAST_ASCII;
    else if (is_builtin_fn(v[2], json_encode_basestring))
        e->fast = FAST_UNICODE;
    else
        e->fast = FAST_NONE;
    return (ft_obj *)e;
}

/* encoder(obj, _current_indent_level) -> (json_text,) */
static ft_obj *encoder_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "obj", "_current_indent_level", NULL };
    ft_obj *v[2];
    if (ft_parse_args("_iterencode", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_obj *lv = ft_index(v[1]);
    if (!lv)
        return NULL;
    ft_ssize lvl;
    if (as_ssize(lv, &lvl) < 0)
        return NULL;
    estate st = { .e = (encoder_obj *)self, .out = { 0 }, .depth = 0, .level_obj = lv };
    ft_ssize level = 0;  /* depth relative to the given level */
    if (enc_obj(&st, v[0], level) < 0)
        return NULL;
    ft_obj *r = ob_finish(&st.out, -1);
    return r ? ft_tuple_pack(1, r) : NULL;
}

static const ft_member_def encoder_members[] = {
    { "markers", FT_MEMBER_OBJECT, offsetof(encoder_obj, markers), FT_MEMBER_READONLY, NULL },
    { "default", FT_MEMBER_OBJECT, offsetof(encoder_obj, defaultfn), FT_MEMBER_READONLY, NULL },
    { "encoder", FT_MEMBER_OBJECT, offsetof(encoder_obj, encoder), FT_MEMBER_READONLY, NULL },
    { "indent", FT_MEMBER_OBJECT, offsetof(encoder_obj, indent), FT_MEMBER_READONLY, NULL },
    { "key_separator", FT_MEMBER_OBJECT, offsetof(encoder_obj, key_separator), FT_MEMBER_READONLY, NULL },
    { "item_separator", FT_MEMBER_OBJECT, offsetof(encoder_obj, item_separator), FT_MEMBER_READONLY, NULL },
    { "sort_keys", FT_MEMBER_BOOL, offsetof(encoder_obj, sort_keys), FT_MEMBER_READONLY, NULL },
    { "skipkeys", FT_MEMBER_BOOL, offsetof(encoder_obj, skipkeys), FT_MEMBER_READONLY, NULL },
    { NULL }
};

ft_type ft_json_encoder_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_json.Encoder",
    .doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)",
    .basicsize = sizeof(encoder_obj),
    .new_ = encoder_new,
    .call = encoder_call,
    .members = encoder_members,
};

/* ---- module ---------------------------------------------------------------- */

static const ft_method_def json_functions[] = {
    { "scanstring", json_scanstring, FT_METH_VARARGS | FT_METH_KEYWORDS,
      "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string." },
    { "encode_basestring_ascii", json_encode_basestring_ascii, FT_METH_O,
      "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string" },
    { "encode_basestring", json_encode_basestring, FT_METH_O,
      "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string" },
    { NULL }
};

static ft_once types_once = FT_ONCE_INIT;
static int types_status;

static void ready_types(void) {
    types_status = (ft_type_ready(&ft_json_scanner_type) < 0 || ft_type_ready(&ft_json_encoder_type) < 0) ? -1 : 1;
}

static int json_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "_json: type initialisation failed");
        return -1;
    }
    if (ft_module_add_object(m, "make_scanner", (ft_obj *)&ft_json_scanner_type) < 0 ||
        ft_module_add_object(m, "make_encoder", (ft_obj *)&ft_json_encoder_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft__json_module_def = {
    .name = "_json",
    .doc = "json speedups\n",
    .methods = json_functions,
    .exec = json_exec,
    .gil_safe = true,
};
