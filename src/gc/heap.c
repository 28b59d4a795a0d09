/* heap.c -- the arena, block runs and per-thread allocation.
 *
 * Fast path (ft_gc_alloc of a small size): pop a slot from the calling
 * thread's free list for the size class, set its alloc bit, clear the link
 * word. No lock, no atomic. The free list threads through the free slots
 * of the thread's current block, which no other thread touches (the block's
 * `owner` is this thread) until a collection releases it.
 *
 * Slow path: take a block with free slots from the shared partial list, or
 * a fresh block from a free run / the arena frontier, under heap.lock;
 * then (outside the lock) zero its free slots and link them. Every refill
 * accounts the bytes of the block just used up (a thread's current blocks
 * count only once exhausted, so the trigger does not run ahead with the
 * number of threads), and allocation beyond the threshold triggers a
 * collection (collect.c) before the refill.
 *
 * Invariant: memory handed out is zero except for what the caller writes.
 * Fresh arena memory is zero; recycled slots are zeroed when linked.
 */
#include "gc_internal.h"

#include <sys/mman.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

ft_gc_heap ft_heap;

const uint32_t ft_gc_class_size[FT_GC_NCLASSES] = {
    16, 32, 48, 64, 80, 96, 112, 128,
    160, 192, 224, 256, 320, 384, 448, 512,
    640, 768, 896, 1024, 1280, 1536, 1792, 2048,
    2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
    10240, 12288, 14336, 16384,
};

/* size (in granules) -> class; filled once by ft_gc_init, read-only after. */
static uint8_t class_of_granules[FT_GC_MAX_SMALL / FT_GC_GRANULE + 1];

/* ceil(2^32 / class size): slot index = (offset * recip) >> 32, exact
 * because offsets are multiples of the size and below 2^15. */
uint64_t ft_gc_class_recip[FT_GC_NCLASSES];

static inline int size_class(size_t size) {
    return class_of_granules[(size + FT_GC_GRANULE - 1) / FT_GC_GRANULE];
}

