/* objlock.c -- slow path of per-object locks, and the lease policy.
 *
 * Why leases exist. Every operation on a shared list or dict writes the
 * object's lock word and some of its data. When two threads on two cores
 * interleave operations on one object, each operation first pulls those
 * cache lines over from the other core: the two threads together then do
 * *less* work than one thread alone, because a cache-line transfer costs
 * more than the operation itself. No lock algorithm avoids that; only
 * running the operations of one thread in a batch does.
 *
 * So when a thread keeps taking an object from other threads in quick
 * succession (FT_LEASE_RUN consecutive "switches" on the same object,
 * averaging under FT_LEASE_DENSE_NS apart), it sets LEASE on the object:
 * it becomes the lease holder. Other threads that want the object then
 * defer (sleep, detached) instead of taking it between two of the holder's
 * operations; the holder runs at single-thread speed with the lines staying
 * in its cache. A deferring thread first watches the holder's SEQ for
 * FT_LEASE_IDLE_NS and takes the object over
 *   - at once, dropping the lease, if the holder did not touch it (it
 *     finished, blocked, or moved on);
 *   - at once, dropping the lease and raising BACKOFF, if the holder alone
 *     is not clearly faster than the threads were while sharing (threads
 *     that mostly work on private data and only now and then touch the
 *     object lose more by waiting than by sharing cache lines). The
 *     holder's pace is read from SEQ; the shared pace is estimated as twice
 *     the waiter's own acquisition rate (ft_objlock_acq) during its last
 *     dense run -- a lower bound, so doubtful leases are kept;
 *   - after FT_LEASE_QUANTUM_NS of deferring to a busy holder, keeping the
 *     lease for itself (fair rotation, like a GIL's switch interval).
 * So a waiter is delayed at most about one quantum, and a lease never
 * outlives the burst of contention that created it by more than that.
 *
 * Correctness never depends on the lease: mutual exclusion is LOCKED alone,
 * and deferring is only ever a bounded wait, so a lease holder that waits
 * for a deferring thread (on another lock, a queue, a join) cannot
 * deadlock: the deferring thread times out and proceeds.
 *
 * Sleeping on LOCKED is the classic three-state futex protocol with
 * WAITERS as the "contended" state (a woken thread re-acquires with
 * WAITERS set, because it cannot know whether others still sleep). Any
 * thread that sleeps detaches first, so it never delays a GC pause.
 */
#include "core/ftcore.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

_Thread_local uint32_t ft_objlock_self __attribute__((tls_model("initial-exec")));
_Thread_local _Atomic uint32_t *ft_objlock_leased __attribute__((tls_model("initial-exec")));
_Thread_local uint64_t ft_objlock_acq __attribute__((tls_model("initial-exec")));

/* Policy constants (measured on the 2-core test machine; see
 * bench/threads/run_contention.py and contention_mixed.py). */
#define FT_LEASE_RUN         32          /* switches on one object ...        */
#define FT_LEASE_DENSE_NS    4000        /* ... averaging under this apart    */
#define FT_LEASE_IDLE_NS     4000        /* holder quiet this long: take over */
#define FT_LEASE_QUANTUM_NS  1000000     /* longest deferral to a busy holder */
#define FT_LEASE_NAP_NS      250000      /* deferring threads sleep in naps   */

/* Per-thread record of the current run of switches (thread-local, so no
 * synchronisation: only the owning thread reads or writes it). */
static _Thread_local struct {
    _Atomic uint32_t *obj;      /* object of the current run */
    uint32_t run;               /* switches in the run so far */
    uint32_t dense_runs;        /* dense runs seen on obj (paces lease offers) */
    uint64_t start_ns;
    uint64_t acq_start;         /* ft_objlock_acq when the run started */
    double shared_rate;         /* estimated acquisitions/ns of all sharing threads, last dense run */
} switch_run __attribute__((tls_model("initial-exec")));

static inline uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

static inline uint32_t seq_of(uint32_t w) { return w >> 24; }
static inline uint32_t backoff_of(uint32_t w) { return (w & FT_OBJLOCK_BACKOFF) >> FT_OBJLOCK_BACKOFF_SHIFT; }
static inline uint32_t with_backoff(uint32_t w, uint32_t k) {
    return (w & ~FT_OBJLOCK_BACKOFF) | (k << FT_OBJLOCK_BACKOFF_SHIFT);
}

/* Called holding m, which this thread just took from another thread
 * without a lease. Measures runs of switches; offers a lease after a dense
 * one (never under the GIL, where one thread runs anyway, nor for threads
 * the runtime does not know). */
