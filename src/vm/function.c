/* function.c -- Python function objects, argument binding, cells and
 * bound methods.
 *
 * Function objects: the code/globals/builtins/closure fields are written
 * at creation; the mutable attributes (__defaults__, __kwdefaults__,
 * __code__, __name__, ...) are single pointer stores (atomic release), and
 * a call reads each field once (acquire), so a concurrent assignment is
 * seen either entirely or not at all -- never a torn state. The attribute
 * __dict__ is a dict with its own lock.
 *
 * Bound methods are immutable. Cells hold one atomic pointer: reads are
 * acquire loads, writes release stores (closures shared between threads
 * see whole values).
 *
 * Argument binding follows CPython's order of checks and messages exactly
 * (positional copy, *args, keywords, too-many-positional, missing
 * positional, keyword-only defaults/missing).
 */
#include "core/ftcore.h"
#include "vm/frame.h"

#define FN(o) ((ft_function *)(o))
#define LOAD(p) atomic_load_explicit((ft_obj *_Atomic *)&(p), memory_order_acquire)
#define STORE(p, v) atomic_store_explicit((ft_obj *_Atomic *)&(p), (v), memory_order_release)

static ft_obj *builtins_from_globals(ft_obj *globals) {
    ft_obj *b = ft_dict_get_str(globals, ft_id(__builtins__));
    if (b) {
        if (FT_TYPE(b) == &ft_module_type)
            b = ft_module_get_dict(b);
        if (b && ft_dict_check(b))
            return b;
    }
    if (ft_err_occurred())
        ft_err_clear();
    return ft_interp_current()->builtins;
}

ft_obj *ft_function_new(ft_obj *code, ft_obj *globals, ft_obj *qualname) {
    if (!code || FT_TYPE(code) != &ft_code_type) {
        ft_err_set_str(ft_exc_SystemError, "ft_function_new: expected a code object");
        return NULL;
    }
    if (!globals || !ft_dict_check(globals)) {
        ft_err_set_str(ft_exc_SystemError, "ft_function_new: globals must be a dict");
        return NULL;
    }
    ft_code *co = FT_CODE(code);
    ft_function *f = (ft_function *)ft_obj_alloc(&ft_function_type, sizeof(ft_function));
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = builtins_from_globals(globals);
    f->name = co->name;
    f->qualname = qualname ? qualname : co->qualname;
    f->doc = ft_None;
    if ((co->flags & FT_CO_HAS_DOCSTRING) && ft_tuple_size(co->consts) > 0)
        f->doc = ft_tuple_get(co->consts, 0);
    ft_obj *mod = ft_dict_get_str(globals, ft_id(__name__));
    if (!mod && ft_err_occurred())
        ft_err_clear();
    f->module = mod ? mod : ft_None;
    return (ft_obj *)f;
}

/* ---- argument binding ------------------------------------------------------ */

static ft_obj *fname_of(ft_function *func) {
    ft_obj *q = LOAD(func->qualname);
    return q ? q : FT_CODE(func->code)->name;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void missing_arguments(ft_function *func, ft_code *co, ft_obj **locals, int start, int end,
                              const char *kind, int missing) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    int seen = 0;
    for (int i = start; i < end; i++) {
        if (locals[i])
            continue;
        seen++;
        ft_strbuf_append_cstr(&b, "'");
        ft_strbuf_append_str(&b, ft_tuple_get(co->varnames, i));
        ft_strbuf_append_cstr(&b, "'");
        if (missing > 2 && seen < missing)
            ft_strbuf_append_cstr(&b, ", ");
        if (seen == missing - 1)
            ft_strbuf_append_cstr(&b, missing == 2 ? " and " : "and ");
    }
    ft_obj *names = ft_strbuf_finish(&b);
    if (!names)
        return;
    ft_err_format(ft_exc_TypeError, "%U() missing %d required %s argument%s: %U",
                  fname_of(func), missing, kind, missing == 1 ? "" : "s", names);
}

