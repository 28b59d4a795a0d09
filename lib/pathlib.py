"""pathlib -- object-oriented filesystem paths (ftpy, POSIX flavour).

PurePath/PurePosixPath do lexical work only; Path/PosixPath add the file
system calls (through os). A path is parsed once at construction into a
root ('', '/' or '//') and a tuple of names with '.' and empty components
removed ('..' is kept: it cannot be collapsed without the file system).
Path objects are immutable, so they may be shared between threads freely.
Windows flavours are not provided: WindowsPath raises UnsupportedOperation
like CPython on a POSIX system, PureWindowsPath raises NotImplementedError.
"""
import fnmatch
import io
import os
import posixpath
import re
import sys
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """An operation that is not supported on this kind of path or system."""


def _segment_str(a):
    if isinstance(a, str):
        return a
    if isinstance(a, PurePath):
        return a._str
    try:
        a = os.fspath(a)
    except TypeError:
        a = a
    if isinstance(a, str):
        return a
    raise TypeError("argument should be a str or an os.PathLike object where "
                    "__fspath__ returns a str, not %r" % type(a).__name__)


def _parse(raw):
    if raw.startswith("//") and not raw.startswith("///"):
        root = "//"
    elif raw.startswith("/"):
        root = "/"
    else:
        root = ""
    names = tuple(x for x in raw.split("/") if x and x != ".")
    return root, names


_segment_cache = {}


def _segment_regex(pat, case_sensitive):
    key = (pat, case_sensitive)
    rx = _segment_cache.get(key)
    if rx is None:
        flags = 0 if case_sensitive else re.IGNORECASE
        rx = re.compile(fnmatch.translate(pat), flags | re.DOTALL)
        if len(_segment_cache) < 512:
            _segment_cache[key] = rx
    return rx


def _seg_match(pat, name, case_sensitive):
    if pat == name:
        return True
    if not any(c in pat for c in "*?["):
        return pat == name if case_sensitive else pat.lower() == name.lower()
    return _segment_regex(pat, case_sensitive).match(name) is not None


def _match_names(pats, names, case_sensitive, recursive):
    """Whole-sequence match of name segments; '**' (if recursive) spans any number."""
    n, m = len(pats), len(names)
    # reach[j]: pattern prefix matched names[:j]
    reach = [False] * (m + 1)
    reach[0] = True
    for pat in pats:
        new = [False] * (m + 1)
        if recursive and pat == "**":
            seen = False
            for j in range(m + 1):
                seen = seen or reach[j]
                new[j] = seen
        else:
            for j in range(m):
                if reach[j] and _seg_match(pat, names[j], case_sensitive):
                    new[j + 1] = True
        reach = new
    return reach[m]


