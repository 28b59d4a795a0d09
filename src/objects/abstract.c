/* abstract.c -- the generic number, container, iteration and attribute
 * protocols of abstract.h (calls are in vm/call.c, the object protocol in
 * object.c).
 *
 * The binary operator protocol follows CPython: slot(v, w) is tried on
 * type(v) and type(w) (the right operand first when its type is a proper
 * subclass that overrides the slot); NotImplemented means "try the other";
 * in-place operators try the in-place slot of the left operand first.
 *
 * Stateless: every table here is const. Thread-safe by construction.
 */
#include "core/ftcore.h"
#include "typeobject_internal.h"
#include "containers.h"  /* ft_containers_class_getitem: type[...] */

/* ---- attributes ------------------------------------------------------- */

ft_obj *ft_getattr(ft_obj *o, ft_obj *name) {
    if (!ft_name_is_str(name))
        return ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", name);
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, getattro)) return FT_SLOT(tp, getattro)(o, name);
    return ft_obj_generic_getattr(o, name);
}

ft_obj *ft_getattr_cstr(ft_obj *o, const char *name) {
    ft_obj *n = ft_str_intern_cstr(name);
    if (!n) return NULL;
    return ft_getattr(o, n);
}

ft_obj *ft_getattr_opt(ft_obj *o, ft_obj *name) {
    if (ft_name_is_str(name)) {
        ft_getattrofunc ga = FT_SLOT(ft_type_of(o), getattro);
        ft_obj *r = NULL;
        if (ga == ft_obj_generic_getattr || !ga) r = ft_obj_generic_getattr_ex(o, name, true);
        else if (ga == ft_type_getattro) r = ft_type_getattro_ex(o, name, true);
        else goto general;
        if (!r && ft_err_occurred() && ft_err_matches((ft_obj *)ft_exc_AttributeError)) ft_err_clear();
        return r;
    }
general:;
    ft_obj *r = ft_getattr(o, name);
    if (!r && ft_err_matches((ft_obj *)ft_exc_AttributeError)) ft_err_clear();
    return r;
}

int ft_setattr(ft_obj *o, ft_obj *name, ft_obj *value) {
    if (!ft_name_is_str(name)) {
        ft_err_format(ft_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, setattro)) return FT_SLOT(tp, setattro)(o, name, value);
    if (FT_SLOT(tp, getattro) == ft_obj_generic_getattr || !FT_SLOT(tp, getattro))
        return ft_obj_generic_setattr(o, name, value);
    if (value)
        ft_err_format(ft_exc_TypeError, "'%s' object has only read-only attributes (assign to .%U)",
                      FT_TPNAME(tp), name);
    else
        ft_err_format(ft_exc_TypeError, "'%s' object has only read-only attributes (del .%U)",
                      FT_TPNAME(tp), name);
    return -1;
}

int ft_setattr_cstr(ft_obj *o, const char *name, ft_obj *value) {
    ft_obj *n = ft_str_intern_cstr(name);
    if (!n) return -1;
    return ft_setattr(o, n, value);
}

int ft_hasattr(ft_obj *o, ft_obj *name) {
    ft_obj *r = ft_getattr_opt(o, name);
    if (r) return 1;
    return ft_err_occurred() ? -1 : 0;
}

/* ---- numbers ---------------------------------------------------------- */

#define NB(field) offsetof(ft_number_methods, field)

typedef struct binop_info {
    const char *symbol;
    size_t slot;        /* binary slot */
    size_t islot;       /* in-place slot, or (size_t)-1 */
} binop_info;

