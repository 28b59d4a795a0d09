/* codecs.c -- built-in text codecs: utf-8, ascii, latin-1, utf-16 and
 * utf-32 (BOM, LE, BE), with CPython's error handlers and exception
 * arguments (see codecs.h).
 *
 * Every function is a pure transformation of its inputs; no process-wide
 * mutable state, so all of it is thread-safe. Error ranges and messages
 * follow CPython 3.13 exactly: utf-8 reports the maximal invalid prefix
 * ("invalid start byte" / "invalid continuation byte" / "unexpected end of
 * data"), ascii/latin-1/utf-8 encoders report runs of unencodable
 * characters, utf-16/32 encoders one character at a time.
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"
#include "objects/codecs.h"
#include "objects/unicode_db.h"

#include <stdio.h>

enum codec_id { C_UTF8, C_ASCII, C_LATIN1, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE, C_UTF32BE,
                C_UTF8SIG, C_UESC, C_RAWUESC };
enum handler { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_SURROGATEESCAPE, H_SURROGATEPASS,
               H_XMLCHARREF, H_NAMEREPLACE, H_UNKNOWN };

static const struct { const char *alias; int id; } aliases[] = {
    {"utf_8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"cp65001", C_UTF8},
    {"utf8_ucs2", C_UTF8}, {"utf8_ucs4", C_UTF8},
    {"ascii", C_ASCII}, {"us_ascii", C_ASCII}, {"us", C_ASCII}, {"646", C_ASCII},
    {"ansi_x3.4_1968", C_ASCII}, {"ansi_x3_4_1968", C_ASCII}, {"ansi_x3.4_1986", C_ASCII},
    {"cp367", C_ASCII}, {"csascii", C_ASCII}, {"ibm367", C_ASCII}, {"iso646_us", C_ASCII},
    {"iso_646.irv_1991", C_ASCII}, {"iso_ir_6", C_ASCII},
    {"latin_1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
    {"iso8859_1", C_LATIN1}, {"iso_8859_1", C_LATIN1}, {"iso_8859_1_1987", C_LATIN1},
    {"8859", C_LATIN1}, {"cp819", C_LATIN1}, {"iso_ir_100", C_LATIN1}, {"ibm819", C_LATIN1},
    {"csisolatin1", C_LATIN1}, {"iso8859", C_LATIN1},
    {"utf_16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
    {"utf_16_le", C_UTF16LE}, {"utf_16le", C_UTF16LE}, {"utf16le", C_UTF16LE},
    {"utf_16_be", C_UTF16BE}, {"utf_16be", C_UTF16BE}, {"utf16be", C_UTF16BE},
    {"utf_32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
    {"utf_32_le", C_UTF32LE}, {"utf_32le", C_UTF32LE}, {"utf32le", C_UTF32LE},
    {"utf_32_be", C_UTF32BE}, {"utf_32be", C_UTF32BE}, {"utf32be", C_UTF32BE},
    {"utf_8_sig", C_UTF8SIG}, {"utf8_sig", C_UTF8SIG},
    {"unicode_escape", C_UESC}, {"unicodeescape", C_UESC},
    {"raw_unicode_escape", C_RAWUESC}, {"rawunicodeescape", C_RAWUESC},
};
static const char *const canonical_names[] = {
    "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "utf-8-sig", "unicodeescape", "rawunicodeescape",
};

static int codec_lookup(const char *name)
{
    char buf[64];
    size_t n = strlen(name);
    if (n >= sizeof buf) return -1;
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        buf[i] = c;
    }
    for (size_t i = 0; i < FT_ARRAY_LEN(aliases); i++)
        if (!strcmp(aliases[i].alias, buf)) return aliases[i].id;
    return -1;
}

const char *ft_codec_canonical(const char *encoding)
{
    int id = codec_lookup(encoding);
    return id < 0 ? NULL : canonical_names[id];
}

static int handler_lookup(const char *errors)
{
    if (!errors || !strcmp(errors, "strict")) return H_STRICT;
    if (!strcmp(errors, "ignore")) return H_IGNORE;
    if (!strcmp(errors, "replace")) return H_REPLACE;
    if (!strcmp(errors, "backslashreplace")) return H_BACKSLASH;
    if (!strcmp(errors, "surrogateescape")) return H_SURROGATEESCAPE;
    if (!strcmp(errors, "surrogatepass")) return H_SURROGATEPASS;
    if (!strcmp(errors, "xmlcharrefreplace")) return H_XMLCHARREF;
    if (!strcmp(errors, "namereplace")) return H_NAMEREPLACE;
    return H_UNKNOWN;
}

static ft_obj *unknown_encoding(const char *enc)
{
    return ft_err_format(ft_exc_LookupError, "unknown encoding: %s", enc);
}

/* ------------------------------------------------------------------------ */
/* byte buffer                                                                */