static void note_switch(_Atomic uint32_t *m, uint32_t w, uint32_t me) {
    if (switch_run.obj != m) {
        switch_run.obj = m;
        switch_run.run = 0;
        switch_run.dense_runs = 0;
        switch_run.shared_rate = 0;
        switch_run.start_ns = now_ns();
        switch_run.acq_start = ft_objlock_acq;
        return;
    }
    if (++switch_run.run < FT_LEASE_RUN)
        return;
    uint64_t t = now_ns();
    uint64_t span = t - switch_run.start_ns;
    if (span < (uint64_t)FT_LEASE_RUN * FT_LEASE_DENSE_NS) {
        /* our own pace times two: a lower bound of what the threads
         * sharing the object get through together */
        switch_run.shared_rate = span ? 2.0 * (double)(ft_objlock_acq - switch_run.acq_start) / (double)span : 0;
        /* After leases on m proved useless k times, offer one only every
         * 2^k dense runs. */
        uint32_t k = backoff_of(w);
        switch_run.dense_runs++;
        if (me != 0 && !(ft_rt && ft_rt->gil_enabled) &&
            (switch_run.dense_runs & ((1u << k) - 1)) == 0) {
            atomic_fetch_or_explicit(m, FT_OBJLOCK_LEASE, memory_order_relaxed);
            ft_objlock_leased = m;
        }
    }
    switch_run.run = 0;
    switch_run.start_ns = t;
    switch_run.acq_start = ft_objlock_acq;
}

/* Deferral bookkeeping of one slow-path acquisition. */
typedef struct {
    uint32_t holder;        /* lease holder the deadline was set for */
    uint64_t deadline_ns;
    ft_thread *ts;          /* non-NULL while we are detached */
} lease_wait_state;

static void stay_detached(lease_wait_state *st) {
    if (st->ts)
        return;
    ft_thread *ts = ft_current_thread;
    if (ts && atomic_load_explicit(&ts->state, memory_order_relaxed) == FT_THREAD_ATTACHED) {
        ft_thread_detach(ts);
        st->ts = ts;
    }
}

enum {
    LEASE_RETRY,        /* look at the word again */
    LEASE_TAKE_IDLE,    /* holder stopped using it: take it, drop the lease */
    LEASE_TAKE_USELESS, /* lease slower than sharing: take it, drop it, back off */
    LEASE_TAKE_ROTATE,  /* quantum over: take it and hold the lease ourselves */
};

/* The object is free but leased to another thread. Decide whether to take
 * it now; otherwise sleep a little and let the caller look again. */
static int lease_defer(_Atomic uint32_t *m, uint32_t w, lease_wait_state *st) {
    uint32_t holder = w & FT_OBJLOCK_ID;
    uint64_t t0 = now_ns(), t = t0;
    if (st->holder != holder || st->deadline_ns == 0) {
        st->holder = holder;
        st->deadline_ns = t0 + FT_LEASE_QUANTUM_NS;
    }
    /* Watch the holder's SEQ for a moment: is it still using the object,
     * and at what pace? Polls are sparse so that they barely disturb it. */
    uint64_t until = t0 + FT_LEASE_IDLE_NS;
    uint32_t seq = seq_of(w), advanced = 0;
    do {
        for (int i = 0; i < 64; i++)
            cpu_relax();
        uint32_t w2 = atomic_load_explicit(m, memory_order_relaxed);
        if (!(w2 & FT_OBJLOCK_LEASE) || (w2 & FT_OBJLOCK_ID) != holder)
            return LEASE_RETRY;
        advanced += (seq_of(w2) - seq) & 0xff;
        seq = seq_of(w2);
        t = now_ns();
    } while (t < until);
    if (advanced == 0)
        return LEASE_TAKE_IDLE;
    /* The lease pays only if the holder alone gets through clearly more
     * operations than the threads did while sharing: at least two of them
     * per switch interval of our last dense run (a lower bound of the
     * shared pace), with a margin for the hand-overs. */
    if (switch_run.obj == m && switch_run.shared_rate > 0 &&
        (double)advanced < 1.15 * switch_run.shared_rate * (double)(t - t0))
        return LEASE_TAKE_USELESS;
    if (t >= st->deadline_ns)
        return LEASE_TAKE_ROTATE;
    uint64_t nap = st->deadline_ns - t;
    if (nap > FT_LEASE_NAP_NS)
        nap = FT_LEASE_NAP_NS;
    stay_detached(st);
    struct timespec ts = {0, (long)nap};
    nanosleep(&ts, NULL);
    return LEASE_RETRY;
}

