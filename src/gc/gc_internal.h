/* gc_internal.h -- heap layout shared by heap.c (allocation) and collect.c.
 *
 * THE HEAP
 *  One virtual arena reserved at start-up (PROT_NONE, committed on demand),
 *  cut into 32 KiB blocks. A side table of block descriptors (one per
 *  block, same index) holds each block's state, object size and two
 *  bitmaps: `alloc` (slot holds an object) and `mark` (reached in the
 *  current collection). Keeping them out of the objects means a
 *  conservative pointer can be validated without touching the object, and
 *  sweeping is word-wide bitmap arithmetic.
 *
 *  Small objects (<= FT_GC_MAX_SMALL bytes) share a block of one size class
 *  and one kind (SCAN or ATOMIC). Larger objects take a run of whole
 *  blocks: the head block describes the object, tail blocks point back.
 *
 * LOCKING
 *  heap_lock (a pthread mutex, never held across a safepoint or a call
 *  out of this module) guards the free-run lists, the partial-block lists
 *  and the arena frontier. A block that is some thread's current
 *  allocation block (`owner != NULL`) is touched only by that thread,
 *  except during a stop-the-world pause, when only the collector runs.
 *  Bitmaps are therefore plain words: mutators set alloc bits of their own
 *  blocks; the collector reads/writes everything while the world is stopped.
 *  During a parallel marking phase (mark.c) GC helper threads also set mark
 *  bits, with atomic ORs; nothing else changes until the phase has ended.
 */
#ifndef FT_GC_INTERNAL_H
#define FT_GC_INTERNAL_H

#include "core/ftcore.h"
#include <pthread.h>

#define FT_GC_BLOCK_SHIFT 15
#define FT_GC_BLOCK_SIZE ((size_t)1 << FT_GC_BLOCK_SHIFT)
#define FT_GC_GRANULE 16
#define FT_GC_MAX_SLOTS (FT_GC_BLOCK_SIZE / FT_GC_GRANULE)   /* 2048 */
#define FT_GC_BITMAP_WORDS (FT_GC_MAX_SLOTS / 64)             /* 32 */
#define FT_GC_MAX_SMALL 16384
#define FT_GC_NCLASSES 36

enum ft_block_state {
    FT_BLOCK_UNUSED = 0,    /* beyond the frontier or in a free run */
    FT_BLOCK_SMALL,
    FT_BLOCK_LARGE_HEAD,
    FT_BLOCK_LARGE_TAIL,
};

typedef struct ft_block {
    uint8_t state;
    uint8_t sizeclass;
    uint8_t kind;           /* FT_GC_SCAN / FT_GC_ATOMIC */
    uint8_t immortal;       /* never swept; scanned as a root */
    uint8_t dirty;          /* pages touched since the last release to the OS */
    uint32_t objsize;       /* small: slot size; large: requested bytes rounded */
    uint32_t nslots;        /* small: slots in block; large: 1 */
    uint32_t nlive;         /* live slots after the last sweep (small) */
    uint32_t run;           /* free run / large head: run length in blocks; tail: distance to head */
    struct ft_thread *owner;/* thread allocating from it, or NULL */
    struct ft_block *next;  /* partial list / free-run list link */
    uint64_t alloc[FT_GC_BITMAP_WORDS];
    uint64_t mark[FT_GC_BITMAP_WORDS];
} ft_block;

/* Per-thread allocation state. */
typedef struct ft_gc_tlab {
    /* avail: bytes of free slots the current block had when it was taken;
     * added to allocated_since_gc once they are all handed out (at the
     * next refill), so blocks a thread has only started on never count:
     * the trigger sees bytes actually allocated, however many threads. */
    struct { void *free; ft_block *blk; size_t avail; } cls[FT_GC_NCLASSES][2];
    struct { void *free; ft_block *blk; } immortal[FT_GC_NCLASSES];
    size_t since_refill;    /* bytes handed out since the last accounting */
} ft_gc_tlab;

