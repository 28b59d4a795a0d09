/* io.h -- the io module's hooks for the runtime (modules/io.c). */
#ifndef FT_IO_H
#define FT_IO_H

#include "core/object.h"

extern const ft_module_def ft_io_module_def, ft__io_module_def;
int ft_io_init(void);                      /* process start-up: io types */
int ft_io_init_stdio(ft_obj *sys_dict);    /* sys.stdin/stdout/stderr for an interpreter */
void ft_io_flush_std(ft_obj *sys_dict);    /* flush stdout and stderr (exit) */
/* builtins.open(*args, **kw) */
ft_obj *ft_io_open(ft_obj *const *args, size_t nargs, ft_obj *kwnames);

#endif
