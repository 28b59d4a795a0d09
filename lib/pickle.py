"""pickle -- serialise Python objects to bytes and back (protocols 0 to 5).

Written for ftpy from the documented pickle format (PEP 307, 3154, 574 and the
opcode descriptions).  The byte stream written for the common types is the
same as CPython 3.13's C pickler writes, so pickles can be exchanged both
ways and compared byte for byte.

Thread safety: every Pickler / Unpickler object holds the whole state of one
dump / load (memo, stack, frame buffer) and must not be shared between threads
while in use; dumps()/loads() make a fresh one per call.  The module-level
tables below (opcode dispatch, compatibility name mappings, fallback reducers)
are filled at import time and only read afterwards.

ftpy note: ftpy's object.__reduce_ex__ ignores the protocol and returns the
protocol 2 form for every object, including builtins such as set or range.
This module therefore computes the default reduction itself (the documented
semantics of object.__reduce_ex__ / copyreg) whenever a type does not
override __reduce_ex__, and carries reducers for the builtin types whose own
reduction ftpy lacks.
"""

import sys
import io
import copyreg
from struct import pack as _pack, unpack as _unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"   # the value CPython 3.13 reports
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)
_HAVE_PICKLE_BUFFER = True
dispatch_table = copyreg.dispatch_table
_extension_registry = copyreg._extension_registry
_inverted_registry = copyreg._inverted_registry
_extension_cache = copyreg._extension_cache


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for an object exposing a buffer, pickled out of band (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        self._view.release()

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# ---- opcodes -----------------------------------------------------------------
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# ---- Python 2 <-> 3 name mappings (fix_imports) --------------------------------
_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError "
    "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
    "FloatingPointError FutureWarning GeneratorExit IOError ImportError "
    "ImportWarning IndentationError IndexError KeyError KeyboardInterrupt "
    "LookupError MemoryError NameError NotImplementedError OSError OverflowError "
    "PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError "
    "TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError "
    "UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError "
    "Warning ZeroDivisionError").split()
_PY3_OSERRORS = (
    "BlockingIOError BrokenPipeError ChildProcessError ConnectionAbortedError "
    "ConnectionError ConnectionRefusedError ConnectionResetError FileExistsError "
    "FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError "
    "PermissionError ProcessLookupError TimeoutError").split()


