/* eval.c -- the bytecode interpreter loop.
 *
 * One C activation of ft_eval_frame runs a chain of Python frames:
 * Python-to-Python calls (CALL / CALL_KW / CALL_FUNCTION_EX on a plain
 * function) push a new frame on the thread's data stack and continue in
 * the same loop; RETURN pops it and resumes the caller. Only calls that
 * go through C (builtins, __init__, generators, class bodies, ...) nest C
 * activations, and each such re-entry checks the C stack.
 *
 * Registers (f, next_instr, sp, ...) live in C locals; the frame's
 * lasti is stored at every dispatch so that anything looking at the frame
 * (tracebacks, f_lineno, sys._getframe) sees the current instruction.
 * next_instr/stacktop are saved to the frame only when the frame is
 * suspended (inlined call, yield).
 *
 * Exceptions: an instruction that fails jumps to `error`, which (unless
 * the failing instruction is RERAISE / bare raise / END_ASYNC_FOR)
 * chains __context__ for a fresh exception and adds a traceback entry for
 * this frame, then `exception_unwind` consults the code's exception
 * table; without a handler the frame is popped and the error continues in
 * the caller frame.
 *
 * Thread safety: the loop touches only its own thread's state and frames;
 * shared objects are accessed through their own APIs (which lock), except
 * the documented lock-free reads of list items (objects.h). LOAD_GLOBAL
 * uses a per-function cache of immutable records (see below); misses do
 * plain dict lookups (dicts are internally synchronised).
 */
#include "core/ftcore.h"
#include "vm/frame.h"
#include "vm/opcodes.h"
#include "modules/signals.h"

const char *const ft_opcode_names[FT_OPCODE_COUNT] = {
#define FT_OP_NAME(name, doc) [OP_##name] = #name,
    FT_OPCODE_LIST(FT_OP_NAME)
#undef FT_OP_NAME
};

/* ---- small helpers ------------------------------------------------------------ */

static bool is_type(ft_obj *o) {
    return !ft_is_smallint(o) && ft_type_is_subtype(FT_TYPE(o), &ft_type_type);
}
static bool is_exc_class(ft_obj *o) {
    return is_type(o) && ft_type_is_subtype((ft_type *)o, ft_exc_BaseException);
}
static bool is_exc_instance(ft_obj *o) {
    return o && !ft_is_smallint(o) && ft_type_is_subtype(FT_TYPE(o), ft_exc_BaseException);
}

#define EXC(o) ((ft_exc *)(o))

void ft_vm_chain_context(ft_thread *ts, ft_obj *exc) {
    ft_obj *handled = ts->exc_info;
    if (!handled || handled == ft_None || handled == exc || !is_exc_instance(exc))
        return;
    /* Break a cycle: if exc is already in handled's context chain, cut
     * the chain just before it. The walk is bounded against pre-existing
     * cycles created from Python. */
    ft_obj *o = handled;
    for (int i = 0; o && i < 100000; i++) {
        ft_obj *ctx = EXC(o)->context;
        if (ctx == exc) {
            ft_exc_set_context(o, NULL);
            break;
        }
        o = ctx;
    }
    ft_exc_set_context(exc, handled);
}

static int add_traceback(ft_frame *f) {
    ft_obj *exc = ft_err_peek();
    if (!exc)
        return 0;
    ft_obj *fo = ft_frame_get_object(f);
    if (!fo) {
        ft_err_clear();
        ft_err_set_exc(exc);
        return -1;
    }
    ft_obj *old = ft_exc_get_traceback(exc);
    ft_obj *tb = ft_traceback_new(old, fo, f->lasti * 2, ft_frame_lineno(f));
    if (!tb) {
        ft_err_clear();
        ft_err_set_exc(exc);
        return -1;
    }
    ft_exc_set_traceback(exc, tb);
    return 0;
}

static const ft_exc_entry *find_handler(ft_code *co, int32_t lasti) {
    const ft_exc_entry *e = co->exctable;
    for (ft_ssize i = 0; i < co->nexc; i++, e++)
        if ((uint32_t)lasti >= e->start && (uint32_t)lasti < e->end)
            return e;
    return NULL;
}

static ft_obj *name_error(ft_obj *name) {
    return ft_err_name_error(name);
}

static void unbound_local(ft_code *co, int idx) {
    ft_err_format(ft_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  ft_tuple_get(co->varnames, idx));
}

static ft_obj *cell_name(ft_code *co, int idx) {
    return idx < co->ncells ? ft_tuple_get(co->cellvars, idx) : ft_tuple_get(co->freevars, idx - co->ncells);
}

static void unbound_deref(ft_code *co, int idx) {
    if (idx < co->ncells)
        ft_err_format(ft_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      cell_name(co, idx));
    else
        ft_err_format(ft_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      cell_name(co, idx));
}

/* Mapping lookup that treats KeyError as "absent": value, or NULL (error
 * set only on a real error). */
static ft_obj *mapping_get(ft_obj *m, ft_obj *key) {
    if (ft_dict_check_exact(m))
        return ft_dict_get(m, key);
    ft_obj *v = ft_getitem(m, key);
    if (!v && ft_err_matches((ft_obj *)ft_exc_KeyError))
        ft_err_clear();
    return v;
}

static ft_obj *load_global(ft_frame *f, ft_obj *name) {
    ft_obj *v = ft_dict_check_exact(f->globals) ? ft_dict_get_str(f->globals, name) : mapping_get(f->globals, name);
    if (v || ft_err_occurred())
        return v;
    v = mapping_get(f->builtins, name);
    if (v || ft_err_occurred())
        return v;
    return name_error(name);
}

/* ---- LOAD_GLOBAL cache ---------------------------------------------------------
 * Per function (ft_function.vm_cache) a table with one slot per name of
 * the function's code. A slot holds an immutable record (globals, builtins,
 * their dict versions, value), published with an atomic release store and
 * read with an acquire load, so a reader sees a whole record or none. A
 * record is valid while both dicts still have the recorded versions (dict
 * versions increase on every mutation, after the mutation is visible); the
 * record keeps both dicts alive, so their addresses cannot be reused.
 * Records are only created when the versions did not move during the
 * lookup. The table is replaced (CAS) when the function's __code__ changes.
 */
typedef struct ft_gcache_rec {
    ft_obj *globals, *builtins;
    uint64_t gver, bver;
    ft_obj *value;
} ft_gcache_rec;

typedef struct ft_gcache {
    ft_code *code;
    ft_ssize n;
    ft_gcache_rec *_Atomic recs[];
} ft_gcache;

static inline ft_obj *gcache_hit(ft_frame *f, ft_code *co, uint32_t idx) {
    ft_function *fn = (ft_function *)f->func;
    if (!fn)
        return NULL;
    ft_gcache *tab = atomic_load_explicit((ft_gcache *_Atomic *)&fn->vm_cache, memory_order_acquire);
    if (!tab || tab->code != co)
        return NULL;
    ft_gcache_rec *r = atomic_load_explicit(&tab->recs[idx], memory_order_acquire);
    if (r && r->globals == f->globals && r->builtins == f->builtins &&
        r->gver == ft_dict_version(f->globals) && r->bver == ft_dict_version(f->builtins))
        return r->value;
    return NULL;
}

static ft_obj *load_global(ft_frame *f, ft_obj *name);

static ft_obj *load_global_cached(ft_frame *f, ft_code *co, uint32_t idx, ft_obj *name) {
    ft_function *fn = (ft_function *)f->func;
    if (!fn || !ft_dict_check_exact(f->globals) || !ft_dict_check_exact(f->builtins) ||
        fn->globals != f->globals)
        return load_global(f, name);
    uint64_t gv = ft_dict_version(f->globals), bv = ft_dict_version(f->builtins);
    ft_obj *v = load_global(f, name);
    if (!v)
        return NULL;
    atomic_thread_fence(memory_order_acquire);
    if (ft_dict_version(f->globals) != gv || ft_dict_version(f->builtins) != bv)
        return v;
    ft_gcache *tab = atomic_load_explicit((ft_gcache *_Atomic *)&fn->vm_cache, memory_order_acquire);
    if (!tab || tab->code != co) {
        ft_ssize n = ft_tuple_size(co->names);
        ft_gcache *nt = ft_gc_alloc(sizeof(ft_gcache) + (size_t)n * sizeof(ft_gcache_rec *), FT_GC_SCAN);
        if (!nt) {
            ft_err_clear();
            return v;
        }
        nt->code = co;
        nt->n = n;
        ft_gcache *expected = tab;
        if (!atomic_compare_exchange_strong_explicit((ft_gcache *_Atomic *)&fn->vm_cache, &expected, nt,
                                                     memory_order_acq_rel, memory_order_acquire)) {
            if (!expected || expected->code != co)
                return v;   /* another thread installed a table for other code */
            nt = expected;
        }
        tab = nt;
    }
    if ((ft_ssize)idx >= tab->n)
        return v;
    ft_gcache_rec *r = ft_gc_alloc(sizeof(ft_gcache_rec), FT_GC_SCAN);
    if (!r) {
        ft_err_clear();
        return v;
    }
    r->globals = f->globals;
    r->builtins = f->builtins;
    r->gver = gv;
    r->bver = bv;
    r->value = v;
    atomic_store_explicit(&tab->recs[idx], r, memory_order_release);
    return v;
}

