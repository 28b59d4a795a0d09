/* test_vm.c -- unit tests of the VM with hand-assembled code objects:
 * the eval loop (arithmetic fast paths, jumps, locals), Python calls and
 * argument-binding errors, closures, exception tables and tracebacks,
 * recursion limit, generators, builtin function arity checks. */
#include "unit.h"
#include "vm/opcodes.h"
#include "vm/frame.h"

#define I(op, arg) FT_INSTR(OP_##op, (arg))

static ft_obj *S(const char *s) { return ft_str_intern_cstr(s); }

static ft_obj *strtuple(const char *const *names, int n) {
    ft_obj *t = ft_tuple_new(n);
    for (int i = 0; i < n; i++)
        ft_tuple_items(t)[i] = S(names[i]);
    return t;
}

typedef struct {
    const uint32_t *ins; int n;
    ft_obj *consts, *names, *varnames, *cellvars, *freevars;
    int nlocals, argcount, posonly, kwonly, stacksize, flags, ncells, nfree;
    const ft_exc_entry *exc; int nexc;
    const int32_t *cell2arg;
    const char *name;
} codespec;

static ft_obj *mkcode(codespec s) {
    ft_code t;
    memset(&t, 0, sizeof t);
    t.instrs = s.ins;
    t.ninstrs = s.n;
    ft_position *pos = ft_gc_alloc(sizeof(ft_position) * (size_t)s.n, FT_GC_ATOMIC);
    for (int i = 0; i < s.n; i++)
        pos[i] = (ft_position){10 + i, 10 + i, 0, 1};
    t.positions = pos;
    t.exctable = s.exc;
    t.nexc = s.nexc;
    t.cell2arg = s.cell2arg;
    t.consts = s.consts ? s.consts : ft_empty_tuple;
    t.names = s.names ? s.names : ft_empty_tuple;
    t.varnames = s.varnames ? s.varnames : ft_empty_tuple;
    t.cellvars = s.cellvars;
    t.freevars = s.freevars;
    t.nlocals = s.nlocals;
    t.ncells = s.ncells;
    t.nfree = s.nfree;
    t.argcount = s.argcount;
    t.posonlyargcount = s.posonly;
    t.kwonlyargcount = s.kwonly;
    t.stacksize = s.stacksize ? s.stacksize : 8;
    t.flags = s.flags;
    t.firstlineno = 10;
    t.name = S(s.name ? s.name : "f");
    t.qualname = t.name;
    t.filename = S("<test>");
    return ft_code_new(&t);
}

static ft_obj *globals_new(void) {
    ft_obj *g = ft_dict_new();
    ft_dict_set(g, ft_id(__name__), S("__main__"));
    return g;
}

static ft_obj *run(ft_obj *code) {
    return ft_eval_code(code, globals_new(), NULL);
}

static bool int_is(ft_obj *o, int64_t v) {
    return o && ft_is_smallint(o) && ft_smallint_value(o) == v;
}

static bool err_is(ft_type *t, const char *msg) {
    ft_obj *e = ft_err_fetch();
    if (!e) {
        fprintf(stderr, "  no exception (expected %s)\n", t->name);
        return false;
    }
    if (FT_TYPE(e) != t) {
        fprintf(stderr, "  got %s, expected %s\n", FT_TYPE(e)->name, t->name);
        ft_err_print_exc(e);
        return false;
    }
    if (msg) {
        ft_obj *s = ft_str(e);
        if (!s || strcmp(ft_str_utf8(s), msg) != 0) {
            fprintf(stderr, "  message '%s' != '%s'\n", s ? ft_str_utf8(s) : "?", msg);
            return false;
        }
    }
    return true;
}