def _build_mappings():
    # py3 module -> py2 module
    rimp = {
        "builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
        "socketserver": "SocketServer", "configparser": "ConfigParser",
        "reprlib": "repr", "_thread": "thread", "_dummy_thread": "dummy_thread",
        "_functools": "functools", "_pickle": "pickle", "_bz2": "bz2",
        "_markupbase": "markupbase", "collections.abc": "_abcoll",
        "subprocess": "commands", "html.entities": "htmlentitydefs",
        "html.parser": "HTMLParser", "http.client": "httplib",
        "http.cookiejar": "cookielib", "http.cookies": "Cookie",
        "http.server": "BaseHTTPServer", "urllib.parse": "urlparse",
        "urllib.request": "urllib2", "urllib.robotparser": "robotparser",
        "winreg": "_winreg", "xmlrpc.client": "xmlrpclib",
        "xmlrpc.server": "SimpleXMLRPCServer", "dbm": "anydbm",
        "dbm.dumb": "dumbdbm", "dbm.gnu": "gdbm", "dbm.ndbm": "dbm",
        "dbm.bsd": "dbhash", "_dbm": "dbm", "_gdbm": "gdbm",
        "test.support": "test.test_support", "tkinter": "Tkinter",
    }
    # py2 module -> py3 module (the inverse, plus aliases)
    imp = {v: k for k, v in rimp.items()}
    imp.update({"cPickle": "pickle", "StringIO": "io", "cStringIO": "io",
                "UserDict": "collections", "UserList": "collections",
                "UserString": "collections", "itertools": "itertools",
                "dbm": "dbm.ndbm", "functools": "functools", "pickle": "pickle",
                "bz2": "bz2", "thread": "_thread", "copy_reg": "copyreg",
                "__builtin__": "builtins", "exceptions": "builtins"})
    # (py3 module, name) -> (py2 module, name)
    rname = {
        ("builtins", "chr"): ("__builtin__", "unichr"),
        ("builtins", "int"): ("__builtin__", "long"),
        ("builtins", "range"): ("__builtin__", "xrange"),
        ("builtins", "str"): ("__builtin__", "unicode"),
        ("builtins", "filter"): ("itertools", "ifilter"),
        ("builtins", "map"): ("itertools", "imap"),
        ("builtins", "zip"): ("itertools", "izip"),
        ("functools", "reduce"): ("__builtin__", "reduce"),
        ("_functools", "reduce"): ("__builtin__", "reduce"),
        ("sys", "intern"): ("__builtin__", "intern"),
        ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
        ("itertools", "zip_longest"): ("itertools", "izip_longest"),
        ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
        ("collections", "UserList"): ("UserList", "UserList"),
        ("collections", "UserString"): ("UserString", "UserString"),
        ("socket", "fromfd"): ("_socket", "fromfd"),
        ("_socket", "socket"): ("socket", "_socketobject"),
        ("dbm", "whichdb"): ("whichdb", "whichdb"),
        ("urllib.parse", "quote"): ("urllib", "quote"),
        ("urllib.parse", "quote_plus"): ("urllib", "quote_plus"),
        ("urllib.parse", "unquote"): ("urllib", "unquote"),
        ("urllib.parse", "unquote_plus"): ("urllib", "unquote_plus"),
        ("urllib.parse", "urlencode"): ("urllib", "urlencode"),
        ("urllib.request", "urlopen"): ("urllib", "urlopen"),
        ("urllib.request", "urlretrieve"): ("urllib", "urlretrieve"),
        ("urllib.error", "HTTPError"): ("urllib2", "HTTPError"),
        ("urllib.error", "URLError"): ("urllib2", "URLError"),
    }
    for n in _PY2_EXCEPTIONS:
        rname[("builtins", n)] = ("exceptions", n)
    for n in _PY3_OSERRORS:
        rname[("builtins", n)] = ("exceptions", "OSError")
    rname[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
    name = {}
    for k, v in rname.items():
        if v[0] == "exceptions" and k[1] != v[1]:
            continue
        name[v] = k
    name[("__builtin__", "basestring")] = ("builtins", "str")
    name[("exceptions", "StandardError")] = ("builtins", "Exception")
    name[("UserDict", "UserDict")] = ("collections", "UserDict")
    name[("__builtin__", "reduce")] = ("functools", "reduce")
    name[("socket", "_socketobject")] = ("socket", "SocketType")
    return imp, rimp, name, rname


_IMPORT_MAPPING, _REVERSE_IMPORT_MAPPING, _NAME_MAPPING, _REVERSE_NAME_MAPPING = _build_mappings()


# ---- helpers -----------------------------------------------------------------
class _HeapProbe:
    pass


# Bit of type.__flags__ that marks classes created by class statements.
_HEAPTYPE = 1 if (_HeapProbe.__flags__ & 1 and not object.__flags__ & 1) else 1 << 9
del _HeapProbe


def _is_heap_type(t):
    return bool(getattr(t, "__flags__", _HEAPTYPE) & _HEAPTYPE)


def _tpname(cls):
    # The name CPython's messages use: builtin types outside 'builtins' are
    # qualified by their module ('_thread.lock'), classes are not.
    mod = getattr(cls, "__module__", None)
    if _is_heap_type(cls) or mod in (None, "builtins"):
        return cls.__name__
    return "%s.%s" % (mod, cls.__name__)


def _getattribute(obj, name):
    top = obj
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, top))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, top)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the name of the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """Two's complement little-endian bytes of an int, shortest form (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


_BUILTINS_NAME = "builtins"
_BUILTINS_FUNC_NAME = "".join(["built", "ins"])
_BUILTIN_FUNC_TYPE = type(len)


# One shared str object, so the second bytes object of a protocol 0-2 pickle
# refers to it through the memo as CPython's pickler does.
_LATIN1 = "latin1"


# ---- default reductions (object.__reduce_ex__ semantics) -------------------------
def _type_has_new(cls):
    try:
        return cls.__new__ is not None
    except AttributeError:
        return False


def _default_getstate(obj, required):
    cls = type(obj)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not object.__getstate__:
        return obj.__getstate__()
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    names = copyreg._slotnames(cls)
    if required:
        # Instances of builtin types other than object carry C-level state
        # that the default reduction cannot capture.
        for base in cls.__mro__:
            if not _is_heap_type(base):
                if base is not object:
                    raise TypeError("cannot pickle {!r} object".format(_tpname(cls)))
                break
    if names:
        slots = {}
        for n in names:
            try:
                slots[n] = getattr(obj, n)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_proto01(obj, proto):
    cls = type(obj)
    for base in cls.__mro__:
        if not _is_heap_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle {!r} object".format(cls.__name__))
        state = base(obj)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is None or getstate is object.__getstate__:
        if getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        try:
            d = obj.__dict__
        except AttributeError:
            d = None
        dict_state = dict(d) if d else None
    else:
        dict_state = obj.__getstate__()
    if dict_state:
        return copyreg._reconstructor, args, dict_state
    return copyreg._reconstructor, args


def _reduce_newobj(obj):
    cls = type(obj)
    if not _type_has_new(cls):
        raise TypeError("cannot pickle {!r} object".format(_tpname(cls)))
    args = kwargs = None
    gnx = getattr(cls, "__getnewargs_ex__", None)
    if gnx is not None:
        r = obj.__getnewargs_ex__()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
    else:
        gn = getattr(cls, "__getnewargs__", None)
        if gn is not None:
            args = obj.__getnewargs__()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    hasargs = args is not None
    if args is None:
        args = ()
    if not kwargs:
        func = copyreg.__newobj__
        newargs = (cls,) + args
    else:
        func = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    required = not hasargs and not isinstance(obj, (list, dict))
    state = _default_getstate(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _obj_dict_or_none(obj):
    d = getattr(obj, "__dict__", None)
    return d if d else None


def _reduce_bytearray(obj, proto):
    state = _obj_dict_or_none(obj)
    if not obj:
        return type(obj), (), state
    if proto < 3:
        return type(obj), (bytes(obj).decode("latin-1"), "latin-1"), state
    return type(obj), (bytes(obj),), state


def _reduce_set(obj, proto):
    return type(obj), (list(obj),), _obj_dict_or_none(obj)


def _reduce_range(obj, proto):
    return range, (obj.start, obj.stop, obj.step)


def _reduce_slice(obj, proto):
    return slice, (obj.start, obj.stop, obj.step)


def _reduce_exception(obj, proto):
    d = _obj_dict_or_none(obj)
    if d is None:
        return type(obj), obj.args
    return type(obj), obj.args, d


def _reduce_descriptor(obj, proto):
    return getattr, (obj.__objclass__, obj.__name__)


def _reduce_bound_wrapper(obj, proto):
    return getattr, (obj.__self__, obj.__name__)


def _refuse(message, min_proto=0):
    def reduce(obj, proto):
        if proto < min_proto:
            raise TypeError("cannot pickle {!r} object".format(type(obj).__name__))
        if "%s" in message:
            raise TypeError(message % type(obj).__name__)
        raise TypeError(message)
    return reduce


# Builtin types whose own __reduce_ex__ ftpy does not provide (read-only table).
_FALLBACK_REDUCERS = {
    memoryview: _refuse("cannot pickle memoryview objects", 2),
    _refuse.__code__.__class__: _refuse("cannot pickle code objects", 2),
    type(int.__add__): _reduce_descriptor,
    type(str.upper): _reduce_descriptor,
    type((1).__add__): _reduce_bound_wrapper,
    bytearray: _reduce_bytearray,
    set: _reduce_set,
    frozenset: _reduce_set,
    range: _reduce_range,
    slice: _reduce_slice,
    BaseException: _reduce_exception,
}


for _name in ("FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom",
              "BufferedRWPair", "TextIOWrapper"):
    _t = getattr(io, _name, None)
    if isinstance(_t, type) and _t not in _FALLBACK_REDUCERS:
        _FALLBACK_REDUCERS[_t] = _refuse("cannot pickle '%s' instances")
del _name, _t


def _reduce_ex(obj, proto):
    """obj.__reduce_ex__(proto) with CPython's semantics for the default."""
    cls = type(obj)
    rex = getattr(cls, "__reduce_ex__", None)
    if rex is not None and rex is not object.__reduce_ex__:
        return obj.__reduce_ex__(proto)
    red = getattr(cls, "__reduce__", None)
    if red is not None and red is not object.__reduce__:
        return obj.__reduce__()
    for base in cls.__mro__:
        f = _FALLBACK_REDUCERS.get(base)
        if f is not None:
            return f(obj, proto)
    if proto < 2:
        return _reduce_proto01(obj, proto)
    return _reduce_newobj(obj)


