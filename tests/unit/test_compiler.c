/* test_compiler.c -- unit tests of the compiler: symbol table results seen
 * through code objects, code shapes (disassembly), exception tables,
 * constants, flags, positions and SyntaxErrors with their locations.
 * Programs are compiled with ft_compile_source (parser + compiler) and one
 * tree is built by hand to exercise ft_compile_ast directly. */
#include "unit.h"
#include "parser/ast.h"
#include "compiler/compiler.h"
#include "vm/opcodes.h"

static ft_obj *compile_str(const char *src)
{
    return ft_compile_source(src, (ft_ssize)strlen(src), ft_str_from_cstr("<unit>"), FT_PARSE_EXEC, 0);
}

static ft_obj *dis_of(const char *src)
{
    ft_obj *co = compile_str(src);
    return co ? ft_code_disassemble(co) : NULL;
}

static bool contains(ft_obj *s, const char *needle)
{
    return s && ft_str_check(s) && strstr(ft_str_utf8(s), needle) != NULL;
}

/* nested code object number `i` among the constants */
static ft_code *child(ft_obj *co, int i)
{
    ft_code *c = FT_CODE(co);
    for (ft_ssize k = 0; k < ft_tuple_size(c->consts); k++) {
        ft_obj *o = ft_tuple_get(c->consts, k);
        if (!ft_is_smallint(o) && o->ob_type == &ft_code_type && i-- == 0)
            return FT_CODE(o);
    }
    return NULL;
}

static int count_op(ft_code *co, int op)
{
    int n = 0;
    for (ft_ssize i = 0; i < co->ninstrs; i++)
        if ((int)FT_OP(co->instrs[i]) == op)
            n++;
    return n;
}

/* Compile, expect a SyntaxError with message, line and 1-based offset. */
static void check_syntax_error(const char *src, const char *msg, int line, int offset)
{
    ft_obj *co = compile_str(src);
    CHECK(co == NULL);
    if (co)
        return;
    ft_obj *e = ft_err_fetch();
    CHECK(e && ft_isinstance(e, (ft_obj *)ft_exc_SyntaxError) == 1);
    if (!e)
        return;
    ft_obj *m = ft_getattr_cstr(e, "msg");
    ft_obj *l = ft_getattr_cstr(e, "lineno");
    ft_obj *o = ft_getattr_cstr(e, "offset");
    bool ok = m && ft_str_check(m) && strcmp(ft_str_utf8(m), msg) == 0 && l && o &&
              ft_is_smallint(l) && ft_smallint_value(l) == line && ft_is_smallint(o) &&
              ft_smallint_value(o) == offset;
    if (!ok) {
        fprintf(stderr, "syntax error mismatch for %s: got %s at %lld:%lld, want %s at %d:%d\n", src,
                m && ft_str_check(m) ? ft_str_utf8(m) : "?", l && ft_is_smallint(l) ? (long long)ft_smallint_value(l) : -1LL,
                o && ft_is_smallint(o) ? (long long)ft_smallint_value(o) : -1LL, msg, line, offset);
        ft_err_clear();
    }
    CHECK(ok);
}