static void test_arith(void) {
    /* return (7 + 5) * 3 - 1 // 2 */
    static const uint32_t ins[] = {
        I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(BINARY_OP, FT_BINOP_ADD),
        I(LOAD_CONST, 2), I(BINARY_OP, FT_BINOP_MULTIPLY),
        I(LOAD_CONST, 3), I(LOAD_CONST, 4), I(BINARY_OP, FT_BINOP_FLOOR_DIVIDE),
        I(BINARY_OP, FT_BINOP_SUBTRACT), I(RETURN_VALUE, 0)};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 10,
        .consts = ft_tuple_pack(5, ft_smallint(7), ft_smallint(5), ft_smallint(3), ft_smallint(-7), ft_smallint(2))});
    CHECK(c != NULL);
    CHECK(int_is(run(c), 36 - (-4)));

    /* overflow of the tagged range goes to big ints */
    static const uint32_t ins2[] = {I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(BINARY_OP, FT_BINOP_ADD), I(RETURN_VALUE, 0)};
    c = mkcode((codespec){.ins = ins2, .n = 4, .consts = ft_tuple_pack(2, ft_smallint(FT_SMALLINT_MAX), ft_smallint(1))});
    ft_obj *r = run(c);
    CHECK(r && !ft_is_smallint(r) && ft_int_check_exact(r));
    ft_obj *s = r ? ft_repr(r) : NULL;
    CHECK_STR(s, "4611686018427387904");

    /* mixed float */
    c = mkcode((codespec){.ins = ins2, .n = 4, .consts = ft_tuple_pack(2, ft_float_new(1.5), ft_smallint(2))});
    r = run(c);
    CHECK(r && ft_float_check_exact(r) && ((ft_float *)r)->value == 3.5);

    /* division by zero raises with a traceback entry */
    static const uint32_t ins3[] = {I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(BINARY_OP, FT_BINOP_FLOOR_DIVIDE), I(RETURN_VALUE, 0)};
    c = mkcode((codespec){.ins = ins3, .n = 4, .consts = ft_tuple_pack(2, ft_smallint(1), ft_smallint(0))});
    r = run(c);
    CHECK(r == NULL);
    ft_obj *e = ft_err_peek();
    CHECK(e && ft_exc_get_traceback(e) != NULL);
    if (e) {
        ft_obj *tb = ft_exc_get_traceback(e);
        ft_obj *ln = tb ? ft_getattr_cstr(tb, "tb_lineno") : NULL;
        CHECK(int_is(ln, 12));
    }
    CHECK(err_is(ft_exc_ZeroDivisionError, NULL));
}

static void test_loop(void) {
    /* s = 0; for i in range-like counting: i = 0; while i < 100: s += i; i += 1; return s
     * locals: s=0, i=1 */
    static const uint32_t ins[] = {
        /*0*/ I(LOAD_CONST, 0), I(STORE_FAST, 0), I(LOAD_CONST, 0), I(STORE_FAST, 1),
        /*4*/ I(LOAD_FAST, 1), I(LOAD_CONST, 1), I(COMPARE_OP, FT_LT), I(POP_JUMP_IF_FALSE, 17),
        /*8*/ I(LOAD_FAST, 0), I(LOAD_FAST, 1), I(BINARY_OP, FT_BINOP_INPLACE_ADD), I(STORE_FAST, 0),
        /*12*/ I(LOAD_FAST, 1), I(LOAD_CONST, 2), I(BINARY_OP, FT_BINOP_ADD), I(STORE_FAST, 1),
        /*16*/ I(JUMP, 4),
        /*17*/ I(LOAD_FAST, 0), I(RETURN_VALUE, 0)};
    const char *vn[] = {"s", "i"};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 19, .nlocals = 2, .varnames = strtuple(vn, 2),
        .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS,
        .consts = ft_tuple_pack(3, ft_smallint(0), ft_smallint(100), ft_smallint(1))});
    CHECK(int_is(run(c), 4950));

    /* unbound local */
    static const uint32_t ins2[] = {I(LOAD_FAST, 0), I(RETURN_VALUE, 0)};
    c = mkcode((codespec){.ins = ins2, .n = 2, .nlocals = 1, .varnames = strtuple(vn, 1),
        .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS});
    CHECK(run(c) == NULL);
    CHECK(err_is(ft_exc_UnboundLocalError, "cannot access local variable 's' where it is not associated with a value"));
}

/* def f(a, b=2, *, k=5): return a * b + k */
static ft_obj *make_f(void) {
    static const uint32_t ins[] = {
        I(LOAD_FAST, 0), I(LOAD_FAST, 1), I(BINARY_OP, FT_BINOP_MULTIPLY), I(LOAD_FAST, 2),
        I(BINARY_OP, FT_BINOP_ADD), I(RETURN_VALUE, 0)};
    const char *vn[] = {"a", "b", "k"};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 6, .nlocals = 3, .argcount = 2, .kwonly = 1,
        .varnames = strtuple(vn, 3), .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS});
    ft_obj *fn = ft_function_new(c, globals_new(), NULL);
    ((ft_function *)fn)->defaults = ft_tuple_pack(1, ft_smallint(2));
    ft_obj *kwd = ft_dict_new();
    ft_dict_set(kwd, S("k"), ft_smallint(5));
    ((ft_function *)fn)->kwdefaults = kwd;
    return fn;
}

