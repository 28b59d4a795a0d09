/* frame.h -- internal to src/vm: frames, the per-thread data stack, and the
 * VM's private entry points shared by eval.c, function.c, call.c, gen.c.
 *
 * FRAMES. A running Python frame is an ft_frame followed by its
 * "localsplus" array: nlocals fast locals, ncells+nfree cell objects, then
 * the value stack (stacksize slots). Ordinary frames live on the thread's
 * data stack (a chain of GC-allocated FT_GC_SCAN chunks, so every pointer
 * in a frame is seen by the collector); generator frames live in their own
 * GC block owned by the generator object. Only the owning thread touches a
 * frame while it runs; a suspended generator frame is touched only by the
 * thread that wins the generator's `running` CAS.
 *
 * FRAME OBJECTS. ft_frame_obj is materialised on demand (tracebacks,
 * sys._getframe). While the frame runs it points at the live frame; when a
 * data-stack frame is popped, its contents are copied into a private GC
 * block owned by the frame object (and f_back is materialised), so frame
 * objects held by tracebacks stay valid after their frame has returned.
 */
#ifndef FT_VM_FRAME_H
#define FT_VM_FRAME_H

#include "core/ftcore.h"

enum ft_frame_owner {
    FT_FRAME_OWNED_BY_THREAD = 0,   /* on the data stack */
    FT_FRAME_OWNED_BY_GEN = 1,      /* inside a generator object */
    FT_FRAME_OWNED_BY_FRAME_OBJ = 2,/* copied out after return */
};

typedef struct ft_frame {
    struct ft_frame *back;       /* calling frame (thread chain) or NULL */
    ft_code *code;
    ft_obj *func;                /* function object or NULL (module/exec code) */
    ft_obj *globals;             /* dict */
    ft_obj *builtins;            /* dict */
    ft_obj *locals;              /* mapping for LOAD_NAME etc., or NULL */
    ft_obj *frame_obj;           /* materialised frame object or NULL */
    ft_obj *gen;                 /* owning generator or NULL */
    int32_t lasti;               /* index of the instruction being executed (-1 before start) */
    int32_t next_instr;          /* resume point (generators / inlined calls) */
    int32_t stacktop;            /* saved value-stack depth */
    uint8_t owner;               /* enum ft_frame_owner */
    uint8_t is_entry;            /* returning from it leaves ft_eval_frame */
    uint8_t yielded;             /* suspended by YIELD_VALUE (1) or YIELD_FROM (2) */
    uint8_t finished;
    ft_obj *gen_outer_exc;       /* generator frames: the caller's handled exception
                                  * while running (what "no handled exception of our
                                  * own" falls back to, as CPython's exc_info chain) */
    size_t nbytes;               /* total size of this frame incl. localsplus */
    ft_obj *localsplus[];
} ft_frame;

static inline ft_obj **ft_frame_cells(ft_frame *f) { return f->localsplus + f->code->nlocals; }
static inline ft_obj **ft_frame_stack_base(ft_frame *f) {
    return f->localsplus + f->code->nlocals + f->code->ncells + f->code->nfree;
}
static inline size_t ft_frame_size_for(ft_code *co) {
    return sizeof(ft_frame) +
           (size_t)(co->nlocals + co->ncells + co->nfree + co->stacksize + 1) * sizeof(ft_obj *);
}

/* Materialised frame object. */
typedef struct ft_frame_obj {
    ft_obj ob;
    ft_frame *f;                 /* the live frame, or our own copy */
    ft_obj *back;                /* f_back captured when the frame returned */
    ft_obj *trace;               /* f_trace (stored, never called) */
    ft_obj *locals_snapshot;     /* f_locals after the frame was taken over */
} ft_frame_obj;

/* Data stack. */
ft_frame *ft_dstack_push(ft_thread *ts, ft_code *co);   /* zeroed localsplus; NULL + MemoryError */
void ft_dstack_pop(ft_thread *ts, ft_frame *f);
/* Allocate a frame in its own GC block (generators). */
ft_frame *ft_frame_alloc_heap(ft_code *co);
/* Called whenever a frame stops being live (data-stack pop or generator
 * end): hands its data to the frame object, if one exists. */