static const binop_info binops[FT_BINOP_COUNT] = {
    [FT_BINOP_ADD] = {"+", NB(add), (size_t)-1},
    [FT_BINOP_AND] = {"&", NB(and_), (size_t)-1},
    [FT_BINOP_FLOOR_DIVIDE] = {"//", NB(floor_divide), (size_t)-1},
    [FT_BINOP_LSHIFT] = {"<<", NB(lshift), (size_t)-1},
    [FT_BINOP_MATMUL] = {"@", NB(matrix_multiply), (size_t)-1},
    [FT_BINOP_MULTIPLY] = {"*", NB(multiply), (size_t)-1},
    [FT_BINOP_REMAINDER] = {"%", NB(remainder), (size_t)-1},
    [FT_BINOP_OR] = {"|", NB(or_), (size_t)-1},
    [FT_BINOP_POWER] = {"**", NB(power), (size_t)-1},
    [FT_BINOP_RSHIFT] = {">>", NB(rshift), (size_t)-1},
    [FT_BINOP_SUBTRACT] = {"-", NB(subtract), (size_t)-1},
    [FT_BINOP_TRUE_DIVIDE] = {"/", NB(true_divide), (size_t)-1},
    [FT_BINOP_XOR] = {"^", NB(xor_), (size_t)-1},
    [FT_BINOP_INPLACE_ADD] = {"+=", NB(add), NB(inplace_add)},
    [FT_BINOP_INPLACE_AND] = {"&=", NB(and_), NB(inplace_and)},
    [FT_BINOP_INPLACE_FLOOR_DIVIDE] = {"//=", NB(floor_divide), NB(inplace_floor_divide)},
    [FT_BINOP_INPLACE_LSHIFT] = {"<<=", NB(lshift), NB(inplace_lshift)},
    [FT_BINOP_INPLACE_MATMUL] = {"@=", NB(matrix_multiply), NB(inplace_matrix_multiply)},
    [FT_BINOP_INPLACE_MULTIPLY] = {"*=", NB(multiply), NB(inplace_multiply)},
    [FT_BINOP_INPLACE_REMAINDER] = {"%=", NB(remainder), NB(inplace_remainder)},
    [FT_BINOP_INPLACE_OR] = {"|=", NB(or_), NB(inplace_or)},
    [FT_BINOP_INPLACE_POWER] = {"**=", NB(power), NB(inplace_power)},
    [FT_BINOP_INPLACE_RSHIFT] = {">>=", NB(rshift), NB(inplace_rshift)},
    [FT_BINOP_INPLACE_SUBTRACT] = {"-=", NB(subtract), NB(inplace_subtract)},
    [FT_BINOP_INPLACE_TRUE_DIVIDE] = {"/=", NB(true_divide), NB(inplace_true_divide)},
    [FT_BINOP_INPLACE_XOR] = {"^=", NB(xor_), NB(inplace_xor)},
};

const char *ft_binop_symbol(int op) {
    if (op < 0 || op >= FT_BINOP_COUNT) return "?";
    return binops[op].symbol;
}

static inline void *nbslot(ft_type *t, size_t off) {
    return __atomic_load_n((void **)((char *)&t->as_number + off), __ATOMIC_RELAXED);
}

static bool is_power_slot(size_t off) { return off == NB(power) || off == NB(inplace_power); }

static ft_obj *call_slot(void *fn, size_t off, ft_obj *v, ft_obj *w) {
    if (is_power_slot(off)) return ((ft_ternaryfunc)fn)(v, w, ft_None);
    return ((ft_binaryfunc)fn)(v, w);
}

/* The core of the binary protocol: NotImplemented if neither side can. */
static ft_obj *binary_op1(ft_obj *v, ft_obj *w, size_t off) {
    ft_type *tv = ft_type_of(v), *tw = ft_type_of(w);
    void *slotv = nbslot(tv, off);
    void *slotw = NULL;
    if (tw != tv) {
        slotw = nbslot(tw, off);
        if (slotw == slotv) slotw = NULL;
    }
    ft_obj *x;
    if (slotv) {
        if (slotw && ft_type_is_subtype(tw, tv)) {
            x = call_slot(slotw, off, v, w);
            if (x != ft_NotImplemented) return x;
            slotw = NULL;
        }
        x = call_slot(slotv, off, v, w);
        if (x != ft_NotImplemented) return x;
    }
    if (slotw) return call_slot(slotw, off, v, w);
    return ft_NotImplemented;
}

