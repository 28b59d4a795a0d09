/* slice.c -- the slice type and index resolution for sequence slicing.
 *
 * Slices are immutable (start/stop/step are set at creation), so nothing
 * locks. Resolution is split in two steps so containers can run the
 * __index__ conversions (arbitrary Python code) before taking their lock and
 * clamp against the current length under it: ft_slice_unpack, then
 * ft_slice_adjust. Hashing is CPython 3.12+'s (xxHash lanes over the three
 * fields, no length term), so hash(slice(1, 2, 3)) matches CPython.
 */
#include "core/ftcore.h"
#include "objects/containers.h"

#define SSIZE_MAX_ PTRDIFF_MAX
#define SSIZE_MIN_ PTRDIFF_MIN

ft_obj *ft_slice_new(ft_obj *start, ft_obj *stop, ft_obj *step) {
    ft_slice *s = (ft_slice *)ft_obj_alloc(&ft_slice_type, sizeof(ft_slice));
    if (!s) return NULL;
    s->start = start ? start : ft_None;
    s->stop = stop ? stop : ft_None;
    s->step = step ? step : ft_None;
    return (ft_obj *)s;
}

/* Clamped ssize of a slice field (None handled by the caller). */
static int slice_index(ft_obj *v, ft_ssize *out) {
    if (ft_is_smallint(v)) { *out = (ft_ssize)ft_smallint_value(v); return 0; }
    if (!ft_has_index(v)) {
        ft_err_set_str(ft_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ft_ssize x = ft_index_as_ssize(v, NULL);
    if (x == -1 && ft_err_occurred()) return -1;
    *out = x;
    return 0;
}

int ft_slice_unpack(ft_obj *slice, ft_ssize *start, ft_ssize *stop, ft_ssize *step) {
    ft_slice *s = (ft_slice *)slice;
    if (s->step == ft_None) *step = 1;
    else {
        if (slice_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            ft_err_set_str(ft_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -SSIZE_MAX_) *step = -SSIZE_MAX_;
    }
    if (s->start == ft_None) *start = *step < 0 ? SSIZE_MAX_ : 0;
    else if (slice_index(s->start, start) < 0) return -1;
    if (s->stop == ft_None) *stop = *step < 0 ? SSIZE_MIN_ : SSIZE_MAX_;
    else if (slice_index(s->stop, stop) < 0) return -1;
    return 0;
}

ft_ssize ft_slice_adjust(ft_ssize length, ft_ssize *start, ft_ssize *stop, ft_ssize step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

ft_ssize ft_slice_indices(ft_obj *slice, ft_ssize length, ft_ssize *start, ft_ssize *stop, ft_ssize *step) {
    if (ft_slice_unpack(slice, start, stop, step) < 0) return -1;
    return ft_slice_adjust(length, start, stop, *step);
}

static ft_obj *slice_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (kwnames && ft_tuple_size(kwnames) > 0)
        return ft_err_format(ft_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1) return ft_err_format(ft_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return ft_err_format(ft_exc_TypeError, "slice expected at most 3 arguments, got %zd", (ft_ssize)nargs);
    if (nargs == 1) return ft_slice_new(NULL, args[0], NULL);
    return ft_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static ft_obj *slice_repr(ft_obj *self) {
    ft_slice *s = (ft_slice *)self;
    return ft_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static ft_obj *slice_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (FT_TYPE(a) != &ft_slice_type || FT_TYPE(b) != &ft_slice_type) return ft_NotImplemented;
    ft_slice *x = (ft_slice *)a, *y = (ft_slice *)b;
    ft_obj *ta = ft_tuple_pack(3, x->start, x->stop, x->step);
    if (!ta) return NULL;
    ft_obj *tb = ft_tuple_pack(3, y->start, y->stop, y->step);
    if (!tb) return NULL;
    return ft_richcompare(ta, tb, op);
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t slice_hash(ft_obj *self) {
    ft_slice *s = (ft_slice *)self;
    ft_obj *f[3] = { s->start, s->stop, s->step };
    uint64_t acc = XXPRIME_5;
    for (int i = 0; i < 3; i++) {
        int64_t h = ft_containers_hash(f[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

static ft_obj *slice_indices_m(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *lenobj = args[0];
    if (!ft_has_index(lenobj))
        return ft_err_format(ft_exc_TypeError, "'%T' object cannot be interpreted as an integer", lenobj);
    ft_ssize length = ft_index_as_ssize(lenobj, ft_exc_OverflowError);
    if (length == -1 && ft_err_occurred()) return NULL;
    if (length < 0) {
        ft_err_set_str(ft_exc_ValueError, "length should not be negative");
        return NULL;
    }
    ft_ssize start, stop, step;
    if (ft_slice_unpack(self, &start, &stop, &step) < 0) return NULL;
    ft_slice_adjust(length, &start, &stop, step);
    return ft_tuple_pack(3, ft_int_from_i64(start), ft_int_from_i64(stop), ft_int_from_i64(step));
}

static ft_obj *slice_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_slice *s = (ft_slice *)self;
    ft_obj *t = ft_tuple_pack(3, s->start, s->stop, s->step);
    if (!t) return NULL;
    return ft_tuple_pack(2, (ft_obj *)&ft_slice_type, t);
}

static const ft_method_def slice_methods[] = {
    {"indices", slice_indices_m, FT_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
     "a manner consistent with the handling of normal slices."},
    {"__reduce__", slice_reduce, FT_METH_NOARGS, "Return state information for pickling."},
    {NULL}
};

static const ft_member_def slice_members[] = {
    {"start", FT_MEMBER_OBJECT, offsetof(ft_slice, start), FT_MEMBER_READONLY, NULL},
    {"stop", FT_MEMBER_OBJECT, offsetof(ft_slice, stop), FT_MEMBER_READONLY, NULL},
    {"step", FT_MEMBER_OBJECT, offsetof(ft_slice, step), FT_MEMBER_READONLY, NULL},
    {NULL}
};

ft_type ft_slice_type = {
    FT_TYPE_HEAD_INIT,
    .name = "slice",
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .basicsize = sizeof(ft_slice),
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .methods = slice_methods,
    .members = slice_members,
};

int ft_slice_types_init(void) { return ft_type_ready(&ft_slice_type); }
