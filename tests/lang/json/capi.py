# The _json module itself: make_encoder / make_scanner objects, argument checking.
import _json
import json


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_json) if not n.startswith("__")))
print(_json.make_encoder.__name__, _json.make_scanner.__name__)
show(_json.make_encoder, [], None, None, None, ":", ",", 0, 0, 0)
print(type(_json.make_encoder(None, None, None, 1, ":", ",", 0, 0, 0)).__name__)
show(_json.make_encoder, None, None, None, None, 1, ",", 0, 0, 0)
show(_json.make_encoder, None, None, None, None, ":", b",", 0, 0, 0)
show(_json.make_encoder, None, None, None, None, ":", ",")
e = _json.make_encoder(None, None, _json.encode_basestring_ascii, None, ":", ",", 0, 0, 0)
show(e, [1, "x", "\u00e9"], 0)
show(e, [1])
show(e, "\u00e9", 0)
show(e, {"a": [1]}, "x")
show(e, {"a": [1]}, 2.0)
e = _json.make_encoder({}, None, _json.encode_basestring_ascii, "  ", ":", ",", 0, 0, 0)
show(e, [1, {"a": 2}], 2)
show(e, [1, {"a": 2}], 0)
print(sorted(m for m in dir(e) if not m.startswith("__")))
print(e.indent, e.key_separator, e.item_separator, e.sort_keys, e.skipkeys, e.markers)
# a Python encoder function is called for every string, and must return str
calls = []


def myenc(s):
    calls.append(s)
    return "<" + s + ">"


e = _json.make_encoder(None, str, myenc, None, "=", ";", True, True, True)
show(e, {"b": ["x", 1.5, float("nan")], "a": object.__new__(object) and 3, (1,): 2, 4: "y", None: 0}, 0)
print(calls)
e = _json.make_encoder(None, repr, lambda s: 5, None, ":", ",", 0, 0, 0)
show(e, ["x"], 0)
show(e, [object], 0)
e = _json.make_encoder(None, lambda o: "D", _json.encode_basestring, None, ":", ",", 0, 0, 0)
show(e, [1j, {"k": 2j}], 0)
e = _json.make_encoder({}, lambda o: [o], _json.encode_basestring, None, ":", ",", 0, 0, 0)
show(e, [1j], 0)
e = _json.make_encoder(None, None, _json.encode_basestring_ascii, 1, ":", ",", 0, 0, 0)
show(e, [1], 0)
show(e, [], 0)
show(e, 5, 0)
e = _json.make_encoder(None, None, _json.encode_basestring_ascii, "ab", ":", ",", 0, 0, 0)
show(e, [1], -3)
show(e, [1, [2, {"a": []}, {"b": [3]}]], 1)
show(e, [1], 2**70)
show(_json.scanstring, '"a"', 1, 1, 1)
show(_json.scanstring, '"a"', 2**70)
show(_json.make_scanner, 1, 2)

show(_json.encode_basestring_ascii, 1)
show(_json.encode_basestring, b"x")
show(_json.encode_basestring_ascii, "a\x7f\u20ac\U0001f600\ud800\"\\\n\x01")
show(_json.encode_basestring, "a\x7f\u20ac\U0001f600\ud800\"\\\n\x01")
show(_json.scanstring, '"abc"', 1)
show(_json.scanstring, '"abc"', 10)
show(_json.scanstring, '"abc"', -1)
show(_json.scanstring, b'"abc"', 1)
show(_json.scanstring, '"a\tc"', 1, False)
show(_json.scanstring, '"a\tc"', 1, True)
show(_json.scanstring, '"abc"', 1, strict=True)
show(_json.scanstring, '"abc"')
show(_json.scanstring, '\u00e9"\u00e9\\u00e9"z', 2)

s = _json.make_scanner(json.decoder.JSONDecoder())
print(type(s).__name__, sorted(m for m in dir(s) if not m.startswith("__")))
print(s.strict, s.object_hook, s.parse_int, s.parse_float)
for args in [("[1,2]", 0), ("[1,2]", 5), ("[1,2]", -1), (b"[1]", 0), ("[1,2]", 1.0), ("  1", 0),
             ("[1,", 0), ('{"a":', 0), ("xx[1]yy", 2), ("\u00e9[\"\u00e9\"]\u00e9", 1), ("1.5e3 ", 0),
             ("-", 0), ("-1", 0), ("tru", 0), ("true", 0), ("[1,]", 0)]:
    show(s, *args)
show(_json.make_scanner, 1)
show(_json.make_scanner)


class Ctx:
    strict = 0
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = staticmethod(str.upper)


s2 = _json.make_scanner(Ctx())
show(s2, '["a\tb", NaN, -Infinity]', 0)
print(s2.strict)
del Ctx.parse_int
show(_json.make_scanner, Ctx())

# the types are final and cannot be created half-initialised
for T in (_json.make_scanner, _json.make_encoder):
    try:
        object.__new__(T)
    except TypeError as e:
        print("TypeError", e)
    try:
        type("Sub", (T,), {})
    except TypeError as e:
        print("TypeError", e)
