/* test_containers.c -- unit tests of the container types' C API:
 * list, tuple, dict, set/frozenset, range, slice and the iterators. */
#include "unit.h"

static ft_obj *I(int64_t v) { return ft_int_from_i64(v); }
static ft_obj *S(const char *s) { return ft_str_from_cstr(s); }
static int64_t V(ft_obj *o) { return ft_int_as_i64(o); }

static void test_tuple(void) {
    ft_obj *t = ft_tuple_pack(3, I(1), I(2), I(3));
    CHECK(t && ft_tuple_size(t) == 3 && V(ft_tuple_get(t, 2)) == 3);
    CHECK_STR(ft_repr(t), "(1, 2, 3)");
    CHECK_STR(ft_repr(ft_tuple_pack(1, I(1))), "(1,)");
    CHECK_STR(ft_repr(ft_empty_tuple), "()");
    CHECK(ft_tuple_new(0) == ft_empty_tuple);
    /* CPython: hash((1, 2)) == -3550055125485641917 */
    CHECK(ft_hash(ft_tuple_pack(2, I(1), I(2))) == -3550055125485641917LL);
    CHECK(ft_hash(ft_empty_tuple) == 5740354900026072187LL);
    ft_obj *l = ft_list_new(0);
    CHECK(ft_hash(ft_tuple_pack(1, l)) == -1 && ft_err_occurred());
    ft_err_clear();
    ft_obj *sl = ft_getitem(t, ft_slice_new(I(1), NULL, NULL));
    CHECK_STR(ft_repr(sl), "(2, 3)");
    CHECK(ft_getitem(t, I(5)) == NULL && ft_err_matches((ft_obj *)ft_exc_IndexError));
    ft_err_clear();
    CHECK(ft_richcompare_bool(t, ft_tuple_pack(3, I(1), I(2), I(4)), FT_LT) == 1);
}

static void test_list(void) {
    ft_obj *l = ft_list_new(0);
    for (int i = 0; i < 100; i++) CHECK(ft_list_append(l, I(i)) == 0);
    CHECK(ft_list_size(l) == 100);
    CHECK(V(ft_list_get(l, 99)) == 99 && V(ft_list_get(l, -1)) == 99);
    CHECK(ft_list_get(l, 100) == NULL && ft_err_matches((ft_obj *)ft_exc_IndexError));
    ft_err_clear();
    CHECK(ft_list_insert(l, 0, I(-1)) == 0 && V(ft_list_get(l, 0)) == -1);
    CHECK(V(ft_list_pop(l, 0)) == -1);
    CHECK(V(ft_list_pop(l, -1)) == 99 && ft_list_size(l) == 99);
    CHECK(ft_list_reverse(l) == 0 && V(ft_list_get(l, 0)) == 98);
    CHECK(ft_list_sort(l, NULL, false) == 0 && V(ft_list_get(l, 0)) == 0 && V(ft_list_get(l, 98)) == 98);
    CHECK(ft_list_sort(l, NULL, true) == 0 && V(ft_list_get(l, 0)) == 98);
    ft_obj *t = ft_list_as_tuple(l);
    CHECK(ft_tuple_size(t) == 99);
    ft_obj *small = ft_list_from_array((ft_obj *[]){ I(3), I(1), I(2) }, 3);
    CHECK_STR(ft_repr(small), "[3, 1, 2]");
    CHECK(ft_list_sort(small, NULL, false) == 0);
    CHECK_STR(ft_repr(small), "[1, 2, 3]");
    /* slices */
    ft_obj *sl = ft_getitem(small, ft_slice_new(NULL, NULL, I(-1)));
    CHECK_STR(ft_repr(sl), "[3, 2, 1]");
    CHECK(ft_setitem(small, ft_slice_new(I(1), I(2), NULL), ft_tuple_pack(3, I(7), I(8), I(9))) == 0);
    CHECK_STR(ft_repr(small), "[1, 7, 8, 9, 3]");
    CHECK(ft_delitem(small, ft_slice_new(NULL, NULL, I(2))) == 0);
    CHECK_STR(ft_repr(small), "[7, 9]");
    CHECK(ft_setitem(small, ft_slice_new(NULL, NULL, I(2)), ft_tuple_pack(2, I(1), I(2))) == -1);
    ft_err_clear();
    /* recursive repr */
    ft_obj *r = ft_list_new(0);
    ft_list_append(r, r);
    CHECK_STR(ft_repr(r), "[[...]]");
    /* extend with itself */
    ft_obj *e = ft_list_from_array((ft_obj *[]){ I(1), I(2) }, 2);
    CHECK(ft_list_extend(e, e) == 0);
    CHECK_STR(ft_repr(e), "[1, 2, 1, 2]");
    /* strings sort */
    ft_obj *ss = ft_list_from_array((ft_obj *[]){ S("b"), S("a"), S("c") }, 3);
    CHECK(ft_list_sort(ss, NULL, false) == 0);
    CHECK_STR(ft_repr(ss), "['a', 'b', 'c']");
    /* large sort */
    ft_obj *big = ft_list_new(0);
    for (int i = 0; i < 5000; i++) ft_list_append(big, I((i * 7919) % 5003));
    CHECK(ft_list_sort(big, NULL, false) == 0);
    bool sorted = true;
    for (int i = 1; i < 5000; i++)
        if (V(ft_list_get(big, i - 1)) > V(ft_list_get(big, i))) sorted = false;
    CHECK(sorted);
}

