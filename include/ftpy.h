/* ftpy.h -- the public embedding API of ftpy, a free-threaded Python 3 runtime.
 *
 * This is the only header an embedding program (and the ftpy CLI) includes.
 * Everything behind it is opaque.
 *
 * VALUES. An ftpy_obj * is any Python value. Memory is managed by a
 * tracing collector that scans the C stacks of registered threads, so a
 * value held in a local variable of a registered thread stays alive with
 * no further ceremony. A value stored anywhere else (a global, a malloc()ed
 * struct) must be pinned with ftpy_pin() for as long as it is stored there.
 *
 * THREADS. A thread must be registered (ftpy_initialize registers the
 * calling thread; others call ftpy_thread_register) before it uses any
 * function here. Registered threads run Python in parallel: there is no
 * global lock unless the runtime was started with gil = 1. A registered
 * thread that blocks for a long time in C code should do so through
 * ftpy_blocking(), so that it does not delay garbage collection.
 *
 * ERRORS. Functions returning a pointer return NULL when a Python exception
 * is pending; functions returning int return -1. Inspect or print the
 * exception with ftpy_error_*.
 */
#ifndef FTPY_H
#define FTPY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FTPY_VERSION "0.1.0"
#define FTPY_PYTHON_VERSION "3.13.0"

typedef struct ftpy_obj ftpy_obj;

/* ---- life cycle ---- */
typedef struct ftpy_config {
    int argc;                  /* sys.argv */
    char **argv;
    int gil;                   /* -1: from PYTHON_GIL (default 0); 0: free-threaded; 1: GIL */
    int optimize;              /* -O level */
    int verbose, quiet, inspect, isolated, safe_path, dont_write_bytecode;
    int unbuffered;               /* -u: sys.stdout/stderr write through (also PYTHONUNBUFFERED) */
    const char *const *xoptions; /* NULL-terminated list of -X options ("name" or "name=value") */
} ftpy_config;

void ftpy_config_init(ftpy_config *cfg);
int ftpy_initialize(const ftpy_config *cfg);   /* 0 on success; registers the calling thread */
/* Run atexit handlers, flush sys.stdout/stderr. Returns 0, or 120 if
 * flushing failed (CPython's convention). */
int ftpy_finalize(void);
/* Nonzero (the signal number, SIGINT) when the last ftpy_main_* run ended
 * with an uncaught KeyboardInterrupt. A program standing in for `python`
 * should then die by that signal after ftpy_finalize(), as CPython does, so
 * its parent (a shell, make) sees an interrupted child. */
int ftpy_exit_signal(void);

/* ---- running code in the main interpreter ---- */
enum { FTPY_MODE_EXEC = 0, FTPY_MODE_EVAL = 1, FTPY_MODE_SINGLE = 2 };
/* Compile and run src. globals NULL: the __main__ module's namespace.
 * Returns the value (eval) or None (exec/single), NULL on exception. */
ftpy_obj *ftpy_run_string(const char *src, int mode, ftpy_obj *globals);
/* Program entry points: run as __main__ and return the process exit status
 * CPython would use (0; 1 after printing an uncaught exception; the code of
 * SystemExit). */
int ftpy_main_file(const char *path);
int ftpy_main_string(const char *src);          /* -c */
int ftpy_main_module(const char *module);       /* -m */
int ftpy_main_stdin(void);                      /* reads the program from stdin */
int ftpy_main_repl(void);                       /* interactive loop */
/* 1: src is a complete statement, 0: it needs more lines, -1: it has a
 * syntax error that more lines cannot fix. */
int ftpy_source_complete(const char *src);

/* ---- values ---- */
ftpy_obj *ftpy_none(void);
ftpy_obj *ftpy_bool(int b);
ftpy_obj *ftpy_int(int64_t v);
ftpy_obj *ftpy_float(double v);
ftpy_obj *ftpy_str(const char *utf8);
ftpy_obj *ftpy_bytes(const void *data, size_t len);
ftpy_obj *ftpy_tuple(size_t n, ftpy_obj *const *items);
ftpy_obj *ftpy_list(size_t n, ftpy_obj *const *items);
ftpy_obj *ftpy_dict(void);
int64_t ftpy_to_int(ftpy_obj *o);               /* -1 with exception on failure */
double ftpy_to_float(ftpy_obj *o);
const char *ftpy_to_utf8(ftpy_obj *o);          /* str only; valid while o lives */
int ftpy_truthy(ftpy_obj *o);                   /* 0/1, -1 on error */
ftpy_obj *ftpy_repr(ftpy_obj *o);
ftpy_obj *ftpy_tostr(ftpy_obj *o);
const char *ftpy_type_name(ftpy_obj *o);

ftpy_obj *ftpy_getattr(ftpy_obj *o, const char *name);
int ftpy_setattr(ftpy_obj *o, const char *name, ftpy_obj *value);
ftpy_obj *ftpy_getitem(ftpy_obj *o, ftpy_obj *key);
int ftpy_setitem(ftpy_obj *o, ftpy_obj *key, ftpy_obj *value);
ftpy_obj *ftpy_call(ftpy_obj *callable, size_t nargs, ftpy_obj *const *args);
ftpy_obj *ftpy_call_method(ftpy_obj *o, const char *name, size_t nargs, ftpy_obj *const *args);
ftpy_obj *ftpy_import(const char *module);
ftpy_obj *ftpy_get_global(const char *name);    /* from __main__; NULL + NameError */
int ftpy_set_global(const char *name, ftpy_obj *value);

/* A Python-callable C function. It runs on the calling (registered)
 * thread, possibly in parallel with others; return NULL after
 * ftpy_error_set to raise. */
typedef ftpy_obj *(*ftpy_cfunction)(void *userdata, size_t nargs, ftpy_obj *const *args);
ftpy_obj *ftpy_function(const char *name, ftpy_cfunction fn, void *userdata);

/* ---- pinning values stored outside the stack ---- */
void ftpy_pin(ftpy_obj **slot);
void ftpy_unpin(ftpy_obj **slot);

/* ---- errors ---- */
int ftpy_error_occurred(void);
void ftpy_error_print(void);                    /* print and clear, CPython format */
void ftpy_error_clear(void);
ftpy_obj *ftpy_error_fetch(void);               /* the exception object, cleared */
void ftpy_error_set(const char *exc_type_name, const char *message); /* e.g. "ValueError" */

/* ---- threads ---- */
int ftpy_thread_register(void);                 /* the calling OS thread, main interpreter */
void ftpy_thread_unregister(void);
/* Run fn(arg) without touching Python objects (blocking I/O, long C work). */
void *ftpy_blocking(void *(*fn)(void *), void *arg);

/* ---- information ---- */
const char *ftpy_version_string(void);          /* "3.13.0" */
const char *ftpy_build_string(void);            /* for -VV */
int ftpy_gil_enabled(void);

#ifdef __cplusplus
}
#endif
#endif /* FTPY_H */
