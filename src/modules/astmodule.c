/* astmodule.c -- the `_ast` module: Python classes for CPython 3.13's AST
 * and the conversions between them and the parser's C tree (ast.h).
 *
 * One table (`classes`) describes every node class of Python.asdl: its
 * category (stmt, expr, ...), the C kind value, and for each field its name,
 * its type (a category or a scalar), multiplicity (one / optional / list)
 * and the byte offset of the field inside the C node. Both conversions and
 * AST.__init__'s defaults are driven by that table, so the two directions
 * cannot disagree about a field.
 *
 * Classes are heap types created per interpreter when `_ast` is executed
 * (static types are shared by interpreters and immutable; these must accept
 * attribute assignment, as CPython's do). The module's `state` points to a
 * GC block holding the class objects and the singleton instances of the
 * operator/context classes; the module object keeps it alive. Conversions
 * find the state through sys.modules["_ast"] (imported on demand).
 *
 * Locking: no C-level mutable state after module exec. Node instances keep
 * their fields in their __dict__ (its own lock). C trees built from Python
 * objects are fresh GC memory owned by the caller until compiled.
 *
 * Python -> C conversion is followed by a validation pass that checks what
 * CPython's validator checks (contexts, empty bodies, lengths, constant
 * types) so that the compiler only ever sees trees the parser could have
 * produced; invalid trees raise TypeError/ValueError, never crash.
 */
#include "core/ftcore.h"
#include "parser/ast.h"
#include "modules/import.h"
#include <stddef.h>
#include <stdio.h>

/* ---- the class table ------------------------------------------------------------------- */

enum {  /* categories: node families (sum or product types of the grammar) */
    K_MOD, K_STMT, K_EXPR, K_CTX, K_BOOLOP, K_OP, K_UOP, K_CMPOP, K_COMP, K_HANDLER,
    K_ARGUMENTS, K_ARG, K_KEYWORD, K_ALIAS, K_WITHITEM, K_CASE, K_PATTERN, K_TIGNORE,
    K_TPARAM, NCAT,
    T_IDENT = 100, T_INT, T_CONST, T_STRING  /* scalar field types */
};
enum { M1, MOPT, MSEQ };
#define NOFF 0xFFFF  /* field exists in Python's tree only (type comments): always None / [] */

typedef struct { const char *name; unsigned char type, mult; unsigned short off; } fspec;
typedef struct { const char *name; short cat; short kind; fspec f[8]; } cspec;

typedef struct {
    const char *name;     /* abstract base class name; NULL for product types */
    unsigned short size;  /* C struct size */
    short kind_off;       /* offset of the int kind, -1 if single constructor */
    short pos_off;        /* offset of ft_ast_pos, -1 if no positions */
    bool end_optional;    /* end_lineno / end_col_offset are `int?` */
    const char *asdl;     /* "name" used in the asdl text for field types */
} catinfo;

static const catinfo cats[NCAT] = {
    [K_MOD] = {"mod", sizeof(ft_mod), offsetof(ft_mod, kind), -1, false, "mod"},
    [K_STMT] = {"stmt", sizeof(ft_stmt), offsetof(ft_stmt, kind), offsetof(ft_stmt, pos), true, "stmt"},
    [K_EXPR] = {"expr", sizeof(ft_expr), offsetof(ft_expr, kind), offsetof(ft_expr, pos), true, "expr"},
    [K_CTX] = {"expr_context", 0, -1, -1, false, "expr_context"},
    [K_BOOLOP] = {"boolop", 0, -1, -1, false, "boolop"},
    [K_OP] = {"operator", 0, -1, -1, false, "operator"},
    [K_UOP] = {"unaryop", 0, -1, -1, false, "unaryop"},
    [K_CMPOP] = {"cmpop", 0, -1, -1, false, "cmpop"},
    [K_COMP] = {NULL, sizeof(ft_comprehension), -1, -1, false, "comprehension"},
    [K_HANDLER] = {"excepthandler", sizeof(ft_excepthandler), -1, offsetof(ft_excepthandler, pos), true, "excepthandler"},
    [K_ARGUMENTS] = {NULL, sizeof(ft_arguments), -1, -1, false, "arguments"},
    [K_ARG] = {NULL, sizeof(ft_arg), -1, offsetof(ft_arg, pos), true, "arg"},
    [K_KEYWORD] = {NULL, sizeof(ft_keyword), -1, offsetof(ft_keyword, pos), true, "keyword"},
    [K_ALIAS] = {NULL, sizeof(ft_alias), -1, offsetof(ft_alias, pos), true, "alias"},
    [K_WITHITEM] = {NULL, sizeof(ft_withitem), -1, -1, false, "withitem"},
    [K_CASE] = {NULL, sizeof(ft_match_case), -1, -1, false, "match_case"},
    [K_PATTERN] = {"pattern", sizeof(ft_pattern), offsetof(ft_pattern, kind), offsetof(ft_pattern, pos), false, "pattern"},
    [K_TIGNORE] = {"type_ignore", 0, -1, -1, false, "type_ignore"},
    [K_TPARAM] = {"type_param", sizeof(ft_type_param), offsetof(ft_type_param, kind), offsetof(ft_type_param, pos), false, "type_param"},
};

#define S(k, f) offsetof(ft_stmt, v.k.f)
#define E(k, f) offsetof(ft_expr, v.k.f)
#define P(k, f) offsetof(ft_pattern, v.k.f)
#define FLD(n, t, m, o) {n, t, m, o}
#define ST(name, kind, ...) {name, K_STMT, kind, {__VA_ARGS__}}
#define EX(name, kind, ...) {name, K_EXPR, kind, {__VA_ARGS__}}
#define PA(name, kind, ...) {name, K_PATTERN, kind, {__VA_ARGS__}}

#define FUNCDEF_FIELDS \
    FLD("name", T_IDENT, M1, S(FunctionDef, name)), FLD("args", K_ARGUMENTS, M1, S(FunctionDef, args)), \
    FLD("body", K_STMT, MSEQ, S(FunctionDef, body)), \
    FLD("decorator_list", K_EXPR, MSEQ, S(FunctionDef, decorator_list)), \
    FLD("returns", K_EXPR, MOPT, S(FunctionDef, returns)), FLD("type_comment", T_STRING, MOPT, NOFF), \
    FLD("type_params", K_TPARAM, MSEQ, S(FunctionDef, type_params))
#define FOR_FIELDS \
    FLD("target", K_EXPR, M1, S(For, target)), FLD("iter", K_EXPR, M1, S(For, iter)), \
    FLD("body", K_STMT, MSEQ, S(For, body)), FLD("orelse", K_STMT, MSEQ, S(For, orelse)), \
    FLD("type_comment", T_STRING, MOPT, NOFF)
#define WITH_FIELDS \
    FLD("items", K_WITHITEM, MSEQ, S(With, items)), FLD("body", K_STMT, MSEQ, S(With, body)), \
    FLD("type_comment", T_STRING, MOPT, NOFF)
#define TRY_FIELDS \
    FLD("body", K_STMT, MSEQ, S(Try, body)), FLD("handlers", K_HANDLER, MSEQ, S(Try, handlers)), \
    FLD("orelse", K_STMT, MSEQ, S(Try, orelse)), FLD("finalbody", K_STMT, MSEQ, S(Try, finalbody))
#define COMP_FIELDS(k) \
    FLD("elt", K_EXPR, M1, E(ListComp, elt)), FLD("generators", K_COMP, MSEQ, E(ListComp, generators))
#define SEQCTX_FIELDS FLD("elts", K_EXPR, MSEQ, E(List, elts)), FLD("ctx", K_CTX, M1, E(List, ctx))

