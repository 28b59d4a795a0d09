/* bytes.c -- the bytes type, and the byte-string methods shared with
 * bytearray (bytes_methods are written once over a buffer view of self).
 *
 * INVARIANTS / LOCKING
 *  - bytes are immutable once published; `hash` is cached lazily (-1 =
 *    unknown; racing writers store the same value).
 *  - Shared methods read `self` through ft_get_buffer(). For a bytearray
 *    that registers an export (under its ob_lock), so the storage cannot be
 *    resized or freed while the method runs; concurrent writers may still
 *    change bytes in place (a data race on contents only, never on memory).
 *  - Results take the type of self: bytes methods return bytes, bytearray
 *    methods return bytearray (`bm_make`).
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"
#include "objects/codecs.h"

#include <stdio.h>

/* ------------------------------------------------------------------------ */
/* construction                                                               */

static struct { ft_bytes b; char nul[8]; } empty_bytes_static;  /* room for the NUL */
ft_obj *ft_bytes_empty = (ft_obj *)&empty_bytes_static;

bool ft_bytes_check(ft_obj *o) { return (ft_type_of(o)->flags & FT_TPF_BYTES_SUBCLASS) != 0; }

ft_obj *ft_bytes_raw(ft_ssize size)
{
    if (size < 0 || (size_t)size > (SIZE_MAX >> 2) - sizeof(ft_bytes)) return ft_err_no_memory();
    ft_bytes *b = (ft_bytes *)ft_obj_alloc(&ft_bytes_type, sizeof(ft_bytes) + (size_t)size + 1);
    if (!b) return NULL;
    b->size = size;
    atomic_store_explicit(&b->hash, -1, memory_order_relaxed);
    return (ft_obj *)b;
}

ft_obj *ft_bytes_new(const char *data, ft_ssize size)
{
    if (size < 0) return ft_err_bad_internal_call("ft_bytes_new");
    if (size == 0 && empty_bytes_static.b.ob.ob_type) return ft_bytes_empty;
    ft_obj *b = ft_bytes_raw(size);
    if (!b) return NULL;
    if (data) memcpy(ft_bytes_data(b), data, (size_t)size);
    return b;
}

/* ------------------------------------------------------------------------ */
/* buffer protocol                                                            */

int ft_get_buffer(ft_obj *o, ft_buffer *view)
{
    ft_type *t = ft_type_of(o);
    if (t->flags & FT_TPF_BYTES_SUBCLASS) {
        view->obj = o;
        view->buf = ft_bytes_data(o);
        view->len = ft_bytes_size(o);
        view->readonly = true;
        return 0;
    }
    if (ft_bytearray_check(o)) {
        ft_bytearray *ba = (ft_bytearray *)o;
        ft_lock(o);
        ba->exports++;
        view->obj = o;
        view->buf = ba->items ? ba->items : "";
        view->len = ba->size;
        view->readonly = false;
        ft_unlock(o);
        return 0;
    }
    if (ft_type_is_subtype(t, &ft_memoryview_type)) {
        extern int ft_memoryview_getbuf(ft_obj *mv, ft_buffer *view);
        return ft_memoryview_getbuf(o, view);
    }
    ft_err_format(ft_exc_TypeError, "a bytes-like object is required, not '%s'", t->name);
    return -1;
}

void ft_release_buffer(ft_buffer *view)
{
    if (view->obj && ft_bytearray_check(view->obj)) ft_bytearray_release_export(view->obj);
    view->obj = NULL;
}

/* ------------------------------------------------------------------------ */
/* helpers                                                                    */

static bool is_ba(ft_obj *self) { return ft_bytearray_check(self); }

static ft_obj *bm_make(ft_obj *self, const char *d, ft_ssize n)
{
    return is_ba(self) ? ft_bytearray_new(d, n) : ft_bytes_new(d, n);
}

/* self unchanged: bytes return self itself (exact type), bytearray a copy */
static ft_obj *bm_same(ft_obj *self, ft_buffer *v)
{
    if (ft_type_of(self) == &ft_bytes_type) return self;
    return bm_make(self, v->buf, v->len);
}

