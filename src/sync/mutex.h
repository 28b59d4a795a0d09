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

/* ---- Per-object locks (the word lives in ft_obj.ob_lock) ----------------
 *
 * An object lock is a futex word that also remembers which thread used it
 * last, so that (1) the common case -- the same thread locking the same
 * object again -- is one compare-and-swap against a value known in advance,
 * and (2) a hot object hammered by several threads can be *leased* to one
 * of them for a short burst instead of bouncing between cores on every
 * operation (objlock.c explains the policy and why it exists).
 *
 *   bit 0      LOCKED   held
 *   bit 1      WAITERS  some thread sleeps on the futex until LOCKED clears
 *   bit 2      LEASE    ID names the lease holder: other threads wait
 *                       (bounded, see objlock.c) before taking the object
 *   bits 3-5   BACKOFF  leases on this object proved useless 2^k-fold:
 *                       they are offered less often
 *   bits 8-23  ID       last acquirer (or lease holder): the low 16 bits of
 *                       its thread ident; 0 = nobody / a foreign thread
 *   bits 24-31 SEQ      under a lease, bumped by each of the holder's
 *                       acquisitions (waiters read the holder's pace from
 *                       it); otherwise 0, or a decay count while BACKOFF is set
 *
 * A free object last used by thread T without lease, waiters or backoff is
 * exactly T's ID value: T's fast path is CAS(ID -> ID|LOCKED). New objects
 * start out owned by the allocating thread (ft_obj_alloc).
 *
 * Mutual exclusion rests on LOCKED alone; ID, LEASE and BACKOFF only decide
 * who waits how long, so two live threads whose idents share their low 16
 * bits are still safe.
 */
#define FT_OBJLOCK_LOCKED  1u
#define FT_OBJLOCK_WAITERS 2u
#define FT_OBJLOCK_LEASE   4u
#define FT_OBJLOCK_BACKOFF 0x38u
#define FT_OBJLOCK_BACKOFF_SHIFT 3
#define FT_OBJLOCK_ID      0x00ffff00u
#define FT_OBJLOCK_SEQ     0xff000000u
#define FT_OBJLOCK_SEQ_ONE 0x01000000u

/* This thread's ID value (ident's low 16 bits << 8, never 0 for threads
 * the runtime knows), and the object it holds a lease on, if any (a hint:
 * objlock.c keeps it right). Both thread-local. */
extern _Thread_local uint32_t ft_objlock_self __attribute__((tls_model("initial-exec")));
extern _Thread_local _Atomic uint32_t *ft_objlock_leased __attribute__((tls_model("initial-exec")));
/* Acquisitions by this thread (thread-local; the lease policy reads its
 * own thread's pace from it). */
extern _Thread_local uint64_t ft_objlock_acq __attribute__((tls_model("initial-exec")));

void ft_objlock_lock_slow(_Atomic uint32_t *m);
void ft_objlock_wake(_Atomic uint32_t *m);

static inline void ft_objlock_lock(_Atomic uint32_t *m) {
    uint32_t me = ft_objlock_self;
    uint32_t w = me;
    if (__builtin_expect(m != ft_objlock_leased, 1)) {
        if (atomic_compare_exchange_weak_explicit(m, &w, me | FT_OBJLOCK_LOCKED,
                                                  memory_order_acquire, memory_order_relaxed)) {
            ft_objlock_acq++;
            return;
        }
    } else {
        /* Our leased object: a burst runs here at single-thread speed. */
        w = atomic_load_explicit(m, memory_order_relaxed);
        if ((w & (FT_OBJLOCK_LOCKED | FT_OBJLOCK_LEASE | FT_OBJLOCK_ID)) == (me | FT_OBJLOCK_LEASE) &&
            atomic_compare_exchange_weak_explicit(m, &w, (w | FT_OBJLOCK_LOCKED) + FT_OBJLOCK_SEQ_ONE,
                                                  memory_order_acquire, memory_order_relaxed)) {
            ft_objlock_acq++;
            return;
        }
    }
    ft_objlock_lock_slow(m);
}

/* Only the holder clears LOCKED, so a subtraction does it; WAITERS set
 * means someone may sleep: the slow path wakes one. */
static inline void ft_objlock_unlock(_Atomic uint32_t *m) {
    if (atomic_fetch_sub_explicit(m, FT_OBJLOCK_LOCKED, memory_order_release) & FT_OBJLOCK_WAITERS)
        ft_objlock_wake(m);
}

static inline bool ft_objlock_is_locked(_Atomic uint32_t *m) {
    return (atomic_load_explicit(m, memory_order_relaxed) & FT_OBJLOCK_LOCKED) != 0;
}

#define ft_lock(o)   ft_objlock_lock(&((ft_obj *)(o))->ob_lock)
#define ft_unlock(o) ft_objlock_unlock(&((ft_obj *)(o))->ob_lock)
void ft_lock2(void *a, void *b);     /* locks both in address order; a may equal b */
void ft_unlock2(void *a, void *b);

/* Recursive-free one-time initialisation. */
typedef struct { _Atomic int state; ft_mutex lock; } ft_once;
#define FT_ONCE_INIT { 0, 0 }
void ft_once_run(ft_once *once, void (*fn)(void));

#endif /* FT_MUTEX_H */