static void too_many_positional(ft_function *func, ft_code *co, ft_obj **locals, size_t given,
                                ft_obj *defaults) {
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (locals[i])
            kwonly_given++;
    ft_ssize defcount = defaults ? ft_tuple_size(defaults) : 0;
    ft_obj *sig;
    bool plural;
    if (defcount) {
        sig = ft_str_from_format("from %d to %d", (int)(co->argcount - defcount), (int)co->argcount);
        plural = true;
    } else {
        sig = ft_str_from_format("%d", (int)co->argcount);
        plural = co->argcount != 1;
    }
    if (!sig)
        return;
    ft_obj *kwsig;
    if (kwonly_given)
        kwsig = ft_str_from_format(" positional argument%s (and %d keyword-only argument%s)",
                                   given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwsig = ft_str_from_cstr("");
    if (!kwsig)
        return;
    ft_err_format(ft_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                  fname_of(func), sig, plural ? "s" : "", (ft_ssize)given, kwsig,
                  (given == 1 && !kwonly_given) ? "was" : "were");
}

static int posonly_as_keyword(ft_function *func, ft_code *co, ft_obj *kwnames) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    int n = 0;
    for (int i = 0; i < co->posonlyargcount; i++) {
        ft_obj *pn = ft_tuple_get(co->varnames, i);
        for (ft_ssize k = 0; k < ft_tuple_size(kwnames); k++) {
            ft_obj *kn = ft_tuple_get(kwnames, k);
            if (kn == pn || (ft_str_check(kn) && ft_str_eq(kn, pn))) {
                if (n++)
                    ft_strbuf_append_cstr(&b, ", ");
                ft_strbuf_append_str(&b, pn);
                break;
            }
        }
    }
    if (!n)
        return 0;
    ft_obj *s = ft_strbuf_finish(&b);
    if (!s)
        return -1;
    ft_err_format(ft_exc_TypeError,
                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  fname_of(func), s);
    return -1;
}

