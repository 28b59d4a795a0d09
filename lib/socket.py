"""socket -- low-level networking interface (ftpy).

The socket class wraps the C type _socket.socket (src/modules/socketmodule.c),
which does every system call and runs the blocking ones detached from the
runtime.  This layer adds what CPython's socket.py adds: IntEnum families and
kinds, the context manager, accept() returning socket objects, dup(),
makefile(), create_connection(), create_server(), fromfd(), socketpair().

makefile() files are implemented here (ftpy's io module has no Python-level
BufferedReader/TextIOWrapper over an arbitrary raw stream): a buffered binary
file over SocketIO, and a text file decoding whole lines on top of it.  Each
file serialises its own reads and its own writes with a lock, so several
threads may share one, as with CPython's buffered files.
"""

import _socket
from _socket import *

import io
import os
import sys
import threading
from enum import IntEnum, IntFlag

__all__ = ["fromfd", "getfqdn", "send_fds", "recv_fds", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "MsgFlag",
           "AddressInfo", "socket", "SocketType", "socketpair", "SocketIO",
           "timeout", "error", "herror", "gaierror"]
__all__.extend(name for name in dir(_socket)
               if name.isupper() and not name.startswith('_'))
__all__.extend(["getaddrinfo", "getnameinfo", "gethostname",
                "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                "getservbyname", "getservbyport", "getprotobyname",
                "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop",
                "htons", "ntohs", "htonl", "ntohl", "getdefaulttimeout",
                "setdefaulttimeout", "dup", "close", "has_ipv6",
                "if_nameindex", "if_nametoindex", "if_indextoname",
                "CMSG_LEN", "CMSG_SPACE"])


def _enum_from(cls, name, pred):
    members = {}
    for k, v in vars(_socket).items():
        if pred(k):
            members[k] = v
    e = cls(name, members, module=__name__)
    globals().update(e.__members__)
    return e


AddressFamily = _enum_from(IntEnum, 'AddressFamily',
                           lambda n: n.isupper() and n.startswith('AF_'))
SocketKind = _enum_from(IntEnum, 'SocketKind',
                        lambda n: n.isupper() and n.startswith('SOCK_'))
MsgFlag = _enum_from(IntFlag, 'MsgFlag',
                     lambda n: n.isupper() and n.startswith('MSG_'))
AddressInfo = _enum_from(IntFlag, 'AddressInfo',
                         lambda n: n.isupper() and n.startswith('AI_'))

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class _GiveupOnSendfile(Exception):
    pass


