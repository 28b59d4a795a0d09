/* typeslots.c -- the bridge between C slots and dunder methods.
 *
 * Two directions:
 *  - static types: every C slot a type defines gets a "slot wrapper"
 *    descriptor in its dict (int.__add__, list.__len__, ...), so Python code
 *    sees and can call it (ft_type_add_operators).
 *  - heap types: every C slot is derived from the dunders found along the
 *    MRO (ft_type_fixup_slots). When all dunders of a slot are slot wrappers
 *    of one C function, that function is installed directly (a subclass of
 *    list keeps list's C length); otherwise a generic function that looks the
 *    dunder up and calls it.
 *
 * Invariants / locking: the slotdef table is filled at start-up and read-only
 * afterwards. Slot fields of heap types are written with atomic pointer
 * stores (readers use FT_SLOT / relaxed loads); a racing reader sees either
 * the old or the new function, both of which are valid for the type (each
 * generic function re-looks up the dunder at call time).
 */
#include "core/ftcore.h"
#include "typeobject_internal.h"

/* ---- wrappers: Python call -> C slot ---------------------------------- */

static int check_args(const ft_slotdef *sd, size_t nargs, ft_obj *kwnames, size_t min, size_t max) {
    if (kwnames && ft_tuple_size(kwnames) > 0 && !(sd->flags & FT_SD_KEYWORDS)) {
        ft_err_format(ft_exc_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
        return -1;
    }
    if (nargs < min || nargs > max) {
        if (min == max)
            ft_err_format(ft_exc_TypeError, "expected %d argument%s, got %d", (int)min,
                          min == 1 ? "" : "s", (int)nargs);
        else
            ft_err_format(ft_exc_TypeError, "expected %d to %d arguments, got %d", (int)min, (int)max,
                          (int)nargs);
        return -1;
    }
    return 0;
}

static const ft_slotdef *cur_sd(int extra);

#define WRAP_CHECK(min, max) \
    if (check_args(sd, nargs, kwnames, (min), (max)) < 0) return NULL

/* Each wrapper receives the slotdef through `extra` being an index into the
 * table when needed for messages; we pass the slotdef index in the high bits. */
#define SD_OF(extra) (&ft_type_slotdefs[(extra) >> 8])
#define OP_OF(extra) ((extra) & 0xff)

static ft_obj *wrap_unary(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(0, 0);
    return ((ft_unaryfunc)w)(self);
}
static ft_obj *wrap_binary_l(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    return ((ft_binaryfunc)w)(self, args[0]);
}
static ft_obj *wrap_binary_r(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    return ((ft_binaryfunc)w)(args[0], self);
}
static ft_obj *wrap_ternary(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 2);
    return ((ft_ternaryfunc)w)(self, args[0], nargs > 1 ? args[1] : ft_None);
}
static ft_obj *wrap_ternary_r(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 2);
    return ((ft_ternaryfunc)w)(args[0], self, nargs > 1 ? args[1] : ft_None);
}
static ft_obj *wrap_inquiry(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(0, 0);
    int r = ((ft_inquiry)w)(self);
    if (r < 0) return NULL;
    return ft_bool(r);
}
static ft_obj *wrap_len(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(0, 0);
    ft_ssize r = ((ft_lenfunc)w)(self);
    if (r < 0 && ft_err_occurred()) return NULL;
    return ft_int_from_i64(r);
}
static ft_obj *wrap_hash(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(0, 0);
    int64_t h = ((ft_hashfunc)w)(self);
    if (h == -1 && ft_err_occurred()) return NULL;
    return ft_int_from_i64(h);
}
static ft_obj *wrap_richcmp(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    return ((ft_richcmpfunc)w)(self, args[0], OP_OF(extra));
}
static ft_obj *wrap_getattr(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
    return ((ft_getattrofunc)w)(self, args[0]);
}
/* object.__setattr__(int, ...) must not bypass type.__setattr__: the
 * wrapped function has to be the setattr of the object's nearest static type. */
