/* compiler.h -- internal interface of src/compiler: symbol table, code
 * generator, assembler and disassembler.
 *
 * The compiler is a pure function of its input tree: every structure it
 * builds lives in GC memory reachable from the C stack of the compiling
 * thread, nothing is global or cached, so any number of threads may compile
 * at once without locks. The results (code objects) are immutable.
 *
 * Identifiers in the AST are interned strs, so the symbol table compares
 * names by pointer; every name the compiler makes up itself is interned
 * too (ft_str_intern_cstr) to keep that invariant.
 */
#ifndef FT_COMPILER_H
#define FT_COMPILER_H

#include "core/ftcore.h"
#include "parser/ast.h"

/* compile() flag understood by ft_compile_source/ft_compile_ast (CPython's
 * value of __future__.annotations.compiler_flag): annotations as text. */
#define FT_CO_FUTURE_ANNOTATIONS 0x1000000

/* dis.dis()-like text of a code object (and its nested code objects). */
ft_obj *ft_code_disassemble(ft_obj *code);

/* Builtin helpers called by except* code (exceptstar.c). */
ft_obj *ft_compiler_except_star_match_fn(void);
ft_obj *ft_compiler_except_star_reraise_fn(void);
/* Builtin helpers called by PEP 695 code (typeparams.c). */
ft_obj *ft_compiler_typevar_fn(void);
ft_obj *ft_compiler_typealias_fn(void);
ft_obj *ft_compiler_generic_fn(void);

/* Source text of an expression (ast.unparse layout), for
 * `from __future__ import annotations` (unparse.c). */
ft_obj *ft_compiler_unparse(ft_expr *e);

/* ---- symbol table ------------------------------------------------------ */

/* Symbol flags collected while walking a scope. */
#define ST_DEF_GLOBAL    0x001  /* `global x` */
#define ST_DEF_LOCAL     0x002  /* bound in this scope */
#define ST_DEF_PARAM     0x004
#define ST_DEF_NONLOCAL  0x008
#define ST_USE           0x010
#define ST_DEF_FREE_CLASS 0x020 /* class scope: free in a child, bound here */
#define ST_DEF_IMPORT    0x040
#define ST_DEF_ANNOT     0x080
#define ST_DEF_COMP_ITER 0x100  /* comprehension iteration variable */
#define ST_DEF_BOUND (ST_DEF_LOCAL | ST_DEF_PARAM | ST_DEF_IMPORT)

/* Resolved scope of a symbol. */
enum { ST_SC_NONE = 0, ST_SC_LOCAL, ST_SC_GLOBAL_EXPLICIT, ST_SC_GLOBAL_IMPLICIT,
       ST_SC_FREE, ST_SC_CELL };

enum st_block_kind { ST_MODULE, ST_CLASS, ST_FUNCTION };
enum st_comp_kind { ST_NOT_COMP = 0, ST_COMP_LIST, ST_COMP_SET, ST_COMP_DICT, ST_COMP_GEN };

typedef struct st_sym {
    ft_obj *name;
    int flags;
    int scope;
    ft_ast_pos dir_pos;       /* position of the global/nonlocal statement */
} st_sym;

typedef struct st_scope st_scope;
struct st_scope {
    int kind;                 /* enum st_block_kind */
    int comp;                 /* enum st_comp_kind (function blocks of comprehensions) */
    ft_obj *name;             /* function/class name, "<lambda>", "<listcomp>", "top" */
    const void *node;         /* AST node owning the scope (stmt, expr or mod) */
    st_scope *parent;
    st_scope **children;
    ft_ssize nchildren, capchildren;

    st_sym *syms;             /* insertion order */
    ft_ssize nsyms, capsyms;
    int32_t *hash;            /* open addressing into syms (index+1, 0 empty) */
    ft_ssize hashcap;

    ft_obj **varnames;        /* parameters in order (filled by the walk) */
    ft_ssize nparams, capparams;

    ft_obj *private_name;     /* enclosing class name for mangling, or NULL */
    int lineno, col, end_lineno, end_col;
    bool is_generator, is_coroutine, is_lambda, is_async_def;
    bool has_varargs, has_varkw;
    bool returns_value;       /* has `return <value>` (async generator check) */
    ft_ast_pos return_pos;
    bool needs_class_closure; /* class: some method uses __class__/super */
    bool has_annotations;     /* module/class: annotated simple names present */
    bool is_typeparams;       /* PEP 695 annotation scope holding type parameters */
    int comp_iter_expr;       /* >0 while walking a comprehension iterable */
    /* PEP 709: list/set/dict comprehensions keep their scope here (their
     * names resolve through it) but run inline in the enclosing code object. */
    bool comp_inlined;
    /* Names an inlined comprehension keeps in a cell that are no cell of
     * this scope (unknown here, a global, a class attribute, a free
     * variable): the code object gets an extra cell slot for each. */
    ft_obj **extra_cells;
    ft_ssize nextra_cells, capextra_cells;
};

typedef struct st_table {
    st_scope *top;
    st_scope **all;           /* every scope, for lookup by node */
    ft_ssize nall, capall;
    int32_t *nodehash;        /* open addressing: index+1 into all, keyed by node */
    ft_ssize nodehashcap;
    st_scope *cur;
    ft_obj *filename;
    ft_obj *source_lines;     /* tuple or NULL: SyntaxError text */
    int c_depth;
} st_table;

st_table *ft_symtable_build(ft_mod *mod, ft_obj *filename, ft_obj *source_lines);
st_scope *ft_symtable_lookup_scope(st_table *st, const void *node);
st_sym *ft_st_lookup(st_scope *s, ft_obj *name);
int ft_st_scope_of(st_scope *s, ft_obj *name);   /* ST_SC_* or ST_SC_NONE */
ft_obj *ft_compiler_mangle(ft_obj *private_name, ft_obj *name);

/* SyntaxError at a position (columns 0-based as in the AST). Returns NULL. */
void *ft_compiler_error(ft_obj *filename, ft_obj *source_lines, const ft_ast_pos *pos,
                        const char *fmt, ...);

#endif /* FT_COMPILER_H */
