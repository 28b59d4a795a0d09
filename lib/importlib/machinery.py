"""importlib.machinery -- module specs, loaders and finders.

ftpy imports with its C machinery and does not consult sys.meta_path or
sys.path_hooks; these classes describe what that machinery finds (so
importlib.util.find_spec agrees with `import`) and load modules
explicitly (module_from_spec + loader.exec_module). ftpy has no bytecode
cache and no extension modules: EXTENSION_SUFFIXES is empty and
ModuleSpec.cached is None (sys.implementation.cache_tag is None).
Nothing here holds shared mutable state.
"""
import os
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading.

    name: the fully qualified name; loader: the loader to use (may be
    None); origin: where the module comes from (a file path, 'built-in');
    submodule_search_locations: a list of directories for a package, else
    None; loader_state: data for the loader.
    """

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if sys.implementation.cache_tag is not None and self.origin.endswith('.py'):
                from importlib.util import cache_from_source
                self._cached = cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Meta path import for built-in modules (those in
    sys.builtin_module_names)."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError('no built-in module named {}'.format(spec.name), name=spec.name)
        import _ftpy_importlib
        return _ftpy_importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """ftpy has no frozen modules: finds nothing."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class FileLoader:
    """Loads a module from a file: the base of SourceFileLoader."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name), name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        return None

    def is_package(self, fullname):
        filename = os.path.split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        """Load the module named fullname into sys.modules (deprecated
        protocol; use exec_module)."""
        fullname = self._check_name(fullname)
        from importlib.util import spec_from_loader, module_from_spec
        spec = spec_from_loader(fullname, self)
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec)
            sys.modules[fullname] = module
            try:
                self.exec_module(module)
            except BaseException:
                sys.modules.pop(fullname, None)
                raise
        else:
            self.exec_module(module)
        return sys.modules[fullname]


class SourceFileLoader(FileLoader):
    """Loads a module from a Python source file."""

    def path_stats(self, path):
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def get_source(self, fullname):
        from importlib.util import decode_source
        try:
            data = self.get_data(self.get_filename(fullname))
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(data)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class SourcelessFileLoader(FileLoader):
    """ftpy has no bytecode files: always raises ImportError."""

    def get_code(self, fullname):
        raise ImportError('ftpy cannot load bytecode files ({})'.format(self.path), name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    """ftpy cannot load C extension modules: always raises ImportError."""

    def create_module(self, spec):
        raise ImportError('ftpy cannot load extension modules ({})'.format(self.path), name=spec.name)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return False

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    """Loader of namespace packages (directories without __init__.py)."""

    def __init__(self, name, path, path_finder=None):
        self._name = name
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


def _search(fullname, path):
    """Where ftpy's import finds fullname in the directories `path`: a
    ModuleSpec or None (same order as src/modules/import.c)."""
    tail = fullname.rpartition('.')[2]
    namespace_dirs = []
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = entry or '.'
        pkgdir = os.path.join(base, tail)
        init = os.path.join(pkgdir, '__init__.py')
        if os.path.isfile(init):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init, is_package=True)
            spec._set_fileattr = True
            spec.submodule_search_locations.append(pkgdir)
            return spec
        src = os.path.join(base, tail + '.py')
        if os.path.isfile(src):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, src), origin=src)
            spec._set_fileattr = True
            return spec
        if os.path.isdir(pkgdir):
            namespace_dirs.append(pkgdir)
    if namespace_dirs:
        # as CPython: the loader (NamespaceLoader) is set when the module is made
        spec = ModuleSpec(fullname, None, is_package=True)
        spec.submodule_search_locations.extend(namespace_dirs)
        return spec
    return None


class PathFinder:
    """Finds modules in sys.path or a package's __path__."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        return _search(fullname, list(path))


class FileFinder:
    """Finds modules in one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return _search(fullname, [self.path])

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)