class socket(_socket.socket):
    """A subclass of _socket.socket adding the I/O methods."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(),
            self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """Duplicate the socket (a new fd, same family/type/proto)."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info)"""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """Return a file object reading/writing this socket."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buffer = _BufferedSocketFile(raw, reading, writing, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
        text = _SocketTextFile(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file's data (read in blocks) until EOF or count bytes."""
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        blocksize = min(count, 8192) if count else 8192
        total_sent = 0
        try:
            while True:
                if count:
                    blocksize = min(count - total_sent, blocksize)
                    if blocksize <= 0:
                        break
                data = memoryview(file.read(blocksize))
                if not data:
                    break
                while True:
                    try:
                        sent = self.send(data)
                    except BlockingIOError:
                        continue
                    total_sent += sent
                    if sent < len(data):
                        data = data[sent:]
                    else:
                        break
            return total_sent
        finally:
            if total_sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + total_sent)

    def _check_sendfile_params(self, file, offset, count):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Close the socket object without closing its fd; return the fd."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    get_inheritable.__doc__ = "Get the inheritable flag of the socket"
    set_inheritable.__doc__ = "Set the inheritable flag of the socket"


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """Create a socket object from a duplicate of the given file descriptor."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Return a pair of connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


_blocking_errnos = {11, 115}   # EAGAIN/EWOULDBLOCK, EINPROGRESS


class SocketIO(io.RawIOBase):
    """Raw I/O over a socket, for makefile()."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False
        self._closed = False

    def readinto(self, b):
        """Read up to len(b) bytes into b; 0 at EOF, None if non-blocking
        and nothing is available."""
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise
        except OSError as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        return bytes(buf[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(io.DEFAULT_BUFFER_SIZE)
            if data is None:
                if chunks:
                    break
                return None
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def write(self, b):
        """Write b to the socket; returns the number of bytes sent."""
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except OSError as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._checkClosed()

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _checkReadable(self):
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._decref_socketios()
        self._sock = None

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()


class _BufferedSocketFile(io.BufferedIOBase):
    """Buffered binary file over a SocketIO (makefile('rb'/'wb'/'rwb'))."""

    def __init__(self, raw, reading, writing, buffer_size):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self._reading = reading
        self._writing = writing
        self._size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()
        self._rlock = threading.Lock()
        self._wlock = threading.Lock()

    def __repr__(self):
        return "<_io.%s name=%r>" % (
            "BufferedRWPair" if self._reading and self._writing else
            "BufferedReader" if self._reading else "BufferedWriter",
            self.name if not self.closed else -1)

    # -- state
    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        if self._reading and self._writing:
            raise io.UnsupportedOperation("fileno")
        return self.raw.fileno()

    # the answers and errors of CPython's BufferedReader / BufferedWriter /
    # BufferedRWPair (which the three modes of makefile() return there)
    def readable(self):
        return self._reading and self.raw.readable()

    def writable(self):
        return self._writing and self.raw.writable()

    def seekable(self):
        if self._reading and self._writing:
            return False
        return self.raw.seekable()

    def isatty(self):
        return False

    def _check_closed(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self, what="read", op="read"):
        if not self._reading:
            raise io.UnsupportedOperation(op)
        if self.raw.closed:
            raise ValueError("%s of closed file" % what)

    def _check_writable(self):
        if not self._writing:
            raise io.UnsupportedOperation("write")
        if self.raw.closed:
            raise ValueError("write to closed file")

    # -- reading (caller holds _rlock)
    def _fill(self):
        """Read one chunk from the socket into the buffer; False at EOF."""
        data = self.raw.read(self._size)
        if not data:
            return False
        self._rbuf += data
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        with self._rlock:
            if size < 0:
                chunks = [self._rbuf]
                self._rbuf = b""
                while True:
                    data = self.raw.read(self._size)
                    if not data:
                        break
                    chunks.append(data)
                return b"".join(chunks)
            while len(self._rbuf) < size:
                if not self._fill():
                    break
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return data

    def read1(self, size=-1):
        self._check_readable("read", "read1")
        with self._rlock:
            if not self._rbuf:
                self._fill()
            if size is None or size < 0:
                size = len(self._rbuf)
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return data

    def peek(self, size=0):
        self._check_readable("peek")
        with self._rlock:
            if not self._rbuf:
                self._fill()
            return self._rbuf

    def readinto(self, b):
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        m[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        m = memoryview(b).cast('B')
        data = self.read1(len(m))
        m[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_readable("peek" if self._writing else "readline")
        if size is None:
            size = -1
        with self._rlock:
            start = 0
            while True:
                i = self._rbuf.find(b"\n", start)
                if i >= 0:
                    end = i + 1
                    break
                if 0 <= size <= len(self._rbuf):
                    end = size
                    break
                start = len(self._rbuf)
                if not self._fill():
                    end = len(self._rbuf)
                    break
            if 0 <= size < end:
                end = size
            line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
            return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing
    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        with self._wlock:
            self._wbuf += data
            if len(self._wbuf) >= self._size:
                self._flush_locked()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _flush_locked(self):
        while self._wbuf:
            n = self.raw.write(self._wbuf)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self._writing and self.raw.closed:
            raise ValueError("flush of closed file")
        self._check_closed()
        if self._writing:
            with self._wlock:
                self._flush_locked()

    def close(self):
        if self.raw.closed:
            return
        try:
            if self._writing:
                self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _SocketTextFile(io.TextIOBase):
    """Text file over a _BufferedSocketFile (makefile('r'/'w'/'rw')).

    Lines are read as bytes up to b'\\n' and decoded whole, so multi-byte
    characters are never split; newline translation follows TextIOWrapper
    (None: universal newlines in, os.linesep out)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else "strict"
        self._newline = newline
        self._pending = ""
        self._lock = threading.Lock()
        self.mode = "r"

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def line_buffering(self):
        return False

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name if not self.closed else -1, self.mode, self._encoding)

    def _decode(self, data):
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _next_line(self):
        """One line (with its ending) from the pending text or the buffer."""
        term = "\n" if self._newline in (None, "", "\n") else self._newline
        while True:
            if self._newline == "":
                cut = _universal_line_end(self._pending)
            else:
                i = self._pending.find(term)
                cut = i + len(term) if i >= 0 else -1
            if cut >= 0 and cut <= len(self._pending):
                line, self._pending = self._pending[:cut], self._pending[cut:]
                return line
            data = self.buffer.readline()
            if not data:
                line, self._pending = self._pending, ""
                return line
            self._pending += self._decode(data)

    def readline(self, size=-1):
        self._check_closed()
        with self._lock:
            line = self._next_line()
            if size is not None and 0 <= size < len(line):
                self._pending = line[size:] + self._pending
                line = line[:size]
            return line

    def read(self, size=-1):
        self._check_closed()
        with self._lock:
            if size is None or size < 0:
                text = self._pending + self._decode(self.buffer.read())
                self._pending = ""
                return text
            while len(self._pending) < size:
                data = self.buffer.readline()
                if not data:
                    break
                self._pending += self._decode(data)
            text, self._pending = self._pending[:size], self._pending[size:]
            return text

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        return list(self)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline is None:
            if os.linesep != "\n":
                text = text.replace("\n", os.linesep)
        elif self._newline not in ("", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                if self.buffer.writable():
                    self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buf, self.buffer = self.buffer, None
        return buf

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()


def _universal_line_end(text):
    """Index just past the first line ending (\\n, \\r\\n or a lone \\r not
    at the end of text, where a \\n may still follow), or -1."""
    for i, ch in enumerate(text):
        if ch == "\n":
            return i + 1
        if ch == "\r":
            if i + 1 < len(text):
                return i + 2 if text[i + 1] == "\n" else i + 1
            return -1
    return -1


def send_fds(sock, buffers, fds, flags=0, address=None):
    """Send the buffers and pass the file descriptors fds (SCM_RIGHTS)
    over an AF_UNIX socket."""
    import struct
    fds = list(fds)
    anc = [(SOL_SOCKET, SCM_RIGHTS, struct.pack('%di' % len(fds), *fds))]
    return sock.sendmsg(buffers, anc, flags, address)


def recv_fds(sock, bufsize, maxfds, flags=0):
    """Receive up to bufsize bytes and up to maxfds file descriptors:
    (data, list of fds, msg_flags, address)."""
    import struct
    size = struct.calcsize('i')
    msg, ancdata, flags, addr = sock.recvmsg(bufsize, CMSG_LEN(maxfds * size), flags)
    fds = []
    for level, kind, data in ancdata:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            usable = len(data) - len(data) % size
            fds.extend(struct.unpack('%di' % (usable // size), data[:usable]))
    return msg, fds, flags, addr


def getfqdn(name=''):
    """Fully qualified domain name for name (the local host if empty)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to (host, port), trying every address getaddrinfo returns."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """True if the platform supports an IPv6 socket accepting IPv4 too."""
    if not has_ipv6 or not hasattr(_socket, 'IPPROTO_IPV6') \
            or not hasattr(_socket, 'IPV6_V6ONLY'):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set)."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            if dualstack_ipv6:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            else:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
    -> list of (family, type, proto, canonname, sockaddr), with family and
    type as AddressFamily / SocketKind members when known."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
