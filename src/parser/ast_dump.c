/* ast_dump.c -- ft_ast_dump(): the text of CPython 3.13's ast.dump(tree).
 *
 * Reproduces ast.dump(node, annotate_fields=True, include_attributes=False,
 * indent=..., show_empty=False): fields that are None or empty lists are
 * left out (except Constant.value and MatchSingleton.value), and with an
 * indent a node whose fields are all "simple" and at most three stays on
 * one line. Constants are shown with repr().
 *
 * Text is built in malloc()ed buffers (they hold no object pointers); the
 * tree is only read, so any thread may dump a shared tree.
 */
#include "core/ftcore.h"
#include "parser/ast.h"
#include "parser/parser_int.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct { char *s; size_t n, cap; bool simple; bool oom; } fres;

typedef struct {
    int indent;   /* < 0: single line */
    bool failed;
    bool attrs;   /* include_attributes=True */
} D;

static void fr_put(fres *r, const char *s, size_t n) {
    if (r->oom) return;
    if (r->n + n + 1 > r->cap) {
        size_t nc = r->cap ? r->cap * 2 : 64;
        while (nc < r->n + n + 1) nc *= 2;
        char *ns = realloc(r->s, nc);
        if (!ns) { r->oom = true; return; }
        r->s = ns;
        r->cap = nc;
    }
    memcpy(r->s + r->n, s, n);
    r->n += n;
    r->s[r->n] = 0;
}
static void fr_cstr(fres *r, const char *s) { fr_put(r, s, strlen(s)); }

static fres fr_text(const char *s, bool simple) {
    fres r = {0};
    fr_cstr(&r, s);
    r.simple = simple;
    return r;
}

/* A node under construction: its class name and the shown fields. */
typedef struct {
    const char *cls;
    int n;
    const char *names[12];
    fres vals[12];
} node_b;

static void nb_add(node_b *b, const char *name, fres v) {
    b->names[b->n] = name;
    b->vals[b->n] = v;
    b->n++;
}

static void put_prefix(fres *r, D *d, int level, bool sep) {
    if (d->indent < 0) {
        if (sep) fr_cstr(r, ", ");
        return;
    }
    fr_cstr(r, sep ? ",\n" : "\n");
    for (int i = 0; i < d->indent * level; i++) fr_put(r, " ", 1);
}

static fres nb_finish(D *d, node_b *b, int level) {
    int inner = d->indent < 0 ? level : level + 1;
    bool allsimple = true;
    for (int i = 0; i < b->n; i++) {
        allsimple = allsimple && b->vals[i].simple;
        if (b->vals[i].oom) d->failed = true;
    }
    fres r = {0};
    fr_cstr(&r, b->cls);
    fr_put(&r, "(", 1);
    if (allsimple && b->n <= 3) {
        for (int i = 0; i < b->n; i++) {
            if (i) fr_cstr(&r, ", ");
            fr_cstr(&r, b->names[i]);
            fr_put(&r, "=", 1);
            fr_put(&r, b->vals[i].s ? b->vals[i].s : "", b->vals[i].n);
        }
        r.simple = b->n == 0;
    } else {
        for (int i = 0; i < b->n; i++) {
            put_prefix(&r, d, inner, i > 0);
            fr_cstr(&r, b->names[i]);
            fr_put(&r, "=", 1);
            fr_put(&r, b->vals[i].s ? b->vals[i].s : "", b->vals[i].n);
        }
        r.simple = false;
    }
    fr_put(&r, ")", 1);
    for (int i = 0; i < b->n; i++) free(b->vals[i].s);
    if (r.oom) d->failed = true;
    return r;
}

/* A list of already formatted items. */
static fres list_finish(D *d, fres *items, ft_ssize n, int level) {
    int inner = d->indent < 0 ? level : level + 1;
    fres r = {0};
    fr_put(&r, "[", 1);
    for (ft_ssize i = 0; i < n; i++) {
        if (d->indent < 0) { if (i) fr_cstr(&r, ", "); }
        else put_prefix(&r, d, inner, i > 0);
        fr_put(&r, items[i].s ? items[i].s : "", items[i].n);
        if (items[i].oom) d->failed = true;
        free(items[i].s);
    }
    fr_put(&r, "]", 1);
    r.simple = false;
    return r;
}

