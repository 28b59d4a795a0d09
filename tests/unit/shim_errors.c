/* shim_errors.c -- TEMPORARY link shims for the exceptions/builtins/sys
 * engineer's local testing while memoryview has not landed. Never part of
 * the build (the Makefile only globs src/). Delete once the real code is in. */
#include "core/ftcore.h"
ft_type ft_memoryview_type = { FT_TYPE_HEAD_INIT, .name = "memoryview", .basicsize = sizeof(ft_obj) };
int ft_text_init_memoryview(void) { return ft_type_ready(&ft_memoryview_type); }
int ft_memoryview_getbuf(ft_obj *o, ft_buffer *v) { (void)o; (void)v; return -1; }
