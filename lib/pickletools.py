"""pickletools -- inspect pickles: genops(), dis(), optimize() and the opcode table.

Written for ftpy from the documented pickle format; dis() prints the same
listing as CPython 3.13's pickletools.  The module-level tables (argument
descriptors, stack objects, opcodes) are built at import and never changed.
"""

import io
import sys
import pickle
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


def _read_exact(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def _read_line(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def read_uint1(f):
    return _read_exact(f, 1, "uint1")[0]


def read_uint2(f):
    return _unpack("<H", _read_exact(f, 2, "uint2"))[0]


def read_int4(f):
    return _unpack("<i", _read_exact(f, 4, "int4"))[0]


def read_uint4(f):
    return _unpack("<I", _read_exact(f, 4, "uint4"))[0]


def read_uint8(f):
    return _unpack("<Q", _read_exact(f, 8, "uint8"))[0]


def read_stringnl(f, decode=True, stripquotes=True):
    data = _read_line(f, "stringnl")
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = pickle._unescape_bytes(data).decode('ascii')
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _read_counted(f, count, what):
    if count < 0:
        raise ValueError("%s byte count < 0: %d" % (what, count))
    data = f.read(count)
    if len(data) != count:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (count, what, len(data)))
    return data


def read_string1(f):
    return _read_counted(f, read_uint1(f), "string1").decode("latin-1")


def read_string4(f):
    return _read_counted(f, read_int4(f), "string4").decode("latin-1")


def read_bytes1(f):
    return _read_counted(f, read_uint1(f), "bytes1")


def read_bytes4(f):
    return _read_counted(f, read_uint4(f), "bytes4")


def read_bytes8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("bytes8 byte count > sys.maxsize: %d" % n)
    return _read_counted(f, n, "bytes8")


def read_bytearray8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("bytearray8 byte count > sys.maxsize: %d" % n)
    return bytearray(_read_counted(f, n, "bytearray8"))


def read_unicodestringnl(f):
    return pickle._decode_raw_unicode_escape(_read_line(f, "unicodestringnl"))


def read_unicodestring1(f):
    return str(_read_counted(f, read_uint1(f), "unicodestring1"), 'utf-8', 'surrogatepass')


def read_unicodestring4(f):
    return str(_read_counted(f, read_uint4(f), "unicodestring4"), 'utf-8', 'surrogatepass')


def read_unicodestring8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("unicodestring8 byte count > sys.maxsize: %d" % n)
    return str(_read_counted(f, n, "unicodestring8"), 'utf-8', 'surrogatepass')


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    return _unpack(">d", _read_exact(f, 8, "float8"))[0]


def read_long1(f):
    n = read_uint1(f)
    return pickle.decode_long(_read_counted(f, n, "long1"))


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return pickle.decode_long(_read_counted(f, n, "long4"))


def _arg(name, n, reader, doc):
    return ArgumentDescriptor(name=name, n=n, reader=reader, doc=doc)


uint1 = _arg('uint1', 1, read_uint1, "One-byte unsigned integer.")
uint2 = _arg('uint2', 2, read_uint2, "Two-byte unsigned integer, little-endian.")
int4 = _arg('int4', 4, read_int4, "Four-byte signed integer, little-endian, 2's complement.")
uint4 = _arg('uint4', 4, read_uint4, "Four-byte unsigned integer, little-endian.")
uint8 = _arg('uint8', 8, read_uint8, "Eight-byte unsigned integer, little-endian.")
stringnl = _arg('stringnl', UP_TO_NEWLINE, read_stringnl,
                "A newline-terminated string: a quoted, escaped Python 2 str literal.")
stringnl_noescape = _arg('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape,
                         "A newline-terminated string without quotes or escapes.")
stringnl_noescape_pair = _arg('stringnl_noescape_pair', UP_TO_NEWLINE, read_stringnl_noescape_pair,
                              "Two newline-terminated strings, shown joined by a blank.")
string1 = _arg('string1', TAKEN_FROM_ARGUMENT1, read_string1,
               "A counted string: one-byte length, then the bytes.")
string4 = _arg('string4', TAKEN_FROM_ARGUMENT4, read_string4,
               "A counted string: four-byte signed length, then the bytes.")
bytes1 = _arg('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1,
              "Counted bytes: one-byte length, then the data.")
bytes4 = _arg('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4,
              "Counted bytes: four-byte unsigned length, then the data.")
bytes8 = _arg('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8,
              "Counted bytes: eight-byte unsigned length, then the data.")
bytearray8 = _arg('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8,
                  "Counted bytearray: eight-byte unsigned length, then the data.")
unicodestringnl = _arg('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl,
                       "A newline-terminated raw-unicode-escape encoded string.")
unicodestring1 = _arg('unicodestring1', TAKEN_FROM_ARGUMENT1, read_unicodestring1,
                      "UTF-8 string with a one-byte length.")
unicodestring4 = _arg('unicodestring4', TAKEN_FROM_ARGUMENT4U, read_unicodestring4,
                      "UTF-8 string with a four-byte length.")
unicodestring8 = _arg('unicodestring8', TAKEN_FROM_ARGUMENT8U, read_unicodestring8,
                      "UTF-8 string with an eight-byte length.")
decimalnl_short = _arg('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short,
                       "A newline-terminated decimal integer; 00 and 01 mean False and True.")
decimalnl_long = _arg('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
                      "A newline-terminated decimal integer, optionally ending in L.")
floatnl = _arg('floatnl', UP_TO_NEWLINE, read_floatnl,
               "A newline-terminated decimal float literal.")
float8 = _arg('float8', 8, read_float8, "An 8-byte IEEE 754 double, big-endian.")
long1 = _arg('long1', TAKEN_FROM_ARGUMENT1, read_long1,
             "A little-endian two's complement integer with a one-byte length.")
long4 = _arg('long4', TAKEN_FROM_ARGUMENT4, read_long4,
             "A little-endian two's complement integer with a four-byte length.")


class StackObject(object):
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject('int', int, "A Python integer object.")
pyinteger_or_bool = StackObject('int_or_bool', (int, bool), "A Python integer or boolean object.")
pybool = StackObject('bool', bool, "A Python boolean object.")
pyfloat = StackObject('float', float, "A Python float object.")
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str), "A Python bytes or str object.")
pybytes = StackObject('bytes', bytes, "A Python bytes object.")
pybytearray = StackObject('bytearray', bytearray, "A Python bytearray object.")
pyunicode = StackObject('str', str, "A Python (Unicode) string object.")
pynone = StackObject('None', type(None), "The Python None object.")
pytuple = StackObject('tuple', tuple, "A Python tuple object.")
pylist = StackObject('list', list, "A Python list object.")
pydict = StackObject('dict', dict, "A Python dict object.")
pyset = StackObject('set', set, "A Python set object.")
pyfrozenset = StackObject('frozenset', set, "A Python frozenset object.")
pybuffer = StackObject('buffer', object, "A Python buffer-like object.")
anyobject = StackObject('any', object, "Any kind of object whatsoever.")
markobject = StackObject('mark', StackObject, "'The mark' is a unique object on the stack.")
stackslice = StackObject('stackslice', StackObject, "An object representing a contiguous slice of the stack.")


