"""JSON decoding: JSONDecoder and JSONDecodeError.

Parsing is done by the scanner (json.scanner): the C one from _json when
available, otherwise the pure-Python functions below (py_scanstring,
JSONObject, JSONArray), which produce the same values and errors.
"""
from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno, colno."""

    # _json raises this class too
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_BACKSLASH = BACKSLASH
WHITESPACE_STR = " \t\n\r"
_WS = WHITESPACE_STR

# Regular expressions of CPython's pure-Python decoder (FLAGS, WHITESPACE,
# STRINGCHUNK), for code that uses them; built on first access so that
# importing json does not import re.
_LAZY_PATTERNS = {
    "WHITESPACE": r'[ \t\n\r]*',
    "STRINGCHUNK": r'(.*?)(["\\\x00-\x1f])',
}


def __getattr__(name):
    import re
    if name == "FLAGS":
        value = re.VERBOSE | re.MULTILINE | re.DOTALL
    elif name in _LAZY_PATTERNS:
        value = re.compile(_LAZY_PATTERNS[name], re.VERBOSE | re.MULTILINE | re.DOTALL)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _decode_u(s, pos):
    # pos is the index of the 'u'; the digits go through int(), whose
    # leniency (signs, blanks, underscores) the pure-Python scanner shares
    # with CPython's
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in "xX":
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True):
    """Scan the JSON string whose opening quote is at s[end - 1].

    Returns (str, index after the closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    pos = end if end > 0 else 0
    while True:
        j = pos
        while j < n:
            c = s[j]
            if c == '"' or c == "\\" or c < " ":
                break
            j += 1
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if j > pos:
            chunks.append(s[pos:j])
        term = s[j]
        pos = j + 1
        if term == '"':
            return "".join(chunks), pos
        if term != "\\":
            if strict:
                raise JSONDecodeError("Invalid control character {0!r} at".format(term), s, pos)
            chunks.append(term)
            continue
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[pos]
        if esc != "u":
            try:
                chunks.append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape: {0!r}".format(esc), s, pos) from None
            pos += 1
            continue
        uni = _decode_u(s, pos)
        pos += 5
        if 0xD800 <= uni <= 0xDBFF and s[pos:pos + 2] == "\\u":
            uni2 = _decode_u(s, pos + 1)
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                pos += 6
        chunks.append(chr(uni))


scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    end = _skip_ws(s, end)
    if end >= len(s) or s[end] != "}":
        while True:
            if end >= len(s) or s[end] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if end >= len(s) or s[end] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            if end < len(s) and s[end] == "}":
                break
            if end >= len(s) or s[end] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            comma = end
            end = _skip_ws(s, end + 1)
            if end < len(s) and s[end] == "}":
                raise JSONDecodeError("Illegal trailing comma before end of object", s, comma)
    end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once):
    s, end = s_and_end
    values = []
    end = _skip_ws(s, end)
    if end >= len(s) or s[end] != "]":
        while True:
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end)
            if end < len(s) and s[end] == "]":
                break
            if end >= len(s) or s[end] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            comma = end
            end = _skip_ws(s, end + 1)
            if end < len(s) and s[end] == "]":
                raise JSONDecodeError("Illegal trailing comma before end of array", s, comma)
    return values, end + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python representation of the JSON document s (a str)."""
        if not isinstance(s, str):
            # the errors CPython's whitespace regex gives for other types
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError(f"expected string or bytes-like object, got {type(s).__name__!r}")
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; return (obj, end index)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
