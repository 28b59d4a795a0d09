/* typeparams.c -- runtime helpers for PEP 695 code (generic functions and
 * classes, `type` aliases), called by the compiled code as constants:
 *   _typevar(kind, name, bound, constraints, default)
 *       kind 1 TypeVar, 2 ParamSpec, 3 TypeVarTuple
 *   _typealias(name, type_params, value_function)
 *       a typing.TypeAliasType whose __value__ calls value_function lazily
 *   _generic(type_params)
 *       typing.Generic[*type_params], the implicit last base of class C[T]
 * The objects are those of lib/typing.py (imported on first use), so
 * isinstance(T, typing.TypeVar) holds and C[int] works as in CPython.
 * Simplification against CPython: bounds, constraints and defaults are
 * evaluated eagerly.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"
#include "modules/import.h"

static ft_obj *typing_attr(const char *name)
{
    ft_obj *typing = ft_import_module_cstr("typing");
    if (!typing)
        return NULL;
    return ft_getattr_cstr(typing, name);
}

static ft_obj *tp_typevar(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_typevar", nargs, kwnames, 5, 5) < 0)
        return NULL;
    ft_ssize kind = ft_is_smallint(args[0]) ? (ft_ssize)ft_smallint_value(args[0]) : 0;
    const char *cls = kind == 2 ? "ParamSpec" : kind == 3 ? "TypeVarTuple" : "TypeVar";
    ft_obj *type = typing_attr(cls);
    if (!type)
        return NULL;
    /* TypeVar(name, *constraints, bound=..., infer_variance=True, default=...) */
    ft_obj *constraints = args[3] == ft_None ? ft_empty_tuple : args[3];
    if (!ft_tuple_check(constraints))
        return ft_err_format(ft_exc_TypeError, "bad constraints for type parameter %R", args[1]);
    ft_ssize nc = ft_tuple_size(constraints);
    ft_obj *pos = ft_tuple_new(nc + 1);   /* (name, *constraints) */
    if (pos) {
        ft_tuple_items(pos)[0] = args[1];
        for (ft_ssize i = 0; i < nc; i++)
            ft_tuple_items(pos)[i + 1] = ft_tuple_get(constraints, i);
    }
    ft_obj *kw = pos ? ft_dict_new() : NULL;
    if (!kw)
        return NULL;
    if ((kind == 1 && ft_dict_set_cstr(kw, "bound", args[2]) < 0) ||
        (kind != 3 && ft_dict_set_cstr(kw, "infer_variance", ft_True) < 0) ||
        (args[4] != ft_None && ft_dict_set_cstr(kw, "default", args[4]) < 0))
        return NULL;
    ft_obj *tv = ft_call_tuple_dict(type, pos, kw);
    /* CPython 3.13 reports these parameters' __module__ as 'typing' */
    if (tv && ft_setattr_cstr(tv, "__module__", ft_str_intern_cstr("typing")) < 0)
        ft_err_clear();
    return tv;
}

static ft_obj *tp_typealias(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_typealias", nargs, kwnames, 3, 3) < 0)
        return NULL;
    ft_obj *type = typing_attr("TypeAliasType");
    if (!type)
        return NULL;
    ft_obj *params = args[1] == ft_None ? ft_empty_tuple : args[1];
    ft_obj *a[3] = { args[0], args[2], params };
    ft_obj *make = ft_getattr_cstr(type, "_ftpy_lazy");
    if (!make)
        return NULL;
    ft_obj *alias = ft_call(make, a, 3, NULL);
    if (alias) {
        ft_obj *g = ft_frame_globals();
        ft_obj *mod = g ? ft_dict_get_cstr(g, "__name__") : NULL;
        if (mod && ft_setattr_cstr(alias, "__module__", mod) < 0)
            ft_err_clear();
    }
    return alias;
}

static ft_obj *tp_generic(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_generic", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *generic = typing_attr("Generic");
    if (!generic)
        return NULL;
    return ft_getitem(generic, args[0]);
}

static const ft_method_def typevar_def = { "_typevar", tp_typevar, FT_METH_VARARGS, NULL };
static const ft_method_def typealias_def = { "_typealias", tp_typealias, FT_METH_VARARGS, NULL };
static const ft_method_def generic_def = { "_generic", tp_generic, FT_METH_VARARGS, NULL };

ft_obj *ft_compiler_typevar_fn(void) { return ft_builtin_new(&typevar_def, NULL, NULL); }
ft_obj *ft_compiler_typealias_fn(void) { return ft_builtin_new(&typealias_def, NULL, NULL); }
ft_obj *ft_compiler_generic_fn(void) { return ft_builtin_new(&generic_def, NULL, NULL); }
