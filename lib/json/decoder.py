"""JSON decoding: a recursive-descent parser with CPython's error messages."""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno, colno."""

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
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WS = " \t\n\r"


class _Parser:
    def __init__(self, dec, s):
        self.dec = dec
        self.s = s
        self.memo = {}

    def skip_ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        try:
            c = s[i]
        except IndexError:
            raise JSONDecodeError("Expecting value", s, i) from None
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.dec.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.dec.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.dec.parse_constant("-Infinity"), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            j += 1
            while j < n and "0" <= s[j] <= "9":
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < n and s[j] == "." and "0" <= s[j + 1] <= "9":
            is_float = True
            j += 2
            while j < n and "0" <= s[j] <= "9":
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and "0" <= s[k] <= "9":
                is_float = True
                j = k + 1
                while j < n and "0" <= s[j] <= "9":
                    j += 1
        text = s[i:j]
        if is_float:
            return self.dec.parse_float(text), j
        return self.dec.parse_int(text), j

    def string(self, i):
        s = self.s
        n = len(s)
        chunks = []
        begin = i - 1
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.dec.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if j > i:
                chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return "".join(chunks), j + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            j += 1
            try:
                esc = s[j]
            except IndexError:
                raise JSONDecodeError("Unterminated string starting at", s, begin) from None
            if esc != "u":
                try:
                    chunks.append(_BACKSLASH[esc])
                except KeyError:
                    raise JSONDecodeError("Invalid \\escape", s, j - 1) from None
                i = j + 1
                continue
            uni = self.hex4(j + 1, j - 1)
            i = j + 5
            if 0xD800 <= uni <= 0xDBFF and s[i:i + 2] == "\\u":
                uni2 = self.hex4(i + 2, i)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    i += 6
            chunks.append(chr(uni))

    def hex4(self, pos, esc_pos):
        s = self.s
        esc = s[pos:pos + 4]
        if len(esc) == 4 and esc[1] not in "xX" and all(c in "0123456789abcdefABCDEF" for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, esc_pos)

    def object(self, i):
        s = self.s
        dec = self.dec
        pairs = []
        i = self.skip_ws(i)
        if i < len(s) and s[i] == "}":
            if dec.object_pairs_hook is not None:
                return dec.object_pairs_hook(pairs), i + 1
            result = {}
            if dec.object_hook is not None:
                result = dec.object_hook(result)
            return result, i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            key = self.memo.setdefault(key, key)
            i = self.skip_ws(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip_ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip_ws(i)
            c = s[i] if i < len(s) else ""
            i += 1
            if c == "}":
                break
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            comma = i - 1
            i = self.skip_ws(i)
            if i < len(s) and s[i] == "}":
                raise JSONDecodeError("Illegal trailing comma before end of object", s, comma)
        if dec.object_pairs_hook is not None:
            return dec.object_pairs_hook(pairs), i
        result = dict(pairs)
        if dec.object_hook is not None:
            result = dec.object_hook(result)
        return result, i

    def array(self, i):
        s = self.s
        values = []
        i = self.skip_ws(i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip_ws(i)
            c = s[i] if i < len(s) else ""
            i += 1
            if c == "]":
                break
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            comma = i - 1
            i = self.skip_ws(i)
            if i < len(s) and s[i] == "]":
                raise JSONDecodeError("Illegal trailing comma before end of array", s, comma)
        return values, i


class JSONDecoder:
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        p = _Parser(self, s)
        i = p.skip_ws(0)
        obj, end = self.raw_decode(s, i)
        end = p.skip_ws(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Parser(self, s).value(idx)
        except RecursionError:
            raise
