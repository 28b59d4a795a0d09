# The pure-Python paths (py_scanstring, py_make_scanner, py_encode_basestring*, the iterencode
# generator) agree with the C accelerator on values and errors.
import json
import json.decoder as D
import json.encoder as E
import json.scanner as S

print(D.scanstring is D.c_scanstring, S.make_scanner is S.c_make_scanner,
      E.encode_basestring_ascii is E.c_encode_basestring_ascii, E.c_make_encoder is not None)

strs = ['"abc"', '"a\\nb\\u00e9\\ud834\\udd1e"', '"\\ud800x"', '"\u00e9\u00e9"', '"a\tb"', '"abc', '"\\x"',
        '"\\u12"', '"\\u1234', '"\\uD834\\uDD1"', '"\\uD834\\uDD1E', '"\\', '"\x01"']
for s in strs:
    for f in (D.c_scanstring, D.py_scanstring):
        for strict in (True, False):
            try:
                r = f(s, 1, strict)
            except Exception as e:
                r = (type(e).__name__, str(e))
            print(repr(s), strict, r)
for f in (D.c_scanstring, D.py_scanstring):
    for end in (-1, 6, 100):
        try:
            f('"abc"', end)
        except ValueError as e:
            print("ValueError", e)


class PyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parse_string = D.py_scanstring
        self.scan_once = S.py_make_scanner(self)


docs = ['[1, 2.5, "x", null, true, false, {"a": [], "b": {}}]', '{"a": 1, "a": 2}', 'NaN', '-Infinity',
        '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1: 2}', '', '[', '1e5', '-0', '01', '"\u00e9\\u00e9"',
        '[-', '{"k": "v"} x', '123456789012345678901234567890']
for doc in docs:
    out = []
    for cls in (json.JSONDecoder, PyDecoder):
        try:
            out.append(repr(cls().decode(doc)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(doc), out[0], out[0] == out[1])
for kw in [{"object_hook": sorted}, {"object_pairs_hook": list}, {"parse_float": str}, {"parse_int": float},
           {"parse_constant": len}, {"strict": False}]:
    doc = '{"b": [1, 2.5, NaN], "a": "t\tx"}'
    out = []
    for cls in (json.JSONDecoder, PyDecoder):
        try:
            out.append(repr(cls(**kw).decode(doc)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(kw.keys(), out[0], out[0] == out[1])
try:
    PyDecoder().decode("[" * 100000)
except RecursionError:
    print("RecursionError")

for s in ["", "abc", "\u00e9\U0001f600\ud800\x7f\x00\"\\/\n"]:
    print(E.c_encode_basestring_ascii(s) == E.py_encode_basestring_ascii(s),
          E.c_encode_basestring(s) == E.py_encode_basestring(s), E.c_encode_basestring_ascii(s))

data = {"b": [1, 2.5, None, True, (3, "x")], "a": {"\u00e9": float("inf")}, 5: "five", None: [], 1.5: {}}
for kw in [{}, {"indent": 2}, {"sort_keys": False, "ensure_ascii": False}, {"separators": (",", ":")},
           {"indent": "-", "ensure_ascii": False}]:
    e = json.JSONEncoder(**kw)
    print(e.encode(data) == "".join(e.iterencode(data)), e.encode(data))
for bad in [{(1,): 2}, [float("nan")], [object()]]:
    for one_shot in (True, False):
        try:
            "".join(json.JSONEncoder(allow_nan=False).iterencode(bad, _one_shot=one_shot))
        except Exception as e:
            print(one_shot, type(e).__name__, e)
