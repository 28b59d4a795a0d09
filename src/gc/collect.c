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
 *      conservatively (kind SCAN) word by word, by the collector and, for
 *      large heaps, GC helper threads in parallel (mark.c). Every later
 *      step starts only after a marking phase has fully ended;
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
 * All state touched here is either collector-private (used only under
 * collect_lock) or heap state that only the collector -- and, inside a
 * marking phase, the GC helpers (mark bits only) -- touch while the world
 * is stopped.
 */
#include "gc_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define FT_GC_PARALLEL_MARK_MIN ((size_t)8 << 20)

/* Roots are handed to the markers (mark.c) as ranges to scan; the scan
 * itself happens in ft_gc_mark_run, possibly on other threads. */
static void seed_immortal_blocks(void) {
    for (size_t i = 0; i < ft_heap.frontier; i++) {
        ft_block *b = &ft_heap.blocks[i];
        if (!b->immortal || b->kind != FT_GC_SCAN)
            continue;
        /* Immortal slots are never freed, so a free slot of an immortal
         * block holds zeros or a free-list link into the same block
         * (ignored by the marker): the whole block can be scanned as one
         * range. */
        if (b->state == FT_BLOCK_SMALL)
            ft_gc_mark_seed(ft_gc_block_start(b), (size_t)b->nslots * b->objsize);
        else if (b->state == FT_BLOCK_LARGE_HEAD)
            ft_gc_mark_seed(ft_gc_block_start(b), b->objsize);
    }
}

/* `self_top`: where the collector's own stack starts to matter (see
 * collect_locked). */