static bool is_concat_seq(ft_obj *o) {
    ft_type *t = ft_type_of(o);
    return (t->flags & (FT_TPF_LIST_SUBCLASS | FT_TPF_TUPLE_SUBCLASS | FT_TPF_STR_SUBCLASS | FT_TPF_BYTES_SUBCLASS)) ||
           ft_type_is_subtype(t, &ft_bytearray_type);
}

static bool has_index(ft_obj *o) { return ft_type_of(o)->as_number.index != NULL; }

static ft_obj *binop_type_error(ft_obj *v, ft_obj *w, int op) {
    ft_type *tv = ft_type_of(v), *tw = ft_type_of(w);
    size_t off = binops[op].slot;
    if (off == NB(add) && is_concat_seq(v)) {
        if (tv->flags & (FT_TPF_BYTES_SUBCLASS) || ft_type_is_subtype(tv, &ft_bytearray_type))
            return ft_err_format(ft_exc_TypeError, "can't concat %s to %s", FT_TPNAME(tw), FT_TPNAME(tv));
        const char *kind = (tv->flags & FT_TPF_STR_SUBCLASS) ? "str" : (tv->flags & FT_TPF_LIST_SUBCLASS) ? "list" : "tuple";
        return ft_err_format(ft_exc_TypeError, "can only concatenate %s (not \"%s\") to %s", kind,
                             FT_TPNAME(tw), kind);
    }
    if (off == NB(multiply)) {
        if (is_concat_seq(v) && !has_index(w))
            return ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%s'", FT_TPNAME(tw));
        if (is_concat_seq(w) && !has_index(v))
            return ft_err_format(ft_exc_TypeError, "can't multiply sequence by non-int of type '%s'", FT_TPNAME(tv));
    }
    if (off == NB(power) && binops[op].islot == (size_t)-1)
        return ft_err_format(ft_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                             FT_TPNAME(tv), FT_TPNAME(tw));
    if (op == FT_BINOP_RSHIFT && v && ft_type_of(v) == &ft_builtin_function_type) {
        ft_obj *nm = ft_getattr_opt(v, ft_id(__name__));
        if (nm && ft_str_check(nm) && ft_str_eq_cstr(nm, "print")) {
            return ft_err_format(ft_exc_TypeError,
                                 "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, "
                                 "file=<output_stream>)\"?", FT_TPNAME(tv), FT_TPNAME(tw));
        }
        if (ft_err_occurred()) ft_err_clear();
    }
    return ft_err_format(ft_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", binops[op].symbol,
                         FT_TPNAME(tv), FT_TPNAME(tw));
}

ft_obj *ft_binary_op(ft_obj *v, ft_obj *w, int op) {
    if (op < 0 || op >= FT_BINOP_COUNT) return ft_err_bad_internal_call("ft_binary_op");
    const binop_info *bi = &binops[op];
    ft_obj *x;
    if (bi->islot != (size_t)-1) {
        void *islot = nbslot(ft_type_of(v), bi->islot);
        if (islot) {
            x = call_slot(islot, bi->islot, v, w);
            if (x != ft_NotImplemented) return x;
        }
    }
    x = binary_op1(v, w, bi->slot);
    if (x != ft_NotImplemented) return x;
    /* Sequence repetition where the int is on the left: retry with the
     * sequence as the first operand (slots of sequences take either order). */
    if (bi->slot == NB(multiply) && is_concat_seq(w) && has_index(v) && !is_concat_seq(v)) {
        void *s = nbslot(ft_type_of(w), NB(multiply));
        if (s) {
            x = ((ft_binaryfunc)s)(w, v);
            if (x != ft_NotImplemented) return x;
        }
    }
    return binop_type_error(v, w, op);
}

