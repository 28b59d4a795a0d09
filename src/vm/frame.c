/* frame.c -- the per-thread data stack, frame objects, and frame
 * introspection for builtins (globals(), locals(), sys._getframe, super()).
 *
 * Data stack: ts->data_stack points at the newest chunk (ft_dchunk). Chunks
 * are GC blocks of kind FT_GC_SCAN, linked through `prev`, so the collector
 * sees every frame by scanning the chunk chain from the thread struct.
 * Frames are pushed and popped strictly LIFO by the owning thread; no other
 * thread reads them (a collector only scans them during a pause).
 * One emptied chunk is kept as `spare` to avoid thrashing at a boundary.
 *
 * Frame objects: see frame.h. A frame object is only ever created and
 * updated by the thread running the frame (or, after the frame returned,
 * it is immutable apart from f_trace).
 */
#include "core/ftcore.h"
#include "vm/frame.h"

typedef struct ft_dchunk {
    struct ft_dchunk *prev;
    struct ft_dchunk *spare;
    size_t size;      /* usable bytes in data */
    size_t top;       /* bytes in use */
    uint64_t pad;
    char data[];
} ft_dchunk;

#define FT_DCHUNK_MIN (256 * 1024)

ft_frame *ft_dstack_push(ft_thread *ts, ft_code *co) {
    size_t need = ft_frame_size_for(co);
    need = (need + 15) & ~(size_t)15;
    ft_dchunk *c = ts->data_stack;
    if (!c || c->top + need > c->size) {
        ft_dchunk *n = NULL;
        if (c && c->spare && c->spare->size >= need) {
            n = c->spare;
            c->spare = NULL;
        } else {
            size_t sz = need * 2 > FT_DCHUNK_MIN ? need * 2 : FT_DCHUNK_MIN;
            n = ft_gc_alloc(sizeof(ft_dchunk) + sz, FT_GC_SCAN);
            if (!n)
                return NULL;
            n->size = sz;
        }
        n->prev = c;
        n->top = 0;
        ts->data_stack = n;
        c = n;
    }
    ft_frame *f = (ft_frame *)(c->data + c->top);
    c->top += need;
    /* the value stack needs no clearing: slots are written before read
     * (stale words there only make the conservative scan keep garbage) */
    memset(f, 0, sizeof(ft_frame) + (size_t)(co->nlocals + co->ncells + co->nfree) * sizeof(ft_obj *));
    f->nbytes = need;
    f->code = co;
    f->lasti = -1;
    f->owner = FT_FRAME_OWNED_BY_THREAD;
    return f;
}

void ft_dstack_pop(ft_thread *ts, ft_frame *f) {
    ft_frame_release(f);
    ft_dchunk *c = ts->data_stack;
    if (c && (char *)f >= c->data && (char *)f < c->data + c->size) {
        c->top = (size_t)((char *)f - c->data);
        /* Drop stale pointers of the popped frame cheaply: only the header,
         * the rest is overwritten (zeroed) by the next push. */
        f->code = NULL;
        if (c->top == 0 && c->prev) {
            ft_dchunk *p = c->prev;
            c->prev = NULL;
            c->spare = NULL;   /* keep at most one spare chunk alive */
            p->spare = c;
            ts->data_stack = p;
        }
        return;
    }
    /* Not in the newest chunk: the newest chunk must be empty. */
    while (c && !((char *)f >= c->data && (char *)f < c->data + c->size)) {
        ft_dchunk *p = c->prev;
        c->prev = NULL;
        c->spare = NULL;
        if (p) p->spare = c;
        c = p;
    }
    if (c) {
        c->top = (size_t)((char *)f - c->data);
        ts->data_stack = c;
    }
}

/* The pause holds every thread, so the owner cannot be pushing meanwhile.
 * Only a window above the top is cleared: frames that returned long ago
 * were overwritten by later calls already, and zeroing whole 256 KiB
 * chunks at every collection would cost more than it saves. The spare
 * chunk is all stale: let the collector have it. */
void ft_vm_scrub_data_stack(ft_thread *ts) {
    ft_dchunk *c = ts->data_stack;
    if (!c)
        return;
    size_t end = c->size - c->top > 64 * 1024 ? c->top + 64 * 1024 : c->size;
    memset(c->data + c->top, 0, end - c->top);
    c->spare = NULL;
}

ft_frame *ft_frame_alloc_heap(ft_code *co) {
    size_t need = ft_frame_size_for(co);
    ft_frame *f = ft_gc_alloc(need, FT_GC_SCAN);
    if (!f)
        return NULL;
    f->nbytes = need;
    f->code = co;
    f->lasti = -1;
    f->owner = FT_FRAME_OWNED_BY_GEN;
    return f;
}

int ft_frame_lineno(ft_frame *f) {
    if (!f->code)
        return -1;
    if (f->lasti < 0)
        return f->code->firstlineno;
    return ft_code_line_of(f->code, f->lasti);
}

