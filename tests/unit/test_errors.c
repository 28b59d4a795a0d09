/* test_errors.c -- unit tests of the error API (core/error.c) and of the
 * builtin exception types (objects/exceptions.c). */
#include "unit.h"
#include "modules/import.h"
#include "parser/ast.h"
#include "objects/exceptions.h"

#include <errno.h>

/* Runs ft_err_print_exc(exc) with sys.stderr redirected to an io.StringIO
 * and returns what was written (or NULL). */
static ft_obj *capture_print(ft_obj *exc) {
    ft_obj *io = ft_import_module_cstr("io");
    if (!io) return NULL;
    ft_obj *sio = ft_call_method0(io, "StringIO");
    if (!sio) return NULL;
    ft_obj *sysd = ft_interp_current()->sys_dict;
    ft_obj *old = ft_dict_get_cstr(sysd, "stderr");
    ft_obj *old_out = ft_dict_get_cstr(sysd, "stdout");
    ft_dict_set_cstr(sysd, "stderr", sio);
    ft_dict_set_cstr(sysd, "stdout", ft_None);
    ft_err_print_exc(exc);
    ft_dict_set_cstr(sysd, "stderr", old ? old : ft_None);
    ft_dict_set_cstr(sysd, "stdout", old_out ? old_out : ft_None);
    return ft_call_method0(sio, "getvalue");
}

static ft_obj *run(const char *src) {
    ft_obj *code = ft_compile_source(src, (ft_ssize)strlen(src), ft_str_from_cstr("<unit>"), 0, 0);
    if (!code) return NULL;
    ft_obj *g = ft_dict_new();
    ft_dict_set_cstr(g, "__builtins__", ft_interp_current()->builtins);
    ft_dict_set_cstr(g, "__name__", ft_str_from_cstr("__main__"));
    return ft_eval_code(code, g, g);
}

static void test_state(void) {
    CHECK(!ft_err_occurred());
    ft_err_set_str(ft_exc_ValueError, "bad value");
    CHECK(ft_err_occurred());
    CHECK(ft_err_matches((ft_obj *)ft_exc_ValueError));
    CHECK(ft_err_matches((ft_obj *)ft_exc_Exception));
    CHECK(!ft_err_matches((ft_obj *)ft_exc_TypeError));
    ft_obj *tup = ft_tuple_pack(2, (ft_obj *)ft_exc_KeyError, (ft_obj *)ft_exc_ValueError);
    CHECK(ft_err_matches(tup));
    ft_obj *e = ft_err_peek();
    CHECK(e && FT_TYPE(e) == ft_exc_ValueError);
    CHECK_STR(ft_str(e), "bad value");
    ft_obj *f = ft_err_fetch();
    CHECK(f == e && !ft_err_occurred());
    ft_err_restore(f);
    CHECK(ft_err_peek() == f);
    ft_err_clear();
    CHECK(!ft_err_occurred());
    ft_err_set_none(ft_exc_KeyError);
    CHECK_STR(ft_repr(ft_err_fetch()), "KeyError()");
    ft_err_set_obj(ft_exc_KeyError, ft_str_from_cstr("k"));
    CHECK_STR(ft_str(ft_err_fetch()), "'k'");
    /* An instance passed to set_obj is raised as is. */
    ft_obj *inst = ft_exc_new(ft_exc_TypeError, NULL, 0);
    ft_err_set_obj(ft_exc_Exception, inst);
    CHECK(ft_err_fetch() == inst);
}

static void test_format(void) {
    ft_obj *r = ft_err_format(ft_exc_TypeError, "%s %d %R %S %T %N %U %zd%%", "c", 42,
                              ft_str_from_cstr("q"), ft_smallint(7), ft_smallint(1), ft_exc_KeyError,
                              ft_str_from_cstr("u"), (ft_ssize)-3);
    CHECK(r == NULL);
    ft_obj *e = ft_err_fetch();
    CHECK(e && FT_TYPE(e) == ft_exc_TypeError);
    CHECK_STR(ft_str(e), "c 42 'q' 7 int KeyError u -3%");
}

static void test_no_memory(void) {
    CHECK(ft_err_no_memory() == NULL);
    ft_obj *e = ft_err_fetch();
    CHECK(e == ft_exc_memory_error_instance);
    CHECK(FT_TYPE(e) == ft_exc_MemoryError);
    CHECK(ft_err_no_memory() == NULL);
    CHECK(ft_err_fetch() == e);
}

