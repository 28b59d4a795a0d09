/* listsort.c -- list.sort(): a stable natural merge sort.
 *
 * Locking: the items are taken out of the list under its lock (the list is
 * left empty and marked "being sorted", as CPython does), sorted in a
 * private GC buffer with no lock held (key functions and __lt__ may run
 * arbitrary Python code, including code that mutates or reads the list),
 * then put back under the lock. If the list was mutated meanwhile, the
 * sorted items still replace it and ValueError("list modified during sort")
 * is raised.
 *
 * Algorithm: the array is cut into natural runs (non-descending, or strictly
 * descending and then reversed, which keeps stability); short runs are
 * extended to MINRUN items by binary insertion sort; adjacent runs are then
 * merged pairwise, pass after pass. A merge copies the left run out and
 * merges back, taking from the left run unless the right item is strictly
 * smaller (stability). When a comparison fails, the items still held in the
 * temporary buffer are copied back into the hole, so the list always ends
 * up holding a permutation of its items. reverse=True reverses before and
 * after sorting so equal items keep their original order.
 */
#include "core/ftcore.h"
#include "objects/containers.h"
#include "objects/list_internal.h"

typedef struct { ft_obj *k, *v; } pair;

enum { CMP_GENERIC, CMP_INT, CMP_STR, CMP_FLOAT, CMP_TUPLE };

/* kind: how keys compare; elem: for CMP_TUPLE, how the tuples' first items
 * compare (CMP_INT/STR/FLOAT). */
typedef struct { int kind, elem; } sortstate;

/* Three-way compare of two keys of the same fast kind: -1, 0, 1, or 2 for
 * "unordered" (a float NaN). */
static inline int cmp3(int kind, ft_obj *a, ft_obj *b) {
    switch (kind) {
    case CMP_INT:
        if (ft_is_smallint(a) && ft_is_smallint(b)) {
            int64_t x = ft_smallint_value(a), y = ft_smallint_value(b);
            return x < y ? -1 : x > y;
        }
        return ft_int_compare(a, b);
    case CMP_STR:
        return ft_str_compare(a, b);
    default: {
        double x = ((ft_float *)a)->value, y = ((ft_float *)b)->value;
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }
    }
}

#define MINRUN 32

/* 1 if a < b, 0 if not, -1 on error. */
static inline int lt(sortstate *s, ft_obj *a, ft_obj *b) {
    switch (s->kind) {
    case CMP_INT:
        if (ft_is_smallint(a) && ft_is_smallint(b)) return ft_smallint_value(a) < ft_smallint_value(b);
        return ft_int_compare(a, b) < 0;
    case CMP_STR:
        return ft_str_compare(a, b) < 0;
    case CMP_FLOAT:
        return ((ft_float *)a)->value < ((ft_float *)b)->value;
    case CMP_TUPLE: {
        /* The first items decide unless equal (no user code can run for
         * these kinds, so this is exactly what tuple < tuple computes). */
        int c = cmp3(s->elem, ft_tuple_get(a, 0), ft_tuple_get(b, 0));
        if (c != 0) return c == -1;
        return ft_richcompare_bool(a, b, FT_LT);
    }
    default:
        return ft_richcompare_bool(a, b, FT_LT);
    }
}

static void reverse_pairs(pair *a, ft_ssize n) {
    for (ft_ssize i = 0, j = n - 1; i < j; i++, j--) {
        pair t = a[i]; a[i] = a[j]; a[j] = t;
    }
}

/* Sort a[lo..hi) knowing a[lo..start) is sorted. */
static int binary_insertion(sortstate *s, pair *a, ft_ssize lo, ft_ssize hi, ft_ssize start) {
    for (ft_ssize i = start; i < hi; i++) {
        pair pivot = a[i];
        ft_ssize l = lo, r = i;
        while (l < r) {
            ft_ssize m = l + (r - l) / 2;
            int c = lt(s, pivot.k, a[m].k);
            if (c < 0) return -1;
            if (c) r = m; else l = m + 1;
        }
        memmove(&a[l + 1], &a[l], (size_t)(i - l) * sizeof(pair));
        a[l] = pivot;
    }
    return 0;
}

