/* exceptstar.c -- runtime helpers called by the code compiled for
 * `try: ... except* T: ...` (PEP 654).
 *
 * The bytecode has no dedicated except* instructions (CHECK_EG_MATCH is
 * reserved), so the compiler loads these two builtin functions as
 * constants and CALLs them:
 *   _except_star_match(exc_or_rest, T) -> (match, rest)
 *       CPython's exception_group_match: full match returns exc itself (a
 *       naked exception is wrapped in an ExceptionGroup), a partial match
 *       of a group uses exc.split(T); None passes through.
 *   _except_star_reraise(orig, excs)  -> exception to re-raise, or None
 *       CPython's _PyExc_PrepReraiseStar: exceptions raised by the handlers
 *       that are re-raises of parts of `orig` (same traceback, context,
 *       cause and notes) are merged back into one projection of `orig`;
 *       new ones are combined with it in ExceptionGroup("", [...]).
 * The function objects are created per compilation and hold no state; the
 * helpers only touch their arguments. Thread-safe without locks.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"

static bool is_eg(ft_obj *o)
{
    return !ft_is_smallint(o) && ft_type_is_subtype(FT_TYPE(o), FT_EXC(BaseExceptionGroup));
}

static int check_one_type(ft_obj *t)
{
    if (ft_is_smallint(t) || !ft_type_is_subtype(FT_TYPE(t), &ft_type_type) ||
        !ft_type_is_subtype((ft_type *)t, FT_EXC(BaseException))) {
        ft_err_set_str(ft_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (ft_type_is_subtype((ft_type *)t, FT_EXC(BaseExceptionGroup))) {
        ft_err_set_str(ft_exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

static int check_type(ft_obj *t)
{
    if (ft_tuple_check(t)) {
        for (ft_ssize i = 0; i < ft_tuple_size(t); i++)
            if (check_one_type(ft_tuple_get(t, i)) < 0)
                return -1;
        return 0;
    }
    return check_one_type(t);
}

static ft_obj *make_group(ft_obj *excs)
{
    ft_obj *msg = ft_str_from_cstr("");
    if (!msg)
        return NULL;
    return ft_call2((ft_obj *)FT_EXC(BaseExceptionGroup), msg, excs);
}

static ft_obj *es_match(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_except_star_match", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ft_obj *exc = args[0], *type = args[1];
    if (check_type(type) < 0)
        return NULL;
    if (exc == ft_None)
        return ft_tuple_pack(2, ft_None, ft_None);
    int full = ft_isinstance(exc, type);
    if (full < 0)
        return NULL;
    if (full) {
        ft_obj *m = exc;
        if (!is_eg(exc)) {
            ft_obj *one = ft_tuple_pack(1, exc);
            if (!one || !(m = make_group(one)))
                return NULL;
        }
        return ft_tuple_pack(2, m, ft_None);
    }
    if (is_eg(exc)) {
        ft_obj *pair = ft_call_method1(exc, "split", type);
        if (!pair)
            return NULL;
        if (!ft_tuple_check(pair) || ft_tuple_size(pair) != 2)
            return ft_err_format(ft_exc_TypeError, "X.split(T) must return a tuple, not %s",
                                 ft_type_name(FT_TYPE(pair)));
        return ft_tuple_pack(2, ft_tuple_get(pair, 0), ft_tuple_get(pair, 1));
    }
    return ft_tuple_pack(2, ft_None, exc);
}

static bool same_metadata(ft_obj *e, ft_obj *orig)
{
    if (ft_is_smallint(e) || !ft_type_is_subtype(FT_TYPE(e), FT_EXC(BaseException)))
        return false;
    ft_exc *a = (ft_exc *)e, *b = (ft_exc *)orig;
    return a->notes == b->notes && a->traceback == b->traceback && a->cause == b->cause &&
           a->context == b->context;
}

/* Append the leaf exceptions of e to *leaves (a list). */
static int collect_leaves(ft_obj *e, ft_obj *leaves, int depth)
{
    if (depth > 1000 || ft_check_c_stack("in except*") < 0)
        return -1;
    if (!is_eg(e))
        return ft_list_append(leaves, e);
    ft_obj *subs = ft_getattr_cstr(e, "exceptions");
    if (!subs)
        return -1;
    ft_ssize n;
    ft_obj *holder = NULL;
    ft_obj **items = ft_sequence_fast(subs, &n, &holder, "exceptions must be a sequence");
    if (!items)
        return -1;
    for (ft_ssize i = 0; i < n; i++)
        if (collect_leaves(items[i], leaves, depth + 1) < 0)
            return -1;
    return 0;
}

