/* ast.h -- the abstract syntax tree (CPython 3.13's Python.asdl, in C).
 *
 * Produced by the parser (src/parser), consumed by the compiler
 * (src/compiler). Node names and fields follow Python.asdl one to one, so
 * the `ast` module can later expose the same tree. Nodes are allocated in
 * GC memory (FT_GC_SCAN) and are immutable once the parser returns: a tree
 * may be shared by threads.
 *
 * Identifiers are interned str objects (ft_str_intern); constants are
 * ft_obj values (int, float, complex, str, bytes, bool, None, Ellipsis).
 * Every statement, expression, handler, arg, keyword, alias and pattern
 * carries its position: 1-based lines, 0-based UTF-8 byte columns
 * (CPython's col_offset convention); end_* likewise.
 */
#ifndef FT_AST_H
#define FT_AST_H

#include "../core/object.h"

typedef struct ft_stmt ft_stmt;
typedef struct ft_expr ft_expr;
typedef struct ft_pattern ft_pattern;

typedef struct ft_ast_pos { int lineno, col_offset, end_lineno, end_col_offset; } ft_ast_pos;

#define FT_AST_SEQ(elem, name) typedef struct name { ft_ssize n; elem *items; } name
FT_AST_SEQ(ft_stmt *, ft_stmt_seq);
FT_AST_SEQ(ft_expr *, ft_expr_seq);      /* may contain NULL where noted (Dict keys) */
FT_AST_SEQ(ft_pattern *, ft_pattern_seq);
FT_AST_SEQ(ft_obj *, ft_ident_seq);
FT_AST_SEQ(int, ft_int_seq);
FT_AST_SEQ(struct ft_keyword *, ft_keyword_seq);
FT_AST_SEQ(struct ft_alias *, ft_alias_seq);
FT_AST_SEQ(struct ft_withitem *, ft_withitem_seq);
FT_AST_SEQ(struct ft_match_case *, ft_match_case_seq);
FT_AST_SEQ(struct ft_comprehension *, ft_comprehension_seq);
FT_AST_SEQ(struct ft_excepthandler *, ft_excepthandler_seq);
FT_AST_SEQ(struct ft_arg *, ft_arg_seq);
FT_AST_SEQ(struct ft_type_param *, ft_type_param_seq);

typedef enum { FT_CTX_LOAD = 1, FT_CTX_STORE, FT_CTX_DEL } ft_expr_context;
typedef enum { FT_BOOL_AND = 1, FT_BOOL_OR } ft_boolop;
typedef enum {
    FT_OP_ADD = 1, FT_OP_SUB, FT_OP_MULT, FT_OP_MATMULT, FT_OP_DIV, FT_OP_MOD, FT_OP_POW,
    FT_OP_LSHIFT, FT_OP_RSHIFT, FT_OP_BITOR, FT_OP_BITXOR, FT_OP_BITAND, FT_OP_FLOORDIV
} ft_operator;
typedef enum { FT_UOP_INVERT = 1, FT_UOP_NOT, FT_UOP_UADD, FT_UOP_USUB } ft_unaryop;
typedef enum {
    FT_CMP_EQ = 1, FT_CMP_NOTEQ, FT_CMP_LT, FT_CMP_LTE, FT_CMP_GT, FT_CMP_GTE,
    FT_CMP_IS, FT_CMP_ISNOT, FT_CMP_IN, FT_CMP_NOTIN
} ft_cmpop;

