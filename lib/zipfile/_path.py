"""zipfile.Path (ftpy): a pathlib-compatible view of a ZIP archive's members.

Directories that exist only implicitly (as prefixes of member names) are
listed too. Opening the root converts the ZipFile into a subclass that
caches its name set when it is read-only (as CPython does), so Path
objects are cheap. Text mode decodes the whole member (ftpy's
io.TextIOWrapper only wraps built-in files).
"""

import io
import posixpath
import re
import pathlib

from . import ZipFile, ZipInfo

__all__ = ['Path']


def _parents(path):
    # 'a/b/c' -> 'a/b', 'a'
    path = path.rstrip(posixpath.sep)
    while True:
        path, tail = posixpath.split(path)
        if not path and not tail:
            return
        if not path:
            return
        yield path


def _implied_dirs(names):
    seen = set(names)
    out = []
    for name in names:
        for parent in _parents(name):
            d = parent + posixpath.sep
            if d not in seen:
                seen.add(d)
                out.append(d)
    return out


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also lists implied directories."""

    def namelist(self):
        names = super().namelist()
        return names + _implied_dirs(names)

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """'dir' -> 'dir/' when that is a directory of the archive."""
        names = self._name_set()
        dirname = name + '/'
        dir_match = name not in names and dirname in names
        return dirname if dir_match else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that caches its name list (for read-only archives)."""

    def namelist(self):
        try:
            return self.__names
        except AttributeError:
            self.__names = super().namelist()
            return self.__names

    def _name_set(self):
        try:
            return self.__lookup
        except AttributeError:
            self.__lookup = super()._name_set()
            return self.__lookup


def _extract_text_encoding(encoding=None, *args, **kwargs):
    return encoding or 'utf-8', args, kwargs


class _TextWriter:
    """Text-mode writing into a member: encodes and passes bytes on."""

    def __init__(self, stream, encoding, errors):
        self._stream = stream
        self._encoding = encoding
        self._errors = errors or 'strict'

    def write(self, s):
        self._stream.write(s.encode(self._encoding, self._errors))
        return len(s)

    def close(self):
        self._stream.close()

    @property
    def closed(self):
        return self._stream.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _translate_glob(pattern):
    # A glob over '/'-separated names: '*' one non-empty segment part,
    # '**' any number of segments, '?' one character, [...] sets.
    segments = re.split('/+', pattern)
    if any('**' in s and s != '**' for s in segments):
        raise ValueError("** must appear alone in a path segment")
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith('**', i):
            out.append('.*')
            i += 2
        elif c == '*':
            # A lone '*' segment must match something.
            seg_start = i == 0 or pattern[i - 1] == '/'
            seg_end = i + 1 == n or pattern[i + 1] == '/'
            out.append('[^/]+' if seg_start and seg_end else '[^/]*')
            i += 1
        elif c == '?':
            out.append('[^/]')
            i += 1
        elif c == '[':
            j = pattern.find(']', i + 1)
            if j < 0:
                out.append(re.escape(c))
                i += 1
            else:
                out.append(pattern[i:j + 1])
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return '(?s:' + ''.join(out) + '[/]?)\\Z'


class Path:
    """A path inside a ZIP archive: Path(zipfile_or_filename, at='')."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member: binary modes return the member file, text modes
        a text stream (read: decoded with universal newlines)."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _extract_text_encoding(*args, **kwargs)
        errors = kwargs.get('errors') or (args[0] if args else None)
        if zip_mode == 'w':
            return _TextWriter(stream, encoding, errors)
        with stream:
            text = stream.read().decode(encoding, errors or 'strict')
        newline = kwargs.get('newline')
        if newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return io.StringIO(text, newline='' if newline is None else newline)

    def _base(self):
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _extract_text_encoding(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        subs = map(self._next, self.root.namelist())
        return filter(self._is_child, subs)

    def match(self, path_pattern):
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        return False

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        matches = re.compile(re.escape(self.at) + _translate_glob(pattern)).fullmatch
        return map(self._next, filter(matches, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob(f'**/{pattern}')

    def relative_to(self, other, *extra):
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (self.__class__.__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        next = posixpath.join(self.at, *other)
        return self._next(self.root.resolve_dir(next))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)