ft_obj *ft_frame_get_object(ft_frame *f) {
    if (f->frame_obj)
        return f->frame_obj;
    ft_frame_obj *fo = (ft_frame_obj *)ft_obj_alloc(&ft_frame_type, sizeof(ft_frame_obj));
    if (!fo)
        return NULL;
    fo->f = f;
    f->frame_obj = (ft_obj *)fo;
    return (ft_obj *)fo;
}

void ft_frame_release(ft_frame *f) {
    if (!f->frame_obj || f->owner == FT_FRAME_OWNED_BY_FRAME_OBJ)
        return;
    ft_frame_obj *fo = (ft_frame_obj *)f->frame_obj;
    if (f->back) {
        ft_obj *b = ft_frame_get_object(f->back);
        if (b)
            fo->back = b;
        else
            ft_err_clear();
    }
    if (f->owner == FT_FRAME_OWNED_BY_GEN) {
        /* the generator's block stays valid as long as the frame object
         * references it; nothing to copy */
        return;
    }
    ft_code *co = f->code;
    size_t keep = sizeof(ft_frame) + (size_t)(co->nlocals + co->ncells + co->nfree) * sizeof(ft_obj *);
    ft_frame *copy = ft_gc_alloc(keep, FT_GC_SCAN);
    if (!copy) {
        ft_err_clear();
        fo->f = NULL;
        return;
    }
    memcpy(copy, f, keep);
    copy->owner = FT_FRAME_OWNED_BY_FRAME_OBJ;
    copy->back = NULL;
    copy->stacktop = 0;
    copy->nbytes = keep;
    fo->f = copy;
    f->frame_obj = NULL;
}

/* ---- introspection ------------------------------------------------------- */

static ft_frame *current_py_frame(void) {
    ft_thread *ts = ft_ts();
    return ts ? ts->frame : NULL;
}

ft_obj *ft_frame_globals(void) {
    ft_frame *f = current_py_frame();
    return f ? f->globals : NULL;
}

ft_obj *ft_frame_builtins(void) {
    ft_frame *f = current_py_frame();
    if (f)
        return f->builtins;
    ft_thread *ts = ft_ts();
    return ts ? ts->interp->builtins : NULL;
}

/* Snapshot of the fast locals and cells of a function frame. */
static ft_obj *frame_fast_locals_dict(ft_frame *f) {
    ft_code *co = f->code;
    ft_obj *d = ft_dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < co->nlocals; i++) {
        ft_obj *v = f->localsplus[i];
        if (!v)
            continue;
        /* an argument moved into a cell is reported through the cell */
        if (ft_dict_set(d, ft_tuple_get(co->varnames, i), v) < 0)
            return NULL;
    }
    ft_obj **cells = ft_frame_cells(f);
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        ft_obj *c = cells[i];
        ft_obj *name = i < co->ncells ? ft_tuple_get(co->cellvars, i)
                                      : ft_tuple_get(co->freevars, i - co->ncells);
        if (!c)
            continue;
        /* free variables of class bodies named __class__ are implicit */
        if (i >= co->ncells && !(co->flags & FT_CO_OPTIMIZED))
            continue;
        ft_obj *v = atomic_load_explicit(&((ft_cell *)c)->ref, memory_order_acquire);
        if (!v)
            continue;
        /* a bound fast local of the same name is an inlined comprehension's
         * variable shadowing this one while it runs */
        if (ft_dict_get(d, name))
            continue;
        if (ft_dict_set(d, name, v) < 0)
            return NULL;
    }
    return d;
}

/* Module and class code has fast locals and cells only for the names of
 * inlined comprehensions (PEP 709); while one of them is bound, locals()
 * shows those instead of the namespace, as CPython 3.13 does. */
static bool hidden_locals_bound(ft_frame *f) {
    ft_code *co = f->code;
    for (int i = 0; i < co->nlocals; i++)
        if (f->localsplus[i])
            return true;
    ft_obj **cells = ft_frame_cells(f);
    for (int i = 0; i < co->ncells; i++) {
        ft_obj *name = ft_tuple_get(co->cellvars, i);
        if (cells[i] && !ft_str_eq_cstr(name, "__class__") && !ft_str_eq_cstr(name, "__classdict__") &&
            atomic_load_explicit(&((ft_cell *)cells[i])->ref, memory_order_acquire))
            return true;
    }
    return false;
}

static ft_obj *frame_locals_of(ft_frame *f) {
    if (f->locals && ((f->code->flags & FT_CO_OPTIMIZED) || !hidden_locals_bound(f)))
        return f->locals;
    return frame_fast_locals_dict(f);
}

ft_obj *ft_frame_locals(void) {
    ft_frame *f = current_py_frame();
    if (!f) {
        ft_err_set_str(ft_exc_SystemError, "frame does not exist");
        return NULL;
    }
    return frame_locals_of(f);
}