void ft_frame_release(ft_frame *f);
/* Frame object for f (creating it if needed). */
ft_obj *ft_frame_get_object(ft_frame *f);
int ft_frame_lineno(ft_frame *f);

/* Initialise a frame for `func` and bind arguments; 0 or -1. The frame's
 * code/globals/builtins/func fields are set by the caller or here. */
int ft_frame_init_for_function(ft_frame *f, ft_function *func, ft_obj *const *args,
                               size_t nargs, ft_obj *kwnames);
/* Cells: create cellvars (moving arguments in via cell2arg) and copy free
 * variables from the closure. */
int ft_frame_setup_cells(ft_frame *f, ft_obj *closure);

/* Run a frame until it returns (or, for generator frames, yields).
 * `throwflag`: the frame is resumed with the current exception pending at
 * its resume point. Entry-frame semantics: on return the frame is popped
 * (data stack) / released (generators) by the loop. */
ft_obj *ft_eval_frame(ft_thread *ts, ft_frame *f, int throwflag);

/* Python function call from C (vector convention). */
ft_obj *ft_function_vectorcall(ft_obj *func, ft_obj *const *args, size_t nargs, ft_obj *kwnames);

/* Generators (gen.c). */
enum { FT_GEN_RETURN = 0, FT_GEN_YIELD = 1, FT_GEN_ERROR = -1 };
ft_obj *ft_gen_new_from_frame(ft_function *func, ft_frame *f);
/* Resume gen with value (or with the current exception if exc != 0);
 * *result = yielded / returned value. */
int ft_gen_send_ex(ft_obj *gen, ft_obj *value, int exc, ft_obj **result);
bool ft_gen_is_gen_like(ft_obj *o);     /* generator, coroutine (not async gen) */
ft_obj *ft_gen_yieldfrom(ft_obj *gen);  /* delegate if suspended at YIELD_FROM, else NULL */
ft_obj *ft_async_gen_wrap_value(ft_obj *v);
ft_obj *ft_async_gen_anext(ft_obj *ag);
/* sys.set_asyncgen_hooks storage, per thread; which: 0 firstiter, 1 finalizer;
 * NULL means unset. */
int ft_async_gen_set_hook(int which, ft_obj *hook);
void ft_async_gen_get_hooks(ft_obj **firstiter, ft_obj **finalizer);
ft_obj *ft_coro_get_awaitable_iter(ft_obj *o, int where); /* GET_AWAITABLE logic */
extern ft_type ft_coro_wrapper_type, ft_async_gen_asend_type, ft_async_gen_athrow_type,
    ft_async_gen_wrapped_type;

/* Exceptions. */
/* Set exc.__context__ = handled (the thread's exc_info) avoiding cycles. */
void ft_vm_chain_context(ft_thread *ts, ft_obj *exc);
/* Callable description for messages: "f()" / "print()" / "list.append()" */
ft_obj *ft_vm_funcstr(ft_obj *callable);

/* Closest candidate name for "Did you mean" in argument errors, or NULL. */
const char *ft_vm_suggest(const char *const *cands, ft_ssize n, ft_obj *name);

/* Method-ish name for a builtin def ("len", "list.append"). */
const char *ft_builtin_qualname(ft_obj *b, char *buf, size_t n);
/* ... with the module prefix for module functions ("sys.displayhook"). */
const char *ft_builtin_funcstr(ft_obj *b, char *buf, size_t n);

/* Recursion accounting for Python frames. */
static inline int ft_vm_enter_py(ft_thread *ts) {
    int limit = atomic_load_explicit(&ts->interp->recursion_limit, memory_order_relaxed);
    if (FT_UNLIKELY(++ts->py_depth > limit)) {
        ts->py_depth--;
        ft_err_set_str(ft_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

#endif /* FT_VM_FRAME_H */
