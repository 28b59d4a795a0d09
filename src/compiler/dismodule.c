/* dismodule.c -- the `dis` module: a small subset of CPython's dis on top
 * of ft_code_disassemble().
 *
 *   dis.dis(x=None, *, file=None)  disassemble a function, method, code
 *                                  object or source string to file/stdout
 *   dis.code_info(x)               the disassembly text as a str (ftpy)
 *   dis.opname                     list of opcode names, by opcode number
 *
 * The module holds no mutable state of its own (opname is a fresh list per
 * interpreter), so it needs no locking. The output format is ftpy's, not
 * CPython's bytecode: tests must not compare it with CPython.
 */
#include "core/ftcore.h"
#include "compiler/compiler.h"
#include "vm/opcodes.h"

static ft_obj *code_of(ft_obj *x)
{
    for (int depth = 0; depth < 8; depth++) {
        if (!ft_is_smallint(x) && x->ob_type == &ft_code_type)
            return x;
        if (!ft_is_smallint(x) && x->ob_type == &ft_function_type)
            return ((ft_function *)x)->code;
        if (!ft_is_smallint(x) && x->ob_type == &ft_method_type) {
            x = ((ft_method *)x)->func;
            continue;
        }
        if (ft_str_check(x)) {
            ft_ssize n = FT_STR(x)->nbytes;
            ft_obj *co = ft_compile_source(ft_str_utf8(x), n, ft_str_from_cstr("<dis>"), FT_PARSE_EXEC, 0);
            return co;
        }
        ft_obj *f = ft_getattr_opt(x, ft_id(__func__));
        if (!f) {
            if (ft_err_occurred())
                return NULL;
            f = ft_getattr_opt(x, ft_str_intern_cstr("__code__"));
            if (!f) {
                if (ft_err_occurred())
                    return NULL;
                break;
            }
        }
        x = f;
    }
    return ft_err_format(ft_exc_TypeError, "don't know how to disassemble %s objects", ft_type_name(FT_TYPE(x)));
}

static ft_obj *dis_dis(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    static const char *const names[] = { "x", "$file", NULL };
    ft_obj *v[2] = { NULL, NULL };
    if (ft_parse_args("dis", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *co = code_of(v[0]);
    if (!co)
        return NULL;
    ft_obj *text = ft_code_disassemble(co);
    if (!text)
        return NULL;
    ft_obj *file = v[1];
    if (!file || file == ft_None) {
        ft_interp *in = ft_interp_current();
        file = in->sys_dict ? ft_dict_get_cstr(in->sys_dict, "stdout") : NULL;
        if (!file) {
            if (!ft_err_occurred())
                ft_err_set_str(ft_exc_RuntimeError, "lost sys.stdout");
            return NULL;
        }
    }
    if (!ft_call_method1(file, "write", text))
        return NULL;
    return ft_None;
}

static ft_obj *dis_code_info(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    if (ft_check_positional("code_info", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *co = code_of(args[0]);
    return co ? ft_code_disassemble(co) : NULL;
}

static const ft_method_def dis_methods[] = {
    { "dis", dis_dis, FT_METH_KEYWORDS, "Disassemble a function, method, code object or source string." },
    { "code_info", dis_code_info, FT_METH_VARARGS, "Return the disassembly of x as a string." },
    { NULL, NULL, 0, NULL }
};

static int dis_exec(ft_obj *m)
{
    ft_obj *l = ft_list_new(0);
    if (!l)
        return -1;
    for (int i = 0; i < FT_OPCODE_COUNT; i++) {
        ft_obj *s = ft_str_from_cstr(ft_opcode_names[i]);
        if (!s || ft_list_append(l, s) < 0)
            return -1;
    }
    return ft_module_add_object(m, "opname", l);
}

const ft_module_def ft_dis_module_def = {
    .name = "dis",
    .doc = "Disassembler of ftpy bytecode.",
    .methods = dis_methods,
    .exec = dis_exec,
    .gil_safe = true,
};
