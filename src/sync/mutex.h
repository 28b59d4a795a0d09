/* mutex.h -- small locks: the 4-byte per-object mutex and friends.
 *
 * ft_mutex is a futex-based lock in one 32-bit word (0 = free, 1 = held,
 * 2 = held with waiters). Uncontended lock/unlock is one CAS / one exchange.
 * A thread that must block on a contended ft_mutex *detaches* first (see
 * runtime.h), so a thread waiting for a lock never delays a GC pause.
 *
 * Lock order rule: hold at most one object lock at a time, except via
 * ft_lock2() (two objects, ordered by address). Never run Python code or
 * allocate while holding an object lock, unless the lock's owner documents
 * that it is safe (allocation may enter a GC safepoint, and the collector
 * never takes object locks, so allocating under a lock cannot deadlock the
 * collector; it is still discouraged on hot paths).
 */
#ifndef FT_MUTEX_H
#define FT_MUTEX_H

#include <stdatomic.h>
#include <stdint.h>
#include <stdbool.h>

typedef _Atomic uint32_t ft_mutex;

void ft_mutex_lock_slow(ft_mutex *m);
void ft_mutex_unlock_slow(ft_mutex *m);

static inline bool ft_mutex_trylock(ft_mutex *m) {
    uint32_t expected = 0;
    return atomic_compare_exchange_strong_explicit(m, &expected, 1,
            memory_order_acquire, memory_order_relaxed);
}
static inline void ft_mutex_lock(ft_mutex *m) {
    if (!ft_mutex_trylock(m))
        ft_mutex_lock_slow(m);
}
static inline void ft_mutex_unlock(ft_mutex *m) {
    if (atomic_exchange_explicit(m, 0, memory_order_release) != 1)
        ft_mutex_unlock_slow(m);
}
static inline bool ft_mutex_is_locked(ft_mutex *m) {
    return atomic_load_explicit(m, memory_order_relaxed) != 0;
}

/* Per-object lock helpers (the lock word lives in ft_obj.ob_lock). */
#define ft_lock(o)   ft_mutex_lock(&((ft_obj *)(o))->ob_lock)
#define ft_unlock(o) ft_mutex_unlock(&((ft_obj *)(o))->ob_lock)
void ft_lock2(void *a, void *b);     /* locks both in address order; a may equal b */
void ft_unlock2(void *a, void *b);

/* Recursive-free one-time initialisation. */
typedef struct { _Atomic int state; ft_mutex lock; } ft_once;
#define FT_ONCE_INIT { 0, 0 }
void ft_once_run(ft_once *once, void (*fn)(void));

#endif /* FT_MUTEX_H */