static void test_calls(void) {
    ft_obj *f = make_f();
    CHECK(f != NULL);
    ft_obj *args[4] = {ft_smallint(3), ft_smallint(4), ft_smallint(1), ft_smallint(9)};
    CHECK(int_is(ft_call(f, args, 1, NULL), 11));
    CHECK(int_is(ft_call(f, args, 2, NULL), 17));
    ft_obj *kw = ft_tuple_pack(1, S("k"));
    CHECK(int_is(ft_call(f, args, 1, kw), 3 * 2 + 4));
    CHECK(ft_call(f, args, 3, NULL) == NULL);
    CHECK(err_is(ft_exc_TypeError, "f() takes from 1 to 2 positional arguments but 3 were given"));
    CHECK(ft_call(f, args, 0, NULL) == NULL);
    CHECK(err_is(ft_exc_TypeError, "f() missing 1 required positional argument: 'a'"));
    ft_obj *kw2 = ft_tuple_pack(1, S("z"));
    CHECK(ft_call(f, args, 1, kw2) == NULL);
    CHECK(err_is(ft_exc_TypeError, "f() got an unexpected keyword argument 'z'"));
    ft_obj *kw3 = ft_tuple_pack(1, S("a"));
    CHECK(ft_call(f, args, 1, kw3) == NULL);
    CHECK(err_is(ft_exc_TypeError, "f() got multiple values for argument 'a'"));
    ft_obj *kw4 = ft_tuple_pack(1, S("k"));
    CHECK(ft_call(f, args, 3, kw4) == NULL);
    CHECK(err_is(ft_exc_TypeError,
                 "f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"));
    ((ft_function *)f)->kwdefaults = NULL;
    CHECK(ft_call(f, args, 1, NULL) == NULL);
    CHECK(err_is(ft_exc_TypeError, "f() missing 1 required keyword-only argument: 'k'"));
    ((ft_function *)f)->defaults = NULL;
    CHECK(ft_call(f, args, 0, NULL) == NULL);
    CHECK(err_is(ft_exc_TypeError, "f() missing 2 required positional arguments: 'a' and 'b'"));

    /* calling from bytecode: g() = f(6, k=1) via CALL_KW */
    ft_obj *f2 = make_f();
    static const uint32_t ins[] = {
        I(LOAD_GLOBAL, 0), I(PUSH_NULL, 0), I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(LOAD_CONST, 2),
        I(CALL_KW, 2), I(RETURN_VALUE, 0)};
    const char *nm[] = {"f"};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 7, .names = strtuple(nm, 1),
        .consts = ft_tuple_pack(3, ft_smallint(6), ft_smallint(1), ft_tuple_pack(1, S("k")))});
    ft_obj *g = globals_new();
    ft_dict_set(g, S("f"), f2);
    CHECK(int_is(ft_eval_code(c, g, NULL), 13));

    /* not callable */
    CHECK(ft_call(ft_smallint(1), NULL, 0, NULL) == NULL);
    CHECK(err_is(ft_exc_TypeError, "'int' object is not callable"));

    /* bound method */
    ft_obj *m = ft_method_new(make_f(), ft_smallint(10));
    CHECK(int_is(ft_call(m, NULL, 0, NULL), 25));
    ft_obj *r = ft_repr(f2);
    CHECK(r && strncmp(ft_str_utf8(r), "<function f at 0x", 17) == 0);
}

/* recursion: def r(): return r() */
static void test_recursion(void) {
    static const uint32_t ins[] = {I(LOAD_GLOBAL, 0), I(PUSH_NULL, 0), I(CALL, 0), I(RETURN_VALUE, 0)};
    const char *nm[] = {"r"};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 4, .names = strtuple(nm, 1), .name = "r",
        .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS});
    ft_obj *g = globals_new();
    ft_obj *fn = ft_function_new(c, g, NULL);
    ft_dict_set(g, S("r"), fn);
    int depth = ft_ts()->py_depth;
    CHECK(ft_call0(fn) == NULL);
    CHECK(err_is(ft_exc_RecursionError, "maximum recursion depth exceeded"));
    CHECK(ft_ts()->py_depth == depth);
    CHECK(ft_ts()->frame == NULL);
}

