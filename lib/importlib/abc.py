"""importlib.abc -- abstract base classes for finders and loaders.

ftpy's C import machinery does not call finders on sys.meta_path; these
classes are the interfaces that explicitly driven loaders (see
importlib.util.module_from_spec) implement.
"""
import abc
import sys

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader']


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load (None:
        default module creation)."""
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from importlib.util import spec_from_loader, module_from_spec
        spec = spec_from_loader(fullname, self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for path entry finders."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can report whether a module is a package and return
    its code and source."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class SourceLoader(ResourceLoader, ExecutionLoader):
    """Loads source given get_data() and get_filename()."""

    def get_source(self, fullname):
        from importlib.util import decode_source
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)


from importlib.machinery import FileLoader as _FileLoader


class FileLoader(_FileLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class partially implementing the ResourceLoader and
    ExecutionLoader ABCs."""


def _register(abstract_cls, *classes):
    for cls in classes:
        abstract_cls.register(cls)


from importlib import machinery as _machinery
_register(MetaPathFinder, _machinery.BuiltinImporter, _machinery.FrozenImporter,
          _machinery.PathFinder)
_register(PathEntryFinder, _machinery.FileFinder)
_register(InspectLoader, _machinery.BuiltinImporter, _machinery.FrozenImporter,
          _machinery.NamespaceLoader)
_register(ExecutionLoader, _machinery.ExtensionFileLoader)
_register(FileLoader, _machinery.SourceFileLoader, _machinery.SourcelessFileLoader,
          _machinery.ExtensionFileLoader)
_register(SourceLoader, _machinery.SourceFileLoader)
