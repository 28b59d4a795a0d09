/* codegen.c -- code generation and assembly: AST + symbol table -> code objects.
 *
 * One "unit" per code object being built (module, class body, function,
 * lambda, comprehension); units nest like the scopes. A unit collects a
 * flat list of instructions whose jump arguments are label numbers, plus a
 * MARK pseudo-instruction wherever an exception handler starts covering
 * code: the stack-depth pass records the value-stack depth at the MARK as
 * the handler's depth. Every instruction remembers the innermost handler
 * active when it was emitted, so the exception table built by the
 * assembler has disjoint ranges (innermost first trivially).
 *
 * The code shapes for try/except/finally/with/generators/class bodies are
 * exactly those of src/vm/code.h. `return`/`break`/`continue` leaving
 * try/finally, with and except blocks inline the cleanup code of every
 * block they leave (the "fblock" stack), with the handler stack truncated
 * so that the inlined code is covered by the outer handlers only.
 *
 * Beyond the canonical shapes: except* calls two builtin helper constants
 * (exceptstar.c), PEP 695 type-parameter scopes are functions called on the
 * spot with typing-like objects from typeparams.c, and
 * `from __future__ import annotations` stores unparsed text (unparse.c).
 * Generator expressions are separate functions (first iterable evaluated
 * outside); list/set/dict comprehensions run inline (PEP 709, see
 * compile_inlined_comprehension): no function object, no frame. The assembler drops MARKs, NOPs and unreachable code,
 * computes the maximal stack depth (and checks it is consistent on every
 * path), and emits one ft_position per instruction.
 *
 * All working memory is GC memory reachable from the compiling thread's
 * stack; nothing is shared, so no locks are needed.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"
#include "vm/opcodes.h"

#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>

#define OP_MARK 250           /* pseudo: arg = handler index */
#define MAX_FBLOCKS 64

typedef struct instr {
    int32_t op;
    int32_t arg;
    int32_t hidx;             /* innermost handler or -1 */
    ft_position pos;
} instr;

typedef struct handler {
    int32_t label;
    int32_t depth;            /* -1 until the MARK is reached */
    int32_t offset;
} handler;

enum fb_kind {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPT_STAR
};

typedef struct fblock {
    int kind;
    int lcontinue, lexit;
    ft_ssize hdepth;          /* handler-stack size to restore when leaving */
    ft_stmt *stmt;            /* try statement (finally body) */
    ft_obj *name;             /* except ... as name */
    ft_position pos;
} fblock;

typedef struct unit unit;
struct unit {
    st_scope *ste;
    unit *parent;
    int kind;                 /* ST_MODULE / ST_CLASS / ST_FUNCTION */
    instr *code; ft_ssize ncode, capcode;
    int32_t *labels; ft_ssize nlabels, caplabels;
    handler *handlers; ft_ssize nhandlers, caphandlers;
    int32_t *hstack; ft_ssize nhstack, caphstack;
    ft_obj **consts; ft_ssize nconsts, capconsts;
    int32_t *consthash; ft_ssize consthashcap;   /* index+1 into consts, 0 empty */
    ft_obj **names; ft_ssize nnames, capnames;
    int32_t *namehash; ft_ssize namehashcap;     /* index+1 into names */
    ft_obj **varnames; ft_ssize nvarnames, capvarnames;
    ft_obj **cellvars; ft_ssize ncellvars, capcellvars;
    ft_obj **freevars; ft_ssize nfreevars, capfreevars;
    ft_obj **static_attrs; ft_ssize nstatic, capstatic;
    st_scope **inl; ft_ssize ninl, capinl;       /* inlined comprehensions being compiled, innermost last */
    fblock fb[MAX_FBLOCKS];
    int nfb;
    ft_obj *name, *qualname;
    int argcount, posonly, kwonly, flags, firstlineno;
    ft_position loc;
};

typedef struct compiler {
    st_table *st;
    ft_obj *filename;
    ft_obj *source_lines;
    int optimize;
    int mode;
    unit *u;
    int nest;
    ft_obj *id_dot0, *id_class, *id_classcell, *id_module, *id_name, *id_qualname,
        *id_doc, *id_annotations, *id_debug, *id_firstlineno, *id_static, *id_self, *id_super,
        *empty_str;
    ft_obj *es_match, *es_reraise;   /* except* helpers, made on first use */
    ft_obj *tp_typevar, *tp_typealias, *tp_generic; /* PEP 695 helpers, made on first use */
    bool generic_base;  /* the next call_helper appends Generic[.type_params] (class C[T]) */
    bool future_annotations;          /* from __future__ import annotations */
    ft_stmt **future_stmts;           /* the leading __future__ imports */
    ft_ssize nfuture, capfuture;
} compiler;

/* ---- small helpers ---------------------------------------------------- */

static int grow(void **arr, ft_ssize *cap, ft_ssize need, size_t elsize, int kind)
{
    if (need <= *cap)
        return 0;
    if (need > (ft_ssize)FT_ARG_MAX) {
        ft_err_set_str(ft_exc_SystemError, "code too complex: too many items for the bytecode format");
        return -1;
    }
    ft_ssize nc = *cap ? *cap * 2 : 16;
    while (nc < need)
        nc *= 2;
    void *na = *arr ? ft_gc_realloc(*arr, (size_t)*cap * elsize, (size_t)nc * elsize, kind)
                    : ft_gc_alloc((size_t)nc * elsize, kind);
    if (!na)
        return -1;
    *arr = na;
    *cap = nc;
    return 0;
}

static void *cerror(compiler *c, const ft_ast_pos *pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ft_obj *msg = ft_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return NULL;
    return ft_compiler_error(c->filename, c->source_lines, pos, "%U", msg);
}

#define ERR(pos, ...) (cerror(c, (pos), __VA_ARGS__), -1)

static ft_position pos_of(const ft_ast_pos *p)
{
    ft_position r = { p->lineno, p->end_lineno, p->col_offset, p->end_col_offset };
    return r;
}

static int emit(compiler *c, int op, ft_ssize arg)
{
    unit *u = c->u;
    if (arg < 0 || arg > (ft_ssize)FT_ARG_MAX) {
        ft_err_set_str(ft_exc_SystemError, "code too complex: instruction argument out of range");
        return -1;
    }
    if (grow((void **)&u->code, &u->capcode, u->ncode + 1, sizeof(instr), FT_GC_ATOMIC) < 0)
        return -1;
    instr *i = &u->code[u->ncode++];
    i->op = op;
    i->arg = (int32_t)arg;
    i->hidx = u->nhstack ? u->hstack[u->nhstack - 1] : -1;
    i->pos = u->loc;
    return 0;
}

