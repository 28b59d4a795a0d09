/* import.h -- the import system (modules/import.c).
 *
 * Per interpreter: sys.modules is interp->modules; a module is imported at
 * most once per interpreter. Modules are found in this order: builtin C
 * modules (ft_builtin_modules), then sys.path entries (parent.__path__
 * for submodules) holding NAME.py or NAME/__init__.py (or a plain
 * directory: a namespace package).
 *
 * Locking: one reentrant import lock per interpreter serialises module
 * *execution* across threads (the thread importing a module owns it until
 * the module body has run; re-entry from the same thread for circular
 * imports is allowed). Lookups of already-imported modules in sys.modules
 * take no lock.
 */
#ifndef FT_IMPORT_H
#define FT_IMPORT_H

#include "core/object.h"

/* __import__(name, globals, locals, fromlist, level) with CPython's
 * semantics: returns the top-level package when fromlist is empty, else
 * the named module (importing fromlist entries that are submodules). */
ft_obj *ft_import_module_level(ft_obj *name, ft_obj *globals, ft_obj *locals,
                               ft_obj *fromlist, int level);
/* importlib.import_module(name) for an absolute name: the module itself. */
ft_obj *ft_import_module(ft_obj *name);
ft_obj *ft_import_module_cstr(const char *name);
/* Execute a .py file as module `name` (used for __main__ and -m). The module
 * object is created, registered in sys.modules, and returned after its body
 * ran; on error NULL (the module stays in sys.modules only for __main__). */
ft_obj *ft_import_exec_file(ft_obj *name, ft_obj *path, ft_obj *module);
/* For -m: import the parents of `fullname`, then find its source file
 * without running it (builtin modules cannot be run this way: ImportError).
 * *is_pkg tells whether it is a package (then run NAME.__main__). */
ft_obj *ft_import_find_file(ft_obj *fullname, bool *is_pkg);
/* Read a whole file; NULL + OSError. *len receives the size. */
char *ft_read_file(const char *path, ft_ssize *len);

#endif /* FT_IMPORT_H */