int ft_byte_from_obj(ft_obj *o, unsigned char *out)
{
    if (!ft_int_check(o) && !ft_type_of(o)->as_number.index) {
        ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer", ft_type_of(o)->name);
        return -1;
    }
    ft_obj *i = ft_index(o);
    if (!i) return -1;
    int64_t v;
    int ovf = 0;
    if (ft_int_as_i64_overflow(i, &v, &ovf) < 0) return -1;
    if (ovf || v < 0 || v > 255) {
        ft_err_set_str(ft_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

static ft_ssize idx_arg(ft_obj *o)
{
    if (ft_is_smallint(o)) return ft_smallint_value(o);
    if (!ft_int_check(o) && !ft_type_of(o)->as_number.index) {
        ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer", ft_type_of(o)->name);
        return -1;
    }
    return ft_index_as_ssize(o, ft_exc_OverflowError);
}

/* A "sub" argument: bytes-like, or (if allow_int) an int 0..255. */
typedef struct subarg { ft_buffer view; bool have_view; char byte; const char *p; ft_ssize n; } subarg;

static int sub_get(ft_obj *o, subarg *s, bool allow_int)
{
    s->have_view = false;
    if (allow_int && (ft_int_check(o) || (!ft_bytes_check(o) && !ft_bytearray_check(o) &&
                                          ft_type_of(o)->as_number.index))) {
        unsigned char c;
        if (ft_byte_from_obj(o, &c) < 0) return -1;
        s->byte = (char)c;
        s->p = &s->byte;
        s->n = 1;
        return 0;
    }
    if (ft_get_buffer(o, &s->view) < 0) {
        ft_err_clear();
        if (allow_int)
            ft_err_format(ft_exc_TypeError, "argument should be integer or bytes-like object, not '%s'", ft_type_of(o)->name);
        else
            ft_err_format(ft_exc_TypeError, "a bytes-like object is required, not '%s'", ft_type_of(o)->name);
        return -1;
    }
    s->have_view = true;
    s->p = s->view.buf;
    s->n = s->view.len;
    return 0;
}

static void sub_done(subarg *s) { if (s->have_view) ft_release_buffer(&s->view); }

static const char *rmem(const char *h, ft_ssize hn, const char *n, ft_ssize nn)
{
    if (nn == 0) return h + hn;
    if (nn > hn) return NULL;
    for (const char *p = h + hn - nn;; p--) {
        if (*p == *n && !memcmp(p, n, (size_t)nn)) return p;
        if (p == h) return NULL;
    }
}

static bool b_isspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static bool b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The methods read self through a view. A bytearray self is copied under
 * its lock rather than exported: an export would make a concurrent
 * append() in another thread fail with BufferError, which CPython's
 * methods (critical sections, no export) never cause. */
static int self_view(ft_obj *self, ft_buffer *v)
{
    if (ft_bytes_check(self)) return ft_get_buffer(self, v);
    if (ft_bytearray_check(self)) {
        ft_bytearray *ba = (ft_bytearray *)self;
        ft_lock(self);
        ft_ssize n = ba->size;
        char *d = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
        if (d && n) memcpy(d, ba->items, (size_t)n);
        ft_unlock(self);
        if (!d) return -1;
        v->obj = NULL;
        v->buf = d;
        v->len = n;
        v->readonly = false;
        return 0;
    }
    return ft_get_buffer(self, v);
}
#define BEGIN_SELF(v) ft_buffer v; if (self_view(self, &v) < 0) return NULL
#define END_SELF(v) ft_release_buffer(&v)

/* ------------------------------------------------------------------------ */
/* search                                                                     */

static ft_obj *bm_find_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw,
                              const char *name, int dir, int mode /*0 find 1 index 2 count*/)
{
    if (ft_check_positional(name, nargs, kw, 1, 3) < 0) return NULL;
    ft_ssize start = 0, end = FT_SMALLINT_MAX;
    if (nargs > 1 && ft_text_parse_slice_arg(args[1], &start) < 0) return NULL;
    if (nargs > 2 && ft_text_parse_slice_arg(args[2], &end) < 0) return NULL;
    subarg s;
    if (sub_get(args[0], &s, true) < 0) return NULL;
    BEGIN_SELF(v);
    ft_text_adjust_indices(&start, &end, v.len);
    ft_ssize r = -1;
    if (mode == 2) {
        r = 0;
        if (start <= v.len && end >= start) {
            if (s.n == 0) r = end - start + 1;
            else {
                const char *p = v.buf + start, *e = v.buf + end;
                while ((p = memmem(p, (size_t)(e - p), s.p, (size_t)s.n)) != NULL) { r++; p += s.n; }
            }
        }
    } else if (start <= v.len && end - start >= s.n) {
        const char *m = dir > 0 ? memmem(v.buf + start, (size_t)(end - start), s.p, (size_t)s.n)
                                : rmem(v.buf + start, end - start, s.p, s.n);
        if (s.n == 0) m = dir > 0 ? v.buf + start : v.buf + end;
        if (m) r = m - v.buf;
    }
    END_SELF(v);
    sub_done(&s);
    if (mode == 1 && r < 0) {
        ft_err_set_str(ft_exc_ValueError, "subsection not found");
        return NULL;
    }
    return ft_smallint(r);
}

static ft_obj *bm_find(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_find_common(self, a, n, kw, "find", 1, 0); }
static ft_obj *bm_rfind(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_find_common(self, a, n, kw, "rfind", -1, 0); }
static ft_obj *bm_index(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_find_common(self, a, n, kw, "index", 1, 1); }
static ft_obj *bm_rindex(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_find_common(self, a, n, kw, "rindex", -1, 1); }
static ft_obj *bm_count(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_find_common(self, a, n, kw, "count", 1, 2); }

static ft_obj *bm_startsends(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name, int dir)
{
    if (ft_check_positional(name, nargs, kw, 1, 3) < 0) return NULL;
    ft_ssize start = 0, end = FT_SMALLINT_MAX;
    if (nargs > 1 && ft_text_parse_slice_arg(args[1], &start) < 0) return NULL;
    if (nargs > 2 && ft_text_parse_slice_arg(args[2], &end) < 0) return NULL;
    ft_obj *sub = args[0];
    ft_obj *const *cands = &args[0];
    ft_ssize ncand = 1;
    bool is_tuple = ft_tuple_check(sub);
    if (is_tuple) { cands = ft_tuple_items(sub); ncand = ft_tuple_size(sub); }
    BEGIN_SELF(v);
    ft_text_adjust_indices(&start, &end, v.len);
    bool found = false;
    for (ft_ssize i = 0; i < ncand && !found; i++) {
        ft_buffer s;
        if (ft_get_buffer(cands[i], &s) < 0) {
            ft_err_clear();
            END_SELF(v);
            if (is_tuple)
                return ft_err_format(ft_exc_TypeError, "a bytes-like object is required, not '%s'", ft_type_of(cands[i])->name);
            return ft_err_format(ft_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                                 name, ft_type_of(cands[i])->name);
        }
        if (start <= v.len && end - start >= s.len) {
            const char *at = dir < 0 ? v.buf + start : v.buf + end - s.len;
            found = memcmp(at, s.buf, (size_t)s.len) == 0;
        }
        ft_release_buffer(&s);
    }
    END_SELF(v);
    return ft_bool(found);
}

static ft_obj *bm_startswith(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_startsends(self, a, n, kw, "startswith", -1); }
static ft_obj *bm_endswith(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_startsends(self, a, n, kw, "endswith", 1); }

/* ------------------------------------------------------------------------ */
/* case / predicates                                                          */

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAP };

static ft_obj *bm_case(ft_obj *self, int mode)
{
    BEGIN_SELF(v);
    char *d = ft_gc_alloc((size_t)v.len + 1, FT_GC_ATOMIC);
    if (!d) { END_SELF(v); return NULL; }
    bool prev = false;
    for (ft_ssize i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.buf[i];
        bool up = b_isupper(c), lo = b_islower(c);
        switch (mode) {
        case BC_LOWER: if (up) c += 32; break;
        case BC_UPPER: if (lo) c -= 32; break;
        case BC_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case BC_TITLE: if (prev) { if (up) c += 32; } else if (lo) c -= 32; prev = up || lo; break;
        case BC_CAP: if (i == 0) { if (lo) c -= 32; } else if (up) c += 32; break;
        }
        d[i] = (char)c;
    }
    ft_ssize n = v.len;
    END_SELF(v);
    return bm_make(self, d, n);
}

static ft_obj *bm_lower(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_case(self, BC_LOWER); }
static ft_obj *bm_upper(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_case(self, BC_UPPER); }
static ft_obj *bm_swapcase(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_case(self, BC_SWAP); }
static ft_obj *bm_title(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_case(self, BC_TITLE); }
static ft_obj *bm_capitalize(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_case(self, BC_CAP); }

enum { BP_ALNUM, BP_ALPHA, BP_DIGIT, BP_SPACE, BP_ASCII, BP_LOWER, BP_UPPER, BP_TITLE };

static ft_obj *bm_pred(ft_obj *self, int which)
{
    BEGIN_SELF(v);
    const unsigned char *p = (const unsigned char *)v.buf;
    ft_ssize n = v.len;
    bool r;
    if (which == BP_ASCII) {
        r = true;
        for (ft_ssize i = 0; i < n; i++) if (p[i] >= 0x80) { r = false; break; }
    } else if (which == BP_LOWER || which == BP_UPPER) {
        bool cased = false;
        r = true;
        for (ft_ssize i = 0; i < n; i++) {
            if (which == BP_LOWER ? b_isupper(p[i]) : b_islower(p[i])) { r = false; break; }
            if (which == BP_LOWER ? b_islower(p[i]) : b_isupper(p[i])) cased = true;
        }
        r = r && cased;
    } else if (which == BP_TITLE) {
        bool cased = false, prev = false;
        r = true;
        for (ft_ssize i = 0; i < n && r; i++) {
            if (b_isupper(p[i])) { if (prev) r = false; prev = cased = true; }
            else if (b_islower(p[i])) { if (!prev) r = false; prev = cased = true; }
            else prev = false;
        }
        r = r && cased;
    } else {
        r = n > 0;
        for (ft_ssize i = 0; i < n && r; i++) {
            unsigned char c = p[i];
            switch (which) {
            case BP_ALNUM: r = b_isalpha(c) || b_isdigit(c); break;
            case BP_ALPHA: r = b_isalpha(c); break;
            case BP_DIGIT: r = b_isdigit(c); break;
            default: r = b_isspace(c); break;
            }
        }
    }
    END_SELF(v);
    return ft_bool(r);
}

static ft_obj *bm_isalnum(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_ALNUM); }
static ft_obj *bm_isalpha(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_ALPHA); }
static ft_obj *bm_isdigit(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_DIGIT); }
static ft_obj *bm_isspace(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_SPACE); }
static ft_obj *bm_isascii(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_ASCII); }
static ft_obj *bm_islower(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_LOWER); }
static ft_obj *bm_isupper(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_UPPER); }
static ft_obj *bm_istitle(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_pred(self, BP_TITLE); }

/* ------------------------------------------------------------------------ */
/* padding / strip                                                            */

