/* error.c -- the error.h API: the current exception of a thread, raising
 * helpers, and the CPython 3.13 traceback display.
 *
 * The current exception is ft_ts()->cur_exc, always a normalised instance
 * (or NULL). Only the owning thread touches it, so nothing here locks.
 *
 * ft_err_no_memory() never allocates: it raises the immortal MemoryError
 * made by ft_exceptions_init() (its traceback is reset on every raise; a
 * shared instance is what CPython does too when its free list is empty).
 *
 * ft_err_print_exc() reproduces the text of CPython 3.13's traceback module
 * (which is what CPython's default excepthook uses): chained exceptions,
 * "[Previous line repeated N more times]", source lines with the caret
 * line (~ and ^ anchors for binary operators, calls and subscripts, found by
 * a small expression scanner instead of ast.parse), SyntaxError's location
 * block, __notes__, exception groups with their box drawing, and the
 * "Did you mean" suggestions for NameError/AttributeError. The text is
 * built in memory and written to sys.stderr in one write() call, or to the
 * C stderr when sys.stderr is missing or None.
 */
#include "core/ftcore.h"
#include "objects/exceptions.h"
#include "modules/import.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- setting / inspecting --------------------------------------------------- */

void ft_err_set_exc(ft_obj *exc) {
    ft_thread *ts = ft_ts();
    if (!ts) return;
    ts->cur_exc = exc;
}

void ft_err_restore(ft_obj *exc) { ft_err_set_exc(exc); }

void ft_err_clear(void) { ft_err_set_exc(NULL); }

bool ft_err_occurred(void) {
    ft_thread *ts = ft_ts();
    return ts && ts->cur_exc != NULL;
}

ft_obj *ft_err_peek(void) {
    ft_thread *ts = ft_ts();
    return ts ? ts->cur_exc : NULL;
}

ft_obj *ft_err_fetch(void) {
    ft_thread *ts = ft_ts();
    if (!ts) return NULL;
    ft_obj *e = ts->cur_exc;
    ts->cur_exc = NULL;
    return e;
}

ft_obj *ft_exc_new(ft_type *type, ft_obj *const *args, size_t nargs) {
    return ft_call((ft_obj *)type, args, nargs, NULL);
}

/* Instantiate type(*args); when that fails the failure is the new current
 * exception (as in CPython), and NULL is returned. */
static ft_obj *make_exc(ft_type *type, ft_obj *const *args, size_t nargs) {
    /* Fast path for the builtin exception types (static, so their new/init
     * slots are exactly what type(*args) would run). */
    if (!(type->flags & FT_TPF_HEAPTYPE) && (type->flags & FT_TPF_BASE_EXC_SUBCLASS) &&
        type->new_ && type->init) {
        ft_obj *e = type->new_(type, args, nargs, NULL);
        if (!e) return NULL;
        ft_type *et = FT_TYPE(e);
        if (ft_type_is_subtype(et, type) && et->init && et->init(e, args, nargs, NULL) < 0) return NULL;
        return e;
    }
    ft_obj *e = ft_exc_new(type, args, nargs);
    if (!e) return NULL;
    if (!ft_exc_check(e)) {
        ft_err_format(ft_exc_TypeError,
                      "calling %R should have returned an instance of BaseException, not %s",
                      (ft_obj *)type, ft_type_name(FT_TYPE(e)));
        return NULL;
    }
    return e;
}

void ft_err_set_none(ft_type *exc_type) {
    ft_obj *e = make_exc(exc_type, NULL, 0);
    if (e) ft_err_set_exc(e);
}

void ft_err_set_obj(ft_type *exc_type, ft_obj *value) {
    if (value && ft_exc_check(value) && ft_type_is_subtype(FT_TYPE(value), exc_type)) {
        ft_err_set_exc(value);
        return;
    }
    ft_obj *e = value ? make_exc(exc_type, &value, 1) : make_exc(exc_type, NULL, 0);
    if (e) ft_err_set_exc(e);
}

void ft_err_set_str(ft_type *exc_type, const char *msg) {
    ft_obj *s = ft_str_from_cstr(msg);
    if (!s) return;
    ft_err_set_obj(exc_type, s);
}

ft_obj *ft_err_format(ft_type *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ft_obj *msg = ft_str_from_vformat(fmt, ap);
    va_end(ap);
    if (msg) ft_err_set_obj(exc_type, msg);
    return NULL;
}

ft_obj *ft_err_no_memory(void) {
    ft_obj *e = ft_exc_memory_error_instance;
    if (!e) {
        /* Before ft_exceptions_init: nothing sensible to raise. */
        fputs("ftpy: out of memory during start-up\n", stderr);
        abort();
    }
    ((ft_exc *)e)->traceback = NULL;
    ((ft_exc *)e)->context = NULL;
    ((ft_exc *)e)->cause = NULL;
    ft_err_set_exc(e);
    return NULL;
}

ft_obj *ft_err_from_errno(ft_type *exc_type, ft_obj *filename) {
    int err = errno;
    if (err == ENOMEM) return ft_err_no_memory();
    if (!exc_type) exc_type = ft_exc_OSError;
    ft_obj *args[3];
    args[0] = ft_int_from_i64(err);
    args[1] = ft_str_from_cstr(err ? strerror(err) : "Error");
    if (!args[0] || !args[1]) return NULL;
    size_t n = 2;
    if (filename && filename != ft_None) args[n++] = filename;
    ft_obj *e = make_exc(exc_type, args, n);
    if (e) ft_err_set_exc(e);
    return NULL;
}

ft_obj *ft_err_bad_internal_call(const char *where) {
    return ft_err_format(ft_exc_SystemError, "%s: bad argument to internal function",
                         where ? where : "?");
}

bool ft_exc_matches(ft_obj *exc, ft_obj *type_or_tuple) {
    if (!exc || !type_or_tuple) return false;
    if (ft_tuple_check(type_or_tuple)) {
        ft_ssize n = ft_tuple_size(type_or_tuple);
        for (ft_ssize i = 0; i < n; i++)
            if (ft_exc_matches(exc, ft_tuple_get(type_or_tuple, i))) return true;
        return false;
    }
    if (ft_is_smallint(type_or_tuple) ||
        !ft_type_is_subtype(type_or_tuple->ob_type, &ft_type_type))
        return false;
    ft_type *et;
    if (!ft_is_smallint(exc) && ft_type_is_subtype(exc->ob_type, &ft_type_type))
        et = (ft_type *)exc;   /* a class was passed: compare classes */
    else
        et = FT_TYPE(exc);
    return ft_type_is_subtype(et, (ft_type *)type_or_tuple);
}

bool ft_err_matches(ft_obj *type_or_tuple) {
    return ft_exc_matches(ft_err_peek(), type_or_tuple);
}

ft_obj *ft_exc_get_traceback(ft_obj *exc) { return ((ft_exc *)exc)->traceback; }
void ft_exc_set_traceback(ft_obj *exc, ft_obj *tb) {
    ((ft_exc *)exc)->traceback = (tb == ft_None) ? NULL : tb;
}
void ft_exc_set_context(ft_obj *exc, ft_obj *context) {
    if (context == exc) return;   /* never a self-loop */
    ((ft_exc *)exc)->context = (context == ft_None) ? NULL : context;
}
void ft_exc_set_cause(ft_obj *exc, ft_obj *cause) {
    ((ft_exc *)exc)->cause = (cause == ft_None) ? NULL : cause;
    ((ft_exc *)exc)->suppress_context = true;
}

void ft_err_set_stop_iteration(ft_obj *value) {
    if (!value) value = ft_None;
    ft_obj *e = make_exc(ft_exc_StopIteration, &value, 1);
    if (e) ft_err_set_exc(e);
}

ft_obj *ft_stop_iteration_value(ft_obj *exc) {
    if (!exc || !ft_type_is_subtype(FT_TYPE(exc), ft_exc_StopIteration)) return ft_None;
    ft_obj *v = ((ft_exc_stopiter *)exc)->value;
    if (v) return v;
    ft_obj *a = ft_exc_args(exc);
    return ft_tuple_size(a) ? ft_tuple_get(a, 0) : ft_None;
}

void ft_err_syntax(ft_type *type, const char *msg, ft_obj *filename,
                   int lineno, int col, int end_lineno, int end_col, ft_obj *text) {
    if (!type) type = ft_exc_SyntaxError;
    ft_obj *m = ft_str_from_cstr(msg ? msg : "invalid syntax");
    if (!m) return;
    ft_obj *info = ft_tuple_pack(6, filename ? filename : ft_None,
                                 lineno > 0 ? ft_smallint(lineno) : ft_None,
                                 col > 0 ? ft_smallint(col) : ft_None,
                                 text ? text : ft_None,
                                 end_lineno > 0 ? ft_smallint(end_lineno) : ft_None,
                                 end_col > 0 ? ft_smallint(end_col) : ft_None);
    if (!info) return;
    ft_obj *args[2] = {m, info};
    ft_obj *e = make_exc(type, args, 2);
    if (e) ft_err_set_exc(e);
}

