/* gc.h -- the collector's interface: allocation, roots, finalizers, weak refs.
 *
 * Design (full rationale in docs/ARCHITECTURE.md, "Memory management"):
 *  - One heap per process, shared by every interpreter, so immutable objects
 *    cross interpreters by pointer. Non-moving mark-sweep; segregated size
 *    classes in 32 KiB blocks; large objects in block runs.
 *  - Allocation is per thread: each thread owns a current block per size
 *    class and pops from its private free list; no lock on the fast path.
 *  - Collection stops the world at safepoints (see runtime.h: attached /
 *    detached thread states). Threads blocked in system calls are detached
 *    and never delay a collection; their stacks are scanned from the point
 *    where they detached.
 *  - Roots: every thread's C stack and saved registers (conservative: any
 *    word that points into or at a live object keeps it alive), the
 *    registered root ranges, and the runtime, interpreter and thread structs.
 *  - Heap objects of kind FT_GC_SCAN are scanned conservatively word by
 *    word; FT_GC_ATOMIC blocks (string bytes, digits, floats) are not.
 *
 * Rules for every contributor:
 *  - All memory that holds object pointers comes from ft_gc_alloc(), or is
 *    registered with ft_gc_add_root(). Never keep the only pointer to a GC
 *    object in malloc()ed memory, a file-scope static that is not a root,
 *    or a kernel object.
 *  - Memory from ft_gc_alloc is zeroed.
 *  - Long C loops that never allocate and never enter the eval loop call
 *    FT_SAFEPOINT() now and then, or detach around blocking calls.
 */
#ifndef FT_GC_H
#define FT_GC_H

#include "../core/object.h"

enum ft_gc_kind {
    FT_GC_SCAN = 0,    /* may contain GC pointers: scanned */
    FT_GC_ATOMIC = 1,  /* never contains GC pointers */
};

/* Zeroed memory, or NULL with MemoryError set. Thread must be attached. */
void *ft_gc_alloc(size_t size, int kind);
/* Grow/shrink a block from ft_gc_alloc: contents copied, new tail zeroed. */
void *ft_gc_realloc(void *p, size_t old_size, size_t new_size, int kind);
/* Optional early release of a block known to be unreachable (e.g. a
 * temporary buffer). Never required for correctness. */
void ft_gc_free(void *p);
/* Usable size of a block (>= requested). */
size_t ft_gc_usable_size(const void *p);

/* Allocate an object of `type` with `size` bytes (>= sizeof(ft_obj)),
 * header initialised. Instances of static types marked
 * FT_TPF_ATOMIC_INSTANCES are not scanned; heap-type instances always are. */
ft_obj *ft_obj_alloc(ft_type *type, size_t size);
/* Allocate a permanent object (never collected; interned strings, types
 * made at start-up). */
ft_obj *ft_obj_alloc_immortal(ft_type *type, size_t size);

/* Roots outside the heap (static tables holding GC pointers). The range is
 * scanned conservatively at every collection until removed. */
void ft_gc_add_root(void *start, size_t size);
void ft_gc_remove_root(void *start);

/* Finalizers (__del__): run once, after the object became unreachable, on
 * some attached thread, outside the stop-the-world pause. */
void ft_gc_register_finalizer(ft_obj *o);
/* At shutdown: run every finalizer not run yet (reachable objects too). */
void ft_gc_finalize_all(void);

/* Weak references: *slot holds a hidden pointer to target that the
 * collector does not follow; when target dies, the collector sets the slot
 * to NULL (before finalizers run, as CPython does). `slot` must itself live
 * in GC memory (e.g. a field of a weakref object). */
void ft_gc_weak_register(ft_obj **slot, ft_obj *target);
ft_obj *ft_gc_weak_get(ft_obj **slot);   /* target or NULL if dead */
/* As ft_gc_weak_register, and once the slot has been cleared, cb(owner) is
 * called on some attached thread at a safepoint, outside the pause (weakref
 * callbacks). `owner` (the object holding the slot) is kept alive until
 * then only if it is otherwise reachable or queued. */
void ft_gc_weak_register_cb(ft_obj **slot, ft_obj *target, ft_obj *owner, void (*cb)(ft_obj *owner));
void ft_gc_weak_unregister(ft_obj **slot);

/* gc module support. */
ft_ssize ft_gc_collect(void);             /* full collection; returns objects freed */
void ft_gc_enable(bool on);
bool ft_gc_is_enabled(void);
typedef struct ft_gc_stats {
    uint64_t collections;
    uint64_t heap_bytes, live_bytes_after_last;
    uint64_t max_pause_ns, total_pause_ns;
    /* Where pause time goes: waiting for threads to reach a safepoint,
     * marking (roots, weak refs, finalizers), sweeping. */
    uint64_t max_stop_ns, total_stop_ns, total_mark_ns, total_sweep_ns;
    /* Longest marking, and the threads that marked (collector + helpers). */
    uint64_t max_mark_ns, mark_threads;
} ft_gc_stats;
void ft_gc_get_stats(ft_gc_stats *out);

/* Process-wide init/teardown (called by the runtime). */
int ft_gc_init(void);
void ft_gc_fini(void);

#endif /* FT_GC_H */
