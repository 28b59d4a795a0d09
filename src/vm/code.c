/* code.c -- code objects (see code.h for the layout contract).
 *
 * A code object is immutable after ft_code_new and marked
 * FT_OBF_SHAREABLE: threads (and interpreters) share it without locks.
 * Every array is copied into GC memory here, so the compiler's buffers
 * can be reused.
 */
#include "core/ftcore.h"
#include "vm/frame.h"
#include "vm/opcodes.h"

static void *dup_atomic(const void *src, size_t n) {
    if (!src || !n)
        return NULL;
    void *p = ft_gc_alloc(n, FT_GC_ATOMIC);
    if (p)
        memcpy(p, src, n);
    return p;
}

/* Reject bytecode that would make the VM read out of bounds: bad opcodes,
 * constant/name/local/cell indices, jump targets and exception-table
 * entries. (Stack depth is the compiler's responsibility.) */
static int validate(const ft_code *t) {
    ft_ssize nconsts = ft_tuple_size(t->consts), nnames = ft_tuple_size(t->names);
    int ncellsfree = t->ncells + t->nfree;
    for (ft_ssize i = 0; i < t->ninstrs; i++) {
        uint32_t op = FT_OP(t->instrs[i]), arg = FT_ARG(t->instrs[i]);
        bool ok = op < FT_OPCODE_COUNT;
        switch (op) {
        case OP_LOAD_CONST: case OP_RETURN_CONST:
            ok = arg < (uint32_t)nconsts; break;
        case OP_LOAD_FAST: case OP_LOAD_FAST_CHECKED: case OP_STORE_FAST: case OP_DELETE_FAST:
        case OP_DELETE_FAST_CHECKLESS: case OP_LOAD_FAST_AND_CLEAR: case OP_STORE_FAST_MAYBE_NULL:
            ok = arg < (uint32_t)t->nlocals; break;
        case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
        case OP_LOAD_FROM_DICT_OR_DEREF: case OP_LOAD_CELL_AND_RENEW: case OP_STORE_CELL:
            ok = arg < (uint32_t)ncellsfree; break;
        case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
        case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_LOAD_METHOD:
        case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            ok = arg < (uint32_t)nnames; break;
        case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
        case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        case OP_FOR_ITER:
            ok = arg < (uint64_t)t->ninstrs; break;
        case OP_BINARY_OP:
            ok = arg < FT_BINOP_COUNT; break;
        case OP_COMPARE_OP:
            ok = arg <= FT_GE; break;
        case OP_COPY:
            ok = arg >= 1; break;
        case OP_SWAP:
            ok = arg >= 2; break;
        default:
            break;
        }
        if (!ok) {
            ft_err_format(ft_exc_SystemError, "invalid bytecode: instruction %zd (%s %u)", i,
                          op < FT_OPCODE_COUNT ? ft_opcode_names[op] : "?", (unsigned)arg);
            return -1;
        }
    }
    for (ft_ssize i = 0; i < t->nexc; i++) {
        const ft_exc_entry *e = &t->exctable[i];
        if (e->start > e->end || e->end > (uint64_t)t->ninstrs || e->handler >= (uint64_t)t->ninstrs ||
            e->depth > (uint32_t)t->stacksize) {
            ft_err_format(ft_exc_SystemError, "invalid exception table entry %zd", i);
            return -1;
        }
    }
    if (t->cell2arg) {
        for (int i = 0; i < t->ncells; i++) {
            if (t->cell2arg[i] >= t->nlocals) {
                ft_err_set_str(ft_exc_SystemError, "invalid cell2arg entry");
                return -1;
            }
        }
    }
    if ((t->cellvars && ft_tuple_size(t->cellvars) < t->ncells) ||
        (t->freevars && ft_tuple_size(t->freevars) < t->nfree) ||
        (!t->cellvars && t->ncells) || (!t->freevars && t->nfree)) {
        ft_err_set_str(ft_exc_SystemError, "cellvars/freevars do not match ncells/nfree");
        return -1;
    }
    if (t->argcount + t->kwonlyargcount + !!(t->flags & FT_CO_VARARGS) + !!(t->flags & FT_CO_VARKEYWORDS) >
            t->nlocals || t->posonlyargcount > t->argcount || t->argcount < 0 || t->kwonlyargcount < 0) {
        ft_err_set_str(ft_exc_SystemError, "code argument counts exceed nlocals");
        return -1;
    }
    return 0;
}