static void seed_roots(ft_thread *self, char *self_top) {
    for (size_t i = 0; i < ft_heap.nroots; i++)
        ft_gc_mark_seed(ft_heap.roots[i].start, ft_heap.roots[i].size);
    seed_immortal_blocks();
    if (ft_rt) {
        ft_gc_mark_seed(ft_rt, sizeof *ft_rt);
        for (ft_interp *in = ft_rt->interps; in; in = in->next) {
            ft_gc_mark_seed(in, sizeof *in);
            for (ft_thread *ts = in->threads; ts; ts = ts->next) {
                ft_gc_mark_seed(ts, sizeof *ts);
                char *top = self == ts ? self_top
                                       : atomic_load_explicit(&ts->stack_top, memory_order_acquire);
                if (top && ts->stack_base && top < ts->stack_base)
                    ft_gc_mark_seed(top, (size_t)(ts->stack_base - top));
            }
        }
    }
    /* The queues are malloc()ed arrays of object pointers (plus function
     * pointers, which the marker ignores): scan them like roots. */
    ft_gc_mark_seed(ft_heap.to_finalize, ft_heap.ntofin * sizeof *ft_heap.to_finalize);
    ft_gc_mark_seed(ft_heap.weak_done, ft_heap.nweakdone * sizeof *ft_heap.weak_done);
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
    size_t j = 0, done_before = ft_heap.nweakdone;
    for (size_t i = 0; i < ft_heap.nweak; i++) {
        struct ft_weak_reg r = ft_heap.weak[i];
        ft_obj **slot = (ft_obj **)~r.slot;
        uintptr_t hidden = (uintptr_t)*slot;
        ft_obj *target = hidden ? (ft_obj *)~hidden : NULL;
        if (!ft_gc_is_marked(slot)) {
            *slot = NULL;       /* owner is dead: never leave a stale hidden pointer */
            continue;
        }
        if (!target)
            continue;           /* cleared by the owner */
        if (ft_gc_is_marked(target)) {
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
    if (ft_heap.nweakdone > done_before) {
        for (size_t i = done_before; i < ft_heap.nweakdone; i++)
            ft_gc_mark_seed_obj(ft_heap.weak_done[i].owner);
        ft_gc_mark_run(ft_heap.live_after_gc >= FT_GC_PARALLEL_MARK_MIN);
    }
}

static void process_finalizers(void) {
    size_t j = 0, fin_before = ft_heap.ntofin;
    size_t n = ft_heap.nfinal;
    for (size_t i = 0; i < n; i++) {
        ft_obj *o = (ft_obj *)~ft_heap.finalizable[i];
        if (ft_gc_is_marked(o)) {
            ft_heap.finalizable[j++] = ft_heap.finalizable[i];
            continue;
        }
        if (ft_heap.ntofin == ft_heap.captofin)
            grow((void **)&ft_heap.to_finalize, &ft_heap.captofin, sizeof *ft_heap.to_finalize);
        ft_heap.to_finalize[ft_heap.ntofin++] = o;
    }
    ft_heap.nfinal = j;
    /* Resurrect them (and everything they reach) for their __del__. */
    if (ft_heap.ntofin > fin_before) {
        for (size_t i = fin_before; i < ft_heap.ntofin; i++)
            ft_gc_mark_seed_obj(ft_heap.to_finalize[i]);
        ft_gc_mark_run(ft_heap.live_after_gc >= FT_GC_PARALLEL_MARK_MIN);
    }
}

static size_t sweep(void) {
    size_t freed = 0;
    for (size_t i = 0; i < ft_heap.frontier;) {
        ft_block *b = &ft_heap.blocks[i];
        if (b->state == FT_BLOCK_SMALL) {
            if (!b->immortal) {
                uint32_t live = 0;
                /* Only the words that cover slots can have bits set; and
                 * most words are all-live or all-dead, so count bits only
                 * where they are mixed (popcount is a libcall here). */
                size_t nw = (b->nslots + 63) / 64;
                for (size_t w = 0; w < nw; w++) {
                    uint64_t a = b->alloc[w], mk = b->mark[w];
                    uint64_t dead = a & ~mk, keep = a & mk;
                    if (dead)
                        freed += (size_t)(dead == ~(uint64_t)0 ? 64 : __builtin_popcountll(dead));
                    if (keep)
                        live += (uint32_t)(keep == ~(uint64_t)0 ? 64 : __builtin_popcountll(keep));
                    b->alloc[w] = keep;
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

/* noinline, and entered only from try_collect, which spills every
 * callee-saved register into its own frame: so the collector's stack is
 * scanned from this frame's address up, and this frame's own slots (stale
 * copies of values its callers no longer use) do not keep garbage alive. */
__attribute__((noinline)) static ft_ssize collect_locked(ft_thread *self) {
    uint64_t t0 = now_ns();
    ft_stop_the_world();
    uint64_t t_stopped = now_ns();

    for (ft_interp *in = ft_rt ? ft_rt->interps : NULL; in; in = in->next)
        for (ft_thread *ts = in->threads; ts; ts = ts->next) {
            ft_gc_tlab_release(ts);
            ft_vm_scrub_data_stack(ts);
        }

    ft_gc_mark_begin();
    seed_roots(self, (char *)__builtin_frame_address(0));
    /* Helpers pay off from a few MiB of live data (the last collection's
     * figure is the estimate); below that one thread marks faster. */
    ft_gc_mark_run(ft_heap.live_after_gc >= FT_GC_PARALLEL_MARK_MIN);
    process_weak();
    process_finalizers();
    uint64_t t_marked = now_ns();
    size_t freed = sweep();
    uint64_t t_swept = now_ns();
    uint64_t marked_bytes = ft_gc_mark_bytes();

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
    if (t_marked - t_stopped > ft_heap.stats.max_mark_ns)
        ft_heap.stats.max_mark_ns = t_marked - t_stopped;
    ft_heap.stats.mark_threads = ft_gc_mark_threads();
    ft_heap.stats.total_sweep_ns += t_swept - t_marked;
    ft_heap.stats.heap_bytes = ft_heap.heap_bytes;

    ft_start_the_world();
    if (pending && self)
        atomic_fetch_or_explicit(&self->eval_breaker, FT_BREAK_FINALIZERS, memory_order_relaxed);
    return (ft_ssize)freed;
}

__attribute__((noinline)) static ft_ssize try_collect(bool forced) {
    /* Callers' values held in callee-saved registers are stored in this
     * frame, which the collector scans (collect_locked). */
    FT_SPILL_REGISTERS();
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

/* Zero the stack just below the caller's frame, where try_collect and the
 * collector will build theirs: slots they never write (alignment padding,
 * unused spill slots) then hold zeros instead of object pointers left
 * there by earlier, deeper calls, which the conservative scan of the
 * collector's own stack would otherwise treat as live (e.g. a dropped
 * memoryview that gc.collect() is expected to finalize). */
__attribute__((noinline)) static void clear_stack_below(void) {
    char buf[2048];
    explicit_bzero(buf, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

void ft_gc_maybe_collect(void) {
    if (atomic_load_explicit(&ft_heap.allocated_since_gc, memory_order_relaxed) <=
        atomic_load_explicit(&ft_heap.threshold, memory_order_relaxed))
        return;
    if (!atomic_load_explicit(&ft_heap.enabled, memory_order_relaxed))
        return;
    clear_stack_below();
    try_collect(false);
}

ft_ssize ft_gc_collect(void) {
    clear_stack_below();
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

/* Shutdown (ftpy_finalize, after atexit callbacks): every object that still
 * has a pending finalizer gets it run now, as CPython's teardown of module
 * globals does -- open files are flushed and closed, suspended generators
 * run their finally blocks, __del__ methods run. Unreachable objects go
 * first through an ordinary collection; the rest newest first (objects
 * made later tend to depend on earlier ones). Finalizers may create new
 * finalizable objects: a few rounds take those too. */
void ft_gc_finalize_all(void) {
    ft_gc_collect();
    for (int round = 0; round < 4; round++) {
        pthread_mutex_lock(&ft_heap.lock);
        size_t n = ft_heap.nfinal;
        pthread_mutex_unlock(&ft_heap.lock);
        if (!n)
            break;
        /* A GC array on our stack keeps the objects alive while Python code
         * runs (the registry itself holds hidden pointers only). */
        ft_obj **live = ft_gc_alloc((n + 16) * sizeof(ft_obj *), FT_GC_SCAN);
        if (!live) {
            ft_err_clear();
            return;
        }
        pthread_mutex_lock(&ft_heap.lock);
        size_t m = ft_heap.nfinal < n + 16 ? ft_heap.nfinal : n + 16;
        for (size_t i = 0; i < m; i++)
            live[i] = (ft_obj *)~ft_heap.finalizable[i];
        pthread_mutex_unlock(&ft_heap.lock);
        size_t ran = 0;
        for (size_t i = m; i-- > 0;) {
            ft_obj *o = live[i];
            uint32_t f = atomic_fetch_or_explicit(&o->ob_flags, FT_OBF_FINALIZED, memory_order_relaxed);
            if (f & FT_OBF_FINALIZED)
                continue;
            ran++;
            ft_type *tp = ft_type_of(o);
            if (tp->del_) {
                ft_obj *saved = ft_err_fetch();
                if (!tp->del_(o))
                    ft_err_write_unraisable(o);
                ft_err_restore(saved);
            }
        }
        ft_gc_run_pending_finalizers();
        if (!ran)
            break;
    }
}
