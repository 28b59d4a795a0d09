/* parser.c -- recursive-descent parser for Python 3.13, producing ast.h trees.
 *
 * Structure follows CPython's Grammar/python.gram: each parse_* function
 * implements one rule (or a small family). Where the PEG grammar needs more
 * than one token of lookahead we either peek further (tokens are kept in an
 * array) or speculate: mark the position, try, and reset.
 *
 * Errors: fail_*() set the exception and longjmp to the innermost handler
 * (ft_parse, or a speculation point). Messages and locations reproduce
 * CPython 3.13's. CPython parses twice: a plain pass, then, after a
 * failure, a pass with its "invalid_*" rules that find specific messages;
 * generic errors are reported at the furthest token of the first pass
 * (p->fill_max: diagnostic lookahead restores it), and a parser error may
 * still be replaced by a tokenizer error found later in the source
 * (check_rest_of_source). The expected results in tests/unit/parser_cases
 * come from CPython itself; tests/unit/parser_cases/stdlib_cmp.py and
 * mutate_cmp.py compare against it on its own library.
 *
 * Thread safety: a parser lives on one thread's stack; the tree it returns
 * is immutable. Recursion is bounded by FT_PARSER_MAXDEPTH and by
 * ft_check_c_stack().
 */
#include "core/ftcore.h"
#include "parser/parser_int.h"
#include "parser/unicode_tables.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

typedef ft_parser P;

static inline ft_token *TK(P *p, int i) { return &p->chunks[i / FT_TOK_CHUNK][i % FT_TOK_CHUNK]; }

/* ======================================================================
 * Failure and speculation
 * ====================================================================== */

static _Noreturn void bail(P *p) { longjmp(*p->jb, 1); }

static ft_token *tok_at(P *p, int i);

/* Raise at explicit token-based byte columns (0-based); end_col < 0 is passed raw. */
static _Noreturn void fail_at(P *p, ft_type *type, int lineno, int col, int end_lineno, int end_col,
                              const char *fmt, ...) {
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* CPython shows the line with its newline only while the tokenizer has
     * not read past it (otherwise the text comes from the source string). */
    bool with_nl = p->ntoks == 0 || TK(p, p->ntoks - 1)->end_lineno <= lineno;
    if (!p->speculating || !ft_err_occurred())
        ft_lex_raise(p->buf, p->end, p->filename, type ? type : ft_exc_SyntaxError, lineno, col + 1,
                     end_lineno, end_col == -2 ? 0 : end_col < 0 ? end_col : end_col + 1, with_nl, "%s", msg);
    bail(p);
}

