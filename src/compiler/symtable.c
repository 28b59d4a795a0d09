/* symtable.c -- the symbol table pass of the compiler.
 *
 * Two phases, as in CPython: a walk of the AST that creates one scope per
 * module / class / function / lambda / comprehension and records how each
 * name is used there (flags), then an analysis that resolves every name to
 * local, global (explicit/implicit), free or cell, propagating free
 * variables upwards and turning captured locals into cells.
 *
 * Invariants: names are interned strs compared by pointer; private names
 * are mangled before they are recorded, so the code generator must mangle
 * the same way before looking them up. Comprehensions and generator
 * expressions get their own function scope whose single parameter is ".0"
 * (the first iterable is evaluated in the enclosing scope). List, set and
 * dict comprehensions are then inlined as in CPython 3.12+ (PEP 709): the
 * analysis folds them into the parent (inline_comprehension: what they take
 * from it stops being free, their cells become cells of the parent's code),
 * their scope stays for the code generator to resolve their names through.
 * Everything is GC memory owned by the compiling thread: no locking.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- errors ----------------------------------------------------------- */

static ft_obj *line_from_file(ft_obj *filename, int lineno)
{
    if (!filename || !ft_str_check(filename) || lineno < 1)
        return NULL;
    FILE *f = fopen(ft_str_utf8(filename), "rb");
    if (!f)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno; i++) {
        n = getline(&line, &cap, f);
        if (n < 0)
            break;
    }
    fclose(f);
    ft_obj *r = NULL;
    if (n >= 0 && n < (1 << 20)) {
        r = ft_str_new(line, (ft_ssize)n);
        if (!r)
            ft_err_clear();
    }
    free(line);
    return r;
}

void *ft_compiler_error(ft_obj *filename, ft_obj *source_lines, const ft_ast_pos *pos,
                        const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ft_obj *msg = ft_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return NULL;
    /* Like CPython, the text of a compiler-detected SyntaxError is read
     * back from the file named by `filename` (None for "<string>" etc.). */
    (void)source_lines;
    int lineno = pos ? pos->lineno : 0;
    ft_obj *text = line_from_file(filename, lineno);
    if (pos)
        ft_err_syntax(ft_exc_SyntaxError, ft_str_utf8(msg), filename, pos->lineno,
                      pos->col_offset + 1, pos->end_lineno, pos->end_col_offset + 1, text);
    else
        ft_err_syntax(ft_exc_SyntaxError, ft_str_utf8(msg), filename, 0, 0, 0, 0, NULL);
    return NULL;
}

/* ---- name mangling ------------------------------------------------------ */

ft_obj *ft_compiler_mangle(ft_obj *private_name, ft_obj *name)
{
    if (!private_name || !name)
        return name;
    const char *s = ft_str_utf8(name);
    ft_ssize n = FT_STR(name)->nbytes;
    if (n < 2 || s[0] != '_' || s[1] != '_')
        return name;
    if (n >= 4 && s[n - 1] == '_' && s[n - 2] == '_')
        return name;
    if (memchr(s, '.', (size_t)n))
        return name;
    const char *p = ft_str_utf8(private_name);
    while (*p == '_')
        p++;
    if (!*p)
        return name;
    ft_obj *m = ft_str_from_format("_%s%s", p, s);
    if (!m)
        return NULL;
    return ft_str_intern(m);
}

/* ---- scopes and symbols ----------------------------------------------- */

static void *st_alloc(size_t n) { return ft_gc_alloc(n ? n : 1, FT_GC_SCAN); }

