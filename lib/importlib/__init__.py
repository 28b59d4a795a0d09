"""importlib -- the import system's Python interface.

ftpy's import machinery is written in C (src/modules/import.c);
import_module, reload and invalidate_caches come from it (the builtin
module _ftpy_importlib). importlib.machinery and importlib.util describe
and load modules with specs and loaders on top of the same search rules
(builtin modules first, then sys.path / a package's __path__).
"""
import builtins as _builtins
import sys

from _ftpy_importlib import import_module, reload, invalidate_caches

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = _builtins.__import__