/* The word `me` installs when it takes the free word w. */
static uint32_t taken_word(uint32_t w, uint32_t me, int take) {
    uint32_t keep = w & (FT_OBJLOCK_WAITERS | FT_OBJLOCK_BACKOFF);
    uint32_t prev = w & FT_OBJLOCK_ID;
    uint32_t k = backoff_of(w);
    if (w & FT_OBJLOCK_LEASE) {
        if (prev == me)                            /* our own lease */
            return (w | FT_OBJLOCK_LOCKED) + FT_OBJLOCK_SEQ_ONE;
        switch (take) {
        case LEASE_TAKE_ROTATE:                    /* a full quantum: it paid */
            return with_backoff(keep, k > 0 ? k - 1 : 0) | (w & FT_OBJLOCK_SEQ) | FT_OBJLOCK_LEASE |
                   me | FT_OBJLOCK_LOCKED;
        case LEASE_TAKE_USELESS:
            return with_backoff(keep, k < 7 ? k + 1 : 7) | me | FT_OBJLOCK_LOCKED;
        default:                                   /* idle holder */
            return keep | me | FT_OBJLOCK_LOCKED;
        }
    }
    if (k && prev == me) {
        /* Backoff decays after 256 uncontended acquisitions in a row, so a
         * once-hot object gets back onto its owner's fast path. */
        uint32_t seq = (seq_of(w) + 1) & 0xff;
        if (seq == 0)
            keep &= ~FT_OBJLOCK_BACKOFF;
        return keep | (seq << 24) | me | FT_OBJLOCK_LOCKED;
    }
    return keep | me | FT_OBJLOCK_LOCKED;
}

void ft_objlock_lock_slow(_Atomic uint32_t *m) {
    /* Our callers' registers go into this frame, which stays live while we
     * sleep detached, so the collector sees every pointer they hold. */
    FT_SPILL_REGISTERS();
    uint32_t me = ft_objlock_self;
    lease_wait_state st = {0, 0, NULL};
    uint32_t extra = 0;              /* WAITERS once we have slept on the futex */
    int take = LEASE_RETRY;          /* how a foreign lease may be overridden */
    int round = 0, delay = 1;
    for (;;) {
        uint32_t w = atomic_load_explicit(m, memory_order_relaxed);
        if (!(w & FT_OBJLOCK_LOCKED)) {
            uint32_t prev = w & FT_OBJLOCK_ID;
            bool foreign_lease = (w & FT_OBJLOCK_LEASE) && prev != me;
            if (foreign_lease && take == LEASE_RETRY) {
                if (ft_objlock_leased == m)
                    ft_objlock_leased = NULL;   /* we lost it */
                take = lease_defer(m, w, &st);
                continue;
            }
            uint32_t nw = taken_word(w, me, take) | extra;
            if (atomic_compare_exchange_weak_explicit(m, &w, nw, memory_order_acquire,
                                                      memory_order_relaxed)) {
                ft_objlock_acq++;
                if (st.ts)
                    ft_thread_attach(st.ts);   /* may wait out a GC pause: fine */
                if (nw & FT_OBJLOCK_LEASE) {
                    ft_objlock_leased = m;
                } else {
                    if (ft_objlock_leased == m)
                        ft_objlock_leased = NULL;
                    if (prev != me && prev != 0)
                        note_switch(m, nw, me);
                }
                return;
            }
            continue;
        }
        /* Held: spin with exponential backoff first (critical sections are
         * short), polling gently so the owner keeps its cache line. */
        if (round < 12) {
            for (int i = 0; i < delay; i++)
                cpu_relax();
            if (delay < 64)
                delay <<= 1;
            round++;
            continue;
        }
        if (!(w & FT_OBJLOCK_WAITERS) &&
            !atomic_compare_exchange_weak_explicit(m, &w, w | FT_OBJLOCK_WAITERS,
                                                   memory_order_relaxed, memory_order_relaxed))
            continue;
        stay_detached(&st);
        /* Returns at once if the word changed meanwhile; the loop then
         * looks again. */
        syscall(SYS_futex, (uint32_t *)m, FUTEX_WAIT_PRIVATE, w | FT_OBJLOCK_WAITERS,
                NULL, NULL, 0);
        extra = FT_OBJLOCK_WAITERS;
    }
}

/* After an unlock that saw WAITERS. WAITERS is cleared only while the
 * word is still free: if a new holder already took it, that holder's
 * unlock will see WAITERS and wake the next sleeper, so none is lost. A
 * woken thread re-acquires with WAITERS set (it cannot know whether others
 * still sleep), which keeps the chain of wake-ups going. */
void ft_objlock_wake(_Atomic uint32_t *m) {
    uint32_t w = atomic_load_explicit(m, memory_order_relaxed);
    while (!(w & FT_OBJLOCK_LOCKED) && (w & FT_OBJLOCK_WAITERS) &&
           !atomic_compare_exchange_weak_explicit(m, &w, w & ~FT_OBJLOCK_WAITERS,
                                                  memory_order_relaxed, memory_order_relaxed))
        ;
    syscall(SYS_futex, (uint32_t *)m, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}
