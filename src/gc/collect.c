/* collect.c -- stop-the-world mark & sweep, weak references, finalizers.
 *
 * A collection runs on the thread whose allocation crossed the threshold
 * (or that called gc.collect()). Sequence:
 *   1. take collect_lock (one collector); stop the world (runtime.h
 *      protocol): every other thread is PARKED at a safepoint or DETACHED,
 *      its registers and stack extent saved in its ft_thread;
 *   2. release every thread's allocation blocks, so every block is
 *      unowned and bitmaps are the whole truth;
 *   3. mark from the roots: registered ranges, immortal blocks, runtime /
 *      interpreter / thread structs, every thread's stack, pending
 *      finalizer and weak-callback queues. Heap objects are scanned
 *      conservatively (kind SCAN) word by word;
 *   4. clear weak slots whose target died (and slots owned by dead
 *      objects); queue their callbacks;
 *   5. resurrect unreachable objects with finalizers (mark from them) and
 *      queue them; each is finalized at most once;
 *   6. sweep: alloc &= mark, empty blocks and dead large objects become
 *      free runs; rebuild the free lists;
 *   7. restart the world; finalizers and weak callbacks run later at a
 *      safepoint of an attached thread (FT_BREAK_FINALIZERS), never inside
 *      the allocation that triggered the collection.
 *
 * All state touched here is either collector-private (the mark stack, used
 * only under collect_lock) or heap state that only the collector touches
 * while the world is stopped.
 */
#include "gc_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* The scanner reads other threads' stacks, registers and slack in heap
 * slots: deliberately outside what the sanitizers consider valid memory,
 * and racing benignly with detached threads writing their own frames. */
#if defined(__clang__)
#define FT_NO_SANITIZE __attribute__((no_sanitize("address", "thread", "undefined")))
#elif defined(__GNUC__)
#define FT_NO_SANITIZE __attribute__((no_sanitize_address, no_sanitize_thread, no_sanitize_undefined))
#else
#define FT_NO_SANITIZE
#endif

/* Collector-private mark stack of (start, length) ranges; guarded by collect_lock. */
typedef struct { char *start; size_t len; } ft_range;
static ft_range *mark_stack;
static size_t mark_top, mark_cap;

static void push_range(void *start, size_t len) {
    if (mark_top == mark_cap) {
        size_t cap = mark_cap ? mark_cap * 2 : 4096;
        ft_range *ns = realloc(mark_stack, cap * sizeof *ns);
        if (!ns) {
            fprintf(stderr, "ftpy: out of memory in the garbage collector\n");
            abort();
        }
        mark_stack = ns;
        mark_cap = cap;
    }
    mark_stack[mark_top].start = start;
    mark_stack[mark_top].len = len;
    mark_top++;
}

static uint64_t marked_bytes;

FT_NO_SANITIZE static inline void mark_word(uintptr_t v) {
    uintptr_t off = v - (uintptr_t)ft_heap.base;
    if (off >= atomic_load_explicit(&ft_heap.frontier, memory_order_relaxed) * FT_GC_BLOCK_SIZE)
        return;
    ft_block *b = &ft_heap.blocks[off >> FT_GC_BLOCK_SHIFT];
    switch (b->state) {
    case FT_BLOCK_SMALL: {
        if (b->immortal)
            return;   /* scanned as a root every time */
        size_t idx = (size_t)(((off & (FT_GC_BLOCK_SIZE - 1)) * ft_gc_class_recip[b->sizeclass]) >> 32);
        if (idx >= b->nslots || !ft_bit_get(b->alloc, idx) || ft_bit_get(b->mark, idx))
            return;
        ft_bit_set(b->mark, idx);
        marked_bytes += b->objsize;
        if (b->kind == FT_GC_SCAN) {
            char *obj = ft_gc_block_start(b) + idx * b->objsize;
            __builtin_prefetch(obj);
            push_range(obj, b->objsize);
        }
        return;
    }
    case FT_BLOCK_LARGE_TAIL:
        b -= b->run;
        /* fall through */
    case FT_BLOCK_LARGE_HEAD:
        if (b->immortal || !ft_bit_get(b->alloc, 0) || ft_bit_get(b->mark, 0))
            return;
        ft_bit_set(b->mark, 0);
        marked_bytes += (size_t)b->run * FT_GC_BLOCK_SIZE;
        if (b->kind == FT_GC_SCAN)
            push_range(ft_gc_block_start(b), b->objsize == UINT32_MAX ? (size_t)b->run * FT_GC_BLOCK_SIZE : b->objsize);
        return;
    default:
        return;
    }
}