static int truthy(ft_obj *v) {
    if (v == ft_True)
        return 1;
    if (v == ft_False || v == ft_None)
        return 0;
    if (ft_is_smallint(v))
        return ft_smallint_value(v) != 0;
    return ft_is_true(v);
}

static bool not_iterable_type(ft_obj *o) {
    ft_type *tp = FT_TYPE(o);
    return !tp->iter && !tp->subscript;
}

/* UNPACK_SEQUENCE / UNPACK_EX: fill out[0..] with all items of seq (a
 * tuple), or NULL with CPython's messages. */
static ft_obj *unpack_items(ft_obj *seq) {
    if (ft_tuple_check_exact(seq))
        return seq;
    if (ft_list_check_exact(seq))
        return ft_list_snapshot(seq);
    ft_obj *it = ft_iter(seq);
    if (!it) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError) && not_iterable_type(seq)) {
            ft_err_clear();
            ft_err_format(ft_exc_TypeError, "cannot unpack non-iterable %s object", ft_type_name(FT_TYPE(seq)));
        }
        return NULL;
    }
    return it; /* an iterator: the caller iterates */
}

static int unpack_sequence(ft_obj *seq, int n, ft_obj **sp) {
    ft_obj *t = unpack_items(seq);
    if (!t)
        return -1;
    if (ft_tuple_check_exact(t)) {
        ft_ssize size = ft_tuple_size(t);
        if (size != n) {
            if (size < n)
                ft_err_format(ft_exc_ValueError, "not enough values to unpack (expected %d, got %zd)", n, size);
            else
                ft_err_format(ft_exc_ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
        for (int i = 0; i < n; i++)
            sp[n - 1 - i] = ft_tuple_get(t, i);
        return 0;
    }
    /* t is an iterator */
    for (int i = 0; i < n; i++) {
        ft_obj *v = ft_iter_next(t);
        if (!v) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        sp[n - 1 - i] = v;
    }
    ft_obj *extra = ft_iter_next(t);
    if (extra) {
        ft_err_format(ft_exc_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return ft_err_occurred() ? -1 : 0;
}

static int unpack_ex(ft_obj *seq, int before, int after, ft_obj **sp) {
    ft_obj *t = unpack_items(seq);
    if (!t)
        return -1;
    ft_obj *list;
    if (ft_tuple_check_exact(t))
        list = ft_list_from_array(ft_tuple_items(t), ft_tuple_size(t));
    else
        list = ft_list_from_iterable(t);
    if (!list)
        return -1;
    ft_obj *items = ft_list_as_tuple(list);
    if (!items)
        return -1;
    ft_ssize n = ft_tuple_size(items);
    if (n < before + after) {
        ft_err_format(ft_exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                      before + after, n);
        return -1;
    }
    int k = 0;
    for (int i = 0; i < after; i++)
        sp[k++] = ft_tuple_get(items, n - 1 - i);
    ft_obj *mid = ft_list_from_array(ft_tuple_items(items) + before, n - before - after);
    if (!mid)
        return -1;
    sp[k++] = mid;
    for (int i = before - 1; i >= 0; i--)
        sp[k++] = ft_tuple_get(items, i);
    return 0;
}

static ft_obj *format_value(ft_obj *v, int conv, ft_obj *spec) {
    switch (conv) {
    case 1: v = ft_str(v); break;
    case 2: v = ft_repr(v); break;
    case 3: v = ft_ascii(v); break;
    default: break;
    }
    if (!v)
        return NULL;
    if (ft_str_check_exact(v) && (!spec || ft_str_len(spec) == 0))
        return v;
    return ft_format(v, spec);
}

static ft_obj *build_string(ft_obj **items, int n) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    for (int i = 0; i < n; i++)
        if (ft_strbuf_append_str(&b, items[i]) < 0)
            return NULL;
    return ft_strbuf_finish(&b);
}

static ft_obj *build_map(ft_obj **items, int n) {
    ft_obj *d = ft_dict_new_presized(n);
    if (!d)
        return NULL;
    for (int i = 0; i < n; i++)
        if (ft_dict_set(d, items[2 * i], items[2 * i + 1]) < 0)
            return NULL;
    return d;
}

static int dict_update_op(ft_obj *d, ft_obj *m) {
    if (!ft_dict_check(m)) {
        int has = ft_hasattr(m, ft_id(keys));
        if (has < 0)
            return -1;
        if (!has) {
            ft_err_format(ft_exc_TypeError, "'%s' object is not a mapping", ft_type_name(FT_TYPE(m)));
            return -1;
        }
    }
    return ft_dict_update(d, m);
}

static int dict_merge_op(ft_obj *d, ft_obj *m, ft_obj *callable) {
    ft_obj *keys;
    bool is_dict = ft_dict_check(m);
    if (is_dict) {
        keys = ft_dict_keys_list(m);
    } else {
        int has = ft_hasattr(m, ft_id(keys));
        if (has < 0)
            return -1;
        if (!has) {
            ft_obj *fs = ft_vm_funcstr(callable);
            if (!fs)
                return -1;
            ft_err_format(ft_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                          ft_type_name(FT_TYPE(m)));
            return -1;
        }
        ft_obj *kv = ft_call_method0(m, "keys");
        if (!kv)
            return -1;
        keys = ft_sequence_list(kv);
    }
    if (!keys)
        return -1;
    ft_obj *snap = ft_list_as_tuple(keys);
    if (!snap)
        return -1;
    for (ft_ssize i = 0; i < ft_tuple_size(snap); i++) {
        ft_obj *k = ft_tuple_get(snap, i);
        int has = ft_dict_contains(d, k);
        if (has < 0)
            return -1;
        if (has) {
            ft_obj *fs = ft_vm_funcstr(callable);
            if (!fs)
                return -1;
            if (ft_str_check(k))
                ft_err_format(ft_exc_TypeError, "%U got multiple values for keyword argument '%U'", fs, k);
            else
                ft_err_format(ft_exc_TypeError, "%U keywords must be strings", fs);
            return -1;
        }
        ft_obj *v = is_dict ? ft_dict_get(m, k) : ft_getitem(m, k);
        if (!v) {
            if (!ft_err_occurred())
                ft_err_set_obj(ft_exc_KeyError, k);
            return -1;
        }
        if (ft_dict_set(d, k, v) < 0)
            return -1;
    }
    return 0;
}

static int check_except_type(ft_obj *t) {
    if (ft_tuple_check(t)) {
        for (ft_ssize i = 0; i < ft_tuple_size(t); i++) {
            if (!is_exc_class(ft_tuple_get(t, i)))
                goto bad;
        }
        return 0;
    }
    if (is_exc_class(t))
        return 0;
bad:
    ft_err_set_str(ft_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* Instantiate `raise X` operands. */
static ft_obj *make_exception(ft_obj *x) {
    if (is_exc_class(x)) {
        ft_obj *e = ft_call0(x);
        if (!e)
            return NULL;
        if (!is_exc_instance(e)) {
            ft_err_format(ft_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %R", x,
                          (ft_obj *)FT_TYPE(e));
            return NULL;
        }
        return e;
    }
    if (is_exc_instance(x))
        return x;
    ft_err_set_str(ft_exc_TypeError, "exceptions must derive from BaseException");
    return NULL;
}

static int do_raise(ft_thread *ts, ft_obj *exc, ft_obj *cause) {
    ft_obj *e = make_exception(exc);
    if (!e)
        return -1;
    if (cause) {
        ft_obj *c;
        if (cause == ft_None) {
            c = NULL;
        } else if (is_exc_class(cause)) {
            c = ft_call0(cause);
            if (!c)
                return -1;
            if (!is_exc_instance(c)) {
                ft_err_format(ft_exc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %R", cause,
                              (ft_obj *)FT_TYPE(c));
                return -1;
            }
        } else if (is_exc_instance(cause)) {
            c = cause;
        } else {
            ft_err_set_str(ft_exc_TypeError, "exception causes must derive from BaseException");
            return -1;
        }
        ft_exc_set_cause(e, c);
    }
    ft_vm_chain_context(ts, e);
    ft_err_set_exc(e);
    return 0;
}

static ft_obj *import_name(ft_frame *f, ft_obj *name, ft_obj *fromlist, ft_obj *level) {
    ft_obj *imp = mapping_get(f->builtins, ft_id(__import__));
    if (!imp) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "__import__ not found");
        return NULL;
    }
    ft_obj *args[5] = {name, f->globals, f->locals ? f->locals : ft_None, fromlist, level};
    return ft_call(imp, args, 5, NULL);
}

static ft_obj *import_from(ft_obj *module, ft_obj *name) {
    ft_obj *v = ft_getattr_opt(module, name);
    if (v || ft_err_occurred())
        return v;
    ft_obj *modname = ft_getattr_opt(module, ft_id(__name__));
    if (!modname && ft_err_occurred())
        return NULL;
    if (modname && ft_str_check(modname)) {
        ft_obj *full = ft_str_from_format("%U.%U", modname, name);
        ft_obj *mods = ft_interp_current()->modules;
        if (full && mods) {
            v = mapping_get(mods, full);
            if (v || ft_err_occurred())
                return v;
        } else if (!full) {
            return NULL;
        }
    }
    ft_obj *path = ft_getattr_opt(module, ft_id(__file__));
    if (!path && ft_err_occurred())
        ft_err_clear();
    const char *mn = (modname && ft_str_check(modname)) ? ft_str_utf8(modname) : "<unknown module name>";
    if (path && ft_str_check(path))
        ft_err_format(ft_exc_ImportError, "cannot import name '%U' from '%s' (%U)", name, mn, path);
    else
        ft_err_format(ft_exc_ImportError, "cannot import name '%U' from '%s' (unknown location)", name, mn);
    ft_obj *exc = ft_err_peek();
    if (exc) {
        ft_setattr_cstr(exc, "name", modname ? modname : ft_None);
        ft_setattr_cstr(exc, "name_from", name);
        ft_err_restore(exc);
    }
    return NULL;
}

static int import_star(ft_frame *f, ft_obj *module) {
    ft_obj *locals = f->locals;
    if (!locals) {
        ft_err_set_str(ft_exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    ft_obj *all = ft_getattr_opt(module, ft_id(__all__));
    bool skip_private = false;
    if (!all) {
        if (ft_err_occurred())
            return -1;
        ft_obj *d = ft_getattr_opt(module, ft_id(__dict__));
        if (!d) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = ft_call_method0(d, "keys");
        if (!all)
            return -1;
        skip_private = true;
    }
    ft_obj *names = ft_sequence_tuple(all);
    if (!names)
        return -1;
    for (ft_ssize i = 0; i < ft_tuple_size(names); i++) {
        ft_obj *n = ft_tuple_get(names, i);
        if (!ft_str_check(n)) {
            ft_err_format(ft_exc_TypeError, "%s in %U.%s must be str, not %s",
                          skip_private ? "Key" : "Item", ft_getattr(module, ft_id(__name__)),
                          skip_private ? "__dict__" : "__all__", ft_type_name(FT_TYPE(n)));
            return -1;
        }
        if (skip_private && ft_str_utf8(n)[0] == '_')
            continue;
        ft_obj *v = ft_getattr(module, n);
        if (!v)
            return -1;
        if (ft_setitem(locals, n, v) < 0)
            return -1;
    }
    return 0;
}

static ft_obj *call_intrinsic1(ft_frame *f, int which, ft_obj *v) {
    switch (which) {
    case FT_INTRINSIC_PRINT: {
        ft_obj *sysd = ft_interp_current()->sys_dict;
        ft_obj *hook = sysd ? ft_dict_get_str(sysd, ft_id(displayhook)) : NULL;
        if (!hook) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_RuntimeError, "lost sys.displayhook");
            return NULL;
        }
        ft_obj *r = ft_call1(hook, v);
        return r ? ft_None : NULL;
    }
    case FT_INTRINSIC_IMPORT_STAR:
        return import_star(f, v) < 0 ? NULL : ft_None;
    case FT_INTRINSIC_UNARY_POSITIVE:
        return ft_positive(v);
    case FT_INTRINSIC_LIST_TO_TUPLE:
        return ft_list_as_tuple(v);
    case FT_INTRINSIC_ASYNC_GEN_WRAP:
        return ft_async_gen_wrap_value(v);
    default:
        ft_err_format(ft_exc_SystemError, "unknown intrinsic %d", which);
        return NULL;
    }
}

/* ---- structural pattern matching helpers ------------------------------------------ */

static ft_obj *match_keys(ft_obj *subject, ft_obj *keys) {
    ft_ssize n = ft_tuple_size(keys);
    if (n == 0)
        return ft_empty_tuple;
    ft_obj *get = ft_getattr(subject, ft_id(get));
    if (!get)
        return NULL;
    ft_obj *seen = ft_set_new(NULL);
    ft_obj *values = ft_tuple_new(n);
    if (!seen || !values)
        return NULL;
    ft_obj *dummy = ft_list_new(0); /* fresh sentinel: never a mapping value */
    if (!dummy)
        return NULL;
    for (ft_ssize i = 0; i < n; i++) {
        ft_obj *k = ft_tuple_get(keys, i);
        int has = ft_set_contains(seen, k);
        if (has < 0)
            return NULL;
        if (has) {
            ft_err_format(ft_exc_ValueError, "mapping pattern checks duplicate key (%R)", k);
            return NULL;
        }
        if (ft_set_add(seen, k) < 0)
            return NULL;
        ft_obj *v = ft_call2(get, k, dummy);
        if (!v)
            return NULL;
        if (v == dummy)
            return ft_None;
        ft_tuple_items(values)[i] = v;
    }
    return values;
}

static ft_obj *match_class_attr(ft_obj *subject, ft_obj *type, ft_obj *name, ft_obj *seen) {
    int has = ft_set_contains(seen, name);
    if (has < 0)
        return NULL;
    if (has) {
        ft_err_format(ft_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      ft_type_name((ft_type *)type), name);
        return NULL;
    }
    if (ft_set_add(seen, name) < 0)
        return NULL;
    return ft_getattr_opt(subject, name); /* NULL, no error: no match */
}

static ft_obj *match_class(ft_obj *subject, ft_obj *type, int nargs, ft_obj *kwargs) {
    if (!is_type(type)) {
        ft_err_set_str(ft_exc_TypeError, "called match pattern must be a class");
        return NULL;
    }
    int inst = ft_isinstance(subject, type);
    if (inst < 0)
        return NULL;
    if (!inst)
        return ft_None;
    ft_obj *seen = ft_set_new(NULL);
    ft_obj *attrs = ft_list_new(0);
    if (!seen || !attrs)
        return NULL;
    ft_obj *match_self = NULL;
    if (nargs) {
        ft_obj *match_args = ft_getattr_opt(type, ft_id(__match_args__));
        bool self_match = false;
        if (match_args) {
            if (!ft_tuple_check(match_args)) {
                ft_err_format(ft_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                              ft_type_name((ft_type *)type), ft_type_name(FT_TYPE(match_args)));
                return NULL;
            }
        } else {
            if (ft_err_occurred())
                return NULL;
            match_args = ft_empty_tuple;
            self_match = (((ft_type *)type)->flags & FT_TPF_MATCH_SELF) != 0;
        }
        ft_ssize allowed = self_match ? 1 : ft_tuple_size(match_args);
        if (allowed < nargs) {
            ft_err_format(ft_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                          ft_type_name((ft_type *)type), allowed, allowed == 1 ? "" : "s", nargs);
            return NULL;
        }
        if (self_match) {
            match_self = subject;
            if (ft_list_append(attrs, subject) < 0)
                return NULL;
        } else {
            for (int i = 0; i < nargs; i++) {
                ft_obj *name = ft_tuple_get(match_args, i);
                if (!ft_str_check(name)) {
                    ft_err_format(ft_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                                  ft_type_name(FT_TYPE(name)));
                    return NULL;
                }
                ft_obj *a = match_class_attr(subject, type, name, seen);
                if (!a)
                    return ft_err_occurred() ? NULL : ft_None;
                if (ft_list_append(attrs, a) < 0)
                    return NULL;
            }
        }
    }
    (void)match_self;
    for (ft_ssize i = 0; i < ft_tuple_size(kwargs); i++) {
        ft_obj *a = match_class_attr(subject, type, ft_tuple_get(kwargs, i), seen);
        if (!a)
            return ft_err_occurred() ? NULL : ft_None;
        if (ft_list_append(attrs, a) < 0)
            return NULL;
    }
    return ft_list_as_tuple(attrs);
}

/* ---- fast arithmetic ---------------------------------------------------------------- */

/* Tagged small ints: t = 2v+1. Returns NULL when the fast path does not
 * apply (overflow, division by zero, negative shift...). */
static inline ft_obj *smallint_binop(ft_obj *a, ft_obj *b, int op) {
    intptr_t ta = (intptr_t)a, tb = (intptr_t)b, r;
    int64_t x = ft_smallint_value(a), y = ft_smallint_value(b);
    if (op >= FT_BINOP_INPLACE_ADD)
        op -= FT_BINOP_INPLACE_ADD;
    switch (op) {
    case FT_BINOP_ADD:
        if (__builtin_add_overflow(ta, tb - 1, &r))
            return NULL;
        return (ft_obj *)r;
    case FT_BINOP_SUBTRACT:
        if (__builtin_sub_overflow(ta, tb - 1, &r))
            return NULL;
        return (ft_obj *)r;
    case FT_BINOP_MULTIPLY:
        if (__builtin_mul_overflow((intptr_t)x, tb - 1, &r))
            return NULL;
        return (ft_obj *)(r + 1);
    case FT_BINOP_AND:
        return (ft_obj *)(ta & tb);
    case FT_BINOP_OR:
        return (ft_obj *)(ta | tb);
    case FT_BINOP_XOR:
        return (ft_obj *)((ta ^ tb) | 1);
    case FT_BINOP_FLOOR_DIVIDE: {
        if (y == 0)
            return NULL;
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            q--;
        return ft_smallint_fits(q) ? ft_smallint(q) : NULL;
    }
    case FT_BINOP_REMAINDER: {
        if (y == 0)
            return NULL;
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0)))
            m += y;
        return ft_smallint(m);
    }
    case FT_BINOP_LSHIFT: {
        if (y < 0 || y >= 62)
            return (x == 0 && y >= 0) ? ft_smallint(0) : NULL;
        int64_t v = (int64_t)((uint64_t)x << y);
        if ((v >> y) != x || !ft_smallint_fits(v))
            return NULL;
        return ft_smallint(v);
    }
    case FT_BINOP_RSHIFT:
        if (y < 0)
            return NULL;
        return ft_smallint(x >> (y > 63 ? 63 : y));
    case FT_BINOP_TRUE_DIVIDE: {
        const int64_t lim = (int64_t)1 << 53;
        if (y == 0 || x > lim || x < -lim || y > lim || y < -lim)
            return NULL;
        return ft_float_new((double)x / (double)y);
    }
    default:
        return NULL;
    }
}

