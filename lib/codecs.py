"""codecs -- codec registry, base classes and stream wrappers.

ftpy's text codecs live in C (src/objects/codecs.c) behind str.encode and
bytes.decode; this module is the Python layer over them: the registry
(lookup/register/unregister with a per-name cache), CodecInfo, the
incremental and stream classes, the error-handler registry, and the
module-level <codec>_encode/<codec>_decode helpers that return
(result, length consumed) pairs.

Partial (non-final) decoding is done here: the C decoders see only whole
characters, because each codec knows how many trailing bytes may still be
the start of a character (held back until more data or final=True).

Thread safety: the registry is a list and two dicts mutated only through
single operations (append/remove/setitem/clear), each atomic under the
container's own lock; a race can at worst compute a lookup twice.
"""
import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM = BOM_UTF16
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---------------------------------------------------------------- CodecInfo

class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


# ---------------------------------------------------------------- base classes

class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps unencoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps undecoded bytes between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        # Lines split off by readline() go back into the char buffer first.
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                # the last piece may be an incomplete line: keep it as chars
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # a "\r" at the end may be followed by "\n" in the next chunk
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    # the single line is complete
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    """Wraps a stream with a reader and a writer of one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    """Reads and writes data in one encoding on the outside (encode/decode)
    and another on the stream (Reader/Writer)."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


# ---------------------------------------------------------------- error handlers

# The C codecs look names they do not implement up in this dict, so a
# handler registered here also works for str.encode / bytes.decode.
import _ftpy_codecs
_error_handlers = _ftpy_codecs.error_handlers()
_BUILTIN_HANDLERS = ("strict", "ignore", "replace", "backslashreplace",
                     "xmlcharrefreplace", "namereplace", "surrogateescape",
                     "surrogatepass")