static const cspec classes[] = {
    /* mod */
    {"Module", K_MOD, FT_MOD_MODULE, {FLD("body", K_STMT, MSEQ, offsetof(ft_mod, body)),
                                     FLD("type_ignores", K_TIGNORE, MSEQ, NOFF)}},
    {"Interactive", K_MOD, FT_MOD_INTERACTIVE, {FLD("body", K_STMT, MSEQ, offsetof(ft_mod, body))}},
    {"Expression", K_MOD, FT_MOD_EXPRESSION, {FLD("body", K_EXPR, M1, offsetof(ft_mod, expr))}},
    {"FunctionType", K_MOD, 99, {FLD("argtypes", K_EXPR, MSEQ, NOFF), FLD("returns", K_EXPR, M1, NOFF)}},
    /* stmt */
    ST("FunctionDef", FT_STMT_FUNCTIONDEF, FUNCDEF_FIELDS),
    ST("AsyncFunctionDef", FT_STMT_ASYNCFUNCTIONDEF, FUNCDEF_FIELDS),
    ST("ClassDef", FT_STMT_CLASSDEF, FLD("name", T_IDENT, M1, S(ClassDef, name)),
       FLD("bases", K_EXPR, MSEQ, S(ClassDef, bases)), FLD("keywords", K_KEYWORD, MSEQ, S(ClassDef, keywords)),
       FLD("body", K_STMT, MSEQ, S(ClassDef, body)),
       FLD("decorator_list", K_EXPR, MSEQ, S(ClassDef, decorator_list)),
       FLD("type_params", K_TPARAM, MSEQ, S(ClassDef, type_params))),
    ST("Return", FT_STMT_RETURN, FLD("value", K_EXPR, MOPT, S(Return, value))),
    ST("Delete", FT_STMT_DELETE, FLD("targets", K_EXPR, MSEQ, S(Delete, targets))),
    ST("Assign", FT_STMT_ASSIGN, FLD("targets", K_EXPR, MSEQ, S(Assign, targets)),
       FLD("value", K_EXPR, M1, S(Assign, value)), FLD("type_comment", T_STRING, MOPT, NOFF)),
    ST("TypeAlias", FT_STMT_TYPEALIAS, FLD("name", K_EXPR, M1, S(TypeAlias, name)),
       FLD("type_params", K_TPARAM, MSEQ, S(TypeAlias, type_params)),
       FLD("value", K_EXPR, M1, S(TypeAlias, value))),
    ST("AugAssign", FT_STMT_AUGASSIGN, FLD("target", K_EXPR, M1, S(AugAssign, target)),
       FLD("op", K_OP, M1, S(AugAssign, op)), FLD("value", K_EXPR, M1, S(AugAssign, value))),
    ST("AnnAssign", FT_STMT_ANNASSIGN, FLD("target", K_EXPR, M1, S(AnnAssign, target)),
       FLD("annotation", K_EXPR, M1, S(AnnAssign, annotation)),
       FLD("value", K_EXPR, MOPT, S(AnnAssign, value)), FLD("simple", T_INT, M1, S(AnnAssign, simple))),
    ST("For", FT_STMT_FOR, FOR_FIELDS),
    ST("AsyncFor", FT_STMT_ASYNCFOR, FOR_FIELDS),
    ST("While", FT_STMT_WHILE, FLD("test", K_EXPR, M1, S(While, test)), FLD("body", K_STMT, MSEQ, S(While, body)),
       FLD("orelse", K_STMT, MSEQ, S(While, orelse))),
    ST("If", FT_STMT_IF, FLD("test", K_EXPR, M1, S(If, test)), FLD("body", K_STMT, MSEQ, S(If, body)),
       FLD("orelse", K_STMT, MSEQ, S(If, orelse))),
    ST("With", FT_STMT_WITH, WITH_FIELDS),
    ST("AsyncWith", FT_STMT_ASYNCWITH, WITH_FIELDS),
    ST("Match", FT_STMT_MATCH, FLD("subject", K_EXPR, M1, S(Match, subject)),
       FLD("cases", K_CASE, MSEQ, S(Match, cases))),
    ST("Raise", FT_STMT_RAISE, FLD("exc", K_EXPR, MOPT, S(Raise, exc)), FLD("cause", K_EXPR, MOPT, S(Raise, cause))),
    ST("Try", FT_STMT_TRY, TRY_FIELDS),
    ST("TryStar", FT_STMT_TRYSTAR, TRY_FIELDS),
    ST("Assert", FT_STMT_ASSERT, FLD("test", K_EXPR, M1, S(Assert, test)), FLD("msg", K_EXPR, MOPT, S(Assert, msg))),
    ST("Import", FT_STMT_IMPORT, FLD("names", K_ALIAS, MSEQ, S(Import, names))),
    ST("ImportFrom", FT_STMT_IMPORTFROM, FLD("module", T_IDENT, MOPT, S(ImportFrom, module)),
       FLD("names", K_ALIAS, MSEQ, S(ImportFrom, names)), FLD("level", T_INT, MOPT, S(ImportFrom, level))),
    ST("Global", FT_STMT_GLOBAL, FLD("names", T_IDENT, MSEQ, S(Global, names))),
    ST("Nonlocal", FT_STMT_NONLOCAL, FLD("names", T_IDENT, MSEQ, S(Global, names))),
    ST("Expr", FT_STMT_EXPR, FLD("value", K_EXPR, M1, S(Expr, value))),
    ST("Pass", FT_STMT_PASS, {0}),
    ST("Break", FT_STMT_BREAK, {0}),
    ST("Continue", FT_STMT_CONTINUE, {0}),
    /* expr */
    EX("BoolOp", FT_EXPR_BOOLOP, FLD("op", K_BOOLOP, M1, E(BoolOp, op)), FLD("values", K_EXPR, MSEQ, E(BoolOp, values))),
    EX("NamedExpr", FT_EXPR_NAMEDEXPR, FLD("target", K_EXPR, M1, E(NamedExpr, target)),
       FLD("value", K_EXPR, M1, E(NamedExpr, value))),
    EX("BinOp", FT_EXPR_BINOP, FLD("left", K_EXPR, M1, E(BinOp, left)), FLD("op", K_OP, M1, E(BinOp, op)),
       FLD("right", K_EXPR, M1, E(BinOp, right))),
    EX("UnaryOp", FT_EXPR_UNARYOP, FLD("op", K_UOP, M1, E(UnaryOp, op)), FLD("operand", K_EXPR, M1, E(UnaryOp, operand))),
    EX("Lambda", FT_EXPR_LAMBDA, FLD("args", K_ARGUMENTS, M1, E(Lambda, args)), FLD("body", K_EXPR, M1, E(Lambda, body))),
    EX("IfExp", FT_EXPR_IFEXP, FLD("test", K_EXPR, M1, E(IfExp, test)), FLD("body", K_EXPR, M1, E(IfExp, body)),
       FLD("orelse", K_EXPR, M1, E(IfExp, orelse))),
    EX("Dict", FT_EXPR_DICT, FLD("keys", K_EXPR, MSEQ, E(Dict, keys)), FLD("values", K_EXPR, MSEQ, E(Dict, values))),
    EX("Set", FT_EXPR_SET, FLD("elts", K_EXPR, MSEQ, E(Set, elts))),
    EX("ListComp", FT_EXPR_LISTCOMP, COMP_FIELDS(ListComp)),
    EX("SetComp", FT_EXPR_SETCOMP, COMP_FIELDS(SetComp)),
    EX("DictComp", FT_EXPR_DICTCOMP, FLD("key", K_EXPR, M1, E(DictComp, key)), FLD("value", K_EXPR, M1, E(DictComp, value)),
       FLD("generators", K_COMP, MSEQ, E(DictComp, generators))),
    EX("GeneratorExp", FT_EXPR_GENERATOREXP, COMP_FIELDS(GeneratorExp)),
    EX("Await", FT_EXPR_AWAIT, FLD("value", K_EXPR, M1, E(Await, value))),
    EX("Yield", FT_EXPR_YIELD, FLD("value", K_EXPR, MOPT, E(Await, value))),
    EX("YieldFrom", FT_EXPR_YIELDFROM, FLD("value", K_EXPR, M1, E(Await, value))),
    EX("Compare", FT_EXPR_COMPARE, FLD("left", K_EXPR, M1, E(Compare, left)), FLD("ops", K_CMPOP, MSEQ, E(Compare, ops)),
       FLD("comparators", K_EXPR, MSEQ, E(Compare, comparators))),
    EX("Call", FT_EXPR_CALL, FLD("func", K_EXPR, M1, E(Call, func)), FLD("args", K_EXPR, MSEQ, E(Call, args)),
       FLD("keywords", K_KEYWORD, MSEQ, E(Call, keywords))),
    EX("FormattedValue", FT_EXPR_FORMATTEDVALUE, FLD("value", K_EXPR, M1, E(FormattedValue, value)),
       FLD("conversion", T_INT, M1, E(FormattedValue, conversion)),
       FLD("format_spec", K_EXPR, MOPT, E(FormattedValue, format_spec))),
    EX("JoinedStr", FT_EXPR_JOINEDSTR, FLD("values", K_EXPR, MSEQ, E(JoinedStr, values))),
    EX("Constant", FT_EXPR_CONSTANT, FLD("value", T_CONST, M1, E(Constant, value)),
       FLD("kind", T_STRING, MOPT, E(Constant, kind))),
    EX("Attribute", FT_EXPR_ATTRIBUTE, FLD("value", K_EXPR, M1, E(Attribute, value)),
       FLD("attr", T_IDENT, M1, E(Attribute, attr)), FLD("ctx", K_CTX, M1, E(Attribute, ctx))),
    EX("Subscript", FT_EXPR_SUBSCRIPT, FLD("value", K_EXPR, M1, E(Subscript, value)),
       FLD("slice", K_EXPR, M1, E(Subscript, slice)), FLD("ctx", K_CTX, M1, E(Subscript, ctx))),
    EX("Starred", FT_EXPR_STARRED, FLD("value", K_EXPR, M1, E(Starred, value)), FLD("ctx", K_CTX, M1, E(Starred, ctx))),
    EX("Name", FT_EXPR_NAME, FLD("id", T_IDENT, M1, E(Name, id)), FLD("ctx", K_CTX, M1, E(Name, ctx))),
    EX("List", FT_EXPR_LIST, SEQCTX_FIELDS),
    EX("Tuple", FT_EXPR_TUPLE, SEQCTX_FIELDS),
    EX("Slice", FT_EXPR_SLICE, FLD("lower", K_EXPR, MOPT, E(Slice, lower)), FLD("upper", K_EXPR, MOPT, E(Slice, upper)),
       FLD("step", K_EXPR, MOPT, E(Slice, step))),
    /* enums: kind is the C enum value */
    {"Load", K_CTX, FT_CTX_LOAD, {{0}}}, {"Store", K_CTX, FT_CTX_STORE, {{0}}}, {"Del", K_CTX, FT_CTX_DEL, {{0}}},
    {"And", K_BOOLOP, FT_BOOL_AND, {{0}}}, {"Or", K_BOOLOP, FT_BOOL_OR, {{0}}},
    {"Add", K_OP, FT_OP_ADD, {{0}}}, {"Sub", K_OP, FT_OP_SUB, {{0}}}, {"Mult", K_OP, FT_OP_MULT, {{0}}},
    {"MatMult", K_OP, FT_OP_MATMULT, {{0}}}, {"Div", K_OP, FT_OP_DIV, {{0}}}, {"Mod", K_OP, FT_OP_MOD, {{0}}},
    {"Pow", K_OP, FT_OP_POW, {{0}}}, {"LShift", K_OP, FT_OP_LSHIFT, {{0}}}, {"RShift", K_OP, FT_OP_RSHIFT, {{0}}},
    {"BitOr", K_OP, FT_OP_BITOR, {{0}}}, {"BitXor", K_OP, FT_OP_BITXOR, {{0}}}, {"BitAnd", K_OP, FT_OP_BITAND, {{0}}},
    {"FloorDiv", K_OP, FT_OP_FLOORDIV, {{0}}},
    {"Invert", K_UOP, FT_UOP_INVERT, {{0}}}, {"Not", K_UOP, FT_UOP_NOT, {{0}}}, {"UAdd", K_UOP, FT_UOP_UADD, {{0}}},
    {"USub", K_UOP, FT_UOP_USUB, {{0}}},
    {"Eq", K_CMPOP, FT_CMP_EQ, {{0}}}, {"NotEq", K_CMPOP, FT_CMP_NOTEQ, {{0}}}, {"Lt", K_CMPOP, FT_CMP_LT, {{0}}},
    {"LtE", K_CMPOP, FT_CMP_LTE, {{0}}}, {"Gt", K_CMPOP, FT_CMP_GT, {{0}}}, {"GtE", K_CMPOP, FT_CMP_GTE, {{0}}},
    {"Is", K_CMPOP, FT_CMP_IS, {{0}}}, {"IsNot", K_CMPOP, FT_CMP_ISNOT, {{0}}}, {"In", K_CMPOP, FT_CMP_IN, {{0}}},
    {"NotIn", K_CMPOP, FT_CMP_NOTIN, {{0}}},
    /* product types and single-constructor sums */
    {"comprehension", K_COMP, 0, {FLD("target", K_EXPR, M1, offsetof(ft_comprehension, target)),
                                  FLD("iter", K_EXPR, M1, offsetof(ft_comprehension, iter)),
                                  FLD("ifs", K_EXPR, MSEQ, offsetof(ft_comprehension, ifs)),
                                  FLD("is_async", T_INT, M1, offsetof(ft_comprehension, is_async))}},
    {"ExceptHandler", K_HANDLER, 0, {FLD("type", K_EXPR, MOPT, offsetof(ft_excepthandler, type)),
                                     FLD("name", T_IDENT, MOPT, offsetof(ft_excepthandler, name)),
                                     FLD("body", K_STMT, MSEQ, offsetof(ft_excepthandler, body))}},
    {"arguments", K_ARGUMENTS, 0, {FLD("posonlyargs", K_ARG, MSEQ, offsetof(ft_arguments, posonlyargs)),
                                   FLD("args", K_ARG, MSEQ, offsetof(ft_arguments, args)),
                                   FLD("vararg", K_ARG, MOPT, offsetof(ft_arguments, vararg)),
                                   FLD("kwonlyargs", K_ARG, MSEQ, offsetof(ft_arguments, kwonlyargs)),
                                   FLD("kw_defaults", K_EXPR, MSEQ, offsetof(ft_arguments, kw_defaults)),
                                   FLD("kwarg", K_ARG, MOPT, offsetof(ft_arguments, kwarg)),
                                   FLD("defaults", K_EXPR, MSEQ, offsetof(ft_arguments, defaults))}},
    {"arg", K_ARG, 0, {FLD("arg", T_IDENT, M1, offsetof(ft_arg, arg)),
                       FLD("annotation", K_EXPR, MOPT, offsetof(ft_arg, annotation)),
                       FLD("type_comment", T_STRING, MOPT, NOFF)}},
    {"keyword", K_KEYWORD, 0, {FLD("arg", T_IDENT, MOPT, offsetof(ft_keyword, arg)),
                               FLD("value", K_EXPR, M1, offsetof(ft_keyword, value))}},
    {"alias", K_ALIAS, 0, {FLD("name", T_IDENT, M1, offsetof(ft_alias, name)),
                           FLD("asname", T_IDENT, MOPT, offsetof(ft_alias, asname))}},
    {"withitem", K_WITHITEM, 0, {FLD("context_expr", K_EXPR, M1, offsetof(ft_withitem, context_expr)),
                                 FLD("optional_vars", K_EXPR, MOPT, offsetof(ft_withitem, optional_vars))}},
    {"match_case", K_CASE, 0, {FLD("pattern", K_PATTERN, M1, offsetof(ft_match_case, pattern)),
                               FLD("guard", K_EXPR, MOPT, offsetof(ft_match_case, guard)),
                               FLD("body", K_STMT, MSEQ, offsetof(ft_match_case, body))}},
    /* pattern */
    PA("MatchValue", FT_PAT_MATCHVALUE, FLD("value", K_EXPR, M1, P(MatchValue, value))),
    PA("MatchSingleton", FT_PAT_MATCHSINGLETON, FLD("value", T_CONST, M1, P(MatchSingleton, value))),
    PA("MatchSequence", FT_PAT_MATCHSEQUENCE, FLD("patterns", K_PATTERN, MSEQ, P(MatchSequence, patterns))),
    PA("MatchMapping", FT_PAT_MATCHMAPPING, FLD("keys", K_EXPR, MSEQ, P(MatchMapping, keys)),
       FLD("patterns", K_PATTERN, MSEQ, P(MatchMapping, patterns)), FLD("rest", T_IDENT, MOPT, P(MatchMapping, rest))),
    PA("MatchClass", FT_PAT_MATCHCLASS, FLD("cls", K_EXPR, M1, P(MatchClass, cls)),
       FLD("patterns", K_PATTERN, MSEQ, P(MatchClass, patterns)),
       FLD("kwd_attrs", T_IDENT, MSEQ, P(MatchClass, kwd_attrs)),
       FLD("kwd_patterns", K_PATTERN, MSEQ, P(MatchClass, kwd_patterns))),
    PA("MatchStar", FT_PAT_MATCHSTAR, FLD("name", T_IDENT, MOPT, P(MatchStar, name))),
    PA("MatchAs", FT_PAT_MATCHAS, FLD("pattern", K_PATTERN, MOPT, P(MatchAs, pattern)),
       FLD("name", T_IDENT, MOPT, P(MatchAs, name))),
    PA("MatchOr", FT_PAT_MATCHOR, FLD("patterns", K_PATTERN, MSEQ, P(MatchOr, patterns))),
    {"TypeIgnore", K_TIGNORE, 1, {FLD("lineno", T_INT, M1, NOFF), FLD("tag", T_STRING, M1, NOFF)}},
    {"TypeVar", K_TPARAM, FT_TP_TYPEVAR, {FLD("name", T_IDENT, M1, offsetof(ft_type_param, name)),
                                          FLD("bound", K_EXPR, MOPT, offsetof(ft_type_param, bound)),
                                          FLD("default_value", K_EXPR, MOPT, offsetof(ft_type_param, default_value))}},
    {"ParamSpec", K_TPARAM, FT_TP_PARAMSPEC, {FLD("name", T_IDENT, M1, offsetof(ft_type_param, name)),
                                              FLD("default_value", K_EXPR, MOPT, offsetof(ft_type_param, default_value))}},
    {"TypeVarTuple", K_TPARAM, FT_TP_TYPEVARTUPLE, {FLD("name", T_IDENT, M1, offsetof(ft_type_param, name)),
                                                    FLD("default_value", K_EXPR, MOPT, offsetof(ft_type_param, default_value))}},
};
#define NCLASSES ((int)(sizeof classes / sizeof classes[0]))
#define MAXKIND 32