FT_NO_SANITIZE static void scan_words(const char *start, size_t len) {
    uintptr_t s = ((uintptr_t)start + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t e = (uintptr_t)start + len;
    for (const uintptr_t *p = (const uintptr_t *)s; (uintptr_t)(p + 1) <= e; p++)
        mark_word(*p);
}

static void drain(void) {
    while (mark_top) {
        ft_range r = mark_stack[--mark_top];
        scan_words(r.start, r.len);
    }
}

static bool is_marked(const void *p) {
    ft_block *b = ft_gc_block_of(p);
    if (!b)
        return true;   /* not in the heap: static, always alive */
    switch (b->state) {
    case FT_BLOCK_SMALL: {
        if (b->immortal)
            return true;
        size_t idx = (size_t)((const char *)p - ft_gc_block_start(b)) / b->objsize;
        return idx < b->nslots && ft_bit_get(b->mark, idx);
    }
    case FT_BLOCK_LARGE_TAIL:
        b -= b->run;
        /* fall through */
    case FT_BLOCK_LARGE_HEAD:
        return b->immortal || ft_bit_get(b->mark, 0);
    default:
        return false;
    }
}

static void scan_immortal_blocks(void) {
    for (size_t i = 0; i < ft_heap.frontier; i++) {
        ft_block *b = &ft_heap.blocks[i];
        if (!b->immortal || b->kind != FT_GC_SCAN)
            continue;
        if (b->state == FT_BLOCK_SMALL) {
            char *start = ft_gc_block_start(b);
            for (size_t k = 0; k < b->nslots; k++)
                if (ft_bit_get(b->alloc, k))
                    scan_words(start + k * b->objsize, b->objsize);
        } else if (b->state == FT_BLOCK_LARGE_HEAD) {
            scan_words(ft_gc_block_start(b), b->objsize);
        }
        drain();
    }
}

static void scan_thread(ft_thread *ts, ft_thread *self) {
    scan_words((const char *)ts, sizeof *ts);
    char *top = self == ts ? (char *)__builtin_frame_address(0)
                           : atomic_load_explicit(&ts->stack_top, memory_order_acquire);
    if (top && ts->stack_base && top < ts->stack_base)
        scan_words(top, (size_t)(ts->stack_base - top));
    drain();
}

static void mark_roots(ft_thread *self) {
    for (size_t i = 0; i < ft_heap.nroots; i++) {
        scan_words(ft_heap.roots[i].start, ft_heap.roots[i].size);
        drain();
    }
    scan_immortal_blocks();
    if (ft_rt) {
        scan_words((const char *)ft_rt, sizeof *ft_rt);
        drain();
        for (ft_interp *in = ft_rt->interps; in; in = in->next) {
            scan_words((const char *)in, sizeof *in);
            drain();
            for (ft_thread *ts = in->threads; ts; ts = ts->next)
                scan_thread(ts, self);
        }
    }
    for (size_t i = 0; i < ft_heap.ntofin; i++)
        mark_word((uintptr_t)ft_heap.to_finalize[i]);
    for (size_t i = 0; i < ft_heap.nweakdone; i++)
        mark_word((uintptr_t)ft_heap.weak_done[i].owner);
    drain();
}

static void grow(void **arr, size_t *cap, size_t elem) {
    size_t nc = *cap ? *cap * 2 : 64;
    void *n = realloc(*arr, nc * elem);
    if (!n) {
        fprintf(stderr, "ftpy: out of memory in the garbage collector\n");
        abort();
    }
    *arr = n;
    *cap = nc;
}

static void process_weak(void) {
    size_t j = 0;
    for (size_t i = 0; i < ft_heap.nweak; i++) {
        struct ft_weak_reg r = ft_heap.weak[i];
        ft_obj **slot = (ft_obj **)~r.slot;
        uintptr_t hidden = (uintptr_t)*slot;
        ft_obj *target = hidden ? (ft_obj *)~hidden : NULL;
        if (!is_marked(slot)) {
            *slot = NULL;       /* owner is dead: never leave a stale hidden pointer */
            continue;
        }
        if (!target)
            continue;           /* cleared by the owner */
        if (is_marked(target)) {
            ft_heap.weak[j++] = r;
            continue;
        }
        *slot = NULL;
        if (r.cb && r.owner) {
            if (ft_heap.nweakdone == ft_heap.capweakdone)
                grow((void **)&ft_heap.weak_done, &ft_heap.capweakdone, sizeof *ft_heap.weak_done);
            ft_heap.weak_done[ft_heap.nweakdone].owner = (ft_obj *)~r.owner;
            ft_heap.weak_done[ft_heap.nweakdone].cb = r.cb;
            ft_heap.nweakdone++;
        }
    }
    ft_heap.nweak = j;
    /* Owners with pending callbacks must survive this sweep. */
    for (size_t i = 0; i < ft_heap.nweakdone; i++)
        mark_word((uintptr_t)ft_heap.weak_done[i].owner);
    drain();
}

static void process_finalizers(void) {
    size_t j = 0;
    size_t n = ft_heap.nfinal;
    for (size_t i = 0; i < n; i++) {
        ft_obj *o = (ft_obj *)~ft_heap.finalizable[i];
        if (is_marked(o)) {
            ft_heap.finalizable[j++] = ft_heap.finalizable[i];
            continue;
        }
        if (ft_heap.ntofin == ft_heap.captofin)
            grow((void **)&ft_heap.to_finalize, &ft_heap.captofin, sizeof *ft_heap.to_finalize);
        ft_heap.to_finalize[ft_heap.ntofin++] = o;
    }
    ft_heap.nfinal = j;
    for (size_t i = 0; i < ft_heap.ntofin; i++)
        mark_word((uintptr_t)ft_heap.to_finalize[i]);
    drain();
}

static size_t sweep(void) {
    size_t freed = 0;
    for (size_t i = 0; i < ft_heap.frontier;) {
        ft_block *b = &ft_heap.blocks[i];
        if (b->state == FT_BLOCK_SMALL) {
            if (!b->immortal) {
                uint32_t live = 0;
                for (int w = 0; w < FT_GC_BITMAP_WORDS; w++) {
                    uint64_t dead = b->alloc[w] & ~b->mark[w];
                    freed += (size_t)__builtin_popcountll(dead);
                    b->alloc[w] &= b->mark[w];
                    live += (uint32_t)__builtin_popcountll(b->alloc[w]);
                    b->mark[w] = 0;
                }
                b->nlive = live;
                if (live == 0)
                    ft_gc_block_free_run(b);
            }
            i++;
        } else if (b->state == FT_BLOCK_LARGE_HEAD) {
            size_t run = b->run;
            if (!b->immortal && !ft_bit_get(b->mark, 0)) {
                b->alloc[0] = 0;
                freed++;
                ft_gc_block_free_run(b);
            }
            b->mark[0] = 0;
            i += run;
        } else {
            i++;
        }
    }
    ft_gc_rebuild_free_runs();
    return freed;
}

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static ft_ssize collect_locked(ft_thread *self) {
    uint64_t t0 = now_ns();
    ft_stop_the_world();
    uint64_t t_stopped = now_ns();
    /* Spill our own registers onto our stack so the scan sees them. */
    jmp_buf regs;
    setjmp(regs);
    __asm__ volatile("" : : "r"(&regs) : "memory");

    for (ft_interp *in = ft_rt ? ft_rt->interps : NULL; in; in = in->next)
        for (ft_thread *ts = in->threads; ts; ts = ts->next)
            ft_gc_tlab_release(ts);

    marked_bytes = 0;
    mark_top = 0;
    mark_roots(self);
    process_weak();
    process_finalizers();
    uint64_t t_marked = now_ns();
    size_t freed = sweep();
    uint64_t t_swept = now_ns();

    ft_heap.live_after_gc = marked_bytes;
    size_t grow_to = marked_bytes / 100 * FT_GC_GROWTH_PERCENT;
    atomic_store_explicit(&ft_heap.threshold, grow_to > FT_GC_MIN_THRESHOLD ? grow_to : FT_GC_MIN_THRESHOLD, memory_order_relaxed);
    atomic_store_explicit(&ft_heap.allocated_since_gc, 0, memory_order_relaxed);
    bool pending = ft_heap.ntofin || ft_heap.nweakdone;

    uint64_t pause = now_ns() - t0;
    ft_heap.stats.collections++;
    ft_heap.stats.total_pause_ns += pause;
    if (pause > ft_heap.stats.max_pause_ns)
        ft_heap.stats.max_pause_ns = pause;
    ft_heap.stats.live_bytes_after_last = marked_bytes;
    ft_heap.stats.total_stop_ns += t_stopped - t0;
    if (t_stopped - t0 > ft_heap.stats.max_stop_ns)
        ft_heap.stats.max_stop_ns = t_stopped - t0;
    ft_heap.stats.total_mark_ns += t_marked - t_stopped;
    ft_heap.stats.total_sweep_ns += t_swept - t_marked;
    ft_heap.stats.heap_bytes = ft_heap.heap_bytes;

    ft_start_the_world();
    if (pending && self)
        atomic_fetch_or_explicit(&self->eval_breaker, FT_BREAK_FINALIZERS, memory_order_relaxed);
    return (ft_ssize)freed;
}

static ft_ssize try_collect(bool forced) {
    ft_thread *self = ft_current_thread;
    if (!self)
        return 0;
    if (pthread_mutex_trylock(&ft_heap.collect_lock) != 0) {
        /* Someone else is collecting and will ask us to park: do it now. */
        ft_safepoint_slow(self);
        return 0;
    }
    ft_ssize freed = 0;
    if (forced || atomic_load_explicit(&ft_heap.allocated_since_gc, memory_order_relaxed) > atomic_load_explicit(&ft_heap.threshold, memory_order_relaxed))
        freed = collect_locked(self);
    pthread_mutex_unlock(&ft_heap.collect_lock);
    return freed;
}

void ft_gc_maybe_collect(void) {
    if (atomic_load_explicit(&ft_heap.allocated_since_gc, memory_order_relaxed) <=
        atomic_load_explicit(&ft_heap.threshold, memory_order_relaxed))
        return;
    if (!atomic_load_explicit(&ft_heap.enabled, memory_order_relaxed))
        return;
    try_collect(false);
}

ft_ssize ft_gc_collect(void) {
    ft_ssize n = try_collect(true);
    ft_gc_run_pending_finalizers();
    return n;
}

void ft_gc_enable(bool on) { atomic_store(&ft_heap.enabled, on); }
bool ft_gc_is_enabled(void) { return atomic_load(&ft_heap.enabled); }

void ft_gc_get_stats(ft_gc_stats *out) {
    /* Stats change only inside a pause; take collect_lock detached so a
     * collector never waits for us. */
    ft_thread *ts = ft_current_thread;
    if (ts)
        ft_thread_detach(ts);
    pthread_mutex_lock(&ft_heap.collect_lock);
    *out = ft_heap.stats;
    out->heap_bytes = ft_heap.heap_bytes;
    pthread_mutex_unlock(&ft_heap.collect_lock);
    if (ts)
        ft_thread_attach(ts);
}

/* ---- registration ---------------------------------------------------------- */

void ft_gc_register_finalizer(ft_obj *o) {
    if (ft_is_smallint(o))
        return;
    uint32_t f = atomic_fetch_or_explicit(&o->ob_flags, FT_OBF_HAS_FINALIZER, memory_order_relaxed);
    if (f & FT_OBF_HAS_FINALIZER)
        return;
    pthread_mutex_lock(&ft_heap.lock);
    if (ft_heap.nfinal == ft_heap.capfinal)
        grow((void **)&ft_heap.finalizable, &ft_heap.capfinal, sizeof *ft_heap.finalizable);
    ft_heap.finalizable[ft_heap.nfinal++] = ~(uintptr_t)o;
    pthread_mutex_unlock(&ft_heap.lock);
}

void ft_gc_weak_register_cb(ft_obj **slot, ft_obj *target, ft_obj *owner, void (*cb)(ft_obj *owner)) {
    *slot = (ft_obj *)~(uintptr_t)target;
    if (ft_is_smallint(target) || !ft_gc_block_of(target))
        return;   /* static / tagged targets never die: no need to track */
    pthread_mutex_lock(&ft_heap.lock);
    if (ft_heap.nweak == ft_heap.capweak)
        grow((void **)&ft_heap.weak, &ft_heap.capweak, sizeof *ft_heap.weak);
    ft_heap.weak[ft_heap.nweak].slot = ~(uintptr_t)slot;
    ft_heap.weak[ft_heap.nweak].owner = owner ? ~(uintptr_t)owner : 0;
    ft_heap.weak[ft_heap.nweak].cb = cb;
    ft_heap.nweak++;
    pthread_mutex_unlock(&ft_heap.lock);
}

void ft_gc_weak_register(ft_obj **slot, ft_obj *target) {
    ft_gc_weak_register_cb(slot, target, NULL, NULL);
}

ft_obj *ft_gc_weak_get(ft_obj **slot) {
    /* The collector clears slots only while we are parked, so a non-NULL
     * value read while attached is a live object; once it is in a local it
     * is a strong (stack) root. */
    uintptr_t h = (uintptr_t)__atomic_load_n(slot, __ATOMIC_ACQUIRE);
    return h ? (ft_obj *)~h : NULL;
}

void ft_gc_weak_unregister(ft_obj **slot) {
    __atomic_store_n(slot, NULL, __ATOMIC_RELEASE);
    /* The stale registration is dropped at the next collection (its slot is
     * NULL, see process_weak). */
}

/* Run queued finalizers and weakref callbacks; called at a safepoint of an
 * attached thread with no locks held. Errors are reported as unraisable. */
void ft_gc_run_pending_finalizers(void) {
    for (;;) {
        ft_obj *o = NULL;
        struct ft_weak_done wd = { NULL, NULL };
        /* heap.lock, not collect_lock: an attached thread must never block
         * on a lock the collector holds while it waits for us to park. */
        pthread_mutex_lock(&ft_heap.lock);
        if (ft_heap.nweakdone) {
            wd = ft_heap.weak_done[--ft_heap.nweakdone];
        } else if (ft_heap.ntofin) {
            o = ft_heap.to_finalize[--ft_heap.ntofin];
        }
        pthread_mutex_unlock(&ft_heap.lock);
        if (wd.owner) {
            ft_obj *saved = ft_err_fetch();
            wd.cb(wd.owner);
            if (ft_err_occurred())
                ft_err_write_unraisable(wd.owner);
            ft_err_restore(saved);
            continue;
        }
        if (!o)
            return;
        uint32_t f = atomic_fetch_or_explicit(&o->ob_flags, FT_OBF_FINALIZED, memory_order_relaxed);
        if (f & FT_OBF_FINALIZED)
            continue;
        ft_type *tp = ft_type_of(o);
        if (tp->del_) {
            ft_obj *saved = ft_err_fetch();
            ft_obj *r = tp->del_(o);
            if (!r)
                ft_err_write_unraisable(o);
            ft_err_restore(saved);
        }
    }
}