static void test_errno(void) {
    struct { int err; ft_type *type; } cases[] = {
        {ENOENT, FT_EXC(FileNotFoundError)}, {EEXIST, FT_EXC(FileExistsError)},
        {EISDIR, FT_EXC(IsADirectoryError)}, {ENOTDIR, FT_EXC(NotADirectoryError)},
        {EACCES, FT_EXC(PermissionError)}, {EPERM, FT_EXC(PermissionError)},
        {EAGAIN, FT_EXC(BlockingIOError)}, {ECHILD, FT_EXC(ChildProcessError)},
        {ECONNREFUSED, FT_EXC(ConnectionRefusedError)}, {EPIPE, FT_EXC(BrokenPipeError)},
        {EINTR, FT_EXC(InterruptedError)}, {ESRCH, FT_EXC(ProcessLookupError)},
        {ETIMEDOUT, FT_EXC(TimeoutError)}, {EINVAL, FT_EXC(OSError)},
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(cases); i++) {
        errno = cases[i].err;
        CHECK(ft_err_from_errno(ft_exc_OSError, NULL) == NULL);
        ft_obj *e = ft_err_fetch();
        CHECK(e && FT_TYPE(e) == cases[i].type);
    }
    errno = ENOENT;
    ft_err_from_errno(ft_exc_OSError, ft_str_from_cstr("x.txt"));
    ft_obj *e = ft_err_fetch();
    CHECK_STR(ft_str(e), "[Errno 2] No such file or directory: 'x.txt'");
    CHECK(ft_getattr_cstr(e, "errno") == ft_smallint(2));
    CHECK_STR(ft_getattr_cstr(e, "filename"), "x.txt");
    errno = ENOMEM;
    ft_err_from_errno(NULL, NULL);
    CHECK(ft_err_fetch() == ft_exc_memory_error_instance);
}

