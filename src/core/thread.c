/* thread.c -- thread states, safepoints, stop-the-world, and the optional GIL.
 *
 * PROTOCOL (see runtime.h for the states)
 *  stw_requested (atomic) is set by a collector under stw_mu. A mutator
 *  publishes ATTACHED and then checks stw_requested; the collector
 *  publishes stw_requested and then checks every state (both seq_cst), so
 *  at least one of them sees the other (Dekker). An attached thread that
 *  sees a request steps back to DETACHED and waits on stw_cv.
 *  Attached threads reach a safepoint (FT_SAFEPOINT) and park: they record
 *  their stack extent and registers, set PARKED and wait for the end of the
 *  pause. The collector waits on stw_cv until no thread is ATTACHED.
 *
 *  stw_mu/stw_cv are process-wide (one heap, one collector at a time);
 *  they are only ever held for a few instructions and never across a
 *  safepoint.
 *
 * GIL (ft_rt->gil_enabled, -X gil=1): attach acquires it, detach releases
 *  it. A thread waiting longer than the switch interval sets
 *  FT_BREAK_GIL_DROP on the holder, which drops the GIL at its next
 *  safepoint and waits until another thread has taken it (forced switch).
 */
#include "core/ftcore.h"
#include "gc/gc_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

_Thread_local ft_thread *ft_current_thread;

static pthread_mutex_t stw_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t stw_cv = PTHREAD_COND_INITIALIZER;
static _Atomic int stw_requested;

/* ---- GIL ---------------------------------------------------------------------
 * Guarded by gil.mu. `switches` counts hand-overs so a dropping thread can
 * wait until somebody else actually took the lock. */
static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;         /* GIL released */
    pthread_cond_t switch_cv;  /* GIL taken by another thread */
    bool locked;
    ft_thread *holder;
    uint64_t switches;
} gil = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, false, NULL, 0 };