static void test_scopes(void)
{
    ft_obj *co = compile_str("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
    CHECK(co != NULL);
    if (!co)
        return;
    ft_code *f = child(co, 0);
    CHECK(f && f->argcount == 1 && f->ncells == 2);
    CHECK(f && f->cell2arg && f->cell2arg[0] == 0 && f->cell2arg[1] == -1);
    ft_code *g = f ? child((ft_obj *)f, 0) : NULL;
    CHECK(g && g->nfree == 2 && (g->flags & FT_CO_NESTED));
    CHECK(g && count_op(g, OP_LOAD_DEREF) == 2 && count_op(g, OP_LOAD_GLOBAL) == 1);
    CHECK(f && count_op(f, OP_LOAD_CLOSURE) == 2 && count_op(f, OP_STORE_DEREF) == 1);
    CHECK(!(FT_CODE(co)->flags & FT_CO_OPTIMIZED) && (f->flags & FT_CO_OPTIMIZED));

    /* module level uses LOAD_NAME, explicit global in a function STORE_GLOBAL */
    ft_obj *d = dis_of("x = 1\ndef h():\n    global x\n    x = 2\n");
    CHECK(contains(d, "STORE_NAME") && contains(d, "STORE_GLOBAL"));

    /* class bodies: LOAD_NAME; free variable through class: LOAD_FROM_DICT_OR_DEREF */
    d = dis_of("def f():\n    v = 1\n    class C:\n        w = v\n    return C\n");
    CHECK(contains(d, "LOAD_FROM_DICT_OR_DEREF") && contains(d, "STORE_NAME"));

    /* super() in a method: __class__ cell in the class body */
    co = compile_str("class C:\n    def m(self):\n        return super()\n");
    ft_code *cb = co ? child(co, 0) : NULL;
    CHECK(cb && cb->ncells == 1 && strcmp(ft_str_utf8(ft_tuple_get(cb->cellvars, 0)), "__class__") == 0);
    CHECK(cb && count_op(cb, OP_LOAD_CLOSURE) >= 1);
    ft_code *m = cb ? child((ft_obj *)cb, 0) : NULL;
    CHECK(m && m->nfree == 1);

    /* generator expression: own scope, first iterable outside */
    co = compile_str("def f(xs):\n    return (x for x in xs)\n");
    f = co ? child(co, 0) : NULL;
    ft_code *lc = f ? child((ft_obj *)f, 0) : NULL;
    CHECK(lc && lc->argcount == 1 && strcmp(ft_str_utf8(ft_tuple_get(lc->varnames, 0)), ".0") == 0);
    CHECK(lc && strcmp(ft_str_utf8(lc->qualname), "f.<locals>.<genexpr>") == 0);

    /* list comprehension: inlined (PEP 709), its variable a local of f
     * saved and restored around the loop */
    co = compile_str("def f(xs):\n    return [x for x in xs]\n");
    f = co ? child(co, 0) : NULL;
    CHECK(f && !child((ft_obj *)f, 0) && f->nlocals == 2 && f->ncells == 0);
    CHECK(f && count_op(f, OP_LOAD_FAST_AND_CLEAR) == 1 && count_op(f, OP_STORE_FAST_MAYBE_NULL) == 2);
    /* captured by a lambda: the variable lives in a renewed cell */
    co = compile_str("def f(xs):\n    return [lambda: x for x in xs]\n");
    f = co ? child(co, 0) : NULL;
    CHECK(f && f->ncells == 1 && count_op(f, OP_LOAD_CELL_AND_RENEW) == 1 && count_op(f, OP_STORE_CELL) == 2);

    /* walrus in a comprehension binds in the enclosing function (a plain
     * local now that the comprehension is inlined) */
    co = compile_str("def f():\n    [y := 1 for _ in 'a']\n    return y\n");
    f = co ? child(co, 0) : NULL;
    CHECK(f && f->ncells == 0 && f->nlocals == 2);

    /* name mangling */
    d = dis_of("class K:\n    __a = 1\n    def m(self):\n        return self.__b\n");
    CHECK(contains(d, "_K__a") && contains(d, "_K__b"));
}

static void test_shapes(void)
{
    /* try/except: handler entry at depth 0, cleanup entry at depth 1 */
    ft_obj *co = compile_str("try:\n    f()\nexcept E as e:\n    g()\n");
    CHECK(co != NULL);
    if (co) {
        ft_code *c = FT_CODE(co);
        CHECK(c->nexc >= 3);
        CHECK(c->nexc >= 1 && c->exctable[0].depth == 0);
        bool seen1 = false;
        for (ft_ssize i = 0; i < c->nexc; i++)
            if (c->exctable[i].depth == 1)
                seen1 = true;
        CHECK(seen1);
        CHECK(count_op(c, OP_PUSH_EXC_INFO) == 1 && count_op(c, OP_CHECK_EXC_MATCH) == 1);
        CHECK(count_op(c, OP_DELETE_NAME) == 2);
        /* entries are disjoint and sorted */
        for (ft_ssize i = 1; i < c->nexc; i++)
            CHECK(c->exctable[i].start >= c->exctable[i - 1].end);
    }
    /* with: depths 1 and 2, exit called with CALL 2 */
    co = compile_str("with m as v:\n    pass\n");
    if (co) {
        ft_code *c = FT_CODE(co);
        CHECK(c->nexc == 2 && c->exctable[0].depth == 1 && c->exctable[1].depth == 2);
        CHECK(count_op(c, OP_BEFORE_WITH) == 1 && count_op(c, OP_WITH_EXCEPT_START) == 1);
    } else {
        CHECK(0);
    }
    /* return through finally: finally body inlined */
    co = compile_str("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    ft_code *f = co ? child(co, 0) : NULL;
    CHECK(f && count_op(f, OP_RETURN_VALUE) >= 1);
    int hcalls = 0;
    if (f)
        for (ft_ssize i = 0; i < f->ninstrs; i++)
            if (FT_OP(f->instrs[i]) == OP_LOAD_GLOBAL &&
                strcmp(ft_str_utf8(ft_tuple_get(f->names, FT_ARG(f->instrs[i]))), "h") == 0)
                hcalls++;
    CHECK(hcalls == 2);   /* return path and exception path; the fall-through copy is dead */
    /* chained comparison, conditional, boolean ops */
    ft_obj *d = dis_of("a < b < c\nx = y if z else w\nq = p and r or s\n");
    CHECK(contains(d, "JUMP_IF_FALSE_OR_POP") && contains(d, "JUMP_IF_TRUE_OR_POP") && contains(d, "SWAP"));
    /* calls */
    d = dis_of("f(*a, **k)\no.m(1, x=2)\n");
    CHECK(contains(d, "CALL_FUNCTION_EX") && contains(d, "LOAD_METHOD") && contains(d, "CALL_KW"));
    /* star unpacking */
    CHECK(contains(dis_of("a, *b, c = d\n"), "UNPACK_EX                257"));
    /* f-strings */
    d = dis_of("f'{a!r:>{w}} and {b}'\n");
    CHECK(contains(d, "FORMAT_VALUE") && contains(d, "BUILD_STRING"));
    /* imports */
    d = dis_of("import a.b.c as d\nfrom . import x\nfrom m import *\n");
    CHECK(contains(d, "IMPORT_FROM") && contains(d, "INTRINSIC_IMPORT_STAR"));
    /* match */
    d = dis_of("match s:\n    case [1, *r]: pass\n    case {'k': v, **rest}: pass\n    case P(x, y=2): pass\n");
    CHECK(contains(d, "MATCH_SEQUENCE") && contains(d, "MATCH_MAPPING") && contains(d, "MATCH_CLASS") &&
          contains(d, "COPY_DICT_WITHOUT_KEYS"));
    /* class definitions */
    d = dis_of("@dec\nclass C(B, metaclass=M):\n    'doc'\n    x: int = 1\n");
    CHECK(contains(d, "LOAD_BUILD_CLASS") && contains(d, "CALL_KW") && contains(d, "SETUP_ANNOTATIONS") &&
          contains(d, "__doc__"));
    /* assert skipped with optimize */
    ft_mod *mod = ft_parse("assert x\n", 9, ft_str_from_cstr("<u>"), FT_PARSE_EXEC, 0);
    CHECK(mod != NULL);
    if (mod) {
        ft_obj *c0 = ft_compile_ast(mod, NULL, FT_PARSE_EXEC, 0, 0);
        ft_obj *c1 = ft_compile_ast(mod, NULL, FT_PARSE_EXEC, 0, 1);
        CHECK(c0 && count_op(FT_CODE(c0), OP_LOAD_ASSERTION_ERROR) == 1);
        CHECK(c1 && count_op(FT_CODE(c1), OP_LOAD_ASSERTION_ERROR) == 0);
    }
    /* single mode prints expression statements */
    co = ft_compile_source("1 + 1\n", 6, ft_str_from_cstr("<s>"), FT_PARSE_SINGLE, 0);
    CHECK(co && count_op(FT_CODE(co), OP_CALL_INTRINSIC_1) == 1);
    co = ft_compile_source("a + 1", 5, ft_str_from_cstr("<e>"), FT_PARSE_EVAL, 0);
    CHECK(co && count_op(FT_CODE(co), OP_RETURN_VALUE) >= 1);
}

static void test_consts_and_flags(void)
{
    ft_obj *co = compile_str("a = 1\nb = 1.0\nc = True\nd = -0.0\ne = 0.0\nf = 1\ng = 1.0\n");
    CHECK(co != NULL);
    if (co) {
        /* 1, 1.0, True, -0.0 (folded by the parser or UNARY_NEGATIVE of 0.0), 0.0, None */
        ft_ssize n = ft_tuple_size(FT_CODE(co)->consts);
        CHECK(n >= 5 && n <= 6);
    }
    co = compile_str("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n"
                     "def d():\n    'docstring'\n    return 1\n");
    if (co) {
        CHECK(child(co, 0) && (child(co, 0)->flags & FT_CO_GENERATOR));
        CHECK(child(co, 1) && (child(co, 1)->flags & FT_CO_COROUTINE));
        CHECK(child(co, 2) && (child(co, 2)->flags & FT_CO_ASYNC_GENERATOR));
        ft_code *d = child(co, 3);
        CHECK(d && (d->flags & FT_CO_HAS_DOCSTRING) && (d->flags & FT_CO_NOFREE));
        CHECK(d && ft_str_eq_cstr(ft_tuple_get(d->consts, 0), "docstring"));
    } else {
        CHECK(0);
    }
    /* positions: one per instruction, the line of the statement */
    co = compile_str("x = 1\n\ny = 2\n");
    if (co) {
        ft_code *c = FT_CODE(co);
        CHECK(c->positions[0].lineno == 1);
        bool has3 = false;
        for (ft_ssize i = 0; i < c->ninstrs; i++)
            if (c->positions[i].lineno == 3)
                has3 = true;
        CHECK(has3);
        CHECK(c->stacksize >= 1);
    }
    /* a hand-built tree through ft_compile_ast: Expression(Constant(7)) */
    ft_expr *k = ft_gc_alloc(sizeof(ft_expr), FT_GC_SCAN);
    ft_mod *m = ft_gc_alloc(sizeof(ft_mod), FT_GC_SCAN);
    if (k && m) {
        k->kind = FT_EXPR_CONSTANT;
        k->pos.lineno = k->pos.end_lineno = 1;
        k->pos.end_col_offset = 1;
        k->v.Constant.value = ft_smallint(7);
        m->kind = FT_MOD_EXPRESSION;
        m->expr = k;
        ft_obj *c = ft_compile_ast(m, ft_str_from_cstr("<ast>"), FT_PARSE_EVAL, 0, 0);
        CHECK(c && FT_CODE(c)->ninstrs >= 2 && FT_OP(FT_CODE(c)->instrs[0]) == OP_LOAD_CONST);
        CHECK(c && ft_tuple_get(FT_CODE(c)->consts, 0) == ft_smallint(7));
    }
}

static void test_errors(void)
{
    check_syntax_error("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5);
    check_syntax_error("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5);
    check_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    check_syntax_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    check_syntax_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
    check_syntax_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10);
    check_syntax_error("return\n", "'return' outside function", 1, 1);
    check_syntax_error("yield\n", "'yield' outside function", 1, 1);
    check_syntax_error("await x\n", "'await' outside function", 1, 1);
    check_syntax_error("def f():\n    await x\n", "'await' outside async function", 2, 5);
    check_syntax_error("break\n", "'break' outside loop", 1, 1);
    check_syntax_error("continue\n", "'continue' not properly in loop", 1, 1);
    check_syntax_error("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5);
    check_syntax_error("def f():\n    [x async for x in y]\n",
                       "asynchronous comprehension outside of an asynchronous function", 2, 5);
    check_syntax_error("[x for x in (y := [])]\n",
                       "assignment expression cannot be used in a comprehension iterable expression", 1, 14);
    check_syntax_error("match x:\n    case y: pass\n    case 1: pass\n",
                       "name capture 'y' makes remaining patterns unreachable", 2, 10);
    check_syntax_error("match x:\n    case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 14);
    check_syntax_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1);
    check_syntax_error("*a = b\n", "starred assignment target must be in a list or tuple", 1, 1);
    check_syntax_error("x = *a\n", "can't use starred expression here", 1, 5);
}

static void test_dis(void)
{
    ft_obj *d = dis_of("def f(x):\n    return x + 1\n");
    CHECK(contains(d, "MAKE_FUNCTION") && contains(d, "Disassembly of <code object f, line 1>") &&
          contains(d, "LOAD_FAST                0 (x)") && contains(d, "BINARY_OP                0 (+)"));
    d = dis_of("for i in r:\n    pass\n");
    CHECK(contains(d, "FOR_ITER") && contains(d, ">>"));
    d = dis_of("try:\n    pass\nfinally:\n    pass\n");
    CHECK(contains(d, "ExceptionTable:"));
    CHECK(ft_code_disassemble(ft_smallint(1)) == NULL && ft_err_occurred());
    ft_err_clear();
}

static void test_newer_syntax(void)
{
    /* except*: two helper constants, handler bodies covered by their own entries */
    ft_obj *co = compile_str("try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    pass\n");
    CHECK(co != NULL);
    if (co) {
        ft_code *c = FT_CODE(co);
        CHECK(count_op(c, OP_PUSH_EXC_INFO) == 3 && c->nexc >= 4);
        CHECK(count_op(c, OP_UNPACK_SEQUENCE) == 2);
    }
    check_syntax_error("for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
                       "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9);
    /* PEP 695: the type-parameter scope is a function whose qualname does not leak */
    co = compile_str("def f[T](x: T) -> T:\n    return x\nclass C[T]:\n    def m(self): return T\ntype A[K] = list[K]\n");
    CHECK(co != NULL);
    if (co) {
        ft_code *tpf = child(co, 0);
        CHECK(tpf && (tpf->flags & FT_CO_OPTIMIZED) && tpf->ncells == 0);
        ft_code *f = tpf ? child((ft_obj *)tpf, 0) : NULL;
        CHECK(f && strcmp(ft_str_utf8(f->qualname), "f") == 0);
        ft_code *tpc = child(co, 1);
        CHECK(tpc && tpc->ncells == 2);   /* T and .type_params, used by the class body */
        ft_code *cb = tpc ? child((ft_obj *)tpc, 0) : NULL;
        CHECK(cb && strcmp(ft_str_utf8(cb->qualname), "C") == 0 && cb->nfree == 2);
    }
}

static void test_future_annotations(void)
{
    const char *src = "def f(x: list[int] | None) -> 'R': pass\n";
    ft_obj *co = ft_compile_source(src, (ft_ssize)strlen(src), ft_str_from_cstr("<u>"), FT_PARSE_EXEC,
                                   FT_CO_FUTURE_ANNOTATIONS);
    CHECK(co != NULL);
    bool found = false, found_r = false;
    if (co)
        for (ft_ssize i = 0; i < ft_tuple_size(FT_CODE(co)->consts); i++) {
            ft_obj *k = ft_tuple_get(FT_CODE(co)->consts, i);
            if (ft_str_check(k) && strcmp(ft_str_utf8(k), "list[int] | None") == 0)
                found = true;
            if (ft_str_check(k) && strcmp(ft_str_utf8(k), "'R'") == 0)
                found_r = true;
        }
    CHECK(found && found_r);
    check_syntax_error("x = 1\nfrom __future__ import annotations\n",
                       "from __future__ imports must occur at the beginning of the file", 2, 1);
    check_syntax_error("from __future__ import nope\n", "future feature nope is not defined", 1, 1);
}

static void run_tests(void)
{
    test_future_annotations();
    test_newer_syntax();
    test_scopes();
    test_shapes();
    test_consts_and_flags();
    test_errors();
    test_dis();
}