typedef struct ft_gc_heap {
    char *base;             /* arena start (block aligned) */
    size_t reserved;        /* bytes reserved */
    _Atomic size_t frontier; /* blocks ever handed out: [0, frontier); grows under lock, read anywhere */
    ft_block *blocks;       /* descriptor table, reserved alongside */
    pthread_mutex_t lock;
    ft_block *partial[FT_GC_NCLASSES][2]; /* blocks with free slots, not owned */
    ft_block *free_runs;    /* free runs (head descriptors), unsorted */

    /* accounting (under lock, or atomics where marked) */
    _Atomic size_t allocated_since_gc;
    _Atomic size_t threshold;
    size_t live_after_gc;
    size_t heap_bytes;      /* blocks in use * block size */
    _Atomic bool enabled;
    _Atomic bool collecting;
    pthread_mutex_t collect_lock;   /* one collector at a time */

    /* roots registered by ft_gc_add_root (under lock) */
    struct { void *start; size_t size; } *roots;
    size_t nroots, caproots;

    /* finalizers & weak refs (under lock); arrays from malloc, holding
     * hidden (complemented) pointers so they do not act as roots */
    uintptr_t *finalizable; size_t nfinal, capfinal;
    struct ft_weak_reg { uintptr_t slot, owner; void (*cb)(ft_obj *); } *weak; /* hidden addresses */
    size_t nweak, capweak;
    struct ft_weak_done { ft_obj *owner; void (*cb)(ft_obj *); } *weak_done; /* cleared, callback pending; roots */
    size_t nweakdone, capweakdone;
    ft_obj **to_finalize; size_t ntofin, captofin;  /* resurrected, waiting; scanned as roots */

    ft_gc_stats stats;
} ft_gc_heap;

extern ft_gc_heap ft_heap;
extern const uint32_t ft_gc_class_size[FT_GC_NCLASSES];
/* ceil(2^32 / class size): slot index = (offset_in_block * recip) >> 32, exact
 * because offset * size < 2^32 (set at init, read-only after). */
extern uint64_t ft_gc_class_recip[];

static inline ft_block *ft_gc_block_of(const void *p) {
    uintptr_t off = (uintptr_t)p - (uintptr_t)ft_heap.base;
    if (off >= atomic_load_explicit(&ft_heap.frontier, memory_order_relaxed) * FT_GC_BLOCK_SIZE)
        return NULL;
    return &ft_heap.blocks[off >> FT_GC_BLOCK_SHIFT];
}
static inline char *ft_gc_block_start(ft_block *b) {
    return ft_heap.base + ((size_t)(b - ft_heap.blocks) << FT_GC_BLOCK_SHIFT);
}
static inline bool ft_bit_get(const uint64_t *bm, size_t i) { return (bm[i >> 6] >> (i & 63)) & 1; }
static inline void ft_bit_set(uint64_t *bm, size_t i) { bm[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void ft_bit_clear(uint64_t *bm, size_t i) { bm[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* heap.c */
void ft_gc_tlab_release(struct ft_thread *ts);     /* drop current blocks (world stopped) */
void ft_gc_block_free_run(ft_block *head);           /* collector: return a run */
void ft_gc_rebuild_free_runs(void);                  /* collector: coalesce after sweep */
/* mark.c (collector only, world stopped; see the design notes there) */
void ft_gc_mark_begin(void);                         /* start of a collection */
void ft_gc_mark_seed(const void *start, size_t len); /* scan this range in the next run */
void ft_gc_mark_seed_obj(const void *p);             /* mark this (possible) object in the next run */
void ft_gc_mark_run(bool big);                       /* mark transitively from the seeds; with helpers if big */
uint64_t ft_gc_mark_bytes(void);                     /* bytes marked since ft_gc_mark_begin */
unsigned ft_gc_mark_threads(void);                   /* most markers in one phase of this collection */
bool ft_gc_is_marked(const void *p);                 /* after a run: reached (or not a heap object) */
/* collect.c */
void ft_gc_maybe_collect(void);
void ft_gc_run_pending_finalizers(void);

#endif /* FT_GC_INTERNAL_H */
