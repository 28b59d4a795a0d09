/* mathmodule.h -- the builtin `math` module (mathmodule.c), for the table
 * of builtin modules in modules/config.c. */
#ifndef FT_MATHMODULE_H
#define FT_MATHMODULE_H
#include "core/ftcore.h"
extern const ft_module_def ft_math_module_def;
#endif