ft_obj *ft_err_name_error(ft_obj *name) {
    ft_obj *msg = ft_str_from_format("name '%U' is not defined", name);
    if (!msg) return NULL;
    ft_obj *e = make_exc(ft_exc_NameError, &msg, 1);
    if (!e) return NULL;
    if (ft_type_is_subtype(FT_TYPE(e), ft_exc_NameError)) ((ft_exc_name *)e)->name = name;
    ft_err_set_exc(e);
    return NULL;
}

void ft_err_attribute_context(ft_obj *obj, ft_obj *name) {
    ft_obj *e = ft_err_peek();
    if (!e || !ft_type_is_subtype(FT_TYPE(e), ft_exc_AttributeError)) return;
    ft_exc_attribute *a = (ft_exc_attribute *)e;
    if (!a->name && !a->obj) {
        a->name = name;
        a->obj = obj;
    }
}

/* ---- text output helpers ---------------------------------------------------- */

/* Output buffer for the printer: a GC strbuf. Errors while appending are
 * ignored (we are already reporting an error); a failed append drops text. */
typedef struct pctx {
    ft_strbuf out;
    int group_depth;
    bool need_close;
    int nseen;
    ft_obj *seen[128];   /* exceptions already shown (cycle guard), on the C stack */
} pctx;

static void put(pctx *c, const char *s) {
    if (ft_strbuf_append_cstr(&c->out, s) < 0) ft_err_clear();
}
static void putn(pctx *c, const char *s, ft_ssize n) {
    if (ft_strbuf_append(&c->out, s, n) < 0) ft_err_clear();
}

/* Emits text (zero or more complete lines) with the exception-group margin. */
static void emit(pctx *c, const char *text, char margin) {
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        ft_ssize len = nl ? (ft_ssize)(nl - p + 1) : (ft_ssize)strlen(p);
        for (int i = 0; i < 2 * c->group_depth; i++) put(c, " ");
        if (c->group_depth) {
            char m[3] = {margin ? margin : '|', ' ', 0};
            put(c, m);
        }
        putn(c, p, len);
        p += len;
    }
}

/* A local text buffer (C heap, no GC pointers). */
typedef struct tbuf { char *s; size_t len, cap; } tbuf;
static void tb_add(tbuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 256;
        while (nc < b->len + n + 1) nc *= 2;
        char *ns = realloc(b->s, nc);
        if (!ns) return;
        b->s = ns;
        b->cap = nc;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}
static void tb_adds(tbuf *b, const char *s) { tb_add(b, s, strlen(s)); }
static void tb_addc(tbuf *b, char ch, size_t count) {
    for (size_t i = 0; i < count; i++) tb_add(b, &ch, 1);
}
static void tb_printf(tbuf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) { tb_add(b, tmp, (size_t)n); return; }
    char *big = malloc((size_t)n + 1);
    if (!big) return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    tb_add(b, big, (size_t)n);
    free(big);
}
static const char *tb_str(tbuf *b) { return b->s ? b->s : ""; }

/* str()/repr() that never fail: on error returns a fallback C string. */
static const char *safe_text(ft_obj *o, bool use_repr, const char *fallback) {
    ft_obj *s = use_repr ? ft_repr(o) : ft_str(o);
    if (!s || !ft_str_check(s)) {
        ft_err_clear();
        return fallback;
    }
    return ft_str_utf8(s);
}

/* ---- source lines ------------------------------------------------------------- */

void ft_err_register_main_source(ft_obj *lines) {
    ft_interp *interp = ft_interp_current();
    if (lines && interp->module_state &&
        ft_dict_set_cstr(interp->module_state, "<main source>", lines) < 0)
        ft_err_clear();
}

/* The line registered for a pseudo-file in linecache.cache (entries are
 * (size, mtime, lines, fullname) tuples, as doctest and other tools add
 * them), as a borrowed str; NULL if none. Only dict lookups: no Python
 * code runs, and a failed lookup leaves no exception set. */
static ft_obj *linecache_line(ft_obj *filename, long lineno) {
    ft_thread *ts = ft_current_thread;
    if (!ts || !ts->interp || !ts->interp->modules) return NULL;
    ft_obj *mod = ft_dict_get_cstr(ts->interp->modules, "linecache");
    if (!mod || ft_type_of(mod) != &ft_module_type) { ft_err_clear(); return NULL; }
    ft_obj *md = ft_module_get_dict(mod);
    ft_obj *cache = md ? ft_dict_get_cstr(md, "cache") : NULL;
    if (!cache || !ft_dict_check(cache)) { ft_err_clear(); return NULL; }
    ft_obj *entry = ft_dict_get(cache, filename);
    if (!entry || !ft_tuple_check(entry) || ft_tuple_size(entry) < 3) { ft_err_clear(); return NULL; }
    ft_obj *lines = ft_tuple_get(entry, 2);
    if (!lines || !ft_list_check(lines) || lineno > ft_list_size(lines)) return NULL;
    ft_obj *l = ft_list_get(lines, lineno - 1);
    if (!l || !ft_str_check(l)) { ft_err_clear(); return NULL; }
    return l;
}

/* Returns line `lineno` (1-based) of code's source or the file, without its
 * line terminator and with trailing whitespace removed, as a malloc()ed C
 * string; NULL if unavailable. */
static char *source_line(ft_code *co, ft_obj *filename, long lineno) {
    if (lineno < 1) return NULL;
    /* CPython finds lines through linecache: pseudo-files such as
     * "<string>" (exec, -c) show no source unless registered in
     * linecache.cache; the REPL's "<stdin>" does. */
    ft_obj *cached = NULL;
    if (filename && ft_str_check(filename)) {
        const char *fn = ft_str_utf8(filename);
        if (fn[0] == '<' && strcmp(fn, "<stdin>") != 0) {
            ft_thread *ts = ft_current_thread;
            ft_obj *main_src = ts && ts->interp && ts->interp->module_state
                ? ft_dict_get_cstr(ts->interp->module_state, "<main source>") : NULL;
            if (!co || !main_src || co->source_lines != main_src) {
                cached = linecache_line(filename, lineno);
                if (!cached) return NULL;
            }
        }
    }
    const char *text = NULL;
    ft_ssize n = 0;
    char *heap = NULL;
    if (cached) {
        text = ft_str_utf8(cached);
        n = FT_STR(cached)->nbytes;
    } else if (co && co->source_lines && ft_tuple_check(co->source_lines) &&
        lineno <= ft_tuple_size(co->source_lines)) {
        ft_obj *l = ft_tuple_get(co->source_lines, lineno - 1);
        if (l && ft_str_check(l)) {
            text = ft_str_utf8(l);
            n = FT_STR(l)->nbytes;
        }
    }
    if (!text && filename && ft_str_check(filename)) {
        const char *fn = ft_str_utf8(filename);
        if (fn[0] == '<') return NULL;
        FILE *f = fopen(fn, "rb");
        if (!f) return NULL;
        long cur = 1;
        size_t cap = 0;
        ssize_t got;
        char *line = NULL;
        while ((got = getline(&line, &cap, f)) >= 0) {
            if (cur == lineno) { heap = line; n = got; break; }
            cur++;
        }
        fclose(f);
        if (!heap) { free(line); return NULL; }
        text = heap;
    }
    if (!text) return NULL;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r' || text[n - 1] == ' ' ||
                     text[n - 1] == '\t' || text[n - 1] == '\f' || text[n - 1] == '\v'))
        n--;
    char *r = malloc((size_t)n + 1);
    if (r) { memcpy(r, text, (size_t)n); r[n] = 0; }
    free(heap);
    return r;
}

/* Code-point view of a UTF-8 line. */
typedef struct cpline { uint32_t *cp; ft_ssize n; } cpline;

static cpline decode_line(const char *s) {
    cpline l = {NULL, 0};
    size_t len = strlen(s);
    l.cp = malloc((len + 1) * sizeof(uint32_t));
    if (!l.cp) return l;
    const char *p = s, *end = s + len;
    while (p < end) {
        uint32_t cp;
        int k = ft_utf8_decode_one(p, end, &cp);
        if (k <= 0) { cp = 0xFFFD; k = 1; }
        l.cp[l.n++] = cp;
        p += k;
    }
    return l;
}

/* Number of code points in the first `bytes` bytes of s (CPython's
 * _byte_offset_to_character_offset). */
