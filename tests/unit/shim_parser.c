/* shim_parser.c -- TEMPORARY stand-ins for the runtime pieces the parser
 * unit test needs while the real objects/GC/error code is being written.
 *
 * Link: test_parser.c + src/lexer/*.c + src/parser/*.c + this file
 * (see tests/unit/build_parser_shim.sh). Delete once libftpy links.
 * Objects are plain calloc()ed blocks that are never freed; exceptions are
 * a small struct holding SyntaxError's attributes. Single-threaded.
 */
#include "core/ftcore.h"
#include <gmp.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

ft_type ft_type_type, ft_object_type, ft_int_type, ft_float_type, ft_complex_type, ft_str_type,
    ft_bytes_type, ft_bool_type, ft_none_type, ft_ellipsis_type;
ft_obj ft_None_obj = { &ft_none_type, 0, 0 }, ft_Ellipsis_obj = { &ft_ellipsis_type, 0, 0 };
ft_bool_obj ft_True_obj = { { &ft_bool_type, 0, 0 }, 1 }, ft_False_obj = { { &ft_bool_type, 0, 0 }, 0 };

#define SHIM_EXC(nm, base) ft_type ft_exc_##nm##_type = { .name = #nm };
FT_EXC_LIST(SHIM_EXC)
#undef SHIM_EXC

_Thread_local ft_thread *ft_current_thread;

void *ft_gc_alloc(size_t size, int kind) {
    (void)kind;
    void *p = calloc(1, size ? size : 1);
    if (!p) ft_err_no_memory();
    return p;
}
void *ft_gc_realloc(void *p, size_t old_size, size_t new_size, int kind) {
    void *n = ft_gc_alloc(new_size, kind);
    if (n && p) memcpy(n, p, old_size < new_size ? old_size : new_size);
    return n;
}

/* ---- str ---- */
ft_obj *ft_str_new_trusted(const char *utf8, ft_ssize nbytes, ft_ssize ncp) {
    ft_str *s = calloc(1, sizeof(ft_str) + (size_t)nbytes + 1);
    s->ob.ob_type = &ft_str_type;
    memcpy(s->data, utf8, (size_t)nbytes);
    s->nbytes = nbytes;
    ft_ssize n = 0;
    bool ascii = true;
    for (ft_ssize i = 0; i < nbytes; i++) {
        if (((unsigned char)utf8[i] & 0xC0) != 0x80) n++;
        if ((unsigned char)utf8[i] >= 0x80) ascii = false;
    }
    s->length = ncp >= 0 ? ncp : n;
    s->is_ascii = ascii;
    return &s->ob;
}
ft_obj *ft_str_new(const char *utf8, ft_ssize nbytes) { return ft_str_new_trusted(utf8, nbytes, -1); }
ft_obj *ft_str_from_cstr(const char *s) { return ft_str_new(s, (ft_ssize)strlen(s)); }
ft_obj *ft_str_intern(ft_obj *s) { return s; }
ft_obj *ft_str_intern_cstr(const char *s) { return ft_str_from_cstr(s); }
bool ft_str_eq_cstr(ft_obj *a, const char *s) { return strcmp(FT_STR(a)->data, s) == 0; }
bool ft_str_check(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_str_type; }

int ft_utf8_decode_one(const char *s, const char *end, uint32_t *cp) {
    unsigned char c = (unsigned char)*s;
    int n;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { n = 2; *cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; *cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; *cp = c & 0x07; }
    else return 0;
    if (s + n > end) return 0;
    for (int i = 1; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) return 0;
        *cp = (*cp << 6) | ((unsigned char)s[i] & 0x3F);
    }
    return n;
}

