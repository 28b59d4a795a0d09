/* bytearray.c -- the mutable byte string.
 *
 * LOCKING
 *  - Every mutation of size/alloc/items/exports holds the object's ob_lock.
 *    Values that need Python code (iterables, __index__) are converted
 *    *before* taking the lock; while holding it we only copy bytes and may
 *    allocate (allowed by mutex.h: the collector takes no object locks).
 *  - `exports` counts live buffer views (memoryview, ft_get_buffer users).
 *    While it is non-zero the storage may not be resized or replaced, so a
 *    view's pointer stays valid: resizing raises BufferError.
 *  - `items` is a GC block (FT_GC_ATOMIC) replaced, never shrunk, on growth;
 *    readers that snapshot it under the lock keep the old block alive.
 *  - The shared read-only methods live in bytes.c and read self through
 *    ft_get_buffer (an export) so they never race with a resize.
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"
#include "objects/codecs.h"

#define BA(o) ((ft_bytearray *)(o))

extern const ft_method_def ft_bytes_common_methods[];
ft_obj *ft_bytes_compare_op(const char *a, ft_ssize an, const char *b, ft_ssize bn, int op);
int ft_bytes_contains_impl(const char *buf, ft_ssize len, ft_obj *item);
ft_obj *ft_bytes_iter_new(ft_obj *seq);
int ft_text_repeat_count(ft_obj *v, ft_obj *w, ft_obj **seq, ft_ssize *count, bool (*is_seq)(ft_obj *));

/* memmove that tolerates NULL pointers when nothing is copied (an empty
 * bytearray has no storage). */
static inline void move_bytes(void *dst, const void *src, ft_ssize n)
{
    if (n > 0) memmove(dst, src, (size_t)n);
}

bool ft_bytearray_check(ft_obj *o)
{
    ft_type *t = ft_type_of(o);
    return t == &ft_bytearray_type || (!ft_is_smallint(o) && (t->flags & FT_TPF_HEAPTYPE) &&
                                       ft_type_is_subtype(t, &ft_bytearray_type));
}

void ft_bytearray_release_export(ft_obj *o)
{
    ft_lock(o);
    if (BA(o)->exports > 0) BA(o)->exports--;
    ft_unlock(o);
}

static int raise_exports(void)
{
    ft_err_set_str(FT_EXC(BufferError), "Existing exports of data: object cannot be re-sized");
    return -1;
}

/* Caller holds the lock. Exports may belong to memoryviews that are
 * already garbage (without reference counting a dropped temporary view is
 * only finalized by the collector), so before refusing a resize we run a
 * collection -- finalizers release dead views' exports -- and look again.
 * The lock is dropped meanwhile: callers compute sizes only afterwards.
 * Returns true if live exports remain (BufferError raised). */
static bool still_exported(ft_obj *self)
{
    if (BA(self)->exports == 0) return false;
    ft_unlock(self);
    ft_gc_collect();
    ft_lock(self);
    if (BA(self)->exports == 0) return false;
    raise_exports();
    return true;
}

/* Caller holds the lock. New bytes beyond the old size are zeroed. */
static int resize_locked(ft_bytearray *ba, ft_ssize n)
{
    if (!ba->items) {
        /* give every bytearray storage so pointer arithmetic is always defined */
        char *items = ft_gc_alloc(16, FT_GC_ATOMIC);
        if (!items) return -1;
        ba->items = items;
        ba->alloc = 16;
    }
    if (n == ba->size) return 0;
    if (ba->exports > 0) return raise_exports();
    if (n < 0 || n > INT32_MAX) { ft_err_no_memory(); return -1; }
    if (n + 1 > ba->alloc) {
        ft_ssize na = n + (n >> 3) + 16;
        char *items = ft_gc_alloc((size_t)na, FT_GC_ATOMIC);
        if (!items) return -1;
        if (ba->size) move_bytes(items, ba->items, ba->size);
        ba->items = items;
        ba->alloc = na;
    } else if (n > ba->size) {
        memset(ba->items + ba->size, 0, (size_t)(n - ba->size));
    }
    ba->size = n;
    ba->items[n] = 0;
    return 0;
}

