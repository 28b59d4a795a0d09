/* moduleobject.c -- the module type and the ft_module_* API.
 *
 * A module is a thin wrapper around its dict (ft_module.dict, the object's
 * __dict__, found by the generic attribute code through dictoffset). The
 * dict is a Python dict with its own per-object lock, so the module itself
 * needs no lock: `dict`, `name` and `def` are written once at creation.
 *
 * Builtin C modules are created per interpreter from an ft_module_def by
 * ft_module_from_def(): each method becomes a builtin function bound to the
 * module, then def->exec adds types and constants.
 *
 * Attribute lookup follows CPython 3.13: instance dict, then the module's
 * __getattr__ (PEP 562), then "module 'x' has no attribute 'y'" (or the
 * "partially initialized module" variant during a circular import).
 */
#include "core/ftcore.h"

#define MOD(o) ((ft_module *)(o))

static ft_obj *module_alloc(ft_type *type) {
    ft_obj *m = (type->flags & FT_TPF_HEAPTYPE) ? ft_type_generic_alloc(type, 0)
                                                : ft_obj_alloc(type, sizeof(ft_module));
    if (!m) return NULL;
    MOD(m)->dict = ft_dict_new();
    if (!MOD(m)->dict) return NULL;
    return m;
}

static int module_init_dict(ft_obj *m, ft_obj *name, ft_obj *doc) {
    ft_obj *d = MOD(m)->dict;
    if (ft_dict_set(d, ft_id(__name__), name) < 0) return -1;
    if (ft_dict_set(d, ft_id(__doc__), doc ? doc : ft_None) < 0) return -1;
    if (ft_dict_set(d, ft_id(__package__), ft_None) < 0) return -1;
    if (ft_dict_set(d, ft_id(__loader__), ft_None) < 0) return -1;
    if (ft_dict_set(d, ft_id(__spec__), ft_None) < 0) return -1;
    MOD(m)->name = name;
    return 0;
}

ft_obj *ft_module_new(ft_obj *name) {
    if (!name || !ft_str_check(name)) {
        ft_err_bad_internal_call("ft_module_new");
        return NULL;
    }
    ft_obj *m = module_alloc(&ft_module_type);
    if (!m || module_init_dict(m, name, NULL) < 0) return NULL;
    return m;
}

ft_obj *ft_module_get_dict(ft_obj *m) {
    if (!m || !ft_type_is_subtype(FT_TYPE(m), &ft_module_type)) {
        ft_err_bad_internal_call("ft_module_get_dict");
        return NULL;
    }
    return MOD(m)->dict;
}

ft_obj *ft_module_from_def(const ft_module_def *def) {
    ft_obj *name = ft_str_intern_cstr(def->name);
    if (!name) return NULL;
    ft_obj *m = ft_module_new(name);
    if (!m) return NULL;
    MOD(m)->def = def;
    if (def->doc) {
        ft_obj *doc = ft_str_from_cstr(def->doc);
        if (!doc || ft_dict_set(MOD(m)->dict, ft_id(__doc__), doc) < 0) return NULL;
    }
    if (def->methods) {
        for (const ft_method_def *md = def->methods; md->name; md++) {
            ft_obj *f = ft_builtin_new(md, m, name);
            if (!f || ft_dict_set_cstr(MOD(m)->dict, md->name, f) < 0) return NULL;
        }
    }
    if (def->exec && def->exec(m) < 0) return NULL;
    return m;
}

int ft_module_add_object(ft_obj *module, const char *name, ft_obj *value) {
    if (!value) return -1;   /* the caller's constructor failed: keep its exception */
    return ft_dict_set_cstr(MOD(module)->dict, name, value);
}

int ft_module_add_int(ft_obj *module, const char *name, int64_t value) {
    return ft_module_add_object(module, name, ft_int_from_i64(value));
}

int ft_module_add_type(ft_obj *module, ft_type *type) {
    const char *n = type->name;
    const char *dot = strrchr(n, '.');
    return ft_module_add_object(module, dot ? dot + 1 : n, (ft_obj *)type);
}

