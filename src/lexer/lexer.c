/* lexer.c -- Python 3.13 tokenizer (see lexer.h for the token model).
 *
 * Invariants:
 *  - The buffer ends with '\n' and contains no '\r' and no NUL (ft_parse
 *    normalises newlines and appends the final newline like CPython's
 *    compile(); the lexer still treats end-of-buffer as EOF defensively).
 *  - lx->level counts open brackets, f-string replacement fields included;
 *    parenkind[] (inside parenstack) tells which open '{' belong to an
 *    f-string ('f' opened from literal text, 's' opened from a format spec).
 *  - Error positions follow CPython's tokenizer: offsets are 1-based
 *    character columns; most point just past the last consumed character.
 * No locking: a lexer belongs to the thread that parses.
 */
#include "core/ftcore.h"
#include "lexer/lexer.h"
#include "parser/ast.h"
#include "objects/unicode_db.h"

#include <stdarg.h>
#include <stdio.h>

/* ---- error helpers ------------------------------------------------------ */

static const char *line_ptr(const char *buf, const char *end, int lineno) {
    const char *p = buf;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    return p;
}

ft_obj *ft_lex_line_text(const char *buf, const char *end, int lineno, bool with_nl) {
    if (lineno < 1) return NULL;
    const char *p = line_ptr(buf, end, lineno);
    if (!p || p > end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    if (with_nl && nl) e = nl + 1;
    if (e == p && !nl && p == end && lineno > 1) return NULL;
    ft_obj *s = ft_str_new(p, e - p);
    if (!s) ft_err_clear();
    return s;
}

int ft_lex_char_offset(const char *buf, const char *end, int lineno, int byte_col) {
    const char *p = line_ptr(buf, end, lineno);
    if (!p) return byte_col;
    int n = 0;
    for (int i = 0; i < byte_col && p + i < end; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) n++;
    return n;
}

/* off1/end_off1: 1-based byte offsets; values <= 0 are passed through. */
static void lex_vraise(const char *buf, const char *end, ft_obj *filename, ft_type *type,
                       int lineno, int off1, int end_lineno, int end_off1, bool text_with_nl,
                       const char *fmt, va_list ap) {
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    int o = off1 > 0 ? ft_lex_char_offset(buf, end, lineno, off1 - 1) + 1 : off1;
    int eo = end_off1;
    if (end_off1 > 0) {
        if (end_lineno == lineno) {
            eo = ft_lex_char_offset(buf, end, end_lineno, end_off1 - 1) + 1;
        } else {
            /* CPython converts the end column on the error's first line,
             * clipped to its length */
            const char *lp = line_ptr(buf, end, lineno);
            int len = 0;
            if (lp) {
                const char *nl = memchr(lp, '\n', (size_t)(end - lp));
                len = (int)((nl ? nl : end) - lp);
            }
            int bcol = end_off1 - 1 < len ? end_off1 - 1 : len;
            eo = ft_lex_char_offset(buf, end, lineno, bcol) + 1;
        }
    }
    ft_obj *text = ft_lex_line_text(buf, end, lineno, text_with_nl);
    ft_err_syntax(type, msg, filename, lineno, o, end_lineno, eo, text);
    /* CPython reports offsets of 0 and -1 in some errors (unclosed brackets,
     * indentation); ft_err_syntax stores values <= 0 as None, so set them. */
    if (o <= 0 || eo <= 0) {
        ft_obj *exc = ft_err_fetch();
        if (exc) {
            if (o <= 0 && ft_setattr_cstr(exc, "offset", ft_smallint(o)) < 0) ft_err_clear();
            if (eo <= 0 && ft_setattr_cstr(exc, "end_offset", ft_smallint(eo)) < 0) ft_err_clear();
            ft_err_restore(exc);
        }
    }
}

void ft_lex_raise(const char *buf, const char *end, ft_obj *filename, ft_type *type,
                  int lineno, int off1, int end_lineno, int end_off1,
                  bool text_with_nl, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lex_vraise(buf, end, filename, type, lineno, off1, end_lineno, end_off1, text_with_nl, fmt, ap);
    va_end(ap);
}

static int lx_col(ft_lexer *lx, const char *p) { return (int)(p - lx->line_start); }

/* Error at explicit 1-based byte offsets on the current line. */
static int lx_err_range(ft_lexer *lx, ft_type *type, int off1, int end_off1, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lex_vraise(lx->buf, lx->end, lx->filename, type ? type : ft_exc_SyntaxError, lx->lineno,
               off1, lx->lineno, end_off1, false, fmt, ap);
    va_end(ap);
    lx->errored = true;
    return T_ERROR;
}

/* Error located just past the last consumed character (CPython's default). */
#define LX_ERR(lx, ...) lx_err_range((lx), NULL, lx_col((lx), (lx)->cur), lx_col((lx), (lx)->cur), __VA_ARGS__)

/* ---- init ---------------------------------------------------------------- */

static bool is_utf8_name(const char *s, size_t n) {
    char low[32];
    if (n >= sizeof low) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (c == '_' ? '-' : c);
    }
    low[n] = 0;
    return strcmp(low, "utf-8") == 0 || strcmp(low, "utf8") == 0 ||
           strncmp(low, "utf-8-", 6) == 0 || strcmp(low, "ascii") == 0 ||
           strcmp(low, "us-ascii") == 0 ||
           /* ft_parse has already transcoded these to UTF-8 */
           strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 || strcmp(low, "latin1") == 0 ||
           strcmp(low, "iso8859-1") == 0 || strncmp(low, "iso-latin-1", 11) == 0 ||
           strncmp(low, "latin-1-", 8) == 0 || strncmp(low, "iso-8859-1-", 11) == 0 ||
           strcmp(low, "cp1252") == 0 || strcmp(low, "windows-1252") == 0;
}