static int grow(void **arr, ft_ssize *cap, ft_ssize need, size_t elsize, int kind)
{
    if (need <= *cap)
        return 0;
    ft_ssize nc = *cap ? *cap * 2 : 8;
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

static size_t ptr_hash(const void *p) { return ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull; }

static int rehash(st_scope *s, ft_ssize cap)
{
    int32_t *h = ft_gc_alloc((size_t)cap * sizeof(int32_t), FT_GC_ATOMIC);
    if (!h)
        return -1;
    for (ft_ssize i = 0; i < s->nsyms; i++) {
        size_t j = ptr_hash(s->syms[i].name) & (size_t)(cap - 1);
        while (h[j])
            j = (j + 1) & (size_t)(cap - 1);
        h[j] = (int32_t)(i + 1);
    }
    s->hash = h;
    s->hashcap = cap;
    return 0;
}

st_sym *ft_st_lookup(st_scope *s, ft_obj *name)
{
    if (!s->hashcap)
        return NULL;
    size_t j = ptr_hash(name) & (size_t)(s->hashcap - 1);
    while (s->hash[j]) {
        st_sym *sym = &s->syms[s->hash[j] - 1];
        if (sym->name == name)
            return sym;
        j = (j + 1) & (size_t)(s->hashcap - 1);
    }
    return NULL;
}

static st_sym *st_get(st_scope *s, ft_obj *name)
{
    st_sym *sym = ft_st_lookup(s, name);
    if (sym)
        return sym;
    if (grow((void **)&s->syms, &s->capsyms, s->nsyms + 1, sizeof(st_sym), FT_GC_SCAN) < 0)
        return NULL;
    if ((s->nsyms + 1) * 2 > s->hashcap && rehash(s, s->hashcap ? s->hashcap * 2 : 16) < 0)
        return NULL;
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = ST_SC_NONE;
    size_t j = ptr_hash(name) & (size_t)(s->hashcap - 1);
    while (s->hash[j])
        j = (j + 1) & (size_t)(s->hashcap - 1);
    s->hash[j] = (int32_t)s->nsyms;
    return sym;
}

int ft_st_scope_of(st_scope *s, ft_obj *name)
{
    st_sym *sym = ft_st_lookup(s, name);
    return sym ? sym->scope : ST_SC_NONE;
}

st_scope *ft_symtable_lookup_scope(st_table *st, const void *node)
{
    if (!st->nodehashcap) {
        ft_ssize cap = 16;
        while (cap < st->nall * 2)
            cap *= 2;
        int32_t *h = ft_gc_alloc((size_t)cap * sizeof(int32_t), FT_GC_ATOMIC);
        if (!h)
            return NULL;
        for (ft_ssize i = 0; i < st->nall; i++) {
            size_t j = ptr_hash(st->all[i]->node) & (size_t)(cap - 1);
            while (h[j])
                j = (j + 1) & (size_t)(cap - 1);
            h[j] = (int32_t)(i + 1);
        }
        st->nodehash = h;
        st->nodehashcap = cap;
    }
    size_t j = ptr_hash(node) & (size_t)(st->nodehashcap - 1);
    while (st->nodehash[j]) {
        st_scope *sc = st->all[st->nodehash[j] - 1];
        if (sc->node == node)
            return sc;
        j = (j + 1) & (size_t)(st->nodehashcap - 1);
    }
    return NULL;
}

/* ---- the walk ----------------------------------------------------------- */

typedef struct walker {
    st_table *st;
    ft_obj *id_class, *id_super, *id_dot0;
    bool in_comp_target;
} walker;

#define ERR_AT(pos, ...) (ft_compiler_error(w->st->filename, w->st->source_lines, (pos), __VA_ARGS__), -1)

static int enter_scope(walker *w, int kind, ft_obj *name, const void *node, const ft_ast_pos *pos)
{
    st_table *st = w->st;
    st_scope *s = st_alloc(sizeof(st_scope));
    if (!s)
        return -1;
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = st->cur;
    if (pos) {
        s->lineno = pos->lineno; s->col = pos->col_offset;
        s->end_lineno = pos->end_lineno; s->end_col = pos->end_col_offset;
    }
    if (st->cur) {
        s->private_name = st->cur->private_name;
        /* no walrus anywhere inside a comprehension's iterable, not even in
         * a lambda or comprehension nested in it (CPython, bpo-37757) */
        s->comp_iter_expr = st->cur->comp_iter_expr;
        if (grow((void **)&st->cur->children, &st->cur->capchildren, st->cur->nchildren + 1,
                 sizeof(st_scope *), FT_GC_SCAN) < 0)
            return -1;
        st->cur->children[st->cur->nchildren++] = s;
    }
    if (grow((void **)&st->all, &st->capall, st->nall + 1, sizeof(st_scope *), FT_GC_SCAN) < 0)
        return -1;
    st->all[st->nall++] = s;
    st->cur = s;
    return 0;
}

static void exit_scope(walker *w) { w->st->cur = w->st->cur->parent; }

static int add_def_in(walker *w, st_scope *s, ft_obj *name, int flag, const ft_ast_pos *pos)
{
    ft_obj *m = ft_compiler_mangle(s->private_name, name);
    if (!m)
        return -1;
    st_sym *sym = st_get(s, m);
    if (!sym)
        return -1;
    if ((flag & ST_DEF_PARAM) && (sym->flags & ST_DEF_PARAM))
        return ERR_AT(pos, "duplicate argument '%U' in function definition", name);
    sym->flags |= flag;
    if (flag & ST_DEF_PARAM) {
        if (grow((void **)&s->varnames, &s->capparams, s->nparams + 1, sizeof(ft_obj *), FT_GC_SCAN) < 0)
            return -1;
        s->varnames[s->nparams++] = m;
    }
    return 0;
}

static int add_def(walker *w, ft_obj *name, int flag, const ft_ast_pos *pos)
{
    if (w->in_comp_target && (flag & ST_DEF_LOCAL)) {
        ft_obj *m = ft_compiler_mangle(w->st->cur->private_name, name);
        st_sym *sym = m ? ft_st_lookup(w->st->cur, m) : NULL;
        if (sym && (sym->flags & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)))
            return ERR_AT(pos, "comprehension inner loop cannot rebind assignment expression target '%U'", name);
        flag |= ST_DEF_COMP_ITER;
    }
    return add_def_in(w, w->st->cur, name, flag, pos);
}

static int visit_stmt(walker *w, ft_stmt *s);
static int visit_expr(walker *w, ft_expr *e);
static int visit_pattern(walker *w, ft_pattern *p);

static int visit_stmts(walker *w, ft_stmt_seq *seq)
{
    for (ft_ssize i = 0; i < seq->n; i++)
        if (visit_stmt(w, seq->items[i]) < 0)
            return -1;
    return 0;
}

static int visit_exprs(walker *w, ft_expr_seq *seq)
{
    for (ft_ssize i = 0; i < seq->n; i++)
        if (seq->items[i] && visit_expr(w, seq->items[i]) < 0)
            return -1;
    return 0;
}

static bool is_function_like(st_scope *s) { return s->kind == ST_FUNCTION; }

static int visit_params(walker *w, ft_arguments *a)
{
    for (ft_ssize i = 0; i < a->posonlyargs.n; i++)
        if (add_def(w, a->posonlyargs.items[i]->arg, ST_DEF_PARAM, &a->posonlyargs.items[i]->pos) < 0)
            return -1;
    for (ft_ssize i = 0; i < a->args.n; i++)
        if (add_def(w, a->args.items[i]->arg, ST_DEF_PARAM, &a->args.items[i]->pos) < 0)
            return -1;
    for (ft_ssize i = 0; i < a->kwonlyargs.n; i++)
        if (add_def(w, a->kwonlyargs.items[i]->arg, ST_DEF_PARAM, &a->kwonlyargs.items[i]->pos) < 0)
            return -1;
    if (a->vararg) {
        if (add_def(w, a->vararg->arg, ST_DEF_PARAM, &a->vararg->pos) < 0)
            return -1;
        w->st->cur->has_varargs = true;
    }
    if (a->kwarg) {
        if (add_def(w, a->kwarg->arg, ST_DEF_PARAM, &a->kwarg->pos) < 0)
            return -1;
        w->st->cur->has_varkw = true;
    }
    return 0;
}

