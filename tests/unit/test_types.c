/* test_types.c -- unit tests of the type system: readying a static type,
 * slot wrappers, heap types from C, the attribute protocol, the binary
 * operator / comparison / hash protocols and the method cache. */
#include "unit.h"
#include "objects/typeobject_internal.h"

/* A tiny static type with a value, an add slot, a richcompare and a
 * getset, to check that ft_type_ready exposes them as dunders. */
typedef struct { ft_obj ob; int64_t v; } box;
static ft_type box_type;

static ft_obj *box_make(int64_t v) {
    box *b = (box *)ft_obj_alloc(&box_type, sizeof(box));
    b->v = v;
    return (ft_obj *)b;
}
static ft_obj *box_add(ft_obj *a, ft_obj *b) {
    if (ft_type_of(a) != &box_type || ft_type_of(b) != &box_type) return ft_NotImplemented;
    return box_make(((box *)a)->v + ((box *)b)->v);
}
static ft_obj *box_rc(ft_obj *a, ft_obj *b, int op) {
    if (ft_type_of(b) != &box_type || op != FT_EQ) return ft_NotImplemented;
    return ft_bool(((box *)a)->v == ((box *)b)->v);
}
static ft_obj *box_get_v(ft_obj *s, void *c) { return ft_int_from_i64(((box *)s)->v); }
static const ft_getset_def box_getsets[] = { {"v", box_get_v, NULL, NULL, NULL}, {NULL} };
static ft_obj *box_new(ft_type *t, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    box *b = (box *)ft_type_generic_alloc(t, 0);
    if (b && nargs) b->v = ft_int_as_i64(args[0]);
    return (ft_obj *)b;
}
static ft_type box_type = {
    FT_TYPE_HEAD_INIT,
    .name = "test.box",
    .basicsize = sizeof(box),
    .flags = FT_TPF_BASETYPE,
    .richcompare = box_rc,
    .new_ = box_new,
    .as_number = { .add = box_add },
    .getsets = box_getsets,
};

static ft_obj *S(const char *s) { return ft_str_from_cstr(s); }