static int new_label(compiler *c)
{
    unit *u = c->u;
    if (grow((void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(int32_t), FT_GC_ATOMIC) < 0)
        return -1;
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

static int use_label(compiler *c, int l)
{
    c->u->labels[l] = (int32_t)c->u->ncode;
    return 0;
}

static int push_handler(compiler *c, int label, int offset)
{
    unit *u = c->u;
    if (grow((void **)&u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof(handler), FT_GC_ATOMIC) < 0)
        return -1;
    int h = (int)u->nhandlers++;
    u->handlers[h].label = label;
    u->handlers[h].depth = -1;
    u->handlers[h].offset = offset;
    if (emit(c, OP_MARK, h) < 0)
        return -1;
    if (grow((void **)&u->hstack, &u->caphstack, u->nhstack + 1, sizeof(int32_t), FT_GC_ATOMIC) < 0)
        return -1;
    u->hstack[u->nhstack++] = h;
    return h;
}

static int resume_handler(compiler *c, int h)
{
    unit *u = c->u;
    if (grow((void **)&u->hstack, &u->caphstack, u->nhstack + 1, sizeof(int32_t), FT_GC_ATOMIC) < 0)
        return -1;
    u->hstack[u->nhstack++] = h;
    return 0;
}

static void pop_handler(compiler *c) { c->u->nhstack--; }

/* Constants are deduplicated by type and exact value: 1, 1.0 and True stay
 * distinct, and so do 0.0 and -0.0. */
static bool const_equal(ft_obj *a, ft_obj *b)
{
    if (a == b)
        return true;
    if (ft_is_smallint(a) || ft_is_smallint(b))
        return false;
    ft_type *t = a->ob_type;
    if (t != b->ob_type)
        return false;
    if (t == &ft_float_type) {
        double x = ((ft_float *)a)->value, y = ((ft_float *)b)->value;
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &ft_complex_type) {
        ft_complex *x = (ft_complex *)a, *y = (ft_complex *)b;
        return memcmp(&x->real, &y->real, sizeof(double)) == 0 &&
               memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
    }
    if (t == &ft_str_type)
        return ft_str_eq(a, b);
    if (t == &ft_bytes_type)
        return ft_bytes_size(a) == ft_bytes_size(b) &&
               memcmp(ft_bytes_data(a), ft_bytes_data(b), (size_t)ft_bytes_size(a)) == 0;
    if (t == &ft_int_type)
        return mpz_cmp(((ft_bigint *)a)->z, ((ft_bigint *)b)->z) == 0;
    if (t == &ft_tuple_type) {
        ft_ssize n = ft_tuple_size(a);
        if (n != ft_tuple_size(b))
            return false;
        for (ft_ssize i = 0; i < n; i++)
            if (!const_equal(ft_tuple_get(a, i), ft_tuple_get(b, i)))
                return false;
        return true;
    }
    return false;
}

static uint64_t mix(uint64_t h) { h ^= h >> 33; h *= 0xff51afd7ed558ccdull; h ^= h >> 33; return h; }

/* A hash consistent with const_equal (equal constants hash alike). */
static uint64_t const_hash(ft_obj *o)
{
    if (ft_is_smallint(o))
        return mix((uint64_t)(uintptr_t)o);
    ft_type *t = o->ob_type;
    uint64_t h = mix((uint64_t)(uintptr_t)t);
    if (t == &ft_str_type)
        return h ^ (uint64_t)ft_str_hash(o);
    if (t == &ft_float_type) {
        uint64_t bits;
        memcpy(&bits, &((ft_float *)o)->value, sizeof bits);
        return h ^ mix(bits);
    }
    if (t == &ft_complex_type) {
        uint64_t a, b;
        memcpy(&a, &((ft_complex *)o)->real, sizeof a);
        memcpy(&b, &((ft_complex *)o)->imag, sizeof b);
        return h ^ mix(a) ^ mix(b + 1);
    }
    if (t == &ft_bytes_type) {
        uint64_t x = 1469598103934665603ull;
        const unsigned char *p = (const unsigned char *)ft_bytes_data(o);
        for (ft_ssize i = 0; i < ft_bytes_size(o); i++)
            x = (x ^ p[i]) * 1099511628211ull;
        return h ^ x;
    }
    if (t == &ft_int_type)
        return h ^ mix((uint64_t)mpz_get_ui(((ft_bigint *)o)->z) + (uint64_t)mpz_size(((ft_bigint *)o)->z));
    if (t == &ft_tuple_type) {
        uint64_t x = (uint64_t)ft_tuple_size(o);
        for (ft_ssize i = 0; i < ft_tuple_size(o); i++)
            x = mix(x ^ const_hash(ft_tuple_get(o, i)));
        return h ^ x;
    }
    return h ^ mix((uint64_t)(uintptr_t)o);   /* identity for everything else */
}

static int hash_insert(int32_t **tab, ft_ssize *cap, uint64_t h, ft_ssize index, ft_ssize count,
                       uint64_t (*hf)(ft_obj *), ft_obj **items)
{
    if ((count + 1) * 2 > *cap) {
        ft_ssize nc = *cap ? *cap * 2 : 64;
        while ((count + 1) * 2 > nc)
            nc *= 2;
        int32_t *nt = ft_gc_alloc((size_t)nc * sizeof(int32_t), FT_GC_ATOMIC);
        if (!nt)
            return -1;
        for (ft_ssize i = 0; i < count; i++) {
            if (i == index)
                continue;
            size_t j = hf(items[i]) & (size_t)(nc - 1);
            while (nt[j])
                j = (j + 1) & (size_t)(nc - 1);
            nt[j] = (int32_t)(i + 1);
        }
        *tab = nt;
        *cap = nc;
    }
    size_t j = h & (size_t)(*cap - 1);
    while ((*tab)[j])
        j = (j + 1) & (size_t)(*cap - 1);
    (*tab)[j] = (int32_t)(index + 1);
    return 0;
}

static ft_ssize add_const(compiler *c, ft_obj *o)
{
    unit *u = c->u;
    uint64_t h = const_hash(o);
    if (u->consthashcap) {
        size_t j = h & (size_t)(u->consthashcap - 1);
        while (u->consthash[j]) {
            ft_ssize i = u->consthash[j] - 1;
            if (const_equal(u->consts[i], o))
                return i;
            j = (j + 1) & (size_t)(u->consthashcap - 1);
        }
    }
    if (grow((void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof(ft_obj *), FT_GC_SCAN) < 0)
        return -1;
    u->consts[u->nconsts] = o;
    if (hash_insert(&u->consthash, &u->consthashcap, h, u->nconsts, u->nconsts + 1, const_hash, u->consts) < 0)
        return -1;
    return u->nconsts++;
}

static int emit_const(compiler *c, ft_obj *o)
{
    ft_ssize i = add_const(c, o);
    return i < 0 ? -1 : emit(c, OP_LOAD_CONST, i);
}

static ft_ssize add_name_to(ft_obj ***arr, ft_ssize *n, ft_ssize *cap, ft_obj *name)
{
    for (ft_ssize i = 0; i < *n; i++)
        if ((*arr)[i] == name)
            return i;
    if (grow((void **)arr, cap, *n + 1, sizeof(ft_obj *), FT_GC_SCAN) < 0)
        return -1;
    (*arr)[*n] = name;
    return (*n)++;
}

static uint64_t ptr_hash(ft_obj *o) { return mix((uint64_t)(uintptr_t)o); }

static ft_ssize add_name(compiler *c, ft_obj *name)
{
    name = ft_str_intern(name);
    if (!name)
        return -1;
    unit *u = c->u;
    uint64_t h = ptr_hash(name);
    if (u->namehashcap) {
        size_t j = h & (size_t)(u->namehashcap - 1);
        while (u->namehash[j]) {
            ft_ssize i = u->namehash[j] - 1;
            if (u->names[i] == name)
                return i;
            j = (j + 1) & (size_t)(u->namehashcap - 1);
        }
    }
    if (grow((void **)&u->names, &u->capnames, u->nnames + 1, sizeof(ft_obj *), FT_GC_SCAN) < 0)
        return -1;
    u->names[u->nnames] = name;
    if (hash_insert(&u->namehash, &u->namehashcap, h, u->nnames, u->nnames + 1, ptr_hash, u->names) < 0)
        return -1;
    return u->nnames++;
}

static ft_ssize find_name(ft_obj **arr, ft_ssize n, ft_obj *name)
{
    for (ft_ssize i = 0; i < n; i++)
        if (arr[i] == name)
            return i;
    return -1;
}

static ft_obj *mangle(compiler *c, ft_obj *name)
{
    return ft_compiler_mangle(c->u->ste->private_name, name);
}

#define EMIT(op, arg) do { if (emit(c, OP_##op, (arg)) < 0) return -1; } while (0)
#define EMIT0(op) EMIT(op, 0)
#define EMITJ(op, l) EMIT(op, (l))
#define EMITC(o) do { if (emit_const(c, (o)) < 0) return -1; } while (0)
#define EMITN(op, name) do { ft_ssize i_ = add_name(c, (name)); if (i_ < 0) return -1; EMIT(op, i_); } while (0)
#define NEWLABEL(l) int l = new_label(c); if (l < 0) return -1
#define USE(l) use_label(c, (l))
#define VISIT(e) do { if (compile_expr(c, (e)) < 0) return -1; } while (0)
#define VISIT_STMTS(seq) do { if (compile_stmts(c, (seq)) < 0) return -1; } while (0)

static int compile_expr(compiler *c, ft_expr *e);
static int compile_stmt(compiler *c, ft_stmt *s);
static int compile_stmts(compiler *c, ft_stmt_seq *seq);
static ft_obj *assemble(compiler *c);

/* ---- units ------------------------------------------------------------ */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(ft_str_utf8(*(ft_obj *const *)a), ft_str_utf8(*(ft_obj *const *)b));
}

static int enter_unit(compiler *c, st_scope *ste, ft_obj *name, int firstlineno)
{
    unit *u = ft_gc_alloc(sizeof(unit), FT_GC_SCAN);
    if (!u)
        return -1;
    u->ste = ste;
    u->kind = ste->kind;
    u->parent = c->u;
    u->name = name;
    u->firstlineno = firstlineno;
    u->loc.lineno = u->loc.end_lineno = firstlineno;
    u->loc.col = u->loc.end_col = -1;
    /* the other locals are numbered as the code first names them, so
     * co_varnames (and locals() order) follow CPython */
    if (ste->kind == ST_FUNCTION) {
        for (ft_ssize i = 0; i < ste->nparams; i++)
            if (add_name_to(&u->varnames, &u->nvarnames, &u->capvarnames, ste->varnames[i]) < 0)
                return -1;
    }
    for (ft_ssize i = 0; i < ste->nsyms; i++) {
        st_sym *s = &ste->syms[i];
        if (s->scope == ST_SC_CELL &&
            add_name_to(&u->cellvars, &u->ncellvars, &u->capcellvars, s->name) < 0)
            return -1;
        if ((s->scope == ST_SC_FREE || (s->flags & ST_DEF_FREE_CLASS)) &&
            add_name_to(&u->freevars, &u->nfreevars, &u->capfreevars, s->name) < 0)
            return -1;
    }
    if (ste->kind == ST_CLASS && ste->needs_class_closure &&
        add_name_to(&u->cellvars, &u->ncellvars, &u->capcellvars, c->id_class) < 0)
        return -1;
    for (ft_ssize i = 0; i < ste->nextra_cells; i++)
        if (add_name_to(&u->cellvars, &u->ncellvars, &u->capcellvars, ste->extra_cells[i]) < 0)
            return -1;
    if (u->ncellvars > 1)
        qsort(u->cellvars, (size_t)u->ncellvars, sizeof(ft_obj *), cmp_names);
    if (u->nfreevars > 1)
        qsort(u->freevars, (size_t)u->nfreevars, sizeof(ft_obj *), cmp_names);
    /* qualified name (PEP 695 type-parameter scopes are transparent) */
    unit *p = c->u;
    while (p && p->ste->is_typeparams)
        p = p->parent;
    if (!p || p->kind == ST_MODULE) {
        u->qualname = name;
    } else {
        ft_obj *m = ft_compiler_mangle(p->ste->private_name, name);
        if (!m)
            return -1;
        if (ste->kind != ST_MODULE && ft_st_scope_of(p->ste, m) == ST_SC_GLOBAL_EXPLICIT)
            u->qualname = name;
        else if (p->kind == ST_FUNCTION)
            u->qualname = ft_str_from_format("%U.<locals>.%U", p->qualname, name);
        else
            u->qualname = ft_str_from_format("%U.%U", p->qualname, name);
        if (!u->qualname)
            return -1;
    }
    c->u = u;
    c->nest++;
    return 0;
}

static void exit_unit(compiler *c)
{
    c->u = c->u->parent;
    c->nest--;
}

/* ---- fblocks and unwinding -------------------------------------------- */

static int push_fblock(compiler *c, int kind, int lcont, int lexit, ft_ssize hdepth)
{
    unit *u = c->u;
    /* CPython's CO_MAXBLOCKS is 21; a few more slots stay free for the
     * blocks pushed while inlining finally bodies on return */
    if (u->nfb >= (kind == FB_POP_VALUE ? MAX_FBLOCKS : 21)) {
        ft_ast_pos p = { u->loc.lineno, u->loc.col, u->loc.end_lineno, u->loc.end_col };
        cerror(c, &p, "too many statically nested blocks");
        return -1;
    }
    fblock *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->lcontinue = lcont;
    f->lexit = lexit;
    f->hdepth = hdepth;
    f->pos = u->loc;
    return 0;
}

static void pop_fblock(compiler *c) { c->u->nfb--; }

static int compile_nameop(compiler *c, ft_obj *name, int ctx, const ft_ast_pos *pos);

static int emit_with_exit_call(compiler *c, bool is_async)
{
    EMITC(ft_None);
    EMITC(ft_None);
    EMITC(ft_None);
    EMIT(CALL, 2);
    if (is_async) {
        EMIT(GET_AWAITABLE, 2);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
    }
    EMIT0(POP_TOP);
    return 0;
}

static int unwind_fblock(compiler *c, fblock *f, bool preserve_tos)
{
    unit *u = c->u;
    if (u->nhstack > f->hdepth)
        u->nhstack = f->hdepth;
    switch (f->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
        return 0;
    case FB_FOR:
    case FB_ASYNC_FOR:
    case FB_POP_VALUE:
        if (preserve_tos)
            EMIT(SWAP, 2);
        EMIT0(POP_TOP);
        return 0;
    case FB_FINALLY_TRY: {
        if (preserve_tos && push_fblock(c, FB_POP_VALUE, -1, -1, u->nhstack) < 0)
            return -1;
        ft_position saved = u->loc;
        VISIT_STMTS(&f->stmt->v.Try.finalbody);
        u->loc = saved;
        if (preserve_tos)
            pop_fblock(c);
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            EMIT(SWAP, 2);
        EMIT0(POP_TOP);          /* the exception */
        if (preserve_tos)
            EMIT(SWAP, 2);
        EMIT0(POP_EXCEPT);
        return 0;
    case FB_WITH:
    case FB_ASYNC_WITH:
        if (preserve_tos)
            EMIT(SWAP, 2);
        return emit_with_exit_call(c, f->kind == FB_ASYNC_WITH);
    case FB_EXCEPT_STAR:
        return 0;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos)
            EMIT(SWAP, 2);
        EMIT0(POP_EXCEPT);
        if (f->name) {
            EMITC(ft_None);
            if (compile_nameop(c, f->name, FT_CTX_STORE, NULL) < 0 ||
                compile_nameop(c, f->name, FT_CTX_DEL, NULL) < 0)
                return -1;
        }
        return 0;
    }
    return 0;
}

/* Emit the cleanup of every block down to (excluding) the first loop when
 * `loop` is non-NULL, or all of them. The fblock and handler stacks are
 * restored afterwards: the code after a jump/return is unreachable but
 * still compiled in the original context. */
static int unwind_fblock_stack(compiler *c, bool preserve_tos, fblock **loop)
{
    unit *u = c->u;
    int saved_nfb = u->nfb;
    fblock saved_fb[MAX_FBLOCKS];
    memcpy(saved_fb, u->fb, sizeof(fblock) * (size_t)u->nfb);
    int r = 0, loop_index = -1;
    while (u->nfb > 0) {
        fblock f = u->fb[u->nfb - 1];
        if (loop && (f.kind == FB_WHILE || f.kind == FB_FOR || f.kind == FB_ASYNC_FOR)) {
            loop_index = u->nfb - 1;
            break;
        }
        u->nfb--;
        if (unwind_fblock(c, &f, preserve_tos) < 0) {
            r = -1;
            break;
        }
    }
    u->nfb = saved_nfb;
    memcpy(u->fb, saved_fb, sizeof(fblock) * (size_t)saved_nfb);
    if (loop)
        *loop = loop_index >= 0 ? &u->fb[loop_index] : NULL;
    return r;
}

/* ---- names ------------------------------------------------------------ */

/* Index of `name` in the combined cells array (cellvars, then freevars), or -1. */
static ft_ssize deref_index(unit *u, ft_obj *name)
{
    ft_ssize i = find_name(u->cellvars, u->ncellvars, name);
    if (i >= 0)
        return i;
    i = find_name(u->freevars, u->nfreevars, name);
    return i < 0 ? -1 : i + u->ncellvars;
}

/* The same, for a name the unit's own scope resolves: a name can be both a
 * free variable of the code and the cell of an inlined comprehension that
 * rebinds it (symtable extra_cells); outside the comprehension it is the
 * free variable. */
static ft_ssize unit_deref_index(unit *u, ft_obj *name)
{
    st_sym *sym = ft_st_lookup(u->ste, name);
    if (sym && (sym->scope == ST_SC_FREE || (sym->flags & ST_DEF_FREE_CLASS))) {
        ft_ssize i = find_name(u->freevars, u->nfreevars, name);
        if (i >= 0)
            return i + u->ncellvars;
    }
    return deref_index(u, name);
}

static int nameop_kind(int ctx, int load, int store, int del)
{
    return ctx == FT_CTX_LOAD ? load : ctx == FT_CTX_STORE ? store : del;
}

/* Where a name an inlined comprehension binds lives in the enclosing code
 * object: a cell slot when the comprehension captures it (that of the
 * code's own cell or free variable of that name), or when the code keeps
 * that name in a cell anyway (as in CPython, where cells and fast locals
 * share slots); -1 for a fast local -- also in module and class bodies,
 * where it stays hidden from the namespace. */
static ft_ssize comp_cell_slot(unit *u, ft_obj *m, bool need_cell)
{
    if (need_cell)
        return deref_index(u, m);
    return find_name(u->cellvars, u->ncellvars, m);
}

static int emit_comp_local(compiler *c, ft_obj *m, int ctx, bool need_cell)
{
    unit *u = c->u;
    ft_ssize i = comp_cell_slot(u, m, need_cell);
    if (i >= 0)
        return emit(c, nameop_kind(ctx, OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF), i);
    if (need_cell) {
        ft_err_format(ft_exc_SystemError, "compiler: no cell for comprehension variable %U", m);
        return -1;
    }
    i = add_name_to(&u->varnames, &u->nvarnames, &u->capvarnames, m);
    if (i < 0)
        return -1;
    return emit(c, nameop_kind(ctx, OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST), i);
}

/* Name resolution inside inlined comprehensions: through the innermost
 * comprehension's scope, then outwards. Returns 0 (emitted), -1 (error) or
 * 1 when the enclosing unit's own resolution applies (a function's local,
 * cell or free variable, or a name the comprehension does not know). */
static int comp_nameop(compiler *c, ft_obj *m, int ctx)
{
    unit *u = c->u;
    st_sym *sym = ft_st_lookup(u->inl[u->ninl - 1], m);
    if (!sym)
        return 1;
    switch (sym->scope) {
    case ST_SC_LOCAL:
    case ST_SC_CELL:
        return emit_comp_local(c, m, ctx, sym->scope == ST_SC_CELL);
    case ST_SC_GLOBAL_EXPLICIT:
    case ST_SC_GLOBAL_IMPLICIT: {
        ft_ssize i = add_name(c, m);
        if (i < 0)
            return -1;
        /* module level: LOAD_NAME, which exec() with separate locals sees;
         * a class body's names are invisible to its comprehensions */
        if (sym->scope == ST_SC_GLOBAL_IMPLICIT && u->kind == ST_MODULE)
            return emit(c, nameop_kind(ctx, OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME), i);
        return emit(c, nameop_kind(ctx, OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL), i);
    }
    case ST_SC_FREE:
        for (ft_ssize j = u->ninl - 2; j >= 0; j--) {
            st_sym *o = ft_st_lookup(u->inl[j], m);
            if (!o || o->scope == ST_SC_FREE)
                continue;
            if (o->scope == ST_SC_LOCAL || o->scope == ST_SC_CELL)
                return emit_comp_local(c, m, ctx, o->scope == ST_SC_CELL);
            break;
        }
        if (u->kind == ST_CLASS) {
            /* bound in a function around the class: the class's free
             * variable, never the class namespace */
            ft_ssize i = find_name(u->freevars, u->nfreevars, m);
            if (i >= 0)
                return emit(c, nameop_kind(ctx, OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF),
                            i + u->ncellvars);
        }
        return 1;
    default:
        return 1;
    }
}

static int compile_nameop(compiler *c, ft_obj *name, int ctx, const ft_ast_pos *pos)
{
    unit *u = c->u;
    if (name == c->id_debug) {
        if (ctx == FT_CTX_LOAD)
            return emit_const(c, c->optimize ? ft_False : ft_True);
        return ERR(pos, "cannot %s __debug__", ctx == FT_CTX_DEL ? "delete" : "assign to");
    }
    ft_obj *m = mangle(c, name);
    if (!m)
        return -1;
    if (u->ninl) {
        int r = comp_nameop(c, m, ctx);
        if (r <= 0)
            return r;
    }
    int scope = ft_st_scope_of(u->ste, m);
    bool fn = u->kind == ST_FUNCTION;
    enum { K_FAST, K_DEREF, K_GLOBAL, K_NAME } k;
    switch (scope) {
    case ST_SC_FREE:
    case ST_SC_CELL:
        k = K_DEREF;
        break;
    case ST_SC_LOCAL:
        k = fn ? K_FAST : K_NAME;
        break;
    case ST_SC_GLOBAL_IMPLICIT:
        k = fn ? K_GLOBAL : K_NAME;
        break;
    case ST_SC_GLOBAL_EXPLICIT:
        k = K_GLOBAL;
        break;
    default:
        k = fn ? K_GLOBAL : K_NAME;
        break;
    }
    if (k == K_DEREF && u->kind == ST_CLASS && scope == ST_SC_CELL)
        k = K_NAME;
    switch (k) {
    case K_FAST: {
        ft_ssize i = add_name_to(&u->varnames, &u->nvarnames, &u->capvarnames, m);
        if (i < 0)
            return -1;
        return emit(c, ctx == FT_CTX_LOAD ? OP_LOAD_FAST : ctx == FT_CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, i);
    }
    case K_DEREF: {
        ft_ssize i = unit_deref_index(u, m);
        if (i < 0) {
            ft_err_format(ft_exc_SystemError, "compiler: no cell for %U", m);
            return -1;
        }
        int op = ctx == FT_CTX_LOAD ? (u->kind == ST_CLASS ? OP_LOAD_FROM_DICT_OR_DEREF : OP_LOAD_DEREF)
               : ctx == FT_CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return emit(c, op, i);
    }
    case K_GLOBAL: {
        ft_ssize i = add_name(c, m);
        if (i < 0)
            return -1;
        return emit(c, ctx == FT_CTX_LOAD ? OP_LOAD_GLOBAL : ctx == FT_CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, i);
    }
    case K_NAME: {
        ft_ssize i = add_name(c, m);
        if (i < 0)
            return -1;
        return emit(c, ctx == FT_CTX_LOAD ? OP_LOAD_NAME : ctx == FT_CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME, i);
    }
    }
    return 0;
}

/* ---- expressions ------------------------------------------------------ */

static int binop_of(ft_operator op)
{
    switch (op) {
    case FT_OP_ADD: return FT_BINOP_ADD;
    case FT_OP_SUB: return FT_BINOP_SUBTRACT;
    case FT_OP_MULT: return FT_BINOP_MULTIPLY;
    case FT_OP_MATMULT: return FT_BINOP_MATMUL;
    case FT_OP_DIV: return FT_BINOP_TRUE_DIVIDE;
    case FT_OP_MOD: return FT_BINOP_REMAINDER;
    case FT_OP_POW: return FT_BINOP_POWER;
    case FT_OP_LSHIFT: return FT_BINOP_LSHIFT;
    case FT_OP_RSHIFT: return FT_BINOP_RSHIFT;
    case FT_OP_BITOR: return FT_BINOP_OR;
    case FT_OP_BITXOR: return FT_BINOP_XOR;
    case FT_OP_BITAND: return FT_BINOP_AND;
    case FT_OP_FLOORDIV: return FT_BINOP_FLOOR_DIVIDE;
    }
    return FT_BINOP_ADD;
}

static int emit_compare(compiler *c, int op)
{
    switch (op) {
    case FT_CMP_EQ: EMIT(COMPARE_OP, FT_EQ); break;
    case FT_CMP_NOTEQ: EMIT(COMPARE_OP, FT_NE); break;
    case FT_CMP_LT: EMIT(COMPARE_OP, FT_LT); break;
    case FT_CMP_LTE: EMIT(COMPARE_OP, FT_LE); break;
    case FT_CMP_GT: EMIT(COMPARE_OP, FT_GT); break;
    case FT_CMP_GTE: EMIT(COMPARE_OP, FT_GE); break;
    case FT_CMP_IS: EMIT(IS_OP, 0); break;
    case FT_CMP_ISNOT: EMIT(IS_OP, 1); break;
    case FT_CMP_IN: EMIT(CONTAINS_OP, 0); break;
    case FT_CMP_NOTIN: EMIT(CONTAINS_OP, 1); break;
    }
    return 0;
}

static int compile_compare(compiler *c, ft_expr *e)
{
    ft_ssize n = e->v.Compare.ops.n;
    VISIT(e->v.Compare.left);
    if (n == 1) {
        VISIT(e->v.Compare.comparators.items[0]);
        return emit_compare(c, e->v.Compare.ops.items[0]);
    }
    NEWLABEL(cleanup);
    NEWLABEL(end);
    for (ft_ssize i = 0; i < n - 1; i++) {
        VISIT(e->v.Compare.comparators.items[i]);
        EMIT(SWAP, 2);
        EMIT(COPY, 2);
        if (emit_compare(c, e->v.Compare.ops.items[i]) < 0)
            return -1;
        EMITJ(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    VISIT(e->v.Compare.comparators.items[n - 1]);
    if (emit_compare(c, e->v.Compare.ops.items[n - 1]) < 0)
        return -1;
    EMITJ(JUMP, end);
    USE(cleanup);
    EMIT(SWAP, 2);
    EMIT0(POP_TOP);
    USE(end);
    return 0;
}

/* Jump to `label` if the truth of e equals `cond`; e is consumed. */
static int compile_jump_if(compiler *c, ft_expr *e, bool cond, int label)
{
    if (e->kind == FT_EXPR_UNARYOP && e->v.UnaryOp.op == FT_UOP_NOT)
        return compile_jump_if(c, e->v.UnaryOp.operand, !cond, label);
    if (e->kind == FT_EXPR_BOOLOP) {
        bool is_or = e->v.BoolOp.op == FT_BOOL_OR;
        ft_ssize n = e->v.BoolOp.values.n;
        int next = label;
        if (is_or != cond) {
            next = new_label(c);
            if (next < 0)
                return -1;
        }
        for (ft_ssize i = 0; i < n - 1; i++)
            if (compile_jump_if(c, e->v.BoolOp.values.items[i], is_or, next) < 0)
                return -1;
        if (compile_jump_if(c, e->v.BoolOp.values.items[n - 1], cond, label) < 0)
            return -1;
        if (next != label)
            USE(next);
        return 0;
    }
    VISIT(e);
    return emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static bool has_starred(ft_expr_seq *s)
{
    for (ft_ssize i = 0; i < s->n; i++)
        if (s->items[i] && s->items[i]->kind == FT_EXPR_STARRED)
            return true;
    return false;
}

static int compile_starunpack(compiler *c, ft_expr_seq *elts, int build, int add, int extend, bool to_tuple)
{
    if (!has_starred(elts)) {
        for (ft_ssize i = 0; i < elts->n; i++)
            VISIT(elts->items[i]);
        return emit(c, build, elts->n);
    }
    int b = build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    int seen = 0;
    bool started = false;
    for (ft_ssize i = 0; i < elts->n; i++) {
        ft_expr *x = elts->items[i];
        if (x->kind == FT_EXPR_STARRED) {
            if (!started) {
                if (emit(c, b, seen) < 0)
                    return -1;
                started = true;
            }
            VISIT(x->v.Starred.value);
            if (emit(c, extend, 1) < 0)
                return -1;
        } else if (!started) {
            VISIT(x);
            seen++;
        } else {
            VISIT(x);
            if (emit(c, add, 1) < 0)
                return -1;
        }
    }
    if (to_tuple)
        EMIT0(LIST_TO_TUPLE);
    return 0;
}

/* Value of a constant expression: a Constant, or unary minus applied to
 * an int/float/complex Constant (what `-1` parses to). NULL otherwise
 * (never an error: folding is an optimisation). */
static ft_obj *const_value(ft_expr *e)
{
    if (!e)
        return NULL;
    if (e->kind == FT_EXPR_CONSTANT)
        return e->v.Constant.value;
    if (e->kind == FT_EXPR_UNARYOP && e->v.UnaryOp.op == FT_UOP_USUB &&
        e->v.UnaryOp.operand && e->v.UnaryOp.operand->kind == FT_EXPR_CONSTANT) {
        ft_obj *v = e->v.UnaryOp.operand->v.Constant.value;
        ft_type *t = FT_TYPE(v);
        if (t != &ft_int_type && t != &ft_float_type && t != &ft_complex_type)
            return NULL;
        ft_obj *r = ft_negative(v);
        if (!r)
            ft_err_clear();
        return r;
    }
    return NULL;
}

static bool all_constant(ft_expr_seq *s)
{
    for (ft_ssize i = 0; i < s->n; i++)
        if (!const_value(s->items[i]))
            return false;
    return true;
}

static int check_keywords(compiler *c, ft_keyword_seq *kws)
{
    for (ft_ssize i = 0; i < kws->n; i++) {
        ft_keyword *k = kws->items[i];
        if (!k->arg)
            continue;
        for (ft_ssize j = i + 1; j < kws->n; j++) {
            ft_keyword *o = kws->items[j];
            if (o->arg && ft_str_eq(o->arg, k->arg))
                return ERR(&o->pos, "keyword argument repeated: %U", k->arg);
        }
    }
    return 0;
}

/* [callable, self_or_NULL, prefix...] are on the stack; push the arguments and call. */
/* A generic class's implicit last base: typing.Generic[*.type_params]. */
static int emit_generic_base(compiler *c)
{
    ft_obj *id_tp = ft_str_intern_cstr(".type_params");
    if (!id_tp)
        return -1;
    EMITC(c->tp_generic);
    EMIT0(PUSH_NULL);
    if (compile_nameop(c, id_tp, FT_CTX_LOAD, NULL) < 0)
        return -1;
    EMIT(CALL, 1);
    return 0;
}

static int call_helper(compiler *c, int nprefix, ft_expr_seq *args, ft_keyword_seq *kws)
{
    if (check_keywords(c, kws) < 0)
        return -1;
    int extra = c->generic_base ? 1 : 0;
    c->generic_base = false;
    bool ex = has_starred(args);
    for (ft_ssize i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg)
            ex = true;
    if (!ex) {
        for (ft_ssize i = 0; i < args->n; i++)
            VISIT(args->items[i]);
        if (extra && emit_generic_base(c) < 0)
            return -1;
        nprefix += extra;
        if (kws->n) {
            ft_obj *names = ft_tuple_new(kws->n);
            if (!names)
                return -1;
            for (ft_ssize i = 0; i < kws->n; i++) {
                VISIT(kws->items[i]->value);
                ft_tuple_items(names)[i] = kws->items[i]->arg;
            }
            EMITC(names);
            EMIT(CALL_KW, nprefix + args->n + kws->n);
        } else {
            EMIT(CALL, nprefix + args->n);
        }
        return 0;
    }
    /* positional part as a tuple (a lone *x is passed as is: the VM
     * converts it and reports "f() argument after * must be ...") */
    if (!extra && nprefix == 0 && args->n == 1 && args->items[0]->kind == FT_EXPR_STARRED) {
        VISIT(args->items[0]->v.Starred.value);
    } else if (!has_starred(args)) {
        for (ft_ssize i = 0; i < args->n; i++)
            VISIT(args->items[i]);
        if (extra && emit_generic_base(c) < 0)
            return -1;
        EMIT(BUILD_TUPLE, nprefix + args->n + extra);
    } else {
        EMIT(BUILD_LIST, nprefix);
        for (ft_ssize i = 0; i < args->n; i++) {
            ft_expr *a = args->items[i];
            if (a->kind == FT_EXPR_STARRED) {
                VISIT(a->v.Starred.value);
                EMIT(LIST_EXTEND, 1);
            } else {
                VISIT(a);
                EMIT(LIST_APPEND, 1);
            }
        }
        if (extra) {
            if (emit_generic_base(c) < 0)
                return -1;
            EMIT(LIST_APPEND, 1);
        }
        EMIT0(LIST_TO_TUPLE);
    }
    /* keywords as one dict (a lone **m is passed as is, see above) */
    if (kws->n == 1 && !kws->items[0]->arg) {
        VISIT(kws->items[0]->value);
        EMIT(CALL_FUNCTION_EX, 1);
        return 0;
    }
    bool have_dict = false;
    int pending = 0;
    for (ft_ssize i = 0; i < kws->n; i++) {
        ft_keyword *k = kws->items[i];
        if (k->arg) {
            EMITC(k->arg);
            VISIT(k->value);
            pending++;
            continue;
        }
        if (pending) {
            EMIT(BUILD_MAP, pending);
            if (have_dict)
                EMIT(DICT_MERGE, 1);
            have_dict = true;
            pending = 0;
        }
        if (!have_dict) {
            EMIT(BUILD_MAP, 0);
            have_dict = true;
        }
        VISIT(k->value);
        EMIT(DICT_MERGE, 1);
    }
    if (pending) {
        EMIT(BUILD_MAP, pending);
        if (have_dict)
            EMIT(DICT_MERGE, 1);
        have_dict = true;
    }
    EMIT(CALL_FUNCTION_EX, have_dict ? 1 : 0);
    return 0;
}

static int compile_call(compiler *c, ft_expr *e)
{
    ft_expr *f = e->v.Call.func;
    bool ex = has_starred(&e->v.Call.args);
    for (ft_ssize i = 0; i < e->v.Call.keywords.n; i++)
        if (!e->v.Call.keywords.items[i]->arg)
            ex = true;
    if (f->kind == FT_EXPR_ATTRIBUTE && f->v.Attribute.ctx == FT_CTX_LOAD && !ex) {
        VISIT(f->v.Attribute.value);
        ft_obj *m = mangle(c, f->v.Attribute.attr);
        if (!m)
            return -1;
        ft_position saved = c->u->loc;
        c->u->loc = pos_of(&f->pos);
        EMITN(LOAD_METHOD, m);
        c->u->loc = saved;
    } else {
        VISIT(f);
        EMIT0(PUSH_NULL);
    }
    return call_helper(c, 0, &e->v.Call.args, &e->v.Call.keywords);
}

static int compile_dict(compiler *c, ft_expr *e)
{
    ft_ssize n = e->v.Dict.keys.n;
    bool have = false;
    int pending = 0;
    for (ft_ssize i = 0; i < n; i++) {
        ft_expr *k = e->v.Dict.keys.items[i];
        if (k) {
            VISIT(k);
            VISIT(e->v.Dict.values.items[i]);
            pending++;
            continue;
        }
        if (pending || !have) {
            EMIT(BUILD_MAP, pending);
            if (have)
                EMIT(DICT_UPDATE, 1);
            have = true;
            pending = 0;
        }
        VISIT(e->v.Dict.values.items[i]);
        EMIT(DICT_UPDATE, 1);
    }
    if (pending || !have) {
        EMIT(BUILD_MAP, pending);
        if (have)
            EMIT(DICT_UPDATE, 1);
    }
    return 0;
}

static int compile_slice_expr(compiler *c, ft_expr *e)
{
    if (e->v.Slice.lower) VISIT(e->v.Slice.lower); else EMITC(ft_None);
    if (e->v.Slice.upper) VISIT(e->v.Slice.upper); else EMITC(ft_None);
    if (e->v.Slice.step) {
        VISIT(e->v.Slice.step);
        EMIT(BUILD_SLICE, 3);
    } else {
        EMIT(BUILD_SLICE, 2);
    }
    return 0;
}

static int compile_fstring(compiler *c, ft_expr *e)
{
    ft_ssize n = 0;
    for (ft_ssize i = 0; i < e->v.JoinedStr.values.n; i++) {
        ft_expr *v = e->v.JoinedStr.values.items[i];
        if (v->kind == FT_EXPR_CONSTANT && ft_str_check(v->v.Constant.value) &&
            ft_str_len(v->v.Constant.value) == 0)
            continue;
        VISIT(v);
        n++;
    }
    if (n == 0)
        EMITC(c->empty_str);
    else if (n > 1)
        EMIT(BUILD_STRING, n);
    return 0;
}

static int compile_formatted(compiler *c, ft_expr *e)
{
    VISIT(e->v.FormattedValue.value);
    int conv = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': conv = 1; break;
    case 'r': conv = 2; break;
    case 'a': conv = 3; break;
    default: conv = 0; break;
    }
    if (e->v.FormattedValue.format_spec) {
        VISIT(e->v.FormattedValue.format_spec);
        conv |= 4;
    }
    EMIT(FORMAT_VALUE, conv);
    return 0;
}

/* ---- functions, lambdas, classes -------------------------------------- */

/* The cell a closure created here captures for `name`: that of the
 * innermost inlined comprehension binding it, else the unit's own. */
static ft_ssize closure_index(compiler *c, ft_obj *name)
{
    unit *u = c->u;
    for (ft_ssize j = u->ninl - 1; j >= 0; j--) {
        st_sym *s = ft_st_lookup(u->inl[j], name);
        if (!s || s->scope == ST_SC_FREE)
            continue;
        if (s->scope == ST_SC_LOCAL || s->scope == ST_SC_CELL)
            return comp_cell_slot(u, name, true);
        break;
    }
    return unit_deref_index(u, name);
}

static int make_closure(compiler *c, ft_obj *code, int flags)
{
    ft_code *co = FT_CODE(code);
    unit *u = c->u;
    if (co->nfree) {
        for (int32_t i = 0; i < co->nfree; i++) {
            ft_obj *name = ft_tuple_get(co->freevars, i);
            ft_ssize idx = closure_index(c, name);
            if (idx < 0) {
                ft_err_format(ft_exc_SystemError, "compiler: cannot find cell for free variable %U in %U",
                              name, u->name);
                return -1;
            }
            EMIT(LOAD_CLOSURE, idx);
        }
        EMIT(BUILD_TUPLE, co->nfree);
        flags |= 8;
    }
    EMITC(code);
    EMIT(MAKE_FUNCTION, flags);
    return 0;
}

/* Push defaults / kw-defaults; returns MAKE_FUNCTION flag bits. */
static int compile_defaults(compiler *c, ft_arguments *a)
{
    int flags = 0;
    if (a->defaults.n) {
        for (ft_ssize i = 0; i < a->defaults.n; i++)
            VISIT(a->defaults.items[i]);
        EMIT(BUILD_TUPLE, a->defaults.n);
        flags |= 1;
    }
    int nkw = 0;
    for (ft_ssize i = 0; i < a->kwonlyargs.n; i++) {
        ft_expr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (!d)
            continue;
        ft_obj *m = mangle(c, a->kwonlyargs.items[i]->arg);
        if (!m)
            return -1;
        EMITC(m);
        VISIT(d);
        nkw++;
    }
    if (nkw) {
        EMIT(BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

/* Push an annotation: its value, or its source text under
 * `from __future__ import annotations`. */
static int compile_annotation_value(compiler *c, ft_expr *ann)
{
    if (c->future_annotations) {
        ft_obj *text = ft_compiler_unparse(ann);
        if (!text)
            return -1;
        EMITC(text);
        return 0;
    }
    if (ann->kind == FT_EXPR_STARRED) {
        /* *args: *Ts  evaluates as  [value] = [*Ts] */
        VISIT(ann->v.Starred.value);
        EMIT(UNPACK_SEQUENCE, 1);
        return 0;
    }
    VISIT(ann);
    return 0;
}

static int ann_one(compiler *c, ft_obj *name, ft_expr *ann, int *n)
{
    if (!ann)
        return 0;
    ft_obj *m = mangle(c, name);
    if (!m)
        return -1;
    EMITC(m);
    if (compile_annotation_value(c, ann) < 0)
        return -1;
    (*n)++;
    return 0;
}

/* Function annotations: a dict {name: value} passed to MAKE_FUNCTION (flag 4). */
static int compile_annotations(compiler *c, ft_arguments *a, ft_expr *returns)
{
    int n = 0;
    ft_arg_seq *seqs[2] = { &a->posonlyargs, &a->args };
    for (int k = 0; k < 2; k++)
        for (ft_ssize i = 0; i < seqs[k]->n; i++)
            if (ann_one(c, seqs[k]->items[i]->arg, seqs[k]->items[i]->annotation, &n) < 0)
                return -1;
    if (a->vararg && ann_one(c, a->vararg->arg, a->vararg->annotation, &n) < 0)
        return -1;
    for (ft_ssize i = 0; i < a->kwonlyargs.n; i++)
        if (ann_one(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n) < 0)
            return -1;
    if (a->kwarg && ann_one(c, a->kwarg->arg, a->kwarg->annotation, &n) < 0)
        return -1;
    if (returns) {
        ft_obj *r = ft_str_intern_cstr("return");
        if (!r)
            return -1;
        EMITC(r);
        if (compile_annotation_value(c, returns) < 0)
            return -1;
        n++;
    }
    if (!n)
        return 0;
    EMIT(BUILD_MAP, n);
    return 4;
}

static ft_obj *get_docstring(compiler *c, ft_stmt_seq *body)
{
    if (body->n == 0)
        return NULL;
    ft_stmt *s = body->items[0];
    if (s->kind != FT_STMT_EXPR || s->v.Expr.value->kind != FT_EXPR_CONSTANT)
        return NULL;
    ft_obj *v = s->v.Expr.value->v.Constant.value;
    return ft_str_check_exact(v) ? v : NULL;
}

static int code_flags_for(st_scope *ste, unit *parent)
{
    int flags = 0;
    if (ste->kind == ST_FUNCTION) {
        flags |= FT_CO_OPTIMIZED | FT_CO_NEWLOCALS;
        if (ste->is_coroutine && ste->is_generator)
            flags |= FT_CO_ASYNC_GENERATOR;
        else if (ste->is_coroutine)
            flags |= FT_CO_COROUTINE;
        else if (ste->is_generator)
            flags |= FT_CO_GENERATOR;
        if (ste->has_varargs)
            flags |= FT_CO_VARARGS;
        if (ste->has_varkw)
            flags |= FT_CO_VARKEYWORDS;
    }
    if (parent && parent->kind == ST_FUNCTION)
        flags |= FT_CO_NESTED;
    return flags;
}

static int set_arg_counts(unit *u, ft_arguments *a)
{
    u->argcount = (int)(a->posonlyargs.n + a->args.n);
    u->posonly = (int)a->posonlyargs.n;
    u->kwonly = (int)a->kwonlyargs.n;
    return 0;
}

static int apply_decorators_prefix(compiler *c, ft_expr_seq *decs)
{
    for (ft_ssize i = 0; i < decs->n; i++) {
        VISIT(decs->items[i]);
        EMIT0(PUSH_NULL);
    }
    return 0;
}

static int apply_decorators_calls(compiler *c, ft_expr_seq *decs)
{
    for (ft_ssize i = decs->n - 1; i >= 0; i--) {
        ft_position saved = c->u->loc;
        c->u->loc = pos_of(&decs->items[i]->pos);
        EMIT(CALL, 1);
        c->u->loc = saved;
    }
    return 0;
}

static int compile_function_body(compiler *c, ft_stmt_seq *body)
{
    ft_ssize start = 0;
    unit *u = c->u;
    ft_obj *doc = get_docstring(c, body);
    if (doc) {
        start = 1;
        if (c->optimize < 2) {
            if (add_const(c, doc) < 0)
                return -1;
            u->flags |= FT_CO_HAS_DOCSTRING;
        }
    }
    for (ft_ssize i = start; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0)
            return -1;
    return 0;   /* the assembler adds the implicit `return None` */
}

static int typeparam_helpers(compiler *c)
{
    if (!c->tp_typevar) {
        c->tp_typevar = ft_compiler_typevar_fn();
        c->tp_typealias = ft_compiler_typealias_fn();
        c->tp_generic = ft_compiler_generic_fn();
        if (!c->tp_typevar || !c->tp_typealias || !c->tp_generic)
            return -1;
    }
    return 0;
}

/* In a type-parameter unit: create each parameter and bind its name. */
static int compile_typeparams(compiler *c, ft_type_param_seq *tp)
{
    for (ft_ssize i = 0; i < tp->n; i++) {
        ft_type_param *t = tp->items[i];
        ft_position saved = c->u->loc;
        c->u->loc = pos_of(&t->pos);
        EMITC(c->tp_typevar);
        EMIT0(PUSH_NULL);
        EMITC(ft_smallint(t->kind));
        EMITC(t->name);
        if (t->bound && t->bound->kind == FT_EXPR_TUPLE) {
            EMITC(ft_None);
            VISIT(t->bound);
        } else {
            if (t->bound)
                VISIT(t->bound);
            else
                EMITC(ft_None);
            EMITC(ft_None);
        }
        if (t->default_value)
            VISIT(t->default_value);
        else
            EMITC(ft_None);
        EMIT(CALL, 5);
        if (compile_nameop(c, t->name, FT_CTX_STORE, &t->pos) < 0)
            return -1;
        c->u->loc = saved;
    }
    return 0;
}

static int load_typeparams_tuple(compiler *c, ft_type_param_seq *tp)
{
    for (ft_ssize i = 0; i < tp->n; i++)
        if (compile_nameop(c, tp->items[i]->name, FT_CTX_LOAD, &tp->items[i]->pos) < 0)
            return -1;
    EMIT(BUILD_TUPLE, tp->n);
    return 0;
}

static int enter_typeparams_unit(compiler *c, const void *key, int firstlineno)
{
    st_scope *ste = ft_symtable_lookup_scope(c->st, key);
    if (!ste) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing type-parameter scope");
        return -1;
    }
    unit *parent = c->u;
    if (typeparam_helpers(c) < 0 || enter_unit(c, ste, ste->name, firstlineno) < 0)
        return -1;
    c->u->flags = code_flags_for(ste, parent);
    return 0;
}

static int compile_funcdef(compiler *c, ft_stmt *s)
{
    ft_arguments *a = s->v.FunctionDef.args;
    ft_expr_seq *decs = &s->v.FunctionDef.decorator_list;
    ft_type_param_seq *tp = &s->v.FunctionDef.type_params;
    if (apply_decorators_prefix(c, decs) < 0)
        return -1;
    int firstlineno = s->pos.lineno;
    if (decs->n)
        firstlineno = decs->items[0]->pos.lineno;
    int flags = 0;
    if (tp->n) {
        /* f = <generic parameters of f>(defaults, kwdefaults) */
        if (enter_typeparams_unit(c, tp, firstlineno) < 0)
            return -1;
        c->u->loc = pos_of(&s->pos);
        if (compile_typeparams(c, tp) < 0)
            return -1;
        if (a->defaults.n) {
            flags |= 1;
            c->u->argcount++;
            if (compile_nameop(c, ft_str_intern_cstr(".defaults"), FT_CTX_LOAD, &s->pos) < 0)
                return -1;
        }
        bool kwd = false;
        for (ft_ssize i = 0; i < a->kw_defaults.n; i++)
            kwd |= a->kw_defaults.items[i] != NULL;
        if (kwd) {
            flags |= 2;
            c->u->argcount++;
            if (compile_nameop(c, ft_str_intern_cstr(".kwdefaults"), FT_CTX_LOAD, &s->pos) < 0)
                return -1;
        }
    } else {
        flags = compile_defaults(c, a);
        if (flags < 0)
            return -1;
    }
    int af = compile_annotations(c, a, s->v.FunctionDef.returns);
    if (af < 0)
        return -1;
    flags |= af;
    st_scope *ste = ft_symtable_lookup_scope(c->st, s);
    if (!ste) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing symbol table scope");
        return -1;
    }
    unit *parent = c->u;
    if (enter_unit(c, ste, s->v.FunctionDef.name, firstlineno) < 0)
        return -1;
    c->u->flags = code_flags_for(ste, parent);
    set_arg_counts(c->u, a);
    c->u->loc = pos_of(&s->pos);
    if (compile_function_body(c, &s->v.FunctionDef.body) < 0)
        return -1;
    ft_obj *code = assemble(c);
    exit_unit(c);
    if (!code)
        return -1;
    if (make_closure(c, code, flags) < 0)
        return -1;
    if (tp->n) {
        EMIT(COPY, 1);
        if (load_typeparams_tuple(c, tp) < 0)
            return -1;
        EMIT(SWAP, 2);
        EMITN(STORE_ATTR, ft_id(__type_params__));
        EMIT0(RETURN_VALUE);
        ft_obj *tcode = assemble(c);
        exit_unit(c);
        if (!tcode || make_closure(c, tcode, 0) < 0)
            return -1;
        EMIT0(PUSH_NULL);
        int nargs = compile_defaults(c, a);
        if (nargs < 0)
            return -1;
        EMIT(CALL, __builtin_popcount((unsigned)nargs));
    }
    if (apply_decorators_calls(c, decs) < 0)
        return -1;
    return compile_nameop(c, s->v.FunctionDef.name, FT_CTX_STORE, &s->pos);
}

static int compile_typealias(compiler *c, ft_stmt *s)
{
    ft_expr *name = s->v.TypeAlias.name;
    ft_type_param_seq *tp = &s->v.TypeAlias.type_params;
    if (typeparam_helpers(c) < 0)
        return -1;
    if (tp->n) {
        if (enter_typeparams_unit(c, tp, s->pos.lineno) < 0)
            return -1;
        c->u->loc = pos_of(&s->pos);
        if (compile_typeparams(c, tp) < 0)
            return -1;
    }
    EMITC(c->tp_typealias);
    EMIT0(PUSH_NULL);
    EMITC(name->v.Name.id);
    if (tp->n) {
        if (load_typeparams_tuple(c, tp) < 0)
            return -1;
    } else {
        EMITC(ft_None);
    }
    /* the lazily evaluated value */
    st_scope *ste = ft_symtable_lookup_scope(c->st, s);
    if (!ste) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing symbol table scope");
        return -1;
    }
    unit *parent = c->u;
    if (enter_unit(c, ste, name->v.Name.id, s->pos.lineno) < 0)
        return -1;
    c->u->flags = code_flags_for(ste, parent);
    c->u->loc = pos_of(&s->pos);
    VISIT(s->v.TypeAlias.value);
    EMIT0(RETURN_VALUE);
    ft_obj *vcode = assemble(c);
    exit_unit(c);
    if (!vcode || make_closure(c, vcode, 0) < 0)
        return -1;
    EMIT(CALL, 3);
    if (tp->n) {
        EMIT0(RETURN_VALUE);
        ft_obj *tcode = assemble(c);
        exit_unit(c);
        if (!tcode || make_closure(c, tcode, 0) < 0)
            return -1;
        EMIT0(PUSH_NULL);
        EMIT(CALL, 0);
    }
    return compile_nameop(c, name->v.Name.id, FT_CTX_STORE, &name->pos);
}

static int compile_lambda(compiler *c, ft_expr *e)
{
    ft_arguments *a = e->v.Lambda.args;
    int flags = compile_defaults(c, a);
    if (flags < 0)
        return -1;
    st_scope *ste = ft_symtable_lookup_scope(c->st, e);
    if (!ste) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing symbol table scope");
        return -1;
    }
    unit *parent = c->u;
    if (enter_unit(c, ste, ste->name, e->pos.lineno) < 0)
        return -1;
    c->u->flags = code_flags_for(ste, parent);
    set_arg_counts(c->u, a);
    c->u->loc = pos_of(&e->pos);
    /* a lambda has no docstring: make sure consts[0] is not taken for one */
    VISIT(e->v.Lambda.body);
    EMIT0(RETURN_VALUE);
    ft_obj *code = assemble(c);
    exit_unit(c);
    if (!code)
        return -1;
    return make_closure(c, code, flags);
}

static bool find_ann_in(ft_stmt_seq *seq);
static bool find_ann(ft_stmt *s)
{
    switch (s->kind) {
    case FT_STMT_ANNASSIGN:
        return true;
    case FT_STMT_FOR: case FT_STMT_ASYNCFOR:
        return find_ann_in(&s->v.For.body) || find_ann_in(&s->v.For.orelse);
    case FT_STMT_WHILE: case FT_STMT_IF:
        return find_ann_in(&s->v.While.body) || find_ann_in(&s->v.While.orelse);
    case FT_STMT_WITH: case FT_STMT_ASYNCWITH:
        return find_ann_in(&s->v.With.body);
    case FT_STMT_TRY: case FT_STMT_TRYSTAR:
        for (ft_ssize i = 0; i < s->v.Try.handlers.n; i++)
            if (find_ann_in(&s->v.Try.handlers.items[i]->body))
                return true;
        return find_ann_in(&s->v.Try.body) || find_ann_in(&s->v.Try.orelse) ||
               find_ann_in(&s->v.Try.finalbody);
    case FT_STMT_MATCH:
        for (ft_ssize i = 0; i < s->v.Match.cases.n; i++)
            if (find_ann_in(&s->v.Match.cases.items[i]->body))
                return true;
        return false;
    default:
        return false;
    }
}
static bool find_ann_in(ft_stmt_seq *seq)
{
    for (ft_ssize i = 0; i < seq->n; i++)
        if (find_ann(seq->items[i]))
            return true;
    return false;
}

static int compile_classdef(compiler *c, ft_stmt *s)
{
    ft_expr_seq *decs = &s->v.ClassDef.decorator_list;
    if (apply_decorators_prefix(c, decs) < 0)
        return -1;
    int firstlineno = s->pos.lineno;
    if (decs->n)
        firstlineno = decs->items[0]->pos.lineno;
    st_scope *ste = ft_symtable_lookup_scope(c->st, s);
    if (!ste) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing symbol table scope");
        return -1;
    }
    ft_type_param_seq *tp = &s->v.ClassDef.type_params;
    ft_obj *id_tp = NULL;
    if (tp->n) {
        /* C = <generic parameters of C>() */
        id_tp = ft_str_intern_cstr(".type_params");
        if (!id_tp || enter_typeparams_unit(c, tp, firstlineno) < 0)
            return -1;
        c->u->loc = pos_of(&s->pos);
        if (compile_typeparams(c, tp) < 0 || load_typeparams_tuple(c, tp) < 0 ||
            compile_nameop(c, id_tp, FT_CTX_STORE, &s->pos) < 0)
            return -1;
    }
    ft_position outer_loc = c->u->loc;
    unit *parent = c->u;
    if (enter_unit(c, ste, s->v.ClassDef.name, firstlineno) < 0)
        return -1;
    unit *u = c->u;
    u->flags = code_flags_for(ste, parent);
    u->loc = pos_of(&s->pos);
    if (compile_nameop(c, c->id_name, FT_CTX_LOAD, NULL) < 0)
        return -1;
    EMITN(STORE_NAME, c->id_module);
    EMITC(u->qualname);
    EMITN(STORE_NAME, c->id_qualname);
    EMITC(ft_int_from_i64(firstlineno));
    EMITN(STORE_NAME, c->id_firstlineno);
    if (tp->n) {
        if (compile_nameop(c, id_tp, FT_CTX_LOAD, &s->pos) < 0)
            return -1;
        EMITN(STORE_NAME, ft_id(__type_params__));
    }
    ft_stmt_seq *body = &s->v.ClassDef.body;
    if (find_ann_in(body))
        EMIT0(SETUP_ANNOTATIONS);
    ft_ssize start = 0;
    ft_obj *doc = get_docstring(c, body);
    if (doc) {
        start = 1;
        if (c->optimize < 2) {
            u->loc = pos_of(&body->items[0]->pos);
            EMITC(doc);
            EMITN(STORE_NAME, c->id_doc);
        }
    }
    for (ft_ssize i = start; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0)
            return -1;
    u->loc.lineno = u->loc.end_lineno = -1;
    u->loc.col = u->loc.end_col = -1;
    /* __static_attributes__: sorted names assigned as self.X in methods */
    if (u->nstatic > 1)
        qsort(u->static_attrs, (size_t)u->nstatic, sizeof(ft_obj *), cmp_names);
    ft_obj *sa = ft_tuple_from_array(u->static_attrs, u->nstatic);
    if (!sa)
        return -1;
    EMITC(sa);
    EMITN(STORE_NAME, c->id_static);
    if (ste->needs_class_closure) {
        ft_ssize idx = find_name(u->cellvars, u->ncellvars, c->id_class);
        EMIT(LOAD_CLOSURE, idx);
        EMITN(STORE_NAME, c->id_classcell);
    }
    EMITC(ft_None);
    EMIT0(RETURN_VALUE);
    ft_obj *code = assemble(c);
    exit_unit(c);
    if (!code)
        return -1;
    c->u->loc = outer_loc;
    EMIT0(LOAD_BUILD_CLASS);
    EMIT0(PUSH_NULL);
    if (make_closure(c, code, 0) < 0)
        return -1;
    EMITC(s->v.ClassDef.name);
    c->generic_base = tp->n > 0;
    if (call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords) < 0)
        return -1;
    if (tp->n) {
        EMIT0(RETURN_VALUE);
        ft_obj *tcode = assemble(c);
        exit_unit(c);
        if (!tcode || make_closure(c, tcode, 0) < 0)
            return -1;
        EMIT0(PUSH_NULL);
        EMIT(CALL, 0);
    }
    if (apply_decorators_calls(c, decs) < 0)
        return -1;
    return compile_nameop(c, s->v.ClassDef.name, FT_CTX_STORE, &s->pos);
}

/* ---- comprehensions --------------------------------------------------- */

/* One `for` clause and everything inside it. The first clause's iterator
 * is the ".0" argument of a generator expression; an inlined comprehension
 * finds the iterable itself on the stack and turns it into an iterator. */
static int comp_generator(compiler *c, ft_comprehension_seq *gens, ft_ssize gi, int depth,
                          ft_expr *elt, ft_expr *val, int kind, bool inlined)
{
    ft_comprehension *g = gens->items[gi];
    NEWLABEL(start);
    NEWLABEL(end);
    int except = -1;
    if (gi > 0)
        VISIT(g->iter);
    else if (!inlined) {
        ft_ssize i = find_name(c->u->varnames, c->u->nvarnames, c->id_dot0);
        EMIT(LOAD_FAST, i < 0 ? 0 : i);
    }
    /* iteration errors point at the iterable, as in CPython */
    ft_position saved = c->u->loc;
    c->u->loc = pos_of(&g->iter->pos);
    if ((gi > 0 || inlined) && emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0) < 0)
        return -1;
    depth++;
    USE(start);
    if (g->is_async) {
        except = new_label(c);
        if (except < 0 || push_handler(c, except, 0) < 0)
            return -1;
        EMIT0(GET_ANEXT);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
        pop_handler(c);
    } else {
        EMITJ(FOR_ITER, end);
    }
    c->u->loc = saved;
    VISIT(g->target);
    for (ft_ssize i = 0; i < g->ifs.n; i++)
        if (compile_jump_if(c, g->ifs.items[i], false, start) < 0)
            return -1;
    if (gi + 1 < gens->n) {
        if (comp_generator(c, gens, gi + 1, depth, elt, val, kind, inlined) < 0)
            return -1;
    } else {
        /* adding the element is located at the element (key: value for a
         * dict), as in CPython: "unhashable type" errors point there */
        ft_position saved_loc = c->u->loc;
        ft_position eloc = pos_of(kind == ST_COMP_DICT ? &val->pos : &elt->pos);
        if (kind == ST_COMP_DICT) {
            eloc.end_lineno = elt->pos.end_lineno;
            eloc.end_col = elt->pos.end_col_offset;
        }
        switch (kind) {
        case ST_COMP_GEN:
            VISIT(elt);
            c->u->loc = eloc;
            if (c->u->ste->is_coroutine)
                EMIT(CALL_INTRINSIC_1, FT_INTRINSIC_ASYNC_GEN_WRAP);
            EMIT0(YIELD_VALUE);
            EMIT0(POP_TOP);
            break;
        case ST_COMP_LIST:
            VISIT(elt);
            c->u->loc = eloc;
            EMIT(LIST_APPEND, depth + 1);
            break;
        case ST_COMP_SET:
            VISIT(elt);
            c->u->loc = eloc;
            EMIT(SET_ADD, depth + 1);
            break;
        case ST_COMP_DICT:
            VISIT(val);   /* the key */
            VISIT(elt);   /* the value */
            c->u->loc = eloc;
            EMIT(MAP_ADD, depth + 1);
            break;
        }
        c->u->loc = saved_loc;
    }
    EMITJ(JUMP, start);
    if (g->is_async) {
        USE(except);
        EMIT0(END_ASYNC_FOR);
    }
    USE(end);
    return 0;
}