static fres F_int(long v);

/* include_attributes: lineno, col_offset, end_lineno, end_col_offset */
static void nb_pos(D *d, node_b *b, ft_ast_pos pos) {
    if (!d->attrs) return;
    b->names[b->n] = "lineno"; b->vals[b->n++] = F_int(pos.lineno);
    b->names[b->n] = "col_offset"; b->vals[b->n++] = F_int(pos.col_offset);
    b->names[b->n] = "end_lineno"; b->vals[b->n++] = F_int(pos.end_lineno);
    b->names[b->n] = "end_col_offset"; b->vals[b->n++] = F_int(pos.end_col_offset);
}

static fres F_repr(D *d, ft_obj *o) {
    ft_obj *s = ft_repr(o);
    if (!s) {
        d->failed = true;
        return fr_text("?", true);
    }
    fres r = {0};
    fr_put(&r, ft_str_utf8(s), (size_t)FT_STR(s)->nbytes);
    r.simple = true;
    return r;
}

static fres F_int(long v) {
    char b[32];
    snprintf(b, sizeof b, "%ld", v);
    return fr_text(b, true);
}

static fres F_expr(D *d, ft_expr *e, int level);
static fres F_stmt(D *d, ft_stmt *s, int level);
static fres F_pattern(D *d, ft_pattern *p, int level);

static int child(D *d, int level) { return d->indent < 0 ? level : level + 1; }

#define LIST_OF(fn, seq, level) do_list(d, (void **)(seq).items, (seq).n, (level), (fres (*)(D *, void *, int))(fn))
static fres do_list(D *d, void **items, ft_ssize n, int level, fres (*fn)(D *, void *, int)) {
    if (n == 0) return fr_text("[]", true);
    fres *arr = calloc((size_t)n, sizeof *arr);
    if (!arr) { d->failed = true; return fr_text("[]", true); }
    int inner = child(d, level);
    for (ft_ssize i = 0; i < n; i++) {
        if (items[i]) arr[i] = fn(d, items[i], inner);
        else arr[i] = fr_text("None", true);
    }
    fres r = list_finish(d, arr, n, level);
    free(arr);
    return r;
}

static fres list_idents(D *d, ft_ident_seq s, int level) {
    if (s.n == 0) return fr_text("[]", true);
    fres *arr = calloc((size_t)s.n, sizeof *arr);
    if (!arr) { d->failed = true; return fr_text("[]", true); }
    for (ft_ssize i = 0; i < s.n; i++) arr[i] = F_repr(d, s.items[i]);
    fres r = list_finish(d, arr, s.n, level);
    free(arr);
    return r;
}

