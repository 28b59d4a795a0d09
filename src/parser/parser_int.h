/* parser_int.h -- internals shared by the files of src/parser.
 *
 * The parser is a hand-written recursive-descent parser over the token
 * stream of src/lexer, following CPython 3.13's PEG grammar rule by rule.
 * Tokens are pulled on demand into malloc()ed chunks that never move, so
 * token pointers stay valid for the whole parse (tokens hold no GC
 * pointers). Errors unwind with longjmp to ft_parse(): at that point the
 * exception is set. AST nodes live in GC memory and are reachable from the
 * C stack while parsing (conservative scan), so nothing leaks or dies early.
 * A parser belongs to one thread; no locking.
 */
#ifndef FT_PARSER_INT_H
#define FT_PARSER_INT_H

#include <setjmp.h>
#include "core/ftcore.h"
#include "lexer/lexer.h"
#include "parser/ast.h"

/* Nesting limit of rule recursion, counted so that the limits match
 * CPython's MAXSTACK 6000 (less its ~30 levels of statement overhead): one
 * unit per unary operator, 'not' or conditional expression, two per lambda,
 * 21 to 26 per bracket (see DEPTH_*_BRACKET in parser.c). */
#define FT_PARSER_MAXDEPTH 5972
#define FT_TOK_CHUNK 512

typedef struct ft_parser {
    ft_lexer lx;
    ft_token **chunks;      /* FT_TOK_CHUNK tokens each; never moved */
    int ntoks, cap;
    int pos;                /* index of the current token */
    int fill_max;           /* furthest token index looked at (error location) */
    const char *buf, *end;
    ft_obj *filename;
    int mode, flags;
    int depth;
    jmp_buf *jb;
    int speculating;        /* > 0: inside a try-parse; errors are recoverable */
    bool no_rest_check;     /* error must not be replaced by later tokenizer errors */
    int spec_fail_max;      /* furthest token looked at by the last failed attempt */
    int rest_err_max;       /* furthest token CPython's second pass would have read */
    int with_paren_newline; /* `with (...)` NEWLINE seen while speculating (token index) */
} ft_parser;

/* ft_ast_dump with include_attributes (positions), for tests. */
ft_obj *ft_ast_dump_ex(ft_mod *mod, int indent, bool include_attributes);

#endif /* FT_PARSER_INT_H */