int ft_lex_init(ft_lexer *lx, const char *src, ft_ssize len, ft_obj *filename, int mode, int flags) {
    memset(lx, 0, sizeof *lx);
    lx->buf = src;
    lx->end = src + len;
    lx->cur = src;
    lx->filename = filename;
    lx->mode = mode;
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF) {
        lx->cur += 3;
        lx->first_line_offset = 3;
    }
    lx->line_start = lx->buf;
    lx->lineno = 1;
    lx->atbol = true;
    lx->last_was_newline = true;
    /* coding declaration on line 1 or 2 */
    if (flags & FT_PARSE_FLAG_IGNORE_COOKIE) return 0;
    const char *p = lx->cur;
    for (int line = 1; line <= 2 && p < lx->end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
        const char *e = nl ? nl : lx->end;
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < e && *q == '#') {
            for (const char *c = q; c + 6 <= e; c++) {
                if (memcmp(c, "coding", 6) == 0 && c + 6 < e && (c[6] == ':' || c[6] == '=')) {
                    const char *n = c + 7;
                    while (n < e && (*n == ' ' || *n == '\t')) n++;
                    const char *ns = n;
                    while (n < e && ((*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z') ||
                                     (*n >= '0' && *n <= '9') || *n == '-' || *n == '_' || *n == '.')) n++;
                    if (n > ns && !is_utf8_name(ns, (size_t)(n - ns))) {
                        /* Non-UTF-8 sources are transcoded by ft_parse before we get here;
                         * anything else is an encoding we do not support. */
                        char name[64];
                        size_t k = (size_t)(n - ns) < sizeof name - 1 ? (size_t)(n - ns) : sizeof name - 1;
                        memcpy(name, ns, k);
                        name[k] = 0;
                        ft_err_format(ft_exc_SyntaxError, "unknown encoding: %s", name);
                        return -1;
                    }
                    goto coding_done;
                }
            }
        } else if (q < e) {
            break;  /* a non-comment line ends the search */
        }
        if (!nl) break;
        p = nl + 1;
    }
coding_done:
    return 0;
}

/* ---- character classes ------------------------------------------------- */