static ft_ssize byte_to_char(const char *s, long bytes) {
    size_t len = strlen(s);
    if (bytes < 0) bytes = 0;
    if ((size_t)bytes > len) bytes = (long)len;
    const char *p = s, *end = s + bytes;
    ft_ssize n = 0;
    while (p < end) {
        uint32_t cp;
        int k = ft_utf8_decode_one(p, end, &cp);
        if (k <= 0) k = 1;
        p += k;
        n++;
    }
    return n;
}

/* East Asian Wide/Fullwidth ranges (unicodedata 15.1, CPython 3.13): the
 * traceback module counts such characters as two columns. */
static const uint32_t wide_ranges[][2] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x303E}, {0x3041, 0x3096},
    {0x3099, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x3190, 0x31E3}, {0x31EF, 0x321E},
    {0x3220, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA48C}, {0xA490, 0xA4C6}, {0xA960, 0xA97C},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66},
    {0xFE68, 0xFE6B}, {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4},
    {0x16FF0, 0x16FF1}, {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08},
    {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122},
    {0x1B132, 0x1B132}, {0x1B150, 0x1B152}, {0x1B155, 0x1B155}, {0x1B164, 0x1B167},
    {0x1B170, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248},
    {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7},
    {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FA7C}, {0x1FA80, 0x1FA88}, {0x1FA90, 0x1FABD}, {0x1FABF, 0x1FAC5},
    {0x1FACE, 0x1FADB}, {0x1FAE0, 0x1FAE8}, {0x1FAF0, 0x1FAF8}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

static int cp_width(uint32_t c) {
    if (c < 0x1100) return 1;
    size_t lo = 0, hi = FT_ARRAY_LEN(wide_ranges);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < wide_ranges[mid][0]) hi = mid;
        else if (c > wide_ranges[mid][1]) lo = mid + 1;
        else return 2;
    }
    return 1;
}

/* Display width of the first `off` code points of a line. */
static ft_ssize dwidth(const uint32_t *cp, ft_ssize n, ft_ssize off) {
    ft_ssize w = 0;
    for (ft_ssize i = 0; i < off && i < n; i++) w += cp_width(cp[i]);
    return w + (off > n ? off - n : 0);
}

static void add_cps(tbuf *b, const uint32_t *cp, ft_ssize n) {
    for (ft_ssize i = 0; i < n; i++) {
        char u[4];
        int k = ft_utf8_encode_one(cp[i], u);
        tb_add(b, u, (size_t)k);
    }
}