static int compile_inlined_comprehension(compiler *c, ft_expr *e, st_scope *ste, int kind,
                                         ft_comprehension_seq *gens, ft_expr *elt, ft_expr *val);

static int compile_comprehension(compiler *c, ft_expr *e, int kind, ft_comprehension_seq *gens,
                                 ft_expr *elt, ft_expr *val)
{
    st_scope *ste = ft_symtable_lookup_scope(c->st, e);
    if (!ste) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing symbol table scope");
        return -1;
    }
    if (ste->comp_inlined)
        return compile_inlined_comprehension(c, e, ste, kind, gens, elt, val);
    unit *parent = c->u;
    if (enter_unit(c, ste, ste->name, e->pos.lineno) < 0)
        return -1;
    c->u->flags = code_flags_for(ste, parent);
    c->u->argcount = 1;
    c->u->loc = pos_of(&e->pos);
    if (kind == ST_COMP_LIST)
        EMIT(BUILD_LIST, 0);
    else if (kind == ST_COMP_SET)
        EMIT(BUILD_SET, 0);
    else if (kind == ST_COMP_DICT)
        EMIT(BUILD_MAP, 0);
    if (comp_generator(c, gens, 0, 0, elt, val, kind, false) < 0)
        return -1;
    if (kind == ST_COMP_GEN) {
        EMITC(ft_None);
    }
    EMIT0(RETURN_VALUE);
    ft_obj *code = assemble(c);
    exit_unit(c);
    if (!code)
        return -1;
    if (make_closure(c, code, 0) < 0)
        return -1;
    EMIT0(PUSH_NULL);
    ft_comprehension *outer = gens->items[0];
    VISIT(outer->iter);
    if (outer->is_async)
        EMIT0(GET_AITER);
    else
        EMIT0(GET_ITER);
    EMIT(CALL, 1);
    if (ste->is_coroutine && kind != ST_COMP_GEN) {
        EMIT(GET_AWAITABLE, 0);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
    }
    return 0;
}