ft_obj *ft_power(ft_obj *v, ft_obj *w, ft_obj *z) {
    if (!z || z == ft_None) {
        ft_obj *x = binary_op1(v, w, NB(power));
        if (x != ft_NotImplemented) return x;
        return binop_type_error(v, w, FT_BINOP_POWER);
    }
    ft_type *tv = ft_type_of(v), *tw = ft_type_of(w), *tz = ft_type_of(z);
    ft_ternaryfunc slotv = FT_SLOT(tv, as_number.power), slotw = NULL, slotz;
    if (tw != tv) {
        slotw = FT_SLOT(tw, as_number.power);
        if (slotw == slotv) slotw = NULL;
    }
    ft_obj *x;
    if (slotv) {
        if (slotw && ft_type_is_subtype(tw, tv)) {
            x = slotw(v, w, z);
            if (x != ft_NotImplemented) return x;
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != ft_NotImplemented) return x;
    }
    if (slotw) {
        x = slotw(v, w, z);
        if (x != ft_NotImplemented) return x;
    }
    slotz = FT_SLOT(tz, as_number.power);
    if (slotz && slotz != slotv && slotz != slotw) {
        x = slotz(v, w, z);
        if (x != ft_NotImplemented) return x;
    }
    return ft_err_format(ft_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         FT_TPNAME(tv), FT_TPNAME(tw), FT_TPNAME(tz));
}

ft_obj *ft_divmod(ft_obj *v, ft_obj *w) {
    ft_obj *x = binary_op1(v, w, NB(divmod));
    if (x != ft_NotImplemented) return x;
    return ft_err_format(ft_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         FT_TPNAME(ft_type_of(v)), FT_TPNAME(ft_type_of(w)));
}

ft_obj *ft_negative(ft_obj *o) {
    ft_unaryfunc f = ft_type_of(o)->as_number.negative;
    if (f) return f(o);
    return ft_err_format(ft_exc_TypeError, "bad operand type for unary -: '%s'", FT_TPNAME(ft_type_of(o)));
}
ft_obj *ft_positive(ft_obj *o) {
    ft_unaryfunc f = ft_type_of(o)->as_number.positive;
    if (f) return f(o);
    return ft_err_format(ft_exc_TypeError, "bad operand type for unary +: '%s'", FT_TPNAME(ft_type_of(o)));
}
ft_obj *ft_invert(ft_obj *o) {
    ft_unaryfunc f = ft_type_of(o)->as_number.invert;
    if (f) return f(o);
    return ft_err_format(ft_exc_TypeError, "bad operand type for unary ~: '%s'", FT_TPNAME(ft_type_of(o)));
}
ft_obj *ft_absolute(ft_obj *o) {
    ft_unaryfunc f = ft_type_of(o)->as_number.absolute;
    if (f) return f(o);
    return ft_err_format(ft_exc_TypeError, "bad operand type for abs(): '%s'", FT_TPNAME(ft_type_of(o)));
}

/* ft_index (operator.index) lives in int.c. */

/* int subclass result of __int__/__index__ -> exact int */
static ft_obj *exact_int(ft_obj *r) {
    if (ft_int_check_exact(r)) return r;
    mpz_t z;
    mpz_init(z);
    ft_int_to_mpz(r, z);
    ft_obj *x = ft_int_from_mpz(z);
    mpz_clear(z);
    return x;
}

ft_obj *ft_number_int(ft_obj *o) {
    if (ft_is_smallint(o) || ft_int_check_exact(o)) return o;
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, as_number.int_)) {
        ft_obj *r = FT_SLOT(tp, as_number.int_)(o);
        if (!r) return NULL;
        if (!ft_int_check(r))
            return ft_err_format(ft_exc_TypeError, "__int__ returned non-int (type %s)", FT_TPNAME(ft_type_of(r)));
        return exact_int(r);
    }
    if (FT_SLOT(tp, as_number.index)) {
        ft_obj *r = ft_index(o);
        if (!r) return NULL;
        return exact_int(r);
    }
    ft_obj *trunc = ft_lookup_special(o, ft_id(__trunc__));
    if (trunc) {
        ft_obj *r = ft_call0(trunc);
        if (!r) return NULL;
        if (ft_int_check(r)) return exact_int(r);
        ft_obj *i = ft_index(r);
        if (!i) {
            ft_err_clear();
            return ft_err_format(ft_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                                 FT_TPNAME(ft_type_of(r)));
        }
        return exact_int(i);
    }
    if (ft_err_occurred()) return NULL;
    if (ft_str_check(o)) return ft_int_from_str(ft_str_utf8(o), FT_STR(o)->nbytes, 10);
    if (ft_bytes_check(o) || ft_bytearray_check(o)) {
        ft_buffer view;
        if (ft_get_buffer(o, &view) < 0) return NULL;
        ft_obj *r = ft_int_from_str(view.buf, view.len, 10);
        ft_release_buffer(&view);
        return r;
    }
    return ft_err_format(ft_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         FT_TPNAME(tp));
}