def _codecs_encode_fallback(s, encoding="utf-8", errors="strict"):
    return s.encode(encoding, errors)


# ---- Pickler ---------------------------------------------------------------
class _Framer:
    """Accumulates the current frame (protocol 4+) and flushes whole frames."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame is not None and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        f = self.current_frame
        if f is not None and (f.tell() >= _FRAME_SIZE_TARGET or force):
            data = f.getvalue()
            if len(data) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + _pack("<Q", len(data)))
            self.file_write(data)
            self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame is not None:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        if self.current_frame is not None:
            # The pending frame is closed first; the opcode header and its
            # payload are written outside any frame, and the next write opens
            # a new frame.
            self.commit_frame(force=True)
            self.file_write(header)
            self.file_write(payload)
        else:
            self.file_write(header)
            self.file_write(payload)


class Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._buffer_callback = buffer_callback
        self._framer = _Framer(self._file_write)
        self.write = self._framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + _pack("<B", self.proto))
        if self.proto >= 4:
            self._framer.start_framing()
        # Per-dump lookups of the hooks a subclass or instance may define;
        # the default persistent_id is skipped altogether.
        pid = getattr(self, "persistent_id", None)
        if getattr(pid, "__func__", None) is Pickler.persistent_id:
            pid = None
        self._pid_hook = pid
        self._reducer_override = getattr(self, "reducer_override", None)
        try:
            self.save(obj)
        except RecursionError:
            # save() recurses in Python for nested containers; report the
            # overflow the way CPython's pickler words it.
            raise RecursionError("maximum recursion depth exceeded while pickling an object") from None
        self.write(STOP)
        self._framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + _pack("<B", idx)
            return LONG_BINPUT + _pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _pack("<B", i)
            return LONG_BINGET + _pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    _pid_hook = None
    _reducer_override = None

    def save(self, obj, save_persistent_id=True):
        frame = self._framer.current_frame
        if frame is not None and frame.tell() >= _FRAME_SIZE_TARGET:
            self._framer.commit_frame()

        if save_persistent_id and self._pid_hook is not None:
            pid = self._pid_hook(obj)
            if pid is not None:
                self.save_pers(pid)
                return

        t = type(obj)
        # Atomic values are never memoized.
        if obj is None:
            self.write(NONE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is float:
            self.save_float(obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        rv = NotImplemented
        reduce = self._reducer_override
        if reduce is not None:
            rv = reduce(obj)

        if rv is NotImplemented:
            f = self._dispatch.get(t)
            if f is not None:
                f(self, obj)
                return

            dt = getattr(self, "dispatch_table", None)
            if dt is None:
                dt = copyreg.dispatch_table
            reduce = dt.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                if issubclass(t, type):
                    self.save_global(obj)
                    return
                rv = _reduce_ex(obj, self.proto)

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        n = len(rv)
        if not (2 <= n <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                    % len(args))
            cls, nargs, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("first argument to __newobj_ex__() has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first argument to __newobj_ex__() must be %r, not %r"
                                    % (obj.__class__, cls))
            if not isinstance(nargs, tuple):
                raise PicklingError("second argument to __newobj_ex__() must be a tuple, not %s"
                                    % type(nargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third argument to __newobj_ex__() must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(nargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *nargs, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("first argument to __newobj__() has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first argument to __newobj__() must be %r, not %r"
                                    % (obj.__class__, cls))
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- atomic types
    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack("<i", obj))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + _pack("<B", n) + data)
            else:
                self.write(LONG4 + _pack("<i", n) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    # -- bytes, str
    def _save_bytes_no_memo(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + _pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + _pack("<I", n), obj)
        else:
            self.write(BINBYTES + _pack("<I", n) + obj)

    def _write_large_bytes(self, header, payload):
        if self.proto >= 4:
            self._framer.write_large_bytes(header, payload)
        else:
            self.write(header + payload)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode()
                self.save((obj.decode("latin-1"), _LATIN1))
                self.write(REDUCE)
                self.memoize(obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)

    def _save_codecs_encode(self):
        # The reconstructor of protocol 0-2 bytes is _codecs.encode.
        try:
            import _codecs
            enc = _codecs.encode
        except (ImportError, AttributeError):
            enc = _codecs_encode_fallback
        x = self.memo.get(id(enc))
        if x is not None:
            self.write(self.get(x[0]))
            return
        self.write(GLOBAL + b'_codecs\nencode\n')
        self.memoize(enc)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_no_memo(bytes(obj))
        self.memoize(obj)

    def _save_bytearray_no_memo(self, data):
        n = len(data)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + _pack("<Q", n), data)
        else:
            self.write(BYTEARRAY8 + _pack("<Q", n) + data)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        m = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self._save_bytes_no_memo(m.tobytes())
            else:
                self._save_bytearray_no_memo(m.tobytes())
            self.memoize(obj)
        else:
            self.write(NEXT_BUFFER)
            if m.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + _pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + _pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + _pack("<I", n) + encoded)
        else:
            tmp = obj.replace("\\", "\\u005c")
            tmp = tmp.replace("\0", "\\u0000")
            tmp = tmp.replace("\n", "\\u000a")
            tmp = tmp.replace("\r", "\\u000d")
            tmp = tmp.replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)

    # -- containers
    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) >= _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise PicklingError("dict items iterator must return 2-tuples")
                k, v = item
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for item in it:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise PicklingError("dict items iterator must return 2-tuples")
                tmp.append(item)
                if len(tmp) >= _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        save = self.save
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) >= _BATCHSIZE:
                    break
            n = len(batch)
            if n > 0:
                write(MARK)
                for item in batch:
                    save(item)
                write(ADDITEMS)
            if n < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- globals
    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if module_name == "builtins":
            # In CPython builtin types and singletons share one 'builtins' object
            # and all builtin functions share another, so a second global of
            # the same kind is a memo hit and one of the other kind is not.
            module_name = _BUILTINS_FUNC_NAME if type(obj) is _BUILTIN_FUNC_TYPE else _BUILTINS_NAME
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, ValueError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't get local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + _pack("<H", code))
                else:
                    write(EXT4 + _pack("<i", code))
                return

        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif '.' in name:
            dotted_path = name.split('.')
            name = dotted_path.pop(0)
            save = self.save
            for attrname in dotted_path:
                save(getattr)
                if self.proto < 2:
                    write(MARK)
            self._save_toplevel_by_name(module_name, name)
            for attrname in dotted_path:
                save(attrname)
                if self.proto < 2:
                    write(TUPLE)
                else:
                    write(TUPLE2)
                write(REDUCE)
        else:
            self._save_toplevel_by_name(module_name, name)
        self.memoize(obj)

    def _save_toplevel_by_name(self, module_name, name):
        if self.proto >= 3:
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
            return
        if self.fix_imports:
            r_name_mapping = _REVERSE_NAME_MAPPING
            r_import_mapping = _REVERSE_IMPORT_MAPPING
            if (module_name, name) in r_name_mapping:
                module_name, name = r_name_mapping[(module_name, name)]
            elif module_name in r_import_mapping:
                module_name = r_import_mapping[module_name]
        try:
            self.write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                % (module_name, name, self.proto)) from None

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


def _raw_unicode_escape(s):
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 256:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _decode_raw_unicode_escape(data):
    # Inverse of _raw_unicode_escape: only \uXXXX and \UXXXXXXXX are escapes
    # (after an odd number of backslashes); other bytes are Latin-1.
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(chr(c))
            i += 1
            continue
        j = i
        while j < n and data[j] == 0x5c:
            j += 1
        nbs = j - i
        if nbs % 2 == 1 and j < n and data[j] in (0x75, 0x55):
            out.append('\\' * (nbs - 1))
            width = 4 if data[j] == 0x75 else 8
            hexpart = data[j + 1:j + 1 + width]
            if len(hexpart) != width:
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), i, n,
                                         "truncated \\uXXXX escape" if width == 4 else
                                         "truncated \\UXXXXXXXX escape")
            try:
                cp = int(hexpart.decode("ascii"), 16)
            except ValueError:
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), i, j + 1 + width,
                                         "truncated \\uXXXX escape" if width == 4 else
                                         "truncated \\UXXXXXXXX escape") from None
            if cp > 0x10ffff:
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), i, j + 1 + width,
                                         "\\Uxxxxxxxx out of range")
            out.append(chr(cp))
            i = j + 1 + width
        else:
            out.append('\\' * nbs)
            i = j
    return ''.join(out)


_d = Pickler._dispatch
_d[bytes] = Pickler.save_bytes
_d[bytearray] = Pickler.save_bytearray
_d[str] = Pickler.save_str
_d[tuple] = Pickler.save_tuple
_d[list] = Pickler.save_list
_d[dict] = Pickler.save_dict
_d[set] = Pickler.save_set
_d[frozenset] = Pickler.save_frozenset
_d[type] = Pickler.save_type
_d[PickleBuffer] = Pickler.save_picklebuffer


def _func_type():
    def f():
        pass
    return type(f)


_d[_func_type()] = Pickler.save_global
del _d


# ---- Unpickler -------------------------------------------------------------
class _Unframer:
    """Input reader.  A FRAME opcode only announces how much data follows; as
    in CPython's unpickler the frame is treated as prefetched input, not as a
    boundary that opcodes may not cross."""

    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.buf = None     # BytesIO holding the unread rest of the last frame

    def read(self, n):
        buf = self.buf
        if buf is not None:
            data = buf.read(n)
            if len(data) == n:
                return data
            self.buf = None
            return data + self.file_read(n - len(data))
        return self.file_read(n)

    def readline(self):
        buf = self.buf
        if buf is not None:
            line = buf.readline()
            if line.endswith(b'\n'):
                return line
            self.buf = None
            return line + self.file_readline()
        return self.file_readline()

    def load_frame(self, frame_size):
        rest = self.buf.read() if self.buf is not None else b''
        if len(rest) < frame_size:
            rest += self.file_read(frame_size - len(rest))
            if len(rest) < frame_size:
                raise UnpicklingError("pickle data was truncated")
        self.buf = io.BytesIO(rest)


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_readline = file.readline
            self._file_read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self._dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0])
                                          if 32 <= key[0] < 127 and key[0] not in (0x27, 0x5c) else
                                          "invalid load key, '\\x%02x'." % key[0])
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._stack_underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._stack_underflow()
        return self.stack[-1]

    def _stack_underflow(self):
        # Items below the last MARK are out of reach until it is popped.
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _readn(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _readline_arg(self):
        # A line argument needs at least one character before its newline.
        line = self._readline()
        if len(line) < 2:
            raise UnpicklingError("pickle data was truncated")
        return line

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module == "_codecs" and name == "encode":
            try:
                import _codecs
                return _codecs.encode
            except (ImportError, AttributeError):
                return _codecs_encode_fallback
        __import__(module, level=0)
        if self.proto >= 4 and '.' in name:
            dotted_path = name.split('.')
            try:
                return _getattribute(sys.modules[module], name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None

    # -- opcode implementations
    def load_proto(self):
        proto = self._readn(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = _unpack('<Q', self._readn(8))
        if frame_size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes" % sys.maxsize)
        self._unframer.load_frame(frame_size)

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline_arg()
        val = _c_strtol0(data)
        if val is not None:
            # Only a one-character 0 or 1 means a bool (protocol 0's I00/I01).
            if len(data) == 3 and val in (0, 1):
                val = bool(val)
        else:
            try:
                val = int(data.split(b"\0", 1)[0], 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)

    def load_binint(self):
        self.append(_unpack('<i', self._readn(4))[0])

    def load_binint1(self):
        self.append(self._readn(1)[0])

    def load_binint2(self):
        self.append(_unpack('<H', self._readn(2))[0])

    def load_long(self):
        val = self._readline_arg()
        if val[-2:] == b'L\n':
            val = val[:-2]
        raw = val.split(b"\0", 1)[0]          # the C string ends at a NUL
        try:
            num = int(raw, 0)
        except ValueError:
            text = raw[:200].decode("utf-8")     # may raise UnicodeDecodeError, as in C
            # Worded as C's PyLong_FromString: the base it deduced from the
            # prefix (10 unless the digits start with 0).
            t = text.lstrip(" \t\n\r\x0b\x0c")
            if t[:1] in ("+", "-"):
                t = t[1:]
            if t[:1] != "0":
                base = 10
            else:
                base = {"x": 16, "o": 8, "b": 2}.get(t[1:2].lower(), 0)
            raise ValueError("invalid literal for int() with base %d: %r" % (base, text)) from None
        self.append(num)

    def load_long1(self):
        n = self._readn(1)[0]
        self.append(decode_long(self._readn(n)))

    def load_long4(self):
        n, = _unpack('<i', self._readn(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._readn(n)))

    def load_float(self):
        line = self._readline_arg()
        # Parsed like C's strtod: the longest float prefix, which must be
        # followed by the newline.  Messages quote the text the way a C
        # string would be (cut at a NUL and at 200 bytes).
        end = _float_prefix_len(line)
        text = line.split(b"\0", 1)[0][:200].decode("utf-8", "replace")
        if end == 0:
            raise ValueError("could not convert string to float: '%s'" % text)
        val = float(line[:end])
        if val in (_INF, -_INF) and b"n" not in line[:end].lower():
            raise OverflowError("value too large to convert to float: '%s'" % text)
        if line[end] not in (0x0a, 0):
            raise ValueError("could not convert string to float")
        self.append(val)

    def load_binfloat(self):
        self.append(_unpack('>d', self._readn(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_bytes(data)))

    def load_binstring(self):
        n, = _unpack('<I', self._readn(4))
        self.append(self._decode_string(self._readn(n)))

    def load_binbytes(self):
        n, = _unpack('<I', self._readn(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytes(self._readn(n)))

    def load_unicode(self):
        self.append(_decode_raw_unicode_escape(self._readline()[:-1]))

    def load_binunicode(self):
        n, = _unpack('<I', self._readn(4))
        self.append(str(self._readn(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = _unpack('<Q', self._readn(8))
        if n > sys.maxsize:
            raise OverflowError("BINUNICODE exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(str(self._readn(n), 'utf-8', 'surrogatepass'))

    def load_binbytes8(self):
        n, = _unpack('<Q', self._readn(8))
        if n > sys.maxsize:
            raise OverflowError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        if n >= _UNALLOCATABLE:
            raise MemoryError()
        self.append(bytes(self._readn(n)))

    def load_bytearray8(self):
        n, = _unpack('<Q', self._readn(8))
        if n > sys.maxsize:
            raise OverflowError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        if n >= _UNALLOCATABLE:
            raise MemoryError()
        self.append(bytearray(self._readn(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, PickleBuffer):
            buf = buf.raw()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_short_binstring(self):
        n = self._readn(1)[0]
        self.append(self._decode_string(self._readn(n)))

    def load_short_binbytes(self):
        n = self._readn(1)[0]
        self.append(bytes(self._readn(n)))

    def load_short_binunicode(self):
        n = self._readn(1)[0]
        self.append(str(self._readn(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        if len(self.stack) < 1:
            self._stack_underflow()
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        if len(self.stack) < 2:
            self._stack_underflow()
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            self._stack_underflow()
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        module = self._readline_arg()[:-1].decode("ascii")
        name = self._readline_arg()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._stack_underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline_arg()[:-1].decode("utf-8")
        name = self._readline_arg()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._readn(1)[0])

    def load_ext2(self):
        self._get_extension(_unpack('<H', self._readn(2))[0])

    def load_ext4(self):
        self._get_extension(_unpack('<i', self._readn(4))[0])

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, _NOTFOUND)
        if obj is not _NOTFOUND:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        stack = self.stack
        if len(stack) < 2:
            self._stack_underflow()
        args = stack.pop()
        func = stack[-1]
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._stack_underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(_c_long10(self._readline_arg()))

    def load_binget(self):
        self._memo_get(self._readn(1)[0])

    def load_long_binget(self):
        self._memo_get(_unpack('<I', self._readn(4))[0])

    def load_put(self):
        line = self._readline_arg()
        self._top()
        i = _c_long10(line)
        if i < 0:
            raise ValueError("negative PUT argument")
        self._memo_put(i)

    def load_binput(self):
        i = self._readn(1)[0]
        self._memo_put(i)

    def load_long_binput(self):
        i, = _unpack('<I', self._readn(4))
        self._memo_put(i)

    def _memo_put(self, i):
        top = self._top()
        if i >= _UNALLOCATABLE_MEMO:
            # CPython's memo is an array indexed by i: such an index asks it
            # for more memory than exists.
            raise MemoryError()
        self.memo[i] = top

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self._top()

    def load_append(self):
        stack = self.stack
        if len(stack) < 2:
            self._stack_underflow()
        value = stack.pop()
        stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        if not items:
            return                      # nothing to add: the target is not looked at
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        if len(stack) < 3:
            self._stack_underflow()
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        if not items:
            return
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        if not items:
            return
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        if len(stack) < 2:
            self._stack_underflow()
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not _is_default_setstate(inst):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)

    _dispatch = {}


_INF = float("inf")


def _digits(line, i, base=10):
    n = len(line)
    while i < n:
        c = line[i]
        if 0x30 <= c <= 0x39:
            d = c - 0x30
        elif 0x61 <= c | 0x20 <= 0x66:
            d = (c | 0x20) - 0x61 + 10
        else:
            break
        if d >= base:
            break
        i += 1
    return i


def _float_prefix_len(line):
    """Length of the longest prefix of line that C's strtod accepts (0: none)."""
    i = 0
    if line[:1] in (b'+', b'-'):
        i = 1
    low = bytes(line[i:i + 8]).lower()
    if low == b'infinity':
        return i + 8
    if low[:3] in (b'inf', b'nan'):
        return i + 3
    j = _digits(line, i)
    ndig = j - i
    if j < len(line) and line[j] == 0x2e:
        k = _digits(line, j + 1)
        ndig += k - j - 1
        j = k
    if ndig == 0:
        return 0
    if j < len(line) and line[j] in (0x65, 0x45):
        k = j + 1
        if k < len(line) and line[k] in (0x2b, 0x2d):
            k += 1
        e = _digits(line, k)
        if e > k:
            j = e
    return j