ft_obj *ft_bytearray_new(const char *data, ft_ssize size)
{
    ft_obj *o = ft_obj_alloc(&ft_bytearray_type, sizeof(ft_bytearray));
    if (!o) return NULL;
    if (resize_locked(BA(o), 0) < 0) return NULL;  /* storage, even when empty */
    if (size > 0) {
        if (resize_locked(BA(o), size) < 0) return NULL;  /* not yet shared: no lock needed */
        if (data) move_bytes(BA(o)->items, data, size);
    }
    return o;
}

/* Snapshot of the contents (a GC copy), taken under the lock. */
static char *snapshot(ft_obj *self, ft_ssize *n)
{
    ft_lock(self);
    ft_ssize len = BA(self)->size;
    char *d = ft_gc_alloc((size_t)len + 1, FT_GC_ATOMIC);
    if (d && len) move_bytes(d, BA(self)->items, len);
    ft_unlock(self);
    *n = len;
    return d;
}

/* ------------------------------------------------------------------------ */
/* methods                                                                    */

static ft_obj *ba_append(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("append", nargs, kw, 1, 1) < 0) return NULL;
    unsigned char c;
    if (ft_byte_from_obj(args[0], &c) < 0) return NULL;
    ft_lock(self);
    int rc = still_exported(self) ? -1 : resize_locked(BA(self), BA(self)->size + 1);
    if (rc == 0) BA(self)->items[BA(self)->size - 1] = (char)c;
    ft_unlock(self);
    return rc < 0 ? NULL : ft_None;
}

static int extend_with(ft_obj *self, const char *d, ft_ssize n)
{
    ft_lock(self);
    if (n && still_exported(self)) { ft_unlock(self); return -1; }
    ft_ssize old = BA(self)->size;
    int rc = n ? resize_locked(BA(self), old + n) : 0;
    if (rc == 0 && n) move_bytes(BA(self)->items + old, d, n);
    ft_unlock(self);
    return rc;
}

static ft_obj *ba_extend(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("extend", nargs, kw, 1, 1) < 0) return NULL;
    ft_obj *o = args[0];
    if (ft_str_check(o)) {
        ft_err_set_str(ft_exc_TypeError, "expected iterable of integers; got: 'str'");
        return NULL;
    }
    ft_ssize n;
    char *d;
    if (o == self) d = snapshot(self, &n);
    else {
        ft_type *t = ft_type_of(o);
        if (!t->iter && !t->subscript && !ft_bytes_check(o) && !ft_bytearray_check(o) &&
            !ft_type_is_subtype(t, &ft_memoryview_type))
            return ft_err_format(ft_exc_TypeError, "can't extend bytearray with %s", t->name);
        d = ft_bytes_collect(o, &n);
    }
    if (!d) return NULL;
    return extend_with(self, d, n) < 0 ? NULL : ft_None;
}

static ft_obj *ba_insert(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("insert", nargs, kw, 2, 2) < 0) return NULL;
    ft_ssize i;
    if (!ft_int_check(args[0]) && !ft_type_of(args[0])->as_number.index)
        return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer", ft_type_of(args[0])->name);
    i = ft_index_as_ssize(args[0], NULL);
    if (i == -1 && ft_err_occurred()) return NULL;
    unsigned char c;
    if (ft_byte_from_obj(args[1], &c) < 0) return NULL;
    ft_lock(self);
    if (still_exported(self)) { ft_unlock(self); return NULL; }
    ft_bytearray *ba = BA(self);
    ft_ssize n = ba->size;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    int rc = resize_locked(ba, n + 1);
    if (rc == 0) {
        move_bytes(ba->items + i + 1, ba->items + i, n - i);
        ba->items[i] = (char)c;
    }
    ft_unlock(self);
    return rc < 0 ? NULL : ft_None;
}

