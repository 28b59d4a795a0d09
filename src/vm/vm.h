/* vm.h -- what the rest of the runtime may ask of the VM.
 *
 * The VM (src/vm) owns frames, function objects, generators/coroutines,
 * tracebacks and the eval loop. Frames of running code live on the
 * thread's data stack (ft_thread.data_stack, a GC-visible block), not as
 * heap objects; a frame object (ft_frame_type) is materialised on demand
 * (tracebacks, sys._getframe) and takes over the frame's data when the
 * frame returns. Python-to-Python calls do not recurse in C.
 */
#ifndef FT_VM_H
#define FT_VM_H

#include "../core/object.h"
#include "code.h"

typedef struct ft_function {
    ft_obj ob;
    ft_obj *code;           /* ft_code */
    ft_obj *globals;        /* dict */
    ft_obj *builtins;       /* dict (captured at creation, like CPython 3.10+) */
    ft_obj *name;           /* __name__ */
    ft_obj *qualname;       /* __qualname__ */
    ft_obj *defaults;       /* tuple or NULL */
    ft_obj *kwdefaults;     /* dict or NULL */
    ft_obj *closure;        /* tuple of cells or NULL */
    ft_obj *doc;            /* __doc__ */
    ft_obj *module;         /* __module__ */
    ft_obj *annotations;    /* dict or NULL */
    ft_obj *dict;           /* __dict__ or NULL */
    ft_obj *type_params;    /* tuple or NULL */
    void *vm_cache;         /* VM-private (LOAD_GLOBAL cache); atomic pointer, NULL = none */
} ft_function;

ft_obj *ft_function_new(ft_obj *code, ft_obj *globals, ft_obj *qualname);

/* Run a module-level / exec'd code object in the given namespaces
 * (locals may equal globals). Returns the result (None for exec code). */
ft_obj *ft_eval_code(ft_obj *code, ft_obj *globals, ft_obj *locals);
/* Run a class body: `func` is the body function, `ns` the namespace used as
 * its locals. Returns the body's return value (None or the __class__ cell). */
ft_obj *ft_eval_class_body(ft_obj *func, ft_obj *ns);

/* Introspection of the calling Python frame (for builtins). */
ft_obj *ft_frame_globals(void);       /* globals of the innermost Python frame, or NULL */
ft_obj *ft_frame_locals(void);        /* locals mapping (a snapshot dict for functions) */
ft_obj *ft_frame_builtins(void);
ft_obj *ft_frame_current_object(int depth); /* sys._getframe(depth) */
/* For the collector, during a pause: forget stale frames above the live
 * top of ts's data stack, so that values of returned calls do not keep
 * garbage alive (a dropped file would stay unflushed, a generator open). */
void ft_vm_scrub_data_stack(ft_thread *ts);
/* Zero-argument super(): finds __class__ and the first argument of the
 * calling frame; RuntimeError "super(): no arguments" etc. like CPython. */
int ft_frame_super_args(ft_obj **type_out, ft_obj **obj_out);

/* Traceback: prepend an entry for (frame object, instruction, line). */
ft_obj *ft_traceback_new(ft_obj *next, ft_obj *frame, int lasti, int lineno);

/* Generators / coroutines driven from C (send/throw/close semantics). */
ft_obj *ft_gen_send(ft_obj *gen, ft_obj *value);   /* NULL + StopIteration(value) when done */


#endif /* FT_VM_H */