int ft_frame_init_for_function(ft_frame *f, ft_function *func, ft_obj *const *args,
                               size_t nargs, ft_obj *kwnames) {
    ft_code *co = f->code;
    ft_obj **locals = f->localsplus;
    f->func = (ft_obj *)func;
    f->globals = func->globals;
    f->builtins = func->builtins;
    if (FT_UNLIKELY(!(co->flags & FT_CO_OPTIMIZED))) {
        /* module-style code called as a function (types.FunctionType(code)):
         * names live in a fresh dict, or in the globals without NEWLOCALS */
        f->locals = (co->flags & FT_CO_NEWLOCALS) ? ft_dict_new() : func->globals;
        if (!f->locals)
            return -1;
    }
    int argcount = co->argcount;
    if (!kwnames && nargs == (size_t)argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (FT_CO_VARARGS | FT_CO_VARKEYWORDS))) {
        /* the common case: exactly the positional parameters */
        for (size_t i = 0; i < nargs; i++)
            locals[i] = args[i];
        if (co->ncells == 0 && co->nfree == 0)
            return 0;
        return ft_frame_setup_cells(f, LOAD(func->closure));
    }
    int total = argcount + co->kwonlyargcount;
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    ft_obj *kwdict = NULL;
    ft_obj *defaults = LOAD(func->defaults);
    ft_obj *kwdefaults = LOAD(func->kwdefaults);

    if (co->flags & FT_CO_VARKEYWORDS) {
        kwdict = ft_dict_new();
        if (!kwdict)
            return -1;
        int idx = total + ((co->flags & FT_CO_VARARGS) ? 1 : 0);
        locals[idx] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++)
        locals[i] = args[i];
    if (co->flags & FT_CO_VARARGS) {
        ft_obj *t;
        if (nargs > (size_t)argcount)
            t = ft_tuple_from_array(args + argcount, (ft_ssize)(nargs - argcount));
        else
            t = ft_empty_tuple;
        if (!t)
            return -1;
        locals[total] = t;
    }
    /* keywords */
    for (size_t k = 0; k < nkw; k++) {
        ft_obj *name = ft_tuple_get(kwnames, k);
        ft_obj *value = args[nargs + k];
        if (!ft_str_check(name)) {
            ft_err_format(ft_exc_TypeError, "%U() keywords must be strings", fname_of(func));
            return -1;
        }
        int j;
        for (j = co->posonlyargcount; j < total; j++)
            if (ft_tuple_get(co->varnames, j) == name)
                break;
        if (j == total) {
            for (j = co->posonlyargcount; j < total; j++)
                if (ft_str_eq(ft_tuple_get(co->varnames, j), name))
                    break;
        }
        if (j == total) {
            if (kwdict) {
                if (ft_dict_set(kwdict, name, value) < 0)
                    return -1;
                continue;
            }
            if (co->posonlyargcount && posonly_as_keyword(func, co, kwnames) < 0)
                return -1;
            const char *sug = NULL;
            int ncand = total - co->posonlyargcount;
            if (ncand > 0 && ncand < 750) {
                const char **cands = ft_gc_alloc(sizeof(char *) * (size_t)ncand, FT_GC_SCAN);
                if (!cands)
                    return -1;
                for (int c = 0; c < ncand; c++)
                    cands[c] = ft_str_utf8(ft_tuple_get(co->varnames, co->posonlyargcount + c));
                sug = ft_vm_suggest(cands, ncand, name);
            }
            if (sug)
                ft_err_format(ft_exc_TypeError, "%U() got an unexpected keyword argument '%U'. Did you mean '%s'?",
                              fname_of(func), name, sug);
            else
                ft_err_format(ft_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                              fname_of(func), name);
            return -1;
        }
        if (locals[j]) {
            ft_err_format(ft_exc_TypeError, "%U() got multiple values for argument '%U'",
                          fname_of(func), name);
            return -1;
        }
        locals[j] = value;
    }
    if (nargs > (size_t)argcount && !(co->flags & FT_CO_VARARGS)) {
        too_many_positional(func, co, locals, nargs, defaults);
        return -1;
    }
    if (nargs < (size_t)argcount) {
        ft_ssize defcount = defaults ? ft_tuple_size(defaults) : 0;
        int m = argcount - (int)defcount;
        int missing = 0;
        for (int i = (int)nargs; i < m; i++)
            if (!locals[i])
                missing++;
        if (missing) {
            missing_arguments(func, co, locals, (int)nargs, m, "positional", missing);
            return -1;
        }
        int i = (int)nargs > m ? (int)nargs - m : 0;
        for (; i < defcount; i++) {
            if (!locals[m + i])
                locals[m + i] = ft_tuple_get(defaults, i);
        }
    }
    if (co->kwonlyargcount) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            if (locals[i])
                continue;
            if (kwdefaults) {
                ft_obj *d = ft_dict_get(kwdefaults, ft_tuple_get(co->varnames, i));
                if (d) {
                    locals[i] = d;
                    continue;
                }
                if (ft_err_occurred())
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(func, co, locals, argcount, total, "keyword-only", missing);
            return -1;
        }
    }
    return ft_frame_setup_cells(f, LOAD(func->closure));
}

int ft_frame_setup_cells(ft_frame *f, ft_obj *closure) {
    ft_code *co = f->code;
    ft_obj **cells = ft_frame_cells(f);
    for (int i = 0; i < co->ncells; i++) {
        ft_obj *init = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            init = f->localsplus[co->cell2arg[i]];
            f->localsplus[co->cell2arg[i]] = NULL;
        }
        ft_obj *c = ft_cell_new(init);
        if (!c)
            return -1;
        cells[i] = c;
    }
    if (co->nfree) {
        if (!closure || !ft_tuple_check(closure) || ft_tuple_size(closure) < co->nfree) {
            ft_err_set_str(ft_exc_SystemError, "code requires a closure of the right size");
            return -1;
        }
        for (int i = 0; i < co->nfree; i++)
            cells[co->ncells + i] = ft_tuple_get(closure, i);
    }
    return 0;
}

/* ---- function type ----------------------------------------------------------- */

static ft_obj *func_repr(ft_obj *self) {
    return ft_str_from_format("<function %U at %p>", fname_of(FN(self)), (void *)self);
}

