/* unparse.c -- expression -> source text, for `from __future__ import
 * annotations` (annotations are stored as strings). Follows the layout of
 * CPython's ast_unparse.c: minimal parentheses by operator precedence,
 * repr() for constants, ", " separators, tuples in subscripts unparenthesised.
 *
 * Pure function of an immutable tree; builds its text in a local buffer.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

static int un_expr(ft_strbuf *b, ft_expr *e, int level);

#define PUT(s) do { if (ft_strbuf_append_cstr(b, (s)) < 0) return -1; } while (0)
#define PUTSTR(o) do { if (ft_strbuf_append_str(b, (o)) < 0) return -1; } while (0)
#define SUB(e, l) do { if (un_expr(b, (e), (l)) < 0) return -1; } while (0)

static int un_seq(ft_strbuf *b, ft_expr_seq *s, int level)
{
    for (ft_ssize i = 0; i < s->n; i++) {
        if (i)
            PUT(", ");
        SUB(s->items[i], level);
    }
    return 0;
}

static int un_const(ft_strbuf *b, ft_obj *v)
{
    if (v == ft_Ellipsis) {
        PUT("...");
        return 0;
    }
    ft_obj *r = ft_repr(v);
    if (!r)
        return -1;
    PUTSTR(r);
    return 0;
}

static int un_args(ft_strbuf *b, ft_arguments *a)
{
    bool first = true;
    ft_ssize npos = a->posonlyargs.n + a->args.n;
    ft_ssize di = npos - a->defaults.n;
    for (ft_ssize i = 0; i < npos; i++) {
        ft_arg *g = i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n];
        if (!first)
            PUT(", ");
        first = false;
        PUTSTR(g->arg);
        if (i >= di) {
            PUT("=");
            SUB(a->defaults.items[i - di], PR_TEST);
        }
        if (a->posonlyargs.n && i == a->posonlyargs.n - 1)
            PUT(", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        if (!first)
            PUT(", ");
        first = false;
        PUT("*");
        if (a->vararg)
            PUTSTR(a->vararg->arg);
    }
    for (ft_ssize i = 0; i < a->kwonlyargs.n; i++) {
        PUT(", ");
        PUTSTR(a->kwonlyargs.items[i]->arg);
        if (i < a->kw_defaults.n && a->kw_defaults.items[i]) {
            PUT("=");
            SUB(a->kw_defaults.items[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        if (!first)
            PUT(", ");
        PUT("**");
        PUTSTR(a->kwarg->arg);
    }
    return 0;
}

static int un_comprehensions(ft_strbuf *b, ft_comprehension_seq *gens)
{
    for (ft_ssize i = 0; i < gens->n; i++) {
        ft_comprehension *g = gens->items[i];
        PUT(g->is_async ? " async for " : " for ");
        SUB(g->target, PR_TUPLE);
        PUT(" in ");
        SUB(g->iter, PR_TEST + 1);
        for (ft_ssize j = 0; j < g->ifs.n; j++) {
            PUT(" if ");
            SUB(g->ifs.items[j], PR_TEST + 1);
        }
    }
    return 0;
}

static const char *binop_str(ft_operator op, int *pr)
{
    switch (op) {
    case FT_OP_ADD: *pr = PR_ARITH; return " + ";
    case FT_OP_SUB: *pr = PR_ARITH; return " - ";
    case FT_OP_MULT: *pr = PR_TERM; return " * ";
    case FT_OP_MATMULT: *pr = PR_TERM; return " @ ";
    case FT_OP_DIV: *pr = PR_TERM; return " / ";
    case FT_OP_MOD: *pr = PR_TERM; return " % ";
    case FT_OP_FLOORDIV: *pr = PR_TERM; return " // ";
    case FT_OP_LSHIFT: *pr = PR_SHIFT; return " << ";
    case FT_OP_RSHIFT: *pr = PR_SHIFT; return " >> ";
    case FT_OP_BITOR: *pr = PR_BOR; return " | ";
    case FT_OP_BITXOR: *pr = PR_BXOR; return " ^ ";
    case FT_OP_BITAND: *pr = PR_BAND; return " & ";
    case FT_OP_POW: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ATOM;
    return " ? ";
}

static const char *cmp_str(int op)
{
    switch (op) {
    case FT_CMP_EQ: return " == ";
    case FT_CMP_NOTEQ: return " != ";
    case FT_CMP_LT: return " < ";
    case FT_CMP_LTE: return " <= ";
    case FT_CMP_GT: return " > ";
    case FT_CMP_GTE: return " >= ";
    case FT_CMP_IS: return " is ";
    case FT_CMP_ISNOT: return " is not ";
    case FT_CMP_IN: return " in ";
    case FT_CMP_NOTIN: return " not in ";
    }
    return " ? ";
}

static int un_fstring_body(ft_strbuf *b, ft_expr *e)
{
    for (ft_ssize i = 0; i < e->v.JoinedStr.values.n; i++) {
        ft_expr *v = e->v.JoinedStr.values.items[i];
        if (v->kind == FT_EXPR_CONSTANT && ft_str_check(v->v.Constant.value)) {
            const char *s = ft_str_utf8(v->v.Constant.value);
            for (; *s; s++) {
                char ch[3] = { *s, 0, 0 };
                if (*s == '{' || *s == '}')
                    ch[1] = *s;
                PUT(ch);
            }
        } else if (v->kind == FT_EXPR_FORMATTEDVALUE) {
            PUT("{");
            SUB(v->v.FormattedValue.value, PR_TEST + 1);
            if (v->v.FormattedValue.conversion > 0) {
                char cv[3] = { '!', (char)v->v.FormattedValue.conversion, 0 };
                PUT(cv);
            }
            if (v->v.FormattedValue.format_spec) {
                PUT(":");
                if (un_fstring_body(b, v->v.FormattedValue.format_spec) < 0)
                    return -1;
            }
            PUT("}");
        }
    }
    return 0;
}

static int un_expr(ft_strbuf *b, ft_expr *e, int level)
{
    if (!e) {
        ft_err_set_str(ft_exc_SystemError, "unparse: missing expression");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    switch (e->kind) {
    case FT_EXPR_BOOLOP: {
        int pr = e->v.BoolOp.op == FT_BOOL_AND ? PR_AND : PR_OR;
        if (level > pr) PUT("(");
        for (ft_ssize i = 0; i < e->v.BoolOp.values.n; i++) {
            if (i)
                PUT(pr == PR_AND ? " and " : " or ");
            SUB(e->v.BoolOp.values.items[i], pr + 1);
        }
        if (level > pr) PUT(")");
        return 0;
    }
    case FT_EXPR_NAMEDEXPR:
        if (level > PR_TUPLE) PUT("(");
        SUB(e->v.NamedExpr.target, PR_ATOM);
        PUT(" := ");
        SUB(e->v.NamedExpr.value, PR_ATOM);
        if (level > PR_TUPLE) PUT(")");
        return 0;
    case FT_EXPR_BINOP: {
        int pr;
        const char *op = binop_str(e->v.BinOp.op, &pr);
        bool rassoc = e->v.BinOp.op == FT_OP_POW;
        if (level > pr) PUT("(");
        SUB(e->v.BinOp.left, pr + rassoc);
        PUT(op);
        SUB(e->v.BinOp.right, pr + !rassoc);
        if (level > pr) PUT(")");
        return 0;
    }
    case FT_EXPR_UNARYOP: {
        int pr = e->v.UnaryOp.op == FT_UOP_NOT ? PR_NOT : PR_FACTOR;
        const char *op = e->v.UnaryOp.op == FT_UOP_NOT ? "not " : e->v.UnaryOp.op == FT_UOP_INVERT ? "~"
                       : e->v.UnaryOp.op == FT_UOP_UADD ? "+" : "-";
        if (level > pr) PUT("(");
        PUT(op);
        SUB(e->v.UnaryOp.operand, pr);
        if (level > pr) PUT(")");
        return 0;
    }
    case FT_EXPR_LAMBDA: {
        ft_arguments *a = e->v.Lambda.args;
        bool noargs = !a->posonlyargs.n && !a->args.n && !a->vararg && !a->kwonlyargs.n && !a->kwarg;
        if (level > PR_TEST) PUT("(");
        PUT(noargs ? "lambda" : "lambda ");
        if (un_args(b, a) < 0)
            return -1;
        PUT(": ");
        SUB(e->v.Lambda.body, PR_TEST);
        if (level > PR_TEST) PUT(")");
        return 0;
    }
    case FT_EXPR_IFEXP:
        if (level > PR_TEST) PUT("(");
        SUB(e->v.IfExp.body, PR_TEST + 1);
        PUT(" if ");
        SUB(e->v.IfExp.test, PR_TEST + 1);
        PUT(" else ");
        SUB(e->v.IfExp.orelse, PR_TEST);
        if (level > PR_TEST) PUT(")");
        return 0;
    case FT_EXPR_DICT:
        PUT("{");
        for (ft_ssize i = 0; i < e->v.Dict.values.n; i++) {
            if (i)
                PUT(", ");
            ft_expr *k = i < e->v.Dict.keys.n ? e->v.Dict.keys.items[i] : NULL;
            if (k) {
                SUB(k, PR_TEST);
                PUT(": ");
                SUB(e->v.Dict.values.items[i], PR_TEST);
            } else {
                PUT("**");
                SUB(e->v.Dict.values.items[i], PR_EXPR);
            }
        }
        PUT("}");
        return 0;
    case FT_EXPR_SET:
        if (!e->v.Set.elts.n) {
            PUT("{*()}");
            return 0;
        }
        PUT("{");
        if (un_seq(b, &e->v.Set.elts, PR_TEST) < 0)
            return -1;
        PUT("}");
        return 0;
    case FT_EXPR_LISTCOMP:
    case FT_EXPR_SETCOMP:
    case FT_EXPR_GENERATOREXP: {
        const char *open = e->kind == FT_EXPR_LISTCOMP ? "[" : e->kind == FT_EXPR_SETCOMP ? "{" : "(";
        const char *close = e->kind == FT_EXPR_LISTCOMP ? "]" : e->kind == FT_EXPR_SETCOMP ? "}" : ")";
        PUT(open);
        SUB(e->v.ListComp.elt, PR_TEST);
        if (un_comprehensions(b, &e->v.ListComp.generators) < 0)
            return -1;
        PUT(close);
        return 0;
    }
    case FT_EXPR_DICTCOMP:
        PUT("{");
        SUB(e->v.DictComp.key, PR_TEST);
        PUT(": ");
        SUB(e->v.DictComp.value, PR_TEST);
        if (un_comprehensions(b, &e->v.DictComp.generators) < 0)
            return -1;
        PUT("}");
        return 0;
    case FT_EXPR_AWAIT:
        if (level > PR_AWAIT) PUT("(");
        PUT("await ");
        SUB(e->v.Await.value, PR_ATOM);
        if (level > PR_AWAIT) PUT(")");
        return 0;
    case FT_EXPR_YIELD:
        PUT(e->v.Await.value ? "(yield " : "(yield");
        if (e->v.Await.value)
            SUB(e->v.Await.value, PR_TEST);
        PUT(")");
        return 0;
    case FT_EXPR_YIELDFROM:
        PUT("(yield from ");
        SUB(e->v.Await.value, PR_TEST);
        PUT(")");
        return 0;
    case FT_EXPR_COMPARE:
        if (level > PR_CMP) PUT("(");
        SUB(e->v.Compare.left, PR_CMP + 1);
        for (ft_ssize i = 0; i < e->v.Compare.ops.n && i < e->v.Compare.comparators.n; i++) {
            PUT(cmp_str(e->v.Compare.ops.items[i]));
            SUB(e->v.Compare.comparators.items[i], PR_CMP + 1);
        }
        if (level > PR_CMP) PUT(")");
        return 0;
    case FT_EXPR_CALL: {
        SUB(e->v.Call.func, PR_ATOM);
        ft_expr_seq *args = &e->v.Call.args;
        if (args->n == 1 && !e->v.Call.keywords.n && args->items[0]->kind == FT_EXPR_GENERATOREXP) {
            SUB(args->items[0], PR_TEST);
            return 0;
        }
        PUT("(");
        bool first = true;
        for (ft_ssize i = 0; i < args->n; i++) {
            if (!first)
                PUT(", ");
            first = false;
            SUB(args->items[i], PR_TEST);
        }
        for (ft_ssize i = 0; i < e->v.Call.keywords.n; i++) {
            ft_keyword *k = e->v.Call.keywords.items[i];
            if (!first)
                PUT(", ");
            first = false;
            if (k->arg) {
                PUTSTR(k->arg);
                PUT("=");
            } else {
                PUT("**");
            }
            SUB(k->value, PR_TEST);
        }
        PUT(")");
        return 0;
    }
    case FT_EXPR_FORMATTEDVALUE:
    case FT_EXPR_JOINEDSTR: {
        ft_strbuf inner;
        ft_strbuf_init(&inner);
        if (e->kind == FT_EXPR_JOINEDSTR) {
            if (un_fstring_body(&inner, e) < 0)
                return -1;
        } else {
            ft_expr_seq one = { 1, &e };
            ft_expr js;
            memset(&js, 0, sizeof js);
            js.kind = FT_EXPR_JOINEDSTR;
            js.v.JoinedStr.values = one;
            if (un_fstring_body(&inner, &js) < 0)
                return -1;
        }
        ft_obj *body = ft_strbuf_finish(&inner);
        if (!body)
            return -1;
        ft_obj *r = ft_repr(body);
        if (!r)
            return -1;
        PUT("f");
        PUTSTR(r);
        return 0;
    }
    case FT_EXPR_CONSTANT:
        return un_const(b, e->v.Constant.value);
    case FT_EXPR_ATTRIBUTE: {
        ft_expr *v = e->v.Attribute.value;
        SUB(v, PR_ATOM);
        if (v->kind == FT_EXPR_CONSTANT && ft_int_check_exact(v->v.Constant.value))
            PUT(" ");
        PUT(".");
        PUTSTR(e->v.Attribute.attr);
        return 0;
    }
    case FT_EXPR_SUBSCRIPT: {
        SUB(e->v.Subscript.value, PR_ATOM);
        PUT("[");
        ft_expr *sl = e->v.Subscript.slice;
        if (sl->kind == FT_EXPR_TUPLE && sl->v.List.elts.n) {
            if (un_seq(b, &sl->v.List.elts, PR_TEST) < 0)
                return -1;
            if (sl->v.List.elts.n == 1)
                PUT(",");
        } else {
            SUB(sl, PR_TUPLE);
        }
        PUT("]");
        return 0;
    }
    case FT_EXPR_STARRED:
        PUT("*");
        SUB(e->v.Starred.value, PR_EXPR);
        return 0;
    case FT_EXPR_NAME:
        PUTSTR(e->v.Name.id);
        return 0;
    case FT_EXPR_LIST:
        PUT("[");
        if (un_seq(b, &e->v.List.elts, PR_TEST) < 0)
            return -1;
        PUT("]");
        return 0;
    case FT_EXPR_TUPLE:
        if (!e->v.List.elts.n) {
            PUT("()");
            return 0;
        }
        if (level > PR_TUPLE) PUT("(");
        if (un_seq(b, &e->v.List.elts, PR_TEST) < 0)
            return -1;
        if (e->v.List.elts.n == 1)
            PUT(",");
        if (level > PR_TUPLE) PUT(")");
        return 0;
    case FT_EXPR_SLICE:
        if (e->v.Slice.lower)
            SUB(e->v.Slice.lower, PR_TEST);
        PUT(":");
        if (e->v.Slice.upper)
            SUB(e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            PUT(":");
            SUB(e->v.Slice.step, PR_TEST);
        }
        return 0;
    }
    ft_err_set_str(ft_exc_SystemError, "unparse: unknown expression kind");
    return -1;
}

ft_obj *ft_compiler_unparse(ft_expr *e)
{
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (un_expr(&b, e, PR_TEST) < 0)
        return NULL;
    return ft_strbuf_finish(&b);
}