static void test_dict(void) {
    ft_obj *d = ft_dict_new();
    CHECK(d && ft_dict_size(d) == 0);
    uint64_t v0 = ft_dict_version(d);
    CHECK(ft_dict_set_cstr(d, "a", I(1)) == 0);
    CHECK(ft_dict_version(d) != v0);
    CHECK(V(ft_dict_get_cstr(d, "a")) == 1);
    CHECK(ft_dict_get_cstr(d, "b") == NULL && !ft_err_occurred());
    for (int i = 0; i < 1000; i++) CHECK(ft_dict_set(d, I(i), I(i * 2)) == 0);
    CHECK(ft_dict_size(d) == 1001);
    bool ok = true;
    for (int i = 0; i < 1000; i++)
        if (!ft_dict_get(d, I(i)) || V(ft_dict_get(d, I(i))) != i * 2) ok = false;
    CHECK(ok);
    for (int i = 0; i < 1000; i += 2) CHECK(ft_dict_del(d, I(i)) == 0);
    CHECK(ft_dict_size(d) == 501);
    CHECK(ft_dict_del(d, I(0)) == -1 && ft_err_matches((ft_obj *)ft_exc_KeyError));
    ft_err_clear();
    CHECK(ft_dict_contains(d, I(1)) == 1 && ft_dict_contains(d, I(2)) == 0);
    ft_obj *keys = ft_dict_keys_list(d);
    CHECK(ft_list_size(keys) == 501);
    CHECK_STR(ft_repr(ft_list_get(keys, 0)), "'a'");
    CHECK(V(ft_list_get(keys, 1)) == 1);
    ft_obj *c = ft_dict_copy(d);
    CHECK(ft_dict_size(c) == 501 && ft_richcompare_bool(c, d, FT_EQ) == 1);
    ft_dict_clear(c);
    CHECK(ft_dict_size(c) == 0);
    ft_obj *small = ft_dict_new();
    ft_dict_set(small, S("x"), I(1));
    ft_dict_set(small, I(2), ft_tuple_pack(1, I(3)));
    CHECK_STR(ft_repr(small), "{'x': 1, 2: (3,)}");
    ft_dict_set(small, S("me"), small);
    CHECK_STR(ft_repr(small), "{'x': 1, 2: (3,), 'me': {...}}");
    CHECK(V(ft_dict_pop(small, S("x"), NULL)) == 1);
    CHECK(ft_dict_pop(small, S("x"), ft_None) == ft_None);
    CHECK(ft_dict_setdefault(small, S("z"), I(5)) == I(5) || V(ft_dict_get_cstr(small, "z")) == 5);
    ft_ssize pos = 0;
    ft_obj *k, *v;
    int n = 0;
    while (ft_dict_next(small, &pos, &k, &v)) n++;
    CHECK(n == 3);
    CHECK(ft_dict_set(small, ft_list_new(0), I(1)) == -1);
    ft_err_clear();
}

