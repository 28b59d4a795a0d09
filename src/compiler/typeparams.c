/* typeparams.c -- runtime helpers for PEP 695 code (generic functions and
 * classes, `type` aliases), called by the compiled code as constants:
 *   _typevar(kind, name, bound, constraints, default)
 *       kind 1 TypeVar, 2 ParamSpec, 3 TypeVarTuple
 *   _typealias(name, type_params, value_function)
 *       a TypeAliasType whose __value__ calls value_function lazily
 *
 * ftpy has no `typing` module, so the classes are defined by a small
 * Python source compiled once per interpreter on first use and kept in
 * interp->module_state["_ftpy_pep695"] (a dict: its own lock makes the
 * publication safe; two threads racing to create it both succeed and
 * dict.setdefault keeps one). Simplifications against CPython: bounds,
 * constraints and defaults are evaluated eagerly, and generic classes do
 * not get typing.Generic as an implicit base.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"

static const char pep695_src[] =
    "class TypeVar:\n"
    "    __module__ = 'typing'\n"
    "    def __init__(self, name, bound=None, constraints=(), default=None):\n"
    "        self.__name__ = name\n"
    "        self.__bound__ = bound\n"
    "        self.__constraints__ = constraints\n"
    "        self.__default__ = default\n"
    "        self.__covariant__ = False\n"
    "        self.__contravariant__ = False\n"
    "        self.__infer_variance__ = True\n"
    "    def has_default(self):\n"
    "        return self.__default__ is not None\n"
    "    def __repr__(self):\n"
    "        return self.__name__\n"
    "class ParamSpec:\n"
    "    __module__ = 'typing'\n"
    "    def __init__(self, name, bound=None, constraints=(), default=None):\n"
    "        self.__name__ = name\n"
    "        self.__bound__ = None\n"
    "        self.__default__ = default\n"
    "    def has_default(self):\n"
    "        return self.__default__ is not None\n"
    "    def __repr__(self):\n"
    "        return self.__name__\n"
    "class TypeVarTuple:\n"
    "    __module__ = 'typing'\n"
    "    def __init__(self, name, bound=None, constraints=(), default=None):\n"
    "        self.__name__ = name\n"
    "        self.__default__ = default\n"
    "    def has_default(self):\n"
    "        return self.__default__ is not None\n"
    "    def __repr__(self):\n"
    "        return self.__name__\n"
    "    def __iter__(self):\n"
    "        yield _Unpacked(self)\n"
    "class _Unpacked:\n"
    "    __module__ = 'typing'\n"
    "    def __init__(self, tvt):\n"
    "        self.__origin__ = tvt\n"
    "    def __repr__(self):\n"
    "        return '*' + repr(self.__origin__)\n"
    "class TypeAliasType:\n"
    "    __module__ = 'typing'\n"
    "    def __init__(self, name, value_fn, type_params):\n"
    "        self.__name__ = name\n"
    "        self.__qualname__ = name\n"
    "        self._ftpy_value_fn = value_fn\n"
    "        self.__type_params__ = type_params\n"
    "        self.__parameters__ = type_params\n"
    "    @property\n"
    "    def __value__(self):\n"
    "        return self._ftpy_value_fn()\n"
    "    def __repr__(self):\n"
    "        return self.__name__\n";

static ft_obj *pep695_ns(void)
{
    ft_interp *in = ft_interp_current();
    if (!in->module_state) {
        ft_err_set_str(ft_exc_SystemError, "PEP 695 helpers: no per-interpreter module state");
        return NULL;
    }
    ft_obj *ns = ft_dict_get_cstr(in->module_state, "_ftpy_pep695");
    if (ns)
        return ns;
    if (ft_err_occurred())
        return NULL;
    ns = ft_dict_new();
    if (!ns)
        return NULL;
    if (ft_dict_set_cstr(ns, "__name__", ft_str_from_cstr("typing")) < 0)
        return NULL;
    if (in->builtins_module && ft_dict_set_cstr(ns, "__builtins__", in->builtins_module) < 0)
        return NULL;
    ft_obj *code = ft_compile_source(pep695_src, (ft_ssize)sizeof pep695_src - 1,
                                     ft_str_from_cstr("<typing>"), FT_PARSE_EXEC, 0);
    if (!code || !ft_eval_code(code, ns, ns))
        return NULL;
    ft_obj *key = ft_str_from_cstr("_ftpy_pep695");
    if (!key)
        return NULL;
    return ft_dict_setdefault(in->module_state, key, ns);
}

static ft_obj *tp_typevar(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_typevar", nargs, kwnames, 5, 5) < 0)
        return NULL;
    ft_ssize kind = ft_is_smallint(args[0]) ? (ft_ssize)ft_smallint_value(args[0]) : 0;
    const char *cls = kind == 2 ? "ParamSpec" : kind == 3 ? "TypeVarTuple" : "TypeVar";
    ft_obj *ns = pep695_ns();
    if (!ns)
        return NULL;
    ft_obj *type = ft_dict_get_cstr(ns, cls);
    if (!type)
        return ft_err_occurred() ? NULL : ft_err_format(ft_exc_SystemError, "typing.%s missing", cls);
    ft_obj *constraints = args[3] == ft_None ? ft_empty_tuple : args[3];
    ft_obj *a[4] = { args[1], args[2], constraints, args[4] };
    return ft_call(type, a, 4, NULL);
}

static ft_obj *tp_typealias(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("_typealias", nargs, kwnames, 3, 3) < 0)
        return NULL;
    ft_obj *ns = pep695_ns();
    if (!ns)
        return NULL;
    ft_obj *type = ft_dict_get_cstr(ns, "TypeAliasType");
    if (!type)
        return ft_err_occurred() ? NULL : ft_err_format(ft_exc_SystemError, "typing.TypeAliasType missing");
    ft_obj *params = args[1] == ft_None ? ft_empty_tuple : args[1];
    ft_obj *a[3] = { args[0], args[2], params };
    return ft_call(type, a, 3, NULL);
}

static const ft_method_def typevar_def = { "_typevar", tp_typevar, FT_METH_VARARGS, NULL };
static const ft_method_def typealias_def = { "_typealias", tp_typealias, FT_METH_VARARGS, NULL };

ft_obj *ft_compiler_typevar_fn(void) { return ft_builtin_new(&typevar_def, NULL, NULL); }
ft_obj *ft_compiler_typealias_fn(void) { return ft_builtin_new(&typealias_def, NULL, NULL); }