/* split() predicate: is the exception one of the kept leaves (by identity)? */
static ft_obj *leaf_pred(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_leaf_in", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_ssize n = ft_tuple_size(self);
    for (ft_ssize i = 0; i < n; i++)
        if (ft_tuple_get(self, i) == args[0])
            return ft_True;
    return ft_False;
}

static const ft_method_def leaf_pred_def = { "_leaf_in", leaf_pred, FT_METH_VARARGS, NULL };

static ft_obj *projection(ft_obj *orig, ft_obj *keep)
{
    if (ft_list_size(keep) == 0)
        return ft_None;
    ft_obj *leaves = ft_list_new(0);
    if (!leaves)
        return NULL;
    ft_ssize n = ft_list_size(keep);
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *e = ft_list_get(keep, i);
        if (!e || collect_leaves(e, leaves, 0) < 0)
            return NULL;
    }
    ft_obj *t = ft_list_as_tuple(leaves);
    if (!t)
        return NULL;
    ft_obj *pred = ft_builtin_new(&leaf_pred_def, t, NULL);
    if (!pred)
        return NULL;
    ft_obj *pair = ft_call_method1(orig, "split", pred);
    if (!pair)
        return NULL;
    if (!ft_tuple_check(pair) || ft_tuple_size(pair) != 2)
        return ft_err_format(ft_exc_TypeError, "X.split(T) must return a tuple, not %s", ft_type_name(FT_TYPE(pair)));
    return ft_tuple_get(pair, 0);
}

static ft_obj *es_reraise(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_except_star_reraise", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ft_obj *orig = args[0], *excs = args[1];
    if (!ft_list_check(excs))
        return ft_err_bad_internal_call("_except_star_reraise");
    ft_ssize n = ft_list_size(excs);
    if (n == 0)
        return ft_None;
    if (!is_eg(orig)) {
        /* a naked exception was wrapped: at most one clause ran */
        ft_obj *e = ft_list_get(excs, 0);
        return e ? e : NULL;
    }
    ft_obj *raised = ft_list_new(0), *reraised = ft_list_new(0);
    if (!raised || !reraised)
        return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *e = ft_list_get(excs, i);
        if (!e)
            return NULL;
        if (e == ft_None)
            continue;
        if (ft_list_append(same_metadata(e, orig) ? reraised : raised, e) < 0)
            return NULL;
    }
    ft_obj *re_eg = projection(orig, reraised);
    if (!re_eg)
        return NULL;
    if (ft_list_size(raised) == 0)
        return re_eg;
    if (re_eg != ft_None && ft_list_append(raised, re_eg) < 0)
        return NULL;
    if (ft_list_size(raised) > 1)
        return make_group(raised);
    return ft_list_get(raised, 0);
}

static const ft_method_def es_match_def = { "_except_star_match", es_match, FT_METH_VARARGS, NULL };
static const ft_method_def es_reraise_def = { "_except_star_reraise", es_reraise, FT_METH_VARARGS, NULL };

ft_obj *ft_compiler_except_star_match_fn(void) { return ft_builtin_new(&es_match_def, NULL, NULL); }
ft_obj *ft_compiler_except_star_reraise_fn(void) { return ft_builtin_new(&es_reraise_def, NULL, NULL); }