ft_obj *ft_frame_current_object(int depth) {
    ft_frame *f = current_py_frame();
    if (depth < 0)
        depth = 0;
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f) {
        ft_err_set_str(ft_exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return ft_frame_get_object(f);
}

int ft_frame_super_args(ft_obj **type_out, ft_obj **obj_out) {
    ft_frame *f = current_py_frame();
    if (!f) {
        ft_err_set_str(ft_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    ft_code *co = f->code;
    if (co->argcount == 0) {
        ft_err_set_str(ft_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    ft_obj *first = f->localsplus[0];
    if (co->cell2arg) {
        for (int i = 0; i < co->ncells; i++) {
            if (co->cell2arg[i] == 0) {
                ft_obj *c = ft_frame_cells(f)[i];
                first = c ? atomic_load_explicit(&((ft_cell *)c)->ref, memory_order_acquire) : NULL;
                break;
            }
        }
    }
    if (!first) {
        ft_err_set_str(ft_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfree; i++) {
        ft_obj *name = ft_tuple_get(co->freevars, i);
        if (ft_str_eq_cstr(name, "__class__")) {
            ft_obj *c = ft_frame_cells(f)[co->ncells + i];
            ft_obj *v = c ? atomic_load_explicit(&((ft_cell *)c)->ref, memory_order_acquire) : NULL;
            if (!v) {
                ft_err_set_str(ft_exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!ft_type_is_subtype(FT_TYPE(v), &ft_type_type)) {
                ft_err_format(ft_exc_RuntimeError, "super(): __class__ is not a type (%s)", FT_TYPE(v)->name);
                return -1;
            }
            *type_out = v;
            *obj_out = first;
            return 0;
        }
    }
    ft_err_set_str(ft_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

/* ---- the frame type ------------------------------------------------------ */

#define FO(o) ((ft_frame_obj *)(o))

static ft_obj *frame_get_code(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    return f ? (ft_obj *)f->code : ft_None;
}
static ft_obj *frame_get_globals(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    return f && f->globals ? f->globals : ft_None;
}
static ft_obj *frame_get_builtins(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    return f && f->builtins ? f->builtins : ft_None;
}
static ft_obj *frame_get_locals(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    if (!f)
        return ft_dict_new();
    return frame_locals_of(f);
}
static ft_obj *frame_get_lineno(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    if (!f)
        return ft_None;
    int l = ft_frame_lineno(f);
    return l < 0 ? ft_None : ft_smallint(l);
}
static ft_obj *frame_get_lasti(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    if (!f || f->lasti < 0)
        return ft_smallint(-1);
    return ft_smallint((int64_t)f->lasti * 2);
}
static ft_obj *frame_get_back(ft_obj *self, void *c) {
    ft_frame_obj *fo = FO(self);
    ft_frame *f = fo->f;
    if (f && f->owner != FT_FRAME_OWNED_BY_FRAME_OBJ && f->back && !f->finished) {
        ft_obj *b = ft_frame_get_object(f->back);
        return b ? b : NULL;
    }
    return fo->back ? fo->back : ft_None;
}
static ft_obj *frame_get_trace(ft_obj *self, void *c) {
    return FO(self)->trace ? FO(self)->trace : ft_None;
}
static int frame_set_trace(ft_obj *self, ft_obj *v, void *c) {
    FO(self)->trace = (v == ft_None) ? NULL : v;
    return 0;
}
static ft_obj *frame_get_generator(ft_obj *self, void *c) {
    ft_frame *f = FO(self)->f;
    return f && f->gen ? f->gen : ft_None;
}

static ft_obj *frame_repr(ft_obj *self) {
    ft_frame *f = FO(self)->f;
    if (!f || !f->code)
        return ft_str_from_format("<frame at %p>", (void *)self);
    return ft_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)self,
                              f->code->filename, ft_frame_lineno(f), f->code->name);
}

static ft_obj *frame_clear(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw) {
    ft_frame *f = FO(self)->f;
    if (f && f->owner != FT_FRAME_OWNED_BY_FRAME_OBJ && !f->finished) {
        if (f->gen) {
            ft_err_set_str(ft_exc_RuntimeError, "cannot clear a suspended frame");
        } else {
            ft_err_set_str(ft_exc_RuntimeError, "cannot clear an executing frame");
        }
        return NULL;
    }
    if (f && f->owner == FT_FRAME_OWNED_BY_FRAME_OBJ) {
        ft_code *co = f->code;
        for (int i = 0; i < co->nlocals + co->ncells + co->nfree; i++)
            f->localsplus[i] = NULL;
    }
    return ft_None;
}

static const ft_getset_def frame_getsets[] = {
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {"f_generator", frame_get_generator, NULL, NULL, NULL},
    {NULL}
};

static const ft_method_def frame_methods[] = {
    {"clear", frame_clear, FT_METH_NOARGS, "Clear all references held by the frame."},
    {NULL}
};

ft_type ft_frame_type = {
    FT_TYPE_HEAD_INIT,
    .name = "frame",
    .basicsize = sizeof(ft_frame_obj),
    .repr = frame_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};
