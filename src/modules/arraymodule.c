/* arraymodule.c -- the array module: array.array, a compact sequence of C
 * numbers (typecodes b B u w h H i I l L q Q f d) with CPython 3.13's
 * behaviour and messages.
 *
 * LOCKING. An array's `items` (an FT_GC_ATOMIC block) and `size` are read
 * and written only under the array's ob_lock. Nothing that can run Python
 * code (__index__, __float__, iteration, file methods, allocation of result
 * objects is fine) happens while it is held: values are converted to their
 * C representation into a private buffer first, then copied in under the
 * lock; results are built from raw bytes copied out under the lock. So
 * every single operation is atomic with respect to other threads, and
 * operations on two arrays (a + b, a == b, a.extend(b)) snapshot one array
 * at a time, never holding two locks.
 *
 * Not supported: the buffer protocol (memoryview(array), passing an array
 * where bytes-like objects are expected), because the runtime's
 * ft_get_buffer knows only bytes/bytearray/memoryview.
 */
#include "core/ftcore.h"
#include "objects/containers.h"
#include "modules/import.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

enum { K_SINT, K_UINT, K_FLOAT, K_UNICODE };

typedef struct tdesc {
    char code;
    int itemsize;
    int kind;
    int64_t min;
    uint64_t max;
    const char *name;     /* range-error prefix for the small codes, or NULL */
} tdesc;

static const tdesc descs[] = {
    { 'b', 1, K_SINT, -128, 127, "signed char" },
    { 'B', 1, K_UINT, 0, 255, "unsigned byte integer" },
    { 'u', 4, K_UNICODE, 0, 0x10FFFF, NULL },
    { 'w', 4, K_UNICODE, 0, 0x10FFFF, NULL },
    { 'h', 2, K_SINT, -32768, 32767, "signed short integer" },
    { 'H', 2, K_UINT, 0, 65535, "unsigned short" },
    { 'i', 4, K_SINT, INT32_MIN, INT32_MAX, "signed integer" },
    { 'I', 4, K_UINT, 0, UINT32_MAX, "unsigned int" },
    { 'l', 8, K_SINT, INT64_MIN, INT64_MAX, NULL },
    { 'L', 8, K_UINT, 0, UINT64_MAX, NULL },
    { 'q', 8, K_SINT, INT64_MIN, INT64_MAX, NULL },
    { 'Q', 8, K_UINT, 0, UINT64_MAX, NULL },
    { 'f', 4, K_FLOAT, 0, 0, NULL },
    { 'd', 8, K_FLOAT, 0, 0, NULL },
};

static const tdesc *find_desc(uint32_t c) {
    for (size_t i = 0; i < FT_ARRAY_LEN(descs); i++)
        if ((uint32_t)descs[i].code == c)
            return &descs[i];
    return NULL;
}

typedef struct arrayobj {
    ft_obj ob;
    const tdesc *d;
    ft_ssize size, alloc;   /* items */
    char *items;            /* FT_GC_ATOMIC, alloc * itemsize bytes */
} arrayobj;

#define A(o) ((arrayobj *)(o))
#define MAX_BYTES ((ft_ssize)1 << 46)

extern ft_type ft_array_type, ft_arrayiter_type;

static bool is_array(ft_obj *o) { return ft_type_is_subtype(ft_type_of(o), &ft_array_type); }

/* ---- value conversion (no lock held) -------------------------------------- */