ft_obj *ft_code_new(const ft_code *t) {
    if (!t || t->ninstrs < 0 || t->nlocals < 0 || t->ncells < 0 || t->nfree < 0 || t->stacksize < 0) {
        ft_err_bad_internal_call("ft_code_new");
        return NULL;
    }
    if (!t->consts || !ft_tuple_check(t->consts) || !t->names || !ft_tuple_check(t->names) ||
        !t->varnames || !ft_tuple_check(t->varnames) || ft_tuple_size(t->varnames) < t->nlocals) {
        ft_err_set_str(ft_exc_SystemError, "ft_code_new: consts/names/varnames must be tuples");
        return NULL;
    }
    if ((t->ninstrs && !t->instrs) || (t->nexc && !t->exctable) || validate(t) < 0) {
        if (!ft_err_occurred())
            ft_err_bad_internal_call("ft_code_new");
        return NULL;
    }
    ft_code *co = (ft_code *)ft_obj_alloc(&ft_code_type, sizeof(ft_code));
    if (!co)
        return NULL;
    *co = *t;
    co->ob.ob_type = &ft_code_type;
    atomic_store_explicit(&co->ob.ob_flags, FT_OBF_SHAREABLE, memory_order_relaxed);
    atomic_store_explicit(&co->ob.ob_lock, 0, memory_order_relaxed);
    /* one extra instruction past the end: falling off the code raises
     * SystemError instead of reading beyond the block */
    uint32_t *ins = ft_gc_alloc((size_t)(t->ninstrs + 1) * sizeof(uint32_t), FT_GC_ATOMIC);
    if (!ins)
        return NULL;
    if (t->ninstrs)
        memcpy(ins, t->instrs, (size_t)t->ninstrs * sizeof(uint32_t));
    ins[t->ninstrs] = FT_INSTR(OP_RETURN_GENERATOR, 0);
    co->instrs = ins;
    co->positions = dup_atomic(t->positions, (size_t)t->ninstrs * sizeof(ft_position));
    if (t->positions && t->ninstrs && !co->positions)
        return NULL;
    co->exctable = dup_atomic(t->exctable, (size_t)t->nexc * sizeof(ft_exc_entry));
    if (t->nexc && !co->exctable)
        return NULL;
    if (!t->exctable)
        co->nexc = 0;
    co->cell2arg = NULL;
    if (t->cell2arg && t->ncells) {
        bool any = false;
        for (int i = 0; i < t->ncells; i++)
            if (t->cell2arg[i] >= 0)
                any = true;
        if (any) {
            co->cell2arg = dup_atomic(t->cell2arg, (size_t)t->ncells * sizeof(int32_t));
            if (!co->cell2arg)
                return NULL;
        }
    }
    if (!co->cellvars)
        co->cellvars = ft_empty_tuple;
    if (!co->freevars)
        co->freevars = ft_empty_tuple;
    if (!co->name)
        co->name = ft_str_from_cstr("?");
    if (!co->qualname)
        co->qualname = co->name;
    if (!co->filename)
        co->filename = ft_str_from_cstr("<unknown>");
    if (!co->name || !co->filename)
        return NULL;
    return (ft_obj *)co;
}

int ft_code_line_of(ft_code *co, ft_ssize i) {
    if (!co->positions || co->ninstrs == 0)
        return co->firstlineno;
    if (i < 0)
        i = 0;
    if (i >= co->ninstrs)
        i = co->ninstrs - 1;
    int l = co->positions[i].lineno;
    /* instructions without a line (cleanup code) take the previous one */
    while (l < 0 && i > 0)
        l = co->positions[--i].lineno;
    return l < 0 ? co->firstlineno : l;
}

#define CO(o) FT_CODE(o)