static void timespec_after(struct timespec *ts, double seconds) {
    clock_gettime(CLOCK_REALTIME, ts);
    long ns = (long)(seconds * 1e9);
    ts->tv_sec += ns / 1000000000L;
    ts->tv_nsec += ns % 1000000000L;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

static void gil_take(ft_thread *ts) {
    pthread_mutex_lock(&gil.mu);
    while (gil.locked) {
        uint64_t seen = gil.switches;
        struct timespec deadline;
        double interval = atomic_load_explicit(&ft_rt->switch_interval, memory_order_relaxed);
        timespec_after(&deadline, interval > 0 ? interval : FT_DEFAULT_SWITCH_INTERVAL);
        int rc = pthread_cond_timedwait(&gil.cv, &gil.mu, &deadline);
        if (rc == ETIMEDOUT && gil.locked && gil.switches == seen && gil.holder)
            atomic_fetch_or_explicit(&gil.holder->eval_breaker, FT_BREAK_GIL_DROP, memory_order_relaxed);
    }
    gil.locked = true;
    gil.holder = ts;
    gil.switches++;
    pthread_cond_broadcast(&gil.switch_cv);
    pthread_mutex_unlock(&gil.mu);
}

static void gil_drop(ft_thread *ts, bool force_switch) {
    pthread_mutex_lock(&gil.mu);
    gil.locked = false;
    gil.holder = NULL;
    atomic_fetch_and_explicit(&ts->eval_breaker, ~FT_BREAK_GIL_DROP, memory_order_relaxed);
    pthread_cond_signal(&gil.cv);
    if (force_switch) {
        uint64_t seen = gil.switches;
        while (gil.switches == seen && !gil.locked) {
            /* Wait until someone takes it (they asked); bounded so a waiter
             * that gave up cannot strand us. */
            struct timespec deadline;
            timespec_after(&deadline, 0.05);
            if (pthread_cond_timedwait(&gil.switch_cv, &gil.mu, &deadline) == ETIMEDOUT)
                break;
        }
    }
    pthread_mutex_unlock(&gil.mu);
}

/* ---- attach / detach ----------------------------------------------------------- */

static void record_stack(ft_thread *ts) {
    volatile char marker = 0;
    (void)marker;
    atomic_store_explicit(&ts->stack_top, (char *)&marker, memory_order_release);
}

__attribute__((noinline)) void ft_thread_detach(ft_thread *ts) {
    setjmp(ts->saved_regs);
    record_stack(ts);
    atomic_store_explicit(&ts->state, FT_THREAD_DETACHED, memory_order_seq_cst);
    if (atomic_load_explicit(&stw_requested, memory_order_seq_cst)) {
        pthread_mutex_lock(&stw_mu);
        pthread_cond_broadcast(&stw_cv);
        pthread_mutex_unlock(&stw_mu);
    }
    if (ft_rt && ft_rt->gil_enabled)
        gil_drop(ts, false);
}

void ft_thread_attach(ft_thread *ts) {
    if (ft_rt && ft_rt->gil_enabled)
        gil_take(ts);
    for (;;) {
        atomic_store_explicit(&ts->state, FT_THREAD_ATTACHED, memory_order_seq_cst);
        if (!atomic_load_explicit(&stw_requested, memory_order_seq_cst))
            break;
        /* A pause is starting or running: step back until it ends. */
        atomic_store_explicit(&ts->state, FT_THREAD_DETACHED, memory_order_seq_cst);
        pthread_mutex_lock(&stw_mu);
        pthread_cond_broadcast(&stw_cv);
        while (atomic_load_explicit(&stw_requested, memory_order_seq_cst))
            pthread_cond_wait(&stw_cv, &stw_mu);
        pthread_mutex_unlock(&stw_mu);
    }
    ft_current_thread = ts;
}

__attribute__((noinline)) void *ft_blocking_call(void *(*fn)(void *), void *arg) {
    FT_SPILL_REGISTERS();
    ft_thread *ts = ft_current_thread;
    if (!ts)
        return fn(arg);
    ft_thread_detach(ts);
    void *r = fn(arg);
    int saved_errno = errno;
    ft_thread_attach(ts);
    errno = saved_errno;
    return r;
}

/* Park at a safepoint for a pause. Our callers' registers are spilled
 * into this frame, which stays live until the pause is over. */
__attribute__((noinline)) static void park(ft_thread *ts) {
    FT_SPILL_REGISTERS();
    setjmp(ts->saved_regs);
    record_stack(ts);
    pthread_mutex_lock(&stw_mu);
    atomic_store_explicit(&ts->state, FT_THREAD_PARKED, memory_order_seq_cst);
    pthread_cond_broadcast(&stw_cv);
    while (atomic_load_explicit(&stw_requested, memory_order_seq_cst))
        pthread_cond_wait(&stw_cv, &stw_mu);
    atomic_store_explicit(&ts->state, FT_THREAD_ATTACHED, memory_order_seq_cst);
    pthread_mutex_unlock(&stw_mu);
}

void ft_safepoint_slow(ft_thread *ts) {
    uint32_t bits = atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed);
    if (bits & FT_BREAK_GC_STOP) {
        atomic_fetch_and_explicit(&ts->eval_breaker, ~FT_BREAK_GC_STOP, memory_order_relaxed);
        if (atomic_load_explicit(&stw_requested, memory_order_seq_cst))
            park(ts);
    }
    if (bits & FT_BREAK_GIL_DROP) {
        if (ft_rt->gil_enabled && atomic_load(&ft_rt->nthreads) > 1) {
            FT_SPILL_REGISTERS();
            setjmp(ts->saved_regs);
            record_stack(ts);
            atomic_store_explicit(&ts->state, FT_THREAD_DETACHED, memory_order_seq_cst);
            gil_drop(ts, true);
            ft_thread_attach(ts);
        } else {
            atomic_fetch_and_explicit(&ts->eval_breaker, ~FT_BREAK_GIL_DROP, memory_order_relaxed);
        }
    }
    if (bits & FT_BREAK_FINALIZERS) {
        atomic_fetch_and_explicit(&ts->eval_breaker, ~FT_BREAK_FINALIZERS, memory_order_relaxed);
        ft_gc_run_pending_finalizers();
    }
}

/* ---- stop the world ---------------------------------------------------------- */

static bool others_stopped(ft_thread *self) {
    for (ft_interp *in = ft_rt->interps; in; in = in->next)
        for (ft_thread *ts = in->threads; ts; ts = ts->next)
            if (ts != self && atomic_load_explicit(&ts->state, memory_order_seq_cst) == FT_THREAD_ATTACHED)
                return false;
    return true;
}

/* Caller: attached, holds the GC's collect_lock. Returns with threads_lock
 * held (no thread can register or leave during the pause). */
void ft_stop_the_world(void) {
    ft_thread *self = ft_current_thread;
    pthread_mutex_lock(&ft_rt->threads_lock);
    pthread_mutex_lock(&stw_mu);
    atomic_store_explicit(&stw_requested, 1, memory_order_seq_cst);
    for (ft_interp *in = ft_rt->interps; in; in = in->next)
        for (ft_thread *ts = in->threads; ts; ts = ts->next)
            if (ts != self)
                atomic_fetch_or_explicit(&ts->eval_breaker, FT_BREAK_GC_STOP, memory_order_relaxed);
    while (!others_stopped(self)) {
        struct timespec deadline;
        timespec_after(&deadline, 0.001);
        pthread_cond_timedwait(&stw_cv, &stw_mu, &deadline);
    }
    pthread_mutex_unlock(&stw_mu);
}

