/* vminit.c -- start-up of the VM area: readies every static type the VM
 * defines. Called once by core/init.c on the main thread before any other
 * thread exists (ftcore.h); after it returns the types are immutable. */
#include "core/ftcore.h"
#include "vm/frame.h"

int ft_vm_init(void) {
    ft_type *types[] = {
        &ft_code_type, &ft_function_type, &ft_cell_type, &ft_method_type,
        &ft_builtin_function_type, &ft_method_descr_type, &ft_classmethod_descr_type,
        &ft_generator_type, &ft_coroutine_type, &ft_async_generator_type,
        &ft_coro_wrapper_type, &ft_async_gen_asend_type, &ft_async_gen_athrow_type,
        &ft_async_gen_wrapped_type, &ft_frame_type, &ft_traceback_type,
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(types); i++)
        if (ft_type_ready(types[i]) < 0)
            return -1;
    return 0;
}
