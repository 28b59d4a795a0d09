/* identifiers.c -- the interned identifier table (ft_id(name)).
 *
 * Written once by ft_identifiers_init on the main thread before any other
 * thread exists; read-only afterwards, so no synchronisation is needed.
 * The strings are interned, hence immortal. The pointer variables are
 * registered as a GC root range for good measure.
 */
#include "core/ftcore.h"

#define FT_ID_DEFINE(name) ft_obj *ft_id_##name;
FT_IDENTIFIERS(FT_ID_DEFINE)
#undef FT_ID_DEFINE

int ft_identifiers_init(void) {
#define FT_ID_INIT(name) \
    if (!(ft_id_##name = ft_str_intern_cstr(#name))) return -1; \
    ft_gc_add_root(&ft_id_##name, sizeof ft_id_##name);
    FT_IDENTIFIERS(FT_ID_INIT)
#undef FT_ID_INIT
    return 0;
}