static ft_obj *co_int(int64_t v) { return ft_int_from_i64(v); }
static ft_obj *code_get_argcount(ft_obj *s, void *c) { return co_int(CO(s)->argcount); }
static ft_obj *code_get_posonly(ft_obj *s, void *c) { return co_int(CO(s)->posonlyargcount); }
static ft_obj *code_get_kwonly(ft_obj *s, void *c) { return co_int(CO(s)->kwonlyargcount); }
static ft_obj *code_get_nlocals(ft_obj *s, void *c) { return co_int(CO(s)->nlocals); }
static ft_obj *code_get_stacksize(ft_obj *s, void *c) { return co_int(CO(s)->stacksize); }
static ft_obj *code_get_flags(ft_obj *s, void *c) { return co_int(CO(s)->flags); }
static ft_obj *code_get_firstlineno(ft_obj *s, void *c) { return co_int(CO(s)->firstlineno); }
static ft_obj *code_get_consts(ft_obj *s, void *c) { return CO(s)->consts; }
static ft_obj *code_get_names(ft_obj *s, void *c) { return CO(s)->names; }
static ft_obj *code_get_varnames(ft_obj *s, void *c) { return CO(s)->varnames; }
static ft_obj *code_get_cellvars(ft_obj *s, void *c) { return CO(s)->cellvars; }
static ft_obj *code_get_freevars(ft_obj *s, void *c) { return CO(s)->freevars; }
static ft_obj *code_get_name(ft_obj *s, void *c) { return CO(s)->name; }
static ft_obj *code_get_qualname(ft_obj *s, void *c) { return CO(s)->qualname; }
static ft_obj *code_get_filename(ft_obj *s, void *c) { return CO(s)->filename; }
static ft_obj *code_get_code(ft_obj *s, void *c) {
    return ft_bytes_new((const char *)CO(s)->instrs, CO(s)->ninstrs * (ft_ssize)sizeof(uint32_t));
}
static ft_obj *code_get_exctable(ft_obj *s, void *c) {
    return ft_bytes_new((const char *)CO(s)->exctable, CO(s)->nexc * (ft_ssize)sizeof(ft_exc_entry));
}

static ft_obj *code_repr(ft_obj *s) {
    return ft_str_from_format("<code object %U at %p, file %R, line %d>", CO(s)->name, (void *)s,
                              CO(s)->filename, CO(s)->firstlineno);
}

/* co_lines(): (start, end, line) triples in bytes (2 per instruction, as
 * CPython's offsets), merging runs of equal lines. */
static ft_obj *code_co_lines(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_code *co = CO(self);
    ft_obj *list = ft_list_new(0);
    if (!list)
        return NULL;
    ft_ssize start = 0;
    for (ft_ssize i = 1; i <= co->ninstrs; i++) {
        bool boundary = i == co->ninstrs ||
                        (co->positions && co->positions[i].lineno != co->positions[start].lineno);
        if (!boundary)
            continue;
        int l = co->positions ? co->positions[start].lineno : co->firstlineno;
        ft_obj *t = ft_tuple_pack(3, ft_smallint(start * 2), ft_smallint(i * 2),
                                  l < 0 ? ft_None : ft_smallint(l));
        if (!t || ft_list_append(list, t) < 0)
            return NULL;
        start = i;
    }
    return ft_iter(list);
}

static ft_obj *opt_int(int32_t v) { return v < 0 ? ft_None : ft_smallint(v); }

static ft_obj *code_co_positions(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_code *co = CO(self);
    ft_obj *list = ft_list_new(0);
    if (!list)
        return NULL;
    for (ft_ssize i = 0; i < co->ninstrs; i++) {
        ft_obj *t;
        if (co->positions) {
            const ft_position *p = &co->positions[i];
            t = ft_tuple_pack(4, opt_int(p->lineno), opt_int(p->end_lineno), opt_int(p->col),
                              opt_int(p->end_col));
        } else {
            t = ft_tuple_pack(4, ft_None, ft_None, ft_None, ft_None);
        }
        if (!t || ft_list_append(list, t) < 0)
            return NULL;
    }
    return ft_iter(list);
}

