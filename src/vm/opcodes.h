/* opcodes.h -- the bytecode, defined once. Compiler and VM both include it.
 *
 * An instruction is one uint32_t: opcode in the low 8 bits, argument in the
 * high 24 bits (FT_INSTR(op, arg)). No EXTENDED_ARG: 24 bits is the limit
 * for every index and jump target (the compiler raises SystemError/
 * "too many ..." beyond it). Jump targets are absolute instruction indices.
 *
 * Stack notation: [... a, b] -> [... c] with b on top. "NULL" is a real
 * C NULL pushed on the value stack (a placeholder, never a Python value).
 *
 * Exceptions use a table, not setup/pop-block instructions (see code.h):
 * when an instruction raises, the VM finds the first exception-table entry
 * covering it, pops the value stack down to entry.depth, pushes the
 * exception and jumps to entry.handler. The canonical code shapes for
 * try/except/finally/with are spelled out in code.h.
 *
 * Tracebacks: when an instruction raises, the VM appends a traceback entry
 * for the current frame at that instruction's line -- except for RERAISE
 * and bare `raise` (RAISE_VARARGS 0), which keep the traceback as it is.
 */
#ifndef FT_OPCODES_H
#define FT_OPCODES_H

#include <stdint.h>

#define FT_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define FT_OP(instr) ((instr) & 0xFFu)
#define FT_ARG(instr) ((instr) >> 8)
#define FT_ARG_MAX 0xFFFFFFu