static int conv_int(const tdesc *d, ft_obj *v, char *out) {
    ft_obj *i = ft_index(v);
    if (!i)
        return -1;
    int sign = ft_int_sign(i);
    int64_t s = 0;
    uint64_t u = 0;
    int of = 0;
    if (ft_int_as_i64_overflow(i, &s, &of) < 0)
        return -1;
    if (d->kind == K_SINT) {
        if (of) {
            ft_err_set_str(ft_exc_OverflowError, d->code == 'q' ? "int too big to convert"
                                                                : "Python int too large to convert to C long");
            return -1;
        }
        if (d->name && (s < d->min || s > (int64_t)d->max)) {
            ft_err_format(ft_exc_OverflowError, "%s is %s", d->name,
                          s < d->min ? "less than minimum" : "greater than maximum");
            return -1;
        }
        switch (d->itemsize) {
        case 1: { int8_t x = (int8_t)s; memcpy(out, &x, 1); break; }
        case 2: { int16_t x = (int16_t)s; memcpy(out, &x, 2); break; }
        case 4: { int32_t x = (int32_t)s; memcpy(out, &x, 4); break; }
        default: memcpy(out, &s, 8); break;
        }
        return 0;
    }
    /* unsigned */
    if (sign < 0) {
        if (d->itemsize <= 2) {
            if (of) {
                ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C long");
                return -1;
            }
            ft_err_format(ft_exc_OverflowError, "%s is less than minimum", d->name);
        } else if (d->code == 'Q') {
            ft_err_set_str(ft_exc_OverflowError, "can't convert negative int to unsigned");
        } else {
            ft_err_set_str(ft_exc_OverflowError, "can't convert negative value to unsigned int");
        }
        return -1;
    }
    if (!of) {
        u = (uint64_t)s;
    } else {
        mpz_t z;
        mpz_init(z);
        ft_int_to_mpz(i, z);
        bool fits = mpz_sizeinbase(z, 2) <= 64;
        if (fits)
            u = (uint64_t)mpz_get_ui(z);
        mpz_clear(z);
        if (!fits) {
            ft_err_set_str(ft_exc_OverflowError,
                           d->code == 'Q' ? "int too big to convert"
                           : d->itemsize <= 2 ? "Python int too large to convert to C long"
                           : "Python int too large to convert to C unsigned long");
            return -1;
        }
        if (d->itemsize <= 2) {
            ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
    }
    if (u > d->max) {
        ft_err_format(ft_exc_OverflowError, "%s is greater than maximum", d->name);
        return -1;
    }
    switch (d->itemsize) {
    case 1: { uint8_t x = (uint8_t)u; memcpy(out, &x, 1); break; }
    case 2: { uint16_t x = (uint16_t)u; memcpy(out, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)u; memcpy(out, &x, 4); break; }
    default: memcpy(out, &u, 8); break;
    }
    return 0;
}

/* Python value -> itemsize bytes at out. */
static int conv(const tdesc *d, ft_obj *v, char *out) {
    switch (d->kind) {
    case K_FLOAT: {
        double x = ft_float_as_double(v);
        if (x == -1.0 && ft_err_occurred())
            return -1;
        if (d->itemsize == 4) {
            float f = (float)x;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &x, 8);
        }
        return 0;
    }
    case K_UNICODE: {
        if (!ft_str_check(v) || ft_str_len(v) != 1) {
            ft_err_set_str(ft_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t c = ft_str_char_at(v, 0);
        memcpy(out, &c, 4);
        return 0;
    }
    default:
        return conv_int(d, v, out);
    }
}

/* itemsize bytes -> Python value. */
static ft_obj *unconv(const tdesc *d, const char *p) {
    switch (d->code) {
    case 'b': { int8_t x; memcpy(&x, p, 1); return ft_smallint(x); }
    case 'B': { uint8_t x; memcpy(&x, p, 1); return ft_smallint(x); }
    case 'h': { int16_t x; memcpy(&x, p, 2); return ft_smallint(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return ft_smallint(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return ft_smallint(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return ft_smallint(x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return ft_int_from_i64(x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return ft_int_from_u64(x); }
    case 'f': { float x; memcpy(&x, p, 4); return ft_float_new((double)x); }
    case 'd': { double x; memcpy(&x, p, 8); return ft_float_new(x); }
    default: {
        uint32_t c;
        memcpy(&c, p, 4);
        if (c > 0x10FFFF)
            return ft_err_format(ft_exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", c);
        return ft_str_from_codepoint(c);
    }
    }
}

/* An index argument as ft_ssize; OverflowError as CPython's 'n' converter. */
static int ssize_arg(ft_obj *o, ft_ssize *out) {
    ft_obj *i = ft_index(o);
    if (!i)
        return -1;
    int64_t v;
    int of;
    if (ft_int_as_i64_overflow(i, &v, &of) < 0)
        return -1;
    if (of) {
        ft_err_set_str(ft_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (ft_ssize)v;
    return 0;
}

/* ---- storage (caller holds the lock) -------------------------------------- */

static int reserve_locked(arrayobj *a, ft_ssize n) {
    if (n <= a->alloc)
        return 0;
    int is = a->d->itemsize;
    if (n > MAX_BYTES / is) {
        ft_err_no_memory();
        return -1;
    }
    ft_ssize na = n + (n >> 3) + 8;
    if (na > MAX_BYTES / is)
        na = n;
    char *p = ft_gc_alloc((size_t)(na * is), FT_GC_ATOMIC);
    if (!p)
        return -1;
    if (a->size)
        memcpy(p, a->items, (size_t)(a->size * is));
    a->items = p;
    a->alloc = na;
    return 0;
}

/* Append raw bytes (whole items). */
static int append_raw_locked(arrayobj *a, const char *src, ft_ssize nitems) {
    if (nitems == 0)
        return 0;
    if (a->size > MAX_BYTES - nitems) {
        ft_err_no_memory();
        return -1;
    }
    if (reserve_locked(a, a->size + nitems) < 0)
        return -1;
    memcpy(a->items + a->size * a->d->itemsize, src, (size_t)(nitems * a->d->itemsize));
    a->size += nitems;
    return 0;
}

/* A private copy of the items: *n set to the count. */
static char *snapshot(arrayobj *a, ft_ssize *n) {
    for (;;) {
        ft_lock(a);
        ft_ssize sz = a->size;
        ft_unlock(a);
        char *buf = ft_gc_alloc((size_t)(sz * a->d->itemsize) + 1, FT_GC_ATOMIC);
        if (!buf)
            return NULL;
        ft_lock(a);
        if (a->size <= sz) {
            *n = a->size;
            if (a->size)
                memcpy(buf, a->items, (size_t)(a->size * a->d->itemsize));
            ft_unlock(a);
            return buf;
        }
        ft_unlock(a);
    }
}

static arrayobj *array_alloc(ft_type *t, const tdesc *d) {
    arrayobj *a = (arrayobj *)ft_type_generic_alloc(t, 0);
    if (a)
        a->d = d;
    return a;
}

static ft_obj *array_from_raw(const tdesc *d, const char *src, ft_ssize n) {
    arrayobj *a = array_alloc(&ft_array_type, d);
    if (!a)
        return NULL;
    if (n && append_raw_locked(a, src, n) < 0)   /* not yet shared: no lock needed */
        return NULL;
    return (ft_obj *)a;
}

/* Convert every item of an iterable into a private buffer of raw items.
 * On an error mid-way, returns NULL with *partial / *n describing the items
 * converted before it (extend() keeps those, as CPython does). */
static char *collect_iterable_partial(const tdesc *d, ft_obj *iterable, ft_ssize *n, char **partial) {
    *n = 0;
    if (partial)
        *partial = NULL;
    ft_obj *it = ft_iter(iterable);
    if (!it)
        return NULL;
    ft_ssize cap = 16, cnt = 0;
    char *buf = ft_gc_alloc((size_t)(cap * d->itemsize), FT_GC_ATOMIC);
    if (!buf)
        return NULL;
    for (;;) {
        ft_obj *v = ft_iter_next(it);
        if (!v) {
            if (ft_err_occurred())
                return NULL;
            break;
        }
        if (cnt == cap) {
            if (cap > MAX_BYTES / 2 / d->itemsize) {
                ft_err_no_memory();
                return NULL;
            }
            char *nb = ft_gc_alloc((size_t)(cap * 2 * d->itemsize), FT_GC_ATOMIC);
            if (!nb)
                return NULL;
            memcpy(nb, buf, (size_t)(cnt * d->itemsize));
            buf = nb;
            cap *= 2;
        }
        if (conv(d, v, buf + cnt * d->itemsize) < 0) {
            if (partial) {
                *partial = buf;
                *n = cnt;
            }
            return NULL;
        }
        cnt++;
        if (partial) {
            *partial = buf;
            *n = cnt;
        }
    }
    *n = cnt;
    return buf;
}

static char *collect_iterable(const tdesc *d, ft_obj *iterable, ft_ssize *n) {
    return collect_iterable_partial(d, iterable, n, NULL);
}

static int extend_with(arrayobj *a, ft_obj *v) {
    ft_ssize n;
    char *src;
    if (is_array(v)) {
        if (A(v)->d != a->d) {
            ft_err_set_str(ft_exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        src = snapshot(A(v), &n);
    } else {
        char *partial;
        src = collect_iterable_partial(a->d, v, &n, &partial);
        if (!src) {
            if (partial && n) {
                /* keep the items converted before the error; the error stays set */
                ft_obj *exc = ft_err_fetch();
                ft_lock(a);
                append_raw_locked(a, partial, n);
                ft_unlock(a);
                ft_err_restore(exc);
            }
            return -1;
        }
    }
    if (!src)
        return -1;
    ft_lock(a);
    int r = append_raw_locked(a, src, n);
    ft_unlock(a);
    return r;
}

static int from_unicode(arrayobj *a, ft_obj *s) {
    ft_ssize n = ft_str_len(s);
    uint32_t *buf = ft_gc_alloc((size_t)n * 4 + 1, FT_GC_ATOMIC);
    if (!buf)
        return -1;
    for (ft_ssize i = 0; i < n; i++)
        buf[i] = ft_str_char_at(s, i);
    ft_lock(a);
    int r = append_raw_locked(a, (const char *)buf, n);
    ft_unlock(a);
    return r;
}

static int from_bytes(arrayobj *a, const char *p, ft_ssize len) {
    int is = a->d->itemsize;
    if (len % is) {
        ft_err_set_str(ft_exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    ft_lock(a);
    int r = append_raw_locked(a, p, len / is);
    ft_unlock(a);
    return r;
}

/* ---- constructor ------------------------------------------------------------ */

static ft_obj *array_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) && type == &ft_array_type)
        return ft_err_format(ft_exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1)
        return ft_err_format(ft_exc_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2)
        return ft_err_format(ft_exc_TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
    ft_obj *tc = args[0];
    if (!ft_str_check(tc) || ft_str_len(tc) != 1)
        return ft_err_format(ft_exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                             ft_type_name(ft_type_of(tc)));
    const tdesc *d = find_desc(ft_str_char_at(tc, 0));
    if (!d)
        return ft_err_format(ft_exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    if (d->code == 'u') {
        /* through warnings.warn, so filters and -W apply as in CPython */
        ft_obj *w = ft_import_module_cstr("warnings");
        ft_obj *msg = ft_str_from_cstr("The 'u' type code is deprecated and will be removed in Python 3.16");
        ft_obj *fn = w ? ft_getattr_cstr(w, "warn") : NULL;
        if (!fn || !msg ||
            !ft_call3(fn, msg, (ft_obj *)FT_EXC(DeprecationWarning), ft_smallint(1)))
            return NULL;
    }
    ft_obj *init = nargs > 1 ? args[1] : NULL;
    bool uni = d->kind == K_UNICODE;
    if (init && ft_str_check(init) && !uni)
        return ft_err_format(ft_exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", d->code);
    if (init && is_array(init) && A(init)->d->kind == K_UNICODE && !uni)
        return ft_err_format(ft_exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                             d->code);
    arrayobj *a = array_alloc(type, d);
    if (!a)
        return NULL;
    if (!init)
        return (ft_obj *)a;
    int r;
    if (ft_str_check(init)) {
        r = from_unicode(a, init);
    } else if (ft_bytes_check(init) || ft_bytearray_check(init)) {
        ft_buffer view;
        if (ft_get_buffer(init, &view) < 0)
            return NULL;
        char *copy = ft_gc_alloc((size_t)view.len + 1, FT_GC_ATOMIC);
        if (copy)
            memcpy(copy, view.buf, (size_t)view.len);
        ft_ssize len = view.len;
        ft_release_buffer(&view);
        if (!copy)
            return NULL;
        r = from_bytes(a, copy, len);
    } else if (is_array(init) && A(init)->d == d) {
        r = extend_with(a, init);
    } else {
        ft_ssize n;
        char *src = collect_iterable(d, init, &n);
        if (!src)
            return NULL;
        r = append_raw_locked(a, src, n);
    }
    return r < 0 ? NULL : (ft_obj *)a;
}

/* ---- sequence protocol ----------------------------------------------------- */

static ft_ssize array_length(ft_obj *self) {
    ft_lock(self);
    ft_ssize n = A(self)->size;
    ft_unlock(self);
    return n;
}

/* Slice with plain int fields, so resolving it runs no Python code. */
static ft_obj *plain_slice(ft_obj *key) {
    ft_slice *s = (ft_slice *)key;
    ft_obj *f[3] = { s->start, s->stop, s->step };
    for (int i = 0; i < 3; i++) {
        if (f[i] && f[i] != ft_None && !ft_int_check_exact(f[i])) {
            f[i] = ft_index(f[i]);
            if (!f[i]) {
                ft_err_clear();
                ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
                return NULL;
            }
        }
    }
    return ft_slice_new(f[0], f[1], f[2]);
}

static bool is_index_key(ft_obj *key) {
    return ft_int_check(key) || ft_type_of(key)->as_number.index;
}

static ft_obj *array_subscript(ft_obj *self, ft_obj *key) {
    arrayobj *a = A(self);
    int is = a->d->itemsize;
    if (ft_type_of(key) == &ft_slice_type) {
        key = plain_slice(key);
        if (!key)
            return NULL;
        ft_ssize start, stop, step, cap = -1;
        char *buf = NULL;
        for (;;) {
            /* another thread may resize the array between sizing the
             * buffer and copying: copy only if the slice still fits */
            ft_lock(a);
            ft_ssize n = ft_slice_indices(key, a->size, &start, &stop, &step);
            if (n >= 0 && n <= cap) {
                for (ft_ssize i = 0, j = start; i < n; i++, j += step)
                    memcpy(buf + i * is, a->items + j * is, (size_t)is);
                ft_unlock(a);
                return array_from_raw(a->d, buf, n);
            }
            ft_unlock(a);
            if (n < 0)
                return NULL;
            buf = ft_gc_alloc((size_t)(n * is) + 1, FT_GC_ATOMIC);
            if (!buf)
                return NULL;
            cap = n;
        }
    }
    if (!is_index_key(key))
        return ft_err_format(ft_exc_TypeError, "array indices must be integers");
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred())
        return NULL;
    char item[8];
    ft_lock(a);
    ft_ssize n = a->size;
    if (i < 0)
        i += n;
    bool ok = i >= 0 && i < n;
    if (ok)
        memcpy(item, a->items + i * is, (size_t)is);
    ft_unlock(a);
    if (!ok)
        return ft_err_format(ft_exc_IndexError, "array index out of range");
    return unconv(a->d, item);
}

/* Delete the items of a resolved slice (caller holds the lock). */
static void delete_slice_locked(arrayobj *a, ft_ssize start, ft_ssize step, ft_ssize n) {
    int is = a->d->itemsize;
    if (n <= 0)
        return;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    if (step == 1) {
        memmove(a->items + start * is, a->items + (start + n) * is, (size_t)((a->size - start - n) * is));
    } else {
        ft_ssize w = start;
        for (ft_ssize r = start; r < a->size; r++) {
            if (r >= start && (r - start) % step == 0 && (r - start) / step < n)
                continue;
            memmove(a->items + w * is, a->items + r * is, (size_t)is);
            w++;
        }
    }
    a->size -= n;
}

static int array_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value) {
    arrayobj *a = A(self);
    int is = a->d->itemsize;
    if (ft_type_of(key) != &ft_slice_type) {
        if (!is_index_key(key)) {
            ft_err_format(ft_exc_TypeError, "array indices must be integers");
            return -1;
        }
        ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
        if (i == -1 && ft_err_occurred())
            return -1;
        char item[8];
        if (value && conv(a->d, value, item) < 0)
            return -1;
        ft_lock(a);
        ft_ssize n = a->size;
        if (i < 0)
            i += n;
        bool ok = i >= 0 && i < n;
        if (ok) {
            if (value)
                memcpy(a->items + i * is, item, (size_t)is);
            else
                delete_slice_locked(a, i, 1, 1);
        }
        ft_unlock(a);
        if (!ok) {
            ft_err_set_str(ft_exc_IndexError, "array assignment index out of range");
            return -1;
        }
        return 0;
    }
    key = plain_slice(key);
    if (!key)
        return -1;
    char *src = NULL;
    ft_ssize srcn = 0;
    if (value) {
        if (!is_array(value)) {
            ft_err_format(ft_exc_TypeError, "can only assign array (not \"%s\") to array slice",
                          ft_type_name(ft_type_of(value)));
            return -1;
        }
        if (A(value)->d != a->d) {
            ft_err_set_str(ft_exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        src = snapshot(A(value), &srcn);
        if (!src)
            return -1;
    }
    ft_lock(a);
    ft_ssize start, stop, step;
    ft_ssize n = ft_slice_indices(key, a->size, &start, &stop, &step);
    int rc = 0;
    if (n < 0) {
        rc = -1;
    } else if (!value || (step != 1 && srcn == 0)) {
        delete_slice_locked(a, start, step, n);
    } else if (step == 1) {
        if (stop < start)
            stop = start;
        ft_ssize newsize = a->size - n + srcn;
        if (newsize > a->size && reserve_locked(a, newsize) < 0) {
            rc = -1;
        } else {
            memmove(a->items + (start + srcn) * is, a->items + stop * is, (size_t)((a->size - stop) * is));
            memcpy(a->items + start * is, src, (size_t)(srcn * is));
            a->size = newsize;
        }
    } else if (srcn != n) {
        ft_err_format(ft_exc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd",
                      srcn, n);
        rc = -1;
    } else {
        for (ft_ssize i = 0, j = start; i < n; i++, j += step)
            memcpy(a->items + j * is, src + i * is, (size_t)is);
    }
    ft_unlock(a);
    return rc;
}

/* Index of the first item equal to v in [lo, hi), -1 if none, -2 on error. */
static ft_ssize find_item(arrayobj *a, ft_obj *v, ft_ssize lo, ft_ssize hi) {
    char item[8];
    for (ft_ssize i = lo;; i++) {
        ft_lock(a);
        bool more = i < hi && i < a->size;
        if (more)
            memcpy(item, a->items + i * a->d->itemsize, (size_t)a->d->itemsize);
        ft_unlock(a);
        if (!more)
            return -1;
        ft_obj *x = unconv(a->d, item);
        if (!x)
            return -2;
        int eq = ft_richcompare_bool(x, v, FT_EQ);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
}

static int array_contains(ft_obj *self, ft_obj *v) {
    ft_ssize i = find_item(A(self), v, 0, FT_SMALLINT_MAX);
    return i == -2 ? -1 : i >= 0;
}

/* ---- methods ------------------------------------------------------------------ */

static ft_obj *m_append(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    char item[8];
    if (conv(A(self)->d, args[0], item) < 0)
        return NULL;
    ft_lock(self);
    int r = append_raw_locked(A(self), item, 1);
    ft_unlock(self);
    return r < 0 ? NULL : ft_None;
}

static ft_obj *m_extend(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs != 1 || (kw && ft_tuple_size(kw)))
        return ft_err_format(ft_exc_TypeError, "extend() takes exactly 1 positional argument (%zu given)", nargs);
    return extend_with(A(self), args[0]) < 0 ? NULL : ft_None;
}

static ft_obj *m_insert(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("insert", nargs, kw, 2, 2) < 0)
        return NULL;
    ft_ssize i;
    if (ssize_arg(args[0], &i) < 0)
        return NULL;
    arrayobj *a = A(self);
    int is = a->d->itemsize;
    char item[8];
    if (conv(a->d, args[1], item) < 0)
        return NULL;
    ft_lock(a);
    int r = reserve_locked(a, a->size + 1);
    if (r == 0) {
        ft_ssize n = a->size;
        if (i < 0) {
            i += n;
            if (i < 0)
                i = 0;
        }
        if (i > n)
            i = n;
        memmove(a->items + (i + 1) * is, a->items + i * is, (size_t)((n - i) * is));
        memcpy(a->items + i * is, item, (size_t)is);
        a->size++;
    }
    ft_unlock(a);
    return r < 0 ? NULL : ft_None;
}

static ft_obj *m_pop(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("pop", nargs, kw, 0, 1) < 0)
        return NULL;
    ft_ssize i = -1;
    if (nargs && ssize_arg(args[0], &i) < 0)
        return NULL;
    arrayobj *a = A(self);
    char item[8];
    const char *err = NULL;
    ft_lock(a);
    ft_ssize n = a->size;
    if (n == 0) {
        err = "pop from empty array";
    } else {
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            err = "pop index out of range";
        } else {
            memcpy(item, a->items + i * a->d->itemsize, (size_t)a->d->itemsize);
            delete_slice_locked(a, i, 1, 1);
        }
    }
    ft_unlock(a);
    if (err)
        return ft_err_format(ft_exc_IndexError, "%s", err);
    return unconv(a->d, item);
}

static ft_obj *m_remove(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    arrayobj *a = A(self);
    for (;;) {
        ft_ssize i = find_item(a, args[0], 0, FT_SMALLINT_MAX);
        if (i == -2)
            return NULL;
        if (i == -1)
            return ft_err_format(ft_exc_ValueError, "array.remove(x): x not in array");
        /* Delete it unless another thread changed the array meanwhile. */
        char item[8];
        ft_lock(a);
        bool still = i < a->size;
        if (still)
            memcpy(item, a->items + i * a->d->itemsize, (size_t)a->d->itemsize);
        ft_unlock(a);
        if (!still)
            continue;
        ft_obj *x = unconv(a->d, item);
        if (!x)
            return NULL;
        int eq = ft_richcompare_bool(x, args[0], FT_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            continue;
        ft_lock(a);
        bool same = i < a->size && memcmp(item, a->items + i * a->d->itemsize, (size_t)a->d->itemsize) == 0;
        if (same)
            delete_slice_locked(a, i, 1, 1);
        ft_unlock(a);
        if (same)
            return ft_None;
    }
}

static ft_obj *m_index(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (ft_check_positional("index", nargs, kw, 1, 3) < 0)
        return NULL;
    arrayobj *a = A(self);
    ft_ssize lo = 0, hi = FT_SMALLINT_MAX;
    for (size_t k = 1; k < nargs; k++) {
        if (!ft_has_index(args[k])) {
            ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or have an __index__ method");
            return NULL;
        }
        ft_ssize v = ft_index_as_ssize(args[k], NULL);
        if (v == -1 && ft_err_occurred())
            return NULL;
        if (k == 1)
            lo = v;
        else
            hi = v;
    }
    ft_ssize n = array_length(self);
    if (lo < 0) {
        lo += n;
        if (lo < 0)
            lo = 0;
    }
    if (hi < 0) {
        hi += n;
        if (hi < 0)
            hi = 0;
    }
    ft_ssize i = find_item(a, args[0], lo, hi);
    if (i == -2)
        return NULL;
    if (i == -1)
        return ft_err_format(ft_exc_ValueError, "array.index(x): x not in array");
    return ft_int_from_i64(i);
}

static ft_obj *m_count(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    arrayobj *a = A(self);
    ft_ssize n;
    char *buf = snapshot(a, &n);
    if (!buf)
        return NULL;
    ft_ssize c = 0;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *x = unconv(a->d, buf + i * a->d->itemsize);
        if (!x)
            return NULL;
        int eq = ft_richcompare_bool(x, args[0], FT_EQ);
        if (eq < 0)
            return NULL;
        c += eq;
    }
    return ft_int_from_i64(c);
}

static ft_obj *m_reverse(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    arrayobj *a = A(self);
    int is = a->d->itemsize;
    char t[8];
    ft_lock(a);
    for (ft_ssize i = 0, j = a->size - 1; i < j; i++, j--) {
        memcpy(t, a->items + i * is, (size_t)is);
        memcpy(a->items + i * is, a->items + j * is, (size_t)is);
        memcpy(a->items + j * is, t, (size_t)is);
    }
    ft_unlock(a);
    return ft_None;
}

static ft_obj *m_byteswap(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    arrayobj *a = A(self);
    int is = a->d->itemsize;
    ft_lock(a);
    for (ft_ssize i = 0; i < a->size; i++) {
        char *p = a->items + i * is;
        for (int k = 0; k < is / 2; k++) {
            char t = p[k];
            p[k] = p[is - 1 - k];
            p[is - 1 - k] = t;
        }
    }
    ft_unlock(a);
    return ft_None;
}

static ft_obj *m_clear(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_lock(self);
    A(self)->size = 0;
    ft_unlock(self);
    return ft_None;
}

static ft_obj *m_buffer_info(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_lock(self);
    uintptr_t addr = (uintptr_t)A(self)->items;
    ft_ssize n = A(self)->size;
    ft_unlock(self);
    ft_obj *p = ft_int_from_u64((uint64_t)addr);
    ft_obj *l = ft_int_from_i64(n);
    if (!p || !l)
        return NULL;
    return ft_tuple_pack(2, p, l);
}

static ft_obj *m_tobytes(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ssize n;
    char *buf = snapshot(A(self), &n);
    if (!buf)
        return NULL;
    return ft_bytes_new(buf, n * A(self)->d->itemsize);
}

static ft_obj *m_frombytes(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_buffer view;
    if (ft_get_buffer(args[0], &view) < 0)
        return NULL;
    char *copy = ft_gc_alloc((size_t)view.len + 1, FT_GC_ATOMIC);
    if (copy)
        memcpy(copy, view.buf, (size_t)view.len);
    ft_ssize len = view.len;
    ft_release_buffer(&view);
    if (!copy)
        return NULL;
    return from_bytes(A(self), copy, len) < 0 ? NULL : ft_None;
}

static ft_obj *m_tolist(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    arrayobj *a = A(self);
    ft_ssize n;
    char *buf = snapshot(a, &n);
    if (!buf)
        return NULL;
    ft_obj *l = ft_list_new(n);
    if (!l)
        return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *x = unconv(a->d, buf + i * a->d->itemsize);
        if (!x)
            return NULL;
        ft_list_set(l, i, x);
    }
    return l;
}

static ft_obj *m_fromlist(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_list_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "arg must be list");
    ft_ssize n;
    char *src = collect_iterable(A(self)->d, ft_list_snapshot(args[0]), &n);
    if (!src)
        return NULL;
    ft_lock(self);
    int r = append_raw_locked(A(self), src, n);
    ft_unlock(self);
    return r < 0 ? NULL : ft_None;
}

static ft_obj *m_fromunicode(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "fromunicode() argument must be str, not %s",
                             ft_type_name(ft_type_of(args[0])));
    if (A(self)->d->kind != K_UNICODE)
        return ft_err_format(ft_exc_ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
    return from_unicode(A(self), args[0]) < 0 ? NULL : ft_None;
}

static ft_obj *m_tounicode(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    arrayobj *a = A(self);
    if (a->d->kind != K_UNICODE)
        return ft_err_format(ft_exc_ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
    ft_ssize n;
    char *buf = snapshot(a, &n);
    if (!buf)
        return NULL;
    const uint32_t *cps = (const uint32_t *)buf;
    for (ft_ssize i = 0; i < n; i++)
        if (cps[i] > 0x10FFFF)
            return ft_err_format(ft_exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cps[i]);
    return ft_str_from_codepoints(cps, n);
}

#define FILE_BLOCK (64 * 1024)

static ft_obj *m_tofile(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ssize n;
    char *buf = snapshot(A(self), &n);
    if (!buf)
        return NULL;
    ft_ssize total = n * A(self)->d->itemsize;
    for (ft_ssize off = 0; off < total || (total == 0 && off == 0); off += FILE_BLOCK) {
        if (total == 0) {
            /* CPython still looks up write() on an empty array */
            ft_obj *w = ft_getattr_cstr(args[0], "write");
            if (!w)
                return NULL;
            break;
        }
        ft_ssize len = total - off < FILE_BLOCK ? total - off : FILE_BLOCK;
        ft_obj *chunk = ft_bytes_new(buf + off, len);
        if (!chunk || !ft_call_method1(args[0], "write", chunk))
            return NULL;
    }
    return ft_None;
}

static ft_obj *m_fromfile(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs != 2 || (kw && ft_tuple_size(kw)))
        return ft_err_format(ft_exc_TypeError, "fromfile() takes exactly 2 positional arguments (%zu given)", nargs);
    ft_ssize n;
    if (ssize_arg(args[1], &n) < 0)
        return NULL;
    if (n < 0)
        return ft_err_format(ft_exc_ValueError, "negative count");
    int is = A(self)->d->itemsize;
    if (n > MAX_BYTES / is)
        return ft_err_no_memory();
    ft_obj *b = ft_call_method1(args[0], "read", ft_int_from_i64(n * is));
    if (!b)
        return NULL;
    if (!ft_bytes_check(b))
        return ft_err_format(ft_exc_TypeError, "read() didn't return bytes");
    ft_ssize got = ft_bytes_size(b);
    ft_ssize whole = got - got % is;
    if (from_bytes(A(self), ft_bytes_data(b), whole) < 0)
        return NULL;
    if (got != n * is)
        return ft_err_format(ft_exc_EOFError, "read() didn't return enough bytes");
    return ft_None;
}

static ft_obj *m_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_ssize n;
    char *buf = snapshot(A(self), &n);
    if (!buf)
        return NULL;
    arrayobj *c = array_alloc(&ft_array_type, A(self)->d);   /* copies of subclasses are plain arrays, as in CPython */
    if (!c || append_raw_locked(c, buf, n) < 0)
        return NULL;
    return (ft_obj *)c;
}

static ft_obj *m_reduce_ex(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    if (nargs != 1 || (kw && ft_tuple_size(kw)))
        return ft_err_format(ft_exc_TypeError, "__reduce_ex__() takes exactly 1 positional argument (%zu given)", nargs);
    ft_obj *l = m_tolist(self, NULL, 0, NULL);
    if (!l)
        return NULL;
    ft_obj *tc = ft_str_from_codepoint((uint32_t)A(self)->d->code);
    ft_obj **dp = ft_obj_dictptr(self);
    ft_obj *dict = dp && *dp && ft_dict_size(*dp) ? *dp : ft_None;
    ft_obj *inner = tc ? ft_tuple_pack(2, tc, l) : NULL;
    if (!inner)
        return NULL;
    return ft_tuple_pack(3, (ft_obj *)ft_type_of(self), inner, dict);
}

static ft_obj *get_typecode(ft_obj *self, void *c) { return ft_str_from_codepoint((uint32_t)A(self)->d->code); }
static ft_obj *get_itemsize(ft_obj *self, void *c) { return ft_smallint(A(self)->d->itemsize); }

/* ---- repr, comparison, operators ------------------------------------------------ */

static ft_obj *array_repr(ft_obj *self) {
    arrayobj *a = A(self);
    const char *tn = ft_type_name(ft_type_of(self));
    if (array_length(self) == 0)
        return ft_str_from_format("%s('%c')", tn, a->d->code);
    ft_obj *body = a->d->kind == K_UNICODE ? m_tounicode(self, NULL, 0, NULL) : m_tolist(self, NULL, 0, NULL);
    if (!body)
        return NULL;
    ft_obj *r = ft_repr(body);
    if (!r)
        return NULL;
    return ft_str_from_format("%s('%c', %U)", tn, a->d->code, r);
}

static ft_obj *array_richcompare(ft_obj *v, ft_obj *w, int op) {
    if (!is_array(v) || !is_array(w))
        return ft_NotImplemented;
    arrayobj *a = A(v), *b = A(w);
    ft_ssize na, nb;
    char *ba = snapshot(a, &na);
    if (!ba)
        return NULL;
    char *bb = ba;   /* a == a compares one snapshot with itself */
    nb = na;
    if (b != a && !(bb = snapshot(b, &nb)))
        return NULL;
    if (na != nb && (op == FT_EQ || op == FT_NE))
        return ft_bool(op == FT_NE);
    ft_ssize k = na < nb ? na : nb;
    for (ft_ssize i = 0; i < k; i++) {
        ft_obj *x = unconv(a->d, ba + i * a->d->itemsize);
        ft_obj *y = x ? unconv(b->d, bb + i * b->d->itemsize) : NULL;
        if (!y)
            return NULL;
        int eq = ft_richcompare_bool(x, y, FT_EQ);
        if (eq < 0)
            return NULL;
        if (!eq) {
            if (op == FT_EQ)
                return ft_False;
            if (op == FT_NE)
                return ft_True;
            return ft_richcompare(x, y, op);
        }
    }
    bool r;
    switch (op) {
    case FT_LT: r = na < nb; break;
    case FT_LE: r = na <= nb; break;
    case FT_EQ: r = na == nb; break;
    case FT_NE: r = na != nb; break;
    case FT_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return ft_bool(r);
}

static ft_obj *array_add(ft_obj *v, ft_obj *w) {
    if (!is_array(v))
        return ft_NotImplemented;
    if (!is_array(w))
        return ft_err_format(ft_exc_TypeError, "can only append array (not \"%s\") to array",
                             ft_type_name(ft_type_of(w)));
    if (A(v)->d != A(w)->d)
        return ft_err_format(ft_exc_TypeError, "bad argument type for built-in operation");
    ft_ssize na, nb;
    char *ba = snapshot(A(v), &na);
    char *bb = ba ? snapshot(A(w), &nb) : NULL;
    if (!bb)
        return NULL;
    ft_obj *r = array_from_raw(A(v)->d, ba, na);
    if (!r || append_raw_locked(A(r), bb, nb) < 0)
        return NULL;
    return r;
}

static ft_obj *array_inplace_add(ft_obj *v, ft_obj *w) {
    if (!is_array(v))
        return ft_NotImplemented;
    if (!is_array(w))
        return ft_err_format(ft_exc_TypeError, "can only extend array with array (not \"%s\")",
                             ft_type_name(ft_type_of(w)));
    return extend_with(A(v), w) < 0 ? NULL : v;
}

static int repeat_args(ft_obj *v, ft_obj *w, arrayobj **a, ft_ssize *n, bool inplace) {
    ft_obj *count;
    bool reflected = false;
    if (is_array(v)) {
        *a = A(v);
        count = w;
    } else {
        *a = A(w);
        count = v;
        reflected = true;
    }
    if (!inplace && !ft_has_index(count)) {
        if (!reflected && ft_other_may_handle(count, "__rmul__"))
            return 0;
        /* 'x' * array: CPython repeats the str, so it complains about the array */
        ft_obj *culprit = reflected && ft_is_builtin_sequence(count) ? (ft_obj *)*a : count;
        ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      ft_type_of(culprit)->name);
        return -1;
    }
    *n = ft_index_as_ssize(count, ft_exc_OverflowError);
    if (*n == -1 && ft_err_occurred())
        return -1;
    return 1;
}

static ft_obj *array_mul(ft_obj *v, ft_obj *w) {
    arrayobj *a;
    ft_ssize n;
    int r = repeat_args(v, w, &a, &n, false);
    if (r <= 0)
        return r < 0 ? NULL : ft_NotImplemented;
    ft_ssize sz;
    char *buf = snapshot(a, &sz);
    if (!buf)
        return NULL;
    if (n < 0)
        n = 0;
    arrayobj *res = array_alloc(&ft_array_type, a->d);
    if (!res)
        return NULL;
    if (n == 0 || sz == 0)
        return (ft_obj *)res;
    if (sz > MAX_BYTES / a->d->itemsize / n)
        return ft_err_no_memory();
    if (reserve_locked(res, sz * n) < 0)
        return NULL;
    for (ft_ssize k = 0; k < n; k++)
        append_raw_locked(res, buf, sz);
    return (ft_obj *)res;
}

static ft_obj *array_inplace_mul(ft_obj *v, ft_obj *w) {
    if (!is_array(v))
        return ft_NotImplemented;
    arrayobj *a;
    ft_ssize n;
    int r = repeat_args(v, w, &a, &n, true);
    if (r <= 0)
        return r < 0 ? NULL : ft_NotImplemented;
    ft_ssize sz;
    char *buf = snapshot(a, &sz);
    if (!buf)
        return NULL;
    ft_lock(a);
    int rc = 0;
    if (n <= 0 || a->size == 0) {
        a->size = 0;
    } else if (a->size > MAX_BYTES / a->d->itemsize / n) {
        ft_err_no_memory();
        rc = -1;
    } else if ((rc = reserve_locked(a, a->size * n)) == 0) {
        /* repeat what the array holds now (the snapshot may be stale) */
        ft_ssize cur = a->size;
        int is = a->d->itemsize;
        for (ft_ssize k = 1; k < n; k++)
            memcpy(a->items + k * cur * is, a->items, (size_t)(cur * is));
        a->size = cur * n;
    }
    ft_unlock(a);
    return rc < 0 ? NULL : v;
}

/* ---- iterator --------------------------------------------------------------------- */

typedef struct arrayiter {
    ft_obj ob;
    ft_obj *arr;      /* NULL once exhausted */
    ft_ssize index;
} arrayiter;

static ft_obj *array_iter(ft_obj *self) {
    arrayiter *it = (arrayiter *)ft_obj_alloc(&ft_arrayiter_type, sizeof(arrayiter));
    if (!it)
        return NULL;
    it->arr = self;
    return (ft_obj *)it;
}

static ft_obj *arrayiter_next(ft_obj *self) {
    arrayiter *it = (arrayiter *)self;
    ft_lock(it);
    ft_obj *arr = it->arr;
    ft_ssize i = it->index;
    ft_unlock(it);
    if (!arr)
        return NULL;
    arrayobj *a = A(arr);
    char item[8];
    ft_lock(a);
    bool ok = i < a->size;
    if (ok)
        memcpy(item, a->items + i * a->d->itemsize, (size_t)a->d->itemsize);
    ft_unlock(a);
    ft_lock(it);
    if (ok && it->index == i)
        it->index = i + 1;
    else if (!ok)
        it->arr = NULL;
    ft_unlock(it);
    if (!ok)
        return NULL;
    return unconv(a->d, item);
}

static ft_obj *arrayiter_self(ft_obj *self) { return self; }

ft_type ft_arrayiter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "array.arrayiterator",
    .basicsize = sizeof(arrayiter),
    .iter = arrayiter_self,
    .iternext = arrayiter_next,
};

static const ft_method_def array_methods[] = {
    { "append", m_append, FT_METH_O, "Append new value v to the end of the array." },
    { "buffer_info", m_buffer_info, FT_METH_NOARGS, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents." },
    { "byteswap", m_byteswap, FT_METH_NOARGS, "Byteswap all items of the array." },
    { "clear", m_clear, FT_METH_NOARGS, "Remove all items from the array." },
    { "count", m_count, FT_METH_O, "Return number of occurrences of v in the array." },
    { "extend", m_extend, FT_METH_VARARGS, "Append items to the end of the array." },
    { "frombytes", m_frombytes, FT_METH_O, "Appends items from the string, interpreting it as an array of machine values." },
    { "fromfile", m_fromfile, FT_METH_VARARGS, "Read n objects from the file object f and append them to the end of the array." },
    { "fromlist", m_fromlist, FT_METH_O, "Append items to array from list." },
    { "fromunicode", m_fromunicode, FT_METH_O, "Extends this array with data from the unicode string ustr." },
    { "index", m_index, FT_METH_VARARGS, "Return index of first occurrence of v in the array." },
    { "insert", m_insert, FT_METH_VARARGS, "Insert a new item v into the array before position i." },
    { "pop", m_pop, FT_METH_VARARGS, "Return the i-th element and delete it from the array." },
    { "remove", m_remove, FT_METH_O, "Remove the first occurrence of v in the array." },
    { "reverse", m_reverse, FT_METH_NOARGS, "Reverse the order of the items in the array." },
    { "tobytes", m_tobytes, FT_METH_NOARGS, "Convert the array to an array of machine values and return the bytes representation." },
    { "tofile", m_tofile, FT_METH_O, "Write all items (as machine values) to the file object f." },
    { "tolist", m_tolist, FT_METH_NOARGS, "Convert array to an ordinary list with the same items." },
    { "tounicode", m_tounicode, FT_METH_NOARGS, "Extends this array with data from the unicode string ustr." },
    /* Not in CPython (which uses the buffer protocol): makes bytes(array)
     * give the machine values, as it does there. */
    { "__bytes__", m_tobytes, FT_METH_NOARGS, "Return the items as bytes (machine values)." },
    { "__copy__", m_copy, FT_METH_NOARGS, "Return a copy of the array." },
    { "__class_getitem__", ft_containers_class_getitem, FT_METH_O | FT_METH_CLASS, "See PEP 585" },
    { "__deepcopy__", m_copy, FT_METH_O, "Return a copy of the array." },
    { "__reduce_ex__", m_reduce_ex, FT_METH_VARARGS, "Return state information for pickling." },
    { NULL }
};

static const ft_getset_def array_getsets[] = {
    { "typecode", get_typecode, NULL, "the typecode character used to create the array", NULL },
    { "itemsize", get_itemsize, NULL, "the size, in bytes, of one array item", NULL },
    { NULL }
};

ft_type ft_array_type = {
    FT_TYPE_HEAD_INIT,
    .name = "array.array",
    .basicsize = sizeof(arrayobj),
    .flags = FT_TPF_BASETYPE | FT_TPF_SEQUENCE,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .new_ = array_new,
    .length = array_length,
    .subscript = array_subscript,
    .ass_subscript = array_ass_subscript,
    .contains = array_contains,
    .as_number = { .add = array_add, .multiply = array_mul, .inplace_add = array_inplace_add,
                   .inplace_multiply = array_inplace_mul },
    .methods = array_methods,
    .getsets = array_getsets,
};

/* ---- module ---------------------------------------------------------------------------- */

static ft_once types_once = FT_ONCE_INIT;
static int types_status;

static void ready_types(void) {
    types_status = (ft_type_ready(&ft_array_type) < 0 || ft_type_ready(&ft_arrayiter_type) < 0) ? -1 : 1;
}

static int array_exec(ft_obj *m) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "array: type initialisation failed");
        return -1;
    }
    ft_obj *codes = ft_str_from_cstr("bBuwhHiIlLqQfd");
    if (!codes || ft_module_add_object(m, "typecodes", codes) < 0 ||
        ft_module_add_object(m, "array", (ft_obj *)&ft_array_type) < 0 ||
        ft_module_add_object(m, "ArrayType", (ft_obj *)&ft_array_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_array_module_def = {
    .name = "array",
    .doc = "This module defines an object type which can efficiently represent an array of basic values.",
    .methods = NULL,
    .exec = array_exec,
    .gil_safe = true,
};