/* Per-interpreter state (a GC block referenced from the module). */
typedef struct {
    ft_obj *cls[NCLASSES];     /* concrete classes, same order as `classes` */
    ft_obj *single[NCLASSES];  /* enum categories: the shared instance */
    ft_obj *abstract[NCAT];    /* category base classes (NULL for product types) */
} ast_state;

/* Process-wide, computed once: kind -> class index per category. */
static short kind_index[NCAT][MAXKIND];
static short cat_first[NCAT];  /* first class of a category (product types: the class) */
/* Interned (immortal, process-wide) names of every field and position
 * attribute, made once: conversions never go through the intern table. */
static ft_obj *field_name[NCLASSES][8];
enum { N_LINENO, N_COL, N_END_LINENO, N_END_COL, N_FIELDS, N_ATTRIBUTES, NNAMES };
static ft_obj *names[NNAMES];
static ft_once tables_once = FT_ONCE_INIT;
static void build_tables(void) {
    static const char *const fixed[NNAMES] = {"lineno", "col_offset", "end_lineno", "end_col_offset",
                                              "_fields", "_attributes"};
    for (int i = 0; i < NNAMES; i++) names[i] = ft_str_intern_cstr(fixed[i]);
    for (int i = 0; i < NCLASSES; i++)
        for (int j = 0; j < 8 && classes[i].f[j].name; j++)
            field_name[i][j] = ft_str_intern_cstr(classes[i].f[j].name);
    for (int c = 0; c < NCAT; c++) {
        cat_first[c] = -1;
        for (int k = 0; k < MAXKIND; k++) kind_index[c][k] = -1;
    }
    for (int i = 0; i < NCLASSES; i++) {
        int c = classes[i].cat;
        if (cat_first[c] < 0) cat_first[c] = (short)i;
        if (classes[i].kind >= 0 && classes[i].kind < MAXKIND) kind_index[c][classes[i].kind] = (short)i;
    }
}

static int nfields(const cspec *s) {
    int n = 0;
    while (n < 8 && s->f[n].name) n++;
    return n;
}

/* ---- the AST base type ----------------------------------------------------------------- */

typedef struct { ft_obj ob; ft_obj *dict; } ast_obj;

static ft_type ast_type;
static ast_state *get_state(void);

static ft_obj *ast_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *o = (type->flags & FT_TPF_HEAPTYPE) ? ft_type_generic_alloc(type, 0)
                                                : ft_obj_alloc(type, sizeof(ast_obj));
    if (!o) return NULL;
    ft_obj **dp = ft_obj_dictptr(o);
    if (dp && !*dp && !(*dp = ft_dict_new())) return NULL;
    return o;
}

static ft_obj *warn_deprecation(ft_obj *msg) {
    ft_obj *w = ft_import_module_cstr("warnings");
    ft_obj *fn = w ? ft_getattr_cstr(w, "warn") : NULL;
    if (!fn || !msg) return NULL;
    return ft_call3(fn, msg, (ft_obj *)FT_EXC(DeprecationWarning), ft_smallint(1));
}

/* The table entry a Python class stands for: the first builtin node class
 * along its MRO (user subclasses inherit the field kinds of their base). */
static int spec_of_type(ast_state *st, ft_type *t) {
    if (!st) return -1;
    ft_obj *mro = t->mro;
    ft_ssize n = mro ? ft_tuple_size(mro) : 0;
    for (ft_ssize j = 0; j < n; j++) {
        ft_obj *c = ft_tuple_get(mro, j);
        for (int i = 0; i < NCLASSES; i++)
            if (st->cls[i] == c) return i;
    }
    return -1;
}

static ft_obj *fields_of(ft_obj *self) {
    ft_obj *f = ft_getattr_opt((ft_obj *)FT_TYPE(self), names[N_FIELDS]);
    if (!f) {
        if (ft_err_occurred()) return NULL;
        return ft_empty_tuple;
    }
    return ft_sequence_tuple(f);
}

static int ast_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *fields = fields_of(self);
    if (!fields) return -1;
    ft_ssize nf = ft_tuple_size(fields);
    const char *tname = ft_type_name(FT_TYPE(self));
    if ((ft_ssize)nargs > nf) {
        ft_err_format(ft_exc_TypeError, "%s constructor takes at most %zd positional argument%s",
                      tname, nf, nf == 1 ? "" : "s");
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        if (ft_setattr(self, ft_tuple_get(fields, (ft_ssize)i), args[i]) < 0) return -1;
    ft_ssize nk = kwnames ? ft_tuple_size(kwnames) : 0;
    ft_obj *attrs = ft_getattr_opt((ft_obj *)FT_TYPE(self), names[N_ATTRIBUTES]);
    if (!attrs && ft_err_occurred()) return -1;
    for (ft_ssize i = 0; i < nk; i++) {
        ft_obj *key = ft_tuple_get(kwnames, i);
        for (size_t j = 0; j < nargs; j++) {
            int eq = ft_eq(ft_tuple_get(fields, (ft_ssize)j), key);
            if (eq < 0) return -1;
            if (eq) {
                ft_err_format(ft_exc_TypeError, "%s got multiple values for argument %R", tname, key);
                return -1;
            }
        }
        int known = ft_contains(fields, key);
        if (known < 0) return -1;
        if (!known && attrs) {
            known = ft_contains(attrs, key);
            if (known < 0) return -1;
        }
        if (!known) {
            ft_obj *msg = ft_str_from_format(
                "%s.__init__ got an unexpected keyword argument %R. Support for arbitrary keyword "
                "arguments is deprecated and will be removed in Python 3.15.", tname, key);
            if (!warn_deprecation(msg)) return -1;
        }
        if (ft_setattr(self, key, args[nargs + (size_t)i]) < 0) return -1;
    }
    /* Defaults of omitted fields: [] for lists, None for optional fields,
     * Load() for contexts; a missing required field only warns (3.13). */
    ast_state *st = get_state();
    if (!st) return -1;
    int si = spec_of_type(st, FT_TYPE(self));
    ft_obj **dp = ft_obj_dictptr(self);
    ft_obj *missing = NULL;
    for (ft_ssize j = (ft_ssize)nargs; j < nf; j++) {
        ft_obj *name = ft_tuple_get(fields, j);
        if (dp && *dp) {
            int has = ft_contains(*dp, name);
            if (has < 0) return -1;
            if (has) continue;
        }
        const fspec *f = NULL;
        if (si >= 0 && ft_str_check(name))
            for (int k = 0; k < 8 && classes[si].f[k].name; k++)
                if (ft_str_eq_cstr(name, classes[si].f[k].name)) f = &classes[si].f[k];
        ft_obj *dflt = NULL;
        if (f && f->mult == MSEQ) dflt = ft_list_new(0);
        else if (f && f->mult == MOPT) continue;  /* the class attribute None stands in */
        else if (f && f->type == K_CTX) dflt = ft_call0(st->cls[kind_index[K_CTX][FT_CTX_LOAD]]);
        else {
            if (!missing && !(missing = ft_list_new(0))) return -1;
            if (ft_list_append(missing, name) < 0) return -1;
            continue;
        }
        if (!dflt || ft_setattr(self, name, dflt) < 0) return -1;
    }
    /* one warning per missing field, as CPython 3.13 does */
    for (ft_ssize i = 0; missing && si >= 0 && i < ft_list_size(missing); i++) {
        ft_obj *msg = ft_str_from_format(
            "%s.__init__ missing 1 required positional argument: %R. This will become an "
            "error in Python 3.15.", tname, ft_list_get(missing, i));
        if (!warn_deprecation(msg)) return -1;
    }
    return 0;
}

/* (type, (None,) * k, __dict__): k Nones stand for the required scalar
 * fields the instance has, so that unpickling does not warn about them
 * before the dict is restored (CPython 3.13's shape). */
static ft_obj *ast_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj **dp = ft_obj_dictptr(self);
    ft_obj *d = (dp && *dp) ? *dp : ft_dict_new();
    if (!d) return NULL;
    ast_state *st = get_state();
    if (!st) return NULL;
    int si = spec_of_type(st, FT_TYPE(self));
    ft_ssize k = 0;
    for (int i = 0; si >= 0 && i < 8 && classes[si].f[i].name; i++) {
        const fspec *f = &classes[si].f[i];
        if (f->mult != M1) continue;
        int has = ft_contains(d, field_name[si][i]);
        if (has < 0) return NULL;
        k += has;
    }
    ft_obj *pos = ft_tuple_new(k);
    if (!pos) return NULL;
    for (ft_ssize i = 0; i < k; i++) ft_tuple_items(pos)[i] = ft_None;
    return ft_tuple_pack(3, (ft_obj *)FT_TYPE(self), pos, d);
}