static const ft_getset_def code_getsets[] = {
    {"co_argcount", code_get_argcount, NULL, NULL, NULL},
    {"co_posonlyargcount", code_get_posonly, NULL, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonly, NULL, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_name", code_get_name, NULL, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"co_exceptiontable", code_get_exctable, NULL, NULL, NULL},
    {NULL}
};

/* code.replace(**changes): a new code object with some fields changed.
 * Only fields that cannot break the VM's invariants are accepted with
 * validation; array-shaped fields must keep their sizes. */
static ft_obj *code_replace(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (nargs) {
        ft_err_set_str(ft_exc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    ft_code t = *CO(self);
    ft_ssize nkw = kwnames ? ft_tuple_size(kwnames) : 0;
    for (ft_ssize i = 0; i < nkw; i++) {
        ft_obj *k = ft_tuple_get(kwnames, i);
        ft_obj *v = args[i];
        const char *n = ft_str_utf8(k);
        if (!strcmp(n, "co_flags") || !strcmp(n, "co_firstlineno") || !strcmp(n, "co_stacksize")) {
            int64_t x = ft_int_as_i64(v);
            if (x == -1 && ft_err_occurred())
                return NULL;
            if (!strcmp(n, "co_flags")) {
                int64_t kind = FT_CO_GENERATOR | FT_CO_COROUTINE | FT_CO_ASYNC_GENERATOR |
                               FT_CO_VARARGS | FT_CO_VARKEYWORDS | FT_CO_OPTIMIZED | FT_CO_NEWLOCALS;
                if ((x & (FT_CO_VARARGS | FT_CO_VARKEYWORDS)) != (t.flags & (FT_CO_VARARGS | FT_CO_VARKEYWORDS)) ||
                    ((x & kind) & ~(int64_t)(FT_CO_GENERATOR | FT_CO_COROUTINE | FT_CO_ASYNC_GENERATOR)) !=
                        ((t.flags & kind) & ~(int64_t)(FT_CO_GENERATOR | FT_CO_COROUTINE | FT_CO_ASYNC_GENERATOR))) {
                    ft_err_set_str(ft_exc_ValueError, "code.replace(): co_flags change not supported");
                    return NULL;
                }
                t.flags = (int32_t)x;
            } else if (!strcmp(n, "co_firstlineno")) {
                t.firstlineno = (int32_t)x;
            } else {
                if (x < t.stacksize) {
                    ft_err_set_str(ft_exc_ValueError, "code.replace(): co_stacksize cannot shrink");
                    return NULL;
                }
            }
        } else if (!strcmp(n, "co_name") || !strcmp(n, "co_qualname") || !strcmp(n, "co_filename")) {
            if (!ft_str_check(v)) {
                ft_err_format(ft_exc_TypeError, "replace() argument '%s' must be str, not %s", n,
                              ft_type_name(FT_TYPE(v)));
                return NULL;
            }
            if (n[3] == 'n')
                t.name = v;
            else if (n[3] == 'q')
                t.qualname = v;
            else
                t.filename = v;
        } else if (!strcmp(n, "co_consts") || !strcmp(n, "co_names") || !strcmp(n, "co_varnames")) {
            ft_obj *old = n[3] == 'c' ? t.consts : n[3] == 'n' ? t.names : t.varnames;
            if (!ft_tuple_check(v) || ft_tuple_size(v) != ft_tuple_size(old)) {
                ft_err_format(ft_exc_ValueError, "code.replace(): %s must be a tuple of the same length", n);
                return NULL;
            }
            if (n[3] == 'c')
                t.consts = v;
            else if (n[3] == 'n')
                t.names = v;
            else
                t.varnames = v;
        } else {
            ft_err_format(ft_exc_NotImplementedError, "code.replace(): changing %s is not supported", n);
            return NULL;
        }
    }
    return ft_code_new(&t);
}

static const ft_method_def code_methods[] = {
    {"replace", code_replace, FT_METH_KEYWORDS, "Return a copy of the code object with new values for the specified fields."},
    {"co_lines", code_co_lines, FT_METH_NOARGS, NULL},
    {"co_positions", code_co_positions, FT_METH_NOARGS, NULL},
    {NULL}
};

ft_type ft_code_type = {
    FT_TYPE_HEAD_INIT,
    .name = "code",
    .basicsize = sizeof(ft_code),
    .repr = code_repr,
    .getsets = code_getsets,
    .methods = code_methods,
};