static inline bool is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static inline bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_hex(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Identifier characters: XID_Start / XID_Continue from the Unicode
 * database (objects/unicode_db.h); identifiers are not NFKC-normalised. */
static bool cp_is_id_start(uint32_t cp) {
    if (cp < 128) return is_id_start((int)cp) && cp < 128;
    return ft_ucd_has(cp, FT_UCD_XID_START);
}
static bool cp_is_id_char(uint32_t cp) {
    if (cp < 128) return is_id_char((int)cp);
    return ft_ucd_has(cp, FT_UCD_XID_CONTINUE);
}

/* ---- keywords ------------------------------------------------------------ */

static const struct { const char *s; int t; } keywords[] = {
    {"False", K_FALSE}, {"None", K_NONE}, {"True", K_TRUE}, {"and", K_AND}, {"as", K_AS},
    {"assert", K_ASSERT}, {"async", K_ASYNC}, {"await", K_AWAIT}, {"break", K_BREAK},
    {"class", K_CLASS}, {"continue", K_CONTINUE}, {"def", K_DEF}, {"del", K_DEL},
    {"elif", K_ELIF}, {"else", K_ELSE}, {"except", K_EXCEPT}, {"finally", K_FINALLY},
    {"for", K_FOR}, {"from", K_FROM}, {"global", K_GLOBAL}, {"if", K_IF},
    {"import", K_IMPORT}, {"in", K_IN}, {"is", K_IS}, {"lambda", K_LAMBDA},
    {"nonlocal", K_NONLOCAL}, {"not", K_NOT}, {"or", K_OR}, {"pass", K_PASS},
    {"raise", K_RAISE}, {"return", K_RETURN}, {"try", K_TRY}, {"while", K_WHILE},
    {"with", K_WITH}, {"yield", K_YIELD},
};

static int keyword_type(const char *s, size_t n) {
    if (n < 2 || n > 8) return T_NAME;
    for (size_t i = 0; i < FT_ARRAY_LEN(keywords); i++)
        if (strlen(keywords[i].s) == n && memcmp(keywords[i].s, s, n) == 0) return keywords[i].t;
    return T_NAME;
}

/* ---- token construction ------------------------------------------------- */

static int make_tok(ft_lexer *lx, ft_token *t, int type, const char *start, int sline, int scol) {
    t->type = type;
    t->start = start;
    t->end = lx->cur;
    t->lineno = sline;
    t->col = scol;
    t->end_lineno = lx->lineno;
    t->end_col = lx_col(lx, lx->cur);
    return type;
}

static inline int peekc(ft_lexer *lx, int k) {
    return lx->cur + k < lx->end ? (unsigned char)lx->cur[k] : -1;
}

static inline void newline_consumed(ft_lexer *lx) {
    lx->lineno++;
    lx->line_start = lx->cur;
}

/* ---- numbers --------------------------------------------------------------- */

static int verify_end_of_number(ft_lexer *lx, const char *kind) {
    int c = peekc(lx, 0);
    if (c < 0 || !is_id_char(c)) return 0;
    /* `1if x else y` and friends are accepted (CPython warns). */
    /* CPython: 'i' followed by f/n/s is taken as if/in/is without looking further */
    if (c == 'i' && (peekc(lx, 1) == 'f' || peekc(lx, 1) == 'n' || peekc(lx, 1) == 's')) return 0;
    static const char *const kws[] = {"and", "else", "for", "not", "or"};
    for (size_t i = 0; i < FT_ARRAY_LEN(kws); i++) {
        size_t n = strlen(kws[i]);
        if (lx->cur + n <= lx->end && memcmp(lx->cur, kws[i], n) == 0 &&
            (lx->cur + n == lx->end || !is_id_char((unsigned char)lx->cur[n])))
            return 0;
    }
    if (c >= 128) return 0;  /* `1é` is a number followed by a name, as in CPython */
    LX_ERR(lx, "invalid %s literal", kind);
    return -1;
}

/* Digits with single underscores between them. Returns -1 on error. */
static int decimal_tail(ft_lexer *lx) {
    for (;;) {
        while (is_digit(peekc(lx, 0))) lx->cur++;
        if (peekc(lx, 0) != '_') break;
        lx->cur++;
        if (!is_digit(peekc(lx, 0))) {
            LX_ERR(lx, "invalid decimal literal");
            return -1;
        }
    }
    return 0;
}

static int lex_exponent_and_imag(ft_lexer *lx) {
    int c = peekc(lx, 0);
    if (c == 'e' || c == 'E') {
        const char *save = lx->cur;
        lx->cur++;
        c = peekc(lx, 0);
        if (c == '+' || c == '-') {
            lx->cur++;
            if (!is_digit(peekc(lx, 0))) {
                LX_ERR(lx, "invalid decimal literal");
                return -1;
            }
        } else if (!is_digit(c)) {
            lx->cur = save;
            return verify_end_of_number(lx, "decimal") < 0 ? -1 : 0;
        }
        if (decimal_tail(lx) < 0) return -1;
    }
    c = peekc(lx, 0);
    if (c == 'j' || c == 'J') lx->cur++;
    return verify_end_of_number(lx, c == 'j' || c == 'J' ? "imaginary" : "decimal") < 0 ? -1 : 0;
}

static int lex_number(ft_lexer *lx, ft_token *t) {
    const char *start = lx->cur;
    int scol = lx_col(lx, start);
    int c = peekc(lx, 0);
    if (c == '0') {
        int n = peekc(lx, 1);
        if (n == 'x' || n == 'X' || n == 'o' || n == 'O' || n == 'b' || n == 'B') {
            int base = (n == 'x' || n == 'X') ? 16 : (n == 'o' || n == 'O') ? 8 : 2;
            const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            lx->cur += 2;
            bool any = false;
            for (;;) {
                if (peekc(lx, 0) == '_') lx->cur++;
                int d = peekc(lx, 0);
                bool ok = base == 16 ? is_hex(d) : base == 8 ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
                if (!ok) {
                    if (is_digit(d)) {
                        lx->cur++;
                        return LX_ERR(lx, "invalid digit '%c' in %s literal", d, kind);
                    }
                    if (!any || lx->cur[-1] == '_') return LX_ERR(lx, "invalid %s literal", kind);
                    break;
                }
                any = true;
                while (true) {
                    d = peekc(lx, 0);
                    ok = base == 16 ? is_hex(d) : base == 8 ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
                    if (!ok) break;
                    lx->cur++;
                }
                if (peekc(lx, 0) != '_') {
                    d = peekc(lx, 0);
                    if (is_digit(d)) {
                        lx->cur++;
                        return LX_ERR(lx, "invalid digit '%c' in %s literal", d, kind);
                    }
                    break;
                }
            }
            if (verify_end_of_number(lx, kind) < 0) return T_ERROR;
            return make_tok(lx, t, T_NUMBER, start, lx->lineno, scol);
        }
        /* zeros, maybe followed by other digits (only legal for floats/imaginary) */
        bool nonzero = false;
        const char *first_nonzero = NULL;
        lx->cur++;
        for (;;) {
            while (peekc(lx, 0) == '0') lx->cur++;
            if (peekc(lx, 0) == '_') {
                lx->cur++;
                if (!is_digit(peekc(lx, 0))) return LX_ERR(lx, "invalid decimal literal");
                continue;
            }
            break;
        }
        if (is_digit(peekc(lx, 0))) {
            nonzero = true;
            first_nonzero = lx->cur;
            if (decimal_tail(lx) < 0) return T_ERROR;
        }
        c = peekc(lx, 0);
        if (c == '.') {
            lx->cur++;
            if (is_digit(peekc(lx, 0)) && decimal_tail(lx) < 0) return T_ERROR;
            if (lex_exponent_and_imag(lx) < 0) return T_ERROR;
        } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            if (lex_exponent_and_imag(lx) < 0) return T_ERROR;
        } else if (nonzero) {
            return lx_err_range(lx, NULL, scol + 1, lx_col(lx, first_nonzero) + 1,
                                "leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers");
        } else if (verify_end_of_number(lx, "decimal") < 0) {
            return T_ERROR;
        }
        return make_tok(lx, t, T_NUMBER, start, lx->lineno, scol);
    }
    if (c == '.') {
        lx->cur++;
        if (decimal_tail(lx) < 0) return T_ERROR;
        if (lex_exponent_and_imag(lx) < 0) return T_ERROR;
        return make_tok(lx, t, T_NUMBER, start, lx->lineno, scol);
    }
    if (decimal_tail(lx) < 0) return T_ERROR;
    c = peekc(lx, 0);
    if (c == '.') {
        lx->cur++;
        if (is_digit(peekc(lx, 0)) && decimal_tail(lx) < 0) return T_ERROR;
    }
    if (lex_exponent_and_imag(lx) < 0) return T_ERROR;
    return make_tok(lx, t, T_NUMBER, start, lx->lineno, scol);
}