static ft_obj *bm_pad(ft_obj *self, ft_buffer *v, ft_ssize left, ft_ssize right, char fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return bm_same(self, v);
    if (left + right > INT32_MAX - v->len) return ft_err_no_memory();
    ft_ssize n = left + right + v->len;
    char *d = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
    if (!d) return NULL;
    memset(d, fill, (size_t)left);
    memcpy(d + left, v->buf, (size_t)v->len);
    memset(d + left + v->len, fill, (size_t)right);
    return bm_make(self, d, n);
}

static ft_obj *bm_just(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name, char how)
{
    if (ft_check_positional(name, nargs, kw, 1, 2) < 0) return NULL;
    ft_ssize width = idx_arg(args[0]);
    if (width == -1 && ft_err_occurred()) return NULL;
    char fill = ' ';
    if (nargs > 1) {
        ft_obj *f = args[1];
        if (ft_bytes_check(f) && ft_bytes_size(f) == 1) fill = ft_bytes_data(f)[0];
        else if (ft_bytearray_check(f) && ((ft_bytearray *)f)->size == 1) fill = ((ft_bytearray *)f)->items[0];
        else
            return ft_err_format(ft_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                                 name, ft_text_argtype(f));
    }
    BEGIN_SELF(v);
    ft_obj *r;
    if (width <= v.len) r = bm_same(self, &v);
    else {
        ft_ssize marg = width - v.len;
        if (how == '<') r = bm_pad(self, &v, 0, marg, fill);
        else if (how == '>') r = bm_pad(self, &v, marg, 0, fill);
        else {
            ft_ssize left = marg / 2 + (marg & width & 1);
            r = bm_pad(self, &v, left, marg - left, fill);
        }
    }
    END_SELF(v);
    return r;
}

static ft_obj *bm_center(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_just(self, a, n, kw, "center", '^'); }
static ft_obj *bm_ljust(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_just(self, a, n, kw, "ljust", '<'); }
static ft_obj *bm_rjust(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_just(self, a, n, kw, "rjust", '>'); }

static ft_obj *bm_zfill(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("zfill", nargs, kw, 1, 1) < 0) return NULL;
    ft_ssize width = idx_arg(args[0]);
    if (width == -1 && ft_err_occurred()) return NULL;
    BEGIN_SELF(v);
    ft_obj *r;
    if (width <= v.len) r = bm_same(self, &v);
    else {
        ft_ssize fill = width - v.len;
        char *d = ft_gc_alloc((size_t)width + 1, FT_GC_ATOMIC);
        if (!d) { END_SELF(v); return NULL; }
        memset(d, '0', (size_t)fill);
        memcpy(d + fill, v.buf, (size_t)v.len);
        if (v.len > 0 && (d[fill] == '+' || d[fill] == '-')) { d[0] = d[fill]; d[fill] = '0'; }
        r = bm_make(self, d, width);
    }
    END_SELF(v);
    return r;
}

static ft_obj *bm_strip_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name, int which)
{
    if (ft_check_positional(name, nargs, kw, 0, 1) < 0) return NULL;
    uint8_t set[32];
    memset(set, 0, sizeof set);
    if (nargs && args[0] != ft_None) {
        ft_buffer c;
        if (ft_get_buffer(args[0], &c) < 0) {
            ft_err_clear();
            return ft_err_format(ft_exc_TypeError, "a bytes-like object is required, not '%s'", ft_type_of(args[0])->name);
        }
        for (ft_ssize i = 0; i < c.len; i++) set[(unsigned char)c.buf[i] >> 3] |= (uint8_t)(1u << (c.buf[i] & 7));
        ft_release_buffer(&c);
    } else {
        const char *ws = " \t\n\r\x0b\x0c";
        for (; *ws; ws++) set[(unsigned char)*ws >> 3] |= (uint8_t)(1u << (*ws & 7));
    }
#define IN(c) ((set[(unsigned char)(c) >> 3] >> ((c) & 7)) & 1)
    BEGIN_SELF(v);
    ft_ssize i = 0, j = v.len;
    if (which & 1) while (i < j && IN(v.buf[i])) i++;
    if (which & 2) while (j > i && IN(v.buf[j - 1])) j--;
#undef IN
    ft_obj *r = (i == 0 && j == v.len) ? bm_same(self, &v) : bm_make(self, v.buf + i, j - i);
    END_SELF(v);
    return r;
}

static ft_obj *bm_strip(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_strip_common(self, a, n, kw, "strip", 3); }
static ft_obj *bm_lstrip(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_strip_common(self, a, n, kw, "lstrip", 1); }
static ft_obj *bm_rstrip(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_strip_common(self, a, n, kw, "rstrip", 2); }

static ft_obj *bm_removeaffix(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name, bool prefix)
{
    if (ft_check_positional(name, nargs, kw, 1, 1) < 0) return NULL;
    subarg s;
    if (sub_get(args[0], &s, false) < 0) return NULL;
    BEGIN_SELF(v);
    ft_obj *r;
    if (s.n > 0 && s.n <= v.len && !memcmp(prefix ? v.buf : v.buf + v.len - s.n, s.p, (size_t)s.n))
        r = bm_make(self, prefix ? v.buf + s.n : v.buf, v.len - s.n);
    else r = bm_same(self, &v);
    END_SELF(v);
    sub_done(&s);
    return r;
}

static ft_obj *bm_removeprefix(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_removeaffix(self, a, n, kw, "removeprefix", true); }
static ft_obj *bm_removesuffix(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_removeaffix(self, a, n, kw, "removesuffix", false); }

static ft_obj *bm_expandtabs(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"tabsize", NULL};
    ft_obj *a[1] = {NULL};
    if (ft_parse_args("expandtabs", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    ft_ssize tabsize = 8;
    if (a[0]) { tabsize = idx_arg(a[0]); if (tabsize == -1 && ft_err_occurred()) return NULL; }
    BEGIN_SELF(v);
    ft_ssize total = 0, col = 0;
    for (ft_ssize i = 0; i < v.len; i++) {
        char c = v.buf[i];
        if (c == '\t') { if (tabsize > 0) { ft_ssize inc = tabsize - col % tabsize; total += inc; col += inc; } }
        else { total++; col++; if (c == '\n' || c == '\r') col = 0; }
        if (total > INT32_MAX) { END_SELF(v); ft_err_set_str(ft_exc_OverflowError, "result too long"); return NULL; }
    }
    char *d = ft_gc_alloc((size_t)total + 1, FT_GC_ATOMIC);
    if (!d) { END_SELF(v); return NULL; }
    ft_ssize k = 0;
    col = 0;
    for (ft_ssize i = 0; i < v.len && k <= total; i++) {
        char c = v.buf[i];
        if (c == '\t') {
            if (tabsize > 0) {
                ft_ssize inc = tabsize - col % tabsize;
                if (k + inc > total) break;
                memset(d + k, ' ', (size_t)inc);
                k += inc;
                col += inc;
            }
        } else {
            if (k >= total) break;
            d[k++] = c;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    END_SELF(v);
    return bm_make(self, d, k);
}

/* ------------------------------------------------------------------------ */
/* split / join / partition / replace                                         */

static int add_piece(ft_obj *self, ft_obj *list, const char *p, ft_ssize n)
{
    ft_obj *o = bm_make(self, p, n);
    return o ? ft_list_append(list, o) : -1;
}

static int split_args(const char *name, ft_obj *const *args, size_t nargs, ft_obj *kw, ft_obj **sep, ft_ssize *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args(name, args, nargs, kw, names, 0, 0, a) < 0) return -1;
    *sep = a[0] && a[0] != ft_None ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1]) { *maxsplit = idx_arg(a[1]); if (*maxsplit == -1 && ft_err_occurred()) return -1; }
    if (*maxsplit < 0) *maxsplit = FT_SMALLINT_MAX;
    return 0;
}