static inline ft_obj *float_binop(double x, double y, int op) {
    if (op >= FT_BINOP_INPLACE_ADD)
        op -= FT_BINOP_INPLACE_ADD;
    switch (op) {
    case FT_BINOP_ADD: return ft_float_new(x + y);
    case FT_BINOP_SUBTRACT: return ft_float_new(x - y);
    case FT_BINOP_MULTIPLY: return ft_float_new(x * y);
    case FT_BINOP_TRUE_DIVIDE:
        if (y == 0.0)
            return NULL;
        return ft_float_new(x / y);
    default: return NULL;
    }
}

static inline bool small_to_double(ft_obj *o, double *out) {
    int64_t v = ft_smallint_value(o);
    const int64_t lim = (int64_t)1 << 53;
    if (v > lim || v < -lim)
        return false;
    *out = (double)v;
    return true;
}

static ft_obj *binary_op(ft_obj *a, ft_obj *b, int op) {
    if (ft_is_smallint(a) && ft_is_smallint(b)) {
        ft_obj *r = smallint_binop(a, b, op);
        if (r)
            return r;
    } else if (ft_float_check_exact(a)) {
        double y;
        if (ft_float_check_exact(b)) {
            ft_obj *r = float_binop(((ft_float *)a)->value, ((ft_float *)b)->value, op);
            if (r)
                return r;
        } else if (ft_is_smallint(b) && small_to_double(b, &y)) {
            ft_obj *r = float_binop(((ft_float *)a)->value, y, op);
            if (r)
                return r;
        }
    } else if (ft_is_smallint(a) && ft_float_check_exact(b)) {
        double x;
        if (small_to_double(a, &x)) {
            ft_obj *r = float_binop(x, ((ft_float *)b)->value, op);
            if (r)
                return r;
        }
    } else if ((op == FT_BINOP_ADD || op == FT_BINOP_INPLACE_ADD) && ft_str_check_exact(a) &&
               ft_str_check_exact(b)) {
        return ft_str_concat(a, b);
    }
    return ft_binary_op(a, b, op);
}

