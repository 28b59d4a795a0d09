/* str_methods.c -- the methods of str (searching, splitting, case mapping,
 * padding, predicates, translate/maketrans, encode).
 *
 * Strings are immutable, so no locking is needed anywhere here. Searching
 * works on the UTF-8 bytes (a match of valid UTF-8 inside valid UTF-8
 * always starts on a code point boundary) and converts byte offsets back to
 * code point indices only where a method returns an index. Case mappings
 * come from unicode_db (full mappings incl. multi-character ones, and the
 * Final_Sigma rule of lower()).
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"
#include "objects/codecs.h"

#define S(o) FT_STR(o)
#define EMPTY() ft_str_new_trusted("", 0, 0)

/* ------------------------------------------------------------------------ */
/* argument helpers                                                           */

int ft_text_parse_slice_arg(ft_obj *o, ft_ssize *out)
{
    if (!o || o == ft_None) return 0;
    if (ft_is_smallint(o)) {
        int64_t v = ft_smallint_value(o);
        *out = v;
        return 0;
    }
    if (!ft_int_check(o) && !ft_type_of(o)->as_number.index) {
        ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ft_ssize v = ft_index_as_ssize(o, NULL);
    if (v == -1 && ft_err_occurred()) return -1;
    *out = v;
    return 0;
}

void ft_text_adjust_indices(ft_ssize *start, ft_ssize *end, ft_ssize len)
{
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static int need_str(ft_obj *o, const char *fname, int argn)
{
    if (ft_str_check(o)) return 0;
    const char *tn = o == ft_None ? "None" : ft_type_of(o)->name;
    if (argn > 0)
        ft_err_format(ft_exc_TypeError, "%s() argument %d must be str, not %s", fname, argn, tn);
    else if (argn < 0)
        ft_err_format(ft_exc_TypeError, "%s() argument must be str, not %s", fname, tn);
    else
        ft_err_format(ft_exc_TypeError, "must be str, not %s", tn);
    return -1;
}

/* (sub, start=None, end=None) for find/count/index/...; start/end in code points */
static int need_str(ft_obj *o, const char *fname, int argn);

static int parse_sub_args(const char *name, ft_obj *const *args, size_t nargs, ft_obj *kw,
                          ft_obj **sub, ft_ssize *start, ft_ssize *end, ft_ssize len)
{
    if (ft_check_positional(name, nargs, kw, 1, 3) < 0) return -1;
    *sub = args[0];
    if (strcmp(name, "startswith") && strcmp(name, "endswith") && need_str(args[0], name, 1) < 0) return -1;
    *start = 0;
    *end = FT_SMALLINT_MAX;
    if (nargs > 1 && ft_text_parse_slice_arg(args[1], start) < 0) return -1;
    if (nargs > 2 && ft_text_parse_slice_arg(args[2], end) < 0) return -1;
    ft_text_adjust_indices(start, end, len);
    return 0;
}

static ft_ssize get_index_arg(ft_obj *o)
{
    if (ft_is_smallint(o)) return ft_smallint_value(o);
    if (!ft_int_check(o) && !ft_type_of(o)->as_number.index) {
        ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer", ft_type_of(o)->name);
        return -1;
    }
    ft_ssize v = ft_index_as_ssize(o, ft_exc_OverflowError);
    if (v == -1 && ft_err_occurred() && ft_err_matches((ft_obj *)ft_exc_OverflowError)) {
        ft_err_clear();
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return v;
}

static ft_obj *copy_if_sub(ft_obj *s)
{
    if (ft_str_check_exact(s)) return s;
    return ft_str_new_trusted(S(s)->data, S(s)->nbytes, S(s)->length);
}

/* memmem with a cheap path for the short needles that dominate in practice
 * (glibc's memmem has a noticeable per-call setup cost). */
static inline const char *find_bytes(const char *h, ft_ssize hn, const char *n, ft_ssize nn)
{
    if (nn == 1) return memchr(h, (unsigned char)n[0], (size_t)hn);
    if (nn <= 4) {
        const char *end = h + hn - nn + 1;
        while (h < end) {
            const char *c = memchr(h, (unsigned char)n[0], (size_t)(end - h));
            if (!c) return NULL;
            ft_ssize k = 1;
            while (k < nn && c[k] == n[k]) k++;
            if (k == nn) return c;
            h = c + 1;
        }
        return NULL;
    }
    return memmem(h, (size_t)hn, n, (size_t)nn);
}

/* ------------------------------------------------------------------------ */
/* searching                                                                  */

static const char *rmemmem(const char *h, ft_ssize hn, const char *n, ft_ssize nn)
{
    if (nn == 0) return h + hn;
    if (nn > hn) return NULL;
    const char *p = h + hn - nn;
    for (;;) {
        if (*p == *n && memcmp(p, n, (size_t)nn) == 0) return p;
        if (p == h) return NULL;
        p--;
    }
}

/* dir > 0: find, dir < 0: rfind. Returns code point index or -1. */
static ft_ssize find_impl(ft_obj *s, ft_obj *sub, ft_ssize start, ft_ssize end, int dir)
{
    ft_ssize len = S(s)->length;
    if (start > len || end - start < S(sub)->length) return -1;
    if (S(sub)->nbytes == 0) return dir > 0 ? start : end;
    ft_ssize bs = ft_str_byte_offset(s, start);
    ft_ssize be = ft_str_byte_offset(s, end);
    const char *h = S(s)->data;
    const char *m = dir > 0 ? memmem(h + bs, (size_t)(be - bs), S(sub)->data, (size_t)S(sub)->nbytes)
                            : rmemmem(h + bs, be - bs, S(sub)->data, S(sub)->nbytes);
    if (!m) return -1;
    if (S(s)->is_ascii) return m - h;
    return start + ft_utf8_count(h + bs, (m - h) - bs);
}

static ft_obj *find_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw,
                           const char *name, int dir, bool raise)
{
    ft_obj *sub;
    ft_ssize start, end;
    if (parse_sub_args(name, args, nargs, kw, &sub, &start, &end, S(self)->length) < 0) return NULL;
    if (need_str(sub, name, 1) < 0) return NULL;
    ft_ssize r = find_impl(self, sub, start, end, dir);
    if (r < 0 && raise) {
        ft_err_set_str(ft_exc_ValueError, "substring not found");
        return NULL;
    }
    return ft_smallint(r);
}

static ft_obj *str_find(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return find_common(self, a, n, kw, "find", 1, false); }
static ft_obj *str_rfind(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return find_common(self, a, n, kw, "rfind", -1, false); }
static ft_obj *str_index(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return find_common(self, a, n, kw, "index", 1, true); }
static ft_obj *str_rindex(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return find_common(self, a, n, kw, "rindex", -1, true); }

static ft_ssize count_bytes(const char *h, ft_ssize hn, const char *n, ft_ssize nn, ft_ssize maxcount)
{
    ft_ssize c = 0;
    const char *p = h, *end = h + hn;
    while (c < maxcount && (p = find_bytes(p, end - p, n, nn)) != NULL) {
        c++;
        p += nn;
    }
    return c;
}

static ft_obj *str_count(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *sub;
    ft_ssize start, end;
    if (parse_sub_args("count", args, nargs, kw, &sub, &start, &end, S(self)->length) < 0) return NULL;
    if (need_str(sub, "count", 1) < 0) return NULL;
    if (start > S(self)->length || end < start) return ft_smallint(0);
    if (S(sub)->nbytes == 0) return ft_smallint(end - start + 1);
    ft_ssize bs = ft_str_byte_offset(self, start), be = ft_str_byte_offset(self, end);
    return ft_smallint(count_bytes(S(self)->data + bs, be - bs, S(sub)->data, S(sub)->nbytes, FT_SMALLINT_MAX));
}

static int tailmatch(ft_obj *s, ft_obj *sub, ft_ssize start, ft_ssize end, int dir)
{
    ft_ssize sl = S(sub)->length;
    if (end - start < sl || start > S(s)->length) return 0;
    if (sl == 0) return 1;
    ft_ssize off = dir < 0 ? start : end - sl;
    ft_ssize b = ft_str_byte_offset(s, off);
    if (b + S(sub)->nbytes > S(s)->nbytes) return 0;
    if (!memcmp(S(s)->data + b, S(sub)->data, (size_t)S(sub)->nbytes)) {
        /* byte match must also end on the right code point */
        return dir < 0 ? ft_str_byte_offset(s, start + sl) == b + S(sub)->nbytes
                       : ft_str_byte_offset(s, end) == b + S(sub)->nbytes;
    }
    return 0;
}

static ft_obj *startsendswith(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw,
                              const char *name, int dir)
{
    ft_obj *sub;
    ft_ssize start, end;
    if (parse_sub_args(name, args, nargs, kw, &sub, &start, &end, S(self)->length) < 0) return NULL;
    if (ft_tuple_check(sub)) {
        for (ft_ssize i = 0; i < ft_tuple_size(sub); i++) {
            ft_obj *it = ft_tuple_get(sub, i);
            if (!ft_str_check(it))
                return ft_err_format(ft_exc_TypeError, "tuple for %s must only contain str, not %s",
                                     name, ft_type_of(it)->name);
            if (tailmatch(self, it, start, end, dir)) return ft_True;
        }
        return ft_False;
    }
    if (!ft_str_check(sub))
        return ft_err_format(ft_exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                             name, ft_type_of(sub)->name);
    return ft_bool(tailmatch(self, sub, start, end, dir));
}

static ft_obj *str_startswith(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return startsendswith(self, a, n, kw, "startswith", -1); }
static ft_obj *str_endswith(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return startsendswith(self, a, n, kw, "endswith", 1); }

/* ------------------------------------------------------------------------ */
/* case mapping                                                               */

static bool is_ignorable(uint32_t c) { return ft_ucd_has(c, FT_UCD_CASE_IGNORABLE); }
static bool is_cased(uint32_t c) { return ft_ucd_has(c, FT_UCD_CASED); }

/* Final_Sigma: cps[i] is U+03A3; preceded by a cased letter (skipping
 * case-ignorables) and not followed by one. */
static bool final_sigma(const uint32_t *cps, ft_ssize n, ft_ssize i)
{
    ft_ssize j = i - 1;
    while (j >= 0 && is_ignorable(cps[j])) j--;
    if (j < 0 || !is_cased(cps[j])) return false;
    j = i + 1;
    while (j < n && is_ignorable(cps[j])) j++;
    return j == n || !is_cased(cps[j]);
}

static int append_lower(ft_strbuf *b, const uint32_t *cps, ft_ssize n, ft_ssize i)
{
    uint32_t c = cps[i];
    if (c == 0x3A3)
        return ft_strbuf_append_codepoint(b, final_sigma(cps, n, i) ? 0x3C2 : 0x3C3);
    uint32_t out[3];
    int k = ft_ucd_casemap(c, FT_UCD_MAP_LOWER, out);
    for (int j = 0; j < k; j++)
        if (ft_strbuf_append_codepoint(b, out[j]) < 0) return -1;
    return 0;
}

static int append_map(ft_strbuf *b, uint32_t c, int which)
{
    uint32_t out[3];
    int k = ft_ucd_casemap(c, which, out);
    for (int j = 0; j < k; j++)
        if (ft_strbuf_append_codepoint(b, out[j]) < 0) return -1;
    return 0;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static ft_obj *ascii_case(ft_obj *s, int mode)
{
    ft_ssize n = S(s)->nbytes;
    ft_obj *r = ft_str_raw(n);
    if (!r) return NULL;
    const unsigned char *src = (const unsigned char *)S(s)->data;
    char *d = S(r)->data;
    bool prev_cased = false;
    for (ft_ssize i = 0; i < n; i++) {
        unsigned char c = src[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (mode) {
        case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
        case CASE_UPPER: if (lo) c -= 32; break;
        case CASE_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case CASE_TITLE:
            if (prev_cased) { if (up) c += 32; }
            else if (lo) c -= 32;
            prev_cased = up || lo;
            break;
        case CASE_CAPITALIZE:
            if (i == 0) { if (lo) c -= 32; }
            else if (up) c += 32;
            break;
        }
        d[i] = (char)c;
    }
    ft_str_seal(r, n);
    return r;
}

static ft_obj *do_case(ft_obj *s, int mode)
{
    if (S(s)->is_ascii) return ascii_case(s, mode);
    ft_ssize n;
    uint32_t *cps = ft_str_to_ucs4(s, &n);
    if (!cps) return NULL;
    ft_strbuf b;
    ft_strbuf_init(&b);
    bool prev_cased = false;
    for (ft_ssize i = 0; i < n; i++) {
        uint32_t c = cps[i];
        int rc = 0;
        switch (mode) {
        case CASE_LOWER: rc = append_lower(&b, cps, n, i); break;
        case CASE_UPPER: rc = append_map(&b, c, FT_UCD_MAP_UPPER); break;
        case CASE_FOLD: rc = append_map(&b, c, FT_UCD_MAP_FOLD); break;
        case CASE_SWAP:
            if (ft_ucd_has(c, FT_UCD_UPPER)) rc = append_lower(&b, cps, n, i);
            else if (ft_ucd_has(c, FT_UCD_LOWER)) rc = append_map(&b, c, FT_UCD_MAP_UPPER);
            else rc = ft_strbuf_append_codepoint(&b, c);
            break;
        case CASE_TITLE:
            rc = prev_cased ? append_lower(&b, cps, n, i) : append_map(&b, c, FT_UCD_MAP_TITLE);
            prev_cased = is_cased(c);
            break;
        case CASE_CAPITALIZE:
            rc = i == 0 ? append_map(&b, c, FT_UCD_MAP_TITLE) : append_lower(&b, cps, n, i);
            break;
        }
        if (rc < 0) return NULL;
    }
    return ft_strbuf_finish(&b);
}

static ft_obj *str_lower(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return do_case(self, CASE_LOWER); }
static ft_obj *str_upper(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return do_case(self, CASE_UPPER); }
static ft_obj *str_casefold(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return do_case(self, CASE_FOLD); }
static ft_obj *str_swapcase(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return do_case(self, CASE_SWAP); }
static ft_obj *str_title(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return do_case(self, CASE_TITLE); }
static ft_obj *str_capitalize(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return do_case(self, CASE_CAPITALIZE); }

/* ------------------------------------------------------------------------ */
/* predicates                                                                 */

typedef bool (*cp_pred)(uint32_t);
static bool p_alpha(uint32_t c) { return ft_ucd_has(c, FT_UCD_ALPHA); }
static bool p_decimal(uint32_t c) { return ft_ucd_has(c, FT_UCD_DECIMAL); }
static bool p_digit(uint32_t c) { return ft_ucd_has(c, FT_UCD_DIGIT); }
static bool p_numeric(uint32_t c) { return ft_ucd_has(c, FT_UCD_NUMERIC); }
static bool p_alnum(uint32_t c) { return ft_ucd_isalnum(c); }
static bool p_space(uint32_t c) { return ft_ucd_isspace(c); }
static bool p_printable(uint32_t c) { return ft_ucd_isprintable(c); }

static ft_obj *all_pred(ft_obj *s, cp_pred pred, bool empty_result)
{
    if (S(s)->length == 0) return ft_bool(empty_result);
    const char *p = S(s)->data, *end = p + S(s)->nbytes;
    while (p < end)
        if (!pred(ft_utf8_next(&p))) return ft_False;
    return ft_True;
}

static ft_obj *str_isalpha(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_alpha, false); }
static ft_obj *str_isdecimal(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_decimal, false); }
static ft_obj *str_isdigit(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_digit, false); }
static ft_obj *str_isnumeric(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_numeric, false); }
static ft_obj *str_isalnum(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_alnum, false); }
static ft_obj *str_isspace(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_space, false); }
static ft_obj *str_isprintable(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return all_pred(self, p_printable, true); }
static ft_obj *str_isascii(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return ft_bool(S(self)->is_ascii); }

