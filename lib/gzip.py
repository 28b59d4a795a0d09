"""Reading and writing gzip files (RFC 1952) on top of the zlib module.

A gzip file is one or more members, each a header (magic 1f 8b, method 8,
flags, mtime, extra flags, OS byte, optional extra/name/comment/header-CRC
fields), a raw deflate stream, and a trailer holding the CRC-32 and the
length modulo 2**32 of the uncompressed data. Members may be separated by
zero padding; readers concatenate the members' data.

Text mode (gzip.open(..., 'rt'/'wt')) is provided by a small wrapper in this
module rather than io.TextIOWrapper, which in this runtime wraps only the
built-in binary files. Reading text decodes the whole (decompressed) file
on first use.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024

_EBADF = 9
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def write32u(output, value):
    # little-endian unsigned 32-bit, as the gzip format stores every number
    output.write(struct.pack("<I", value))


def _xfl(compresslevel, oneshot):
    # Extra flags: 2 = best compression, 4 = fastest. The one-shot
    # compress() reports level 0 as "fastest" too, as zlib itself does.
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST or (oneshot and compresslevel == 0):
        return 4
    return 0


def _header(mtime, compresslevel, fname=b'', oneshot=False):
    flags = FNAME if fname else 0
    parts = [b'\x1f\x8b\x08', bytes([flags]), struct.pack('<I', int(mtime) & 0xffffffff),
             bytes([_xfl(compresslevel, oneshot), 255])]
    if fname:
        parts.append(fname + b'\x00')
    return b''.join(parts)


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    filename is a path (str, bytes, os.PathLike) or a file object to read
    from or write to. mode is 'r', 'rb', 'a', 'ab', 'w', 'wb', 'x' or 'xb'
    for binary mode, or 'rt', 'at', 'wt', 'xt' for text mode.
    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")

    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if "t" in mode:
        return _GzipText(binary_file, encoding, errors, newline)
    return binary_file


class GzipFile:
    """A file object that compresses or decompresses gzip data on the fly.

    Reading returns the concatenated data of every member; writing produces
    a single member, finished by close().
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            self.name = filename
            self._rd_init()
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._compresslevel = compresslevel
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    # ---- common -------------------------------------------------------------

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        return self._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        """The underlying file descriptor (of the compressed file)."""
        return self.fileobj.fileno()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            out = self.compress.flush(zlib_mode)
            if out:
                self.fileobj.write(out)
            self.fileobj.flush()

    # ---- writing ------------------------------------------------------------

    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(mtime, compresslevel, fname))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            try:
                data = memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
            length = data.nbytes
        if length > 0:
            out = self.compress.compress(data)
            if out:
                self.fileobj.write(out)
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # ---- reading ------------------------------------------------------------

    def _rd_init(self):
        self._last_mtime = None
        self._pending = b''        # compressed bytes read but not yet used
        self._out = b''            # decompressed bytes not yet returned
        self._out_pos = 0
        self._decomp = None        # decompressor of the current member
        self._new_member = True
        self._member_crc = 0
        self._member_size = 0
        self._at_eof = False
        self.offset = 0            # uncompressed position

    def _raw_read(self, n):
        if self._pending:
            data, self._pending = self._pending[:n], self._pending[n:]
            return data
        return self.fileobj.read(n)

    def _read_exact(self, n):
        data = self._raw_read(n)
        while len(data) < n:
            more = self._raw_read(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def _skip_padding(self):
        while True:
            if not self._pending:
                self._pending = self.fileobj.read(READ_BUFFER_SIZE)
                if not self._pending:
                    return
            stripped = self._pending.lstrip(b'\x00')
            if stripped:
                self._pending = stripped
                return
            self._pending = b''

    def _read_member_header(self):
        magic = self._raw_read(2)
        if magic == b'':
            return False
        if len(magic) == 1:
            magic += self._raw_read(1)
        if magic != b'\x1f\x8b':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag, self._last_mtime = struct.unpack("<BBIxx", self._read_exact(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flag & FEXTRA:
            extra_len, = struct.unpack("<H", self._read_exact(2))
            self._read_exact(extra_len)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while self._read_exact(1) != b'\x00':
                    pass
        if flag & FHCRC:
            self._read_exact(2)
        return True

    def _finish_member(self):
        self._pending = self._decomp.unused_data + self._pending
        crc32, isize = struct.unpack("<II", self._read_exact(8))
        if crc32 != self._member_crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._member_crc)))
        if isize != (self._member_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        self._skip_padding()
        self._new_member = True
        self._decomp = None

    def _fill(self):
        """Decompress the next piece; False at the end of the file."""
        while True:
            if self._at_eof:
                return False
            if self._new_member:
                if not self._read_member_header():
                    self._at_eof = True
                    return False
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._member_crc = 0
                self._member_size = 0
                self._new_member = False
            d = self._decomp
            data = d.unconsumed_tail
            if not data:
                data = self._raw_read(READ_BUFFER_SIZE)
                if not data:
                    raise EOFError(_TRUNCATED)
            out = d.decompress(data, READ_BUFFER_SIZE)
            if out:
                self._member_crc = zlib.crc32(out, self._member_crc)
                self._member_size += len(out)
            if d.eof:
                self._finish_member()
            if out:
                self._out = self._out[self._out_pos:] + out
                self._out_pos = 0
                return True

    def _check_read(self, what="read"):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_EBADF, what + "() on write-only GzipFile object")

    def _take(self, n):
        start = self._out_pos
        chunk = self._out[start:start + n]
        self._out_pos += len(chunk)
        self.offset += len(chunk)
        return chunk

    def _available(self):
        return len(self._out) - self._out_pos

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            parts = [self._take(self._available())]
            while self._fill():
                parts.append(self._take(self._available()))
            return b''.join(parts)
        parts = []
        want = size
        while want > 0:
            if not self._available() and not self._fill():
                break
            chunk = self._take(want)
            parts.append(chunk)
            want -= len(chunk)
        return b''.join(parts)

    def read1(self, size=-1):
        self._check_read("read1")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b''
        if not self._available() and not self._fill():
            return b''
        return self._take(size)

    def peek(self, n):
        self._check_read("peek")
        if not self._available() and not self._fill():
            return b''
        return self._out[self._out_pos:]

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast('B')
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        parts = []
        total = 0
        while size < 0 or total < size:
            if not self._available():
                if self.mode != READ:
                    self._check_read("readline")
                if not self._fill():
                    break
            end = self._out.find(b'\n', self._out_pos)
            n = self._available() if end < 0 else end + 1 - self._out_pos
            if size >= 0:
                n = min(n, size - total)
            chunk = self._take(n)
            parts.append(chunk)
            total += len(chunk)
            if chunk.endswith(b'\n'):
                break
        return b''.join(parts)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._rd_init()

    def tell(self):
        self._check_not_closed()
        return self.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for _ in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_read("seek")
        if whence == io.SEEK_CUR:
            offset = self.offset + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self.offset + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self.offset:
            self.rewind()
        while self.offset < offset:
            if not self.read(min(offset - self.offset, READ_BUFFER_SIZE)):
                break
        return self.offset