typedef struct ft_arg { ft_obj *arg; ft_expr *annotation; ft_ast_pos pos; } ft_arg;
typedef struct ft_arguments {
    ft_arg_seq posonlyargs, args;
    ft_arg *vararg;                 /* may be NULL */
    ft_arg_seq kwonlyargs;
    ft_expr_seq kw_defaults;        /* same length as kwonlyargs; NULL = no default */
    ft_arg *kwarg;                  /* may be NULL */
    ft_expr_seq defaults;           /* for the last len(defaults) of posonlyargs+args */
} ft_arguments;
typedef struct ft_keyword { ft_obj *arg; ft_expr *value; ft_ast_pos pos; } ft_keyword; /* arg NULL: **value */
typedef struct ft_alias { ft_obj *name; ft_obj *asname; ft_ast_pos pos; } ft_alias;    /* name may be dotted or "*" */
typedef struct ft_withitem { ft_expr *context_expr; ft_expr *optional_vars; } ft_withitem;
typedef struct ft_comprehension { ft_expr *target, *iter; ft_expr_seq ifs; int is_async; } ft_comprehension;
typedef struct ft_excepthandler { ft_expr *type; ft_obj *name; ft_stmt_seq body; ft_ast_pos pos; } ft_excepthandler;
typedef struct ft_match_case { ft_pattern *pattern; ft_expr *guard; ft_stmt_seq body; } ft_match_case;
typedef enum { FT_TP_TYPEVAR = 1, FT_TP_PARAMSPEC, FT_TP_TYPEVARTUPLE } ft_type_param_kind;
typedef struct ft_type_param {
    ft_type_param_kind kind; ft_obj *name; ft_expr *bound; ft_expr *default_value; ft_ast_pos pos;
} ft_type_param;

typedef enum {
    FT_STMT_FUNCTIONDEF = 1, FT_STMT_ASYNCFUNCTIONDEF, FT_STMT_CLASSDEF, FT_STMT_RETURN,
    FT_STMT_DELETE, FT_STMT_ASSIGN, FT_STMT_TYPEALIAS, FT_STMT_AUGASSIGN, FT_STMT_ANNASSIGN,
    FT_STMT_FOR, FT_STMT_ASYNCFOR, FT_STMT_WHILE, FT_STMT_IF, FT_STMT_WITH, FT_STMT_ASYNCWITH,
    FT_STMT_MATCH, FT_STMT_RAISE, FT_STMT_TRY, FT_STMT_TRYSTAR, FT_STMT_ASSERT, FT_STMT_IMPORT,
    FT_STMT_IMPORTFROM, FT_STMT_GLOBAL, FT_STMT_NONLOCAL, FT_STMT_EXPR, FT_STMT_PASS,
    FT_STMT_BREAK, FT_STMT_CONTINUE
} ft_stmt_kind;

struct ft_stmt {
    ft_stmt_kind kind;
    ft_ast_pos pos;
    union {
        struct { ft_obj *name; ft_arguments *args; ft_stmt_seq body; ft_expr_seq decorator_list;
                 ft_expr *returns; ft_type_param_seq type_params; } FunctionDef; /* also AsyncFunctionDef */
        struct { ft_obj *name; ft_expr_seq bases; ft_keyword_seq keywords; ft_stmt_seq body;
                 ft_expr_seq decorator_list; ft_type_param_seq type_params; } ClassDef;
        struct { ft_expr *value; } Return;
        struct { ft_expr_seq targets; } Delete;
        struct { ft_expr_seq targets; ft_expr *value; } Assign;
        struct { ft_expr *name; ft_type_param_seq type_params; ft_expr *value; } TypeAlias;
        struct { ft_expr *target; ft_operator op; ft_expr *value; } AugAssign;
        struct { ft_expr *target; ft_expr *annotation; ft_expr *value; int simple; } AnnAssign;
        struct { ft_expr *target; ft_expr *iter; ft_stmt_seq body, orelse; } For; /* also AsyncFor */
        struct { ft_expr *test; ft_stmt_seq body, orelse; } While;
        struct { ft_expr *test; ft_stmt_seq body, orelse; } If;
        struct { ft_withitem_seq items; ft_stmt_seq body; } With;  /* also AsyncWith */
        struct { ft_expr *subject; ft_match_case_seq cases; } Match;
        struct { ft_expr *exc; ft_expr *cause; } Raise;
        struct { ft_stmt_seq body; ft_excepthandler_seq handlers; ft_stmt_seq orelse, finalbody; } Try; /* also TryStar */
        struct { ft_expr *test; ft_expr *msg; } Assert;
        struct { ft_alias_seq names; } Import;
        struct { ft_obj *module; ft_alias_seq names; int level; } ImportFrom; /* module may be NULL */
        struct { ft_ident_seq names; } Global;    /* also Nonlocal */
        struct { ft_expr *value; } Expr;
    } v;
};