def _check_exc(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    _check_exc(exc)
    raise exc


def ignore_errors(exc):
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _encode_side(exc, handler):
    # The C encoder applies the handler to an unencodable piece when asked
    # for ASCII: its output is the replacement text.
    return exc.object[exc.start:exc.end].encode('ascii', handler).decode('ascii')


def backslashreplace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (_encode_side(exc, 'backslashreplace'), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return (_encode_side(exc, 'xmlcharrefreplace'), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return (_encode_side(exc, 'namereplace'), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogateescape_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        out = []
        for b in bad[:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(ord(c) - 0xDC00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogatepass_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        try:
            return (exc.object[exc.start:exc.end].encode(exc.encoding, 'surrogatepass'), exc.end)
        except UnicodeError:
            raise exc from None
    if isinstance(exc, UnicodeDecodeError):
        try:
            s = exc.object[exc.start:].decode(exc.encoding, 'surrogatepass')
        except UnicodeError:
            raise exc from None
        if not s or not 0xD800 <= ord(s[0]) <= 0xDFFF:
            raise exc
        width = len(s[0].encode(exc.encoding, 'surrogatepass'))
        return (s[0], exc.start + width)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers.update({
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": _surrogateescape_errors,
    "surrogatepass": _surrogatepass_errors,
})


def register_error(name, handler, /):
    """Register the specified error handler under the name errors."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name, /):
    """Return the error handler registered under name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name %r" % name) from None


# ---------------------------------------------------------------- the text codecs

# canonical name -> (C spelling, bom, piece codec). The piece codec encodes
# or decodes a fragment without a BOM (used for partial input and custom
# error handlers).
_TEXT = {
    'utf-8': ('utf-8', b'', 'utf-8'),
    'ascii': ('ascii', b'', 'ascii'),
    'iso8859-1': ('latin-1', b'', 'latin-1'),
    'utf-16': ('utf-16', BOM_UTF16, 'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be'),
    'utf-16-le': ('utf-16-le', b'', 'utf-16-le'),
    'utf-16-be': ('utf-16-be', b'', 'utf-16-be'),
    'utf-32': ('utf-32', BOM_UTF32, 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be'),
    'utf-32-le': ('utf-32-le', b'', 'utf-32-le'),
    'utf-32-be': ('utf-32-be', b'', 'utf-32-be'),
    'utf-8-sig': ('utf-8-sig', BOM_UTF8, 'utf-8'),
    'unicode-escape': ('unicode-escape', b'', 'unicode-escape'),
    'raw-unicode-escape': ('raw-unicode-escape', b'', 'raw-unicode-escape'),
}

_ALIASES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf8_ucs2': 'utf-8', 'utf8_ucs4': 'utf-8',
    'ascii': 'ascii', 'us_ascii': 'ascii', 'us': 'ascii', '646': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
    'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii', 'iso646_us': 'ascii',
    'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', 'iso_8859_1_1987': 'iso8859-1',
    '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'iso_ir_100': 'iso8859-1',
    'ibm819': 'iso8859-1', 'csisolatin1': 'iso8859-1', 'iso8859': 'iso8859-1',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'unicode_escape': 'unicode-escape', 'unicodeescape': 'unicode-escape',
    'raw_unicode_escape': 'raw-unicode-escape', 'rawunicodeescape': 'raw-unicode-escape',
    # bytes-to-bytes and str-to-str codecs
    'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
}


def _normalize_encoding(name):
    # Runs of characters other than alphanumerics and '.' become one '_'.
    out = []
    pending = False
    for c in name:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            out.append(c)
            pending = False
        else:
            pending = True
    return ''.join(out).lower()


def _utf8_tail(data):
    """Bytes at the end of data that begin a valid but incomplete UTF-8
    sequence (0 when the data ends on a character boundary)."""
    n = len(data)
    for k in range(1, min(4, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            if b < 0xC2 or b > 0xF4:
                return 0
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if need <= k:
                return 0
            if k >= 2:
                c = data[n - k + 1]
                lo, hi = 0x80, 0xBF
                if b == 0xE0:
                    lo = 0xA0
                elif b == 0xED:
                    hi = 0x9F
                elif b == 0xF0:
                    lo = 0x90
                elif b == 0xF4:
                    hi = 0x8F
                if not lo <= c <= hi:
                    return 0
            return k
    return 0


def _utf16_tail(data, big):
    n = len(data)
    extra = n % 2
    m = n - extra
    if m >= 2:
        u = (data[m - 2] << 8 | data[m - 1]) if big else (data[m - 1] << 8 | data[m - 2])
        if 0xD800 <= u <= 0xDBFF:
            return extra + 2
    return extra


def _escape_tail(data, raw):
    """Hold back a trailing backslash escape that is not complete yet."""
    n = len(data)
    i = data.rfind(b'\\', max(0, n - 10))
    if i < 0:
        return 0
    j = i
    while j > 0 and data[j - 1] == 0x5C:
        j -= 1
    if (i - j) % 2:
        return 0          # the backslash is itself escaped
    rest = data[i + 1:]
    if not rest:
        return n - i
    kind = rest[:1]
    if raw:
        need = {b'u': 5, b'U': 9}.get(kind)
    else:
        need = {b'x': 3, b'u': 5, b'U': 9}.get(kind)
        if kind == b'N':
            return 0 if b'}' in rest else n - i
    if need is None or len(rest) >= need:
        return 0
    return n - i


def _piece_tail(piece, data):
    if piece == 'utf-8':
        return _utf8_tail(data)
    if piece in ('utf-16-le', 'utf-16-be'):
        return _utf16_tail(data, piece == 'utf-16-be')
    if piece in ('utf-32-le', 'utf-32-be'):
        return len(data) % 4
    if piece == 'unicode-escape':
        return _escape_tail(data, False)
    if piece == 'raw-unicode-escape':
        return _escape_tail(data, True)
    return 0


def _encode_with(s, cname, piece, bom, errors):
    """str -> bytes through the C encoder; handlers registered from Python
    are applied here, one failing run at a time."""
    if errors in _BUILTIN_HANDLERS:
        return s.encode(cname, errors)
    out = [bom]
    pos = 0
    n = len(s)
    while pos <= n:
        try:
            out.append(s[pos:].encode(piece, 'strict'))
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(s[pos:start].encode(piece))
            handler = lookup_error(errors)
            res = handler(UnicodeEncodeError(cname, s, start, end, e.reason))
            if not isinstance(res, tuple) or len(res) != 2 or \
               not isinstance(res[0], (str, bytes)) or not isinstance(res[1], int):
                raise TypeError("encoding error handler must return (str/bytes, int) tuple")
            rep, newpos = res
            if isinstance(rep, str):
                out.append(rep.encode(piece, 'strict'))
            else:
                out.append(rep)
            if newpos < 0:
                newpos += n
            if not 0 <= newpos <= n:
                raise IndexError("position %d from error handler out of bounds" % newpos)
            pos = newpos
            if pos == n:
                break
    return b''.join(out)


def _decode_with(data, cname, piece, errors):
    """bytes -> str for a fragment (no BOM processing) with any handler."""
    if errors in _BUILTIN_HANDLERS:
        return data.decode(piece, errors)
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        try:
            out.append(data[pos:].decode(piece, 'strict'))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(piece))
            handler = lookup_error(errors)
            res = handler(UnicodeDecodeError(cname, data, start, end, e.reason))
            if not isinstance(res, tuple) or len(res) != 2 or \
               not isinstance(res[0], str) or not isinstance(res[1], int):
                raise TypeError("decoding error handler must return (str, int) tuple")
            rep, newpos = res
            out.append(rep)
            if newpos < 0:
                newpos += n
            if not 0 <= newpos <= n:
                raise IndexError("position %d from error handler out of bounds" % newpos)
            pos = newpos
    return ''.join(out)


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _bom_order(canon, data):
    """For utf-16/utf-32/utf-8-sig: (piece codec, BOM length) chosen by the
    start of data, or None if more bytes are needed to know."""
    if canon == 'utf-8-sig':
        if len(data) < 3 and BOM_UTF8.startswith(data):
            return None
        return ('utf-8', 3 if data.startswith(BOM_UTF8) else 0)
    if canon == 'utf-16':
        if len(data) < 2:
            return None
        if data.startswith(BOM_UTF16_LE):
            return ('utf-16-le', 2)
        if data.startswith(BOM_UTF16_BE):
            return ('utf-16-be', 2)
        return (_TEXT['utf-16'][2], 0)
    if len(data) < 4:
        return None
    if data.startswith(BOM_UTF32_LE):
        return ('utf-32-le', 4)
    if data.startswith(BOM_UTF32_BE):
        return ('utf-32-be', 4)
    return (_TEXT['utf-32'][2], 0)


class _DecodeState:
    """Byte order of a stateful decoder (None until its BOM was seen)."""
    __slots__ = ('piece',)

    def __init__(self):
        self.piece = None


def _decode_partial(canon, data, errors, final, state=None):
    """Decode as much of data as forms whole characters: (str, consumed)."""
    cname, bom, piece = _TEXT[canon]
    if errors is None:
        errors = 'strict'
    skip = 0
    if bom:
        if state is not None and state.piece is not None:
            piece = state.piece
        else:
            order = _bom_order(canon, data)
            if order is None:
                if not final:
                    return ('', 0)
                # too short for a BOM: decode as is (the C codec reports it)
                if not data:
                    return ('', 0)
                order = (piece, 0)
            piece, skip = order
            if state is not None:
                state.piece = piece
    body = data[skip:]
    tail = 0 if final else _piece_tail(piece, body)
    chunk = body[:len(body) - tail]
    if not chunk:
        return ('', skip)
    try:
        text = _decode_with(chunk, cname, piece, errors)
    except UnicodeDecodeError as e:
        if e.encoding != cname or e.object is not data:
            raise UnicodeDecodeError(cname, data, e.start + skip, e.end + skip, e.reason) from None
        raise
    return (text, skip + len(chunk))


def _make_text_codec(canon):
    cname, bom, piece = _TEXT[canon]
    fname = canon.replace('-', '_').replace('iso8859_1', 'latin_1')

    def encode(input, errors=None):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (fname, type(input).__name__))
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("%s_encode() argument 2 must be str or None, not %s" % (fname, type(errors).__name__))
        return (_encode_with(input, cname, piece, bom, errors), len(input))

    def decode(input, errors=None, final=False):
        data = _as_bytes(input)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("%s_decode() argument 2 must be str or None, not %s" % (fname, type(errors).__name__))
        return _decode_partial(canon, data, errors, final)

    encode.__name__ = encode.__qualname__ = fname + "_encode"
    decode.__name__ = decode.__qualname__ = fname + "_decode"

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            if not isinstance(input, str):
                raise TypeError("%s_encode() argument 1 must be str, not %s" % (fname, type(input).__name__))
            if bom and not self._started:
                self._started = True
                return _encode_with(input, cname, piece, bom, self.errors) if canon != 'utf-8-sig' \
                    else BOM_UTF8 + _encode_with(input, 'utf-8', 'utf-8', b'', self.errors)
            return _encode_with(input, piece, piece, b'', self.errors)

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started or not bom else 2

        def setstate(self, state):
            self._started = not state

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._state = _DecodeState()

        def _buffer_decode(self, input, errors, final):
            return _decode_partial(canon, input, errors, final, self._state)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._state = _DecodeState()

        def getstate(self):
            if not bom:
                return (self.buffer, 0)
            p = self._state.piece
            if p is None:
                return (self.buffer, 2)
            return (self.buffer, 1 if p.endswith('-be') else 0)

        def setstate(self, state):
            self.buffer = state[0]
            if bom:
                flag = state[1]
                self._state.piece = None if flag == 2 else (piece[:-2] + ('be' if flag == 1 else 'le')) \
                    if canon != 'utf-8-sig' else (None if flag == 2 else 'utf-8')

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._enc = None

        def encode(self, input, errors='strict'):
            if self._enc is None:
                self._enc = IncEncoder(errors)
            self._enc.errors = errors
            return (self._enc.encode(input), len(input))

        def reset(self):
            StreamWriter.reset(self)
            self._enc = None

    class Reader(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self._state = _DecodeState()

        def decode(self, input, errors='strict'):
            return _decode_partial(canon, _as_bytes(input), errors, False, self._state)

        def reset(self):
            StreamReader.reset(self)
            self._state = _DecodeState()

    for cls, n in ((IncEncoder, "IncrementalEncoder"), (IncDecoder, "IncrementalDecoder"),
                   (Writer, "StreamWriter"), (Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = n
        cls.__module__ = "encodings." + fname

    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name=canon), encode, decode


# ---------------------------------------------------------------- bytes-to-bytes codecs

def _make_transform(canon, enc_fn, dec_fn, text=False):
    def encode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError("Unsupported error handling mode: %s" % errors) if not text else \
                ValueError("Unsupported error handling mode: %s" % errors)
        return (enc_fn(input), len(input))

    def decode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError("Unsupported error handling mode: %s" % errors)
        return (dec_fn(input), len(input))

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc_fn(input)

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec_fn(input)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        charbuffertype = str if text else bytes

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    for cls, n in ((IncEncoder, "IncrementalEncoder"), (IncDecoder, "IncrementalDecoder"),
                   (Writer, "StreamWriter"), (Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = n
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder,
                     name=canon, _is_text_encoding=False)


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


def _b64_encode(data):
    import binascii
    data = _as_bytes(data)
    out = []
    for i in range(0, len(data), 57):
        out.append(binascii.b2a_base64(data[i:i + 57]))
    return b''.join(out)


def _b64_decode(data):
    import binascii
    return binascii.a2b_base64(data)


def _zlib_encode(data):
    import zlib
    return zlib.compress(data)


def _zlib_decode(data):
    import zlib
    return zlib.decompress(data)


def _rot13(s):
    if not isinstance(s, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % type(s).__name__)
    return s.translate(_ROT13)


_ROT13 = {}
for _i in range(26):
    _ROT13[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _ROT13[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i


_builtin_infos = {}
for _canon in _TEXT:
    _info, _enc, _dec = _make_text_codec(_canon)
    _builtin_infos[_canon] = _info
    globals()[_enc.__name__] = _enc
    globals()[_dec.__name__] = _dec
del _canon, _info, _enc, _dec
_builtin_infos['hex'] = _make_transform('hex', _hex_encode, _hex_decode)
_builtin_infos['base64'] = _make_transform('base64', _b64_encode, _b64_decode)
_builtin_infos['zlib'] = _make_transform('zlib', _zlib_encode, _zlib_decode)
_builtin_infos['rot-13'] = _make_transform('rot-13', _rot13, _rot13, text=True)


def _builtin_search(normalized):
    canon = _ALIASES.get(normalized)
    if canon is None:
        canon = _ALIASES.get(normalized.replace('.', '_'))
    return _builtin_infos.get(canon) if canon else None


# ---------------------------------------------------------------- the registry

_search_functions = []
_cache = {}


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        return
    _cache.clear()


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    info = _builtin_search(_normalize_encoding(key))
    if info is None:
        for fn in list(_search_functions):
            r = fn(key)
            if r is None:
                continue
            if not isinstance(r, tuple) or len(r) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            info = r
            break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _check_args(fn, encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError("%s() argument 'encoding' must be str, not %s" % (fn, type(encoding).__name__))
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s" % (fn, type(errors).__name__))


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    _check_args("encode", encoding, errors)
    res = lookup(encoding).encode(obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return res[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    _check_args("decode", encoding, errors)
    res = lookup(encoding).decode(obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return res[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent
    encoding translation (data_encoding outside, file_encoding on file)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m
