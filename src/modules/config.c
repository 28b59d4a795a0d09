/* config.c -- the table of builtin C modules (ft_builtin_modules).
 *
 * Read-only, process-wide: the import system looks modules up here by name
 * and creates one module object per interpreter from the def. To add a
 * module, declare its def below and list it in the table (keep the table
 * NULL-terminated). The order is irrelevant; sys.builtin_module_names is
 * sorted when it is built.
 */
#include "core/ftcore.h"

extern const ft_module_def ft_weakref_module_def;
extern const ft_module_def ft_io_module_def, ft__io_module_def;
extern const ft_module_def ft_math_module_def;
extern const ft_module_def ft_importlib_module_def;
extern const ft_module_def ft_time_module_def;
extern const ft_module_def ft_posix_module_def;
extern const ft_module_def ft__thread_module_def;
extern const ft_module_def ft_atexit_module_def;
extern const ft_module_def ft_hashlib_module_def;
extern const ft_module_def ft_gc_module_def;
extern const ft_module_def ft__random_module_def;
extern const ft_module_def ft__ftpy_traceback_module_def;
extern const ft_module_def ft__struct_module_def;
extern const ft_module_def ft__signal_module_def;
extern const ft_module_def ft__posixsubprocess_module_def, ft__select_module_def;
extern const ft_module_def ft_dis_module_def;
extern const ft_module_def ft__interpreters_module_def;
extern const ft_module_def ft__pwdgrp_module_def;
extern const ft_module_def ft_zlib_module_def;
extern const ft_module_def ft_array_module_def;
extern const ft_module_def ft_collections_module_def;
extern const ft_module_def ft_itertools_module_def;
extern const ft_module_def ft__ast_module_def;
extern const ft_module_def ft__socket_module_def;
extern const ft_module_def ft_errno_module_def;
extern const ft_module_def ft_cmath_module_def;
extern const ft_module_def ft_unicodedata_module_def;
extern const ft_module_def ft__locale_module_def;
extern const ft_module_def ft_faulthandler_module_def;
extern const ft_module_def ft__json_module_def;
extern const ft_module_def ft_resource_module_def;
extern const ft_module_def ft__ftpy_sre_module_def;
extern const ft_module_def ft_fcntl_module_def;
extern const ft_module_def ft__ftpy_codecs_module_def;

const ft_module_def *const ft_builtin_modules[] = {
    &ft_builtins_module_def,
    &ft_sys_module_def,
    &ft_weakref_module_def,
    &ft_io_module_def,
    &ft__io_module_def,
    &ft_math_module_def,
    &ft_importlib_module_def,
    &ft_time_module_def,
    &ft_posix_module_def,
    &ft__thread_module_def,
    &ft_atexit_module_def,
    &ft_hashlib_module_def,
    &ft_gc_module_def,
    &ft__random_module_def,
    &ft__ftpy_traceback_module_def,
    &ft__struct_module_def,
    &ft__signal_module_def,
    &ft__posixsubprocess_module_def, &ft__select_module_def,
    &ft_dis_module_def,
    &ft__interpreters_module_def,
    &ft__pwdgrp_module_def,
    &ft_zlib_module_def,
    &ft_array_module_def,
    &ft_collections_module_def,
    &ft_itertools_module_def,
    &ft__ast_module_def,
    &ft__socket_module_def,
    &ft_errno_module_def,
    &ft_cmath_module_def,
    &ft_unicodedata_module_def,
    &ft__locale_module_def,
    &ft_faulthandler_module_def,
    &ft__json_module_def,
    &ft_resource_module_def,
    &ft__ftpy_sre_module_def,
    &ft_fcntl_module_def,
    &ft__ftpy_codecs_module_def,
    NULL
};
