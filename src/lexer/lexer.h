/* lexer.h -- the tokenizer of Python 3.13 source (internal to src/lexer and src/parser).
 *
 * The lexer works on one UTF-8 buffer that the caller keeps alive and
 * unchanged for the lexer's lifetime; tokens point into it. Tokens are
 * produced on demand (ft_lex_next), so the parser sees tokenizer errors at
 * the same moment CPython's parser does: when its lookahead reaches them.
 *
 * Token columns are 0-based UTF-8 byte offsets from the start of the
 * physical line (CPython's col_offset convention). F-strings follow
 * PEP 701: FSTRING_START, FSTRING_MIDDLE (raw literal text, braces still
 * doubled, escapes not decoded), the replacement fields as ordinary tokens
 * ('{' ... '!' NAME ':' FSTRING_MIDDLE '}'), FSTRING_END.
 *
 * A lexer is used by one thread at a time and holds no GC pointers except
 * `filename` (kept alive by the caller's stack as well).
 *
 * Errors: ft_lex_next returns T_ERROR after setting the exception
 * (SyntaxError / IndentationError / TabError with CPython's location);
 * every later call returns T_ERROR again.
 */
#ifndef FT_LEXER_H
#define FT_LEXER_H

#include "core/ftcore.h"

enum {
    T_ENDMARKER = 0, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    T_FSTRING_START, T_FSTRING_MIDDLE, T_FSTRING_END, T_ERROR,
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_COLON, T_COMMA, T_SEMI, T_PLUS, T_MINUS, T_STAR,
    T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL, T_DOT, T_PERCENT, T_LBRACE,
    T_RBRACE, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL, T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX,
    T_LEFTSHIFT, T_RIGHTSHIFT, T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL,
    T_SLASHEQUAL, T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL,
    T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH,
    T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL, T_EXCLAMATION,
    /* hard keywords (NAME tokens spelled like a keyword) */
    K_FALSE, K_NONE, K_TRUE, K_AND, K_AS, K_ASSERT, K_ASYNC, K_AWAIT, K_BREAK, K_CLASS,
    K_CONTINUE, K_DEF, K_DEL, K_ELIF, K_ELSE, K_EXCEPT, K_FINALLY, K_FOR, K_FROM, K_GLOBAL,
    K_IF, K_IMPORT, K_IN, K_IS, K_LAMBDA, K_NONLOCAL, K_NOT, K_OR, K_PASS, K_RAISE,
    K_RETURN, K_TRY, K_WHILE, K_WITH, K_YIELD,
    T_NTYPES
};

typedef struct ft_token {
    int type;
    const char *start, *end;        /* text in the source buffer */
    int lineno, col, end_lineno, end_col;
} ft_token;

#define FT_LEX_MAXINDENT 100
#define FT_LEX_MAXLEVEL 200        /* bracket nesting (incl. f-string braces) */
#define FT_LEX_MAXFSTRING 150      /* nested f-strings */

typedef struct ft_lex_fmode {
    char quote;          /* ' or " */
    char triple;         /* 1 if triple-quoted */
    char raw;            /* r prefix */
    char in_spec;        /* scanning a format spec (literal mode inside {...:spec}) */
    int kind;            /* 0: literal text mode, 1: inside a replacement field */
    int level;           /* paren level when the f-string started */
    int field_level;     /* paren level just after the innermost open '{' of this string */
    int spec_depth;      /* number of nested format-spec levels currently open */
    int start_line, start_col;
    const char *start;
} ft_lex_fmode;

typedef struct ft_lexer {
    const char *buf, *end;       /* the whole source */
    const char *cur;             /* next byte to read */
    const char *line_start;      /* start of the current physical line */
    int lineno;
    ft_obj *filename;
    int mode;                    /* FT_PARSE_*: SINGLE stops after the first statement's NEWLINE-level */
    /* indentation */
    int indent, pendin;
    int indstack[FT_LEX_MAXINDENT + 1], altindstack[FT_LEX_MAXINDENT + 1];
    bool atbol;
    bool blankline_seen;
    bool done;                   /* ENDMARKER returned */
    bool errored;
    /* brackets */
    int level;
    char parenstack[FT_LEX_MAXLEVEL];
    int parenlineno[FT_LEX_MAXLEVEL], parencol[FT_LEX_MAXLEVEL];
    /* f-strings */
    int nfmodes;
    ft_lex_fmode fmodes[FT_LEX_MAXFSTRING];
    bool cont_line;              /* previous physical line ended with a backslash */
    bool last_was_newline;       /* for suppressing blank-line NEWLINEs */
    int first_line_offset;       /* bytes skipped for a BOM */
    int unclosed_line;           /* set with the "'(' was never closed" error: line of the bracket */
    int unclosed_col;            /* ... and its column */
    int last_content_line;       /* line of the last non-blank source line (set at EOF) */
    bool err_silent;             /* the error is one CPython's tokenizer reports without an
                                  * exception (indentation, line continuation, EOF): it does
                                  * not replace an earlier parser error */
} ft_lexer;

/* Initialise over src[0..len). Skips a UTF-8 BOM and accepts a coding
 * declaration naming UTF-8 or an encoding ft_parse transcodes (others:
 * SyntaxError "unknown encoding"); with FT_PARSE_FLAG_IGNORE_COOKIE in
 * flags the declaration is not looked at. Returns 0 or -1 with an
 * exception set. */
int ft_lex_init(ft_lexer *lx, const char *src, ft_ssize len, ft_obj *filename, int mode, int flags);
/* The next token; T_ERROR with an exception set on error. */
int ft_lex_next(ft_lexer *lx, ft_token *tok);

/* Helpers shared with the parser for error reporting. */
/* The text of physical line `lineno` (1-based) as a str, without the
 * trailing newline when `with_nl` is false; NULL (no error) if out of range. */
ft_obj *ft_lex_line_text(const char *buf, const char *end, int lineno, bool with_nl);
/* Byte column -> 1-based character offset on line `lineno`. */
int ft_lex_char_offset(const char *buf, const char *end, int lineno, int byte_col);
/* Raise a SyntaxError-family exception at byte columns (0-based) of the
 * given lines, converting columns to CPython's 1-based character offsets.
 * end_col_byte < 0 passes -1 / 0 style values straight through (see uses). */
void ft_lex_raise(const char *buf, const char *end, ft_obj *filename, ft_type *type,
                  int lineno, int col_byte, int end_lineno, int end_col_byte,
                  bool text_with_nl, const char *fmt, ...);

#endif /* FT_LEXER_H */
