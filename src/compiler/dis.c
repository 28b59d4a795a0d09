/* dis.c -- disassembler: text in the spirit of CPython's dis.dis() for
 * ftpy code objects, used by compiler tests and (later) the `dis` module.
 *
 * Format, one instruction per line:
 *   LINE  >>  INDEX OPNAME                  ARG (ARGREPR)
 * LINE is printed when it changes; ">>" marks jump/handler targets; INDEX
 * is the instruction index (jump targets are indices). The exception table
 * follows as "START to END -> HANDLER [DEPTH]" (END exclusive), then every
 * nested code object in constant order. Pure function of an immutable code
 * object: thread-safe, no locking.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"
#include "vm/opcodes.h"

static const char *cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

static bool dis_is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER;
}

static int append_obj_str(ft_strbuf *b, ft_obj *o)
{
    return o ? ft_strbuf_append_str(b, o) : ft_strbuf_append_cstr(b, "?");
}

static int append_const_repr(ft_strbuf *b, ft_obj *o)
{
    if (!ft_is_smallint(o) && o->ob_type == &ft_code_type)
        return ft_strbuf_printf(b, "<code object %s>", ft_str_utf8(FT_CODE(o)->name));
    ft_obj *r = ft_repr(o);
    if (!r)
        return -1;
    return ft_strbuf_append_str(b, r);
}

static ft_obj *tuple_item(ft_obj *t, ft_ssize i)
{
    return (t && i >= 0 && i < ft_tuple_size(t)) ? ft_tuple_get(t, i) : NULL;
}

static int dis_one(ft_strbuf *b, ft_code *co)
{
    ft_ssize n = co->ninstrs;
    bool *target = ft_gc_alloc((size_t)(n + 1), FT_GC_ATOMIC);
    if (!target)
        return -1;
    for (ft_ssize i = 0; i < n; i++) {
        uint32_t in = co->instrs[i];
        if (dis_is_jump((int)FT_OP(in)) && FT_ARG(in) <= (uint32_t)n)
            target[FT_ARG(in)] = true;
    }
    for (ft_ssize i = 0; i < co->nexc; i++)
        if (co->exctable[i].handler <= (uint32_t)n)
            target[co->exctable[i].handler] = true;
    int lastline = -2;
    for (ft_ssize i = 0; i < n; i++) {
        uint32_t in = co->instrs[i];
        int op = (int)FT_OP(in);
        int arg = (int)FT_ARG(in);
        int line = co->positions ? co->positions[i].lineno : -1;
        if (line != lastline) {
            if (i > 0 && ft_strbuf_append_cstr(b, "\n") < 0)
                return -1;
            if (line >= 0 ? ft_strbuf_printf(b, "%4d", line) < 0 : ft_strbuf_append_cstr(b, "  --") < 0)
                return -1;
            lastline = line;
        } else if (ft_strbuf_append_cstr(b, "    ") < 0) {
            return -1;
        }
        const char *name = op < FT_OPCODE_COUNT ? ft_opcode_names[op] : "<invalid>";
        if (ft_strbuf_printf(b, "  %s %4d %-24s", target[i] ? ">>" : "  ", (int)i, name) < 0)
            return -1;
        bool has_arg = true;
        switch (op) {
        case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
        case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
        case OP_DELETE_SUBSCR: case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_RETURN_VALUE:
        case OP_LOAD_BUILD_CLASS: case OP_SETUP_ANNOTATIONS: case OP_LOAD_LOCALS: case OP_PUSH_EXC_INFO:
        case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH: case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH:
        case OP_BEFORE_ASYNC_WITH: case OP_WITH_EXCEPT_START: case OP_GET_AITER: case OP_GET_ANEXT:
        case OP_END_ASYNC_FOR: case OP_GET_YIELD_FROM_ITER: case OP_YIELD_VALUE: case OP_YIELD_FROM:
        case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        case OP_COPY_DICT_WITHOUT_KEYS:
            has_arg = false;
            break;
        default:
            break;
        }
        if (has_arg && ft_strbuf_printf(b, " %d", arg) < 0)
            return -1;
        ft_obj *nm = NULL;
        int r = 0;
        switch (op) {
        case OP_LOAD_CONST: case OP_RETURN_CONST: {
            ft_obj *k = tuple_item(co->consts, arg);
            r = ft_strbuf_append_cstr(b, " (");
            if (r >= 0)
                r = k ? append_const_repr(b, k) : ft_strbuf_append_cstr(b, "?");
            if (r >= 0)
                r = ft_strbuf_append_cstr(b, ")");
            break;
        }
        case OP_LOAD_FAST: case OP_LOAD_FAST_CHECKED: case OP_STORE_FAST: case OP_DELETE_FAST:
        case OP_DELETE_FAST_CHECKLESS: case OP_LOAD_FAST_AND_CLEAR: case OP_STORE_FAST_MAYBE_NULL:
            nm = tuple_item(co->varnames, arg);
            goto show_name;
        case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
        case OP_LOAD_FROM_DICT_OR_DEREF: case OP_LOAD_CELL_AND_RENEW: case OP_STORE_CELL:
            nm = arg < co->ncells ? tuple_item(co->cellvars, arg) : tuple_item(co->freevars, arg - co->ncells);
            goto show_name;
        case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
        case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_LOAD_METHOD:
        case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            nm = tuple_item(co->names, arg);
        show_name:
            r = ft_strbuf_append_cstr(b, " (");
            if (r >= 0)
                r = append_obj_str(b, nm);
            if (r >= 0)
                r = ft_strbuf_append_cstr(b, ")");
            break;
        case OP_COMPARE_OP:
            r = ft_strbuf_printf(b, " (%s)", arg >= 0 && arg < 6 ? cmp_names[arg] : "?");
            break;
        case OP_IS_OP:
            r = ft_strbuf_append_cstr(b, arg ? " (is not)" : " (is)");
            break;
        case OP_CONTAINS_OP:
            r = ft_strbuf_append_cstr(b, arg ? " (not in)" : " (in)");
            break;
        case OP_BINARY_OP:
            r = ft_strbuf_printf(b, " (%s)", arg < FT_BINOP_COUNT ? ft_binop_symbol(arg) : "?");
            break;
        case OP_FORMAT_VALUE: {
            static const char *conv[] = { "", "str", "repr", "ascii" };
            if ((arg & 3) || (arg & 4))
                r = ft_strbuf_printf(b, " (%s%s%s)", conv[arg & 3], ((arg & 3) && (arg & 4)) ? ", " : "",
                                     (arg & 4) ? "with format" : "");
            break;
        }
        case OP_CALL_INTRINSIC_1: {
            const char *iname = arg == FT_INTRINSIC_PRINT ? "INTRINSIC_PRINT"
                              : arg == FT_INTRINSIC_IMPORT_STAR ? "INTRINSIC_IMPORT_STAR"
                              : arg == FT_INTRINSIC_UNARY_POSITIVE ? "INTRINSIC_UNARY_POSITIVE"
                              : arg == FT_INTRINSIC_LIST_TO_TUPLE ? "INTRINSIC_LIST_TO_TUPLE"
                              : arg == FT_INTRINSIC_ASYNC_GEN_WRAP ? "INTRINSIC_ASYNC_GEN_WRAP" : "?";
            r = ft_strbuf_printf(b, " (%s)", iname);
            break;
        }
        default:
            if (dis_is_jump(op))
                r = ft_strbuf_printf(b, " (to %d)", arg);
            break;
        }
        if (r < 0 || ft_strbuf_append_cstr(b, "\n") < 0)
            return -1;
    }
    if (co->nexc) {
        if (ft_strbuf_append_cstr(b, "ExceptionTable:\n") < 0)
            return -1;
        for (ft_ssize i = 0; i < co->nexc; i++) {
            const ft_exc_entry *e = &co->exctable[i];
            if (ft_strbuf_printf(b, "  %u to %u -> %u [%u]\n", (unsigned)e->start, (unsigned)e->end,
                                 (unsigned)e->handler, (unsigned)e->depth) < 0)
                return -1;
        }
    }
    return 0;
}

static int dis_rec(ft_strbuf *b, ft_code *co, int depth)
{
    if (depth > 200 || ft_check_c_stack("dis") < 0)
        return -1;
    if (dis_one(b, co) < 0)
        return -1;
    ft_ssize nc = co->consts ? ft_tuple_size(co->consts) : 0;
    for (ft_ssize i = 0; i < nc; i++) {
        ft_obj *k = ft_tuple_get(co->consts, i);
        if (ft_is_smallint(k) || k->ob_type != &ft_code_type)
            continue;
        if (ft_strbuf_printf(b, "\nDisassembly of <code object %s, line %d>:\n",
                             ft_str_utf8(FT_CODE(k)->qualname ? FT_CODE(k)->qualname : FT_CODE(k)->name),
                             (int)FT_CODE(k)->firstlineno) < 0)
            return -1;
        if (dis_rec(b, FT_CODE(k), depth + 1) < 0)
            return -1;
    }
    return 0;
}

ft_obj *ft_code_disassemble(ft_obj *code)
{
    if (!code || ft_is_smallint(code) || code->ob_type != &ft_code_type)
        return ft_err_format(ft_exc_TypeError, "don't know how to disassemble %T objects", code);
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (dis_rec(&b, FT_CODE(code), 0) < 0)
        return NULL;
    return ft_strbuf_finish(&b);
}