typedef enum {
    FT_EXPR_BOOLOP = 1, FT_EXPR_NAMEDEXPR, FT_EXPR_BINOP, FT_EXPR_UNARYOP, FT_EXPR_LAMBDA,
    FT_EXPR_IFEXP, FT_EXPR_DICT, FT_EXPR_SET, FT_EXPR_LISTCOMP, FT_EXPR_SETCOMP,
    FT_EXPR_DICTCOMP, FT_EXPR_GENERATOREXP, FT_EXPR_AWAIT, FT_EXPR_YIELD, FT_EXPR_YIELDFROM,
    FT_EXPR_COMPARE, FT_EXPR_CALL, FT_EXPR_FORMATTEDVALUE, FT_EXPR_JOINEDSTR, FT_EXPR_CONSTANT,
    FT_EXPR_ATTRIBUTE, FT_EXPR_SUBSCRIPT, FT_EXPR_STARRED, FT_EXPR_NAME, FT_EXPR_LIST,
    FT_EXPR_TUPLE, FT_EXPR_SLICE
} ft_expr_kind;

struct ft_expr {
    ft_expr_kind kind;
    ft_ast_pos pos;
    union {
        struct { ft_boolop op; ft_expr_seq values; } BoolOp;
        struct { ft_expr *target; ft_expr *value; } NamedExpr;
        struct { ft_expr *left; ft_operator op; ft_expr *right; } BinOp;
        struct { ft_unaryop op; ft_expr *operand; } UnaryOp;
        struct { ft_arguments *args; ft_expr *body; } Lambda;
        struct { ft_expr *test, *body, *orelse; } IfExp;
        struct { ft_expr_seq keys; ft_expr_seq values; } Dict;   /* key NULL: {**value} */
        struct { ft_expr_seq elts; } Set;
        struct { ft_expr *elt; ft_comprehension_seq generators; } ListComp; /* also SetComp, GeneratorExp */
        struct { ft_expr *key; ft_expr *value; ft_comprehension_seq generators; } DictComp;
        struct { ft_expr *value; } Await;      /* also Yield (value may be NULL), YieldFrom */
        struct { ft_expr *left; ft_int_seq ops; ft_expr_seq comparators; } Compare; /* ops: ft_cmpop */
        struct { ft_expr *func; ft_expr_seq args; ft_keyword_seq keywords; } Call;
        struct { ft_expr *value; int conversion; ft_expr *format_spec; } FormattedValue; /* conversion -1, 's', 'r', 'a' */
        struct { ft_expr_seq values; } JoinedStr;
        struct { ft_obj *value; ft_obj *kind; } Constant;   /* kind: "u" or NULL */
        struct { ft_expr *value; ft_obj *attr; ft_expr_context ctx; } Attribute;
        struct { ft_expr *value; ft_expr *slice; ft_expr_context ctx; } Subscript;
        struct { ft_expr *value; ft_expr_context ctx; } Starred;
        struct { ft_obj *id; ft_expr_context ctx; } Name;
        struct { ft_expr_seq elts; ft_expr_context ctx; } List; /* also Tuple */
        struct { ft_expr *lower, *upper, *step; } Slice;
    } v;
};

