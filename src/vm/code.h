/* code.h -- code objects: the immutable contract between compiler and VM.
 *
 * A code object is built once by the compiler and never changes, so it is
 * shared freely by threads (and, being FT_OBF_SHAREABLE, by interpreters).
 * Anything the VM wants to cache per instruction lives elsewhere (see the
 * VM's inline-cache notes in docs/ARCHITECTURE.md), never in this struct.
 *
 * Local variable numbering:
 *   locals[0 .. nlocals)   fast locals: the parameters first (positional,
 *                          then keyword-only, then *args, then **kwargs),
 *                          then the other local variables. Names in varnames.
 *   cells[0 .. ncells)     cell variables (locals captured by inner scopes);
 *                          names in cellvars. If a cellvar is also a
 *                          parameter, cell2arg[i] is that parameter's index
 *                          (else -1) and the VM moves the argument into
 *                          the new cell when the frame starts.
 *   cells[ncells .. ncells+nfree)  free variables, names in freevars, taken
 *                          from the function's closure tuple in order.
 * LOAD_DEREF/STORE_DEREF/LOAD_CLOSURE index the combined cells array.
 *
 * CANONICAL SHAPES (d = value-stack depth at the statement's start;
 * "entry X->H@n" = exception-table entry covering X, handler H, depth n):
 *
 *  try/except:
 *      <body>                         entry body->H@d
 *      JUMP ELSE
 *   H: PUSH_EXC_INFO                  [prev, exc]     entry H..->CLEANUP@d+1
 *      <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE NEXT
 *      STORE_FAST name | POP_TOP      [prev]
 *      <handler body>                 (`name` is deleted at the end, also on error)
 *      POP_EXCEPT; JUMP END
 *   NEXT: ... more clauses ...; RERAISE 0   (no clause matched)
 *   CLEANUP: SWAP 2; POP_EXCEPT; RERAISE 0
 *   ELSE: <else body>
 *   END:
 *
 *  try/finally:
 *      <body>                         entry body->F@d
 *      <finally body>; JUMP END       (also inlined before return/break/continue)
 *   F: PUSH_EXC_INFO                  [prev, exc]     entry F..->CLEANUP@d+1
 *      <finally body>; RERAISE 0
 *   CLEANUP: SWAP 2; POP_EXCEPT; RERAISE 0
 *
 *  with:
 *      <mgr>; BEFORE_WITH             [exit, value]
 *      <store target> | POP_TOP       [exit]
 *      <body>                         entry body->H@d+1
 *      LOAD_CONST None x3; CALL 2; POP_TOP; JUMP END
 *                                     (exit with self_or_NULL=None, args None, None:
 *                                      CALL passes the non-NULL "self" as first arg)
 *   H: PUSH_EXC_INFO                  [exit, prev, exc] entry H..->CLEANUP@d+2
 *      WITH_EXCEPT_START; POP_JUMP_IF_TRUE S; RERAISE 0
 *   S: POP_TOP; POP_EXCEPT; POP_TOP; JUMP END
 *   CLEANUP: SWAP 2; POP_EXCEPT; RERAISE 0
 *
 *  generators: code with FT_CO_GENERATOR/COROUTINE/ASYNC_GENERATOR creates
 *  the generator object when called; the VM itself turns a StopIteration
 *  escaping a generator frame into RuntimeError("generator raised
 *  StopIteration") (PEP 479). `await x` = GET_AWAITABLE 0; LOAD_CONST None;
 *  YIELD_FROM. `yield from x` = GET_YIELD_FROM_ITER; LOAD_CONST None; YIELD_FROM.
 *
 *  class bodies: compiled as a function taking no arguments whose code has
 *  no FT_CO_NEWLOCALS optimisation (uses LOAD_NAME/STORE_NAME on the
 *  namespace passed by __build_class__); if any method uses `super` or
 *  `__class__`, the body has a cellvar `__class__` and ends with
 *  LOAD_CLOSURE __class__; STORE_NAME __classcell__; LOAD_CONST None; RETURN_VALUE
 *  -- type.__new__ fills the cell with the new class.
 */
#ifndef FT_CODE_H
#define FT_CODE_H

#include "../core/object.h"

/* co_flags, same values as CPython where they exist */
#define FT_CO_OPTIMIZED        0x0001  /* fast locals (functions) */
#define FT_CO_NEWLOCALS        0x0002
#define FT_CO_VARARGS          0x0004
#define FT_CO_VARKEYWORDS      0x0008
#define FT_CO_NESTED           0x0010
#define FT_CO_GENERATOR        0x0020
#define FT_CO_NOFREE           0x0040
#define FT_CO_COROUTINE        0x0080
#define FT_CO_ITERABLE_COROUTINE 0x0100
#define FT_CO_ASYNC_GENERATOR  0x0200
#define FT_CO_HAS_DOCSTRING    0x4000000  /* consts[0] is the docstring */

typedef struct ft_exc_entry {
    uint32_t start, end;     /* covered instructions [start, end) */
    uint32_t handler;        /* jump target */
    uint32_t depth;          /* value-stack depth to restore before pushing the exception */
} ft_exc_entry;

/* Source position of one instruction (1-based lines, 0-based columns in
 * UTF-8 bytes like CPython's co_positions; -1 = unknown). */
typedef struct ft_position {
    int32_t lineno, end_lineno, col, end_col;
} ft_position;

typedef struct ft_code {
    ft_obj ob;
    const uint32_t *instrs;     /* FT_GC_ATOMIC block */
    ft_ssize ninstrs;
    const ft_position *positions; /* one per instruction, FT_GC_ATOMIC */
    const ft_exc_entry *exctable; /* first matching entry wins (innermost first) */
    ft_ssize nexc;
    const int32_t *cell2arg;    /* ncells entries or NULL */

    ft_obj *consts;             /* tuple */
    ft_obj *names;              /* tuple of interned str (globals, attrs, imports) */
    ft_obj *varnames;           /* tuple of str, nlocals long */
    ft_obj *cellvars;           /* tuple of str */
    ft_obj *freevars;           /* tuple of str */
    int32_t nlocals, ncells, nfree;
    int32_t argcount;           /* positional parameters incl. positional-only */
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t stacksize;          /* max value-stack depth */
    int32_t flags;              /* FT_CO_* */
    int32_t firstlineno;
    ft_obj *name;               /* str: co_name */
    ft_obj *qualname;           /* str: co_qualname */
    ft_obj *filename;           /* str */
    ft_obj *source_lines;       /* tuple of str (source text by line, for tracebacks) or NULL */
} ft_code;

#define FT_CODE(o) ((ft_code *)(o))

/* Build a code object (compiler use). Every array is copied into GC
 * memory; the result is immutable and marked FT_OBF_SHAREABLE. */
ft_obj *ft_code_new(const ft_code *tmpl);
/* Line number of instruction index i (for tracebacks, frame.f_lineno). */
int ft_code_line_of(ft_code *co, ft_ssize i);

#endif /* FT_CODE_H */