/* PEP 709, as CPython 3.12+: a list/set/dict comprehension runs in the
 * enclosing code object. The names it binds keep their own bindings: their
 * outer values are parked on the stack around the loop and put back after
 * it, also when an exception escapes (a handler restores them and
 * re-raises):
 *
 *      <first iterable>                 [it]
 *      LOAD_FAST_AND_CLEAR / LOAD_CELL_AND_RENEW per bound name
 *                                       [it, s1..sn]
 *      SWAP n+1                         [sn, s1..s(n-1), it]   entry ->CLEANUP@d+n+1
 *      BUILD_LIST 0; SWAP 2; GET_ITER   [saved.., list, iter]
 *      <loops>                          [saved.., list]
 *      SWAP n+1; STORE_FAST_MAYBE_NULL / STORE_CELL in reverse; JUMP END
 *   CLEANUP:                            [saved.., list, exc]
 *      SWAP 2; POP_TOP; SWAP n+1; the same stores; RERAISE 0
 *   END:                                [list]
 */
static int restore_comp_locals(compiler *c, ft_ssize *slot, bool *cell, ft_ssize n)
{
    EMIT(SWAP, n + 1);
    for (ft_ssize i = n - 1; i >= 0; i--) {
        if (cell[i])
            EMIT(STORE_CELL, slot[i]);
        else
            EMIT(STORE_FAST_MAYBE_NULL, slot[i]);
    }
    return 0;
}