typedef enum {
    FT_PAT_MATCHVALUE = 1, FT_PAT_MATCHSINGLETON, FT_PAT_MATCHSEQUENCE, FT_PAT_MATCHMAPPING,
    FT_PAT_MATCHCLASS, FT_PAT_MATCHSTAR, FT_PAT_MATCHAS, FT_PAT_MATCHOR
} ft_pattern_kind;

struct ft_pattern {
    ft_pattern_kind kind;
    ft_ast_pos pos;
    union {
        struct { ft_expr *value; } MatchValue;
        struct { ft_obj *value; } MatchSingleton;
        struct { ft_pattern_seq patterns; } MatchSequence;
        struct { ft_expr_seq keys; ft_pattern_seq patterns; ft_obj *rest; } MatchMapping;
        struct { ft_expr *cls; ft_pattern_seq patterns; ft_ident_seq kwd_attrs; ft_pattern_seq kwd_patterns; } MatchClass;
        struct { ft_obj *name; } MatchStar;
        struct { ft_pattern *pattern; ft_obj *name; } MatchAs;
        struct { ft_pattern_seq patterns; } MatchOr;
    } v;
};

typedef enum { FT_MOD_MODULE = 1, FT_MOD_INTERACTIVE, FT_MOD_EXPRESSION } ft_mod_kind;
typedef struct ft_mod {
    ft_mod_kind kind;
    ft_stmt_seq body;       /* Module, Interactive */
    ft_expr *expr;          /* Expression */
} ft_mod;

/* Parse modes (compile()'s 'exec', 'eval', 'single'). */
enum { FT_PARSE_EXEC = 0, FT_PARSE_EVAL = 1, FT_PARSE_SINGLE = 2 };
/* ft_parse flags: the source was read from a file (a NUL byte is then a
 * SyntaxError "source code cannot contain null bytes", as when CPython runs
 * a script; without it compile()'s ValueError). */
#define FT_PARSE_FLAG_FILE 0x1000
/* ft_parse flags: the source text was already decoded (compile()/exec() of
 * a str, not bytes or a file): coding declarations are ignored, as CPython
 * does for str sources. */
#define FT_PARSE_FLAG_IGNORE_COOKIE 0x2000

/* Parse UTF-8 source. On failure returns NULL with SyntaxError /
 * IndentationError / TabError set (filename, lineno, offset, text,
 * end_lineno, end_offset filled as CPython does). Never crashes or
 * overflows the C stack on hostile input: nesting beyond the limits gives
 * SyntaxError("too many nested parentheses") or RecursionError like CPython. */
ft_mod *ft_parse(const char *src, ft_ssize len, ft_obj *filename, int mode, int flags);

/* Compile source to a code object (parser + symtable + codegen).
 * flags: reserved (0). Errors as ft_parse, plus SyntaxErrors found by the
 * symbol table / compiler ("'return' outside function", ...). */
ft_obj *ft_compile_source(const char *src, ft_ssize len, ft_obj *filename, int mode, int flags);
/* ast.dump(tree) text of CPython 3.13 (include_attributes=False). indent < 0:
 * single line (indent=None); otherwise that many spaces per level. Returns a
 * str, or NULL with an exception set. (src/parser/ast_dump.c) */
ft_obj *ft_ast_dump(ft_mod *mod, int indent);

ft_obj *ft_compile_ast(ft_mod *mod, ft_obj *filename, int mode, int flags, int optimize);

/* The `_ast` module's conversions (src/modules/astmodule.c). ft_ast_to_object:
 * the tree as ast.AST objects of the current interpreter. ft_ast_from_object:
 * an ast.Module / Expression / Interactive object (as `mode` requires) as a
 * fresh, validated C tree; NULL with TypeError/ValueError for invalid trees.
 * ft_ast_check: o is an ast.AST instance. */
ft_obj *ft_ast_to_object(ft_mod *mod);
ft_mod *ft_ast_from_object(ft_obj *o, int mode);
int ft_ast_check(ft_obj *o);

#endif /* FT_AST_H */