void ft_start_the_world(void) {
    pthread_mutex_lock(&stw_mu);
    atomic_store_explicit(&stw_requested, 0, memory_order_seq_cst);
    for (ft_interp *in = ft_rt->interps; in; in = in->next)
        for (ft_thread *ts = in->threads; ts; ts = ts->next)
            atomic_fetch_and_explicit(&ts->eval_breaker, ~FT_BREAK_GC_STOP, memory_order_relaxed);
    pthread_cond_broadcast(&stw_cv);
    pthread_mutex_unlock(&stw_mu);
    pthread_mutex_unlock(&ft_rt->threads_lock);
}

/* ---- thread registration -------------------------------------------------------- */

static uint64_t next_ident = 1;   /* under threads_lock */

static void find_stack(ft_thread *ts) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (!addr) {
        /* Fall back to "here" plus a generous margin above. */
        uintptr_t here = (uintptr_t)__builtin_frame_address(0);
        addr = (void *)(here - (1u << 20));
        size = (1u << 20) + 4096;
    }
    ts->stack_base = (char *)addr + size;
    ts->c_stack_limit = (char *)addr + FT_C_STACK_RESERVE;
}

/* Registers the calling OS thread. It starts DETACHED while it links itself
 * in (taking threads_lock detached never delays a pause), then attaches. */
ft_thread *ft_thread_new(ft_interp *interp) {
    ft_thread *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    ts->tlab = calloc(1, sizeof(ft_gc_tlab));
    if (!ts->tlab) {
        free(ts);
        return NULL;
    }
    ts->interp = interp;
    ts->pthread = pthread_self();
    ts->native_id = (uint64_t)syscall(SYS_gettid);
    ts->py_depth_limit = interp ? atomic_load(&interp->recursion_limit) : FT_DEFAULT_RECURSION_LIMIT;
    find_stack(ts);
    atomic_store(&ts->state, FT_THREAD_DETACHED);
    record_stack(ts);

    pthread_mutex_lock(&ft_rt->threads_lock);
    ts->ident = next_ident++;
    if (interp) {
        ts->next = interp->threads;
        if (interp->threads)
            interp->threads->prev = ts;
        interp->threads = ts;
    }
    atomic_fetch_add(&ft_rt->nthreads, 1);
    pthread_mutex_unlock(&ft_rt->threads_lock);

    ft_current_thread = ts;
    /* The object-lock ID of this thread (sync/mutex.h): never 0. */
    ft_objlock_self = ((uint32_t)ts->ident & 0xffffu) << 8;
    if (!ft_objlock_self)
        ft_objlock_self = 1u << 8;
    ft_thread_attach(ts);
    return ts;
}

/* Called by the thread itself, attached; returns with the OS thread no
 * longer known to the runtime. */
void ft_thread_delete(ft_thread *ts) {
    ft_thread_detach(ts);
    pthread_mutex_lock(&ft_rt->threads_lock);
    /* Our allocation blocks go back to the shared lists. */
    ft_gc_tlab_release(ts);
    if (ts->interp) {
        if (ts->prev)
            ts->prev->next = ts->next;
        else
            ts->interp->threads = ts->next;
        if (ts->next)
            ts->next->prev = ts->prev;
    }
    atomic_fetch_sub(&ft_rt->nthreads, 1);
    pthread_mutex_unlock(&ft_rt->threads_lock);
    if (ft_current_thread == ts) {
        ft_current_thread = NULL;
        ft_objlock_self = 0;
    }
    free(ts->tlab);
    free(ts);
}

__attribute__((noinline)) void ft_threads_lock(void) {
    FT_SPILL_REGISTERS();
    if (pthread_mutex_trylock(&ft_rt->threads_lock) == 0)
        return;
    ft_thread *ts = ft_current_thread;
    bool attached = ts && atomic_load_explicit(&ts->state, memory_order_relaxed) == FT_THREAD_ATTACHED;
    if (attached)
        ft_thread_detach(ts);
    pthread_mutex_lock(&ft_rt->threads_lock);
    if (attached) {
        /* No pause can be running: a collector would hold threads_lock. */
        ft_thread_attach(ts);
    }
}

void ft_threads_unlock(void) {
    pthread_mutex_unlock(&ft_rt->threads_lock);
}

/* ---- C stack guard ---------------------------------------------------------------- */

int ft_check_c_stack(const char *where) {
    ft_thread *ts = ft_current_thread;
    char here;
    if (!ts || FT_LIKELY(&here >= ts->c_stack_limit))
        return 0;
    if (ts->c_stack_overflowed) {
        /* Building the RecursionError itself recurses a little: let it use
         * half of the reserve. Past that, give up without allocating. */
        if (&here >= ts->c_stack_limit - FT_C_STACK_RESERVE / 2)
            return 0;
        ft_err_no_memory();
        return -1;
    }
    ts->c_stack_overflowed = 1;
    ft_err_format(ft_exc_RecursionError, "maximum recursion depth exceeded%s%s",
                  where ? " " : "", where ? where : "");
    ts->c_stack_overflowed = 0;
    return -1;
}