static int visit_annotations(walker *w, ft_arguments *a, ft_expr *returns)
{
    ft_arg_seq *seqs[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (ft_ssize i = 0; i < seqs[k]->n; i++)
            if (seqs[k]->items[i]->annotation && visit_expr(w, seqs[k]->items[i]->annotation) < 0)
                return -1;
    if (a->vararg && a->vararg->annotation && visit_expr(w, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && visit_expr(w, a->kwarg->annotation) < 0)
        return -1;
    if (returns && visit_expr(w, returns) < 0)
        return -1;
    return 0;
}

/* PEP 695: a function-like scope holding the type parameters (keyed by
 * the address of the type_params sequence). Bounds and defaults are
 * evaluated eagerly inside it (CPython evaluates them lazily). */
static int enter_typeparams(walker *w, ft_obj *owner, ft_type_param_seq *tp, const ft_ast_pos *pos)
{
    ft_obj *name = ft_str_from_format("<generic parameters of %U>", owner);
    if (!name || !(name = ft_str_intern(name)))
        return -1;
    if (enter_scope(w, ST_FUNCTION, name, tp, pos) < 0)
        return -1;
    w->st->cur->is_typeparams = true;
    return 0;
}

static int visit_typeparams(walker *w, ft_type_param_seq *tp)
{
    for (ft_ssize i = 0; i < tp->n; i++) {
        ft_type_param *t = tp->items[i];
        if (add_def(w, t->name, ST_DEF_LOCAL, &t->pos) < 0)
            return -1;
        if (t->bound && visit_expr(w, t->bound) < 0)
            return -1;
        if (t->default_value && visit_expr(w, t->default_value) < 0)
            return -1;
    }
    return 0;
}

static bool has_kwdefaults(ft_arguments *a)
{
    for (ft_ssize i = 0; i < a->kw_defaults.n; i++)
        if (a->kw_defaults.items[i])
            return true;
    return false;
}

static int visit_stmt(walker *w, ft_stmt *s)
{
    if (!s) {
        ft_err_set_str(ft_exc_SystemError, "symtable: missing node in the tree");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    st_table *st = w->st;
    switch (s->kind) {
    case FT_STMT_FUNCTIONDEF:
    case FT_STMT_ASYNCFUNCTIONDEF: {
        ft_type_param_seq *tp = &s->v.FunctionDef.type_params;
        if (add_def(w, s->v.FunctionDef.name, ST_DEF_LOCAL, &s->pos) < 0)
            return -1;
        ft_arguments *a = s->v.FunctionDef.args;
        if (visit_exprs(w, &a->defaults) < 0 || visit_exprs(w, &a->kw_defaults) < 0)
            return -1;
        if (visit_exprs(w, &s->v.FunctionDef.decorator_list) < 0)
            return -1;
        if (tp->n) {
            if (enter_typeparams(w, s->v.FunctionDef.name, tp, &s->pos) < 0)
                return -1;
            ft_obj *d = ft_str_intern_cstr(".defaults"), *k = ft_str_intern_cstr(".kwdefaults");
            if (!d || !k)
                return -1;
            if (a->defaults.n && add_def(w, d, ST_DEF_PARAM, &s->pos) < 0)
                return -1;
            if (has_kwdefaults(a) && add_def(w, k, ST_DEF_PARAM, &s->pos) < 0)
                return -1;
            if (visit_typeparams(w, tp) < 0)
                return -1;
        }
        if (visit_annotations(w, a, s->v.FunctionDef.returns) < 0)
            return -1;
        if (enter_scope(w, ST_FUNCTION, s->v.FunctionDef.name, s, &s->pos) < 0)
            return -1;
        st->cur->is_async_def = s->kind == FT_STMT_ASYNCFUNCTIONDEF;
        st->cur->is_coroutine = st->cur->is_async_def;
        if (visit_params(w, a) < 0 || visit_stmts(w, &s->v.FunctionDef.body) < 0)
            return -1;
        exit_scope(w);
        if (tp->n)
            exit_scope(w);
        return 0;
    }
    case FT_STMT_CLASSDEF: {
        ft_type_param_seq *tp = &s->v.ClassDef.type_params;
        if (add_def(w, s->v.ClassDef.name, ST_DEF_LOCAL, &s->pos) < 0)
            return -1;
        if (visit_exprs(w, &s->v.ClassDef.decorator_list) < 0)
            return -1;
        if (tp->n) {
            if (enter_typeparams(w, s->v.ClassDef.name, tp, &s->pos) < 0)
                return -1;
            if (visit_typeparams(w, tp) < 0)
                return -1;
            ft_obj *tpn = ft_str_intern_cstr(".type_params");
            if (!tpn || add_def(w, tpn, ST_DEF_LOCAL, &s->pos) < 0)
                return -1;
        }
        if (visit_exprs(w, &s->v.ClassDef.bases) < 0)
            return -1;
        for (ft_ssize i = 0; i < s->v.ClassDef.keywords.n; i++)
            if (visit_expr(w, s->v.ClassDef.keywords.items[i]->value) < 0)
                return -1;
        if (enter_scope(w, ST_CLASS, s->v.ClassDef.name, s, &s->pos) < 0)
            return -1;
        st->cur->private_name = s->v.ClassDef.name;
        if (tp->n) {
            ft_obj *tpn = ft_str_intern_cstr(".type_params");
            if (!tpn || add_def(w, tpn, ST_USE, &s->pos) < 0)
                return -1;
        }
        if (visit_stmts(w, &s->v.ClassDef.body) < 0)
            return -1;
        exit_scope(w);
        if (tp->n)
            exit_scope(w);
        return 0;
    }
    case FT_STMT_RETURN:
        if (s->v.Return.value) {
            if (visit_expr(w, s->v.Return.value) < 0)
                return -1;
            if (!st->cur->returns_value) {
                st->cur->returns_value = true;
                st->cur->return_pos = s->pos;
            }
        }
        return 0;
    case FT_STMT_DELETE:
        return visit_exprs(w, &s->v.Delete.targets);
    case FT_STMT_ASSIGN:
        if (visit_exprs(w, &s->v.Assign.targets) < 0)
            return -1;
        return visit_expr(w, s->v.Assign.value);
    case FT_STMT_TYPEALIAS: {
        ft_expr *name = s->v.TypeAlias.name;
        if (name->kind != FT_EXPR_NAME) {
            ft_err_set_str(ft_exc_SystemError, "type alias name must be a Name");
            return -1;
        }
        if (visit_expr(w, name) < 0)
            return -1;
        ft_type_param_seq *tp = &s->v.TypeAlias.type_params;
        if (tp->n) {
            if (enter_typeparams(w, name->v.Name.id, tp, &s->pos) < 0 || visit_typeparams(w, tp) < 0)
                return -1;
        }
        if (enter_scope(w, ST_FUNCTION, name->v.Name.id, s, &s->pos) < 0)
            return -1;
        if (visit_expr(w, s->v.TypeAlias.value) < 0)
            return -1;
        exit_scope(w);
        if (tp->n)
            exit_scope(w);
        return 0;
    }
    case FT_STMT_AUGASSIGN:
        if (visit_expr(w, s->v.AugAssign.target) < 0)
            return -1;
        return visit_expr(w, s->v.AugAssign.value);
    case FT_STMT_ANNASSIGN: {
        ft_expr *t = s->v.AnnAssign.target;
        if (t->kind == FT_EXPR_NAME) {
            ft_obj *m = ft_compiler_mangle(st->cur->private_name, t->v.Name.id);
            if (!m)
                return -1;
            st_sym *sym = ft_st_lookup(st->cur, m);
            if (sym && (sym->flags & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)) && s->v.AnnAssign.simple)
                return ERR_AT(&s->pos, (sym->flags & ST_DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                                                  : "annotated name '%U' can't be nonlocal",
                              t->v.Name.id);
            if (s->v.AnnAssign.simple) {
                if (add_def(w, t->v.Name.id, ST_DEF_ANNOT | ST_DEF_LOCAL, &t->pos) < 0)
                    return -1;
                if (st->cur->kind != ST_FUNCTION)
                    st->cur->has_annotations = true;
            } else if (s->v.AnnAssign.value && visit_expr(w, t) < 0) {
                return -1;
            }
        } else if (visit_expr(w, t) < 0) {
            return -1;
        }
        if (visit_expr(w, s->v.AnnAssign.annotation) < 0)
            return -1;
        if (s->v.AnnAssign.value && visit_expr(w, s->v.AnnAssign.value) < 0)
            return -1;
        return 0;
    }
    case FT_STMT_FOR:
    case FT_STMT_ASYNCFOR:
        if (visit_expr(w, s->v.For.target) < 0 || visit_expr(w, s->v.For.iter) < 0)
            return -1;
        if (visit_stmts(w, &s->v.For.body) < 0 || visit_stmts(w, &s->v.For.orelse) < 0)
            return -1;
        return 0;
    case FT_STMT_WHILE:
    case FT_STMT_IF:
        if (visit_expr(w, s->v.While.test) < 0)
            return -1;
        if (visit_stmts(w, &s->v.While.body) < 0 || visit_stmts(w, &s->v.While.orelse) < 0)
            return -1;
        return 0;
    case FT_STMT_WITH:
    case FT_STMT_ASYNCWITH:
        for (ft_ssize i = 0; i < s->v.With.items.n; i++) {
            ft_withitem *it = s->v.With.items.items[i];
            if (visit_expr(w, it->context_expr) < 0)
                return -1;
            if (it->optional_vars && visit_expr(w, it->optional_vars) < 0)
                return -1;
        }
        return visit_stmts(w, &s->v.With.body);
    case FT_STMT_MATCH:
        if (visit_expr(w, s->v.Match.subject) < 0)
            return -1;
        for (ft_ssize i = 0; i < s->v.Match.cases.n; i++) {
            ft_match_case *c = s->v.Match.cases.items[i];
            if (visit_pattern(w, c->pattern) < 0)
                return -1;
            if (c->guard && visit_expr(w, c->guard) < 0)
                return -1;
            if (visit_stmts(w, &c->body) < 0)
                return -1;
        }
        return 0;
    case FT_STMT_RAISE:
        if (s->v.Raise.exc && visit_expr(w, s->v.Raise.exc) < 0)
            return -1;
        if (s->v.Raise.cause && visit_expr(w, s->v.Raise.cause) < 0)
            return -1;
        return 0;
    case FT_STMT_TRY:
    case FT_STMT_TRYSTAR:
        if (visit_stmts(w, &s->v.Try.body) < 0)
            return -1;
        for (ft_ssize i = 0; i < s->v.Try.handlers.n; i++) {
            ft_excepthandler *h = s->v.Try.handlers.items[i];
            if (h->type && visit_expr(w, h->type) < 0)
                return -1;
            if (h->name && add_def(w, h->name, ST_DEF_LOCAL, &h->pos) < 0)
                return -1;
            if (visit_stmts(w, &h->body) < 0)
                return -1;
        }
        if (visit_stmts(w, &s->v.Try.orelse) < 0 || visit_stmts(w, &s->v.Try.finalbody) < 0)
            return -1;
        return 0;
    case FT_STMT_ASSERT:
        if (visit_expr(w, s->v.Assert.test) < 0)
            return -1;
        if (s->v.Assert.msg && visit_expr(w, s->v.Assert.msg) < 0)
            return -1;
        return 0;
    case FT_STMT_IMPORT:
    case FT_STMT_IMPORTFROM: {
        ft_alias_seq *names = s->kind == FT_STMT_IMPORT ? &s->v.Import.names : &s->v.ImportFrom.names;
        for (ft_ssize i = 0; i < names->n; i++) {
            ft_alias *a = names->items[i];
            ft_obj *store = a->asname;
            if (!store) {
                const char *n = ft_str_utf8(a->name);
                if (strcmp(n, "*") == 0) {
                    if (st->cur->kind != ST_MODULE)
                        return ERR_AT(&a->pos, "import * only allowed at module level");
                    continue;
                }
                const char *dot = strchr(n, '.');
                if (dot) {
                    store = ft_str_new(n, dot - n);
                    if (!store || !(store = ft_str_intern(store)))
                        return -1;
                } else {
                    store = a->name;
                }
            }
            if (add_def(w, store, ST_DEF_IMPORT, &a->pos) < 0)
                return -1;
        }
        return 0;
    }
    case FT_STMT_GLOBAL:
    case FT_STMT_NONLOCAL: {
        bool glob = s->kind == FT_STMT_GLOBAL;
        if (!glob && st->cur->kind == ST_MODULE)
            return ERR_AT(&s->pos, "nonlocal declaration not allowed at module level");
        const char *kw = glob ? "global" : "nonlocal";
        for (ft_ssize i = 0; i < s->v.Global.names.n; i++) {
            ft_obj *name = s->v.Global.names.items[i];
            ft_obj *m = ft_compiler_mangle(st->cur->private_name, name);
            if (!m)
                return -1;
            st_sym *sym = ft_st_lookup(st->cur, m);
            int cur = sym ? sym->flags : 0;
            if (cur & (ST_DEF_PARAM | ST_DEF_LOCAL | ST_USE | ST_DEF_ANNOT)) {
                if (cur & ST_DEF_PARAM)
                    return ERR_AT(&s->pos, "name '%U' is parameter and %s", name, kw);
                if (cur & ST_USE)
                    return ERR_AT(&s->pos, "name '%U' is used prior to %s declaration", name, kw);
                if (cur & ST_DEF_ANNOT)
                    return ERR_AT(&s->pos, "annotated name '%U' can't be %s", name, kw);
                return ERR_AT(&s->pos, "name '%U' is assigned to before %s declaration", name, kw);
            }
            if (cur & (glob ? ST_DEF_NONLOCAL : ST_DEF_GLOBAL))
                return ERR_AT(&sym->dir_pos, "name '%U' is nonlocal and global", name);
            if (add_def(w, name, glob ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL, &s->pos) < 0)
                return -1;
            sym = ft_st_lookup(st->cur, m);
            if (sym)
                sym->dir_pos = s->pos;
        }
        return 0;
    }
    case FT_STMT_EXPR:
        return visit_expr(w, s->v.Expr.value);
    case FT_STMT_PASS:
    case FT_STMT_BREAK:
    case FT_STMT_CONTINUE:
        return 0;
    }
    ft_err_set_str(ft_exc_SystemError, "symtable: unknown statement kind");
    return -1;
}

static const char *comp_name(int comp)
{
    switch (comp) {
    case ST_COMP_LIST: return "list comprehension";
    case ST_COMP_SET: return "set comprehension";
    case ST_COMP_DICT: return "dict comprehension";
    default: return "generator expression";
    }
}

static int handle_comprehension(walker *w, ft_expr *e, int comp, ft_comprehension_seq *gens,
                                ft_expr *elt, ft_expr *value)
{
    st_table *st = w->st;
    const char *names[] = { "", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    if (gens->n < 1) {
        ft_err_set_str(ft_exc_ValueError, "comprehension with no generators");
        return -1;
    }
    ft_comprehension *outer = gens->items[0];
    st->cur->comp_iter_expr++;
    int r = visit_expr(w, outer->iter);
    st->cur->comp_iter_expr--;
    if (r < 0)
        return -1;
    ft_obj *name = ft_str_intern_cstr(names[comp]);
    if (!name || enter_scope(w, ST_FUNCTION, name, e, &e->pos) < 0)
        return -1;
    st_scope *cs = st->cur;
    cs->comp = comp;
    if (outer->is_async)
        cs->is_coroutine = true;
    if (add_def(w, w->id_dot0, ST_DEF_PARAM, &e->pos) < 0)
        return -1;
    /* CPython's order (it decides which SyntaxError wins): each clause's
     * target, then its iterable, then its conditions; a dict
     * comprehension's value (elt here) before its key */
    for (ft_ssize i = 0; i < gens->n; i++) {
        ft_comprehension *g = gens->items[i];
        bool saved = w->in_comp_target;
        w->in_comp_target = true;
        r = visit_expr(w, g->target);
        w->in_comp_target = saved;
        if (r < 0)
            return -1;
        if (i > 0) {
            cs->comp_iter_expr++;
            r = visit_expr(w, g->iter);
            cs->comp_iter_expr--;
            if (r < 0)
                return -1;
            if (g->is_async)
                cs->is_coroutine = true;
        }
        if (visit_exprs(w, &g->ifs) < 0)
            return -1;
    }
    if (elt && visit_expr(w, elt) < 0)
        return -1;
    if (value && visit_expr(w, value) < 0)
        return -1;
    if (comp == ST_COMP_GEN)
        cs->is_generator = true;
    bool is_async = cs->is_coroutine && comp != ST_COMP_GEN;
    exit_scope(w);
    if (is_async) {
        st_scope *p = st->cur;
        if (!p->is_async_def && p->comp == ST_NOT_COMP)
            return ERR_AT(&e->pos, "asynchronous comprehension outside of an asynchronous function");
        p->is_coroutine = true;
    }
    return 0;
}

static int extend_namedexpr_scope(walker *w, ft_expr *target)
{
    st_table *st = w->st;
    ft_obj *name = target->v.Name.id;
    for (st_scope *s = st->cur; s; s = s->parent) {
        if (s->comp) {
            ft_obj *m = ft_compiler_mangle(s->private_name, name);
            st_sym *sym = m ? ft_st_lookup(s, m) : NULL;
            if (sym && (sym->flags & ST_DEF_COMP_ITER))
                return ERR_AT(&target->pos, "assignment expression cannot rebind comprehension iteration variable '%U'", name);
            continue;
        }
        if (s->kind == ST_FUNCTION) {
            ft_obj *m = ft_compiler_mangle(s->private_name, name);
            st_sym *sym = m ? ft_st_lookup(s, m) : NULL;
            int flag = (sym && (sym->flags & ST_DEF_GLOBAL)) ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL;
            if (add_def_in(w, st->cur, name, flag, &target->pos) < 0)
                return -1;
            return add_def_in(w, s, name, ST_DEF_LOCAL, &target->pos);
        }
        if (s->kind == ST_MODULE) {
            if (add_def_in(w, st->cur, name, ST_DEF_GLOBAL, &target->pos) < 0)
                return -1;
            return add_def_in(w, s, name, ST_DEF_GLOBAL, &target->pos);
        }
        if (s->kind == ST_CLASS)
            return ERR_AT(&target->pos, "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static int visit_args_defaults(walker *w, ft_arguments *a)
{
    if (visit_exprs(w, &a->defaults) < 0 || visit_exprs(w, &a->kw_defaults) < 0)
        return -1;
    return 0;
}

static int visit_expr(walker *w, ft_expr *e)
{
    if (!e) {
        ft_err_set_str(ft_exc_SystemError, "symtable: missing node in the tree");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    st_table *st = w->st;
    switch (e->kind) {
    case FT_EXPR_BOOLOP:
        if (e->v.BoolOp.values.n < 2) {
            ft_err_set_str(ft_exc_ValueError, "BoolOp with less than 2 values");
            return -1;
        }
        return visit_exprs(w, &e->v.BoolOp.values);
    case FT_EXPR_NAMEDEXPR:
        if (st->cur->comp_iter_expr > 0)
            return ERR_AT(&e->pos, "assignment expression cannot be used in a comprehension iterable expression");
        /* the target is placed first, so its errors win over the value's */
        if (st->cur->comp && e->v.NamedExpr.target->kind == FT_EXPR_NAME) {
            if (extend_namedexpr_scope(w, e->v.NamedExpr.target) < 0)
                return -1;
            return visit_expr(w, e->v.NamedExpr.value);
        }
        if (visit_expr(w, e->v.NamedExpr.value) < 0)
            return -1;
        return visit_expr(w, e->v.NamedExpr.target);
    case FT_EXPR_BINOP:
        if (visit_expr(w, e->v.BinOp.left) < 0)
            return -1;
        return visit_expr(w, e->v.BinOp.right);
    case FT_EXPR_UNARYOP:
        return visit_expr(w, e->v.UnaryOp.operand);
    case FT_EXPR_LAMBDA: {
        ft_arguments *a = e->v.Lambda.args;
        if (visit_args_defaults(w, a) < 0)
            return -1;
        ft_obj *name = ft_str_intern_cstr("<lambda>");
        if (!name || enter_scope(w, ST_FUNCTION, name, e, &e->pos) < 0)
            return -1;
        st->cur->is_lambda = true;
        if (visit_params(w, a) < 0 || visit_expr(w, e->v.Lambda.body) < 0)
            return -1;
        exit_scope(w);
        return 0;
    }
    case FT_EXPR_IFEXP:
        if (visit_expr(w, e->v.IfExp.test) < 0 || visit_expr(w, e->v.IfExp.body) < 0)
            return -1;
        return visit_expr(w, e->v.IfExp.orelse);
    case FT_EXPR_DICT:
        if (e->v.Dict.keys.n != e->v.Dict.values.n) {
            ft_err_set_str(ft_exc_ValueError, "Dict doesn't have the same number of keys as values");
            return -1;
        }
        if (visit_exprs(w, &e->v.Dict.keys) < 0)
            return -1;
        return visit_exprs(w, &e->v.Dict.values);
    case FT_EXPR_SET:
        return visit_exprs(w, &e->v.Set.elts);
    case FT_EXPR_LISTCOMP:
        return handle_comprehension(w, e, ST_COMP_LIST, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case FT_EXPR_SETCOMP:
        return handle_comprehension(w, e, ST_COMP_SET, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case FT_EXPR_GENERATOREXP:
        return handle_comprehension(w, e, ST_COMP_GEN, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case FT_EXPR_DICTCOMP:
        return handle_comprehension(w, e, ST_COMP_DICT, &e->v.DictComp.generators, e->v.DictComp.value,
                                    e->v.DictComp.key);
    case FT_EXPR_YIELD:
    case FT_EXPR_YIELDFROM:
        if (!is_function_like(st->cur))
            return ERR_AT(&e->pos, "'yield' outside function");
        if (st->cur->comp)
            return ERR_AT(&e->pos, "'yield' inside %s", comp_name(st->cur->comp));
        if (e->kind == FT_EXPR_YIELDFROM && st->cur->is_async_def)
            return ERR_AT(&e->pos, "'yield from' inside async function");
        st->cur->is_generator = true;
        if (e->v.Await.value)
            return visit_expr(w, e->v.Await.value);
        return 0;
    case FT_EXPR_AWAIT:
        if (!is_function_like(st->cur))
            return ERR_AT(&e->pos, "'await' outside function");
        if (!st->cur->is_async_def && !st->cur->comp)
            return ERR_AT(&e->pos, "'await' outside async function");
        if (visit_expr(w, e->v.Await.value) < 0)
            return -1;
        st->cur->is_coroutine = true;
        return 0;
    case FT_EXPR_COMPARE:
        if (e->v.Compare.ops.n < 1 || e->v.Compare.ops.n != e->v.Compare.comparators.n) {
            ft_err_set_str(ft_exc_ValueError, "Compare has a different number of comparators and operands");
            return -1;
        }
        if (visit_expr(w, e->v.Compare.left) < 0)
            return -1;
        return visit_exprs(w, &e->v.Compare.comparators);
    case FT_EXPR_CALL:
        if (visit_expr(w, e->v.Call.func) < 0 || visit_exprs(w, &e->v.Call.args) < 0)
            return -1;
        for (ft_ssize i = 0; i < e->v.Call.keywords.n; i++)
            if (visit_expr(w, e->v.Call.keywords.items[i]->value) < 0)
                return -1;
        return 0;
    case FT_EXPR_FORMATTEDVALUE:
        if (visit_expr(w, e->v.FormattedValue.value) < 0)
            return -1;
        if (e->v.FormattedValue.format_spec)
            return visit_expr(w, e->v.FormattedValue.format_spec);
        return 0;
    case FT_EXPR_JOINEDSTR:
        return visit_exprs(w, &e->v.JoinedStr.values);
    case FT_EXPR_CONSTANT:
        return 0;
    case FT_EXPR_ATTRIBUTE:
        return visit_expr(w, e->v.Attribute.value);
    case FT_EXPR_SUBSCRIPT:
        if (visit_expr(w, e->v.Subscript.value) < 0)
            return -1;
        return visit_expr(w, e->v.Subscript.slice);
    case FT_EXPR_STARRED:
        return visit_expr(w, e->v.Starred.value);
    case FT_EXPR_NAME: {
        int flag = e->v.Name.ctx == FT_CTX_LOAD ? ST_USE : ST_DEF_LOCAL;
        if (add_def(w, e->v.Name.id, flag, &e->pos) < 0)
            return -1;
        if (e->v.Name.ctx == FT_CTX_LOAD && st->cur->kind == ST_FUNCTION && e->v.Name.id == w->id_super &&
            add_def_in(w, st->cur, w->id_class, ST_USE, &e->pos) < 0)
            return -1;
        return 0;
    }
    case FT_EXPR_LIST:
    case FT_EXPR_TUPLE:
        return visit_exprs(w, &e->v.List.elts);
    case FT_EXPR_SLICE:
        if (e->v.Slice.lower && visit_expr(w, e->v.Slice.lower) < 0)
            return -1;
        if (e->v.Slice.upper && visit_expr(w, e->v.Slice.upper) < 0)
            return -1;
        if (e->v.Slice.step && visit_expr(w, e->v.Slice.step) < 0)
            return -1;
        return 0;
    }
    ft_err_set_str(ft_exc_SystemError, "symtable: unknown expression kind");
    return -1;
}

static int visit_pattern(walker *w, ft_pattern *p)
{
    if (!p) {
        ft_err_set_str(ft_exc_SystemError, "symtable: missing node in the tree");
        return -1;
    }
    if (ft_check_c_stack("during compilation") < 0)
        return -1;
    switch (p->kind) {
    case FT_PAT_MATCHVALUE:
        return visit_expr(w, p->v.MatchValue.value);
    case FT_PAT_MATCHSINGLETON:
        return 0;
    case FT_PAT_MATCHSEQUENCE:
    case FT_PAT_MATCHOR:
        for (ft_ssize i = 0; i < p->v.MatchSequence.patterns.n; i++)
            if (visit_pattern(w, p->v.MatchSequence.patterns.items[i]) < 0)
                return -1;
        return 0;
    case FT_PAT_MATCHMAPPING:
        if (visit_exprs(w, &p->v.MatchMapping.keys) < 0)
            return -1;
        for (ft_ssize i = 0; i < p->v.MatchMapping.patterns.n; i++)
            if (visit_pattern(w, p->v.MatchMapping.patterns.items[i]) < 0)
                return -1;
        if (p->v.MatchMapping.rest)
            return add_def(w, p->v.MatchMapping.rest, ST_DEF_LOCAL, &p->pos);
        return 0;
    case FT_PAT_MATCHCLASS:
        if (visit_expr(w, p->v.MatchClass.cls) < 0)
            return -1;
        for (ft_ssize i = 0; i < p->v.MatchClass.patterns.n; i++)
            if (visit_pattern(w, p->v.MatchClass.patterns.items[i]) < 0)
                return -1;
        for (ft_ssize i = 0; i < p->v.MatchClass.kwd_patterns.n; i++)
            if (visit_pattern(w, p->v.MatchClass.kwd_patterns.items[i]) < 0)
                return -1;
        return 0;
    case FT_PAT_MATCHSTAR:
        if (p->v.MatchStar.name)
            return add_def(w, p->v.MatchStar.name, ST_DEF_LOCAL, &p->pos);
        return 0;
    case FT_PAT_MATCHAS:
        if (p->v.MatchAs.pattern && visit_pattern(w, p->v.MatchAs.pattern) < 0)
            return -1;
        if (p->v.MatchAs.name)
            return add_def(w, p->v.MatchAs.name, ST_DEF_LOCAL, &p->pos);
        return 0;
    }
    ft_err_set_str(ft_exc_SystemError, "symtable: unknown pattern kind");
    return -1;
}

/* ---- analysis ----------------------------------------------------------- */

/* Small sets of interned names: arrays with linear search (they hold the
 * names bound by enclosing functions and the free names of children, which
 * stay small). */
typedef struct nset { ft_obj **v; ft_ssize n, cap; } nset;

static bool ns_has(nset *s, ft_obj *x)
{
    for (ft_ssize i = 0; i < s->n; i++)
        if (s->v[i] == x)
            return true;
    return false;
}
static int ns_add(nset *s, ft_obj *x)
{
    if (ns_has(s, x))
        return 0;
    if (grow((void **)&s->v, &s->cap, s->n + 1, sizeof(ft_obj *), FT_GC_SCAN) < 0)
        return -1;
    s->v[s->n++] = x;
    return 0;
}
static void ns_del(nset *s, ft_obj *x)
{
    for (ft_ssize i = 0; i < s->n; i++)
        if (s->v[i] == x) {
            s->v[i] = s->v[--s->n];
            return;
        }
}
static int ns_union(nset *d, nset *s)
{
    for (ft_ssize i = 0; i < s->n; i++)
        if (ns_add(d, s->v[i]) < 0)
            return -1;
    return 0;
}
static int ns_copy(nset *d, nset *s)
{
    d->v = NULL; d->n = d->cap = 0;
    if (!s->n)
        return 0;
    if (grow((void **)&d->v, &d->cap, s->n, sizeof(ft_obj *), FT_GC_SCAN) < 0)
        return -1;
    memcpy(d->v, s->v, (size_t)s->n * sizeof(ft_obj *));
    d->n = s->n;
    return 0;
}

typedef struct analyzer {
    st_table *st;
    ft_obj *id_class;
} analyzer;

static int analyze_block(analyzer *an, st_scope *s, nset *bound, nset *global, nset *free_out, bool has_bound);

static bool comp_inlinable(st_scope *s)
{
    return s->comp == ST_COMP_LIST || s->comp == ST_COMP_SET || s->comp == ST_COMP_DICT;
}

/* Is `name` free in a real (not inlined) scope nested in the inlined
 * comprehension `comp`? Then it must stay a cell wherever it is bound. */
static bool free_in_child(st_scope *comp, ft_obj *name)
{
    for (ft_ssize i = 0; i < comp->nchildren; i++) {
        st_scope *ch = comp->children[i];
        if (ch->comp_inlined ? free_in_child(ch, name) : ft_st_scope_of(ch, name) == ST_SC_FREE)
            return true;
    }
    return false;
}

/* PEP 709: fold the analysed scope of a list/set/dict comprehension into
 * its parent `s`, whose code will run it inline. Names the comprehension
 * takes from `s` stop being free (they are plain locals of the same code
 * object) unless a closure inside needs them; names it keeps in cells are
 * collected in `cells` so that `s` gives them a cell slot too. Its own
 * names are not copied into `s` (CPython does): they would capture free
 * references of sibling scopes to the same name further out. */
static int inline_comprehension(analyzer *an, st_scope *s, st_scope *comp, nset *comp_free, nset *cells)
{
    comp->comp_inlined = true;
    /* cells that comprehensions inlined into `comp` needed and `comp` could
     * not provide are needed here now */
    for (ft_ssize i = 0; i < comp->nextra_cells; i++)
        if (ns_add(cells, comp->extra_cells[i]) < 0)
            return -1;
    for (ft_ssize i = 0; i < comp->nsyms; i++) {
        st_sym *sym = &comp->syms[i];
        ft_obj *name = sym->name;
        if (sym->flags & ST_DEF_PARAM)
            continue;   /* ".0": the iterator is on the stack instead */
        if (sym->scope == ST_SC_CELL && ns_add(cells, name) < 0)
            return -1;
        /* a class body never passes __class__ on to code it runs inline */
        if (sym->scope == ST_SC_FREE && s->kind == ST_CLASS && name == an->id_class &&
            !free_in_child(comp, name)) {
            sym->scope = ST_SC_GLOBAL_IMPLICIT;
            ns_del(comp_free, name);
        }
        st_sym *ex = ft_st_lookup(s, name);
        if (ex && (ex->flags & ST_DEF_BOUND) && s->kind != ST_CLASS && !free_in_child(comp, name))
            ns_del(comp_free, name);
    }
    return 0;
}


static int analyze_block(analyzer *an, st_scope *s, nset *bound, nset *global, nset *free_out, bool has_bound)
{
    nset local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    if (s->kind == ST_CLASS) {
        if (ns_union(&newglobal, global) < 0 || ns_union(&newbound, bound) < 0)
            return -1;
    }
    for (ft_ssize i = 0; i < s->nsyms; i++) {
        st_sym *sym = &s->syms[i];
        int f = sym->flags;
        ft_obj *name = sym->name;
        if (f & ST_DEF_GLOBAL) {
            sym->scope = ST_SC_GLOBAL_EXPLICIT;
            if (ns_add(global, name) < 0)
                return -1;
            ns_del(bound, name);
        } else if (f & ST_DEF_NONLOCAL) {
            if (!has_bound || !ns_has(bound, name)) {
                return (ft_compiler_error(an->st->filename, an->st->source_lines,
                                          &sym->dir_pos, "no binding for nonlocal '%U' found", name), -1);
            }
            sym->scope = ST_SC_FREE;
            if (ns_add(free_out, name) < 0)
                return -1;
        } else if (f & ST_DEF_BOUND) {
            sym->scope = ST_SC_LOCAL;
            /* only a function's locals are visible to nested scopes */
            if (s->kind == ST_FUNCTION && ns_add(&local, name) < 0)
                return -1;
            ns_del(global, name);
        } else if (has_bound && ns_has(bound, name)) {
            sym->scope = ST_SC_FREE;
            if (ns_add(free_out, name) < 0)
                return -1;
        } else {
            sym->scope = ST_SC_GLOBAL_IMPLICIT;
        }
    }
    if (s->kind != ST_CLASS) {
        if (s->kind == ST_FUNCTION && ns_union(&newbound, &local) < 0)
            return -1;
        if (has_bound && ns_union(&newbound, bound) < 0)
            return -1;
        if (ns_union(&newglobal, global) < 0)
            return -1;
    } else {
        if (ns_add(&newbound, an->id_class) < 0)
            return -1;
    }
    bool child_has_bound = has_bound || s->kind != ST_MODULE;
    nset inlined_cells = {0};
    for (ft_ssize i = 0; i < s->nchildren; i++) {
        nset cb, cg, cf = {0};
        st_scope *child = s->children[i];
        if (ns_copy(&cb, &newbound) < 0 || ns_copy(&cg, &newglobal) < 0)
            return -1;
        if (analyze_block(an, child, &cb, &cg, &cf, child_has_bound) < 0)
            return -1;
        if (comp_inlinable(child) && inline_comprehension(an, s, child, &cf, &inlined_cells) < 0)
            return -1;
        if (ns_union(&newfree, &cf) < 0)
            return -1;
    }
    if (s->kind == ST_FUNCTION) {
        for (ft_ssize i = 0; i < s->nsyms; i++) {
            st_sym *sym = &s->syms[i];
            if (sym->scope == ST_SC_LOCAL &&
                (ns_has(&newfree, sym->name) || ns_has(&inlined_cells, sym->name))) {
                sym->scope = ST_SC_CELL;
                ns_del(&newfree, sym->name);
            }
        }
    } else if (s->kind == ST_CLASS) {
        if (ns_has(&newfree, an->id_class)) {
            ns_del(&newfree, an->id_class);
            s->needs_class_closure = true;
        }
    }
    /* free names of children not resolved here pass through this scope */
    for (ft_ssize i = 0; i < newfree.n; i++) {
        ft_obj *name = newfree.v[i];
        st_sym *sym = ft_st_lookup(s, name);
        if (sym) {
            if (s->kind == ST_CLASS)
                sym->flags |= ST_DEF_FREE_CLASS;
            continue;
        }
        if (!has_bound || !ns_has(bound, name))
            continue;  /* a global */
        sym = st_get(s, name);
        if (!sym)
            return -1;
        sym->scope = ST_SC_FREE;
    }
    /* cells of inlined comprehensions whose name is not a cell here get a
     * cell slot of their own (also when the name is a free variable here:
     * the comprehension's variable is another one) */
    for (ft_ssize i = 0; i < inlined_cells.n; i++) {
        st_sym *sym = ft_st_lookup(s, inlined_cells.v[i]);
        if (sym && sym->scope == ST_SC_CELL)
            continue;
        if (grow((void **)&s->extra_cells, &s->capextra_cells, s->nextra_cells + 1, sizeof(ft_obj *),
                 FT_GC_SCAN) < 0)
            return -1;
        s->extra_cells[s->nextra_cells++] = inlined_cells.v[i];
    }
    return ns_union(free_out, &newfree);
}

st_table *ft_symtable_build(ft_mod *mod, ft_obj *filename, ft_obj *source_lines)
{
    st_table *st = st_alloc(sizeof(st_table));
    if (!st)
        return NULL;
    st->filename = filename;
    st->source_lines = source_lines;
    walker w = { st, NULL, NULL, NULL, false };
    w.id_class = ft_str_intern_cstr("__class__");
    w.id_super = ft_str_intern_cstr("super");
    w.id_dot0 = ft_str_intern_cstr(".0");
    ft_obj *top = ft_str_intern_cstr("top");
    if (!w.id_class || !w.id_super || !w.id_dot0 || !top)
        return NULL;
    if (enter_scope(&w, ST_MODULE, top, mod, NULL) < 0)
        return NULL;
    st->top = st->cur;
    if (mod->kind == FT_MOD_EXPRESSION) {
        if (visit_expr(&w, mod->expr) < 0)
            return NULL;
    } else if (visit_stmts(&w, &mod->body) < 0) {
        return NULL;
    }
    analyzer an = { st, w.id_class };
    nset bound = {0}, global = {0}, free = {0};
    if (analyze_block(&an, st->top, &bound, &global, &free, false) < 0)
        return NULL;
    return st;
}