static int compile_inlined_comprehension(compiler *c, ft_expr *e, st_scope *ste, int kind,
                                         ft_comprehension_seq *gens, ft_expr *elt, ft_expr *val)
{
    unit *u = c->u;
    VISIT(gens->items[0]->iter);
    /* names bound by this comprehension */
    ft_ssize n = 0;
    for (ft_ssize i = 0; i < ste->nsyms; i++) {
        st_sym *sym = &ste->syms[i];
        if ((sym->scope == ST_SC_LOCAL || sym->scope == ST_SC_CELL) &&
            !(sym->flags & ST_DEF_PARAM))
            n++;
    }
    ft_ssize *slot = NULL;
    bool *cell = NULL;
    if (n) {
        slot = ft_gc_alloc((size_t)n * sizeof(ft_ssize), FT_GC_ATOMIC);
        cell = ft_gc_alloc((size_t)n * sizeof(bool), FT_GC_ATOMIC);
        if (!slot || !cell)
            return -1;
    }
    ft_ssize k = 0;
    for (ft_ssize i = 0; i < ste->nsyms; i++) {
        st_sym *sym = &ste->syms[i];
        if (!((sym->scope == ST_SC_LOCAL || sym->scope == ST_SC_CELL) &&
              !(sym->flags & ST_DEF_PARAM)))
            continue;
        ft_ssize d = comp_cell_slot(u, sym->name, sym->scope == ST_SC_CELL);
        if (d < 0 && sym->scope == ST_SC_CELL) {
            ft_err_format(ft_exc_SystemError, "compiler: no cell for comprehension variable %U", sym->name);
            return -1;
        }
        cell[k] = d >= 0;
        if (d >= 0) {
            slot[k] = d;
            EMIT(LOAD_CELL_AND_RENEW, d);
        } else {
            slot[k] = add_name_to(&u->varnames, &u->nvarnames, &u->capvarnames, sym->name);
            if (slot[k] < 0)
                return -1;
            EMIT(LOAD_FAST_AND_CLEAR, slot[k]);
        }
        k++;
    }
    int cleanup = -1, end = -1;
    if (n) {
        EMIT(SWAP, n + 1);
        cleanup = new_label(c);
        end = new_label(c);
        if (cleanup < 0 || end < 0 || push_handler(c, cleanup, 0) < 0)
            return -1;
    }
    if (emit(c, kind == ST_COMP_LIST ? OP_BUILD_LIST : kind == ST_COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP, 0) < 0)
        return -1;
    EMIT(SWAP, 2);
    if (grow((void **)&u->inl, &u->capinl, u->ninl + 1, sizeof(st_scope *), FT_GC_SCAN) < 0)
        return -1;
    u->inl[u->ninl++] = ste;
    int r = comp_generator(c, gens, 0, 0, elt, val, kind, true);
    u->ninl--;
    if (r < 0)
        return -1;
    if (n) {
        pop_handler(c);
        if (restore_comp_locals(c, slot, cell, n) < 0)
            return -1;
        EMITJ(JUMP, end);
        USE(cleanup);
        EMIT(SWAP, 2);
        EMIT0(POP_TOP);
        if (restore_comp_locals(c, slot, cell, n) < 0)
            return -1;
        EMIT(RERAISE, 0);
        USE(end);
    }
    return 0;
}

/* ---- assignment targets ---------------------------------------------- */

static int unpack_helper(compiler *c, ft_expr *e, ft_expr_seq *elts)
{
    ft_ssize n = elts->n;
    bool seen = false;
    for (ft_ssize i = 0; i < n; i++) {
        ft_expr *x = elts->items[i];
        if (x->kind == FT_EXPR_STARRED && !seen) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 16))
                return ERR(&e->pos, "too many expressions in star-unpacking assignment");
            EMIT(UNPACK_EX, i + ((n - i - 1) << 8));
            seen = true;
        } else if (x->kind == FT_EXPR_STARRED) {
            return ERR(&e->pos, "multiple starred expressions in assignment");
        }
    }
    if (!seen)
        EMIT(UNPACK_SEQUENCE, n);
    for (ft_ssize i = 0; i < n; i++) {
        ft_expr *x = elts->items[i];
        VISIT(x->kind == FT_EXPR_STARRED ? x->v.Starred.value : x);
    }
    return 0;
}

static void note_static_attr(compiler *c, ft_expr *e)
{
    ft_expr *v = e->v.Attribute.value;
    if (v->kind != FT_EXPR_NAME || v->v.Name.id != c->id_self)
        return;
    for (unit *u = c->u; u; u = u->parent) {
        if (u->kind == ST_CLASS) {
            add_name_to(&u->static_attrs, &u->nstatic, &u->capstatic, e->v.Attribute.attr);
            return;
        }
    }
}

/* ---- expressions (main switch) ---------------------------------------- */