static ft_obj *bm_split_impl(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, bool right)
{
    ft_obj *sepo;
    ft_ssize maxsplit;
    if (split_args(right ? "rsplit" : "split", args, nargs, kw, &sepo, &maxsplit) < 0) return NULL;
    subarg s = {0};
    if (sepo) {
        if (sub_get(sepo, &s, false) < 0) return NULL;
        if (s.n == 0) { sub_done(&s); ft_err_set_str(ft_exc_ValueError, "empty separator"); return NULL; }
    }
    ft_obj *list = ft_list_new(0);
    if (!list) { sub_done(&s); return NULL; }
    BEGIN_SELF(v);
    const char *b = v.buf, *e = v.buf + v.len;
    int rc = 0;
    if (!sepo) {
        if (!right) {
            const char *p = b;
            while (p < e && rc == 0) {
                while (p < e && b_isspace((unsigned char)*p)) p++;
                if (p >= e) break;
                if (maxsplit-- <= 0) {
                    rc = add_piece(self, list, p, e - p);
                    break;
                }
                const char *w = p;
                while (p < e && !b_isspace((unsigned char)*p)) p++;
                rc = add_piece(self, list, w, p - w);
            }
        } else {
            const char *q = e;
            while (q > b && rc == 0) {
                while (q > b && b_isspace((unsigned char)q[-1])) q--;
                if (q <= b) break;
                if (maxsplit-- <= 0) {
                    rc = add_piece(self, list, b, q - b);
                    break;
                }
                const char *w = q;
                while (w > b && !b_isspace((unsigned char)w[-1])) w--;
                rc = add_piece(self, list, w, q - w);
                q = w;
            }
        }
    } else if (!right) {
        const char *p = b;
        while (maxsplit-- > 0 && rc == 0) {
            const char *m = memmem(p, (size_t)(e - p), s.p, (size_t)s.n);
            if (!m) break;
            rc = add_piece(self, list, p, m - p);
            p = m + s.n;
        }
        if (rc == 0) rc = add_piece(self, list, p, e - p);
    } else {
        const char *q = e;
        while (maxsplit-- > 0 && rc == 0) {
            const char *m = rmem(b, q - b, s.p, s.n);
            if (!m) break;
            rc = add_piece(self, list, m + s.n, q - (m + s.n));
            q = m;
        }
        if (rc == 0) rc = add_piece(self, list, b, q - b);
    }
    END_SELF(v);
    sub_done(&s);
    if (rc < 0) return NULL;
    if (right && ft_list_reverse(list) < 0) return NULL;
    return list;
}

static ft_obj *bm_split(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_split_impl(self, a, n, kw, false); }
static ft_obj *bm_rsplit(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return bm_split_impl(self, a, n, kw, true); }

static ft_obj *bm_splitlines(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"keepends", NULL};
    ft_obj *a[1] = {NULL};
    if (ft_parse_args("splitlines", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) { keep = ft_is_true(a[0]); if (keep < 0) return NULL; }
    ft_obj *list = ft_list_new(0);
    if (!list) return NULL;
    BEGIN_SELF(v);
    ft_ssize i = 0;
    int rc = 0;
    while (i < v.len && rc == 0) {
        ft_ssize s = i;
        while (i < v.len && v.buf[i] != '\n' && v.buf[i] != '\r') i++;
        ft_ssize eol = i;
        if (i < v.len) {
            if (v.buf[i] == '\r' && i + 1 < v.len && v.buf[i + 1] == '\n') i += 2;
            else i++;
        }
        rc = add_piece(self, list, v.buf + s, (keep ? i : eol) - s);
    }
    END_SELF(v);
    return rc < 0 ? NULL : list;
}

static ft_obj *bm_join(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("join", nargs, kw, 1, 1) < 0) return NULL;
    ft_obj *holder = NULL;
    ft_ssize n;
    ft_obj **items = ft_sequence_fast(args[0], &n, &holder, "can only join an iterable");
    if (!items) return NULL;
    BEGIN_SELF(v);
    ft_ssize total = 0;
    for (ft_ssize i = 0; i < n; i++) {
        ft_buffer iv;
        if (ft_get_buffer(items[i], &iv) < 0) {
            ft_err_clear();
            END_SELF(v);
            return ft_err_format(ft_exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found",
                                 i, ft_type_of(items[i])->name);
        }
        total += iv.len + (i ? v.len : 0);
        ft_release_buffer(&iv);
        if (total > INT32_MAX) { END_SELF(v); return ft_err_no_memory(); }
    }
    char *d = ft_gc_alloc((size_t)total + 1, FT_GC_ATOMIC);
    if (!d) { END_SELF(v); return NULL; }
    ft_ssize k = 0;
    for (ft_ssize i = 0; i < n; i++) {
        ft_buffer iv;
        if (ft_get_buffer(items[i], &iv) < 0) { END_SELF(v); return NULL; }
        ft_ssize need = iv.len + (i ? v.len : 0);
        if (k + need > total) { ft_release_buffer(&iv); break; }  /* items changed under us */
        if (i) { memcpy(d + k, v.buf, (size_t)v.len); k += v.len; }
        memcpy(d + k, iv.buf, (size_t)iv.len);
        k += iv.len;
        ft_release_buffer(&iv);
    }
    END_SELF(v);
    (void)holder;
    return bm_make(self, d, k);
}

static ft_obj *bm_partition_impl(ft_obj *self, ft_obj *sepo, bool right)
{
    subarg s;
    if (sub_get(sepo, &s, false) < 0) return NULL;
    if (s.n == 0) { sub_done(&s); ft_err_set_str(ft_exc_ValueError, "empty separator"); return NULL; }
    BEGIN_SELF(v);
    const char *m = right ? rmem(v.buf, v.len, s.p, s.n) : memmem(v.buf, (size_t)v.len, s.p, (size_t)s.n);
    ft_obj *a, *b, *c;
    if (!m) {
        ft_obj *whole = bm_make(self, v.buf, v.len);
        ft_obj *e1 = bm_make(self, "", 0), *e2 = bm_make(self, "", 0);
        if (right) { a = e1; b = e2; c = whole; } else { a = whole; b = e1; c = e2; }
    } else {
        a = bm_make(self, v.buf, m - v.buf);
        b = bm_make(self, s.p, s.n);
        c = bm_make(self, m + s.n, v.len - (m - v.buf) - s.n);
    }
    END_SELF(v);
    sub_done(&s);
    if (!a || !b || !c) return NULL;
    return ft_tuple_pack(3, a, b, c);
}

static ft_obj *bm_partition(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("partition", nargs, kw, 1, 1) < 0) return NULL;
    return bm_partition_impl(self, args[0], false);
}

static ft_obj *bm_rpartition(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("rpartition", nargs, kw, 1, 1) < 0) return NULL;
    return bm_partition_impl(self, args[0], true);
}