def _c_long10(line):
    """int(line) for a GET/PUT argument, parsed and worded as C's
    PyLong_FromString(line, NULL, 10)."""
    raw = line.split(b"\0", 1)[0]
    try:
        return int(raw, 10)
    except ValueError:
        text = raw[:200].decode("utf-8")
        raise ValueError("invalid literal for int() with base 10: %r" % text) from None


def _c_strtol0(line):
    """C's strtol(line, &end, 0) when it consumes everything up to the
    newline and fits in 64 bits; None otherwise."""
    i = 0
    n = len(line)
    while i < n and line[i] in b' \t\n\r\x0b\x0c':
        i += 1
    neg = False
    if i < n and line[i] in b'+-':
        neg = line[i] == 0x2d
        i += 1
    if line[i:i + 2] in (b'0x', b'0X') and _digits(line, i + 2, 16) > i + 2:
        start, base = i + 2, 16
    elif line[i:i + 1] == b'0':
        start, base = i, 8
    else:
        start, base = i, 10
    end = _digits(line, start, base)
    if end == start or end >= n or line[end] not in (0x0a, 0):
        return None
    val = int(bytes(line[start:end]), base)
    if neg:
        val = -val
    if not -(1 << 63) <= val < (1 << 63):
        return None
    return val


# Counted opcodes whose object CPython allocates before reading the data: a
# length no machine can allocate is a MemoryError there, not a truncation.
_UNALLOCATABLE = 1 << 34
_UNALLOCATABLE_MEMO = 3 << 29     # its memo array would need ~24 GB


