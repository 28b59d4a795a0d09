"""importlib.util -- utility code for importers: find_spec, specs from
files and loaders, module_from_spec, name resolution.

find_spec follows ftpy's own search rules (builtin modules, then sys.path
or the parent package's __path__); see importlib.machinery.
"""
import os
import sys
import types

from importlib.machinery import (ModuleSpec, BuiltinImporter, PathFinder,
                                 SourceFileLoader, NamespaceLoader, SOURCE_SUFFIXES)
from importlib.abc import Loader

__all__ = ['LazyLoader', 'Loader', 'cache_from_source', 'decode_source',
           'find_spec', 'module_from_spec', 'resolve_name',
           'source_from_cache', 'spec_from_file_location', 'spec_from_loader']

_POPULATE = object()


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def _find_spec(fullname, path):
    if path is None:
        spec = BuiltinImporter.find_spec(fullname)
        if spec is not None:
            return spec
    return PathFinder.find_spec(fullname, path)


def find_spec(name, package=None):
    """Return the spec for the specified module (None if not found).

    A module already in sys.modules answers with its __spec__. For a
    submodule, the parent package is imported first.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        if fullname in sys.builtin_module_names:
            return BuiltinImporter.find_spec(fullname)
        raise ValueError(f'{name}.__spec__ is None')
    if type(spec) is types.SimpleNamespace:
        return _spec_from_record(spec)
    return spec


def _spec_from_record(rec):
    """ftpy's C import records a module's spec as a plain namespace with
    ModuleSpec's fields; give callers the ModuleSpec it describes."""
    name = rec.name
    origin = getattr(rec, 'origin', None)
    search = getattr(rec, 'submodule_search_locations', None)
    if origin is None:
        loader = NamespaceLoader(name, list(search or []))
    else:
        loader = SourceFileLoader(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=search is not None)
    if search is not None:
        spec.submodule_search_locations = search
    spec._set_fileattr = bool(getattr(rec, 'has_location', origin is not None))
    return spec


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = os.path.abspath(location)
        except OSError:
            pass
    if loader is None:
        if any(location.endswith(s) for s in SOURCE_SUFFIXES):
            loader = SourceFileLoader(name, location)
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = os.path.split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module):
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    return _init_module_attrs(spec, module)


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string,
    with universal newline support and the file's coding declaration."""
    encoding = 'utf-8'
    text = bytes(source_bytes)
    if text.startswith(b'\xef\xbb\xbf'):
        text = text[3:]
        encoding = 'utf-8'
    else:
        for line in text.split(b'\n', 2)[:2]:
            s = line.strip()
            if s.startswith(b'#'):
                i = s.find(b'coding')
                if i >= 0 and s[i + 6:i + 7] in (b':', b'='):
                    name = s[i + 7:].strip().split()[0] if s[i + 7:].strip() else b''
                    name = bytes(c for c in name if chr(c).isalnum() or c in b'-_.')
                    if name:
                        encoding = name.decode('ascii')
                    break
            elif s:
                break
    return text.decode(encoding).replace('\r\n', '\n').replace('\r', '\n')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode file for a source file. ftpy keeps no
    bytecode cache (sys.implementation.cache_tag is None)."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, tail = os.path.split(os.fspath(path))
    base, sep, rest = tail.rpartition('.')
    name = (base or rest) + '.' + sys.implementation.cache_tag + '.pyc'
    return os.path.join(head, '__pycache__', name)


def source_from_cache(path):
    """The source path of a bytecode file path (see cache_from_source)."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    base = pycache_filename.split('.')[0]
    return os.path.join(head, base + SOURCE_SUFFIXES[0])


class _LazyModule(types.ModuleType):
    """A module whose first attribute access runs its loader (the class
    is swapped back to ModuleType once loaded). The load runs under the
    spec's reentrant lock, so racing threads load it once."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, '__spec__')
        state = spec.loader_state
        with state['lock']:
            if object.__getattribute__(self, '__class__') is _LazyModule:
                if state['is_loading']:
                    # the loader itself reads the module while executing it
                    return object.__getattribute__(self, attr)
                state['is_loading'] = True
                mdict = object.__getattribute__(self, '__dict__')
                name = spec.name
                before = state['__dict__']
                # attributes set on the lazy module before the load win
                changed = {k: v for k, v in mdict.items()
                           if k not in before or before[k] is not v}
                spec.loader.exec_module(self)
                if name in sys.modules and sys.modules[name] is not self:
                    raise ValueError(f"module object for {name!r} "
                                     "substituted in sys.modules during a lazy load")
                mdict.update(changed)
                self.__class__ = types.ModuleType
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__('__class__')
        delattr(self, attr)


class LazyLoader(Loader):
    """A loader that defers executing a module until an attribute of it
    is first used."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    @classmethod
    def factory(cls, loader):
        """Construct a callable which returns the eager loader made lazy."""
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        """Make the module load lazily."""
        import threading
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {
            '__dict__': module.__dict__.copy(),
            '__class__': module.__class__,
            'lock': threading.RLock(),
            'is_loading': False,
        }
        module.__class__ = _LazyModule