typedef struct bbuf { char *p; ft_ssize len, cap; } bbuf;

static int bb_reserve(bbuf *b, ft_ssize extra)
{
    if (extra < 0 || b->len > INT32_MAX - extra) {
        ft_err_set_str(ft_exc_MemoryError, "encoded result is too long");
        return -1;
    }
    if (b->len + extra + 1 <= b->cap) return 0;
    ft_ssize nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->len + extra + 1) nc *= 2;
    char *n = b->p ? ft_gc_realloc(b->p, (size_t)b->cap, (size_t)nc, FT_GC_ATOMIC) : ft_gc_alloc((size_t)nc, FT_GC_ATOMIC);
    if (!n) return -1;
    b->p = n;
    b->cap = nc;
    return 0;
}

static int bb_put(bbuf *b, const void *d, ft_ssize n)
{
    if (bb_reserve(b, n) < 0) return -1;
    memcpy(b->p + b->len, d, (size_t)n);
    b->len += n;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* exceptions                                                                 */

static void raise_decode(const char *enc, const char *data, ft_ssize len, ft_ssize start, ft_ssize end,
                         const char *reason)
{
    ft_obj *args[5];
    args[0] = ft_str_from_cstr(enc);
    args[1] = ft_bytes_new(data, len);
    args[2] = ft_smallint(start);
    args[3] = ft_smallint(end);
    args[4] = ft_str_from_cstr(reason);
    if (!args[0] || !args[1] || !args[4]) return;
    ft_obj *e = ft_exc_new(ft_exc_UnicodeDecodeError, args, 5);
    if (e) ft_err_set_exc(e);
}

static void raise_encode(const char *enc, ft_obj *str, ft_ssize start, ft_ssize end, const char *reason)
{
    ft_obj *args[5];
    args[0] = ft_str_from_cstr(enc);
    args[1] = str;
    args[2] = ft_smallint(start);
    args[3] = ft_smallint(end);
    args[4] = ft_str_from_cstr(reason);
    if (!args[0] || !args[4]) return;
    ft_obj *e = ft_exc_new(ft_exc_UnicodeEncodeError, args, 5);
    if (e) ft_err_set_exc(e);
}

static void raise_unknown_handler(const char *errors)
{
    ft_err_format(ft_exc_LookupError, "unknown error handler name '%s'", errors);
}


/* Handlers registered by the codecs module (codecs.register_error) live in
 * the current interpreter's codec_state dict, key "error_handlers". */
static ft_obj *user_handler(const char *name)
{
    ft_thread *ts = ft_ts();
    if (!ts || !ts->interp || !ts->interp->codec_state) return NULL;
    ft_obj *tab = ft_dict_get_cstr(ts->interp->codec_state, "error_handlers");
    if (!tab || !ft_dict_check(tab)) return NULL;
    return ft_dict_get_cstr(tab, name);
}

/* Call handler(exc) (exc is the pending exception, fetched); returns the
 * replacement and sets *newpos (normalised against len), or NULL. */
static ft_obj *call_user_handler(ft_obj *handler, ft_ssize len, ft_ssize *newpos, bool encoding)
{
    ft_obj *exc = ft_err_fetch();
    if (!exc) return NULL;
    ft_obj *r = ft_call1(handler, exc);
    if (!r) return NULL;
    if (!ft_tuple_check(r) || ft_tuple_size(r) != 2 || !ft_int_check(ft_tuple_get(r, 1)) ||
        !(ft_str_check(ft_tuple_get(r, 0)) || (encoding && ft_bytes_check(ft_tuple_get(r, 0))))) {
        ft_err_set_str(ft_exc_TypeError, encoding ? "encoding error handler must return (str/bytes, int) tuple"
                                                  : "decoding error handler must return (str, int) tuple");
        return NULL;
    }
    ft_ssize pos = ft_int_as_ssize(ft_tuple_get(r, 1));
    if (pos == -1 && ft_err_occurred()) return NULL;
    if (pos < 0) pos += len;
    if (pos < 0 || pos > len) {
        ft_err_format(ft_exc_IndexError, "position %zd from error handler out of bounds", pos);
        return NULL;
    }
    *newpos = pos;
    return ft_tuple_get(r, 0);
}

/* ------------------------------------------------------------------------ */
/* decoding                                                                   */

typedef struct dec {
    int codec;
    const char *name;        /* for messages */
    const char *errors;
    int handler;
    const unsigned char *d;
    ft_ssize len;
    ft_strbuf out;
} dec;

static bool is_le(int codec) { return codec == C_UTF16LE || codec == C_UTF32LE; }

/* Surrogatepass on decode: the bytes at `start` must encode a surrogate in
 * this codec; returns its width or 0. */
static int surrogate_at(dec *st, ft_ssize start, uint32_t *cp)
{
    const unsigned char *p = st->d + start;
    ft_ssize avail = st->len - start;
    switch (st->codec) {
    case C_UTF8:
        if (avail >= 3 && p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF && (p[2] & 0xC0) == 0x80) {
            *cp = 0xD000 | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            return 3;
        }
        return 0;
    case C_UTF16LE: case C_UTF16BE:
        if (avail >= 2) {
            uint32_t u = st->codec == C_UTF16LE ? (uint32_t)(p[0] | (p[1] << 8)) : (uint32_t)((p[0] << 8) | p[1]);
            if (u >= 0xD800 && u <= 0xDFFF) { *cp = u; return 2; }
        }
        return 0;
    case C_UTF32LE: case C_UTF32BE:
        if (avail >= 4) {
            uint32_t u = st->codec == C_UTF32LE
                ? (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24)
                : ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
            if (u >= 0xD800 && u <= 0xDFFF) { *cp = u; return 4; }
        }
        return 0;
    }
    return 0;
}

/* Handle a decoding error over [start, end); sets *resume. */
static int dec_error(dec *st, ft_ssize start, ft_ssize end, const char *reason, ft_ssize *resume)
{
    static const char hex[] = "0123456789abcdef";
    switch (st->handler) {
    case H_STRICT: break;
    case H_IGNORE: *resume = end; return 0;
    case H_REPLACE:
        *resume = end;
        return ft_strbuf_append_codepoint(&st->out, 0xFFFD);
    case H_BACKSLASH:
        for (ft_ssize i = start; i < end; i++) {
            char t[4] = {'\\', 'x', hex[st->d[i] >> 4], hex[st->d[i] & 15]};
            if (ft_strbuf_append(&st->out, t, 4) < 0) return -1;
        }
        *resume = end;
        return 0;
    case H_SURROGATEESCAPE: {
        /* like CPython: escape the leading non-ASCII bytes (at most 4) and
         * resume after them; an ASCII byte at `start` cannot be escaped */
        ft_ssize k = 0;
        while (k < 4 && start + k < end && st->d[start + k] >= 128) k++;
        if (k == 0) break;
        for (ft_ssize i = start; i < start + k; i++)
            if (ft_strbuf_append_codepoint(&st->out, 0xDC00 + st->d[i]) < 0) return -1;
        *resume = start + k;
        return 0;
    }
    case H_SURROGATEPASS: {
        uint32_t cp;
        int w = surrogate_at(st, start, &cp);
        if (!w) break;
        *resume = start + w;
        return ft_strbuf_append_codepoint(&st->out, cp);
    }
    case H_XMLCHARREF: case H_NAMEREPLACE:
        ft_err_format(ft_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    default: {
        ft_obj *h = user_handler(st->errors);
        if (!h) { raise_unknown_handler(st->errors); return -1; }
        raise_decode(st->name, (const char *)st->d, st->len, start, end, reason);
        ft_obj *rep = call_user_handler(h, st->len, resume, false);
        if (!rep) return -1;
        return ft_strbuf_append_str(&st->out, rep);
    }
    }
    raise_decode(st->name, (const char *)st->d, st->len, start, end, reason);
    return -1;
}

/* Strict UTF-8 step at i: returns the sequence length (>0) with *cp set, or
 * 0 with *bad (valid prefix length) and *reason set. */
static int utf8_step(const unsigned char *d, ft_ssize len, ft_ssize i, uint32_t *cp, ft_ssize *bad,
                     const char **reason)
{
    unsigned c = d[i];
    if (c < 0x80) { *cp = c; return 1; }
    int need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    uint32_t v = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
    for (int k = 1; k <= need; k++) {
        if (i + k >= len) { *bad = k; *reason = "unexpected end of data"; return 0; }
        unsigned b = d[i + k];
        unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) { *bad = k; *reason = "invalid continuation byte"; return 0; }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

static ft_obj *decode_utf8(dec *st, bool final, ft_ssize *consumed)
{
    const unsigned char *d = st->d;
    ft_ssize len = st->len, i = 0;
    /* fast path: all valid */
    ft_ssize ncp = 0;
    while (i < len) {
        if (d[i] < 0x80) {
            /* ASCII runs a word at a time */
            while (i + 8 <= len) {
                uint64_t w;
                memcpy(&w, d + i, 8);
                if (w & 0x8080808080808080ull) break;
                i += 8;
                ncp += 8;
            }
            if (i < len && d[i] < 0x80) { i++; ncp++; }
            continue;
        }
        uint32_t cp;
        ft_ssize bad;
        const char *reason;
        int k = utf8_step(d, len, i, &cp, &bad, &reason);
        if (!k) break;
        i += k;
        ncp++;
    }
    if (i == len) {
        if (consumed) *consumed = len;
        return ft_str_new_trusted((const char *)d, len, ncp);
    }
    if (ft_strbuf_append(&st->out, (const char *)d, i) < 0) return NULL;
    while (i < len) {
        ft_ssize run = i;
        while (run < len && d[run] < 0x80) run++;
        if (run > i) {
            if (ft_strbuf_append(&st->out, (const char *)d + i, run - i) < 0) return NULL;
            i = run;
            if (i >= len) break;
        }
        uint32_t cp;
        ft_ssize bad;
        const char *reason;
        int k = utf8_step(d, len, i, &cp, &bad, &reason);
        if (k) {
            if (ft_strbuf_append_codepoint(&st->out, cp) < 0) return NULL;
            i += k;
            continue;
        }
        if (!final && reason[0] == 'u') break;  /* incomplete tail: wait for more */
        ft_ssize resume;
        if (dec_error(st, i, i + bad, reason, &resume) < 0) return NULL;
        i = resume;
    }
    if (consumed) *consumed = i;
    return ft_strbuf_finish(&st->out);
}

static ft_obj *decode_charmap(dec *st, bool ascii)
{
    const unsigned char *d = st->d;
    ft_ssize len = st->len, i = 0;
    if (!ascii) {
        for (; i < len; i++)
            if (ft_strbuf_append_codepoint(&st->out, d[i]) < 0) return NULL;
        return ft_strbuf_finish(&st->out);
    }
    while (i < len && d[i] < 0x80) i++;
    if (i == len) return ft_str_new_trusted((const char *)d, len, len);
    if (ft_strbuf_append(&st->out, (const char *)d, i) < 0) return NULL;
    while (i < len) {
        if (d[i] < 0x80) {
            if (ft_strbuf_append_codepoint(&st->out, d[i]) < 0) return NULL;
            i++;
            continue;
        }
        ft_ssize resume;
        if (dec_error(st, i, i + 1, "ordinal not in range(128)", &resume) < 0) return NULL;
        i = resume;
    }
    return ft_strbuf_finish(&st->out);
}

static ft_obj *decode_utf16(dec *st, int *byteorder, bool final, ft_ssize *consumed)
{
    const unsigned char *d = st->d;
    ft_ssize len = st->len, i = 0;
    int bo = byteorder ? *byteorder : 0;
    if (st->codec == C_UTF16) {
        if (bo == 0) {
            if (len >= 2 && d[0] == 0xFF && d[1] == 0xFE) { bo = -1; i = 2; }
            else if (len >= 2 && d[0] == 0xFE && d[1] == 0xFF) { bo = 1; i = 2; }
            else if (len < 2 && !final) { if (consumed) *consumed = 0; return ft_str_new_trusted("", 0, 0); }
            else bo = -1;
        }
        st->codec = bo < 0 ? C_UTF16LE : C_UTF16BE;
        st->name = bo < 0 ? "utf-16-le" : "utf-16-be";
        if (byteorder) *byteorder = bo;
    }
    bool le = is_le(st->codec);
#define U16(k) (le ? (uint32_t)(d[k] | (d[(k) + 1] << 8)) : (uint32_t)((d[k] << 8) | d[(k) + 1]))
    while (i < len) {
        ft_ssize resume;
        if (len - i < 2) {
            if (!final) break;
            if (dec_error(st, i, len, "truncated data", &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        uint32_t u = U16(i);
        if (u < 0xD800 || u > 0xDFFF) {
            if (ft_strbuf_append_codepoint(&st->out, u) < 0) return NULL;
            i += 2;
            continue;
        }
        if (u >= 0xDC00) {
            if (dec_error(st, i, i + 2, "illegal encoding", &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        if (len - i < 4) {
            if (!final) break;
            if (dec_error(st, i, len, "unexpected end of data", &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        uint32_t u2 = U16(i + 2);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            if (dec_error(st, i, i + 2, "illegal UTF-16 surrogate", &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        if (ft_strbuf_append_codepoint(&st->out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)) < 0) return NULL;
        i += 4;
    }
#undef U16
    if (consumed) *consumed = i;
    return ft_strbuf_finish(&st->out);
}

static ft_obj *decode_utf32(dec *st, int *byteorder, bool final, ft_ssize *consumed)
{
    const unsigned char *d = st->d;
    ft_ssize len = st->len, i = 0;
    int bo = byteorder ? *byteorder : 0;
    if (st->codec == C_UTF32) {
        if (bo == 0) {
            if (len >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0) { bo = -1; i = 4; }
            else if (len >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF) { bo = 1; i = 4; }
            else if (len < 4 && !final) { if (consumed) *consumed = 0; return ft_str_new_trusted("", 0, 0); }
            else bo = -1;
        }
        st->codec = bo < 0 ? C_UTF32LE : C_UTF32BE;
        st->name = bo < 0 ? "utf-32-le" : "utf-32-be";
        if (byteorder) *byteorder = bo;
    }
    bool le = is_le(st->codec);
    while (i < len) {
        ft_ssize resume;
        if (len - i < 4) {
            if (!final) break;
            if (dec_error(st, i, len, "truncated data", &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        const unsigned char *p = d + i;
        uint32_t u = le ? (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24)
                        : ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
        if (u > 0x10FFFF) {
            if (dec_error(st, i, i + 4, "code point not in range(0x110000)", &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (dec_error(st, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", &resume) < 0)
                return NULL;
            i = resume;
            continue;
        }
        if (ft_strbuf_append_codepoint(&st->out, u) < 0) return NULL;
        i += 4;
    }
    if (consumed) *consumed = i;
    return ft_strbuf_finish(&st->out);
}


static int hexdig(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* unicode_escape (raw=false) and raw_unicode_escape (raw=true) decoders. */
static ft_obj *decode_escape(dec *st, bool raw)
{
    const unsigned char *d = st->d;
    ft_ssize len = st->len, i = 0;
    while (i < len) {
        unsigned char c = d[i];
        if (c != '\\') {
            if (ft_strbuf_append_codepoint(&st->out, c) < 0) return NULL;
            i++;
            continue;
        }
        ft_ssize start = i, resume;
        if (raw) {
            /* only \u / \U preceded by an odd run of backslashes are escapes */
            ft_ssize j = i;
            while (j < len && d[j] == '\\') j++;
            ft_ssize run = j - i;
            if (j >= len || (d[j] != 'u' && d[j] != 'U') || run % 2 == 0) {
                for (ft_ssize k = 0; k < run; k++)
                    if (ft_strbuf_append_codepoint(&st->out, '\\') < 0) return NULL;
                i = j;
                continue;
            }
            for (ft_ssize k = 0; k < run - 1; k++)
                if (ft_strbuf_append_codepoint(&st->out, '\\') < 0) return NULL;
            start = j - 1;
            i = j;
        } else {
            i++;
            if (i >= len) {
                if (dec_error(st, start, len, "\\ at end of string", &resume) < 0) return NULL;
                i = resume;
                continue;
            }
        }
        unsigned char e = d[i++];
        uint32_t v = 0;
        int ndig = 0;
        const char *trunc = NULL;
        switch (raw ? (e == 'u' || e == 'U' ? e : 0) : e) {
        case '\n': continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'b': v = '\b'; break;
        case 'f': v = '\f'; break;
        case 't': v = '\t'; break;
        case 'n': v = '\n'; break;
        case 'r': v = '\r'; break;
        case 'v': v = '\v'; break;
        case 'a': v = 7; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < len && d[i] >= '0' && d[i] <= '7'; k++) v = v * 8 + (uint32_t)(d[i++] - '0');
            break;
        case 'x': ndig = 2; trunc = "truncated \\xXX escape"; break;
        case 'u': ndig = 4; trunc = "truncated \\uXXXX escape"; break;
        case 'U': ndig = 8; trunc = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
            /* \N{NAME}: malformed forms report the part scanned so far */
            ft_ssize e2 = i;
            const char *why = "malformed \\N character escape";
            if (i < len && d[i] == '{') {
                ft_ssize nb = i + 1, ne = nb;
                while (ne < len && d[ne] != '}') ne++;
                if (ne >= len) e2 = len;
                else if (ne == nb) e2 = nb;
                else {
                    uint32_t cpv;
                    if (ft_ucd_lookup((const char *)d + nb, (size_t)(ne - nb), &cpv)) {
                        i = ne + 1;
                        if (ft_strbuf_append_codepoint(&st->out, cpv) < 0) return NULL;
                        continue;
                    }
                    e2 = ne + 1;
                    why = "unknown Unicode character name";
                }
            }
            if (dec_error(st, start, e2, why, &resume) < 0) return NULL;
            i = resume;
            continue;
        }
        default:
            /* unknown escape: kept as is */
            if (ft_strbuf_append_codepoint(&st->out, '\\') < 0 || ft_strbuf_append_codepoint(&st->out, e) < 0)
                return NULL;
            continue;
        }
        if (ndig) {
            int k = 0;
            for (; k < ndig && i < len && hexdig(d[i]) >= 0; k++) v = v * 16 + (uint32_t)hexdig(d[i++]);
            if (k < ndig) {
                if (dec_error(st, start, i, trunc, &resume) < 0) return NULL;
                i = resume;
                continue;
            }
            if (v > 0x10FFFF) {
                if (dec_error(st, start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", &resume) < 0)
                    return NULL;
                i = resume;
                continue;
            }
        }
        if (ft_strbuf_append_codepoint(&st->out, v) < 0) return NULL;
    }
    return ft_strbuf_finish(&st->out);
}

ft_obj *ft_codec_decode_incremental(const char *data, ft_ssize len, const char *encoding,
                                    const char *errors, bool final, ft_ssize *consumed, int *byteorder)
{
    int id = codec_lookup(encoding);
    if (id < 0) return unknown_encoding(encoding);
    dec st;
    st.codec = id;
    st.name = canonical_names[id];
    st.errors = errors ? errors : "strict";
    st.handler = handler_lookup(st.errors);
    st.d = (const unsigned char *)data;
    st.len = len;
    ft_strbuf_init(&st.out);
    ft_ssize dummy;
    if (!consumed) consumed = &dummy;
    switch (id) {
    case C_UTF8SIG:
        if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
            ft_obj *r = ft_codec_decode_incremental(data + 3, len - 3, "utf-8", errors, final, consumed, byteorder);
            if (r) *consumed += 3;
            return r;
        }
        if (!final && len < 3 && !memcmp(data, "\xEF\xBB\xBF", (size_t)len)) {
            *consumed = 0;
            return ft_str_new_trusted("", 0, 0);
        }
        st.codec = C_UTF8;
        st.name = "utf-8";
        return decode_utf8(&st, final, consumed);
    case C_UESC: case C_RAWUESC: *consumed = len; return decode_escape(&st, id == C_RAWUESC);
    case C_UTF8: return decode_utf8(&st, final, consumed);
    case C_ASCII: case C_LATIN1: *consumed = len; return decode_charmap(&st, id == C_ASCII);
    case C_UTF16: case C_UTF16LE: case C_UTF16BE: return decode_utf16(&st, byteorder, final, consumed);
    default: return decode_utf32(&st, byteorder, final, consumed);
    }
}

ft_obj *ft_codec_decode(const char *data, ft_ssize len, const char *encoding, const char *errors)
{
    if (len == 0) return ft_str_new_trusted("", 0, 0);  /* CPython: no codec lookup for empty input */
    return ft_codec_decode_incremental(data, len, encoding, errors, true, NULL, NULL);
}

ft_obj *ft_codec_decode_utf8(const char *data, ft_ssize len, const char *errors)
{
    return ft_codec_decode_incremental(data, len, "utf-8", errors, true, NULL, NULL);
}

/* ------------------------------------------------------------------------ */
/* encoding                                                                   */

typedef struct enc {
    int codec;
    const char *name;
    const char *errors;
    int handler;
    ft_obj *str;
    bbuf out;
} enc;

static int put_unit(enc *st, uint32_t cp)
{
    unsigned char t[4];
    switch (st->codec) {
    case C_UTF8: {
        char u[4];
        int n = ft_utf8_encode_one(cp, u);
        return bb_put(&st->out, u, n);
    }
    case C_ASCII: case C_LATIN1:
        t[0] = (unsigned char)cp;
        return bb_put(&st->out, t, 1);
    case C_UTF16LE: case C_UTF16BE: {
        bool le = st->codec == C_UTF16LE;
        if (cp >= 0x10000) {
            uint32_t hi = 0xD800 + ((cp - 0x10000) >> 10), lo = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            if (put_unit(st, hi) < 0) return -1;
            cp = lo;
        }
        t[le ? 0 : 1] = (unsigned char)(cp & 0xFF);
        t[le ? 1 : 0] = (unsigned char)(cp >> 8);
        return bb_put(&st->out, t, 2);
    }
    default: {
        bool le = st->codec == C_UTF32LE;
        for (int k = 0; k < 4; k++) t[le ? k : 3 - k] = (unsigned char)(cp >> (8 * k));
        return bb_put(&st->out, t, 4);
    }
    }
}

static int put_ascii_text(enc *st, const char *s)
{
    for (; *s; s++)
        if (put_unit(st, (unsigned char)*s) < 0) return -1;
    return 0;
}

static int enc_error(enc *st, const uint32_t *cps, ft_ssize start, ft_ssize end, const char *reason, ft_ssize *resume)
{
    *resume = end;
    char tmp[16];
    switch (st->handler) {
    case H_STRICT: break;
    case H_IGNORE: return 0;
    case H_REPLACE:
        for (ft_ssize i = start; i < end; i++) if (put_unit(st, '?') < 0) return -1;
        return 0;
    case H_BACKSLASH:
        for (ft_ssize i = start; i < end; i++) {
            uint32_t c = cps[i];
            if (c < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else snprintf(tmp, sizeof tmp, "\\U%08x", c);
            if (put_ascii_text(st, tmp) < 0) return -1;
        }
        return 0;
    case H_XMLCHARREF:
        for (ft_ssize i = start; i < end; i++) {
            snprintf(tmp, sizeof tmp, "&#%u;", cps[i]);
            if (put_ascii_text(st, tmp) < 0) return -1;
        }
        return 0;
    case H_SURROGATEESCAPE: {
        if (st->codec != C_UTF8 && st->codec != C_ASCII && st->codec != C_LATIN1) break;
        /* like CPython: escape the leading DC80..DCFF run, resume after it */
        ft_ssize i = start;
        for (; i < end && cps[i] >= 0xDC80 && cps[i] <= 0xDCFF; i++) {
            char b = (char)(cps[i] - 0xDC00);
            if (bb_put(&st->out, &b, 1) < 0) return -1;
        }
        if (i == start) goto raise;
        *resume = i;
        return 0;
    }
    case H_SURROGATEPASS: {
        if (st->codec == C_ASCII || st->codec == C_LATIN1) break;
        for (ft_ssize i = start; i < end; i++)
            if (cps[i] < 0xD800 || cps[i] > 0xDFFF) goto raise;
        for (ft_ssize i = start; i < end; i++)
            if (put_unit(st, cps[i]) < 0) return -1;
        return 0;
    }
    case H_NAMEREPLACE:
        for (ft_ssize i = start; i < end; i++) {
            char nm[160];
            size_t n = ft_ucd_name(cps[i], nm, sizeof nm);
            if (n > 0 && n < sizeof nm) {
                if (put_ascii_text(st, "\\N{") < 0 || put_ascii_text(st, nm) < 0 || put_ascii_text(st, "}") < 0)
                    return -1;
                continue;
            }
            uint32_t c = cps[i];
            if (c < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else snprintf(tmp, sizeof tmp, "\\U%08x", c);
            if (put_ascii_text(st, tmp) < 0) return -1;
        }
        return 0;
    default: {
        ft_obj *h = user_handler(st->errors);
        if (!h) { raise_unknown_handler(st->errors); return -1; }
        raise_encode(st->name, st->str, start, end, reason);
        ft_obj *rep = call_user_handler(h, FT_STR(st->str)->length, resume, true);
        if (!rep) return -1;
        if (ft_bytes_check(rep)) return bb_put(&st->out, ft_bytes_data(rep), ft_bytes_size(rep));
        const char *p = FT_STR(rep)->data, *e = p + FT_STR(rep)->nbytes;
        while (p < e) {
            uint32_t c = ft_utf8_next(&p);
            bool bad = (st->codec == C_ASCII && c >= 0x80) || (st->codec == C_LATIN1 && c >= 0x100) ||
                       (c >= 0xD800 && c <= 0xDFFF);
            if (bad) goto raise;
            if (put_unit(st, c) < 0) return -1;
        }
        return 0;
    }
    }
raise:
    raise_encode(st->name, st->str, start, end, reason);
    return -1;
}

static bool str_has_surrogates(ft_obj *s)
{
    const unsigned char *p = (const unsigned char *)FT_STR(s)->data;
    ft_ssize n = FT_STR(s)->nbytes;
    for (ft_ssize i = 0; i + 1 < n; i++)
        if (p[i] == 0xED && p[i + 1] >= 0xA0) return true;
    return false;
}

static bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }


static ft_obj *encode_escape(ft_obj *str, bool raw)
{
    bbuf out = {NULL, 0, 0};
    const char *p = FT_STR(str)->data, *end = p + FT_STR(str)->nbytes;
    char tmp[16];
    while (p < end) {
        uint32_t c = ft_utf8_next(&p);
        int n;
        if (raw ? c < 0x100 : (c >= 0x20 && c < 0x7F && c != '\\')) { tmp[0] = (char)c; n = 1; }
        else if (!raw && c == '\\') { tmp[0] = '\\'; tmp[1] = '\\'; n = 2; }
        else if (!raw && c == '\t') { memcpy(tmp, "\\t", 2); n = 2; }
        else if (!raw && c == '\n') { memcpy(tmp, "\\n", 2); n = 2; }
        else if (!raw && c == '\r') { memcpy(tmp, "\\r", 2); n = 2; }
        else if (c < 0x100) n = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else if (c < 0x10000) n = snprintf(tmp, sizeof tmp, "\\u%04x", c);
        else n = snprintf(tmp, sizeof tmp, "\\U%08x", c);
        if (bb_put(&out, tmp, n) < 0) return NULL;
    }
    return ft_bytes_new(out.p ? out.p : "", out.len);
}

ft_obj *ft_codec_encode(ft_obj *str, const char *encoding, const char *errors)
{
    int id = codec_lookup(encoding);
    if (id < 0) return unknown_encoding(encoding);
    ft_str_obj *s = FT_STR(str);
    if (id == C_UESC || id == C_RAWUESC) return encode_escape(str, id == C_RAWUESC);
    if (id == C_UTF8SIG) {
        ft_obj *b = ft_codec_encode(str, "utf-8", errors);
        if (!b) return NULL;
        ft_obj *r = ft_bytes_raw(ft_bytes_size(b) + 3);
        if (!r) return NULL;
        memcpy(ft_bytes_data(r), "\xEF\xBB\xBF", 3);
        memcpy(ft_bytes_data(r) + 3, ft_bytes_data(b), (size_t)ft_bytes_size(b));
        return r;
    }
    if (id == C_UTF8 && !str_has_surrogates(str)) return ft_bytes_new(s->data, s->nbytes);
    if ((id == C_ASCII || id == C_LATIN1) && s->is_ascii) return ft_bytes_new(s->data, s->nbytes);
    enc st;
    st.codec = id;
    st.name = canonical_names[id];
    st.errors = errors ? errors : "strict";
    st.handler = handler_lookup(st.errors);
    st.str = str;
    st.out.p = NULL;
    st.out.len = st.out.cap = 0;
    ft_ssize n;
    uint32_t *cps = ft_str_to_ucs4(str, &n);
    if (!cps) return NULL;
    if (id == C_UTF16 || id == C_UTF32) {
        st.codec = id == C_UTF16 ? C_UTF16LE : C_UTF32LE;
        if (put_unit(&st, 0xFEFF) < 0) return NULL;
    }
    if (bb_reserve(&st.out, n) < 0) return NULL;
    uint32_t limit = id == C_ASCII ? 0x80 : id == C_LATIN1 ? 0x100 : 0x110000;
    for (ft_ssize i = 0; i < n;) {
        uint32_t c = cps[i];
        bool bad = id == C_ASCII || id == C_LATIN1 ? c >= limit : is_surrogate(c);
        if (!bad) {
            if (put_unit(&st, c) < 0) return NULL;
            i++;
            continue;
        }
        ft_ssize e = i + 1;
        if (id == C_ASCII || id == C_LATIN1) {
            while (e < n && cps[e] >= limit) e++;
        } else if (id == C_UTF8) {
            while (e < n && is_surrogate(cps[e])) e++;
        }
        const char *reason = id == C_ASCII ? "ordinal not in range(128)"
                           : id == C_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
        ft_ssize resume;
        if (enc_error(&st, cps, i, e, reason, &resume) < 0) return NULL;
        i = resume;
    }
    return ft_bytes_new(st.out.p ? st.out.p : "", st.out.len);
}