def _is_default_setstate(inst):
    # object has no __setstate__ in CPython; guard against a runtime that
    # might provide a generic one.
    return getattr(type(inst), "__setstate__", None) is getattr(object, "__setstate__", _NOTFOUND)


_NOTFOUND = object()


def _unescape_bytes(data):
    # Python 2 STRING argument: repr() of a byte string without the quotes.
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11,
              ord('0'): 0}
    while i < n:
        c = data[i]
        if c != 92 or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e == ord('x') and i + 3 < n + 0 and i + 4 <= n:
            out.append(int(data[i + 2:i + 4].decode('ascii'), 16))
            i += 4
        elif ord('0') <= e <= ord('7'):
            j = i + 1
            while j < n and j < i + 4 and ord('0') <= data[j] <= ord('7'):
                j += 1
            out.append(int(data[i + 1:j].decode('ascii'), 8) & 0xff)
            i = j
        elif e in simple:
            out.append(simple[e])
            i += 2
        else:
            out.append(92)
            i += 1
    return bytes(out)


_u = Unpickler
_OPS = [
    (PROTO, _u.load_proto), (FRAME, _u.load_frame), (PERSID, _u.load_persid),
    (BINPERSID, _u.load_binpersid), (NONE, _u.load_none), (NEWFALSE, _u.load_false),
    (NEWTRUE, _u.load_true), (INT, _u.load_int), (BININT, _u.load_binint),
    (BININT1, _u.load_binint1), (BININT2, _u.load_binint2), (LONG, _u.load_long),
    (LONG1, _u.load_long1), (LONG4, _u.load_long4), (FLOAT, _u.load_float),
    (BINFLOAT, _u.load_binfloat), (STRING, _u.load_string), (BINSTRING, _u.load_binstring),
    (BINBYTES, _u.load_binbytes), (UNICODE, _u.load_unicode),
    (BINUNICODE, _u.load_binunicode), (BINUNICODE8, _u.load_binunicode8),
    (BINBYTES8, _u.load_binbytes8), (BYTEARRAY8, _u.load_bytearray8),
    (NEXT_BUFFER, _u.load_next_buffer), (READONLY_BUFFER, _u.load_readonly_buffer),
    (SHORT_BINSTRING, _u.load_short_binstring), (SHORT_BINBYTES, _u.load_short_binbytes),
    (SHORT_BINUNICODE, _u.load_short_binunicode), (TUPLE, _u.load_tuple),
    (EMPTY_TUPLE, _u.load_empty_tuple), (TUPLE1, _u.load_tuple1), (TUPLE2, _u.load_tuple2),
    (TUPLE3, _u.load_tuple3), (EMPTY_LIST, _u.load_empty_list),
    (EMPTY_DICT, _u.load_empty_dictionary), (EMPTY_SET, _u.load_empty_set),
    (FROZENSET, _u.load_frozenset), (LIST, _u.load_list), (DICT, _u.load_dict),
    (INST, _u.load_inst), (OBJ, _u.load_obj), (NEWOBJ, _u.load_newobj),
    (NEWOBJ_EX, _u.load_newobj_ex), (GLOBAL, _u.load_global),
    (STACK_GLOBAL, _u.load_stack_global), (EXT1, _u.load_ext1), (EXT2, _u.load_ext2),
    (EXT4, _u.load_ext4), (REDUCE, _u.load_reduce), (POP, _u.load_pop),
    (POP_MARK, _u.load_pop_mark), (DUP, _u.load_dup), (GET, _u.load_get),
    (BINGET, _u.load_binget), (LONG_BINGET, _u.load_long_binget), (PUT, _u.load_put),
    (BINPUT, _u.load_binput), (LONG_BINPUT, _u.load_long_binput),
    (MEMOIZE, _u.load_memoize), (APPEND, _u.load_append), (APPENDS, _u.load_appends),
    (SETITEM, _u.load_setitem), (SETITEMS, _u.load_setitems),
    (ADDITEMS, _u.load_additems), (BUILD, _u.load_build), (MARK, _u.load_mark),
    (STOP, _u.load_stop),
]
for _k, _f in _OPS:
    Unpickler._dispatch[_k[0]] = _f
del _u, _k, _f, _OPS


# ---- module-level API ---------------------------------------------------------
def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# Names CPython exposes under these aliases.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
