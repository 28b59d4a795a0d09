/* mark.c -- parallel marking for the stop-the-world collector.
 *
 * DESIGN
 *  A collection marks in one or more "phases" (roots; then the owners of
 *  weak references with pending callbacks; then objects resurrected for
 *  their finalizers). Before a phase the collector seeds its own mark stack
 *  with ranges to scan (ft_gc_mark_seed); ft_gc_mark_run then marks
 *  everything reachable from them, with the help of a small pool of GC
 *  helper threads (one per extra core, FTPY_GC_THREADS overrides; they are
 *  plain pthreads, never Python threads, and only ever touch the heap
 *  bitmaps and the contents of SCAN objects while the world is stopped).
 *
 *  Each marker (the collector is marker 0) has a private LIFO stack of
 *  (start, length) ranges. Work moves between markers through one shared
 *  pool under pool.mu: a marker whose stack runs dry takes half of the pool;
 *  if the pool is empty too it goes idle. A busy marker that sees idle
 *  markers (pool.nidle, read without the lock as a hint) moves the older
 *  half of its stack -- the roots of the largest unexplored subgraphs -- to
 *  the pool. Ranges longer than MARK_CHUNK are scanned a chunk at a time
 *  with the rest pushed back, so one huge list or stack can be shared too.
 *  The phase is over when every joined marker is idle and the pool is
 *  empty; that test is made under pool.mu by the marker that goes idle
 *  last. Helpers that wake after the end of a phase do not join it. An idle
 *  marker spins briefly on pool.version before it sleeps on pool.cv, and
 *  the cv is signalled only when somebody sleeps, so the quick hand-offs
 *  at the end of marking need no futex calls.
 *
 *  Mark bits are set with an atomic OR (after a plain relaxed load, so an
 *  already-marked object costs no locked instruction); exactly one marker
 *  wins each object and scans it. Alloc bits, block descriptors and object
 *  contents do not change while the world is stopped.
 *
 *  Scanning is memory-latency bound (most words point to objects not yet in
 *  cache), so a popped range first waits in a small FIFO ring (MARK_RING
 *  entries) after a prefetch of its first lines; by the time it leaves the
 *  ring its memory has usually arrived.
 *
 * LOCKING
 *  pool.* is guarded by pool.mu except pool.nidle (atomic, written under
 *  the lock). A marker's stack and ring are private to it. The helper set
 *  (nhelpers, markers[]) changes only in the collector, under the GC's
 *  collect_lock, while no phase runs. Everything a helper wrote during a
 *  phase is published to the collector by pool.mu (it takes the lock to go
 *  idle, and the collector sees the end of the phase under the same lock).
 */
#include "gc_internal.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

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

#define MARK_RING 8            /* prefetch distance, in ranges */
#define MARK_CHUNK 4096        /* bytes of one range scanned before the rest is pushed back */
#define MARK_SHARE_EVERY 16    /* ranges scanned between checks for idle markers */
#define MARK_MAX_THREADS 16
#define MARK_IDLE_SPIN 1000    /* pause instructions an idle marker spins before sleeping */

typedef struct { const char *start; size_t len; } ft_range;

typedef struct ft_marker {
    ft_range *stack;
    size_t top, cap;
    ft_range ring[MARK_RING];
    unsigned ring_n, ring_head;
    unsigned since_share;
    uint64_t marked_bytes;     /* flushed into pool.marked_bytes when idle */
    uint64_t seen_phase;       /* helpers: last phase looked at */
} __attribute__((aligned(128))) ft_marker;   /* own cache lines: stack tops and counters are written per object */

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;         /* new phase, work in the pool, or end of phase */
    ft_range *items;
    size_t n, cap;
    uint64_t phase;
    bool done;                 /* the current phase has finished */
    unsigned nworkers;         /* markers that joined the current phase */
    _Atomic unsigned nidle;
    uint64_t marked_bytes;
    unsigned nsleeping;        /* markers of the phase waiting on cv */
    bool helpers_wanted;       /* the current phase is run in parallel */
    _Atomic unsigned long version; /* bumped when work arrives or the phase ends */
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, 0, true, 0, 0, 0, 0, false, 0 };