/* The dict is normally made by ast_new; an instance allocated another way
 * gets one here, published with a CAS so racing readers agree on it. */
static ft_obj *ast_get_dict(ft_obj *self, void *c) {
    ft_obj **dp = ft_obj_dictptr(self);
    if (!dp) return ft_None;
    ft_obj *d = __atomic_load_n(dp, __ATOMIC_ACQUIRE);
    if (d) return d;
    ft_obj *fresh = ft_dict_new();
    if (!fresh) return NULL;
    ft_obj *expected = NULL;
    if (__atomic_compare_exchange_n(dp, &expected, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return fresh;
    return expected;
}

static const ft_method_def ast_methods[] = {
    {"__reduce__", ast_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};
static const ft_getset_def ast_getsets[] = {
    {"__dict__", ast_get_dict, NULL, NULL, NULL},
    {NULL}
};

static ft_type ast_type = {
    FT_TYPE_HEAD_INIT,
    .name = "ast.AST",
    .basicsize = sizeof(ast_obj),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(ast_obj, dict),
    .new_ = ast_new,
    .init = ast_init,
    .getattro = ft_obj_generic_getattr,
    .setattro = ft_obj_generic_setattr,
    .methods = ast_methods,
    .getsets = ast_getsets,
};

/* ---- module state lookup --------------------------------------------------------------- */

static ast_state *get_state(void) {
    ft_obj *m = ft_import_module_cstr("_ast");
    if (!m) return NULL;
    if (ft_type_of(m) != &ft_module_type || !((ft_module *)m)->state ||
        ((ft_module *)m)->def == NULL || strcmp(((ft_module *)m)->def->name, "_ast") != 0) {
        ft_err_set_str(ft_exc_RuntimeError, "the _ast module is not initialised");
        return NULL;
    }
    return (ast_state *)((ft_module *)m)->state;
}

/* ---- C tree -> Python objects ---------------------------------------------------------- */

static ft_obj *node_to_py(ast_state *st, int cat, void *p);

static ft_obj *new_node(ast_state *st, int ci) {
    ft_obj *o = ast_new((ft_type *)st->cls[ci], NULL, 0, NULL);
    return o;
}

static ft_obj *scalar_to_py(ast_state *st, int type, void *addr) {
    switch (type) {
    case T_IDENT: case T_CONST: case T_STRING: {
        ft_obj *v = *(ft_obj **)addr;
        return v ? v : ft_None;
    }
    case T_INT: return ft_int_from_i64(*(int *)addr);
    case K_CTX: case K_BOOLOP: case K_OP: case K_UOP: case K_CMPOP: {
        int k = *(int *)addr;
        int ci = (k >= 0 && k < MAXKIND) ? kind_index[type][k] : -1;
        if (ci < 0) return ft_err_format(ft_exc_SystemError, "invalid %s value %d in tree", cats[type].name, k);
        return st->single[ci];
    }
    default: {
        void *child = *(void **)addr;
        if (!child) return ft_None;
        return node_to_py(st, type, child);
    }
    }
}

static ft_obj *field_to_py(ast_state *st, const fspec *f, char *base) {
    if (f->off == NOFF) return f->mult == MSEQ ? ft_list_new(0) : ft_None;
    char *addr = base + f->off;
    if (f->mult != MSEQ) return scalar_to_py(st, f->type, addr);
    ft_ssize n = *(ft_ssize *)addr;
    char *items = *(char **)(addr + sizeof(ft_ssize));
    size_t isz = (f->type == T_INT || f->type == K_CMPOP) ? sizeof(int) : sizeof(void *);
    ft_obj *list = ft_list_new(0);
    if (!list) return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *v = scalar_to_py(st, f->type, items + (size_t)i * isz);
        if (!v || ft_list_append(list, v) < 0) return NULL;
    }
    return list;
}

/* Nesting depth of the C -> Python conversion on this thread. CPython bounds
 * it (C recursion limit times its compiler scale, 30000) whatever the stack
 * size, so trees that deep fail the same way here. */
#define AST_CONVERT_LIMIT 30000
static _Thread_local int convert_depth;

static ft_obj *node_to_py_inner(ast_state *st, int cat, void *p);

static ft_obj *node_to_py(ast_state *st, int cat, void *p) {
    if (convert_depth >= AST_CONVERT_LIMIT) {
        ft_err_set_str(ft_exc_RecursionError, "maximum recursion depth exceeded during ast construction");
        return NULL;
    }
    if (ft_check_c_stack("during ast construction") < 0) return NULL;
    convert_depth++;
    ft_obj *r = node_to_py_inner(st, cat, p);
    convert_depth--;
    return r;
}

static ft_obj *node_to_py_inner(ast_state *st, int cat, void *p) {
    const catinfo *ci = &cats[cat];
    int idx = cat_first[cat];
    if (ci->kind_off >= 0) {
        int k = *(int *)((char *)p + ci->kind_off);
        idx = (k >= 0 && k < MAXKIND) ? kind_index[cat][k] : -1;
        if (idx < 0) return ft_err_format(ft_exc_SystemError, "invalid %s kind %d in tree", ci->asdl, k);
    }
    ft_obj *o = new_node(st, idx);
    if (!o) return NULL;
    ft_obj *d = *ft_obj_dictptr(o);
    const cspec *s = &classes[idx];
    for (int i = 0; i < 8 && s->f[i].name; i++) {
        ft_obj *v = field_to_py(st, &s->f[i], (char *)p);
        if (!v || ft_dict_set(d, field_name[idx][i], v) < 0) return NULL;
    }
    if (ci->pos_off >= 0) {
        ft_ast_pos *pos = (ft_ast_pos *)((char *)p + ci->pos_off);
        if (ft_dict_set(d, names[N_LINENO], ft_int_from_i64(pos->lineno)) < 0 ||
            ft_dict_set(d, names[N_COL], ft_int_from_i64(pos->col_offset)) < 0 ||
            ft_dict_set(d, names[N_END_LINENO], ft_int_from_i64(pos->end_lineno)) < 0 ||
            ft_dict_set(d, names[N_END_COL], ft_int_from_i64(pos->end_col_offset)) < 0)
            return NULL;
    }
    return o;
}

ft_obj *ft_ast_to_object(ft_mod *mod) {
    ft_once_run(&tables_once, build_tables);
    if (!mod) return ft_err_bad_internal_call("ft_ast_to_object");
    ast_state *st = get_state();
    if (!st) return NULL;
    return node_to_py(st, K_MOD, mod);
}

/* ---- Python objects -> C tree ---------------------------------------------------------- */

typedef struct { ast_state *st; } conv;

static int obj_to_node(conv *cv, int cat, ft_obj *o, void **out, const char *owner);

static int get_int(ft_obj *v, int *out) {
    if (!ft_int_check(v)) {
        ft_err_format(ft_exc_ValueError, "invalid integer value: %R", v);
        return -1;
    }
    int64_t x = ft_int_as_i64(v);
    if (x == -1 && ft_err_occurred()) return -1;
    if (x < INT32_MIN || x > INT32_MAX) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int enum_value(conv *cv, int cat, ft_obj *v, int *out) {
    for (int i = cat_first[cat]; i < NCLASSES && classes[i].cat == cat; i++) {
        int r = ft_isinstance(v, cv->st->cls[i]);
        if (r < 0) return -1;
        if (r) {
            *out = classes[i].kind;
            return 0;
        }
    }
    ft_err_format(ft_exc_TypeError, "expected some sort of %s, but got %R", cats[cat].asdl, v);
    return -1;
}

/* One value (not a list) of type `type`. None is accepted here for node
 * types (NULL); required-ness is checked by the validator, as CPython does. */
static int value_to_c(conv *cv, int type, ft_obj *v, void *addr, const char *owner) {
    switch (type) {
    case T_IDENT:
        if (v == ft_None) { *(ft_obj **)addr = NULL; return 0; }
        if (!ft_str_check_exact(v)) {
            ft_err_set_str(ft_exc_TypeError, "AST identifier must be of type str");
            return -1;
        }
        if (!(*(ft_obj **)addr = ft_str_intern(v))) return -1;
        return 0;
    case T_STRING:
        if (v == ft_None) { *(ft_obj **)addr = NULL; return 0; }
        if (!ft_str_check_exact(v)) {
            ft_err_set_str(ft_exc_TypeError, "AST string must be of type str");
            return -1;
        }
        *(ft_obj **)addr = v;
        return 0;
    case T_CONST:
        *(ft_obj **)addr = v;
        return 0;
    case T_INT:
        return get_int(v, (int *)addr);
    case K_CTX: case K_BOOLOP: case K_OP: case K_UOP: case K_CMPOP:
        return enum_value(cv, type, v, (int *)addr);
    default:
        if (v == ft_None) { *(void **)addr = NULL; return 0; }
        return obj_to_node(cv, type, v, (void **)addr, owner);
    }
}

static int field_to_c(conv *cv, const fspec *f, ft_obj *fname, ft_obj *o, char *base, const char *owner) {
    ft_obj *v = ft_getattr_opt(o, fname);
    if (!v && ft_err_occurred()) return -1;
    if (f->off == NOFF) return 0;
    char *addr = base + f->off;
    if (f->mult == MSEQ) {
        if (!v) return 0;  /* 3.13 treats an absent list field as empty */
        if (!ft_list_check(v)) {
            ft_err_format(ft_exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner, f->name,
                          ft_type_name(ft_type_of(v)));
            return -1;
        }
        ft_ssize n = ft_list_size(v);
        size_t isz = (f->type == T_INT || f->type == K_CMPOP) ? sizeof(int) : sizeof(void *);
        char *items = n ? ft_gc_alloc((size_t)n * isz, isz == sizeof(int) ? FT_GC_ATOMIC : FT_GC_SCAN) : NULL;
        if (n && !items) return -1;
        for (ft_ssize i = 0; i < n; i++) {
            ft_obj *item = ft_list_get(v, i);
            if (!item) return -1;
            if (value_to_c(cv, f->type, item, items + (size_t)i * isz, owner) < 0) return -1;
            if (ft_list_size(v) != n) {
                ft_err_format(ft_exc_RuntimeError, "%s field \"%s\" changed size during iteration", owner, f->name);
                return -1;
            }
        }
        *(ft_ssize *)addr = n;
        *(char **)(addr + sizeof(ft_ssize)) = items;
        return 0;
    }
    if (!v || (v == ft_None && f->mult == MOPT)) {
        if (!v && f->mult == M1) {
            ft_err_format(ft_exc_TypeError, "required field \"%s\" missing from %s", f->name, owner);
            return -1;
        }
        if (f->type == T_INT) *(int *)addr = 0;
        else *(void **)addr = NULL;
        return 0;
    }
    /* None for a required int or operator is rejected by value_to_c with
     * CPython's messages; None for a required node is caught by validation */
    return value_to_c(cv, f->type, v, addr, owner);
}

static int get_pos_attr(ft_obj *o, int which, const char *owner, bool optional, int *out, bool *found) {
    static const char *const text[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
    const char *name = text[which];
    ft_obj *v = ft_getattr_opt(o, names[which]);
    if (!v && ft_err_occurred()) return -1;
    *found = v && v != ft_None;
    if (!v || (v == ft_None && optional)) {
        if (!optional) {
            ft_err_format(ft_exc_TypeError, "required field \"%s\" missing from %s", name, owner);
            return -1;
        }
        return 0;
    }
    return get_int(v, out);
}

static const char *const traversing[NCAT] = {
    [K_MOD] = "while traversing 'mod' node", [K_STMT] = "while traversing 'stmt' node",
    [K_EXPR] = "while traversing 'expr' node", [K_COMP] = "while traversing 'comprehension' node",
    [K_HANDLER] = "while traversing 'excepthandler' node", [K_ARGUMENTS] = "while traversing 'arguments' node",
    [K_ARG] = "while traversing 'arg' node", [K_KEYWORD] = "while traversing 'keyword' node",
    [K_ALIAS] = "while traversing 'alias' node", [K_WITHITEM] = "while traversing 'withitem' node",
    [K_CASE] = "while traversing 'match_case' node", [K_PATTERN] = "while traversing 'pattern' node",
    [K_TPARAM] = "while traversing 'type_param' node",
};

static int obj_to_node(conv *cv, int cat, ft_obj *o, void **out, const char *owner) {
    if (ft_check_c_stack(traversing[cat] ? traversing[cat] : "during AST conversion") < 0) return -1;
    const catinfo *ci = &cats[cat];
    ft_ast_pos pos = {0, 0, 0, 0};
    if (ci->pos_off >= 0) {
        bool f1, f2, f3, f4;
        if (get_pos_attr(o, N_LINENO, ci->asdl, false, &pos.lineno, &f1) < 0 ||
            get_pos_attr(o, N_COL, ci->asdl, false, &pos.col_offset, &f2) < 0 ||
            get_pos_attr(o, N_END_LINENO, ci->asdl, ci->end_optional, &pos.end_lineno, &f3) < 0 ||
            get_pos_attr(o, N_END_COL, ci->asdl, ci->end_optional, &pos.end_col_offset, &f4) < 0)
            return -1;
        if (!f3) pos.end_lineno = pos.lineno;
        if (!f4) pos.end_col_offset = pos.col_offset;
    }
    int idx = -1;
    if (ci->name) {
        for (int i = cat_first[cat]; i < NCLASSES && classes[i].cat == cat; i++) {
            int r = ft_isinstance(o, cv->st->cls[i]);
            if (r < 0) return -1;
            if (r) { idx = i; break; }
        }
        if (idx < 0) {
            ft_err_format(ft_exc_TypeError, "expected some sort of %s, but got %R", ci->asdl, o);
            return -1;
        }
    } else {
        idx = cat_first[cat];
    }
    const cspec *s = &classes[idx];
    if (ci->size == 0 || (cat == K_MOD && s->kind == 99)) {
        ft_err_format(ft_exc_NotImplementedError, "ftpy cannot compile %s nodes", s->name);
        return -1;
    }
    char *node = ft_gc_alloc(ci->size, FT_GC_SCAN);
    if (!node) return -1;
    if (ci->kind_off >= 0) *(int *)(node + ci->kind_off) = s->kind;
    if (ci->pos_off >= 0) *(ft_ast_pos *)(node + ci->pos_off) = pos;
    for (int i = 0; i < 8 && s->f[i].name; i++)
        if (field_to_c(cv, &s->f[i], field_name[idx][i], o, node, s->name) < 0) return -1;
    *out = node;
    return 0;
}

/* ---- validation ------------------------------------------------------------------------ */

static int v_expr(ft_expr *e, int ctx);
static int v_stmts(ft_stmt_seq *b);
static int v_pattern(ft_pattern *p, bool star_ok);

static const char *ctx_name(int c) {
    return c == FT_CTX_LOAD ? "Load" : c == FT_CTX_STORE ? "Store" : "Del";
}

static int verr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int verr(const char *fmt, ...) {
    char buf[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ft_err_set_str(ft_exc_ValueError, buf);
    return -1;
}

static int required(void *p, const char *field, const char *owner) {
    if (!p) return verr("field '%s' is required for %s", field, owner);
    return 0;
}

static int v_exprs(ft_expr_seq *s, int ctx, bool null_ok) {
    for (ft_ssize i = 0; i < s->n; i++) {
        if (!s->items[i]) {
            if (null_ok) continue;
            return verr("None disallowed in expression list");
        }
        if (v_expr(s->items[i], ctx) < 0) return -1;
    }
    return 0;
}

static int v_nonempty(ft_ssize n, const char *what, const char *owner) {
    if (n == 0) return verr("empty %s on %s", what, owner);
    return 0;
}

static int v_body(ft_stmt_seq *b, const char *owner) {
    if (v_nonempty(b->n, "body", owner) < 0) return -1;
    return v_stmts(b);
}

/* NULL if v may be a Constant's value, else the offending (innermost) object. */
static ft_obj *invalid_constant(ft_obj *v, int depth) {
    if (v == ft_None || v == ft_Ellipsis || v == ft_True || v == ft_False) return NULL;
    ft_type *t = ft_type_of(v);
    if (t == &ft_int_type || t == &ft_float_type || t == &ft_complex_type || t == &ft_str_type ||
        t == &ft_bytes_type)
        return NULL;
    if ((t == &ft_tuple_type || t == &ft_frozenset_type) && depth < 100) {
        ft_obj *items = ft_sequence_tuple(v);
        if (!items) { ft_err_clear(); return v; }
        for (ft_ssize i = 0; i < ft_tuple_size(items); i++) {
            ft_obj *bad = invalid_constant(ft_tuple_get(items, i), depth + 1);
            if (bad) return bad;
        }
        return NULL;
    }
    return v;
}

static int v_name_id(ft_obj *id) {
    if (!id) return verr("field 'id' is required for Name");
    if (ft_str_eq_cstr(id, "None") || ft_str_eq_cstr(id, "True") || ft_str_eq_cstr(id, "False"))
        return verr("identifier field can't represent '%s' constant", ft_str_utf8(id));
    return 0;
}

static int v_arg(ft_arg *a) {
    if (!a) return verr("None disallowed in expression list");
    if (required(a->arg, "arg", "arg") < 0) return -1;
    return a->annotation ? v_expr(a->annotation, FT_CTX_LOAD) : 0;
}

static int v_args_seq(ft_arg_seq *s) {
    for (ft_ssize i = 0; i < s->n; i++)
        if (v_arg(s->items[i]) < 0) return -1;
    return 0;
}

static int v_arguments(ft_arguments *a) {
    if (!a) return verr("field 'args' is required");
    if (v_args_seq(&a->posonlyargs) < 0 || v_args_seq(&a->args) < 0) return -1;
    if (a->vararg && v_arg(a->vararg) < 0) return -1;
    if (v_args_seq(&a->kwonlyargs) < 0) return -1;
    if (a->kwarg && v_arg(a->kwarg) < 0) return -1;
    if (a->defaults.n > a->posonlyargs.n + a->args.n)
        return verr("more positional defaults than args on arguments");
    if (a->kw_defaults.n != a->kwonlyargs.n)
        return verr("length of kwonlyargs is not the same as kw_defaults on arguments");
    if (v_exprs(&a->defaults, FT_CTX_LOAD, false) < 0) return -1;
    return v_exprs(&a->kw_defaults, FT_CTX_LOAD, true);
}

static int v_keywords(ft_keyword_seq *k) {
    for (ft_ssize i = 0; i < k->n; i++) {
        if (!k->items[i]) return verr("None disallowed in keyword list");
        if (required(k->items[i]->value, "value", "keyword") < 0 ||
            v_expr(k->items[i]->value, FT_CTX_LOAD) < 0)
            return -1;
    }
    return 0;
}

static int v_comprehension(ft_comprehension_seq *g) {
    if (g->n == 0) return verr("comprehension with no generators");
    for (ft_ssize i = 0; i < g->n; i++) {
        ft_comprehension *c = g->items[i];
        if (!c) return verr("None disallowed in comprehension list");
        if (required(c->target, "target", "comprehension") < 0 || required(c->iter, "iter", "comprehension") < 0 ||
            v_expr(c->target, FT_CTX_STORE) < 0 || v_expr(c->iter, FT_CTX_LOAD) < 0 ||
            v_exprs(&c->ifs, FT_CTX_LOAD, false) < 0)
            return -1;
    }
    return 0;
}

static int v_type_params(ft_type_param_seq *s) {
    for (ft_ssize i = 0; i < s->n; i++) {
        ft_type_param *tp = s->items[i];
        if (!tp) return verr("None disallowed in type_param list");
        if (required(tp->name, "name", "type_param") < 0) return -1;
        if (tp->bound && v_expr(tp->bound, FT_CTX_LOAD) < 0) return -1;
        if (tp->default_value && v_expr(tp->default_value, FT_CTX_LOAD) < 0) return -1;
    }
    return 0;
}

static int v_expr(ft_expr *e, int ctx) {
    if (ft_check_c_stack("AST validation") < 0) return -1;
    if (!e) return verr("None disallowed in expression");
    int actual = -1;
    switch (e->kind) {
    case FT_EXPR_ATTRIBUTE: actual = e->v.Attribute.ctx; break;
    case FT_EXPR_SUBSCRIPT: actual = e->v.Subscript.ctx; break;
    case FT_EXPR_STARRED: actual = e->v.Starred.ctx; break;
    case FT_EXPR_NAME: actual = e->v.Name.ctx; break;
    case FT_EXPR_LIST: case FT_EXPR_TUPLE: actual = e->v.List.ctx; break;
    default:
        if (ctx != FT_CTX_LOAD)
            return verr("expression which can't be assigned to in %s context", ctx_name(ctx));
    }
    if (actual >= 0 && actual != ctx)
        return verr("expression must have %s context but has %s instead", ctx_name(ctx), ctx_name(actual));
    switch (e->kind) {
    case FT_EXPR_BOOLOP:
        if (e->v.BoolOp.values.n < 2) return verr("BoolOp with less than 2 values");
        return v_exprs(&e->v.BoolOp.values, FT_CTX_LOAD, false);
    case FT_EXPR_BINOP:
        if (required(e->v.BinOp.left, "left", "BinOp") < 0 || required(e->v.BinOp.right, "right", "BinOp") < 0)
            return -1;
        return v_expr(e->v.BinOp.left, FT_CTX_LOAD) < 0 ? -1 : v_expr(e->v.BinOp.right, FT_CTX_LOAD);
    case FT_EXPR_UNARYOP:
        if (required(e->v.UnaryOp.operand, "operand", "UnaryOp") < 0) return -1;
        return v_expr(e->v.UnaryOp.operand, FT_CTX_LOAD);
    case FT_EXPR_NAMEDEXPR:
        if (required(e->v.NamedExpr.target, "target", "NamedExpr") < 0 ||
            required(e->v.NamedExpr.value, "value", "NamedExpr") < 0)
            return -1;
        if (e->v.NamedExpr.target->kind != FT_EXPR_NAME) {
            ft_err_set_str(ft_exc_TypeError, "NamedExpr target must be a Name");
            return -1;
        }
        return v_expr(e->v.NamedExpr.target, FT_CTX_STORE) < 0 ? -1 : v_expr(e->v.NamedExpr.value, FT_CTX_LOAD);
    case FT_EXPR_LAMBDA:
        if (v_arguments(e->v.Lambda.args) < 0 || required(e->v.Lambda.body, "body", "Lambda") < 0) return -1;
        return v_expr(e->v.Lambda.body, FT_CTX_LOAD);
    case FT_EXPR_IFEXP:
        if (required(e->v.IfExp.test, "test", "IfExp") < 0 || required(e->v.IfExp.body, "body", "IfExp") < 0 ||
            required(e->v.IfExp.orelse, "orelse", "IfExp") < 0)
            return -1;
        return (v_expr(e->v.IfExp.test, FT_CTX_LOAD) < 0 || v_expr(e->v.IfExp.body, FT_CTX_LOAD) < 0) ? -1
               : v_expr(e->v.IfExp.orelse, FT_CTX_LOAD);
    case FT_EXPR_DICT:
        if (e->v.Dict.keys.n != e->v.Dict.values.n)
            return verr("Dict doesn't have the same number of keys as values");
        return v_exprs(&e->v.Dict.keys, FT_CTX_LOAD, true) < 0 ? -1 : v_exprs(&e->v.Dict.values, FT_CTX_LOAD, false);
    case FT_EXPR_SET:
        return v_exprs(&e->v.Set.elts, FT_CTX_LOAD, false);
    case FT_EXPR_LISTCOMP: case FT_EXPR_SETCOMP: case FT_EXPR_GENERATOREXP:
        if (v_comprehension(&e->v.ListComp.generators) < 0) return -1;
        if (required(e->v.ListComp.elt, "elt", "comprehension") < 0) return -1;
        return v_expr(e->v.ListComp.elt, FT_CTX_LOAD);
    case FT_EXPR_DICTCOMP:
        if (v_comprehension(&e->v.DictComp.generators) < 0) return -1;
        if (required(e->v.DictComp.key, "key", "DictComp") < 0 || required(e->v.DictComp.value, "value", "DictComp") < 0)
            return -1;
        return v_expr(e->v.DictComp.key, FT_CTX_LOAD) < 0 ? -1 : v_expr(e->v.DictComp.value, FT_CTX_LOAD);
    case FT_EXPR_YIELD:
        return e->v.Await.value ? v_expr(e->v.Await.value, FT_CTX_LOAD) : 0;
    case FT_EXPR_AWAIT: case FT_EXPR_YIELDFROM:
        if (required(e->v.Await.value, "value", e->kind == FT_EXPR_AWAIT ? "Await" : "YieldFrom") < 0) return -1;
        return v_expr(e->v.Await.value, FT_CTX_LOAD);
    case FT_EXPR_COMPARE:
        if (e->v.Compare.comparators.n == 0) return verr("Compare with no comparators");
        if (e->v.Compare.comparators.n != e->v.Compare.ops.n)
            return verr("Compare has a different number of comparators and operands");
        if (required(e->v.Compare.left, "left", "Compare") < 0) return -1;
        return v_exprs(&e->v.Compare.comparators, FT_CTX_LOAD, false) < 0 ? -1 : v_expr(e->v.Compare.left, FT_CTX_LOAD);
    case FT_EXPR_CALL:
        if (required(e->v.Call.func, "func", "Call") < 0) return -1;
        if (v_expr(e->v.Call.func, FT_CTX_LOAD) < 0 || v_exprs(&e->v.Call.args, FT_CTX_LOAD, false) < 0) return -1;
        return v_keywords(&e->v.Call.keywords);
    case FT_EXPR_CONSTANT:
    {
        ft_obj *bad = invalid_constant(e->v.Constant.value, 0);
        if (bad) {
            ft_err_format(ft_exc_TypeError, "got an invalid type in Constant: %s", ft_type_name(ft_type_of(bad)));
            return -1;
        }
        return 0;
    }
    case FT_EXPR_JOINEDSTR:
        for (ft_ssize i = 0; i < e->v.JoinedStr.values.n; i++) {
            ft_expr *x = e->v.JoinedStr.values.items[i];
            if (!x) return verr("None disallowed in expression list");
            /* the compiler joins the parts directly: only str pieces and formatted values */
            if (!(x->kind == FT_EXPR_FORMATTEDVALUE ||
                  (x->kind == FT_EXPR_CONSTANT && ft_str_check_exact(x->v.Constant.value)))) {
                ft_err_set_str(ft_exc_TypeError,
                               "JoinedStr values must be str Constant or FormattedValue nodes (ftpy)");
                return -1;
            }
            if (v_expr(x, FT_CTX_LOAD) < 0) return -1;
        }
        return 0;
    case FT_EXPR_FORMATTEDVALUE: {
        int c = e->v.FormattedValue.conversion;
        if (required(e->v.FormattedValue.value, "value", "FormattedValue") < 0) return -1;
        if (c != -1 && c != 's' && c != 'r' && c != 'a') {
            ft_err_format(ft_exc_SystemError, "Unrecognized conversion character %d", c);
            return -1;
        }
        if (v_expr(e->v.FormattedValue.value, FT_CTX_LOAD) < 0) return -1;
        /* the VM formats with the spec as a str: a JoinedStr or a str constant */
        ft_expr *spec = e->v.FormattedValue.format_spec;
        if (spec && spec->kind != FT_EXPR_JOINEDSTR &&
            !(spec->kind == FT_EXPR_CONSTANT && ft_str_check_exact(spec->v.Constant.value))) {
            ft_err_set_str(ft_exc_TypeError, "FormattedValue format_spec must be a JoinedStr (ftpy)");
            return -1;
        }
        return spec ? v_expr(spec, FT_CTX_LOAD) : 0;
    }
    case FT_EXPR_ATTRIBUTE:
        if (required(e->v.Attribute.value, "value", "Attribute") < 0 ||
            required(e->v.Attribute.attr, "attr", "Attribute") < 0)
            return -1;
        return v_expr(e->v.Attribute.value, FT_CTX_LOAD);
    case FT_EXPR_SUBSCRIPT:
        if (required(e->v.Subscript.value, "value", "Subscript") < 0 ||
            required(e->v.Subscript.slice, "slice", "Subscript") < 0)
            return -1;
        return v_expr(e->v.Subscript.slice, FT_CTX_LOAD) < 0 ? -1 : v_expr(e->v.Subscript.value, FT_CTX_LOAD);
    case FT_EXPR_STARRED:
        if (required(e->v.Starred.value, "value", "Starred") < 0) return -1;
        return v_expr(e->v.Starred.value, ctx);
    case FT_EXPR_SLICE:
        if (e->v.Slice.lower && v_expr(e->v.Slice.lower, FT_CTX_LOAD) < 0) return -1;
        if (e->v.Slice.upper && v_expr(e->v.Slice.upper, FT_CTX_LOAD) < 0) return -1;
        return e->v.Slice.step ? v_expr(e->v.Slice.step, FT_CTX_LOAD) : 0;
    case FT_EXPR_NAME:
        return v_name_id(e->v.Name.id);
    case FT_EXPR_LIST: case FT_EXPR_TUPLE:
        return v_exprs(&e->v.List.elts, ctx, false);
    }
    return verr("invalid expression kind");
}

static int v_pattern_seq(ft_pattern_seq *s, bool star_ok) {
    for (ft_ssize i = 0; i < s->n; i++)
        if (v_pattern(s->items[i], star_ok) < 0) return -1;
    return 0;
}

static int v_capture(ft_obj *name) {
    if (name && ft_str_eq_cstr(name, "_")) return verr("can't capture name '_' in patterns");
    if (name && (ft_str_eq_cstr(name, "None") || ft_str_eq_cstr(name, "True") || ft_str_eq_cstr(name, "False")))
        return verr("identifier field can't represent '%s' constant", ft_str_utf8(name));
    return 0;
}

static int v_pattern(ft_pattern *p, bool star_ok) {
    if (ft_check_c_stack("AST validation") < 0) return -1;
    if (!p) return verr("None disallowed in pattern");
    switch (p->kind) {
    case FT_PAT_MATCHVALUE: {
        ft_expr *v = p->v.MatchValue.value;
        if (required(v, "value", "MatchValue") < 0 || v_expr(v, FT_CTX_LOAD) < 0) return -1;
        if (v->kind == FT_EXPR_CONSTANT) {
            ft_obj *c = v->v.Constant.value;
            if (c == ft_None || c == ft_True || c == ft_False)
                return verr("unexpected constant inside of a literal pattern");
            return 0;
        }
        if (v->kind == FT_EXPR_ATTRIBUTE || v->kind == FT_EXPR_UNARYOP || v->kind == FT_EXPR_BINOP) return 0;
        return verr("patterns may only match literals and attribute lookups");
    }
    case FT_PAT_MATCHSINGLETON: {
        ft_obj *c = p->v.MatchSingleton.value;
        if (c != ft_None && c != ft_True && c != ft_False)
            return verr("MatchSingleton can only contain True, False and None");
        return 0;
    }
    case FT_PAT_MATCHSEQUENCE:
        return v_pattern_seq(&p->v.MatchSequence.patterns, true);
    case FT_PAT_MATCHMAPPING:
        if (p->v.MatchMapping.keys.n != p->v.MatchMapping.patterns.n)
            return verr("MatchMapping doesn't have the same number of keys as patterns");
        if (v_capture(p->v.MatchMapping.rest) < 0) return -1;
        for (ft_ssize i = 0; i < p->v.MatchMapping.keys.n; i++) {
            ft_expr *k = p->v.MatchMapping.keys.items[i];
            if (!k) return verr("None disallowed in expression list");
            if (k->kind != FT_EXPR_CONSTANT && k->kind != FT_EXPR_ATTRIBUTE)
                return verr("can only have constant values or attribute lookups as mapping pattern keys");
            if (v_expr(k, FT_CTX_LOAD) < 0) return -1;
        }
        return v_pattern_seq(&p->v.MatchMapping.patterns, false);
    case FT_PAT_MATCHCLASS: {
        ft_expr *c = p->v.MatchClass.cls;
        if (required(c, "cls", "MatchClass") < 0 || v_expr(c, FT_CTX_LOAD) < 0) return -1;
        while (c->kind == FT_EXPR_ATTRIBUTE) c = c->v.Attribute.value;
        if (c->kind != FT_EXPR_NAME)
            return verr("MatchClass cls field can only contain Name or Attribute nodes.");
        if (p->v.MatchClass.kwd_attrs.n != p->v.MatchClass.kwd_patterns.n)
            return verr("MatchClass doesn't have the same number of keyword attributes as patterns");
        for (ft_ssize i = 0; i < p->v.MatchClass.kwd_attrs.n; i++)
            if (!p->v.MatchClass.kwd_attrs.items[i]) return verr("None disallowed in identifier list");
        if (v_pattern_seq(&p->v.MatchClass.patterns, false) < 0) return -1;
        return v_pattern_seq(&p->v.MatchClass.kwd_patterns, false);
    }
    case FT_PAT_MATCHSTAR:
        if (!star_ok) return verr("can't use MatchStar here");
        return v_capture(p->v.MatchStar.name);
    case FT_PAT_MATCHAS:
        if (v_capture(p->v.MatchAs.name) < 0) return -1;
        if (p->v.MatchAs.pattern) {
            if (!p->v.MatchAs.name)
                return verr("MatchAs must specify a target name if a pattern is given");
            return v_pattern(p->v.MatchAs.pattern, false);
        }
        return 0;
    case FT_PAT_MATCHOR:
        if (p->v.MatchOr.patterns.n < 2) return verr("MatchOr requires at least 2 patterns");
        return v_pattern_seq(&p->v.MatchOr.patterns, false);
    }
    return verr("invalid pattern kind");
}

static int v_stmt(ft_stmt *s) {
    if (ft_check_c_stack("AST validation") < 0) return -1;
    if (!s) return verr("None disallowed in statement list");
    switch (s->kind) {
    case FT_STMT_FUNCTIONDEF: case FT_STMT_ASYNCFUNCTIONDEF: {
        const char *n = s->kind == FT_STMT_FUNCTIONDEF ? "FunctionDef" : "AsyncFunctionDef";
        if (required(s->v.FunctionDef.name, "name", n) < 0) return -1;
        if (v_body(&s->v.FunctionDef.body, n) < 0 || v_type_params(&s->v.FunctionDef.type_params) < 0 ||
            v_arguments(s->v.FunctionDef.args) < 0 || v_exprs(&s->v.FunctionDef.decorator_list, FT_CTX_LOAD, false) < 0)
            return -1;
        return s->v.FunctionDef.returns ? v_expr(s->v.FunctionDef.returns, FT_CTX_LOAD) : 0;
    }
    case FT_STMT_CLASSDEF:
        if (required(s->v.ClassDef.name, "name", "ClassDef") < 0) return -1;
        if (v_body(&s->v.ClassDef.body, "ClassDef") < 0 || v_type_params(&s->v.ClassDef.type_params) < 0 ||
            v_exprs(&s->v.ClassDef.bases, FT_CTX_LOAD, false) < 0 || v_keywords(&s->v.ClassDef.keywords) < 0)
            return -1;
        return v_exprs(&s->v.ClassDef.decorator_list, FT_CTX_LOAD, false);
    case FT_STMT_RETURN:
        return s->v.Return.value ? v_expr(s->v.Return.value, FT_CTX_LOAD) : 0;
    case FT_STMT_DELETE:
        if (v_nonempty(s->v.Delete.targets.n, "targets", "Delete") < 0) return -1;
        return v_exprs(&s->v.Delete.targets, FT_CTX_DEL, false);
    case FT_STMT_ASSIGN:
        if (v_nonempty(s->v.Assign.targets.n, "targets", "Assign") < 0) return -1;
        if (required(s->v.Assign.value, "value", "Assign") < 0) return -1;
        if (v_exprs(&s->v.Assign.targets, FT_CTX_STORE, false) < 0) return -1;
        return v_expr(s->v.Assign.value, FT_CTX_LOAD);
    case FT_STMT_TYPEALIAS:
        if (required(s->v.TypeAlias.name, "name", "TypeAlias") < 0 ||
            required(s->v.TypeAlias.value, "value", "TypeAlias") < 0)
            return -1;
        if (s->v.TypeAlias.name->kind != FT_EXPR_NAME) {
            ft_err_set_str(ft_exc_TypeError, "TypeAlias with non-Name name");
            return -1;
        }
        if (v_expr(s->v.TypeAlias.name, FT_CTX_STORE) < 0 || v_type_params(&s->v.TypeAlias.type_params) < 0)
            return -1;
        return v_expr(s->v.TypeAlias.value, FT_CTX_LOAD);
    case FT_STMT_AUGASSIGN:
        if (required(s->v.AugAssign.target, "target", "AugAssign") < 0 ||
            required(s->v.AugAssign.value, "value", "AugAssign") < 0)
            return -1;
        if (v_expr(s->v.AugAssign.target, FT_CTX_STORE) < 0) return -1;
        if (s->v.AugAssign.target->kind != FT_EXPR_NAME && s->v.AugAssign.target->kind != FT_EXPR_ATTRIBUTE &&
            s->v.AugAssign.target->kind != FT_EXPR_SUBSCRIPT)
            return verr("invalid AugAssign target");
        return v_expr(s->v.AugAssign.value, FT_CTX_LOAD);
    case FT_STMT_ANNASSIGN:
        if (required(s->v.AnnAssign.target, "target", "AnnAssign") < 0 ||
            required(s->v.AnnAssign.annotation, "annotation", "AnnAssign") < 0)
            return -1;
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != FT_EXPR_NAME) {
            ft_err_set_str(ft_exc_TypeError, "AnnAssign with simple non-Name target");
            return -1;
        }
        if (s->v.AnnAssign.target->kind != FT_EXPR_NAME && s->v.AnnAssign.target->kind != FT_EXPR_ATTRIBUTE &&
            s->v.AnnAssign.target->kind != FT_EXPR_SUBSCRIPT)
            return verr("invalid AnnAssign target");
        if (v_expr(s->v.AnnAssign.target, FT_CTX_STORE) < 0) return -1;
        if (s->v.AnnAssign.value && v_expr(s->v.AnnAssign.value, FT_CTX_LOAD) < 0) return -1;
        return v_expr(s->v.AnnAssign.annotation, FT_CTX_LOAD);
    case FT_STMT_FOR: case FT_STMT_ASYNCFOR: {
        const char *n = s->kind == FT_STMT_FOR ? "For" : "AsyncFor";
        if (required(s->v.For.target, "target", n) < 0 || required(s->v.For.iter, "iter", n) < 0) return -1;
        if (v_expr(s->v.For.target, FT_CTX_STORE) < 0 || v_expr(s->v.For.iter, FT_CTX_LOAD) < 0 ||
            v_body(&s->v.For.body, n) < 0)
            return -1;
        return v_stmts(&s->v.For.orelse);
    }
    case FT_STMT_WHILE: case FT_STMT_IF: {
        const char *n = s->kind == FT_STMT_WHILE ? "While" : "If";
        if (required(s->v.If.test, "test", n) < 0) return -1;
        if (v_expr(s->v.If.test, FT_CTX_LOAD) < 0 || v_body(&s->v.If.body, n) < 0) return -1;
        return v_stmts(&s->v.If.orelse);
    }
    case FT_STMT_WITH: case FT_STMT_ASYNCWITH: {
        const char *n = s->kind == FT_STMT_WITH ? "With" : "AsyncWith";
        if (v_nonempty(s->v.With.items.n, "items", n) < 0) return -1;
        for (ft_ssize i = 0; i < s->v.With.items.n; i++) {
            ft_withitem *w = s->v.With.items.items[i];
            if (!w) return verr("None disallowed in withitem list");
            if (required(w->context_expr, "context_expr", "withitem") < 0 || v_expr(w->context_expr, FT_CTX_LOAD) < 0)
                return -1;
            if (w->optional_vars && v_expr(w->optional_vars, FT_CTX_STORE) < 0) return -1;
        }
        return v_body(&s->v.With.body, n);
    }
    case FT_STMT_MATCH:
        if (required(s->v.Match.subject, "subject", "Match") < 0 || v_expr(s->v.Match.subject, FT_CTX_LOAD) < 0)
            return -1;
        if (v_nonempty(s->v.Match.cases.n, "cases", "Match") < 0) return -1;
        for (ft_ssize i = 0; i < s->v.Match.cases.n; i++) {
            ft_match_case *c = s->v.Match.cases.items[i];
            if (!c) return verr("None disallowed in match_case list");
            if (v_pattern(c->pattern, false) < 0) return -1;
            if (c->guard && v_expr(c->guard, FT_CTX_LOAD) < 0) return -1;
            if (v_body(&c->body, "match_case") < 0) return -1;
        }
        return 0;
    case FT_STMT_RAISE:
        if (s->v.Raise.exc) {
            if (v_expr(s->v.Raise.exc, FT_CTX_LOAD) < 0) return -1;
            return s->v.Raise.cause ? v_expr(s->v.Raise.cause, FT_CTX_LOAD) : 0;
        }
        if (s->v.Raise.cause) return verr("Raise with cause but no exception");
        return 0;
    case FT_STMT_TRY: case FT_STMT_TRYSTAR: {
        const char *n = s->kind == FT_STMT_TRY ? "Try" : "TryStar";
        if (v_body(&s->v.Try.body, n) < 0) return -1;
        if (!s->v.Try.handlers.n && !s->v.Try.finalbody.n)
            return verr("%s has neither except handlers nor finalbody", n);
        if (!s->v.Try.handlers.n && s->v.Try.orelse.n)
            return verr("%s has orelse but no except handlers", n);
        for (ft_ssize i = 0; i < s->v.Try.handlers.n; i++) {
            ft_excepthandler *h = s->v.Try.handlers.items[i];
            if (!h) return verr("None disallowed in excepthandler list");
            if (h->type && v_expr(h->type, FT_CTX_LOAD) < 0) return -1;
            if (v_body(&h->body, "ExceptHandler") < 0) return -1;
        }
        if (s->v.Try.finalbody.n && v_stmts(&s->v.Try.finalbody) < 0) return -1;
        return v_stmts(&s->v.Try.orelse);
    }
    case FT_STMT_ASSERT:
        if (required(s->v.Assert.test, "test", "Assert") < 0 || v_expr(s->v.Assert.test, FT_CTX_LOAD) < 0) return -1;
        return s->v.Assert.msg ? v_expr(s->v.Assert.msg, FT_CTX_LOAD) : 0;
    case FT_STMT_IMPORT: case FT_STMT_IMPORTFROM: {
        ft_alias_seq *a = s->kind == FT_STMT_IMPORT ? &s->v.Import.names : &s->v.ImportFrom.names;
        if (v_nonempty(a->n, "names", s->kind == FT_STMT_IMPORT ? "Import" : "ImportFrom") < 0) return -1;
        for (ft_ssize i = 0; i < a->n; i++)
            if (!a->items[i] || !a->items[i]->name) return verr("field 'name' is required for alias");
        if (s->kind == FT_STMT_IMPORTFROM && s->v.ImportFrom.level < 0) return verr("Negative ImportFrom level");
        return 0;
    }
    case FT_STMT_GLOBAL: case FT_STMT_NONLOCAL:
        if (v_nonempty(s->v.Global.names.n, "names", s->kind == FT_STMT_GLOBAL ? "Global" : "Nonlocal") < 0) return -1;
        for (ft_ssize i = 0; i < s->v.Global.names.n; i++)
            if (!s->v.Global.names.items[i]) return verr("None disallowed in identifier list");
        return 0;
    case FT_STMT_EXPR:
        if (required(s->v.Expr.value, "value", "Expr") < 0) return -1;
        return v_expr(s->v.Expr.value, FT_CTX_LOAD);
    case FT_STMT_PASS: case FT_STMT_BREAK: case FT_STMT_CONTINUE:
        return 0;
    }
    return verr("invalid statement kind");
}

static int v_stmts(ft_stmt_seq *b) {
    for (ft_ssize i = 0; i < b->n; i++)
        if (v_stmt(b->items[i]) < 0) return -1;
    return 0;
}

/* Converts and validates; mode is the compile() mode (FT_PARSE_*). */
ft_mod *ft_ast_from_object(ft_obj *o, int mode) {
    ft_once_run(&tables_once, build_tables);
    ast_state *st = get_state();
    if (!st) return NULL;
    static const char *const want[] = {"Module", "Expression", "Interactive"};
    static const int want_kind[] = {FT_MOD_MODULE, FT_MOD_EXPRESSION, FT_MOD_INTERACTIVE};
    if (mode < 0 || mode > 2) {
        ft_err_bad_internal_call("ft_ast_from_object");
        return NULL;
    }
    int ci = kind_index[K_MOD][want_kind[mode]];
    int r = ft_isinstance(o, st->cls[ci]);
    if (r < 0) return NULL;
    if (!r) {
        ft_err_format(ft_exc_TypeError, "expected %s node, got %s", want[mode], ft_type_name(ft_type_of(o)));
        return NULL;
    }
    conv cv = {st};
    void *out = NULL;
    if (obj_to_node(&cv, K_MOD, o, &out, "mod") < 0) return NULL;
    ft_mod *m = out;
    if (m->kind == FT_MOD_EXPRESSION) {
        if (required(m->expr, "body", "Expression") < 0 || v_expr(m->expr, FT_CTX_LOAD) < 0) return NULL;
    } else if (v_stmts(&m->body) < 0) {
        return NULL;
    }
    return m;
}

int ft_ast_check(ft_obj *o) {
    return ft_type_is_subtype(ft_type_of(o), &ast_type);
}

/* ---- module functions and creation ----------------------------------------------------- */

/* _ast._parse(source, filename, mode, flags): the tree of `source` (str or
 * bytes) as AST objects; used by compile(..., PyCF_ONLY_AST). */
static ft_obj *ast_parse_fn(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("_parse", nargs, kwnames, 3, 5) < 0) return NULL;
    int64_t cflags = 0, optimize = -1;
    if (nargs > 3 && ((cflags = ft_int_as_i64(args[3])) == -1 && ft_err_occurred())) return NULL;
    if (nargs > 4 && ((optimize = ft_int_as_i64(args[4])) == -1 && ft_err_occurred())) return NULL;
    ft_obj *src = args[0];
    const char *text;
    ft_ssize len;
    int flags = 0;
    if (ft_str_check(src)) {
        text = ft_str_utf8(src);
        len = FT_STR(src)->nbytes;
        flags |= FT_PARSE_FLAG_IGNORE_COOKIE;
    } else if (ft_bytes_check(src)) {
        text = ft_bytes_data(src);
        len = ft_bytes_size(src);
        /* a UTF-8 BOM is not part of the first line: columns count from after it */
        if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
            text += 3;
            len -= 3;
        }
    } else {
        return ft_err_format(ft_exc_TypeError, "_parse() arg 1 must be str or bytes");
    }
    if ((ft_ssize)strlen(text) != len) {
        ft_err_set_str(ft_exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    int mode;
    if (!ft_str_check(args[2])) return ft_err_format(ft_exc_TypeError, "mode must be str");
    if (ft_str_eq_cstr(args[2], "exec")) mode = FT_PARSE_EXEC;
    else if (ft_str_eq_cstr(args[2], "eval")) mode = FT_PARSE_EVAL;
    else if (ft_str_eq_cstr(args[2], "single")) mode = FT_PARSE_SINGLE;
    else if (ft_str_eq_cstr(args[2], "func_type")) {
        /* the parser has no func_type rule: lib/ast.py builds it from tokens */
        ft_obj *ast = ft_import_module_cstr("ast");
        ft_obj *fn = ast ? ft_getattr_cstr(ast, "_parse_func_type") : NULL;
        return fn ? ft_call2(fn, src, args[1]) : NULL;
    }
    else return ft_err_format(ft_exc_ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    ft_mod *mod = ft_parse(text, len, args[1], mode, flags);
    if (!mod) return NULL;
    ft_obj *tree = ft_ast_to_object(mod);
    if (tree && (cflags & 0x1000)) {
        /* PyCF_TYPE_COMMENTS: the parser keeps no comments; lib/ast.py
         * matches them from the token stream */
        ft_obj *ast = ft_import_module_cstr("ast");
        ft_obj *attach = ast ? ft_getattr_cstr(ast, "_attach_type_comments") : NULL;
        if (!attach || !ft_call3(attach, tree, src, args[1])) return NULL;
    }
    if (!tree || !(cflags & 0x8000))
        return tree;
    /* PyCF_OPTIMIZED_AST: lib/ast.py folds the tree (optimize -1 means the
     * interpreter's level, 0 in ftpy) */
    ft_obj *ast = ft_import_module_cstr("ast");
    ft_obj *fold = ast ? ft_getattr_cstr(ast, "_optimize_tree") : NULL;
    return fold ? ft_call2(fold, tree, ft_int_from_i64(optimize < 0 ? 0 : optimize)) : NULL;
}

static ft_once type_once = FT_ONCE_INIT;
static int type_status;
/* AST's class attributes are set once, before the type is published to any
 * module; static types are read-only afterwards. */
static void ready_type(void) {
    type_status = -1;
    if (ft_type_ready(&ast_type) < 0 || !ast_type.dict) return;
    if (ft_dict_set(ast_type.dict, ft_str_intern_cstr("_fields"), ft_empty_tuple) < 0 ||
        ft_dict_set(ast_type.dict, ft_str_intern_cstr("_attributes"), ft_empty_tuple) < 0 ||
        ft_dict_set(ast_type.dict, ft_str_intern_cstr("__match_args__"), ft_empty_tuple) < 0)
        return;
    ft_type_modified(&ast_type);
    type_status = 1;
}

static int ast_exec(ft_obj *m) {
    ft_once_run(&tables_once, build_tables);
    for (int i = 0; i < NNAMES; i++)
        if (!names[i]) {
            ft_err_set_str(ft_exc_ImportError, "_ast: name table initialisation failed");
            return -1;
        }
    ft_once_run(&type_once, ready_type);
    if (type_status < 0) {
        if (!ft_err_occurred()) ft_err_set_str(ft_exc_ImportError, "_ast: type initialisation failed");
        return -1;
    }
    ast_state *st = ft_gc_alloc(sizeof(ast_state), FT_GC_SCAN);
    if (!st) return -1;
    ((ft_module *)m)->state = st;
    ft_obj *modname = ft_str_intern_cstr("ast");
    ft_obj *k_fields = ft_str_intern_cstr("_fields"), *k_attrs = ft_str_intern_cstr("_attributes");
    ft_obj *k_match = ft_str_intern_cstr("__match_args__"), *k_mod = ft_str_intern_cstr("__module__");
    ft_obj *k_doc = ft_str_intern_cstr("__doc__");
    if (ft_module_add_object(m, "AST", (ft_obj *)&ast_type) < 0) return -1;
    ft_obj *pos_attrs = ft_tuple_pack(4, ft_str_intern_cstr("lineno"), ft_str_intern_cstr("col_offset"),
                                      ft_str_intern_cstr("end_lineno"), ft_str_intern_cstr("end_col_offset"));
    if (!pos_attrs) return -1;
    /* asdl signature text of each class, used for __doc__ */
    ft_obj *sigs[NCLASSES];
    for (int i = 0; i < NCLASSES; i++) {
        const cspec *s = &classes[i];
        ft_strbuf b;
        ft_strbuf_init(&b);
        if (ft_strbuf_append_cstr(&b, s->name) < 0) return -1;
        int n = nfields(s);
        for (int j = 0; j < n; j++) {
            const fspec *f = &s->f[j];
            const char *tn = f->type == T_IDENT ? "identifier" : f->type == T_INT ? "int"
                           : f->type == T_CONST ? "constant" : f->type == T_STRING ? "string" : cats[f->type].asdl;
            if (ft_strbuf_append_cstr(&b, j == 0 ? "(" : ", ") < 0 || ft_strbuf_append_cstr(&b, tn) < 0 ||
                ft_strbuf_append_cstr(&b, f->mult == MSEQ ? "* " : f->mult == MOPT ? "? " : " ") < 0 ||
                ft_strbuf_append_cstr(&b, f->name) < 0)
                return -1;
        }
        if (n && ft_strbuf_append_cstr(&b, ")") < 0) return -1;
        if (!(sigs[i] = ft_strbuf_finish(&b))) return -1;
    }
    /* abstract category classes */
    for (int c = 0; c < NCAT; c++) {
        if (!cats[c].name) continue;
        ft_obj *d = ft_dict_new();
        if (!d) return -1;
        ft_strbuf b;
        ft_strbuf_init(&b);
        if (ft_strbuf_append_cstr(&b, cats[c].name) < 0) return -1;
        bool first = true, fieldless = true;
        for (int i = 0; i < NCLASSES; i++)
            if (classes[i].cat == c && nfields(&classes[i])) fieldless = false;
        for (int i = 0; i < NCLASSES; i++) {
            if (classes[i].cat != c) continue;
            if (ft_strbuf_append_cstr(&b, first ? " = " : fieldless ? " | " : "\n     | ") < 0 ||
                ft_strbuf_append_str(&b, sigs[i]) < 0)
                return -1;
            first = false;
        }
        ft_obj *doc = ft_strbuf_finish(&b);
        ft_obj *attrs = cats[c].pos_off >= 0 ? pos_attrs : ft_empty_tuple;
        if (!doc || ft_dict_set(d, k_fields, ft_empty_tuple) < 0 || ft_dict_set(d, k_attrs, attrs) < 0 ||
            ft_dict_set(d, k_match, ft_empty_tuple) < 0 || ft_dict_set(d, k_mod, modname) < 0 ||
            ft_dict_set(d, k_doc, doc) < 0)
            return -1;
        if (cats[c].end_optional &&
            (ft_dict_set(d, ft_str_intern_cstr("end_lineno"), ft_None) < 0 ||
             ft_dict_set(d, ft_str_intern_cstr("end_col_offset"), ft_None) < 0))
            return -1;
        ft_obj *name = ft_str_from_cstr(cats[c].name);
        ft_obj *bases = ft_tuple_pack(1, (ft_obj *)&ast_type);
        ft_obj *cls = (name && bases) ? ft_type_new_from_spec(name, bases, d) : NULL;
        if (!cls || ft_module_add_object(m, cats[c].name, cls) < 0) return -1;
        st->abstract[c] = cls;
    }
    for (int i = 0; i < NCLASSES; i++) {
        const cspec *s = &classes[i];
        int c = s->cat;
        ft_obj *d = ft_dict_new();
        if (!d) return -1;
        int n = nfields(s);
        ft_obj *fields = ft_tuple_new(n);
        if (!fields) return -1;
        for (int j = 0; j < n; j++) {
            ft_tuple_items(fields)[j] = ft_str_intern_cstr(s->f[j].name);
            if (s->f[j].mult == MOPT && ft_dict_set(d, ft_tuple_items(fields)[j], ft_None) < 0) return -1;
        }
        if (ft_dict_set(d, k_fields, fields) < 0 || ft_dict_set(d, k_match, fields) < 0 ||
            ft_dict_set(d, k_mod, modname) < 0 || ft_dict_set(d, k_doc, sigs[i]) < 0)
            return -1;
        ft_obj *base = cats[c].name ? st->abstract[c] : (ft_obj *)&ast_type;
        if (!cats[c].name) {
            ft_obj *attrs = cats[c].pos_off >= 0 ? pos_attrs : ft_empty_tuple;
            if (ft_dict_set(d, k_attrs, attrs) < 0) return -1;
            if (cats[c].end_optional &&
                (ft_dict_set(d, ft_str_intern_cstr("end_lineno"), ft_None) < 0 ||
                 ft_dict_set(d, ft_str_intern_cstr("end_col_offset"), ft_None) < 0))
                return -1;
        }
        ft_obj *name = ft_str_from_cstr(s->name);
        ft_obj *bases = ft_tuple_pack(1, base);
        ft_obj *cls = (name && bases) ? ft_type_new_from_spec(name, bases, d) : NULL;
        if (!cls || ft_module_add_object(m, s->name, cls) < 0) return -1;
        st->cls[i] = cls;
        if (c == K_CTX || c == K_BOOLOP || c == K_OP || c == K_UOP || c == K_CMPOP) {
            if (!(st->single[i] = ast_new((ft_type *)cls, NULL, 0, NULL))) return -1;
        }
    }
    if (ft_module_add_int(m, "PyCF_ONLY_AST", 0x400) < 0 || ft_module_add_int(m, "PyCF_TYPE_COMMENTS", 0x1000) < 0 ||
        ft_module_add_int(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000) < 0 ||
        ft_module_add_int(m, "PyCF_OPTIMIZED_AST", 0x8400) < 0)
        return -1;
    return 0;
}

static const ft_method_def ast_module_methods[] = {
    {"_parse", ast_parse_fn, FT_METH_VARARGS, "_parse(source, filename, mode[, flags]) -> AST tree"},
    {NULL}
};

const ft_module_def ft__ast_module_def = {
    .name = "_ast",
    .doc = NULL,
    .methods = ast_module_methods,
    .exec = ast_exec,
    .gil_safe = true,
};