int ft_gc_init(void) {
    int c = 0;
    for (size_t g = 0; g <= FT_GC_MAX_SMALL / FT_GC_GRANULE; g++) {
        while (ft_gc_class_size[c] < g * FT_GC_GRANULE)
            c++;
        class_of_granules[g] = (uint8_t)c;
    }
    for (int i = 0; i < FT_GC_NCLASSES; i++)
        ft_gc_class_recip[i] = (((uint64_t)1 << 32) + ft_gc_class_size[i] - 1) / ft_gc_class_size[i];
    /* Reserve address space only; pages are committed by first touch. */
    size_t sizes[] = { (size_t)64 << 30, (size_t)16 << 30, (size_t)4 << 30, (size_t)1 << 30 };
    for (size_t i = 0; i < FT_ARRAY_LEN(sizes); i++) {
        size_t sz = sizes[i] + FT_GC_BLOCK_SIZE;
        void *p = mmap(NULL, sz, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            continue;
        uintptr_t aligned = ((uintptr_t)p + FT_GC_BLOCK_SIZE - 1) & ~(uintptr_t)(FT_GC_BLOCK_SIZE - 1);
        size_t nblocks = sizes[i] / FT_GC_BLOCK_SIZE;
        void *d = mmap(NULL, nblocks * sizeof(ft_block), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (d == MAP_FAILED) {
            munmap(p, sz);
            continue;
        }
        ft_heap.base = (char *)aligned;
        ft_heap.reserved = sizes[i];
        ft_heap.blocks = d;
        break;
    }
    if (!ft_heap.base) {
        fprintf(stderr, "ftpy: cannot reserve address space for the heap\n");
        return -1;
    }
    pthread_mutex_init(&ft_heap.lock, NULL);
    pthread_mutex_init(&ft_heap.collect_lock, NULL);
    atomic_store(&ft_heap.threshold, FT_GC_MIN_THRESHOLD);
    atomic_store(&ft_heap.enabled, true);
    return 0;
}

void ft_gc_fini(void) {
    /* The arena lives until process exit; nothing to do. */
}

/* ---- block runs (heap.lock held) ----------------------------------------- */

static ft_block *take_run_locked(size_t n) {
    ft_block **pp = &ft_heap.free_runs, *best = NULL, **bestpp = NULL;
    for (; *pp; pp = &(*pp)->next) {
        ft_block *b = *pp;
        if (b->run >= n && (!best || b->run < best->run)) {
            best = b;
            bestpp = pp;
            if (b->run == n)
                break;
        }
    }
    if (best) {
        *bestpp = best->next;
        if (best->run > n) {
            ft_block *rest = best + n;
            rest->run = best->run - n;
            rest->state = FT_BLOCK_UNUSED;
            rest->next = ft_heap.free_runs;
            ft_heap.free_runs = rest;
        }
        best->next = NULL;
        return best;
    }
    size_t limit = ft_heap.reserved / FT_GC_BLOCK_SIZE;
    if (ft_heap.frontier + n > limit)
        return NULL;
    ft_block *b = &ft_heap.blocks[ft_heap.frontier];
    ft_heap.frontier += n;
    return b;
}

static void init_small_block(ft_block *b, int cls, int kind, bool immortal) {
    b->state = FT_BLOCK_SMALL;
    b->sizeclass = (uint8_t)cls;
    b->kind = (uint8_t)kind;
    b->immortal = immortal;
    b->objsize = ft_gc_class_size[cls];
    b->nslots = (uint32_t)(FT_GC_BLOCK_SIZE / b->objsize);
    b->nlive = 0;
    b->run = 1;
    b->next = NULL;
    memset(b->alloc, 0, sizeof b->alloc);
    memset(b->mark, 0, sizeof b->mark);
}

/* ---- refill ---------------------------------------------------------------- */

/* Link the free slots of `b` (owned by the caller) into a list; zero them.
 * *nfree receives their number. */
static void *link_free_slots(ft_block *b, size_t *nfree) {
    char *start = ft_gc_block_start(b);
    void *head = NULL;
    bool fresh = !b->dirty;
    size_t n = 0;
    for (int i = (int)b->nslots - 1; i >= 0; i--) {
        if (ft_bit_get(b->alloc, (size_t)i))
            continue;
        char *slot = start + (size_t)i * b->objsize;
        if (!fresh)
            memset(slot, 0, b->objsize);
        *(void **)slot = head;
        head = slot;
        n++;
    }
    b->dirty = 1;
    *nfree = n;
    return head;
}

static void *refill(ft_thread *ts, int cls, int kind, bool immortal) {
    ft_gc_tlab *t = ts->tlab;
    if (!immortal) {
        /* The block we used up was allocated in full. */
        size_t used = t->cls[cls][kind].avail;
        t->cls[cls][kind].avail = 0;
        if (used)
            atomic_fetch_add_explicit(&ft_heap.allocated_since_gc, used, memory_order_relaxed);
        ft_gc_maybe_collect();
    }
    for (;;) {
        pthread_mutex_lock(&ft_heap.lock);
        ft_block *b = NULL;
        if (!immortal) {
            b = ft_heap.partial[cls][kind];
            if (b)
                ft_heap.partial[cls][kind] = b->next;
        }
        if (!b) {
            b = take_run_locked(1);
            if (b) {
                init_small_block(b, cls, kind, immortal);
                ft_heap.heap_bytes += FT_GC_BLOCK_SIZE;
            }
        }
        if (b)
            b->owner = ts;
        pthread_mutex_unlock(&ft_heap.lock);
        if (!b)
            return NULL;
        size_t free_slots;
        void *head = link_free_slots(b, &free_slots);
        if (!head) {
            /* A partial-list entry that turned out full (its last owner
             * filled it): drop it; the next sweep lists it again if
             * anything in it dies. */
            b->owner = NULL;
            continue;
        }
        if (immortal) {
            t->immortal[cls].blk = b;
            t->immortal[cls].free = head;
        } else {
            t->cls[cls][kind].blk = b;
            t->cls[cls][kind].free = head;
            t->cls[cls][kind].avail = free_slots * b->objsize;
        }
        return head;
    }
}

static void release_block_locked(ft_block *b, bool has_free) {
    b->owner = NULL;
    if (b->immortal || !has_free)
        return;   /* a full block is listed again by the next sweep if space frees up */
    b->next = ft_heap.partial[b->sizeclass][b->kind];
    ft_heap.partial[b->sizeclass][b->kind] = b;
}

/* World stopped (or the thread exiting): give this thread's blocks back.
 * Slots still on its free list are free (alloc bit clear), so nothing is lost. */
void ft_gc_tlab_release(ft_thread *ts) {
    ft_gc_tlab *t = ts->tlab;
    if (!t)
        return;
    pthread_mutex_lock(&ft_heap.lock);
    for (int c = 0; c < FT_GC_NCLASSES; c++) {
        for (int k = 0; k < 2; k++) {
            if (t->cls[c][k].blk)
                release_block_locked(t->cls[c][k].blk, t->cls[c][k].free != NULL);
            t->cls[c][k].blk = NULL;
            t->cls[c][k].free = NULL;
            t->cls[c][k].avail = 0;   /* partly used: the next cycle starts from zero anyway */
        }
        if (t->immortal[c].blk)
            t->immortal[c].blk->owner = NULL;
        t->immortal[c].blk = NULL;
        t->immortal[c].free = NULL;
    }
    pthread_mutex_unlock(&ft_heap.lock);
}

/* ---- public allocation ---------------------------------------------------- */

static void *alloc_large(size_t size, int kind) {
    ft_gc_maybe_collect();
    size_t n = (size + FT_GC_BLOCK_SIZE - 1) / FT_GC_BLOCK_SIZE;
    pthread_mutex_lock(&ft_heap.lock);
    ft_block *b = take_run_locked(n);
    if (b) {
        bool dirty = false;
        for (size_t i = 0; i < n; i++) {
            ft_block *x = b + i;
            dirty |= x->dirty;
            x->state = i ? FT_BLOCK_LARGE_TAIL : FT_BLOCK_LARGE_HEAD;
            x->run = i ? (uint32_t)i : (uint32_t)n;
            x->owner = NULL;
            x->next = NULL;
            x->dirty = 1;
        }
        b->kind = (uint8_t)kind;
        b->immortal = 0;
        b->objsize = (uint32_t)(size > UINT32_MAX ? UINT32_MAX : size);
        b->nslots = 1;
        b->nlive = 1;
        memset(b->alloc, 0, sizeof b->alloc);
        memset(b->mark, 0, sizeof b->mark);
        ft_bit_set(b->alloc, 0);
        ft_heap.heap_bytes += n * FT_GC_BLOCK_SIZE;
        pthread_mutex_unlock(&ft_heap.lock);
        if (dirty)
            memset(ft_gc_block_start(b), 0, n * FT_GC_BLOCK_SIZE);
        atomic_fetch_add_explicit(&ft_heap.allocated_since_gc, n * FT_GC_BLOCK_SIZE, memory_order_relaxed);
        return ft_gc_block_start(b);
    }
    pthread_mutex_unlock(&ft_heap.lock);
    return NULL;
}

static void *alloc_small(ft_thread *ts, size_t size, int kind, bool immortal) {
    int cls = size_class(size ? size : 1);
    ft_gc_tlab *t = ts->tlab;
    void **freep = immortal ? &t->immortal[cls].free : &t->cls[cls][kind].free;
    void *p = *freep;
    if (FT_UNLIKELY(!p)) {
        p = refill(ts, cls, kind, immortal);
        if (!p)
            return NULL;
        freep = immortal ? &t->immortal[cls].free : &t->cls[cls][kind].free;
    }
    void *next = *(void **)p;
    *freep = next;
    /* The next allocation of this class will write there: fetch it now. */
    __builtin_prefetch(next, 1);
    *(void **)p = NULL;
    uintptr_t off = (uintptr_t)p - (uintptr_t)ft_heap.base;
    ft_block *b = &ft_heap.blocks[off >> FT_GC_BLOCK_SHIFT];
    size_t idx = (size_t)(((off & (FT_GC_BLOCK_SIZE - 1)) * ft_gc_class_recip[cls]) >> 32);
    ft_bit_set(b->alloc, idx);
    return p;
}

void *ft_gc_alloc(size_t size, int kind) {
    ft_thread *ts = ft_current_thread;
    void *p;
    if (FT_LIKELY(size <= FT_GC_MAX_SMALL))
        p = alloc_small(ts, size, kind, false);
    else if (size > ft_heap.reserved / 2)
        p = NULL;
    else
        p = alloc_large(size, kind);
    if (FT_UNLIKELY(!p))
        ft_err_no_memory();
    return p;
}

void *ft_gc_realloc(void *p, size_t old_size, size_t new_size, int kind) {
    if (p && new_size <= ft_gc_usable_size(p)) {
        if (new_size < old_size)
            memset((char *)p + new_size, 0, old_size - new_size);
        return p;
    }
    void *q = ft_gc_alloc(new_size, kind);
    if (!q)
        return NULL;
    if (p)
        memcpy(q, p, old_size < new_size ? old_size : new_size);
    return q;
}

void ft_gc_free(void *p) {
    /* Early release is an optimisation we do not need yet: the collector
     * reclaims the block. Kept so callers can state intent. */
    (void)p;
}

size_t ft_gc_usable_size(const void *p) {
    ft_block *b = ft_gc_block_of(p);
    if (!b)
        return 0;
    if (b->state == FT_BLOCK_SMALL)
        return b->objsize;
    if (b->state == FT_BLOCK_LARGE_TAIL)
        b -= b->run;
    return (size_t)b->run * FT_GC_BLOCK_SIZE;
}

ft_obj *ft_obj_alloc(ft_type *type, size_t size) {
    int kind = FT_GC_SCAN;
    if ((type->flags & FT_TPF_ATOMIC_INSTANCES) && !(type->flags & FT_TPF_HEAPTYPE))
        kind = FT_GC_ATOMIC;
    ft_obj *o = ft_gc_alloc(size, kind);
    if (o) {
        o->ob_type = type;
        /* Owned by its creator: that thread's first lock is the fast one. */
        atomic_store_explicit(&o->ob_lock, ft_objlock_self, memory_order_relaxed);
    }
    return o;
}

ft_obj *ft_obj_alloc_immortal(ft_type *type, size_t size) {
    ft_thread *ts = ft_current_thread;
    ft_obj *o;
    if (size <= FT_GC_MAX_SMALL) {
        o = alloc_small(ts, size, FT_GC_SCAN, true);
    } else {
        o = alloc_large(size, FT_GC_SCAN);
        if (o) {
            ft_block *b = ft_gc_block_of(o);
            b->immortal = 1;
        }
    }
    if (!o) {
        ft_err_no_memory();
        return NULL;
    }
    o->ob_type = type;
    atomic_store_explicit(&o->ob_flags, FT_OBF_IMMORTAL, memory_order_relaxed);
    return o;
}

/* ---- collector support ------------------------------------------------------ */

/* Free a whole run: its blocks become a free run (coalesced later). */
void ft_gc_block_free_run(ft_block *head) {
    size_t n = head->state == FT_BLOCK_SMALL ? 1 : head->run;
    for (size_t i = 0; i < n; i++) {
        head[i].state = FT_BLOCK_UNUSED;
        head[i].owner = NULL;
    }
    head->run = (uint32_t)n;
    ft_heap.heap_bytes -= n * FT_GC_BLOCK_SIZE;
}

/* World stopped: rebuild free runs and partial lists from the descriptors,
 * coalescing neighbouring unused blocks. Up to FT_GC_KEEP_DIRTY bytes of
 * free runs stay committed for quick reuse; the pages of the rest go back
 * to the OS, so a program that frees a lot shrinks back. */
#define FT_GC_KEEP_DIRTY ((size_t)64 << 20)
void ft_gc_rebuild_free_runs(void) {
    size_t kept_dirty = 0;
    ft_heap.free_runs = NULL;
    for (int c = 0; c < FT_GC_NCLASSES; c++)
        ft_heap.partial[c][0] = ft_heap.partial[c][1] = NULL;
    size_t i = 0, n = ft_heap.frontier;
    while (i < n) {
        ft_block *b = &ft_heap.blocks[i];
        if (b->state == FT_BLOCK_UNUSED) {
            size_t j = i;
            bool dirty = false;
            while (j < n && ft_heap.blocks[j].state == FT_BLOCK_UNUSED) {
                dirty |= ft_heap.blocks[j].dirty;
                j++;
            }
            size_t bytes = (j - i) * FT_GC_BLOCK_SIZE;
            if (dirty && kept_dirty + bytes <= FT_GC_KEEP_DIRTY) {
                kept_dirty += bytes;
            } else if (dirty) {
                madvise(ft_heap.base + i * FT_GC_BLOCK_SIZE, bytes, MADV_DONTNEED);
                for (size_t k = i; k < j; k++)
                    ft_heap.blocks[k].dirty = 0;
            }
            b->run = (uint32_t)(j - i);
            b->next = ft_heap.free_runs;
            ft_heap.free_runs = b;
            i = j;
        } else if (b->state == FT_BLOCK_SMALL) {
            if (!b->immortal && !b->owner && b->nlive < b->nslots) {
                b->next = ft_heap.partial[b->sizeclass][b->kind];
                ft_heap.partial[b->sizeclass][b->kind] = b;
            }
            i++;
        } else {
            i += b->state == FT_BLOCK_LARGE_HEAD ? b->run : 1;
        }
    }
}

void ft_gc_add_root(void *start, size_t size) {
    pthread_mutex_lock(&ft_heap.lock);
    if (ft_heap.nroots == ft_heap.caproots) {
        size_t cap = ft_heap.caproots ? ft_heap.caproots * 2 : 256;
        void *nr = realloc(ft_heap.roots, cap * sizeof *ft_heap.roots);
        if (!nr) {
            pthread_mutex_unlock(&ft_heap.lock);
            fprintf(stderr, "ftpy: out of memory registering a GC root\n");
            abort();
        }
        ft_heap.roots = nr;
        ft_heap.caproots = cap;
    }
    ft_heap.roots[ft_heap.nroots].start = start;
    ft_heap.roots[ft_heap.nroots].size = size;
    ft_heap.nroots++;
    pthread_mutex_unlock(&ft_heap.lock);
}

void ft_gc_remove_root(void *start) {
    pthread_mutex_lock(&ft_heap.lock);
    for (size_t i = 0; i < ft_heap.nroots; i++) {
        if (ft_heap.roots[i].start == start) {
            ft_heap.roots[i] = ft_heap.roots[--ft_heap.nroots];
            break;
        }
    }
    pthread_mutex_unlock(&ft_heap.lock);
}