static ft_obj *bm_replace(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"old", "new", "count", NULL};
    ft_obj *a[3] = {NULL, NULL, NULL};
    if (nargs < 2 && !(kw && ft_tuple_size(kw)))
        return ft_err_format(ft_exc_TypeError, "replace expected at least 2 arguments, got %zu", nargs);
    if (ft_parse_args("replace", args, nargs, kw, names, 3, 2, a) < 0) return NULL;
    subarg o, nw;
    if (sub_get(a[0], &o, false) < 0) return NULL;
    if (sub_get(a[1], &nw, false) < 0) { sub_done(&o); return NULL; }
    ft_ssize count = -1;
    if (a[2]) {
        count = idx_arg(a[2]);
        if (count == -1 && ft_err_occurred()) { sub_done(&o); sub_done(&nw); return NULL; }
    }
    if (count < 0) count = FT_SMALLINT_MAX;
    BEGIN_SELF(v);
    /* first count the matches to size the result */
    ft_ssize nm = 0;
    if (o.n == 0) nm = count < v.len + 1 ? count : v.len + 1;
    else {
        const char *p = v.buf, *e = v.buf + v.len;
        while (nm < count && (p = memmem(p, (size_t)(e - p), o.p, (size_t)o.n)) != NULL) { nm++; p += o.n; }
    }
    ft_obj *r;
    if (nm == 0) r = bm_same(self, &v);
    else {
        ft_ssize total = v.len + nm * (nw.n - o.n);
        char *d = total > INT32_MAX ? NULL : ft_gc_alloc((size_t)total + 1, FT_GC_ATOMIC);
        if (!d) { r = total > INT32_MAX ? ft_err_no_memory() : NULL; }
        else {
            ft_ssize k = 0;
            const char *p = v.buf, *e = v.buf + v.len;
            if (o.n == 0) {
                for (ft_ssize i = 0; i < nm; i++) {
                    memcpy(d + k, nw.p, (size_t)nw.n); k += nw.n;
                    if (p < e) d[k++] = *p++;
                }
            } else {
                for (ft_ssize i = 0; i < nm; i++) {
                    const char *m = memmem(p, (size_t)(e - p), o.p, (size_t)o.n);
                    memcpy(d + k, p, (size_t)(m - p)); k += m - p;
                    memcpy(d + k, nw.p, (size_t)nw.n); k += nw.n;
                    p = m + o.n;
                }
            }
            memcpy(d + k, p, (size_t)(e - p));
            k += e - p;
            r = bm_make(self, d, k);
        }
    }
    END_SELF(v);
    sub_done(&o);
    sub_done(&nw);
    return r;
}

/* ------------------------------------------------------------------------ */
/* translate / maketrans / hex / fromhex / decode                              */

static ft_obj *bm_translate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"table", "delete", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "translate() takes at least 1 positional argument (%zu given)", nargs);
    if (ft_parse_args("translate", args, nargs, kw, names, 1, 1, a) < 0) return NULL;
    unsigned char table[256];
    bool have_table = a[0] != ft_None;
    if (have_table) {
        ft_buffer t;
        if (ft_get_buffer(a[0], &t) < 0) return NULL;
        if (t.len != 256) {
            ft_release_buffer(&t);
            ft_err_set_str(ft_exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
        memcpy(table, t.buf, 256);
        ft_release_buffer(&t);
    }
    uint8_t del[32];
    memset(del, 0, sizeof del);
    if (a[1]) {
        ft_buffer dv;
        if (ft_get_buffer(a[1], &dv) < 0) return NULL;
        for (ft_ssize i = 0; i < dv.len; i++) del[(unsigned char)dv.buf[i] >> 3] |= (uint8_t)(1u << (dv.buf[i] & 7));
        ft_release_buffer(&dv);
    }
    BEGIN_SELF(v);
    char *d = ft_gc_alloc((size_t)v.len + 1, FT_GC_ATOMIC);
    if (!d) { END_SELF(v); return NULL; }
    ft_ssize k = 0;
    for (ft_ssize i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.buf[i];
        if ((del[c >> 3] >> (c & 7)) & 1) continue;
        d[k++] = (char)(have_table ? table[c] : c);
    }
    ft_obj *r = bm_make(self, d, k);
    END_SELF(v);
    return r;
}

static ft_obj *bm_maketrans(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("maketrans", nargs, kw, 2, 2) < 0) return NULL;
    ft_buffer f, t;
    if (ft_get_buffer(args[0], &f) < 0) return NULL;
    if (ft_get_buffer(args[1], &t) < 0) { ft_release_buffer(&f); return NULL; }
    ft_obj *r = NULL;
    if (f.len != t.len) ft_err_set_str(ft_exc_ValueError, "maketrans arguments must have same length");
    else {
        r = ft_bytes_raw(256);
        if (r) {
            char *d = ft_bytes_data(r);
            for (int i = 0; i < 256; i++) d[i] = (char)i;
            for (ft_ssize i = 0; i < f.len; i++) d[(unsigned char)f.buf[i]] = t.buf[i];
        }
    }
    ft_release_buffer(&f);
    ft_release_buffer(&t);
    return r;
}

