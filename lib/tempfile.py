"""tempfile -- temporary files and directories."""
import os
import io
import _thread

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_once_lock = _thread.allocate_lock()
_characters = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = os.urandom(8)
    return "".join(_characters[b % len(_characters)] for b in data)


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _candidate_tempdir_list():
    dirlist = []
    for envname in ("TMPDIR", "TEMP", "TMP"):
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(os.getcwd())
    except OSError:
        dirlist.append(os.curdir)
    return dirlist


def gettempdir():
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                for d in _candidate_tempdir_list():
                    if os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
                        tempdir = os.path.abspath(d)
                        break
                else:
                    raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdir_list())
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (delete=True)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._delete_on_close = delete_on_close
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        self.file.close()
        if self._delete_on_close:
            self._cleanup()

    def _cleanup(self):
        if self._delete and not self._closed:
            self._closed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, delete_on_close=True):
    fd, name = mkstemp(suffix, prefix, dir)
    file = io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """Data kept in memory (BytesIO/StringIO); rollover() writes it to a real file."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        self._file = io.BytesIO() if "b" in mode else io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def rollover(self):
        if self._rolled:
            return
        mode, buffering, encoding, newline, suffix, prefix, dir, errors = self._args
        newfile = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)
        newfile.write(self._file.getvalue())
        newfile.seek(self._file.tell(), 0)
        self._file = newfile
        self._rolled = True

    def write(self, s):
        rv = self._file.write(s)
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()
        return rv

    def __getattr__(self, name):
        return getattr(self._file, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()

    def __iter__(self):
        return iter(self._file)


class TemporaryDirectory:
    """A directory removed (with its contents) when the context ends."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        import shutil
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