static bool is_space_cp(uint32_t c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

/* ---- caret anchors: a tiny expression scanner ---------------------------------- */

enum { TK_NAME, TK_NUMBER, TK_STRING, TK_OP, TK_OPEN, TK_CLOSE };
typedef struct tok { int kind; ft_ssize start, end; int match; } tok;

static bool is_ident_start(uint32_t c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
static bool is_ident_char(uint32_t c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

static bool tok_is(const uint32_t *s, const tok *t, const char *text) {
    ft_ssize n = (ft_ssize)strlen(text);
    if (t->end - t->start != n) return false;
    for (ft_ssize i = 0; i < n; i++)
        if (s[t->start + i] != (uint32_t)(unsigned char)text[i]) return false;
    return true;
}

/* Tokenises s[0..n); returns the token count or -1 (unsupported / unbalanced). */
static int tokenize(const uint32_t *s, ft_ssize n, tok *toks, int max) {
    int nt = 0, stack[64], sp = 0;
    ft_ssize i = 0;
    while (i < n) {
        uint32_t c = s[i];
        if (is_space_cp(c)) { i++; continue; }
        if (c == '\\') { i++; continue; }
        if (c == '#') { while (i < n && s[i] != '\n') i++; continue; }
        if (nt >= max) return -1;
        tok *t = &toks[nt];
        t->start = i;
        t->match = -1;
        if (is_ident_start(c)) {
            ft_ssize j = i;
            while (j < n && is_ident_char(s[j])) j++;
            /* string prefix? */
            if (j < n && (s[j] == '\'' || s[j] == '"') && j - i <= 3) {
                bool prefix = true;
                for (ft_ssize k = i; k < j; k++) {
                    uint32_t p = s[k] | 0x20;
                    if (p != 'r' && p != 'b' && p != 'u' && p != 'f') prefix = false;
                }
                if (prefix) { i = j; c = s[i]; goto string; }
            }
            t->kind = TK_NAME;
            i = j;
        } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
            t->kind = TK_NUMBER;
            while (i < n && (is_ident_char(s[i]) || s[i] == '.' ||
                             ((s[i] == '+' || s[i] == '-') && (s[i - 1] | 0x20) == 'e' &&
                              !((s[t->start] == '0') && t->start + 1 < n && (s[t->start + 1] | 0x20) == 'x'))))
                i++;
        } else if (c == '\'' || c == '"') {
        string:;
            uint32_t q = s[i];
            bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
            i += triple ? 3 : 1;
            for (;;) {
                if (i >= n) return -1;
                if (s[i] == '\\') { i += 2; continue; }
                if (s[i] == q) {
                    if (!triple) { i++; break; }
                    if (i + 2 < n && s[i + 1] == q && s[i + 2] == q) { i += 3; break; }
                }
                if (!triple && s[i] == '\n') return -1;
                i++;
            }
            t->kind = TK_STRING;
        } else if (c == '(' || c == '[' || c == '{') {
            t->kind = TK_OPEN;
            if (sp >= 64) return -1;
            stack[sp++] = nt;
            i++;
        } else if (c == ')' || c == ']' || c == '}') {
            t->kind = TK_CLOSE;
            if (sp == 0) return -1;
            int o = stack[--sp];
            toks[o].match = nt;
            t->match = o;
            i++;
        } else {
            t->kind = TK_OP;
            static const char *const ops3[] = {"**=", "//=", ">>=", "<<=", "...", NULL};
            static const char *const ops2[] = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                                               ":=", "->", "+=", "-=", "*=", "/=", "%=", "&=",
                                               "|=", "^=", "@=", NULL};
            int len = 1;
            for (int k = 0; ops3[k]; k++)
                if (i + 2 < n && s[i] == (uint32_t)ops3[k][0] && s[i + 1] == (uint32_t)ops3[k][1] &&
                    s[i + 2] == (uint32_t)ops3[k][2]) { len = 3; break; }
            if (len == 1)
                for (int k = 0; ops2[k]; k++)
                    if (i + 1 < n && s[i] == (uint32_t)ops2[k][0] && s[i + 1] == (uint32_t)ops2[k][1]) {
                        len = 2;
                        break;
                    }
            i += len;
        }
        t->end = i;
        nt++;
    }
    if (sp) return -1;
    return nt;
}

static int binop_level(const uint32_t *s, const tok *t) {
    if (t->kind != TK_OP) return 0;
    if (tok_is(s, t, "|")) return 1;
    if (tok_is(s, t, "^")) return 2;
    if (tok_is(s, t, "&")) return 3;
    if (tok_is(s, t, "<<") || tok_is(s, t, ">>")) return 4;
    if (tok_is(s, t, "+") || tok_is(s, t, "-")) return 5;
    if (tok_is(s, t, "*") || tok_is(s, t, "/") || tok_is(s, t, "//") || tok_is(s, t, "%") ||
        tok_is(s, t, "@"))
        return 6;
    if (tok_is(s, t, "**")) return 8;
    return 0;
}

static bool is_keyword_op(const uint32_t *s, const tok *t) {
    static const char *const kws[] = {"lambda", "if", "else", "or", "and", "not", "in", "is",
                                      "for", "yield", "await", "async", "from", NULL};
    if (t->kind != TK_NAME) return false;
    for (int k = 0; kws[k]; k++)
        if (tok_is(s, t, kws[k])) return true;
    return false;
}

/* Ends an operand (so a following + - * ** is binary). */
static bool ends_operand(const uint32_t *s, const tok *t) {
    if (t->kind == TK_CLOSE || t->kind == TK_NUMBER || t->kind == TK_STRING) return true;
    if (t->kind == TK_NAME) {
        if (tok_is(s, t, "None") || tok_is(s, t, "True") || tok_is(s, t, "False")) return true;
        return !is_keyword_op(s, t);
    }
    return tok_is(s, t, "...");
}

enum { ANCHOR_NONE, ANCHOR_BINOP, ANCHOR_CALL, ANCHOR_SUBSCRIPT };
typedef struct anchors { int kind; ft_ssize left, right; bool func_is_name; } anchors;

/* Keywords that cannot appear in an expression: a segment holding one at
 * top level (a whole `raise X(...)` statement, say) does not parse as an
 * expression, so CPython finds no anchors in it. */
static bool is_statement_keyword(const uint32_t *s, const tok *t) {
    static const char *const kws[] = {"raise", "import", "return", "del", "pass", "assert",
                                      "global", "nonlocal", "def", "class", "with", "while",
                                      "try", "except", "finally", "break", "continue", "elif",
                                      "as", "type", NULL};
    if (t->kind != TK_NAME) return false;
    for (int k = 0; kws[k]; k++) {
        if (!tok_is(s, t, kws[k])) continue;
        /* `type` is a soft keyword: only a statement when a name follows. */
        if (strcmp(kws[k], "type") == 0) return false;
        return true;
    }
    return false;
}

/* Classifies the expression made of toks[a..b] (inclusive). */
static void classify(const uint32_t *s, const tok *toks, int a, int b, anchors *out) {
    out->kind = ANCHOR_NONE;
    if (a > b) return;
    for (int i = a; i <= b; i++) {
        if (toks[i].kind == TK_OPEN) { i = toks[i].match; continue; }
        if (is_statement_keyword(s, &toks[i])) return;
        /* Two operands in a row (`raise X` after the keyword, `a b`) is not
         * an expression either. */
        if (i > a && toks[i].kind == TK_NAME && !is_keyword_op(s, &toks[i]) &&
            toks[i - 1].kind == TK_NAME && !is_keyword_op(s, &toks[i - 1]))
            return;
    }
    int min_level = 99, root = -1;
    for (int i = a; i <= b; i++) {
        const tok *t = &toks[i];
        if (t->kind == TK_OPEN) { i = t->match; continue; }
        if (t->kind == TK_OP) {
            if (tok_is(s, t, ",") || tok_is(s, t, ":") || tok_is(s, t, "=") || tok_is(s, t, ":=") ||
                tok_is(s, t, "<") || tok_is(s, t, ">") || tok_is(s, t, "==") || tok_is(s, t, "!=") ||
                tok_is(s, t, "<=") || tok_is(s, t, ">=") || tok_is(s, t, ";"))
                return;
            int lvl = binop_level(s, t);
            if (!lvl) continue;
            bool binary = i > a && ends_operand(s, &toks[i - 1]);
            if (!binary) {
                if (lvl == 6 || lvl == 8) {
                    if (tok_is(s, t, "*") || tok_is(s, t, "**")) {
                        if (i == a) return;   /* starred */
                    }
                }
                continue;
            }
            if (lvl < min_level || (lvl == min_level && lvl != 8)) {
                if (lvl == min_level && lvl == 8) continue;
                min_level = lvl;
                root = i;
            }
        } else if (is_keyword_op(s, t)) {
            if (tok_is(s, t, "await") && i == a) continue;
            return;
        }
    }
    bool unary_start = toks[a].kind == TK_OP &&
                       (tok_is(s, &toks[a], "-") || tok_is(s, &toks[a], "+") || tok_is(s, &toks[a], "~"));
    if (root >= 0 && !(min_level == 8 && unary_start)) {
        out->kind = ANCHOR_BINOP;
        out->left = toks[root].start;
        out->right = toks[root].end;
        return;
    }
    if (unary_start || root >= 0) return;
    if (toks[a].kind == TK_NAME && tok_is(s, &toks[a], "await")) return;
    const tok *last = &toks[b];
    if (last->kind == TK_CLOSE) {
        int o = last->match;
        if (o == a) {
            /* Fully parenthesised: (expr) -> look inside, unless it is a tuple/genexp. */
            if (s[toks[a].start] == '(') classify(s, toks, a + 1, b - 1, out);
            return;
        }
        if (o > a && ends_operand(s, &toks[o - 1])) {
            uint32_t br = s[toks[o].start];
            if (br == '(' || br == '[') {
                out->kind = br == '(' ? ANCHOR_CALL : ANCHOR_SUBSCRIPT;
                out->left = toks[o].start;
                out->right = last->end;
                out->func_is_name = (o - 1 == a && toks[a].kind == TK_NAME);
            }
        }
    }
}

static void find_anchors(const uint32_t *seg, ft_ssize n, anchors *out) {
    out->kind = ANCHOR_NONE;
    out->func_is_name = false;
    int max = (int)(n < 4096 ? n + 1 : 4096);
    tok *toks = malloc(sizeof(tok) * (size_t)max);
    if (!toks) return;
    int nt = tokenize(seg, n, toks, max);
    if (nt > 0) classify(seg, toks, 0, nt - 1, out);
    free(toks);
}

/* ---- one traceback entry --------------------------------------------------------- */

/* Is the first line (dedented) of the form `return <seg>` or `NAME = <seg>`
 * with nothing but a comment after the segment? (CPython's _should_show_carets
 * special cases, where a whole-line call shows no carets.) */
static bool statement_is_full_call(const cpline *first, ft_ssize start, const cpline *lastl,
                                   ft_ssize end, const anchors *an) {
    if (an->kind != ANCHOR_CALL) return false;
    for (ft_ssize i = end; i < lastl->n; i++) {
        if (lastl->cp[i] == '#') break;
        if (!is_space_cp(lastl->cp[i])) return false;
    }
    ft_ssize i = 0;
    while (i < first->n && is_space_cp(first->cp[i])) i++;
    ft_ssize j = i;
    while (j < first->n && is_ident_char(first->cp[j])) j++;
    if (j == i) return false;
    ft_ssize k = j;
    while (k < first->n && (first->cp[k] == ' ' || first->cp[k] == '\t')) k++;
    bool is_return = (j - i == 6 && first->cp[i] == 'r' && first->cp[i + 1] == 'e' &&
                      first->cp[i + 2] == 't' && first->cp[i + 3] == 'u' && first->cp[i + 4] == 'r' &&
                      first->cp[i + 5] == 'n');
    if (is_return) return k == start && k > j && an->func_is_name;
    if (k < first->n && first->cp[k] == '=' && !(k + 1 < first->n && first->cp[k + 1] == '=')) {
        k++;
        while (k < first->n && (first->cp[k] == ' ' || first->cp[k] == '\t')) k++;
        return k == start;
    }
    return false;
}

/* Appends the source lines (and carets) of one frame entry to b. */
static void format_source(tbuf *b, ft_code *co, ft_obj *filename, long lineno,
                          const ft_position *pos) {
    char *first = source_line(co, filename, lineno);
    if (!first) return;
    bool have_cols = pos && pos->lineno == lineno && pos->col >= 0 && pos->end_col >= 0 &&
                     pos->end_lineno >= lineno && pos->end_lineno - lineno < 1000;
    if (!have_cols) {
        const char *p = first;
        while (*p == ' ' || *p == '\t' || *p == '\f') p++;
        if (*p) { tb_adds(b, "    "); tb_adds(b, p); tb_adds(b, "\n"); }
        free(first);
        return;
    }
    int nl = pos->end_lineno - lineno + 1;
    char **raw = calloc((size_t)nl, sizeof(char *));
    cpline *lines = calloc((size_t)nl, sizeof(cpline));
    if (!raw || !lines) { free(raw); free(lines); free(first); return; }
    raw[0] = first;
    for (int i = 1; i < nl; i++) {
        raw[i] = source_line(co, filename, lineno + i);
        if (!raw[i]) raw[i] = calloc(1, 1);
    }
    bool all_blank = true;
    for (int i = 0; i < nl; i++) {
        lines[i] = decode_line(raw[i] ? raw[i] : "");
        for (ft_ssize k = 0; k < lines[i].n; k++)
            if (!is_space_cp(lines[i].cp[k])) all_blank = false;
    }
    if (all_blank) goto done;

    /* textwrap.dedent: common leading whitespace of the non-blank lines. */
    ft_ssize margin = -1;
    int margin_line = -1;
    for (int i = 0; i < nl; i++) {
        ft_ssize k = 0;
        while (k < lines[i].n && (lines[i].cp[k] == ' ' || lines[i].cp[k] == '\t')) k++;
        if (k == lines[i].n) continue;
        if (margin < 0) { margin = k; margin_line = i; continue; }
        ft_ssize m = 0;
        while (m < margin && m < k && lines[i].cp[m] == lines[margin_line].cp[m]) m++;
        margin = m;
    }
    if (margin < 0) margin = 0;
    ft_ssize start_off = byte_to_char(raw[0], pos->col);
    ft_ssize end_off = byte_to_char(raw[nl - 1], pos->end_col);
    cpline *dl = calloc((size_t)nl, sizeof(cpline));
    if (!dl) goto done;
    for (int i = 0; i < nl; i++) {
        ft_ssize cut = lines[i].n >= margin ? margin : lines[i].n;
        bool blank = true;
        for (ft_ssize k = 0; k < lines[i].n; k++)
            if (!is_space_cp(lines[i].cp[k])) blank = false;
        if (blank) cut = lines[i].n;
        dl[i].cp = lines[i].cp + cut;
        dl[i].n = lines[i].n - cut;
    }
    ft_ssize dedent = lines[0].n - dl[0].n;
    start_off = start_off - dedent < 0 ? 0 : start_off - dedent;
    end_off = end_off - dedent < 0 ? 0 : end_off - dedent;
    if (start_off > dl[0].n) start_off = dl[0].n;
    if (end_off > dl[nl - 1].n) end_off = dl[nl - 1].n;

    /* The segment: from start_off on line 0 to end_off on the last line. */
    ft_ssize seglen = 0;
    for (int i = 0; i < nl; i++) seglen += dl[i].n + 1;
    uint32_t *seg = malloc(sizeof(uint32_t) * (size_t)(seglen + 1));
    ft_ssize *seg_line = malloc(sizeof(ft_ssize) * (size_t)(seglen + 1));
    ft_ssize *seg_col = malloc(sizeof(ft_ssize) * (size_t)(seglen + 1));
    ft_ssize sn = 0;
    anchors an = {ANCHOR_NONE, 0, 0, false};
    if (seg && seg_line && seg_col) {
        for (int i = 0; i < nl; i++) {
            ft_ssize from = i == 0 ? start_off : 0;
            ft_ssize to = i == nl - 1 ? end_off : dl[i].n;
            for (ft_ssize k = from; k < to; k++) {
                seg[sn] = dl[i].cp[k];
                seg_line[sn] = i;
                seg_col[sn] = k;
                sn++;
            }
            if (i < nl - 1) { seg[sn] = '\n'; seg_line[sn] = i; seg_col[sn] = dl[i].n; sn++; }
        }
        seg_line[sn] = nl - 1;
        seg_col[sn] = end_off;
        if (sn > 0 && (nl > 1 || start_off < end_off)) find_anchors(seg, sn, &an);
    }
    ft_ssize aleft_line = 0, aleft_col = 0, aright_line = 0, aright_col = 0;
    if (an.kind != ANCHOR_NONE) {
        aleft_line = seg_line[an.left];
        aleft_col = seg_col[an.left];
        aright_line = seg_line[an.right];
        aright_col = seg_col[an.right];
        if (an.right == sn) { aright_line = nl - 1; aright_col = end_off; }
        /* Caret columns are display columns (wide characters count 2). */
        aleft_col = dwidth(dl[aleft_line].cp, dl[aleft_line].n, aleft_col);
        aright_col = dwidth(dl[aright_line].cp, dl[aright_line].n, aright_col);
    }
    ft_ssize dstart = dwidth(dl[0].cp, dl[0].n, start_off);
    ft_ssize dend = dwidth(dl[nl - 1].cp, dl[nl - 1].n, end_off);
    char primary = '^', secondary = '^';
    bool show = false;
    if (an.kind != ANCHOR_NONE) {
        primary = '~';
        secondary = '^';
        if (an.kind != ANCHOR_BINOP) primary = '~';
        show = !statement_is_full_call(&dl[0], start_off, &dl[nl - 1], end_off, &an);
    } else {
        for (ft_ssize k = 0; k < start_off; k++)
            if (!is_space_cp(dl[0].cp[k])) show = true;
        for (ft_ssize k = end_off; k < dl[nl - 1].n; k++)
            if (!is_space_cp(dl[nl - 1].cp[k])) show = true;
    }
    free(seg);
    free(seg_line);
    free(seg_col);

    /* Significant lines: first, last, and around the anchors. */
    bool *sig = calloc((size_t)nl, sizeof(bool));
    if (!sig) { free(dl); goto done; }
    sig[0] = sig[nl - 1] = true;
    if (an.kind != ANCHOR_NONE) {
        for (ft_ssize d = -1; d <= 1; d++) {
            if (aleft_line + d >= 0 && aleft_line + d < nl) sig[aleft_line + d] = true;
            if (aright_line + d >= 0 && aright_line + d < nl) sig[aright_line + d] = true;
        }
    }
    tbuf res = {0};
    int prev = -1;
    for (int ln = 0; ln < nl; ln++) {
        if (!sig[ln]) continue;
        for (int pass = 0; pass < 2; pass++) {
            int cur;
            if (pass == 0) {
                if (prev < 0 || ln - prev < 2) continue;
                if (ln - prev == 2) cur = ln - 1;
                else { tb_printf(&res, "...<%d lines>...\n", ln - prev - 1); continue; }
            } else {
                cur = ln;
            }
            add_cps(&res, dl[cur].cp, dl[cur].n);
            tb_adds(&res, "\n");
            if (!show) continue;
            ft_ssize nsp = 0;
            while (nsp < dl[cur].n && is_space_cp(dl[cur].cp[nsp])) nsp++;
            ft_ssize ncar = cur == nl - 1 ? dend : dwidth(dl[cur].cp, dl[cur].n, dl[cur].n);
            for (ft_ssize col = 0; col < ncar; col++) {
                char ch;
                if (col < nsp || (cur == 0 && col < dstart)) ch = ' ';
                else if (an.kind != ANCHOR_NONE &&
                         (cur > aleft_line || (cur == aleft_line && col >= aleft_col)) &&
                         (cur < aright_line || (cur == aright_line && col < aright_col)))
                    ch = secondary;
                else
                    ch = primary;
                tb_add(&res, &ch, 1);
            }
            tb_adds(&res, "\n");
        }
        prev = ln;
    }
    /* textwrap.dedent of the result, then indent every line by 4. */
    const char *r = tb_str(&res);
    ft_ssize rmargin = -1;
    for (const char *p = r; *p;) {
        const char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        ft_ssize k = 0;
        while (p + k < e && (p[k] == ' ' || p[k] == '\t')) k++;
        if (p + k < e && (rmargin < 0 || k < rmargin)) rmargin = k;
        p = *e ? e + 1 : e;
    }
    if (rmargin < 0) rmargin = 0;
    for (const char *p = r; *p;) {
        const char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        ft_ssize len = e - p;
        tb_adds(b, "    ");
        if (len > rmargin) tb_add(b, p + rmargin, (size_t)(len - rmargin));
        tb_adds(b, "\n");
        p = *e ? e + 1 : e;
    }
    free(res.s);
    free(sig);
    free(dl);
done:
    for (int i = 0; i < nl; i++) { free(raw[i]); free(lines[i].cp); }
    free(raw);
    free(lines);
}

/* ---- traceback walking ------------------------------------------------------------ */

static ft_obj *attr(ft_obj *o, const char *name) {
    ft_obj *v = ft_getattr_cstr(o, name);
    if (!v) ft_err_clear();
    return v;
}

static long attr_long(ft_obj *o, const char *name, long deflt) {
    ft_obj *v = attr(o, name);
    if (!v || !ft_int_check(v)) return deflt;
    int64_t r = ft_int_as_i64(v);
    if (r == -1 && ft_err_occurred()) { ft_err_clear(); return deflt; }
    return (long)r;
}

static ft_code *frame_code(ft_obj *frame) {
    ft_obj *co = attr(frame, "f_code");
    if (!co || FT_TYPE(co) != &ft_code_type) return NULL;
    return FT_CODE(co);
}

/* Instruction index recorded in a traceback entry: tb_lasti counts bytes,
 * two per instruction, as in CPython (the VM stores index * 2). */
static const ft_position *tb_position(ft_code *co, ft_obj *tb) {
    long lasti = attr_long(tb, "tb_lasti", -1);
    if (!co || lasti < 0 || !co->positions) return NULL;
    ft_ssize idx = lasti / 2;
    if (idx >= co->ninstrs) return NULL;
    return &co->positions[idx];
}

#define RECURSIVE_CUTOFF 3

static void format_stack(tbuf *b, ft_obj *tb) {
    ft_obj *last_file = NULL, *last_name = NULL;
    long last_line = -2;
    long count = 0;
    int guard = 0;
    while (tb && tb != ft_None && guard++ < 100000) {
        ft_obj *frame = attr(tb, "tb_frame");
        ft_code *co = frame ? frame_code(frame) : NULL;
        long lineno = attr_long(tb, "tb_lineno", -1);
        ft_obj *filename = co ? co->filename : NULL;
        ft_obj *name = co ? co->name : NULL;
        bool same = last_file && filename && ft_str_check(filename) && ft_str_check(last_file) &&
                    ft_str_eq(last_file, filename) && last_line == lineno && last_name && name &&
                    ft_str_eq(last_name, name);
        if (!same) {
            if (count > RECURSIVE_CUTOFF) {
                long more = count - RECURSIVE_CUTOFF;
                tb_printf(b, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
            }
            last_file = filename;
            last_line = lineno;
            last_name = name;
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF) {
            tb_adds(b, "  File \"");
            tb_adds(b, filename && ft_str_check(filename) ? ft_str_utf8(filename) : "<unknown>");
            if (lineno >= 0) tb_printf(b, "\", line %ld, in ", lineno);
            else tb_adds(b, "\", line None, in ");
            tb_adds(b, name && ft_str_check(name) ? ft_str_utf8(name) : "<unknown>");
            tb_adds(b, "\n");
            if (lineno >= 1) format_source(b, co, filename, lineno, tb_position(co, tb));
        }
        tb = attr(tb, "tb_next");
    }
    if (count > RECURSIVE_CUTOFF) {
        long more = count - RECURSIVE_CUTOFF;
        tb_printf(b, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
    }
}

/* ---- suggestions ("Did you mean") --------------------------------------------------- */

#define MAX_CANDIDATES 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

/* CPython computes suggestions in C (Python/suggestions.c) on the UTF-8
 * bytes of the names; so do we, with the same costs and limits. */
static ft_ssize subst_cost(unsigned char a, unsigned char b) {
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    if (a == b) return CASE_COST;
    return MOVE_COST;
}

static ft_ssize levenshtein(const unsigned char *a, ft_ssize na, const unsigned char *b, ft_ssize nb,
                            ft_ssize max_cost) {
    if (na == nb && memcmp(a, b, (size_t)na) == 0) return 0;
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (!na || !nb) return MOVE_COST * (na + nb);
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE) return max_cost + 1;
    if (nb < na) { const unsigned char *t = a; a = b; b = t; ft_ssize tn = na; na = nb; nb = tn; }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    ft_ssize row[MAX_STRING_SIZE];
    for (ft_ssize i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    ft_ssize result = 0;
    for (ft_ssize bi = 0; bi < nb; bi++) {
        unsigned char bc = b[bi];
        ft_ssize distance = result = bi * MOVE_COST;
        ft_ssize minimum = INTPTR_MAX;
        for (ft_ssize i = 0; i < na; i++) {
            ft_ssize substitute = distance + subst_cost(bc, a[i]);
            distance = row[i];
            ft_ssize ins = (result < distance ? result : distance) + MOVE_COST;
            result = ins < substitute ? ins : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* Best candidate among the str items of `names` (a list), or NULL. */
static ft_obj *best_suggestion(ft_obj *names, ft_obj *wrong, bool hide_underscored) {
    ft_ssize n = ft_list_size(names);
    const unsigned char *w = (const unsigned char *)ft_str_utf8(wrong);
    ft_ssize wn = FT_STR(wrong)->nbytes;
    if (wn > MAX_STRING_SIZE) return NULL;
    ft_ssize count = 0;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *c = ft_list_get(names, i);
        if (!c) { ft_err_clear(); return NULL; }
        if (!ft_str_check(c)) return NULL;
        if (hide_underscored && ft_str_utf8(c)[0] == '_') continue;
        count++;
    }
    if (count >= MAX_CANDIDATES) return NULL;
    ft_obj *best = NULL;
    ft_ssize best_distance = INTPTR_MAX;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *c = ft_list_get(names, i);
        if (!c) { ft_err_clear(); break; }
        if (hide_underscored && ft_str_utf8(c)[0] == '_') continue;
        if (ft_str_eq(c, wrong)) continue;
        ft_ssize cn = FT_STR(c)->nbytes;
        ft_ssize max_distance = (wn + cn + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        ft_ssize d = levenshtein(w, wn, (const unsigned char *)ft_str_utf8(c), cn, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) { best = c; best_distance = d; }
    }
    return best;
}

static ft_obj *innermost_frame(ft_obj *tb) {
    ft_obj *frame = NULL;
    int guard = 0;
    while (tb && tb != ft_None && guard++ < 100000) {
        frame = attr(tb, "tb_frame");
        tb = attr(tb, "tb_next");
    }
    return frame;
}

static int extend_names(ft_obj *list, ft_obj *mapping) {
    if (!mapping || mapping == ft_None) return 0;
    ft_obj *it = ft_iter(mapping);
    if (!it) return -1;
    ft_obj *k;
    while ((k = ft_iter_next(it)))
        if (ft_list_append(list, k) < 0) return -1;
    return ft_err_occurred() ? -1 : 0;
}

static const char *const stdlib_names_for_hint[] = {
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar",
    "cmath", "codecs", "collections", "contextlib", "copy", "csv", "dataclasses", "datetime",
    "decimal", "difflib", "dis", "enum", "errno", "fractions", "functools", "gc", "glob",
    "hashlib", "heapq", "hmac", "html", "http", "importlib", "inspect", "io", "itertools",
    "json", "keyword", "linecache", "locale", "logging", "math", "operator", "os", "pathlib",
    "pickle", "platform", "pprint", "queue", "random", "re", "secrets", "select", "shlex",
    "shutil", "signal", "socket", "sqlite3", "statistics", "string", "struct", "subprocess",
    "sys", "tempfile", "textwrap", "threading", "time", "timeit", "token", "tokenize",
    "traceback", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings",
    "weakref", "zipfile", "zlib", NULL
};

static bool is_stdlib_name(ft_obj *name) {
    ft_interp *in = ft_ts() ? ft_interp_current() : NULL;
    if (in && in->sys_dict) {
        ft_obj *names = ft_dict_get_cstr(in->sys_dict, "stdlib_module_names");
        if (names) {
            int r = ft_contains(names, name);
            if (r >= 0) return r == 1;
            ft_err_clear();
        } else if (ft_err_occurred()) {
            ft_err_clear();
        }
    }
    for (int i = 0; stdlib_names_for_hint[i]; i++)
        if (ft_str_eq_cstr(name, stdlib_names_for_hint[i])) return true;
    return false;
}

/* Appends ". Did you mean: 'x'?" etc. to the message, as CPython does. */
static void add_import_suggestion(tbuf *b, ft_obj *exc) {
    ft_exc_import *e = (ft_exc_import *)exc;
    ft_obj *wrong = e->name_from;
    if (!wrong || !ft_str_check(wrong) || !e->name || !ft_str_check(e->name)) return;
    ft_obj *saved = ft_err_fetch();
    /* CPython looks at dir(__import__(exc.name)): the top-level package. */
    ft_obj *mod = ft_import_module_level(e->name, ft_None, ft_None, ft_empty_tuple, 0);
    ft_obj *d = mod ? ft_dir(mod) : NULL;
    ft_obj *suggestion = NULL;
    if (d && ft_list_check(d)) suggestion = best_suggestion(d, wrong, ft_str_utf8(wrong)[0] != '_');
    if (suggestion) {
        tb_adds(b, ". Did you mean: '");
        tb_adds(b, ft_str_utf8(suggestion));
        tb_adds(b, "'?");
    }
    ft_err_clear();
    ft_err_restore(saved);
}

static void add_suggestion(tbuf *b, ft_obj *exc) {
    ft_type *t = FT_TYPE(exc);
    if (ft_type_is_subtype(t, ft_exc_ImportError)) {
        add_import_suggestion(b, exc);
        return;
    }
    bool is_attr = ft_type_is_subtype(t, ft_exc_AttributeError);
    bool is_name = ft_type_is_subtype(t, ft_exc_NameError);
    if (!is_attr && !is_name) return;
    ft_obj *wrong = is_attr ? ((ft_exc_attribute *)exc)->name : ((ft_exc_name *)exc)->name;
    if (!wrong || !ft_str_check(wrong)) return;
    ft_obj *saved = ft_err_fetch();
    ft_obj *suggestion = NULL;
    ft_obj *tb = ((ft_exc *)exc)->traceback;
    if (is_attr) {
        ft_obj *obj = ((ft_exc_attribute *)exc)->obj;
        if (!obj) goto out;
        ft_obj *d = ft_dir(obj);
        if (!d || !ft_list_check(d)) { ft_err_clear(); goto out; }
        bool hide = ft_str_utf8(wrong)[0] != '_';
        if (hide && tb) {
            ft_obj *frame = innermost_frame(tb);
            ft_obj *locals = frame ? attr(frame, "f_locals") : NULL;
            if (locals) {
                ft_obj *self = ft_getitem(locals, ft_str_intern_cstr("self"));
                if (!self) ft_err_clear();
                else if (self == obj) hide = false;
            }
        }
        suggestion = best_suggestion(d, wrong, hide);
    } else {
        ft_obj *frame = innermost_frame(tb);
        if (!frame) goto out;
        ft_obj *d = ft_list_new(0);
        if (!d) { ft_err_clear(); goto out; }
        ft_obj *locals = attr(frame, "f_locals");
        if (extend_names(d, locals) < 0 || extend_names(d, attr(frame, "f_globals")) < 0 ||
            extend_names(d, attr(frame, "f_builtins")) < 0) {
            ft_err_clear();
            goto out;
        }
        if (locals) {
            ft_obj *self = ft_getitem(locals, ft_str_intern_cstr("self"));
            if (!self) ft_err_clear();
            else {
                int h = ft_hasattr(self, wrong);
                if (h < 0) ft_err_clear();
                if (h == 1) {
                    tb_adds(b, ". Did you mean: 'self.");
                    tb_adds(b, ft_str_utf8(wrong));
                    tb_adds(b, "'?");
                    goto out;
                }
            }
        }
        suggestion = best_suggestion(d, wrong, false);
    }
    if (suggestion) {
        tb_adds(b, ". Did you mean: '");
        tb_adds(b, ft_str_utf8(suggestion));
        tb_adds(b, "'?");
    }
    if (is_name && is_stdlib_name(wrong)) {
        tb_adds(b, suggestion ? " Or did you forget to import '" : ". Did you forget to import '");
        tb_adds(b, ft_str_utf8(wrong));
        tb_adds(b, "'?");
    }
out:
    ft_err_clear();
    ft_err_restore(saved);
}

/* ---- exception-only part ------------------------------------------------------------- */

static void type_display_name(tbuf *b, ft_type *t) {
    ft_obj *mod = ft_type_module_name(t);
    if (!mod) ft_err_clear();
    ft_obj *qn = ft_type_qualname(t);
    if (!qn) ft_err_clear();
    if (mod && ft_str_check(mod) && !ft_str_eq_cstr(mod, "builtins") && !ft_str_eq_cstr(mod, "__main__")) {
        tb_adds(b, ft_str_utf8(mod));
        tb_adds(b, ".");
    } else if (mod && !ft_str_check(mod)) {
        tb_adds(b, "<unknown>.");
    }
    tb_adds(b, qn && ft_str_check(qn) ? ft_str_utf8(qn) : ft_type_name(t));
}

static ft_obj *obj_or_null(ft_obj *o) { return (o && o != ft_None) ? o : NULL; }

static void format_syntax_error(tbuf *b, ft_obj *exc) {
    ft_exc_syntax *e = (ft_exc_syntax *)exc;
    ft_obj *filename = obj_or_null(e->filename);
    ft_obj *lineno = obj_or_null(e->lineno);
    const char *suffix_fn = NULL;
    if (lineno) {
        tb_adds(b, "  File \"");
        tb_adds(b, filename ? safe_text(filename, false, "<string>") : "<string>");
        tb_adds(b, "\", line ");
        tb_adds(b, safe_text(lineno, false, "?"));
        tb_adds(b, "\n");
    } else if (filename) {
        suffix_fn = safe_text(filename, false, "?");
    }
    ft_obj *text = obj_or_null(e->text);
    if (text && ft_str_check(text)) {
        cpline t = decode_line(ft_str_utf8(text));
        if (t.cp) {
            ft_ssize rn = t.n;
            while (rn > 0 && t.cp[rn - 1] == '\n') rn--;
            ft_ssize sp = 0;
            while (sp < rn && (t.cp[sp] == ' ' || t.cp[sp] == '\n' || t.cp[sp] == '\f')) sp++;
            const uint32_t *l = t.cp + sp;
            ft_ssize ln = rn - sp;
            ft_obj *off_o = obj_or_null(e->offset);
            if (!off_o || !ft_int_check(off_o)) {
                tb_adds(b, "    ");
                add_cps(b, l, ln);
                tb_adds(b, "\n");
            } else {
                long offset = (long)ft_int_as_i64(off_o);
                long end_offset;
                ft_obj *eo = obj_or_null(e->end_offset);
                bool same_line = false;
                ft_obj *el = obj_or_null(e->end_lineno);
                if (lineno && el) {
                    int r = ft_eq(lineno, el);
                    if (r < 0) ft_err_clear();
                    same_line = r == 1;
                } else if (!lineno && !el) {
                    same_line = true;
                }
                if (same_line) {
                    long v = eo && ft_int_check(eo) ? (long)ft_int_as_i64(eo) : 0;
                    end_offset = v ? v : offset;
                } else {
                    end_offset = (long)rn + 1;
                }
                if (ft_err_occurred()) ft_err_clear();
                if (offset > (long)t.n) offset = (long)rn + 1;
                if (end_offset > (long)t.n) end_offset = (long)rn + 1;
                if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
                long colno = offset - 1 - (long)sp, end_colno = end_offset - 1 - (long)sp;
                tb_adds(b, "    ");
                add_cps(b, l, ln);
                tb_adds(b, "\n");
                if (colno >= 0) {
                    tb_adds(b, "    ");
                    for (long k = 0; k < colno && k < ln; k++) {
                        uint32_t ch = l[k];
                        char c = is_space_cp(ch) ? (char)ch : ' ';
                        tb_add(b, &c, 1);
                    }
                    for (long k = ln; k < colno; k++) tb_adds(b, " ");
                    tb_addc(b, '^', end_colno - colno > 0 ? (size_t)(end_colno - colno) : 0);
                    tb_adds(b, "\n");
                }
            }
            free(t.cp);
        }
    }
    type_display_name(b, FT_TYPE(exc));
    tb_adds(b, ": ");
    ft_obj *msg = obj_or_null(e->msg);
    const char *m = msg ? safe_text(msg, false, "<exception str() failed>") : "";
    if (msg) {
        int truth = ft_is_true(msg);
        if (truth < 0) { ft_err_clear(); truth = 1; }
        if (!truth) m = "";
    }
    tb_adds(b, *m ? m : "<no detail available>");
    if (suffix_fn) { tb_adds(b, " ("); tb_adds(b, suffix_fn); tb_adds(b, ")"); }
    tb_adds(b, "\n");
}

/* The "Type: message" line(s) and the notes. indent: for nested groups. */
static void format_exception_only(tbuf *b, ft_obj *exc) {
    ft_type *t = FT_TYPE(exc);
    if (ft_type_is_subtype(t, ft_exc_SyntaxError)) {
        format_syntax_error(b, exc);
    } else {
        type_display_name(b, t);
        ft_obj *s = ft_str(exc);
        const char *text;
        if (!s || !ft_str_check(s)) { ft_err_clear(); text = "<exception str() failed>"; }
        else text = ft_str_utf8(s);
        tbuf msg = {0};
        tb_adds(&msg, text);
        add_suggestion(&msg, exc);
        if (*tb_str(&msg)) { tb_adds(b, ": "); tb_adds(b, tb_str(&msg)); }
        free(msg.s);
        tb_adds(b, "\n");
    }
    ft_obj *notes = ft_getattr_opt(exc, ft_str_intern_cstr("__notes__"));
    if (!notes && ft_err_occurred()) {
        ft_obj *e = ft_err_fetch();
        tb_adds(b, "Ignored error getting __notes__: ");
        tb_adds(b, safe_text(e, true, "<__notes__ repr() failed>"));
        tb_adds(b, "\n");
        return;
    }
    if (!notes || notes == ft_None) return;
    bool is_seq = (ft_list_check(notes) || ft_tuple_check(notes)) ||
                  (!ft_str_check(notes) && !ft_bytes_check(notes) && !ft_dict_check(notes) &&
                   FT_TYPE(notes)->subscript && FT_TYPE(notes)->length);
    if (is_seq) {
        ft_obj *it = ft_iter(notes);
        ft_obj *note;
        if (!it) { ft_err_clear(); return; }
        while ((note = ft_iter_next(it))) {
            tb_adds(b, safe_text(note, false, "<note str() failed>"));
            tb_adds(b, "\n");
        }
        ft_err_clear();
    } else {
        tb_adds(b, safe_text(notes, true, "<__notes__ repr() failed>"));
        tb_adds(b, "\n");
    }
}

/* ---- chained / grouped printing ---------------------------------------------------- */

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static bool seen_has(pctx *c, ft_obj *e) {
    for (int i = 0; i < c->nseen; i++)
        if (c->seen[i] == e) return true;
    return false;
}
static void seen_add(pctx *c, ft_obj *e) {
    if (c->nseen < (int)FT_ARRAY_LEN(c->seen)) c->seen[c->nseen++] = e;
}

static void print_one(pctx *c, ft_obj *exc);

static void print_chain(pctx *c, ft_obj *exc) {
    /* Collect the chain innermost-last, as CPython's TracebackException does
     * (a cause or context already shown is not shown again). */
    ft_obj *chain[64];
    const char *msgs[64];
    int n = 0;
    ft_obj *e = exc;
    const char *msg = NULL;
    while (e && n < 64) {
        if (ft_check_c_stack("traceback printing") < 0) { ft_err_clear(); break; }
        seen_add(c, e);
        chain[n] = e;
        msgs[n] = msg;
        n++;
        ft_exc *x = (ft_exc *)e;
        ft_obj *next = NULL;
        if (x->cause && ft_exc_check(x->cause)) {
            if (!seen_has(c, x->cause)) {
                next = x->cause;
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            }
        } else if (x->context && ft_exc_check(x->context) && !x->suppress_context) {
            if (!seen_has(c, x->context)) {
                next = x->context;
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            }
        }
        e = next;
    }
    for (int i = n - 1; i >= 0; i--) {
        print_one(c, chain[i]);
        if (i > 0 && msgs[i]) emit(c, msgs[i], 0);
    }
}

static void print_one(pctx *c, ft_obj *exc) {
    ft_exc *x = (ft_exc *)exc;
    bool is_group = ft_type_is_subtype(FT_TYPE(exc), FT_EXC(BaseExceptionGroup)) &&
                    ((ft_exc_group *)exc)->excs && ft_tuple_check(((ft_exc_group *)exc)->excs);
    tbuf b = {0};
    if (!is_group) {
        if (x->traceback) {
            emit(c, "Traceback (most recent call last):\n", 0);
            format_stack(&b, x->traceback);
            emit(c, tb_str(&b), 0);
            b.len = 0;
            if (b.s) b.s[0] = 0;
        }
        format_exception_only(&b, exc);
        emit(c, tb_str(&b), 0);
        free(b.s);
        return;
    }
    if (c->group_depth > MAX_GROUP_DEPTH) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit(c, tmp, 0);
        free(b.s);
        return;
    }
    bool toplevel = c->group_depth == 0;
    if (toplevel) c->group_depth++;
    if (x->traceback) {
        emit(c, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : 0);
        format_stack(&b, x->traceback);
        emit(c, tb_str(&b), 0);
        b.len = 0;
        if (b.s) b.s[0] = 0;
    }
    format_exception_only(&b, exc);
    emit(c, tb_str(&b), 0);
    free(b.s);
    ft_obj *excs = ((ft_exc_group *)exc)->excs;
    ft_ssize num = ft_tuple_size(excs);
    ft_ssize n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (ft_ssize i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        for (int k = 0; k < 2 * c->group_depth; k++) put(c, " ");
        put(c, i == 0 ? "+-" : "  ");
        char title[64];
        if (truncated) snprintf(title, sizeof title, "+---------------- ... ----------------\n");
        else snprintf(title, sizeof title, "+---------------- %zd ----------------\n", (ft_ssize)(i + 1));
        put(c, title);
        c->group_depth++;
        if (!truncated) {
            print_chain(c, ft_tuple_get(excs, i));
        } else {
            char tmp[96];
            ft_ssize remaining = num - MAX_GROUP_WIDTH;
            snprintf(tmp, sizeof tmp, "and %zd more exception%s\n", remaining, remaining > 1 ? "s" : "");
            emit(c, tmp, 0);
        }
        if (last && c->need_close) {
            for (int k = 0; k < 2 * c->group_depth; k++) put(c, " ");
            put(c, "+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (toplevel) c->group_depth = 0;
}

/* Writes text to sys.stderr (its write() method), else to C stderr. */
static void write_stderr(ft_obj *text) {
    ft_obj *err = NULL;
    ft_thread *ts = ft_ts();
    if (ts && ts->interp && ts->interp->sys_dict) {
        err = ft_dict_get_cstr(ts->interp->sys_dict, "stderr");
        if (!err) ft_err_clear();
    }
    if (ts && ts->interp && ts->interp->sys_dict) {
        /* Like CPython, flush sys.stdout first so output keeps its order. */
        ft_obj *out = ft_dict_get_cstr(ts->interp->sys_dict, "stdout");
        if (out && out != ft_None && !ft_call_method0(out, "flush")) ft_err_clear();
        if (!out) ft_err_clear();
    }
    if (err && err != ft_None) {
        ft_obj *r = ft_call_method1(err, "write", text);
        if (r) {
            ft_obj *f = ft_call_method0(err, "flush");
            if (!f) ft_err_clear();
            return;
        }
        ft_err_clear();
    }
    fwrite(ft_str_utf8(text), 1, (size_t)FT_STR(text)->nbytes, stderr);
    fflush(stderr);
}

static ft_obj *format_exc_text(ft_obj *exc) {
    pctx *c = ft_gc_alloc(sizeof(pctx), FT_GC_SCAN);
    if (!c) { ft_err_clear(); return NULL; }
    ft_strbuf_init(&c->out);
    if (!ft_exc_check(exc)) {
        /* Not an exception instance: print like CPython's fallback. */
        tbuf b = {0};
        tb_adds(&b, "TypeError: print_exception(): Exception expected for value, ");
        tb_adds(&b, ft_type_name(FT_TYPE(exc)));
        tb_adds(&b, " found\n");
        put(c, tb_str(&b));
        free(b.s);
    } else {
        print_chain(c, exc);
    }
    ft_obj *s = ft_strbuf_finish(&c->out);
    if (!s) ft_err_clear();
    return s;
}

void ft_err_print_exc(ft_obj *exc) {
    if (!exc) return;
    ft_obj *saved = ft_err_fetch();
    ft_obj *text = format_exc_text(exc);
    if (text) write_stderr(text);
    else fputs("ftpy: could not format the exception\n", stderr);
    ft_err_clear();
    ft_err_restore(saved);
}

/* A user-installed sys.unraisablehook (anything but the original) gets an
 * object with exc_type/exc_value/exc_traceback/err_msg/object, like
 * CPython's UnraisableHookArgs. Returns true if the hook ran cleanly. */
static bool call_user_unraisablehook(ft_obj *exc, ft_obj *context_obj) {
    ft_thread *ts = ft_ts();
    if (!ts || !ts->interp || !ts->interp->sys_dict) return false;
    ft_obj *sysd = ts->interp->sys_dict;
    ft_obj *hook = ft_dict_get_cstr(sysd, "unraisablehook");
    ft_obj *orig = hook ? ft_dict_get_cstr(sysd, "__unraisablehook__") : NULL;
    if (!hook || hook == orig || hook == ft_None) { ft_err_clear(); return false; }
    ft_obj *args = ft_call0((ft_obj *)&ft_simplenamespace_type);
    ft_obj *tb = ((ft_exc *)exc)->traceback;
    if (!args || ft_setattr_cstr(args, "exc_type", (ft_obj *)FT_TYPE(exc)) < 0 ||
        ft_setattr_cstr(args, "exc_value", exc) < 0 ||
        ft_setattr_cstr(args, "exc_traceback", tb ? tb : ft_None) < 0 ||
        ft_setattr_cstr(args, "err_msg", ft_None) < 0 ||
        ft_setattr_cstr(args, "object", context_obj ? context_obj : ft_None) < 0) {
        ft_err_clear();
        return false;
    }
    if (ft_call1(hook, args)) return true;
    ft_err_clear();
    return false;
}

void ft_err_write_unraisable(ft_obj *context_obj) {
    ft_obj *exc = ft_err_fetch();
    if (!exc) return;
    if (ft_exc_check(exc) && call_user_unraisablehook(exc, context_obj)) {
        ft_err_clear();
        return;
    }
    ft_strbuf sb;
    ft_strbuf_init(&sb);
    if (context_obj) {
        ft_strbuf_append_cstr(&sb, "Exception ignored in: ");
        ft_strbuf_append_cstr(&sb, safe_text(context_obj, true, "<object repr() failed>"));
        ft_strbuf_append_cstr(&sb, "\n");
    }
    ft_obj *head = ft_strbuf_finish(&sb);
    if (!head) ft_err_clear();
    ft_obj *body = format_exc_text(exc);
    if (head && body) {
        ft_obj *all = ft_str_concat(head, body);
        if (all) write_stderr(all);
        else ft_err_clear();
    } else if (body) {
        write_stderr(body);
    }
    ft_err_clear();
}

/* ---- text for the traceback module -------------------------------------------- */

ft_obj *ft_err_format_exc(ft_obj *exc) {
    ft_obj *text = format_exc_text(exc);
    if (!text && !ft_err_occurred())
        ft_err_set_str(ft_exc_RuntimeError, "could not format the exception");
    return text;
}

ft_obj *ft_err_format_exc_only(ft_obj *exc) {
    if (!ft_exc_check(exc))
        return ft_str_from_format("%s: %R\n", ft_type_name(FT_TYPE(exc)), exc);
    tbuf b = {0};
    format_exception_only(&b, exc);
    ft_obj *s = ft_str_from_cstr(tb_str(&b));
    free(b.s);
    return s;
}