static inline bool cmp_result(int c, int op) {
    switch (op) {
    case FT_LT: return c < 0;
    case FT_LE: return c <= 0;
    case FT_EQ: return c == 0;
    case FT_NE: return c != 0;
    case FT_GT: return c > 0;
    default: return c >= 0;
    }
}

static ft_obj *compare_op(ft_obj *a, ft_obj *b, int op) {
    if (ft_is_smallint(a) && ft_is_smallint(b)) {
        intptr_t x = (intptr_t)a, y = (intptr_t)b;
        return ft_bool(cmp_result((x > y) - (x < y), op));
    }
    if (ft_float_check_exact(a) && ft_float_check_exact(b)) {
        double x = ((ft_float *)a)->value, y = ((ft_float *)b)->value;
        bool r;
        switch (op) {
        case FT_LT: r = x < y; break;
        case FT_LE: r = x <= y; break;
        case FT_EQ: r = x == y; break;
        case FT_NE: r = x != y; break;
        case FT_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return ft_bool(r);
    }
    if ((op == FT_EQ || op == FT_NE) && ft_str_check_exact(a) && ft_str_check_exact(b)) {
        bool eq = a == b || ft_str_eq(a, b);
        return ft_bool(op == FT_EQ ? eq : !eq);
    }
    return ft_richcompare(a, b, op);
}

static ft_obj *list_item_fast(ft_obj *list, int64_t i) {
    ft_list *l = (ft_list *)list;
    ft_obj **items = atomic_load_explicit(&l->items, memory_order_acquire);
    ft_ssize size = atomic_load_explicit(&l->size, memory_order_acquire);
    if (i < 0)
        i += size;
    if (!items || i < 0 || i >= size || i >= ((ft_ssize *)items)[-1])
        return NULL;
    return items[i];
}

static ft_obj *subscr(ft_obj *c, ft_obj *k) {
    if (ft_is_smallint(k)) {
        int64_t i = ft_smallint_value(k);
        if (ft_list_check_exact(c)) {
            ft_obj *v = list_item_fast(c, i);
            if (v)
                return v;
        } else if (ft_tuple_check_exact(c)) {
            ft_ssize n = ft_tuple_size(c);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n)
                return ft_tuple_get(c, i);
        } else if (ft_str_check_exact(c)) {
            ft_ssize n = ft_str_len(c);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n)
                return ft_str_from_codepoint(ft_str_char_at(c, i));
        }
    } else if (ft_dict_check_exact(c)) {
        ft_obj *v = ft_dict_get(c, k);
        if (v || ft_err_occurred())
            return v;
    }
    return ft_getitem(c, k);
}

/* ---- calls -------------------------------------------------------------------------- */

#define GEN_FLAGS (FT_CO_GENERATOR | FT_CO_COROUTINE | FT_CO_ASYNC_GENERATOR)

static ft_frame *push_py_frame(ft_thread *ts, ft_function *func, ft_obj *const *args, size_t nargs,
                               ft_obj *kwnames) {
    ft_code *co = FT_CODE(atomic_load_explicit((ft_obj *_Atomic *)&func->code, memory_order_acquire));
    if (ft_vm_enter_py(ts) < 0)
        return NULL;
    ft_frame *nf = ft_dstack_push(ts, co);
    if (!nf) {
        ts->py_depth--;
        return NULL;
    }
    if (ft_frame_init_for_function(nf, func, args, nargs, kwnames) < 0) {
        ft_dstack_pop(ts, nf);
        ts->py_depth--;
        return NULL;
    }
    return nf;
}

ft_obj *ft_function_vectorcall(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_thread *ts = ft_ts();
    ft_function *func = (ft_function *)callable;
    ft_code *co = FT_CODE(atomic_load_explicit((ft_obj *_Atomic *)&func->code, memory_order_acquire));
    if (kwnames && ft_tuple_size(kwnames) == 0)
        kwnames = NULL;
    if (co->flags & GEN_FLAGS) {
        ft_frame *f = ft_frame_alloc_heap(co);
        if (!f)
            return NULL;
        if (ft_frame_init_for_function(f, func, args, nargs, kwnames) < 0)
            return NULL;
        return ft_gen_new_from_frame(func, f);
    }
    if (ft_check_c_stack("while calling a Python object") < 0)
        return NULL;
    ft_frame *f = push_py_frame(ts, func, args, nargs, kwnames);
    if (!f)
        return NULL;
    return ft_eval_frame(ts, f, 0);
}

/* CALL_FUNCTION_EX: flatten (tuple, dict) into a vector + kwnames. */
static int ex_to_vector(ft_obj *callable, ft_obj *args, ft_obj *kwargs, ft_obj ***vec, size_t *nargs,
                        ft_obj **kwnames) {
    ft_ssize n = ft_tuple_size(args);
    ft_ssize nk = kwargs ? ft_dict_size(kwargs) : 0;
    ft_obj **buf = ft_gc_alloc((size_t)(n + nk + 1) * sizeof(ft_obj *), FT_GC_SCAN);
    if (!buf)
        return -1;
    memcpy(buf, ft_tuple_items(args), (size_t)n * sizeof(ft_obj *));
    *kwnames = NULL;
    if (nk) {
        ft_obj *names = ft_tuple_new(nk);
        if (!names)
            return -1;
        ft_ssize pos = 0, k = 0;
        ft_obj *key, *value;
        while (k < nk && ft_dict_next(kwargs, &pos, &key, &value)) {
            if (!ft_str_check(key)) {
                ft_obj *fs = ft_vm_funcstr(callable);
                if (fs)
                    ft_err_set_str(ft_exc_TypeError, "keywords must be strings");
                return -1;
            }
            ft_tuple_items(names)[k] = key;
            buf[n + k] = value;
            k++;
        }
        if (k < nk) {
            names = ft_tuple_from_array(ft_tuple_items(names), k);
            if (!names)
                return -1;
        }
        *kwnames = k ? names : NULL;
    }
    *vec = buf;
    *nargs = (size_t)n;
    return 0;
}