static int hackcheck(ft_obj *self, void *w, const char *what) {
    ft_type *t = ft_type_of(self);
    while (t && (t->flags & FT_TPF_HEAPTYPE)) t = t->base;
    if (t && (void *)t->setattro != w) {
        ft_err_format(ft_exc_TypeError, "can't apply this %s to %s object", what, FT_TPNAME(t));
        return -1;
    }
    return 0;
}

static ft_obj *wrap_setattr(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(2, 2);
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
    if (hackcheck(self, w, "__setattr__") < 0) return NULL;
    if (((ft_setattrofunc)w)(self, args[0], args[1]) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_delattr(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
    if (hackcheck(self, w, "__delattr__") < 0) return NULL;
    if (((ft_setattrofunc)w)(self, args[0], NULL) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    return ((ft_vectorfunc)w)(self, args, nargs, kwnames);
}
static ft_obj *wrap_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    if (((ft_initfunc)w)(self, args, nargs, kwnames) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_next(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(0, 0);
    ft_obj *r = ((ft_unaryfunc)w)(self);
    if (!r && !ft_err_occurred()) ft_err_set_none(ft_exc_StopIteration);
    return r;
}
static ft_obj *wrap_descr_get(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 2);
    ft_obj *obj = args[0] == ft_None ? NULL : args[0];
    ft_obj *type = nargs > 1 && args[1] != ft_None ? args[1] : NULL;
    if (!obj && !type)
        return ft_err_format(ft_exc_TypeError, "__get__(None, None) is invalid");
    return ((ft_descrgetfunc)w)(self, obj, type);
}
static ft_obj *wrap_descr_set(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(2, 2);
    if (((ft_descrsetfunc)w)(self, args[0], args[1]) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_descr_delete(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    if (((ft_descrsetfunc)w)(self, args[0], NULL) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_setitem(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(2, 2);
    if (((ft_objobjargproc)w)(self, args[0], args[1]) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_delitem(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    if (((ft_objobjargproc)w)(self, args[0], NULL) < 0) return NULL;
    return ft_None;
}
static ft_obj *wrap_contains(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(1, 1);
    int r = ((ft_objobjproc)w)(self, args[0]);
    if (r < 0) return NULL;
    return ft_bool(r);
}
static ft_obj *wrap_del(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames, void *w, int extra) {
    const ft_slotdef *sd = SD_OF(extra);
    WRAP_CHECK(0, 0);
    ft_obj *r = ((ft_unaryfunc)w)(self);
    if (!r && ft_err_occurred()) return NULL;
    return ft_None;
}

/* ---- generic heap-type slot functions: C slot -> Python dunder --------- */

#define SDNAME(i) (ft_type_slotdefs[(i)].name_obj)

static ft_obj *call_dunder(ft_obj *self, int sdi, ft_obj *const *args, size_t nargs, bool *found) {
    return ft_call_special_name(self, SDNAME(sdi), args, nargs, NULL, found);
}

/* Generic binary operator following CPython's rules: self may be either
 * the left operand (its type has this generic slot) or the right one. */
static ft_obj *slot_binop(ft_obj *self, ft_obj *other, size_t off, void *me, int lsd, int rsd) {
    ft_type *ts = ft_type_of(self), *to = ft_type_of(other);
    bool do_other = ts != to && __atomic_load_n((void **)((char *)to + off), __ATOMIC_RELAXED) == me;
    bool found;
    if (__atomic_load_n((void **)((char *)ts + off), __ATOMIC_RELAXED) == me) {
        if (do_other && ft_type_is_subtype(to, ts)) {
            ft_obj *ro = ft_type_lookup(to, SDNAME(rsd));
            ft_obj *rs = ft_type_lookup(ts, SDNAME(rsd));
            if (ro && ro != rs) {
                ft_obj *r = call_dunder(other, rsd, &self, 1, &found);
                if (!r && ft_err_occurred()) return NULL;
                if (r && r != ft_NotImplemented) return r;
                do_other = false;
            }
        }
        ft_obj *r = call_dunder(self, lsd, &other, 1, &found);
        if (!r && ft_err_occurred()) return NULL;
        if (!found) r = ft_NotImplemented;
        if (r != ft_NotImplemented || ts == to) return r;
    }
    if (do_other) {
        ft_obj *r = call_dunder(other, rsd, &self, 1, &found);
        if (!r && ft_err_occurred()) return NULL;
        return found ? r : ft_NotImplemented;
    }
    return ft_NotImplemented;
}

static ft_obj *slot_inplace(ft_obj *self, ft_obj *other, int sdi) {
    bool found;
    ft_obj *r = call_dunder(self, sdi, &other, 1, &found);
    if (!r && !ft_err_occurred()) return ft_NotImplemented;
    return r;
}

static ft_obj *slot_unary(ft_obj *self, int sdi) {
    bool found;
    ft_obj *r = call_dunder(self, sdi, NULL, 0, &found);
    if (!r && !found && !ft_err_occurred())
        return ft_err_format(ft_exc_TypeError, "'%T' object has no attribute '%s'", self,
                             ft_type_slotdefs[sdi].name);
    return r;
}

enum {
#define SDENUM(id, name, slot, heap, wrap, extra, flags) SD_##id,
#include "typeslots_table.h"
#undef SDENUM
    SD_COUNT
};

#define BINSLOT(field, L, R) \
    static ft_obj *slot_nb_##field(ft_obj *a, ft_obj *b) { \
        return slot_binop(a, b, offsetof(ft_type, as_number.field), (void *)slot_nb_##field, SD_##L, SD_##R); }
BINSLOT(add, ADD, RADD)
BINSLOT(subtract, SUB, RSUB)
BINSLOT(multiply, MUL, RMUL)
BINSLOT(remainder, MOD, RMOD)
BINSLOT(divmod, DIVMOD, RDIVMOD)
BINSLOT(lshift, LSHIFT, RLSHIFT)
BINSLOT(rshift, RSHIFT, RRSHIFT)
BINSLOT(and_, AND, RAND)
BINSLOT(xor_, XOR, RXOR)
BINSLOT(or_, OR, ROR)
BINSLOT(floor_divide, FLOORDIV, RFLOORDIV)
BINSLOT(true_divide, TRUEDIV, RTRUEDIV)
BINSLOT(matrix_multiply, MATMUL, RMATMUL)

#define INPSLOT(field, I) \
    static ft_obj *slot_nb_##field(ft_obj *a, ft_obj *b) { return slot_inplace(a, b, SD_##I); }
INPSLOT(inplace_add, IADD)
INPSLOT(inplace_subtract, ISUB)
INPSLOT(inplace_multiply, IMUL)
INPSLOT(inplace_remainder, IMOD)
INPSLOT(inplace_lshift, ILSHIFT)
INPSLOT(inplace_rshift, IRSHIFT)
INPSLOT(inplace_and, IAND)
INPSLOT(inplace_xor, IXOR)
INPSLOT(inplace_or, IOR)
INPSLOT(inplace_floor_divide, IFLOORDIV)
INPSLOT(inplace_true_divide, ITRUEDIV)
INPSLOT(inplace_matrix_multiply, IMATMUL)

static ft_obj *slot_nb_inplace_power(ft_obj *a, ft_obj *b, ft_obj *m) {
    return slot_inplace(a, b, SD_IPOW);
}

static ft_obj *slot_nb_power(ft_obj *self, ft_obj *other, ft_obj *mod) {
    if (!mod || mod == ft_None)
        return slot_binop(self, other, offsetof(ft_type, as_number.power), (void *)slot_nb_power, SD_POW, SD_RPOW);
    /* Three-argument pow() does not try __rpow__. */
    if (ft_type_of(self)->as_number.power == slot_nb_power) {
        bool found;
        ft_obj *args[2] = { other, mod };
        ft_obj *r = call_dunder(self, SD_POW, args, 2, &found);
        if (!r && !ft_err_occurred()) return ft_NotImplemented;
        return r;
    }
    return ft_NotImplemented;
}

#define UNSLOT(field, I) static ft_obj *slot_nb_##field(ft_obj *a) { return slot_unary(a, SD_##I); }
UNSLOT(negative, NEG)
UNSLOT(positive, POS)
UNSLOT(absolute, ABS)
UNSLOT(invert, INVERT)
UNSLOT(int_, INT)
UNSLOT(float_, FLOAT)
UNSLOT(index, INDEX)

static int slot_nb_bool(ft_obj *self) {
    bool found;
    ft_obj *r = call_dunder(self, SD_BOOL, NULL, 0, &found);
    if (!r) {
        if (ft_err_occurred()) return -1;
        return 1;
    }
    if (r == ft_True) return 1;
    if (r == ft_False) return 0;
    ft_err_format(ft_exc_TypeError, "__bool__ should return bool, returned %T", r);
    return -1;
}

static ft_obj *slot_tp_repr(ft_obj *self) {
    bool found;
    ft_obj *r = call_dunder(self, SD_REPR, NULL, 0, &found);
    if (!r && !found && !ft_err_occurred()) return ft_object_repr(self);
    return r;
}
static ft_obj *slot_tp_str(ft_obj *self) {
    bool found;
    ft_obj *r = call_dunder(self, SD_STR, NULL, 0, &found);
    if (!r && !found && !ft_err_occurred()) return ft_repr(self);
    return r;
}

static int64_t slot_tp_hash(ft_obj *self) {
    bool found;
    ft_obj *func = ft_type_lookup(ft_type_of(self), SDNAME(SD_HASH));
    if (!func || func == ft_None) return ft_hash_unhashable(self);
    ft_obj *r = ft_call_special(self, func, NULL, 0, NULL);
    FT_UNUSED(found);
    if (!r) return -1;
    if (!ft_int_check(r)) {
        ft_err_format(ft_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (ft_is_smallint(r)) h = ft_smallint_value(r);
    else {
        /* Like CPython: a result that fits in 64 bits is used as is; only a
         * larger int is reduced by int's own hash. */
        h = ft_int_as_i64(r);
        if (h == -1 && ft_err_occurred()) {
            ft_err_clear();
            h = ft_int_hash(r);
        }
    }
    if (h == -1) h = ft_err_occurred() ? -1 : -2;
    return h;
}

static ft_obj *slot_tp_richcompare(ft_obj *self, ft_obj *other, int op) {
    static const int sdi[6] = { SD_LT, SD_LE, SD_EQ, SD_NE, SD_GT, SD_GE };
    if (op < 0 || op > 5) return ft_NotImplemented;
    bool found;
    ft_obj *r = call_dunder(self, sdi[op], &other, 1, &found);
    if (!r && !found && !ft_err_occurred()) return ft_NotImplemented;
    return r;
}

static bool is_wrapper_of(ft_obj *descr, void *fn) {
    return descr && !ft_is_smallint(descr) && descr->ob_type == &ft_wrapper_descr_type &&
           ((ft_wrapperdescr *)descr)->wrapped == fn;
}

ft_obj *ft_type_getattr_hook(ft_obj *self, ft_obj *name) {
    ft_type *tp = ft_type_of(self);
    ft_obj *getattr = ft_type_lookup(tp, SDNAME(SD_GETATTR));
    ft_obj *getattribute = ft_type_lookup(tp, SDNAME(SD_GETATTRIBUTE));
    ft_obj *r;
    if (!getattribute || is_wrapper_of(getattribute, (void *)ft_obj_generic_getattr))
        r = ft_obj_generic_getattr(self, name);
    else
        r = ft_call_special(self, getattribute, &name, 1, NULL);
    if (r || !getattr) return r;
    if (!ft_err_matches((ft_obj *)ft_exc_AttributeError)) return NULL;
    ft_err_clear();
    return ft_call_special(self, getattr, &name, 1, NULL);
}

static int slot_tp_setattro(ft_obj *self, ft_obj *name, ft_obj *value) {
    bool found;
    ft_obj *r;
    if (value) {
        ft_obj *args[2] = { name, value };
        r = call_dunder(self, SD_SETATTR, args, 2, &found);
        if (!r && !found && !ft_err_occurred()) return ft_obj_generic_setattr(self, name, value);
    } else {
        r = call_dunder(self, SD_DELATTR, &name, 1, &found);
        if (!r && !found && !ft_err_occurred()) return ft_obj_generic_setattr(self, name, NULL);
    }
    return r ? 0 : -1;
}

static ft_obj *slot_tp_call(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bool found;
    ft_obj *r = ft_call_special_name(self, SDNAME(SD_CALL), args, nargs, kwnames, &found);
    if (!r && !found && !ft_err_occurred())
        return ft_err_format(ft_exc_TypeError, "'%T' object is not callable", self);
    return r;
}

static ft_obj *slot_tp_iter(ft_obj *self) {
    ft_obj *func = ft_type_lookup(ft_type_of(self), SDNAME(SD_ITER));
    if (!func || func == ft_None)
        return ft_err_format(ft_exc_TypeError, "'%T' object is not iterable", self);
    return ft_call_special(self, func, NULL, 0, NULL);
}

static ft_obj *slot_tp_iternext(ft_obj *self) {
    bool found;
    ft_obj *r = call_dunder(self, SD_NEXT, NULL, 0, &found);
    if (!r) {
        if (!found && !ft_err_occurred())
            return ft_err_format(ft_exc_TypeError, "'%T' object is not an iterator", self);
        /* Contract: exhaustion is NULL without an exception. */
        if (ft_err_matches((ft_obj *)ft_exc_StopIteration)) ft_err_clear();
    }
    return r;
}

static ft_obj *slot_tp_descr_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    ft_obj *func = ft_type_lookup(ft_type_of(self), SDNAME(SD_GET));
    if (!func) return self;
    ft_obj *args[2] = { obj ? obj : ft_None, type ? type : ft_None };
    return ft_call_special(self, func, args, 2, NULL);
}

static int slot_tp_descr_set(ft_obj *self, ft_obj *obj, ft_obj *value) {
    bool found;
    ft_obj *r;
    if (value) {
        ft_obj *args[2] = { obj, value };
        r = call_dunder(self, SD_SET, args, 2, &found);
        if (!r && !found && !ft_err_occurred()) {
            ft_err_format(ft_exc_AttributeError, "__set__");
            return -1;
        }
    } else {
        r = call_dunder(self, SD_DELETE, &obj, 1, &found);
        if (!r && !found && !ft_err_occurred()) {
            ft_err_format(ft_exc_AttributeError, "__delete__");
            return -1;
        }
    }
    return r ? 0 : -1;
}

static int slot_tp_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    bool found;
    ft_obj *r = ft_call_special_name(self, SDNAME(SD_INIT), args, nargs, kwnames, &found);
    if (!r) return found || ft_err_occurred() ? -1 : 0;
    if (r != ft_None) {
        ft_err_format(ft_exc_TypeError, "__init__() should return None, not '%T'", r);
        return -1;
    }
    return 0;
}

ft_obj *ft_type_slot_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *func = ft_getattr((ft_obj *)type, ft_id(__new__));
    if (!func) return NULL;
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    ft_obj *small[16];
    ft_obj **vec = small;
    if (nargs + nkw + 1 > FT_ARRAY_LEN(small)) {
        vec = ft_gc_alloc((nargs + nkw + 1) * sizeof(ft_obj *), FT_GC_SCAN);
        if (!vec) return NULL;
    }
    vec[0] = (ft_obj *)type;
    if (nargs + nkw) memcpy(vec + 1, args, (nargs + nkw) * sizeof(ft_obj *));
    return ft_call(func, vec, nargs + 1, kwnames);
}

static ft_ssize slot_sq_length(ft_obj *self) {
    bool found;
    ft_obj *r = call_dunder(self, SD_LEN, NULL, 0, &found);
    if (!r) {
        if (!found && !ft_err_occurred())
            ft_err_format(ft_exc_TypeError, "object of type '%T' has no len()", self);
        return -1;
    }
    ft_obj *i = ft_index(r);
    if (!i) return -1;
    if (ft_int_sign(i) < 0) {
        ft_err_format(ft_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t v; int ovf = 0;
    ft_int_as_i64_overflow(i, &v, &ovf);
    if (ovf) {
        ft_err_format(ft_exc_OverflowError, "cannot fit '%T' into an index-sized integer", i);
        return -1;
    }
    return (ft_ssize)v;
}

static ft_obj *slot_mp_subscript(ft_obj *self, ft_obj *key) {
    bool found;
    ft_obj *r = call_dunder(self, SD_GETITEM, &key, 1, &found);
    if (!r && !found && !ft_err_occurred())
        return ft_err_format(ft_exc_TypeError, "'%T' object is not subscriptable", self);
    return r;
}

static int slot_mp_ass_subscript(ft_obj *self, ft_obj *key, ft_obj *value) {
    bool found;
    ft_obj *r;
    if (value) {
        ft_obj *args[2] = { key, value };
        r = call_dunder(self, SD_SETITEM, args, 2, &found);
        if (!r && !found && !ft_err_occurred())
            ft_err_format(ft_exc_TypeError, "'%T' object does not support item assignment", self);
    } else {
        r = call_dunder(self, SD_DELITEM, &key, 1, &found);
        if (!r && !found && !ft_err_occurred())
            ft_err_format(ft_exc_TypeError, "'%T' object does not support item deletion", self);
    }
    return r ? 0 : -1;
}

static int slot_sq_contains(ft_obj *self, ft_obj *value) {
    ft_obj *func = ft_type_lookup(ft_type_of(self), SDNAME(SD_CONTAINS));
    if (func == ft_None) {
        ft_err_format(ft_exc_TypeError, "'%T' object is not a container", self);
        return -1;
    }
    if (!func) {
        /* Fall back to iteration. */
        ft_obj *it = ft_iter(self);
        if (!it) return -1;
        for (;;) {
            ft_obj *x = ft_iter_next(it);
            if (!x) return ft_err_occurred() ? -1 : 0;
            int c = ft_richcompare_bool(x, value, FT_EQ);
            if (c != 0) return c;
        }
    }
    ft_obj *r = ft_call_special(self, func, &value, 1, NULL);
    if (!r) return -1;
    return ft_is_true(r);
}

static ft_obj *slot_tp_del(ft_obj *self) {
    bool found;
    ft_obj *saved = ft_err_fetch();
    ft_obj *r = call_dunder(self, SD_DEL, NULL, 0, &found);
    if (!r && ft_err_occurred()) {
        ft_obj *del = ft_type_lookup(ft_type_of(self), SDNAME(SD_DEL));
        ft_err_write_unraisable(del ? del : self);
    }
    ft_err_restore(saved);
    return ft_None;
}

/* ---- the table ------------------------------------------------------- */

ft_slotdef ft_type_slotdefs[] = {
#define SDENUM(id, name, slot, heap, wrap, extra, flags) \
    { name, offsetof(ft_type, slot), (void *)heap, wrap, (SD_##id << 8) | (extra), flags, NULL, NULL },
#include "typeslots_table.h"
#undef SDENUM
};
const size_t ft_type_nslotdefs = FT_ARRAY_LEN(ft_type_slotdefs);

static const ft_slotdef *cur_sd(int extra) { return SD_OF(extra); }

int ft_type_slots_init(void) {
    (void)cur_sd;
    for (size_t i = 0; i < ft_type_nslotdefs; i++) {
        ft_obj *s = ft_str_intern_cstr(ft_type_slotdefs[i].name);
        if (!s) return -1;
        ft_type_slotdefs[i].name_obj = s;
    }
    return 0;
}

static inline void **slot_ptr(ft_type *t, size_t off) { return (void **)((char *)t + off); }

bool ft_type_is_slot_name(ft_obj *name) {
    if (!ft_str_check(name)) return false;
    const char *s = ft_str_utf8(name);
    ft_ssize n = FT_STR(name)->nbytes;
    if (n < 5 || s[0] != '_' || s[1] != '_' || s[n - 1] != '_' || s[n - 2] != '_') return false;
    for (size_t i = 0; i < ft_type_nslotdefs; i++)
        if (strcmp(ft_type_slotdefs[i].name, s) == 0) return true;
    return false;
}

int ft_type_add_operators(ft_type *type) {
    ft_type *base = type->base;
    for (size_t i = 0; i < ft_type_nslotdefs; i++) {
        ft_slotdef *sd = &ft_type_slotdefs[i];
        if (!sd->wrapper || (sd->flags & FT_SD_HEAPONLY)) continue;
        void *fn = *slot_ptr(type, sd->offset);
        if (!fn) continue;
        if (base && *slot_ptr(base, sd->offset) == fn) continue;
        int c = ft_dict_contains(type->dict, sd->name_obj);
        if (c < 0) return -1;
        if (c) continue;
        ft_obj *v;
        if (fn == (void *)ft_hash_unhashable) v = ft_None;
        else v = ft_wrapperdescr_new(type, sd, fn);
        if (!v || ft_dict_set(type->dict, sd->name_obj, v) < 0) return -1;
    }
    return 0;
}

/* Compute one slot (identified by the first slotdef of its group). */
static void update_one_slot(ft_type *type, size_t first) {
    size_t off = ft_type_slotdefs[first].offset;
    void *generic = ft_type_slotdefs[first].heapfunc;
    void *specific = NULL;
    bool use_generic = false;
    for (size_t i = first; i < ft_type_nslotdefs && ft_type_slotdefs[i].offset == off; i++) {
        ft_slotdef *sd = &ft_type_slotdefs[i];
        ft_obj *descr = ft_type_lookup(type, sd->name_obj);
        if (!descr) continue;
        if (!ft_is_smallint(descr) && descr->ob_type == &ft_wrapper_descr_type) {
            ft_wrapperdescr *w = (ft_wrapperdescr *)descr;
            if (w->sd->offset == off && ft_type_is_subtype(type, w->owner) &&
                (!specific || specific == w->wrapped)) {
                specific = w->wrapped;
                continue;
            }
            use_generic = true;
        } else if (off == offsetof(ft_type, new_) && !ft_is_smallint(descr) &&
                   descr->ob_type == &ft_builtin_function_type &&
                   ((ft_builtin *)descr)->def == &ft_type_new_wrapper_def && ((ft_builtin *)descr)->self &&
                   ft_type_check(((ft_builtin *)descr)->self)) {
            void *fn = (void *)((ft_type *)((ft_builtin *)descr)->self)->new_;
            if (!specific || specific == fn) specific = fn;
            else use_generic = true;
        } else if (off == offsetof(ft_type, hash) && descr == ft_None) {
            specific = (void *)ft_hash_unhashable;
        } else {
            use_generic = true;
        }
    }
    void *fn = use_generic ? generic : specific;
    /* Readers load slots without locks: a single atomic pointer store. */
    __atomic_store_n(slot_ptr(type, off), fn, __ATOMIC_RELEASE);
    if (off == offsetof(ft_type, del_)) {
        if (fn) __atomic_fetch_or(&type->flags, FT_TPF_HAS_FINALIZER, __ATOMIC_RELAXED);
        else __atomic_fetch_and(&type->flags, ~FT_TPF_HAS_FINALIZER, __ATOMIC_RELAXED);
    }
}

void ft_type_fixup_slots(ft_type *type) {
    for (size_t i = 0; i < ft_type_nslotdefs; i++) {
        if (i > 0 && ft_type_slotdefs[i].offset == ft_type_slotdefs[i - 1].offset) continue;
        update_one_slot(type, i);
    }
}

static void update_slot_rec(ft_type *type, size_t first, int depth) {
    if (!(type->flags & FT_TPF_HEAPTYPE) || depth > 500) return;
    update_one_slot(type, first);
    ft_obj *subs = ft_type_subclasses_list(type);
    if (!subs) { ft_err_clear(); return; }
    for (ft_ssize i = 0; i < ft_list_size(subs); i++)
        update_slot_rec((ft_type *)ft_list_get(subs, i), first, depth + 1);
}

void ft_type_update_slot(ft_type *type, ft_obj *name) {
    if (!ft_str_check(name)) return;
    const char *s = ft_str_utf8(name);
    for (size_t i = 0; i < ft_type_nslotdefs; i++) {
        if (strcmp(ft_type_slotdefs[i].name, s) != 0) continue;
        size_t first = i;
        while (first > 0 && ft_type_slotdefs[first - 1].offset == ft_type_slotdefs[i].offset) first--;
        update_slot_rec(type, first, 0);
    }
}