/* Length of the run starting at lo (reversed in place if descending). */
static ft_ssize count_run(sortstate *s, pair *a, ft_ssize lo, ft_ssize hi) {
    ft_ssize i = lo + 1;
    if (i == hi) return 1;
    int c = lt(s, a[i].k, a[lo].k);
    if (c < 0) return -1;
    if (c) {
        for (i++; i < hi; i++) {
            c = lt(s, a[i].k, a[i - 1].k);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_pairs(a + lo, i - lo);
    } else {
        for (i++; i < hi; i++) {
            c = lt(s, a[i].k, a[i - 1].k);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return i - lo;
}

/* Merge sorted a[lo..mid) and a[mid..hi) using tmp (>= mid-lo pairs). */
static int merge(sortstate *s, pair *a, ft_ssize lo, ft_ssize mid, ft_ssize hi, pair *tmp) {
    int c = lt(s, a[mid].k, a[mid - 1].k);
    if (c <= 0) return c;  /* already in order (or error with nothing moved) */
    ft_ssize na = mid - lo;
    memcpy(tmp, a + lo, (size_t)na * sizeof(pair));
    ft_ssize i = 0, j = mid, k = lo;
    while (i < na && j < hi) {
        c = lt(s, a[j].k, tmp[i].k);
        if (c < 0) {
            memcpy(a + k, tmp + i, (size_t)(na - i) * sizeof(pair));
            return -1;
        }
        if (c) a[k++] = a[j++];
        else a[k++] = tmp[i++];
    }
    memcpy(a + k, tmp + i, (size_t)(na - i) * sizeof(pair));
    return 0;
}

static int sort_pairs(sortstate *s, pair *a, ft_ssize n) {
    if (n < 2) return 0;
    ft_ssize maxruns = n / MINRUN + 2;
    ft_ssize *runs = ft_gc_alloc((size_t)maxruns * sizeof(ft_ssize), FT_GC_ATOMIC);
    if (!runs) return -1;
    ft_ssize nruns = 0;
    for (ft_ssize lo = 0; lo < n;) {
        ft_ssize len = count_run(s, a, lo, n);
        if (len < 0) return -1;
        if (len < MINRUN && lo + len < n) {
            ft_ssize force = n - lo < MINRUN ? n - lo : MINRUN;
            if (binary_insertion(s, a, lo, lo + force, lo + len) < 0) return -1;
            len = force;
        }
        runs[nruns++] = lo;
        lo += len;
    }
    if (nruns == 1) return 0;
    pair *tmp = ft_gc_alloc((size_t)n * sizeof(pair), FT_GC_SCAN);
    if (!tmp) return -1;
    while (nruns > 1) {
        ft_thread *ts = ft_ts();
        if (ts) FT_SAFEPOINT(ts);
        ft_ssize w = 0;
        for (ft_ssize r = 0; r < nruns; r += 2) {
            if (r + 1 == nruns) { runs[w++] = runs[r]; break; }
            ft_ssize lo = runs[r], mid = runs[r + 1], hi = r + 2 < nruns ? runs[r + 2] : n;
            if (merge(s, a, lo, mid, hi, tmp) < 0) return -1;
            runs[w++] = lo;
        }
        nruns = w;
    }
    return 0;
}

int ft_list_sort(ft_obj *list, ft_obj *key, bool reverse) {
    ft_ssize n;
    ft_obj **orig = ft_list_sort_take(list, &n);
    if (n == 0 || (n == 1 && !key)) {
        int r = ft_list_sort_put_back(list, orig, n);
        if (r > 0) {
            ft_err_set_str(ft_exc_ValueError, "list modified during sort");
            return -1;
        }
        return 0;
    }
    /* Until the sorted array is built, failures re-install the untouched
     * original array. */
    pair *a = ft_gc_alloc((size_t)n * sizeof(pair), FT_GC_SCAN);
    if (!a) {
        ft_list_sort_put_back(list, orig, n);
        return -1;
    }
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *v = ft_item_load(&orig[i]);
        a[i].v = v;
        if (key) {
            ft_obj *k = ft_call1(key, v);
            if (!k) {
                ft_obj *exc = ft_err_fetch();
                ft_list_sort_put_back(list, orig, n);
                ft_err_restore(exc);
                return -1;
            }
            a[i].k = k;
        } else {
            a[i].k = v;
        }
    }
    int status = 0;
    if (n > 1) {
        sortstate s = { CMP_GENERIC, CMP_GENERIC };
        ft_type *t0 = FT_TYPE(a[0].k);
        if (t0 == &ft_int_type || t0 == &ft_str_type || t0 == &ft_float_type) {
            bool same = true;
            for (ft_ssize i = 1; i < n && same; i++) same = FT_TYPE(a[i].k) == t0;
            if (same) s.kind = t0 == &ft_int_type ? CMP_INT : t0 == &ft_str_type ? CMP_STR : CMP_FLOAT;
        } else if (t0 == &ft_tuple_type && ft_tuple_size(a[0].k) > 0) {
            ft_type *e0 = FT_TYPE(ft_tuple_get(a[0].k, 0));
            bool same = e0 == &ft_int_type || e0 == &ft_str_type || e0 == &ft_float_type;
            for (ft_ssize i = 1; i < n && same; i++)
                same = FT_TYPE(a[i].k) == &ft_tuple_type && ft_tuple_size(a[i].k) > 0 &&
                       FT_TYPE(ft_tuple_get(a[i].k, 0)) == e0;
            if (same) {
                s.kind = CMP_TUPLE;
                s.elem = e0 == &ft_int_type ? CMP_INT : e0 == &ft_str_type ? CMP_STR : CMP_FLOAT;
            }
        }
        if (reverse) reverse_pairs(a, n);
        status = sort_pairs(&s, a, n);
        if (reverse) reverse_pairs(a, n);
    }
    ft_obj *exc = status < 0 ? ft_err_fetch() : NULL;
    ft_obj **sorted = ft_list_items_alloc(n);
    if (!sorted) {
        ft_list_sort_put_back(list, orig, n);
        return -1;
    }
    /* On a comparison error the pairs still hold a permutation of the items
     * (CPython leaves the list in such a state too). */
    for (ft_ssize i = 0; i < n; i++) sorted[i] = a[i].v;
    int r = ft_list_sort_put_back(list, sorted, n);
    if (exc) {
        ft_err_restore(exc);
        return -1;
    }
    if (r > 0) {
        ft_err_set_str(ft_exc_ValueError, "list modified during sort");
        return -1;
    }
    return 0;
}