/* ---- numbers ---- */
ft_obj *ft_float_new(double v) {
    ft_float *f = calloc(1, sizeof *f);
    f->ob.ob_type = &ft_float_type;
    f->value = v;
    return &f->ob;
}
ft_obj *ft_complex_new(double r, double i) {
    ft_complex *c = calloc(1, sizeof *c);
    c->ob.ob_type = &ft_complex_type;
    c->real = r;
    c->imag = i;
    return &c->ob;
}
ft_obj *ft_int_from_str(const char *s, size_t len, int base) {
    char *b = malloc(len + 1);
    size_t k = 0;
    for (size_t i = 0; i < len; i++) if (s[i] != '_') b[k++] = s[i];
    b[k] = 0;
    int bs = 10;
    const char *d = b;
    if (base == 0 && k > 1 && b[0] == '0') {
        char c = (char)(b[1] | 0x20);
        if (c == 'x') { bs = 16; d += 2; }
        else if (c == 'o') { bs = 8; d += 2; }
        else if (c == 'b') { bs = 2; d += 2; }
    }
    if (bs == 10 && strlen(d) > FT_INT_MAX_STR_DIGITS) {
        size_t nd = strlen(d);
        free(b);
        return ft_err_format(ft_exc_ValueError,
                             "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                             "use sys.set_int_max_str_digits() to increase the limit", FT_INT_MAX_STR_DIGITS, nd);
    }
    mpz_t z;
    mpz_init(z);
    if (mpz_set_str(z, d, bs) != 0) {
        free(b);
        mpz_clear(z);
        ft_err_set_str(ft_exc_ValueError, "invalid literal for int()");
        return NULL;
    }
    free(b);
    if (mpz_fits_slong_p(z) && ft_smallint_fits(mpz_get_si(z))) {
        ft_obj *r = ft_smallint(mpz_get_si(z));
        mpz_clear(z);
        return r;
    }
    ft_bigint *bi = calloc(1, sizeof *bi);
    bi->ob.ob_type = &ft_int_type;
    mpz_init_set(bi->z, z);
    mpz_clear(z);
    return &bi->ob;
}

/* ---- bytes ---- */
ft_obj *ft_bytes_new(const char *data, ft_ssize size) {
    ft_bytes *b = calloc(1, sizeof(ft_bytes) + (size_t)size + 1);
    b->ob.ob_type = &ft_bytes_type;
    b->size = size;
    if (data) memcpy(b->data, data, (size_t)size);
    return &b->ob;
}

/* ---- repr ---- */
static void sb_putc(char **b, size_t *n, size_t *cap, char c) {
    if (*n + 2 > *cap) { *cap = *cap ? *cap * 2 : 64; *b = realloc(*b, *cap); }
    (*b)[(*n)++] = c;
    (*b)[*n] = 0;
}
static void sb_puts(char **b, size_t *n, size_t *cap, const char *s) { while (*s) sb_putc(b, n, cap, *s++); }

static void double_repr(double v, char *out, bool for_complex) {
    if (isnan(v)) { strcpy(out, "nan"); return; }
    if (isinf(v)) { strcpy(out, v > 0 ? "inf" : "-inf"); return; }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v) break;
    }
    /* tmp: [-]d.ddde[+-]XX */
    char digits[32];
    int nd = 0;
    const char *q = tmp;
    bool neg = false;
    if (*q == '-') { neg = true; q++; }
    for (; *q && *q != 'e'; q++) if (*q != '.') digits[nd++] = *q;
    digits[nd] = 0;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = 0;
    char *o = out;
    if (neg) *o++ = '-';
    if (exp >= -5 + 1 && exp < 16) {
        if (exp < 0) {
            *o++ = '0'; *o++ = '.';
            for (int i = 0; i < -exp - 1; i++) *o++ = '0';
            for (int i = 0; i < nd; i++) *o++ = digits[i];
        } else {
            for (int i = 0; i <= exp; i++) *o++ = i < nd ? digits[i] : '0';
            if (nd > exp + 1) {
                *o++ = '.';
                for (int i = exp + 1; i < nd; i++) *o++ = digits[i];
            } else if (!for_complex) {
                *o++ = '.'; *o++ = '0';
            }
        }
        *o = 0;
    } else {
        *o++ = digits[0];
        if (nd > 1) { *o++ = '.'; for (int i = 1; i < nd; i++) *o++ = digits[i]; }
        sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

static bool cp_printable(uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp >= 0x80 && cp <= 0xA0) return false;
    if (cp == 0xAD) return false;
    if (cp >= 0x2028 && cp <= 0x2029) return false;
    if (cp >= 0x200B && cp <= 0x200F) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) return false;
    return true;
}