/* X(name, stack semantics as documentation) */
#define FT_OPCODE_LIST(X) \
    X(NOP,               "[] -> []") \
    X(POP_TOP,           "[a] -> []") \
    X(PUSH_NULL,         "[] -> [NULL]") \
    X(COPY,              "arg=n>=1: [.. x (n-1 items)] -> [.. x .. x]: push a copy of the n-th item (1 = top)") \
    X(SWAP,              "arg=n>=2: swap top with the n-th item") \
    X(LOAD_CONST,        "[] -> [consts[arg]]") \
    X(LOAD_FAST,         "[] -> [locals[arg]]; UnboundLocalError if unset") \
    X(LOAD_FAST_CHECKED, "same as LOAD_FAST (reserved for a later unchecked variant)") \
    X(STORE_FAST,        "[v] -> []; locals[arg] = v") \
    X(DELETE_FAST,       "locals[arg] = unset; UnboundLocalError if already unset") \
    X(LOAD_DEREF,        "[] -> [cells[arg].ref]; cells = cellvars then freevars; NameError/UnboundLocalError if empty") \
    X(STORE_DEREF,       "[v] -> []; cells[arg].ref = v") \
    X(DELETE_DEREF,      "cells[arg].ref = empty") \
    X(LOAD_CLOSURE,      "[] -> [cells[arg]] (the cell object itself)") \
    X(LOAD_FROM_DICT_OR_DEREF, "class bodies: [] -> [locals[names_of_cell(arg)] if present else cells[arg].ref]") \
    X(LOAD_NAME,         "[] -> [value]: names[arg] in frame locals dict, then globals, then builtins; NameError") \
    X(STORE_NAME,        "[v] -> []: frame locals dict [names[arg]] = v") \
    X(DELETE_NAME,       "del frame locals dict [names[arg]]; NameError if absent") \
    X(LOAD_GLOBAL,       "[] -> [value]: names[arg] in globals then builtins; NameError") \
    X(STORE_GLOBAL,      "[v] -> []") \
    X(DELETE_GLOBAL,     "NameError if absent") \
    X(LOAD_ATTR,         "[obj] -> [getattr(obj, names[arg])]") \
    X(LOAD_METHOD,       "[obj] -> [meth, obj] (unbound method found on the type) or [attr, NULL]") \
    X(STORE_ATTR,        "[v, obj] -> []: setattr(obj, names[arg], v)") \
    X(DELETE_ATTR,       "[obj] -> []") \
    X(LOAD_SUPER_ATTR,   "unused (super() is a plain call)") \
    X(BINARY_OP,         "[a, b] -> [a op b], op = enum ft_binop (abstract.h), incl. in-place variants") \
    X(UNARY_NEGATIVE,    "[a] -> [-a]") \
    X(UNARY_POSITIVE,    "[a] -> [+a]") \
    X(UNARY_INVERT,      "[a] -> [~a]") \
    X(UNARY_NOT,         "[a] -> [not a] (a bool)") \
    X(COMPARE_OP,        "[a, b] -> [a op b], op = FT_LT..FT_GE (object.h)") \
    X(IS_OP,             "[a, b] -> [a is b] (arg=1: is not)") \
    X(CONTAINS_OP,       "[a, b] -> [a in b] (arg=1: not in)") \
    X(BINARY_SUBSCR,     "[container, key] -> [container[key]]") \
    X(STORE_SUBSCR,      "[v, container, key] -> []: container[key] = v") \
    X(DELETE_SUBSCR,     "[container, key] -> []") \
    X(BUILD_SLICE,       "arg=2: [start, stop] -> [slice]; arg=3: [start, stop, step] -> [slice]") \
    X(BUILD_TUPLE,       "[x1..xn] -> [tuple], n = arg") \
    X(BUILD_LIST,        "[x1..xn] -> [list]") \
    X(BUILD_SET,         "[x1..xn] -> [set]") \
    X(BUILD_MAP,         "[k1, v1 .. kn, vn] -> [dict], n = arg (later keys win)") \
    X(BUILD_STRING,      "[s1..sn] -> [s1+..+sn] (all str)") \
    X(LIST_APPEND,       "[list (at depth arg+1) .. v] -> [list ..]: list.append(v); depth counted after popping v") \
    X(SET_ADD,           "[set .. v] -> [set ..] (same addressing as LIST_APPEND)") \
    X(MAP_ADD,           "[dict .. k, v] -> [dict ..]: dict[k] = v (addressing counted after popping k, v)") \
    X(LIST_EXTEND,       "[list .. it] -> [list ..]: list.extend(it); TypeError 'Value after * must be an iterable, not T' when not iterable") \
    X(SET_UPDATE,        "[set .. it] -> [set ..]") \
    X(DICT_UPDATE,       "[dict .. m] -> [dict ..]: dict.update(m) ({**m} displays); TypeError \"'T' object is not a mapping\"") \
    X(DICT_MERGE,        "[dict .. m] -> [dict ..]: like DICT_UPDATE (same addressing) but TypeError 'f() got multiple values for keyword argument' on duplicates and 'argument after ** must be a mapping, not T'; the callable for the message sits at depth arg+3 (below NULL and the args tuple)") \
    X(LIST_TO_TUPLE,     "[list] -> [tuple]") \
    X(UNPACK_SEQUENCE,   "[seq] -> [x_n .. x_1] (x_1 on top), n = arg; ValueError on wrong count") \
    X(UNPACK_EX,         "arg = before | (after << 8): [seq] -> [after items reversed.., list, before items reversed..] like CPython") \
    X(FORMAT_VALUE,      "arg&3: conversion 0 none 1 str 2 repr 3 ascii; arg&4: spec on stack. [v (,spec)] -> [str]") \
    X(JUMP,              "jump to arg (a back-edge when arg <= current index: safepoint)") \
    X(POP_JUMP_IF_FALSE, "[c] -> []; jump if not truthy") \
    X(POP_JUMP_IF_TRUE,  "[c] -> []; jump if truthy") \
    X(POP_JUMP_IF_NONE,  "[c] -> []; jump if c is None") \
    X(POP_JUMP_IF_NOT_NONE, "[c] -> []; jump if c is not None") \
    X(JUMP_IF_FALSE_OR_POP, "[c] -> [c] and jump if not truthy, else [] and continue") \
    X(JUMP_IF_TRUE_OR_POP,  "[c] -> [c] and jump if truthy, else [] and continue") \
    X(GET_ITER,          "[o] -> [iter(o)]") \
    X(FOR_ITER,          "[it] -> [it, next(it)]; when exhausted pop it and jump to arg") \
    X(RETURN_VALUE,      "[v] -> return v") \
    X(RETURN_CONST,      "return consts[arg]") \
    X(CALL,              "[func, self_or_NULL, a1..an] -> [result], n = arg; self_or_NULL, when not NULL, is passed as the first positional argument") \
    X(CALL_KW,           "[func, self_or_NULL, a1..an, kwnames] -> [result], n = arg counts all args incl. keyword values; kwnames a const tuple of str naming the last len(kwnames) args") \
    X(CALL_FUNCTION_EX,  "[func, NULL, args_tuple (, kwargs_dict if arg&1)] -> [result]") \
    X(CALL_INTRINSIC_1,  "[v] -> [f(v)], f chosen by arg = enum ft_intrinsic1") \
    X(MAKE_FUNCTION,     "[(closure if arg&8) (annotations if arg&4) (kwdefaults if arg&2) (defaults if arg&1) code] ... order: defaults pushed first; code on top -> [function]") \
    X(LOAD_BUILD_CLASS,  "[] -> [builtins.__build_class__]") \
    X(SETUP_ANNOTATIONS, "ensure __annotations__ dict exists in frame locals (module/class bodies)") \
    X(LOAD_LOCALS,       "[] -> [frame locals mapping]") \
    X(IMPORT_NAME,       "[level, fromlist] -> [module]: __import__(names[arg], globals, None, fromlist, level)") \
    X(IMPORT_FROM,       "[module] -> [module, attr]: getattr(module, names[arg]), falling back to sys.modules['pkg.attr']; ImportError 'cannot import name'") \
    X(RAISE_VARARGS,     "arg=0: re-raise the handled exception (RuntimeError 'No active exception to reraise'); 1: [exc] raise; 2: [exc, cause] raise exc from cause") \
    X(RERAISE,           "[.. exc] -> raise exc again, keeping its traceback (no new entry)") \
    X(PUSH_EXC_INFO,     "[exc] -> [prev_handled, exc]; thread's handled exception = exc") \
    X(POP_EXCEPT,        "[prev_handled] -> []; thread's handled exception = prev_handled (None/NULL = none)") \
    X(CHECK_EXC_MATCH,   "[exc, type] -> [exc, bool]: isinstance(exc, type); TypeError if type is not an exception class/tuple") \
    X(CHECK_EG_MATCH,    "reserved for except* (not generated yet)") \
    X(LOAD_ASSERTION_ERROR, "[] -> [AssertionError]") \
    X(BEFORE_WITH,       "[mgr] -> [bound __exit__, mgr.__enter__()]; TypeError if not a context manager") \
    X(BEFORE_ASYNC_WITH, "[mgr] -> [bound __aexit__, awaitable of mgr.__aenter__()]") \
    X(WITH_EXCEPT_START, "[exit_func, prev_handled, exc] -> [exit_func, prev_handled, exc, res]: res = exit_func(type(exc), exc, exc.__traceback__)") \
    X(GET_AWAITABLE,     "[o] -> [awaitable iterator]: coroutine itself or o.__await__(); arg: 0 await, 1 after __aenter__, 2 after __aexit__ (error messages)") \
    X(GET_AITER,         "[o] -> [o.__aiter__()]") \
    X(GET_ANEXT,         "[aiter] -> [aiter, awaitable of aiter.__anext__()]") \
    X(END_ASYNC_FOR,     "[aiter, exc] -> []: if exc is StopAsyncIteration, swallow; else re-raise") \
    X(GET_YIELD_FROM_ITER, "[o] -> [iter]: generator/coroutine (in a coroutine code) passes through, else iter(o)") \
    X(YIELD_VALUE,       "[v] -> suspend yielding v; on resume [sent value]") \
    X(YIELD_FROM,        "[iter, v] -> delegate: send v into iter (next() if v is None); if it yields x, this frame yields x and re-executes YIELD_FROM on resume with the sent value; when iter returns r: [r]") \
    X(RETURN_GENERATOR,  "unused: calling a GENERATOR/COROUTINE code creates the generator object") \
    X(GET_LEN,           "[o] -> [o, len(o)]") \
    X(MATCH_MAPPING,     "[o] -> [o, bool]") \
    X(MATCH_SEQUENCE,    "[o] -> [o, bool]") \
    X(MATCH_KEYS,        "[o, keys_tuple] -> [o, keys_tuple, values_tuple or None]") \
    X(MATCH_CLASS,       "[subject, cls, kw_names_tuple] -> [tuple of attrs or None], arg = number of positional sub-patterns") \
    X(COPY_DICT_WITHOUT_KEYS, "[mapping, keys_tuple] -> [mapping, rest_dict] (for **rest in mapping patterns)") \
    X(DELETE_FAST_CHECKLESS, "locals[arg] = unset, no error (except-clause cleanup)") \
    X(LOAD_FAST_AND_CLEAR, "[] -> [locals[arg] or NULL]; locals[arg] = unset. An inlined comprehension (PEP 709) saves the outer binding of a name it binds") \
    X(STORE_FAST_MAYBE_NULL, "[v or NULL] -> []; locals[arg] = v (restores what LOAD_FAST_AND_CLEAR saved)") \
    X(LOAD_CELL_AND_RENEW, "[] -> [cells[arg]] (the cell object itself); cells[arg] = a new empty cell. Inlined comprehension binding a name that lives in a cell") \
    X(STORE_CELL,        "[cell] -> []; cells[arg] = cell (restores what LOAD_CELL_AND_RENEW saved)")

enum ft_opcode {
#define FT_OP_ENUM(name, doc) OP_##name,
    FT_OPCODE_LIST(FT_OP_ENUM)
#undef FT_OP_ENUM
    FT_OPCODE_COUNT
};

/* CALL_INTRINSIC_1 functions. */
enum ft_intrinsic1 {
    FT_INTRINSIC_PRINT = 1,         /* REPL: display v via sys.displayhook; result None */
    FT_INTRINSIC_IMPORT_STAR = 2,   /* v = module: copy public names into frame locals; result None */
    FT_INTRINSIC_UNARY_POSITIVE = 4,
    FT_INTRINSIC_LIST_TO_TUPLE = 5,
    FT_INTRINSIC_ASYNC_GEN_WRAP = 6,/* wrap a value yielded by an async generator */
};

extern const char *const ft_opcode_names[FT_OPCODE_COUNT];

#endif /* FT_OPCODES_H */