static ft_obj *ba_pop(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("pop", nargs, kw, 0, 1) < 0) return NULL;
    ft_ssize i = -1;
    if (nargs) {
        if (!ft_int_check(args[0]) && !ft_type_of(args[0])->as_number.index)
            return ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer", ft_type_of(args[0])->name);
        i = ft_index_as_ssize(args[0], ft_exc_OverflowError);
        if (i == -1 && ft_err_occurred()) return NULL;
    }
    ft_lock(self);
    ft_bytearray *ba = BA(self);
    ft_ssize n = ba->size;
    if (n == 0) {
        ft_unlock(self);
        ft_err_set_str(ft_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        ft_unlock(self);
        ft_err_set_str(ft_exc_IndexError, "pop index out of range");
        return NULL;
    }
    if (still_exported(self)) { ft_unlock(self); return NULL; }
    n = ba->size;
    if (i >= n) { ft_unlock(self); ft_err_set_str(ft_exc_IndexError, "pop index out of range"); return NULL; }
    int c = (unsigned char)ba->items[i];
    move_bytes(ba->items + i, ba->items + i + 1, n - i - 1);
    resize_locked(ba, n - 1);
    ft_unlock(self);
    return ft_smallint(c);
}

static ft_obj *ba_remove(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    if (ft_check_positional("remove", nargs, kw, 1, 1) < 0) return NULL;
    unsigned char c;
    if (ft_byte_from_obj(args[0], &c) < 0) return NULL;
    ft_lock(self);
    ft_bytearray *ba = BA(self);
    char *p = ba->size ? memchr(ba->items, c, (size_t)ba->size) : NULL;
    if (!p) {
        ft_unlock(self);
        ft_err_set_str(ft_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    if (ba->exports > 0) {
        if (still_exported(self)) { ft_unlock(self); return NULL; }
        p = ba->size ? memchr(ba->items, c, (size_t)ba->size) : NULL;
        if (!p) {
            ft_unlock(self);
            ft_err_set_str(ft_exc_ValueError, "value not found in bytearray");
            return NULL;
        }
    }
    ft_ssize i = p - ba->items;
    move_bytes(p, p + 1, ba->size - i - 1);
    resize_locked(ba, ba->size - 1);
    ft_unlock(self);
    return ft_None;
}

static ft_obj *ba_reverse(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_lock(self);
    ft_bytearray *ba = BA(self);
    for (ft_ssize i = 0, j = ba->size - 1; i < j; i++, j--) {
        char t = ba->items[i];
        ba->items[i] = ba->items[j];
        ba->items[j] = t;
    }
    ft_unlock(self);
    return ft_None;
}

static ft_obj *ba_clear(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_lock(self);
    int rc = (BA(self)->size && still_exported(self)) ? -1 : resize_locked(BA(self), 0);
    ft_unlock(self);
    return rc < 0 ? NULL : ft_None;
}

static ft_obj *ba_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_ssize n;
    char *d = snapshot(self, &n);
    return d ? ft_bytearray_new(d, n) : NULL;
}

static ft_obj *ba_alloc(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_lock(self);
    ft_ssize a = BA(self)->alloc;
    ft_unlock(self);
    return ft_smallint(a);
}

static ft_obj *ba_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    return ft_smallint((int64_t)sizeof(ft_bytearray) + BA(self)->alloc);
}

static ft_obj *ba_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_ssize n;
    char *d = snapshot(self, &n);
    if (!d) return NULL;
    ft_obj *str = ft_codec_decode(d, n, "latin-1", "strict");
    ft_obj *enc = str ? ft_str_from_cstr("latin-1") : NULL;
    if (!enc) return NULL;
    ft_obj *argt = ft_tuple_pack(2, str, enc);
    if (!argt) return NULL;
    ft_obj **dp = ft_obj_dictptr(self);
    ft_obj *dict = dp && *dp ? *dp : ft_None;
    return ft_tuple_pack(3, (ft_obj *)ft_type_of(self), argt, dict);
}

static ft_obj *ba_fromhex(ft_obj *cls, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    extern ft_obj *ft_bytes_fromhex_impl(ft_obj *s);
    if (ft_check_positional("fromhex", nargs, kw, 1, 1) < 0) return NULL;
    ft_obj *b = ft_bytes_fromhex_impl(args[0]);
    if (!b) return NULL;
    ft_obj *r = ft_bytearray_new(ft_bytes_data(b), ft_bytes_size(b));
    if (!r || cls == (ft_obj *)&ft_bytearray_type) return r;
    return ft_call1(cls, r);
}