static ft_obj *str_islower(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw)
{
    bool cased = false;
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    while (p < end) {
        uint32_t c = ft_utf8_next(&p);
        if (ft_ucd_has(c, FT_UCD_UPPER | FT_UCD_TITLE)) return ft_False;
        if (ft_ucd_has(c, FT_UCD_LOWER)) cased = true;
    }
    return ft_bool(cased);
}

static ft_obj *str_isupper(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw)
{
    bool cased = false;
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    while (p < end) {
        uint32_t c = ft_utf8_next(&p);
        if (ft_ucd_has(c, FT_UCD_LOWER | FT_UCD_TITLE)) return ft_False;
        if (ft_ucd_has(c, FT_UCD_UPPER)) cased = true;
    }
    return ft_bool(cased);
}

static ft_obj *str_istitle(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw)
{
    bool cased = false, prev = false;
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    while (p < end) {
        uint32_t c = ft_utf8_next(&p);
        if (ft_ucd_has(c, FT_UCD_UPPER | FT_UCD_TITLE)) {
            if (prev) return ft_False;
            prev = cased = true;
        } else if (ft_ucd_has(c, FT_UCD_LOWER)) {
            if (!prev) return ft_False;
            prev = cased = true;
        } else prev = false;
    }
    return ft_bool(cased);
}

