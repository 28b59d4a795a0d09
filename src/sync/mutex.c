/* mutex.c -- slow paths of ft_mutex (futex-based), lock pairs, once-init.
 *
 * A contended lock first spins briefly (critical sections are short), then
 * sleeps on the futex. Before sleeping, an attached thread DETACHES: a
 * thread waiting for a lock must never hold up a stop-the-world pause, or
 * a collector that waits for it while the lock holder waits for the
 * collector would deadlock. After waking it re-attaches (which may wait
 * for a pause in progress) and retries.
 */
#include "core/ftcore.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <errno.h>

static void futex_wait(ft_mutex *m, uint32_t val) {
    syscall(SYS_futex, (uint32_t *)m, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

static void futex_wake_one(ft_mutex *m) {
    syscall(SYS_futex, (uint32_t *)m, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

void ft_mutex_lock_slow(ft_mutex *m) {
    /* Our callers' registers go into this frame, which stays live while we
     * sleep detached, so the collector sees every pointer they hold. */
    FT_SPILL_REGISTERS();
    /* Spin with exponential backoff: waiters that poll the lock word
     * constantly steal its cache line from the owner, and the owner (which
     * may take the lock again right away, barging is allowed) then runs
     * slower; backing off lets it finish a burst of operations. */
    for (int round = 0, delay = 1; round < 12; round++) {
        for (int i = 0; i < delay; i++)
            cpu_relax();
        if (atomic_load_explicit(m, memory_order_relaxed) == 0 && ft_mutex_trylock(m))
            return;
        if (delay < 64)
            delay <<= 1;
    }
    ft_thread *ts = ft_current_thread;
    bool detached = false;
    if (ts && atomic_load_explicit(&ts->state, memory_order_relaxed) == FT_THREAD_ATTACHED) {
        ft_thread_detach(ts);
        detached = true;
    }
    /* State 2 = locked with (possible) waiters: the unlocker must wake. */
    uint32_t c = atomic_exchange_explicit(m, 2, memory_order_acquire);
    while (c != 0) {
        futex_wait(m, 2);
        c = atomic_exchange_explicit(m, 2, memory_order_acquire);
    }
    if (detached) {
        /* We own the lock now; re-attaching may park us for a GC pause,
         * which is fine: the collector never takes object locks. */
        ft_thread_attach(ts);
    }
}

void ft_mutex_unlock_slow(ft_mutex *m) {
    /* The fast path already stored 0; there were waiters: wake one. */
    futex_wake_one(m);
}

void ft_lock2(void *a, void *b) {
    if (a == b) {
        ft_lock(a);
    } else if ((uintptr_t)a < (uintptr_t)b) {
        ft_lock(a);
        ft_lock(b);
    } else {
        ft_lock(b);
        ft_lock(a);
    }
}

void ft_unlock2(void *a, void *b) {
    ft_unlock(a);
    if (a != b)
        ft_unlock(b);
}

/* state: 0 = not run, 1 = running, 2 = done. */
void ft_once_run(ft_once *once, void (*fn)(void)) {
    if (atomic_load_explicit(&once->state, memory_order_acquire) == 2)
        return;
    ft_mutex_lock(&once->lock);
    if (atomic_load_explicit(&once->state, memory_order_relaxed) == 0) {
        atomic_store_explicit(&once->state, 1, memory_order_relaxed);
        fn();
        atomic_store_explicit(&once->state, 2, memory_order_release);
    }
    ft_mutex_unlock(&once->lock);
}
