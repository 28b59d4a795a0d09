"""posixpath -- pathname operations on POSIX paths (os.path)."""
import posix as _posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    return _posix.fspath(p)


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a)
    sep_ = _sep(a)
    path = a
    for b in map(_fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep_):
            path = b
        elif not path or path.endswith(sep_):
            path += b
        else:
            path += sep_ + b
    return path


def split(p):
    p = _fspath(p)
    sep_ = _sep(p)
    i = p.rfind(sep_) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep_, dot = b"/", b"."
    else:
        sep_, dot = "/", "."
    sep_index = p.rfind(sep_)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sep_ = _sep(p)
    empty = p[:0]
    if p[:1] != sep_:
        return empty, empty, p
    if p[1:2] != sep_ or p[2:3] == sep_:
        return empty, sep_, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep_ = _sep(p)
    i = p.rfind(sep_) + 1
    head = p[:i]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        sep_, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep_, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep_) else 0
    if initial_slashes and path.startswith(sep_ * 2) and not path.startswith(sep_ * 3):
        initial_slashes = 2
    comps = path.split(sep_)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep_.join(new_comps)
    if initial_slashes:
        path = sep_ * initial_slashes + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path = abspath(filename)
    sep_ = _sep(path)
    parts = path.split(sep_)[1:]
    resolved = sep_
    seen = 0
    while parts:
        part = parts.pop(0)
        candidate = join(resolved, part)
        try:
            st = _posix.lstat(candidate)
            is_link = (st.st_mode & _S_IFMT) == _S_IFLNK
        except OSError:
            if strict:
                raise
            is_link = False
        if is_link:
            seen += 1
            if seen > 40:
                return join(candidate, *parts)
            target = _posix.readlink(candidate)
            if target.startswith(sep_):
                resolved = sep_
            parts = [p for p in target.split(sep_) if p] + parts
        else:
            resolved = normpath(candidate)
    return resolved


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = b"." if isinstance(path, bytes) else "."
    start = _fspath(start)
    sep_ = _sep(path)
    start_list = [x for x in abspath(start).split(sep_) if x]
    path_list = [x for x in abspath(path).split(sep_) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [b".." if isinstance(path, bytes) else ".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return b"." if isinstance(path, bytes) else "."
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep_ = _sep(paths[0])
    split_paths = [p.split(sep_) for p in paths]
    try:
        isabs_, = set(p[:1] == sep_ for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != (b"." if sep_ == b"/" else ".")] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep_ if isabs_ else sep_[:0]
    return prefix + sep_.join(common)


def exists(path):
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        st = _posix.stat(path) if follow else _posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode & _S_IFMT


def isdir(s):
    return _mode(s) == _S_IFDIR


def isfile(path):
    return _mode(path) == _S_IFREG


def islink(path):
    return _mode(path, False) == _S_IFLNK


def ismount(path):
    try:
        s1 = _posix.lstat(path)
        s2 = _posix.lstat(join(path, ".."))
    except OSError:
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return _posix.stat(filename).st_size


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def getatime(filename):
    return _posix.stat(filename).st_atime


def getctime(filename):
    return _posix.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _posix.stat(f1)
    s2 = _posix.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep_ = _sep(path)
    i = path.find(sep_, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode("utf-8", "surrogateescape")
    home = home.rstrip(sep_) or sep_
    return home + path[i:]


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if "$" not in path:
        return path
    result = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == "$" and i + 1 < n:
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j < 0:
                    result.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                name = path[i + 1:j]
                end = j
            import os
            value = os.environ.get(name) if name else None
            result.append(path[i:end] if value is None else value)
            i = end
        else:
            result.append(c)
            i += 1
    return "".join(result)


def normcase(s):
    return _fspath(s)