static ft_obj *str_isidentifier(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw)
{
    if (S(self)->length == 0) return ft_False;
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    uint32_t c = ft_utf8_next(&p);
    if (c != '_' && !ft_ucd_has(c, FT_UCD_XID_START)) return ft_False;
    while (p < end)
        if (!ft_ucd_has(ft_utf8_next(&p), FT_UCD_XID_CONTINUE)) return ft_False;
    return ft_True;
}

/* ------------------------------------------------------------------------ */
/* padding                                                                    */

static int parse_fill(ft_obj *o, const char *name, uint32_t *fill)
{
    if (!ft_str_check(o)) {
        ft_err_format(ft_exc_TypeError, "The fill character must be a unicode character, not %s", ft_type_of(o)->name);
        return -1;
    }
    if (S(o)->length != 1) {
        ft_err_set_str(ft_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = ft_str_char_at(o, 0);
    return 0;
}

static ft_obj *pad(ft_obj *s, ft_ssize left, ft_ssize right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return copy_if_sub(s);
    char fb[4];
    int fl = ft_utf8_encode_one(fill, fb);
    if ((left + right) > (INT32_MAX - S(s)->nbytes) / fl) {
        ft_err_set_str(ft_exc_OverflowError, "padded string is too long");
        return NULL;
    }
    ft_obj *r = ft_str_raw((left + right) * fl + S(s)->nbytes);
    if (!r) return NULL;
    char *d = S(r)->data;
    for (ft_ssize i = 0; i < left; i++) { memcpy(d, fb, (size_t)fl); d += fl; }
    memcpy(d, S(s)->data, (size_t)S(s)->nbytes);
    d += S(s)->nbytes;
    for (ft_ssize i = 0; i < right; i++) { memcpy(d, fb, (size_t)fl); d += fl; }
    ft_str_seal(r, S(s)->length + left + right);
    return r;
}

static ft_obj *just_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name, char how)
{
    if (ft_check_positional(name, nargs, kw, 1, 2) < 0) return NULL;
    ft_ssize width = get_index_arg(args[0]);
    if (width == -1 && ft_err_occurred()) return NULL;
    uint32_t fill = ' ';
    if (nargs > 1 && parse_fill(args[1], name, &fill) < 0) return NULL;
    ft_ssize len = S(self)->length;
    if (width <= len) return copy_if_sub(self);
    ft_ssize marg = width - len;
    if (how == '<') return pad(self, 0, marg, fill);
    if (how == '>') return pad(self, marg, 0, fill);
    /* CPython's center: extra char goes left when both marg and width are odd */
    ft_ssize left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static ft_obj *str_center(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return just_common(self, a, n, kw, "center", '^'); }
static ft_obj *str_ljust(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return just_common(self, a, n, kw, "ljust", '<'); }
static ft_obj *str_rjust(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return just_common(self, a, n, kw, "rjust", '>'); }

static ft_obj *str_zfill(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("zfill", nargs, kw, 1, 1) < 0) return NULL;
    ft_ssize width = get_index_arg(args[0]);
    if (width == -1 && ft_err_occurred()) return NULL;
    ft_ssize len = S(self)->length;
    if (width <= len) return copy_if_sub(self);
    ft_ssize fill = width - len;
    ft_obj *r = pad(self, fill, 0, '0');
    if (!r) return NULL;
    char *d = S(r)->data;
    if (len > 0 && (d[fill] == '+' || d[fill] == '-')) {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static ft_obj *str_expandtabs(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"tabsize", NULL};
    ft_obj *a[1] = {NULL};
    if (ft_parse_args("expandtabs", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    ft_ssize tabsize = 8;
    if (a[0]) {
        tabsize = get_index_arg(a[0]);
        if (tabsize == -1 && ft_err_occurred()) return NULL;
    }
    if (!memchr(S(self)->data, '\t', (size_t)S(self)->nbytes)) return copy_if_sub(self);
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_ssize col = 0;
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    while (p < end) {
        const char *at = p;
        uint32_t c = ft_utf8_next(&p);
        if (c == '\t') {
            if (tabsize > 0) {
                ft_ssize inc = tabsize - (col % tabsize);
                if (inc > INT32_MAX - b.len) {
                    ft_err_set_str(ft_exc_OverflowError, "result too long");
                    return NULL;
                }
                for (ft_ssize i = 0; i < inc; i++)
                    if (ft_strbuf_append(&b, " ", 1) < 0) return NULL;
                col += inc;
            }
        } else {
            if (ft_strbuf_append(&b, at, p - at) < 0) return NULL;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return ft_strbuf_finish(&b);
}

/* ------------------------------------------------------------------------ */
/* stripping                                                                  */

typedef struct charset {
    bool ws;
    uint8_t ascii[32];
    uint32_t *wide;
    ft_ssize nwide;
} charset;

static int charset_init(charset *cs, ft_obj *chars, const char *name)
{
    memset(cs, 0, sizeof *cs);
    if (!chars || chars == ft_None) { cs->ws = true; return 0; }
    if (!ft_str_check(chars)) {
        ft_err_format(ft_exc_TypeError, "%s arg must be None or str", name);
        return -1;
    }
    ft_ssize n;
    uint32_t *cps = ft_str_to_ucs4(chars, &n);
    if (!cps) return -1;
    cs->wide = cps;
    for (ft_ssize i = 0; i < n; i++) {
        if (cps[i] < 256) cs->ascii[cps[i] >> 3] |= (uint8_t)(1u << (cps[i] & 7));
        else cps[cs->nwide++] = cps[i];
    }
    return 0;
}

static bool charset_has(const charset *cs, uint32_t c)
{
    if (cs->ws) return ft_ucd_isspace(c);
    if (c < 256) return (cs->ascii[c >> 3] >> (c & 7)) & 1;
    for (ft_ssize i = 0; i < cs->nwide; i++)
        if (cs->wide[i] == c) return true;
    return false;
}

static ft_obj *strip_common(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw, const char *name, int which)
{
    if (ft_check_positional(name, nargs, kw, 0, 1) < 0) return NULL;
    charset cs;
    if (charset_init(&cs, nargs ? args[0] : NULL, name) < 0) return NULL;
    const char *data = S(self)->data;
    const char *p = data, *end = data + S(self)->nbytes;
    ft_ssize lcut = 0, rcut = 0;
    if (which & 1) {
        while (p < end) {
            const char *q = p;
            if (!charset_has(&cs, ft_utf8_next(&q))) break;
            p = q;
            lcut++;
        }
    }
    if (which & 2) {
        while (end > p) {
            const char *q = ft_utf8_prev(end);
            const char *t = q;
            if (!charset_has(&cs, ft_utf8_next(&t))) break;
            end = q;
            rcut++;
        }
    }
    if (lcut == 0 && rcut == 0) return copy_if_sub(self);
    return ft_str_new_trusted(p, end - p, S(self)->length - lcut - rcut);
}

static ft_obj *str_strip(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return strip_common(self, a, n, kw, "strip", 3); }
static ft_obj *str_lstrip(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return strip_common(self, a, n, kw, "lstrip", 1); }
static ft_obj *str_rstrip(ft_obj *self, ft_obj *const *a, size_t n, ft_obj *kw) { return strip_common(self, a, n, kw, "rstrip", 2); }

static ft_obj *str_removeprefix(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("removeprefix", nargs, kw, 1, 1) < 0) return NULL;
    if (need_str(args[0], "removeprefix", -1) < 0) return NULL;
    ft_obj *p = args[0];
    if (S(p)->nbytes <= S(self)->nbytes && !memcmp(S(self)->data, S(p)->data, (size_t)S(p)->nbytes))
        return ft_str_new_trusted(S(self)->data + S(p)->nbytes, S(self)->nbytes - S(p)->nbytes,
                                  S(self)->length - S(p)->length);
    return copy_if_sub(self);
}

static ft_obj *str_removesuffix(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("removesuffix", nargs, kw, 1, 1) < 0) return NULL;
    if (need_str(args[0], "removesuffix", -1) < 0) return NULL;
    ft_obj *p = args[0];
    if (S(p)->nbytes > 0 && S(p)->nbytes <= S(self)->nbytes &&
        !memcmp(S(self)->data + S(self)->nbytes - S(p)->nbytes, S(p)->data, (size_t)S(p)->nbytes))
        return ft_str_new_trusted(S(self)->data, S(self)->nbytes - S(p)->nbytes,
                                  S(self)->length - S(p)->length);
    return copy_if_sub(self);
}

/* ------------------------------------------------------------------------ */
/* splitting / partition / replace / join                                     */

static int list_add_piece(ft_obj *list, const char *p, ft_ssize n)
{
    ft_obj *s = ft_str_new_trusted(p, n, -1);
    if (!s) return -1;
    return ft_list_append(list, s);
}

static int parse_split_args(const char *name, ft_obj *const *args, size_t nargs, ft_obj *kw,
                            ft_obj **sep, ft_ssize *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args(name, args, nargs, kw, names, 0, 0, a) < 0) return -1;
    *sep = a[0] && a[0] != ft_None ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1]) {
        *maxsplit = get_index_arg(a[1]);
        if (*maxsplit == -1 && ft_err_occurred()) return -1;
    }
    if (*maxsplit < 0) *maxsplit = FT_SMALLINT_MAX;
    if (*sep) {
        if (!ft_str_check(*sep)) {
            ft_err_format(ft_exc_TypeError, "must be str or None, not %s", ft_type_of(*sep)->name);
            return -1;
        }
        if (S(*sep)->nbytes == 0) {
            ft_err_set_str(ft_exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static bool ws_at(const char *p, const char *end, const char **next)
{
    if (p >= end) return false;
    const char *q = p;
    uint32_t c = ft_utf8_next(&q);
    if (!ft_ucd_isspace(c)) return false;
    *next = q;
    return true;
}

static ft_obj *str_split(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *sep;
    ft_ssize maxsplit;
    if (parse_split_args("split", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    ft_obj *list = ft_list_new(0);
    if (!list) return NULL;
    const char *p = S(self)->data, *end = p + S(self)->nbytes, *nx;
    if (!sep) {
        while (p < end) {
            while (ws_at(p, end, &nx)) p = nx;
            if (p >= end) break;
            if (maxsplit-- <= 0) {
                if (list_add_piece(list, p, end - p) < 0) return NULL;
                break;
            }
            const char *w = p;
            while (p < end && !ws_at(p, end, &nx)) ft_utf8_next(&p);
            if (ft_list_size(list) == 0 && w == S(self)->data && p == end && ft_str_check_exact(self)) {
                if (ft_list_append(list, self) < 0) return NULL;
            } else if (list_add_piece(list, w, p - w) < 0) return NULL;
        }
        return list;
    }
    ft_ssize sl = S(sep)->nbytes;
    while (maxsplit-- > 0) {
        const char *m = find_bytes(p, end - p, S(sep)->data, sl);
        if (!m) break;
        if (list_add_piece(list, p, m - p) < 0) return NULL;
        p = m + sl;
    }
    if (p == S(self)->data && ft_str_check_exact(self)) {
        if (ft_list_append(list, self) < 0) return NULL;
    } else if (list_add_piece(list, p, end - p) < 0) return NULL;
    return list;
}

static ft_obj *str_rsplit(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *sep;
    ft_ssize maxsplit;
    if (parse_split_args("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    ft_obj *list = ft_list_new(0);
    if (!list) return NULL;
    const char *start = S(self)->data, *end = start + S(self)->nbytes, *nx;
    if (!sep) {
        while (end > start) {
            while (end > start) {
                const char *q = ft_utf8_prev(end);
                if (!ws_at(q, end, &nx)) break;
                end = q;
            }
            if (end <= start) break;
            if (maxsplit-- <= 0) {
                if (list_add_piece(list, start, end - start) < 0) return NULL;
                break;
            }
            const char *w = end;
            while (w > start) {
                const char *q = ft_utf8_prev(w);
                if (ws_at(q, end, &nx)) break;
                w = q;
            }
            if (list_add_piece(list, w, end - w) < 0) return NULL;
            end = w;
        }
    } else {
        ft_ssize sl = S(sep)->nbytes;
        while (maxsplit-- > 0) {
            const char *m = rmemmem(start, end - start, S(sep)->data, sl);
            if (!m) break;
            if (list_add_piece(list, m + sl, end - (m + sl)) < 0) return NULL;
            end = m;
        }
        if (list_add_piece(list, start, end - start) < 0) return NULL;
    }
    if (ft_list_reverse(list) < 0) return NULL;
    return list;
}

static ft_obj *str_splitlines(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"keepends", NULL};
    ft_obj *a[1] = {NULL};
    if (ft_parse_args("splitlines", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        keep = ft_is_true(a[0]);
        if (keep < 0) return NULL;
    }
    ft_obj *list = ft_list_new(0);
    if (!list) return NULL;
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    while (p < end) {
        const char *line = p, *eol = NULL, *next = NULL;
        while (p < end) {
            const char *q = p;
            uint32_t c = ft_utf8_next(&q);
            if (ft_ucd_islinebreak(c)) {
                eol = p;
                if (c == '\r' && q < end && *q == '\n') q++;
                next = q;
                break;
            }
            p = q;
        }
        if (!eol) { eol = next = end; }
        const char *stop = keep ? next : eol;
        if (line == S(self)->data && next == end && stop == end && ft_str_check_exact(self)) {
            if (ft_list_append(list, self) < 0) return NULL;
        } else if (list_add_piece(list, line, stop - line) < 0) return NULL;
        p = next;
    }
    return list;
}

static ft_obj *partition_common(ft_obj *self, ft_obj *sep, int dir)
{
    if (!ft_str_check(sep))
        return ft_err_format(ft_exc_TypeError, "must be str, not %s", ft_type_of(sep)->name);
    if (S(sep)->nbytes == 0) {
        ft_err_set_str(ft_exc_ValueError, "empty separator");
        return NULL;
    }
    const char *h = S(self)->data;
    ft_ssize hn = S(self)->nbytes, sl = S(sep)->nbytes;
    const char *m = dir > 0 ? memmem(h, (size_t)hn, S(sep)->data, (size_t)sl) : rmemmem(h, hn, S(sep)->data, sl);
    ft_obj *e = EMPTY();
    if (!m) {
        ft_obj *s = copy_if_sub(self);
        if (!s) return NULL;
        return dir > 0 ? ft_tuple_pack(3, s, e, e) : ft_tuple_pack(3, e, e, s);
    }
    ft_obj *a = ft_str_new_trusted(h, m - h, -1);
    ft_obj *b = a ? ft_str_new_trusted(m + sl, hn - (m - h) - sl, -1) : NULL;
    ft_obj *sp = b ? copy_if_sub(sep) : NULL;
    if (!sp) return NULL;
    return ft_tuple_pack(3, a, sp, b);
}

static ft_obj *str_partition(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("partition", nargs, kw, 1, 1) < 0) return NULL;
    return partition_common(self, args[0], 1);
}

static ft_obj *str_rpartition(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("rpartition", nargs, kw, 1, 1) < 0) return NULL;
    return partition_common(self, args[0], -1);
}

static ft_obj *str_replace(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"old", "new", "count", NULL};
    ft_obj *a[3] = {NULL, NULL, NULL};
    if (nargs < 2) {
        ft_err_format(ft_exc_TypeError, "replace() takes at least 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (ft_parse_args("replace", args, nargs, kw, names, 2, 2, a) < 0) return NULL;
    if (need_str(a[0], "replace", 1) < 0 || need_str(a[1], "replace", 2) < 0) return NULL;
    ft_ssize count = -1;
    if (a[2]) {
        count = get_index_arg(a[2]);
        if (count == -1 && ft_err_occurred()) return NULL;
    }
    if (count < 0) count = FT_SMALLINT_MAX;
    ft_obj *old = a[0], *new_ = a[1];
    const char *h = S(self)->data;
    ft_ssize hn = S(self)->nbytes;
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (S(old)->nbytes == 0) {
        if (count == 0) return copy_if_sub(self);
        const char *p = h, *end = h + hn;
        ft_ssize done = 0;
        while (done < count) {
            if (ft_strbuf_append_str(&b, new_) < 0) return NULL;
            done++;
            if (p >= end) break;
            const char *q = p;
            ft_utf8_next(&q);
            if (ft_strbuf_append(&b, p, q - p) < 0) return NULL;
            p = q;
        }
        if (ft_strbuf_append(&b, p, end - p) < 0) return NULL;
        return ft_strbuf_finish(&b);
    }
    /* two passes: count the matches, then fill an exactly sized string */
    const char *p = h, *end = h + hn;
    ft_ssize on = S(old)->nbytes, nn = S(new_)->nbytes, done = 0;
    while (done < count) {
        const char *m = find_bytes(p, end - p, S(old)->data, on);
        if (!m) break;
        p = m + on;
        done++;
    }
    if (done == 0) return copy_if_sub(self);
    if (nn > on && done > (INT32_MAX - hn) / (nn - on)) {
        ft_err_set_str(ft_exc_OverflowError, "replace string is too long");
        return NULL;
    }
    ft_obj *r = ft_str_raw(hn + done * (nn - on));
    if (!r) return NULL;
    char *d = S(r)->data;
    p = h;
    for (ft_ssize k = 0; k < done; k++) {
        const char *m = find_bytes(p, end - p, S(old)->data, on);
        memcpy(d, p, (size_t)(m - p));
        d += m - p;
        memcpy(d, S(new_)->data, (size_t)nn);
        d += nn;
        p = m + on;
    }
    memcpy(d, p, (size_t)(end - p));
    ft_str_seal(r, S(self)->length + done * (S(new_)->length - S(old)->length));
    return r;
}

static ft_obj *str_join_m(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("join", nargs, kw, 1, 1) < 0) return NULL;
    return ft_str_join(self, args[0]);
}

/* ------------------------------------------------------------------------ */
/* translate / maketrans                                                      */

static ft_obj *str_translate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("translate", nargs, kw, 1, 1) < 0) return NULL;
    ft_obj *table = args[0];
    ft_strbuf b;
    ft_strbuf_init(&b);
    const char *p = S(self)->data, *end = p + S(self)->nbytes;
    while (p < end) {
        uint32_t c = ft_utf8_next(&p);
        ft_obj *r = ft_getitem(table, ft_smallint(c));
        if (!r) {
            if (ft_err_matches((ft_obj *)ft_exc_LookupError)) {
                ft_err_clear();
                if (ft_strbuf_append_codepoint(&b, c) < 0) return NULL;
                continue;
            }
            return NULL;
        }
        if (r == ft_None) continue;
        if (ft_int_check(r)) {
            int64_t v = ft_int_as_i64(r);
            if (v == -1 && ft_err_occurred()) { ft_err_clear(); v = -1; }
            if (v < 0 || v > 0x10FFFF) {
                ft_err_set_str(ft_exc_ValueError, "character mapping must be in range(0x110000)");
                return NULL;
            }
            if (ft_strbuf_append_codepoint(&b, (uint32_t)v) < 0) return NULL;
        } else if (ft_str_check(r)) {
            if (ft_strbuf_append_str(&b, r) < 0) return NULL;
        } else {
            ft_err_set_str(ft_exc_TypeError, "character mapping must return integer, None or str");
            return NULL;
        }
    }
    return ft_strbuf_finish(&b);
}

static ft_obj *str_maketrans(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("maketrans", nargs, kw, 1, 3) < 0) return NULL;
    ft_obj *d = ft_dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        ft_obj *x = args[0];
        if (!ft_dict_check(x)) {
            ft_err_set_str(ft_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            return NULL;
        }
        ft_ssize pos = 0;
        ft_obj *k, *v;
        while (ft_dict_next(x, &pos, &k, &v)) {
            if (ft_str_check(k)) {
                if (S(k)->length != 1) {
                    ft_err_set_str(ft_exc_ValueError, "string keys in translate table must be of length 1");
                    return NULL;
                }
                if (ft_dict_set(d, ft_smallint(ft_str_char_at(k, 0)), v) < 0) return NULL;
            } else if (ft_int_check(k)) {
                if (ft_dict_set(d, k, v) < 0) return NULL;
            } else {
                ft_err_set_str(ft_exc_TypeError, "keys in translate table must be strings or integers");
                return NULL;
            }
        }
        return d;
    }
    ft_obj *x = args[0], *y = args[1];
    if (!ft_str_check(x))
        return ft_err_format(ft_exc_TypeError, "maketrans() argument 1 must be str, not %s", ft_type_of(x)->name);
    if (!ft_str_check(y))
        return ft_err_format(ft_exc_TypeError, "maketrans() argument 2 must be str, not %s", ft_type_of(y)->name);
    if (S(x)->length != S(y)->length) {
        ft_err_set_str(ft_exc_ValueError, "the first two maketrans arguments must have equal length");
        return NULL;
    }
    const char *p = S(x)->data, *q = S(y)->data;
    for (ft_ssize i = 0; i < S(x)->length; i++) {
        uint32_t a = ft_utf8_next(&p), c = ft_utf8_next(&q);
        if (ft_dict_set(d, ft_smallint(a), ft_smallint(c)) < 0) return NULL;
    }
    if (nargs == 3) {
        ft_obj *z = args[2];
        if (!ft_str_check(z))
            return ft_err_format(ft_exc_TypeError, "maketrans() argument 3 must be str, not %s", ft_type_of(z)->name);
        p = S(z)->data;
        for (ft_ssize i = 0; i < S(z)->length; i++)
            if (ft_dict_set(d, ft_smallint(ft_utf8_next(&p)), ft_None) < 0) return NULL;
    }
    return d;
}

/* ------------------------------------------------------------------------ */
/* encode                                                                     */

static ft_obj *str_encode(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args("encode", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    const char *enc = "utf-8", *err = "strict";
    if (a[0]) {
        if (!ft_str_check(a[0]))
            return ft_err_format(ft_exc_TypeError, "encode() argument 'encoding' must be str, not %s", ft_text_argtype(a[0]));
        enc = ft_str_utf8(a[0]);
    }
    if (a[1]) {
        if (!ft_str_check(a[1]))
            return ft_err_format(ft_exc_TypeError, "encode() argument 'errors' must be str, not %s", ft_text_argtype(a[1]));
        err = ft_str_utf8(a[1]);
    }
    return ft_codec_encode(self, enc, err);
}


/* ------------------------------------------------------------------------ */

const ft_method_def ft_str_methods[] = {
    {"capitalize", str_capitalize, FT_METH_NOARGS, "Return a capitalized version of the string."},
    {"casefold", str_casefold, FT_METH_NOARGS, "Return a version of the string suitable for caseless comparisons."},
    {"center", str_center, FT_METH_VARARGS, "Return a centered string of length width."},
    {"count", str_count, FT_METH_VARARGS, "Return the number of non-overlapping occurrences of substring sub."},
    {"encode", str_encode, FT_METH_KEYWORDS, "Encode the string using the codec registered for encoding."},
    {"endswith", str_endswith, FT_METH_VARARGS, "Return True if the string ends with the specified suffix, False otherwise."},
    {"expandtabs", str_expandtabs, FT_METH_KEYWORDS, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find, FT_METH_VARARGS, "Return the lowest index in S where substring sub is found."},
    {"format", ft_str_method_format, FT_METH_KEYWORDS, "Return a formatted version of the string."},
    {"format_map", ft_str_method_format_map, FT_METH_O, "Return a formatted version of the string, using substitutions from mapping."},
    {"__format__", ft_str_method___format__, FT_METH_O, "Return a formatted version of the string as described by format_spec."},
    {"index", str_index, FT_METH_VARARGS, "Return the lowest index in S where substring sub is found."},
    {"isalnum", str_isalnum, FT_METH_NOARGS, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isalpha", str_isalpha, FT_METH_NOARGS, "Return True if the string is an alphabetic string, False otherwise."},
    {"isascii", str_isascii, FT_METH_NOARGS, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isdecimal", str_isdecimal, FT_METH_NOARGS, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit, FT_METH_NOARGS, "Return True if the string is a digit string, False otherwise."},
    {"isidentifier", str_isidentifier, FT_METH_NOARGS, "Return True if the string is a valid Python identifier, False otherwise."},
    {"islower", str_islower, FT_METH_NOARGS, "Return True if the string is a lowercase string, False otherwise."},
    {"isnumeric", str_isnumeric, FT_METH_NOARGS, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", str_isprintable, FT_METH_NOARGS, "Return True if the string is printable, False otherwise."},
    {"isspace", str_isspace, FT_METH_NOARGS, "Return True if the string is a whitespace string, False otherwise."},
    {"istitle", str_istitle, FT_METH_NOARGS, "Return True if the string is a title-cased string, False otherwise."},
    {"isupper", str_isupper, FT_METH_NOARGS, "Return True if the string is an uppercase string, False otherwise."},
    {"join", str_join_m, FT_METH_O, "Concatenate any number of strings."},
    {"ljust", str_ljust, FT_METH_VARARGS, "Return a left-justified string of length width."},
    {"lower", str_lower, FT_METH_NOARGS, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip, FT_METH_VARARGS, "Return a copy of the string with leading whitespace removed."},
    {"maketrans", str_maketrans, FT_METH_VARARGS | FT_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"partition", str_partition, FT_METH_O, "Partition the string into three parts using the given separator."},
    {"removeprefix", str_removeprefix, FT_METH_O, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, FT_METH_O, "Return a str with the given suffix string removed if present."},
    {"replace", str_replace, FT_METH_KEYWORDS, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", str_rfind, FT_METH_VARARGS, "Return the highest index in S where substring sub is found."},
    {"rindex", str_rindex, FT_METH_VARARGS, "Return the highest index in S where substring sub is found."},
    {"rjust", str_rjust, FT_METH_VARARGS, "Return a right-justified string of length width."},
    {"rpartition", str_rpartition, FT_METH_O, "Partition the string into three parts using the given separator."},
    {"rsplit", str_rsplit, FT_METH_KEYWORDS, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rstrip", str_rstrip, FT_METH_VARARGS, "Return a copy of the string with trailing whitespace removed."},
    {"split", str_split, FT_METH_KEYWORDS, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", str_splitlines, FT_METH_KEYWORDS, "Return a list of the lines in the string, breaking at line boundaries."},
    {"startswith", str_startswith, FT_METH_VARARGS, "Return True if the string starts with the specified prefix, False otherwise."},
    {"strip", str_strip, FT_METH_VARARGS, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase, FT_METH_NOARGS, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", str_title, FT_METH_NOARGS, "Return a version of the string where each word is titlecased."},
    {"translate", str_translate, FT_METH_O, "Replace each character in the string using the given translation table."},
    {"upper", str_upper, FT_METH_NOARGS, "Return a copy of the string converted to uppercase."},
    {"zfill", str_zfill, FT_METH_O, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {NULL, NULL, 0, NULL},
};
