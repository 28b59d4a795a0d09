"""os -- operating-system interfaces (ftpy).

The system calls come from the builtin `posix` module; this file adds the
portable layer on top: os.path, os.environ, walk, makedirs and friends.
"""
import sys
import posix
from posix import *
import posixpath as path

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
curdir = "."
pardir = ".."
supports_bytes_environ = True
sys.modules["os.path"] = path
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def _fsencode(value):
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogateescape")


def _fsdecode(value):
    return value if isinstance(value, str) else value.decode("utf-8", "surrogateescape")


def fsencode(filename):
    """Encode a path (str, bytes or os.PathLike) to bytes, as the file system does."""
    return _fsencode(fspath(filename))


def fsdecode(filename):
    """Decode a path (str, bytes or os.PathLike) to str, as the file system does."""
    return _fsdecode(fspath(filename))


class _Environ:
    """A mutable mapping of the environment: str keys and values, kept in
    step with the process environment through putenv/unsetenv."""

    def __init__(self, data):
        self._data = {_fsdecode(k): _fsdecode(v) for k, v in data.items()}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data[key]
        unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self._data.items())

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __eq__(self, other):
        return dict(self._data) == (dict(other._data) if isinstance(other, _Environ) else other)

    def __or__(self, other):
        result = dict(self._data)
        result.update(other)
        return result


environ = _Environ(posix.environ)
environb = posix.environ


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry yielded by scandir(): name, path and cached stat calls."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return (self.stat(follow_symlinks=False).st_mode & 0o170000) == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._it = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path_=None):
    return _ScandirIterator("." if path_ is None else fspath(path_))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs = [], []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return NotImplemented if klass.__dict__["__fspath__"] is None else True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class uname_result(tuple):
    """uname_result: result of os.uname() (sysname, nodename, release, version, machine)."""

    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    _fields = ("sysname", "nodename", "release", "version", "machine")

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 5:
            raise TypeError("os.uname_result() takes a 5-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return "posix.uname_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self)) + ")"

    def __reduce__(self):
        return (uname_result, (tuple(self),))


uname_result.__module__ = "posix"
_posix_uname = posix.uname


def uname():
    """Identify the current operating system: a uname_result."""
    return uname_result(_posix_uname())


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]


_posix_get_terminal_size = posix.get_terminal_size


def get_terminal_size(fd=1):
    return terminal_size(_posix_get_terminal_size(fd))


del posix
