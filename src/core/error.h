/* error.h -- raising, inspecting and clearing exceptions; builtin exception types.
 *
 * The current exception lives on the current thread (ft_thread.cur_exc) and is
 * always a normalised exception instance (3.12+ model: no (type, value, tb)
 * triple). Functions here act on the calling thread only; no locking needed.
 *
 * Convention: ft_err_* setters return nothing; the ft_err_format family
 * returns NULL so that `return ft_err_format(...)` reads naturally.
 */
#ifndef FT_ERROR_H
#define FT_ERROR_H

#include "object.h"

/* X(Name, Base): the builtin exception hierarchy of CPython 3.13, parents
 * before children. Each entry defines `ft_type ft_exc_<Name>_type` and the
 * shorthand `ft_exc_<Name>` (a ft_type *). */
#define FT_EXC_LIST(X) \
    X(BaseException, object) \
    X(BaseExceptionGroup, BaseException) \
    X(GeneratorExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(SystemExit, BaseException) \
    X(Exception, BaseException) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ExceptionGroup, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(PythonFinalizationError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) \
    X(StopIteration, Exception) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(BytesWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

#define FT_EXC_DECLARE(name, base) extern ft_type ft_exc_##name##_type;
FT_EXC_LIST(FT_EXC_DECLARE)
#undef FT_EXC_DECLARE
#define FT_EXC(name) (&ft_exc_##name##_type)
/* Shorthands for the common ones. */
#define ft_exc_BaseException FT_EXC(BaseException)
#define ft_exc_Exception FT_EXC(Exception)
#define ft_exc_TypeError FT_EXC(TypeError)
#define ft_exc_ValueError FT_EXC(ValueError)
#define ft_exc_KeyError FT_EXC(KeyError)
#define ft_exc_IndexError FT_EXC(IndexError)
#define ft_exc_AttributeError FT_EXC(AttributeError)
#define ft_exc_NameError FT_EXC(NameError)
#define ft_exc_UnboundLocalError FT_EXC(UnboundLocalError)
#define ft_exc_ZeroDivisionError FT_EXC(ZeroDivisionError)
#define ft_exc_OverflowError FT_EXC(OverflowError)
#define ft_exc_StopIteration FT_EXC(StopIteration)
#define ft_exc_StopAsyncIteration FT_EXC(StopAsyncIteration)
#define ft_exc_GeneratorExit FT_EXC(GeneratorExit)
#define ft_exc_RuntimeError FT_EXC(RuntimeError)
#define ft_exc_RecursionError FT_EXC(RecursionError)
#define ft_exc_NotImplementedError FT_EXC(NotImplementedError)
#define ft_exc_MemoryError FT_EXC(MemoryError)
#define ft_exc_SystemError FT_EXC(SystemError)
#define ft_exc_SystemExit FT_EXC(SystemExit)
#define ft_exc_KeyboardInterrupt FT_EXC(KeyboardInterrupt)
#define ft_exc_SyntaxError FT_EXC(SyntaxError)
#define ft_exc_IndentationError FT_EXC(IndentationError)
#define ft_exc_TabError FT_EXC(TabError)
#define ft_exc_ImportError FT_EXC(ImportError)
#define ft_exc_ModuleNotFoundError FT_EXC(ModuleNotFoundError)
#define ft_exc_OSError FT_EXC(OSError)
#define ft_exc_FileNotFoundError FT_EXC(FileNotFoundError)
#define ft_exc_AssertionError FT_EXC(AssertionError)
#define ft_exc_LookupError FT_EXC(LookupError)
#define ft_exc_UnicodeDecodeError FT_EXC(UnicodeDecodeError)
#define ft_exc_UnicodeEncodeError FT_EXC(UnicodeEncodeError)
#define ft_exc_EOFError FT_EXC(EOFError)

/* Layout shared by every exception instance (subtypes append fields). */
typedef struct ft_exc {
    ft_obj ob;
    ft_obj *dict;           /* instance __dict__ (lazily created) or NULL */
    ft_obj *args;           /* tuple */
    ft_obj *traceback;      /* traceback object or NULL */
    ft_obj *context;        /* __context__ or NULL */
    ft_obj *cause;          /* __cause__ or NULL */
    ft_obj *notes;          /* __notes__ list or NULL */
    bool suppress_context;  /* __suppress_context__ */
} ft_exc;

/* Setting. All of these replace any current exception.
 * Exception chaining (__context__) is done by the VM when an exception is
 * raised while another is being handled, not by these functions. */
void ft_err_set_none(ft_type *exc_type);
void ft_err_set_str(ft_type *exc_type, const char *msg);
void ft_err_set_obj(ft_type *exc_type, ft_obj *value);   /* value: args[0], or an instance */
void ft_err_set_exc(ft_obj *exc);                         /* set a ready exception instance */
/* printf-like; besides the C conversions (%s %d %i %u %ld %lld %zd %zu %x %c %p %%)
 * it understands %R = repr(obj), %S = str(obj), %T = type name of obj,
 * %U = str object inserted as-is, %N = name of a type (ft_type *). */
ft_obj *ft_err_format(ft_type *exc_type, const char *fmt, ...);
ft_obj *ft_err_no_memory(void);                           /* MemoryError, never allocates */
ft_obj *ft_err_from_errno(ft_type *exc_type, ft_obj *filename); /* OSError subclass chosen from errno */
ft_obj *ft_err_bad_internal_call(const char *where);      /* SystemError */

/* NameError "name 'x' is not defined" with .name set, and the AttributeError
 * context (.name/.obj, set only if the current exception is an AttributeError
 * that has none yet; call it after a failed getattr(obj, name)). Tracebacks
 * use them for CPython's "Did you mean: ...?" suggestions. */
ft_obj *ft_err_name_error(ft_obj *name);
void ft_err_attribute_context(ft_obj *obj, ft_obj *name);

/* Inspecting. */
bool ft_err_occurred(void);
ft_obj *ft_err_peek(void);             /* current exception or NULL; stays set */
ft_obj *ft_err_fetch(void);            /* current exception or NULL; cleared */
void ft_err_restore(ft_obj *exc);      /* NULL clears */
void ft_err_clear(void);
/* Does the current exception match type/tuple of types (isinstance)? */
bool ft_err_matches(ft_obj *type_or_tuple);
bool ft_exc_matches(ft_obj *exc, ft_obj *type_or_tuple);

/* Exception objects. */
ft_obj *ft_exc_new(ft_type *type, ft_obj *const *args, size_t nargs); /* calls type(*args) */
ft_obj *ft_exc_get_traceback(ft_obj *exc);
void ft_exc_set_traceback(ft_obj *exc, ft_obj *tb);
void ft_exc_set_context(ft_obj *exc, ft_obj *context);
void ft_exc_set_cause(ft_obj *exc, ft_obj *cause);  /* also sets __suppress_context__ */
/* StopIteration(value) convenience and extraction of .value (None if no args). */
void ft_err_set_stop_iteration(ft_obj *value);
ft_obj *ft_stop_iteration_value(ft_obj *exc);
/* SyntaxError with location; col is 1-based like CPython's offset. */
void ft_err_syntax(ft_type *type, const char *msg, ft_obj *filename,
                   int lineno, int col, int end_lineno, int end_col, ft_obj *text);

/* Print exc with its traceback and chain, CPython's format, to sys.stderr
 * (or C stderr if sys.stderr is unusable). Used by the CLI and threading. */
void ft_err_print_exc(ft_obj *exc);
/* Tracebacks show source lines of pseudo-files ("<string>") only for the
 * code registered here: the `-c` program (CPython 3.13 does the same
 * through linecache). Per interpreter; lines is a code's source_lines. */
void ft_err_register_main_source(ft_obj *lines);
/* The text ft_err_print_exc would write (whole chain with tracebacks), and
 * just the final "Type: message" part (with notes); for the traceback module. */
ft_obj *ft_err_format_exc(ft_obj *exc);
ft_obj *ft_err_format_exc_only(ft_obj *exc);
/* Write an exception from a context where it cannot propagate
 * ("Exception ignored in: ..."), then clear it. */
void ft_err_write_unraisable(ft_obj *context_obj);

#endif /* FT_ERROR_H */