/* Under pool.mu: something an idle marker waits for has happened. */
static void pool_changed(void) {
    atomic_fetch_add_explicit(&pool.version, 1, memory_order_release);
    if (pool.nsleeping)
        pthread_cond_broadcast(&pool.cv);
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#else
    __asm__ volatile("" ::: "memory");
#endif
}

/* Collector-side state (under collect_lock). */
static ft_marker markers[MARK_MAX_THREADS];
static unsigned nmarkers;      /* configured: collector + helpers wanted */
static unsigned nhelpers;      /* helper threads running */
static bool parallel;          /* this phase has helpers: mark bits need atomics */
static unsigned joined;        /* most markers in one phase of this collection */

static void oom(void) {
    fprintf(stderr, "ftpy: out of memory in the garbage collector\n");
    abort();
}

static void push_range(ft_marker *m, const char *start, size_t len) {
    if (FT_UNLIKELY(m->top == m->cap)) {
        size_t cap = m->cap ? m->cap * 2 : 4096;
        ft_range *ns = realloc(m->stack, cap * sizeof *ns);
        if (!ns)
            oom();
        m->stack = ns;
        m->cap = cap;
    }
    m->stack[m->top].start = start;
    m->stack[m->top].len = len;
    m->top++;
}

/* Set bit `i`; true if this call set it (the caller owns the object). */
FT_NO_SANITIZE static inline bool claim_bit(uint64_t *bm, size_t i) {
    uint64_t *w = &bm[i >> 6];
    uint64_t bit = (uint64_t)1 << (i & 63);
    if (__atomic_load_n(w, __ATOMIC_RELAXED) & bit)
        return false;
    if (parallel)
        return !(__atomic_fetch_or(w, bit, __ATOMIC_RELAXED) & bit);
    *w |= bit;
    return true;
}

FT_NO_SANITIZE static inline void mark_word(ft_marker *m, uintptr_t v) {
    uintptr_t off = v - (uintptr_t)ft_heap.base;
    if (off >= atomic_load_explicit(&ft_heap.frontier, memory_order_relaxed) * FT_GC_BLOCK_SIZE)
        return;
    ft_block *b = &ft_heap.blocks[off >> FT_GC_BLOCK_SHIFT];
    switch (b->state) {
    case FT_BLOCK_SMALL: {
        if (b->immortal)
            return;   /* scanned as a root every time */
        size_t idx = (size_t)(((off & (FT_GC_BLOCK_SIZE - 1)) * ft_gc_class_recip[b->sizeclass]) >> 32);
        if (idx >= b->nslots || !ft_bit_get(b->alloc, idx) || !claim_bit(b->mark, idx))
            return;
        m->marked_bytes += b->objsize;
        if (b->kind == FT_GC_SCAN)
            push_range(m, ft_gc_block_start(b) + idx * b->objsize, b->objsize);
        return;
    }
    case FT_BLOCK_LARGE_TAIL:
        b -= b->run;
        /* fall through */
    case FT_BLOCK_LARGE_HEAD:
        if (b->immortal || !ft_bit_get(b->alloc, 0) || !claim_bit(b->mark, 0))
            return;
        m->marked_bytes += (size_t)b->run * FT_GC_BLOCK_SIZE;
        if (b->kind == FT_GC_SCAN)
            push_range(m, ft_gc_block_start(b), b->objsize == UINT32_MAX ? (size_t)b->run * FT_GC_BLOCK_SIZE : b->objsize);
        return;
    default:
        return;
    }
}