static int compile_expr_inner(compiler *c, ft_expr *e)
{
    unit *u = c->u;
    switch (e->kind) {
    case FT_EXPR_BOOLOP: {
        NEWLABEL(end);
        int op = e->v.BoolOp.op == FT_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        ft_ssize n = e->v.BoolOp.values.n;
        for (ft_ssize i = 0; i < n - 1; i++) {
            VISIT(e->v.BoolOp.values.items[i]);
            if (emit(c, op, end) < 0)
                return -1;
        }
        VISIT(e->v.BoolOp.values.items[n - 1]);
        USE(end);
        return 0;
    }
    case FT_EXPR_NAMEDEXPR:
        VISIT(e->v.NamedExpr.value);
        EMIT(COPY, 1);
        VISIT(e->v.NamedExpr.target);
        return 0;
    case FT_EXPR_BINOP:
        VISIT(e->v.BinOp.left);
        VISIT(e->v.BinOp.right);
        EMIT(BINARY_OP, binop_of(e->v.BinOp.op));
        return 0;
    case FT_EXPR_UNARYOP: {
        ft_obj *k = e->v.UnaryOp.op == FT_UOP_USUB ? const_value(e) : NULL;
        if (k) {
            EMITC(k);
            return 0;
        }
        VISIT(e->v.UnaryOp.operand);
        switch (e->v.UnaryOp.op) {
        case FT_UOP_INVERT: EMIT0(UNARY_INVERT); break;
        case FT_UOP_NOT: EMIT0(UNARY_NOT); break;
        case FT_UOP_UADD: EMIT0(UNARY_POSITIVE); break;
        case FT_UOP_USUB: EMIT0(UNARY_NEGATIVE); break;
        }
        return 0;
    }
    case FT_EXPR_LAMBDA:
        return compile_lambda(c, e);
    case FT_EXPR_IFEXP: {
        NEWLABEL(orelse);
        NEWLABEL(end);
        if (compile_jump_if(c, e->v.IfExp.test, false, orelse) < 0)
            return -1;
        VISIT(e->v.IfExp.body);
        EMITJ(JUMP, end);
        USE(orelse);
        VISIT(e->v.IfExp.orelse);
        USE(end);
        return 0;
    }
    case FT_EXPR_DICT:
        return compile_dict(c, e);
    case FT_EXPR_SET:
        return compile_starunpack(c, &e->v.Set.elts, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case FT_EXPR_LISTCOMP:
        return compile_comprehension(c, e, ST_COMP_LIST, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case FT_EXPR_SETCOMP:
        return compile_comprehension(c, e, ST_COMP_SET, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case FT_EXPR_GENERATOREXP:
        return compile_comprehension(c, e, ST_COMP_GEN, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case FT_EXPR_DICTCOMP:
        return compile_comprehension(c, e, ST_COMP_DICT, &e->v.DictComp.generators, e->v.DictComp.value,
                                     e->v.DictComp.key);
    case FT_EXPR_AWAIT:
        if (u->kind != ST_FUNCTION)
            return ERR(&e->pos, "'await' outside function");
        if (!u->ste->is_async_def && !u->ste->comp)
            return ERR(&e->pos, "'await' outside async function");
        VISIT(e->v.Await.value);
        EMIT(GET_AWAITABLE, 0);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
        return 0;
    case FT_EXPR_YIELD:
        if (u->kind != ST_FUNCTION)
            return ERR(&e->pos, "'yield' outside function");
        if (e->v.Await.value)
            VISIT(e->v.Await.value);
        else
            EMITC(ft_None);
        if (u->ste->is_coroutine)
            EMIT(CALL_INTRINSIC_1, FT_INTRINSIC_ASYNC_GEN_WRAP);
        EMIT0(YIELD_VALUE);
        return 0;
    case FT_EXPR_YIELDFROM:
        if (u->kind != ST_FUNCTION)
            return ERR(&e->pos, "'yield' outside function");
        if (u->ste->is_coroutine)
            return ERR(&e->pos, "'yield from' inside async function");
        VISIT(e->v.Await.value);
        EMIT0(GET_YIELD_FROM_ITER);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
        return 0;
    case FT_EXPR_COMPARE:
        return compile_compare(c, e);
    case FT_EXPR_CALL:
        return compile_call(c, e);
    case FT_EXPR_FORMATTEDVALUE:
        return compile_formatted(c, e);
    case FT_EXPR_JOINEDSTR:
        return compile_fstring(c, e);
    case FT_EXPR_CONSTANT:
        EMITC(e->v.Constant.value);
        return 0;
    case FT_EXPR_ATTRIBUTE: {
        ft_obj *m = mangle(c, e->v.Attribute.attr);
        if (!m)
            return -1;
        VISIT(e->v.Attribute.value);
        switch (e->v.Attribute.ctx) {
        case FT_CTX_LOAD: EMITN(LOAD_ATTR, m); break;
        case FT_CTX_STORE:
            note_static_attr(c, e);
            EMITN(STORE_ATTR, m);
            break;
        case FT_CTX_DEL: EMITN(DELETE_ATTR, m); break;
        }
        return 0;
    }
    case FT_EXPR_SUBSCRIPT:
        VISIT(e->v.Subscript.value);
        VISIT(e->v.Subscript.slice);
        switch (e->v.Subscript.ctx) {
        case FT_CTX_LOAD: EMIT0(BINARY_SUBSCR); break;
        case FT_CTX_STORE: EMIT0(STORE_SUBSCR); break;
        case FT_CTX_DEL: EMIT0(DELETE_SUBSCR); break;
        }
        return 0;
    case FT_EXPR_STARRED:
        if (e->v.Starred.ctx == FT_CTX_STORE)
            return ERR(&e->pos, "starred assignment target must be in a list or tuple");
        return ERR(&e->pos, "can't use starred expression here");
    case FT_EXPR_NAME:
        return compile_nameop(c, e->v.Name.id, e->v.Name.ctx, &e->pos);
    case FT_EXPR_LIST:
    case FT_EXPR_TUPLE: {
        bool tuple = e->kind == FT_EXPR_TUPLE;
        switch (e->v.List.ctx) {
        case FT_CTX_STORE:
            return unpack_helper(c, e, &e->v.List.elts);
        case FT_CTX_DEL:
            for (ft_ssize i = 0; i < e->v.List.elts.n; i++)
                VISIT(e->v.List.elts.items[i]);
            return 0;
        default:
            break;
        }
        if (tuple && e->v.List.elts.n > 0 && all_constant(&e->v.List.elts)) {
            ft_obj *t = ft_tuple_new(e->v.List.elts.n);
            if (!t)
                return -1;
            for (ft_ssize i = 0; i < e->v.List.elts.n; i++)
                ft_tuple_items(t)[i] = const_value(e->v.List.elts.items[i]);
            EMITC(t);
            return 0;
        }
        return compile_starunpack(c, &e->v.List.elts, tuple ? OP_BUILD_TUPLE : OP_BUILD_LIST,
                                  OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
    }
    case FT_EXPR_SLICE:
        return compile_slice_expr(c, e);
    }
    ft_err_set_str(ft_exc_SystemError, "compiler: unknown expression kind");
    return -1;
}

static int compile_expr(compiler *c, ft_expr *e)
{
    if (!e) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing expression in the tree");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    unit *u = c->u;
    ft_position saved = u->loc;
    u->loc = pos_of(&e->pos);
    int r = compile_expr_inner(c, e);
    c->u->loc = saved;
    return r;
}

/* ---- statements -------------------------------------------------------- */

static int restore_handlers(compiler *c, int32_t *saved, ft_ssize n)
{
    unit *u = c->u;
    if (grow((void **)&u->hstack, &u->caphstack, n, sizeof(int32_t), FT_GC_ATOMIC) < 0)
        return -1;
    if (n)
        memcpy(u->hstack, saved, (size_t)n * sizeof(int32_t));
    u->nhstack = n;
    return 0;
}

static int32_t *save_handlers(compiler *c, ft_ssize *n)
{
    unit *u = c->u;
    *n = u->nhstack;
    int32_t *s = ft_gc_alloc((size_t)(u->nhstack + 1) * sizeof(int32_t), FT_GC_ATOMIC);
    if (s && u->nhstack)
        memcpy(s, u->hstack, (size_t)u->nhstack * sizeof(int32_t));
    return s;
}

static int compile_return(compiler *c, ft_stmt *s)
{
    unit *u = c->u;
    if (u->kind != ST_FUNCTION || u->ste->comp)
        return ERR(&s->pos, "'return' outside function");
    ft_expr *v = s->v.Return.value;
    if (v && u->ste->is_coroutine && u->ste->is_generator)
        return ERR(&s->pos, "'return' with value in async generator");
    for (int i = u->nfb - 1; i >= 0; i--)
        if (u->fb[i].kind == FB_EXCEPT_STAR)
            return ERR(&s->pos, "'break', 'continue' and 'return' cannot appear in an except* block");
    ft_ssize nh;
    int32_t *sh = save_handlers(c, &nh);
    if (!sh)
        return -1;
    bool is_const = !v || v->kind == FT_EXPR_CONSTANT;
    bool preserve = !is_const;
    if (preserve)
        VISIT(v);
    if (unwind_fblock_stack(c, preserve, NULL) < 0)
        return -1;
    if (is_const) {
        ft_ssize i = add_const(c, v ? v->v.Constant.value : ft_None);
        if (i < 0)
            return -1;
        EMIT(RETURN_CONST, i);
    } else {
        EMIT0(RETURN_VALUE);
    }
    return restore_handlers(c, sh, nh);
}

static int compile_break_continue(compiler *c, ft_stmt *s, bool is_break)
{
    fblock *loop = NULL;
    ft_ssize nh;
    int32_t *sh = save_handlers(c, &nh);
    if (!sh)
        return -1;
    /* find the loop first, for the error */
    unit *u = c->u;
    bool found = false;
    for (int i = u->nfb - 1; i >= 0; i--) {
        if (u->fb[i].kind == FB_WHILE || u->fb[i].kind == FB_FOR || u->fb[i].kind == FB_ASYNC_FOR) {
            found = true;
            break;
        }
        if (u->fb[i].kind == FB_EXCEPT_STAR)
            return ERR(&s->pos, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (!found)
        return ERR(&s->pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (unwind_fblock_stack(c, false, &loop) < 0)
        return -1;
    if (is_break) {
        fblock f = *loop;
        if (unwind_fblock(c, &f, false) < 0)
            return -1;
        EMITJ(JUMP, f.lexit);
    } else {
        EMITJ(JUMP, loop->lcontinue);
    }
    return restore_handlers(c, sh, nh);
}

static int compile_while(compiler *c, ft_stmt *s)
{
    NEWLABEL(start);
    NEWLABEL(orelse);
    NEWLABEL(end);
    USE(start);
    if (push_fblock(c, FB_WHILE, start, end, c->u->nhstack) < 0)
        return -1;
    if (compile_jump_if(c, s->v.While.test, false, orelse) < 0)
        return -1;
    VISIT_STMTS(&s->v.While.body);
    EMITJ(JUMP, start);
    pop_fblock(c);
    USE(orelse);
    VISIT_STMTS(&s->v.While.orelse);
    USE(end);
    return 0;
}

static int compile_for(compiler *c, ft_stmt *s)
{
    NEWLABEL(start);
    NEWLABEL(cleanup);
    NEWLABEL(end);
    VISIT(s->v.For.iter);
    EMIT0(GET_ITER);
    USE(start);
    if (push_fblock(c, FB_FOR, start, end, c->u->nhstack) < 0)
        return -1;
    EMITJ(FOR_ITER, cleanup);
    VISIT(s->v.For.target);
    VISIT_STMTS(&s->v.For.body);
    EMITJ(JUMP, start);
    pop_fblock(c);
    USE(cleanup);
    VISIT_STMTS(&s->v.For.orelse);
    USE(end);
    return 0;
}

static bool in_async_context(compiler *c)
{
    st_scope *ste = c->u->ste;
    return c->u->kind == ST_FUNCTION && (ste->is_async_def || (ste->comp && ste->is_coroutine));
}

static int compile_async_for(compiler *c, ft_stmt *s)
{
    if (!in_async_context(c))
        return ERR(&s->pos, "'async for' outside async function");
    NEWLABEL(start);
    NEWLABEL(except);
    NEWLABEL(end);
    VISIT(s->v.For.iter);
    EMIT0(GET_AITER);
    USE(start);
    if (push_handler(c, except, 0) < 0)
        return -1;
    EMIT0(GET_ANEXT);
    EMITC(ft_None);
    EMIT0(YIELD_FROM);
    pop_handler(c);
    if (push_fblock(c, FB_ASYNC_FOR, start, end, c->u->nhstack) < 0)
        return -1;
    VISIT(s->v.For.target);
    VISIT_STMTS(&s->v.For.body);
    EMITJ(JUMP, start);
    pop_fblock(c);
    USE(except);
    EMIT0(END_ASYNC_FOR);
    VISIT_STMTS(&s->v.For.orelse);
    USE(end);
    return 0;
}

static int compile_if(compiler *c, ft_stmt *s)
{
    NEWLABEL(end);
    if (s->v.If.orelse.n) {
        NEWLABEL(orelse);
        if (compile_jump_if(c, s->v.If.test, false, orelse) < 0)
            return -1;
        VISIT_STMTS(&s->v.If.body);
        EMITJ(JUMP, end);
        USE(orelse);
        VISIT_STMTS(&s->v.If.orelse);
    } else {
        if (compile_jump_if(c, s->v.If.test, false, end) < 0)
            return -1;
        VISIT_STMTS(&s->v.If.body);
    }
    USE(end);
    return 0;
}

static int compile_try_except(compiler *c, ft_stmt *s)
{
    unit *u = c->u;
    NEWLABEL(H);
    NEWLABEL(cleanup);
    NEWLABEL(orelse);
    NEWLABEL(end);
    ft_ssize hbase = u->nhstack;
    if (push_handler(c, H, 0) < 0)
        return -1;
    if (push_fblock(c, FB_TRY_EXCEPT, -1, -1, hbase) < 0)
        return -1;
    VISIT_STMTS(&s->v.Try.body);
    pop_fblock(c);
    pop_handler(c);
    EMITJ(JUMP, orelse);
    USE(H);
    int hc = push_handler(c, cleanup, 0);
    if (hc < 0)
        return -1;
    EMIT0(PUSH_EXC_INFO);
    ft_ssize n = s->v.Try.handlers.n;
    for (ft_ssize i = 0; i < n; i++) {
        ft_excepthandler *h = s->v.Try.handlers.items[i];
        u->loc = pos_of(&h->pos);
        if (!h->type && i < n - 1)
            return ERR(&h->pos, "default 'except:' must be last");
        NEWLABEL(next);
        if (h->type) {
            VISIT(h->type);
            EMIT0(CHECK_EXC_MATCH);
            EMITJ(POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            if (compile_nameop(c, h->name, FT_CTX_STORE, &h->pos) < 0)
                return -1;
            NEWLABEL(cleanup_body);
            if (push_handler(c, cleanup_body, 0) < 0)
                return -1;
            if (push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, hbase) < 0)
                return -1;
            u->fb[u->nfb - 1].name = h->name;
            VISIT_STMTS(&h->body);
            pop_fblock(c);
            pop_handler(c);
            pop_handler(c);
            u->loc.lineno = u->loc.end_lineno = -1;
            EMIT0(POP_EXCEPT);
            EMITC(ft_None);
            if (compile_nameop(c, h->name, FT_CTX_STORE, &h->pos) < 0 ||
                compile_nameop(c, h->name, FT_CTX_DEL, &h->pos) < 0)
                return -1;
            EMITJ(JUMP, end);
            if (resume_handler(c, hc) < 0)
                return -1;
            USE(cleanup_body);
            EMITC(ft_None);
            if (compile_nameop(c, h->name, FT_CTX_STORE, &h->pos) < 0 ||
                compile_nameop(c, h->name, FT_CTX_DEL, &h->pos) < 0)
                return -1;
            EMIT(RERAISE, 0);
        } else {
            EMIT0(POP_TOP);
            if (push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, hbase) < 0)
                return -1;
            VISIT_STMTS(&h->body);
            pop_fblock(c);
            pop_handler(c);
            u->loc.lineno = u->loc.end_lineno = -1;
            EMIT0(POP_EXCEPT);
            EMITJ(JUMP, end);
            if (resume_handler(c, hc) < 0)
                return -1;
        }
        USE(next);
    }
    EMIT(RERAISE, 0);
    pop_handler(c);
    USE(cleanup);
    EMIT(SWAP, 2);
    EMIT0(POP_EXCEPT);
    EMIT(RERAISE, 0);
    USE(orelse);
    VISIT_STMTS(&s->v.Try.orelse);
    USE(end);
    return 0;
}

static int compile_try_star_except(compiler *c, ft_stmt *s);

static int compile_try_finally(compiler *c, ft_stmt *s)
{
    unit *u = c->u;
    NEWLABEL(F);
    NEWLABEL(cleanup);
    NEWLABEL(end);
    ft_ssize hbase = u->nhstack;
    if (push_handler(c, F, 0) < 0)
        return -1;
    if (push_fblock(c, FB_FINALLY_TRY, -1, -1, hbase) < 0)
        return -1;
    u->fb[u->nfb - 1].stmt = s;
    if (s->v.Try.handlers.n) {
        if ((s->kind == FT_STMT_TRYSTAR ? compile_try_star_except(c, s) : compile_try_except(c, s)) < 0)
            return -1;
    } else {
        VISIT_STMTS(&s->v.Try.body);
    }
    pop_fblock(c);
    pop_handler(c);
    VISIT_STMTS(&s->v.Try.finalbody);
    EMITJ(JUMP, end);
    USE(F);
    u->loc.lineno = u->loc.end_lineno = -1;
    if (push_handler(c, cleanup, 0) < 0)
        return -1;
    EMIT0(PUSH_EXC_INFO);
    if (push_fblock(c, FB_FINALLY_END, -1, -1, hbase) < 0)
        return -1;
    VISIT_STMTS(&s->v.Try.finalbody);
    pop_fblock(c);
    u->loc.lineno = u->loc.end_lineno = -1;
    EMIT(RERAISE, 0);
    pop_handler(c);
    USE(cleanup);
    EMIT(SWAP, 2);
    EMIT0(POP_EXCEPT);
    EMIT(RERAISE, 0);
    USE(end);
    return 0;
}

/* try/except*: the handled exception `orig` is matched clause by clause
 * with _except_star_match (a helper constant), exceptions raised by the
 * clause bodies are collected in a list and _except_star_reraise computes
 * what propagates. Stack in the handler: [prev, orig, raised, rest]. */
static int compile_try_star_except(compiler *c, ft_stmt *s)
{
    unit *u = c->u;
    if (!c->es_match) {
        c->es_match = ft_compiler_except_star_match_fn();
        c->es_reraise = ft_compiler_except_star_reraise_fn();
        if (!c->es_match || !c->es_reraise)
            return -1;
    }
    NEWLABEL(H);
    NEWLABEL(cleanup);
    NEWLABEL(orelse);
    NEWLABEL(end);
    NEWLABEL(reraise);
    ft_ssize hbase = u->nhstack;
    if (push_handler(c, H, 0) < 0)
        return -1;
    if (push_fblock(c, FB_TRY_EXCEPT, -1, -1, hbase) < 0)
        return -1;
    VISIT_STMTS(&s->v.Try.body);
    pop_fblock(c);
    pop_handler(c);
    EMITJ(JUMP, orelse);
    USE(H);
    int hc = push_handler(c, cleanup, 0);
    if (hc < 0)
        return -1;
    EMIT0(PUSH_EXC_INFO);          /* [prev, orig] */
    EMIT(COPY, 1);                 /* [prev, orig, rest] */
    EMIT(BUILD_LIST, 0);
    EMIT(SWAP, 2);                 /* [prev, orig, raised, rest] */
    for (ft_ssize i = 0; i < s->v.Try.handlers.n; i++) {
        ft_excepthandler *h = s->v.Try.handlers.items[i];
        u->loc = pos_of(&h->pos);
        if (!h->type)
            return ERR(&h->pos, "expected one or more exception types");
        NEWLABEL(next);
        NEWLABEL(no_match);
        NEWLABEL(hbody);
        EMITC(c->es_match);
        EMIT0(PUSH_NULL);
        EMIT(COPY, 3);
        VISIT(h->type);
        EMIT(CALL, 2);             /* [.., raised, rest, (match, rest')] */
        EMIT(SWAP, 2);
        EMIT0(POP_TOP);
        EMIT(UNPACK_SEQUENCE, 2);  /* [.., raised, rest', match] */
        EMIT(COPY, 1);
        EMITJ(POP_JUMP_IF_NONE, no_match);
        EMIT0(PUSH_EXC_INFO);      /* [.., raised, rest', prev2, match] */
        if (h->name) {
            if (compile_nameop(c, h->name, FT_CTX_STORE, &h->pos) < 0)
                return -1;
        } else {
            EMIT0(POP_TOP);
        }
        if (push_handler(c, hbody, 0) < 0)
            return -1;
        if (push_fblock(c, FB_EXCEPT_STAR, -1, -1, hbase) < 0)
            return -1;
        VISIT_STMTS(&h->body);
        pop_fblock(c);
        pop_handler(c);
        u->loc.lineno = u->loc.end_lineno = -1;
        EMIT0(POP_EXCEPT);         /* [.., raised, rest'] */
        if (h->name) {
            EMITC(ft_None);
            if (compile_nameop(c, h->name, FT_CTX_STORE, &h->pos) < 0 ||
                compile_nameop(c, h->name, FT_CTX_DEL, &h->pos) < 0)
                return -1;
        }
        EMITJ(JUMP, next);
        USE(hbody);                /* [.., raised, rest', prev2, exc] */
        if (h->name) {
            EMITC(ft_None);
            if (compile_nameop(c, h->name, FT_CTX_STORE, &h->pos) < 0 ||
                compile_nameop(c, h->name, FT_CTX_DEL, &h->pos) < 0)
                return -1;
        }
        EMIT(LIST_APPEND, 3);      /* raised.append(exc) */
        EMIT0(POP_EXCEPT);
        EMITJ(JUMP, next);
        USE(no_match);
        EMIT0(POP_TOP);
        USE(next);
    }
    u->loc.lineno = u->loc.end_lineno = -1;
    EMIT(LIST_APPEND, 1);          /* raised.append(rest): [prev, orig, raised] */
    EMITC(c->es_reraise);
    EMIT0(PUSH_NULL);
    EMIT(COPY, 4);
    EMIT(COPY, 4);
    EMIT(CALL, 2);                 /* [prev, orig, raised, result] */
    EMIT(SWAP, 2);
    EMIT0(POP_TOP);
    EMIT(SWAP, 2);
    EMIT0(POP_TOP);                /* [prev, result] */
    EMIT(COPY, 1);
    EMITJ(POP_JUMP_IF_NOT_NONE, reraise);
    EMIT0(POP_TOP);
    pop_handler(c);
    EMIT0(POP_EXCEPT);
    EMITJ(JUMP, end);
    if (resume_handler(c, hc) < 0)
        return -1;
    USE(reraise);
    EMIT(RERAISE, 0);
    pop_handler(c);
    USE(cleanup);
    EMIT(SWAP, 2);
    EMIT0(POP_EXCEPT);
    EMIT(RERAISE, 0);
    USE(orelse);
    VISIT_STMTS(&s->v.Try.orelse);
    USE(end);
    return 0;
}

static int compile_try(compiler *c, ft_stmt *s)
{
    if (s->v.Try.finalbody.n)
        return compile_try_finally(c, s);
    if (s->kind == FT_STMT_TRYSTAR)
        return compile_try_star_except(c, s);
    return compile_try_except(c, s);
}

static int compile_with(compiler *c, ft_stmt *s, ft_ssize idx, bool is_async)
{
    unit *u = c->u;
    ft_withitem *item = s->v.With.items.items[idx];
    NEWLABEL(H);
    NEWLABEL(cleanup);
    NEWLABEL(end);
    NEWLABEL(S);
    ft_ssize hbase = u->nhstack;
    VISIT(item->context_expr);
    if (is_async) {
        EMIT0(BEFORE_ASYNC_WITH);
        EMIT(GET_AWAITABLE, 1);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
    } else {
        EMIT0(BEFORE_WITH);
    }
    if (push_handler(c, H, -1) < 0)
        return -1;
    if (push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, hbase) < 0)
        return -1;
    if (item->optional_vars)
        VISIT(item->optional_vars);
    else
        EMIT0(POP_TOP);
    if (idx + 1 < s->v.With.items.n) {
        if (compile_with(c, s, idx + 1, is_async) < 0)
            return -1;
    } else {
        VISIT_STMTS(&s->v.With.body);
    }
    pop_fblock(c);
    pop_handler(c);
    u->loc = pos_of(&s->pos);
    if (emit_with_exit_call(c, is_async) < 0)
        return -1;
    EMITJ(JUMP, end);
    USE(H);
    if (push_handler(c, cleanup, 0) < 0)
        return -1;
    EMIT0(PUSH_EXC_INFO);
    EMIT0(WITH_EXCEPT_START);
    if (is_async) {
        EMIT(GET_AWAITABLE, 2);
        EMITC(ft_None);
        EMIT0(YIELD_FROM);
    }
    EMITJ(POP_JUMP_IF_TRUE, S);
    EMIT(RERAISE, 2);
    USE(S);
    EMIT0(POP_TOP);
    pop_handler(c);
    EMIT0(POP_EXCEPT);
    EMIT0(POP_TOP);
    EMITJ(JUMP, end);
    USE(cleanup);
    EMIT(SWAP, 2);
    EMIT0(POP_EXCEPT);
    EMIT(RERAISE, 0);
    USE(end);
    return 0;
}

static int compile_augassign(compiler *c, ft_stmt *s)
{
    ft_expr *t = s->v.AugAssign.target;
    int op = binop_of(s->v.AugAssign.op) + (FT_BINOP_INPLACE_ADD - FT_BINOP_ADD);
    unit *u = c->u;
    switch (t->kind) {
    case FT_EXPR_NAME:
        if (compile_nameop(c, t->v.Name.id, FT_CTX_LOAD, &t->pos) < 0)
            return -1;
        VISIT(s->v.AugAssign.value);
        EMIT(BINARY_OP, op);
        return compile_nameop(c, t->v.Name.id, FT_CTX_STORE, &t->pos);
    case FT_EXPR_ATTRIBUTE: {
        ft_obj *m = mangle(c, t->v.Attribute.attr);
        if (!m)
            return -1;
        VISIT(t->v.Attribute.value);
        EMIT(COPY, 1);
        u->loc = pos_of(&t->pos);
        EMITN(LOAD_ATTR, m);
        VISIT(s->v.AugAssign.value);
        u->loc = pos_of(&s->pos);
        EMIT(BINARY_OP, op);
        EMIT(SWAP, 2);
        u->loc = pos_of(&t->pos);
        EMITN(STORE_ATTR, m);   /* CPython does not count augmented stores in __static_attributes__ */
        return 0;
    }
    case FT_EXPR_SUBSCRIPT:
        VISIT(t->v.Subscript.value);
        VISIT(t->v.Subscript.slice);
        EMIT(COPY, 2);
        EMIT(COPY, 2);
        u->loc = pos_of(&t->pos);
        EMIT0(BINARY_SUBSCR);
        VISIT(s->v.AugAssign.value);
        u->loc = pos_of(&s->pos);
        EMIT(BINARY_OP, op);
        EMIT(SWAP, 3);
        EMIT(SWAP, 2);
        u->loc = pos_of(&t->pos);
        EMIT0(STORE_SUBSCR);
        return 0;
    default:
        return ERR(&t->pos, "illegal expression for augmented assignment");
    }
}

static int compile_annassign(compiler *c, ft_stmt *s)
{
    ft_expr *t = s->v.AnnAssign.target;
    unit *u = c->u;
    if (s->v.AnnAssign.value) {
        VISIT(s->v.AnnAssign.value);
        VISIT(t);
    }
    switch (t->kind) {
    case FT_EXPR_NAME:
        if (s->v.AnnAssign.simple && u->kind != ST_FUNCTION) {
            if (compile_annotation_value(c, s->v.AnnAssign.annotation) < 0)
                return -1;
            EMITN(LOAD_NAME, c->id_annotations);
            ft_obj *m = mangle(c, t->v.Name.id);
            if (!m)
                return -1;
            EMITC(m);
            EMIT0(STORE_SUBSCR);
        }
        return 0;
    case FT_EXPR_ATTRIBUTE:
        if (!s->v.AnnAssign.value) {
            VISIT(t->v.Attribute.value);
            EMIT0(POP_TOP);
        }
        break;
    case FT_EXPR_SUBSCRIPT:
        if (!s->v.AnnAssign.value) {
            VISIT(t->v.Subscript.value);
            EMIT0(POP_TOP);
            VISIT(t->v.Subscript.slice);
            EMIT0(POP_TOP);
        }
        break;
    default:
        return ERR(&t->pos, "invalid node type for annotated assignment");
    }
    if (u->kind != ST_FUNCTION && !c->future_annotations) {
        VISIT(s->v.AnnAssign.annotation);
        EMIT0(POP_TOP);
    }
    return 0;
}

static int compile_import(compiler *c, ft_stmt *s)
{
    for (ft_ssize i = 0; i < s->v.Import.names.n; i++) {
        ft_alias *a = s->v.Import.names.items[i];
        c->u->loc = pos_of(&a->pos);
        EMITC(ft_smallint(0));
        EMITC(ft_None);
        EMITN(IMPORT_NAME, a->name);
        const char *n = ft_str_utf8(a->name);
        const char *dot = strchr(n, '.');
        if (a->asname) {
            if (dot) {
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    ft_obj *part = ft_str_new(p, q ? q - p : (ft_ssize)strlen(p));
                    if (!part)
                        return -1;
                    EMITN(IMPORT_FROM, part);
                    if (!q)
                        break;
                    EMIT(SWAP, 2);
                    EMIT0(POP_TOP);
                    p = q + 1;
                }
                if (compile_nameop(c, a->asname, FT_CTX_STORE, &a->pos) < 0)
                    return -1;
                EMIT0(POP_TOP);
            } else if (compile_nameop(c, a->asname, FT_CTX_STORE, &a->pos) < 0) {
                return -1;
            }
        } else {
            ft_obj *store = a->name;
            if (dot) {
                store = ft_str_new(n, dot - n);
                if (!store || !(store = ft_str_intern(store)))
                    return -1;
            }
            if (compile_nameop(c, store, FT_CTX_STORE, &a->pos) < 0)
                return -1;
        }
    }
    return 0;
}

static int compile_importfrom(compiler *c, ft_stmt *s)
{
    ft_alias_seq *names = &s->v.ImportFrom.names;
    if (s->v.ImportFrom.module && s->v.ImportFrom.level == 0 &&
        ft_str_eq_cstr(s->v.ImportFrom.module, "__future__")) {
        bool leading = false;
        for (ft_ssize i = 0; i < c->nfuture; i++)
            if (c->future_stmts[i] == s)
                leading = true;
        if (!leading)
            return ERR(&s->pos, "from __future__ imports must occur at the beginning of the file");
    }
    ft_obj *fromlist = ft_tuple_new(names->n);
    if (!fromlist)
        return -1;
    for (ft_ssize i = 0; i < names->n; i++)
        ft_tuple_items(fromlist)[i] = names->items[i]->name;
    EMITC(ft_int_from_i64(s->v.ImportFrom.level));
    EMITC(fromlist);
    EMITN(IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : c->empty_str);
    for (ft_ssize i = 0; i < names->n; i++) {
        ft_alias *a = names->items[i];
        c->u->loc = pos_of(&a->pos);
        if (strcmp(ft_str_utf8(a->name), "*") == 0) {
            EMIT(CALL_INTRINSIC_1, FT_INTRINSIC_IMPORT_STAR);
            EMIT0(POP_TOP);
            return 0;
        }
        EMITN(IMPORT_FROM, a->name);
        if (compile_nameop(c, a->asname ? a->asname : a->name, FT_CTX_STORE, &a->pos) < 0)
            return -1;
    }
    EMIT0(POP_TOP);
    return 0;
}

static int compile_assert(compiler *c, ft_stmt *s)
{
    if (c->optimize)
        return 0;
    NEWLABEL(end);
    if (compile_jump_if(c, s->v.Assert.test, true, end) < 0)
        return -1;
    EMIT0(LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        EMIT0(PUSH_NULL);
        VISIT(s->v.Assert.msg);
        EMIT(CALL, 1);
    }
    /* As CPython, the raise is located at the test: tracebacks underline it. */
    ft_position saved = c->u->loc;
    c->u->loc = pos_of(&s->v.Assert.test->pos);
    EMIT(RAISE_VARARGS, 1);
    c->u->loc = saved;
    USE(end);
    return 0;
}

/* ---- pattern matching ------------------------------------------------- */

typedef struct pctx {
    ft_obj **stores; ft_ssize nstores, capstores;
    int *fail_pop; ft_ssize nfail, capfail;
    bool allow_irrefutable;
    int on_top;
} pctx;

static int compile_pattern(compiler *c, ft_pattern *p, pctx *pc);

static int ensure_fail_pop(compiler *c, pctx *pc, ft_ssize n)
{
    if (n < pc->nfail)
        return 0;
    if (grow((void **)&pc->fail_pop, &pc->capfail, n + 1, sizeof(int), FT_GC_ATOMIC) < 0)
        return -1;
    while (pc->nfail <= n) {
        int l = new_label(c);
        if (l < 0)
            return -1;
        pc->fail_pop[pc->nfail++] = l;
    }
    return 0;
}

static int jump_to_fail_pop(compiler *c, pctx *pc, int op)
{
    ft_ssize pops = pc->on_top;
    if (ensure_fail_pop(c, pc, pops) < 0)
        return -1;
    return emit(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(compiler *c, pctx *pc)
{
    if (!pc->nfail)
        return 0;
    for (ft_ssize i = pc->nfail - 1; i > 0; i--) {
        USE(pc->fail_pop[i]);
        EMIT0(POP_TOP);
    }
    USE(pc->fail_pop[0]);
    pc->nfail = 0;
    pc->fail_pop = NULL;
    pc->capfail = 0;
    return 0;
}

static int pattern_store(compiler *c, ft_obj *name, pctx *pc, const ft_ast_pos *pos)
{
    if (!name) {
        EMIT0(POP_TOP);
        return 0;
    }
    for (ft_ssize i = 0; i < pc->nstores; i++)
        if (ft_str_eq(pc->stores[i], name))
            return ERR(pos, "multiple assignments to name %R in pattern", name);
    if (add_name_to(&pc->stores, &pc->nstores, &pc->capstores, name) < 0)
        return -1;
    return compile_nameop(c, name, FT_CTX_STORE, pos);
}

static bool is_wildcard(ft_pattern *p)
{
    return p->kind == FT_PAT_MATCHAS && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(ft_pattern *p)
{
    return p->kind == FT_PAT_MATCHSTAR && !p->v.MatchStar.name;
}

static int compile_subpattern(compiler *c, ft_pattern *p, pctx *pc)
{
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

static int pattern_sequence(compiler *c, ft_pattern *p, pctx *pc)
{
    ft_pattern_seq *pats = &p->v.MatchSequence.patterns;
    ft_ssize size = pats->n, star = -1;
    bool only_wildcard = true;
    for (ft_ssize i = 0; i < size; i++) {
        ft_pattern *x = pats->items[i];
        if (x->kind == FT_PAT_MATCHSTAR) {
            if (star >= 0)
                return ERR(&p->pos, "multiple starred names in sequence pattern");
            star = i;
        }
        only_wildcard &= is_wildcard(x) || is_star_wildcard(x);
    }
    pc->on_top++;
    EMIT0(MATCH_SEQUENCE);
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (star < 0) {
        EMIT0(GET_LEN);
        EMITC(ft_int_from_i64(size));
        EMIT(COMPARE_OP, FT_EQ);
        if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
            return -1;
    } else if (size - 1 > 0) {
        EMIT0(GET_LEN);
        EMITC(ft_int_from_i64(size - 1));
        EMIT(COMPARE_OP, FT_GE);
        if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
            return -1;
    }
    pc->on_top--;
    if (only_wildcard) {
        EMIT0(POP_TOP);
        return 0;
    }
    if (star < 0) {
        EMIT(UNPACK_SEQUENCE, size);
    } else {
        if (star >= (1 << 8) || size - star - 1 >= (1 << 16))
            return ERR(&p->pos, "too many expressions in star-unpacking sequence pattern");
        EMIT(UNPACK_EX, star + ((size - star - 1) << 8));
    }
    pc->on_top += (int)size;
    for (ft_ssize i = 0; i < size; i++) {
        pc->on_top--;
        ft_pattern *x = pats->items[i];
        if (x->kind == FT_PAT_MATCHSTAR) {
            if (pattern_store(c, x->v.MatchStar.name, pc, &x->pos) < 0)
                return -1;
        } else if (compile_subpattern(c, x, pc) < 0) {
            return -1;
        }
    }
    return 0;
}

static int pattern_mapping(compiler *c, ft_pattern *p, pctx *pc)
{
    ft_expr_seq *keys = &p->v.MatchMapping.keys;
    ft_pattern_seq *pats = &p->v.MatchMapping.patterns;
    ft_ssize n = keys->n;
    if (n != pats->n)
        return ERR(&p->pos, "keys (%zd) / patterns (%zd) length mismatch in mapping pattern", n, pats->n);
    pc->on_top++;
    EMIT0(MATCH_MAPPING);
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (!n && !p->v.MatchMapping.rest) {
        pc->on_top--;
        EMIT0(POP_TOP);
        return 0;
    }
    if (n) {
        EMIT0(GET_LEN);
        EMITC(ft_int_from_i64(n));
        EMIT(COMPARE_OP, FT_GE);
        if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
            return -1;
    }
    for (ft_ssize i = 0; i < n; i++) {
        ft_expr *k = keys->items[i];
        if (k->kind == FT_EXPR_CONSTANT) {
            for (ft_ssize j = 0; j < i; j++) {
                ft_expr *o = keys->items[j];
                if (o->kind != FT_EXPR_CONSTANT)
                    continue;
                int eq = ft_richcompare_bool(o->v.Constant.value, k->v.Constant.value, FT_EQ);
                if (eq < 0)
                    return -1;
                if (eq)
                    return ERR(&p->pos, "mapping pattern checks duplicate key (%R)", k->v.Constant.value);
            }
        } else if (k->kind != FT_EXPR_ATTRIBUTE) {
            return ERR(&k->pos, "mapping pattern keys may only match literals and attribute lookups");
        }
        VISIT(k);
    }
    EMIT(BUILD_TUPLE, n);
    EMIT0(MATCH_KEYS);
    pc->on_top += 2;
    EMIT(COPY, 1);
    EMITC(ft_None);
    EMIT(IS_OP, 1);
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    EMIT(UNPACK_SEQUENCE, n);
    pc->on_top += (int)n - 1;
    for (ft_ssize i = 0; i < n; i++) {
        pc->on_top--;
        if (compile_subpattern(c, pats->items[i], pc) < 0)
            return -1;
    }
    /* [subject, keys] */
    if (p->v.MatchMapping.rest) {
        EMIT0(COPY_DICT_WITHOUT_KEYS);
        pc->on_top--;
        if (pattern_store(c, p->v.MatchMapping.rest, pc, &p->pos) < 0)
            return -1;
        pc->on_top--;
        EMIT0(POP_TOP);
    } else {
        EMIT0(POP_TOP);
        EMIT0(POP_TOP);
        pc->on_top -= 2;
    }
    return 0;
}

static int pattern_class(compiler *c, ft_pattern *p, pctx *pc)
{
    ft_pattern_seq *pats = &p->v.MatchClass.patterns;
    ft_ident_seq *attrs = &p->v.MatchClass.kwd_attrs;
    ft_pattern_seq *kpats = &p->v.MatchClass.kwd_patterns;
    ft_ssize npos = pats->n, nkw = attrs->n;
    if (nkw != kpats->n)
        return ERR(&p->pos, "kwd_attrs (%zd) / kwd_patterns (%zd) length mismatch in class pattern", nkw, kpats->n);
    for (ft_ssize i = 0; i < nkw; i++)
        for (ft_ssize j = i + 1; j < nkw; j++)
            if (ft_str_eq(attrs->items[i], attrs->items[j]))
                return ERR(&kpats->items[j]->pos, "attribute name repeated in class pattern: %U", attrs->items[j]);
    VISIT(p->v.MatchClass.cls);
    ft_obj *names = ft_tuple_new(nkw);
    if (!names)
        return -1;
    for (ft_ssize i = 0; i < nkw; i++)
        ft_tuple_items(names)[i] = attrs->items[i];
    EMITC(names);
    EMIT(MATCH_CLASS, npos);
    EMIT(COPY, 1);
    EMITC(ft_None);
    EMIT(IS_OP, 1);
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    ft_ssize n = npos + nkw;
    if (!n) {
        pc->on_top--;
        EMIT0(POP_TOP);
        return 0;
    }
    EMIT(UNPACK_SEQUENCE, n);
    pc->on_top += (int)n - 1;
    for (ft_ssize i = 0; i < n; i++) {
        pc->on_top--;
        ft_pattern *x = i < npos ? pats->items[i] : kpats->items[i - npos];
        if (compile_subpattern(c, x, pc) < 0)
            return -1;
    }
    return 0;
}

static int pattern_or(compiler *c, ft_pattern *p, pctx *pc)
{
    ft_pattern_seq *alts = &p->v.MatchOr.patterns;
    NEWLABEL(end);
    pctx old = *pc;
    ft_obj **control = NULL;
    ft_ssize ncontrol = 0;
    for (ft_ssize i = 0; i < alts->n; i++) {
        ft_pattern *alt = alts->items[i];
        pctx sub = {0};
        for (ft_ssize j = 0; j < old.nstores; j++)
            if (add_name_to(&sub.stores, &sub.nstores, &sub.capstores, old.stores[j]) < 0)
                return -1;
        sub.allow_irrefutable = (i == alts->n - 1) && old.allow_irrefutable;
        sub.on_top = 0;
        c->u->loc = pos_of(&alt->pos);
        EMIT(COPY, 1);
        if (compile_pattern(c, alt, &sub) < 0)
            return -1;
        ft_obj **bound = sub.stores + old.nstores;
        ft_ssize nbound = sub.nstores - old.nstores;
        if (i == 0) {
            control = bound;
            ncontrol = nbound;
        } else {
            bool same = nbound == ncontrol;
            for (ft_ssize j = 0; same && j < nbound; j++)
                if (find_name(control, ncontrol, bound[j]) < 0)
                    same = false;
            if (!same)
                return ERR(&p->pos, "alternative patterns bind different names");
        }
        EMITJ(JUMP, end);
        if (emit_and_reset_fail_pop(c, &sub) < 0)
            return -1;
    }
    /* every alternative failed: [.., subject] */
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, OP_JUMP) < 0)
        return -1;
    pc->on_top--;
    USE(end);
    EMIT0(POP_TOP);
    for (ft_ssize j = 0; j < ncontrol; j++)
        if (add_name_to(&pc->stores, &pc->nstores, &pc->capstores, control[j]) < 0)
            return -1;
    return 0;
}

static int compile_pattern(compiler *c, ft_pattern *p, pctx *pc)
{
    if (!p) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing pattern in the tree");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    unit *u = c->u;
    ft_position saved = u->loc;
    u->loc = pos_of(&p->pos);
    int r = 0;
    switch (p->kind) {
    case FT_PAT_MATCHVALUE: {
        ft_expr *v = p->v.MatchValue.value;
        if (v->kind != FT_EXPR_CONSTANT && v->kind != FT_EXPR_ATTRIBUTE && v->kind != FT_EXPR_UNARYOP &&
            v->kind != FT_EXPR_BINOP)
            return ERR(&v->pos, "patterns may only match literals and attribute lookups");
        VISIT(v);
        EMIT(COMPARE_OP, FT_EQ);
        r = jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    }
    case FT_PAT_MATCHSINGLETON:
        EMITC(p->v.MatchSingleton.value);
        EMIT(IS_OP, 0);
        r = jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case FT_PAT_MATCHSEQUENCE:
        r = pattern_sequence(c, p, pc);
        break;
    case FT_PAT_MATCHMAPPING:
        r = pattern_mapping(c, p, pc);
        break;
    case FT_PAT_MATCHCLASS:
        r = pattern_class(c, p, pc);
        break;
    case FT_PAT_MATCHSTAR:
        r = pattern_store(c, p->v.MatchStar.name, pc, &p->pos);
        break;
    case FT_PAT_MATCHAS:
        if (!p->v.MatchAs.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->v.MatchAs.name)
                    return ERR(&p->pos, "name capture %R makes remaining patterns unreachable", p->v.MatchAs.name);
                return ERR(&p->pos, "wildcard makes remaining patterns unreachable");
            }
            r = pattern_store(c, p->v.MatchAs.name, pc, &p->pos);
            break;
        }
        pc->on_top++;
        EMIT(COPY, 1);
        if (compile_pattern(c, p->v.MatchAs.pattern, pc) < 0)
            return -1;
        pc->on_top--;
        r = pattern_store(c, p->v.MatchAs.name, pc, &p->pos);
        break;
    case FT_PAT_MATCHOR:
        r = pattern_or(c, p, pc);
        break;
    }
    c->u->loc = saved;
    return r;
}

static int compile_match(compiler *c, ft_stmt *s)
{
    VISIT(s->v.Match.subject);
    NEWLABEL(end);
    ft_ssize n = s->v.Match.cases.n;
    for (ft_ssize i = 0; i < n; i++) {
        ft_match_case *m = s->v.Match.cases.items[i];
        bool last = i == n - 1;
        pctx pc = {0};
        pc.allow_irrefutable = m->guard != NULL || last;
        c->u->loc = pos_of(&m->pattern->pos);
        if (!last)
            EMIT(COPY, 1);
        if (compile_pattern(c, m->pattern, &pc) < 0)
            return -1;
        if (m->guard) {
            if (ensure_fail_pop(c, &pc, 0) < 0)
                return -1;
            if (compile_jump_if(c, m->guard, false, pc.fail_pop[0]) < 0)
                return -1;
        }
        if (!last)
            EMIT0(POP_TOP);
        VISIT_STMTS(&m->body);
        EMITJ(JUMP, end);
        if (emit_and_reset_fail_pop(c, &pc) < 0)
            return -1;
    }
    USE(end);
    return 0;
}

/* ---- statement dispatcher ---------------------------------------------- */

static int compile_stmt_inner(compiler *c, ft_stmt *s)
{
    switch (s->kind) {
    case FT_STMT_FUNCTIONDEF:
    case FT_STMT_ASYNCFUNCTIONDEF:
        return compile_funcdef(c, s);
    case FT_STMT_CLASSDEF:
        return compile_classdef(c, s);
    case FT_STMT_RETURN:
        return compile_return(c, s);
    case FT_STMT_DELETE:
        for (ft_ssize i = 0; i < s->v.Delete.targets.n; i++)
            VISIT(s->v.Delete.targets.items[i]);
        return 0;
    case FT_STMT_ASSIGN: {
        ft_ssize n = s->v.Assign.targets.n;
        VISIT(s->v.Assign.value);
        for (ft_ssize i = 0; i < n; i++) {
            if (i < n - 1)
                EMIT(COPY, 1);
            VISIT(s->v.Assign.targets.items[i]);
        }
        return 0;
    }
    case FT_STMT_TYPEALIAS:
        return compile_typealias(c, s);
    case FT_STMT_AUGASSIGN:
        return compile_augassign(c, s);
    case FT_STMT_ANNASSIGN:
        return compile_annassign(c, s);
    case FT_STMT_FOR:
        return compile_for(c, s);
    case FT_STMT_ASYNCFOR:
        return compile_async_for(c, s);
    case FT_STMT_WHILE:
        return compile_while(c, s);
    case FT_STMT_IF:
        return compile_if(c, s);
    case FT_STMT_WITH:
        return compile_with(c, s, 0, false);
    case FT_STMT_ASYNCWITH:
        if (!in_async_context(c))
            return ERR(&s->pos, "'async with' outside async function");
        return compile_with(c, s, 0, true);
    case FT_STMT_MATCH:
        return compile_match(c, s);
    case FT_STMT_RAISE: {
        int n = 0;
        if (s->v.Raise.exc) {
            VISIT(s->v.Raise.exc);
            n++;
            if (s->v.Raise.cause) {
                VISIT(s->v.Raise.cause);
                n++;
            }
        }
        EMIT(RAISE_VARARGS, n);
        return 0;
    }
    case FT_STMT_TRY:
    case FT_STMT_TRYSTAR:
        return compile_try(c, s);
    case FT_STMT_ASSERT:
        return compile_assert(c, s);
    case FT_STMT_IMPORT:
        return compile_import(c, s);
    case FT_STMT_IMPORTFROM:
        return compile_importfrom(c, s);
    case FT_STMT_GLOBAL:
    case FT_STMT_NONLOCAL:
        return 0;
    case FT_STMT_EXPR: {
        ft_expr *v = s->v.Expr.value;
        if (c->mode == FT_PARSE_SINGLE && c->nest == 1) {
            VISIT(v);
            EMIT(CALL_INTRINSIC_1, FT_INTRINSIC_PRINT);
            EMIT0(POP_TOP);
            return 0;
        }
        if (v->kind == FT_EXPR_CONSTANT) {
            EMIT0(NOP);
            return 0;
        }
        VISIT(v);
        EMIT0(POP_TOP);
        return 0;
    }
    case FT_STMT_PASS:
        EMIT0(NOP);
        return 0;
    case FT_STMT_BREAK:
        return compile_break_continue(c, s, true);
    case FT_STMT_CONTINUE:
        return compile_break_continue(c, s, false);
    }
    ft_err_set_str(ft_exc_SystemError, "compiler: unknown statement kind");
    return -1;
}

static int compile_stmt(compiler *c, ft_stmt *s)
{
    if (!s) {
        ft_err_set_str(ft_exc_SystemError, "compiler: missing statement in the tree");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    c->u->loc = pos_of(&s->pos);
    return compile_stmt_inner(c, s);
}

static int compile_stmts(compiler *c, ft_stmt_seq *seq)
{
    for (ft_ssize i = 0; i < seq->n; i++)
        if (compile_stmt(c, seq->items[i]) < 0)
            return -1;
    return 0;
}

/* ---- assembler --------------------------------------------------------- */

static bool is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER;
}

static bool is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RETURN_CONST ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* Stack effect of an instruction; `jump` selects the branch-taken effect. */
static int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_NAME:
    case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
    case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_LIST_TO_TUPLE: case OP_JUMP: case OP_GET_ITER:
    case OP_RETURN_CONST: case OP_CALL_INTRINSIC_1: case OP_SETUP_ANNOTATIONS: case OP_CHECK_EXC_MATCH:
    case OP_CHECK_EG_MATCH: case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_GET_YIELD_FROM_ITER:
    case OP_YIELD_VALUE: case OP_RETURN_GENERATOR: case OP_COPY_DICT_WITHOUT_KEYS:
    case OP_DELETE_FAST_CHECKLESS: case OP_LOAD_SUPER_ATTR: case OP_MARK:
        return 0;
    case OP_LOAD_FAST_AND_CLEAR: case OP_LOAD_CELL_AND_RENEW:
        return 1;
    case OP_STORE_FAST_MAYBE_NULL: case OP_STORE_CELL:
        return -1;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE: case OP_IMPORT_NAME:
    case OP_RERAISE: case OP_POP_EXCEPT: case OP_YIELD_FROM:
        return -1;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_FAST_CHECKED:
    case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_FROM_DICT_OR_DEREF: case OP_LOAD_NAME:
    case OP_LOAD_GLOBAL: case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS: case OP_LOAD_LOCALS:
    case OP_IMPORT_FROM: case OP_PUSH_EXC_INFO: case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH:
    case OP_BEFORE_ASYNC_WITH: case OP_WITH_EXCEPT_START: case OP_GET_ANEXT: case OP_GET_LEN:
    case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_END_ASYNC_FOR: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_CALL:
        return -(arg + 1);
    case OP_CALL_KW:
        return -(arg + 2);
    case OP_CALL_FUNCTION_EX:
        return -(2 + (arg & 1));
    case OP_MAKE_FUNCTION:
        return -__builtin_popcount((unsigned)arg & 0xF);
    case OP_RAISE_VARARGS:
        return -arg;
    }
    return 0;
}

static int compute_stackdepth(compiler *c, int32_t *depth_out, int32_t **depths)
{
    unit *u = c->u;
    ft_ssize n = u->ncode;
    int32_t *depth = ft_gc_alloc((size_t)(n + 1) * sizeof(int32_t), FT_GC_ATOMIC);
    int32_t *work = ft_gc_alloc((size_t)(n + 1) * sizeof(int32_t) * 2, FT_GC_ATOMIC);
    if (!depth || !work)
        return -1;
    for (ft_ssize i = 0; i <= n; i++)
        depth[i] = -1;
    ft_ssize nwork = 0;
    int maxd = 0;
#define PUSHW(idx, d) do { \
        ft_ssize ix_ = (idx); int d_ = (d); \
        if (ix_ < 0 || ix_ > n) { ft_err_set_str(ft_exc_SystemError, "compiler: bad jump target"); return -1; } \
        if (d_ < 0) { ft_err_format(ft_exc_SystemError, "compiler: negative stack depth at %zd in %U", (ft_ssize)ix_, u->name); return -1; } \
        if (depth[ix_] < 0) { depth[ix_] = d_; work[nwork++] = (int32_t)ix_; } \
        else if (depth[ix_] != d_) { ft_err_format(ft_exc_SystemError, "compiler: inconsistent stack depth at %zd in %U (%d vs %d)", (ft_ssize)ix_, u->name, depth[ix_], d_); return -1; } \
    } while (0)
    PUSHW(0, 0);
    while (nwork) {
        ft_ssize i = work[--nwork];
        int d = depth[i];
        for (; i < n; i++) {
            depth[i] = d;
            instr *in = &u->code[i];
            if (in->op == OP_MARK)
                u->handlers[in->arg].depth = d + u->handlers[in->arg].offset;
            if (in->hidx >= 0) {
                handler *h = &u->handlers[in->hidx];
                if (h->depth < 0) {
                    ft_err_set_str(ft_exc_SystemError, "compiler: handler used before its setup");
                    return -1;
                }
                PUSHW(u->labels[h->label], h->depth + 1);
                if (h->depth + 1 > maxd)
                    maxd = h->depth + 1;
            }
            if (is_jump(in->op)) {
                int dj = d + stack_effect(in->op, in->arg, true);
                if (dj > maxd)
                    maxd = dj;
                PUSHW(u->labels[in->arg], dj);
            }
            int dn = d + stack_effect(in->op, in->arg, false);
            if (d > maxd)
                maxd = d;
            if (dn > maxd)
                maxd = dn;
            if (is_terminator(in->op))
                break;
            if (dn < 0) {
                ft_err_format(ft_exc_SystemError, "compiler: negative stack depth at %zd in %U", (ft_ssize)i, u->name);
                return -1;
            }
            /* stop when reaching an already-visited instruction with the same depth */
            if (i + 1 < n && depth[i + 1] >= 0) {
                if (depth[i + 1] != dn) {
                    ft_err_format(ft_exc_SystemError, "compiler: inconsistent stack depth at %zd in %U (%d vs %d)",
                                  (ft_ssize)(i + 1), u->name, depth[i + 1], dn);
                    return -1;
                }
                break;
            }
            d = dn;
        }
    }
#undef PUSHW
    *depth_out = maxd;
    *depths = depth;
    return 0;
}

static ft_obj *tuple_of(ft_obj **items, ft_ssize n)
{
    return ft_tuple_from_array(items, n);
}

static ft_obj *assemble(compiler *c)
{
    unit *u = c->u;
    /* falling off the end returns None; a label at the very end needs an
     * instruction to land on too */
    bool need_return = u->ncode == 0 || !is_terminator(u->code[u->ncode - 1].op);
    for (ft_ssize i = 0; i < u->nlabels && !need_return; i++)
        if (u->labels[i] == u->ncode)
            need_return = true;
    if (need_return) {
        ft_ssize ci = add_const(c, ft_None);
        if (ci < 0 || emit(c, OP_RETURN_CONST, ci) < 0)
            return NULL;
    }
    int32_t maxd = 0, *depths = NULL;
    if (compute_stackdepth(c, &maxd, &depths) < 0)
        return NULL;
    ft_ssize n = u->ncode;
    int32_t *newidx = ft_gc_alloc((size_t)(n + 1) * sizeof(int32_t), FT_GC_ATOMIC);
    if (!newidx)
        return NULL;
    /* drop pseudo-instructions, NOPs and unreachable code; labels move to
     * the next kept instruction */
    ft_ssize m = 0;
    for (ft_ssize i = 0; i < n; i++) {
        newidx[i] = (int32_t)m;
        int op = u->code[i].op;
        if (op != OP_MARK && op != OP_NOP && depths[i] >= 0)
            m++;
    }
    newidx[n] = (int32_t)m;
    uint32_t *code = ft_gc_alloc((size_t)(m ? m : 1) * sizeof(uint32_t), FT_GC_ATOMIC);
    ft_position *pos = ft_gc_alloc((size_t)(m ? m : 1) * sizeof(ft_position), FT_GC_ATOMIC);
    int32_t *hid = ft_gc_alloc((size_t)(m ? m : 1) * sizeof(int32_t), FT_GC_ATOMIC);
    if (!code || !pos || !hid)
        return NULL;
    ft_ssize j = 0;
    for (ft_ssize i = 0; i < n; i++) {
        instr *in = &u->code[i];
        if (in->op == OP_MARK || in->op == OP_NOP || depths[i] < 0)
            continue;
        int32_t arg = in->arg;
        if (is_jump(in->op)) {
            int32_t l = u->labels[arg];
            if (l < 0) {
                ft_err_set_str(ft_exc_SystemError, "compiler: jump to an unplaced label");
                return NULL;
            }
            arg = newidx[l];
        }
        code[j] = FT_INSTR(in->op, arg);
        pos[j] = in->pos;
        hid[j] = in->hidx;
        j++;
    }
    /* exception table: runs of instructions sharing a handler */
    ft_exc_entry *ex = ft_gc_alloc((size_t)(m ? m : 1) * sizeof(ft_exc_entry), FT_GC_ATOMIC);
    if (!ex)
        return NULL;
    ft_ssize nex = 0;
    for (ft_ssize i = 0; i < m;) {
        int32_t h = hid[i];
        ft_ssize k = i + 1;
        while (k < m && hid[k] == h)
            k++;
        if (h >= 0 && u->handlers[h].depth >= 0) {
            ex[nex].start = (uint32_t)i;
            ex[nex].end = (uint32_t)k;
            ex[nex].handler = (uint32_t)newidx[u->labels[u->handlers[h].label]];
            ex[nex].depth = (uint32_t)u->handlers[h].depth;
            nex++;
        }
        i = k;
    }
    int32_t *cell2arg = NULL;
    if (u->ncellvars) {
        cell2arg = ft_gc_alloc((size_t)u->ncellvars * sizeof(int32_t), FT_GC_ATOMIC);
        if (!cell2arg)
            return NULL;
        bool any = false;
        ft_ssize nargs = u->argcount + u->kwonly + ((u->flags & FT_CO_VARARGS) ? 1 : 0) +
                         ((u->flags & FT_CO_VARKEYWORDS) ? 1 : 0);
        for (ft_ssize i = 0; i < u->ncellvars; i++) {
            ft_ssize a = find_name(u->varnames, nargs < u->nvarnames ? nargs : u->nvarnames, u->cellvars[i]);
            cell2arg[i] = (int32_t)a;
            if (a >= 0)
                any = true;
        }
        if (!any)
            cell2arg = NULL;
    }
    ft_code t;
    memset(&t, 0, sizeof t);
    t.instrs = code;
    t.ninstrs = m;
    t.positions = pos;
    t.exctable = ex;
    t.nexc = nex;
    t.cell2arg = cell2arg;
    t.consts = tuple_of(u->consts, u->nconsts);
    t.names = tuple_of(u->names, u->nnames);
    t.varnames = tuple_of(u->varnames, u->nvarnames);
    t.cellvars = tuple_of(u->cellvars, u->ncellvars);
    t.freevars = tuple_of(u->freevars, u->nfreevars);
    if (!t.consts || !t.names || !t.varnames || !t.cellvars || !t.freevars)
        return NULL;
    t.nlocals = (int32_t)u->nvarnames;
    t.ncells = (int32_t)u->ncellvars;
    t.nfree = (int32_t)u->nfreevars;
    t.argcount = u->argcount;
    t.posonlyargcount = u->posonly;
    t.kwonlyargcount = u->kwonly;
    t.stacksize = maxd + 1;
    t.flags = u->flags | ((u->ncellvars || u->nfreevars) ? 0 : FT_CO_NOFREE);
    t.firstlineno = u->firstlineno;
    t.name = u->name;
    t.qualname = u->qualname;
    t.filename = c->filename;
    t.source_lines = c->source_lines;
    return ft_code_new(&t);
}

/* ---- entry points ------------------------------------------------------ */

static int init_ids(compiler *c)
{
#define ID(field, s) if (!(c->field = ft_str_intern_cstr(s))) return -1
    ID(id_dot0, ".0");
    ID(id_class, "__class__");
    ID(id_classcell, "__classcell__");
    ID(id_module, "__module__");
    ID(id_name, "__name__");
    ID(id_qualname, "__qualname__");
    ID(id_doc, "__doc__");
    ID(id_annotations, "__annotations__");
    ID(id_debug, "__debug__");
    ID(id_firstlineno, "__firstlineno__");
    ID(id_static, "__static_attributes__");
    ID(id_self, "self");
    ID(id_super, "super");
    ID(empty_str, "");
#undef ID
    return 0;
}

/* The leading `from __future__ import ...` statements (after an optional
 * docstring): validate the features and note `annotations`. */
static int scan_future(compiler *c, ft_stmt_seq *body, bool allow_doc)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL
    };
    ft_ssize i = 0;
    if (allow_doc && get_docstring(c, body))
        i = 1;
    for (; i < body->n; i++) {
        ft_stmt *s = body->items[i];
        if (s->kind != FT_STMT_IMPORTFROM || !s->v.ImportFrom.module || s->v.ImportFrom.level != 0 ||
            !ft_str_eq_cstr(s->v.ImportFrom.module, "__future__"))
            break;
        for (ft_ssize k = 0; k < s->v.ImportFrom.names.n; k++) {
            const char *f = ft_str_utf8(s->v.ImportFrom.names.items[k]->name);
            if (strcmp(f, "braces") == 0)
                return ERR(&s->pos, "not a chance");
            bool ok = false;
            for (int j = 0; known[j]; j++)
                if (strcmp(f, known[j]) == 0)
                    ok = true;
            if (!ok)
                return ERR(&s->pos, "future feature %s is not defined", f);
            if (strcmp(f, "annotations") == 0)
                c->future_annotations = true;
        }
        if (grow((void **)&c->future_stmts, &c->capfuture, c->nfuture + 1, sizeof(ft_stmt *), FT_GC_SCAN) < 0)
            return -1;
        c->future_stmts[c->nfuture++] = s;
    }
    return 0;
}