static void run_tests(void) {
    CHECK(ft_type_ready(&box_type) == 0);
    CHECK(box_type.flags & FT_TPF_READY);
    /* slot wrappers and the inherited / unhashable rules */
    ft_obj *w = ft_dict_get_cstr(box_type.dict, "__add__");
    CHECK(w && ft_type_of(w) == &ft_wrapper_descr_type);
    CHECK(ft_dict_get_cstr(box_type.dict, "__radd__") != NULL);
    CHECK(ft_dict_get_cstr(box_type.dict, "__eq__") != NULL);
    CHECK(ft_dict_get_cstr(box_type.dict, "__hash__") == ft_None);
    CHECK(box_type.hash == ft_hash_unhashable);
    CHECK(box_type.getattro == ft_obj_generic_getattr);
    CHECK_STR(ft_repr((ft_obj *)&box_type), "<class 'test.box'>");
    CHECK(strcmp(ft_type_name(&box_type), "box") == 0);

    ft_obj *a = box_make(2), *b = box_make(3);
    ft_obj *c = ft_binary_op(a, b, FT_BINOP_ADD);
    CHECK(c && ((box *)c)->v == 5);
    c = ft_binary_op(a, b, FT_BINOP_INPLACE_ADD);
    CHECK(c && ((box *)c)->v == 5);
    CHECK(ft_binary_op(a, ft_smallint(1), FT_BINOP_ADD) == NULL);
    ft_obj *e = ft_err_fetch();
    CHECK_STR(ft_str(e), "unsupported operand type(s) for +: 'test.box' and 'int'");
    CHECK(ft_binary_op(a, ft_smallint(1), FT_BINOP_INPLACE_SUBTRACT) == NULL);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "unsupported operand type(s) for -=: 'test.box' and 'int'");
    CHECK(ft_richcompare_bool(a, box_make(2), FT_EQ) == 1);
    CHECK(ft_richcompare_bool(a, b, FT_NE) == 1);
    CHECK(ft_richcompare(a, b, FT_LT) == NULL);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "'<' not supported between instances of 'test.box' and 'test.box'");
    CHECK(ft_hash(a) == -1);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "unhashable type: 'test.box'");

    /* calling the wrapper through Python-level attribute access */
    ft_obj *m = ft_getattr(a, S("__add__"));
    CHECK(m && ft_type_of(m) == &ft_method_wrapper_type);
    ft_obj *r = ft_call1(m, b);
    CHECK(r && ((box *)r)->v == 5);
    CHECK(ft_call1(m, ft_smallint(1)) == ft_NotImplemented);
    ft_obj *v = ft_getattr(a, S("v"));
    CHECK(v && ft_is_smallint(v) && ft_smallint_value(v) == 2);
    CHECK(ft_setattr(a, S("v"), ft_smallint(1)) == -1);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "attribute 'v' of 'test.box' objects is not writable");
    CHECK(ft_setattr(a, S("zz"), ft_smallint(1)) == -1);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "'test.box' object has no attribute 'zz' and no __dict__ for setting new attributes");
    CHECK(ft_setattr((ft_obj *)&box_type, S("zz"), ft_smallint(1)) == -1);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "cannot set 'zz' attribute of immutable type 'test.box'");

    /* heap subclass from C: dict, inherited slot, overriding with a dunder */
    ft_obj *ns = ft_dict_new();
    ft_obj *sub = ft_type_new_from_spec(S("Sub"), ft_tuple_pack(1, (ft_obj *)&box_type), ns);
    CHECK(sub != NULL);
    ft_type *st = (ft_type *)sub;
    CHECK(st->as_number.add == box_add);
    CHECK(st->dictoffset > 0);
    ft_obj *inst = ft_call1(sub, ft_smallint(7));
    CHECK(inst && ft_type_of(inst) == st && ((box *)inst)->v == 7);
    CHECK(ft_setattr(inst, S("extra"), ft_smallint(9)) == 0);
    r = ft_getattr(inst, S("extra"));
    CHECK(r == ft_smallint(9));
    CHECK(ft_isinstance(inst, (ft_obj *)&box_type) == 1);
    CHECK(ft_issubclass(sub, (ft_obj *)&ft_object_type) == 1);
    /* the wrapper of box.__add__ assigned under another slot name must not
     * install box_add for that slot */
    CHECK(ft_setattr(sub, S("__sub__"), ft_dict_get_cstr(box_type.dict, "__add__")) == 0);
    CHECK(st->as_number.subtract != NULL && st->as_number.subtract != box_add);
    /* version tags change on modification */
    uint32_t v1 = st->version_tag;
    CHECK(ft_setattr(sub, S("k"), ft_smallint(1)) == 0);
    CHECK(st->version_tag != v1);
    CHECK(ft_type_lookup(st, S("k")) == ft_smallint(1));
    CHECK(ft_setattr(sub, S("k"), ft_smallint(2)) == 0);
    CHECK(ft_type_lookup(st, ft_str_intern_cstr("k")) == ft_smallint(2));
    CHECK(ft_setattr(sub, S("k"), NULL) == 0);
    CHECK(ft_type_lookup(st, ft_str_intern_cstr("k")) == NULL);

    /* MRO error message */
    ft_obj *x = ft_type_new_from_spec(S("X"), ft_empty_tuple, ft_dict_new());
    ft_obj *y = ft_type_new_from_spec(S("Y"), ft_tuple_pack(1, x), ft_dict_new());
    CHECK(ft_type_new_from_spec(S("Z"), ft_tuple_pack(2, x, y), ft_dict_new()) == NULL);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "Cannot create a consistent method resolution order (MRO) for bases X, Y");

    /* object protocol odds and ends */
    CHECK(ft_is_true(ft_None) == 0);
    CHECK(ft_len(ft_smallint(1)) == -1);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "object of type 'int' has no len()");
    CHECK(ft_iter(ft_smallint(1)) == NULL);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "'int' object is not iterable");
    CHECK(ft_getitem(ft_smallint(1), ft_smallint(0)) == NULL);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "'int' object is not subscriptable");
    CHECK(ft_power(ft_smallint(1), S("a"), ft_smallint(3)) == NULL);
    e = ft_err_fetch();
    CHECK_STR(ft_str(e), "unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'");
    CHECK_STR(ft_ascii(S("\xc3\xa9")), "'\\xe9'");
    CHECK(strcmp(ft_binop_symbol(FT_BINOP_INPLACE_FLOOR_DIVIDE), "//=") == 0);
    CHECK_STR(ft_repr(ft_binary_op((ft_obj *)&ft_int_type, (ft_obj *)&ft_str_type, FT_BINOP_OR)), "int | str");
}