FT_NO_SANITIZE static void scan_words(ft_marker *m, const char *start, size_t len) {
    uintptr_t s = ((uintptr_t)start + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t e = (uintptr_t)start + len;
    for (const uintptr_t *p = (const uintptr_t *)s; (uintptr_t)(p + 1) <= e; p++)
        mark_word(m, *p);
}

/* Give the older half of our stack to idle markers. */
static void share(ft_marker *m) {
    size_t k = m->top / 2;
    pthread_mutex_lock(&pool.mu);
    if (pool.n + k > pool.cap) {
        size_t cap = pool.cap ? pool.cap : 1024;
        while (cap < pool.n + k)
            cap *= 2;
        ft_range *ni = realloc(pool.items, cap * sizeof *ni);
        if (!ni)
            oom();
        pool.items = ni;
        pool.cap = cap;
    }
    memcpy(pool.items + pool.n, m->stack, k * sizeof *m->stack);
    pool.n += k;
    pool_changed();
    pthread_mutex_unlock(&pool.mu);
    memmove(m->stack, m->stack + k, (m->top - k) * sizeof *m->stack);
    m->top -= k;
}

FT_NO_SANITIZE static inline void prefetch_range(const char *p, size_t len) {
    __builtin_prefetch(p);
    if (len > 64)
        __builtin_prefetch(p + 64);
}

/* Mark everything reachable from our stack (and ring). */
static void drain(ft_marker *m) {
    for (;;) {
        ft_range r;
        if (m->top) {
            r = m->stack[--m->top];
            if (r.len > MARK_CHUNK) {
                push_range(m, r.start + MARK_CHUNK, r.len - MARK_CHUNK);
                r.len = MARK_CHUNK;
            }
            prefetch_range(r.start, r.len);
            if (m->ring_n < MARK_RING) {
                m->ring[(m->ring_head + m->ring_n) % MARK_RING] = r;
                m->ring_n++;
                continue;
            }
            /* Ring full: scan its oldest entry, queue this one in its place. */
            ft_range oldest = m->ring[m->ring_head];
            m->ring[m->ring_head] = r;
            m->ring_head = (m->ring_head + 1) % MARK_RING;
            r = oldest;
        } else if (m->ring_n) {
            r = m->ring[m->ring_head];
            m->ring_head = (m->ring_head + 1) % MARK_RING;
            m->ring_n--;
        } else {
            return;
        }
        scan_words(m, r.start, r.len);
        if (parallel && ++m->since_share >= MARK_SHARE_EVERY) {
            m->since_share = 0;
            if (m->top >= 2 && atomic_load_explicit(&pool.nidle, memory_order_relaxed))
                share(m);
        }
    }
}

/* Take part in phase `phase` until it ends. */
static void work(ft_marker *m, uint64_t phase) {
    for (;;) {
        drain(m);
        pthread_mutex_lock(&pool.mu);
        pool.marked_bytes += m->marked_bytes;
        m->marked_bytes = 0;
        for (;;) {
            if (pool.phase != phase || pool.done) {
                pthread_mutex_unlock(&pool.mu);
                return;
            }
            if (pool.n) {
                size_t k = (pool.n + 1) / 2;
                for (size_t i = 0; i < k; i++)
                    push_range(m, pool.items[pool.n - k + i].start, pool.items[pool.n - k + i].len);
                pool.n -= k;
                pthread_mutex_unlock(&pool.mu);
                break;
            }
            unsigned idle = atomic_load_explicit(&pool.nidle, memory_order_relaxed) + 1;
            atomic_store_explicit(&pool.nidle, idle, memory_order_relaxed);
            if (idle == pool.nworkers) {
                pool.done = true;
                pool_changed();
                pthread_mutex_unlock(&pool.mu);
                return;
            }
            /* Hand-offs near the end of marking come in quick succession:
             * spin a few tens of microseconds before sleeping, so most of
             * them cost no futex wait and wake-up. */
            unsigned long v = atomic_load_explicit(&pool.version, memory_order_acquire);
            pthread_mutex_unlock(&pool.mu);
            for (int i = 0; i < MARK_IDLE_SPIN && atomic_load_explicit(&pool.version, memory_order_acquire) == v; i++)
                cpu_relax();
            pthread_mutex_lock(&pool.mu);
            while (!pool.n && !pool.done && pool.phase == phase) {
                pool.nsleeping++;
                pthread_cond_wait(&pool.cv, &pool.mu);
                pool.nsleeping--;
            }
            if (pool.phase != phase) {
                /* Woken late: a new phase has started and counts its own
                 * markers; we join it from helper_main. */
                pthread_mutex_unlock(&pool.mu);
                return;
            }
            atomic_store_explicit(&pool.nidle, atomic_load_explicit(&pool.nidle, memory_order_relaxed) - 1,
                                  memory_order_relaxed);
        }
    }
}

static void *helper_main(void *arg) {
    ft_marker *m = arg;
    for (;;) {
        pthread_mutex_lock(&pool.mu);
        for (;;) {
            if (pool.phase != m->seen_phase) {
                m->seen_phase = pool.phase;
                if (!pool.done && pool.helpers_wanted)
                    break;
            }
            pthread_cond_wait(&pool.cv, &pool.mu);
        }
        pool.nworkers++;
        uint64_t phase = pool.phase;
        pthread_mutex_unlock(&pool.mu);
        work(m, phase);
    }
    return NULL;
}

/* A forked child has none of the parent's helper threads; it starts them
 * again at its first collection. (Called by pthread_atfork in the child.) */
static void after_fork_child(void) {
    pthread_mutex_init(&pool.mu, NULL);
    pthread_cond_init(&pool.cv, NULL);
    pool.n = 0;
    pool.done = true;
    pool.nsleeping = 0;
    nhelpers = 0;
    parallel = false;
}

static void start_helpers(void) {
    if (!nmarkers) {
        long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
        long want = ncpu > 0 ? ncpu : 1;
        const char *env = getenv("FTPY_GC_THREADS");
        if (env && *env) {
            char *end;
            long v = strtol(env, &end, 10);
            if (*end == '\0' && v >= 1)
                want = v;
        }
        if (want > MARK_MAX_THREADS)
            want = MARK_MAX_THREADS;
        nmarkers = (unsigned)want;
        pthread_atfork(NULL, NULL, after_fork_child);
    }
    if (nhelpers + 1 >= nmarkers)
        return;
    /* Helpers must never run signal handlers: block everything while
     * creating them (they inherit the mask). */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    while (nhelpers + 1 < nmarkers) {
        ft_marker *m = &markers[nhelpers + 1];
        pthread_mutex_lock(&pool.mu);
        m->seen_phase = pool.phase;
        pthread_mutex_unlock(&pool.mu);
        pthread_t tid;
        if (pthread_create(&tid, &attr, helper_main, m) != 0)
            break;   /* fewer helpers: marking is just less parallel */
        nhelpers++;
    }
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* ---- interface for collect.c (collector only, world stopped) ------------- */

void ft_gc_mark_begin(void) {
    start_helpers();
    pthread_mutex_lock(&pool.mu);
    pool.marked_bytes = 0;
    pthread_mutex_unlock(&pool.mu);
    joined = 1;
}

void ft_gc_mark_seed(const void *start, size_t len) {
    if (start && len)
        push_range(&markers[0], start, len);
}

void ft_gc_mark_seed_obj(const void *p) {
    mark_word(&markers[0], (uintptr_t)p);
}

void ft_gc_mark_run(bool big) {
    /* Waking helpers and handing work over costs tens of microseconds:
     * worth it only when there is a lot to mark. */
    bool helpers = nhelpers && big && markers[0].top;
    parallel = helpers;   /* read by helpers only after they join, under pool.mu */
    pthread_mutex_lock(&pool.mu);
    pool.phase++;
    pool.done = false;
    pool.helpers_wanted = helpers;
    pool.nworkers = 1;
    atomic_store_explicit(&pool.nidle, 0, memory_order_relaxed);
    uint64_t phase = pool.phase;
    atomic_fetch_add_explicit(&pool.version, 1, memory_order_release);
    if (helpers)
        pthread_cond_broadcast(&pool.cv);   /* helpers wait in helper_main */
    pthread_mutex_unlock(&pool.mu);
    work(&markers[0], phase);
    pthread_mutex_lock(&pool.mu);
    if (pool.nworkers > joined)
        joined = pool.nworkers;
    pthread_mutex_unlock(&pool.mu);
}

uint64_t ft_gc_mark_bytes(void) {
    pthread_mutex_lock(&pool.mu);
    uint64_t n = pool.marked_bytes;
    pthread_mutex_unlock(&pool.mu);
    return n;
}

unsigned ft_gc_mark_threads(void) {
    return joined;
}

bool ft_gc_is_marked(const void *p) {
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