/* try: raise ValueError  except ValueError: return 42 */
static void test_exceptions(void) {
    static const uint32_t ins[] = {
        /*0*/ I(LOAD_GLOBAL, 0), I(RAISE_VARARGS, 1),
        /*2*/ I(PUSH_EXC_INFO, 0), I(LOAD_GLOBAL, 0), I(CHECK_EXC_MATCH, 0), I(POP_JUMP_IF_FALSE, 9),
        /*6*/ I(POP_TOP, 0), I(POP_EXCEPT, 0), I(RETURN_CONST, 0),
        /*9*/ I(RERAISE, 0),
        /*10*/ I(SWAP, 2), I(POP_EXCEPT, 0), I(RERAISE, 0)};
    static const ft_exc_entry exc[] = {{0, 2, 2, 0}, {2, 10, 10, 1}};
    const char *nm[] = {"ValueError"};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 13, .names = strtuple(nm, 1), .exc = exc, .nexc = 2,
        .consts = ft_tuple_pack(1, ft_smallint(42))});
    ft_obj *g = globals_new();
    ft_dict_set(g, S("ValueError"), (ft_obj *)ft_exc_ValueError);
    CHECK(int_is(ft_eval_code(c, g, NULL), 42));
    CHECK(ft_ts()->exc_info == NULL);
    /* the unmatched case re-raises */
    ft_dict_set(g, S("ValueError"), (ft_obj *)ft_exc_KeyError);
    ft_obj *g2 = globals_new();
    ft_dict_set(g2, S("ValueError"), (ft_obj *)ft_exc_KeyError);
    CHECK(ft_eval_code(c, g2, NULL) != NULL);
    const char *nm2[] = {"NoSuchName"};
    ft_obj *c2 = mkcode((codespec){.ins = ins, .n = 13, .names = strtuple(nm2, 1), .exc = exc, .nexc = 2,
        .consts = ft_tuple_pack(1, ft_smallint(42))});
    CHECK(ft_eval_code(c2, ft_dict_new(), NULL) == NULL);
    CHECK(err_is(ft_exc_NameError, "name 'NoSuchName' is not defined"));
}

/* def gen(): x = yield 1; yield x + 1; return 7 */
static void test_generators(void) {
    static const uint32_t ins[] = {
        I(LOAD_CONST, 0), I(YIELD_VALUE, 0), I(STORE_FAST, 0),
        I(LOAD_FAST, 0), I(LOAD_CONST, 0), I(BINARY_OP, FT_BINOP_ADD), I(YIELD_VALUE, 0), I(POP_TOP, 0),
        I(RETURN_CONST, 1)};
    const char *vn[] = {"x"};
    ft_obj *c = mkcode((codespec){.ins = ins, .n = 9, .nlocals = 1, .varnames = strtuple(vn, 1), .name = "gen",
        .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS | FT_CO_GENERATOR,
        .consts = ft_tuple_pack(2, ft_smallint(1), ft_smallint(7))});
    ft_obj *fn = ft_function_new(c, globals_new(), NULL);
    ft_obj *gen = ft_call0(fn);
    CHECK(gen && FT_TYPE(gen) == &ft_generator_type);
    CHECK(ft_gen_send(gen, ft_smallint(3)) == NULL);
    CHECK(err_is(ft_exc_TypeError, "can't send non-None value to a just-started generator"));
    CHECK(int_is(ft_gen_send(gen, ft_None), 1));
    CHECK(int_is(ft_gen_send(gen, ft_smallint(10)), 11));
    CHECK(ft_gen_send(gen, ft_None) == NULL);
    ft_obj *e = ft_err_fetch();
    CHECK(e && FT_TYPE(e) == ft_exc_StopIteration && int_is(ft_stop_iteration_value(e), 7));
    CHECK(ft_gen_send(gen, ft_None) == NULL);
    CHECK(err_is(ft_exc_StopIteration, ""));

    /* for-loop consumption via ft_iter_next */
    gen = ft_call0(fn);
    ft_obj *v1 = ft_iter_next(gen);
    CHECK(int_is(v1, 1));
    ft_obj *cl = ft_call_method0(gen, "close");
    CHECK(cl == ft_None);
    CHECK(ft_iter_next(gen) == NULL && !ft_err_occurred());
}