class OpcodeInfo(object):
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


I = OpcodeInfo
_M, _S, _A = markobject, stackslice, anyobject
opcodes = [
    I('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0, "Push an integer or bool."),
    I('BININT', 'J', int4, [], [pyint], 1, "Push a four-byte signed integer."),
    I('BININT1', 'K', uint1, [], [pyint], 1, "Push a one-byte unsigned integer."),
    I('BININT2', 'M', uint2, [], [pyint], 1, "Push a two-byte unsigned integer."),
    I('LONG', 'L', decimalnl_long, [], [pyint], 0, "Push a long integer."),
    I('LONG1', '\x8a', long1, [], [pyint], 2, "Long integer using one-byte length."),
    I('LONG4', '\x8b', long4, [], [pyint], 2, "Long integer using four-byte length."),
    I('STRING', 'S', stringnl, [], [pybytes_or_str], 0, "Push a Python string object."),
    I('BINSTRING', 'T', string4, [], [pybytes_or_str], 1, "Push a Python string object."),
    I('SHORT_BINSTRING', 'U', string1, [], [pybytes_or_str], 1, "Push a Python string object."),
    I('BINBYTES', 'B', bytes4, [], [pybytes], 3, "Push a Python bytes object."),
    I('SHORT_BINBYTES', 'C', bytes1, [], [pybytes], 3, "Push a Python bytes object."),
    I('BINBYTES8', '\x8e', bytes8, [], [pybytes], 4, "Push a Python bytes object."),
    I('BYTEARRAY8', '\x96', bytearray8, [], [pybytearray], 5, "Push a Python bytearray object."),
    I('NEXT_BUFFER', '\x97', None, [], [pybuffer], 5, "Push an out-of-band buffer object."),
    I('READONLY_BUFFER', '\x98', None, [pybuffer], [pybuffer], 5,
      "Make an out-of-band buffer object read-only."),
    I('NONE', 'N', None, [], [pynone], 0, "Push None on the stack."),
    I('NEWTRUE', '\x88', None, [], [pybool], 2, "Push True onto the stack."),
    I('NEWFALSE', '\x89', None, [], [pybool], 2, "Push False onto the stack."),
    I('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0, "Push a Python Unicode string object."),
    I('SHORT_BINUNICODE', '\x8c', unicodestring1, [], [pyunicode], 4,
      "Push a Python Unicode string object."),
    I('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1, "Push a Python Unicode string object."),
    I('BINUNICODE8', '\x8d', unicodestring8, [], [pyunicode], 4,
      "Push a Python Unicode string object."),
    I('FLOAT', 'F', floatnl, [], [pyfloat], 0, "Newline-terminated decimal float literal."),
    I('BINFLOAT', 'G', float8, [], [pyfloat], 1, "Float stored in binary form, with 8 bytes of data."),
    I('EMPTY_LIST', ']', None, [], [pylist], 1, "Push an empty list."),
    I('APPEND', 'a', None, [pylist, _A], [pylist], 0, "Append an object to a list."),
    I('APPENDS', 'e', None, [pylist, _M, _S], [pylist], 1, "Extend a list by a slice of stack objects."),
    I('LIST', 'l', None, [_M, _S], [pylist], 0,
      "Build a list out of the topmost stack slice, after markobject."),
    I('EMPTY_TUPLE', ')', None, [], [pytuple], 1, "Push an empty tuple."),
    I('TUPLE', 't', None, [_M, _S], [pytuple], 0,
      "Build a tuple out of the topmost stack slice, after markobject."),
    I('TUPLE1', '\x85', None, [_A], [pytuple], 2, "Build a one-tuple out of the topmost item on the stack."),
    I('TUPLE2', '\x86', None, [_A, _A], [pytuple], 2,
      "Build a two-tuple out of the top two items on the stack."),
    I('TUPLE3', '\x87', None, [_A, _A, _A], [pytuple], 2,
      "Build a three-tuple out of the top three items on the stack."),
    I('EMPTY_DICT', '}', None, [], [pydict], 1, "Push an empty dict."),
    I('DICT', 'd', None, [_M, _S], [pydict], 0,
      "Build a dict out of the topmost stack slice, after markobject."),
    I('SETITEM', 's', None, [pydict, _A, _A], [pydict], 0, "Add a key+value pair to an existing dict."),
    I('SETITEMS', 'u', None, [pydict, _M, _S], [pydict], 1,
      "Add an arbitrary number of key+value pairs to an existing dict."),
    I('EMPTY_SET', '\x8f', None, [], [pyset], 4, "Push an empty set."),
    I('ADDITEMS', '\x90', None, [pyset, _M, _S], [pyset], 4,
      "Add an arbitrary number of items to an existing set."),
    I('FROZENSET', '\x91', None, [_M, _S], [pyfrozenset], 4,
      "Build a frozenset out of the topmost slice, after markobject."),
    I('POP', '0', None, [_A], [], 0, "Discard the top stack item, shrinking the stack by one item."),
    I('DUP', '2', None, [_A], [_A, _A], 0, "Push the top stack item onto the stack again, duplicating it."),
    I('MARK', '(', None, [], [_M], 0, "Push markobject onto the stack."),
    I('POP_MARK', '1', None, [_M, _S], [], 1,
      "Pop all the stack objects at and above the topmost markobject."),
    I('GET', 'g', decimalnl_short, [], [_A], 0, "Read an object from the memo and push it on the stack."),
    I('BINGET', 'h', uint1, [], [_A], 1, "Read an object from the memo and push it on the stack."),
    I('LONG_BINGET', 'j', uint4, [], [_A], 1, "Read an object from the memo and push it on the stack."),
    I('PUT', 'p', decimalnl_short, [], [], 0, "Store the stack top into the memo.  The stack is not popped."),
    I('BINPUT', 'q', uint1, [], [], 1, "Store the stack top into the memo.  The stack is not popped."),
    I('LONG_BINPUT', 'r', uint4, [], [], 1, "Store the stack top into the memo.  The stack is not popped."),
    I('MEMOIZE', '\x94', None, [_A], [_A], 4,
      "Store the stack top into the memo.  The stack is not popped."),
    I('EXT1', '\x82', uint1, [], [_A], 2, "Extension code."),
    I('EXT2', '\x83', uint2, [], [_A], 2, "Extension code."),
    I('EXT4', '\x84', int4, [], [_A], 2, "Extension code."),
    I('GLOBAL', 'c', stringnl_noescape_pair, [], [_A], 0,
      "Push a global object (module.attr) on the stack."),
    I('STACK_GLOBAL', '\x93', None, [pyunicode, pyunicode], [_A], 4,
      "Push a global object (module.attr) on the stack."),
    I('REDUCE', 'R', None, [_A, _A], [_A], 0,
      "Push an object built from a callable and an argument tuple."),
    I('BUILD', 'b', None, [_A, _A], [_A], 0, "Finish building an object, via __setstate__ or dict update."),
    I('INST', 'i', stringnl_noescape_pair, [_M, _S], [_A], 0, "Build a class instance."),
    I('OBJ', 'o', None, [_M, _A, _S], [_A], 1, "Build a class instance."),
    I('NEWOBJ', '\x81', None, [_A, _A], [_A], 2, "Build an object instance."),
    I('NEWOBJ_EX', '\x92', None, [_A, _A, _A], [_A], 4, "Build an object instance."),
    I('PROTO', '\x80', uint1, [], [], 2, "Protocol version indicator."),
    I('STOP', '.', None, [_A], [], 0, "Stop the unpickling machine."),
    I('FRAME', '\x95', uint8, [], [], 4, "Indicate the beginning of a new frame."),
    I('PERSID', 'P', stringnl_noescape, [], [_A], 0, "Push an object identified by a persistent ID."),
    I('BINPERSID', 'Q', None, [_A], [_A], 1, "Push an object identified by a persistent ID."),
]
del I, _M, _S, _A

name2i = {}
code2i = {}
for _i, _d in enumerate(opcodes):
    name2i[_d.name] = _i
    code2i[_d.code] = _i
del _i, _d

# code point -> OpcodeInfo, read-only after import
_code2op = {ord(d.code): d for d in opcodes}


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    getpos = getattr(data, "tell", None)
    if getpos is None:
        getpos = lambda: None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = _code2op.get(code[0]) if code else None
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if pos is None else pos, code))
        if opcode.arg is None:
            arg = None
        else:
            arg = opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b'.':
            assert opcode.name == 'STOP'
            break


def genops(pickle):
    """Generate (opcode, arg, pos) for every opcode of a pickle (bytes or file)."""
    return _genops(pickle)


def optimize(p):
    """Drop unused PUT/MEMOIZE opcodes, renumber the memo and re-frame the pickle."""
    put = 'PUT'
    get = 'GET'
    stored = set()
    used = {}
    ops = []
    proto = 0
    header = b''
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        name = opcode.name
        if 'PUT' in name:
            stored.add(arg)
            ops.append((put, arg))
        elif name == 'MEMOIZE':
            idx = len(stored)
            stored.add(idx)
            ops.append((put, idx))
        elif 'FRAME' in name:
            pass
        elif 'GET' in name:
            proto = max(proto, opcode.proto)
            used[arg] = None
            ops.append((get, arg))
        elif name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                header = p[pos:end_pos]
            else:
                ops.append((pos, end_pos))
        else:
            proto = max(proto, opcode.proto)
            ops.append((pos, end_pos))

    out = io.BytesIO()
    out.write(header)
    pk = pickle.Pickler(out, proto)
    framer = pk._framer
    if proto >= 4:
        framer.start_framing()
    idx = 0
    for op, arg in ops:
        frameless = False
        if op is put:
            if arg not in used:
                continue
            chunk = pk.put(idx)
            used[arg] = idx
            idx += 1
        elif op is get:
            chunk = pk.get(used[arg])
        else:
            chunk = p[op:arg]
            frameless = len(chunk) > pickle._FRAME_SIZE_TARGET
        framer.commit_frame(force=frameless)
        if frameless:
            framer.file_write(chunk)
        else:
            pk.write(chunk)
    framer.end_framing()
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic listing of a pickle, checking its stack discipline."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                if markpos is None:
                    markmsg = "(MARK at unknown opcode offset)"
                else:
                    markmsg = "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                numtopop = before.index(markobject) if markobject in before else 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items"
                             % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