static ft_obj *func_descr_get(ft_obj *self, ft_obj *obj, ft_obj *type) {
    if (!obj || obj == ft_None)
        return self;
    return ft_method_new(self, obj);
}

static ft_obj *func_get_code(ft_obj *s, void *c) { return LOAD(FN(s)->code); }
static int func_set_code(ft_obj *s, ft_obj *v, void *c) {
    if (!v || FT_TYPE(v) != &ft_code_type) {
        ft_err_set_str(ft_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    int nfree = FT_CODE(v)->nfree;
    ft_obj *cl = LOAD(FN(s)->closure);
    int nclosure = cl ? (int)ft_tuple_size(cl) : 0;
    if (nclosure != nfree) {
        ft_err_format(ft_exc_ValueError, "%U() requires a code object with %d free vars, not %d",
                      fname_of(FN(s)), nclosure, nfree);
        return -1;
    }
    STORE(FN(s)->code, v);
    return 0;
}
static ft_obj *func_get_defaults(ft_obj *s, void *c) {
    ft_obj *d = LOAD(FN(s)->defaults);
    return d ? d : ft_None;
}
static int func_set_defaults(ft_obj *s, ft_obj *v, void *c) {
    if (v == ft_None)
        v = NULL;
    if (v && !ft_tuple_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    if (v && ft_tuple_size(v) == 0)
        v = NULL;
    STORE(FN(s)->defaults, v);
    return 0;
}
static ft_obj *func_get_kwdefaults(ft_obj *s, void *c) {
    ft_obj *d = LOAD(FN(s)->kwdefaults);
    return d ? d : ft_None;
}
static int func_set_kwdefaults(ft_obj *s, ft_obj *v, void *c) {
    if (v == ft_None)
        v = NULL;
    if (v && !ft_dict_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    STORE(FN(s)->kwdefaults, v);
    return 0;
}
static ft_obj *func_get_globals(ft_obj *s, void *c) { return FN(s)->globals; }
static ft_obj *func_get_builtins(ft_obj *s, void *c) { return FN(s)->builtins; }
static ft_obj *func_get_closure(ft_obj *s, void *c) {
    ft_obj *cl = LOAD(FN(s)->closure);
    return cl ? cl : ft_None;
}
static ft_obj *func_get_name(ft_obj *s, void *c) { return LOAD(FN(s)->name); }
static int func_set_name(ft_obj *s, ft_obj *v, void *c) {
    if (!v || !ft_str_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    STORE(FN(s)->name, v);
    return 0;
}
static ft_obj *func_get_qualname(ft_obj *s, void *c) { return fname_of(FN(s)); }
static int func_set_qualname(ft_obj *s, ft_obj *v, void *c) {
    if (!v || !ft_str_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    STORE(FN(s)->qualname, v);
    return 0;
}
static ft_obj *func_get_doc(ft_obj *s, void *c) {
    ft_obj *d = LOAD(FN(s)->doc);
    return d ? d : ft_None;
}
static int func_set_doc(ft_obj *s, ft_obj *v, void *c) {
    STORE(FN(s)->doc, v ? v : ft_None);
    return 0;
}
static ft_obj *func_get_module(ft_obj *s, void *c) {
    ft_obj *d = LOAD(FN(s)->module);
    return d ? d : ft_None;
}
static int func_set_module(ft_obj *s, ft_obj *v, void *c) {
    STORE(FN(s)->module, v ? v : ft_None);
    return 0;
}
static ft_obj *func_get_dict(ft_obj *s, void *c) {
    ft_obj *d = LOAD(FN(s)->dict);
    if (d)
        return d;
    ft_obj *nd = ft_dict_new();
    if (!nd)
        return NULL;
    ft_obj *expected = NULL;
    if (!atomic_compare_exchange_strong((ft_obj *_Atomic *)&FN(s)->dict, &expected, nd))
        return expected;
    return nd;
}
static int func_set_dict(ft_obj *s, ft_obj *v, void *c) {
    if (!v) {
        ft_err_set_str(ft_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!ft_dict_check(v)) {
        ft_err_format(ft_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    STORE(FN(s)->dict, v);
    return 0;
}
static ft_obj *func_get_annotations(ft_obj *s, void *c) {
    ft_obj *a = LOAD(FN(s)->annotations);
    if (a && ft_tuple_check(a)) {
        /* flattened (name, value, ...) pairs from MAKE_FUNCTION */
        ft_obj *d = ft_dict_new();
        if (!d)
            return NULL;
        for (ft_ssize i = 0; i + 1 < ft_tuple_size(a); i += 2)
            if (ft_dict_set(d, ft_tuple_get(a, i), ft_tuple_get(a, i + 1)) < 0)
                return NULL;
        STORE(FN(s)->annotations, d);
        return d;
    }
    if (a)
        return a;
    ft_obj *d = ft_dict_new();
    if (!d)
        return NULL;
    ft_obj *expected = NULL;
    if (!atomic_compare_exchange_strong((ft_obj *_Atomic *)&FN(s)->annotations, &expected, d))
        return expected;
    return d;
}
static int func_set_annotations(ft_obj *s, ft_obj *v, void *c) {
    if (v == ft_None)
        v = NULL;
    if (v && !ft_dict_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    STORE(FN(s)->annotations, v);
    return 0;
}
static ft_obj *func_get_type_params(ft_obj *s, void *c) {
    ft_obj *t = LOAD(FN(s)->type_params);
    return t ? t : ft_empty_tuple;
}
static int func_set_type_params(ft_obj *s, ft_obj *v, void *c) {
    if (!v || !ft_tuple_check(v)) {
        ft_err_set_str(ft_exc_TypeError, "__type_params__ must be set to a tuple");
        return -1;
    }
    STORE(FN(s)->type_params, v);
    return 0;
}

static const ft_getset_def func_getsets[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL, NULL},
    {"__module__", func_get_module, func_set_module, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__type_params__", func_get_type_params, func_set_type_params, NULL, NULL},
    {NULL}
};

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
static ft_obj *func_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", "kwdefaults", NULL};
    ft_obj *a[6] = {0};
    if (ft_parse_args("function", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    if (FT_TYPE(a[0]) != &ft_code_type) {
        ft_err_format(ft_exc_TypeError, "function() argument 'code' must be code, not %T", a[0]);
        return NULL;
    }
    if (!ft_dict_check(a[1])) {
        ft_err_format(ft_exc_TypeError, "function() argument 'globals' must be dict, not %T", a[1]);
        return NULL;
    }
    if (a[2] && a[2] != ft_None && !ft_str_check(a[2])) {
        ft_err_set_str(ft_exc_TypeError, "arg 3 (name) must be None or string");
        return NULL;
    }
    if (a[3] && a[3] != ft_None && !ft_tuple_check(a[3])) {
        ft_err_set_str(ft_exc_TypeError, "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    ft_code *co = FT_CODE(a[0]);
    ft_ssize nclosure = (a[4] && a[4] != ft_None) ? (ft_tuple_check(a[4]) ? ft_tuple_size(a[4]) : -1) : 0;
    if (nclosure < 0) {
        ft_err_set_str(ft_exc_TypeError, "arg 5 (closure) must be tuple");
        return NULL;
    }
    if (nclosure != co->nfree) {
        if (co->nfree && nclosure == 0)
            ft_err_set_str(ft_exc_TypeError, "arg 5 (closure) must be tuple");
        else
            ft_err_format(ft_exc_ValueError, "%U requires closure of length %d, not %d",
                          co->name, co->nfree, (int)nclosure);
        return NULL;
    }
    for (ft_ssize i = 0; i < nclosure; i++) {
        if (FT_TYPE(ft_tuple_get(a[4], i)) != &ft_cell_type) {
            ft_err_format(ft_exc_TypeError, "arg 5 (closure) expected cell, found %T", ft_tuple_get(a[4], i));
            return NULL;
        }
    }
    ft_function *f = (ft_function *)ft_function_new(a[0], a[1], NULL);
    if (!f)
        return NULL;
    if (a[2] && a[2] != ft_None)
        f->name = a[2];   /* __qualname__ stays co_qualname, as in CPython */
    if (a[3] && a[3] != ft_None && ft_tuple_size(a[3]))
        f->defaults = a[3];
    if (nclosure)
        f->closure = a[4];
    if (a[5] && a[5] != ft_None)
        f->kwdefaults = a[5];
    return (ft_obj *)f;
}

ft_type ft_function_type = {
    FT_TYPE_HEAD_INIT,
    .name = "function",
    .basicsize = sizeof(ft_function),
    .repr = func_repr,
    .call = ft_function_vectorcall,
    .descr_get = func_descr_get,
    .new_ = func_new,
    .getsets = func_getsets,
    .dictoffset = offsetof(ft_function, dict),
};

/* ---- cells -------------------------------------------------------------------- */

ft_obj *ft_cell_new(ft_obj *value) {
    ft_cell *c = (ft_cell *)ft_obj_alloc(&ft_cell_type, sizeof(ft_cell));
    if (!c)
        return NULL;
    atomic_store_explicit(&c->ref, value, memory_order_release);
    return (ft_obj *)c;
}

static ft_obj *cell_get_contents(ft_obj *s, void *c) {
    ft_obj *v = atomic_load_explicit(&((ft_cell *)s)->ref, memory_order_acquire);
    if (!v) {
        ft_err_set_str(ft_exc_ValueError, "Cell is empty");
        return NULL;
    }
    return v;
}
static int cell_set_contents(ft_obj *s, ft_obj *v, void *c) {
    atomic_store_explicit(&((ft_cell *)s)->ref, v, memory_order_release);
    return 0;
}
static ft_obj *cell_repr(ft_obj *s) {
    ft_obj *v = atomic_load_explicit(&((ft_cell *)s)->ref, memory_order_acquire);
    if (!v)
        return ft_str_from_format("<cell at %p: empty>", (void *)s);
    return ft_str_from_format("<cell at %p: %s object at %p>", (void *)s, FT_TYPE(v)->name, (void *)v);
}
static ft_obj *cell_richcompare(ft_obj *a, ft_obj *b, int op) {
    if (FT_TYPE(a) != &ft_cell_type || FT_TYPE(b) != &ft_cell_type)
        return ft_NotImplemented;
    ft_obj *va = atomic_load_explicit(&((ft_cell *)a)->ref, memory_order_acquire);
    ft_obj *vb = atomic_load_explicit(&((ft_cell *)b)->ref, memory_order_acquire);
    if (va && vb)
        return ft_richcompare(va, vb, op);
    int cmp = (va != NULL) - (vb != NULL);
    bool r;
    switch (op) {
    case FT_LT: r = cmp < 0; break;
    case FT_LE: r = cmp <= 0; break;
    case FT_EQ: r = cmp == 0; break;
    case FT_NE: r = cmp != 0; break;
    case FT_GT: r = cmp > 0; break;
    default: r = cmp >= 0; break;
    }
    return ft_bool(r);
}
static ft_obj *cell_new_(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("cell", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return ft_cell_new(nargs ? args[0] : NULL);
}

static const ft_getset_def cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL}
};

ft_type ft_cell_type = {
    FT_TYPE_HEAD_INIT,
    .name = "cell",
    .basicsize = sizeof(ft_cell),
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .new_ = cell_new_,
    .getsets = cell_getsets,
};

/* ---- bound methods ------------------------------------------------------------ */

#define MT(o) ((ft_method *)(o))

ft_obj *ft_method_new(ft_obj *func, ft_obj *self) {
    if (!self) {
        ft_err_bad_internal_call("ft_method_new");
        return NULL;
    }
    ft_method *m = (ft_method *)ft_obj_alloc(&ft_method_type, sizeof(ft_method));
    if (!m)
        return NULL;
    m->func = func;
    m->self = self;
    return (ft_obj *)m;
}

static ft_obj *method_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_method *m = MT(callable);
    size_t nkw = kwnames ? (size_t)ft_tuple_size(kwnames) : 0;
    size_t total = nargs + nkw;
    ft_obj *small[8];
    ft_obj **buf = small;
    if (total + 1 > FT_ARRAY_LEN(small)) {
        buf = ft_gc_alloc((total + 1) * sizeof(ft_obj *), FT_GC_SCAN);
        if (!buf)
            return NULL;
    }
    buf[0] = m->self;
    if (total)
        memcpy(buf + 1, args, total * sizeof(ft_obj *));
    return ft_call(m->func, buf, nargs + 1, kwnames);
}

static ft_obj *method_repr(ft_obj *self) {
    ft_method *m = MT(self);
    ft_obj *name = ft_getattr_opt(m->func, ft_id(__qualname__));
    if (!name) {
        if (ft_err_occurred())
            return NULL;
        name = ft_getattr_opt(m->func, ft_id(__name__));
        if (!name && ft_err_occurred())
            return NULL;
    }
    if (name && !ft_str_check(name))
        name = NULL;
    ft_obj *r = ft_repr(m->self);
    if (!r)
        return NULL;
    if (!name)
        return ft_str_from_format("<bound method ? of %U>", r);
    return ft_str_from_format("<bound method %U of %U>", name, r);
}

static ft_obj *method_richcompare(ft_obj *a, ft_obj *b, int op) {
    if ((op != FT_EQ && op != FT_NE) || FT_TYPE(a) != &ft_method_type || FT_TYPE(b) != &ft_method_type)
        return ft_NotImplemented;
    int eq = MT(a)->self == MT(b)->self;
    if (eq) {
        eq = ft_eq(MT(a)->func, MT(b)->func);
        if (eq < 0)
            return NULL;
    }
    return ft_bool(op == FT_EQ ? eq : !eq);
}

static int64_t method_hash(ft_obj *self) {
    int64_t h = ft_hash(MT(self)->func);
    if (h == -1)
        return -1;
    uint64_t x = (uint64_t)h ^ ((uint64_t)(uintptr_t)MT(self)->self >> 4);
    int64_t r = (int64_t)x;
    return r == -1 ? -2 : r;
}

static ft_obj *method_getattro(ft_obj *self, ft_obj *name) {
    ft_type *tp = FT_TYPE(self);
    ft_obj *descr = ft_type_lookup(tp, name);
    if (descr) {
        ft_descrgetfunc g = FT_TYPE(descr)->descr_get;
        if (g)
            return g(descr, self, (ft_obj *)tp);
        return descr;
    }
    return ft_getattr(MT(self)->func, name);
}

static ft_obj *method_get_func(ft_obj *s, void *c) { return MT(s)->func; }
static ft_obj *method_get_self(ft_obj *s, void *c) { return MT(s)->self; }
static ft_obj *method_get_doc(ft_obj *s, void *c) { return ft_getattr(MT(s)->func, ft_id(__doc__)); }

static const ft_getset_def method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL}
};

static ft_obj *method_new_(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("method", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!ft_callable(args[0])) {
        ft_err_set_str(ft_exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == ft_None) {
        ft_err_set_str(ft_exc_TypeError, "instance must not be None");
        return NULL;
    }
    return ft_method_new(args[0], args[1]);
}

static ft_obj *method_reduce(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_obj *getattr_fn = ft_dict_get_cstr(ft_interp_current()->builtins, "getattr");
    if (!getattr_fn) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_RuntimeError, "getattr not found");
        return NULL;
    }
    ft_obj *name = ft_getattr(MT(self)->func, ft_id(__name__));
    if (!name)
        return NULL;
    ft_obj *inner = ft_tuple_pack(2, MT(self)->self, name);
    if (!inner)
        return NULL;
    return ft_tuple_pack(2, getattr_fn, inner);
}

static const ft_method_def method_methods[] = {
    {"__reduce__", method_reduce, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_method_type = {
    FT_TYPE_HEAD_INIT,
    .name = "method",
    .basicsize = sizeof(ft_method),
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .call = method_call,
    .new_ = method_new_,
    .getsets = method_getsets,
    .methods = method_methods,
};
