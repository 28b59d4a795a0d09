"""JSON token scanner: the C scanner from _json when available, else a
pure-Python one with the same protocol (scan_once(string, idx) returns
(value, end) or raises StopIteration(idx) when no value starts at idx)."""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ["make_scanner"]

_DIGITS = "0123456789"


def __getattr__(name):
    # CPython's number pattern, built on first access (json itself does not
    # need re)
    if name == "NUMBER_RE":
        import re
        value = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                           re.VERBOSE | re.MULTILINE | re.DOTALL)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _match_number(string, idx):
    """Return (integer, frac, exp, end) text parts of a JSON number at idx, or None."""
    n = len(string)
    j = idx
    if j < n and string[j] == "-":
        j += 1
    if j < n and string[j] == "0":
        j += 1
    elif j < n and "1" <= string[j] <= "9":
        j += 1
        while j < n and string[j] in _DIGITS:
            j += 1
    else:
        return None
    integer_end = j
    frac = False
    if j + 1 < n and string[j] == "." and string[j + 1] in _DIGITS:
        frac = True
        j += 2
        while j < n and string[j] in _DIGITS:
            j += 1
    exp = False
    if j < n and string[j] in "eE":
        k = j + 1
        if k < n and string[k] in "+-":
            k += 1
        if k < n and string[k] in _DIGITS:
            exp = True
            j = k + 1
            while j < n and string[j] in _DIGITS:
                j += 1
    return integer_end, frac, exp, j


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == "{":
            return parse_object((string, idx + 1), strict, _scan_once, object_hook,
                                object_pairs_hook, memo)
        if nextchar == "[":
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == "n" and string[idx:idx + 4] == "null":
            return None, idx + 4
        if nextchar == "t" and string[idx:idx + 4] == "true":
            return True, idx + 4
        if nextchar == "f" and string[idx:idx + 5] == "false":
            return False, idx + 5
        m = _match_number(string, idx)
        if m is not None:
            _, frac, exp, end = m
            text = string[idx:end]
            if frac or exp:
                return parse_float(text), end
            return parse_int(text), end
        if nextchar == "N" and string[idx:idx + 3] == "NaN":
            return parse_constant("NaN"), idx + 3
        if nextchar == "I" and string[idx:idx + 8] == "Infinity":
            return parse_constant("Infinity"), idx + 8
        if nextchar == "-" and string[idx:idx + 9] == "-Infinity":
            return parse_constant("-Infinity"), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