/* ---- strings -------------------------------------------------------------- */

/* Is [p, p+n) a valid string prefix? Sets *is_f / *is_raw. */
static bool string_prefix(const char *p, size_t n, bool *is_f, bool *is_raw) {
    if (n > 2) return false;
    bool r = false, b = false, u = false, f = false;
    for (size_t i = 0; i < n; i++) {
        switch (p[i]) {
        case 'r': case 'R': if (r) return false; r = true; break;
        case 'b': case 'B': if (b) return false; b = true; break;
        case 'u': case 'U': if (u) return false; u = true; break;
        case 'f': case 'F': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && n > 1) return false;
    if (b && f) return false;
    *is_f = f;
    *is_raw = r;
    return true;
}

static void unterminated_detected_line(ft_lexer *lx, int *line) {
    *line = lx->lineno;
    if (lx->cur > lx->buf && lx->cur[-1] == '\n' && lx->cur >= lx->end) *line = lx->lineno - 1;
}

/* Is the quote at lx->cur (of the given kind) closing the current f-string? */
static bool closes_fstring(ft_lexer *lx, int quote, bool triple) {
    if (lx->nfmodes == 0) return false;
    ft_lex_fmode *m = &lx->fmodes[lx->nfmodes - 1];
    return m->quote == quote && m->triple == triple;
}

/* A complete non-f string literal, lx->cur at its opening quote. */
static int lex_string(ft_lexer *lx, ft_token *t, const char *start, int sline, int scol) {
    int quote = peekc(lx, 0);
    bool triple = peekc(lx, 1) == quote && peekc(lx, 2) == quote;
    const char *qstart = lx->cur;
    int qcol = lx_col(lx, qstart);
    lx->cur += triple ? 3 : 1;
    /* Fast path when no error: scan */
    for (;;) {
        int c = peekc(lx, 0);
        if (c < 0 || (!triple && c == '\n')) {
            int line;
            unterminated_detected_line(lx, &line);
            bool escaped_end_quote = lx->cur - qstart >= 3 && lx->cur[-1] == quote && lx->cur[-2] == '\\';
            if (lx->nfmodes > 0 && closes_fstring(lx, quote, triple)) {
                lx->cur = qstart;
                return lx_err_range(lx, NULL, qcol + 1, qcol + 1, "f-string: expecting '}'");
            }
            lx->lineno = sline;
            lx->line_start = lx->buf;
            {
                const char *p = line_ptr(lx->buf, lx->end, sline);
                if (p) lx->line_start = p;
            }
            if (triple)
                return lx_err_range(lx, NULL, scol + 1, scol + 1,
                                    "unterminated triple-quoted string literal (detected at line %d)", line);
            if (escaped_end_quote)
                return lx_err_range(lx, NULL, scol + 1, scol + 1,
                                    "unterminated string literal (detected at line %d); "
                                    "perhaps you escaped the end quote?", line);
            return lx_err_range(lx, NULL, scol + 1, scol + 1,
                                "unterminated string literal (detected at line %d)", line);
        }
        if (c == quote) {
            if (!triple) { lx->cur++; break; }
            if (peekc(lx, 1) == quote && peekc(lx, 2) == quote) { lx->cur += 3; break; }
            lx->cur++;
            continue;
        }
        if (c == '\\') {
            lx->cur++;
            int d = peekc(lx, 0);
            if (d < 0) continue;
            lx->cur++;
            if (d == '\n') newline_consumed(lx);
            continue;
        }
        lx->cur++;
        if (c == '\n') newline_consumed(lx);
    }
    return make_tok(lx, t, T_STRING, start, sline, scol);
}

/* ---- f-string literal mode ------------------------------------------------ */

static int lex_fstring_middle(ft_lexer *lx, ft_token *t) {
    ft_lex_fmode *m = &lx->fmodes[lx->nfmodes - 1];
    const char *start = lx->cur;
    int sline = lx->lineno, scol = lx_col(lx, start);
    for (;;) {
        int c = peekc(lx, 0);
        if (c < 0 || (c == '\n' && !m->triple)) {
            if (m->in_spec) {
                /* a newline ends the format spec of a single-quoted f-string:
                 * the rest of the field is read as expression tokens */
                if (lx->cur > start) return make_tok(lx, t, T_FSTRING_MIDDLE, start, sline, scol);
                if (c == '\n') {
                    m->kind = 1;
                    m->in_spec = 0;
                    return -2;
                }
                return LX_ERR(lx, "f-string: expecting '}'");
            }
            int line;
            unterminated_detected_line(lx, &line);
            const char *p = line_ptr(lx->buf, lx->end, m->start_line);
            lx->lineno = m->start_line;
            if (p) lx->line_start = p;
            lx->cur = m->start;
            return lx_err_range(lx, NULL, m->start_col + 1, m->start_col + 1,
                                m->triple ? "unterminated triple-quoted f-string literal (detected at line %d)"
                                          : "unterminated f-string literal (detected at line %d)", line);
        }
        if (c == m->quote && (!m->triple || (peekc(lx, 1) == c && peekc(lx, 2) == c))) {
            if (lx->cur > start) return make_tok(lx, t, T_FSTRING_MIDDLE, start, sline, scol);
            if (m->in_spec) {
                int qc = lx_col(lx, lx->cur);
                return lx_err_range(lx, NULL, qc + 1, qc + 1 + (m->triple ? 3 : 1),
                                    "f-string: expecting '}', or format specs");
            }
            lx->cur += m->triple ? 3 : 1;
            lx->nfmodes--;
            return make_tok(lx, t, T_FSTRING_END, start, sline, scol);
        }
        if (c == '{') {
            if (peekc(lx, 1) == '{' && !m->in_spec) {
                lx->cur += 2;
                continue;
            }
            if (lx->cur > start) return make_tok(lx, t, T_FSTRING_MIDDLE, start, sline, scol);
            /* nesting limit: fields inside format specs at most two deep */
            if (m->in_spec && m->spec_depth >= 2) {
                return LX_ERR(lx, "f-string: expressions nested too deeply");
            }
            if (lx->level >= FT_LEX_MAXLEVEL) {
                lx->cur++;
                return LX_ERR(lx, "too many nested parentheses");
            }
            lx->parenstack[lx->level] = m->in_spec ? 's' : 'f';
            lx->parenlineno[lx->level] = lx->lineno;
            lx->parencol[lx->level] = lx_col(lx, lx->cur);
            lx->level++;
            if (m->in_spec) m->spec_depth++;
            lx->cur++;
            m->kind = 1;
            m->in_spec = 0;
            return make_tok(lx, t, T_LBRACE, start, sline, scol);
        }
        if (c == '}') {
            if (m->in_spec) {
                if (lx->cur > start) return make_tok(lx, t, T_FSTRING_MIDDLE, start, sline, scol);
                /* close the field: handled by the expression-mode path */
                m->kind = 1;
                m->in_spec = 0;
                return -2;
            }
            if (peekc(lx, 1) == '}') {
                lx->cur += 2;
                continue;
            }
            lx->cur++;
            return LX_ERR(lx, "f-string: single '}' is not allowed");
        }
        if (c == '\\' && !m->raw) {
            int d = peekc(lx, 1);
            if (d == 'N' && peekc(lx, 2) == '{') {
                lx->cur += 3;
                while (peekc(lx, 0) >= 0 && peekc(lx, 0) != '}' && peekc(lx, 0) != '\n' &&
                       peekc(lx, 0) != m->quote)
                    lx->cur++;
                if (peekc(lx, 0) == '}') lx->cur++;
                continue;
            }
            lx->cur++;
            if (d == '{' || d == '}' || d < 0) continue;
            lx->cur++;
            if (d == '\n') newline_consumed(lx);
            continue;
        }
        if (c == '\\' && m->raw) {
            /* a raw backslash still protects a following quote or newline */
            int d = peekc(lx, 1);
            if (d == m->quote || d == '\\' || (d == '\n')) {
                lx->cur += 2;
                if (d == '\n') newline_consumed(lx);
                continue;
            }
        }
        lx->cur++;
        if (c == '\n') newline_consumed(lx);
    }
}

/* ---- main scanner ---------------------------------------------------------- */

static int emit_dedent_or_indent(ft_lexer *lx, ft_token *t) {
    int type;
    if (lx->pendin < 0) { lx->pendin++; type = T_DEDENT; }
    else { lx->pendin--; type = T_INDENT; }
    t->type = type;
    t->start = t->end = lx->cur;
    t->lineno = t->end_lineno = lx->lineno;
    t->col = t->end_col = lx_col(lx, lx->cur);
    /* CPython's DEDENT token sits one column before the new indentation
     * (errors there show the indentation as offset) and has no end */
    if (type == T_DEDENT) {
        t->col = lx_col(lx, lx->cur) - 1;
        t->end_col = -1;
    }
    return type;
}

/* Handle indentation at the beginning of a line. Returns 1 if the line is
 * blank (caller keeps scanning), 0 otherwise, -1 on error. */
static int handle_bol(ft_lexer *lx) {
    int col = 0, altcol = 0;
    const char *p = lx->cur;
    for (;; p++) {
        if (p >= lx->end) break;
        if (*p == ' ') { col++; altcol++; }
        else if (*p == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (*p == '\f') { col = altcol = 0; }
        else break;
    }
    lx->cur = p;
    int c = p < lx->end ? (unsigned char)*p : -1;
    bool blank = (c == '#' || c == '\n' || c < 0);
    /* a backslash not ending the line is reported before any INDENT */
    if (c == '\\' && !(p + 1 < lx->end && p[1] == '\n')) return 1;
    if (c == '\\') {
        /* a line holding only a continuation: its indentation counts, but
         * CPython has read on to the next line when it reports a problem */
        blank = false;
        int bcol = lx_col(lx, p);
        if (p + 2 >= lx->end) {
            ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_SyntaxError, lx->lineno, bcol + 2,
                         lx->lineno, -1, true, "unexpected EOF while parsing");
            lx->errored = true;
            lx->err_silent = true;
            return -1;
        }
        lx->cur = p + 2;
        newline_consumed(lx);
    }
    if (blank) {
        /* interactive mode: a blank line still ends a statement, handled by the parser */
        return 1;
    }
    if (lx->level > 0) return 0;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= FT_LEX_MAXINDENT) {
            ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_IndentationError, lx->lineno,
                         1, lx->lineno, 0, true, "too many levels of indentation");
            lx->errored = true;
            lx->err_silent = true;
            return -1;
        }
        if (altcol <= lx->altindstack[lx->indent]) goto tab_error;
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            const char *nl = memchr(lx->line_start, '\n', (size_t)(lx->end - lx->line_start));
            int len = (int)((nl ? nl : lx->end) - lx->line_start);
            ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_IndentationError, lx->lineno,
                         len + 1, lx->lineno, -1, true,
                         "unindent does not match any outer indentation level");
            lx->errored = true;
            lx->err_silent = true;
            return -1;
        }
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    }
    return 0;