static ft_obj *compile_mod(ft_mod *mod, ft_obj *filename, int mode, int flags, int optimize, ft_obj *source_lines)
{
    if (!mod) {
        ft_err_set_str(ft_exc_SystemError, "compile: NULL tree");
        return NULL;
    }
    if (!filename) {
        filename = ft_str_from_cstr("<string>");
        if (!filename)
            return NULL;
    }
    compiler cc;
    memset(&cc, 0, sizeof cc);
    compiler *c = &cc;
    c->filename = filename;
    c->source_lines = source_lines;
    c->optimize = optimize < 0 ? (ft_rt ? ft_rt->optimize : 0) : optimize;
    c->mode = mode;
    c->future_annotations = (flags & FT_CO_FUTURE_ANNOTATIONS) != 0;
    if (init_ids(c) < 0)
        return NULL;
    if (mod->kind != FT_MOD_EXPRESSION && scan_future(c, &mod->body, mod->kind == FT_MOD_MODULE) < 0)
        return NULL;
    c->st = ft_symtable_build(mod, filename, source_lines);
    if (!c->st)
        return NULL;
    ft_obj *name = ft_str_intern_cstr("<module>");
    if (!name || enter_unit(c, c->st->top, name, 1) < 0)
        return NULL;
    unit *u = c->u;
    u->flags = 0;
    if (mod->kind == FT_MOD_EXPRESSION) {
        if (!mod->expr) {
            ft_err_set_str(ft_exc_SystemError, "compile: empty expression tree");
            return NULL;
        }
        u->loc = pos_of(&mod->expr->pos);
        if (compile_expr(c, mod->expr) < 0)
            return NULL;
        if (emit(c, OP_RETURN_VALUE, 0) < 0)
            return NULL;
    } else {
        ft_stmt_seq *body = &mod->body;
        if (body->n)
            u->loc = pos_of(&body->items[0]->pos);
        if (find_ann_in(body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0)
            return NULL;
        ft_ssize start = 0;
        ft_obj *doc = mod->kind == FT_MOD_MODULE ? get_docstring(c, body) : NULL;
        if (doc) {
            start = 1;
            if (c->optimize < 2) {
                if (emit_const(c, doc) < 0)
                    return NULL;
                ft_ssize i = add_name(c, c->id_doc);
                if (i < 0 || emit(c, OP_STORE_NAME, i) < 0)
                    return NULL;
            }
        }
        for (ft_ssize i = start; i < body->n; i++)
            if (compile_stmt(c, body->items[i]) < 0)
                return NULL;
        u->loc.lineno = u->loc.end_lineno = -1;
        u->loc.col = u->loc.end_col = -1;
        if (emit_const(c, ft_None) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0)
            return NULL;
    }
    ft_obj *code = assemble(c);
    exit_unit(c);
    return code;
}

ft_obj *ft_compile_ast(ft_mod *mod, ft_obj *filename, int mode, int flags, int optimize)
{
    return compile_mod(mod, filename, mode, flags, optimize, NULL);
}

static ft_obj *split_lines(const char *src, ft_ssize len)
{
    ft_ssize nlines = 0;
    for (ft_ssize i = 0; i < len; i++)
        if (src[i] == '\n')
            nlines++;
    if (len && src[len - 1] != '\n')
        nlines++;
    ft_obj *t = ft_tuple_new(nlines);
    if (!t)
        return NULL;
    ft_ssize start = 0, k = 0;
    for (ft_ssize i = 0; i <= len && k < nlines; i++) {
        if (i == len || src[i] == '\n') {
            ft_ssize end = i < len ? i + 1 : i;
            ft_obj *line = ft_str_new(src + start, end - start);
            if (!line) {
                /* undecodable source line: keep going without text */
                ft_err_clear();
                line = ft_str_from_cstr("");
                if (!line)
                    return NULL;
            }
            ft_tuple_items(t)[k++] = line;
            start = i + 1;
        }
    }
    for (; k < nlines; k++)
        ft_tuple_items(t)[k] = ft_str_from_cstr("");
    return t;
}

ft_obj *ft_compile_source(const char *src, ft_ssize len, ft_obj *filename, int mode, int flags)
{
    if (!src || len < 0) {
        ft_err_bad_internal_call("ft_compile_source");
        return NULL;
    }
    ft_mod *mod = ft_parse(src, len, filename, mode, flags & ~FT_CO_FUTURE_ANNOTATIONS);
    if (!mod)
        return NULL;
    ft_obj *lines = split_lines(src, len);
    if (!lines)
        return NULL;
    return compile_mod(mod, filename, mode, flags, -1, lines);
}