/* closure: def outer(a): def inner(): return a; return inner */
static void test_closures(void) {
    static const uint32_t inner_ins[] = {I(LOAD_DEREF, 0), I(RETURN_VALUE, 0)};
    const char *fv[] = {"a"};
    ft_obj *inner = mkcode((codespec){.ins = inner_ins, .n = 2, .freevars = strtuple(fv, 1), .nfree = 1,
        .name = "inner", .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS | FT_CO_NESTED});
    static const uint32_t outer_ins[] = {
        I(LOAD_CLOSURE, 0), I(BUILD_TUPLE, 1), I(LOAD_CONST, 0), I(MAKE_FUNCTION, 8), I(RETURN_VALUE, 0)};
    static const int32_t c2a[] = {0};
    ft_obj *outer = mkcode((codespec){.ins = outer_ins, .n = 5, .nlocals = 1, .argcount = 1,
        .varnames = strtuple(fv, 1), .cellvars = strtuple(fv, 1), .ncells = 1, .cell2arg = c2a,
        .name = "outer", .flags = FT_CO_OPTIMIZED | FT_CO_NEWLOCALS, .consts = ft_tuple_pack(1, inner)});
    ft_obj *of = ft_function_new(outer, globals_new(), NULL);
    ft_obj *in = ft_call1(of, ft_smallint(99));
    CHECK(in && FT_TYPE(in) == &ft_function_type);
    CHECK(in && int_is(ft_call0(in), 99));
    ft_obj *cl = in ? ft_getattr_cstr(in, "__closure__") : NULL;
    CHECK(cl && ft_tuple_check(cl) && ft_tuple_size(cl) == 1);
}

static ft_obj *bf_one(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return args[0]; }
static ft_obj *bf_none(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) { return ft_None; }
static const ft_method_def bf_defs[] = {
    {"one", bf_one, FT_METH_O, NULL},
    {"none", bf_none, FT_METH_NOARGS, NULL},
};

static void test_builtins(void) {
    ft_obj *one = ft_builtin_new(&bf_defs[0], NULL, NULL);
    CHECK(int_is(ft_call1(one, ft_smallint(5)), 5));
    CHECK(ft_call0(one) == NULL);
    CHECK(err_is(ft_exc_TypeError, "one() takes exactly one argument (0 given)"));
    ft_obj *kw = ft_tuple_pack(1, S("x"));
    ft_obj *a[1] = {ft_smallint(1)};
    CHECK(ft_call(one, a, 0, kw) == NULL);
    CHECK(err_is(ft_exc_TypeError, "one() takes no keyword arguments"));
    ft_obj *none = ft_builtin_new(&bf_defs[1], NULL, NULL);
    CHECK(ft_call1(none, ft_smallint(1)) == NULL);
    CHECK(err_is(ft_exc_TypeError, "none() takes no arguments (1 given)"));
    CHECK_STR(ft_repr(none), "<built-in function none>");
    ft_obj *d = ft_method_descr_new(&ft_list_type, &bf_defs[0]);
    CHECK_STR(ft_repr(d), "<method 'one' of 'list' objects>");
    CHECK(ft_call1(d, ft_list_new(0)) == NULL);
    CHECK(err_is(ft_exc_TypeError, "list.one() takes exactly one argument (0 given)"));
    CHECK(ft_call2(d, ft_smallint(1), ft_smallint(2)) == NULL);
    CHECK(err_is(ft_exc_TypeError, "descriptor 'one' for 'list' objects doesn't apply to a 'int' object"));

    /* parse_args */
    static const char *const names[] = {"a", "b", "$c", NULL};
    ft_obj *out[3];
    ft_obj *args[3] = {ft_smallint(1), ft_smallint(2), ft_smallint(3)};
    CHECK(ft_parse_args("g", args, 2, NULL, names, 0, 1, out) == 0 && int_is(out[1], 2) && out[2] == NULL);
    CHECK(ft_parse_args("g", args, 3, NULL, names, 0, 1, out) < 0);
    CHECK(err_is(ft_exc_TypeError, "g() takes at most 2 positional arguments (3 given)"));
    CHECK(ft_parse_args("g", args, 0, NULL, names, 0, 1, out) < 0);
    CHECK(err_is(ft_exc_TypeError, "g() missing required argument 'a' (pos 1)"));
    ft_obj *kwc = ft_tuple_pack(1, S("c"));
    CHECK(ft_parse_args("g", args, 1, kwc, names, 0, 1, out) == 0 && int_is(out[2], 2));
    CHECK(ft_check_positional("h", 3, NULL, 1, 2) < 0);
    CHECK(err_is(ft_exc_TypeError, "h expected at most 2 arguments, got 3"));
}

static void test_opcode_names(void) {
    CHECK(strcmp(ft_opcode_names[OP_NOP], "NOP") == 0);
    CHECK(strcmp(ft_opcode_names[OP_YIELD_FROM], "YIELD_FROM") == 0);
    for (int i = 0; i < FT_OPCODE_COUNT; i++)
        CHECK(ft_opcode_names[i] != NULL);
}

static void run_tests(void) {
    test_opcode_names();
    test_arith();
    test_loop();
    test_calls();
    test_recursion();
    test_exceptions();
    test_generators();
    test_closures();
    test_builtins();
}