static const char *ctx_name(ft_expr_context c) {
    return c == FT_CTX_STORE ? "Store()" : c == FT_CTX_DEL ? "Del()" : "Load()";
}
static const char *op_name(int op) {
    static const char *const n[] = {"?", "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                    "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
    return op >= 1 && op <= 13 ? n[op] : "?";
}
static const char *cmp_name(int op) {
    static const char *const n[] = {"?", "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()",
                                    "In()", "NotIn()"};
    return op >= 1 && op <= 10 ? n[op] : "?";
}
static const char *uop_name(int op) {
    static const char *const n[] = {"?", "Invert()", "Not()", "UAdd()", "USub()"};
    return op >= 1 && op <= 4 ? n[op] : "?";
}

/* field helpers: add only when present */
#define ADD_E(name, x) do { if (x) nb_add(&b, name, F_expr(d, (x), c)); } while (0)
#define ADD_ES(name, s) do { if ((s).n) nb_add(&b, name, LIST_OF(F_expr, (s), c)); } while (0)
#define ADD_SS(name, s) do { if ((s).n) nb_add(&b, name, LIST_OF(F_stmt, (s), c)); } while (0)
#define ADD_ID(name, x) do { if (x) nb_add(&b, name, F_repr(d, (x))); } while (0)
#define ADD_TXT(name, t) nb_add(&b, name, fr_text((t), true))
#define ADD_INT(name, v) nb_add(&b, name, F_int((long)(v)))

static fres F_arg(D *d, ft_arg *a, int level) {
    node_b b = { .cls = "arg" };
    int c = child(d, level);
    ADD_ID("arg", a->arg);
    ADD_E("annotation", a->annotation);
    nb_pos(d, &b, a->pos);
    return nb_finish(d, &b, level);
}

static fres F_arguments(D *d, ft_arguments *A, int level) {
    node_b b = { .cls = "arguments" };
    int c = child(d, level);
    if (A->posonlyargs.n) nb_add(&b, "posonlyargs", LIST_OF(F_arg, A->posonlyargs, c));
    if (A->args.n) nb_add(&b, "args", LIST_OF(F_arg, A->args, c));
    if (A->vararg) nb_add(&b, "vararg", F_arg(d, A->vararg, c));
    if (A->kwonlyargs.n) nb_add(&b, "kwonlyargs", LIST_OF(F_arg, A->kwonlyargs, c));
    ADD_ES("kw_defaults", A->kw_defaults);
    if (A->kwarg) nb_add(&b, "kwarg", F_arg(d, A->kwarg, c));
    ADD_ES("defaults", A->defaults);
    return nb_finish(d, &b, level);
}

static fres F_keyword(D *d, ft_keyword *k, int level) {
    node_b b = { .cls = "keyword" };
    int c = child(d, level);
    ADD_ID("arg", k->arg);
    ADD_E("value", k->value);
    nb_pos(d, &b, k->pos);
    return nb_finish(d, &b, level);
}

static fres F_alias(D *d, ft_alias *a, int level) {
    node_b b = { .cls = "alias" };
    ADD_ID("name", a->name);
    ADD_ID("asname", a->asname);
    nb_pos(d, &b, a->pos);
    return nb_finish(d, &b, level);
}

static fres F_withitem(D *d, ft_withitem *w, int level) {
    node_b b = { .cls = "withitem" };
    int c = child(d, level);
    ADD_E("context_expr", w->context_expr);
    ADD_E("optional_vars", w->optional_vars);
    return nb_finish(d, &b, level);
}

static fres F_comprehension(D *d, ft_comprehension *g, int level) {
    node_b b = { .cls = "comprehension" };
    int c = child(d, level);
    ADD_E("target", g->target);
    ADD_E("iter", g->iter);
    ADD_ES("ifs", g->ifs);
    ADD_INT("is_async", g->is_async);
    return nb_finish(d, &b, level);
}

static fres F_handler(D *d, ft_excepthandler *h, int level) {
    node_b b = { .cls = "ExceptHandler" };
    int c = child(d, level);
    ADD_E("type", h->type);
    ADD_ID("name", h->name);
    ADD_SS("body", h->body);
    nb_pos(d, &b, h->pos);
    return nb_finish(d, &b, level);
}

static fres F_match_case(D *d, ft_match_case *m, int level) {
    node_b b = { .cls = "match_case" };
    int c = child(d, level);
    nb_add(&b, "pattern", F_pattern(d, m->pattern, c));
    ADD_E("guard", m->guard);
    ADD_SS("body", m->body);
    return nb_finish(d, &b, level);
}

static fres F_type_param(D *d, ft_type_param *t, int level) {
    node_b b = { .cls = t->kind == FT_TP_PARAMSPEC ? "ParamSpec" : t->kind == FT_TP_TYPEVARTUPLE ? "TypeVarTuple" : "TypeVar" };
    int c = child(d, level);
    ADD_ID("name", t->name);
    ADD_E("bound", t->bound);
    ADD_E("default_value", t->default_value);
    nb_pos(d, &b, t->pos);
    return nb_finish(d, &b, level);
}

static fres F_pattern(D *d, ft_pattern *p, int level) {
    node_b b = {0};
    int c = child(d, level);
    if (ft_check_c_stack("ast dump") < 0) { d->failed = true; return fr_text("", true); }
    switch (p->kind) {
    case FT_PAT_MATCHVALUE: b.cls = "MatchValue"; ADD_E("value", p->v.MatchValue.value); break;
    case FT_PAT_MATCHSINGLETON: b.cls = "MatchSingleton"; nb_add(&b, "value", F_repr(d, p->v.MatchSingleton.value)); break;
    case FT_PAT_MATCHSEQUENCE:
        b.cls = "MatchSequence";
        if (p->v.MatchSequence.patterns.n) nb_add(&b, "patterns", LIST_OF(F_pattern, p->v.MatchSequence.patterns, c));
        break;
    case FT_PAT_MATCHMAPPING:
        b.cls = "MatchMapping";
        ADD_ES("keys", p->v.MatchMapping.keys);
        if (p->v.MatchMapping.patterns.n) nb_add(&b, "patterns", LIST_OF(F_pattern, p->v.MatchMapping.patterns, c));
        ADD_ID("rest", p->v.MatchMapping.rest);
        break;
    case FT_PAT_MATCHCLASS:
        b.cls = "MatchClass";
        ADD_E("cls", p->v.MatchClass.cls);
        if (p->v.MatchClass.patterns.n) nb_add(&b, "patterns", LIST_OF(F_pattern, p->v.MatchClass.patterns, c));
        if (p->v.MatchClass.kwd_attrs.n) nb_add(&b, "kwd_attrs", list_idents(d, p->v.MatchClass.kwd_attrs, c));
        if (p->v.MatchClass.kwd_patterns.n) nb_add(&b, "kwd_patterns", LIST_OF(F_pattern, p->v.MatchClass.kwd_patterns, c));
        break;
    case FT_PAT_MATCHSTAR: b.cls = "MatchStar"; ADD_ID("name", p->v.MatchStar.name); break;
    case FT_PAT_MATCHAS:
        b.cls = "MatchAs";
        if (p->v.MatchAs.pattern) nb_add(&b, "pattern", F_pattern(d, p->v.MatchAs.pattern, c));
        ADD_ID("name", p->v.MatchAs.name);
        break;
    case FT_PAT_MATCHOR:
        b.cls = "MatchOr";
        if (p->v.MatchOr.patterns.n) nb_add(&b, "patterns", LIST_OF(F_pattern, p->v.MatchOr.patterns, c));
        break;
    default: b.cls = "?"; break;
    }
    nb_pos(d, &b, p->pos);
    return nb_finish(d, &b, level);
}

static fres F_expr(D *d, ft_expr *e, int level) {
    node_b b = {0};
    int c = child(d, level);
    if (ft_check_c_stack("ast dump") < 0) { d->failed = true; return fr_text("", true); }
    switch (e->kind) {
    case FT_EXPR_BOOLOP:
        b.cls = "BoolOp";
        ADD_TXT("op", e->v.BoolOp.op == FT_BOOL_AND ? "And()" : "Or()");
        ADD_ES("values", e->v.BoolOp.values);
        break;
    case FT_EXPR_NAMEDEXPR:
        b.cls = "NamedExpr";
        ADD_E("target", e->v.NamedExpr.target);
        ADD_E("value", e->v.NamedExpr.value);
        break;
    case FT_EXPR_BINOP:
        b.cls = "BinOp";
        ADD_E("left", e->v.BinOp.left);
        ADD_TXT("op", op_name(e->v.BinOp.op));
        ADD_E("right", e->v.BinOp.right);
        break;
    case FT_EXPR_UNARYOP:
        b.cls = "UnaryOp";
        ADD_TXT("op", uop_name(e->v.UnaryOp.op));
        ADD_E("operand", e->v.UnaryOp.operand);
        break;
    case FT_EXPR_LAMBDA:
        b.cls = "Lambda";
        nb_add(&b, "args", F_arguments(d, e->v.Lambda.args, c));
        ADD_E("body", e->v.Lambda.body);
        break;
    case FT_EXPR_IFEXP:
        b.cls = "IfExp";
        ADD_E("test", e->v.IfExp.test);
        ADD_E("body", e->v.IfExp.body);
        ADD_E("orelse", e->v.IfExp.orelse);
        break;
    case FT_EXPR_DICT:
        b.cls = "Dict";
        ADD_ES("keys", e->v.Dict.keys);
        ADD_ES("values", e->v.Dict.values);
        break;
    case FT_EXPR_SET:
        b.cls = "Set";
        ADD_ES("elts", e->v.Set.elts);
        break;
    case FT_EXPR_LISTCOMP: case FT_EXPR_SETCOMP: case FT_EXPR_GENERATOREXP:
        b.cls = e->kind == FT_EXPR_LISTCOMP ? "ListComp" : e->kind == FT_EXPR_SETCOMP ? "SetComp" : "GeneratorExp";
        ADD_E("elt", e->v.ListComp.elt);
        if (e->v.ListComp.generators.n) nb_add(&b, "generators", LIST_OF(F_comprehension, e->v.ListComp.generators, c));
        break;
    case FT_EXPR_DICTCOMP:
        b.cls = "DictComp";
        ADD_E("key", e->v.DictComp.key);
        ADD_E("value", e->v.DictComp.value);
        if (e->v.DictComp.generators.n) nb_add(&b, "generators", LIST_OF(F_comprehension, e->v.DictComp.generators, c));
        break;
    case FT_EXPR_AWAIT: b.cls = "Await"; ADD_E("value", e->v.Await.value); break;
    case FT_EXPR_YIELD: b.cls = "Yield"; ADD_E("value", e->v.Await.value); break;
    case FT_EXPR_YIELDFROM: b.cls = "YieldFrom"; ADD_E("value", e->v.Await.value); break;
    case FT_EXPR_COMPARE: {
        b.cls = "Compare";
        ADD_E("left", e->v.Compare.left);
        ft_ssize n = e->v.Compare.ops.n;
        if (n) {
            fres *arr = calloc((size_t)n, sizeof *arr);
            if (!arr) { d->failed = true; break; }
            for (ft_ssize i = 0; i < n; i++) arr[i] = fr_text(cmp_name(e->v.Compare.ops.items[i]), true);
            nb_add(&b, "ops", list_finish(d, arr, n, c));
            free(arr);
        }
        ADD_ES("comparators", e->v.Compare.comparators);
        break;
    }
    case FT_EXPR_CALL:
        b.cls = "Call";
        ADD_E("func", e->v.Call.func);
        ADD_ES("args", e->v.Call.args);
        if (e->v.Call.keywords.n) nb_add(&b, "keywords", LIST_OF(F_keyword, e->v.Call.keywords, c));
        break;
    case FT_EXPR_FORMATTEDVALUE:
        b.cls = "FormattedValue";
        ADD_E("value", e->v.FormattedValue.value);
        ADD_INT("conversion", e->v.FormattedValue.conversion);
        ADD_E("format_spec", e->v.FormattedValue.format_spec);
        break;
    case FT_EXPR_JOINEDSTR:
        b.cls = "JoinedStr";
        ADD_ES("values", e->v.JoinedStr.values);
        break;
    case FT_EXPR_CONSTANT:
        b.cls = "Constant";
        nb_add(&b, "value", F_repr(d, e->v.Constant.value));
        ADD_ID("kind", e->v.Constant.kind);
        break;
    case FT_EXPR_ATTRIBUTE:
        b.cls = "Attribute";
        ADD_E("value", e->v.Attribute.value);
        ADD_ID("attr", e->v.Attribute.attr);
        ADD_TXT("ctx", ctx_name(e->v.Attribute.ctx));
        break;
    case FT_EXPR_SUBSCRIPT:
        b.cls = "Subscript";
        ADD_E("value", e->v.Subscript.value);
        ADD_E("slice", e->v.Subscript.slice);
        ADD_TXT("ctx", ctx_name(e->v.Subscript.ctx));
        break;
    case FT_EXPR_STARRED:
        b.cls = "Starred";
        ADD_E("value", e->v.Starred.value);
        ADD_TXT("ctx", ctx_name(e->v.Starred.ctx));
        break;
    case FT_EXPR_NAME:
        b.cls = "Name";
        ADD_ID("id", e->v.Name.id);
        ADD_TXT("ctx", ctx_name(e->v.Name.ctx));
        break;
    case FT_EXPR_LIST: case FT_EXPR_TUPLE:
        b.cls = e->kind == FT_EXPR_LIST ? "List" : "Tuple";
        ADD_ES("elts", e->v.List.elts);
        ADD_TXT("ctx", ctx_name(e->v.List.ctx));
        break;
    case FT_EXPR_SLICE:
        b.cls = "Slice";
        ADD_E("lower", e->v.Slice.lower);
        ADD_E("upper", e->v.Slice.upper);
        ADD_E("step", e->v.Slice.step);
        break;
    default:
        b.cls = "?";
        break;
    }
    nb_pos(d, &b, e->pos);
    return nb_finish(d, &b, level);
}

static fres F_stmt(D *d, ft_stmt *s, int level) {
    node_b b = {0};
    int c = child(d, level);
    if (ft_check_c_stack("ast dump") < 0) { d->failed = true; return fr_text("", true); }
    switch (s->kind) {
    case FT_STMT_FUNCTIONDEF: case FT_STMT_ASYNCFUNCTIONDEF:
        b.cls = s->kind == FT_STMT_FUNCTIONDEF ? "FunctionDef" : "AsyncFunctionDef";
        ADD_ID("name", s->v.FunctionDef.name);
        nb_add(&b, "args", F_arguments(d, s->v.FunctionDef.args, c));
        ADD_SS("body", s->v.FunctionDef.body);
        ADD_ES("decorator_list", s->v.FunctionDef.decorator_list);
        ADD_E("returns", s->v.FunctionDef.returns);
        if (s->v.FunctionDef.type_params.n) nb_add(&b, "type_params", LIST_OF(F_type_param, s->v.FunctionDef.type_params, c));
        break;
    case FT_STMT_CLASSDEF:
        b.cls = "ClassDef";
        ADD_ID("name", s->v.ClassDef.name);
        ADD_ES("bases", s->v.ClassDef.bases);
        if (s->v.ClassDef.keywords.n) nb_add(&b, "keywords", LIST_OF(F_keyword, s->v.ClassDef.keywords, c));
        ADD_SS("body", s->v.ClassDef.body);
        ADD_ES("decorator_list", s->v.ClassDef.decorator_list);
        if (s->v.ClassDef.type_params.n) nb_add(&b, "type_params", LIST_OF(F_type_param, s->v.ClassDef.type_params, c));
        break;
    case FT_STMT_RETURN: b.cls = "Return"; ADD_E("value", s->v.Return.value); break;
    case FT_STMT_DELETE: b.cls = "Delete"; ADD_ES("targets", s->v.Delete.targets); break;
    case FT_STMT_ASSIGN:
        b.cls = "Assign";
        ADD_ES("targets", s->v.Assign.targets);
        ADD_E("value", s->v.Assign.value);
        break;
    case FT_STMT_TYPEALIAS:
        b.cls = "TypeAlias";
        ADD_E("name", s->v.TypeAlias.name);
        if (s->v.TypeAlias.type_params.n) nb_add(&b, "type_params", LIST_OF(F_type_param, s->v.TypeAlias.type_params, c));
        ADD_E("value", s->v.TypeAlias.value);
        break;
    case FT_STMT_AUGASSIGN:
        b.cls = "AugAssign";
        ADD_E("target", s->v.AugAssign.target);
        ADD_TXT("op", op_name(s->v.AugAssign.op));
        ADD_E("value", s->v.AugAssign.value);
        break;
    case FT_STMT_ANNASSIGN:
        b.cls = "AnnAssign";
        ADD_E("target", s->v.AnnAssign.target);
        ADD_E("annotation", s->v.AnnAssign.annotation);
        ADD_E("value", s->v.AnnAssign.value);
        ADD_INT("simple", s->v.AnnAssign.simple);
        break;
    case FT_STMT_FOR: case FT_STMT_ASYNCFOR:
        b.cls = s->kind == FT_STMT_FOR ? "For" : "AsyncFor";
        ADD_E("target", s->v.For.target);
        ADD_E("iter", s->v.For.iter);
        ADD_SS("body", s->v.For.body);
        ADD_SS("orelse", s->v.For.orelse);
        break;
    case FT_STMT_WHILE:
        b.cls = "While";
        ADD_E("test", s->v.While.test);
        ADD_SS("body", s->v.While.body);
        ADD_SS("orelse", s->v.While.orelse);
        break;
    case FT_STMT_IF:
        b.cls = "If";
        ADD_E("test", s->v.If.test);
        ADD_SS("body", s->v.If.body);
        ADD_SS("orelse", s->v.If.orelse);
        break;
    case FT_STMT_WITH: case FT_STMT_ASYNCWITH:
        b.cls = s->kind == FT_STMT_WITH ? "With" : "AsyncWith";
        if (s->v.With.items.n) nb_add(&b, "items", LIST_OF(F_withitem, s->v.With.items, c));
        ADD_SS("body", s->v.With.body);
        break;
    case FT_STMT_MATCH:
        b.cls = "Match";
        ADD_E("subject", s->v.Match.subject);
        if (s->v.Match.cases.n) nb_add(&b, "cases", LIST_OF(F_match_case, s->v.Match.cases, c));
        break;
    case FT_STMT_RAISE:
        b.cls = "Raise";
        ADD_E("exc", s->v.Raise.exc);
        ADD_E("cause", s->v.Raise.cause);
        break;
    case FT_STMT_TRY: case FT_STMT_TRYSTAR:
        b.cls = s->kind == FT_STMT_TRY ? "Try" : "TryStar";
        ADD_SS("body", s->v.Try.body);
        if (s->v.Try.handlers.n) nb_add(&b, "handlers", LIST_OF(F_handler, s->v.Try.handlers, c));
        ADD_SS("orelse", s->v.Try.orelse);
        ADD_SS("finalbody", s->v.Try.finalbody);
        break;
    case FT_STMT_ASSERT:
        b.cls = "Assert";
        ADD_E("test", s->v.Assert.test);
        ADD_E("msg", s->v.Assert.msg);
        break;
    case FT_STMT_IMPORT:
        b.cls = "Import";
        if (s->v.Import.names.n) nb_add(&b, "names", LIST_OF(F_alias, s->v.Import.names, c));
        break;
    case FT_STMT_IMPORTFROM:
        b.cls = "ImportFrom";
        ADD_ID("module", s->v.ImportFrom.module);
        if (s->v.ImportFrom.names.n) nb_add(&b, "names", LIST_OF(F_alias, s->v.ImportFrom.names, c));
        ADD_INT("level", s->v.ImportFrom.level);
        break;
    case FT_STMT_GLOBAL: case FT_STMT_NONLOCAL:
        b.cls = s->kind == FT_STMT_GLOBAL ? "Global" : "Nonlocal";
        if (s->v.Global.names.n) nb_add(&b, "names", list_idents(d, s->v.Global.names, c));
        break;
    case FT_STMT_EXPR: b.cls = "Expr"; ADD_E("value", s->v.Expr.value); break;
    case FT_STMT_PASS: b.cls = "Pass"; break;
    case FT_STMT_BREAK: b.cls = "Break"; break;
    case FT_STMT_CONTINUE: b.cls = "Continue"; break;
    default: b.cls = "?"; break;
    }
    nb_pos(d, &b, s->pos);
    return nb_finish(d, &b, level);
}

ft_obj *ft_ast_dump(ft_mod *mod, int indent) { return ft_ast_dump_ex(mod, indent, false); }

ft_obj *ft_ast_dump_ex(ft_mod *mod, int indent, bool include_attributes) {
    if (!mod) {
        ft_err_bad_internal_call("ft_ast_dump");
        return NULL;
    }
    D d = { indent, false, include_attributes };
    node_b b = {0};
    int c = child(&d, 0);
    D *dp = &d;
    switch (mod->kind) {
    case FT_MOD_MODULE: case FT_MOD_INTERACTIVE:
        b.cls = mod->kind == FT_MOD_MODULE ? "Module" : "Interactive";
        if (mod->body.n) nb_add(&b, "body", do_list(dp, (void **)mod->body.items, mod->body.n, c,
                                                    (fres (*)(D *, void *, int))F_stmt));
        break;
    case FT_MOD_EXPRESSION:
        b.cls = "Expression";
        if (mod->expr) nb_add(&b, "body", F_expr(dp, mod->expr, c));
        break;
    default:
        ft_err_bad_internal_call("ft_ast_dump: bad module kind");
        return NULL;
    }
    fres r = nb_finish(dp, &b, 0);
    if (d.failed || r.oom) {
        free(r.s);
        if (!ft_err_occurred()) ft_err_no_memory();
        return NULL;
    }
    ft_obj *s = ft_str_new(r.s ? r.s : "", (ft_ssize)r.n);
    free(r.s);
    return s;
}