ft_obj *ft_number_float(ft_obj *o) {
    if (ft_float_check_exact(o)) return o;
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, as_number.float_)) {
        ft_obj *r = FT_SLOT(tp, as_number.float_)(o);
        if (!r) return NULL;
        if (!ft_float_check(r))
            return ft_err_format(ft_exc_TypeError, "%s.__float__ returned non-float (type %s)", FT_TPNAME(tp),
                                 FT_TPNAME(ft_type_of(r)));
        if (!ft_float_check_exact(r)) return ft_float_new(ft_float_as_double(r));
        return r;
    }
    if (FT_SLOT(tp, as_number.index)) {
        ft_obj *i = ft_index(o);
        if (!i) return NULL;
        double d = ft_int_as_double(i);
        if (d == -1.0 && ft_err_occurred()) return NULL;
        return ft_float_new(d);
    }
    if (ft_float_check(o)) return ft_float_new(ft_float_as_double(o));
    if (ft_str_check(o) || ft_bytes_check(o) || ft_bytearray_check(o))
        return ft_call1((ft_obj *)&ft_float_type, o);
    return ft_err_format(ft_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                         FT_TPNAME(tp));
}

/* ---- containers ------------------------------------------------------- */

ft_ssize ft_len(ft_obj *o) {
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, length)) return FT_SLOT(tp, length)(o);
    ft_err_format(ft_exc_TypeError, "object of type '%s' has no len()", FT_TPNAME(tp));
    return -1;
}

ft_ssize ft_length_hint(ft_obj *o, ft_ssize deflt) {
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, length)) {
        ft_ssize n = FT_SLOT(tp, length)(o);
        if (n >= 0) return n;
        if (!ft_err_matches((ft_obj *)ft_exc_TypeError)) return -1;
        ft_err_clear();
    }
    ft_obj *hint = ft_lookup_special(o, ft_id(__length_hint__));
    if (!hint) return ft_err_occurred() ? -1 : deflt;
    ft_obj *r = ft_call0(hint);
    if (!r) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            return deflt;
        }
        return -1;
    }
    if (r == ft_NotImplemented) return deflt;
    if (!ft_int_check(r)) {
        ft_err_format(ft_exc_TypeError, "__length_hint__ must be an integer, not %s", FT_TPNAME(ft_type_of(r)));
        return -1;
    }
    ft_ssize n = ft_int_as_ssize(r);
    if (n == -1 && ft_err_occurred()) return -1;
    if (n < 0) {
        ft_err_format(ft_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

ft_obj *ft_getitem(ft_obj *o, ft_obj *key) {
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, subscript)) return FT_SLOT(tp, subscript)(o, key);
    if (ft_type_check(o)) {
        if (o == (ft_obj *)&ft_type_type) return ft_containers_class_getitem(o, &key, 1, NULL);
        ft_obj *meth = ft_getattr_opt(o, ft_id(__class_getitem__));
        if (meth) return ft_call1(meth, key);
        if (ft_err_occurred()) return NULL;
        return ft_err_format(ft_exc_TypeError, "type '%s' is not subscriptable", FT_TPNAME((ft_type *)o));
    }
    return ft_err_format(ft_exc_TypeError, "'%s' object is not subscriptable", FT_TPNAME(tp));
}

int ft_setitem(ft_obj *o, ft_obj *key, ft_obj *value) {
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, ass_subscript)) return FT_SLOT(tp, ass_subscript)(o, key, value);
    ft_err_format(ft_exc_TypeError, "'%s' object does not support item assignment", FT_TPNAME(tp));
    return -1;
}

