/* abstract.h -- the generic object protocols (abstract.c, call.c, object.c).
 *
 * These are what the VM and the builtins call on values of unknown type.
 * They implement Python's semantics: operand swapping for binary operators,
 * reflected comparisons, __index__, the iterator protocol, descriptors.
 * Every function follows the error convention of object.h.
 */
#ifndef FT_ABSTRACT_H
#define FT_ABSTRACT_H

#include "object.h"

/* --- attributes --- */
ft_obj *ft_getattr(ft_obj *o, ft_obj *name);            /* name: str */
ft_obj *ft_getattr_cstr(ft_obj *o, const char *name);
/* Like getattr but AttributeError is swallowed: returns NULL with no
 * exception set when the attribute is absent (1/0 via *found optional). */
ft_obj *ft_getattr_opt(ft_obj *o, ft_obj *name);
int ft_setattr(ft_obj *o, ft_obj *name, ft_obj *value); /* value NULL: delattr */
int ft_setattr_cstr(ft_obj *o, const char *name, ft_obj *value);
int ft_hasattr(ft_obj *o, ft_obj *name);                /* 0/1, -1 on non-AttributeError */
/* LOAD_METHOD support: if name resolves to a plain function / method
 * descriptor on the type (and is not shadowed by the instance dict),
 * returns it unbound and sets *is_method = true; else returns the bound
 * attribute and *is_method = false. */
ft_obj *ft_getmethod(ft_obj *o, ft_obj *name, bool *is_method);

/* --- calls (call.c) --- */
ft_obj *ft_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
ft_obj *ft_call0(ft_obj *callable);
ft_obj *ft_call1(ft_obj *callable, ft_obj *a);
ft_obj *ft_call2(ft_obj *callable, ft_obj *a, ft_obj *b);
ft_obj *ft_call3(ft_obj *callable, ft_obj *a, ft_obj *b, ft_obj *c);
ft_obj *ft_call_tuple_dict(ft_obj *callable, ft_obj *args_tuple, ft_obj *kwargs_dict); /* dict may be NULL */
ft_obj *ft_call_method(ft_obj *o, const char *name, ft_obj *const *args, size_t nargs);
ft_obj *ft_call_method0(ft_obj *o, const char *name);
ft_obj *ft_call_method1(ft_obj *o, const char *name, ft_obj *a);
bool ft_callable(ft_obj *o);
/* Argument parsing for C functions taking the vector convention.
 * names: every parameter in order, NULL-terminated; a name starting with
 * '$' is keyword-only (the '$' is not part of the name); parameters before
 * index `npos_only` are positional-only; the first `nrequired` are
 * required. out[i] receives the argument or NULL if not given. Produces
 * CPython's TypeError messages ("f() takes at most 2 arguments (3 given)",
 * "f() got an unexpected keyword argument 'x'", "f() missing required
 * argument 'x' (pos 1)"). Returns 0 or -1. */
int ft_parse_args(const char *fname, ft_obj *const *args, size_t nargs, ft_obj *kwnames,
                  const char *const *names, int npos_only, int nrequired, ft_obj **out);
/* TypeError unless nargs is within [min, max] and no keywords. */
int ft_check_positional(const char *fname, size_t nargs, ft_obj *kwnames, size_t min, size_t max);

/* --- object protocol (object.c) --- */
ft_obj *ft_repr(ft_obj *o);
ft_obj *ft_str(ft_obj *o);
ft_obj *ft_ascii(ft_obj *o);
ft_obj *ft_format(ft_obj *o, ft_obj *spec);             /* format(o, spec); spec NULL = "" */
int64_t ft_hash(ft_obj *o);                             /* -1 on error (TypeError: unhashable type) */
int ft_is_true(ft_obj *o);                              /* bool(o): 0/1, -1 error */
ft_obj *ft_richcompare(ft_obj *a, ft_obj *b, int op);
int ft_richcompare_bool(ft_obj *a, ft_obj *b, int op);  /* identity implies equality for EQ/NE */
int ft_eq(ft_obj *a, ft_obj *b);                        /* shorthand for ==, 0/1/-1 */
ft_obj *ft_dir(ft_obj *o);                              /* sorted list; o NULL: current locals */
int ft_isinstance(ft_obj *inst, ft_obj *cls);           /* honours __instancecheck__, tuples */
int ft_issubclass(ft_obj *derived, ft_obj *cls);        /* honours __subclasscheck__ */
ft_obj *ft_obj_id(ft_obj *o);                           /* id(o) as an int */