/* ---- the loop ----------------------------------------------------------------------- */

#ifdef FT_VM_TRACE
#include <stdio.h>
#define TRACE_INSTR() fprintf(stderr, "  [%s] %3d %-20s arg=%u depth=%d\n", ft_str_utf8(co->name), \
        (int)(next_instr - first_instr), ft_opcode_names[FT_OP(*next_instr)], FT_ARG(*next_instr), (int)(sp - stack_base))
#elif defined(FT_DEBUG)
/* debug builds: catch a compiler that under-estimates co_stacksize before
 * the value stack overruns its frame */
#include <stdio.h>
#include <stdlib.h>
#define TRACE_INSTR() do { \
        if (FT_UNLIKELY(sp > stack_base + co->stacksize || sp < stack_base)) { \
            fprintf(stderr, "ftpy: value stack out of bounds in %s at %d (depth %d, stacksize %d)\n", \
                    ft_str_utf8(co->qualname), (int)(next_instr - first_instr), (int)(sp - stack_base), \
                    (int)co->stacksize); \
            abort(); \
        } } while (0)
#else
#define TRACE_INSTR() ((void)0)
#endif

#if FT_USE_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH() do { \
        TRACE_INSTR(); \
        f->lasti = (int32_t)(next_instr - first_instr); \
        instr = *next_instr++; oparg = FT_ARG(instr); \
        goto *dispatch_table[FT_OP(instr)]; } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

/* A safepoint may run finalizers or signal handlers that raise:
 * a pending exception then propagates from the current instruction. */
#define EVAL_SAFEPOINT() do { \
        uint32_t breaker_ = atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed); \
        if (FT_UNLIKELY(breaker_)) { \
            ft_safepoint_slow(ts); \
            if (breaker_ & FT_BREAK_SIGNALS) ft_signals_run_pending(ts); \
            if (FT_UNLIKELY(ts->cur_exc != NULL)) goto error; \
        } } while (0)
#define PUSH(v) do { ft_obj *push_v_ = (v); *sp++ = push_v_; } while (0)
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(ft_ssize)(n)])
#define JUMPTO(x) (next_instr = first_instr + (x))

#define LOAD_FRAME_STATE() do { \
        co = f->code; first_instr = co->instrs; \
        next_instr = first_instr + f->next_instr; \
        localsplus = f->localsplus; \
        stack_base = ft_frame_stack_base(f); \
        sp = stack_base + f->stacktop; \
        consts = ft_tuple_items(co->consts); names = ft_tuple_items(co->names); \
    } while (0)
#define SAVE_FRAME_STATE() do { \
        f->next_instr = (int32_t)(next_instr - first_instr); \
        f->stacktop = (int32_t)(sp - stack_base); \
    } while (0)

ft_obj *ft_eval_frame(ft_thread *ts, ft_frame *f, int throwflag) {
#if FT_USE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#pragma GCC diagnostic ignored "-Wpedantic"
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&L_unknown_opcode,
#define FT_OP_LABEL(name, doc) [OP_##name] = &&L_##name,
        FT_OPCODE_LIST(FT_OP_LABEL)
#undef FT_OP_LABEL
    };
#pragma GCC diagnostic pop
#endif
    ft_code *co;
    const uint32_t *first_instr, *next_instr;
    ft_obj **localsplus, **stack_base, **sp;
    ft_obj **consts, **names;
    uint32_t instr, oparg;
    bool skip_tb = false;
    ft_obj *retval = NULL;

    f->back = ts->frame;
    f->is_entry = 1;
    f->yielded = 0;
    ts->frame = f;
    LOAD_FRAME_STATE();
    if (throwflag) {
        skip_tb = false;
        goto error;
    }
    EVAL_SAFEPOINT();