/* ---- the type ---------------------------------------------------------------------- */

static ft_obj *module_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *m = module_alloc(type);
    if (!m) return NULL;
    return m;
}

static int module_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    ft_obj *a[2] = {NULL, NULL};
    if (ft_parse_args("module", args, nargs, kwnames, names, 0, 1, a) < 0) return -1;
    if (!ft_str_check(a[0])) {
        ft_err_format(ft_exc_TypeError, "module() argument 'name' must be str, not %s",
                      ft_type_name(FT_TYPE(a[0])));
        return -1;
    }
    return module_init_dict(self, a[0], a[1]);
}

static ft_obj *dict_get(ft_obj *d, const char *key) {
    ft_obj *v = ft_dict_get_cstr(d, key);
    if (!v && ft_err_occurred()) return NULL;
    return v;
}

static ft_obj *module_getattro(ft_obj *self, ft_obj *name) {
    ft_obj *r = ft_obj_generic_getattr(self, name);
    if (r || !ft_err_matches((ft_obj *)ft_exc_AttributeError)) return r;
    ft_err_clear();
    ft_obj *d = MOD(self)->dict;
    ft_obj *hook = dict_get(d, "__getattr__");
    if (hook) return ft_call1(hook, name);
    if (ft_err_occurred()) return NULL;
    ft_obj *modname = dict_get(d, "__name__");
    if (!modname && ft_err_occurred()) return NULL;
    if (modname && ft_str_check(modname)) {
        ft_obj *spec = dict_get(d, "__spec__");
        if (!spec && ft_err_occurred()) return NULL;
        int initializing = 0;
        if (spec && spec != ft_None) {
            ft_obj *v = ft_getattr_opt(spec, ft_str_intern_cstr("_initializing"));
            if (v) {
                initializing = ft_is_true(v);
                if (initializing < 0) return NULL;
            } else if (ft_err_occurred()) {
                return NULL;
            }
        }
        if (initializing)
            ft_err_format(ft_exc_AttributeError,
                          "partially initialized module '%U' has no attribute '%U' "
                          "(most likely due to a circular import)", modname, name);
        else
            ft_err_format(ft_exc_AttributeError, "module '%U' has no attribute '%U'", modname, name);
    } else {
        ft_err_format(ft_exc_AttributeError, "module has no attribute '%U'", name);
    }
    ft_err_attribute_context(self, name);
    return NULL;
}

static ft_obj *repr_or_null(ft_obj *o) {
    return ft_repr(o);
}

static ft_obj *module_repr(ft_obj *self) {
    ft_obj *d = MOD(self)->dict;
    ft_obj *spec = dict_get(d, "__spec__");
    if (!spec && ft_err_occurred()) return NULL;
    if (spec && spec != ft_None) {
        ft_obj *sname = ft_getattr_opt(spec, ft_id(name));
        if (!sname && ft_err_occurred()) return NULL;
        ft_obj *origin = ft_getattr_opt(spec, ft_str_intern_cstr("origin"));
        if (!origin && ft_err_occurred()) return NULL;
        if (!sname) sname = ft_str_intern_cstr("?");
        if (!origin || origin == ft_None) return ft_str_from_format("<module %R>", sname);
        ft_obj *hl = ft_getattr_opt(spec, ft_str_intern_cstr("has_location"));
        if (!hl && ft_err_occurred()) return NULL;
        int has_loc = hl ? ft_is_true(hl) : 0;
        if (has_loc < 0) return NULL;
        if (has_loc) return ft_str_from_format("<module %R from %R>", sname, origin);
        return ft_str_from_format("<module %R (%S)>", sname, origin);
    }
    ft_obj *name = ft_getattr(self, ft_id(__name__));
    if (!name) {
        if (!ft_err_matches((ft_obj *)ft_exc_AttributeError)) return NULL;
        ft_err_clear();
        name = ft_str_intern_cstr("?");
    }
    ft_obj *file = ft_getattr(self, ft_id(__file__));
    if (file) return ft_str_from_format("<module %R from %R>", name, file);
    if (!ft_err_matches((ft_obj *)ft_exc_AttributeError)) return NULL;
    ft_err_clear();
    if (MOD(self)->def) return ft_str_from_format("<module %R (built-in)>", name);
    ft_obj *loader = dict_get(d, "__loader__");
    if (!loader && ft_err_occurred()) return NULL;
    if (loader && loader != ft_None) {
        ft_obj *lr = repr_or_null(loader);
        if (!lr) return NULL;
        return ft_str_from_format("<module %R (%U)>", name, lr);
    }
    return ft_str_from_format("<module %R>", name);
}