static _Noreturn void fail_tok(P *p, ft_token *t, const char *fmt, ...) {
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fail_at(p, NULL, t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
}

static _Noreturn void fail_range(P *p, ft_ast_pos a, ft_ast_pos b, const char *fmt, ...) {
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fail_at(p, NULL, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, "%s", msg);
}

#define fail_node(p, n, ...) fail_range((p), (n)->pos, (n)->pos, __VA_ARGS__)

static _Noreturn void fail_nomem(P *p) {
    if (!ft_err_occurred()) ft_err_no_memory();
    bail(p);
}

/* "invalid syntax" at the furthest token seen, like CPython's generic error. */
static _Noreturn void fail_invalid(P *p) {
    ft_token *t = tok_at(p, p->fill_max);
    if (t->type == T_ERROR && p->lx.errored) bail(p);
    /* CPython reports the error token; for DEDENT/INDENT/NEWLINE/ENDMARKER it is that token too */
    if (t->type == T_INDENT || t->type == T_DEDENT) {
        /* CPython reports these without looking at the rest of the source */
        p->no_rest_check = true;
        if (t->type == T_INDENT)
            fail_at(p, ft_exc_IndentationError, t->lineno, t->col - 1 < 0 ? 0 : t->col - 1, t->lineno, -1,
                    "unexpected indent");
        fail_at(p, ft_exc_IndentationError, t->lineno, t->col, t->lineno, -1, "unexpected unindent");
    }
    fail_tok(p, t, "invalid syntax");
}

/* Speculative parsing: run fn; on a recoverable failure restore the position
 * and return NULL. Tokenizer errors and MemoryError propagate. */
typedef void *(*spec_fn)(P *p, void *arg);
static void *speculate(P *p, spec_fn fn, void *arg) {
    jmp_buf jb, *saved = p->jb;
    int pos = p->pos, depth = p->depth, fm = p->fill_max;
    void *volatile r = NULL;
    p->speculating++;
    p->jb = &jb;
    if (setjmp(jb) == 0) {
        r = fn(p, arg);
    } else {
        r = NULL;
    }
    p->jb = saved;
    p->speculating--;
    /* lookahead done for diagnostics does not move the reported location */
    p->spec_fail_max = p->fill_max;
    p->fill_max = fm > p->pos ? fm : p->pos;
    if (!r) {
        if (p->lx.errored) bail(p);
        if (ft_err_occurred()) {
            ft_obj *e = ft_err_peek();
            if (ft_type_of(e) == ft_exc_MemoryError || ft_type_of(e) == ft_exc_RecursionError) bail(p);
            ft_err_clear();
        }
        p->pos = pos;
        p->fill_max = fm;
    }
    p->depth = depth;
    return r;
}

/* ======================================================================
 * Tokens
 * ====================================================================== */

/* Tokens live in fixed-size chunks that never move, so an ft_token *
 * stays valid while more tokens are read. */
static void grow_chunks(P *p) {
    if (p->ntoks < p->cap) return;
    int nchunks = p->cap / FT_TOK_CHUNK;
    ft_token **nc = realloc(p->chunks, (size_t)(nchunks + 1) * sizeof *nc);
    if (!nc) fail_nomem(p);
    p->chunks = nc;
    nc[nchunks] = malloc(FT_TOK_CHUNK * sizeof(ft_token));
    if (!nc[nchunks]) fail_nomem(p);
    p->cap += FT_TOK_CHUNK;
}

static void fill_to(P *p, int i) {
    while (p->ntoks <= i) {
        grow_chunks(p);
        if (p->ntoks > 0) {
            int last = TK(p, p->ntoks - 1)->type;
            if (last == T_ENDMARKER || last == T_ERROR) {
                /* repeat the final token */
                *TK(p, p->ntoks) = *TK(p, p->ntoks - 1);
                p->ntoks++;
                continue;
            }
        }
        ft_token *t = TK(p, p->ntoks);
        memset(t, 0, sizeof *t);
        ft_lex_next(&p->lx, t);
        p->ntoks++;
        /* lexing allocates nothing: let a collector in now and then */
        if ((p->ntoks & 4095) == 0 && ft_current_thread) FT_SAFEPOINT(ft_current_thread);
        /* a tokenizer error is raised as soon as the parser looks at it */
        if (t->type == T_ERROR && p->lx.errored) bail(p);
    }
}

static ft_token *tok_at(P *p, int i) {
    fill_to(p, i);
    if (i > p->fill_max) p->fill_max = i;
    return TK(p, i);
}

#define CUR(p) tok_at((p), (p)->pos)
#define PEEK(p, k) tok_at((p), (p)->pos + (k))
static inline int TT(P *p) { return CUR(p)->type; }
static inline int TTk(P *p, int k) { return PEEK(p, k)->type; }

static ft_token *advance(P *p) {
    ft_token *t = CUR(p);
    int i = p->pos;
    if (t->type != T_ENDMARKER) p->pos++;
    return TK(p, i);
}

static bool accept(P *p, int type) {
    if (TT(p) == type) { advance(p); return true; }
    return false;
}

static ft_token *expect(P *p, int type) {
    if (TT(p) != type) fail_invalid(p);
    return advance(p);
}

/* "expected 'X'" at the current token (CPython's forced tokens &&'x'). */
static ft_token *expect_forced(P *p, int type, const char *what) {
    if (TT(p) != type) {
        ft_token *t = CUR(p);
        if (t->type == T_ERROR && !p->lx.errored) fail_invalid(p);
        fail_tok(p, t, "expected '%s'", what);
    }
    return advance(p);
}

static bool tok_is(ft_token *t, const char *s) {
    size_t n = strlen(s);
    return t->type == T_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}
#define IS_SOFT(p, s) tok_is(CUR(p), (s))

/* The C stack is checked with a margin above the thread's limit so that
 * raising the error itself still has room to run. */
static bool c_stack_low(void) {
    ft_thread *ts = ft_current_thread;
    char here;
    return ts && ts->c_stack_limit && &here < ts->c_stack_limit + 64 * 1024;
}

static void enter(P *p) {
    if (++p->depth > FT_PARSER_MAXDEPTH || ((p->depth & 3) == 0 && c_stack_low()) ||
        ((p->depth & 63) == 0 && ft_check_c_stack("parser") < 0)) {
        ft_err_clear();
        ft_err_set_str(ft_exc_MemoryError, "Parser stack overflowed - Python source too complex to parse");
        p->speculating = 0;
        bail(p);
    }
}
#define leave(p) ((p)->depth--)
/* Brackets weigh what they cost CPython's rule stack (about 24 to 29 levels
 * each), so that nesting limits agree. */
#define DEPTH_ATOM_BRACKET 26
#define DEPTH_TRAILER_BRACKET 21
static void enter_n(P *p, int n) { p->depth += n - 1; enter(p); }
#define leave_n(p, n) ((p)->depth -= (n))

/* ======================================================================
 * Nodes and sequences
 * ====================================================================== */

static void *node_alloc(P *p, size_t n) {
    void *r = ft_gc_alloc(n, FT_GC_SCAN);
    if (!r) fail_nomem(p);
    return r;
}

typedef struct { void **items; ft_ssize n, cap; } vec;

static void vpush(P *p, vec *v, void *x) {
    if (v->n == v->cap) {
        ft_ssize ncap = v->cap ? v->cap * 2 : 4;
        void **ni = ft_gc_alloc((size_t)ncap * sizeof(void *), FT_GC_SCAN);
        if (!ni) fail_nomem(p);
        if (v->n) memcpy(ni, v->items, (size_t)v->n * sizeof(void *));
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = x;
}
#define SEQ(T, v) ((T){ (v).n, (void *)(v).items })
#define ESEQ(v) SEQ(ft_expr_seq, v)
#define SSEQ(v) SEQ(ft_stmt_seq, v)

static ft_ast_pos pos_from(P *p, int start_tok) {
    ft_token *s = TK(p, start_tok);
    ft_token *e = TK(p, p->pos > start_tok ? p->pos - 1 : start_tok);
    return (ft_ast_pos){ s->lineno, s->col, e->end_lineno, e->end_col };
}
static ft_ast_pos pos_tok(ft_token *t) { return (ft_ast_pos){ t->lineno, t->col, t->end_lineno, t->end_col }; }
static ft_expr *E(P *p, ft_expr_kind k, ft_ast_pos pos) {
    ft_expr *e = node_alloc(p, sizeof *e);
    e->kind = k;
    e->pos = pos;
    return e;
}
static ft_stmt *S(P *p, ft_stmt_kind k, ft_ast_pos pos) {
    ft_stmt *s = node_alloc(p, sizeof *s);
    s->kind = k;
    s->pos = pos;
    return s;
}
static ft_pattern *PAT(P *p, ft_pattern_kind k, ft_ast_pos pos) {
    ft_pattern *s = node_alloc(p, sizeof *s);
    s->kind = k;
    s->pos = pos;
    return s;
}

/* Identifiers are NFKC-normalised (PEP 3131); we map each character to its
 * NFKC form, which covers identifiers without combining sequences. */
static ft_obj *nfkc_ident(P *p, const char *s, size_t n) {
    char *buf = ft_gc_alloc(n * 18 + 1, FT_GC_ATOMIC);
    if (!buf) fail_nomem(p);
    size_t k = 0;
    const char *q = s, *e = s + n;
    while (q < e) {
        uint32_t cp;
        int len = ft_utf8_decode_one(q, e, &cp);
        if (len <= 0) { buf[k++] = *q++; continue; }
        const char *rep = cp >= 0x80 ? ft_unicode_nfkc_ident(cp) : NULL;
        if (rep) { size_t rl = strlen(rep); memcpy(buf + k, rep, rl); k += rl; }
        else { memcpy(buf + k, q, (size_t)len); k += (size_t)len; }
        q += len;
    }
    ft_obj *r = ft_str_new(buf, (ft_ssize)k);
    if (!r) bail(p);
    return r;
}

static ft_obj *tok_ident(P *p, ft_token *t) {
    for (const char *q = t->start; q < t->end; q++) {
        if ((unsigned char)*q >= 0x80) {
            ft_obj *s = ft_str_intern(nfkc_ident(p, t->start, (size_t)(t->end - t->start)));
            if (!s) bail(p);
            return s;
        }
    }
    ft_obj *s = ft_str_new(t->start, t->end - t->start);
    if (!s) bail(p);
    s = ft_str_intern(s);
    if (!s) bail(p);
    return s;
}
static ft_obj *cstr_ident(P *p, const char *c) {
    ft_obj *s = ft_str_intern_cstr(c);
    if (!s) bail(p);
    return s;
}

static ft_expr *mk_name(P *p, ft_token *t, ft_expr_context ctx) {
    ft_expr *e = E(p, FT_EXPR_NAME, pos_tok(t));
    e->v.Name.id = tok_ident(p, t);
    e->v.Name.ctx = ctx;
    return e;
}

static ft_expr *mk_const(P *p, ft_obj *v, ft_ast_pos pos) {
    ft_expr *e = E(p, FT_EXPR_CONSTANT, pos);
    e->v.Constant.value = v;
    return e;
}

static ft_expr *mk_tuple(P *p, vec *v, ft_ast_pos pos, ft_expr_context ctx) {
    ft_expr *e = E(p, FT_EXPR_TUPLE, pos);
    e->v.List.elts = ESEQ(*v);
    e->v.List.ctx = ctx;
    return e;
}

/* ======================================================================
 * Expression names (for error messages) and target validation
 * ====================================================================== */

static const char *expr_name(ft_expr *e) {
    switch (e->kind) {
    case FT_EXPR_ATTRIBUTE: return "attribute";
    case FT_EXPR_SUBSCRIPT: return "subscript";
    case FT_EXPR_STARRED: return "starred";
    case FT_EXPR_NAME: return "name";
    case FT_EXPR_LIST: return "list";
    case FT_EXPR_TUPLE: return "tuple";
    case FT_EXPR_LAMBDA: return "lambda";
    case FT_EXPR_CALL: return "function call";
    case FT_EXPR_BOOLOP: case FT_EXPR_BINOP: case FT_EXPR_UNARYOP: return "expression";
    case FT_EXPR_GENERATOREXP: return "generator expression";
    case FT_EXPR_YIELD: case FT_EXPR_YIELDFROM: return "yield expression";
    case FT_EXPR_AWAIT: return "await expression";
    case FT_EXPR_LISTCOMP: return "list comprehension";
    case FT_EXPR_SETCOMP: return "set comprehension";
    case FT_EXPR_DICTCOMP: return "dict comprehension";
    case FT_EXPR_DICT: return "dict literal";
    case FT_EXPR_SET: return "set display";
    case FT_EXPR_JOINEDSTR: case FT_EXPR_FORMATTEDVALUE: return "f-string expression";
    case FT_EXPR_CONSTANT: {
        ft_obj *v = e->v.Constant.value;
        if (v == ft_None) return "None";
        if (v == ft_True) return "True";
        if (v == ft_False) return "False";
        if (v == ft_Ellipsis) return "ellipsis";
        return "literal";
    }
    case FT_EXPR_COMPARE: return "comparison";
    case FT_EXPR_IFEXP: return "conditional expression";
    case FT_EXPR_NAMEDEXPR: return "named expression";
    case FT_EXPR_SLICE: return "slice";
    }
    return "expression";
}

enum { TGT_STAR, TGT_DEL, TGT_FOR };

/* The first sub-expression that cannot be a target (CPython's
 * _PyPegen_get_invalid_target), or NULL. */
static ft_expr *invalid_target(ft_expr *e, int kind) {
    if (!e) return NULL;
    switch (e->kind) {
    case FT_EXPR_LIST: case FT_EXPR_TUPLE:
        for (ft_ssize i = 0; i < e->v.List.elts.n; i++) {
            ft_expr *r = invalid_target(e->v.List.elts.items[i], kind);
            if (r) return r;
        }
        return NULL;
    case FT_EXPR_STARRED:
        if (kind == TGT_DEL) return e;
        return invalid_target(e->v.Starred.value, kind);
    case FT_EXPR_COMPARE:
        if (kind == TGT_FOR) {
            if (e->v.Compare.ops.items[0] == FT_CMP_IN) return invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case FT_EXPR_NAME: case FT_EXPR_SUBSCRIPT: case FT_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(ft_expr *e, ft_expr_context ctx) {
    switch (e->kind) {
    case FT_EXPR_NAME: e->v.Name.ctx = ctx; break;
    case FT_EXPR_ATTRIBUTE: e->v.Attribute.ctx = ctx; break;
    case FT_EXPR_SUBSCRIPT: e->v.Subscript.ctx = ctx; break;
    case FT_EXPR_STARRED: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx); break;
    case FT_EXPR_LIST: case FT_EXPR_TUPLE:
        e->v.List.ctx = ctx;
        for (ft_ssize i = 0; i < e->v.List.elts.n; i++) set_ctx(e->v.List.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Validate and convert to a Store/Del target. */
static void make_target(P *p, ft_expr *e, int kind) {
    ft_expr *bad = invalid_target(e, kind);
    if (bad) {
        if (kind == TGT_DEL) fail_node(p, bad, "cannot delete %s", expr_name(bad));
        fail_node(p, bad, "cannot assign to %s", expr_name(bad));
    }
    set_ctx(e, kind == TGT_DEL ? FT_CTX_DEL : FT_CTX_STORE);
}

/* ======================================================================
 * Forward declarations
 * ====================================================================== */

static ft_expr *parse_expression(P *p);
static ft_expr *parse_named_expression(P *p);
static ft_expr *parse_star_expressions(P *p);
static ft_expr *parse_star_named_expression(P *p);
static ft_expr *parse_disjunction(P *p);
static ft_expr *parse_bitwise_or(P *p);
static ft_expr *parse_primary(P *p);
static ft_expr *parse_atom(P *p);
static ft_expr *parse_yield_expr(P *p);
static ft_expr *parse_strings(P *p);
static ft_expr *parse_lambdef(P *p);
static ft_stmt_seq parse_block(P *p, const char *what, int what_line);
static ft_stmt *parse_statement_into(P *p, vec *out);
static ft_comprehension_seq parse_for_if_clauses(P *p);
static ft_pattern *parse_patterns(P *p);
static ft_pattern *parse_pattern(P *p);
static ft_type_param_seq parse_type_params(P *p, bool alias);

static bool starts_expression(int t) {
    switch (t) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_FSTRING_START: case T_LPAR: case T_LSQB:
    case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE: case T_ELLIPSIS: case K_NOT:
    case K_LAMBDA: case K_AWAIT: case K_NONE: case K_TRUE: case K_FALSE:
        return true;
    default:
        return false;
    }
}

/* Inside brackets, `a b` is reported as a missing comma (invalid_expression). */
static void *spec_expression(P *p, void *arg) { (void)arg; return parse_expression(p); }
static void *spec_bitwise_or(P *p, void *arg) { (void)arg; return parse_bitwise_or(p); }
static void *spec_star_expressions(P *p, void *arg) { (void)arg; return parse_star_expressions(p); }
static void *spec_named_expression(P *p, void *arg) { (void)arg; return parse_named_expression(p); }
static void *spec_disjunction(P *p, void *arg) { (void)arg; return parse_disjunction(p); }

static int bracket_level_at(P *p, int tokidx);

/* Run fn; a failure with a specific message (not plain "invalid syntax")
 * propagates; a plain one returns NULL with p->spec_fail_max set to the
 * furthest token the attempt looked at. */
static void *parse_or_plain(P *p, spec_fn fn, void *arg) {
    jmp_buf jb, *saved = p->jb;
    int pos = p->pos;
    void *volatile r = NULL;
    p->jb = &jb;
    if (setjmp(jb) == 0) r = fn(p, arg);
    p->jb = saved;
    if (!r) {
        if (p->lx.errored) bail(p);
        ft_obj *e = ft_err_peek();
        if (!e || !ft_exc_matches(e, (ft_obj *)ft_exc_SyntaxError)) bail(p);
        ft_obj *m = ft_getattr_cstr(e, "msg");
        if (!m || !ft_str_check(m) || !ft_str_eq_cstr(m, "invalid syntax")) {
            if (!m) ft_err_clear();
            else bail(p);
        }
        ft_err_clear();
        p->spec_fail_max = p->fill_max;
        p->pos = pos;
    }
    return r;
}

/* CPython's second pass parses `NAME rest` (no '(' after NAME) as a legacy
 * print-like statement, parsing `rest` as an expression, recursively: an
 * error with a specific message found on the way is reported instead of
 * the generic one (e.g. `a b c if d` gives "expected 'else' after 'if'
 * expression"). */
static void legacy_chain(P *p, ft_expr *a) {
    int save = p->pos, save_fm = p->fill_max;
    int i = -1;
    for (int k = p->pos - 1; k >= 0; k--) {
        ft_token *u = TK(p, k);
        if (u->lineno == a->pos.lineno && u->col == a->pos.col_offset) { i = k; break; }
        if (u->type == T_NEWLINE || u->type == T_INDENT || u->type == T_DEDENT) break;
    }
    for (int guard = 0; i >= 0 && guard < 200; guard++) {
        if (TK(p, i)->type != T_NAME || tok_at(p, i + 1)->type == T_LPAR) break;
        i++;
        if (!starts_expression(TK(p, i)->type)) break;
        /* only the `a if b` without else check (invalid_expression) is emulated */
        p->pos = i;
        ft_expr *x = speculate(p, spec_disjunction, NULL);
        if (x && TT(p) == K_IF) {
            advance(p);
            ft_expr *y = speculate(p, spec_disjunction, NULL);
            if (y && TT(p) != K_ELSE && TT(p) != T_COLON)
                fail_range(p, x->pos, y->pos, "expected 'else' after 'if' expression");
        }
    }
    p->pos = save;
    p->fill_max = save_fm;
}

static _Noreturn void fail_after_expr(P *p, ft_expr *a) {
    ft_token *t = CUR(p);
    if (t->type == T_ERROR && !p->lx.errored) fail_invalid(p);
    if (starts_expression(t->type) && t->type != K_NOT) {
        /* print "x" / exec "x": the legacy statements */
        if (a->kind == FT_EXPR_NAME && (t->type == T_STRING || t->type == T_FSTRING_START || t->type == T_NAME)) {
            if (ft_str_eq_cstr(a->v.Name.id, "print") || ft_str_eq_cstr(a->v.Name.id, "exec")) {
                int save = p->pos;
                ft_expr *b = speculate(p, spec_expression, NULL);
                if (b && bracket_level_at(p, save) == 0) {
                    const char *nm = ft_str_utf8(a->v.Name.id);
                    fail_range(p, a->pos, b->pos, "Missing parentheses in call to '%s'. Did you mean %s(...)?", nm, nm);
                }
                p->pos = save;
            }
        }
        if (bracket_level_at(p, p->pos) == 0) legacy_chain(p, a);
        bool name_str = a->kind == FT_EXPR_NAME && (t->type == T_STRING || t->type == T_FSTRING_START);
        bool soft = a->kind == FT_EXPR_NAME &&
                    (ft_str_eq_cstr(a->v.Name.id, "match") || ft_str_eq_cstr(a->v.Name.id, "case") ||
                     ft_str_eq_cstr(a->v.Name.id, "type") || ft_str_eq_cstr(a->v.Name.id, "_"));
        if (!name_str && !soft && bracket_level_at(p, p->pos) == 0 && t->type != T_NAME) {
            /* CPython's second pass parses an expression here (invalid_expression):
             * how far it reads matters for the unclosed-bracket check */
            int save = p->pos, save_fm = p->fill_max;
            ft_expr *b = speculate(p, spec_expression, NULL);
            int reached = b ? p->pos : p->spec_fail_max;
            if (reached > p->rest_err_max) p->rest_err_max = reached;
            p->pos = save;
            p->fill_max = save_fm;
        }
        if (!name_str && !soft && bracket_level_at(p, p->pos) > 0) {
            int save = p->pos;
            ft_expr *b = speculate(p, spec_expression, NULL);
            if (b && a->kind != FT_EXPR_LAMBDA) fail_range(p, a->pos, b->pos, "invalid syntax. Perhaps you forgot a comma?");
            p->pos = save;
        }
    }
    fail_invalid(p);
}

/* Bracket nesting level just before token tokidx (0 at statement level). */
static int bracket_level_at(P *p, int tokidx) {
    int level = 0;
    /* scan back to the start of the logical line */
    int i = tokidx - 1;
    while (i >= 0) {
        int t = (*TK(p, i)).type;
        if (t == T_NEWLINE || t == T_INDENT || t == T_DEDENT) break;
        i--;
    }
    for (int j = i + 1; j < tokidx; j++) {
        int t = (*TK(p, j)).type;
        if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) level++;
        else if ((t == T_RPAR || t == T_RSQB || t == T_RBRACE) && level > 0) level--;
    }
    return level;
}

/* ======================================================================
 * Expressions
 * ====================================================================== */

/* Raised by contexts that expect a named_expression when they meet '='
 * (CPython's invalid_named_expression). */
static void check_stray_assign(P *p, ft_expr *a) {
    if (TT(p) != T_EQUAL) return;
    int save = p->pos, save_fm = p->fill_max;
    advance(p);
    ft_expr *b = speculate(p, spec_bitwise_or, NULL);
    if (b && TT(p) != T_EQUAL && TT(p) != T_COLONEQUAL) {
        if (a->kind == FT_EXPR_NAME)
            fail_range(p, a->pos, b->pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        bool excluded = a->kind == FT_EXPR_LIST || a->kind == FT_EXPR_TUPLE || a->kind == FT_EXPR_GENERATOREXP ||
                        (a->kind == FT_EXPR_CONSTANT && (a->v.Constant.value == ft_True ||
                                                          a->v.Constant.value == ft_False ||
                                                          a->v.Constant.value == ft_None));
        if (!excluded && a->kind != FT_EXPR_COMPARE && a->kind != FT_EXPR_BOOLOP &&
            !(a->kind == FT_EXPR_UNARYOP && a->v.UnaryOp.op == FT_UOP_NOT) && a->kind != FT_EXPR_IFEXP &&
            a->kind != FT_EXPR_LAMBDA)
            fail_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(a));
    }
    p->pos = save;
    p->fill_max = save_fm;
}

static ft_expr *parse_named_expression(P *p) {
    if (TT(p) == T_NAME && TTk(p, 1) == T_COLONEQUAL) {
        enter(p);
        int st = p->pos;
        ft_expr *target = mk_name(p, advance(p), FT_CTX_STORE);
        advance(p);
        ft_expr *value = parse_expression(p);
        ft_expr *e = E(p, FT_EXPR_NAMEDEXPR, pos_from(p, st));
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = value;
        leave(p);
        return e;
    }
    ft_expr *e = parse_expression(p);
    if (TT(p) == T_COLONEQUAL) {
        /* invalid_named_expression: a=expression ':=' expression */
        int save = p->pos;
        advance(p);
        ft_expr *b = speculate(p, spec_expression, NULL);
        p->pos = save;
        if (b) fail_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
        fail_invalid(p);
    }
    return e;
}

static ft_expr *parse_expression(P *p) {
    enter(p);
    int st = p->pos;
    ft_expr *r;
    if (TT(p) == K_LAMBDA) {
        r = parse_lambdef(p);
        leave(p);
        return r;
    }
    ft_expr *a = parse_disjunction(p);
    if (TT(p) == K_IF) {
        advance(p);
        ft_expr *b = parse_disjunction(p);
        if (TT(p) != K_ELSE) {
            if (TT(p) != T_COLON) fail_range(p, a->pos, b->pos, "expected 'else' after 'if' expression");
            fail_invalid(p);
        }
        advance(p);
        ft_expr *c = parse_expression(p);
        r = E(p, FT_EXPR_IFEXP, pos_from(p, st));
        r->v.IfExp.test = b;
        r->v.IfExp.body = a;
        r->v.IfExp.orelse = c;
        leave(p);
        return r;
    }
    leave(p);
    return a;
}

static ft_expr *parse_star_expression(P *p) {
    if (TT(p) == T_STAR) {
        int st = p->pos;
        advance(p);
        ft_expr *v = parse_bitwise_or(p);
        ft_expr *e = E(p, FT_EXPR_STARRED, pos_from(p, st));
        e->v.Starred.value = v;
        e->v.Starred.ctx = FT_CTX_LOAD;
        return e;
    }
    return parse_expression(p);
}

/* star_expressions: a tuple when there is a comma. */
static ft_expr *parse_star_expressions(P *p) {
    int st = p->pos;
    ft_expr *first = parse_star_expression(p);
    if (TT(p) != T_COMMA) return first;
    vec v = {0};
    vpush(p, &v, first);
    while (accept(p, T_COMMA)) {
        if (!starts_expression(TT(p)) && TT(p) != T_STAR) break;
        vpush(p, &v, parse_star_expression(p));
    }
    return mk_tuple(p, &v, pos_from(p, st), FT_CTX_LOAD);
}

static ft_expr *parse_star_named_expression(P *p) {
    if (TT(p) == T_STAR) {
        int st = p->pos;
        advance(p);
        int nt = TT(p);
        if ((nt == T_RPAR || nt == T_RSQB || nt == T_RBRACE || nt == T_COMMA) && bracket_level_at(p, st) > 0)
            fail_tok(p, CUR(p), "Invalid star expression");
        ft_expr *v = parse_bitwise_or(p);
        ft_expr *e = E(p, FT_EXPR_STARRED, pos_from(p, st));
        e->v.Starred.value = v;
        e->v.Starred.ctx = FT_CTX_LOAD;
        return e;
    }
    return parse_named_expression(p);
}

/* star_named_expressions as a tuple (match subject, return-less contexts). */
static ft_expr *parse_star_named_expressions_tuple(P *p) {
    int st = p->pos;
    ft_expr *first = parse_star_named_expression(p);
    if (TT(p) != T_COMMA) return first;
    vec v = {0};
    vpush(p, &v, first);
    while (accept(p, T_COMMA)) {
        if (!starts_expression(TT(p)) && TT(p) != T_STAR) break;
        vpush(p, &v, parse_star_named_expression(p));
    }
    return mk_tuple(p, &v, pos_from(p, st), FT_CTX_LOAD);
}

static ft_expr *parse_conjunction(P *p);
static ft_expr *parse_inversion(P *p);
static ft_expr *parse_comparison(P *p);

static ft_expr *parse_disjunction(P *p) {
    int st = p->pos;
    ft_expr *a = parse_conjunction(p);
    if (TT(p) != K_OR) return a;
    vec v = {0};
    vpush(p, &v, a);
    while (accept(p, K_OR)) vpush(p, &v, parse_conjunction(p));
    ft_expr *e = E(p, FT_EXPR_BOOLOP, pos_from(p, st));
    e->v.BoolOp.op = FT_BOOL_OR;
    e->v.BoolOp.values = ESEQ(v);
    return e;
}

static ft_expr *parse_conjunction(P *p) {
    int st = p->pos;
    ft_expr *a = parse_inversion(p);
    if (TT(p) != K_AND) return a;
    vec v = {0};
    vpush(p, &v, a);
    while (accept(p, K_AND)) vpush(p, &v, parse_inversion(p));
    ft_expr *e = E(p, FT_EXPR_BOOLOP, pos_from(p, st));
    e->v.BoolOp.op = FT_BOOL_AND;
    e->v.BoolOp.values = ESEQ(v);
    return e;
}

static ft_expr *parse_inversion(P *p) {
    if (TT(p) == K_NOT) {
        enter(p);
        int st = p->pos;
        advance(p);
        ft_expr *o = parse_inversion(p);
        ft_expr *e = E(p, FT_EXPR_UNARYOP, pos_from(p, st));
        e->v.UnaryOp.op = FT_UOP_NOT;
        e->v.UnaryOp.operand = o;
        leave(p);
        return e;
    }
    return parse_comparison(p);
}

static int comp_op(P *p) {
    switch (TT(p)) {
    case T_EQEQUAL: advance(p); return FT_CMP_EQ;
    case T_NOTEQUAL:
        if (CUR(p)->start[0] == '<') fail_invalid(p);
        advance(p); return FT_CMP_NOTEQ;
    case T_LESS: advance(p); return FT_CMP_LT;
    case T_LESSEQUAL: advance(p); return FT_CMP_LTE;
    case T_GREATER: advance(p); return FT_CMP_GT;
    case T_GREATEREQUAL: advance(p); return FT_CMP_GTE;
    case K_IN: advance(p); return FT_CMP_IN;
    case K_NOT:
        if (TTk(p, 1) == K_IN) { advance(p); advance(p); return FT_CMP_NOTIN; }
        return 0;
    case K_IS:
        advance(p);
        if (accept(p, K_NOT)) return FT_CMP_ISNOT;
        return FT_CMP_IS;
    default: return 0;
    }
}

static ft_expr *parse_comparison(P *p) {
    int st = p->pos;
    ft_expr *a = parse_bitwise_or(p);
    int op = comp_op(p);
    if (!op) return a;
    vec ops = {0}, cmps = {0};
    do {
        vpush(p, &ops, (void *)(intptr_t)op);
        vpush(p, &cmps, parse_bitwise_or(p));
    } while ((op = comp_op(p)) != 0);
    ft_expr *e = E(p, FT_EXPR_COMPARE, pos_from(p, st));
    e->v.Compare.left = a;
    int *iops = ft_gc_alloc((size_t)ops.n * sizeof(int), FT_GC_ATOMIC);
    if (!iops) fail_nomem(p);
    for (ft_ssize i = 0; i < ops.n; i++) iops[i] = (int)(intptr_t)ops.items[i];
    e->v.Compare.ops = (ft_int_seq){ ops.n, iops };
    e->v.Compare.comparators = ESEQ(cmps);
    return e;
}

static ft_expr *mk_binop(P *p, int st, ft_expr *l, int op, ft_expr *r) {
    ft_expr *e = E(p, FT_EXPR_BINOP, pos_from(p, st));
    e->v.BinOp.left = l;
    e->v.BinOp.op = op;
    e->v.BinOp.right = r;
    return e;
}

static ft_expr *parse_factor(P *p);
static void check_not_after_op(P *p, bool unary);

static ft_expr *parse_term(P *p) {
    int st = p->pos;
    ft_expr *a = parse_factor(p);
    for (;;) {
        int op;
        switch (TT(p)) {
        case T_STAR: op = FT_OP_MULT; break;
        case T_SLASH: op = FT_OP_DIV; break;
        case T_DOUBLESLASH: op = FT_OP_FLOORDIV; break;
        case T_PERCENT: op = FT_OP_MOD; break;
        case T_AT: op = FT_OP_MATMULT; break;
        default: return a;
        }
        advance(p);
        check_not_after_op(p, false);
        a = mk_binop(p, st, a, op, parse_factor(p));
    }
}

static ft_expr *parse_sum(P *p) {
    int st = p->pos;
    ft_expr *a = parse_term(p);
    for (;;) {
        int op;
        if (TT(p) == T_PLUS) op = FT_OP_ADD;
        else if (TT(p) == T_MINUS) op = FT_OP_SUB;
        else return a;
        advance(p);
        check_not_after_op(p, false);
        a = mk_binop(p, st, a, op, parse_term(p));
    }
}

static ft_expr *parse_shift(P *p) {
    int st = p->pos;
    ft_expr *a = parse_sum(p);
    for (;;) {
        int op;
        if (TT(p) == T_LEFTSHIFT) op = FT_OP_LSHIFT;
        else if (TT(p) == T_RIGHTSHIFT) op = FT_OP_RSHIFT;
        else return a;
        advance(p);
        a = mk_binop(p, st, a, op, parse_sum(p));
    }
}

static ft_expr *parse_bitwise_and(P *p) {
    int st = p->pos;
    ft_expr *a = parse_shift(p);
    while (TT(p) == T_AMPER) {
        advance(p);
        a = mk_binop(p, st, a, FT_OP_BITAND, parse_shift(p));
    }
    return a;
}

static ft_expr *parse_bitwise_xor(P *p) {
    int st = p->pos;
    ft_expr *a = parse_bitwise_and(p);
    while (TT(p) == T_CIRCUMFLEX) {
        advance(p);
        a = mk_binop(p, st, a, FT_OP_BITXOR, parse_bitwise_and(p));
    }
    return a;
}

static ft_expr *parse_bitwise_or(P *p) {
    enter(p);
    int st = p->pos;
    ft_expr *a = parse_bitwise_xor(p);
    while (TT(p) == T_VBAR) {
        advance(p);
        a = mk_binop(p, st, a, FT_OP_BITOR, parse_bitwise_xor(p));
    }
    leave(p);
    return a;
}

static ft_expr *parse_power(P *p) {
    int st = p->pos;
    ft_expr *a;
    if (TT(p) == K_AWAIT) {
        enter(p);
        advance(p);
        ft_expr *v = parse_primary(p);
        a = E(p, FT_EXPR_AWAIT, pos_from(p, st));
        a->v.Await.value = v;
        leave(p);
    } else {
        a = parse_primary(p);
    }
    if (TT(p) == T_DOUBLESTAR) {
        advance(p);
        ft_expr *b = parse_factor(p);
        a = mk_binop(p, st, a, FT_OP_POW, b);
    }
    return a;
}

/* `3 + not 3`, `- not 3`: CPython's invalid_arithmetic / invalid_factor */
static void check_not_after_op(P *p, bool unary) {
    if (TT(p) != K_NOT) return;
    int st = p->pos;
    advance(p);
    ft_expr *b = unary ? parse_factor(p) : parse_inversion(p);
    fail_range(p, pos_tok(TK(p, st)), b->pos, "'not' after an operator must be parenthesized");
}

static ft_expr *parse_factor(P *p) {
    int op;
    switch (TT(p)) {
    case T_PLUS: op = FT_UOP_UADD; break;
    case T_MINUS: op = FT_UOP_USUB; break;
    case T_TILDE: op = FT_UOP_INVERT; break;
    default: return parse_power(p);
    }
    enter(p);
    int st = p->pos;
    advance(p);
    {
        /* CPython reports `- not x` unless this operator follows another unary one */
        int pt = st > 0 ? TK(p, st - 1)->type : T_NEWLINE;
        int ppt = st > 1 ? TK(p, st - 2)->type : T_NEWLINE;
        bool after_operand = ppt == T_NAME || ppt == T_NUMBER || ppt == T_STRING || ppt == T_RPAR ||
                             ppt == T_RSQB || ppt == T_RBRACE || ppt == T_FSTRING_END || ppt == K_NONE ||
                             ppt == K_TRUE || ppt == K_FALSE || ppt == T_ELLIPSIS;
        bool prev_unary = pt == T_TILDE || ((pt == T_PLUS || pt == T_MINUS) && !after_operand);
        if (!prev_unary) check_not_after_op(p, true);
        else if (TT(p) == K_NOT) fail_invalid(p);
    }
    ft_expr *o = parse_factor(p);
    ft_expr *e = E(p, FT_EXPR_UNARYOP, pos_from(p, st));
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = o;
    leave(p);
    return e;
}

/* ---- calls ---- */

static ft_expr *parse_genexp_after(P *p, int st, ft_expr *elt) {
    ft_comprehension_seq gens = parse_for_if_clauses(p);
    ft_expr *e = E(p, FT_EXPR_GENERATOREXP, pos_from(p, st));
    e->v.ListComp.elt = elt;
    e->v.ListComp.generators = gens;
    return e;
}

static bool at_for(P *p) {
    return TT(p) == K_FOR || (TT(p) == K_ASYNC && TTk(p, 1) == K_FOR);
}

/* After '(' of a call. Fills args/keywords; consumes ')'. */
static void parse_call_args(P *p, int lpar_tok, vec *args, vec *kws, bool allow_genexp) {
    bool seen_kw = false, seen_kwunpack = false;
    int nargs_total = 0;
    while (TT(p) != T_RPAR) {
        int st = p->pos;
        ft_token *t = CUR(p);
        nargs_total++;
        if (t->type == T_STAR) {
            advance(p);
            if (TT(p) == T_RPAR || TT(p) == T_COMMA) fail_tok(p, CUR(p), "Invalid star expression");
            ft_expr *v = parse_or_plain(p, spec_expression, NULL);
            if (!v) fail_tok(p, TK(p, p->spec_fail_max), "Invalid star expression");
            ft_expr *e = E(p, FT_EXPR_STARRED, pos_from(p, st));
            e->v.Starred.value = v;
            e->v.Starred.ctx = FT_CTX_LOAD;
            if (TT(p) == T_EQUAL) {
                advance(p);
                ft_expr *val = parse_expression(p);
                fail_range(p, pos_tok(TK(p, st)), val->pos, "cannot assign to iterable argument unpacking");
            }
            if (seen_kwunpack)
                fail_range(p, pos_tok(TK(p, st - 1)), e->pos,
                           "iterable argument unpacking follows keyword argument unpacking");
            vpush(p, args, e);
        } else if (t->type == T_DOUBLESTAR) {
            advance(p);
            ft_expr *v = parse_expression(p);
            ft_keyword *k = node_alloc(p, sizeof *k);
            k->arg = NULL;
            k->value = v;
            k->pos = pos_from(p, st);
            if (TT(p) == T_EQUAL) {
                advance(p);
                ft_expr *val = parse_expression(p);
                fail_range(p, k->pos, val->pos, "cannot assign to keyword argument unpacking");
            }
            vpush(p, kws, k);
            seen_kwunpack = true;
        } else if (t->type == T_NAME && TTk(p, 1) == T_EQUAL) {
            ft_token *nt = advance(p);
            ft_token *nt_eq = advance(p);
            if (TT(p) == T_RPAR || TT(p) == T_COMMA)
                fail_range(p, pos_tok(nt), pos_tok(TK(p, p->pos - 1)), "expected argument value expression");
            ft_expr *v = parse_expression(p);
            if (at_for(p))
                fail_range(p, pos_tok(nt), pos_tok(nt_eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (TT(p) == T_COLONEQUAL || TT(p) == T_EQUAL) fail_invalid(p);
            ft_keyword *k = node_alloc(p, sizeof *k);
            k->arg = tok_ident(p, nt);
            k->value = v;
            k->pos = pos_from(p, st);
            vpush(p, kws, k);
            seen_kw = true;
        } else {
            ft_expr *e;
            if ((t->type == K_TRUE || t->type == K_FALSE || t->type == K_NONE) && TTk(p, 1) == T_EQUAL) {
                fail_range(p, pos_tok(t), pos_tok(PEEK(p, 1)), "cannot assign to %s", 
                           t->type == K_TRUE ? "True" : t->type == K_FALSE ? "False" : "None");
            }
            if (seen_kw || seen_kwunpack) {
                /* after keywords CPython's first pass never enters a positional
                 * argument: if it does not parse, the error is at its start */
                e = parse_or_plain(p, spec_named_expression, NULL);
                if (!e) fail_tok(p, TK(p, st), "invalid syntax");
            } else {
                e = parse_named_expression(p);
            }
            if (at_for(p) && !allow_genexp) fail_invalid(p);
            if (at_for(p)) {
                /* generator expression argument */
                ft_expr *g = parse_genexp_after(p, st, e);
                if (nargs_total == 1 && TT(p) == T_RPAR) {
                    /* sole argument: the genexp spans the call's parentheses */
                    g->pos.lineno = (*TK(p, lpar_tok)).lineno;
                    g->pos.col_offset = (*TK(p, lpar_tok)).col;
                    g->pos.end_lineno = CUR(p)->end_lineno;
                    g->pos.end_col_offset = CUR(p)->end_col;
                    vpush(p, args, g);
                    break;
                }
                fail_node(p, g, "Generator expression must be parenthesized");
            }
            if (TT(p) == T_EQUAL) {
                int save = p->pos;
                advance(p);
                (void)save;
                fail_range(p, e->pos, pos_tok(TK(p, p->pos - 1)),
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            /* located at the furthest token CPython looked at: past a comma */
            ft_token *where = TT(p) == T_COMMA ? PEEK(p, 1) : CUR(p);
            if (seen_kwunpack) fail_tok(p, where, "positional argument follows keyword argument unpacking");
            if (seen_kw) fail_tok(p, where, "positional argument follows keyword argument");
            vpush(p, args, e);
        }
        if (TT(p) == T_COMMA) {
            advance(p);
            continue;
        }
        if (TT(p) != T_RPAR) {
            /* a generator expression after other arguments */
            if (at_for(p) && args->n > 0) {
                ft_expr *last = args->items[args->n - 1];
                ft_expr *g = parse_genexp_after(p, st, last);
                fail_node(p, g, "Generator expression must be parenthesized");
            }
            ft_expr *last = NULL;
            if (kws->n && ((ft_keyword *)kws->items[kws->n - 1])->pos.lineno == (*TK(p, st)).lineno &&
                ((ft_keyword *)kws->items[kws->n - 1])->pos.col_offset == (*TK(p, st)).col)
                last = ((ft_keyword *)kws->items[kws->n - 1])->value;
            else if (args->n)
                last = args->items[args->n - 1];
            if (last) fail_after_expr(p, last);
            fail_invalid(p);
        }
    }
    /* a genexp after a trailing comma: f(x for x in y, ) is fine in CPython? no: only sole arg */
    expect(p, T_RPAR);
}

/* ---- subscripts ---- */

static ft_expr *parse_slice(P *p) {
    int st = p->pos;
    ft_expr *lower = NULL, *upper = NULL, *step = NULL;
    if (TT(p) != T_COLON) {
        ft_expr *e = parse_named_expression(p);
        if (TT(p) != T_COLON) return e;
        if (e->kind == FT_EXPR_NAMEDEXPR) fail_invalid(p);
        lower = e;
    }
    expect(p, T_COLON);
    if (TT(p) != T_COLON && TT(p) != T_COMMA && TT(p) != T_RSQB) upper = parse_expression(p);
    if (accept(p, T_COLON)) {
        if (TT(p) != T_COMMA && TT(p) != T_RSQB) step = parse_expression(p);
    }
    ft_expr *e = E(p, FT_EXPR_SLICE, pos_from(p, st));
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

static ft_expr *parse_slice_or_starred(P *p) {
    if (TT(p) == T_STAR) {
        int st = p->pos;
        advance(p);
        ft_expr *v = parse_or_plain(p, spec_bitwise_or, NULL);
        if (!v) fail_tok(p, TK(p, p->spec_fail_max), "Invalid star expression");
        ft_expr *e = E(p, FT_EXPR_STARRED, pos_from(p, st));
        e->v.Starred.value = v;
        e->v.Starred.ctx = FT_CTX_LOAD;
        return e;
    }
    return parse_slice(p);
}

static ft_expr *parse_slices(P *p) {
    int st = p->pos;
    ft_expr *first = parse_slice_or_starred(p);
    if (TT(p) != T_COMMA) {
        if (first->kind == FT_EXPR_STARRED) {
            /* x[*a] is a one-element tuple */
            vec v = {0};
            vpush(p, &v, first);
            return mk_tuple(p, &v, pos_from(p, st), FT_CTX_LOAD);
        }
        return first;
    }
    vec v = {0};
    vpush(p, &v, first);
    while (accept(p, T_COMMA)) {
        if (TT(p) == T_RSQB) break;
        vpush(p, &v, parse_slice_or_starred(p));
    }
    return mk_tuple(p, &v, pos_from(p, st), FT_CTX_LOAD);
}

static ft_expr *parse_primary(P *p) {
    enter(p);
    int st = p->pos;
    ft_expr *a = parse_atom(p);
    for (;;) {
        int t = TT(p);
        if (t == T_DOT) {
            advance(p);
            ft_token *nt = CUR(p);
            if (nt->type != T_NAME) fail_invalid(p);
            advance(p);
            ft_expr *e = E(p, FT_EXPR_ATTRIBUTE, pos_from(p, st));
            e->v.Attribute.value = a;
            e->v.Attribute.attr = tok_ident(p, nt);
            e->v.Attribute.ctx = FT_CTX_LOAD;
            a = e;
        } else if (t == T_LPAR) {
            int lp = p->pos;
            advance(p);
            vec args = {0}, kws = {0};
            enter_n(p, DEPTH_TRAILER_BRACKET);
            parse_call_args(p, lp, &args, &kws, true);
            leave_n(p, DEPTH_TRAILER_BRACKET);
            ft_expr *e = E(p, FT_EXPR_CALL, pos_from(p, st));
            e->v.Call.func = a;
            e->v.Call.args = ESEQ(args);
            e->v.Call.keywords = SEQ(ft_keyword_seq, kws);
            a = e;
        } else if (t == T_LSQB) {
            advance(p);
            enter_n(p, DEPTH_TRAILER_BRACKET);
            ft_expr *s = parse_slices(p);
            if (TT(p) != T_RSQB) fail_after_expr(p, s);
            leave_n(p, DEPTH_TRAILER_BRACKET);
            advance(p);
            ft_expr *e = E(p, FT_EXPR_SUBSCRIPT, pos_from(p, st));
            e->v.Subscript.value = a;
            e->v.Subscript.slice = s;
            e->v.Subscript.ctx = FT_CTX_LOAD;
            a = e;
        } else {
            break;
        }
    }
    leave(p);
    return a;
}

/* ---- numbers ---- */

static ft_expr *parse_number(P *p) {
    ft_token *t = advance(p);
    size_t n = (size_t)(t->end - t->start);
    char sbuf[128];
    char *buf = n < sizeof sbuf ? sbuf : malloc(n + 1);
    if (!buf) fail_nomem(p);
    size_t k = 0;
    bool is_float = false, is_imag = false, is_hex = false;
    for (size_t i = 0; i < n; i++) {
        char c = t->start[i];
        if (c == '_') continue;
        buf[k++] = c;
    }
    buf[k] = 0;
    if (k > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X' || buf[1] == 'o' || buf[1] == 'O' ||
                                  buf[1] == 'b' || buf[1] == 'B'))
        is_hex = true;
    if (!is_hex) {
        for (size_t i = 0; i < k; i++) {
            if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') is_float = true;
            if (buf[i] == 'j' || buf[i] == 'J') is_imag = true;
        }
    }
    ft_obj *v;
    if (is_imag) {
        buf[k - 1] = 0;
        double d = strtod(buf, NULL);
        v = ft_complex_new(0.0, d);
    } else if (is_float) {
        v = ft_float_new(strtod(buf, NULL));
    } else {
        v = ft_int_from_str(t->start, n, 0);
        if (!v && ft_err_matches((ft_obj *)ft_exc_ValueError)) {
            ft_obj *exc = ft_err_fetch();
            ft_obj *msg = ft_str(exc);
            if (buf != sbuf) free(buf);
            fail_at(p, NULL, t->lineno, -1, t->lineno, -2,
                    "%s - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    msg ? ft_str_utf8(msg) : "invalid literal");
        }
    }
    if (buf != sbuf) free(buf);
    if (!v) bail(p);
    return mk_const(p, v, pos_tok(t));
}

/* ---- displays ---- */

static ft_expr *parse_comp_elt_check(P *p, ft_expr *e) {
    if (e->kind == FT_EXPR_STARRED) fail_node(p, e, "iterable unpacking cannot be used in comprehension");
    return e;
}

static ft_expr *parse_list_atom_inner(P *p);
static ft_expr *parse_list_atom(P *p) {
    enter_n(p, DEPTH_ATOM_BRACKET);
    ft_expr *e = parse_list_atom_inner(p);
    leave_n(p, DEPTH_ATOM_BRACKET);
    return e;
}

static ft_expr *parse_list_atom_inner(P *p) {
    int st = p->pos;
    advance(p);  /* [ */
    vec v = {0};
    if (TT(p) == T_RSQB) {
        advance(p);
        ft_expr *e = E(p, FT_EXPR_LIST, pos_from(p, st));
        e->v.List.ctx = FT_CTX_LOAD;
        return e;
    }
    ft_expr *first = parse_star_named_expression(p);
    if (at_for(p)) {
        parse_comp_elt_check(p, first);
        ft_comprehension_seq gens = parse_for_if_clauses(p);
        if (TT(p) != T_RSQB) fail_invalid(p);
        advance(p);
        ft_expr *e = E(p, FT_EXPR_LISTCOMP, pos_from(p, st));
        e->v.ListComp.elt = first;
        e->v.ListComp.generators = gens;
        return e;
    }
    vpush(p, &v, first);
    for (;;) {
        if (TT(p) == T_RSQB) break;
        if (TT(p) != T_COMMA) {
            if (at_for(p) && v.n > 1) fail_range(p, ((ft_expr *)v.items[0])->pos, ((ft_expr *)v.items[v.n - 1])->pos,
                                                 "did you forget parentheses around the comprehension target?");
            check_stray_assign(p, v.items[v.n - 1]);
            fail_after_expr(p, v.items[v.n - 1]);
        }
        advance(p);
        if (TT(p) == T_RSQB) break;
        vpush(p, &v, parse_star_named_expression(p));
    }
    advance(p);
    ft_expr *e = E(p, FT_EXPR_LIST, pos_from(p, st));
    e->v.List.elts = ESEQ(v);
    e->v.List.ctx = FT_CTX_LOAD;
    return e;
}

static ft_expr *parse_paren_atom_inner(P *p);
static ft_expr *parse_paren_atom(P *p) {
    enter_n(p, DEPTH_ATOM_BRACKET - 1);
    ft_expr *e = parse_paren_atom_inner(p);
    leave_n(p, DEPTH_ATOM_BRACKET - 1);
    return e;
}

static ft_expr *parse_paren_atom_inner(P *p) {
    int st = p->pos;
    advance(p);  /* ( */
    if (TT(p) == T_RPAR) {
        advance(p);
        ft_expr *e = E(p, FT_EXPR_TUPLE, pos_from(p, st));
        e->v.List.ctx = FT_CTX_LOAD;
        return e;
    }
    if (TT(p) == K_YIELD) {
        ft_expr *y = parse_yield_expr(p);
        if (TT(p) != T_RPAR) fail_invalid(p);
        advance(p);
        return y;
    }
    ft_expr *first = parse_star_named_expression(p);
    if (at_for(p)) {
        parse_comp_elt_check(p, first);
        ft_comprehension_seq gens = parse_for_if_clauses(p);
        if (TT(p) != T_RPAR) fail_invalid(p);
        advance(p);
        ft_expr *e = E(p, FT_EXPR_GENERATOREXP, pos_from(p, st));
        e->v.ListComp.elt = first;
        e->v.ListComp.generators = gens;
        return e;
    }
    if (TT(p) == T_RPAR) {
        advance(p);
        if (first->kind == FT_EXPR_STARRED) fail_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (TT(p) != T_COMMA) {
        check_stray_assign(p, first);
        fail_after_expr(p, first);
    }
    vec v = {0};
    vpush(p, &v, first);
    for (;;) {
        if (TT(p) == T_RPAR) break;
        if (TT(p) != T_COMMA) {
            check_stray_assign(p, v.items[v.n - 1]);
            fail_after_expr(p, v.items[v.n - 1]);
        }
        advance(p);
        if (TT(p) == T_RPAR) break;
        vpush(p, &v, parse_star_named_expression(p));
    }
    advance(p);
    return mk_tuple(p, &v, pos_from(p, st), FT_CTX_LOAD);
}

static _Noreturn void fail_starred_value(P *p) {
    int st = p->pos;
    advance(p);
    parse_bitwise_or(p);
    fail_range(p, pos_tok(TK(p, st)), pos_tok(TK(p, p->pos - 1)), "cannot use a starred expression in a dictionary value");
}

static ft_expr *parse_brace_atom_inner(P *p);
static ft_expr *parse_brace_atom(P *p) {
    enter_n(p, DEPTH_ATOM_BRACKET);
    ft_expr *e = parse_brace_atom_inner(p);
    leave_n(p, DEPTH_ATOM_BRACKET);
    return e;
}

static ft_expr *parse_brace_atom_inner(P *p) {
    int st = p->pos;
    advance(p);  /* { */
    if (TT(p) == T_RBRACE) {
        advance(p);
        return E(p, FT_EXPR_DICT, pos_from(p, st));
    }
    vec keys = {0}, values = {0};
    bool is_dict;
    ft_expr *first_k = NULL, *first_v = NULL;
    if (TT(p) == T_DOUBLESTAR) {
        int dst = p->pos;
        advance(p);
        first_v = parse_bitwise_or(p);
        is_dict = true;
        if (at_for(p)) fail_tok(p, TK(p, dst), "dict unpacking cannot be used in dict comprehension");
    } else {
        first_k = parse_star_named_expression(p);
        is_dict = TT(p) == T_COLON;
        if (is_dict) {
            if (first_k->kind == FT_EXPR_STARRED) fail_invalid(p);
            advance(p);
            if (TT(p) == T_STAR) fail_starred_value(p);
            if (TT(p) == T_RBRACE || TT(p) == T_COMMA)
                fail_tok(p, TK(p, p->pos - 1), "expression expected after dictionary key and ':'");
            first_v = parse_expression(p);
            if (at_for(p)) {
                ft_comprehension_seq gens = parse_for_if_clauses(p);
                if (TT(p) != T_RBRACE) fail_invalid(p);
                advance(p);
                ft_expr *e = E(p, FT_EXPR_DICTCOMP, pos_from(p, st));
                e->v.DictComp.key = first_k;
                e->v.DictComp.value = first_v;
                e->v.DictComp.generators = gens;
                return e;
            }
        } else if (at_for(p)) {
            parse_comp_elt_check(p, first_k);
            ft_comprehension_seq gens = parse_for_if_clauses(p);
            if (TT(p) != T_RBRACE) fail_invalid(p);
            advance(p);
            ft_expr *e = E(p, FT_EXPR_SETCOMP, pos_from(p, st));
            e->v.ListComp.elt = first_k;
            e->v.ListComp.generators = gens;
            return e;
        }
    }
    if (is_dict) {
        vpush(p, &keys, first_k);
        vpush(p, &values, first_v);
        for (;;) {
            if (TT(p) == T_RBRACE) break;
            if (TT(p) != T_COMMA) fail_after_expr(p, values.items[values.n - 1]);
            advance(p);
            if (TT(p) == T_RBRACE) break;
            if (accept(p, T_DOUBLESTAR)) {
                vpush(p, &keys, NULL);
                vpush(p, &values, parse_bitwise_or(p));
            } else {
                ft_expr *k = parse_expression(p);
                if (TT(p) != T_COLON) {
                    if (TT(p) == T_COMMA || TT(p) == T_RBRACE)
                        fail_at(p, NULL, k->pos.lineno, k->pos.col_offset, k->pos.lineno, -2,
                                "':' expected after dictionary key");
                    fail_after_expr(p, k);
                }
                advance(p);
                if (TT(p) == T_STAR) fail_starred_value(p);
                if (TT(p) == T_RBRACE || TT(p) == T_COMMA)
                    fail_tok(p, TK(p, p->pos - 1), "expression expected after dictionary key and ':'");
                vpush(p, &keys, k);
                vpush(p, &values, parse_expression(p));
            }
        }
        advance(p);
        ft_expr *e = E(p, FT_EXPR_DICT, pos_from(p, st));
        e->v.Dict.keys = ESEQ(keys);
        e->v.Dict.values = ESEQ(values);
        return e;
    }
    vec v = {0};
    vpush(p, &v, first_k);
    for (;;) {
        if (TT(p) == T_RBRACE) break;
        if (TT(p) != T_COMMA) {
            if (at_for(p) && v.n > 1) fail_range(p, ((ft_expr *)v.items[0])->pos, ((ft_expr *)v.items[v.n - 1])->pos,
                                                 "did you forget parentheses around the comprehension target?");
            check_stray_assign(p, v.items[v.n - 1]);
            fail_after_expr(p, v.items[v.n - 1]);
        }
        advance(p);
        if (TT(p) == T_RBRACE) break;
        vpush(p, &v, parse_star_named_expression(p));
    }
    advance(p);
    ft_expr *e = E(p, FT_EXPR_SET, pos_from(p, st));
    e->v.Set.elts = ESEQ(v);
    return e;
}

static ft_expr *parse_atom(P *p) {
    ft_token *t = CUR(p);
    switch (t->type) {
    case T_NAME:
        advance(p);
        return mk_name(p, t, FT_CTX_LOAD);
    case K_TRUE: advance(p); return mk_const(p, ft_True, pos_tok(t));
    case K_FALSE: advance(p); return mk_const(p, ft_False, pos_tok(t));
    case K_NONE: advance(p); return mk_const(p, ft_None, pos_tok(t));
    case T_ELLIPSIS: advance(p); return mk_const(p, ft_Ellipsis, pos_tok(t));
    case T_NUMBER: return parse_number(p);
    case T_STRING: case T_FSTRING_START: return parse_strings(p);
    case T_LPAR: return parse_paren_atom(p);
    case T_LSQB: return parse_list_atom(p);
    case T_LBRACE: return parse_brace_atom(p);
    default:
        fail_invalid(p);
    }
}

/* ---- comprehensions ---- */

/* star_targets for `for` loops and comprehensions: stops before 'in'. */
static ft_expr *parse_star_target_elt(P *p) {
    if (TT(p) == T_STAR) {
        int st = p->pos;
        advance(p);
        if (TT(p) == T_STAR) fail_invalid(p);
        ft_expr *v = parse_star_target_elt(p);
        ft_expr *e = E(p, FT_EXPR_STARRED, pos_from(p, st));
        e->v.Starred.value = v;
        e->v.Starred.ctx = FT_CTX_STORE;
        return e;
    }
    return parse_bitwise_or(p);
}

static ft_expr *parse_star_targets_raw(P *p) {
    int st = p->pos;
    ft_expr *first = parse_star_target_elt(p);
    if (TT(p) != T_COMMA) return first;
    vec v = {0};
    vpush(p, &v, first);
    while (accept(p, T_COMMA)) {
        if (!starts_expression(TT(p)) && TT(p) != T_STAR) break;
        vpush(p, &v, parse_star_target_elt(p));
    }
    return mk_tuple(p, &v, pos_from(p, st), FT_CTX_STORE);
}

static ft_comprehension_seq parse_for_if_clauses(P *p) {
    vec gens = {0};
    while (at_for(p)) {
        int is_async = 0;
        if (TT(p) == K_ASYNC) { advance(p); is_async = 1; }
        advance(p);  /* for */
        ft_expr *target = parse_star_targets_raw(p);
        if (TT(p) != K_IN) fail_tok(p, CUR(p), "'in' expected after for-loop variables");
        advance(p);
        if (invalid_target(target, TGT_FOR)) {
            /* CPython reads the iterable before reporting the target */
            int save = p->pos;
            speculate(p, spec_disjunction, NULL);
            p->pos = save;
        }
        make_target(p, target, TGT_FOR);
        ft_expr *iter = parse_disjunction(p);
        vec ifs = {0};
        while (TT(p) == K_IF) {
            advance(p);
            vpush(p, &ifs, parse_disjunction(p));
        }
        ft_comprehension *c = node_alloc(p, sizeof *c);
        c->target = target;
        c->iter = iter;
        c->ifs = ESEQ(ifs);
        c->is_async = is_async;
        vpush(p, &gens, c);
    }
    return SEQ(ft_comprehension_seq, gens);
}

/* ---- yield / lambda ---- */

static ft_expr *parse_yield_expr(P *p) {
    int st = p->pos;
    advance(p);  /* yield */
    if (accept(p, K_FROM)) {
        ft_expr *v = parse_expression(p);
        ft_expr *e = E(p, FT_EXPR_YIELDFROM, pos_from(p, st));
        e->v.Await.value = v;
        return e;
    }
    ft_expr *v = NULL;
    if (starts_expression(TT(p)) || TT(p) == T_STAR) v = parse_star_expressions(p);
    ft_expr *e = E(p, FT_EXPR_YIELD, pos_from(p, st));
    e->v.Await.value = v;
    return e;
}

static ft_arg *mk_arg(P *p, ft_token *name, ft_expr *ann) {
    ft_arg *a = node_alloc(p, sizeof *a);
    a->arg = tok_ident(p, name);
    a->annotation = ann;
    a->pos = pos_tok(name);
    if (ann) {
        a->pos.end_lineno = ann->pos.end_lineno;
        a->pos.end_col_offset = ann->pos.end_col_offset;
    }
    return a;
}

/* Parameters of def (is_lambda false; stops at ')') or lambda (stops at ':'). */
static ft_arguments *parse_params(P *p, bool is_lambda) {
    ft_arguments *A = node_alloc(p, sizeof *A);
    vec posonly = {0}, args = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    int closer = is_lambda ? T_COLON : T_RPAR;
    bool seen_slash = false, seen_star = false, seen_default = false;
    int star_tok = -1;
    while (TT(p) != closer) {
        ft_token *t = CUR(p);
        if ((*TK(p, p->pos)).type == T_ERROR) fail_invalid(p);
        if (t->type == T_SLASH) {
            if (seen_slash) fail_tok(p, t, "/ may appear only once");
            if (seen_star) fail_tok(p, t, "/ must be ahead of *");
            if (args.n == 0) fail_tok(p, t, "at least one argument must precede /");
            advance(p);
            if (TT(p) == T_STAR) fail_tok(p, CUR(p), "expected comma between / and *");
            seen_slash = true;
            for (ft_ssize i = 0; i < args.n; i++) vpush(p, &posonly, args.items[i]);
            args.n = 0;
        } else if (t->type == T_STAR) {
            if (seen_star) fail_tok(p, t, "* argument may appear only once");
            if (A->kwarg) fail_tok(p, t, "arguments cannot follow var-keyword argument");
            star_tok = p->pos;
            advance(p);
            seen_star = true;
            if (TT(p) == T_NAME) {
                ft_token *nt = advance(p);
                ft_expr *ann = NULL;
                if (!is_lambda && accept(p, T_COLON)) ann = parse_star_expression(p);
                A->vararg = mk_arg(p, nt, ann);
                if (TT(p) == T_EQUAL) fail_tok(p, CUR(p), "var-positional argument cannot have default value");
            } else if (TT(p) == T_COMMA) {
                if (TTk(p, 1) == closer || (TTk(p, 1) == T_DOUBLESTAR))
                    fail_tok(p, is_lambda ? PEEK(p, 1) : TK(p, star_tok), "named arguments must follow bare *");
            } else if (TT(p) == closer) {
                fail_tok(p, is_lambda ? CUR(p) : TK(p, star_tok), "named arguments must follow bare *");
            } else {
                fail_invalid(p);
            }
        } else if (t->type == T_DOUBLESTAR) {
            if (A->kwarg) fail_tok(p, t, "arguments cannot follow var-keyword argument");
            advance(p);
            if (TT(p) != T_NAME) fail_invalid(p);
            ft_token *nt = advance(p);
            ft_expr *ann = NULL;
            if (!is_lambda && accept(p, T_COLON)) ann = parse_expression(p);
            A->kwarg = mk_arg(p, nt, ann);
            if (TT(p) == T_EQUAL) fail_tok(p, CUR(p), "var-keyword argument cannot have default value");
            if (TT(p) == T_COMMA && TTk(p, 1) != closer) {
                advance(p);
                fail_tok(p, CUR(p), "arguments cannot follow var-keyword argument");
            }
        } else if (t->type == T_NAME) {
            if (A->kwarg) fail_tok(p, t, "arguments cannot follow var-keyword argument");
            ft_token *nt = advance(p);
            ft_expr *ann = NULL;
            if (!is_lambda && accept(p, T_COLON)) ann = parse_expression(p);
            ft_arg *a = mk_arg(p, nt, ann);
            ft_expr *def = NULL;
            if (TT(p) == T_EQUAL) {
                ft_token *eq = advance(p);
                if (TT(p) == T_COMMA || (TT(p) == closer && !is_lambda)) fail_tok(p, eq, "expected default value expression");
                if (TT(p) == closer) fail_invalid(p);
                def = parse_expression(p);
            }
            if (TT(p) != T_COMMA && TT(p) != closer) fail_invalid(p);
            if (seen_star) {
                vpush(p, &kwonly, a);
                vpush(p, &kwdefaults, def);
            } else {
                if (def) {
                    seen_default = true;
                    vpush(p, &defaults, def);
                } else if (seen_default) {
                    fail_range(p, a->pos, a->pos, "parameter without a default follows parameter with a default");
                }
                vpush(p, &args, a);
            }
        } else if (t->type == T_LPAR && !seen_star && !seen_slash && !seen_default) {
            int depth = 0, i = p->pos;
            for (;; i++) {
                int tt = tok_at(p, i)->type;
                if (tt == T_LPAR) depth++;
                else if (tt == T_RPAR && --depth == 0) break;
                else if (tt == T_NEWLINE || tt == T_ENDMARKER || tt == T_ERROR) fail_invalid(p);
            }
            ft_token *rp = TK(p, i);
            fail_range(p, pos_tok(TK(p, p->pos)), pos_tok(rp), is_lambda ?
                       "Lambda expression parameters cannot be parenthesized" :
                       "Function parameters cannot be parenthesized");
        } else {
            fail_invalid(p);
        }
        if (TT(p) == T_COMMA) {
            advance(p);
            continue;
        }
        if (TT(p) != closer) {
            if (!is_lambda && TT(p) == T_COLON && t->type == T_NAME) fail_invalid(p);
            fail_invalid(p);
        }
    }
    A->posonlyargs = SEQ(ft_arg_seq, posonly);
    A->args = SEQ(ft_arg_seq, args);
    A->kwonlyargs = SEQ(ft_arg_seq, kwonly);
    A->kw_defaults = ESEQ(kwdefaults);
    A->defaults = ESEQ(defaults);
    return A;
}

static ft_expr *parse_lambdef(P *p) {
    int st = p->pos;
    enter(p);
    advance(p);  /* lambda */
    ft_arguments *args = parse_params(p, true);
    expect(p, T_COLON);
    ft_expr *body = parse_expression(p);
    leave(p);
    ft_expr *e = E(p, FT_EXPR_LAMBDA, pos_from(p, st));
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

/* ======================================================================
 * String literals and f-strings
 * ====================================================================== */

/* Byte buffers for literal text live in GC memory (FT_GC_ATOMIC): an error
 * unwinding with longjmp leaves nothing to free. */
typedef struct { char *b; size_t n, cap; } cbuf;

static void cb_put(P *p, cbuf *c, const char *s, size_t n) {
    if (c->n + n + 1 > c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 64;
        while (ncap < c->n + n + 1) ncap *= 2;
        char *nb = ft_gc_alloc(ncap, FT_GC_ATOMIC);
        if (!nb) fail_nomem(p);
        if (c->n) memcpy(nb, c->b, c->n);
        c->b = nb;
        c->cap = ncap;
    }
    memcpy(c->b + c->n, s, n);
    c->n += n;
    c->b[c->n] = 0;
}
static void cb_putc(P *p, cbuf *c, char ch) { cb_put(p, c, &ch, 1); }
static void cb_put_cp(P *p, cbuf *c, uint32_t cp) {
    char out[4];
    int n;
    if (cp < 0x80) { out[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    cb_put(p, c, out, (size_t)n);
}

/* \N{...}: the full name table (unicode_tables.c, from CPython's unicodedata). */
static bool lookup_uname(const char *s, size_t n, uint32_t *cp) { return ft_unicode_lookup_name(s, n, cp); }

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode the body s[0..n) of a literal into out. errtok locates errors. */
static void decode_body(P *p, cbuf *out, const char *s, size_t n, bool raw, bool bytes, ft_ast_pos errpos) {
    if (bytes) {
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80) {
                fail_range(p, errpos, errpos, "bytes can only contain ASCII literal characters");
            }
    }
    if (raw) { cb_put(p, out, s, n); return; }
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        if (!bs) { cb_put(p, out, s + i, n - i); break; }
        size_t j = (size_t)(bs - s);
        if (j > i) cb_put(p, out, s + i, j - i);
        size_t esc = j;
        j++;
        if (j >= n) { cb_putc(p, out, '\\'); break; }
        char c = s[j++];
        switch (c) {
        case '\n': break;
        case '\\': cb_putc(p, out, '\\'); break;
        case '\'': cb_putc(p, out, '\''); break;
        case '"': cb_putc(p, out, '"'); break;
        case 'a': cb_putc(p, out, '\a'); break;
        case 'b': cb_putc(p, out, '\b'); break;
        case 'f': cb_putc(p, out, '\f'); break;
        case 'n': cb_putc(p, out, '\n'); break;
        case 'r': cb_putc(p, out, '\r'); break;
        case 't': cb_putc(p, out, '\t'); break;
        case 'v': cb_putc(p, out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && j < n && s[j] >= '0' && s[j] <= '7'; k++) v = v * 8 + (unsigned)(s[j++] - '0');
            if (bytes) cb_putc(p, out, (char)(v & 0xFF));
            else cb_put_cp(p, out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') { cb_putc(p, out, '\\'); cb_putc(p, out, c); break; }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k;
            for (k = 0; k < digits && j < n && hexval((unsigned char)s[j]) >= 0; k++) v = v * 16 + (uint32_t)hexval((unsigned char)s[j++]);
            if (k < digits) {
                if (bytes) fail_range(p, errpos, errpos, "(value error) invalid \\x escape at position %zu", esc);
                fail_range(p, errpos, errpos,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%s escape",
                           esc, j - 1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
            }
            if (bytes) { cb_putc(p, out, (char)v); break; }
            if (v > 0x10FFFF) {
                fail_range(p, errpos, errpos,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                           esc, j - 1);
            }
            cb_put_cp(p, out, v);
            break;
        }
        case 'N': {
            if (bytes) { cb_putc(p, out, '\\'); cb_putc(p, out, 'N'); break; }
            if (j >= n || s[j] != '{') {
                fail_range(p, errpos, errpos,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                           esc, j - 1);
            }
            const char *close = memchr(s + j, '}', n - j);
            if (!close || close == s + j + 1) {
                size_t endi = close ? (size_t)(close - s) : j;
                fail_range(p, errpos, errpos,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                           esc, endi);
            }
            uint32_t cp;
            size_t nstart = j + 1, nlen = (size_t)(close - s) - nstart;
            if (!lookup_uname(s + nstart, nlen, &cp)) {
                fail_range(p, errpos, errpos,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: unknown Unicode character name",
                           esc, (size_t)(close - s));
            }
            j = (size_t)(close - s) + 1;
            cb_put_cp(p, out, cp);
            break;
        }
        default:
            /* invalid escape sequence: kept as is (CPython warns) */
            cb_putc(p, out, '\\');
            j--;
            break;
        }
        i = j;
    }
}

static ft_obj *cb_to_str(P *p, cbuf *c) {
    ft_obj *s = ft_str_new_trusted(c->b ? c->b : "", (ft_ssize)c->n, -1);
    c->b = NULL;
    c->n = c->cap = 0;
    if (!s) bail(p);
    return s;
}

/* Literal text accumulated between formatted values. */
typedef struct {
    cbuf text;
    bool have_text;
    ft_ast_pos text_pos;
    vec values;      /* ft_expr* pieces */
} fparts;

static void fp_flush(P *p, fparts *fp) {
    if (fp->have_text && fp->text.n > 0) {
        ft_obj *s = cb_to_str(p, &fp->text);
        vpush(p, &fp->values, mk_const(p, s, fp->text_pos));
    }
    fp->text.b = NULL;
    fp->text.n = fp->text.cap = 0;
    fp->have_text = false;
}

static void fp_text(P *p, fparts *fp, const char *s, size_t n, bool raw, ft_ast_pos pos) {
    if (!fp->have_text) { fp->have_text = true; fp->text_pos = pos; }
    else { fp->text_pos.end_lineno = pos.end_lineno; fp->text_pos.end_col_offset = pos.end_col_offset; }
    decode_body(p, &fp->text, s, n, raw, false, pos);
}

/* FSTRING_MIDDLE text: undouble braces, then decode escapes. Errors in
 * the text are reported at the f-string's closing token, as CPython does
 * (it decodes when the whole f-string has been read). */
static void fp_middle(P *p, fparts *fp, ft_token *t, bool raw, bool in_spec) {
    size_t n = (size_t)(t->end - t->start);
    char *tmp = ft_gc_alloc(n + 1, FT_GC_ATOMIC);
    if (!tmp) fail_nomem(p);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = t->start[i];
        tmp[k++] = c;
        if (!in_spec && (c == '{' || c == '}') && i + 1 < n && t->start[i + 1] == c) i++;
    }
    ft_ast_pos errpos = pos_tok(t);
    if (memchr(tmp, '\\', k) && !raw) {
        int depth = 0;
        for (int i = p->pos;; i++) {
            ft_token *u = tok_at(p, i);
            if (u->type == T_FSTRING_START) depth++;
            else if (u->type == T_FSTRING_END) {
                if (depth == 0) { errpos = pos_tok(u); break; }
                depth--;
            } else if (u->type == T_ENDMARKER || u->type == T_ERROR) break;
        }
    }
    if (!fp->have_text) { fp->have_text = true; fp->text_pos = pos_tok(t); }
    else { fp->text_pos.end_lineno = t->end_lineno; fp->text_pos.end_col_offset = t->end_col; }
    decode_body(p, &fp->text, tmp, k, raw, false, errpos);
}

static ft_expr *parse_fstring_field(P *p, bool raw, fparts *fp);

/* Format spec after ':' up to (not including) the closing '}'. */
static ft_expr *parse_format_spec(P *p, bool raw) {
    int st = p->pos;
    fparts fp = {0};
    ft_ast_pos pos = pos_tok(CUR(p));
    while (TT(p) == T_FSTRING_MIDDLE || TT(p) == T_LBRACE) {
        if (TT(p) == T_FSTRING_MIDDLE) {
            fp_middle(p, &fp, advance(p), raw, true);
        } else {
            ft_expr *fv = parse_fstring_field(p, raw, &fp);
            fp_flush(p, &fp);
            vpush(p, &fp.values, fv);
        }
    }
    fp_flush(p, &fp);
    /* the spec's JoinedStr starts at the ':' */
    if (p->pos > st) pos = pos_from(p, st - 1);
    else pos = pos_tok(TK(p, st - 1));
    ft_expr *e = E(p, FT_EXPR_JOINEDSTR, pos);
    e->v.JoinedStr.values = ESEQ(fp.values);
    return e;
}

static ft_expr *parse_fstring_field(P *p, bool raw, fparts *outer) {
    int st = p->pos;
    ft_token *lb = advance(p);  /* { */
    int t = TT(p);
    if (t == T_RBRACE || t == T_EXCLAMATION || t == T_COLON || t == T_EQUAL) {
        const char *w = t == T_RBRACE ? "}" : t == T_EXCLAMATION ? "!" : t == T_COLON ? ":" : "=";
        fail_tok(p, CUR(p), "f-string: valid expression required before '%s'", w);
    }
    if (t == T_FSTRING_END) fail_tok(p, CUR(p), "f-string: expecting '}'");
    if (!starts_expression(t) && t != K_YIELD && t != T_STAR)
        fail_tok(p, CUR(p), "f-string: expecting a valid expression after '{'");
    ft_expr *value;
    if (t == K_YIELD) value = parse_yield_expr(p);
    else if (t == K_LAMBDA) {
        int lst = p->pos;
        advance(p);
        /* the ':' of a lambda ends the expression part: CPython reports it */
        while (TT(p) != T_COLON && TT(p) != T_RBRACE && TT(p) != T_FSTRING_END && TT(p) != T_ENDMARKER) advance(p);
        if (TT(p) == T_COLON) advance(p);
        fail_range(p, pos_tok(TK(p, lst)), pos_tok(TK(p, p->pos - 1 > lst ? p->pos - 1 : lst)),
                   "f-string: lambda expressions are not allowed without parentheses");
    }
    else {
        int first = p->pos;
        value = parse_or_plain(p, spec_star_expressions, NULL);
        if (!value) fail_tok(p, TK(p, first), "f-string: expecting a valid expression after '{'");
    }
    bool debug = false;
    if (TT(p) != T_EQUAL && TT(p) != T_EXCLAMATION && TT(p) != T_COLON && TT(p) != T_RBRACE &&
        TT(p) != T_FSTRING_END && TT(p) != T_FSTRING_MIDDLE) {
        if (starts_expression(TT(p))) fail_after_expr(p, value);
        fail_tok(p, CUR(p), "f-string: expecting '=', or '!', or ':', or '}'");
    }
    if (TT(p) == T_EQUAL) {
        advance(p);
        debug = true;
        ft_token *nx = CUR(p);
        /* the expression text, whitespace included, becomes literal text */
        if (outer) {
            ft_ast_pos dp = { lb->end_lineno, lb->end_col, nx->lineno, nx->col };
            if (!outer->have_text) { outer->have_text = true; outer->text_pos = dp; }
            /* the literal (with the debug text) ends where the conversion/spec/'}' starts */
            outer->text_pos.end_lineno = nx->lineno;
            outer->text_pos.end_col_offset = nx->col;
            /* token texts verbatim; the gaps between them without comments */
            const char *prev = lb->end;
            for (int i = st + 1; i <= p->pos; i++) {
                ft_token *u = TK(p, i);
                const char *g = prev;
                while (g < u->start) {
                    if (*g == '#') {
                        while (g < u->start && *g != '\n') g++;
                        continue;
                    }
                    cb_putc(p, &outer->text, *g++);
                }
                if (i < p->pos) cb_put(p, &outer->text, u->start, (size_t)(u->end - u->start));
                prev = u->end > u->start ? u->end : prev;
            }
        }
    }
    int conversion = -1;
    if (debug && TT(p) != T_EXCLAMATION && TT(p) != T_COLON && TT(p) != T_RBRACE && TT(p) != T_FSTRING_END &&
        TT(p) != T_FSTRING_MIDDLE && TT(p) != T_ERROR)
        fail_tok(p, CUR(p), "f-string: expecting '!', or ':', or '}'");
    if (TT(p) == T_EXCLAMATION) {
        ft_token *ex = advance(p);
        ft_token *ct = CUR(p);
        if (ct->type == T_RBRACE || ct->type == T_COLON || ct->type == T_FSTRING_END || ct->type == T_EQUAL)
            fail_tok(p, ct, "f-string: missing conversion character");
        if (ct->start != ex->end)
            fail_range(p, pos_tok(ex), pos_tok(ct), "f-string: conversion type must come right after the exclamanation mark");
        if (ct->type != T_NAME && !(ct->type >= K_FALSE && ct->type <= K_YIELD)) fail_invalid(p);
        advance(p);
        size_t cn = (size_t)(ct->end - ct->start);
        if (cn != 1 || (ct->start[0] != 's' && ct->start[0] != 'r' && ct->start[0] != 'a'))
            fail_tok(p, ct, "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'", (int)cn, ct->start);
        conversion = ct->start[0];
    }
    if (conversion != -1 && TT(p) != T_COLON && TT(p) != T_RBRACE) fail_tok(p, CUR(p), "f-string: expecting ':' or '}'");
    ft_expr *spec = NULL;
    if (TT(p) == T_COLON) {
        advance(p);
        spec = parse_format_spec(p, raw);
    }
    if (TT(p) != T_RBRACE) {
        if (TT(p) == T_FSTRING_END || TT(p) == T_FSTRING_MIDDLE)
            fail_tok(p, CUR(p), "f-string: expecting '}'");
        if (value && TT(p) != T_ERROR) fail_after_expr(p, value);
        fail_invalid(p);
    }
    advance(p);
    if (debug && conversion == -1 && !spec) conversion = 'r';
    ft_expr *e = E(p, FT_EXPR_FORMATTEDVALUE, pos_from(p, st));
    e->v.FormattedValue.value = value;
    e->v.FormattedValue.conversion = conversion;
    e->v.FormattedValue.format_spec = spec;
    if (outer && debug) {
        /* debug text precedes the value in the enclosing string */
    }
    return e;
}

static void prefix_of(ft_token *t, bool *raw, bool *bytes, bool *is_u, const char **body_start) {
    const char *q = t->start;
    *raw = *bytes = *is_u = false;
    while (*q != '\'' && *q != '"') {
        switch (*q) {
        case 'r': case 'R': *raw = true; break;
        case 'b': case 'B': *bytes = true; break;
        case 'u': *is_u = true; break;  /* Constant.kind is 'u' only for a lowercase prefix */
        case 'U': break;
        default: break;
        }
        q++;
    }
    *body_start = q;
}

static ft_expr *parse_strings(P *p) {
    int st = p->pos;
    fparts fp = {0};
    cbuf bytes_buf = {0};
    int kind = -1;  /* 0 str, 1 bytes */
    bool any_f = false, first_u = false;
    bool first = true;
    while (TT(p) == T_STRING || TT(p) == T_FSTRING_START) {
        ft_token *t = CUR(p);
        bool raw, bytes, is_u;
        const char *q;
        prefix_of(t, &raw, &bytes, &is_u, &q);
        if (first) first_u = is_u;
        first = false;
        int k = bytes ? 1 : 0;
        if (kind >= 0 && kind != k) {
            /* CPython reports after the whole run of strings */
            while (TT(p) == T_STRING || TT(p) == T_FSTRING_START) {
                if (TT(p) == T_STRING) advance(p);
                else { int lvl = 0; do { if (TT(p) == T_FSTRING_START) lvl++; if (TT(p) == T_FSTRING_END) lvl--; advance(p); } while (lvl > 0); }
            }
            fail_tok(p, CUR(p), "cannot mix bytes and nonbytes literals");
        }
        kind = k;
        if (t->type == T_STRING) {
            advance(p);
            char qc = *q;
            size_t qn = (q + 2 < t->end && q[1] == qc && q[2] == qc && (size_t)(t->end - q) >= 6) ? 3 : 1;
            const char *bs = q + qn, *be = t->end - qn;
            if (bytes) decode_body(p, &bytes_buf, bs, (size_t)(be - bs), raw, true, pos_tok(t));
            else fp_text(p, &fp, bs, (size_t)(be - bs), raw, pos_tok(t));
        } else {
            any_f = true;
            advance(p);
            for (;;) {
                int tt = TT(p);
                if (tt == T_FSTRING_MIDDLE) {
                    fp_middle(p, &fp, advance(p), raw, false);
                } else if (tt == T_LBRACE) {
                    /* debug text (x=) is added to the pending literal by the field */
                    ft_expr *fv;
                    {
                        fparts *outer = &fp;
                        fv = parse_fstring_field(p, raw, outer);
                    }
                    fp_flush(p, &fp);
                    vpush(p, &fp.values, fv);
                } else if (tt == T_FSTRING_END) {
                    advance(p);
                    break;
                } else {
                    fail_invalid(p);
                }
            }
        }
    }
    ft_ast_pos pos = pos_from(p, st);
    if (kind == 1) {
        ft_obj *b = ft_bytes_new(bytes_buf.b ? bytes_buf.b : "", (ft_ssize)bytes_buf.n);
        if (!b) bail(p);
        return mk_const(p, b, pos);
    }
    if (!any_f) {
        ft_obj *s = fp.have_text ? cb_to_str(p, &fp.text) : NULL;
        if (!s) {
            s = ft_str_new("", 0);
            if (!s) bail(p);
        }
        ft_expr *e = mk_const(p, s, pos);
        if (first_u) e->v.Constant.kind = cstr_ident(p, "u");
        return e;
    }
    fp_flush(p, &fp);
    ft_expr *e = E(p, FT_EXPR_JOINEDSTR, pos);
    e->v.JoinedStr.values = ESEQ(fp.values);
    return e;
}

/* ======================================================================
 * Statements
 * ====================================================================== */

/* A compound statement ends at the last non-whitespace token of its last
 * block (CPython's EXTRA: a trailing ';' counts, NEWLINE/INDENT/DEDENT do not). */
static ft_ast_pos stmt_end_here(P *p, ft_ast_pos start) {
    int i = p->pos - 1;
    while (i > 0 && (TK(p, i)->type == T_NEWLINE || TK(p, i)->type == T_INDENT || TK(p, i)->type == T_DEDENT)) i--;
    ft_token *e = TK(p, i);
    return (ft_ast_pos){ start.lineno, start.col_offset, e->end_lineno, e->end_col };
}
#define stmt_end_pos(start, body) stmt_end_here(p, (start))

/* ':' where CPython either forces it (def, else, try, finally) or reports
 * "expected ':'" only in front of a NEWLINE. */
static _Noreturn void fail_after_expr(P *p, ft_expr *a);

/* ':' after an expression (if/while/for/with/case headers): an expression
 * start instead is reported like CPython's invalid_expression would. */
static void need_colon_after(P *p, bool forced, ft_expr *e) {
    if (TT(p) != T_COLON && TT(p) != T_NEWLINE && e && starts_expression(TT(p)) && TT(p) != K_NOT)
        fail_after_expr(p, e);
}

static void need_colon(P *p, bool forced) {
    if (TT(p) == T_COLON) { advance(p); return; }
    if (TT(p) == T_ERROR && !p->lx.errored) fail_invalid(p);
    if (forced || TT(p) == T_NEWLINE) fail_tok(p, CUR(p), "expected ':'");
    fail_invalid(p);
}

static void parse_simple_stmts(P *p, vec *out);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static ft_stmt_seq parse_block(P *p, const char *what, int what_line) {
    vec body = {0};
    if (TT(p) == T_NEWLINE) {
        advance(p);
        if (TT(p) != T_INDENT) {
            ft_token *t = CUR(p);
            if (t->type == T_ERROR && !p->lx.errored) fail_invalid(p);
            fail_at(p, ft_exc_IndentationError, t->lineno, t->col, t->end_lineno, t->end_col,
                    "expected an indented block after %s on line %d", what, what_line);
        }
        advance(p);
        while (TT(p) != T_DEDENT && TT(p) != T_ENDMARKER) parse_statement_into(p, &body);
        accept(p, T_DEDENT);
    } else {
        if (TT(p) == T_ENDMARKER || TT(p) == T_INDENT || TT(p) == T_DEDENT) fail_invalid(p);
        parse_simple_stmts(p, &body);
    }
    return SSEQ(body);
}


static void *spec_atom(P *p, void *arg) { (void)arg; return parse_atom(p); }

/* Is this yield expression written without parentheses? */
static bool yield_unparenthesized(P *p, ft_expr *y) {
    for (int i = 0; i < p->ntoks; i++) {
        ft_token *t = TK(p, i);
        if (t->lineno == y->pos.lineno && t->col == y->pos.col_offset) return t->type == K_YIELD && (i == 0 || (*TK(p, i - 1)).type != T_LPAR);
    }
    return true;
}

/* assignment / expression statement */
static ft_stmt *parse_expr_stmt(P *p) {
    int st = p->pos;
    ft_expr *first = TT(p) == K_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
    int t = TT(p);
    if (t == T_COLON) {
        /* annotated assignment; an invalid target is reported only when an
         * annotation follows (CPython's invalid_ann_assign_target) */
        bool bad_target = first->kind != FT_EXPR_NAME && first->kind != FT_EXPR_ATTRIBUTE &&
                          first->kind != FT_EXPR_SUBSCRIPT;
        if (bad_target) {
            int colon = p->pos;
            advance(p);
            if (!starts_expression(TT(p))) { p->pos = colon; fail_tok(p, CUR(p), "invalid syntax"); }
            parse_expression(p);
            p->pos = colon;
        }
        if (first->kind == FT_EXPR_TUPLE) {
            if ((*TK(p, st)).type != T_LPAR && first->v.List.elts.n)
                fail_node(p, first->v.List.elts.items[0], "only single target (not tuple) can be annotated");
            fail_node(p, first, "only single target (not tuple) can be annotated");
        }
        if (first->kind == FT_EXPR_LIST) fail_node(p, first, "only single target (not list) can be annotated");
        if (first->kind != FT_EXPR_NAME && first->kind != FT_EXPR_ATTRIBUTE && first->kind != FT_EXPR_SUBSCRIPT)
            fail_node(p, first, "illegal target for annotation");
        int simple = first->kind == FT_EXPR_NAME && (*TK(p, st)).type != T_LPAR;
        set_ctx(first, FT_CTX_STORE);
        advance(p);
        ft_expr *ann = parse_expression(p);
        ft_expr *value = NULL;
        if (accept(p, T_EQUAL)) value = TT(p) == K_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
        ft_stmt *s = S(p, FT_STMT_ANNASSIGN, pos_from(p, st));
        s->v.AnnAssign.target = first;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = simple;
        return s;
    }
    if (t == T_EQUAL) {
        vec targets = {0};
        vpush(p, &targets, first);
        int first_eq = p->pos;
        ft_expr *value;
        for (;;) {
            advance(p);  /* = */
            if (!starts_expression(TT(p)) && TT(p) != K_YIELD && TT(p) != T_STAR) {
                /* `a = 1 =` <end>: the targets are checked first (invalid_assignment) */
                for (ft_ssize i = 1; i < targets.n; i++) {
                    ft_expr *bad = invalid_target(targets.items[i], TGT_STAR);
                    if (bad) fail_node(p, bad, "cannot assign to %s", expr_name(bad));
                }
                fail_invalid(p);
            }
            ft_expr *v = TT(p) == K_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
            if (TT(p) == T_EQUAL) { vpush(p, &targets, v); continue; }
            value = v;
            break;
        }
        for (ft_ssize i = 0; i < targets.n; i++) {
            ft_expr *tg = targets.items[i];
            if ((tg->kind == FT_EXPR_YIELD || tg->kind == FT_EXPR_YIELDFROM) &&
                yield_unparenthesized(p, tg))
                fail_node(p, tg, "assignment to yield expression not possible");
            ft_expr *bad = invalid_target(tg, TGT_STAR);
            if (!bad) continue;
            if (i == 0) {
                /* invalid_named_expression: "... here. Maybe you meant '==' instead of '='?" */
                ft_token *ft = TK(p, st);
                bool excluded = ft->type == K_TRUE || ft->type == K_FALSE || ft->type == K_NONE ||
                                tg->kind == FT_EXPR_TUPLE || tg->kind == FT_EXPR_LIST ||
                                tg->kind == FT_EXPR_GENERATOREXP || tg->kind == FT_EXPR_COMPARE ||
                                tg->kind == FT_EXPR_BOOLOP || tg->kind == FT_EXPR_IFEXP ||
                                tg->kind == FT_EXPR_LAMBDA || tg->kind == FT_EXPR_STARRED ||
                                (tg->kind == FT_EXPR_UNARYOP && tg->v.UnaryOp.op == FT_UOP_NOT);
                if (!excluded && (ft->type == T_LSQB || ft->type == T_LPAR)) {
                    /* a leading list/tuple/genexp display is excluded too */
                    int save = p->pos;
                    p->pos = st;
                    ft_expr *a = speculate(p, spec_atom, NULL);
                    if (a && (a->kind == FT_EXPR_LIST || a->kind == FT_EXPR_TUPLE || a->kind == FT_EXPR_GENERATOREXP))
                        excluded = true;
                    p->pos = save;
                }
                if (!excluded) {
                    int save = p->pos;
                    p->pos = first_eq + 1;
                    ft_expr *b = speculate(p, spec_bitwise_or, NULL);
                    bool ok = b && TT(p) != T_EQUAL && TT(p) != T_COLONEQUAL;
                    p->pos = save;
                    if (ok) fail_node(p, tg, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(tg));
                }
            }
            fail_node(p, bad, "cannot assign to %s", expr_name(bad));
        }
        for (ft_ssize i = 0; i < targets.n; i++) set_ctx(targets.items[i], FT_CTX_STORE);
        ft_stmt *s = S(p, FT_STMT_ASSIGN, pos_from(p, st));
        s->v.Assign.targets = ESEQ(targets);
        s->v.Assign.value = value;
        return s;
    }
    int op = 0;
    switch (t) {
    case T_PLUSEQUAL: op = FT_OP_ADD; break;
    case T_MINEQUAL: op = FT_OP_SUB; break;
    case T_STAREQUAL: op = FT_OP_MULT; break;
    case T_ATEQUAL: op = FT_OP_MATMULT; break;
    case T_SLASHEQUAL: op = FT_OP_DIV; break;
    case T_PERCENTEQUAL: op = FT_OP_MOD; break;
    case T_AMPEREQUAL: op = FT_OP_BITAND; break;
    case T_VBAREQUAL: op = FT_OP_BITOR; break;
    case T_CIRCUMFLEXEQUAL: op = FT_OP_BITXOR; break;
    case T_LEFTSHIFTEQUAL: op = FT_OP_LSHIFT; break;
    case T_RIGHTSHIFTEQUAL: op = FT_OP_RSHIFT; break;
    case T_DOUBLESTAREQUAL: op = FT_OP_POW; break;
    case T_DOUBLESLASHEQUAL: op = FT_OP_FLOORDIV; break;
    default: break;
    }
    if (op) {
        if (first->kind != FT_EXPR_NAME && first->kind != FT_EXPR_ATTRIBUTE && first->kind != FT_EXPR_SUBSCRIPT)
            fail_node(p, first, "'%s' is an illegal expression for augmented assignment", expr_name(first));
        set_ctx(first, FT_CTX_STORE);
        advance(p);
        ft_expr *v = TT(p) == K_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
        ft_stmt *s = S(p, FT_STMT_AUGASSIGN, pos_from(p, st));
        s->v.AugAssign.target = first;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = v;
        return s;
    }
    ft_stmt *s = S(p, FT_STMT_EXPR, pos_from(p, st));
    s->v.Expr.value = first;
    return s;
}

static ft_obj *parse_dotted_name(P *p, ft_ast_pos *pos) {
    ft_token *t = CUR(p);
    if (t->type != T_NAME) fail_invalid(p);
    advance(p);
    *pos = pos_tok(t);
    if (TT(p) != T_DOT) return tok_ident(p, t);
    cbuf c = {0};
    cb_put(p, &c, t->start, (size_t)(t->end - t->start));
    while (TT(p) == T_DOT) {
        advance(p);
        ft_token *n = CUR(p);
        if (n->type != T_NAME) fail_invalid(p);
        advance(p);
        cb_putc(p, &c, '.');
        cb_put(p, &c, n->start, (size_t)(n->end - n->start));
        pos->end_lineno = n->end_lineno;
        pos->end_col_offset = n->end_col;
    }
    ft_obj *s = cb_to_str(p, &c);
    s = ft_str_intern(s);
    if (!s) bail(p);
    return s;
}

static ft_alias *mk_alias(P *p, ft_obj *name, ft_obj *asname, ft_ast_pos pos) {
    ft_alias *a = node_alloc(p, sizeof *a);
    a->name = name;
    a->asname = asname;
    a->pos = pos;
    return a;
}

static _Noreturn void fail_no_names(P *p) {
    ft_token *t = TK(p, p->pos - 1);
    fail_at(p, NULL, t->end_lineno, t->end_col, t->end_lineno, t->end_col, "Expected one or more names after 'import'");
}

static ft_stmt *parse_import(P *p) {
    int st = p->pos;
    advance(p);  /* import */
    if (TT(p) == T_NEWLINE) fail_no_names(p);
    {
        /* `import a, b from c`: CPython's invalid_import */
        int i = p->pos;
        for (;;) {
            if (tok_at(p, i)->type != T_NAME) break;
            i++;
            while (tok_at(p, i)->type == T_DOT && tok_at(p, i + 1)->type == T_NAME) i += 2;
            if (tok_at(p, i)->type == T_COMMA) { i++; continue; }
            if (tok_at(p, i)->type == K_FROM && tok_at(p, i + 1)->type == T_NAME) {
                i += 2;
                while (tok_at(p, i)->type == T_DOT && tok_at(p, i + 1)->type == T_NAME) i += 2;
                ft_token *last = tok_at(p, i);
                ft_token *a = TK(p, st);
                int end_col = last->end_col - 1;  /* CPython: the tokenizer position, one short */
                fail_at(p, NULL, a->lineno, a->col, last->lineno, end_col,
                        "Did you mean to use 'from ... import ...' instead?");
            }
            break;
        }
    }
    vec names = {0};
    do {
        ft_ast_pos pos;
        ft_obj *name = parse_dotted_name(p, &pos);
        ft_obj *as = NULL;
        if (accept(p, K_AS)) {
            ft_token *n = CUR(p);
            if (n->type != T_NAME) fail_invalid(p);
            advance(p);
            as = tok_ident(p, n);
            pos.end_lineno = n->end_lineno;
            pos.end_col_offset = n->end_col;
        }
        vpush(p, &names, mk_alias(p, name, as, pos));
    } while (accept(p, T_COMMA));
    ft_stmt *s = S(p, FT_STMT_IMPORT, pos_from(p, st));
    s->v.Import.names = SEQ(ft_alias_seq, names);
    return s;
}

static ft_stmt *parse_from_import(P *p) {
    int st = p->pos;
    advance(p);  /* from */
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT)) level++;
        else if (accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    ft_obj *module = NULL;
    if (level == 0 && TT(p) == K_IMPORT) fail_invalid(p);
    if (TT(p) != K_IMPORT) {
        ft_ast_pos pos;
        module = parse_dotted_name(p, &pos);
    }
    if (TT(p) != K_IMPORT) fail_invalid(p);
    advance(p);
    if (TT(p) == T_NEWLINE) fail_no_names(p);
    vec names = {0};
    if (TT(p) == T_STAR) {
        ft_token *t = advance(p);
        vpush(p, &names, mk_alias(p, cstr_ident(p, "*"), NULL, pos_tok(t)));
    } else {
        bool paren = accept(p, T_LPAR);
        for (;;) {
            ft_token *n = CUR(p);
            if (n->type != T_NAME) fail_invalid(p);
            advance(p);
            ft_ast_pos pos = pos_tok(n);
            ft_obj *as = NULL;
            if (accept(p, K_AS)) {
                ft_token *a = CUR(p);
                if (a->type != T_NAME) fail_invalid(p);
                advance(p);
                as = tok_ident(p, a);
                pos.end_lineno = a->end_lineno;
                pos.end_col_offset = a->end_col;
            }
            vpush(p, &names, mk_alias(p, tok_ident(p, n), as, pos));
            if (!accept(p, T_COMMA)) break;
            if (paren && TT(p) == T_RPAR) break;
            if (!paren && (TT(p) == T_NEWLINE || TT(p) == T_SEMI))
                fail_tok(p, CUR(p), "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect(p, T_RPAR);
    }
    ft_stmt *s = S(p, FT_STMT_IMPORTFROM, pos_from(p, st));
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = SEQ(ft_alias_seq, names);
    s->v.ImportFrom.level = level;
    return s;
}

static ft_stmt *parse_simple_stmt(P *p) {
    int st = p->pos;
    ft_token *t = CUR(p);
    ft_stmt *s;
    switch (t->type) {
    case K_PASS: advance(p); return S(p, FT_STMT_PASS, pos_from(p, st));
    case K_BREAK: advance(p); return S(p, FT_STMT_BREAK, pos_from(p, st));
    case K_CONTINUE: advance(p); return S(p, FT_STMT_CONTINUE, pos_from(p, st));
    case K_RETURN: {
        advance(p);
        ft_expr *v = NULL;
        if (starts_expression(TT(p)) || TT(p) == T_STAR) v = parse_star_expressions(p);
        s = S(p, FT_STMT_RETURN, pos_from(p, st));
        s->v.Return.value = v;
        return s;
    }
    case K_RAISE: {
        advance(p);
        ft_expr *exc = NULL, *cause = NULL;
        if (starts_expression(TT(p))) {
            exc = parse_expression(p);
            if (accept(p, K_FROM)) cause = parse_expression(p);
        }
        s = S(p, FT_STMT_RAISE, pos_from(p, st));
        s->v.Raise.exc = exc;
        s->v.Raise.cause = cause;
        return s;
    }
    case K_GLOBAL: case K_NONLOCAL: {
        advance(p);
        vec names = {0};
        do {
            ft_token *n = CUR(p);
            if (n->type != T_NAME) fail_invalid(p);
            advance(p);
            vpush(p, &names, tok_ident(p, n));
        } while (accept(p, T_COMMA));
        s = S(p, t->type == K_GLOBAL ? FT_STMT_GLOBAL : FT_STMT_NONLOCAL, pos_from(p, st));
        s->v.Global.names = SEQ(ft_ident_seq, names);
        return s;
    }
    case K_DEL: {
        advance(p);
        vec targets = {0};
        do {
            if (TT(p) == T_NEWLINE || TT(p) == T_SEMI) break;
            ft_expr *e = parse_star_expression(p);
            vpush(p, &targets, e);
        } while (accept(p, T_COMMA));
        if (targets.n == 0) fail_invalid(p);
        if (TT(p) != T_NEWLINE && TT(p) != T_SEMI) {
            ft_expr *last = targets.items[targets.n - 1];
            ft_expr *bad = invalid_target(last, TGT_DEL);
            if (bad) fail_node(p, bad, "cannot delete %s", expr_name(bad));
            fail_invalid(p);
        }
        for (ft_ssize i = 0; i < targets.n; i++) make_target(p, targets.items[i], TGT_DEL);
        s = S(p, FT_STMT_DELETE, pos_from(p, st));
        s->v.Delete.targets = ESEQ(targets);
        return s;
    }
    case K_ASSERT: {
        advance(p);
        ft_expr *test = parse_expression(p), *msg = NULL;
        if (accept(p, T_COMMA)) msg = parse_expression(p);
        s = S(p, FT_STMT_ASSERT, pos_from(p, st));
        s->v.Assert.test = test;
        s->v.Assert.msg = msg;
        return s;
    }
    case K_IMPORT: return parse_import(p);
    case K_FROM: return parse_from_import(p);
    case T_NAME:
        if (tok_is(t, "type") && TTk(p, 1) == T_NAME && (TTk(p, 2) == T_EQUAL || TTk(p, 2) == T_LSQB)) {
            advance(p);
            ft_expr *name = mk_name(p, advance(p), FT_CTX_STORE);
            ft_type_param_seq tps = {0};
            if (TT(p) == T_LSQB) tps = parse_type_params(p, true);
            expect(p, T_EQUAL);
            ft_expr *v = parse_expression(p);
            s = S(p, FT_STMT_TYPEALIAS, pos_from(p, st));
            s->v.TypeAlias.name = name;
            s->v.TypeAlias.type_params = tps;
            s->v.TypeAlias.value = v;
            return s;
        }
        return parse_expr_stmt(p);
    default:
        if (!starts_expression(t->type) && t->type != T_STAR && t->type != K_YIELD) fail_invalid(p);
        return parse_expr_stmt(p);
    }
}

static void parse_simple_stmts(P *p, vec *out) {
    for (;;) {
        ft_stmt *s = parse_simple_stmt(p);
        vpush(p, out, s);
        if (TT(p) == T_SEMI) {
            advance(p);
            if (TT(p) == T_NEWLINE) break;
            continue;
        }
        if (TT(p) != T_NEWLINE) {
            if (s->kind == FT_STMT_EXPR) fail_after_expr(p, s->v.Expr.value);
            if (s->kind == FT_STMT_ASSIGN) {
                check_stray_assign(p, s->v.Assign.value);
                fail_after_expr(p, s->v.Assign.value);
            }
            ft_expr *last = NULL;
            switch (s->kind) {
            case FT_STMT_RETURN: last = s->v.Return.value; break;
            case FT_STMT_AUGASSIGN: last = s->v.AugAssign.value; break;
            case FT_STMT_ANNASSIGN: last = s->v.AnnAssign.value ? s->v.AnnAssign.value : s->v.AnnAssign.annotation; break;
            case FT_STMT_RAISE: last = s->v.Raise.cause ? s->v.Raise.cause : s->v.Raise.exc; break;
            case FT_STMT_ASSERT: last = s->v.Assert.msg ? s->v.Assert.msg : s->v.Assert.test; break;
            case FT_STMT_DELETE: last = s->v.Delete.targets.n ? s->v.Delete.targets.items[s->v.Delete.targets.n - 1] : NULL; break;
            case FT_STMT_TYPEALIAS: last = s->v.TypeAlias.value; break;
            default: break;
            }
            if (last && last->pos.end_lineno == TK(p, p->pos - 1)->end_lineno &&
                last->pos.end_col_offset == TK(p, p->pos - 1)->end_col)
                fail_after_expr(p, last);
            fail_invalid(p);
        }
        break;
    }
    expect(p, T_NEWLINE);
}

/* ---- compound statements ---- */

static ft_stmt *parse_if_rest(P *p, int st, const char *kw) {
    int line = (*TK(p, st)).lineno;
    ft_expr *test = parse_named_expression(p);
    check_stray_assign(p, test);
    need_colon_after(p, false, test);
    need_colon(p, false);
    ft_stmt_seq body = parse_block(p, kw, line);
    ft_stmt_seq orelse = {0};
    ft_ast_pos pos = stmt_end_pos(pos_tok(TK(p, st)), body);
    if (TT(p) == K_ELIF) {
        int est = p->pos;
        advance(p);
        ft_stmt *e = parse_if_rest(p, est, "'elif' statement");
        ft_stmt **one = node_alloc(p, sizeof *one);
        one[0] = e;
        orelse = (ft_stmt_seq){ 1, one };
        pos = stmt_end_pos(pos, orelse);
    } else if (TT(p) == K_ELSE) {
        int eline = CUR(p)->lineno;
        advance(p);
        need_colon(p, true);
        orelse = parse_block(p, "'else' statement", eline);
        pos = stmt_end_pos(pos, orelse);
    }
    ft_stmt *s = S(p, FT_STMT_IF, pos);
    s->v.If.test = test;
    s->v.If.body = body;
    s->v.If.orelse = orelse;
    return s;
}

static ft_stmt *parse_while(P *p) {
    int st = p->pos;
    int line = CUR(p)->lineno;
    advance(p);
    ft_expr *test = parse_named_expression(p);
    check_stray_assign(p, test);
    need_colon_after(p, false, test);
    need_colon(p, false);
    ft_stmt_seq body = parse_block(p, "'while' statement", line);
    ft_ast_pos pos = stmt_end_pos(pos_tok(TK(p, st)), body);
    ft_stmt_seq orelse = {0};
    if (TT(p) == K_ELSE) {
        int eline = CUR(p)->lineno;
        advance(p);
        need_colon(p, true);
        orelse = parse_block(p, "'else' statement", eline);
        pos = stmt_end_pos(pos, orelse);
    }
    ft_stmt *s = S(p, FT_STMT_WHILE, pos);
    s->v.While.test = test;
    s->v.While.body = body;
    s->v.While.orelse = orelse;
    return s;
}

static ft_stmt *parse_for(P *p, int st, bool is_async) {
    int line = (*TK(p, st)).lineno;
    advance(p);  /* for */
    ft_expr *target = parse_star_targets_raw(p);
    if (TT(p) != K_IN) {
        make_target(p, target, TGT_FOR);
        fail_invalid(p);
    }
    make_target(p, target, TGT_FOR);
    advance(p);
    ft_expr *iter = parse_star_expressions(p);
    need_colon_after(p, false, iter);
    need_colon(p, false);
    ft_stmt_seq body = parse_block(p, "'for' statement", line);
    ft_ast_pos pos = stmt_end_pos(pos_tok(TK(p, st)), body);
    ft_stmt_seq orelse = {0};
    if (TT(p) == K_ELSE) {
        int eline = CUR(p)->lineno;
        advance(p);
        need_colon(p, true);
        orelse = parse_block(p, "'else' statement", eline);
        pos = stmt_end_pos(pos, orelse);
    }
    ft_stmt *s = S(p, is_async ? FT_STMT_ASYNCFOR : FT_STMT_FOR, pos);
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    s->v.For.orelse = orelse;
    return s;
}

static ft_withitem *parse_with_item(P *p) {
    ft_withitem *w = node_alloc(p, sizeof *w);
    w->context_expr = parse_expression(p);
    if (accept(p, K_AS)) {
        ft_expr *t = parse_star_target_elt(p);
        if (TT(p) != T_COMMA && TT(p) != T_RPAR && TT(p) != T_COLON && TT(p) != T_NEWLINE) {
            ft_expr *bad = invalid_target(t, TGT_STAR);
            if (bad) fail_node(p, bad, "cannot assign to %s", expr_name(bad));
            fail_invalid(p);
        }
        make_target(p, t, TGT_STAR);
        w->optional_vars = t;
    }
    return w;
}

static void *spec_paren_with_items(P *p, void *arg) {
    vec *items = arg;
    advance(p);  /* ( */
    for (;;) {
        vpush(p, items, parse_with_item(p));
        if (!accept(p, T_COMMA)) break;
        if (TT(p) == T_RPAR) break;
    }
    expect(p, T_RPAR);
    if (TT(p) == T_NEWLINE) {
        /* `with (a as b)` NEWLINE: CPython's invalid_with_stmt */
        p->with_paren_newline = p->pos;
        fail_invalid(p);
    }
    if (TT(p) != T_COLON) fail_invalid(p);
    return items;
}

static ft_stmt *parse_with(P *p, int st, bool is_async) {
    int line = (*TK(p, st)).lineno;
    advance(p);  /* with */
    vec items = {0};
    bool done = false;
    if (TT(p) == T_LPAR) {
        p->with_paren_newline = -1;
        if (speculate(p, spec_paren_with_items, &items)) done = true;
        else items.n = 0;
        if (p->with_paren_newline >= 0) fail_tok(p, TK(p, p->with_paren_newline), "expected ':'");
    }
    if (!done) {
        do vpush(p, &items, parse_with_item(p));
        while (accept(p, T_COMMA));
    }
    need_colon(p, false);
    ft_stmt_seq body = parse_block(p, "'with' statement", line);
    ft_stmt *s = S(p, is_async ? FT_STMT_ASYNCWITH : FT_STMT_WITH, stmt_end_pos(pos_tok(TK(p, st)), body));
    s->v.With.items = SEQ(ft_withitem_seq, items);
    s->v.With.body = body;
    return s;
}

static ft_stmt *parse_try(P *p) {
    int st = p->pos;
    int line = CUR(p)->lineno;
    advance(p);
    need_colon(p, true);
    ft_stmt_seq body = parse_block(p, "'try' statement", line);
    ft_ast_pos pos = stmt_end_pos(pos_tok(TK(p, st)), body);
    vec handlers = {0};
    int star = -1;
    while (TT(p) == K_EXCEPT) {
        int hst = p->pos;
        int hline = CUR(p)->lineno;
        advance(p);
        bool is_star = false;
        if (TT(p) == T_STAR) {
            advance(p);
            is_star = true;
            if (TT(p) == T_COLON || TT(p) == T_NEWLINE) fail_tok(p, CUR(p), "expected one or more exception types");
        }
        if (star >= 0 && star != (int)is_star)
            fail_range(p, pos_tok(TK(p, hst)), pos_tok(TK(p, p->pos - 1)),
                       "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        ft_expr *type = NULL;
        ft_obj *name = NULL;
        if (TT(p) == T_NEWLINE) fail_tok(p, CUR(p), "expected ':'");
        if (TT(p) != T_COLON) {
            type = parse_expression(p);
            if (TT(p) == T_COMMA) {
                /* except A, B: */
                int save = p->pos;
                vec v = {0};
                vpush(p, &v, type);
                while (accept(p, T_COMMA)) vpush(p, &v, parse_expression(p));
                if (TT(p) == T_COLON || TT(p) == K_AS) {
                    ft_ast_pos last = ((ft_expr *)v.items[v.n - 1])->pos;
                    if (TT(p) == K_AS && TTk(p, 1) == T_NAME) last = pos_tok(PEEK(p, 1));
                    fail_range(p, type->pos, last, "multiple exception types must be parenthesized");
                }
                p->pos = save;
                fail_invalid(p);
            }
            if (accept(p, K_AS)) {
                ft_token *n = CUR(p);
                if (n->type != T_NAME) {
                    if (starts_expression(n->type)) {
                        ft_expr *t = parse_expression(p);
                        fail_node(p, t, "cannot use %s as exception name", expr_name(t));
                    }
                    fail_invalid(p);
                }
                advance(p);
                name = tok_ident(p, n);
            }
        }
        need_colon(p, false);
        ft_stmt_seq hb = parse_block(p, is_star ? "'except*' statement" : "'except' statement", hline);
        ft_excepthandler *h = node_alloc(p, sizeof *h);
        h->type = type;
        h->name = name;
        h->body = hb;
        h->pos = stmt_end_pos(pos_tok(TK(p, hst)), hb);
        vpush(p, &handlers, h);
        pos = h->pos;
        pos.lineno = (*TK(p, st)).lineno;
        pos.col_offset = (*TK(p, st)).col;
    }
    ft_stmt_seq orelse = {0}, finalbody = {0};
    if (TT(p) == K_ELSE) {
        if (handlers.n == 0) fail_tok(p, CUR(p), "expected 'except' or 'finally' block");
        int eline = CUR(p)->lineno;
        advance(p);
        need_colon(p, true);
        orelse = parse_block(p, "'else' statement", eline);
        pos = stmt_end_pos(pos, orelse);
    }
    if (TT(p) == K_FINALLY) {
        int fline = CUR(p)->lineno;
        advance(p);
        need_colon(p, true);
        finalbody = parse_block(p, "'finally' statement", fline);
        pos = stmt_end_pos(pos, finalbody);
    }
    if (handlers.n == 0 && finalbody.n == 0) fail_tok(p, CUR(p), "expected 'except' or 'finally' block");
    ft_stmt *s = S(p, star == 1 ? FT_STMT_TRYSTAR : FT_STMT_TRY, pos);
    s->v.Try.body = body;
    s->v.Try.handlers = SEQ(ft_excepthandler_seq, handlers);
    s->v.Try.orelse = orelse;
    s->v.Try.finalbody = finalbody;
    return s;
}

static ft_type_param_seq parse_type_params(P *p, bool alias) {
    ft_token *lsq = advance(p);  /* [ */
    vec v = {0};
    if (TT(p) == T_RSQB) {
        ft_token *rsq = CUR(p);
        (void)lsq;
        if (alias) {
            ft_token *nx = PEEK(p, 1);
            fail_at(p, NULL, rsq->lineno, rsq->col, nx->lineno, nx->col, "Type parameter list cannot be empty");
        }
        fail_at(p, NULL, rsq->lineno, rsq->col, rsq->lineno, rsq->col, "Type parameter list cannot be empty");
    }
    while (TT(p) != T_RSQB) {
        int st = p->pos;
        ft_type_param *tp = node_alloc(p, sizeof *tp);
        if (accept(p, T_STAR)) {
            tp->kind = FT_TP_TYPEVARTUPLE;
            ft_token *n = CUR(p);
            if (n->type != T_NAME) fail_invalid(p);
            advance(p);
            tp->name = tok_ident(p, n);
            if (TT(p) == T_COLON) {
                ft_token *colon = advance(p);
                ft_expr *b = parse_expression(p);
                fail_range(p, pos_tok(colon), b->pos, "cannot use bound with TypeVarTuple");
            }
            if (accept(p, T_EQUAL)) tp->default_value = parse_star_expression(p);
        } else if (accept(p, T_DOUBLESTAR)) {
            tp->kind = FT_TP_PARAMSPEC;
            ft_token *n = CUR(p);
            if (n->type != T_NAME) fail_invalid(p);
            advance(p);
            tp->name = tok_ident(p, n);
            if (TT(p) == T_COLON) {
                ft_token *colon = advance(p);
                ft_expr *b = parse_expression(p);
                fail_range(p, pos_tok(colon), b->pos, "cannot use bound with ParamSpec");
            }
            if (accept(p, T_EQUAL)) tp->default_value = parse_expression(p);
        } else {
            tp->kind = FT_TP_TYPEVAR;
            ft_token *n = CUR(p);
            if (n->type != T_NAME) fail_invalid(p);
            advance(p);
            tp->name = tok_ident(p, n);
            if (accept(p, T_COLON)) tp->bound = parse_expression(p);
            if (accept(p, T_EQUAL)) tp->default_value = parse_expression(p);
        }
        tp->pos = pos_from(p, st);
        vpush(p, &v, tp);
        if (!accept(p, T_COMMA)) break;
    }
    expect(p, T_RSQB);
    return SEQ(ft_type_param_seq, v);
}

static ft_stmt *parse_funcdef(P *p, int st, ft_expr_seq decorators, bool is_async) {
    int def_tok = p->pos;
    advance(p);  /* def */
    ft_token *n = CUR(p);
    if (n->type != T_NAME) fail_invalid(p);
    advance(p);
    ft_type_param_seq tps = {0};
    if (TT(p) == T_LSQB) tps = parse_type_params(p, false);
    expect_forced(p, T_LPAR, "(");
    ft_arguments *args = parse_params(p, false);
    expect(p, T_RPAR);
    ft_expr *returns = NULL;
    if (TT(p) == T_RARROW) {
        ft_token *arrow = advance(p);
        if (!starts_expression(TT(p))) fail_tok(p, arrow, "expected ':'");
        returns = parse_expression(p);
    }
    need_colon(p, true);
    ft_stmt_seq body = parse_block(p, "function definition", (*TK(p, def_tok)).lineno);
    ft_stmt *s = S(p, is_async ? FT_STMT_ASYNCFUNCTIONDEF : FT_STMT_FUNCTIONDEF,
                   stmt_end_pos(pos_tok(TK(p, st)), body));
    s->v.FunctionDef.name = tok_ident(p, n);
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.decorator_list = decorators;
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.type_params = tps;
    return s;
}

static ft_stmt *parse_classdef(P *p, int st, ft_expr_seq decorators) {
    int cls_tok = p->pos;
    advance(p);  /* class */
    ft_token *n = CUR(p);
    if (n->type != T_NAME) fail_invalid(p);
    advance(p);
    ft_type_param_seq tps = {0};
    if (TT(p) == T_LSQB) tps = parse_type_params(p, false);
    vec bases = {0}, kws = {0};
    if (TT(p) == T_LPAR) {
        int lp = p->pos;
        advance(p);
        parse_call_args(p, lp, &bases, &kws, false);
    }
    need_colon(p, false);
    ft_stmt_seq body = parse_block(p, "class definition", (*TK(p, cls_tok)).lineno);
    ft_stmt *s = S(p, FT_STMT_CLASSDEF, stmt_end_pos(pos_tok(TK(p, st)), body));
    s->v.ClassDef.name = tok_ident(p, n);
    s->v.ClassDef.bases = ESEQ(bases);
    s->v.ClassDef.keywords = SEQ(ft_keyword_seq, kws);
    s->v.ClassDef.body = body;
    s->v.ClassDef.decorator_list = decorators;
    s->v.ClassDef.type_params = tps;
    return s;
}

static ft_stmt *parse_decorated(P *p) {
    vec decs = {0};
    while (TT(p) == T_AT) {
        advance(p);
        ft_expr *d = parse_named_expression(p);
        vpush(p, &decs, d);
        if (TT(p) != T_NEWLINE) fail_after_expr(p, d);
        advance(p);
    }
    int st = p->pos;
    if (TT(p) == K_DEF) return parse_funcdef(p, st, ESEQ(decs), false);
    if (TT(p) == K_ASYNC && TTk(p, 1) == K_DEF) {
        advance(p);
        return parse_funcdef(p, st, ESEQ(decs), true);
    }
    if (TT(p) == K_CLASS) return parse_classdef(p, st, ESEQ(decs));
    fail_invalid(p);
}

/* ---- match ---- */

static void *spec_match_header(P *p, void *arg) {
    (void)arg;
    advance(p);  /* match */
    if (TT(p) == T_COLON || TT(p) == T_EQUAL || TT(p) == T_DOT || TT(p) == T_NEWLINE) fail_invalid(p);
    ft_expr *subj = parse_star_named_expressions_tuple(p);
    if (TT(p) != T_COLON || TTk(p, 1) != T_NEWLINE) fail_invalid(p);
    return subj;
}

static void *spec_match_no_colon(P *p, void *arg) {
    (void)arg;
    advance(p);  /* match */
    if (TT(p) == T_COLON || TT(p) == T_EQUAL || TT(p) == T_DOT || TT(p) == T_NEWLINE) fail_invalid(p);
    ft_expr *subj = parse_star_named_expressions_tuple(p);
    if (TT(p) != T_NEWLINE) fail_invalid(p);
    return subj;
}

static void *spec_simple_stmts(P *p, void *arg) {
    parse_simple_stmts(p, arg);
    return arg;
}

static ft_stmt *parse_match(P *p) {
    int st = p->pos;
    int line = CUR(p)->lineno;
    advance(p);  /* match */
    ft_expr *subj = parse_star_named_expressions_tuple(p);
    need_colon(p, false);
    expect(p, T_NEWLINE);
    if (TT(p) != T_INDENT) {
        ft_token *t = CUR(p);
        fail_at(p, ft_exc_IndentationError, t->lineno, t->col, t->end_lineno, t->end_col,
                "expected an indented block after 'match' statement on line %d", line);
    }
    advance(p);
    vec cases = {0};
    ft_ast_pos pos = pos_tok(TK(p, st));
    while (TT(p) != T_DEDENT && TT(p) != T_ENDMARKER) {
        if (!IS_SOFT(p, "case")) fail_invalid(p);
        int cline = CUR(p)->lineno;
        advance(p);
        ft_pattern *pat = parse_patterns(p);
        ft_expr *guard = NULL;
        if (accept(p, K_IF)) {
            guard = parse_named_expression(p);
            check_stray_assign(p, guard);
        }
        need_colon(p, false);
        ft_stmt_seq body = parse_block(p, "'case' statement", cline);
        ft_match_case *mc = node_alloc(p, sizeof *mc);
        mc->pattern = pat;
        mc->guard = guard;
        mc->body = body;
        vpush(p, &cases, mc);
        pos = stmt_end_pos(pos, body);
    }
    accept(p, T_DEDENT);
    ft_stmt *s = S(p, FT_STMT_MATCH, pos);
    s->v.Match.subject = subj;
    s->v.Match.cases = SEQ(ft_match_case_seq, cases);
    return s;
}

static ft_stmt *parse_compound_or_null(P *p) {
    int st = p->pos;
    ft_token *t = CUR(p);
    switch (t->type) {
    case K_IF: advance(p); return parse_if_rest(p, st, "'if' statement");
    case K_WHILE: return parse_while(p);
    case K_FOR: return parse_for(p, st, false);
    case K_WITH: return parse_with(p, st, false);
    case K_TRY: return parse_try(p);
    case K_DEF: return parse_funcdef(p, st, (ft_expr_seq){0}, false);
    case K_CLASS: return parse_classdef(p, st, (ft_expr_seq){0});
    case T_AT: return parse_decorated(p);
    case K_ASYNC:
        switch (TTk(p, 1)) {
        case K_DEF: advance(p); return parse_funcdef(p, st, (ft_expr_seq){0}, true);
        case K_FOR: advance(p); return parse_for(p, st, true);
        case K_WITH: advance(p); return parse_with(p, st, true);
        default: advance(p); fail_invalid(p);
        }
    case T_NAME:
        if (tok_is(t, "match")) {
            ft_expr *subj = speculate(p, spec_match_header, NULL);
            if (subj) {
                p->pos = st;
                return parse_match(p);
            }
            /* a generic error in what follows is reported where the match
             * statement attempt stopped, as CPython does */
            if (p->spec_fail_max > p->fill_max && p->spec_fail_max < p->ntoks) p->fill_max = p->spec_fail_max;
            /* `match x` NEWLINE that is no valid expression statement: "expected ':'" */
            if (speculate(p, spec_match_no_colon, NULL)) {
                int nl = p->pos;
                p->pos = st;
                vec tmp = {0};
                if (!speculate(p, spec_simple_stmts, &tmp)) fail_tok(p, TK(p, nl), "expected ':'");
                p->pos = st;
            }
        }
        return NULL;
    default:
        return NULL;
    }
}

static ft_stmt *parse_statement_into(P *p, vec *out) {
    enter(p);
    if (TT(p) == T_INDENT) fail_invalid(p);
    ft_stmt *s = parse_compound_or_null(p);
    if (s) vpush(p, out, s);
    else parse_simple_stmts(p, out);
    leave(p);
    return s;
}

/* ======================================================================
 * Patterns (PEP 634)
 * ====================================================================== */

static ft_pattern *parse_closed_pattern(P *p);

static ft_pattern *parse_star_pattern(P *p) {
    int st = p->pos;
    advance(p);  /* * */
    ft_token *n = CUR(p);
    if (n->type != T_NAME) fail_invalid(p);
    advance(p);
    ft_pattern *pt = PAT(p, FT_PAT_MATCHSTAR, pos_from(p, st));
    pt->v.MatchStar.name = tok_is(n, "_") ? NULL : tok_ident(p, n);
    return pt;
}

static ft_pattern *parse_maybe_star_pattern(P *p) {
    if (TT(p) == T_STAR) return parse_star_pattern(p);
    return parse_pattern(p);
}

static ft_pattern *parse_or_pattern(P *p) {
    int st = p->pos;
    ft_pattern *first = parse_closed_pattern(p);
    if (TT(p) != T_VBAR) return first;
    vec v = {0};
    vpush(p, &v, first);
    while (accept(p, T_VBAR)) vpush(p, &v, parse_closed_pattern(p));
    ft_pattern *pt = PAT(p, FT_PAT_MATCHOR, pos_from(p, st));
    pt->v.MatchOr.patterns = SEQ(ft_pattern_seq, v);
    return pt;
}

static ft_pattern *parse_pattern(P *p) {
    enter(p);
    int st = p->pos;
    ft_pattern *pt = parse_or_pattern(p);
    if (TT(p) == K_AS) {
        advance(p);
        ft_token *n = CUR(p);
        if (n->type != T_NAME || TTk(p, 1) == T_DOT || TTk(p, 1) == T_LPAR) {
            if (tok_is(n, "_")) fail_tok(p, n, "cannot use '_' as a target");
            ft_expr *e = parse_expression(p);
            fail_node(p, e, "invalid pattern target");
        }
        if (tok_is(n, "_")) fail_tok(p, n, "cannot use '_' as a target");
        advance(p);
        ft_pattern *as = PAT(p, FT_PAT_MATCHAS, pos_from(p, st));
        as->v.MatchAs.pattern = pt;
        as->v.MatchAs.name = tok_ident(p, n);
        pt = as;
    }
    leave(p);
    return pt;
}

static ft_pattern *parse_patterns(P *p) {
    int st = p->pos;
    ft_pattern *first = parse_maybe_star_pattern(p);
    if (TT(p) != T_COMMA) {
        if (first->kind == FT_PAT_MATCHSTAR) fail_invalid(p);
        return first;
    }
    vec v = {0};
    vpush(p, &v, first);
    while (accept(p, T_COMMA)) {
        if (TT(p) == T_COLON || TT(p) == K_IF) break;
        vpush(p, &v, parse_maybe_star_pattern(p));
    }
    ft_pattern *pt = PAT(p, FT_PAT_MATCHSEQUENCE, pos_from(p, st));
    pt->v.MatchSequence.patterns = SEQ(ft_pattern_seq, v);
    return pt;
}

/* signed_number ['+'|'-' imaginary] or strings or None/True/False, as an expression */
static ft_expr *parse_literal_expr(P *p) {
    int st = p->pos;
    int t = TT(p);
    if (t == K_NONE || t == K_TRUE || t == K_FALSE) return parse_atom(p);
    if (t == T_STRING || t == T_FSTRING_START) {
        return parse_strings(p);
    }
    ft_expr *num;
    if (t == T_MINUS) {
        advance(p);
        if (TT(p) != T_NUMBER) fail_invalid(p);
        ft_expr *n = parse_number(p);
        num = E(p, FT_EXPR_UNARYOP, pos_from(p, st));
        num->v.UnaryOp.op = FT_UOP_USUB;
        num->v.UnaryOp.operand = n;
    } else if (t == T_NUMBER) {
        num = parse_number(p);
    } else {
        fail_invalid(p);
    }
    if (TT(p) == T_PLUS || TT(p) == T_MINUS) {
        int op = TT(p) == T_PLUS ? FT_OP_ADD : FT_OP_SUB;
        advance(p);
        if (TT(p) != T_NUMBER) fail_invalid(p);
        ft_expr *im = parse_number(p);
        if ((num->kind == FT_EXPR_CONSTANT && ft_type_of(num->v.Constant.value) == &ft_complex_type) ||
            (num->kind == FT_EXPR_UNARYOP && ft_type_of(num->v.UnaryOp.operand->v.Constant.value) == &ft_complex_type))
            fail_node(p, num, "real number required in complex literal");
        if (ft_type_of(im->v.Constant.value) != &ft_complex_type)
            fail_node(p, im, "imaginary number required in complex literal");
        num = mk_binop(p, st, num, op, im);
    }
    return num;
}

static ft_expr *parse_name_or_attr(P *p) {
    int st = p->pos;
    ft_expr *e = mk_name(p, advance(p), FT_CTX_LOAD);
    while (TT(p) == T_DOT) {
        advance(p);
        ft_token *n = CUR(p);
        if (n->type != T_NAME) fail_invalid(p);
        advance(p);
        ft_expr *a = E(p, FT_EXPR_ATTRIBUTE, pos_from(p, st));
        a->v.Attribute.value = e;
        a->v.Attribute.attr = tok_ident(p, n);
        a->v.Attribute.ctx = FT_CTX_LOAD;
        e = a;
    }
    return e;
}

static ft_pattern *parse_class_pattern_rest(P *p, int st, ft_expr *cls) {
    advance(p);  /* ( */
    vec pats = {0}, kwd_attrs = {0}, kwd_pats = {0};
    while (TT(p) != T_RPAR) {
        if (TT(p) == T_NAME && TTk(p, 1) == T_EQUAL) {
            ft_token *n = advance(p);
            advance(p);
            vpush(p, &kwd_attrs, tok_ident(p, n));
            vpush(p, &kwd_pats, parse_pattern(p));
        } else {
            ft_pattern *pt = parse_pattern(p);
            if (kwd_attrs.n) fail_range(p, pt->pos, pt->pos, "positional patterns follow keyword patterns");
            vpush(p, &pats, pt);
        }
        if (!accept(p, T_COMMA)) break;
    }
    expect(p, T_RPAR);
    ft_pattern *pt = PAT(p, FT_PAT_MATCHCLASS, pos_from(p, st));
    pt->v.MatchClass.cls = cls;
    pt->v.MatchClass.patterns = SEQ(ft_pattern_seq, pats);
    pt->v.MatchClass.kwd_attrs = SEQ(ft_ident_seq, kwd_attrs);
    pt->v.MatchClass.kwd_patterns = SEQ(ft_pattern_seq, kwd_pats);
    return pt;
}

static ft_pattern *parse_closed_pattern(P *p) {
    enter(p);
    int st = p->pos;
    ft_token *t = CUR(p);
    ft_pattern *pt;
    switch (t->type) {
    case K_NONE: case K_TRUE: case K_FALSE:
        advance(p);
        pt = PAT(p, FT_PAT_MATCHSINGLETON, pos_tok(t));
        pt->v.MatchSingleton.value = t->type == K_NONE ? ft_None : t->type == K_TRUE ? ft_True : ft_False;
        break;
    case T_NUMBER: case T_MINUS: case T_STRING: case T_FSTRING_START: {
        ft_expr *e = parse_literal_expr(p);
        pt = PAT(p, FT_PAT_MATCHVALUE, e->pos);
        pt->v.MatchValue.value = e;
        break;
    }
    case T_NAME: {
        if (tok_is(t, "_") && TTk(p, 1) != T_DOT && TTk(p, 1) != T_LPAR) {
            advance(p);
            pt = PAT(p, FT_PAT_MATCHAS, pos_tok(t));
            break;
        }
        ft_expr *e = parse_name_or_attr(p);
        if (TT(p) == T_LPAR) {
            pt = parse_class_pattern_rest(p, st, e);
        } else if (e->kind == FT_EXPR_ATTRIBUTE) {
            pt = PAT(p, FT_PAT_MATCHVALUE, e->pos);
            pt->v.MatchValue.value = e;
        } else {
            pt = PAT(p, FT_PAT_MATCHAS, e->pos);
            pt->v.MatchAs.name = e->v.Name.id;
        }
        break;
    }
    case T_LPAR: {
        advance(p);
        if (TT(p) == T_RPAR) {
            advance(p);
            pt = PAT(p, FT_PAT_MATCHSEQUENCE, pos_from(p, st));
            break;
        }
        ft_pattern *first = parse_maybe_star_pattern(p);
        if (accept(p, T_RPAR)) {
            if (first->kind == FT_PAT_MATCHSTAR) fail_invalid(p);
            pt = first;
            break;
        }
        if (TT(p) != T_COMMA) fail_invalid(p);
        vec v = {0};
        vpush(p, &v, first);
        while (accept(p, T_COMMA)) {
            if (TT(p) == T_RPAR) break;
            vpush(p, &v, parse_maybe_star_pattern(p));
        }
        expect(p, T_RPAR);
        pt = PAT(p, FT_PAT_MATCHSEQUENCE, pos_from(p, st));
        pt->v.MatchSequence.patterns = SEQ(ft_pattern_seq, v);
        break;
    }
    case T_LSQB: {
        advance(p);
        vec v = {0};
        while (TT(p) != T_RSQB) {
            vpush(p, &v, parse_maybe_star_pattern(p));
            if (!accept(p, T_COMMA)) break;
        }
        expect(p, T_RSQB);
        pt = PAT(p, FT_PAT_MATCHSEQUENCE, pos_from(p, st));
        pt->v.MatchSequence.patterns = SEQ(ft_pattern_seq, v);
        break;
    }
    case T_LBRACE: {
        advance(p);
        vec keys = {0}, pats = {0};
        ft_obj *rest = NULL;
        while (TT(p) != T_RBRACE) {
            if (TT(p) == T_DOUBLESTAR) {
                advance(p);
                ft_token *n = CUR(p);
                if (n->type != T_NAME || tok_is(n, "_")) fail_invalid(p);
                advance(p);
                rest = tok_ident(p, n);
                accept(p, T_COMMA);
                if (TT(p) != T_RBRACE) fail_invalid(p);
                break;
            }
            ft_expr *k;
            if (TT(p) == T_NAME) {
                k = parse_name_or_attr(p);
                if (k->kind != FT_EXPR_ATTRIBUTE) fail_invalid(p);
            } else {
                k = parse_literal_expr(p);
            }
            if (!accept(p, T_COLON)) fail_invalid(p);
            vpush(p, &keys, k);
            vpush(p, &pats, parse_pattern(p));
            if (!accept(p, T_COMMA)) break;
        }
        expect(p, T_RBRACE);
        pt = PAT(p, FT_PAT_MATCHMAPPING, pos_from(p, st));
        pt->v.MatchMapping.keys = ESEQ(keys);
        pt->v.MatchMapping.patterns = SEQ(ft_pattern_seq, pats);
        pt->v.MatchMapping.rest = rest;
        break;
    }
    default:
        fail_invalid(p);
    }
    leave(p);
    return pt;
}

/* ======================================================================
 * Entry point
 * ====================================================================== */

static void parse_file(P *p, ft_mod *m) {
    vec body = {0};
    while (TT(p) != T_ENDMARKER) {
        if (TT(p) == T_NEWLINE) { advance(p); continue; }
        parse_statement_into(p, &body);
    }
    m->kind = FT_MOD_MODULE;
    m->body = SSEQ(body);
}

static _Noreturn void fail_empty_source(P *p);

static void parse_eval(P *p, ft_mod *m) {
    int st = p->pos;
    if (TT(p) == T_INDENT) fail_invalid(p);
    if (TT(p) == T_ENDMARKER || TT(p) == T_NEWLINE) fail_empty_source(p);
    ft_expr *first = parse_expression(p);
    if (TT(p) == T_COMMA) {
        vec v = {0};
        vpush(p, &v, first);
        while (accept(p, T_COMMA)) {
            if (!starts_expression(TT(p))) break;
            vpush(p, &v, parse_expression(p));
        }
        first = mk_tuple(p, &v, pos_from(p, st), FT_CTX_LOAD);
    }
    while (TT(p) == T_NEWLINE) advance(p);
    if (TT(p) != T_ENDMARKER) fail_after_expr(p, first);
    m->kind = FT_MOD_EXPRESSION;
    m->expr = first;
}

/* An 'eval' or 'single' source with nothing in it. */
static _Noreturn void fail_empty_source(P *p) {
    ft_token *t = CUR(p);
    if (p->end == p->buf) {
        /* empty source: CPython has no location at all */
        ft_err_syntax(ft_exc_SyntaxError, "invalid syntax", p->filename, 0, 0, 0, 0, ft_str_new("", 0));
        ft_obj *exc = ft_err_fetch();
        if (exc) {
            static const char *const attrs[] = {"lineno", "offset", "end_lineno", "end_offset"};
            for (int i = 0; i < 4; i++)
                if (ft_setattr_cstr(exc, attrs[i], ft_smallint(0)) < 0) ft_err_clear();
            ft_err_restore(exc);
        }
        bail(p);
    }
    fail_at(p, NULL, t->lineno, -1, t->lineno, -2, "invalid syntax");
}

static void parse_single(P *p, ft_mod *m) {
    vec body = {0};
    m->kind = FT_MOD_INTERACTIVE;
    if (TT(p) == T_ENDMARKER || TT(p) == T_NEWLINE) fail_empty_source(p);
    ft_stmt *s = parse_compound_or_null(p);
    if (s) {
        vpush(p, &body, s);
        while (TT(p) == T_NEWLINE) advance(p);
        if (TT(p) != T_ENDMARKER) fail_invalid(p);
    } else {
        parse_simple_stmts(p, &body);
        int nl = p->pos - 1;
        while (TT(p) == T_NEWLINE) advance(p);
        if (TT(p) != T_ENDMARKER) {
            ft_token *t = TK(p, nl);
            fail_at(p, NULL, t->lineno, t->col, t->end_lineno, t->end_col,
                    "multiple statements found while compiling a single statement");
        }
    }
    m->body = SSEQ(body);
}

/* Validate UTF-8 (CPython decodes the source first). Returns the byte
 * offset of the first invalid sequence, or -1. */
static ft_ssize invalid_utf8_at(const char *s, ft_ssize n, const char **why) {
    ft_ssize i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { i++; continue; }
        int len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else { *why = "invalid start byte"; return i; }
        if (i + len > n) { *why = "unexpected end of data"; return i; }
        for (int k = 1; k < len; k++) {
            unsigned char d = (unsigned char)s[i + k];
            if ((d & 0xC0) != 0x80) {
                /* CPython decodes token by token: a sequence cut by ASCII text ends its token */
                *why = d < 0x80 ? "unexpected end of data" : "invalid continuation byte";
                return i;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            *why = "invalid continuation byte";
            return i;
        }
        i += len;
    }
    return -1;
}

/* A latin-1 or cp1252 coding declaration: the source is transcoded to
 * UTF-8 first. Returns 0 (none/UTF-8), 1 (latin-1) or 2 (cp1252). */
static int declared_8bit(const char *s, ft_ssize n) {
    const char *p = s, *end = s + n;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < e && *q == '#') {
            for (const char *c = q; c + 7 < e; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    const char *v = c + 7;
                    while (v < e && (*v == ' ' || *v == '\t')) v++;
                    char name[32];
                    size_t k = 0;
                    while (v < e && k < sizeof name - 1 && (isalnum((unsigned char)*v) || *v == '-' || *v == '_'))
                        name[k++] = (char)tolower((unsigned char)*v++);
                    name[k] = 0;
                    for (size_t i = 0; i < k; i++) if (name[i] == '_') name[i] = '-';
                    if (strcmp(name, "latin-1") == 0 || strcmp(name, "iso-8859-1") == 0 ||
                        strcmp(name, "latin1") == 0 || strcmp(name, "iso8859-1") == 0 ||
                        strncmp(name, "iso-latin-1", 11) == 0 || strncmp(name, "latin-1-", 8) == 0 ||
                        strncmp(name, "iso-8859-1-", 11) == 0)
                        return 1;
                    if (strcmp(name, "cp1252") == 0 || strcmp(name, "windows-1252") == 0) return 2;
                    return 0;
                }
            }
        } else if (q < e) {
            return 0;
        }
        if (!nl) break;
        p = nl + 1;
    }
    return 0;
}

/* cp1252 bytes 0x80..0x9F (0: undefined) */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* After a parser (not tokenizer) SyntaxError CPython tokenizes the rest of
 * the source: a tokenizer error found there replaces the parser's error,
 * and an unclosed bracket does too when it was opened on an earlier line
 * than the error (_PyPegen_tokenize_full_source_to_check_for_errors). */
/* The lexer just failed while reading past a parser error (whose exception
 * `exc` is saved): decide which error is reported. */
static void rest_decide(P *p, int err_line, ft_obj *exc) {
    bool keep_new;
    if (p->lx.nfmodes > 0) keep_new = false;  /* errors inside an f-string keep the parser's */
    else if (p->lx.unclosed_line > 0) keep_new = err_line > p->lx.unclosed_line;
    else if (p->lx.err_silent) {
        /* CPython's tokenizer sets no exception for these: only an
         * enclosing bracket opened before the error line is reported */
        keep_new = false;
        if (p->lx.level > 0 && err_line > p->lx.parenlineno[p->lx.level - 1]) {
            int l = p->lx.level - 1;
            char open = p->lx.parenstack[l];
            if (open == 'f' || open == 's') open = '{';
            ft_err_clear();
            ft_lex_raise(p->buf, p->end, p->filename, ft_exc_SyntaxError, p->lx.parenlineno[l],
                         p->lx.parencol[l] + 1, p->lx.parenlineno[l], 0, false, "'%c' was never closed", open);
            return;
        }
    } else keep_new = true;
    if (keep_new) return;
    ft_err_clear();
    ft_err_restore(exc);
}

static void check_rest_of_source(P *p) {
    ft_obj *exc = ft_err_peek();
    if (!exc || !ft_exc_matches(exc, (ft_obj *)ft_exc_SyntaxError)) return;
    exc = ft_err_fetch();
    int far = p->fill_max > p->rest_err_max ? p->fill_max : p->rest_err_max;
    if (far >= p->ntoks) far = p->ntoks - 1;
    int err_line = p->ntoks > 0 ? TK(p, far)->lineno : 1;
    /* At `name = value` CPython's second pass reads the value and the token
     * after it (invalid_named_expression): count that token's line too. */
    if (p->fill_max > 0 && p->fill_max < p->ntoks && TK(p, p->fill_max)->type == T_EQUAL) {
        int prev = TK(p, p->fill_max - 1)->type;
        if (prev == T_NAME || prev == T_RSQB || prev == T_NUMBER || prev == T_STRING) {
            int save = p->pos;
            jmp_buf jb, *saved = p->jb;
            p->jb = &jb;
            p->pos = p->fill_max + 1;
            if (setjmp(jb) == 0) {
                parse_bitwise_or(p);
                int ln = CUR(p)->lineno;
                if (ln > err_line) err_line = ln;
            }
            p->jb = saved;
            p->pos = save;
            if (p->lx.errored) {
                /* reading ahead met the tokenizer error the loop below would find */
                rest_decide(p, err_line, exc);
                return;
            }
            ft_err_clear();
        }
    }
    ft_token t;
    for (int guard = 0; guard < 100000000; guard++) {
        if ((guard & 4095) == 4095 && ft_current_thread) FT_SAFEPOINT(ft_current_thread);
        int r = ft_lex_next(&p->lx, &t);
        if (r == T_ENDMARKER) break;
        if (r == T_ERROR && p->lx.errored) {
            rest_decide(p, err_line, exc);
            return;
        }
    }
    ft_err_restore(exc);
}

ft_mod *ft_parse(const char *src, ft_ssize len, ft_obj *filename, int mode, int flags) {
    if (!src || len < 0) {
        ft_err_bad_internal_call("ft_parse");
        return NULL;
    }
    if (mode != FT_PARSE_EXEC && mode != FT_PARSE_EVAL && mode != FT_PARSE_SINGLE) {
        ft_err_set_str(ft_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (!filename) {
        filename = ft_str_from_cstr("<unknown>");
        if (!filename) return NULL;
    }
    if (memchr(src, 0, (size_t)len)) {
        if (flags & FT_PARSE_FLAG_FILE) {
            /* CPython reports the line of the NUL byte */
            const char *z = memchr(src, 0, (size_t)len);
            int line = 1;
            for (const char *q = src; q < z; q++) if (*q == '\n') line++;
            ft_err_syntax(ft_exc_SyntaxError, "source code cannot contain null bytes", filename, line, -1, line, -1, NULL);
        } else {
            ft_err_set_str(ft_exc_ValueError, "source code string cannot contain null bytes");
        }
        return NULL;
    }
    /* Normalise newlines, transcode latin-1, append the final newline. */
    int enc8 = (flags & FT_PARSE_FLAG_IGNORE_COOKIE) ? 0 : declared_8bit(src, len);
    size_t cap = (size_t)len * (enc8 ? 3 : 1) + 2;
    char *buf = malloc(cap);
    if (!buf) { ft_err_no_memory(); return NULL; }
    size_t n = 0;
    for (ft_ssize i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else if (enc8 && c >= 0x80) {
            uint32_t cp = c;
            if (enc8 == 2 && c < 0xA0) {
                cp = cp1252_high[c - 0x80];
                if (!cp) {
                    free(buf);
                    ft_err_format(ft_exc_SyntaxError,
                                  "(unicode error) 'charmap' codec can't decode byte 0x%02x in position %d: "
                                  "character maps to <undefined>", c, (int)i);
                    return NULL;
                }
            }
            if (cp < 0x800) {
                buf[n++] = (char)(0xC0 | (cp >> 6));
                buf[n++] = (char)(0x80 | (cp & 0x3F));
            } else {
                buf[n++] = (char)(0xE0 | (cp >> 12));
                buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (char)(0x80 | (cp & 0x3F));
            }
        } else {
            buf[n++] = (char)c;
        }
    }
    /* like CPython's compile(): 'exec' sources get a final newline */
    if (mode == FT_PARSE_EXEC && (n == 0 || buf[n - 1] != '\n')) buf[n++] = '\n';
    buf[n] = 0;
    const char *why = NULL;
    ft_ssize bad = invalid_utf8_at(buf, (ft_ssize)n, &why);
    if (bad >= 0) {
        int line = 1;
        const char *ls = buf;
        for (ft_ssize i = 0; i < bad; i++) if (buf[i] == '\n') { line++; ls = buf + i + 1; }
        int col = (int)(buf + bad - ls);
        char msg[200];
        snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                 (unsigned char)buf[bad], 0, why);
        ft_err_syntax(ft_exc_SyntaxError, msg, filename, line, col + 1, line, col + 2, NULL);
        free(buf);
        return NULL;
    }

    P p;
    memset(&p, 0, sizeof p);
    p.buf = buf;
    p.end = buf + n;
    p.filename = filename;
    p.mode = mode;
    p.flags = flags;
    ft_mod *volatile result = NULL;
    jmp_buf jb;
    p.jb = &jb;
    if (ft_lex_init(&p.lx, buf, (ft_ssize)n, filename, mode, flags) < 0) {
        free(buf);
        return NULL;
    }
    if (setjmp(jb) == 0) {
        ft_mod *m = ft_gc_alloc(sizeof *m, FT_GC_SCAN);
        if (!m) fail_nomem(&p);
        if (mode == FT_PARSE_EVAL) parse_eval(&p, m);
        else if (mode == FT_PARSE_SINGLE) parse_single(&p, m);
        else parse_file(&p, m);
        result = m;
    } else {
        result = NULL;
        if (!ft_err_occurred()) ft_err_set_str(ft_exc_SyntaxError, "invalid syntax");
        if (!p.lx.errored && !p.no_rest_check) check_rest_of_source(&p);
    }
    for (int i = 0; i < p.cap / FT_TOK_CHUNK; i++) free(p.chunks[i]);
    free(p.chunks);
    free(buf);
    return result;
}