#if FT_USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    TRACE_INSTR();
    f->lasti = (int32_t)(next_instr - first_instr);
    instr = *next_instr++;
    oparg = FT_ARG(instr);
    switch (FT_OP(instr)) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) { (void)POP(); DISPATCH(); }
    TARGET(PUSH_NULL) { PUSH(NULL); DISPATCH(); }
    TARGET(COPY) { ft_obj *v = PEEK(oparg); PUSH(v); DISPATCH(); }
    TARGET(SWAP) {
        ft_obj *t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST) { PUSH(consts[oparg]); DISPATCH(); }
    TARGET(LOAD_FAST_CHECKED)
    TARGET(LOAD_FAST) {
        ft_obj *v = localsplus[oparg];
        if (FT_UNLIKELY(!v)) {
            unbound_local(co, (int)oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) { localsplus[oparg] = POP(); DISPATCH(); }
    TARGET(DELETE_FAST) {
        if (!localsplus[oparg]) {
            unbound_local(co, (int)oparg);
            goto error;
        }
        localsplus[oparg] = NULL;
        DISPATCH();
    }
    TARGET(DELETE_FAST_CHECKLESS) { localsplus[oparg] = NULL; DISPATCH(); }
    /* Inlined comprehensions (PEP 709) park the outer binding of each name
     * they bind on the value stack and put it back afterwards (also when an
     * exception escapes), so the iteration variables stay isolated. */
    TARGET(LOAD_FAST_AND_CLEAR) {
        ft_obj *v = localsplus[oparg];
        localsplus[oparg] = NULL;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST_MAYBE_NULL) { localsplus[oparg] = POP(); DISPATCH(); }
    TARGET(LOAD_CELL_AND_RENEW) {
        ft_obj *fresh = ft_cell_new(NULL);
        if (!fresh)
            goto error;
        PUSH(localsplus[co->nlocals + oparg]);
        localsplus[co->nlocals + oparg] = fresh;
        DISPATCH();
    }
    TARGET(STORE_CELL) { localsplus[co->nlocals + oparg] = POP(); DISPATCH(); }
    TARGET(LOAD_DEREF) {
        ft_cell *c = (ft_cell *)localsplus[co->nlocals + oparg];
        ft_obj *v = atomic_load_explicit(&c->ref, memory_order_acquire);
        if (!v) {
            unbound_deref(co, (int)oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        ft_cell *c = (ft_cell *)localsplus[co->nlocals + oparg];
        atomic_store_explicit(&c->ref, POP(), memory_order_release);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        ft_cell *c = (ft_cell *)localsplus[co->nlocals + oparg];
        if (!atomic_exchange_explicit(&c->ref, NULL, memory_order_acq_rel)) {
            unbound_deref(co, (int)oparg);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { PUSH(localsplus[co->nlocals + oparg]); DISPATCH(); }
    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        ft_obj *name = cell_name(co, (int)oparg);
        ft_obj *v = NULL;
        if (f->locals) {
            v = mapping_get(f->locals, name);
            if (!v && ft_err_occurred())
                goto error;
        }
        if (!v) {
            ft_cell *c = (ft_cell *)localsplus[co->nlocals + oparg];
            v = atomic_load_explicit(&c->ref, memory_order_acquire);
            if (!v) {
                unbound_deref(co, (int)oparg);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        ft_obj *name = names[oparg];
        ft_obj *v = NULL;
        if (f->locals) {
            v = mapping_get(f->locals, name);
            if (!v && ft_err_occurred())
                goto error;
        } else {
            ft_err_format(ft_exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        if (!v) {
            v = load_global(f, name);
            if (!v)
                goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        ft_obj *v = POP();
        if (!f->locals) {
            ft_err_format(ft_exc_SystemError, "no locals found when storing %R", names[oparg]);
            goto error;
        }
        int r = ft_dict_check_exact(f->locals) ? ft_dict_set(f->locals, names[oparg], v)
                                               : ft_setitem(f->locals, names[oparg], v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        ft_obj *name = names[oparg];
        if (!f->locals) {
            ft_err_format(ft_exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (ft_delitem(f->locals, name) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
                ft_err_clear();
                name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        ft_obj *v = gcache_hit(f, co, oparg);
        if (!v) {
            v = load_global_cached(f, co, oparg, names[oparg]);
            if (!v)
                goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        ft_obj *v = POP();
        if (ft_dict_set(f->globals, names[oparg], v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        ft_obj *name = names[oparg];
        if (ft_dict_del(f->globals, name) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) {
                ft_err_clear();
                name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        ft_obj *v = ft_getattr(TOP(), names[oparg]);
        if (!v)
            goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        ft_obj *obj = TOP();
        bool is_method = false;
        ft_obj *m = ft_getmethod(obj, names[oparg], &is_method);
        if (!m)
            goto error;
        if (is_method) {
            TOP() = m;
            PUSH(obj);
        } else {
            TOP() = m;
            PUSH(NULL);
        }
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        ft_obj *obj = POP();
        ft_obj *v = POP();
        if (ft_setattr(obj, names[oparg], v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        ft_obj *obj = POP();
        if (ft_setattr(obj, names[oparg], NULL) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        ft_obj *b = POP();
        ft_obj *a = TOP();
        ft_obj *r = binary_op(a, b, (int)oparg);
        if (!r) {
            sp--;
            goto error;
        }
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        ft_obj *a = TOP();
        ft_obj *r;
        if (ft_is_smallint(a) && ft_smallint_value(a) != FT_SMALLINT_MIN)
            r = ft_smallint(-ft_smallint_value(a));
        else if (ft_float_check_exact(a))
            r = ft_float_new(-((ft_float *)a)->value);
        else
            r = ft_negative(a);
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        ft_obj *r = ft_positive(TOP());
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        ft_obj *a = TOP();
        ft_obj *r = ft_is_smallint(a) ? ft_smallint(~ft_smallint_value(a)) : ft_invert(a);
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        int t = truthy(TOP());
        if (t < 0)
            goto error_pop1;
        TOP() = ft_bool(!t);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        ft_obj *b = POP();
        ft_obj *a = TOP();
        ft_obj *r = compare_op(a, b, (int)oparg);
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        ft_obj *b = POP();
        ft_obj *a = TOP();
        TOP() = ft_bool((a == b) ^ (oparg != 0));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        ft_obj *b = POP();
        ft_obj *a = TOP();
        int r = ft_contains(b, a);
        if (r < 0)
            goto error_pop1;
        TOP() = ft_bool(r ^ (oparg != 0));
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        ft_obj *k = POP();
        ft_obj *c = TOP();
        ft_obj *r = subscr(c, k);
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        ft_obj *k = POP();
        ft_obj *c = POP();
        ft_obj *v = POP();
        int r;
        if (ft_dict_check_exact(c))
            r = ft_dict_set(c, k, v);
        else
            r = ft_setitem(c, k, v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        ft_obj *k = POP();
        ft_obj *c = POP();
        if (ft_delitem(c, k) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        ft_obj *step = oparg == 3 ? POP() : NULL;
        ft_obj *stop = POP();
        ft_obj *start = TOP();
        ft_obj *s = ft_slice_new(start, stop, step);
        if (!s)
            goto error_pop1;
        TOP() = s;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        ft_obj *t = ft_tuple_from_array(sp - oparg, oparg);
        if (!t)
            goto error;
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        ft_obj *l = ft_list_from_array(sp - oparg, oparg);
        if (!l)
            goto error;
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        ft_obj *s = ft_set_new(NULL);
        if (!s)
            goto error;
        for (uint32_t i = 0; i < oparg; i++)
            if (ft_set_add(s, sp[-(ft_ssize)oparg + i]) < 0)
                goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        ft_obj *d = build_map(sp - 2 * oparg, (int)oparg);
        if (!d)
            goto error;
        sp -= 2 * oparg;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        ft_obj *s = build_string(sp - oparg, (int)oparg);
        if (!s)
            goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        ft_obj *v = POP();
        if (ft_list_append(PEEK(oparg), v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        ft_obj *v = POP();
        if (ft_set_add(PEEK(oparg), v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        ft_obj *v = POP();
        ft_obj *k = POP();
        if (ft_dict_set(PEEK(oparg), k, v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        ft_obj *it = POP();
        if (ft_list_extend(PEEK(oparg), it) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_TypeError) && not_iterable_type(it)) {
                ft_err_clear();
                ft_err_format(ft_exc_TypeError, "Value after * must be an iterable, not %s",
                              ft_type_name(FT_TYPE(it)));
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        ft_obj *it = POP();
        if (ft_set_update(PEEK(oparg), it) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        ft_obj *m = POP();
        if (dict_update_op(PEEK(oparg), m) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        ft_obj *m = POP();
        if (dict_merge_op(PEEK(oparg), m, PEEK(oparg + 3)) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        ft_obj *t = ft_list_as_tuple(TOP());
        if (!t)
            goto error_pop1;
        TOP() = t;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        ft_obj *seq = POP();
        if (unpack_sequence(seq, (int)oparg, sp) < 0)
            goto error;
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        ft_obj *seq = POP();
        int before = (int)(oparg & 0xFF), after = (int)(oparg >> 8);
        if (unpack_ex(seq, before, after, sp) < 0)
            goto error;
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        ft_obj *spec = (oparg & 4) ? POP() : NULL;
        ft_obj *v = TOP();
        ft_obj *r = format_value(v, (int)(oparg & 3), spec);
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(JUMP) {
        if ((ft_ssize)oparg <= (next_instr - first_instr) - 1)
            EVAL_SAFEPOINT();
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        ft_obj *c = POP();
        int t = truthy(c);
        if (t < 0)
            goto error;
        if (!t)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        ft_obj *c = POP();
        int t = truthy(c);
        if (t < 0)
            goto error;
        if (t)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (POP() == ft_None)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (POP() != ft_None)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = truthy(TOP());
        if (t < 0)
            goto error;
        if (!t)
            JUMPTO(oparg);
        else
            sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = truthy(TOP());
        if (t < 0)
            goto error;
        if (t)
            JUMPTO(oparg);
        else
            sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        ft_obj *it = ft_iter(TOP());
        if (!it)
            goto error_pop1;
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        ft_obj *it = TOP();
        ft_obj *v;
        if (FT_TYPE(it) == &ft_generator_type) {
            int r = ft_gen_send_ex(it, ft_None, 0, &v);
            if (r == FT_GEN_ERROR)
                goto error;
            if (r == FT_GEN_RETURN)
                v = NULL;
        } else {
            v = ft_iter_next(it);
            if (!v && ft_err_occurred())
                goto error;
        }
        if (!v) {
            sp--;
            JUMPTO(oparg);
            DISPATCH();
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(RETURN_CONST) {
        retval = consts[oparg];
        goto do_return;
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto do_return;
    }
    TARGET(CALL) {
        ft_obj **args = sp - oparg;
        size_t total = oparg;
        ft_obj *callable = args[-2];
        if (!args[-1] && FT_TYPE(callable) == &ft_method_type) {
            args[-1] = ((ft_method *)callable)->self;
            callable = args[-2] = ((ft_method *)callable)->func;
        }
        if (args[-1]) {
            args--;
            total++;
        }
        if (FT_TYPE(callable) == &ft_function_type &&
            !(FT_CODE(((ft_function *)callable)->code)->flags & GEN_FLAGS)) {
            ft_frame *nf = push_py_frame(ts, (ft_function *)callable, args, total, NULL);
            sp -= oparg + 2;
            if (!nf)
                goto error;
            SAVE_FRAME_STATE();
            nf->back = f;
            ts->frame = nf;
            f = nf;
            LOAD_FRAME_STATE();
            EVAL_SAFEPOINT();
            DISPATCH();
        }
        ft_obj *r = ft_call(callable, args, total, NULL);
        sp -= oparg + 2;
        if (!r)
            goto error;
        PUSH(r);
        EVAL_SAFEPOINT();
        DISPATCH();
    }
    TARGET(CALL_KW) {
        ft_obj *kwnames = POP();
        ft_obj **args = sp - oparg;
        size_t total = oparg - (size_t)ft_tuple_size(kwnames);
        ft_obj *callable = args[-2];
        if (!args[-1] && FT_TYPE(callable) == &ft_method_type) {
            args[-1] = ((ft_method *)callable)->self;
            callable = args[-2] = ((ft_method *)callable)->func;
        }
        if (args[-1]) {
            args--;
            total++;
        }
        if (FT_TYPE(callable) == &ft_function_type &&
            !(FT_CODE(((ft_function *)callable)->code)->flags & GEN_FLAGS)) {
            ft_frame *nf = push_py_frame(ts, (ft_function *)callable, args, total,
                                         ft_tuple_size(kwnames) ? kwnames : NULL);
            sp -= oparg + 2;
            if (!nf)
                goto error;
            SAVE_FRAME_STATE();
            nf->back = f;
            ts->frame = nf;
            f = nf;
            LOAD_FRAME_STATE();
            EVAL_SAFEPOINT();
            DISPATCH();
        }
        ft_obj *r = ft_call(callable, args, total, kwnames);
        sp -= oparg + 2;
        if (!r)
            goto error;
        PUSH(r);
        EVAL_SAFEPOINT();
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        ft_obj *kwargs = (oparg & 1) ? POP() : NULL;
        ft_obj *args = POP();
        ft_obj *self_or_null = POP();
        ft_obj *callable = POP();
        if (!ft_tuple_check_exact(args)) {
            if (not_iterable_type(args)) {
                ft_obj *fs = ft_vm_funcstr(callable);
                if (fs)
                    ft_err_format(ft_exc_TypeError, "%U argument after * must be an iterable, not %s", fs,
                                  ft_type_name(FT_TYPE(args)));
                goto error;
            }
            args = ft_sequence_tuple(args);
            if (!args)
                goto error;
        }
        if (kwargs && !ft_dict_check_exact(kwargs)) {
            ft_obj *d = ft_dict_new();
            if (!d || dict_merge_op(d, kwargs, callable) < 0)
                goto error;
            kwargs = d;
        }
        if (self_or_null) {
            ft_obj *t = ft_tuple_new(ft_tuple_size(args) + 1);
            if (!t)
                goto error;
            ft_tuple_items(t)[0] = self_or_null;
            memcpy(ft_tuple_items(t) + 1, ft_tuple_items(args), ft_tuple_size(args) * sizeof(ft_obj *));
            args = t;
        }
        ft_obj **vec;
        size_t nargs;
        ft_obj *kwnames;
        if (FT_TYPE(callable) == &ft_method_type) {
            ft_obj *t = ft_tuple_new(ft_tuple_size(args) + 1);
            if (!t)
                goto error;
            ft_tuple_items(t)[0] = ((ft_method *)callable)->self;
            memcpy(ft_tuple_items(t) + 1, ft_tuple_items(args), ft_tuple_size(args) * sizeof(ft_obj *));
            args = t;
            callable = ((ft_method *)callable)->func;
        }
        if (ex_to_vector(callable, args, kwargs, &vec, &nargs, &kwnames) < 0)
            goto error;
        if (FT_TYPE(callable) == &ft_function_type &&
            !(FT_CODE(((ft_function *)callable)->code)->flags & GEN_FLAGS)) {
            ft_frame *nf = push_py_frame(ts, (ft_function *)callable, vec, nargs, kwnames);
            if (!nf)
                goto error;
            SAVE_FRAME_STATE();
            nf->back = f;
            ts->frame = nf;
            f = nf;
            LOAD_FRAME_STATE();
            EVAL_SAFEPOINT();
            DISPATCH();
        }
        ft_obj *r = ft_call(callable, vec, nargs, kwnames);
        if (!r)
            goto error;
        PUSH(r);
        EVAL_SAFEPOINT();
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_1) {
        ft_obj *r = call_intrinsic1(f, (int)oparg, TOP());
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        ft_obj *code = POP();
        ft_function *fn = (ft_function *)ft_function_new(code, f->globals, NULL);
        if (!fn) {
            sp -= __builtin_popcount(oparg & 15);
            goto error;
        }
        if (oparg & 8)
            fn->closure = POP();
        if (oparg & 4)
            fn->annotations = POP();
        if (oparg & 2)
            fn->kwdefaults = POP();
        if (oparg & 1) {
            ft_obj *d = POP();
            fn->defaults = (d && ft_tuple_check(d) && ft_tuple_size(d)) ? d : NULL;
        }
        PUSH((ft_obj *)fn);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        ft_obj *bc = mapping_get(f->builtins, ft_id(__build_class__));
        if (!bc) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            ft_err_set_str(ft_exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        ft_obj *a = mapping_get(f->locals, ft_id(__annotations__));
        if (!a) {
            if (ft_err_occurred())
                goto error;
            ft_obj *d = ft_dict_new();
            if (!d || ft_setitem(f->locals, ft_id(__annotations__), d) < 0)
                goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        if (!f->locals) {
            ft_err_set_str(ft_exc_SystemError, "no locals found");
            goto error;
        }
        PUSH(f->locals);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        ft_obj *fromlist = POP();
        ft_obj *level = TOP();
        SAVE_FRAME_STATE();
        ft_obj *m = import_name(f, names[oparg], fromlist, level);
        if (!m)
            goto error_pop1;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        ft_obj *v = import_from(TOP(), names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            ft_obj *e = ts->exc_info;
            if (!e || e == ft_None) {
                ft_err_set_str(ft_exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            ft_err_set_exc(e);
            skip_tb = true;
            goto error;
        }
        ft_obj *cause = oparg == 2 ? POP() : NULL;
        ft_obj *exc = POP();
        do_raise(ts, exc, cause);
        goto error;
    }
    TARGET(RERAISE) {
        ft_obj *e = POP();
        ft_err_set_exc(e);
        skip_tb = true;
        goto error;
    }
    TARGET(PUSH_EXC_INFO) {
        ft_obj *exc = TOP();
        ft_obj *prev = ts->exc_info;
        if (f->owner == FT_FRAME_OWNED_BY_GEN && prev == f->gen_outer_exc)
            prev = NULL;   /* inherited from the caller: not ours to restore */
        TOP() = prev ? prev : ft_None;
        PUSH(exc);
        ts->exc_info = exc;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        ft_obj *prev = POP();
        if (prev == ft_None)
            prev = f->owner == FT_FRAME_OWNED_BY_GEN ? f->gen_outer_exc : NULL;
        ts->exc_info = prev;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        ft_obj *type = POP();
        if (check_except_type(type) < 0)
            goto error;
        PUSH(ft_bool(ft_exc_matches(TOP(), type)));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        ft_err_set_str(ft_exc_NotImplementedError, "except* is not supported yet");
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH((ft_obj *)ft_exc_AssertionError);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        ft_obj *mgr = TOP();
        ft_obj *enter = ft_lookup_special(mgr, ft_id(__enter__));
        if (!enter) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_TypeError, "'%s' object does not support the context manager protocol",
                              ft_type_name(FT_TYPE(mgr)));
            goto error_pop1;
        }
        ft_obj *exit = ft_lookup_special(mgr, ft_id(__exit__));
        if (!exit) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_TypeError,
                              "'%s' object does not support the context manager protocol (missed __exit__ method)",
                              ft_type_name(FT_TYPE(mgr)));
            goto error_pop1;
        }
        TOP() = exit;
        ft_obj *r = ft_call0(enter);
        if (!r)
            goto error_pop1;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        ft_obj *mgr = TOP();
        ft_obj *enter = ft_lookup_special(mgr, ft_id(__aenter__));
        if (!enter) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_TypeError,
                              "'%s' object does not support the asynchronous context manager protocol",
                              ft_type_name(FT_TYPE(mgr)));
            goto error_pop1;
        }
        ft_obj *exit = ft_lookup_special(mgr, ft_id(__aexit__));
        if (!exit) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_TypeError,
                              "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                              ft_type_name(FT_TYPE(mgr)));
            goto error_pop1;
        }
        TOP() = exit;
        ft_obj *r = ft_call0(enter);
        if (!r)
            goto error_pop1;
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        ft_obj *exc = TOP();
        ft_obj *exitf = PEEK(3);
        ft_obj *tb = ft_exc_get_traceback(exc);
        ft_obj *r = ft_call3(exitf, (ft_obj *)FT_TYPE(exc), exc, tb ? tb : ft_None);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        ft_obj *it = ft_coro_get_awaitable_iter(TOP(), (int)oparg);
        if (!it)
            goto error_pop1;
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        ft_obj *o = TOP();
        ft_obj *m = ft_lookup_special(o, ft_id(__aiter__));
        if (!m) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                              ft_type_name(FT_TYPE(o)));
            goto error_pop1;
        }
        ft_obj *it = ft_call0(m);
        if (!it)
            goto error_pop1;
        ft_obj *an = ft_type_lookup(FT_TYPE(it), ft_id(__anext__));
        if (!an) {
            ft_err_format(ft_exc_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                          ft_type_name(FT_TYPE(it)));
            goto error_pop1;
        }
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        ft_obj *aiter = TOP();
        ft_obj *aw;
        if (FT_TYPE(aiter) == &ft_async_generator_type) {
            aw = ft_async_gen_anext(aiter);
            if (!aw)
                goto error;
        } else {
            ft_obj *m = ft_lookup_special(aiter, ft_id(__anext__));
            if (!m) {
                if (!ft_err_occurred())
                    ft_err_format(ft_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                                  ft_type_name(FT_TYPE(aiter)));
                goto error;
            }
            ft_obj *nx = ft_call0(m);
            if (!nx)
                goto error;
            aw = ft_coro_get_awaitable_iter(nx, 0);
            if (!aw) {
                if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
                    ft_obj *cause = ft_err_fetch();
                    ft_err_format(ft_exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                                  ft_type_name(FT_TYPE(nx)));
                    ft_obj *e = ft_err_peek();
                    if (e)
                        ft_exc_set_cause(e, cause);
                }
                goto error;
            }
        }
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        ft_obj *exc = POP();
        if (ft_exc_matches(exc, (ft_obj *)ft_exc_StopAsyncIteration)) {
            (void)POP();
            DISPATCH();
        }
        ft_err_set_exc(exc);
        skip_tb = true;
        goto error;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        ft_obj *o = TOP();
        ft_type *tp = FT_TYPE(o);
        if (tp == &ft_coroutine_type) {
            if (!(co->flags & (FT_CO_COROUTINE | FT_CO_ITERABLE_COROUTINE))) {
                ft_err_set_str(ft_exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error_pop1;
            }
        } else if (tp != &ft_generator_type) {
            ft_obj *it = ft_iter(o);
            if (!it)
                goto error_pop1;
            TOP() = it;
        }
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        f->yielded = 1;
        SAVE_FRAME_STATE();
        goto do_suspend;
    }
    TARGET(YIELD_FROM) {
        ft_obj *v = POP();
        ft_obj *it = TOP();
        ft_obj *res = NULL;
        int r;
        if (ft_gen_is_gen_like(it)) {
            r = ft_gen_send_ex(it, v, 0, &res);
        } else if (v == ft_None && FT_TYPE(it)->iternext) {
            /* heap types: call __next__ itself, so that the value of the
             * StopIteration it raises reaches us */
            if (FT_TYPE(it)->flags & FT_TPF_HEAPTYPE) {
                ft_obj *nx = ft_lookup_special(it, ft_id(__next__));
                res = nx ? ft_call0(nx) : FT_TYPE(it)->iternext(it);
            } else {
                res = FT_TYPE(it)->iternext(it);
            }
            if (res) {
                r = FT_GEN_YIELD;
            } else if (!ft_err_occurred()) {
                r = FT_GEN_RETURN;
                res = ft_None;
            } else if (ft_err_matches((ft_obj *)ft_exc_StopIteration)) {
                ft_obj *e = ft_err_fetch();
                res = ft_stop_iteration_value(e);
                r = res ? FT_GEN_RETURN : FT_GEN_ERROR;
            } else {
                r = FT_GEN_ERROR;
            }
        } else {
            res = ft_call_method1(it, "send", v);
            if (res) {
                r = FT_GEN_YIELD;
            } else if (ft_err_matches((ft_obj *)ft_exc_StopIteration)) {
                ft_obj *e = ft_err_fetch();
                res = ft_stop_iteration_value(e);
                r = res ? FT_GEN_RETURN : FT_GEN_ERROR;
            } else {
                r = FT_GEN_ERROR;
            }
        }
        if (r == FT_GEN_ERROR)
            goto error;
        if (r == FT_GEN_RETURN) {
            TOP() = res;
            DISPATCH();
        }
        /* suspend; YIELD_FROM runs again on resume with the sent value */
        next_instr--;
        retval = res;
        f->yielded = 2;
        SAVE_FRAME_STATE();
        goto do_suspend;
    }
    TARGET(GET_LEN) {
        ft_ssize n = ft_len(TOP());
        if (n < 0)
            goto error;
        ft_obj *v = ft_int_from_i64(n);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        PUSH(ft_bool((FT_TYPE(TOP())->flags & FT_TPF_MAPPING) != 0));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        PUSH(ft_bool((FT_TYPE(TOP())->flags & FT_TPF_SEQUENCE) != 0));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        ft_obj *v = match_keys(SECOND(), TOP());
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        ft_obj *kw = POP();
        ft_obj *cls = POP();
        ft_obj *subject = TOP();
        ft_obj *r = match_class(subject, cls, (int)oparg, kw);
        if (!r)
            goto error_pop1;
        TOP() = r;
        DISPATCH();
    }
    TARGET(COPY_DICT_WITHOUT_KEYS) {
        ft_obj *keys = TOP();
        ft_obj *rest = ft_dict_new();
        if (!rest || ft_dict_update(rest, SECOND()) < 0)
            goto error;
        for (ft_ssize i = 0; i < ft_tuple_size(keys); i++)
            if (ft_dict_del(rest, ft_tuple_get(keys, i)) < 0)
                goto error;
        TOP() = rest;
        DISPATCH();
    }
    TARGET(LOAD_SUPER_ATTR)
    TARGET(RETURN_GENERATOR) {
        ft_err_format(ft_exc_SystemError, "unexpected opcode %s", ft_opcode_names[FT_OP(instr)]);
        goto error;
    }
    L_unknown_opcode: {
        ft_err_format(ft_exc_SystemError, "unknown opcode %u", (unsigned)FT_OP(instr));
        goto error;
    }
#if !FT_USE_COMPUTED_GOTO
    default:
        goto L_unknown_opcode;
    }
#endif

error_pop1:
    /* the failing instruction's operand is still on the stack: the
     * exception table depth takes care of it, nothing to do */
    goto error;

error:
    {
        ft_obj *exc = ft_err_peek();
        if (!exc) {
            ft_err_set_str(ft_exc_SystemError, "error return without exception set");
            exc = ft_err_peek();
        }
        if (!skip_tb) {
            if (is_exc_instance(exc) && !ft_exc_get_traceback(exc))
                ft_vm_chain_context(ts, exc);
            add_traceback(f);
        }
        skip_tb = false;
    }
    {
        const ft_exc_entry *h = find_handler(co, f->lasti);
        if (h) {
            ft_obj *exc = ft_err_fetch();
            sp = stack_base + h->depth;
            PUSH(exc);
            JUMPTO(h->handler);
            DISPATCH();
        }
        /* no handler: leave this frame */
        ts->py_depth--;
        if (f->is_entry) {
            ts->frame = f->back;
            f->finished = 1;
            f->yielded = 0;
            if (f->owner == FT_FRAME_OWNED_BY_THREAD)
                ft_dstack_pop(ts, f);
            return NULL;
        }
        ft_frame *caller = f->back;
        ft_dstack_pop(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME_STATE();
        goto error;
    }

do_return:
    ts->py_depth--;
    if (f->is_entry) {
        ts->frame = f->back;
        f->finished = 1;
        f->yielded = 0;
        if (f->owner == FT_FRAME_OWNED_BY_THREAD)
            ft_dstack_pop(ts, f);
        return retval;
    }
    {
        ft_frame *caller = f->back;
        ft_dstack_pop(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME_STATE();
        PUSH(retval);
        DISPATCH();
    }

do_suspend:
    /* only generator frames suspend, and they are always entry frames */
    ts->py_depth--;
    ts->frame = f->back;
    f->back = NULL;
    return retval;
}

/* ---- entry points --------------------------------------------------------------------- */

static ft_obj *builtins_for(ft_obj *globals) {
    ft_obj *b = ft_dict_get_str(globals, ft_id(__builtins__));
    if (b) {
        if (FT_TYPE(b) == &ft_module_type)
            b = ft_module_get_dict(b);
        if (b && ft_dict_check(b))
            return b;
    }
    if (ft_err_occurred())
        return NULL;
    ft_interp *interp = ft_interp_current();
    if (interp->builtins_module && ft_dict_set(globals, ft_id(__builtins__), interp->builtins_module) < 0)
        return NULL;
    return interp->builtins;
}

ft_obj *ft_eval_code(ft_obj *code, ft_obj *globals, ft_obj *locals) {
    ft_thread *ts = ft_ts();
    if (!code || FT_TYPE(code) != &ft_code_type) {
        ft_err_set_str(ft_exc_SystemError, "ft_eval_code: expected a code object");
        return NULL;
    }
    if (!globals || !ft_dict_check(globals)) {
        ft_err_set_str(ft_exc_TypeError, "globals must be a dict");
        return NULL;
    }
    ft_code *co = FT_CODE(code);
    if (co->nfree) {
        ft_err_set_str(ft_exc_TypeError, "code object passed to exec() may not contain free variables");
        return NULL;
    }
    ft_obj *builtins = builtins_for(globals);
    if (!builtins)
        return NULL;
    if (ft_check_c_stack("while calling a Python object") < 0)
        return NULL;
    if (ft_vm_enter_py(ts) < 0)
        return NULL;
    ft_frame *f = ft_dstack_push(ts, co);
    if (!f) {
        ts->py_depth--;
        return NULL;
    }
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals ? locals : globals;
    if (co->flags & FT_CO_OPTIMIZED)
        f->locals = NULL;
    if (ft_frame_setup_cells(f, NULL) < 0) {
        ft_dstack_pop(ts, f);
        ts->py_depth--;
        return NULL;
    }
    return ft_eval_frame(ts, f, 0);
}

ft_obj *ft_eval_class_body(ft_obj *func, ft_obj *ns) {
    ft_thread *ts = ft_ts();
    if (!func || FT_TYPE(func) != &ft_function_type) {
        ft_err_set_str(ft_exc_SystemError, "ft_eval_class_body: expected a function");
        return NULL;
    }
    ft_function *fn = (ft_function *)func;
    ft_code *co = FT_CODE(fn->code);
    if (ft_check_c_stack("while calling a Python object") < 0)
        return NULL;
    if (ft_vm_enter_py(ts) < 0)
        return NULL;
    ft_frame *f = ft_dstack_push(ts, co);
    if (!f) {
        ts->py_depth--;
        return NULL;
    }
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = ns;
    if (ft_frame_setup_cells(f, fn->closure) < 0) {
        ft_dstack_pop(ts, f);
        ts->py_depth--;
        return NULL;
    }
    return ft_eval_frame(ts, f, 0);
}