static ft_obj *module_dir(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *d = ft_getattr(self, ft_id(__dict__));
    if (!d) return NULL;
    if (!ft_dict_check(d))
        return ft_err_format(ft_exc_TypeError, "<module>.__dict__ is not a dictionary");
    ft_obj *hook = dict_get(d, "__dir__");
    if (hook) return ft_call0(hook);
    if (ft_err_occurred()) return NULL;
    return ft_dict_keys_list(d);
}

static ft_obj *get_annotations(ft_obj *self, void *c) {
    ft_obj *d = MOD(self)->dict;
    ft_obj *a = dict_get(d, "__annotations__");
    if (a) return a;
    if (ft_err_occurred()) return NULL;
    a = ft_dict_new();
    if (!a || ft_dict_set_cstr(d, "__annotations__", a) < 0) return NULL;
    return a;
}
static int set_annotations(ft_obj *self, ft_obj *value, void *c) {
    ft_obj *d = MOD(self)->dict;
    if (!value) {
        if (ft_dict_del_cstr(d, "__annotations__") < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
                ft_err_clear();
                ft_err_set_str(ft_exc_AttributeError, "__annotations__");
            }
            return -1;
        }
        return 0;
    }
    return ft_dict_set_cstr(d, "__annotations__", value);
}

static const ft_method_def module_methods[] = {
    {"__dir__", module_dir, FT_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL}
};
static const ft_member_def module_members[] = {
    {"__dict__", FT_MEMBER_OBJECT, offsetof(ft_module, dict), FT_MEMBER_READONLY, NULL},
    {NULL}
};
static const ft_getset_def module_getsets[] = {
    {"__annotations__", get_annotations, set_annotations, NULL, NULL},
    {NULL}
};

ft_type ft_module_type = {
    FT_TYPE_HEAD_INIT,
    .name = "module",
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .basicsize = sizeof(ft_module),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(ft_module, dict),
    .new_ = module_new,
    .init = module_init,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = ft_obj_generic_setattr,
    .methods = module_methods,
    .members = module_members,
    .getsets = module_getsets,
};

/* Proxy types of weakref.c (not in the contract header). */
extern ft_type ft_weakproxy_type, ft_weakcallableproxy_type;
/* Helper types of modules/builtins.c and modules/sys.c, readied here at
 * start-up so that creating an interpreter later never readies a type. */
int ft_builtins_types_init(void);
int ft_sys_types_init(void);
int ft_weakref_registry_init(void);

/* Start-up of the "misc" types: module, SimpleNamespace, weakref. */
int ft_misc_types_init(void) {
    if (ft_type_ready(&ft_module_type) < 0) return -1;
    if (ft_type_ready(&ft_simplenamespace_type) < 0) return -1;
    if (ft_type_ready(&ft_weakref_type) < 0) return -1;
    if (ft_type_ready(&ft_weakproxy_type) < 0) return -1;
    if (ft_type_ready(&ft_weakcallableproxy_type) < 0) return -1;
    if (ft_weakref_registry_init() < 0) return -1;
    if (ft_builtins_types_init() < 0) return -1;
    if (ft_sys_types_init() < 0) return -1;
    return 0;
}