/* hex of a raw buffer (used by bytes, bytearray, memoryview) */
ft_obj *ft_bytes_hex_impl(const char *buf, ft_ssize len, ft_obj *const *args, size_t nargs, ft_obj *kw);
ft_obj *ft_bytes_hex_impl(const char *buf, ft_ssize len, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args("hex", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    char sep = 0;
    ft_ssize per = 1;
    if (a[1]) { per = idx_arg(a[1]); if (per == -1 && ft_err_occurred()) return NULL; }
    if (a[0]) {
        ft_ssize sl = ft_len(a[0]);
        if (sl < 0) return NULL;
        if (sl != 1) { ft_err_set_str(ft_exc_ValueError, "sep must be length 1."); return NULL; }
        if (ft_str_check(a[0])) {
            uint32_t c = ft_str_char_at(a[0], 0);
            if (c > 127) { ft_err_set_str(ft_exc_ValueError, "sep must be ASCII."); return NULL; }
            sep = (char)c;
        } else if (ft_bytes_check(a[0])) {
            sep = ft_bytes_data(a[0])[0];
        } else {
            ft_err_set_str(ft_exc_TypeError, "sep must be str or bytes.");
            return NULL;
        }
    }
    static const char hx[] = "0123456789abcdef";
    ft_ssize aper = per < 0 ? -per : per;
    if (!sep || per == 0 || len == 0) aper = 0;
    ft_ssize nsep = aper ? (len - 1) / aper : 0;
    ft_ssize total = len * 2 + nsep;
    ft_obj *r = ft_str_raw(total);
    if (!r) return NULL;
    char *d = FT_STR(r)->data;
    ft_ssize k = 0;
    for (ft_ssize i = 0; i < len; i++) {
        if (aper && i > 0) {
            /* per > 0 counts groups from the right, per < 0 from the left */
            bool put = per > 0 ? ((len - i) % aper == 0) : (i % aper == 0);
            if (put) d[k++] = sep;
        }
        unsigned char c = (unsigned char)buf[i];
        d[k++] = hx[c >> 4];
        d[k++] = hx[c & 15];
    }
    FT_STR(r)->nbytes = k;
    ft_str_seal(r, k);
    return r;
}

static ft_obj *bm_hex(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    BEGIN_SELF(v);
    ft_obj *r = ft_bytes_hex_impl(v.buf, v.len, args, nargs, kw);
    END_SELF(v);
    return r;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

ft_obj *ft_bytes_fromhex_impl(ft_obj *s);
ft_obj *ft_bytes_fromhex_impl(ft_obj *s)
{
    if (!ft_str_check(s))
        return ft_err_format(ft_exc_TypeError, "fromhex() argument must be str, not %s", ft_type_of(s)->name);
    ft_ssize n;
    uint32_t *c = ft_str_to_ucs4(s, &n);
    if (!c) return NULL;
    char *d = ft_gc_alloc((size_t)n / 2 + 1, FT_GC_ATOMIC);
    if (!d) return NULL;
    ft_ssize k = 0, i = 0;
    while (i < n) {
        if (c[i] < 128 && b_isspace((unsigned char)c[i])) { i++; continue; }
        int hi = c[i] < 128 ? hexval((unsigned char)c[i]) : -1;
        if (hi < 0) goto bad;
        if (i + 1 >= n) { i++; goto bad; }
        int lo = c[i + 1] < 128 ? hexval((unsigned char)c[i + 1]) : -1;
        if (lo < 0) { i++; goto bad; }
        d[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    return ft_bytes_new(d, k);
bad:
    return ft_err_format(ft_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
}

static ft_obj *bytes_fromhex(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("fromhex", nargs, kw, 1, 1) < 0) return NULL;
    ft_obj *r = ft_bytes_fromhex_impl(args[0]);
    if (!r || cls == (ft_obj *)&ft_bytes_type) return r;
    return ft_call1(cls, r);
}

static ft_obj *bm_decode(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args("decode", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    const char *enc = "utf-8", *err = "strict";
    if (a[0]) {
        if (!ft_str_check(a[0]))
            return ft_err_format(ft_exc_TypeError, "decode() argument 'encoding' must be str, not %s", ft_text_argtype(a[0]));
        enc = ft_str_utf8(a[0]);
    }
    if (a[1]) {
        if (!ft_str_check(a[1]))
            return ft_err_format(ft_exc_TypeError, "decode() argument 'errors' must be str, not %s", ft_text_argtype(a[1]));
        err = ft_str_utf8(a[1]);
    }
    BEGIN_SELF(v);
    ft_obj *r = ft_codec_decode(v.buf, v.len, enc, err);
    END_SELF(v);
    return r;
}

/* Method table shared by bytes and bytearray (bytearray.c adds its own). */
const ft_method_def ft_bytes_common_methods[] = {
    {"capitalize", bm_capitalize, FT_METH_NOARGS, "B.capitalize() -> copy of B"},
    {"center", bm_center, FT_METH_VARARGS, "Return a centered string of length width."},
    {"count", bm_count, FT_METH_VARARGS, "Return the number of non-overlapping occurrences of subsection 'sub'."},
    {"decode", bm_decode, FT_METH_KEYWORDS, "Decode the bytes using the codec registered for encoding."},
    {"endswith", bm_endswith, FT_METH_VARARGS, "Return True if the bytes ends with the specified suffix, False otherwise."},
    {"expandtabs", bm_expandtabs, FT_METH_KEYWORDS, "Return a copy where all tab characters are expanded using spaces."},
    {"find", bm_find, FT_METH_VARARGS, "Return the lowest index in B where subsection 'sub' is found."},
    {"hex", bm_hex, FT_METH_KEYWORDS, "Create a string of hexadecimal numbers from a bytes object."},
    {"index", bm_index, FT_METH_VARARGS, "Return the lowest index in B where subsection 'sub' is found."},
    {"isalnum", bm_isalnum, FT_METH_NOARGS, NULL},
    {"isalpha", bm_isalpha, FT_METH_NOARGS, NULL},
    {"isascii", bm_isascii, FT_METH_NOARGS, NULL},
    {"isdigit", bm_isdigit, FT_METH_NOARGS, NULL},
    {"islower", bm_islower, FT_METH_NOARGS, NULL},
    {"isspace", bm_isspace, FT_METH_NOARGS, NULL},
    {"istitle", bm_istitle, FT_METH_NOARGS, NULL},
    {"isupper", bm_isupper, FT_METH_NOARGS, NULL},
    {"join", bm_join, FT_METH_O, "Concatenate any number of bytes objects."},
    {"ljust", bm_ljust, FT_METH_VARARGS, NULL},
    {"lower", bm_lower, FT_METH_NOARGS, NULL},
    {"lstrip", bm_lstrip, FT_METH_VARARGS, NULL},
    {"maketrans", bm_maketrans, FT_METH_VARARGS | FT_METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."},
    {"partition", bm_partition, FT_METH_O, NULL},
    {"removeprefix", bm_removeprefix, FT_METH_O, NULL},
    {"removesuffix", bm_removesuffix, FT_METH_O, NULL},
    {"replace", bm_replace, FT_METH_VARARGS, NULL},
    {"rfind", bm_rfind, FT_METH_VARARGS, NULL},
    {"rindex", bm_rindex, FT_METH_VARARGS, NULL},
    {"rjust", bm_rjust, FT_METH_VARARGS, NULL},
    {"rpartition", bm_rpartition, FT_METH_O, NULL},
    {"rsplit", bm_rsplit, FT_METH_KEYWORDS, NULL},
    {"rstrip", bm_rstrip, FT_METH_VARARGS, NULL},
    {"split", bm_split, FT_METH_KEYWORDS, NULL},
    {"splitlines", bm_splitlines, FT_METH_KEYWORDS, NULL},
    {"startswith", bm_startswith, FT_METH_VARARGS, NULL},
    {"strip", bm_strip, FT_METH_VARARGS, NULL},
    {"swapcase", bm_swapcase, FT_METH_NOARGS, NULL},
    {"title", bm_title, FT_METH_NOARGS, NULL},
    {"translate", bm_translate, FT_METH_KEYWORDS, NULL},
    {"upper", bm_upper, FT_METH_NOARGS, NULL},
    {"zfill", bm_zfill, FT_METH_O, NULL},
    {"fromhex", bytes_fromhex, FT_METH_O | FT_METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------------ */
/* repr, slots                                                                */

int ft_bytes_repr_into(ft_strbuf *b, const char *data, ft_ssize n, const char *prefix)
{
    /* bytearray's repr escapes ' whatever the quote (CPython quirk) */
    bool always_sq = prefix[0] == '!';
    if (always_sq) prefix++;
    static const char hx[] = "0123456789abcdef";
    bool sq = memchr(data, '\'', (size_t)n) != NULL, dq = memchr(data, '"', (size_t)n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    if (ft_strbuf_append_cstr(b, prefix) < 0 || ft_strbuf_append(b, &quote, 1) < 0) return -1;
    for (ft_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)data[i];
        char t[4];
        int k = 0;
        if (c == (unsigned char)quote || c == '\\' || (always_sq && c == '\'')) { t[k++] = '\\'; t[k++] = (char)c; }
        else if (c == '\t') { t[k++] = '\\'; t[k++] = 't'; }
        else if (c == '\n') { t[k++] = '\\'; t[k++] = 'n'; }
        else if (c == '\r') { t[k++] = '\\'; t[k++] = 'r'; }
        else if (c < 0x20 || c >= 0x7F) { t[k++] = '\\'; t[k++] = 'x'; t[k++] = hx[c >> 4]; t[k++] = hx[c & 15]; }
        else t[k++] = (char)c;
        if (ft_strbuf_append(b, t, k) < 0) return -1;
    }
    return ft_strbuf_append(b, &quote, 1);
}

static ft_obj *bytes_repr(ft_obj *self)
{
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (ft_bytes_repr_into(&b, ft_bytes_data(self), ft_bytes_size(self), "b") < 0) return NULL;
    return ft_strbuf_finish(&b);
}

static int64_t bytes_hash(ft_obj *self)
{
    ft_bytes *b = (ft_bytes *)self;
    int64_t h = atomic_load_explicit(&b->hash, memory_order_relaxed);
    if (h != -1) return h;
    h = ft_text_hash_bytes(b->data, (size_t)b->size);
    atomic_store_explicit(&b->hash, h, memory_order_relaxed);
    return h;
}

/* Comparison of two byte strings (shared with bytearray). */
ft_obj *ft_bytes_compare_op(const char *a, ft_ssize an, const char *b, ft_ssize bn, int op);
ft_obj *ft_bytes_compare_op(const char *a, ft_ssize an, const char *b, ft_ssize bn, int op)
{
    if ((op == FT_EQ || op == FT_NE) && an != bn) return ft_bool(op == FT_NE);
    ft_ssize n = an < bn ? an : bn;
    int c = memcmp(a, b, (size_t)n);
    if (c == 0) c = an < bn ? -1 : an > bn ? 1 : 0;
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

static ft_obj *bytes_richcompare(ft_obj *a, ft_obj *b, int op)
{
    if (!ft_bytes_check(a) || !ft_bytes_check(b)) return ft_NotImplemented;
    return ft_bytes_compare_op(ft_bytes_data(a), ft_bytes_size(a), ft_bytes_data(b), ft_bytes_size(b), op);
}

static ft_ssize bytes_length(ft_obj *self) { return ft_bytes_size(self); }

static ft_obj *bytes_subscript(ft_obj *self, ft_obj *key)
{
    ft_ssize len = ft_bytes_size(self);
    if (ft_type_of(key) == &ft_slice_type) {
        ft_ssize start, stop, step;
        ft_ssize n = ft_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) {
            if (n == len && ft_type_of(self) == &ft_bytes_type) return self;
            return ft_bytes_new(ft_bytes_data(self) + start, n);
        }
        ft_obj *r = ft_bytes_raw(n);
        if (!r) return NULL;
        for (ft_ssize i = 0, j = start; i < n; i++, j += step) ft_bytes_data(r)[i] = ft_bytes_data(self)[j];
        return r;
    }
    if (!ft_int_check(key) && !ft_type_of(key)->as_number.index)
        return ft_err_format(ft_exc_TypeError, "byte indices must be integers or slices, not %s", ft_type_of(key)->name);
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred()) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        ft_err_set_str(ft_exc_IndexError, "index out of range");
        return NULL;
    }
    return ft_smallint((unsigned char)ft_bytes_data(self)[i]);
}

int ft_bytes_contains_impl(const char *buf, ft_ssize len, ft_obj *item);
int ft_bytes_contains_impl(const char *buf, ft_ssize len, ft_obj *item)
{
    subarg s;
    if (ft_int_check(item)) {
        unsigned char c;
        if (ft_byte_from_obj(item, &c) < 0) return -1;
        return memchr(buf, c, (size_t)len) != NULL;
    }
    if (sub_get(item, &s, false) < 0) return -1;
    int r = s.n == 0 || memmem(buf, (size_t)len, s.p, (size_t)s.n) != NULL;
    sub_done(&s);
    return r;
}

static int bytes_contains(ft_obj *self, ft_obj *item)
{
    return ft_bytes_contains_impl(ft_bytes_data(self), ft_bytes_size(self), item);
}

static ft_obj *bytes_add(ft_obj *a, ft_obj *b)
{
    if (!ft_bytes_check(a)) return ft_NotImplemented;
    ft_buffer vb;
    if (ft_get_buffer(b, &vb) < 0) {
        ft_err_clear();
        return ft_NotImplemented;  /* ft_binary_op words "can't concat X to bytes" */
    }
    ft_ssize an = ft_bytes_size(a);
    ft_obj *r = NULL;
    if (an > INT32_MAX - vb.len) ft_err_no_memory();
    else if ((r = ft_bytes_raw(an + vb.len)) != NULL) {
        memcpy(ft_bytes_data(r), ft_bytes_data(a), (size_t)an);
        memcpy(ft_bytes_data(r) + an, vb.buf, (size_t)vb.len);
    }
    ft_release_buffer(&vb);
    return r;
}

/* Repeat helper shared with bytearray: count from an index object. */
int ft_text_repeat_count(ft_obj *v, ft_obj *w, ft_obj **seq, ft_ssize *count, bool (*is_seq)(ft_obj *));
int ft_text_repeat_count(ft_obj *v, ft_obj *w, ft_obj **seq, ft_ssize *count, bool (*is_seq)(ft_obj *))
{
    ft_obj *c;
    if (is_seq(v)) { *seq = v; c = w; } else { *seq = w; c = v; }
    if (!ft_int_check(c) && !ft_type_of(c)->as_number.index) {
        ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ft_type_of(c)->name);
        return -1;
    }
    ft_ssize n = ft_index_as_ssize(c, ft_exc_OverflowError);
    if (n == -1 && ft_err_occurred()) {
        if (ft_err_matches((ft_obj *)ft_exc_OverflowError)) {
            ft_err_clear();
            ft_err_format(ft_exc_OverflowError, "cannot fit '%s' into an index-sized integer", ft_type_of(c)->name);
        }
        return -1;
    }
    *count = n < 0 ? 0 : n;
    return 0;
}

static bool is_bytes_pred(ft_obj *o) { return ft_bytes_check(o); }

static ft_obj *bytes_multiply(ft_obj *v, ft_obj *w)
{
    if (!ft_bytes_check(v) && !ft_bytes_check(w)) return ft_NotImplemented;
    ft_obj *other = ft_bytes_check(v) ? w : v;
    if (ft_bytes_check(v) && ft_bytes_check(w)) return ft_NotImplemented;
    if (!ft_int_check(other) && !ft_type_of(other)->as_number.index) return ft_NotImplemented;
    ft_obj *seq;
    ft_ssize n;
    if (ft_text_repeat_count(v, w, &seq, &n, is_bytes_pred) < 0) return NULL;
    ft_ssize len = ft_bytes_size(seq);
    if (n == 1 && ft_type_of(seq) == &ft_bytes_type) return seq;
    if (len && n > INT32_MAX / len) return ft_err_no_memory();
    ft_obj *r = ft_bytes_raw(len * n);
    if (!r) return NULL;
    for (ft_ssize i = 0; i < n; i++) memcpy(ft_bytes_data(r) + i * len, ft_bytes_data(seq), (size_t)len);
    return r;
}

static ft_obj *bytes_remainder(ft_obj *v, ft_obj *w)
{
    if (!ft_bytes_check(v)) return ft_NotImplemented;
    return ft_bytes_percent_format(v, w, false);
}

/* iterator over a bytes/bytearray (bytearray re-checks the size each step) */
typedef struct bytes_iter { ft_obj ob; ft_obj *seq; _Atomic ft_ssize pos; } bytes_iter;
ft_type ft_bytes_iter_type;

ft_obj *ft_bytes_iter_new(ft_obj *seq);
static ft_type bytearray_iter_type;

ft_obj *ft_bytes_iter_new(ft_obj *seq)
{
    ft_type *t = ft_bytes_check(seq) ? &ft_bytes_iter_type : &bytearray_iter_type;
    bytes_iter *it = (bytes_iter *)ft_obj_alloc(t, sizeof(bytes_iter));
    if (!it) return NULL;
    it->seq = seq;
    return (ft_obj *)it;
}

static ft_obj *bytes_iter_next(ft_obj *o)
{
    bytes_iter *it = (bytes_iter *)o;
    ft_obj *seq = it->seq;
    if (!seq) return NULL;
    ft_ssize i = atomic_fetch_add_explicit(&it->pos, 1, memory_order_relaxed);
    int v = -1;
    if (ft_bytes_check(seq)) {
        if (i < ft_bytes_size(seq)) v = (unsigned char)ft_bytes_data(seq)[i];
    } else {
        ft_bytearray *ba = (ft_bytearray *)seq;
        ft_lock(seq);
        if (i < ba->size) v = (unsigned char)ba->items[i];
        ft_unlock(seq);
    }
    if (v < 0) { it->seq = NULL; return NULL; }
    return ft_smallint(v);
}

static ft_obj *bytes_iter_self(ft_obj *o) { return o; }

static ft_obj *bytes_iter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    bytes_iter *it = (bytes_iter *)self;
    if (!it->seq) return ft_smallint(0);
    ft_ssize len = ft_bytes_check(it->seq) ? ft_bytes_size(it->seq) : ((ft_bytearray *)it->seq)->size;
    ft_ssize r = len - atomic_load_explicit(&it->pos, memory_order_relaxed);
    return ft_smallint(r < 0 ? 0 : r);
}

static const ft_method_def bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, FT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

ft_type ft_bytes_iter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static ft_type bytearray_iter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "bytearray_iterator",
    .basicsize = sizeof(bytes_iter),
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static ft_obj *bytes_iter_slot(ft_obj *self) { return ft_bytes_iter_new(self); }

/* ------------------------------------------------------------------------ */
/* bytes(...) and helpers used by bytearray                                   */

static char *collect_impl(ft_obj *o, ft_ssize *n, bool plural_msg);
char *ft_bytes_collect(ft_obj *o, ft_ssize *n) { return collect_impl(o, n, false); }

static char *collect_impl(ft_obj *o, ft_ssize *n, bool plural_msg)
{
    ft_buffer v;
    if (ft_get_buffer(o, &v) == 0) {
        char *d = ft_gc_alloc((size_t)v.len + 1, FT_GC_ATOMIC);
        if (d) memcpy(d, v.buf, (size_t)v.len);
        *n = v.len;
        ft_release_buffer(&v);
        return d;
    }
    ft_err_clear();
    ft_obj *it = ft_iter(o);
    if (!it) return NULL;
    ft_ssize cap = 16, len = 0;
    char *d = ft_gc_alloc((size_t)cap, FT_GC_ATOMIC);
    if (!d) return NULL;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) { if (ft_err_occurred()) return NULL; break; }
        unsigned char c;
        if (!ft_int_check(x) && !ft_type_of(x)->as_number.index) {
            ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer", ft_type_of(x)->name);
            return NULL;
        }
        if (ft_byte_from_obj(x, &c) < 0) {
            if (plural_msg && ft_err_matches((ft_obj *)ft_exc_ValueError)) {
                ft_err_clear();
                ft_err_set_str(ft_exc_ValueError, "bytes must be in range(0, 256)");
            }
            return NULL;
        }
        if (len + 1 >= cap) {
            char *nd = ft_gc_realloc(d, (size_t)cap, (size_t)cap * 2, FT_GC_ATOMIC);
            if (!nd) return NULL;
            d = nd;
            cap *= 2;
        }
        d[len++] = (char)c;
    }
    *n = len;
    return d;
}

ft_obj *ft_bytes_from_object(ft_obj *o)
{
    if (ft_type_of(o) == &ft_bytes_type) return o;
    if (ft_str_check(o)) {
        ft_err_set_str(ft_exc_TypeError, "cannot convert 'str' object to bytes");
        return NULL;
    }
    ft_ssize n;
    char *d = collect_impl(o, &n, true);
    if (!d) return NULL;
    return ft_bytes_new(d, n);
}

static ft_obj *bytes_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    ft_obj *a[3] = {NULL, NULL, NULL};
    if (ft_parse_args("bytes", args, nargs, kwnames, names, 0, 0, a) < 0) return NULL;
    ft_obj *r = NULL;
    ft_obj *src = a[0];
    if (!src) {
        if (a[1] || a[2]) {
            ft_err_set_str(ft_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return NULL;
        }
        r = ft_bytes_new("", 0);
    } else if (a[1] || a[2]) {
        if (!ft_str_check(src)) {
            ft_err_set_str(ft_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return NULL;
        }
        const char *enc = "utf-8", *err = "strict";
        if (a[1]) {
            if (!ft_str_check(a[1]))
                return ft_err_format(ft_exc_TypeError, "bytes() argument 'encoding' must be str, not %s", ft_text_argtype(a[1]));
            enc = ft_str_utf8(a[1]);
        }
        if (a[2]) {
            if (!ft_str_check(a[2]))
                return ft_err_format(ft_exc_TypeError, "bytes() argument 'errors' must be str, not %s", ft_text_argtype(a[2]));
            err = ft_str_utf8(a[2]);
        }
        r = ft_codec_encode(src, enc, err);
    } else {
        ft_obj *m = ft_lookup_special(src, ft_id(__bytes__));
        if (m) {
            r = ft_call0(m);
            if (r && !ft_bytes_check(r))
                return ft_err_format(ft_exc_TypeError, "__bytes__ returned non-bytes (type %s)", ft_type_of(r)->name);
        } else if (ft_err_occurred()) {
            return NULL;
        } else if (ft_str_check(src)) {
            ft_err_set_str(ft_exc_TypeError, "string argument without an encoding");
            return NULL;
        } else if (ft_int_check(src) || (ft_type_of(src)->as_number.index && !ft_type_of(src)->iter)) {
            ft_ssize n = ft_index_as_ssize(src, ft_exc_OverflowError);
            if (n == -1 && ft_err_occurred()) return NULL;
            if (n < 0) { ft_err_set_str(ft_exc_ValueError, "negative count"); return NULL; }
            r = ft_bytes_raw(n);
        } else {
            ft_buffer v;
            if (ft_get_buffer(src, &v) == 0) {
                r = ft_bytes_new(v.buf, v.len);
                ft_release_buffer(&v);
            } else {
                ft_err_clear();
                ft_type *t = ft_type_of(src);
                if (!t->iter && !t->subscript)
                    return ft_err_format(ft_exc_TypeError, "cannot convert '%s' object to bytes", t->name);
                r = ft_bytes_from_object(src);
            }
        }
    }
    if (!r) return NULL;
    if (type == &ft_bytes_type) return r;
    ft_obj *s = ft_type_generic_alloc(type, ft_bytes_size(r) + 1);
    if (!s) return NULL;
    ((ft_bytes *)s)->size = ft_bytes_size(r);
    atomic_store(&((ft_bytes *)s)->hash, -1);
    memcpy(ft_bytes_data(s), ft_bytes_data(r), (size_t)ft_bytes_size(r));
    return s;
}

static ft_obj *bytes_getnewargs(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *c = ft_bytes_new(ft_bytes_data(self), ft_bytes_size(self));
    return c ? ft_tuple_pack(1, c) : NULL;
}

static ft_obj *bytes_bytes(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_type_of(self) == &ft_bytes_type) return self;
    return ft_bytes_new(ft_bytes_data(self), ft_bytes_size(self));
}

static ft_method_def bytes_all_methods[80];
static const ft_method_def bytes_own_methods[] = {
    {"__getnewargs__", bytes_getnewargs, FT_METH_NOARGS, NULL},
    {"__bytes__", bytes_bytes, FT_METH_NOARGS, "Convert this value to exact type bytes."},
    {NULL, NULL, 0, NULL},
};

ft_type ft_bytes_type = {
    FT_TYPE_HEAD_INIT,
    .name = "bytes",
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .basicsize = sizeof(ft_bytes),
    .itemsize = 1,
    .flags = FT_TPF_BASETYPE | FT_TPF_BYTES_SUBCLASS | FT_TPF_ATOMIC_INSTANCES | FT_TPF_MATCH_SELF,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_slot,
    .new_ = bytes_new,
    .length = bytes_length,
    .subscript = bytes_subscript,
    .contains = bytes_contains,
    .as_number = {
        .add = bytes_add,
        .multiply = bytes_multiply,
        .remainder = bytes_remainder,
    },
};

int ft_text_init_bytes(void)
{
    empty_bytes_static.b.ob.ob_type = &ft_bytes_type;
    atomic_store(&empty_bytes_static.b.ob.ob_flags, FT_OBF_IMMORTAL | FT_OBF_SHAREABLE);
    atomic_store(&empty_bytes_static.b.hash, 0);
    size_t n = 0;
    for (const ft_method_def *m = ft_bytes_common_methods; m->name; m++) bytes_all_methods[n++] = *m;
    for (const ft_method_def *m = bytes_own_methods; m->name; m++) bytes_all_methods[n++] = *m;
    ft_bytes_type.methods = bytes_all_methods;
    if (ft_type_ready(&ft_bytes_type) < 0) return -1;
    if (ft_type_ready(&ft_bytes_iter_type) < 0) return -1;
    if (ft_type_ready(&bytearray_iter_type) < 0) return -1;
    return 0;
}