tab_error:
    ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_TabError, lx->lineno, 1, lx->lineno, 0,
                 true, "inconsistent use of tabs and spaces in indentation");
    lx->errored = true;
    lx->err_silent = true;
    return -1;
}

static int close_bracket(ft_lexer *lx, int c, ft_token *t, int type, const char *start, int scol) {
    if (lx->level == 0) {
        lx->cur++;
        return LX_ERR(lx, "unmatched '%c'", c);
    }
    char open = lx->parenstack[lx->level - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (open == 'f' || open == 's') want = '}';
    if (c != want) {
        lx->cur++;
        if (open == 'f' || open == 's') {
            /* ')' or ']' inside a replacement field */
            return LX_ERR(lx, "f-string: unmatched '%c'", c);
        }
        if (lx->parenlineno[lx->level - 1] != lx->lineno)
            return LX_ERR(lx, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                          c, open, lx->parenlineno[lx->level - 1]);
        return LX_ERR(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    lx->level--;
    lx->cur++;
    if (open == 'f' || open == 's') {
        ft_lex_fmode *m = &lx->fmodes[lx->nfmodes - 1];
        m->kind = 0;
        m->in_spec = open == 's';
        if (open == 's') m->spec_depth--;
    }
    return make_tok(lx, t, type, start, lx->lineno, scol);
}

/* Tokens made at end of input sit at the end of the last line, with an
 * end column of -1 (what CPython reports for errors located there). */
static void eof_position(ft_lexer *lx, ft_token *t) {
    const char *e = lx->end;
    if (e > lx->buf && e[-1] == '\n') e--;
    const char *ls = e;
    while (ls > lx->buf && ls[-1] != '\n') ls--;
    int line = 1;
    for (const char *q = lx->buf; q < ls; q++) if (*q == '\n') line++;
    t->start = t->end = lx->end;
    t->lineno = t->end_lineno = line;
    t->col = (int)(e - ls);
    t->end_col = -1;
}

static int lex_token(ft_lexer *lx, ft_token *t) {
again:
    if (lx->errored) return T_ERROR;
    /* f-string literal text */
    if (lx->nfmodes > 0 && lx->fmodes[lx->nfmodes - 1].kind == 0) {
        int r = lex_fstring_middle(lx, t);
        if (r != -2) return r;
        /* fall through: the '}' that ends a format spec */
    }
    if (lx->atbol) {
        lx->atbol = false;
        int r = handle_bol(lx);
        if (r < 0) return T_ERROR;
        lx->blankline_seen = (r == 1);
    }
    if (lx->pendin != 0) return emit_dedent_or_indent(lx, t);

    /* skip whitespace */
    while (lx->cur < lx->end && (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\f')) lx->cur++;
    const char *start = lx->cur;
    int scol = lx_col(lx, start), sline = lx->lineno;
    int c = peekc(lx, 0);

    if (c == '#') {
        /* the comment becomes part of the NEWLINE token, as in CPython */
        while (lx->cur < lx->end && *lx->cur != '\n') lx->cur++;
        c = peekc(lx, 0);
    }

    if (c < 0) {
        if (lx->level > 0) {
            int l = lx->level - 1;
            const char *p = line_ptr(lx->buf, lx->end, lx->parenlineno[l]);
            /* CPython shows the line with its newline only when it is the last one */
            bool last = p && memchr(p, '\n', (size_t)(lx->end - p)) == lx->end - 1;
            lx->unclosed_line = lx->parenlineno[l];
            lx->unclosed_col = lx->parencol[l];
            {
                ft_token eof;
                eof_position(lx, &eof);
                lx->last_content_line = eof.lineno;
            }
            lx->err_silent = true;
            char open = lx->parenstack[l];
            if (open == 'f' || open == 's') open = '{';
            ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_SyntaxError, lx->parenlineno[l],
                         lx->parencol[l] + 1, lx->parenlineno[l], 0, last, "'%c' was never closed", open);
            lx->errored = true;
            return T_ERROR;
        }
        if (lx->nfmodes > 0) {
            ft_lex_fmode *m = &lx->fmodes[lx->nfmodes - 1];
            int line;
            unterminated_detected_line(lx, &line);
            const char *p = line_ptr(lx->buf, lx->end, m->start_line);
            lx->lineno = m->start_line;
            if (p) lx->line_start = p;
            return lx_err_range(lx, NULL, m->start_col + 1, m->start_col + 1,
                                m->triple ? "unterminated triple-quoted f-string literal (detected at line %d)"
                                          : "unterminated f-string literal (detected at line %d)", line);
        }
        eof_position(lx, t);
        if (!lx->last_was_newline) {
            /* implicit NEWLINE of a source without a final newline ('eval' and
             * 'single' modes): CPython reports errors there at offset 0 */
            lx->last_was_newline = true;
            t->type = T_NEWLINE;
            t->col = -1;
            t->end_col = -2;
            return T_NEWLINE;
        }
        if (lx->indent > 0) {
            lx->indent--;
            t->type = T_DEDENT;
            return T_DEDENT;
        }
        lx->done = true;
        t->type = T_ENDMARKER;
        return T_ENDMARKER;
    }

    if (c == '\n') {
        lx->cur++;
        if (lx->blankline_seen || lx->level > 0 || lx->last_was_newline) {
            newline_consumed(lx);
            lx->blankline_seen = false;
            lx->atbol = lx->level == 0;
            goto again;
        }
        t->type = T_NEWLINE;
        t->start = start;
        t->end = lx->cur;
        t->lineno = t->end_lineno = sline;
        t->col = scol;
        t->end_col = lx_col(lx, lx->cur);
        newline_consumed(lx);
        lx->atbol = true;
        lx->last_was_newline = true;
        return T_NEWLINE;
    }

    lx->last_was_newline = false;

    /* identifiers, keywords, string prefixes */
    if (is_id_start(c)) {
        const char *p = lx->cur;
        while (p < lx->end) {
            unsigned char ch = (unsigned char)*p;
            if (ch < 128) {
                if (!is_id_char(ch)) break;
                p++;
            } else {
                uint32_t cp;
                int n = ft_utf8_decode_one(p, lx->end, &cp);
                if (n <= 0) break;
                if (p == lx->cur ? !cp_is_id_start(cp) : !cp_is_id_char(cp)) {
                    int c1 = lx_col(lx, p) + 1;
                    lx->cur = p + n;
                    if (!ft_ucd_isprintable(cp))
                        return lx_err_range(lx, NULL, c1, c1, "invalid non-printable character U+%04X", (unsigned)cp);
                    return lx_err_range(lx, NULL, c1, c1, "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
                }
                p += n;
            }
        }
        if (p < lx->end && (*p == '"' || *p == '\'')) {
            bool is_f = false, is_raw = false;
            if (string_prefix(lx->cur, (size_t)(p - lx->cur), &is_f, &is_raw)) {
                lx->cur = p;
                if (!is_f) return lex_string(lx, t, start, sline, scol);
                int q = (unsigned char)*p;
                bool triple = peekc(lx, 1) == q && peekc(lx, 2) == q;
                if (lx->nfmodes >= FT_LEX_MAXFSTRING) {
                    return LX_ERR(lx, "too many nested f-strings");
                }
                lx->cur += triple ? 3 : 1;
                ft_lex_fmode *m = &lx->fmodes[lx->nfmodes++];
                memset(m, 0, sizeof *m);
                m->quote = (char)q;
                m->triple = triple;
                m->raw = is_raw;
                m->kind = 0;
                m->level = lx->level;
                m->start_line = sline;
                m->start_col = scol;
                m->start = start;
                return make_tok(lx, t, T_FSTRING_START, start, sline, scol);
            }
        }
        lx->cur = p;
        return make_tok(lx, t, keyword_type(start, (size_t)(p - start)), start, sline, scol);
    }

    if (is_digit(c) || (c == '.' && is_digit(peekc(lx, 1)))) return lex_number(lx, t);

    if (c == '"' || c == '\'') return lex_string(lx, t, start, sline, scol);

    if (c == '\\') {
        int d = peekc(lx, 1);
        if (d != '\n') {
            lx->cur += d < 0 ? 1 : 2;
            ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_SyntaxError, lx->lineno, lx_col(lx, lx->cur),
                         lx->lineno, 0, true, "unexpected character after line continuation character");
            lx->errored = true;
            lx->err_silent = true;
            return T_ERROR;
        }
        int bcol = lx_col(lx, lx->cur);
        lx->cur += 2;
        if (lx->cur >= lx->end) {
            ft_lex_raise(lx->buf, lx->end, lx->filename, ft_exc_SyntaxError, lx->lineno, bcol + 2,
                         lx->lineno, -1, true, "unexpected EOF while parsing");
            lx->errored = true;
            lx->err_silent = true;
            return T_ERROR;
        }
        newline_consumed(lx);
        goto again_nobol;
    }

    /* operators */
    {
        int c1 = peekc(lx, 1), c2 = peekc(lx, 2);
        int type = -1, n = 1;
        /* inside an f-string replacement field at its own level */
        bool in_field = lx->nfmodes > 0 && lx->level > 0 &&
                        (lx->parenstack[lx->level - 1] == 'f' || lx->parenstack[lx->level - 1] == 's') &&
                        lx->fmodes[lx->nfmodes - 1].kind == 1;
        switch (c) {
        case '(': case '[': case '{':
            if (lx->level >= FT_LEX_MAXLEVEL) {
                lx->cur++;
                return LX_ERR(lx, "too many nested parentheses");
            }
            lx->parenstack[lx->level] = (char)c;
            lx->parenlineno[lx->level] = lx->lineno;
            lx->parencol[lx->level] = scol;
            lx->level++;
            lx->cur++;
            return make_tok(lx, t, c == '(' ? T_LPAR : c == '[' ? T_LSQB : T_LBRACE, start, sline, scol);
        case ')': return close_bracket(lx, c, t, T_RPAR, start, scol);
        case ']': return close_bracket(lx, c, t, T_RSQB, start, scol);
        case '}': return close_bracket(lx, c, t, T_RBRACE, start, scol);
        case ':':
            if (in_field) {
                lx->cur++;
                ft_lex_fmode *m = &lx->fmodes[lx->nfmodes - 1];
                m->kind = 0;
                m->in_spec = 1;
                return make_tok(lx, t, T_COLON, start, sline, scol);
            }
            if (c1 == '=') { type = T_COLONEQUAL; n = 2; } else type = T_COLON;
            break;
        case ',': type = T_COMMA; break;
        case ';': type = T_SEMI; break;
        case '+': if (c1 == '=') { type = T_PLUSEQUAL; n = 2; } else type = T_PLUS; break;
        case '-':
            if (c1 == '=') { type = T_MINEQUAL; n = 2; }
            else if (c1 == '>') { type = T_RARROW; n = 2; }
            else type = T_MINUS;
            break;
        case '*':
            if (c1 == '*') {
                if (c2 == '=') { type = T_DOUBLESTAREQUAL; n = 3; } else { type = T_DOUBLESTAR; n = 2; }
            } else if (c1 == '=') { type = T_STAREQUAL; n = 2; } else type = T_STAR;
            break;
        case '/':
            if (c1 == '/') {
                if (c2 == '=') { type = T_DOUBLESLASHEQUAL; n = 3; } else { type = T_DOUBLESLASH; n = 2; }
            } else if (c1 == '=') { type = T_SLASHEQUAL; n = 2; } else type = T_SLASH;
            break;
        case '|': if (c1 == '=') { type = T_VBAREQUAL; n = 2; } else type = T_VBAR; break;
        case '&': if (c1 == '=') { type = T_AMPEREQUAL; n = 2; } else type = T_AMPER; break;
        case '<':
            if (c1 == '<') {
                if (c2 == '=') { type = T_LEFTSHIFTEQUAL; n = 3; } else { type = T_LEFTSHIFT; n = 2; }
            } else if (c1 == '=') { type = T_LESSEQUAL; n = 2; }
            else if (c1 == '>') { type = T_NOTEQUAL; n = 2; } /* <> : rejected by the parser */
            else type = T_LESS;
            break;
        case '>':
            if (c1 == '>') {
                if (c2 == '=') { type = T_RIGHTSHIFTEQUAL; n = 3; } else { type = T_RIGHTSHIFT; n = 2; }
            } else if (c1 == '=') { type = T_GREATEREQUAL; n = 2; } else type = T_GREATER;
            break;
        case '=': if (c1 == '=') { type = T_EQEQUAL; n = 2; } else type = T_EQUAL; break;
        case '!':
            if (c1 == '=') { type = T_NOTEQUAL; n = 2; }
            else type = T_EXCLAMATION;
            break;
        case '.':
            if (c1 == '.' && c2 == '.') { type = T_ELLIPSIS; n = 3; } else type = T_DOT;
            break;
        case '%': if (c1 == '=') { type = T_PERCENTEQUAL; n = 2; } else type = T_PERCENT; break;
        case '~': type = T_TILDE; break;
        case '^': if (c1 == '=') { type = T_CIRCUMFLEXEQUAL; n = 2; } else type = T_CIRCUMFLEX; break;
        case '@': if (c1 == '=') { type = T_ATEQUAL; n = 2; } else type = T_AT; break;
        default: break;
        }
        if (type >= 0) {
            lx->cur += n;
            return make_tok(lx, t, type, start, sline, scol);
        }
    }
    /* anything else */
    if (c >= 128) {
        uint32_t cp = 0;
        int n = ft_utf8_decode_one(lx->cur, lx->end, &cp);
        if (n <= 0) n = 1;
        lx->cur += n;
        if (!ft_ucd_isprintable(cp))
            return lx_err_range(lx, NULL, scol + 1, scol + 1, "invalid non-printable character U+%04X", (unsigned)cp);
        return lx_err_range(lx, NULL, scol + 1, scol + 1, "invalid character '%.*s' (U+%04X)", n, start, (unsigned)cp);
    }
    if (c < 32 || c == 127) {
        lx->cur++;
        return LX_ERR(lx, "invalid non-printable character U+%04X", (unsigned)c);
    }
    /* '$', '?', '`': an error token the parser reports as invalid syntax */
    lx->cur++;
    return make_tok(lx, t, T_ERROR, start, sline, scol);

again_nobol:
    /* after a continuation line: no indentation processing, but a line that
     * holds nothing is an EOF error like CPython's */
    goto again;
}

int ft_lex_next(ft_lexer *lx, ft_token *tok) {
    if (lx->errored) {
        tok->type = T_ERROR;
        return T_ERROR;
    }
    if (lx->done) {
        eof_position(lx, tok);
        tok->type = T_ENDMARKER;
        return T_ENDMARKER;
    }
    /* A T_ERROR with lx->errored false is a stray character such as '$':
     * CPython's parser reports it as "invalid syntax" at that token. */
    int r = lex_token(lx, tok);
    if (r == T_ERROR) tok->type = T_ERROR;
    return r;
}