static void test_set(void) {
    ft_obj *s = ft_set_new(NULL);
    for (int i = 0; i < 10; i++) ft_set_add(s, I(i));
    CHECK(ft_set_size(s) == 10);
    CHECK(ft_set_contains(s, I(3)) == 1 && ft_set_contains(s, I(30)) == 0);
    CHECK(ft_set_discard(s, I(3)) == 1 && ft_set_discard(s, I(3)) == 0);
    ft_obj *s2 = ft_set_new(ft_tuple_pack(3, I(3), I(1), I(2)));
    CHECK_STR(ft_repr(s2), "{1, 2, 3}");
    ft_obj *fs = ft_frozenset_new(s2);
    CHECK_STR(ft_repr(fs), "frozenset({1, 2, 3})");
    /* CPython: hash(frozenset({1, 2, 3})) == -272375401224217160 */
    CHECK(ft_hash(fs) == -272375401224217160LL);
    CHECK_STR(ft_repr(ft_set_new(NULL)), "set()");
    ft_ssize pos = 0;
    ft_obj *k;
    int n = 0;
    while (ft_set_next(s, &pos, &k)) n++;
    CHECK(n == 9);
    ft_obj *u = ft_binary_op(s2, ft_set_new(ft_tuple_pack(2, I(33), I(17))), FT_BINOP_OR);
    CHECK_STR(ft_repr(u), "{1, 2, 3, 33, 17}");
}

static void test_range_slice(void) {
    ft_obj *r = ft_range_new(I(0), I(10), I(3));
    CHECK_STR(ft_repr(r), "range(0, 10, 3)");
    CHECK(ft_len(r) == 4);
    CHECK(V(ft_getitem(r, I(-1))) == 9);
    CHECK(ft_contains(r, I(6)) == 1 && ft_contains(r, I(7)) == 0);
    CHECK_STR(ft_repr(ft_getitem(r, ft_slice_new(NULL, NULL, I(-1)))), "range(9, -3, -3)");
    ft_obj *sl = ft_slice_new(I(1), NULL, I(2));
    ft_ssize a, b, c;
    CHECK(ft_slice_indices(sl, 10, &a, &b, &c) == 5 && a == 1 && b == 10 && c == 2);
    CHECK_STR(ft_repr(sl), "slice(1, None, 2)");
    ft_obj *l = ft_sequence_list(ft_range_new(I(5), I(0), I(-2)));
    CHECK_STR(ft_repr(l), "[5, 3, 1]");
}

static void test_iterators(void) {
    ft_obj *l = ft_list_from_array((ft_obj *[]){ I(1), I(2), I(3) }, 3);
    ft_obj *it = ft_iter(l);
    CHECK(V(ft_iter_next(it)) == 1 && V(ft_iter_next(it)) == 2 && V(ft_iter_next(it)) == 3);
    CHECK(ft_iter_next(it) == NULL && !ft_err_occurred());
    ft_obj *e = ft_call((ft_obj *)&ft_enumerate_type, (ft_obj *[]){ l, I(5) }, 2, NULL);
    CHECK_STR(ft_repr(ft_sequence_list(e)), "[(5, 1), (6, 2), (7, 3)]");
    ft_obj *z = ft_call((ft_obj *)&ft_zip_type, (ft_obj *[]){ l, S("ab") }, 2, NULL);
    CHECK_STR(ft_repr(ft_sequence_list(z)), "[(1, 'a'), (2, 'b')]");
    ft_obj *rv = ft_call((ft_obj *)&ft_reversed_type, (ft_obj *[]){ l }, 1, NULL);
    CHECK_STR(ft_repr(ft_sequence_list(rv)), "[3, 2, 1]");
}

static void run_tests(void) {
    test_tuple();
    test_list();
    test_dict();
    test_set();
    test_range_slice();
    test_iterators();
}