/* --- numbers (abstract.c) --- */
enum ft_binop {
    FT_BINOP_ADD, FT_BINOP_AND, FT_BINOP_FLOOR_DIVIDE, FT_BINOP_LSHIFT, FT_BINOP_MATMUL,
    FT_BINOP_MULTIPLY, FT_BINOP_REMAINDER, FT_BINOP_OR, FT_BINOP_POWER, FT_BINOP_RSHIFT,
    FT_BINOP_SUBTRACT, FT_BINOP_TRUE_DIVIDE, FT_BINOP_XOR,
    FT_BINOP_INPLACE_ADD, FT_BINOP_INPLACE_AND, FT_BINOP_INPLACE_FLOOR_DIVIDE,
    FT_BINOP_INPLACE_LSHIFT, FT_BINOP_INPLACE_MATMUL, FT_BINOP_INPLACE_MULTIPLY,
    FT_BINOP_INPLACE_REMAINDER, FT_BINOP_INPLACE_OR, FT_BINOP_INPLACE_POWER,
    FT_BINOP_INPLACE_RSHIFT, FT_BINOP_INPLACE_SUBTRACT, FT_BINOP_INPLACE_TRUE_DIVIDE,
    FT_BINOP_INPLACE_XOR,
    FT_BINOP_COUNT
};
/* The operator symbol ("+", "+=", ...) for error messages. */
const char *ft_binop_symbol(int op);
ft_obj *ft_binary_op(ft_obj *a, ft_obj *b, int op);     /* any FT_BINOP_*; inplace falls back to binary */
ft_obj *ft_power(ft_obj *a, ft_obj *b, ft_obj *mod);    /* pow(a, b, mod); mod NULL/None */
ft_obj *ft_divmod(ft_obj *a, ft_obj *b);
ft_obj *ft_negative(ft_obj *o);
ft_obj *ft_positive(ft_obj *o);
ft_obj *ft_invert(ft_obj *o);
ft_obj *ft_absolute(ft_obj *o);
ft_obj *ft_number_int(ft_obj *o);                       /* int(o) */
ft_obj *ft_number_float(ft_obj *o);                     /* float(o) */

/* --- containers / iteration --- */
ft_ssize ft_len(ft_obj *o);                             /* -1 on error */
ft_ssize ft_length_hint(ft_obj *o, ft_ssize deflt);
ft_obj *ft_getitem(ft_obj *o, ft_obj *key);
int ft_setitem(ft_obj *o, ft_obj *key, ft_obj *value);
int ft_delitem(ft_obj *o, ft_obj *key);
int ft_contains(ft_obj *container, ft_obj *item);       /* `item in container`: 0/1/-1 */
ft_obj *ft_iter(ft_obj *o);                             /* iter(o) */
/* next(it): value, or NULL with no exception when exhausted (StopIteration
 * raised by a Python __next__ is swallowed), or NULL with an exception. */
ft_obj *ft_iter_next(ft_obj *it);
ft_obj *ft_sequence_tuple(ft_obj *o);                   /* tuple(o) */
ft_obj *ft_sequence_list(ft_obj *o);                    /* list(o) */
/* Fast-sequence access for C code: a tuple is used in place; any other
 * iterable (lists too: they may change under us) is first copied into a
 * tuple kept in *holder. Returns the items pointer and sets *size. */
ft_obj **ft_sequence_fast(ft_obj *o, ft_ssize *size, ft_obj **holder, const char *errmsg);

#endif /* FT_ABSTRACT_H */