int ft_delitem(ft_obj *o, ft_obj *key) {
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, ass_subscript)) return FT_SLOT(tp, ass_subscript)(o, key, NULL);
    /* CPython words it differently when the object has sequence methods
     * (all heap types, containers) and the key is an index. */
    bool seqlike = (tp->flags & (FT_TPF_HEAPTYPE | FT_TPF_SEQUENCE)) || FT_SLOT(tp, contains) || FT_SLOT(tp, length);
    if (seqlike && ft_type_of(key)->as_number.index) {
        ft_err_format(ft_exc_TypeError, "'%s' object doesn't support item deletion", FT_TPNAME(tp));
        return -1;
    }
    ft_err_format(ft_exc_TypeError, "'%s' object does not support item deletion", FT_TPNAME(tp));
    return -1;
}

int ft_contains(ft_obj *container, ft_obj *item) {
    ft_type *tp = ft_type_of(container);
    if (FT_SLOT(tp, contains)) return FT_SLOT(tp, contains)(container, item);
    if (!FT_SLOT(tp, iter) && !FT_SLOT(tp, subscript)) {
        ft_err_format(ft_exc_TypeError, "argument of type '%s' is not iterable", FT_TPNAME(tp));
        return -1;
    }
    ft_obj *it = ft_iter(container);
    if (!it) return -1;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) return ft_err_occurred() ? -1 : 0;
        int r = ft_richcompare_bool(x, item, FT_EQ);
        if (r != 0) return r;
    }
}

ft_obj *ft_iter(ft_obj *o) {
    ft_type *tp = ft_type_of(o);
    if (FT_SLOT(tp, iter)) {
        ft_obj *r = FT_SLOT(tp, iter)(o);
        if (!r) return NULL;
        if (!ft_type_of(r)->iternext)
            return ft_err_format(ft_exc_TypeError, "iter() returned non-iterator of type '%s'",
                                 FT_TPNAME(ft_type_of(r)));
        return r;
    }
    if (FT_SLOT(tp, subscript) && !ft_dict_check(o)) return ft_seqiter_new(o);
    return ft_err_format(ft_exc_TypeError, "'%s' object is not iterable", FT_TPNAME(tp));
}

ft_obj *ft_iter_next(ft_obj *it) {
    ft_type *tp = ft_type_of(it);
    if (!FT_SLOT(tp, iternext))
        return ft_err_format(ft_exc_TypeError, "'%s' object is not an iterator", FT_TPNAME(tp));
    ft_obj *r = FT_SLOT(tp, iternext)(it);
    if (!r && ft_err_occurred() && ft_err_matches((ft_obj *)ft_exc_StopIteration)) ft_err_clear();
    return r;
}

ft_obj *ft_sequence_list(ft_obj *o) {
    ft_obj *l = ft_list_new(0);
    if (!l) return NULL;
    if (ft_tuple_check_exact(o)) {
        for (ft_ssize i = 0; i < ft_tuple_size(o); i++)
            if (ft_list_append(l, ft_tuple_get(o, i)) < 0) return NULL;
        return l;
    }
    ft_obj *it = ft_iter(o);
    if (!it) return NULL;
    for (;;) {
        ft_obj *x = ft_iter_next(it);
        if (!x) return ft_err_occurred() ? NULL : l;
        if (ft_list_append(l, x) < 0) return NULL;
    }
}

ft_obj *ft_sequence_tuple(ft_obj *o) {
    if (ft_tuple_check_exact(o)) return o;
    if (ft_list_check_exact(o)) return ft_list_as_tuple(o);
    ft_obj *l = ft_sequence_list(o);
    if (!l) return NULL;
    return ft_list_as_tuple(l);
}

ft_obj **ft_sequence_fast(ft_obj *o, ft_ssize *size, ft_obj **holder, const char *errmsg) {
    ft_obj *t;
    if (ft_tuple_check_exact(o)) t = o;
    else {
        if (errmsg && !ft_type_of(o)->iter && !ft_type_of(o)->subscript) {
            ft_err_set_str(ft_exc_TypeError, errmsg);
            return NULL;
        }
        t = ft_sequence_tuple(o);
        if (!t) return NULL;
    }
    *holder = t;
    *size = ft_tuple_size(t);
    return ft_tuple_items(t);
}