ft_obj *ft_repr(ft_obj *o) {
    char buf[128];
    ft_type *t = ft_type_of(o);
    if (ft_is_smallint(o)) {
        snprintf(buf, sizeof buf, "%lld", (long long)ft_smallint_value(o));
        return ft_str_from_cstr(buf);
    }
    if (t == &ft_int_type) {
        char *s = mpz_get_str(NULL, 10, ((ft_bigint *)o)->z);
        ft_obj *r = ft_str_from_cstr(s);
        free(s);
        return r;
    }
    if (o == ft_None) return ft_str_from_cstr("None");
    if (o == ft_True) return ft_str_from_cstr("True");
    if (o == ft_False) return ft_str_from_cstr("False");
    if (o == ft_Ellipsis) return ft_str_from_cstr("Ellipsis");
    if (t == &ft_float_type) { double_repr(((ft_float *)o)->value, buf, false); return ft_str_from_cstr(buf); }
    if (t == &ft_complex_type) {
        ft_complex *c = (ft_complex *)o;
        char im[64];
        double_repr(c->imag, im, true);
        if (c->real == 0 && !signbit(c->real)) snprintf(buf, sizeof buf, "%sj", im);
        else {
            char re[64];
            double_repr(c->real, re, true);
            snprintf(buf, sizeof buf, "(%s%s%sj)", re, c->imag >= 0 || isnan(c->imag) ? "+" : "", im);
        }
        return ft_str_from_cstr(buf);
    }
    char *b = NULL;
    size_t n = 0, cap = 0;
    if (t == &ft_str_type) {
        ft_str *s = FT_STR(o);
        bool sq = memchr(s->data, '\'', (size_t)s->nbytes) != NULL, dq = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
        char q = (sq && !dq) ? '"' : '\'';
        sb_putc(&b, &n, &cap, q);
        const char *p = s->data, *e = s->data + s->nbytes;
        while (p < e) {
            uint32_t cp;
            int k = ft_utf8_decode_one(p, e, &cp);
            if (k <= 0) {
                /* generalised UTF-8 surrogate */
                cp = (((unsigned char)p[0] & 0x0F) << 12) | (((unsigned char)p[1] & 0x3F) << 6) | ((unsigned char)p[2] & 0x3F);
                k = 3;
            }
            if (cp == (uint32_t)q || cp == '\\') { sb_putc(&b, &n, &cap, '\\'); sb_putc(&b, &n, &cap, (char)cp); }
            else if (cp == '\n') sb_puts(&b, &n, &cap, "\\n");
            else if (cp == '\r') sb_puts(&b, &n, &cap, "\\r");
            else if (cp == '\t') sb_puts(&b, &n, &cap, "\\t");
            else if (!cp_printable(cp)) {
                char esc[16];
                if (cp < 0x100) snprintf(esc, sizeof esc, "\\x%02x", cp);
                else if (cp < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", cp);
                else snprintf(esc, sizeof esc, "\\U%08x", cp);
                sb_puts(&b, &n, &cap, esc);
            } else {
                for (int i = 0; i < k; i++) sb_putc(&b, &n, &cap, p[i]);
            }
            p += k;
        }
        sb_putc(&b, &n, &cap, q);
    } else if (t == &ft_bytes_type) {
        ft_bytes *s = (ft_bytes *)o;
        bool sq = memchr(s->data, '\'', (size_t)s->size) != NULL, dq = memchr(s->data, '"', (size_t)s->size) != NULL;
        char q = (sq && !dq) ? '"' : '\'';
        sb_putc(&b, &n, &cap, 'b');
        sb_putc(&b, &n, &cap, q);
        for (ft_ssize i = 0; i < s->size; i++) {
            unsigned char c = (unsigned char)s->data[i];
            if (c == (unsigned char)q || c == '\\') { sb_putc(&b, &n, &cap, '\\'); sb_putc(&b, &n, &cap, (char)c); }
            else if (c == '\n') sb_puts(&b, &n, &cap, "\\n");
            else if (c == '\r') sb_puts(&b, &n, &cap, "\\r");
            else if (c == '\t') sb_puts(&b, &n, &cap, "\\t");
            else if (c < 0x20 || c >= 0x7F) { char esc[8]; snprintf(esc, sizeof esc, "\\x%02x", c); sb_puts(&b, &n, &cap, esc); }
            else sb_putc(&b, &n, &cap, (char)c);
        }
        sb_putc(&b, &n, &cap, q);
    } else {
        sb_puts(&b, &n, &cap, "<object>");
    }
    ft_obj *r = ft_str_new(b, (ft_ssize)n);
    free(b);
    return r;
}

/* ---- exceptions ---- */
typedef struct shim_exc {
    ft_obj ob;
    char *msg;
    ft_obj *filename, *text;
    int lineno, offset, end_lineno, end_offset;
    bool has_loc;
} shim_exc;

static _Thread_local ft_obj *cur_exc;

static ft_obj *mk_exc(ft_type *type, const char *msg) {
    shim_exc *e = calloc(1, sizeof *e);
    e->ob.ob_type = type;
    e->msg = strdup(msg);
    return &e->ob;
}
void ft_err_set_str(ft_type *type, const char *msg) { cur_exc = mk_exc(type, msg); }
ft_obj *ft_err_format(ft_type *type, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ft_err_set_str(type, buf);
    return NULL;
}
ft_obj *ft_err_no_memory(void) { ft_err_set_str(ft_exc_MemoryError, ""); return NULL; }
ft_obj *ft_err_bad_internal_call(const char *w) { ft_err_set_str(ft_exc_SystemError, w); return NULL; }
bool ft_err_occurred(void) { return cur_exc != NULL; }
ft_obj *ft_err_peek(void) { return cur_exc; }
ft_obj *ft_err_fetch(void) { ft_obj *e = cur_exc; cur_exc = NULL; return e; }
void ft_err_clear(void) { cur_exc = NULL; }
bool ft_err_matches(ft_obj *t) {
    if (!cur_exc) return false;
    ft_type *ct = cur_exc->ob_type;
    return ct == (ft_type *)t;
}
void ft_err_syntax(ft_type *type, const char *msg, ft_obj *filename, int lineno, int col,
                   int end_lineno, int end_col, ft_obj *text) {
    shim_exc *e = (shim_exc *)mk_exc(type, msg);
    e->filename = filename;
    e->lineno = lineno;
    e->offset = col;
    e->end_lineno = end_lineno;
    e->end_offset = end_col;
    e->text = text;
    e->has_loc = true;
    cur_exc = &e->ob;
}
void ft_err_print_exc(ft_obj *exc) {
    shim_exc *e = (shim_exc *)exc;
    fprintf(stderr, "%s: %s (line %d, offset %d)\n", exc->ob_type->name, e->msg, e->lineno, e->offset);
}
ft_obj *ft_str(ft_obj *o) {
    if (ft_type_of(o) == &ft_str_type) return o;
    return ft_str_from_cstr(((shim_exc *)o)->msg);
}
/* test access to SyntaxError attributes */
ft_obj *ft_getattr_cstr(ft_obj *o, const char *name) {
    shim_exc *e = (shim_exc *)o;
    if (!strcmp(name, "msg")) return ft_str_from_cstr(e->msg);
    if (!e->has_loc) return ft_None;
    if (!strcmp(name, "lineno")) return ft_smallint(e->lineno);
    if (!strcmp(name, "offset")) return ft_smallint(e->offset);
    if (!strcmp(name, "end_lineno")) return ft_smallint(e->end_lineno);
    if (!strcmp(name, "end_offset")) return ft_smallint(e->end_offset);
    if (!strcmp(name, "text")) return e->text ? e->text : ft_None;
    if (!strcmp(name, "filename")) return e->filename ? e->filename : ft_None;
    return ft_None;
}
const char *ft_type_name(ft_type *t) { return t->name; }

/* ---- runtime ---- */
static char *stack_limit;
int ft_check_c_stack(const char *where) {
    char here;
    if (&here < stack_limit) {
        ft_err_format(ft_exc_RecursionError, "maximum recursion depth exceeded in %s", where);
        return -1;
    }
    return 0;
}
int ft_runtime_init(int argc, char **argv) {
    (void)argc; (void)argv;
    struct rlimit rl;
    char here;
    size_t sz = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) sz = rl.rlim_cur;
    stack_limit = &here - sz + FT_C_STACK_RESERVE;
    ft_str_type.name = "str"; ft_int_type.name = "int"; ft_float_type.name = "float";
    return 0;
}