class _GzipText:
    """Text layer over a GzipFile: encodes on write, decodes on read, with
    io.TextIOWrapper's newline rules."""

    def __init__(self, binary, encoding=None, errors=None, newline=None):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = binary
        self.encoding = encoding if encoding is not None else 'utf-8'
        self.errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._text = None
        self._pos = 0
        self._started = False   # something was written (the BOM is out)

    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)
    newlines = None

    @property
    def mode(self):
        return 'r' if self.buffer.mode == READ else 'w'

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def _load(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def read(self, size=-1):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        text = self._load()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        s = text[self._pos:end]
        self._pos = end
        return s

    def readline(self, size=-1):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        text = self._load()
        start = self._pos
        if self._newline == '':
            end = len(text)
            for i in range(start, len(text)):
                c = text[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if text.startswith('\n', i + 1) else i + 1
                    break
        else:
            sep = self._newline or '\n'
            i = text.find(sep, start)
            end = len(text) if i < 0 else i + len(sep)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not s:
            return 0
        out = s
        if self._newline not in (None, '', '\n'):
            out = out.replace('\n', self._newline)
        raw = out.encode(self.encoding, self.errors)
        if self._started:
            # stateful encodings (utf-16, utf-8-sig) put a BOM only in front
            # of the first piece: ''.encode() yields exactly that prefix
            bom = ''.encode(self.encoding)
            if bom and raw.startswith(bom):
                raw = raw[len(bom):]
        else:
            self._started = True
        self.buffer.write(raw)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<gzip text wrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-format bytes.

    mtime is the modification time stored in the header (default: now);
    pass mtime=0 for reproducible output.
    """
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    if mtime is None:
        mtime = time.time()
    size = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
    trailer = struct.pack("<II", zlib.crc32(data), size & 0xffffffff)
    return _header(mtime, compresslevel, oneshot=True) + body + trailer


def _parse_header(data, pos):
    """Position just after the member header at data[pos:], or -1 if no
    member starts there (end of data)."""
    n = len(data)
    if pos >= n:
        return -1
    if data[pos:pos + 2] != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % data[pos:pos + 2])
    if pos + 10 > n:
        raise EOFError(_TRUNCATED)
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10
    if flag & FEXTRA:
        if pos + 2 > n:
            raise EOFError(_TRUNCATED)
        pos += 2 + struct.unpack("<H", data[pos:pos + 2])[0]
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b'\x00', pos)
            if end < 0:
                raise EOFError(_TRUNCATED)
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    if pos > n:
        raise EOFError(_TRUNCATED)
    return pos


def decompress(data):
    """Decompress gzip data (any number of members) and return the bytes."""
    if not isinstance(data, bytes):
        try:
            data = bytes(memoryview(data).cast('B'))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__) from None
    members = []
    pos = 0
    while True:
        pos = _parse_header(data, pos)
        if pos < 0:
            return b''.join(members)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        out = d.decompress(data[pos:])
        rest = d.unused_data
        if not d.eof or len(rest) < 8:
            raise EOFError(_TRUNCATED)
        crc32, isize = struct.unpack("<II", rest[:8])
        if crc32 != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if isize != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = rest[8:].lstrip(b'\x00')
        pos = 0


def main():
    """Command line: python -m gzip [-d] [--fast|--best] [file ...]"""
    import sys
    args = sys.argv[1:]
    decompressing = '-d' in args or '--decompress' in args
    level = _COMPRESS_LEVEL_TRADEOFF
    if '--fast' in args:
        level = _COMPRESS_LEVEL_FAST
    if '--best' in args:
        level = _COMPRESS_LEVEL_BEST
    files = [a for a in args if not a.startswith('-')] or ['-']
    for arg in files:
        if decompressing:
            if arg == '-':
                f = GzipFile(filename='', mode='rb', fileobj=sys.stdin.buffer)
                g = sys.stdout.buffer
            else:
                if not arg.endswith('.gz'):
                    sys.exit("filename doesn't end in .gz: %r" % arg)
                f = open(arg, 'rb')
                g = builtins.open(arg[:-3], 'wb')
        else:
            if arg == '-':
                f = sys.stdin.buffer
                g = GzipFile(filename='', mode='wb', fileobj=sys.stdout.buffer, compresslevel=level)
            else:
                f = builtins.open(arg, 'rb')
                g = open(arg + '.gz', 'wb', compresslevel=level)
        while True:
            chunk = f.read(READ_BUFFER_SIZE)
            if not chunk:
                break
            g.write(chunk)
        if g is not sys.stdout.buffer:
            g.close()
        if f is not sys.stdin.buffer:
            f.close()


if __name__ == '__main__':
    main()
