/* exceptions.h -- internal layouts of the builtin exception types that carry
 * fields beyond ft_exc (error.h). Shared by objects/exceptions.c, which
 * implements the types, and core/error.c, which builds and prints them.
 * Not a contract header: other areas use attributes or the error.h API.
 *
 * Field writes are single pointer stores (benign races between threads that
 * share one exception object, as in CPython's free-threaded build). */
#ifndef FT_EXCEPTIONS_INTERNAL_H
#define FT_EXCEPTIONS_INTERNAL_H

#include "core/ftcore.h"

typedef struct ft_exc_sysexit { ft_exc base; ft_obj *code; } ft_exc_sysexit;
typedef struct ft_exc_stopiter { ft_exc base; ft_obj *value; } ft_exc_stopiter;
typedef struct ft_exc_import { ft_exc base; ft_obj *msg, *name, *path, *name_from; } ft_exc_import;
typedef struct ft_exc_attribute { ft_exc base; ft_obj *name, *obj; } ft_exc_attribute;
typedef struct ft_exc_name { ft_exc base; ft_obj *name; } ft_exc_name;
typedef struct ft_exc_os {
    ft_exc base;
    ft_obj *myerrno, *strerror, *filename, *filename2;
    ft_ssize written;          /* BlockingIOError.characters_written; -1 = unset */
} ft_exc_os;
typedef struct ft_exc_syntax {
    ft_exc base;
    ft_obj *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    ft_obj *print_file_and_line;
} ft_exc_syntax;
typedef struct ft_exc_unicode {
    ft_exc base;
    ft_obj *encoding, *object, *reason;
    ft_ssize start, end;
} ft_exc_unicode;
typedef struct ft_exc_group { ft_exc base; ft_obj *msg, *excs; } ft_exc_group;

/* True if o is an instance of BaseException (or a subclass). */
static inline bool ft_exc_check(ft_obj *o) {
    return o && !ft_is_smallint(o) &&
           ft_type_is_subtype(o->ob_type, &ft_exc_BaseException_type);
}
/* Same for a type object. */
static inline bool ft_exc_type_check(ft_obj *t) {
    return t && !ft_is_smallint(t) &&
           ft_type_is_subtype(t->ob_type, &ft_type_type) &&
           ft_type_is_subtype((ft_type *)t, &ft_exc_BaseException_type);
}

/* builtins._IncompleteInputError (a SyntaxError subclass outside FT_EXC_LIST). */
extern ft_type ft_exc__IncompleteInputError_type;

/* OSError subclass for an errno value (OSError itself when none applies). */
ft_type *ft_exc_oserror_subtype(int err);
/* The preallocated MemoryError (immortal), created by ft_exceptions_init. */
extern ft_obj *ft_exc_memory_error_instance;
/* args tuple of an exception (never NULL: empty tuple when unset). */
ft_obj *ft_exc_args(ft_obj *exc);

#endif
