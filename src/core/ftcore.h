/* ftcore.h -- umbrella for the internal headers. Every file of the core
 * includes this and nothing from include/ except ftpy.h when it implements
 * the public API. */
#ifndef FT_CORE_H
#define FT_CORE_H

#ifndef FT_BUILD_CORE
#error "internal ftpy header: include ftpy.h instead"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "config.h"
#include "object.h"
#include "error.h"
#include "runtime.h"
#include "abstract.h"
#include "../sync/mutex.h"
#include "../gc/gc.h"
#include "../objects/objects.h"
#include "../vm/code.h"
#include "../vm/vm.h"

#define FT_UNUSED(x) ((void)(x))
#define FT_LIKELY(x) __builtin_expect(!!(x), 1)
#define FT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define FT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Process-wide start-up. core/init.c calls these in this order, once,
 * on the main thread before any other thread exists. Each readies the
 * static types of its area (ft_type_ready) and fills its process-wide
 * immutable tables. They must not assume any later one has run. */
int ft_identifiers_init(void);   /* core/identifiers.c: interns FT_IDENTIFIERS */
int ft_typesys_init(void);       /* objects/typeobject.c & co: object, type, descriptors, super, property */
int ft_singletons_init(void);    /* objects/singletons.c: None, NotImplemented, Ellipsis types */
int ft_numbers_init(void);       /* objects/int.c, float.c, complex.c, bool */
int ft_text_init(void);          /* objects/str*.c, bytes*.c, memoryview */
int ft_containers_init(void);    /* objects/list.c, tuple.c, dict.c, set.c, range.c, slice.c, iterobject.c */
int ft_vm_init(void);            /* vm/: function, code, cell, method, builtin function, generators, frame, traceback */
int ft_exceptions_init(void);    /* objects/exceptions.c */
int ft_misc_types_init(void);    /* objects/moduleobject.c, weakref.c, namespace.c */

/* Builtin C modules (src/modules). The import system finds them by name. */
extern const ft_module_def ft_builtins_module_def, ft_sys_module_def;
/* Table of every builtin module, NULL-terminated (modules/config.c). */
extern const ft_module_def *const ft_builtin_modules[];
/* builtins.__build_class__, implemented with the type system (objects/buildclass.c). */
extern const ft_method_def ft_build_class_def;

/* Well-known interned identifiers, created at start-up, immortal and
 * shared: ft_id(__init__), ft_id(__name__), ... (core/identifiers.c). */
#define FT_IDENTIFIERS(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__name__) X(__qualname__) \
    X(__module__) X(__dict__) X(__doc__) X(__class__) X(__call__) X(__getattr__) \
    X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) \
    X(__delete__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) \
    X(__ge__) X(__len__) X(__iter__) X(__next__) X(__getitem__) X(__setitem__) \
    X(__delitem__) X(__contains__) X(__bool__) X(__enter__) X(__exit__) \
    X(__aenter__) X(__aexit__) X(__await__) X(__aiter__) X(__anext__) \
    X(__index__) X(__int__) X(__float__) X(__complex__) X(__format__) \
    X(__init_subclass__) X(__set_name__) X(__class_getitem__) X(__mro_entries__) \
    X(__prepare__) X(__build_class__) X(__import__) X(__builtins__) X(__file__) \
    X(__package__) X(__spec__) X(__loader__) X(__path__) X(__all__) X(__slots__) \
    X(__annotations__) X(__classcell__) X(__main__) X(__del__) \
    X(__missing__) X(__reversed__) X(__length_hint__) X(__instancecheck__) \
    X(__subclasscheck__) X(__abstractmethods__) X(__weakref__) X(__round__) \
    X(__trunc__) X(__floor__) X(__ceil__) X(__abs__) X(__neg__) X(__pos__) \
    X(__invert__) X(__bytes__) X(__fspath__) X(__dir__) X(__sizeof__) \
    X(__reduce__) X(__reduce_ex__) X(__getstate__) X(__setstate__) X(__copy__) \
    X(__deepcopy__) X(__match_args__) X(__orig_bases__) X(__type_params__) \
    X(__objclass__) X(__wrapped__) X(__self__) X(__func__) X(__annotate__) \
    X(send) X(throw) X(close) X(keys) X(items) X(values) X(get) X(append) \
    X(extend) X(add) X(update) X(write) X(flush) X(read) X(readline) X(encoding) \
    X(errors) X(fileno) X(isatty) X(name) X(mro) X(args) X(value) X(path) \
    X(modules) X(stdout) X(stderr) X(stdin) X(displayhook) X(excepthook) \
    X(metaclass) X(end) X(sep) X(file) X(key) X(reverse) X(strict) X(default) \
    X(start) X(step) X(stop) X(code) X(msg) X(filename) X(lineno) X(offset) X(text) \
    X(end_lineno) X(end_offset) X(print_file_and_line) X(builtins) X(object) \
    X(self) X(cls)

#define FT_ID_DECLARE(name) extern ft_obj *ft_id_##name;
FT_IDENTIFIERS(FT_ID_DECLARE)
#undef FT_ID_DECLARE
#define ft_id(name) (ft_id_##name)

#endif /* FT_CORE_H */