static void test_syntax(void) {
    ft_obj *text = ft_str_from_cstr("x = = 1\n");
    ft_err_syntax(ft_exc_SyntaxError, "invalid syntax", ft_str_from_cstr("f.py"), 3, 5, 3, 6, text);
    ft_obj *e = ft_err_fetch();
    CHECK(e && FT_TYPE(e) == ft_exc_SyntaxError);
    CHECK_STR(ft_str(e), "invalid syntax (f.py, line 3)");
    CHECK(ft_getattr_cstr(e, "lineno") == ft_smallint(3));
    CHECK(ft_getattr_cstr(e, "offset") == ft_smallint(5));
    CHECK(ft_getattr_cstr(e, "end_offset") == ft_smallint(6));
    ft_obj *out = capture_print(e);
    CHECK_STR(out, "  File \"f.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
}

static void test_stop_iteration(void) {
    ft_err_set_stop_iteration(ft_smallint(5));
    ft_obj *e = ft_err_fetch();
    CHECK(ft_stop_iteration_value(e) == ft_smallint(5));
    ft_err_set_stop_iteration(NULL);
    CHECK(ft_stop_iteration_value(ft_err_fetch()) == ft_None);
    CHECK(ft_stop_iteration_value(ft_exc_new(ft_exc_ValueError, NULL, 0)) == ft_None);
}

static void test_chain_fields(void) {
    ft_obj *a = ft_exc_new(ft_exc_ValueError, NULL, 0);
    ft_obj *b = ft_exc_new(ft_exc_TypeError, NULL, 0);
    ft_exc_set_context(a, b);
    CHECK(((ft_exc *)a)->context == b);
    ft_exc_set_context(a, a);   /* never a self-loop */
    CHECK(((ft_exc *)a)->context == b);
    ft_exc_set_cause(a, b);
    CHECK(((ft_exc *)a)->cause == b && ((ft_exc *)a)->suppress_context);
    ft_exc_set_cause(a, ft_None);
    CHECK(((ft_exc *)a)->cause == NULL);
    CHECK(ft_exc_matches(a, (ft_obj *)ft_exc_Exception));
    CHECK(ft_exc_matches((ft_obj *)ft_exc_ValueError, (ft_obj *)ft_exc_Exception));
    CHECK(!ft_exc_matches(a, ft_smallint(1)));
}

static void test_print(void) {
    ft_obj *r = run("def f():\n    return 1 + None\n"
                    "try:\n    f()\nexcept TypeError as e:\n    err = e\n"
                    "class MyError(Exception): pass\n"
                    "e2 = MyError('boom')\ne2.add_note('a note')\n");
    CHECK(r != NULL);
    ft_err_clear();
    ft_obj *e = ft_exc_new(ft_exc_KeyError, (ft_obj *[]){ft_str_from_cstr("x")}, 1);
    CHECK_STR(capture_print(e), "KeyError: 'x'\n");
    ft_obj *v = ft_exc_new(ft_exc_ValueError, NULL, 0);
    ft_exc_set_context(v, e);
    CHECK_STR(capture_print(v),
              "KeyError: 'x'\n\nDuring handling of the above exception, another exception occurred:\n\n"
              "ValueError\n");
    ft_exc_set_cause(v, e);
    CHECK_STR(capture_print(v),
              "KeyError: 'x'\n\nThe above exception was the direct cause of the following exception:\n\n"
              "ValueError\n");
    /* The unraisable writer clears the exception. */
    ft_obj *io = ft_import_module_cstr("io");
    ft_obj *sio = io ? ft_call_method0(io, "StringIO") : NULL;
    CHECK(sio != NULL);
    if (sio) {
        ft_obj *sysd = ft_interp_current()->sys_dict;
        ft_obj *old = ft_dict_get_cstr(sysd, "stderr");
        ft_dict_set_cstr(sysd, "stderr", sio);
        ft_err_set_str(ft_exc_RuntimeError, "lost");
        ft_err_write_unraisable(ft_str_from_cstr("ctx"));
        ft_dict_set_cstr(sysd, "stderr", old);
        CHECK(!ft_err_occurred());
        CHECK_STR(ft_call_method0(sio, "getvalue"), "Exception ignored in: 'ctx'\nRuntimeError: lost\n");
    }
}

static void test_exception_types(void) {
    ft_obj *args[3] = {ft_smallint(2), ft_str_from_cstr("No such file"), ft_str_from_cstr("f")};
    ft_obj *e = ft_exc_new(ft_exc_OSError, args, 3);
    CHECK(e && FT_TYPE(e) == ft_exc_FileNotFoundError);
    CHECK_STR(ft_str(e), "[Errno 2] No such file: 'f'");
    CHECK_STR(ft_repr(e), "FileNotFoundError(2, 'No such file')");
    ft_obj *k = ft_exc_new(ft_exc_KeyError, (ft_obj *[]){ft_smallint(1)}, 1);
    CHECK_STR(ft_str(k), "1");
    ft_obj *x = ft_exc_new(ft_exc_ValueError, (ft_obj *[]){ft_str_from_cstr("a"), ft_smallint(2)}, 2);
    CHECK_STR(ft_repr(x), "ValueError('a', 2)");
    CHECK_STR(ft_str(x), "('a', 2)");
    ft_obj *s = ft_exc_new(ft_exc_SystemExit, (ft_obj *[]){ft_smallint(3)}, 1);
    CHECK(ft_getattr_cstr(s, "code") == ft_smallint(3));
    ft_obj *list = ft_list_new(0);
    ft_list_append(list, x);
    ft_obj *g = ft_exc_new(FT_EXC(BaseExceptionGroup), (ft_obj *[]){ft_str_from_cstr("m"), list}, 2);
    CHECK(g && FT_TYPE(g) == FT_EXC(ExceptionGroup));
    CHECK_STR(ft_str(g), "m (1 sub-exception)");
    CHECK(ft_exc_check(g) && ft_isinstance(g, (ft_obj *)ft_exc_Exception) == 1);
    for (int i = 0; i < 3; i++) {
        ft_type *t = i == 0 ? ft_exc_ValueError : i == 1 ? FT_EXC(OSError) : FT_EXC(UnicodeDecodeError);
        CHECK(t->flags & FT_TPF_BASE_EXC_SUBCLASS);
        CHECK(ft_type_is_subtype(t, ft_exc_BaseException));
    }
}

static void run_tests(void) {
    test_state();
    test_format();
    test_no_memory();
    test_errno();
    test_syntax();
    test_stop_iteration();
    test_chain_fields();
    test_print();
    test_exception_types();
}