def _translate_segment(pat):
    """A glob segment as a regex that never crosses a '/'."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                stuff = pat[i:j].replace("\\", "\\\\")
                i = j + 1
                if stuff.startswith("!"):
                    stuff = "^" + stuff[1:]
                elif stuff.startswith("^"):
                    stuff = "\\" + stuff
                out.append("[" + stuff + "]")
        else:
            out.append(re.escape(c))
    return "".join(out)


_full_cache = {}


def _full_regex(pattern_str, case_sensitive):
    key = (pattern_str, case_sensitive)
    rx = _full_cache.get(key)
    if rx is not None:
        return rx
    if pattern_str.startswith("//") and not pattern_str.startswith("///"):
        root, rest = "//", pattern_str[2:]
    elif pattern_str.startswith("/"):
        root, rest = "/", pattern_str[1:]
    else:
        root, rest = "", pattern_str
    parts = rest.split("/") if rest else []
    out = [re.escape(root)]
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:.+/)?")
        else:
            out.append(_translate_segment(part))
            if not last:
                out.append("/")
    flags = re.DOTALL | (0 if case_sensitive else re.IGNORECASE)
    rx = re.compile("(?:" + "".join(out) + r")\Z", flags)
    if len(_full_cache) < 512:
        _full_cache[key] = rx
    return rx


class _Parents:
    """The immutable sequence of a path's logical ancestors (path.parents)."""

    __slots__ = ("_path", "_n")

    def __init__(self, path):
        self._path = path
        self._n = len(path._names)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if not isinstance(idx, int):
            idx = idx.__index__()
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from_parsed(p._root, p._names[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __reversed__(self):
        for i in range(self._n - 1, -1, -1):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


# os.PathLike is not an ABC in ftpy's os (isinstance does not consult its
# __subclasshook__), so paths inherit from it to be recognised as PathLike.
class PurePath(os.PathLike):
    """A path without file-system access. PurePath(...) makes a PurePosixPath."""

    __slots__ = ("_raw_paths", "_root", "_names", "_str", "_hash")
    parser = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        segs = [_segment_str(a) for a in args]
        raw = ""
        for s in segs:
            if s.startswith("/") or not raw:
                raw = s
            elif raw.endswith("/"):
                raw += s
            else:
                raw += "/" + s
        self._raw_paths = segs
        self._set(*_parse(raw))

    def _set(self, root, names):
        self._root = root
        self._names = names
        self._str = (root + "/".join(names)) or "."
        self._hash = None

    def with_segments(self, *pathsegments):
        """Make a new path of the same type from path segments."""
        return type(self)(*pathsegments)

    def _from_parsed(self, root, names):
        p = self.with_segments((root + "/".join(names)) or ".")
        return p

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # ---- string forms -------------------------------------------------------
    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(self._str)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_posix(self):
        return self._str

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
        out = []
        for b in os.fsencode(self._str):
            out.append(chr(b) if b in safe else "%%%02X" % b)
        return "file://" + "".join(out)

    # ---- comparison ---------------------------------------------------------
    @property
    def _key(self):
        return self._str.split("/")

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str and self.parser is other.parser

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(self._str)
        return h

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._key < other._key

    def __le__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._key <= other._key

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._key > other._key

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._key >= other._key

    # ---- components ---------------------------------------------------------
    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._names

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parsed(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        import warnings
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for "
                      "removal in Python 3.15. Use os.path.isreserved() to detect reserved "
                      "paths on Windows.", DeprecationWarning, stacklevel=2)
        return False

    # ---- derived paths ------------------------------------------------------
    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError("%r has a non-empty suffix" % (self,))
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        stem = self.stem
        if not stem:
            raise ValueError("%r has an empty name" % (self,))
        if suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        return self.with_name(stem + suffix)

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        # Walk up from `other` (only when walk_up) to the first ancestor that
        # contains self; each step up becomes a '..'.
        names = self._names
        for step, base in enumerate([other] + list(other.parents)):
            if base._root == self._root and names[:len(base._names)] == base._names \
                    and len(base._names) <= len(names):
                return self._from_parsed("", ("..",) * step + names[len(base._names):])
            if not walk_up:
                raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
            if base.name == "..":
                raise ValueError("'..' segment in %r cannot be walked" % (str(other),))
        raise ValueError("%r and %r have different anchors" % (str(self), str(other)))

    def is_relative_to(self, other, /, *_deprecated):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    # ---- matching -----------------------------------------------------------
    def _pattern(self, pattern):
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        return pattern

    def full_match(self, pattern, *, case_sensitive=None):
        """Match the whole path against a glob-style pattern ('**' spans segments)."""
        pattern = self._pattern(pattern)
        if case_sensitive is None:
            case_sensitive = True
        return _full_regex(pattern._str, case_sensitive).match(self._str) is not None

    def match(self, path_pattern, *, case_sensitive=None):
        """Match against a glob-style pattern from the right ('**' acts as '*')."""
        pattern = self._pattern(path_pattern)
        if case_sensitive is None:
            case_sensitive = True
        pnames = pattern._names
        if not pnames and not pattern._root:
            raise ValueError("empty pattern")
        names = self._names
        if pattern._root:
            if pattern._root != self._root or len(pnames) != len(names):
                return False
        elif len(pnames) > len(names):
            return False
        tail = names[len(names) - len(pnames):] if pnames else ()
        return _match_names(pnames, tail, case_sensitive, False)


class PurePosixPath(PurePath):
    """PurePath for POSIX systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Not provided by ftpy."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("ftpy's pathlib does not implement PureWindowsPath")


# ---- globbing -------------------------------------------------------------------

def _scan(path_str):
    try:
        with os.scandir(path_str) as it:
            return list(it)
    except OSError:
        return []


def _is_dir(entry, follow):
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError:
        return False


class Path(PurePath):
    """A PurePath with file-system operations. Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            import warnings
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath "
                          "is deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    # ---- information --------------------------------------------------------
    def stat(self, *, follow_symlinks=True):
        return os.stat(self._str, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self._str)

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return None

    def exists(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) is not None

    def is_dir(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and S_ISDIR(m)

    def is_file(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def is_mount(self):
        return os.path.ismount(self._str)

    def is_junction(self):
        return False

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def owner(self, *, follow_symlinks=True):
        """Return the login name of the file owner."""
        import pwd
        return pwd.getpwuid(self.stat(follow_symlinks=follow_symlinks).st_uid).pw_name

    def group(self, *, follow_symlinks=True):
        """Return the group name of the file gid."""
        import grp
        return grp.getgrgid(self.stat(follow_symlinks=follow_symlinks).st_gid).gr_name

    # ---- reading and writing ------------------------------------------------
    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        return io.open(self._str, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode="r", encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # ---- directories --------------------------------------------------------
    def iterdir(self):
        names = os.listdir(self._str)
        return (self._child(name) for name in names)

    def _child(self, name):
        if self._names or self._root:
            return self._from_parsed(self._root, self._names + (name,))
        return self._from_parsed("", (name,))

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Yield the paths below this one matching a relative glob pattern."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        pats = list(pattern._names)
        if not pats:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        raw = pattern._raw_paths[-1] if pattern._raw_paths else ""
        dir_only = raw.endswith("/")
        if case_sensitive is None:
            case_sensitive = True
        return self._glob(pats, dir_only, case_sensitive, recurse_symlinks)

    def _glob(self, pats, dir_only, case_sensitive, follow):
        # Collapse runs of '**'.
        clean = []
        for p in pats:
            if p == "**" and clean and clean[-1] == "**":
                continue
            clean.append(p)
        paths = [self]
        for i, pat in enumerate(clean):
            last = i == len(clean) - 1
            nxt = []
            if pat == "**":
                for p in paths:
                    nxt.append(p)
                    for sub in p._descend(follow, with_files=last and not dir_only):
                        nxt.append(sub)
            elif pat == "..":
                nxt = [p._child("..") for p in paths]
                if last:
                    nxt = [p for p in nxt if os.path.lexists(p._str)]
            elif not any(c in pat for c in "*?[") and case_sensitive:
                for p in paths:
                    q = p._child(pat)
                    if last:
                        if (q.is_dir() if dir_only else os.path.lexists(q._str)):
                            nxt.append(q)
                    elif q.is_dir():
                        nxt.append(q)
            else:
                for p in paths:
                    for e in _scan(p._str):
                        if not _seg_match(pat, e.name, case_sensitive):
                            continue
                        if (not last or dir_only) and not _is_dir(e, True):
                            continue
                        nxt.append(p._child(e.name))
            paths = nxt
        if clean[-1] == "**" and dir_only:
            paths = [p for p in paths if p.is_dir()]
        return iter(paths)

    def _descend(self, follow, with_files):
        stack = [self]
        while stack:
            p = stack.pop()
            for e in _scan(p._str):
                child = p._child(e.name)
                if _is_dir(e, follow) and (follow or not e.is_symlink()):
                    yield child
                    stack.append(child)
                elif with_files:
                    yield child

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob() with '**/' in front of the pattern."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        raw = pattern._raw_paths[-1] if pattern._raw_paths else ""
        tail = "/" if raw.endswith("/") else ""
        pat = "**" if not pattern._names else "**/" + pattern._str
        return self.glob(pat + tail, case_sensitive=case_sensitive,
                         recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Yield (dirpath, dirnames, filenames) for each directory in the tree."""
        stack = [self]
        while stack:
            path = stack.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                entries = list(os.scandir(path._str))
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames, filenames = [], []
            for e in entries:
                try:
                    is_dir = e.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                (dirnames if is_dir else filenames).append(e.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                stack.append((path, dirnames, filenames))
            stack += [path._child(d) for d in reversed(dirnames)]

    # ---- modification -------------------------------------------------------
    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self._str, None)
                return
            except (OSError, AttributeError):
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self._str, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self._str, mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def rename(self, target):
        os.rename(self._str, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self._str, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self._str)

    def hardlink_to(self, target):
        os.link(target, self._str)

    def readlink(self):
        return self.with_segments(os.readlink(self._str))

    # ---- other paths --------------------------------------------------------
    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        cwd = os.getcwd()
        if not self._names:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self._str)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self._str, strict=strict))

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == "~":
            home = os.path.expanduser(self._names[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parsed(*_parse(home + "/" + "/".join(self._names[1:])))
        return self

    @classmethod
    def from_uri(cls, uri):
        if not uri.startswith("file:"):
            raise ValueError("URI does not start with 'file:': {!r}".format(uri))
        path = uri[5:]
        if path[:3] == "///":
            path = path[2:]
        elif path[:12] == "//localhost/":
            path = path[11:]
        # DOS drive forms ('///C:/', '/C|/'); note that '' counts as a match,
        # so 'file:///' is rejected as not absolute, as in CPython.
        if path[:3] == "///" or (path[:1] == "/" and path[2:3] in ":|"):
            path = path[1:]
        if path[1:2] == "|":
            path = path[:1] + ":" + path[2:]
        out = bytearray()
        i = 0
        raw = path.encode("utf-8")
        while i < len(raw):
            if raw[i] == 0x25 and i + 2 < len(raw):
                try:
                    out.append(int(raw[i + 1:i + 3], 16))
                    i += 3
                    continue
                except ValueError:
                    pass
            out.append(raw[i])
            i += 1
        path = os.fsdecode(bytes(out))
        p = cls(path)
        if not p.is_absolute():
            raise ValueError("URI is not absolute: {!r}".format(uri))
        return p


class PosixPath(Path, PurePosixPath):
    """Path for POSIX systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not available on POSIX systems."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation("cannot instantiate {!r} on your system".format(cls.__name__))