static const ft_method_def bytearray_own_methods[] = {
    {"append", ba_append, FT_METH_O, "Append a single item to the end of the bytearray."},
    {"clear", ba_clear, FT_METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", ba_copy, FT_METH_NOARGS, "Return a copy of B."},
    {"extend", ba_extend, FT_METH_O, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, FT_METH_VARARGS, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, FT_METH_VARARGS, "Remove and return a single item from B."},
    {"remove", ba_remove, FT_METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", ba_reverse, FT_METH_NOARGS, "Reverse the order of the values in B in place."},
    {"__alloc__", ba_alloc, FT_METH_NOARGS, "B.__alloc__() -> int"},
    {"__sizeof__", ba_sizeof, FT_METH_NOARGS, "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce__", ba_reduce, FT_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------------ */
/* slots                                                                      */

static ft_obj *ba_repr(ft_obj *self)
{
    ft_ssize n;
    char *d = snapshot(self, &n);
    if (!d) return NULL;
    ft_strbuf b;
    ft_strbuf_init(&b);
    const char *name = ft_type_of(self) == &ft_bytearray_type ? "bytearray" : ft_type_name(ft_type_of(self));
    if (ft_strbuf_append_cstr(&b, name) < 0 || ft_strbuf_append(&b, "(", 1) < 0) return NULL;
    if (ft_bytes_repr_into(&b, d, n, "!b") < 0 || ft_strbuf_append(&b, ")", 1) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

static ft_obj *ba_str(ft_obj *self) { return ba_repr(self); }

static int64_t ba_hash(ft_obj *self)
{
    ft_err_format(ft_exc_TypeError, "unhashable type: '%s'", ft_type_of(self)->name);
    return -1;
}

static ft_obj *ba_richcompare(ft_obj *a, ft_obj *b, int op)
{
    ft_type *tb = ft_type_of(b);
    if (!ft_bytes_check(b) && !ft_bytearray_check(b) && !ft_type_is_subtype(tb, &ft_memoryview_type))
        return ft_NotImplemented;
    ft_ssize an;
    char *ad = snapshot(a, &an);
    if (!ad) return NULL;
    ft_buffer vb;
    if (ft_bytearray_check(b)) {
        vb.obj = NULL;
        vb.buf = snapshot(b, &vb.len);
        if (!vb.buf) return NULL;
    } else if (ft_get_buffer(b, &vb) < 0) return NULL;
    ft_obj *r = ft_bytes_compare_op(ad, an, vb.buf, vb.len, op);
    ft_release_buffer(&vb);
    return r;
}

static ft_ssize ba_length(ft_obj *self) { return BA(self)->size; }

static ft_obj *ba_subscript(ft_obj *self, ft_obj *key)
{
    if (ft_type_of(key) == &ft_slice_type) {
        ft_lock(self);
        ft_ssize len = BA(self)->size;
        ft_unlock(self);
        ft_ssize start, stop, step;
        ft_ssize n = ft_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        char *d = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
        if (!d) return NULL;
        ft_lock(self);
        /* re-clamp: the size may have changed while we computed indices */
        ft_ssize cur = BA(self)->size, k = 0;
        for (ft_ssize i = 0, j = start; i < n; i++, j += step)
            if (j >= 0 && j < cur) d[k++] = BA(self)->items[j];
        ft_unlock(self);
        return ft_bytearray_new(d, k);
    }
    if (!ft_int_check(key) && !ft_type_of(key)->as_number.index)
        return ft_err_format(ft_exc_TypeError, "bytearray indices must be integers or slices, not %s", ft_type_of(key)->name);
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred()) return NULL;
    ft_lock(self);
    ft_ssize len = BA(self)->size;
    if (i < 0) i += len;
    int v = (i >= 0 && i < len) ? (unsigned char)BA(self)->items[i] : -1;
    ft_unlock(self);
    if (v < 0) {
        ft_err_set_str(ft_exc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return ft_smallint(v);
}

static int ba_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value)
{
    if (ft_type_of(key) != &ft_slice_type) {
        if (!ft_int_check(key) && !ft_type_of(key)->as_number.index) {
            ft_err_format(ft_exc_TypeError, "bytearray indices must be integers or slices, not %s", ft_type_of(key)->name);
            return -1;
        }
        ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
        if (i == -1 && ft_err_occurred()) return -1;
        unsigned char c = 0;
        if (value && ft_byte_from_obj(value, &c) < 0) return -1;
        ft_lock(self);
        if (!value && still_exported(self)) { ft_unlock(self); return -1; }
        ft_bytearray *ba = BA(self);
        ft_ssize len = ba->size;
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            ft_unlock(self);
            ft_err_set_str(ft_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        int rc = 0;
        if (value) ba->items[i] = (char)c;
        else {
            move_bytes(ba->items + i, ba->items + i + 1, len - i - 1);
            rc = resize_locked(ba, len - 1);
        }
        ft_unlock(self);
        return rc;
    }
    /* slice: validate it (step 0, bad indices) before converting the value */
    {
        ft_ssize a0, a1, a2;
        if (ft_slice_indices(key, BA(self)->size, &a0, &a1, &a2) < 0) return -1;
    }
    char *src = NULL;
    ft_ssize srcn = 0;
    if (value) {
        if (value == self) src = snapshot(self, &srcn);
        else if (ft_int_check(value) || ft_str_check(value) ||
                 (!ft_type_of(value)->iter && !ft_type_of(value)->subscript &&
                  !ft_type_is_subtype(ft_type_of(value), &ft_memoryview_type))) {
            ft_err_set_str(ft_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        } else src = ft_bytes_collect(value, &srcn);
        if (!src) return -1;
    }
    ft_lock(self);
    if (BA(self)->exports > 0) {
        /* only resizing assignments need the exports gone; find out first */
        ft_ssize st0, sp0, stp0;
        ft_ssize n0 = ft_slice_indices(key, BA(self)->size, &st0, &sp0, &stp0);
        bool resizes = n0 >= 0 && (stp0 == 1 ? (!value || srcn != n0) : ((!value || srcn == 0) && n0 > 0));
        if (resizes && still_exported(self)) { ft_unlock(self); return -1; }
    }
    ft_bytearray *ba = BA(self);
    ft_ssize len = ba->size, start, stop, step;
    ft_ssize n = ft_slice_indices(key, len, &start, &stop, &step);
    int rc = 0;
    if (n < 0) rc = -1;
    else if (step == 1) {
        ft_ssize newlen = len - n + srcn;
        if (newlen != len && ba->exports > 0) rc = raise_exports();
        else {
            ft_ssize tail = len - stop;
            if (stop < start) tail = len - start;
            if (srcn > n) {
                rc = resize_locked(ba, newlen);
                if (rc == 0) move_bytes(ba->items + start + srcn, ba->items + start + n, tail);
            } else {
                move_bytes(ba->items + start + srcn, ba->items + start + n, tail);
                rc = resize_locked(ba, newlen);
            }
            if (rc == 0 && srcn) move_bytes(ba->items + start, src, srcn);
        }
    } else if (!value || srcn == 0) {
        /* deleting, or (CPython quirk) assigning an empty sequence to an extended slice */
        if (n > 0 && ba->exports > 0) rc = raise_exports();
        else if (n > 0) {
            /* delete every step-th item: compact in one pass */
            if (step < 0) { start = start + step * (n - 1); step = -step; }
            ft_ssize w = start;
            for (ft_ssize r = start, k = 0; r < len; r++) {
                if (k < n && r == start + k * step) { k++; continue; }
                ba->items[w++] = ba->items[r];
            }
            rc = resize_locked(ba, w);
        }
    } else if (srcn != n) {
        ft_unlock(self);
        ft_err_format(ft_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", srcn, n);
        return -1;
    } else {
        for (ft_ssize i = 0, j = start; i < n; i++, j += step) ba->items[j] = src[i];
    }
    ft_unlock(self);
    return rc;
}

static int ba_contains(ft_obj *self, ft_obj *item)
{
    ft_ssize n;
    char *d = snapshot(self, &n);
    if (!d) return -1;
    return ft_bytes_contains_impl(d, n, item);
}

static ft_obj *ba_add(ft_obj *a, ft_obj *b)
{
    if (!ft_bytearray_check(a)) return ft_NotImplemented;
    ft_buffer vb;
    if (ft_get_buffer(b, &vb) < 0) {
        ft_err_clear();
        return ft_NotImplemented;
    }
    ft_ssize an;
    char *d = snapshot(a, &an);
    ft_obj *r = NULL;
    if (d && (r = ft_bytearray_new(NULL, an + vb.len)) != NULL) {
        move_bytes(BA(r)->items, d, an);
        move_bytes(BA(r)->items + an, vb.buf, vb.len);
    }
    ft_release_buffer(&vb);
    return r;
}

static ft_obj *ba_inplace_add(ft_obj *a, ft_obj *b)
{
    /* CPython exports b's buffer while resizing a: `x += x` therefore
     * fails on a non-empty bytearray. */
    if (a == b && BA(a)->size > 0) {
        raise_exports();
        return NULL;
    }
    ft_buffer vb;
    if (ft_get_buffer(b, &vb) < 0) {
        ft_err_clear();
        return ft_err_format(ft_exc_TypeError, "can't concat %s to %s", ft_type_of(b)->name, ft_type_of(a)->name);
    }
    char *d = ft_gc_alloc((size_t)vb.len + 1, FT_GC_ATOMIC);
    ft_ssize n = vb.len;
    if (d) move_bytes(d, vb.buf, n);
    ft_release_buffer(&vb);
    if (!d || extend_with(a, d, n) < 0) return NULL;
    return a;
}

static bool is_ba_pred(ft_obj *o) { return ft_bytearray_check(o); }

static ft_obj *ba_multiply(ft_obj *v, ft_obj *w)
{
    if (!ft_bytearray_check(v) && !ft_bytearray_check(w)) return ft_NotImplemented;
    ft_obj *other = ft_bytearray_check(v) ? w : v;
    if (ft_bytearray_check(v) && ft_bytearray_check(w)) return ft_NotImplemented;
    if (!ft_int_check(other) && !ft_type_of(other)->as_number.index) return ft_NotImplemented;
    ft_obj *seq;
    ft_ssize cnt;
    if (ft_text_repeat_count(v, w, &seq, &cnt, is_ba_pred) < 0) return NULL;
    ft_ssize n;
    char *d = snapshot(seq, &n);
    if (!d) return NULL;
    if (n && cnt > INT32_MAX / n) return ft_err_no_memory();
    ft_obj *r = ft_bytearray_new(NULL, n * cnt);
    if (!r) return NULL;
    for (ft_ssize i = 0; i < cnt; i++) move_bytes(BA(r)->items + i * n, d, n);
    return r;
}

static ft_obj *ba_inplace_multiply(ft_obj *v, ft_obj *w)
{
    ft_obj *seq;
    ft_ssize cnt;
    if (ft_text_repeat_count(v, w, &seq, &cnt, is_ba_pred) < 0) return NULL;
    ft_lock(v);
    if (cnt != 1 && BA(v)->size && still_exported(v)) { ft_unlock(v); return NULL; }
    ft_bytearray *ba = BA(v);
    ft_ssize n = ba->size;
    int rc = 0;
    if (n && cnt > INT32_MAX / n) { ft_err_no_memory(); rc = -1; }
    else {
        rc = resize_locked(ba, n * cnt);
        if (rc == 0)
            for (ft_ssize i = 1; i < cnt; i++) move_bytes(ba->items + i * n, ba->items, n);
    }
    ft_unlock(v);
    return rc < 0 ? NULL : v;
}

static ft_obj *ba_remainder(ft_obj *v, ft_obj *w)
{
    if (!ft_bytearray_check(v)) return ft_NotImplemented;
    return ft_bytes_percent_format(v, w, true);
}

static ft_obj *ba_iter(ft_obj *self) { return ft_bytes_iter_new(self); }

static ft_obj *ba_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (type == &ft_bytearray_type) return ft_obj_alloc(&ft_bytearray_type, sizeof(ft_bytearray));
    return ft_type_generic_alloc(type, 0);
}

static int ba_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    ft_obj *a[3] = {NULL, NULL, NULL};
    if (ft_parse_args("bytearray", args, nargs, kwnames, names, 0, 0, a) < 0) return -1;
    ft_obj *src = a[0];
    char *d = NULL;
    ft_ssize n = 0;
    if (!src) {
        if (a[1] || a[2]) {
            ft_err_set_str(ft_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
    } else if (a[1] || a[2]) {
        if (!ft_str_check(src)) {
            ft_err_set_str(ft_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        const char *enc = a[1] && ft_str_check(a[1]) ? ft_str_utf8(a[1]) : "utf-8";
        const char *err = a[2] && ft_str_check(a[2]) ? ft_str_utf8(a[2]) : "strict";
        if ((a[1] && !ft_str_check(a[1])) || (a[2] && !ft_str_check(a[2]))) {
            ft_obj *bad = a[1] && !ft_str_check(a[1]) ? a[1] : a[2];
            ft_err_format(ft_exc_TypeError, "bytearray() argument '%s' must be str, not %s",
                          bad == a[1] ? "encoding" : "errors", ft_type_of(bad)->name);
            return -1;
        }
        ft_obj *b = ft_codec_encode(src, enc, err);
        if (!b) return -1;
        d = ft_bytes_data(b);
        n = ft_bytes_size(b);
    } else if (ft_str_check(src)) {
        ft_err_set_str(ft_exc_TypeError, "string argument without an encoding");
        return -1;
    } else if (ft_int_check(src) || (ft_type_of(src)->as_number.index && !ft_type_of(src)->iter)) {
        n = ft_index_as_ssize(src, ft_exc_OverflowError);
        if (n == -1 && ft_err_occurred()) return -1;
        if (n < 0) { ft_err_set_str(ft_exc_ValueError, "negative count"); return -1; }
        d = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
        if (!d) return -1;
    } else {
        ft_type *t = ft_type_of(src);
        if (!t->iter && !t->subscript && !ft_bytes_check(src) && !ft_bytearray_check(src) &&
            !ft_type_is_subtype(t, &ft_memoryview_type)) {
            ft_err_format(ft_exc_TypeError, "cannot convert '%s' object to bytearray", t->name);
            return -1;
        }
        d = ft_bytes_collect(src, &n);
        if (!d) return -1;
    }
    ft_lock(self);
    int rc = (n != BA(self)->size && still_exported(self)) ? -1 : resize_locked(BA(self), n);
    if (rc == 0 && n) move_bytes(BA(self)->items, d, n);
    ft_unlock(self);
    return rc;
}

static ft_method_def bytearray_all_methods[80];

ft_type ft_bytearray_type = {
    FT_TYPE_HEAD_INIT,
    .name = "bytearray",
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .basicsize = sizeof(ft_bytearray),
    .flags = FT_TPF_BASETYPE | FT_TPF_MATCH_SELF,
    .repr = ba_repr,
    .str = ba_str,
    .hash = ba_hash,
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .new_ = ba_new,
    .init = ba_init,
    .length = ba_length,
    .subscript = ba_subscript,
    .ass_subscript = ba_ass_subscript,
    .contains = ba_contains,
    .as_number = {
        .add = ba_add,
        .multiply = ba_multiply,
        .remainder = ba_remainder,
        .inplace_add = ba_inplace_add,
        .inplace_multiply = ba_inplace_multiply,
    },
};

int ft_text_init_bytearray(void)
{
    size_t n = 0;
    for (const ft_method_def *m = ft_bytes_common_methods; m->name; m++) {
        bytearray_all_methods[n] = *m;
        if (!strcmp(m->name, "fromhex")) bytearray_all_methods[n].fn = ba_fromhex;
        n++;
    }
    for (const ft_method_def *m = bytearray_own_methods; m->name; m++) bytearray_all_methods[n++] = *m;
    ft_bytearray_type.methods = bytearray_all_methods;
    return ft_type_ready(&ft_bytearray_type);
}
